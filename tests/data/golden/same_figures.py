#!/usr/bin/env python3
"""The same report in two languages has the same figures: compares two CSV forms of it record by record.

Usage: same_figures.py ID_CSV EN_CSV

Both files have one non-empty cell a line (tabel;[dokumen;]baris;level;ref;kolom;nilai). The records must
pair up one to one with the same tabel, dokumen, level and ref. A value that is Indonesian number text
("7.427.331.499,00", "92,66", "+1,5", "80 - 90") must be English number text of the same value in the
other ("7,427,331,499.00"), read here with Python's decimal, independently of kinerja; any other value is
text and must be equal, but for the few words the language changes (TRANSLATED).
"""

import csv
import re
import sys
from decimal import Decimal

ID_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^[+-]?\d+(?:,\d+)?$")
EN_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$")
# Words and labels the language changes: (Indonesian, English).
TRANSLATED = {
    ("JUMLAH", "TOTAL"),
    ("SELURUH KEGIATAN", "ALL KEGIATAN"),
    ("tidak informatif", "uninformative"),
    ("ya", "yes"),
    ("tidak", "no"),
    ("tidak dapat ditentukan: proyeksi di luar 0-100", "cannot be decided: the projection is outside 0-100"),
}


def value(text: str, group: str, decimal: str) -> Decimal:
    return Decimal(text.replace(group, "").replace(decimal, "."))


def figures(text: str, pattern: re.Pattern[str]) -> list[str] | None:
    """The numbers of a figure cell (one, or the two ends of a range), or None for text."""
    parts = text.split(" - ")
    return parts if all(pattern.match(p) for p in parts) else None


def main() -> int:
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        ours = list(csv.reader(f, delimiter=";"))
    with open(sys.argv[2], encoding="utf-8", newline="") as f:
        theirs = list(csv.reader(f, delimiter=";"))
    problems = []
    if ours[0] != theirs[0]:
        problems.append(f"headers differ: {ours[0]} / {theirs[0]}")
    if len(ours) != len(theirs):
        problems.append(f"{len(ours) - 1} records / {len(theirs) - 1} records")
    keys = [i for i, name in enumerate(ours[0]) if name in {"tabel", "dokumen", "level", "ref"}]
    label = ours[0].index("baris")
    compared = 0
    for n, (a, b) in enumerate(zip(ours[1:], theirs[1:]), 2):
        if [a[i] for i in keys] != [b[i] for i in keys]:
            problems.append(f"line {n}: {a} / {b} are not the same cell")
            continue
        for i in (label, len(a) - 1):
            x, y = a[i], b[i]
            xs, ys = figures(x, ID_NUMBER), figures(y, EN_NUMBER)
            if xs is not None and ys is not None and len(xs) == len(ys):
                if [value(v, ".", ",") for v in xs] != [value(v, ",", ".") for v in ys]:
                    problems.append(f"line {n}: {x!r} and {y!r} are different figures")
                compared += 1
            elif x != y and (x, y) not in TRANSLATED:
                problems.append(f"line {n}: {x!r} / {y!r}")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"{compared} figures the same in both languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
