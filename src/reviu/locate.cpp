// Fellegi-Holt error localization (docs/locate.md).
//
// The search is a branch and bound over sets S of figures declared wrong. The blanks, free in every
// trial, are eliminated once per cluster; a set is then tried by holding every other figure at its
// printed value and solving what remains of the linear edits for S exactly (sparse Gauss-Jordan
// elimination over Boost's cpp_rational), then checking the rounded edits the values determine (one
// with a figure left free is assumed satisfiable: docs/locate.md says why). When the set fails, the
// failure names a derived edit, a combination of edits in which every figure of S has cancelled: any
// larger set that can succeed must free one of the figures that derived edit still holds, so the
// search branches on exactly those (each branch also forbids the figures of the branches before it,
// so no set is tried twice). Pairwise disjoint failures give a lower bound on the weight and on the
// number of culprits that must still be added. The search deepens on weight (IDA*): each pass
// explores only the branches whose bound is within its budget, the next budget being the least bound
// cut off, so the first pass that finds explanations finds every one of least weight without first
// running deep into branches a light explanation cuts (docs/locate.md, "The search").
//
// Why not Eigen: the systems are tiny and sparse (a figure is in two or three edits), the
// elimination must also say which edits a contradiction combines (to branch on), and an Eigen matrix
// over an exact scalar needs the wrapper report/compare.cpp shows for Boost 1.74 with Eigen 3.4;
// sorted sparse rows of rationals do the elimination in a few lines without it.

#include "kinerja/reviu/locate.hpp"

#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

#include "detail/boost_int.hpp"

namespace kinerja {

// --- building the system ---

VariableId EditSystem::add_variable(std::string name, std::optional<Decimal> printed, std::int64_t weight,
                                    int decimals) {
    if (weight < 1) throw value_error("a variable's weight must be at least 1");
    if (decimals < -1 || decimals > Decimal::max_scale)
        throw value_error("a variable's decimals must be -1 or between 0 and 18");
    variables_.push_back(EditVariable{std::move(name), printed, weight, false, decimals});
    return variables_.size() - 1;
}

VariableId EditSystem::add_fixed(std::string name, Decimal value) {
    variables_.push_back(EditVariable{std::move(name), value, locate_weight::printed, true, -1});
    return variables_.size() - 1;
}

void EditSystem::check(const LinearForm& form) const {
    for (const Term& t : form.terms) {
        if (t.variable >= variables_.size()) throw value_error("an edit names a variable the system lacks");
        if (t.coefficient.denominator == 0) throw value_error("a coefficient's denominator must not be 0");
    }
}

EditId EditSystem::add_linear(std::string name, LinearForm form) {
    check(form);
    Edit e;
    e.name = std::move(name);
    e.kind = EditKind::linear;
    e.form = std::move(form);
    edits_.push_back(std::move(e));
    return edits_.size() - 1;
}

EditId EditSystem::add_sum(std::string name, VariableId total, const std::vector<VariableId>& parts) {
    LinearForm f;
    for (VariableId p : parts) f.terms.push_back(Term{p, 1});
    f.terms.push_back(Term{total, -1});
    return add_linear(std::move(name), std::move(f));
}

EditId EditSystem::add_difference(std::string name, VariableId result, VariableId a, VariableId b) {
    return add_linear(std::move(name), LinearForm{{{a, 1}, {b, -1}, {result, -1}}, Decimal()});
}

EditId EditSystem::add_rounded(std::string name, VariableId target, LinearForm numerator,
                               LinearForm denominator, int decimals) {
    if (target >= variables_.size()) throw value_error("an edit names a variable the system lacks");
    if (decimals < -1 || decimals > Decimal::max_scale)
        throw value_error("a rounded edit's decimals must be -1 or between 0 and 18");
    check(numerator);
    check(denominator);
    Edit e;
    e.name = std::move(name);
    e.kind = EditKind::rounded;
    e.form = std::move(numerator);
    e.target = target;
    e.denominator = std::move(denominator);
    e.decimals = decimals;
    edits_.push_back(std::move(e));
    return edits_.size() - 1;
}

EditId EditSystem::add_ratio(std::string name, VariableId target, VariableId numerator,
                             VariableId denominator, std::int64_t factor) {
    return add_rounded(std::move(name), target, LinearForm{{{numerator, factor}}, Decimal()},
                       LinearForm{{{denominator, 1}}, Decimal()}, -1);
}

LocateStatus Localization::status() const noexcept {
    // The order of badness: a cluster nobody can explain, one the limits cut off, one undecided.
    LocateStatus worst = LocateStatus::consistent;
    const auto rank = [](LocateStatus s) {
        switch (s) {
            case LocateStatus::consistent:
                return 0;
            case LocateStatus::located:
                return 1;
            case LocateStatus::ambiguous:
                return 2;
            case LocateStatus::too_many:
                return 3;
            case LocateStatus::unexplainable:
                return 4;
        }
        return 0;
    };
    for (const LocateCluster& c : clusters)
        if (rank(c.status) > rank(worst)) worst = c.status;
    return worst;
}

namespace {

namespace mp = boost::multiprecision;
using Q = mp::cpp_rational;
using Z = mp::cpp_int;

Z pow10(int n) { return detail::pow10_big<Z>(n); }
Q rational(const Decimal& d) { return Q(detail::to_big<Z>(d.coefficient()), pow10(d.scale())); }
Q rational(const Fraction& f) { return Q(Z(f.numerator), Z(f.denominator)); }

// q rounded half-up (away from zero) at `decimals`, as an exact rational.
Q rounded(const Q& q, int decimals) {
    const Z scale = pow10(decimals);
    const Z n = mp::numerator(q) * scale;
    return Q(detail::divide_rounded(n, Z(mp::denominator(q)), Rounding::half_up), scale);
}

// A Decimal of q: exact at the fewest decimals (but at least `decimals`) when q is a decimal fraction
// of at most 18 places, else rounded half-up at `decimals`; empty beyond 38 digits.
std::pair<std::optional<Decimal>, bool> to_decimal(const Q& q, int decimals) {
    bool exact = false;
    int k = 0;
    for (; k <= Decimal::max_scale; ++k) {
        if (pow10(k) % mp::denominator(q) == 0) {
            exact = true;
            break;
        }
    }
    const int scale = exact ? std::max(k, decimals) : decimals;
    const Z coefficient =
        detail::divide_rounded(Z(mp::numerator(q) * pow10(scale)), Z(mp::denominator(q)), Rounding::half_up);
    if (mp::abs(coefficient) > detail::to_big<Z>(detail::max_coefficient)) return {std::nullopt, exact};
    return {Decimal(detail::from_big(coefficient), scale), exact};
}

// A linear form with its terms merged and rationals computed once.
struct Form {
    std::vector<std::pair<VariableId, Q>> terms;  // sorted by variable, no zero coefficient
    Q constant;
};

Form compile(const LinearForm& f) {
    std::map<VariableId, Q> merged;
    for (const Term& t : f.terms) merged[t.variable] += rational(t.coefficient);
    Form out;
    for (auto& [v, c] : merged)
        if (c != 0) out.terms.emplace_back(v, std::move(c));
    out.constant = rational(f.constant);
    return out;
}

// A sparse row of the elimination: coefficients on free variables (by column), the right-hand side,
// and the combination of edits it is (so that a contradiction can name the figures it holds).
using Sparse = std::vector<std::pair<std::size_t, Q>>;

// a + f * b, both sorted by index.
Sparse axpy(const Sparse& a, const Q& f, const Sparse& b) {
    Sparse out;
    out.reserve(a.size() + b.size());
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
            out.push_back(a[i++]);
        } else if (i == a.size() || b[j].first < a[i].first) {
            out.emplace_back(b[j].first, f * b[j].second);
            ++j;
        } else {
            Q v = a[i].second + f * b[j].second;
            if (v != 0) out.emplace_back(a[i].first, std::move(v));
            ++i;
            ++j;
        }
    }
    return out;
}

