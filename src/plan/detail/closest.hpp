#pragma once
// The ids nearest to one that names nothing, for the message of a lookup_error: an analyst who typed
// "prog1" is shown "prog-1". Computed only when a look-up has failed, so a pass over every id is
// fine; the distance is bounded by a cap on the length compared, so a hostile 1 MB id costs no more
// than a short one.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kinerja::detail {

// Edit distance (insertions, deletions, substitutions of bytes) between the first `cap` bytes of each.
inline std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap = 64) {
    a = a.substr(0, cap);
    b = b.substr(0, cap);
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// The `n` ids of `ids` (each through `id_of`) nearest to `id`, nearest first, ties in their order.
template <class Items, class IdOf>
std::vector<std::string> closest_ids(const Items& ids, std::string_view id, IdOf id_of, std::size_t n = 3) {
    std::vector<std::pair<std::size_t, std::size_t>> ranked;  // (distance, position)
    std::size_t at = 0;
    for (const auto& item : ids) ranked.emplace_back(edit_distance(id, id_of(item)), at++);
    const std::size_t keep = std::min(n, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
    std::vector<std::string> out;
    for (std::size_t k = 0; k < keep; ++k) {
        auto it = ids.begin();
        std::advance(it, static_cast<std::ptrdiff_t>(ranked[k].second));
        out.emplace_back(id_of(*it));
    }
    return out;
}

}  // namespace kinerja::detail
