#pragma once
// An XML part of a document (a .docx or .xlsx archive entry) parsed safely with pugixml. A DTD is
// refused outright (entity declarations are how the billion laughs expands a kilobyte to
// gigabytes; no Office writer emits one), and the element nesting is measured by a scan of the
// text before pugixml builds a tree, so whatever walks the tree afterwards knows its depth is
// within limits.max_depth.

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "kinerja/io/limits.hpp"

namespace kinerja::detail {

/// Parses \p text, entry \p part of the file \p source, into \p doc. Refuses (data_error naming
/// the source and "part:line:column") text that is not UTF-8, a DTD (<!DOCTYPE, <!ENTITY ...),
/// elements nested deeper than limits.max_depth, and XML that is not well formed. Whitespace-only
/// text is kept where it is an element's only child (a w:t holding a space).
void parse_xml(pugi::xml_document& doc, std::string_view text, const std::string& source,
               const std::string& part, const ReadLimits& limits);

/// The local part of a qualified name: "tbl" for "w:tbl".
[[nodiscard]] std::string_view local_name(const char* qualified) noexcept;

/// The value of the attribute of \p node whose local name is \p local (any prefix), or nullptr.
[[nodiscard]] const char* attribute(const pugi::xml_node& node, std::string_view local) noexcept;

}  // namespace kinerja::detail
