// Prints the anggaran, realisasi and serapan of every program in a kinerja dataset.
// Usage: serapan DATASET.json [YEAR]
#include <iostream>
#include <kinerja/kinerja.hpp>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: serapan DATASET.json [YEAR]\n";
        return 2;
    }
    try {
        const kinerja::Renstra plan = kinerja::load_renstra(argv[1]);
        const int year = argc > 2 ? std::stoi(argv[2]) : kinerja::latest_year(plan);
        for (const std::string& id : plan.descendants("", kinerja::Level::program)) {
            const kinerja::BudgetTotals b = kinerja::budget_of(plan, id, year);
            std::cout << plan.find_node(id)->name << ": " << kinerja::format_rupiah(b.realisasi) << " of "
                      << kinerja::format_rupiah(b.anggaran) << " = " << kinerja::format_percent(b.serapan())
                      << " %\n";
        }
    } catch (const kinerja::error& e) {
        std::cerr << e.what() << '\n';
        return 2;
    }
}
