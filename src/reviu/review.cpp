// The reviu rules. Each table is read once into cells (verbatim text, verdict, value); the rules
// then work on values, and a cell a rule has already reported is not reported again by the
// cross-table comparison, so one fault gives one finding.

#include "kinerja/reviu/review.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "kinerja/core/number_text.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/measurement.hpp"
#include "kinerja/plan/totals.hpp"
#include "kinerja/plan/validate.hpp"

namespace kinerja {
namespace {

struct Cell {
    std::string text;
    bool blank = true;
    bool readable = false;  // has a value (exact, repaired or nil)
    Decimal value;
};

bool is_money(ColumnRole role, bool indicator_table) {
    return role == ColumnRole::anggaran || role == ColumnRole::sisa ||
           (role == ColumnRole::realisasi && !indicator_table);
}
bool is_count(ColumnRole role) {
    return role == ColumnRole::l || role == ColumnRole::p || role == ColumnRole::jumlah ||
           role == ColumnRole::ditangani;
}
bool is_additive(ColumnRole role, bool indicator_table) {
    return is_money(role, indicator_table) || is_count(role);
}
bool is_ratio(ColumnRole role) {
    return role == ColumnRole::persen || role == ColumnRole::capaian || role == ColumnRole::share;
}

// The label with blanks, dots, dashes and colons removed, upper-cased: "J U M L A H" -> "JUMLAH".
std::string squeeze(std::string_view label) {
    std::string out;
    for (std::size_t i = 0; i < label.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(label[i]);
        if (c == 0xE2 && i + 2 < label.size() && static_cast<unsigned char>(label[i + 1]) == 0x80) {
            i += 2;  // en and em dashes (U+2013, U+2014) and the like
            continue;
        }
        if (std::isalnum(c)) out += static_cast<char>(std::toupper(c));
    }
    return out;
}
bool is_total(std::string_view label) {
    const std::string s = squeeze(label);
    return s == "JUMLAH" || s == "TOTAL" || s == "JUMLAHTOTAL" || s == "GRANDTOTAL";
}
bool is_mean(std::string_view label) {
    const std::string s = squeeze(label);
    return s == "RATARATA" || s == "AVERAGE" || s == "MEAN";
}

// The rows one level below row r that follow it, until a row at its level or above; total and mean
// rows among them are left out unless `with_summaries`.
std::vector<std::size_t> children(const PrintedTable& t, std::size_t r, bool with_summaries) {
    std::vector<std::size_t> kids;
    const int level = t.rows[r].level;
    if (level == 0) return kids;
    for (std::size_t k = r + 1; k < t.rows.size() && t.rows[k].level > level; ++k)
        if (t.rows[k].level == level + 1 &&
            (with_summaries || (!is_total(t.rows[k].label) && !is_mean(t.rows[k].label))))
            kids.push_back(k);
    return kids;
}

// "a or b" for the readings of ambiguous text.
std::string readings_text(const NumberText& n) {
    std::string out;
    for (const auto& x : n.readings) out += (out.empty() ? "" : " or ") + format_number(x.value);
    return out;
}

std::string show(const Decimal& d, bool money) {
    if (money) return format_rupiah(Rupiah::from_decimal(d, Rounding::half_up));
    return format_number(d);
}

// How a figure's text is read: money as Rupiah; a count with '.' as the thousands separator.
ReadOptions read_options(bool money, bool count) {
    ReadOptions o;
    o.rupiah = money;
    if (count) o.dot = DotMeaning::thousands;
    return o;
}

// What a figure's number text gives the checks: its value when they can use it, and the finding its
// text earns (no rule when it reads exactly). The one place a reading becomes a finding, for table
// cells and the text's figures alike; every message names the offset of each problem.
struct Reading {
    std::optional<Decimal> value;
    std::string rule;
    Severity severity = Severity::warning;
    std::string expected;
    std::string message;
};

Reading read_figure(const std::string& text, bool money, bool count) {
    const NumberText n = read_number(text, read_options(money, count));
    Reading out;
    switch (n.status) {
        case TextStatus::exact:
            out.value = n.readings[0].value;
            break;
        case TextStatus::repaired: {
            out.value = n.readings[0].value;
            std::string why;
            for (const auto& p : n.problems)
                why += (why.empty() ? "" : "; ") + p.reason + " at offset " + std::to_string(p.offset);
            out.rule = "number.repaired";
            out.expected = show(*out.value, money);
            out.message = "malformed number text (" + why + "); read as " + out.expected;
            break;
        }
        case TextStatus::ambiguous: {
            out.rule = "number.ambiguous";
            out.expected = readings_text(n);
            out.message = "ambiguous number text: it reads as " + out.expected + "; not used in the checks";
            break;
        }
        case TextStatus::invalid:
            out.rule = "number.invalid";
            out.severity = Severity::error;
            out.message = "not a number: " + n.problems.front().reason + " at offset " +
                          std::to_string(n.problems.front().offset);
            break;
    }
    return out;
}

// A figure the check needs that cannot be computed: a sum or a product beyond 38 digits, a product
// that needs more than 18 decimals, an undefined ratio used. The cell becomes a finding naming the
// reason, and the rest of the check goes on: one absurd cell must not hide every other finding.
Finding uncomputable(std::string table, std::string row, std::string column, std::string printed,
                     const std::string& what, const error& e) {
    return Finding{"cell.uncomputable",
                   Severity::error,
                   std::move(table),
                   std::move(row),
                   std::move(column),
                   std::move(printed),
                   "",
                   "cannot compute " + what + ": " + e.what() + "; the figure is not checked"};
}

// Runs \p compute; the arithmetic errors (overflow, undefined, a value out of range) become
// report(e), every other error passes.
template <class Compute, class Report>
void guarded(Compute&& compute, Report&& report) {
    try {
        compute();
    } catch (const overflow_error& e) {
        report(e);
    } catch (const undefined_error& e) {
        report(e);
    } catch (const value_error& e) {
        report(e);
    }
}

class TableCheck {
public:
    TableCheck(const PrintedTable& t, const PlanIndex* plan, std::vector<Finding>& out,
               std::set<std::pair<std::size_t, std::size_t>>& flagged)
        : t_(t), plan_(plan), out_(out), flagged_(flagged) {
        indicator_table_ = column(ColumnRole::target) >= 0;
        read_cells();
    }

