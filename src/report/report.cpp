// The LAKIP tables, recomputed from a Renstra, and their Markdown, HTML and CSV forms (shared with the
// comparison through report/writers.hpp). What each form does to names that could break it or run in
// the reader's program (a formula in a spreadsheet, HTML in a rendered Markdown page) and to figures
// off a chart's scale is in docs/report-formats.md.

#include "kinerja/report/report.hpp"

#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <map>
#include <set>
#include <tuple>

#include "detail/boost_int.hpp"
#include "detail/csv.hpp"
#include "detail/html.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/core/version.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/measurement.hpp"
#include "kinerja/plan/totals.hpp"
#include "kinerja/report/compare.hpp"
#include "report/writers.hpp"

namespace kinerja {
namespace detail {

std::string pct(const Percent& p) {
    PercentFormat f;
    f.undefined_text = undefined_text;
    return format_percent(p, f);
}
std::string num(const Decimal& d) { return format_number(d); }

std::string show(const Target& t) {
    switch (t.kind) {
        case Target::Kind::number:
            return num(t.value);
        case Target::Kind::range:
            return num(t.min) + " - " + num(t.max);
        case Target::Kind::grade:
            return t.grade;
    }
    return "";
}
std::string show(const Measure& m) {
    switch (m.kind) {
        case Measure::Kind::number:
            return num(m.value);
        case Measure::Kind::grade:
            return m.grade;
        case Measure::Kind::undefined:
            break;
    }
    return undefined_text;
}

Cell cell(const Target& t) { return {show(t), t.kind != Target::Kind::grade}; }
Cell cell(const Measure& m) { return {show(m), m.kind != Measure::Kind::grade}; }

void Table::add(int level, std::string ref, Cell label, std::vector<Cell> cells, std::size_t document) {
    RowForm form;
    form.label_figure = label.figure;
    form.document = document;
    std::vector<std::string> texts;
    texts.reserve(cells.size());
    for (Cell& c : cells) {
        form.figures.push_back(c.figure);
        texts.push_back(std::move(c.text));
    }
    shown.rows.push_back({level, std::move(ref), std::move(label.text), std::move(texts)});
    forms.push_back(std::move(form));
}

void localize_figures(std::vector<Table>& tables, const Language& lang) {
    if (lang.decimal_mark() == ',' && lang.group_mark() == '.') return;
    for (Table& t : tables)
        for (std::size_t r = 0; r < t.shown.rows.size(); ++r) {
            ReportTable::Row& row = t.shown.rows[r];
            const Table::RowForm& form = t.forms[r];
            if (form.label_figure) row.label = lang.number(row.label);
            for (std::size_t c = 0; c < row.cells.size(); ++c)
                if (form.figures[c]) row.cells[c] = lang.number(row.cells[c]);
        }
}

std::vector<ReportTable> shown(std::vector<Table> tables) {
    std::vector<ReportTable> out;
    out.reserve(tables.size());
    for (Table& t : tables) out.push_back(std::move(t.shown));
    return out;
}

namespace {

// A line break as CommonMark reads one: LF, CR, or CRLF (one break). Returns the bytes it takes at
// s[i], 0 when there is none.
std::size_t line_break(std::string_view s, std::size_t i) {
    if (s[i] == '\n') return 1;
    if (s[i] == '\r') return i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
    return 0;
}

// The CSV writers' specials, as csv::Writer's: the separator, the quote, and both line breaks (the
// readers end a record at a lone CR too, so a CR left unquoted would split it). Local field writers
// over csv::append_field, because a text cell is also neutralised and a figure never is.
constexpr std::string_view csv_specials = ";\"\n\r";

// Markdown text kept on one line: every line break becomes a space, and '<' and '&' become entities
// so that no markup passes. In a table cell also '>' (an entity) and '|' and '\\' (escaped, so
// the text cannot end the cell, even after a '\\'). Outside a cell '>' stays: a rating note prints
// ">= 91", which opens no tag.
std::string markdown_one_line(std::string_view s, bool cell) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (const std::size_t n = line_break(s, i)) {
            out += ' ';
            i += n;
            continue;
        }
        const char c = s[i++];
        if (c == '<')
            out += "&lt;";
        else if (c == '&')
            out += "&amp;";
        else if (cell && c == '>')
            out += "&gt;";
        else if (cell && (c == '|' || c == '\\'))
            out += {'\\', c};
        else
            out += c;
    }
    return out;
}

// The two heading rows of a table with headings over pairs of columns (the Renja table's K and Rp),
// as the form prints them: each heading over its columns, and under it what follows the heading in
// each column's name; a column with no heading above it spans both rows. The first <tr> is the
// caller's.
std::string grouped_headings(const Table& table) {
    const ReportTable& t = table.shown;
    auto group_of = [&](std::size_t c) {
        return c == 0 || c > table.groups.size() ? "" : table.groups[c - 1];
    };
    std::string top, below;
    for (std::size_t c = 0; c < t.columns.size();) {
        const std::string group = group_of(c);
        if (group.empty()) {
            top += "<th rowspan=\"2\">" + html_escape(t.columns[c]) + "</th>";
            ++c;
            continue;
        }
        std::size_t span = 0;
        for (; c < t.columns.size() && group_of(c) == group; ++c, ++span) {
            const std::string& name = t.columns[c];
            below += "<th>" +
                     html_escape(name.size() > group.size() && name.compare(0, group.size(), group) == 0
                                     ? name.substr(group.size() + 1)
                                     : name) +
                     "</th>";
        }
        top += "<th colspan=\"" + std::to_string(span) + "\">" + html_escape(group) + "</th>";
    }
    return top + "</tr><tr>" + below;
}

}  // namespace

std::string markdown_cell(std::string_view s) { return markdown_one_line(s, true); }

std::string markdown_text_line(std::string_view s) { return markdown_one_line(s, false); }

void append_csv_text(std::string& out, std::string_view s) {
    if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos) {
        std::string quoted = "'";
        quoted += s;
        csv::append_quoted(out, quoted);
    } else {
        csv::append_field(out, s, csv_specials);
    }
}

void append_csv_figure(std::string& out, std::string_view s) { csv::append_field(out, s, csv_specials); }

