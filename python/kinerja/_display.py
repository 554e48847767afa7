"""What a notebook and ``help()`` show: HTML tables for documents, report and data tables, indicator
series, budget totals, capaian summaries and findings; a readable ``repr`` for every value; and a
signature ``inspect.signature`` can read for every compiled function.

Every figure shown is text kinerja formatted from exact values; nothing passes through float. Every
text shown in HTML (a body's, a row's or a column's name, a finding's message) is escaped: it comes
from the input.
"""

from __future__ import annotations

import ast
import functools
import inspect
import sys
import types
from collections import Counter
from collections.abc import Callable, Iterable
from decimal import Decimal
from html import escape
from typing import Any

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
        if series.projection_outside:
            verdict = "tidak dapat ditentukan: proyeksi di luar rentang indikator"
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


def _rupiah(value: _core.Rupiah | None) -> str:
    return "" if value is None else escape(value.format())


def _facts(rows: list[tuple[str, str]], caption: str) -> str:
    # A value's fields, one a row: the name escaped here, the value already escaped by its formatter.
    return _STYLE + _table(["", ""], [(2, [escape(name), value]) for name, value in rows], caption)


def _ids(ids: list[str]) -> str:
    return f"{len(ids)}" + (": " + escape(", ".join(ids)) if ids else "")


def budget_totals_html(totals: _core.BudgetTotals) -> str:
    """Anggaran (murni when known), realisasi, sisa and serapan of some budget lines."""
    rows = []
    if totals.anggaran_murni is not None:
        rows.append(("Anggaran murni (Rp)", _rupiah(totals.anggaran_murni)))
    rows += [
        ("Anggaran (Rp)", _rupiah(totals.anggaran)),
        ("Realisasi (Rp)", _rupiah(totals.realisasi)),
        ("Sisa (Rp)", _rupiah(totals.sisa)),
        ("Serapan (%)", _percent(totals.serapan())),
        ("Budget lines", str(totals.lines)),
    ]
    return _facts(rows, "BudgetTotals")


def capaian_summary_html(summary: _core.CapaianSummary) -> str:
    """The means of a capaian summary, then every list of kegiatan it holds (ids, escaped)."""
    rows = []
    for name, attribute in vars(type(summary)).items():
        if name.startswith("_") or not isinstance(attribute, property):
            continue
        value = getattr(summary, name)
        if isinstance(value, _core.Percent):
            rows.append((name, _percent(value)))
        elif isinstance(value, list):
            rows.append((name, _ids([str(v) for v in value])))
        else:
            rows.append((name, escape(str(value))))
    return _facts(rows, "CapaianSummary")


_FINDING_COLUMNS = ["Severity", "Rule", "Table", "Row", "Column", "Printed", "Expected", "Message"]


def _finding_cells(f: _core.Finding) -> list[str]:
    return [
        escape(str(c)) for c in (f.severity.name, f.rule, f.table, f.row, f.column, f.printed, f.expected, f.message)
    ]


def findings_html(findings: Iterable[_core.Finding]) -> str:
    """Findings as one table, a row each (what ``check`` gives: ``display(HTML(findings_html(f)))``)."""
    rows = [(2, _finding_cells(f)) for f in findings]
    counts = Counter(cells[0] for _, cells in rows)
    caption = f"{len(rows)} findings" + (
        ": " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) if rows else ""
    )
    return _STYLE + _table(_FINDING_COLUMNS, rows, caption)


def finding_html(finding: _core.Finding) -> str:
    """One finding as a one-row table."""
    return findings_html([finding])


def join_result_html(result: _core.JoinResult) -> str:
    """A join's decisions, a row each: table, row, label, how, the ref it got and the score."""
    rows = [
        (2, [escape(r.table), str(r.row), escape(r.label), escape(r.how.name), escape(r.ref), escape(str(r.score))])
        for r in result.rows
    ]
    return _STYLE + _table(["Table", "Row", "Label", "How", "Ref", "Score"], rows, f"{len(rows)} rows joined")


def data_table_html(table: _core.DataTable) -> str:
    """A data table with its sub-rows indented; a blank cell stays blank (never 0)."""
    columns = [c.name or c.id for c in table.columns]
    rows: list[tuple[int, list[str]]] = []
    # Depth first without recursion: the input sets how deep rows nest.
    stack: list[tuple[int, _core.DataRow]] = [(1, r) for r in reversed(table.rows)]
    while stack:
        level, row = stack.pop()
        label = "&nbsp;" * 4 * (level - 1) + escape(row.label or row.id)
        cells = [_number(row.values.get(c.id)) for c in table.columns]
        rows.append((1 if row.total else 2, [label, *cells]))
        stack.extend((level + 1, r) for r in reversed(row.rows))
    return _STYLE + _table(["", *columns], rows, f"{table.title} ({table.year})" if table.title else str(table.year))