const Q* find(const Sparse& s, std::size_t index) {
    const auto it =
        std::lower_bound(s.begin(), s.end(), index,
                         [](const std::pair<std::size_t, Q>& p, std::size_t i) { return p.first < i; });
    return it != s.end() && it->first == index ? &it->second : nullptr;
}

// A linear edit as the search sees it: an edit of the system that names no blank, or a combination
// of edits in which the blanks cancel. The blanks are free in every trial, so they are eliminated once
// per cluster and the trials solve for the candidate set alone.
struct Linear {
    Form form;                    // over figures that are not blank
    std::vector<EditId> sources;  // the system's edits it combines
    Q base;                       // its value with every figure as printed
    bool broken = false;          // base != 0
};

// A blank once the blanks are eliminated: blank = form, over figures that are not blank; or left free.
struct Blank {
    bool determined = false;
    Form form;
};

// A row of an elimination: sum of coefficients x unknowns + constant = 0 (or, in a trial, = rhs),
// and the combination of edits it is, so that a contradiction can name the figures it holds.
struct Row {
    Sparse coefficients;  // by column (a trial) or by variable (the blanks)
    Q rhs;
    Sparse combination;  // by edit (the blanks) or by Linear (a trial)
};

// What trying one set gives: success, or the failures (each with the figures one of which must
// still be freed, and the edits it comes from).
struct Conflict {
    std::vector<VariableId> variables;
    std::vector<EditId> edits;
};

struct Trial {
    bool feasible = false;
    std::vector<Conflict> conflicts;
    std::map<VariableId, Q> values;  // the free figures the edits determine (when feasible)
};

// r -= f x p.
void subtract(Row& r, const Q& f, const Row& p) {
    r.coefficients = axpy(r.coefficients, -f, p.coefficients);
    r.rhs -= f * p.rhs;
    r.combination = axpy(r.combination, -f, p.combination);
}

