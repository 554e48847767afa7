// Perjanjian Kinerja: the structural rules, each consistency finding failing and passing, and the
// capaian per unit, every figure worked out by hand in the comments.

#include <gtest/gtest.h>

#include <algorithm>

#include "small_plan.hpp"

namespace kinerja {
namespace {

using testing::num;
using testing::small_plan;

// small_plan with a seksi under the bidang responsible for k1 (k2 stays the bidang's through p1), and a
// sasaran indicator "is" with 2024 target 75,5 and realisation 80.
Renstra pk_plan() {
    Renstra plan = small_plan();
    plan.units.push_back(Unit::of("seksi", "Seksi Satu", "bidang"));
    plan.nodes[5].unit = "seksi";  // k1
    Indicator is = Indicator::of("is", "s", "indikator sasaran", "%");
    is.target(2024, Target::number(num("75.5"))).realised(2024, Realisation::stated(num("80")));
    plan.indicators.push_back(is);
    return plan;
}

PkItem item(std::string indicator, const char* target) {
    PkItem i;
    i.indicator = std::move(indicator);
    i.target = Target::number(num(target));
    return i;
}

PerjanjianKinerja pk(std::string unit, Eselon eselon, int year, std::vector<PkItem> items) {
    PerjanjianKinerja p;
    p.unit = std::move(unit);
    p.eselon = eselon;
    p.year = year;
    p.items = std::move(items);
    return p;
}

PkQuarters quarters(std::optional<const char*> a, std::optional<const char*> b, std::optional<const char*> c,
                    std::optional<const char*> d) {
    PkQuarters q;
    const std::array<std::optional<const char*>, 4> in = {a, b, c, d};
    for (std::size_t i = 0; i < 4; ++i)
        if (in[i]) q[i] = num(*in[i]);
    return q;
}

std::vector<std::string> rules(const std::vector<PkFinding>& findings) {
    std::vector<std::string> out;
    for (const PkFinding& f : findings) out.push_back(f.rule + " " + f.path);
    return out;
}

TEST(Perjanjian, EselonNamesRoundTrip) {
    EXPECT_EQ(to_string(Eselon::eselon_iii), "eselon_iii");
    EXPECT_EQ(parse_eselon("eselon_iv"), Eselon::eselon_iv);
    EXPECT_EQ(parse_eselon("eselon_v"), std::nullopt);
}

TEST(Perjanjian, ConsistentPksGiveNoFinding) {
    Renstra plan = pk_plan();
    // Kepala: "is" at 75,50, the Renstra's 75,5 by value.
    plan.perjanjian.push_back(pk("kepala", Eselon::kepala, 2024, {item("is", "75.50")}));
    // Eselon III: its own indicator on p1, the bidang's program.
    PerjanjianKinerja bidang = pk("bidang", Eselon::eselon_iii, 2024, {item("b1", "10")});
    bidang.indicators.push_back(Indicator::of("b1", "p1", "indikator program", "dokumen"));
    plan.perjanjian.push_back(bidang);
    // Eselon IV: i1 on k1, the seksi's kegiatan; rencana 20 + 30 + 25 + 25 = 100, the target.
    PkItem i1 = item("i1", "100");
    i1.rencana = quarters("20", "30", "25", "25");
    plan.perjanjian.push_back(pk("seksi", Eselon::eselon_iv, 2024, {i1}));
    EXPECT_NO_THROW(validate_perjanjian(plan));
    EXPECT_EQ(rules(check_perjanjian(plan)), std::vector<std::string>{});
}

TEST(Perjanjian, EselonIiiIndicatorMustStandOnItsSasaranOrProgram) {
    Renstra plan = pk_plan();
    // i1 stands on k1, a kegiatan: not an eselon III level.
    plan.perjanjian.push_back(pk("bidang", Eselon::eselon_iii, 2024, {item("i1", "100")}));
    // The seksi signs for p1 as eselon III, but p1 is the bidang's.
    PerjanjianKinerja seksi = pk("seksi", Eselon::eselon_iii, 2024, {item("b1", "1")});
    seksi.indicators.push_back(Indicator::of("b1", "p1", "indikator program", "dokumen"));
    plan.perjanjian.push_back(seksi);
    const auto found = check_perjanjian(plan, Language("en"));
    EXPECT_EQ(rules(found), (std::vector<std::string>{"pk.eselon_iii_node /perjanjian/0/items/0/indicator",
                                                      "pk.eselon_iii_node /perjanjian/1/items/0/indicator"}));
    EXPECT_NE(found[0].message.find("kegiatan"), std::string::npos);
    EXPECT_NE(found[1].message.find("'bidang'"), std::string::npos);
    EXPECT_EQ(found[1].unit, "seksi");
    EXPECT_EQ(found[1].year, 2024);
}

TEST(Perjanjian, EselonIvIndicatorMustStandOnAKegiatanOfItsUnit) {
    Renstra plan = pk_plan();
    // i2 stands on k2, which has no unit of its own: p1's, the bidang's, is responsible.
    plan.perjanjian.push_back(pk("seksi", Eselon::eselon_iv, 2024, {item("i1", "100"), item("i2", "50")}));
    // A sasaran indicator is no eselon IV level.
    plan.perjanjian.push_back(pk("bidang", Eselon::eselon_iv, 2024, {item("is", "75.5")}));
    EXPECT_EQ(rules(check_perjanjian(plan)),
              (std::vector<std::string>{"pk.eselon_iv_node /perjanjian/0/items/1/indicator",
                                        "pk.eselon_iv_node /perjanjian/1/items/0/indicator"}));
    // Passing: the bidang signs k2's indicator as eselon IV once the node is its own (inherited).
    plan.perjanjian = {pk("bidang", Eselon::eselon_iv, 2024, {item("i2", "50")})};
    EXPECT_TRUE(check_perjanjian(plan).empty());
}

TEST(Perjanjian, KepalaTargetsMustMatchTheRenstra) {
    Renstra plan = pk_plan();
    PerjanjianKinerja kepala = pk("kepala", Eselon::kepala, 2024, {item("is", "76"), item("own", "1")});
    kepala.indicators.push_back(Indicator::of("own", "s", "bukan indikator renstra", "%"));
    plan.perjanjian.push_back(kepala);
    // No Renstra target for 2025.
    plan.perjanjian.push_back(pk("kepala", Eselon::kepala, 2025, {item("is", "75.5")}));
    const auto found = check_perjanjian(plan, Language("en"));
    EXPECT_EQ(rules(found), (std::vector<std::string>{"pk.kepala_target /perjanjian/0/items/0/target",
                                                      "pk.kepala_target /perjanjian/0/items/1/indicator",
                                                      "pk.kepala_target /perjanjian/1/items/0/target"}));
    EXPECT_NE(found[0].message.find("76"), std::string::npos);
    EXPECT_NE(found[0].message.find("75.5"), std::string::npos);
    // Indonesian by default: the same finding, its figures in Indonesian number text.
    const auto indonesian = check_perjanjian(plan);
    ASSERT_EQ(indonesian.size(), found.size());
    EXPECT_EQ(indonesian[0].rule, found[0].rule);
    EXPECT_NE(indonesian[0].message.find("75,5"), std::string::npos) << indonesian[0].message;
    EXPECT_NE(indonesian[0].message.find("tetapi target Renstra untuk"), std::string::npos);
    // Eselon III signing another target than the Renstra's is not the kepala rule.
    plan.perjanjian = {pk("bidang", Eselon::eselon_iii, 2024, {})};
    EXPECT_TRUE(check_perjanjian(plan).empty());
}

TEST(Perjanjian, RencanaAksiRollsUpToTheYearlyTargetByTheRule) {
    Renstra plan = pk_plan();
    PkItem summed = item("i1", "100");
    summed.rencana = quarters("20", "30", "25", "20");  // 95, not 100
    PkItem last = item("i1", "100");
    last.rollup = Rollup::last;
    last.rencana = quarters("25", "50", "75", "90");  // the fourth, 90, not 100
    PkItem last_ok = item("i1", "100");
    last_ok.rollup = Rollup::last;
    last_ok.rencana = quarters("25", "50", "75", "100");
    PkItem max_bad = item("i1", "100");
    max_bad.rollup = Rollup::max;
    max_bad.rencana = quarters("100", "110", "90", "95");  // 110
    PkItem partial = item("i1", "100");
    partial.rencana = quarters("20", std::nullopt, "25", "20");  // not all four: not checked
    plan.perjanjian.push_back(
        pk("seksi", Eselon::eselon_iv, 2024, {summed, last, last_ok, max_bad, partial}));
    const auto found = check_perjanjian(plan, Language("en"));
    EXPECT_EQ(rules(found), (std::vector<std::string>{"pk.rencana_aksi /perjanjian/0/items/0/rencana",
                                                      "pk.rencana_aksi /perjanjian/0/items/1/rencana",
                                                      "pk.rencana_aksi /perjanjian/0/items/3/rencana"}));
    EXPECT_NE(found[0].message.find("95"), std::string::npos);
    EXPECT_NE(found[2].message.find("110"), std::string::npos);
}

TEST(Perjanjian, RollupDefaultsToTheIndicatorsOwnRule) {
    Renstra plan = pk_plan();
    // i1's 2024 realisation stated by quarters as a stock (last): its PK rolls up the same way.
    plan.indicators[0].realisations[2024] =
        Realisation::from_quarters({num("30"), num("60"), num("80"), num("90")}, Rollup::last);
    PkItem i1 = item("i1", "100");
    i1.rencana = quarters("25", "50", "75", "100");
    plan.perjanjian.push_back(pk("seksi", Eselon::eselon_iv, 2024, {i1}));
    EXPECT_EQ(pk_rollup(plan, plan.perjanjian[0], plan.perjanjian[0].items[0]), Rollup::last);
    EXPECT_TRUE(check_perjanjian(plan).empty());
    // By sum the same quarters make 250.
    plan.perjanjian[0].items[0].rollup = Rollup::sum;
    EXPECT_EQ(rules(check_perjanjian(plan)),
              std::vector<std::string>{"pk.rencana_aksi /perjanjian/0/items/0/rencana"});
}

void expect_refused(const Renstra& plan, const std::string& path, const std::string& words) {
    try {
        validate_perjanjian(plan, "pk.json");
        FAIL() << "accepted";
    } catch (const plan_error& e) {
        EXPECT_EQ(e.path(), path);
        EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("pk.json"), std::string::npos) << e.what();
    }
}

TEST(Perjanjian, StructuralFaultsAreRefusedWithTheirPlace) {
    Renstra plan = pk_plan();
    plan.perjanjian = {pk("seksi", Eselon::eselon_iv, 2024, {item("i1", "100"), item("nope", "1")})};
    expect_refused(plan, "/perjanjian/0/items/1/indicator", "unknown indicator 'nope'");
    plan.perjanjian = {pk("gudang", Eselon::eselon_iv, 2024, {})};
    expect_refused(plan, "/perjanjian/0/unit", "unknown unit 'gudang'");
    plan.perjanjian = {pk("seksi", Eselon::eselon_iv, 2024, {}), pk("seksi", Eselon::eselon_iv, 2024, {})};
    expect_refused(plan, "/perjanjian/1/unit", "appears twice");
    plan.perjanjian = {pk("seksi", Eselon::eselon_iv, 20240, {})};
    expect_refused(plan, "/perjanjian/0/year", "1900-2200");
    PerjanjianKinerja own = pk("seksi", Eselon::eselon_iv, 2024, {});
    own.indicators.push_back(Indicator::of("i1", "k1", "sudah ada", "%"));
    plan.perjanjian = {own};
    expect_refused(plan, "/perjanjian/0/indicators/0/id", "duplicate indicator id 'i1'");
    own.indicators[0] = Indicator::of("o1", "k9", "di mana", "%");
    plan.perjanjian = {own};
    expect_refused(plan, "/perjanjian/0/indicators/0/node", "unknown node 'k9'");
    PkItem grade = item("i1", "1");
    grade.target = Target::of_grade("B");
    plan.perjanjian = {pk("seksi", Eselon::eselon_iv, 2024, {grade})};
    expect_refused(plan, "/perjanjian/0/items/0/target", "needs a number target");
    plan.perjanjian = {pk("seksi", Eselon::eselon_iv, 2024, {item("i1", "100")})};
    EXPECT_NO_THROW(validate_perjanjian(plan));
}

TEST(Perjanjian, CapaianPerUnitIsTheMeanOfItsItems) {
    Renstra plan = pk_plan();
    // Seksi: i1, quarters 20 + 25 + 30 + 15 = 90 of 100 -> 90,00; its own o1, 3 + 3 + 4 = 10 of 12 ->
    // 83,333... -> 83,33. Mean (90,00 + 83,33) / 2 = 86,665 -> 86,67 half-up.
    PkItem i1 = item("i1", "100");
    i1.realisasi = quarters("20", "25", "30", "15");
    PkItem o1 = item("o1", "12");
    o1.realisasi = quarters("3", "3", "4", std::nullopt);
    PerjanjianKinerja seksi = pk("seksi", Eselon::eselon_iv, 2024, {i1, o1});
    seksi.indicators.push_back(Indicator::of("o1", "k1", "output", "dokumen"));
    plan.perjanjian.push_back(seksi);
    // Kepala: "is" reports no quarter, so the Renstra's realisation 80 of 75,5 -> 105,960... -> 105,96.
    plan.perjanjian.push_back(pk("kepala", Eselon::kepala, 2024, {item("is", "75.5")}));
    // Bidang: its own b1 has nothing reported: no capaian for the unit.
    PerjanjianKinerja bidang = pk("bidang", Eselon::eselon_iii, 2024, {item("b1", "10")});
    bidang.indicators.push_back(Indicator::of("b1", "p1", "indikator program", "dokumen"));
    plan.perjanjian.push_back(bidang);
    // Another year is left out.
    plan.perjanjian.push_back(pk("seksi", Eselon::eselon_iv, 2025, {item("i1", "100")}));

    const auto got = pk_capaian(plan, 2024);
    ASSERT_EQ(got.size(), 3U);
    EXPECT_EQ(got[0].unit, "seksi");
    EXPECT_EQ(got[0].eselon, Eselon::eselon_iv);
    ASSERT_EQ(got[0].items.size(), 2U);
    EXPECT_EQ(got[0].items[0].realisasi->value, num("90"));
    EXPECT_EQ(got[0].items[0].capaian, Percent(num("90.00")));
    EXPECT_EQ(got[0].items[1].realisasi->value, num("10"));
    EXPECT_EQ(got[0].items[1].capaian, Percent(num("83.33")));
    EXPECT_EQ(got[0].capaian, Percent(num("86.67")));
    EXPECT_EQ(got[1].capaian, Percent(num("105.96")));
    EXPECT_EQ(got[2].items[0].realisasi, std::nullopt);
    EXPECT_FALSE(got[2].items[0].capaian.is_defined());
    EXPECT_EQ(got[2].capaian, std::nullopt);

    // Capped at 100 by the policy: the kepala's 105,96 becomes 100,00.
    CapaianPolicy capped;
    capped.cap = num("100");
    EXPECT_EQ(pk_capaian(plan, 2024, capped)[1].capaian, Percent(num("100.00")));
}

TEST(Perjanjian, ZeroTargetIsLeftOutOfTheMean) {
    Renstra plan = pk_plan();
    // i1 at 45 of 50 -> 90,00; i3 has a target of 0: undefined, so the unit's mean is 90,00 alone.
    PkItem a = item("i1", "50");
    a.realisasi = quarters("45", std::nullopt, std::nullopt, std::nullopt);
    PkItem zero = item("i3", "0");
    zero.realisasi = quarters("5", std::nullopt, std::nullopt, std::nullopt);
    plan.perjanjian.push_back(pk("seksi", Eselon::eselon_iv, 2024, {a, zero}));
    const auto got = pk_capaian(plan, 2024);
    EXPECT_FALSE(got[0].items[1].capaian.is_defined());
    EXPECT_EQ(got[0].capaian, Percent(num("90.00")));
    // Only undefined items: the unit's capaian is undefined, not 0 or 100.
    plan.perjanjian[0].items = {zero};
    EXPECT_EQ(pk_capaian(plan, 2024)[0].capaian, Percent::undefined());
}

TEST(Perjanjian, ReportTableShowsUnitsAndTheirIndicators) {
    Renstra plan = pk_plan();
    // As in CapaianPerUnitIsTheMeanOfItsItems: 90,00 and 83,33, the seksi's mean 86,67.
    PkItem i1 = item("i1", "100");
    i1.rencana = quarters("20", "30", "25", "25");
    i1.realisasi = quarters("20", "25", "30", "15");
    PkItem o1 = item("o1", "12");
    o1.realisasi = quarters("3", "3", "4", std::nullopt);
    PerjanjianKinerja seksi = pk("seksi", Eselon::eselon_iv, 2024, {i1, o1});
    seksi.indicators.push_back(Indicator::of("o1", "k1", "output", "dokumen"));
    plan.perjanjian.push_back(seksi);
    const ReportTable t = pk_table(plan, 2024);
    ASSERT_EQ(t.rows.size(), 3U);
    EXPECT_EQ(t.rows[0].label, "Seksi Satu");
    EXPECT_EQ(t.rows[0].cells.front(), "eselon_iv");
    EXPECT_EQ(t.rows[0].cells.back(), "86,67");
    EXPECT_EQ(t.rows[1].ref, "i1");
    EXPECT_EQ(t.rows[1].cells[3], "20");         // rencana TW I
    EXPECT_EQ(t.rows[1].cells[11], "90");        // realisasi: 20 + 25 + 30 + 15
    EXPECT_EQ(t.rows[2].cells[10], "");          // o1's TW IV not reported
    EXPECT_EQ(t.rows[2].cells.back(), "83,33");  // 10 / 12
    EXPECT_NE(write_pk(plan, 2024, ReportFormat::csv).find("86,67"), std::string::npos);
    EXPECT_NE(write_pk(plan, 2024, ReportFormat::markdown).find("Seksi Satu"), std::string::npos);
    EXPECT_NE(write_pk(plan, 2024, ReportFormat::html).find("86,67"), std::string::npos);
    EXPECT_TRUE(pk_table(plan, 2025).rows.empty());
}

}  // namespace
}  // namespace kinerja
