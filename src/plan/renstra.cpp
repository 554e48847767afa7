// Lookups in a Renstra.

#include "kinerja/plan/renstra.hpp"

#include <unordered_set>

#include "detail/closest.hpp"

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

const Node& Renstra::node(std::string_view id) const {
    if (const Node* n = find_node(id)) return *n;
    throw lookup_error(
        "node", std::string(id),
        detail::closest_ids(nodes, id, [](const Node& n) -> std::string_view { return n.id; }));
}

const Indicator& Renstra::indicator(std::string_view id) const {
    if (const Indicator* i = find_indicator(id)) return *i;
    throw lookup_error(
        "indicator", std::string(id),
        detail::closest_ids(indicators, id, [](const Indicator& i) -> std::string_view { return i.id; }));
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
    bool known = id.empty();
    for (const Node& n : nodes) {
        known = known || n.id == id || n.parent == id;  // a parent the plan lacks still has children
        const bool inside = id.empty() || under.count(n.parent) > 0;
        if (!inside) continue;
        if (!id.empty()) under.insert(n.id);
        if (n.level == level) out.push_back(n.id);
    }
    // An id nothing names would give no nodes, as a leaf does: the caller could not tell a typo.
    if (!known) (void)node(id);
    return out;
}

}  // namespace kinerja
