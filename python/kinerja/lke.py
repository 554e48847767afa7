"""The LKE SAKIP (lembar kerja evaluasi, PermenPANRB 88/2021): the yearly evaluation that grades a
body's accountability.

A worksheet (CSV, ``kinerja-lke/1`` JSON or .xlsx; docs/lke.md) holds the criteria, each in a
component (perencanaan 30, pengukuran 30, pelaporan 15, evaluasi 25) and a sub-component
(pemenuhan 20 %, kualitas 30 %, implementasi 50 % of it), answered on a scale (Y/T, A-E or the
worksheet's own). ``evaluate_lke`` scores it exactly: each sub-component is the mean of its answers'
values times its weight, rounded half-up to two decimals once, and the components and total are
their sums; the predikat follows (AA above 90 ... D), the boundary rule chosen (``"gt"``: 90 is A,
``"ge"``: 90 is AA). The kerangka logis rules (an answer may not exceed another answer, or a
sub-component's mean) are findings. ``fill_lke_from_plan`` answers the criteria marked with a data
rule from a plan, with the evidence. The frames (the ``pandas`` extra) are exact decimals, NA where
a score is not yet defined.
"""

from __future__ import annotations

import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja import _core
from kinerja._core import (
    LkeAnswerSource,
    LkeBoundary,
    LkeComponent,
    LkeComponentScore,
    LkeCriterion,
    LkeDataRule,
    LkeFinding,
    LkeLimit,
    LkePart,
    LkePartScore,
    LkeResult,
    LkeScale,
    LkeScaleAnswer,
    LkeWorksheet,
    ReadLimits,
    Renstra,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "LkeAnswerSource",
    "LkeBoundary",
    "LkeComponent",
    "LkeComponentScore",
    "LkeCriterion",
    "LkeDataRule",
    "LkeFinding",
    "LkeLimit",
    "LkePart",
    "LkePartScore",
    "LkeResult",
    "LkeScale",
    "LkeScaleAnswer",
    "LkeWorksheet",
    "evaluate_lke",
    "fill_lke_from_plan",
    "format_lke",
    "lke_criteria_frame",
    "lke_findings_frame",
    "lke_frame",
    "lke_predikat",
    "lke_to_json",
    "lke_weight",
    "parse_lke",
    "read_lke",
    "write_lke",
]


def _boundary(boundary: str | LkeBoundary) -> LkeBoundary:
    if isinstance(boundary, LkeBoundary):
        return boundary
    if boundary not in ("gt", "ge"):
        raise ValueError(f"boundary is 'gt' (90 is A) or 'ge' (90 is AA), not {boundary!r}")
    return LkeBoundary.gt if boundary == "gt" else LkeBoundary.ge


def read_lke(
    path: str | os.PathLike[str], body: str = "", year: int = 0, *, limits: ReadLimits | None = None
) -> LkeWorksheet:
    """The worksheet in the file ``path``: ``.csv``, ``.json`` (``kinerja-lke/1``) or ``.xlsx``.

    ``body`` and ``year`` name what is evaluated when the file does not (a CSV or an .xlsx holds only
    criteria); ``limits``: a ReadLimits, or None for the defaults. DataError names the file, the line
    and column (the cell, the JSON path), the value and why.

    >>> sheet = kinerja.read_lke(kinerja.datasets.lke_example_path(), "Dinas Contoh", 2023)
    >>> len(sheet.criteria), sheet.criteria[0].scale
    (27, 'Y/T')
    """
    return _core.read_lke(path, body, year, limits=limits)