// Gauss-Jordan elimination, kept reduced (a pivot row has no other pivot's column), of rows fed one
// by one; `eligible` says which columns may be pivots. A row left without an eligible column is
// returned to the caller (a contradiction, a constraint on the other columns, or nothing).
class Elimination {
public:
    template <class Eligible>
    std::optional<Row> add(Row r, const Eligible& eligible) {
        std::vector<std::pair<std::size_t, Q>> to_clear;
        for (const auto& [col, c] : r.coefficients)
            if (pivot_of_.count(col)) to_clear.emplace_back(col, c);
        for (const auto& [col, c] : to_clear) subtract(r, c, pivots_[pivot_of_[col]]);
        const auto it = std::find_if(r.coefficients.begin(), r.coefficients.end(),
                                     [&](const auto& t) { return eligible(t.first); });
        if (it == r.coefficients.end()) return r;
        const std::size_t col = it->first;
        const Q inv = 1 / it->second;
        for (auto& c : r.coefficients) c.second *= inv;
        for (auto& c : r.combination) c.second *= inv;
        r.rhs *= inv;
        for (Row& p : pivots_)
            if (const Q* c = find(p.coefficients, col)) subtract(p, Q(*c), r);
        pivot_of_[col] = pivots_.size();
        pivots_.push_back(std::move(r));
        return std::nullopt;
    }

    [[nodiscard]] const std::vector<Row>& pivots() const { return pivots_; }
    [[nodiscard]] const Row* pivot(std::size_t col) const {
        const auto it = pivot_of_.find(col);
        return it == pivot_of_.end() ? nullptr : &pivots_[it->second];
    }

private:
    std::vector<Row> pivots_;
    std::map<std::size_t, std::size_t> pivot_of_;  // column -> pivot row
};

class Solver {
public:
    Solver(const EditSystem& system, const LocateOptions& options) : system_(system), options_(options) {
        const auto& vars = system.variables();
        const auto& edits = system.edits();
        printed_.resize(vars.size());
        blank_.resize(vars.size());
        for (VariableId v = 0; v < vars.size(); ++v) {
            blank_[v] = !vars[v].printed && !vars[v].fixed;
            if (vars[v].printed) printed_[v] = rational(*vars[v].printed);
        }
        forms_.resize(edits.size());
        denominators_.resize(edits.size());
        for (EditId e = 0; e < edits.size(); ++e) {
            forms_[e] = compile(edits[e].form);
            if (edits[e].kind == EditKind::rounded) denominators_[e] = compile(edits[e].denominator);
        }
        figures_.resize(edits.size());
        for (EditId e = 0; e < edits.size(); ++e) figures_[e] = variables_of(e);
        free_.assign(vars.size(), 0);
        forbidden_.assign(vars.size(), 0);
        count_.assign(vars.size(), 0);
        used_.assign(vars.size(), 0);
        column_.assign(vars.size(), 0);
        linear_of_.resize(vars.size());
        rounded_of_.resize(vars.size());
    }

    // Every figure an edit names (the target first for a rounded edit).
    std::vector<VariableId> variables_of(EditId e) const {
        std::vector<VariableId> out;
        if (system_.edits()[e].kind == EditKind::rounded) out.push_back(system_.edits()[e].target);
        for (const auto& t : forms_[e].terms) out.push_back(t.first);
        for (const auto& t : denominators_[e].terms) out.push_back(t.first);
        return out;
    }

    LocateCluster solve(const std::vector<EditId>& edits) {
        prepare(edits);
        LocateCluster cluster;
        const Trial root = run({}, false);
        if (root.feasible) {
            cluster.status = LocateStatus::consistent;
            return cluster;
        }
        for (const Conflict& c : root.conflicts)
            cluster.violated.insert(cluster.violated.end(), c.edits.begin(), c.edits.end());
        std::sort(cluster.violated.begin(), cluster.violated.end());
        cluster.violated.erase(std::unique(cluster.violated.begin(), cluster.violated.end()),
                               cluster.violated.end());

        // Deepening on weight (IDA*): each pass explores only the sets whose lower bound is at most
        // its budget, so a first explanation is never sought deep in a branch a lighter one would
        // have cut. The first budget is 0 (the root's bound then starts the next); each next budget
        // is the least bound a pass cut off, so no explanation lies strictly between two budgets.
        // The first pass that finds explanations has them all (every one of least weight).
        constexpr std::int64_t none = std::numeric_limits<std::int64_t>::max();
        seen_.clear();
        cut_ = false;
        cut_bound_ = none;
        std::int64_t budget = 0;
        for (;;) {
            best_ = budget;
            found_.clear();
            more_ = false;
            next_ = none;
            std::vector<VariableId> set;
            search(set, 0);
            if (!found_.empty() || next_ == none) break;
            // Every explanation still to find weighs next_ or more: a branch the limits cut off could
            // hold one as light, so the result is too_many whatever a next pass finds.
            if (cut_ && cut_bound_ <= next_) break;
            budget = next_;
        }
        if (found_.empty()) best_ = none;

        if (cut_ && cut_bound_ <= best_ && !more_) {
            // The limits cut off a branch that could have held a solution as light as the best found.
            // Not when more ties are known than can be listed: the least weight is then certain (no
            // explanation weighs less than the pass's budget), and a cut branch could only hide ties.
            cluster.status = LocateStatus::too_many;
            return cluster;
        }
        if (found_.empty()) {
            cluster.status = LocateStatus::unexplainable;
            return cluster;
        }
        std::sort(found_.begin(), found_.end());
        for (const auto& s : found_) cluster.solutions.push_back(explain(s, cluster.violated));
        cluster.status = found_.size() == 1 && !more_ ? LocateStatus::located : LocateStatus::ambiguous;
        cluster.more_solutions = more_;
        // Common to every solution: unknown when not every solution is listed.
        if (!more_) cluster.certain = found_.front();
        for (const auto& s : found_) {
            std::vector<VariableId> common;
            std::set_intersection(cluster.certain.begin(), cluster.certain.end(), s.begin(), s.end(),
                                  std::back_inserter(common));
            cluster.certain = std::move(common);
        }
        return cluster;
    }

private:
    std::int64_t weight(VariableId v) const { return system_.variables()[v].weight; }

