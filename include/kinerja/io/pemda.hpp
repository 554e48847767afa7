#pragma once
/// \file kinerja/io/pemda.hpp
/// Reading and writing a `kinerja-pemda/1` file (docs/pemda.md): the RPJMD inline, the OPDs' kinerja/1
/// files by relative path, and the links between them.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/io/limits.hpp"
#include "kinerja/plan/pemda.hpp"

namespace kinerja {

/// Parses a Pemda file and reads every OPD file it names, resolved against \p folder (each through
/// load_document: ReadLimits and every rule of a plan apply). data_error (or parse_error for a
/// figure) naming the file (the Pemda's or the OPD's) and the JSON path. A link to an id that does
/// not exist is not refused here: check_pemda reports every one, located.
[[nodiscard]] Pemda read_pemda(std::string_view json, const std::string& source,
                               const std::filesystem::path& folder, const ReadLimits& limits = {});

/// Reads the Pemda file in \p path and the OPD files it names (relative to its folder).
[[nodiscard]] Pemda load_pemda(const std::filesystem::path& path, const ReadLimits& limits = {});

/// The canonical JSON text of the Pemda file (2-space indent, trailing newline): the RPJMD inline and
/// each OPD by its file; the OPD plans themselves are not in it. Validates the RPJMD and each OPD
/// plan first. The same text read and written again gives the same bytes.
[[nodiscard]] std::string write_pemda(const Pemda& pemda);

/// Writes the Pemda file to \p path atomically; with \p with_opds, also each OPD's plan to its file
/// (relative to the folder of \p path) as a kinerja/1 dataset without printed material: a report's
/// printed tables kept in an OPD file are not part of the Pemda, so by default its files are left as
/// they are.
void save_pemda(const Pemda& pemda, const std::filesystem::path& path, bool with_opds = false);

/// Where a finding of check_pemda lies, in the files: the file (the Pemda file for the RPJMD and the
/// links, else the OPD's file, both as named from \p pemda_source's folder) and the JSON path.
struct PemdaPlace final {
    /// The file.
    std::string file;
    /// The JSON path in it ("/serves/2/node", "/nodes/4").
    std::string path;
};

/// The place of \p finding: file and JSON path. \p pemda_source is the Pemda file's name as shown.
[[nodiscard]] PemdaPlace place_of(const Pemda& pemda, const PemdaFinding& finding,
                                  const std::string& pemda_source);

}  // namespace kinerja
