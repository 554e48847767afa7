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
    assert "targets:" in done.stdout
    assert "worst error" in done.stdout
