"""Recomputes every figure of a Renja evaluation CSV (kinerja report --table renja --format csv) from
its kinerja/1 dataset with Python's decimal, independently of the library, and fails on any
difference. Covers what the hand-made dataset uses: stated and quarterly realisations, higher and
lower (2t_minus_r, t_over_r) polarity, budget lines with and without quarters.

usage: check_renja.py DATASET.json REPORT.csv YEAR
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from check_report import indonesian  # the sibling oracle's formatter


def number(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def show(d: Decimal) -> str:
    """Indonesian text of d with the decimals it has: the one formatter of the oracles."""
    return indonesian(d, max(0, -d.as_tuple().exponent))


def money(d: Decimal) -> str:
    return show(d.quantize(Decimal("0.01")))


def pct(part: Decimal, whole: Decimal) -> str:
    if whole == 0:
        return "n/a"
    return show((part * 100 / whole).quantize(Decimal("0.01"), ROUND_HALF_UP))


def main() -> int:
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    year = int(sys.argv[3])
    period = data["period"]
    nodes = {n["id"]: n for n in data["nodes"]}
    units = {u["id"]: u["name"] for u in data.get("units", [])}

    def under(node: str, top: str) -> bool:
        while node:
            if node == top:
                return True
            node = nodes[node].get("parent", "")
        return False

    def lines(node: str, y: int) -> list[dict]:
        return [b for b in data.get("budget", []) if b.get("node") and b["year"] == y and under(b["node"], node)]

    def realised(ind: dict, y: int) -> Decimal | None:
        r = ind.get("realisations", {}).get(str(y))
        if r is None:
            return None
        if isinstance(r, str):
            return number(r)
        q = [number(x) for x in r["triwulan"] if x is not None]
        return {"sum": sum(q, Decimal(0)), "last": q[-1], "max": max(q)}[r["rollup"]]

    def rule(ind: dict, y: int) -> str:
        out = "last"
        for k, r in sorted(ind.get("realisations", {}).items()):
            if int(k) <= y and isinstance(r, dict) and "triwulan" in r:
                out = r["rollup"]
        return out

    def combine(values: list[Decimal], how: str) -> Decimal | None:
        if not values:
            return None
        return {"sum": sum(values, Decimal(0)), "last": values[-1], "max": max(values)}[how]

    def capaian(ind: dict, r: Decimal, t: Decimal) -> str:
        if ind.get("polarity") == "lower_is_better":
            if ind.get("lower_formula") == "t_over_r":
                return pct(t, r)
            return pct(2 * t - r, t)
        return pct(r, t)

    expected: dict[tuple[str, str], str] = {}

    def put(ref: str, column: str, value: str | None) -> None:
        if value is not None and value != "":
            expected[(ref, column)] = value

    p = [f"Target Renstra {period['to']}", f"Realisasi s.d. {year - 1}", f"Target Renja {year}"]
    p += [f"Realisasi Triwulan {q}" for q in ("I", "II", "III", "IV")]
    p += [f"Realisasi {year}", f"Tingkat Capaian {year} (%)", f"Realisasi s.d. {year}", "Tingkat Capaian Renstra (%)"]

    for node in data["nodes"]:
        if node["level"] not in ("program", "kegiatan", "sub_kegiatan"):
            continue
        inds = [i for i in data.get("indicators", []) if i["node"] == node["id"]]
        refs = [i["id"] for i in inds] or [node["id"]]
        for ref in refs:
            put(ref, "Kode", node.get("code", ""))
            put(ref, "Unit Penanggung Jawab", units.get(node.get("unit", ""), ""))
        first = refs[0]
        years = range(period["from"], period["to"] + 1)
        plan_lines = [b for y in years for b in lines(node["id"], y)]
        if plan_lines:
            put(first, p[0] + " Rp", money(sum((number(b["anggaran"]) for b in plan_lines), Decimal(0))))
        before = [b for y in range(period["from"], year) for b in lines(node["id"], y)]
        before_rp = sum((number(b["realisasi"]) for b in before), Decimal(0))
        if before:
            put(first, p[1] + " Rp", money(before_rp))
        now = lines(node["id"], year)
        if now:
            a = sum((number(b["anggaran"]) for b in now), Decimal(0))
            r = sum((number(b["realisasi"]) for b in now), Decimal(0))
            put(first, p[2] + " Rp", money(a))
            if all("triwulan" in b for b in now):
                for q in range(4):
                    put(first, p[3 + q] + " Rp", money(sum((number(b["triwulan"][q]) for b in now), Decimal(0))))
            put(first, p[7] + " Rp", money(r))
            put(first, p[8] + " Rp", pct(r, a))
            put(first, p[9] + " Rp", money(before_rp + r))
            if plan_lines:
                put(first, p[10] + " Rp", pct(before_rp + r, sum((number(b["anggaran"]) for b in plan_lines), Decimal(0))))
        for ind in inds:
            ref = ind["id"]
            put(ref, "Indikator", ind["name"])
            put(ref, "Satuan", ind["satuan"])
            targets = ind.get("targets", {})
            end = targets.get(str(period["to"]), ind.get("end_target"))
            put(ref, p[0] + " K", show(number(end)) if end else None)
            how = rule(ind, year)
            earlier = [v for y in range(period["from"], year) if (v := realised(ind, y)) is not None]
            b = combine(earlier, how)
            put(ref, p[1] + " K", show(b) if b is not None else None)
            t = number(targets[str(year)]) if str(year) in targets else None
            put(ref, p[2] + " K", show(t) if t is not None else None)
            r = ind.get("realisations", {}).get(str(year))
            if isinstance(r, dict) and "triwulan" in r:
                for q, v in enumerate(r["triwulan"]):
                    put(ref, p[3 + q] + " K", show(number(v)) if v is not None else None)
            y = realised(ind, year)
            if y is None:
                if t is not None:
                    put(ref, "Keterangan", f"realisasi {year} belum dilaporkan")
                continue
            put(ref, p[7] + " K", show(y))
            if t is not None:
                put(ref, p[8] + " K", capaian(ind, y, t))
            c = combine([*earlier, y], how)
            assert c is not None
            put(ref, p[9] + " K", show(c))
            if end:
                put(ref, p[10] + " K", capaian(ind, c, number(end)))

    got: dict[tuple[str, str], str] = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split(";")
            got[(fields[3], fields[4])] = fields[5]
    bad = 0
    for key in sorted(set(expected) | set(got)):
        if expected.get(key) != got.get(key):
            print(f"{key}: expected {expected.get(key)!r}, got {got.get(key)!r}")
            bad += 1
    print(f"{len(expected)} figures checked, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
