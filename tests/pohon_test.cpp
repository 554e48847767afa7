// The pohon kinerja: which node stands under which, the colour of a capaian at a predikat boundary, an
// absent realisasi, the DOT and Mermaid text of a tiny tree against text written by hand, hostile
// names, and the size of a Pemda-scale page. tests/data/pemda is the hand-made Pemda of pemda_test.cpp;
// every expectation below is worked out by hand from its files.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <kinerja/io.hpp>
#include <kinerja/plan.hpp>
#include <kinerja/report.hpp>
#include <string>
#include <vector>

#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::num;
namespace fs = std::filesystem;

const fs::path data_dir = fs::path(KINERJA_TEST_DATA_DIR) / "pemda";

Pemda seed() { return load_pemda(data_dir / "pemda.json"); }

Indicator& indicator(Pemda& p, const std::string& opd, const std::string& id) {
    for (OpdPlan& o : p.opds)
        if (o.id == opd)
            for (Indicator& i : o.plan.indicators)
                if (i.id == id) return i;
    throw std::logic_error("no such indicator in the test data");
}

// Each node as "opd:id" ("RPJMD:RS1" for the RPJMD's, "+" before a crosscutting reference), with its
// parent's the same way, in the tree's order.
std::vector<std::string> shape(const Pohon& t) {
    std::vector<std::string> out;
    const auto name = [&t](std::size_t i) {
        const PohonNode& n = t.nodes[i];
        return std::string(n.role == PohonRole::supports ? "+" : "") + (n.opd.empty() ? "RPJMD" : n.opd) +
               ":" + n.id;
    };
    for (std::size_t i = 0; i < t.nodes.size(); ++i)
        out.push_back(name(i) + " < " + (t.nodes[i].parent ? name(*t.nodes[i].parent) : std::string("-")));
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

TEST(Pohon, PemdaTreeFollowsTheServesLinksAndShowsSupportsAsReferences) {
    const Pohon t = pohon(seed(), 2021);
    // RS1 is served by dinsos S1, P1 (under S1 already: not repeated), S2 and dinkes S2; RS2 by dinkes
    // S1. Dinkes P2 supports dinsos S1: a reference after S1's own subtree, its ownership under dinkes S2.
    const std::vector<std::string> expected = {
        "RPJMD:RS1 < -",         "dinsos:S1 < RPJMD:RS1",  "dinsos:P1 < dinsos:S1", "dinsos:K1 < dinsos:P1",
        "dinsos:K2 < dinsos:P1", "+dinkes:P2 < dinsos:S1", "dinsos:S2 < RPJMD:RS1", "dinsos:P2 < dinsos:S2",
        "dinsos:K3 < dinsos:P2", "dinkes:S2 < RPJMD:RS1",  "dinkes:P2 < dinkes:S2", "dinkes:K2 < dinkes:P2",
        "RPJMD:RS2 < -",         "dinkes:S1 < RPJMD:RS2",  "dinkes:P1 < dinkes:S1", "dinkes:K1 < dinkes:P1"};
    EXPECT_EQ(shape(t), expected);
    EXPECT_EQ(t.roots, (std::vector<std::size_t>{0, 12}));
    EXPECT_EQ(t.nodes[5].children, std::vector<std::size_t>{});  // a reference has no subtree
    EXPECT_EQ(t.nodes[1].body, "Dinas Sosial Kabupaten Contoh");
    EXPECT_EQ(t.title, "Pohon Kinerja 2021: Pemerintah Kabupaten Contoh");
}

TEST(Pohon, AnAbsentRealisasiIsAbsentNeverZero) {
    const Pohon t = pohon(seed(), 2021);
    // RS1's RI1 has a 2021 target of 1000 and no realisasi at all.
    ASSERT_EQ(t.nodes[0].indicators.size(), 1U);
    const PohonIndicator& ri1 = t.nodes[0].indicators[0];
    EXPECT_EQ(ri1.id, "RI1");
    ASSERT_TRUE(ri1.target.has_value());
    EXPECT_EQ(ri1.target->value, Decimal(1000));
    EXPECT_FALSE(ri1.realisasi.has_value());
    EXPECT_FALSE(ri1.capaian.has_value());
    EXPECT_FALSE(ri1.band.has_value());
    EXPECT_FALSE(t.nodes[0].band.has_value());
    const std::string html = write_pohon(t, PohonFormat::html);
    EXPECT_NE(html.find("<tr class=\"pna\"><td>Jumlah PMKS yang tertangani</td><td>orang</td><td class=\"n\">"
                        "1.000</td><td class=\"n absent\">tidak ada</td><td class=\"n absent\">tidak ada</td>"
                        "<td></td></tr>"),
              std::string::npos);
    EXPECT_NE(write_pohon(t, PohonFormat::dot)
                  .find("Jumlah PMKS yang tertangani (orang): T 1.000, R tidak ada, "
                        "C tidak ada"),
              std::string::npos);
    // A year without a target either: both absent.
    const Pohon later = pohon(seed(), 2023);
    EXPECT_FALSE(later.nodes[0].indicators[0].target.has_value());
}

TEST(Pohon, ACapaianAtAPredikatBoundaryTakesThatBandsColour) {
    Pemda p = seed();
    // dinsos IK1 (S1): 546 / 600 x 100 = 91,00 exactly: Sangat Baik (>= 91), the first colour.
    indicator(p, "dinsos", "IK1").realised(2021, Realisation::stated(Decimal(546)));
    // dinsos IK2 (S2): 19 / 20 x 100 = 95,00: Sangat Baik too.
    indicator(p, "dinsos", "IK2").realised(2021, Realisation::stated(Decimal(19)));
    // dinkes IK2 (S2): 303 / 400 x 100 = 75,75, just under 76: Cukup, the third colour.
    indicator(p, "dinkes", "IK2").realised(2021, Realisation::stated(Decimal(303)));
    // dinkes IK1 (S1): 81,9 / 90 x 100 = 91,00: Sangat Baik; 81,8 / 90 = 90,888.. -> 90,89: Baik.
    indicator(p, "dinkes", "IK1").realised(2021, Realisation::stated(num("81,8")));
    const Pohon t = pohon(p, 2021);
    const PohonIndicator& ik1 = t.nodes[1].indicators.at(0);
    ASSERT_TRUE(ik1.capaian.has_value());
    EXPECT_EQ(ik1.capaian->points(), num("91,00"));
    EXPECT_EQ(ik1.band, std::optional<std::size_t>(0));
    EXPECT_EQ(ik1.predikat, "Sangat Baik");
    EXPECT_EQ(t.nodes[9].indicators.at(0).predikat, "Cukup");
    EXPECT_EQ(t.nodes[9].band, std::optional<std::size_t>(2));
    EXPECT_EQ(t.nodes[13].indicators.at(0).capaian->points(), num("90,89"));
    EXPECT_EQ(t.nodes[13].indicators.at(0).predikat, "Baik");
    const std::string html = write_pohon(t, PohonFormat::html);
    EXPECT_NE(html.find("<details class=\"node serves p0\" id=\"n1\" open>"), std::string::npos);
    EXPECT_NE(
        html.find("<tr class=\"p0\"><td>Jumlah PMKS yang tertangani</td><td>orang</td><td class=\"n\">600"
                  "</td><td class=\"n\">546</td><td class=\"n\">91,00 %</td><td>Sangat Baik</td></tr>"),
        std::string::npos);
    EXPECT_NE(html.find("<details class=\"node serves p2\" id=\"n9\" open>"), std::string::npos);
    EXPECT_NE(html.find("<details class=\"node serves p1\" id=\"n13\" open>"), std::string::npos);
    // The reference box (dinkes P2 has no indicator) is dashed and starts closed.
    EXPECT_NE(html.find("<details class=\"node supports pna\" id=\"n5\"><summary><span class=\"rel\">"),
              std::string::npos);
    // A box takes its weakest indicator's colour: with a second indicator at 50 / 100 (below 51:
    // Sangat Kurang, the fifth colour) on dinsos S1, the box turns p4.
    p.opds[0].plan.indicators.push_back(Indicator::of("IKX", "S1", "Kedua", "%")
                                            .target(2021, Target::number(Decimal(100)))
                                            .realised(2021, Realisation::stated(Decimal(50))));
    const Pohon weaker = pohon(p, 2021);
    EXPECT_EQ(weaker.nodes[1].band, std::optional<std::size_t>(4));
    EXPECT_NE(
        write_pohon(weaker, PohonFormat::html).find("<details class=\"node serves p4\" id=\"n1\" open>"),
        std::string::npos);
}

TEST(Pohon, OneBodysTreeStartsAtItsTujuan) {
    const Renstra plan = load_renstra(data_dir / "dinsos.json");
    const Pohon t = pohon(plan, 2021);
    const std::vector<std::string> expected = {
        "RPJMD:T1 < -",        "RPJMD:S1 < RPJMD:T1", "RPJMD:P1 < RPJMD:S1", "RPJMD:K1 < RPJMD:P1",
        "RPJMD:K2 < RPJMD:P1", "RPJMD:S2 < RPJMD:T1", "RPJMD:P2 < RPJMD:S2", "RPJMD:K3 < RPJMD:P2"};
    EXPECT_EQ(shape(t), expected);
    EXPECT_EQ(t.title, "Pohon Kinerja 2021: Dinas Sosial Kabupaten Contoh");
}

// T1 > S1 with one indicator: 80 % realised against 80 %, capaian 100,00 (Sangat Baik).
Pohon tiny() {
    Renstra plan;
    plan.body.name = "Dinas Contoh";
    plan.period = {2021, 2022};
    plan.nodes = {Node::of(Level::tujuan, "T1", "Meningkatnya layanan"),
                  Node::of(Level::sasaran, "S1", "Layanan baik", "T1")};
    plan.indicators = {Indicator::of("I1", "S1", "Cakupan", "%")
                           .target(2021, Target::number(Decimal(80)))
                           .realised(2021, Realisation::stated(Decimal(80)))};
    return pohon(plan, 2021);
}

TEST(Pohon, DotTextOfATinyTree) {
    const std::string expected =
        "digraph pohon {\n"
        "  graph [rankdir=LR, labelloc=t, label=\"Pohon Kinerja 2021: Dinas Contoh\", "
        "fontname=\"sans-serif\"];\n"
        "  node [shape=box, style=\"rounded,filled\", fontname=\"sans-serif\", fontsize=10];\n"
        "  edge [color=\"#555555\"];\n"
        "  \"n0\" [label=\"Tujuan\\nMeningkatnya layanan\", fillcolor=\"#e6e6e6\"];\n"
        "  \"n1\" [label=\"Sasaran\\nLayanan baik\\nCakupan (%): T 80, R 80, C 100,00 % Sangat Baik\", "
        "fillcolor=\"#66bd63\"];\n"
        "  \"n0\" -> \"n1\";\n"
        "}\n";
    EXPECT_EQ(write_pohon(tiny(), PohonFormat::dot), expected);
}

TEST(Pohon, MermaidTextOfATinyTree) {
    const std::string expected =
        "flowchart LR\n"
        "  n0[\"Tujuan<br/>Meningkatnya layanan\"]:::pna\n"
        "  n1[\"Sasaran<br/>Layanan baik<br/>Cakupan (#37;): T 80, R 80, C 100,00 #37; Sangat Baik\"]:::p0\n"
        "  n0 --> n1\n"
        "  classDef p0 fill:#66bd63\n"
        "  classDef p1 fill:#c2e699\n"
        "  classDef p2 fill:#ffffbf\n"
        "  classDef p3 fill:#fdae61\n"
        "  classDef p4 fill:#f46d43\n"
        "  classDef pna fill:#e6e6e6\n";
    EXPECT_EQ(write_pohon(tiny(), PohonFormat::mermaid), expected);
}

TEST(Pohon, HostileNamesCannotBreakTheSyntax) {
    Renstra plan;
    plan.body.name = "Dinas \"X\"\n} digraph evil {";
    plan.period = {2021, 2021};
    const std::string bad1 = "a\"] --> x[\"b\\\n%%{init: {\"securityLevel\": \"loose\"}}%%";
    const std::string bad2 = "\"; \"n0\" -> \"evil\"; # <script>alert(1)</script> `md` &amp;";
    plan.nodes = {Node::of(Level::tujuan, "T1", bad1), Node::of(Level::sasaran, "S1", bad2, "T1")};
    const Pohon t = pohon(plan, 2021);

    const std::string dot = write_pohon(t, PohonFormat::dot);
    EXPECT_NE(dot.find("label=\"Tujuan\\na\\\"] --> x[\\\"b\\\\ %%{init: {\\\"securityLevel\\\": "
                       "\\\"loose\\\"}}%%\""),
              std::string::npos)
        << dot;
    EXPECT_NE(dot.find("label=\"Pohon Kinerja 2021: Dinas \\\"X\\\" } digraph evil {\""), std::string::npos);
    // Every line is one statement: its unescaped quotes pair up, and there is no extra edge.
    std::size_t lines = 0;
    for (std::size_t at = 0; at < dot.size();) {
        const std::size_t end = dot.find('\n', at);
        const std::string line = dot.substr(at, end - at);
        std::size_t quotes = 0;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '\\') {
                ++i;
                continue;
            }
            quotes += line[i] == '"';
        }
        EXPECT_EQ(quotes % 2, 0U) << line;
        ++lines;
        at = end + 1;
    }
    EXPECT_EQ(lines, 8U);                   // digraph, graph, node, edge, two nodes, one edge, }
    EXPECT_EQ(count(dot, "\" -> \""), 1U);  // the one edge; the names' arrows stay inside their quotes

    const std::string mermaid = write_pohon(t, PohonFormat::mermaid);
    EXPECT_NE(mermaid.find(
                  "  n0[\"Tujuan<br/>a#quot;] --#62; x[#quot;b\\ #37;#37;{init: {#quot;securityLevel#quot;: "
                  "#quot;loose#quot;}}#37;#37;\"]:::pna\n"),
              std::string::npos)
        << mermaid;
    EXPECT_NE(mermaid.find("  n1[\"Sasaran<br/>#quot;; #quot;n0#quot; -#62; #quot;evil#quot;; #35; "
                           "#60;script#62;alert(1)#60;/script#62; #96;md#96; #38;amp;\"]:::pna\n"),
              std::string::npos)
        << mermaid;
    EXPECT_EQ(mermaid.find("%%"), std::string::npos);
    EXPECT_EQ(count(mermaid, "\""), 4U);  // the two labels' own quotes

    const std::string html = write_pohon(t, PohonFormat::html);
    EXPECT_EQ(count(html, "<script"), 1U);  // the page's own
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("<title>Pohon Kinerja 2021: Dinas &quot;X&quot;\n} digraph evil {</title>"),
              std::string::npos);
}

