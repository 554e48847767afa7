// Builds a small plan in code, validates it and prints its serapan and capaian.
// Usage: build_plan
#include <iostream>
#include <kinerja/kinerja.hpp>

int main() {
    using namespace kinerja;
    try {
        Renstra plan;
        plan.body = {"Dinas Contoh", "Kabupaten Contoh"};
        plan.period = {2021, 2026};
        plan.nodes = {Node::of(Level::visi, "v", "Visi"),
                      Node::of(Level::misi, "m", "Misi", "v"),
                      Node::of(Level::tujuan, "t", "Tujuan", "m"),
                      Node::of(Level::sasaran, "s", "Meningkatnya pelayanan sosial", "t"),
                      Node::program("p", "Program Rehabilitasi Sosial", ProgramKind::utama, "s"),
                      Node::of(Level::kegiatan, "k1", "Pelayanan Rehabilitasi", "p"),
                      Node::of(Level::kegiatan, "k2", "Pendataan PMKS", "p")};
        plan.indicators = {Indicator::of("i1", "k1", "PMKS yang tertangani", "%")
                               .target(2024, Target::number(Decimal(80)))
                               .realised(2024, Realisation::stated(parse_number("73,5")))};
        plan.budget = {
            BudgetLine::of("k1", 2024, Rupiah::from_rupiah(150'000'000), Rupiah::from_rupiah(135'500'000)),
            BudgetLine::of("k2", 2024, Rupiah::from_rupiah(50'000'000), Rupiah::from_rupiah(40'000'000))};
        validate(plan);

        for (const char* id : {"p", "k1", "k2"}) {
            const BudgetTotals b = budget_of(plan, id, 2024);
            std::cout << "serapan " << id << ": " << format_rupiah(b.realisasi) << " of "
                      << format_rupiah(b.anggaran) << " = " << format_percent(b.serapan()) << " %\n";
        }
        const Percent capaian = indicator_capaian(plan, *plan.find_indicator("i1"), 2024);
        std::cout << "capaian i1: " << format_percent(capaian) << " %\n";
    } catch (const error& e) {
        std::cerr << e.what() << '\n';
        return 2;
    }
}
