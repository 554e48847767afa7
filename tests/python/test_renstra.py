"""The plan model, dataset, reviu and report from Python, on the seed dataset and the docs example.

Expected figures are the issue's and the independent oracle's (tests/data/lakip-2019.expected.json,
written by make_lakip_expected.py with Python's decimal), never the library's own output.
"""

import json
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kinerja


@pytest.fixture(scope="module")
def oracle(repo: Path) -> Any:
    return json.loads((repo / "tests" / "data" / "lakip-2019.expected.json").read_text(encoding="utf-8"))


def test_budget_roll_ups_are_exact(seed: kinerja.Renstra, oracle: Any) -> None:
    bl = kinerja.budget_of_class(seed, 2019, kinerja.SpendingClass.belanja_langsung)
    assert bl.anggaran.to_decimal() == Decimal("5328713488.00")
    assert bl.realisasi.to_decimal() == Decimal("4919391503.36")
    assert bl.serapan().points == Decimal("92.32")
    total = kinerja.budget_of(seed, "", 2019)
    assert total.sisa.to_decimal() == Decimal(oracle["total"]["sisa"])
    for program, want in oracle["programs"].items():
        got = kinerja.budget_of(seed, program, 2019)
        assert got.anggaran.to_decimal() == Decimal(want["anggaran"])
        assert got.serapan().points == Decimal(want["serapan"])


def test_indicators_and_capaian(seed: kinerja.Renstra, oracle: Any) -> None:
    pmks = seed.find_indicator("iku-pmks")
    assert pmks is not None
    realised = kinerja.realisation(seed, pmks, 2019)
    assert realised is not None
    assert realised.value == Decimal("26.43")
    assert kinerja.indicator_capaian(seed, pmks, 2019).points == Decimal("98.80")
    truncating = kinerja.CapaianPolicy(rounding=kinerja.Rounding.truncate)
    psks = seed.find_indicator("iku-psks")
    assert psks is not None
    assert kinerja.indicator_capaian(seed, psks, 2019, truncating).points == Decimal("95.73")
    assert kinerja.RatingScale.lakip_5band().rate(kinerja.Percent(Decimal("90.5"))) == "Baik"
    summary = kinerja.capaian_summary(seed, "", 2019)
    assert summary.simple_mean.points == Decimal(oracle["body"]["simple_mean"])
    assert summary.budget_weighted_mean.points == Decimal(oracle["body"]["weighted_mean"])
    assert len(summary.counted) == 15


def test_data_tables_keep_blanks(seed: kinerja.Renstra) -> None:
    pmks = seed.tables[0]
    assert pmks.value("total", "jumlah") == Decimal("473559")
    assert pmks.value("total", "l") is None  # printed blank, not zero


def test_documents_pickle_losslessly(seed: kinerja.Renstra, seed_path: Path) -> None:
    again = pickle.loads(pickle.dumps(seed))
    assert again == seed
    document = kinerja.read_document(seed_path)
    assert document.plan == seed
    back = pickle.loads(pickle.dumps(document))
    assert back == document
    assert kinerja.format_document(back) == kinerja.format_document(document)
    assert kinerja.parse_document(kinerja.format_document(document)) == document
    # The plan alone holds no printed material; the document keeps it.
    assert len(document.printed.tables) > 0
    assert kinerja.parse_document(kinerja.format_document(kinerja.Document(seed))).printed.tables == []


def test_bad_datasets_name_the_path() -> None:
    with pytest.raises(kinerja.DataError) as e:
        kinerja.parse_renstra(
            '{"format": "kinerja/1", "body": {"name": "x"}, "period": {"from": 2021, "to": 2020}}', "t.json"
        )
    assert e.value.path == "/period"
    assert e.value.source == "t.json"
    assert e.value.location is not None
    assert (e.value.location.list, e.value.location.index, e.value.location.field) == ("period", None, [])
    with pytest.raises(kinerja.ParseError) as p:
        kinerja.parse_renstra(
            '{"format": "kinerja/1", "body": {"name": "x"}, "period": {"from": 2021, "to": 2026},'
            ' "nodes": [{"id": "k", "level": "program", "name": "p", "kind": "penunjang"},'
            ' {"id": "kk", "level": "kegiatan", "name": "k", "parent": "k"}],'
            ' "budget": [{"year": 2024, "class": "belanja_langsung", "node": "kk",'
            ' "anggaran": "848.146..988,00", "realisasi": "0"}]}',
            "t.json",
        )
    assert p.value.offset == 8
    assert p.value.source == "t.json:/budget/0/anggaran"
    with pytest.raises(kinerja.DataError) as d:
        kinerja.parse_renstra(
            '{"format": "kinerja/1", "body": {"name": "x"}, "period": {"from": 2021, "to": 2026},'
            ' "nodes": [{"id": "k", "level": "program", "name": "p", "kind": "penunjang"}],'
            ' "budget": [{"year": 2024, "class": "belanja_langsung", "node": "k", "anggaran": "1", "realisasi": "0"}]}',
            "t.json",
        )
    assert d.value.path == "/budget/0/node"
    where = d.value.location
    assert where is not None
    assert (where.list, where.index, where.field) == ("budget", 0, ["node"])
    with pytest.raises(kinerja.DataError) as u:
        kinerja.parse_renstra('{"format": "kinerja/1", "body": {"name": "x"}, "colour": 1}')
    assert u.value.path == "/colour" and u.value.location is None  # a fault of the file, not of a rule