    // May the search still declare v wrong?
    bool candidate(VariableId v) const {
        return !free_[v] && !forbidden_[v] && !blank_[v] && !system_.variables()[v].fixed;
    }

    bool is_free(VariableId v) const { return free_[v] != 0 || blank_[v] != 0; }

    // The cluster's linear edits with its blanks eliminated (Linear), and what each blank is.
    void prepare(const std::vector<EditId>& edits) {
        const auto& all = system_.edits();
        for (const Linear& l : linear_)
            for (const auto& t : l.form.terms) linear_of_[t.first].clear();
        for (EditId e : edits_)
            for (VariableId v : figures_[e]) rounded_of_[v].clear();
        edits_ = edits;
        linear_.clear();
        blanks_.clear();
        blank_value_.clear();
        Elimination el;
        const auto add = [&](Form form, std::vector<EditId> sources) {
            Linear l;
            l.base = form.constant;
            for (const auto& [v, c] : form.terms) l.base += c * printed_[v];
            l.broken = l.base != 0;
            l.form = std::move(form);
            l.sources = std::move(sources);
            linear_.push_back(std::move(l));
        };
        for (EditId e : edits_) {
            for (VariableId v : variables_of(e))
                if (blank_[v]) blanks_.push_back(v);
            if (all[e].kind != EditKind::linear) continue;
            const bool has_blank = std::any_of(forms_[e].terms.begin(), forms_[e].terms.end(),
                                               [&](const auto& t) { return blank_[t.first] != 0; });
            if (!has_blank) {
                add(forms_[e], {e});
                continue;
            }
            Row r;
            r.coefficients.assign(forms_[e].terms.begin(), forms_[e].terms.end());
            r.rhs = forms_[e].constant;  // here: the constant of sum + constant = 0
            r.combination.emplace_back(e, Q(1));
            std::optional<Row> left = el.add(std::move(r), [&](std::size_t v) { return blank_[v] != 0; });
            if (!left || (left->coefficients.empty() && left->rhs == 0)) continue;
            // The blanks cancelled: a constraint on the printed figures.
            Form f;
            f.terms = std::move(left->coefficients);
            f.constant = std::move(left->rhs);
            std::vector<EditId> sources;
            for (const auto& c : left->combination) sources.push_back(c.first);
            add(std::move(f), std::move(sources));
        }
        std::sort(blanks_.begin(), blanks_.end());
        blanks_.erase(std::unique(blanks_.begin(), blanks_.end()), blanks_.end());
        for (VariableId b : blanks_) {
            Blank value;
            if (const Row* p = el.pivot(b)) {
                // b + other terms + constant = 0: determined unless another blank is left in it.
                value.determined =
                    std::none_of(p->coefficients.begin(), p->coefficients.end(),
                                 [&](const auto& t) { return t.first != b && blank_[t.first]; });
                for (const auto& [v, c] : p->coefficients)
                    if (v != b) value.form.terms.emplace_back(v, -c);
                value.form.constant = -p->rhs;
            }
            blank_value_[b] = std::move(value);
        }
        for (std::size_t i = 0; i < linear_.size(); ++i)
            for (const auto& t : linear_[i].form.terms) linear_of_[t.first].push_back(i);

        // The rounded edits that name no blank, judged once on the printed figures: a trial that
        // frees none of their figures keeps that verdict.
        held_verdict_.clear();
        const std::map<VariableId, const Row*> none;
        Values values{*this, none, {}};
        std::vector<Conflict> broken;
        check_rounded(values, broken, edits_);  // free_ is clear, held_verdict_ empty: every edit judged
        std::vector<EditId> bad;
        for (const Conflict& c : broken) bad.insert(bad.end(), c.edits.begin(), c.edits.end());
        std::sort(bad.begin(), bad.end());
        for (EditId e : edits_) {
            const auto& figures = figures_[e];
            if (all[e].kind == EditKind::rounded &&
                std::none_of(figures.begin(), figures.end(), [&](VariableId v) { return blank_[v] != 0; }))
                held_verdict_[e] = !std::binary_search(bad.begin(), bad.end(), e);
        }

        // What a trial must look at, so that it costs what its set touches rather than the size of the
        // cluster: the broken Linear edits, the rounded edits broken as printed or naming a blank (whose
        // value may move with any figure), and by figure the rounded edits naming it.
        broken_.clear();
        for (std::size_t i = 0; i < linear_.size(); ++i)
            if (linear_[i].broken) broken_.push_back(i);
        rounded_always_.clear();
        for (EditId e : edits_) {
            if (all[e].kind != EditKind::rounded) continue;
            const auto it = held_verdict_.find(e);
            if (it == held_verdict_.end() || !it->second) rounded_always_.push_back(e);
            for (VariableId v : figures_[e])
                if (rounded_of_[v].empty() || rounded_of_[v].back() != e) rounded_of_[v].push_back(e);
        }
    }

