"""A frame for everything an analyst asks: indicators, budgets per level, quarters, findings.
Expected values by hand (or Python's decimal with ROUND_HALF_UP), never from kinerja's output."""

import json
import keyword
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")  # the [pandas] extra; scripts/test installs it
pa = pytest.importorskip("pyarrow")

import kinerja  # noqa: E402
from kinerja import frames  # noqa: E402


def _half_up(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _na(values: list[object]) -> list[object]:
    return [None if v is pd.NA else v for v in values]


def _every_frame(seed: kinerja.Renstra, seed_path: Path) -> dict[str, "pd.DataFrame"]:
    series = [kinerja.compare_years(seed, i) for i in ("iku-pmks", "iku-psks")]
    out = {f"budget/{level}": frames.budget_frame(seed, level) for level in frames.BUDGET_LEVELS}
    out.update(
        indicators=frames.indicators_frame(seed),
        capaian=frames.capaian_frame(seed, 2019),
        triwulan=frames.triwulan_frame(_quarters()),
        series=frames.series_frame(series),
        trend=frames.trend_frame(series),
        findings=frames.findings_frame(kinerja.check(kinerja.read_document(seed_path))),
    )
    return out


def test_one_naming_language_and_na_never_empty(seed: kinerja.Renstra, seed_path: Path) -> None:
    for name, df in _every_frame(seed, seed_path).items():
        for column in df.columns:
            assert not keyword.iskeyword(column), (name, column)
            assert column != "realisation", name
            assert not str(df[column].dtype).startswith("float"), (name, column)
            if df[column].dtype == frames.TEXT:
                assert not (df[column] == "").any(), (name, column)


def test_budget_lines_keep_todays_call(seed: kinerja.Renstra) -> None:
    df = frames.budget_frame(seed)
    assert list(df.columns) == [
        "year",
        "belanja",
        "program",
        "program_name",
        "kegiatan",
        "node",
        "name",
        "anggaran_murni",
        "anggaran",
        "realisasi",
        "sisa",
        "serapan",
    ]
    btl = df.iloc[0]  # Belanja Pegawai, a line of the body as a whole: no program, no node
    assert btl["belanja"] == "belanja_tidak_langsung" and btl["name"] == "Belanja Pegawai"
    assert btl["program"] is pd.NA and btl["node"] is pd.NA and btl["anggaran_murni"] is pd.NA
    # 2.098.618.011,00 - 1.962.774.917,00; 1962774917 / 2098618011 x 100 = 93.527... -> 93.53.
    assert btl["sisa"] == Decimal("135843094.00")
    assert btl["serapan"] == Decimal("93.53")
    by_line = frames.budget_frame(seed, index=True)
    assert by_line.index.name == "line"
    assert by_line.loc[2, "node"] == "keg-2-1"  # plan.budget[2]
    with pytest.raises(kinerja.InvalidValueError, match="budget level 'bidang' must be one of line, belanja"):
        frames.budget_frame(seed, "bidang")


def test_budget_per_level(seed: kinerja.Renstra) -> None:
    programs = frames.budget_frame(seed, "program", index=True)
    assert programs.index.names == ["node", "year"]
    prog2 = programs.loc[("prog-2", 2019)]
    # keg-2-1 and keg-2-2: 627.916.000 + 167.640.000 and 527.144.215,36 + 149.481.801,00.
    anggaran, realisasi = Decimal("795556000.00"), Decimal("676626016.36")
    assert (prog2["anggaran"], prog2["realisasi"], prog2["lines"]) == (anggaran, realisasi, 2)
    assert prog2["sisa"] == Decimal("118929983.64")
    assert prog2["serapan"] == _half_up(realisasi * 100 / anggaran) == Decimal("85.05")
    kegiatan = frames.budget_frame(seed, "kegiatan")
    assert len(kegiatan) == 15 and list(kegiatan["program"].unique()[:2]) == ["prog-1", "prog-2"]
    assert "kegiatan" not in kegiatan.columns  # the node is the kegiatan
    assert len(frames.budget_frame(seed, "sub_kegiatan")) == 0  # a 2019 report has none
    belanja = frames.budget_frame(seed, "belanja", index=True)
    bl = belanja.loc[("belanja_langsung", 2019)]
    # The 15 kegiatan lines; 4.919.391.503,36 / 5.328.713.488,00 x 100 = 92.318... -> 92.32.
    assert (bl["anggaran"], bl["realisasi"], bl["lines"]) == (Decimal("5328713488.00"), Decimal("4919391503.36"), 15)
    assert bl["serapan"] == Decimal("92.32")


def test_indicators_frame_has_the_sasaran_indicators(seed: kinerja.Renstra) -> None:
    df = frames.indicators_frame(seed)
    assert list(df.columns) == [
        "level",
        "node",
        "code",
        "indicator",
        "name",
        "satuan",
        "polarity",
        "year",
        "target",
        "realisasi",
        "capaian",
        "predikat",
        "end_target",
        "progress",
        "note",
    ]
    assert set(df[df["level"] == "sasaran"]["indicator"]) == {"iku-pmks", "iku-psks"}
    assert len(df[df["level"] == "kegiatan"]) == 15
    pmks = frames.indicators_frame(seed, index=True).loc["iku-pmks"]
    # 2017: realisasi 26,60, no target; progress 26.60 / 26.75 x 100 = 99.439... -> 99.44.
    assert pmks.loc[2017, "target"] is pd.NA and pmks.loc[2017, "capaian"] is pd.NA
    assert pmks.loc[2017, "realisasi"] == Decimal("26.60") and pmks.loc[2017, "progress"] == Decimal("99.44")
    # 2019: 26.43 / 26.75 x 100 = 98.803... -> 98.80: Sangat Baik (91-100) on the 5-band scale.
    assert pmks.loc[2019, "capaian"] == Decimal("98.80") and pmks.loc[2019, "predikat"] == "Sangat Baik"
    assert pmks.loc[2019, "end_target"] == Decimal("26.75")
    keg = df.set_index("indicator").loc["ik-keg-6-1"]
    # 56.030.000 / 84.826.000 x 100 = 66.052... -> 66.05: Cukup (66-75).
    assert (keg["capaian"], keg["predikat"], keg["end_target"]) == (Decimal("66.05"), "Cukup", pd.NA)
    capped = frames.indicators_frame(seed, policy=kinerja.CapaianPolicy(cap=95), index=True)
    assert capped.loc[("iku-pmks", 2019), "capaian"] == Decimal("95.00")
    three = kinerja.RatingScale([(80, "Tinggi"), (60, "Sedang")], "Rendah")
    assert frames.indicators_frame(seed, scale=three, index=True).loc[("ik-keg-6-1", 2019), "predikat"] == "Sedang"


def _quarters() -> kinerja.Renstra:
    doc = {
        "format": "kinerja/1",
        "body": {"name": "Dinas Uji"},
        "period": {"from": 2024, "to": 2026},
        "nodes": [
            {"id": "p", "level": "program", "name": "Program", "kind": "penunjang"},
            {"id": "k", "level": "kegiatan", "name": "Kegiatan", "parent": "p"},
        ],
        "indicators": [
            {
                "id": "i",
                "node": "k",
                "name": "Layanan",
                "satuan": "orang",
                "polarity": "higher_is_better",
                "targets": {"2024": "100"},
                "realisations": {"2024": {"triwulan": ["10", "25,5", None, None], "rollup": "sum"}},
            }
        ],
        "budget": [
            {"year": 2024, "class": "operasi", "node": "k", "anggaran": "1.000,00", "realisasi": "900,00"},
            {
                "year": 2024,
                "class": "modal",
                "node": "k",
                "anggaran": "1.000,00",
                "realisasi": "600,50",
                "triwulan": ["100,00", "0", "200,25", "300,25"],
            },
        ],
    }
    return kinerja.parse_renstra(json.dumps(doc), "quarters.json")


def test_triwulan_frame_is_long_with_na_for_quarters_not_reported() -> None:
    df = frames.triwulan_frame(_quarters())
    assert list(df.columns) == ["kind", "ref", "node", "year", "belanja", "triwulan", "realisasi"]
    # The line without quarters has no rows; the second line (budget/1) and the indicator four each.
    assert len(df) == 8
    money = df[df["kind"] == "anggaran"]
    assert set(money["ref"]) == {"budget/1"} and set(money["belanja"]) == {"modal"}
    assert money["realisasi"].tolist() == [Decimal("100"), Decimal("0"), Decimal("200.25"), Decimal("300.25")]
    kinerja_rows = df[df["kind"] == "kinerja"]
    assert kinerja_rows["belanja"].isna().all()
    assert _na(kinerja_rows["realisasi"].tolist()) == [Decimal("10"), Decimal("25.5"), None, None]
    indexed = frames.triwulan_frame(_quarters(), index=True)
    assert indexed.index.names == ["ref", "year", "triwulan"] and indexed.index.is_unique
    assert indexed.loc[("i", 2024, 2), "realisasi"] == Decimal("25.5")
    # The year's realisation is the quarters' sum: 10 + 25,5 = 35,5 against 100 -> 35.50.
    assert frames.indicators_frame(_quarters(), index=True).loc[("i", 2024), "capaian"] == Decimal("35.50")


def test_findings_have_numeric_printed_and_expected(seed_path: Path) -> None:
    df = frames.findings_frame(kinerja.check(kinerja.read_document(seed_path)))
    truncated = df[(df["rule"] == "rounding.truncated") & (df["column"] == "capaian")].iloc[0]
    assert (truncated["printed"], truncated["expected"]) == ("95,73%", "95,74")
    assert (truncated["printed_value"], truncated["expected_value"]) == (Decimal("95.73"), Decimal("95.74"))
    nil = df[df["rule"] == "nil.zero"].iloc[0]  # printed "-": a nil word, not a figure
    assert nil["printed_value"] is pd.NA and nil["expected_value"] == 0
    blank = df[df["rule"] == "cell.blank"].iloc[0]
    assert blank["printed"] is pd.NA and blank["printed_value"] is pd.NA
    repaired = df[df["rule"] == "number.repaired"].iloc[0]  # "4,5 5%" needed a repair: not read
    assert repaired["printed_value"] is pd.NA
    ambiguous = df[df["rule"] == "number.ambiguous"].iloc[0]  # expected "2.675 or 26,75"
    assert ambiguous["expected_value"] is pd.NA
    assert frames.findings_frame([], index=True).index.name == "finding"


def test_series_frame_says_realisasi(seed: kinerja.Renstra) -> None:
    df = frames.series_frame(kinerja.compare_years(seed, "iku-psks"), index=True)
    assert df.index.names == ["body", "indicator", "year"]
    row = df.loc[("Dinas Sosial Kabupaten Lumajang", "iku-psks", 2018)]
    # 75,30 - 4,07 = 71,23.
    assert (row["realisasi"], row["change"]) == (Decimal("75.30"), Decimal("71.23"))


def test_ledger_totals_frame_computes() -> None:
    ledger = kinerja.Ledger.from_columns(
        years=[2024, 2024, 2024],
        region_codes=["35.08", "35.08", "35.09"],
        body_codes=["dinsos", "dinsos", "dinkes"],
        sub_kegiatan_codes=["1.06.02.2.01.0001", "1.06.02.2.01.0002", "1.02.02.2.02.0001"],
        anggaran_sen=[100_000_050, 99_999_950, 12_345],
        realisasi_sen=[90_000_000, 0, -9 * 10**18],  # a correction far below zero
    )
    df = frames.totals_frame(ledger.rollup(), "region", index=True)
    assert df.index.names == ["year", "province", "region"]
    # -9 x 10^18 sen is 17 digits before the comma, 2 after: 19 digits.
    assert df["realisasi"].dtype == df["anggaran"].dtype == pd.ArrowDtype(pa.decimal128(19, 2))
    sisa = df["anggaran"] - df["realisasi"]
    # 35.08: 2.000.000,00 - 900.000,00; 35.09: 123,45 + 90.000.000.000.000.000,00.
    assert sisa.loc[(2024, "35", "35.08")] == Decimal("1100000.00")
    assert sisa.loc[(2024, "35", "35.09")] == Decimal("90000000000000123.45")
    small = frames.totals_frame(
        kinerja.Ledger.from_columns([2024], ["35.08"], ["d"], ["1.06.02.2.01.0001"], [5], [3]).rollup(), "nation"
    )
    assert small["anggaran"].dtype == frames.MONEY
    assert (small["anggaran"] * 2).tolist() == [Decimal("0.10")]
    # An int factor is a 19-digit decimal, so the product is 38 digits wide; a Decimal keeps room.
    assert (small["anggaran"] * Decimal(2) - small["realisasi"]).tolist() == [Decimal("0.07")]  # 0.10 - 0.03


def test_indicators_that_are_not_numbers_are_na_and_spelled_out() -> None:
    doc = {
        "format": "kinerja/1",
        "body": {"name": "Dinas Uji"},
        "period": {"from": 2024, "to": 2026},
        "nodes": [
            {"id": "v", "level": "visi", "name": "Visi"},
            {"id": "m", "level": "misi", "name": "Misi", "parent": "v"},
            {"id": "t", "level": "tujuan", "name": "Tujuan", "parent": "m"},
            {"id": "s", "level": "sasaran", "name": "Sasaran", "parent": "t"},
        ],
        "indicators": [
            {
                "id": "opini",
                "node": "t",
                "name": "Opini BPK",
                "satuan": "opini",
                "polarity": "qualitative",
                "grades": ["WTP", "WDP", "TW"],
                "targets": {"2024": "WTP"},
                "realisations": {"2024": "WDP"},
            },
            {
                "id": "rentang",
                "node": "s",
                "name": "Rentang",
                "satuan": "%",
                "polarity": "range",
                "lower_formula": "t_over_r",
                "targets": {"2024": {"min": "10", "max": "20"}},
                "realisations": {"2024": "25"},
                "end_target": {"min": "10", "max": "20"},
            },
            {
                "id": "rasio",
                "node": "s",
                "name": "Rasio",
                "satuan": "%",
                "polarity": "higher_is_better",
                "targets": {"2024": "0", "2025": "50,5"},
                "realisations": {"2024": {"numerator": "5", "denominator": "0"}, "2025": "60,125"},
                "end_target": "80",
            },
        ],
    }
    df = frames.indicators_frame(kinerja.parse_renstra(json.dumps(doc), "odd.json"), index=True)
    opini = df.loc[("opini", 2024)]  # a tujuan's IKU: in the frame too
    assert opini["level"] == "tujuan" and opini["target"] is pd.NA and opini["realisasi"] is pd.NA
    assert opini["note"] == "target WTP; realisasi WDP"
    rentang = df.loc[("rentang", 2024)]
    # 25 is above the range 10..20: against the nearer bound, t_over_r, 20 / 25 x 100 = 80.
    assert (rentang["target"], rentang["realisasi"], rentang["capaian"]) == (pd.NA, Decimal(25), Decimal(80))
    assert rentang["note"] == "target 10..20; end target 10..20" and rentang["end_target"] is pd.NA
    undefined = df.loc[("rasio", 2024)]  # 5 / 0: an undefined realisation, and a zero target
    assert undefined["realisasi"] is pd.NA and undefined["capaian"] is pd.NA and undefined["predikat"] is pd.NA
    assert undefined["note"] == "realisasi undefined"
    rasio = df.loc[("rasio", 2025)]
    # 60.125 / 50.5 x 100 = 119.059... -> 119.06; progress 60.125 / 80 x 100 = 75.156... -> 75.16.
    assert (rasio["realisasi"], rasio["capaian"], rasio["progress"]) == (
        Decimal("60.125"),
        Decimal("119.06"),
        Decimal("75.16"),
    )
    assert rasio["note"] is pd.NA