def parse_lke(
    text: str | bytes,
    format: str = "csv",
    source: str = "",
    body: str = "",
    year: int = 0,
    *,
    limits: ReadLimits | None = None,
) -> LkeWorksheet:
    """A worksheet from ``text`` in ``format``: ``"csv"``, ``"json"`` or ``"xlsx"`` (then ``text`` is
    the file's bytes).

    ``source``: the name errors give it; ``body`` and ``year``: what is evaluated (CSV and xlsx do
    not hold them); ``limits``: a ReadLimits, or None for the defaults.

    >>> parts = [(c, p) for c in ("perencanaan", "pengukuran", "pelaporan", "evaluasi")
    ...          for p in ("pemenuhan", "kualitas", "implementasi")]
    >>> rows = [f"{c};{p};{n};kriteria;A-E;B" for n, (c, p) in enumerate(parts, 1)]
    >>> text = "komponen;sub_komponen;no;kriteria;skala;jawaban\\n" + "\\n".join(rows)
    >>> kinerja.evaluate_lke(kinerja.parse_lke(text, "csv", "lke.csv")).total
    Decimal('75.00')
    """
    options = {"limits": limits}
    if format == "xlsx":
        return _core.parse_lke_xlsx(text if isinstance(text, bytes) else text.encode(), source, body, year, **options)
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if format == "csv":
        return _core.parse_lke_csv(text, source, body, year, **options)
    if format == "json":
        sheet = _core.parse_lke_json(text, source, **options)
        return sheet if not body and not year else _with(sheet, body, year)
    raise ValueError(f"format is 'csv', 'json' or 'xlsx', not {format!r}")


def _with(sheet: LkeWorksheet, body: str, year: int) -> LkeWorksheet:
    # A JSON worksheet states its own body and year; the caller's replace them (as read_lke does).
    text = _core.write_lke_json(sheet)
    import json

    doc = json.loads(text)
    if body:
        doc["body"] = body
    if year:
        doc["year"] = year
    return _core.parse_lke_json(json.dumps(doc), sheet.source)


def lke_to_json(sheet: LkeWorksheet) -> str:
    """The ``kinerja-lke/1`` JSON text of ``sheet`` (a LkeWorksheet), answers, evidence and who gave
    them included; ``parse_lke(text, "json")`` reads it back equal.

    >>> sheet = kinerja.read_lke(kinerja.datasets.lke_example_path(), year=2023)
    >>> kinerja.parse_lke(kinerja.lke_to_json(sheet), "json") == sheet
    True
    """
    return _core.write_lke_json(sheet)


def write_lke(sheet: LkeWorksheet, path: str | os.PathLike[str]) -> None:
    """Writes ``sheet`` (a LkeWorksheet) as ``kinerja-lke/1`` JSON to the file ``path``, atomically:
    the file holds its old content or all the new one, never a part.

    >>> kinerja.write_lke(kinerja.read_lke(kinerja.datasets.lke_example_path(), year=2023), "lke.json")
    >>> kinerja.read_lke("lke.json").year
    2023
    """
    target = Path(path)
    text = _core.write_lke_json(sheet)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def evaluate_lke(sheet: LkeWorksheet, boundary: str | LkeBoundary = "gt", lang: str = "id") -> LkeResult:
    """Scores ``sheet`` (a LkeWorksheet): every sub-component, component, the total and the predikat,
    with the findings (criteria unanswered, kerangka logis rules broken).

    ``boundary``: ``"gt"`` (a score on a boundary takes the lower predikat, as the regulation's
    ">90-100": 90 is A) or ``"ge"`` (90 is AA). A sub-component with an unanswered criterion has no
    score (None), nor have its component and the total: never a score of the answered ones alone.
    ``lang``: the language of the findings' messages, ``"id"`` (default) or ``"en"``
    (``kinerja.languages()``); scores, rule ids and predikat are the same in every language.

    >>> result = kinerja.evaluate_lke(kinerja.read_lke(kinerja.datasets.lke_example_path(), year=2023))
    >>> result.total is None, result.findings[0].rule
    (True, 'lke.unanswered')
    """
    return _core.evaluate_lke(sheet, _boundary(boundary), lang)


