"""The example notebooks run from top to bottom, so they cannot rot, and the analyst's and the Pemda
notebooks print the right figures: each is recomputed here with Python's decimal from the JSON
documents themselves (the seed file, the generators' documents), not by the library."""

from __future__ import annotations

import ast
import functools
import importlib.util
import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from report_text import indonesian

import kinerja

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

_NOTEBOOKS = Path(__file__).resolve().parents[2] / "examples" / "notebooks"
_CENT = Decimal("0.01")


@functools.cache
def _executed(notebook: Path) -> Any:
    # Executed once per session: the figure tests read the outputs of the run that test_notebook_executes checks.
    nb = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(notebook.parent)}}
    )
    client.execute()
    return nb


# `notebook` runs over every examples/notebooks/*.ipynb (conftest.py).
def test_notebook_executes(notebook: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPLBACKEND", "Agg")  # the kernel inherits it: no display here
    nb = _executed(notebook)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []


def test_notebooks_are_committed_without_outputs(notebook: Path) -> None:
    nb = nbformat.read(notebook, as_version=4)
    assert [c.get("outputs") for c in nb.cells if c.cell_type == "code" and c.get("outputs")] == []


def test_notebook_is_the_build_of_its_source(repo: Path) -> None:
    build = _build_module(repo)
    for source in sorted(_NOTEBOOKS.glob("*.py")):
        if source.name == "build.py":
            continue
        built = source.with_suffix(".ipynb")
        assert built.is_file(), f"{source.name} has no notebook: run python build.py {source.name}"
        assert built.read_text(encoding="utf-8") == build.build_text(source), (
            f"{built.name} is not the build of {source.name}: edit the source and run python build.py {source.name}"
        )


def test_build_reads_cells() -> None:
    build = _build_module(_NOTEBOOKS.parents[1])
    source = "# %% [markdown]\n# # Title\n#\n# text\n\n# %%\nx = 1\n\n\nx\n"
    assert build.cells(source) == [("markdown", "# Title\n\ntext"), ("code", "x = 1\n\n\nx")]
    with pytest.raises(ValueError, match="comment lines only"):
        build.cells("# %% [markdown]\nx = 1\n")


def _load(path: Path, name: str) -> Any:
    # By file, under a name of its own: "build" is also the name of an installed package.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look the module up by name
    spec.loader.exec_module(module)
    return module


def _build_module(repo: Path) -> Any:
    return _load(repo / "examples" / "notebooks" / "build.py", "kinerja_notebook_build")


def _printed_lines(notebook: Path) -> dict[str, str]:
    """Each 'label: value' line the notebook prints, by label."""
    nb = _executed(notebook)
    lines: dict[str, str] = {}
    for cell in nb.cells:
        # The kernel may cut one printed line into several stream outputs: join them first.
        text = "".join(o.text for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == "stdout")
        for line in text.splitlines():
            label, sep, value = line.partition(": ")
            if sep:
                lines[label] = value
    return lines


@pytest.fixture(scope="module")
def printed(monkeypatch_module: None) -> dict[str, str]:
    """Each 'label: value' line the analyst's notebook prints, by label."""
    return _printed_lines(_NOTEBOOKS / "analyst.ipynb")


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MPLBACKEND", "Agg")
        yield


def _figure(text: str) -> Decimal:
    """The Decimal of a printed "Rp1.234,56" or "92,66 %", read by the test's own parser."""
    body = re.sub(r"^Rp|\s*%.*$", "", text.strip())
    value = indonesian(body)
    assert value is not None, text
    return value


def _half_up(value: Decimal) -> Decimal:
    return value.quantize(_CENT, ROUND_HALF_UP)


def test_seed_budget_figures(printed: dict[str, str], seed_path: Path) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    lines = [b for b in data["budget"] if b["year"] == 2019]
    anggaran = sum((_figure(b["anggaran"]) for b in lines), Decimal(0))
    realisasi = sum((_figure(b["realisasi"]) for b in lines), Decimal(0))
    assert _figure(printed["anggaran 2019"]) == anggaran == Decimal("7427331499.00")
    assert _figure(printed["sisa 2019"]) == anggaran - realisasi
    assert _figure(printed["serapan 2019"]) == _half_up(realisasi * 100 / anggaran)


def test_seed_iku_capaian(printed: dict[str, str], seed_path: Path) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    pmks = next(i for i in data["indicators"] if i["id"] == "iku-pmks")
    target = _figure(pmks["targets"]["2019"])
    real = pmks["realisations"]["2019"]
    real = _figure(real["value"] if isinstance(real, dict) else real)
    capaian = _half_up(real * 100 / target)  # higher is better
    # The five bands of the 2019 LKjIPs: 91-100 Sangat Baik, 76-90 Baik.
    predikat = "Sangat Baik" if capaian >= 91 else "Baik" if capaian >= 76 else "lower"
    assert printed["capaian iku-pmks 2019"] == f"{str(capaian).replace('.', ',')} % ({predikat})"


def test_seed_capaian_means(printed: dict[str, str], seed_path: Path) -> None:
    # Every kegiatan of the seed has one indicator with a 2019 target: its capaian is R / T x 100.
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    capaian = []
    for ind in data["indicators"]:
        if ind["node"].startswith("keg-"):
            real = ind["realisations"]["2019"]
            real = real["value"] if isinstance(real, dict) else real
            capaian.append(_half_up(_figure(real) * 100 / _figure(ind["targets"]["2019"])))
    assert len(capaian) == 15
    assert _figure(printed["capaian 2019, simple mean"]) == _half_up(sum(capaian, Decimal(0)) / len(capaian))


@pytest.fixture(scope="module")
def pemda(repo: Path) -> Any:
    return _load(repo / "examples" / "data" / "pemda.py", "kinerja_example_pemda")


def test_generated_figures(printed: dict[str, str], pemda: Any) -> None:
    docs = pemda.documents(regions=3, dinas=3, years=4)
    assert len(docs) == 9
    lines_2024 = [b for d in docs for b in d["budget"] if b["year"] == 2024]
    assert _figure(printed["anggaran 2024, all bodies"]) == sum(
        (Decimal(b["anggaran"]) for b in lines_2024), Decimal(0)
    )

    jember = next(d for d in docs if d["body"]["name"] == "Dinas Sosial Kabupaten Jember")
    lines = [b for b in jember["budget"] if b["year"] == 2024]
    anggaran = sum((Decimal(b["anggaran"]) for b in lines), Decimal(0))
    realisasi = sum((Decimal(b["realisasi"]) for b in lines), Decimal(0))
    assert _figure(printed["serapan 2024, Dinas Sosial Kabupaten Jember"]) == _half_up(realisasi * 100 / anggaran)

    probolinggo = next(d for d in docs if d["body"]["name"] == "Dinas Pendidikan Kabupaten Probolinggo")
    lines = [b for b in probolinggo["budget"] if b["year"] == 2024 and "anggaran_murni" in b]
    change = sum((Decimal(b["anggaran"]) - Decimal(b["anggaran_murni"]) for b in lines), Decimal(0))
    assert _figure(printed["perubahan 2024, Dinas Pendidikan Kabupaten Probolinggo"]) == change

    # Lower is better, the official form: (2T - R) / T x 100.
    lumajang = next(d for d in docs if d["body"]["name"] == "Dinas Kesehatan Kabupaten Lumajang")
    iku = next(i for i in lumajang["indicators"] if i["id"] == "iku-kesehatan")
    assert iku["polarity"] == "lower_is_better" and iku["lower_formula"] == "2t_minus_r"
    t, r = _figure(iku["targets"]["2023"]), _figure(iku["realisations"]["2023"])
    assert _figure(printed["capaian iku-kesehatan 2023, Kabupaten Lumajang"]) == _half_up((2 * t - r) / t * 100)


def test_mid_year_figures(printed: dict[str, str], pemda: Any) -> None:
    (running,) = pemda.documents(regions=1, dinas=1, years=5, reported_quarters=2)
    lines = [b for b in running["budget"] if b["year"] == 2025]
    # What was spent so far is the two reported quarters of each line (and the pegawai line's half year).
    for b in lines:
        if "triwulan" in b:
            assert [Decimal(q) for q in b["triwulan"][2:]] == [0, 0]
            assert sum(Decimal(q) for q in b["triwulan"]) == Decimal(b["realisasi"])
    anggaran = sum((Decimal(b["anggaran"]) for b in lines), Decimal(0))
    realisasi = sum((Decimal(b["realisasi"]) for b in lines), Decimal(0))
    assert _figure(printed["realisasi 2025 so far"]) == realisasi
    assert _figure(printed["serapan 2025 so far"]) == _half_up(realisasi * 100 / anggaran)
    # The Renja table's money of the sub kegiatan: every line of the year but the body's belanja pegawai.
    spent = sum((Decimal(b["realisasi"]) for b in lines if "node" in b), Decimal(0))
    assert _figure(printed["realisasi 2025 of the sub kegiatan, Renja"]) == spent
    # The generator leaves keg-1-2 without a 2025 realisation; the others report two quarters.
    assert printed["not reported yet"] == "['keg-1-2']"
    # A count adds up over the quarters reported so far: capaian = (TW I + TW II) / target x 100.
    so_far = ast.literal_eval(printed["capaian 2025 so far"])
    assert sorted(so_far) == ["keg-1-1", "keg-2-1", "keg-2-2"]
    for kegiatan, text in so_far.items():
        ind = next(i for i in running["indicators"] if i["node"] == kegiatan)
        quarters = [Decimal(q) for q in ind["realisations"]["2025"]["triwulan"] if q is not None]
        assert len(quarters) == 2
        assert _figure(text) == _half_up(sum(quarters, Decimal(0)) * 100 / Decimal(ind["targets"]["2025"]))


@pytest.mark.parametrize(("years", "reported_quarters"), [(1, None), (2, 1), (6, None), (6, 3)])
def test_generated_plans_are_valid(pemda: Any, years: int, reported_quarters: int | None) -> None:
    plans = pemda.plans(regions=3, dinas=3, years=years, reported_quarters=reported_quarters)
    assert len(plans) == 9 and len({p.body.name for p in plans}) == 9
    for plan in plans:
        kinerja.validate(plan)
        assert {line.year for line in plan.budget} == set(range(2021, 2021 + years))


def test_generator_is_deterministic(pemda: Any) -> None:
    assert pemda.documents(seed=7) == pemda.documents(seed=7)
    assert pemda.documents(seed=7) != pemda.documents(seed=8)
    with pytest.raises(ValueError, match="reported_quarters"):
        pemda.documents(reported_quarters=4)


# ---- the Pemda notebook (pemda.ipynb): its figures from the JSON of examples/data/pemda_gen.py


@pytest.fixture(scope="module")
def pemda_printed(monkeypatch_module: None) -> dict[str, str]:
    """Each 'label: value' line the Pemda notebook prints, by label."""
    return _printed_lines(_NOTEBOOKS / "pemda.ipynb")


@pytest.fixture(scope="module")
def generated(repo: Path) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The Pemda file and the OPD files (by OPD id) the notebook generates: the default seed."""
    gen = _load(repo / "examples" / "data" / "pemda_gen.py", "kinerja_example_pemda_gen")
    pemda, files = gen.documents()
    return pemda, {o["id"]: files[o["file"]] for o in pemda["opd"]}


def _number(text: str) -> Decimal:
    # The generator writes money as "1234567.89", rates with a decimal comma ("26,75"), counts as "300".
    return Decimal(text.replace(",", "."))


def _under(plan: dict[str, Any], node: str) -> set[str]:
    """``node`` and every node below it (nodes come parents first)."""
    out = {node}
    for n in plan["nodes"]:
        if n.get("parent") in out:
            out.add(n["id"])
    return out


def _totals(lines: list[dict[str, Any]]) -> tuple[Decimal, Decimal]:
    return (
        sum((_number(b["anggaran"]) for b in lines), Decimal(0)),
        sum((_number(b["realisasi"]) for b in lines), Decimal(0)),
    )


def _sasaran_lines(pemda: dict[str, Any], opds: dict[str, Any], sasaran: str, year: int) -> list[dict[str, Any]]:
    """The budget lines of a year under every OPD node serving an RPJMD sasaran, each line once."""
    picked: dict[tuple[str, int], dict[str, Any]] = {}
    for link in pemda["serves"]:
        if link["sasaran"] == sasaran:
            plan = opds[link["opd"]]
            nodes = _under(plan, link["node"])
            for k, b in enumerate(plan["budget"]):
                if b["year"] == year and b.get("node") in nodes:
                    picked[(link["opd"], k)] = b
    return list(picked.values())


def _opd_lines(plan: dict[str, Any], year: int) -> list[dict[str, Any]]:
    return [b for b in plan["budget"] if b["year"] == year]


def _indicator_capaian(ind: dict[str, Any], year: int) -> Decimal:
    t, r = _number(ind["targets"][str(year)]), _number(ind["realisations"][str(year)])
    if ind["polarity"] == "higher_is_better":
        return _half_up(r * 100 / t)
    if ind["lower_formula"] == "2t_minus_r":
        return _half_up((2 * t - r) * 100 / t)
    return _half_up(t * 100 / r)


def _opd_capaian(plan: dict[str, Any], year: int) -> Decimal | None:
    """The mean of the kegiatan's capaian, each the mean of its indicators' (half-up at each step)."""
    means = []
    for node in plan["nodes"]:
        if node["level"] != "kegiatan":
            continue
        measured = [i for i in plan["indicators"] if i["node"] == node["id"] and str(year) in i["targets"]]
        if not measured or any(str(year) not in i["realisations"] for i in measured):
            continue
        means.append(_half_up(sum((_indicator_capaian(i, year) for i in measured), Decimal(0)) / len(measured)))
    return _half_up(sum(means, Decimal(0)) / len(means)) if means else None


def _predikat(capaian: Decimal) -> str:
    # The five bands of the 2019 LKjIPs, each from its lower bound.
    for least, label in ((91, "Sangat Baik"), (76, "Baik"), (66, "Cukup"), (51, "Kurang")):
        if capaian >= least:
            return label
    return "Sangat Kurang"


def _linked(opds: dict[str, Any], link: dict[str, str]) -> dict[str, Any]:
    """The OPD indicator an indicator link names."""
    return next(i for i in opds[link["opd"]]["indicators"] if i["id"] == link["indicator"])


def test_pemda_checks(pemda_printed: dict[str, str], generated: tuple[dict[str, Any], dict[str, Any]]) -> None:
    pemda, opds = generated
    assert pemda_printed["OPDs"] == str(len(opds)) == "30"
    rpjmd = {i["id"]: i for i in pemda["rpjmd"]["indicators"]}
    links = pemda["indicator_links"]
    # indicator.sum: a "sum" indicator whose linked OPD targets add up to less than its target that year.
    short = []
    for rid, how in pemda["aggregates"].items():
        shares = [_linked(opds, lk) for lk in links if lk["rpjmd"] == rid]
        for year, target in rpjmd[rid]["targets"].items():
            if how == "sum" and all(year in s["targets"] for s in shares):
                total = sum((_number(s["targets"][year]) for s in shares), Decimal(0))
                if total < _number(target):
                    short.append((rid, int(year), _number(target), total))
    assert [s[:2] for s in short] == [("RI7", 2024)]
    _, _, target, total = short[0]
    assert pemda_printed["RI7 2024"] == (
        f"target {_indonesian_text(target)}, OPD targets add up to {_indonesian_text(total)}"
    )
    # indicator.years: a linked OPD indicator whose target years differ from its RPJMD indicator's.
    years_differ = [lk for lk in links if set(_linked(opds, lk)["targets"]) != set(rpjmd[lk["rpjmd"]]["targets"])]
    # opd.sasaran_unlinked: neither it nor a node under it serves or supports, and nothing supports it.
    unlinked = []
    for opd, plan in opds.items():
        for node in plan["nodes"]:
            if node["level"] != "sasaran":
                continue
            under = _under(plan, node["id"])
            linked = any(s["opd"] == opd and s["node"] in under for s in pemda["serves"])
            linked |= any(s["opd"] == opd and s["node"] in under for s in pemda["supports"])
            linked |= any(s["to_opd"] == opd and s["sasaran"] == node["id"] for s in pemda["supports"])
            if not linked:
                unlinked.append((opd, node["id"]))
    assert unlinked == [("kesbangpol", "sasaran-2")] and [lk["opd"] for lk in years_differ] == ["brida"]
    assert pemda_printed["errors"] == str(len(short))
    assert pemda_printed["warnings"] == str(len(years_differ) + len(unlinked))


def _indonesian_text(value: Decimal) -> str:
    """A value as the notebook prints it: two decimals after a comma, dots between thousands."""
    whole, _, fraction = f"{value:.2f}".partition(".")
    return f"{int(whole):,}".replace(",", ".") + "," + fraction


def test_pemda_budget_per_sasaran(
    pemda_printed: dict[str, str], generated: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    pemda, opds = generated
    anggaran, _ = _totals(_sasaran_lines(pemda, opds, "RS3", 2025))
    assert _figure(pemda_printed["anggaran RS3 2025"]) == anggaran
    anggaran, realisasi = _totals(_sasaran_lines(pemda, opds, "RS4", 2025))
    assert _figure(pemda_printed["serapan RS4 2025"]) == _half_up(realisasi * 100 / anggaran)
    everything, _ = _totals([b for plan in opds.values() for b in _opd_lines(plan, 2025)])
    assert _figure(pemda_printed["anggaran 2025, all OPDs"]) == everything
    # Each sasaran's own total, added up; the programs penunjang and belanja pegawai serve none.
    sasaran = [n["id"] for n in pemda["rpjmd"]["nodes"] if n["level"] == "sasaran"]
    serving = sum((_totals(_sasaran_lines(pemda, opds, s, 2025))[0] for s in sasaran), Decimal(0))
    assert _figure(pemda_printed["anggaran 2025 serving RPJMD sasaran"]) == serving < everything


def test_pemda_opds_side_by_side(
    pemda_printed: dict[str, str], generated: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    _, opds = generated
    anggaran, realisasi = _totals(_opd_lines(opds["dinsos"], 2023))
    assert _figure(pemda_printed["serapan 2023, dinsos"]) == _half_up(realisasi * 100 / anggaran)
    capaian = _opd_capaian(opds["dinsos"], 2023)
    assert capaian is not None
    assert pemda_printed["capaian 2023, dinsos"] == f"{_indonesian_text(capaian)} % ({_predikat(capaian)})"
    # The ranking of 2025: the printed OPDs hold the highest and the lowest capaian (a tie: either).
    by_opd = {opd: _opd_capaian(plan, 2025) for opd, plan in opds.items()}
    values = {opd: c for opd, c in by_opd.items() if c is not None}
    assert len(values) == 30
    for label, extreme in (("highest capaian 2025", max), ("lowest capaian 2025", min)):
        opd, _, shown = pemda_printed[label].partition(" (")
        assert values[opd] == extreme(values.values()) == _figure(shown)
    counts: dict[str, int] = {}
    for c in values.values():
        counts[_predikat(c)] = counts.get(_predikat(c), 0) + 1
    assert ast.literal_eval(pemda_printed["predikat 2025"]) == counts


def test_pemda_year_on_year(pemda_printed: dict[str, str], generated: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, opds = generated
    serapan = []
    for year in (2024, 2025):
        anggaran, realisasi = _totals(_opd_lines(opds["pupr"], year))
        serapan.append(_half_up(realisasi * 100 / anggaran))
    printed = pemda_printed["serapan change 2024 to 2025, pupr"]
    assert _figure(printed.removesuffix(" points")) == serapan[1] - serapan[0]
    # The largest fall in capaian among the OPDs with both years (brida too: it reports from 2022).
    change = {}
    for opd, plan in opds.items():
        before, after = _opd_capaian(plan, 2024), _opd_capaian(plan, 2025)
        if before is not None and after is not None:
            change[opd] = after - before
    opd, _, shown = pemda_printed["largest fall in capaian 2024 to 2025"].partition(" (")
    assert change[opd] == min(change.values()) == _figure(shown.removesuffix(" points)"))
