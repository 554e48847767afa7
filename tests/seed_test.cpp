// The seed dataset (examples/data/lakip-2019.json, the LAKIP 2019 of Dinas Sosial Kabupaten Lumajang)
// as a test case: the library computes every figure from the kegiatan lines and the data table; the
// expected figures come from the issue and from tests/data/make_lakip_expected.py, an independent
// Python `decimal` computation (ROUND_HALF_UP) that never touches the library.
#include <kinerja/kinerja.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace {

using namespace kinerja;

const Renstra& seed() {
    static const Renstra plan = load_renstra(KINERJA_EXAMPLES_DIR "/lakip-2019.json");
    return plan;
}

const nlohmann::json& expected() {
    static const nlohmann::json j = [] {
        std::ifstream in(KINERJA_TEST_DATA_DIR "/lakip-2019.expected.json");
        return nlohmann::json::parse(in);
    }();
    return j;
}

// The machine form of the oracle ("848146988.00") read as an exact value.
Decimal machine(const nlohmann::json& j) {
    ReadOptions o;
    o.dot = DotMeaning::decimal_point;
    return parse_number(j.get<std::string>(), Mode::strict, o);
}
Rupiah money(const nlohmann::json& j) { return Rupiah::from_decimal(machine(j)); }

TEST(Seed, LoadsAndRoundTripsLosslessly) {
    const Renstra& plan = seed();
    EXPECT_EQ(plan.descendants("", Level::kegiatan).size(), 15u);
    EXPECT_EQ(plan.descendants("", Level::program).size(), 6u);
    EXPECT_EQ(plan.period.from, 2018);
    EXPECT_EQ(plan.period.to, 2023);
    const std::string text = write_renstra(plan);
    EXPECT_EQ(read_renstra(text), plan);
    EXPECT_EQ(write_renstra(read_renstra(text)), text);
}

// Figures the issue states, written out by hand.
TEST(Seed, BelanjaLangsungAndTheTotal) {
    const BudgetTotals bl = budget_of_class(seed(), 2019, SpendingClass::belanja_langsung);
    EXPECT_EQ(bl.anggaran, parse_rupiah("5.328.713.488"));
    EXPECT_EQ(bl.realisasi, parse_rupiah("4.919.391.503,36"));
    EXPECT_EQ(bl.serapan().points(), parse_number("92,32"));
    EXPECT_EQ(bl.lines, 15u);
    const BudgetTotals all = budget_of(seed(), "", 2019);
    EXPECT_EQ(all.anggaran, parse_rupiah("7.427.331.499"));
    EXPECT_EQ(all.realisasi, parse_rupiah("6.882.166.420,36"));
    EXPECT_EQ(all.serapan().points(), parse_number("92,66"));
    const BudgetTotals btl = budget_of_class(seed(), 2019, SpendingClass::belanja_tidak_langsung);
    EXPECT_EQ(btl.anggaran + bl.anggaran, all.anggaran);
    EXPECT_EQ(btl.realisasi + bl.realisasi, all.realisasi);
}

TEST(Seed, EveryProgramsBudget) {
    for (const auto& [id, want] : expected()["programs"].items()) {
        const BudgetTotals got = budget_of(seed(), id, 2019);
        EXPECT_EQ(got.anggaran, money(want["anggaran"])) << id;
        EXPECT_EQ(got.realisasi, money(want["realisasi"])) << id;
        EXPECT_EQ(got.sisa(), money(want["sisa"])) << id;
        EXPECT_EQ(got.serapan().points(), machine(want["serapan"])) << id;
        EXPECT_EQ(got.lines, want["kegiatan"].size()) << id;
    }
    EXPECT_EQ(expected()["programs"].size(), 6u);
}

TEST(Seed, ClassTotalsAgreeWithTheOracle) {
    const auto& e = expected();
    const BudgetTotals btl = budget_of_class(seed(), 2019, SpendingClass::belanja_tidak_langsung);
    EXPECT_EQ(btl.sisa(), money(e["belanja_tidak_langsung"]["sisa"]));
    EXPECT_EQ(btl.serapan().points(), machine(e["belanja_tidak_langsung"]["serapan"]));
    EXPECT_EQ(budget_of(seed(), "", 2019).sisa(), money(e["total"]["sisa"]));
}

