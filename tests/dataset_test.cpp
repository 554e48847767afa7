#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <kinerja/io.hpp>
#include <kinerja/reviu.hpp>
#include <string>

#include "kinerja/plan/language.hpp"
#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::num;
using kinerja::testing::small_plan;

// A minimal valid document; each error test changes one thing in it.
const std::string minimal = R"({
  "format": "kinerja/1",
  "body": {"name": "Dinas Contoh"},
  "period": {"from": 2021, "to": 2026},
  "nodes": [
    {"id": "v", "level": "visi", "name": "Visi"},
    {"id": "p", "level": "program", "name": "Program", "kind": "penunjang"},
    {"id": "k", "level": "kegiatan", "name": "Kegiatan", "parent": "p"}
  ],
  "budget": [
    {"year": 2024, "class": "belanja_langsung", "node": "k", "anggaran": "1.239.289.000,00", "realisasi": "Rp. 1.080.932.200,-"}
  ]
})";

std::string with(std::string doc, const std::string& from, const std::string& to) {
    const auto at = doc.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return doc.replace(at, from.size(), to);
}

void expect_error(const std::string& doc, const std::string& path, const std::string& reason) {
    try {
        (void)read_renstra(doc, "t.json");
        FAIL() << "accepted; expected " << path << ": " << reason;
    } catch (const data_error& e) {
        EXPECT_EQ(e.source(), "t.json");
        EXPECT_EQ(e.path(), path) << e.what();
        EXPECT_NE(e.reason().find(reason), std::string::npos) << e.what();
    }
}

