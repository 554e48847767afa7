#include <gtest/gtest.h>

#include <kinerja/plan.hpp>

#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::num;
using kinerja::testing::rp;
using kinerja::testing::small_plan;

void expect_invalid(const Renstra& plan, const std::string& path, const std::string& reason) {
    try {
        validate(plan, "plan.json");
        FAIL() << "accepted; expected " << path << ": " << reason;
    } catch (const plan_error& e) {
        EXPECT_EQ(e.path(), path) << e.what();
        EXPECT_EQ(e.location().to_string(), path) << e.what();  // the path is the structured location
        EXPECT_NE(e.reason().find(reason), std::string::npos) << e.what();
        EXPECT_EQ(e.source(), "plan.json");
    }
}

TEST(Hierarchy, FaultsCarryAStructuredLocation) {
    Renstra plan = small_plan();
    plan.indicators[1].targets[2024] = Target::between(num("2"), num("1"));
    try {
        validate(plan);
        FAIL();
    } catch (const plan_error& e) {
        EXPECT_EQ(e.location().list, "indicators");
        EXPECT_EQ(e.location().index, std::optional<std::size_t>(1));
        EXPECT_EQ(e.location().field, (std::vector<std::string>{"targets", "2024"}));
        EXPECT_STREQ(e.what(),
                     "/indicators/1/targets/2024: a higher_is_better indicator needs a number target");
    }
    plan = small_plan();
    plan.body.name.clear();
    try {
        validate(plan, "x.json");
        FAIL();
    } catch (const plan_error& e) {
        EXPECT_EQ(e.location(), (PlanLocation{"body", std::nullopt, {"name"}}));
        EXPECT_STREQ(e.what(), "x.json:/body/name: the body needs a name");
    }
}

TEST(Hierarchy, FactoriesBuildWhatAggregatesDo) {
    const Renstra plan = small_plan();
    EXPECT_EQ(Node::of(Level::kegiatan, "k1", "node k1", "p1"), plan.nodes[5]);
    Node p1 = Node::program("p1", "node p1", ProgramKind::utama, "s");
    p1.unit = "bidang";
    EXPECT_EQ(p1, plan.nodes[4]);
    EXPECT_EQ(Unit::of("bidang", "Bidang Satu", "kepala"), plan.units[1]);
    EXPECT_EQ(BudgetLine::of("k2", 2024, rp(3'000'000), rp(2'000'000)), plan.budget[1]);
    EXPECT_EQ(BudgetLine::of_body("Belanja Pegawai", 2024, rp(2'000'000), rp(1'500'000),
                                  SpendingClass::belanja_tidak_langsung),
              plan.budget[3]);
    EXPECT_EQ(Indicator::of("i1", "k1", "indicator i1", "%")
                  .target(2024, Target::number(num("100")))
                  .realised(2024, Realisation::stated(num("90"))),
              plan.indicators[0]);
    const Realisation ratio = Realisation::ratio(num("3"), num("4"));
    EXPECT_EQ(ratio.source, Realisation::Source::ratio);
    EXPECT_EQ(ratio.numerator, num("3"));
    EXPECT_EQ(
        Realisation::from_quarters({num("1"), std::nullopt, num("2"), std::nullopt}, Rollup::last).rollup,
        Rollup::last);
}

TEST(Hierarchy, TheSmallPlanIsValid) { EXPECT_NO_THROW(validate(small_plan())); }

TEST(Hierarchy, Descendants) {
    const Renstra plan = small_plan();
    EXPECT_EQ(plan.descendants("p1", Level::kegiatan), (std::vector<std::string>{"k1", "k2"}));
    EXPECT_EQ(plan.descendants("s", Level::kegiatan), (std::vector<std::string>{"k1", "k2"}));
    EXPECT_EQ(plan.descendants("", Level::kegiatan), (std::vector<std::string>{"k1", "k2", "k3"}));
    EXPECT_EQ(plan.descendants("", Level::program), (std::vector<std::string>{"p1", "p2"}));
}

TEST(Hierarchy, ParentsOneLevelUp) {
    Renstra plan = small_plan();
    plan.nodes[5].parent = "s";  // a kegiatan under a sasaran
    expect_invalid(plan, "/nodes/5/parent", "the parent of a kegiatan must be a program");
    plan = small_plan();
    plan.nodes[1].parent = "";
    expect_invalid(plan, "/nodes/1/parent", "a misi needs a parent");
    plan = small_plan();
    plan.nodes[5].parent = "nowhere";
    expect_invalid(plan, "/nodes/5/parent", "unknown node 'nowhere'");
    plan = small_plan();
    plan.nodes[0].parent = "m";
    expect_invalid(plan, "/nodes/0/parent", "a visi has no parent");
}

