"""National scale, side by side: kinerja against what an analyst would pick instead.

    python benchmarks/scale.py [--regions 542] [--years 2024] [--repeat 3] [--out DIR] [--json FILE]

One run, one generated dataset (kinerja's synthetic national ledger: 542 regions x 40 bodies x 25
programs x 4 kegiatan x 5 sub kegiatan = 10 840 000 lines a year, fixed seed), rolled up per year to
every level (nation, province, region, body, program, kegiatan, sub kegiatan) by:

- kinerja through Python (one thread; the C++ figures come from benchmarks/ledger_bench);
- DuckDB, DECIMAL(18,2) columns, GROUPING SETS, 1 thread and 2;
- polars, Decimal(18,2) columns, 1 thread;
- pandas with Arrow decimal128(18,2) columns; pandas with float64 (and its error in sen);
- Python's decimal.Decimal in a plain loop (on a slice, scaled up: it is the slowest by far);
- the memory-bandwidth floor: one pass of numpy over the same column bytes;

and the CSV import of the same lines (Indonesian amounts) by kinerja and by DuckDB's read_csv. Each
tool runs in its own process, so its peak memory is its own; every result is checked against
kinerja's totals before its time counts. Needs the [bench] extra.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

LEVELS = ["nation", "province", "region", "body", "program", "kegiatan", "sub_kegiatan"]
# The group keys of each level, as integer id columns (the same ids for every tool).
KEYS = {
    "nation": ["year"],
    "province": ["year", "province"],
    "region": ["year", "region"],
    "body": ["year", "body"],
    "program": ["year", "body", "program"],
    "kegiatan": ["year", "body", "kegiatan"],
    "sub_kegiatan": ["year", "body", "sub_kegiatan"],
}
LINE_BYTES = 2 + 4 + 4 + 8 + 8  # year int16, body and sub kegiatan uint32, anggaran and realisasi int64


def reset_peak() -> None:
    """Forgets the peak so far (Linux >= 4.0), so a peak measures what comes after."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def peak_rss_bytes() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def current_rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        result = None  # free the last run's result first: peaks are of one run
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


# ---- the dataset, shared by every tool through one Arrow IPC file


def generate(args: argparse.Namespace) -> Any:
    import kinerja

    return kinerja.Ledger.generate(regions=args.regions, years=args.years, seed=args.seed)


def arrow_table(ledger: Any) -> Any:
    """The ledger's columns with every level's id beside them, amounts as decimal128(18, 2)."""
    import numpy as np
    import pyarrow as pa

    def ids(values: list[str]) -> tuple[Any, dict[str, int]]:
        index: dict[str, int] = {}
        return np.array([index.setdefault(v, len(index)) for v in values], dtype=np.uint32), index

    body = np.frombuffer(ledger.column("bodies"), dtype=np.uint32)
    sub = np.frombuffer(ledger.column("sub_kegiatan"), dtype=np.uint32)
    # Each level's id per line, through the dictionaries: a body's region and province, a sub
    # kegiatan's kegiatan (its first five code segments) and program (the first three).
    body_region, _ = ids([region for region, _ in ledger.body_codes])
    body_province, _ = ids([region.split(".")[0] for region, _ in ledger.body_codes])
    codes = ledger.sub_kegiatan_codes
    sub_kegiatan, _ = ids([".".join(c.split(".")[:5]) for c in codes])
    sub_program, _ = ids([".".join(c.split(".")[:3]) for c in codes])
    region, province = body_region[body], body_province[body]
    kegiatan, program = sub_kegiatan[sub], sub_program[sub]

    def decimal18(sen: Any) -> Any:
        # Arrow's decimal128 is a little-endian two's complement int128: the int64 sen and its sign.
        words = np.empty((len(sen), 2), dtype=np.int64)
        words[:, 0] = sen
        words[:, 1] = sen >> 63
        return pa.Array.from_buffers(pa.decimal128(18, 2), len(sen), [None, pa.py_buffer(words)])

    return pa.table(
        {
            "year": np.frombuffer(ledger.column("years"), dtype=np.int16),
            "province": province,
            "region": region,
            "body": body,
            "program": program,
            "kegiatan": kegiatan,
            "sub_kegiatan": sub,
            "anggaran": decimal18(np.frombuffer(ledger.column("anggaran"), dtype=np.int64)),
            "realisasi": decimal18(np.frombuffer(ledger.column("realisasi"), dtype=np.int64)),
        }
    )


def load_table(path: str) -> Any:
    import pyarrow as pa

    with pa.memory_map(path) as source:
        return pa.ipc.open_file(source).read_all()


# ---- the tools, one process each; exact ones report their nation totals for checking


