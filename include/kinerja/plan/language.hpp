#pragma once
/// \file kinerja/plan/language.hpp
/// The language of every text the library writes for people: report headings and notes, the
/// comparison's verdicts, the reviu's messages, the command line's help. One message catalogue per
/// language (messages/<code>.txt in the source tree, a table of ids to texts compiled into the
/// library), so a third language is one more file. Indonesian is the default: the reports are pasted
/// into a LAKIP and the reviu is read at an Inspektorat. Terms of the domain (capaian, serapan, sisa,
/// predikat, Perjanjian Kinerja) stay as the regulations write them in every language.
///
/// The catalogues are data compiled into the library, so the type lives in the lowest compiled
/// layer; the header-only core knows nothing of languages and writes Indonesian number text.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kinerja/core/error.hpp"

namespace kinerja {

namespace detail {
struct Catalogue;
}  // namespace detail

/// One argument of a message: the placeholder's name (without braces) and the text put in its place.
using MessageArg = std::pair<std::string_view, std::string_view>;

/// A language of the library's texts: its message catalogue and its number convention.
class Language final {
public:
    /// Indonesian ("id"), the default of every report, comparison and reviu.
    Language();
    /// The built-in language of \p code ("id", "en"); value_error naming the known codes otherwise.
    explicit Language(std::string_view code);

    /// The code, e.g. "id".
    [[nodiscard]] const std::string& code() const noexcept;
    /// The language's own name, e.g. "Bahasa Indonesia".
    [[nodiscard]] const std::string& name() const noexcept;
    /// The text of message \p id. An id missing from the catalogue is a bug of the library (a test
    /// holds every catalogue to the same ids), reported as lookup_error, never as an empty text.
    [[nodiscard]] const std::string& text(std::string_view id) const;
    /// Whether the catalogue has message \p id (for ids built at run time, e.g. from a kind).
    [[nodiscard]] bool has(std::string_view id) const;
    /// The text of message \p id with each `{name}` replaced by its argument's text; lookup_error for
    /// a placeholder without an argument or an argument without a placeholder.
    [[nodiscard]] std::string format(std::string_view id, std::initializer_list<MessageArg> args) const;
    /// As format above, with the arguments in a vector (built at run time, e.g. from Python).
    /// A placeholder written `{=name}` takes its argument as the id of another message (a word such
    /// as a JSON type that must itself be said in the language) and puts that message's text.
    [[nodiscard]] std::string format(std::string_view id, const std::vector<MessageArg>& args) const;
    /// The text of \p message (an error's reason) in this language.
    [[nodiscard]] std::string format(const Message& message) const;
    /// \p indonesian number text ("1.234.567,89", "92,66", "1,5 - 2") in this language's convention
    /// ("1,234,567.89" in English): every '.' becomes the group mark and every ',' the decimal mark.
    /// Only for text the library formatted as a figure; never for names.
    [[nodiscard]] std::string number(std::string_view indonesian) const;
    /// The decimal mark (',' in Indonesian).
    [[nodiscard]] char decimal_mark() const noexcept;
    /// The group mark ('.' in Indonesian).
    [[nodiscard]] char group_mark() const noexcept;
    /// Every message id of the catalogue, sorted (for tests and translators).
    [[nodiscard]] std::vector<std::string> ids() const;

    /// The codes of the built-in languages, sorted.
    [[nodiscard]] static std::vector<std::string> codes();
    /// The codes joined for a person ("en, id"), as help and errors list them.
    [[nodiscard]] static std::string codes_text();

    /// Same catalogue.
    friend bool operator==(const Language& a, const Language& b) noexcept { return a.cat_ == b.cat_; }
    /// Different catalogues.
    friend bool operator!=(const Language& a, const Language& b) noexcept { return a.cat_ != b.cat_; }

private:
    const detail::Catalogue* cat_;
};

/// \p message in English: the text an error's what() carries, so that the English lives in the
/// catalogue with every other language and the code names only ids.
[[nodiscard]] std::string english(const Message& message);

/// The whole message of \p e in \p lang: where (file, line, JSON path: never translated) and why, in
/// the language. An error whose reason has no catalogue id yet keeps its what() as written. The command
/// line says every error this way, and kinerja.Error.messages in Python holds it for each language.
[[nodiscard]] std::string describe(const error& e, const Language& lang);

/// English, the language of what(): one instance for the life of the program.
[[nodiscard]] const Language& english_language();

/// A reason the header-only core writes in English (an overflow past 38 digits, a division by zero,
/// an argument out of range: "rupiah sum must fit 38 digits of sen") as \p lang says it, found by the
/// catalogue's English (messages/en.txt, error.core.*); any other text is kept as written.
[[nodiscard]] std::string core_reason(const std::string& reason, const Language& lang);

/// The catalogue id whose English is \p reason, a reason of the header-only core (error.core.*), or
/// empty: for a message that ends in it, `{=reason}`, to be said in the language.
[[nodiscard]] std::string core_reason_id(std::string_view reason);

/// A diagnostic of the number reader (kinerja/core writes its reasons in English, knowing no
/// language, e.g. "space inside the number") as \p lang says it; a reason the catalogue does not know
/// is kept as written.
[[nodiscard]] std::string number_reason(const std::string& reason, const Language& lang);

/// The placeholders of \p text (`{year}` gives "year"), in order of appearance, each once.
[[nodiscard]] std::vector<std::string> message_placeholders(std::string_view text);

}  // namespace kinerja
