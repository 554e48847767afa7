"""The LKE SAKIP in Python (kinerja.lke): every score recomputed here, independently, with Python's
fractions and decimal (ROUND_HALF_UP) from the worksheet's text, never taken from kinerja; the
predikat at every boundary both ways; random worksheets against the same arithmetic; the frames; the
files (CSV, JSON, an .xlsx written here with openpyxl); and a generated Pemda loaded, checked,
reported and evaluated end to end."""

from __future__ import annotations

import csv
import io
import json
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja

# The regulation's weights (PermenPANRB 88/2021), written here from its text, not read from kinerja.
COMPONENTS = {"perencanaan": 30, "pengukuran": 30, "pelaporan": 15, "evaluasi": 25}
PARTS = {"pemenuhan": Fraction(20, 100), "kualitas": Fraction(30, 100), "implementasi": Fraction(50, 100)}
SCALES = {
    "y/t": {"y": Fraction(1), "t": Fraction(0)},
    "a-e": {"a": Fraction(1), "b": Fraction(3, 4), "c": Fraction(1, 2), "d": Fraction(1, 4), "e": Fraction(0)},
}
LONG_NAMES = {
    "perencanaan kinerja": "perencanaan",
    "pengukuran kinerja": "pengukuran",
    "pelaporan kinerja": "pelaporan",
    "evaluasi akuntabilitas kinerja internal": "evaluasi",
}


def shown(value: Fraction) -> Decimal:
    """A score as shown: the exact value rounded half-up at two decimals."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def predikat(total: Fraction, ge: bool = False) -> str:
    for bound, name in ((90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C")):
        if total > bound or (ge and total == bound):
            return name
    return "D"


def scale_of(text: str) -> dict[str, Fraction]:
    if "=" not in text:
        return SCALES[text.lower()]
    out = {}
    for item in text.split(";"):
        answer, value = item.rsplit("=", 1)
        out[answer.strip().lower()] = Fraction(Decimal(value.strip().replace(",", ".")))
    return out


def expected(rows: list[dict[str, str]]) -> dict[str, object]:
    """Every score of a worksheet given as CSV rows, by the regulation's arithmetic."""
    values: dict[tuple[str, str], list[Fraction]] = {}
    for r in rows:
        component = LONG_NAMES.get(r["komponen"].lower(), r["komponen"].lower())
        values.setdefault((component, r["sub_komponen"].lower()), []).append(scale_of(r["skala"])[r["jawaban"].lower()])
    parts = {k: COMPONENTS[k[0]] * PARTS[k[1]] * sum(v) / len(v) for k, v in values.items()}
    components = {c: sum(parts[(c, p)] for p in PARTS) for c in COMPONENTS}
    total = sum(components.values())
    return {"parts": parts, "components": components, "total": total}


def csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


@pytest.fixture(scope="module")
def lke_dir(repo: Path) -> Path:
    return repo / "tests" / "data" / "lke"


def test_the_worksheet_scored_as_the_regulation_says(lke_dir: Path) -> None:
    want = expected(csv_rows(lke_dir / "sheet-2022.csv"))
    result = kinerja.evaluate_lke(kinerja.read_lke(lke_dir / "sheet-2022.csv", "Dinas Contoh", 2022))
    for p in result.parts:
        assert p.score == shown(want["parts"][(p.component.name, p.part.name)]), (p.component, p.part)  # type: ignore[index]
    for c in result.components:
        assert c.score == shown(want["components"][c.component.name])  # type: ignore[index]
    assert result.total == shown(want["total"])  # type: ignore[arg-type]
    assert result.total == Decimal("67.19")  # 67,1875 by hand (tests/lke_test.cpp)
    assert result.predikat == predikat(want["total"]) == "B"  # type: ignore[arg-type]


@pytest.mark.parametrize("bound", [90, 80, 70, 60, 50, 30])
def test_every_boundary_both_ways(bound: int) -> None:
    at = Decimal(bound)
    assert kinerja.lke_predikat(at, "gt") == predikat(Fraction(bound))
    assert kinerja.lke_predikat(at, "ge") == predikat(Fraction(bound), ge=True)
    above = at + Decimal("0.01")
    assert kinerja.lke_predikat(above, "gt") == kinerja.lke_predikat(above, "ge") == predikat(Fraction(above))
    assert kinerja.lke_predikat(at, "gt") != kinerja.lke_predikat(at, "ge")
    with pytest.raises(ValueError, match="'gt'"):
        kinerja.lke_predikat(at, "gte")


def _sheet(answers: list[tuple[str, str, str, str]]) -> str:
    lines = ["komponen;sub_komponen;no;kriteria;skala;jawaban"]
    lines += [f"{c};{p};{n};kriteria {n};{s};{a}" for n, (c, p, s, a) in enumerate(answers, 1)]
    return "\n".join(lines) + "\n"


