"""National scale, side by side: kinerja against what an analyst would pick instead, in any order.

    python benchmarks/scale.py [--regions 542] [--years 2024] [--repeat 3] [--out DIR] [--json FILE]

One run, one generated dataset (kinerja's synthetic national ledger: 542 regions x 40 bodies x 25
programs x 4 kegiatan x 5 sub kegiatan = 10 840 000 lines a year, fixed seed), in two orders: the
generator's (each body's lines together, as exports write them) and shuffled (one permutation of the
lines, numpy's default_rng(seed)). Every tool below runs on both, each rolled up per year to every level
(nation, province, region, body, program, kegiatan, sub kegiatan):

- kinerja through Python, on a ledger read from the CSV of that order (the same path in both orders),
  Ledger.rollup(threads=1) and Ledger.rollup(threads=2), each in its own process; also the generated
  ledger itself (the generator's order only) and the ledger Ledger.from_arrow reads (below);
- DuckDB, DECIMAL(18,2) columns, GROUPING SETS, 1 thread and 2, on its native table (loaded once with
  CREATE TABLE ... AS, the load timed apart) and on a scan of the Arrow table;
- polars, Decimal(18,2) columns, 1 thread;
- pandas with Arrow decimal128(18,2) columns; pandas with float64 (and its error in sen);
- Python's decimal.Decimal in a plain loop (on a slice, scaled up: it is the slowest by far);
- the memory-bandwidth floor: one pass of numpy over the same column bytes;

and the import of the same lines: their CSV (Indonesian amounts) by kinerja (Ledger.read_csv, one
thread) and by DuckDB's read_csv, into its native table and into Arrow; and an Arrow table of them (codes
as dictionary arrays, amounts decimal128(18,2) or int64 sen), memory-mapped from an Arrow IPC file, by
Ledger.from_arrow (in GB/s of column data). Each tool runs in its own process, so its peak
memory is its own; every exact result is checked against kinerja's totals (every group, or the nation
totals and the number of groups) before its time counts. Each time is printed with its ratio to
kinerja's 1-thread time in the same order of the same run. Needs the [bench] extra.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
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
ORDERS = ["sorted", "shuffled"]


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


def best_of(fn: Callable[[], Any], repeat: int, before: Callable[[], Any] | None = None) -> tuple[float, Any]:
    """The shortest of `repeat` runs of fn and the last result; before() runs ahead of each, untimed."""
    best, result = float("inf"), None
    for _ in range(repeat):
        result = None  # free the last run's result first: peaks are of one run
        if before is not None:
            before()
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

    lines = ledger.to_arrow()  # its amounts are decimal128(18, 2)

    return pa.table(
        {
            "year": np.frombuffer(ledger.column("years"), dtype=np.int16),
            "province": province,
            "region": region,
            "body": body,
            "program": program,
            "kegiatan": kegiatan,
            "sub_kegiatan": sub,
            "anggaran": lines.column("anggaran"),
            "realisasi": lines.column("realisasi"),
        }
    )


def ingest_table(ledger: Any, amounts: str) -> Any:
    """The ledger's lines as Ledger.from_arrow reads them (Ledger.to_arrow: the codes as dictionary
    arrays over the ledger's own dictionaries), amounts as decimal128(18, 2) ("decimal") or int64 sen
    ("sen")."""
    return ledger.to_arrow(amounts="int64" if amounts == "sen" else "decimal128")


def load_table(path: str) -> Any:
    import pyarrow as pa

    with pa.memory_map(path) as source:
        return pa.ipc.open_file(source).read_all()


def write_table(table: Any, path: str) -> None:
    import pyarrow as pa

    with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def shuffle_csv(source: str, target: str, permutation: Any) -> None:
    """The CSV's lines in the permutation's order, header first, each line's bytes unchanged."""
    import numpy as np

    data = np.fromfile(source, dtype=np.uint8)
    ends = np.flatnonzero(data == ord("\n")) + 1
    # A quoted field holding a line break would make a line of two: the count would not match.
    if len(ends) != len(permutation) + 1 or ends[-1] != len(data):
        raise SystemExit(f"{source}: expected a header and {len(permutation):,} lines, one a line")
    starts, stops = ends[:-1][permutation].tolist(), ends[1:][permutation].tolist()
    view = memoryview(data)
    with open(target, "wb", buffering=1 << 20) as f:
        f.write(view[: int(ends[0])])
        for start, stop in zip(starts, stops):
            f.write(view[start:stop])