TEST(Seed, KegiatanCapaianAndEfficiency) {
    for (const auto& [id, want] : expected()["kegiatan"].items()) {
        const Percent c = *kegiatan_capaian(seed(), id, 2019);
        const Percent s = budget_of(seed(), id, 2019).serapan();
        EXPECT_EQ(c.points(), machine(want["capaian"])) << id;
        EXPECT_EQ(s.points(), machine(want["serapan"])) << id;
        EXPECT_EQ(*efficiency(c, s), machine(want["efficiency"])) << id;
    }
    EXPECT_EQ(expected()["kegiatan"].size(), 15u);
}

TEST(Seed, SimpleAndWeightedMeans) {
    for (const auto& [id, want] : expected()["programs"].items()) {
        const CapaianSummary s = capaian_summary(seed(), id, 2019);
        EXPECT_EQ(s.simple_mean.points(), machine(want["simple_mean"])) << id;
        EXPECT_EQ(s.budget_weighted_mean.points(), machine(want["weighted_mean"])) << id;
        EXPECT_EQ(*efficiency(s.budget_weighted_mean, budget_of(seed(), id, 2019).serapan()), machine(want["efficiency"]))
            << id;
    }
    const CapaianSummary body = capaian_summary(seed(), "", 2019);
    EXPECT_EQ(body.simple_mean.points(), parse_number("91,98"));
    EXPECT_EQ(body.budget_weighted_mean.points(), parse_number("92,32"));
    EXPECT_EQ(body.counted.size(), 15u);
    EXPECT_TRUE(body.undefined.empty());
    EXPECT_TRUE(body.without_indicator.empty());
    // The report's "RATA-RATA 92,66" is neither mean: it is the serapan of the total budget.
    EXPECT_NE(body.simple_mean.points(), parse_number("92,66"));
    EXPECT_NE(body.budget_weighted_mean.points(), parse_number("92,66"));
}

TEST(Seed, PmksCoverageAndItsCapaian) {
    const Indicator& pmks = *seed().find_indicator("iku-pmks");
    EXPECT_EQ(realisation(seed(), pmks, 2019)->value, parse_number("26,43"));  // 125158 / 473559
    const Percent c = indicator_capaian(seed(), pmks, 2019);
    EXPECT_EQ(c.points(), parse_number("98,80"));  // 26,43 / 26,75
    EXPECT_EQ(*RatingScale::lakip_5band().rate(c), "Sangat Baik");
    const Indicator& psks = *seed().find_indicator("iku-psks");
    EXPECT_EQ(realisation(seed(), psks, 2019)->value, parse_number("76,59"));  // 697 / 910
    EXPECT_EQ(indicator_capaian(seed(), psks, 2019).points(), parse_number("95,74"));  // the report truncates: 95,73
    CapaianPolicy truncating;
    truncating.precision.rounding = Rounding::truncate;
    EXPECT_EQ(indicator_capaian(seed(), psks, 2019, truncating).points(), parse_number("95,73"));
}

TEST(Seed, PmksTableTotalsAreItsLeafSums) {
    const DataTable& t = *seed().find_table("pmks", 2019);
    EXPECT_EQ(*t.value("total", "jumlah"), parse_number("473559"));
    EXPECT_EQ(*t.value("total", "ditangani"), parse_number("125158"));
    EXPECT_FALSE(t.value("total", "l").has_value());  // printed blank, kept blank
    std::function<void(const std::vector<DataRow>&, Decimal&, const std::string&)> leaves =
        [&](const std::vector<DataRow>& rows, Decimal& sum, const std::string& column) {
            for (const DataRow& r : rows) {
                if (r.total) continue;
                if (r.rows.empty()) {
                    const auto v = r.values.find(column);
                    if (v != r.values.end()) sum += v->second;
                } else {
                    leaves(r.rows, sum, column);
                }
            }
        };
    for (const char* column : {"jumlah", "ditangani", "l", "p"}) {
        Decimal sum;
        leaves(t.rows, sum, column);
        EXPECT_EQ(sum, machine(expected()["tables"]["pmks"]["leaf_sums"][column])) << column;
    }
}

TEST(Seed, DiscrepanciesAreRecorded) {
    const auto& d = seed().discrepancies;
    const bool bl = std::any_of(d.begin(), d.end(), [](const Discrepancy& x) {
        return x.kept == "5.328.713.488,00" && x.printed == "5.445.859.500,-";
    });
    EXPECT_TRUE(bl);
    EXPECT_GE(d.size(), 10u);
}

}  // namespace