    void run() {
        title_year();
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            if (is_mean(t_.rows[r].label)) continue;
            row_arithmetic(r);
        }
        groups();
        means();
    }

    const std::vector<std::vector<Cell>>& cells() const { return cells_; }
    bool indicator_table() const { return indicator_table_; }

private:
    int column(ColumnRole role) const {
        for (std::size_t c = 0; c < t_.columns.size(); ++c)
            if (t_.columns[c].role == role) return static_cast<int>(c);
        return -1;
    }

    // Runs one computation of the cell at row r, column c; see uncomputable(). A cell is reported
    // once, however many computations need it.
    template <class Compute>
    void guard(std::size_t r, int c, const std::string& what, Compute&& compute) {
        guarded(compute, [&](const error& e) {
            if (!uncomputable_.insert({r, c}).second) return;
            const auto cell = static_cast<std::size_t>(c);
            Finding f = uncomputable(t_.id, t_.rows[r].label,
                                     c >= 0 ? std::string(to_string(t_.columns[cell].role)) : "",
                                     c >= 0 ? t_.rows[r].cells[cell] : "", what, e);
            if (c >= 0) flagged_.insert({r, cell});
            out_.push_back(std::move(f));
        });
    }

    void add(const std::string& rule, Severity s, std::size_t r, int c, const std::string& expected,
             const std::string& message) {
        Finding f;
        f.rule = rule;
        f.severity = s;
        f.table = t_.id;
        f.row = r < t_.rows.size() ? t_.rows[r].label : "";
        if (c >= 0) {
            f.column = std::string(to_string(t_.columns[static_cast<std::size_t>(c)].role));
            f.printed = t_.rows[r].cells[static_cast<std::size_t>(c)];
            flagged_.insert({r, static_cast<std::size_t>(c)});
        }
        f.expected = expected;
        f.message = message;
        out_.push_back(std::move(f));
    }

    void read_cells() {
        cells_.resize(t_.rows.size());
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            for (std::size_t c = 0; c < t_.columns.size(); ++c) {
                Cell cell;
                cell.text = t_.rows[r].cells[c];
                const ColumnRole role = t_.columns[c].role;
                cell.blank = std::all_of(cell.text.begin(), cell.text.end(),
                                         [](char ch) { return ch == ' ' || ch == '\t'; });
                if (!cell.blank && role != ColumnRole::other) {
                    guard(r, static_cast<int>(c), "the printed figure", [&] {
                        Reading n = read_figure(cell.text, is_money(role, indicator_table_), is_count(role));
                        cell.readable = n.value.has_value();
                        if (n.value) cell.value = *n.value;
                        if (!n.rule.empty())
                            add(n.rule, n.severity, r, static_cast<int>(c), n.expected, n.message);
                    });
                }
                cells_[r].push_back(std::move(cell));
            }
        }
    }

    const Cell* value_at(std::size_t r, int c) const {
        if (c < 0) return nullptr;
        const Cell& cell = cells_[r][static_cast<std::size_t>(c)];
        return cell.readable ? &cell : nullptr;
    }
    bool blank_at(std::size_t r, int c) const {
        return c >= 0 && cells_[r][static_cast<std::size_t>(c)].blank;
    }

    // Compares a printed ratio with its exact value (a quotient given as numerator and denominator),
    // at the printed decimals: equal half-up is right; equal truncated, or right only at fewer
    // decimals than two, is a rounding note; anything else is an error.
    void ratio(std::size_t r, int c, const std::string& rule, const Decimal& num, const Decimal& den,
               const std::string& what) {
        const Cell* printed = value_at(r, c);
        if (printed == nullptr) return;
        const int d = printed->value.scale();
        const Percent half_up = percent(num, den, {d, Rounding::half_up});
        if (!half_up.is_defined()) return;
        const Percent two = percent(num, den, {std::max(d, 2), Rounding::half_up});
        if (half_up.points() == printed->value) {
            if (d < 2 && two.points() != printed->value)
                add("rounding.coarse", Severity::note, r, c, format_number(two.points()),
                    what + " is " + format_number(two.points()) + "; printed with " + std::to_string(d) +
                        " decimals it reads " + format_number(printed->value));
            return;
        }
        const Percent cut = percent(num, den, {d, Rounding::truncate});
        if (cut.points() == printed->value) {
            add("rounding.truncated", Severity::note, r, c, format_number(half_up.points()),
                what + " is " + format_number(two.points()) +
                    ": the printed figure is truncated, half-up gives " + format_number(half_up.points()));
            return;
        }
        add(rule, Severity::error, r, c, format_number(two.points()),
            what + " is " + format_number(two.points()));
    }

    void row_arithmetic(std::size_t r) {
        budget_row(r);
        capaian_row(r);
        l_plus_p(r);
        shares(r);
    }

