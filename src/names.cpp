// The names of every enumeration, in one table each: to_string and parse_* read the same table, so a
// name cannot be written one way and read another.

#include <array>
#include <utility>

#include "kinerja/plan/renstra.hpp"
#include "kinerja/plan/validate.hpp"
#include "kinerja/plan/totals.hpp"
#include "kinerja/plan/measurement.hpp"
#include "kinerja/reviu/printed_table.hpp"

namespace kinerja {
namespace {

template <class E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<Level, 7> levels{{{Level::visi, "visi"},
                                  {Level::misi, "misi"},
                                  {Level::tujuan, "tujuan"},
                                  {Level::sasaran, "sasaran"},
                                  {Level::program, "program"},
                                  {Level::kegiatan, "kegiatan"},
                                  {Level::sub_kegiatan, "sub_kegiatan"}}};
constexpr Names<ProgramKind, 2> program_kinds{{{ProgramKind::utama, "utama"}, {ProgramKind::penunjang, "penunjang"}}};
constexpr Names<StatementKind, 2> statement_kinds{
    {{StatementKind::strategi, "strategi"}, {StatementKind::kebijakan, "kebijakan"}}};
constexpr Names<Polarity, 4> polarities{{{Polarity::higher_is_better, "higher_is_better"},
                                         {Polarity::lower_is_better, "lower_is_better"},
                                         {Polarity::range, "range"},
                                         {Polarity::qualitative, "qualitative"}}};
constexpr Names<Rollup, 3> rollups{{{Rollup::sum, "sum"}, {Rollup::last, "last"}, {Rollup::max, "max"}}};
constexpr Names<SpendingClass, 6> spending_classes{{{SpendingClass::belanja_tidak_langsung, "belanja_tidak_langsung"},
                                                    {SpendingClass::belanja_langsung, "belanja_langsung"},
                                                    {SpendingClass::operasi, "operasi"},
                                                    {SpendingClass::modal, "modal"},
                                                    {SpendingClass::tidak_terduga, "tidak_terduga"},
                                                    {SpendingClass::transfer, "transfer"}}};
constexpr Names<CodeScheme, 2> code_schemes{
    {{CodeScheme::free, "free"}, {CodeScheme::permendagri_90, "permendagri-90"}}};

constexpr Names<ColumnRole, 12> column_roles{{{ColumnRole::anggaran, "anggaran"},
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
                                              {ColumnRole::other, "other"}}};

// Values missing from a table (ProgramKind::none, LowerFormula::none) have the empty name.
template <class E, std::size_t N>
std::string_view name_of(const Names<E, N>& names, E e) noexcept {
    for (const auto& entry : names)
        if (entry.first == e) return entry.second;
    return "";
}

template <class E, std::size_t N>
std::optional<E> value_of(const Names<E, N>& names, std::string_view name) noexcept {
    for (const auto& entry : names)
        if (entry.second == name) return entry.first;
    return std::nullopt;
}

}  // namespace

std::string_view to_string(Level e) noexcept { return name_of(levels, e); }
std::optional<Level> parse_level(std::string_view n) noexcept { return value_of(levels, n); }
std::string_view to_string(ProgramKind e) noexcept { return name_of(program_kinds, e); }
std::optional<ProgramKind> parse_program_kind(std::string_view n) noexcept { return value_of(program_kinds, n); }
std::string_view to_string(StatementKind e) noexcept { return name_of(statement_kinds, e); }
std::optional<StatementKind> parse_statement_kind(std::string_view n) noexcept { return value_of(statement_kinds, n); }
std::string_view to_string(Polarity e) noexcept { return name_of(polarities, e); }
std::optional<Polarity> parse_polarity(std::string_view n) noexcept { return value_of(polarities, n); }
std::string_view to_string(Rollup e) noexcept { return name_of(rollups, e); }
std::optional<Rollup> parse_rollup(std::string_view n) noexcept { return value_of(rollups, n); }
std::string_view to_string(SpendingClass e) noexcept { return name_of(spending_classes, e); }
std::optional<SpendingClass> parse_spending_class(std::string_view n) noexcept { return value_of(spending_classes, n); }
std::string_view to_string(ColumnRole e) noexcept { return name_of(column_roles, e); }
std::optional<ColumnRole> parse_column_role(std::string_view n) noexcept { return value_of(column_roles, n); }
std::string_view to_string(CodeScheme e) noexcept { return name_of(code_schemes, e); }
std::optional<CodeScheme> parse_code_scheme(std::string_view n) noexcept { return value_of(code_schemes, n); }

}  // namespace kinerja