def fill_lke_from_plan(
    sheet: LkeWorksheet, plan: Renstra, year: int = 0, lang: str = "id"
) -> tuple[LkeWorksheet, list[LkeFinding]]:
    """Answers the criteria of ``sheet`` that have a data rule from ``plan`` (a Renstra) for ``year``
    (0: the worksheet's own year), "Y" or "T" with the evidence; returns the answered worksheet and the
    findings where the evaluator's own answer disagrees with the data (the evaluator's stands).
    ``lang``: the language of the evidence and the findings, ``"id"`` (default) or ``"en"``; the
    answers are "Y" and "T" in every language.

    >>> sheet = kinerja.read_lke(kinerja.datasets.lke_example_path(), year=2019)
    >>> filled, disagreements = kinerja.fill_lke_from_plan(sheet, kinerja.datasets.lakip_2019())
    >>> [c.answer for c in filled.criteria if c.answered_by == kinerja.LkeAnswerSource.data]
    ['T', 'T', 'T', 'T', 'Y']
    """
    out, findings = _core.fill_lke_from_plan(sheet, plan, year, lang)
    return out, list(findings)


def lke_predikat(total: Decimal | int | str, boundary: str | LkeBoundary = "gt") -> str:
    """The predikat of an LKE ``total`` (0 to 100): AA above 90, A above 80, BB above 70, B above 60,
    CC above 50, C above 30, D from 0; ``boundary`` as in :func:`evaluate_lke`.

    >>> kinerja.lke_predikat(Decimal("90")), kinerja.lke_predikat(Decimal("90"), "ge")
    ('A', 'AA')
    """
    return _core.lke_predikat(Decimal(total), _boundary(boundary))


def lke_weight(component: LkeComponent, part: LkePart | None = None) -> Decimal:
    """The weight of ``component`` of 100, or of its sub-component ``part`` (its share of the
    component's weight: 20 %, 30 %, 50 %).

    >>> kinerja.lke_weight(kinerja.LkeComponent.pelaporan, kinerja.LkePart.kualitas)
    Decimal('4.50')
    """
    if part is None:
        return _core.lke_weight(component)
    return _core.lke_part_weight(component, part)


def format_lke(result: LkeResult, previous: LkeResult | None = None, format: str = "md", lang: str = "id") -> str:
    """The score table of ``result`` (a LkeResult) as ``format``: ``"md"``, ``"html"`` (one
    self-contained page) or ``"csv"``; with ``previous`` (last year's LkeResult) its scores side by
    side and the change. The findings follow the table. ``lang``: the language of the title, headings
    and notes and of the figures' marks (``"id"``, the default: 67,19; ``"en"``: 67.19); the findings'
    messages are as :func:`evaluate_lke` wrote them.

    >>> result = kinerja.evaluate_lke(kinerja.read_lke(kinerja.datasets.lke_example_path(), year=2023))
    >>> print(kinerja.format_lke(result).splitlines()[2])
    Nilai belum lengkap: ada kriteria yang belum dijawab.
    >>> print(kinerja.format_lke(result, lang="en").splitlines()[2])
    The score is not complete: a criterion is not answered yet.
    """
    return _core.format_lke(result, previous, format, lang)