    // Sisa = anggaran - realisasi and % = realisasi / anggaran of a budget row.
    void budget_row(std::size_t r) {
        const int s = column(ColumnRole::sisa);
        const int pc = column(ColumnRole::persen);
        const Cell* va = value_at(r, column(ColumnRole::anggaran));
        const Cell* vr = value_at(r, column(ColumnRole::realisasi));
        if (!va || !vr || indicator_table_) return;
        if (s >= 0)
            guard(r, s, "the sisa, anggaran - realisasi", [&] {
                const Decimal sisa = va->value - vr->value;
                if (const Cell* vs = value_at(r, s)) {
                    if (vs->value != sisa)
                        add("row.sisa", Severity::error, r, s, show(sisa, true),
                            "sisa must be anggaran - realisasi = " + show(sisa, true));
                } else if (blank_at(r, s)) {
                    add("cell.blank", Severity::warning, r, s, show(sisa, true),
                        "blank where the sisa " + show(sisa, true) + " is due");
                }
            });
        guard(r, pc, "the percentage, realisasi / anggaran x 100", [&] {
            if (value_at(r, pc)) {
                ratio(r, pc, "row.persen", vr->value, va->value, "realisasi / anggaran x 100");
            } else if (blank_at(r, pc) && !va->value.is_zero()) {
                add("cell.blank", Severity::warning, r, pc,
                    format_number(percent(vr->value, va->value).points()),
                    "blank where the percentage " + format_number(percent(vr->value, va->value).points()) +
                        " is due");
            }
        });
    }

    // Capaian = realisasi against target, by the indicator's polarity when the plan knows the row.
    void capaian_row(std::size_t r) {
        const int cp = column(ColumnRole::capaian);
        const Cell* vt = value_at(r, column(ColumnRole::target));
        const Cell* vr = value_at(r, column(ColumnRole::realisasi));
        if (!vt || !vr) return;
        guard(r, cp, "the capaian", [&] { capaian_of(r, cp, vt, vr); });
    }

    void capaian_of(std::size_t r, int cp, const Cell* vt, const Cell* vr) {
        Indicator ind;
        ind.polarity = Polarity::higher_is_better;
        std::string how = "realisasi / target x 100";
        if (const Indicator* known = indicator_of(t_.rows[r].ref)) {
            ind = *known;
            if (ind.polarity != Polarity::higher_is_better) how = "capaian by the indicator's polarity";
        }
        if (ind.polarity == Polarity::higher_is_better) {
            if (value_at(r, cp)) ratio(r, cp, "row.capaian", vr->value, vt->value, how);
        } else if (const Cell* vc = value_at(r, cp)) {
            const Percent want = capaian(ind, Target::number(vt->value), Measure::number(vr->value),
                                         {{vc->value.scale(), Rounding::half_up}, std::nullopt});
            if (want.is_defined() && want.points() != vc->value)
                add("row.capaian", Severity::error, r, cp, format_number(want.points()),
                    how + " gives " + format_number(want.points()));
        }
        if (blank_at(r, cp) && !vt->value.is_zero())
            add("cell.blank", Severity::warning, r, cp, format_number(percent(vr->value, vt->value).points()),
                "blank where the capaian is due");
    }

    // L + P = jumlah.
    void l_plus_p(std::size_t r) {
        const Cell* vl = value_at(r, column(ColumnRole::l));
        const Cell* vp = value_at(r, column(ColumnRole::p));
        const int j = column(ColumnRole::jumlah);
        if (!vl || !vp || j < 0) return;
        guard(r, j, "L + P", [&] {
            const Decimal sum = vl->value + vp->value;
            if (const Cell* vj = value_at(r, j))
                if (vj->value != sum)
                    add("row.l_plus_p", Severity::error, r, j, format_number(sum),
                        "L + P = " + format_number(sum));
        });
    }

    // A share column: the row's figure over the total's.
    void shares(std::size_t r) {
        for (std::size_t c = 0; c < t_.columns.size(); ++c) {
            const PrintedColumn& col = t_.columns[c];
            if (col.role != ColumnRole::share) continue;
            const int base = column(col.of);
            const auto total = total_row();
            const Cell* mine = value_at(r, base);
            if (mine == nullptr || base < 0 || (total && *total == r) || is_total(t_.rows[r].label)) continue;
            guard(r, static_cast<int>(c), "the share of the total", [&] {
                if (auto whole = share_base(total, static_cast<std::size_t>(base)))
                    ratio(r, static_cast<int>(c), "row.share", mine->value, *whole,
                          "the share of the total, " + std::string(to_string(col.of)) + " / total x 100,");
            });
        }
    }

    // The total a share is of: the total row's figure, or when it prints none, the sum of the rows.
    std::optional<Decimal> share_base(std::optional<std::size_t> total, std::size_t c) const {
        if (total && cells_[*total][c].readable) return cells_[*total][c].value;
        const std::vector<std::size_t> rows = total ? closed_by(*total) : std::vector<std::size_t>{};
        std::vector<std::size_t> all;
        if (!total)
            for (std::size_t k = 0; k < t_.rows.size(); ++k)
                if (!is_mean(t_.rows[k].label) && (t_.rows[k].level <= 1)) all.push_back(k);
        Decimal sum;
        bool unreadable = false;
        for (std::size_t m : total ? rows : all)
            if (auto v = effective(m, c, unreadable)) sum += *v;
        if (unreadable || sum.is_zero()) return std::nullopt;
        return sum;
    }

    std::optional<std::size_t> total_row() const {
        for (std::size_t r = 0; r < t_.rows.size(); ++r)
            if (is_total(t_.rows[r].label) && t_.rows[r].level <= 1) return r;
        return std::nullopt;
    }

    const Indicator* indicator_of(const std::string& ref) const {
        if (plan_ == nullptr) return nullptr;
        if (ref.rfind("indicator:", 0) == 0) return plan_->find_indicator(ref.substr(10));
        // The row's node's one indicator; none when it has several.
        const auto of_node = plan_->indicators_of(ref);
        return of_node.size() == 1 ? *of_node.begin() : nullptr;
    }