TEST(Dataset, ReadsTheMinimalDocument) {
    const Renstra plan = read_renstra(minimal);
    EXPECT_EQ(plan.body.name, "Dinas Contoh");
    ASSERT_EQ(plan.budget.size(), 1u);
    EXPECT_EQ(plan.budget[0].anggaran.sen(), 123'928'900'000);
    EXPECT_EQ(plan.budget[0].realisasi.sen(), 108'093'220'000);
}

TEST(Dataset, SaveLoadIsLossless) {
    Renstra plan = small_plan();
    plan.budget[0].anggaran_murni = Rupiah::from_sen(123'456);
    plan.budget[0].triwulan =
        std::array<Rupiah, 4>{Rupiah::from_rupiah(100'000), Rupiah::from_rupiah(200'000),
                              Rupiah::from_rupiah(300'000), Rupiah::from_rupiah(300'000)};
    Indicator& ind = plan.indicators[0];
    ind.baseline = Baseline{2020, num("12,50")};
    ind.end_target = Target::number(num("1.234,500"));
    ind.formula = Formula{"a / b x 100%", "", "", Decimal(100)};
    Realisation q;
    q.source = Realisation::Source::triwulan;
    q.triwulan = {num("1,5"), std::nullopt, num("2"), std::nullopt};
    q.rollup = Rollup::max;
    ind.realisations[2023] = q;
    Realisation ratio;
    ratio.source = Realisation::Source::ratio;
    ratio.numerator = num("697");
    ratio.denominator = num("910");
    ratio.value = num("76,59");
    ind.realisations[2022] = ratio;
    Indicator grade;
    grade.id = "g";
    grade.node = "s";
    grade.name = "opini";
    grade.satuan = "predikat";
    grade.polarity = Polarity::qualitative;
    grade.grades = {"WTP", "WDP", "TW"};
    grade.targets[2024] = Target::of_grade("WTP");
    Realisation got;
    got.grade = "WDP";
    grade.realisations[2024] = got;
    plan.indicators.push_back(grade);
    Indicator band;
    band.id = "r";
    band.node = "s";
    band.name = "rentang";
    band.satuan = "hari";
    band.polarity = Polarity::range;
    band.lower_formula = LowerFormula::two_t_minus_r;
    band.targets[2024] = Target::between(num("10"), num("20,5"));
    plan.indicators.push_back(band);
    DataTable t;
    t.id = "pmks";
    t.year = 2024;
    t.title = "Rekap";
    t.columns = {{"l", "L"}, {"jumlah", "Jumlah"}};
    DataRow parent;
    parent.id = "9";
    parent.label = "Anak";
    DataRow child;
    child.id = "9a";
    child.label = "Tubuh";
    child.values = {{"l", num("53")}, {"jumlah", num("1234")}};
    parent.rows = {child};
    DataRow total;
    total.id = "total";
    total.label = "Jumlah";
    total.total = true;
    total.values = {{"jumlah", num("473559")}};
    t.rows = {parent, total};
    plan.tables.push_back(t);
    plan.discrepancies.push_back(
        Discrepancy{"k1", 2024, "realisasi", "900.000,00", "9.000.000", "Tabel 3.2", "sums"});
    plan.discrepancies.push_back(Discrepancy{"", std::nullopt, "", "a", "b", "c", "d"});

    const Document doc(plan);
    const std::string text = write_document(doc);
    const Document back = read_document(text);
    EXPECT_EQ(back, doc);
    EXPECT_EQ(write_document(back), text);                        // canonical: the same bytes again
    EXPECT_NE(text.find("\"1.000.000,00\""), std::string::npos);  // money in the Indonesian form
    EXPECT_NE(text.find("\"1234,500\""), std::string::npos);      // figures never grouped: never ambiguous
    EXPECT_NE(text.find("\"1234\""), std::string::npos);
}

TEST(Dataset, FiguresAreStringsNeverJsonNumbers) {
    expect_error(with(minimal, R"("anggaran": "1.239.289.000,00")", R"("anggaran": 1239289000.0)"),
                 "/budget/0/anggaran", "an amount must be a string, not a number");
}

TEST(Dataset, MalformedFigureNamesFilePathAndOffset) {
    try {
        (void)read_renstra(with(minimal, "1.239.289.000,00", "848.146..988,00"), "t.json");
        FAIL();
    } catch (const parse_error& e) {
        EXPECT_EQ(e.source(), "t.json:/budget/0/anggaran");
        EXPECT_EQ(e.offset(), 8u);
        EXPECT_EQ(e.reason(), "empty digit group (lenient mode reads it)");
    }
}

TEST(Dataset, AmbiguousFigureIsAnError) {
    const std::string doc = with(minimal, R"("budget": [)", R"("indicators": [
    {"id": "i", "node": "k", "name": "n", "satuan": "%", "polarity": "higher_is_better", "targets": {"2024": "1.234"}}],
  "budget": [)");
    try {
        (void)read_renstra(doc, "t.json");
        FAIL();
    } catch (const ambiguous_error& e) {
        EXPECT_EQ(e.source(), "t.json:/indicators/0/targets/2024");
        EXPECT_EQ(e.readings().size(), 2u);
    }
}

TEST(Dataset, UnknownAndMissingKeys) {
    expect_error(with(minimal, R"("name": "Kegiatan")", R"("name": "Kegiatan", "colour": "red")"),
                 "/nodes/2/colour", "unknown key");
    expect_error(with(minimal, R"("name": "Kegiatan", )", ""), "/nodes/2/name", "missing");
    expect_error(with(minimal, R"("format": "kinerja/1")", R"("format": "kinerja/2")"), "/format",
                 "is not a format this version reads");
    expect_error(with(minimal, R"("level": "kegiatan")", R"("level": "aktivitas")"), "/nodes/2/level",
                 "'aktivitas' is not one of");
    expect_error(with(minimal, R"("year": 2024)", R"("year": "2024")"), "/budget/0/year",
                 "must be an integer, not a string");
}

TEST(Dataset, DuplicateKeysAreNotSilentlyResolved) {
    expect_error(with(minimal, R"("name": "Kegiatan")", R"("name": "Kegiatan", "name": "Lain")"),
                 "/nodes/2/name", "duplicate key");
}

TEST(Dataset, SyntaxErrorsNameLineAndColumn) {
    expect_error(
        with(minimal, R"("period": {"from": 2021, "to": 2026},)", R"("period": {"from": 2021 "to": 2026},)"),
        "4:30", "invalid JSON");  // the end of the unexpected token "to" (columns 27-30)
}

TEST(Dataset, NumbersTooLargeForJsonAreLocated) {
    // Found by the dataset fuzz target: nlohmann refuses the number with an exception of its own.
    expect_error(with(minimal, R"("from": 2021)", R"("from": 9900E7458848190)"), "/period/from",
                 "number overflow parsing '9900E7458848190'");
}

TEST(Dataset, SemanticErrorsUseTheSamePaths) {
    expect_error(with(minimal, R"("parent": "p")", R"("parent": "v")"), "/nodes/2/parent",
                 "the parent of a kegiatan must be a program");
    expect_error(with(minimal, R"("node": "k")", R"("node": "p")"), "/budget/0/node",
                 "budget lines belong to a kegiatan or a sub kegiatan");
}

TEST(Dataset, RuleFaultsCarryAStructuredLocation) {
    try {
        (void)read_document(with(minimal, R"("node": "k")", R"("node": "p")"), "t.json");
        FAIL();
    } catch (const plan_error& e) {
        EXPECT_EQ(e.path(), "/budget/0/node");
        EXPECT_EQ(e.location(), (PlanLocation{"budget", 0, {"node"}}));
        EXPECT_STREQ(e.what(), "t.json:/budget/0/node: budget lines belong to a kegiatan or a sub kegiatan");
    }
}

TEST(Dataset, PrintedMaterialIsReadApartAndValidated) {
    const std::string printed = with(minimal, R"(  "budget": [)", R"(  "printed_tables": [
    {"id": "t", "title": "Tabel", "columns": [{"name": "Anggaran", "role": "anggaran"}],
     "rows": [{"label": "A", "level": 1, "cells": ["1"]}, {"label": "B", "level": 3, "cells": ["2"]}]}
  ],
  "printed_figures": [{"where": "Bab I", "ref": "body", "year": 2024, "measure": "anggaran", "printed": "1"}],
  "budget": [)");
    expect_error(printed, "/printed_tables/0/rows/1/level", "at most one deeper than the row before");
    const Document doc = read_document(with(printed, R"("level": 3)", R"("level": 2)"));
    ASSERT_EQ(doc.printed.tables.size(), 1u);
    EXPECT_EQ(doc.printed.tables[0].rows[1].level, 2);
    ASSERT_EQ(doc.printed.figures.size(), 1u);
    EXPECT_EQ(doc.plan, read_renstra(minimal));
    // Written back, the plan alone holds no printed material; the document keeps it.
    EXPECT_EQ(write_document(Document(doc.plan)).find("printed_"), std::string::npos);
    EXPECT_EQ(read_document(write_document(doc)), doc);
}

// Issue 15: the parts of the jumlah (an asset's condition) are a role of their own, read and written
// by name, several to a table.
TEST(Dataset, PartColumnsAreReadAndWrittenByName) {
    const std::string printed = with(minimal, R"(  "budget": [)", R"(  "printed_tables": [
    {"id": "aset", "title": "Tabel 1.5", "columns": [{"name": "Jumlah Barang", "role": "jumlah"},
       {"name": "Baik", "role": "part"}, {"name": "Rusak Berat", "role": "part"}],
     "rows": [{"label": "Genset", "cells": ["1", "BAIK", "-"]}]}
  ],
  "budget": [)");
    const Document doc = read_document(printed);
    ASSERT_EQ(doc.printed.tables.size(), 1u);
    const auto& columns = doc.printed.tables[0].columns;
    ASSERT_EQ(columns.size(), 3u);
    EXPECT_EQ(columns[1].role, ColumnRole::part);
    EXPECT_EQ(columns[2].role, ColumnRole::part);
    EXPECT_NE(write_document(doc).find(R"("role": "part")"), std::string::npos);
    EXPECT_EQ(read_document(write_document(doc)), doc);
    expect_error(with(printed, R"("role": "part")", R"("role": "parts")"), "/printed_tables/0/columns/1/role",
                 "share, part, other");
}

// The example dataset's Tabel 1.5 (seed lines 222-1498): 180 rows numbered 1-130, 140, 151-199, whose
// Jumlah Barang add up to 753 (counted from the seed), each row BAIK.
TEST(Dataset, TheExampleAssetsTable) {
    const Document doc = load_document(std::string(KINERJA_EXAMPLES_DIR) + "/lakip-2019.json");
    const auto it = std::find_if(doc.printed.tables.begin(), doc.printed.tables.end(),
                                 [](const PrintedTable& t) { return t.id == "tabel-1-5"; });
    ASSERT_NE(it, doc.printed.tables.end());
    std::vector<ColumnRole> roles;
    for (const PrintedColumn& c : it->columns) roles.push_back(c.role);
    EXPECT_EQ(roles, (std::vector<ColumnRole>{ColumnRole::other, ColumnRole::jumlah, ColumnRole::part,
                                              ColumnRole::part, ColumnRole::part}));
    ASSERT_EQ(it->rows.size(), 180u);
    long jumlah = 0;
    for (const PrintedRow& r : it->rows) {
        jumlah += std::stol(r.cells[1]);
        EXPECT_EQ(r.cells[2], "BAIK") << r.label;
    }
    EXPECT_EQ(jumlah, 753);
    EXPECT_EQ(it->rows[130].cells[0], "140");
    EXPECT_EQ(it->rows[131].cells[0], "151");
    EXPECT_EQ(it->rows[179].label, "Kursi Roda");
}

// --- issue 12: hostile input, limits, located errors ---

// The reason of the data_error `doc` gives when read with `limits`, after checking its path.
std::string error_of(const std::string& doc, const std::string& path, const ReadLimits& limits = {}) {
    try {
        (void)read_document(doc, "t.json", limits);
        ADD_FAILURE() << "accepted; expected an error at " << path;
        return {};
    } catch (const data_error& e) {
        EXPECT_EQ(e.source(), "t.json");
        EXPECT_EQ(e.path(), path) << e.what();
        return e.reason();
    }
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// `minimal` with a data table whose rows nest `depth` levels (each row holds the next).
std::string with_nested_rows(std::size_t depth) {
    std::string rows;
    for (std::size_t i = 0; i < depth; ++i)
        rows += R"({"id": "r)" + std::to_string(i) + R"(", "label": "x", "rows": [)";
    for (std::size_t i = 0; i < depth; ++i) rows += "]}";
    return with(minimal, R"(  "budget": [)",
                R"(  "tables": [{"id": "t", "year": 2024, "title": "T", "columns": [], "rows": [)" + rows +
                    "]}],\n  \"budget\": [");
}

TEST(DatasetLimits, DepthIsRefusedAtTheFirstLevelOverTheLimit) {
    ReadLimits limits;
    limits.max_depth = 3;  // the minimal document: the root, a list, an element
    EXPECT_NO_THROW((void)read_document(minimal, "t.json", limits));
    limits.max_depth = 2;
    EXPECT_EQ(
        error_of(minimal, "/nodes/0", limits),
        "nested deeper than 2 levels; the limit is 2 (raise it with --max-depth or ReadLimits::max_depth)");
    // 100,000 plain arrays: refused at level 65 by default, quickly and without recursion.
    const std::string deep =
        with(minimal, R"({"name": "Dinas Contoh"})", std::string(100'000, '[') + std::string(100'000, ']'));
    std::string at = "/body";
    for (int i = 0; i < 63; ++i) at += "/0";
    EXPECT_TRUE(contains(error_of(deep, at), "nested deeper than 64 levels"));
}

TEST(DatasetLimits, RowsNestedDeepAreReadWithoutRecursion) {
    // 20,000 levels (issue 12, row 1): the depth limit refuses them, naming the row it stopped at.
    std::string at = "/tables/0/rows/0";
    for (int i = 0; i < 30; ++i) at += "/rows/0";
    EXPECT_TRUE(contains(error_of(with_nested_rows(20'000), at), "nested deeper than 64 levels"));
    // With the limit raised they are read, iteratively, and the plan's own bound refuses them.
    ReadLimits raised;
    raised.max_depth = 100'000;
    try {
        (void)read_document(with_nested_rows(20'000), "t.json", raised);
        FAIL();
    } catch (const plan_error& e) {
        EXPECT_EQ(e.location().field.size(), 2 * max_row_depth + 1);
        EXPECT_TRUE(contains(e.reason(), "rows nest deeper than 1000 levels"));
    }
    // 300 levels are a valid plan that writes back and reads as the same.
    const Document doc = read_document(with_nested_rows(300), "t.json", raised);
    EXPECT_NE(doc.plan.tables[0].find_row("r299"), nullptr);
    EXPECT_EQ(read_document(write_document(doc), "t.json", raised), doc);
}

TEST(DatasetLimits, ItemsOfAnArray) {
    ReadLimits limits;
    limits.max_rows = 3;  // three nodes
    EXPECT_NO_THROW((void)read_document(minimal, "t.json", limits));
    limits.max_rows = 2;
    EXPECT_EQ(
        error_of(minimal, "/nodes", limits),
        "an array of more than 2 items; the limit is 2 (raise it with --max-rows or ReadLimits::max_rows)");
}

TEST(DatasetLimits, LengthOfAString) {
    ReadLimits limits;
    limits.max_cell_bytes = 16;  // "belanja_langsung" is 16 bytes, "Rp. 1.080.932.200,-" 19
    EXPECT_EQ(error_of(minimal, "/budget/0/realisasi", limits),
              "a string of 19 bytes is longer than the cell limit; the limit is 16 (raise it with "
              "--max-cell-bytes or ReadLimits::max_cell_bytes)");
    limits.max_cell_bytes = 11;
    EXPECT_TRUE(contains(error_of(minimal, "/body/name", limits), "a string of 12 bytes"));
    limits.max_cell_bytes = 4;  // keys count too: "format" is the first
    EXPECT_TRUE(contains(error_of(minimal, "", limits), "a key of 6 bytes"));
}

TEST(DatasetLimits, TextAfterANulByteIsNotDropped) {
    const std::string doc = minimal + std::string(1, '\0') + "garbage";
    const std::string reason = error_of(doc, "13:2");
    EXPECT_TRUE(contains(reason, "NUL byte at byte " + std::to_string(minimal.size()))) << reason;
    EXPECT_TRUE(contains(error_of(minimal + "\xff", "13:2"), "invalid UTF-8"));
}

TEST(DatasetLimits, OverflowIsLocated) {
    // 40 digits cannot be an amount; 36 nines (10^38 - 100 sen) can, but not twice in one year.
    try {
        (void)read_document(with(minimal, "1.239.289.000,00", std::string(40, '9')), "t.json");
        FAIL();
    } catch (const parse_error& e) {
        EXPECT_EQ(e.source(), "t.json:/budget/0/anggaran");
        EXPECT_TRUE(contains(e.reason(), "more than 38 significant digits")) << e.what();
    }
    const std::string nines = std::string(36, '9');
    const std::string line = R"({"year": 2024, "class": "belanja_langsung", "node": "k", "anggaran": ")" +
                             nines + R"(", "realisasi": "0"})";
    const std::string two = with(minimal, R"(  "budget": [)", "  \"budget\": [" + line + ",");
    EXPECT_NO_THROW((void)read_document(with(two, "1.239.289.000,00", "0")));
    EXPECT_TRUE(contains(error_of(two, "/budget/1/anggaran"), "the anggaran of 2024 cannot be totalled"));
}

TEST(DatasetLimits, StructuralErrorsStayLocated) {
    EXPECT_EQ(error_of("[1, 2]", ""), "must be an object, not an array");
    EXPECT_EQ(error_of("\"kinerja/1\"", ""), "must be an object, not a string");
    EXPECT_TRUE(contains(error_of("1e99999", ""), "number overflow"));
    EXPECT_EQ(error_of(with(minimal, R"("format": "kinerja/1",)", R"("format": "kinerja/1", "format": "x",)"),
                       "/format"),
              "duplicate key");
    EXPECT_EQ(error_of(with(minimal, R"("format": "kinerja/1",)", R"("format": "kinerja/1", "extra": 1,)"),
                       "/extra"),
              "unknown key");
    EXPECT_EQ(error_of(with(minimal, R"("budget": [)", R"("units": {}, "budget": [)"), "/units"),
              "must be an array, not an object");
    EXPECT_EQ(error_of(with(minimal, R"({"id": "v", )", R"(7, {"id": "v", )"), "/nodes/0"),
              "must be an object, not a number");
    // A number too large for JSON, as the second element of a list: the element's index is named.
    EXPECT_TRUE(contains(error_of(with(minimal, R"({"id": "v", )",
                                       R"({"id": "w", "level": "visi", "name": "W"}, 1e99999, {"id": "v", )"),
                                  "/nodes/1"),
                         "number overflow"));
    // The format is checked as soon as it is read: a file of another format is refused as such.
    EXPECT_TRUE(contains(
        error_of(with(with(minimal, "kinerja/1", "kinerja/2"), R"("level": "visi")", R"("level": "x")"),
                 "/format"),
        "is not a format this version reads"));
}

TEST(DatasetLimits, ValidationGapsAreClosed) {
    EXPECT_TRUE(contains(error_of(with(minimal, R"("from": 2021)", R"("from": 0)"), "/period/from"),
                         "a period year must be between 1900 and 2200"));
    EXPECT_TRUE(contains(error_of(with(minimal, R"("to": 2026)", R"("to": 99999)"), "/period/to"),
                         "a period year must be between 1900 and 2200"));
    EXPECT_TRUE(
        contains(error_of(with(minimal, "Rp. 1.080.932.200,-", "-1.080.932.200,00"), "/budget/0/realisasi"),
                 "realisasi must not be negative"));
    EXPECT_TRUE(
        contains(error_of(with(minimal, "1.239.289.000,00", "(1.239.289.000,00)"), "/budget/0/anggaran"),
                 "anggaran must not be negative"));
    const std::string cycle = with(minimal, R"(  "nodes": [)", R"(  "units": [
    {"id": "a", "name": "A", "parent": "b"}, {"id": "b", "name": "B", "parent": "a"}],
  "nodes": [)");
    EXPECT_TRUE(contains(error_of(cycle, "/units/0/parent"), "unit parents form a cycle through 'a'"));
}

TEST(DatasetLimits, CanonicalAmountsReadExactly) {
    // Amounts in the form kinerja writes take a short path; these are their values by hand, beside
    // forms that take the general one.
    const std::pair<const char*, std::int64_t> cases[] = {
        {"0,00", 0},
        {"0,05", 5},
        {"7,10", 710},
        {"999,99", 99'999},
        {"1.000,00", 100'000},
        {"12.345.678,90", 1'234'567'890},
        {"9.999.999.999.999.999,99", 999'999'999'999'999'999},     // 16 digits: the longest short path
        {"10.000.000.000.000.000,00", 1'000'000'000'000'000'000},  // 17 digits: the general path
        {"1239289000.50", 123'928'900'050},
        {"Rp. 1.080.932.200,-", 108'093'220'000},
        {"480.000", 48'000'000},
        {"1.000,0", 100'000},
        {"1.000,00 ", 100'000},
    };
    for (const auto& [text, sen] : cases) {
        const Renstra plan = read_renstra(with(minimal, "1.239.289.000,00", text));
        EXPECT_EQ(plan.budget[0].anggaran, Rupiah::from_sen(sen)) << text;
    }
    // Near misses of the canonical form are read, or refused, by the number-text parser as before.
    for (const char* text : {"1.00,00", "1.0000,00", "1,000.00", ",00", "01.000,00"})
        EXPECT_THROW((void)read_renstra(with(minimal, "1.239.289.000,00", text)), kinerja::error) << text;
}

TEST(Dataset, LoadNamesTheFile) {
    try {
        (void)load_renstra("/nonexistent/plan.json");
        FAIL();
    } catch (const data_error& e) {
        EXPECT_STREQ(e.what(), "/nonexistent/plan.json: cannot open the file");
    }
}

}  // namespace

namespace {

// docs/example-dataset.json, the format's worked example, stays valid, adds up, and means what the
// documentation says. Figures by hand: 125158 / 473559 = 26,43 %, against 26,75: 98,80; the 2024
// quarters' last, 27,90, against 28: 99,64; 12 days against 10 by (2T - R) / T: 80,00; WDP against
// WTP: 0,00; 697 / 910 = 76,59 %, below the range 90-110: 76,59 / 90 = 85,10.
TEST(Dataset, TheDocumentedExample) {
    const Document doc = load_document(KINERJA_DOCS_DIR "/example-dataset.json");
    const Renstra& plan = doc.plan;
    EXPECT_TRUE(check(plan, doc.printed).empty());
    auto capaian_of = [&](const char* id, int year) {
        return indicator_capaian(plan, *plan.find_indicator(id), year).points();
    };
    EXPECT_EQ(capaian_of("iku-pmks", 2023), num("98,80"));
    EXPECT_EQ(capaian_of("iku-pmks", 2024), num("99,64"));
    EXPECT_EQ(capaian_of("ik-waktu", 2023), num("80,00"));
    EXPECT_EQ(capaian_of("ik-opini", 2023), num("0,00"));
    EXPECT_EQ(capaian_of("ik-rasio", 2023), num("85,10"));
    EXPECT_EQ(budget_of(plan, "prog-rehsos", 2023).serapan().points(), num("97,64"));
    EXPECT_EQ(read_document(write_document(doc)), doc);
}

// The minimal document with units, a sasaran indicator and PKs; the PKs come before the indicators, as
// a hand-written file may have them.
const std::string with_pk = R"({
  "format": "kinerja/1",
  "body": {"name": "Dinas Contoh"},
  "period": {"from": 2021, "to": 2026},
  "units": [
    {"id": "kadis", "name": "Kepala Dinas"},
    {"id": "seksi", "name": "Seksi Satu", "parent": "kadis"}
  ],
  "perjanjian": [
    {"unit": "kadis", "eselon": "kepala", "year": 2024,
     "items": [{"indicator": "iku", "target": "B"}]},
    {"unit": "seksi", "eselon": "eselon_iv", "year": 2024,
     "indicators": [{"id": "out", "node": "k", "name": "Dokumen", "satuan": "dokumen",
                     "polarity": "higher_is_better"}],
     "items": [{"indicator": "out", "target": "12", "rencana": ["3", "3", "3", "3"],
                "realisasi": ["3", null, null, null], "rollup": "sum"}]}
  ],
  "nodes": [
    {"id": "v", "level": "visi", "name": "Visi"},
    {"id": "p", "level": "program", "name": "Program", "kind": "penunjang"},
    {"id": "k", "level": "kegiatan", "name": "Kegiatan", "parent": "p", "unit": "seksi"}
  ],
  "indicators": [
    {"id": "iku", "node": "v", "name": "Nilai SAKIP", "satuan": "nilai", "polarity": "qualitative",
     "grades": ["A", "B", "C"], "targets": {"2024": "B"}}
  ]
})";

TEST(DatasetPerjanjian, IsReadWhateverTheOrderAndWrittenCanonically) {
    const Document doc = read_document(with_pk, "t.json");
    const Renstra& plan = doc.plan;
    ASSERT_EQ(plan.perjanjian.size(), 2u);
    EXPECT_EQ(plan.perjanjian[0].eselon, Eselon::kepala);
    EXPECT_EQ(plan.perjanjian[0].items[0].target, Target::of_grade("B"));  // a grade: iku is qualitative
    const PkItem& out = plan.perjanjian[1].items[0];
    EXPECT_EQ(out.target, Target::number(num("12")));
    EXPECT_EQ(out.rencana[3], num("3"));
    EXPECT_EQ(out.realisasi[0], num("3"));
    EXPECT_EQ(out.realisasi[1], std::nullopt);
    EXPECT_EQ(out.rollup, Rollup::sum);
    EXPECT_TRUE(check_perjanjian(plan).empty());

    const std::string text = write_document(doc);
    // Canonical: after the discrepancies' place, before the printed material.
    EXPECT_LT(text.find("\"indicators\""), text.find("\"perjanjian\""));
    const Document back = read_document(text);
    EXPECT_EQ(back, doc);
    EXPECT_EQ(write_document(back), text);
}

TEST(DatasetPerjanjian, APlanWithoutPksIsWrittenWithoutTheKey) {
    EXPECT_EQ(write_document(Document(small_plan())).find("perjanjian"), std::string::npos);
}

TEST(DatasetPerjanjian, FaultsAreLocated) {
    expect_error(with(with_pk, R"("indicator": "out")", R"("indicator": "outt")"),
                 "/perjanjian/1/items/0/indicator", "unknown indicator 'outt'");
    expect_error(with(with_pk, R"("unit": "seksi", "eselon")", R"("unit": "gudang", "eselon")"),
                 "/perjanjian/1/unit", "unknown unit 'gudang'");
    expect_error(with(with_pk, R"("eselon": "eselon_iv")", R"("eselon": "eselon_v")"), "/perjanjian/1/eselon",
                 "'eselon_v' is not one of");
    expect_error(with(with_pk, R"("rencana": ["3", "3", "3", "3"])", R"("rencana": ["3", "3", "3"])"),
                 "/perjanjian/1/items/0/rencana", "needs four quarters");
    expect_error(with(with_pk, R"("rollup": "sum")", R"("rollup": "mean")"), "/perjanjian/1/items/0/rollup",
                 "'mean' is not one of");
    expect_error(with(with_pk, R"("target": "12")", R"("target": "12", "colour": "red")"),
                 "/perjanjian/1/items/0/colour", "unknown key");
    expect_error(with(with_pk, R"("target": "12")", R"("target": 12)"), "/perjanjian/1/items/0/target",
                 "a figure must be a string");
}

// An error of the library said in Indonesian (the default of the command line), after checking that
// it has a catalogue id and that its English is its what(), byte for byte.
std::string in_indonesian(const kinerja::error& e) {
    EXPECT_FALSE(e.message().id.empty()) << e.what();
    EXPECT_EQ(describe(e, Language("en")), e.what());
    return describe(e, Language("id"));
}

// The error of reading `doc` (as "t.json"), in Indonesian.
std::string reading_error(const std::string& doc, const ReadLimits& limits = {}) {
    try {
        (void)read_renstra(doc, "t.json", limits);
    } catch (const data_error& e) {
        return in_indonesian(e);
    }
    ADD_FAILURE() << "accepted";
    return {};
}

// The error of validating `plan`, in Indonesian.
std::string validation_error(const Renstra& plan) {
    try {
        validate(plan);
    } catch (const plan_error& e) {
        return in_indonesian(e);
    }
    ADD_FAILURE() << "accepted";
    return {};
}

TEST(DatasetErrorsInIndonesian, TheJsonReader) {
    EXPECT_EQ(reading_error(with(minimal, R"("name": "Dinas Contoh")", R"("name": "Dinas Contoh", "x": 1)")),
              "t.json:/body/x: kunci tidak dikenal");
    EXPECT_EQ(reading_error(with(minimal, R"("period": {"from": 2021, "to": 2026})", R"("period": [])")),
              "t.json:/period: harus berupa objek, bukan array");
    EXPECT_EQ(reading_error(with(minimal, R"("anggaran": "1.239.289.000,00")", R"("anggaran": 5)")),
              "t.json:/budget/0/anggaran: jumlah rupiah harus ditulis sebagai string, bukan angka");
    EXPECT_EQ(reading_error(with(minimal, R"("from": 2021)", R"("from": "2021")")),
              "t.json:/period/from: harus berupa bilangan bulat, bukan string");
    EXPECT_EQ(reading_error(with(minimal, R"("body": {"name": "Dinas Contoh"},)", "")),
              "t.json:/body: tidak ada");
    EXPECT_EQ(reading_error(with(minimal, R"("format": "kinerja/1")", R"("format": "kinerja/9")")),
              "t.json:/format: 'kinerja/9' bukan format yang dapat dibaca versi ini (kinerja/1)");
    EXPECT_EQ(reading_error(with(minimal, R"("level": "visi")", R"("level": "visio")")),
              "t.json:/nodes/0/level: 'visio' bukan salah satu dari visi, misi, tujuan, sasaran, program, "
              "kegiatan, sub_kegiatan");
    ReadLimits limits;
    limits.max_cell_bytes = 8;
    EXPECT_EQ(reading_error(minimal, limits),
              "t.json:/format: string sepanjang 9 byte melebihi batas sel; batasnya 8 (naikkan dengan "
              "--max-cell-bytes atau ReadLimits::max_cell_bytes)");
    const std::string syntax = reading_error(with(minimal, R"("to": 2026})", R"("to": 2026)"));
    EXPECT_EQ(syntax.rfind("t.json:", 0), 0u) << syntax;
    EXPECT_NE(syntax.find(": JSON tidak valid: syntax error"), std::string::npos) << syntax;
}

TEST(DatasetErrorsInIndonesian, ThePlanRulesOfTheDataset) {
    EXPECT_EQ(reading_error(with(minimal, R"("parent": "p")", R"("parent": "q")")),
              "t.json:/nodes/2/parent: simpul 'q' tidak dikenal (induk harus ditulis sebelum anaknya)");
    EXPECT_EQ(reading_error(with(minimal, R"("class": "belanja_langsung", "node": "k")",
                                 R"("class": "belanja_langsung", "node": "p")")),
              "t.json:/budget/0/node: baris anggaran harus berada pada kegiatan atau sub kegiatan");
    EXPECT_EQ(reading_error(with(minimal, R"("from": 2021)", R"("from": 1021)")),
              "t.json:/period/from: tahun periode harus antara 1900 dan 2200");
}

TEST(DatasetErrorsInIndonesian, ThePlanRulesInCode) {
    Renstra plan = small_plan();
    plan.indicators[0].targets[2024] = Target::between(num("1"), num("2"));
    EXPECT_EQ(validation_error(plan),
              "/indicators/0/targets/2024: indikator berpolaritas higher_is_better memerlukan target berupa "
              "angka");
    plan = small_plan();
    plan.budget[1].realisasi = Rupiah::from_rupiah(-5);
    EXPECT_EQ(validation_error(plan), "/budget/1/realisasi: realisasi tidak boleh negatif, tercatat " +
                                          format_rupiah(plan.budget[1].realisasi));
    plan = small_plan();
    plan.nodes[5].parent = "s";
    EXPECT_EQ(validation_error(plan), "/nodes/5/parent: induk kegiatan harus berupa program");
    plan = small_plan();
    plan.indicators[1].realisations[2024].source = Realisation::Source::data;
    EXPECT_EQ(validation_error(plan),
              "/indicators/1/realisations/2024: realisasi dari data memerlukan formula dengan numerator dan "
              "denominator");
    // A computation of the core that fails inside a rule: its reason said in the language too.
    plan = small_plan();
    plan.budget[0].triwulan = std::array<Rupiah, 4>{Rupiah::max(), Rupiah::from_sen(1), Rupiah(), Rupiah()};
    EXPECT_EQ(validation_error(plan),
              "/budget/0/triwulan: nilai triwulan tidak dapat dijumlahkan: jumlah rupiah harus muat dalam 38 "
              "digit sen");
}

TEST(DatasetErrorsInIndonesian, MeasuringAndTotalling) {
    const Renstra plan = small_plan();
    try {
        (void)indicator_capaian(plan, plan.indicators[0], 2030);
        ADD_FAILURE() << "no error";
    } catch (const data_error& e) {
        EXPECT_EQ(in_indonesian(e), "indicator 'i1': tidak ada target untuk tahun 2030");
    }
    try {
        (void)budget_upto(plan, "k1", 2024, 2);
        ADD_FAILURE() << "no error";
    } catch (const data_error& e) {
        EXPECT_EQ(
            in_indonesian(e),
            "/budget/0: baris milik 'k1' tahun 2024 tidak memiliki rincian triwulan: realisasinya sampai "
            "dengan triwulan 2 tidak diketahui");
    }
    try {
        (void)budget_upto(plan, "k1", 2024, 5);
        ADD_FAILURE() << "no error";
    } catch (const value_error& e) {
        EXPECT_EQ(in_indonesian(e), "triwulan bernilai 1 sampai 4, bukan 5");
    }
}

}  // namespace
