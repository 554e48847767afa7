"""Frames that compute: pandas arithmetic on money columns is exact. Oracle: Python's decimal
(ROUND_HALF_UP where kinerja rounds, ROUND_DOWN where Arrow truncates a quotient)."""

import warnings
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pd = pytest.importorskip("pandas")  # the [pandas] extra; scripts/test installs it
pa = pytest.importorskip("pyarrow")

import kinerja  # noqa: E402
from kinerja import frames  # noqa: E402

# The largest budget line a real Pemda has is about Rp 10^14: 10^16 sen.
LINE_SEN = 10**16
NODES = ["k1", "k2", "s1", "s2", "s3"]  # k2's sub kegiatan s1 and s2; s3 under k3 of program p2
PROGRAM = {"k1": "p1", "k2": "p1", "s1": "p1", "s2": "p1", "s3": "p2"}
KEGIATAN = {"k1": "k1", "k2": "k2", "s1": "k2", "s2": "k2", "s3": "k3"}


def _nodes() -> "pd.DataFrame":
    rows = [
        ["visi", "visi", "Visi", None, None],
        ["misi", "misi", "Misi", "visi", None],
        ["tujuan", "tujuan", "Tujuan", "misi", None],
        ["sasaran", "sasaran", "Sasaran", "tujuan", None],
        ["p1", "program", "Program Satu", "sasaran", "utama"],
        ["p2", "program", "Program Dua", "sasaran", "penunjang"],
        ["k1", "kegiatan", "Kegiatan Satu", "p1", None],
        ["k2", "kegiatan", "Kegiatan Dua", "p1", None],
        ["k3", "kegiatan", "Kegiatan Tiga", "p2", None],
        ["s1", "sub_kegiatan", "Sub Satu", "k2", None],
        ["s2", "sub_kegiatan", "Sub Dua", "k2", None],
        ["s3", "sub_kegiatan", "Sub Tiga", "k3", None],
    ]
    return pd.DataFrame(rows, columns=["id", "level", "name", "parent", "kind"])


def _sen(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)


def _half_up(value: Decimal, places: int = 2) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# One budget line: (year, class, node, anggaran sen, realisasi sen); realisasi may exceed anggaran,
# as it does in real reports, and an anggaran of 0 has an undefined serapan.
_line = st.tuples(
    st.sampled_from([2024, 2025]),
    st.sampled_from(["operasi", "modal"]),
    st.sampled_from(NODES),
    st.one_of(st.just(0), st.integers(min_value=0, max_value=LINE_SEN)),
    st.integers(min_value=0, max_value=LINE_SEN),
)


def _plan(lines: list[tuple[int, str, str, int, int]]) -> kinerja.Renstra:
    budget = pd.DataFrame(
        {
            "year": [y for y, *_ in lines],
            "class": [c for _, c, *_ in lines],
            "node": [n for _, _, n, *_ in lines],
            "anggaran": [_sen(a) for *_, a, _ in lines],
            "realisasi": [_sen(r) for *_, r in lines],
        }
    )
    with warnings.catch_warnings():
        # Random realisasi are often above their anggaran: that DataWarning is right and beside the point.
        warnings.simplefilter("ignore", kinerja.DataWarning)
        return frames.renstra_from_frames(body="Dinas Uji", period=(2024, 2028), nodes=_nodes(), budget=budget)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_line, min_size=1, max_size=120))
