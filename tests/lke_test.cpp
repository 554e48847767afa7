// The LKE SAKIP: weights, the score of a worksheet worked out by hand, the boundary rules at every
// boundary, each kerangka logis rule failing and passing, every data rule failing and passing, and
// the worksheet files' errors.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "small_plan.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;
using testing::num;
using testing::small_plan;

const fs::path data_dir = fs::path(KINERJA_TEST_DATA_DIR) / "lke";

std::string message_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const error& e) {
        return e.what();
    }
    return "(no error)";
}

const LkePartScore& part(const LkeResult& r, LkeComponent c, LkePart p) {
    for (const auto& x : r.parts)
        if (x.component == c && x.part == p) return x;
    throw std::logic_error("no such part");
}

// One criterion per sub-component, every answer `answer` on the A-E scale.
LkeWorksheet uniform(const char* answer) {
    LkeWorksheet s;
    int n = 0;
    for (auto c : {LkeComponent::perencanaan, LkeComponent::pengukuran, LkeComponent::pelaporan,
                   LkeComponent::evaluasi})
        for (auto p : {LkePart::pemenuhan, LkePart::kualitas, LkePart::implementasi}) {
            LkeCriterion k;
            k.id = "c" + std::to_string(++n);
            k.component = c;
            k.part = p;
            k.scale = "A-E";
            k.answer = answer;
            s.criteria.push_back(k);
        }
    return s;
}

TEST(LkeWeights, ComponentsMakeHundredAndPartsSplitTwentyThirtyFifty) {
    EXPECT_EQ(lke_weight(LkeComponent::perencanaan), Decimal(30));
    EXPECT_EQ(lke_weight(LkeComponent::pengukuran), Decimal(30));
    EXPECT_EQ(lke_weight(LkeComponent::pelaporan), Decimal(15));
    EXPECT_EQ(lke_weight(LkeComponent::evaluasi), Decimal(25));
    EXPECT_EQ(lke_weight(LkeComponent::perencanaan, LkePart::pemenuhan), num("6"));
    EXPECT_EQ(lke_weight(LkeComponent::pelaporan, LkePart::kualitas), num("4,5"));
    EXPECT_EQ(lke_weight(LkeComponent::evaluasi, LkePart::implementasi), num("12,5"));
}

TEST(LkeNames, ComponentsByIdOrPrintedNameAnyCase) {
    EXPECT_EQ(parse_lke_component("Evaluasi  Akuntabilitas Kinerja Internal"), LkeComponent::evaluasi);
    EXPECT_EQ(parse_lke_component("PERENCANAAN KINERJA"), LkeComponent::perencanaan);
    EXPECT_EQ(parse_lke_component("perencanaan anggaran"), std::nullopt);
    EXPECT_EQ(parse_lke_part(" Kualitas "), LkePart::kualitas);
    EXPECT_EQ(parse_lke_part("mutu"), std::nullopt);
}

// sheet-2022.csv by hand (weight x mean, exact; each score shown rounded half-up once):
//   perencanaan: 6 x (1+0)/2 = 3; 9 x (0,75+0,5+1)/3 = 6,75; 15 x 0,75 = 11,25 -> 21 (21,00)
//   pengukuran:  6 x 1 = 6; 9 x (0,5+0,25)/2 = 3,375 (3,38); 15 x 0,5 = 7,5 -> 16,875 (16,88)
//   pelaporan:   3 x 1 = 3; 4,5 x (0,75+1+1)/3 = 4,125 (4,13); 7,5 x 0,5 = 3,75 -> 10,875 (10,88)
//   evaluasi:    5 x 1 = 5; 7,5 x 0,75 = 5,625 (5,63); 12,5 x (0,5+0,75)/2 = 7,8125 (7,81) -> 18,4375 (18,44)
//   total 21 + 16,875 + 10,875 + 18,4375 = 67,1875 (67,19; adding the shown parts would give 67,20): B.
TEST(LkeEvaluate, TheWorksheetScoredByHand) {
    const LkeWorksheet sheet = read_lke(data_dir / "sheet-2022.csv", "Dinas Contoh", 2022);
    ASSERT_EQ(sheet.criteria.size(), 19U);
    const LkeResult r = evaluate_lke(sheet);
    EXPECT_EQ(*part(r, LkeComponent::perencanaan, LkePart::pemenuhan).score, num("3,00"));
    EXPECT_EQ(*part(r, LkeComponent::perencanaan, LkePart::kualitas).score, num("6,75"));
    EXPECT_EQ(*part(r, LkeComponent::pengukuran, LkePart::kualitas).score, num("3,38"));
    EXPECT_EQ(*part(r, LkeComponent::pelaporan, LkePart::kualitas).score, num("4,13"));
    EXPECT_EQ(*part(r, LkeComponent::evaluasi, LkePart::kualitas).score, num("5,63"));
    EXPECT_EQ(*part(r, LkeComponent::evaluasi, LkePart::implementasi).score, num("7,81"));
    ASSERT_EQ(r.components.size(), 4U);
    EXPECT_EQ(*r.components[0].score, num("21,00"));
    EXPECT_EQ(*r.components[1].score, num("16,88"));
    EXPECT_EQ(*r.components[2].score, num("10,88"));
    EXPECT_EQ(*r.components[3].score, num("18,44"));
    EXPECT_EQ(*r.total, num("67,19"));
    EXPECT_EQ(r.predikat, "B");
    // 2.c.1 "Sebagian" (0,5) exceeds the mean of pengukuran kualitas, 0,375; 1.c.1 B = 1.b.1 B and
    // 4.c.2 B = 4.b.1 B keep their limits (equal is allowed).
    ASSERT_EQ(r.findings.size(), 1U);
    EXPECT_EQ(r.findings[0].rule, "lke.kerangka_logis");
    EXPECT_EQ(r.findings[0].criterion, "2.c.1");
    EXPECT_EQ(r.findings[0].where, "11");
    EXPECT_NE(r.findings[0].message.find("(0,75 / 2 = 0,375)"), std::string::npos) << r.findings[0].message;
}

