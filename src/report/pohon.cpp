// The pohon kinerja: the tree built from a Pemda's links or one body's hierarchy, and its three
// written forms (docs/pohon.md). The tree is built and written without recursion: a plan's depth is
// bounded by its levels, but a walk driven by the input's links stays a loop over an explicit stack.

#include "kinerja/report/pohon.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <utility>

#include "detail/html.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/measurement.hpp"
#include "kinerja/report/report.hpp"
#include "report/writers.hpp"

namespace kinerja {
namespace {

// What a figure the plan does not hold prints as: a word, never a number a reader could take for 0.

// One plan with what the builder looks up in it: the index (indicators, data tables) and each node's
// children in plan order.
struct PlanView {
    PlanView(const Renstra& p, std::string opd_id) : plan(&p), index(p), opd(std::move(opd_id)) {
        for (std::size_t i = 0; i < p.nodes.size(); ++i)
            if (!p.nodes[i].parent.empty()) children[p.nodes[i].parent].push_back(i);
    }
    const Renstra* plan;
    PlanIndex index;
    std::string opd;
    std::map<std::string, std::vector<std::size_t>, std::less<>> children;
};

class Builder final {
public:
    Builder(int year, const PohonOptions& options) : options_(options) {
        tree_.year = year;
        tree_.scale = options.scale;
        tree_.language = options.lang;
    }

    // Appends the node at \p at of \p view (with \p role) under \p parent (empty: a root) and returns
    // its position.
    std::size_t add(const PlanView& view, std::size_t at, PohonRole role, std::optional<std::size_t> parent) {
        const Node& n = view.plan->nodes[at];
        PohonNode out;
        out.opd = view.opd;
        out.body = view.plan->body.name;
        out.id = n.id;
        out.level = n.level;
        out.name = n.name;
        out.code = n.code;
        out.role = role;
        out.parent = parent;
        out.depth = parent ? tree_.nodes[*parent].depth + 1 : 0;
        for (const Indicator* ind : view.index.indicators_of(n.id))
            out.indicators.push_back(measure(view, *ind));
        for (const PohonIndicator& i : out.indicators)
            if (i.band && (!out.band || *i.band > *out.band)) out.band = i.band;
        const std::size_t pos = tree_.nodes.size();
        tree_.nodes.push_back(std::move(out));
        if (parent)
            tree_.nodes[*parent].children.push_back(pos);
        else
            tree_.roots.push_back(pos);
        return pos;
    }

    // Appends the node at \p at of \p view and everything under it, in pre-order; \p after is called
    // with each node's plan position and tree position once its own children are in, so that
    // crosscutting references follow them.
    template <class After>
    void add_subtree(const PlanView& view, std::size_t at, PohonRole role, std::optional<std::size_t> parent,
                     const After& after) {
        // Each frame: the plan node, its tree position, and how many of its children are done.
        struct Frame {
            std::size_t node;
            std::size_t pos;
            std::size_t next = 0;
        };
        std::vector<Frame> stack{{at, add(view, at, role, parent)}};
        while (!stack.empty()) {
            Frame& f = stack.back();
            const auto kids = view.children.find(view.plan->nodes[f.node].id);
            if (kids != view.children.end() && f.next < kids->second.size()) {
                const std::size_t child = kids->second[f.next++];
                const std::size_t parent_pos = f.pos;
                stack.push_back({child, add(view, child, role, parent_pos)});
                continue;
            }
            after(f.node, f.pos);
            stack.pop_back();
        }
    }

