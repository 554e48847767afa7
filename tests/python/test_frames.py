"""DataFrames stay exact: decimal128(38, 2) money, never float64. Oracle: Python's decimal."""

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

pd = pytest.importorskip("pandas")  # the [pandas] extra; scripts/test installs it
pa = pytest.importorskip("pyarrow")

import kinerja  # noqa: E402
from kinerja import frames  # noqa: E402


def test_budget_frame_is_exact_and_never_float(seed: kinerja.Renstra) -> None:
    df = frames.budget_frame(seed)
    assert len(df) == 16
    assert df["anggaran"].dtype == frames.MONEY
    assert not any(str(t) == "float64" for t in df.dtypes)
    by_class = df.groupby("belanja")["anggaran"].sum()
    assert by_class["belanja_langsung"] == Decimal("5328713488.00")
    assert by_class["belanja_tidak_langsung"] == Decimal("2098618011.00")
    by_program = df[df["program"].notna()].groupby("program")["realisasi"].sum()
    assert by_program["prog-2"] == Decimal("676626016.36")


def test_capaian_frame(seed: kinerja.Renstra) -> None:
    df = frames.capaian_frame(seed, 2019)
    assert len(df) == 15
    row = df.set_index("kegiatan").loc["keg-4-3"]
    assert row["capaian"] == Decimal("82.51")
    assert row["efficiency"] == Decimal("1.00")
    assert df["capaian"].dtype == frames.PERCENT


def test_capaian_frame_mid_year_keeps_the_kegiatan_not_reported(seed_path: Path) -> None:
    # A kegiatan that has not reported yet: its row stays, capaian and efficiency NA, serapan as spent.
    import json

    data = json.loads(seed_path.read_text(encoding="utf-8"))
    indicator = next(i for i in data["indicators"] if i["id"] == "ik-keg-4-3")
    del indicator["realisations"]["2019"]
    plan = kinerja.parse_renstra(json.dumps(data))
    df = frames.capaian_frame(plan, 2019, index=True)
    assert len(df) == 15
    row = df.loc["keg-4-3"]
    assert not row["reported"]
    assert row["capaian"] is pd.NA and row["efficiency"] is pd.NA
    assert row["serapan"] == Decimal("82.51")  # 199.752.000 / 242.088.000 x 100 = 82.5121..., half-up
    others = df.drop(index="keg-4-3")
    assert others["reported"].all() and others["capaian"].notna().all()


def test_findings_frame(seed: kinerja.Renstra, seed_path: Path) -> None:
    df = frames.findings_frame(kinerja.check(kinerja.read_document(seed_path)))
    assert list(df.columns) == [
        "rule",
        "severity",
        "table",
        "row",
        "column",
        "printed",
        "expected",
        "message",
        "printed_value",
        "expected_value",
    ]
    # 31 before error localization (issue 14 items 1-2): the right figures are no longer errors
    assert (df["severity"] == "error").sum() == 20


@given(st.lists(st.integers(min_value=-(10**16), max_value=10**16), min_size=1, max_size=60))
def test_groupby_sum_on_money_columns_is_exact(sens: list[int]) -> None:
    amounts = [Decimal(s).scaleb(-2) for s in sens]
    df = pd.DataFrame({"g": [i % 3 for i in range(len(sens))], "amount": pd.array(amounts, dtype=frames.MONEY)})
    got = df.groupby("g")["amount"].sum()
    for group in got.index:
        want = sum((a for i, a in enumerate(amounts) if i % 3 == group), Decimal(0))
        assert got[group] == want