TEST(LkeEvaluate, ScoresAreExactAndRoundedOnlyWhenShown) {
    // Every answer B: each part is 0,75 of its weight; pelaporan kualitas 3,375 shows 3,38 and
    // evaluasi's parts 3,75 + 5,625 + 9,375 = 18,75; the total is exactly 75, not the 75,02 of
    // adding the shown parts.
    const LkeResult b = evaluate_lke(uniform("B"));
    EXPECT_EQ(*part(b, LkeComponent::pelaporan, LkePart::kualitas).score, num("3,38"));
    EXPECT_EQ(*b.components[3].score, num("18,75"));
    EXPECT_EQ(*b.total, num("75,00"));
    // A third: evaluasi pemenuhan A, A, B gives 5 x 2,75 / 3 = 4,58333... (shown 4,58).
    LkeWorksheet s = uniform("A");
    LkeCriterion extra = s.criteria[9];  // evaluasi pemenuhan
    extra.id = "x1";
    s.criteria.push_back(extra);
    extra.id = "x2";
    extra.answer = "B";
    s.criteria.push_back(extra);
    const LkeResult r = evaluate_lke(s);
    EXPECT_EQ(*part(r, LkeComponent::evaluasi, LkePart::pemenuhan).score, num("4,58"));
    // total 100 - 5 + 4,58333... = 99,58333... -> 99,58
    EXPECT_EQ(*r.total, num("99,58"));
}

TEST(LkePredikat, TheExactTotalDecides) {
    // Every answer E (0) but perencanaan pemenuhan A (6), perencanaan implementasi A (15),
    // pengukuran implementasi A (15) and evaluasi implementasi D (12,5 x 0,25 = 3,125): 39,125.
    LkeWorksheet s = uniform("E");  // 0
    s.criteria[0].answer = "A";     // perencanaan pemenuhan 6
    s.criteria[2].answer = "A";     // perencanaan implementasi 15
    s.criteria[5].answer = "A";     // pengukuran implementasi 15
    s.criteria[11].answer = "D";    // evaluasi implementasi 12,5 x 0,25 = 3,125 -> 39,125
    EXPECT_EQ(*evaluate_lke(s).total, num("39,13"));
    EXPECT_EQ(evaluate_lke(s).predikat, "C");
    s.criteria[11].answer = "E";  // 36
    s.criteria[0].answer = "E";   // 30 exactly: D under >, C under >=
    EXPECT_EQ(*evaluate_lke(s).total, num("30"));
    EXPECT_EQ(evaluate_lke(s, LkeBoundary::above).predikat, "D");
    EXPECT_EQ(evaluate_lke(s, LkeBoundary::at_least).predikat, "C");
}

TEST(LkeEvaluate, AnUnansweredCriterionLeavesItsScoresEmptyNotPartial) {
    LkeWorksheet s = read_lke(data_dir / "sheet-2022.csv");
    s.criteria[1].answer.clear();  // 1.a.2
    const LkeResult r = evaluate_lke(s);
    EXPECT_FALSE(part(r, LkeComponent::perencanaan, LkePart::pemenuhan).score.has_value());
    EXPECT_EQ(part(r, LkeComponent::perencanaan, LkePart::pemenuhan).answered, 1U);
    EXPECT_FALSE(r.components[0].score.has_value());
    EXPECT_TRUE(r.components[1].score.has_value());
    EXPECT_FALSE(r.total.has_value());
    EXPECT_EQ(r.predikat, "");
    EXPECT_EQ(r.findings[0].rule, "lke.unanswered");
    EXPECT_EQ(r.findings[0].criterion, "1.a.2");
}

