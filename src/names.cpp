// The names of every enumeration, in one table each: to_string, the parse_* functions, the Python
// bindings (through enum_names<E>()) and the stubs' test read the same table, so a name cannot be
// written one way and read another.

#include <iterator>

#include "kinerja/core/enum_names.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/core/rounding.hpp"
#include "kinerja/plan/measurement.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/plan/totals.hpp"
#include "kinerja/plan/validate.hpp"
#include "kinerja/report/report.hpp"
#include "kinerja/reviu/review.hpp"

namespace kinerja {
namespace {

// One table per enumeration; Table<E>::entries lists every value of E in declaration order.
template <class E>
struct Table;

template <>
struct Table<Rounding> {
    static constexpr EnumName<Rounding> entries[] = {
        {Rounding::half_up, "half_up"}, {Rounding::half_even, "half_even"}, {Rounding::truncate, "truncate"}};
};
template <>
struct Table<Mode> {
    static constexpr EnumName<Mode> entries[] = {{Mode::strict, "strict"}, {Mode::lenient, "lenient"}};
};
template <>
struct Table<DotMeaning> {
    static constexpr EnumName<DotMeaning> entries[] = {{DotMeaning::unknown, "unknown"},
                                                       {DotMeaning::thousands, "thousands"},
                                                       {DotMeaning::decimal_point, "decimal_point"}};
};
template <>
struct Table<TextStatus> {
    static constexpr EnumName<TextStatus> entries[] = {{TextStatus::exact, "exact"},
                                                       {TextStatus::repaired, "repaired"},
                                                       {TextStatus::ambiguous, "ambiguous"},
                                                       {TextStatus::invalid, "invalid"}};
};
template <>
struct Table<Level> {
    static constexpr EnumName<Level> entries[] = {{Level::visi, "visi"},
                                                  {Level::misi, "misi"},
                                                  {Level::tujuan, "tujuan"},
                                                  {Level::sasaran, "sasaran"},
                                                  {Level::program, "program"},
                                                  {Level::kegiatan, "kegiatan"},
                                                  {Level::sub_kegiatan, "sub_kegiatan"}};
};
template <>
struct Table<ProgramKind> {
    static constexpr EnumName<ProgramKind> entries[] = {
        {ProgramKind::none, "", "none"}, {ProgramKind::utama, "utama"}, {ProgramKind::penunjang, "penunjang"}};
};
template <>
struct Table<StatementKind> {
    static constexpr EnumName<StatementKind> entries[] = {{StatementKind::strategi, "strategi"},
                                                          {StatementKind::kebijakan, "kebijakan"}};
};
template <>
struct Table<Polarity> {
    static constexpr EnumName<Polarity> entries[] = {{Polarity::higher_is_better, "higher_is_better"},
                                                     {Polarity::lower_is_better, "lower_is_better"},
                                                     {Polarity::range, "range"},
                                                     {Polarity::qualitative, "qualitative"}};
};
template <>
struct Table<LowerFormula> {
    static constexpr EnumName<LowerFormula> entries[] = {{LowerFormula::none, "", "none"},
                                                         {LowerFormula::two_t_minus_r, "2t_minus_r", "two_t_minus_r"},
                                                         {LowerFormula::t_over_r, "t_over_r"}};
};
template <>
struct Table<Rollup> {
    static constexpr EnumName<Rollup> entries[] = {{Rollup::sum, "sum"}, {Rollup::last, "last"}, {Rollup::max, "max"}};
};
template <>
struct Table<Target::Kind> {
    static constexpr EnumName<Target::Kind> entries[] = {
        {Target::Kind::number, "number"}, {Target::Kind::range, "range"}, {Target::Kind::grade, "grade"}};
};
template <>
struct Table<Measure::Kind> {
    static constexpr EnumName<Measure::Kind> entries[] = {
        {Measure::Kind::undefined, "undefined"}, {Measure::Kind::number, "number"}, {Measure::Kind::grade, "grade"}};
};
template <>
struct Table<Realisation::Source> {
    static constexpr EnumName<Realisation::Source> entries[] = {{Realisation::Source::value, "value"},
                                                                {Realisation::Source::ratio, "ratio"},
                                                                {Realisation::Source::data, "data"},
                                                                {Realisation::Source::triwulan, "triwulan"}};
};
template <>
struct Table<SpendingClass> {
    static constexpr EnumName<SpendingClass> entries[] = {
        {SpendingClass::belanja_tidak_langsung, "belanja_tidak_langsung"},
        {SpendingClass::belanja_langsung, "belanja_langsung"},
        {SpendingClass::operasi, "operasi"},
        {SpendingClass::modal, "modal"},
        {SpendingClass::tidak_terduga, "tidak_terduga"},
        {SpendingClass::transfer, "transfer"}};
};
template <>
struct Table<CodeScheme> {
    static constexpr EnumName<CodeScheme> entries[] = {{CodeScheme::free, "free"},
                                                       {CodeScheme::permendagri_90, "permendagri-90", "permendagri_90"}};
};
template <>
struct Table<ColumnRole> {
    static constexpr EnumName<ColumnRole> entries[] = {{ColumnRole::anggaran, "anggaran"},
                                                       {ColumnRole::realisasi, "realisasi"},
                                                       {ColumnRole::sisa, "sisa"},
                                                       {ColumnRole::persen, "persen"},
                                                       {ColumnRole::target, "target"},
                                                       {ColumnRole::capaian, "capaian"},
                                                       {ColumnRole::l, "l"},
                                                       {ColumnRole::p, "p"},
                                                       {ColumnRole::jumlah, "jumlah"},
                                                       {ColumnRole::ditangani, "ditangani"},
                                                       {ColumnRole::share, "share"},
                                                       {ColumnRole::other, "other"}};
};
template <>
struct Table<Severity> {
    static constexpr EnumName<Severity> entries[] = {
        {Severity::error, "error"}, {Severity::warning, "warning"}, {Severity::note, "note"}};
};
template <>
struct Table<ReportFormat> {
    static constexpr EnumName<ReportFormat> entries[] = {
        {ReportFormat::markdown, "markdown"}, {ReportFormat::html, "html"}, {ReportFormat::csv, "csv"}};
};

// Values written as an absence (ProgramKind::none) have the empty name, and no text parses to them.
template <class E>
std::string_view name_of(E e) noexcept {
    for (const auto& entry : Table<E>::entries)
        if (entry.value == e) return entry.name;
    return "";
}

template <class E>
std::optional<E> value_of(std::string_view name) noexcept {
    if (name.empty()) return std::nullopt;
    for (const auto& entry : Table<E>::entries)
        if (entry.name == name) return entry.value;
    return std::nullopt;
}

}  // namespace

template <class E>
EnumNames<E> enum_names() noexcept {
    return {std::begin(Table<E>::entries), std::size(Table<E>::entries)};
}

template EnumNames<Rounding> enum_names<Rounding>() noexcept;
template EnumNames<Mode> enum_names<Mode>() noexcept;
template EnumNames<DotMeaning> enum_names<DotMeaning>() noexcept;
template EnumNames<TextStatus> enum_names<TextStatus>() noexcept;
template EnumNames<Level> enum_names<Level>() noexcept;
template EnumNames<ProgramKind> enum_names<ProgramKind>() noexcept;
template EnumNames<StatementKind> enum_names<StatementKind>() noexcept;
template EnumNames<Polarity> enum_names<Polarity>() noexcept;
template EnumNames<LowerFormula> enum_names<LowerFormula>() noexcept;
template EnumNames<Rollup> enum_names<Rollup>() noexcept;
template EnumNames<Target::Kind> enum_names<Target::Kind>() noexcept;
template EnumNames<Measure::Kind> enum_names<Measure::Kind>() noexcept;
template EnumNames<Realisation::Source> enum_names<Realisation::Source>() noexcept;
template EnumNames<SpendingClass> enum_names<SpendingClass>() noexcept;
template EnumNames<CodeScheme> enum_names<CodeScheme>() noexcept;
template EnumNames<ColumnRole> enum_names<ColumnRole>() noexcept;
template EnumNames<Severity> enum_names<Severity>() noexcept;
template EnumNames<ReportFormat> enum_names<ReportFormat>() noexcept;

std::string_view to_string(Level e) noexcept { return name_of(e); }
std::optional<Level> parse_level(std::string_view n) noexcept { return value_of<Level>(n); }
std::string_view to_string(ProgramKind e) noexcept { return name_of(e); }
std::optional<ProgramKind> parse_program_kind(std::string_view n) noexcept { return value_of<ProgramKind>(n); }
std::string_view to_string(StatementKind e) noexcept { return name_of(e); }
std::optional<StatementKind> parse_statement_kind(std::string_view n) noexcept { return value_of<StatementKind>(n); }
std::string_view to_string(Polarity e) noexcept { return name_of(e); }
std::optional<Polarity> parse_polarity(std::string_view n) noexcept { return value_of<Polarity>(n); }
std::string_view to_string(Rollup e) noexcept { return name_of(e); }
std::optional<Rollup> parse_rollup(std::string_view n) noexcept { return value_of<Rollup>(n); }
std::string_view to_string(SpendingClass e) noexcept { return name_of(e); }
std::optional<SpendingClass> parse_spending_class(std::string_view n) noexcept { return value_of<SpendingClass>(n); }
std::string_view to_string(ColumnRole e) noexcept { return name_of(e); }
std::optional<ColumnRole> parse_column_role(std::string_view n) noexcept { return value_of<ColumnRole>(n); }
std::string_view to_string(CodeScheme e) noexcept { return name_of(e); }
std::optional<CodeScheme> parse_code_scheme(std::string_view n) noexcept { return value_of<CodeScheme>(n); }

}  // namespace kinerja
