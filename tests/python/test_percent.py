"""Percentages and division. Oracle: decimal.Decimal with ROUND_HALF_UP / HALF_EVEN / DOWN."""

import pickle
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja

MODES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "truncate": ROUND_DOWN}


def oracle(part: Decimal, whole: Decimal, decimals: int, mode: str) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 200
        return (part / whole * 100).quantize(Decimal(1).scaleb(-decimals), rounding=MODES[mode])


def test_serapan_of_the_example_report():
    r = kinerja.Rupiah("6.882.166.420,36")
    a = kinerja.Rupiah("7.427.331.499")
    assert kinerja.percent(r, a).points == Decimal("92.66")
    assert str(kinerja.percent(r, a)) == "92,66"


def test_zero_total_is_undefined():
    p = kinerja.percent(kinerja.Rupiah(5), kinerja.Rupiah(0))
    assert not p.is_defined
    assert str(p) == "undefined"
    assert p == kinerja.Percent.undefined()
    assert p != kinerja.Percent(0)
    with pytest.raises(kinerja.UndefinedError):
        p.points  # noqa: B018
    assert kinerja.divide(Decimal(1), Decimal(0)) is None


def test_rounding_modes():
    assert kinerja.percent(1, 8, decimals=0).points == Decimal(13)
    assert kinerja.percent(1, 8, decimals=0, rounding=kinerja.Rounding.half_even).points == Decimal(12)
    assert kinerja.percent(1, 8, decimals=0, rounding=kinerja.Rounding.truncate).points == Decimal(12)
    with pytest.raises(TypeError):  # the enum, not its name
        kinerja.percent(1, 8, rounding="half_even")  # type: ignore[arg-type]


def test_efficiency_index():
    assert kinerja.divide(Decimal("97.68"), Decimal("92.32"), 4) == Decimal("1.0581")


def test_percent_pickles():
    for p in (kinerja.Percent(Decimal("97.60")), kinerja.Percent.undefined()):
        assert pickle.loads(pickle.dumps(p)) == p


@given(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.integers(min_value=-(10**20), max_value=10**20).filter(lambda w: w != 0),
    st.integers(min_value=0, max_value=6),
    st.sampled_from(sorted(MODES)),
)
def test_percent_matches_decimal(part, whole, decimals, mode):
    got = kinerja.percent(
        Decimal(part).scaleb(-2), Decimal(whole).scaleb(-2), decimals, kinerja.Rounding.__members__[mode]
    ).points
    assert got == oracle(Decimal(part), Decimal(whole), decimals, mode)
    assert got.as_tuple().exponent == -decimals


def test_compares_by_value_with_int_and_decimal():
    # Issue 16: a capaian is compared with a threshold written as a number.
    p = kinerja.Percent(Decimal("97.60"))
    assert p == Decimal("97.6") and Decimal("97.60") == p and p != 97
    assert kinerja.Percent(100) == 100 and hash(kinerja.Percent(100)) == hash(100)
    assert p < 98 and p > Decimal("97.59") and p <= Decimal("97.6") and p >= 97
    assert kinerja.Percent(97) < kinerja.Percent(98) and not (kinerja.Percent(98) <= kinerja.Percent(97))
    assert sorted([kinerja.Percent(3), kinerja.Percent(1), kinerja.Percent(2)]) == [1, 2, 3]


def test_undefined_equals_only_undefined_and_has_no_order():
    u = kinerja.Percent.undefined()
    assert u == kinerja.Percent.undefined() and u != 0 and u != kinerja.Percent(0) and not (u == 0)
    for other in (kinerja.Percent(1), 1, Decimal(1)):
        with pytest.raises(kinerja.UndefinedError, match="undefined"):
            _ = u < other
    with pytest.raises(kinerja.UndefinedError):
        _ = kinerja.Percent(1) >= u


def test_a_float_is_not_comparable():
    p = kinerja.Percent(50)
    assert p != 50.0
    with pytest.raises(TypeError):
        _ = p < 50.0