    // The rows a total or mean row at `r` closes.
    std::vector<std::size_t> closed_by(std::size_t r) const {
        std::vector<std::size_t> members;
        const int level = t_.rows[r].level;
        for (std::size_t k = r; k-- > 0;) {
            const PrintedRow& row = t_.rows[k];
            if (level != 0 && row.level < level) break;
            if (is_total(row.label) && row.level == level) break;
            if (is_total(row.label) || is_mean(row.label)) continue;
            if (level == 0 || row.level == level) members.push_back(k);
        }
        std::reverse(members.begin(), members.end());
        return members;
    }

    std::vector<std::size_t> children_of(std::size_t r) const { return children(t_, r, false); }

    void groups() {
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            const PrintedRow& row = t_.rows[r];
            if (is_mean(row.label)) continue;
            if (is_total(row.label)) {
                sums(r, closed_by(r), "the " + std::to_string(closed_by(r).size()) + " rows it closes");
            } else {
                const auto kids = children_of(r);
                if (!kids.empty()) sums(r, kids, "its " + std::to_string(kids.size()) + " rows");
            }
        }
    }

public:
    // Extra words for a sum that misses, set by the plan check (e.g. which kegiatan is absent).
    std::map<std::size_t, std::vector<std::string>> missing_;  // row -> refs of kegiatan not printed

