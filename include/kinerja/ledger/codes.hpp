#pragma once
/// \file kinerja/ledger/codes.hpp
/// The codes a ledger line carries: the checks of region, body and sub kegiatan codes, and the hash
/// index the ledger's sub kegiatan dictionary looks codes up in.
///
/// Terms: a *pemda* (pemerintah daerah) is a regional government, a province ("35") or a regency
/// or city in it ("35.08"), coded as Kemendagri codes them. An *SKPD* (satuan kerja perangkat
/// daerah) is a body of a pemda, such as its education office. Permendagri 90/2019 codes what a
/// body spends on as program "U.BB.PP" > kegiatan "U.BB.PP.K.KK" > sub kegiatan
/// "U.BB.PP.K.KK.SSSS" (urusan, bidang urusan, program, kegiatan, sub kegiatan); "X.XX" in place of
/// "U.BB" marks a program shared by every urusan.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

/// True when \p code is a Kemendagri region code: "35" (a province) or "35.08" (two digits each).
[[nodiscard]] bool is_region_code(std::string_view code) noexcept;
/// True when \p code is a Permendagri 90 sub kegiatan code "U.BB.PP.K.KK.SSSS" (1, 2, 2, 1, 2 and 4
/// ASCII digits; U.BB may be X.XX in either case).
[[nodiscard]] bool is_sub_kegiatan_code(std::string_view code) noexcept;
/// True when \p code can be a body code: 1 to 64 ASCII letters, digits, '.', '-' or '_' (so it
/// never needs quoting in CSV).
[[nodiscard]] bool is_body_code(std::string_view code) noexcept;

namespace detail {

/// An open-addressing hash index from strings to the ids of a vector that owns them: the ledger's
/// code dictionaries. The CSV reader looks a sub kegiatan code up on every new line; keying by the
/// owner's strings avoids a second copy of every code and an allocation per look-up.
class CodeIndex final {
public:
    /// The id of \p code among \p codes, or empty.
    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view code,
                                                    const std::vector<std::string>& codes) const noexcept;
    /// Records that codes[id] == code; the code must not be indexed yet.
    void insert(std::string_view code, std::uint32_t id, const std::vector<std::string>& codes);

private:
    static std::uint64_t hash(std::string_view s) noexcept;
    void grow(const std::vector<std::string>& codes);

    std::vector<std::uint32_t> slots_;  // id + 1, or 0 for an empty slot
    std::size_t used_ = 0;
};

}  // namespace detail
}  // namespace kinerja
