"""kinerja check --plan: joining a table's rows to a plan by their labels must stay bounded whatever
the sizes (docs/documents.md, "Joining tables to a plan"): exact names by a hash, the fuzzy search
only among at most 500 candidates per row, 200.000 comparisons per join, the first 160 bytes of a
label.

The command runs in the case's folder, so file names are given relative to it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from hostile import Case


def plan_of(programs: int, kegiatan: int, name: Callable[[int, int], str]) -> Callable[[Path], None]:
    """A kinerja/1 dataset of `programs` programs with `kegiatan` kegiatan each, named by `name`."""

    def write(path: Path) -> None:
        nodes = []
        for p in range(programs):
            nodes.append({"id": f"p{p}", "level": "program", "name": f"Program nomor {p}", "kind": "utama"})
            for k in range(kegiatan):
                nodes.append({"id": f"p{p}-{k}", "level": "kegiatan", "name": name(p, k), "parent": f"p{p}"})
        doc = {
            "format": "kinerja/1",
            "body": {"name": "Dinas Uji"},
            "period": {"from": 2019, "to": 2023},
            "units": [],
            "nodes": nodes,
            "indicators": [],
            "budget": [],
        }
        path.write_text(json.dumps(doc), encoding="utf-8")

    return write


def csv_of(labels: Callable[[int], str], rows: int) -> Callable[[Path], None]:
    """A printed table of `rows` rows labelled by `labels`, each adding up on its own."""

    def write(path: Path) -> None:
        lines = ["Uraian;Anggaran;Realisasi;Sisa"]
        lines += [f"{labels(r)};1.000,00;900,00;100,00" for r in range(rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    return write


CASES = [
    # 10.000 kegiatan and a flat table of 5.000 rows one letter off their names: every row has more
    # than 500 candidates, so it is joined only by its exact name (none is) and says why.
    Case(
        name="join-large-plan-and-table",
        row=0,
        files={
            "plan.json": plan_of(100, 100, lambda p, k: f"Kegiatan pelayanan nomor {p * 100 + k}"),
            "big.csv": csv_of(lambda r: f"Kegiatan pelayanan nomr {r}", 5000),
        },
        args=["check", "big.csv", "--year", "2019", "--plan", "plan.json"],
        rc=0,
        stdout=(
            r"^note join\.unmatched: big \| Kegiatan pelayanan nomr 0\n"
            r"    tidak digabungkan: tidak ada nama yang sama dalam rencana, dan [0-9]+ calon terlalu banyak "
            r"untuk pencocokan mirip \(paling banyak 500\)\n"
        ),
    ),
    # Labels of 20.000 bytes against 200 names of 1.000 bytes alike in their first 160: the fuzzy search
    # reads 160 bytes of each, finds every name equally close, and joins none.
    Case(
        name="join-long-labels",
        row=0,
        files={
            "plan.json": plan_of(1, 200, lambda p, k: "Kegiatan " + "panjang " * 125 + str(k)),
            "long.csv": csv_of(lambda r: "Pelayanan " + "panjang " * 2500 + str(r), 50),
        },
        args=["check", "long.csv", "--year", "2019", "--plan", "plan.json"],
        rc=0,
        stdout=(
            r"^note join\.ambiguous: long \| Pelayanan (panjang )+0\n"
            r"    tidak digabungkan: 200 nama sama dekatnya \("
        ),
    ),
]
