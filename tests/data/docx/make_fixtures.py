"""Writes lakip-small.docx: a small LAKIP budget table rebuilt with python-docx, as a real writer's
dialect of WordprocessingML for tests/docx_test.cpp. Run from this folder and commit its output:

    /work/main/.venv/bin/python make_fixtures.py

The figures are the seed's Tabel 3.2 program line and two kegiatan made up for the test:
848.146.988 - 828.507.537 = 19.639.451 and 828.507.537 / 848.146.988 = 97,68 %;
1.234.567 - 1.000.000 = 234.567 and 1.000.000 / 1.234.567 = 81,00 %.
"""

from docx import Document
from docx.shared import Pt

doc = Document()
doc.add_paragraph("BAB III AKUNTABILITAS KINERJA")
doc.add_paragraph("Tabel 3.2 Anggaran dan Realisasi Belanja Tahun 2019")

table = doc.add_table(rows=5, cols=6)
table.style = "Table Grid"
# Two header rows: "Anggaran (Rp)" over Pagu and Realisasi; the others merged down both rows.
for col, text in ((0, "No"), (1, "Uraian"), (4, "Sisa"), (5, "%")):
    table.cell(0, col).text = text
    table.cell(0, col).merge(table.cell(1, col))
top = table.cell(0, 2).merge(table.cell(0, 3))
top.text = "Anggaran (Rp)"
table.cell(1, 2).text = "Pagu"
table.cell(1, 3).text = "Realisasi"

rows = [
    ("1", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "848.146.988,00", "828.507.537,00", "19.639.451,00", "97,68"),
    ("a.", "Penyediaan jasa surat menyurat", "1.234.567,00", "1.000.000,00", "234.567,00", "81,00"),
    ("", "JUMLAH", "849.381.555,00", "829.507.537,00", "19.874.018,00", "97,66"),
]
for r, values in enumerate(rows, start=2):
    for c, text in enumerate(values):
        paragraph = table.cell(r, c).paragraphs[0]
        run = paragraph.add_run(text)
        if r in (2, 4):
            run.bold = True
        if r == 3 and c == 1:
            paragraph.paragraph_format.left_indent = Pt(14.2)  # 284 twips

doc.add_paragraph("Sumber: DPA 2019")
doc.save("lakip-small.docx")
