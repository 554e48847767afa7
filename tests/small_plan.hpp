#pragma once
// A small plan built in code, with figures worked out by hand in the tests that use it.

#include <kinerja/kinerja.hpp>

namespace kinerja::testing {

inline Rupiah rp(std::int64_t whole) { return Rupiah::from_rupiah(whole); }
inline Decimal num(const char* text) { return parse_number(text); }

inline Indicator simple_indicator(std::string id, std::string node, const char* target,
                                  const char* realised) {
    Indicator ind;
    ind.id = std::move(id);
    ind.node = std::move(node);
    ind.name = "indicator " + ind.id;
    ind.satuan = "%";
    ind.targets[2024] = Target::number(num(target));
    Realisation r;
    r.value = num(realised);
    ind.realisations[2024] = r;
    return ind;
}

// visi > misi > tujuan > sasaran s > program p1 (utama) > kegiatan k1, k2; program p2 (penunjang) > k3.
// Budget 2024: k1 1.000.000 / 900.000, k2 3.000.000 / 2.000.000, k3 500.000 / 500.000 (belanja
// langsung); the body's belanja pegawai 2.000.000 / 1.500.000 (belanja tidak langsung).
// Indicators 2024: k1 90 of 100; k2 40 of 50 and (lower, T/R) 8 against 10; k3 5 against a target of 0.
inline Renstra small_plan() {
    Renstra plan;
    plan.body = {"Dinas Contoh", "Kota Contoh"};
    plan.period = {2021, 2026};
    plan.units = {{"kepala", "Kepala Dinas", ""}, {"bidang", "Bidang Satu", "kepala"}};
    auto node = [](const char* id, Level level, const char* parent, ProgramKind kind = ProgramKind::none) {
        Node n;
        n.id = id;
        n.level = level;
        n.name = std::string("node ") + id;
        n.parent = parent;
        n.kind = kind;
        return n;
    };
    plan.nodes = {node("v", Level::visi, ""),
                  node("m", Level::misi, "v"),
                  node("t", Level::tujuan, "m"),
                  node("s", Level::sasaran, "t"),
                  node("p1", Level::program, "s", ProgramKind::utama),
                  node("k1", Level::kegiatan, "p1"),
                  node("k2", Level::kegiatan, "p1"),
                  node("p2", Level::program, "", ProgramKind::penunjang),
                  node("k3", Level::kegiatan, "p2")};
    plan.nodes[4].unit = "bidang";
    plan.statements = {{"st1", StatementKind::strategi, "strategi satu", {"s"}, {"p1"}}};
    plan.indicators = {simple_indicator("i1", "k1", "100", "90"), simple_indicator("i2", "k2", "50", "40"),
                       simple_indicator("i2b", "k2", "10", "8"), simple_indicator("i3", "k3", "0", "5")};
    plan.indicators[2].polarity = Polarity::lower_is_better;
    plan.indicators[2].lower_formula = LowerFormula::t_over_r;
    auto line = [](const char* node_id, std::int64_t a, std::int64_t r) {
        BudgetLine b;
        b.year = 2024;
        b.spending = SpendingClass::belanja_langsung;
        b.node = node_id;
        b.anggaran = Rupiah::from_rupiah(a);
        b.realisasi = Rupiah::from_rupiah(r);
        return b;
    };
    plan.budget = {line("k1", 1'000'000, 900'000), line("k2", 3'000'000, 2'000'000),
                   line("k3", 500'000, 500'000), line("", 2'000'000, 1'500'000)};
    plan.budget[3].spending = SpendingClass::belanja_tidak_langsung;
    plan.budget[3].name = "Belanja Pegawai";
    return plan;
}

}  // namespace kinerja::testing
