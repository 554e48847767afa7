"""The report's Word document read back with python-docx, figure by figure against the CSV report.

Every cell of the document holds the text the CSV report prints (the CSV quotes formula-like text with
"'"); figures are compared as decimals parsed here from the Indonesian text of each, not by the library.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from report_text import FORMULA_START, csv_rows, indonesian

import kinerja


def captioned_tables(path: Path) -> list[tuple[Paragraph, Table]]:
    """Each table of the document body with the paragraph just before it."""
    document = docx.Document(str(path))
    out = []
    before = None
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            before = Paragraph(element, document)
        elif element.tag == qn("w:tbl"):
            assert before is not None
            out.append((before, Table(element, document)))
    return out


@pytest.fixture
def seed_docx(seed: kinerja.Renstra, tmp_path: Path) -> Path:
    path = tmp_path / "lakip.docx"
    kinerja.write_report_docx(seed, 2019, path)
    return path


def test_every_figure_equals_the_csv_report(seed: kinerja.Renstra, seed_docx: Path) -> None:
    expected = csv_rows(kinerja.format_report(seed, 2019, kinerja.ReportFormat.csv))
    ids = list(dict.fromkeys(line["tabel"] for line in expected))
    tables = captioned_tables(seed_docx)
    assert len(tables) == len(ids) == 6
    got = []
    for (_, table), table_id in zip(tables, ids):
        headings = [c.text for c in table.rows[0].cells]
        for row in table.rows[1:]:
            label = row.cells[0].text
            for heading, cell in zip(headings[1:], row.cells[1:]):
                if cell.text:
                    got.append((table_id, label, heading, cell))
    assert len(got) == len(expected)
    figures = 0
    for (table_id, label, heading, cell), line in zip(got, expected):
        assert (table_id, label, heading) == (line["tabel"], line["baris"], line["kolom"])
        figure = indonesian(line["nilai"])
        if line["nilai"] == "n/a":  # an undefined figure: a figure, right-aligned, but no number
            assert cell.text == "n/a"
            assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
        elif figure is None:
            text = line["nilai"]
            if text.startswith("'") and text[1:].startswith(FORMULA_START):
                text = text[1:]
            assert cell.text == text
            assert cell.paragraphs[0].alignment is None, (table_id, label, heading)
        else:
            assert indonesian(cell.text) == figure, (table_id, label, heading, cell.text)
            assert cell.text == line["nilai"]  # the same print form: 1.234.567,89
            assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT, (table_id, label, heading)
            if "%" in heading:
                assert len(cell.text.partition(",")[2]) == 2, (table_id, label, heading, cell.text)
            figures += 1
    # Every money figure and percentage of Tabel 3.2 alone is 24 rows of four.
    assert figures > 200


def test_captions_heading_rows_and_bold_totals(seed: kinerja.Renstra, seed_docx: Path) -> None:
    titles = [t.title for t in kinerja.report_tables(seed, 2019)]
    tables = captioned_tables(seed_docx)
    for n, ((caption, table), title) in enumerate(zip(tables, titles), start=1):
        assert caption.text == f"Tabel {n} {title}"
        # Word's built-in style "caption", which python-docx names as Word shows it.
        assert caption.style is not None and caption.style.name == "Caption"
        # The heading row, and it alone, repeats at the top of each page the table runs over.
        flags = [bool(row._tr.xpath("./w:trPr/w:tblHeader")) for row in table.rows]
        assert flags == [True] + [False] * (len(table.rows) - 1)
        assert table._tbl.xpath("./w:tblPr/w:tblBorders/w:insideH")
    anggaran = tables[4][1]
    total = next(r for r in anggaran.rows if r.cells[0].text == "JUMLAH")
    # 7.427.331.499,00 - 6.882.166.420,36 = 545.165.078,64; 6.882.166.420,36 / 7.427.331.499 = 92,66 %.
    assert [c.text for c in total.cells] == [
        "JUMLAH",
        "7.427.331.499,00",
        "6.882.166.420,36",
        "545.165.078,64",
        "92,66",
    ]
    assert all(run.bold for c in total.cells for p in c.paragraphs for run in p.runs)
    kegiatan = next(r for r in anggaran.rows if r.cells[0].text == "Pemberdayaan Kelembagaan Sosial")
    assert not any(run.bold for c in kegiatan.cells for p in c.paragraphs for run in p.runs)


def test_wide_tables_are_on_landscape_pages(seed_docx: Path) -> None:
    sections = docx.Document(str(seed_docx)).sections
    orientation = [s.orientation for s in sections]
    # The pps table (10 columns) and the anggaran table (three amounts of 16 characters) are wide.
    portrait, landscape = WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE
    assert orientation == [portrait, portrait, landscape, portrait, landscape, portrait]
    assert all(s.page_width > s.page_height for s in sections if s.orientation == landscape)


def test_a_name_with_markup_is_text(seed_path: Path, tmp_path: Path) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    program = next(n for n in data["nodes"] if n["level"] == "program")
    program["name"] = '<w:b/> & "A" ]]> =HYPERLINK("http://example.invalid","klik")'
    plan = kinerja.parse_renstra(json.dumps(data))
    path = tmp_path / "lakip.docx"
    kinerja.write_report_docx(plan, 2019, path)
    labels = [row.cells[0].text for _, table in captioned_tables(path) for row in table.rows]
    assert labels.count(program["name"]) >= 2  # in the PK anggaran table, the capaian table, ...


def test_an_unwritable_path_names_it(seed: kinerja.Renstra, tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "lakip.docx"
    with pytest.raises(kinerja.DataError) as e:
        kinerja.write_report_docx(seed, 2019, path)
    assert str(path) in str(e.value)
    assert not path.parent.exists()


def test_an_existing_file_is_replaced_whole_and_the_bytes_repeat(seed: kinerja.Renstra, tmp_path: Path) -> None:
    path = tmp_path / "lakip.docx"
    path.write_bytes(b"old")
    kinerja.write_report_docx(seed, 2019, path)
    first = path.read_bytes()
    assert first[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["lakip.docx"]
    kinerja.write_report_docx(seed, 2019, path)
    assert path.read_bytes() == first


def test_the_document_is_read_back_by_kinerja(seed_docx: Path) -> None:
    tables = kinerja.read_docx_tables(seed_docx)
    assert [t.caption.split(" ", 2)[:2] for t in tables] == [["Tabel", str(n)] for n in range(1, 7)]
