// The Pemda document: the kinerja-pemda/1 file, the checks of the cascade and the budget per RPJMD
// sasaran. tests/data/pemda is a hand-made Pemda (an RPJMD, Dinas Sosial, Dinas Kesehatan); every
// figure below is worked out by hand from its files (docs/pemda.md shows the sums).

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <kinerja/io.hpp>
#include <kinerja/plan.hpp>

#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::num;
using kinerja::testing::rp;
namespace fs = std::filesystem;

const fs::path data_dir = fs::path(KINERJA_TEST_DATA_DIR) / "pemda";

Pemda seed() { return load_pemda(data_dir / "pemda.json"); }

// The findings of `p` under `rule`.
std::vector<PemdaFinding> of_rule(const Pemda& p, const std::string& rule) {
    std::vector<PemdaFinding> out;
    for (const PemdaFinding& f : check_pemda(p))
        if (f.rule == rule) out.push_back(f);
    return out;
}

Indicator& indicator(Pemda& p, const std::string& opd, const std::string& id) {
    for (OpdPlan& o : p.opds)
        if (o.id == opd)
            for (Indicator& i : o.plan.indicators)
                if (i.id == id) return i;
    throw std::logic_error("no such indicator in the test data");
}

// A fresh folder for files written by a test, removed at the end.
struct TempDir {
    fs::path path = fs::temp_directory_path() / ("kinerja-pemda-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

void write(const fs::path& p, const std::string& text) { write_text_file(p, text); }

// The seed's own files, copied into `dir` with the Pemda file replaced by `pemda_text`.
fs::path with_pemda(const TempDir& dir, const std::string& pemda_text) {
    fs::copy_file(data_dir / "dinsos.json", dir.path / "dinsos.json", fs::copy_options::overwrite_existing);
    fs::copy_file(data_dir / "dinkes.json", dir.path / "dinkes.json", fs::copy_options::overwrite_existing);
    write(dir.path / "pemda.json", pemda_text);
    return dir.path / "pemda.json";
}

const char* const minimal_rpjmd =
    R"("rpjmd": {"body": {"name": "Pemkab"}, "period": {"from": 2021, "to": 2022},
       "nodes": [{"id": "V", "level": "visi", "name": "v"}]})";

std::string minimal(const std::string& rest) {
    return std::string(R"({"format": "kinerja-pemda/1", )") + minimal_rpjmd + ", " + rest + "}";
}

TEST(Pemda, LoadsTheSeed) {
    const Pemda p = seed();
    EXPECT_EQ(p.rpjmd.body.name, "Pemerintah Kabupaten Contoh");
    ASSERT_EQ(p.opds.size(), 2U);
    EXPECT_EQ(p.opds[0].id, "dinsos");
    EXPECT_EQ(p.opds[0].file, "dinsos.json");
    EXPECT_EQ(p.opds[1].plan.body.name, "Dinas Kesehatan Kabupaten Contoh");
    EXPECT_EQ(p.serves.size(), 5U);
    EXPECT_EQ(p.supports.size(), 1U);
    EXPECT_EQ(p.indicator_links.size(), 3U);
    ASSERT_EQ(p.aggregates.count("RI1"), 1U);
    EXPECT_EQ(p.aggregates.at("RI1"), Aggregate::sum);
    ASSERT_NE(p.find_opd("dinkes"), nullptr);
    EXPECT_EQ(p.find_opd("bappeda"), nullptr);
}

TEST(Pemda, TheSeedPassesEveryCheck) {
    const auto found = check_pemda(seed());
    for (const auto& f : found) ADD_FAILURE() << f.rule << ": " << f.message;
}

TEST(Pemda, RoundTripIsLossless) {
    const Pemda p = seed();
    const std::string text = write_pemda(p);
    const Pemda again = read_pemda(text, "again.json", data_dir);
    EXPECT_EQ(again, p);
    EXPECT_EQ(write_pemda(again), text);

    const TempDir dir;
    save_pemda(p, dir.path / "pemda.json", true);
    EXPECT_EQ(load_pemda(dir.path / "pemda.json"), p);
    // Written without printed material, each OPD file reads back as the plan it was.
    EXPECT_EQ(load_renstra(dir.path / "dinkes.json"), p.opds[1].plan);
}

