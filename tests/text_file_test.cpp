// Reading text files with limits and the UTF-8 check; writing them atomically.

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>
#include <fstream>
#include <kinerja/io/text_file.hpp>
#include <kinerja/plan/language.hpp>
#include <string>

namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("kinerja-text-file-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir / name;
}

void put(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

std::string get(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string message_of(const std::string& text) {
    try {
        kinerja::check_text(text, "t.json");
    } catch (const kinerja::data_error& e) {
        return e.what();
    }
    return "accepted";
}

TEST(CheckText, AcceptsUtf8) {
    EXPECT_EQ(message_of("{\"nama\": \"Dinas Sosial \xE2\x80\x94 Lumajang \xF0\x9F\x98\x80\"}"), "accepted");
    EXPECT_EQ(message_of(""), "accepted");
}

TEST(CheckText, NulNamesByteAndLine) {
    // "ab\ncd" is 5 bytes, the NUL is byte 5 (0-based), line 2 column 3.
    EXPECT_EQ(message_of(std::string("ab\ncd\0garbage", 13)),
              "t.json:2:3: a NUL byte at byte 5: this is not a text file");
}

TEST(CheckText, Latin1NamesByte) {
    // "Rp 1" then Latin-1 e-acute (0xE9) followed by ASCII: not a continuation.
    EXPECT_EQ(message_of("Rp 1\xE9t"),
              "t.json:1:5: invalid UTF-8 at byte 4: the text must be UTF-8 (convert a Latin-1 or "
              "Windows-1252 file first)");
}

TEST(CheckText, RefusesOverlongSurrogateAndTooHigh) {
    EXPECT_NE(message_of("\xC0\xAF"), "accepted");          // overlong '/'
    EXPECT_NE(message_of("\xE0\x80\xAF"), "accepted");      // overlong, 3 bytes
    EXPECT_NE(message_of("\xED\xA0\x80"), "accepted");      // U+D800, a surrogate
    EXPECT_NE(message_of("\xF4\x90\x80\x80"), "accepted");  // above U+10FFFF
    EXPECT_NE(message_of("abc\xE2\x82"), "accepted");       // cut at the end
}

TEST(ReadTextFile, DirectoryIsNamed) {
    const fs::path dir = scratch("a-folder");
    fs::create_directories(dir);
    try {
        (void)kinerja::read_text_file(dir);
        FAIL() << "a directory was read";
    } catch (const kinerja::data_error& e) {
        EXPECT_EQ(e.reason(), "is a directory, not a file");
    }
}

TEST(ReadTextFile, SizeLimitNamesTheOption) {
    const fs::path p = scratch("big.txt");
    put(p, std::string(100, 'x'));
    kinerja::ReadLimits limits;
    limits.max_bytes = 99;
    try {
        (void)kinerja::read_text_file(p, limits);
        FAIL() << "a file over the limit was read";
    } catch (const kinerja::data_error& e) {
        EXPECT_EQ(e.reason(),
                  "is 100 bytes, larger than the input limit; the limit is 99 (raise it with --max-bytes or "
                  "ReadLimits::max_bytes)");
    }
    limits.max_bytes = 100;
    EXPECT_EQ(kinerja::read_text_file(p, limits), std::string(100, 'x'));
}

TEST(ReadTextFile, DevZeroFailsFast) {
    try {
        (void)kinerja::read_text_file("/dev/zero");
        FAIL() << "/dev/zero was read";
    } catch (const kinerja::data_error& e) {
        EXPECT_EQ(std::string(e.what()), "/dev/zero:1:1: a NUL byte at byte 0: this is not a text file");
    }
}

TEST(ReadTextFile, CharacterCutBetweenPiecesIsNotAFault) {
    // A 3-byte character straddling the 1 MiB piece boundary must read as in one piece.
    std::string text(1 << 20, 'a');
    text.replace((1 << 20) - 1, 1, "\xE2\x80\x94");
    const fs::path p = scratch("straddle.txt");
    put(p, text);
    EXPECT_EQ(kinerja::read_text_file(p), text);
}

TEST(AtomicFile, ReplacesWholly) {
    const fs::path p = scratch("out.md");
    put(p, "old");
    kinerja::write_text_file(p, "new text");
    EXPECT_EQ(get(p), "new text");
}

TEST(AtomicFile, UncommittedLeavesTheOldFileAndNoTemporary) {
    const fs::path p = scratch("kept.md");
    put(p, "old content");
    {
        kinerja::AtomicFile f(p);
        f.write("half of the new");
    }
    EXPECT_EQ(get(p), "old content");
    for (const auto& entry : fs::directory_iterator(p.parent_path()))
        EXPECT_EQ(entry.path().filename().string().find(".kept.md.kinerja-"), std::string::npos);
}

TEST(AtomicFile, WriteFailureThrowsAndKeepsOldFile) {
    const fs::path p = scratch("limited.md");
    put(p, "old");
    // A file-size limit of 4 KiB with SIGXFSZ ignored makes the write fail with EFBIG, as a full disk would.
    rlimit old{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
    auto* previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 4096;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    bool threw = false;
    try {
        kinerja::AtomicFile f(p);
        f.write(std::string(1 << 16, 'x'));
        f.commit();
    } catch (const kinerja::data_error&) {
        threw = true;
    }
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);
    EXPECT_TRUE(threw);
    EXPECT_EQ(get(p), "old");
}

// Each refusal in the catalogue: Indonesian as written by hand, English as what() says it.
TEST(TextFileErrors, SaidInEveryLanguage) {
    const auto said = [](const auto& read) -> std::pair<std::string, std::string> {
        try {
            read();
        } catch (const kinerja::data_error& e) {
            EXPECT_EQ(kinerja::describe(e, kinerja::Language("en")), e.what());
            EXPECT_EQ(kinerja::english(e.message()), e.reason());
            return {kinerja::describe(e, kinerja::Language("id")), e.message().id};
        }
        ADD_FAILURE() << "accepted";
        return {};
    };
    EXPECT_EQ(said([] { kinerja::check_text(std::string("ab\ncd\0x", 7), "t.json"); }),
              std::make_pair(std::string("t.json:2:3: byte NUL pada byte ke-5: ini bukan berkas teks"),
                             std::string("error.file.nul_byte")));
    EXPECT_EQ(
        said([] { kinerja::check_text("Rp 1\xE9t", "t.json"); }).first,
        "t.json:1:5: UTF-8 tidak sah pada byte ke-4: teks harus berupa UTF-8 (ubah dahulu berkas Latin-1 "
        "atau Windows-1252)");
    EXPECT_EQ(said([] { kinerja::check_text("abc\xE2\x82", "t.json"); }).second, "error.file.cut_utf8");
    const fs::path dir = scratch("a-folder-too");
    fs::create_directories(dir);
    EXPECT_EQ(said([&] { (void)kinerja::read_text_file(dir); }).first,
              dir.string() + ": merupakan direktori, bukan berkas");
    EXPECT_EQ(said([&] { (void)kinerja::read_text_file(dir / "none.json"); }).first,
              (dir / "none.json").string() + ": tidak dapat membuka berkas");
    const fs::path p = scratch("big-too.txt");
    put(p, std::string(100, 'x'));
    kinerja::ReadLimits limits;
    limits.max_bytes = 99;
    EXPECT_EQ(
        said([&] { (void)kinerja::read_text_file(p, limits); }).first,
        p.string() +
            ": berukuran 100 byte, melebihi batas masukan; batasnya 99 (naikkan dengan --max-bytes atau "
            "ReadLimits::max_bytes)");
    EXPECT_EQ(said([&] { kinerja::write_text_file(dir, "x"); }).first,
              dir.string() + ": merupakan direktori, bukan berkas yang dapat ditulis");
}

}  // namespace
