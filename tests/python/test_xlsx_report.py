"""The report workbook read back with openpyxl, figure by figure against the CSV report.

The CSV writer prints every figure as Indonesian text; the workbook must hold the same value as a
number (a double whose shortest text is exactly the figure), and the same text where the CSV has text.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from report_text import FORMULA_START, csv_rows, indonesian

import kinerja

openpyxl = pytest.importorskip("openpyxl")


def workbook_cells(path: Path) -> list[tuple[str, str, str, object, str, str]]:
    """(sheet, row label, column heading, value, data type, number format) of every non-empty table cell."""
    book = openpyxl.load_workbook(path)
    out = []
    for sheet in book.worksheets:
        headings = [c.value for c in sheet[2]]
        for row in sheet.iter_rows(min_row=3):
            if row[0].value is None:
                break  # the blank row before the notes
            for heading, cell in zip(headings[1:], row[1:]):
                if cell.value is not None:
                    out.append((sheet.title, row[0].value, heading, cell.value, cell.data_type, cell.number_format))
    return out


def test_every_figure_equals_the_csv_report(seed: kinerja.Renstra, tmp_path: Path) -> None:
    path = tmp_path / "lakip.xlsx"
    kinerja.write_report_xlsx(seed, 2019, path)
    expected = csv_rows(kinerja.format_report(seed, 2019, kinerja.ReportFormat.csv))
    got = workbook_cells(path)
    assert len(got) == len(expected)
    numbers = 0
    for (sheet, label, heading, value, data_type, number_format), line in zip(got, expected):
        assert (sheet, label, heading) == (line["tabel"], line["baris"], line["kolom"])
        figure = indonesian(line["nilai"])
        if figure is None:
            # Text: as the CSV has it, without the quote the CSV puts before formula-like text.
            text = line["nilai"]
            if text.startswith("'") and text[1:].startswith(FORMULA_START):
                text = text[1:]
            assert data_type == "s", (sheet, label, heading)
            assert value == text
        else:
            assert data_type == "n", (sheet, label, heading)
            assert isinstance(value, (int, float))
            assert Decimal(str(value)) == figure, (sheet, label, heading, value, line["nilai"])
            decimals = len(line["nilai"].partition(",")[2])
            assert number_format == ("#,##0." + "0" * decimals if decimals else "#,##0")
            numbers += 1
    # Every money figure (Anggaran, Realisasi, Sisa) and percentage of Tabel 3.2 is a number.
    assert numbers > 200


def test_percentages_are_points_and_money_has_two_decimals(seed: kinerja.Renstra, tmp_path: Path) -> None:
    path = tmp_path / "lakip.xlsx"
    kinerja.write_report_xlsx(seed, 2019, path)
    sheet = openpyxl.load_workbook(path)["anggaran"]
    total = next(r for r in sheet.iter_rows(min_row=3) if r[0].value == "JUMLAH")
    # 6.882.166.420,36 of 7.427.331.499,00 is 92,66 % (the golden CSV, checked by hand in run.cmake).
    assert [Decimal(str(c.value)) for c in total[1:5]] == [
        Decimal("7427331499"),
        Decimal("6882166420.36"),
        Decimal("545165078.64"),
        Decimal("92.66"),
    ]
    assert {c.number_format for c in total[1:5]} == {"#,##0.00"}
    assert all(c.font.b for c in total)
    assert sheet.freeze_panes == "A3"
    # The label column is at most 70 wide (libxlsxwriter adds its padding to 70.71); the longest label
    # (78 characters) wraps, a short one does not.
    assert sheet.column_dimensions["A"].width < 71
    long_label = "PROGRAM PENINGKATAN PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN"
    labels = {r[0].value: r[0] for r in sheet.iter_rows(min_row=3) if r[0].value}
    assert labels[long_label].alignment.wrap_text
    assert not labels["JUMLAH"].alignment.wrap_text
    assert sheet["A1"].value == "Anggaran dan Realisasi Belanja 2019"


def test_a_name_that_starts_like_a_formula_is_text(seed_path: Path, tmp_path: Path) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    program = next(n for n in data["nodes"] if n["level"] == "program")
    program["name"] = '=HYPERLINK("http://example.invalid","klik")'
    plan = kinerja.parse_renstra(json.dumps(data))
    path = tmp_path / "lakip.xlsx"
    kinerja.write_report_xlsx(plan, 2019, path)
    sheet = openpyxl.load_workbook(path)["pk-anggaran"]
    cells = [r[0] for r in sheet.iter_rows(min_row=3) if r[0].value == program["name"]]
    assert cells, "the program's row"
    assert all(c.data_type == "s" for c in cells)
    # No sheet holds a formula at all.
    for ws in openpyxl.load_workbook(path).worksheets:
        assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def test_an_unwritable_path_names_it(seed: kinerja.Renstra, tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "lakip.xlsx"
    with pytest.raises(kinerja.DataError) as e:
        kinerja.write_report_xlsx(seed, 2019, path)
    assert str(path) in str(e.value)
    assert not path.parent.exists()


def test_an_existing_file_is_replaced_whole(seed: kinerja.Renstra, tmp_path: Path) -> None:
    path = tmp_path / "lakip.xlsx"
    path.write_bytes(b"old")
    kinerja.write_report_xlsx(seed, 2019, path)
    assert path.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["lakip.xlsx"]