    // What a candidate set gives the search, the same in every pass (a set is reached along one
    // path only, with the same figures forbidden): feasible; dead (a failure nothing may still
    // repair); or the bound on the weight still to add and on the culprits still needed, and the
    // figures to branch on.
    struct Node {
        bool feasible = false;
        bool dead = false;
        std::int64_t rest = 0;
        int needed = 0;
        std::vector<VariableId> branch;  // lightest first
    };

    Node examine(const std::vector<VariableId>& set) {
        Node node;
        const Trial t = run(set, false);
        if (t.feasible) {
            node.feasible = true;
            return node;
        }
        // What each failure leaves to free, and the lightest of it.
        struct Choice {
            std::vector<VariableId> open;
            std::int64_t lightest = 0;
        };
        std::vector<Choice> choices;
        for (const Conflict& c : t.conflicts) {
            Choice ch;
            for (VariableId v : c.variables)
                if (candidate(v)) ch.open.push_back(v);
            if (ch.open.empty()) {  // nothing may still be freed to repair it
                node.dead = true;
                return node;
            }
            ch.lightest = weight(ch.open.front());
            for (VariableId v : ch.open) ch.lightest = std::min(ch.lightest, weight(v));
            choices.push_back(std::move(ch));
        }
        // Failures with no figure in common each need a figure of their own: they bound both the
        // weight still to add and the number of culprits.
        std::sort(choices.begin(), choices.end(),
                  [](const Choice& a, const Choice& b) { return a.open.size() < b.open.size(); });
        for (const Choice& ch : choices) {
            if (std::any_of(ch.open.begin(), ch.open.end(), [&](VariableId v) { return used_[v] != 0; }))
                continue;
            node.rest += ch.lightest;
            ++node.needed;
            for (VariableId v : ch.open) used_[v] = 1;
        }
        for (const Choice& ch : choices)
            for (VariableId v : ch.open) used_[v] = 0;
        // The smallest failure is the one to branch on: the fewest sets to try.
        node.branch = std::move(choices.front().open);
        std::sort(node.branch.begin(), node.branch.end(), [&](VariableId a, VariableId b) {
            return weight(a) != weight(b) ? weight(a) < weight(b) : a < b;
        });
        node.branch.erase(std::unique(node.branch.begin(), node.branch.end()), node.branch.end());
        return node;
    }

    // Depth-first branch and bound within the pass's budget (best_); `set` is sorted only when
    // recorded. A set is examined once per cluster: a later pass reads what the first found, and
    // only sets examined for the first time count against max_nodes.
    void search(std::vector<VariableId>& set, std::int64_t w) {
        // More ties than can be listed: the result is known (ambiguous, more_solutions), and the rest
        // of the tree could only add ties (a tie explosion, every combination of several rows'
        // alternatives, would otherwise be enumerated to the node limit).
        if (more_) return;
        std::vector<VariableId> key = set;
        std::sort(key.begin(), key.end());
        auto it = seen_.find(key);
        if (it == seen_.end()) {
            if (seen_.size() >= options_.max_nodes) {
                cut_ = true;
                cut_bound_ = std::min(cut_bound_, w);
                return;
            }
            Node node = examine(set);
            it = seen_.emplace(std::move(key), std::move(node)).first;
        }
        const Node& node = it->second;  // a std::map element stays put while the search adds others
        if (node.feasible) {
            record(set, w);
            return;
        }
        if (node.dead) return;
        const std::int64_t bound = w + node.rest;
        if (bound > best_) {
            next_ = std::min(next_, bound);
            return;
        }
        if (static_cast<int>(set.size()) + node.needed > options_.max_culprits) {
            cut_ = true;
            cut_bound_ = std::min(cut_bound_, bound);
            return;
        }
        std::vector<VariableId> forbidden;
        for (VariableId v : node.branch) {
            if (w + weight(v) > best_) {  // sorted by weight: the rest are heavier still
                next_ = std::min(next_, w + weight(v));
                break;
            }
            set.push_back(v);
            free_[v] = 1;
            search(set, w + weight(v));
            free_[v] = 0;
            set.pop_back();
            forbidden_[v] = 1;
            forbidden.push_back(v);
        }
        for (VariableId v : forbidden) forbidden_[v] = 0;
    }

