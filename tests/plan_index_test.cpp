// PlanIndex against the Renstra's own scans and against sums worked out here, and the generator of
// Pemda-scale plans: valid, deterministic, and its totals the sums of its lines.

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <kinerja/kinerja.hpp>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "small_plan.hpp"

namespace kinerja {
namespace {

using boost::multiprecision::cpp_int;
using testing::rp;
using testing::small_plan;

// One more indicator on `node`: 60 of a target of 80 in `year`.
Indicator simple_indicator_of(const std::string& node, int year) {
    Indicator ind = testing::simple_indicator("extra-" + node, node, "80", "60");
    ind.targets = {{year, ind.targets.begin()->second}};
    ind.realisations = {{year, ind.realisations.begin()->second}};
    return ind;
}

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

// The index's answer and the scan's: both the same value, or both a lookup_error (an id nothing names).
template <class Indexed, class Scanned, class Same>
void expect_both(const Indexed& indexed, const Scanned& scanned, const Same& same, const std::string& id) {
    std::optional<decltype(indexed())> a;
    std::optional<decltype(scanned())> b;
    try {
        a = indexed();
    } catch (const lookup_error&) {
    }
    try {
        b = scanned();
    } catch (const lookup_error&) {
    }
    ASSERT_EQ(a.has_value(), b.has_value()) << id << ": one threw lookup_error, the other did not";
    if (a) same(*a, *b);
}

// Every look-up of the index against the Renstra's scans, for every id the plan names and some it
// does not, every level, year and class.
void expect_index_agrees(const Renstra& plan) {
    const PlanIndex index(plan);
    std::set<std::string> ids{"", "nowhere"};
    EXPECT_THROW((void)budget_of(plan, "no-such-id", 2024), lookup_error);
    EXPECT_THROW((void)index.budget_of("no-such-id", 2024), lookup_error);
    for (const Node& n : plan.nodes) ids.insert(n.id);
    for (const BudgetLine& b : plan.budget) ids.insert(b.node);
    std::set<int> years{1999};
    for (const BudgetLine& b : plan.budget) years.insert(b.year);
    for (const std::string& id : ids) {
        EXPECT_EQ(index.find_node(id), plan.find_node(id)) << id;
        const auto equal = [&id](const auto& a, const auto& b) { EXPECT_EQ(a, b) << id; };
        const auto same_totals = [&id](const BudgetTotals& a, const BudgetTotals& b) {
            expect_same(a, b, id);
        };
        for (Level level : all_levels())
            expect_both([&] { return index.descendants(id, level); },
                        [&] { return plan.descendants(id, level); }, equal, id);
        std::vector<const Indicator*> scanned;
        for (const Indicator& i : plan.indicators)
            if (i.node == id) scanned.push_back(&i);
        const auto listed = index.indicators_of(id);
        EXPECT_EQ(std::vector<const Indicator*>(listed.begin(), listed.end()), scanned) << id;
        for (int year : years) {
            expect_both([&] { return index.budget_of(id, year); }, [&] { return budget_of(plan, id, year); },
                        same_totals, id);
            for (SpendingClass c : all_classes())
                expect_both([&] { return index.budget_of(id, year, c); },
                            [&] { return budget_of(plan, id, year, c); }, same_totals, id);
        }
    }
    for (int year : years)
        for (SpendingClass c : all_classes())
            expect_same(index.budget_of_class(year, c), budget_of_class(plan, year, c), "class");
    for (const Indicator& i : plan.indicators)
        EXPECT_EQ(index.find_indicator(i.id), plan.find_indicator(i.id));
    EXPECT_EQ(index.find_indicator("nowhere"), nullptr);
    // By position: node_number is the first node of an id, and the *_at look-ups answer as the ones
    // by id.
    EXPECT_EQ(index.node_number("nowhere"), PlanIndex::npos);
    for (const std::string& id : ids) {
        const Node* first = plan.find_node(id);
        const std::size_t at = index.node_number(id);
        EXPECT_EQ(at,
                  first == nullptr ? PlanIndex::npos : static_cast<std::size_t>(first - plan.nodes.data()))
            << id;
        for (Level level : all_levels()) {
            const auto named = [&] {
                std::vector<std::string> out;
                for (const std::size_t k : index.descendant_numbers(id, level))
                    out.push_back(plan.nodes[k].id);
                return out;
            };
            expect_both(
                named, [&] { return plan.descendants(id, level); },
                [&id](const auto& a, const auto& b) { EXPECT_EQ(a, b) << id; }, id);
        }
        if (at == PlanIndex::npos) continue;
        const auto by_id = index.indicators_of(id);
        const auto by_at = index.indicators_at(at);
        EXPECT_EQ(std::vector<const Indicator*>(by_at.begin(), by_at.end()),
                  std::vector<const Indicator*>(by_id.begin(), by_id.end()))
            << id;
        for (int year : years) expect_same(index.budget_at(at, year), budget_of(plan, id, year), id);
    }
}

// A generated plan of the given shape (bodies x programs x kegiatan x sub kegiatan).
Renstra small_generated(int bodies, int programs, int kegiatan, int sub_kegiatan) {
    GeneratedShape shape;
    shape.bodies = bodies;
    shape.programs = programs;
    shape.kegiatan = kegiatan;
    shape.sub_kegiatan = sub_kegiatan;
    return generate_plan(shape);
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

// Issue 16: an id nothing names is a typo, never Rp0 or no kegiatan; the error names the closest ids.
TEST(PlanIndex, AnIdNothingNamesThrowsWithTheClosestIds) {
    const Renstra plan = small_plan();
    const PlanIndex index(plan);
    const auto expect_lookup = [](const auto& call, const char* what) {
        try {
            call();
            ADD_FAILURE() << what << ": no lookup_error";
        } catch (const lookup_error& e) {
            EXPECT_EQ(e.kind(), "node") << what;
            EXPECT_EQ(e.id(), "p9") << what;
            // Edit distance 1 from "p9": p1, p2 in document order; then the first at 2, the visi v.
            EXPECT_EQ(e.closest(), (std::vector<std::string>{"p1", "p2", "v"})) << what;
            EXPECT_STREQ(e.what(), "'p9' must be the id of a node of the plan; closest: 'p1', 'p2', 'v'")
                << what;
            EXPECT_EQ(e.code(), "lookup");
        }
    };
    expect_lookup([&] { (void)plan.node("p9"); }, "Renstra::node");
    expect_lookup([&] { (void)plan.descendants("p9", Level::kegiatan); }, "Renstra::descendants");
    expect_lookup([&] { (void)budget_of(plan, "p9", 2024); }, "budget_of");
    expect_lookup([&] { (void)budget_of(plan, "p9", 2024, SpendingClass::belanja_langsung); },
                  "budget_of class");
    expect_lookup([&] { (void)index.budget_of("p9", 2024); }, "PlanIndex::budget_of");
    expect_lookup([&] { (void)index.budget_of("p9", 2019); }, "PlanIndex::budget_of, a year without lines");
    expect_lookup([&] { (void)index.descendants("p9", Level::kegiatan); }, "PlanIndex::descendants");
    expect_lookup([&] { (void)capaian_summary(plan, "p9", 2024); }, "capaian_summary");
    expect_lookup([&] { (void)capaian_summary(index, "p9", 2024); }, "capaian_summary by index");
    EXPECT_EQ(&plan.node("k2"), &plan.nodes[6]);
    EXPECT_EQ(plan.indicator("i2b").id, "i2b");
    try {
        (void)plan.indicator("i22");
        ADD_FAILURE() << "no lookup_error";
    } catch (const lookup_error& e) {
        EXPECT_EQ(e.kind(), "indicator");
        // i2 and i2b at distance 1, then i1 and i3 at 2 (i1 first in document order).
        EXPECT_EQ(e.closest(), (std::vector<std::string>{"i2", "i2b", "i1"}));
        EXPECT_STREQ(e.what(),
                     "'i22' must be the id of an indicator of the plan; closest: 'i2', 'i2b', 'i1'");
    }
    // A plan without nodes has no closest id to offer.
    try {
        (void)Renstra().node("x");
        ADD_FAILURE() << "no lookup_error";
    } catch (const lookup_error& e) {
        EXPECT_TRUE(e.closest().empty());
        EXPECT_STREQ(e.what(), "'x' must be the id of a node of the plan");
    }
    // Known ids with nothing under them or no lines that year stay empty, not errors.
    EXPECT_TRUE(index.descendants("k1", Level::kegiatan).empty());
    EXPECT_EQ(index.budget_of("p1", 2019).lines, 0u);
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

// A plan whose ids repeat: the index finds the first of each, as the scans do, among enough ids
// that the table of ids is built in several regions.
TEST(PlanIndex, DuplicatedIdsInALargerPlan) {
    Renstra plan = small_generated(2, 3, 2, 2);
    ASSERT_EQ(plan.nodes.size(), 48u);
    Node again = plan.nodes[40];
    again.name = "again";
    again.parent = plan.nodes[2].id;
    plan.nodes.push_back(again);
    Indicator twin = plan.indicators[10];
    twin.node = plan.nodes[30].id;
    plan.indicators.insert(plan.indicators.begin() + 5, twin);
    const PlanIndex index(plan);
    EXPECT_EQ(index.find_node(again.id), &plan.nodes[40]);
    EXPECT_EQ(index.find_indicator(twin.id), &plan.indicators[5]);
    expect_index_agrees(plan);
}

// Lines in any order, and lines of ids that are no node among them, add up as the scans add them.
TEST(PlanIndex, LinesInAnyOrder) {
    Renstra plan = small_generated(2, 3, 3, 2);
    plan.budget.push_back(BudgetLine::of("zz", plan.period.to, rp(20), rp(2)));
    plan.budget.push_back(BudgetLine::of("zz", plan.period.to, rp(30), rp(3)));
    plan.budget.push_back(BudgetLine::of(plan.nodes[5].id, plan.period.to, rp(7), rp(1)));
    plan.budget.push_back(BudgetLine::of("zz", plan.period.to, rp(50), rp(5)));
    std::reverse(plan.budget.begin() + 10, plan.budget.end());
    std::mt19937 shuffle(3);
    std::shuffle(plan.budget.begin() + plan.budget.size() / 2, plan.budget.end(), shuffle);
    const PlanIndex index(plan);
    EXPECT_EQ(index.budget_of("zz", plan.period.to).anggaran, rp(100));
    EXPECT_EQ(index.budget_of("zz", plan.period.to).lines, 3u);
    expect_index_agrees(plan);
}

// The summary through the index against one put together here from the scans (kegiatan_capaian and
// budget_of of the Renstra), over more kegiatan than the summary takes in one block.
TEST(PlanIndex, CapaianSummaryAgreesWithTheScans) {
    Renstra plan = small_generated(2, 4, 5, 1);
    // A kegiatan with a zero target (undefined), one without indicators, one with a second indicator.
    const std::vector<std::string> all = plan.descendants("", Level::kegiatan);
    ASSERT_EQ(all.size(), 40u);
    const int year = plan.period.to;
    for (Indicator& ind : plan.indicators) {
        if (ind.node == all[3]) ind.targets[year] = Target::number(Decimal(0));
        if (ind.node == all[17]) ind.node = "elsewhere";
    }
    Indicator second = simple_indicator_of(all[30], year);
    plan.indicators.push_back(second);
    for (const std::string& under : {std::string(), plan.nodes[3].id, all[0]}) {
        std::vector<std::string> counted, undefined, without;
        for (const std::string& k : plan.descendants(under, Level::kegiatan)) {
            const auto c = kegiatan_capaian(plan, k, year);
            (!c ? without : !c->is_defined() ? undefined : counted).push_back(k);
        }
        const CapaianSummary s = capaian_summary(PlanIndex(plan), under, year);
        if (counted.empty()) {
            EXPECT_FALSE(s.simple_mean.is_defined()) << under;
        } else {
            Decimal sum(0), weighted(0);
            Rupiah weights;
            for (const std::string& k : counted) {
                const Decimal p = kegiatan_capaian(plan, k, year)->points();
                const Rupiah a = budget_of(plan, k, year).anggaran;
                sum += p;
                weighted += p * a.to_decimal();
                weights += a;
            }
            EXPECT_EQ(s.simple_mean.points(), *divide(sum, Decimal(counted.size()), 2, Rounding::half_up));
            EXPECT_EQ(s.budget_weighted_mean.points(),
                      *divide(weighted, weights.to_decimal(), 2, Rounding::half_up));
        }
        EXPECT_EQ(s.counted, counted) << under;
        EXPECT_EQ(s.undefined, undefined) << under;
        EXPECT_EQ(s.without_indicator, without) << under;
        if (under.empty()) {
            EXPECT_EQ(undefined, std::vector<std::string>{all[3]});
            EXPECT_EQ(without, std::vector<std::string>{all[17]});
        }
    }
}

// A kegiatan that has not reported is listed, by the scans and the index alike (issue 16: mid-year,
// the summary used to stop at it); an indicator that cannot be measured still stops the summary with
// the scans' own error, wherever it is.
TEST(PlanIndex, CapaianSummaryListsTheNotReportedAndFailsAsTheScansFail) {
    Renstra plan = small_generated(2, 4, 5, 1);
    const int year = plan.period.to;
    const std::string k = plan.descendants("", Level::kegiatan)[33];
    for (Indicator& ind : plan.indicators)
        if (ind.node == k) ind.realisations.erase(year);
    const CapaianSummary indexed_summary = capaian_summary(PlanIndex(plan), "", year);
    EXPECT_EQ(indexed_summary.not_reported, std::vector<std::string>{k});
    EXPECT_EQ(capaian_summary(plan, "", year).not_reported, std::vector<std::string>{k});
    EXPECT_THROW((void)kegiatan_capaian(plan, k, year), data_error);  // its own capaian has no answer

    for (Indicator& ind : plan.indicators)
        if (ind.node == k) ind.realisations[year] = Realisation::from_data();  // and no formula
    std::string scanned, indexed;
    try {
        (void)kegiatan_capaian(plan, k, year);
    } catch (const data_error& e) {
        scanned = e.what();
    }
    try {
        (void)capaian_summary(PlanIndex(plan), "", year);
    } catch (const data_error& e) {
        indexed = e.what();
    }
    EXPECT_NE(scanned.find("needs a formula"), std::string::npos) << scanned;
    EXPECT_EQ(indexed, scanned);
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
