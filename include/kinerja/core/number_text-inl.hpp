#pragma once
// The definitions of kinerja/core/number_text.hpp, included at its end (as fmt does with
// format-inl.h) so the core stays header-only. Not meant to be included on its own.
//
// Reading works in two steps: the decorations (sign, parentheses, "Rp", ",-", "%") are peeled off,
// then every plausible reading of the remaining digits, dots and commas is built as a candidate with
// the faults it needs forgiven. Candidates without faults are strict readings; the verdict follows
// from how many strict and how many forgiven candidates there are, never from a preference.

#include <algorithm>
#include <optional>
#include <ostream>
#include <utility>

#include "kinerja/core/number_text.hpp"
#include "kinerja/detail/utf8.hpp"

namespace kinerja {
namespace detail::number_text {

using detail::char_offset;

// Length of the whitespace character at `i` (ASCII blank or U+00A0 no-break space), else 0.
inline std::size_t space_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
    return 0;
}

// Length of the whitespace character ending just before `e`, else 0.
inline std::size_t space_before(std::string_view s, std::size_t e) {
    if (e == 0) return 0;
    const char c = s[e - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (c == '\xA0' && e >= 2 && s[e - 2] == '\xC2') return 2;
    return 0;
}

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A character of the numeric core with its byte offset in the original text.
struct Char {
    char c;
    std::size_t at;
};

// Faults as byte offset and reason, kept in bytes until the verdict turns them into diagnostics.
using Faults = std::vector<std::pair<std::size_t, std::string>>;

// A plausible reading before it becomes a Decimal.
struct Candidate {
    std::string int_digits;
    std::string frac_digits;
    std::string how;
    Faults faults;
    bool uses_dot_as_decimal = false;
    bool uses_dot_as_grouping = false;
};

// Reads `part` (digits and dots) with dots as thousands separators. Faults that leave exactly one
// digit sequence are recorded on the candidate; a dot at either end has no sensible reading.
inline std::optional<Candidate> grouped(const std::vector<Char>& part, std::string& why, std::size_t& where) {
    Candidate c;
    std::vector<std::vector<Char>> groups(1);
    for (const Char& ch : part) {
        if (ch.c == '.') {
            groups.emplace_back();
            groups.back().push_back(ch);  // remember the dot's position as the group's first entry
        } else {
            groups.back().push_back(ch);
        }
    }
    c.uses_dot_as_grouping = groups.size() > 1;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto& grp = groups[g];
        const std::size_t first_digit = g == 0 ? 0 : 1;
        const std::size_t n = grp.size() - first_digit;
        if (n == 0) {
            if (g == 0 || g + 1 == groups.size()) {
                why = g == 0 ? "a dot before the first digit" : "a dot after the last digit";
                where = g == 0 ? (groups.size() > 1 ? groups[1][0].at : 0) : grp[0].at;
                return std::nullopt;
            }
            c.faults.emplace_back(groups[g + 1][0].at, "empty digit group");  // where a digit was due
            continue;
        }
        if (groups.size() > 1) {
            if (g == 0 && n > 3)
                c.faults.emplace_back(grp[0].at, "leading digit group of " + std::to_string(n) + " digits");
            else if (g == 0 && grp[0].c == '0')
                c.faults.emplace_back(grp[0].at, "leading zero before a digit group");
            else if (g > 0 && n != 3)
                c.faults.emplace_back(grp[1].at, "digit group of " + std::to_string(n) + " digits, not 3");
        }
        for (std::size_t i = first_digit; i < grp.size(); ++i) c.int_digits += grp[i].c;
    }
    return c;
}

inline std::string digits_of(const std::vector<Char>& part) {
    std::string s;
    for (const Char& ch : part) s += ch.c;
    return s;
}

// The value of a candidate, or the reason it cannot be one.
inline std::optional<Decimal> value_of(const Candidate& c, bool negative, std::string& why) {
    std::string digits = c.int_digits + c.frac_digits;
    const std::size_t lead = std::min(digits.find_first_not_of('0'), digits.size());
    if (c.frac_digits.size() > static_cast<std::size_t>(Decimal::max_scale)) {
        why = "more than 18 decimals";
        return std::nullopt;
    }
    if (digits.size() - lead > 38) {
        why = "more than 38 significant digits";
        return std::nullopt;
    }
    int128 coefficient = 0;
    for (std::size_t i = lead; i < digits.size(); ++i) coefficient = coefficient * 10 + (digits[i] - '0');
    return Decimal(negative ? -coefficient : coefficient, static_cast<int>(c.frac_digits.size()));
}

inline std::string describe(const Reading& r) {
    return r.how.empty() ? r.value.to_string() : r.value.to_string() + " (" + r.how + ")";
}

// Where and why a text has no reading, as a byte offset. The steps below return it instead of writing
// the invalid verdict themselves, so that only read_number decides what the NumberText says.
struct Failure {
    std::size_t at;
    std::string reason;
};

// The part of the text between the decorations, and what the decorations said about the number.
struct Peeled {
    std::size_t b = 0;  // first byte
    std::size_t e = 0;  // one past the last byte
    bool negative = false;
    bool parentheses = false;
    bool dash_suffix = false;  // ",-" marks whole rupiah, so a decimal comma contradicts it
};

// The end of s[b, e) without its trailing blanks: the whole text and the text before a '%' both may
// end in blanks that are not part of the number.
inline std::size_t trimmed_end(std::string_view s, std::size_t b, std::size_t e) {
    while (e > b) {
        const std::size_t n = space_before(s, e);
        if (n == 0) break;
        e -= n;
    }
    return e;
}

// A minus may stand before or after "Rp", but only once and never inside parentheses (which already
// say negative); returns why a second sign is refused.
inline std::optional<std::string> take_minus(std::string_view text, Peeled& body) {
    if (body.b < body.e && text[body.b] == '-') {
        if (body.negative)
            return std::string(body.parentheses ? "minus sign inside parentheses" : "two minus signs");
        body.negative = true;
        ++body.b;
    }
    return std::nullopt;
}

// The printed nil "-" is zero, not a missing number, and is exact as printed; it is settled before
// any digit is sought because a lone '-' would otherwise be a text without digits.
inline void read_nil(NumberText& r) {
    r.nil = true;
    r.status = TextStatus::exact;
    r.readings.push_back(Reading{Decimal(), "printed nil"});
}

// Peels the blanks, the parentheses, a minus and "Rp" off the text, so that what is left starts with
// the digits; the sign and the currency are kept aside. Sets r.nil when the text is the printed nil.
inline std::optional<Failure> peel_prefix(std::string_view text, NumberText& r, Peeled& body) {
    std::size_t& b = body.b;
    std::size_t& e = body.e;
    b = 0;
    e = text.size();
    while (std::size_t n = space_at(text, b)) b += n;
    e = trimmed_end(text, b, e);
    if (b == e) return Failure{0, "no number in empty text"};

    body.parentheses = text[b] == '(';
    if (body.parentheses) {
        if (text[e - 1] != ')') return Failure{b, "unclosed parenthesis"};
        body.negative = true;
        ++b;
        --e;
    } else if (text[e - 1] == ')') {
        return Failure{e - 1, "closing parenthesis without an opening one"};
    }
    if (!body.parentheses && e - b == 1 && text[b] == '-') {
        read_nil(r);
        return std::nullopt;
    }
    if (auto bad = take_minus(text, body)) return Failure{b, *bad};
    if (e - b >= 2 && (text[b] == 'R' || text[b] == 'r') && (text[b + 1] == 'p' || text[b + 1] == 'P')) {
        r.currency = true;
        b += 2;
        if (b < e && text[b] == '.') ++b;
        while (std::size_t n = space_at(text, b)) b += n;
        if (!body.negative && e - b == 1 && text[b] == '-') {
            read_nil(r);
            return std::nullopt;
        }
        if (auto bad = take_minus(text, body)) return Failure{b, *bad};
    }
    if (b < e && text[b] == '-')
        return Failure{b, body.parentheses ? "minus sign inside parentheses" : "two minus signs"};
    if (b == e) return Failure{b, r.currency ? "no digits after 'Rp'" : "no digits"};
    return std::nullopt;
}

// Peels ",-" or "%" off the end: they say what the number is (whole rupiah, a percentage), which
// rules out readings later, but they are not part of it.
inline std::optional<Failure> peel_suffix(std::string_view text, const ReadOptions& options, NumberText& r,
                                          Peeled& body) {
    std::size_t& b = body.b;
    std::size_t& e = body.e;
    if (e - b >= 2 && text[e - 1] == '-' && text[e - 2] == ',') {
        body.dash_suffix = true;
        r.currency = true;
        e -= 2;
    } else if (text[e - 1] == '%') {
        r.percent_sign = true;
        --e;
        e = trimmed_end(text, b, e);
    }
    if (r.percent_sign && (r.currency || options.rupiah))
        return Failure{e, "a percent sign on a rupiah amount"};
    if (b == e) return Failure{b, "no digits"};
    return std::nullopt;
}

// Collects the digits, dots and commas of the body with their offsets, so that the readings deal with
// nothing else. Blanks inside are a fault with one sensible repair (dropping them), recorded once in
// `common_faults` because every reading shares it; any other character leaves no reading.
inline std::optional<Failure> scan_core(std::string_view text, const Peeled& body, std::vector<Char>& core,
                                        Faults& common_faults) {
    for (std::size_t i = body.b; i < body.e;) {
        if (std::size_t n = space_at(text, i)) {
            if (common_faults.empty()) common_faults.emplace_back(i, "space inside the number");
            i += n;
            continue;
        }
        const char c = text[i];
        if (!is_digit(c) && c != '.' && c != ',') {
            const bool ascii = (static_cast<unsigned char>(c) & 0x80) == 0;
            return Failure{i, ascii ? std::string("unexpected character '") + c + "'"
                                    : "unexpected non-ASCII character"};
        }
        core.push_back(Char{c, i});
        ++i;
    }
    if (std::none_of(core.begin(), core.end(), [](const Char& ch) { return is_digit(ch.c); }))
        return Failure{body.b, "no digits"};
    return std::nullopt;
}

// The one reading of a core with a decimal comma at `k`: a comma is always the decimal separator, so
// the dots before it can only group thousands, and a dot after it has no reading at all.
inline std::optional<Failure> comma_candidate(const std::vector<Char>& core, std::size_t k,
                                              std::vector<Candidate>& candidates, std::string& why,
                                              std::size_t& where) {
    const std::vector<Char> int_part(core.begin(), core.begin() + static_cast<std::ptrdiff_t>(k));
    const std::vector<Char> frac_part(core.begin() + static_cast<std::ptrdiff_t>(k) + 1, core.end());
    for (const Char& ch : frac_part)
        if (ch.c == '.') return Failure{ch.at, "a dot after the decimal comma"};
    std::optional<Candidate> c;
    if (int_part.empty()) {
        c = Candidate{};
        c->int_digits = "0";
        c->faults.emplace_back(core[k].at, "no digits before the decimal comma");
    } else {
        c = grouped(int_part, why, where);
    }
    if (c) {
        c->frac_digits = digits_of(frac_part);
        if (frac_part.empty()) c->faults.emplace_back(core[k].at, "a decimal comma without decimals");
        candidates.push_back(*c);
    }
    return std::nullopt;
}

// The readings of a core without a comma. A lone dot with digits on both sides may be a thousands
// separator or a decimal point, and nothing in the digits tells which, so both readings are built and
// the verdict weighs them; in decorated Indonesian text the decimal point is a fault.
inline void dot_candidates(const std::vector<Char>& core, bool decimal_point_is_fault,
                           std::vector<Candidate>& candidates, std::string& why, std::size_t& where) {
    std::optional<Candidate> c = grouped(core, why, where);
    if (c) {
        if (c->uses_dot_as_grouping) c->how = "dot as thousands separator";
        candidates.push_back(*c);
    }
    if (std::count_if(core.begin(), core.end(), [](const Char& ch) { return ch.c == '.'; }) != 1) return;
    const auto dot = std::find_if(core.begin(), core.end(), [](const Char& ch) { return ch.c == '.'; });
    const std::vector<Char> before(core.begin(), dot);
    const std::vector<Char> after(dot + 1, core.end());
    if (before.empty() || after.empty()) return;
    Candidate m;
    m.int_digits = digits_of(before);
    m.frac_digits = digits_of(after);
    m.how = "dot as decimal point";
    m.uses_dot_as_decimal = true;
    if (decimal_point_is_fault) m.faults.emplace_back(dot->at, "a decimal point in Indonesian text");
    candidates.push_back(m);
}

// Every plausible reading of the core, each with the faults it needs forgiven. Two decimal commas,
// or decimals after ",-", leave no reading worth building.
inline std::optional<Failure> build_candidates(const std::vector<Char>& core, bool dash_suffix,
                                               bool decimal_point_is_fault,
                                               std::vector<Candidate>& candidates, std::string& why,
                                               std::size_t& where) {
    std::vector<std::size_t> commas;
    for (std::size_t i = 0; i < core.size(); ++i)
        if (core[i].c == ',') commas.push_back(i);
    if (commas.size() > 1) return Failure{core[commas[1]].at, "more than one decimal comma"};
    if (dash_suffix && !commas.empty()) return Failure{core[commas[0]].at, "decimals before ',-'"};
    if (commas.size() == 1) return comma_candidate(core, commas[0], candidates, why, where);
    dot_candidates(core, decimal_point_is_fault, candidates, why, where);
    return std::nullopt;
}

// A candidate with its value.
using Valued = std::pair<Candidate, Decimal>;

// What the caller knows (the dot's meaning) and what money allows (0 or 2 decimals) rule candidates
// out; the rest get their value and the faults every reading shares. `why` keeps the last reason a
// candidate was dropped, for when none is left.
inline std::vector<Valued> valued_candidates(std::vector<Candidate>& candidates, const ReadOptions& options,
                                             bool money, bool negative, const Faults& common_faults,
                                             std::string& why) {
    std::vector<Valued> valued;
    for (Candidate& c : candidates) {
        if (options.dot == DotMeaning::thousands && c.uses_dot_as_decimal) continue;
        if (options.dot == DotMeaning::decimal_point && c.uses_dot_as_grouping) {
            why = "a dot used as thousands separator, but dots are decimal points here";
            continue;
        }
        std::optional<Decimal> v = value_of(c, negative, why);
        if (!v) continue;
        // Money is printed with 0 or 2 decimals; "480.000" read with a decimal point would be 480
        // Rupiah printed with three, which no report does.
        if (money && c.frac_digits.size() > 2) {
            why = "more than 2 decimals in a rupiah amount";
            continue;
        }
        c.faults.insert(c.faults.begin(), common_faults.begin(), common_faults.end());
        valued.emplace_back(c, *v);
    }
    return valued;
}

// One reading per value: two candidates that agree on the value are one reading, not an ambiguity.
inline std::vector<Reading> distinct_readings(const std::vector<const Valued*>& set) {
    std::vector<Reading> out;
    for (const Valued* p : set) {
        const bool seen =
            std::any_of(out.begin(), out.end(), [&](const Reading& x) { return x.value == p->second; });
        if (!seen) out.push_back(Reading{p->second, p->first.how});
    }
    return out;
}

// The byte the ambiguity is reported at: the first dot, since only a dot can be read two ways.
inline std::size_t first_dot_at(const std::vector<Char>& core, std::size_t otherwise) {
    const auto dot = std::find_if(core.begin(), core.end(), [](const Char& ch) { return ch.c == '.'; });
    return dot != core.end() ? dot->at : otherwise;
}

// Sets the verdict from how many distinct strict and forgiven readings there are, never from a
// preference between them; false when there is no reading, so the text is invalid.
inline bool decide_verdict(std::string_view text, const std::vector<Valued>& valued, std::size_t dot_at,
                           NumberText& r) {
    std::vector<const Valued*> strict;
    std::vector<const Valued*> all;
    for (const Valued& p : valued) {
        all.push_back(&p);
        if (p.first.faults.empty()) strict.push_back(&p);
    }
    const std::vector<Reading> strict_readings = distinct_readings(strict);
    const std::vector<Reading> all_readings = distinct_readings(all);

    if (strict_readings.size() == 1) {
        r.status = TextStatus::exact;
        r.readings = strict_readings;
        r.readings[0].how.clear();  // the only reading, however it was read
        return true;
    }
    if (strict_readings.size() > 1 || (strict_readings.empty() && all_readings.size() > 1)) {
        r.status = TextStatus::ambiguous;
        r.readings = strict_readings.size() > 1 ? strict_readings : all_readings;
        r.problems.push_back(Diagnostic{char_offset(text, dot_at),
                                        "a dot that may be a thousands separator or a decimal point"});
        if (strict_readings.empty())
            for (const Valued* p : all)
                for (const auto& f : p->first.faults)
                    r.problems.push_back(Diagnostic{char_offset(text, f.first), f.second});
        return true;
    }
    if (all_readings.size() == 1) {
        r.status = TextStatus::repaired;
        r.readings = all_readings;
        for (const Valued* p : all)
            for (const auto& f : p->first.faults) {
                Diagnostic d{char_offset(text, f.first), f.second};
                const bool seen = std::any_of(r.problems.begin(), r.problems.end(), [&](const Diagnostic& x) {
                    return x.offset == d.offset && x.reason == d.reason;
                });
                if (!seen) r.problems.push_back(d);
            }
        return true;
    }
    return false;
}

// The invalid verdict: no reading, and the failure first among the problems.
inline NumberText invalid_verdict(NumberText r, std::string_view text, Failure f) {
    r.status = TextStatus::invalid;
    r.readings.clear();
    r.problems.insert(r.problems.begin(), Diagnostic{char_offset(text, f.at), std::move(f.reason)});
    return r;
}

}  // namespace detail::number_text

