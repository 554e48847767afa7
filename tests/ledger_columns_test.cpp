// Ledger lines from Arrow-layout columns (io/ledger_columns.hpp): the columns are built here by hand
// in Arrow's layout (offsets and bytes, dictionary indices, decimal128 words) and the ledger they
// give is compared with the ledger the CSV reader makes of the same lines, an independent path.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <string>
#include <vector>

namespace {

using kinerja::AmountColumn;
using kinerja::AmountType;
using kinerja::CodeColumn;
using kinerja::data_error;
using kinerja::IntegerColumn;
using kinerja::IntegerType;
using kinerja::Ledger;
using kinerja::LedgerColumns;
using kinerja::TextColumn;

// Texts in Arrow's string layout; keeps its buffers.
struct Strings {
    std::vector<std::int32_t> offsets{0};
    std::string bytes;
    explicit Strings(const std::vector<std::string>& texts) {
        for (const std::string& t : texts) {
            bytes += t;
            offsets.push_back(static_cast<std::int32_t>(bytes.size()));
        }
    }
    [[nodiscard]] TextColumn view() const {
        return {offsets.data(), false, bytes.data(), bytes.size(), offsets.size() - 1};
    }
};

template <class T>
IntegerColumn integers(const std::vector<T>& v, IntegerType type) {
    return {v.data(), type, v.size()};
}

// The same four lines as the CSV below: two bodies of two regions (sharing a body code), three sub
// kegiatan, amounts with and without sen.
const std::string csv = std::string(kinerja::ledger_csv_header) +
                        "\n"
                        "2024;35.08;1.06.01;Dinas Sosial;1.06.02.2.01.0001;Bantuan;1.000,50;900,00\n"
                        "2024;35.09;1.06.01;Dinsos Jember;1.06.02.2.01.0002;Rehabilitasi;250,00;0,00\n"
                        "2023;35.08;1.06.01;Dinas Sosial;1.06.02.2.01.0001;Bantuan;7,00;7,00\n"
                        "2024;35.08;1.06.01;Dinas Sosial;1.06.02.2.02.0001;Data;-3,25;1,00\n";

const std::vector<std::int16_t> years{2024, 2024, 2023, 2024};
const Strings regions{{"35.08", "35.09", "35.08", "35.08"}};
const Strings bodies{{"1.06.01", "1.06.01", "1.06.01", "1.06.01"}};
const Strings body_names{{"Dinas Sosial", "Dinsos Jember", "Dinas Sosial", "Dinas Sosial"}};
const Strings subs{{"1.06.02.2.01.0001", "1.06.02.2.01.0002", "1.06.02.2.01.0001", "1.06.02.2.02.0001"}};
const Strings sub_names{{"Bantuan", "Rehabilitasi", "Bantuan", "Data"}};
const std::vector<std::int64_t> anggaran{100050, 25000, 700, -325};
const std::vector<std::int64_t> realisasi{90000, 0, 700, 100};

LedgerColumns plain() {
    LedgerColumns c;
    c.years = integers(years, IntegerType::int16);
    c.regions = {regions.view(), {}};
    c.bodies = {bodies.view(), {}};
    c.sub_kegiatan = {subs.view(), {}};
    c.anggaran = {anggaran.data(), AmountType::int64_sen, 2, anggaran.size()};
    c.realisasi = {realisasi.data(), AmountType::int64_sen, 2, realisasi.size()};
    c.body_names = CodeColumn{body_names.view(), {}};
    c.sub_kegiatan_names = CodeColumn{sub_names.view(), {}};
    return c;
}

void expect_same(const Ledger& got, const Ledger& want) {
    EXPECT_EQ(got.years(), want.years());
    EXPECT_EQ(got.anggaran(), want.anggaran());
    EXPECT_EQ(got.realisasi(), want.realisasi());
    EXPECT_EQ(got.region_codes(), want.region_codes());
    EXPECT_EQ(got.sub_kegiatan_codes(), want.sub_kegiatan_codes());
    ASSERT_EQ(got.body_count(), want.body_count());
    for (std::uint32_t b = 0; b < got.body_count(); ++b) {
        EXPECT_EQ(got.body_code(b), want.body_code(b));
        EXPECT_EQ(got.body_name(b), want.body_name(b));
        EXPECT_EQ(got.body_region(b), want.body_region(b));
    }
    for (std::uint32_t s = 0; s < got.sub_kegiatan_count(); ++s)
        EXPECT_EQ(got.sub_kegiatan_name(s), want.sub_kegiatan_name(s));
    EXPECT_EQ(got.bodies(), want.bodies());
    EXPECT_EQ(got.sub_kegiatan(), want.sub_kegiatan());
    EXPECT_TRUE(got.rollup() == want.rollup());
}

std::string refused(const std::vector<LedgerColumns>& batches) {
    try {
        (void)kinerja::ledger_from_columns(batches, "t.arrow");
    } catch (const kinerja::error& e) {
        return e.what();
    }
    return "accepted";
}

TEST(LedgerColumns, PlainColumnsGiveTheLedgerTheCsvGives) {
    expect_same(kinerja::ledger_from_columns({plain()}, "t.arrow"), kinerja::read_ledger_csv(csv, "t.csv"));
}

TEST(LedgerColumns, DictionariesDecimalsAndBatchesGiveTheSameLedger) {
    // Batch 1: lines 0-1; batch 2: lines 2-3, each with its own dictionaries and index types.
    // Batch 1's region dictionary has an unused entry (35.10 must not become a region) and a
    // repeated one. Amounts are decimal128: scale 2 (-3,25 is low word -325, high word -1), and
    // batch 2's realisasi (7,00 and 1,00) with scale 0, as 7 and 1.
    const Strings dict1{{"35.10", "35.09", "35.08", "35.08"}};
    const std::vector<std::uint8_t> idx1{2, 1};
    const Strings body_dict{{"1.06.01"}};
    const std::vector<std::int32_t> body_idx1{0, 0}, body_idx2{0, 0};
    const Strings sub_dict1{{"1.06.02.2.01.0002", "1.06.02.2.01.0001"}};
    const std::vector<std::int64_t> sub_idx1{1, 0};
    const Strings names1{{"Dinas Sosial", "Dinsos Jember"}};
    const std::vector<std::uint16_t> name_idx1{0, 1};
    const Strings sub_names1{{"Rehabilitasi", "Bantuan"}};
    // decimal128 words: low then high (sign extension).
    const std::vector<std::int64_t> ang1{100050, 0, 25000, 0}, real1{90000, 0, 0, 0};
    LedgerColumns b1;
    const std::vector<std::int32_t> years1{2024, 2024};
    b1.years = integers(years1, IntegerType::int32);
    b1.regions = {dict1.view(), integers(idx1, IntegerType::uint8)};
    b1.bodies = {body_dict.view(), integers(body_idx1, IntegerType::int32)};
    b1.sub_kegiatan = {sub_dict1.view(), integers(sub_idx1, IntegerType::int64)};
    b1.body_names = CodeColumn{names1.view(), integers(name_idx1, IntegerType::uint16)};
    b1.sub_kegiatan_names = CodeColumn{sub_names1.view(), integers(sub_idx1, IntegerType::int64)};
    b1.anggaran = {ang1.data(), AmountType::decimal128, 2, 2};
    b1.realisasi = {real1.data(), AmountType::decimal128, 2, 2};

    const std::vector<std::uint64_t> years2{2023, 2024};
    const Strings regions2{{"35.08", "35.08"}};
    const Strings sub_dict2{{"1.06.02.2.01.0001", "1.06.02.2.02.0001"}};
    const std::vector<std::int8_t> sub_idx2{0, 1};
    const Strings names2{{"Dinas Sosial"}};
    const std::vector<std::int8_t> name_idx2{0, 0};
    const Strings sub_names2{{"Bantuan", "Data"}};
    const std::vector<std::int64_t> ang2{700, 0, -325, -1}, real2{7, 0, 1, 0};
    LedgerColumns b2;
    b2.years = integers(years2, IntegerType::uint64);
    b2.regions = {regions2.view(), {}};
    b2.bodies = {body_dict.view(), integers(body_idx2, IntegerType::int32)};
    b2.sub_kegiatan = {sub_dict2.view(), integers(sub_idx2, IntegerType::int8)};
    b2.body_names = CodeColumn{names2.view(), integers(name_idx2, IntegerType::int8)};
    b2.sub_kegiatan_names = CodeColumn{sub_names2.view(), integers(sub_idx2, IntegerType::int8)};
    b2.anggaran = {ang2.data(), AmountType::decimal128, 2, 2};
    b2.realisasi = {real2.data(), AmountType::decimal128, 0, 2};

    const Ledger got = kinerja::ledger_from_columns({b1, b2}, "t.arrow");
    expect_same(got, kinerja::read_ledger_csv(csv, "t.csv"));
    EXPECT_EQ(got.region_count(), 2u);  // 35.10 was in a dictionary only
}

TEST(LedgerColumns, EmptyBatchesGiveAnEmptyLedger) {
    EXPECT_EQ(kinerja::ledger_from_columns({}).size(), 0u);
    LedgerColumns c;  // every column empty
    const Strings none{{}};
    c.regions = c.bodies = c.sub_kegiatan = {none.view(), {}};
    EXPECT_EQ(kinerja::ledger_from_columns({c}).size(), 0u);
}

TEST(LedgerColumns, ErrorsNameTheColumnAndTheRowOverAllBatches) {
    LedgerColumns c = plain();
    c.names.region = "kode_pemda";
    const Strings bad_region{{"35.08", "35.09", "35.08", "35-08"}};
    c.regions = {bad_region.view(), {}};
    const std::string e = refused({plain(), c});  // row 4 + 3 = 7
    EXPECT_NE(e.find("t.arrow:kode_pemda[7]: "), std::string::npos) << e;
    EXPECT_NE(e.find("35-08"), std::string::npos) << e;
}

TEST(LedgerColumns, RefusesHostileColumns) {
    {  // unequal lengths
        LedgerColumns c = plain();
        c.anggaran.size = 3;
        EXPECT_EQ(refused({c}), "t.arrow:anggaran: column has 3 lines, year has 4");
    }
    {  // a year of five digits
        LedgerColumns c = plain();
        const std::vector<std::int32_t> y{2024, 20240, 2023, 2024};
        c.years = integers(y, IntegerType::int32);
        EXPECT_EQ(refused({c}), "t.arrow:year[1]: year 20240 must have four digits (1000 to 9999)");
    }
    {  // a dictionary index past the dictionary, and a negative one
        LedgerColumns c = plain();
        const Strings dict{{"35.08", "35.09"}};
        const std::vector<std::int8_t> idx{0, 1, 2, 0}, negative{0, -1, 0, 0};
        c.regions = {dict.view(), integers(idx, IntegerType::int8)};
        EXPECT_EQ(refused({c}),
                  "t.arrow:region[2]: dictionary index 2 is outside the dictionary of 2 entries");
        c.regions = {dict.view(), integers(negative, IntegerType::int8)};
        EXPECT_EQ(refused({c}),
                  "t.arrow:region[1]: dictionary index -1 is outside the dictionary of 2 entries");
    }
    {  // offsets out of order, and past the bytes
        LedgerColumns c = plain();
        Strings s{{"1.06.01", "1.06.01", "1.06.01", "1.06.01"}};
        s.offsets[2] = 3;  // text 1 would be [7, 3)
        c.bodies = {s.view(), {}};
        EXPECT_EQ(refused({c}),
                  "t.arrow:body[1]: its offsets must be in order and within the column's 28 bytes");
        s.offsets[2] = 14;
        s.offsets[4] = 29;
        c.bodies = {s.view(), {}};
        EXPECT_EQ(refused({c}),
                  "t.arrow:body[3]: its offsets must be in order and within the column's 28 bytes");
    }
    {  // a name that is not UTF-8, one with a NUL
        LedgerColumns c = plain();
        const Strings latin1{{"Dinas Sosial", "Dinsos Jember", "Dinas Sosial", "Caf\xE9"}};
        c.body_names = CodeColumn{latin1.view(), {}};
        const std::string e = refused({c});
        // The cell names where, the text reader's own reason says why (in the language, by its id).
        EXPECT_EQ(
            e.rfind("t.arrow:body_name[3]: invalid UTF-8 (a character cut off at the end) at byte 3", 0), 0u)
            << e;
        const Strings nul{
            {"Dinas Sosial", std::string("Dinsos\0Jember", 13), "Dinas Sosial", "Dinas Sosial"}};
        c.body_names = CodeColumn{nul.view(), {}};
        EXPECT_EQ(refused({c}).rfind("t.arrow:body_name[1]: a NUL byte at byte 6", 0), 0u) << refused({c});
    }
    {  // one body, two names (in the second batch: the first recorded the name)
        LedgerColumns c = plain();
        const Strings other{{"Dinas Sosial", "Dinsos Jember", "Dinas Sosial P3A", "Dinas Sosial"}};
        c.body_names = CodeColumn{other.view(), {}};
        const std::string e = refused({plain(), c});
        EXPECT_EQ(e.rfind("t.arrow:body_name[6]: ", 0), 0u) << e;
        EXPECT_NE(e.find("Dinas Sosial P3A"), std::string::npos) << e;
    }
    {  // decimal128 beyond int64 sen; a scale with more than sen
        LedgerColumns c = plain();
        // 2^64 sen: low word 0, high word 1 -> 184467440737095516,16 Rupiah.
        const std::vector<std::int64_t> words{0, 1, 0, 0, 0, 0, 0, 0};
        c.anggaran = {words.data(), AmountType::decimal128, 2, 4};
        EXPECT_EQ(refused({c}),
                  "t.arrow:anggaran[0]: amount 184467440737095516.16 does not fit a ledger line, which "
                  "holds int64 sen (-92233720368547758.08 to 92233720368547758.07 Rupiah)");
        // scale 0: 10^17 Rupiah fits int64 as a number but not as sen (x 100).
        const std::vector<std::int64_t> big{0, 0, 100000000000000000, 0, 0, 0, 0, 0};
        c.anggaran = {big.data(), AmountType::decimal128, 0, 4};
        EXPECT_EQ(refused({c}),
                  "t.arrow:anggaran[1]: amount 100000000000000000 does not fit a ledger line, which holds "
                  "int64 sen (-92233720368547758.08 to 92233720368547758.07 Rupiah)");
        c.anggaran.scale = 3;
        EXPECT_EQ(refused({c}),
                  "t.arrow:anggaran: decimal128 scale 3 must be 0, 1 or 2 (sen are the smallest "
                  "unit; amounts are not rounded)");
    }
}

}  // namespace