def run_kinerja(args: argparse.Namespace) -> dict[str, Any]:
    ledger_before = current_rss_bytes()
    ledger = generate(args)
    stored = current_rss_bytes() - ledger_before
    reset_peak()  # the generator's own scratch is not the roll-up's
    seconds, totals = best_of(ledger.rollup, args.repeat)
    return {
        "seconds": seconds,
        "lines": len(ledger),
        "groups": {level: totals.size(level) for level in LEVELS},
        "store_bytes": stored,
        "peak_bytes": peak_rss_bytes() - ledger_before,
    }


def duckdb_arrow(cursor: Any) -> Any:
    # The method's name changed in DuckDB 2.0.
    fetch = getattr(cursor, "to_arrow_table", None) or cursor.fetch_arrow_table
    return fetch()


def run_duckdb(args: argparse.Namespace, threads: int) -> dict[str, Any]:
    import duckdb

    base = current_rss_bytes()
    table = load_table(args.table)
    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    con.register("lines", table)
    sets = ", ".join("(" + ", ".join(KEYS[level]) + ")" for level in LEVELS)
    query = (
        "SELECT year, province, region, body, program, kegiatan, sub_kegiatan, "
        "sum(anggaran) AS anggaran, sum(realisasi) AS realisasi "
        f"FROM lines GROUP BY GROUPING SETS ({sets})"
    )
    seconds, result = best_of(lambda: duckdb_arrow(con.execute(query)), args.repeat)
    nation = con.execute("SELECT year, sum(anggaran), sum(realisasi) FROM lines GROUP BY year ORDER BY year").fetchall()
    return {
        "seconds": seconds,
        "rows": result.num_rows,
        "nation": [[int(y), str(a), str(r)] for y, a, r in nation],
        "peak_bytes": peak_rss_bytes() - base,
    }


def run_polars(args: argparse.Namespace) -> dict[str, Any]:
    os.environ["POLARS_MAX_THREADS"] = "1"
    import polars as pl

    base = current_rss_bytes()
    frame = pl.from_arrow(load_table(args.table))
    assert isinstance(frame, pl.DataFrame)

    def rollup() -> list[Any]:
        return [
            frame.group_by(KEYS[level]).agg(pl.col("anggaran").sum(), pl.col("realisasi").sum()) for level in LEVELS
        ]

    seconds, result = best_of(rollup, args.repeat)
    nation = result[0].sort("year")
    return {
        "seconds": seconds,
        "rows": sum(r.height for r in result),
        "dtype": str(frame.schema["anggaran"]),
        "nation": [[int(y), str(a), str(r)] for y, a, r in nation.iter_rows()],
        "peak_bytes": peak_rss_bytes() - base,
    }


def run_pandas(args: argparse.Namespace, kind: str) -> dict[str, Any]:
    import pandas as pd

    base = current_rss_bytes()
    table = load_table(args.table)
    if kind == "float64":
        frame = table.drop(["anggaran", "realisasi"]).to_pandas()
        for column in ("anggaran", "realisasi"):
            frame[column] = table[column].cast("float64").to_numpy()
    else:
        frame = table.to_pandas(types_mapper=pd.ArrowDtype)

    def rollup() -> list[Any]:
        return [frame.groupby(KEYS[level], sort=False)[["anggaran", "realisasi"]].sum() for level in LEVELS]

    seconds, result = best_of(rollup, args.repeat)
    out: dict[str, Any] = {
        "seconds": seconds,
        "rows": sum(len(r) for r in result),
        "dtype": str(frame["anggaran"].dtype),
        "peak_bytes": peak_rss_bytes() - base,
    }
    nation = result[0].sort_index()
    out["nation"] = [[int(y), str(a), str(r)] for y, (a, r) in zip(nation.index, nation.itertuples(index=False))]
    if kind == "float64":
        # The error in sen of every group at every level, against the exact decimal sums.
        exact = [
            table.to_pandas(types_mapper=pd.ArrowDtype)
            .groupby(KEYS[level], sort=False)[["anggaran", "realisasi"]]
            .sum()
            for level in LEVELS
        ]
        worst, wrong = Decimal(0), 0
        for got, want in zip(result, exact):
            joined = want.join(got, rsuffix="_float")
            for measure in ("anggaran", "realisasi"):
                for w, g in zip(joined[measure], joined[measure + "_float"]):
                    error = abs(Decimal(float(g)) - Decimal(w)) * 100
                    worst = max(worst, error)
                    wrong += error >= Decimal("0.5")
        out["worst_error_sen"] = str(worst.quantize(Decimal("0.01")))
        out["groups_off_by_a_sen_or_more"] = wrong
        out["groups"] = sum(len(r) for r in result)
    return out