TEST(LkePredikat, EveryBoundaryBothWays) {
    const std::pair<const char*, const char*> gt[] = {
        {"100", "AA"}, {"90,01", "AA"}, {"90", "A"},    {"80", "BB"}, {"70", "B"},
        {"60", "CC"},  {"50", "C"},     {"30,01", "C"}, {"30", "D"},  {"0", "D"}};
    for (const auto& [t, p] : gt) EXPECT_EQ(lke_predikat(num(t), LkeBoundary::above), p) << t;
    const std::pair<const char*, const char*> ge[] = {{"90", "AA"}, {"89,99", "A"}, {"80", "A"},
                                                      {"70", "BB"}, {"60", "B"},    {"50", "CC"},
                                                      {"30", "C"},  {"29,99", "D"}};
    for (const auto& [t, p] : ge) EXPECT_EQ(lke_predikat(num(t), LkeBoundary::at_least), p) << t;
    EXPECT_NE(message_of([] { (void)lke_predikat(num("100,01")); }).find("0 to 100"), std::string::npos);
    EXPECT_NE(message_of([] { (void)lke_predikat(num("-1")); }).find("0 to 100"), std::string::npos);
}

TEST(LkePredikat, AWholeWorksheetOnTheBoundary) {
    // Every answer C (0,5): every part is half its weight, the total exactly 50,00: C under ">", CC
    // under ">=".
    const LkeWorksheet s = uniform("C");
    EXPECT_EQ(*evaluate_lke(s).total, num("50"));
    EXPECT_EQ(evaluate_lke(s, LkeBoundary::above).predikat, "C");
    EXPECT_EQ(evaluate_lke(s, LkeBoundary::at_least).predikat, "CC");
    EXPECT_EQ(evaluate_lke(uniform("A")).predikat, "AA");  // 100
    EXPECT_EQ(evaluate_lke(uniform("E")).predikat, "D");   // 0
}

TEST(LkeKerangkaLogis, AnswerAgainstAnotherAnswer) {
    LkeWorksheet s = uniform("B");
    s.criteria[2].limits.push_back(LkeLimit{"c1", {}, {}});  // B <= B: kept
    EXPECT_TRUE(evaluate_lke(s).findings.empty());
    s.criteria[0].answer = "C";  // B > C: broken
    const auto f = evaluate_lke(s).findings;
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].criterion, "c3");
    EXPECT_EQ(f[0].severity, "error");
    EXPECT_NE(f[0].message.find("lebih tinggi daripada jawaban 'C' (0,5) kriteria c1"), std::string::npos)
        << f[0].message;
    // The score stands as answered: the evaluator decides.
    EXPECT_EQ(*part(evaluate_lke(s), LkeComponent::perencanaan, LkePart::implementasi).score, num("11,25"));
}

TEST(LkeKerangkaLogis, AnswerAgainstASubComponentsMean) {
    LkeWorksheet s = uniform("B");
    LkeCriterion extra = s.criteria[0];  // perencanaan pemenuhan: B and D, mean 0,5
    extra.id = "c1b";
    extra.answer = "D";
    s.criteria.push_back(extra);
    LkeLimit mean;
    mean.component = LkeComponent::perencanaan;
    mean.part = LkePart::pemenuhan;
    s.criteria[4].limits.push_back(mean);  // c5 B (0,75) > 0,5: broken
    auto f = evaluate_lke(s).findings;
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].criterion, "c5");
    s.criteria[4].answer = "C";  // 0,5 = 0,5: kept
    EXPECT_TRUE(evaluate_lke(s).findings.empty());
}

TEST(LkeValidate, EveryRuleNamesThePlace) {
    LkeWorksheet s = uniform("B");
    s.source = "w.csv";
    s.criteria[3].where = "5";
    s.criteria[3].answer = "F";
    EXPECT_EQ(message_of([&] { validate_lke(s); }),
              "w.csv:5: criterion c4: 'F' is not an answer of scale 'A-E' (A, B, C, D, E)");
    s.criteria[3].answer = "b";  // any case
    EXPECT_NO_THROW(validate_lke(s));
    s.criteria[3].scale = "1-5";
    EXPECT_NE(message_of([&] { validate_lke(s); }).find("unknown scale '1-5'"), std::string::npos);
    s = uniform("B");
    s.criteria[1].id = "c1";
    EXPECT_NE(message_of([&] { validate_lke(s); }).find("criterion c1 twice"), std::string::npos);
    s = uniform("B");
    s.criteria.erase(s.criteria.begin() + 7);  // pelaporan kualitas
    EXPECT_NE(message_of([&] { validate_lke(s); }).find("pelaporan kualitas has no criterion"),
              std::string::npos);
    s = uniform("B");
    s.criteria[0].limits.push_back(LkeLimit{"c99", {}, {}});
    EXPECT_NE(message_of([&] { validate_lke(s); }).find("does not hold"), std::string::npos);
    s = uniform("B");
    s.criteria[0].data = LkeDataRule::sasaran_targets;
    EXPECT_NE(message_of([&] { validate_lke(s); }).find("its scale must be Y/T"), std::string::npos);
    s = uniform("B");
    s.scales.push_back(LkeScale{"lebar", {{"ya", num("1,5")}}});
    EXPECT_NE(message_of([&] { validate_lke(s); }).find("valued 1,5; a value is 0 to 1"), std::string::npos);
}