_answer = st.one_of(
    st.tuples(st.just("Y/T"), st.sampled_from("YT")), st.tuples(st.just("A-E"), st.sampled_from("ABCDE"))
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_answer, min_size=1, max_size=7), min_size=12, max_size=12))
def test_random_worksheets_score_as_the_regulation_says(groups: list[list[tuple[str, str]]]) -> None:
    keys = [(c, p) for c in COMPONENTS for p in PARTS]
    answers = [(c, p, s, a) for (c, p), group in zip(keys, groups) for s, a in group]
    text = _sheet(answers)
    result = kinerja.evaluate_lke(kinerja.parse_lke(text, "csv", "random.csv"))
    want = expected(list(csv.DictReader(io.StringIO(text), delimiter=";")))
    assert result.total == shown(want["total"])  # type: ignore[arg-type]
    assert [c.score for c in result.components] == [shown(want["components"][c]) for c in COMPONENTS]  # type: ignore[index]
    assert result.predikat == predikat(want["total"])  # type: ignore[arg-type]
    assert kinerja.evaluate_lke(kinerja.parse_lke(text, "csv"), "ge").predikat == predikat(want["total"], ge=True)  # type: ignore[arg-type]


def test_kerangka_logis_fails_and_passes() -> None:
    # Criterion 3 (perencanaan implementasi) may not exceed criterion 1, nor the mean of pengukuran
    # kualitas (criterion 5).
    rows = [f"{c};{p};{n};kriteria;A-E;B;" for n, (c, p) in enumerate([(c, p) for c in COMPONENTS for p in PARTS], 1)]
    rows[2] = rows[2][:-1] + ';"1; rata(pengukuran.kualitas)"'
    head = "komponen;sub_komponen;no;kriteria;skala;jawaban;batas\n"
    kept = head + "\n".join(rows) + "\n"
    assert kinerja.evaluate_lke(kinerja.parse_lke(kept)).findings == []  # B <= B, B <= mean B
    broken = kept.replace("perencanaan;pemenuhan;1;kriteria;A-E;B", "perencanaan;pemenuhan;1;kriteria;A-E;D")
    broken = broken.replace("pengukuran;kualitas;5;kriteria;A-E;B", "pengukuran;kualitas;5;kriteria;A-E;C")
    findings = kinerja.evaluate_lke(kinerja.parse_lke(broken, "csv", "w.csv")).findings
    assert [(f.rule, f.severity, f.criterion, f.where) for f in findings] == [
        ("lke.kerangka_logis", "error", "3", "4")
    ] * 2
    assert "jawaban 'D' (0,25) kriteria 1" in findings[0].message and "(0,5 / 1 = 0,5)" in findings[1].message
    english = kinerja.evaluate_lke(kinerja.parse_lke(broken, "csv", "w.csv"), lang="en").findings
    assert [(f.rule, f.criterion) for f in english] == [(f.rule, f.criterion) for f in findings]
    assert "criterion 1's 'D' (0.25)" in english[0].message and "(0.5 / 1 = 0.5)" in english[1].message


def test_frames(lke_dir: Path) -> None:
    pytest.importorskip("pandas")
    now = kinerja.evaluate_lke(kinerja.read_lke(lke_dir / "sheet-2022.csv", "Dinas Contoh", 2022))
    before = kinerja.evaluate_lke(kinerja.read_lke(lke_dir / "sheet-2021.csv", "Dinas Contoh", 2021))
    frame = kinerja.lke_frame(now, before)
    total = frame[frame["level"] == "total"].iloc[0]
    assert total["score"] == Decimal("67.19") and total["previous"] == Decimal("47.13")
    assert total["change"] == Decimal("20.06") and total["predikat"] == "B"
    parts = frame[frame["level"] == "part"]
    assert len(parts) == 12 and parts["weight"].sum() == Decimal("100.00")
    assert str(frame["score"].dtype).startswith("decimal128")
    criteria = kinerja.lke_criteria_frame(kinerja.read_lke(lke_dir / "sheet-2022.csv"))
    row = criteria[criteria["id"] == "2.c.1"].iloc[0]
    assert row["answer"] == "Sebagian" and row["value"] == Decimal("0.5")
    findings = kinerja.lke_findings_frame(now)
    assert findings["rule"].tolist() == ["lke.kerangka_logis"] and findings["where"].tolist() == ["11"]


def test_an_unanswered_worksheet_has_no_total_and_answers_can_be_set(lke_dir: Path) -> None:
    sheet = kinerja.read_lke(lke_dir / "sheet-2022.csv")
    open_sheet = sheet.answered({"1.a.2": ""})
    result = kinerja.evaluate_lke(open_sheet)
    assert result.total is None and result.predikat == ""
    assert [f.rule for f in result.findings][:1] == ["lke.unanswered"]
    assert kinerja.evaluate_lke(open_sheet.answered({"1.a.2": "Y"})).total == Decimal("70.19")  # 1.a.2 T -> Y: +3
    with pytest.raises(LookupError):
        sheet.answered({"9.z.9": "Y"})
    with pytest.raises(kinerja.DataError, match="'Q' is not an answer of scale 'Y/T'"):
        sheet.answered({"1.a.2": "Q"})


