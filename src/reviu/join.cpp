// Joining printed rows to a plan by their labels (kinerja/reviu/join.hpp). The passes, table by table:
// exact names over the whole plan, then fuzzy names and elimination group by group (the rows under one
// parent row), top down, then the total and mean rows. Every row gets one JoinedRow saying what became
// of it.

#include "kinerja/reviu/join.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kinerja/core/error.hpp"
#include "kinerja/detail/utf8.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_roman(char c) {
    return c == 'i' || c == 'v' || c == 'x' || c == 'I' || c == 'V' || c == 'X' || c == 'l' || c == 'L';
}

// The length of a numbering prefix at the start of \p s ("1)", "(2)", "1.1", "1.1.", "a.", "b)",
// "IV."), up to the blank after it; 0 when there is none. A bare number counts only when a blank
// follows and text follows that ("2 PROGRAM ..."), so a label that is a number is kept.
std::size_t numbering_prefix(std::string_view s) {
    std::size_t i = 0;
    const bool open = !s.empty() && s[0] == '(';
    if (open) ++i;
    const std::size_t start = i;
    bool digits = false;
    while (i < s.size() &&
           (is_digit(s[i]) || (digits && s[i] == '.' && i + 1 < s.size() && is_digit(s[i + 1])))) {
        digits = digits || is_digit(s[i]);
        ++i;
    }
    if (!digits) {
        // One letter, or a roman numeral, closed by "." or ")".
        if (i < s.size() && is_ascii_letter(s[i])) {
            std::size_t j = i + 1;
            if (is_roman(s[i]))
                while (j < s.size() && is_roman(s[j]) && j - start < 5) ++j;
            if (j < s.size() && (s[j] == '.' || s[j] == ')')) {
                // "a. " or "II) ": the mark must end the token.
                if (j + 1 == s.size() || is_blank(s[j + 1])) return j + 1;
            }
        }
        return 0;
    }
    bool marked = open;
    if (i < s.size() && (s[i] == '.' || s[i] == ')')) {
        marked = true;
        ++i;
        if (i < s.size() && s[i] == ')') ++i;
    }
    if (i < s.size() && !is_blank(s[i])) return 0;  // "1a", "2019/2020": part of the label
    if (!marked) {
        // A bare number: only as a prefix of more text.
        std::size_t j = i;
        while (j < s.size() && is_blank(s[j])) ++j;
        if (j == s.size()) return 0;
    }
    return i;
}

// Words the label of a program or kegiatan row starts with, which the plan's names may lack.
bool level_word(const std::string& w) { return w == "program" || w == "kegiatan"; }

// A thing a row may be joined to.
struct Candidate {
    std::string ref;
    std::string name;    // as the plan names it
    std::string key;     // normalised
    std::string fuzzy;   // the key cut to max_label_bytes
    int kind = 0;        // a node's Level, or kind_indicator, kind_class
    std::string parent;  // the node it hangs under: a node's parent, an indicator's node
};
constexpr int kind_indicator = 100;
constexpr int kind_class = 101;

// The edit distance of a and b if it is at most k, else k + 1: a band of 2k + 1 diagonals, so a
// comparison costs O(k x length) rather than O(length^2).
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t k) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > k) return k + 1;
    // A common beginning and end cost nothing: near-equal labels leave little to compare.
    while (!a.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    const std::size_t big = k + 1;
    std::vector<std::size_t> prev(m + 1, big);
    std::vector<std::size_t> cur(m + 1, big);
    for (std::size_t j = 0; j <= std::min(m, k); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        // Only the band is written; the cells just outside it are set to "too far" so that the next
        // row reads no stale value.
        const std::size_t lo = i > k ? i - k : 0;
        const std::size_t hi = std::min(m, i + k);
        std::size_t best = big;
        if (lo == 0)
            best = cur[0] = i;
        else
            cur[lo - 1] = big;
        for (std::size_t j = std::max<std::size_t>(lo, 1); j <= hi; ++j) {
            std::size_t d = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            d = std::min(d, prev[j] + 1);
            d = std::min(d, cur[j - 1] + 1);
            cur[j] = std::min(d, big);
            best = std::min(best, cur[j]);
        }
        if (hi + 1 <= m) cur[hi + 1] = big;
        if (best > k) return big;  // every path already costs more than k
        std::swap(prev, cur);
    }
    return std::min(prev[m], big);
}

