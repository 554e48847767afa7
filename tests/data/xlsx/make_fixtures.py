"""Writes lakip-annex.xlsx: a small LAKIP budget annex built with openpyxl, as a real writer's
dialect of SpreadsheetML for tests/xlsx_test.cpp. Run from this folder and commit its output:

    /work/main/.venv/bin/python make_fixtures.py

The figures are made up for the test: 5.445.859.500 - 5.036.537.515,36 = 409.321.984,64 and
5.036.537.515,36 / 5.445.859.500 = 92,48 %; 1.085.645.000 is typed as text, the way a figure
pasted from a Word table often arrives.
"""

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

wb = Workbook()
ws = wb.active
ws.title = "Lampiran 2"
bold = Font(bold=True)

ws["A1"] = "Lampiran 2. Realisasi Anggaran Tahun 2019"
ws.merge_cells("A1:F1")
# Row 2 is blank. Two header rows: "Anggaran (Rp)" over Pagu and Realisasi, the others merged down.
for col, text in (("A", "No"), ("B", "Program/Kegiatan"), ("E", "Sisa"), ("F", "%")):
    ws[f"{col}3"] = text
    ws[f"{col}3"].font = bold
    ws.merge_cells(f"{col}3:{col}4")
ws["C3"] = "Anggaran (Rp)"
ws["C3"].font = bold
ws.merge_cells("C3:D3")
ws["C4"] = "Pagu"
ws["D4"] = "Realisasi"

ws["A5"] = 1
ws["B5"] = "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN"
ws["B5"].font = bold
ws["C5"] = 5445859500
ws["C5"].number_format = "#,##0"
ws["D5"] = 5036537515.36
ws["D5"].number_format = "#,##0.00"
ws["E5"] = 409321984.64
ws["E5"].number_format = "#,##0.00"
ws["F5"] = 0.9248
ws["F5"].number_format = "0.00%"

ws["A6"] = "a."
ws["B6"] = "Penyediaan jasa surat menyurat"
ws["B6"].alignment = Alignment(indent=2)
ws["C6"] = "1.085.645.000"

# Row 7 is blank; a second table with its caption row.
ws["A8"] = "Tabel 2. Capaian Kinerja"
ws["A9"] = "Indikator"
ws["B9"] = "Target"
ws["C9"] = "Realisasi"
ws["A10"] = "Persentase layanan"
ws["B10"] = 90
ws["C10"] = 92.5

wb.save("lakip-annex.xlsx")
