// libFuzzer entry for read_ledger_csv: any bytes give a Ledger or a kinerja::error, never a crash;
// a ledger that is read writes back to CSV that reads as the same ledger and writes the same bytes
// again (names, quotes included, round-trip), and it rolls up. Read again under tight limits, the
// same text gives the same ledger or a limit error.

#include <cstddef>
#include <cstdint>
#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <string>
#include <string_view>

namespace {

bool same(const kinerja::Ledger& a, const kinerja::Ledger& b) {
    if (a.size() != b.size() || a.years() != b.years() || a.anggaran() != b.anggaran() ||
        a.realisasi() != b.realisasi())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::uint32_t ba = a.bodies()[i], bb = b.bodies()[i];
        const std::uint32_t sa = a.sub_kegiatan()[i], sb = b.sub_kegiatan()[i];
        if (a.body_name(ba) != b.body_name(bb) || a.body_code(ba) != b.body_code(bb) ||
            a.region_code(a.body_region(ba)) != b.region_code(b.body_region(bb)) ||
            a.sub_kegiatan_code(sa) != b.sub_kegiatan_code(sb) ||
            a.sub_kegiatan_name(sa) != b.sub_kegiatan_name(sb))
            return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    bool read = false;
    kinerja::Ledger ledger;
    try {
        ledger = kinerja::read_ledger_csv(text, "fuzz.csv");
        read = true;
    } catch (const kinerja::error&) {
        // Refused with a located reason: what the reader is for.
    }
    if (read) {
        const std::string written = kinerja::write_ledger_csv(ledger);
        const kinerja::Ledger back = kinerja::read_ledger_csv(written, "written.csv");
        if (!same(back, ledger) || kinerja::write_ledger_csv(back) != written) __builtin_trap();
        try {
            (void)ledger.rollup();
        } catch (const kinerja::error&) {
            // A sum beyond the totals' range is refused, never wrapped.
        }
    }
    kinerja::ReadLimits tight;
    tight.max_rows = 2;
    tight.max_cell_bytes = 12;
    try {
        const kinerja::Ledger small = kinerja::read_ledger_csv(text, "fuzz.csv", tight);
        if (!read || !same(small, ledger)) __builtin_trap();  // tighter limits never accept more
    } catch (const kinerja::error&) {
    }
    return 0;
}