// The similarity as label_similarity gives it, or -1 when it is below \p threshold (cheaper: the
// distance is bounded by what the threshold allows).
int similarity_at_least(std::string_view a, std::string_view b, int threshold) {
    const std::size_t longer = std::max(a.size(), b.size());
    if (longer == 0) return 100;
    // score >= threshold  <=>  100 x (longer - d) >= threshold x longer (scores round down).
    const std::size_t k = longer * static_cast<std::size_t>(100 - threshold) / 100;
    const std::size_t d = bounded_distance(a, b, k);
    if (d > k) return -1;
    const int score = static_cast<int>(100 * (longer - d) / longer);
    return score >= threshold ? score : -1;
}

// The printed name of a spending class: "belanja_langsung" -> "BELANJA LANGSUNG", "modal" ->
// "BELANJA MODAL".
std::string class_name(SpendingClass c) {
    std::string name(to_string(c));
    std::replace(name.begin(), name.end(), '_', ' ');
    if (name.rfind("belanja ", 0) != 0) name = "belanja " + name;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) {
        return static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
    });
    return name;
}

struct Plan {
    std::vector<Candidate> all;
    std::unordered_map<std::string, std::vector<std::size_t>> by_key;
    std::unordered_map<std::string, std::size_t> by_ref;
    std::unordered_map<std::string, std::vector<std::size_t>> under;  // node id -> candidates under it
    std::string body;                                                 // the body's name for "body"
    std::map<int, std::set<std::string>> classes;  // by year, the refs of the classes the budget has lines of

    Plan(const Renstra& plan, const JoinOptions& options)
        : body(plan.body.name.empty() ? options.lang.text("reviu.join.the_body") : plan.body.name) {
        const auto add = [&](std::string ref, std::string name, int kind, std::string parent) {
            Candidate c;
            c.ref = std::move(ref);
            c.name = std::move(name);
            c.key = normalize_label(c.name);
            c.fuzzy = std::string(detail::prefix_on_boundary(c.key, options.max_label_bytes));
            c.kind = kind;
            c.parent = std::move(parent);
            // A duplicated id: the first is the one find_node gives.
            if (c.key.empty() || by_ref.count(c.ref)) return;
            const std::size_t at = all.size();
            by_ref.emplace(c.ref, at);
            by_key[c.key].push_back(at);
            if (!c.parent.empty()) under[c.parent].push_back(at);
            all.push_back(std::move(c));
        };
        for (const Node& n : plan.nodes) add(n.id, n.name, static_cast<int>(n.level), n.parent);
        for (const Indicator& i : plan.indicators) add("indicator:" + i.id, i.name, kind_indicator, i.node);
        for (const auto& e : EnumTable<SpendingClass>::entries)
            add("class:" + std::string(e.name), class_name(e.value), kind_class, {});
        for (const BudgetLine& line : plan.budget)
            classes[line.year].insert("class:" + std::string(to_string(line.spending)));
    }
};

