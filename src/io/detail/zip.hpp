#pragma once
// A ZIP archive read safely (the container of .docx and .xlsx files): nothing its headers claim is
// trusted. The entry count is checked before libzip lists the entries, and an entry is inflated in
// pieces, counted against the limits as the bytes come out, so a ZIP bomb is stopped at the limit
// whatever sizes it declares.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "kinerja/io/limits.hpp"

struct zip;

namespace kinerja::detail {

/// The bytes of the ZIP archive at \p path, at most limits.max_bytes (data_error naming the path
/// beyond, and for a directory or a file that cannot be opened). A file that does not start as a
/// ZIP archive (or as an OLE compound file, which ZipArchive names) is refused at its first bytes,
/// so a device such as /dev/zero is never read up to the limit.
[[nodiscard]] std::string read_archive_file(const std::filesystem::path& path, const ReadLimits& limits);

/// A ZIP archive held in memory. Every error is a data_error naming the source and, for an entry,
/// the entry's name.
class ZipArchive final {
public:
    /// Opens the archive in \p bytes, read from \p source. Refuses (data_error) bytes that are not a
    /// ZIP archive starting at its first byte (an OLE compound file, as a password-protected Office document
    /// or an old .doc is, with its own reason), an archive of more than limits.max_zip_entries entries, and
    /// one libzip finds inconsistent.
    ZipArchive(std::string bytes, std::string source, const ReadLimits& limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// True when the archive holds an entry named exactly \p name.
    [[nodiscard]] bool contains(const std::string& name) const;

    /// The inflated bytes of entry \p name. Refuses a missing entry, an encrypted one, one that
    /// inflates past limits.max_zip_entry_bytes, past what is left of limits.max_zip_total_bytes
    /// for the whole archive, or (past 1 MiB) to more than limits.max_zip_ratio times its stored
    /// size, and one whose data is damaged (a CRC error).
    [[nodiscard]] std::string read(const std::string& name);

    /// The source as errors name it.
    [[nodiscard]] const std::string& source() const noexcept { return source_; }

private:
    std::string bytes_;
    std::string source_;
    ReadLimits limits_;
    ::zip* archive_ = nullptr;
    std::uint64_t inflated_ = 0;  // bytes inflated so far, of every entry read
};

}  // namespace kinerja::detail
