"""The Pemda level: the RPJMD and the OPDs' Renstras linked to it (a ``kinerja-pemda/1`` file and
the OPDs' ``kinerja/1`` files), the checks of that cascade and the budget per RPJMD sasaran.

``read_pemda(path)`` reads the Pemda file and every OPD file it names (relative to its folder);
``check_pemda(pemda)`` lists every finding with its place (``pemda_place`` gives the file and JSON
path); ``pemda_budget(pemda)`` rolls the budget up per RPJMD sasaran and year, exactly. The frames
(the ``pandas`` extra; columns as in :mod:`kinerja.frames`: exact decimals, NA for what is absent)
put the OPDs side by side: ``opd_frame`` (each OPD's budget and capaian per year),
``pemda_indicators_frame`` (each RPJMD indicator's targets beside those of the OPD indicators linked
to it), ``pemda_budget_frame`` and ``pemda_findings_frame``. docs/pemda.md describes the format and
the rules, docs/python.md the frames.
"""

from __future__ import annotations

import os
from decimal import Decimal
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    import pandas as pd

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
    "opd_frame",
    "parse_pemda",
    "pemda_budget",
    "pemda_budget_frame",
    "pemda_findings_frame",
    "pemda_indicators_frame",
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


def pemda_budget_frame(pemda: Pemda, *, index: bool = False) -> pd.DataFrame:
    """The budget per RPJMD sasaran and year as a frame (``pemda_budget``): sasaran, name (the
    sasaran's), year, then anggaran_murni (NA unless every line has one), anggaran, realisasi, sisa,
    serapan (half-up to 2 decimals, NA for an anggaran of 0) and lines; money as in
    :func:`kinerja.frames.budget_frame`, exact. ``pemda``: the Pemda (:func:`read_pemda`);
    ``index``: True for the index (sasaran, year).

    >>> seed = kinerja.datasets.lakip_2019_path()  # one OPD, whose sasaran serves RS1
    >>> p = kinerja.parse_pemda(
    ...     '{"format": "kinerja-pemda/1", "rpjmd": {"body": {"name": "Kabupaten Lumajang"},'
    ...     ' "period": {"from": 2019, "to": 2019}, "nodes": [{"id": "V", "level": "visi", "name": "Sejahtera"},'
    ...     ' {"id": "M", "level": "misi", "name": "Misi", "parent": "V"},'
    ...     ' {"id": "T", "level": "tujuan", "name": "Tujuan", "parent": "M"},'
    ...     ' {"id": "RS1", "level": "sasaran", "name": "Menurunnya PMKS", "parent": "T"}]},'
    ...     ' "opd": [{"id": "dinsos", "file": "lakip-2019.json"}],'
    ...     ' "serves": [{"opd": "dinsos", "node": "sasaran-pmks", "sasaran": "RS1"}]}',
    ...     "pemda.json",
    ...     seed.parent,
    ... )
    >>> kinerja.pemda_budget_frame(p, index=True).loc[("RS1", 2019), "serapan"]
    Decimal('92.44')
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
    return frames._frame(columns, rows, ["sasaran", "year"] if index else None)


def _years(pemda: Pemda) -> list[int]:
    period = pemda.rpjmd.period
    return list(range(period.from_year, period.to_year + 1))


def _reported(realisation: _core.Realisation | None) -> bool:
    """Whether a realisation says something for its year: one by quarter needs a quarter reported (as
    ``capaian_summary`` counts a kegiatan that has not reported)."""
    if realisation is None:
        return False
    if realisation.source == _core.Realisation.Source.triwulan:
        return any(q is not None for q in realisation.triwulan)
    return True


def opd_frame(
    pemda: Pemda,
    *,
    policy: _core.CapaianPolicy | None = None,
    scale: _core.RatingScale | None = None,
    index: bool = False,
) -> pd.DataFrame:
    """The OPDs side by side: one row per OPD (in the Pemda's order) and year of the RPJMD period.

    Columns: opd (its id), name (its body's name), year; the OPD's whole budget that year as
    ``budget_of(plan, "", year)`` totals it (every line, belanja pegawai and the program penunjang
    too): anggaran_murni (NA unless every line has one), anggaran, realisasi, sisa, serapan (half-up
    to 2 decimals, NA for an anggaran of 0), lines (how many; a year without lines has NA money); then
    capaian, the mean capaian of its kegiatan as ``capaian_summary(plan, "", year, policy)`` defines
    it (each kegiatan's capaian the mean of its indicators', a simple mean of the kegiatan that have
    reported; NA when none counts), predikat (``scale.rate(capaian)``), kegiatan (how many the mean
    counts), indicators (its indicators of every level with a target that year) and not_reported
    (those of them without a realisation that year, or by quarter with none reported).

    ``pemda``: the Pemda (:func:`read_pemda`); ``policy``: the CapaianPolicy (half-up to 2
    decimals, uncapped, by default); ``scale``: the RatingScale of predikat
    (``RatingScale.lakip_5band()`` by default); ``index``: True for the index (opd, year).

    >>> seed = kinerja.datasets.lakip_2019_path()  # one OPD: the example dataset's Dinas Sosial
    >>> p = kinerja.parse_pemda(
    ...     '{"format": "kinerja-pemda/1", "rpjmd": {"body": {"name": "Kabupaten Lumajang"},'
    ...     ' "period": {"from": 2019, "to": 2019}, "nodes": []},'
    ...     ' "opd": [{"id": "dinsos", "file": "lakip-2019.json"}]}',
    ...     "pemda.json",
    ...     seed.parent,
    ... )
    >>> row = kinerja.opd_frame(p, index=True).loc[("dinsos", 2019)]
    >>> row["serapan"], row["capaian"], row["predikat"]
    (Decimal('92.66'), Decimal('91.98'), 'Sangat Baik')
    """
    from kinerja import frames  # pandas is imported only when a frame is asked for

    policy = policy if policy is not None else _core.CapaianPolicy()
    scale = scale if scale is not None else _core.RatingScale.lakip_5band()
    years = _years(pemda)
    rows = []
    for opd in pemda.opds:
        plan = opd.plan
        indicators = list(plan.indicators)
        targets = [ind.targets for ind in indicators]
        realisations = [ind.realisations for ind in indicators]
        for year in years:
            t = _core.budget_of(plan, "", year)
            amounts: tuple[Decimal | None, ...] = (None,) * 5  # a year without lines: NA, never 0
            if t.lines > 0:
                amounts = frames._amounts(t.anggaran_murni, t.anggaran, t.realisasi)
            summary = _core.capaian_summary(plan, "", year, policy)
            mean = summary.simple_mean
            with_target = [k for k, by_year in enumerate(targets) if year in by_year]
            rows.append(
                (
                    opd.id,
                    plan.body.name,
                    year,
                    *amounts,
                    t.lines,
                    frames._percent(mean),
                    scale.rate(mean) if mean.is_defined else None,
                    len(summary.counted),
                    len(with_target),
                    sum(1 for k in with_target if not _reported(realisations[k].get(year))),
                )
            )
    columns = {
        "opd": "text",
        "name": "text",
        "year": "int",
        **frames._MONEY_COLUMNS,
        "lines": "int",
        "capaian": "percent",
        "predikat": "text",
        "kegiatan": "int",
        "indicators": "int",
        "not_reported": "int",
    }
    return frames._frame(columns, rows, ["opd", "year"] if index else None)


def _points(plan: _core.Renstra, indicator: str) -> dict[int, Any]:
    """The points of ``compare_years`` by year: target, realisation and capaian as the library has them."""
    return {p.year: p for p in _core.compare_years(plan, indicator).points}


def pemda_indicators_frame(pemda: Pemda, *, index: bool = False) -> pd.DataFrame:
    """Each RPJMD indicator and year of the RPJMD period with the OPD indicators linked to it beside
    it, one row per link (``indicator_links``; an RPJMD indicator nothing links to has one row a
    year, its OPD columns NA), in the RPJMD's order of indicators, then year, then the links' order.

    Columns: rpjmd (the RPJMD indicator's id), sasaran (the RPJMD node it measures), name, satuan,
    polarity, aggregate (``"sum"`` when the OPD indicators are shares of it, else ``"none"``), year,
    rpjmd_target, rpjmd_realisasi, rpjmd_capaian; then the linked OPD indicator's: opd, indicator,
    indicator_name, indicator_satuan, target, realisasi, capaian. Targets and realisations are exact
    decimals, NA when absent or not a number (a range, a grade); capaian is as ``compare_years``
    gives it (NA without a target, a realisation or with a zero target). So the cascade reads across
    a row, and ``frame.groupby(["rpjmd", "year"])["target"].sum()`` sets the shares beside the
    target of a ``"sum"`` indicator. ``pemda``: the Pemda (:func:`read_pemda`); ``index``: True for
    the index (rpjmd, year, opd, indicator).

    >>> seed = kinerja.datasets.lakip_2019_path()  # one OPD, whose IKU is linked to RI1
    >>> p = kinerja.parse_pemda(
    ...     '{"format": "kinerja-pemda/1", "rpjmd": {"body": {"name": "Kabupaten Lumajang"},'
    ...     ' "period": {"from": 2019, "to": 2019}, "nodes": [{"id": "V", "level": "visi", "name": "Sejahtera"},'
    ...     ' {"id": "M", "level": "misi", "name": "Misi", "parent": "V"},'
    ...     ' {"id": "T", "level": "tujuan", "name": "Tujuan", "parent": "M"},'
    ...     ' {"id": "RS1", "level": "sasaran", "name": "Menurunnya PMKS", "parent": "T"}],'
    ...     ' "indicators": [{"id": "RI1", "node": "RS1", "name": "PMKS tertangani", "satuan": "%",'
    ...     ' "polarity": "higher_is_better", "targets": {"2019": "25"}}]},'
    ...     ' "opd": [{"id": "dinsos", "file": "lakip-2019.json"}],'
    ...     ' "indicator_links": [{"opd": "dinsos", "indicator": "iku-pmks", "rpjmd": "RI1"}]}',
    ...     "pemda.json",
    ...     seed.parent,
    ... )
    >>> kinerja.pemda_indicators_frame(p)[["rpjmd", "rpjmd_target", "indicator", "target"]].iloc[0].tolist()
    ['RI1', Decimal('25'), 'iku-pmks', Decimal('26.75')]
    """
    from kinerja import frames  # pandas is imported only when a frame is asked for

    years = _years(pemda)
    opds = {o.id: o.plan for o in pemda.opds}
    aggregates = {k: v.name for k, v in pemda.aggregates.items()}
    links: dict[str, list[IndicatorLink]] = {}
    for link in pemda.indicator_links:
        links.setdefault(link.rpjmd, []).append(link)
    # The OPD indicators' points, each looked up once: an indicator may be linked to several RPJMD ones.
    linked: dict[tuple[str, str], tuple[Any, dict[int, Any]]] = {}
    for link in pemda.indicator_links:
        plan = opds.get(link.opd)
        ind = plan.find_indicator(link.indicator) if plan is not None else None
        if plan is not None and ind is not None and (link.opd, link.indicator) not in linked:
            linked[(link.opd, link.indicator)] = (ind, _points(plan, ind.id))
    none: tuple[None, ...] = (None,) * 7
    rows = []
    for ind in pemda.rpjmd.indicators:
        own = _points(pemda.rpjmd, ind.id)
        for year in years:
            p = own.get(year)
            head = (
                ind.id,
                ind.node,
                ind.name,
                ind.satuan,
                ind.polarity.name,
                aggregates.get(ind.id, "none"),
                year,
                frames._number(p.target) if p is not None else None,
                frames._number(p.realisation) if p is not None else None,
                frames._percent(p.capaian) if p is not None else None,
            )
            if ind.id not in links:
                rows.append((*head, *none))
                continue
            for link in links[ind.id]:
                found = linked.get((link.opd, link.indicator))
                if found is None:  # a link to nothing: check_pemda reports it
                    rows.append((*head, link.opd, link.indicator, None, None, None, None, None))
                    continue
                opd_ind, points = found
                q = points.get(year)
                rows.append(
                    (
                        *head,
                        link.opd,
                        link.indicator,
                        opd_ind.name,
                        opd_ind.satuan,
                        frames._number(q.target) if q is not None else None,
                        frames._number(q.realisation) if q is not None else None,
                        frames._percent(q.capaian) if q is not None else None,
                    )
                )
    columns = {
        "rpjmd": "text",
        "sasaran": "text",
        "name": "text",
        "satuan": "text",
        "polarity": "text",
        "aggregate": "text",
        "year": "int",
        "rpjmd_target": "decimal",
        "rpjmd_realisasi": "decimal",
        "rpjmd_capaian": "percent",
        "opd": "text",
        "indicator": "text",
        "indicator_name": "text",
        "indicator_satuan": "text",
        "target": "decimal",
        "realisasi": "decimal",
        "capaian": "percent",
    }
    return frames._frame(columns, rows, ["rpjmd", "year", "opd", "indicator"] if index else None)


def pemda_findings_frame(
    pemda: Pemda, source: str | os.PathLike[str] = "pemda.json", *, index: bool = False, lang: str = "id"
) -> pd.DataFrame:
    """The findings of ``check_pemda`` one row each, with the keys of ``kinerja pemda --format json``:
    rule, severity (``"error"`` or ``"warning"``), file and path (where it lies, as ``pemda_place``
    gives it: the Pemda file or an OPD's, and the JSON path in it), opd (NA for the Pemda file), id
    (what the finding is about), year (NA when it is not about one year) and message.

    ``pemda``: the Pemda (:func:`read_pemda`); ``source``: the Pemda file as it should be shown (a
    Pemda does not keep the path it was read from; OPD files are named from its folder); ``index``:
    True for the index ``finding``, the position in ``check_pemda(pemda)``; ``lang``: the language of
    the messages, ``"id"`` (default) or ``"en"``.

    >>> seed = kinerja.datasets.lakip_2019_path()  # one OPD whose sasaran serve nothing yet
    >>> p = kinerja.parse_pemda(
    ...     '{"format": "kinerja-pemda/1", "rpjmd": {"body": {"name": "Kabupaten Lumajang"},'
    ...     ' "period": {"from": 2019, "to": 2019}, "nodes": []},'
    ...     ' "opd": [{"id": "dinsos", "file": "lakip-2019.json"}]}',
    ...     "pemda.json",
    ...     seed.parent,
    ... )
    >>> kinerja.pemda_findings_frame(p, "pemda.json")[["rule", "file", "path"]].iloc[0].tolist()
    ['opd.sasaran_unlinked', 'lakip-2019.json', '/nodes/3']
    """
    import pandas as pd

    from kinerja import frames  # pandas is imported only when a frame is asked for

    shown = os.fspath(source)
    found = check_pemda(pemda, lang)
    rows = []
    for k, f in enumerate(found):
        place = pemda_place(pemda, f, shown)
        rows.append((k, f.rule, "error" if f.error else "warning", place.file, place.path, f.opd, f.id, f.message))
    columns = {
        "finding": "int",
        "rule": "text",
        "severity": "text",
        "file": "text",
        "path": "text",
        "opd": "text",
        "id": "text",
        "message": "text",
    }
    frame = frames._frame(columns, rows)
    # A year is an int or absent: pandas' nullable Int64, never a float with NaN.
    frame.insert(7, "year", pd.Series([f.year for f in found], dtype="Int64", index=frame.index))
    return frame.set_index("finding") if index else frame.drop(columns="finding")
