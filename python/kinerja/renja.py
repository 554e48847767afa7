"""The Renja evaluation (Permendagri 86/2017, form T-C.29): its rows, its table, its text forms, its
workbook in the layout OPDs use, and ``renja_frame``, the evaluation as a pandas DataFrame, exactly.

One row per indicator of each program, kegiatan and sub kegiatan (a node without indicators has one
row), in hierarchy order. Each period has a kinerja column (``_k``) and a money column (``_rp``):
money is ``kinerja.frames.MONEY`` (``decimal128(18, 2)``, widened only when the data needs it, so it
computes in pandas), percentages are pyarrow ``decimal128`` points (92.32 for 92,32 %); a blank cell
(nothing reported) and an undefined percentage (a zero target or anggaran) are missing values, never
0. A node's money stands on its first row only,
so a column sum counts it once. No column is ever float64.

``renja_frame`` needs the ``pandas`` extra (``pip install "kinerja[pandas]"``); the rest does not.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kinerja import _core
from kinerja._core import RenjaRow, Renstra, ReportFormat, renja_rows, renja_table, write_renja_xlsx

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RenjaRow", "format_renja", "renja_frame", "renja_rows", "renja_table", "write_renja_xlsx"]


def format_renja(plan: Renstra, year: int, format: ReportFormat = ReportFormat.markdown, lang: str = "id") -> str:
    """The Renja evaluation of ``year`` as Markdown, one HTML file, or CSV (one figure a line).

    ``plan``: the Renstra; ``year``: the Renja's year; ``format``: markdown, html or csv; ``lang``: the
    language of the title, notes and number text, ``"id"`` (default) or ``"en"``.

    >>> kinerja.format_renja(kinerja.datasets.lakip_2019(), 2019, kinerja.ReportFormat.html).startswith("<")
    True
    """
    return _core.write_renja(plan, year, format, lang)


_PERIODS = (
    ("target_renstra", "renstra"),
    ("realisasi_lalu", "before"),
    ("target", "target"),
)
_AFTER = (
    ("realisasi", "year"),
    ("capaian", "capaian"),
    ("realisasi_kumulatif", "cumulative"),
    ("capaian_renstra", "renstra_capaian"),
)


def _kinerja(value: _core.Target | _core.Measure | Decimal | None) -> Decimal | str | None:
    """A K cell: a number as Decimal, a grade as its text, a range as "min - max"; None when blank."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, _core.Target):
        if value.kind == _core.Target.Kind.number:
            return value.value
        if value.kind == _core.Target.Kind.range:
            return f"{value.min} - {value.max}"
        return value.grade
    if value.kind == _core.Measure.Kind.number:
        return value.value
    if value.kind == _core.Measure.Kind.grade:
        return value.grade
    return None


def renja_frame(plan: Renstra, year: int, index: bool = False) -> pd.DataFrame:
    """The Renja evaluation of ``year`` against the Renstra, one row per indicator.

    Columns: ``level`` (1 program, 2 kegiatan, 3 sub kegiatan), ``node``, ``code``, ``name``,
    ``indicator``, ``indicator_name``, ``satuan``; then a ``_k`` and an ``_rp`` column for each of
    ``target_renstra``, ``realisasi_lalu`` (the plan's earlier years), ``target`` (the Renja's),
    ``triwulan_1`` to ``triwulan_4``, ``realisasi`` (the year's), ``capaian`` (%), ``realisasi_kumulatif``
    (up to the year) and ``capaian_renstra`` (%); then ``unit`` and ``keterangan``. With ``index=True``
    the rows are indexed by (node, indicator).

    >>> import kinerja, kinerja.renja
    >>> frame = kinerja.renja.renja_frame(kinerja.read_renstra("lakip-2019.json"), 2019)  # doctest: +SKIP
    >>> frame.realisasi_rp.sum()  # doctest: +SKIP
    """
    import pandas as pd

    # The one set of column conventions of kinerja.frames: money decimal128(18, 2) widened only when
    # the data needs it, percentages likewise, text as pandas' string dtype with NA for a blank.
    from kinerja.frames import _column, _money, _percent

    rows = _core.renja_rows(plan, year)
    data: dict[str, Any] = {
        "level": [r.level for r in rows],
        "node": _column([r.node for r in rows], "text"),
        "code": _column([r.code for r in rows], "text"),
        "name": _column([r.name for r in rows], "text"),
        "indicator": _column([r.indicator for r in rows], "text"),
        "indicator_name": _column([r.indicator_name for r in rows], "text"),
        "satuan": _column([r.satuan for r in rows], "text"),
    }

    def pair(name: str, attr: str, percent: bool) -> None:
        k = [getattr(r, attr + "_k") for r in rows]
        rp = [getattr(r, attr + "_rp") for r in rows]
        if percent:
            data[name + "_k"] = _column([_percent(p) for p in k], "percent")
            data[name + "_rp"] = _column([_percent(p) for p in rp], "percent")
        else:
            data[name + "_k"] = pd.Series([_kinerja(v) for v in k], dtype=object)
            data[name + "_rp"] = _column([_money(a) for a in rp], "money")

    for name, attr in _PERIODS:
        pair(name, attr, False)
    for q in range(4):
        data[f"triwulan_{q + 1}_k"] = pd.Series([r.triwulan_k[q] for r in rows], dtype=object)
        data[f"triwulan_{q + 1}_rp"] = _column([_money(r.triwulan_rp[q]) for r in rows], "money")
    for name, attr in _AFTER:
        pair(name, attr, name.startswith("capaian"))
    data["unit"] = _column([r.unit for r in rows], "text")
    data["keterangan"] = _column([r.keterangan for r in rows], "text")
    frame = pd.DataFrame(data)
    if index:
        frame = frame.set_index(["node", "indicator"])
    return frame
