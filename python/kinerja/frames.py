"""kinerja data as pandas DataFrames, exactly, in columns that compute.

Money is an exact decimal column: ``MONEY``, ``pd.ArrowDtype(pa.decimal128(18, 2))``, widened (up
to 38 digits) only when the data holds an amount of more than 16 integer digits. 18 digits is the
headroom Arrow's decimal arithmetic needs: the result of ``a + b`` or ``a - b`` takes one digit
more, ``a * 2`` 20 more (an int is a decimal of 19 digits; ``a * Decimal(2)`` takes 2 and leaves
room for a next operation), ``a / b`` 19 decimals more, and a result is refused beyond 38. So on a
frame of this module ``df.anggaran - df.realisasi``, ``df.realisasi / df.anggaran`` (truncated to
19 decimals, never rounded up), ``df.anggaran * 2``, ``sum()`` and groupby sums work and are exact;
a sum comes back as decimal128(38, 2), which ``narrow`` brings back to the smallest type that holds
it, for the next difference. pandas has no ``cumsum`` on decimal columns: ``cumsum`` here is the
exact one. 18 digits hold Rp 10^16, a hundred times the largest budget line a real Pemda has (about
Rp 10^14). ``docs/python.md`` has the table of every frame's columns.

Percentages use ``PERCENT`` (decimal128(18, 2), more decimals when the policy asks for them); a
percentage of a zero total is missing (``pd.NA``), never 0 or 100. Every absent value is ``pd.NA``,
never ``""`` or 0, and text columns are pandas' ``string`` dtype. No column is ever float64. Column
names are the domain's Indonesian terms where it has one (``anggaran``, ``realisasi``, ``sisa``,
``serapan``, ``capaian``, ``belanja``); ``index=True`` on any frame gives it the index that names
its rows (ids, or id and year), documented with each function.

Needs the ``pandas`` extra: ``pip install "kinerja[pandas]"``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any, NoReturn

import numpy as np
import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from kinerja import _core

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

#: Digits of every decimal column unless its data needs more: the most at which ``a * 2`` and
#: ``a / b`` still fit Arrow's 38 (see the module's docstring).
PRECISION = 18
MONEY = pd.ArrowDtype(pa.decimal128(PRECISION, 2))
PERCENT = pd.ArrowDtype(pa.decimal128(PRECISION, 2))
#: Text columns: missing is ``pd.NA``.
TEXT = pd.StringDtype()

#: The levels of ``budget_frame``: one row per line, or totals per spending class or per node.
BUDGET_LEVELS = ("line", "belanja", "program", "kegiatan", "sub_kegiatan")

__all__ = [
    "BUDGET_LEVELS",
    "MONEY",
    "PERCENT",
    "PRECISION",
    "TEXT",
    "budget_frame",
    "capaian_frame",
    "cumsum",
    "findings_frame",
    "indicators_frame",
    "narrow",
    "printed_table_frame",
    "renja_frame",
    "renstra_from_frames",
    "series_frame",
    "totals_frame",
    "trend_frame",
    "triwulan_frame",
]


# ---- columns


def _array(values: list[Any], dtype: Any) -> Any:
    # pandas-stubs has no overload for ArrowDtype; the values are Decimal or None, never float.
    return pd.array(values, dtype=dtype)


def _digits(value: Decimal, scale: int) -> int:
    """Digits ``value`` takes at ``scale`` decimals, read off its tuple: no context rounds it."""
    t = value.as_tuple()
    exponent = t.exponent if isinstance(t.exponent, int) else 0
    return max(len(t.digits) + exponent, 0) + scale


def _scale(values: Iterable[Decimal]) -> int:
    exponents = [v.as_tuple().exponent for v in values]
    return max((-e for e in exponents if isinstance(e, int)), default=0)


def _decimal_type(values: Sequence[Decimal | None], scale: int | None = None, least_scale: int = 0) -> Any:
    """The smallest decimal128 at PRECISION digits or more that holds every value exactly.

    ``scale`` fixes the decimals (money: 2); else the most precise value decides, at least
    ``least_scale``. A value beyond 38 digits makes pyarrow raise rather than round.
    """
    present = [v for v in values if v is not None]
    s = max(_scale(present), least_scale, 0) if scale is None else scale
    needed = max((_digits(v, s) for v in present), default=0)
    return pa.decimal128(min(max(PRECISION, needed, s), 38), s)


def _decimal_array(values: Sequence[Decimal | None], scale: int | None = None, least_scale: int = 0) -> Any:
    return _array(list(values), pd.ArrowDtype(_decimal_type(values, scale, least_scale)))


def _column(values: list[Any], kind: str) -> Any:
    if kind == "text":
        return pd.array([None if v is None or v == "" else v for v in values], dtype=TEXT)
    if kind == "int":
        return np.array(values, dtype="int64")
    if kind == "bool":
        return pd.array(values, dtype="boolean")
    if kind == "money":
        return _decimal_array(values, scale=2)
    if kind == "percent":
        return _decimal_array(values, least_scale=2)
    if kind == "decimal":
        return _decimal_array(values)
    raise AssertionError(kind)


def _frame(columns: dict[str, str], rows: list[tuple[Any, ...]], index: list[str] | None = None) -> pd.DataFrame:
    """A frame of ``rows`` (tuples in the order of ``columns``: name -> kind), typed by kind."""
    data = {name: _column([r[k] for r in rows], kind) for k, (name, kind) in enumerate(columns.items())}
    frame = pd.DataFrame(data, columns=list(columns))
    return frame.set_index(index) if index else frame


def _money(amount: _core.Rupiah | None) -> Decimal | None:
    return None if amount is None else amount.to_decimal()


def _percent(p: _core.Percent | None) -> Decimal | None:
    return p.points if p is not None and p.is_defined else None


def _number(value: Any) -> Decimal | None:
    """A Target's or Measure's number; None for a grade, a range or an undefined value."""
    if value is None:
        return None
    kinds = (_core.Target.Kind.number, _core.Measure.Kind.number)
    return value.value if value.kind in kinds else None


def narrow(data: pd.Series | pd.DataFrame) -> Any:
    """``data`` with every decimal column in the smallest decimal128 that holds it (PRECISION digits
    or more), exactly: what a groupby sum (always decimal128(38, s)) needs before the next
    difference or ratio, e.g. ``narrow(df.groupby("program")[["anggaran", "realisasi"]].sum())``.
    """
    if isinstance(data, pd.DataFrame):
        out = data.copy()
        for k in range(data.shape[1]):  # by position: column names may repeat
            out.isetitem(k, narrow(data.iloc[:, k]))
        return out
    dtype = data.dtype
    if not isinstance(dtype, pd.ArrowDtype) or not pa.types.is_decimal(dtype.pyarrow_dtype):
        return data
    values = [None if v is pd.NA or v is None else v for v in data.tolist()]
    return data.astype(pd.ArrowDtype(_decimal_type(values, scale=dtype.pyarrow_dtype.scale)))


def cumsum(data: pd.Series) -> pd.Series:
    """The exact running sum of a decimal column, which pandas does not offer on Arrow decimals
    (``Series.cumsum`` raises there). A missing value stays missing and is skipped, as in pandas;
    per group: ``df.groupby("program")["realisasi"].transform(frames.cumsum)``.
    """
    total = Decimal(0)
    out: list[Decimal | None] = []
    with localcontext() as context:
        context.prec = 80  # a sum of 38-digit amounts: exact, never rounded by the context
        for v in data.tolist():
            if v is None or v is pd.NA:
                out.append(None)
            else:
                total += v
                out.append(total)
    dtype = data.dtype
    scale = dtype.pyarrow_dtype.scale if isinstance(dtype, pd.ArrowDtype) else None
    return pd.Series(_decimal_array(out, scale=scale), index=data.index, name=data.name)


# ---- the plan


class _Tree:
    """The plan's nodes by id, and each node's ancestor at a level.

    Levels and parents are read from the nodes once: a property of a bound object costs a call
    across the binding each time, and a budget of 10^5 lines asks for them 10^6 times.
    """

    def __init__(self, plan: _core.Renstra) -> None:
        self.nodes = {n.id: n for n in plan.nodes}
        self.parent = {n.id: n.parent for n in self.nodes.values()}
        self.level = {n.id: n.level.name for n in self.nodes.values()}
        self._up: dict[tuple[str, str], _core.Node | None] = {}

    def node(self, node_id: str) -> _core.Node | None:
        return self.nodes.get(node_id) if node_id else None

    def up(self, node_id: str, level: str) -> _core.Node | None:
        """``node_id`` itself or its ancestor at ``level`` (a Level's name); None without one."""
        key = (node_id, level)
        if key not in self._up:
            here = node_id
            for _ in range(len(self.nodes) + 1):  # a cycle in an unvalidated plan ends here
                if here not in self.level or self.level[here] == level:
                    break
                here = self.parent[here]
            self._up[key] = self.nodes.get(here) if self.level.get(here) == level else None
        return self._up[key]


def _spending_names() -> dict[_core.SpendingClass, str]:
    return {member: name for name, member in _core.SpendingClass.__members__.items()}


def _id(node: _core.Node | None) -> str | None:
    return None if node is None else node.id


def _name(node: _core.Node | None) -> str | None:
    return None if node is None else node.name


_MONEY_COLUMNS = {
    "anggaran_murni": "money",
    "anggaran": "money",
    "realisasi": "money",
    "sisa": "money",
    "serapan": "percent",
}


def _amounts(
    murni: _core.Rupiah | None, anggaran: _core.Rupiah, realisasi: _core.Rupiah
) -> tuple[Decimal | None, Decimal, Decimal, Decimal, Decimal | None]:
    # sisa and serapan are kinerja's own arithmetic (BudgetTotals.sisa and serapan are the same
    # two operations): exact, half-up to 2 decimals, undefined (NA) for an anggaran of 0.
    sisa = anggaran - realisasi
    return (
        _money(murni),
        anggaran.to_decimal(),
        realisasi.to_decimal(),
        sisa.to_decimal(),
        _percent(_core.percent(realisasi, anggaran)),
    )


def _budget_lines(
    plan: _core.Renstra, year: int | None, upto_triwulan: int | None
) -> list[tuple[int, _core.BudgetLine, _core.Rupiah | _core.DataError]]:
    """The lines of ``year`` (all when None) with their position and their realisasi, up to a quarter
    when asked: for a line that states no quarters, the error to raise if the line counts."""
    if upto_triwulan is not None:
        if year is None:
            raise _core.InvalidValueError("upto_triwulan needs the year it counts in (year=...)")
        if isinstance(upto_triwulan, bool) or not isinstance(upto_triwulan, int) or not 1 <= upto_triwulan <= 4:
            raise _core.InvalidValueError(f"upto_triwulan {upto_triwulan!r} must be a quarter, 1 to 4")
    out = []
    for i, line in enumerate(plan.budget):
        if year is not None and line.year != year:
            continue
        realisasi: _core.Rupiah | _core.DataError = line.realisasi
        if upto_triwulan is not None:
            if line.triwulan is None:
                who = f"the line of '{line.node}'" if line.node else f"the body's line '{line.name}'"
                realisasi = _data_error(
                    "<plan>",
                    f"/budget/{i}",
                    f"{who} in {line.year} states no quarters: its realisasi up to triwulan {upto_triwulan} is unknown",
                )
            else:
                realisasi = _core.sum_rupiah(line.triwulan[:upto_triwulan])
        out.append((i, line, realisasi))
    return out


def budget_frame(
    plan: _core.Renstra,
    level: str = "line",
    *,
    year: int | None = None,
    upto_triwulan: int | None = None,
    index: bool = False,
) -> pd.DataFrame:
    """The budget as a frame: its lines (the default), or totals per spending class or per node.

    ``year``: only that year's lines. ``upto_triwulan=N`` (1..4, with ``year``): a year still
    running, as ``budget_of(..., upto_triwulan=N)`` sees it: each line's realisasi is what its
    quarters 1..N add up to, against the whole year's anggaran, so serapan reads as how far the year
    has come; a line that states no quarters is a ``DataError`` naming it, never counted as 0.

    Every level has ``anggaran_murni`` (NA where a line has none: a total has one only when all its
    lines do), ``anggaran`` (setelah perubahan), ``realisasi``, ``sisa`` (anggaran - realisasi) and
    ``serapan`` (realisasi / anggaran x 100, half-up to 2 decimals, NA for an anggaran of 0), all
    computed by kinerja, exactly; money is ``MONEY`` (see the module's docstring).

    - ``"line"``: one row per budget line, in the plan's order: year, belanja (the spending
      class), program and program_name, kegiatan (the line's kegiatan, or the kegiatan of its sub
      kegiatan), node (the kegiatan or sub kegiatan the line belongs to), name (the node's, or the
      line's own for a line of the body as a whole, whose program, kegiatan and node are NA), then
      the amounts. ``index=True``: ``line``, the line's position in ``plan.budget``.
    - ``"belanja"``: one row per year and spending class: year, belanja, the amounts, lines (how
      many lines were added). ``index=True``: (belanja, year).
    - ``"program"``, ``"kegiatan"``, ``"sub_kegiatan"``: one row per node of that level and year
      with budget lines under it (as ``budget_of`` totals them): year, program (the node's program;
      not at "program"), kegiatan (at "sub_kegiatan"), node, code, name, the amounts, lines.
      ``index=True``: (node, year).

    >>> frames.budget_frame(plan, "program").groupby("year")["sisa"].sum()  # doctest: +SKIP
    """
    if level not in BUDGET_LEVELS:
        raise _core.InvalidValueError(f"budget level {level!r} must be one of {', '.join(BUDGET_LEVELS)}")
    lines = _budget_lines(plan, year, upto_triwulan)
    tree = _Tree(plan)
    spending_names = _spending_names()
    if level == "line":
        rows: list[tuple[Any, ...]] = []
        for i, line, realisasi in lines:
            if isinstance(realisasi, _core.DataError):
                raise realisasi
            node_id = line.node
            node = tree.node(node_id)
            program = tree.up(node_id, "program")
            rows.append(
                (
                    i,
                    line.year,
                    spending_names[line.spending],
                    _id(program),
                    _name(program),
                    _id(tree.up(node_id, "kegiatan")),
                    node_id,
                    node.name if node is not None else line.name,
                    *_amounts(line.anggaran_murni, line.anggaran, realisasi),
                )
            )
        columns = {
            "line": "int",
            "year": "int",
            "belanja": "text",
            "program": "text",
            "program_name": "text",
            "kegiatan": "text",
            "node": "text",
            "name": "text",
            **_MONEY_COLUMNS,
        }
        frame = _frame(columns, rows, ["line"] if index else None)
        return frame if index else frame.drop(columns="line")
    # Totals: one pass over the lines, each read once, grouped by the key it counts towards.
    groups: dict[tuple[Any, int], list[tuple[_core.Rupiah | None, _core.Rupiah, _core.Rupiah]]] = {}
    for _, line, realisasi in lines:
        if level == "belanja":
            key: Any = spending_names[line.spending]
        else:
            up = tree.up(line.node, level)
            if up is None:
                continue
            key = up.id
        if isinstance(realisasi, _core.DataError):
            raise realisasi
        groups.setdefault((key, line.year), []).append((line.anggaran_murni, line.anggaran, realisasi))
    totals = {}
    for key, amounts in groups.items():
        murni: _core.Rupiah | None = None
        if all(m is not None for m, _, _ in amounts):
            murni = _core.sum_rupiah(m for m, _, _ in amounts if m is not None)
        anggaran = _core.sum_rupiah(a for _, a, _ in amounts)
        realisasi = _core.sum_rupiah(r for _, _, r in amounts)
        totals[key] = (*_amounts(murni, anggaran, realisasi), len(amounts))
    money = {**_MONEY_COLUMNS, "lines": "int"}
    if level == "belanja":
        order = {name: k for k, name in enumerate(_core.SpendingClass.__members__)}
        keys = sorted(totals, key=lambda k: (k[1], order[k[0]]))
        rows = [(year, spending, *totals[(spending, year)]) for spending, year in keys]
        return _frame({"year": "int", "belanja": "text", **money}, rows, ["belanja", "year"] if index else None)
    rows = []
    years = sorted({year for _, year in totals})
    for node in plan.nodes:
        if tree.level[node.id] != level:
            continue
        program = tree.up(node.parent, "program")
        kegiatan = tree.up(node.parent, "kegiatan")
        for year in years:
            if (node.id, year) in totals:
                rows.append(
                    (year, _id(program), _id(kegiatan), node.id, node.code, node.name, *totals[(node.id, year)])
                )
    columns = {
        "year": "int",
        "program": "text",
        "kegiatan": "text",
        "node": "text",
        "code": "text",
        "name": "text",
        **money,
    }
    frame = _frame(columns, rows, ["node", "year"] if index else None)
    drop = {"program": ["program", "kegiatan"], "kegiatan": ["kegiatan"]}.get(level, [])
    return frame.drop(columns=drop)


def capaian_frame(plan: _core.Renstra, year: int, *, index: bool = False) -> pd.DataFrame:
    """One row per kegiatan with an indicator target that year: kegiatan, name, program, capaian,
    serapan, the efficiency index (capaian / serapan) and ``reported``. Capaian of every indicator,
    the sasaran's too, is in ``indicators_frame``. ``index=True``: ``kegiatan``.

    Mid-year, a kegiatan whose indicators have not all reported that year (``not_reported`` of
    ``capaian_summary``) keeps its row with ``reported`` False and NA capaian and efficiency; its
    serapan is what was spent so far.
    """
    tree = _Tree(plan)
    not_reported = set(_core.capaian_summary(plan, "", year).not_reported)
    rows = []
    for kegiatan in plan.descendants("", _core.Level.kegiatan):
        reported = kegiatan not in not_reported
        capaian = _core.kegiatan_capaian(plan, kegiatan, year) if reported else None
        if reported and capaian is None:
            continue
        serapan = _core.budget_of(plan, kegiatan, year).serapan()
        node = tree.node(kegiatan)
        rows.append(
            (
                kegiatan,
                _name(node),
                node.parent if node is not None else None,
                _percent(capaian),
                _percent(serapan),
                _core.efficiency(capaian, serapan) if capaian is not None else None,
                reported,
            )
        )
    columns = {
        "kegiatan": "text",
        "name": "text",
        "program": "text",
        "capaian": "percent",
        "serapan": "percent",
        "efficiency": "percent",
        "reported": "bool",
    }
    return _frame(columns, rows, ["kegiatan"] if index else None)


def _note(target: _core.Target | None, realised: _core.Measure | None, end: _core.Target | None = None) -> str | None:
    """A target, realisation or end target that is not a number, spelled out (the numeric columns
    hold NA)."""
    notes = []
    for what, t in (("target", target), ("end target", end)):
        if t is not None and t.kind == _core.Target.Kind.range:
            notes.append(f"{what} {t.min}..{t.max}")
        elif t is not None and t.kind == _core.Target.Kind.grade:
            notes.append(f"{what} {t.grade}")
    if realised is not None and realised.kind == _core.Measure.Kind.grade:
        notes.append(f"realisasi {realised.grade}")
    elif realised is not None and realised.kind == _core.Measure.Kind.undefined:
        notes.append("realisasi undefined")
    return "; ".join(notes) or None


def indicators_frame(
    plan: _core.Renstra,
    *,
    policy: _core.CapaianPolicy | None = None,
    scale: _core.RatingScale | None = None,
    index: bool = False,
) -> pd.DataFrame:
    """Every indicator of the plan (sasaran and tujuan IKU as well as kegiatan indicators) by every
    year it has a target or a realisation, as ``compare_years`` gives them.

    Columns: level, node and code (the node the indicator measures), indicator, name, satuan,
    polarity, year, target, realisasi, capaian, predikat (``scale``'s rating of capaian; the
    5-band LAKIP scale by default), end_target (the end-of-plan target), progress (realisasi
    against the end target, by the indicator's polarity), note. Capaian is computed with ``policy``
    (half-up to 2 decimals, uncapped, by default). target, realisasi and end_target are exact
    decimals, NA when not a number (a grade, a range, an undefined ratio: ``note`` says which);
    capaian and progress are NA when there is no target, no realisation or a zero target.
    ``index=True``: (indicator, year).
    """
    scale = scale if scale is not None else _core.RatingScale.lakip_5band()
    tree = _Tree(plan)
    rows = []
    for ind in plan.indicators:
        node = tree.node(ind.node)
        series = _core.compare_years(plan, ind.id)
        end = _number(ind.end_target)
        for p in series.points:
            capaian = p.capaian
            if policy is not None and capaian is not None:
                capaian = _core.indicator_capaian(plan, ind, p.year, policy)
            defined = capaian is not None and capaian.is_defined
            rows.append(
                (
                    node.level.name if node is not None else None,
                    ind.node,
                    node.code if node is not None else None,
                    ind.id,
                    ind.name,
                    ind.satuan,
                    ind.polarity.name,
                    p.year,
                    _number(p.target),
                    _number(p.realisation),
                    _percent(capaian),
                    scale.rate(capaian) if defined and capaian is not None else None,
                    end,
                    _percent(p.progress),
                    _note(p.target, p.realisation, ind.end_target),
                )
            )
    columns = {
        "level": "text",
        "node": "text",
        "code": "text",
        "indicator": "text",
        "name": "text",
        "satuan": "text",
        "polarity": "text",
        "year": "int",
        "target": "decimal",
        "realisasi": "decimal",
        "capaian": "percent",
        "predikat": "text",
        "end_target": "decimal",
        "progress": "percent",
        "note": "text",
    }
    return _frame(columns, rows, ["indicator", "year"] if index else None)


def triwulan_frame(plan: _core.Renstra, *, index: bool = False) -> pd.DataFrame:
    """The quarters as reported, long: four rows per budget line with ``triwulan`` amounts and per
    indicator realisation given by its quarters, NA for a quarter not reported (yet).

    Columns: kind ("anggaran": a budget line's realisasi in the quarter; "kinerja": an indicator's
    realisation in the quarter), ref (the indicator's id, or "budget/N" for ``plan.budget[N]``, the
    line's place in the document), node, year, belanja (budget lines only), triwulan (1-4),
    realisasi (exact decimal: money keeps its 2 decimals). A line or indicator without quarters has
    no rows: its year is in ``budget_frame`` and ``indicators_frame``. ``index=True``: (ref, year,
    triwulan).
    """
    rows: list[tuple[Any, ...]] = []
    spending_names = _spending_names()
    for i, line in enumerate(plan.budget):
        if line.triwulan is not None:
            for q, amount in enumerate(line.triwulan, start=1):
                rows.append(
                    ("anggaran", f"budget/{i}", line.node, line.year, spending_names[line.spending], q, _money(amount))
                )
    for ind in plan.indicators:
        for year, r in sorted(ind.realisations.items()):
            if r.source == _core.Realisation.Source.triwulan:
                for q, value in enumerate(r.triwulan, start=1):
                    rows.append(("kinerja", ind.id, ind.node, year, None, q, value))
    columns = {
        "kind": "text",
        "ref": "text",
        "node": "text",
        "year": "int",
        "belanja": "text",
        "triwulan": "int",
        "realisasi": "decimal",
    }
    return _frame(columns, rows, ["ref", "year", "triwulan"] if index else None)


# ---- the reviu


def _figure(text: str) -> Decimal | None:
    """A printed or expected cell as a number when it reads as exactly one (``"98,80"``,
    ``"1.239.289.000,00"``, ``"72 %"``); None for text, a nil, a repaired or ambiguous figure."""
    if not text:
        return None
    read = _core.parse_number_text(text)
    if read.status != _core.TextStatus.exact or read.nil or len(read.readings) != 1:
        return None
    return read.readings[0].value


def findings_frame(findings: Iterable[_core.Finding], *, index: bool = False) -> pd.DataFrame:
    """The reviu's findings, one row each, with the keys of `kinerja check --format json`, then
    printed_value and expected_value: the printed and expected cells as exact decimals where the
    text reads as exactly one number (NA for text, a nil such as "-", a figure that needed repair or
    is ambiguous: the text columns keep it verbatim). ``index=True``: ``finding``, the position in
    ``findings``.
    """
    rows = [
        (
            k,
            f.rule,
            f.severity.name,
            f.table,
            f.row,
            f.column,
            f.printed,
            f.expected,
            f.message,
            _figure(f.printed),
            _figure(f.expected),
        )
        for k, f in enumerate(findings)
    ]
    columns = {
        "finding": "int",
        "rule": "text",
        "severity": "text",
        "table": "text",
        "row": "text",
        "column": "text",
        "printed": "text",
        "expected": "text",
        "message": "text",
        "printed_value": "decimal",
        "expected_value": "decimal",
    }
    frame = _frame(columns, rows, ["finding"] if index else None)
    return frame if index else frame.drop(columns="finding")


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


# ---- indicators across years and documents


def _series_items(series: _core.IndicatorSeries | Iterable[_core.IndicatorSeries]) -> list[_core.IndicatorSeries]:
    return [series] if isinstance(series, _core.IndicatorSeries) else list(series)


def series_frame(
    series: _core.IndicatorSeries | Iterable[_core.IndicatorSeries], *, index: bool = False
) -> pd.DataFrame:
    """One row per document and year: body, indicator, year, target, realisasi, capaian, change,
    progress and note.

    Give it ``compare_years(plan, id)`` or ``compare_documents(plans, id)``: several documents come
    out stacked, with ``body`` telling them apart (``frame.pivot(index="year", columns="body",
    values="realisasi")`` puts them side by side). Numeric targets and realisations are exact
    decimals; grades and undefined values are NA there and spelled out in ``note``. (Before 0.2 the
    ``realisasi`` column was called ``realisation``.) ``index=True``: (body, indicator, year).
    """
    rows = []
    for s in _series_items(series):
        for p in s.points:
            rows.append(
                (
                    s.body,
                    s.indicator,
                    p.year,
                    _number(p.target),
                    _number(p.realisation),
                    _percent(p.capaian),
                    p.change,
                    _percent(p.progress),
                    _note(p.target, p.realisation),
                )
            )
    columns = {
        "body": "text",
        "indicator": "text",
        "year": "int",
        "target": "decimal",
        "realisasi": "decimal",
        "capaian": "percent",
        "change": "decimal",
        "progress": "percent",
        "note": "text",
    }
    return _frame(columns, rows, ["body", "indicator", "year"] if index else None)


def trend_frame(
    series: _core.IndicatorSeries | Iterable[_core.IndicatorSeries], *, index: bool = False
) -> pd.DataFrame:
    """One row per document: body, indicator, points (the realisations the trend runs through), slope
    (per year), at_year, projection (at the plan's last year), projection_outside (True when it leaves
    the values the indicator's satuan allows: 0-100 for a percentage, from 0 for a count), end_target,
    will_meet (NA without a trend or a numeric end target, or when the projection is outside).
    ``index=True``: (body, indicator).
    """
    rows = []
    for s in _series_items(series):
        t = s.trend
        rows.append(
            (
                s.body,
                s.indicator,
                s.trend_points,
                None if t is None else t.slope,
                s.period.to_year if t is None else t.at_year,
                None if t is None else t.projection,
                s.projection_outside,
                _number(s.end_target),
                s.will_meet,
            )
        )
    columns = {
        "body": "text",
        "indicator": "text",
        "points": "int",
        "slope": "decimal",
        "at_year": "int",
        "projection": "decimal",
        "projection_outside": "bool",
        "end_target": "decimal",
        "will_meet": "bool",
    }
    return _frame(columns, rows, ["body", "indicator"] if index else None)


# ---- national ledgers


def totals_frame(totals: _core.LedgerTotals, level: _core.LedgerLevel | str, *, index: bool = False) -> pd.DataFrame:
    """One row per group of a ledger roll-up at ``level``: a ``LedgerLevel`` or its name (nation ... sub_kegiatan).

    Columns: year, the codes that key the level (province, region, body, code) as categoricals, and
    anggaran and realisasi as exact decimals (``MONEY``, wider only when a sum needs it), so that
    ``df.anggaran - df.realisasi`` is the sisa. The sums arrive as the exact 128-bit sums kinerja
    computed, through ``LedgerTotals.to_arrow`` (an Arrow decimal128(38, 2) array, not converted),
    and are cast once, checked, to the narrower type. ``index=True``: (year, the codes).
    """
    table = totals.to_arrow(level)
    columns: dict[str, Any] = {"year": table.column("year").chunk(0).to_numpy()}
    keys = table.schema.names[1:-2]
    for field in keys:
        codes = table.column(field).chunk(0)
        categories = pd.Index(codes.dictionary.to_pylist())
        columns[field] = pd.Categorical.from_codes(codes.indices.to_numpy(), categories=categories)
    # The extremes decide the type (a ledger line may be a negative correction).
    sums = {m: table.column(m).chunk(0) for m in ("anggaran", "realisasi")}
    extremes = [pc.min_max(a).as_py() for a in sums.values()]
    largest = [v for e in extremes for v in (e["min"], e["max"]) if v is not None]
    narrow_type = _decimal_type(largest, scale=2)
    for measure, array in sums.items():
        columns[measure] = pd.arrays.ArrowExtensionArray(array.cast(narrow_type))
    frame = pd.DataFrame(columns)
    return frame.set_index(["year", *keys]) if index else frame


# ---- documents from DataFrames

_MISSING_TEXT = "is missing"
# Integer text, as a sheet read with dtype=str holds a year ("2024"); nothing else becomes an int.
_INTEGER = re.compile(r"\s*[+-]?[0-9]+\s*")
# The indicators frame's own columns of targets and realisations: "targets/2024", "realisations/2024".
_BY_YEAR = ("targets/", "realisations/")


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
        # A target or realisation, (indicator index, "targets" | "realisations", year), came from
        # another frame's cell than its indicator: -> (frame, row label, value column, year column).
        self.figures: dict[tuple[int, str, str], tuple[str, object, str, str]] = {}

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
        """An int, or the text of one (a sheet read with ``dtype=str`` gives "2024")."""
        if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
            return int(value)
        if isinstance(value, str) and _INTEGER.fullmatch(value):
            return int(value)
        self.fail(frame, label, column, f"{value!r} must be an integer")

    def text(self, frame: str, label: object, column: str, value: object) -> str:
        if isinstance(value, str):
            return value
        self.fail(frame, label, column, f"{value!r} must be text")

    def rows(
        self,
        frame_name: str,
        frame: pd.DataFrame,
        path: str,
        known: set[str],
        required: set[str],
        prefixes: tuple[str, ...] = (),
    ) -> Iterable[tuple[str, object, dict[str, object]]]:
        unknown = [str(c) for c in frame.columns if c not in known and not str(c).startswith(prefixes)]
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

    def cell(self, list_name: str, index: int | None, field: list[str], reason: str = "") -> tuple[str, str] | None:
        """The frame and 'row .., column ..' element ``index`` of ``list_name`` came from; for a
        target or realisation, the cell of the targets or realisations frame that gave it (its year
        column when ``reason`` is about the year)."""
        if index is None or (list_name, index) not in self.where:
            return None
        if list_name == "indicators" and len(field) >= 2 and (index, field[0], field[1]) in self.figures:
            frame, label, value_column, year_column = self.figures[(index, field[0], field[1])]
            column = year_column if reason.startswith("a year must be") else value_column
            return f"{frame} frame", f"row {label!r}, column {column!r}"
        frame, label = self.where[(list_name, index)]
        column = "/".join(field) or "-"
        return f"{frame} frame", f"row {label!r}, column {column!r}"

    def cell_of_path(self, path: str, reason: str = "") -> tuple[str, str] | None:
        """The cell of a JSON path "/list/index/field..." of the composed document.

        Only for the reader's errors about the text of the JSON (a figure, a name), which are
        located in the file; a rule of the plan that is broken comes with a structured location.
        """
        steps = path.split("/")[1:]
        if len(steps) < 2 or not steps[1].isdigit():
            return None
        return self.cell(steps[0], int(steps[1]), steps[2:], reason)

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
        reason = str(getattr(e, "reason", e))
        if where is not None:
            cell = self.cell(where.list, where.index, where.field, reason)
        else:
            cell = self.cell_of_path(str(getattr(e, "path", "")), reason)
        if cell is None:
            return e
        return _data_error(cell[0], cell[1], reason)


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
      Each year's target and realisation may also sit in the indicator's row, in columns named as
      in the file, ``targets/2024`` and ``realisations/2024``.
    - ``targets``: indicator, year, target. ``realisations``: indicator, year, realisasi.

    Figures are Decimal, int, Rupiah or text read strictly as in the file format (so
    ``"1.239.289.000,00"`` is fine and ``"69.33%"`` is refused as ambiguous); a float is refused,
    never rounded: read the sheet with ``dtype=str``. Years and decimals are ints or the text of
    one (``"2024"``, as such a sheet holds them). The document is then validated exactly like a
    file; every error names the frame, the row's index label and the column (for a target or
    realisation, the cell of the frame it came from).
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
    # id -> (index in doc["indicators"], the indicator's JSON)
    by_indicator: dict[str, tuple[int, dict[str, Any]]] = {}
    if indicators is not None:
        doc["indicators"] = []
        known = {"id", "node", "name", "satuan", "polarity", "lower_formula", "decimals", "end_target"}
        # "targets/2024" and "realisations/2024" columns: each year's figure in the indicator's row.
        by_year: dict[str, tuple[str, str]] = {}
        for column in indicators.columns:
            key, _, year_text = str(column).partition("/")
            if str(column).startswith(_BY_YEAR):
                by_year[str(column)] = (key, str(f.integer("indicators", "-", str(column), year_text)))
        for _, label, c in f.rows(
            "indicators", indicators, "/indicators", known, {"id", "node", "name", "satuan", "polarity"}, _BY_YEAR
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
            for column, (key, year) in by_year.items():
                if column in c:
                    if year in ind[key]:
                        f.fail("indicators", label, column, f"a second column for {key} of {year}")
                    ind[key][year] = f.figure("indicators", label, column, c[column])
            by_indicator[ind["id"]] = (len(doc["indicators"]), ind)
            doc["indicators"].append(ind)
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
            index, ind = by_indicator[name]
            if year in ind[key]:
                f.fail(frame_name, label, "year", f"{name} has a second {column} for {year}")
            ind[key][year] = f.figure(frame_name, label, column, c[column])
            f.figures[(index, key, year)] = (frame_name, label, column, "year")
    try:
        return _core.read_renstra(json.dumps(doc), "<frames>")
    except (_core.DataError, _core.ParseError) as e:
        raise f.located(e) from None


def renja_frame(plan: _core.Renstra, year: int, index: bool = False) -> pd.DataFrame:
    """The Renja evaluation (T-C.29) of ``year``, one row per indicator: ``kinerja.renja.renja_frame``,
    listed here beside the other frames."""
    from kinerja.renja import renja_frame as frame

    return frame(plan, year, index)