inline NumberText read_number(std::string_view text, const ReadOptions& options) {
    using namespace detail::number_text;
    NumberText r;
    r.text = std::string(text);
    r.source = options.source;
    Peeled body;
    if (auto f = peel_prefix(text, r, body)) return invalid_verdict(std::move(r), text, std::move(*f));
    if (r.nil) return r;
    if (auto f = peel_suffix(text, options, r, body))
        return invalid_verdict(std::move(r), text, std::move(*f));

    std::vector<Char> core;
    Faults common_faults;
    if (auto f = scan_core(text, body, core, common_faults))
        return invalid_verdict(std::move(r), text, std::move(*f));

    const bool decorated = r.currency || r.percent_sign || body.parentheses;
    std::vector<Candidate> candidates;
    std::string why;
    std::size_t where = body.b;
    if (auto f =
            build_candidates(core, body.dash_suffix, decorated && options.dot != DotMeaning::decimal_point,
                             candidates, why, where))
        return invalid_verdict(std::move(r), text, std::move(*f));
    const std::vector<Valued> valued = valued_candidates(candidates, options, options.rupiah || r.currency,
                                                         body.negative, common_faults, why);
    if (decide_verdict(text, valued, first_dot_at(core, body.b), r)) return r;
    return invalid_verdict(std::move(r), text, Failure{where, why.empty() ? "not a number" : why});
}