# ---- the tools, one process each; exact ones report what is checked against kinerja's totals


def totals_record(totals: Any) -> dict[str, Any]:
    """What the parent checks: every group to the sen (the canonical bytes' digest) and the nation."""
    return {
        "groups": {level: totals.size(level) for level in LEVELS},
        "nation": [
            [
                year,
                str(totals.total("nation", year).to_decimal()),
                str(totals.total("nation", year, measure="realisasi").to_decimal()),
            ]
            for year in totals.years()
        ],
        "totals_sha256": hashlib.sha256(totals.canonical().to_bytes()).hexdigest(),
    }


def rollup_both(ledger: Any, repeat: int, base: int) -> dict[str, Any]:
    """Ledger.rollup on 1 thread and on 2, each timed with its own peak above base (taken before the ledger
    was made: a peak counts its store, as read_csv's roll-ups do); both must give the same totals."""
    out: dict[str, Any] = {"rollup_seconds": {}, "rollup_peak_bytes": {}}
    digests = []
    for threads in (1, 2):
        reset_peak()
        seconds, totals = best_of(functools.partial(ledger.rollup, threads=threads), repeat)
        out["rollup_seconds"][str(threads)] = seconds
        out["rollup_peak_bytes"][str(threads)] = peak_rss_bytes() - base
        record = totals_record(totals)
        digests.append(record["totals_sha256"])
        out.update(record)
        del totals
    if digests[0] != digests[1]:
        raise SystemExit("Ledger.rollup gave other totals on 2 threads than on 1")
    return out


def run_kinerja_generated(args: argparse.Namespace) -> dict[str, Any]:
    ledger_before = current_rss_bytes()
    ledger = generate(args)
    stored = current_rss_bytes() - ledger_before
    return {"lines": len(ledger), "store_bytes": stored, **rollup_both(ledger, args.repeat, ledger_before)}


def run_kinerja(args: argparse.Namespace, threads: int) -> dict[str, Any]:
    """Ledger.read_csv of the order's CSV (timed on its own, one thread), then Ledger.rollup(threads=)."""
    import kinerja

    base = current_rss_bytes()
    reset_peak()
    csv_seconds, ledger = best_of(lambda: kinerja.Ledger.read_csv(args.csv), args.repeat)
    csv_peak = peak_rss_bytes() - base
    stored = current_rss_bytes() - base
    reset_peak()  # the reader's scratch is not the roll-up's
    seconds, totals = best_of(lambda: ledger.rollup(threads=threads), args.repeat)
    return {
        "seconds": seconds,
        "threads": threads,
        "csv_seconds": csv_seconds,
        "lines": len(ledger),
        "store_bytes": stored,
        "peak_bytes": peak_rss_bytes() - base,
        "csv_peak_bytes": csv_peak,
        **totals_record(totals),
    }


def run_from_arrow(args: argparse.Namespace) -> dict[str, Any]:
    """Ledger.from_arrow of the memory-mapped Arrow IPC file (its pages touched first, untimed), then the
    roll-ups of the ledger it gives on 1 thread and on 2."""
    import numpy as np

    import kinerja

    table = load_table(args.ingest)
    column_bytes = sum(c.nbytes for c in table.columns)
    for column in table.columns:
        for chunk in column.chunks:
            for buffer in chunk.buffers():
                if buffer is not None and buffer.size:
                    # One byte a page: the file is in the page cache and mapped, as it would be in use.
                    int(np.frombuffer(buffer, dtype=np.uint8)[::4096].sum())
    base = current_rss_bytes()  # the mapped file's pages are not the ledger's
    reset_peak()
    seconds, ledger = best_of(lambda: kinerja.Ledger.from_arrow(table, source=args.ingest), args.repeat)
    peak = peak_rss_bytes() - base
    return {
        "seconds": seconds,
        "column_bytes": column_bytes,
        "amounts": str(table.schema.field("anggaran").type),
        "lines": len(ledger),
        "store_bytes": current_rss_bytes() - base,
        "peak_bytes": peak,
        **rollup_both(ledger, args.repeat, base),
    }


