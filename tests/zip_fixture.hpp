#pragma once
// A ZIP archive made in memory with libzip from verbatim entries: the .docx and .xlsx tests and
// fuzzers build their files from XML text, so what a reader must find is what the text says.

#include <zip.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

namespace kinerja::testing {

/// One file of the archive; encryption a libzip method (ZIP_EM_AES_256...) with the password
/// "geheim", or none.
struct Entry {
    std::string name;
    std::string data;
    zip_uint16_t encryption = ZIP_EM_NONE;
};

// A ZIP archive of \p entries, deflated, made in memory with libzip.
inline std::string zip_of(const std::vector<Entry>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
    if (!za) throw std::runtime_error("zip_open_from_source");
    zip_source_keep(src);
    for (const Entry& e : entries) {
        zip_source_t* s = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
        const zip_int64_t i = zip_file_add(za, e.name.c_str(), s, ZIP_FL_ENC_UTF_8);
        if (i < 0) throw std::runtime_error("zip_file_add");
        zip_set_file_compression(za, static_cast<zip_uint64_t>(i), ZIP_CM_DEFLATE, 9);
        if (e.encryption != ZIP_EM_NONE &&
            zip_file_set_encryption(za, static_cast<zip_uint64_t>(i), e.encryption, "geheim") != 0)
            throw std::runtime_error("zip_file_set_encryption");
    }
    if (zip_close(za) != 0) throw std::runtime_error("zip_close");
    zip_source_open(src);
    zip_source_seek(src, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    std::string out(static_cast<std::size_t>(size), '\0');
    zip_source_read(src, out.data(), out.size());
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&error);
    return out;
}

}  // namespace kinerja::testing
