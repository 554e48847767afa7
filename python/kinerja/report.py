"""The LAKIP report: its tables, the written report, the Renja evaluation (``kinerja.renja``), the
comparison across years and documents, and the pohon kinerja (performance tree) of a Pemda or a body.

``format_*`` gives text, ``write_report_xlsx`` writes a workbook and ``write_report_docx`` a Word document
to a path (the package's naming rule: ``read_*``/``write_*`` take paths, ``parse_*`` takes text,
``format_*`` gives text).
"""

from __future__ import annotations

from kinerja import _core
from kinerja._core import (
    IndicatorSeries,
    Pemda,
    Renstra,
    ReportFormat,
    ReportTable,
    Trend,
    YearPoint,
    compare_documents,
    compare_years,
    comparison_tables,
    describe,
    languages,
    latest_year,
    least_squares_trend,
    localize_number,
    message,
    report_tables,
    write_report_docx,
    write_report_xlsx,
)
from kinerja.renja import RenjaRow, format_renja, renja_rows, renja_table, write_renja_xlsx

__all__ = [
    "IndicatorSeries",
    "RenjaRow",
    "ReportFormat",
    "ReportTable",
    "Trend",
    "YearPoint",
    "compare_documents",
    "compare_years",
    "comparison_tables",
    "describe",
    "format_comparison",
    "format_renja",
    "format_report",
    "languages",
    "latest_year",
    "least_squares_trend",
    "localize_number",
    "message",
    "pohon_dot",
    "pohon_html",
    "pohon_mermaid",
    "renja_rows",
    "renja_table",
    "report_tables",
    "write_renja_xlsx",
    "write_report_docx",
    "write_report_xlsx",
]


def format_report(plan: Renstra, year: int, format: ReportFormat = ReportFormat.markdown, lang: str = "id") -> str:
    """The LAKIP tables of ``year`` as one text.

    ``plan``: the Renstra; ``year``: the report's year; ``format``: markdown, html or csv; ``lang``: the
    language of headings, notes and number text, ``"id"`` (default) or ``"en"`` (:func:`languages`).

    >>> plan = kinerja.datasets.lakip_2019()
    >>> kinerja.format_report(plan, 2019, kinerja.ReportFormat.html).startswith("<")
    True
    """
    """The LAKIP report of ``year`` as Markdown, one HTML file, or CSV (one figure a line)."""
    return _core.write_report(plan, year, format, lang)


def format_comparison(
    plans: list[Renstra], indicator: str = "", format: ReportFormat = ReportFormat.markdown, lang: str = "id"
) -> str:
    """The comparison of ``plans`` as one text: a table per indicator they share.

    ``plans``: the Renstra compared; ``indicator``: an id, ``""`` for every shared indicator;
    ``format``: markdown, html or csv; ``lang``: ``"id"`` (default) or ``"en"``.

    >>> plan = kinerja.datasets.lakip_2019()
    >>> kinerja.format_comparison([plan], "iku-pmks").splitlines()[0]
    '# Perbandingan indikator: Dinas Sosial Kabupaten Lumajang'
    """
    """The comparison of ``plans`` (all indicators, or the one named) as Markdown, HTML or CSV."""
    return _core.write_comparison(plans, indicator, format, lang)


def pohon_html(source: Pemda | Renstra, year: int | None = None, lang: str = "id") -> str:
    """The pohon kinerja (performance tree) as one self-contained HTML page: collapsible boxes coloured
    by predikat, nothing fetched from elsewhere (docs/pohon.md).

    ``source``: a :class:`Pemda` (the tree from each RPJMD sasaran down to the OPDs' sub kegiatan) or one
    body's :class:`Renstra` (from its tujuan down); ``year``: the year of the targets, realisasi and
    capaian, ``None`` for the latest with a target or budget line; ``lang``: the language of the title,
    legend and number text, ``"id"`` (default) or ``"en"``.

    >>> plan = kinerja.datasets.lakip_2019()
    >>> page = kinerja.pohon_html(plan, 2019)
    >>> page.startswith("<!DOCTYPE html>"), "Sangat Baik" in page
    (True, True)
    >>> kinerja.pohon_html(kinerja.read_pemda("pemda.json"))  # doctest: +SKIP
    """
    return _core.pohon_html(source, year, lang)


def pohon_dot(source: Pemda | Renstra, year: int | None = None, lang: str = "id") -> str:
    """The pohon kinerja as Graphviz DOT text (``dot -Tsvg``): a box per node, filled by its predikat;
    a crosscutting support as a dashed box on a dashed edge.

    ``source``: a :class:`Pemda` or one body's :class:`Renstra`; ``year``: the year of the figures,
    ``None`` for the latest with a target or budget line; ``lang``: ``"id"`` (default) or ``"en"``.

    >>> plan = kinerja.datasets.lakip_2019()
    >>> kinerja.pohon_dot(plan, 2019).splitlines()[0]
    'digraph pohon {'
    """
    return _core.pohon_dot(source, year, lang)


def pohon_mermaid(source: Pemda | Renstra, year: int | None = None, lang: str = "id") -> str:
    """The pohon kinerja as Mermaid ``flowchart`` text, to embed in Markdown that renders Mermaid.

    ``source``: a :class:`Pemda` or one body's :class:`Renstra`; ``year``: the year of the figures,
    ``None`` for the latest with a target or budget line; ``lang``: ``"id"`` (default) or ``"en"``.

    >>> plan = kinerja.datasets.lakip_2019()
    >>> kinerja.pohon_mermaid(plan, 2019).splitlines()[0]
    'flowchart LR'
    """
    return _core.pohon_mermaid(source, year, lang)
