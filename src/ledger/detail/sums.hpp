#pragma once
// Internal to the ledger (not installed): what the roll-up and merge share about body-scoped sums.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "kinerja/core/error.hpp"
#include "kinerja/detail/int128.hpp"
#include "kinerja/ledger/levels.hpp"

namespace kinerja::detail {

/// The body-scoped levels: sub kegiatan, kegiatan and program, LedgerLevel 0 to 2.
inline constexpr std::size_t scoped_levels = 3;

/// True when an exact sum fits the int64 sen a body-scoped group is stored as.
inline bool fits_int64(int128 v) {
    return v <= std::numeric_limits<std::int64_t>::max() && v >= std::numeric_limits<std::int64_t>::min();
}

/// Narrows an exact sum of a body-scoped group to the int64 it is stored as; overflow_error naming
/// the group otherwise (one body's program over Rp 92 quadrillion is a data error, not a limit).
inline std::int64_t narrow_group_sum(int128 v, LedgerLevel level, int year, std::string_view region,
                                     std::string_view body, std::string_view code) {
    if (!fits_int64(v))
        throw overflow_error("the " + std::string(to_string(level)) + " " + std::string(code) + " of body " +
                                 std::string(body) + " of region " + std::string(region) + " in " +
                                 std::to_string(year) +
                                 " must total less than 2^63 sen (Rp 92.233.720.368.547.758,07)",
                             {"error.ledger.group_sum",
                              {{"level", std::string(to_string(level))},
                               {"code", std::string(code)},
                               {"body", std::string(body)},
                               {"region", std::string(region)},
                               {"year", std::to_string(year)}}});
    return static_cast<std::int64_t>(v);
}

}  // namespace kinerja::detail
