"""An indicator across years and documents. Expected figures are worked out by hand or with
Python's decimal (ROUND_HALF_UP) right here, never taken from kinerja's output."""

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja


def oracle_trend(points: list[tuple[int, Decimal]], at: int) -> tuple[Decimal, Decimal]:
    """Least squares by the textbook formula in exact fractions, rounded half-up."""
    base = min(y for y, _ in points)
    xs = [Fraction(y - base) for y, _ in points]
    ys = [Fraction(v) for _, v in points]
    n = len(points)
    mx, my = sum(xs) / n, sum(ys) / n
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    projection = my + slope * (Fraction(at - base) - mx)

    def rounded(q: Fraction, decimals: int) -> Decimal:
        # Half away from zero, on the exact fraction: no intermediate rounding at all.
        scaled = abs(q) * 10**decimals
        whole = scaled.numerator // scaled.denominator
        if scaled - whole >= Fraction(1, 2):
            whole += 1
        return Decimal(-whole if q < 0 else whole).scaleb(-decimals)

    return rounded(slope, 4), rounded(projection, 2)


def test_trend_by_hand() -> None:
    # (0, 1), (1, 3), (2, 4): slope 3/2, intercept 7/6; at x = 4: 43/6 = 7.1666.. -> 7.17.
    t = kinerja.least_squares_trend([(2017, Decimal(1)), (2018, Decimal(3)), (2019, Decimal(4))], 2021)
    assert t is not None
    assert (t.slope, t.intercept, t.projection, t.base_year, t.at_year) == (
        Decimal("1.5000"),
        Decimal("1.17"),
        Decimal("7.17"),
        2017,
        2021,
    )
    assert kinerja.least_squares_trend([(2020, Decimal(5))], 2024) is None
    assert kinerja.least_squares_trend([(2020, Decimal(5)), (2020, Decimal(6))], 2024) is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(2000, 2030), st.decimals(min_value=-(10**9), max_value=10**9, places=2)),
        min_size=2,
        max_size=8,
        unique_by=lambda p: p[0],
    ),
    st.integers(2030, 2045),
)
def test_trend_matches_fraction_oracle(points: list[tuple[int, Decimal]], at: int) -> None:
    t = kinerja.least_squares_trend(points, at)
    assert t is not None
    assert (t.slope, t.projection) == oracle_trend(points, at)


def test_seed_sasaran_indicator_over_the_years(seed: kinerja.Renstra) -> None:
    plan = seed
    s = kinerja.compare_years(plan, "iku-pmks")
    assert [p.year for p in s.points] == [2017, 2018, 2019]
    # The realisations the report prints: 26,43 (2017), 15,47 (2018), 26,43 -> change by hand.
    values = [p.realisation.value for p in s.points if p.realisation is not None]
    assert [p.change for p in s.points] == [None, values[1] - values[0], values[2] - values[1]]
    # Progress 2019: realisation / end target 26.75 x 100, half-up to 2 decimals.
    expected = (values[2] / Decimal("26.75") * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert s.points[2].progress is not None and s.points[2].progress.points == expected
    assert s.trend is not None
    assert (s.trend.slope, s.trend.projection) == oracle_trend([(p.year, v) for p, v in zip(s.points, values)], 2023)
    assert s.will_meet is (s.trend.projection >= Decimal("26.75"))
    assert s.period.to_year == 2023


def test_a_projection_outside_the_percentage_range_cannot_decide(seed: kinerja.Renstra) -> None:
    # PSKS (%): 4,07, 75,30, 76,59 over 2017-2019; the line projected to 2023 leaves 0-100, so its
    # verdict is not "tercapai" (issue 18). The projection recomputed with the Fraction oracle.
    s = kinerja.compare_years(seed, "iku-psks")
    values = [p.realisation.value for p in s.points if p.realisation is not None]
    assert s.trend is not None and s.trend_points == len(values) == 3
    _, projection = oracle_trend([(p.year, v) for p, v in zip(s.points, values)], 2023)
    assert projection > 100
    assert (s.lowest, s.highest, s.projection_outside, s.will_meet) == (0, 100, True, None)
    pmks = kinerja.compare_years(seed, "iku-pmks")
    assert not pmks.projection_outside and pmks.will_meet is not None
    text = kinerja.format_comparison([seed], "iku-psks")
    assert "tidak dapat ditentukan: proyeksi di luar 0-100" in text


def test_compare_documents_side_by_side_and_errors(seed: kinerja.Renstra) -> None:
    plan = seed
    both = kinerja.compare_documents([plan, plan], "iku-psks")
    assert len(both) == 2 and both[0].body == both[1].body
    with pytest.raises(kinerja.UnknownIdError, match="'nope' must be the id of an indicator of the plan"):
        kinerja.compare_documents([plan], "nope")
    with pytest.raises(KeyError):
        kinerja.compare_years(plan, "nope")


def test_series_frames(seed: kinerja.Renstra) -> None:
    pd = pytest.importorskip("pandas")
    from kinerja import frames

    plan = seed
    series = [kinerja.compare_years(plan, i) for i in ("iku-pmks", "iku-psks")]
    df = frames.series_frame(series)
    assert list(df.columns) == [
        "body",
        "indicator",
        "year",
        "target",
        "realisasi",
        "capaian",
        "change",
        "progress",
        "note",
    ]
    assert len(df) == 6
    assert df["capaian"].dtype == frames.PERCENT
    assert all("decimal128" in str(df[c].dtype) for c in ("target", "realisasi", "change"))
    assert not any(str(t).startswith("float") for t in df.dtypes)
    side = df.pivot(index="year", columns="indicator", values="realisasi")
    assert side.loc[2019, "iku-pmks"] == series[0].points[2].realisation.value
    trends = frames.trend_frame(series)
    assert [None if pd.isna(v) else bool(v) for v in trends["will_meet"]] == [s.will_meet for s in series]
    assert list(trends["projection_outside"]) == [s.projection_outside for s in series]
    assert list(trends["points"]) == [s.trend_points for s in series]
    assert trends["will_meet"].dtype == pd.BooleanDtype()