private:
    // A row's figure in column c for a sum: its own value, or, for a heading row that prints
    // nothing in c but has children, the sum of theirs. Empty when blank throughout; `unreadable`
    // is set when a cell on the way cannot be read.
    std::optional<Decimal> effective(std::size_t r, std::size_t c, bool& unreadable) const {
        const Cell& cell = cells_[r][c];
        if (cell.readable) return cell.value;
        if (!cell.blank) {
            unreadable = true;
            return std::nullopt;
        }
        std::optional<Decimal> sum;
        for (std::size_t k : children_of(r))
            if (auto v = effective(k, c, unreadable)) sum = sum ? *sum + *v : *v;
        return sum;
    }

    bool heading(std::size_t r) const {
        return std::all_of(cells_[r].begin(), cells_[r].end(), [](const Cell& cell) { return cell.blank; });
    }

    void sums(std::size_t r, const std::vector<std::size_t>& members, const std::string& what) {
        if (members.empty()) return;
        for (std::size_t c = 0; c < t_.columns.size(); ++c) {
            if (!is_additive(t_.columns[c].role, indicator_table_)) continue;
            guard(r, static_cast<int>(c), "the sum of " + what, [&] { sum_column(r, c, members, what); });
        }
    }

    // A total or parent row's figure in column c against the sum of its members.
    void sum_column(std::size_t r, std::size_t c, const std::vector<std::size_t>& members,
                    const std::string& what) {
        const ColumnRole role = t_.columns[c].role;
        // A row that prints nothing at all is an empty category and adds nothing; a row that
        // prints other figures but not this one leaves the sum unknown (its blank is reported).
        Decimal sum;
        std::size_t present = 0;
        std::size_t due = 0;
        bool unreadable = false;
        for (std::size_t m : members) {
            const auto v = effective(m, c, unreadable);
            if (v) {
                sum += *v;
                ++present;
            }
            if (v || !heading(m)) ++due;
        }
        if (present == 0 || unreadable) return;
        if (present < due) return;
        const int col = static_cast<int>(c);
        const bool money = is_money(role, indicator_table_);
        if (const Cell* printed = value_at(r, col)) {
            if (printed->value != sum)
                add("total.sum", Severity::error, r, col, show(sum, money),
                    std::string(to_string(role)) + " of " + what + " adds up to " + show(sum, money) +
                        ", not " + show(printed->value, money) +
                        missing_hint(r, role, printed->value - sum, money));
        } else if (blank_at(r, col) && present == members.size() && !heading(r) && !flagged_.count({r, c})) {
            // Only where every row it closes has a figure: a column the report breaks down for
            // some rows only (L and P of a few categories) has no total due.
            add("cell.blank", Severity::warning, r, col, show(sum, money),
                "blank where the total " + show(sum, money) + " is due");
        }
    }

    std::string missing_hint(std::size_t r, ColumnRole role, const Decimal& gap, bool money) const {
        const auto it = missing_.find(r);
        if (plan_ == nullptr || it == missing_.end() || !t_.year) return "";
        for (const std::string& k : it->second) {
            const BudgetTotals b = plan_->budget_of(k, *t_.year);
            const Decimal v = role == ColumnRole::anggaran    ? b.anggaran.to_decimal()
                              : role == ColumnRole::realisasi ? b.realisasi.to_decimal()
                              : role == ColumnRole::sisa      ? b.sisa().to_decimal()
                                                              : Decimal();
            if (b.lines > 0 && v == gap)
                return "; the difference " + show(gap, money) + " is the " + std::string(to_string(role)) +
                       " of the missing kegiatan '" + k + "'";
        }
        return "";
    }

    void means() {
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            if (!is_mean(t_.rows[r].label)) continue;
            const auto members = closed_by(r);
            for (std::size_t c = 0; c < t_.columns.size(); ++c) {
                if (!is_ratio(t_.columns[c].role)) continue;
                guard(r, static_cast<int>(c), "the mean", [&] { mean_cell(r, c, members); });
            }
        }
    }

    // A mean row's figure in ratio column c against the means it may be.
    void mean_cell(std::size_t r, std::size_t c, const std::vector<std::size_t>& members) {
        const Cell* printed = value_at(r, static_cast<int>(c));
        if (printed == nullptr) return;
        const int d = printed->value.scale();
        std::vector<std::pair<std::string, Decimal>> candidates;
        auto mean_of = [&](const std::vector<std::size_t>& rows, const std::string& name) {
            Decimal sum;
            std::size_t n = 0;
            for (std::size_t m : rows)
                if (const Cell* v = value_at(m, static_cast<int>(c))) {
                    sum += v->value;
                    ++n;
                }
            if (n > 0)
                candidates.emplace_back(name + " (" + std::to_string(n) + " rows)",
                                        *divide(sum, Decimal(n), d));
        };
        mean_of(members, "the simple mean of the rows it closes");
        std::vector<std::size_t> leaves;
        for (std::size_t k = 0; k < r; ++k)
            if (!is_total(t_.rows[k].label) && !is_mean(t_.rows[k].label) && children_of(k).empty())
                leaves.push_back(k);
        if (leaves != members) mean_of(leaves, "the simple mean of the innermost rows");
        if (plan_ != nullptr && t_.year) weighted(leaves, c, d, candidates);
        if (plan_ != nullptr && t_.year) {
            candidates.emplace_back("the serapan of the whole budget", plan_->budget_of("", *t_.year)
                                                                           .serapan({d, Rounding::half_up})
                                                                           .points_if_defined()
                                                                           .value_or(Decimal(-1)));
            candidates.emplace_back("the serapan of belanja langsung",
                                    plan_->budget_of_class(*t_.year, SpendingClass::belanja_langsung)
                                        .serapan({d, Rounding::half_up})
                                        .points_if_defined()
                                        .value_or(Decimal(-1)));
        }
        if (!candidates.empty() && candidates.front().second == printed->value) return;
        std::string equals;
        for (std::size_t k = 1; k < candidates.size(); ++k)
            if (candidates[k].second == printed->value) {
                equals = "; it equals " + candidates[k].first;
                break;
            }
        if (equals.empty()) {
            equals = "; it equals none of";
            for (std::size_t k = 0; k < candidates.size(); ++k)
                equals += std::string(k == 0 ? " " : ", ") + candidates[k].first + " " +
                          format_number(candidates[k].second);
        }
        const std::string expected = candidates.empty() ? "" : format_number(candidates.front().second);
        add("label.mean", Severity::warning, r, static_cast<int>(c), expected,
            "labelled a mean, but it is not the mean of the rows it closes" +
                (candidates.empty() ? std::string() : " (" + expected + ")") + equals);
    }

    void weighted(const std::vector<std::size_t>& rows, std::size_t c, int d,
                  std::vector<std::pair<std::string, Decimal>>& candidates) const {
        Decimal sum = Decimal(0).rescaled(2);
        Rupiah weights;
        for (std::size_t m : rows) {
            const Cell* v = value_at(m, static_cast<int>(c));
            const std::string& ref = t_.rows[m].ref;
            if (v == nullptr || ref.empty() || plan_->find_node(ref) == nullptr) return;
            const Rupiah w = plan_->budget_of(ref, *t_.year).anggaran;
            sum += v->value * w.to_decimal();
            weights += w;
        }
        if (weights.sign() == 0) return;
        candidates.emplace_back("the budget-weighted mean of the innermost rows",
                                *divide(sum, weights.to_decimal(), d));
    }

    void title_year() {
        if (!t_.year) return;
        std::vector<int> years;
        const std::string& s = t_.title;
        for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
            const bool digits = std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i),
                                            s.begin() + static_cast<std::ptrdiff_t>(i + 4),
                                            [](char ch) { return ch >= '0' && ch <= '9'; });
            const bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1]))) &&
                               (i + 4 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 4])));
            if (digits && alone) {
                const int y = std::stoi(s.substr(i, 4));
                if (y >= min_year && y <= max_year) years.push_back(y);
            }
        }
        if (years.empty() || std::find(years.begin(), years.end(), *t_.year) != years.end()) return;
        Finding f;
        f.rule = "title.year";
        f.severity = Severity::warning;
        f.table = t_.id;
        f.printed = std::to_string(years.front());
        f.expected = std::to_string(*t_.year);
        f.message = "the title names " + std::to_string(years.front()) + ", but the data is of " +
                    std::to_string(*t_.year);
        out_.push_back(std::move(f));
    }

    const PrintedTable& t_;
    const PlanIndex* plan_;
    std::vector<Finding>& out_;
    std::set<std::pair<std::size_t, std::size_t>>& flagged_;
    bool indicator_table_ = false;
    std::vector<std::vector<Cell>> cells_;
    std::set<std::pair<std::size_t, int>> uncomputable_;  // cells already reported as uncomputable
};

