// The core used as a header-only library: compiled with -std=c++17 -I include and nothing linked (no
// libkinerja, no Boost). tests/header_only/run.cmake compares the output with figures worked by hand.
#include <iostream>
#include <kinerja/core.hpp>
#include <unordered_map>

int main() {
    const kinerja::Rupiah anggaran = kinerja::parse_rupiah("848.146.988,00");
    const kinerja::Rupiah realisasi = kinerja::Rupiah::from_rupiah(828507537);
    std::cout << "anggaran " << anggaran << '\n';

    std::unordered_map<kinerja::Rupiah, int> lines;
    ++lines[anggaran];
    ++lines[kinerja::Rupiah::from_sen(84814698800)];  // the same amount, counted in sen
    ++lines[realisasi];
    std::cout << "distinct " << lines.size() << ", anggaran twice " << lines[anggaran] << '\n';

    std::cout << "serapan " << kinerja::percent(realisasi, anggaran) << '\n';
    std::cout << "sisa " << anggaran - realisasi << '\n';

    const kinerja::Decimal target = kinerja::parse_number("26,75");
    const kinerja::Decimal realised = kinerja::parse_number("22,41");
    const kinerja::Percent higher = kinerja::capaian_higher(realised, target);
    std::cout << "capaian " << higher << ' ' << *kinerja::RatingScale::lakip_5band().rate(higher) << '\n';
    const kinerja::Decimal ten(10);
    const kinerja::Decimal twelve(12);
    std::cout << "lower " << kinerja::capaian_lower(twelve, ten, kinerja::LowerFormula::two_t_minus_r)
              << " / " << kinerja::capaian_lower(twelve, ten, kinerja::LowerFormula::t_over_r) << '\n';
    std::cout << "nol " << kinerja::percent(realisasi, kinerja::Rupiah()) << '\n';

    for (const kinerja::Rupiah part : kinerja::allocate(kinerja::Rupiah::from_rupiah(100), 3))
        std::cout << part << ' ';
    std::cout << '\n';
}
