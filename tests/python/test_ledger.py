"""The national ledger through Python: exact sums worked out by hand, strict CSV errors with their
positions, pickling of partial totals, and totals as DataFrames without a float in sight."""

import pickle
import struct
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

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


# ---- columns in and out without an object per line (Ledger.from_arrow, LedgerTotals.to_arrow)

SMALL_LINES = {
    # The lines of small(), as an Arrow table would hold them.
    "year": [2024, 2024, 2024, 2024, 2023],
    "region": ["35.08", "35.08", "35.09", "11.01", "35.08"],
    "body": ["dinsos", "dinsos", "dinkes", "dinsos", "dinsos"],
    "sub_kegiatan": [
        "1.06.02.2.01.0001",
        "1.06.02.2.01.0002",
        "1.02.02.2.02.0001",
        "1.06.02.2.01.0001",
        "1.06.02.2.01.0001",
    ],
    "anggaran": [100_000_050, 99_999_950, 12_345, 1, 7],
    "realisasi": [90_000_000, 0, -345, 1, 7],
}


def test_from_arrow_plain_dictionary_decimal_and_batches() -> None:
    pa = pytest.importorskip("pyarrow")
    want = small().rollup()
    plain = pa.table(SMALL_LINES)
    assert kinerja.Ledger.from_arrow(plain).rollup() == want
    # Codes as dictionaries, years int16, amounts decimal128(18, 2) (Rupiah with sen), in two
    # record batches: the same lines, the same totals.
    rupiah = [Decimal(s) / 100 for s in SMALL_LINES["anggaran"]]
    columns = {
        "year": pa.array(SMALL_LINES["year"], pa.int16()),
        "region": pa.array(SMALL_LINES["region"]).dictionary_encode(),
        "body": pa.array(SMALL_LINES["body"]).dictionary_encode(),
        "sub_kegiatan": pa.array(SMALL_LINES["sub_kegiatan"], pa.large_string()),
        "anggaran": pa.array(rupiah, pa.decimal128(18, 2)),
        "realisasi": pa.array(SMALL_LINES["realisasi"], pa.int32()),  # any integer type is sen
    }
    table = pa.table(columns)
    two = pa.concat_tables([table.slice(0, 2), table.slice(2)])
    assert len(two.to_batches()) == 2
    assert kinerja.Ledger.from_arrow(two).rollup() == want
    assert kinerja.Ledger.from_arrow(table.to_batches()[0]).rollup() == want
    # A slice starts inside the buffers: lines 2-4 only. Nation 2024 is 12,345 + 1 sen.
    tail = kinerja.Ledger.from_arrow(table.slice(2)).rollup()
    assert tail.total("nation", 2024) == kinerja.Rupiah(Decimal("123.46"))


def test_from_arrow_names_columns_and_pandas() -> None:
    pa = pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    renamed = pa.table(SMALL_LINES).rename_columns(
        ["tahun", "kode_pemda", "kode_skpd", "kode_sub_kegiatan", "anggaran", "realisasi"]
    )
    names = {"year": "tahun", "region": "kode_pemda", "body": "kode_skpd", "sub_kegiatan": "kode_sub_kegiatan"}
    assert kinerja.Ledger.from_arrow(renamed, columns=names).rollup() == small().rollup()
    frame = pd.DataFrame(SMALL_LINES).astype({"region": "category", "body": "category"})
    frame["body_name"] = pd.Categorical(
        ["Dinas Sosial", "Dinas Sosial", "Dinas Kesehatan", "Dinsos Aceh", "Dinas Sosial"]
    )
    ledger = kinerja.Ledger.from_arrow(frame)
    assert ledger.rollup() == small().rollup()
    assert [code for _, code in ledger.body_codes] == ["dinsos", "dinkes", "dinsos"]
    # One body, two names: refused at the line that disagrees, named as the user named the column.
    frame.loc[4, "body_name"] = "Dinas Kesehatan"
    with pytest.raises(kinerja.DataError, match=r"^<arrow>:body_name\[4\]: body 'dinsos' of region 35\.08 is named"):
        kinerja.Ledger.from_arrow(frame)


