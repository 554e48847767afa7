// libFuzzer entry for read_number: any bytes must give a well-formed verdict, never a crash, and
// every exact reading must survive format -> read.

#include <cstddef>
#include <cstdint>
#include <kinerja/core.hpp>
#include <string>
#include <string_view>

namespace {

void check(bool ok) {
    if (!ok) __builtin_trap();
}

std::size_t characters(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

void one(std::string_view text, const kinerja::ReadOptions& options) {
    const kinerja::NumberText t = kinerja::read_number(text, options);
    check(t.text == text);
    switch (t.status) {
        case kinerja::TextStatus::exact:
            check(t.readings.size() == 1 && t.problems.empty());
            break;
        case kinerja::TextStatus::repaired:
            check(t.readings.size() == 1 && !t.problems.empty());
            break;
        case kinerja::TextStatus::ambiguous:
            check(t.readings.size() >= 2 && !t.problems.empty());
            break;
        case kinerja::TextStatus::invalid:
            check(t.readings.empty() && !t.problems.empty());
            break;
    }
    for (const auto& p : t.problems) check(p.offset <= characters(text) && !p.reason.empty());
    try {
        const kinerja::Decimal v = t.value(kinerja::Mode::strict);
        check(t.status == kinerja::TextStatus::exact);
        kinerja::ReadOptions indonesian;
        indonesian.dot = kinerja::DotMeaning::thousands;
        check(kinerja::parse_number(kinerja::format_number(v), kinerja::Mode::strict, indonesian) == v);
        if (options.rupiah) check(v.normalized().scale() <= 2);
    } catch (const kinerja::parse_error&) {
        check(t.status != kinerja::TextStatus::exact);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    kinerja::ReadOptions options;
    one(text, options);
    options.rupiah = true;
    one(text, options);
    options.rupiah = false;
    options.dot = kinerja::DotMeaning::decimal_point;
    one(text, options);
    options.dot = kinerja::DotMeaning::thousands;
    one(text, options);
    return 0;
}