def duckdb_arrow(cursor: Any) -> Any:
    # The method's name changed in DuckDB 2.0.
    fetch = getattr(cursor, "to_arrow_table", None) or cursor.fetch_arrow_table
    return fetch()


def duckdb_nation(con: Any, table: str, year: str) -> list[list[Any]]:
    rows = con.execute(
        f"SELECT {year}, sum(anggaran), sum(realisasi) FROM {table} GROUP BY {year} ORDER BY {year}"
    ).fetchall()
    return [[int(y), str(a), str(r)] for y, a, r in rows]


def run_duckdb(args: argparse.Namespace, threads: int, native: bool) -> dict[str, Any]:
    """GROUPING SETS over DuckDB's own table (native) or over a scan of the Arrow table."""
    import duckdb

    base = current_rss_bytes()
    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    table = load_table(args.table)
    out: dict[str, Any] = {}
    if native:
        con.register("arrow_lines", table)
        start = time.perf_counter()
        con.execute("CREATE TABLE lines AS SELECT * FROM arrow_lines")
        out["load_seconds"] = time.perf_counter() - start
        con.unregister("arrow_lines")
        del table  # the mapped Arrow file is not DuckDB's table
        out["store_bytes"] = current_rss_bytes() - base
    else:
        con.register("lines", table)
    sets = ", ".join("(" + ", ".join(KEYS[level]) + ")" for level in LEVELS)
    query = (
        "SELECT year, province, region, body, program, kegiatan, sub_kegiatan, "
        "sum(anggaran) AS anggaran, sum(realisasi) AS realisasi "
        f"FROM lines GROUP BY GROUPING SETS ({sets})"
    )
    reset_peak()
    seconds, result = best_of(lambda: duckdb_arrow(con.execute(query)), args.repeat)
    out.update(
        seconds=seconds,
        rows=result.num_rows,
        peak_bytes=peak_rss_bytes() - base,
        nation=duckdb_nation(con, "lines", "year"),
    )
    return out


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


def run_csv_duckdb(args: argparse.Namespace, threads: int, native: bool) -> dict[str, Any]:
    """DuckDB's read_csv of the same CSV into its own table (native) or into an Arrow table."""
    import duckdb

    base = current_rss_bytes()
    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    amount = "CAST(replace(replace({0}, '.', ''), ',', '.') AS DECIMAL(18, 2)) AS {0}"
    query = (
        "SELECT tahun, kode_pemda, kode_skpd, nama_skpd, kode_sub_kegiatan, nama_sub_kegiatan, "
        f"{amount.format('anggaran')}, {amount.format('realisasi')} "
        f"FROM read_csv('{args.csv}', delim=';', header=true, quote='\"', all_varchar=true)"
    )
    reset_peak()
    if native:
        # The last run's table is dropped before the clock starts: a run holds one table, not two.
        seconds, _ = best_of(
            lambda: con.execute(f"CREATE TABLE imported AS {query}"),
            args.repeat,
            before=lambda: con.execute("DROP TABLE IF EXISTS imported"),
        )
    else:
        seconds, result = best_of(lambda: duckdb_arrow(con.execute(query)), args.repeat)
        con.register("imported", result)
    peak = peak_rss_bytes() - base
    (lines,) = con.execute("SELECT count(*) FROM imported").fetchone()
    return {"seconds": seconds, "lines": lines, "peak_bytes": peak, "nation": duckdb_nation(con, "imported", "tahun")}