    void record(const std::vector<VariableId>& set, std::int64_t w) {
        if (w < best_) {
            best_ = w;
            found_.clear();
            more_ = false;
        }
        if (w > best_) return;
        if (found_.size() >= options_.max_solutions) {
            more_ = true;
            return;
        }
        std::vector<VariableId> sorted = set;
        std::sort(sorted.begin(), sorted.end());
        found_.push_back(std::move(sorted));
    }

    // The figures of a trial: a held one is its printed value, a figure of the set what the linear
    // edits determine, a blank what its form gives from those; null when left free.
    struct Values {
        const Solver& solver;
        const std::map<VariableId, const Row*>& determined;
        std::map<VariableId, std::optional<Q>> blanks;  // computed once each

        const Q* of(VariableId v) {
            if (!solver.is_free(v)) return &solver.printed_[v];
            if (!solver.blank_[v]) {
                const auto it = determined.find(v);
                return it == determined.end() ? nullptr : &it->second->rhs;
            }
            auto it = blanks.find(v);
            if (it == blanks.end()) {
                std::optional<Q> x;
                const Blank& b = solver.blank_value_.at(v);
                if (b.determined) x = value(b.form);
                it = blanks.emplace(v, std::move(x)).first;
            }
            return it->second ? &*it->second : nullptr;
        }

        std::optional<Q> value(const Form& f) {
            Q sum = f.constant;
            for (const auto& [v, c] : f.terms) {
                const Q* x = of(v);
                if (x == nullptr) return std::nullopt;
                sum += c * *x;
            }
            return sum;
        }
    };

    // Tries \p set (whose figures free_ marks): every other figure but the blanks is held at its
    // printed value. Feasible, with the values of the free figures when \p want_values; or the
    // failures.
    Trial run(const std::vector<VariableId>& set, bool want_values) {
        Trial out;
        // The linear edits the set is in are solved for it; the others must hold as printed.
        std::vector<std::size_t> rows;
        for (VariableId v : set) rows.insert(rows.end(), linear_of_[v].begin(), linear_of_[v].end());
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (std::size_t i : broken_) {
            if (std::binary_search(rows.begin(), rows.end(), i)) continue;
            Conflict c;
            for (const auto& t : linear_[i].form.terms) c.variables.push_back(t.first);
            c.edits = linear_[i].sources;
            out.conflicts.push_back(std::move(c));
        }

        std::vector<VariableId> columns(set.begin(), set.end());
        std::sort(columns.begin(), columns.end());
        for (std::size_t i = 0; i < columns.size(); ++i) column_[columns[i]] = i;
        Elimination el;
        std::vector<Row> contradictions;
        for (std::size_t i : rows) {
            Row r;
            r.rhs = -linear_[i].base;
            for (const auto& [v, c] : linear_[i].form.terms) {
                if (!free_[v]) continue;
                r.coefficients.emplace_back(column_[v], c);
                r.rhs += c * printed_[v];  // base held it at its printed value
            }
            std::sort(r.coefficients.begin(), r.coefficients.end(),
                      [](const auto& a, const auto& b) { return a.first < b.first; });
            r.combination.emplace_back(i, Q(1));
            std::optional<Row> left = el.add(std::move(r), [](std::size_t) { return true; });
            if (left && left->rhs != 0) contradictions.push_back(std::move(*left));
        }
        for (const Row& r : contradictions) out.conflicts.push_back(held_by(r.combination));
        // A figure of the set that a derived edit determines takes that value in every larger set that
        // holds the derived edit's figures, whatever else fails (a contradiction elsewhere included):
        // a rounded edit those values break is one more failure, and checking it under a
        // contradiction too keeps the search's lower bound from dropping while the sums are repaired.
        std::map<VariableId, const Row*> determined;
        for (const Row& p : el.pivots())
            if (p.coefficients.size() == 1) determined[columns[p.coefficients.front().first]] = &p;
        Values values{*this, determined, {}};
        std::vector<EditId> rounded = rounded_always_;  // a held rounded edit that holds stays so
        for (VariableId v : set) rounded.insert(rounded.end(), rounded_of_[v].begin(), rounded_of_[v].end());
        std::sort(rounded.begin(), rounded.end());
        rounded.erase(std::unique(rounded.begin(), rounded.end()), rounded.end());
        check_rounded(values, out.conflicts, rounded);
        if (!out.conflicts.empty()) return out;

        out.feasible = true;
        if (want_values) {
            for (VariableId v : set)
                if (const Q* x = values.of(v)) out.values[v] = *x;
            for (VariableId b : blanks_)
                if (const Q* x = values.of(b)) out.values[b] = *x;
            fill_rounded(out.values);
        }
        return out;
    }

