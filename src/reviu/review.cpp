// The reviu rules. Each table is read once into cells (verbatim text, verdict, value); the rules
// then work on values, and a cell a rule has already reported is not reported again by the
// cross-table comparison, so one fault gives one finding.

#include "kinerja/reviu/review.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "kinerja/core/capaian.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/measurement.hpp"
#include "kinerja/plan/totals.hpp"
#include "kinerja/plan/validate.hpp"
#include "kinerja/reviu/locate.hpp"
#include "kinerja/reviu/renja.hpp"

namespace kinerja {
namespace {

std::vector<std::pair<std::string, Decimal>> dataset_figures(const PlanIndex& plan, const std::string& ref,
                                                             int year, const std::string& measure,
                                                             const Language& L);

struct Cell {
    std::string text;
    bool blank = true;
    bool readable = false;  // has a value (exact, repaired, or a nil word read as 0)
    Decimal value;
    bool nil = false;       // a nil word ("-", "nihil", "tidak ada", "n/a"...)
    std::string grade;      // a rung of a ladder (target and realisasi of an indicator table), as spelt there
    bool repaired = false;  // malformed text given one reading: a likelier culprit (docs/locate.md)
    bool mark = false;      // a word in a part column (BAIK, RB, a check mark): the row's whole jumlah
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

// The text without the blanks (and no-break spaces) at either end.
std::string_view trimmed(std::string_view s) {
    auto blank_at = [&](std::size_t i) -> std::size_t {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') return 1;
        if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
            static_cast<unsigned char>(s[i + 1]) == 0xA0)
            return 2;
        return 0;
    };
    while (!s.empty() && blank_at(0)) s.remove_prefix(blank_at(0));
    while (!s.empty()) {
        if (std::isspace(static_cast<unsigned char>(s.back()))) {
            s.remove_suffix(1);
        } else if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
                   static_cast<unsigned char>(s.back()) == 0xA0) {
            s.remove_suffix(2);
        } else {
            break;
        }
    }
    return s;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return out;
}

// What a nil word says. Reports print a dash (or "nihil", "tidak ada") where a sum of money or a count
// is zero, and "n/a" where there is no value; in a column that is not added up (a ratio, an
// indicator's target or realisasi) every nil word is no value, never 0 (docs/reviu.md).
enum class Nil { none, zero, no_value };
Nil nil_word(std::string_view text) {
    const std::string w = upper(trimmed(text));
    if (w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94" || w == "NIHIL" || w == "TIDAK ADA")
        return Nil::zero;
    if (w == "NA" || w == "N/A") return Nil::no_value;
    // "Rp -" and "Rp. -": the money nil, as the number reader knows it.
    if (w.rfind("RP", 0) == 0 && read_number(text).nil) return Nil::zero;
    return Nil::none;
}

// The ladders a qualitative target and realisation are printed on, best first: the SAKIP grades,
// the BPK audit opinions, the letter grades A-E and yes/no. A pair is judged on the first ladder
// that holds both (A and B are on the SAKIP ladder and on A-E, in the same order).
const std::vector<std::vector<std::string>>& built_in_ladders() {
    static const std::vector<std::vector<std::string>> ladders = {
        {"AA", "A", "BB", "B", "CC", "C", "D"},
        {"WTP", "WDP", "TW", "TMP"},
        {"A", "B", "C", "D", "E"},
        {"YA", "TIDAK"},
    };
    return ladders;
}

// The rung \p text names on \p ladder (compared without regard to case or surrounding blanks), or -1.
int rung(const std::vector<std::string>& ladder, std::string_view text) {
    const std::string w = upper(trimmed(text));
    for (std::size_t i = 0; i < ladder.size(); ++i)
        if (upper(trimmed(ladder[i])) == w) return static_cast<int>(i);
    return -1;
}

// What one cell's text says about the convention its column prints numbers in. Only well-formed
// digits count: a separator that repeats between groups of three can only group thousands; one that
// is followed by other than three digits, or the last of two kinds, can only mark the decimals; a
// lone separator before exactly three digits could be either. ",-" is Indonesian.
enum class Evidence { plain, indonesian, english, either, unknown };
Evidence evidence_of(std::string_view text) {
    std::string_view v = trimmed(text);
    if (v.size() >= 2 && v.compare(v.size() - 2, 2, ",-") == 0) return Evidence::indonesian;
    if (!v.empty() && v.front() == '(' && v.back() == ')') v = trimmed(v.substr(1, v.size() - 2));
    if (!v.empty() && v.front() == '-') v.remove_prefix(1);
    if (v.size() >= 2 && (v[0] == 'R' || v[0] == 'r') && (v[1] == 'p' || v[1] == 'P')) {
        v.remove_prefix(2);
        if (!v.empty() && v.front() == '.') v.remove_prefix(1);
        v = trimmed(v);
    }
    if (!v.empty() && v.back() == '%') v = trimmed(v.substr(0, v.size() - 1));
    if (v.empty() || !std::isdigit(static_cast<unsigned char>(v.front())) ||
        !std::isdigit(static_cast<unsigned char>(v.back())))
        return Evidence::unknown;
    std::vector<std::size_t> groups{0};
    std::string seps;
    for (char ch : v) {
        if (std::isdigit(static_cast<unsigned char>(ch))) {
            ++groups.back();
        } else if (ch == '.' || ch == ',') {
            if (groups.back() == 0) return Evidence::unknown;
            seps += ch;
            groups.push_back(0);
        } else {
            return Evidence::unknown;
        }
    }
    if (seps.empty()) return Evidence::plain;
    const char last = seps.back();
    const auto decimal = [](char sep) { return sep == '.' ? Evidence::english : Evidence::indonesian; };
    const auto grouping = [](char sep) { return sep == '.' ? Evidence::indonesian : Evidence::english; };
    for (std::size_t i = 1; i + 1 < groups.size(); ++i)
        if (groups[i] != 3) return Evidence::unknown;
    if (seps.find_first_not_of(seps.front()) != std::string::npos) {
        // Two kinds: the earlier ones (all alike) group, the last marks the decimals.
        if (seps.substr(0, seps.size() - 1).find(last) != std::string::npos) return Evidence::unknown;
        return decimal(last);
    }
    if (seps.size() > 1) return groups.back() == 3 ? grouping(last) : Evidence::unknown;
    return groups.back() == 3 ? Evidence::either : decimal(last);
}

// English-convention text rewritten the Indonesian way, character for character (offsets stay): a
// separator next to a digit swaps, the dot of "Rp." does not.
std::string swap_separators(std::string_view text) {
    std::string s(text);
    const auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(s[i])) != 0; };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '.' && s[i] != ',') continue;
        const bool before = i > 0 && digit(i - 1);
        const bool after = i + 1 < s.size() && digit(i + 1);
        const bool letter_before = i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1]));
        if (before || (after && !letter_before)) s[i] = s[i] == '.' ? ',' : '.';
    }
    return s;
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
}  // namespace

bool is_total_label(std::string_view label) {
    const std::string s = squeeze(label);
    return s == "JUMLAH" || s == "TOTAL" || s == "JUMLAHTOTAL" || s == "GRANDTOTAL";
}

bool is_mean_label(std::string_view label) {
    const std::string s = squeeze(label);
    return s == "RATARATA" || s == "AVERAGE" || s == "MEAN";
}

