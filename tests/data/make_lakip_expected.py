#!/usr/bin/env python3
"""Regenerate tests/data/lakip-2019.expected.json from examples/data/lakip-2019.json.

Independent oracle for the C++ library: standard library only, Python `decimal` with
getcontext().prec = 50, never float; every rounding is half-up to 2 decimals. The number
text of the dataset is read by this script's own small parser (parse_id below), not by kinerja.

Figures (all strings in machine form: "848146988.00", "97.68", "1.00"):
- per program (node id), year 2019: anggaran, realisasi (sums over its kegiatan's budget lines),
  sisa = anggaran - realisasi, serapan = realisasi / anggaran x 100;
- belanja_langsung, belanja_tidak_langsung, total (= BTL + BL): the same four figures;
- per kegiatan: capaian = realisasi / target x 100 of its indicator, serapan, efficiency =
  capaian / serapan (both already at 2 decimals); uninformative: its indicator is counted in rupiah
  (so capaian is serapan and the report prints "tidak informatif" for the index; per program: all
  of its kegiatan are);
- per program and for the body (all kegiatan): simple_mean of the kegiatan capaian (each at 2
  decimals), weighted_mean = sum(capaian_k x anggaran_k) / sum(anggaran_k), efficiency =
  weighted_mean / serapan (both at 2 decimals); the body's serapan is that of belanja_langsung,
  the budget of the kegiatan the means run over;
- iku-pmks: realisation = ditangani / jumlah x 100 of the pmks table's total row, capaian =
  realisation (2 decimals) / target x 100; iku-psks the same from 697 / 910 and target 80;
  rating on the 5-band scale read as lower bounds (>= 91 Sangat Baik, >= 76 Baik, >= 66 Cukup,
  >= 51 Kurang, else Sangat Kurang);
- the pmks table: the sum over leaf rows of each column next to the printed total (null where the
  total row prints nothing), and the leaf rows where L + P differs from Jumlah.

Run from the repository root:  python3 tests/data/make_lakip_expected.py
"""
import decimal
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

SRC = os.path.join("examples", "data", "lakip-2019.json")
DST = os.path.join("tests", "data", "lakip-2019.expected.json")
YEAR = 2019
CENT = Decimal("0.01")
HUNDRED = Decimal(100)

# Indonesian number text: optional "Rp"/"Rp.", dot-grouped thousands, optional comma decimals,
# optional ",-" (whole Rupiah) or "%" suffix. Nothing else is accepted.
NUMBER_RE = re.compile(
    r"^(?:[Rr][Pp]\.?\s*)?"
    r"(?P<whole>[0-9]{1,3}(?:\.[0-9]{3})*|[0-9]+)"
    r"(?:,(?P<frac>[0-9]+))?"
    r"(?P<suffix>,-|\s*%)?$"
)


def parse_id(text):
    """Read Indonesian number text such as 'Rp. 1.239.289.000,-', '848.146.988,00', '26,75%'."""
    s = text.strip()
    m = NUMBER_RE.match(s)
    if not m:
        raise ValueError("not Indonesian number text: %r" % text)
    if m.group("frac") is not None and m.group("suffix") == ",-":
        raise ValueError("decimals and ',-' together: %r" % text)
    whole = m.group("whole").replace(".", "")
    frac = m.group("frac")
    return Decimal(whole + ("." + frac if frac else ""))


def q2(value):
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def pct(numerator, denominator):
    """numerator / denominator x 100, half-up to 2 decimals; None when undefined."""
    if denominator == 0:
        return None
    return q2(numerator * HUNDRED / denominator)


def ratio(numerator, denominator):
    if denominator == 0:
        return None
    return q2(numerator / denominator)


def s(value):
    """Machine form: plain digits, '.' before the decimals (2 for computed figures)."""
    if value is None:
        return None
    return format(value, "f")


def money(value):
    return s(q2(value))


def rating(capaian):
    if capaian >= 91:
        return "Sangat Baik"
    if capaian >= 76:
        return "Baik"
    if capaian >= 66:
        return "Cukup"
    if capaian >= 51:
        return "Kurang"
    return "Sangat Kurang"


def budget_figures(anggaran, realisasi):
    return {
        "anggaran": money(anggaran),
        "realisasi": money(realisasi),
        "sisa": money(anggaran - realisasi),
        "serapan": s(pct(realisasi, anggaran)),
    }


def means(kegiatan_ids, capaian, anggaran, serapan):
    """simple and weighted mean of already-rounded capaian; efficiency against serapan."""
    caps = [capaian[k] for k in kegiatan_ids]
    simple = q2(sum(caps) / Decimal(len(caps)))
    weights = sum(anggaran[k] for k in kegiatan_ids)
    weighted = q2(sum(capaian[k] * anggaran[k] for k in kegiatan_ids) / weights)
    return {
        "simple_mean": s(simple),
        "weighted_mean": s(weighted),
        "efficiency": s(ratio(weighted, serapan)),
    }


def leaf_rows(rows):
    for row in rows:
        if row.get("total"):
            continue
        if "rows" in row:
            yield from leaf_rows(row["rows"])
        else:
            yield row


