#pragma once
/// \file kinerja/io/dataset.hpp
/// Reading and writing a `kinerja/1` JSON dataset (docs/format.md): a Document, the plan with the
/// report's printed material beside it.

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

#include "kinerja/io/limits.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/reviu/printed_table.hpp"

namespace kinerja {

/// What a kinerja/1 dataset holds: the plan (the model) and the report's printed material (the
/// reviu's input), kept apart so that neither layer knows the other or the file.
struct Document final {
    /// The Renstra with its yearly data.
    Renstra plan;
    /// The report's tables and text figures, as printed; empty when the dataset has none.
    PrintedReport printed;

    /// An empty document.
    Document() = default;
    /// \p the_plan with \p its_printed material (none by default).
    explicit Document(Renstra the_plan, PrintedReport its_printed = {})
        : plan(std::move(the_plan)), printed(std::move(its_printed)) {}

    /// Member-wise equality.
    friend bool operator==(const Document& a, const Document& b) {
        return a.plan == b.plan && a.printed == b.printed;
    }
    /// Negation of ==.
    friend bool operator!=(const Document& a, const Document& b) { return !(a == b); }
};

/// Parses and validates a dataset (the plan, then its printed material); data_error (or parse_error
/// for a figure) naming \p source, the JSON path or line:column, and the reason. A fault of a rule
/// of the plan or of the printed material is a plan_error, whose location() is structured.
[[nodiscard]] Document read_document(std::string_view json, const std::string& source = "<string>",
                                     const ReadLimits& limits = {});

/// Reads and validates the dataset in \p path.
[[nodiscard]] Document load_document(const std::filesystem::path& path, const ReadLimits& limits = {});

/// The canonical JSON text of \p doc (2-space indent, trailing newline); validates first. The same
/// text read and written again gives the same bytes.
[[nodiscard]] std::string write_document(const Document& doc);

/// Writes the canonical JSON text of \p doc to \p path, atomically (write_text_file): all of it, or
/// the file is left as it was.
void save_document(const Document& doc, const std::filesystem::path& path);

/// The plan of a dataset alone: read_document(json, source).plan. The whole dataset is still
/// validated, printed material included, but that material is not returned, so a plan read this way
/// and written back (write_document(Document(plan))) has none: read a Document to keep it.
[[nodiscard]] Renstra read_renstra(std::string_view json, const std::string& source = "<string>",
                                   const ReadLimits& limits = {});

/// The plan of the dataset in \p path alone: load_document(path).plan (see read_renstra).
[[nodiscard]] Renstra load_renstra(const std::filesystem::path& path, const ReadLimits& limits = {});

}  // namespace kinerja