    // The tree titled in its language: "Pohon Kinerja 2021: <body>".
    Pohon take(const std::string& body) {
        tree_.title =
            tree_.language.format("pohon.title", {{"year", std::to_string(tree_.year)}, {"body", body}});
        return std::move(tree_);
    }

private:
    PohonIndicator measure(const PlanView& view, const Indicator& ind) const {
        PohonIndicator out;
        out.id = ind.id;
        out.name = ind.name;
        out.satuan = ind.satuan;
        const int year = tree_.year;
        if (const auto t = ind.targets.find(year); t != ind.targets.end()) out.target = t->second;
        out.realisasi = realisation(view.index, ind, year);
        if (out.target && out.realisasi) {
            out.capaian = capaian(ind, *out.target, *out.realisasi, options_.policy);
            if (const auto label = options_.scale.rate(*out.capaian)) {
                out.predikat = *label;
                const auto& bands = options_.scale.bands;
                std::size_t b = 0;
                while (b < bands.size() && out.capaian->points() < bands[b].min) ++b;
                out.band = b;
            }
        }
        return out;
    }

    PohonOptions options_;
    Pohon tree_;
};

bool is_sasaran_or_program(Level l) { return l == Level::sasaran || l == Level::program; }

}  // namespace

Pohon pohon(const Pemda& pemda, int year, const PohonOptions& options) {
    Builder b(year, options);
    const PlanView rpjmd(pemda.rpjmd, "");
    std::vector<std::unique_ptr<PlanView>> opds;
    std::map<std::string, const PlanView*, std::less<>> by_id;
    for (const OpdPlan& o : pemda.opds) {
        opds.push_back(std::make_unique<PlanView>(o.plan, o.id));
        by_id.emplace(o.id, opds.back().get());
    }
    // The OPD nodes that serve each RPJMD sasaran: a node is left out when one of its ancestors also
    // serves it (it is in that ancestor's subtree already) or it is named twice.
    std::map<std::string, std::set<std::pair<std::string, std::string>>, std::less<>> serving;
    for (const ServesLink& l : pemda.serves) serving[l.sasaran].insert({l.opd, l.node});
    const auto reaches = [&](const PlanView& view, const std::string& sasaran, const Node& n) {
        const auto& set = serving[sasaran];
        // An ancestor's chain is at most as long as the plan has nodes (a valid plan has no cycle).
        const Node* p = view.plan->find_node(n.parent);
        for (std::size_t steps = 0; p != nullptr && steps < view.plan->nodes.size(); ++steps) {
            if (set.count({view.opd, p->id}) != 0) return true;
            p = view.plan->find_node(p->parent);
        }
        return false;
    };
    // After an OPD sasaran's own children: the nodes of other OPDs that support it.
    const auto supports_of = [&](const PlanView& view) {
        return [&b, &pemda, &by_id, &view](std::size_t node, std::size_t pos) {
            const Node& n = view.plan->nodes[node];
            if (n.level != Level::sasaran) return;
            for (const SupportLink& s : pemda.supports) {
                if (s.to_opd != view.opd || s.sasaran != n.id) continue;
                const auto from = by_id.find(s.opd);
                if (from == by_id.end()) continue;
                const std::size_t at = from->second->index.node_number(s.node);
                if (at == PlanIndex::npos) continue;
                b.add(*from->second, at, PohonRole::supports, pos);
            }
        };
    };
    for (std::size_t r = 0; r < pemda.rpjmd.nodes.size(); ++r) {
        const Node& s = pemda.rpjmd.nodes[r];
        if (s.level != Level::sasaran) continue;
        const std::size_t root = b.add(rpjmd, r, PohonRole::rpjmd, std::nullopt);
        std::set<std::pair<std::string, std::string>> done;
        for (const ServesLink& l : pemda.serves) {
            if (l.sasaran != s.id || !done.insert({l.opd, l.node}).second) continue;
            const auto view = by_id.find(l.opd);
            if (view == by_id.end()) continue;
            const std::size_t at = view->second->index.node_number(l.node);
            if (at == PlanIndex::npos) continue;
            const Node& n = view->second->plan->nodes[at];
            if (!is_sasaran_or_program(n.level) || reaches(*view->second, s.id, n)) continue;
            b.add_subtree(*view->second, at, PohonRole::serves, root, supports_of(*view->second));
        }
    }
    return b.take(pemda.rpjmd.body.name);
}

Pohon pohon(const Renstra& plan, int year, const PohonOptions& options) {
    Builder b(year, options);
    const PlanView view(plan, "");
    const auto nothing = [](std::size_t, std::size_t) {};
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        const Node& n = plan.nodes[i];
        // A tujuan, or a node below it whose parent the plan does not hold (a program of the body as a
        // whole): the visi and misi above are the plan's statements, not its cascade.
        const bool top =
            n.level == Level::tujuan ||
            (n.level > Level::tujuan && (n.parent.empty() || plan.find_node(n.parent) == nullptr));
        if (top) b.add_subtree(view, i, PohonRole::plan, std::nullopt, nothing);
    }
    return b.take(plan.body.name);
}

