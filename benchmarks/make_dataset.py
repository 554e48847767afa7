"""Writes a large kinerja/1 dataset: the load benchmark's input (benchmarks/dataset_bench.cpp).

    python benchmarks/make_dataset.py LINES OUT.json [--seed 1]

A plan of 50 programs x 20 kegiatan over 2020-2024 and LINES budget lines spread over the kegiatan
and the years in a shuffled order (fixed seed), written the way `kinerja` writes a dataset (two-space
indent, amounts as Indonesian number text): 1.5 M lines make about 220 MB.
"""

from __future__ import annotations

import argparse
import random


def rupiah(sen: int) -> str:
    whole, cents = divmod(sen, 100)
    return f"{whole:,}".replace(",", ".") + f",{cents:02d}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lines", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    kegiatan = [f"keg-{p}-{k}" for p in range(1, 51) for k in range(1, 21)]
    with open(args.out, "w", encoding="utf-8") as out:
        out.write('{\n  "format": "kinerja/1",\n  "body": {\n    "name": "Dinas Uji Beban"\n  },\n')
        out.write('  "period": {\n    "from": 2020,\n    "to": 2024\n  },\n  "nodes": [\n')
        nodes = ['    {\n      "id": "visi",\n      "level": "visi",\n      "name": "Visi"\n    }']
        for level, parent in (("misi", "visi"), ("tujuan", "misi"), ("sasaran", "tujuan")):
            nodes.append(
                f'    {{\n      "id": "{level}",\n      "level": "{level}",\n'
                f'      "name": "{level.capitalize()}",\n      "parent": "{parent}"\n    }}'
            )
        for p in range(1, 51):
            nodes.append(
                f'    {{\n      "id": "prog-{p}",\n      "level": "program",\n      "kind": "utama",\n'
                f'      "name": "Program {p}",\n      "parent": "sasaran"\n    }}'
            )
            for k in range(1, 21):
                nodes.append(
                    f'    {{\n      "id": "keg-{p}-{k}",\n      "level": "kegiatan",\n'
                    f'      "name": "Kegiatan {p}.{k}",\n      "parent": "prog-{p}"\n    }}'
                )
        out.write(",\n".join(nodes) + '\n  ],\n  "budget": [\n')
        for i in range(args.lines):
            anggaran = rng.randrange(1_000_000_00, 5_000_000_000_00)
            realisasi = rng.randrange(0, anggaran + 1)
            out.write(
                f'    {{\n      "year": {rng.randrange(2020, 2025)},\n      "class": "belanja_langsung",\n'
                f'      "node": "{rng.choice(kegiatan)}",\n      "anggaran": "{rupiah(anggaran)}",\n'
                f'      "realisasi": "{rupiah(realisasi)}"\n    }}'
            )
            out.write(",\n" if i + 1 < args.lines else "\n")
        out.write("  ]\n}\n")


if __name__ == "__main__":
    main()