TEST(Pemda, SaveWithoutOpdsLeavesTheirFiles) {
    const TempDir dir;
    save_pemda(seed(), dir.path / "pemda.json");
    EXPECT_TRUE(fs::exists(dir.path / "pemda.json"));
    EXPECT_FALSE(fs::exists(dir.path / "dinsos.json"));
}

// --- links to ids that do not exist, or of the wrong level (errors) ---

TEST(PemdaCheck, UnknownOpd) {
    Pemda p = seed();
    p.serves[0].opd = "dinsoss";
    const auto f = of_rule(p, "link.unknown_opd");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_TRUE(f[0].error);
    EXPECT_EQ(f[0].location.to_string(), "/serves/0/opd");
    EXPECT_EQ(place_of(p, f[0], "x/pemda.json").file, "x/pemda.json");
    EXPECT_TRUE(of_rule(seed(), "link.unknown_opd").empty());
}

TEST(PemdaCheck, UnknownNodeIsLookedUpInItsOwnOpd) {
    Pemda p = seed();
    p.serves[3].node = "S9";  // dinkes has S1 and S2 only
    auto f = of_rule(p, "link.unknown_node");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].location.to_string(), "/serves/3/node");
    p = seed();
    p.supports[0].sasaran = "S3";
    f = of_rule(p, "link.unknown_node");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].location.to_string(), "/supports/0/sasaran");
}

TEST(PemdaCheck, NodeOfTheWrongLevel) {
    Pemda p = seed();
    p.serves[0].node = "K1";  // a kegiatan cannot serve an RPJMD sasaran: its program does
    auto f = of_rule(p, "link.level");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].location.to_string(), "/serves/0/node");
    p = seed();
    p.serves[0].sasaran = "T1";  // an RPJMD tujuan
    f = of_rule(p, "link.level");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].location.to_string(), "/serves/0/sasaran");
    p = seed();
    p.supports[0].node = "K2";  // a kegiatan may support another OPD
    EXPECT_TRUE(of_rule(p, "link.level").empty());
}

TEST(PemdaCheck, UnknownRpjmdSasaran) {
    Pemda p = seed();
    p.serves[4].sasaran = "RS3";
    const auto f = of_rule(p, "link.unknown_sasaran");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_TRUE(f[0].error);
    EXPECT_EQ(f[0].location.to_string(), "/serves/4/sasaran");
}

TEST(PemdaCheck, UnknownIndicator) {
    Pemda p = seed();
    p.indicator_links[1].indicator = "IK9";
    p.indicator_links[2].rpjmd = "RI9";
    p.aggregates["RI7"] = Aggregate::sum;
    const auto f = of_rule(p, "link.unknown_indicator");
    ASSERT_EQ(f.size(), 3U);
    EXPECT_EQ(f[0].location.to_string(), "/indicator_links/1/indicator");
    EXPECT_EQ(f[1].location.to_string(), "/indicator_links/2/rpjmd");
    EXPECT_EQ(f[2].location.to_string(), "/aggregates/RI7");
}

TEST(PemdaCheck, CrosscuttingLinkJoinsTwoOpds) {
    Pemda p = seed();
    p.supports[0].to_opd = "dinkes";
    p.supports[0].sasaran = "S1";
    const auto f = of_rule(p, "link.same_opd");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].location.to_string(), "/supports/0/to_opd");
    EXPECT_TRUE(of_rule(seed(), "link.same_opd").empty());
}

// --- the cascade's gaps (warnings) ---

TEST(PemdaCheck, OpdSasaranLinkedToNothing) {
    Pemda p = seed();
    p.serves.erase(p.serves.begin() + 2);  // dinsos S2 -> RS1
    const auto f = of_rule(p, "opd.sasaran_unlinked");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_FALSE(f[0].error);
    EXPECT_EQ(f[0].opd, "dinsos");
    EXPECT_EQ(f[0].id, "S2");
    EXPECT_EQ(f[0].location.to_string(), "/nodes/4");
    const PemdaPlace place = place_of(p, f[0], "some/dir/pemda.json");
    EXPECT_EQ(place.file, "some/dir/dinsos.json");
    EXPECT_EQ(place.path, "/nodes/4");
}