// Money columns make a table one of the budget: its top total is the body's.
bool budget_table(const PrintedTable& t) {
    return std::any_of(t.columns.begin(), t.columns.end(), [](const PrintedColumn& c) {
        return c.role == ColumnRole::anggaran || c.role == ColumnRole::sisa;
    });
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// One table's join. The rows' decisions are written into `out` (one per row) and the refs into `t`.
class TableJoin final {
public:
    TableJoin(PrintedTable& t, const Plan& plan, const JoinOptions& options, std::size_t& comparisons)
        : t_(t), plan_(plan), options_(options), comparisons_(comparisons) {}

    std::vector<JoinedRow> run() {
        const std::size_t n = t_.rows.size();
        out_.resize(n);
        keys_.resize(n);
        parent_.assign(n, npos);
        taken_.assign(n, false);
        for (std::size_t r = 0; r < n; ++r) {
            const PrintedRow& row = t_.rows[r];
            JoinedRow& j = out_[r];
            j.table = t_.id;
            j.row = r;
            j.label = row.label;
            keys_[r] = normalize_label(row.label);
            // The nearest row above at a lower level is the parent (levels as the reviu reads them).
            if (row.level > 1)
                for (std::size_t k = r; k-- > 0;)
                    if (t_.rows[k].level > 0 && t_.rows[k].level < row.level) {
                        parent_[r] = k;
                        break;
                    }
            if (!row.ref.empty()) {
                j.how = JoinHow::kept;
                set(r, row.ref, JoinHow::kept);
            } else if (is_total_label(row.label) || is_mean_label(row.label)) {
                j.how = JoinHow::not_plan;  // for now: the totals' pass decides
            } else if (keys_[r].empty()) {
                j.how = JoinHow::not_plan;
                j.reason = L().text("reviu.join.blank");
            } else {
                j.how = JoinHow::unmatched;
                j.reason = L().text("reviu.join.no_close");
            }
        }
        for (std::size_t r = 0; r < n; ++r)
            if (open(r)) exact(r);
        // Groups top down: a parent row comes before its children, so a group's parent is settled
        // before the group is.
        std::map<std::size_t, std::vector<std::size_t>> groups;
        for (std::size_t r = 0; r < n; ++r)
            if (data_row(r)) groups[parent_[r] == npos ? 0 : parent_[r] + 1].push_back(r);
        for (auto& [key, rows] : groups) {
            fuzzy(key == 0 ? npos : key - 1, rows);
            eliminate(key == 0 ? npos : key - 1, rows);
        }
        for (std::size_t r = 0; r < n; ++r) summary(r);
        return std::move(out_);
    }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    const Language& L() const { return options_.lang; }

    bool data_row(std::size_t r) const {
        return !is_total_label(t_.rows[r].label) && !is_mean_label(t_.rows[r].label) && !keys_[r].empty();
    }
    // A row whose exact name is taken by another row is a duplicate: it is not matched to a neighbour.
    bool open(std::size_t r) const { return out_[r].how == JoinHow::unmatched && data_row(r) && !taken_[r]; }

    void set(std::size_t r, const std::string& ref, JoinHow how, int score = 0) {
        JoinedRow& j = out_[r];
        j.how = how;
        j.ref = ref;
        j.score = score;
        j.candidates.clear();
        j.reason.clear();
        const auto it = plan_.by_ref.find(ref);
        j.name = ref == "body" ? plan_.body : it == plan_.by_ref.end() ? "" : plan_.all[it->second].name;
        t_.rows[r].ref = ref;
        used_.insert(ref);
    }

    // The node id of the row's parent row's ref, when that is a node (or an indicator's node: no).
    std::string parent_node(std::size_t r) const {
        if (parent_[r] == npos) return {};
        const std::string& ref = t_.rows[parent_[r]].ref;
        const auto it = plan_.by_ref.find(ref);
        if (it == plan_.by_ref.end() || plan_.all[it->second].kind >= kind_indicator) return {};
        return ref;
    }

    // Exact names over the whole plan, so that a kegiatan printed under the wrong program is still
    // joined (and the reviu says so: plan.extra_row). Several plan things of the name: the ones under
    // the parent row's node first, then nodes before indicators (an indicator named as its kegiatan
    // is read through the node).
    void exact(std::size_t r) {
        const auto it = plan_.by_key.find(keys_[r]);
        if (it == plan_.by_key.end()) return;
        std::vector<std::size_t> free;
        for (const std::size_t c : it->second)
            if (!used_.count(plan_.all[c].ref)) free.push_back(c);
        if (free.empty()) {
            taken_[r] = true;
            out_[r].reason =
                L().format("reviu.join.taken", {{"ref", quoted(plan_.all[it->second.front()].ref)}});
            return;
        }
        const std::string parent = parent_node(r);
        const auto narrow = [&](auto keep) {
            std::vector<std::size_t> kept;
            for (const std::size_t c : free)
                if (keep(plan_.all[c])) kept.push_back(c);
            if (!kept.empty()) free = std::move(kept);
        };
        if (!parent.empty()) narrow([&](const Candidate& c) { return c.parent == parent; });
        narrow([](const Candidate& c) { return c.kind < kind_indicator; });
        if (free.size() == 1) return set(r, plan_.all[free.front()].ref, JoinHow::exact, 100);
        JoinedRow& j = out_[r];
        j.how = JoinHow::ambiguous;
        j.score = 100;
        for (const std::size_t c : free) j.candidates.push_back(plan_.all[c].ref);
        j.reason = L().format("reviu.join.several", {{"n", std::to_string(free.size())}});
    }

    // What the rows of a group may be joined to: the children (and indicators) of the parent row's
    // node; under no node, the whole plan, narrowed to one kind when the group's joined rows are all of
    // that kind (programs among programs).
    std::vector<std::size_t> allowed(std::size_t parent, const std::vector<std::size_t>& rows) const {
        std::vector<std::size_t> out;
        const std::string node = parent == npos ? std::string() : parent_node(rows.front());
        if (!node.empty()) {
            const auto it = plan_.under.find(node);
            if (it != plan_.under.end())
                for (const std::size_t c : it->second)
                    if (!used_.count(plan_.all[c].ref)) out.push_back(c);
            return out;
        }
        std::set<int> kinds;
        for (const std::size_t r : rows) {
            const auto it = plan_.by_ref.find(t_.rows[r].ref);
            if (it != plan_.by_ref.end()) kinds.insert(plan_.all[it->second].kind);
        }
        for (std::size_t c = 0; c < plan_.all.size(); ++c)
            if (!used_.count(plan_.all[c].ref) && (kinds.size() != 1 || plan_.all[c].kind == *kinds.begin()))
                out.push_back(c);
        return out;
    }

    void fuzzy(std::size_t parent, const std::vector<std::size_t>& rows) {
        std::vector<std::size_t> todo;
        for (const std::size_t r : rows)
            if (open(r)) todo.push_back(r);
        if (todo.empty()) return;
        const std::vector<std::size_t> cands = allowed(parent, rows);
        if (cands.size() > options_.max_candidates) {
            for (const std::size_t r : todo)
                out_[r].reason = L().format(
                    "reviu.join.too_many",
                    {{"n", std::to_string(cands.size())}, {"max", std::to_string(options_.max_candidates)}});
            return;
        }
        struct Pair {
            int score;
            std::size_t row;
            std::size_t cand;
        };
        std::vector<Pair> pairs;
        std::map<std::size_t, std::vector<Pair>> of_row;
        for (const std::size_t r : todo) {
            const std::string_view key = detail::prefix_on_boundary(keys_[r], options_.max_label_bytes);
            // A row is compared with all its candidates or with none: its best among some could be the
            // wrong one, and its ambiguity unseen.
            if (comparisons_ + cands.size() > options_.max_comparisons) {
                out_[r].reason =
                    L().format("reviu.join.budget", {{"max", std::to_string(options_.max_comparisons)}});
                continue;
            }
            comparisons_ += cands.size();
            for (const std::size_t c : cands) {
                const int s = similarity_at_least(key, plan_.all[c].fuzzy, options_.threshold);
                if (s < 0) continue;
                pairs.push_back({s, r, c});
                of_row[r].push_back({s, r, c});
            }
        }
        // The closest pairs first; a row and a plan thing are taken once.
        std::stable_sort(pairs.begin(), pairs.end(),
                         [](const Pair& a, const Pair& b) { return a.score > b.score; });
        std::set<std::size_t> done;
        for (const Pair& p : pairs) {
            if (done.count(p.row) || used_.count(plan_.all[p.cand].ref)) continue;
            done.insert(p.row);
            std::vector<std::size_t> close;
            for (const Pair& q : of_row[p.row])
                if (q.cand != p.cand && !used_.count(plan_.all[q.cand].ref) &&
                    q.score + options_.margin >= p.score)
                    close.push_back(q.cand);
            if (close.empty()) {
                set(p.row, plan_.all[p.cand].ref, JoinHow::fuzzy, p.score);
                continue;
            }
            JoinedRow& j = out_[p.row];
            j.how = JoinHow::ambiguous;
            j.score = p.score;
            j.candidates = {plan_.all[p.cand].ref};
            for (const std::size_t c : close) j.candidates.push_back(plan_.all[c].ref);
            j.reason = L().format("reviu.join.equally_close", {{"n", std::to_string(j.candidates.size())},
                                                               {"score", std::to_string(p.score)},
                                                               {"margin", std::to_string(options_.margin)}});
        }
    }

    // The node a group's rows hang under: the parent row's, or for the top rows, the one parent every
    // joined row's node shares (a Bab III table of one program's kegiatan).
    std::string group_node(std::size_t parent, const std::vector<std::size_t>& rows) const {
        if (parent != npos) return parent_node(rows.front());
        std::string common;
        bool any = false;
        for (const std::size_t r : rows) {
            if (!joined(out_[r].how)) continue;
            const auto it = plan_.by_ref.find(t_.rows[r].ref);
            if (it == plan_.by_ref.end() || plan_.all[it->second].kind >= kind_indicator) return {};
            const std::string& p = plan_.all[it->second].parent;
            if (p.empty() || (any && p != common)) return {};
            common = p;
            any = true;
        }
        return common;
    }

    void eliminate(std::size_t parent, const std::vector<std::size_t>& rows) {
        std::vector<std::size_t> left;
        for (const std::size_t r : rows)
            if (!joined(out_[r].how)) left.push_back(r);
        if (left.size() != 1 || !open(left.front())) return;
        const std::string node = group_node(parent, rows);
        if (node.empty()) return;
        const auto it = plan_.under.find(node);
        if (it == plan_.under.end()) return;
        std::vector<std::size_t> children;
        for (const std::size_t c : it->second)
            if (plan_.all[c].kind < kind_indicator && !used_.count(plan_.all[c].ref)) children.push_back(c);
        if (children.size() == 1) set(left.front(), plan_.all[children.front()].ref, JoinHow::elimination);
    }

    // A total row stands for what its rows make up: the node they all belong to, or in a table of
    // money, the body; only when each of its rows is joined, else it names no plan thing. A mean row
    // never does.
    void summary(std::size_t r) {
        const PrintedRow& row = t_.rows[r];
        JoinedRow& j = out_[r];
        if (!row.ref.empty() || keys_[r].empty() || data_row(r)) return;
        if (is_mean_label(row.label)) {
            j.reason = L().text("reviu.join.mean");
            return;
        }
        // The rows it closes: those of its group (same parent row) other than totals and means.
        std::vector<std::size_t> rows;
        std::size_t unjoined = 0;
        for (std::size_t k = 0; k < t_.rows.size(); ++k)
            if (k != r && parent_[k] == parent_[r] && data_row(k) &&
                (parent_[r] != npos || t_.rows[k].level <= std::max(row.level, 1))) {
                rows.push_back(k);
                if (!joined(out_[k].how)) ++unjoined;
            }
        if (rows.empty()) {
            j.reason = L().text("reviu.join.total_empty");
            return;
        }
        if (unjoined > 0) {
            j.reason = L().format("reviu.join.total_unjoined", {{"unjoined", std::to_string(unjoined)},
                                                                {"rows", std::to_string(rows.size())}});
            return;
        }
        if (parent_[r] != npos) {
            j.reason = L().text("reviu.join.total_inside");
            return;
        }
        const std::string node = group_node(npos, rows);
        if (!node.empty() && !used_.count(node)) {
            set(r, node, JoinHow::total);
            j.reason = L().text("reviu.join.total_under");
            return;
        }
        // The body's total adds up things apart (classes, programs), not a program and its own kegiatan.
        std::set<std::string> refs;
        for (const std::size_t k : rows) refs.insert(t_.rows[k].ref);
        for (const std::size_t k : rows) {
            const auto it = plan_.by_ref.find(t_.rows[k].ref);
            if (it != plan_.by_ref.end() && refs.count(plan_.all[it->second].parent)) {
                j.reason = L().format("reviu.join.total_parts",
                                      {{"ref", t_.rows[k].ref}, {"parent", plan_.all[it->second].parent}});
                return;
            }
        }
        // The whole budget only when its rows are every spending class the budget has that year: a
        // total of the programs alone is belanja langsung's, not the body's, and the table's own
        // arithmetic checks it anyway.
        if (budget_table(t_) && !used_.count("body")) {
            const auto year = t_.year ? plan_.classes.find(*t_.year) : plan_.classes.end();
            const bool whole =
                year != plan_.classes.end() &&
                std::includes(refs.begin(), refs.end(), year->second.begin(), year->second.end());
            if (whole) {
                set(r, "body", JoinHow::total);
                j.reason = L().text("reviu.join.total_body");
                return;
            }
            j.reason = t_.year
                           ? L().format("reviu.join.total_part_budget", {{"year", std::to_string(*t_.year)}})
                           : L().text("reviu.join.total_no_year");
            return;
        }
        j.reason = L().text("reviu.join.total_none");
    }

    PrintedTable& t_;
    const Plan& plan_;
    const JoinOptions& options_;
    std::size_t& comparisons_;
    std::vector<JoinedRow> out_;
    std::vector<std::string> keys_;
    std::vector<std::size_t> parent_;
    std::vector<bool> taken_;
    std::set<std::string> used_;
};

std::string finding_message(const JoinedRow& j, const Language& L) {
    const std::string to = j.name.empty()
                               ? L.format("reviu.join.to", {{"ref", j.ref}})
                               : L.format("reviu.join.to_named", {{"ref", j.ref}, {"name", quoted(j.name)}});
    switch (j.how) {
        case JoinHow::exact:
            return L.format("reviu.join.exact", {{"to", to}});
        case JoinHow::fuzzy:
            return L.format("reviu.join.fuzzy", {{"to", to}, {"score", std::to_string(j.score)}});
        case JoinHow::elimination:
            return L.format("reviu.join.elimination", {{"to", to}});
        case JoinHow::total:
            return L.format("reviu.join.total", {{"to", to}, {"reason", j.reason}});
        case JoinHow::ambiguous: {
            std::string candidates;
            for (std::size_t k = 0; k < j.candidates.size(); ++k)
                candidates += (k ? ", " : "") + j.candidates[k];
            return L.format("reviu.join.ambiguous", {{"reason", j.reason}, {"candidates", candidates}});
        }
        case JoinHow::unmatched:
        case JoinHow::not_plan:
            return L.format("reviu.join.not_joined", {{"reason", j.reason}});
        case JoinHow::kept:
            break;
    }
    return to;
}

}  // namespace