def test_files_round_trip_and_xlsx(lke_dir: Path, tmp_path: Path) -> None:
    sheet = kinerja.read_lke(lke_dir / "sheet-2022.csv", "Dinas Contoh", 2022)
    kinerja.write_lke(sheet, tmp_path / "lke.json")
    assert kinerja.read_lke(tmp_path / "lke.json") == sheet
    assert json.loads(kinerja.lke_to_json(sheet))["format"] == "kinerja-lke/1"
    # An .xlsx an evaluator made: a title row, the header two rows down, the number column as numbers.
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Evaluasi"
    ws["A1"] = "LKE 2022"
    rows = csv_rows(lke_dir / "sheet-2022.csv")
    header = list(rows[0])
    for c, name in enumerate(header, 1):
        ws.cell(row=3, column=c, value=name)
    for r, row in enumerate(rows, 4):
        for c, name in enumerate(header, 1):
            if row[name]:
                ws.cell(row=r, column=c, value=row[name])
    wb.save(tmp_path / "lke.xlsx")
    from_xlsx = kinerja.read_lke(tmp_path / "lke.xlsx", "Dinas Contoh", 2022)
    assert from_xlsx == sheet
    assert kinerja.parse_lke((tmp_path / "lke.xlsx").read_bytes(), "xlsx", "lke.xlsx", "Dinas Contoh", 2022) == sheet
    # Title rows of two cells right above the header (no blank row): part of the table, not criteria.
    ws.insert_rows(2)
    ws["A2"], ws["B2"] = "OPD", "Dinas Contoh"
    ws.delete_rows(3)  # the blank row that was between the title and the header
    wb.save(tmp_path / "titled.xlsx")
    assert kinerja.read_lke(tmp_path / "titled.xlsx", "Dinas Contoh", 2022) == sheet
    # A bad answer names its row of the sheet.
    ws.cell(row=5, column=6, value="Q")
    wb.save(tmp_path / "bad.xlsx")
    with pytest.raises(
        kinerja.DataError, match=r"bad\.xlsx:sheet 'Evaluasi' row 5: criterion 1\.a\.2: 'Q' is not an answer"
    ):
        kinerja.read_lke(tmp_path / "bad.xlsx")


def test_csv_errors_name_line_column_value_and_why() -> None:
    text = "komponen;sub_komponen;no;kriteria;skala;jawaban\nperencanaan;pemenuhan;1;x;Y/T;Y\n"
    with pytest.raises(kinerja.DataError, match=r"w\.csv: sub-component perencanaan kualitas has no criterion"):
        kinerja.parse_lke(text, "csv", "w.csv")
    with pytest.raises(kinerja.DataError, match=r"w\.csv:2:1: criterion 1: 'rencana' is not a component"):
        kinerja.parse_lke(text.replace("perencanaan;", "rencana;"), "csv", "w.csv")
    with pytest.raises(ValueError, match="'csv', 'json' or 'xlsx'"):
        kinerja.parse_lke(text, "ods")


# ---- a generated Pemda end to end: loaded, checked, reported, evaluated


def test_a_generated_pemda_end_to_end(generated_pemda: Path, repo: Path) -> None:
    pemda = kinerja.read_pemda(generated_pemda)
    assert len(pemda.opds) == 30
    # Checked: the generator's three deliberate findings (its docstring), one an error.
    findings = kinerja.check_pemda(pemda)
    assert sorted((f.rule, f.error) for f in findings) == [
        ("indicator.sum", True),
        ("indicator.years", False),
        ("opd.sasaran_unlinked", False),
    ]
    # Reported: the budget per RPJMD sasaran and year, against the sum of the OPD files' lines.
    # (test_pemda_frames.py recomputes each figure from the OPD files; here: every sasaran, every year.)
    budget = {(b.sasaran, b.year): b.totals.anggaran.to_decimal() for b in kinerja.pemda_budget(pemda)}
    assert sorted(budget) == [(f"RS{s}", y) for s in range(1, 9) for y in range(2021, 2026)]
    assert all(amount > 0 for amount in budget.values())
    page = kinerja.pohon_html(pemda, 2024)
    assert page.startswith("<!DOCTYPE html>") and all(o.plan.body.name in page for o in pemda.opds)
    # Evaluated: one OPD's LKE, the five data criteria answered from its plan, scored as the regulation says.
    dinsos = pemda.find_opd("dinsos")
    assert dinsos is not None
    sheet = kinerja.read_lke(kinerja.datasets.lke_example_path(), dinsos.plan.body.name, 2024)
    filled, disagreements = kinerja.fill_lke_from_plan(sheet, dinsos.plan)
    assert disagreements == []
    by_data = [c for c in filled.criteria if c.answered_by == kinerja.LkeAnswerSource.data]
    assert len(by_data) == 5 and all(c.answer in ("Y", "T") and c.evidence for c in by_data)
    result = kinerja.evaluate_lke(filled)
    rows = [
        {"komponen": c.component.name, "sub_komponen": c.part.name, "skala": c.scale, "jawaban": c.answer}
        for c in filled.criteria
    ]
    want = expected(rows)
    assert result.total == shown(want["total"])  # type: ignore[arg-type]
    assert result.predikat == predikat(want["total"])  # type: ignore[arg-type]
    assert "Nilai LKE SAKIP" in kinerja.format_lke(result, format="html")
