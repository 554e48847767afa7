#pragma once
// A ZIP archive made in memory with libzip from verbatim entries: the .docx and .xlsx tests and
// fuzzers build their files from XML text, so what a reader must find is what the text says. And
// the other way: the entries of an archive a writer made, read back with libzip, not with kinerja's
// own reader.

#include <zip.h>

#include <cstdio>
#include <ctime>
#include <map>
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

/// One entry of an archive read back: its bytes, and its DOS time as libzip gives it.
struct Unzipped {
    std::string bytes;
    std::time_t mtime = 0;
};

// The entries of the ZIP archive \p bytes by name, read with libzip.
inline std::map<std::string, Unzipped> unzip(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) throw std::runtime_error("zip source");
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        throw std::runtime_error(std::string("not a zip: ") + zip_error_strerror(&error));
    }
    std::map<std::string, Unzipped> out;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st);
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        std::string text(static_cast<std::size_t>(st.size), '\0');
        const zip_int64_t n = zip_fread(file, text.data(), st.size);
        zip_fclose(file);
        if (n != static_cast<zip_int64_t>(st.size)) throw std::runtime_error("short read");
        out[st.name] = {text, st.mtime};
    }
    zip_discard(archive);
    return out;
}

}  // namespace kinerja::testing
