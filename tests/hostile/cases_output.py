"""Hostile names and figures on the way out: the report and the comparison as CSV (formula injection,
rows of two documents), Markdown (table breaking, raw HTML) and HTML with SVG charts (coordinates
that wrap around). Every expected text is written by hand from the small datasets below.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from hostile import Case


def dataset(
    body: str = "Dinas Uji",
    region: str = "Kota Uji",
    program: str = "Program satu",
    kegiatan: str = "Kegiatan satu",
    indicator: str = "Indikator satu",
    satuan: str = "%",
    target: str = "10",
    realisations: dict[str, str] | None = None,
    keg_target: str = "10",
    keg_real: str = "5",
    anggaran: str = "1.000.000,00",
    realisasi: str = "500.000,00",
    extra_indicators: list[dict[str, Any]] | None = None,
) -> str:
    """A small valid dataset: one sasaran with indicator iku-1 (target 2019, realisations 2018 and
    2019), under it program prog-1 with kegiatan keg-1 (indicator ik-keg, one budget line of 2019)."""
    indicators: list[dict[str, Any]] = [
        {
            "id": "iku-1",
            "node": "sasaran-1",
            "name": indicator,
            "satuan": satuan,
            "polarity": "higher_is_better",
            "targets": {"2019": target},
            "realisations": realisations or {"2018": "8", "2019": "9"},
        },
        {
            "id": "ik-keg",
            "node": "keg-1",
            "name": "Indikator kegiatan",
            "satuan": "unit",
            "polarity": "higher_is_better",
            "targets": {"2019": keg_target},
            "realisations": {"2019": keg_real},
        },
    ]
    indicators += extra_indicators or []
    return json.dumps(
        {
            "format": "kinerja/1",
            "body": {"name": body, "region": region},
            "period": {"from": 2018, "to": 2023},
            "units": [],
            "nodes": [
                {"id": "visi", "level": "visi", "name": "Visi"},
                {"id": "misi-1", "level": "misi", "name": "Misi", "parent": "visi"},
                {"id": "tujuan-1", "level": "tujuan", "name": "Tujuan", "parent": "misi-1"},
                {"id": "sasaran-1", "level": "sasaran", "name": "Sasaran satu", "parent": "tujuan-1"},
                {"id": "prog-1", "level": "program", "name": program, "parent": "sasaran-1", "kind": "utama"},
                {"id": "keg-1", "level": "kegiatan", "name": kegiatan, "parent": "prog-1"},
            ],
            "indicators": indicators,
            "budget": [
                {
                    "year": 2019,
                    "class": "belanja_langsung",
                    "node": "keg-1",
                    "anggaran": anggaran,
                    "realisasi": realisasi,
                }
            ],
        },
        ensure_ascii=False,
        indent=1,
    )


def all_of(*patterns: str) -> str:
    """One regular expression that matches when every pattern matches somewhere."""
    return r"\A" + "".join(f"(?=[\\s\\S]*?{p})" for p in patterns)


def none_of(*patterns: str) -> str:
    """One regular expression that matches when no pattern matches anywhere."""
    return r"\A" + "".join(f"(?![\\s\\S]*?{p})" for p in patterns)


# Row 7: a grade is dataset text in a column of figures; it is neutralised, the figures are not.
GRADE = {
    "id": "iku-q",
    "node": "sasaran-1",
    "name": "Nilai",
    "satuan": "\rpredikat",  # a leading carriage return, the sixth of OWASP's characters
    "polarity": "qualitative",
    "targets": {"2019": "=1+1"},
    "realisations": {"2019": "-B"},
}
FORMULAS = dataset(
    program='=HYPERLINK("http://evil","x")',
    kegiatan="-2+3",
    indicator="@SUM(A1)",
    satuan="\tTab",
    anggaran="1.000.000,00",
    realisasi="1.500.000,00",  # sisa -500.000,00: a figure, left as it is
    realisations={"2018": "9", "2019": "8"},  # perubahan -1 and a slope of -1,0000: figures
    extra_indicators=[GRADE],
)
# The neutralised cells: a single quote before the text, the field quoted, quotes doubled.
HYPERLINK = r'"\'=HYPERLINK\(""http://evil"",""x""\)"'

# Row 16: capaian of -2e21 % (a realisation of -2e19 against a target of 1: the scatter's point and the
# bar of 2018), then with a realisation of 10^36 too (whose product with the chart's pixels passes 38
# digits), and capaian of +1e30 %.
NEGATIVE = dataset(
    target="1",
    realisations={"2018": "-20000000000000000000", "2019": "1"},
    keg_target="1",
    keg_real="-20000000000000000000",
)
HUGE = dataset(
    target="1",
    realisations={"2017": "1000000000000000000000000000000000000", "2018": "-20000000000000000000", "2019": "1"},
    keg_target="1",
    keg_real="-20000000000000000000",
)
HUGE_UP = dataset(keg_target="1", keg_real="10000000000000000000000000000", anggaran="1,00", realisasi="1,00")

COORDINATE = re.compile(r'\s(cx|cy|x|y|x1|y1|x2|y2|width|height)="([^"]*)"')


def svg_inside(page: str, off_scale: bool) -> str | None:
    """Every coordinate of every chart in page lies inside its viewBox (rectangles whole), or why not;
    with off_scale, at least one mark says it is off the scale."""
    charts = re.findall(r'<svg[^>]*viewBox="0 0 (\d+) (\d+)"[^>]*>([\s\S]*?)</svg>', page)
    if not charts:
        return "no chart in the page"
    for w_text, h_text, body in charts:
        w, h = int(w_text), int(h_text)
        for element in re.findall(r"<[a-z]+\s[^>]*>", body):
            values: dict[str, int] = {}
            for name, value in COORDINATE.findall(element):
                if not re.fullmatch(r"-?\d+", value):
                    return f"{name}={value!r} is not a whole number in {element}"
                values[name] = int(value)
            for name, value in values.items():
                limit = w if name in ("cx", "x", "x1", "x2", "width") else h
                if not 0 <= value <= limit:
                    return f"{name}={value} outside the viewBox 0 0 {w} {h} in {element}"
            if values.get("x", 0) + values.get("width", 0) > w or values.get("y", 0) + values.get("height", 0) > h:
                return f"{element} reaches outside the viewBox 0 0 {w} {h}"
    if off_scale and 'class="off-scale"' not in page:
        return "no mark says a figure is off the scale"
    return None


def check_svg(off_scale: bool):
    def check(folder: Path) -> str | None:
        page = folder / "out.html"
        if not page.is_file():
            return "out.html was not written"
        return svg_inside(page.read_text(encoding="utf-8"), off_scale)

    return check


CASES = [
    Case(
        name="report_csv_formula_names",
        row=7,
        files={"a": FORMULAS},
        args=["report", "{a}", "--format", "csv"],
        rc=0,
        stdout=all_of(
            rf"\npk-anggaran;{HYPERLINK};2;prog-1;Anggaran;1\.000\.000,00\n",
            r"\npk-anggaran;\"'-2\+3\";3;keg-1;Anggaran;1\.000\.000,00\n",
            r"\npk;\"'@SUM\(A1\)\";2;iku-1;Satuan;\"'\tTab\"\n",
            r"\npps;Nilai;2;iku-q;Satuan;\"'\rpredikat\"\n",
            r"\npps;Nilai;2;iku-q;Target;\"'=1\+1\"\n",
            r"\npps;Nilai;2;iku-q;Realisasi;\"'-B\"\n",
            r"\nanggaran;\"'-2\+3\";3;keg-1;Sisa \(Rp\);-500\.000,00\n",
        ),
    ),
    Case(
        name="report_csv_nothing_left_raw",
        row=7,
        files={"a": FORMULAS},
        args=["report", "{a}", "--format", "csv"],
        rc=0,
        # No field starts with = @ + or a tab unquoted; a '-' only before a digit (a figure).
        stdout=none_of(r"[;\n][=@+\t]", r"[;\n]-[^0-9]", r"[;\n]\"[=@+\-\t]"),
    ),
    Case(
        name="compare_csv_formula_names",
        row=7,
        files={"a": FORMULAS},
        args=["compare", "{a}", "--format", "csv"],
        rc=0,
        stdout=all_of(
            r"\nindikator-iku-1;Dinas Uji;2019;2;iku-1;Perubahan;-1\n",
            r"\nindikator-iku-q;Dinas Uji;2019;2;iku-q;Target;\"'=1\+1\"\n",
            # The label starts with the body's name: nothing to neutralise; the slope is a figure.
            r"\ntren;Dinas Uji;Dinas Uji: @SUM\(A1\);1;iku-1;Kemiringan per tahun;-1,0000\n",
        ),
    ),
    Case(
        name="compare_csv_formula_body",
        row=7,
        files={"a": dataset(body="+cmd|' /C calc'!A0")},
        args=["compare", "{a}", "--format", "csv"],
        rc=0,
        stdout=r"\nindikator-iku-1;\"'\+cmd\|' /C calc'!A0\";2019;2;iku-1;Realisasi;9\n",
    ),
    Case(
        name="compare_csv_two_bodies",
        row=8,
        files={"a": dataset(body="Dinas Satu"), "b": dataset(body="Dinas Dua", realisations={"2019": "7"})},
        args=["compare", "{a}", "{b}", "--format", "csv"],
        rc=0,
        stdout=all_of(
            r"\Atabel;dokumen;baris;level;ref;kolom;nilai\n",
            r"\nindikator-iku-1;Dinas Satu;2019;2;iku-1;Realisasi;9\n",
            r"\nindikator-iku-1;Dinas Dua;2019;2;iku-1;Realisasi;7\n",
            r"\ntren;Dinas Satu;Dinas Satu: Indikator satu;1;iku-1;Tahun;2018-2019\n",
        ),
    ),
    Case(
        name="compare_csv_same_name_two_regions",
        row=8,
        files={"a": dataset(), "b": dataset(region="Kota Dua", realisations={"2019": "7"})},
        args=["compare", "{a}", "{b}", "--format", "csv"],
        rc=0,
        stdout=all_of(
            r"\nindikator-iku-1;Dinas Uji \(Kota Uji\);2019;2;iku-1;Realisasi;9\n",
            r"\nindikator-iku-1;Dinas Uji \(Kota Dua\);2019;2;iku-1;Realisasi;7\n",
        ),
    ),
    Case(
        name="compare_md_same_body_twice",
        row=8,
        files={"a": dataset(), "b": dataset(realisations={"2019": "7"})},
        args=["compare", "{a}", "{b}"],
        rc=0,
        stdout=all_of(
            r"\A# Perbandingan indikator: Dinas Uji \(dokumen 1\), Dinas Uji \(dokumen 2\)\n",
            r"\n\| \*\*Dinas Uji \(dokumen 1\)\*\* \|",
            r"\n\| \*\*Dinas Uji \(dokumen 2\)\*\* \|",
            r"\n\| \*\*Dinas Uji \(dokumen 2\): Indikator satu\*\* \| 2019-2019 \|",
        ),
    ),
    Case(
        name="report_md_pipe_newline_html",
        row=18,
        files={
            "a": dataset(
                body="Dinas <img src=x onerror=alert(1)>\n# Judul",
                indicator="a|b\nc <script>x</script> & d",
                kegiatan="k\\|l\r\nm",
            )
        },
        args=["report", "{a}", "--format", "md"],
        rc=0,
        stdout=all_of(
            r"\A# Laporan Kinerja 2019: Dinas &lt;img src=x onerror=alert\(1\)> # Judul\n",
            r"\n\| \.\. a\\\|b c &lt;script&gt;x&lt;/script&gt; &amp; d \| % \| 10 \|\n",
            r"\n\| \.\.\.\. k\\\\\\\|l m \| 1\.000\.000,00 \|\n",
        )
        + none_of(r"<script", r"<img", r"\n# Judul"),
    ),
    Case(
        name="report_html_capaian_minus_2e21",
        row=16,
        files={"a": NEGATIVE},
        args=["report", "{a}", "--format", "html", "-o", "{dir}/out.html"],
        rc=0,
        writes=("out.html",),
        check=check_svg(off_scale=True),
    ),
    Case(
        name="report_html_capaian_off_the_scale",
        row=16,
        files={"a": HUGE},
        args=["report", "{a}", "--format", "html", "-o", "{dir}/out.html"],
        rc=0,
        writes=("out.html",),
        check=check_svg(off_scale=True),
    ),
    Case(
        name="report_html_capaian_far_above",
        row=16,
        files={"a": HUGE_UP},
        args=["report", "{a}", "--format", "html", "-o", "{dir}/out.html"],
        rc=0,
        writes=("out.html",),
        check=check_svg(off_scale=False),
    ),
]