    // The figures held by whatever gives \p v its value in a trial: its derived edit for a figure of
    // the set, its form for a blank (recursively), itself when held. A rounded edit that fails stays
    // failed while all of them are held.
    void holders(VariableId v, const std::map<VariableId, const Row*>& determined,
                 std::vector<VariableId>& out) {
        if (!is_free(v)) {
            out.push_back(v);
        } else if (!blank_[v]) {
            const auto it = determined.find(v);
            if (it == determined.end()) return;
            const Conflict h = held_by(it->second->combination);
            out.insert(out.end(), h.variables.begin(), h.variables.end());
        } else {
            for (const auto& t : blank_value_.at(v).form.terms) holders(t.first, determined, out);
        }
    }

    // The rounded edits of \p which (sorted) whose target is held: checked when every figure they
    // name is known (a figure left free can still be chosen to satisfy it).
    void check_rounded(Values& values, std::vector<Conflict>& out, const std::vector<EditId>& which) {
        const auto& edits = system_.edits();
        for (EditId e : which) {
            if (edits[e].kind != EditKind::rounded || is_free(edits[e].target)) continue;
            const VariableId target = edits[e].target;
            if (const auto it = held_verdict_.find(e); it != held_verdict_.end()) {
                // Every figure held, as in most rows of a trial: the verdict of the printed figures.
                const auto& figures = figures_[e];
                if (std::none_of(figures.begin(), figures.end(),
                                 [&](VariableId v) { return free_[v] != 0; })) {
                    if (!it->second) out.push_back(Conflict{figures, {e}});
                    continue;
                }
            }
            const std::optional<Q> num = values.value(forms_[e]);
            const std::optional<Q> den = values.value(denominators_[e]);
            if (!num || !den) continue;
            const int d =
                edits[e].decimals >= 0 ? edits[e].decimals : system_.variables()[target].printed->scale();
            if (*den != 0 && rounded(*num / *den, d) == printed_[target]) continue;
            Conflict c;
            c.edits.push_back(e);
            for (VariableId v : variables_of(e)) holders(v, values.determined, c.variables);
            out.push_back(std::move(c));
        }
    }

    // A free target of a rounded edit takes the quotient when the rest is known (rounded when shown).
    void fill_rounded(const std::map<VariableId, Q>& values) {
        const auto& edits = system_.edits();
        for (EditId e : edits_) {
            const VariableId target = edits[e].target;
            if (edits[e].kind != EditKind::rounded || !is_free(target) || values.count(target)) continue;
            const auto of = [&](const Form& f) -> std::optional<Q> {
                Q sum = f.constant;
                for (const auto& [v, c] : f.terms) {
                    if (!is_free(v)) {
                        sum += c * printed_[v];
                    } else if (const auto it = values.find(v); it != values.end()) {
                        sum += c * it->second;
                    } else {
                        return std::nullopt;
                    }
                }
                return sum;
            };
            const std::optional<Q> num = of(forms_[e]);
            const std::optional<Q> den = of(denominators_[e]);
            if (num && den && *den != 0) rounded_[target] = {*num / *den, edits[e].decimals};
        }
    }

    // The derived edit sum(combination) of Linear edits with the figures it still holds (non-zero
    // coefficient, not free): one of them must be freed to repair it. A figure in one edit of the
    // combination keeps that edit's non-zero coefficient; only the figures in several are summed (in
    // rationals, the slow part, so only where a cancellation is possible).
    Conflict held_by(const Sparse& combination) {
        Conflict c;
        std::vector<VariableId> seen;
        for (const auto& [i, lambda] : combination) {
            c.edits.insert(c.edits.end(), linear_[i].sources.begin(), linear_[i].sources.end());
            for (const auto& term : linear_[i].form.terms) {
                const VariableId v = term.first;
                if (is_free(v)) continue;
                if (count_[v]++ == 0) seen.push_back(v);
            }
        }
        std::map<VariableId, Q> shared;
        for (const auto& [i, lambda] : combination)
            for (const auto& [v, k] : linear_[i].form.terms)
                if (count_[v] > 1) shared[v] += lambda * k;
        for (VariableId v : seen) {
            if (count_[v] == 1 || shared[v] != 0) c.variables.push_back(v);
            count_[v] = 0;
        }
        return c;
    }