TEST(Hierarchy, IdsUniqueAndProgramsHaveAKind) {
    Renstra plan = small_plan();
    plan.nodes[6].id = "k1";
    expect_invalid(plan, "/nodes/6/id", "node id 'k1' is used twice");
    plan = small_plan();
    plan.nodes[4].kind = ProgramKind::none;
    expect_invalid(plan, "/nodes/4/kind", "a program must be utama or penunjang");
    plan = small_plan();
    plan.nodes[5].kind = ProgramKind::utama;
    expect_invalid(plan, "/nodes/5/kind", "only programs are utama or penunjang");
    plan = small_plan();
    plan.nodes[5].unit = "nobody";
    expect_invalid(plan, "/nodes/5/unit", "unknown unit 'nobody'");
}

TEST(Hierarchy, Permendagri90Codes) {
    Renstra plan = small_plan();
    plan.codes = CodeScheme::permendagri_90;
    plan.nodes[4].code = "1.06.04";
    plan.nodes[5].code = "1.06.04.2.01";
    plan.nodes.push_back(
        Node{"sk1", Level::sub_kegiatan, "sub kegiatan", "k1", "1.06.04.2.01.0001", "", ProgramKind::none});
    EXPECT_NO_THROW(validate(plan));
    Renstra bad = plan;
    bad.nodes[5].code = "1.06.05.2.01";
    expect_invalid(bad, "/nodes/5/code", "must extend its parent's code '1.06.04'");
    bad = plan;
    bad.nodes[5].code = "1.06.04.2.1";
    expect_invalid(bad, "/nodes/5/code", "is not a Permendagri 90 kegiatan code");
    bad = plan;
    bad.nodes[4].code = "1.06.04.2.01";
    expect_invalid(bad, "/nodes/4/code", "is not a Permendagri 90 program code");
    bad = plan;
    bad.nodes.back().code = "1.06.04.2.01.001";
    expect_invalid(bad, "/nodes/9/code", "is not a Permendagri 90 sub_kegiatan code");
    bad = plan;
    bad.nodes[3].code = "1";
    expect_invalid(bad, "/nodes/3/code", "is not a Permendagri 90 sasaran code");
    // X.XX: the programs every urusan shares; only in place of U.BB, and whole.
    Renstra shared = plan;
    shared.nodes[4].code = "X.XX.01";
    shared.nodes[5].code = "X.XX.01.2.01";
    shared.nodes.back().code = "X.XX.01.2.01.0001";
    EXPECT_NO_THROW(validate(shared));
    bad = shared;
    bad.nodes[4].code = "X.06.01";
    expect_invalid(bad, "/nodes/4/code", "is not a Permendagri 90 program code");
    bad = shared;
    bad.nodes[4].code = "1.06.XX";
    expect_invalid(bad, "/nodes/4/code", "is not a Permendagri 90 program code");
    plan.codes = CodeScheme::free;
    plan.nodes[5].code = "1 06";
    expect_invalid(plan, "/nodes/5/code", "a code has no blanks");
}

TEST(Hierarchy, StatementsLinkSasaranToPrograms) {
    Renstra plan = small_plan();
    plan.statements[0].programs = {"k1"};
    expect_invalid(plan, "/statements/0/programs/0", "'k1' is not a program");
    plan = small_plan();
    plan.statements[0].sasaran = {"p1"};
    expect_invalid(plan, "/statements/0/sasaran/0", "'p1' is not a sasaran");
}

