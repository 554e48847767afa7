// The message catalogues as the library reads them: every language has every id with the same
// placeholders, a message is filled exactly, and figures change only their marks between languages.
#include "kinerja/plan/language.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "detail/csv.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/io/limits.hpp"

namespace {

using kinerja::Language;

TEST(Language, IndonesianIsTheDefault) {
    EXPECT_EQ(Language().code(), "id");
    EXPECT_EQ(Language(), Language("id"));
    EXPECT_NE(Language(), Language("en"));
    EXPECT_EQ(Language().name(), "Bahasa Indonesia");
    EXPECT_EQ(Language::codes(), (std::vector<std::string>{"en", "id"}));
}

TEST(Language, EveryLanguageHasEveryIdWithTheSamePlaceholders) {
    const Language reference;
    const std::vector<std::string> ids = reference.ids();
    ASSERT_GT(ids.size(), 50u);
    for (const std::string& code : Language::codes()) {
        const Language lang(code);
        EXPECT_EQ(lang.ids(), ids) << code;
        for (const std::string& id : ids) {
            auto sorted = [](std::vector<std::string> v) {
                std::sort(v.begin(), v.end());
                return v;
            };
            EXPECT_EQ(sorted(kinerja::message_placeholders(lang.text(id))),
                      sorted(kinerja::message_placeholders(reference.text(id))))
                << code << " " << id;
            EXPECT_FALSE(lang.text(id).empty()) << code << " " << id;
        }
    }
}

TEST(Language, AnUnknownCodeNamesTheKnownOnes) {
    try {
        (void)Language("fr");
        FAIL() << "no error";
    } catch (const kinerja::value_error& e) {
        EXPECT_STREQ(e.what(), "unknown language 'fr': the languages are en, id");
    }
}

TEST(Language, FormatFillsEveryPlaceholderAndNothingElse) {
    const Language en("en");
    EXPECT_EQ(en.format("report.heading", {{"year", "2019"}, {"body", "Dinas {x} Sosial"}}),
              "Laporan Kinerja 2019: Dinas {x} Sosial");  // an argument's braces are its text
    EXPECT_EQ(Language().format("compare.undecided_range", {{"low", "0"}, {"high", "100"}}),
              "tidak dapat ditentukan: proyeksi di luar 0-100");
    EXPECT_THROW((void)en.format("report.heading", {{"year", "2019"}}), kinerja::value_error);
    EXPECT_THROW((void)en.format("report.heading", {{"year", "2019"}, {"body", "b"}, {"extra", "e"}}),
                 kinerja::value_error);
    EXPECT_THROW((void)en.text("no.such.message"), kinerja::lookup_error);
}

TEST(Language, NumbersSwapTheirMarksOnly) {
    const Language en("en");
    EXPECT_EQ(en.number("7.427.331.499,00"), "7,427,331,499.00");
    EXPECT_EQ(en.number("-0,5 - 1.000"), "-0.5 - 1,000");
    EXPECT_EQ(en.number("n/a"), "n/a");
    EXPECT_EQ(Language().number("7.427.331.499,00"), "7.427.331.499,00");
    EXPECT_EQ(en.decimal_mark(), '.');
    EXPECT_EQ(en.group_mark(), ',');
}

TEST(Language, PlaceholdersInOrderOnce) {
    EXPECT_EQ(kinerja::message_placeholders("{a} and {b}, {a} again"), (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(kinerja::message_placeholders("no braces").empty());
}

}  // namespace

// The CSV record reader (src/detail, below the catalogues) writes its reasons in English beside
// their catalogue ids: the two must say the same, byte for byte.
TEST(Language, CsvReasonsAreTheCataloguesEnglish) {
    namespace csv = kinerja::detail::csv;
    csv::Limits limits;
    limits.rows = 1;
    limits.field_bytes = 4;
    limits.rows_hint = kinerja::limit_hint(1, "--max-rows", "max_rows");
    limits.field_hint = kinerja::limit_hint(4, "--max-cell-bytes", "max_cell_bytes");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"a\nb\nc\n", "error.csv.too_many_rows"},       {"abcdefgh\n", "error.csv.field_too_long"},
        {"\"abcdefgh\"\n", "error.csv.field_too_long"}, {"\"ab\n", "error.csv.unclosed_quote"},
        {"\"ab\"c\n", "error.csv.text_after_quote"},
    };
    for (const auto& [text, id] : cases) {
        try {
            (void)csv::read_records(text, ';', "t.csv", limits);
            ADD_FAILURE() << "accepted " << text;
        } catch (const kinerja::data_error& e) {
            EXPECT_EQ(e.message().id, id) << e.what();
            EXPECT_EQ(kinerja::english(e.message()), e.reason()) << id;
            EXPECT_EQ(kinerja::describe(e, Language("en")), e.what()) << id;
        }
    }
    try {
        (void)csv::read_records("x;\"ab\"c\n", ';', "t.csv", limits);
        ADD_FAILURE() << "accepted";
    } catch (const kinerja::data_error& e) {
        EXPECT_EQ(kinerja::describe(e, Language("id")), "t.csv:1:7: ada teks setelah tanda kutip penutup");
    }
}
