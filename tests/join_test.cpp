// Joining printed rows to a plan by their labels (kinerja/reviu/join.hpp): small plans and tables of
// their own for each way a row is joined or not, the seed's tables against the refs its JSON
// transcription carries (written out here by hand from examples/data/lakip-2019.json), and a large
// plan and table that must stay within the join's bounds. Similarities are worked out by hand (edit
// distance d over the longer normalised label of length L: 100 x (L - d) / L, rounded down).

#include <gtest/gtest.h>

#include <algorithm>
#include <kinerja/io.hpp>
#include <kinerja/reviu.hpp>
#include <string>
#include <vector>

#include "document_test_support.hpp"

namespace {

using namespace kinerja;

PrintedRow row(std::string label, int level = 0, std::string ref = {}) {
    return PrintedRow{std::move(label), level, std::move(ref), {"1"}};
}

PrintedTable table(std::string id, std::vector<PrintedRow> rows, ColumnRole role = ColumnRole::anggaran) {
    PrintedTable t;
    t.id = std::move(id);
    t.title = "Tabel";
    t.columns = {PrintedColumn{"x", role, ColumnRole::other}};
    t.rows = std::move(rows);
    return t;
}

// Two programs of the body; prog-a with three kegiatan, prog-b with two named alike; a sasaran with an
// indicator, and an indicator named as its kegiatan.
Renstra small_plan() {
    Renstra p;
    p.period = {2019, 2023};
    p.nodes = {Node::of(Level::sasaran, "sas", "Meningkatnya Kesejahteraan PMKS"),
               Node::program("prog-a", "PROGRAM PELAYANAN ADMINISTRASI", ProgramKind::penunjang),
               Node::of(Level::kegiatan, "keg-a1", "Penyediaan Jasa Surat Menyurat", "prog-a"),
               Node::of(Level::kegiatan, "keg-a2", "Penyediaan Alat Tulis Kantor", "prog-a"),
               Node::of(Level::kegiatan, "keg-a3", "Rapat Koordinasi dan Konsultasi", "prog-a"),
               Node::program("prog-b", "PROGRAM PERLINDUNGAN SOSIAL", ProgramKind::utama, "sas"),
               Node::of(Level::kegiatan, "keg-b1", "Bantuan Korban Bencana Alam", "prog-b"),
               Node::of(Level::kegiatan, "keg-b2", "Bantuan Korban Bencana Adat", "prog-b")};
    Indicator pmks;
    pmks.id = "iku-1";
    pmks.node = "sas";
    pmks.name = "Persentase PMKS yang tertangani";
    Indicator same;
    same.id = "ik-a1";
    same.node = "keg-a1";
    same.name = "Penyediaan Jasa Surat Menyurat";
    p.indicators = {pmks, same};
    return p;
}

const JoinedRow& decision(const JoinResult& r, const std::string& table, std::size_t row) {
    for (const JoinedRow& j : r.rows)
        if (j.table == table && j.row == row) return j;
    static const JoinedRow none;
    ADD_FAILURE() << "no decision for " << table << " row " << row;
    return none;
}

// The join with its reasons in English: the tests of its logic read them as they were written; the
// language's own tests are at the end.
JoinOptions in_english() {
    JoinOptions options;
    options.lang = Language("en");
    return options;
}

JoinResult join_one(PrintedTable t, const Renstra& plan = small_plan(),
                    const JoinOptions& options = in_english()) {
    PrintedReport printed;
    printed.tables.push_back(std::move(t));
    return join_to_plan(printed, plan, options);
}

TEST(NormalizeLabel, CaseBlanksPunctuationNumberingAndLevelWords) {
    EXPECT_EQ(normalize_label("  Pelayanan   Administrasi\tDan  Operasional "),
              "pelayanan administrasi dan operasional");
    EXPECT_EQ(normalize_label("J U M L A H"), "jumlah");
    EXPECT_EQ(normalize_label("RATA \xE2\x80\x93 RATA"), "rata rata");  // an en dash is punctuation
    EXPECT_EQ(normalize_label("1) Program Pelayanan Administrasi"), "pelayanan administrasi");
    EXPECT_EQ(normalize_label("a. Penyediaan jasa surat-menyurat"), "penyediaan jasa surat menyurat");
    EXPECT_EQ(normalize_label("1.1 Kegiatan Rapat Koordinasi"), "rapat koordinasi");
    EXPECT_EQ(normalize_label("II. BELANJA LANGSUNG"), "belanja langsung");
    EXPECT_EQ(normalize_label("(3) Sub Kegiatan Bantuan"), "bantuan");
    EXPECT_EQ(normalize_label("SKPD/LAKIP"), "skpd lakip");
    EXPECT_EQ(normalize_label("SKPD / LAKIP"), "skpd lakip");
    // Kept: a label that is only a number or only the level word, a number that is part of a word.
    EXPECT_EQ(normalize_label("2019"), "2019");
    EXPECT_EQ(normalize_label("PROGRAM"), "program");
    EXPECT_EQ(normalize_label("3a Bantuan"), "3a bantuan");
    EXPECT_EQ(normalize_label("II a"), "ii a");
    EXPECT_EQ(normalize_label(""), "");
}

TEST(LabelSimilarity, EditDistanceOverTheLongerLength) {
    EXPECT_EQ(label_similarity("abc", "abc"), 100);
    EXPECT_EQ(label_similarity("", ""), 100);
    EXPECT_EQ(label_similarity("kitten", "sitting"), 57);  // d = 3, L = 7: 400 / 7 = 57,1
    EXPECT_EQ(label_similarity("abcd", ""), 0);
    // d = 1, L = 29: 2800 / 29 = 96,5
    EXPECT_EQ(label_similarity("penyediaan alat tulis kantorr", "penyediaan alat tulis kantor"), 96);
}

TEST(Join, ExactAfterNormalisationFuzzyAndElimination) {
    const JoinResult r = join_one(
        table("t", {row("1. Program Pelayanan Administrasi", 1), row("a) penyediaan jasa  surat-menyurat", 2),
                    row("Penyediaan Alat Tulis Kantorr", 2), row("Rapat-rapat", 2)}));
    ASSERT_EQ(r.rows.size(), 4U);
    EXPECT_EQ(decision(r, "t", 0).how, JoinHow::exact);
    EXPECT_EQ(decision(r, "t", 0).ref, "prog-a");
    EXPECT_EQ(decision(r, "t", 0).name, "PROGRAM PELAYANAN ADMINISTRASI");
    // The kegiatan, not the indicator of the same name.
    EXPECT_EQ(decision(r, "t", 1).how, JoinHow::exact);
    EXPECT_EQ(decision(r, "t", 1).ref, "keg-a1");
    EXPECT_EQ(decision(r, "t", 2).how, JoinHow::fuzzy);
    EXPECT_EQ(decision(r, "t", 2).ref, "keg-a2");
    EXPECT_EQ(decision(r, "t", 2).score, 96);
    // "rapat rapat" is far from "rapat koordinasi dan konsultasi" (d = 21, L = 31: 32), but it is the one
    // row and keg-a3 the one kegiatan of prog-a left.
    EXPECT_EQ(decision(r, "t", 3).how, JoinHow::elimination);
    EXPECT_EQ(decision(r, "t", 3).ref, "keg-a3");
    EXPECT_EQ(decision(r, "t", 3).name, "Rapat Koordinasi dan Konsultasi");
    const std::vector<std::string> refs = {"prog-a", "keg-a1", "keg-a2", "keg-a3"};
    for (std::size_t k = 0; k < refs.size(); ++k) EXPECT_EQ(r.printed.tables[0].rows[k].ref, refs[k]);
}

TEST(Join, EquallyCloseIsAmbiguousAndNotJoined) {
    // "bantuan korban bencana a" against "... alam" and "... adat": d = 3, L = 27 each: 88 and 88.
    const JoinResult r =
        join_one(table("t", {row("PROGRAM PERLINDUNGAN SOSIAL", 1), row("Bantuan Korban Bencana A", 2)}));
    const JoinedRow& j = decision(r, "t", 1);
    EXPECT_EQ(j.how, JoinHow::ambiguous);
    EXPECT_EQ(j.score, 88);
    EXPECT_EQ(j.candidates, (std::vector<std::string>{"keg-b1", "keg-b2"}));
    EXPECT_EQ(j.ref, "");
    EXPECT_EQ(r.printed.tables[0].rows[1].ref, "");
    // Not joined by elimination either: two kegiatan are left.
}

TEST(Join, FuzzyOnlyAmongTheParentsChildren) {
    // The same misspelt kegiatan of prog-a, under prog-b: prog-b's kegiatan are far from it, and prog-a's
    // are not its candidates. prog-b's two kegiatan are printed, so no elimination either.
    const JoinResult r =
        join_one(table("t", {row("PROGRAM PERLINDUNGAN SOSIAL", 1), row("Penyediaan Alat Tulis Kantorr", 2),
                             row("Bantuan Korban Bencana Alam", 2), row("Bantuan Korban Bencana Adat", 2)}));
    EXPECT_EQ(decision(r, "t", 1).how, JoinHow::unmatched);
    EXPECT_EQ(decision(r, "t", 2).ref, "keg-b1");
    EXPECT_EQ(decision(r, "t", 3).ref, "keg-b2");
    // An exact name is joined wherever it is printed: the reviu then says it is under the wrong program
    // (plan.extra_row).
    const JoinResult e =
        join_one(table("t", {row("PROGRAM PERLINDUNGAN SOSIAL", 1), row("Penyediaan Alat Tulis Kantor", 2)}));
    EXPECT_EQ(decision(e, "t", 1).how, JoinHow::exact);
    EXPECT_EQ(decision(e, "t", 1).ref, "keg-a2");
}

TEST(Join, OnePlanThingToOneRowPerTable) {
    PrintedReport printed;
    printed.tables = {table("t", {row("Penyediaan Alat Tulis Kantor"), row("Penyediaan alat tulis kantor")}),
                      table("u", {row("Penyediaan Alat Tulis Kantor")})};
    const JoinResult r = join_to_plan(printed, small_plan(), in_english());
    EXPECT_EQ(decision(r, "t", 0).ref, "keg-a2");
    EXPECT_EQ(decision(r, "t", 1).how, JoinHow::unmatched);
    EXPECT_NE(decision(r, "t", 1).reason.find("already joined to another row of this table"),
              std::string::npos)
        << decision(r, "t", 1).reason;
    EXPECT_EQ(decision(r, "u", 0).ref, "keg-a2");  // another table: joined again
}

TEST(Join, ClassesIndicatorsAndRowsThatAreNoPlanThing) {
    // The plan's 2019 budget has lines of both classes.
    Renstra plan = small_plan();
    plan.budget = {BudgetLine::of("keg-a1", 2019, Rupiah::from_rupiah(10), Rupiah::from_rupiah(9)),
                   BudgetLine::of("", 2019, Rupiah::from_rupiah(5), Rupiah::from_rupiah(5))};
    plan.budget[1].spending = SpendingClass::belanja_tidak_langsung;
    plan.budget[1].name = "Belanja Pegawai";
    PrintedTable t =
        table("t", {row("I. BELANJA TIDAK LANGSUNG", 1), row("BELANJA PEGAWAI", 2),
                    row("II. BELANJA LANGSUNG", 1), row("Program Pelayanan Administrasi", 2),
                    row("Persentase PMKS yang tertangani", 2), row("", 2), row("J U M L A H", 1)});
    t.year = 2019;
    const JoinResult r = join_one(t, plan);
    EXPECT_EQ(decision(r, "t", 0).ref, "class:belanja_tidak_langsung");
    EXPECT_EQ(decision(r, "t", 0).name, "BELANJA TIDAK LANGSUNG");
    EXPECT_EQ(decision(r, "t", 1).how, JoinHow::unmatched);
    EXPECT_EQ(decision(r, "t", 2).ref, "class:belanja_langsung");
    EXPECT_EQ(decision(r, "t", 3).ref, "prog-a");
    EXPECT_EQ(decision(r, "t", 4).ref, "indicator:iku-1");
    EXPECT_EQ(decision(r, "t", 5).how, JoinHow::not_plan);
    // The top total of a table of money, over every class of the year's budget: the body.
    EXPECT_EQ(decision(r, "t", 6).how, JoinHow::total);
    EXPECT_EQ(decision(r, "t", 6).ref, "body");
    // Without the belanja tidak langsung row it is the total of part of the budget: no plan thing (its
    // own arithmetic is checked by the table's rules, not against the whole budget).
    PrintedTable part = t;
    part.rows.erase(part.rows.begin(), part.rows.begin() + 2);
    const JoinResult p = join_one(part, plan);
    EXPECT_EQ(decision(p, "t", 4).how, JoinHow::not_plan);
    EXPECT_NE(decision(p, "t", 4).reason.find("a total of part of the budget"), std::string::npos);
    // A table of no year: which year's budget it totals is unknown.
    PrintedTable no_year = t;
    no_year.year.reset();
    EXPECT_EQ(decision(join_one(no_year, plan), "t", 6).how, JoinHow::not_plan);
}

TEST(Join, TotalRows) {
    // A flat table of prog-a's kegiatan: its total is prog-a.
    const JoinResult flat = join_one(table(
        "t", {row("Penyediaan Jasa Surat Menyurat"), row("Penyediaan Alat Tulis Kantor"), row("JUMLAH")}));
    EXPECT_EQ(decision(flat, "t", 2).how, JoinHow::total);
    EXPECT_EQ(decision(flat, "t", 2).ref, "prog-a");
    // A row it closes is not joined: the total is not either.
    const JoinResult partial =
        join_one(table("t", {row("Penyediaan Jasa Surat Menyurat"), row("Honor Panitia"), row("TOTAL")}));
    EXPECT_EQ(decision(partial, "t", 2).how, JoinHow::not_plan);
    EXPECT_EQ(decision(partial, "t", 2).ref, "");
    // Not a table of money, rows of no one node: no plan thing. A mean never is one.
    const JoinResult counts =
        join_one(table("t",
                       {row("Program Pelayanan Administrasi"), row("Program Perlindungan Sosial"),
                        row("Jumlah :"), row("RATA - RATA")},
                       ColumnRole::capaian));
    EXPECT_EQ(decision(counts, "t", 2).how, JoinHow::not_plan);
    EXPECT_EQ(decision(counts, "t", 3).how, JoinHow::not_plan);
    // A flat table of a program and its own kegiatan: the total is the program's, whose row is there
    // already; it is not the body's either.
    const JoinResult overlap = join_one(table(
        "t", {row("PROGRAM PELAYANAN ADMINISTRASI"), row("Penyediaan Jasa Surat Menyurat"), row("JUMLAH")}));
    EXPECT_EQ(decision(overlap, "t", 2).how, JoinHow::not_plan);
    EXPECT_NE(decision(overlap, "t", 2).reason.find("keg-a1 of prog-a"), std::string::npos)
        << decision(overlap, "t", 2).reason;
    EXPECT_NE(decision(counts, "t", 3).reason.find("mean"), std::string::npos);
}

TEST(Join, KeptRefsAndFindings) {
    const JoinResult r = join_one(
        table("t", {row("Anything", 0, "keg-b1"), row("Bantuan Korban Bencana Alam"), row("Honor")}));
    EXPECT_EQ(decision(r, "t", 0).how, JoinHow::kept);
    EXPECT_EQ(r.printed.tables[0].rows[0].ref, "keg-b1");
    // keg-b1 is taken by the kept row: the exact name finds it used.
    EXPECT_EQ(decision(r, "t", 1).how, JoinHow::unmatched);
    const std::vector<Finding> f = join_findings(r, Language("en"));
    ASSERT_EQ(f.size(), 2U);  // the kept row is not a decision of the join
    EXPECT_EQ(f[0].rule, "join.unmatched");
    EXPECT_EQ(f[0].severity, Severity::note);
    EXPECT_EQ(f[0].table, "t");
    EXPECT_EQ(f[0].row, "Bantuan Korban Bencana Alam");
    EXPECT_EQ(f[1].rule, "join.unmatched");
    const JoinResult ok = join_one(table("t", {row("Penyediaan Alat Tulis Kantorr")}));
    const std::vector<Finding> g = join_findings(ok, Language("en"));
    ASSERT_EQ(g.size(), 1U);
    EXPECT_EQ(g[0].rule, "join.fuzzy");
    EXPECT_EQ(g[0].expected, "keg-a2");
    EXPECT_EQ(g[0].message,
              "joined to keg-a2 'Penyediaan Alat Tulis Kantor': the closest name, similarity 96");
    for (const Finding& x : g)
        EXPECT_TRUE(std::any_of(join_rules().begin(), join_rules().end(),
                                [&](const auto& rule) { return rule.first == x.rule; }));
    JoinOptions bad = in_english();
    bad.threshold = 0;
    EXPECT_THROW((void)join_one(table("t", {}), small_plan(), bad), value_error);
}

// ---------------------------------------------------------------------------------------------------
// The seed: its printed tables without their refs, joined to its plan, against the refs of the JSON
// transcription (examples/data/lakip-2019.json, written there by hand), copied here by hand.

std::vector<std::string> seed_refs(const std::string& id) {
    if (id == "tabel-2-4")
        return {"prog-1",  "keg-1-1", "prog-2",  "keg-2-1", "keg-2-2", "prog-3",  "keg-3-1",
                "keg-3-2", "keg-3-3", "prog-6",  "keg-6-1", "keg-6-2", "keg-6-3", "prog-4",
                "keg-4-1", "keg-4-2", "keg-4-3", "prog-5",  "keg-5-1", "keg-5-2", "keg-5-3"};
    if (id == "bab3-program-1") return {"keg-1-1", "prog-1"};
    if (id == "bab3-program-2") return {"keg-2-1", "keg-2-2", "prog-2"};
    if (id == "bab3-program-3") return {"keg-3-1", "keg-3-2", "keg-3-3", "prog-3"};
    if (id == "bab3-program-4") return {"keg-4-1", "keg-4-2", "keg-4-3", "prog-4"};
    if (id == "bab3-program-5") return {"keg-5-1", "keg-5-2", "keg-5-3", "prog-5"};
    if (id == "bab3-program-6") return {"keg-6-1", "keg-6-2", "prog-6"};
    if (id == "tabel-3-1")
        return {"prog-1",  "keg-1-1", "prog-2",  "keg-2-1", "keg-2-2", "prog-3", "keg-3-1", "keg-3-2",
                "keg-3-3", "prog-4",  "keg-4-1", "keg-4-2", "keg-4-3", "prog-5", "keg-5-1", "keg-5-2",
                "keg-5-3", "prog-6",  "keg-6-1", "keg-6-2", "keg-6-3", ""};
    if (id == "tabel-3-2")
        return {"class:belanja_tidak_langsung",
                "",
                "class:belanja_langsung",
                "prog-1",
                "keg-1-1",
                "prog-2",
                "keg-2-1",
                "keg-2-2",
                "prog-3",
                "keg-3-1",
                "keg-3-2",
                "keg-3-3",
                "prog-4",
                "keg-4-1",
                "keg-4-2",
                "prog-5",
                "keg-5-1",
                "keg-5-2",
                "keg-5-3",
                "prog-6",
                "keg-6-1",
                "keg-6-2",
                "keg-6-3",
                "body"};
    return {};
}

TEST(JoinSeed, TablesJoinAsTheTranscriptionRefsThem) {
    const Document doc = load_document(std::string(KINERJA_EXAMPLES_DIR) + "/lakip-2019.json");
    PrintedReport bare;
    for (PrintedTable t : doc.printed.tables) {
        if (seed_refs(t.id).empty()) continue;
        for (PrintedRow& r : t.rows) r.ref.clear();
        bare.tables.push_back(std::move(t));
    }
    ASSERT_EQ(bare.tables.size(), 9U);
    const JoinResult r = join_to_plan(bare, doc.plan);
    for (const PrintedTable& t : r.printed.tables) {
        const std::vector<std::string> want = seed_refs(t.id);
        ASSERT_EQ(t.rows.size(), want.size()) << t.id;
        for (std::size_t k = 0; k < want.size(); ++k)
            EXPECT_EQ(t.rows[k].ref, want[k]) << t.id << " row " << k << " '" << t.rows[k].label << "'";
    }
    // How: the misspelt kegiatan by their closeness (d = 3, L = 42: 92; d = 3, L = 73: 95; d = 2,
    // L = 76: 97), JAIMINAN (d = 1, L = 48: 97), PELAYANAN DAN REHABILITASI (d = 4, L = 33: 87).
    const JoinedRow& akhir = decision(r, "tabel-3-1", 8);
    EXPECT_EQ(akhir.how, JoinHow::fuzzy);
    EXPECT_EQ(akhir.score, 92);
    EXPECT_EQ(akhir.name, "Penyusunan Laporan Keuangan Akhir Tahun");
    EXPECT_EQ(decision(r, "tabel-3-2", 10).score, 95);
    EXPECT_EQ(decision(r, "tabel-3-2", 9).score, 97);
    EXPECT_EQ(decision(r, "tabel-3-1", 17).how, JoinHow::fuzzy);
    EXPECT_EQ(decision(r, "tabel-3-1", 17).score, 97);
    EXPECT_EQ(decision(r, "tabel-3-1", 13).score, 87);
    // The kegiatan that leaves out "Korban Bencana" is far from keg-6-2's name (d = 22, L = 85: 74): it is
    // joined as the one row and the one kegiatan of prog-6 left, and says so with the plan's name.
    for (const std::string id : {"tabel-3-1", "tabel-3-2"}) {
        const JoinedRow& j = decision(r, id, id == "tabel-3-1" ? 19 : 21);
        EXPECT_EQ(j.how, JoinHow::elimination) << id;
        EXPECT_EQ(j.name,
                  "Fasilitasi dan Koordinasi Perlindungan Sosial Korban Bencana Sosial dan Orang Terlantar");
    }
    EXPECT_EQ(decision(r, "tabel-3-1", 21).how, JoinHow::not_plan);  // RATA - RATA
    EXPECT_EQ(decision(r, "tabel-3-2", 1).how, JoinHow::unmatched);  // BELANJA PEGAWAI
    EXPECT_EQ(decision(r, "tabel-3-2", 23).how, JoinHow::total);
    EXPECT_EQ(decision(r, "bab3-program-6", 2).how, JoinHow::total);
    EXPECT_EQ(decision(r, "tabel-2-4", 0).how, JoinHow::exact);

    // With the refs joined, the plan's checks run: Tabel 3.2 lacks prog-4's third kegiatan.
    const std::vector<Finding> f = check(doc.plan, r.printed);
    EXPECT_TRUE(std::any_of(f.begin(), f.end(), [](const Finding& x) {
        return x.rule == "plan.missing_row" && x.table == "tabel-3-2";
    }));
}

// The same tables as a Word document holds them (the grids of tests/document_test_support.hpp), read by
// the layout reading and joined: the refs of the transcription again.
TEST(JoinSeed, TablesReadFromTheirWordGridsJoinAlike) {
    const Document doc = load_document(std::string(KINERJA_EXAMPLES_DIR) + "/lakip-2019.json");
    PrintedReport read;
    for (const DocumentTable& grid : {kinerja::testing::tabel_3_1().t, kinerja::testing::tabel_3_2().t}) {
        const TableLayout l = read_table_layout(grid, TableLayoutOptions{2019});
        ASSERT_TRUE(l.classified()) << l.reason;
        read.tables.push_back(*l.table);
    }
    const JoinResult r = join_to_plan(read, doc.plan);
    ASSERT_EQ(r.printed.tables.size(), 2U);
    for (const PrintedTable& t : r.printed.tables) {
        const std::vector<std::string> want = seed_refs(t.id);
        ASSERT_EQ(t.rows.size(), want.size()) << t.id;
        for (std::size_t k = 0; k < want.size(); ++k)
            EXPECT_EQ(t.rows[k].ref, want[k]) << t.id << " row " << k << " '" << t.rows[k].label << "'";
    }
}

TEST(JoinSeed, StaffTablesStayUnjoined) {
    const Document doc = load_document(std::string(KINERJA_EXAMPLES_DIR) + "/lakip-2019.json");
    PrintedReport bare;
    for (PrintedTable t : doc.printed.tables)
        if (t.id == "tabel-1-1" || t.id == "tabel-1-2") {
            for (PrintedRow& r : t.rows) r.ref.clear();
            bare.tables.push_back(std::move(t));
        }
    const JoinResult r = join_to_plan(bare, doc.plan);
    ASSERT_EQ(r.rows.size(), 11U);
    for (const JoinedRow& j : r.rows) {
        EXPECT_FALSE(joined(j.how)) << j.table << " " << j.label;
        EXPECT_FALSE(j.reason.empty());
    }
}

// ---------------------------------------------------------------------------------------------------
// Hostile sizes: a plan of 10.000 kegiatan and tables of 5.000 rows join in bounded time: exact names by
// a hash, the fuzzy search only among at most max_candidates and within max_comparisons.

TEST(JoinHostile, LargePlanAndTableStayWithinTheBounds) {
    Renstra plan;
    plan.period = {2019, 2023};
    for (int p = 0; p < 100; ++p) {
        const std::string pid = "p" + std::to_string(p);
        plan.nodes.push_back(Node::program(pid, "PROGRAM NOMOR " + std::to_string(p), ProgramKind::utama));
        for (int k = 0; k < 100; ++k)
            plan.nodes.push_back(Node::of(Level::kegiatan, pid + "-" + std::to_string(k),
                                          "Kegiatan pelayanan nomor " + std::to_string(p * 100 + k), pid));
    }
    // Under 50 programs, 100 rows each of names one letter off theirs: 50 x 100 x 100 = 500.000
    // comparisons would be due; the budget stops them at 200.000.
    std::vector<PrintedRow> rows;
    for (int p = 0; p < 50; ++p) {
        rows.push_back(row("PROGRAM NOMOR " + std::to_string(p), 1));
        for (int k = 0; k < 99; ++k)
            rows.push_back(row("Kegiatan pelayanan nomr " + std::to_string(p * 100 + k), 2));
    }
    // A flat table of 5.000 rows: 10.100 candidates each, past max_candidates.
    std::vector<PrintedRow> flat;
    for (int k = 0; k < 5000; ++k) flat.push_back(row("Kegiatan pelayanan nomr " + std::to_string(k)));
    PrintedReport printed;
    printed.tables = {table("grouped", rows), table("flat", flat)};
    const JoinResult r = join_to_plan(printed, plan, in_english());
    ASSERT_EQ(r.rows.size(), 10000U);
    std::size_t fuzzy = 0;
    std::size_t budget = 0;
    for (const JoinedRow& j : r.rows) {
        if (j.table == "grouped" && j.how == JoinHow::fuzzy) ++fuzzy;
        if (j.reason.find("budget of 200000 comparisons is spent") != std::string::npos) ++budget;
    }
    EXPECT_GT(fuzzy, 0U);
    EXPECT_GT(budget, 0U);
    EXPECT_NE(decision(r, "flat", 0).reason.find("too many for a fuzzy match (at most 500)"),
              std::string::npos)
        << decision(r, "flat", 0).reason;
    EXPECT_EQ(decision(r, "grouped", 0).ref, "p0");
}

// ---------------------------------------------------------------------------------------------------
// The join in both languages: the same decisions, its reasons and messages in each (written by hand).

TEST(JoinLanguage, SameDecisionsMessagesInEachLanguage) {
    PrintedTable t =
        table("t", {row("PROGRAM PELAYANAN ADMINISTRASI", 1), row("Penyediaan Alat Tulis Kantorr", 2),
                    row("Honor Panitia", 2), row("", 2), row("RATA - RATA", 1)});
    const JoinResult id = join_one(t, small_plan(), JoinOptions{});  // Indonesian: the default
    const JoinResult en = join_one(t, small_plan(), in_english());
    ASSERT_EQ(id.rows.size(), en.rows.size());
    for (std::size_t k = 0; k < id.rows.size(); ++k) {
        EXPECT_EQ(id.rows[k].how, en.rows[k].how) << k;
        EXPECT_EQ(id.rows[k].ref, en.rows[k].ref) << k;
        EXPECT_EQ(id.rows[k].score, en.rows[k].score) << k;
    }
    EXPECT_EQ(id.printed.tables, en.printed.tables);
    EXPECT_EQ(decision(id, "t", 2).reason, "tidak ada nama dalam rencana yang cukup dekat");
    EXPECT_EQ(decision(en, "t", 2).reason, "no name in the plan is close enough");
    EXPECT_EQ(decision(id, "t", 3).reason, "label kosong: tidak ada yang dapat dicari dalam rencana");
    EXPECT_EQ(decision(en, "t", 3).reason, "a blank label: no plan thing to name");
    EXPECT_EQ(decision(id, "t", 4).reason, "baris rata-rata: tidak mewakili hal apa pun dalam rencana");

    const std::vector<Finding> fid = join_findings(id);
    const std::vector<Finding> fen = join_findings(en, Language("en"));
    ASSERT_EQ(fid.size(), fen.size());
    for (std::size_t k = 0; k < fid.size(); ++k) {
        EXPECT_EQ(fid[k].rule, fen[k].rule);
        EXPECT_EQ(fid[k].table, fen[k].table);
        EXPECT_EQ(fid[k].row, fen[k].row);
        EXPECT_EQ(fid[k].expected, fen[k].expected);
    }
    ASSERT_GE(fid.size(), 3U);
    EXPECT_EQ(fid[0].rule, "join.exact");
    EXPECT_EQ(fid[0].message, "digabungkan dengan prog-a 'PROGRAM PELAYANAN ADMINISTRASI': namanya sama");
    EXPECT_EQ(fen[0].message, "joined to prog-a 'PROGRAM PELAYANAN ADMINISTRASI': the same name");
    EXPECT_EQ(fid[1].rule, "join.fuzzy");
    EXPECT_EQ(
        fid[1].message,
        "digabungkan dengan keg-a2 'Penyediaan Alat Tulis Kantor': nama yang paling dekat, kemiripan 96");
    EXPECT_EQ(fen[1].message,
              "joined to keg-a2 'Penyediaan Alat Tulis Kantor': the closest name, similarity 96");
    EXPECT_EQ(fid[2].rule, "join.unmatched");
    EXPECT_EQ(fid[2].message, "tidak digabungkan: tidak ada nama dalam rencana yang cukup dekat");
    EXPECT_EQ(fen[2].message, "not joined: no name in the plan is close enough");
}

TEST(JoinLanguage, AmbiguousAndTotalsInEachLanguage) {
    // Two kegiatan of the same name: ambiguous, with its candidates, in either language.
    Renstra plan = small_plan();
    Node twin = plan.nodes.back();
    twin.id = "keg-twin";
    plan.nodes.push_back(twin);
    const PrintedTable t = table("t", {row(twin.name)});
    const JoinResult id = join_one(t, plan, JoinOptions{});
    const JoinResult en = join_one(t, plan, in_english());
    ASSERT_EQ(decision(id, "t", 0).how, JoinHow::ambiguous);
    EXPECT_EQ(decision(id, "t", 0).candidates, decision(en, "t", 0).candidates);
    EXPECT_EQ(decision(id, "t", 0).reason, "rencana memuat 2 hal dengan nama ini");
    EXPECT_EQ(decision(en, "t", 0).reason, "the plan has 2 things of this name");
    const std::string candidates =
        decision(en, "t", 0).candidates[0] + ", " + decision(en, "t", 0).candidates[1];
    EXPECT_EQ(join_findings(id)[0].message,
              "tidak digabungkan: rencana memuat 2 hal dengan nama ini: " + candidates);
    EXPECT_EQ(join_findings(en, Language("en"))[0].message,
              "not joined: the plan has 2 things of this name: " + candidates);
    // A flat table of prog-a's kegiatan: its total is prog-a, and says why.
    const PrintedTable flat = table(
        "t", {row("Penyediaan Jasa Surat Menyurat"), row("Penyediaan Alat Tulis Kantor"), row("JUMLAH")});
    EXPECT_EQ(join_findings(join_one(flat, small_plan(), JoinOptions{})).back().message,
              "digabungkan dengan prog-a 'PROGRAM PELAYANAN ADMINISTRASI': semua baris yang dijumlahkannya "
              "berada di bawahnya");
    EXPECT_EQ(join_findings(join_one(flat), Language("en")).back().message,
              "joined to prog-a 'PROGRAM PELAYANAN ADMINISTRASI': the rows it closes are all under it");
}

TEST(JoinLanguage, RulesInEachLanguage) {
    const auto id = join_rules(Language());
    const auto en = join_rules(Language("en"));
    ASSERT_EQ(id.size(), 7U);
    ASSERT_EQ(en.size(), id.size());
    for (std::size_t k = 0; k < id.size(); ++k) {
        EXPECT_EQ(id[k].first, en[k].first);
        EXPECT_EQ(id[k].first, join_rules()[k].first);
        EXPECT_EQ(id[k].second, join_rules()[k].second);  // the plain form is the Indonesian one
    }
    EXPECT_EQ(en[2].first, "join.elimination");
    EXPECT_EQ(en[2].second, "note: the one row left under a parent joined to the one child of its node left");
    EXPECT_EQ(id[5].first, "join.unmatched");
    EXPECT_EQ(id[5].second,
              "note: baris yang tidak cukup dekat dengan hal apa pun dalam rencana: tidak digabungkan");
}

}  // namespace