// By hand: p1 = k1 + k2 = 4.000.000 / 2.900.000, sisa 1.100.000, 72,50 %.
TEST(Budget, RollsUpToProgramsClassesAndTheBody) {
    const Renstra plan = small_plan();
    const BudgetTotals p1 = budget_of(plan, "p1", 2024);
    EXPECT_EQ(p1.anggaran, rp(4'000'000));
    EXPECT_EQ(p1.realisasi, rp(2'900'000));
    EXPECT_EQ(p1.sisa(), rp(1'100'000));
    EXPECT_EQ(p1.serapan().points(), num("72,50"));
    EXPECT_EQ(p1.lines, 2u);
    EXPECT_EQ(budget_of(plan, "p2", 2024).serapan().points(), num("100,00"));
    EXPECT_EQ(budget_of(plan, "k2", 2024).anggaran, rp(3'000'000));
    const BudgetTotals bl = budget_of_class(plan, 2024, SpendingClass::belanja_langsung);
    const BudgetTotals btl = budget_of_class(plan, 2024, SpendingClass::belanja_tidak_langsung);
    const BudgetTotals all = budget_of(plan, "", 2024);
    EXPECT_EQ(bl.anggaran, rp(4'500'000));
    EXPECT_EQ(bl.serapan().points(), num("75,56"));  // 3.400.000 / 4.500.000 = 75,555...
    EXPECT_EQ(btl.serapan().points(), num("75,00"));
    EXPECT_EQ(all.anggaran, bl.anggaran + btl.anggaran);  // BTL + BL = total
    EXPECT_EQ(all.realisasi, bl.realisasi + btl.realisasi);
    EXPECT_EQ(all.anggaran, rp(6'500'000));
    EXPECT_EQ(all.serapan().points(), num("75,38"));  // 4.900.000 / 6.500.000 = 75,3846
    EXPECT_EQ(budget_of(plan, "p1", 2023).lines, 0u);
    EXPECT_FALSE(budget_of(plan, "p1", 2023).serapan().is_defined());  // no anggaran: undefined, not 0
}

TEST(Budget, AnggaranMurniOnlyWhenEveryLineHasIt) {
    Renstra plan = small_plan();
    plan.budget[0].anggaran_murni = rp(1'200'000);
    EXPECT_FALSE(budget_of(plan, "p1", 2024).anggaran_murni.has_value());
    plan.budget[1].anggaran_murni = rp(2'800'000);
    EXPECT_EQ(*budget_of(plan, "p1", 2024).anggaran_murni, rp(4'000'000));
}

