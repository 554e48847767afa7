#pragma once
// The opening of an input file that every reader shares: read_text_file reads it whole, the ledger
// CSV reader maps a regular one. One place for the checks and their words, so a directory, an
// unopenable path or a file over the size limit is refused the same way by every reader.

#include <sys/stat.h>

#include <cstddef>
#include <filesystem>
#include <string>

#include "kinerja/io/limits.hpp"

namespace kinerja::detail {

/// An input opened for reading: not a directory, openable, and a regular file no larger than
/// limits.max_bytes by its size; data_error naming the path otherwise. Closes on destruction.
class InputFile final {
public:
    /// Opens \p path and applies the checks above.
    InputFile(const std::filesystem::path& path, const ReadLimits& limits);
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    /// The open file descriptor.
    [[nodiscard]] int fd() const noexcept { return fd_; }
    /// True for a regular file (whose size() is known); false for a device or pipe.
    [[nodiscard]] bool regular() const noexcept { return S_ISREG(stat_.st_mode); }
    /// The size of a regular file in bytes.
    [[nodiscard]] std::size_t size() const noexcept { return static_cast<std::size_t>(stat_.st_size); }
    /// The path as errors name it.
    [[nodiscard]] const std::string& source() const noexcept { return source_; }

    /// The rest of the file as text, read in pieces and judged as each comes (check_text's rules:
    /// /dev/zero fails on its first byte), never read past limits.max_bytes.
    [[nodiscard]] std::string read_all();

private:
    std::string source_;
    ReadLimits limits_;
    int fd_ = -1;
    struct stat stat_ {};
};

}  // namespace kinerja::detail
