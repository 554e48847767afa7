"""The pohon kinerja from Python: the three texts of tests/data/pemda and of the seed, with figures
worked out by hand or with Python's decimal (ROUND_HALF_UP), never copied from the library."""

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

import kinerja


@pytest.fixture(scope="module")
def pemda(repo: Path) -> kinerja.Pemda:
    return kinerja.read_pemda(repo / "tests" / "data" / "pemda" / "pemda.json")


def test_the_pemda_tree_as_mermaid_follows_the_links(pemda: kinerja.Pemda) -> None:
    text = kinerja.pohon_mermaid(pemda, 2021)
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    # RS1's RI1: target 1000 in 2021 (1.000 in Indonesian text), no realisasi: absent, never 0.
    assert lines[1] == (
        '  n0["Sasaran RPJMD<br/>Menurunnya jumlah PMKS<br/>'
        'Jumlah PMKS yang tertangani (orang): T 1.000, R tidak ada, C tidak ada"]:::pna'
    )
    edges = [line.strip() for line in lines if "--" in line or "-." in line]
    # By hand from pemda.json: RS1 > dinsos S1 > P1 > K1, K2, dinkes P2 supporting S1; dinsos S2 > P2 >
    # K3; dinkes S2 > P2 > K2; RS2 > dinkes S1 > P1 > K1 (dinsos P1's own link to RS1 is not repeated).
    assert edges == [
        "n0 --> n1",
        "n1 --> n2",
        "n2 --> n3",
        "n2 --> n4",
        "n1 -. mendukung .-> n5",
        "n0 --> n6",
        "n6 --> n7",
        "n7 --> n8",
        "n0 --> n9",
        "n9 --> n10",
        "n10 --> n11",
        "n12 --> n13",
        "n13 --> n14",
        "n14 --> n15",
    ]


def test_the_default_year_is_the_latest_with_a_target(pemda: kinerja.Pemda) -> None:
    # The targets of pemda.json and its OPD files run to 2022.
    assert "Pohon Kinerja 2022: Pemerintah Kabupaten Contoh" in kinerja.pohon_dot(pemda)
    assert kinerja.pohon_dot(pemda) == kinerja.pohon_dot(pemda, 2022)


def test_the_page_is_self_contained_and_collapsible(pemda: kinerja.Pemda) -> None:
    page = kinerja.pohon_html(pemda, 2021)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<details ") == 16
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<link" not in page and " src=" not in page
    assert "default-src 'none'" in page


def test_one_bodys_tree_and_its_capaian(seed: kinerja.Renstra) -> None:
    dot = kinerja.pohon_dot(seed, 2019)
    # PMKS: realisasi 26,43 against a target of 26,75 (higher is better): 98,80 %, Sangat Baik (>= 91).
    c = (Decimal("26.43") / Decimal("26.75") * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert c == Decimal("98.80")
    assert "(%): T 26,75, R 26,43, C 98,80 % Sangat Baik" in dot
    assert dot.splitlines()[4].startswith('  "n0" [label="Tujuan\\n')
    mermaid = kinerja.pohon_mermaid(seed, 2019)
    assert "C 98,80 #37; Sangat Baik" in mermaid


def test_a_source_that_is_neither_is_refused() -> None:
    with pytest.raises(TypeError):
        kinerja.pohon_html("pemda.json")  # type: ignore[arg-type]
