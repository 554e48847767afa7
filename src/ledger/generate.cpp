// A synthetic national ledger, identical on every platform: splitmix64 and integer arithmetic only.

#include "kinerja/ledger/generate.hpp"

#include <algorithm>
#include <array>

namespace kinerja {
namespace {

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and fully specified, unlike std distributions.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E37'79B9'7F4A'7C15u);
        z = (z ^ (z >> 30)) * 0xBF58'476D'1CE4'E5B9u;
        z = (z ^ (z >> 27)) * 0x94D0'49BB'1331'11EBu;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) by multiply-shift (bias below 2^-40 for the ranges used here).
    std::uint64_t below(std::uint64_t n) {
        return static_cast<std::uint64_t>((static_cast<uint128>(next()) * n) >> 64);
    }

private:
    std::uint64_t state_;
};

// The 38 provinces' Kemendagri codes.
constexpr std::array<const char*, 38> provinces = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
                                                   "31", "32", "33", "34", "35", "36", "51", "52", "53", "61",
                                                   "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
                                                   "81", "82", "91", "92", "93", "94", "95", "96"};
// Regencies and cities per province the code scheme allows here: regencies "PP.01".."PP.69",
// cities "PP.71"..; every fifth region of a province is a city.
constexpr int regions_per_province = 85;