def test_from_arrays_numpy_and_arrow() -> None:
    np = pytest.importorskip("numpy")
    pa = pytest.importorskip("pyarrow")
    ledger = kinerja.Ledger.from_arrays(
        year=np.array(SMALL_LINES["year"], dtype=np.int16),
        region=pa.array(SMALL_LINES["region"]).dictionary_encode(),
        body=pa.array(SMALL_LINES["body"]),
        sub_kegiatan=pa.array(SMALL_LINES["sub_kegiatan"]),
        anggaran=np.array(SMALL_LINES["anggaran"], dtype=np.int64),
        realisasi=np.array(SMALL_LINES["realisasi"], dtype=np.int64),
    )
    assert ledger.rollup() == small().rollup()
    with pytest.raises(kinerja.DataError, match=r"^<arrays>:realisasi: column has 4 lines, year has 5$"):
        kinerja.Ledger.from_arrays(
            np.array(SMALL_LINES["year"]), pa.array(SMALL_LINES["region"]), pa.array(SMALL_LINES["body"]),
            pa.array(SMALL_LINES["sub_kegiatan"]), np.array(SMALL_LINES["anggaran"]), np.array([1, 2, 3, 4]),
        )  # fmt: skip


def test_from_arrow_refuses_what_it_cannot_read_exactly() -> None:
    pa = pytest.importorskip("pyarrow")
    lines = dict(SMALL_LINES)

    def table(**change: object) -> object:
        return pa.table({**lines, **change})

    with pytest.raises(kinerja.DataError, match=r"^<arrow>:region\[3\]: is null: every line needs its region$"):
        kinerja.Ledger.from_arrow(table(region=["35.08", "35.08", "35.09", None, "35.08"]))
    with pytest.raises(TypeError, match=r"anggaran: amounts must not be floats"):
        kinerja.Ledger.from_arrow(table(anggaran=[1.5, 2.0, 3.0, 4.0, 5.0]))
    with pytest.raises(kinerja.DataError, match=r"^t\.parquet:body: no such column: a ledger needs body$"):
        kinerja.Ledger.from_arrow(pa.table(lines).drop_columns(["body"]), source="t.parquet")
    with pytest.raises(kinerja.DataError, match=r"^<arrow>:year\[1\]: year 20240 must have four digits"):
        kinerja.Ledger.from_arrow(table(year=[2024, 20240, 2024, 2024, 2023]))
    # 1 sen with three decimals is 0.001 Rupiah: never rounded, refused.
    three = pa.array([Decimal("0.001")] * 5, pa.decimal128(10, 3))
    with pytest.raises(kinerja.DataError, match=r"^<arrow>:anggaran: decimal128 scale 3 must be 0, 1 or 2"):
        kinerja.Ledger.from_arrow(table(anggaran=three))
    # 2^63 sen does not fit a line; decimal128(38, 2) of 92233720368547758.08 Rupiah is 2^63 sen.
    big = pa.array([Decimal("92233720368547758.08")] + [Decimal(0)] * 4, pa.decimal128(38, 2))
    with pytest.raises(kinerja.ExactOverflowError, match=r"^<arrow>:anggaran\[0\]: amount 92233720368547758\.08 does"):
        kinerja.Ledger.from_arrow(table(anggaran=big))
    with pytest.raises(kinerja.DataError, match=r"sub_kegiatan\[2\]: sub kegiatan code '1\.02' must"):
        kinerja.Ledger.from_arrow(table(sub_kegiatan=["1.06.02.2.01.0001", "1.06.02.2.01.0002", "1.02", "x", "y"]))
    # Buffers that lie about their arrays (pyarrow checks what it builds; the layer below checks
    # again, for callers of the buffers' way in): too short, and string offsets past the bytes.
    spec = {f: kinerja.ledger._spec(pa, pa.table(lines).column(f).chunk(0), f, f, "t", 0) for f in lines}
    spec["realisasi"] = (b"\0" * 16, "int64", 0, 0, 5)
    with pytest.raises(
        kinerja.InvalidValueError, match=r"^realisasi: the buffer of 16 bytes is too short for 5 values"
    ):
        kinerja._core._ledger_from_buffers([spec], {}, "t")
    # A buffer one byte off its alignment (a slice of a bytes object) is read right all the same:
    # 5 anggaran of 12,345 sen each and the nation's 2024 lines sum to 4 x 123,45.
    spec = {f: kinerja.ledger._spec(pa, pa.table(lines).column(f).chunk(0), f, f, "t", 0) for f in lines}
    spec["anggaran"] = (memoryview(b"\0" + struct.pack("<5q", *[12_345] * 5))[1:], "int64", 0, 0, 5)
    odd = kinerja._core._ledger_from_buffers([spec], {}, "t").rollup()
    assert odd.total("nation", 2024) == kinerja.Rupiah(Decimal("493.80"))
    spec["region"] = (struct.pack("<6i", 0, 5, 10, 15, 20, 99), False, b"35.08" * 4, 0, 5, None)
    with pytest.raises(
        kinerja.DataError, match=r"^t:region\[4\]: its offsets must be in order and within the column's 20"
    ):
        kinerja._core._ledger_from_buffers([spec], {}, "t")


