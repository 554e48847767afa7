#pragma once
/// \file kinerja/io/text_file.hpp
/// Reading a text file whole, safely, and writing one atomically: the one place where kinerja
/// touches files, so every reader refuses the same hostile input in the same words and no writer
/// ever leaves a half-written file behind.

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "kinerja/core/error.hpp"
#include "kinerja/io/limits.hpp"

namespace kinerja {

/// The text of the file at \p path. Refuses (data_error naming the path) a directory ("is a
/// directory"), a file that cannot be opened, input larger than limits.max_bytes (a regular file
/// by its size before reading; a device or pipe as soon as it passes the limit), and text that
/// check_text refuses. Reads devices and pipes too (`/dev/stdin`), never more than the limit.
[[nodiscard]] std::string read_text_file(const std::filesystem::path& path, const ReadLimits& limits = {});

/// Refuses text that is not UTF-8 or holds a NUL byte: data_error naming \p source, the line and
/// column, and the byte offset ("3:7: invalid UTF-8 at byte 1042 ..."). Every reader calls this
/// first, so garbage after a NUL or Latin-1 text is never silently cut or half-read.
void check_text(std::string_view text, const std::string& source);

/// A file written atomically: the text goes to a temporary file beside \p path, and commit()
/// renames it into place, so \p path holds either its old content or all the new one, never a
/// part. Destroyed without commit() (an error, an exception), the temporary file is removed.
class AtomicFile final {
public:
    /// Opens a temporary file in the folder of \p path; data_error when it cannot.
    explicit AtomicFile(std::filesystem::path path);
    /// Removes the temporary file unless commit() succeeded.
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Appends \p text; data_error naming the target when the write fails (disk full, file too large).
    void write(std::string_view text);
    /// Flushes, syncs and renames the file into place; data_error when any step fails.
    void commit();

private:
    std::filesystem::path path_;
    std::filesystem::path temp_;
    std::FILE* file_ = nullptr;
    bool committed_ = false;
};

/// Writes \p text to \p path atomically (AtomicFile): all of it, or nothing changes.
void write_text_file(const std::filesystem::path& path, std::string_view text);

}  // namespace kinerja