def _decimal_or_none(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


def lke_frame(result: LkeResult, previous: LkeResult | None = None) -> pd.DataFrame:
    """The scores of ``result`` (a LkeResult) as a frame: a row per sub-component, then per component,
    then the total.

    Columns: ``level`` ("part", "component", "total"), ``component``, ``part`` (NA on component and
    total rows), ``weight``, ``score`` (NA while unanswered), ``criteria`` and ``answered`` (counts;
    on part rows), ``predikat`` (on the total row); with ``previous`` (last year's LkeResult) also
    ``previous`` and ``change``. Scores are exact decimals.

    >>> result = kinerja.evaluate_lke(kinerja.read_lke(kinerja.datasets.lke_example_path(), year=2023))
    >>> frame = kinerja.lke_frame(result)
    >>> frame[frame["level"] == "part"]["weight"].sum()
    Decimal('100.00')
    """
    from kinerja import frames

    def row(
        level: str, component: str | None, part: str | None, weight: Decimal, score: Any, prev: Any
    ) -> tuple[Any, ...]:
        base: tuple[Any, ...] = (level, component, part, weight, _decimal_or_none(score))
        if previous is None:
            return base
        change = None if score is None or prev is None else Decimal(score) - Decimal(prev)
        return (*base, _decimal_or_none(prev), change)

    rows: list[tuple[Any, ...]] = []
    counts: list[tuple[Any, Any, Any]] = []
    for k, p in enumerate(result.parts):
        prev = previous.parts[k].score if previous is not None else None
        rows.append(row("part", p.component.name, p.part.name, p.weight, p.score, prev))
        counts.append((p.criteria, p.answered, None))
    for k, c in enumerate(result.components):
        prev = previous.components[k].score if previous is not None else None
        rows.append(row("component", c.component.name, None, c.weight, c.score, prev))
        counts.append((None, None, None))
    rows.append(row("total", None, None, Decimal(100), result.total, previous.total if previous is not None else None))
    counts.append((None, None, result.predikat or None))
    columns = {"level": "text", "component": "text", "part": "text", "weight": "decimal", "score": "decimal"}
    if previous is not None:
        columns |= {"previous": "decimal", "change": "decimal"}
    frame = frames._frame(columns, rows)
    import pandas as pd

    frame["criteria"] = pd.array([c[0] for c in counts], dtype="Int64")
    frame["answered"] = pd.array([c[1] for c in counts], dtype="Int64")
    frame["predikat"] = frames._column([c[2] for c in counts], "text")
    return frame


def lke_findings_frame(result: LkeResult) -> pd.DataFrame:
    """The findings of ``result`` (a LkeResult) as a frame: ``rule``, ``severity``, ``criterion``,
    ``where``, ``message``, in worksheet order.

    >>> result = kinerja.evaluate_lke(kinerja.read_lke(kinerja.datasets.lke_example_path(), year=2023))
    >>> int((kinerja.lke_findings_frame(result)["rule"] == "lke.unanswered").sum())
    5
    """
    from kinerja import frames

    columns = {"rule": "text", "severity": "text", "criterion": "text", "where": "text", "message": "text"}
    rows = [(f.rule, f.severity, f.criterion, f.where, f.message) for f in result.findings]
    return frames._frame(columns, rows)


def lke_criteria_frame(sheet: LkeWorksheet) -> pd.DataFrame:
    """The criteria of ``sheet`` (a LkeWorksheet) as a frame: ``id``, ``component``, ``part``,
    ``text``, ``scale``, ``answer`` (NA while unanswered), ``value`` (the answer's, exact), ``evidence``,
    ``answered_by`` ("evaluator" or "data"), ``data`` (the data rule, NA for none), ``where``.

    >>> sheet = kinerja.read_lke(kinerja.datasets.lke_example_path(), year=2023)
    >>> kinerja.lke_criteria_frame(sheet).loc[4, ["id", "answer", "value"]].tolist()
    ['1.b.1', 'B', Decimal('0.75')]
    """
    from kinerja import frames

    # The worksheet's own scales first, as find_lke_scale looks them up (any case).
    def fold(text: str) -> str:
        return " ".join(text.split()).casefold()

    scales: dict[str, LkeScale] = {}
    for s in [*sheet.scales, *_core.lke_builtin_scales()]:
        scales.setdefault(fold(s.name), s)

    def value(c: LkeCriterion) -> Decimal | None:
        if not c.answer:
            return None
        for a in scales[fold(c.scale)].answers:
            if fold(a.answer) == fold(c.answer):
                return Decimal(a.value)
        return None  # validate_lke refuses an answer outside its scale: not reached

    columns = {
        "id": "text",
        "component": "text",
        "part": "text",
        "text": "text",
        "scale": "text",
        "answer": "text",
        "value": "decimal",
        "evidence": "text",
        "answered_by": "text",
        "data": "text",
        "where": "text",
    }
    rows = [
        (
            c.id,
            c.component.name,
            c.part.name,
            c.text,
            c.scale,
            c.answer,
            value(c),
            c.evidence,
            c.answered_by.name,
            None if c.data == LkeDataRule.none else c.data.name,
            c.where,
        )
        for c in sheet.criteria
    ]
    return frames._frame(columns, rows)