inline Decimal NumberText::value(Mode mode) const {
    using detail::number_text::describe;
    if (status == TextStatus::exact || (status == TextStatus::repaired && mode == Mode::lenient))
        return readings.front().value;
    const std::size_t offset = problems.empty() ? 0 : problems.front().offset;
    if (status == TextStatus::ambiguous) {
        std::vector<std::string> described;
        for (const Reading& reading : readings) described.push_back(describe(reading));
        throw ambiguous_error(text, offset, described, source);
    }
    const std::string reason = problems.empty() ? "not a number" : problems.front().reason;
    throw parse_error(text, offset,
                      status == TextStatus::repaired ? reason + " (lenient mode reads it)" : reason, source);
}

inline Decimal parse_number(std::string_view text, Mode mode, const ReadOptions& options) {
    return read_number(text, options).value(mode);
}

inline Rupiah parse_rupiah(std::string_view text, Mode mode, ReadOptions options) {
    options.rupiah = true;
    return Rupiah::from_decimal(read_number(text, options).value(mode));
}

inline Percent parse_percent(std::string_view text, Mode mode, const ReadOptions& options) {
    const NumberText t = read_number(text, options);
    if (t.currency) throw parse_error(t.text, 0, "a rupiah amount where a percentage is due", options.source);
    return Percent(t.value(mode));
}

