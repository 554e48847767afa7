"""kinerja data as pandas DataFrames, exactly.

The one convention for money: a column of ``MONEY`` dtype, ``pd.ArrowDtype(pa.decimal128(38, 2))``.
Every Rupiah fits it (kinerja bounds amounts to 10^38 - 1 sen), arithmetic on it is decimal, and a
groupby-sum on it stays exact. Percentages use ``PERCENT`` (decimal128(38, 2)); an undefined
percentage (a zero total) is a missing value, never 0 or 100. No column here is ever float64.

Needs the ``pandas`` extra: ``pip install "kinerja[pandas]"``.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NoReturn

import numpy as np
import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped]

from kinerja import _core

if TYPE_CHECKING:
    from collections.abc import Iterable

MONEY = pd.ArrowDtype(pa.decimal128(38, 2))
PERCENT = pd.ArrowDtype(pa.decimal128(38, 2))

__all__ = [
    "MONEY",
    "PERCENT",
    "budget_frame",
    "capaian_frame",
    "findings_frame",
    "printed_table_frame",
    "renstra_from_frames",
    "series_frame",
    "totals_frame",
    "trend_frame",
]


def _array(values: list[Any], dtype: Any) -> Any:
    # pandas-stubs has no overload for ArrowDtype; the values are Decimal or None, never float.
    return pd.array(values, dtype=dtype)


def _money(amount: _core.Rupiah | None) -> Decimal | None:
    return None if amount is None else amount.to_decimal()


def _percent(p: _core.Percent | None) -> Decimal | None:
    return p.points if p is not None and p.is_defined else None


def budget_frame(plan: _core.Renstra) -> pd.DataFrame:
    """One row per budget line: year, class, program, kegiatan, anggaran murni, anggaran, realisasi."""
    programs = {n.id: n for n in plan.nodes if n.level == _core.Level.program}
    rows: list[dict[str, Any]] = []
    for line in plan.budget:
        node = plan.find_node(line.node) if line.node else None
        program = ""
        up: _core.Node | None = node
        while up is not None and up.level != _core.Level.program:
            up = plan.find_node(up.parent) if up.parent else None
        if up is not None:
            program = up.id
        rows.append(
            {
                "year": line.year,
                "class": line.spending.name,
                "program": program,
                "program_name": programs[program].name if program else "",
                "node": line.node,
                "name": node.name if node is not None else line.name,
                "anggaran_murni": _money(line.anggaran_murni),
                "anggaran": line.anggaran.to_decimal(),
                "realisasi": line.realisasi.to_decimal(),
            }
        )
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else None)
    for column in ("anggaran_murni", "anggaran", "realisasi"):
        frame[column] = _array(list(frame[column]) if len(frame) else [], dtype=MONEY)
    frame["year"] = frame["year"].astype("int64")
    return frame


def capaian_frame(plan: _core.Renstra, year: int) -> pd.DataFrame:
    """One row per kegiatan with an indicator target that year: capaian, serapan, efficiency index."""
    rows: list[dict[str, Any]] = []
    for kegiatan in plan.descendants("", _core.Level.kegiatan):
        capaian = _core.kegiatan_capaian(plan, kegiatan, year)
        if capaian is None:
            continue
        serapan = _core.budget_of(plan, kegiatan, year).serapan()
        node = plan.find_node(kegiatan)
        rows.append(
            {
                "kegiatan": kegiatan,
                "name": node.name if node is not None else "",
                "program": node.parent if node is not None else "",
                "capaian": _percent(capaian),
                "serapan": _percent(serapan),
                "efficiency": _core.efficiency(capaian, serapan),
            }
        )
    frame = pd.DataFrame(rows, columns=["kegiatan", "name", "program", "capaian", "serapan", "efficiency"])
    for column in ("capaian", "serapan", "efficiency"):
        frame[column] = _array(list(frame[column]), dtype=PERCENT)
    return frame


def findings_frame(findings: Iterable[_core.Finding]) -> pd.DataFrame:
    """The reviu's findings, one row each, with the keys of `kinerja check --format json`."""
    columns = ["rule", "severity", "table", "row", "column", "printed", "expected", "message"]
    return pd.DataFrame(
        [[f.rule, f.severity.name, f.table, f.row, f.column, f.printed, f.expected, f.message] for f in findings],
        columns=columns,
    )


def printed_table_frame(table: _core.PrintedTable) -> pd.DataFrame:
    """A printed table's rows as printed: label and level first, then one column of text per printed
    column, each cell verbatim (a figure is not read: the reviu reads it, with its findings).

    A column whose name repeats another's (or "label" or "level") gets " (2)", " (3)" ... after it,
    so every column of the frame can be selected by its name.
    """
    names: list[str] = ["label", "level"]
    for column in table.columns:
        name, n = column.name, 1
        while name in names:
            n += 1
            name = f"{column.name} ({n})"
        names.append(name)
    frame = pd.DataFrame([[r.label, r.level, *r.cells] for r in table.rows], columns=names, dtype=object)
    frame["level"] = frame["level"].astype("int64")
    return frame


