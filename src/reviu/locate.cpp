// Fellegi-Holt error localization (docs/locate.md).
//
// The search is a branch and bound over sets S of figures declared wrong. A set is tried by holding
// every other figure at its printed value and solving the linear edits for S and the blanks exactly
// (sparse Gauss-Jordan elimination over Boost's cpp_rational). When the set fails, the failure names
// a derived edit, a combination of edits in which every figure of S has cancelled: any larger set
// that can succeed must free one of the figures that derived edit still holds, so the search branches
// on exactly those (each branch also forbids the figures of the branches before it, so no set is
// tried twice). Pairwise disjoint failures give a lower bound on what must still be added.
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

struct Row {
    Sparse coefficients;  // by column (free variable)
    Q rhs;
    Sparse combination;  // by edit id
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
        base_.resize(edits.size());
        linear_of_.resize(vars.size());
        for (EditId e = 0; e < edits.size(); ++e) {
            forms_[e] = compile(edits[e].form);
            if (edits[e].kind == EditKind::rounded) {
                denominators_[e] = compile(edits[e].denominator);
                continue;
            }
            base_[e] = forms_[e].constant;
            for (const auto& [v, c] : forms_[e].terms) {
                linear_of_[v].push_back(e);
                if (!blank_[v]) base_[e] += c * printed_[v];
            }
        }
        free_.assign(vars.size(), 0);
        forbidden_.assign(vars.size(), 0);
        count_.assign(vars.size(), 0);
        used_.assign(vars.size(), 0);
        column_.assign(vars.size(), 0);
        broken_.resize(edits.size());
        for (EditId e = 0; e < edits.size(); ++e) broken_[e] = base_[e] != 0;
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
        edits_ = edits;
        blanks_.clear();
        blank_edits_.clear();
        for (EditId e : edits_) {
            bool has_blank = false;
            for (VariableId v : variables_of(e)) {
                if (!blank_[v]) continue;
                has_blank = true;
                blanks_.push_back(v);
            }
            if (has_blank && system_.edits()[e].kind == EditKind::linear) blank_edits_.push_back(e);
        }
        std::sort(blanks_.begin(), blanks_.end());
        blanks_.erase(std::unique(blanks_.begin(), blanks_.end()), blanks_.end());

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

        best_ = std::numeric_limits<std::int64_t>::max();
        found_.clear();
        more_ = false;
        nodes_ = 0;
        cut_ = false;
        cut_bound_ = std::numeric_limits<std::int64_t>::max();
        std::vector<VariableId> set;
        search(set, 0);

