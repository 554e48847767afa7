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


_LONG_TEXT = 60  # characters of a text field shown before "…"


def _field(value: object) -> str:
    if isinstance(value, str):
        return repr(value if len(value) <= _LONG_TEXT else value[:_LONG_TEXT] + "…")
    if isinstance(value, (list, tuple, dict)):
        # A plan holds thousands of nodes: a repr names how many, the object itself shows them.
        return repr(value) if len(value) == 0 else f"<{len(value)} items>"
    return repr(value)


def generic_repr(self: object) -> str:
    """``Class(field=value, ...)`` from the class's properties, in the order they are bound.

    A property that does not apply to this value (a grade's ``value``, an undefined ``points``)
    raises a kinerja error and is left out; long texts and lists are shortened.
    """
    cls = type(self)
    fields = []
    for name, attribute in vars(cls).items():
        if name.startswith("_") or not isinstance(attribute, property):
            continue
        try:
            value = getattr(self, name)
        except _core.Error:
            continue
        fields.append(f"{name}={_field(value)}")
    return f"{cls.__name__}({', '.join(fields)})"


def target_repr(target: _core.Target) -> str:
    """As the value is made: ``Target.number(Decimal('26.75'))``, ``Target.between(...)``, ``Target.of_grade('B')``."""
    if target.kind == _core.Target.Kind.number:
        return f"Target.number({target.value!r})"
    if target.kind == _core.Target.Kind.range:
        return f"Target.between({target.min!r}, {target.max!r})"
    return f"Target.of_grade({target.grade!r})"


def measure_repr(measure: _core.Measure) -> str:
    """As the value is made: ``Measure.number(Decimal('26.43'))``, ``Measure.of_grade('B')``, or undefined."""
    if measure.kind == _core.Measure.Kind.number:
        return f"Measure.number({measure.value!r})"
    if measure.kind == _core.Measure.Kind.grade:
        return f"Measure.of_grade({measure.grade!r})"
    return "Measure(undefined)"


def install_reprs() -> None:
    """Gives every compiled class without its own ``__repr__`` the generic one: no value prints as
    ``<kinerja._core.X object at 0x...>``."""
    # A target or a measure holds one of its fields by kind; the others would print as zeros.
    setattr(_core.Target, "__repr__", target_repr)  # noqa: B010
    setattr(_core.Measure, "__repr__", measure_repr)  # noqa: B010
    for name, cls in vars(_core).items():
        if (
            isinstance(cls, type)
            and not name.startswith("_")
            and not issubclass(cls, BaseException)
            and "__repr__" not in vars(cls)
            and not hasattr(cls, "__members__")  # enumerations print their member
        ):
            setattr(cls, "__repr__", generic_repr)  # noqa: B010 - the compiled classes gain it here
