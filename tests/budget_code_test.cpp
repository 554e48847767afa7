// The one Permendagri 90/2019 code parser: what the plan's validation and the ledger accepted before
// it, case by case, and the segments it splits out.
#include <gtest/gtest.h>

#include <kinerja/core/budget_code.hpp>
#include <optional>
#include <string_view>

namespace {

using kinerja::BudgetCode;
using kinerja::CodeLevel;
using kinerja::is_budget_code;
using kinerja::parse_budget_code;

TEST(BudgetCode, SplitsASubKegiatanCode) {
    const std::optional<BudgetCode> c = parse_budget_code("1.06.04.2.01.0001");
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->level, CodeLevel::sub_kegiatan);
    EXPECT_FALSE(c->shared);
    EXPECT_EQ(c->urusan, "1");
    EXPECT_EQ(c->bidang, "06");
    EXPECT_EQ(c->program, "04");
    EXPECT_EQ(c->kegiatan, "2.01");
    EXPECT_EQ(c->sub_kegiatan, "0001");
}

TEST(BudgetCode, LevelsByTheirSegments) {
    EXPECT_TRUE(is_budget_code("1.06.04", CodeLevel::program));
    EXPECT_TRUE(is_budget_code("1.06.04.2.01", CodeLevel::kegiatan));
    EXPECT_TRUE(is_budget_code("1.06.04.2.01.0001", CodeLevel::sub_kegiatan));
    EXPECT_FALSE(is_budget_code("1.06.04.2.01", CodeLevel::program));
    EXPECT_FALSE(is_budget_code("1.06.04", CodeLevel::kegiatan));
    const auto k = parse_budget_code("1.06.04.2.01");
    ASSERT_TRUE(k.has_value());
    EXPECT_EQ(k->kegiatan, "2.01");
    EXPECT_TRUE(k->sub_kegiatan.empty());
    EXPECT_TRUE(parse_budget_code("1.06.04")->kegiatan.empty());
}

TEST(BudgetCode, SharedProgramsOfEveryUrusan) {
    for (std::string_view code : {"X.XX.01", "x.xx.01", "X.xX.01", "X.XX.01.2.01", "X.XX.01.2.01.0001"})
        EXPECT_TRUE(parse_budget_code(code).has_value() && parse_budget_code(code)->shared) << code;
    EXPECT_EQ(parse_budget_code("X.XX.01.2.01.0001")->urusan, "X");
    // Never a mix of digits and X, and X only in U.BB.
    for (std::string_view code : {"X.06.01", "1.XX.01", "1.0X.01", "1.06.XX", "X.XX.01.X.01", "Y.YY.01"})
        EXPECT_FALSE(parse_budget_code(code).has_value()) << code;
}

TEST(BudgetCode, RefusesEveryOtherShape) {
    for (std::string_view code : {"",
                                  "1",
                                  "1.06",
                                  "1.06.4",
                                  "01.06.04",
                                  "1.6.04",
                                  "1.06.04.2.1",
                                  "1.06.04.21.01",
                                  "1.06.04.2.01.001",
                                  "1.06.04.2.01.00001",
                                  "1.06.04.2.01.0001.1",
                                  "1.06.04.",
                                  ".1.06.04",
                                  "1..06.04",
                                  "1.06.04 ",
                                  " 1.06.04",
                                  "1,06,04",
                                  "1.06.0a",
                                  "1.06.04.2.01.000a",
                                  "1.06.04.2.01.0001.0001.1"})
        EXPECT_FALSE(parse_budget_code(code).has_value()) << "'" << code << "'";
}

// Header-only and constexpr: a code can be checked at compile time.
static_assert(is_budget_code("2.10.02.1.01.0003", CodeLevel::sub_kegiatan));
static_assert(!is_budget_code("2.10.02.1.01.003", CodeLevel::sub_kegiatan));

}  // namespace
