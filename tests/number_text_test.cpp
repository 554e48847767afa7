#include <gtest/gtest.h>

#include <cctype>
#include <kinerja/core.hpp>
#include <string>

namespace {

using kinerja::Decimal;
using kinerja::DotMeaning;
using kinerja::Mode;
using kinerja::ReadOptions;
using kinerja::Rupiah;
using kinerja::TextStatus;

Decimal dec(kinerja::int128 c, int s) { return Decimal(c, s); }

ReadOptions dots(DotMeaning d) {
    ReadOptions o;
    o.dot = d;
    return o;
}

// --- Text the issue lists as valid: exact values, written out by hand. ---

TEST(ReadNumber, IndonesianAmounts) {
    EXPECT_EQ(kinerja::parse_number("1.239.289.000,00"), dec(123'928'900'000, 2));
    EXPECT_EQ(kinerja::parse_number("5.445.859.500,-"), dec(5'445'859'500, 0));
    EXPECT_EQ(kinerja::parse_number("Rp. 7.427.331.499,-"), dec(7'427'331'499, 0));
    EXPECT_EQ(kinerja::parse_number("Rp6.633.271.570"), dec(6'633'271'570, 0));
    EXPECT_EQ(kinerja::parse_number("0,00"), dec(0, 2));
    EXPECT_EQ(kinerja::parse_number("-1.000,00"), dec(-100'000, 2));
    EXPECT_EQ(kinerja::parse_number("(1.000,00)"), dec(-100'000, 2));
    EXPECT_EQ(kinerja::parse_number("1239289000.50"), dec(123'928'900'050, 2));
}

TEST(ReadNumber, KeepsThePrintedScale) {
    EXPECT_EQ(kinerja::parse_number("1.239.289.000,00").scale(), 2);
    EXPECT_EQ(kinerja::parse_number("98,8 %").scale(), 1);
}

TEST(ReadNumber, MarksCurrencyPercentAndNil) {
    const auto rp = kinerja::read_number("Rp. 7.427.331.499,-");
    EXPECT_EQ(rp.status, TextStatus::exact);
    EXPECT_TRUE(rp.currency);
    EXPECT_FALSE(rp.percent_sign);
    const auto dash = kinerja::read_number("5.445.859.500,-");
    EXPECT_TRUE(dash.currency);
    const auto pct = kinerja::read_number("26,75%");
    EXPECT_TRUE(pct.percent_sign);
    EXPECT_EQ(pct.value(), dec(2675, 2));
    const auto nil = kinerja::read_number("-");
    EXPECT_EQ(nil.status, TextStatus::exact);
    EXPECT_TRUE(nil.nil);
    EXPECT_EQ(nil.value(), dec(0, 0));
    EXPECT_TRUE(kinerja::read_number(" - ").nil);
}

TEST(ReadNumber, Percentages) {
    EXPECT_EQ(kinerja::parse_percent("97,68").points(), dec(9768, 2));
    EXPECT_EQ(kinerja::parse_percent("26,75%").points(), dec(2675, 2));
    EXPECT_EQ(kinerja::parse_percent("98,8 %").points(), dec(988, 1));
    EXPECT_EQ(kinerja::parse_percent("100").points(), dec(100, 0));
    EXPECT_THROW(static_cast<void>(kinerja::parse_percent("Rp 100")), kinerja::parse_error);
    EXPECT_THROW(static_cast<void>(kinerja::parse_percent("100,-")), kinerja::parse_error);
}

TEST(ReadNumber, RupiahAmounts) {
    EXPECT_EQ(kinerja::parse_rupiah("1.239.289.000,00").sen(), 123'928'900'000);
    EXPECT_EQ(kinerja::parse_rupiah("Rp. 7.427.331.499,-").sen(), 742'733'149'900);
    EXPECT_EQ(kinerja::parse_rupiah("527.144.215,36").sen(), 52'714'421'536);
    EXPECT_EQ(kinerja::parse_rupiah("-").sen(), 0);
    EXPECT_EQ(kinerja::parse_rupiah("(1.000,00)").sen(), -100'000);
    EXPECT_EQ(kinerja::parse_rupiah("Rp -1.000").sen(), -100'000);
    EXPECT_EQ(kinerja::parse_rupiah("-Rp1.000").sen(), -100'000);
    EXPECT_THROW(static_cast<void>(kinerja::parse_rupiah("1,234")),
                 kinerja::parse_error);  // three decimals of a Rupiah
    EXPECT_THROW(static_cast<void>(kinerja::parse_rupiah("12%")), kinerja::parse_error);
}

TEST(ReadNumber, SurroundingWhitespaceIsNotPartOfTheNumber) {
    EXPECT_EQ(kinerja::parse_number("\t 97,68 \n"), dec(9768, 2));
    EXPECT_EQ(kinerja::parse_number("\xC2\xA0"
                                    "1.000,50"),
              dec(100'050, 2));  // no-break space
}

// --- Strict mode: each malformed text is an error naming text, offset and reason. ---

struct Rejected {
    const char* text;
    std::size_t offset;
    const char* reason;
};

class StrictRejects : public testing::TestWithParam<Rejected> {};

TEST_P(StrictRejects, WithOffsetAndReason) {
    const Rejected& r = GetParam();
    try {
        (void)kinerja::parse_number(r.text);
        FAIL() << "accepted '" << r.text << "'";
    } catch (const kinerja::parse_error& e) {
        EXPECT_EQ(e.text(), r.text);
        EXPECT_EQ(e.offset(), r.offset) << e.what();
        EXPECT_NE(e.reason().find(r.reason), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(std::string("'") + r.text + "'"), std::string::npos);
    }
}

INSTANTIATE_TEST_SUITE_P(IssueExamples, StrictRejects,
                         testing::Values(Rejected{"848.146..988,00", 8, "empty digit group"},
                                         Rejected{"521. 909.250", 4, "space inside the number"},
                                         Rejected{"1085.645.000", 0, "leading digit group of 4 digits"},
                                         Rejected{"12,3,4", 4, "more than one decimal comma"},
                                         Rejected{"Rp", 2, "no digits after 'Rp'"},
                                         Rejected{"", 0, "empty text"},
                                         Rejected{"627.916.000,", 11, "decimal comma without decimals"},
                                         Rejected{"12a", 2, "unexpected character 'a'"},
                                         Rejected{"1.000)", 5, "closing parenthesis"},
                                         Rejected{"(1.000", 0, "unclosed parenthesis"},
                                         Rejected{"--5", 1, "two minus signs"},
                                         Rejected{"1,5.0", 3, "a dot after the decimal comma"},
                                         Rejected{".500", 0, "a dot before the first digit"},
                                         Rejected{"1.000.", 5, "a dot after the last digit"},
                                         Rejected{"1,00,-", 1, "decimals before ',-'"},
                                         Rejected{"Rp 5%", 4, "percent sign on a rupiah amount"},
                                         Rejected{"1.000\xE2\x82\xAC", 5, "unexpected non-ASCII character"}),
                         [](const testing::TestParamInfo<Rejected>& param) {
                             std::string name = "case" + std::to_string(param.index) + "_";
                             for (const char* c = param.param.text; *c; ++c)
                                 name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
                             return name;
                         });

TEST(ReadNumber, OffsetsCountCharactersNotBytes) {
    // "Rp\u00a0" is three characters but four bytes; the second comma is character 7.
    try {
        (void)kinerja::parse_number(
            "Rp\xC2\xA0"
            "12,3,4");
        FAIL();
    } catch (const kinerja::parse_error& e) {
        EXPECT_EQ(e.offset(), 7u);
    }
}

TEST(ReadNumber, ErrorsCarryTheSource) {
    ReadOptions o;
    o.source = "budget.csv:4:12";
    try {
        (void)kinerja::parse_number("12,3,4", Mode::strict, o);
        FAIL();
    } catch (const kinerja::parse_error& e) {
        EXPECT_EQ(e.source(), "budget.csv:4:12");
        EXPECT_STREQ(e.what(),
                     "budget.csv:4:12: cannot read '12,3,4' at offset 4: more than one decimal comma");
    }
}

// --- Lenient mode: one sensible reading, returned with what was wrong. ---

TEST(Lenient, RepairsWhenExactlyOneReadingMakesSense) {
    struct Case {
        const char* text;
        Decimal value;
        std::size_t offset;
        const char* reason;
    };
    const Case cases[] = {
        {"848.146..988,00", dec(84'814'698'800, 2), 8, "empty digit group"},
        {"521. 909.250", dec(521'909'250, 0), 4, "space inside the number"},
        {"1085.645.000", dec(1'085'645'000, 0), 0, "leading digit group of 4 digits"},
        {"627.916.000,", dec(627'916'000, 0), 11, "a decimal comma without decimals"},
        {"12.34.567", dec(1'234'567, 0), 3, "digit group of 2 digits, not 3"},
    };
    for (const Case& c : cases) {
        const kinerja::NumberText t = kinerja::read_number(c.text);
        EXPECT_EQ(t.status, TextStatus::repaired) << c.text;
        ASSERT_EQ(t.readings.size(), 1u) << c.text;
        EXPECT_EQ(t.value(Mode::lenient), c.value) << c.text;
        ASSERT_FALSE(t.problems.empty()) << c.text;
        EXPECT_EQ(t.problems[0].offset, c.offset) << c.text;
        EXPECT_EQ(t.problems[0].reason, c.reason) << c.text;
        EXPECT_THROW((void)t.value(Mode::strict), kinerja::parse_error) << c.text;
        EXPECT_EQ(kinerja::parse_number(c.text, Mode::lenient), c.value) << c.text;
    }
}

TEST(Lenient, ReportsEveryFaultOfARepair) {
    const auto t = kinerja::read_number("1085. 645..000");
    ASSERT_EQ(t.status, TextStatus::repaired);
    EXPECT_EQ(t.value(Mode::lenient), dec(1'085'645'000, 0));
    ASSERT_EQ(t.problems.size(), 3u);
    EXPECT_EQ(t.problems[0].reason, "space inside the number");
    EXPECT_EQ(t.problems[1].reason, "leading digit group of 4 digits");
    EXPECT_EQ(t.problems[2].reason, "empty digit group");
}

TEST(Lenient, StillRejectsWhatHasNoSensibleReading) {
    for (const char* text : {"12,3,4", "Rp", "", "abc", "1.000.", "1,5.0"}) {
        EXPECT_EQ(kinerja::read_number(text).status, TextStatus::invalid) << text;
        EXPECT_THROW((void)kinerja::parse_number(text, Mode::lenient), kinerja::parse_error) << text;
    }
}

// --- Ambiguous text: both readings, never a silent guess. ---

TEST(Ambiguous, LoneDotCouldBeEither) {
    const auto t = kinerja::read_number("1.234");
    EXPECT_EQ(t.status, TextStatus::ambiguous);
    ASSERT_EQ(t.readings.size(), 2u);
    EXPECT_EQ(t.readings[0].value, dec(1234, 0));
    EXPECT_EQ(t.readings[0].how, "dot as thousands separator");
    EXPECT_EQ(t.readings[1].value, dec(1234, 3));
    EXPECT_EQ(t.readings[1].how, "dot as decimal point");
    ASSERT_FALSE(t.problems.empty());
    EXPECT_EQ(t.problems[0].offset, 1u);
    try {
        (void)kinerja::parse_number("1.234", Mode::lenient);
        FAIL();
    } catch (const kinerja::ambiguous_error& e) {
        EXPECT_EQ(e.offset(), 1u);
        ASSERT_EQ(e.readings().size(), 2u);
        EXPECT_EQ(e.readings()[0], "1234 (dot as thousands separator)");
        EXPECT_EQ(e.readings()[1], "1.234 (dot as decimal point)");
    }
}

TEST(Ambiguous, DecimalPointInAPercentage) {
    const auto t = kinerja::read_number("69.33%");
    EXPECT_EQ(t.status, TextStatus::ambiguous);
    ASSERT_EQ(t.readings.size(), 2u);
    EXPECT_EQ(t.readings[0].value, dec(6933, 0));
    EXPECT_EQ(t.readings[1].value, dec(6933, 2));
    EXPECT_EQ(t.problems[0].offset, 2u);
    EXPECT_THROW((void)kinerja::parse_percent("69.33%"), kinerja::ambiguous_error);
}

TEST(Ambiguous, AHintSettlesIt) {
    EXPECT_EQ(kinerja::parse_number("1.234", Mode::strict, dots(DotMeaning::thousands)), dec(1234, 0));
    EXPECT_EQ(kinerja::parse_number("1.234", Mode::strict, dots(DotMeaning::decimal_point)), dec(1234, 3));
    EXPECT_EQ(kinerja::parse_percent("69.33%", Mode::strict, dots(DotMeaning::decimal_point)).points(),
              dec(6933, 2));
    // A Rupiah has at most two decimals, so "1.234" in a Rupiah column is 1234 Rupiah.
    EXPECT_EQ(kinerja::parse_rupiah("1.234").sen(), 123'400);
    EXPECT_EQ(kinerja::parse_rupiah("480.000").sen(), 48'000'000);
    // "1.25" has no valid thousands group, so its one strict reading is 1,25 Rupiah.
    EXPECT_EQ(kinerja::parse_rupiah("1.25").sen(), 125);
}

TEST(Ambiguous, UnambiguousDotsAreNotReported) {
    EXPECT_EQ(kinerja::read_number("1.239.289.000").status, TextStatus::exact);  // two dots: grouping
    EXPECT_EQ(kinerja::read_number("1239289000.50").status, TextStatus::exact);  // 10-digit group: a point
    EXPECT_EQ(kinerja::read_number("0.5").status, TextStatus::exact);            // "0." is no group
    EXPECT_EQ(kinerja::read_number("Rp 1.234").status, TextStatus::exact);  // money: 3 decimals impossible
}

// --- Formatting: canonical Indonesian text. ---

TEST(Format, Rupiah) {
    const Rupiah r = Rupiah::from_sen(123'928'900'000);
    EXPECT_EQ(kinerja::format_rupiah(r), "1.239.289.000,00");
    EXPECT_EQ(kinerja::format_rupiah(r, {0}), "1.239.289.000");
    kinerja::RupiahFormat f;
    f.prefix = true;
    EXPECT_EQ(kinerja::format_rupiah(r, f), "Rp1.239.289.000,00");
    EXPECT_EQ(kinerja::format_rupiah(-Rupiah::from_rupiah(1000), f), "-Rp1.000,00");
    f.parentheses = true;
    f.prefix = false;
    EXPECT_EQ(kinerja::format_rupiah(-Rupiah::from_rupiah(1000), f), "(1.000,00)");
    EXPECT_EQ(kinerja::format_rupiah(Rupiah::from_sen(5)), "0,05");
    EXPECT_EQ(kinerja::format_rupiah(Rupiah()), "0,00");
    EXPECT_EQ(kinerja::format_rupiah(Rupiah::from_rupiah(999)), "999,00");
}

TEST(Format, RupiahWithoutSenRoundsExplicitly) {
    EXPECT_EQ(kinerja::format_rupiah(Rupiah::from_sen(250), {0}), "3");
    EXPECT_EQ(kinerja::format_rupiah(Rupiah::from_sen(250), {0, kinerja::Rounding::half_even}), "2");
    EXPECT_EQ(kinerja::format_rupiah(Rupiah::from_sen(299), {0, kinerja::Rounding::truncate}), "2");
    EXPECT_EQ(kinerja::format_rupiah(Rupiah::from_sen(-250), {0}), "-3");
    EXPECT_THROW(static_cast<void>(kinerja::format_rupiah(Rupiah(), {3})), kinerja::value_error);
}

TEST(Format, NumbersAndPercentages) {
    EXPECT_EQ(kinerja::format_number(dec(-123'456'789, 3)), "-123.456,789");
    kinerja::FormatOptions plain;
    plain.grouping = false;
    EXPECT_EQ(kinerja::format_number(dec(123'456'789, 3), plain), "123456,789");
    EXPECT_EQ(kinerja::format_percent(kinerja::Percent(dec(9768, 2))), "97,68");
    EXPECT_EQ(kinerja::format_percent(kinerja::Percent(dec(100, 0))), "100,00");
    kinerja::PercentFormat pf;
    pf.sign = true;
    pf.decimals = 1;
    EXPECT_EQ(kinerja::format_percent(kinerja::Percent(dec(9768, 2)), pf), "97,7%");
    EXPECT_EQ(kinerja::format_percent(kinerja::Percent::undefined()), "undefined");
    pf.undefined_text = "n/a";
    EXPECT_EQ(kinerja::format_percent(kinerja::Percent::undefined(), pf), "n/a");
}

// -1 means "the value's own scale"; any other negative, or more than 18, is refused, never read as -1.
TEST(Format, DecimalsOutOfRangeAreRefused) {
    kinerja::FormatOptions f;
    f.decimals = -5;
    EXPECT_THROW((void)kinerja::format_number(dec(15, 1), f), kinerja::value_error);
    f.decimals = 19;
    EXPECT_THROW((void)kinerja::format_number(dec(15, 1), f), kinerja::value_error);
    kinerja::PercentFormat pf;
    pf.decimals = -2;
    EXPECT_THROW((void)kinerja::format_percent(kinerja::Percent(dec(9768, 2)), pf), kinerja::value_error);
    f.decimals = -1;
    EXPECT_EQ(kinerja::format_number(dec(15, 1), f), "1,5");
}

TEST(Format, StatusNames) {
    EXPECT_EQ(kinerja::to_string(TextStatus::exact), "exact");
    EXPECT_EQ(kinerja::to_string(TextStatus::repaired), "repaired");
    EXPECT_EQ(kinerja::to_string(TextStatus::ambiguous), "ambiguous");
    EXPECT_EQ(kinerja::to_string(TextStatus::invalid), "invalid");
}

}  // namespace
