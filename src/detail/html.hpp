#pragma once
// The one HTML text escape of the compiled layers (the report, the pohon kinerja page, the LKE
// table). It escapes the single quote too, so the text is safe in any attribute, quoted either way.
// Internal: not installed.

#include <string>
#include <string_view>

namespace kinerja::detail {

/// \p s with &, <, >, " and ' as character references.
inline std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace kinerja::detail