std::string markdown_text(const std::vector<Table>& tables, const std::string& heading,
                          const std::string& intro) {
    std::string out = "# " + markdown_text_line(heading) + "\n\n" + markdown_text_line(intro) + "\n";
    for (const Table& table : tables) {
        const ReportTable& t = table.shown;
        out += "\n## " + markdown_text_line(t.title) + "\n\n|";
        for (const std::string& c : t.columns) out += " " + markdown_cell(c) + " |";
        out += "\n|";
        for (std::size_t c = 0; c < t.columns.size(); ++c) out += c == 0 ? " --- |" : " ---: |";
        out += "\n";
        for (const ReportTable::Row& r : t.rows) {
            const std::string indent =
                r.level <= 1 ? "" : std::string(static_cast<std::size_t>(r.level - 1) * 2, '.') + " ";
            out += "| " +
                   (r.level == 1 && t.rows.size() > 1 ? "**" + markdown_cell(r.label) + "**"
                                                      : indent + markdown_cell(r.label)) +
                   " |";
            for (const std::string& c : r.cells) out += " " + markdown_cell(c) + " |";
            out += "\n";
        }
        for (const std::string& n : t.notes) out += "\n_" + markdown_text_line(n) + "_\n";
    }
    return out;
}

std::string csv_text(const std::vector<Table>& tables, const std::vector<std::string>& documents) {
    const bool several = !documents.empty();
    std::string out =
        several ? "tabel;dokumen;baris;level;ref;kolom;nilai\n" : "tabel;baris;level;ref;kolom;nilai\n";
    for (const Table& table : tables) {
        const ReportTable& t = table.shown;
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            const ReportTable::Row& r = t.rows[i];
            const Table::RowForm& form = table.forms[i];
            for (std::size_t c = 0; c < r.cells.size(); ++c) {
                if (r.cells[c].empty()) continue;
                append_csv_text(out, t.id);
                out += ';';
                if (several) {
                    append_csv_text(out, documents.at(form.document));
                    out += ';';
                }
                if (form.label_figure)
                    append_csv_figure(out, r.label);
                else
                    append_csv_text(out, r.label);
                out += ';';
                append_csv_figure(out, std::to_string(r.level));
                out += ';';
                append_csv_text(out, r.ref);
                out += ';';
                append_csv_text(out, t.columns[c + 1]);
                out += ';';
                if (form.figures[c])
                    append_csv_figure(out, r.cells[c]);
                else
                    append_csv_text(out, r.cells[c]);
                out += '\n';
            }
        }
    }
    return out;
}

std::string html_text(const std::vector<Table>& tables, const std::string& heading, const std::string& intro,
                      const std::vector<std::pair<std::string, std::string>>& charts, const Language& lang) {
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"" + html_escape(lang.code()) +
        "\"><head><meta charset=\"utf-8\"><title>" + html_escape(heading) +
        "</"
        "title>\n<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;"
        "margin:1em 0}th,td{border:1px solid #bbb;padding:.25em "
        ".5em}td.n{text-align:right;white-space:nowrap}"
        "tr.l1 td:first-child{font-weight:bold}tr.l2 td:first-child{padding-left:1.5em}tr.l3 "
        "td:first-child{padding-left:"
        "3em}.note{color:#555;font-size:.9em}svg.chart{max-width:36em;display:block;margin:.5em "
        "0}figure{margin:1em 0}figcaption{font-size:.9em;color:#333}svg text{font-size:11px}"
        // Printed as an appendix to a LAKIP: A4, each table on a page of its own, its header row
        // repeated on every page it runs over, a row never split, and a wide table on a landscape page.
        "@page{size:A4 portrait;margin:15mm}@page landscape{size:A4 landscape;margin:15mm}"
        "@media print{body{margin:0;max-width:none;font-size:10pt}section+section{break-before:page}"
        "section.landscape{page:landscape}thead{display:table-header-group}tr{break-inside:avoid}"
        "h2{break-after:avoid}svg.chart{break-inside:avoid}}"
        "</style></head><body>\n<h1>" +
        html_escape(heading) + "</h1>\n<p>" + html_escape(intro) + "</p>\n";
    for (const Table& table : tables) {
        const ReportTable& t = table.shown;
        // More than six columns print on a landscape page (the Renja table, a comparison of many years).
        out += std::string(t.columns.size() > 6 ? "<section class=\"landscape\">" : "<section>") + "<h2>" +
               html_escape(t.title) + "</h2>\n<div class=\"wide\"><table id=\"" + html_escape(t.id) +
               "\"><thead><tr>";
        if (table.groups.empty()) {
            for (const std::string& c : t.columns) out += "<th>" + html_escape(c) + "</th>";
        } else {
            out += grouped_headings(table);
        }
        out += "</tr></thead><tbody>\n";
        for (const ReportTable::Row& r : t.rows) {
            out += "<tr class=\"l" + std::to_string(r.level) + "\"><td>" + html_escape(r.label) + "</td>";
            for (const std::string& c : r.cells) out += "<td class=\"n\">" + html_escape(c) + "</td>";
            out += "</tr>\n";
        }
        out += "</tbody></table></div>\n";
        for (const std::string& n : t.notes) out += "<p class=\"note\">" + html_escape(n) + "</p>\n";
        for (const auto& [id, svg] : charts)
            if (id == t.id) out += svg + "\n";
        out += "</section>\n";
    }
    return out + "</body></html>\n";
}

}  // namespace detail

