// The LAKIP tables, recomputed from a Renstra, and their Markdown, HTML and CSV forms (shared with the
// comparison through report/writers.hpp).

#include "kinerja/report/report.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "detail/csv.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/core/version.hpp"
#include "kinerja/plan/measurement.hpp"
#include "kinerja/plan/totals.hpp"
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

namespace {

// Markdown escapes '|' inside a cell.
std::string md_cell(std::string_view s) {
    std::string out;
    for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

std::string html_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace

std::string markdown_text(const std::vector<ReportTable>& tables, const std::string& heading,
                          const std::string& intro) {
    std::string out = "# " + heading + "\n\n" + intro + "\n";
    for (const ReportTable& t : tables) {
        out += "\n## " + t.title + "\n\n|";
        for (const std::string& c : t.columns) out += " " + md_cell(c) + " |";
        out += "\n|";
        for (std::size_t c = 0; c < t.columns.size(); ++c) out += c == 0 ? " --- |" : " ---: |";
        out += "\n";
        for (const ReportTable::Row& r : t.rows) {
            const std::string indent =
                r.level <= 1 ? "" : std::string(static_cast<std::size_t>(r.level - 1) * 2, '.') + " ";
            out += "| " +
                   (r.level == 1 && t.rows.size() > 1 ? "**" + md_cell(r.label) + "**"
                                                      : indent + md_cell(r.label)) +
                   " |";
            for (const std::string& c : r.cells) out += " " + md_cell(c) + " |";
            out += "\n";
        }
        for (const std::string& n : t.notes) out += "\n_" + n + "_\n";
    }
    return out;
}

std::string csv_text(const std::vector<ReportTable>& tables) {
    csv::Writer out(';');
    for (const char* heading : {"tabel", "baris", "level", "ref", "kolom", "nilai"}) out.field(heading);
    out.end_record();
    for (const ReportTable& t : tables)
        for (const ReportTable::Row& r : t.rows)
            for (std::size_t c = 0; c < r.cells.size(); ++c) {
                if (r.cells[c].empty()) continue;
                out.field(t.id).field(r.label).field(std::to_string(r.level)).field(r.ref);
                out.field(t.columns[c + 1]).field(r.cells[c]).end_record();
            }
    return out.take();
}

std::string html_text(const std::vector<ReportTable>& tables, const std::string& heading,
                      const std::string& intro,
                      const std::vector<std::pair<std::string, std::string>>& charts) {
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + html_escape(heading) +
        "</"
        "title>\n<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;"
        "margin:1em 0}th,td{border:1px solid #bbb;padding:.25em "
        ".5em}td.n{text-align:right;white-space:nowrap}"
        "tr.l1 td:first-child{font-weight:bold}tr.l2 td:first-child{padding-left:1.5em}tr.l3 "
        "td:first-child{padding-left:"
        "3em}.note{color:#555;font-size:.9em}svg.chart{max-width:36em;display:block;margin:.5em "
        "0}figure{margin:1em 0}figcaption{font-size:.9em;color:#333}svg text{font-size:11px}"
        "</style></head><body>\n<h1>" +
        html_escape(heading) + "</h1>\n<p>" + html_escape(intro) + "</p>\n";
    for (const ReportTable& t : tables) {
        out += "<h2>" + html_escape(t.title) + "</h2>\n<div class=\"wide\"><table id=\"" + html_escape(t.id) +
               "\"><thead><tr>";
        for (const std::string& c : t.columns) out += "<th>" + html_escape(c) + "</th>";
        out += "</tr></thead><tbody>\n";
        for (const ReportTable::Row& r : t.rows) {
            out += "<tr class=\"l" + std::to_string(r.level) + "\"><td>" + html_escape(r.label) + "</td>";
            for (const std::string& c : r.cells) out += "<td class=\"n\">" + html_escape(c) + "</td>";
            out += "</tr>\n";
        }
        out += "</tbody></table></div>\n";
        for (const std::string& n : t.notes) out += "<p class=\"note\">" + html_escape(n) + "</p>\n";
        for (const auto& [table, svg] : charts)
            if (table == t.id) out += svg + "\n";
    }
    return out + "</body></html>\n";
}

}  // namespace detail

namespace {

using detail::html_escape;
using detail::num;
using detail::pct;
using detail::show;
using detail::undefined_text;

std::string money(Rupiah r) { return format_rupiah(r); }

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

ReportTable::Row budget_row(int level, std::string ref, std::string label, const BudgetTotals& b) {
    return {level,
            std::move(ref),
            std::move(label),
            {money(b.anggaran), money(b.realisasi), money(b.sisa()), pct(b.serapan())}};
}

std::vector<const Indicator*> indicators_of(const Renstra& plan, const std::string& node) {
    std::vector<const Indicator*> out;
    for (const Indicator& i : plan.indicators)
        if (i.node == node) out.push_back(&i);
    return out;
}

ReportTable agreement(const Renstra& plan, int year) {
    ReportTable t{"pk",
                  "Perjanjian Kinerja " + std::to_string(year) + ": sasaran, indikator dan target",
                  {"Sasaran / Indikator", "Satuan", "Target " + std::to_string(year)},
                  {},
                  {}};
    for (const std::string& s : plan.descendants("", Level::sasaran)) {
        t.rows.push_back({1, s, plan.find_node(s)->name, {"", ""}});
        for (const Indicator* ind : indicators_of(plan, s)) {
            const auto target = ind->targets.find(year);
            t.rows.push_back({2,
                              ind->id,
                              ind->name,
                              {ind->satuan, target == ind->targets.end() ? "" : show(target->second)}});
        }
    }
    return t;
}

ReportTable agreement_budget(const Renstra& plan, int year) {
    ReportTable t{"pk-anggaran",
                  "Perjanjian Kinerja " + std::to_string(year) + ": anggaran program dan kegiatan",
                  {"Program / Kegiatan", "Anggaran"},
                  {},
                  {}};
    for (const std::string& p : plan.descendants("", Level::program)) {
        const BudgetTotals b = budget_of(plan, p, year);
        if (b.lines == 0) continue;
        t.rows.push_back({1, p, plan.find_node(p)->name, {money(b.anggaran)}});
        for (const std::string& k : plan.descendants(p, Level::kegiatan))
            t.rows.push_back({2, k, plan.find_node(k)->name, {money(budget_of(plan, k, year).anggaran)}});
    }
    for (SpendingClass c : all_classes) {
        const BudgetTotals b = budget_of_class(plan, year, c);
        if (b.lines > 0)
            t.rows.push_back({1, "class:" + std::string(to_string(c)), class_title(c), {money(b.anggaran)}});
    }
    t.rows.push_back({1, "body", "JUMLAH", {money(budget_of(plan, "", year).anggaran)}});
    return t;
}

std::vector<int> earlier_years(const std::vector<const Indicator*>& inds, int year) {
    std::set<int> years;
    for (const Indicator* i : inds)
        for (const auto& entry : i->realisations)
            if (entry.first < year) years.insert(entry.first);
    return {years.begin(), years.end()};
}

ReportTable measurement(const Renstra& plan, int year) {
    std::vector<const Indicator*> inds;
    for (const std::string& s : plan.descendants("", Level::sasaran))
        for (const Indicator* i : indicators_of(plan, s)) inds.push_back(i);
    const std::vector<int> before = earlier_years(inds, year);
    ReportTable t{"pps",
                  "Pengukuran Pencapaian Sasaran " + std::to_string(year),
                  {"Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"},
                  {},
                  {}};
    for (int y : before) t.columns.push_back("Realisasi " + std::to_string(y));
    t.columns.push_back("Target akhir (" + std::to_string(plan.period.to) + ")");
    t.columns.push_back("Progres ke target akhir (%)");
    const RatingScale scale = RatingScale::lakip_5band();
    for (const std::string& s : plan.descendants("", Level::sasaran)) {
        t.rows.push_back({1, s, plan.find_node(s)->name, std::vector<std::string>(t.columns.size() - 1)});
        for (const Indicator* ind : indicators_of(plan, s)) {
            std::vector<std::string> cells{ind->satuan};
            const auto target = ind->targets.find(year);
            const auto realised = realisation(plan, *ind, year);
            cells.push_back(target == ind->targets.end() ? "" : show(target->second));
            cells.push_back(realised ? show(*realised) : "");
            if (target != ind->targets.end() && realised) {
                const Percent c = capaian(*ind, target->second, *realised);
                cells.push_back(pct(c));
                cells.push_back(scale.rate(c).value_or(undefined_text));
            } else {
                cells.insert(cells.end(), {"", ""});
            }
            for (int y : before) {
                const auto r = realisation(plan, *ind, y);
                cells.push_back(r ? show(*r) : "");
            }
            cells.push_back(ind->end_target ? show(*ind->end_target) : "");
            cells.push_back(ind->end_target && realised ? pct(capaian(*ind, *ind->end_target, *realised))
                                                        : "");
            t.rows.push_back({2, ind->id, ind->name, cells});
        }
    }
    t.notes.push_back(
        "Capaian: realisasi against the target by the indicator's polarity, exact, rounded half-up to "
        "2 decimals, not capped. Predikat: >= 91 Sangat Baik, >= 76 Baik, >= 66 Cukup, >= 51 Kurang, "
        "below Sangat Kurang. Progres: the realisasi against the end-of-plan target, the same way.");
    return t;
}

ReportTable capaian_table(const Renstra& plan, int year) {
    ReportTable t{"capaian",
                  "Capaian Kinerja Program dan Kegiatan " + std::to_string(year),
                  {"Program / Kegiatan", "Capaian kegiatan (%)", "Rata-rata sederhana (%)",
                   "Rata-rata tertimbang anggaran (%)"},
                  {},
                  {}};
    std::vector<std::string> left_out;
    for (const std::string& p : plan.descendants("", Level::program)) {
        const CapaianSummary s = capaian_summary(plan, p, year);
        if (s.counted.empty() && s.undefined.empty()) continue;
        t.rows.push_back(
            {1, p, plan.find_node(p)->name, {"", pct(s.simple_mean), pct(s.budget_weighted_mean)}});
        for (const std::string& k : plan.descendants(p, Level::kegiatan)) {
            const auto c = kegiatan_capaian(plan, k, year);
            if (c) t.rows.push_back({2, k, plan.find_node(k)->name, {pct(*c), "", ""}});
        }
    }
    const CapaianSummary body = capaian_summary(plan, "", year);
    t.rows.push_back(
        {1, "body", "SELURUH KEGIATAN", {"", pct(body.simple_mean), pct(body.budget_weighted_mean)}});
    t.notes.push_back(
        "Capaian kegiatan: the mean of its indicators' capaian. Rata-rata sederhana: the mean of the "
        "kegiatan capaian. Rata-rata tertimbang anggaran: sum(capaian x anggaran) / sum(anggaran).");
    for (const std::string& k : body.undefined)
        t.notes.push_back("Left out of the means: '" + plan.find_node(k)->name +
                          "' (capaian undefined: a target of 0).");
    for (const std::string& k : body.without_indicator)
        t.notes.push_back("Left out of the means: '" + plan.find_node(k)->name +
                          "' (no indicator with a target for " + std::to_string(year) + ").");
    return t;
}

ReportTable budget_table(const Renstra& plan, int year) {
    ReportTable t{"anggaran",
                  "Anggaran dan Realisasi Belanja " + std::to_string(year),
                  {"Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"},
                  {},
                  {}};
    for (SpendingClass c : all_classes) {
        const BudgetTotals whole = budget_of_class(plan, year, c);
        if (whole.lines == 0) continue;
        t.rows.push_back(budget_row(1, "class:" + std::string(to_string(c)), class_title(c), whole));
        for (const BudgetLine& line : plan.budget)
            if (line.year == year && line.spending == c && line.node.empty()) {
                BudgetTotals one;
                one.add(line);
                t.rows.push_back(budget_row(2, "", line.name, one));
            }
        for (const std::string& p : plan.descendants("", Level::program)) {
            const BudgetTotals prog = budget_of(plan, p, year, c);
            if (prog.lines == 0) continue;
            t.rows.push_back(budget_row(2, p, plan.find_node(p)->name, prog));
            for (const std::string& k : plan.descendants(p, Level::kegiatan)) {
                const BudgetTotals keg = budget_of(plan, k, year, c);
                if (keg.lines > 0) t.rows.push_back(budget_row(3, k, plan.find_node(k)->name, keg));
            }
        }
    }
    t.rows.push_back(budget_row(1, "body", "JUMLAH", budget_of(plan, "", year)));
    t.notes.push_back(
        "Sisa = anggaran - realisasi; % = realisasi / anggaran x 100, rounded half-up; n/a: anggaran 0.");
    return t;
}

ReportTable efficiency_table(const Renstra& plan, int year) {
    ReportTable t{"efisiensi",
                  "Efisiensi " + std::to_string(year),
                  {"Program / Kegiatan", "Capaian (%)", "Serapan (%)", "Indeks efisiensi"},
                  {},
                  {}};
    auto index = [](const Percent& c, const Percent& s) {
        const auto e = efficiency(c, s);
        return e ? num(*e) : std::string(undefined_text);
    };
    for (const std::string& p : plan.descendants("", Level::program)) {
        const CapaianSummary s = capaian_summary(plan, p, year);
        if (s.counted.empty() && s.undefined.empty()) continue;
        const Percent serapan = budget_of(plan, p, year).serapan();
        t.rows.push_back(
            {1,
             p,
             plan.find_node(p)->name,
             {pct(s.budget_weighted_mean), pct(serapan), index(s.budget_weighted_mean, serapan)}});
        for (const std::string& k : plan.descendants(p, Level::kegiatan)) {
            const auto c = kegiatan_capaian(plan, k, year);
            if (!c) continue;
            const Percent ks = budget_of(plan, k, year).serapan();
            t.rows.push_back({2, k, plan.find_node(k)->name, {pct(*c), pct(ks), index(*c, ks)}});
        }
    }
    t.notes.push_back(
        "Indeks efisiensi = capaian / serapan (1 or more reads as efficient); a program's capaian is the "
        "budget-weighted mean of its kegiatan.");
    return t;
}

// Pixel position of v on an axis from lo to hi over `pixels`, in whole pixels (integer arithmetic).
long pixel(const Decimal& v, const Decimal& lo, const Decimal& hi, long pixels) {
    const auto q = divide((v - lo) * pixels, hi - lo, 0);
    if (!q) return 0;
    return static_cast<long>(q->coefficient());
}

// A bar chart of an indicator's realisations by year, with the year's target and the end target.
std::string indicator_chart(const Renstra& plan, const Indicator& ind, int year) {
    std::vector<std::pair<int, Decimal>> bars;
    for (const auto& entry : ind.realisations) {
        if (entry.first > year) continue;
        const auto m = realisation(plan, ind, entry.first);
        if (m && m->kind == Measure::Kind::number) bars.emplace_back(entry.first, m->value);
    }
    if (bars.empty()) return "";
    Decimal top(0);
    for (const auto& b : bars) top = std::max(top, b.second);
    const auto target = ind.targets.find(year);
    const bool has_target = target != ind.targets.end() && target->second.kind == Target::Kind::number;
    const bool has_end = ind.end_target && ind.end_target->kind == Target::Kind::number;
    if (has_target) top = std::max(top, target->second.value);
    if (has_end) top = std::max(top, ind.end_target->value);
    if (top.sign() <= 0) return "";
    const Decimal hi = *divide(top * 11, Decimal(10), 2);  // 10 % headroom above the highest figure
    const long w = 520, h = 220, left = 50, base = 190, height = 160;
    std::string svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + std::to_string(w) + " " +
                      std::to_string(h) + "\" xmlns=\"http://www.w3.org/2000/svg\"><title>" +
                      html_escape(ind.name) + ": realisasi per tahun, target dan target akhir</title>";
    svg += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(base) + "\" x2=\"" +
           std::to_string(w - 10) + "\" y2=\"" + std::to_string(base) + "\" stroke=\"#444\"/>";
    const long slot = (w - left - 20) / static_cast<long>(bars.size());
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const long bh = pixel(bars[i].second, Decimal(0), hi, height);
        const long x = left + static_cast<long>(i) * slot + slot / 4;
        svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(base - bh) + "\" width=\"" +
               std::to_string(slot / 2) + "\" height=\"" + std::to_string(bh) + "\" fill=\"#4a7fb5\"/>";
        // The value inside the top of a tall bar, above a short one, so it never meets the target lines'
        // labels.
        const bool inside = bh > 24;
        svg += "<text x=\"" + std::to_string(x + slot / 4) + "\" y=\"" +
               std::to_string(inside ? base - bh + 15 : base - bh - 4) + "\" text-anchor=\"middle\"" +
               (inside ? " fill=\"#fff\"" : "") + ">" + num(bars[i].second) + "</text>";
        svg += "<text x=\"" + std::to_string(x + slot / 4) + "\" y=\"" + std::to_string(base + 16) +
               "\" text-anchor=\"middle\">" + std::to_string(bars[i].first) + "</text>";
    }
    auto line = [&](const Decimal& v, const std::string& colour, const std::string& dash,
                    const std::string& label, long dy) {
        const long y = base - pixel(v, Decimal(0), hi, height);
        svg += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(y) + "\" x2=\"" +
               std::to_string(w - 10) + "\" y2=\"" + std::to_string(y) + "\" stroke=\"" + colour +
               "\" stroke-dasharray=\"" + dash + "\"/>";
        svg += "<text x=\"" + std::to_string(w - 10) + "\" y=\"" + std::to_string(y + dy) +
               "\" text-anchor=\"end\" fill=\"" + colour + "\">" + label + "</text>";
    };
    const bool same = has_target && has_end && target->second.value == ind.end_target->value;
    if (has_target)
        line(target->second.value, "#c0392b", "6 3",
             (same ? "target " + std::to_string(year) + " = target akhir "
                   : "target " + std::to_string(year) + " ") +
                 num(target->second.value),
             -4);
    if (has_end && !same)
        line(ind.end_target->value, "#27ae60", "2 2", "target akhir " + num(ind.end_target->value), 12);
    return "<figure><figcaption>" + html_escape(ind.name) +
           ": realisasi per tahun (batang), target tahun ini (merah) dan target akhir (hijau)</figcaption>" +
           svg + "</svg></figure>";
}

// Serapan (x) against capaian (y) per kegiatan: points above the diagonal achieved more than they spent.
std::string efficiency_chart(const Renstra& plan, int year) {
    std::vector<std::tuple<std::string, Decimal, Decimal>> points;
    Decimal top(100);
    for (const std::string& k : plan.descendants("", Level::kegiatan)) {
        const auto c = kegiatan_capaian(plan, k, year);
        const Percent s = budget_of(plan, k, year).serapan();
        if (!c || !c->is_defined() || !s.is_defined()) continue;
        points.emplace_back(k, s.points(), c->points());
        top = std::max({top, s.points(), c->points()});
    }
    if (points.empty()) return "";
    const long size = 300, pad = 40;
    std::string svg =
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + std::to_string(size + 2 * pad) + " " +
        std::to_string(size + 2 * pad) +
        "\" xmlns=\"http://www.w3.org/2000/svg\"><title>Serapan anggaran dan capaian per kegiatan</title>";
    svg += "<rect x=\"" + std::to_string(pad) + "\" y=\"" + std::to_string(pad) + "\" width=\"" +
           std::to_string(size) + "\" height=\"" + std::to_string(size) +
           "\" fill=\"none\" stroke=\"#444\"/>";
    svg += "<line x1=\"" + std::to_string(pad) + "\" y1=\"" + std::to_string(pad + size) + "\" x2=\"" +
           std::to_string(pad + size) + "\" y2=\"" + std::to_string(pad) +
           "\" stroke=\"#aaa\" stroke-dasharray=\"4 4\"/>";
    svg += "<text x=\"" + std::to_string(pad + size / 2) + "\" y=\"" + std::to_string(pad + size + 30) +
           "\" text-anchor=\"middle\">Serapan (%)</text>";
    svg += "<text x=\"12\" y=\"" + std::to_string(pad + size / 2) + "\" transform=\"rotate(-90 12 " +
           std::to_string(pad + size / 2) + ")\" text-anchor=\"middle\">Capaian (%)</text>";
    for (const auto& [k, s, c] : points) {
        const long x = pad + pixel(s, Decimal(0), top, size);
        const long y = pad + size - pixel(c, Decimal(0), top, size);
        svg += "<circle cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(y) +
               "\" r=\"4\" fill=\"#4a7fb5\"><title>" + html_escape(plan.find_node(k)->name) + ": serapan " +
               num(s) + ", capaian " + num(c) + "</title></circle>";
    }
    return "<figure><figcaption>Serapan anggaran (x) dan capaian (y) per kegiatan; di atas garis "
           "putus-putus, "
           "capaian melebihi serapan</figcaption>" +
           svg + "</svg></figure>";
}

std::string heading_of(const Renstra& plan, int year) {
    return "Laporan Kinerja " + std::to_string(year) + ": " + plan.body.name;
}

std::string intro_of(const Renstra& plan) {
    return "Renstra " + std::to_string(plan.period.from) + "-" + std::to_string(plan.period.to) +
           ". Every figure is recomputed from the dataset by kinerja " + version +
           ": money exact in Rupiah, percentages rounded half-up once. n/a: undefined (a target or anggaran "
           "of 0).";
}

}  // namespace

