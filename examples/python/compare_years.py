"""An indicator over the Renstra's years: change, progress to the end target, exact trend.

    python examples/python/compare_years.py [DATASET] [INDICATOR ...]

Without arguments: the seed dataset's sasaran indicators.
"""

from __future__ import annotations

import sys
from pathlib import Path

import kinerja

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE.parent / "data" / "lakip-2019.json"
    plan = kinerja.read_renstra(path)
    sasaran = set(plan.descendants("", kinerja.Level.sasaran))
    ids = argv[2:] or [i.id for i in plan.indicators if i.node in sasaran]
    for indicator in ids:
        s = kinerja.compare_years(plan, indicator)
        print(f"{s.name} ({s.indicator})")
        for p in s.points:
            real = kinerja.format_number(p.realisation.value) if p.realisation and p.realisation.value else "-"
            change = "" if p.change is None else f"  perubahan {kinerja.format_number(p.change)}"
            progress = "" if p.progress is None else f"  progres {p.progress.format()} %"
            print(f"  {p.year}: realisasi {real}{change}{progress}")
        if s.trend is not None:
            verdict = {True: "tercapai", False: "tidak tercapai", None: "-"}[s.will_meet]
            if s.projection_outside:  # the line leaves the values the satuan allows: it cannot decide
                verdict = "tidak dapat ditentukan (proyeksi di luar rentang)"
            print(
                f"  tren {kinerja.format_number(s.trend.slope)} per tahun, proyeksi {s.trend.at_year}: "
                f"{kinerja.format_number(s.trend.projection)} -> target akhir {verdict}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