TEST(Budget, LinesBelongToKegiatanAndQuartersAddUp) {
    Renstra plan = small_plan();
    plan.budget[0].node = "p1";
    expect_invalid(plan, "/budget/0/node", "budget lines belong to a kegiatan or a sub kegiatan");
    plan = small_plan();
    plan.budget[3].name = "";
    expect_invalid(plan, "/budget/3/name", "a line of the body as a whole needs a name");
    plan = small_plan();
    plan.budget[0].triwulan = std::array<Rupiah, 4>{rp(100'000), rp(200'000), rp(300'000), rp(300'000)};
    EXPECT_NO_THROW(validate(plan));
    (*plan.budget[0].triwulan)[3] = rp(300'001);
    expect_invalid(plan, "/budget/0/triwulan",
                   "the quarters add up to 900001.00, not the realisasi 900000.00");
}

// By hand: k1 90,00; k2 mean of 80,00 and 125,00 = 102,50; k3 undefined (target 0).
// p1 simple (90 + 102,5) / 2 = 96,25; weighted (90 x 1e6 + 102,5 x 3e6) / 4e6 = 99,375 -> 99,38.
TEST(Capaian, KegiatanAndAggregates) {
    const Renstra plan = small_plan();
    EXPECT_EQ(kegiatan_capaian(plan, "k1", 2024)->points(), num("90,00"));
    EXPECT_EQ(kegiatan_capaian(plan, "k2", 2024)->points(), num("102,50"));
    EXPECT_FALSE(kegiatan_capaian(plan, "k3", 2024)->is_defined());
    EXPECT_FALSE(kegiatan_capaian(plan, "k1", 2023).has_value());

    const CapaianSummary p1 = capaian_summary(plan, "p1", 2024);
    EXPECT_EQ(p1.simple_mean.points(), num("96,25"));
    EXPECT_EQ(p1.budget_weighted_mean.points(), num("99,38"));
    EXPECT_EQ(p1.counted, (std::vector<std::string>{"k1", "k2"}));

    const CapaianSummary body = capaian_summary(plan, "", 2024);
    EXPECT_EQ(body.simple_mean.points(), num("96,25"));
    EXPECT_EQ(body.undefined, (std::vector<std::string>{"k3"}));  // left out, and said so

    const CapaianSummary p2 = capaian_summary(plan, "p2", 2024);
    EXPECT_FALSE(p2.simple_mean.is_defined());
    EXPECT_FALSE(p2.budget_weighted_mean.is_defined());

    Renstra bare = plan;
    bare.indicators.pop_back();
    EXPECT_EQ(capaian_summary(bare, "p2", 2024).without_indicator, (std::vector<std::string>{"k3"}));
}

TEST(Capaian, EfficiencyIndex) {
    const Renstra plan = small_plan();
    const auto e = efficiency(capaian_summary(plan, "p1", 2024).budget_weighted_mean,
                              budget_of(plan, "p1", 2024).serapan());
    EXPECT_EQ(*e, num("1,37"));  // 99,38 / 72,50 = 1,3708
    EXPECT_FALSE(efficiency(Percent::undefined(), Percent(num("50"))).has_value());
    EXPECT_FALSE(efficiency(Percent(num("50")), Percent(num("0"))).has_value());
}

TEST(Realisation, FromQuartersByRollup) {
    Renstra plan = small_plan();
    Realisation r;
    r.source = Realisation::Source::triwulan;
    r.triwulan = {num("10"), num("20"), std::nullopt, num("5")};
    Indicator& ind = plan.indicators[0];
    ind.realisations[2024] = r;
    EXPECT_EQ(realisation(plan, ind, 2024)->value, num("35"));
    ind.realisations[2024].rollup = Rollup::last;
    EXPECT_EQ(realisation(plan, ind, 2024)->value, num("5"));
    ind.realisations[2024].rollup = Rollup::max;
    EXPECT_EQ(realisation(plan, ind, 2024)->value, num("20"));
    ind.realisations[2024].triwulan = {};
    expect_invalid(plan, "/indicators/0/realisations/2024", "needs at least one reported quarter");
    EXPECT_FALSE(realisation(plan, ind, 2030).has_value());
}

TEST(Realisation, FromARatioRoundedHalfUp) {
    Renstra plan = small_plan();
    Indicator& ind = plan.indicators[0];
    Realisation r;
    r.source = Realisation::Source::ratio;
    r.numerator = num("697");
    r.denominator = num("910");
    ind.realisations[2024] = r;
    EXPECT_EQ(realisation(plan, ind, 2024)->value, num("76,59"));  // 76,5934...
    ind.realisations[2024].value = num("76,59");
    EXPECT_NO_THROW(validate(plan));
    ind.realisations[2024].value = num("76,60");
    expect_invalid(plan, "/indicators/0/realisations/2024/value",
                   "stated value 76.60 disagrees with its computation 76.59");
    ind.realisations[2024].value.reset();
    ind.realisations[2024].denominator = num("0");
    EXPECT_EQ(realisation(plan, ind, 2024)->kind, Measure::Kind::undefined);
    EXPECT_FALSE(indicator_capaian(plan, ind, 2024).is_defined());
}

TEST(Realisation, FromNamedData) {
    Renstra plan = small_plan();
    DataTable t;
    t.id = "pmks";
    t.year = 2024;
    t.title = "rekap";
    t.columns = {{"jumlah", "Jumlah"}, {"ditangani", "Ditangani"}};
    DataRow row;
    row.id = "1";
    row.label = "satu";
    row.values = {{"jumlah", num("473559")}, {"ditangani", num("125158")}};
    DataRow blank;
    blank.id = "2";
    blank.label = "dua";
    t.rows = {row, blank};
    plan.tables.push_back(t);
    Indicator& ind = plan.indicators[0];
    ind.formula = Formula{"ditangani / jumlah x 100%", "pmks/1/ditangani", "pmks/1/jumlah", Decimal(100)};
    Realisation r;
    r.source = Realisation::Source::data;
    ind.realisations[2024] = r;
    EXPECT_EQ(realisation(plan, ind, 2024)->value, num("26,43"));  // 125158 / 473559 = 0,264292
    ind.formula->numerator = "pmks/2/ditangani";
    expect_invalid(plan, "/indicators/0/realisations/2024", "data 'pmks/2/ditangani' of 2024 is blank");
    ind.formula->numerator = "pmks/9/ditangani";
    expect_invalid(plan, "/indicators/0/realisations/2024", "data table 'pmks' has no row '9'");
    ind.formula->numerator = "pmks/ditangani";
    expect_invalid(plan, "/indicators/0/realisations/2024", "must be table/row/column");
    ind.formula->numerator = "pmks/1/ditangani";
    plan.tables[0].year = 2023;
    expect_invalid(plan, "/indicators/0/realisations/2024", "no data table 'pmks' for 2024");
}

TEST(Indicators, TargetKindMustFitPolarity) {
    Renstra plan = small_plan();
    plan.indicators[0].targets[2024] = Target::of_grade("B");
    expect_invalid(plan, "/indicators/0/targets/2024", "a higher_is_better indicator needs a number target");
    plan = small_plan();
    plan.indicators[2].lower_formula = LowerFormula::none;
    expect_invalid(plan, "/indicators/2/lower_formula", "needs a lower formula");
    plan = small_plan();
    plan.indicators[0].node = "ghost";
    expect_invalid(plan, "/indicators/0/node", "unknown node 'ghost'");
}

TEST(Indicators, CapaianNeedsTargetAndRealisationOfTheYear) {
    const Renstra plan = small_plan();
    EXPECT_THROW((void)indicator_capaian(plan, plan.indicators[0], 2025), data_error);
    EXPECT_EQ(indicator_capaian(plan, plan.indicators[0], 2024).points(), num("90,00"));
}

}  // namespace