TEST(PemdaCheck, OpdSasaranLinkedThroughItsProgramOrASupport) {
    Pemda p = seed();
    p.serves.erase(p.serves.begin());  // dinsos S1 -> RS1; its program P1 still serves RS1
    EXPECT_TRUE(of_rule(p, "opd.sasaran_unlinked").empty());
    p.serves.erase(p.serves.begin());  // and P1 -> RS1: dinkes P2 still supports dinsos S1
    EXPECT_TRUE(of_rule(p, "opd.sasaran_unlinked").empty());
    p.supports.clear();
    const auto f = of_rule(p, "opd.sasaran_unlinked");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].id, "S1");
}

TEST(PemdaCheck, RpjmdSasaranNoOpdServes) {
    Pemda p = seed();
    p.serves.erase(p.serves.begin() + 3);  // dinkes S1 -> RS2
    const auto f = of_rule(p, "rpjmd.sasaran_unserved");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_FALSE(f[0].error);
    EXPECT_EQ(f[0].id, "RS2");
    EXPECT_EQ(f[0].location.to_string(), "/rpjmd/nodes/4");
}

// --- indicators along a link ---

TEST(PemdaCheck, SatuanDisagrees) {
    Pemda p = seed();
    indicator(p, "dinkes", "IK2").satuan = "jiwa";
    const auto f = of_rule(p, "indicator.satuan");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_TRUE(f[0].error);
    EXPECT_EQ(f[0].opd, "dinkes");
    EXPECT_EQ(f[0].location.to_string(), "/indicators/1/satuan");
    indicator(p, "dinkes", "IK2").satuan = " Orang";  // case and blanks aside, the same satuan
    EXPECT_TRUE(of_rule(p, "indicator.satuan").empty());
}

TEST(PemdaCheck, TargetYearsDisagree) {
    Pemda p = seed();
    indicator(p, "dinsos", "IK1").targets.erase(2022);
    auto f = of_rule(p, "indicator.years");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_FALSE(f[0].error);
    EXPECT_EQ(f[0].year, 2022);
    EXPECT_EQ(f[0].location.to_string(), "/indicators/0/targets");
    // A year outside the RPJMD's targets, inside both periods.
    p = seed();
    p.rpjmd.indicators[1].targets.erase(2021);
    f = of_rule(p, "indicator.years");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].opd, "dinkes");
    EXPECT_EQ(f[0].year, 2021);
    // A year outside the RPJMD period is not compared.
    p = seed();
    p.opds[0].plan.period.to = 2023;
    indicator(p, "dinsos", "IK1").targets[2023] = Target::number(num("800"));
    EXPECT_TRUE(of_rule(p, "indicator.years").empty());
}

TEST(PemdaCheck, AdditiveTargetsMustReachTheRpjmd) {
    // 2021: 600 + 400 = 1000 against 1000, reached exactly (the seed); 399 makes 999.
    Pemda p = seed();
    indicator(p, "dinkes", "IK2").targets[2021] = Target::number(num("399"));
    auto f = of_rule(p, "indicator.sum");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_TRUE(f[0].error);
    EXPECT_EQ(f[0].year, 2021);
    EXPECT_EQ(f[0].location.to_string(), "/rpjmd/indicators/0/targets/2021");
    EXPECT_NE(f[0].message.find("999"), std::string::npos);
    indicator(p, "dinkes", "IK2").targets[2021] = Target::number(num("400,5"));  // 1000,5 reaches
    EXPECT_TRUE(of_rule(p, "indicator.sum").empty());
    // Not declared additive: no sum is asked for.
    p = seed();
    indicator(p, "dinkes", "IK2").targets[2021] = Target::number(num("399"));
    p.aggregates.clear();
    EXPECT_TRUE(of_rule(p, "indicator.sum").empty());
}