namespace {

// The asset condition a part column's header or a mark names, as one word of BAIK, KURANG BAIK,
// RUSAK RINGAN, RUSAK BERAT and RUSAK (either kind of rusak), spelt out or abbreviated (B, KB, RR,
// RB), after a Kondisi heading the layout reading puts before an abbreviation; empty when it names
// none (a check mark, "v", a breakdown other than condition).
std::string condition_of(std::string_view text) {
    std::string s = squeeze(text);
    for (const std::string_view heading : {"KONDISIBARANG", "KONDISIASET", "KONDISI"})
        if (s.size() > heading.size() && s.compare(0, heading.size(), heading) == 0) {
            s.erase(0, heading.size());
            break;
        }
    if (s == "BAIK" || s == "B") return "BAIK";
    if (s == "KURANGBAIK" || s == "KB") return "KURANG BAIK";
    if (s == "RUSAKRINGAN" || s == "RR") return "RUSAK RINGAN";
    if (s == "RUSAKBERAT" || s == "RB") return "RUSAK BERAT";
    if (s == "RUSAK") return "RUSAK";
    return "";
}

// Whether two conditions can be one: equal, or RUSAK beside either kind of rusak.
bool same_condition(const std::string& a, const std::string& b) {
    const auto rusak = [](const std::string& x) { return x.rfind("RUSAK", 0) == 0; };
    return a == b || (a == "RUSAK" && rusak(b)) || (b == "RUSAK" && rusak(a));
}

// The header of a numbering column: No, No., Nomor, No Urut.
bool numbering_name(std::string_view name) {
    const std::string s = squeeze(name);
    return s == "NO" || s == "NOMOR" || s == "NOURUT";
}

// A plain row number ("12", "12."), at most six digits, or -1.
long row_number(std::string_view text) {
    std::string_view v = trimmed(text);
    if (!v.empty() && v.back() == '.') v.remove_suffix(1);
    if (v.empty() || v.size() > 6) return -1;
    long n = 0;
    for (char ch : v) {
        if (!std::isdigit(static_cast<unsigned char>(ch))) return -1;
        n = n * 10 + (ch - '0');
    }
    return n;
}

// The rows one level below row r that follow it, until a row at its level or above; total and mean
// rows among them are left out unless `with_summaries`.
std::vector<std::size_t> children(const PrintedTable& t, std::size_t r, bool with_summaries) {
    std::vector<std::size_t> kids;
    const int level = t.rows[r].level;
    if (level == 0) return kids;
    for (std::size_t k = r + 1; k < t.rows.size() && t.rows[k].level > level; ++k)
        if (t.rows[k].level == level + 1 &&
            (with_summaries || (!is_total_label(t.rows[k].label) && !is_mean_label(t.rows[k].label))))
            kids.push_back(k);
    return kids;
}

// "a or b" for the readings of ambiguous text: Indonesian number text for Finding::expected.
std::string readings_text(const NumberText& n) {
    std::string out;
    for (const auto& x : n.readings) out += (out.empty() ? "" : " or ") + format_number(x.value);
    return out;
}

// The same readings as a message in \p L says them.
std::string readings_said(const NumberText& n, const Language& L) {
    std::string out;
    for (const auto& x : n.readings)
        out += (out.empty() ? "" : " " + L.text("reviu.piece.or") + " ") + L.number(format_number(x.value));
    return out;
}

// " and 3 more" after a list cut short, in \p L.
std::string and_more(std::size_t more, const Language& L) {
    return " " + L.format("reviu.piece.and_more", {{"count", std::to_string(more)}});
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
    std::string readings;  // ambiguous: the readings as the message says them
};

// The convention a column prints its numbers in, when its cells settle it.
enum class Convention { none, indonesian, english };

NumberText read_with(const std::string& text, bool money, bool count, Convention convention) {
    if (convention == Convention::english) {
        NumberText n = read_number(swap_separators(text), read_options(money, true));
        n.text = text;
        return n;
    }
    return read_number(text, read_options(money, count || convention == Convention::indonesian));
}

Reading read_figure(const Language& L, const std::string& text, bool money, bool count,
                    Convention convention = Convention::none) {
    const NumberText n = read_with(text, money, count, convention);
    Reading out;
    switch (n.status) {
        case TextStatus::exact:
            out.value = n.readings[0].value;
            break;
        case TextStatus::repaired: {
            out.value = n.readings[0].value;
            std::string why;
            for (const auto& p : n.problems)
                why += (why.empty() ? "" : "; ") +
                       L.format("reviu.piece.at_offset", {{"reason", number_reason(p.reason, L)},
                                                          {"offset", std::to_string(p.offset)}});
            out.rule = "number.repaired";
            out.expected = show(*out.value, money);
            out.message =
                L.format("reviu.number.repaired", {{"why", why}, {"value", L.number(out.expected)}});
            break;
        }
        case TextStatus::ambiguous: {
            out.rule = "number.ambiguous";
            out.expected = readings_text(n);
            out.readings = readings_said(n, L);
            out.message =
                L.format("reviu.number.ambiguous",
                         {{"readings", out.readings}, {"verdict", L.text("reviu.number.ambiguous.unused")}});
            break;
        }
        case TextStatus::invalid:
            out.rule = "number.invalid";
            out.severity = Severity::error;
            out.message =
                L.format("reviu.number.invalid", {{"reason", number_reason(n.problems.front().reason, L)},
                                                  {"offset", std::to_string(n.problems.front().offset)}});
            break;
    }
    return out;
}

// A figure the check needs that cannot be computed: a sum or a product beyond 38 digits, a product
// that needs more than 18 decimals, an undefined ratio used. The cell becomes a finding naming the
// reason, and the rest of the check goes on: one absurd cell must not hide every other finding.
Finding uncomputable(std::string table, std::string row, std::string column, std::string printed,
                     const std::string& what, const error& e, const Language& L) {
    return Finding{"cell.uncomputable",
                   Severity::error,
                   std::move(table),
                   std::move(row),
                   std::move(column),
                   std::move(printed),
                   "",
                   L.format("reviu.cell.uncomputable", {{"what", what}, {"error", describe(e, L)}})};
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

using CellKey = std::pair<std::size_t, std::size_t>;
// Values set for cells whose text is ambiguous, to run the checks under one reading.
using Overrides = std::map<CellKey, Decimal>;

// What a figure is, across tables and the text: (ref, year, measure).
using FigureKey = std::tuple<std::string, int, std::string>;

// Where a figure of the report's edit system comes from: a cell of a checked table, a figure the
// text states, or the dataset.
struct Origin {
    enum class Kind { cell, text, dataset };
    Kind kind = Kind::cell;
    std::size_t table = 0;  // cell: the table's place among the checked tables
    CellKey at{};           // cell: its row and column; text: {the figure's index, 0}
    std::string table_id;   // cell: the table's id, named when a finding of another table lists it
    std::string shown;      // how a finding names it: the row and column (or the text's place), then the text
    bool money = false;     // its corrected value is shown as Rupiah
};

// The report's figures and checks as one EditSystem (docs/reviu.md, "Which figure is wrong"): each
// table's arithmetic, the same figure printed in two places, and the dataset's figures.
struct Edits {
    EditSystem system;
    std::vector<Origin> origin;     // by variable
    std::vector<std::string> rule;  // by edit: the rule it checks
};

// What a variable of \p e names in a finding of table \p from: a figure of another table says which.
std::string figure(const Edits& e, VariableId v, std::size_t from) {
    const Origin& o = e.origin[v];
    if (o.kind == Origin::Kind::cell && o.table != from) return o.table_id + " " + o.shown;
    return o.shown;
}

// A corrected value as a finding shows it.
std::string value_text(const Edits& e, VariableId v, const Correction& c) {
    if (!c.value) return "";
    return e.origin[v].money ? show(*c.value, true) : format_number(*c.value);
}

// Every variable an edit reads.
std::vector<VariableId> variables_in(const Edits& e, EditId id) {
    const Edit& x = e.system.edits()[id];
    std::vector<VariableId> vs;
    for (const Term& t : x.form.terms) vs.push_back(t.variable);
    if (x.kind == EditKind::rounded) {
        vs.push_back(x.target);
        for (const Term& t : x.denominator.terms) vs.push_back(t.variable);
    }
    return vs;
}

// "this figure is wrong: ..." with the value that makes every check hold and the printed figures of
// the broken edits around it that agree once it is corrected (as table \p from names them).
std::string culprit_message(const Edits& e, const LocateCluster& k, const LocateSolution& s,
                            const Correction& c, std::size_t from, const Language& L) {
    std::set<VariableId> near;
    for (EditId id : k.violated) {
        const auto vs = variables_in(e, id);
        if (std::find(vs.begin(), vs.end(), c.variable) == vs.end()) continue;
        for (VariableId v : vs)
            if (std::binary_search(s.agreeing.begin(), s.agreeing.end(), v)) near.insert(v);
    }
    std::string agree;
    std::size_t listed = 0;
    bool dataset = false;
    for (VariableId v : near) {
        if (e.origin[v].kind == Origin::Kind::dataset) {
            dataset = true;
            continue;
        }
        if (++listed > 6) continue;
        agree += (agree.empty() ? "" : ", ") + figure(e, v, from);
    }
    if (listed > 6) agree += and_more(listed - 6, L);
    if (dataset)
        agree += (agree.empty() ? "" : ", " + L.text("reviu.piece.and") + " ") +
                 L.text("reviu.piece.dataset_figure");
    const std::string value = L.number(value_text(e, c.variable, c));
    std::string correction = value.empty() ? L.text("reviu.locate.open")
                             : c.exact     ? L.format("reviu.locate.value", {{"value", value}})
                                           : L.format("reviu.locate.value_rounded", {{"value", value}});
    if (!agree.empty()) correction += "; " + L.format("reviu.locate.agree", {{"figures", agree}});
    return L.format("reviu.locate.culprit", {{"correction", correction}});
}

// The caps a printed capaian may have been cut to when the options name none.
const std::vector<Decimal>& usual_caps() {
    static const std::vector<Decimal> caps = {Decimal(100), Decimal(105), Decimal(110),
                                              Decimal(120), Decimal(125), Decimal(150)};
    return caps;
}

// A table's rows with ambiguous cells get the checks run once per reading; past this many rows the
// rest stay out of the checks, so that a table of ambiguous text costs a bounded time.
constexpr std::size_t max_rows_read_both_ways = 64;

class TableCheck {
public:
    TableCheck(const PrintedTable& t, const PlanIndex* plan, const ReviewOptions& options,
               std::vector<Finding>& out, std::set<CellKey>& flagged, Overrides overrides = {})
        : t_(t),
          plan_(plan),
          options_(options),
          L_(options.lang),
          out_(out),
          flagged_(flagged),
          overrides_(std::move(overrides)),
          first_(out.size()) {
        indicator_table_ = column(ColumnRole::target) >= 0;
        read_cells();
    }

    void run() {
        title_year();
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            if (is_mean_label(t_.rows[r].label)) continue;
            row_arithmetic(r);
        }
        groups();
        part_totals();
        means();
        numbering();
        if (overrides_.empty()) either_reading();
        last_ = out_.size();
    }

    const std::vector<std::vector<Cell>>& cells() const { return cells_; }
    bool indicator_table() const { return indicator_table_; }

    // The decimals most of column c's other figures are printed with, when that is more than the
    // cell at row r prints: the precision its rounding is judged at (docs/reviu.md).
    std::optional<int> finer_column(std::size_t r, std::size_t c) const {
        const Cell& cell = cells_[r][c];
        if (!cell.readable || cell.nil) return std::nullopt;
        const int d = cell.value.scale();
        std::size_t others = 0;
        for (const auto& [scale, n] : scales_[c]) others += scale == d ? n - 1 : n;
        for (const auto& [scale, n] : scales_[c]) {
            const std::size_t mine = scale == d ? n - 1 : n;
            if (2 * mine > others && scale > d) return scale;
        }
        return std::nullopt;
    }

private:
    // A figure as a message shows it: Indonesian number text in the language's convention.
    std::string num(const Decimal& d) const { return L_.number(format_number(d)); }
    std::string shown(const Decimal& d, bool money) const { return L_.number(show(d, money)); }

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
                                     c >= 0 ? t_.rows[r].cells[cell] : "", what, e, L_);
            if (c >= 0) flagged_.insert({r, cell});
            out_.push_back(std::move(f));
        });
    }

    // A finding on the cell at row r, column c; `flag` keeps the cell out of the cross-table
    // comparison (a cell a rule has reported is not reported again there).
    void add(const std::string& rule, Severity s, std::size_t r, int c, const std::string& expected,
             const std::string& message, bool flag = true) {
        Finding f;
        f.rule = rule;
        f.severity = s;
        f.table = t_.id;
        f.row = r < t_.rows.size() ? t_.rows[r].label : "";
        if (c >= 0) {
            f.column = std::string(to_string(t_.columns[static_cast<std::size_t>(c)].role));
            f.printed = t_.rows[r].cells[static_cast<std::size_t>(c)];
            if (flag) {
                flagged_.insert({r, static_cast<std::size_t>(c)});
                cell_of_[out_.size()] = {r, static_cast<std::size_t>(c)};
            }
        }
        f.expected = expected;
        f.message = message;
        out_.push_back(std::move(f));
    }

    void read_cells() {
        cells_.assign(t_.rows.size(), {});
        for (std::size_t r = 0; r < t_.rows.size(); ++r)
            for (std::size_t c = 0; c < t_.columns.size(); ++c) {
                Cell cell;
                cell.text = t_.rows[r].cells[c];
                cell.blank = std::all_of(cell.text.begin(), cell.text.end(),
                                         [](char ch) { return ch == ' ' || ch == '\t'; });
                cells_[r].push_back(std::move(cell));
            }
        // Column by column the words and the convention, then the numbers row by row (the order
        // their findings come in), then what each column's reading says.
        columns_.assign(t_.columns.size(), Column{});
        for (std::size_t c = 0; c < t_.columns.size(); ++c)
            if (t_.columns[c].role != ColumnRole::other) settle_column(c);
        for (std::size_t r = 0; r < t_.rows.size(); ++r)
            for (std::size_t c = 0; c < t_.columns.size(); ++c)
                if (t_.columns[c].role != ColumnRole::other) read_cell(r, c);
        for (std::size_t c = 0; c < t_.columns.size(); ++c)
            if (t_.columns[c].role != ColumnRole::other) column_notes(c);
        for (const auto& [at, v] : overrides_) {
            Cell& cell = cells_[at.first][at.second];
            cell.readable = true;
            cell.value = v;
        }
        scales_.assign(t_.columns.size(), {});
        for (std::size_t r = 0; r < t_.rows.size(); ++r)
            for (std::size_t c = 0; c < t_.columns.size(); ++c)
                if (cells_[r][c].readable && !cells_[r][c].nil) ++scales_[c][cells_[r][c].value.scale()];
    }

    // What reading a column learns: the first rows whose text settles each convention, the
    // convention settled, and what its cells made of it.
    struct Column {
        std::optional<std::size_t> indonesian;
        std::optional<std::size_t> english;
        Convention settled = Convention::none;
        std::vector<std::size_t> zeros;  // nil words read as 0
        std::size_t by_convention = 0;   // cells whose reading the convention decided
        std::size_t left_ambiguous = 0;
    };

    // Column c's nil words and grades, and the convention its well-formed numbers settle
    // (docs/reviu.md).
    void settle_column(std::size_t c) {
        const ColumnRole role = t_.columns[c].role;
        const bool graded = indicator_table_ && (role == ColumnRole::target || role == ColumnRole::realisasi);
        Column& col = columns_[c];
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            Cell& cell = cells_[r][c];
            if (cell.blank) continue;
            const Nil nil = nil_word(cell.text);
            if (nil != Nil::none) {
                cell.nil = true;
                if (is_additive(role, indicator_table_) && nil == Nil::zero) {
                    cell.readable = true;
                    cell.value = Decimal();
                    col.zeros.push_back(r);
                }
                continue;
            }
            if (graded)
                if (auto g = grade_of(r, cell.text)) {
                    cell.grade = *g;
                    continue;
                }
            // A part column's word: a mark, never a number. Text with digits is read as a count.
            if (role == ColumnRole::part && std::none_of(cell.text.begin(), cell.text.end(), [](char ch) {
                    return std::isdigit(static_cast<unsigned char>(ch));
                })) {
                cell.mark = true;
                continue;
            }
            const Evidence e = evidence_of(cell.text);
            if (e == Evidence::indonesian && !col.indonesian) col.indonesian = r;
            if (e == Evidence::english && !col.english) col.english = r;
        }
        col.settled = col.indonesian && col.english ? Convention::none
                      : col.indonesian              ? Convention::indonesian
                      : col.english                 ? Convention::english
                                                    : Convention::none;
    }

    // The number in the cell at row r, column c, read with its column's convention where the text
    // leaves the convention open or follows it.
    void read_cell(std::size_t r, std::size_t c) {
        Cell& cell = cells_[r][c];
        if (cell.blank || cell.nil || !cell.grade.empty() || cell.mark) return;
        const ColumnRole role = t_.columns[c].role;
        const bool money = is_money(role, indicator_table_);
        const bool count = is_count(role) || role == ColumnRole::part;
        Column& col = columns_[c];
        const Evidence own = col.settled == Convention::english ? Evidence::english : Evidence::indonesian;
        guard(r, static_cast<int>(c), L_.text("reviu.what.printed_figure"), [&] {
            const Evidence e = evidence_of(cell.text);
            const bool applies = col.settled != Convention::none && (e == Evidence::either || e == own);
            const Reading n =
                read_figure(L_, cell.text, money, count, applies ? col.settled : Convention::none);
            if (applies && n.value) {
                // Counted where the convention decided: the text alone is ambiguous or no number, or
                // reads otherwise ("1,234" is 1,234 the Indonesian way, 1234 the English way).
                const NumberText plain = read_with(cell.text, money, count, Convention::none);
                const bool valued = plain.status == TextStatus::exact || plain.status == TextStatus::repaired;
                if (!valued || plain.readings[0].value != *n.value) ++col.by_convention;
            }
            cell.readable = n.value.has_value();
            cell.repaired = n.rule == "number.repaired";
            if (n.value) cell.value = *n.value;
            if (n.rule == "number.ambiguous") {
                ++col.left_ambiguous;
                ambiguous_[r].push_back(Ambiguous{
                    c, out_.size(), read_figure(L_, cell.text, money, count, Convention::indonesian).value,
                    read_figure(L_, cell.text, money, count, Convention::english).value, n.readings});
            }
            if (!n.rule.empty()) add(n.rule, n.severity, r, static_cast<int>(c), n.expected, n.message);
        });
    }

    // What reading column c says: the cell that settled its convention, its being printed both
    // ways, its nil words read as 0. None of them keeps a cell out of the cross-table comparison.
    void column_notes(std::size_t c) {
        const Column& col = columns_[c];
        const auto quoted = [&](std::size_t r) { return "'" + t_.rows[r].cells[c] + "'"; };
        const auto named = [&](std::size_t r) {
            return L_.format("reviu.piece.row_cell",
                             {{"row", t_.rows[r].label}, {"text", t_.rows[r].cells[c]}});
        };
        if (col.settled != Convention::none && col.by_convention > 0) {
            const bool english = col.settled == Convention::english;
            const std::size_t by = english ? *col.english : *col.indonesian;
            // Finding::expected names the convention as data, the same in every language.
            add("number.convention", Severity::note, by, static_cast<int>(c),
                english ? "English (1,234.56)" : "Indonesian (1.234,56)",
                L_.format(col.by_convention == 1 ? "reviu.number.convention.settled.one"
                                                 : "reviu.number.convention.settled",
                          {{"cell", quoted(by)},
                           {"how", L_.text(english ? "reviu.number.convention.english"
                                                   : "reviu.number.convention.indonesian")},
                           {"count", std::to_string(col.by_convention)}}),
                false);
        }
        if (col.indonesian && col.english && col.left_ambiguous > 0)
            add("number.convention", Severity::warning, *col.english, static_cast<int>(c), "",
                L_.format("reviu.number.convention.both", {{"english", named(*col.english)},
                                                           {"indonesian", named(*col.indonesian)},
                                                           {"count", std::to_string(col.left_ambiguous)}}),
                false);
        if (!col.zeros.empty()) {
            std::string rows;
            for (std::size_t k = 0; k < col.zeros.size() && k < 5; ++k)
                rows += (k == 0 ? "" : ", ") + ("'" + t_.rows[col.zeros[k]].label + "'");
            if (col.zeros.size() > 5) rows += and_more(col.zeros.size() - 5, L_);
            add("nil.zero", Severity::note, col.zeros.front(), static_cast<int>(c), "0",
                L_.format(col.zeros.size() == 1 ? "reviu.nil.zero.one" : "reviu.nil.zero",
                          {{"count", std::to_string(col.zeros.size())}, {"rows", rows}}),
                false);
        }
    }

    // The ladder the dataset writes for the row's indicator, when it is qualitative.
    const Indicator* qualitative_indicator(std::size_t r) const {
        const Indicator* ind = indicator_of(t_.rows[r].ref);
        return ind != nullptr && ind->polarity == Polarity::qualitative ? ind : nullptr;
    }

    // The grade a target or realisasi cell prints, spelt as its ladder spells it: a rung of the
    // dataset's ladder for the row's indicator (any text without digits when that ladder is empty),
    // else of a built-in one.
    std::optional<std::string> grade_of(std::size_t r, const std::string& text) const {
        if (const Indicator* ind = qualitative_indicator(r)) {
            const int k = rung(ind->grades, text);
            if (k >= 0) return ind->grades[static_cast<std::size_t>(k)];
            if (ind->grades.empty() && std::none_of(text.begin(), text.end(), [](char ch) {
                    return std::isdigit(static_cast<unsigned char>(ch));
                }))
                return std::string(trimmed(text));
        }
        for (const auto& ladder : built_in_ladders()) {
            const int k = rung(ladder, text);
            if (k >= 0) return ladder[static_cast<std::size_t>(k)];
        }
        return std::nullopt;
    }

    const Cell* value_at(std::size_t r, int c) const {
        if (c < 0) return nullptr;
        const Cell& cell = cells_[r][static_cast<std::size_t>(c)];
        if (cell.readable && overrides_.count({r, static_cast<std::size_t>(c)})) touched_ = true;
        return cell.readable ? &cell : nullptr;
    }
    // A nil word that is no value (in a column that is not added up).
    bool nil_at(std::size_t r, int c) const {
        return c >= 0 && cells_[r][static_cast<std::size_t>(c)].nil &&
               !cells_[r][static_cast<std::size_t>(c)].readable;
    }
    bool blank_at(std::size_t r, int c) const {
        return c >= 0 && cells_[r][static_cast<std::size_t>(c)].blank;
    }

    // Compares a printed ratio with its exact value (a quotient given as numerator and denominator),
    // at the printed decimals: equal half-up is right; equal truncated, or right only at fewer
    // decimals than two, is a rounding note; anything else is an error.
    void ratio(std::size_t r, int c, const std::string& rule, const Decimal& num, const Decimal& den,
               const std::string& what) {
        judge(
            r, c, rule, [&](Precision p) { return percent(num, den, p); }, what, no_cap);
    }

    // For a ratio that is no capaian: no cap applies.
    static Percent no_cap(Precision) { return Percent::undefined(); }

    // Compares a printed ratio with `compute(precision)`, its value at that precision. Equal half-up
    // at the printed decimals is right, unless the column prints more decimals and there the value
    // differs (rounding.hidden: the coarse figure hides a difference); equal truncated, or right only
    // at fewer decimals than two, is a rounding note; a capaian at a cap below `uncapped` is a note;
    // anything else is an error. A nil word is a blank: right where the value is 0 or undefined.
    template <class Compute, class Uncapped>
    void judge(std::size_t r, int c, const std::string& rule, Compute&& compute, const std::string& what,
               Uncapped&& uncapped) {
        if (nil_at(r, c)) {
            const Percent due = compute(Precision{2, Rounding::half_up});
            if (due.is_defined() && !due.points().is_zero())
                add("cell.blank", Severity::warning, r, c, format_number(due.points()),
                    L_.format("reviu.cell.blank.nil", {{"what", what}, {"value", num(due.points())}}));
            return;
        }
        const Cell* printed = value_at(r, c);
        if (printed == nullptr) return;
        const int d = printed->value.scale();
        const Percent half_up = compute(Precision{d, Rounding::half_up});
        if (!half_up.is_defined()) return;
        const Percent two = compute(Precision{std::max(d, 2), Rounding::half_up});
        if (capped(r, c, printed->value, uncapped, what)) return;
        if (half_up.points() == printed->value) {
            if (const auto s = finer_column(r, static_cast<std::size_t>(c))) {
                const Percent at = compute(Precision{*s, Rounding::half_up});
                if (at.points() != printed->value) {
                    add("rounding.hidden", Severity::error, r, c, format_number(at.points()),
                        L_.format("reviu.rounding.hidden", {{"what", what},
                                                            {"value", num(at.points())},
                                                            {"decimals", std::to_string(d)},
                                                            {"column_decimals", std::to_string(*s)},
                                                            {"printed", num(printed->value)}}));
                    return;
                }
            }
            if (d < 2 && two.points() != printed->value)
                add("rounding.coarse", Severity::note, r, c, format_number(two.points()),
                    L_.format("reviu.rounding.coarse", {{"what", what},
                                                        {"value", num(two.points())},
                                                        {"decimals", std::to_string(d)},
                                                        {"printed", num(printed->value)}}));
            return;
        }
        const Percent cut = compute(Precision{d, Rounding::truncate});
        if (cut.points() == printed->value) {
            add("rounding.truncated", Severity::note, r, c, format_number(half_up.points()),
                L_.format(
                    "reviu.rounding.truncated",
                    {{"what", what}, {"value", num(two.points())}, {"half_up", num(half_up.points())}}));
            return;
        }
        add(rule, Severity::error, r, c, format_number(two.points()),
            L_.format("reviu.ratio.is", {{"what", what}, {"value", num(two.points())}}));
    }

    // A printed capaian at a cap (the options' one, or else a usual one) below the exact capaian: a
    // note, consistent with a capping policy.
    // `uncapped(precision)` is the exact capaian at that precision (undefined for what is no
    // capaian); it is asked at 18 decimals only when its whole part is the cap's, so a huge
    // capaian does not overflow here.
    template <class Uncapped>
    bool capped(std::size_t r, int c, const Decimal& printed, Uncapped&& uncapped, const std::string& what) {
        const std::vector<Decimal> caps = options_.cap ? std::vector<Decimal>{*options_.cap} : usual_caps();
        for (const Decimal& cap : caps) {
            if (printed != cap) continue;
            const Percent whole = uncapped(Precision{0, Rounding::truncate});
            if (!whole.is_defined() || whole.points() < cap.rescaled(0, Rounding::truncate)) return false;
            if (whole.points() > cap || uncapped(Precision{18, Rounding::truncate}).points() > cap) {
                const Decimal two = uncapped(Precision{2, Rounding::half_up}).points();
                add("capaian.capped", Severity::note, r, c, format_number(two),
                    L_.format(
                        "reviu.capaian.capped",
                        {{"what", what}, {"value", num(two)}, {"printed", num(printed)}, {"cap", num(cap)}}));
                return true;
            }
        }
        return false;
    }

    void row_arithmetic(std::size_t r) {
        budget_row(r);
        capaian_row(r);
        l_plus_p(r);
        parts(r);
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
            guard(r, s, L_.text("reviu.what.sisa"), [&] {
                const Decimal sisa = va->value - vr->value;
                if (const Cell* vs = value_at(r, s)) {
                    if (vs->value != sisa)
                        add("row.sisa", Severity::error, r, s, show(sisa, true),
                            L_.format("reviu.row.sisa", {{"value", shown(sisa, true)}}));
                } else if (blank_at(r, s)) {
                    add("cell.blank", Severity::warning, r, s, show(sisa, true),
                        L_.format("reviu.cell.blank.sisa", {{"value", shown(sisa, true)}}));
                }
            });
        guard(r, pc, L_.text("reviu.what.persen"), [&] {
            if (value_at(r, pc) || nil_at(r, pc)) {
                ratio(r, pc, "row.persen", vr->value, va->value, L_.text("reviu.what.persen_formula"));
            } else if (blank_at(r, pc) && !va->value.is_zero()) {
                add("cell.blank", Severity::warning, r, pc,
                    format_number(percent(vr->value, va->value).points()),
                    L_.format("reviu.cell.blank.persen",
                              {{"value", num(percent(vr->value, va->value).points())}}));
            }
        });
    }

    // Capaian = realisasi against target, by the indicator's polarity when the plan knows the row;
    // on their ladder when both are grades.
    void capaian_row(std::size_t r) {
        const int cp = column(ColumnRole::capaian);
        const int ct = column(ColumnRole::target);
        const int cr = column(ColumnRole::realisasi);
        if (ct >= 0 && cr >= 0) {
            const Cell& gt = cells_[r][static_cast<std::size_t>(ct)];
            const Cell& gr = cells_[r][static_cast<std::size_t>(cr)];
            if (!gt.grade.empty() || !gr.grade.empty()) {
                guard(r, cp, L_.text("reviu.what.capaian"), [&] { grade_capaian(r, cp, cr, gt, gr); });
                return;
            }
        }
        const Cell* vt = value_at(r, ct);
        const Cell* vr = value_at(r, cr);
        if (!vt || !vr) return;
        guard(r, cp, L_.text("reviu.what.capaian"), [&] { capaian_of(r, cp, vt, vr); });
    }

    void capaian_of(std::size_t r, int cp, const Cell* vt, const Cell* vr) {
        Indicator ind;
        ind.polarity = Polarity::higher_is_better;
        std::string how = L_.text("reviu.what.capaian_formula");
        if (const Indicator* known = indicator_of(t_.rows[r].ref)) {
            ind = *known;
            if (ind.polarity != Polarity::higher_is_better) how = L_.text("reviu.what.capaian_polarity");
        }
        // Under the report's capping policy the due figure is the capped one: the message says so.
        if (options_.cap)
            how = L_.format("reviu.what.capped_at", {{"what", how}, {"cap", num(*options_.cap)}});
        const Target target = Target::number(vt->value);
        const Measure realised = Measure::number(vr->value);
        if (value_at(r, cp) || nil_at(r, cp)) {
            if (ind.polarity == Polarity::higher_is_better) {
                judge(
                    r, cp, "row.capaian",
                    [&](Precision p) {
                        return capaian_higher(vr->value, vt->value, {p, options_.cap});
                    },
                    how, [&](Precision p) { return percent(vr->value, vt->value, p); });
            } else {
                judge(
                    r, cp, "row.capaian",
                    [&](Precision p) {
                        return capaian(ind, target, realised, {p, options_.cap});
                    },
                    how,
                    [&](Precision p) {
                        return capaian(ind, target, realised, {p, std::nullopt});
                    });
            }
        }
        if (blank_at(r, cp) && !vt->value.is_zero())
            add("cell.blank", Severity::warning, r, cp, format_number(percent(vr->value, vt->value).points()),
                L_.text("reviu.cell.blank.capaian"));
    }

    // A qualitative target and realisasi: capaian on the ladder that holds both (the dataset's for
    // the row's indicator, else the first built-in one), by the library's formula: 100 when the
    // realisasi stands at least as high as the target, else 0 (kinerja/core/capaian.hpp).
    void grade_capaian(std::size_t r, int cp, int cr, const Cell& gt, const Cell& gr) {
        if (gt.grade.empty() || gr.grade.empty()) {
            if (gt.readable || gr.readable)
                add("grade.ladder", Severity::warning, r, cr, "", L_.text("reviu.grade.ladder.mixed"));
            return;
        }
        const std::vector<std::string>* ladder = nullptr;
        if (const Indicator* ind = qualitative_indicator(r))
            if (ind->grades.empty() || (rung(ind->grades, gt.grade) >= 0 && rung(ind->grades, gr.grade) >= 0))
                ladder = &ind->grades;
        for (const auto& l : built_in_ladders())
            if (ladder == nullptr && rung(l, gt.grade) >= 0 && rung(l, gr.grade) >= 0) ladder = &l;
        if (ladder == nullptr) {
            add("grade.ladder", Severity::warning, r, cr, "",
                L_.format("reviu.grade.ladder.none", {{"target", gt.grade}, {"realisasi", gr.grade}}));
            return;
        }
        const auto spelt = [&](const std::string& g) {
            const int k = rung(*ladder, g);
            return k >= 0 ? (*ladder)[static_cast<std::size_t>(k)] : g;
        };
        std::string rungs;
        for (const std::string& g : *ladder) rungs += (rungs.empty() ? "" : " > ") + g;
        const std::string how =
            rungs.empty()
                ? L_.format("reviu.what.grade_equal", {{"realisasi", gr.grade}, {"target", gt.grade}})
                : L_.format("reviu.what.grade_ladder",
                            {{"realisasi", gr.grade}, {"target", gt.grade}, {"ladder", rungs}});
        if (value_at(r, cp) || nil_at(r, cp)) {
            judge(
                r, cp, "row.capaian",
                [&](Precision p) {
                    return capaian_grade(spelt(gr.grade), spelt(gt.grade), *ladder, {p, options_.cap});
                },
                how, no_cap);
        } else if (blank_at(r, cp)) {
            const Percent due = capaian_grade(spelt(gr.grade), spelt(gt.grade), *ladder,
                                              {{2, Rounding::half_up}, std::nullopt});
            add("cell.blank", Severity::warning, r, cp, format_number(due.points()),
                L_.text("reviu.cell.blank.capaian"));
        }
    }

    // L + P = jumlah.
    void l_plus_p(std::size_t r) {
        const Cell* vl = value_at(r, column(ColumnRole::l));
        const Cell* vp = value_at(r, column(ColumnRole::p));
        const int j = column(ColumnRole::jumlah);
        if (!vl || !vp || j < 0) return;
        guard(r, j, L_.text("reviu.what.l_plus_p"), [&] {
            const Decimal sum = vl->value + vp->value;
            if (const Cell* vj = value_at(r, j))
                if (vj->value != sum)
                    add("row.l_plus_p", Severity::error, r, j, format_number(sum),
                        L_.format("reviu.row.l_plus_p", {{"value", num(sum)}}));
        });
    }

    // --- The parts of the jumlah (docs/reviu.md, "Parts of the jumlah"): each part column's cell is
    // a count, a mark standing for the row's whole jumlah, none (blank or a dash) or unknown (text
    // that is no number, or "n/a"), which keeps the row out of these checks. ---

    enum class Part { none, count, mark, unknown };

    std::vector<std::size_t> part_columns() const {
        std::vector<std::size_t> out;
        for (std::size_t c = 0; c < t_.columns.size(); ++c)
            if (t_.columns[c].role == ColumnRole::part) out.push_back(c);
        return out;
    }

    Part part_of(std::size_t r, std::size_t c) const {
        const Cell& cell = cells_[r][c];
        if (cell.mark) return Part::mark;
        if (value_at(r, static_cast<int>(c))) return Part::count;
        if (cell.blank || (cell.nil && nil_word(cell.text) == Nil::zero)) return Part::none;
        return Part::unknown;
    }

    // The row's marks and counts in its part columns; false when one of them is unknown.
    bool part_cells(std::size_t r, std::vector<std::size_t>& marks, std::vector<std::size_t>& counts) const {
        bool known = true;
        for (std::size_t c : part_columns()) {
            const Part p = part_of(r, c);
            if (p == Part::mark) marks.push_back(c);
            if (p == Part::count) counts.push_back(c);
            if (p == Part::unknown) known = false;
        }
        return known;
    }

    // The figure a mark stands for: the row's jumlah, when the mark is the row's only part and the
    // jumlah reads.
    const Cell* marked_jumlah(std::size_t r) const {
        std::vector<std::size_t> marks;
        std::vector<std::size_t> counts;
        if (!part_cells(r, marks, counts) || marks.size() != 1 || !counts.empty()) return nullptr;
        return value_at(r, column(ColumnRole::jumlah));
    }

    // A row's parts against its jumlah: counts add up to it; one mark stands for it; two marks, or a
    // mark beside counts, do not say how the jumlah divides (part.ambiguous, never guessed); a row
    // with a jumlah and no part leaves its items in no part. A mark naming another condition than
    // its column's is a warning wherever it stands.
    void parts(std::size_t r) {
        const auto cs = part_columns();
        if (cs.empty()) return;
        std::vector<std::size_t> marks;
        std::vector<std::size_t> counts;
        const bool known = part_cells(r, marks, counts);
        for (std::size_t c : marks) {
            const std::string said = condition_of(t_.rows[r].cells[c]);
            const std::string column = condition_of(t_.columns[c].name);
            if (!said.empty() && !column.empty() && !same_condition(said, column))
                add("part.mark", Severity::warning, r, static_cast<int>(c), "",
                    L_.format("reviu.part.mark", {{"mark", trimmed(t_.rows[r].cells[c])},
                                                  {"condition", said},
                                                  {"column", t_.columns[c].name}}));
        }
        if (!known) return;
        const auto named = [&](const std::vector<std::size_t>& at) {
            std::string out;
            for (std::size_t k = 0; k < at.size(); ++k)
                out += std::string(k == 0               ? ""
                                   : k + 1 == at.size() ? " " + L_.text("reviu.piece.and") + " "
                                                        : ", ") +
                       "'" + t_.columns[at[k]].name + "' ('" + std::string(trimmed(t_.rows[r].cells[at[k]])) +
                       "')";
            return out;
        };
        const int j = column(ColumnRole::jumlah);
        const Cell* vj = value_at(r, j);
        const std::string jumlah = vj ? " " + num(vj->value) : std::string();
        if (marks.size() >= 2 || (!marks.empty() && !counts.empty())) {
            add("part.ambiguous", Severity::warning, r, static_cast<int>(marks.front()), "",
                counts.empty()
                    ? L_.format("reviu.part.ambiguous.marks", {{"marks", named(marks)}, {"jumlah", jumlah}})
                    : L_.format("reviu.part.ambiguous.mixed",
                                {{"marks", named(marks)}, {"counts", named(counts)}, {"jumlah", jumlah}}));
            return;
        }
        if (!marks.empty() || j < 0) return;
        if (counts.empty()) {
            const bool summary = is_total_label(t_.rows[r].label) || !children_of(r).empty();
            if (vj && vj->value.sign() > 0 && !summary)
                add("part.none", Severity::error, r, static_cast<int>(cs.front()), "",
                    L_.format("reviu.part.none", {{"jumlah", jumlah}, {"columns", named(cs)}}));
            return;
        }
        guard(r, j, L_.text("reviu.what.part_sum"), [&] {
            Decimal sum;
            for (std::size_t c : counts) sum += cells_[r][c].value;
            if (vj) {
                if (vj->value != sum)
                    add("part.sum", Severity::error, r, j, format_number(sum),
                        L_.format("reviu.part.sum",
                                  {{"parts", named(counts)}, {"sum", num(sum)}, {"jumlah", jumlah}}));
            } else if (blank_at(r, j)) {
                add("cell.blank", Severity::warning, r, j, format_number(sum),
                    L_.format("reviu.cell.blank.jumlah", {{"value", num(sum)}}));
            }
        });
    }

    // The sum of part column c over \p members, a mark counting as its row's jumlah and a heading row
    // that prints nothing as its own rows (a list, not recursion: the depth is the input's); empty
    // when a member's part is not known.
    std::optional<Decimal> part_sum(const std::vector<std::size_t>& members, std::size_t c) const {
        Decimal sum;
        std::vector<std::size_t> todo(members.rbegin(), members.rend());
        while (!todo.empty()) {
            const std::size_t m = todo.back();
            todo.pop_back();
            if (heading(m)) {
                const auto kids = children_of(m);
                todo.insert(todo.end(), kids.rbegin(), kids.rend());
                continue;
            }
            switch (part_of(m, c)) {
                case Part::count:
                    sum += cells_[m][c].value;
                    break;
                case Part::mark:
                    if (const Cell* vj = marked_jumlah(m)) {
                        sum += vj->value;
                        break;
                    }
                    return std::nullopt;
                case Part::none:
                    break;
                case Part::unknown:
                    return std::nullopt;
            }
        }
        return sum;
    }

    // Each part column of a total or parent row against the sum of the rows it closes; a total that
    // prints a part blank prints no total of it.
    void part_totals() {
        const auto cs = part_columns();
        if (cs.empty()) return;
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            const PrintedRow& row = t_.rows[r];
            if (is_mean_label(row.label)) continue;
            const bool total = is_total_label(row.label);
            const std::vector<std::size_t> members = total ? closed_by(r) : children_of(r);
            if (members.empty()) continue;
            const std::string what = rows_named(total, members.size());
            for (std::size_t c : cs)
                guard(r, static_cast<int>(c), L_.format("reviu.what.sum", {{"rows", what}}), [&] {
                    std::optional<Decimal> printed;
                    const Part p = part_of(r, c);
                    if (p == Part::count) printed = cells_[r][c].value;
                    if (p == Part::mark)
                        if (const Cell* vj = marked_jumlah(r)) printed = vj->value;
                    if (p == Part::none && !cells_[r][c].blank) printed = Decimal();
                    if (!printed) return;
                    const auto sum = part_sum(members, c);
                    if (sum && *sum != *printed)
                        add("part.total", Severity::error, r, static_cast<int>(c), format_number(*sum),
                            L_.format("reviu.part.total", {{"column", t_.columns[c].name},
                                                           {"rows", what},
                                                           {"sum", num(*sum)},
                                                           {"printed", num(*printed)}}));
                });
        }
    }

    // A numbering column (No., Nomor) of plain numbers: where a number does not follow the one before
    // at its level (a jump, a repeat, a step back), a note, at most five a column; 1 starts a run.
    // Numbering of other shapes (1.1, a., I) is left alone.
    void numbering() {
        for (std::size_t c = 0; c < t_.columns.size(); ++c) {
            if (t_.columns[c].role != ColumnRole::other || !numbering_name(t_.columns[c].name)) continue;
            std::vector<long> numbers(t_.rows.size(), -1);
            std::size_t numbered = 0;
            bool plain = true;
            for (std::size_t r = 0; r < t_.rows.size() && plain; ++r) {
                if (trimmed(t_.rows[r].cells[c]).empty()) continue;
                numbers[r] = row_number(t_.rows[r].cells[c]);
                plain = numbers[r] >= 0;
                ++numbered;
            }
            if (!plain || numbered < 3) continue;
            std::map<int, long> last;  // level -> the number before
            std::size_t noted = 0;
            for (std::size_t r = 0; r < t_.rows.size(); ++r) {
                const long n = numbers[r];
                if (n < 0) continue;
                const int level = t_.rows[r].level;
                last.erase(last.upper_bound(level), last.end());
                const auto before = last.find(level);
                if (before != last.end() && n != 1 && n != before->second + 1 && ++noted <= 5) {
                    const long p = before->second;
                    const std::string from = std::to_string(p);
                    const std::string to = std::to_string(n);
                    std::string message;
                    if (n == p + 2)
                        message = L_.format("reviu.row.numbering.jump_one",
                                            {{"from", from}, {"to", to}, {"missing", std::to_string(p + 1)}});
                    else if (n > p + 1)
                        message = L_.format("reviu.row.numbering.jump", {{"from", from},
                                                                         {"to", to},
                                                                         {"first", std::to_string(p + 1)},
                                                                         {"last", std::to_string(n - 1)}});
                    else if (n == p)
                        message = L_.format("reviu.row.numbering.twice", {{"number", to}});
                    else
                        message = L_.format("reviu.row.numbering.back", {{"from", from}, {"to", to}});
                    add("row.numbering", Severity::note, r, static_cast<int>(c), std::to_string(p + 1),
                        message, false);
                }
                last[level] = n;
            }
        }
    }

    // A share column: the row's figure over the total's.
    void shares(std::size_t r) {
        for (std::size_t c = 0; c < t_.columns.size(); ++c) {
            const PrintedColumn& col = t_.columns[c];
            if (col.role != ColumnRole::share) continue;
            const int base = column(col.of);
            const auto total = total_row();
            const Cell* mine = value_at(r, base);
            if (mine == nullptr || base < 0 || (total && *total == r) || is_total_label(t_.rows[r].label))
                continue;
            guard(r, static_cast<int>(c), L_.text("reviu.what.share"), [&] {
                if (auto whole = share_base(total, static_cast<std::size_t>(base)))
                    ratio(r, static_cast<int>(c), "row.share", mine->value, *whole,
                          L_.format("reviu.what.share_formula", {{"column", to_string(col.of)}}));
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
                if (!is_mean_label(t_.rows[k].label) && (t_.rows[k].level <= 1)) all.push_back(k);
        Decimal sum;
        bool unreadable = false;
        for (std::size_t m : total ? rows : all)
            if (auto v = effective(m, c, unreadable)) sum += *v;
        if (unreadable || sum.is_zero()) return std::nullopt;
        return sum;
    }

    std::optional<std::size_t> total_row() const {
        for (std::size_t r = 0; r < t_.rows.size(); ++r)
            if (is_total_label(t_.rows[r].label) && t_.rows[r].level <= 1) return r;
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
            if (is_total_label(row.label) && row.level == level) break;
            if (is_total_label(row.label) || is_mean_label(row.label)) continue;
            if (level == 0 || row.level == level) members.push_back(k);
        }
        std::reverse(members.begin(), members.end());
        return members;
    }

    std::vector<std::size_t> children_of(std::size_t r) const { return children(t_, r, false); }

    void groups() {
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            const PrintedRow& row = t_.rows[r];
            if (is_mean_label(row.label)) continue;
            if (is_total_label(row.label)) {
                sums(r, closed_by(r), rows_named(true, closed_by(r).size()));
            } else {
                const auto kids = children_of(r);
                if (!kids.empty()) sums(r, kids, rows_named(false, kids.size()));
            }
        }
    }

    // "the 3 rows it closes" (a total row) or "its 3 rows" (a parent row), in the message's language.
    std::string rows_named(bool total, std::size_t n) const {
        return L_.format(total ? "reviu.piece.rows_closed" : "reviu.piece.rows_own",
                         {{"count", std::to_string(n)}});
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
        if (cell.readable && overrides_.count({r, c})) touched_ = true;
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
            guard(r, static_cast<int>(c), L_.format("reviu.what.sum", {{"rows", what}}),
                  [&] { sum_column(r, c, members, what); });
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
            if (printed->value != sum) {
                // The texts outlive the argument lists, which only view them.
                const std::string kegiatan = missing_kegiatan(r, role, printed->value - sum);
                const std::string sum_text = shown(sum, money);
                const std::string as_printed = shown(printed->value, money);
                const std::string gap = shown(printed->value - sum, money);
                const std::vector<MessageArg> args = {
                    {"column", to_string(role)}, {"rows", what}, {"sum", sum_text}, {"printed", as_printed}};
                std::vector<MessageArg> hinted = args;
                hinted.emplace_back("gap", gap);
                hinted.emplace_back("kegiatan", kegiatan);
                add("total.sum", Severity::error, r, col, show(sum, money),
                    kegiatan.empty() ? L_.format("reviu.total.sum", args)
                                     : L_.format("reviu.total.sum.missing", hinted));
            }
        } else if (blank_at(r, col) && present == members.size() && !heading(r) && !flagged_.count({r, c})) {
            // Only where every row it closes has a figure: a column the report breaks down for
            // some rows only (L and P of a few categories) has no total due.
            add("cell.blank", Severity::warning, r, col, show(sum, money),
                L_.format("reviu.cell.blank.total", {{"value", shown(sum, money)}}));
        }
    }

    // The kegiatan the table leaves out whose figure in \p role is exactly the total's \p gap, or empty.
    std::string missing_kegiatan(std::size_t r, ColumnRole role, const Decimal& gap) const {
        const auto it = missing_.find(r);
        if (plan_ == nullptr || it == missing_.end() || !t_.year) return "";
        for (const std::string& k : it->second) {
            const BudgetTotals b = plan_->budget_of(k, *t_.year);
            const Decimal v = role == ColumnRole::anggaran    ? b.anggaran.to_decimal()
                              : role == ColumnRole::realisasi ? b.realisasi.to_decimal()
                              : role == ColumnRole::sisa      ? b.sisa().to_decimal()
                                                              : Decimal();
            if (b.lines > 0 && v == gap) return k;
        }
        return "";
    }

    void means() {
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            if (!is_mean_label(t_.rows[r].label)) continue;
            const auto members = closed_by(r);
            for (std::size_t c = 0; c < t_.columns.size(); ++c) {
                if (!is_ratio(t_.columns[c].role)) continue;
                guard(r, static_cast<int>(c), L_.text("reviu.what.mean"), [&] { mean_cell(r, c, members); });
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
                candidates.emplace_back(L_.format(n == 1 ? "reviu.piece.rows.one" : "reviu.piece.rows",
                                                  {{"name", name}, {"count", std::to_string(n)}}),
                                        *divide(sum, Decimal(n), d));
        };
        mean_of(members, L_.text("reviu.mean.rows_closed"));
        std::vector<std::size_t> leaves;
        for (std::size_t k = 0; k < r; ++k)
            if (!is_total_label(t_.rows[k].label) && !is_mean_label(t_.rows[k].label) &&
                children_of(k).empty())
                leaves.push_back(k);
        if (leaves != members) mean_of(leaves, L_.text("reviu.mean.innermost"));
        if (plan_ != nullptr && t_.year) weighted(leaves, c, d, candidates);
        if (plan_ != nullptr && t_.year) {
            candidates.emplace_back(L_.text("reviu.mean.serapan_all"), plan_->budget_of("", *t_.year)
                                                                           .serapan({d, Rounding::half_up})
                                                                           .points_if_defined()
                                                                           .value_or(Decimal(-1)));
            candidates.emplace_back(L_.text("reviu.mean.serapan_bl"),
                                    plan_->budget_of_class(*t_.year, SpendingClass::belanja_langsung)
                                        .serapan({d, Rounding::half_up})
                                        .points_if_defined()
                                        .value_or(Decimal(-1)));
        }
        if (!candidates.empty() && candidates.front().second == printed->value) return;
        const std::string expected = candidates.empty() ? "" : format_number(candidates.front().second);
        const std::string due = candidates.empty() ? "" : " (" + L_.number(expected) + ")";
        for (std::size_t k = 1; k < candidates.size(); ++k)
            if (candidates[k].second == printed->value) {
                add("label.mean", Severity::warning, r, static_cast<int>(c), expected,
                    L_.format("reviu.label.mean.equals",
                              {{"expected", due}, {"candidate", candidates[k].first}}));
                return;
            }
        std::string none;
        for (std::size_t k = 0; k < candidates.size(); ++k)
            none += std::string(k == 0 ? "" : ", ") + candidates[k].first + " " + num(candidates[k].second);
        add("label.mean", Severity::warning, r, static_cast<int>(c), expected,
            L_.format("reviu.label.mean.none", {{"expected", due}, {"candidates", none}}));
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
        candidates.emplace_back(L_.text("reviu.mean.weighted"), *divide(sum, weights.to_decimal(), d));
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
        f.message = L_.format("reviu.title.year", {{"printed", f.printed}, {"year", f.expected}});
        out_.push_back(std::move(f));
    }

    // The rows with ambiguous cells, each run through the checks once with every ambiguous cell of
    // the row read the Indonesian way and once the English way (the other rows' ambiguous cells
    // left out, as in the first run). Where both runs give the same findings beyond the first run's,
    // the verdict does not depend on the reading: those findings are reported (with both expected
    // values where they differ) and the cell's number.ambiguous says so; otherwise nothing is added.
    void either_reading() {
        using Key = std::tuple<std::string, int, std::string, std::string, std::string>;
        const auto key = [](const Finding& f) {
            return Key{f.rule, static_cast<int>(f.severity), f.row, f.column, f.printed};
        };
        std::multiset<Key> base;
        for (std::size_t i = first_; i < out_.size(); ++i) base.insert(key(out_[i]));
        std::size_t tried = 0;
        for (const auto& [r, cells] : ambiguous_) {
            if (++tried > max_rows_read_both_ways) break;
            std::vector<Finding> added[2];
            std::vector<Key> removed[2];
            std::set<CellKey> flags[2];
            bool touched = true;
            bool ran = true;
            for (int h = 0; h < 2 && ran; ++h) {
                Overrides o;
                for (const Ambiguous& a : cells)
                    if (const auto& v = h == 0 ? a.indonesian : a.english) o[{r, a.column}] = *v;
                if (o.empty()) {
                    ran = false;
                    break;
                }
                std::vector<Finding> found;
                TableCheck alt(t_, plan_, options_, found, flags[h], std::move(o));
                alt.missing_ = missing_;
                alt.run();
                touched = touched && alt.touched_;
                std::multiset<Key> rest = base;
                for (Finding& f : found) {
                    const auto it = rest.find(key(f));
                    if (it != rest.end())
                        rest.erase(it);
                    else
                        added[h].push_back(std::move(f));
                }
                removed[h].assign(rest.begin(), rest.end());
                std::stable_sort(added[h].begin(), added[h].end(),
                                 [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
            }
            if (!ran) continue;
            bool same = removed[0] == removed[1] && added[0].size() == added[1].size();
            for (std::size_t i = 0; same && i < added[0].size(); ++i)
                same = key(added[0][i]) == key(added[1][i]);
            std::string texts;
            for (const Ambiguous& a : cells)
                texts += (texts.empty() ? "'" : ", '") + t_.rows[r].cells[a.column] + "'";
            std::string verdict = "reviu.number.ambiguous.unused";
            if (touched && same && added[0].empty()) verdict = "reviu.number.ambiguous.agrees";
            if (same && !added[0].empty()) verdict = "reviu.number.ambiguous.same_verdict";
            if (touched && !same) verdict = "reviu.number.ambiguous.different";
            for (const Ambiguous& a : cells)
                out_[a.finding].message = L_.format(
                    "reviu.number.ambiguous", {{"readings", a.readings}, {"verdict", L_.text(verdict)}});
            if (!same) continue;
            for (std::size_t i = 0; i < added[0].size(); ++i) {
                Finding f = added[0][i];
                const Finding& other = added[1][i];
                if (other.expected != f.expected) {
                    f.message +=
                        " (" +
                        L_.format("reviu.piece.english_reading", {{"value", L_.number(other.expected)}}) +
                        ")";
                    f.expected += " or " + other.expected;
                }
                f.message += "; " + L_.format("reviu.piece.either_reading", {{"texts", texts}});
                out_.push_back(std::move(f));
            }
            flagged_.insert(flags[0].begin(), flags[0].end());
        }
    }

    // --- error localization: the table's arithmetic as part of the report's edit system
    // (docs/reviu.md, "Which figure is wrong"; the engine is docs/locate.md). The report's driver
    // (localize_tables) asks each table for its edits, adds the links between tables, the text and
    // the dataset, solves, and gives each table the findings on its cells. ---

public:
    // The rules whose findings the localization replaces: the arithmetic between a table's cells.
    static bool arithmetic(const std::string& rule) {
        return rule == "row.sisa" || rule == "row.persen" || rule == "total.sum" || rule == "row.l_plus_p" ||
               rule == "row.capaian";
    }

    // Whether the table's figures can join the edit system: a figure the rules cannot compute
    // (beyond 38 digits) has no value a finding could show, and a run under one reading of an
    // ambiguous cell is no table of its own.
    bool localizable() const { return uncomputable_.empty() && overrides_.empty(); }

    const PrintedTable& table() const { return t_; }

    // Adds the table's figures and checks to \p e as table number \p index; \p printed: the
    // figures printed somewhere in the report (a blank total of one of them is checked).
    void add_edits(Edits& e, std::size_t index, const std::set<FigureKey>& printed) {
        index_ = index;
        printed_ = &printed;
        variable_.clear();
        owned_.clear();
        summary_.assign(t_.rows.size(), false);
        for (std::size_t r = 0; r < t_.rows.size(); ++r)
            summary_[r] =
                !is_mean_label(t_.rows[r].label) &&
                (is_total_label(t_.rows[r].label) ? !closed_by(r).empty() : !children_of(r).empty());
        build(e);
    }

    // The variable of the cell at row r, column c, made on first use; none for a nil word that is
    // no value. Weights as docs/locate.md gives them: a total or parent row's figure 9, malformed
    // text 5, else 10; a blank or unreadable cell is free (filled, never blamed).
    std::optional<VariableId> variable_of(Edits& e, std::size_t r, std::size_t c) {
        const auto it = variable_.find({r, c});
        if (it != variable_.end()) return it->second;
        const Cell& cell = cells_[r][c];
        if (cell.nil && !cell.readable) return std::nullopt;
        std::int64_t weight = summary_[r] ? locate_weight::total : locate_weight::printed;
        // A capaian is worked out from the target and realisasi printed beside it: like a total, the
        // figure computed by hand is the likelier culprit when nothing else pins its inputs.
        if (t_.columns[c].role == ColumnRole::capaian) weight = locate_weight::total;
        if (cell.repaired) weight = std::min(weight, locate_weight::malformed);
        std::optional<Decimal> printed;
        if (cell.readable) printed = cell.value;
        // A corrected figure that is no exact decimal (an anggaran from a %) is shown to the sen, a
        // ratio with two decimals at least (as the rules show it).
        const bool money = is_money(t_.columns[c].role, indicator_table_);
        // The variable's name is data (Finding::expected of locate.ambiguous lists it); what a message
        // shows of it is in the message's language.
        const std::string name = "'" + t_.rows[r].label + "' " + std::string(to_string(t_.columns[c].role));
        const VariableId v = e.system.add_variable(
            name, printed, weight,
            money || is_ratio(t_.columns[c].role) ? std::max(2, printed ? printed->scale() : 0) : -1);
        const std::string& text = t_.rows[r].cells[c];
        e.origin.push_back(Origin{Origin::Kind::cell,
                                  index_,
                                  {r, c},
                                  t_.id,
                                  name + " " + (text.empty() ? L_.text("reviu.piece.blank") : text),
                                  money});
        variable_[{r, c}] = v;
        return v;
    }

    // Records that edit \p id checks rule \p rule and belongs to the cell \p owner.
    void own(Edits& e, EditId id, const std::string& rule, CellKey owner) {
        e.rule.push_back(rule);
        owned_[owner].push_back(id);
    }

    // The cell of variable \p v when it is one of this table's.
    std::optional<CellKey> mine(const Edits& e, VariableId v) const {
        const Origin& o = e.origin[v];
        if (o.kind != Origin::Kind::cell || o.table != index_) return std::nullopt;
        return o.at;
    }

    // A finding on the cell \p at of this table, without rule, severity or words yet.
    Finding finding_at(CellKey at) const {
        Finding f;
        f.table = t_.id;
        f.row = t_.rows[at.first].label;
        f.column = std::string(to_string(t_.columns[at.second].role));
        f.printed = t_.rows[at.first].cells[at.second];
        return f;
    }

    // One error per culprit of \p only (cells of this table: a located cluster's solution, or the
    // row of an ambiguous cluster whose explanations all agree there), with the figures that agree
    // once it is corrected.
    void culprit_findings(const Edits& e, const LocateCluster& k, const LocateSolution& s,
                          std::vector<Correction> only, std::vector<Finding>& found) const {
        // In the order the table prints them.
        std::sort(only.begin(), only.end(), [&](const Correction& a, const Correction& b) {
            return e.origin[a.variable].at < e.origin[b.variable].at;
        });
        std::map<std::size_t, std::size_t> per_row;
        for (const Correction& c : only) ++per_row[e.origin[c.variable].at.first];
        for (const Correction& c : only) {
            const CellKey cell = e.origin[c.variable].at;
            // Three or more figures of one row wrong at once look like a row the totals count and
            // the table leaves out (or one printed twice); without the plan the reviu cannot tell.
            // Not where the dataset has figures for the row: they say which of its figures are wrong.
            bool known = false;
            for (std::size_t col = 0; col < t_.columns.size(); ++col) {
                const auto owned = owned_.find({cell.first, col});
                if (owned != owned_.end())
                    for (EditId id : owned->second)
                        for (VariableId v : variables_in(e, id))
                            known = known || e.origin[v].kind == Origin::Kind::dataset;
            }
            const bool whole_row = per_row[cell.first] >= 3 && !summary_[cell.first] && !known;
            Finding f = finding_at(cell);
            f.rule = culprit_rule(e, k, c.variable);
            f.severity = Severity::error;
            f.expected = value_text(e, c.variable, c);
            f.message = culprit_message(e, k, s, c, index_, L_);
            if (whole_row)
                f.message += "; " + L_.format("reviu.locate.whole_row",
                                              {{"count", std::to_string(per_row[cell.first])}});
            found.push_back(std::move(f));
        }
    }

    // Puts the localization's findings in place of the rule-by-rule ones they supersede, within this
    // table's findings (the driver calls the tables last first, so the places of the earlier ones'
    // findings stay). \p cluster_of: the cluster of each of its cells in a broken edit or a culprit;
    // \p filled: the blanks a located cluster fills, with their due value.
    void localize_done(const Edits& e, const Localization& result,
                       const std::map<CellKey, std::size_t>& cluster_of, std::vector<Finding>& found,
                       const std::set<CellKey>& culprits, std::map<CellKey, std::string>& filled) {
        const auto localized = [&](std::size_t k) {
            const LocateStatus s = result.clusters[k].status;
            return s == LocateStatus::located || s == LocateStatus::ambiguous;
        };
        std::vector<Finding> kept;
        std::set<CellKey> dropped;
        std::set<CellKey> still;
        for (std::size_t i = first_; i < last_; ++i) {
            Finding& f = out_[i];
            const auto at = cell_of_.find(i);
            if (at == cell_of_.end()) {
                kept.push_back(std::move(f));
                continue;
            }
            const CellKey cell = at->second;
            const auto k = cluster_of.find(cell);
            if (arithmetic(f.rule)) {
                bool drop = false;
                if (k != cluster_of.end() && localized(k->second)) drop = true;
                if (k == cluster_of.end()) {
                    // The engine checked the same arithmetic and found it holds (a total with the
                    // missing kegiatan's figures).
                    const auto owned = owned_.find(cell);
                    if (owned != owned_.end())
                        for (EditId id : owned->second) drop = drop || e.rule[id] == f.rule;
                }
                if (k != cluster_of.end() && !localized(k->second))
                    f.message += "; " + L_.text(result.clusters[k->second].status == LocateStatus::too_many
                                                    ? "reviu.locate.too_many"
                                                    : "reviu.locate.unexplained");
                if (drop) {
                    dropped.insert(cell);
                    continue;
                }
            }
            if (f.rule == "cell.blank" && filled.count(cell) && !filled[cell].empty() &&
                filled[cell] != f.expected) {
                f.message += " (" +
                             L_.format("reviu.locate.blank_filled", {{"value", L_.number(filled[cell])},
                                                                     {"expected", L_.number(f.expected)}}) +
                             ")";
                f.expected = filled[cell];
            }
            still.insert(cell);
            kept.push_back(std::move(f));
        }
        for (Finding& f : found) kept.push_back(std::move(f));
        out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(first_),
                   out_.begin() + static_cast<std::ptrdiff_t>(last_));
        out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(first_), std::make_move_iterator(kept.begin()),
                    std::make_move_iterator(kept.end()));
        last_ = first_ + kept.size();
        for (const CellKey& cell : dropped)
            if (!still.count(cell) && !culprits.count(cell)) flagged_.erase(cell);
        flagged_.insert(culprits.begin(), culprits.end());
        cell_of_.clear();
    }

    // The localization did not run on this table (\p why): its arithmetic findings stand, each
    // checked rule by rule, and the auditor is told so when there are any.
    void localize_skipped(const std::string& why) {
        const bool any = std::any_of(out_.begin() + static_cast<std::ptrdiff_t>(first_),
                                     out_.begin() + static_cast<std::ptrdiff_t>(last_),
                                     [](const Finding& f) { return arithmetic(f.rule); });
        if (!any) return;
        Finding f;
        f.rule = "locate.skipped";
        f.severity = Severity::note;
        f.table = t_.id;
        f.message = L_.format("reviu.locate.skipped", {{"why", why}});
        out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(last_), std::move(f));
        ++last_;
    }