// --- issue 12: validation gaps, overflow located, nothing recursing on the input's depth ---

TEST(Validation, PeriodYearsInTheRangeOfBudgetYears) {
    Renstra plan = small_plan();
    plan.period = {0, 5};
    expect_invalid(plan, "/period/from", "a period year must be between 1900 and 2200");
    plan.period = {2021, 99999};
    expect_invalid(plan, "/period/to", "a period year must be between 1900 and 2200");
    plan.period = {1900, 2200};
    EXPECT_NO_THROW(validate(plan));
    plan.period = {2026, 2021};
    expect_invalid(plan, "/period", "the period needs from <= to");
}

TEST(Validation, OtherYearsInTheSameRange) {
    Renstra plan = small_plan();
    plan.indicators[0].targets[20240] = Target::number(num("1"));
    expect_invalid(plan, "/indicators/0/targets/20240", "a year must be between 1900 and 2200");
    plan = small_plan();
    plan.indicators[1].realisations[1899] = Realisation{};
    plan.indicators[1].realisations[1899].value = num("1");
    expect_invalid(plan, "/indicators/1/realisations/1899", "a year must be between 1900 and 2200");
    plan = small_plan();
    plan.indicators[0].baseline = Baseline{2201, num("1")};
    expect_invalid(plan, "/indicators/0/baseline/year", "a year must be between 1900 and 2200");
    plan = small_plan();
    DataTable t;
    t.id = "t";
    t.year = 0;
    t.title = "t";
    plan.tables.push_back(t);
    expect_invalid(plan, "/tables/0/year", "a table's year must be between 1900 and 2200");
}