// ---- the data rules, each failing and passing ----

LkeWorksheet with_rule(LkeDataRule rule, const char* answer = "") {
    LkeWorksheet s = uniform("B");
    s.year = 2024;
    s.criteria[0].scale = "Y/T";
    s.criteria[0].data = rule;
    s.criteria[0].answer = answer;
    return s;
}

// small_plan's sasaran s with an indicator "is" targeted for every year, with a rumusan, realisasi
// 2023 and 2024 by quarter, and an end target.
Renstra data_plan() {
    Renstra p = small_plan();
    p.indicators.clear();
    Indicator is = Indicator::of("is", "s", "indikator sasaran", "%");
    for (int y = 2021; y <= 2026; ++y) is.target(y, Target::number(num("80")));
    is.formula = Formula{"a / b x 100", "t/r/a", "t/r/b", Decimal(100)};
    const std::array<std::optional<Decimal>, 4> q = {num("70"), num("75"), num("78"), num("81")};
    is.realisations[2023] = Realisation::stated(num("79"));
    is.realisations[2024] = Realisation::from_quarters(q, Rollup::last);
    is.end_target = Target::number(num("85"));
    p.indicators.push_back(is);
    return p;
}

// The evidence in English by default here: these tests are of the rules' logic; the language's own
// are at the end.
std::pair<LkeCriterion, std::vector<LkeFinding>> filled(LkeDataRule rule, const Renstra& plan,
                                                        const char* answer = "",
                                                        const Language& lang = Language("en")) {
    LkeWorksheet s = with_rule(rule, answer);
    auto f = fill_lke_from_plan(s, plan, 0, lang);
    return {s.criteria[0], f};
}

TEST(LkeData, SasaranTargets) {
    Renstra p = data_plan();
    auto [c, f] = filled(LkeDataRule::sasaran_targets, p);
    EXPECT_EQ(c.answer, "Y");
    EXPECT_EQ(c.answered_by, LkeAnswerSource::data);
    EXPECT_NE(c.evidence.find("1 sasaran"), std::string::npos) << c.evidence;
    p.indicators[0].targets.erase(2025);
    std::tie(c, f) = filled(LkeDataRule::sasaran_targets, p);
    EXPECT_EQ(c.answer, "T");
    EXPECT_EQ(c.evidence, "not met: sasaran s has no indicator with a target for 2025");
}

TEST(LkeData, IndicatorFormulas) {
    Renstra p = data_plan();
    EXPECT_EQ(filled(LkeDataRule::indicator_formulas, p).first.answer, "Y");
    p.indicators[0].formula->numerator.clear();
    const auto c = filled(LkeDataRule::indicator_formulas, p).first;
    EXPECT_EQ(c.answer, "T");
    EXPECT_NE(c.evidence.find("is's rumusan names no data"), std::string::npos) << c.evidence;
    p.indicators[0].formula.reset();
    EXPECT_NE(filled(LkeDataRule::indicator_formulas, p).first.evidence.find("has no rumusan"),
              std::string::npos);
}

TEST(LkeData, PkMatchesRenstra) {
    Renstra p = data_plan();
    EXPECT_EQ(filled(LkeDataRule::pk_matches_renstra, p).first.evidence,
              "not met: no Perjanjian Kinerja of the kepala for 2024");
    PerjanjianKinerja pk;
    pk.unit = "kepala";
    pk.eselon = Eselon::kepala;
    pk.year = 2024;
    PkItem item;
    item.indicator = "is";
    item.target = Target::number(num("80,00"));  // equal by value
    pk.items.push_back(item);
    p.perjanjian.push_back(pk);
    EXPECT_EQ(filled(LkeDataRule::pk_matches_renstra, p).first.answer, "Y");
    p.perjanjian[0].items[0].target = Target::number(num("82"));
    const auto c = filled(LkeDataRule::pk_matches_renstra, p).first;
    EXPECT_EQ(c.answer, "T");
    EXPECT_NE(c.evidence.find("/perjanjian/0/items/0/target"), std::string::npos) << c.evidence;
}

TEST(LkeData, RealisasiTriwulan) {
    Renstra p = data_plan();
    EXPECT_EQ(filled(LkeDataRule::realisasi_triwulan, p).first.answer, "Y");
    p.indicators[0].realisations[2024].triwulan[2].reset();
    EXPECT_NE(
        filled(LkeDataRule::realisasi_triwulan, p).first.evidence.find("not reported in every triwulan"),
        std::string::npos);
    p.indicators[0].realisations[2024] = Realisation::stated(num("81"));
    EXPECT_EQ(filled(LkeDataRule::realisasi_triwulan, p).first.answer, "T");
    p.indicators[0].realisations.erase(2024);
    EXPECT_NE(filled(LkeDataRule::realisasi_triwulan, p).first.evidence.find("has no realisasi for 2024"),
              std::string::npos);
}