Tool = Callable[[argparse.Namespace], dict[str, Any]]
# Each tool and the orders it runs in: the generated ledger exists in the generator's order only.
TOOLS: dict[str, tuple[Tool, list[str]]] = {
    "kinerja-1": (lambda a: run_kinerja(a, 1), ORDERS),
    "kinerja-2": (lambda a: run_kinerja(a, 2), ORDERS),
    "kinerja-generated": (run_kinerja_generated, ["sorted"]),
    "kinerja-from-arrow-decimal": (run_from_arrow, ORDERS),
    "kinerja-from-arrow-sen": (run_from_arrow, ORDERS),
    "duckdb-native-1": (lambda a: run_duckdb(a, 1, native=True), ORDERS),
    "duckdb-native-2": (lambda a: run_duckdb(a, 2, native=True), ORDERS),
    "duckdb-arrow-1": (lambda a: run_duckdb(a, 1, native=False), ORDERS),
    "duckdb-arrow-2": (lambda a: run_duckdb(a, 2, native=False), ORDERS),
    "polars": (run_polars, ORDERS),
    "pandas-arrow-decimal": (lambda a: run_pandas(a, "arrow"), ORDERS),
    "pandas-float64": (lambda a: run_pandas(a, "float64"), ORDERS),
    "python-decimal": (run_decimal, ORDERS),
    "bandwidth-floor": (run_floor, ORDERS),
    "csv-duckdb-native-1": (lambda a: run_csv_duckdb(a, 1, native=True), ORDERS),
    "csv-duckdb-native-2": (lambda a: run_csv_duckdb(a, 2, native=True), ORDERS),
    "csv-duckdb-arrow-1": (lambda a: run_csv_duckdb(a, 1, native=False), ORDERS),
    "csv-duckdb-arrow-2": (lambda a: run_csv_duckdb(a, 2, native=False), ORDERS),
}
# The Arrow IPC file each from_arrow tool reads: its amounts' type.
INGEST = {"kinerja-from-arrow-decimal": "decimal", "kinerja-from-arrow-sen": "sen"}
# The roll-up table's rows: the from_arrow and generated ledgers' roll-ups are rows of their own.
ROLLUP_TOOLS = ["kinerja-1", "kinerja-2"]
ROLLUP_TOOLS += [f"{t}-{n}" for t in ("kinerja-generated", *INGEST) for n in (1, 2)]
ROLLUP_TOOLS += [t for t in TOOLS if not t.startswith(("csv-", "kinerja"))]
IMPORT_TOOLS = ["kinerja-1", *INGEST] + [t for t in TOOLS if t.startswith("csv-")]
REFERENCE = "kinerja-1"  # every ratio is to kinerja's 1-thread time: most tools here run on one


def child(args: argparse.Namespace) -> int:
    print(json.dumps(TOOLS[args.tool][0](args)))
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


