"""help() and inspect: every public function documents its parameters with an example that runs, its
defaults read as Python, and inspect.signature gives its parameters (issue 16, item 6)."""

import doctest
import inspect
import pickle
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kinerja
from kinerja import _core


def _public_functions() -> list[tuple[str, Callable[..., Any]]]:
    out = []
    for name in kinerja.__all__:
        value = getattr(kinerja, name)
        if callable(value) and not inspect.isclass(value):
            out.append((name, value))
    return out


def _compiled_callables() -> list[tuple[str, Any]]:
    # Every function and method of the compiled module (enumerations' and exceptions' own excepted).
    out: list[tuple[str, Any]] = []
    for name, value in vars(_core).items():
        if inspect.isbuiltin(value):
            out.append((name, value))
        elif inspect.isclass(value) and not hasattr(value, "__members__"):
            for attribute, member in vars(value).items():
                if callable(member) or isinstance(member, (property, staticmethod)):
                    out.append((f"{name}.{attribute}", member))
    return out


def test_there_are_functions_to_check() -> None:
    assert len(_public_functions()) > 40
    assert len(_compiled_callables()) > 200


def test_no_default_renders_as_an_object_address_or_enum_repr() -> None:
    # Issue 16: policy: CapaianPolicy = <kinerja._core.CapaianPolicy object at 0x...>, and the enum
    # members as <Rounding.half_up: 0>; arg_v gives each default the Python text that makes it.
    bad = []
    for name, value in _compiled_callables():
        doc = getattr(value, "__doc__", None) or ""
        if " object at 0x" in doc or re.search(r"= <\w+\.\w+: -?\d+>", doc):
            bad.append(name)
    assert bad == []
    doc = _core.capaian_summary.__doc__ or ""
    assert "policy: kinerja._core.CapaianPolicy = CapaianPolicy()" in doc
    assert "rounding: kinerja._core.Rounding = Rounding.half_up" in (_core.divide.__doc__ or "")


@pytest.mark.parametrize("name", [n for n, _ in _public_functions()])
def test_every_public_function_documents_its_parameters_with_an_example(name: str) -> None:
    function = getattr(kinerja, name)
    doc = inspect.getdoc(function) or ""
    assert ">>> " in doc, f"{name}: no example"
    signature = inspect.signature(function)
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        assert re.search(rf"\b{parameter.name}\b", doc.split(">>>")[0]), f"{name}: {parameter.name} not described"


def test_the_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each example as a doctest, in a folder of its own (some write a report and read it back).
    monkeypatch.chdir(tmp_path)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    ran = 0
    for name, function in _public_functions():
        doc = inspect.getdoc(function) or ""
        test = parser.get_doctest(doc, {"kinerja": kinerja, "Decimal": Decimal}, name, None, 0)
        ran += len(test.examples)
        runner.run(test)
    assert ran > 80
    assert runner.summarize(verbose=False).failed == 0


def test_signatures_name_the_parameters_and_their_defaults() -> None:
    s = inspect.signature(kinerja.capaian_summary)
    assert list(s.parameters) == ["plan", "node", "year", "policy"]
    policy = s.parameters["policy"].default
    assert isinstance(policy, kinerja.CapaianPolicy)
    assert policy.decimals == 2 and policy.cap is None
    assert s.parameters["plan"].default is inspect.Parameter.empty
    s = inspect.signature(kinerja.divide)
    assert list(s.parameters) == ["a", "b", "decimals", "rounding"]
    assert s.parameters["decimals"].default == 2
    assert s.parameters["rounding"].default is kinerja.Rounding.half_up
    s = inspect.signature(kinerja.parse_docx_tables)
    assert s.parameters["source"].default == "<docx>"
    assert s.parameters["limits"].kind is inspect.Parameter.KEYWORD_ONLY
    assert s.parameters["limits"].default is None
    s = inspect.signature(kinerja.join_to_plan)
    assert [p.name for p in s.parameters.values() if p.kind is p.KEYWORD_ONLY][:2] == ["threshold", "margin"]
    assert "policy: CapaianPolicy = CapaianPolicy(" in str(inspect.signature(kinerja.indicator_capaian))
    # An overloaded function takes what either overload takes.
    assert str(inspect.signature(kinerja.check)) == "(*args, **kwargs)"


def test_every_public_function_has_a_signature() -> None:
    for name, function in _public_functions():
        inspect.signature(function)  # raises ValueError for a builtin pybind11 cannot describe
        assert function.__name__ == name


def test_wrapped_functions_call_through_and_stay_one_object(seed: kinerja.Renstra) -> None:
    assert kinerja.plan.capaian_summary is kinerja.capaian_summary
    assert kinerja.core.divide is kinerja.divide
    assert pickle.loads(pickle.dumps(kinerja.budget_of)) is kinerja.budget_of
    assert kinerja.divide(1, 3) == Decimal("0.33")  # 1/3 = 0.333..., half-up at 2 decimals
    with pytest.raises(TypeError):
        kinerja.divide(1, 3, nonsense=1)
    with pytest.raises(kinerja.ParseError):
        kinerja.parse_number("abc")
    with pytest.raises(OverflowError, match="year"):
        kinerja.budget_of(seed, "prog-1", 10**30)
    doc = kinerja.capaian_summary.__doc__ or ""
    assert not doc.startswith("capaian_summary(")  # the signature line became the signature


def test_help_shows_the_signature_and_the_example() -> None:
    import pydoc

    text = pydoc.render_doc(kinerja.capaian_summary, renderer=pydoc.plaintext)
    assert "capaian_summary(plan: Renstra, node: str" in text
    assert "policy: CapaianPolicy = CapaianPolicy(" in text
    assert ">>> " in text


def test_read_only_attributes_are_read_only_in_the_stubs(repo: Path) -> None:
    # Issue 16: the stubs allowed `line.anggaran = ...`, which fails at run time. A plain annotation in
    # a class of _core.pyi is a writable attribute; the compiled class must then have a setter for it.
    import ast

    stub = ast.parse((repo / "python" / "kinerja" / "_core.pyi").read_text(encoding="utf-8"))
    checked, writable_in_stub = 0, []
    stack: list[tuple[Any, ast.ClassDef]] = [(_core, c) for c in stub.body if isinstance(c, ast.ClassDef)]
    while stack:
        scope, node = stack.pop()
        cls = getattr(scope, node.name, None)
        if cls is None:
            continue
        for item in node.body:
            if isinstance(item, ast.ClassDef):
                stack.append((cls, item))
            elif isinstance(item, ast.FunctionDef) and any(
                isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list
            ):
                checked += 1
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                runtime = inspect.getattr_static(cls, item.target.id, None)
                if isinstance(runtime, property) and runtime.fset is None:
                    writable_in_stub.append(f"{node.name}.{item.target.id}")
    assert checked > 100
    assert writable_in_stub == []
    with pytest.raises(AttributeError):
        kinerja.datasets.lakip_2019().budget[0].anggaran = kinerja.Rupiah(0)  # type: ignore[misc]
