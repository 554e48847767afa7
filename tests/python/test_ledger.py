"""The national ledger through Python: exact sums worked out by hand, strict CSV errors with their
positions, pickling of partial totals, and totals as DataFrames without a float in sight."""

import pickle
import struct
from decimal import Decimal

import pytest

import kinerja

HEADER = "tahun;kode_pemda;kode_skpd;nama_skpd;kode_sub_kegiatan;nama_sub_kegiatan;anggaran;realisasi"


def small() -> kinerja.Ledger:
    # Two regions of province 35 and one of 11; amounts in sen.
    return kinerja.Ledger.from_columns(
        years=[2024, 2024, 2024, 2024, 2023],
        region_codes=["35.08", "35.08", "35.09", "11.01", "35.08"],
        body_codes=["dinsos", "dinsos", "dinkes", "dinsos", "dinsos"],
        sub_kegiatan_codes=[
            "1.06.02.2.01.0001",
            "1.06.02.2.01.0002",
            "1.02.02.2.02.0001",
            "1.06.02.2.01.0001",
            "1.06.02.2.01.0001",
        ],
        anggaran_sen=[100_000_050, 99_999_950, 12_345, kinerja.Rupiah("0.01"), 7],
        realisasi_sen=[90_000_000, 0, -345, 1, 7],
    )


def test_rollup_by_hand() -> None:
    totals = small().rollup()
    # Nation 2024: 100,000,050 + 99,999,950 + 12,345 + 1 = 200,012,346 sen.
    assert totals.total("nation", 2024) == kinerja.Rupiah(Decimal("2000123.46"))
    # Province 35, 2024: 100,000,050 + 99,999,950 + 12,345 = 200,012,345 sen; realisasi
    # 90,000,000 + 0 - 345 = 89,999,655 sen.
    assert totals.total("province", 2024, region="35") == kinerja.Rupiah(Decimal("2000123.45"))
    assert totals.total("province", 2024, region="35", measure="realisasi") == kinerja.Rupiah(Decimal("899996.55"))
    # Kegiatan 1.06.02.2.01 of dinsos in 35.08: its two sub kegiatan, 200,000,000 sen.
    assert totals.total("kegiatan", 2024, "35.08", "dinsos", "1.06.02.2.01") == kinerja.Rupiah(2_000_000)
    assert totals.total("nation", 2023) == kinerja.Rupiah(Decimal("0.07"))
    assert totals.find("region", 2024, region="99.99") is None
    with pytest.raises(KeyError):
        totals.total("region", 2024, region="99.99")
    assert totals.size("region") == 4  # 35.08, 35.09, 11.01 in 2024 and 35.08 in 2023


def test_amounts_are_never_floats() -> None:
    with pytest.raises(TypeError, match=r"must not be a float.*int count of sen or a kinerja\.Rupiah"):
        kinerja.Ledger.from_columns([2024], ["35.08"], ["dinsos"], ["1.06.02.2.01.0001"], [1.5], [0])
    with pytest.raises(kinerja.ExactOverflowError):
        kinerja.Ledger.from_columns([2024], ["35.08"], ["dinsos"], ["1.06.02.2.01.0001"], [2**63], [0])


def test_csv_round_trip_and_errors_with_positions() -> None:
    ledger = small()
    back = kinerja.Ledger.parse_csv(ledger.to_csv(), "back.csv")
    assert back.rollup() == ledger.rollup()
    text = HEADER + "\n2024;35.08;dinsos;Dinas Sosial;1.06.02.2.01.0001;Bantuan;1.000,00;848.146..988,00\n"
    with pytest.raises(kinerja.ParseError) as e:
        kinerja.Ledger.parse_csv(text, "export.csv")
    # Line 2; the realisasi field starts after 7 fields: column 1 + len("2024;...;1.000,00;").
    column = len("2024;35.08;dinsos;Dinas Sosial;1.06.02.2.01.0001;Bantuan;1.000,00;") + 1
    assert str(e.value).startswith(f"export.csv:2:{column}: cannot read '848.146..988,00'")
    with pytest.raises(kinerja.Error, match=r"export\.csv:2:"):
        kinerja.Ledger.parse_csv(HEADER + "\n2024;35.08;dinsos;Dinas Sosial;1.06.02\n", "export.csv")
    with pytest.raises(kinerja.Error, match=r"export\.csv:1:"):
        kinerja.Ledger.parse_csv("tahun;kode\n", "export.csv")


