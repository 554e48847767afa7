// libFuzzer entry for read_renstra: any bytes give a Renstra or a kinerja::error, never a crash;
// whatever is read writes back to text that reads as the same Renstra, and the reviu and the report
// run on it without crashing.

#include <kinerja/io.hpp>
#include <kinerja/report.hpp>
#include <kinerja/reviu.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const kinerja::Renstra plan = kinerja::read_renstra(text, "fuzz.json");
        if (!(kinerja::read_renstra(kinerja::write_renstra(plan)) == plan)) __builtin_trap();
        for (const kinerja::Finding& f : kinerja::check(plan))
            if (f.rule.empty() || f.message.empty()) __builtin_trap();
        const int year = kinerja::latest_year(plan);
        (void)kinerja::write_report(plan, year, kinerja::ReportFormat::html);
        (void)kinerja::write_comparison({plan}, "", kinerja::ReportFormat::csv);
    } catch (const kinerja::error&) {
        // Refused with a located reason: what the reader is for.
    }
    return 0;
}