int pohon_year(const Pemda& pemda) {
    int year = 0;
    const auto scan = [&year](const Renstra& p) {
        for (const BudgetLine& l : p.budget) year = std::max(year, l.year);
        for (const Indicator& i : p.indicators)
            for (const auto& t : i.targets) year = std::max(year, t.first);
    };
    scan(pemda.rpjmd);
    for (const OpdPlan& o : pemda.opds) scan(o.plan);
    if (year == 0) {
        Message said{"error.pohon.no_year", {}};
        throw value_error(english(said), said);
    }
    return year;
}

namespace {

// The colours of the bands, best first: a fill a black text stays readable on. A scale with another
// number of bands spreads its bands over them, so the best is always the first and the lowest the last.
constexpr const char* band_fill[] = {"#66bd63", "#c2e699", "#ffffbf", "#fdae61", "#f46d43"};
constexpr const char* absent_fill = "#e6e6e6";
constexpr std::size_t band_colours = sizeof band_fill / sizeof band_fill[0];

std::size_t colour_of(std::size_t band, const RatingScale& scale) {
    const std::size_t last = scale.bands.size();  // the band below every band
    if (last == 0) return 0;
    return (band * (band_colours - 1) + last / 2) / last;
}

// The CSS class of a node or row: "p<colour>" or "pna" (no defined capaian).
std::string colour_class(const std::optional<std::size_t>& band, const RatingScale& scale) {
    return band ? "p" + std::to_string(colour_of(*band, scale)) : std::string("pna");
}

std::string fill_of(const std::optional<std::size_t>& band, const RatingScale& scale) {
    return band ? band_fill[colour_of(*band, scale)] : absent_fill;
}

std::string level_name(Level l) {
    std::string s(to_string(l));
    std::replace(s.begin(), s.end(), '_', ' ');
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// A figure's text in the tree's language; a grade is the dataset's text and stays as it is.
std::string target_text(const PohonIndicator& i, const Language& L) {
    if (!i.target) return L.text("pohon.absent");
    const std::string s = detail::show(*i.target);
    return i.target->kind == Target::Kind::grade ? s : L.number(s);
}
std::string realisasi_text(const PohonIndicator& i, const Language& L) {
    if (!i.realisasi) return L.text("pohon.absent");
    const std::string s = detail::show(*i.realisasi);
    return i.realisasi->kind == Measure::Kind::grade ? s : L.number(s);
}
std::string capaian_text(const PohonIndicator& i, const Language& L) {
    if (!i.capaian) return L.text("pohon.absent");
    return i.capaian->is_defined() ? L.number(detail::pct(*i.capaian)) + " %" : detail::undefined_text;
}

// The one-line summary of an indicator in the text forms.
std::string indicator_line(const PohonIndicator& i, const Language& L) {
    std::string s = i.name + " (" + i.satuan + "): T " + target_text(i, L) + ", R " + realisasi_text(i, L) +
                    ", C " + capaian_text(i, L);
    if (!i.predikat.empty()) s += " " + i.predikat;
    return s;
}

// ---- HTML ----

using detail::html_escape;

// The page's style and script: inline, so the page needs nothing from the network (its
// Content-Security-Policy forbids anything else). The script only opens and closes the boxes: the
// buttons, and #buka / #tutup in the address for a link (or a test) that opens on one state.
constexpr const char* page_style =
    "body{font-family:sans-serif;margin:1.5em;color:#111}h1{font-size:1.4em}"
    ".legend span{display:inline-block;padding:.1em .6em;margin:0 .3em .3em 0;border:1px solid #999}"
    "details.node{margin:.3em 0 .3em 1.2em;border:1px solid #888;border-left-width:6px;border-radius:4px;"
    "padding:.2em .5em;background:#fff}"
    "details.node>summary{cursor:pointer}details.supports{border-style:dashed;border-left-style:solid;"
    "background:#fafafa}"
    ".lv{font-size:.8em;text-transform:uppercase;color:#444}.who{font-size:.85em;color:#333;"
    "font-style:italic}.rel{font-size:.8em;color:#7a3e00}"
    "table.ind{border-collapse:collapse;margin:.3em 0;font-size:.9em}table.ind td,table.ind th{border:1px "
    "solid #ccc;padding:.1em .4em}td.n{text-align:right;white-space:nowrap}.absent{color:#777;"
    "font-style:italic}"
    ".p0{background:#66bd63}.p1{background:#c2e699}.p2{background:#ffffbf}.p3{background:#fdae61}"
    ".p4{background:#f46d43}.pna{background:#e6e6e6}details.node.p0{border-left-color:#1a9850}"
    "details.node.p1{border-left-color:#66bd63}details.node.p2{border-left-color:#d9b300}"
    "details.node.p3{border-left-color:#f46d43}details.node.p4{border-left-color:#a50026}"
    "details.node.pna{border-left-color:#999}summary .cap{padding:0 .4em;border-radius:3px}";

constexpr const char* page_script =
    "(function(){function all(o){var d=document.querySelectorAll('details.node');"
    "for(var i=0;i<d.length;i++)d[i].open=o;}"
    "var b=document.querySelectorAll('button[data-act]');for(var i=0;i<b.length;i++)"
    "b[i].addEventListener('click',function(e){all(e.target.getAttribute('data-act')==='buka');});"
    "if(location.hash==='#buka')all(true);else if(location.hash==='#tutup')all(false);})();";

// Boxes are open to this depth when the page loads: the RPJMD sasaran and what serves them directly
// are visible, the rest one click away, so a Pemda of thousands of nodes opens readable.
constexpr int open_depth = 2;

void html_node(std::string& out, const Pohon& tree, std::size_t at) {
    const PohonNode& n = tree.nodes[at];
    const Language& L = tree.language;
    const std::string cls = colour_class(n.band, tree.scale);
    out += "<details class=\"node " + std::string(to_string(n.role)) + " " + cls + "\" id=\"n" +
           std::to_string(at) + "\"" +
           (n.depth < open_depth && n.role != PohonRole::supports ? " open" : "") + "><summary>";
    if (n.role == PohonRole::supports)
        out += "<span class=\"rel\">" + html_escape(L.text("pohon.supports_crosscutting")) + "</span> ";
    out += "<span class=\"lv\">" + level_name(n.level) + (n.role == PohonRole::rpjmd ? " RPJMD" : "") +
           "</span> ";
    const std::string owner = n.opd.empty() ? std::string() : (n.body.empty() ? n.opd : n.body);
    if (!owner.empty()) out += "<span class=\"who\">" + html_escape(owner) + "</span> ";
    if (!n.code.empty()) out += "<span class=\"code\">" + html_escape(n.code) + "</span> ";
    out += "<b class=\"nm\">" + html_escape(n.name) + "</b>";
    if (n.band) {
        // The weakest indicator's capaian and predikat, so a closed box still says how it stands.
        for (const PohonIndicator& i : n.indicators)
            if (i.band == n.band) {
                out += " <span class=\"cap " + cls + "\">" + html_escape(capaian_text(i, L)) + " " +
                       html_escape(i.predikat) + "</span>";
                break;
            }
    }
    out += "</summary>";
    if (!n.indicators.empty()) {
        out +=
            "<table class=\"ind\"><tr><th>" + html_escape(L.text("pohon.col.indicator")) +
            "</th><th>Satuan</th><th>Target</th><th>Realisasi</th><th>Capaian (%)</th><th>Predikat</th></tr>";
        for (const PohonIndicator& i : n.indicators) {
            const auto cell = [&out, &L](bool present, const std::string& text) {
                out += present ? "<td class=\"n\">" + html_escape(text) + "</td>"
                               : "<td class=\"n absent\">" + html_escape(L.text("pohon.absent")) + "</td>";
            };
            out += "<tr class=\"" + colour_class(i.band, tree.scale) + "\"><td>" + html_escape(i.name) +
                   "</td><td>" + html_escape(i.satuan) + "</td>";
            cell(i.target.has_value(), target_text(i, L));
            cell(i.realisasi.has_value(), realisasi_text(i, L));
            cell(i.capaian.has_value(), i.capaian ? capaian_text(i, L) : "");
            out += "<td>" + html_escape(i.predikat) + "</td></tr>";
        }
        out += "</table>";
    }
}

std::string write_html(const Pohon& tree) {
    const Language& L = tree.language;
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escape(L.code()) +
                      "\"><head><meta charset=\"utf-8\">"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                      "'unsafe-inline'; script-src 'unsafe-inline'\">"
                      "<meta name=\"viewport\" content=\"width=device-width\"><title>" +
                      html_escape(tree.title) + "</title>\n<style>" + page_style +
                      "</style></head><body>\n<h1>" + html_escape(tree.title) +
                      "</h1>\n<p class=\"legend\">Predikat: ";
    for (std::size_t b = 0; b <= tree.scale.bands.size(); ++b) {
        const bool below = b == tree.scale.bands.size();
        out += "<span class=\"" + colour_class(b, tree.scale) + "\">" +
               html_escape(below ? tree.scale.below : tree.scale.bands[b].label) +
               (below ? "" : " &ge; " + html_escape(L.number(detail::num(tree.scale.bands[b].min)))) +
               "</span>";
    }
    out += "<span class=\"pna\">" + html_escape(L.text("pohon.legend_absent")) + "</span></p>\n<p>" +
           html_escape(L.text("pohon.note")) + "</p>\n<p><button type=\"button\" data-act=\"buka\">" +
           html_escape(L.text("pohon.open_all")) + "</button> <button type=\"button\" data-act=\"tutup\">" +
           html_escape(L.text("pohon.close_all")) + "</button></p>\n<div class=\"tree\">\n";
    // Pre-order with each node's depth: a node closes every open box at its depth or deeper first.
    std::vector<int> open;
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        while (!open.empty() && open.back() >= tree.nodes[i].depth) {
            out += "</details>\n";
            open.pop_back();
        }
        html_node(out, tree, i);
        open.push_back(tree.nodes[i].depth);
    }
    for (; !open.empty(); open.pop_back()) out += "</details>\n";
    if (tree.nodes.empty()) out += "<p>" + html_escape(L.text("pohon.empty")) + "</p>\n";
    return out + "</div>\n<script>" + page_script + "</script>\n</body></html>\n";
}

// ---- DOT and Mermaid ----

// A name on one line: every line break and other control character a space (a DOT or Mermaid
// statement must not be ended by a name).
std::string one_line(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c;
    return out;
}

// The inside of a DOT quoted string: '"' and '\\' escaped, so neither a quote nor an escape of DOT's
// own (\N, \G, \l) can come from a name.
std::string dot_escape(std::string_view s) {
    std::string out;
    for (char c : one_line(s)) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

// The inside of a Mermaid quoted label: the characters that could end the quote, start a Markdown
// string, open markup or an entity of its own, as Mermaid's #entities (#quot; and decimal codes).
std::string mermaid_escape(std::string_view s) {
    std::string out;
    for (char c : one_line(s)) {
        switch (c) {
            case '"':
                out += "#quot;";
                break;
            case '#':
                out += "#35;";
                break;
            case '&':
                out += "#38;";
                break;
            case '<':
                out += "#60;";
                break;
            case '>':
                out += "#62;";
                break;
            case '`':
                out += "#96;";
                break;
            case '%':
                out += "#37;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

// The lines of a node's box, unescaped: what it is and whose, its name, one line per indicator.
std::vector<std::string> box_lines(const PohonNode& n, const Language& L) {
    std::string head = n.role == PohonRole::supports ? L.text("pohon.supports") + ": " : "";
    head += level_name(n.level);
    if (n.role == PohonRole::rpjmd) head += " RPJMD";
    if (!n.opd.empty()) head += " - " + (n.body.empty() ? n.opd : n.body);
    if (!n.code.empty()) head += " - " + n.code;
    std::vector<std::string> lines{head, n.name};
    for (const PohonIndicator& i : n.indicators) lines.push_back(indicator_line(i, L));
    return lines;
}

std::string write_dot(const Pohon& tree) {
    std::string out = "digraph pohon {\n  graph [rankdir=LR, labelloc=t, label=\"" + dot_escape(tree.title) +
                      "\", fontname=\"sans-serif\"];\n  node [shape=box, style=\"rounded,filled\", "
                      "fontname=\"sans-serif\", fontsize=10];\n  edge [color=\"#555555\"];\n";
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        const PohonNode& n = tree.nodes[i];
        std::string label;
        for (const std::string& l : box_lines(n, tree.language))
            label += (label.empty() ? "" : "\\n") + dot_escape(l);
        out += "  \"n" + std::to_string(i) + "\" [label=\"" + label + "\", fillcolor=\"" +
               fill_of(n.band, tree.scale) + "\"" +
               (n.role == PohonRole::supports ? ", style=\"rounded,filled,dashed\"" : "") + "];\n";
    }
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        const PohonNode& n = tree.nodes[i];
        if (!n.parent) continue;
        out += "  \"n" + std::to_string(*n.parent) + "\" -> \"n" + std::to_string(i) + "\"" +
               (n.role == PohonRole::supports ? " [style=dashed, label=\"mendukung\"]" : "") + ";\n";
    }
    return out + "}\n";
}

std::string write_mermaid(const Pohon& tree) {
    std::string out = "flowchart LR\n";
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        const PohonNode& n = tree.nodes[i];
        std::string label;
        for (const std::string& l : box_lines(n, tree.language))
            label += (label.empty() ? "" : "<br/>") + mermaid_escape(l);
        out += "  n" + std::to_string(i) + "[\"" + label + "\"]:::" + colour_class(n.band, tree.scale) + "\n";
    }
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        const PohonNode& n = tree.nodes[i];
        if (!n.parent) continue;
        out += "  n" + std::to_string(*n.parent) +
               (n.role == PohonRole::supports ? " -. mendukung .-> n" : " --> n") + std::to_string(i) + "\n";
    }
    for (std::size_t c = 0; c < band_colours; ++c)
        out += "  classDef p" + std::to_string(c) + " fill:" + band_fill[c] + "\n";
    return out + "  classDef pna fill:" + absent_fill + "\n";
}

}  // namespace

std::string write_pohon(const Pohon& tree, PohonFormat format) {
    switch (format) {
        case PohonFormat::html:
            return write_html(tree);
        case PohonFormat::dot:
            return write_dot(tree);
        case PohonFormat::mermaid:
            return write_mermaid(tree);
    }
    throw value_error("unknown pohon format");
}

}  // namespace kinerja
