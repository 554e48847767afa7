"""Example data shipped with the package, so a notebook can start without a clone of the repository.

``lakip_2019()`` is the LAKIP 2019 of Dinas Sosial Kabupaten Lumajang as the ``kinerja/1`` dataset
``examples/data/lakip-2019.json``: its Renstra 2018-2023 with budget, indicators and data tables.
``lakip_2019_document()`` keeps the report's printed tables and text figures too (the material of a
reviu), and ``lakip_2019_path()`` is the file itself, with its provenance beside it
(``lakip-2019.md``: which seed line every figure comes from). ``lke_example_path()`` is an example
LKE SAKIP worksheet (``examples/data/lke-2023.csv``: 27 criteria, five of them answered from a plan).

>>> import kinerja.datasets
>>> plan = kinerja.datasets.lakip_2019()
>>> plan.body.name
'Dinas Sosial Kabupaten Lumajang'
"""

from __future__ import annotations

from pathlib import Path

from kinerja._core import Document, Renstra
from kinerja.io import read_document, read_renstra

__all__ = ["lakip_2019", "lakip_2019_document", "lakip_2019_path", "lke_example_path"]

_NAME = "lakip-2019.json"


def _data_path(name: str) -> Path:
    here = Path(__file__).resolve().parent
    installed = here / "data" / name
    checkout = here.parent.parent / "examples" / "data" / name
    for path in (installed, checkout):
        if path.is_file():
            return path
    raise FileNotFoundError(f"the example file {name} is neither at {installed} nor at {checkout}")


def lakip_2019_path() -> Path:
    """The path of the example dataset: installed with the package in ``kinerja/data``, or, when the
    package runs from a source checkout, the repository's ``examples/data``.

    Raises FileNotFoundError naming both places when neither holds it.

    >>> kinerja.datasets.lakip_2019_path().name
    'lakip-2019.json'
    """
    return _data_path(_NAME)


def lke_example_path() -> Path:
    """The path of the example LKE SAKIP worksheet (CSV, docs/lke.md), found as ``lakip_2019_path``.

    >>> kinerja.read_lke(kinerja.datasets.lke_example_path(), year=2023).criteria[0].id
    '1.a.1'
    """
    return _data_path("lke-2023.csv")


def lakip_2019() -> Renstra:
    """The example body's plan (Renstra 2018-2023 of Dinas Sosial Kabupaten Lumajang, LAKIP 2019).

    >>> kinerja.datasets.lakip_2019().body.name
    'Dinas Sosial Kabupaten Lumajang'
    """
    return read_renstra(lakip_2019_path())


def lakip_2019_document() -> Document:
    """The example dataset whole: the plan and the report's printed tables and text figures.

    >>> len(kinerja.datasets.lakip_2019_document().printed.tables) > 0
    True
    """
    return read_document(lakip_2019_path())