TEST(LkeData, LakipCompares) {
    Renstra p = data_plan();
    EXPECT_EQ(filled(LkeDataRule::lakip_compares, p).first.answer, "Y");
    p.indicators[0].realisations.erase(2023);
    EXPECT_NE(
        filled(LkeDataRule::lakip_compares, p).first.evidence.find("no realisasi for 2023 to compare with"),
        std::string::npos);
    p = data_plan();
    p.indicators[0].end_target.reset();
    EXPECT_NE(filled(LkeDataRule::lakip_compares, p).first.evidence.find("has no end target"),
              std::string::npos);
}

TEST(LkeData, TheEvaluatorsAnswerStandsAndADisagreementIsReported) {
    const Renstra p = data_plan();
    auto [c, f] = filled(LkeDataRule::sasaran_targets, p, "T");
    EXPECT_EQ(c.answer, "T");
    EXPECT_EQ(c.answered_by, LkeAnswerSource::evaluator);
    ASSERT_EQ(f.size(), 1U);
    EXPECT_EQ(f[0].rule, "lke.data_disagrees");
    std::tie(c, f) = filled(LkeDataRule::sasaran_targets, p, "Y");
    EXPECT_TRUE(f.empty());
    LkeWorksheet s = with_rule(LkeDataRule::sasaran_targets);
    s.year = 0;
    EXPECT_NE(message_of([&] { (void)fill_lke_from_plan(s, p); }).find("the year"), std::string::npos);
    (void)fill_lke_from_plan(s, p, 2024);  // a worksheet without a year takes the one answered for
    EXPECT_EQ(s.year, 2024);
    EXPECT_EQ(message_of([&] { (void)fill_lke_from_plan(s, p, 2023); }),
              "the worksheet is for 2024, not 2023; answer it from the plan's data of its own year");
}

// ---- files ----

TEST(LkeFiles, CsvJsonAndBackAreEqual) {
    const LkeWorksheet a = read_lke(data_dir / "sheet-2022.csv", "Dinas Contoh", 2022);
    EXPECT_EQ(a.scales.size(), 1U);
    EXPECT_EQ(a.criteria[9].limits.size(), 1U);
    const std::string json = write_lke_json(a);
    const LkeWorksheet b = parse_lke_json(json, "again.json");
    EXPECT_EQ(a, b);
    EXPECT_EQ(write_lke_json(b), json);
}

TEST(LkeFiles, AnXlsxWorksheetReadsAsItsCsv) {
    // make_xlsx.py: the CSV's rows under a caption and a blank row, headers "Sub Komponen" and so on.
    const LkeWorksheet csv = read_lke(data_dir / "sheet-2022.csv", "Dinas Contoh", 2022);
    const LkeWorksheet xlsx = read_lke(data_dir / "sheet-2022.xlsx", "Dinas Contoh", 2022);
    EXPECT_EQ(xlsx, csv);
    EXPECT_EQ(xlsx.criteria[9].where, "sheet 'LKE 2022' row 13");
    EXPECT_EQ(*evaluate_lke(xlsx).total, num("67,19"));
}

TEST(LkeFiles, CsvErrorsNameLineColumnValueAndWhy) {
    const std::string head = "komponen;sub_komponen;no;kriteria;skala;jawaban\n";
    EXPECT_EQ(message_of([&] { (void)parse_lke_csv(head + "perencanaan;mutu;1;x;Y/T;Y\n", "w.csv"); }),
              "w.csv:2:13: criterion 1: 'mutu' is not a sub-component (pemenuhan, kualitas, implementasi)");
    EXPECT_EQ(
        message_of([] { (void)parse_lke_csv("komponen;no;kriteria;skala;nilai\n", "w.csv"); }),
        "w.csv:1:28: unknown column 'nilai'; the columns are komponen, sub_komponen, no, kriteria, skala, "
        "jawaban, bukti, data, batas");
    EXPECT_NE(message_of([&] {
                  (void)parse_lke_csv(head + "perencanaan;pemenuhan;1;x;\"Ya=1; Tidak=nol\";Ya\n", "w.csv");
              }).find("w.csv:2:27: scale item 'Tidak=nol'"),
              std::string::npos);
    EXPECT_NE(message_of([&] {
                  (void)parse_lke_csv(head + "perencanaan;pemenuhan;1;x;Y/T;Y;extra\n", "w.csv");
              }).find("w.csv:2:33: 'extra' lies beyond"),
              std::string::npos);
    EXPECT_EQ(message_of([] { (void)read_lke("w.txt"); }),
              "w.txt: an LKE worksheet is .csv, .json or .xlsx, not '.txt'");
}