def run_decimal(args: argparse.Namespace) -> dict[str, Any]:
    """Python's decimal in a plain loop over a slice of the lines, scaled up to all of them."""
    table = load_table(args.table)
    n = min(table.num_rows, args.decimal_lines)
    part = table.slice(0, n).to_pydict()
    start = time.perf_counter()
    sums: dict[str, dict[tuple[int, ...], list[Decimal]]] = {level: {} for level in LEVELS}
    for i in range(n):
        a, r = part["anggaran"][i], part["realisasi"][i]
        for level in LEVELS:
            key = tuple(part[k][i] for k in KEYS[level])
            s = sums[level].setdefault(key, [Decimal(0), Decimal(0)])
            s[0] += a
            s[1] += r
    seconds = time.perf_counter() - start
    return {"seconds": seconds * table.num_rows / n, "measured_lines": n, "measured_seconds": seconds}


def run_floor(args: argparse.Namespace) -> dict[str, Any]:
    """One numpy pass over the same column bytes: what reading them costs at all."""
    import numpy as np

    table = load_table(args.table)
    columns = [
        np.asarray(table["year"]),
        np.asarray(table["body"]),
        np.asarray(table["sub_kegiatan"]),
        # The int64 sen words of each amount, as kinerja stores them (8 bytes a line each).
        np.frombuffer(table["anggaran"].combine_chunks().buffers()[1], dtype=np.int64)[::2].copy(),
        np.frombuffer(table["realisasi"].combine_chunks().buffers()[1], dtype=np.int64)[::2].copy(),
    ]
    seconds, _ = best_of(lambda: [c.sum() for c in columns], args.repeat)
    return {"seconds": seconds, "bytes": sum(c.nbytes for c in columns)}


def run_csv_kinerja(args: argparse.Namespace) -> dict[str, Any]:
    import kinerja

    base = current_rss_bytes()
    seconds, ledger = best_of(lambda: kinerja.Ledger.read_csv(args.csv), args.repeat)
    return {"seconds": seconds, "lines": len(ledger), "peak_bytes": peak_rss_bytes() - base}


def run_csv_duckdb(args: argparse.Namespace, threads: int) -> dict[str, Any]:
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    amount = "CAST(replace(replace({0}, '.', ''), ',', '.') AS DECIMAL(18, 2)) AS {0}"
    query = (
        "SELECT tahun, kode_pemda, kode_skpd, nama_skpd, kode_sub_kegiatan, nama_sub_kegiatan, "
        f"{amount.format('anggaran')}, {amount.format('realisasi')} "
        f"FROM read_csv('{args.csv}', delim=';', header=true, quote='\"', all_varchar=true)"
    )
    seconds, result = best_of(lambda: duckdb_arrow(con.execute(query)), args.repeat)
    return {"seconds": seconds, "lines": result.num_rows}


TOOLS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "kinerja": run_kinerja,
    "duckdb-1": lambda a: run_duckdb(a, 1),
    "duckdb-2": lambda a: run_duckdb(a, 2),
    "polars": run_polars,
    "pandas-arrow-decimal": lambda a: run_pandas(a, "arrow"),
    "pandas-float64": lambda a: run_pandas(a, "float64"),
    "python-decimal": run_decimal,
    "bandwidth-floor": run_floor,
    "csv-kinerja": run_csv_kinerja,
    "csv-duckdb-1": lambda a: run_csv_duckdb(a, 1),
    "csv-duckdb-2": lambda a: run_csv_duckdb(a, 2),
}


