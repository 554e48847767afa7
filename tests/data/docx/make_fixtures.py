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

# reviu-small.docx: a table that adds up but for one figure, for the command's test (tests/CMakeLists.txt):
# 1.000.000 - 900.000 = 100.000 (printed 90.000,00: the one error), 900.000 / 1.000.000 = 90,00 %;
# 3.000.000 - 2.000.000 = 1.000.000, 2.000.000 / 3.000.000 = 66,67 %; JUMLAH 4.000.000 - 2.900.000 =
# 1.100.000, 2.900.000 / 4.000.000 = 72,50 %. A second table holds only words: it is listed, not checked.
doc = Document()
doc.add_paragraph("Tabel 3.3 Realisasi Kegiatan Tahun 2024")
table = doc.add_table(rows=4, cols=5)
for c, text in enumerate(("Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran", "%")):
    table.cell(0, c).text = text
rows = [
    ("Kegiatan A", "1.000.000,00", "900.000,00", "90.000,00", "90,00"),
    ("Kegiatan B", "3.000.000,00", "2.000.000,00", "1.000.000,00", "66,67"),
    ("JUMLAH", "4.000.000,00", "2.900.000,00", "1.100.000,00", "72,50"),
]
for r, values in enumerate(rows, start=1):
    for c, text in enumerate(values):
        table.cell(r, c).text = text
doc.add_paragraph("Tabel 3.4 Sasaran Strategis")
words = doc.add_table(rows=2, cols=2)
words.cell(0, 0).text = "Sasaran"
words.cell(0, 1).text = "Keterangan"
words.cell(1, 0).text = "Meningkatnya kesejahteraan sosial"
words.cell(1, 1).text = "Lihat Bab II"
doc.save("reviu-small.docx")
