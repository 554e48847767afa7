// The header-only core through the kinerja::core target: nothing of libkinerja is linked.
#include <iostream>
#include <kinerja/core.hpp>

int main() {
    const auto anggaran = kinerja::parse_rupiah("Rp. 7.427.331.499,-");
    const auto realisasi = kinerja::parse_rupiah("6.882.166.420,36");
    std::cout << "sisa " << anggaran - realisasi << ", serapan " << kinerja::percent(realisasi, anggaran)
              << '\n';
}
