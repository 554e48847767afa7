// The name tables behind enum_names<E>() (each next to its enumeration): every value once, names and
// identifiers unique, identifiers valid, parse_* the inverse of to_string, and the names files and
// reports use, written out here by hand.

#include "kinerja/core/enum_names.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>

#include "kinerja/kinerja.hpp"

namespace kinerja {
namespace {

bool is_identifier(std::string_view s) {
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0])) != 0) return false;
    for (const char c : s)
        if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '_') return false;
    return true;
}

// Every value of E, 0..count-1, appears once; names (where not empty) and identifiers are unique.
template <class E>
void expect_complete_table(std::size_t count) {
    const auto names = enum_names<E>();
    ASSERT_EQ(names.size(), count);
    std::set<int> values;
    std::set<std::string_view> texts;
    std::set<std::string_view> identifiers;
    for (const auto& entry : names) {
        values.insert(static_cast<int>(entry.value));
        if (!entry.name.empty()) {
            EXPECT_TRUE(texts.insert(entry.name).second) << entry.name;
        }
        EXPECT_TRUE(identifiers.insert(entry.identifier()).second) << entry.identifier();
        EXPECT_TRUE(is_identifier(entry.identifier())) << entry.identifier();
    }
    EXPECT_EQ(values.size(), count);
    EXPECT_EQ(*values.begin(), 0);
    EXPECT_EQ(*values.rbegin(), static_cast<int>(count) - 1);
}

template <class E>
void expect_to_string_agrees() {
    for (const auto& entry : enum_names<E>()) EXPECT_EQ(to_string(entry.value), entry.name);
}

template <class E, class Parse>
void expect_parse_agrees(Parse parse) {
    for (const auto& entry : enum_names<E>()) {
        if (entry.name.empty()) continue;
        const auto parsed = parse(entry.name);
        ASSERT_TRUE(parsed.has_value()) << entry.name;
        EXPECT_EQ(*parsed, entry.value);
    }
    EXPECT_FALSE(parse("").has_value());
}

TEST(EnumNames, EveryTableIsComplete) {
    // The counts are the enumerators declared in the headers.
    expect_complete_table<Rounding>(3);
    expect_complete_table<Mode>(2);
    expect_complete_table<DotMeaning>(3);
    expect_complete_table<TextStatus>(4);
    expect_complete_table<Level>(7);
    expect_complete_table<ProgramKind>(3);
    expect_complete_table<StatementKind>(2);
    expect_complete_table<Polarity>(4);
    expect_complete_table<LowerFormula>(3);
    expect_complete_table<Rollup>(3);
    expect_complete_table<Target::Kind>(3);
    expect_complete_table<Measure::Kind>(3);
    expect_complete_table<Realisation::Source>(4);
    expect_complete_table<SpendingClass>(6);
    expect_complete_table<CodeScheme>(2);
    expect_complete_table<ColumnRole>(13);
    expect_complete_table<Severity>(3);
    expect_complete_table<ReportFormat>(3);
    expect_complete_table<LedgerLevel>(7);
    expect_complete_table<LedgerField>(4);
}

TEST(EnumNames, ToStringAndParseReadTheTable) {
    expect_to_string_agrees<Rounding>();
    expect_to_string_agrees<TextStatus>();
    expect_to_string_agrees<Severity>();
    expect_to_string_agrees<Level>();
    expect_to_string_agrees<ProgramKind>();
    expect_to_string_agrees<LowerFormula>();
    expect_to_string_agrees<CodeScheme>();
    expect_parse_agrees<Level>(parse_level);
    expect_parse_agrees<ProgramKind>(parse_program_kind);
    expect_parse_agrees<StatementKind>(parse_statement_kind);
    expect_parse_agrees<Polarity>(parse_polarity);
    expect_parse_agrees<LowerFormula>(parse_lower_formula);
    expect_parse_agrees<Rollup>(parse_rollup);
    expect_parse_agrees<SpendingClass>(parse_spending_class);
    expect_parse_agrees<CodeScheme>(parse_code_scheme);
    expect_parse_agrees<ColumnRole>(parse_column_role);
    expect_parse_agrees<LedgerLevel>(parse_ledger_level);
    expect_parse_agrees<LedgerField>(parse_ledger_field);
}

TEST(EnumNames, TheNamesFilesAndReportsUse) {
    EXPECT_EQ(to_string(Rounding::half_up), "half_up");
    EXPECT_EQ(to_string(TextStatus::ambiguous), "ambiguous");
    EXPECT_EQ(to_string(Severity::warning), "warning");
    EXPECT_EQ(to_string(Level::sub_kegiatan), "sub_kegiatan");
    EXPECT_EQ(to_string(SpendingClass::belanja_tidak_langsung), "belanja_tidak_langsung");
    EXPECT_EQ(to_string(ColumnRole::ditangani), "ditangani");
    EXPECT_EQ(to_string(ColumnRole::part), "part");
    EXPECT_EQ(to_string(LedgerLevel::province), "province");
    EXPECT_EQ(to_string(LedgerField::code), "code");
    EXPECT_EQ(parse_polarity("lower_is_better"), Polarity::lower_is_better);
    EXPECT_FALSE(parse_polarity("lower").has_value());
    static_assert(to_string(Rollup::last) == "last", "the tables are usable at compile time");
}

TEST(EnumNames, NamesThatAreNotIdentifiersHaveOne) {
    // The file names are kept; the identifiers are what Python calls the values.
    EXPECT_EQ(to_string(LowerFormula::two_t_minus_r), "2t_minus_r");
    EXPECT_EQ(to_string(CodeScheme::permendagri_90), "permendagri-90");
    EXPECT_EQ(to_string(ProgramKind::none), "");
    EXPECT_FALSE(parse_program_kind("none").has_value());
    std::set<std::string_view> identifiers;
    for (const auto& e : enum_names<LowerFormula>()) identifiers.insert(e.identifier());
    EXPECT_EQ(identifiers, (std::set<std::string_view>{"none", "two_t_minus_r", "t_over_r"}));
}

}  // namespace
}  // namespace kinerja
