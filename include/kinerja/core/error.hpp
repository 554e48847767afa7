#pragma once
/// \file kinerja/core/error.hpp
/// The one exception hierarchy of kinerja: every error derives from kinerja::error.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kinerja {

/// A text of the message catalogues (messages/<code>.txt) named by its id, with the values of its
/// `{placeholders}`: what an error says, kept apart from any one language so that the command line and
/// the Python bindings can say it in the user's (kinerja::describe in plan/language.hpp).
struct Message final {
    /// The catalogue id, e.g. "error.json.missing"; empty when the error has no catalogue text.
    std::string id;
    /// Each placeholder's name (without braces) and its text, verbatim.
    std::vector<std::pair<std::string, std::string>> args;
};

/// Root of every exception kinerja throws; catch this to catch them all.
///
/// Beside its message every error carries code(), a stable machine-readable name of its class
/// ("error", "overflow", "undefined", "value", "lookup", "data", "parse", "ambiguous") that programs and the
/// Python bindings can switch on while messages are free to improve. what() is in English; message()
/// is the same reason as a catalogue id, to be said in another language.
class error : public std::runtime_error {
public:
    /// An error with \p message.
    explicit error(const std::string& message) : error(message, "error") {}
    /// An error with \p message.
    explicit error(const char* message) : error(std::string(message), "error") {}
    /// An error with \p message (English) that \p said names in the catalogue.
    error(const std::string& message, Message said) : error(message, "error", std::move(said)) {}

    /// The stable machine-readable code of the error's class, e.g. "overflow".
    [[nodiscard]] std::string_view code() const noexcept { return code_; }
    /// The reason as a catalogue id and its values; its id is empty when the error has plain text only.
    [[nodiscard]] const Message& message() const noexcept { return said_; }

protected:
    /// For subclasses: \p code must be a string literal (it is kept as a view).
    error(const std::string& message, std::string_view code, Message said = {})
        : std::runtime_error(message), code_(code), said_(std::move(said)) {}

private:
    std::string_view code_;
    Message said_;
};

/// An exact result does not fit the type that must hold it; kinerja never wraps. code() "overflow".
class overflow_error final : public error {
public:
    /// An overflow with \p message.
    explicit overflow_error(const std::string& message) : error(message, "overflow") {}
    /// An overflow with \p message.
    explicit overflow_error(const char* message) : error(std::string(message), "overflow") {}
    /// The same, with \p message in English and \p said its catalogue id and values.
    overflow_error(const std::string& message, Message said) : error(message, "overflow", std::move(said)) {}
};

/// A value that is undefined was used as if it were defined (e.g. a percentage of a zero total).
/// code() "undefined".
class undefined_error final : public error {
public:
    /// An undefined value used, with \p message.
    explicit undefined_error(const std::string& message) : error(message, "undefined") {}
    /// An undefined value used, with \p message.
    explicit undefined_error(const char* message) : error(std::string(message), "undefined") {}
    /// The same, with \p message in English and \p said its catalogue id and values.
    undefined_error(const std::string& message, Message said)
        : error(message, "undefined", std::move(said)) {}
};

/// An argument outside what the operation accepts (too many decimals, a scale out of range...).
/// code() "value".
class value_error final : public error {
public:
    /// A bad argument, with \p message.
    explicit value_error(const std::string& message) : error(message, "value") {}
    /// A bad argument, with \p message.
    explicit value_error(const char* message) : error(std::string(message), "value") {}
    /// The same, with \p message in English and \p said its catalogue id and values.
    value_error(const std::string& message, Message said) : error(message, "value", std::move(said)) {}
};

/// An id that names nothing of its kind in the plan (a node, an indicator). A look-up never answers
/// an unknown id with an empty result (Rp0, no kegiatan): the id is a typo until shown otherwise.
/// Carries the id, its kind and the plan's closest ids. code() "lookup".
class lookup_error final : public error {
public:
    /// \param kind what \p id should name ("node", "indicator")
    /// \param id the id asked for, verbatim
    /// \param closest the plan's ids nearest to \p id, nearest first; may be empty
    lookup_error(std::string kind, std::string id, std::vector<std::string> closest)
        : error(compose(kind, id, closest), "lookup"),
          kind_(std::move(kind)),
          id_(std::move(id)),
          closest_(std::move(closest)) {}

