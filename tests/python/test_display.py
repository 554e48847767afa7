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