    // The solution of a recorded set, with its values.
    LocateSolution explain(const std::vector<VariableId>& set, const std::vector<EditId>& violated) {
        rounded_.clear();
        for (VariableId v : set) free_[v] = 1;
        const Trial t = run(set, true);
        for (VariableId v : set) free_[v] = 0;
        LocateSolution s;
        const auto correction = [&](VariableId v) {
            Correction c;
            c.variable = v;
            const EditVariable& var = system_.variables()[v];
            const int shown = var.decimals >= 0 ? var.decimals : (var.printed ? var.printed->scale() : 0);
            if (const auto it = t.values.find(v); it != t.values.end()) {
                const auto [value, exact] = to_decimal(it->second, shown);
                c.value = value;
                c.exact = exact;
            } else if (const auto r = rounded_.find(v); r != rounded_.end()) {
                const int d = r->second.second >= 0 ? r->second.second : shown;
                const Q q = rounded(r->second.first, d);
                c.value = to_decimal(q, d).first;
                c.exact = q == r->second.first;
            }
            return c;
        };
        for (VariableId v : set) {
            s.weight += weight(v);
            s.culprits.push_back(correction(v));
        }
        for (VariableId v : blanks_) s.blanks.push_back(correction(v));
        for (EditId e : violated)
            for (VariableId v : variables_of(e))
                if (!blank_[v] && !std::binary_search(set.begin(), set.end(), v)) s.agreeing.push_back(v);
        std::sort(s.agreeing.begin(), s.agreeing.end());
        s.agreeing.erase(std::unique(s.agreeing.begin(), s.agreeing.end()), s.agreeing.end());
        return s;
    }

    const EditSystem& system_;
    const LocateOptions& options_;
    std::vector<Q> printed_;
    std::vector<char> blank_;
    std::vector<Form> forms_;
    std::vector<Form> denominators_;
    std::vector<std::vector<VariableId>> figures_;  // by edit: variables_of
    std::vector<char> free_;
    std::vector<char> forbidden_;
    std::vector<int> count_;           // held_by's scratch, all 0 between calls
    std::vector<char> used_;           // search's scratch, all 0 between calls
    std::vector<std::size_t> column_;  // a free figure's column in a trial's elimination

    // The cluster being solved.
    std::vector<EditId> edits_;
    std::vector<Linear> linear_;
    std::vector<std::vector<std::size_t>> linear_of_;  // by variable: the Linear edits naming it
    std::vector<std::size_t> broken_;                  // the Linear edits broken as printed
    std::vector<std::vector<EditId>> rounded_of_;      // by variable: the rounded edits naming it
    std::vector<EditId> rounded_always_;               // checked in every trial (see prepare)
    std::vector<VariableId> blanks_;
    std::map<VariableId, Blank> blank_value_;
    std::map<EditId, bool> held_verdict_;  // a rounded edit naming no blank: holds as printed?
    std::int64_t best_ = 0;
    std::vector<std::vector<VariableId>> found_;
    bool more_ = false;
    std::map<std::vector<VariableId>, Node> seen_;  // every set examined in the cluster, sorted
    std::int64_t next_ = 0;       // the least bound above the pass's budget that was cut off
    bool cut_ = false;            // the limits cut a branch off
    std::int64_t cut_bound_ = 0;  // the least weight a cut branch could have reached
    std::map<VariableId, std::pair<Q, int>> rounded_;
};

// Union-find over variables: edits sharing a figure that may be wrong (or blank) are one cluster.
struct Groups {
    std::vector<std::size_t> parent;
    explicit Groups(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t root(std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) { parent[root(a)] = root(b); }
};

}  // namespace

Localization locate(const EditSystem& system, const LocateOptions& options) {
    if (options.max_culprits < 1) throw value_error("max_culprits must be at least 1");
    if (options.max_solutions < 1) throw value_error("max_solutions must be at least 1");
    Solver solver(system, options);
    const auto& vars = system.variables();
    const auto& edits = system.edits();
    // Figures are nodes 0..n-1; an edit naming only fixed figures is a node of its own, n + e.
    Groups groups(vars.size() + edits.size());
    std::vector<std::size_t> node(edits.size());
    for (EditId e = 0; e < edits.size(); ++e) {
        node[e] = vars.size() + e;
        bool first = true;
        for (VariableId v : solver.variables_of(e)) {
            if (vars[v].fixed) continue;
            if (first) node[e] = v;
            first = false;
            groups.join(v, node[e]);
        }
    }
    std::map<std::size_t, std::vector<EditId>> clusters;  // by the group's first edit, in edit order
    std::map<std::size_t, std::size_t> first_edit;
    for (EditId e = 0; e < edits.size(); ++e) {
        const std::size_t g = groups.root(node[e]);
        const auto it = first_edit.emplace(g, e).first;
        clusters[it->second].push_back(e);
    }
    Localization out;
    for (const auto& [first, members] : clusters) {
        (void)first;
        LocateCluster c = solver.solve(members);
        if (c.status != LocateStatus::consistent) out.clusters.push_back(std::move(c));
    }
    return out;
}

}  // namespace kinerja
