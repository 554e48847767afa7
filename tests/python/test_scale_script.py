"""The benchmark script runs end to end on a small ledger, so it cannot rot: every exact tool must
agree with kinerja's totals to the sen or the script fails. Speed is not asserted here."""

import subprocess
import sys
from pathlib import Path

import pytest


def test_scale_script_small_run(tmp_path: Path, repo: Path) -> None:
    for module in ("duckdb", "polars", "pandas", "pyarrow"):
        pytest.importorskip(module)
    done = subprocess.run(
        [
            sys.executable,
            str(repo / "benchmarks" / "scale.py"),
            "--regions",
            "2",
            "--repeat",
            "1",
            "--decimal-lines",
            "2000",
            "--years",
            "2023",
            "2024",
            "--out",
            str(tmp_path),
            "--json",
            str(tmp_path / "r.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "generated 80,000 lines" in done.stdout  # 2 regions x 40 x 25 x 4 x 5, two years
    assert "targets (" in done.stdout
    assert "worst" in done.stdout  # pandas float64's error in sen
    # kinerja's roll-up at an explicit thread count, and the way in from Arrow, each in both orders.
    for row in ("kinerja, 1 thread", "kinerja, 2 threads", "kinerja from_arrow, 1 thread"):
        assert row in done.stdout
    for row in ("kinerja from_arrow, decimal128", "kinerja from_arrow, int64 sen"):
        assert row in done.stdout
    assert "roll-up on 2 threads at least 1.7x faster than on 1 (shuffled)" in done.stdout
    assert "from_arrow at least 1 GB/s of column data (decimal128(18, 2), shuffled)" in done.stdout
    assert "takes no thread count" not in done.stdout