def test_totals_to_arrow_is_the_exact_sums() -> None:
    pa = pytest.importorskip("pyarrow")
    totals = small().rollup()
    region = totals.to_arrow(kinerja.LedgerLevel.region)
    assert region.schema.names == ["year", "province", "region", "anggaran", "realisasi"]
    assert region.schema.field("anggaran").type == pa.decimal128(38, 2)
    # Region groups by year then id (see above); 35.08 in 2024 is 100,000,050 + 99,999,950 sen.
    assert region.to_pylist()[1] == {
        "year": 2024,
        "province": "35",
        "region": "35.08",
        "anggaran": Decimal("2000000.00"),
        "realisasi": Decimal("900000.00"),
    }
    nation = totals.to_arrow("nation")
    assert nation.column("realisasi").to_pylist() == [Decimal("0.07"), Decimal("899996.56")]
    # The Parquet round trip of an example: the sums come back to the sen.
    pq = pytest.importorskip("pyarrow.parquet")
    sink = pa.BufferOutputStream()
    pq.write_table(region, sink)
    assert pq.read_table(pa.BufferReader(sink.getvalue())).equals(region)
    with pytest.raises(kinerja.InvalidValueError, match="level 'kabupaten' must be one of"):
        totals.to_arrow("kabupaten")


def test_parquet_example_runs(tmp_path: Path, repo: Path) -> None:
    """examples/python/parquet_rollup.py: lines to Parquet and back through from_arrow, body totals to
    Parquet through to_arrow, each checked by the script against kinerja's sums (it exits 1 if not)."""
    pytest.importorskip("pyarrow.parquet")
    script = repo / "examples" / "python" / "parquet_rollup.py"
    done = subprocess.run(
        [sys.executable, str(script), "--regions", "2", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # 2 regions x 40 bodies x 25 programs x 4 kegiatan x 5 sub kegiatan lines; 80 bodies.
    assert "40,000 lines from lines.parquet" in done.stdout
    assert "80 body totals to body_totals.parquet: decimal128(38, 2)" in done.stdout


def test_rollup_threads_give_the_same_totals() -> None:
    ledger = kinerja.Ledger.generate(regions=2, years=[2023, 2024])
    one = ledger.rollup(threads=1)
    assert ledger.rollup(threads=2) == one == ledger.rollup() == ledger.rollup(threads=3)
    with pytest.raises(kinerja.InvalidValueError, match="threads must be at least 1, or None"):
        ledger.rollup(threads=0)
    with pytest.raises(kinerja.ExactOverflowError, match="threads"):
        ledger.rollup(threads=-1)


def test_ledger_lines_to_arrow_and_back() -> None:
    pa = pytest.importorskip("pyarrow")
    ledger = small()
    table = ledger.to_arrow()
    assert table.schema.names == ["year", "region", "body", "sub_kegiatan", "anggaran", "realisasi"]
    assert table.schema.field("anggaran").type == pa.decimal128(18, 2)
    assert table.schema.field("region").type == pa.dictionary(pa.int32(), pa.string())
    # small()'s lines as written there: line 3 is 11.01/dinsos, 1 sen; line 1's anggaran 99,999,950 sen.
    assert table.slice(3, 1).to_pylist()[0]["region"] == "11.01"
    assert table.column("anggaran").to_pylist()[1] == Decimal("999999.50")
    assert table.column("realisasi").to_pylist()[2] == Decimal("-3.45")
    sen = ledger.to_arrow(amounts="int64")
    assert sen.column("anggaran").to_pylist() == [100_000_050, 99_999_950, 12_345, 1, 7]
    for t in (table, sen):
        assert kinerja.Ledger.from_arrow(t).rollup() == ledger.rollup()
    with pytest.raises(kinerja.InvalidValueError, match="amounts 'float64' must be decimal128 or int64"):
        ledger.to_arrow(amounts="float64")  # type: ignore[arg-type]
