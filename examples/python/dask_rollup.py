"""A national roll-up region by region on a Dask cluster, exact to the sen.

    python examples/python/dask_rollup.py [--regions 40] [--workers 2]

Each region's budget-system export (here the synthetic national ledger's CSV, split by kode_pemda)
is read and rolled up on a worker process; the partial totals come back pickled and are merged in a
tree. Merging is exact, associative and commutative, so the tree's shape and the order in which
parts finish do not matter: the result equals one process rolling up every line. Needs the [dask]
extra.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import kinerja


def split_by_region(csv_text: str) -> dict[str, str]:
    """The CSV's lines grouped by kode_pemda (the second field), each group with the header."""
    header, _, body = csv_text.partition("\n")
    parts: dict[str, list[str]] = {}
    for line in body.splitlines():
        parts.setdefault(line.split(";", 2)[1], []).append(line)
    return {region: "\n".join([header, *lines]) + "\n" for region, lines in parts.items()}


def rollup_part(csv_text: str, source: str) -> kinerja.LedgerTotals:
    """One region's export read strictly and rolled up (runs on a worker)."""
    return kinerja.Ledger.parse_csv(csv_text, source).rollup()


def merge_parts(parts: Sequence[kinerja.LedgerTotals]) -> kinerja.LedgerTotals:
    return kinerja.LedgerTotals.merge(list(parts))


def distributed_rollup(client: object, parts: dict[str, str], fan_in: int = 4) -> kinerja.LedgerTotals:
    """Rolls up every part on the cluster behind \\p client and merges them in a tree."""
    from distributed import Client

    assert isinstance(client, Client)
    futures = [client.submit(rollup_part, text, f"pemda-{region}.csv") for region, text in sorted(parts.items())]
    while len(futures) > 1:
        futures = [client.submit(merge_parts, futures[i : i + fan_in]) for i in range(0, len(futures), fan_in)]
    result = futures[0].result()
    assert isinstance(result, kinerja.LedgerTotals)
    return result


def main(argv: Sequence[str]) -> int:
    from distributed import Client, LocalCluster

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regions", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)

    ledger = kinerja.Ledger.generate(regions=args.regions)
    parts = split_by_region(ledger.to_csv())
    print(f"{len(ledger):,} lines in {len(parts)} regional exports")
    # distributed has no type hints.
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)  # type: ignore[no-untyped-call]
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        merged = distributed_rollup(client, parts)
    whole = ledger.rollup()
    for year in whole.years():
        anggaran, realisasi = merged.total("nation", year), merged.total("nation", year, measure="realisasi")
        print(f"{year}: anggaran {anggaran}, realisasi {realisasi}")
    print("equal to the single-process roll-up at every level:", merged == whole)
    return 0 if merged == whole else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
