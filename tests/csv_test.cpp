// The internal CSV module (src/detail/csv.hpp) that every CSV reader and writer goes through. The
// expected texts and positions are worked out by hand in the comments.
#include "detail/csv.hpp"

#include <gtest/gtest.h>

#include <kinerja/core/error.hpp>

namespace kinerja {
namespace {

namespace csv = detail::csv;

TEST(Csv, ByteOrderMarkAndLineEnds) {
    EXPECT_EQ(csv::bom_size("\xEF\xBB\xBF"
                            "a;b"),
              3u);
    EXPECT_EQ(csv::bom_size("a;b"), 0u);
    EXPECT_EQ(csv::bom_size("\xEF\xBB"), 0u);  // a cut mark is no mark
    const std::string crlf = "ab\r\n";
    const char* b = crlf.data();
    EXPECT_EQ(csv::content_end(b, b + 3), b + 2);  // "ab\r" before the '\n': the '\r' is no content
    EXPECT_EQ(csv::content_end(b, b + 2), b + 2);
    EXPECT_EQ(csv::content_end(b, b), b);  // an empty line
}

TEST(Csv, ScanFindsTheSeparatorOrAQuote) {
    // Past the eight-byte steps and in the tail: ';' at 0, 7, 8, 12; '"' at 10.
    const std::string text = ";abcdef;;a\"b;c";
    const char* b = text.data();
    const char* e = b + text.size();
    EXPECT_EQ(csv::scan<';'>(b, e, false), b);
    EXPECT_EQ(csv::scan<';'>(b + 1, e, false), b + 7);
    EXPECT_EQ(csv::scan<';'>(b + 9, e, false), b + 12);
    EXPECT_EQ(csv::scan<';'>(b + 9, e, true), b + 10);
    EXPECT_EQ(csv::scan<';'>(b + 13, e, false), e);
    const std::string tabs = "0123456789\t";
    EXPECT_EQ(csv::scan<'\t'>(tabs.data(), tabs.data() + tabs.size(), false), tabs.data() + 10);
}

TEST(Csv, UnquoteDoublesAndTheClosingQuote) {
    // The text after an opening quote: a ""b"" c" then ;x. Value: a "b" c; the closing quote is at 12.
    const std::string text = "a \"\"b\"\" c\";x";
    std::string value;
    const char* after = csv::unquote(text.data(), text.data() + text.size(), value);
    EXPECT_EQ(value, "a \"b\" c");
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(*after, ';');
    value.clear();
    EXPECT_EQ(csv::unquote(text.data(), text.data() + 4, value),
              nullptr);  // a "" is still open: "" is a quote
    value.clear();
    const std::string open = "no end";
    EXPECT_EQ(csv::unquote(open.data(), open.data() + open.size(), value), nullptr);
}

TEST(Csv, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(csv::field("plain name", ";\""), "plain name");
    EXPECT_EQ(csv::field("a;b", ";\""), "\"a;b\"");
    EXPECT_EQ(csv::field("say \"hi\"", ";\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv::field("two\nlines", ";\""), "two\nlines");  // the ledger's names hold no line break
    EXPECT_EQ(csv::field("two\nlines", ";\"\n"), "\"two\nlines\"");
    csv::Writer w(';');
    w.field("a").field("b;c").field("").end_record().field("d\"").end_record();
    EXPECT_EQ(w.text(), "a;\"b;c\";\n\"d\"\"\"\n");  // d" is quoted: "d"""
}

TEST(Csv, WrittenRecordsReadBack) {
    csv::Writer w(';');
    const std::vector<std::vector<std::string>> rows = {{"a", "b;c", "\"q\""},
                                                        {"line\nbreak", "lone\rreturn", "Jl. \xC3\xA9"}};
    for (const auto& r : rows) {
        for (const auto& f : r) w.field(f);
        w.end_record();
    }
    const auto back = csv::read_records(w.text(), ';', "w.csv");
    ASSERT_EQ(back.size(), 2u);
    for (std::size_t r = 0; r < 2; ++r) {
        ASSERT_EQ(back[r].fields.size(), 3u);
        for (std::size_t k = 0; k < 3; ++k) EXPECT_EQ(back[r].fields[k].text, rows[r][k]);
    }
    EXPECT_EQ(back[1].line, 2u);
}

TEST(Csv, RecordsNameTheirLineAndCharacterColumns) {
    // A mark, then "é;x" (é is two bytes, one character): x is at column 3. The quoted field on
    // line 2 spans into line 3, so the next record starts on line 4.
    const auto recs = csv::read_records("\xEF\xBB\xBF\xC3\xA9;x\r\n\"p\nq\";z\nlast;", ';', "t.csv");
    ASSERT_EQ(recs.size(), 3u);
    EXPECT_EQ(recs[0].line, 1u);
    EXPECT_EQ(recs[0].fields[0].text, "\xC3\xA9");
    EXPECT_EQ(recs[0].fields[1].column, 3u);
    EXPECT_EQ(recs[1].line, 2u);
    EXPECT_EQ(recs[1].fields[0].text, "p\nq");
    EXPECT_EQ(recs[1].fields[1].column, 4u);  // line 3 is q";z: z is the fourth character
    EXPECT_EQ(recs[2].line, 4u);
    ASSERT_EQ(recs[2].fields.size(), 2u);  // a separator at the very end: one empty field more
    EXPECT_EQ(recs[2].fields[1].text, "");
    EXPECT_EQ(csv::sniff_separator("a\tb;c\nd"), ';');
    EXPECT_EQ(csv::sniff_separator("a\tb,c\nd;e"), '\t');
    EXPECT_EQ(csv::sniff_separator("a,b\nc;d"), ',');
}

TEST(Csv, LocatedErrors) {
    auto where = [](const std::string& text) {
        try {
            (void)csv::read_records(text, ';', "t.csv");
        } catch (const data_error& e) {
            EXPECT_EQ(e.source(), "t.csv");
            return e.path() + " " + e.reason();
        }
        return std::string("accepted");
    };
    // Line 2 is "\xC3\xA9;"open: the quote opens at character 3.
    EXPECT_EQ(where("a\n\xC3\xA9;\"open"), "2:3 a quoted field is not closed");
    // Line 2 of the field is "b"x: after the closing quote at character 2, x is at 3.
    EXPECT_EQ(where("\"a\nb\"x;y"), "2:3 text after a closing quote");
}

TEST(Csv, LimitsOnRowsAndFieldsEndWithTheCallersHint) {
    csv::Limits limits;
    limits.rows = 1;
    limits.rows_hint = "rows hint";
    limits.field_bytes = 3;
    limits.field_hint = "field hint";
    auto where = [&](const std::string& text) {
        try {
            return std::to_string(csv::read_records(text, ';', "t.csv", limits).size()) + " records";
        } catch (const data_error& e) {
            return e.path() + " " + e.reason();
        }
    };
    EXPECT_EQ(where("a;b\nc;d\n"), "2 records");  // the header and one row
    EXPECT_EQ(where("a;b\nc;d\ne;f\n"), "3:1 more than 1 rows; rows hint");
    EXPECT_EQ(where("abc;\"x\"\"y\"\n"), "1 records");  // x"y is 3 bytes
    EXPECT_EQ(where("a;abcd\n"), "1:3 a field of 4 bytes, longer than the cell limit; field hint");
    // A quoted field spanning lines is located where it opens; its length is counted unquoted.
    EXPECT_EQ(where("a;\"b\nc\"\"\"\n"), "1:3 a field of 4 bytes, longer than the cell limit; field hint");
}

}  // namespace
}  // namespace kinerja
