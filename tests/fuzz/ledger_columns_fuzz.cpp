// libFuzzer entry for ledger_from_columns: the bytes are cut into the buffers of one batch of
// Arrow-layout columns (years, three code columns each plain or a dictionary with indices of a
// width the bytes choose, two amount columns int64 or decimal128 with any scale), offsets and
// indices included, as a hostile caller could hand them. Any such batch gives a Ledger or a
// kinerja::error, never a read outside the buffers; a ledger has the batch's lines, rolls up, and
// its CSV reads back as a ledger of as many lines.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <vector>

namespace {

// Takes bytes off the front of the input; past its end, zeros.
class Bytes {
public:
    Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
    std::vector<unsigned char> take(std::size_t n) {
        std::vector<unsigned char> out(n, 0);
        for (std::size_t i = 0; i < n; ++i) out[i] = byte();
        return out;
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t at_ = 0;
};

constexpr kinerja::IntegerType index_types[] = {kinerja::IntegerType::int8, kinerja::IntegerType::uint16,
                                                kinerja::IntegerType::int32, kinerja::IntegerType::uint64};
constexpr std::size_t index_widths[] = {1, 2, 4, 8};

// The buffers of one code column, kept alive while the ledger is read.
struct Code {
    std::vector<unsigned char> offsets, text, indices;
    kinerja::CodeColumn column;

    Code(Bytes& in, std::size_t lines) {
        const std::uint8_t how = in.byte();
        const bool dictionary = (how & 1) != 0;
        const bool large = (how & 2) != 0;
        const std::size_t entries = dictionary ? in.byte() % 8 : lines;
        const std::size_t width = large ? 8 : 4;
        offsets = in.take((entries + 1) * width);  // raw: out of order, negative, past the text
        text = in.take(in.byte() % 64);
        column.text = {offsets.data(), large, reinterpret_cast<const char*>(text.data()), text.size(),
                       entries};
        if (dictionary) {
            const std::size_t type = in.byte() % 4;
            indices = in.take(lines * index_widths[type]);
            column.indices = kinerja::IntegerColumn{indices.data(), index_types[type], lines};
        }
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Bytes in(data, size);
    const std::size_t lines = in.byte() % 16;
    const std::vector<unsigned char> years = in.take(lines * 2);
    Code regions(in, lines), bodies(in, lines), subs(in, lines);
    std::vector<unsigned char> amounts[2];
    kinerja::LedgerColumns c;
    c.years = {years.data(), kinerja::IntegerType::int16, lines};
    c.regions = regions.column;
    c.bodies = bodies.column;
    c.sub_kegiatan = subs.column;
    for (int k = 0; k < 2; ++k) {
        const std::uint8_t how = in.byte();
        const bool decimal = (how & 1) != 0;
        amounts[k] = in.take(lines * (decimal ? 16 : 8));
        kinerja::AmountColumn& a = k == 0 ? c.anggaran : c.realisasi;
        a = {amounts[k].data(), decimal ? kinerja::AmountType::decimal128 : kinerja::AmountType::int64_sen,
             static_cast<int>(how >> 1) % 5 - 1, lines};
    }
    try {
        const kinerja::Ledger ledger = kinerja::ledger_from_columns({c}, "fuzz");
        if (ledger.size() != lines) __builtin_trap();
        (void)ledger.rollup();
        const kinerja::Ledger back = kinerja::read_ledger_csv(kinerja::write_ledger_csv(ledger), "back");
        if (back.size() != lines) __builtin_trap();
    } catch (const kinerja::error&) {
    }
    return 0;
}