TEST(PemdaCheck, AdditiveLowerIsBetterMustNotExceed) {
    Pemda p = seed();
    p.rpjmd.indicators[0].polarity = Polarity::lower_is_better;
    p.rpjmd.indicators[0].lower_formula = LowerFormula::two_t_minus_r;
    EXPECT_TRUE(of_rule(p, "indicator.sum").empty());  // 1000 and 1200: equal, not above
    indicator(p, "dinsos", "IK1").targets[2022] = Target::number(num("701"));
    const auto f = of_rule(p, "indicator.sum");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].year, 2022);
}

TEST(PemdaCheck, OnlyNumericIndicatorsAddUp) {
    Pemda p = seed();
    p.rpjmd.indicators[0].polarity = Polarity::range;
    const auto f = of_rule(p, "indicator.sum");
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].location.to_string(), "/aggregates/RI1");
}

// --- the budget per RPJMD sasaran ---

const SasaranBudget& row(const std::vector<SasaranBudget>& rows, const std::string& sasaran, int year) {
    for (const auto& r : rows)
        if (r.sasaran == sasaran && r.year == year) return r;
    throw std::logic_error("no such row");
}

TEST(PemdaBudget, RolledUpAcrossOpdsWithoutDoubleCounting) {
    const auto rows = pemda_budget(seed());
    ASSERT_EQ(rows.size(), 4U);  // RS1, RS2 x 2021, 2022
    EXPECT_EQ(rows[0].sasaran, "RS1");
    EXPECT_EQ(rows[0].year, 2021);
    // RS1 2021: dinsos S1 (K1 100 + K2 50; its program P1 links too, counted once), dinsos S2 (K3 30),
    // dinkes S2 (K2 80): 260 million; realisasi 90 + 45,5 + 30 + 60 = 225,5 million.
    const SasaranBudget& a = row(rows, "RS1", 2021);
    EXPECT_EQ(a.totals.anggaran, rp(260'000'000));
    EXPECT_EQ(a.totals.realisasi, rp(225'500'000));
    EXPECT_EQ(a.totals.sisa(), rp(34'500'000));
    EXPECT_EQ(a.totals.lines, 4U);
    EXPECT_EQ(a.totals.serapan().points(), num("86,73"));  // 225,5 / 260 = 86,7307...
    // RS1 2022: dinsos K1 120 / 110 and K3 35 / 20; dinkes has nothing for it.
    const SasaranBudget& b = row(rows, "RS1", 2022);
    EXPECT_EQ(b.totals.anggaran, rp(155'000'000));
    EXPECT_EQ(b.totals.realisasi, rp(130'000'000));
    EXPECT_EQ(b.totals.serapan().points(), num("83,87"));  // 130 / 155 = 83,8709...
    const SasaranBudget& c = row(rows, "RS2", 2021);
    EXPECT_EQ(c.totals.anggaran, rp(200'000'000));
    EXPECT_EQ(c.totals.serapan().points(), num("75,00"));
    const SasaranBudget& d = row(rows, "RS2", 2022);
    EXPECT_EQ(d.totals.realisasi, rp(0));
    EXPECT_EQ(d.totals.serapan().points(), num("0,00"));
}

TEST(PemdaBudget, ASasaranWithoutItsProgramLinkSumsTheSame) {
    Pemda p = seed();
    p.serves.erase(p.serves.begin() + 1);  // dinsos P1 -> RS1: under S1, already counted
    EXPECT_EQ(row(pemda_budget(p), "RS1", 2021).totals.anggaran, rp(260'000'000));
    // Only the program linked: its lines alone, K1 and K2 (150 million), not S2's.
    p = seed();
    p.serves.erase(p.serves.begin());
    EXPECT_EQ(row(pemda_budget(p), "RS1", 2021).totals.anggaran, rp(260'000'000));
    p.serves.erase(p.serves.begin() + 1);  // now dinsos S2 too: 150 + 80
    EXPECT_EQ(row(pemda_budget(p), "RS1", 2021).totals.anggaran, rp(230'000'000));
}

