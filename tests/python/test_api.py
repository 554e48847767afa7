"""The shape of the Python API: the naming rule, exceptions under their own names with a code,
enums for every fixed set of names, and the layer submodules that re-export the flat names."""

import builtins
from decimal import Decimal
from pathlib import Path

import pytest

import kinerja
from kinerja import core, io, ledger, lke, pemda, plan, report, reviu


def test_exceptions_do_not_shadow_builtins_and_are_caught_as_them() -> None:
    assert not hasattr(kinerja, "ValueError")
    assert not hasattr(kinerja, "OverflowError")
    assert issubclass(kinerja.InvalidValueError, kinerja.Error)
    assert issubclass(kinerja.InvalidValueError, builtins.ValueError)
    assert issubclass(kinerja.ExactOverflowError, kinerja.Error)
    assert issubclass(kinerja.ExactOverflowError, builtins.OverflowError)
    assert issubclass(kinerja.ExactOverflowError, builtins.ArithmeticError)
    with pytest.raises(builtins.OverflowError):
        kinerja.Rupiah.from_sen(10**40)
    with pytest.raises(builtins.ValueError):
        kinerja.parse_number("abc")


def test_every_error_carries_its_code() -> None:
    raising = {
        "overflow": lambda: kinerja.Rupiah.from_sen(10**40),
        "undefined": lambda: kinerja.Percent.undefined().points,
        "value": lambda: kinerja.Percent(Decimal("NaN")),
        "parse": lambda: kinerja.parse_number("abc"),
        "ambiguous": lambda: kinerja.parse_number("1.234"),
        "data": lambda: kinerja.parse_renstra('{"format": "kinerja/1"}'),
    }
    classes = {
        "overflow": kinerja.ExactOverflowError,
        "undefined": kinerja.UndefinedError,
        "value": kinerja.InvalidValueError,
        "parse": kinerja.ParseError,
        "ambiguous": kinerja.AmbiguousError,
        "data": kinerja.DataError,
    }
    for code, raise_it in raising.items():
        with pytest.raises(kinerja.Error) as e:
            raise_it()
        assert type(e.value) is classes[code], code
        assert e.value.code == code
        assert classes[code].code == code
    assert kinerja.Error.code == "error"


def test_fixed_sets_of_names_are_enums_in_declaration_order() -> None:
    # The names as include/kinerja/core declares them.
    assert list(kinerja.Rounding.__members__) == ["half_up", "half_even", "truncate"]
    assert list(kinerja.Mode.__members__) == ["strict", "lenient"]
    assert list(kinerja.DotMeaning.__members__) == ["unknown", "thousands", "decimal_point"]
    assert list(kinerja.TextStatus.__members__) == ["exact", "repaired", "ambiguous", "invalid"]
    # Names that are not identifiers in files ("2t_minus_r", "permendagri-90", none as absence)
    # keep their Python spelling.
    assert list(kinerja.LowerFormula.__members__) == ["none", "two_t_minus_r", "t_over_r"]
    assert list(kinerja.CodeScheme.__members__) == ["free", "permendagri_90"]
    assert list(kinerja.ProgramKind.__members__) == ["none", "utama", "penunjang"]
    assert list(kinerja.Target.Kind.__members__) == ["number", "range", "grade"]


def test_enums_are_accepted_and_their_names_are_not() -> None:
    half = Decimal("0.125")
    assert kinerja.format_number(half, 2, rounding=kinerja.Rounding.half_up) == "0,13"
    assert kinerja.format_number(half, 2, rounding=kinerja.Rounding.half_even) == "0,12"
    assert kinerja.format_number(half, 2, rounding=kinerja.Rounding.truncate) == "0,12"
    assert kinerja.Rupiah(1).format(0, rounding=kinerja.Rounding.half_up) == "1"
    assert kinerja.parse_number("1.234", dot=kinerja.DotMeaning.thousands) == Decimal(1234)
    assert kinerja.parse_number("1.234", dot=kinerja.DotMeaning.decimal_point) == Decimal("1.234")
    assert kinerja.parse_number_text("1.234,5").status == kinerja.TextStatus.exact
    assert kinerja.parse_number_text("1.234").status == kinerja.TextStatus.ambiguous
    with pytest.raises(TypeError):
        kinerja.format_number(half, 2, rounding="half_up")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kinerja.parse_number("1", mode="lenient")  # type: ignore[arg-type]


