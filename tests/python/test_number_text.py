"""Indonesian number text from Python."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.239.289.000,00", Decimal("1239289000.00")),
        ("5.445.859.500,-", Decimal("5445859500")),
        ("Rp. 7.427.331.499,-", Decimal("7427331499")),
        ("Rp6.633.271.570", Decimal("6633271570")),
        ("0,00", Decimal("0.00")),
        ("-", Decimal("0")),
        ("-1.000,00", Decimal("-1000.00")),
        ("(1.000,00)", Decimal("-1000.00")),
        ("97,68", Decimal("97.68")),
        ("26,75%", Decimal("26.75")),
        ("98,8 %", Decimal("98.8")),
        ("1239289000.50", Decimal("1239289000.50")),
    ],
)
def test_exact(text, value):
    got = kinerja.parse_number(text)
    assert got == value
    assert got.as_tuple().exponent == value.as_tuple().exponent


@pytest.mark.parametrize(
    ("text", "offset", "reason"),
    [
        ("848.146..988,00", 8, "empty digit group"),
        ("521. 909.250", 4, "space inside the number"),
        ("1085.645.000", 0, "leading digit group of 4 digits"),
        ("12,3,4", 4, "more than one decimal comma"),
        ("Rp", 2, "no digits after 'Rp'"),
        ("", 0, "no number in empty text"),
    ],
)
def test_strict_rejects(text, offset, reason):
    with pytest.raises(kinerja.ParseError) as e:
        kinerja.parse_number(text, source="t.csv:2:3")
    assert e.value.offset == offset
    assert e.value.reason.startswith(reason)
    assert e.value.source == "t.csv:2:3"
    assert str(e.value).startswith(f"t.csv:2:3: cannot read '{text}' at offset {offset}: {reason}")
    assert isinstance(e.value, ValueError)


def test_lenient_returns_value_and_diagnostic():
    t = kinerja.parse_number_text("848.146..988,00")
    assert t.status == kinerja.TextStatus.repaired
    assert t.value(kinerja.Mode.lenient) == Decimal("848146988.00")
    assert [(p.offset, p.reason) for p in t.problems] == [(8, "empty digit group")]


def test_ambiguous_lists_both_readings():
    t = kinerja.parse_number_text("1.234")
    assert t.status == kinerja.TextStatus.ambiguous
    assert [(r.value, r.how) for r in t.readings] == [
        (Decimal("1234"), "dot as thousands separator"),
        (Decimal("1.234"), "dot as decimal point"),
    ]
    with pytest.raises(kinerja.AmbiguousError) as e:
        kinerja.parse_number("69.33%", mode=kinerja.Mode.lenient)
    assert e.value.readings == ["6933 (dot as thousands separator)", "69.33 (dot as decimal point)"]
    assert kinerja.parse_number("1.234", rupiah=True) == Decimal("1234")
    assert kinerja.parse_number("69.33%", dot=kinerja.DotMeaning.decimal_point) == Decimal("69.33")


def test_format_number():
    assert kinerja.format_number(Decimal("-1234567.891")) == "-1.234.567,891"
    assert kinerja.format_number(Decimal("97.675"), decimals=2) == "97,68"
    assert kinerja.format_number(Decimal("97.675"), decimals=2, rounding=kinerja.Rounding.half_even) == "97,68"
    assert kinerja.format_number(Decimal("97.665"), decimals=2, rounding=kinerja.Rounding.half_even) == "97,66"
    assert kinerja.format_number(Decimal("1E+3")) == "1.000"
    with pytest.raises(TypeError, match="float"):
        kinerja.format_number(1.5)  # type: ignore[arg-type]


def test_non_finite_decimal_is_refused():
    with pytest.raises(kinerja.InvalidValueError, match="finite"):
        kinerja.format_number(Decimal("NaN"))


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-(10**30), max_value=10**30))
def test_format_then_parse(d):
    text = kinerja.format_number(d)
    assert kinerja.parse_number(text, dot=kinerja.DotMeaning.thousands) == d
