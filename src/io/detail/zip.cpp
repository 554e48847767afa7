// A ZIP archive read with libzip, with the limits libzip does not apply: the entry count before the
// central directory is listed, and the inflated size and ratio counted while inflating.

#include "io/detail/zip.hpp"

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <vector>

#include "io/detail/input_file.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja::detail {
namespace {

// A data_error about \p source at \p where whose reason is \p said, in English for what().
[[noreturn]] void fail(const std::string& source, const std::string& where, Message said) {
    std::string reason = english(said);  // first: the arguments below are evaluated in no set order
    throw data_error(source, where, std::move(reason), std::move(said));
}

std::uint64_t le(std::string_view b, std::size_t at, int n) {
    std::uint64_t v = 0;
    for (int k = n - 1; k >= 0; --k)
        v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(k)]);
    return v;
}

bool signature(std::string_view b, std::size_t at, std::uint32_t sig) {
    return at + 4 <= b.size() && le(b, at, 4) == sig;
}

constexpr std::uint32_t eocd_signature = 0x06054b50;
constexpr std::uint32_t eocd64_locator_signature = 0x07064b50;
constexpr std::uint32_t eocd64_signature = 0x06064b50;
constexpr std::size_t eocd_size = 22;

// The entry count the end of the central directory declares (the ZIP64 record's when there is
// one), read before libzip sees the archive: libzip allocates its table of entries from this count
// before it checks the entries are there. Returns false when there is no end record: not a ZIP.
bool declared_entries(std::string_view b, std::uint64_t& count) {
    if (b.size() < eocd_size) return false;
    // The record is 22 bytes plus a comment of at most 65535: search that tail, nearest the end first.
    const std::size_t last = b.size() - eocd_size;
    const std::size_t first = last > 65535 ? last - 65535 : 0;
    for (std::size_t at = last + 1; at-- > first;) {
        if (!signature(b, at, eocd_signature)) continue;
        count = std::max(le(b, at + 8, 2), le(b, at + 10, 2));
        if (at >= 20 && signature(b, at - 20, eocd64_locator_signature)) {
            const std::uint64_t offset = le(b, at - 20 + 8, 8);
            if (b.size() >= 56 && offset <= b.size() - 56 && signature(b, offset, eocd64_signature))
                count = std::max({count, le(b, offset + 24, 8), le(b, offset + 32, 8)});
        }
        return true;
    }
    return false;
}

std::string libzip_message(int code) {
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    std::string m = zip_error_strerror(&e);
    zip_error_fini(&e);
    for (char& c : m) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return m;
}

constexpr std::string_view ole_signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// A .docx or .xlsx starts with a local file header ("PK\3\4"); an empty archive with its end
// record ("PK\5\6"). An archive behind a prefix (a self-extracting program) is not an Office file.
bool starts_as_zip(std::string_view b) {
    return b.compare(0, 4, "PK\3\4") == 0 || b.compare(0, 4, "PK\5\6") == 0;
}

[[noreturn]] void not_a_zip(const std::string& source) { fail(source, "", Message{"error.zip.not_zip", {}}); }

}  // namespace

std::string read_archive_file(const std::filesystem::path& path, const ReadLimits& limits) {
    InputFile in(path, limits);
    std::string bytes;
    if (in.regular()) bytes.reserve(in.size());
    constexpr std::size_t piece = std::size_t{1} << 20;
    for (;;) {
        const std::size_t old = bytes.size();
        bytes.resize(old + piece);
        const ssize_t got = ::read(in.fd(), bytes.data() + old, piece);
        if (got < 0) {
            bytes.resize(old);
            if (errno == EINTR) continue;
            fail(in.source(), "", Message{"error.file.cannot_read", {{"system", std::strerror(errno)}}});
        }
        bytes.resize(old + static_cast<std::size_t>(got));
        if (bytes.size() > limits.max_bytes)
            fail(in.source(), "",
                 Message{"error.file.too_large", {{"limit", std::to_string(limits.max_bytes)}}});
        if (bytes.size() >= 8 || got == 0) {
            const std::string_view head(bytes.data(), std::min<std::size_t>(bytes.size(), 8));
            if (!starts_as_zip(head) && head != ole_signature) not_a_zip(in.source());
        }
        if (got == 0) break;
    }
    return bytes;
}

