// Lookups in data tables.

#include "kinerja/plan/data_table.hpp"

namespace kinerja {
namespace {

// Rows are walked with explicit stacks, here and below: the depth of rows is not bounded until a plan
// is validated, and the walks must not depend on it.

// The first row with `id` in document order (a row before its sub-rows).
const DataRow* find_in(const std::vector<DataRow>& rows, std::string_view id) {
    std::vector<std::pair<const std::vector<DataRow>*, std::size_t>> stack{{&rows, 0}};
    while (!stack.empty()) {
        auto& [list, next] = stack.back();
        if (next == list->size()) {
            stack.pop_back();
            continue;
        }
        const DataRow& r = (*list)[next++];
        if (r.id == id) return &r;
        if (!r.rows.empty()) stack.emplace_back(&r.rows, 0);
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

DataRow::~DataRow() {
    if (rows.empty()) return;
    // Each row taken from `pending` gives its sub-rows to `pending` before it is destroyed, so no
    // destructor below this one has sub-rows to recurse into.
    std::vector<DataRow> pending = std::move(rows);
    while (!pending.empty()) {
        DataRow last = std::move(pending.back());
        pending.pop_back();
        for (DataRow& sub : last.rows) pending.push_back(std::move(sub));
        last.rows.clear();
    }
}

bool operator==(const DataRow& a, const DataRow& b) {
    std::vector<std::pair<const DataRow*, const DataRow*>> pending{{&a, &b}};
    while (!pending.empty()) {
        const auto [x, y] = pending.back();
        pending.pop_back();
        if (x->id != y->id || x->label != y->label || x->total != y->total ||
            !same_values(x->values, y->values) || x->rows.size() != y->rows.size())
            return false;
        for (std::size_t i = 0; i < x->rows.size(); ++i) pending.emplace_back(&x->rows[i], &y->rows[i]);
    }
    return true;
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