def _small_frames() -> dict[str, "pd.DataFrame"]:
    nodes = pd.DataFrame(
        [
            ["visi", "visi", "Visi", None, None, None],
            ["misi", "misi", "Misi", "visi", None, None],
            ["tujuan", "tujuan", "Tujuan", "misi", None, None],
            ["sasaran", "sasaran", "Sasaran", "tujuan", None, None],
            ["p1", "program", "Program Satu", "sasaran", "1.06.02", "utama"],
            ["k1", "kegiatan", "Kegiatan Satu", "p1", "1.06.02.2.01", None],
            ["k2", "kegiatan", "Kegiatan Dua", "p1", "1.06.02.2.02", None],
        ],
        columns=["id", "level", "name", "parent", "code", "kind"],
    )
    budget = pd.DataFrame(
        {
            "year": [2024, 2024, 2024],
            "class": ["operasi", "operasi", "modal"],
            "node": ["k1", "k2", "k2"],
            "anggaran": ["1.239.289.000,00", Decimal("500000.50"), 750_000],
            "realisasi": ["1.000.000.000,25", Decimal("499999.75"), 0],
        }
    )
    indicators = pd.DataFrame(
        [["i1", "sasaran", "Persentase layanan", "%", "higher_is_better", "90"]],
        columns=["id", "node", "name", "satuan", "polarity", "end_target"],
    )
    targets = pd.DataFrame({"indicator": ["i1", "i1"], "year": [2023, 2024], "target": ["80", "85"]})
    realisations = pd.DataFrame({"indicator": ["i1", "i1"], "year": [2023, 2024], "realisasi": ["78,5", "86"]})
    return {
        "nodes": nodes,
        "budget": budget,
        "indicators": indicators,
        "targets": targets,
        "realisations": realisations,
    }


def test_document_from_frames() -> None:
    plan = frames.renstra_from_frames(
        body="Dinas Contoh", period=(2021, 2026), codes="permendagri-90", **_small_frames()
    )
    kinerja.validate(plan)
    # By hand: anggaran 1,239,289,000.00 + 500,000.50 + 750,000 = 1,240,539,000.50;
    # realisasi 1,000,000,000.25 + 499,999.75 + 0 = 1,000,500,000.00.
    totals = kinerja.budget_of(plan, "p1", 2024)
    assert totals.anggaran == kinerja.Rupiah("1240539000.50")
    assert totals.realisasi == kinerja.Rupiah("1000500000.00")
    series = kinerja.compare_years(plan, "i1")
    # 86 / 85 = 101.176.. -> 101.18; progress 86 / 90 = 95.555.. -> 95.56.
    assert series.points[1].capaian.points == Decimal("101.18")
    assert series.points[1].progress.points == Decimal("95.56")
    # Back to a frame: the same exact amounts.
    back = frames.budget_frame(plan)
    assert back["anggaran"].sum() == Decimal("1240539000.50")


def test_document_from_frames_refuses_floats_and_names_the_cell() -> None:
    f = _small_frames()
    f["budget"].loc[1, "anggaran"] = 500000.5
    with pytest.raises(kinerja.DataError) as e:
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    assert e.value.source == "budget frame"
    assert e.value.path == "row 1, column 'anggaran'"
    assert "float" in e.value.reason and "Decimal" in e.value.reason


def test_document_from_frames_maps_reader_errors_back_to_rows() -> None:
    f = _small_frames()
    f["budget"] = f["budget"].set_index(pd.Index(["a", "b", "c"]))
    f["budget"].loc["c", "realisasi"] = "69.33%"  # not money: refused by the strict reader
    with pytest.raises(kinerja.ParseError) as p:
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    assert p.value.source == "budget frame, row 'c', column 'realisasi'"
    assert (p.value.text, p.value.offset) == ("69.33%", 5)
    f["budget"].loc["c", "realisasi"] = "1.000"
    f["budget"].loc["c", "class"] = "belanja_modal"  # not a spending class
    with pytest.raises(kinerja.DataError) as e:
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    assert e.value.path == "row 'c', column 'class'"
    f = _small_frames()
    f["nodes"].loc[6, "parent"] = "nowhere"
    with pytest.raises(kinerja.DataError, match=r"nodes frame, row 6, column 'parent'"):
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    f = _small_frames()
    f["budget"].loc[2, "node"] = "p1"  # a program: a rule of the plan, located in the model's names
    with pytest.raises(kinerja.DataError) as rule:
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    assert (rule.value.source, rule.value.path) == ("budget frame", "row 2, column 'node'")
    assert "kegiatan" in rule.value.reason
    f = _small_frames()
    f["budget"]["extra"] = 1
    with pytest.raises(kinerja.DataError, match="unknown column"):
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    f = _small_frames()
    f["budget"].loc[0, "anggaran"] = None
    with pytest.raises(kinerja.DataError, match=r"row 0, column 'anggaran'.*missing"):
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)


