#!/usr/bin/env python3
"""Checks the figures of a `kinerja report --format csv` of the seed against an independent oracle.

The oracle is tests/data/lakip-2019.expected.json (written by make_lakip_expected.py with Python's
decimal, never by the library) and figures read off the seed's PPS table by hand. Every program,
kegiatan and class figure of the report is compared; any difference fails.

Usage: check_report.py REPORT.csv EXPECTED.json
"""
import csv
import json
import sys
from decimal import Decimal, ROUND_HALF_UP


def indonesian(value, decimals=2):
    """Indonesian text of a machine-form decimal: dots group thousands, comma before decimals."""
    q = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + frac if frac else "")


def main(report_path, expected_path):
    with open(report_path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    cells = {(r["tabel"], r["ref"], r["kolom"]): r["nilai"] for r in rows}
    with open(expected_path, encoding="utf-8") as f:
        e = json.load(f)
    failures = []
    checked = 0

    def want(table, ref, column, value):
        nonlocal checked
        checked += 1
        got = cells.get((table, ref, column))
        if got != value:
            failures.append(f"{table} | {ref} | {column}: report has {got!r}, the oracle {value!r}")

    def budget(ref, fig):
        want("anggaran", ref, "Anggaran (Rp)", indonesian(fig["anggaran"]))
        want("anggaran", ref, "Realisasi (Rp)", indonesian(fig["realisasi"]))
        want("anggaran", ref, "Sisa (Rp)", indonesian(fig["sisa"]))
        want("anggaran", ref, "%", indonesian(fig["serapan"]))

    for prog, fig in e["programs"].items():
        budget(prog, fig)
        want("pk-anggaran", prog, "Anggaran", indonesian(fig["anggaran"]))
        want("capaian", prog, "Rata-rata sederhana (%)", indonesian(fig["simple_mean"]))
        want("capaian", prog, "Rata-rata tertimbang anggaran (%)", indonesian(fig["weighted_mean"]))
        want("efisiensi", prog, "Capaian (%)", indonesian(fig["weighted_mean"]))
        want("efisiensi", prog, "Serapan (%)", indonesian(fig["serapan"]))
        want("efisiensi", prog, "Indeks efisiensi", "tidak informatif" if fig["uninformative"] else indonesian(fig["efficiency"]))
    for keg, fig in e["kegiatan"].items():
        want("capaian", keg, "Capaian kegiatan (%)", indonesian(fig["capaian"]))
        want("efisiensi", keg, "Capaian (%)", indonesian(fig["capaian"]))
        want("efisiensi", keg, "Serapan (%)", indonesian(fig["serapan"]))
        want("efisiensi", keg, "Indeks efisiensi", "tidak informatif" if fig["uninformative"] else indonesian(fig["efficiency"]))
    budget("class:belanja_langsung", e["belanja_langsung"])
    budget("class:belanja_tidak_langsung", e["belanja_tidak_langsung"])
    budget("body", e["total"])
    want("pk-anggaran", "body", "Anggaran", indonesian(e["total"]["anggaran"]))
    want("capaian", "body", "Rata-rata sederhana (%)", indonesian(e["body"]["simple_mean"]))
    want("capaian", "body", "Rata-rata tertimbang anggaran (%)", indonesian(e["body"]["weighted_mean"]))
    for ind, fig in e["indicators"].items():
        want("pps", ind, "Realisasi", indonesian(fig["realisation"]))
        want("pps", ind, "Capaian (%)", indonesian(fig["capaian"]))
        want("pps", ind, "Predikat", fig["rating"])
    # Read off the seed's PPS table (lines 2895-2935) by hand.
    seed = {"iku-pmks": ("26,75", "26,60", "15,47", "26,75"), "iku-psks": ("80", "4,07", "75,30", "80")}
    for ind, (target, r2017, r2018, end) in seed.items():
        want("pps", ind, "Target", target)
        want("pps", ind, "Realisasi 2017", r2017)
        want("pps", ind, "Realisasi 2018", r2018)
        want("pps", ind, "Target akhir (2023)", end)
        want("pk", ind, "Target 2019", target)
    for line in failures:
        print(line)
    print(f"{checked - len(failures)} figures agree with the oracle, {len(failures)} differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
