"""The Pemda as frames (kinerja.pemda): the OPDs side by side, the RPJMD indicators with the OPD
indicators linked to them, the budget per RPJMD sasaran and the checks' findings; and the generated
Pemda of examples/data/pemda_gen.py read and checked.

Every expected figure is worked out by hand from tests/data/pemda's JSON (written beside each) or
recomputed here with Python's decimal (ROUND_HALF_UP) from the JSON files, never taken from kinerja.
"""

from __future__ import annotations

import json
import shutil
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from report_text import indonesian

import kinerja

pd = pytest.importorskip("pandas")

_CENT = Decimal("0.01")


def _half_up(value: Decimal) -> Decimal:
    return value.quantize(_CENT, ROUND_HALF_UP)


def _amount(text: str) -> Decimal:
    value = indonesian(text)
    assert value is not None, text
    return value


def _copy(pemda_dir: Path, folder: Path) -> dict[str, Any]:
    """tests/data/pemda copied into ``folder``; its files as JSON, by name, to change and write back."""
    out = {}
    for name in ("pemda.json", "dinsos.json", "dinkes.json"):
        shutil.copy(pemda_dir / name, folder / name)
        out[name] = json.loads((pemda_dir / name).read_text(encoding="utf-8"))
    return out


def _write(folder: Path, files: dict[str, Any]) -> kinerja.Pemda:
    for name, data in files.items():
        (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return kinerja.read_pemda(folder / "pemda.json")


@pytest.fixture
def measured(pemda_dir: Path, tmp_path: Path) -> kinerja.Pemda:
    """tests/data/pemda with realisations: Dinas Sosial's kegiatan measured, its IKU realised in 2021,
    and an RPJMD indicator RI3 that no OPD indicator is linked to."""
    files = _copy(pemda_dir, tmp_path)
    dinsos = files["dinsos.json"]
    dinsos["indicators"][0]["realisations"] = {"2021": "640"}
    dinsos["indicators"] += [
        # K1: 230 / 200 x 100 = 115,00 and, lower is better, (2 x 10 - 12) / 10 x 100 = 80,00.
        {"id": "IK-K1a", "node": "K1", "name": "Penerima layanan", "satuan": "orang",
         "polarity": "higher_is_better", "targets": {"2021": "200", "2022": "250"}, "realisations": {"2021": "230"}},
        {"id": "IK-K1b", "node": "K1", "name": "Pengaduan", "satuan": "%", "polarity": "lower_is_better",
         "lower_formula": "2t_minus_r", "targets": {"2021": "10", "2022": "10"},
         "realisations": {"2021": "12", "2022": "9"}},
        # K2: 45 / 50 x 100 = 90,00; no target in 2022.
        {"id": "IK-K2", "node": "K2", "name": "Anak terlantar dilayani", "satuan": "orang",
         "polarity": "higher_is_better", "targets": {"2021": "50"}, "realisations": {"2021": "45"}},
        # K3: 2 / 3 x 100 = 66,666... = 66,67 in 2021; 4 / 4 x 100 = 100,00 in 2022.
        {"id": "IK-K3", "node": "K3", "name": "PSKS dibina", "satuan": "lembaga", "polarity": "higher_is_better",
         "targets": {"2021": "3", "2022": "4"}, "realisations": {"2021": "2", "2022": "4"}},
    ]  # fmt: skip
    files["pemda.json"]["rpjmd"]["indicators"].append(
        {"id": "RI3", "node": "RS2", "name": "Angka kematian bayi", "satuan": "per 1.000",
         "polarity": "lower_is_better", "lower_formula": "2t_minus_r", "targets": {"2021": "9,5"}}
    )  # fmt: skip
    return _write(tmp_path, files)


# ---- opd_frame


def test_opd_frame_budget(pemda_dir: Path) -> None:
    frame = kinerja.opd_frame(kinerja.read_pemda(pemda_dir / "pemda.json"))
    assert list(frame.columns) == [
        "opd",
        "name",
        "year",
        "anggaran_murni",
        "anggaran",
        "realisasi",
        "sisa",
        "serapan",
        "lines",
        "capaian",
        "predikat",
        "kegiatan",
        "indicators",
        "not_reported",
    ]
    assert [(r.opd, r.year) for r in frame.itertuples()] == [
        ("dinsos", 2021),
        ("dinsos", 2022),
        ("dinkes", 2021),
        ("dinkes", 2022),
    ]
    rows = frame.set_index(["opd", "year"])
    # Dinas Sosial 2021: K1 100 + K2 50 + K3 30 million; spent 90 + 45,5 + 30 = 165,5 million.
    dinsos = rows.loc[("dinsos", 2021)]
    assert dinsos["anggaran"] == Decimal("180000000.00")
    assert dinsos["realisasi"] == Decimal("165500000.00")
    assert dinsos["sisa"] == Decimal("14500000.00")
    assert dinsos["serapan"] == Decimal("91.94")  # 165,5 / 180 = 91,944...
    assert dinsos["lines"] == 3
    assert dinsos["anggaran_murni"] is pd.NA  # no line states a murni
    # 2022: 120 + 35 million, spent 110 + 20: 130 / 155 = 83,870...
    assert rows.loc[("dinsos", 2022), "serapan"] == Decimal("83.87")
    # Dinas Kesehatan 2022: 210 million, nothing spent: serapan 0, not NA.
    assert rows.loc[("dinkes", 2022), "serapan"] == Decimal("0.00")
    assert rows.loc[("dinkes", 2022), "sisa"] == Decimal("210000000.00")
    assert str(frame["anggaran"].dtype) == "decimal128(18, 2)[pyarrow]"
    assert not any(str(t) == "float64" for t in frame.dtypes)


def test_opd_frame_budget_against_the_files(pemda_dir: Path) -> None:
    # Every OPD x year, summed here from the JSON lines.
    frame = kinerja.opd_frame(kinerja.read_pemda(pemda_dir / "pemda.json"), index=True)
    for opd in ("dinsos", "dinkes"):
        data = json.loads((pemda_dir / f"{opd}.json").read_text(encoding="utf-8"))
        for year in (2021, 2022):
            lines = [b for b in data["budget"] if b["year"] == year]
            anggaran = sum((_amount(b["anggaran"]) for b in lines), Decimal(0))
            realisasi = sum((_amount(b["realisasi"]) for b in lines), Decimal(0))
            row = frame.loc[(opd, year)]
            assert (row["anggaran"], row["realisasi"], row["lines"]) == (anggaran, realisasi, len(lines))
            assert row["serapan"] == _half_up(realisasi * 100 / anggaran)


def test_opd_frame_without_realisations(pemda_dir: Path) -> None:
    # tests/data/pemda has no realisation and no kegiatan indicator: no capaian, every target unreported.
    frame = kinerja.opd_frame(kinerja.read_pemda(pemda_dir / "pemda.json"))
    assert frame["capaian"].isna().all() and frame["predikat"].isna().all()
    assert frame["kegiatan"].tolist() == [0, 0, 0, 0]
    assert frame["indicators"].tolist() == [2, 2, 2, 2]  # IK1 and IK2 of each, targets 2021 and 2022
    assert frame["not_reported"].tolist() == [2, 2, 2, 2]


def test_opd_frame_capaian(measured: kinerja.Pemda) -> None:
    rows = kinerja.opd_frame(measured, index=True)
    y2021 = rows.loc[("dinsos", 2021)]
    # K1 (115,00 + 80,00) / 2 = 97,50; K2 90,00; K3 66,67: (97,50 + 90,00 + 66,67) / 3 = 84,7233...
    k1 = _half_up((Decimal(115) + Decimal(80)) / 2)
    k3 = _half_up(Decimal(2) * 100 / 3)
    assert k1 == Decimal("97.50") and k3 == Decimal("66.67")
    assert y2021["capaian"] == _half_up((k1 + Decimal("90.00") + k3) / 3) == Decimal("84.72")
    assert y2021["predikat"] == "Baik"  # 76-90 on the five bands of the 2019 LKjIPs
    assert y2021["kegiatan"] == 3
    # Targets in 2021: IK1, IK2 and the four kegiatan indicators; IK2 alone has no realisation.
    assert (y2021["indicators"], y2021["not_reported"]) == (6, 1)
    # 2022: K1 has not reported (IK-K1a has no realisation), K2 has no target: K3's 100,00 alone.
    y2022 = rows.loc[("dinsos", 2022)]
    assert y2022["capaian"] == Decimal("100.00") and y2022["predikat"] == "Sangat Baik"
    assert y2022["kegiatan"] == 1
    assert (y2022["indicators"], y2022["not_reported"]) == (5, 3)  # IK1, IK2 and IK-K1a unreported
    # A capped policy caps each indicator's capaian first: K1 (100 + 80) / 2 = 90,00.
    capped = kinerja.opd_frame(measured, policy=kinerja.CapaianPolicy(cap=100), index=True)
    assert capped.loc[("dinsos", 2021), "capaian"] == _half_up((Decimal("90.00") + 90 + k3) / 3)
    scale = kinerja.RatingScale([(Decimal(50), "cukup")], "kurang")
    assert kinerja.opd_frame(measured, scale=scale, index=True).loc[("dinsos", 2021), "predikat"] == "cukup"


def test_opd_frame_year_without_lines(pemda_dir: Path, tmp_path: Path) -> None:
    # Dinas Kesehatan's lines of 2022 removed: the year keeps its row, money NA, never 0.
    files = _copy(pemda_dir, tmp_path)
    files["dinkes.json"]["budget"] = [b for b in files["dinkes.json"]["budget"] if b["year"] == 2021]
    row = kinerja.opd_frame(_write(tmp_path, files), index=True).loc[("dinkes", 2022)]
    assert row["lines"] == 0
    assert all(row[c] is pd.NA for c in ("anggaran_murni", "anggaran", "realisasi", "sisa", "serapan"))


# ---- pemda_indicators_frame


def test_indicators_frame_rows(pemda_dir: Path) -> None:
    frame = kinerja.pemda_indicators_frame(kinerja.read_pemda(pemda_dir / "pemda.json"))
    # RI1 is linked to by dinsos IK1 and dinkes IK2, RI2 by dinkes IK1: one row per link and year.
    assert [(r.rpjmd, r.year, r.opd, r.indicator) for r in frame.itertuples()] == [
        ("RI1", 2021, "dinsos", "IK1"),
        ("RI1", 2021, "dinkes", "IK2"),
        ("RI1", 2022, "dinsos", "IK1"),
        ("RI1", 2022, "dinkes", "IK2"),
        ("RI2", 2021, "dinkes", "IK1"),
        ("RI2", 2022, "dinkes", "IK1"),
    ]
    first = frame.iloc[0]
    assert (first["sasaran"], first["satuan"], first["aggregate"]) == ("RS1", "orang", "sum")
    assert (first["rpjmd_target"], first["target"], first["indicator_satuan"]) == (1000, 600, "orang")
    assert first["indicator_name"] == "Jumlah PMKS yang tertangani"
    assert first["rpjmd_realisasi"] is pd.NA and first["capaian"] is pd.NA
    assert frame.iloc[4]["aggregate"] == "none"
    # The shares of RI1 beside its target: 600 + 400 = 1000 in 2021, 700 + 500 = 1200 in 2022.
    shares = frame[frame["rpjmd"] == "RI1"].groupby("year")["target"].sum()
    assert shares.to_dict() == {2021: Decimal(1000), 2022: Decimal(1200)}


def test_indicators_frame_figures(measured: kinerja.Pemda) -> None:
    frame = kinerja.pemda_indicators_frame(measured, index=True)
    row = frame.loc[("RI1", 2021, "dinsos", "IK1")]
    assert row["realisasi"] == 640
    assert row["capaian"] == _half_up(Decimal(640) * 100 / 600) == Decimal("106.67")
    assert frame.loc[("RI1", 2022, "dinsos", "IK1"), "realisasi"] is pd.NA
    # RI3: nothing links to it, so one row a year with the OPD columns NA; no 2022 target.
    ri3 = frame.xs("RI3", level="rpjmd")
    assert len(ri3) == 2
    assert ri3.iloc[0]["rpjmd_target"] == Decimal("9.5") and ri3.iloc[1]["rpjmd_target"] is pd.NA
    assert ri3[["indicator_name", "target", "realisasi", "capaian"]].isna().all().all()
    assert ri3.iloc[0]["polarity"] == "lower_is_better"


def test_indicators_frame_link_to_nothing(pemda_dir: Path, tmp_path: Path) -> None:
    files = _copy(pemda_dir, tmp_path)
    files["pemda.json"]["indicator_links"].append({"opd": "dinsos", "indicator": "IK9", "rpjmd": "RI2"})
    p = _write(tmp_path, files)
    assert [f.rule for f in kinerja.check_pemda(p)] == ["link.unknown_indicator"]
    frame = kinerja.pemda_indicators_frame(p)
    ghost = frame[frame["indicator"] == "IK9"]
    assert ghost["year"].tolist() == [2021, 2022]
    assert ghost[["indicator_name", "target"]].isna().all().all()


# ---- pemda_budget_frame and pemda_findings_frame


def test_budget_frame_index(pemda_dir: Path) -> None:
    frame = kinerja.pemda_budget_frame(kinerja.read_pemda(pemda_dir / "pemda.json"), index=True)
    assert frame.index.names == ["sasaran", "year"]
    # RS1 2021 (docs/pemda.md): 100 + 50 + 30 + 80 million; RS2 2022: dinkes K1, 210 million.
    assert frame.loc[("RS1", 2021), "anggaran"] == Decimal("260000000.00")
    assert frame.loc[("RS2", 2022), "anggaran"] == Decimal("210000000.00")


def test_findings_frame(pemda_dir: Path, tmp_path: Path) -> None:
    columns = ["rule", "severity", "file", "path", "opd", "id", "year", "message"]
    clean = kinerja.pemda_findings_frame(kinerja.read_pemda(pemda_dir / "pemda.json"))
    assert list(clean.columns) == columns and len(clean) == 0
    files = _copy(pemda_dir, tmp_path)
    # Dinas Sosial's S2 serves nothing now; RI1 asks 1100 in 2021, where IK1 + IK2 add up to 1000.
    files["pemda.json"]["serves"] = [
        s for s in files["pemda.json"]["serves"] if s["node"] != "S2" or s["opd"] != "dinsos"
    ]
    files["pemda.json"]["rpjmd"]["indicators"][0]["targets"]["2021"] = "1100"
    p = _write(tmp_path, files)
    shown = str(tmp_path / "pemda.json")
    frame = kinerja.pemda_findings_frame(p, shown)
    assert list(frame.columns) == columns
    by_rule = frame.set_index("rule")
    unlinked = by_rule.loc["opd.sasaran_unlinked"]
    assert (unlinked["severity"], unlinked["file"], unlinked["path"]) == (
        "warning",
        str(tmp_path / "dinsos.json"),
        "/nodes/4",
    )
    assert (unlinked["opd"], unlinked["id"], unlinked["year"]) == ("dinsos", "S2", pd.NA)
    total = by_rule.loc["indicator.sum"]
    assert (total["severity"], total["file"], total["opd"], total["year"]) == ("error", shown, pd.NA, 2021)
    assert total["path"].startswith("/rpjmd/indicators/0")
    assert str(frame["year"].dtype) == "Int64"
    assert kinerja.pemda_findings_frame(p, tmp_path / "pemda.json", index=True).index.name == "finding"
    # The same places as kinerja.pemda_place gives, finding by finding.
    places = [kinerja.pemda_place(p, f, shown) for f in kinerja.check_pemda(p)]
    assert list(zip(frame["file"], frame["path"])) == [(pl.file, pl.path) for pl in places]


# ---- the generated Pemda


def _money(text: str) -> Decimal:
    return Decimal(text)  # the generator writes plain "1234567.89"


def test_generated_pemda_loads_and_checks(generated_pemda: Path) -> None:
    p = kinerja.read_pemda(generated_pemda)
    assert len(p.opds) == 30 and len({o.plan.body.name for o in p.opds}) == 30
    assert (p.rpjmd.period.from_year, p.rpjmd.period.to_year) == (2021, 2025)
    for opd in p.opds:
        kinerja.validate(opd.plan)
    # The generator's deliberate findings (its docstring), and nothing else.
    found = sorted((f.rule, f.opd, f.id, f.year) for f in kinerja.check_pemda(p))
    assert [(rule, opd) for rule, opd, _, _ in found] == [
        ("indicator.sum", ""),
        ("indicator.years", "brida"),
        ("opd.sasaran_unlinked", "kesbangpol"),
    ]
    assert found[0][3] == 2024 and found[2][2] == "sasaran-2"


def test_generated_pemda_frames(generated_pemda: Path) -> None:
    p = kinerja.read_pemda(generated_pemda)
    frame = kinerja.opd_frame(p, index=True)
    assert len(frame) == 30 * 5
    # brida was formed in 2022: its 2021 row has no lines and NA money.
    assert frame.loc[("brida", 2021), "lines"] == 0 and frame.loc[("brida", 2021), "anggaran"] is pd.NA
    # Dinas Sosial 2023 recomputed from its file.
    data = json.loads((generated_pemda.parent / "dinsos.json").read_text(encoding="utf-8"))
    lines = [b for b in data["budget"] if b["year"] == 2023]
    anggaran = sum((_money(b["anggaran"]) for b in lines), Decimal(0))
    realisasi = sum((_money(b["realisasi"]) for b in lines), Decimal(0))
    row = frame.loc[("dinsos", 2023)]
    assert (row["anggaran"], row["sisa"]) == (anggaran, anggaran - realisasi)
    assert row["serapan"] == _half_up(realisasi * 100 / anggaran)
    indicators = kinerja.pemda_indicators_frame(p)
    assert set(indicators["rpjmd"]) == {f"RI{k}" for k in range(1, 13)}
    findings = kinerja.pemda_findings_frame(p, generated_pemda)
    assert sorted(findings["severity"]) == ["error", "warning", "warning"]


def test_generator_is_deterministic(pemda_generator: Any) -> None:
    assert pemda_generator.documents(7) == pemda_generator.documents(7)
    assert pemda_generator.documents(7) != pemda_generator.documents(8)
    pemda, opd_files = pemda_generator.documents()
    assert len(opd_files) == 30 and [o["file"] for o in pemda["opd"]] == sorted(opd_files, key=list(opd_files).index)
    # Money is written as exact text, never a float.
    for data in opd_files.values():
        for line in data["budget"]:
            assert isinstance(line["anggaran"], str) and isinstance(line["realisasi"], str)
