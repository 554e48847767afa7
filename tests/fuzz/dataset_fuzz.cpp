// libFuzzer entry for read_document: any bytes give a Document or a kinerja::error, never a crash;
// whatever is read writes back to text that reads as the same Document (and the same bytes), and the
// reviu and the report run on it without crashing.

#include <cstddef>
#include <cstdint>
#include <kinerja/io.hpp>
#include <kinerja/report.hpp>
#include <kinerja/reviu.hpp>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const kinerja::Document doc = kinerja::read_document(text, "fuzz.json");
        const kinerja::Renstra& plan = doc.plan;
        const std::string written = kinerja::write_document(doc);
        const kinerja::Document back = kinerja::read_document(written);
        if (!(back == doc) || kinerja::write_document(back) != written) __builtin_trap();
        for (const kinerja::Finding& f : kinerja::check(plan, doc.printed))
            if (f.rule.empty() || f.message.empty()) __builtin_trap();
        const int year = kinerja::latest_year(plan);
        (void)kinerja::write_report(plan, year, kinerja::ReportFormat::html);
        (void)kinerja::write_comparison({plan}, "", kinerja::ReportFormat::csv);
    } catch (const kinerja::error&) {
        // Refused with a located reason: what the reader is for.
    }
    return 0;
}