inline std::string format_number(const Decimal& value, const FormatOptions& options) {
    // -1 is the one sentinel; any other negative is a mistake, not "the value's own scale".
    if (options.decimals < -1 || options.decimals > Decimal::max_scale)
        throw value_error("decimals must be between 0 and 18, or -1 for the value's own scale");
    const Decimal d = options.decimals < 0 ? value : value.rescaled(options.decimals, options.rounding);
    std::string digits = detail::digits(d.coefficient());
    const auto scale = static_cast<std::size_t>(d.scale());
    if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
    const std::string int_digits = digits.substr(0, digits.size() - scale);
    std::string out;
    for (std::size_t i = 0; i < int_digits.size(); ++i) {
        if (options.grouping && i > 0 && (int_digits.size() - i) % 3 == 0) out += '.';
        out += int_digits[i];
    }
    if (scale > 0) out += ',' + digits.substr(digits.size() - scale);
    if (d.sign() < 0) return options.parentheses ? "(" + out + ")" : "-" + out;
    return out;
}

inline std::string format_rupiah(Rupiah amount, const RupiahFormat& options) {
    if (options.decimals < 0 || options.decimals > 2) throw value_error("rupiah decimals must be 0, 1 or 2");
    const Decimal d = amount.to_decimal().rescaled(options.decimals, options.rounding);
    std::string body = format_number(d.sign() < 0 ? -d : d, FormatOptions{});
    if (options.prefix) body = "Rp" + body;
    if (d.sign() < 0) return options.parentheses ? "(" + body + ")" : "-" + body;
    return body;
}

inline std::string format_percent(const Percent& value, const PercentFormat& options) {
    if (!value.is_defined()) return options.undefined_text;
    FormatOptions f;
    f.decimals = options.decimals;
    f.rounding = options.rounding;
    return format_number(value.points(), f) + (options.sign ? "%" : "");
}

}  // namespace kinerja