TEST(Validation, AmountsAreNeverNegative) {
    Renstra plan = small_plan();
    plan.budget[1].realisasi = Rupiah::from_sen(-1);
    expect_invalid(plan, "/budget/1/realisasi", "realisasi must not be negative, not -0,01");
    plan = small_plan();
    plan.budget[2].anggaran = rp(-500'000);
    expect_invalid(plan, "/budget/2/anggaran", "anggaran must not be negative");
    plan = small_plan();
    plan.budget[0].anggaran_murni = rp(-1);
    expect_invalid(plan, "/budget/0/anggaran_murni", "anggaran_murni must not be negative");
    plan = small_plan();
    plan.budget[0].triwulan = std::array<Rupiah, 4>{rp(500'000), rp(500'000), rp(-100'000), rp(0)};
    expect_invalid(plan, "/budget/0/triwulan/2", "a quarter must not be negative");
    plan.budget[0].triwulan = std::array<Rupiah, 4>{rp(500'000), rp(400'000), rp(0), rp(0)};
    EXPECT_NO_THROW(validate(plan));  // zero is an amount like any other
}

TEST(Validation, OverflowIsLocated) {
    // 10^38 - 1 sen is the largest amount; two of them in one year cannot be totalled.
    const Rupiah largest =
        Rupiah::from_sen(int128{10'000'000'000'000'000'000ULL} * int128{10'000'000'000'000'000'000ULL} - 1);
    Renstra plan = small_plan();
    plan.budget.resize(2);
    plan.budget[0].anggaran = largest;
    plan.budget[1].anggaran = rp(0);
    EXPECT_NO_THROW(validate(plan));  // the year's total is the largest amount: it fits
    plan.budget[1].anggaran = Rupiah::from_sen(1);
    expect_invalid(plan, "/budget/1/anggaran", "the anggaran of 2024 cannot be totalled");
    plan.budget[1].year = 2025;  // totals are per year
    EXPECT_NO_THROW(validate(plan));

    plan = small_plan();
    plan.budget[0].realisasi = largest;
    plan.budget[0].triwulan = std::array<Rupiah, 4>{largest, largest, rp(0), rp(0)};
    expect_invalid(plan, "/budget/0/triwulan", "the quarters cannot be added");

    plan = small_plan();
    Realisation r;
    r.source = Realisation::Source::ratio;
    r.numerator = num("99999999999999999999999999999999999999");  // 38 digits: times 100 overflows
    r.denominator = num("3");
    plan.indicators[0].realisations[2024] = r;
    expect_invalid(plan, "/indicators/0/realisations/2024", "cannot be computed");
}

TEST(Validation, UnitCyclesAreRefused) {
    Renstra plan = small_plan();
    plan.units = {Unit::of("a", "A", "c"), Unit::of("b", "B", "a"), Unit::of("c", "C", "b"),
                  Unit::of("d", "D", "")};
    expect_invalid(plan, "/units/0/parent", "unit parents form a cycle through 'a'");
    plan.units = {Unit::of("d", "D", ""), Unit::of("a", "A", "b"), Unit::of("b", "B", "a")};
    expect_invalid(plan, "/units/1/parent", "unit parents form a cycle through 'a'");
    plan.units = {Unit::of("c", "C", "b"), Unit::of("b", "B", "a"), Unit::of("a", "A", "")};
    plan.units.push_back(Unit::of("kepala", "Kepala", ""));
    plan.units.push_back(Unit::of("bidang", "Bidang", "c"));
    EXPECT_NO_THROW(validate(plan));  // children before parents is no cycle

    // A chain of 30,000 units, walked without recursion; then closed into a cycle.
    plan = small_plan();
    plan.units.clear();
    const int n = 30'000;
    for (int i = 0; i < n; ++i)
        plan.units.push_back(
            Unit::of("u" + std::to_string(i), "U", i + 1 < n ? "u" + std::to_string(i + 1) : ""));
    plan.units.push_back(Unit::of("kepala", "Kepala", ""));
    plan.units.push_back(Unit::of("bidang", "Bidang", "u0"));
    EXPECT_NO_THROW(validate(plan));
    plan.units[n - 1].parent = "u0";
    expect_invalid(plan, "/units/0/parent", "unit parents form a cycle through 'u0'");
}

// A table whose rows nest `depth` levels: row "r1" holds "r2", which holds "r3"... Built from the
// innermost row outwards, without recursion.
DataTable nested_table(std::size_t depth) {
    DataTable t;
    t.id = "deep";
    t.year = 2024;
    t.title = "deep";
    DataRow row;
    for (std::size_t level = depth; level >= 1; --level) {
        DataRow outer;
        outer.id = "r" + std::to_string(level);
        outer.label = "x";
        if (level < depth) outer.rows.push_back(std::move(row));
        row = std::move(outer);
    }
    t.rows.push_back(std::move(row));
    return t;
}

TEST(Validation, RowsNestedBeyondTheBoundAreRefusedWithoutRecursion) {
    Renstra plan = small_plan();
    plan.tables.push_back(nested_table(max_row_depth));
    EXPECT_NO_THROW(validate(plan));
    EXPECT_NE(plan.tables[0].find_row("r1000"), nullptr);

    plan.tables[0] = nested_table(20'000);
    try {
        validate(plan, "plan.json");
        FAIL();
    } catch (const plan_error& e) {
        EXPECT_EQ(e.location().list, "tables");
        // The row at depth 1000 (rows/0 a thousand times) and its sub-rows, which are one too deep.
        EXPECT_EQ(e.location().field.size(), 2 * max_row_depth + 1);
        EXPECT_EQ(e.location().field.back(), "rows");
        EXPECT_NE(e.reason().find("rows nest deeper than 1000 levels"), std::string::npos);
    }
    // Lookups, comparison and destruction walk the 20,000 levels without recursion.
    const DataRow* deepest = plan.tables[0].find_row("r20000");
    ASSERT_NE(deepest, nullptr);
    EXPECT_EQ(deepest->id, "r20000");
    EXPECT_TRUE(plan.tables[0] == nested_table(20'000));
    EXPECT_FALSE(plan.tables[0] == nested_table(19'999));
}
