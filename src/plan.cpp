// Names of the plan's enumerations, and lookups in a Renstra.

#include <algorithm>
#include <array>
#include <utility>

#include "kinerja/renstra.hpp"

namespace kinerja {
namespace {

constexpr std::array<std::pair<Level, std::string_view>, 7> level_names{{
    {Level::visi, "visi"},
    {Level::misi, "misi"},
    {Level::tujuan, "tujuan"},
    {Level::sasaran, "sasaran"},
    {Level::program, "program"},
    {Level::kegiatan, "kegiatan"},
    {Level::sub_kegiatan, "sub_kegiatan"},
}};

constexpr std::array<std::pair<SpendingClass, std::string_view>, 6> class_names{{
    {SpendingClass::belanja_tidak_langsung, "belanja_tidak_langsung"},
    {SpendingClass::belanja_langsung, "belanja_langsung"},
    {SpendingClass::operasi, "operasi"},
    {SpendingClass::modal, "modal"},
    {SpendingClass::tidak_terduga, "tidak_terduga"},
    {SpendingClass::transfer, "transfer"},
}};

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& names, E e) noexcept {
    for (const auto& [value, name] : names)
        if (value == e) return name;
    return "?";
}

template <class E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view n) noexcept {
    for (const auto& [value, name] : names)
        if (name == n) return value;
    return std::nullopt;
}

}  // namespace

std::string_view to_string(Level level) noexcept { return name_of(level_names, level); }
std::optional<Level> parse_level(std::string_view name) noexcept { return value_of(level_names, name); }
std::string_view to_string(SpendingClass c) noexcept { return name_of(class_names, c); }
std::optional<SpendingClass> parse_spending_class(std::string_view name) noexcept {
    return value_of(class_names, name);
}

std::string_view to_string(ProgramKind kind) noexcept {
    switch (kind) {
        case ProgramKind::utama: return "utama";
        case ProgramKind::penunjang: return "penunjang";
        case ProgramKind::none: break;
    }
    return "";
}

std::string_view to_string(StatementKind kind) noexcept {
    return kind == StatementKind::strategi ? "strategi" : "kebijakan";
}

const Node* Renstra::find_node(const std::string& id) const {
    for (const Node& n : nodes)
        if (n.id == id) return &n;
    return nullptr;
}

const Indicator* Renstra::find_indicator(const std::string& id) const {
    for (const Indicator& i : indicators)
        if (i.id == id) return &i;
    return nullptr;
}

const DataTable* Renstra::find_table(const std::string& table_id, int year) const {
    for (const DataTable& t : tables)
        if (t.id == table_id && t.year == year) return &t;
    return nullptr;
}

std::vector<std::string> Renstra::descendants(const std::string& id, Level level) const {
    // Parents come before children, so one pass in document order marks every node under id.
    std::vector<std::string> under;
    if (!id.empty()) under.push_back(id);
    std::vector<std::string> out;
    for (const Node& n : nodes) {
        const bool inside = id.empty() ||
                            std::find(under.begin(), under.end(), n.parent) != under.end();
        if (!inside) continue;
        if (!id.empty()) under.push_back(n.id);
        if (n.level == level) out.push_back(n.id);
    }
    return out;
}

}  // namespace kinerja
