#pragma once
// The program tables the localization benchmarks use (benchmarks/locate_bench.cpp as an edit
// system, benchmarks/reviu_bench.cpp printed): programs of 9 kegiatan, a program row the sum of its
// kegiatan, the J U M L A H the sum of the programs; anggaran, realisasi, sisa and %.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace kinerja_bench {

// A budget table of programs, as the reviu reads it: every figure in sen, the % in hundredths.
struct BudgetRow {
    int level = 2;                         // 1: a program or the J U M L A H, 2: a kegiatan
    std::int64_t cells[4] = {0, 0, 0, 0};  // anggaran, realisasi, sisa, % (hundredths)
    bool wrong[4] = {false, false, false, false};
};

// \p programs programs of 9 kegiatan each and the J U M L A H; \p k wrong cells in distinct rows
// (the J U M L A H and a program row first when k >= 2), each at a random column, moved by a random
// amount.
std::vector<BudgetRow> budget_table(int programs, int k, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    // 10 to 500 juta: 2 x realisasi x 10000 of a J U M L A H over 2000 rows stays within 64 bits.
    std::uniform_int_distribution<std::int64_t> budget(1000000000, 50000000000);
    const auto percent = [](std::int64_t a, std::int64_t r) { return (2 * r * 10000 + a) / (2 * a); };
    std::vector<BudgetRow> rows;
    BudgetRow total;
    total.level = 1;
    for (int p = 0; p < programs; ++p) {
        const std::size_t head = rows.size();
        rows.push_back(BudgetRow{1, {0, 0, 0, 0}, {}});
        for (int j = 0; j < 9; ++j) {
            BudgetRow row;
            row.cells[0] = budget(rng);
            row.cells[1] = std::uniform_int_distribution<std::int64_t>(0, row.cells[0])(rng);
            row.cells[2] = row.cells[0] - row.cells[1];
            row.cells[3] = percent(row.cells[0], row.cells[1]);
            for (int c = 0; c < 3; ++c) rows[head].cells[c] += row.cells[c];
            rows.push_back(row);
        }
        rows[head].cells[3] = percent(rows[head].cells[0], rows[head].cells[1]);
        for (int c = 0; c < 3; ++c) total.cells[c] += rows[head].cells[c];
    }
    total.cells[3] = percent(total.cells[0], total.cells[1]);
    rows.push_back(total);
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    // The J U M L A H and the first program row lead, so that every k >= 2 has a culprit among totals.
    order.erase(std::remove_if(order.begin(), order.end(),
                               [&](std::size_t i) { return i == 0 || i + 1 == rows.size(); }),
                order.end());
    order.insert(order.begin(), {rows.size() - 1, 0});
    for (int i = 0; i < k; ++i) {
        BudgetRow& row = rows[order[static_cast<std::size_t>(i)]];
        const int c = std::uniform_int_distribution<int>(0, 3)(rng);
        const std::int64_t size = c == 3 ? 500 : 1000000000;
        std::int64_t delta = std::uniform_int_distribution<std::int64_t>(1, size)(rng);
        if (rng() % 2 == 0 && row.cells[c] > delta) delta = -delta;
        row.cells[c] += delta;
        row.wrong[c] = true;
    }
    return rows;
}

}  // namespace kinerja_bench