// Rows whose kegiatan are not all printed: for each program row (or group of kegiatan rows closed
// by a total), the plan's kegiatan that no row names.
std::map<std::size_t, std::vector<std::string>> plan_rows(const PrintedTable& t, const PlanIndex& plan,
                                                          std::vector<Finding>& out) {
    std::map<std::size_t, std::vector<std::string>> missing;
    auto check_group = [&](std::size_t r, const std::string& program, const std::vector<std::size_t>& rows) {
        std::set<std::string> printed;
        for (std::size_t k : rows) {
            const std::string& ref = t.rows[k].ref;
            if (ref.empty()) continue;
            printed.insert(ref);
            const Node* n = plan.find_node(ref);
            if (n != nullptr && n->level == Level::kegiatan && n->parent != program) {
                Finding f{
                    "plan.extra_row",
                    Severity::warning,
                    t.id,
                    t.rows[k].label,
                    "",
                    "",
                    program,
                    "this kegiatan belongs to '" + n->parent + "' in the plan, not to '" + program + "'"};
                out.push_back(std::move(f));
            }
        }
        std::vector<std::string> absent;
        for (const std::string& k : plan.descendants(program, Level::kegiatan))
            if (!printed.count(k)) absent.push_back(k);
        if (absent.empty()) return;
        std::string names;
        for (const std::string& k : absent)
            names += (names.empty() ? "'" : ", '") + plan.find_node(k)->name + "'";
        const std::size_t total = plan.descendants(program, Level::kegiatan).size();
        Finding f{"plan.missing_row",
                  Severity::error,
                  t.id,
                  t.rows[r].label,
                  "",
                  "",
                  names,
                  "the plan's program '" + program + "' has " + std::to_string(total) +
                      " kegiatan; the table prints " + std::to_string(total - absent.size()) + ", without " +
                      names};
        out.push_back(std::move(f));
        missing[r] = absent;
    };
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const Node* n = plan.find_node(t.rows[r].ref);
        if (n != nullptr && n->level == Level::program) {
            const auto kids = children(t, r, true);
            if (!kids.empty()) check_group(r, n->id, kids);
        }
        if (is_total(t.rows[r].label) && t.rows[r].level <= 1) {
            // A total over kegiatan rows of one program: the table is that program's.
            std::vector<std::size_t> rows;
            std::set<std::string> programs;
            for (std::size_t k = 0; k < r; ++k) {
                const Node* kn = plan.find_node(t.rows[k].ref);
                if (kn == nullptr) continue;
                if (kn->level != Level::kegiatan) {
                    programs.insert("");
                    break;
                }
                rows.push_back(k);
                programs.insert(kn->parent);
            }
            if (programs.size() == 1 && !programs.begin()->empty()) check_group(r, *programs.begin(), rows);
        }
    }
    return missing;
}

// --- the same figure in several places ---

struct Fact {
    Decimal value;
    std::string printed;
    std::string table;
    std::string row;
    std::string column;
    bool money = false;
};

// What a figure is: the same key in two places is the same figure.
struct Key {
    std::string ref;
    int year = 0;
    std::string measure;
    friend bool operator<(const Key& a, const Key& b) {
        return std::tie(a.ref, a.year, a.measure) < std::tie(b.ref, b.year, b.measure);
    }
};

// The dataset's figure for a ref, year and measure, with how it was obtained; empty when it has none.
std::vector<std::pair<std::string, Decimal>> dataset_figures(const PlanIndex& plan, const std::string& ref,
                                                             int year, const std::string& measure) {
    std::vector<std::pair<std::string, Decimal>> out;
    auto budget = [&](const BudgetTotals& b, const std::string& what) {
        if (b.lines == 0) return;
        if (measure == "anggaran")
            out.emplace_back("the sum of " + what + " in the dataset", b.anggaran.to_decimal());
        if (measure == "realisasi")
            out.emplace_back("the sum of " + what + " in the dataset", b.realisasi.to_decimal());
        if (measure == "sisa") out.emplace_back("anggaran - realisasi of " + what, b.sisa().to_decimal());
        if (measure == "persen")
            if (auto p = b.serapan({18, Rounding::half_up}).points_if_defined())
                out.emplace_back("the serapan of " + what, *p);
    };
    if (ref == "body") budget(plan.budget_of("", year), "the whole budget");
    if (ref.rfind("class:", 0) == 0)
        if (auto c = parse_spending_class(ref.substr(6)))
            budget(plan.budget_of_class(year, *c), ref.substr(6));
    if (const Node* n = plan.find_node(ref)) {
        budget(plan.budget_of(n->id, year), "the lines of '" + n->id + "'");
        if (measure == "capaian" && n->level == Level::kegiatan)
            if (auto c = kegiatan_capaian(plan, n->id, year, {{18, Rounding::half_up}, std::nullopt}))
                if (c->is_defined()) out.emplace_back("the capaian of its indicators", c->points());
        if (measure == "capaian" && n->level == Level::program) {
            // A program's capaian is read as either mean; the budget-weighted one (which for
            // budget indicators is the program's serapan) is named first.
            const CapaianSummary s = capaian_summary(plan, n->id, year);
            if (s.budget_weighted_mean.is_defined())
                out.emplace_back("the budget-weighted mean of its kegiatan", s.budget_weighted_mean.points());
            if (s.simple_mean.is_defined())
                out.emplace_back("the simple mean of its kegiatan", s.simple_mean.points());
        }
    }
    if (ref.rfind("indicator:", 0) == 0) {
        if (const Indicator* ind = plan.find_indicator(ref.substr(10))) {
            const bool end =
                year == plan.plan().period.to && ind->end_target && ind->targets.count(year) == 0;
            if (measure == "target") {
                const auto t = ind->targets.find(year);
                if (t != ind->targets.end() && t->second.kind == Target::Kind::number)
                    out.emplace_back("the target in the dataset", t->second.value);
                else if (end && ind->end_target->kind == Target::Kind::number)
                    out.emplace_back("the end-of-plan target in the dataset", ind->end_target->value);
            }
            if (measure == "realisasi")
                if (auto m = realisation(plan, *ind, year))
                    if (m->kind == Measure::Kind::number)
                        out.emplace_back("the realisation in the dataset", m->value);
            if (measure == "capaian" && ind->targets.count(year) && ind->realisations.count(year)) {
                const Percent p =
                    indicator_capaian(plan, *ind, year, {{18, Rounding::half_up}, std::nullopt});
                if (p.is_defined()) out.emplace_back("the capaian the dataset gives", p.points());
            }
        }
    }
    if (ref.rfind("data:", 0) == 0) {
        const std::string rest = ref.substr(5);
        const auto slash = rest.find('/');
        if (slash != std::string::npos)
            if (const DataTable* t = plan.find_table(rest.substr(0, slash), year))
                if (auto v = t->value(rest.substr(slash + 1), measure))
                    out.emplace_back("the dataset's data table", *v);
    }
    if (measure == "count" && ref == "body:programs")
        out.emplace_back("the plan's programs", Decimal(plan.descendants("", Level::program).size()));
    if (measure == "count" && ref == "body:kegiatan")
        out.emplace_back("the plan's kegiatan", Decimal(plan.descendants("", Level::kegiatan).size()));
    return out;
}

