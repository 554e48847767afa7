// XML parts parsed with pugixml after a scan that refuses a DTD and measures the nesting.

#include "io/detail/xml.hpp"

#include <cctype>
#include <cstring>

#include "kinerja/core/error.hpp"
#include "kinerja/detail/utf8.hpp"
#include "kinerja/io/text_file.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja::detail {
namespace {

// A data_error about \p source at \p where whose reason is \p said, in English for what().
[[noreturn]] void fail(const std::string& source, const std::string& where, Message said) {
    std::string reason = english(said);  // first: the arguments below are evaluated in no set order
    throw data_error(source, where, std::move(reason), std::move(said));
}

// The catalogue's words for what pugixml says of malformed XML (its description, in lower case),
// by its status; nullptr for a status a buffer's parse does not give.
const char* status_id(pugi::xml_parse_status status) {
    switch (status) {
        case pugi::status_out_of_memory:
            return "error.xml.why.out_of_memory";
        case pugi::status_internal_error:
            return "error.xml.why.internal_error";
        case pugi::status_unrecognized_tag:
            return "error.xml.why.unrecognized_tag";
        case pugi::status_bad_pi:
            return "error.xml.why.bad_pi";
        case pugi::status_bad_comment:
            return "error.xml.why.bad_comment";
        case pugi::status_bad_cdata:
            return "error.xml.why.bad_cdata";
        case pugi::status_bad_doctype:
            return "error.xml.why.bad_doctype";
        case pugi::status_bad_pcdata:
            return "error.xml.why.bad_pcdata";
        case pugi::status_bad_start_element:
            return "error.xml.why.bad_start_element";
        case pugi::status_bad_attribute:
            return "error.xml.why.bad_attribute";
        case pugi::status_bad_end_element:
            return "error.xml.why.bad_end_element";
        case pugi::status_end_element_mismatch:
            return "error.xml.why.end_element_mismatch";
        case pugi::status_no_document_element:
            return "error.xml.why.no_document_element";
        default:
            return nullptr;
    }
}

bool at(std::string_view t, std::size_t i, std::string_view s) { return t.compare(i, s.size(), s) == 0; }

// Follows the markup of \p text without building anything: comments, CDATA sections and processing
// instructions are skipped whole, quoted attribute values inside a tag too (they may hold '>'), so
// every '<' seen outside them opens a tag. Malformed text is left for pugixml to locate; the scan
// only has to see every element pugixml will make, at its depth.
void scan(std::string_view t, const std::string& source, const std::string& part, const ReadLimits& limits) {
    auto where = [&](std::size_t i) { return part + ":" + line_column(t, i).to_string(); };
    std::size_t depth = 0;
    std::size_t i = 0;
    for (;;) {
        i = t.find('<', i);
        if (i == std::string_view::npos) return;
        std::size_t end = std::string_view::npos;
        if (at(t, i, "<!--")) {
            end = t.find("-->", i + 4);
            if (end == std::string_view::npos) return;
            i = end + 3;
            continue;
        }
        if (at(t, i, "<![CDATA[")) {
            end = t.find("]]>", i + 9);
            if (end == std::string_view::npos) return;
            i = end + 3;
            continue;
        }
        if (at(t, i, "<?")) {
            end = t.find("?>", i + 2);
            if (end == std::string_view::npos) return;
            i = end + 2;
            continue;
        }
        if (at(t, i, "<!")) fail(source, where(i), Message{"error.xml.dtd", {}});
        if (at(t, i, "</")) {
            if (depth > 0) --depth;
            end = t.find('>', i + 2);
            if (end == std::string_view::npos) return;
            i = end + 1;
            continue;
        }
        std::size_t j = i + 1;
        char quote = 0;
        for (; j < t.size(); ++j) {
            const char c = t[j];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (j >= t.size()) return;
        if (depth + 1 > limits.max_depth)
            fail(source, where(i),
                 Message{"error.xml.too_deep", {{"limit", std::to_string(limits.max_depth)}}});
        if (t[j - 1] != '/') ++depth;
        i = j + 1;
    }
}

}  // namespace

std::string_view local_name(const char* qualified) noexcept {
    const char* colon = std::strchr(qualified, ':');
    return colon ? std::string_view(colon + 1) : std::string_view(qualified);
}

const char* attribute(const pugi::xml_node& node, std::string_view local) noexcept {
    for (const pugi::xml_attribute& a : node.attributes())
        if (local_name(a.name()) == local) return a.value();
    return nullptr;
}

void parse_xml(pugi::xml_document& doc, std::string_view text, const std::string& source,
               const std::string& part, const ReadLimits& limits) {
    try {
        check_text(text, source);
    } catch (const data_error& e) {
        throw data_error(source, part + ":" + e.path(), e.reason(), e.message());
    }
    scan(text, source, part, limits);
    const pugi::xml_parse_result r = doc.load_buffer(
        text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_utf8);
    if (!r) {
        const auto offset = static_cast<std::size_t>(r.offset < 0 ? 0 : r.offset);
        std::string why = r.description();
        for (char& c : why) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // The catalogue's words for pugixml's, when they are pugixml's (a later pugixml may word
        // them otherwise: then its words, as they are).
        const char* id = status_id(r.status);
        Message said{"error.xml.not_well_formed", {{"why", id ? id : ""}}};
        if (id == nullptr || english(said) != "not well-formed XML: " + why)
            said = Message{"error.xml.not_well_formed_as_said", {{"why", why}}};
        fail(source, part + ":" + line_column(text, offset).to_string(), std::move(said));
    }
}

}  // namespace kinerja::detail
