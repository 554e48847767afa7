// libFuzzer entry for the LKE worksheet readers: any bytes give a worksheet or a kinerja::error,
// never a crash (input starting with '{' is read as kinerja-lke/1 JSON, anything else as CSV). A
// worksheet read is scored without throwing, its table is written in every format, and its JSON
// reads back equal.

#include <cstddef>
#include <cstdint>
#include <kinerja/io.hpp>
#include <kinerja/reviu.hpp>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    kinerja::LkeWorksheet sheet;
    try {
        sheet = !text.empty() && text.front() == '{'
                    ? kinerja::parse_lke_json(text, "fuzz.json")
                    : kinerja::parse_lke_csv(text, "fuzz.csv", "Dinas", 2024);
    } catch (const kinerja::error&) {
        return 0;  // refused with a located reason: what the reader is for
    }
    // Every sub-component holds a criterion (validate_lke), so the score has all twelve parts.
    for (const auto boundary : {kinerja::LkeBoundary::above, kinerja::LkeBoundary::at_least}) {
        const kinerja::LkeResult result = kinerja::evaluate_lke(sheet, boundary);
        if (result.parts.size() != 12 || result.components.size() != 4) __builtin_trap();
        if (result.total && (*result.total < kinerja::Decimal(0) || *result.total > kinerja::Decimal(100)))
            __builtin_trap();
        if (result.total.has_value() == result.predikat.empty()) __builtin_trap();
        for (const char* format : {"md", "csv", "html"}) (void)kinerja::format_lke(result, &result, format);
    }
    const std::string json = kinerja::write_lke_json(sheet);
    const kinerja::LkeWorksheet again = kinerja::parse_lke_json(json, "again.json");
    if (!(again == sheet)) __builtin_trap();
    return 0;
}