def test_read_and_write_take_paths_parse_and_format_take_and_give_text(seed_path: Path, tmp_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    from_file = kinerja.read_renstra(seed_path)
    from_text = kinerja.parse_renstra(text, str(seed_path))
    assert from_file == from_text
    document = kinerja.read_document(seed_path)
    assert document == kinerja.parse_document(text, str(seed_path))
    assert document.plan == from_file
    written = tmp_path / "copy.json"
    kinerja.write_document(document, written)
    assert written.read_text(encoding="utf-8") == kinerja.format_document(document)
    assert kinerja.read_document(str(written)) == document
    with pytest.raises(TypeError, match="parse_renstra"):
        kinerja.read_renstra(text)
    with pytest.raises(TypeError, match="parse_document"):
        kinerja.read_document(text)

    csv_text = "uraian;anggaran\nA;1.000\n"
    (tmp_path / "t.csv").write_text(csv_text, encoding="utf-8")
    from_csv_file = kinerja.read_printed_csv(tmp_path / "t.csv")
    from_csv_text = kinerja.parse_printed_csv(csv_text)
    rows = [[(r.label, r.cells) for r in t.rows] for t in (from_csv_file, from_csv_text)]
    assert rows[0] == rows[1] == [("A", ["1.000"])]
    with pytest.raises(TypeError, match="parse_printed_csv"):
        kinerja.read_printed_csv(csv_text)

    # The serapan of the whole body, 92,66 % (see test_renstra.py), in each format.
    assert "anggaran;JUMLAH;1;body;%;92,66\n" in kinerja.format_report(from_file, 2019, kinerja.ReportFormat.csv)
    assert "anggaran;JUMLAH" not in kinerja.format_report(from_file, 2019)
    # The trend's slope through 26,60, 15,47, 26,43 is -0,0850 (by hand, see test_renstra.py).
    assert "-0,0850" in kinerja.format_comparison([from_file], "iku-pmks")


def test_layer_submodules_reexport_the_flat_names() -> None:
    seen: list[str] = []
    for module in (core, plan, reviu, report, ledger, io, pemda, lke):
        assert module.__all__, module.__name__
        for name in module.__all__:
            assert getattr(kinerja, name) is getattr(module, name), (module.__name__, name)
        seen += module.__all__
    assert len(seen) == len(set(seen))  # each name in one layer
    assert sorted([*seen, "__version__"]) == sorted(kinerja.__all__)


def test_stubs_refuse_assigning_read_only_attributes(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "import kinerja\n"
        "\n"
        "\n"
        "def f(line: kinerja.BudgetLine, table: kinerja.PrintedTable) -> None:\n"
        "    table.year = 2020\n"  # writable in the module too
        "    line.anggaran = kinerja.Rupiah(1)\n",
        encoding="utf-8",
    )
    out, _, status = api.run([str(snippet), "--strict", "--cache-dir", str(tmp_path / "cache")])
    assert status == 1, out
    assert 'Property "anggaran" defined in "BudgetLine" is read-only' in out
    assert out.count("error:") == 1, out


def test_check_takes_the_reports_capping_policy() -> None:
    # 90 / 80 x 100 = 112,50 (by hand). Printed 110: a usual cap, so a note by default; with the
    # report's policy at 100, 100 is due and 110 is an error; 110 is right under cap=110.
    table = kinerja.parse_printed_csv("uraian;target;realisasi;capaian\nA;80;90;110\n")
    assert [(f.rule, f.severity.name) for f in kinerja.check_table(table)] == [("capaian.capped", "note")]
    wrong = kinerja.check_table(table, cap=100)
    assert [(f.rule, f.expected) for f in wrong] == [("row.capaian", "100,00")]
    assert [f.rule for f in kinerja.check_table(table, cap=Decimal(110))] == ["capaian.capped"]
    with pytest.raises(kinerja.InvalidValueError, match="cap 99 must be at least 100"):
        kinerja.check_table(table, cap=99)
    with pytest.raises(TypeError):
        kinerja.check_table(table, cap=110.0)  # type: ignore[arg-type]
