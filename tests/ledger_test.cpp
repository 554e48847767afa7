// The national-scale ledger: roll-up against a naive reference, merging, bytes, CSV, the amount
// parser against parse_rupiah, overflow, and the generator. Expected values are written by hand or
// computed by the naive std::map reference below, never taken from the library's own output.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <kinerja/core.hpp>
#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <kinerja/plan.hpp>
#include <limits>
#include <map>
#include <random>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

namespace {

using kinerja::int128;
using kinerja::Ledger;
using kinerja::LedgerGroup;
using kinerja::LedgerLevel;
using kinerja::LedgerTotals;
using kinerja::Rupiah;

constexpr LedgerLevel all_levels[] = {LedgerLevel::sub_kegiatan, LedgerLevel::kegiatan, LedgerLevel::program,
                                      LedgerLevel::body,         LedgerLevel::region,   LedgerLevel::province,
                                      LedgerLevel::nation};

// level, year, province, region, body, code
using Key = std::tuple<int, int, std::string, std::string, std::string, std::string>;
using Sums = std::map<Key, std::pair<int128, int128>>;

// The naive roll-up: every line added to its key at every level, codes cut from the sub kegiatan
// code by hand ("U.BB.PP" and "U.BB.PP.K.KK").
Sums naive(const Ledger& l) {
    Sums out;
    for (std::size_t i = 0; i < l.size(); ++i) {
        const int y = l.years()[i];
        const std::uint32_t b = l.bodies()[i];
        const std::string region = l.region_code(l.body_region(b));
        const std::string province = region.substr(0, 2);
        const std::string body = l.body_code(b);
        const std::string sub = l.sub_kegiatan_code(l.sub_kegiatan()[i]);
        const int128 a = l.anggaran()[i];
        const int128 r = l.realisasi()[i];
        const Key keys[] = {{0, y, province, region, body, sub},
                            {1, y, province, region, body, sub.substr(0, 12)},
                            {2, y, province, region, body, sub.substr(0, 7)},
                            {3, y, province, region, body, ""},
                            {4, y, province, region, "", ""},
                            {5, y, province, "", "", ""},
                            {6, y, "", "", "", ""}};
        for (const Key& k : keys) {
            auto& s = out[k];
            s.first += a;
            s.second += r;
        }
    }
    return out;
}

Sums sums_of(const LedgerTotals& t) {
    Sums out;
    for (const LedgerLevel level : all_levels)
        for (std::size_t i = 0; i < t.size(level); ++i) {
            const LedgerGroup g = t.group(level, i);
            const Key k{static_cast<int>(level), g.year, g.province, g.region, g.body, g.code};
            EXPECT_EQ(out.count(k), 0u) << "a key twice at level " << kinerja::to_string(level);
            out[k] = {g.anggaran.sen(), g.realisasi.sen()};
        }
    return out;
}

// A small random ledger: a few years, regions in a few provinces, bodies with a shared code
// ("1.01.01") in different regions, sub kegiatan repeated within bodies, negative amounts, and
// (unless `runs`) lines in random order.
Ledger random_ledger(std::mt19937_64& rng, bool runs, int lines = 300) {
    Ledger l;
    const char* regions[] = {"35", "35.08", "35.78", "11", "11.01", "96.03"};
    const char* subs[] = {"1.01.02.2.01.0001", "1.01.02.2.01.0002", "1.01.02.2.02.0001", "1.01.03.2.01.0001",
                          "X.XX.01.2.01.0001", "x.xx.01.2.01.0002", "2.07.02.1.01.0005"};
    std::vector<std::uint32_t> bodies;
    for (const char* r : regions) {
        const std::uint32_t region = l.add_region(r);
        bodies.push_back(l.add_body(region, "1.01.01", "Dinas Pendidikan"));
        bodies.push_back(l.add_body(region, "2.07.01", "Dinas Tenaga Kerja"));
    }
    std::vector<std::uint32_t> sub_ids;
    for (const char* s : subs) sub_ids.push_back(l.add_sub_kegiatan(s));
    struct Line {
        int year;
        std::uint32_t body, sub;
        std::int64_t a, r;
    };
    std::vector<Line> v;
    std::uniform_int_distribution<int> pick(0, 1'000'000);
    for (int i = 0; i < lines; ++i) {
        const std::int64_t a = static_cast<std::int64_t>(pick(rng)) * 100'003 - 20'000'000'000;
        const std::int64_t r = static_cast<std::int64_t>(pick(rng)) * 7 - 1000;
        v.push_back({2022 + pick(rng) % 3, bodies[static_cast<std::size_t>(pick(rng)) % bodies.size()],
                     sub_ids[static_cast<std::size_t>(pick(rng)) % sub_ids.size()], a, r});
    }
    if (runs)
        std::stable_sort(v.begin(), v.end(), [](const Line& x, const Line& y) {
            return std::tie(x.year, x.body) < std::tie(y.year, y.body);
        });
    for (const Line& x : v) l.append_sen(x.year, x.body, x.sub, x.a, x.r);
    return l;
}

// --- Dictionaries and lines

TEST(Ledger, InternsCodesAndDerivesKegiatanAndProgram) {
    Ledger l;
    const auto r = l.add_region("35.08");
    EXPECT_EQ(l.add_region("35.08"), r);
    EXPECT_EQ(l.province_code(l.region_province(r)), "35");
    const auto p = l.add_region("35");
    EXPECT_EQ(l.region_province(p), l.region_province(r));  // a province government is its own province
    const auto s = l.add_sub_kegiatan("x.xx.01.2.02.0001", "Penyusunan Dokumen");
    EXPECT_EQ(l.sub_kegiatan_code(s), "X.XX.01.2.02.0001");
    EXPECT_EQ(l.kegiatan_code(l.sub_kegiatan_kegiatan(s)), "X.XX.01.2.02");
    EXPECT_EQ(l.program_code(l.sub_kegiatan_program(s)), "X.XX.01");
    EXPECT_EQ(l.add_sub_kegiatan("X.XX.01.2.02.0001"), s);
    const auto s2 = l.add_sub_kegiatan("X.XX.01.2.02.0002");
    EXPECT_EQ(l.sub_kegiatan_kegiatan(s2), l.sub_kegiatan_kegiatan(s));
    EXPECT_EQ(l.find_sub_kegiatan("X.XX.01.2.02.0002"), s2);
    EXPECT_FALSE(l.find_sub_kegiatan("X.XX.01.2.02.0003"));
}

TEST(Ledger, RejectsMalformedCodesAndNames) {
    Ledger l;
    EXPECT_THROW(l.add_region("3508"), kinerja::value_error);
    EXPECT_THROW(l.add_region("35.8"), kinerja::value_error);
    EXPECT_THROW(l.add_region("a5"), kinerja::value_error);
    const auto r = l.add_region("35.08");
    EXPECT_THROW(l.add_body(r, "", "x"), kinerja::value_error);
    EXPECT_THROW(l.add_body(r, "1;2", "x"), kinerja::value_error);
    EXPECT_THROW(l.add_body(7, "1.01", "x"), kinerja::value_error);
    EXPECT_THROW(l.add_body(r, "1.01", "two\nlines"), kinerja::value_error);
    l.add_body(r, "1.01", "Dinas Pendidikan");
    EXPECT_THROW(l.add_body(r, "1.01", "Dinas Kesehatan"), kinerja::value_error);
    for (const char* bad :
         {"1.01.02.2.01", "1.01.02.2.01.001", "1.1.02.2.01.0001", "X.01.02.2.01.0001", "1.XX.02.2.01.0001",
          "1.01.0X.2.01.0001", "1.01.02.2.01.00011", "1,01.02.2.01.0001"})
        EXPECT_THROW(l.add_sub_kegiatan(bad), kinerja::value_error) << bad;
    EXPECT_TRUE(kinerja::is_sub_kegiatan_code("1.01.02.2.01.0001"));
    EXPECT_TRUE(kinerja::is_sub_kegiatan_code("X.XX.01.2.01.0001"));
}

// Every accessor taking an id refuses one past its dictionary with a kinerja::value_error naming the
// id and the count (std::out_of_range is no kinerja::error).
TEST(Ledger, AccessorsRefuseUnknownIdsWithAKinerjaError) {
    Ledger l;
    const auto r = l.add_region("35.08");
    const auto b = l.add_body(r, "1.01", "Dinas Pendidikan");
    l.add_body(r, "1.02", "Dinas Kesehatan");
    const auto s = l.add_sub_kegiatan("1.01.02.2.01.0001", "Penyusunan");
    auto error_of = [](auto call) -> std::string {
        try {
            call();
        } catch (const kinerja::error& e) {
            EXPECT_NE(dynamic_cast<const kinerja::value_error*>(&e), nullptr) << e.what();
            return e.what();
        } catch (...) {
            return "an exception that is no kinerja::error";
        }
        return "no error";
    };
    // One province, one region, two bodies, one sub kegiatan, kegiatan and program.
    EXPECT_EQ(error_of([&] { (void)l.province_code(1); }), "province id 1 must be below 1");
    EXPECT_EQ(error_of([&] { (void)l.region_code(1); }), "region id 1 must be below 1");
    EXPECT_EQ(error_of([&] { (void)l.region_province(5); }), "region id 5 must be below 1");
    EXPECT_EQ(error_of([&] { (void)l.body_code(7); }), "body id 7 must be below 2");
    EXPECT_EQ(error_of([&] { (void)l.body_name(2); }), "body id 2 must be below 2");
    EXPECT_EQ(error_of([&] { (void)l.body_region(2); }), "body id 2 must be below 2");
    EXPECT_EQ(error_of([&] { (void)l.sub_kegiatan_code(1); }), "sub kegiatan id 1 must be below 1");
    EXPECT_EQ(error_of([&] { (void)l.sub_kegiatan_name(9); }), "sub kegiatan id 9 must be below 1");
    EXPECT_EQ(error_of([&] { (void)l.sub_kegiatan_kegiatan(1); }), "sub kegiatan id 1 must be below 1");
    EXPECT_EQ(error_of([&] { (void)l.sub_kegiatan_program(1); }), "sub kegiatan id 1 must be below 1");
    EXPECT_EQ(error_of([&] { (void)l.kegiatan_code(1); }), "kegiatan id 1 must be below 1");
    EXPECT_EQ(error_of([&] { (void)l.kegiatan_program(1); }), "kegiatan id 1 must be below 1");
    EXPECT_EQ(error_of([&] { (void)l.program_code(4294967295u); }), "program id 4294967295 must be below 1");
    EXPECT_EQ(error_of([&] { l.reserve(Ledger::max_lines + 1); }),
              "a ledger must have fewer than 2^32 lines, not room for 4294967296");
    EXPECT_EQ(error_of([&] { (void)l.rollup().group(LedgerLevel::nation, 0); }),
              "group 0 of level nation must be below 0");
    // The ids in range still answer, through the single and the whole-dictionary accessors alike.
    EXPECT_EQ(l.body_name(b), "Dinas Pendidikan");
    EXPECT_EQ(l.body_codes(), (std::vector<std::string>{"1.01", "1.02"}));
    EXPECT_EQ(l.region_of_body(), (std::vector<std::uint32_t>{r, r}));
    EXPECT_EQ(l.kegiatan_codes(), std::vector<std::string>{"1.01.02.2.01"});
    EXPECT_EQ(l.program_codes(), std::vector<std::string>{"1.01.02"});
    EXPECT_EQ(l.kegiatan_of_sub_kegiatan(), std::vector<std::uint32_t>{0});
    EXPECT_EQ(l.program_of_sub_kegiatan(), std::vector<std::uint32_t>{0});
    EXPECT_EQ(l.program_of_kegiatan(), std::vector<std::uint32_t>{0});
    EXPECT_EQ(l.kegiatan_program(l.sub_kegiatan_kegiatan(s)), 0u);
}

// Regions and provinces are found through the hash index past its growth: 90 provinces "10".."99",
// each with its government and one regency "PP.01".
TEST(Ledger, FindsRegionsAndProvincesPastTheIndexGrowth) {
    Ledger l;
    for (int p = 10; p <= 99; ++p) {
        const std::string province = std::to_string(p);
        const auto government = l.add_region(province);
        const auto regency = l.add_region(province + ".01");
        EXPECT_EQ(government, static_cast<std::uint32_t>(2 * (p - 10)));
        EXPECT_EQ(regency, government + 1);
        EXPECT_EQ(l.region_province(regency), static_cast<std::uint32_t>(p - 10));
    }
    EXPECT_EQ(l.province_count(), 90u);
    EXPECT_EQ(l.region_count(), 180u);
    for (int p = 10; p <= 99; ++p) {
        const std::string province = std::to_string(p);
        EXPECT_EQ(l.find_region(province + ".01"), static_cast<std::uint32_t>(2 * (p - 10) + 1)) << province;
        EXPECT_EQ(l.province_code(static_cast<std::uint32_t>(p - 10)), province);
        EXPECT_EQ(l.add_region(province), static_cast<std::uint32_t>(2 * (p - 10)));  // found, not added
    }
    EXPECT_FALSE(l.find_region("35.02"));
    EXPECT_FALSE(l.find_region(""));
    EXPECT_EQ(l.region_count(), 180u);
}

TEST(Ledger, AppendChecksYearIdsAndInt64) {
    Ledger l;
    const auto b = l.add_body(l.add_region("11"), "B1");
    const auto s = l.add_sub_kegiatan("1.01.02.2.01.0001");
    EXPECT_THROW(l.append_sen(999, b, s, 1, 1), kinerja::value_error);
    EXPECT_THROW(l.append_sen(2024, b + 1, s, 1, 1), kinerja::value_error);
    EXPECT_THROW(l.append_sen(2024, b, s + 1, 1, 1), kinerja::value_error);
    // Rp 92.233.720.368.547.758,07 is the largest amount; one sen more does not fit int64.
    const Rupiah max = Rupiah::from_sen(std::numeric_limits<std::int64_t>::max());
    l.append(2024, b, s, max, -max);
    EXPECT_THROW(l.append(2024, b, s, max + Rupiah::from_sen(1), Rupiah()), kinerja::overflow_error);
    EXPECT_THROW(l.append(2024, b, s, Rupiah(), Rupiah::from_rupiah(100'000'000'000'000'000LL)),
                 kinerja::overflow_error);
    EXPECT_EQ(l.size(), 1u);
    EXPECT_EQ(l.anggaran()[0], std::numeric_limits<std::int64_t>::max());
}

// --- Roll-up

TEST(LedgerRollup, SmallExampleByHand) {
    Ledger l;
    const auto kab = l.add_region("35.08");
    const auto prov = l.add_region("35");
    const auto other = l.add_region("11.01");
    const auto b1 = l.add_body(kab, "1.01.01", "Dinas Pendidikan");
    const auto b2 = l.add_body(prov, "1.01.01", "Dinas Pendidikan Provinsi");
    const auto b3 = l.add_body(other, "1.02.01", "Dinas Kesehatan");
    const auto s1 = l.add_sub_kegiatan("1.01.02.2.01.0001");
    const auto s2 = l.add_sub_kegiatan("1.01.02.2.01.0002");
    const auto s3 = l.add_sub_kegiatan("1.01.02.2.02.0001");
    const auto s4 = l.add_sub_kegiatan("1.01.03.2.01.0001");
    l.append_sen(2024, b1, s1, 100'000, 90'000);
    l.append_sen(2024, b1, s2, 200'050, 150'001);
    l.append_sen(2024, b1, s1, 1'000, 0);  // s1 again in the same body: one group of 101.000 sen
    l.append_sen(2024, b1, s4, 5, 5);
    l.append_sen(2024, b2, s3, 7'000, 7'000);
    l.append_sen(2024, b3, s1, -300, 0);
    l.append_sen(2023, b1, s1, 42, 41);
    const LedgerTotals t = l.rollup();
    auto anggaran = [&](LedgerLevel level, int year, std::string_view region, std::string_view body = {},
                        std::string_view code = {}) {
        const auto g = t.find(level, year, region, body, code);
        return g ? g->anggaran.sen() : int128(-1);
    };
    EXPECT_EQ(anggaran(LedgerLevel::sub_kegiatan, 2024, "35.08", "1.01.01", "1.01.02.2.01.0001"), 101'000);
    EXPECT_EQ(anggaran(LedgerLevel::kegiatan, 2024, "35.08", "1.01.01", "1.01.02.2.01"), 301'050);
    EXPECT_EQ(anggaran(LedgerLevel::program, 2024, "35.08", "1.01.01", "1.01.02"), 301'050);
    EXPECT_EQ(anggaran(LedgerLevel::program, 2024, "35.08", "1.01.01", "1.01.03"), 5);
    EXPECT_EQ(anggaran(LedgerLevel::body, 2024, "35.08", "1.01.01"), 301'055);
    EXPECT_EQ(anggaran(LedgerLevel::body, 2024, "35", "1.01.01"), 7'000);
    EXPECT_EQ(anggaran(LedgerLevel::region, 2024, "35.08"), 301'055);
    EXPECT_EQ(anggaran(LedgerLevel::province, 2024, "35"), 308'055);
    EXPECT_EQ(anggaran(LedgerLevel::province, 2024, "11"), -300);
    EXPECT_EQ(anggaran(LedgerLevel::nation, 2024, ""), 307'755);
    EXPECT_EQ(anggaran(LedgerLevel::nation, 2023, ""), 42);
    EXPECT_EQ(t.find(LedgerLevel::nation, 2023, "")->realisasi.sen(), 41);
    EXPECT_EQ(t.find(LedgerLevel::body, 2024, "35.08", "1.01.01")->realisasi.sen(), 240'006);
    EXPECT_FALSE(t.find(LedgerLevel::body, 2022, "35.08", "1.01.01"));
    EXPECT_FALSE(t.find(LedgerLevel::sub_kegiatan, 2024, "35.08", "1.01.01", "9.99.99.9.99.9999"));
    EXPECT_EQ(t.size(LedgerLevel::sub_kegiatan), 6u);
    EXPECT_EQ(t.size(LedgerLevel::body), 4u);
    EXPECT_EQ(t.years(), (std::vector<int>{2023, 2024}));
    const LedgerGroup g = *t.find(LedgerLevel::kegiatan, 2024, "35", "1.01.01", "1.01.02.2.02");
    EXPECT_EQ(g.province, "35");
    EXPECT_EQ(g.region, "35");
    EXPECT_EQ(g.body, "1.01.01");
}

TEST(LedgerRollup, MatchesNaiveReferenceOnRandomLedgers) {
    std::mt19937_64 rng(7);
    for (int round = 0; round < 40; ++round) {
        const bool runs = round % 2 == 0;
        const Ledger l = random_ledger(rng, runs, 50 + round * 20);
        EXPECT_EQ(sums_of(l.rollup()), naive(l)) << "round " << round;
    }
}

TEST(LedgerRollup, RunsWithAndWithoutRepeatsAndEmpty) {
    // Lines in (year, body) runs, but one run repeats a sub kegiatan and another has falling ids.
    Ledger l;
    const auto b1 = l.add_body(l.add_region("12"), "A");
    const auto b2 = l.add_body(l.add_region("12.71"), "B");
    const auto s1 = l.add_sub_kegiatan("1.01.02.2.01.0001");
    const auto s2 = l.add_sub_kegiatan("1.01.02.2.01.0002");
    l.append_sen(2024, b1, s2, 1, 2);
    l.append_sen(2024, b1, s1, 3, 4);
    l.append_sen(2024, b2, s1, 5, 6);
    l.append_sen(2024, b2, s2, 7, 8);
    l.append_sen(2024, b2, s1, 9, 10);
    EXPECT_EQ(sums_of(l.rollup()), naive(l));
    EXPECT_EQ(Ledger().rollup().size(LedgerLevel::nation), 0u);
    EXPECT_EQ(LedgerTotals().size(LedgerLevel::sub_kegiatan), 0u);
}

// The ledger's lines in another order, rebuilt as a reader would build them: codes added in the
// order the shuffled lines bring them, so the ids differ from the original's too.
Ledger shuffled_copy(const Ledger& l, std::mt19937_64& rng) {
    std::vector<std::size_t> order(l.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    Ledger out;
    for (const std::size_t i : order) {
        const std::uint32_t b = l.bodies()[i];
        const auto region = out.add_region(l.region_code(l.body_region(b)));
        const auto body = out.add_body(region, l.body_code(b), l.body_name(b));
        const auto sub = out.add_sub_kegiatan(l.sub_kegiatan_code(l.sub_kegiatan()[i]));
        out.append_sen(l.years()[i], body, sub, l.anggaran()[i], l.realisasi()[i]);
    }
    return out;
}

// Order and threads change nothing: lines in runs and shuffled, summed on 1, 2 and 3 threads, all
// equal the naive reference; on one ledger every number of threads gives the same members (the
// same bytes), and both orders the same canonical bytes.
TEST(LedgerRollup, AnyOrderAndAnyThreadsMatchTheReference) {
    std::mt19937_64 rng(2026);
    for (int round = 0; round < 12; ++round) {
        const Ledger sorted = random_ledger(rng, true, 40 + round * 90);
        const Ledger shuffled = shuffled_copy(sorted, rng);
        const Sums expected = naive(sorted);
        ASSERT_EQ(naive(shuffled), expected);
        const std::string canonical = kinerja::rollup(sorted, 1).canonical().to_bytes();
        for (const Ledger* l : {&sorted, &shuffled}) {
            const LedgerTotals one = kinerja::rollup(*l, 1);
            EXPECT_EQ(sums_of(one), expected) << "round " << round;
            EXPECT_EQ(one.canonical().to_bytes(), canonical) << "round " << round;
            for (const unsigned threads : {2u, 3u}) {
                const LedgerTotals more = kinerja::rollup(*l, threads);
                EXPECT_EQ(sums_of(more), expected) << "round " << round << ", " << threads << " threads";
                EXPECT_EQ(more.to_bytes(), one.to_bytes())
                    << "round " << round << ", " << threads << " threads";
            }
        }
    }
}

// The generator's ledger (runs in code order, no repeats: groups read in place) and the same lines
// shuffled (partitioned, groups stored), on 1 and 2 threads, against the reference.
TEST(LedgerRollup, GeneratedLedgerInAnyOrder) {
    kinerja::GenerateOptions options;
    options.regions = 41;  // provinces and regencies
    options.bodies = 3;
    options.programs = 4;
    options.kegiatan = 2;
    options.sub_kegiatan = 3;
    options.years = {2024, 2025};
    const Ledger sorted = kinerja::generate_ledger(options);
    std::mt19937_64 rng(5);
    const Ledger shuffled = shuffled_copy(sorted, rng);
    const Sums expected = naive(sorted);
    for (const Ledger* l : {&sorted, &shuffled})
        for (const unsigned threads : {1u, 2u}) {
            const LedgerTotals t = kinerja::rollup(*l, threads);
            EXPECT_EQ(sums_of(t), expected) << threads << " threads";
            EXPECT_EQ(t.size(LedgerLevel::sub_kegiatan), sorted.size());  // every line its own group
            // Bytes survive a round trip, and merging the totals with nothing keeps them.
            EXPECT_EQ(LedgerTotals::from_bytes(t.to_bytes()), t);
            EXPECT_EQ(kinerja::merge(t, LedgerTotals()), t);
        }
    EXPECT_EQ(kinerja::default_rollup_threads(1000), 1u);
    EXPECT_GE(kinerja::default_rollup_threads(std::size_t{1} << 24), 1u);
    EXPECT_LE(kinerja::default_rollup_threads(std::size_t{1} << 24), 2u);
}

// Lines not in runs are summed in int64 when a body's lines times the largest |amount| stay below
// 2^63, else in 128 bits. Here amounts of 4e18 sen (so every body with two lines or more takes the
// 128-bit way) cancel within each sub kegiatan, which repeats, so every group fits int64. A line of
// INT64_MIN alone in its body is its own group (and makes the bound 2^63). Body E has two programs of
// 5e18 sen each: its total, 1e19, fits only the body's 128 bits (summed in int64 it would wrap). Each
// body's lines alternate with the others' (no runs), on 1, 2 and 3 threads, against the reference
// and a sum written out by hand.
TEST(LedgerRollup, ScatteredLinesNearTheInt64BoundAreExact) {
    constexpr std::int64_t big = 4'000'000'000'000'000'000;
    Ledger l;
    const auto r1 = l.add_region("35.08");
    const auto r2 = l.add_region("11");
    const std::uint32_t bodies[] = {l.add_body(r1, "A"), l.add_body(r2, "B"), l.add_body(r1, "C")};
    const std::uint32_t subs[] = {
        l.add_sub_kegiatan("1.01.02.2.01.0001"), l.add_sub_kegiatan("1.01.02.2.01.0002"),
        l.add_sub_kegiatan("1.01.02.2.02.0001"), l.add_sub_kegiatan("1.01.03.2.01.0001")};
    const auto e = l.add_body(l.add_region("12"), "E");
    const std::int64_t half = 5'000'000'000'000'000'000;
    l.append_sen(2024, e, subs[0], half, 0);
    for (int i = 0; i < 48; ++i) {
        const std::int64_t sign = (i / 12) % 2 == 0 ? 1 : -1;  // each (body, sub) gets +, -, +, -
        const std::int64_t a = sign * big + i;
        l.append_sen(2024, bodies[i % 3], subs[(i / 3) % 4], a, -a);
    }
    l.append_sen(2024, e, subs[3], half, 0);
    const auto lone = l.add_body(r2, "D");
    l.append_sen(2024, lone, subs[0], std::numeric_limits<std::int64_t>::min(), 1);
    const Sums expected = naive(l);
    // Body A (lines 0, 3, ..., 45): the signs cancel, leaving 0 + 3 + ... + 45 = 360.
    EXPECT_EQ((expected.at(Key{3, 2024, "35", "35.08", "A", ""}).first), 360);
    const LedgerTotals one = kinerja::rollup(l, 1);
    EXPECT_EQ(sums_of(one), expected);
    EXPECT_EQ(one.find(LedgerLevel::sub_kegiatan, 2024, "11", "D", "1.01.02.2.01.0001")->anggaran.sen(),
              int128(std::numeric_limits<std::int64_t>::min()));
    EXPECT_EQ(one.find(LedgerLevel::body, 2024, "12", "E")->anggaran.sen(), int128(half) * 2);
    EXPECT_EQ(one.find(LedgerLevel::program, 2024, "12", "E", "1.01.03")->anggaran.sen(), half);
    for (const unsigned threads : {2u, 3u}) {
        const LedgerTotals more = kinerja::rollup(l, threads);
        EXPECT_EQ(sums_of(more), expected) << threads << " threads";
        EXPECT_EQ(more.to_bytes(), one.to_bytes()) << threads << " threads";
    }
}

// An overflow is reported the same way on any number of threads: the first failing group in the
// order one thread meets it. Lines not in runs are summed by (year, body id), so of the two bodies
// that overflow here (B3 and B7, ids 3 and 7, their lines mixed with the others), B3 is named.
TEST(LedgerRollup, OverflowIsTheSameOnAnyNumberOfThreads) {
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    Ledger l;
    const auto region = l.add_region("35.08");
    std::vector<std::uint32_t> bodies;
    for (int b = 0; b < 10; ++b) bodies.push_back(l.add_body(region, "B" + std::to_string(b)));
    const auto s1 = l.add_sub_kegiatan("1.01.02.2.01.0001");
    const auto s2 = l.add_sub_kegiatan("1.01.02.2.01.0002");
    for (int round = 0; round < 3; ++round)
        for (int b = 9; b >= 0; --b) {
            const bool over = (b == 3 || b == 7) && round < 2;
            l.append_sen(2024, bodies[static_cast<std::size_t>(b)], round == 0 ? s1 : s2, over ? max : 5, 1);
        }
    for (const unsigned threads : {1u, 2u, 3u, 4u}) {
        try {
            (void)kinerja::rollup(l, threads);
            ADD_FAILURE() << "no overflow_error on " << threads << " threads";
        } catch (const kinerja::overflow_error& e) {
            EXPECT_STREQ(e.what(),
                         "the sub_kegiatan 1.01.02.2.01.0002 of body B3 of region 35.08 in 2024 must total "
                         "less than 2^63 sen (Rp 92.233.720.368.547.758,07)")
                << threads << " threads";
        }
    }
}

TEST(LedgerRollup, TotalsSurviveTheLedgerAndLaterAppends) {
    std::mt19937_64 rng(11);
    auto l = std::make_unique<Ledger>(random_ledger(rng, true, 200));
    const Sums expected = naive(*l);
    const LedgerTotals t = l->rollup();
    l->append_sen(2022, 0, 0, 1'000'000, 0);  // copy on write: t keeps the lines it was made from
    EXPECT_EQ(sums_of(t), expected);
    l.reset();
    EXPECT_EQ(sums_of(t), expected);
}

TEST(LedgerRollup, AgreesWithBudgetTotals) {
    // The plan model's BudgetTotals over one body's lines gives the same sums as the body group.
    std::mt19937_64 rng(3);
    const Ledger l = random_ledger(rng, false, 400);
    const LedgerTotals t = l.rollup();
    std::map<std::pair<int, std::uint32_t>, kinerja::BudgetTotals> per_body;
    for (std::size_t i = 0; i < l.size(); ++i) {
        kinerja::BudgetLine line;
        line.year = l.years()[i];
        line.anggaran = Rupiah::from_sen(l.anggaran()[i]);
        line.realisasi = Rupiah::from_sen(l.realisasi()[i]);
        per_body[{line.year, l.bodies()[i]}].add(line);
    }
    for (const auto& [key, totals] : per_body) {
        const std::uint32_t b = key.second;
        const auto g = t.find(LedgerLevel::body, key.first, l.region_code(l.body_region(b)), l.body_code(b));
        ASSERT_TRUE(g);
        EXPECT_EQ(g->anggaran, totals.anggaran);
        EXPECT_EQ(g->realisasi, totals.realisasi);
    }
}

TEST(LedgerRollup, HugeSumsAreExactAboveInt64) {
    // 1000 lines of the largest int64 amount: 9.2e21 sen, far past int64, exact in 128 bits.
    Ledger l;
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    const auto s = l.add_sub_kegiatan("1.01.02.2.01.0001");
    for (int r = 0; r < 10; ++r) {
        const auto region = l.add_region("3" + std::to_string(r));
        for (int b = 0; b < 100; ++b)
            l.append_sen(2024, l.add_body(region, "B" + std::to_string(b)), s, max, -max);
    }
    const LedgerTotals t = l.rollup();
    const int128 expected = int128(max) * 1000;
    EXPECT_EQ(t.find(LedgerLevel::nation, 2024)->anggaran.sen(), expected);
    EXPECT_EQ(t.find(LedgerLevel::nation, 2024)->realisasi.sen(), -expected);
    EXPECT_EQ(t.find(LedgerLevel::region, 2024, "35")->anggaran.sen(), int128(max) * 100);
    EXPECT_EQ(kinerja::detail::to_string(t.anggaran_column(LedgerLevel::nation)[0]),
              "9223372036854775807000");
}

TEST(LedgerRollup, BodyScopedOverflowNamesTheGroup) {
    Ledger l;
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    const auto b = l.add_body(l.add_region("35.08"), "1.01.01");
    const auto s1 = l.add_sub_kegiatan("1.01.02.2.01.0001");
    const auto s2 = l.add_sub_kegiatan("1.01.02.2.01.0002");
    l.append_sen(2024, b, s1, max, 0);
    l.append_sen(2024, b, s2, max, 0);
    try {
        (void)l.rollup();
        FAIL() << "no overflow_error";
    } catch (const kinerja::overflow_error& e) {
        EXPECT_STREQ(
            e.what(),
            "the kegiatan 1.01.02.2.01 of body 1.01.01 of region 35.08 in 2024 must total less than 2^63 "
            "sen (Rp 92.233.720.368.547.758,07)");
    }
    // Partial sums may pass int64 when the total does not: max + max - max is max.
    Ledger ok;
    const auto b2 = ok.add_body(ok.add_region("11"), "B");
    const auto s = ok.add_sub_kegiatan("1.01.02.2.01.0001");
    ok.append_sen(2024, b2, s, max, 0);
    ok.append_sen(2024, b2, s, max, 0);
    ok.append_sen(2024, b2, s, -max, 0);
    EXPECT_EQ(
        ok.rollup().find(LedgerLevel::sub_kegiatan, 2024, "11", "B", "1.01.02.2.01.0001")->anggaran.sen(),
        max);
}

// The roll-up sums a run of lines in code order in int64 prefix sums; when a prefix leaves int64
// the run is summed again in 128 bits. Every sum here fits its level, yet the running sum of each
// body's lines passes 2^63 (or -2^63), and one body's total is above int64.
TEST(LedgerRollup, RunningSumsBeyondInt64AreExact) {
    Ledger l;
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    const std::int64_t min = std::numeric_limits<std::int64_t>::min();
    const auto region = l.add_region("35.08");
    const auto b1 = l.add_body(region, "B1");
    const auto b2 = l.add_body(region, "B2");
    const auto b3 = l.add_body(region, "B3");
    const auto a1 = l.add_sub_kegiatan("1.01.02.2.01.0001");  // programs 1.01.02, 1.01.03, 1.01.04
    const auto a2 = l.add_sub_kegiatan("1.01.02.2.01.0002");
    const auto a3 = l.add_sub_kegiatan("1.01.02.2.01.0003");
    const auto b = l.add_sub_kegiatan("1.01.03.2.01.0001");
    const auto c = l.add_sub_kegiatan("1.01.04.2.01.0001");
    // B1: max, then max in another program (the prefix leaves int64), then -max: total max.
    l.append_sen(2024, b1, a1, max, min);
    l.append_sen(2024, b1, b, max, min);
    l.append_sen(2024, b1, c, -max, max);
    // B2: two programs of max each: a total of 2^64 - 2 sen, exact only in 128 bits.
    l.append_sen(2024, b2, a1, max, -1);
    l.append_sen(2024, b2, b, max, -1);
    // B3: the prefix leaves int64 inside a kegiatan whose sum fits: max + 1 - 2.
    l.append_sen(2024, b3, a1, max, 0);
    l.append_sen(2024, b3, a2, 1, 0);
    l.append_sen(2024, b3, a3, -2, 0);
    const LedgerTotals t = l.rollup();
    EXPECT_EQ(sums_of(t), naive(l));
    EXPECT_EQ(t.find(LedgerLevel::body, 2024, "35.08", "B1")->anggaran.sen(), max);
    EXPECT_EQ(t.find(LedgerLevel::body, 2024, "35.08", "B1")->realisasi.sen(),
              int128(min) + int128(min) + max);
    EXPECT_EQ(t.find(LedgerLevel::body, 2024, "35.08", "B2")->anggaran.sen(), int128(max) * 2);
    EXPECT_EQ(t.find(LedgerLevel::program, 2024, "35.08", "B2", "1.01.03")->anggaran.sen(), max);
    EXPECT_EQ(t.find(LedgerLevel::kegiatan, 2024, "35.08", "B3", "1.01.02.2.01")->anggaran.sen(), max - 1);
    EXPECT_EQ(t.find(LedgerLevel::region, 2024, "35.08")->anggaran.sen(), int128(max) * 4 + 1 - 2);
}

// Kegiatan and programs are listed per body in order of first appearance whichever way the body's
// lines are summed: in code order, with a kegiatan split in two, or with a sub kegiatan twice.
TEST(LedgerRollup, GroupOrderIsFirstAppearance) {
    Ledger l;
    const auto region = l.add_region("11");
    const auto late = l.add_sub_kegiatan("2.07.02.1.01.0005");  // ids do not follow code order
    const auto k1 = l.add_sub_kegiatan("1.01.02.2.01.0001");
    const auto k1b = l.add_sub_kegiatan("1.01.02.2.01.0002");
    const auto k2 = l.add_sub_kegiatan("1.01.02.2.02.0001");
    const std::vector<std::vector<std::uint32_t>> bodies = {
        {late, k1, k1b, k2},  // blocks, rising ids
        {k2, k1b, k1, late},  // blocks, falling ids, no repeat
        {k1, k2, k1b, late},  // kegiatan 1.01.02.2.01 in two blocks
        {k1, k1b, k1, k2},    // a sub kegiatan twice
    };
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        const auto body = l.add_body(region, "B" + std::to_string(i));
        for (const auto s : bodies[i]) l.append_sen(2024, body, s, 100 + s, 1);
    }
    const LedgerTotals t = l.rollup();
    EXPECT_EQ(sums_of(t), naive(l));
    auto codes = [&](LedgerLevel level, const std::string& body) {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < t.size(level); ++i) {
            const LedgerGroup g = t.group(level, i);
            if (g.body == body) out.push_back(g.code);
        }
        return out;
    };
    using V = std::vector<std::string>;
    EXPECT_EQ(codes(LedgerLevel::kegiatan, "B0"), (V{"2.07.02.1.01", "1.01.02.2.01", "1.01.02.2.02"}));
    EXPECT_EQ(codes(LedgerLevel::program, "B0"), (V{"2.07.02", "1.01.02"}));
    EXPECT_EQ(codes(LedgerLevel::kegiatan, "B1"), (V{"1.01.02.2.02", "1.01.02.2.01", "2.07.02.1.01"}));
    EXPECT_EQ(codes(LedgerLevel::kegiatan, "B2"), (V{"1.01.02.2.01", "1.01.02.2.02", "2.07.02.1.01"}));
    EXPECT_EQ(codes(LedgerLevel::sub_kegiatan, "B3"),
              (V{"1.01.02.2.01.0001", "1.01.02.2.01.0002", "1.01.02.2.02.0001"}));
    EXPECT_EQ(t.find(LedgerLevel::sub_kegiatan, 2024, "11", "B3", "1.01.02.2.01.0001")->anggaran.sen(),
              2 * (100 + k1));
}

TEST(LedgerRollup, Columns) {
    Ledger l;
    const auto b1 = l.add_body(l.add_region("35.08"), "B1");
    const auto b2 = l.add_body(l.add_region("11.01"), "B1");
    const auto s = l.add_sub_kegiatan("1.01.02.2.01.0001");
    l.append_sen(2024, b1, s, -5, 1);
    l.append_sen(2025, b2, s, 7, 2);
    const LedgerTotals t = l.rollup();
    EXPECT_EQ(t.year_column(LedgerLevel::sub_kegiatan), (std::vector<std::int16_t>{2024, 2025}));
    const auto regions = t.code_column(LedgerLevel::sub_kegiatan, kinerja::LedgerField::region);
    EXPECT_EQ(regions.dictionary, (std::vector<std::string>{"11.01", "35.08"}));
    EXPECT_EQ(regions.indices, (std::vector<std::uint32_t>{1, 0}));
    const auto bodies = t.code_column(LedgerLevel::body, kinerja::LedgerField::body);
    EXPECT_EQ(bodies.dictionary, (std::vector<std::string>{"B1"}));  // one code, two bodies
    EXPECT_EQ(bodies.indices, (std::vector<std::uint32_t>{0, 0}));
    EXPECT_EQ(t.anggaran_column(LedgerLevel::sub_kegiatan), (std::vector<int128>{-5, 7}));
    EXPECT_EQ(t.realisasi_column(LedgerLevel::province), (std::vector<int128>{1, 2}));
    EXPECT_THROW((void)t.code_column(LedgerLevel::nation, kinerja::LedgerField::province),
                 kinerja::value_error);
    EXPECT_THROW((void)t.code_column(LedgerLevel::body, kinerja::LedgerField::code), kinerja::value_error);
    EXPECT_THROW((void)t.group(LedgerLevel::body, 2), kinerja::value_error);
}

// --- Merge

// The lines of `l` whose region is in `keep`, as a new ledger with its own ids (interned in a
// different order: reversed dictionaries first).
Ledger subset(const Ledger& l, const std::vector<bool>& keep_region) {
    Ledger out;
    for (std::size_t s = l.sub_kegiatan_count(); s-- > 0;)
        out.add_sub_kegiatan(l.sub_kegiatan_code(static_cast<std::uint32_t>(s)));
    for (std::size_t i = l.size(); i-- > 0;) {
        const std::uint32_t b = l.bodies()[i];
        const std::uint32_t r = l.body_region(b);
        if (!keep_region[r]) continue;
        out.add_body(out.add_region(l.region_code(r)), l.body_code(b));
    }
    for (std::size_t i = 0; i < l.size(); ++i) {
        const std::uint32_t b = l.bodies()[i];
        const std::uint32_t r = l.body_region(b);
        if (!keep_region[r]) continue;
        const auto nb = *out.find_body(*out.find_region(l.region_code(r)), l.body_code(b));
        out.append_sen(l.years()[i], nb, *out.find_sub_kegiatan(l.sub_kegiatan_code(l.sub_kegiatan()[i])),
                       l.anggaran()[i], l.realisasi()[i]);
    }
    return out;
}

TEST(LedgerMerge, PartitionsByRegionMergeToTheWhole) {
    std::mt19937_64 rng(5);
    for (int round = 0; round < 12; ++round) {
        const Ledger l = random_ledger(rng, round % 3 != 0, 400);
        const LedgerTotals whole = l.rollup();
        const int parts = 1 + round % 4;
        std::vector<Ledger> pieces;
        std::vector<int> owner(l.region_count());
        for (auto& o : owner) o = static_cast<int>(rng() % static_cast<unsigned>(parts));
        for (int p = 0; p < parts; ++p) {
            std::vector<bool> keep(l.region_count());
            for (std::size_t r = 0; r < keep.size(); ++r) keep[r] = owner[r] == p;
            pieces.push_back(subset(l, keep));
        }
        std::vector<LedgerTotals> rolled;
        for (const Ledger& piece : pieces) rolled.push_back(piece.rollup());
        std::vector<const LedgerTotals*> ptrs;
        for (const auto& t : rolled) ptrs.push_back(&t);
        const LedgerTotals merged = kinerja::merge(ptrs);
        EXPECT_EQ(merged, whole) << "round " << round;
        EXPECT_EQ(sums_of(merged), naive(l));
        // Another order, and pairwise (associativity).
        std::shuffle(ptrs.begin(), ptrs.end(), rng);
        LedgerTotals acc;
        for (const LedgerTotals* t : ptrs) acc = kinerja::merge(*t, acc);
        EXPECT_EQ(acc, whole);
        EXPECT_EQ(acc.to_bytes(), whole.canonical().to_bytes());
    }
}

// A part passed twice would count its lines twice: refused, naming both parts and the group.
TEST(LedgerMerge, OverlappingPartsAreRefused) {
    std::mt19937_64 rng(9);
    const Ledger l = random_ledger(rng, false, 200);
    const LedgerTotals t = l.rollup();
    EXPECT_THROW((void)kinerja::merge(t, t), kinerja::value_error);
    Ledger one;
    const auto body = one.add_body(one.add_region("35.08"), "dinsos");
    one.append_sen(2024, body, one.add_sub_kegiatan("1.06.02.2.01.0001"), 100, 50);
    Ledger other;  // another body in the same region and year: disjoint
    other.append_sen(2024, other.add_body(other.add_region("35.08"), "dinkes"),
                     other.add_sub_kegiatan("1.06.02.2.01.0001"), 7, 7);
    const LedgerTotals a = one.rollup();
    const LedgerTotals b = other.rollup();
    try {
        (void)kinerja::merge(std::vector<const LedgerTotals*>{&b, &a, &b});
        FAIL() << "an overlap was merged";
    } catch (const kinerja::value_error& e) {
        EXPECT_EQ(std::string(e.what()),
                  "merge parts 0 and 2 overlap: both hold sub_kegiatan 1.06.02.2.01.0001 of body dinkes of "
                  "region 35.08 in 2024 (parts must be the totals of disjoint lines, each sub kegiatan of a "
                  "body and year in one part)");
    }
    // Totals merged with a merge that already holds them overlap too.
    const LedgerTotals ab = kinerja::merge(a, b);
    EXPECT_THROW((void)kinerja::merge(ab, a), kinerja::value_error);
    EXPECT_EQ(kinerja::merge(a, LedgerTotals()), a);
}

// Disjoint slices that share a year, region and body (one body's sub kegiatan split between two
// files or threads) are not an overlap: their sums add up.
TEST(LedgerMerge, SlicesOfOneBodyMerge) {
    std::mt19937_64 rng(17);
    for (int round = 0; round < 8; ++round) {
        const Ledger l = random_ledger(rng, round % 2 == 0, 300);
        // Slice by sub kegiatan code: a body's lines land in several parts, one sub kegiatan in one.
        const int parts = 2 + round % 3;
        std::vector<Ledger> pieces(static_cast<std::size_t>(parts));
        for (std::size_t i = 0; i < l.size(); ++i) {
            const std::uint32_t b = l.bodies()[i];
            const std::string sub = l.sub_kegiatan_code(l.sub_kegiatan()[i]);
            Ledger& out = pieces[std::hash<std::string>{}(sub) % static_cast<std::size_t>(parts)];
            const auto body = out.add_body(out.add_region(l.region_code(l.body_region(b))), l.body_code(b));
            out.append_sen(l.years()[i], body, out.add_sub_kegiatan(sub), l.anggaran()[i], l.realisasi()[i]);
        }
        std::vector<LedgerTotals> rolled;
        for (const Ledger& piece : pieces) rolled.push_back(piece.rollup());
        std::vector<const LedgerTotals*> ptrs;
        for (const auto& t : rolled) ptrs.push_back(&t);
        const LedgerTotals merged = kinerja::merge(ptrs);
        EXPECT_EQ(sums_of(merged), naive(l)) << "round " << round;
        EXPECT_EQ(merged, l.rollup()) << "round " << round;
    }
}

// --- Bytes

TEST(LedgerBytes, RoundTripAndCorruption) {
    std::mt19937_64 rng(13);
    const Ledger l = random_ledger(rng, true, 150);
    const LedgerTotals t = l.rollup();
    const std::string bytes = t.to_bytes();
    const LedgerTotals back = LedgerTotals::from_bytes(bytes);
    EXPECT_EQ(back, t);
    EXPECT_EQ(sums_of(back), naive(l));
    EXPECT_EQ(LedgerTotals::from_bytes(LedgerTotals().to_bytes()), LedgerTotals());
    // Every single flipped byte is caught, by the checks or by the checksum.
    for (std::size_t i = 0; i < bytes.size(); i += 7) {
        std::string bad = bytes;
        bad[i] = static_cast<char>(bad[i] ^ 0x20);
        EXPECT_THROW((void)LedgerTotals::from_bytes(bad), kinerja::data_error) << "byte " << i;
    }
    for (const std::size_t n : {std::size_t(0), std::size_t(5), std::size_t(20), bytes.size() - 1})
        EXPECT_THROW((void)LedgerTotals::from_bytes(bytes.substr(0, n)), kinerja::data_error) << n;
    try {
        (void)LedgerTotals::from_bytes("not totals at all", "pickle");
        FAIL();
    } catch (const kinerja::data_error& e) {
        EXPECT_STREQ(e.what(), "pickle:byte 0: ledger totals must start with 'KJLTOTAL'");
    }
    std::string v2 = bytes;
    v2[8] = 2;
    try {
        (void)LedgerTotals::from_bytes(v2);
        FAIL();
    } catch (const kinerja::data_error& e) {
        EXPECT_STREQ(e.what(), "<bytes>:byte 8: ledger totals version 2 is not the supported version 1");
    }
    std::string flipped = bytes;
    flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 1);
    try {
        (void)LedgerTotals::from_bytes(flipped);
        FAIL();
    } catch (const kinerja::data_error& e) {
        EXPECT_NE(std::string(e.what()).find("checksum mismatch"), std::string::npos) << e.what();
    }
}

// --- CSV

const std::string header = std::string(kinerja::ledger_csv_header) + "\n";

TEST(LedgerCsv, ReadsTheFormat) {
    const std::string text =
        "\xEF\xBB\xBF" + header +
        "2024;35.08;1.01.01;\"Dinas \"\"A\"\"; "
        "Pendidikan\";1.01.02.2.01.0001;Gaji;1.239.289.000,5;-75.000,25\r\n"
        "2024;35.08;1.01.01;\"Dinas \"\"A\"\"; Pendidikan\";x.xx.01.2.01.0001;Rapat;0;007\r\n"
        "2023;11;B-2;Badan;1.01.02.2.01.0001;Gaji;12345678,00;1.000";
    const Ledger l = kinerja::read_ledger_csv(text, "a.csv");
    ASSERT_EQ(l.size(), 3u);
    EXPECT_EQ(l.body_name(l.bodies()[0]), "Dinas \"A\"; Pendidikan");
    EXPECT_EQ(l.anggaran(), (std::vector<std::int64_t>{123'928'900'050, 0, 1'234'567'800}));
    EXPECT_EQ(l.realisasi(), (std::vector<std::int64_t>{-7'500'025, 700, 100'000}));
    EXPECT_EQ(l.sub_kegiatan_code(l.sub_kegiatan()[1]), "X.XX.01.2.01.0001");
    EXPECT_EQ(l.years(), (std::vector<std::int16_t>{2024, 2024, 2023}));
    EXPECT_EQ(l.region_code(l.body_region(l.bodies()[2])), "11");
    EXPECT_EQ(kinerja::read_ledger_csv(header).size(), 0u);
    EXPECT_EQ(kinerja::read_ledger_csv(std::string(kinerja::ledger_csv_header)).size(), 0u);
}

TEST(LedgerCsv, WritesWhatItReads) {
    std::mt19937_64 rng(17);
    Ledger l = random_ledger(rng, false, 120);
    l.add_body(0, "1.01.01", "Dinas Pendidikan");
    const std::uint32_t odd = l.add_body(l.add_region("11"), "Q", "Dinas \"Q\"; Timur");
    l.append_sen(2024, odd, 0, -1, 100'000'000'000);
    const std::string text = kinerja::write_ledger_csv(l);
    EXPECT_NE(text.find(";\"Dinas \"\"Q\"\"; Timur\";"), std::string::npos);
    EXPECT_NE(text.find(";-0,01;1.000.000.000,00\n"), std::string::npos);
    const Ledger back = kinerja::read_ledger_csv(text, "round-trip.csv");
    EXPECT_EQ(back.anggaran(), l.anggaran());
    EXPECT_EQ(back.realisasi(), l.realisasi());
    EXPECT_EQ(back.years(), l.years());
    EXPECT_EQ(sums_of(back.rollup()), naive(l));
    EXPECT_EQ(kinerja::write_ledger_csv(back), text);
}

struct BadCsv {
    std::string text;  // after the header
    std::string message;
};

TEST(LedgerCsv, ErrorsNameLineColumnAndWhy) {
    const std::string good = "2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1.000;2\n";
    const std::vector<BadCsv> cases = {
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;848.146..988,00;0\n",
         "t.csv:2:44: cannot read '848.146..988,00' at offset 8: empty digit group"},
        {good + "2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1;1.23\n",
         "t.csv:3:46: cannot read '1.23' at offset 2: digit group of 2 digits, not 3"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;;0\n",
         "t.csv:2:44: cannot read '' at offset 0: no digits in an empty amount"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1,234.00;0\n",
         "t.csv:2:44: cannot read '1,234.00' at offset 4: more than 2 decimals in a rupiah amount"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;12,345;0\n",
         "t.csv:2:44: cannot read '12,345' at offset 5: more than 2 decimals in a rupiah amount"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1.23.456;0\n",
         "t.csv:2:44: cannot read '1.23.456' at offset 2: digit group of 2 digits, not 3"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;Rp5.000;0\n",
         "t.csv:2:44: cannot read 'Rp5.000' at offset 0: unexpected character 'R'"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji; 5;0\n",
         "t.csv:2:44: cannot read ' 5' at offset 0: unexpected character ' '"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1234.567;0\n",
         "t.csv:2:44: cannot read '1234.567' at offset 0: leading digit group of 4 digits"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;0.123;0\n",
         "t.csv:2:44: cannot read '0.123' at offset 0: leading zero before a digit group"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;5,;0\n",
         "t.csv:2:44: cannot read '5,' at offset 1: a decimal comma without decimals"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;-;0\n",
         "t.csv:2:44: cannot read '-' at offset 1: no digits"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1,5,0;0\n",
         "t.csv:2:44: cannot read '1,5,0' at offset 3: more than one decimal comma"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gäji;1;1.000.\n",
         "t.csv:2:46: cannot read '1.000.' at offset 5: a dot after the last digit"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;100.000.000.000.000.000;0\n",
         "t.csv:2:44: cannot read '100.000.000.000.000.000': a ledger amount must fit 64 bits of sen (at "
         "most "
         "92.233.720.368.547.758,07)"},
        {"24;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1;0\n",
         "t.csv:2:1: year '24' must be four digits, e.g. 2024"},
        {"2024;3508;B1;Dinas;1.01.02.2.01.0001;Gaji;1;0\n",
         "t.csv:2:6: region code '3508' must be two digits, optionally a dot and two more (e.g. '35.08')"},
        {"2024;35.08;B 1;Dinas;1.01.02.2.01.0001;Gaji;1;0\n",
         "t.csv:2:12: body code 'B 1' must be 1-64 ASCII letters, digits, '.', '-' or '_'"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.001;Gaji;1;0\n",
         "t.csv:2:21: sub kegiatan code '1.01.02.2.01.001' must have the shape U.BB.PP.K.KK.SSSS in digits "
         "(U.BB "
         "may be X.XX)"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1\n",
         "t.csv:2:45: the line ends after 7 fields; realisasi and the rest are missing"},
        {"2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1;2;3\n", "t.csv:2:48: more than 8 fields"},
        {good + "\n" + good, "t.csv:3:1: an empty line"},
        {"2024;35.08;B1;\"Dinas;1.01.02.2.01.0001;Gaji;1;2\n",
         "t.csv:2:15: a quoted name is not closed on its line"},
        {"2024;35.08;B1;\"Dinas\"x;1.01.02.2.01.0001;Gaji;1;2\n",
         "t.csv:2:22: a quoted name must be followed by ';'"},
        {"2024;35.08;B1;Di\"nas;1.01.02.2.01.0001;Gaji;1;2\n",
         "t.csv:2:17: a quote inside an unquoted name (quote the whole name and double the quote)"},
        {good + "2024;35.08;B1;Dinas Lain;1.01.02.2.01.0002;Rapat;1;2\n",
         "t.csv:3:15: body B1 of region 35.08 is named 'Dinas' on an earlier line, not 'Dinas Lain'"},
        {good + "2024;11;B1;Badan;1.01.02.2.01.0001;Honor;1;2\n",
         "t.csv:3:36: sub kegiatan 1.01.02.2.01.0001 is named 'Gaji' on an earlier line, not 'Honor'"},
        {good + good + "\n\n", "t.csv:4:1: an empty line"},
    };
    for (const BadCsv& c : cases) {
        try {
            kinerja::read_ledger_csv(header + c.text, "t.csv");
            ADD_FAILURE() << "accepted: " << c.text;
        } catch (const kinerja::error& e) {
            EXPECT_EQ(std::string(e.what()), c.message) << c.text;
            const bool located = dynamic_cast<const kinerja::parse_error*>(&e) ||
                                 dynamic_cast<const kinerja::data_error*>(&e) ||
                                 dynamic_cast<const kinerja::overflow_error*>(&e);
            EXPECT_TRUE(located);
        }
    }
    try {
        kinerja::read_ledger_csv("tahun;kode_pemda;kode_skpd;nama;x\n", "h.csv");
        FAIL();
    } catch (const kinerja::data_error& e) {
        EXPECT_EQ(e.source(), "h.csv");
        EXPECT_EQ(e.path(), "1:32");  // "nama;" where "nama_skpd" is due
    }
    EXPECT_THROW(kinerja::read_ledger_csv("", "e.csv"), kinerja::data_error);
    EXPECT_THROW(kinerja::load_ledger_csv("/nonexistent/ledger.csv"), kinerja::data_error);
}

// --- The amount parser against parse_rupiah

TEST(LedgerAmount, AgreesWithParseRupiahOnRandomText) {
    // The strict format as a regular expression, written independently of the parser.
    const std::regex format(R"(-?([0-9]+|[1-9][0-9]{0,2}(\.[0-9]{3})+)(,[0-9]{1,2})?)");
    std::mt19937_64 rng(2024);
    const std::string alphabet = "0123456789.,-  R";
    std::size_t accepted = 0;
    for (int i = 0; i < 200'000; ++i) {
        std::string text;
        if (i % 2 == 0) {
            // Random characters, biased to digits.
            const std::size_t n = rng() % 14;
            for (std::size_t k = 0; k < n; ++k)
                text += rng() % 3 ? static_cast<char>('0' + rng() % 10) : alphabet[rng() % alphabet.size()];
        } else {
            // Grammar-shaped text with an occasional fault.
            if (rng() % 4 == 0) text += '-';
            if (rng() % 2) {
                text += std::to_string(rng() % 1000);
                for (int g = static_cast<int>(rng() % 6); g > 0; --g) {
                    text += '.';
                    text += std::to_string(100 + rng() % 900).substr(0, rng() % 10 == 0 ? 2 : 3);
                }
            } else {
                text += std::to_string(rng() % 100'000'000'000'000ULL);
            }
            if (rng() % 2) text += "," + std::to_string(rng() % 100).substr(0, 1 + rng() % 2);
        }
        bool fast_ok = true;
        std::int64_t sen = 0;
        try {
            sen = kinerja::parse_ledger_amount(text);
        } catch (const kinerja::parse_error&) {
            fast_ok = false;
        } catch (const kinerja::overflow_error&) {
            fast_ok = false;
            EXPECT_TRUE(std::regex_match(text, format)) << text;
        }
        if (!fast_ok) {
            if (std::regex_match(text, format)) {
                // Only out of int64 range may a well-formed amount be refused.
                const Rupiah r = kinerja::parse_rupiah(text);
                EXPECT_TRUE(r.sen() > std::numeric_limits<std::int64_t>::max() ||
                            r.sen() < std::numeric_limits<std::int64_t>::min())
                    << text;
            }
            continue;
        }
        ++accepted;
        EXPECT_TRUE(std::regex_match(text, format)) << text;
        EXPECT_EQ(kinerja::parse_rupiah(text).sen(), int128(sen)) << text;
    }
    EXPECT_GT(accepted, 50'000u);
    EXPECT_EQ(kinerja::parse_ledger_amount("-92.233.720.368.547.758,08"),
              std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(kinerja::parse_ledger_amount("92233720368547758,07"), std::numeric_limits<std::int64_t>::max());
    EXPECT_THROW(kinerja::parse_ledger_amount("92.233.720.368.547.758,08"), kinerja::overflow_error);
    EXPECT_THROW(kinerja::parse_ledger_amount("99999999999999999999999"), kinerja::overflow_error);
}

// --- The generator

TEST(LedgerGenerate, DeterministicAndShaped) {
    kinerja::GenerateOptions o;
    o.regions = 60;
    o.bodies = 3;
    o.programs = 4;
    o.kegiatan = 2;
    o.sub_kegiatan = 3;
    o.years = {2023, 2024};
    o.seed = 99;
    const Ledger a = kinerja::generate_ledger(o);
    const Ledger b = kinerja::generate_ledger(o);
    ASSERT_EQ(a.size(), 60u * 3 * 4 * 2 * 3 * 2);
    EXPECT_EQ(a.anggaran(), b.anggaran());
    EXPECT_EQ(a.realisasi(), b.realisasi());
    EXPECT_EQ(a.sub_kegiatan(), b.sub_kegiatan());
    EXPECT_EQ(kinerja::write_ledger_csv(a), kinerja::write_ledger_csv(b));
    o.seed = 100;
    EXPECT_NE(kinerja::generate_ledger(o).anggaran(), a.anggaran());

    EXPECT_EQ(a.region_count(), 60u);
    EXPECT_EQ(a.province_count(), 38u);
    EXPECT_EQ(a.body_count(), 180u);
    for (std::size_t r = 0; r < a.region_count(); ++r) {
        const std::string& code = a.region_code(static_cast<std::uint32_t>(r));
        EXPECT_TRUE(kinerja::is_region_code(code)) << code;
        EXPECT_EQ(code.size(), r < 38 ? 2u : 5u) << code;
    }
    std::size_t zero = 0, whole_thousands = 0, within = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::int64_t ang = a.anggaran()[i];
        const std::int64_t rea = a.realisasi()[i];
        EXPECT_GE(ang, 0);
        EXPECT_LE(ang, 500'000'000'000LL * 100);
        EXPECT_GE(rea, 0);
        EXPECT_LE(rea, ang);
        zero += ang == 0;
        whole_thousands += ang % 100'000 == 0;
        within += ang > 0 && rea * 100 >= ang * 60;
        EXPECT_TRUE(kinerja::is_sub_kegiatan_code(a.sub_kegiatan_code(a.sub_kegiatan()[i])));
    }
    EXPECT_EQ(whole_thousands, a.size());
    EXPECT_LT(zero, a.size() / 50);
    EXPECT_GT(within, a.size() * 8 / 10);
    // Lines come in (year, body) runs; a code recurs across bodies; the roll-up agrees with the
    // naive reference.
    std::map<std::uint32_t, std::size_t> bodies_per_code;
    for (std::size_t i = 0; i < a.size(); ++i) ++bodies_per_code[a.sub_kegiatan()[i]];
    EXPECT_TRUE(std::any_of(bodies_per_code.begin(), bodies_per_code.end(),
                            [](const auto& p) { return p.second > 2; }));
    EXPECT_EQ(sums_of(a.rollup()), naive(a));

    kinerja::GenerateOptions bad;
    bad.bodies = 100;
    EXPECT_THROW((void)kinerja::generate_ledger(bad), kinerja::value_error);
    bad = {};
    bad.years = {};
    EXPECT_THROW((void)kinerja::generate_ledger(bad), kinerja::value_error);
    bad = {};
    bad.programs = 400;
    EXPECT_THROW((void)kinerja::generate_ledger(bad), kinerja::value_error);
}

}  // namespace