// Whether `printed` states `exact`: equal at the printed decimals (half-up), or only by truncation.
enum class Agreement { same, truncated, coarse, differs };
Agreement agree(const Decimal& printed, const Decimal& exact) {
    const int d = printed.scale();
    if (exact.scale() <= d) return exact == printed ? Agreement::same : Agreement::differs;
    if (exact.rescaled(d, Rounding::half_up) == printed)
        return d < 2 && exact.rescaled(2, Rounding::half_up) != printed ? Agreement::coarse : Agreement::same;
    if (exact.rescaled(d, Rounding::truncate) == printed) return Agreement::truncated;
    return Agreement::differs;
}

bool derived(std::string_view measure) {
    return measure == "sisa" || measure == "persen" || measure == "capaian";
}

// One printed figure against the dataset's (\p known) or, when the dataset has none, the first
// place it is printed.
void compare_fact(const std::vector<Fact>& list, std::size_t i, const std::string& measure,
                  const std::vector<std::pair<std::string, Decimal>>& known,
                  std::set<std::pair<std::string, std::string>>& reported, std::vector<Finding>& out) {
    const Fact& f = list[i];
    auto emit = [&](const std::string& rule, Severity s, const std::string& expected,
                    const std::string& msg) {
        if (s == Severity::error && !derived(measure)) reported.insert({f.table, f.row});
        out.push_back(Finding{rule, s, f.table, f.row, f.column, f.printed, expected, msg});
    };
    if (!known.empty()) {
        bool fine = false;
        const std::pair<std::string, Decimal>* close = nullptr;
        Agreement how = Agreement::differs;
        for (const auto& k : known) {
            const Agreement g = agree(f.value, k.second);
            if (g == Agreement::same)
                fine = true;
            else if (g != Agreement::differs && close == nullptr) {
                close = &k;
                how = g;
            }
        }
        if (fine) return;
        const auto& k = close ? *close : known.front();
        const int d = std::max(f.value.scale(), 2);
        const std::string want =
            f.money ? show(k.second, true) : format_number(k.second.rescaled(std::min(d, 18)));
        if (close != nullptr)
            emit(how == Agreement::truncated ? "rounding.truncated" : "rounding.coarse", Severity::note, want,
                 k.first + " is " + want +
                     (how == Agreement::truncated ? "; the printed figure is truncated"
                                                  : "; printed with fewer decimals"));
        else {
            std::string all;
            for (const auto& x : known)
                all += (all.empty() ? "" : "; ") + x.first + " is " +
                       (f.money ? show(x.second, true) : format_number(x.second.rescaled(std::min(d, 18))));
            emit("cross.mismatch", Severity::error, want, "printed " + f.printed + ", but " + all);
        }
        return;
    }
    if (i == 0) return;
    const Fact& first = list.front();
    if (agree(f.value, first.value) == Agreement::same || agree(first.value, f.value) == Agreement::same)
        return;
    emit("cross.mismatch", Severity::error, first.printed,
         "printed " + f.printed + " here, but " + first.printed + " in " + first.table + " (" + first.row +
             ")");
}

void cross(const PlanIndex& plan, const std::map<Key, std::vector<Fact>>& facts, std::vector<Finding>& out) {
    // Base figures first; a derived figure (sisa, %, capaian) of a row whose base figure is already
    // reported is left out, so one wrong realisasi gives one finding, not three.
    std::vector<const std::pair<const Key, std::vector<Fact>>*> order;
    for (const auto& entry : facts) order.push_back(&entry);
    std::stable_partition(order.begin(), order.end(),
                          [](const auto* e) { return !derived(e->first.measure); });
    std::set<std::pair<std::string, std::string>> reported;  // (table, row) with a base mismatch
    for (const auto* entry : order) {
        // Plain references, not a structured binding: the lambdas below capture them.
        const std::string& ref = entry->first.ref;
        const int year = entry->first.year;
        const std::string& measure = entry->first.measure;
        const std::vector<Fact>& list = entry->second;
        std::vector<std::pair<std::string, Decimal>> known;
        bool computed = true;
        guarded([&] { known = dataset_figures(plan, ref, year, measure); },
                [&](const error& e) {
                    computed = false;
                    for (const Fact& f : list)
                        out.push_back(uncomputable(f.table, f.row, f.column, f.printed,
                                                   "the dataset's " + measure + " of '" + ref + "'", e));
                });
        if (!computed) continue;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Fact& f = list[i];
            if (derived(measure) && reported.count({f.table, f.row})) continue;
            guarded([&] { compare_fact(list, i, measure, known, reported, out); },
                    [&](const error& e) {
                        out.push_back(uncomputable(f.table, f.row, f.column, f.printed,
                                                   "the comparison of the " + measure, e));
                    });
        }
    }
}

