// Rolls budget lines (one kegiatan a line) up to their programs and prints each program's
// anggaran, realisasi, sisa and serapan (%), exactly.
//
// Input: a ';'-separated file with the header `program;kegiatan;anggaran;realisasi` and the amounts
// as Indonesian number text, verbatim from a report. Usage: kinerja-program-totals FILE [--tsv]

#include <cstdio>
#include <fstream>
#include <iostream>
#include <kinerja/kinerja.hpp>
#include <string>
#include <vector>

namespace {

struct Total {
    std::string program;
    kinerja::Rupiah anggaran;
    kinerja::Rupiah realisasi;
};

std::vector<std::string> split(const std::string& line, char sep) {
    std::vector<std::string> fields(1);
    for (char c : line) {
        if (c == sep)
            fields.emplace_back();
        else
            fields.back() += c;
    }
    return fields;
}

// 1-based column (in characters) where field `i` of `line` starts.
std::size_t column_of(const std::vector<std::string>& fields, std::size_t i) {
    std::size_t col = 1;
    for (std::size_t k = 0; k < i; ++k) col += fields[k].size() + 1;
    return col;
}

std::vector<Total> read_totals(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw kinerja::error(path + ": cannot open the file");
    std::string line;
    std::size_t line_no = 0;
    std::vector<Total> totals;
    while (std::getline(in, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line_no == 1) {
            if (line != "program;kegiatan;anggaran;realisasi")
                throw kinerja::error(path + ":1: header must be 'program;kegiatan;anggaran;realisasi'");
            continue;
        }
        if (line.empty()) throw kinerja::error(path + ":" + std::to_string(line_no) + ": empty line");
        const auto f = split(line, ';');
        if (f.size() != 4)
            throw kinerja::error(path + ":" + std::to_string(line_no) + ": expected 4 fields, found " +
                                 std::to_string(f.size()));
        auto amount = [&](std::size_t i) {
            kinerja::ReadOptions where;
            where.source = path + ":" + std::to_string(line_no) + ":" + std::to_string(column_of(f, i));
            return kinerja::parse_rupiah(f[i], kinerja::Mode::strict, where);
        };
        const kinerja::Rupiah anggaran = amount(2);
        const kinerja::Rupiah realisasi = amount(3);
        auto it = totals.begin();
        while (it != totals.end() && it->program != f[0]) ++it;
        if (it == totals.end()) it = totals.insert(totals.end(), Total{f[0], {}, {}});
        it->anggaran += anggaran;
        it->realisasi += realisasi;
    }
    if (totals.empty()) throw kinerja::error(path + ": no budget lines");
    return totals;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3 || (argc == 3 && std::string(argv[2]) != "--tsv")) {
        std::cerr << "usage: kinerja-program-totals FILE [--tsv]\n";
        return 2;
    }
    const bool tsv = argc == 3;
    try {
        std::vector<Total> rows = read_totals(argv[1]);
        Total all{"JUMLAH", {}, {}};
        for (const Total& t : rows) {
            all.anggaran += t.anggaran;
            all.realisasi += t.realisasi;
        }
        rows.push_back(all);
        if (!tsv) std::printf("%-80s %20s %20s %20s %9s\n", "Program", "Anggaran", "Realisasi", "Sisa", "%");
        for (const Total& t : rows) {
            const std::string a = kinerja::format_rupiah(t.anggaran);
            const std::string r = kinerja::format_rupiah(t.realisasi);
            const std::string s = kinerja::format_rupiah(t.anggaran - t.realisasi);
            const std::string p = kinerja::format_percent(kinerja::percent(t.realisasi, t.anggaran));
            if (tsv)
                std::printf("%s\t%s\t%s\t%s\t%s\n", t.program.c_str(), a.c_str(), r.c_str(), s.c_str(),
                            p.c_str());
            else
                std::printf("%-80s %20s %20s %20s %9s\n", t.program.c_str(), a.c_str(), r.c_str(), s.c_str(),
                            p.c_str());
        }
    } catch (const kinerja::error& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
