"""The Pemda from Python: read_pemda with its OPD plans, the checks, and the budget per RPJMD sasaran.

tests/data/pemda is a hand-made Pemda; the figures are worked out by hand (tests/pemda_test.cpp)."""

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

import kinerja


def test_reads_the_pemda_with_its_opd_plans(pemda_dir: Path) -> None:
    p = kinerja.read_pemda(pemda_dir / "pemda.json")
    assert p.rpjmd.body.name == "Pemerintah Kabupaten Contoh"
    assert [o.id for o in p.opds] == ["dinsos", "dinkes"]
    dinsos = p.find_opd("dinsos")
    assert dinsos is not None
    assert dinsos.plan.body.name == "Dinas Sosial Kabupaten Contoh"
    assert p.find_opd("bappeda") is None
    assert p.aggregates == {"RI1": kinerja.Aggregate.sum}
    assert [(s.opd, s.node, s.sasaran) for s in p.serves][:2] == [("dinsos", "S1", "RS1"), ("dinsos", "P1", "RS1")]


def test_round_trip(pemda_dir: Path, tmp_path: Path) -> None:
    p = kinerja.read_pemda(pemda_dir / "pemda.json")
    text = kinerja.format_pemda(p)
    assert kinerja.parse_pemda(text, "again.json", pemda_dir) == p
    kinerja.write_pemda(p, tmp_path / "pemda.json", with_opds=True)
    assert kinerja.read_pemda(tmp_path / "pemda.json") == p


def test_checks_name_file_and_path(pemda_dir: Path, tmp_path: Path) -> None:
    assert kinerja.check_pemda(kinerja.read_pemda(pemda_dir / "pemda.json")) == []
    for name in ("dinsos.json", "dinkes.json"):
        shutil.copy(pemda_dir / name, tmp_path / name)
    text = (pemda_dir / "pemda.json").read_text(encoding="utf-8")
    # dinsos S2 serves RS1 no more: it is linked to nothing.
    text = text.replace('{"opd": "dinsos", "node": "S2", "sasaran": "RS1"},', "")
    (tmp_path / "pemda.json").write_text(text, encoding="utf-8")
    p = kinerja.read_pemda(tmp_path / "pemda.json")
    found = kinerja.check_pemda(p)
    assert [(f.rule, f.error, f.opd, f.id) for f in found] == [("opd.sasaran_unlinked", False, "dinsos", "S2")]
    place = kinerja.pemda_place(p, found[0], str(tmp_path / "pemda.json"))
    assert (place.file, place.path) == (str(tmp_path / "dinsos.json"), "/nodes/4")


def test_errors_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "pemda.json").write_text('{"format": "kinerja-pemda/1", "rpjmd": {}, "opd": [], "x": 1}')
    with pytest.raises(kinerja.DataError, match=r"pemda\.json:/x: unknown key"):
        kinerja.read_pemda(tmp_path / "pemda.json")


def test_budget_per_rpjmd_sasaran(pemda_dir: Path) -> None:
    p = kinerja.read_pemda(pemda_dir / "pemda.json")
    rows = {(b.sasaran, b.year): b.totals for b in kinerja.pemda_budget(p)}
    assert list(rows) == [("RS1", 2021), ("RS1", 2022), ("RS2", 2021), ("RS2", 2022)]
    # RS1 2021: dinsos S1 (100 + 50 million; P1 under it counted once), S2 (30), dinkes S2 (80).
    assert rows["RS1", 2021].anggaran == kinerja.Rupiah(260_000_000)
    assert rows["RS1", 2021].realisasi == kinerja.Rupiah(225_500_000)
    assert rows["RS1", 2021].serapan().points == Decimal("86.73")


def test_budget_frame(pemda_dir: Path) -> None:
    frame = kinerja.pemda_budget_frame(kinerja.read_pemda(pemda_dir / "pemda.json"))
    assert list(frame.columns) == [
        "sasaran",
        "name",
        "year",
        "anggaran_murni",
        "anggaran",
        "realisasi",
        "sisa",
        "serapan",
        "lines",
    ]
    assert len(frame) == 4
    first = frame.iloc[0]
    assert first["sasaran"] == "RS1"
    assert first["sisa"] == Decimal("34500000.00")
    assert frame.iloc[3]["serapan"] == Decimal("0.00")  # 0 of 210 million spent
