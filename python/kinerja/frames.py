"""kinerja data as pandas DataFrames, exactly.

The one convention for money: a column of ``MONEY`` dtype, ``pd.ArrowDtype(pa.decimal128(38, 2))``.
Every Rupiah fits it (kinerja bounds amounts to 10^38 - 1 sen), arithmetic on it is decimal, and a
groupby-sum on it stays exact. Percentages use ``PERCENT`` (decimal128(38, 2)); an undefined
percentage (a zero total) is a missing value, never 0 or 100. No column here is ever float64.

Needs the ``pandas`` extra: ``pip install "kinerja[pandas]"``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Optional

import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped]

from kinerja import _core

if TYPE_CHECKING:
    from collections.abc import Iterable

MONEY = pd.ArrowDtype(pa.decimal128(38, 2))
PERCENT = pd.ArrowDtype(pa.decimal128(38, 2))

__all__ = ["MONEY", "PERCENT", "budget_frame", "capaian_frame", "findings_frame"]


def _money(amount: Optional[_core.Rupiah]) -> Optional[Decimal]:
    return None if amount is None else amount.to_decimal()


def _percent(p: Optional[_core.Percent]) -> Optional[Decimal]:
    return p.points if p is not None and p.is_defined else None


def budget_frame(plan: _core.Renstra) -> pd.DataFrame:
    """One row per budget line: year, class, program, kegiatan, anggaran murni, anggaran, realisasi."""
    programs = {n.id: n for n in plan.nodes if n.level == _core.Level.program}
    rows: list[dict[str, Any]] = []
    for line in plan.budget:
        node = plan.find_node(line.node) if line.node else None
        program = ""
        up: Optional[_core.Node] = node
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
        frame[column] = pd.array(list(frame[column]) if len(frame) else [], dtype=MONEY)
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
        frame[column] = pd.array(list(frame[column]), dtype=PERCENT)
    return frame


def findings_frame(findings: Iterable[_core.Finding]) -> pd.DataFrame:
    """The reviu's findings, one row each, with the keys of `kinerja check --format json`."""
    columns = ["rule", "severity", "table", "row", "column", "printed", "expected", "message"]
    return pd.DataFrame(
        [
            [f.rule, f.severity.name, f.table, f.row, f.column, f.printed, f.expected, f.message]
            for f in findings
        ],
        columns=columns,
    )