TEST(LkeFiles, JsonErrorsNameThePath) {
    EXPECT_EQ(message_of([] {
                  (void)parse_lke_json(R"({"format": "kinerja-lke/1", "criteria": [{"id": "1"}]})", "w.json");
              }),
              "w.json:/criteria/0/component: missing");
    EXPECT_EQ(
        message_of([] { (void)parse_lke_json(R"({"format": "kinerja-lke/2", "criteria": []})", "w.json"); }),
        "w.json:/format: 'kinerja-lke/2' is not a format this version reads (kinerja-lke/1)");
    EXPECT_NE(message_of([] {
                  (void)parse_lke_json(R"({"format": "kinerja-lke/1", "format": "x"})", "w.json");
              }).find("duplicate key"),
              std::string::npos);
}

TEST(LkeFormat, TheTableShowsEveryScoreAndLastYearSideBySide) {
    const LkeResult now = evaluate_lke(read_lke(data_dir / "sheet-2022.csv", "Dinas Contoh", 2022));
    const LkeResult before = evaluate_lke(read_lke(data_dir / "sheet-2021.csv", "Dinas Contoh", 2021));
    EXPECT_EQ(*before.total, num("47,13"));  // 18 + 8,25 + 9 + 11,875 = 47,125
    const std::string md = format_lke(now, &before, "md");
    EXPECT_NE(md.find("| **Total** | 100,00 | 67,19 | 47,13 | +20,06 |"), std::string::npos) << md;
    EXPECT_NE(md.find("| **Predikat** |  | B | C |  |"), std::string::npos) << md;
    EXPECT_NE(md.find("| .. Kualitas | 4,50 | 4,13 | 2,25 | +1,88 |"), std::string::npos) << md;
    EXPECT_NE(md.find("lke.kerangka_logis"), std::string::npos);
    const std::string csv = format_lke(now, nullptr, "csv");
    EXPECT_NE(csv.find("lke;"), std::string::npos) << csv;
    const std::string html = format_lke(now, nullptr, "html");
    EXPECT_NE(html.find("<!DOCTYPE html>"), std::string::npos);
    EXPECT_NE(message_of([&] { (void)format_lke(now, nullptr, "pdf"); }).find("md, html or csv"),
              std::string::npos);
}

// ---- the languages: the same scores and findings, the words of each (written by hand) ----

TEST(LkeLanguage, SameScoresAndFindingsTheMessagesInEachLanguage) {
    const LkeWorksheet sheet = read_lke(data_dir / "sheet-2022.csv", "Dinas Contoh", 2022);
    const LkeResult id = evaluate_lke(sheet);  // Indonesian: the default
    const LkeResult en = evaluate_lke(sheet, LkeBoundary::above, Language("en"));
    EXPECT_EQ(id.total, en.total);
    EXPECT_EQ(id.predikat, en.predikat);
    ASSERT_EQ(id.parts.size(), en.parts.size());
    for (std::size_t k = 0; k < id.parts.size(); ++k) EXPECT_EQ(id.parts[k].score, en.parts[k].score);
    ASSERT_EQ(id.findings.size(), 1U);
    ASSERT_EQ(en.findings.size(), 1U);
    EXPECT_EQ(id.findings[0].rule, en.findings[0].rule);
    EXPECT_EQ(id.findings[0].severity, en.findings[0].severity);
    EXPECT_EQ(id.findings[0].criterion, en.findings[0].criterion);
    EXPECT_EQ(id.findings[0].where, en.findings[0].where);
    EXPECT_EQ(id.findings[0].message,
              "kriteria 2.c.1 dijawab 'Sebagian' (0,5), lebih tinggi daripada rata-rata pengukuran kualitas "
              "(0,75 / 2 = 0,375); jawaban ini tidak boleh melebihinya");
    EXPECT_EQ(en.findings[0].message,
              "criterion 2.c.1 answers 'Sebagian' (0.5), more than the mean of pengukuran kualitas "
              "(0.75 / 2 = 0.375); it may not exceed it");
    // A criterion left open.
    LkeWorksheet open = uniform("B");
    open.criteria[0].answer.clear();
    EXPECT_EQ(evaluate_lke(open).findings.at(0).message,
              "kriteria c1 (perencanaan pemenuhan) belum dijawab; subkomponennya tidak bernilai sampai "
              "kriteria itu dijawab");
    EXPECT_EQ(
        evaluate_lke(open, LkeBoundary::above, Language("en")).findings.at(0).message,
        "criterion c1 (perencanaan pemenuhan) is not answered; its sub-component has no score until it is");
}