def main():
    ctx = decimal.getcontext()
    ctx.prec = 50
    ctx.rounding = ROUND_HALF_UP
    with open(SRC, encoding="utf-8") as f:
        doc = json.load(f)

    nodes = {n["id"]: n for n in doc["nodes"]}
    programs = [n["id"] for n in doc["nodes"] if n["level"] == "program"]
    kegiatan_of = {p: [n["id"] for n in doc["nodes"] if n["level"] == "kegiatan" and n.get("parent") == p]
                   for p in programs}

    # budget lines
    k_anggaran, k_realisasi = {}, {}
    btl_a, btl_r = Decimal(0), Decimal(0)
    for line in doc["budget"]:
        if line["year"] != YEAR:
            continue
        a, r = parse_id(line["anggaran"]), parse_id(line["realisasi"])
        if line["class"] == "belanja_tidak_langsung":
            btl_a += a
            btl_r += r
        elif line["class"] == "belanja_langsung":
            k = line["node"]
            if nodes[k]["level"] != "kegiatan" or k in k_anggaran:
                sys.exit("unexpected budget line for %s" % k)
            k_anggaran[k], k_realisasi[k] = a, r
        else:
            sys.exit("unexpected class %r" % line["class"])

    # kegiatan indicators: capaian = realisasi / target x 100
    capaian = {}
    money = {}
    for ind in doc["indicators"]:
        k = ind["node"]
        if nodes[k]["level"] != "kegiatan":
            continue
        money[k] = ind["satuan"].replace(" ", "").replace(".", "").lower() in ("rupiah", "rp")
        t = parse_id(ind["targets"][str(YEAR)])
        r = parse_id(ind["realisations"][str(YEAR)])
        capaian[k] = pct(r, t)

    out = {"source": SRC.replace(os.sep, "/"), "year": YEAR, "programs": {}, "kegiatan": {}}

    for p in programs:
        ks = kegiatan_of[p]
        a = sum(k_anggaran[k] for k in ks)
        r = sum(k_realisasi[k] for k in ks)
        fig = budget_figures(a, r)
        fig.update(means(ks, capaian, k_anggaran, pct(r, a)))
        fig["kegiatan"] = ks
        fig["uninformative"] = all(money[k] for k in ks)
        out["programs"][p] = fig

    bl_a, bl_r = sum(k_anggaran.values()), sum(k_realisasi.values())
    out["belanja_langsung"] = budget_figures(bl_a, bl_r)
    out["belanja_tidak_langsung"] = budget_figures(btl_a, btl_r)
    out["total"] = budget_figures(btl_a + bl_a, btl_r + bl_r)

    for p in programs:
        for k in kegiatan_of[p]:
            ser = pct(k_realisasi[k], k_anggaran[k])
            out["kegiatan"][k] = {
                "program": p,
                "capaian": s(capaian[k]),
                "serapan": s(ser),
                "efficiency": s(ratio(capaian[k], ser)),
                "uninformative": money[k],
            }

    all_k = [k for p in programs for k in kegiatan_of[p]]
    body = {"serapan_basis": "belanja_langsung", "serapan": s(pct(bl_r, bl_a))}
    body.update(means(all_k, capaian, k_anggaran, pct(bl_r, bl_a)))
    out["body"] = body

    # sasaran indicators
    table = next(t for t in doc["tables"] if t["id"] == "pmks" and t["year"] == YEAR)
    total = next(r for r in table["rows"] if r.get("total"))
    inds = {i["id"]: i for i in doc["indicators"]}
    sasaran = {}
    for iid, num, den in (("iku-pmks", total["values"]["ditangani"], total["values"]["jumlah"]),
                          ("iku-psks", "697", "910")):
        target = parse_id(inds[iid]["targets"][str(YEAR)])
        real = pct(parse_id(num), parse_id(den))
        cap = pct(real, target)
        sasaran[iid] = {
            "numerator": s(parse_id(num)),
            "denominator": s(parse_id(den)),
            "realisation": s(real),
            "target": s(target),
            "capaian": s(cap),
            "rating": rating(cap),
        }
    out["indicators"] = sasaran

    # pmks table checks
    cols = [c["id"] for c in table["columns"]]
    sums = {c: Decimal(0) for c in cols}
    mismatch = []
    for row in leaf_rows(table["rows"]):
        vals = row.get("values", {})
        for c in cols:
            if c in vals:
                sums[c] += parse_id(vals[c])
        if all(c in vals for c in ("l", "p", "jumlah")):
            lp = parse_id(vals["l"]) + parse_id(vals["p"])
            if lp != parse_id(vals["jumlah"]):
                mismatch.append({"row": row["id"], "l_plus_p": s(lp), "jumlah": s(parse_id(vals["jumlah"]))})
    printed = {c: (s(parse_id(total["values"][c])) if c in total["values"] else None) for c in cols}
    out["tables"] = {
        "pmks": {
            "leaf_sums": {c: s(sums[c]) for c in cols},
            "printed_total": printed,
            "agrees": {c: (None if printed[c] is None else printed[c] == s(sums[c])) for c in cols},
            "l_plus_p_not_jumlah": mismatch,
        }
    }

    with open(DST, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
