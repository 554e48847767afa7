"""Hostile input to kinerja pohon: names written to break the HTML, DOT or Mermaid text, and files the
format sniffing must not be fooled or held up by (deep nesting before or after the format, devices).
The file is told apart by its format id before the reader applies every limit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hostile import Case, deep

BAD = 'a"] --> x["b\\\n%%{init: {"securityLevel": "loose"}}%% <script>alert(1)</script>'


def dataset(**changes: Any) -> str:
    """A small valid dataset whose tujuan and sasaran carry hostile names, with keys replaced by `changes`."""
    doc: dict[str, Any] = {
        "format": "kinerja/1",
        "body": {"name": 'Dinas "Uji"\n} digraph evil {'},
        "period": {"from": 2021, "to": 2022},
        "nodes": [
            {"id": "v", "level": "visi", "name": "Visi"},
            {"id": "m", "level": "misi", "name": "Misi", "parent": "v"},
            {"id": "t", "level": "tujuan", "name": BAD, "parent": "m"},
            {"id": "s", "level": "sasaran", "name": BAD, "parent": "t"},
        ],
        "indicators": [
            {
                "id": "i",
                "node": "s",
                "name": BAD,
                "satuan": "%",
                "polarity": "higher_is_better",
                "targets": {"2021": "80"},
            },
        ],
    }
    doc.update(changes)
    return json.dumps(doc, indent=2) + "\n"


def page_escaped(folder: Path) -> str | None:
    """None when the page holds its own script only and the names' markup as text."""
    page = (folder / "page.html").read_text(encoding="utf-8")
    if page.count("<script") == 1 and "&lt;script&gt;alert(1)&lt;/script&gt;" in page:
        return None
    return "a name's <script> reached the page unescaped"


DEPTH_ERROR = r"nested deeper than 64 levels; the limit is 64 \(raise it with --max-depth or ReadLimits::max_depth\)"

CASES = [
    Case(
        name="pohon-hostile-names-dot",
        row=0,
        files={"plan": dataset()},
        args=["pohon", "{plan}", "--format", "dot"],
        rc=0,
        # The label keeps the quote and the backslash escaped, the line break a space; the one edge.
        stdout=r'"n0" \[label="Tujuan\\na\\"\] --> x\[\\"b\\\\ %%\{init: \{\\"securityLevel\\": \\"loose\\"\}\}%% '
        r"<script>alert\(1\)</script>\", fillcolor=\"#e6e6e6\"\];\n(.|\n)*\n  \"n0\" -> \"n1\";\n\}\n$",
    ),
    Case(
        name="pohon-hostile-names-mermaid",
        row=0,
        files={"plan": dataset()},
        args=["pohon", "{plan}", "--format", "mermaid"],
        rc=0,
        stdout=r'\n  n0\["Tujuan<br/>a#quot;\] --#62; x\[#quot;b\\ #37;#37;\{init: \{#quot;securityLevel#quot;: '
        r'#quot;loose#quot;\}\}#37;#37; #60;script#62;alert\(1\)#60;/script#62;"\]:::pna\n',
    ),
    Case(
        name="pohon-hostile-names-html",
        row=0,
        files={"plan": dataset()},
        args=["pohon", "{plan}", "--format", "html", "-o", "{dir}/page.html"],
        rc=0,
        writes=("page.html",),
        check=page_escaped,
    ),
    Case(
        name="pohon-nested-before-the-format",
        row=0,
        files={"deep": deep('{"nodes": ', "[", "]", 100_000)},
        args=["pohon", "{deep}"],
        rc=2,
        stderr=r"kinerja: \S*/deep:/nodes(/0){63}: " + DEPTH_ERROR + "\n",
        timeout=30,
    ),
    Case(
        name="pohon-pemda-nested-after-the-format",
        row=0,
        files={"deep": deep('{"format": "kinerja-pemda/1", "x": ', "[", "]", 100_000)},
        args=["pohon", "{deep}"],
        rc=2,
        stderr=r"kinerja: \S*/deep:/x(/0){63}: " + DEPTH_ERROR + "\n",
        timeout=30,
    ),
    Case(
        name="pohon-dev-zero",
        row=0,
        files={},
        args=["pohon", "/dev/zero"],
        rc=2,
        stderr=r"kinerja: /dev/zero:1:1: a NUL byte at byte 0",
        timeout=30,
    ),
    Case(
        name="pohon-output-is-the-input",
        row=0,
        files={"plan": dataset()},
        args=["pohon", "{plan}", "-o", "{plan}"],
        rc=2,
        stderr=r"is also an input",
    ),
]