def test_document_from_an_excel_budget_export(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["year", "class", "node", "anggaran", "realisasi"])
    sheet.append([2024, "operasi", "k1", "848.146.988,00", "828.507.537,00"])
    sheet.append([2024, "modal", "k2", "1.000,50", "999,99"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    budget = pd.read_excel(path, dtype={"anggaran": str, "realisasi": str})
    f = _small_frames()
    f["budget"] = budget
    plan = frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    # 848,146,988.00 + 1,000.50 = 848,147,988.50; 828,507,537.00 + 999.99 = 828,508,536.99.
    assert kinerja.budget_of(plan, "p1", 2024).anggaran == kinerja.Rupiah("848147988.50")
    assert kinerja.budget_of(plan, "p1", 2024).realisasi == kinerja.Rupiah("828508536.99")


def test_a_bad_target_or_realisation_names_its_own_frame() -> None:
    f = _small_frames()
    f["realisations"] = pd.concat([f["realisations"]] * 3, ignore_index=True)
    f["realisations"]["year"] = [2021, 2022, 2023, 2024, 2025, 2026]
    f["realisations"].loc[5, "realisasi"] = "69.33%"  # ambiguous: refused by the strict reader
    with pytest.raises(kinerja.ParseError) as p:
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    assert p.value.source == "realisations frame, row 5, column 'realisasi'"
    f["realisations"].loc[5, "realisasi"] = "B"  # not a number for a numeric indicator
    with pytest.raises(kinerja.Error, match=r"^realisations frame, row 5, column 'realisasi': "):
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    f = _small_frames()
    f["targets"] = f["targets"].set_index(pd.Index(["t23", "t24"]))
    f["targets"].loc["t24", "year"] = 1800  # a year kinerja/1 refuses: the year column is named
    with pytest.raises(kinerja.DataError) as e:
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    assert (e.value.source, e.value.path) == ("targets frame", "row 't24', column 'year'")
    assert "between 1900 and 2200" in e.value.reason


def _as_text(frame: "pd.DataFrame") -> "pd.DataFrame":
    # As pd.read_excel(..., dtype=str) gives a sheet: every cell text, an empty cell missing.
    cells = {c: [None if pd.isna(v) else str(v) for v in frame[c]] for c in frame.columns}
    return pd.DataFrame(cells, index=frame.index, dtype=object)


def test_frames_read_with_dtype_str(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    small = _small_frames()
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, frame in small.items():
        sheet = book.create_sheet(name)
        sheet.append(list(frame.columns))
        for row in frame.itertuples(index=False):
            # Years and amounts as Excel numbers where they are ints, the rest as text.
            sheet.append([v if isinstance(v, int) else (None if pd.isna(v) else str(v)) for v in row])
    # A year's realisation in the indicator's own row, under a header named as in the file.
    indicators = book["indicators"]
    indicators.cell(row=1, column=indicators.max_column + 1, value="realisations/2022")
    indicators.cell(row=2, column=indicators.max_column, value="70,25")
    path = tmp_path / "renstra.xlsx"
    book.save(path)
    sheets = pd.read_excel(path, sheet_name=None, dtype=str)
    assert sheets["targets"]["year"].tolist() == ["2023", "2024"]  # text, as the analyst gets it
    plan = frames.renstra_from_frames(body="Dinas Contoh", period=("2021", "2026"), **sheets)
    indicator = plan.find_indicator("i1")
    assert indicator is not None
    assert sorted(indicator.realisations) == [2022, 2023, 2024]
    assert indicator.realisations[2022].value == Decimal("70.25")
    # 1.239.289.000,00 + 500.000,50 + 750.000 = 1.240.539.000,50, as in test_document_from_frames.
    assert kinerja.budget_of(plan, "p1", 2024).anggaran == kinerja.Rupiah("1240539000.50")


def test_integer_text_only_where_an_integer_is_required() -> None:
    f = {k: _as_text(v) for k, v in _small_frames().items()}
    assert frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f).period.to_year == 2026
    f["realisations"].loc[1, "year"] = "2024.0"
    with pytest.raises(kinerja.DataError) as e:
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    assert (e.value.source, e.value.path) == ("realisations frame", "row 1, column 'year'")
    assert e.value.reason == "'2024.0' must be an integer"
    f = {k: _as_text(v) for k, v in _small_frames().items()}
    f["budget"].loc[2, "year"] = "dua ribu"
    with pytest.raises(kinerja.DataError, match=r"^budget frame, row 2, column 'year': 'dua ribu' must be an integer"):
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    f = {k: _as_text(v) for k, v in _small_frames().items()}
    f["indicators"]["targets/20x4"] = "1"
    with pytest.raises(kinerja.DataError, match=r"^indicators frame, row '-', column 'targets/20x4': '20x4' must be"):
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)
    f = {k: _as_text(v) for k, v in _small_frames().items()}
    f["indicators"]["targets/2024"] = "86"  # and the targets frame has 2024 too: which one?
    with pytest.raises(kinerja.DataError, match=r"^targets frame, row 1, column 'year': i1 has a second target"):
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), **f)