def _decimal_dtype(values: list[Decimal | None]) -> pd.ArrowDtype:
    # As many decimals as the most precise value: exact, and a value that does not fit 38 digits
    # makes pyarrow raise rather than round.
    exponents = [v.as_tuple().exponent for v in values if v is not None]
    scale = max((-e for e in exponents if isinstance(e, int)), default=0)
    return pd.ArrowDtype(pa.decimal128(38, max(int(scale), 0)))


def series_frame(series: _core.IndicatorSeries | Iterable[_core.IndicatorSeries]) -> pd.DataFrame:
    """One row per document and year: target, realisation, capaian, change and progress.

    Give it ``compare_years(plan, id)`` or ``compare_documents(plans, id)``: several documents come
    out stacked, with ``body`` telling them apart (``frame.pivot(index="year", columns="body",
    values="realisation")`` puts them side by side). Numeric targets and realisations are exact
    decimals; grades and undefined values are missing there and spelled out in ``note``.
    """
    items = [series] if isinstance(series, _core.IndicatorSeries) else list(series)
    rows: list[dict[str, Any]] = []
    for s in items:
        for p in s.points:
            note = ""
            target = p.target.value if p.target is not None and p.target.kind == _core.Target.Kind.number else None
            if p.target is not None and p.target.kind == _core.Target.Kind.range:
                note = f"target {p.target.min}..{p.target.max}"
            elif p.target is not None and p.target.kind == _core.Target.Kind.grade:
                note = f"target {p.target.grade}"
            real = None
            if p.realisation is not None:
                if p.realisation.kind == _core.Measure.Kind.number:
                    real = p.realisation.value
                elif p.realisation.kind == _core.Measure.Kind.grade:
                    note = (note + "; " if note else "") + f"realisasi {p.realisation.grade}"
                else:
                    note = (note + "; " if note else "") + "realisasi undefined"
            rows.append(
                {
                    "body": s.body,
                    "indicator": s.indicator,
                    "year": p.year,
                    "target": target,
                    "realisation": real,
                    "capaian": _percent(p.capaian),
                    "change": p.change,
                    "progress": _percent(p.progress),
                    "note": note,
                }
            )
    columns = ["body", "indicator", "year", "target", "realisation", "capaian", "change", "progress", "note"]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("target", "realisation", "change"):
        values = list(frame[column])
        frame[column] = _array(values, dtype=_decimal_dtype(values))
    for column in ("capaian", "progress"):
        frame[column] = _array(list(frame[column]), dtype=PERCENT)
    frame["year"] = frame["year"].astype("int64")
    return frame


def trend_frame(series: _core.IndicatorSeries | Iterable[_core.IndicatorSeries]) -> pd.DataFrame:
    """One row per document: slope per year, projection at the plan's last year, end target, verdict."""
    items = [series] if isinstance(series, _core.IndicatorSeries) else list(series)
    rows = []
    for s in items:
        t = s.trend
        end = s.end_target.value if s.end_target is not None and s.end_target.kind == _core.Target.Kind.number else None
        rows.append(
            {
                "body": s.body,
                "indicator": s.indicator,
                "slope": None if t is None else t.slope,
                "at_year": s.period.to_year if t is None else t.at_year,
                "projection": None if t is None else t.projection,
                "end_target": end,
                "will_meet": s.will_meet,
            }
        )
    frame = pd.DataFrame(
        rows, columns=["body", "indicator", "slope", "at_year", "projection", "end_target", "will_meet"]
    )
    for column in ("slope", "projection", "end_target"):
        values = list(frame[column])
        frame[column] = _array(values, dtype=_decimal_dtype(values))
    frame["will_meet"] = _array(list(frame["will_meet"]), dtype="boolean")
    return frame


# ---- national ledgers


def totals_frame(totals: _core.LedgerTotals, level: _core.LedgerLevel | str) -> pd.DataFrame:
    """One row per group of a ledger roll-up at ``level``: a ``LedgerLevel`` or its name (nation ... sub_kegiatan).

    Columns: year, the codes that key the level (province, region, body, code) as categoricals, and
    anggaran and realisasi as ``MONEY``. The sums arrive as the exact 128-bit sums kinerja computed,
    through ``LedgerTotals.to_arrow``: their bytes are an Arrow decimal128(38, 2) array as they are, so
    nothing is converted at all.
    """
    table = totals.to_arrow(level)
    columns: dict[str, Any] = {"year": table.column("year").chunk(0).to_numpy()}
    for field in table.schema.names[1:-2]:
        codes = table.column(field).chunk(0)
        categories = pd.Index(codes.dictionary.to_pylist())
        columns[field] = pd.Categorical.from_codes(codes.indices.to_numpy(), categories=categories)
    for measure in ("anggaran", "realisasi"):
        columns[measure] = pd.arrays.ArrowExtensionArray(table.column(measure).chunk(0))
    return pd.DataFrame(columns)


