// The message catalogues as the library reads them: every language has every id with the same
// placeholders, a message is filled exactly, and figures change only their marks between languages.
#include "kinerja/plan/language.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "detail/csv.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/core/money.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/core/percent.hpp"
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

// An error said in a language: the place as written, the reason from the catalogue; in English the
// same text as what(), so the C++ message and the command line's English agree.
namespace describe_tests {

using kinerja::describe;
using kinerja::Language;

TEST(Describe, AnErrorWithACatalogueIdIsSaidInEachLanguage) {
    try {
        (void)Language("xx");
        FAIL() << "an unknown language must be refused";
    } catch (const kinerja::value_error& e) {
        EXPECT_EQ(e.message().id, "error.language.unknown");
        EXPECT_STREQ(e.what(), "unknown language 'xx': the languages are en, id");
        EXPECT_EQ(describe(e, Language("en")), e.what());
        EXPECT_EQ(describe(e, Language("id")), "bahasa 'xx' tidak dikenal: bahasa yang tersedia en, id");
    }
}

TEST(Describe, ThePlaceStaysAsWrittenAndOnlyTheReasonIsSaid) {
    const kinerja::Message said{"error.lookup.node", {{"id", "S9"}}};
    const kinerja::data_error e("renstra.json", "/nodes/3/parent", kinerja::english(said), said);
    EXPECT_STREQ(e.what(), "renstra.json:/nodes/3/parent: 'S9' must be the id of a node of the plan");
    EXPECT_EQ(describe(e, Language("en")), e.what());
    EXPECT_EQ(describe(e, Language("id")),
              "renstra.json:/nodes/3/parent: 'S9' harus berupa id node dalam rencana");
}

TEST(Describe, AnErrorWithoutACatalogueIdKeepsItsText) {
    const kinerja::error e("something plain");
    EXPECT_TRUE(e.message().id.empty());
    EXPECT_EQ(describe(e, Language("id")), "something plain");
    EXPECT_EQ(describe(e, Language("en")), "something plain");
}

TEST(Describe, AnUnknownIdNamesTheClosestInTheLanguage) {
    const kinerja::lookup_error e("indicator", "IK9", {"IK1", "IK2"});
    EXPECT_EQ(describe(e, Language("en")), e.what());
    EXPECT_EQ(describe(e, Language("id")),
              "'IK9' harus berupa id indikator dalam rencana; yang terdekat: 'IK1', 'IK2'");
}

TEST(Describe, TheNumberReadersReasonsAreSaidInTheLanguage) {
    try {
        (void)kinerja::parse_number("12 34", kinerja::Mode::strict, kinerja::ReadOptions{});
        FAIL() << "a space inside a number must be refused";
    } catch (const kinerja::ambiguous_error&) {
        FAIL() << "not ambiguous";
    } catch (const kinerja::parse_error& e) {
        EXPECT_EQ(describe(e, Language("en")), e.what());
        EXPECT_EQ(
            describe(e, Language("id")),
            "tidak dapat membaca '12 34' pada posisi 2: spasi di dalam angka (mode longgar membacanya)");
    }
}

TEST(Describe, AnAmbiguousFigureGivesEachReadingInTheLanguagesMarks) {
    try {
        (void)kinerja::parse_number("1.234", kinerja::Mode::strict, kinerja::ReadOptions{});
        FAIL() << "a lone dot must be ambiguous";
    } catch (const kinerja::ambiguous_error& e) {
        EXPECT_EQ(describe(e, Language("en")), e.what());
        // The machine reading 1.234 (a decimal point) is 1,234 in Indonesian marks.
        const std::string id = describe(e, Language("id"));
        EXPECT_NE(id.find("tidak dapat membaca '1.234' pada posisi 1: ambigu, dapat dibaca sebagai "),
                  std::string::npos)
            << id;
        EXPECT_NE(id.find("1234 (titik sebagai pemisah ribuan)"), std::string::npos) << id;
        EXPECT_NE(id.find("1,234 (titik sebagai titik desimal)"), std::string::npos) << id;
        EXPECT_NE(id.find(") atau 1"), std::string::npos) << id;
    }
}

// The header-only core writes its reasons in English, knowing no catalogue: each is said in the
// language by the catalogue entry whose English is the same text, so a core literal that drifts from
// messages/en.txt would stay English here and fail.
TEST(Describe, TheCoresReasonsAreSaidInTheLanguage) {
    const auto said = [](const auto& run) -> std::pair<std::string, std::string> {
        try {
            run();
        } catch (const kinerja::error& e) {
            EXPECT_EQ(describe(e, Language("en")), e.what());
            return {e.what(), describe(e, Language("id"))};
        }
        ADD_FAILURE() << "no error";
        return {};
    };
    using kinerja::Decimal;
    using kinerja::Rupiah;
    EXPECT_EQ(said([] { (void)(Rupiah::max() + Rupiah::from_sen(1)); }).second,
              "jumlah rupiah harus muat dalam 38 digit sen");
    EXPECT_EQ(said([] { (void)kinerja::divide(Decimal(1), Decimal(3), 30); }).second,
              "jumlah desimal harus antara 0 dan 18");
    EXPECT_EQ(said([] { (void)kinerja::Percent::undefined().points(); }).second,
              "persentase tidak terdefinisi: totalnya nol");
    EXPECT_EQ(said([] { (void)kinerja::allocate(Rupiah::from_sen(100), 0); }).second,
              "suatu jumlah harus dibagi menjadi paling sedikit satu bagian");
    EXPECT_EQ(said([] { (void)Rupiah::from_decimal(Decimal(1001, 3)); }).second,
              "jumlah rupiah tidak boleh memiliki lebih dari 2 desimal");
    // Any other text is kept as written.
    EXPECT_EQ(kinerja::core_reason("not a core reason", Language("id")), "not a core reason");
}

}  // namespace describe_tests
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
