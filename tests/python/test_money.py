"""kinerja.Rupiah from Python: exact, never a float. Oracle: decimal.Decimal."""

import pickle
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja

LIMIT = 10**38 - 1  # sen
sen_values = st.integers(min_value=-LIMIT, max_value=LIMIT)


def test_from_text_decimal_int_and_sen():
    assert kinerja.Rupiah("1.239.289.000,00").sen == 123_928_900_000
    assert kinerja.Rupiah(Decimal("1239289000.50")).sen == 123_928_900_050
    assert kinerja.Rupiah(1000).sen == 100_000  # an int is whole Rupiah
    assert kinerja.Rupiah.from_sen(5).to_decimal() == Decimal("0.05")
    assert kinerja.Rupiah().sen == 0


def test_float_is_refused_with_advice():
    with pytest.raises(TypeError, match=r"use decimal\.Decimal, int or str"):
        kinerja.Rupiah(0.1)
    with pytest.raises(TypeError, match="float"):
        kinerja.Rupiah.from_sen(1.0)
    with pytest.raises(TypeError, match="float"):
        kinerja.Rupiah(1) + 0.5


def test_more_than_two_decimals_is_refused():
    with pytest.raises(kinerja.InvalidValueError):
        kinerja.Rupiah(Decimal("1.234"))


def test_str_and_repr():
    r = kinerja.Rupiah("Rp. 7.427.331.499,-")
    assert str(r) == "7.427.331.499,00"
    assert repr(r) == "Rupiah('Rp7.427.331.499,00')"
    assert r.format(decimals=0) == "7.427.331.499"
    assert (-r).format(parentheses=True) == "(7.427.331.499,00)"


def test_arithmetic_with_decimal_and_int():
    a = kinerja.Rupiah("7.427.331.499")
    r = kinerja.Rupiah("6.882.166.420,36")
    assert (a - r).to_decimal() == Decimal("7427331499") - Decimal("6882166420.36")
    assert (a + Decimal("0.01")).sen == 742_733_149_901
    assert (Decimal("0.01") + a).sen == 742_733_149_901
    assert (a * 3).sen == 742_733_149_900 * 3
    assert (3 * a).sen == 742_733_149_900 * 3
    assert abs(-a) == a
    assert a > r and r < a and a != r and a == kinerja.Rupiah(7_427_331_499)


def test_overflow_raises_never_wraps():
    top = kinerja.Rupiah.from_sen(LIMIT)
    with pytest.raises(kinerja.ExactOverflowError):
        top + kinerja.Rupiah.from_sen(1)
    with pytest.raises(ArithmeticError):
        top * 2
    with pytest.raises(kinerja.ExactOverflowError):
        kinerja.Rupiah.from_sen(LIMIT + 1)


def test_sum_of_a_national_budget_over_a_century():
    year = kinerja.Rupiah(4_000_000_000_000_000)  # about 4e15 Rupiah
    assert kinerja.sum_rupiah([year] * 100).sen == 4_000_000_000_000_000 * 100 * 100


def test_parse_error_carries_the_location():
    with pytest.raises(kinerja.ParseError) as e:
        kinerja.Rupiah.parse("848.146..988,00")
    assert e.value.offset == 8
    assert e.value.reason == "empty digit group (lenient mode reads it)"
    assert e.value.text == "848.146..988,00"
    assert kinerja.Rupiah.parse("848.146..988,00", mode=kinerja.Mode.lenient).sen == 84_814_698_800


@given(sen_values)
def test_sen_round_trip(sen):
    assert kinerja.Rupiah.from_sen(sen).sen == sen


@given(sen_values)
def test_decimal_round_trip(sen):
    d = Decimal(f"{sen}E-2")  # exact; scaleb would round to the context's 28 digits
    r = kinerja.Rupiah(d)
    assert r.to_decimal() == d
    assert r.sen == sen


@given(sen_values)
def test_format_then_parse(sen):
    r = kinerja.Rupiah.from_sen(sen)
    assert kinerja.Rupiah.parse(str(r)) == r
    assert kinerja.Rupiah.parse(r.format(prefix=True, parentheses=True)) == r


@given(st.lists(st.integers(min_value=-(10**30), max_value=10**30), max_size=50))
def test_sum_is_exact(sens):
    total = kinerja.sum_rupiah(kinerja.Rupiah.from_sen(s) for s in sens)
    assert total.sen == sum(sens)


@given(sen_values)
def test_pickle(sen):
    r = kinerja.Rupiah.from_sen(sen)
    assert pickle.loads(pickle.dumps(r)) == r


def test_hash_agrees_with_equality():
    assert hash(kinerja.Rupiah(5)) == hash(kinerja.Rupiah("5,00"))
    assert len({kinerja.Rupiah(5), kinerja.Rupiah("5,00")}) == 1


def test_compares_by_value_with_int_and_decimal():
    # Issue 16: an analyst compares a total with a plain number; an int is whole Rupiah.
    r = kinerja.Rupiah(5)
    assert r == 5 and 5 == r and r == Decimal("5.00") and Decimal("5") == r
    assert r != Decimal("5.001") and r != 6 and not (r != 5)
    assert r < 6 and r <= Decimal("5.00") and r > Decimal("4.99") and r >= 5 and 4 < r
    assert {r: "x"}[5] == "x" and hash(r) == hash(Decimal("5.00")) == hash(5)


def test_a_float_or_a_bool_is_never_equal_and_has_no_order():
    r = kinerja.Rupiah(1)
    assert r != 1.0 and not (r == 1.0) and r != True  # noqa: E712 (the bool is the point)
    assert r != "1"
    with pytest.raises(TypeError):
        _ = r < 2.0
    with pytest.raises(TypeError):
        _ = r < "2"


@given(sen_values, st.integers(min_value=-(10**36), max_value=10**36))
def test_order_with_int_agrees_with_decimal(sen, whole):
    r = kinerja.Rupiah.from_sen(sen)
    d = Decimal(f"{sen}E-2")  # exact; scaleb would round to the context's 28 digits
    assert (r == whole) == (d == whole)
    assert (r < whole) == (d < whole)
    assert (r >= whole) == (d >= whole)
    if r == whole:
        assert hash(r) == hash(whole)
