// The archive is built in a libzip buffer source that outlives zip_close (zip_source_keep), then
// read back from it: libzip writes through a source, and a memory source keeps the document off
// the disk until the caller writes it atomically.
//
// Why the bytes do not depend on the clock or the time zone: every entry's DOS time is set, and
// libzip turns a time_t into DOS fields with localtime, so the time_t given is the one whose local
// time is 1980-01-01 00:00 in the zone in force (mktime), whatever that zone is.

#include "report/detail/zip_writer.hpp"

#include <zip.h>

#include <cstdio>
#include <ctime>
#include <memory>

#include "kinerja/core/error.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja::detail {
namespace {

// Owns a libzip source until it is handed over or freed.
struct SourceFree final {
    void operator()(zip_source_t* s) const noexcept { zip_source_free(s); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

// Refuses with \p said, its English from the catalogue.
[[noreturn]] void refuse(Message said) { throw error(english(said), said); }

// A failure of step \p step (the id of a message naming it) with libzip's reason in \p e.
[[noreturn]] void fail(const char* step, zip_error_t* e) {
    if (!e) refuse({"error.zip_writer.step_unknown", {{"step", step}}});
    refuse({"error.zip_writer.step", {{"step", step}, {"reason", zip_error_strerror(e)}}});
}

// The time_t whose local time is 1980-01-01 00:00:00.
std::time_t dos_epoch() {
    std::tm t{};
    t.tm_year = 80;
    t.tm_mon = 0;
    t.tm_mday = 1;
    t.tm_isdst = -1;
    return std::mktime(&t);
}

// The whole content of \p source, which holds a written archive.
std::string contents(zip_source_t* source) {
    if (zip_source_open(source) < 0) fail("error.zip_writer.reading_back", zip_source_error(source));
    std::string out;
    char buffer[1 << 16];
    for (;;) {
        const zip_int64_t n = zip_source_read(source, buffer, sizeof buffer);
        if (n < 0) {
            zip_source_close(source);
            fail("error.zip_writer.reading_back", zip_source_error(source));
        }
        if (n == 0) break;
        out.append(buffer, static_cast<std::size_t>(n));
    }
    zip_source_close(source);
    return out;
}

}  // namespace

std::string write_zip(const std::vector<ZipEntry>& entries) {
    zip_error_t e;
    zip_error_init(&e);
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &e));
    if (!buffer) fail("error.zip_writer.buffer", &e);
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_CREATE | ZIP_TRUNCATE, &e);
    if (!archive) fail("error.zip_writer.opening", &e);
    // The archive now owns the buffer and frees it when it closes: one more reference keeps it
    // for reading the bytes back.
    zip_source_keep(buffer.get());
    const std::time_t when = dos_epoch();
    for (const ZipEntry& entry : entries) {
        zip_source_t* data = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        const zip_int64_t index =
            data ? zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_GUESS) : -1;
        if (index < 0) {
            if (data) zip_source_free(data);
            const std::string reason = zip_strerror(archive);
            zip_discard(archive);
            refuse({"error.zip_writer.entry", {{"entry", entry.name}, {"reason", reason}}});
        }
        const auto i = static_cast<zip_uint64_t>(index);
        if (zip_file_set_mtime(archive, i, when, 0) < 0 ||
            zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 0) < 0) {
            const std::string reason = zip_strerror(archive);
            zip_discard(archive);
            refuse({"error.zip_writer.entry", {{"entry", entry.name}, {"reason", reason}}});
        }
    }
    if (zip_close(archive) < 0) {
        const std::string reason = zip_strerror(archive);
        zip_discard(archive);
        refuse({"error.zip_writer.close", {{"reason", reason}}});
    }
    return contents(buffer.get());
}

}  // namespace kinerja::detail
