"""The seed's Bab III tables as Word and Excel files (issue 15, "Tests"): the six program tables,
Tabel 3.1 and Tabel 3.2 of the 2019 LAKIP, rebuilt from the seed's cells with their merged headers
(tests/data/seed-documents/seed-tables.html, made by make_fixtures.py there), are written by three
writers: python-docx (.docx), and LibreOffice converting the HTML (.docx and .xlsx). Each file read
for the reviu must give, table by table, the tables of the hand transcription
(examples/data/lakip-2019.json, printed_tables) and the same findings as check_table on them.

Nothing expected here comes from kinerja reading a document: the tables are the transcription's,
the findings check_table's on the transcription. Where a document legitimately reads otherwise than
the transcription, the difference is named below, table by table, with its reason."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import kinerja

SEED_DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "seed-documents"
YEAR = 2019  # the report's year, given as the command's --year (Tabel 3.1's caption says 2018)
PROGRAM_TABLES = [f"bab3-program-{n}" for n in range(1, 7)]
IDS = [*PROGRAM_TABLES, "tabel-3-1", "tabel-3-2"]
WRITERS = ["python-docx", "libreoffice-docx", "libreoffice-xlsx"]

# Columns the transcription leaves out: it keeps the label and the figures the reviu checks, not the
# numbering or the empty Keterangan. A document has them; their role is `other` (never checked),
# which the comparison asserts before it sets them aside.
LEFT_OUT = {
    **{table_id: ["No", "Keterangan"] for table_id in PROGRAM_TABLES},
    "tabel-3-1": ["No."],
    "tabel-3-2": ["No."],
}

# Finding as compared: rule, severity, row label, column, printed, expected. The table is the pair
# compared; the message is English written around these.
Key = tuple[str, str, str, str, str, str]


def cases() -> list[Any]:
    """(writer, table id) for each table of each writer's file."""
    return [pytest.param(writer, table_id) for writer in WRITERS for table_id in IDS]


