"""A national ledger through Parquet and back, exact to the sen, without a Python object per line.

    python examples/python/parquet_rollup.py [--regions 20] [--out DIR]

The budget lines are written to Parquet as a data warehouse keeps them (codes dictionary-encoded,
amounts DECIMAL(18, 2)), read back with pyarrow and handed to kinerja in place
(``Ledger.from_arrow``); the roll-up's body totals go out to Parquet again (``LedgerTotals.to_arrow``,
DECIMAL(38, 2)) and, read back, are checked against kinerja's own totals. Needs the pandas extra
(pyarrow).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq  # type: ignore[import-untyped]

import kinerja

# The warehouse's names for the columns Ledger.to_arrow names year, region, body and sub_kegiatan.
COLUMNS = {"year": "tahun", "region": "kode_pemda", "body": "kode_skpd", "sub_kegiatan": "kode_sub_kegiatan"}


def lines_table(ledger: kinerja.Ledger) -> Any:
    """The ledger's lines as the warehouse keeps them: Ledger.to_arrow (codes as dictionary arrays,
    amounts as decimal128(18, 2)) under the warehouse's column names."""
    table = ledger.to_arrow()
    return table.rename_columns([COLUMNS.get(name, name) for name in table.schema.names])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regions", type=int, default=20)
    parser.add_argument("--out", help="folder for the Parquet files (default: a temporary folder)")
    args = parser.parse_args(argv)

    ledger = kinerja.Ledger.generate(regions=args.regions)
    with tempfile.TemporaryDirectory(dir=args.out) as folder:
        lines_path, totals_path = Path(folder) / "lines.parquet", Path(folder) / "body_totals.parquet"
        pq.write_table(lines_table(ledger), lines_path)

        table = pq.read_table(lines_path)  # the codes come back as dictionaries, amounts as decimal128
        start = time.perf_counter()
        read = kinerja.Ledger.from_arrow(table, columns=COLUMNS, source=str(lines_path))
        seconds = time.perf_counter() - start
        print(f"{len(read):,} lines from {lines_path.name} in {seconds * 1000:.0f} ms (Ledger.from_arrow)")

        totals = read.rollup()
        if totals != ledger.rollup():
            print("the lines read back do not roll up to the generated ledger's totals", file=sys.stderr)
            return 1
        pq.write_table(totals.to_arrow("body"), totals_path)
        back = pq.read_table(totals_path)
        print(f"{back.num_rows:,} body totals to {totals_path.name}: {back.schema.field('anggaran').type}")

        # Every body's anggaran, read back from Parquet, is kinerja's exact sum to the sen.
        for row in back.to_pylist():
            want = totals.total("body", row["year"], row["region"], row["body"])
            if kinerja.Rupiah(row["anggaran"]) != want:
                print(f"body {row['region']} {row['body']}: {row['anggaran']} != {want}", file=sys.stderr)
                return 1
        nation = sum((Decimal(a.as_py()) for a in back.column("anggaran")), Decimal(0))
        print(f"nation anggaran from the Parquet totals: {kinerja.Rupiah(nation)} (exact)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