        if (cut_ && cut_bound_ <= best_) {
            // The limits cut off a branch that could have held a solution as light as the best found.
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

    // Depth-first branch and bound; `set` is sorted only when recorded.
    void search(std::vector<VariableId>& set, std::int64_t w) {
        if (++nodes_ > options_.max_nodes) {
            cut_ = true;
            cut_bound_ = std::min(cut_bound_, w);
            return;
        }
        const Trial t = run(set, false);
        if (t.feasible) {
            record(set, w);
            return;
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
            if (ch.open.empty()) return;  // nothing may still be freed to repair it
            ch.lightest = weight(ch.open.front());
            for (VariableId v : ch.open) ch.lightest = std::min(ch.lightest, weight(v));
            choices.push_back(std::move(ch));
        }
        // Failures with no figure in common each need a figure of their own.
        std::sort(choices.begin(), choices.end(),
                  [](const Choice& a, const Choice& b) { return a.open.size() < b.open.size(); });
        std::int64_t bound = w;
        for (const Choice& ch : choices) {
            if (std::any_of(ch.open.begin(), ch.open.end(), [&](VariableId v) { return used_[v] != 0; }))
                continue;
            bound += ch.lightest;
            for (VariableId v : ch.open) used_[v] = 1;
        }
        for (const Choice& ch : choices)
            for (VariableId v : ch.open) used_[v] = 0;
        if (bound > best_) return;
        if (static_cast<int>(set.size()) >= options_.max_culprits) {
            cut_ = true;
            cut_bound_ = std::min(cut_bound_, bound);
            return;
        }
        std::vector<VariableId>& branch = choices.front().open;
        std::sort(branch.begin(), branch.end(), [&](VariableId a, VariableId b) {
            return weight(a) != weight(b) ? weight(a) < weight(b) : a < b;
        });
        branch.erase(std::unique(branch.begin(), branch.end()), branch.end());
        std::vector<VariableId> forbidden;
        for (VariableId v : branch) {
            if (w + weight(v) > best_) break;  // sorted by weight: the rest are heavier still
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

    // Tries \p set (whose figures free_ marks): every other figure but the blanks is held at its
    // printed value. Feasible, with the values of the free figures when \p want_values; or the
    // failures.
    Trial run(const std::vector<VariableId>& set, bool want_values) {
        Trial out;
        // The linear edits the free figures are in go to the elimination; the others must hold as
        // printed.
        const auto& edits = system_.edits();
        std::vector<char> touched(edits.size(), 0);
        std::vector<EditId> rows;
        for (EditId e : blank_edits_) {
            touched[e] = 1;
            rows.push_back(e);
        }
        for (VariableId v : set)
            for (EditId e : linear_of_[v])
                if (!touched[e]) {
                    touched[e] = 1;
                    rows.push_back(e);
                }
        for (EditId e : edits_)
            if (edits[e].kind == EditKind::linear && !touched[e] && broken_[e])
                out.conflicts.push_back(Conflict{variables_of(e), {e}});
        std::sort(rows.begin(), rows.end());

        const Elimination el = eliminate(set, rows);
        for (const Row& r : el.contradictions) out.conflicts.push_back(held_by(r.combination));
        // Without a contradiction the values the linear edits determine are the only ones they allow,
        // whatever else fails: a rounded edit those values break is one more failure.
        if (!el.contradictions.empty()) return out;
        std::map<VariableId, const Row*> determined;
        for (const Row& p : el.pivots)
            if (p.coefficients.size() == 1) determined[el.free_vars[p.coefficients.front().first]] = &p;
        check_rounded(determined, out.conflicts);
        if (!out.conflicts.empty()) return out;

        out.feasible = true;
        if (want_values) {
            for (const auto& [v, p] : determined) out.values[v] = p->rhs;
            fill_rounded(out.values);
        }
        return out;
    }

    bool is_free(VariableId v) const { return free_[v] != 0 || blank_[v] != 0; }

    // The linear edits \p rows solved for the free figures (\p set and the blanks; free_ marks the set,
    // the search keeps it so) by Gauss-Jordan elimination kept reduced: a pivot row has no other
    // pivot's column. A row reduced to 0 = non-zero is a contradiction.
    struct Elimination {
        std::vector<VariableId> free_vars;  // by column
        std::vector<Row> pivots;
        std::vector<Row> contradictions;
    };

    Elimination eliminate(const std::vector<VariableId>& set, const std::vector<EditId>& rows) {
        Elimination el;
        el.free_vars.assign(set.begin(), set.end());
        el.free_vars.insert(el.free_vars.end(), blanks_.begin(), blanks_.end());
        std::sort(el.free_vars.begin(), el.free_vars.end());
        for (std::size_t i = 0; i < el.free_vars.size(); ++i) column_[el.free_vars[i]] = i;
        std::map<std::size_t, std::size_t> pivot_of;  // column -> pivot row
        for (EditId e : rows) {
            Row r;
            r.rhs = -base_[e];
            for (const auto& [v, c] : forms_[e].terms) {
                if (!is_free(v)) continue;
                r.coefficients.emplace_back(column_[v], c);
                if (!blank_[v]) r.rhs += c * printed_[v];  // base_ held it at its printed value
            }
            std::sort(r.coefficients.begin(), r.coefficients.end(),
                      [](const auto& a, const auto& b) { return a.first < b.first; });
            r.combination.emplace_back(e, Q(1));
            std::vector<std::pair<std::size_t, Q>> to_clear;
            for (const auto& [col, c] : r.coefficients)
                if (pivot_of.count(col)) to_clear.emplace_back(col, c);
            for (const auto& [col, c] : to_clear) subtract(r, c, el.pivots[pivot_of[col]]);
            if (r.coefficients.empty()) {
                if (r.rhs != 0) el.contradictions.push_back(std::move(r));
                continue;
            }
            const std::size_t col = r.coefficients.front().first;
            const Q inv = 1 / r.coefficients.front().second;
            for (auto& c : r.coefficients) c.second *= inv;
            for (auto& c : r.combination) c.second *= inv;
            r.rhs *= inv;
            for (Row& p : el.pivots)
                if (const Q* c = find(p.coefficients, col)) subtract(p, Q(*c), r);
            pivot_of[col] = el.pivots.size();
            el.pivots.push_back(std::move(r));
        }
        return el;
    }

    // r -= f x p.
    static void subtract(Row& r, const Q& f, const Row& p) {
        r.coefficients = axpy(r.coefficients, -f, p.coefficients);
        r.rhs -= f * p.rhs;
        r.combination = axpy(r.combination, -f, p.combination);
    }

    // The value of \p f with held figures at their printed values and free ones at \p value_of_free
    // (which returns null for a figure the edits leave free); empty when one is left free.
    template <class ValueOfFree>
    std::optional<Q> value(const Form& f, const ValueOfFree& value_of_free) const {
        Q sum = f.constant;
        for (const auto& [v, c] : f.terms) {
            if (!is_free(v)) {
                sum += c * printed_[v];
            } else if (const Q* x = value_of_free(v)) {
                sum += c * *x;
            } else {
                return std::nullopt;
            }
        }
        return sum;
    }

    // The rounded edits whose target is held: checked when every figure they name is held or
    // determined (a figure left free can still be chosen to satisfy it). A broken one is a failure
    // naming the target, the held figures and those the determined values come from.
    void check_rounded(const std::map<VariableId, const Row*>& determined, std::vector<Conflict>& out) {
        const auto& edits = system_.edits();
        for (EditId e : edits_) {
            if (edits[e].kind != EditKind::rounded || is_free(edits[e].target)) continue;
            const VariableId target = edits[e].target;
            const auto of_free = [&](VariableId v) -> const Q* {
                const auto it = determined.find(v);
                return it == determined.end() ? nullptr : &it->second->rhs;
            };
            const std::optional<Q> num = value(forms_[e], of_free);
            const std::optional<Q> den = value(denominators_[e], of_free);
            if (!num || !den) continue;
            const int d =
                edits[e].decimals >= 0 ? edits[e].decimals : system_.variables()[target].printed->scale();
            if (*den != 0 && rounded(*num / *den, d) == printed_[target]) continue;
            Conflict c;
            c.edits.push_back(e);
            for (VariableId v : variables_of(e)) {
                if (!is_free(v)) {
                    c.variables.push_back(v);
                } else if (const auto it = determined.find(v); it != determined.end()) {
                    const Conflict h = held_by(it->second->combination);
                    c.variables.insert(c.variables.end(), h.variables.begin(), h.variables.end());
                }
            }
            out.push_back(std::move(c));
        }
    }

    // A free target of a rounded edit takes the quotient when the rest is known (rounded when shown).
    void fill_rounded(const std::map<VariableId, Q>& values) {
        const auto& edits = system_.edits();
        for (EditId e : edits_) {
            const VariableId target = edits[e].target;
            if (edits[e].kind != EditKind::rounded || !is_free(target) || values.count(target)) continue;
            const auto of_free = [&](VariableId v) -> const Q* {
                const auto it = values.find(v);
                return it == values.end() ? nullptr : &it->second;
            };
            const std::optional<Q> num = value(forms_[e], of_free);
            const std::optional<Q> den = value(denominators_[e], of_free);
            if (num && den && *den != 0) rounded_[target] = {*num / *den, edits[e].decimals};
        }
    }

    // The derived edit sum(combination) with the figures it still holds (non-zero coefficient, not
    // free): one of them must be freed to repair it. A figure in one edit of the combination keeps
    // that edit's non-zero coefficient; only the figures in several are summed (in rationals, the
    // slow part, so only where a cancellation is possible).
    Conflict held_by(const Sparse& combination) {
        Conflict c;
        std::vector<VariableId> seen;
        for (const auto& [e, lambda] : combination) {
            c.edits.push_back(e);
            for (const auto& term : forms_[e].terms) {
                const VariableId v = term.first;
                if (is_free(v)) continue;
                if (count_[v]++ == 0) seen.push_back(v);
            }
        }
        std::map<VariableId, Q> shared;
        for (const auto& [e, lambda] : combination)
            for (const auto& [v, k] : forms_[e].terms)
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
    std::vector<Q> base_;  // a linear edit's value with every non-blank figure as printed
    std::vector<std::vector<EditId>> linear_of_;
    std::vector<char> free_;
    std::vector<char> forbidden_;
    std::vector<int> count_;           // held_by's scratch, all 0 between calls
    std::vector<char> used_;           // search's scratch, all 0 between calls
    std::vector<std::size_t> column_;  // a free figure's column in the elimination
    std::vector<char> broken_;         // a linear edit that does not hold as printed (blanks aside)

    // The cluster being solved.
    std::vector<EditId> edits_;
    std::vector<VariableId> blanks_;
    std::vector<EditId> blank_edits_;
    std::int64_t best_ = 0;
    std::vector<std::vector<VariableId>> found_;
    bool more_ = false;
    std::size_t nodes_ = 0;
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
