// The shape of printed material that the reviu's rules rely on.

#include "kinerja/reviu/printed_table.hpp"

#include <set>

#include "kinerja/plan/language.hpp"

namespace kinerja {
namespace {

[[noreturn]] void fail(const std::string& source, PlanLocation where, Message said) {
    std::string path = where.to_string();
    std::string reason = english(said);  // first: the arguments below are evaluated in no set order
    throw plan_error(source, std::move(path), std::move(where), std::move(reason), std::move(said));
}

void check_rows(const std::string& source, const PrintedTable& t, std::size_t i) {
    const bool levelled = !t.rows.empty() && t.rows.front().level != 0;
    int previous = 0;
    for (std::size_t k = 0; k < t.rows.size(); ++k) {
        const PrintedRow& row = t.rows[k];
        const auto at = [&](const char* field) {
            return PlanLocation{"printed_tables", i, {"rows", std::to_string(k), field}};
        };
        if (row.cells.size() != t.columns.size())
            fail(source, at("cells"),
                 Message{"error.printed.row_cells",
                         {{"columns", std::to_string(t.columns.size())},
                          {"cells", std::to_string(row.cells.size())}}});
        if ((row.level != 0) != levelled)
            fail(source, at("level"), Message{"error.printed.levels_all_or_none", {}});
        if (levelled) {
            if (row.level < 1 || row.level > previous + 1)
                fail(source, at("level"), Message{"error.printed.level_step", {}});
            previous = row.level;
        }
    }
}

}  // namespace

void validate(const PrintedReport& printed, const std::string& source) {
    std::set<std::string> ids;
    for (std::size_t i = 0; i < printed.tables.size(); ++i) {
        const PrintedTable& t = printed.tables[i];
        if (t.id.empty() || !ids.insert(t.id).second)
            fail(source, PlanLocation{"printed_tables", i, {"id"}},
                 Message{"error.printed.table_id", {{"id", t.id}}});
        for (std::size_t k = 0; k < t.columns.size(); ++k) {
            const PrintedColumn& col = t.columns[k];
            if (col.role == ColumnRole::share && (col.of == ColumnRole::share || col.of == ColumnRole::other))
                fail(source, PlanLocation{"printed_tables", i, {"columns", std::to_string(k), "of"}},
                     Message{"error.printed.share_of", {}});
        }
        check_rows(source, t, i);
    }
    for (std::size_t i = 0; i < printed.figures.size(); ++i) {
        const PrintedFigure& f = printed.figures[i];
        if (f.measure != "count" && !parse_column_role(f.measure))
            fail(source, PlanLocation{"printed_figures", i, {"measure"}},
                 Message{"error.printed.measure", {{"measure", f.measure}}});
        if (f.ref.empty())
            fail(source, PlanLocation{"printed_figures", i, {"ref"}}, Message{"error.printed.no_ref", {}});
    }
}

}  // namespace kinerja
