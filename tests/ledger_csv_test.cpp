// The ledger CSV reader against hostile input (issue 12): text that is not UTF-8 or holds a NUL,
// a header naming a column twice, the row and cell limits, and the file checks of load_ledger_csv
// (which maps a regular file). Positions are counted by hand in the comments.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <limits>
#include <random>
#include <string>

namespace {

using kinerja::data_error;
using kinerja::Ledger;
using kinerja::ReadLimits;

// The header is 91 characters; its fields start at columns 1, 7, 18, 28, 38, 56, 74 and 83.
const std::string header = std::string(kinerja::ledger_csv_header) + "\n";
const std::string good = "2024;35.08;1.06.01;Dinas Sosial Lmj.;1.06.02.2.01.0001;Bantuan;1.000,00;900,00\n";

std::string refused(const std::string& text, const ReadLimits& limits = {}) {
    try {
        (void)kinerja::read_ledger_csv(text, "t.csv", limits);
    } catch (const data_error& e) {
        return e.what();
    }
    return "accepted";
}

std::filesystem::path write_file(const std::string& name, const std::string& text) {
    const std::filesystem::path path = std::filesystem::path(::testing::TempDir()) / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

TEST(LedgerCsvHostile, TextMustBeUtf8WithoutNul) {
    // Line 2 "2024;35.08;1.06.01;Caf\xE9...": the Latin-1 byte is character 23 of the line and
    // byte 92 + 22 = 114 of the text (the header and its line break are 92 bytes).
    const std::string latin1 = header + "2024;35.08;1.06.01;Caf\xE9;1.06.02.2.01.0001;B;1,00;2,00\n";
    EXPECT_EQ(refused(latin1),
              "t.csv:2:23: invalid UTF-8 at byte 114: the text must be UTF-8 (convert a Latin-1 or "
              "Windows-1252 file first)");
    // A NUL after "A": character 21, byte 112.
    const std::string nul =
        header + std::string("2024;35.08;1.06.01;A\0B;1.06.02.2.01.0001;B;1,00;2,00\n", 53);
    EXPECT_EQ(refused(nul), "t.csv:2:21: a NUL byte at byte 112: this is not a text file");
    // The same through a file, mapped.
    const auto path = write_file("latin1-ledger.csv", latin1);
    try {
        (void)kinerja::load_ledger_csv(path);
        FAIL() << "accepted";
    } catch (const data_error& e) {
        EXPECT_EQ(e.source(), path.string());
        EXPECT_EQ(e.path(), "2:23");
    }
}

TEST(LedgerCsvHostile, AHeaderNamingAColumnTwiceNamesBoth) {
    std::string twice = header;
    twice.replace(twice.find("realisasi"), 9, "anggaran");
    EXPECT_EQ(refused(twice + good).substr(0, 60),
              "t.csv:1:83: a second 'anggaran' column: fields 7 (1:74) and ");
    EXPECT_NE(refused(twice + good).find("fields 7 (1:74) and 8 (1:83); the header must be exactly '"),
              std::string::npos);
    // One column more, repeating the first: after the 91 characters and a ";", field 9 at column 93.
    EXPECT_EQ(refused(std::string(kinerja::ledger_csv_header) + ";tahun\n" + good).substr(0, 57),
              "t.csv:1:93: a second 'tahun' column: fields 1 (1:1) and 9");
}

TEST(LedgerCsvHostile, AHeaderAloneIsAnEmptyLedger) {
    // What write_ledger_csv writes for an empty ledger must read back: no "no rows" error here.
    EXPECT_EQ(kinerja::write_ledger_csv(Ledger()), header);
    EXPECT_EQ(kinerja::load_ledger_csv(write_file("empty-ledger.csv", header)).size(), 0u);
}

TEST(LedgerCsvHostile, RowAndCellLimits) {
    ReadLimits limits;
    limits.max_rows = 2;
    EXPECT_EQ(kinerja::read_ledger_csv(header + good + good, "t.csv", limits).size(), 2u);
    EXPECT_EQ(refused(header + good + good + good, limits),
              "t.csv:4:1: more than 2 lines under the header; the limit is 2 (raise it with --max-rows or "
              "ReadLimits::max_rows)");
    limits = {};
    limits.max_cell_bytes = 17;  // "1.06.02.2.01.0001" and "Dinas Sosial Lmj." are 17 bytes
    EXPECT_EQ(kinerja::read_ledger_csv(header + good, "t.csv", limits).size(), 1u);
    // The sub kegiatan name "Bantuan Sosial Tun" (18 bytes) starts at column 56.
    const std::string long_name =
        "2024;35.08;1.06.01;Dinas Sosial Lmj.;1.06.02.2.01.0001;Bantuan Sosial Tun;1,00;2,00\n";
    EXPECT_EQ(refused(header + long_name, limits),
              "t.csv:2:56: a field of 18 bytes, longer than the cell limit; the limit is 17 (raise it with "
              "--max-cell-bytes or ReadLimits::max_cell_bytes)");
    // A quoted name is measured unquoted: "Bantuan ""Sosial""" is Bantuan "Sosial", 16 bytes.
    const std::string quoted =
        "2024;35.08;1.06.01;Dinas Sosial Lmj.;1.06.02.2.01.0001;\"Bantuan \"\"Sosial\"\"\";1,00;2,00\n";
    EXPECT_EQ(kinerja::read_ledger_csv(header + quoted, "t.csv", limits).size(), 1u);
}

TEST(LedgerCsvHostile, LoadRefusesADirectoryAndFilesOverTheLimit) {
    try {
        (void)kinerja::load_ledger_csv(::testing::TempDir());
        FAIL() << "accepted";
    } catch (const data_error& e) {
        EXPECT_EQ(e.reason(), "is a directory, not a file");
    }
    const std::string text = header + good;  // 92 + 79 = 171 bytes
    ASSERT_EQ(text.size(), 171u);
    const auto path = write_file("limit-ledger.csv", text);
    ReadLimits limits;
    limits.max_bytes = 170;
    try {
        (void)kinerja::load_ledger_csv(path, limits);
        FAIL() << "accepted";
    } catch (const data_error& e) {
        EXPECT_EQ(e.reason(),
                  "is 171 bytes, larger than the input limit; the limit is 170 (raise it with --max-bytes or "
                  "ReadLimits::max_bytes)");
    }
    limits.max_bytes = 171;
    EXPECT_EQ(kinerja::load_ledger_csv(path, limits).size(), 1u);
    // A device is not mapped but read as read_text_file reads it: /dev/null is an empty file.
    try {
        (void)kinerja::load_ledger_csv("/dev/null");
        FAIL() << "accepted";
    } catch (const data_error& e) {
        EXPECT_EQ(e.reason(), "no header: the file is empty");
    }
}

TEST(LedgerCsvHostile, FormulaLikeNamesAreDataAndRoundTrip) {
    // The ledger CSV is a data format read back by kinerja (and by DuckDB, pandas): names are
    // written as they are, quoted only for ';' or '"', never neutralised.
    Ledger l;
    const std::uint32_t body =
        l.add_body(l.add_region("35.08"), "1.06.01", "=HYPERLINK(\"http://evil\",\"x\")");
    const std::uint32_t sub = l.add_sub_kegiatan("1.06.02.2.01.0001", "@SUM(A1)");
    l.append_sen(2024, body, sub, 100, -200);
    const std::string text = kinerja::write_ledger_csv(l);
    EXPECT_EQ(text, header +
                        "2024;35.08;1.06.01;\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\";1.06.02.2.01.0001;"
                        "@SUM(A1);1,00;-2,00\n");
    const Ledger back = kinerja::read_ledger_csv(text, "back.csv");
    EXPECT_EQ(back.body_name(0), "=HYPERLINK(\"http://evil\",\"x\")");
    EXPECT_EQ(back.sub_kegiatan_name(0), "@SUM(A1)");
    EXPECT_EQ(kinerja::write_ledger_csv(back), text);
}

}  // namespace

// Order (issue 13): bodies and sub kegiatan are looked up by their text whatever line came before,
// so lines in any order read to the same totals, and a name that differs from an earlier line's is
// refused at its line however many other bodies' lines lie between. Sums by hand, in sen.
TEST(LedgerCsvOrder, LinesInAnyOrderReadToTheSameTotals) {
    const std::string lines[] = {
        "2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1.000,00;900,00\n",
        "2024;11;B1;Badan;1.01.02.2.01.0002;Rapat;2,00;1,00\n",
        "2024;35.08;B2;\"Dinas; Dua\";1.01.02.2.01.0001;Gaji;3,00;0,50\n",
        "2024;35.08;B1;\"Dinas\";1.01.02.2.01.0002;\"Rapat\";4,00;4,00\n",  // the same names, quoted
        "2023;11;B1;Badan;1.01.02.2.01.0001;Gaji;5,00;5,00\n",
    };
    std::string forward = header, backward = header;
    for (int i = 0; i < 5; ++i) {
        forward += lines[i];
        backward += lines[4 - i];
    }
    const Ledger a = kinerja::read_ledger_csv(forward, "f.csv");
    const Ledger b = kinerja::read_ledger_csv(backward, "b.csv");
    EXPECT_EQ(a.size(), 5u);
    EXPECT_EQ(a.body_count(), 3u);
    EXPECT_EQ(b.body_count(), 3u);
    for (const Ledger* l : {&a, &b}) {
        const kinerja::LedgerTotals t = l->rollup();
        EXPECT_EQ(t.find(kinerja::LedgerLevel::body, 2024, "35.08", "B1")->anggaran.sen(), 100'400);
        EXPECT_EQ(t.find(kinerja::LedgerLevel::body, 2024, "35.08", "B1")->realisasi.sen(), 90'400);
        EXPECT_EQ(t.find(kinerja::LedgerLevel::region, 2024, "11")->anggaran.sen(), 200);
        EXPECT_EQ(t.find(kinerja::LedgerLevel::nation, 2024)->anggaran.sen(), 100'900);
        EXPECT_EQ(t.find(kinerja::LedgerLevel::nation, 2023)->realisasi.sen(), 500);
    }
    EXPECT_EQ(a.rollup(), b.rollup());
    // Line 4 names B1 of 35.08 anew after a line of another body: "2024;35.08;B1;" is 14
    // characters, so the name starts at column 15.
    EXPECT_EQ(
        refused(header + lines[0] + lines[1] + "2024;35.08;B1;Dinas Lain;1.01.02.2.01.0002;Rapat;1;2\n"),
        "t.csv:4:15: body B1 of region 35.08 is named 'Dinas' on an earlier line, not 'Dinas Lain'");
    // The same for a sub kegiatan: "2024;11;B1;Badan;1.01.02.2.01.0001;" is 35 characters.
    EXPECT_EQ(refused(header + lines[0] + lines[1] + "2024;11;B1;Badan;1.01.02.2.01.0001;Honor;1;2\n"),
              "t.csv:4:36: sub kegiatan 1.01.02.2.01.0001 is named 'Gaji' on an earlier line, not 'Honor'");
    // Lines of a body and sub kegiatan already seen take the one-pass path; what is wrong in them is
    // still located by the field-by-field reader. "2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;" is 43
    // characters, so anggaran starts at column 44.
    auto message = [](const std::string& text) -> std::string {
        try {
            (void)kinerja::read_ledger_csv(text, "t.csv");
        } catch (const kinerja::error& e) {
            return e.what();
        }
        return "accepted";
    };
    EXPECT_EQ(message(header + lines[0] + "2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1..0;1\n"),
              "t.csv:3:44: cannot read '1..0' at offset 2: empty digit group");
    EXPECT_EQ(message(header + lines[0] + "2O24;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1;1\n"),
              "t.csv:3:1: year '2O24' must be four digits, e.g. 2024");
    EXPECT_EQ(message(header + lines[0] + "2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1;1;\n"),
              "t.csv:3:48: more than 8 fields");
    EXPECT_EQ(message(header + lines[0] + "2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1\n"),
              "t.csv:3:45: the line ends after 7 fields; realisasi and the rest are missing");
}

// The one-pass path reads the usual amount ('-'? grouped or plain Rupiah, ',' and 1 or 2 decimals,
// at most 16 digits) itself and leaves every other to the grammar's reader. Random amounts of every
// length around that limit, written grouped, plain (with leading zeros) and with one or two
// decimals, read on a line of a known body and sub kegiatan (so through the one-pass path) to the
// sen they were made from; broken forms are refused, as on a first line; beyond int64 sen is an
// overflow. The expected sen are the generator's numbers, not the reader's.
TEST(LedgerCsvOrder, UsualAndUnusualAmountsReadExactly) {
    const std::string intro = "2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;1,00;2,00\n";
    const std::string prefix = "2024;35.08;B1;Dinas;1.01.02.2.01.0001;Gaji;";
    auto grouped = [](unsigned long long rupiah) {
        std::string digits = std::to_string(rupiah), out;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
            out += digits[i];
        }
        return out;
    };
    std::mt19937_64 rng(13);
    int read = 0;
    for (int round = 0; round < 3000; ++round) {
        const int digits = 1 + static_cast<int>(rng() % 20);  // Rupiah digits, 1 to 20
        unsigned long long rupiah = 0;
        for (int d = 0; d < digits; ++d) rupiah = rupiah * 10 + (d == 0 ? 1 + rng() % 9 : rng() % 10);
        if (digits == 20) rupiah = 18'446'744'073'709'551'615ull - rng() % 1000;  // near 2^64
        const bool negative = rng() % 3 == 0;
        const int decimals = static_cast<int>(rng() % 3);  // 0: none, 1 or 2
        const unsigned cents = decimals == 0 ? 0 : static_cast<unsigned>(rng() % 100);
        std::string text = negative ? "-" : "";
        switch (rng() % 3) {
            case 0:
                text += grouped(rupiah);
                break;
            case 1:
                text += std::to_string(rupiah);
                break;
            default:
                text += "00" + std::to_string(rupiah);
                break;  // leading zeros, plain digits only
        }
        if (decimals == 1) text += "," + std::to_string(cents / 10);
        if (decimals == 2) text += "," + std::to_string(cents / 10) + std::to_string(cents % 10);
        const unsigned long long sen_cents = decimals == 1 ? cents / 10 * 10 : cents;
        // The exact sen in 128 bits, then whether it fits int64.
        const kinerja::int128 magnitude = kinerja::int128(rupiah) * 100 + sen_cents;
        const kinerja::int128 sen = negative ? -magnitude : magnitude;
        const bool fits = sen >= std::numeric_limits<std::int64_t>::min() &&
                          sen <= std::numeric_limits<std::int64_t>::max();
        const std::string csv = header + intro + prefix + text + ";" + text + "\n";
        try {
            const Ledger l = kinerja::read_ledger_csv(csv, "t.csv");
            ASSERT_TRUE(fits) << text << " read, but it does not fit int64 sen";
            ASSERT_EQ(l.size(), 2u);
            EXPECT_EQ(kinerja::int128(l.anggaran()[1]), sen) << text;
            EXPECT_EQ(kinerja::int128(l.realisasi()[1]), sen) << text;
            ++read;
        } catch (const kinerja::overflow_error&) {
            EXPECT_FALSE(fits) << text << " refused as an overflow, but it fits";
        }
    }
    EXPECT_GT(read, 2000);  // most amounts fit: the one-pass path was taken many times
    // Forms the one-pass path must leave to the grammar, which refuses them with its words.
    for (const char* bad : {"1.23,00", "1.2345,00", "0.123,00", "1234.567,00", "1,", "1,234", ",50", "-",
                            "1.000.", "1.000,0,0", "1,0.0", "+1,00", "1 000,00", "", "-1.000-,00"}) {
        const std::string csv = header + intro + prefix + bad + ";1,00\n";
        EXPECT_THROW((void)kinerja::read_ledger_csv(csv, "t.csv"), kinerja::error) << bad;
    }
    // Accepted forms beyond the usual one read by the grammar on the same path: without decimals, and
    // 17 digits or more.
    const Ledger l = kinerja::read_ledger_csv(
        header + intro + prefix + "1.239.289.000;92.233.720.368.547.758,07\n", "t.csv");
    EXPECT_EQ(l.anggaran()[1], 123'928'900'000);
    EXPECT_EQ(l.realisasi()[1], std::numeric_limits<std::int64_t>::max());
}

// --- the reasons in each language (issue 18): the place is never translated, the English is what() ---

namespace language {

// The error \p f throws, said in Indonesian; its English must be its what().
template <class F>
std::string in_indonesian(F f) {
    try {
        f();
    } catch (const kinerja::error& e) {
        EXPECT_EQ(kinerja::describe(e, kinerja::Language("en")), e.what());
        EXPECT_FALSE(e.message().id.empty()) << e.what();
        return kinerja::describe(e, kinerja::Language("id"));
    }
    return "accepted";
}

std::string read_in_indonesian(const std::string& text, const ReadLimits& limits = {}) {
    return in_indonesian([&] { (void)kinerja::read_ledger_csv(text, "t.csv", limits); });
}

// The line `good` with field 8 (anggaran, at column 64) replaced by \p anggaran.
std::string with_anggaran(const std::string& anggaran) {
    return header + "2024;35.08;1.06.01;Dinas Sosial Lmj.;1.06.02.2.01.0001;Bantuan;" + anggaran +
           ";900,00\n";
}

TEST(LedgerCsvLanguage, TheReaderSaysItsReasonsInIndonesian) {
    EXPECT_EQ(read_in_indonesian(""), "t.csv:1:1: tidak ada baris judul kolom: berkas kosong");
    EXPECT_EQ(read_in_indonesian("tahun;kode\n"),
              "t.csv:1:11: baris judul kolom harus persis '" + std::string(kinerja::ledger_csv_header) + "'");
    EXPECT_EQ(read_in_indonesian(header + "20x4;35.08;1.06.01;A;1.06.02.2.01.0001;B;1,00;2,00\n"),
              "t.csv:2:1: tahun '20x4' harus terdiri atas empat digit, misalnya 2024");
    EXPECT_EQ(
        read_in_indonesian(header + good +
                           "2024;35.08;1.06.01;Dinas Sosial;1.06.02.2.01.0001;Bantuan;1,00;2,00\n"),
        "t.csv:3:20: SKPD 1.06.01 pada pemda 35.08 bernama 'Dinas Sosial Lmj.' pada baris sebelumnya, bukan "
        "'Dinas Sosial'");
    EXPECT_EQ(read_in_indonesian(header + "2024;35.08;1.06.01;A\n"),
              "t.csv:2:21: baris berakhir setelah 4 kolom; kolom selanjutnya tidak ada");
    ReadLimits limits;
    limits.max_rows = 1;
    EXPECT_EQ(read_in_indonesian(header + good + good, limits),
              "t.csv:3:1: lebih dari 1 baris di bawah baris judul kolom; batasnya 1 (naikkan dengan "
              "--max-rows atau "
              "ReadLimits::max_rows)");
}

TEST(LedgerCsvLanguage, AnAmountsReasonIsSaidInIndonesian) {
    // "1.00,00": the group after the dot starts at offset 2.
    EXPECT_EQ(read_in_indonesian(with_anggaran("1.00,00")),
              "t.csv:2:64: tidak dapat membaca '1.00,00' pada posisi 2: kelompok digit terdiri atas 2 digit, "
              "bukan 3");
    EXPECT_EQ(read_in_indonesian(with_anggaran("")),
              "t.csv:2:64: tidak dapat membaca '' pada posisi 0: tidak ada digit pada jumlah yang kosong");
    EXPECT_EQ(
        read_in_indonesian(with_anggaran("99.999.999.999.999.999,00")),
        "t.csv:2:64: tidak dapat membaca '99.999.999.999.999.999,00': jumlah uang dalam ledger harus muat "
        "dalam 64 bit sen (paling banyak 92.233.720.368.547.758,07)");
    EXPECT_EQ(
        in_indonesian([] { (void)kinerja::parse_ledger_amount("99.999.999.999.999.999,00"); }),
        "tidak dapat membaca '99.999.999.999.999.999,00': jumlah uang dalam ledger harus muat dalam 64 bit "
        "sen (paling banyak 92.233.720.368.547.758,07)");
}

TEST(LedgerCsvLanguage, TheLedgersOwnRefusalsAreSaidInIndonesian) {
    Ledger l;
    EXPECT_EQ(in_indonesian([&] { (void)l.add_region("3"); }),
              "kode pemda '3' harus dua digit, boleh diikuti titik dan dua digit lagi (misalnya '35' atau "
              "'35.08')");
    const std::uint32_t region = l.add_region("35.08");
    (void)l.add_body(region, "1.06.01", "Dinas Sosial");
    EXPECT_EQ(in_indonesian([&] { (void)l.add_body(region, "1.06.01", "Dinsos"); }),
              "SKPD '1.06.01' pada pemda 35.08 bernama 'Dinas Sosial', bukan 'Dinsos'");
    EXPECT_EQ(in_indonesian([&] { (void)l.body_code(7); }), "id SKPD 7 harus kurang dari 1");
    // The totals' bytes: a word of the message is itself said in Indonesian.
    EXPECT_EQ(in_indonesian([] { (void)kinerja::LedgerTotals::from_bytes("xx", "t.bin"); }),
              "t.bin:byte 0: total ledger harus diawali 'KJLTOTAL'");
    EXPECT_EQ(in_indonesian([] { (void)kinerja::LedgerTotals::from_bytes("KJLTOTAL", "t.bin"); }),
              "t.bin:byte 8: data byte berakhir di tengah versi");
}

}  // namespace language