std::string normalize_label(std::string_view label) {
    // Numbering prefixes first, while their marks ("1)", "a.") are still there.
    std::string_view s = label;
    for (int k = 0; k < 3; ++k) {
        while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
        const std::size_t n = numbering_prefix(s);
        if (n == 0) break;
        s.remove_prefix(n);
    }
    // Letters and digits kept (other than ASCII: kept as they are, but for blanks and punctuation of
    // U+2000-U+206F, U+00A0 and U+3000), everything else a word break.
    std::vector<std::string> words(1);
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len = 1;
        if (c >= 0x80) {
            while (i + len < s.size() && detail::is_continuation(static_cast<unsigned char>(s[i + len])))
                ++len;
            const std::string_view ch = s.substr(i, len);
            const bool space =
                ch == "\xC2\xA0" || ch == "\xE3\x80\x80" ||
                (len == 3 && c == 0xE2 &&
                 (static_cast<unsigned char>(ch[1]) == 0x80 ||
                  (static_cast<unsigned char>(ch[1]) == 0x81 && static_cast<unsigned char>(ch[2]) <= 0xAF)));
            if (ch == "\xC2\xAD") {
                // A soft hyphen is invisible: it breaks nothing.
            } else if (space) {
                if (!words.back().empty()) words.emplace_back();
            } else {
                words.back().append(ch);
            }
        } else if (is_digit(static_cast<char>(c)) || is_ascii_letter(static_cast<char>(c))) {
            words.back().push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
        } else if (!words.back().empty()) {
            words.emplace_back();
        }
        i += len;
    }
    if (words.back().empty()) words.pop_back();
    // Spaced-out letters ("J U M L A H"): a run of three or more one-letter words is one word.
    std::vector<std::string> joined_words;
    for (std::size_t i = 0; i < words.size();) {
        std::size_t j = i;
        while (j < words.size() && words[j].size() == 1 && is_ascii_letter(words[j][0])) ++j;
        if (j - i >= 3) {
            std::string w;
            for (std::size_t k = i; k < j; ++k) w += words[k];
            joined_words.push_back(std::move(w));
            i = j;
        } else {
            joined_words.push_back(std::move(words[i]));
            ++i;
        }
    }
    std::size_t from = 0;
    if (joined_words.size() > 2 && joined_words[0] == "sub" && joined_words[1] == "kegiatan")
        from = 2;
    else if (joined_words.size() > 1 && level_word(joined_words[0]))
        from = 1;
    std::string out;
    for (std::size_t k = from; k < joined_words.size(); ++k) {
        if (!out.empty()) out.push_back(' ');
        out += joined_words[k];
    }
    return out;
}

