// The header vocabulary of printed tables (see column_vocabulary.hpp).

#include "io/detail/column_vocabulary.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "kinerja/plan/validate.hpp"

namespace kinerja::detail {
namespace {

struct Word {
    const char* key;
    HeaderMeaning meaning;
};

constexpr HeaderMeaning label(int rank) {
    return {HeaderKind::label, ColumnRole::other, rank, false, false, true};
}
constexpr HeaderMeaning role(ColumnRole r) { return {HeaderKind::role, r, 0, false, false, true}; }
constexpr HeaderMeaning contextual_percent() {
    return {HeaderKind::role, ColumnRole::persen, 0, true, false, true};
}
constexpr HeaderMeaning numbering() { return {HeaderKind::role, ColumnRole::other, 0, false, true, true}; }

// Keys as header_key gives them. What real reports print (the seed's tables among them), with the
// English names the CSV reader has always taken. A key absent here is unknown: the CSV reader refuses
// it, the table layout keeps its column as other with a note.
const Word words[] = {
    // The row label: an indicator names the row more surely than the sasaran it serves.
    {"indikator", label(3)},
    {"indikator kinerja", label(3)},
    {"indikator kinerja utama", label(3)},
    {"indikator sasaran", label(3)},
    {"indikator kinerja sasaran", label(3)},
    {"indikator program", label(3)},
    {"indikator kinerja program", label(3)},
    {"indikator kegiatan", label(3)},
    {"indikator kinerja kegiatan", label(3)},
    {"uraian", label(2)},
    {"program", label(2)},
    {"kegiatan", label(2)},
    {"sub kegiatan", label(2)},
    {"program kegiatan", label(2)},
    {"program dan kegiatan", label(2)},
    {"program kegiatan sub kegiatan", label(2)},
    {"nama program", label(2)},
    {"nama kegiatan", label(2)},
    {"uraian program", label(2)},
    {"uraian kegiatan", label(2)},
    {"uraian belanja", label(2)},
    {"jenis belanja", label(2)},
    {"label", label(2)},
    {"nama", label(2)},
    {"description", label(2)},
    {"name", label(2)},
    {"sasaran", label(1)},
    {"sasaran strategis", label(1)},
    {"sasaran program", label(1)},
    {"tujuan", label(1)},
    {"jenis", label(1)},
    {"jenis barang", label(1)},
    {"nama barang", label(1)},
    {"jenis barang nama barang", label(1)},
    {"jenis pmks", label(1)},
    {"jenis psks", label(1)},
    {"pendidikan", label(1)},
    {"tingkat pendidikan", label(1)},
    {"golongan", label(1)},
    {"tingkat diklat pim", label(1)},
    {"tingkat eselon", label(1)},
    {"eselon", label(1)},
    {"level", {HeaderKind::level, ColumnRole::other, 0, false, false, true}},
    // Money.
    {"anggaran", role(ColumnRole::anggaran)},
    {"pagu", role(ColumnRole::anggaran)},
    {"pagu anggaran", role(ColumnRole::anggaran)},
    {"pagu dpa", role(ColumnRole::anggaran)},
    {"dpa", role(ColumnRole::anggaran)},
    {"anggaran setelah perubahan", role(ColumnRole::anggaran)},
    {"anggaran perubahan", role(ColumnRole::anggaran)},
    {"pagu setelah perubahan", role(ColumnRole::anggaran)},
    {"jumlah anggaran", role(ColumnRole::anggaran)},
    {"alokasi anggaran", role(ColumnRole::anggaran)},
    {"budget", role(ColumnRole::anggaran)},
    {"realisasi", role(ColumnRole::realisasi)},
    {"realisasi anggaran", role(ColumnRole::realisasi)},
    {"realisasi keuangan", role(ColumnRole::realisasi)},
    {"realisasi belanja", role(ColumnRole::realisasi)},
    {"realization", role(ColumnRole::realisasi)},
    {"realisation", role(ColumnRole::realisasi)},
    {"sisa", role(ColumnRole::sisa)},
    {"sisa anggaran", role(ColumnRole::sisa)},
    {"selisih", role(ColumnRole::sisa)},
    {"remaining", role(ColumnRole::sisa)},
    // Percentages.
    {"%", contextual_percent()},
    {"persen", contextual_percent()},
    {"persentase", contextual_percent()},
    {"prosentase", contextual_percent()},
    {"percent", contextual_percent()},
    {"serapan", role(ColumnRole::persen)},
    {"serapan anggaran", role(ColumnRole::persen)},
    {"persentase serapan", role(ColumnRole::persen)},
    {"% realisasi", role(ColumnRole::persen)},
    {"persentase realisasi", role(ColumnRole::persen)},
    {"target", role(ColumnRole::target)},
    {"target pk", role(ColumnRole::target)},
    {"target kinerja", role(ColumnRole::target)},
    {"capaian", role(ColumnRole::capaian)},
    {"capaian kinerja", role(ColumnRole::capaian)},
    {"persentase capaian", role(ColumnRole::capaian)},
    {"% capaian", role(ColumnRole::capaian)},
    {"tingkat capaian", role(ColumnRole::capaian)},
    {"achievement", role(ColumnRole::capaian)},
    // Counts.
    {"l", role(ColumnRole::l)},
    {"lk", role(ColumnRole::l)},
    {"laki laki", role(ColumnRole::l)},
    {"men", role(ColumnRole::l)},
    {"p", role(ColumnRole::p)},
    {"pr", role(ColumnRole::p)},
    {"perempuan", role(ColumnRole::p)},
    {"women", role(ColumnRole::p)},
    {"jumlah", role(ColumnRole::jumlah)},
    {"jml", role(ColumnRole::jumlah)},
    {"total", role(ColumnRole::jumlah)},
    {"jumlah barang", role(ColumnRole::jumlah)},
    {"jumlah pegawai", role(ColumnRole::jumlah)},
    {"jumlah penerima", role(ColumnRole::jumlah)},
    // The parts of the jumlah: an asset's condition. The abbreviations (B, KB, RR, RB) only under a
    // Kondisi heading (condition() below), so that an unrelated "B" column is not taken for one.
    {"baik", role(ColumnRole::part)},
    {"kurang baik", role(ColumnRole::part)},
    {"rusak", role(ColumnRole::part)},
    {"rusak ringan", role(ColumnRole::part)},
    {"rusak berat", role(ColumnRole::part)},
    {"ditangani", role(ColumnRole::ditangani)},
    {"yg ditangani", role(ColumnRole::ditangani)},
    {"yang ditangani", role(ColumnRole::ditangani)},
    {"tertangani", role(ColumnRole::ditangani)},
    {"handled", role(ColumnRole::ditangani)},
    // Kept, not checked.
    {"no", numbering()},
    {"nomor", numbering()},
    {"no urut", numbering()},
    {"keterangan", role(ColumnRole::other)},
    {"ket", role(ColumnRole::other)},
    {"notes", role(ColumnRole::other)},
    {"satuan", role(ColumnRole::other)},
    {"kode", role(ColumnRole::other)},
    {"kode rekening", role(ColumnRole::other)},
    {"rumusan formula", role(ColumnRole::other)},
    {"formula", role(ColumnRole::other)},
    {"perhitungan", role(ColumnRole::other)},
    {"sumber data", role(ColumnRole::other)},
    {"realisasi fisik", role(ColumnRole::other)},
    {"anggaran murni", role(ColumnRole::other)},
    {"anggaran sebelum perubahan", role(ColumnRole::other)},
};

// A condition under a Kondisi heading, as the table layout names a column by its header and the one
// above ("Kondisi Barang" over "RB": "kondisi barang rb"), or a CSV header says it at once.
const HeaderMeaning* condition(const std::string& key) {
    static constexpr HeaderMeaning part = role(ColumnRole::part);
    static const char* const headings[] = {"kondisi barang ", "kondisi aset ", "kondisi "};
    static const char* const conditions[] = {"b",           "kb",    "rr",           "rb",         "baik",
                                             "kurang baik", "rusak", "rusak ringan", "rusak berat"};
    for (const char* h : headings) {
        const std::string_view heading(h);
        if (key.compare(0, heading.size(), heading) != 0) continue;
        const std::string_view rest = std::string_view(key).substr(heading.size());
        for (const char* c : conditions)
            if (rest == c) return &part;
        return nullptr;
    }
    return nullptr;
}

const HeaderMeaning* find(const std::string& key) {
    const auto it =
        std::find_if(std::begin(words), std::end(words), [&](const Word& w) { return key == w.key; });
    return it == std::end(words) ? condition(key) : &it->meaning;
}

std::optional<int> year_of(const std::string& token) {
    if (token.size() != 4 ||
        !std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const int y = std::stoi(token);
    if (y < min_year || y > max_year) return std::nullopt;
    return y;
}

}  // namespace

std::string header_key(std::string_view text) {
    std::string out;
    bool blank = false;
    auto put = [&](char c) {
        if (c == ' ') {
            blank = !out.empty();
            return;
        }
        if (blank) out += ' ';
        blank = false;
        out += c;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            ++i;  // a no-break space
            put(' ');
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
            i += 2;  // spaces, dashes, quotes and bullets (U+2000..U+203F)
            put(' ');
        } else if (c >= 0x80) {
            put(static_cast<char>(c));  // a letter of another script, kept as it is
        } else if (std::isalnum(c) || c == '%') {
            put(static_cast<char>(std::tolower(c)));
        } else {
            put(' ');
        }
    }
    return out;
}

HeaderReading read_header(std::string_view text) {
    HeaderReading out;
    out.key = header_key(text);
    if (const HeaderMeaning* m = find(out.key)) {
        out.meaning = *m;
        return out;
    }
    // Without units and the year.
    std::vector<std::string> tokens;
    for (std::size_t b = 0; b < out.key.size();) {
        std::size_t e = out.key.find(' ', b);
        if (e == std::string::npos) e = out.key.size();
        tokens.push_back(out.key.substr(b, e - b));
        b = e + 1;
    }
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& t = tokens[i];
        if (const auto y = year_of(t)) {
            out.year = y;
            // "tahun 2019", "tahun anggaran 2019", "ta 2019", "t a 2019", "th 2019": the words go too.
            auto drop = [&](const char* w) {
                if (!kept.empty() && kept.back() == w) {
                    kept.pop_back();
                    return true;
                }
                return false;
            };
            if (drop("anggaran") && !drop("tahun")) kept.emplace_back("anggaran");
            if (!drop("tahun") && !drop("ta") && !drop("th") && drop("a") && !drop("t"))
                kept.emplace_back("a");
            continue;
        }
        if (t == "rp" || t == "rupiah") continue;
        if (t == "%") {
            out.percent = true;
            continue;
        }
        kept.push_back(t);
    }
    std::string rest;
    for (const std::string& t : kept) rest += (rest.empty() ? "" : " ") + t;
    if (rest.empty()) {
        // Only a unit or a year ("%" alone is found above).
        out.meaning = HeaderMeaning{HeaderKind::unit, ColumnRole::other, 0, false, false, true};
        return out;
    }
    if (const HeaderMeaning* m = find(rest)) out.meaning = *m;
    return out;
}

}  // namespace kinerja::detail