def test_reviu_of_the_seed(seed: kinerja.Renstra, seed_path: Path) -> None:
    found = kinerja.check(kinerja.read_document(seed_path))
    assert [(f.rule, f.row) for f in found] == [
        (f.rule, f.row) for f in kinerja.check(seed, kinerja.read_document(seed_path).printed)
    ]
    assert kinerja.has_errors(found)
    bl = [f for f in found if f.rule == "total.sum" and f.table == "tabel-3-2" and f.row == "BELANJA LANGSUNG"]
    assert {f.expected for f in bl} == {"5.328.713.488,00", "4.919.391.503,36"}
    assert ("row.sisa", "error: sisa is not anggaran - realisasi") in kinerja.review_rules(lang="en")
    assert ("row.sisa", "error: sisa bukan anggaran - realisasi") in kinerja.review_rules()


def test_printed_material_apart_from_the_plan(seed: kinerja.Renstra, seed_path: Path) -> None:
    document = kinerja.read_document(seed_path)
    kinerja.validate(document.printed)
    assert kinerja.check(seed, kinerja.PrintedReport()) == []  # no printed material, nothing to re-add
    table = kinerja.parse_printed_csv("uraian;anggaran\nA;1\n")
    twice = kinerja.PrintedReport(tables=[table, table])
    with pytest.raises(kinerja.DataError) as e:
        kinerja.validate(twice, "r.json")
    assert e.value.path == "/printed_tables/1/id"
    assert e.value.location is not None and e.value.location.index == 1


def test_reviu_of_a_csv_table() -> None:
    table = kinerja.parse_printed_csv("uraian;anggaran;realisasi;%\nA;1.000.000;900.000;90,00\nB;100;50;60,00\n")
    found = kinerja.check_table(table)
    # One row identity alone: the %, the anggaran or the realisasi may be the wrong one (issue 14).
    assert [(f.rule, f.row, f.expected) for f in found] == [
        ("locate.ambiguous", "B", "'B' persen 50,00 or 'B' anggaran (not determined) or 'B' realisasi (not determined)")
    ]


def test_report_and_comparison(seed: kinerja.Renstra) -> None:
    assert kinerja.latest_year(seed) == 2019
    csv_text = kinerja.format_report(seed, 2019, kinerja.ReportFormat.csv)
    assert "anggaran;JUMLAH;1;body;%;92,66\n" in csv_text
    tables = kinerja.comparison_tables([seed], "iku-pmks")
    trend = tables[-1].rows[0].cells
    # Least squares through 26,60 (2017), 15,47 (2018), 26,43 (2019): 3 points, slope -0,085, 22,41 at 2023.
    assert trend[1:4] == ["3", "-0,0850", "22,41"]


def test_an_unknown_id_raises_a_key_error_naming_the_closest_ids(seed: kinerja.Renstra) -> None:
    # Issue 16: budget_of(plan, "nope", 2019) gave Rp0. The closest ids are by edit distance: "prog1"
    # is one insertion from "prog-1" (then "prog-2", "prog-3" at two).
    with pytest.raises(kinerja.UnknownIdError) as caught:
        kinerja.budget_of(seed, "prog1", 2019)
    assert isinstance(caught.value, KeyError) and isinstance(caught.value, kinerja.Error)
    assert caught.value.id == "prog1" and caught.value.kind == "node" and caught.value.code == "lookup"
    assert caught.value.closest == ["prog-1", "prog-2", "prog-3"]
    assert "'prog1' must be the id of a node of the plan; closest: 'prog-1', 'prog-2', 'prog-3'" in str(caught.value)
    for call in (
        lambda: kinerja.capaian_summary(seed, "prog1", 2019),
        lambda: seed.descendants("prog1", kinerja.Level.kegiatan),
        lambda: kinerja.budget_of(seed, "prog1", 2019, kinerja.SpendingClass.belanja_langsung),
    ):
        with pytest.raises(KeyError, match="prog1"):
            call()
    # A known id with no lines that year is a real zero, not an error.
    assert kinerja.budget_of(seed, "prog-1", 2018).lines == 0
