"""The Renja evaluation from Python: the frame, the text forms, and the workbook in the OPD layout read
back by the reviu. Expected figures are the hand-worked ones of tests/renja_test.cpp (the dataset
tests/data/renja/renja.json, evaluated for 2021), checked with Python's decimal (ROUND_HALF_UP).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import kinerja
from kinerja import renja

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def plan(repo: Path) -> kinerja.Renstra:
    return kinerja.read_renstra(repo / "tests" / "data" / "renja" / "renja.json")


def test_frame_rows_in_hierarchy_order_with_exact_money(plan: kinerja.Renstra) -> None:
    frame = renja.renja_frame(plan, 2021)
    assert frame.indicator.isna().sum() == 2  # a node without indicators: NA, never ""
    assert list(zip(frame.node, frame.indicator.fillna(""), frame.level)) == [
        ("p1", "ip1", 1),
        ("k1", "ik1", 2),
        ("k1", "ik2", 2),
        ("s1", "is1", 3),
        ("s2", "", 3),
        ("k2", "", 2),
    ]
    for column in ("target_renstra_rp", "realisasi_rp", "capaian_rp", "capaian_renstra_k"):
        assert isinstance(frame[column].dtype, pd.ArrowDtype), column
        assert pa.types.is_decimal(frame[column].dtype.pyarrow_dtype), column
    k1 = frame.iloc[1]
    assert k1.target_renstra_rp == Decimal("530000000.00")
    assert k1.realisasi_lalu_rp == Decimal("200500000.50")
    assert k1.triwulan_3_rp == Decimal("25250000.25")
    assert k1.realisasi_rp == Decimal("75250000.25")
    assert k1.realisasi_kumulatif_rp == Decimal("275750000.75")
    assert k1.capaian_rp == Decimal("50.17")
    assert k1.capaian_renstra_rp == Decimal("52.03")
    assert k1.realisasi_lalu_k == Decimal(210)
    assert k1.realisasi_k == Decimal(105)
    assert k1.realisasi_kumulatif_k == Decimal(315)
    assert k1.capaian_k == Decimal("87.50")
    assert k1.capaian_renstra_k == Decimal("52.50")
    assert k1.unit == "Bidang Rehabilitasi Sosial"
    # The second indicator of k1 carries no money (it would be counted twice); ik2 is lower is better.
    ik2 = frame.iloc[2]
    assert pd.isna(ik2.target_rp)
    assert ik2.capaian_k == Decimal("110.00")
    # Not reported: blank, never 0.
    assert frame.iloc[3].keterangan == "realisasi 2021 belum dilaporkan"
    assert pd.isna(frame.iloc[3].realisasi_k)
    assert pd.isna(frame.iloc[1].triwulan_4_k)
    assert frame.iloc[5][["target_renstra_rp", "realisasi_rp", "capaian_k", "capaian_rp"]].isna().all()


def test_frame_money_computes_in_pandas(plan: kinerja.Renstra) -> None:
    frame = renja.renja_frame(plan, 2021)
    sisa = frame.target_rp - frame.realisasi_rp
    assert sisa.iloc[0] == Decimal("74749999.75")  # 150.000.000,00 - 75.250.000,25
    assert frame.realisasi_rp[frame.level == 3].sum() == Decimal("75250000.25")


def test_frame_money_precision_widens_only_for_the_data(repo: Path) -> None:
    """18 digits for a body's budgets (kinerja.frames.MONEY); an amount of 10^30 Rupiah (33 digits with
    the sen) widens the column to hold it, within decimal128's 38."""
    text = (repo / "tests" / "data" / "renja" / "renja.json").read_text(encoding="utf-8")
    assert renja.renja_frame(kinerja.parse_renstra(text), 2021).target_rp.dtype.pyarrow_dtype.precision == 18
    huge = "1" + ".000" * 10 + ",00"  # 10^30
    big = kinerja.parse_renstra(text.replace('"anggaran": "150.000.000,00"', f'"anggaran": "{huge}"'))
    frame = renja.renja_frame(big, 2021)
    assert frame.target_rp.dtype.pyarrow_dtype.precision == 33
    assert frame.target_rp.iloc[0] == Decimal(10) ** 30
    # 100 + 120 + 160 million and 10^30 over the plan's years.
    assert frame.target_renstra_rp.iloc[0] == Decimal(10) ** 30 + Decimal(380_000_000)


def test_frame_index(plan: kinerja.Renstra) -> None:
    frame = renja.renja_frame(plan, 2021, index=True)
    assert frame.loc[("k1", "ik2"), "realisasi_kumulatif_k"] == Decimal("4.5")