@functools.cache
def fixtures() -> ModuleType:
    """tests/data/seed-documents/make_fixtures.py, imported by its path (registered first: its
    dataclasses look their module up)."""
    name = "seed_documents_fixtures"
    spec = importlib.util.spec_from_file_location(name, SEED_DOCUMENTS / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def html() -> Path:
    return SEED_DOCUMENTS / "seed-tables.html"


@pytest.fixture(scope="module")
def reports(
    html: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> dict[str, kinerja.DocumentReport]:
    """The file of each writer read as `kinerja check FILE --year 2019` reads it (made and read when a
    test first asks for that writer's)."""

    class Reports(dict[str, kinerja.DocumentReport]):
        def __missing__(self, writer: str) -> kinerja.DocumentReport:
            self[writer] = kinerja.load_document_report(write(writer), year=YEAR)
            return self[writer]

    def write(writer: str) -> Path:
        if writer == "python-docx":
            path = tmp_path_factory.mktemp("python-docx") / "seed-tables.docx"
            module = fixtures()
            module.write_docx(module.read_html(html), path)
            return path
        convert: Callable[[Path, str, str], Path] = request.getfixturevalue("libreoffice")
        if writer == "libreoffice-docx":
            return convert(html, "docx:MS Word 2007 XML", "")
        # Calc's own HTML import keeps a cell's lines in the cell (the web-query one makes rows of them).
        return convert(html, "xlsx:Calc MS Excel 2007 XML", "HTML (StarCalc)")

    return Reports()


@pytest.fixture(scope="module")
def transcription(seed_path: Path) -> dict[str, kinerja.PrintedTable]:
    """The transcription's tables by id."""
    tables = {t.id: t for t in kinerja.read_document(seed_path).printed.tables}
    return {table_id: tables[table_id] for table_id in IDS}


def finding_keys(findings: list[kinerja.Finding], *, collapse: bool = False) -> list[Key]:
    """The findings as compared, sorted; with `collapse`, row labels with their blanks collapsed."""
    label = blanks_collapsed if collapse else (lambda s: s)
    return sorted((f.rule, f.severity.name, label(f.row), f.column, f.printed, f.expected) for f in findings)


def found(report: kinerja.DocumentReport) -> str:
    """Every table of the file, one a line, as `kinerja check --tables` lists them."""
    return "\n".join(f"{t.where} {t.caption!r}: {t.id or 'not read: ' + t.reason}" for t in report.found)


def document_table(report: kinerja.DocumentReport, table_id: str) -> kinerja.PrintedTable:
    """The table of the file that prints the transcription's `table_id`: Tabel 3.1 and 3.2 by the id
    their caption gives; the program tables, whose captions give none, by their order (the file
    holds them first, in the seed's order)."""
    tables = list(report.printed.tables)
    if table_id in PROGRAM_TABLES:
        k = PROGRAM_TABLES.index(table_id)
        assert len(tables) > k, found(report)
        return tables[k]
    by_id = [t for t in tables if t.id == table_id]
    assert len(by_id) == 1, f"{table_id} is not one table of the file:\n{found(report)}"
    return by_id[0]


def collapses(writer: str) -> bool:
    # HTML collapses every run of blanks into one ("fakir  miskin", "Tabel  3.1"), so LibreOffice's
    # files print them so; python-docx writes the seed's text as it is, compared as it is.
    return writer.startswith("libreoffice")


def blanks_collapsed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def comparable(table: kinerja.PrintedTable, table_id: str, *, collapse: bool) -> list[Any]:
    """What the comparison looks at, of a document's table (its left-out columns set aside) or of the
    transcription's: columns by name and role, then each row by label, level and cells."""
    keep = [k for k, c in enumerate(table.columns) if c.name not in LEFT_OUT[table_id]]
    label = blanks_collapsed if collapse else (lambda s: s)
    columns = [("column", blanks_collapsed(table.columns[k].name), table.columns[k].role.name) for k in keep]
    rows = [("row", label(r.label), r.level, [r.cells[k] for k in keep]) for r in table.rows]
    return [columns, rows]


def differences(name: str, got: Any, want: Any) -> list[str]:
    """Each difference of two nested lists as a line: where, what was read, what was transcribed."""
    if isinstance(got, list) and isinstance(want, list) and not all(isinstance(x, str) for x in got + want):
        out = [] if len(got) == len(want) else [f"{name}: {len(got)} read, {len(want)} transcribed"]
        for k, (g, w) in enumerate(zip(got, want)):
            out += differences(f"{name}[{k}]", g, w)
        return out
    return [f"{name}: read {got!r}, transcribed {want!r}"] if got != want else []


def one_line(text: str, *, collapse: bool) -> str:
    """A cell's text as the layout reading takes it: blanks at its ends dropped, each run of line
    breaks (paragraphs) one blank; with `collapse`, every run of blanks one blank."""
    text = re.sub(r"\s*\n\s*", " ", text.strip())
    return blanks_collapsed(text) if collapse else text


@pytest.mark.parametrize("writer", WRITERS)
def test_the_grids_hold_the_cells_of_the_html(
    writer: str, reports: dict[str, kinerja.DocumentReport], html: Path
) -> None:
    # Before any layout: the file's grids hold, in order, every cell of the HTML's tables with its
    # text (and in a Word document its merges, and the captions that read like one).
    path = Path(reports[writer].source)
    grids = kinerja.read_xlsx_tables(path) if path.suffix == ".xlsx" else kinerja.read_docx_tables(path)
    collapse = collapses(writer)

    def cells(rows: list[list[Any]], text: Callable[[Any], str], span: Callable[[Any], tuple[int, int]]) -> list[Any]:
        return [(text(c), *span(c)) for row in rows for c in row if text(c)]

    def texts(cells: list[Any]) -> list[str]:
        return [c[0] for c in cells]

    model = fixtures().read_html(html)
    want = [
        cells(t.rows, lambda c: one_line("\n".join(c.paragraphs), collapse=collapse), lambda c: (c.rows, c.columns))
        for t in model
    ]
    got = [
        cells(
            t.rows,
            lambda c: "" if c.covered else one_line(c.text, collapse=collapse),
            lambda c: (c.row_span, c.col_span),
        )
        for t in grids
    ]
    if writer.endswith("xlsx"):
        # Texts only, all tables as one run: Calc lays the tables of one page on one grid of columns
        # (Tabel 3.1's three are merged pairs of its six). Tabel 3.1 and 3.2 run on across their blank
        # rows, and a caption over several rows from its "Tabel" line is read whole, its lines joined
        # (docs/documents.md): nothing may be missing.
        read = [
            x for grid, table in zip(grids, got) for x in [one_line(grid.caption, collapse=collapse), *texts(table)]
        ]
        lines = [one_line("\n".join(t.caption), collapse=collapse) for t in model]
        printed = [x for caption, table in zip(lines, want) for x in [caption, *texts(table)]]
        missing: list[str] = []
        k = 0
        for x in printed:
            if k < len(read) and read[k] == "":
                k += 1
            if k < len(read) and read[k] == x:
                k += 1
            else:
                missing.append(x)
        assert k == len(read), read[k:]
        assert missing == []
        return
    report = differences("tables", got, want)
    assert not report, "the grids differ from the HTML:\n" + "\n".join(report)
    captions = [one_line("\n".join(t.caption), collapse=collapse) for t in model]
    # Only Tabel 3.1's and 3.2's read like a caption ("Tabel ..."), their lines joined by w:br.
    assert [one_line(t.caption, collapse=collapse) for t in grids] == [
        c if c.startswith("Tabel") else "" for c in captions
    ]


@pytest.mark.parametrize("writer", WRITERS)
def test_every_table_of_the_file_is_read(writer: str, reports: dict[str, kinerja.DocumentReport]) -> None:
    report = reports[writer]
    assert all(t.reason == "" for t in report.found), found(report)
    assert len(report.found) == len(IDS), found(report)


@pytest.mark.parametrize(("writer", "table_id"), cases())
def test_the_table_has_the_caption_and_year_printed(
    writer: str, table_id: str, reports: dict[str, kinerja.DocumentReport], transcription: dict[str, Any]
) -> None:
    table = document_table(reports[writer], table_id)
    if table_id in PROGRAM_TABLES:
        # A program table's caption ("1) Program Pelayanan Administrasi Perkantoran") has no "Tabel N"
        # to make an id of: the id is made of where the table is (the transcription named them by
        # hand). In a Word document that line does not read like a caption, so there is no title; in
        # a sheet the row of one cell above a table is its caption, whatever it says.
        assert table.id == table.where.lower().replace(" ", "-").replace("'", "").replace(":", "-")
        assert table.title == ("" if writer.endswith("docx") else transcription[table_id].title)
    else:
        # A caption printed over three lines ("Tabel  3.2", "Anggaran dan ...", "Dinas ... Tahun
        # 2019") is one title, its blanks collapsed, as the transcription wrote it.
        assert table.title == transcription[table_id].title
    # The report's year, where the caption names another too (Tabel 3.1's "Tahun 2018").
    assert table.year == YEAR


@pytest.mark.parametrize(("writer", "table_id"), cases())
def test_the_table_read_is_the_transcription(
    writer: str, table_id: str, reports: dict[str, kinerja.DocumentReport], transcription: dict[str, Any]
) -> None:
    table = document_table(reports[writer], table_id)
    for c in table.columns:
        if c.name in LEFT_OUT[table_id]:
            assert c.role == kinerja.ColumnRole.other, (c.name, c.role)
    got = comparable(table, table_id, collapse=collapses(writer))
    want = comparable(transcription[table_id], table_id, collapse=collapses(writer))
    report = differences(table_id, got, want)
    assert not report, "the table read differs from the transcription:\n" + "\n".join(report)


def document_findings(report: kinerja.DocumentReport, table_id: str, *, collapse: bool) -> list[Key]:
    """What `kinerja check FILE` finds in the table (check_table on it, as the command does). The
    comparison with a plan (`--plan examples/data/lakip-2019.json`, the rows joined by their labels)
    is a sibling of this and of transcription_findings, compared the same way per (writer, table)."""
    return finding_keys(kinerja.check_table(document_table(report, table_id)), collapse=collapse)


def transcription_findings(table: kinerja.PrintedTable, *, collapse: bool) -> list[Key]:
    """What `kinerja check` finds in the transcription's table alone (no plan)."""
    return finding_keys(kinerja.check_table(table), collapse=collapse)


@pytest.mark.parametrize(("writer", "table_id"), cases())
def test_the_reviu_finds_what_it_finds_in_the_transcription(
    writer: str, table_id: str, reports: dict[str, kinerja.DocumentReport], transcription: dict[str, Any]
) -> None:
    collapse = collapses(writer)
    got = document_findings(reports[writer], table_id, collapse=collapse)
    want = transcription_findings(transcription[table_id], collapse=collapse)
    report = [f"only read: {k}" for k in got if k not in want]
    report += [f"only transcribed: {k}" for k in want if k not in got]
    assert not report, "the findings differ:\n" + "\n".join(report)
    assert got == want  # and as many times each


@pytest.fixture(scope="module")
def checked_with_plan(seed_path: Path) -> tuple[kinerja.Renstra, dict[str, list[Key]]]:
    """The plan, and what `kinerja check examples/data/lakip-2019.json` finds (errors and warnings)
    in each of the transcription's tables, held against that plan through their hand-written refs."""
    document = kinerja.read_document(seed_path)
    by_table: dict[str, list[kinerja.Finding]] = {table_id: [] for table_id in IDS}
    for f in kinerja.check(document):
        if f.table in by_table and f.severity != kinerja.Severity.note:
            by_table[f.table].append(f)
    return document.plan, {t: finding_keys(fs) for t, fs in by_table.items()}


@pytest.mark.parametrize(("writer", "table_id"), cases())
def test_with_the_plan_the_reviu_finds_what_it_finds_in_the_dataset(
    writer: str,
    table_id: str,
    reports: dict[str, kinerja.DocumentReport],
    checked_with_plan: tuple[kinerja.Renstra, dict[str, list[Key]]],
) -> None:
    # `kinerja check FILE --plan examples/data/lakip-2019.json`: the rows joined to the plan by their
    # labels (misspelt kegiatan by similarity, Tabel 3.2's keg-6-2 by elimination), then the plan's
    # checks (missing rows, figures against the dataset, links between tables) run as on the dataset,
    # whose refs were written by hand. The errors and warnings must be the same, message for message.
    # (The LibreOffice .docx collapses blanks in labels, which the comparison allows for.)
    plan, want_by_table = checked_with_plan
    report = reports[writer]
    joined = kinerja.join_to_plan(report.printed, plan)
    table = document_table(report, table_id).id
    collapse = collapses(writer)
    got = finding_keys(
        [f for f in kinerja.check(plan, joined.printed) if f.table == table and f.severity != kinerja.Severity.note],
        collapse=collapse,
    )
    want = [(k[0], k[1], blanks_collapsed(k[2]) if collapse else k[2], *k[3:]) for k in want_by_table[table_id]]
    want.sort()
    difference = [f"only read: {k}" for k in got if k not in want]
    difference += [f"only in the dataset: {k}" for k in want if k not in got]
    assert not difference, "the findings with the plan differ:\n" + "\n".join(difference)
    assert got == want


def test_the_transcription_findings_do_not_depend_on_refs(seed_path: Path) -> None:
    # A document has no refs; the transcription's rows carry them. check_table of one table does
    # not read them (they join a table to a plan, which it has none of): the same findings without.
    dataset = json.loads(seed_path.read_text(encoding="utf-8"))
    with_refs = {t.id: t for t in kinerja.read_document(seed_path).printed.tables}
    for t in dataset["printed_tables"]:
        for row in t["rows"]:
            row.pop("ref", None)
    without = {t.id: t for t in kinerja.parse_document(json.dumps(dataset), "no refs").printed.tables}
    every: list[Key] = []
    for table_id in IDS:
        assert any(r.ref for r in with_refs[table_id].rows) and all(r.ref == "" for r in without[table_id].rows)
        findings = transcription_findings(with_refs[table_id], collapse=False)
        assert transcription_findings(without[table_id], collapse=False) == findings, table_id
        every += findings
    assert len(every) > 20  # the tables have plenty to say (Tabel 3.2 alone a score of findings)
