"""Hostile printed tables given to `kinerja check` as CSV (named relative to the case folder, the
command's working directory): a duplicate column, a header without rows,
text that is not UTF-8 or holds a NUL, and figures the reviu cannot compute (issue 12, rows 9, 13,
17 and 19). Positions are counted by hand in the comments."""

import json
from pathlib import Path

from hostile import Case

NINES = "9" * 36
SEED = Path(__file__).resolve().parents[2] / "examples" / "data" / "lakip-2019.json"


def seed_with_nines(path: Path) -> None:
    """The seed dataset with the anggaran of both top rows of tabel-3-2 printed as 36 nines: the
    J U M L A H row that closes them cannot be added within 38 digits of sen."""
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    table = next(t for t in doc["printed_tables"] if t["id"] == "tabel-3-2")
    for row in table["rows"]:
        if row["label"] in ("BELANJA TIDAK LANGSUNG", "BELANJA LANGSUNG"):
            row["cells"][0] = NINES
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


CASES = [
    # Row 9: two anggaran of 36 nines add up beyond 38 digits of sen; the cell is a finding naming
    # table, row and column, and the realisasi total (3, but 1 + 1 = 2) is still checked; a note says
    # the table's arithmetic is checked rule by rule (the localization cannot take it in).
    Case(
        name="sum-beyond-38-digits",
        row=9,
        files={"nines.csv": f"uraian;anggaran;realisasi\nA;{NINES};1\nB;{NINES};1\nJumlah;1;3\n"},
        args=["check", "--lang", "en", "nines.csv"],
        rc=1,
        stdout=(
            r"error cell\.uncomputable: nines \| Jumlah \| anggaran\n"
            r"    printed '1': cannot compute the sum of the 2 rows it closes: .*38 digits.*\n"
            r"(.|\n)*error total\.sum: nines \| Jumlah \| realisasi\n(.|\n)*note locate\.skipped: nines\n"
            r"(.|\n)*2 errors, 0 warnings, 1 note\n$"
        ),
    ),
    # Row 9 in a dataset's reviu: the uncomputable total is one finding, and the tables after it
    # (lampiran-pmks is the last) are still checked.
    Case(
        name="dataset-reviu-sum-beyond-38-digits",
        row=9,
        files={"nines.json": seed_with_nines},
        args=["check", "--lang", "en", "nines.json"],
        rc=1,
        stdout=(
            r"error cell\.uncomputable: tabel-3-2 \| J U M L A H \| anggaran\n"
            r"    printed '7\.140\.440\.452,00': cannot compute the sum of the 2 rows it closes: .*\n"
            r"(.|\n)*: lampiran-pmks \|(.|\n)*\d+ errors, \d+ warnings, \d+ notes\n$"
        ),
    ),
    # Row 9: 99999999999999999999 / 0,000000000000000001 x 100 has 40 digits; row B (72 / 80 = 90,00,
    # printed 91) is still checked. The JSON output is whole.
    Case(
        name="ratio-beyond-38-digits-json",
        row=9,
        files={
            "ratio.csv": "uraian;target;realisasi;capaian\nA;0,000000000000000001;99999999999999999999;1\nB;80;72;91\n"
        },
        args=["check", "--format", "json", "ratio.csv"],
        rc=1,
        stdout=(
            r'"rule": "cell\.uncomputable",\n    "severity": "error",\n    "table": "ratio",\n'
            r'    "row": "A",\n    "column": "capaian",(.|\n)*"rule": "row\.capaian",(.|\n)*"row": "B",'
            r'(.|\n)*"expected": "90,00",(.|\n)*\]\n$'
        ),
    ),
    # Row 13: "uraian;" 7, "anggaran;" 9, "realisasi;" 10: the second anggaran starts at column 27.
    Case(
        name="duplicate-column",
        row=13,
        files={"dup.csv": "uraian;anggaran;realisasi;anggaran\nA;1;2;3\n"},
        args=["check", "dup.csv"],
        rc=2,
        stderr=(
            r"^kinerja: .*dup\.csv:1:27: a second anggaran column: fields 2 \('anggaran', 1:8\) and "
            r"4 \('anggaran', 1:27\) both name it; keep one\n$"
        ),
        stdout=r"^$",
    ),
    Case(
        name="two-percent-columns",
        row=13,
        files={"pct.csv": "uraian;anggaran;realisasi;%;%\nA;100;50;50;50\n"},
        args=["check", "pct.csv"],
        rc=2,
        stderr=r"^kinerja: .*pct\.csv:1:29: a second persen column: fields 4 \('%', 1:27\) and 5 \('%', 1:29\)",
        stdout=r"^$",
    ),
    Case(
        name="two-spellings-of-one-column",
        row=13,
        files={"pagu.csv": "Uraian,Pagu,Realisasi,Anggaran\nA,1,2,3\n"},
        args=["check", "pagu.csv"],
        rc=2,
        stderr=(
            r"^kinerja: .*pagu\.csv:1:23: a second anggaran column: "
            r"fields 2 \('Pagu', 1:8\) and 4 \('Anggaran', 1:23\)"
        ),
    ),
    # Row 17: a header and nothing under it is no clean table.
    Case(
        name="header-only",
        row=17,
        files={"empty.csv": "uraian;anggaran;realisasi;%\r\n"},
        args=["check", "empty.csv"],
        rc=2,
        stderr=r"^kinerja: .*empty\.csv: no rows: the table has a header and nothing under it\n$",
        stdout=r"^$",
    ),
    # Row 19: "uraian;anggaran;realisasi\n" is 26 bytes, "Caf" 3 more: the Latin-1 byte is byte 29,
    # line 2 column 4. Refused at reading in text mode and in JSON mode alike (no half output).
    Case(
        name="latin1",
        row=19,
        files={"latin.csv": b"uraian;anggaran;realisasi\nCaf\xe9;1;1\n"},
        args=["check", "latin.csv"],
        rc=2,
        stderr=r"^kinerja: .*latin\.csv:2:4: invalid UTF-8 at byte 29: the text must be UTF-8",
        stdout=r"^$",
    ),
    Case(
        name="latin1-json",
        row=19,
        files={"latin.csv": b"uraian;anggaran;realisasi\nCaf\xe9;1;1\n"},
        args=["check", "--format", "json", "latin.csv"],
        rc=2,
        stderr=r"^kinerja: .*latin\.csv:2:4: invalid UTF-8 at byte 29: the text must be UTF-8",
        stdout=r"^$",
    ),
    # A NUL after "A" on line 2: byte 27, column 2; nothing after it is silently dropped.
    Case(
        name="nul",
        row=19,
        files={"nul.csv": b"uraian;anggaran;realisasi\nA\x00;1;1\nB;2;2\n"},
        args=["check", "nul.csv"],
        rc=2,
        stderr=r"^kinerja: .*nul\.csv:2:2: a NUL byte at byte 27: this is not a text file\n$",
        stdout=r"^$",
    ),
]
