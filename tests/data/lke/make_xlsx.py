"""Writes sheet-2022.xlsx: the worksheet of sheet-2022.csv as an evaluator keeps it in Excel (a
caption row above it, a blank row, bold headers in the CSV's words with spaces, the written-out
scale in one cell), built with openpyxl, for tests/lke_test.cpp. Run from this folder and commit its
output:

    /work/main/.venv/bin/python make_xlsx.py
"""

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

here = Path(__file__).resolve().parent
with open(here / "sheet-2022.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter=";"))

wb = Workbook()
ws = wb.active
ws.title = "LKE 2022"
ws["A1"] = "Lembar Kerja Evaluasi SAKIP Dinas Contoh Tahun 2022"
ws.merge_cells("A1:I1")
for c, text in enumerate(rows[0], start=1):
    cell = ws.cell(row=3, column=c, value=text.replace("_", " ").title())
    cell.font = Font(bold=True)
for r, row in enumerate(rows[1:], start=4):
    for c, text in enumerate(row, start=1):
        if text:
            ws.cell(row=r, column=c, value=text)
# Fixed metadata, so that the bytes do not change from one run to the next.
wb.properties.creator = "kinerja tests"
wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 1, 1)
wb.save(here / "sheet-2022.xlsx")
