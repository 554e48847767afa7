"""Word documents from Python (issue 15, item 5): the tables of a .docx as found, their layout read
into printed tables, and the reviu run on them. The documents are written by python-docx in
tmp_path; every expected figure is computed here with decimal (ROUND_HALF_UP) or written by hand."""

import os
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import docx
import pytest
from docx.table import Table

import kinerja

CAPTION = "Tabel 3.2 Anggaran dan Realisasi Belanja Langsung Tahun 2019"

# (number, label, anggaran, realisasi) in whole rupiah; a program, its two kegiatan, the total.
KEGIATAN = [
    ("", "Penyediaan Jasa Surat Menyurat", 848_146_988, 828_507_537),
    ("", "Penyediaan Alat Tulis Kantor", 795_556_000, 676_626_016),
]
PROGRAM = ("1.", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN")
WRONG_ROW = 1  # the second kegiatan prints a sisa with two digits swapped


def rupiah_text(value: Decimal) -> str:
    """Indonesian money text with two decimals: '.' groups thousands, ',' before the sen."""
    whole, sen = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return ".".join(groups) + "," + sen


def percent_text(part: Decimal, whole: Decimal) -> str:
    points = (part * 100 / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{points:.2f}".replace(".", ",")


def grouped(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def budget_rows() -> tuple[list[list[str]], str, str]:
    """The body rows as printed, the wrong sisa as printed and the sisa it must be."""
    anggaran = sum((Decimal(a) for _, _, a, _ in KEGIATAN), Decimal(0))
    realisasi = sum((Decimal(r) for _, _, _, r in KEGIATAN), Decimal(0))
    rows = [[PROGRAM[0], PROGRAM[1], grouped(int(anggaran)), grouped(int(realisasi))]]
    rows[0] += [grouped(int(anggaran - realisasi)), percent_text(realisasi, anggaran)]
    wrong = due = ""
    for k, (number, label, a, r) in enumerate(KEGIATAN):
        sisa = grouped(a - r)
        if k == WRONG_ROW:
            due = rupiah_text(Decimal(a - r))
            sisa = sisa[:-2] + sisa[-1] + sisa[-2]  # 118.929.984 printed 118.929.948
            wrong = sisa
        rows.append([number, label, grouped(a), grouped(r), sisa, percent_text(Decimal(r), Decimal(a))])
    return rows, wrong, due


def set_text(table: Table, row: int, column: int, text: str, *, bold: bool = False) -> None:
    paragraph = table.cell(row, column).paragraphs[0]
    paragraph.add_run(text).bold = bold


def write_budget_docx(path: Path) -> None:
    """A caption, then "No." and "Program / Kegiatan" merged down over the two header rows and
    "Alokasi Biaya" merged across the four figures; the program row bold."""
    document = docx.Document()
    document.add_paragraph(CAPTION)
    body, _, _ = budget_rows()
    table = document.add_table(rows=2 + len(body), cols=6)
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 2).merge(table.cell(0, 5))
    set_text(table, 0, 0, "No.")
    set_text(table, 0, 1, "Program / Kegiatan")
    set_text(table, 0, 2, "Alokasi Biaya")
    for column, name in enumerate(["Anggaran (Rp.)", "Realisasi (Rp.)", "Sisa (Rp.)", "(%)"], start=2):
        set_text(table, 1, column, name)
    for r, cells in enumerate(body, start=2):
        for c, text in enumerate(cells):
            set_text(table, r, c, text, bold=(r == 2))
    document.add_paragraph("Sumber: DPA")
    # A table of words: nothing in it the reviu can check.
    words = document.add_table(rows=3, cols=2)
    for r, cells in enumerate([["Nama", "Jabatan"], ["Siti Aminah", "Kepala Dinas"], ["Budi", "Sekretaris"]]):
        for c, text in enumerate(cells):
            set_text(words, r, c, text)
    document.save(str(path))


@pytest.fixture
def lakip(tmp_path: Path) -> Path:
    path = tmp_path / "lakip.docx"
    write_budget_docx(path)
    return path


def test_read_docx_tables_gives_the_grid_with_its_merges_and_caption(lakip: Path) -> None:
    tables = kinerja.read_docx_tables(lakip)
    assert [t.where for t in tables] == ["table 1", "table 2"]
    budget = tables[0]
    assert budget.source == str(lakip)
    assert budget.caption == CAPTION
    assert budget.depth == 0
    body, wrong, _ = budget_rows()
    assert len(budget.rows) == 2 + len(body)
    assert all(len(row) == 6 for row in budget.rows)
    head, second = budget.rows[0], budget.rows[1]
    assert [(c.text, c.row_span, c.col_span, c.covered) for c in head] == [
        ("No.", 2, 1, False),
        ("Program / Kegiatan", 2, 1, False),
        ("Alokasi Biaya", 1, 4, False),
        ("", 1, 1, True),
        ("", 1, 1, True),
        ("", 1, 1, True),
    ]
    assert [c.covered for c in second] == [True, True, False, False, False, False]
    assert [c.text for c in second[2:]] == ["Anggaran (Rp.)", "Realisasi (Rp.)", "Sisa (Rp.)", "(%)"]
    assert [[c.text for c in row] for row in budget.rows[2:]] == body
    assert budget.rows[2 + 1 + WRONG_ROW][4].text == wrong
    assert all(c.bold for c in budget.rows[2]) and not any(c.bold for c in budget.rows[3])
    # Word stores no numbers: every cell is text.
    assert not any(c.stored_number or c.number_format for row in budget.rows for c in row)
    assert tables[1].caption == ""
    assert [c.text for c in tables[1].rows[1]] == ["Siti Aminah", "Kepala Dinas"]


def test_paths_may_be_str_or_path_like(lakip: Path) -> None:
    class Where(os.PathLike[str]):
        def __fspath__(self) -> str:
            return str(lakip)

    for path in (str(lakip), lakip, Where()):
        assert [t.where for t in kinerja.read_docx_tables(path)] == ["table 1", "table 2"]
        assert kinerja.load_document_report(path).source == str(lakip)


def test_the_reviu_of_the_document_finds_the_one_wrong_sisa(lakip: Path) -> None:
    doc = kinerja.load_document_report(lakip)
    assert doc.source == str(lakip)
    assert len(doc.printed.tables) == 1
    table = doc.printed.tables[0]
    assert table.id == "tabel-3-2"
    assert table.year == 2019
    assert table.where == "table 1"
    roles = [(c.name, c.role) for c in table.columns]
    assert roles == [
        ("No.", kinerja.ColumnRole.other),
        ("Anggaran (Rp.)", kinerja.ColumnRole.anggaran),
        ("Realisasi (Rp.)", kinerja.ColumnRole.realisasi),
        ("Sisa (Rp.)", kinerja.ColumnRole.sisa),
        ("(%)", kinerja.ColumnRole.persen),
    ]
    assert [r.label for r in table.rows] == [PROGRAM[1]] + [label for _, label, _, _ in KEGIATAN]
    assert [r.level for r in table.rows] == [1, 2, 2]  # the program numbered, bold, in capitals

    _, wrong, due = budget_rows()
    findings = [f for t in doc.printed.tables for f in kinerja.check_table(t)]
    assert len(findings) == 1, [(f.rule, f.row, f.column) for f in findings]
    (error,) = findings
    assert error.severity == kinerja.Severity.error
    assert error.rule == "row.sisa"
    assert error.table == "tabel-3-2"
    assert error.row == KEGIATAN[WRONG_ROW][1]
    assert error.column == "sisa"
    assert error.printed == wrong
    assert error.expected == due == "118.929.984,00"
    assert kinerja.has_errors(findings)


def test_a_table_of_words_is_found_with_the_reason_it_is_not_checked(lakip: Path) -> None:
    doc = kinerja.load_document_report(lakip)
    assert [(t.where, t.caption) for t in doc.found] == [("table 1", CAPTION), ("table 2", "")]
    budget, words = doc.found
    assert budget.id == "tabel-3-2" and budget.reason == ""
    assert [c.role for c in budget.columns] == [c.role for c in doc.printed.tables[0].columns]
    assert words.id == ""
    assert words.reason.startswith("no column the reviu can check")
    # The reason in every language: the English as reason, the Indonesian from the catalogue.
    assert words.reasons["en"] == words.reason
    assert words.reasons["id"].startswith("tidak ada kolom yang dapat diperiksa reviu")
    assert budget.reasons == {"en": "", "id": ""}
    assert words.columns == []


def test_read_table_layout_of_one_table(lakip: Path) -> None:
    budget, words = kinerja.read_docx_tables(lakip)
    layout = kinerja.read_table_layout(budget, year=2020)
    assert layout.classified()
    assert layout.reason == ""
    assert layout.table is not None
    assert layout.table.year == 2020  # the report's year, not the caption's
    assert all(n.source == str(lakip) and n.where == "table 1" for n in layout.notes)
    assert all(str(n).startswith(f"{lakip}, table 1") for n in layout.notes)
    assert all(n.messages["en"] == n.message for n in layout.notes)
    assert all(n.messages["id"] != n.message for n in layout.notes)  # each note said in Indonesian
    unread = kinerja.read_table_layout(words)
    assert not unread.classified()
    assert unread.table is None
    assert unread.reason == kinerja.load_document_report(lakip).found[1].reason
    # The same through read_document_report and options.
    options = kinerja.TableLayoutOptions(year=2020)
    assert options.year == 2020 and options.max_header_rows == 3
    doc = kinerja.read_document_report([budget, words], "lakip", options=options)
    assert doc.source == "lakip"
    assert [t.year for t in doc.printed.tables] == [2020]
    with pytest.raises(kinerja.InvalidValueError, match="year 20190 must be between"):
        kinerja.read_table_layout(budget, year=20190)
    with pytest.raises(kinerja.InvalidValueError, match=r"^max_header_rows must be at least 1$"):
        kinerja.TableLayoutOptions(max_header_rows=0)
    with pytest.raises(kinerja.InvalidValueError, match=r"^max_level must be at least 1$"):
        kinerja.TableLayoutOptions(max_level=0)


def test_parse_docx_tables_reads_bytes_under_the_name_given(lakip: Path) -> None:
    tables = kinerja.parse_docx_tables(lakip.read_bytes(), "upload.docx")
    assert [(t.source, t.where, t.caption) for t in tables] == [
        ("upload.docx", "table 1", CAPTION),
        ("upload.docx", "table 2", ""),
    ]


def test_a_file_that_is_not_a_zip_archive_is_a_data_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "lakip.docx"
    path.write_text("Tabel 3.2 typed as plain text\n", encoding="utf-8")
    for read in (kinerja.read_docx_tables, kinerja.load_document_report):
        with pytest.raises(kinerja.DataError) as e:
            read(path)
        assert str(path) in str(e.value)
        assert "is not a ZIP archive" in str(e.value)
        assert e.value.code == "data"


def test_a_missing_file_is_a_data_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "missing.docx"
    for read in (kinerja.read_docx_tables, kinerja.load_document_report):
        with pytest.raises(kinerja.DataError) as e:
            read(path)
        assert str(path) in str(e.value)
        assert "cannot open the file" in str(e.value)


def test_a_limit_passed_is_named(lakip: Path) -> None:
    with pytest.raises(kinerja.DataError, match="limit"):
        kinerja.read_docx_tables(lakip, limits=kinerja.ReadLimits(max_cells=10))


def test_printed_table_frame_holds_the_cells_as_printed(lakip: Path) -> None:
    pytest.importorskip("pandas")  # the [pandas] extra; scripts/test installs it
    from kinerja import frames

    table = kinerja.load_document_report(lakip).printed.tables[0]
    df = frames.printed_table_frame(table)
    assert list(df.columns) == ["label", "level", *[c.name for c in table.columns]]
    assert list(df["label"]) == [PROGRAM[1]] + [label for _, label, _, _ in KEGIATAN]
    assert str(df["level"].dtype) == "int64"
    body, wrong, _ = budget_rows()
    # The figures stay text: no float, no reading.
    assert list(df["Sisa (Rp.)"]) == [row[4] for row in body]
    assert df["Sisa (Rp.)"].iloc[1 + WRONG_ROW] == wrong
    assert all(isinstance(v, str) for v in df["Anggaran (Rp.)"])


def test_printed_table_frame_names_repeated_columns_apart() -> None:
    pytest.importorskip("pandas")
    from kinerja import frames

    table = kinerja.parse_printed_csv("Uraian;Keterangan;Keterangan;Anggaran;Realisasi\nA;x;y;1;2\n")
    df = frames.printed_table_frame(table)
    assert list(df.columns) == ["label", "level", "Keterangan", "Keterangan (2)", "Anggaran", "Realisasi"]
    assert list(df.iloc[0]) == ["A", 0, "x", "y", "1", "2"]
