// The national ledger and the plan model agree to the sen: one body's generated lines, turned into
// a Renstra (program > kegiatan > sub kegiatan nodes with Permendagri 90 codes, one budget line per
// ledger line), give the same program and kegiatan totals either way. Neither side's code computes
// the other's expected value.
#include <gtest/gtest.h>

#include <kinerja/kinerja.hpp>
#include <kinerja/ledger.hpp>
#include <map>
#include <string>

namespace kinerja {
namespace {

std::string prefix(const std::string& code, int segments) {
    std::size_t at = 0;
    for (int i = 0; i < segments; ++i) at = code.find('.', at + 1);
    return code.substr(0, at);
}

TEST(LedgerAndPlan, OneBodysTotalsAgreeWithBudgetOf) {
    GenerateOptions o;
    o.regions = 1;
    o.bodies = 2;
    o.programs = 4;
    o.kegiatan = 3;
    o.sub_kegiatan = 4;
    o.years = {2023, 2024};
    const Ledger ledger = generate_ledger(o);
    const LedgerTotals totals = ledger.rollup();
    const std::uint32_t body = 1;  // the second body: ids are dense and in order of appearance
    const std::string region = ledger.region_code(ledger.body_region(body));

    Renstra plan;
    plan.body = {ledger.body_name(body), region};
    plan.period = {2021, 2026};
    plan.codes = CodeScheme::permendagri_90;
    std::map<std::string, bool> added;
    auto add = [&](const std::string& code, Level level, const std::string& parent) {
        if (added[code]) return;
        added[code] = true;
        Node n;
        n.id = code;
        n.level = level;
        n.name = code;
        n.code = code;
        n.parent = parent;
        if (level == Level::program) n.kind = ProgramKind::penunjang;
        plan.nodes.push_back(n);
    };
    for (std::size_t i = 0; i < ledger.size(); ++i) {
        if (ledger.bodies()[i] != body) continue;
        const std::string sub = ledger.sub_kegiatan_code(ledger.sub_kegiatan()[i]);
        const std::string kegiatan = prefix(sub, 5);
        const std::string program = prefix(sub, 3);
        add(program, Level::program, "");
        add(kegiatan, Level::kegiatan, program);
        add(sub, Level::sub_kegiatan, kegiatan);
        BudgetLine line;
        line.year = ledger.years()[i];
        line.spending = SpendingClass::operasi;
        line.node = sub;
        line.anggaran = Rupiah::from_sen(ledger.anggaran()[i]);
        line.realisasi = Rupiah::from_sen(ledger.realisasi()[i]);
        plan.budget.push_back(line);
    }
    validate(plan, "from the ledger");
    ASSERT_EQ(plan.budget.size(), 2u * 4 * 3 * 4);  // 2 years x 4 programs x 3 kegiatan x 4 sub kegiatan

    int compared = 0;
    for (const Node& n : plan.nodes) {
        if (n.level == Level::sub_kegiatan) continue;
        const LedgerLevel level = n.level == Level::program ? LedgerLevel::program : LedgerLevel::kegiatan;
        for (int year : {2023, 2024}) {
            const BudgetTotals want = budget_of(plan, n.id, year);
            const auto got = totals.find(level, year, region, ledger.body_code(body), n.code);
            if (want.lines == 0) {  // the generator draws each year's codes anew
                EXPECT_FALSE(got) << n.code << " " << year;
                continue;
            }
            ASSERT_TRUE(got) << n.code << " " << year;
            EXPECT_EQ(got->anggaran, want.anggaran) << n.code << " " << year;
            EXPECT_EQ(got->realisasi, want.realisasi) << n.code << " " << year;
            ++compared;
        }
    }
    EXPECT_GE(compared, 4 + 4 * 3);  // at least one year's programs and kegiatan
    const BudgetTotals whole = budget_of(plan, "", 2024);
    const auto body_group = totals.find(LedgerLevel::body, 2024, region, ledger.body_code(body));
    ASSERT_TRUE(body_group);
    EXPECT_EQ(body_group->anggaran, whole.anggaran);
}

}  // namespace
}  // namespace kinerja
