// The reviu of a printed Renja evaluation: its derived columns recomputed from the printed ones.
// The table's columns are found by their names, never by position: an OPD's sheet orders and words
// them as it likes within the form.

#include "kinerja/reviu/renja.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "kinerja/core/number_text.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja {
namespace {

// The periods of the form, each printed as a K and an Rp column.
enum Period : std::size_t {
    renstra,
    before,
    target,
    tw1,
    tw2,
    tw3,
    tw4,
    year_real,
    capaian_year,
    cumulative,
    capaian_renstra,
    periods
};

// A column's index in the printed table for each period, K and Rp.
struct Columns {
    std::array<std::optional<std::size_t>, periods> k;
    std::array<std::optional<std::size_t>, periods> rp;
    int year = 0;  // the year the realisasi of the year names, or 0
};

// A name lowercased, each run of characters other than letters, digits, '.', '/' and '%' one space.
std::string simplified(const std::string& name) {
    std::string out;
    for (const char ch : name) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '.' || c == '/' || c == '%' || c >= 0x80) {
            out += static_cast<char>(std::tolower(c));
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool starts(const std::string& s, std::string_view prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

// The year a period's name ends with ("realisasi s.d. 2020"), or 0.
int year_in(const std::string& s) {
    std::size_t end = s.size();
    while (end > 0 && s[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && std::isdigit(static_cast<unsigned char>(s[start - 1]))) --start;
    if (end - start != 4) return 0;
    return std::stoi(s.substr(start, 4));
}

Columns columns_of(const PrintedTable& t) {
    Columns out;
    // The two "realisasi s.d. YYYY" periods: the earlier year's is the plan's earlier years.
    std::vector<std::pair<int, std::pair<bool, std::size_t>>> up_to;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        std::string s = simplified(t.columns[c].name);
        bool rp = false;
        if (s.size() > 3 && s.compare(s.size() - 3, 3, " rp") == 0) {
            rp = true;
            s.resize(s.size() - 3);
        } else if (s.size() > 2 && s.compare(s.size() - 2, 2, " k") == 0) {
            s.resize(s.size() - 2);
        } else {
            continue;
        }
        auto set = [&](Period p) { (rp ? out.rp : out.k)[p] = c; };
        auto has = [&s](std::string_view word) { return s.find(word) != std::string::npos; };
        // The form's headings as kinerja writes them ("Realisasi s.d. 2020") and as OPDs word them
        // ("Realisasi Capaian Kinerja Renstra sampai dengan Renja Tahun Lalu (2020)"): capaian first,
        // because an OPD's realisasi heading may say "capaian" too, but only after "realisasi".
        if (starts(s, "tingkat capaian") || starts(s, "capaian")) {
            set(has("renstra") ? capaian_renstra : capaian_year);
        } else if (starts(s, "target")) {
            set(has("renstra") ? renstra : target);
        } else if (const std::size_t tw = s.find("triwulan "); tw != std::string::npos) {
            const std::string q = s.substr(tw + 9);
            const std::array<std::string_view, 4> roman{"i", "ii", "iii", "iv"};
            for (std::size_t i = 0; i < 4; ++i)
                if (q == roman[i] || q == std::to_string(i + 1)) set(static_cast<Period>(tw1 + i));
        } else if (starts(s, "realisasi") && (has(" s.d.") || has(" s/d") || has(" sd ") || has(" sampai"))) {
            // Which of the two: by the words, else by the years the two print (the earlier is before).
            if (has("lalu") || has("sebelum"))
                set(before);
            else if (has("berjalan"))
                set(cumulative);
            else
                up_to.push_back({year_in(s), {rp, c}});
        } else if (starts(s, "realisasi")) {
            set(year_real);
            if (const int y = year_in(s)) out.year = y;
        }
    }
    std::sort(up_to.begin(), up_to.end());
    if (!up_to.empty()) {
        const int first = up_to.front().first, last = up_to.back().first;
        for (const auto& [y, where] : up_to) {
            if (first == last) continue;  // one year only: which of the two it is cannot be told
            (where.first ? out.rp : out.k)[y == first ? before : cumulative] = where.second;
        }
    }
    return out;
}

// A printed cell: blank, "n/a" or "-" (nothing to check), a number, or text that is none.
struct Value {
    enum class Kind { blank, number, invalid } kind = Kind::blank;
    Decimal number;
};

Value value_of(const std::string& text) {
    std::string_view s = text;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    if (s.empty() || s == "-" || s == "n/a" || s == "N/A") return {};
    try {
        return {Value::Kind::number, parse_number(s)};
    } catch (const error&) {
        return {Value::Kind::invalid, Decimal()};
    }
}

// The indicator of a row, when the plan has it.
const Indicator* indicator_of(const Renstra* plan, const PrintedRow& row) {
    if (!plan || row.ref.empty()) return nullptr;
    std::string_view ref = row.ref;
    if (ref.compare(0, 10, "indicator:") == 0) ref.remove_prefix(10);
    return plan->find_indicator(ref);
}

// Capaian of R against T in each form in use for \p ind (all three without one), at \p decimals.
std::vector<Decimal> capaian_forms(const Indicator* ind, const Decimal& r, const Decimal& t, int decimals) {
    const Decimal hundred(100);
    const auto higher = divide(r * hundred, t, decimals);
    const auto two_t = divide((t * 2 - r) * hundred, t, decimals);
    const auto t_over_r = divide(t * hundred, r, decimals);
    std::vector<std::optional<Decimal>> forms;
    if (!ind) {
        forms = {higher, two_t, t_over_r};
    } else if (ind->polarity == Polarity::higher_is_better) {
        forms = {higher};
    } else if (ind->polarity == Polarity::lower_is_better) {
        forms = {ind->lower_formula == LowerFormula::t_over_r ? t_over_r : two_t};
    }
    std::vector<Decimal> out;
    for (const auto& f : forms)
        if (f) out.push_back(*f);
    return out;
}

// The rollup of the quarters of \p year, and the rule across years (as the report applies it:
// the latest quarterly rollup up to the year, else a stock); empty without the plan's indicator.
std::optional<Rollup> quarter_rule(const Indicator* ind, std::optional<int> year) {
    if (!ind || !year) return std::nullopt;
    const auto r = ind->realisations.find(*year);
    if (r == ind->realisations.end() || r->second.source != Realisation::Source::triwulan)
        return std::nullopt;
    return r->second.rollup;
}
std::optional<Rollup> year_rule(const Indicator* ind, std::optional<int> year) {
    if (!ind || !year) return std::nullopt;
    Rollup rule = Rollup::last;
    for (const auto& [y, r] : ind->realisations) {
        if (y > *year) break;
        if (r.source == Realisation::Source::triwulan) rule = r.rollup;
    }
    return rule;
}

class RowCheck final {
public:
    RowCheck(const PrintedTable& t, const Columns& cols, const PrintedRow& row, const Renstra* plan,
             std::optional<int> year, const Language& lang, std::vector<Finding>& out)
        : t_(t), cols_(cols), row_(row), out_(out), ind_(indicator_of(plan, row)), year_(year), L_(lang) {}

    void run() {
        for (const bool rp : {false, true}) {
            guarded(rp, year_real, [&] { quarters(rp); });
            guarded(rp, capaian_year, [&] {
                ratio("renja.capaian", rp, capaian_year, year_real, target, L_.text("renja.not_capaian"));
            });
            guarded(rp, cumulative, [&] { up_to_year(rp); });
            guarded(rp, capaian_renstra, [&] {
                ratio("renja.capaian_renstra", rp, capaian_renstra, cumulative, renstra,
                      L_.text("renja.not_capaian_renstra"));
            });
        }
    }

private:
    // Runs the check of the cell of period \p p. A figure it needs that cannot be computed (a sum or
    // a product beyond 38 digits) names the cell as cell.uncomputable, as the other tables' rules do,
    // and the row's other checks go on: one absurd cell must not stop the reviu.
    template <class Check>
    void guarded(bool rp, Period p, Check&& check) {
        try {
            check();
        } catch (const error& e) {
            const auto& c = (rp ? cols_.rp : cols_.k)[p];
            if (!c || *c >= row_.cells.size()) return;
            out_.push_back(Finding{"cell.uncomputable", Severity::error, t_.id, row_.label,
                                   t_.columns[*c].name, row_.cells[*c], "",
                                   L_.format("renja.uncomputable", {{"error", describe(e, L_)}})});
        }
    }

    // The cell of period \p p, K or Rp; an invalid number is reported once, and then blank.
    Value cell(bool rp, Period p) {
        const auto& c = (rp ? cols_.rp : cols_.k)[p];
        if (!c || *c >= row_.cells.size()) return {};
        Value v = value_of(row_.cells[*c]);
        if (v.kind == Value::Kind::invalid) {
            if (invalid_.insert(*c).second)
                out_.push_back(Finding{"number.invalid", Severity::error, t_.id, row_.label,
                                       t_.columns[*c].name, row_.cells[*c], "", L_.text("renja.not_number")});
            return {};
        }
        return v;
    }

    // Reports the cell of \p p unless it equals one of \p expected (the first is the one named).
    void expect(const char* rule, bool rp, Period p, const Decimal& printed,
                const std::vector<Decimal>& expected, const std::string& message) {
        if (expected.empty()) return;
        for (const Decimal& e : expected)
            if (e == printed) return;
        if (expected.size() == 1) fixed_[rp ? 1 : 0][p] = expected.front();
        const std::size_t c = *(rp ? cols_.rp : cols_.k)[p];
        // The other forms in use, each once; the figures in the message are in the language's marks,
        // the expected field stays as the reviu writes every figure.
        std::string also;
        for (std::size_t i = 1; i < expected.size(); ++i)
            if (expected[i] != expected[0]) {
                const std::string next = L_.number(format_number(expected[i]));
                also = also.empty() ? next : L_.format("renja.or_next", {{"list", also}, {"next", next}});
            }
        const std::string first = L_.number(format_number(expected[0]));
        out_.push_back(
            Finding{rule, Severity::error, t_.id, row_.label, t_.columns[c].name, row_.cells[c],
                    format_number(expected[0]),
                    also.empty() ? L_.format("renja.should_be", {{"message", message}, {"expected", first}})
                                 : L_.format("renja.should_be_or",
                                             {{"message", message}, {"expected", first}, {"others", also}})});
    }

    void quarters(bool rp) {
        const Value year = cell(rp, year_real);
        if (year.kind != Value::Kind::number) return;
        std::vector<Decimal> q;
        bool all = true;
        for (std::size_t i = 0; i < 4; ++i) {
            const Value v = cell(rp, static_cast<Period>(tw1 + i));
            if (v.kind == Value::Kind::number)
                q.push_back(v.number);
            else
                all = false;
        }
        // Money is spent in every quarter: with one blank, the quarters are not all printed.
        if (q.empty() || (rp && !all)) return;
        Decimal sum(0), largest = q.front();
        for (const Decimal& d : q) {
            sum += d;
            largest = std::max(largest, d);
        }
        std::vector<Decimal> expected{sum};
        if (!rp) {
            const auto rule = quarter_rule(ind_, year_);
            if (!rule)
                expected = {sum, q.back(), largest};
            else
                expected = {*rule == Rollup::sum ? sum : *rule == Rollup::last ? q.back() : largest};
        }
        expect("renja.triwulan", rp, year_real, year.number, expected,
               L_.text(rp ? "renja.not_sum" : "renja.not_rolled_up"));
    }

    // The figure of period \p p as the later checks use it: the true one where a check settled it.
    // A wrong figure is then named in its own cell only, and a cell computed from the true figure is
    // not named for the wrong one it disagrees with.
    Value settled(bool rp, Period p) {
        if (const auto& fixed = fixed_[rp ? 1 : 0][p]) return {Value::Kind::number, *fixed};
        return cell(rp, p);
    }

    void ratio(const char* rule, bool rp, Period result, Period part, Period whole,
               const std::string& message) {
        const Value printed = cell(rp, result);
        if (printed.kind != Value::Kind::number) return;
        const Value r = settled(rp, part);
        const Value t = cell(rp, whole);
        if (r.kind != Value::Kind::number || t.kind != Value::Kind::number) return;
        const int decimals = std::min(printed.number.scale(), Decimal::max_scale);
        std::vector<Decimal> expected;
        if (rp) {
            if (const auto e = divide(r.number * Decimal(100), t.number, decimals)) expected.push_back(*e);
        } else {
            expected = capaian_forms(ind_, r.number, t.number, decimals);
        }
        expect(rule, rp, result, printed.number, expected, message);
    }

    void up_to_year(bool rp) {
        const Value printed = cell(rp, cumulative);
        if (printed.kind != Value::Kind::number) return;
        const Value year = settled(rp, year_real);
        if (year.kind != Value::Kind::number) return;
        const Value earlier = cell(rp, before);
        if (earlier.kind != Value::Kind::number) {
            expect("renja.cumulative", rp, cumulative, printed.number, {year.number},
                   L_.text("renja.not_year_alone"));
            return;
        }
        const Decimal sum = earlier.number + year.number;
        std::vector<Decimal> expected{sum};
        if (!rp) {
            const auto rule = year_rule(ind_, year_);
            const Decimal largest = std::max(earlier.number, year.number);
            if (!rule)
                expected = {sum, year.number, largest};
            else
                expected = {*rule == Rollup::sum ? sum : *rule == Rollup::last ? year.number : largest};
        }
        expect("renja.cumulative", rp, cumulative, printed.number, expected, L_.text("renja.not_cumulative"));
    }

    const PrintedTable& t_;
    const Columns& cols_;
    const PrintedRow& row_;
    std::vector<Finding>& out_;
    const Indicator* ind_;
    std::optional<int> year_;
    const Language& L_;
    std::set<std::size_t> invalid_;
    std::array<std::array<std::optional<Decimal>, periods>, 2> fixed_;  // K, Rp: figures a check settled
};

}  // namespace

bool is_renja_table(const PrintedTable& table) {
    const Columns c = columns_of(table);
    return c.k[year_real] && c.rp[year_real] && (c.k[target] || c.rp[target]);
}

std::vector<Finding> check_renja_table(const PrintedTable& table, const Renstra* plan, const Language& lang) {
    std::vector<Finding> out;
    const Columns cols = columns_of(table);
    std::optional<int> year = table.year;
    if (!year && cols.year != 0) year = cols.year;
    for (const PrintedRow& row : table.rows) RowCheck(table, cols, row, plan, year, lang, out).run();
    return out;
}

}  // namespace kinerja
