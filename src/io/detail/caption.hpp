#pragma once
// The test both document readers (docx.cpp and xlsx.cpp) apply to the text above a table, so a
// caption reads the same from Word and from Excel. Internal: not installed.

#include <cctype>
#include <string>
#include <string_view>

namespace kinerja::detail {

/// "Tabel 3.2 ...", "TABLE 1", "Tab. 4": a word that starts the caption of a table in Indonesian or
/// English reports, not merely a word beginning so ("Tabelaris").
[[nodiscard]] inline bool reads_like_caption(std::string_view text) {
    std::string head;
    for (std::size_t i = 0; i < text.size() && i < 6; ++i)
        head += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    if (head.compare(0, 4, "tab.") == 0) return true;
    for (const std::string_view word : {std::string_view("tabel"), std::string_view("table")}) {
        if (head.compare(0, word.size(), word) != 0) continue;
        if (text.size() == word.size()) return true;
        return std::isalpha(static_cast<unsigned char>(text[word.size()])) == 0;
    }
    return false;
}

}  // namespace kinerja::detail