TEST(LkeLanguage, EvidenceInEachLanguageOneAndMany) {
    Renstra p = data_plan();
    // One sasaran indicator: "1 sasaran indicator, with", not "1 sasaran indicators, each with".
    EXPECT_EQ(filled(LkeDataRule::indicator_formulas, p).first.evidence,
              "checked: 1 sasaran indicator, with a rumusan naming its data");
    EXPECT_EQ(filled(LkeDataRule::indicator_formulas, p, "", Language()).first.evidence,
              "diperiksa: 1 indikator sasaran, dengan rumusan yang menyebut datanya");
    // The evaluator's T against the data's Y, in each language; the answers are the same.
    const auto [cid, fid] = filled(LkeDataRule::indicator_formulas, p, "T", Language());
    const auto [cen, fen] = filled(LkeDataRule::indicator_formulas, p, "T");
    EXPECT_EQ(cid.answer, cen.answer);
    ASSERT_EQ(fid.size(), 1U);
    ASSERT_EQ(fen.size(), 1U);
    EXPECT_EQ(fid[0].rule, fen[0].rule);
    EXPECT_EQ(
        fid[0].message,
        "kriteria c1: evaluator menjawab 'T', data rencana menunjukkan 'Y' (diperiksa: 1 indikator sasaran, "
        "dengan rumusan yang menyebut datanya)");
    EXPECT_EQ(
        fen[0].message,
        "criterion c1: the evaluator answers 'T', the plan's data says 'Y' (checked: 1 sasaran indicator, "
        "with a rumusan naming its data)");
    // Five indicators without a rumusan: three named, and how many more.
    p.indicators[0].formula.reset();
    for (const char* id : {"i2", "i3", "i4", "i5"}) {
        Indicator more = p.indicators[0];
        more.id = id;
        p.indicators.push_back(more);
    }
    EXPECT_EQ(
        filled(LkeDataRule::indicator_formulas, p).first.evidence,
        "not met: indicator is has no rumusan; indicator i2 has no rumusan; indicator i3 has no rumusan "
        "(and 2 more)");
    EXPECT_EQ(filled(LkeDataRule::indicator_formulas, p, "", Language()).first.evidence,
              "tidak terpenuhi: indikator is tidak memiliki rumusan; indikator i2 tidak memiliki rumusan; "
              "indikator i3 tidak memiliki rumusan (dan 2 lainnya)");
    for (auto& ind : p.indicators) ind.formula = Formula{"a / b x 100", "t/r/a", "t/r/b", Decimal(100)};
    EXPECT_EQ(filled(LkeDataRule::indicator_formulas, p).first.evidence,
              "checked: 5 sasaran indicators, each with a rumusan naming its data");
    EXPECT_EQ(filled(LkeDataRule::indicator_formulas, p, "", Language()).first.evidence,
              "diperiksa: 5 indikator sasaran, masing-masing dengan rumusan yang menyebut datanya");
}

TEST(LkeLanguage, TheScoreTableInEachLanguageWithTheSameFigures) {
    const LkeResult now = evaluate_lke(read_lke(data_dir / "sheet-2022.csv", "Dinas Contoh", 2022));
    const LkeResult before = evaluate_lke(read_lke(data_dir / "sheet-2021.csv", "Dinas Contoh", 2021));
    const std::string id = format_lke(now, &before, "md");
    const std::string en = format_lke(now, &before, "md", Language("en"));
    EXPECT_EQ(id.rfind("# Nilai LKE SAKIP Dinas Contoh 2022\n\nNilai 67,19, predikat B.\n", 0), 0U) << id;
    EXPECT_EQ(en.rfind("# LKE SAKIP score Dinas Contoh 2022\n\nScore 67.19, predikat B.\n", 0), 0U) << en;
    EXPECT_NE(id.find("| Komponen | Bobot | Nilai 2022 | Nilai 2021 | Perubahan |"), std::string::npos) << id;
    EXPECT_NE(en.find("| Component | Weight | Score 2022 | Score 2021 | Change |"), std::string::npos) << en;
    EXPECT_NE(id.find("| **Total** | 100,00 | 67,19 | 47,13 | +20,06 |"), std::string::npos) << id;
    EXPECT_NE(en.find("| **Total** | 100.00 | 67.19 | 47.13 | +20.06 |"), std::string::npos) << en;
    EXPECT_NE(id.find("| .. Kualitas | 4,50 | 4,13 | 2,25 | +1,88 |"), std::string::npos) << id;
    EXPECT_NE(en.find("| .. Kualitas | 4.50 | 4.13 | 2.25 | +1.88 |"), std::string::npos) << en;
    // The components keep their names, the predikat its letters, in every language.
    EXPECT_NE(en.find("Evaluasi Akuntabilitas Kinerja Internal"), std::string::npos);
    EXPECT_NE(en.find("| **Predikat** |  | B | C |  |"), std::string::npos) << en;
    EXPECT_NE(id.find("| Kriteria | Aturan | Tingkat | Letak | Uraian |"), std::string::npos) << id;
    EXPECT_NE(en.find("| Criterion | Rule | Severity | Where | Description |"), std::string::npos) << en;
    EXPECT_NE(en.find("(a score on a boundary takes the lower predikat, PermenPANRB 88/2021)"),
              std::string::npos);
    // Unanswered: the note and the intro say so, and a worksheet of no year names "this year".
    LkeWorksheet open = uniform("B");
    open.criteria[0].answer.clear();
    const std::string open_en =
        format_lke(evaluate_lke(open, LkeBoundary::at_least, Language("en")), nullptr, "md", Language("en"));
    EXPECT_NE(open_en.find("The score is not complete: a criterion is not answered yet."), std::string::npos)
        << open_en;
    EXPECT_NE(open_en.find("n/a: a criterion is not answered yet; see the findings."), std::string::npos);
    EXPECT_NE(open_en.find("| Component | Weight | Score this year |"), std::string::npos) << open_en;
    EXPECT_NE(open_en.find("(a score on a boundary takes the higher predikat: 90 is AA)"), std::string::npos);
    const std::string open_id = format_lke(evaluate_lke(open), nullptr, "md");
    EXPECT_NE(open_id.find("Nilai belum lengkap: ada kriteria yang belum dijawab."), std::string::npos);
    EXPECT_NE(open_id.find("| Komponen | Bobot | Nilai tahun ini |"), std::string::npos) << open_id;
    // The CSV: the same cells, each figure in the language's marks (the ids and predikat unchanged).
    const std::string csv_id = format_lke(now, nullptr, "csv");
    std::string csv_en = format_lke(now, nullptr, "csv", Language("en"));
    EXPECT_NE(csv_id.find(";67,19"), std::string::npos) << csv_id;
    EXPECT_NE(csv_en.find(";67.19"), std::string::npos) << csv_en;
    EXPECT_NE(csv_en.find("lke;"), std::string::npos);
}

