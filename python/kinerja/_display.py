"""HTML for Jupyter: documents, report tables and indicator series render as readable tables.

Every figure shown is text kinerja formatted from exact values; nothing passes through float.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from html import escape

from kinerja import _core

_STYLE = (
    "<style>.kinerja td.n{text-align:right;font-variant-numeric:tabular-nums}"
    ".kinerja td,.kinerja th{padding:2px 8px}.kinerja tr.l1 td{font-weight:bold}</style>"
)


def _number(value: Decimal | None) -> str:
    return "" if value is None else escape(_core.format_number(value))


def _percent(value: _core.Percent | None) -> str:
    if value is None:
        return ""
    return escape(value.format()) if value.is_defined else "n/a"


def _target(target: _core.Target | None) -> str:
    if target is None:
        return ""
    if target.kind == _core.Target.Kind.number:
        return _number(target.value)
    if target.kind == _core.Target.Kind.range:
        return f"{_number(target.min)} – {_number(target.max)}"
    return escape(target.grade)


def _measure(measure: _core.Measure | None) -> str:
    if measure is None:
        return ""
    if measure.kind == _core.Measure.Kind.number:
        return _number(measure.value)
    if measure.kind == _core.Measure.Kind.grade:
        return escape(measure.grade)
    return "n/a"


def _table(columns: list[str], rows: list[tuple[int, list[str]]], caption: str = "") -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join(
        f'<tr class="l{level}">'
        + "".join(f'<td class="n">{cell}</td>' if i else f"<td>{cell}</td>" for i, cell in enumerate(cells))
        + "</tr>"
        for level, cells in rows
    )
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    return f'<table class="kinerja">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def report_table_html(table: _core.ReportTable) -> str:
    """A report table as HTML; labels are indented by their level."""
    rows = [
        (r.level, ["&nbsp;" * 4 * max(r.level - 1, 0) + escape(r.label)] + [escape(c) for c in r.cells])
        for r in table.rows
    ]
    notes = "".join(f"<p><small>{escape(n)}</small></p>" for n in table.notes)
    return _STYLE + _table(table.columns, rows, table.title) + notes


def series_html(series: _core.IndicatorSeries) -> str:
    """An indicator's years: target, realisation, capaian, change, progress, then the trend."""
    rows = [
        (
            2,
            [
                str(p.year),
                _target(p.target),
                _measure(p.realisation),
                _percent(p.capaian),
                "" if p.change is None else ("+" if p.change > 0 else "") + _number(p.change),
                _percent(p.progress),
            ],
        )
        for p in series.points
    ]
    columns = ["Tahun", "Target", "Realisasi", "Capaian (%)", "Perubahan", "Progres ke target akhir (%)"]
    caption = f"{series.body}: {series.name} ({series.indicator})"
    trend = series.trend
    if trend is None:
        summary = "Tren: fewer than two years with numeric realisations."
    else:
        verdict = {True: "tercapai", False: "tidak tercapai", None: "no numeric end target"}[series.will_meet]
        summary = (
            f"Tren {_number(trend.slope)} per tahun; proyeksi {trend.at_year}: {_number(trend.projection)}; "
            f"target akhir {_target(series.end_target) or '-'}: {verdict}."
        )
    return _STYLE + _table(columns, rows, caption) + f"<p>{escape(summary)}</p>"


def renstra_html(plan: _core.Renstra, printed_tables: int | None = None) -> str:
    """The plan at a glance: what it holds, and the budget and capaian tables of its latest year."""
    levels = Counter(n.level.name for n in plan.nodes)
    years = sorted({b.year for b in plan.budget})
    facts = [
        ("Body", escape(plan.body.name) + (f", {escape(plan.body.region)}" if plan.body.region else "")),
        ("Renstra", f"{plan.period.from_year}–{plan.period.to_year}"),
        ("Hierarchy", ", ".join(f"{count} {escape(level)}" for level, count in levels.items())),
        ("Indicators", str(len(plan.indicators))),
        ("Budget lines", f"{len(plan.budget)}" + (f" ({years[0]}–{years[-1]})" if years else "")),
    ]
    if printed_tables is not None:
        facts.append(("Printed tables", str(printed_tables)))
    out = _STYLE + _table(["Renstra", ""], [(2, [k, v]) for k, v in facts])
    try:
        year = _core.latest_year(plan)
    except _core.InvalidValueError:
        return out
    for table in _core.report_tables(plan, year):
        if table.id in ("anggaran", "pps"):
            out += report_table_html(table)
    return out


def document_html(document: _core.Document) -> str:
    """A dataset at a glance: its plan, and how many printed tables the reviu has to re-add."""
    return renstra_html(document.plan, len(document.printed.tables))


def install() -> None:
    """Gives the compiled classes their Jupyter HTML form."""
    for cls, html in (
        (_core.Renstra, renstra_html),
        (_core.Document, document_html),
        (_core.ReportTable, report_table_html),
        (_core.IndicatorSeries, series_html),
    ):
        setattr(cls, "_repr_html_", html)  # noqa: B010 - the compiled classes gain it here
