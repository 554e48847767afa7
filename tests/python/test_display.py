"""Jupyter shows documents, report tables and indicator series as HTML tables."""

from pathlib import Path

import kinerja
from kinerja import _display


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


def _example(repo: Path, replace: tuple[str, str] | None = None) -> kinerja.Renstra:
    text = (repo / "docs" / "example-dataset.json").read_text(encoding="utf-8")
    if replace is not None:
        assert replace[0] in text
        text = text.replace(*replace)
    return kinerja.parse_renstra(text)


def test_budget_totals_html_shows_sisa_and_serapan(repo: Path) -> None:
    # docs/example-dataset.json, keg-disabilitas 2023: anggaran murni 300.000.000,00, anggaran
    # 334.319.000,00, realisasi 326.439.000,00; sisa 7.880.000,00 and serapan 326439000 / 334319000
    # x 100 = 97,6429... -> 97,64 (as its printed Tabel 3.2 has them).
    totals = kinerja.budget_of(_example(repo), "keg-disabilitas", 2023)
    html = totals._repr_html_()
    for text in ("300.000.000,00", "334.319.000,00", "326.439.000,00", "7.880.000,00", "97,64"):
        assert text in html
    assert html.index("334.319.000,00") < html.index("326.439.000,00") < html.index("7.880.000,00")
    assert "Anggaran murni" in html
    # Belanja operasi holds the pegawai line, which states no anggaran murni: the row is left out, not
    # shown as 0 or as the other line's murni. Its anggaran: 334.319.000 + 2.098.618.011 = 2.432.937.011.
    html = kinerja.budget_of_class(_example(repo), 2023, kinerja.SpendingClass.operasi)._repr_html_()
    assert "Anggaran murni" not in html and "2.432.937.011,00" in html


def test_capaian_summary_html_lists_the_kegiatan(repo: Path) -> None:
    summary = kinerja.capaian_summary(_example(repo), "", 2023)
    html = summary._repr_html_()
    assert "simple_mean" in html and "budget_weighted_mean" in html
    for kegiatan in summary.counted:
        assert kegiatan in html
    assert f"{len(summary.counted)}: " in html


def test_data_table_html_indents_sub_rows_and_leaves_blanks_blank(repo: Path) -> None:
    plan = _example(repo, ('"label": "Tubuh"', '"label": "<img src=x onerror=alert(1)>"'))
    table = plan.tables[0]
    html = table._repr_html_()
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    # Rows 1, 2, 2a and the total: four body rows and the header.
    assert html.count("<tr") == 5
    assert "473.559" in html and "125.158" in html and "1.322" in html
    assert "&nbsp;&nbsp;&nbsp;&nbsp;&lt;img" in html  # 2a under 2
    # Row 1 has no l or p: two blank cells, never 0.
    row1 = html[html.index("Keluarga Fakir Miskin") :].split("</tr>")[0]
    assert row1.count('<td class="n"></td>') == 2 and ">0<" not in row1
    assert 'class="l1"' in html  # the total row is bold


def test_findings_html_escapes_every_text() -> None:
    hostile = "<script>alert(1)</script>"
    table = kinerja.parse_printed_csv(f"uraian;anggaran\n{hostile};1.000\nB;2.000\nJumlah;3.500\n")
    findings = kinerja.check_table(table)
    assert findings, "the total 3.500 is not 1.000 + 2.000"
    html = _display.findings_html(findings)
    assert "<script" not in html
    assert html.count("<tr") == len(findings) + 1
    assert "3.500" in html
    assert all("<script" not in f._repr_html_() for f in findings)


def test_report_table_html_escapes_a_hostile_node_name(repo: Path) -> None:
    hostile = "Program <b onmouseover=x>Rehabilitasi</b>"
    plan = _example(repo, ('"name": "Program Rehabilitasi Sosial"', f'"name": "{hostile}"'))
    for table in kinerja.report_tables(plan, 2023):
        html = table._repr_html_()
        assert "<b " not in html
    assert any("&lt;b onmouseover=x&gt;" in t._repr_html_() for t in kinerja.report_tables(plan, 2023))


def test_join_result_html_escapes_labels(repo: Path) -> None:
    text = (repo / "docs" / "example-dataset.json").read_text(encoding="utf-8")
    text = text.replace('"ref": "prog-rehsos",', "").replace('"J U M L A H"', '"<i>J U M L A H</i>"')
    doc = kinerja.parse_document(text)
    result = kinerja.join_to_plan(doc.printed, doc.plan)
    html = result._repr_html_()
    assert "<i>" not in html and "&lt;i&gt;J U M L A H&lt;/i&gt;" in html
    assert html.count("<tr") == len(result.rows) + 1
