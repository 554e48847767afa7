"""Partial roll-ups merge exactly: per-region partitions rolled up on a Dask LocalCluster of two
worker processes give the single-process totals to the sen. The oracle re-adds the CSV text with
Python's decimal, independently of kinerja's reader and roll-up."""

import random
from collections import defaultdict
from decimal import Decimal
from types import ModuleType

import pytest

import kinerja


def ledger() -> kinerja.Ledger:
    # 45 regions: the 38 provinces' governments and 7 regencies or cities; two years.
    return kinerja.Ledger.generate(regions=45, bodies=3, programs=3, kegiatan=2, sub_kegiatan=2, years=[2023, 2024])


def oracle(csv_text: str) -> dict[tuple[str, int, str], tuple[Decimal, Decimal]]:
    """(level, year, key) -> sums, by plain text handling and Decimal."""

    def amount(text: str) -> Decimal:
        return Decimal(text.replace(".", "").replace(",", "."))

    sums: dict[tuple[str, int, str], list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for line in csv_text.splitlines()[1:]:
        fields = line.split(";")
        year, region, anggaran, realisasi = int(fields[0]), fields[1], amount(fields[-2]), amount(fields[-1])
        for key in (("nation", year, ""), ("province", year, region.split(".")[0]), ("region", year, region)):
            sums[key][0] += anggaran
            sums[key][1] += realisasi
    return {k: (v[0], v[1]) for k, v in sums.items()}


def test_merge_is_exact_associative_and_commutative(dask_rollup: ModuleType) -> None:
    whole = ledger()
    parts = [
        kinerja.Ledger.parse_csv(text, r).rollup() for r, text in dask_rollup.split_by_region(whole.to_csv()).items()
    ]
    assert len(parts) == 45
    expected = whole.rollup()
    rng = random.Random(7)
    for _ in range(5):
        shuffled = parts[:]
        rng.shuffle(shuffled)
        cut = rng.randrange(1, len(shuffled))
        left = kinerja.LedgerTotals.merge(shuffled[:cut])
        right = kinerja.LedgerTotals.merge(shuffled[cut:])
        assert kinerja.LedgerTotals.merge([right, left]) == expected


def test_dask_local_cluster_matches_single_process_to_the_sen(dask_rollup: ModuleType) -> None:
    distributed = pytest.importorskip("distributed")
    whole = ledger()
    text = whole.to_csv()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            merged = dask_rollup.distributed_rollup(client, dask_rollup.split_by_region(text), fan_in=3)
    assert merged == whole.rollup()
    want = oracle(text)
    for (level, year, key), (anggaran, realisasi) in want.items():
        group = merged.find(level, year, region=key)
        assert group is not None, (level, year, key)
        assert (group.anggaran.to_decimal(), group.realisasi.to_decimal()) == (anggaran, realisasi)
    assert merged.size("region") == len([k for k in want if k[0] == "region"]) == 90