TEST(Pohon, APemdaOfTwoThousandNodesRendersToAPageUnderTwoMiB) {
    // 30 OPDs, each a generated plan of one sasaran, 3 programs, 3 kegiatan each and 6 sub kegiatan each
    // (1 + 3 + 9 + 54 = 67 nodes under the sasaran, every one with an indicator), serving 8 RPJMD sasaran.
    Pemda p;
    p.rpjmd.body.name = "Pemerintah Kabupaten Besar";
    p.rpjmd.period = {2021, 2025};
    for (int s = 0; s < 8; ++s)
        p.rpjmd.nodes.push_back(
            Node::of(Level::sasaran, "RS" + std::to_string(s), "Sasaran " + std::to_string(s)));
    GeneratedShape shape;
    shape.bodies = 1;
    shape.programs = 3;
    shape.kegiatan = 3;
    shape.sub_kegiatan = 6;
    for (int o = 0; o < 30; ++o) {
        shape.seed = static_cast<std::uint64_t>(o + 1);
        OpdPlan opd{"opd" + std::to_string(o), "", generate_plan(shape)};
        const auto s = std::find_if(opd.plan.nodes.begin(), opd.plan.nodes.end(),
                                    [](const Node& n) { return n.level == Level::sasaran; });
        ASSERT_NE(s, opd.plan.nodes.end());
        p.serves.push_back({opd.id, s->id, "RS" + std::to_string(o % 8)});
        p.opds.push_back(std::move(opd));
    }
    const Pohon t = pohon(p, 2023);
    EXPECT_EQ(t.nodes.size(), 8U + 30U * 67U);
    const std::string html = write_pohon(t, PohonFormat::html);
    EXPECT_EQ(count(html, "<details "), 8U + 30U * 67U);
    EXPECT_LT(html.size(), 2U * 1024U * 1024U);  // docs/pohon.md states this bound
}

}  // namespace
