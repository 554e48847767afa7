#include <gtest/gtest.h>

#include <kinerja/core.hpp>
#include <string>
#include <type_traits>

namespace {

TEST(Error, HierarchyHasOneRoot) {
    static_assert(std::is_base_of_v<std::runtime_error, kinerja::error>);
    static_assert(std::is_base_of_v<kinerja::error, kinerja::overflow_error>);
    static_assert(std::is_base_of_v<kinerja::error, kinerja::parse_error>);
    static_assert(std::is_base_of_v<kinerja::parse_error, kinerja::ambiguous_error>);
    static_assert(std::is_base_of_v<kinerja::error, kinerja::undefined_error>);
    static_assert(std::is_base_of_v<kinerja::error, kinerja::value_error>);
    static_assert(std::is_base_of_v<kinerja::error, kinerja::lookup_error>);
}

TEST(Error, ParseErrorNamesSourceTextOffsetAndReason) {
    const kinerja::parse_error e("12,3,4", 4, "more than one decimal comma", "t.csv:2:7");
    EXPECT_STREQ(e.what(), "t.csv:2:7: cannot read '12,3,4' at offset 4: more than one decimal comma");
    EXPECT_EQ(e.text(), "12,3,4");
    EXPECT_EQ(e.offset(), 4u);
    EXPECT_EQ(e.reason(), "more than one decimal comma");
    EXPECT_EQ(e.source(), "t.csv:2:7");
}

TEST(Error, AmbiguousErrorListsEveryReading) {
    const kinerja::ambiguous_error e("1.234", 1, {"1234 (a)", "1.234 (b)"});
    EXPECT_STREQ(e.what(), "cannot read '1.234' at offset 1: ambiguous, it reads as 1234 (a) or 1.234 (b)");
    ASSERT_EQ(e.readings().size(), 2u);
}

TEST(Error, EveryClassCarriesAStableCode) {
    EXPECT_EQ(kinerja::error("x").code(), "error");
    EXPECT_EQ(kinerja::overflow_error("x").code(), "overflow");
    EXPECT_EQ(kinerja::undefined_error(std::string("x")).code(), "undefined");
    EXPECT_EQ(kinerja::value_error("x").code(), "value");
    EXPECT_EQ(kinerja::lookup_error("node", "x", {}).code(), "lookup");
    EXPECT_EQ(kinerja::data_error("f.json", "/a", "x").code(), "data");
    EXPECT_EQ(kinerja::parse_error("t", 0, "x").code(), "parse");
    EXPECT_EQ(kinerja::ambiguous_error("1.234", 1, {"1234", "1.234"}).code(), "ambiguous");
    // Through the base, as a catch (const kinerja::error&) sees it; the message is unchanged.
    try {
        static_cast<void>(kinerja::parse_number("1.234"));
        FAIL() << "1.234 is ambiguous";
    } catch (const kinerja::error& e) {
        EXPECT_EQ(e.code(), "ambiguous");
        EXPECT_NE(std::string(e.what()).find("ambiguous, it reads as"), std::string::npos);
    }
    try {
        static_cast<void>(kinerja::Percent().points());
        FAIL();
    } catch (const kinerja::error& e) {
        EXPECT_EQ(e.code(), "undefined");
    }
}
}  // namespace
