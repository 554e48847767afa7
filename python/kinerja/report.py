"""The LAKIP report: its tables, the written report, the Renja evaluation (``kinerja.renja``), and the
comparison across years and documents.

``format_*`` gives text, ``write_report_xlsx`` writes a workbook and ``write_report_docx`` a Word document
to a path (the package's naming rule: ``read_*``/``write_*`` take paths, ``parse_*`` takes text,
``format_*`` gives text).
"""

from __future__ import annotations

from kinerja import _core
from kinerja._core import (
    IndicatorSeries,
    Renstra,
    ReportFormat,
    ReportTable,
    Trend,
    YearPoint,
    compare_documents,
    compare_years,
    comparison_tables,
    latest_year,
    least_squares_trend,
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
    "format_comparison",
    "format_renja",
    "format_report",
    "latest_year",
    "least_squares_trend",
    "renja_rows",
    "renja_table",
    "report_tables",
    "write_renja_xlsx",
    "write_report_docx",
    "write_report_xlsx",
]


def format_report(plan: Renstra, year: int, format: ReportFormat = ReportFormat.markdown) -> str:
    """The LAKIP tables of ``year`` as one text.

    ``plan``: the Renstra; ``year``: the report's year; ``format``: markdown, html or csv.

    >>> plan = kinerja.datasets.lakip_2019()
    >>> kinerja.format_report(plan, 2019, kinerja.ReportFormat.html).startswith("<")
    True
    """
    """The LAKIP report of ``year`` as Markdown, one HTML file, or CSV (one figure a line)."""
    return _core.write_report(plan, year, format)


def format_comparison(plans: list[Renstra], indicator: str = "", format: ReportFormat = ReportFormat.markdown) -> str:
    """The comparison of ``plans`` as one text: a table per indicator they share.

    ``plans``: the Renstra compared; ``indicator``: an id, ``""`` for every shared indicator;
    ``format``: markdown, html or csv.

    >>> plan = kinerja.datasets.lakip_2019()
    >>> kinerja.format_comparison([plan], "iku-pmks").splitlines()[0]
    '# Perbandingan indikator: Dinas Sosial Kabupaten Lumajang'
    """
    """The comparison of ``plans`` (all indicators, or the one named) as Markdown, HTML or CSV."""
    return _core.write_comparison(plans, indicator, format)