def source_commit() -> str:
    """The commit of the checkout this script lives in (the kinerja measured should be built from it)."""
    done = subprocess.run(
        ["git", "-C", str(Path(__file__).parent), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "unknown"


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def check(tool: str, r: dict[str, Any], expected: dict[str, Any]) -> str | None:
    """Why the tool's result disagrees with kinerja's totals of the generated ledger, or None."""
    import kinerja

    if "totals_sha256" in r and r["totals_sha256"] != expected["sha256"]:
        return "its totals differ from the generated ledger's in some group"
    if "lines" in r and r["lines"] != expected["lines"]:
        return f"{r['lines']:,} lines, not {expected['lines']:,}"
    if "rows" in r and r["rows"] != expected["groups"]:
        return f"{r['rows']:,} groups, not {expected['groups']:,}"
    if tool == "pandas-float64":
        return None  # inexact by design: its error is reported instead
    for year, anggaran, realisasi in r.get("nation", []):
        want = expected["nation"][year]
        got = (kinerja.Rupiah(Decimal(anggaran)), kinerja.Rupiah(Decimal(realisasi)))
        if got != want:
            return f"nation {year} is {got}, kinerja says {want}"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="kinerja's roll-ups are timed with Ledger.rollup(threads=1) and (threads=2), whatever the "
        "library's default (None: 2 threads from 2^20 lines on 2 cores or more) would pick; Ledger.read_csv "
        "and Ledger.from_arrow run on one thread.",
    )
    parser.add_argument("--regions", type=int, default=542)
    parser.add_argument("--years", type=int, nargs="+", default=[2024])
    parser.add_argument("--seed", type=int, default=2024, help="of the generator and of the shuffle")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs per tool")
    parser.add_argument("--decimal-lines", type=int, default=500_000, help="lines the Decimal loop runs over")
    parser.add_argument("--out", help="folder for the data files (default: a temporary folder)")
    parser.add_argument("--tools", nargs="+", default=list(TOOLS), choices=list(TOOLS))
    parser.add_argument("--orders", nargs="+", default=ORDERS, choices=ORDERS)
    parser.add_argument("--note", default="", help="a word on the run, printed and kept (e.g. the machine's load)")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--tool", help=argparse.SUPPRESS)
    parser.add_argument("--table", help=argparse.SUPPRESS)
    parser.add_argument("--csv", help=argparse.SUPPRESS)
    parser.add_argument("--ingest", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tool:
        return child(args)

    import numpy as np

    import kinerja

    print(f"machine: {machine()}")
    print(f"kinerja: {kinerja.__file__}; this script's checkout: commit {source_commit()}")
    if args.note:
        print(f"note: {args.note}")
    loads = [load_average()]
    print(f"load average at the start: {loads[0]}")
    with tempfile.TemporaryDirectory(dir=args.out) as folder:
        setup: dict[str, float] = {}
        start = time.perf_counter()
        ledger = generate(args)
        lines = len(ledger)
        setup["generate_seconds"] = time.perf_counter() - start
        print(f"generated {lines:,} lines in {setup['generate_seconds']:.2f} s")
        tables = {order: os.path.join(folder, f"lines-{order}.arrow") for order in ORDERS}
        ingests = {
            (order, amounts): os.path.join(folder, f"ingest-{amounts}-{order}.arrow")
            for order in ORDERS
            for amounts in INGEST.values()
        }
        csvs = {order: os.path.join(folder, f"lines-{order}.csv") for order in ORDERS}
        start = time.perf_counter()
        table = arrow_table(ledger)
        permutation = np.random.default_rng(args.seed).permutation(lines)
        write_table(table, tables["sorted"])
        write_table(table.take(permutation), tables["shuffled"])
        ledger.write_csv(csvs["sorted"])
        shuffle_csv(csvs["sorted"], csvs["shuffled"], permutation)
        del table
        for amounts in INGEST.values():
            table = ingest_table(ledger, amounts)
            write_table(table, ingests["sorted", amounts])
            write_table(table.take(permutation), ingests["shuffled", amounts])
            del table
        setup["files_seconds"] = time.perf_counter() - start
        totals = ledger.rollup()
        expected = {
            "lines": lines,
            "groups": sum(totals.size(level) for level in LEVELS),
            "nation": {
                year: (totals.total("nation", year), totals.total("nation", year, measure="realisasi"))
                for year in totals.years()
            },
            "sha256": hashlib.sha256(totals.canonical().to_bytes()).hexdigest(),
        }
        del ledger, totals, permutation
        raw = lines * LINE_BYTES
        csv_bytes = os.path.getsize(csvs["sorted"])
        print(
            f"raw column bytes {raw / 2**20:,.0f} MiB; CSV {csv_bytes / 2**20:,.0f} MiB; "
            f"{expected['groups']:,} groups; data files written in {setup['files_seconds']:.1f} s"
        )

        results: dict[str, dict[str, dict[str, Any]]] = {order: {} for order in ORDERS}
        for tool in args.tools:
            for order in TOOLS[tool][1]:
                if order not in args.orders:
                    continue
                command = [sys.executable, __file__, "--tool", tool, "--table", tables[order], "--csv", csvs[order]]
                if tool in INGEST:
                    command += ["--ingest", ingests[order, INGEST[tool]]]
                command += ["--regions", str(args.regions), "--seed", str(args.seed), "--repeat", str(args.repeat)]
                command += ["--decimal-lines", str(args.decimal_lines), "--years", *map(str, args.years)]
                start = time.perf_counter()
                done = subprocess.run(command, capture_output=True, text=True, check=False)
                if done.returncode != 0:
                    print(f"{tool} ({order}): failed\n{done.stderr}", file=sys.stderr)
                    return 1
                r = json.loads(done.stdout)
                # Every exact tool must agree with kinerja to the sen before its time counts.
                problem = check(tool, r, expected)
                if problem:
                    print(f"{tool} ({order}): {problem}", file=sys.stderr)
                    return 1
                results[order][tool] = r
                print(f"  ran {tool} ({order}) in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    loads.append(load_average())
    print(f"load average at the end: {loads[1]}")

    targets = report(results, lines, raw, args.repeat)
    if args.json:
        document = {
            "lines": lines,
            "raw_bytes": raw,
            "csv_bytes": csv_bytes,
            "groups": expected["groups"],
            "machine": machine(),
            "note": args.note,
            "load_average": {"start": loads[0], "end": loads[1]},
            "seed": args.seed,
            "repeat": args.repeat,
            "kinerja_version": getattr(kinerja, "__version__", "unknown"),
            "kinerja_module": kinerja.__file__,
            "commit": source_commit(),
            "setup": setup,
            "results": results,
            "targets": targets,
        }
        Path(args.json).write_text(json.dumps(document, indent=1))
    return 0


LABELS = {
    "kinerja-1": "kinerja, 1 thread",
    "kinerja-2": "kinerja, 2 threads",
    "kinerja-generated-1": "kinerja generated, 1 thread",
    "kinerja-generated-2": "kinerja generated, 2 threads",
    "kinerja-from-arrow-decimal-1": "kinerja from_arrow, 1 thread",
    "kinerja-from-arrow-decimal-2": "kinerja from_arrow, 2 threads",
    "kinerja-from-arrow-sen-1": "kinerja from_arrow sen, 1 thr.",
    "kinerja-from-arrow-sen-2": "kinerja from_arrow sen, 2 thr.",
    "kinerja-from-arrow-decimal": "kinerja from_arrow, decimal128",
    "kinerja-from-arrow-sen": "kinerja from_arrow, int64 sen",
    "duckdb-native-1": "DuckDB native, 1 thread",
    "duckdb-native-2": "DuckDB native, 2 threads",
    "duckdb-arrow-1": "DuckDB Arrow scan, 1 thread",
    "duckdb-arrow-2": "DuckDB Arrow scan, 2 threads",
    "polars": "polars Decimal, 1 thread",
    "pandas-arrow-decimal": "pandas Arrow decimal",
    "pandas-float64": "pandas float64",
    "python-decimal": "Python decimal loop",
    "bandwidth-floor": "numpy bandwidth floor",
    "csv-duckdb-native-1": "DuckDB -> table, 1 thread",
    "csv-duckdb-native-2": "DuckDB -> table, 2 threads",
    "csv-duckdb-arrow-1": "DuckDB -> Arrow, 1 thread",
    "csv-duckdb-arrow-2": "DuckDB -> Arrow, 2 threads",
}
Results = dict[str, dict[str, dict[str, Any]]]  # order -> tool -> what the tool's process reported


def rollup_view(results: Results) -> Results:
    """Every roll-up as a row: a process that timed 1 thread and 2 (rollup_seconds) gives two, "<tool>-1"
    and "<tool>-2"; its own "seconds" (from_arrow's) is not a roll-up's."""
    view: Results = {order: {} for order in ORDERS}
    for order in ORDERS:
        for tool, r in results[order].items():
            if "rollup_seconds" in r:
                for n, seconds in r["rollup_seconds"].items():
                    view[order][f"{tool}-{n}"] = {"seconds": seconds, "peak_bytes": r["rollup_peak_bytes"][n]}
            elif not tool.startswith("csv-"):
                view[order][tool] = r
    return view


def import_view(results: Results) -> Results:
    """The imports' figures under "seconds" and "peak_bytes": kinerja's read_csv taken from its 1-thread
    roll-up's process (the reader is one thread in both), from_arrow and DuckDB's read_csv as reported."""
    view: Results = {order: {} for order in ORDERS}
    for order in ORDERS:
        for tool, r in results[order].items():
            if tool.startswith("csv-") or tool in INGEST:
                view[order][tool] = r
            elif tool == REFERENCE and "csv_seconds" in r:
                view[order][tool] = {"seconds": r["csv_seconds"], "peak_bytes": r["csv_peak_bytes"]}
    return view


def print_table(results: Results, tools: list[str], lines: int, csv: bool, labels: dict[str, str]) -> None:
    """One line a tool: each order's time and its ratio to kinerja's in that order, shuffled/sorted, peaks."""
    print(f"  {'':<30} {'sorted ms':>10} {'x kin.':>7} {'shuffled ms':>12} {'x kin.':>7} {'shuf/sort':>9}  peak MiB")
    for tool in tools:
        seconds: dict[str, float | None] = {}
        cells = []
        for order in ORDERS:
            r, k = results[order].get(tool), results[order].get(REFERENCE)
            s = None if r is None else float(r["seconds"])
            seconds[order] = s
            cells.append(f"{s * 1000:,.1f}" if s is not None else "-")
            cells.append(ratio(s / k["seconds"]) if s is not None and k else "-")
        s, u = seconds["sorted"], seconds["shuffled"]
        if s is None and u is None:
            continue
        change = ratio(u / s) if s and u is not None else "-"
        peak = " / ".join(
            mib(results[order][tool]["peak_bytes"]) if "peak_bytes" in results[order].get(tool, {}) else "-"
            for order in ORDERS
        )
        notes = []
        for order in ORDERS:
            r = results[order].get(tool, {})
            if "load_seconds" in r:
                notes.append(f"load {r['load_seconds']:.2f} s {order}")
            if "worst_error_sen" in r:
                notes.append(f"{order}: worst {r['worst_error_sen']} sen, {r['groups_off_by_a_sen_or_more']} off")
        r = results["sorted"].get(tool) or results["shuffled"].get(tool, {})
        if "measured_lines" in r:
            notes.append(f"scaled from {r['measured_lines']:,} lines")
        if "column_bytes" in r:
            rates = [gb_per_second(results[o][tool]) for o in ORDERS if tool in results[o]]
            notes.append(" / ".join(f"{x:.2f}" for x in rates) + f" GB/s of {r['column_bytes'] / 1e6:,.0f} MB")
        elif csv:
            notes.append(" / ".join(f"{2 * lines / x / 1e6:.1f}" for x in seconds.values() if x) + " M amounts/s")
        label = labels.get(tool, LABELS.get(tool, tool))
        print(
            f"  {label:<30} {cells[0]:>10} {cells[1]:>7} {cells[2]:>12} {cells[3]:>7} {change:>9}  "
            f"{peak:<13} {'; '.join(notes)}".rstrip()
        )


def gb_per_second(r: dict[str, Any]) -> float:
    """from_arrow's rate: the bytes of the table's columns (buffers and dictionaries) a second, 1 GB = 1e9."""
    return float(r["column_bytes"]) / float(r["seconds"]) / 1e9


def mib(n: float) -> str:
    return f"{n / 2**20:,.0f}"


def ratio(x: float) -> str:
    return f"{x:.2f}x" if x >= 0.1 else f"{x:.3f}x"


def report(results: Results, lines: int, raw: int, repeat: int) -> list[dict[str, Any]]:
    """Prints both orders side by side, then the targets; returns the targets as judged."""
    print(
        f"\nroll-up of {lines:,} lines to every level (best of {repeat}; x kin. = time / kinerja's on 1 thread, "
        "same order):"
    )
    print_table(rollup_view(results), ROLLUP_TOOLS, lines, csv=False, labels={})
    print(
        "  kinerja: Ledger.read_csv of that order's CSV, then Ledger.rollup(threads=1 or 2), a process each;\n"
        "  generated: the generator's ledger; from_arrow: the ledger Ledger.from_arrow read (decimal128, or\n"
        "  int64 sen); kinerja's roll-up peaks count its store; peaks: sorted / shuffled"
    )
    print(f"\nimport of the same {lines:,} lines (best of {repeat}; x kin. = time / kinerja read_csv's):")
    labels = {REFERENCE: "kinerja read_csv, 1 thread"}
    print_table(import_view(results), IMPORT_TOOLS, lines, csv=True, labels=labels)
    print(
        "  CSV with Indonesian amounts; kinerja's reader runs on one thread; DuckDB -> table: CREATE TABLE AS\n"
        "  SELECT ... FROM read_csv. from_arrow: a memory-mapped Arrow IPC file (pages touched first), codes\n"
        "  as dictionary arrays; GB/s of the columns' buffers; its peak is the new ledger's, above the file"
    )
    targets = judge(results, lines, raw)
    print(f"\ntargets (issue 13's, set for 10.8 M lines; this run {lines:,}; judged from the figures above):")
    for t in targets:
        verdict = {True: "met   ", False: "MISSED", None: "n/a   "}[t["met"]]
        print(f"  {verdict} {t['target']}: {t['figure']}")
    return targets


def judge(results: Results, lines: int, raw: int) -> list[dict[str, Any]]:
    """Each target of issue 13 (and the earlier ones the README states), met, missed or not measured."""
    targets: list[dict[str, Any]] = []

    def target(name: str, met: bool | None, figure: str) -> None:
        targets.append({"target": name, "met": met, "figure": figure})

    def seconds(order: str, tool: str, key: str = "seconds") -> float | None:
        r = results[order].get(tool)
        return None if r is None or key not in r else float(r[key])

    def at_most(name: str, numerator: float | None, denominator: float | None, limit: float) -> None:
        if numerator is None or denominator is None:
            target(name, None, "not measured")
        else:
            target(name, numerator / denominator <= limit, f"{numerator / denominator:.2f}x")

    def plural(t: int) -> str:
        return f"{t} thread{'s' if t > 1 else ''}"

    for t in (1, 2):
        at_most(
            f"roll-up of shuffled lines within 1.5x of sorted ({plural(t)})",
            seconds("shuffled", f"kinerja-{t}"),
            seconds("sorted", f"kinerja-{t}"),
            1.5,
        )
    for t in (1, 2):
        for order in ORDERS:
            name = f"roll-up at least 10x faster than DuckDB native at {plural(t)} ({order})"
            mine, duck = seconds(order, f"kinerja-{t}"), seconds(order, f"duckdb-native-{t}")
            if mine is None or duck is None:
                target(name, None, "not measured")
            else:
                target(name, duck >= 10 * mine, f"{duck / mine:.1f}x")
    for order in ORDERS:
        one, two = seconds(order, "kinerja-1"), seconds(order, "kinerja-2")
        name = f"roll-up on 2 threads at least 1.7x faster than on 1 ({order})"
        if one is None or two is None:
            target(name, None, "not measured")
        else:
            target(name, one >= 1.7 * two, f"{one / two:.2f}x")
    at_most(
        "CSV reading of shuffled lines within 1.5x of sorted",
        seconds("shuffled", "kinerja-1", "csv_seconds"),
        seconds("sorted", "kinerja-1", "csv_seconds"),
        1.5,
    )
    for order in ORDERS:
        s = seconds(order, "kinerja-1", "csv_seconds")
        name = f"CSV reading at least 20 M amounts/s on one core ({order})"
        if s is None:
            target(name, None, "not measured")
        else:
            target(name, 2 * lines / s >= 20e6, f"{2 * lines / s / 1e6:.1f} M amounts/s")
    for tool in INGEST:
        for order in ORDERS:
            r = results[order].get(tool)
            name = f"from_arrow at least 1 GB/s of column data ({r['amounts'] if r else INGEST[tool]}, {order})"
            if r is None:
                target(name, None, "not measured")
            else:
                rate = gb_per_second(r)
                target(
                    name,
                    rate >= 1,
                    f"{rate:.2f} GB/s ({r['column_bytes'] / 1e6:,.0f} MB in {r['seconds'] * 1000:,.1f} ms)",
                )
    for order in ORDERS:
        peaks = {t: seconds(order, f"kinerja-{t}", "peak_bytes") for t in (1, 2)}
        name = f"roll-up peak memory at most 2x the raw columns ({order})"
        if None in peaks.values():
            target(name, None, "not measured")
        else:
            worst = max(p for p in peaks.values() if p is not None)
            figure = ", ".join(f"{p / raw:.2f}x on {plural(t)}" for t, p in peaks.items() if p is not None)
            target(name, worst <= 2 * raw, f"{figure}, of {mib(raw)} MiB")
    for order in ORDERS:
        # The earlier targets set kinerja against one-thread tools: its 1-thread roll-up.
        k = seconds(order, "kinerja-1")
        floor, pandas = seconds(order, "bandwidth-floor"), seconds(order, "pandas-float64")
        if k is not None and floor is not None:
            at_most(f"earlier: roll-up (1 thread) within 3x of the bandwidth floor ({order})", k, floor, 3)
        if k is not None and pandas is not None:
            target(
                f"earlier: at least 10x faster than pandas float64 (1 thread, {order})",
                pandas >= 10 * k,
                f"{pandas / k:.1f}x",
            )
        c = seconds(order, "kinerja-1", "csv_seconds")
        for t in (1, 2):
            d = seconds(order, f"csv-duckdb-native-{t}")
            if c is not None and d is not None:
                target(
                    f"earlier: CSV import faster than DuckDB read_csv into its table, {plural(t)} ({order})",
                    c < d,
                    f"kinerja {c:.2f} s, DuckDB {d:.2f} s",
                )
    return targets


if __name__ == "__main__":
    sys.exit(main())
