// PlanIndex against the Renstra's own scans and against sums worked out here, and the generator of
// Pemda-scale plans: valid, deterministic, and its totals the sums of its lines.

#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>
#include <kinerja/kinerja.hpp>
#include <set>
#include <string>
#include <vector>

#include "small_plan.hpp"

namespace kinerja {
namespace {

using boost::multiprecision::cpp_int;
using testing::rp;
using testing::small_plan;

// Every level and every spending class, from their one name table (a new value is covered here too).
std::vector<Level> all_levels() {
    std::vector<Level> out;
    for (const auto& e : enum_names<Level>()) out.push_back(e.value);
    return out;
}
std::vector<SpendingClass> all_classes() {
    std::vector<SpendingClass> out;
    for (const auto& e : enum_names<SpendingClass>()) out.push_back(e.value);
    return out;
}

void expect_same(const BudgetTotals& a, const BudgetTotals& b, const std::string& what) {
    EXPECT_EQ(a.anggaran, b.anggaran) << what;
    EXPECT_EQ(a.realisasi, b.realisasi) << what;
    EXPECT_EQ(a.anggaran_murni, b.anggaran_murni) << what;
    EXPECT_EQ(a.lines, b.lines) << what;
}

// Every look-up of the index against the Renstra's scans, for every id the plan names and some it
// does not, every level, year and class.
void expect_index_agrees(const Renstra& plan) {
    const PlanIndex index(plan);
    std::set<std::string> ids{"", "nowhere"};
    for (const Node& n : plan.nodes) ids.insert(n.id);
    for (const BudgetLine& b : plan.budget) ids.insert(b.node);
    std::set<int> years{1999};
    for (const BudgetLine& b : plan.budget) years.insert(b.year);
    for (const std::string& id : ids) {
        EXPECT_EQ(index.find_node(id), plan.find_node(id)) << id;
        for (Level level : all_levels())
            EXPECT_EQ(index.descendants(id, level), plan.descendants(id, level)) << id;
        std::vector<const Indicator*> scanned;
        for (const Indicator& i : plan.indicators)
            if (i.node == id) scanned.push_back(&i);
        const auto listed = index.indicators_of(id);
        EXPECT_EQ(std::vector<const Indicator*>(listed.begin(), listed.end()), scanned) << id;
        for (int year : years) {
            expect_same(index.budget_of(id, year), budget_of(plan, id, year), id);
            for (SpendingClass c : all_classes())
                expect_same(index.budget_of(id, year, c), budget_of(plan, id, year, c), id);
        }
    }
    for (int year : years)
        for (SpendingClass c : all_classes())
            expect_same(index.budget_of_class(year, c), budget_of_class(plan, year, c), "class");
    for (const Indicator& i : plan.indicators)
        EXPECT_EQ(index.find_indicator(i.id), plan.find_indicator(i.id));
    EXPECT_EQ(index.find_indicator("nowhere"), nullptr);
}

TEST(PlanIndex, SmallPlanByHand) {
    const Renstra plan = small_plan();
    const PlanIndex index(plan);
    // p1 = k1 + k2: 1.000.000 + 3.000.000 and 900.000 + 2.000.000.
    const BudgetTotals p1 = index.budget_of("p1", 2024);
    EXPECT_EQ(p1.anggaran, rp(4'000'000));
    EXPECT_EQ(p1.realisasi, rp(2'900'000));
    EXPECT_EQ(p1.lines, 2u);
    EXPECT_FALSE(p1.anggaran_murni.has_value());
    // s holds p1 (its kegiatan count) but not p2, a program of the body as a whole.
    EXPECT_EQ(index.budget_of("s", 2024).anggaran, rp(4'000'000));
    // The whole body: 4.500.000 of kegiatan and 2.000.000 of belanja pegawai.
    EXPECT_EQ(index.budget_of("", 2024).anggaran, rp(6'500'000));
    EXPECT_EQ(index.budget_of_class(2024, SpendingClass::belanja_tidak_langsung).realisasi, rp(1'500'000));
    EXPECT_EQ(index.budget_of("p1", 2024, SpendingClass::belanja_tidak_langsung).lines, 0u);
    EXPECT_EQ(index.budget_of("p1", 2023).lines, 0u);
    EXPECT_EQ(index.descendants("p1", Level::kegiatan), (std::vector<std::string>{"k1", "k2"}));
    EXPECT_EQ(index.descendants("", Level::kegiatan), (std::vector<std::string>{"k1", "k2", "k3"}));
    EXPECT_TRUE(index.descendants("k1", Level::kegiatan).empty());
    EXPECT_EQ(index.indicators_of("k2").size(), 2u);
    expect_index_agrees(plan);
}

TEST(PlanIndex, DocumentOrderWhenSubtreesInterleave) {
    Renstra plan = small_plan();
    // k4 of p1 after p2's k3: p1's kegiatan in document order are k1, k2, k4.
    plan.nodes.push_back(Node::of(Level::kegiatan, "k4", "node k4", "p1"));
    plan.budget.push_back(BudgetLine::of("k4", 2024, rp(7), rp(5)));
    const PlanIndex index(plan);
    EXPECT_EQ(index.descendants("p1", Level::kegiatan), (std::vector<std::string>{"k1", "k2", "k4"}));
    EXPECT_EQ(index.budget_of("p1", 2024).anggaran, rp(4'000'007));
    expect_index_agrees(plan);
}

TEST(PlanIndex, LinesOnProgramsAndOnUnknownNodes) {
    Renstra plan = small_plan();
    plan.budget.push_back(BudgetLine::of("p1", 2024, rp(10), rp(1)));  // a program's own line
    plan.budget.push_back(BudgetLine::of("zz", 2024, rp(20), rp(2)));  // a node the plan lacks
    const PlanIndex index(plan);
    // p1's own line counts for p1 but not for s, which sums kegiatan lines only.
    EXPECT_EQ(index.budget_of("p1", 2024).anggaran, rp(4'000'010));
    EXPECT_EQ(index.budget_of("s", 2024).anggaran, rp(4'000'000));
    EXPECT_EQ(index.budget_of("zz", 2024).anggaran, rp(20));
    EXPECT_EQ(index.budget_of("", 2024).anggaran, rp(6'500'030));
    expect_index_agrees(plan);
}

// Plans validate() refuses are still answered as the Renstra's scans answer them.
TEST(PlanIndex, PlansThatAreNotTrees) {
    {
        Renstra plan = small_plan();
        plan.nodes.push_back(Node::of(Level::kegiatan, "k1", "again", "p2"));  // a duplicated id
        expect_index_agrees(plan);
    }
    {
        Renstra plan = small_plan();
        // A child listed before its parent: the scan starts from the id asked for, so it counts under
        // p1, but not under s, which p1 only joins after it.
        plan.nodes.insert(plan.nodes.begin() + 4, Node::of(Level::kegiatan, "early", "early", "p1"));
        plan.budget.push_back(BudgetLine::of("early", 2024, rp(1), rp(1)));
        expect_index_agrees(plan);
        EXPECT_EQ(PlanIndex(plan).budget_of("p1", 2024).anggaran, rp(4'000'001));
        EXPECT_EQ(PlanIndex(plan).budget_of("s", 2024).anggaran, rp(4'000'000));
    }
    {
        Renstra plan = small_plan();
        plan.nodes.push_back(Node::of(Level::kegiatan, "self", "self", "self"));
        plan.nodes.push_back(Node::of(Level::kegiatan, "orphan", "orphan", "nowhere"));
        plan.budget.push_back(BudgetLine::of("orphan", 2024, rp(3), rp(1)));
        expect_index_agrees(plan);
        EXPECT_EQ(PlanIndex(plan).budget_of("nowhere", 2024).anggaran, rp(3));
    }
}

TEST(PlanIndex, OverflowAsTheScanMeetsIt) {
    // In document order k1 + k2 is max - max = 0, then + max: no partial sum leaves the range. Summed
    // per node, k1's own lines alone would (max + max): the index must not throw where the scan does
    // not.
    Renstra plan = small_plan();
    plan.budget = {BudgetLine::of("k1", 2024, Rupiah::max(), rp(0)),
                   BudgetLine::of("k2", 2024, -Rupiah::max(), rp(0)),
                   BudgetLine::of("k1", 2024, Rupiah::max(), rp(0))};
    const PlanIndex index(plan);
    EXPECT_EQ(index.budget_of("p1", 2024).anggaran, Rupiah::max());
    EXPECT_EQ(index.budget_of("", 2024).anggaran, Rupiah::max());
    // And where the scan throws, so does the index.
    plan.budget = {BudgetLine::of("k1", 2024, Rupiah::max(), rp(0)),
                   BudgetLine::of("k2", 2024, Rupiah::max(), rp(0))};
    const PlanIndex again(plan);
    EXPECT_THROW((void)again.budget_of("p1", 2024), overflow_error);
    EXPECT_THROW((void)budget_of(plan, "p1", 2024), overflow_error);
    EXPECT_EQ(again.budget_of("k1", 2024).anggaran, Rupiah::max());
}

TEST(PlanIndex, CapaianSummaryThroughTheIndex) {
    const Renstra plan = small_plan();
    const PlanIndex index(plan);
    // k1 90 of 100 = 90; k2 (80 + 125) / 2 = 102.5; k3 a target of 0: undefined.
    const CapaianSummary s = capaian_summary(index, "", 2024);
    EXPECT_EQ(s.counted, (std::vector<std::string>{"k1", "k2"}));
    EXPECT_EQ(s.undefined, (std::vector<std::string>{"k3"}));
    EXPECT_EQ(s.simple_mean.points(), parse_number("96.25"));
    EXPECT_EQ(kegiatan_capaian(index, "k2", 2024)->points(), parse_number("102.50"));
    EXPECT_FALSE(kegiatan_capaian(index, "p1", 2024).has_value());
}

GeneratedShape tiny() {
    GeneratedShape s;
    s.bodies = 3;
    s.programs = 5;
    s.kegiatan = 2;
    s.sub_kegiatan = 3;
    s.seed = 7;
    return s;
}

TEST(GeneratePlan, ValidAndShapedAsAsked) {
    const Renstra plan = generate_plan(tiny());
    EXPECT_NO_THROW(validate(plan));
    std::size_t count[7] = {};
    for (const Node& n : plan.nodes) ++count[static_cast<int>(n.level)];
    EXPECT_EQ(count[static_cast<int>(Level::tujuan)], 3u);
    EXPECT_EQ(count[static_cast<int>(Level::program)], 15u);
    EXPECT_EQ(count[static_cast<int>(Level::kegiatan)], 30u);
    EXPECT_EQ(count[static_cast<int>(Level::sub_kegiatan)], 90u);
    // One indicator on every node below misi; a line per sub kegiatan and year, and the body's five.
    EXPECT_EQ(plan.indicators.size(), 3u + 3u + 15u + 30u + 90u);
    EXPECT_EQ(plan.budget.size(), 90u * 5u + 5u);
    EXPECT_EQ(plan.period.to - plan.period.from, 4);
    // Without sub kegiatan the lines are on the kegiatan.
    GeneratedShape flat = tiny();
    flat.sub_kegiatan = 0;
    const Renstra f = generate_plan(flat);
    EXPECT_NO_THROW(validate(f));
    EXPECT_EQ(f.budget.size(), 30u * 5u + 5u);
    GeneratedShape bad = tiny();
    bad.programs = 100;
    EXPECT_THROW((void)generate_plan(bad), value_error);
    bad.programs = -1;
    EXPECT_THROW((void)generate_plan(bad), value_error);
}

TEST(GeneratePlan, DeterministicForASeed) {
    EXPECT_EQ(generate_plan(tiny()), generate_plan(tiny()));
    GeneratedShape other = tiny();
    other.seed = 8;
    EXPECT_NE(generate_plan(tiny()), generate_plan(other));
}

// The totals of every program, kegiatan and the body, each year and class, against sums of the lines
// picked here by their ids' prefixes ("b2-p3-" is program 3 of body 2), added in unbounded integers.
TEST(GeneratePlan, TotalsAreTheSumsOfTheLines) {
    const Renstra plan = generate_plan(tiny());
    const PlanIndex index(plan);
    auto sum = [&](const std::string& prefix, int year, const SpendingClass* c) {
        cpp_int a = 0, r = 0, m = 0;
        std::size_t lines = 0;
        for (const BudgetLine& b : plan.budget) {
            if (b.year != year || (c != nullptr && b.spending != *c)) continue;
            if (!prefix.empty() && b.node.compare(0, prefix.size(), prefix) != 0) continue;
            a += cpp_int(std::to_string(static_cast<long long>(b.anggaran.sen())));
            r += cpp_int(std::to_string(static_cast<long long>(b.realisasi.sen())));
            m += cpp_int(std::to_string(static_cast<long long>(b.anggaran_murni->sen())));
            ++lines;
        }
        return std::make_tuple(a, r, m, lines);
    };
    auto sen = [](const Rupiah& x) { return cpp_int(std::to_string(static_cast<long long>(x.sen()))); };
    auto check = [&](const std::string& id, const std::string& prefix, int year, const SpendingClass* c) {
        const auto [a, r, m, lines] = sum(prefix, year, c);
        for (const BudgetTotals& t : {c ? index.budget_of(id, year, *c) : index.budget_of(id, year),
                                      c ? budget_of(plan, id, year, *c) : budget_of(plan, id, year)}) {
            EXPECT_EQ(sen(t.anggaran), a) << id << " " << year;
            EXPECT_EQ(sen(t.realisasi), r) << id << " " << year;
            ASSERT_TRUE(t.anggaran_murni.has_value() || lines == 0) << id;
            if (lines > 0) {
                EXPECT_EQ(sen(*t.anggaran_murni), m) << id;
            }
            EXPECT_EQ(t.lines, lines) << id;
        }
    };
    int nonzero_modal = 0;
    for (int year = plan.period.from; year <= plan.period.to; ++year) {
        check("", "", year, nullptr);
        for (const Node& n : plan.nodes) {
            if (n.level != Level::program && n.level != Level::kegiatan) continue;
            check(n.id, n.id + "-", year, nullptr);
            for (const SpendingClass& c : all_classes()) check(n.id, n.id + "-", year, &c);
        }
        for (const SpendingClass& c : all_classes()) {
            const auto [a, r, m, lines] = sum("", year, &c);
            EXPECT_EQ(sen(index.budget_of_class(year, c).anggaran), a);
            if (c == SpendingClass::modal && lines > 0) ++nonzero_modal;
        }
    }
    EXPECT_EQ(nonzero_modal, 5);  // program 4 of each body is belanja modal, every year
    expect_index_agrees(plan);
}

}  // namespace
}  // namespace kinerja
