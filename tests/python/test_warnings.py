"""Issue 16, item 5: a missing file raises FileNotFoundError from every reader, and a plan read or
validated in Python warns (kinerja.DataWarning) of realisasi above anggaran, a spending class outside
its years and a year outside the plan period. Expected messages and values written by hand."""

import errno
import json
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import kinerja


def _plan(budget: list[dict[str, Any]], realisations: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "format": "kinerja/1",
        "body": {"name": "Dinas Contoh"},
        "period": {"from": 2019, "to": 2023},
        "nodes": [
            {"id": "p1", "level": "program", "name": "Program Satu", "kind": "penunjang"},
            {"id": "k1", "level": "kegiatan", "name": "Kegiatan Satu", "parent": "p1"},
        ],
        "indicators": [
            {
                "id": "i1",
                "node": "k1",
                "name": "Dokumen",
                "satuan": "dokumen",
                "polarity": "higher_is_better",
                "targets": {"2020": "10"},
                "realisations": realisations or {"2020": "9"},
            }
        ],
        "budget": budget,
    }


def _line(year: int, cls: str, anggaran: str, realisasi: str, node: str = "k1") -> dict[str, Any]:
    return {"year": year, "class": cls, "node": node, "anggaran": anggaran, "realisasi": realisasi}


def test_a_plan_within_its_rules_reads_without_a_warning(seed_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kinerja.parse_renstra(json.dumps(_plan([_line(2020, "belanja_langsung", "100,00", "100,00")])))
        kinerja.read_renstra(seed_path)
        kinerja.datasets.lakip_2019()


def test_realisasi_above_anggaran_warns_naming_line_year_and_values() -> None:
    text = json.dumps(_plan([_line(2020, "belanja_langsung", "1.000.000,00", "100.000.000,00")]))
    with pytest.warns(kinerja.DataWarning) as caught:
        plan = kinerja.parse_renstra(text)
    assert len(caught) == 1
    w = caught[0].message
    assert isinstance(w, kinerja.DataWarning) and isinstance(w, UserWarning)
    # Indonesian, the default; the same warning in English from plan_warnings(plan, "en").
    assert str(w) == "baris milik 'k1' tahun 2020: realisasi Rp100.000.000,00 melebihi anggarannya Rp1.000.000,00"
    assert (w.rule, w.node, w.year) == ("budget.realisasi_above_anggaran", "k1", 2020)
    assert w.location is not None and str(w.location) == "/budget/0/realisasi"
    # The same as data, without warnings: for a report, or a plan built in C++.
    (found,) = kinerja.plan_warnings(plan)
    assert (found.rule, found.message) == (w.rule, str(w))
    (english,) = kinerja.plan_warnings(plan, "en")
    assert english.message == (
        "the line of 'k1' in 2020: realisasi Rp100,000,000.00 is above its anggaran Rp1,000,000.00"
    )
    # validate() of a plan built or changed in Python warns too.
    with pytest.warns(kinerja.DataWarning, match="melebihi anggarannya"):
        kinerja.validate(plan)


def test_spending_class_outside_its_years() -> None:
    # belanja langsung is of the years before 2021, operasi of those from 2021.
    budget = [
        _line(2021, "belanja_langsung", "100,00", "50,00"),
        _line(2020, "operasi", "100,00", "50,00"),
        _line(2021, "operasi", "100,00", "50,00"),
    ]
    with pytest.warns(kinerja.DataWarning) as caught:
        kinerja.parse_renstra(json.dumps(_plan(budget)))
    got = [(str(w.message), str(w.message.location)) for w in caught]  # type: ignore[union-attr]
    assert got == [
        (
            "baris milik 'k1' tahun 2021: kelompok belanja belanja_langsung hanya dipakai sebelum 2021",
            "/budget/0/spending",
        ),
        ("baris milik 'k1' tahun 2020: kelompok belanja operasi hanya dipakai sejak 2021", "/budget/1/spending"),
    ]


def test_years_outside_the_plan_period() -> None:
    # Period 2019-2023: a 2024 line, a 2024 realisation; a 2018 realisation is a comparison year.
    plan = _plan([_line(2024, "operasi", "100,00", "50,00")], {"2018": "7", "2020": "9", "2024": "11"})
    with pytest.warns(kinerja.DataWarning) as caught:
        kinerja.parse_renstra(json.dumps(plan))
    assert [str(w.message) for w in caught] == [
        "baris milik 'k1' tahun 2024: tahun itu berada di luar periode rencana 2019-2023",
        "indikator 'i1': realisasi tahun 2024 berada setelah periode rencana 2019-2023",
    ]
    assert [w.message.year for w in caught] == [2024, 2024]  # type: ignore[union-attr]


def test_many_warnings_are_summed_up() -> None:
    budget = [_line(2020, "belanja_langsung", "1,00", "2,00") for _ in range(12)]
    with pytest.warns(kinerja.DataWarning) as caught:
        plan = kinerja.parse_renstra(json.dumps(_plan(budget)))
    assert len(caught) == 11  # ten, and one saying how many more
    assert str(caught[-1].message).startswith("2 peringatan lagi untuk rencana ini")
    assert len(kinerja.plan_warnings(plan)) == 12


def test_warnings_can_be_turned_into_errors() -> None:
    text = json.dumps(_plan([_line(2020, "belanja_langsung", "1,00", "2,00")]))
    with warnings.catch_warnings():
        warnings.simplefilter("error", kinerja.DataWarning)
        with pytest.raises(kinerja.DataWarning):
            kinerja.parse_renstra(text)


def test_a_plan_from_frames_warns() -> None:
    pd = pytest.importorskip("pandas")
    from kinerja import frames

    nodes = pd.DataFrame(
        {
            "id": ["p1", "k1"],
            "level": ["program", "kegiatan"],
            "name": ["Program Satu", "Kegiatan Satu"],
            "parent": [None, "p1"],
            "kind": ["penunjang", None],
        }
    )
    budget = pd.DataFrame(
        {"year": [2024], "class": ["belanja_langsung"], "node": ["k1"], "anggaran": ["10,00"], "realisasi": ["5,00"]}
    )
    with pytest.warns(kinerja.DataWarning, match="belanja_langsung hanya dipakai sebelum 2021"):
        frames.renstra_from_frames(body="Dinas Contoh", period=(2021, 2026), nodes=nodes, budget=budget)


_READERS: dict[str, Callable[[Path], object]] = {
    "read_renstra": kinerja.read_renstra,
    "read_document": kinerja.read_document,
    "read_printed_csv": kinerja.read_printed_csv,
    "read_docx_tables": kinerja.read_docx_tables,
    "read_xlsx_tables": kinerja.read_xlsx_tables,
    "load_document_report": kinerja.load_document_report,
    "Ledger.read_csv": kinerja.Ledger.read_csv,
}


@pytest.mark.parametrize("reader", sorted(_READERS))
def test_a_missing_file_is_file_not_found_from_every_reader(reader: str, tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here.json"
    with pytest.raises(FileNotFoundError) as caught:
        _READERS[reader](missing)
    e = caught.value
    assert isinstance(e, kinerja.MissingFileError)
    assert isinstance(e, kinerja.DataError) and isinstance(e, kinerja.Error)
    assert e.errno == errno.ENOENT
    assert e.filename == str(missing)
    assert str(e) == f"{missing}: cannot open the file"  # kinerja's own message, with the path
    assert (e.source, e.reason, e.code) == (str(missing), "cannot open the file", "data")


def test_a_file_that_exists_but_cannot_be_read_is_no_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(kinerja.DataError) as caught:
        kinerja.read_renstra(tmp_path)  # a folder
    assert not isinstance(caught.value, FileNotFoundError)