# ---- documents from DataFrames

_MISSING_TEXT = "is missing"


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and value != value  # NaN: an empty spreadsheet cell


def _data_error(source: str, path: str, reason: str) -> _core.DataError:
    """A DataError shaped like the C++ reader's: message, source, path and reason."""
    error = _core.DataError(f"{source}, {path}: {reason}")
    error.source, error.path, error.reason = source, path, reason
    return error


class _Frames:
    """Turns DataFrame cells into kinerja/1 JSON values, remembering where each came from."""

    def __init__(self) -> None:
        # (list, index) of each element of the composed document -> (frame, row label).
        self.where: dict[tuple[str, int], tuple[str, object]] = {}

    def fail(self, frame: str, label: object, column: str, reason: str) -> NoReturn:
        raise _data_error(f"{frame} frame", f"row {label!r}, column {column!r}", reason)

    def figure(self, frame: str, label: object, column: str, value: object) -> str:
        """A figure as text the reader parses strictly; floats are refused, never rounded."""
        if isinstance(value, _core.Rupiah):
            return str(value.to_decimal())
        if isinstance(value, Decimal):
            if not value.is_finite():
                self.fail(frame, label, column, f"{value} is not a number")
            return str(value)
        if isinstance(value, bool):
            self.fail(frame, label, column, f"{value!r} is not a figure")
        if isinstance(value, (int, np.integer)):
            return str(int(value))
        if isinstance(value, str):
            return value
        if isinstance(value, (float, np.floating)):
            self.fail(
                frame,
                label,
                column,
                f"{value!r} is a float, which cannot hold money or a figure exactly: "
                "give Decimal or str (e.g. read the sheet with dtype=str)",
            )
        self.fail(frame, label, column, f"{value!r} ({type(value).__name__}) is not a figure: give Decimal, int or str")

    def integer(self, frame: str, label: object, column: str, value: object) -> int:
        if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
            return int(value)
        self.fail(frame, label, column, f"{value!r} must be an integer")

    def text(self, frame: str, label: object, column: str, value: object) -> str:
        if isinstance(value, str):
            return value
        self.fail(frame, label, column, f"{value!r} must be text")

    def rows(
        self, frame_name: str, frame: pd.DataFrame, path: str, known: set[str], required: set[str]
    ) -> Iterable[tuple[str, object, dict[str, object]]]:
        unknown = [str(c) for c in frame.columns if c not in known]
        if unknown:
            self.fail(frame_name, "-", unknown[0], f"unknown column; the columns are {sorted(known)}")
        missing = sorted(required - {str(c) for c in frame.columns})
        if missing:
            self.fail(frame_name, "-", missing[0], "required column is missing")
        for i, (label, row) in enumerate(frame.iterrows()):
            cells = {str(k): v for k, v in row.items() if not _is_missing(v)}
            for column in sorted(required - set(cells)):
                self.fail(frame_name, label, column, f"required value {_MISSING_TEXT}")
            self.where[(path.lstrip("/"), i)] = (frame_name, label)
            yield f"{path}/{i}", label, cells

    def cell(self, list_name: str, index: int | None, field: list[str]) -> tuple[str, str] | None:
        """The frame and 'row .., column ..' element ``index`` of ``list_name`` came from."""
        if index is None or (list_name, index) not in self.where:
            return None
        frame, label = self.where[(list_name, index)]
        column = "/".join(field) or "-"
        return f"{frame} frame", f"row {label!r}, column {column!r}"

    def cell_of_path(self, path: str) -> tuple[str, str] | None:
        """The cell of a JSON path "/list/index/field..." of the composed document.

        Only for the reader's errors about the text of the JSON (a figure, a name), which are
        located in the file; a rule of the plan that is broken comes with a structured location.
        """
        steps = path.split("/")[1:]
        if len(steps) < 2 or not steps[1].isdigit():
            return None
        return self.cell(steps[0], int(steps[1]), steps[2:])

    def located(self, e: Exception) -> Exception:
        """The reader's error with its location turned back into a frame, row and column."""
        if isinstance(e, _core.ParseError):
            # The reader names a figure's place as "<frames>:/budget/2/realisasi".
            source = str(getattr(e, "source", ""))
            cell = self.cell_of_path(source.split(":", 1)[1]) if source.startswith("<frames>:") else None
            if cell is None:
                return e
            parse = type(e)(f"{cell[0]}, {cell[1]}: cannot read {e.text!r} at offset {e.offset}: {e.reason}")
            for name in ("text", "offset", "reason", "readings"):
                setattr(parse, name, getattr(e, name, None))
            parse.source = f"{cell[0]}, {cell[1]}"
            return parse
        where = getattr(e, "location", None)
        if where is not None:
            cell = self.cell(where.list, where.index, where.field)
        else:
            cell = self.cell_of_path(str(getattr(e, "path", "")))
        if cell is None:
            return e
        return _data_error(cell[0], cell[1], str(getattr(e, "reason", e)))


