// Lookups in data tables.

#include "kinerja/plan/data_table.hpp"

namespace kinerja {
namespace {

const DataRow* find_in(const std::vector<DataRow>& rows, std::string_view id) {
    for (const DataRow& r : rows) {
        if (r.id == id) return &r;
        if (const DataRow* sub = find_in(r.rows, id)) return sub;
    }
    return nullptr;
}

bool same_values(const std::map<std::string, Decimal>& a, const std::map<std::string, Decimal>& b) {
    if (a.size() != b.size()) return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
        if (i->first != j->first || i->second != j->second || i->second.scale() != j->second.scale())
            return false;
    return true;
}

}  // namespace

bool operator==(const DataRow& a, const DataRow& b) {
    return a.id == b.id && a.label == b.label && a.total == b.total && same_values(a.values, b.values) &&
           a.rows == b.rows;
}

const DataRow* DataTable::find_row(std::string_view row_id) const { return find_in(rows, row_id); }

std::optional<Decimal> DataTable::value(std::string_view row_id, std::string_view column) const {
    const DataRow* row = find_row(row_id);
    if (row == nullptr) return std::nullopt;
    const auto it = row->values.find(std::string(column));
    if (it == row->values.end()) return std::nullopt;
    return it->second;
}

}  // namespace kinerja