private:
    // Whether the figure of the blank cell at row r, column c is printed in another place.
    bool printed_elsewhere(std::size_t r, std::size_t c) const {
        return printed_ != nullptr && t_.year && !t_.rows[r].ref.empty() &&
               printed_->count({t_.rows[r].ref, *t_.year, std::string(to_string(t_.columns[c].role))}) > 0;
    }

    // A finding of this table's run on the cell, of one of the rules.
    bool noted(CellKey at, std::initializer_list<std::string_view> rules) const {
        for (const auto& [i, cell] : cell_of_)
            if (i >= first_ && i < last_ && cell == at &&
                std::find(rules.begin(), rules.end(), out_[i].rule) != rules.end())
                return true;
        return false;
    }

    // The dataset's figures of the kegiatan the table leaves out under row r, in column role: the
    // printed total includes them when it is right (issue 14, item 2).
    Decimal missing_figures(std::size_t r, ColumnRole role) const {
        Decimal sum;
        const auto it = missing_.find(r);
        if (plan_ == nullptr || it == missing_.end() || !t_.year) return sum;
        for (const std::string& k : it->second) {
            const BudgetTotals b = plan_->budget_of(k, *t_.year);
            if (b.lines == 0) continue;
            if (role == ColumnRole::anggaran) sum += b.anggaran.to_decimal();
            if (role == ColumnRole::realisasi) sum += b.realisasi.to_decimal();
            if (role == ColumnRole::sisa) sum += b.sisa().to_decimal();
        }
        return sum;
    }

    void build(Edits& e) {
        const int ca = column(ColumnRole::anggaran);
        const int cr = column(ColumnRole::realisasi);
        const int cs = column(ColumnRole::sisa);
        const int cp = column(ColumnRole::persen);
        const int cl = column(ColumnRole::l);
        const int cw = column(ColumnRole::p);
        const int cj = column(ColumnRole::jumlah);
        const auto readable = [&](std::size_t r, int c) {
            return c >= 0 && cells_[r][static_cast<std::size_t>(c)].readable;
        };
        const auto at = [](int c) { return static_cast<std::size_t>(c); };
        const bool budget = !indicator_table_ && ca >= 0 && cr >= 0;
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            if (is_mean_label(t_.rows[r].label)) continue;
            const std::string row = "'" + t_.rows[r].label + "'";
            if (budget) {
                const int known = int(readable(r, ca)) + int(readable(r, cr));
                if (cs >= 0 && known + int(readable(r, cs)) >= 2) {
                    const auto s = variable_of(e, r, at(cs));
                    const auto a = variable_of(e, r, at(ca));
                    const auto x = variable_of(e, r, at(cr));
                    if (s && a && x)
                        own(e, e.system.add_difference(row + ": sisa = anggaran - realisasi", *s, *a, *x),
                            "row.sisa", {r, at(cs)});
                }
                // A % of a zero anggaran is no figure; a truncated or capped % is judged by the rule.
                if (cp >= 0 && readable(r, cp) && known == 2 && !cells_[r][at(ca)].value.is_zero() &&
                    !noted({r, at(cp)}, {"rounding.truncated", "capaian.capped"})) {
                    const auto p = variable_of(e, r, at(cp));
                    const auto a = variable_of(e, r, at(ca));
                    const auto x = variable_of(e, r, at(cr));
                    if (p && a && x)
                        own(e, e.system.add_ratio(row + ": % = realisasi / anggaran x 100", *p, *x, *a),
                            "row.persen", {r, at(cp)});
                }
            }
            capaian_edit(e, r);
            if (cl >= 0 && cw >= 0 && cj >= 0 && readable(r, cl) && readable(r, cw)) {
                const auto j = variable_of(e, r, at(cj));
                const auto l = variable_of(e, r, at(cl));
                const auto p = variable_of(e, r, at(cw));
                if (j && l && p)
                    own(e, e.system.add_sum(row + ": L + P = jumlah", *j, {*l, *p}), "row.l_plus_p",
                        {r, at(cj)});
            }
        }
        for (std::size_t r = 0; r < t_.rows.size(); ++r) {
            if (is_mean_label(t_.rows[r].label)) continue;
            const std::vector<std::size_t> members =
                is_total_label(t_.rows[r].label) ? closed_by(r) : children_of(r);
            if (members.empty()) continue;
            for (std::size_t c = 0; c < t_.columns.size(); ++c) {
                const ColumnRole role = t_.columns[c].role;
                if (!is_additive(role, indicator_table_)) continue;
                const auto total = variable_of(e, r, c);
                if (!total) continue;
                // A blank total only takes the sum: the edit says nothing, and would tie the rows'
                // mistakes into one cluster whose explanations multiply. Unless the figure is printed
                // elsewhere: then the sum is checked against that.
                if (!cells_[r][c].readable && !printed_elsewhere(r, c)) continue;
                LinearForm form;
                form.terms.push_back({*total, -1});
                bool usable = true;
                std::vector<std::size_t> todo(members.rbegin(), members.rend());
                while (usable && !todo.empty()) {
                    const std::size_t m = todo.back();
                    todo.pop_back();
                    if (cells_[m][c].blank) {
                        // A heading row that prints nothing adds its rows; one that closes nothing
                        // is an empty category and adds 0.
                        const auto kids = children_of(m);
                        if (!kids.empty()) {
                            todo.insert(todo.end(), kids.rbegin(), kids.rend());
                            continue;
                        }
                        if (heading(m)) continue;
                    }
                    const auto v = variable_of(e, m, c);
                    usable = v.has_value();
                    if (v) form.terms.push_back({*v, 1});
                }
                if (!usable) continue;
                form.constant = missing_figures(r, role);
                own(e,
                    e.system.add_linear("'" + t_.rows[r].label + "' " + std::string(to_string(role)) +
                                            " = the sum of its rows",
                                        std::move(form)),
                    "total.sum", {r, c});
            }
        }
    }

    // capaian = realisasi against target by the indicator's polarity, half-up at the decimals
    // printed: higher is better R / T x 100; lower is better (2T - R) / T x 100 or T / R x 100. Not
    // a range or a grade, nor a capaian the rules found truncated or capped (those stay notes), nor,
    // under a capping policy, a row whose printed or computed capaian reaches the cap (the capped
    // figure is no ratio of the two).
    void capaian_edit(Edits& e, std::size_t r) {
        const int ct = column(ColumnRole::target);
        const int cx = column(ColumnRole::realisasi);
        const int cc = column(ColumnRole::capaian);
        if (!indicator_table_ || ct < 0 || cx < 0 || cc < 0) return;
        const auto at = [](int c) { return static_cast<std::size_t>(c); };
        for (const int c : {ct, cx, cc}) {
            const Cell& cell = cells_[r][at(c)];
            if (!cell.readable || cell.nil || !cell.grade.empty()) return;
        }
        const Decimal& target = cells_[r][at(ct)].value;
        const Decimal& realised = cells_[r][at(cx)].value;
        if (target.is_zero() ||
            noted({r, at(cc)}, {"rounding.truncated", "capaian.capped", "cell.uncomputable"}))
            return;
        LowerFormula formula = LowerFormula::none;  // none: higher is better
        if (const Indicator* ind = indicator_of(t_.rows[r].ref)) {
            if (ind->polarity == Polarity::lower_is_better)
                formula = ind->lower_formula;
            else if (ind->polarity != Polarity::higher_is_better)
                return;
            if (ind->polarity == Polarity::lower_is_better && formula == LowerFormula::none) return;
        }
        if (formula == LowerFormula::t_over_r && realised.is_zero()) return;
        if (options_.cap) {
            if (cells_[r][at(cc)].value >= *options_.cap) return;
            try {
                const Percent exact =
                    formula == LowerFormula::none
                        ? capaian_higher(realised, target, {{18, Rounding::half_up}, std::nullopt})
                        : capaian_lower(realised, target, formula, {{18, Rounding::half_up}, std::nullopt});
                if (!exact.is_defined() || exact.points() >= *options_.cap) return;
            } catch (const error&) {
                return;  // beyond 38 digits: the rule's finding says so
            }
        }
        const auto p = variable_of(e, r, at(cc));
        const auto t = variable_of(e, r, at(ct));
        const auto x = variable_of(e, r, at(cx));
        if (!p || !t || !x) return;
        const std::string name = "'" + t_.rows[r].label + "': capaian = ";
        EditId id = 0;
        if (formula == LowerFormula::none)
            id = e.system.add_ratio(name + "realisasi / target x 100", *p, *x, *t);
        else if (formula == LowerFormula::two_t_minus_r)
            id = e.system.add_rounded(name + "(2 x target - realisasi) / target x 100", *p,
                                      LinearForm{{{*t, 200}, {*x, -100}}, Decimal()},
                                      LinearForm{{{*t, 1}}, Decimal()});
        else
            id = e.system.add_rounded(name + "target / realisasi x 100", *p,
                                      LinearForm{{{*t, 100}}, Decimal()}, LinearForm{{{*x, 1}}, Decimal()});
        own(e, id, "row.capaian", {r, at(cc)});
    }

    // The rule a culprit's finding is under: the first broken edit the cell owns (its own rule), else
    // the first broken edit it is in, else the first edit it owns.
    std::string culprit_rule(const Edits& e, const LocateCluster& k, VariableId v) const {
        const CellKey cell = e.origin[v].at;
        const auto owned = owned_.find(cell);
        const auto broken = [&](EditId id) {
            return std::binary_search(k.violated.begin(), k.violated.end(), id);
        };
        if (owned != owned_.end())
            for (EditId id : owned->second)
                if (broken(id)) return e.rule[id];
        for (EditId id : k.violated) {
            const auto vs = variables_in(e, id);
            if (std::find(vs.begin(), vs.end(), v) != vs.end()) return e.rule[id];
        }
        if (owned != owned_.end()) return e.rule[owned->second.front()];
        return "total.sum";
    }

    // An ambiguous cell of a row, with its finding and its reading under each convention.
    struct Ambiguous {
        std::size_t column = 0;
        std::size_t finding = 0;  // its number.ambiguous in out_
        std::optional<Decimal> indonesian;
        std::optional<Decimal> english;
        std::string readings;  // its readings as the message says them
    };

    const PrintedTable& t_;
    const PlanIndex* plan_;
    const ReviewOptions& options_;
    const Language& L_;  // the language of the messages (options_.lang)
    std::vector<Finding>& out_;
    std::set<CellKey>& flagged_;
    Overrides overrides_;
    std::size_t first_ = 0;                         // this table's first finding in out_
    std::size_t last_ = 0;                          // one past its last, once run
    std::size_t index_ = 0;                         // its place among the tables of the report's edit system
    std::map<CellKey, VariableId> variable_;        // the edit system's variable of each cell
    std::map<CellKey, std::vector<EditId>> owned_;  // the edits each cell owns, in id order
    const std::set<FigureKey>* printed_ = nullptr;  // the figures printed somewhere in the report
    bool indicator_table_ = false;
    std::vector<std::vector<Cell>> cells_;
    std::vector<std::map<int, std::size_t>> scales_;  // per column: how many figures print each scale
    std::vector<Column> columns_;
    std::map<std::size_t, std::vector<Ambiguous>> ambiguous_;  // by row
    mutable bool touched_ = false;                             // a check read an overridden cell
    std::map<std::size_t, CellKey> cell_of_;  // the cell of each finding this run made that flags one
    std::vector<bool> summary_;               // by row: a total or a parent row
    std::set<std::pair<std::size_t, int>> uncomputable_;  // cells already reported as uncomputable
};

