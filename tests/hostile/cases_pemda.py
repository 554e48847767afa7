"""Hostile kinerja-pemda/1 files: nesting, devices, OPD files outside the folder, missing or broken.
Each is refused (exit 2) naming the file it lies in and the JSON path or line:column."""

from __future__ import annotations

import json
from typing import Any

from hostile import Case, deep


def pemda(**changes: Any) -> str:
    """A small valid Pemda file with top-level keys replaced by `changes`."""
    doc: dict[str, Any] = {
        "format": "kinerja-pemda/1",
        "rpjmd": {
            "body": {"name": "Pemkab Uji"},
            "period": {"from": 2021, "to": 2026},
            "nodes": [{"id": "v", "level": "visi", "name": "Visi"}],
        },
        "opd": [{"id": "a", "file": "opd"}],
    }
    doc.update(changes)
    return json.dumps(doc, indent=2) + "\n"


OPD = json.dumps(
    {
        "format": "kinerja/1",
        "body": {"name": "Dinas Uji"},
        "period": {"from": 2021, "to": 2026},
        "nodes": [{"id": "v", "level": "visi", "name": "Visi"}],
    }
)

DEPTH_ERROR = r"nested deeper than 64 levels; the limit is 64 \(raise it with --max-depth or ReadLimits::max_depth\)"

CASES = [
    Case(
        name="pemda-valid",
        row=0,
        files={"pemda": pemda(), "opd": OPD},
        args=["pemda", "{pemda}"],
        rc=0,
        stdout=r"0 galat, 0 peringatan",
    ),
    Case(
        name="pemda-arrays-nested-100000",
        row=0,
        files={"deep": deep('{"format": "kinerja-pemda/1", "x": ', "[", "]", 100_000)},
        args=["pemda", "{deep}"],
        rc=2,
        stderr=r"kinerja: \S*/deep:/x(/0){63}: " + DEPTH_ERROR + "\n",
        timeout=30,
    ),
    Case(
        name="pemda-dev-zero",
        row=0,
        files={},
        args=["pemda", "/dev/zero"],
        rc=2,
        stderr=r"kinerja: /dev/zero:1:1: a NUL byte at byte 0",
        timeout=30,
    ),
    Case(
        name="pemda-opd-outside-the-folder",
        row=0,
        files={"pemda": pemda(opd=[{"id": "a", "file": "../opd"}]), "opd": OPD},
        args=["pemda", "{pemda}"],
        rc=2,
        stderr=r"kinerja: \S*/pemda:/opd/0/file: '\.\./opd' must not leave the pemda file's folder",
    ),
    Case(
        name="pemda-opd-absolute",
        row=0,
        files={"pemda": pemda(opd=[{"id": "a", "file": "/dev/zero"}])},
        args=["pemda", "{pemda}"],
        rc=2,
        stderr=r"kinerja: \S*/pemda:/opd/0/file: '/dev/zero' must be a path relative to the pemda file's folder",
    ),
    Case(
        name="pemda-opd-missing",
        row=0,
        files={"pemda": pemda()},
        args=["pemda", "{pemda}"],
        rc=2,
        stderr=r"kinerja: \S*/opd: ",
    ),
    Case(
        name="pemda-opd-broken",
        row=0,
        files={"pemda": pemda(), "opd": OPD.replace('"visi"', '"vision"')},
        args=["pemda", "{pemda}"],
        rc=2,
        stderr=r"kinerja: \S*/opd:/nodes/0/level: 'vision' is not one of",
    ),
    Case(
        name="pemda-rpjmd-broken",
        row=0,
        files={"pemda": pemda(rpjmd={"body": {"name": "P"}, "period": {"from": 2021, "to": 20260}}), "opd": OPD},
        args=["pemda", "{pemda}"],
        rc=2,
        stderr=r"kinerja: \S*/pemda:/rpjmd/period/to: ",
    ),
]