namespace {

namespace mp = boost::multiprecision;

using detail::Cell;
using detail::figure;
using detail::html_escape;
using detail::num;
using detail::pct;
using detail::Table;
using detail::text;
using detail::undefined_text;

Cell money(Rupiah r) { return figure(format_rupiah(r)); }
Cell percent(const Percent& p) { return figure(pct(p)); }

// A Table with its heading: id, title and columns.
Table table_of(std::string id, std::string title, std::vector<std::string> columns) {
    Table t;
    t.shown.id = std::move(id);
    t.shown.title = std::move(title);
    t.shown.columns = std::move(columns);
    return t;
}

std::string class_title(SpendingClass c) {
    switch (c) {
        case SpendingClass::belanja_tidak_langsung:
            return "BELANJA TIDAK LANGSUNG";
        case SpendingClass::belanja_langsung:
            return "BELANJA LANGSUNG";
        case SpendingClass::operasi:
            return "BELANJA OPERASI";
        case SpendingClass::modal:
            return "BELANJA MODAL";
        case SpendingClass::tidak_terduga:
            return "BELANJA TIDAK TERDUGA";
        case SpendingClass::transfer:
            return "BELANJA TRANSFER";
    }
    return "";
}

const SpendingClass all_classes[] = {SpendingClass::belanja_tidak_langsung,
                                     SpendingClass::belanja_langsung,
                                     SpendingClass::operasi,
                                     SpendingClass::modal,
                                     SpendingClass::tidak_terduga,
                                     SpendingClass::transfer};

// The budget of a year as the LAKIP prints it: each spending class (level 1), its lines that name no
// node (level 2), its programs (level 2) and their kegiatan (level 3), then the whole budget. One walk
// for both budget tables, so every level's row is the sum of the rows under it (the reviu checks that).
template <class AddRow>
void budget_rows(const PlanIndex& ix, int year, const Language& L, const AddRow& add) {
    for (SpendingClass c : all_classes) {
        const BudgetTotals whole = ix.budget_of_class(year, c);
        if (whole.lines == 0) continue;
        add(1, "class:" + std::string(to_string(c)), class_title(c), whole);
        for (const BudgetLine& line : ix.plan().budget)
            if (line.year == year && line.spending == c && line.node.empty()) {
                BudgetTotals one;
                one.add(line);
                add(2, "", line.name, one);
            }
        for (const std::string& p : ix.descendants("", Level::program)) {
            const BudgetTotals prog = ix.budget_of(p, year, c);
            if (prog.lines == 0) continue;
            add(2, p, ix.find_node(p)->name, prog);
            for (const std::string& k : ix.descendants(p, Level::kegiatan)) {
                const BudgetTotals keg = ix.budget_of(k, year, c);
                if (keg.lines > 0) add(3, k, ix.find_node(k)->name, keg);
            }
        }
    }
    add(1, "body", L.text("report.total"), ix.budget_of("", year));
}

void add_budget_row(Table& t, int level, std::string ref, std::string label, const BudgetTotals& b) {
    t.add(level, std::move(ref), text(std::move(label)),
          {money(b.anggaran), money(b.realisasi), money(b.sisa()), percent(b.serapan())});
}

Table agreement(const PlanIndex& ix, int year, const Language& L) {
    const std::string y = std::to_string(year);
    Table t = table_of("pk", L.format("report.pk.title", {{"year", y}}),
                       {L.text("report.col.sasaran_indikator"), L.text("report.col.satuan"),
                        L.format("report.col.target_year", {{"year", y}})});
    for (const std::string& s : ix.descendants("", Level::sasaran)) {
        t.add(1, s, text(ix.find_node(s)->name), {text(""), text("")});
        for (const Indicator* ind : ix.indicators_of(s)) {
            const auto target = ind->targets.find(year);
            t.add(
                2, ind->id, text(ind->name),
                {text(ind->satuan), target == ind->targets.end() ? text("") : detail::cell(target->second)});
        }
    }
    return t;
}

Table agreement_budget(const PlanIndex& ix, int year, const Language& L) {
    Table t = table_of("pk-anggaran", L.format("report.pk_budget.title", {{"year", std::to_string(year)}}),
                       {L.text("report.col.program_kegiatan"), L.text("report.col.anggaran")});
    // By spending class, as the anggaran table: the class rows used to follow the programs at their
    // level, so the JUMLAH was not the sum of the rows above it and the report failed its own reviu.
    budget_rows(ix, year, L, [&t](int level, std::string ref, std::string label, const BudgetTotals& b) {
        t.add(level, std::move(ref), text(std::move(label)), {money(b.anggaran)});
    });
    return t;
}

std::vector<int> earlier_years(const std::vector<const Indicator*>& inds, int year) {
    std::set<int> years;
    for (const Indicator* i : inds)
        for (const auto& entry : i->realisations)
            if (entry.first < year) years.insert(entry.first);
    return {years.begin(), years.end()};
}

Table measurement(const PlanIndex& ix, int year, const Language& L) {
    const Renstra& plan = ix.plan();
    std::vector<const Indicator*> inds;
    for (const std::string& s : ix.descendants("", Level::sasaran))
        for (const Indicator* i : ix.indicators_of(s)) inds.push_back(i);
    const std::vector<int> before = earlier_years(inds, year);
    Table t = table_of(
        "pps", L.format("report.pps.title", {{"year", std::to_string(year)}}),
        {L.text("report.col.sasaran_indikator"), L.text("report.col.satuan"), L.text("report.col.target"),
         L.text("report.col.realisasi"), L.text("report.col.capaian"), L.text("report.col.predikat")});
    std::vector<std::string>& columns = t.shown.columns;
    for (int y : before)
        columns.push_back(L.format("report.col.realisasi_year", {{"year", std::to_string(y)}}));
    columns.push_back(L.format("report.col.end_target", {{"year", std::to_string(plan.period.to)}}));
    columns.push_back(L.text("report.col.progress"));
    const RatingScale scale = RatingScale::lakip_5band();
    for (const std::string& s : ix.descendants("", Level::sasaran)) {
        t.add(1, s, text(ix.find_node(s)->name), std::vector<Cell>(columns.size() - 1));
        for (const Indicator* ind : ix.indicators_of(s)) {
            std::vector<Cell> cells{text(ind->satuan)};
            const auto target = ind->targets.find(year);
            const auto realised = realisation(ix, *ind, year);
            cells.push_back(target == ind->targets.end() ? text("") : detail::cell(target->second));
            cells.push_back(realised ? detail::cell(*realised) : text(""));
            if (target != ind->targets.end() && realised) {
                const Percent c = capaian(*ind, target->second, *realised);
                cells.push_back(percent(c));
                cells.push_back(text(scale.rate(c).value_or(undefined_text)));
            } else {
                cells.insert(cells.end(), {text(""), text("")});
            }
            for (int y : before) {
                const auto r = realisation(ix, *ind, y);
                cells.push_back(r ? detail::cell(*r) : text(""));
            }
            cells.push_back(ind->end_target ? detail::cell(*ind->end_target) : text(""));
            cells.push_back(ind->end_target && realised ? percent(capaian(*ind, *ind->end_target, *realised))
                                                        : text(""));
            t.add(2, ind->id, text(ind->name), std::move(cells));
        }
    }
    t.shown.notes.push_back(L.text("report.note.pps"));
    return t;
}

// Whether \p id is among \p ids (a summary's short lists of kegiatan left out).
bool listed(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

Table capaian_table(const PlanIndex& ix, int year, const Language& L) {
    const std::string y = std::to_string(year);
    Table t = table_of("capaian", L.format("report.capaian.title", {{"year", y}}),
                       {L.text("report.col.program_kegiatan"), L.text("report.col.capaian_kegiatan"),
                        L.text("report.col.simple_mean"), L.text("report.col.weighted_mean")});
    std::vector<std::string> left_out;
    for (const std::string& p : ix.descendants("", Level::program)) {
        const CapaianSummary s = capaian_summary(ix, p, year);
        if (s.counted.empty() && s.undefined.empty()) continue;
        t.add(1, p, text(ix.find_node(p)->name),
              {text(""), percent(s.simple_mean), percent(s.budget_weighted_mean)});
        for (const std::string& k : ix.descendants(p, Level::kegiatan)) {
            if (listed(s.not_reported, k)) continue;
            const auto c = kegiatan_capaian(ix, k, year);
            if (c) t.add(2, k, text(ix.find_node(k)->name), {percent(*c), text(""), text("")});
        }
    }
    const CapaianSummary body = capaian_summary(ix, "", year);
    t.add(1, "body", text(L.text("report.all_kegiatan")),
          {text(""), percent(body.simple_mean), percent(body.budget_weighted_mean)});
    t.shown.notes.push_back(L.text("report.note.capaian"));
    for (const std::string& k : body.undefined)
        t.shown.notes.push_back(
            L.format("report.note.left_out_undefined", {{"name", ix.find_node(k)->name}}));
    for (const std::string& k : body.without_indicator)
        t.shown.notes.push_back(
            L.format("report.note.left_out_no_indicator", {{"name", ix.find_node(k)->name}, {"year", y}}));
    for (const std::string& k : body.not_reported)
        t.shown.notes.push_back(
            L.format("report.note.left_out_not_reported", {{"name", ix.find_node(k)->name}, {"year", y}}));
    return t;
}

Table budget_table(const PlanIndex& ix, int year, const Language& L) {
    Table t = table_of("anggaran", L.format("report.anggaran.title", {{"year", std::to_string(year)}}),
                       {L.text("report.col.uraian"), L.text("report.col.anggaran_rp"),
                        L.text("report.col.realisasi_rp"), L.text("report.col.sisa_rp"), "%"});
    budget_rows(ix, year, L, [&t](int level, std::string ref, std::string label, const BudgetTotals& b) {
        add_budget_row(t, level, std::move(ref), std::move(label), b);
    });
    t.shown.notes.push_back(L.text("report.note.anggaran"));
    return t;
}

// A kegiatan whose every indicator targeted in the year is counted in money (satuan rupiah): its
// capaian is realisasi / anggaran, its serapan, so its efficiency index is 1 by construction.
bool capaian_is_serapan(const PlanIndex& ix, const std::string& kegiatan, int year) {
    bool any = false;
    for (const Indicator* i : ix.indicators_of(kegiatan)) {
        if (i->targets.count(year) == 0) continue;
        const std::string satuan = satuan_key(i->satuan);
        if (satuan != "rupiah" && satuan != "rp" && satuan != "rp.") return false;
        any = true;
    }
    return any;
}

Table efficiency_table(const PlanIndex& ix, int year, const Language& L) {
    Table t = table_of("efisiensi", L.format("report.efisiensi.title", {{"year", std::to_string(year)}}),
                       {L.text("report.col.program_kegiatan"), L.text("report.col.capaian"),
                        L.text("report.col.serapan"), L.text("report.col.efficiency")});
    const std::string& uninformative = L.text("report.uninformative");
    bool marked = false;
    auto index = [&](const Percent& c, const Percent& s, bool by_construction) {
        if (by_construction) {
            marked = true;
            return text(uninformative);
        }
        const auto e = efficiency(c, s);
        return figure(e ? num(*e) : std::string(undefined_text));
    };
    for (const std::string& p : ix.descendants("", Level::program)) {
        const CapaianSummary s = capaian_summary(ix, p, year);
        if (s.counted.empty() && s.undefined.empty()) continue;
        const Percent serapan = ix.budget_of(p, year).serapan();
        // A program's index says nothing when every kegiatan in its mean measures its spending.
        std::vector<std::pair<std::string, Percent>> rows;
        bool all_spending = true;
        for (const std::string& k : ix.descendants(p, Level::kegiatan)) {
            if (listed(s.not_reported, k)) continue;
            const auto c = kegiatan_capaian(ix, k, year);
            if (!c) continue;
            rows.emplace_back(k, *c);
            all_spending = all_spending && capaian_is_serapan(ix, k, year);
        }
        t.add(1, p, text(ix.find_node(p)->name),
              {percent(s.budget_weighted_mean), percent(serapan),
               index(s.budget_weighted_mean, serapan, !rows.empty() && all_spending)});
        for (const auto& [k, c] : rows) {
            const Percent ks = ix.budget_of(k, year).serapan();
            t.add(2, k, text(ix.find_node(k)->name),
                  {percent(c), percent(ks), index(c, ks, capaian_is_serapan(ix, k, year))});
        }
    }
    t.shown.notes.push_back(L.text("report.note.efisiensi"));
    if (marked) t.shown.notes.push_back(L.text("report.note.uninformative"));
    return t;
}

// Every word the charts show, in one place, so that the report's language can fill them from a message
// catalogue; Indonesian until it does. Everything else a chart prints is a figure or a year.
struct ChartWords {
    explicit ChartWords(const Language& l)
        : lang(l),
          indicator_title(l.text("chart.indicator_title")),
          indicator_caption(l.text("chart.indicator_caption")),
          realisasi(l.text("chart.realisasi")),
          target(l.text("chart.target")),
          target_akhir(l.text("chart.target_akhir")),
          tren(l.text("chart.tren")),
          proyeksi(l.text("chart.proyeksi")),
          di_luar_rentang(l.text("chart.outside_range")),
          di_bawah_skala(l.text("chart.below_scale")),
          di_atas_skala(l.text("chart.above_scale")),
          efficiency_title(l.text("chart.efficiency_title")),
          efficiency_caption(l.text("chart.efficiency_caption")),
          serapan_axis(l.text("chart.serapan_axis")),
          capaian_axis(l.text("chart.capaian_axis")),
          serapan(l.text("chart.serapan")),
          capaian(l.text("chart.capaian")) {}
    /// A figure on a chart, in the language's number convention.
    [[nodiscard]] std::string num(const Decimal& d) const { return lang.number(detail::num(d)); }

    Language lang;
    // The indicator chart's title follows the indicator's name and ": ".
    std::string indicator_title;
    std::string indicator_caption;
    std::string realisasi;
    std::string target;  // followed by the year
    std::string target_akhir;
    std::string tren;
    std::string proyeksi;  // followed by the year
    std::string di_luar_rentang;
    std::string di_bawah_skala;
    std::string di_atas_skala;
    std::string efficiency_title;
    std::string efficiency_caption;
    std::string serapan_axis;
    std::string capaian_axis;
    std::string serapan;
    std::string capaian;
};

// Where a figure falls on a chart's axis: whole pixels from the axis' start, and which way the figure
// lies off the scale (-1 below, +1 above, 0 on it), in which case `pixels` is the edge it is drawn on.
struct Position {
    long pixels = 0;
    int off = 0;
};

// An axis from 0 to hi over `pixels` whole pixels. Positions are exact, in unbounded integers: a figure
// of 38 digits times the pixels would overflow the Decimal's 38 digits, and a quotient narrowed to
// `long` would wrap around (cy="-6819284014656913496"). Rounded half-up as divide() rounds, and clamped
// to [0, pixels]: a figure off the scale is drawn on the edge and said to be off it.
class Axis final {
public:
    // hi = top x headroom_num / headroom_den (headroom_num >= headroom_den), rounded half-up to
    // `decimals` decimals, or to more where fewer would put hi below top (a top of 0,031 is not drawn
    // on an axis to 0,03, nor one of 0,004 on an axis to 0,00); top > 0, so hi > 0. With 1 / 1 and
    // top's own decimals, hi is top: the axis of an indicator with a range ends at its bound.
    Axis(const Decimal& top, int headroom_num, int headroom_den, int decimals, long pixels)
        : pixels_(pixels) {
        const mp::cpp_int c = big(top.coefficient());
        const mp::cpp_int d = mp::cpp_int(headroom_den) * pow10_big(top.scale());
        for (scale_ = std::max(decimals, 0);; ++scale_) {  // ends by scale_ = top.scale()
            const mp::cpp_int n = c * headroom_num * pow10_big(scale_);
            hi_ = (2 * n + d) / (2 * d);  // half-up of n / d > 0
            if (hi_ * pow10_big(top.scale()) >= c * pow10_big(scale_)) break;
        }
    }

    [[nodiscard]] Position at(const Decimal& v) const {
        if (v.sign() <= 0) return {0, v.sign() < 0 ? -1 : 0};
        const int s = std::max(v.scale(), scale_);
        const mp::cpp_int value = big(v.coefficient()) * pow10_big(s - v.scale());
        const mp::cpp_int hi = hi_ * pow10_big(s - scale_);
        if (value >= hi) return {pixels_, value > hi ? 1 : 0};
        // 0 < value / hi < 1: the half-up quotient lies in [0, pixels] and fits a long.
        const mp::cpp_int n = value * pixels_;
        return {static_cast<long>((2 * n + hi) / (2 * hi)), 0};
    }

    // The pixel of an exact value in [0, hi] (a point of the trend line where it meets an edge or
    // ends), half-up.
    [[nodiscard]] long pixel(const mp::cpp_rational& v) const { return rounded(v / top() * pixels_); }

    // hi, exactly.
    [[nodiscard]] mp::cpp_rational top() const { return {hi_, pow10_big(scale_)}; }

    // hi as the axis' label prints it; empty past a Decimal's 38 digits.
    [[nodiscard]] std::optional<Decimal> top_figure() const {
        if (hi_ > big(detail::max_coefficient)) return std::nullopt;
        return Decimal(detail::from_big(hi_), scale_);
    }

    static mp::cpp_rational exact(const Decimal& v) { return {big(v.coefficient()), pow10_big(v.scale())}; }

    // q >= 0 rounded half-up to a whole number of pixels (the callers' q are bounded by the chart).
    static long rounded(const mp::cpp_rational& q) {
        const mp::cpp_int n = mp::numerator(q), d = mp::denominator(q);
        return static_cast<long>((2 * n + d) / (2 * d));
    }

private:
    static mp::cpp_int big(int128 v) { return detail::to_big<mp::cpp_int>(v); }
    static mp::cpp_int pow10_big(int n) { return detail::pow10_big<mp::cpp_int>(n); }

    mp::cpp_int hi_;  // at scale_ decimals
    int scale_;
    long pixels_;
};

// What a title or label adds for a figure drawn on the edge because it lies off the scale.
std::string off_scale_note(const Position& p, const ChartWords& words) {
    return p.off < 0 ? " (" + words.di_bawah_skala + ")" : p.off > 0 ? " (" + words.di_atas_skala + ")" : "";
}

// Text is placed before the browser lays it out, so its extent is estimated: the page sets svg text
// at 11 px (html_text's style); a character is taken as 7 px wide, as wide as a digit of DejaVu Sans
// (0,64 em) and wider than most letters, and a line as 14 px, the font's box (1,17 em) and a gap.
constexpr long char_px = 7;
constexpr long line_px = 14;
constexpr long ascent_px = 11;  // from a baseline up to the top of the text's box, rounded up

long text_width(std::string_view s) {
    long chars = 0;
    for (const char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // UTF-8 code points
    return chars * char_px;
}

std::string svg_text(long x, long y, const char* anchor, const std::string& fill,
                     const std::string& content) {
    return "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" text-anchor=\"" + anchor +
           "\"" + (fill.empty() ? "" : " fill=\"" + fill + "\"") + ">" + html_escape(content) + "</text>";
}

std::string svg_line(long x1, long y1, long x2, long y2, const std::string& stroke,
                     const std::string& extra) {
    return "<line x1=\"" + std::to_string(x1) + "\" y1=\"" + std::to_string(y1) + "\" x2=\"" +
           std::to_string(x2) + "\" y2=\"" + std::to_string(y2) + "\" stroke=\"" + stroke + "\"" + extra +
           "/>";
}

// A label of the column right of the plot: the line it names (at pixel y), and its lines of text.
struct SideLabel {
    long y = 0;
    std::vector<std::string> lines;
    std::string colour;
};

// The first baseline of each label (in the labels' order, sorted by y): each as near its line as the
// others let it be, lines of text at least line_px apart, between `top` and `bottom` (baselines).
// Labels wanted closer than that are pushed apart downwards, then back up from the bottom, so the
// result is deterministic and never overlaps when they fit at all.
std::vector<long> stack_labels(const std::vector<SideLabel>& labels, long top, long bottom) {
    std::vector<long> at(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        at[i] = labels[i].y + 4;  // 4 px: the middle of a digit's height on the line
        const long floor = i == 0 ? top : at[i - 1] + static_cast<long>(labels[i - 1].lines.size()) * line_px;
        at[i] = std::max(at[i], floor);
    }
    for (std::size_t i = labels.size(); i-- > 0;) {
        const long last = static_cast<long>(labels[i].lines.size() - 1) * line_px;
        const long ceiling = i + 1 == labels.size() ? bottom - last : at[i + 1] - last - line_px;
        at[i] = std::min(at[i], ceiling);
    }
    return at;
}

// Of slots `slot` pixels apart, the ones whose labels (at most `width` wide) can be printed without
// meeting: every k-th, counted both ways from `anchor` (the report's year), k the fewest slots that the
// widest label and a gap of 6 px span.
bool shown_slot(long index, long anchor, long slot, long width) {
    const long k = std::max(1L, (width + 6 + slot - 1) / std::max(slot, 1L));
    return std::abs(anchor - index) % k == 0;
}

// A bar chart of an indicator's realisations by year, with the year's target and the end target as
// lines, and the least-squares trend through the bars (compare_years' trend) to the plan's last year,
// its projection marked. The axis is the indicator's range where it has one (0 to 100 for a
// percentage), otherwise 0 to the highest figure and 10 % more. Every coordinate comes from Axis, so it
// stays inside the viewBox whatever the figures: a negative realisation is a bar of no height on the
// base line, marked by a red tick below it; the trend is cut exactly where it leaves the axis.
//
// Labels are placed so that none meets another: a bar's value inside the bar when the bar is tall and
// wide enough, above it otherwise; values and years thinned to every k-th bar when the bars are too
// narrow for them; the lines' labels and the projection's in a column right of the plot, stacked at
// least a line apart; the legend below the years.
std::string indicator_chart(const PlanIndex& ix, const Indicator& ind, int year, const ChartWords& words) {
    std::vector<std::pair<int, Decimal>> bars;
    for (const auto& entry : ind.realisations) {
        if (entry.first > year) continue;
        const auto m = realisation(ix, ind, entry.first);
        if (m && m->kind == Measure::Kind::number) bars.emplace_back(entry.first, m->value);
    }
    if (bars.empty()) return "";
    // The range and the trend as compare_years gives them (indicator_range, its bounds dropped where a
    // realisation passes them; least_squares_trend to the plan's last year), through the bars shown: a
    // realisation after the report's year is not drawn, so it does not bend the line either.
    auto [lowest, highest] = indicator_range(ind);
    for (const auto& b : bars) {
        if (lowest && b.second < *lowest) lowest.reset();
        if (highest && b.second > *highest) highest.reset();
    }
    std::optional<Trend> trend;
    try {
        trend = least_squares_trend(bars, ix.plan().period.to);
    } catch (const overflow_error&) {
        // A line through figures near 38 digits can project past them: the chart goes without it.
    }
    if (trend && trend->at_year < bars.back().first) trend.reset();  // a report past the plan's end
    const bool outside =
        trend && ((lowest && trend->projection < *lowest) || (highest && trend->projection > *highest));
    Decimal top(0);
    for (const auto& b : bars) top = std::max(top, b.second);
    const auto target = ind.targets.find(year);
    const bool has_target = target != ind.targets.end() && target->second.kind == Target::Kind::number;
    const bool has_end = ind.end_target && ind.end_target->kind == Target::Kind::number;
    if (has_target) top = std::max(top, target->second.value);
    if (has_end) top = std::max(top, ind.end_target->value);
    if (trend && !outside) top = std::max(top, trend->projection);
    const bool ranged = highest && highest->sign() > 0;
    if (!ranged && top.sign() <= 0) return "";

    // Vertical layout: the plot between plot_top and base, the years below, the legend below them.
    const long plot_top = 24, height = 160, base = plot_top + height;
    const Axis axis = ranged ? Axis(*highest, 1, 1, highest->scale(), height)
                             : Axis(top, 11, 10, 2, height);  // 10 % headroom above the highest figure
    // Horizontal: the axis' labels, the plot (a slot per year, the projection's year included), the
    // column of line labels.
    const std::optional<Decimal> top_figure = axis.top_figure();
    const std::string top_label = top_figure ? words.num(*top_figure) : "";
    const long left = std::max(40L, text_width(top_label) + 14);
    const long plot_width = 420, plot_right = left + plot_width;
    const int first = bars.front().first;
    const int last = trend ? trend->at_year : bars.back().first;
    const long count = last - first + 1;
    long widest = text_width("0000");
    for (const auto& b : bars) widest = std::max(widest, text_width(words.num(b.second)));
    const long inset = (widest + 1) / 2 + 2;  // a label centred on the first or last slot stays inside
    const long slot = std::max(0L, (plot_width - 2 * inset) / count);  // 0 only for centuries of years
    const long anchor = bars.back().first - first;
    const auto centre = [&](int y) { return left + inset + (y - first) * slot + slot / 2; };

    std::string body;
    body += svg_line(left, base, plot_right, base, "#444", "");
    body += svg_line(left, plot_top, left, base, "#444", "");
    if (!top_label.empty()) {
        body += svg_text(left - 6, base + 4, "end", "", "0");
        body += svg_text(left - 6, plot_top + 4, "end", "", top_label);
    }
    // Half a slot, or as wide as the widest value where the slot leaves room, to hold it inside.
    const long bar_width = std::max({slot / 2, std::min(slot - 8, widest + 4), 1L});
    for (const auto& [y, value] : bars) {
        const Position at = axis.at(value);
        const long bh = at.pixels;
        const long x = centre(y) - bar_width / 2;
        const std::string shown = words.num(value);
        body += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(base - bh) + "\" width=\"" +
                std::to_string(bar_width) + "\" height=\"" + std::to_string(bh) +
                "\" fill=\"#4a7fb5\"><title>" + std::to_string(y) + ": " + shown + off_scale_note(at, words) +
                "</title></rect>";
        if (at.off != 0)
            body += "<rect class=\"off-scale\" x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(base) +
                    "\" width=\"" + std::to_string(bar_width) + "\" height=\"3\" fill=\"#c0392b\"><title>" +
                    shown + off_scale_note(at, words) + "</title></rect>";
        if (!shown_slot(y - first, anchor, slot, widest)) continue;
        const long tw = text_width(shown);
        if (bh >= line_px + 4 && bar_width >= tw + 4) {  // inside the top of a bar that holds it, white
            body += svg_text(centre(y), base - bh + line_px, "middle", "#fff", shown);
            continue;
        }
        // Above the bar, and above every neighbour the text reaches over, on a white halo where a line
        // (a target, the trend) runs behind it.
        long under = bh;
        for (const auto& [other, other_value] : bars)
            if (std::abs(centre(other) - centre(y)) < (tw + bar_width) / 2 + 1)
                under = std::max(under, axis.at(other_value).pixels);
        body += "<text x=\"" + std::to_string(centre(y)) + "\" y=\"" + std::to_string(base - under - 4) +
                "\" text-anchor=\"middle\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">" +
                html_escape(shown) + "</text>";
    }
    for (int y = first; y <= last; ++y)
        if (shown_slot(y - first, anchor, slot, text_width("0000")))
            body += svg_text(centre(y), base + 18, "middle", "", std::to_string(y));

    std::vector<SideLabel> side;
    const auto level = [&](const Decimal& v, const std::string& colour, const std::string& dash,
                           std::vector<std::string> lines) {
        const Position at = axis.at(v);
        const long y = base - at.pixels;
        body += svg_line(left, y, plot_right, y, colour, " stroke-dasharray=\"" + dash + "\"");
        lines.back() += off_scale_note(at, words);
        side.push_back({y, std::move(lines), colour});
    };
    const std::string target_name = words.target + " " + std::to_string(year);
    const bool same = has_target && has_end && target->second.value == ind.end_target->value;
    if (has_target)
        level(target->second.value, "#c0392b", "6 3",
              same ? std::vector<std::string>{target_name + " =",
                                              words.target_akhir + ": " + words.num(target->second.value)}
                   : std::vector<std::string>{target_name + ": " + words.num(target->second.value)});
    if (has_end && !same)
        level(ind.end_target->value, "#27ae60", "2 2",
              {words.target_akhir + ": " + words.num(ind.end_target->value)});

    const std::string trend_colour = "#7d3c98";
    const std::string projection_name = words.proyeksi + " " + std::to_string(last);
    if (trend) {
        // The segment from (base year, intercept) to (projection year, projection), cut to the values
        // [0, hi] the axis shows: t runs over [0, 1] along it, and is kept where 0 <= v(t) <= hi.
        using Q = mp::cpp_rational;
        const Q v0 = Axis::exact(trend->intercept), v1 = Axis::exact(trend->projection), hi = axis.top();
        const Q dv = v1 - v0;
        Q t0 = 0, t1 = 1;
        bool visible = true;
        if (dv == 0) {
            visible = v0 >= 0 && v0 <= hi;
        } else {
            const Q at_zero = -v0 / dv, at_top = (hi - v0) / dv;
            t0 = std::max(t0, dv > 0 ? at_zero : at_top);
            t1 = std::min(t1, dv > 0 ? at_top : at_zero);
            visible = t0 < t1;
        }
        const long x0 = centre(trend->base_year), x1 = centre(trend->at_year);
        if (visible) {
            const auto x_at = [&](const Q& t) { return x0 + Axis::rounded(t * (x1 - x0)); };
            const auto y_at = [&](const Q& t) { return base - axis.pixel(v0 + t * dv); };
            body += svg_line(x_at(t0), y_at(t0), x_at(t1), y_at(t1), trend_colour,
                             " stroke-width=\"2\" class=\"trend\"");
        }
        // The projection: on the edge when it leaves the axis, said to leave the indicator's range.
        const Position at = axis.at(trend->projection);
        const long y = base - at.pixels;
        body += "<circle class=\"projection\" cx=\"" + std::to_string(x1) + "\" cy=\"" + std::to_string(y) +
                "\" r=\"5\" fill=\"#fff\" stroke=\"" + trend_colour + "\" stroke-width=\"2\"/>";
        std::vector<std::string> lines{projection_name + ": " + words.num(trend->projection)};
        if (outside)
            lines.push_back("(" + words.di_luar_rentang + ")");
        else if (at.off != 0)
            lines.push_back(off_scale_note(at, words).substr(1));
        side.push_back({y, std::move(lines), trend_colour});
    }

    // The column right of the plot: each label at its line, stacked, joined to it by a short stroke.
    std::stable_sort(side.begin(), side.end(),
                     [](const SideLabel& a, const SideLabel& b) { return a.y < b.y; });
    const long column = plot_right + 14;
    long column_width = 0;
    for (const SideLabel& s : side)
        for (const std::string& l : s.lines) column_width = std::max(column_width, text_width(l));
    const std::vector<long> baselines = stack_labels(side, plot_top - 8 + ascent_px, base + 18);
    for (std::size_t i = 0; i < side.size(); ++i) {
        body += svg_line(plot_right, side[i].y, column - 3, baselines[i] - 4, side[i].colour, "");
        for (std::size_t l = 0; l < side[i].lines.size(); ++l)
            body += svg_text(column, baselines[i] + static_cast<long>(l) * line_px, "start", side[i].colour,
                             side[i].lines[l]);
    }
    const long w = column + column_width + 6;

    // The legend, in rows below the years: a swatch of each mark and its name.
    enum class Swatch { bar, line, ring };
    struct Entry {
        Swatch swatch;
        std::string colour;
        std::string extra;  // the line's attributes
        std::string name;
    };
    std::vector<Entry> legend{{Swatch::bar, "#4a7fb5", "", words.realisasi}};
    if (has_target)
        legend.push_back({Swatch::line, "#c0392b", " stroke-dasharray=\"6 3\"",
                          same ? target_name + " = " + words.target_akhir : target_name});
    if (has_end && !same)
        legend.push_back({Swatch::line, "#27ae60", " stroke-dasharray=\"2 2\"", words.target_akhir});
    if (trend) {
        legend.push_back({Swatch::line, trend_colour, " stroke-width=\"2\"", words.tren});
        legend.push_back({Swatch::ring, trend_colour, "", projection_name});
    }
    long x = left, row = base + 42;
    for (const Entry& e : legend) {
        const long entry_width = 24 + text_width(e.name) + 16;
        if (x > left && x + entry_width - 16 > w - 6) {  // the next row when the name would leave the chart
            x = left;
            row += line_px + 4;
        }
        switch (e.swatch) {
            case Swatch::bar:
                body += "<rect x=\"" + std::to_string(x + 4) + "\" y=\"" + std::to_string(row - 9) +
                        "\" width=\"10\" height=\"10\" fill=\"" + e.colour + "\"/>";
                break;
            case Swatch::line:
                body += svg_line(x, row - 4, x + 18, row - 4, e.colour, e.extra);
                break;
            case Swatch::ring:
                body += "<circle cx=\"" + std::to_string(x + 9) + "\" cy=\"" + std::to_string(row - 4) +
                        "\" r=\"5\" fill=\"#fff\" stroke=\"" + e.colour + "\" stroke-width=\"2\"/>";
                break;
        }
        body += svg_text(x + 24, row, "start", "", e.name);
        x += entry_width;
    }
    const long h = row + 8;

    return "<figure><figcaption>" + html_escape(ind.name) + ": " + html_escape(words.indicator_caption) +
           "</figcaption><svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + std::to_string(w) + " " +
           std::to_string(h) + "\" xmlns=\"http://www.w3.org/2000/svg\"><title>" + html_escape(ind.name) +
           ": " + html_escape(words.indicator_title) + "</title>" + body + "</svg></figure>";
}

// Serapan (x) against capaian (y) per kegiatan: points above the diagonal achieved more than they spent.
// A point off the scale (a negative serapan or capaian) is drawn on the frame as a red ring.
std::string efficiency_chart(const PlanIndex& ix, int year, const ChartWords& words) {
    std::vector<std::tuple<std::string, Decimal, Decimal>> points;
    Decimal top(100);
    const CapaianSummary body = capaian_summary(ix, "", year);
    for (const std::string& k : ix.descendants("", Level::kegiatan)) {
        if (listed(body.not_reported, k)) continue;
        const auto c = kegiatan_capaian(ix, k, year);
        const Percent s = ix.budget_of(k, year).serapan();
        if (!c || !c->is_defined() || !s.is_defined()) continue;
        points.emplace_back(k, s.points(), c->points());
        top = std::max({top, s.points(), c->points()});
    }
    if (points.empty()) return "";
    const long size = 300, pad = 40;
    const Axis axis(top, 1, 1, top.scale(), size);
    std::string svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + std::to_string(size + 2 * pad) +
                      " " + std::to_string(size + 2 * pad) +
                      "\" xmlns=\"http://www.w3.org/2000/svg\"><title>" +
                      html_escape(words.efficiency_title) + "</title>";
    svg += "<rect x=\"" + std::to_string(pad) + "\" y=\"" + std::to_string(pad) + "\" width=\"" +
           std::to_string(size) + "\" height=\"" + std::to_string(size) +
           "\" fill=\"none\" stroke=\"#444\"/>";
    svg += svg_line(pad, pad + size, pad + size, pad, "#aaa", " stroke-dasharray=\"4 4\"");
    svg += svg_text(pad + size / 2, pad + size + 30, "middle", "", words.serapan_axis);
    svg += "<text x=\"12\" y=\"" + std::to_string(pad + size / 2) + "\" transform=\"rotate(-90 12 " +
           std::to_string(pad + size / 2) + ")\" text-anchor=\"middle\">" + html_escape(words.capaian_axis) +
           "</text>";
    for (const auto& [k, s, c] : points) {
        const Position px = axis.at(s);
        const Position py = axis.at(c);
        const long x = pad + px.pixels;
        const long y = pad + size - py.pixels;
        const bool off = px.off != 0 || py.off != 0;
        svg += "<circle cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(y) +
               (off ? "\" r=\"4\" class=\"off-scale\" fill=\"none\" stroke=\"#c0392b\"><title>"
                    : "\" r=\"4\" fill=\"#4a7fb5\"><title>") +
               html_escape(ix.find_node(k)->name) + ": " + html_escape(words.serapan) + " " + words.num(s) +
               off_scale_note(px, words) + ", " + html_escape(words.capaian) + " " + words.num(c) +
               off_scale_note(py, words) + "</title></circle>";
    }
    return "<figure><figcaption>" + html_escape(words.efficiency_caption) + "</figcaption>" + svg +
           "</svg></figure>";
}

std::string heading_of(const Renstra& plan, int year, const Language& L) {
    return L.format("report.heading", {{"year", std::to_string(year)}, {"body", plan.body.name}});
}

std::string intro_of(const Renstra& plan, const Language& L) {
    return L.format("report.intro", {{"from", std::to_string(plan.period.from)},
                                     {"to", std::to_string(plan.period.to)},
                                     {"version", version}});
}

std::vector<Table> tables_of(const PlanIndex& ix, int year, const Language& L) {
    std::vector<Table> out;
    out.push_back(agreement(ix, year, L));
    out.push_back(agreement_budget(ix, year, L));
    out.push_back(measurement(ix, year, L));
    out.push_back(capaian_table(ix, year, L));
    out.push_back(budget_table(ix, year, L));
    out.push_back(efficiency_table(ix, year, L));
    return out;
}

}  // namespace

int latest_year(const Renstra& plan) {
    int year = 0;
    for (const BudgetLine& b : plan.budget) year = std::max(year, b.year);
    for (const Indicator& i : plan.indicators)
        for (const auto& entry : i.targets) year = std::max(year, entry.first);
    if (year == 0) {
        Message said{"error.report.no_year", {}};
        throw value_error(english(said), said);
    }
    return year;
}

std::vector<int> data_years(const Renstra& plan) {
    std::set<int> years;
    for (const BudgetLine& b : plan.budget) years.insert(b.year);
    for (const Indicator& i : plan.indicators) {
        for (const auto& entry : i.targets) years.insert(entry.first);
        for (const auto& entry : i.realisations) years.insert(entry.first);
    }
    for (const DataTable& t : plan.tables) years.insert(t.year);
    return {years.begin(), years.end()};
}

std::vector<detail::Table> detail::report_table_forms(const Renstra& plan, int year, const Language& lang) {
    return tables_of(PlanIndex(plan), year, lang);
}

std::vector<ReportTable> report_tables(const Renstra& plan, int year, const Language& lang) {
    std::vector<Table> tables = detail::report_table_forms(plan, year, lang);
    detail::localize_figures(tables, lang);
    return detail::shown(std::move(tables));
}

std::string write_report(const Renstra& plan, int year, ReportFormat format, const Language& lang) {
    // One index for every table and chart: each looks nodes, indicators and budget totals up in it.
    const PlanIndex ix(plan);
    std::vector<Table> tables = tables_of(ix, year, lang);
    detail::localize_figures(tables, lang);
    switch (format) {
        case ReportFormat::markdown:
            return detail::markdown_text(tables, heading_of(plan, year, lang), intro_of(plan, lang));
        case ReportFormat::csv:
            return detail::csv_text(tables);
        case ReportFormat::html: {
            const ChartWords words(lang);
            std::vector<std::pair<std::string, std::string>> charts;
            for (const std::string& s : ix.descendants("", Level::sasaran))
                for (const Indicator* ind : ix.indicators_of(s)) {
                    const std::string svg = indicator_chart(ix, *ind, year, words);
                    if (!svg.empty()) charts.emplace_back("pps", svg);
                }
            const std::string scatter = efficiency_chart(ix, year, words);
            if (!scatter.empty()) charts.emplace_back("efisiensi", scatter);
            return detail::html_text(tables, heading_of(plan, year, lang), intro_of(plan, lang), charts,
                                     lang);
        }
    }
    return "";
}

}  // namespace kinerja
