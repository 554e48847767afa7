"""Where the repository's files are, as fixtures, so no test rebuilds the path by hand."""

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import kinerja

_REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository's root folder."""
    return _REPO


@pytest.fixture(scope="session")
def seed_path(repo: Path) -> Path:
    """The seed document: the 2019 LAKIP as a kinerja/1 dataset."""
    return repo / "examples" / "data" / "lakip-2019.json"


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> kinerja.Renstra:
    """The seed document, read once per test module."""
    return kinerja.read_renstra(seed_path)


@pytest.fixture(scope="session")
def dask_rollup(repo: Path) -> Iterator[ModuleType]:
    """examples/python/dask_rollup.py, imported as a module (the workers import it by name too)."""
    folder = str(repo / "examples" / "python")
    sys.path.insert(0, folder)
    try:
        yield importlib.import_module("dask_rollup")
    finally:
        sys.path.remove(folder)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # A test that takes `notebook` runs once per example notebook.
    if "notebook" in metafunc.fixturenames:
        notebooks = sorted((_REPO / "examples" / "notebooks").glob("*.ipynb"))
        metafunc.parametrize("notebook", notebooks, ids=[p.name for p in notebooks])
