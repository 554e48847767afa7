"""The Pemda level: the RPJMD and the OPDs' Renstras linked to it (a ``kinerja-pemda/1`` file and
the OPDs' ``kinerja/1`` files), the checks of that cascade and the budget per RPJMD sasaran.

``read_pemda(path)`` reads the Pemda file and every OPD file it names (relative to its folder);
``check_pemda(pemda)`` lists every finding with its place (``pemda_place`` gives the file and JSON
path); ``pemda_budget(pemda)`` rolls the budget up per RPJMD sasaran and year, exactly, and
``pemda_budget_frame(pemda)`` gives it as a frame. docs/pemda.md describes the format and the rules.
"""

from __future__ import annotations

import os
from typing import Any

from kinerja import _core
from kinerja._core import (
    Aggregate,
    IndicatorLink,
    OpdPlan,
    Pemda,
    PemdaFinding,
    PemdaPlace,
    ReadLimits,
    SasaranBudget,
    ServesLink,
    SupportLink,
    check_pemda,
    pemda_budget,
    pemda_place,
)

__all__ = [
    "Aggregate",
    "IndicatorLink",
    "OpdPlan",
    "Pemda",
    "PemdaFinding",
    "PemdaPlace",
    "SasaranBudget",
    "ServesLink",
    "SupportLink",
    "check_pemda",
    "format_pemda",
    "parse_pemda",
    "pemda_budget",
    "pemda_budget_frame",
    "pemda_place",
    "read_pemda",
    "write_pemda",
]


def read_pemda(path: str | os.PathLike[str], *, limits: ReadLimits | None = None) -> Pemda:
    """A Pemda from a ``kinerja-pemda/1`` file and the OPD files it names (relative to its folder).

    Each OPD file is read as ``read_document`` reads one (limits and every rule of a plan apply); an
    error names the file it lies in and the JSON path. ``path``: the Pemda file; ``limits``: a
    ReadLimits, or None for the defaults.

    >>> p = kinerja.read_pemda("tests/data/pemda/pemda.json")  # doctest: +SKIP
    >>> [o.id for o in p.opds]  # doctest: +SKIP
    ['dinsos', 'dinkes']
    """
    return _core.load_pemda(path, limits=limits)


def parse_pemda(text: str, source: str, folder: str | os.PathLike[str], *, limits: ReadLimits | None = None) -> Pemda:
    """A Pemda from ``kinerja-pemda/1`` text.

    ``text``: the JSON; ``source``: the name errors give it; ``folder``: where the OPD files it names
    are read from; ``limits``: a ReadLimits, or None for the defaults.

    >>> kinerja.parse_pemda(text, "pemda.json", "tests/data/pemda")  # doctest: +SKIP
    Pemda('Pemerintah Kabupaten Contoh', 2 OPDs)
    """
    return _core.read_pemda(text, source, folder, limits=limits)


def format_pemda(pemda: Pemda) -> str:
    """The canonical ``kinerja-pemda/1`` text of ``pemda`` (a Pemda; the OPD plans stay in their files).

    >>> kinerja.format_pemda(kinerja.read_pemda("pemda.json")).startswith("{")  # doctest: +SKIP
    True
    """
    return _core.write_pemda(pemda)


def write_pemda(pemda: Pemda, path: str | os.PathLike[str], *, with_opds: bool = False) -> None:
    """Writes ``pemda`` (a Pemda) to the file ``path`` atomically; ``with_opds``: each OPD's plan to its
    file too (as a ``kinerja/1`` dataset without printed material, relative to the folder of ``path``).

    >>> kinerja.write_pemda(p, "copy/pemda.json", with_opds=True)  # doctest: +SKIP
    """
    _core.save_pemda(pemda, path, with_opds)


def pemda_budget_frame(pemda: Pemda) -> Any:
    """The budget per RPJMD sasaran and year as a frame (``pemda_budget``): sasaran, name (the
    sasaran's), year, then anggaran_murni (NA unless every line has one), anggaran, realisasi, sisa,
    serapan (half-up to 2 decimals, NA for an anggaran of 0) and lines; money as in
    :func:`kinerja.frames.budget_frame`, exact. ``pemda``: the Pemda (:func:`read_pemda`).

    >>> kinerja.pemda_budget_frame(kinerja.read_pemda("pemda.json"))["sisa"].sum()  # doctest: +SKIP
    Decimal('319500000.00')
    """
    from kinerja import frames  # pandas is imported only when a frame is asked for

    names = {n.id: n.name for n in pemda.rpjmd.nodes}
    rows = []
    for b in pemda_budget(pemda):
        t = b.totals
        murni = t.anggaran_murni if t.lines > 0 else None
        rows.append(
            (b.sasaran, names.get(b.sasaran), b.year, *frames._amounts(murni, t.anggaran, t.realisasi), t.lines)
        )
    columns = {"sasaran": "text", "name": "text", "year": "int", **frames._MONEY_COLUMNS, "lines": "int"}
    return frames._frame(columns, rows)
