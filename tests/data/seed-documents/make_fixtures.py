"""The seed's Bab III tables as documents: the six program tables, Tabel 3.1 and Tabel 3.2 of the 2019
LAKIP, rebuilt with their merged headers from the seed's cells, verbatim.

Two steps, one source each:

1. From the seed to seed-tables.html (run by hand, output committed and checked by eye):

       python3 make_fixtures.py /work/shared/seeds/000_5a372fda461ace05.txt

   reads the seed lines that examples/data/lakip-2019.md names for each table (LINES below). The seed
   is a Word extraction with one cell per line: a line starting with a tab opens a cell, a line
   without one is a further paragraph of the cell above. The cells fill the table's grid row by
   row, left to right; a position that a cell merged down from the row above covers is printed by
   the seed as an empty cell, which is consumed (and must be empty). The merges are given by hand
   (SPANS), as the original Word layout had them. Each cell keeps its paragraphs as printed (blanks
   inside and at the ends included) but for the empty ones after its last text: the seed ends a row
   with an empty line too, so those cannot be told apart.

2. From seed-tables.html to a .docx written by python-docx (write_docx; the test calls it, writing
   into its temporary folder, so no binary is committed). LibreOffice converts the same HTML to
   .docx and .xlsx in the test: a second writer's dialect of the same tables.

Nothing here comes from kinerja's output.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
HTML_NAME = "seed-tables.html"

# Each table: its id in examples/data/lakip-2019.json, the seed lines of its caption, and the first
# and last seed line of its cells (1-based, inclusive; the provenance's ranges, caption apart).
LINES: list[tuple[str, tuple[int, int], tuple[int, int]]] = [
    ("bab3-program-1", (3608, 3608), (3609, 3630)),
    ("bab3-program-2", (3634, 3634), (3635, 3670)),
    ("bab3-program-3", (3674, 3674), (3675, 3741)),
    ("bab3-program-4", (3745, 3745), (3746, 3795)),
    ("bab3-program-5", (3802, 3802), (3803, 3851)),
    ("bab3-program-6", (3856, 3856), (3857, 3898)),
    ("tabel-3-1", (3915, 3917), (3919, 4053)),
    ("tabel-3-2", (4075, 4077), (4079, 4360)),
]

# The width of each table's grid.
WIDTH = {"tabel-3-1": 3, "tabel-3-2": 6}  # the program tables: 6 (No, Kegiatan, 3 figures, Keterangan)

# Merged cells, by the cell's first line of text: (rows, columns) it spans. Tabel 3.2 prints "No."
# and "Program ... Kegiatan" (over lines of their own) over both header rows (the second row's first
# two cells are empty: the positions they cover) and "Alokasi biaya" over the four figure columns
# (its row has three cells). Tabel 3.1 prints its mean row's label over No. and PROGRAM / KEGIATAN
# (its row has two cells); the row of three empty cells under its headings is taken for the blank
# row it prints between its programs too: HTML has no row that merges cover whole (LibreOffice lays
# such a row out wrong).
SPANS = {
    "tabel-3-1": {"RATA – RATA": (1, 2)},
    "tabel-3-2": {"No.": (2, 1), "\tProgram": (2, 1), "Alokasi biaya": (1, 4)},
}

# Bold, which a text extraction cannot show, where tests/table_layout_test.cpp assumes it for Tabel 3.2
# (and docs/table-layout.md reads it so): the label of each numbered row (I., II., 1. to 6.: the
# spending classes and the programs) and of the total. Without it "BELANJA PEGAWAI", unnumbered in
# capitals, reads as a second class beside "I. BELANJA TIDAK LANGSUNG", not as its one line.
BOLD_LABELS = {"tabel-3-2": 1}  # the label's column

# The rows of each table that are its header (printed as <th>).
HEADER_ROWS = {"tabel-3-2": 2}  # the others: 1


@dataclass
class Cell:
    paragraphs: list[str]
    rows: int = 1
    columns: int = 1
    bold: bool = False


@dataclass
class Table:
    id: str
    caption: list[str]  # its lines
    header_rows: int
    # Each row: the cells that start in it, left to right (covered positions are not listed).
    rows: list[list[Cell]] = field(default_factory=list)


def seed_cells(lines: list[str]) -> list[list[str]]:
    """The cells of the seed lines, each a list of paragraphs (trailing empty ones dropped)."""
    cells: list[list[str]] = []
    for line in lines:
        if line.startswith("\t"):
            cells.append([line[1:]])
        elif cells:
            cells[-1].append(line)
        elif line.strip():
            raise ValueError(f"text before the first cell: {line!r}")
    for c in cells:
        while len(c) > 1 and c[-1] == "":
            c.pop()
    return cells


def first_text(paragraphs: list[str]) -> str:
    return next((p for p in paragraphs if p.strip()), "")


def grid_rows(table_id: str, cells: list[list[str]], width: int) -> list[list[Cell]]:
    """Lays the seed's cells on the grid: see the module's docstring."""
    spans = SPANS.get(table_id, {})
    rows: list[list[Cell]] = []
    below: dict[int, int] = {}  # column -> rows still covered by a cell merged down from above
    it = iter(cells)
    pending = next(it, None)
    while pending is not None:
        row: list[Cell] = []
        col = 0
        while col < width:
            if below.get(col, 0) > 0:
                if pending is None or first_text(pending) != "":
                    raise ValueError(f"{table_id}: row {len(rows) + 1}: a covered position prints {pending!r}")
                below[col] -= 1
                pending = next(it, None)
                col += 1
                continue
            if pending is None:
                raise ValueError(f"{table_id}: row {len(rows) + 1} ends after {col} of {width} columns")
            n_rows, n_cols = spans.get(first_text(pending), (1, 1))
            row.append(Cell(pending, n_rows, n_cols))
            for k in range(col, col + n_cols):
                below[k] = n_rows - 1
            col += n_cols
            pending = next(it, None)
        rows.append(row)
    if any(below.values()):
        raise ValueError(f"{table_id}: a merge runs past the last row")
    return rows


def tables_from_seed(seed: Path) -> list[Table]:
    lines = seed.read_text(encoding="utf-8").split("\n")
    tables = []
    for table_id, (c0, c1), (t0, t1) in LINES:
        caption = lines[c0 - 1 : c1]
        rows = grid_rows(table_id, seed_cells(lines[t0 - 1 : t1]), WIDTH.get(table_id, 6))
        if table_id in BOLD_LABELS:
            for row in rows[HEADER_ROWS.get(table_id, 1) :]:
                numbered = len(row) > 1 and first_text(row[0].paragraphs) != ""
                if numbered or first_text(row[1].paragraphs).strip() == "J U M L A H":
                    row[BOLD_LABELS[table_id]].bold = True
        tables.append(Table(table_id, caption, HEADER_ROWS.get(table_id, 1), rows))
    return tables


# LibreOffice's own mark of a cell formatted as text (number format "@", as its HTML export writes
# it), which Calc's HTML import honours: without it Calc reads the figures by its en-US locale, "480.000"
# as the number 480 and "1." as 1. Writer ignores it.
TEXT_CELL = ' sdnum="1033;0;@"'


def write_html(tables: list[Table], path: Path) -> None:
    """One HTML file: a caption paragraph (its lines split by <br>) and a table for each, its header
    rows in <thead> as <th>; a cell's paragraphs are <p> elements (<b> inside when bold); merges are
    rowspan and colspan."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="id">',
        '<head><meta charset="utf-8"><title>LAKIP 2019 Dinas Sosial Kabupaten Lumajang: Bab III tables</title></head>',
        "<body>",
        "<!-- Written by make_fixtures.py from the seed's cells, verbatim; do not edit by hand. -->",
    ]
    for t in tables:
        out.append(f'<p data-id="{t.id}">' + "<br>".join(html.escape(x, quote=False) for x in t.caption) + "</p>")
        out.append('<table border="1">')
        for r, row in enumerate(t.rows):
            if r == 0:
                out.append("<thead>")
            if r == t.header_rows:
                out.append("</thead>")
            tag = "th" if r < t.header_rows else "td"
            cells = []
            for c in row:
                attrs = (f' rowspan="{c.rows}"' if c.rows > 1 else "") + (
                    f' colspan="{c.columns}"' if c.columns > 1 else ""
                )
                attrs += TEXT_CELL
                body = "".join(
                    f"<p><b>{html.escape(p, quote=False)}</b></p>"
                    if c.bold and p
                    else f"<p>{html.escape(p, quote=False)}</p>"
                    for p in c.paragraphs
                )
                cells.append(f"<{tag}{attrs}>{body}</{tag}>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        # A blank line after each table, as the seed prints: in a sheet, the blank row that ends a table.
        out.append("</table>\n<p><br></p>")
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


class _Reader(HTMLParser):
    """Reads back the HTML write_html writes (and only that)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self.caption: list[str] | None = None
        self.caption_id = ""
        self.cell: Cell | None = None
        self.in_p = False
        self.in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "p" and self.cell is None:
            self.caption, self.caption_id = [""], a.get("data-id") or ""
        elif tag == "br" and self.caption is not None:
            self.caption.append("")
        elif tag == "table":
            assert self.caption is not None, "a table without a caption paragraph"
            self.tables.append(Table(self.caption_id, self.caption, 0))
            self.caption = None
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.tables[-1].rows.append([])
            self.tables[-1].header_rows += self.in_head
        elif tag in ("td", "th"):
            self.cell = Cell([], int(a.get("rowspan") or 1), int(a.get("colspan") or 1))
        elif tag == "p" and self.cell is not None:
            self.cell.paragraphs.append("")
            self.in_p = True
        elif tag == "b" and self.cell is not None:
            self.cell.bold = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1].rows[-1].append(self.cell)
            self.cell = None
        elif tag == "p":
            self.in_p = False
        elif tag == "thead":
            self.in_head = False

    def handle_data(self, data: str) -> None:
        if self.cell is not None and self.in_p:
            self.cell.paragraphs[-1] += data
        elif self.caption is not None and self.cell is None and data.strip("\n"):
            self.caption[-1] += data


def read_html(path: Path) -> list[Table]:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader.tables


def write_docx(tables: list[Table], path: Path) -> None:
    """The tables as python-docx writes them: the caption one paragraph with line breaks, then the
    table (merges by Cell.merge: gridSpan and vMerge), each paragraph of a cell a paragraph."""
    import docx  # python-docx, from the test extras

    document = docx.Document()
    for t in tables:
        caption = document.add_paragraph()
        for k, line in enumerate(t.caption):
            run = caption.add_run(line)
            if k + 1 < len(t.caption):
                run.add_break()
        width = sum(c.columns for c in t.rows[0])
        table = document.add_table(rows=len(t.rows), cols=width)
        table.style = "Table Grid"
        taken: set[tuple[int, int]] = set()
        for r, row in enumerate(t.rows):
            col = 0
            for c in row:
                while (r, col) in taken:
                    col += 1
                for dr in range(c.rows):
                    for dc in range(c.columns):
                        taken.add((r + dr, col + dc))
                cell = table.cell(r, col)
                if c.rows > 1 or c.columns > 1:
                    cell = cell.merge(table.cell(r + c.rows - 1, col + c.columns - 1))
                for k, text in enumerate(c.paragraphs):
                    paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    if text:
                        paragraph.add_run(text).bold = c.bold or None
                col += c.columns
        document.add_paragraph("")
    document.save(str(path))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    write_html(tables_from_seed(Path(argv[1])), HERE / HTML_NAME)
    # The file read back gives the same tables: what the test builds its .docx from is what the seed gave.
    if read_html(HERE / HTML_NAME) != tables_from_seed(Path(argv[1])):
        print("seed-tables.html does not read back as written", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
