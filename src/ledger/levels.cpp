// The names of the ledger's levels and fields.

#include "kinerja/ledger/levels.hpp"

namespace kinerja {

std::string_view to_string(LedgerLevel level) noexcept {
    switch (level) {
        case LedgerLevel::sub_kegiatan: return "sub_kegiatan";
        case LedgerLevel::kegiatan: return "kegiatan";
        case LedgerLevel::program: return "program";
        case LedgerLevel::body: return "body";
        case LedgerLevel::region: return "region";
        case LedgerLevel::province: return "province";
        case LedgerLevel::nation: return "nation";
    }
    return "?";
}

std::optional<LedgerLevel> parse_ledger_level(std::string_view name) noexcept {
    for (int i = 0; i <= static_cast<int>(LedgerLevel::nation); ++i)
        if (to_string(static_cast<LedgerLevel>(i)) == name) return static_cast<LedgerLevel>(i);
    return std::nullopt;
}

std::string_view to_string(LedgerField field) noexcept {
    switch (field) {
        case LedgerField::province: return "province";
        case LedgerField::region: return "region";
        case LedgerField::body: return "body";
        case LedgerField::code: return "code";
    }
    return "?";
}

std::optional<LedgerField> parse_ledger_field(std::string_view name) noexcept {
    for (int i = 0; i <= static_cast<int>(LedgerField::code); ++i)
        if (to_string(static_cast<LedgerField>(i)) == name) return static_cast<LedgerField>(i);
    return std::nullopt;
}
}  // namespace kinerja