def _running_plan() -> kinerja.Renstra:
    # 2025 half way: k1 and k2 by quarter, the body's pegawai line only as a total; 2024 finished.
    import json

    def line(node: str | None, year: int, anggaran: str, quarters: list[str] | None) -> dict[str, object]:
        out: dict[str, object] = {"year": year, "class": "operasi", "anggaran": anggaran}
        out.update({"node": node} if node else {"name": "Belanja Pegawai"})
        if quarters:
            out["triwulan"] = quarters
            out["realisasi"] = str(sum(Decimal(q) for q in quarters))
        else:
            out["realisasi"] = "100"
        return out

    doc = {
        "format": "kinerja/1",
        "body": {"name": "Dinas Contoh"},
        "period": {"from": 2021, "to": 2026},
        "nodes": [
            {"id": "p1", "level": "program", "name": "Program Satu", "kind": "penunjang"},
            {"id": "k1", "level": "kegiatan", "name": "Kegiatan Satu", "parent": "p1"},
            {"id": "k2", "level": "kegiatan", "name": "Kegiatan Dua", "parent": "p1"},
        ],
        "budget": [
            line("k1", 2024, "500", None),
            line("k1", 2025, "1000", ["100.5", "200.25", "0", "0"]),
            line("k2", 2025, "3000", ["300", "0.01", "0", "0"]),
            line(None, 2025, "800", None),
        ],
    }
    return kinerja.parse_renstra(json.dumps(doc))


def test_budget_frame_of_a_year_up_to_a_quarter() -> None:
    plan = _running_plan()
    k = frames.budget_frame(plan, "kegiatan", year=2025, upto_triwulan=1, index=True)
    assert list(k.index) == [("k1", 2025), ("k2", 2025)]
    assert k.loc[("k1", 2025), "realisasi"] == Decimal("100.50")
    assert k.loc[("k1", 2025), "serapan"] == Decimal("10.05")  # 100,50 / 1000 x 100
    p = frames.budget_frame(plan, "program", year=2025, upto_triwulan=2, index=True).loc[("p1", 2025)]
    # (100,50 + 200,25) + (300 + 0,01) = 600,76 of 4000: 15,019 -> 15,02 half-up; sisa 3399,24.
    assert p["realisasi"] == Decimal("600.76") and p["serapan"] == Decimal("15.02")
    assert p["sisa"] == Decimal("3399.24")
    assert set(frames.budget_frame(plan, year=2024)["year"]) == {2024}


def test_budget_frame_up_to_a_quarter_names_a_line_without_quarters() -> None:
    plan = _running_plan()
    with pytest.raises(kinerja.DataError, match=r"/budget/3.*Belanja Pegawai.*states no quarters"):
        frames.budget_frame(plan, year=2025, upto_triwulan=2)
    with pytest.raises(kinerja.InvalidValueError, match="year"):
        frames.budget_frame(plan, upto_triwulan=2)
    with pytest.raises(kinerja.InvalidValueError, match="1 to 4"):
        frames.budget_frame(plan, "kegiatan", year=2025, upto_triwulan=5)