int latest_year(const Renstra& plan) {
    int year = 0;
    for (const BudgetLine& b : plan.budget) year = std::max(year, b.year);
    for (const Indicator& i : plan.indicators)
        for (const auto& entry : i.targets) year = std::max(year, entry.first);
    if (year == 0) throw value_error("the plan has no budget line and no target: name the year");
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

std::vector<ReportTable> report_tables(const Renstra& plan, int year) {
    return {agreement(plan, year),     agreement_budget(plan, year), measurement(plan, year),
            capaian_table(plan, year), budget_table(plan, year),     efficiency_table(plan, year)};
}

std::string write_report(const Renstra& plan, int year, ReportFormat format) {
    const auto tables = report_tables(plan, year);
    switch (format) {
        case ReportFormat::markdown:
            return detail::markdown_text(tables, heading_of(plan, year), intro_of(plan));
        case ReportFormat::csv:
            return detail::csv_text(tables);
        case ReportFormat::html: {
            std::vector<std::pair<std::string, std::string>> charts;
            for (const std::string& s : plan.descendants("", Level::sasaran))
                for (const Indicator* ind : indicators_of(plan, s)) {
                    const std::string svg = indicator_chart(plan, *ind, year);
                    if (!svg.empty()) charts.emplace_back("pps", svg);
                }
            const std::string scatter = efficiency_chart(plan, year);
            if (!scatter.empty()) charts.emplace_back("efisiensi", scatter);
            return detail::html_text(tables, heading_of(plan, year), intro_of(plan), charts);
        }
    }
    return "";
}

}  // namespace kinerja
