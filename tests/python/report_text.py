"""Reading back what the report writers print, shared by the tests of the Word and Excel reports.

The expected figures are parsed here from the CSV report's Indonesian text, not by the library, so a
writer and the reader that checks it cannot share a mistake.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

# The first characters a spreadsheet reads as a formula; the CSV writer quotes such text with "'".
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_rows(text: str) -> list[dict[str, str]]:
    """The rows of a CSV report (semicolon-separated, a heading row first) as dicts by heading."""
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def indonesian(text: str) -> Decimal | None:
    """The value of a figure printed the Indonesian way ("1.234,56", "-5"), or None for text."""
    body = text[1:] if text.startswith("-") else text
    whole, _, fraction = body.partition(",")
    groups = whole.split(".")
    if not groups[0].isdigit() or not all(g.isdigit() and len(g) == 3 for g in groups[1:]):
        return None
    if fraction and not fraction.isdigit():
        return None
    return Decimal(text.replace(".", "").replace(",", "."))
