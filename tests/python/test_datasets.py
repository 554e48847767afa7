"""kinerja.datasets (issue 16, item 7): the example dataset ships with the package, so a notebook
needs no clone. The belanja langsung anggaran expected is summed here with decimal from the 15
kegiatan lines of examples/data/kegiatan-2019.csv (the seed's Tabel 2.4); the Renstra runs 2018-2023."""

from decimal import Decimal
from pathlib import Path

import pytest

import kinerja


def test_the_path_is_the_example_dataset_and_its_provenance_is_beside_it(repo: Path) -> None:
    path = kinerja.datasets.lakip_2019_path()
    assert path.name == "lakip-2019.json"
    assert path.with_suffix(".md").is_file()
    assert path.read_bytes() == (repo / "examples" / "data" / "lakip-2019.json").read_bytes()


def test_an_installed_package_reads_its_own_copy() -> None:
    package = Path(kinerja.__file__).resolve().parent
    path = kinerja.datasets.lakip_2019_path()
    if any(part in ("site-packages", "dist-packages") for part in package.parts):
        assert path == package / "data" / "lakip-2019.json"
    else:  # run from a source checkout: the repository's copy
        assert path == package.parent.parent / "examples" / "data" / "lakip-2019.json"


def test_the_plan(repo: Path) -> None:
    lines = (repo / "examples" / "data" / "kegiatan-2019.csv").read_text(encoding="utf-8").splitlines()[1:]
    anggaran = sum(Decimal(line.split(";")[2].replace(".", "").replace(",", ".")) for line in lines)
    plan = kinerja.datasets.lakip_2019()
    assert isinstance(plan, kinerja.Renstra)
    assert plan.body.name == "Dinas Sosial Kabupaten Lumajang"
    assert (plan.period.from_year, plan.period.to_year) == (2018, 2023)
    totals = kinerja.budget_of_class(plan, 2019, kinerja.SpendingClass.belanja_langsung)
    assert len(lines) == 15
    assert totals.anggaran == kinerja.Rupiah(anggaran)


def test_the_document_keeps_the_printed_tables() -> None:
    document = kinerja.datasets.lakip_2019_document()
    ids = [t.id for t in document.printed.tables]
    assert "tabel-3-2" in ids and "lampiran-pmks" in ids


def test_a_missing_dataset_names_where_it_was_looked_for(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(kinerja.datasets, "__file__", str(tmp_path / "python" / "kinerja" / "datasets.py"))
    with pytest.raises(FileNotFoundError) as caught:
        kinerja.datasets.lakip_2019_path()
    assert str(tmp_path / "python" / "kinerja" / "data" / "lakip-2019.json") in str(caught.value)
    assert str(tmp_path / "examples" / "data" / "lakip-2019.json") in str(caught.value)