namespace {

TEST(LedgerColumns, BlockAppendChecksEveryLineBeforeAppendingAny) {
    Ledger l;
    const std::uint32_t region = l.add_region("35.08");
    const std::uint32_t body = l.add_body(region, "1.06.01");
    const std::uint32_t sub = l.add_sub_kegiatan("1.06.02.2.01.0001");
    const std::int16_t years2[] = {2024, 2023};
    const std::uint32_t bodies2[] = {body, body}, subs2[] = {sub, sub};
    const std::int64_t a2[] = {100, -5}, r2[] = {90, 0};
    l.append_sen(years2, bodies2, subs2, a2, r2, 2);
    EXPECT_EQ(l.years(), (std::vector<std::int16_t>{2024, 2023}));
    EXPECT_EQ(l.anggaran(), (std::vector<std::int64_t>{100, -5}));
    EXPECT_EQ(l.realisasi(), (std::vector<std::int64_t>{90, 0}));
    // The second line names body id 1, which the ledger does not have: nothing of the block is
    // appended, and the error is append_sen's for that line.
    const std::uint32_t bad_bodies[] = {body, 1};
    try {
        l.append_sen(years2, bad_bodies, subs2, a2, r2, 2);
        FAIL() << "accepted";
    } catch (const kinerja::value_error& e) {
        EXPECT_STREQ(e.what(), "body id 1 is not in the ledger");
    }
    const std::int16_t bad_years[] = {2024, 999};
    EXPECT_THROW(l.append_sen(bad_years, bodies2, subs2, a2, r2, 2), kinerja::value_error);
    EXPECT_EQ(l.size(), 2u);
}

}  // namespace
