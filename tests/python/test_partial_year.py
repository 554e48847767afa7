"""Mid-year monitoring (issue 16, item 3): summaries over the kegiatan that have reported, the others
listed, and realisasi up to a triwulan for budgets and indicators. Expected figures by hand, checked
with Python's decimal (ROUND_HALF_UP)."""

import json
import warnings
from decimal import ROUND_HALF_UP, Decimal

import pytest

import kinerja

# 2025, half way: k1 has reported two quarters (sum rule), k2 nothing yet, k3 two quarters (last rule).
# Budget 2025 (belanja operasi): k1 and k2 by quarter, k3 only the total so far.
_PLAN = {
    "format": "kinerja/1",
    "body": {"name": "Dinas Contoh"},
    "period": {"from": 2021, "to": 2026},
    "nodes": [
        {"id": "p1", "level": "program", "name": "Program Satu", "kind": "penunjang"},
        {"id": "k1", "level": "kegiatan", "name": "Kegiatan Satu", "parent": "p1"},
        {"id": "k2", "level": "kegiatan", "name": "Kegiatan Dua", "parent": "p1"},
        {"id": "k3", "level": "kegiatan", "name": "Kegiatan Tiga", "parent": "p1"},
    ],
    "indicators": [
        {
            "id": "i1",
            "node": "k1",
            "name": "Dokumen",
            "satuan": "dokumen",
            "polarity": "higher_is_better",
            "targets": {"2025": "100"},
            "realisations": {"2025": {"triwulan": ["20", "25", None, None], "rollup": "sum"}},
        },
        {
            "id": "i2",
            "node": "k2",
            "name": "Orang",
            "satuan": "orang",
            "polarity": "higher_is_better",
            "targets": {"2025": "50"},
        },
        {
            "id": "i3",
            "node": "k3",
            "name": "Tingkat",
            "satuan": "%",
            "polarity": "higher_is_better",
            "targets": {"2025": "80"},
            "realisations": {"2025": {"triwulan": ["70", "75", None, None], "rollup": "last"}},
        },
    ],
    "budget": [
        {
            "year": 2025,
            "class": "operasi",
            "node": "k1",
            "anggaran": "1.000.000,00",
            "realisasi": "300.000,00",
            "triwulan": ["100.000,00", "200.000,00", "0,00", "0,00"],
        },
        {
            "year": 2025,
            "class": "operasi",
            "node": "k2",
            "anggaran": "2.000.000,00",
            "realisasi": "500.000,00",
            "triwulan": ["500.000,00", "0,00", "0,00", "0,00"],
        },
        {"year": 2025, "class": "operasi", "node": "k3", "anggaran": "3.000.000,00", "realisasi": "1.200.000,00"},
    ],
}


def _round(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@pytest.fixture
def plan() -> kinerja.Renstra:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a plan within its rules reads without a warning
        return kinerja.parse_renstra(json.dumps(_PLAN))


def test_summary_over_the_kegiatan_that_have_reported(plan: kinerja.Renstra) -> None:
    # Before issue 16 this raised DataError: indicator 'i2': no realisation for 2025.
    s = kinerja.capaian_summary(plan, "", 2025)
    assert s.not_reported == ["k2"]
    assert s.counted == ["k1", "k3"]
    assert s.undefined == [] and s.without_indicator == []
    k1 = Decimal(20 + 25) / 100 * 100  # sum of the quarters reported: 45 of 100
    k3 = Decimal(75) / 80 * 100  # the last quarter reported: 75 of 80 = 93.75
    assert s.simple_mean.points == _round((k1 + k3) / 2)  # 69.375 -> 69.38
    weighted = (k1 * 1_000_000 + k3 * 3_000_000) / (1_000_000 + 3_000_000)  # 81.5625 -> 81.56
    assert s.budget_weighted_mean.points == _round(weighted)
    assert s.budget_weighted_mean.points == Decimal("81.56")
    # A single kegiatan that has not reported has no capaian: still an error naming the indicator.
    with pytest.raises(kinerja.DataError, match="'i2'"):
        kinerja.kegiatan_capaian(plan, "k2", 2025)


def test_indicator_realisation_and_capaian_up_to_a_triwulan(plan: kinerja.Renstra) -> None:
    i1, i3 = plan.find_indicator("i1"), plan.find_indicator("i3")
    assert i1 is not None and i3 is not None
    r = kinerja.realisation(plan, i1, 2025, upto_triwulan=1)
    assert r is not None and r.value == Decimal("20")
    r = kinerja.realisation(plan, i3, 2025, upto_triwulan=4)
    assert r is not None and r.value == Decimal("75")
    assert kinerja.indicator_capaian(plan, i1, 2025, upto_triwulan=1).points == Decimal("20.00")
    assert kinerja.indicator_capaian(plan, i3, 2025, upto_triwulan=1).points == Decimal("87.50")  # 70 / 80
    i2 = plan.find_indicator("i2")
    assert i2 is not None
    assert kinerja.realisation(plan, i2, 2025, upto_triwulan=2) is None
    with pytest.raises(kinerja.DataError, match="no realisation up to triwulan 2 of 2025"):
        kinerja.indicator_capaian(plan, i2, 2025, upto_triwulan=2)
    with pytest.raises(kinerja.InvalidValueError, match="triwulan is 1 to 4"):
        kinerja.realisation(plan, i1, 2025, upto_triwulan=0)


def test_budget_up_to_a_triwulan(plan: kinerja.Renstra) -> None:
    q1 = kinerja.budget_of(plan, "k1", 2025, upto_triwulan=1)
    assert q1.anggaran == kinerja.Rupiah("1000000")
    assert q1.realisasi == kinerja.Rupiah("100000")
    assert q1.serapan().points == Decimal("10.00")
    both = kinerja.budget_of(plan, "k2", 2025, kinerja.SpendingClass.operasi, upto_triwulan=2)
    assert both.realisasi == kinerja.Rupiah("500000")
    assert (
        kinerja.budget_of(plan, "k1", 2025, upto_triwulan=4).realisasi == kinerja.budget_of(plan, "k1", 2025).realisasi
    )
    # k3 has no quarters: its realisasi so far is unknown, never Rp0.
    with pytest.raises(kinerja.DataError, match="'k3' in 2025 has no quarters") as e:
        kinerja.budget_of(plan, "p1", 2025, upto_triwulan=2)
    assert e.value.path == "/budget/2"
    with pytest.raises(kinerja.InvalidValueError):
        kinerja.budget_of(plan, "k1", 2025, upto_triwulan=5)
    # Without upto_triwulan nothing changed: the year's totals, k3 included.
    assert kinerja.budget_of(plan, "p1", 2025).realisasi == kinerja.Rupiah("2000000")