// Bidang urusan of Permendagri 90 (U.BB) with the name of the body that usually holds it.
struct Bidang {
    const char* code;
    const char* body;
};
constexpr std::array<Bidang, 42> bidang = {{
    {"1.01", "Dinas Pendidikan"},
    {"1.02", "Dinas Kesehatan"},
    {"1.03", "Dinas Pekerjaan Umum dan Penataan Ruang"},
    {"1.04", "Dinas Perumahan dan Kawasan Permukiman"},
    {"1.05", "Satuan Polisi Pamong Praja"},
    {"1.06", "Dinas Sosial"},
    {"2.07", "Dinas Tenaga Kerja"},
    {"2.08", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"},
    {"2.09", "Dinas Ketahanan Pangan"},
    {"2.10", "Dinas Pertanahan"},
    {"2.11", "Dinas Lingkungan Hidup"},
    {"2.12", "Dinas Kependudukan dan Pencatatan Sipil"},
    {"2.13", "Dinas Pemberdayaan Masyarakat dan Desa"},
    {"2.14", "Dinas Pengendalian Penduduk dan Keluarga Berencana"},
    {"2.15", "Dinas Perhubungan"},
    {"2.16", "Dinas Komunikasi dan Informatika"},
    {"2.17", "Dinas Koperasi, Usaha Kecil dan Menengah"},
    {"2.18", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"},
    {"2.19", "Dinas Kepemudaan dan Olahraga"},
    {"2.20", "Dinas Statistik"},
    {"2.21", "Dinas Persandian"},
    {"2.22", "Dinas Kebudayaan"},
    {"2.23", "Dinas Perpustakaan"},
    {"2.24", "Dinas Kearsipan"},
    {"3.25", "Dinas Kelautan dan Perikanan"},
    {"3.26", "Dinas Pariwisata"},
    {"3.27", "Dinas Pertanian"},
    {"3.28", "Dinas Kehutanan"},
    {"3.29", "Dinas Energi dan Sumber Daya Mineral"},
    {"3.30", "Dinas Perdagangan"},
    {"3.31", "Dinas Perindustrian"},
    {"3.32", "Dinas Transmigrasi"},
    {"4.01", "Sekretariat Daerah"},
    {"4.02", "Sekretariat DPRD"},
    {"5.01", "Badan Perencanaan Pembangunan Daerah"},
    {"5.02", "Badan Pengelolaan Keuangan dan Aset Daerah"},
    {"5.03", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"},
    {"5.04", "Badan Pendidikan dan Pelatihan"},
    {"5.05", "Badan Penelitian dan Pengembangan"},
    {"6.01", "Inspektorat"},
    {"7.01", "Kecamatan"},
    {"8.01", "Badan Kesatuan Bangsa dan Politik"},
}};
constexpr int programs_per_bidang = 8;  // PP 02..09; PP 01 is the shared X.XX.01
constexpr int catalogue_programs = 1 + static_cast<int>(bidang.size()) * programs_per_bidang;

constexpr std::array<const char*, 8> actions = {"Penyediaan", "Pengadaan",  "Pemeliharaan", "Pembangunan",
                                                "Penyusunan", "Koordinasi", "Pembinaan",    "Pengelolaan"};
constexpr std::array<const char*, 12> objects = {"Sarana dan Prasarana",
                                                 "Dokumen Perencanaan",
                                                 "Layanan Administrasi",
                                                 "Data dan Informasi",
                                                 "Peralatan dan Perlengkapan",
                                                 "Kapasitas Aparatur",
                                                 "Monitoring, Evaluasi dan Pelaporan",
                                                 "Jasa Penunjang",
                                                 "Bahan Logistik",
                                                 "Kegiatan Masyarakat",
                                                 "Fasilitas Pelayanan",
                                                 "Program Prioritas"};

// Edges (Rupiah) of 16 geometric buckets from 5 million to 2 billion, rounded to thousands: a draw
// uniform within a uniformly chosen bucket is log-uniform to within 1/16 of the range's log.
constexpr std::array<std::int64_t, 17> common_edges = {
    5'000'000,   7'271'000,   10'574'000,  15'376'000,    22'361'000,   32'517'000,
    47'287'000,  68'766'000,  100'000'000, 145'422'000,   211'474'000,  307'529'000,
    447'214'000, 650'345'000, 945'742'000, 1'375'312'000, 2'000'000'000};
// The tail: 8 geometric buckets from 2 billion to 500 billion, rounded to millions.
constexpr std::array<std::int64_t, 9> tail_edges = {2'000'000'000,   3'988'000'000,   7'953'000'000,
                                                    15'858'000'000,  31'623'000'000,  63'058'000'000,
                                                    125'743'000'000, 250'742'000'000, 500'000'000'000};

std::string two_digits(int n) {
    return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

std::string region_code(int index) {
    if (index < static_cast<int>(provinces.size())) return provinces[static_cast<std::size_t>(index)];
    const int k = index - static_cast<int>(provinces.size());
    const int province = k % static_cast<int>(provinces.size());
    const int j = k / static_cast<int>(provinces.size());
    const int number = j % 5 == 4 ? 71 + j / 5 : 1 + j - j / 5;
    return std::string(provinces[static_cast<std::size_t>(province)]) + "." + two_digits(number);
}

// Refuses an option unless \p ok: \p what in English, \p said the same as a catalogue message (the
// ledger layer is below the catalogues).
void check(bool ok, const std::string& what, Message said) {
    if (!ok) throw value_error(what, std::move(said));
}

// Anggaran of one line in sen.
std::int64_t draw_anggaran(Random& rng) {
    const std::uint64_t kind = rng.below(1000);
    if (kind < 5) return 0;  // a line kept in the plan with nothing budgeted
    if (kind < 7) {
        const auto b = static_cast<std::size_t>(rng.below(tail_edges.size() - 1));
        const std::int64_t lo = tail_edges[b] / 1'000'000;
        const std::int64_t hi = tail_edges[b + 1] / 1'000'000;
        return (lo + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(hi - lo)))) * 1'000'000 *
               100;
    }
    const auto b = static_cast<std::size_t>(rng.below(common_edges.size() - 1));
    const std::int64_t lo = common_edges[b] / 1000;
    const std::int64_t hi = common_edges[b + 1] / 1000;
    return (lo + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(hi - lo)))) * 1000 * 100;
}

// Realisasi of a line with anggaran `a` sen: mostly 60-100% in whole thousands, some to the sen.
std::int64_t draw_realisasi(Random& rng, std::int64_t a) {
    const std::uint64_t kind = rng.below(100);
    if (kind < 3) return 0;  // nothing spent yet
    if (kind < 8) return a;  // fully absorbed
    const auto basis_points = static_cast<std::int64_t>(6000 + rng.below(4001));
    const std::int64_t r = a / 10000 * basis_points + a % 10000 * basis_points / 10000;
    if (kind < 88) return r / 100'000 * 100'000;  // whole thousands of Rupiah
    const std::int64_t odd = r / 100 * 100 + static_cast<std::int64_t>(rng.below(100));
    return odd < a ? odd : a;
}

// The j-th smallest of the `count` entries start, start + 1, ... (mod size): those that wrapped
// round to the front come first.
int in_code_order(int start, int j, int count, int size) {
    const int wrapped = std::max(0, start + count - size);
    return j < wrapped ? j : start + (j - wrapped);
}

// Adds the code catalogue to \p l: program p, kegiatan k, sub kegiatan s gets the id at
// (p * catalogue_kegiatan + k) * catalogue_sub + s of the result.
std::vector<std::uint32_t> add_catalogue(Ledger& l, int catalogue_kegiatan, int catalogue_sub) {
    std::vector<std::uint32_t> sub_id;
    sub_id.reserve(static_cast<std::size_t>(catalogue_programs * catalogue_kegiatan * catalogue_sub));
    for (int p = 0; p < catalogue_programs; ++p) {
        const std::string bidang_code =
            p == 0 ? "X.XX" : bidang[static_cast<std::size_t>((p - 1) / programs_per_bidang)].code;
        const std::string program =
            bidang_code + "." + two_digits(p == 0 ? 1 : 2 + (p - 1) % programs_per_bidang);
        for (int k = 0; k < catalogue_kegiatan; ++k) {
            const std::string kegiatan =
                program + "." + std::to_string(2 + k / 99) + "." + two_digits(1 + k % 99);
            for (int s = 0; s < catalogue_sub; ++s) {
                std::string number = std::to_string(1 + s);
                number.insert(0, 4 - number.size(), '0');
                const std::string name =
                    std::string(actions[static_cast<std::size_t>(s) % actions.size()]) + " " +
                    objects[static_cast<std::size_t>(k + p) % objects.size()] +
                    (p == 0 ? std::string(" Perangkat Daerah") : std::string(" Bidang ") + bidang_code);
                sub_id.push_back(l.add_sub_kegiatan(kegiatan + "." + number, name));
            }
        }
    }
    return sub_id;
}

}  // namespace

