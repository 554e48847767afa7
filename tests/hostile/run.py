"""Runs the hostile-input cases of one or more case files against the `kinerja` command.

    python3 tests/hostile/run.py --cli PATH [--only NAME] CASES.py...

Exit status 0 when every case holds, 1 otherwise (each failure named with what differed).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import run_case


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the kinerja program")
    parser.add_argument("--only", help="run only the case with this name")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    failed = 0
    total = 0
    for file in args.files:
        spec = importlib.util.spec_from_file_location(file.stem, file)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for case in module.CASES:
            if args.only and case.name != args.only:
                continue
            total += 1
            why = run_case(str(Path(args.cli).resolve()), case)
            label = f"{file.stem}/{case.name} (issue 12 row {case.row})" if case.row else f"{file.stem}/{case.name}"
            if why:
                failed += 1
                print(f"FAIL {label}: {why}")
            else:
                print(f"ok   {label}")
    print(f"{total - failed} of {total} hostile cases hold")
    return 1 if failed or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