// The worksheet's reasons in Indonesian (issue 18); the English of each is its what().
std::string lke_in_indonesian(const std::function<void()>& f) {
    try {
        f();
    } catch (const error& e) {
        EXPECT_EQ(describe(e, Language("en")), e.what());
        EXPECT_FALSE(e.message().id.empty()) << e.what();
        return describe(e, Language("id"));
    }
    return "(no error)";
}

TEST(LkeFiles, ReasonsAreSaidInIndonesian) {
    const std::string head = "komponen;sub_komponen;no;kriteria;skala;jawaban\n";
    EXPECT_EQ(lke_in_indonesian([&] { (void)parse_lke_csv(head + "perencanaan;mutu;1;x;Y/T;Y\n", "w.csv"); }),
              "w.csv:2:13: kriteria 1: 'mutu' bukan sub komponen (pemenuhan, kualitas, implementasi)");
    EXPECT_EQ(lke_in_indonesian([] { (void)parse_lke_csv("komponen;no;kriteria;skala;nilai\n", "w.csv"); }),
              "w.csv:1:28: kolom 'nilai' tidak dikenal; kolomnya adalah komponen, sub_komponen, no, "
              "kriteria, skala, "
              "jawaban, bukti, data, batas");
    // The number reader's reason is itself a word of the catalogue.
    EXPECT_EQ(lke_in_indonesian([&] {
                  (void)parse_lke_csv(head + "perencanaan;pemenuhan;1;x;\"Ya=1; Tidak=1,2,3\";Ya\n", "w.csv");
              }),
              "w.csv:2:27: butir skala 'Tidak=1,2,3': '1,2,3' bukan angka (lebih dari satu koma desimal)");
    EXPECT_EQ(lke_in_indonesian([] { (void)read_lke("w.txt"); }),
              "w.txt: kertas kerja LKE berupa .csv, .json atau .xlsx, bukan '.txt'");
    EXPECT_EQ(lke_in_indonesian([] {
                  (void)parse_lke_json(R"({"format": "kinerja-lke/1", "year": 1800, "criteria": []})",
                                       "w.json");
              }),
              "w.json:/year: harus berupa tahun (bilangan bulat 1900-2200)");
    EXPECT_EQ(lke_in_indonesian([] {
                  (void)parse_lke_json(R"({"format": "kinerja-lke/1", "body": 7, "criteria": []})", "w.json");
              }),
              "w.json:/body: harus berupa string, bukan angka");
}

TEST(LkeFiles, TheWorksheetsChecksAreSaidInIndonesian) {
    LkeWorksheet s = uniform("A");
    s.source = "w.json";
    s.criteria[1].id = "c1";
    s.criteria[1].where = "/criteria/1";
    EXPECT_EQ(lke_in_indonesian([&] { validate_lke(s); }), "w.json:/criteria/1: kriteria c1 muncul dua kali");
    s = uniform("A");
    s.criteria[0].answer = "F";
    s.criteria[0].where = "/criteria/0";
    EXPECT_EQ(lke_in_indonesian([&] { validate_lke(s); }),
              "/criteria/0: kriteria c1: 'F' bukan jawaban skala 'A-E' (A, B, C, D, E)");
    EXPECT_EQ(lke_in_indonesian([] { (void)format_lke(LkeResult{}, nullptr, "pdf"); }),
              "tabel LKE ditulis sebagai md, html atau csv, bukan 'pdf'");
}

}  // namespace
}  // namespace kinerja
