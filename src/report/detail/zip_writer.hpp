#pragma once
// A ZIP archive written in memory with libzip, for the documents the report layer writes (.docx).
// Deterministic: the same entries give the same bytes, whenever and wherever they are written (a
// fixed time stamp, no extra fields), so a written document can be compared with a golden one.
// Internal: not installed. The readers' ZipArchive (src/io/detail/zip.hpp) is the other direction.

#include <string>
#include <vector>

namespace kinerja::detail {

/// One entry of an archive to write.
struct ZipEntry final {
    /// Its name in the archive ("word/document.xml"): ASCII, '/' between folders.
    std::string name;
    /// Its bytes, uncompressed.
    std::string bytes;
};

/// The bytes of a ZIP archive holding \p entries in their order, each deflated and dated
/// 1980-01-01 00:00 (the first time a ZIP entry can hold). kinerja::error when libzip cannot
/// build it (out of memory), naming the entry.
[[nodiscard]] std::string write_zip(const std::vector<ZipEntry>& entries);

}  // namespace kinerja::detail
