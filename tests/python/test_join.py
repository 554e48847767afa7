"""Joining a document's printed rows to a plan by their labels (kinerja.join_to_plan), as a notebook
does it: read the document, join, check against the plan. Expected refs and similarities are worked
out by hand (docs/documents.md, "Joining tables to a plan")."""

from pathlib import Path

import pytest

import kinerja

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "data" / "lakip-2019.json"
LAKIP = ROOT / "tests" / "data" / "docx" / "lakip-small.docx"
PROGRAM_3 = ROOT / "tests" / "data" / "join" / "program-3.csv"


def test_a_document_joined_to_a_plan_is_checked_against_it() -> None:
    plan = kinerja.read_document(SEED).plan
    doc = kinerja.load_document_report(LAKIP)
    joined = kinerja.join_to_plan(doc.printed, plan, lang="en")  # the reasons as the asserts read them
    # The program by its name; its one kegiatan, far from keg-1-1's name, as the one left under prog-1;
    # JUMLAH closes one program, not every spending class of the 2019 budget: part of the budget, no
    # plan thing (checked by the table's own sums, not against the whole budget).
    assert [r.ref for r in joined.printed.tables[0].rows] == ["prog-1", "keg-1-1", ""]
    assert [j.how for j in joined.rows] == [
        kinerja.JoinHow.exact,
        kinerja.JoinHow.elimination,
        kinerja.JoinHow.not_plan,
    ]
    assert joined.rows[1].name == "Pelayanan Administrasi dan Operasional Perkantoran"
    assert joined.rows[1].label == "Penyediaan jasa surat menyurat"
    assert "a total of part of the budget" in joined.rows[2].reason
    # The input keeps its empty refs.
    assert [r.ref for r in doc.printed.tables[0].rows] == ["", "", ""]
    # The plan's checks run: the kegiatan's 1.234.567,00 is not keg-1-1's 848.146.988,00 in the dataset.
    findings = kinerja.check(plan, joined.printed)
    mismatch = [f for f in findings if f.rule == "cross.mismatch" and f.row == "Penyediaan jasa surat menyurat"]
    assert {(f.column, f.expected) for f in mismatch} >= {("anggaran", "848.146.988,00")}
    notes = kinerja.join_findings(joined)
    assert [f.rule for f in notes] == ["join.exact", "join.elimination", "join.not_plan"]
    assert all(f.severity == kinerja.Severity.note for f in notes)
    assert [f.message for f in joined.findings()] == [f.message for f in notes]
    assert "join.elimination" in dict(kinerja.join_rules())


def test_fuzzy_joins_and_the_threshold() -> None:
    plan = kinerja.read_document(SEED).plan
    table = kinerja.read_printed_csv(PROGRAM_3)
    printed = kinerja.PrintedReport([table])
    joined = kinerja.join_to_plan(printed, plan)
    # "iktisar" for "ikhtisar": d = 1 over 76 bytes, 100 x 75 / 76 = 98 (rounded down); "penyusunann": d = 1
    # over 72, 98.
    assert [(j.how, j.ref, j.score) for j in joined.rows] == [
        (kinerja.JoinHow.fuzzy, "keg-3-1", 98),
        (kinerja.JoinHow.fuzzy, "keg-3-2", 98),
        (kinerja.JoinHow.exact, "keg-3-3", 100),
        (kinerja.JoinHow.total, "prog-3", 0),
    ]
    # At 99 neither is close enough, and two rows are left: no elimination, and the total is not joined.
    strict = kinerja.join_to_plan(printed, plan, threshold=99, lang="en")
    assert [j.how for j in strict.rows] == [
        kinerja.JoinHow.unmatched,
        kinerja.JoinHow.unmatched,
        kinerja.JoinHow.exact,
        kinerja.JoinHow.not_plan,
    ]
    assert "not all joined" in strict.rows[3].reason


def test_the_same_join_in_each_language() -> None:
    # The decisions are the same; the reasons and messages are in the language asked for.
    plan = kinerja.read_document(SEED).plan
    doc = kinerja.load_document_report(LAKIP)
    joined_id = kinerja.join_to_plan(doc.printed, plan)
    joined_en = kinerja.join_to_plan(doc.printed, plan, lang="en")
    assert [(j.how, j.ref, j.score) for j in joined_id.rows] == [(j.how, j.ref, j.score) for j in joined_en.rows]
    assert joined_id.rows[2].reason == (
        "jumlah sebagian anggaran (barisnya bukan setiap kelompok belanja tahun 2019): "
        "bukan milik satu hal dalam rencana"
    )
    assert joined_en.rows[2].reason == (
        "a total of part of the budget (its rows are not every spending class of 2019): of no one plan thing"
    )
    notes_id = kinerja.join_findings(joined_id)
    notes_en = kinerja.join_findings(joined_en, lang="en")
    assert [(f.rule, f.row, f.expected) for f in notes_id] == [(f.rule, f.row, f.expected) for f in notes_en]
    assert notes_id[0].message == "digabungkan dengan prog-1 'PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN': namanya sama"
    assert notes_en[0].message == "joined to prog-1 'PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN': the same name"
    assert [f.message for f in joined_en.findings(lang="en")] == [f.message for f in notes_en]
    assert dict(kinerja.join_rules())["join.exact"].startswith("note: baris")
    assert dict(kinerja.join_rules(lang="en"))["join.exact"] == (
        "note: a row joined to the plan thing of its name (after normalisation)"
    )


def test_options_are_checked() -> None:
    plan = kinerja.read_document(SEED).plan
    printed = kinerja.PrintedReport([])
    with pytest.raises(kinerja.InvalidValueError, match="threshold 0 must be from 1 to 100"):
        kinerja.join_to_plan(printed, plan, threshold=0)
    with pytest.raises(TypeError):
        kinerja.join_to_plan(printed, plan, threshold=1.5)  # type: ignore[arg-type]
    with pytest.raises(OverflowError):
        kinerja.join_to_plan(printed, plan, max_candidates=-1)


def test_labels_as_the_join_compares_them() -> None:
    assert kinerja.normalize_label("J U M L A H") == "jumlah"
    assert kinerja.normalize_label("1) Program Pelayanan  Administrasi") == "pelayanan administrasi"
    assert kinerja.label_similarity("kitten", "sitting") == 57  # d = 3 over 7: 400 / 7 = 57,1