def install() -> None:
    """Gives the compiled classes their Jupyter HTML form."""
    for cls, html in (
        (_core.Renstra, renstra_html),
        (_core.Document, document_html),
        (_core.ReportTable, report_table_html),
        (_core.IndicatorSeries, series_html),
        (_core.BudgetTotals, budget_totals_html),
        (_core.CapaianSummary, capaian_summary_html),
        (_core.Finding, finding_html),
        (_core.JoinResult, join_result_html),
        (_core.DataTable, data_table_html),
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


class _Text:
    """A default or an annotation shown as the text pybind11 gives for it, when that text is not a value
    (``inspect`` shows ``repr()`` of both)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _default(node: ast.expr) -> object:
    # A default's text is a literal, an enumeration member (Rounding.half_up) or a constructor call
    # (CapaianPolicy()), the arg_v descriptions of bindings/; nothing else of _core is evaluated.
    text = ast.unparse(node)
    try:
        return ast.literal_eval(node)
    except ValueError:
        pass
    call = node.func if isinstance(node, ast.Call) and not node.args and not node.keywords else None
    target = call if call is not None else node
    names: list[str] = []
    while isinstance(target, ast.Attribute):
        names.insert(0, target.attr)
        target = target.value
    if not isinstance(target, ast.Name):
        return _Text(text)
    value: Any = _core
    for name in [target.id, *names]:
        value = getattr(value, name, None)
        if value is None:
            return _Text(text)
    return value() if call is not None else value


def _annotation(node: ast.expr | None) -> object:
    if node is None:
        return inspect.Parameter.empty
    return _Text(ast.unparse(node).replace("kinerja._core.", ""))


def function_signature(function: Callable[..., Any]) -> inspect.Signature | None:
    """The signature pybind11 writes as the first line of a compiled function's docstring, or None when
    the line cannot be read (an overloaded function's is ``name(*args, **kwargs)``)."""
    doc = function.__doc__ or ""
    name = getattr(function, "__name__", "")
    line = doc.split("\n", 1)[0]
    if not line.startswith(name + "("):
        return None
    try:
        tree = ast.parse("def f" + line[len(name) :] + ": pass")
    except SyntaxError:
        return None
    definition = tree.body[0]
    assert isinstance(definition, ast.FunctionDef)
    a = definition.args
    positional = [*a.posonlyargs, *a.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    kind = inspect.Parameter
    parameters = []
    for i, (arg, default) in enumerate(zip(positional, defaults)):
        parameters.append(
            kind(
                arg.arg,
                kind.POSITIONAL_ONLY if i < len(a.posonlyargs) else kind.POSITIONAL_OR_KEYWORD,
                default=kind.empty if default is None else _default(default),
                annotation=_annotation(arg.annotation),
            )
        )
    if a.vararg is not None:
        parameters.append(kind(a.vararg.arg, kind.VAR_POSITIONAL, annotation=_annotation(a.vararg.annotation)))
    for arg, kw_default in zip(a.kwonlyargs, a.kw_defaults):
        parameters.append(
            kind(
                arg.arg,
                kind.KEYWORD_ONLY,
                default=kind.empty if kw_default is None else _default(kw_default),
                annotation=_annotation(arg.annotation),
            )
        )
    if a.kwarg is not None:
        parameters.append(kind(a.kwarg.arg, kind.VAR_KEYWORD, annotation=_annotation(a.kwarg.annotation)))
    returns = _annotation(definition.returns)
    return inspect.Signature(parameters, return_annotation=returns)


def with_signature(function: Callable[..., Any], module: str) -> Callable[..., Any]:
    """A Python function calling the compiled ``function``, with the signature ``inspect`` cannot read
    from a builtin; the compiled one unchanged when its signature cannot be read."""
    signature = function_signature(function)
    if signature is None:
        return function

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **kwargs)

    call.__signature__ = signature  # type: ignore[attr-defined]
    # The signature line is the signature now; pickle finds the function where it is exported.
    call.__doc__ = (function.__doc__ or "").split("\n", 1)[-1].lstrip("\n")
    call.__module__ = module
    call.__qualname__ = function.__name__
    return call


def install_signatures() -> None:
    """Every compiled function exported by kinerja and its submodules becomes one with a signature
    (``inspect.signature(kinerja.capaian_summary)``, ``help()``); ``kinerja._core`` keeps the compiled
    ones, which the package itself calls."""
    wrapped: dict[int, Callable[..., Any]] = {}
    # kinerja first: a function is pickled by reference to the first module exporting it.
    for module_name in sorted(sys.modules):
        module = sys.modules[module_name]
        if module is None or module_name == "kinerja._core":
            continue
        if not (module_name == "kinerja" or module_name.startswith("kinerja.")):
            continue
        for name, value in list(vars(module).items()):
            if name.startswith("_") or not isinstance(value, types.BuiltinFunctionType):
                continue
            function: Callable[..., Any] = value
            if getattr(_core, name, None) is not function:
                continue
            if id(function) not in wrapped:
                wrapped[id(function)] = with_signature(function, module_name)
            setattr(module, name, wrapped[id(function)])
