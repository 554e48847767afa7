"""Builds a notebook from its readable source: ``python build.py analyst.py`` writes analyst.ipynb.

The source is a Python file in the percent format: ``# %%`` starts a code cell, ``# %% [markdown]``
a Markdown cell whose lines are comments ("# " taken off). The notebook is written without outputs
(they are made when the tests execute it), with cell ids derived from the file name and the cell's
place, so building the same source twice gives the same bytes and git shows only real changes.
tests/python/test_notebook.py checks that each notebook is the build of its source.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

MARKDOWN = "# %% [markdown]"
CODE = "# %%"


def cells(source: str) -> list[tuple[str, str]]:
    """The (kind, text) of every cell of a percent-format source."""
    out: list[tuple[str, list[str]]] = []
    for line in source.splitlines():
        if line.strip() in (MARKDOWN, CODE):
            out.append(("markdown" if line.strip() == MARKDOWN else "code", []))
            continue
        if not out:
            if line.strip():
                raise ValueError(f"text before the first cell marker: {line!r}")
            continue
        kind, lines = out[-1]
        if kind == "markdown":
            if line and not line.startswith("#"):
                raise ValueError(f"a Markdown cell holds comment lines only: {line!r}")
            line = line[2:] if line.startswith("# ") else line[1:]
        lines.append(line)
    return [(kind, "\n".join(lines).strip("\n")) for kind, lines in out]


def notebook(source: str, stem: str) -> dict[str, Any]:
    """The nbformat 4.5 notebook (as JSON) of a percent-format source."""
    out: list[dict[str, Any]] = []
    for i, (kind, text) in enumerate(cells(source)):
        cell: dict[str, Any] = {"cell_type": kind, "id": f"{stem}-{i:02d}", "metadata": {}, "source": text}
        if kind == "code":
            cell.update({"execution_count": None, "outputs": []})
        out.append(cell)
    return {
        "cells": out,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def build_text(path: Path) -> str:
    """The text of the notebook built from the source at ``path``."""
    nb = notebook(path.read_text(encoding="utf-8"), path.stem)
    # One line per source line, as Jupyter writes it, so a diff of the notebook reads like one of the source.
    for cell in nb["cells"]:
        cell["source"] = cell["source"].splitlines(keepends=True)
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        path.with_suffix(".ipynb").write_text(build_text(path), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: build.py SOURCE.py...")
    main(sys.argv[1:])
