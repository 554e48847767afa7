"""Hostile LKE worksheets to kinerja lke: files that are not what their extension says, nesting,
devices, bytes that are not text, cells past the limits, and answers written to break the outputs.
Each is refused (exit 2) naming the file and the line:column, cell or JSON path, or written escaped."""

from __future__ import annotations

from pathlib import Path

from hostile import Case, deep

HEAD = "komponen;sub_komponen;no;kriteria;skala;jawaban\n"
PARTS = [
    (c, p)
    for c in ("perencanaan", "pengukuran", "pelaporan", "evaluasi")
    for p in ("pemenuhan", "kualitas", "implementasi")
]


def sheet(first_id: str = "1", first_answer: str = "B") -> str:
    """Twelve criteria, one per sub-component, every answer B (a total of 75): the first as given."""
    rows = [f"{c};{p};{n};kriteria {n};A-E;B" for n, (c, p) in enumerate(PARTS, 1)]
    rows[0] = f"perencanaan;pemenuhan;{first_id};kriteria 1;A-E;{first_answer}"
    return HEAD + "\n".join(rows) + "\n"


def page_escaped(folder: Path) -> str | None:
    """None when the page shows the criterion's markup as text, never as a tag."""
    page = (folder / "page.html").read_text(encoding="utf-8")
    if "<script" not in page and "&lt;script&gt;x&lt;/script&gt;" in page:
        return None
    return "a criterion's <script> reached the page unescaped"


DEPTH_ERROR = r"nested deeper than 64 levels; the limit is 64 \(raise it with --max-depth or ReadLimits::max_depth\)"

CASES = [
    Case(
        name="lke-valid",
        row=0,
        files={"w.csv": sheet()},
        args=["lke", "{w.csv}"],
        rc=0,
        stdout=r"Nilai 75,00, predikat BB\.",
    ),
    Case(
        name="lke-json-arrays-nested-100000",
        row=0,
        files={"deep.json": deep('{"format": "kinerja-lke/1", "criteria": ', "[", "]", 100_000)},
        args=["lke", "{deep.json}"],
        rc=2,
        stderr=r"kinerja: \S*/deep\.json:/criteria(/0){63}: " + DEPTH_ERROR + "\n",
        timeout=30,
    ),
    Case(
        name="lke-dev-zero",
        row=0,
        files={},
        args=["lke", "/dev/zero"],
        rc=2,
        stderr=r"kinerja: /dev/zero: an LKE worksheet is \.csv, \.json or \.xlsx, not ''",
    ),
    Case(
        name="lke-csv-nul",
        row=0,
        files={"w.csv": sheet().encode() + b"\x00garbage\n"},
        args=["lke", "{w.csv}"],
        rc=2,
        stderr=r"kinerja: \S*/w\.csv:14:1: a NUL byte at byte \d+",
    ),
    Case(
        name="lke-csv-latin1",
        row=0,
        files={"w.csv": sheet().replace("kriteria 1", "kriteria \xe9").encode("latin-1")},
        args=["lke", "{w.csv}"],
        rc=2,
        stderr=r"kinerja: \S*/w\.csv:2:\d+: invalid UTF-8",
    ),
    Case(
        name="lke-csv-cell-past-the-limit",
        row=0,
        files={"w.csv": sheet().replace("kriteria 1", "k" * 5000)},
        args=["lke", "{w.csv}", "--max-cell-bytes", "1000"],
        rc=2,
        stderr=r"kinerja: \S*/w\.csv:2:\d+: .*--max-cell-bytes",
    ),
    Case(
        name="lke-xlsx-not-a-zip",
        row=0,
        files={"w.xlsx": sheet()},
        args=["lke", "{w.xlsx}"],
        rc=2,
        stderr=r"kinerja: \S*/w\.xlsx: .*(ZIP|zip)",
    ),
    Case(
        name="lke-scale-value-not-a-number",
        row=0,
        files={"w.csv": sheet().replace("kriteria 1;A-E;B", 'kriteria 1;"Ya=1; Tidak=1e400";Ya')},
        args=["lke", "{w.csv}"],
        rc=2,
        stderr=r"kinerja: \S*/w\.csv:2:\d+: scale item 'Tidak=1e400': '1e400' is not a number",
    ),
    Case(
        name="lke-answer-breaks-csv",
        row=0,
        # An unanswered criterion whose number is a formula and markup: the findings print it.
        files={"w.csv": sheet(first_id="=1+1<script>x</script>", first_answer="")},
        args=["lke", "{w.csv}", "--format", "csv"],
        rc=0,
        stdout=r';"\'=1\+1<script>x</script>";',
    ),
    Case(
        name="lke-answer-breaks-html",
        row=0,
        files={"w.csv": sheet(first_id="=1+1<script>x</script>", first_answer="")},
        args=["lke", "{w.csv}", "--format", "html"],
        rc=0,
        stdout_to="page.html",
        writes=("page.html",),
        check=page_escaped,
    ),
    Case(
        name="lke-output-is-the-input",
        row=0,
        files={"w.csv": sheet()},
        args=["lke", "{w.csv}", "-o", "{w.csv}"],
        rc=2,
        stderr=r"is also an input; write the output to another file",
    ),
]