def child(args: argparse.Namespace) -> int:
    print(json.dumps(TOOLS[args.tool](args)))
    return 0


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, {platform.platform()}, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regions", type=int, default=542)
    parser.add_argument("--years", type=int, nargs="+", default=[2024])
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs per tool")
    parser.add_argument("--decimal-lines", type=int, default=500_000, help="lines the Decimal loop runs over")
    parser.add_argument("--out", help="folder for the data files (default: a temporary folder)")
    parser.add_argument("--tools", nargs="+", default=list(TOOLS), choices=list(TOOLS))
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--tool", help=argparse.SUPPRESS)
    parser.add_argument("--table", help=argparse.SUPPRESS)
    parser.add_argument("--csv", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tool:
        return child(args)

    import pyarrow as pa

    import kinerja

    with tempfile.TemporaryDirectory(dir=args.out) as folder:
        print(f"machine: {machine()}")
        start = time.perf_counter()
        ledger = generate(args)
        lines = len(ledger)
        print(f"generated {lines:,} lines in {time.perf_counter() - start:.2f} s")
        table_path, csv_path = os.path.join(folder, "lines.arrow"), os.path.join(folder, "lines.csv")
        table = arrow_table(ledger)
        with pa.OSFile(table_path, "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
            writer.write_table(table)
        ledger.write_csv(csv_path)
        totals = ledger.rollup()
        expected = {
            year: (totals.total("nation", year), totals.total("nation", year, measure="realisasi"))
            for year in args.years
        }
        del table, ledger, totals
        raw = lines * LINE_BYTES
        print(f"raw column bytes {raw / 2**20:,.0f} MiB; CSV {os.path.getsize(csv_path) / 2**20:,.0f} MiB")

        results: dict[str, dict[str, Any]] = {}
        for tool in args.tools:
            command = [sys.executable, __file__, "--tool", tool, "--table", table_path, "--csv", csv_path]
            command += ["--regions", str(args.regions), "--seed", str(args.seed), "--repeat", str(args.repeat)]
            command += ["--decimal-lines", str(args.decimal_lines), "--years", *map(str, args.years)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"{tool}: failed\n{done.stderr}", file=sys.stderr)
                return 1
            results[tool] = json.loads(done.stdout)

    # Every exact tool must agree with kinerja to the sen before its time counts.
    for tool, r in results.items():
        if tool == "pandas-float64":
            continue  # inexact by design: its error is reported instead
        for year, anggaran, realisasi in r.get("nation", []):
            want = expected[year]
            got = (kinerja.Rupiah(Decimal(anggaran)), kinerja.Rupiah(Decimal(realisasi)))
            if got != want:
                print(f"{tool}: nation {year} is {got}, kinerja says {want}", file=sys.stderr)
                return 1

    report(results, lines, raw)
    if args.json:
        Path(args.json).write_text(json.dumps({"lines": lines, "machine": machine(), "results": results}, indent=1))
    return 0


def report(results: dict[str, dict[str, Any]], lines: int, raw: int) -> None:
    def line(name: str, seconds: float, note: str = "") -> None:
        print(f"  {name:<28} {seconds * 1000:>10.1f} ms   {note}")

    k = results.get("kinerja")
    print(f"\nroll-up of {lines:,} lines to every level (best of the runs):")
    for tool in (
        "kinerja",
        "duckdb-1",
        "duckdb-2",
        "polars",
        "pandas-arrow-decimal",
        "pandas-float64",
        "python-decimal",
        "bandwidth-floor",
    ):
        r = results.get(tool)
        if r is None:
            continue
        ratio = f"{r['seconds'] / k['seconds']:.1f}x kinerja" if k and tool != "kinerja" else ""
        extra = []
        if "peak_bytes" in r:
            extra.append(f"peak {r['peak_bytes'] / 2**20:,.0f} MiB")
        if "worst_error_sen" in r:
            extra.append(f"worst error {r['worst_error_sen']} sen, {r['groups_off_by_a_sen_or_more']} groups off")
        if "measured_lines" in r:
            extra.append(f"scaled from {r['measured_lines']:,} lines")
        line(tool, r["seconds"], "; ".join([ratio, *extra]).strip("; "))
    if k:
        print("\ntargets:")
        checks = []
        if "duckdb-1" in results:
            checks.append(
                (
                    "faster than DuckDB DECIMAL group-by, same threads (1)",
                    k["seconds"] < results["duckdb-1"]["seconds"],
                    f"{results['duckdb-1']['seconds'] / k['seconds']:.1f}x",
                )
            )
        if "bandwidth-floor" in results:
            f = results["bandwidth-floor"]["seconds"]
            checks.append(("within 3x of the bandwidth floor", k["seconds"] <= 3 * f, f"{k['seconds'] / f:.1f}x"))
        if "pandas-float64" in results:
            p = results["pandas-float64"]["seconds"]
            checks.append(
                ("at least 10x faster than pandas float64", p >= 10 * k["seconds"], f"{p / k['seconds']:.1f}x")
            )
        checks.append(
            (
                "peak memory at most 2x the raw column bytes",
                k["peak_bytes"] <= 2 * raw,
                f"{k['peak_bytes'] / raw:.2f}x of {raw / 2**20:,.0f} MiB",
            )
        )
        c = results.get("csv-kinerja")
        if c:
            rate = 2 * c["lines"] / c["seconds"]
            checks.append(("CSV import at least 20 M amounts/s/core", rate >= 20e6, f"{rate / 1e6:.1f} M/s"))
            if "csv-duckdb-1" in results:
                d = results["csv-duckdb-1"]["seconds"]
                checks.append(
                    (
                        "CSV import faster than DuckDB read_csv (1 thread)",
                        c["seconds"] < d,
                        f"kinerja {c['seconds']:.2f} s, DuckDB {d:.2f} s",
                    )
                )
            if "csv-duckdb-2" in results:
                d = results["csv-duckdb-2"]["seconds"]
                checks.append(("  ... and DuckDB with 2 threads", c["seconds"] < d, f"DuckDB {d:.2f} s"))
        for name, ok, figure in checks:
            print(f"  {'met   ' if ok else 'MISSED'} {name}: {figure}")


if __name__ == "__main__":
    sys.exit(main())
