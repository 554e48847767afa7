#pragma once
/// \file kinerja/io/dataset.hpp
/// Reading and writing a Renstra as a `kinerja/1` JSON dataset (docs/format.md).

#include <filesystem>
#include <string>
#include <string_view>

#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// Parses and validates a dataset; data_error (or parse_error for a figure) naming \p source, the
/// JSON path or line:column, and the reason.
Renstra read_renstra(std::string_view json, const std::string& source = "<string>");

/// Reads and validates the dataset in \p path.
Renstra load_renstra(const std::filesystem::path& path);

/// The canonical JSON text of \p plan (2-space indent, trailing newline); validates first.
std::string write_renstra(const Renstra& plan);

/// Writes the canonical JSON text of \p plan to \p path.
void save_renstra(const Renstra& plan, const std::filesystem::path& path);

}  // namespace kinerja