def renstra_from_frames(
    *,
    body: str,
    period: tuple[int, int],
    nodes: pd.DataFrame,
    budget: pd.DataFrame | None = None,
    indicators: pd.DataFrame | None = None,
    targets: pd.DataFrame | None = None,
    realisations: pd.DataFrame | None = None,
    region: str = "",
    codes: str = "free",
) -> _core.Renstra:
    """A document from DataFrames, e.g. sheets of a budget export read with ``pandas.read_excel``.

    Columns (optional ones may be absent or hold empty cells):

    - ``nodes``: id, level, name; optional parent, code, kind (programs: utama / penunjang).
    - ``budget``: year, class, anggaran, realisasi; optional node, name, anggaran_murni.
    - ``indicators``: id, node, name, satuan, polarity; optional lower_formula, decimals, end_target.
    - ``targets``: indicator, year, target. ``realisations``: indicator, year, realisasi.

    Figures are Decimal, int, Rupiah or text read strictly as in the file format (so
    ``"1.239.289.000,00"`` is fine and ``"69.33%"`` is refused as ambiguous); a float is refused,
    never rounded: read the sheet with ``dtype=str``. The document is then validated exactly like a
    file; every error names the frame, the row's index label and the column.
    """
    f = _Frames()
    doc: dict[str, Any] = {
        "format": "kinerja/1",
        "body": {"name": body, **({"region": region} if region else {})},
        "period": {"from": int(period[0]), "to": int(period[1])},
        "codes": codes,
        "units": [],
        "nodes": [],
    }
    for _, label, c in f.rows(
        "nodes", nodes, "/nodes", {"id", "level", "name", "parent", "code", "kind"}, {"id", "level", "name"}
    ):
        doc["nodes"].append({k: f.text("nodes", label, k, v) for k, v in c.items()})
    if budget is not None:
        doc["budget"] = []
        known = {"year", "class", "node", "name", "anggaran_murni", "anggaran", "realisasi"}
        for _, label, c in f.rows("budget", budget, "/budget", known, {"year", "class", "anggaran", "realisasi"}):
            line: dict[str, Any] = {"year": f.integer("budget", label, "year", c["year"])}
            for k in ("class", "node", "name"):
                if k in c:
                    line[k] = f.text("budget", label, k, c[k])
            for k in ("anggaran_murni", "anggaran", "realisasi"):
                if k in c:
                    line[k] = f.figure("budget", label, k, c[k])
            doc["budget"].append(line)
    by_indicator: dict[str, dict[str, Any]] = {}
    if indicators is not None:
        doc["indicators"] = []
        known = {"id", "node", "name", "satuan", "polarity", "lower_formula", "decimals", "end_target"}
        for _, label, c in f.rows(
            "indicators", indicators, "/indicators", known, {"id", "node", "name", "satuan", "polarity"}
        ):
            ind: dict[str, Any] = {
                k: f.text("indicators", label, k, c[k])
                for k in ("id", "node", "name", "satuan", "polarity", "lower_formula")
                if k in c
            }
            if "decimals" in c:
                ind["decimals"] = f.integer("indicators", label, "decimals", c["decimals"])
            ind["targets"] = {}
            if "end_target" in c:
                ind["end_target"] = f.figure("indicators", label, "end_target", c["end_target"])
            ind["realisations"] = {}
            doc["indicators"].append(ind)
            by_indicator[ind["id"]] = ind
    for frame_name, frame, column, key in (
        ("targets", targets, "target", "targets"),
        ("realisations", realisations, "realisasi", "realisations"),
    ):
        if frame is None:
            continue
        for _, label, c in f.rows(
            frame_name, frame, "/" + frame_name, {"indicator", "year", column}, {"indicator", "year", column}
        ):
            name = f.text(frame_name, label, "indicator", c["indicator"])
            if name not in by_indicator:
                f.fail(frame_name, label, "indicator", f"{name!r} is not in the indicators frame")
            year = str(f.integer(frame_name, label, "year", c["year"]))
            if year in by_indicator[name][key]:
                f.fail(frame_name, label, "year", f"{name} has a second {column} for {year}")
            by_indicator[name][key][year] = f.figure(frame_name, label, column, c[column])
    try:
        return _core.read_renstra(json.dumps(doc), "<frames>")
    except (_core.DataError, _core.ParseError) as e:
        raise f.located(e) from None
