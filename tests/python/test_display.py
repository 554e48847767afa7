"""Jupyter shows documents, report tables and indicator series as HTML tables."""

from pathlib import Path

import kinerja


def test_renstra_html_names_the_body_and_shows_the_budget(seed: kinerja.Renstra, seed_path: Path) -> None:
    plan = seed
    html = plan._repr_html_()
    assert "<table" in html and "Dinas Sosial Kabupaten Lumajang" in html
    assert "2018–2023" in html
    # The 2019 anggaran total, as printed in the report: Rp 7.427.331.499,00.
    assert "7.427.331.499" in html
    assert "Printed tables" not in html  # the plan alone holds none
    html = kinerja.read_document(seed_path)._repr_html_()
    assert "Dinas Sosial Kabupaten Lumajang" in html and "Printed tables" in html


def test_report_table_and_series_html_escape_and_format(seed: kinerja.Renstra) -> None:
    plan = seed
    table = kinerja.report_tables(plan, 2019)[0]
    html = table._repr_html_()
    assert html.count("<tr") == len(table.rows) + 1
    series = kinerja.compare_years(plan, "iku-pmks")
    html = series._repr_html_()
    assert "Tren" in html and "2017" in html and "2019" in html
    assert "<script" not in html


def test_html_escapes_names(repo: Path) -> None:
    doc = (repo / "docs" / "example-dataset.json").read_text(encoding="utf-8")
    plan = kinerja.parse_renstra(doc.replace('"name": "Dinas', '"name": "<b>Dinas', 1))
    assert "<b>Dinas" not in plan._repr_html_() and "&lt;b&gt;Dinas" in plan._repr_html_()


def test_no_value_prints_as_an_object_address() -> None:
    # Issue 16: BudgetTotals, Measure, ReportTable, DataTable... printed as <kinerja._core.X object at 0x...>.
    import enum
    import inspect

    from kinerja import _core

    classes = [
        cls
        for name, cls in vars(_core).items()
        if inspect.isclass(cls)
        and not name.startswith("_")
        and not issubclass(cls, (BaseException, enum.Enum))
        and not hasattr(cls, "__members__")
    ]
    assert len(classes) > 30
    without = [cls.__name__ for cls in classes if cls.__repr__ is object.__repr__]
    assert without == []


def test_reprs_name_the_fields(seed: kinerja.Renstra, seed_path: Path) -> None:
    from decimal import Decimal

    totals = kinerja.budget_of(seed, "prog-1", 2019)
    # The seed's Tabel 3.2 prints program 1 as 848.146.988 and 828.507.537,00 (seed lines 4125-4130).
    assert repr(totals).startswith(
        "BudgetTotals(anggaran=Rupiah('Rp848.146.988,00'), realisasi=Rupiah('Rp828.507.537,00')"
    )
    assert "lines=1" in repr(totals)
    assert repr(seed.period) == "Period(from_year=2018, to_year=2023)"
    assert repr(kinerja.Measure.of_grade("B")) == "Measure.of_grade('B')"
    assert repr(kinerja.Measure.number(Decimal("26.43"))) == "Measure.number(Decimal('26.43'))"
    assert repr(kinerja.Target.between(1, Decimal("2.5"))) == "Target.between(Decimal('1'), Decimal('2.5'))"
    table = next(t for t in kinerja.read_document(seed_path).printed.tables if t.id == "tabel-3-2")
    row = next(r for r in table.rows if r.ref == "prog-3")  # its label has 80 characters
    assert repr(row) == f"PrintedRow(label='{row.label[:60]}…', level=2, ref='prog-3', cells=<4 items>)"
    assert len(row.label) > 60
