#include "kinerja/io/document_report.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "kinerja/core/error.hpp"
#include "kinerja/io/docx.hpp"
#include "kinerja/io/xlsx.hpp"

namespace kinerja {

DocumentReport read_document_report(const std::vector<DocumentTable>& tables, const std::string& source,
                                    const TableLayoutOptions& options) {
    DocumentReport out;
    out.source = source;
    std::set<std::string> ids;
    for (const DocumentTable& doc : tables) {
        TableLayout layout = read_table_layout(doc, options);
        FoundTable found;
        found.where = doc.where;
        found.caption = doc.caption;
        out.notes.insert(out.notes.end(), layout.notes.begin(), layout.notes.end());
        if (!layout.classified()) {
            found.reason = layout.reason;
            found.reason_said = layout.reason_said;
            out.found.push_back(std::move(found));
            continue;
        }
        PrintedTable& t = *layout.table;
        // A table continued under its caption repeated (two "Tabel 3.2") must keep both: -b, -c...
        const std::string base = t.id;
        for (char suffix = 'b'; ids.count(t.id) && suffix <= 'z'; ++suffix) t.id = base + "-" + suffix;
        for (std::size_t n = 2; ids.count(t.id); ++n) t.id = base + "-" + std::to_string(n);
        ids.insert(t.id);
        if (t.where.empty()) t.where = doc.where;
        found.id = t.id;
        found.columns = t.columns;
        out.found.push_back(std::move(found));
        out.printed.tables.push_back(std::move(t));
    }
    return out;
}

namespace {

// The extension of \p path in lower case (".DOCX" -> ".docx").
std::string extension_of(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

}  // namespace

bool is_document_path(const std::filesystem::path& path) {
    const std::string ext = extension_of(path);
    return ext == ".docx" || ext == ".xlsx";
}

DocumentReport load_document_report(const std::filesystem::path& path, const ReadLimits& limits,
                                    const TableLayoutOptions& options) {
    return read_document_report(
        extension_of(path) == ".xlsx" ? read_xlsx_tables(path, limits) : read_docx_tables(path, limits),
        path.string(), options);
}

}  // namespace kinerja
