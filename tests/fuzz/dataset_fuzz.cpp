// libFuzzer entry for read_renstra: any bytes give a Renstra or a kinerja::error, never a crash, and
// whatever is read writes back to text that reads as the same Renstra.

#include <kinerja/dataset.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const kinerja::Renstra plan = kinerja::read_renstra(text, "fuzz.json");
        if (!(kinerja::read_renstra(kinerja::write_renstra(plan)) == plan)) __builtin_trap();
    } catch (const kinerja::error&) {
        // Refused with a located reason: what the reader is for.
    }
    return 0;
}