TEST(PemdaBudget, CrosscuttingCarriesNoMoneyAndASharedNodeCountsTwice) {
    Pemda p = seed();
    p.supports.push_back(SupportLink{"dinsos", "P2", "dinkes", "S1"});
    EXPECT_EQ(row(pemda_budget(p), "RS2", 2021).totals.anggaran, rp(200'000'000));
    p.serves.push_back(ServesLink{"dinsos", "P2", "RS2"});  // P2 (K3: 30 / 30) serves RS1 and RS2
    EXPECT_EQ(row(pemda_budget(p), "RS2", 2021).totals.anggaran, rp(230'000'000));
    EXPECT_EQ(row(pemda_budget(p), "RS2", 2021).totals.realisasi, rp(180'000'000));
    EXPECT_EQ(row(pemda_budget(p), "RS1", 2021).totals.anggaran, rp(260'000'000));
}

TEST(PemdaBudget, AnUnservedSasaranHasNoLines) {
    Pemda p = seed();
    p.serves.erase(p.serves.begin() + 3);
    const std::vector<SasaranBudget> budget = pemda_budget(p);  // the row refers into it
    const SasaranBudget& r = row(budget, "RS2", 2021);
    EXPECT_EQ(r.totals.lines, 0U);
    EXPECT_FALSE(r.totals.serapan().is_defined());
}

// --- the file format's errors name the file and the JSON path ---

std::string error_of(const fs::path& path) {
    try {
        (void)load_pemda(path);
    } catch (const error& e) {
        return e.what();
    }
    return "no error";
}

TEST(PemdaFile, ErrorsNameFileAndPath) {
    const TempDir dir;
    const std::string pemda = (dir.path / "pemda.json").string();
    EXPECT_EQ(error_of(with_pemda(dir, minimal(R"("opd": [], "extra": 1)"))), pemda + ":/extra: unknown key");
    EXPECT_EQ(error_of(with_pemda(dir, R"({"format": "kinerja/1", "opd": []})")),
              pemda + ":/format: 'kinerja/1' is not a format this version reads (kinerja-pemda/1)");
    EXPECT_EQ(error_of(with_pemda(dir, minimal(R"("opd": [{"id": "a", "file": "missing.json"}])")))
                  .find((dir.path / "missing.json").string()),
              0U);
    EXPECT_EQ(error_of(with_pemda(dir, minimal(R"("opd": [{"id": "a", "file": "/etc/passwd"}])"))),
              pemda + ":/opd/0/file: '/etc/passwd' must be a path relative to the pemda file's folder");
    EXPECT_EQ(error_of(with_pemda(dir, minimal(R"("opd": [{"id": "a", "file": "../x.json"}])"))),
              pemda + ":/opd/0/file: '../x.json' must not leave the pemda file's folder (..)");
    EXPECT_EQ(error_of(with_pemda(dir, minimal(R"("opd": [{"id": "a", "file": "dinsos.json"},
                                                         {"id": "a", "file": "dinkes.json"}])"))),
              pemda + ":/opd/1/id: duplicate OPD id 'a'");
    EXPECT_EQ(error_of(with_pemda(dir, minimal(R"("opd": [], "serves": [{"opd": "a", "node": "b"}])"))),
              pemda + ":/serves/0/sasaran: missing");
    EXPECT_EQ(error_of(with_pemda(dir, minimal(R"("opd": [], "aggregates": {"RI1": "mean"})"))),
              pemda + ":/aggregates/RI1: 'mean' is not one of none, sum");
    EXPECT_EQ(error_of(with_pemda(dir, minimal(R"("opd": [], "opd": [])"))), pemda + ":/opd: duplicate key");
}

TEST(PemdaFile, RpjmdErrorsArePlacedInThePemdaFile) {
    const TempDir dir;
    const std::string pemda = (dir.path / "pemda.json").string();
    const std::string bad = R"({"format": "kinerja-pemda/1", "opd": [],
        "rpjmd": {"body": {"name": "Pemkab"}, "period": {"from": 2021, "to": 2022},
                  "nodes": [{"id": "V", "level": "visi", "name": "v"},
                            {"id": "M", "level": "misi", "name": "m", "parent": "X"}]}})";
    EXPECT_EQ(error_of(with_pemda(dir, bad)).rfind(pemda + ":/rpjmd/nodes/1/parent: ", 0), 0U);
    const std::string figure = R"({"format": "kinerja-pemda/1", "opd": [],
        "rpjmd": {"body": {"name": "Pemkab"}, "period": {"from": 2021, "to": 2022},
                  "nodes": [{"id": "V", "level": "visi", "name": "v"}],
                  "indicators": [{"id": "I", "node": "V", "name": "i", "satuan": "%",
                                  "polarity": "higher_is_better", "targets": {"2021": "1O"}}]}})";
    EXPECT_EQ(error_of(with_pemda(dir, figure)).rfind(pemda + ":/rpjmd/indicators/0/targets/2021: ", 0), 0U);
}