int label_similarity(std::string_view a, std::string_view b) {
    const std::size_t longer = std::max(a.size(), b.size());
    if (longer == 0) return 100;
    const std::size_t d = bounded_distance(a, b, longer);
    return static_cast<int>(100 * (longer - d) / longer);
}

JoinResult join_to_plan(const PrintedReport& printed, const Renstra& plan, const JoinOptions& options) {
    if (options.threshold < 1 || options.threshold > 100) {
        Message said{"error.join.threshold", {{"threshold", std::to_string(options.threshold)}}};
        throw value_error(english(said), said);
    }
    if (options.margin < 0 || options.margin > 100) {
        Message said{"error.join.margin", {{"margin", std::to_string(options.margin)}}};
        throw value_error(english(said), said);
    }
    const Plan candidates(plan, options);
    JoinResult result;
    result.printed = printed;
    std::size_t comparisons = 0;
    for (PrintedTable& t : result.printed.tables) {
        std::vector<JoinedRow> rows = TableJoin(t, candidates, options, comparisons).run();
        result.rows.insert(result.rows.end(), std::make_move_iterator(rows.begin()),
                           std::make_move_iterator(rows.end()));
    }
    return result;
}

std::vector<Finding> join_findings(const JoinResult& result, const Language& lang) {
    std::vector<Finding> out;
    for (const JoinedRow& j : result.rows) {
        if (j.how == JoinHow::kept) continue;
        Finding f;
        f.rule = "join." + std::string(to_string(j.how));
        f.severity = Severity::note;
        f.table = j.table;
        f.row = j.label;
        f.expected = j.ref;
        f.message = finding_message(j, lang);
        out.push_back(std::move(f));
    }
    return out;
}

namespace {

// The join's rule ids, in the order `kinerja rules` lists them; each one's description is the message
// "rule.<id>". messages: prefix "rule.join."
constexpr std::string_view join_rule_ids[] = {"join.exact",   "join.fuzzy",     "join.elimination",
                                              "join.total",   "join.ambiguous", "join.unmatched",
                                              "join.not_plan"};

}  // namespace

const std::vector<std::pair<std::string_view, std::string_view>>& join_rules() {
    // The catalogue's texts live as long as the program, so views of them can be kept.
    static const std::vector<std::pair<std::string_view, std::string_view>> rules = [] {
        const Language id;
        std::vector<std::pair<std::string_view, std::string_view>> out;
        for (const std::string_view rule : join_rule_ids)
            out.emplace_back(rule, id.text("rule." + std::string(rule)));
        return out;
    }();
    return rules;
}

std::vector<std::pair<std::string, std::string>> join_rules(const Language& lang) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string_view rule : join_rule_ids)
        out.emplace_back(std::string(rule), lang.text("rule." + std::string(rule)));
    return out;
}

}  // namespace kinerja
