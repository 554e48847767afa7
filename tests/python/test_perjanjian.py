"""Perjanjian Kinerja from Python: the PKs read from a dataset, their findings, the capaian per unit and
the frame. Every expected figure is worked out by hand in the comments (Python's decimal, ROUND_HALF_UP).
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

import kinerja
from kinerja import perjanjian

# kadis > bidang > seksi; sasaran s (no unit) > program p (the bidang's) > kegiatan k (the seksi's).
# iku on s: 2024 target 80, realised 84. ik on k: target 100, realised by quarters 20 + 30 + 25 + 15 = 90.
_DATASET: dict[str, Any] = {
    "format": "kinerja/1",
    "body": {"name": "Dinas Contoh"},
    "period": {"from": 2021, "to": 2026},
    "units": [
        {"id": "kadis", "name": "Kepala Dinas"},
        {"id": "bidang", "name": "Bidang Satu", "parent": "kadis"},
        {"id": "seksi", "name": "Seksi Satu", "parent": "bidang"},
    ],
    "nodes": [
        {"id": "v", "level": "visi", "name": "Visi"},
        {"id": "m", "level": "misi", "name": "Misi", "parent": "v"},
        {"id": "t", "level": "tujuan", "name": "Tujuan", "parent": "m"},
        {"id": "s", "level": "sasaran", "name": "Sasaran", "parent": "t"},
        {"id": "p", "level": "program", "name": "Program", "parent": "s", "unit": "bidang", "kind": "utama"},
        {"id": "k", "level": "kegiatan", "name": "Kegiatan", "parent": "p", "unit": "seksi"},
    ],
    "indicators": [
        {
            "id": "iku",
            "node": "s",
            "name": "Indikator sasaran",
            "satuan": "%",
            "polarity": "higher_is_better",
            "targets": {"2024": "80"},
            "realisations": {"2024": "84"},
        },
        {
            "id": "ik",
            "node": "k",
            "name": "Indikator kegiatan",
            "satuan": "%",
            "polarity": "higher_is_better",
            "targets": {"2024": "100"},
            "realisations": {"2024": {"triwulan": ["20", "30", "25", "15"], "rollup": "sum"}},
        },
    ],
    "perjanjian": [
        {"unit": "kadis", "eselon": "kepala", "year": 2024, "items": [{"indicator": "iku", "target": "80"}]},
        {
            "unit": "bidang",
            "eselon": "eselon_iii",
            "year": 2024,
            "indicators": [
                {
                    "id": "prog",
                    "node": "p",
                    "name": "Indikator program",
                    "satuan": "dokumen",
                    "polarity": "higher_is_better",
                }
            ],
            "items": [
                {"indicator": "prog", "target": "10", "realisasi": ["2", "3", None, None]},
                {"indicator": "ik", "target": "100"},
            ],
        },
        {
            "unit": "seksi",
            "eselon": "eselon_iv",
            "year": 2024,
            "indicators": [
                {"id": "out", "node": "k", "name": "Keluaran", "satuan": "laporan", "polarity": "higher_is_better"}
            ],
            "items": [
                {
                    "indicator": "ik",
                    "target": "100",
                    "rencana": ["20", "30", "25", "20"],
                    "realisasi": ["20", "30", "25", "15"],
                },
                {
                    "indicator": "out",
                    "target": "3",
                    "rencana": ["1", "1", "1", "0"],
                    "realisasi": ["1", "1", None, None],
                },
            ],
        },
    ],
}


def _plan(change: Any = None) -> kinerja.Renstra:
    data = json.loads(json.dumps(_DATASET))
    if change is not None:
        change(data)
    return kinerja.parse_renstra(json.dumps(data), "pk.json")


def _pct(numerator: str, denominator: str) -> Decimal:
    return (Decimal(numerator) / Decimal(denominator) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def test_pks_are_readable_from_the_plan() -> None:
    plan = _plan()
    assert [(pk.unit, pk.eselon, pk.year) for pk in plan.perjanjian] == [
        ("kadis", kinerja.Eselon.kepala, 2024),
        ("bidang", kinerja.Eselon.eselon_iii, 2024),
        ("seksi", kinerja.Eselon.eselon_iv, 2024),
    ]
    seksi = plan.perjanjian[2]
    assert seksi.indicators[0].id == "out"
    assert seksi.items[0].rencana == [Decimal("20"), Decimal("30"), Decimal("25"), Decimal("20")]
    assert seksi.items[1].realisasi == [Decimal("1"), Decimal("1"), None, None]
    assert seksi.items[0].rollup is None
    assert kinerja.parse_renstra(kinerja.format_document(kinerja.Document(plan))) == plan


def test_findings_name_their_place() -> None:
    found = perjanjian.check_perjanjian(_plan())
    # ik stands on a kegiatan: not an eselon III level; the seksi's rencana for ik adds up to 95, not 100.
    assert [(f.rule, f.path, f.unit) for f in found] == [
        ("pk.eselon_iii_node", "/perjanjian/1/items/1/indicator", "bidang"),
        ("pk.rencana_aksi", "/perjanjian/2/items/0/rencana", "seksi"),
    ]

    def fix(data: Any) -> None:
        data["perjanjian"][1]["items"].pop()
        data["perjanjian"][2]["items"][0]["rencana"][3] = "25"
        data["perjanjian"][0]["items"][0]["target"] = "81"

    # Fixed, but the kepala now signs 81 where the Renstra says 80.
    assert [(f.rule, f.path) for f in perjanjian.check_perjanjian(_plan(fix))] == [
        ("pk.kepala_target", "/perjanjian/0/items/0/target")
    ]


def test_an_unknown_indicator_is_an_error_naming_it() -> None:
    def unknown(data: Any) -> None:
        data["perjanjian"][2]["items"][1]["indicator"] = "nope"

    with pytest.raises(kinerja.DataError, match="unknown indicator 'nope'") as e:
        _plan(unknown)
    assert e.value.path == "/perjanjian/2/items/1/indicator"


def test_capaian_per_unit() -> None:
    got = perjanjian.pk_capaian(_plan(), 2024)
    # kadis: the plan's realisation 84 of 80 = 105,00.
    assert got[0].capaian is not None and got[0].capaian.points == _pct("84", "80") == Decimal("105.00")
    # bidang: prog 2 + 3 = 5 of 10 = 50,00; ik the plan's 90 of 100 = 90,00; mean 70,00.
    assert [i.capaian.points for i in got[1].items] == [Decimal("50.00"), Decimal("90.00")]
    assert got[1].capaian is not None and got[1].capaian.points == Decimal("70.00")
    # seksi: ik 90 of 100 = 90,00; out 1 + 1 = 2 of 3 = 66,67; mean (90,00 + 66,67) / 2 = 78,335 -> 78,34.
    mean = ((Decimal("90.00") + _pct("2", "3")) / 2).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert mean == Decimal("78.34")
    assert got[2].capaian is not None and got[2].capaian.points == mean
    assert perjanjian.pk_capaian(_plan(), 2025) == []


def test_frame_is_exact() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    frame = perjanjian.pk_frame(_plan(), 2024)
    assert list(zip(frame.unit, frame.eselon, frame.indicator)) == [
        ("kadis", "kepala", "iku"),
        ("bidang", "eselon_iii", "prog"),
        ("bidang", "eselon_iii", "ik"),
        ("seksi", "eselon_iv", "ik"),
        ("seksi", "eselon_iv", "out"),
    ]
    for column in ("target", "rencana_1", "realisasi_3", "realisasi", "capaian", "unit_capaian"):
        assert isinstance(frame[column].dtype, pd.ArrowDtype), column
        assert pa.types.is_decimal(frame[column].dtype.pyarrow_dtype), column
    assert list(frame.capaian) == [
        Decimal("105.00"),
        Decimal("50.00"),
        Decimal("90.00"),
        Decimal("90.00"),
        _pct("2", "3"),
    ]
    assert frame.unit_capaian.iloc[4] == Decimal("78.34")
    assert frame.realisasi.iloc[1] == Decimal("5")
    assert pd.isna(frame.realisasi_3.iloc[1])  # not reported: NA, never 0
    assert frame.unit_name.iloc[0] == "Kepala Dinas"
    indexed = perjanjian.pk_frame(_plan(), 2024, index=True)
    assert indexed.loc[("seksi", "out"), "target"] == Decimal("3")
    capped = kinerja.CapaianPolicy(cap=Decimal("100"))
    assert perjanjian.pk_frame(_plan(), 2024, capped).capaian.iloc[0] == Decimal("100.00")


def test_the_documented_example_dataset_signs_two_pks() -> None:
    # docs/example-dataset.json, 2023: the kepala signs iku-pmks at the Renstra's 26,75 (realised 26,43);
    # the bidang (eselon III, responsible for prog-rehsos) signs its own indicator, target 120, quarters
    # 20 + 30 + 40 + 30 = 120 as planned, realised 18 + 35 + 40 + 33 = 126 (summed: the default rule).
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "docs" / "example-dataset.json"
    plan = kinerja.read_document(str(path)).plan
    assert kinerja.check_perjanjian(plan) == []
    q = Decimal("0.01")
    kepala = (Decimal("26.43") / Decimal("26.75") * 100).quantize(q, ROUND_HALF_UP)  # 98.80
    bidang = (Decimal(18 + 35 + 40 + 33) / Decimal(120) * 100).quantize(q, ROUND_HALF_UP)  # 105.00
    got = kinerja.pk_capaian(plan, 2023)
    assert [c.unit for c in got] == ["kepala", "bidang-rehsos"]
    assert [c.capaian.points if c.capaian is not None else None for c in got] == [kepala, bidang]
    frame = perjanjian.pk_frame(plan, 2023)
    assert frame["realisasi"].tolist() == [Decimal("26.43"), Decimal("126")]