// Rows whose kegiatan are not all printed: for each program row (or group of kegiatan rows closed
// by a total), the plan's kegiatan that no row names.
std::map<std::size_t, std::vector<std::string>> plan_rows(const PrintedTable& t, const PlanIndex& plan,
                                                          std::vector<Finding>& out, const Language& L) {
    std::map<std::size_t, std::vector<std::string>> missing;
    auto check_group = [&](std::size_t r, const std::string& program, const std::vector<std::size_t>& rows) {
        std::set<std::string> printed;
        for (std::size_t k : rows) {
            const std::string& ref = t.rows[k].ref;
            if (ref.empty()) continue;
            printed.insert(ref);
            const Node* n = plan.find_node(ref);
            if (n != nullptr && n->level == Level::kegiatan && n->parent != program) {
                Finding f{"plan.extra_row",
                          Severity::warning,
                          t.id,
                          t.rows[k].label,
                          "",
                          "",
                          program,
                          L.format("reviu.plan.extra_row", {{"parent", n->parent}, {"program", program}})};
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
                  L.format("reviu.plan.missing_row", {{"program", program},
                                                      {"total", std::to_string(total)},
                                                      {"printed", std::to_string(total - absent.size())},
                                                      {"names", names}})};
        out.push_back(std::move(f));
        missing[r] = absent;
    };
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const Node* n = plan.find_node(t.rows[r].ref);
        if (n != nullptr && n->level == Level::program) {
            const auto kids = children(t, r, true);
            if (!kids.empty()) check_group(r, n->id, kids);
        }
        if (is_total_label(t.rows[r].label) && t.rows[r].level <= 1) {
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
    std::optional<int> finer;  // the decimals its column mostly prints, when more than its own
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
                                                             int year, const std::string& measure,
                                                             const Language& L) {
    std::vector<std::pair<std::string, Decimal>> out;
    auto budget = [&](const BudgetTotals& b, const std::string& what) {
        if (b.lines == 0) return;
        if (measure == "anggaran")
            out.emplace_back(L.format("reviu.dataset.sum", {{"what", what}}), b.anggaran.to_decimal());
        if (measure == "realisasi")
            out.emplace_back(L.format("reviu.dataset.sum", {{"what", what}}), b.realisasi.to_decimal());
        if (measure == "sisa")
            out.emplace_back(L.format("reviu.dataset.sisa", {{"what", what}}), b.sisa().to_decimal());
        if (measure == "persen")
            if (auto p = b.serapan({18, Rounding::half_up}).points_if_defined())
                out.emplace_back(L.format("reviu.dataset.serapan", {{"what", what}}), *p);
    };
    if (ref == "body") budget(plan.budget_of("", year), L.text("reviu.dataset.whole_budget"));
    if (ref.rfind("class:", 0) == 0)
        if (auto c = parse_spending_class(ref.substr(6)))
            budget(plan.budget_of_class(year, *c), ref.substr(6));
    if (const Node* n = plan.find_node(ref)) {
        budget(plan.budget_of(n->id, year), L.format("reviu.dataset.lines", {{"node", n->id}}));
        if (measure == "capaian" && n->level == Level::kegiatan) {
            // Mid-year a kegiatan may not have reported yet: it then has no capaian to compare with.
            const auto left = capaian_summary(plan, n->parent, year).not_reported;
            if (std::find(left.begin(), left.end(), n->id) == left.end())
                if (auto c = kegiatan_capaian(plan, n->id, year, {{18, Rounding::half_up}, std::nullopt}))
                    if (c->is_defined())
                        out.emplace_back(L.text("reviu.dataset.kegiatan_capaian"), c->points());
        }
        if (measure == "capaian" && n->level == Level::program) {
            // A program's capaian is read as either mean; the budget-weighted one (which for
            // budget indicators is the program's serapan) is named first.
            const CapaianSummary s = capaian_summary(plan, n->id, year);
            if (s.budget_weighted_mean.is_defined())
                out.emplace_back(L.text("reviu.dataset.weighted_mean"), s.budget_weighted_mean.points());
            if (s.simple_mean.is_defined())
                out.emplace_back(L.text("reviu.dataset.simple_mean"), s.simple_mean.points());
        }
    }
    if (ref.rfind("indicator:", 0) == 0) {
        if (const Indicator* ind = plan.find_indicator(ref.substr(10))) {
            const bool end =
                year == plan.plan().period.to && ind->end_target && ind->targets.count(year) == 0;
            if (measure == "target") {
                const auto t = ind->targets.find(year);
                if (t != ind->targets.end() && t->second.kind == Target::Kind::number)
                    out.emplace_back(L.text("reviu.dataset.target"), t->second.value);
                else if (end && ind->end_target->kind == Target::Kind::number)
                    out.emplace_back(L.text("reviu.dataset.end_target"), ind->end_target->value);
            }
            if (measure == "realisasi")
                if (auto m = realisation(plan, *ind, year))
                    if (m->kind == Measure::Kind::number)
                        out.emplace_back(L.text("reviu.dataset.realisation"), m->value);
            if (measure == "capaian" && ind->targets.count(year) && ind->realisations.count(year)) {
                const Percent p =
                    indicator_capaian(plan, *ind, year, {{18, Rounding::half_up}, std::nullopt});
                if (p.is_defined()) out.emplace_back(L.text("reviu.dataset.capaian"), p.points());
            }
        }
    }
    if (ref.rfind("data:", 0) == 0) {
        const std::string rest = ref.substr(5);
        const auto slash = rest.find('/');
        if (slash != std::string::npos)
            if (const DataTable* t = plan.find_table(rest.substr(0, slash), year))
                if (auto v = t->value(rest.substr(slash + 1), measure))
                    out.emplace_back(L.text("reviu.dataset.data_table"), *v);
    }
    if (measure == "count" && ref == "body:programs")
        out.emplace_back(L.text("reviu.dataset.programs"),
                         Decimal(plan.descendants("", Level::program).size()));
    if (measure == "count" && ref == "body:kegiatan")
        out.emplace_back(L.text("reviu.dataset.kegiatan"),
                         Decimal(plan.descendants("", Level::kegiatan).size()));
    return out;
}

// Whether `printed` states `exact`: equal at the printed decimals (half-up), or only by truncation.
enum class Agreement { same, truncated, coarse, hidden, differs };
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
                  std::vector<std::pair<std::string, Decimal>> known, const ReviewOptions& options,
                  std::set<std::pair<std::string, std::string>>& reported, std::vector<Finding>& out) {
    const Fact& f = list[i];
    const Language& L = options.lang;
    auto emit = [&](const std::string& rule, Severity s, const std::string& expected,
                    const std::string& msg) {
        if (s == Severity::error && !derived(measure)) reported.insert({f.table, f.row});
        out.push_back(Finding{rule, s, f.table, f.row, f.column, f.printed, expected, msg});
    };
    if (!known.empty() && measure == "capaian") {
        // A capaian printed at a cap below the dataset's: consistent with capping. With the options'
        // cap, the dataset's capaian is compared capped.
        const std::vector<Decimal> caps = options.cap ? std::vector<Decimal>{*options.cap} : usual_caps();
        for (const auto& k : known)
            for (const Decimal& cap : caps)
                if (f.value == cap && k.second > cap) {
                    const std::string two = format_number(k.second.rescaled(2, Rounding::half_up));
                    emit("capaian.capped", Severity::note, two,
                         L.format("reviu.capaian.capped", {{"what", k.first},
                                                           {"value", L.number(two)},
                                                           {"printed", L.number(format_number(f.value))},
                                                           {"cap", L.number(format_number(cap))}}));
                    return;
                }
        if (options.cap)
            for (auto& k : known) k.second = std::min(k.second, *options.cap);
    }
    if (!known.empty()) {
        bool fine = false;
        const std::pair<std::string, Decimal>* close = nullptr;
        Agreement how = Agreement::differs;
        for (const auto& k : known) {
            Agreement g = agree(f.value, k.second);
            // Right at its own decimals, but the column prints more and there it differs.
            if ((g == Agreement::same || g == Agreement::coarse) && f.finer &&
                k.second.rescaled(std::min(*f.finer, 18), Rounding::half_up) != f.value)
                g = Agreement::hidden;
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
        if (close != nullptr && how == Agreement::hidden) {
            const int s = std::min(*f.finer, 18);
            const std::string at = f.money ? show(close->second, true)
                                           : format_number(close->second.rescaled(s, Rounding::half_up));
            emit("rounding.hidden", Severity::error, at,
                 L.format("reviu.rounding.hidden", {{"what", close->first},
                                                    {"value", L.number(at)},
                                                    {"decimals", std::to_string(f.value.scale())},
                                                    {"column_decimals", std::to_string(*f.finer)},
                                                    {"printed", f.printed}}));
        } else if (close != nullptr)
            emit(how == Agreement::truncated ? "rounding.truncated" : "rounding.coarse", Severity::note, want,
                 L.format(how == Agreement::truncated ? "reviu.rounding.truncated.cross"
                                                      : "reviu.rounding.coarse.cross",
                          {{"what", k.first}, {"value", L.number(want)}}));
        else {
            std::string all;
            for (const auto& x : known)
                all +=
                    (all.empty() ? "" : "; ") +
                    L.format(
                        "reviu.ratio.is",
                        {{"what", x.first},
                         {"value", L.number(f.money ? show(x.second, true)
                                                    : format_number(x.second.rescaled(std::min(d, 18))))}});
            emit("cross.mismatch", Severity::error, want,
                 L.format("reviu.cross.mismatch", {{"printed", f.printed}, {"known", all}}));
        }
        return;
    }
    if (i == 0) return;
    const Fact& first = list.front();
    if (agree(f.value, first.value) == Agreement::same || agree(first.value, f.value) == Agreement::same)
        return;
    emit("cross.mismatch", Severity::error, first.printed,
         L.format(
             "reviu.cross.mismatch.place",
             {{"printed", f.printed}, {"first", first.printed}, {"table", first.table}, {"row", first.row}}));
}

void cross(const PlanIndex& plan, const std::map<Key, std::vector<Fact>>& facts, const ReviewOptions& options,
           std::vector<Finding>& out) {
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
        const Language& L = options.lang;
        guarded(
            [&] { known = dataset_figures(plan, ref, year, measure, L); },
            [&](const error& e) {
                computed = false;
                for (const Fact& f : list)
                    out.push_back(uncomputable(
                        f.table, f.row, f.column, f.printed,
                        L.format("reviu.what.dataset_figure", {{"measure", measure}, {"ref", ref}}), e, L));
            });
        if (!computed) continue;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Fact& f = list[i];
            if (derived(measure) && reported.count({f.table, f.row})) continue;
            guarded([&] { compare_fact(list, i, measure, known, options, reported, out); },
                    [&](const error& e) {
                        out.push_back(uncomputable(f.table, f.row, f.column, f.printed,
                                                   L.format("reviu.what.comparison", {{"measure", measure}}),
                                                   e, L));
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
            // A part is no figure of its own ref: several columns of one row share the role.
            if (role == ColumnRole::other || role == ColumnRole::share || role == ColumnRole::part ||
                flagged.count({r, c}))
                continue;
            const Key key{row.ref, *t.year, std::string(to_string(role))};
            const bool money = is_money(role, check.indicator_table());
            if (cell.blank && (prints_something || leaf))
                blanks.emplace_back(key,
                                    Fact{Decimal(), "", t.id, row.label, key.measure, money, std::nullopt});
            if (cell.readable)
                facts[key].push_back(Fact{cell.value, cell.text, t.id, row.label, key.measure, money,
                                          check.finer_column(r, c)});
        }
    }
}

// A figure of the text as a fact, or the finding its number text earns.
// \p culprit: the localization declared it wrong, and its finding says so: it is no fact to compare.
void text_fact(const PrintedFigure& f, bool culprit, std::map<Key, std::vector<Fact>>& facts,
               std::vector<Finding>& out, const Language& L) {
    // The text names a measure, not a column of an indicator table: its realisasi is money, as in a
    // budget table, and a count keeps the reader's default for '.'.
    const auto role = parse_column_role(f.measure);
    const bool money = role && is_money(*role, false);
    Reading n;
    bool computed = true;
    guarded([&] { n = read_figure(L, f.printed, money, false); },
            [&](const error& e) {
                computed = false;
                out.push_back(uncomputable("text", f.where, f.measure, f.printed,
                                           L.text("reviu.what.printed_figure"), e, L));
            });
    if (!computed) return;
    if (!n.rule.empty())
        out.push_back(
            Finding{n.rule, n.severity, "text", f.where, f.measure, f.printed, n.expected, n.message});
    if (n.value && !culprit)
        facts[Key{f.ref, f.year, f.measure}].push_back(
            Fact{*n.value, f.printed, "text", f.where, f.measure, money, std::nullopt});
}

// --- error localization over the whole report: every table's arithmetic, the same figure printed
// in two places (tables and the text) and the dataset's figures as one edit system ---

// Whether the figures of a measure are linked across places: the figures themselves, not the
// ratios (a % or capaian is compared by the cross-table rules, with their caps and two means).
bool linked(std::string_view measure) {
    return measure != "persen" && measure != "capaian" && measure != "share" && measure != "other";
}

// The report's localization, from building the edit system to the findings of each table.
class ReportLocalization {
public:
    ReportLocalization(std::vector<TableCheck*> checks, const std::vector<PrintedFigure>& figures,
                       const PlanIndex* plan, const Language& L)
        : checks_(std::move(checks)), figures_(figures), plan_(plan), L_(L) {}

    // Builds, solves and makes the findings; throws kinerja::error (a figure beyond what the engine
    // or a finding computes) before anything is changed.
    void solve() {
        read_text();
        for (TableCheck* check : checks_) {
            const PrintedTable& t = check->table();
            if (!t.year) continue;
            for (std::size_t r = 0; r < t.rows.size(); ++r)
                for (std::size_t c = 0; c < t.columns.size(); ++c)
                    if (!t.rows[r].ref.empty() && check->cells()[r][c].readable)
                        printed_.insert({t.rows[r].ref, *t.year, std::string(to_string(t.columns[c].role))});
        }
        for (const auto& [j, value] : text_values_)
            printed_.insert({figures_[j].ref, figures_[j].year, figures_[j].measure});
        for (std::size_t i = 0; i < checks_.size(); ++i) checks_[i]->add_edits(e_, i, printed_);
        link();
        if (e_.system.edits().empty()) return;
        // A printed table carries more mistakes than one record of a survey (the seed's Tabel 3.2
        // has nine culprits in one cluster of sums): up to 12 culprits a cluster. The search deepens
        // on weight (docs/locate.md), so the bound costs a table with few mistakes nothing; a cluster
        // that needs more is cut at once (too_many, its findings rule by rule). A higher bound lets
        // one hostile cluster search its 20 000 sets deep: a plan with one kegiatan moved to another
        // program took 34 s at 20 and 0,05 s at 12 (the dataset fuzzer found it).
        LocateOptions limits;
        limits.max_culprits = 12;
        limits.max_nodes = 20000;
        result_ = locate(e_.system, limits);
        findings();
    }

    // Puts the findings in place, the tables' own last first, the text's at the end of \p out.
    // Returns the text's figures declared wrong (kept out of the cross-table comparison).
    std::set<std::size_t> apply(std::vector<Finding>& out) {
        if (found_.empty()) return {};  // no edit to check
        for (std::size_t i = checks_.size(); i-- > 0;)
            checks_[i]->localize_done(e_, result_, cluster_of_[i], found_[i], culprits_[i], filled_[i]);
        for (Finding& f : text_found_) out.push_back(std::move(f));
        return text_culprits_;
    }

private:
    // The same figure printed in several places: each place equal to the dataset's figure when it
    // has one, else to the first place. A figure printed with fewer decimals than another place
    // is equal at its decimals (half-up), as the cross-table rules judge it.
    void link() {
        std::map<Key, std::vector<VariableId>> places;
        for (TableCheck* check : checks_) {
            const PrintedTable& t = check->table();
            if (!t.year) continue;
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                if (t.rows[r].ref.empty()) continue;
                for (std::size_t c = 0; c < t.columns.size(); ++c) {
                    const std::string measure(to_string(t.columns[c].role));
                    if (!linked(measure)) continue;
                    // A blank joins when the figure is printed elsewhere: it takes that value.
                    if (!check->cells()[r][c].readable && !printed_.count({t.rows[r].ref, *t.year, measure}))
                        continue;
                    if (const auto v = check->variable_of(e_, r, c))
                        places[Key{t.rows[r].ref, *t.year, measure}].push_back(*v);
                }
            }
        }
        for (const auto& [j, value] : text_values_) {
            const PrintedFigure& f = figures_[j];
            const auto role = parse_column_role(f.measure);
            const bool money = role && is_money(*role, false);
            // The variable's name is data (Finding::expected of locate.ambiguous); a message shows it
            // in its own language.
            const std::string name = "the text (" + f.where + ") " + f.measure;
            const VariableId v = e_.system.add_variable(name, value, locate_weight::printed,
                                                        money ? std::max(2, value.scale()) : -1);
            const std::string said =
                L_.format("reviu.piece.text_figure", {{"where", f.where}, {"measure", f.measure}});
            e_.origin.push_back(Origin{Origin::Kind::text, 0, {j, 0}, "text", said + " " + f.printed, money});
            places[Key{f.ref, f.year, f.measure}].push_back(v);
        }
        for (const auto& [key, list] : places) {
            // The dataset's data tables transcribe the report's own tables: their figures are
            // compared by the cross-table rule, not held fixed (a transcribed row that does not add
            // up would leave nothing to correct).
            std::vector<std::pair<std::string, Decimal>> known;
            if (plan_ != nullptr && key.ref.rfind("data:", 0) != 0)
                known = dataset_figures(*plan_, key.ref, key.year, key.measure, L_);
            const bool one = !known.empty() && std::all_of(known.begin(), known.end(), [&](const auto& k) {
                return k.second == known.front().second;
            });
            if (one) {
                const VariableId fixed = e_.system.add_fixed(known.front().first, known.front().second);
                e_.origin.push_back(
                    Origin{Origin::Kind::dataset,
                           0,
                           {},
                           "",
                           known.front().first + " " + L_.number(format_number(known.front().second)),
                           false});
                for (VariableId v : list) tie(v, fixed, key.measure + " = the dataset's");
            } else if (known.empty()) {
                for (std::size_t i = 1; i < list.size(); ++i)
                    tie(list[i], list.front(), key.measure + " printed in two places");
            }
        }
    }

    // The values of the text's figures the links can use (a figure whose text has no value has a
    // finding of its own, from text_fact).
    void read_text() {
        for (std::size_t j = 0; j < figures_.size(); ++j) {
            const PrintedFigure& f = figures_[j];
            if (!linked(f.measure)) continue;
            const auto role = parse_column_role(f.measure);
            try {
                const Reading n = read_figure(L_, f.printed, role && is_money(*role, false), false);
                if (n.value) text_values_.emplace_back(j, *n.value);
            } catch (const error&) {
            }
        }
    }

    // The edit "a is b": exact against the dataset or a blank; between two printed places, the one
    // printed with fewer decimals is the other's value at its decimals.
    void tie(VariableId a, VariableId b, const std::string& what) {
        const auto& vars = e_.system.variables();
        const std::string name = e_.origin[a].shown + ": " + what;
        const int sa = vars[a].printed ? vars[a].printed->scale() : 0;
        const int sb = vars[b].printed ? vars[b].printed->scale() : 0;
        EditId id = 0;
        if (vars[b].fixed || !vars[a].printed || !vars[b].printed || sa == sb)
            id = e_.system.add_linear(name, LinearForm{{{a, 1}, {b, -1}}, Decimal()});
        else if (sa < sb)
            id = e_.system.add_rounded(name, a, LinearForm{{{b, 1}}, Decimal()}, LinearForm{{}, Decimal(1)},
                                       sa);
        else
            id = e_.system.add_rounded(name, b, LinearForm{{{a, 1}}, Decimal()}, LinearForm{{}, Decimal(1)},
                                       sb);
        const Origin& o = e_.origin[a];
        if (o.kind == Origin::Kind::cell)
            checks_[o.table]->own(e_, id, "cross.mismatch", o.at);
        else
            e_.rule.push_back("cross.mismatch");
    }

    // The row a variable is in, to tell whether two culprits are of one row: (table, row) for a
    // cell, (none, figure) for the text's, (none, none) for the dataset's.
    static std::pair<std::size_t, std::size_t> row_of(const Edits& e, VariableId v) {
        const Origin& o = e.origin[v];
        constexpr std::size_t none = static_cast<std::size_t>(-1);
        if (o.kind == Origin::Kind::cell) return {o.table, o.at.first};
        if (o.kind == Origin::Kind::text) return {none, o.at.first};
        return {none, none};
    }

    // A finding on the figure of variable \p v, without rule, severity or words yet.
    Finding finding_at(VariableId v) const {
        const Origin& o = e_.origin[v];
        if (o.kind == Origin::Kind::cell) return checks_[o.table]->finding_at(o.at);
        const PrintedFigure& f = figures_[o.at.first];
        Finding x;
        x.table = "text";
        x.row = f.where;
        x.column = f.measure;
        x.printed = f.printed;
        return x;
    }

    // The findings of the culprits \p only of one explanation, each by the table that prints it.
    void culprit_findings(const LocateCluster& k, const LocateSolution& s,
                          const std::vector<Correction>& only) {
        std::map<std::size_t, std::vector<Correction>> by_table;
        for (const Correction& c : only) {
            const Origin& o = e_.origin[c.variable];
            if (o.kind == Origin::Kind::cell) {
                by_table[o.table].push_back(c);
                continue;
            }
            Finding f = finding_at(c.variable);
            f.rule = "cross.mismatch";
            f.severity = Severity::error;
            f.expected = value_text(e_, c.variable, c);
            f.message = culprit_message(e_, k, s, c, static_cast<std::size_t>(-1), L_);
            text_found_.push_back(std::move(f));
        }
        for (auto& [t, cs] : by_table) checks_[t]->culprit_findings(e_, k, s, std::move(cs), found_[t]);
    }

    // One finding for explanations of equal weight: every one listed, none picked. It is the
    // finding of the first culprit's table (or of the text).
    void ambiguous_finding(const std::vector<std::vector<Correction>>& alternatives, bool more) {
        const VariableId first_v = alternatives.front().front().variable;
        const Origin& first = e_.origin[first_v];
        const std::size_t from =
            first.kind == Origin::Kind::cell ? first.table : static_cast<std::size_t>(-1);
        std::string listed;
        std::string expected;
        std::set<std::pair<std::size_t, std::size_t>> columns;  // (table, column) of cells
        bool all_cells = true;
        std::set<VariableId> everywhere;
        for (const Correction& c : alternatives.front()) everywhere.insert(c.variable);
        for (std::size_t i = 0; i < alternatives.size(); ++i) {
            std::string one;
            std::string values;
            std::set<VariableId> here;
            for (const Correction& c : alternatives[i]) {
                const std::string value = value_text(e_, c.variable, c);
                one += (one.empty() ? "" : ", ") + figure(e_, c.variable, from) + " -> " +
                       (value.empty() ? L_.text("reviu.piece.not_determined") : L_.number(value));
                values += (values.empty() ? "" : " and ") + e_.system.variables()[c.variable].name + " " +
                          (value.empty() ? "(not determined)" : value);
                const Origin& o = e_.origin[c.variable];
                if (o.kind == Origin::Kind::cell)
                    columns.insert({o.table, o.at.second});
                else
                    all_cells = false;
                here.insert(c.variable);
            }
            std::set<VariableId> both;
            std::set_intersection(everywhere.begin(), everywhere.end(), here.begin(), here.end(),
                                  std::inserter(both, both.begin()));
            everywhere = std::move(both);
            listed += "; (" + std::to_string(i + 1) + ") " + one;
            expected += (expected.empty() ? "" : " or ") + values;
        }
        Finding f = finding_at(first_v);
        if (!all_cells || columns.size() != 1) {
            // Figures of several columns (or places): the finding is the row's, not one cell's.
            if (first.kind == Origin::Kind::cell) f.column.clear();
            f.printed.clear();
        }
        f.rule = "locate.ambiguous";
        f.severity = Severity::error;
        f.expected = expected;
        std::string certain;
        for (VariableId v : everywhere) certain += (certain.empty() ? "" : ", ") + figure(e_, v, from);
        f.message = L_.format(
            more ? "reviu.locate.ambiguous.more" : "reviu.locate.ambiguous",
            {{"count", std::to_string(alternatives.size())},
             {"certain",
              certain.empty()
                  ? std::string()
                  : " (" + L_.format("reviu.locate.ambiguous.certain", {{"figures", certain}}) + ")"},
             {"alternatives", listed}});
        if (first.kind == Origin::Kind::cell)
            found_[first.table].push_back(std::move(f));
        else
            text_found_.push_back(std::move(f));
    }

    // The findings of an ambiguous cluster. Rows tied into one cluster by a shared total multiply
    // their explanations (two rows with two each give four): when the explanations are exactly every
    // combination of each row's own, each row is its own question, a culprit where its explanations
    // agree, one ambiguous finding where they do not. Otherwise one finding lists them all.
    void ambiguous_findings(const LocateCluster& k) {
        // An option is the row's culprits with their values: a total whose value depends on which
        // row is corrected ties the rows, and is not a product.
        using Row = std::pair<std::size_t, std::size_t>;
        using Option = std::vector<std::pair<VariableId, std::string>>;
        std::map<Row, std::set<Option>> options;
        for (const LocateSolution& s : k.solutions)
            for (const Correction& c : s.culprits) options[row_of(e_, c.variable)];
        bool product = !k.more_solutions;
        for (const LocateSolution& s : k.solutions) {
            std::map<Row, Option> mine;
            for (const Correction& c : s.culprits)
                mine[row_of(e_, c.variable)].emplace_back(c.variable, value_text(e_, c.variable, c));
            for (auto& [row, set] : options) {
                const auto it = mine.find(row);
                if (it == mine.end())
                    product = false;  // a row wrong in one explanation, right in another
                else
                    set.insert(it->second);
            }
        }
        std::size_t combinations = 1;
        for (const auto& [row, set] : options) combinations *= set.size();
        if (!product || combinations != k.solutions.size() || options.size() < 2) {
            std::vector<std::vector<Correction>> all;
            for (const LocateSolution& s : k.solutions) all.push_back(s.culprits);
            ambiguous_finding(all, k.more_solutions);
            return;
        }
        for (const auto& [row, set] : options) {
            // Each option of the row with its values, from the first explanation that has it.
            std::vector<std::vector<Correction>> alternatives;
            const LocateSolution* one = nullptr;
            for (const Option& o : set)
                for (const LocateSolution& s : k.solutions) {
                    std::vector<Correction> mine;
                    for (const Correction& c : s.culprits)
                        if (row_of(e_, c.variable) == row) mine.push_back(c);
                    Option ids;
                    for (const Correction& c : mine)
                        ids.emplace_back(c.variable, value_text(e_, c.variable, c));
                    if (ids != o) continue;
                    alternatives.push_back(std::move(mine));
                    one = &s;
                    break;
                }
            if (alternatives.size() == 1)
                culprit_findings(k, *one, alternatives.front());
            else
                ambiguous_finding(alternatives, false);
        }
    }

    void findings() {
        found_.assign(checks_.size(), {});
        culprits_.assign(checks_.size(), {});
        filled_.assign(checks_.size(), {});
        cluster_of_.assign(checks_.size(), {});
        for (std::size_t k = 0; k < result_.clusters.size(); ++k) {
            const LocateCluster& cl = result_.clusters[k];
            if (cl.status == LocateStatus::located)
                culprit_findings(cl, cl.solutions.front(), cl.solutions.front().culprits);
            if (cl.status == LocateStatus::ambiguous) ambiguous_findings(cl);
            for (const LocateSolution& s : cl.solutions)
                for (const Correction& c : s.culprits) {
                    const Origin& o = e_.origin[c.variable];
                    if (o.kind == Origin::Kind::cell) culprits_[o.table].insert(o.at);
                    if (o.kind == Origin::Kind::text) text_culprits_.insert(o.at.first);
                }
            for (EditId id : cl.violated)
                for (VariableId v : variables_in(e_, id)) {
                    const Origin& o = e_.origin[v];
                    if (o.kind == Origin::Kind::cell) cluster_of_[o.table].emplace(o.at, k);
                }
            for (const LocateSolution& s : cl.solutions)
                for (const Correction& c : s.culprits) {
                    const Origin& o = e_.origin[c.variable];
                    if (o.kind == Origin::Kind::cell) cluster_of_[o.table].emplace(o.at, k);
                }
            if (cl.status != LocateStatus::located) continue;
            for (const Correction& b : cl.solutions.front().blanks) {
                const Origin& o = e_.origin[b.variable];
                if (b.value && o.kind == Origin::Kind::cell &&
                    checks_[o.table]->cells()[o.at.first][o.at.second].blank)
                    filled_[o.table][o.at] = value_text(e_, b.variable, b);
            }
        }
    }

    std::vector<TableCheck*> checks_;
    const std::vector<PrintedFigure>& figures_;
    const PlanIndex* plan_;
    const Language& L_;  // the language of the messages
    Edits e_;
    Localization result_;
    std::vector<std::vector<Finding>> found_;  // by table
    std::vector<std::set<CellKey>> culprits_;  // by table
    std::vector<std::map<CellKey, std::string>> filled_;
    std::vector<std::map<CellKey, std::size_t>> cluster_of_;
    std::vector<Finding> text_found_;
    std::set<std::size_t> text_culprits_;
    std::vector<std::pair<std::size_t, Decimal>> text_values_;  // the text's figures that join, by index
    std::set<FigureKey> printed_;                               // every figure printed somewhere
};

// Localizes the report's inconsistencies and puts the culprits' findings in place of the
// rule-by-rule ones: a figure that disagrees only because of a culprit is no error. Returns the
// text's figures declared wrong. When the report as one system meets a figure beyond what the
// engine computes, each table is localized on its own, and a table that still cannot be says so.
std::set<std::size_t> localize_report(const std::vector<TableCheck*>& checks,
                                      const std::vector<PrintedFigure>& figures, const PlanIndex* plan,
                                      std::vector<Finding>& out, const Language& L) {
    std::vector<TableCheck*> ready;
    for (TableCheck* c : checks) {
        if (c->localizable())
            ready.push_back(c);
        else
            c->localize_skipped(L.text("reviu.locate.skipped.beyond"));
    }
    try {
        ReportLocalization all(ready, figures, plan, L);
        all.solve();
        return all.apply(out);
    } catch (const error&) {
    }
    static const std::vector<PrintedFigure> no_figures;
    for (TableCheck* c : ready) {
        try {
            ReportLocalization one({c}, no_figures, plan, L);
            one.solve();
            one.apply(out);
        } catch (const error& x) {
            c->localize_skipped(x.what());
        }
    }
    return {};
}

// A cell that is a run's number: "3" or "(3)", at most three digits.
std::optional<int> column_number(std::string_view text) {
    std::string_view v = trimmed(text);
    if (v.size() >= 2 && v.front() == '(' && v.back() == ')') v = v.substr(1, v.size() - 2);
    if (v.empty() || v.size() > 3) return std::nullopt;
    int n = 0;
    for (char ch : v) {
        if (!std::isdigit(static_cast<unsigned char>(ch))) return std::nullopt;
        n = n * 10 + (ch - '0');
    }
    return n;
}

// "Sumber: ..." or "Source: ...".
bool source_line(std::string_view text) {
    const std::string u = upper(trimmed(text));
    for (const std::string_view word : {std::string_view("SUMBER"), std::string_view("SOURCE")})
        if (u.rfind(word, 0) == 0) {
            const std::string_view rest = trimmed(std::string_view(u).substr(word.size()));
            return !rest.empty() && rest.front() == ':';
        }
    return false;
}

// Why a printed row is not data, or empty when it is: a blank spacer row, a "Sumber:" line, the
// row of column numbers "(1) (2) (3) ..." under the header, the header repeated (on a new page),
// or "heading" for a sub-heading whose text a paste spread over the figure columns.
std::string not_data(const PrintedTable& t, const PrintedRow& row) {
    const std::string_view label = trimmed(row.label);
    std::vector<std::string_view> cells;
    for (const std::string& c : row.cells) cells.push_back(trimmed(c));
    const std::size_t filled = static_cast<std::size_t>(
        std::count_if(cells.begin(), cells.end(), [](std::string_view c) { return !c.empty(); }));
    if (label.empty() && filled == 0 && row.ref.empty()) return "spacer";
    if (source_line(label) && filled == 0) return "a source line";
    if (label.empty() && filled == 1) {
        const auto it =
            std::find_if(cells.begin(), cells.end(), [](std::string_view c) { return !c.empty(); });
        if (source_line(*it)) return "a source line";
    }
    // Column numbers: every cell (and the label, when printed) a number, together a run without gaps,
    // increasing from column to column.
    std::vector<int> numbers;
    bool numbered = filled == cells.size() && (label.empty() || column_number(label));
    if (numbered && !label.empty()) numbers.push_back(*column_number(label));
    for (std::size_t c = 0; numbered && c < cells.size(); ++c) {
        const auto n = column_number(cells[c]);
        numbered = n && (c == 0 || *n > numbers.back());
        if (n) numbers.push_back(*n);
    }
    if (numbered && numbers.size() >= 3) {
        std::vector<int> sorted = numbers;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end(), [](int a, int b) { return b != a + 1; }) ==
            sorted.end())
            return "the column numbers";
    }
    // The header again: every printed cell is its column's name, and one of them a word (a data row
    // of years under columns named by year is data).
    const auto worded = [](std::string_view text) {
        return std::any_of(text.begin(), text.end(),
                           [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
    };
    std::size_t named = 0;
    bool words = false;
    bool header = filled > 0;
    for (std::size_t c = 0; header && c < cells.size(); ++c) {
        if (cells[c].empty()) continue;
        const std::string_view name = trimmed(t.columns[c].name);
        header =
            upper(cells[c]) == upper(name) || (!squeeze(name).empty() && squeeze(cells[c]) == squeeze(name));
        if (header) ++named;
        words = words || worded(cells[c]);
    }
    if (header && words && (named >= 2 || t.columns.size() == 1)) return "the column headings repeated";
    // The units under the header: "(Rp)", "%", "orang" in every printed cell, the label blank.
    const auto unit = [](std::string_view text) {
        const std::string u = squeeze(text);
        return u == "RP" || u == "RUPIAH" || u == "PERSEN" || u == "ORANG" || u == "JIWA" || u == "KK" ||
               u == "UNIT" || (u.empty() && text.find('%') != std::string_view::npos);
    };
    if (label.empty() && filled > 0 &&
        std::all_of(cells.begin(), cells.end(), [&](std::string_view c) { return c.empty() || unit(c); }))
        return "the units under the header";
    // A sub-heading: the label (a word), and its own text again in the figure columns.
    if (worded(label)) {
        std::size_t same = 0;
        bool spread = true;
        for (std::size_t c = 0; spread && c < cells.size(); ++c) {
            if (cells[c].empty() || t.columns[c].role == ColumnRole::other) continue;
            spread = squeeze(cells[c]) == squeeze(label);
            if (spread) ++same;
        }
        if (spread && same > 0) return "heading";
    }
    return "";
}

// The table without the rows that are not data (not_data): each named in a note, but for blank
// spacer rows; a sub-heading spread over the columns is kept as a heading, its cells blank.
PrintedTable data_rows(const PrintedTable& t, std::vector<Finding>& out, const Language& L) {
    PrintedTable kept = t;
    kept.rows.clear();
    for (const PrintedRow& row : t.rows) {
        const std::string why = not_data(t, row);
        if (why.empty()) {
            kept.rows.push_back(row);
            continue;
        }
        if (why == "spacer") continue;
        std::string message;
        if (why == "heading") {
            PrintedRow heading = row;
            for (std::string& cell : heading.cells) cell.clear();
            kept.rows.push_back(std::move(heading));
            message = L.text("reviu.row.not_data.heading");
        } else {
            const char* said = why == "a source line"                ? "reviu.not_data.source"
                               : why == "the column numbers"         ? "reviu.not_data.column_numbers"
                               : why == "the units under the header" ? "reviu.not_data.units"
                                                                     : "reviu.not_data.header";
            message = L.format("reviu.row.not_data", {{"why", L.text(said)}});
        }
        out.push_back(Finding{"row.not_data", Severity::note, t.id, row.label, "", "", "", message});
    }
    return kept;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> review_rules(const Language& lang) {
    // The order checks run; each description is the catalogue's "rule." and the rule id.
    // messages: prefix "rule."
    static const char* const ids[] = {
        "row.not_data",
        "table.unread",
        "number.invalid",
        "number.repaired",
        "number.ambiguous",
        "number.convention",
        "nil.zero",
        "grade.ladder",
        "row.sisa",
        "row.persen",
        "row.capaian",
        "row.l_plus_p",
        "part.sum",
        "part.none",
        "part.mark",
        "part.ambiguous",
        "row.share",
        "total.sum",
        "part.total",
        "row.numbering",
        "locate.ambiguous",
        "locate.skipped",
        "plan.missing_row",
        "plan.extra_row",
        "label.mean",
        "cell.blank",
        "cell.uncomputable",
        "renja.triwulan",
        "renja.capaian",
        "renja.cumulative",
        "renja.capaian_renstra",
        "title.year",
        "cross.mismatch",
        "rounding.truncated",
        "rounding.coarse",
        "rounding.hidden",
        "capaian.capped",
    };
    std::vector<std::pair<std::string, std::string>> rules;
    for (const char* id : ids) rules.emplace_back(id, lang.text(std::string("rule.") + id));
    return rules;
}

std::vector<Finding> check_table(const PrintedTable& table) { return check_table(table, ReviewOptions{}); }

std::vector<Finding> check_table(const PrintedTable& table, const ReviewOptions& options) {
    // The Renja form's columns come in K / Rp pairs the generic roles would misread: its own rules.
    if (is_renja_table(table)) return check_renja_table(table, nullptr, options.lang);
    std::vector<Finding> out;
    const PrintedTable data = data_rows(table, out, options.lang);
    std::set<CellKey> flagged;
    TableCheck check(data, nullptr, options, out, flagged);
    check.run();
    localize_report({&check}, {}, nullptr, out, options.lang);
    return out;
}

std::vector<Finding> check(const Renstra& the_plan, const PrintedReport& printed) {
    return check(the_plan, printed, ReviewOptions{});
}

std::vector<Finding> check(const Renstra& the_plan, const PrintedReport& printed,
                           const ReviewOptions& options) {
    // Every look-up of the reviu (a node, an indicator, a budget total per row) goes through one index.
    const PlanIndex plan(the_plan);
    // Each table's findings in a list of its own, so that the localization, which runs once all
    // tables are read, can replace some of them in place.
    std::deque<std::vector<Finding>> table_out;
    std::deque<PrintedTable> tables;
    std::deque<std::set<CellKey>> flagged;
    std::deque<TableCheck> checks;
    std::vector<TableCheck*> all;
    std::vector<Finding> renja_out;
    for (const PrintedTable& as_printed : printed.tables) {
        if (is_renja_table(as_printed)) {
            std::vector<Finding> found = check_renja_table(as_printed, &the_plan, options.lang);
            renja_out.insert(renja_out.end(), found.begin(), found.end());
            continue;
        }
        table_out.emplace_back();
        tables.push_back(data_rows(as_printed, table_out.back(), options.lang));
        flagged.emplace_back();
        checks.emplace_back(tables.back(), &plan, options, table_out.back(), flagged.back());
        checks.back().missing_ = plan_rows(tables.back(), plan, table_out.back(), options.lang);
        checks.back().run();
        all.push_back(&checks.back());
    }
    std::vector<Finding> text_out;
    const std::set<std::size_t> wrong_text =
        localize_report(all, printed.figures, &plan, text_out, options.lang);
    std::vector<Finding> out;
    std::map<Key, std::vector<Fact>> facts;
    std::vector<std::pair<Key, Fact>> blanks;  // blank cells of rows that print other figures
    for (std::size_t i = 0; i < tables.size(); ++i) {
        out.insert(out.end(), std::make_move_iterator(table_out[i].begin()),
                   std::make_move_iterator(table_out[i].end()));
        if (tables[i].year) table_facts(plan, tables[i], checks[i], flagged[i], facts, blanks);
    }
    out.insert(out.end(), std::make_move_iterator(text_out.begin()), std::make_move_iterator(text_out.end()));
    out.insert(out.end(), renja_out.begin(), renja_out.end());
    for (std::size_t j = 0; j < printed.figures.size(); ++j)
        text_fact(printed.figures[j], wrong_text.count(j) > 0, facts, out, options.lang);
    cross(plan, facts, options, out);
    const Language& L = options.lang;
    for (const auto& [key, f] : blanks) {
        // Not a structured binding inside the lambdas: C++17 lambdas cannot capture one.
        const Key& k = key;
        const Fact& blank = f;
        guarded(
            [&] {
                const auto known = dataset_figures(plan, k.ref, k.year, k.measure, L);
                if (known.empty()) return;
                const std::string want = blank.money ? show(known.front().second, true)
                                                     : format_number(known.front().second.rescaled(2));
                out.push_back(Finding{"cell.blank", Severity::warning, blank.table, blank.row, blank.column,
                                      "", want,
                                      L.format("reviu.cell.blank.dataset",
                                               {{"what", known.front().first}, {"value", L.number(want)}})});
            },
            [&](const error& e) {
                out.push_back(uncomputable(
                    blank.table, blank.row, blank.column, "",
                    L.format("reviu.what.dataset_figure", {{"measure", k.measure}, {"ref", k.ref}}), e, L));
            });
    }
    return out;
}

bool has_errors(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::error; });
}

}  // namespace kinerja