Ledger generate_ledger(const GenerateOptions& o) {
    const int max_regions = static_cast<int>(provinces.size()) * (1 + regions_per_province);
    check(o.regions >= 1 && o.regions <= max_regions, "regions must be 1 to " + std::to_string(max_regions),
          {"error.ledger.generate.regions", {{"max", std::to_string(max_regions)}}});
    check(o.bodies >= 1 && o.bodies <= 99, "bodies per region must be 1 to 99",
          {"error.ledger.generate.bodies", {}});
    check(o.programs >= 1 && o.programs <= catalogue_programs,
          "programs per body must be 1 to " + std::to_string(catalogue_programs),
          {"error.ledger.generate.programs", {{"max", std::to_string(catalogue_programs)}}});
    check(o.kegiatan >= 1 && o.kegiatan <= 196, "kegiatan per program must be 1 to 196",
          {"error.ledger.generate.kegiatan", {}});
    check(o.sub_kegiatan >= 1 && o.sub_kegiatan <= 9996, "sub kegiatan per kegiatan must be 1 to 9996",
          {"error.ledger.generate.sub_kegiatan", {}});
    check(!o.years.empty(), "at least one year is required", {"error.ledger.generate.no_year", {}});
    for (const int y : o.years)
        check(y >= 1000 && y <= 9999, "year " + std::to_string(y) + " must have four digits",
              {"error.ledger.generate.year", {{"year", std::to_string(y)}}});
    const std::uint64_t per_year =
        static_cast<std::uint64_t>(o.regions) * static_cast<std::uint64_t>(o.bodies) *
        static_cast<std::uint64_t>(o.programs) * static_cast<std::uint64_t>(o.kegiatan) *
        static_cast<std::uint64_t>(o.sub_kegiatan);
    check(per_year * o.years.size() <= Ledger::max_lines, "the ledger would have 2^32 lines or more",
          {"error.ledger.generate.lines", {}});
    // The catalogue holds a few more kegiatan and sub kegiatan than a body uses, so bodies differ.
    const int catalogue_kegiatan = o.kegiatan + 2;
    const int catalogue_sub = o.sub_kegiatan + 3;
    check(static_cast<std::uint64_t>(catalogue_programs) * static_cast<std::uint64_t>(catalogue_kegiatan) *
                  static_cast<std::uint64_t>(catalogue_sub) <=
              (1u << 24),
          "kegiatan x sub kegiatan per program must be smaller (the code catalogue would pass 2^24 codes)",
          {"error.ledger.generate.catalogue", {}});

    Ledger l;
    Random rng(o.seed);
    const std::vector<std::uint32_t> sub_id = add_catalogue(l, catalogue_kegiatan, catalogue_sub);
    std::vector<std::uint32_t> body_id;
    std::vector<int> body_bidang;
    for (int r = 0; r < o.regions; ++r) {
        const std::uint32_t region = l.add_region(region_code(r));
        for (int b = 0; b < o.bodies; ++b) {
            const int bi = b % static_cast<int>(bidang.size());
            const std::string code = std::string(bidang[static_cast<std::size_t>(bi)].code) + ".0.00.0.00." +
                                     two_digits(b + 1) + ".0000";
            std::string name = bidang[static_cast<std::size_t>(bi)].body;
            if (b >= static_cast<int>(bidang.size())) name += " II";
            body_id.push_back(l.add_body(region, code, name));
            body_bidang.push_back(bi);
        }
    }

    l.reserve(static_cast<std::size_t>(per_year * o.years.size()));
    for (const int year : o.years) {
        for (std::size_t b = 0; b < body_id.size(); ++b) {
            // Every body has the shared support program X.XX.01, then its own bidang's programs and
            // those of the bidang after it.
            for (int j = 0; j < o.programs; ++j) {
                const int p =
                    j == 0 ? 0
                           : 1 + (body_bidang[b] * programs_per_bidang + j - 1) % (catalogue_programs - 1);
                // A body uses all but a few of the catalogue's kegiatan and sub kegiatan: a window
                // of consecutive entries (wrapping round), listed in code order as exports list them.
                const auto k0 = static_cast<int>(rng.below(static_cast<std::uint64_t>(catalogue_kegiatan)));
                for (int kk = 0; kk < o.kegiatan; ++kk) {
                    const int k = in_code_order(k0, kk, o.kegiatan, catalogue_kegiatan);
                    const auto s0 = static_cast<int>(rng.below(static_cast<std::uint64_t>(catalogue_sub)));
                    for (int ss = 0; ss < o.sub_kegiatan; ++ss) {
                        const int s = in_code_order(s0, ss, o.sub_kegiatan, catalogue_sub);
                        const std::int64_t a = draw_anggaran(rng);
                        const std::int64_t r = draw_realisasi(rng, a);
                        l.append_sen(year, body_id[b],
                                     sub_id[static_cast<std::size_t>(
                                         (p * catalogue_kegiatan + k) * catalogue_sub + s)],
                                     a, r);
                    }
                }
            }
        }
    }
    return l;
}

}  // namespace kinerja