    /// What the id should name.
    const std::string& kind() const noexcept { return kind_; }
    /// The id asked for.
    const std::string& id() const noexcept { return id_; }
    /// The plan's ids nearest to it, nearest first.
    const std::vector<std::string>& closest() const noexcept { return closest_; }

private:
    static std::string compose(const std::string& kind, const std::string& id,
                               const std::vector<std::string>& closest) {
        const bool vowel = !kind.empty() && std::string_view("aeiou").find(kind[0]) != std::string_view::npos;
        std::string m = "'" + id + "' must be the id of " + (vowel ? "an " : "a ") + kind + " of the plan";
        for (std::size_t i = 0; i < closest.size(); ++i)
            m += (i == 0 ? "; closest: '" : ", '") + closest[i] + "'";
        return m;
    }

    std::string kind_;
    std::string id_;
    std::vector<std::string> closest_;
};

/// A dataset or plan that is malformed or inconsistent: names where (file and JSON path, or the
/// element of the plan) and why. code() "data".
class data_error : public error {
public:
    /// \param source the file, or empty for a plan built in code
    /// \param path a JSON pointer such as "/nodes/3/parent", or a line:column for a syntax error
    /// \param reason short lowercase statement of what was required
    /// \param said \p reason (English) as a catalogue id and values; empty when it has none yet
    data_error(std::string source, std::string path, std::string reason, Message said = {})
        : error(compose(source, path, reason), "data", std::move(said)),
          source_(std::move(source)),
          path_(std::move(path)),
          reason_(std::move(reason)) {}

    /// The file, or empty.
    const std::string& source() const noexcept { return source_; }
    /// Where in the data.
    const std::string& path() const noexcept { return path_; }
    /// What was wrong.
    const std::string& reason() const noexcept { return reason_; }

private:
    static std::string compose(const std::string& source, const std::string& path,
                               const std::string& reason) {
        std::string m = source;
        if (!path.empty()) m += (m.empty() ? "" : ":") + path;
        return (m.empty() ? "" : m + ": ") + reason;
    }

    std::string source_;
    std::string path_;
    std::string reason_;
};

/// Text that is not a number the library can read, located by character offset. code() "parse".
class parse_error : public error {
public:
    /// \param text the whole text that was read, verbatim
    /// \param offset 0-based character (Unicode code point) offset of the fault in \p text
    /// \param reason short lowercase statement of what was wrong
    /// \param source where the text came from (file:line:column, JSON path); may be empty
    /// \param said \p reason (English) as a catalogue id and values; empty when it has none yet
    parse_error(std::string text, std::size_t offset, std::string reason, std::string source = {},
                Message said = {})
        : parse_error(std::move(text), offset, std::move(reason), std::move(source), "parse",
                      std::move(said)) {}

    /// The text that was read, verbatim.
    const std::string& text() const noexcept { return text_; }
    /// 0-based character offset of the fault in text().
    std::size_t offset() const noexcept { return offset_; }
    /// What was wrong, without the location.
    const std::string& reason() const noexcept { return reason_; }
    /// Where the text came from, or empty when the caller did not say.
    const std::string& source() const noexcept { return source_; }

protected:
    /// For ambiguous_error: the same with its own \p code (a string literal).
    parse_error(std::string text, std::size_t offset, std::string reason, std::string source,
                std::string_view code, Message said = {})
        : error(compose(source, text, offset, reason), code, std::move(said)),
          text_(std::move(text)),
          offset_(offset),
          reason_(std::move(reason)),
          source_(std::move(source)) {}

private:
    static std::string compose(const std::string& source, const std::string& text, std::size_t offset,
                               const std::string& reason) {
        std::string m;
        if (!source.empty()) m += source + ": ";
        m += "cannot read '" + text + "' at offset " + std::to_string(offset) + ": " + reason;
        return m;
    }

    std::string text_;
    std::size_t offset_;
    std::string reason_;
    std::string source_;
};

/// Text with more than one sensible reading; kinerja reports it rather than guessing. code()
/// "ambiguous" (it is also a parse_error).
class ambiguous_error final : public parse_error {
public:
    /// \param readings each sensible reading in machine form with how it was read,
    ///        e.g. "1234 (dot as thousands separator)"
    ambiguous_error(std::string text, std::size_t offset, std::vector<std::string> readings,
                    std::string source = {})
        : parse_error(std::move(text), offset, describe(readings), std::move(source), "ambiguous"),
          readings_(std::move(readings)) {}

    /// Every sensible reading, described.
    const std::vector<std::string>& readings() const noexcept { return readings_; }

private:
    static std::string describe(const std::vector<std::string>& readings) {
        std::string m = "ambiguous, it reads as ";
        for (std::size_t i = 0; i < readings.size(); ++i) {
            if (i > 0) m += i + 1 == readings.size() ? " or " : ", ";
            m += readings[i];
        }
        return m;
    }

    std::vector<std::string> readings_;
};

}  // namespace kinerja