def test_totals_pickle_and_merge() -> None:
    totals = small().rollup()
    assert pickle.loads(pickle.dumps(totals)) == totals
    with pytest.raises(kinerja.Error):
        kinerja.LedgerTotals.from_bytes(totals.to_bytes()[:-1])
    assert kinerja.LedgerTotals.merge([totals, kinerja.LedgerTotals()]) == totals
    # The same totals twice would count every line twice: refused (parts must be disjoint).
    with pytest.raises(kinerja.InvalidValueError, match=r"^merge parts 0 and 1 overlap: "):
        kinerja.LedgerTotals.merge([totals, totals])


def test_totals_frame_is_exact_decimal() -> None:
    pytest.importorskip("pandas")
    from kinerja import frames

    totals = small().rollup()
    df = frames.totals_frame(totals, "region")
    assert list(df.columns) == ["year", "province", "region", "anggaran", "realisasi"]
    assert df["anggaran"].dtype == frames.MONEY
    by_province = df[df["year"] == 2024].groupby("province", observed=True)["anggaran"].sum()
    assert by_province["35"] == Decimal("2000123.45")
    assert by_province["11"] == Decimal("0.01")
    assert frames.totals_frame(totals, "nation")["realisasi"].tolist() == [Decimal("0.07"), Decimal("899996.56")]
    with pytest.raises(kinerja.InvalidValueError):
        frames.totals_frame(totals, "kabupaten")


def test_levels_and_fields_are_enums_and_still_names() -> None:
    totals = small().rollup()
    level, field = kinerja.LedgerLevel, kinerja.LedgerField
    assert list(level.__members__) == ["sub_kegiatan", "kegiatan", "program", "body", "region", "province", "nation"]
    assert list(field.__members__) == ["province", "region", "body", "code"]
    # The enum and its name reach the same groups: province 35 in 2024 is 200,012,345 sen (see above).
    assert totals.total(level.province, 2024, region="35") == kinerja.Rupiah(Decimal("2000123.45"))
    assert totals.total("province", 2024, region="35") == kinerja.Rupiah(Decimal("2000123.45"))
    assert totals.size(level.region) == totals.size("region") == 4
    assert totals.group(level.nation, 0).year == 2023
    assert totals.find(level.body, 2024, "35.09", "dinkes") == totals.find("body", 2024, "35.09", "dinkes")
    # Region groups, years ascending and regions by id: 35.08 (2023), then 35.08, 35.09, 11.01 (2024).
    dictionary, indices = totals.code_column(level.region, field.province)
    assert dictionary == ["11", "35"]
    assert struct.unpack("<4I", indices) == (1, 1, 1, 0)
    assert totals.code_column("region", "province") == (dictionary, indices)
    assert struct.unpack("<4h", totals.year_column(level.region)) == (2023, 2024, 2024, 2024)
    assert totals.anggaran_column(level.nation) == totals.anggaran_column("nation")
    assert totals.realisasi_column(level.nation) == totals.realisasi_column("nation")
    with pytest.raises(kinerja.InvalidValueError, match="ledger level 'kabupaten' must be"):
        totals.size("kabupaten")  # type: ignore[arg-type]
    with pytest.raises(kinerja.InvalidValueError, match="level 'nation' has no province code"):
        totals.code_column(level.nation, field.province)
    with pytest.raises(TypeError, match=r"must be a kinerja\.LedgerLevel or its name, not int"):
        totals.size(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"must be a kinerja\.LedgerField or its name, not LedgerLevel"):
        totals.code_column(level.region, level.province)  # type: ignore[arg-type]


def test_totals_frame_takes_the_enum() -> None:
    pytest.importorskip("pandas")
    from kinerja import frames

    totals = small().rollup()
    by_enum = frames.totals_frame(totals, kinerja.LedgerLevel.region)
    assert by_enum.equals(frames.totals_frame(totals, "region"))
    assert by_enum["region"].tolist() == ["35.08", "35.08", "35.09", "11.01"]
