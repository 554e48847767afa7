"""Excel annexes read for the reviu (kinerja.read_xlsx_tables): tests/data/xlsx/lakip-annex.xlsx,
written by openpyxl (tests/data/xlsx/make_fixtures.py), whose figures are stored as numbers."""

from pathlib import Path

import pytest

import kinerja

ANNEX = Path(__file__).resolve().parents[1] / "data" / "xlsx" / "lakip-annex.xlsx"


def test_numbers_stored_as_numbers_come_back_as_the_file_wrote_them() -> None:
    tables = kinerja.read_xlsx_tables(ANNEX)
    assert [t.caption for t in tables] == ["Lampiran 2. Realisasi Anggaran Tahun 2019", "Tabel 2. Capaian Kinerja"]
    budget = tables[0]
    assert budget.where == "sheet 'Lampiran 2' A3:F6"
    # Row 5 of the sheet is the grid's third row: 5036537515.36 and 409321984.64 as openpyxl wrote
    # them, never through a double; 1.085.645.000 below is text typed into the cell.
    program = budget.rows[2]
    assert program[1].text == "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN" and program[1].bold
    assert (program[3].text, program[3].stored_number, program[3].number_format) == (
        "5036537515.36",
        True,
        "#,##0.00",
    )
    assert program[4].text == "409321984.64"
    assert (budget.rows[3][2].text, budget.rows[3][2].stored_number) == ("1.085.645.000", False)
    # "Anggaran (Rp)" merged over Pagu and Realisasi.
    assert (budget.rows[0][2].text, budget.rows[0][2].col_span, budget.rows[0][3].covered) == ("Anggaran (Rp)", 2, True)


def test_an_annex_through_the_layout_and_the_reviu() -> None:
    doc = kinerja.load_document_report(ANNEX)
    assert [f.id for f in doc.found] == ["sheet-lampiran-2-a3-f6", "tabel-2"]
    table = doc.printed.tables[0]
    assert [c.role.name for c in table.columns] == ["other", "anggaran", "realisasi", "sisa", "persen"]
    # The stored 5445859500 with "#,##0" is printed the Indonesian way; 0.9248 with "0.00%" is 92,48.
    assert table.rows[0].cells[1:] == ["5.445.859.500", "5.036.537.515,36", "409.321.984,64", "92,48"]
    # The program row closes its one kegiatan row, whose anggaran 1.085.645.000 is not the program's.
    found = kinerja.check_table(table)
    assert [(f.rule, f.row, f.column) for f in found if f.severity == kinerja.Severity.error] == [
        ("total.sum", "Penyediaan jasa surat menyurat", "anggaran")
    ]


def test_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    fake = tmp_path / "annex.xlsx"
    fake.write_text("Lampiran;Pagu\n", encoding="utf-8")
    with pytest.raises(kinerja.DataError, match=r"annex\.xlsx: is not a ZIP archive"):
        kinerja.read_xlsx_tables(fake)