def test_text_forms(plan: kinerja.Renstra) -> None:
    csv = renja.format_renja(plan, 2021, kinerja.ReportFormat.csv)
    assert "renja;Program Rehabilitasi Sosial;1;ip1;Tingkat Capaian 2021 (%) K;102,08\n" in csv
    table = renja.renja_table(plan, 2021)
    assert table.id == "renja"
    assert table.columns[4:6] == ["Target Renstra 2023 K", "Target Renstra 2023 Rp"]
    rows = renja.renja_rows(plan, 2021)
    assert rows[0].capaian_k is not None and rows[0].capaian_k.points == Decimal("102.08")


def _check(path: Path) -> list[kinerja.Finding]:
    doc = kinerja.load_document_report(path)
    assert len(doc.printed.tables) == 1, [f.reason for f in doc.found]
    return kinerja.check_table(doc.printed.tables[0])


def test_workbook_reads_back_clean_and_a_corrupted_cell_is_found(plan: kinerja.Renstra, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "renja.xlsx"
    renja.write_renja_xlsx(plan, 2021, path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    # Two header rows: the period merged over K and Rp.
    assert sheet["E2"].value == "Target Renstra 2023"
    assert (sheet["E3"].value, sheet["F3"].value) == ("K", "Rp")
    assert "E2:F2" in {str(r) for r in sheet.merged_cells.ranges}
    # k1's name, code and money merged down over its two indicator rows (5 and 6).
    assert {"A5:A6", "B5:B6", "F5:F6"} <= {str(r) for r in sheet.merged_cells.ranges}
    assert _check(path) == []
    # Realisasi 2021 Rp of the program (T4) one Rupiah too much.
    sheet["T4"] = 75250001.25
    book.save(path)
    found = _check(path)
    assert [(f.rule, f.column, f.expected) for f in found] == [("renja.triwulan", "Realisasi 2021 Rp", "75.250.000,25")]


def test_hand_made_opd_workbook(tmp_path: Path) -> None:
    """An OPD's own sheet: a caption, two header rows, the program's name and money merged down over
    its indicators. By hand: Cakupan layanan 75 of 80 = 93,75 %; Rp 40 + 50 + 45 + 55 = 190 million
    of 200 = 95,00 %; up to 2021 150 + 190 = 340 million; Jumlah peserta 20 + 30 + 25 + 30 = 105 of
    100 = 105,00 % (printed 150,00: wrong), up to 2021 90 + 105 = 195."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "T-C.29"
    sheet.append(["Tabel 1 Evaluasi Hasil Renja Dinas Contoh Tahun 2021"])
    periods = [
        "Target Renja 2021",
        "Realisasi Triwulan I",
        "Realisasi Triwulan II",
        "Realisasi Triwulan III",
        "Realisasi Triwulan IV",
        "Realisasi s.d. 2020",
        "Realisasi 2021",
        "Tingkat Capaian 2021 (%)",
        "Realisasi s.d. 2021",
    ]
    top: list[str | None] = ["Program / Kegiatan", "Indikator Kinerja"]
    for p in periods:
        top += [p, None]
    sheet.append(top)
    sheet.append([None, None] + ["K", "Rp"] * len(periods))
    for i in range(len(periods)):
        column = 3 + 2 * i
        sheet.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + 1)
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    first = ["Program A", "Cakupan layanan (%)", "80", "200.000.000,00"]
    first += ["20", "40.000.000,00", "40", "50.000.000,00", "60", "45.000.000,00", "75", "55.000.000,00"]
    first += ["70", "150.000.000,00", "75", "190.000.000,00", "93,75", "95,00", "75", "340.000.000,00"]
    second = [None, "Jumlah peserta (orang)", "100", None, "20", None, "30", None, "25", None, "30", None]
    second += ["90", None, "105", None, "150,00", None, "195", None]
    sheet.append(first)
    sheet.append(second)
    for column in [1] + [4 + 2 * i for i in range(len(periods))]:
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    path = tmp_path / "opd.xlsx"
    book.save(path)
    # The program's name is carried down into its second indicator's row.
    table = kinerja.load_document_report(path).printed.tables[0]
    names = [c.name for c in table.columns]
    assert table.rows[1].cells[names.index("Program / Kegiatan")] == "Program A"
    found = _check(path)
    assert [(f.rule, f.row, f.column, f.printed, f.expected) for f in found] == [
        ("renja.capaian", "Jumlah peserta (orang)", "Tingkat Capaian 2021 (%) K", "150,00", "105,00")
    ]
    sheet["Q5"] = "105,00"
    book.save(path)
    assert _check(path) == []