def test_pandas_arithmetic_on_budget_frames_is_exact(lines: list[tuple[int, str, str, int, int]]) -> None:
    df = frames.budget_frame(_plan(lines))
    anggaran = [_sen(a) for *_, a, _ in lines]
    realisasi = [_sen(r) for *_, r in lines]
    with localcontext() as context:
        context.prec = 100  # the oracle never rounds where it should not
        # Ready columns, computed by kinerja.
        assert df["sisa"].tolist() == [a - r for a, r in zip(anggaran, realisasi)]
        want_serapan = [None if a == 0 else _half_up(r * 100 / a) for a, r in zip(anggaran, realisasi)]
        assert [None if v is pd.NA else v for v in df["serapan"].tolist()] == want_serapan
        # pandas arithmetic on the frame.
        assert (df["anggaran"] - df["realisasi"]).tolist() == [a - r for a, r in zip(anggaran, realisasi)]
        assert (df["anggaran"] + df["realisasi"]).tolist() == [a + r for a, r in zip(anggaran, realisasi)]
        assert (df["anggaran"] * 2).tolist() == [a * 2 for a in anggaran]
        spent = df[df["anggaran"] != 0]
        # Arrow divides (18, 2) by (18, 2) to 2 + 18 - 2 + 1 = 19 decimals, truncating.
        quotients = [
            (r / a).quantize(Decimal(1).scaleb(-19), rounding=ROUND_DOWN) for a, r in zip(anggaran, realisasi) if a
        ]
        assert (spent["realisasi"] / spent["anggaran"]).tolist() == quotients
        assert df["anggaran"].sum() == sum(anggaran, Decimal(0))
        assert df["realisasi"].sum() == sum(realisasi, Decimal(0))
        # Group sums, then the next difference on them (narrow: a sum comes back 38 digits wide).
        sums = frames.narrow(df.groupby("program")[["anggaran", "realisasi"]].sum())
        for program in sums.index:
            a = sum((x for (*_, n, _, _), x in zip(lines, anggaran) if PROGRAM[n] == program), Decimal(0))
            r = sum((x for (*_, n, _, _), x in zip(lines, realisasi) if PROGRAM[n] == program), Decimal(0))
            assert sums.loc[program, "anggaran"] == a
            assert (sums["anggaran"] - sums["realisasi"])[program] == a - r
        # Running sums, which pandas lacks on decimals.
        running, total = [], Decimal(0)
        for a in anggaran:
            total += a
            running.append(total)
        assert frames.cumsum(df["anggaran"]).tolist() == running
        # Totals per kegiatan and year, as budget_of totals them (sub kegiatan lines included).
        by_kegiatan = frames.budget_frame(_plan(lines), "kegiatan", index=True)
        for (kegiatan, year), row in by_kegiatan.iterrows():
            mine = [
                (a, r)
                for (y, _, n, _, _), a, r in zip(lines, anggaran, realisasi)
                if y == year and KEGIATAN[n] == kegiatan
            ]
            a = sum((x for x, _ in mine), Decimal(0))
            r = sum((x for _, x in mine), Decimal(0))
            assert (row["anggaran"], row["realisasi"], row["sisa"], row["lines"]) == (a, r, a - r, len(mine))
            assert (None if row["serapan"] is pd.NA else row["serapan"]) == (None if a == 0 else _half_up(r * 100 / a))


def test_money_columns_are_18_digits_unless_the_data_needs_more() -> None:
    small = frames.budget_frame(_plan([(2024, "operasi", "k1", 10**16 - 1, 5)]))
    assert all(small[c].dtype == frames.MONEY for c in ("anggaran", "realisasi", "sisa"))
    assert small["anggaran"].dtype == pd.ArrowDtype(pa.decimal128(18, 2))
    # Rp 10^20 is 21 digits before the comma and 2 after: 23, the smallest that holds it.
    wide = frames.budget_frame(_plan([(2024, "operasi", "k1", 10**22, 5), (2024, "modal", "k1", 7, 10**22 + 1)]))
    assert wide["anggaran"].dtype == pd.ArrowDtype(pa.decimal128(23, 2))
    # 100000000000000000000.00 - 0.05 and 0.07 - 100000000000000000000.01.
    want = [Decimal("99999999999999999999.95"), Decimal("-99999999999999999999.94")]
    assert (wide["anggaran"] - wide["realisasi"]).tolist() == want
    assert wide["sisa"].tolist() == want
    # 100000000000000000000.01 / 0.07 x 100 = 142857142857142857142871.428..., half-up.
    assert wide["serapan"].tolist()[1] == Decimal("142857142857142857142871.43")
    assert wide["serapan"].dtype == pd.ArrowDtype(pa.decimal128(26, 2))


def test_cumsum_skips_missing_values_and_works_per_group() -> None:
    values = pd.Series(
        pd.array([Decimal("1.10"), None, Decimal("2.25"), Decimal("-0.35")], dtype=frames.MONEY), index=[10, 11, 12, 13]
    )
    got = frames.cumsum(values)
    assert list(got.index) == [10, 11, 12, 13]
    assert [None if v is pd.NA else v for v in got.tolist()] == [
        Decimal("1.10"),
        None,
        Decimal("3.35"),
        Decimal("3.00"),
    ]
    df = pd.DataFrame({"g": ["a", "b", "a", "b"], "x": values.array})
    per_group = df.groupby("g")["x"].transform(frames.cumsum)
    assert [None if v is pd.NA else v for v in per_group.tolist()] == [
        Decimal("1.10"),
        None,
        Decimal("3.35"),
        Decimal("-0.35"),
    ]


def test_narrow_keeps_values_and_refuses_nothing() -> None:
    summed = pd.Series(pd.array([Decimal("12345678901234567.89"), None], dtype=pd.ArrowDtype(pa.decimal128(38, 2))))
    narrowed = frames.narrow(summed)
    # 17 digits before the comma and 2 after: 19, wider than 18.
    assert narrowed.dtype == pd.ArrowDtype(pa.decimal128(19, 2))
    assert narrowed.tolist()[0] == Decimal("12345678901234567.89")
    assert frames.narrow(pd.Series(["a"])).tolist() == ["a"]
