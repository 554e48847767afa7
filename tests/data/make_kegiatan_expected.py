#!/usr/bin/env python3
"""Regenerate tests/data/kegiatan-2019.expected.tsv from examples/data/kegiatan-2019.csv.

Independent oracle for the C++ library: exact decimal arithmetic only (never float),
percentages rounded half-up to 2 decimals.

Output: no header; one line per program in order of first appearance, then a JUMLAH line;
5 tab-separated fields: program, anggaran, realisasi, sisa, persen.
Amounts use the Indonesian format with exactly 2 decimals (1.239.289.000,00, -1.000,00);
persen uses a decimal comma with 2 decimals (97,68).

Run from the repository root:  python3 tests/data/make_kegiatan_expected.py
"""
import decimal
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "examples", "data", "kegiatan-2019.csv")
DST = os.path.join(ROOT, "tests", "data", "kegiatan-2019.expected.tsv")

CENT = Decimal("0.01")

# Indonesian amount as printed in the CSV: dot-grouped thousands, optional comma decimals.
AMOUNT_RE = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?$")


def parse_id(text):
    """Parse an Indonesian amount such as '848.146.988,00' or '1.200.000' into a Decimal."""
    s = text.strip()
    if not AMOUNT_RE.match(s):
        raise ValueError("not an Indonesian amount: %r" % text)
    if "," in s:
        whole, frac = s.split(",", 1)
    else:
        whole, frac = s, ""
    digits = whole.replace(".", "")
    return Decimal(digits + ("." + frac if frac else ""))


def fmt_id(value):
    """Format a Decimal as an Indonesian amount with exactly 2 decimals."""
    q = value.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole, frac = ("%s" % q).split(".")  # Decimal str of a quantized value: 'NNNN.NN'
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + "," + frac


def fmt_pct(realisasi, anggaran):
    if anggaran == 0:
        raise ZeroDivisionError("anggaran 0: persen undefined")
    p = (realisasi * 100 / anggaran).quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if p < 0 else ""
    whole, frac = ("%s" % abs(p)).split(".")
    return sign + whole + "," + frac


def main():
    decimal.getcontext().prec = 60
    decimal.getcontext().traps[decimal.Inexact] = False
    with open(SRC, encoding="utf-8", newline="") as f:
        lines = [ln.rstrip("\r\n") for ln in f]
    header, rows = lines[0], [ln for ln in lines[1:] if ln != ""]
    if header != "program;kegiatan;anggaran;realisasi":
        sys.exit("unexpected header: %r" % header)

    order = []  # programs in order of first appearance
    sums = {}
    last = None
    for n, ln in enumerate(rows, start=2):
        fields = ln.split(";")
        if len(fields) != 4:
            sys.exit("line %d: expected 4 fields, got %d" % (n, len(fields)))
        program, _kegiatan, a, r = fields
        if program not in sums:
            order.append(program)
            sums[program] = [Decimal(0), Decimal(0)]
        elif program != last:
            sys.exit("line %d: program %r is not contiguous" % (n, program))
        last = program
        sums[program][0] += parse_id(a)
        sums[program][1] += parse_id(r)

    out = []
    total_a = Decimal(0)
    total_r = Decimal(0)
    for program in order:
        a, r = sums[program]
        total_a += a
        total_r += r
        out.append("\t".join([program, fmt_id(a), fmt_id(r), fmt_id(a - r), fmt_pct(r, a)]))
    out.append("\t".join(["JUMLAH", fmt_id(total_a), fmt_id(total_r),
                          fmt_id(total_a - total_r), fmt_pct(total_r, total_a)]))

    with open(DST, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