TEST(PemdaFile, OpdFileErrorsNameTheOpdFile) {
    const TempDir dir;
    const fs::path pemda = with_pemda(dir, minimal(R"("opd": [{"id": "a", "file": "dinsos.json"}])"));
    write(dir.path / "dinsos.json", R"({"format": "kinerja/1", "body": {"name": "x"},
        "period": {"from": 2021, "to": 2022}, "nodes": [{"id": "S", "level": "sasaran", "name": "s"}]})");
    EXPECT_EQ(error_of(pemda).rfind((dir.path / "dinsos.json").string() + ":/nodes/0/parent: ", 0), 0U);
}

TEST(PemdaFile, ReadLimitsApply) {
    const TempDir dir;
    std::string deep = R"({"format": "kinerja-pemda/1", "x": )";
    for (int i = 0; i < 100; ++i) deep += "[";
    for (int i = 0; i < 100; ++i) deep += "]";
    deep += "}";
    EXPECT_NE(error_of(with_pemda(dir, deep)).find("nested deeper than 64 levels"), std::string::npos);
    ReadLimits small;
    small.max_cell_bytes = 8;
    try {
        (void)read_pemda(minimal(R"("opd": [{"id": "a", "file": "a-very-long-name.json"}])"), "p.json",
                         dir.path, small);
        ADD_FAILURE() << "no error";
    } catch (const data_error& e) {
        EXPECT_EQ(e.path(), "/format");  // "kinerja-pemda/1" is 15 bytes
    }
    EXPECT_THROW((void)read_pemda(std::string("{\"format\": \"kinerja-pemda/1\"\0}", 29), "p.json", dir.path),
                 data_error);
}

}  // namespace

namespace {

// The reasons of the Pemda file in Indonesian (issue 18); the English of each is its what().
std::string pemda_in_indonesian(const std::string& text) {
    try {
        (void)read_pemda(text, "p.json", data_dir);
    } catch (const error& e) {
        EXPECT_EQ(describe(e, Language("en")), e.what());
        return describe(e, Language("id"));
    }
    return "no error";
}

TEST(PemdaFile, ReasonsAreSaidInIndonesian) {
    EXPECT_EQ(pemda_in_indonesian(R"({"format": "kinerja-pemda/2", "opd": []})"),
              "p.json:/format: 'kinerja-pemda/2' bukan format yang dibaca versi ini (kinerja-pemda/1)");
    EXPECT_EQ(pemda_in_indonesian(R"({"format": "kinerja-pemda/1", "rpjmd": [], "opd": []})"),
              "p.json:/rpjmd: harus berupa objek, bukan array");
    EXPECT_EQ(pemda_in_indonesian(minimal(R"("opd": [], "aggregates": {"RI1": 3})")),
              "p.json:/aggregates/RI1: harus berupa string, bukan angka");
    EXPECT_EQ(pemda_in_indonesian(minimal(R"("opd": [], "aggregates": {"RI1": "mean"})")),
              "p.json:/aggregates/RI1: 'mean' bukan salah satu dari none, sum");
    EXPECT_EQ(pemda_in_indonesian(minimal(R"("opd": [{"id": "a", "file": "../x.json"}])")),
              "p.json:/opd/0/file: '../x.json' tidak boleh keluar dari folder berkas pemda (..)");
    EXPECT_EQ(pemda_in_indonesian(minimal(R"("opd": [{"id": "a", "file": "dinsos.json"},
                                                     {"id": "a", "file": "dinkes.json"}])")),
              "p.json:/opd/1/id: id OPD 'a' berulang");
}

}  // namespace
