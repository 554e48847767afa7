"""Where the repository's files are, as fixtures, so no test rebuilds the path by hand."""

import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
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
def pemda_dir(repo: Path) -> Path:
    """tests/data/pemda: a Pemda of two OPDs, every figure of it worked out by hand in the tests."""
    return repo / "tests" / "data" / "pemda"


@pytest.fixture(scope="session")
def pemda_generator(repo: Path) -> ModuleType:
    """examples/data/pemda_gen.py, imported by file under a name of its own (examples/data is not a
    package): documents(seed) gives the generated Pemda's JSON, write(folder) writes it."""
    spec = importlib.util.spec_from_file_location(
        "kinerja_example_pemda_gen", repo / "examples" / "data" / "pemda_gen.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def generated_pemda(pemda_generator: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated Pemda (30 OPDs, 2021-2025) written once per session: its pemda.json."""
    return Path(pemda_generator.write(tmp_path_factory.mktemp("pemda")))


@pytest.fixture(scope="session")
def dask_rollup(repo: Path) -> Iterator[ModuleType]:
    """examples/python/dask_rollup.py, imported as a module (the workers import it by name too)."""
    folder = str(repo / "examples" / "python")
    sys.path.insert(0, folder)
    try:
        yield importlib.import_module("dask_rollup")
    finally:
        sys.path.remove(folder)


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path, str, str], Path]:
    """convert(source, target, infilter): LibreOffice (Debian's soffice, headless) converts the file
    `source` to `target` ("docx:MS Word 2007 XML"), reading it with the import filter `infilter` (""
    for LibreOffice's choice), and gives the converted file, in a folder of its own. Each conversion
    has its own user profile and HOME in that folder: soffice started beside another one of the same
    profile hands its work over and may outlive it (parallel tests), and it never touches the user's.
    Skips when LibreOffice is not installed (scripts/setup installs it)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: scripts/setup installs it")

    def convert(source: Path, target: str, infilter: str = "") -> Path:
        folder = tmp_path_factory.mktemp("libreoffice")
        command = [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless"]
        if infilter:
            command.append(f"--infilter={infilter}")
        command += ["--convert-to", target, "--outdir", str(folder / "out"), str(source)]
        env = {**os.environ, "HOME": str(folder)}
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False, env=env)
        out = folder / "out" / (source.stem + "." + target.split(":")[0])
        assert done.returncode == 0 and out.is_file(), (
            f"soffice did not convert {source.name} to {target}: status {done.returncode}\n{done.stdout}{done.stderr}"
        )
        return out

    return convert


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # A test that takes `notebook` runs once per example notebook.
    if "notebook" in metafunc.fixturenames:
        notebooks = sorted((_REPO / "examples" / "notebooks").glob("*.ipynb"))
        metafunc.parametrize("notebook", notebooks, ids=[p.name for p in notebooks])
