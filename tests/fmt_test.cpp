#include "kinerja/core/fmt.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "kinerja/core.hpp"

static_assert(KINERJA_HAS_FMT == 1, "this test is built only when fmt is found");

using kinerja::Decimal;
using kinerja::Percent;
using kinerja::Rupiah;

TEST(Fmt, WritesWhatOperatorShiftWrites) {
    EXPECT_EQ(fmt::format("{}", Rupiah::from_sen(123928900050)), "Rp1.239.289.000,50");
    EXPECT_EQ(fmt::format("{}", Rupiah::from_sen(-500)), "-Rp5,00");
    EXPECT_EQ(fmt::format("{}", Decimal(-12345, 1)), "-1.234,5");
    EXPECT_EQ(fmt::format("{}", Percent(Decimal(9768, 2))), "97,68 %");
    EXPECT_EQ(fmt::format("{}", Percent()), "undefined");
}

TEST(Fmt, StringSpecsApplyToTheText) {
    EXPECT_EQ(fmt::format("[{:>10}]", Rupiah::from_rupiah(5)), "[    Rp5,00]");
    EXPECT_EQ(fmt::format("[{:<9}]", Percent(Decimal(80))), "[80 %     ]");
}
