// Reading text files whole with limits and a UTF-8 check, and writing them atomically.

#include "kinerja/io/text_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include "io/detail/input_file.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/detail/utf8.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja {
namespace {

// A data_error about \p source at \p where whose reason is \p said, in English for what().
[[noreturn]] void fail(const std::string& source, const std::string& where, Message said) {
    std::string reason = english(said);  // first: the arguments below are evaluated in no set order
    throw data_error(source, where, std::move(reason), std::move(said));
}

// Where a UTF-8 scan stopped: at the end of what it could judge, or at a fault.
struct Scan {
    std::size_t stop = 0;
    const char* fault = nullptr;
};

// Validates text[from..] as UTF-8 without NUL bytes (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF). Unless \p at_end, a character cut by the end of the text is not a fault:
// the scan stops before it, so a file read in pieces is judged the same as one read whole.
Scan scan_utf8(std::string_view text, std::size_t from, bool at_end) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = from;
    while (i < n) {
        // Eight ASCII bytes with no NUL at a time: the common case of a dataset.
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            const std::uint64_t high = w & 0x8080808080808080ULL;
            const std::uint64_t zero = (w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL;
            if (high == 0 && zero == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c == 0) return {i, "a NUL byte"};
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return {i, "invalid UTF-8"};
        }
        for (std::size_t k = 1; k < len; ++k) {
            if (i + k >= n) {
                if (at_end) return {i, "invalid UTF-8 (a character cut off at the end)"};
                return {i, nullptr};
            }
            const unsigned char b = s[i + k];
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return {i, "invalid UTF-8"};
        }
        i += len;
    }
    return {n, nullptr};
}

[[noreturn]] void refuse(std::string_view text, const std::string& source, const Scan& at) {
    const char* id = std::strcmp(at.fault, "a NUL byte") == 0      ? "error.file.nul_byte"
                     : std::strcmp(at.fault, "invalid UTF-8") == 0 ? "error.file.not_utf8"
                                                                   : "error.file.cut_utf8";
    fail(source, detail::line_column(text, at.stop).to_string(),
         Message{id, {{"byte", std::to_string(at.stop)}}});
}

// The reason of a file over the input limit: "is larger than the input limit; ...", or with its
// size "is 123 bytes, larger than the input limit; ..." when \p size is known.
Message too_large(std::uint64_t limit, const std::string* size = nullptr) {
    if (size == nullptr) return Message{"error.file.too_large", {{"limit", std::to_string(limit)}}};
    return Message{"error.file.too_large_size", {{"size", *size}, {"limit", std::to_string(limit)}}};
}

// A reason that ends in the system's words for errno: \p id with {system}.
Message system_reason(const char* id) { return Message{id, {{"system", std::strerror(errno)}}}; }

}  // namespace

void check_text(std::string_view text, const std::string& source) {
    const Scan s = scan_utf8(text, 0, true);
    if (s.fault) refuse(text, source, s);
}

namespace detail {

InputFile::InputFile(const std::filesystem::path& path, const ReadLimits& limits)
    : source_(path.string()), limits_(limits) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) fail(source_, "", Message{"error.file.is_directory", {}});
    fd_ = ::open(source_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) fail(source_, "", Message{"error.file.cannot_open", {}});
    if (::fstat(fd_, &stat_) != 0) {
        ::close(fd_);
        fail(source_, "", system_reason("error.file.cannot_read"));
    }
    if (S_ISDIR(stat_.st_mode)) {
        ::close(fd_);
        fail(source_, "", Message{"error.file.is_directory", {}});
    }
    if (regular() && static_cast<std::uint64_t>(stat_.st_size) > limits.max_bytes) {
        ::close(fd_);
        const std::string size = std::to_string(stat_.st_size);
        fail(source_, "", too_large(limits.max_bytes, &size));
    }
}

InputFile::~InputFile() { ::close(fd_); }

std::string InputFile::read_all() {
    std::string text;
    if (regular()) text.reserve(size());
    // Read in pieces, judging each as it comes: /dev/zero fails on its first byte, /dev/urandom
    // within a few, and no device is read past the limit.
    constexpr std::size_t piece = std::size_t{1} << 20;
    std::size_t checked = 0;
    for (;;) {
        const std::size_t old = text.size();
        text.resize(old + piece);
        const ssize_t got = ::read(fd_, text.data() + old, piece);
        if (got < 0) {
            if (errno == EINTR) {
                text.resize(old);
                continue;
            }
            fail(source_, "", system_reason("error.file.cannot_read"));
        }
        text.resize(old + static_cast<std::size_t>(got));
        if (text.size() > limits_.max_bytes) fail(source_, "", too_large(limits_.max_bytes));
        const bool at_end = got == 0;
        const Scan s = scan_utf8(text, checked, at_end);
        if (s.fault) refuse(text, source_, s);
        checked = s.stop;
        if (at_end) break;
    }
    text.shrink_to_fit();
    return text;
}

}  // namespace detail

std::string read_text_file(const std::filesystem::path& path, const ReadLimits& limits) {
    return detail::InputFile(path, limits).read_all();
}

AtomicFile::AtomicFile(std::filesystem::path path) : path_(std::move(path)) {
    static std::atomic<unsigned> counter{0};
    const std::filesystem::path folder = path_.has_parent_path() ? path_.parent_path() : ".";
    std::error_code ec;
    if (std::filesystem::is_directory(path_, ec))
        fail(path_.string(), "", Message{"error.file.is_directory_write", {}});
    for (int attempt = 0; attempt < 100; ++attempt) {
        temp_ = folder / ("." + path_.filename().string() + ".kinerja-" + std::to_string(::getpid()) + "-" +
                          std::to_string(counter++));
        const int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            if (errno == EEXIST) continue;
            fail(path_.string(), "", system_reason("error.file.cannot_write"));
        }
        // A file that is replaced keeps its permissions.
        struct stat st {};
        if (::stat(path_.c_str(), &st) == 0 && S_ISREG(st.st_mode)) (void)::fchmod(fd, st.st_mode & 07777);
        file_ = ::fdopen(fd, "wb");
        if (!file_) {
            ::close(fd);
            ::unlink(temp_.c_str());
            fail(path_.string(), "", system_reason("error.file.cannot_write"));
        }
        return;
    }
    fail(path_.string(), "", Message{"error.file.no_temporary_name", {}});
}

AtomicFile::~AtomicFile() {
    if (file_) std::fclose(file_);
    if (!committed_) ::unlink(temp_.c_str());
}

void AtomicFile::write(std::string_view text) {
    if (!file_) fail(path_.string(), "", Message{"error.file.closed", {}});
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
        fail(path_.string(), "", system_reason("error.file.cannot_write"));
}

void AtomicFile::commit() {
    if (!file_) fail(path_.string(), "", Message{"error.file.closed", {}});
    const bool flushed = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
    const int saved = errno;
    const bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    if (!flushed || !closed) {
        errno = flushed ? errno : saved;
        fail(path_.string(), "", system_reason("error.file.cannot_write"));
    }
    if (::rename(temp_.c_str(), path_.c_str()) != 0)
        fail(path_.string(), "", system_reason("error.file.cannot_write"));
    committed_ = true;
}

void write_text_file(const std::filesystem::path& path, std::string_view text) {
    AtomicFile file(path);
    file.write(text);
    file.commit();
}

}  // namespace kinerja
