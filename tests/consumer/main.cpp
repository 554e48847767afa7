// Serapan of the seed's total 2019 budget, as a downstream program would compute it.
#include <iostream>
#include <kinerja/kinerja.hpp>

int main() {
    const auto anggaran = kinerja::parse_rupiah("Rp. 7.427.331.499,-");
    const auto realisasi = kinerja::parse_rupiah("6.882.166.420,36");
    std::cout << "serapan " << kinerja::format_percent(kinerja::percent(realisasi, anggaran)) << '\n';
}