ZipArchive::ZipArchive(std::string bytes, std::string source, const ReadLimits& limits)
    : bytes_(std::move(bytes)), source_(std::move(source)), limits_(limits) {
    // An encrypted Office document is not a ZIP but an OLE compound file holding the encrypted
    // package; so is a Word 97-2003 .doc. Either is refused for what it is, not as garbage.
    if (bytes_.compare(0, 8, ole_signature) == 0) fail(source_, "", Message{"error.zip.ole", {}});
    if (!starts_as_zip(bytes_)) not_a_zip(source_);
    std::uint64_t entries = 0;
    if (!declared_entries(bytes_, entries)) fail(source_, "", Message{"error.zip.no_end_record", {}});
    if (entries > limits_.max_zip_entries)
        fail(source_, "",
             Message{
                 "error.zip.too_many_entries",
                 {{"entries", std::to_string(entries)}, {"limit", std::to_string(limits_.max_zip_entries)}}});
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
    if (!src) {
        zip_error_fini(&error);
        fail(source_, "", Message{"error.zip.out_of_memory", {}});
    }
    archive_ = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!archive_) {
        const int code = zip_error_code_zip(&error);
        zip_source_free(src);
        zip_error_fini(&error);
        if (code == ZIP_ER_NOZIP) not_a_zip(source_);
        fail(source_, "", Message{"error.zip.damaged", {{"why", libzip_message(code)}}});
    }
    zip_error_fini(&error);
    // libzip may count differently from the record read above (it reads the directory itself).
    const zip_int64_t listed = zip_get_num_entries(archive_, 0);
    if (listed < 0 || static_cast<std::uint64_t>(listed) > limits_.max_zip_entries) {
        zip_discard(archive_);
        archive_ = nullptr;
        fail(source_, "",
             Message{
                 "error.zip.too_many_entries",
                 {{"entries", std::to_string(listed)}, {"limit", std::to_string(limits_.max_zip_entries)}}});
    }
}

ZipArchive::~ZipArchive() {
    if (archive_) zip_discard(archive_);
}

bool ZipArchive::contains(const std::string& name) const {
    // OPC part names compare without regard to ASCII case.
    return zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::string ZipArchive::read(const std::string& name) {
    const zip_int64_t index = zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) fail(source_, name, Message{"error.zip.no_entry", {{"entry", name}}});
    const auto i = static_cast<zip_uint64_t>(index);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive_, i, 0, &st) != 0)
        fail(source_, name, Message{"error.zip.cannot_read_entry", {{"why", zip_strerror(archive_)}}});
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        fail(source_, name, Message{"error.zip.encrypted", {}});
    const std::uint64_t stored = std::max<std::uint64_t>(
        1, std::min<std::uint64_t>((st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : bytes_.size(),
                                   bytes_.size()));
    zip_file_t* file = zip_fopen_index(archive_, i, 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(archive_));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            fail(source_, name, Message{"error.zip.encrypted", {}});
        fail(source_, name, Message{"error.zip.cannot_read_entry", {{"why", libzip_message(code)}}});
    }
    std::string out;
    std::vector<char> piece(std::size_t{1} << 16);
    constexpr std::uint64_t ratio_floor = std::uint64_t{1} << 20;
    try {
        for (;;) {
            const zip_int64_t got = zip_fread(file, piece.data(), piece.size());
            if (got < 0)
                fail(source_, name,
                     Message{"error.zip.cannot_inflate",
                             {{"why", libzip_message(zip_error_code_zip(zip_file_get_error(file)))}}});
            if (got == 0) break;
            const std::uint64_t size = out.size() + static_cast<std::uint64_t>(got);
            if (size > limits_.max_zip_entry_bytes)
                fail(source_, name,
                     Message{"error.zip.entry_too_large",
                             {{"limit", std::to_string(limits_.max_zip_entry_bytes)}}});
            if (inflated_ + static_cast<std::uint64_t>(got) > limits_.max_zip_total_bytes)
                fail(source_, name,
                     Message{"error.zip.total_too_large",
                             {{"limit", std::to_string(limits_.max_zip_total_bytes)}}});
            if (size > ratio_floor && size / stored >= limits_.max_zip_ratio &&
                size > limits_.max_zip_ratio * stored)
                fail(source_, name,
                     Message{"error.zip.ratio",
                             {{"limit", std::to_string(limits_.max_zip_ratio)},
                              {"stored", std::to_string(stored)}}});
            inflated_ += static_cast<std::uint64_t>(got);
            out.append(piece.data(), static_cast<std::size_t>(got));
        }
    } catch (...) {
        zip_fclose(file);
        throw;
    }
    zip_fclose(file);
    // libzip checks the CRC but not the size: an entry that inflates to other than its header's
    // size is damaged or made to mislead a reader that trusts the header.
    if ((st.valid & ZIP_STAT_SIZE) && st.size != out.size())
        fail(source_, name,
             Message{"error.zip.size_mismatch",
                     {{"size", std::to_string(out.size())}, {"header", std::to_string(st.size)}}});
    return out;
}

}  // namespace kinerja::detail
