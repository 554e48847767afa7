// Lookups in a Renstra.

#include "kinerja/plan/renstra.hpp"

#include <unordered_set>

namespace kinerja {

const Node* Renstra::find_node(std::string_view id) const {
    for (const Node& n : nodes)
        if (n.id == id) return &n;
    return nullptr;
}

const Indicator* Renstra::find_indicator(std::string_view id) const {
    for (const Indicator& i : indicators)
        if (i.id == id) return &i;
    return nullptr;
}

const DataTable* Renstra::find_table(std::string_view table_id, int year) const {
    for (const DataTable& t : tables)
        if (t.id == table_id && t.year == year) return &t;
    return nullptr;
}

std::vector<std::string> Renstra::descendants(std::string_view id, Level level) const {
    // Parents come before children, so one pass in document order marks every node under id. The
    // ids marked are a set, not a list to search: a program of 40,000 kegiatan is one pass, not a
    // square. (PlanIndex answers repeated calls without the pass.)
    std::unordered_set<std::string_view> under;
    if (!id.empty()) under.insert(id);
    std::vector<std::string> out;
    for (const Node& n : nodes) {
        const bool inside = id.empty() || under.count(n.parent) > 0;
        if (!inside) continue;
        if (!id.empty()) under.insert(n.id);
        if (n.level == level) out.push_back(n.id);
    }
    return out;
}

}  // namespace kinerja
