"""kinerja: SAKIP performance accountability with exact Rupiah.

Money is :class:`Rupiah` (integer sen), every other figure is :class:`decimal.Decimal`, and a
percentage of a zero total is :meth:`Percent.undefined`, never 0 or 100. Nothing here is a float.
"""

from kinerja._core import (
    AmbiguousError,
    Diagnostic,
    Error,
    NumberText,
    OverflowError,
    ParseError,
    Percent,
    Reading,
    Rupiah,
    UndefinedError,
    ValueError,
    divide,
    format_number,
    parse_number,
    parse_percent,
    percent,
    read_number,
    sum_rupiah,
)

__version__ = "0.1.0"

__all__ = [
    "AmbiguousError",
    "Diagnostic",
    "Error",
    "NumberText",
    "OverflowError",
    "ParseError",
    "Percent",
    "Reading",
    "Rupiah",
    "UndefinedError",
    "ValueError",
    "__version__",
    "divide",
    "format_number",
    "parse_number",
    "parse_percent",
    "percent",
    "read_number",
    "sum_rupiah",
]