// The figures a checked table prints, as facts for the cross-table comparison (cells a rule has
// already reported are left out), and its blank cells where a figure is due.
void table_facts(const PlanIndex& plan, const PrintedTable& t, const TableCheck& check,
                 const std::set<std::pair<std::size_t, std::size_t>>& flagged,
                 std::map<Key, std::vector<Fact>>& facts, std::vector<std::pair<Key, Fact>>& blanks) {
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const PrintedRow& row = t.rows[r];
        if (row.ref.empty()) continue;
        const auto& row_cells = check.cells()[r];
        // A kegiatan row is a data row even when it prints nothing; another row that prints
        // nothing is a heading.
        const Node* node = plan.find_node(row.ref);
        const bool leaf =
            node != nullptr && (node->level == Level::kegiatan || node->level == Level::sub_kegiatan);
        const bool prints_something =
            std::any_of(row_cells.begin(), row_cells.end(), [](const Cell& x) { return !x.blank; });
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const ColumnRole role = t.columns[c].role;
            const Cell& cell = row_cells[c];
            if (role == ColumnRole::other || role == ColumnRole::share || flagged.count({r, c})) continue;
            const Key key{row.ref, *t.year, std::string(to_string(role))};
            const bool money = is_money(role, check.indicator_table());
            if (cell.blank && (prints_something || leaf))
                blanks.emplace_back(key, Fact{Decimal(), "", t.id, row.label, key.measure, money});
            if (cell.readable)
                facts[key].push_back(Fact{cell.value, cell.text, t.id, row.label, key.measure, money});
        }
    }
}

// A figure of the text as a fact, or the finding its number text earns.
void text_fact(const PrintedFigure& f, std::map<Key, std::vector<Fact>>& facts, std::vector<Finding>& out) {
    // The text names a measure, not a column of an indicator table: its realisasi is money, as in a
    // budget table, and a count keeps the reader's default for '.'.
    const auto role = parse_column_role(f.measure);
    const bool money = role && is_money(*role, false);
    Reading n;
    bool computed = true;
    guarded([&] { n = read_figure(f.printed, money, false); },
            [&](const error& e) {
                computed = false;
                out.push_back(uncomputable("text", f.where, f.measure, f.printed, "the printed figure", e));
            });
    if (!computed) return;
    if (!n.rule.empty())
        out.push_back(
            Finding{n.rule, n.severity, "text", f.where, f.measure, f.printed, n.expected, n.message});
    if (n.value)
        facts[Key{f.ref, f.year, f.measure}].push_back(
            Fact{*n.value, f.printed, "text", f.where, f.measure, money});
}

}  // namespace

const std::vector<std::pair<std::string_view, std::string_view>>& review_rules() {
    static const std::vector<std::pair<std::string_view, std::string_view>> rules = {
        {"number.invalid", "error: a cell or figure is not a number"},
        {"number.repaired", "warning: malformed number text with one sensible reading (used in the checks)"},
        {"number.ambiguous", "warning: number text with two readings (left out of the checks)"},
        {"row.sisa", "error: sisa is not anggaran - realisasi"},
        {"row.persen", "error: % is not realisasi / anggaran x 100"},
        {"row.capaian", "error: capaian is not realisasi against target by the indicator's polarity"},
        {"row.l_plus_p", "error: L + P is not jumlah"},
        {"row.share", "error: a share of the total is not the row's value over the total row's"},
        {"total.sum", "error: a total or parent row is not the sum of the rows it closes"},
        {"plan.missing_row", "error: a program's rows lack a kegiatan the plan has"},
        {"plan.extra_row", "warning: a kegiatan row under a program it does not belong to in the plan"},
        {"label.mean", "warning: a row labelled as a mean is not the mean of its rows; says what it equals"},
        {"cell.blank", "warning: a blank cell where a value is due"},
        {"cell.uncomputable",
         "error: a figure the check needs cannot be computed (beyond 38 digits, or undefined); the cell "
         "is not checked and the rest of the check goes on"},
        {"title.year", "warning: the title's year is not the data's year"},
        {"cross.mismatch", "error: one figure printed differently in two tables, the text or the dataset"},
        {"rounding.truncated", "note: the figure is truncated rather than rounded half-up"},
        {"rounding.coarse", "note: the figure is right only at the fewer decimals it is printed with"},
    };
    return rules;
}

std::vector<Finding> check_table(const PrintedTable& table) {
    std::vector<Finding> out;
    std::set<std::pair<std::size_t, std::size_t>> flagged;
    TableCheck check(table, nullptr, out, flagged);
    check.run();
    return out;
}

std::vector<Finding> check(const Renstra& the_plan, const PrintedReport& printed) {
    // Every look-up of the reviu (a node, an indicator, a budget total per row) goes through one index.
    const PlanIndex plan(the_plan);
    std::vector<Finding> out;
    std::map<Key, std::vector<Fact>> facts;
    std::vector<std::pair<Key, Fact>> blanks;  // blank cells of rows that print other figures
    for (const PrintedTable& t : printed.tables) {
        std::set<std::pair<std::size_t, std::size_t>> flagged;
        TableCheck check(t, &plan, out, flagged);
        check.missing_ = plan_rows(t, plan, out);
        check.run();
        if (t.year) table_facts(plan, t, check, flagged, facts, blanks);
    }
    for (const PrintedFigure& f : printed.figures) text_fact(f, facts, out);
    cross(plan, facts, out);
    for (const auto& [key, f] : blanks) {
        // Not a structured binding inside the lambdas: C++17 lambdas cannot capture one.
        const Key& k = key;
        const Fact& blank = f;
        guarded(
            [&] {
                const auto known = dataset_figures(plan, k.ref, k.year, k.measure);
                if (known.empty()) return;
                const std::string want = blank.money ? show(known.front().second, true)
                                                     : format_number(known.front().second.rescaled(2));
                out.push_back(Finding{"cell.blank", Severity::warning, blank.table, blank.row, blank.column,
                                      "", want,
                                      "blank where a figure is due; " + known.front().first + " is " + want});
            },
            [&](const error& e) {
                out.push_back(uncomputable(blank.table, blank.row, blank.column, "",
                                           "the dataset's " + k.measure + " of '" + k.ref + "'", e));
            });
    }
    return out;
}

bool has_errors(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::error; });
}

}  // namespace kinerja
