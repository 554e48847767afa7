"""Hostile kinerja/1 datasets: nesting, devices, overflow, validation gaps and bytes after the end.
Each is refused (exit 2) with the file, the JSON path or line:column, and the reason. (Files are named
without an extension: "{NAME}" placeholders are str.format fields, where a dot would mean an attribute.)"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from hostile import Case, deep


def dataset(**changes: Any) -> str:
    """A small valid dataset with top-level keys replaced by `changes`."""
    doc: dict[str, Any] = {
        "format": "kinerja/1",
        "body": {"name": "Dinas Uji"},
        "period": {"from": 2021, "to": 2026},
        "nodes": [
            {"id": "v", "level": "visi", "name": "Visi"},
            {"id": "p", "level": "program", "name": "Program", "kind": "penunjang"},
            {"id": "k", "level": "kegiatan", "name": "Kegiatan", "parent": "p"},
        ],
        "budget": [line("1.000.000,00", "900.000,00")],
    }
    doc.update(changes)
    return json.dumps(doc, indent=2) + "\n"


def line(anggaran: str, realisasi: str, **extra: Any) -> dict[str, Any]:
    out = {"year": 2024, "class": "belanja_langsung", "node": "k", "anggaran": anggaran, "realisasi": realisasi}
    out.update(extra)
    return out


HEAD = '{"format": "kinerja/1", "body": {"name": "D"}, "period": {"from": 2021, "to": 2026}, "nodes": [],\n'
DEEP_ROWS = deep(
    HEAD + ' "tables": [{"id": "t", "year": 2024, "title": "T", "columns": [], "rows": [',
    '{"id": "r", "label": "x", "rows": [',
    "]}",
    20_000,
)


def deep_rows_then_close(path: Path) -> None:
    DEEP_ROWS(path)
    with open(path, "a", encoding="utf-8") as f:
        f.write("]}]}\n")


# The path of the row at which the depth limit (64) stops: the root, "tables", the table and "rows"
# take four levels, then each row two.
DEPTH_ERROR = r"nested deeper than 64 levels; the limit is 64 \(raise it with --max-depth or ReadLimits::max_depth\)"
DEEP_ROWS_ERROR = r"kinerja: \S*/deep:/tables/0/rows/0(/rows/0){30}: " + DEPTH_ERROR + "\n"

NINES = "9" * 36
VALID = dataset()

CASES = [
    Case(
        name="rows-nested-20000-check",
        row=1,
        files={"deep": deep_rows_then_close},
        args=["check", "{deep}"],
        rc=2,
        stderr=DEEP_ROWS_ERROR,
        timeout=30,
    ),
    Case(
        name="rows-nested-20000-report",
        row=1,
        files={"deep": deep_rows_then_close},
        args=["report", "{deep}"],
        rc=2,
        stderr=DEEP_ROWS_ERROR,
        timeout=30,
    ),
    Case(
        name="plain-arrays-nested-100000",
        row=1,
        files={"deep": deep(HEAD + ' "codes": ', "[", "]", 100_000)},
        args=["check", "{deep}"],
        rc=2,
        stderr=r"kinerja: \S*/deep:/codes(/0){63}: " + DEPTH_ERROR + "\n",
        timeout=30,
    ),
    Case(
        name="check-dev-zero",
        row=2,
        files={},
        args=["check", "/dev/zero"],
        rc=2,
        stderr=r"kinerja: /dev/zero:1:1: a NUL byte at byte 0",
        timeout=30,
    ),
    Case(
        name="report-dev-urandom",
        row=2,
        files={},
        args=["report", "/dev/urandom"],
        rc=2,
        stderr=r"kinerja: /dev/urandom:\d+:\d+: (invalid UTF-8|a NUL byte) at byte \d+",
        timeout=30,
    ),
    Case(
        name="anggaran-of-36-nines-twice",
        row=9,
        files={"big": dataset(budget=[line(NINES, "0"), line(NINES, "0")])},
        args=["check", "{big}"],
        rc=2,
        stderr=r"kinerja: \S*/big:/budget/1/anggaran: the anggaran of 2024 cannot be totalled: "
        r"rupiah amount must fit 38 digits of sen\n",
    ),
    Case(
        name="anggaran-of-40-nines",
        row=9,
        files={"big": dataset(budget=[line("9" * 40, "0")])},
        args=["report", "{big}"],
        rc=2,
        stderr=r"kinerja: \S*/big:/budget/0/anggaran: cannot read '9{40}' at offset 0: "
        r"more than 38 significant digits\n",
    ),
    Case(
        name="ratio-beyond-38-digits",
        row=9,
        files={
            "ratio": dataset(
                indicators=[
                    {
                        "id": "i",
                        "node": "k",
                        "name": "Rasio",
                        "satuan": "%",
                        "polarity": "higher_is_better",
                        "targets": {"2024": "50"},
                        "realisations": {"2024": {"numerator": "9" * 38, "denominator": "3"}},
                    }
                ]
            )
        },
        args=["check", "{ratio}"],
        rc=2,
        stderr=r"kinerja: \S*/ratio:/indicators/0/realisations/2024: cannot be computed: ",
    ),
    Case(
        name="period-from-0",
        row=10,
        files={"p": dataset(period={"from": 0, "to": 5})},
        args=["check", "{p}"],
        rc=2,
        stderr=r"kinerja: \S*/p:/period/from: a period year must be between 1900 and 2200\n",
    ),
    Case(
        name="period-from-99999",
        row=10,
        files={"p": dataset(period={"from": 99999, "to": 99999})},
        args=["report", "{p}"],
        rc=2,
        stderr=r"kinerja: \S*/p:/period/from: a period year must be between 1900 and 2200\n",
    ),
    Case(
        name="negative-anggaran",
        row=12,
        files={"n": dataset(budget=[line("-1.000.000,00", "0,00")])},
        args=["report", "{n}"],
        rc=2,
        stderr=r"kinerja: \S*/n:/budget/0/anggaran: anggaran must not be negative, not -1\.000\.000,00\n",
    ),
    Case(
        name="negative-realisasi",
        row=12,
        files={"n": dataset(budget=[line("1.000.000,00", "(976.400,00)")])},
        args=["check", "{n}"],
        rc=2,
        stderr=r"kinerja: \S*/n:/budget/0/realisasi: realisasi must not be negative, not -976\.400,00\n",
    ),
    Case(
        name="nul-and-garbage-after-the-dataset",
        row=14,
        files={"nul": VALID.encode("utf-8") + b"\x00garbage"},
        args=["check", "{nul}"],
        rc=2,
        stderr=r"kinerja: \S*/nul:\d+:\d+: a NUL byte at byte " + str(len(VALID.encode("utf-8"))) + r"\b",
    ),
    Case(
        name="unit-parents-in-a-cycle",
        row=15,
        files={
            "units": dataset(
                units=[
                    {"id": "a", "name": "A", "parent": "c"},
                    {"id": "b", "name": "B", "parent": "a"},
                    {"id": "c", "name": "C", "parent": "b"},
                ]
            )
        },
        args=["check", "{units}"],
        rc=2,
        stderr=r"kinerja: \S*/units:/units/0/parent: unit parents form a cycle through 'a'\n",
    ),
]


def _in_indonesian(name: str, stderr: str) -> Case:
    """Case `name` again in the default language: where as written, why from the catalogue."""
    (case,) = [c for c in CASES if c.name == name]
    return dataclasses.replace(case, name=name + "-id", stderr=stderr, lang="id")


CASES += [
    _in_indonesian("check-dev-zero", r"^kinerja: /dev/zero:1:1: byte NUL pada byte ke-0: ini bukan berkas teks\n$"),
    _in_indonesian(
        "unit-parents-in-a-cycle",
        r"^kinerja: \S*/units:/units/0/parent: induk unit membentuk siklus melalui 'a'\n$",
    ),
    Case(
        name="unknown-key-id",
        row=0,
        files={"extra": dataset(warna="merah")},
        args=["report", "{extra}"],
        rc=2,
        stderr=r"^kinerja: \S*/extra:/warna: kunci tidak dikenal\n$",
        lang="id",
    ),
]
