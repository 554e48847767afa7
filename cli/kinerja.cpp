// kinerja: the command-line face of the library.
//
//   kinerja report [FILE] [--year Y] [--table lakip|renja|pk] [--format md|html|csv|xlsx|docx] [-o PATH]
//                  [--max-...]
//   kinerja check [FILE] [--format text|json] [--year Y] [--cap N] [--tables] [--plan DATASET] [--max-...]
//   kinerja compare [FILE...] [--indicator ID] [--format md|csv|html] [-o PATH] [--max-...]
//   kinerja import FILE.docx|FILE.xlsx [--year Y] [-o PATH] [--max-...]
//   kinerja pemda FILE [--budget] [--format text|json] [--max-...]
//   kinerja pohon FILE [--year Y] [--format html|dot|mermaid] [-o PATH] [--max-...]
//   kinerja lke FILE [--plan DATASET] [--year Y] [--body NAME] [--previous FILE] [--boundary gt|ge]
//               [--format md|html|csv] [-o PATH] [--save PATH] [--max-...]
//   kinerja rules
//
// Without FILE, every command uses the dataset installed with the library (the LAKIP 2019 of
// Dinas Sosial Kabupaten Lumajang). Exit status 2 when input cannot be read, the arguments are
// wrong or the output cannot be written; check, pemda and lke exit 1 when a finding is an error. docs/cli.md
// describes the exit statuses, the limits and how output is written.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <kinerja/kinerja.hpp>
#include <limits>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>

namespace {

bool is_csv(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".csv";
}

// The findings as text in \p lang: its words and the message in the language; the severity, the rule id,
// the printed text verbatim and the expected value as Finding::expected holds it (Indonesian number
// text) are data, the same in every language.
std::string findings_text(const std::vector<kinerja::Finding>& findings, const kinerja::Language& lang) {
    // messages: prefix "reviu.text.count."
    std::ostringstream out;
    std::size_t counts[3] = {0, 0, 0};
    for (const kinerja::Finding& f : findings) {
        ++counts[static_cast<int>(f.severity)];
        // The severity is printed as its id, a data field like the rule (as in the JSON output).
        out << kinerja::to_string(f.severity) << ' ' << f.rule << ": " << f.table;
        if (!f.row.empty()) out << " | " << f.row;
        if (!f.column.empty()) out << " | " << f.column;
        out << '\n' << "    ";
        if (!f.printed.empty()) out << lang.format("reviu.text.printed", {{"printed", f.printed}});
        if (!f.expected.empty())
            out << (f.printed.empty() ? "" : ", ")
                << lang.format("reviu.text.expected", {{"expected", f.expected}});
        out << (f.printed.empty() && f.expected.empty() ? "" : ": ") << f.message << '\n';
    }
    // One id per severity and number (English says "1 error", "2 errors"; Indonesian does not inflect).
    const auto count = [&](kinerja::Severity s) {
        const std::size_t n = counts[static_cast<int>(s)];
        return lang.format("reviu.text.count." + std::string(kinerja::to_string(s)) + (n == 1 ? ".one" : ""),
                           {{"count", std::to_string(n)}});
    };
    out << count(kinerja::Severity::error) << ", " << count(kinerja::Severity::warning) << ", "
        << count(kinerja::Severity::note) << '\n';
    return out.str();
}

// Where a table of a Word document is and its caption, by its id: a finding on it says both in JSON.
using TablePlaces = std::map<std::string, std::pair<std::string, std::string>>;

std::string findings_json(const std::vector<kinerja::Finding>& findings, const TablePlaces& places = {}) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const kinerja::Finding& f : findings) {
        nlohmann::ordered_json one = {
            {"rule", f.rule}, {"severity", std::string(kinerja::to_string(f.severity))}, {"table", f.table}};
        if (!places.empty()) {
            const auto it = places.find(f.table);
            one["where"] = it == places.end() ? "" : it->second.first;
            one["caption"] = it == places.end() ? "" : it->second.second;
        }
        one["row"] = f.row;
        one["column"] = f.column;
        one["printed"] = f.printed;
        one["expected"] = f.expected;
        one["message"] = f.message;
        out.push_back(std::move(one));
    }
    return out.dump(2, ' ', false) + '\n';
}

// The join's decisions on table \p id, in row order (--tables --plan).
std::vector<const kinerja::JoinedRow*> joins_of(const kinerja::JoinResult* joins, const std::string& id) {
    std::vector<const kinerja::JoinedRow*> out;
    if (joins != nullptr)
        for (const kinerja::JoinedRow& j : joins->rows)
            if (j.table == id) out.push_back(&j);
    return out;
}

// Why table \p t was not read, in \p lang (the layout reader's reason by its catalogue id).
std::string unread_reason(const kinerja::FoundTable& t, const kinerja::Language& lang) {
    return t.reason_said.id.empty() ? t.reason : lang.format(t.reason_said);
}

// kinerja check --tables: every table of a document, what it was read as, or why not; with --plan,
// what each row was joined to.
std::string tables_text(const kinerja::DocumentReport& doc, const kinerja::JoinResult* joins,
                        const kinerja::Language& lang) {
    std::ostringstream out;
    std::size_t read = 0;
    for (const kinerja::FoundTable& t : doc.found) {
        out << t.where;
        if (!t.caption.empty()) out << " '" << t.caption << "'";
        if (t.id.empty()) {
            out << ": " << lang.format("cli.tables.unread", {{"reason", unread_reason(t, lang)}}) << '\n';
            continue;
        }
        ++read;
        out << ": " << t.id << '\n';
        for (const kinerja::PrintedColumn& c : t.columns)
            out << "    " << kinerja::to_string(c.role) << " '" << c.name << "'\n";
        for (const kinerja::JoinedRow* j : joins_of(joins, t.id)) {
            out << "    " << lang.format("cli.tables.row", {{"row", std::to_string(j->row + 1)}}) << " '"
                << j->label << "': " << kinerja::to_string(j->how);
            if (kinerja::joined(j->how))
                out << ' ' << j->ref << (j->name.empty() ? "" : " '" + j->name + "'");
            if (j->how == kinerja::JoinHow::fuzzy)
                out << " " << lang.format("cli.tables.similarity", {{"score", std::to_string(j->score)}});
            if (!kinerja::joined(j->how) && !j->reason.empty()) out << ": " << j->reason;
            out << '\n';
        }
    }
    out << lang.format(doc.found.size() == 1 ? "cli.tables.count.one" : "cli.tables.count",
                       {{"count", std::to_string(doc.found.size())}, {"read", std::to_string(read)}})
        << '\n';
    return out.str();
}

std::string tables_json(const kinerja::DocumentReport& doc, const kinerja::JoinResult* joins,
                        const kinerja::Language& lang) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const kinerja::FoundTable& t : doc.found) {
        nlohmann::ordered_json columns = nlohmann::ordered_json::array();
        for (const kinerja::PrintedColumn& c : t.columns)
            columns.push_back({{"name", c.name}, {"role", std::string(kinerja::to_string(c.role))}});
        nlohmann::ordered_json one = {{"where", t.where},
                                      {"caption", t.caption},
                                      {"id", t.id},
                                      {"reason", t.id.empty() ? unread_reason(t, lang) : t.reason},
                                      {"columns", columns}};
        // Only with --plan, so that the listing without it keeps its shape.
        if (joins != nullptr) {
            nlohmann::ordered_json rows = nlohmann::ordered_json::array();
            for (const kinerja::JoinedRow* j : joins_of(joins, t.id))
                rows.push_back({{"row", j->row + 1},
                                {"label", j->label},
                                {"how", std::string(kinerja::to_string(j->how))},
                                {"ref", j->ref},
                                {"name", j->name},
                                {"score", j->score},
                                {"candidates", j->candidates},
                                {"reason", j->reason}});
            one["joins"] = std::move(rows);
        }
        out.push_back(std::move(one));
    }
    return out.dump(2, ' ', false) + '\n';
}

// An error of the command itself: English in what(), by catalogue id for the language of --lang.
kinerja::error cli_error(kinerja::Message said) {
    const std::string text = kinerja::english(said);
    return kinerja::error(text, std::move(said));
}

// A --year outside the years a plan may name: a typo, refused before anything is read.
void require_year_in_range(std::optional<int> year) {
    if (year && (*year < kinerja::min_year || *year > kinerja::max_year))
        throw cli_error({"cli.error.year_range",
                         {{"year", std::to_string(*year)},
                          {"from", std::to_string(kinerja::min_year)},
                          {"to", std::to_string(kinerja::max_year)}}});
}

// Writes all of \p text to standard output or throws. Every command builds its whole output first
// and writes it here, so a full disk or a file-size limit can never pass for a finished report
// (exit 0) or for a check's verdict (exit 1): the command exits 2 instead.
void write_stdout(std::string_view text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            throw cli_error({"cli.error.stdout", {{"reason", std::strerror(errno)}}});
        }
        done += static_cast<std::size_t>(n);
    }
}

// The dataset installed beside the program (<prefix>/share/kinerja), or, in a build tree, the source's.
std::string default_dataset() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto installed = exe.parent_path().parent_path() / "share" / "kinerja" / "lakip-2019.json";
        if (std::filesystem::exists(installed)) return installed.string();
    }
    // The sources' copy only for the program in its own build folder, so an installed program never
    // depends on the source tree.
    if (!ec && std::filesystem::equivalent(exe.parent_path(), KINERJA_BUILD_CLI_DIR, ec) &&
        std::filesystem::exists(KINERJA_SOURCE_DATASET))
        return KINERJA_SOURCE_DATASET;
    throw cli_error({"cli.error.no_dataset", {}});
}

kinerja::ReportFormat report_format(const std::string& name) {
    if (name == "html") return kinerja::ReportFormat::html;
    if (name == "csv") return kinerja::ReportFormat::csv;
    return kinerja::ReportFormat::markdown;
}

// Where a command's text goes: standard output, or with -o PATH an AtomicFile, so PATH keeps its
// old content unless the whole new text was written.
class Output final {
public:
    // Refuses, before anything is read or written, an output that is one of \p inputs (under any
    // spelling: ./x, a symbolic or hard link) and one that cannot be created (a directory, a
    // folder that does not exist): the temporary file beside PATH is opened here.
    Output(const std::string& path, const std::vector<std::string>& inputs) {
        if (path.empty() || path == "-") return;
        for (const std::string& input : inputs) {
            std::error_code ec;
            if (path == input || std::filesystem::equivalent(path, input, ec))
                throw cli_error(path == input
                                    ? kinerja::Message{"cli.error.output_is_input", {{"path", path}}}
                                    : kinerja::Message{"cli.error.output_is_the_input",
                                                       {{"path", path}, {"input", input}}});
        }
        file_ = std::make_unique<kinerja::AtomicFile>(path);
    }

    // Writes \p text whole; the file is renamed into place only once all of it is written.
    void emit(std::string_view text) {
        if (!file_) return write_stdout(text);
        file_->write(text);
        file_->commit();
    }

private:
    std::unique_ptr<kinerja::AtomicFile> file_;
};

// A year a report can be written for: in the Renstra period or with data. Any other year would
// give an empty report that looks like a real one (issue 12, row 11).
void require_report_year(const kinerja::Renstra& plan, int year, const std::string& file) {
    const std::vector<int> data = kinerja::data_years(plan);
    if ((year >= plan.period.from && year <= plan.period.to) ||
        std::binary_search(data.begin(), data.end(), year))
        return;
    std::string with_data;
    for (const int y : data) with_data += (with_data.empty() ? "" : ", ") + std::to_string(y);
    kinerja::Message said{data.empty() ? "cli.error.year_outside" : "cli.error.year_outside.with_data",
                          {{"file", file},
                           {"year", std::to_string(year)},
                           {"from", std::to_string(plan.period.from)},
                           {"to", std::to_string(plan.period.to)}}};
    if (!data.empty()) said.args.emplace_back("years", with_data);
    throw cli_error(std::move(said));
}

int report(std::string file, std::optional<int> year, const std::string& table, const std::string& format,
           const std::string& output, const kinerja::ReadLimits& limits, const kinerja::Language& lang) {
    // A workbook or a Word document is binary: never to a terminal or a pipe by accident.
    const bool xlsx = format == "xlsx";
    const bool docx = format == "docx";
    if (xlsx && (output.empty() || output == "-")) throw cli_error({"cli.error.xlsx_needs_output", {}});
    if (docx && (output.empty() || output == "-")) throw cli_error({"cli.error.docx_needs_output", {}});
    const bool renja = table == "renja";
    if (renja && docx) throw cli_error({"cli.error.renja_docx", {}});
    const bool pk = table == "pk";
    if (pk && (xlsx || docx)) throw cli_error({"cli.error.pk_format", {{"format", format}}});
    if (file.empty()) file = default_dataset();
    Output out(output, {file});
    const kinerja::Renstra plan = kinerja::load_renstra(file, limits);
    if (year) require_report_year(plan, *year, file);
    const int report_year = year ? *year : kinerja::latest_year(plan);
    if (pk)
        out.emit(kinerja::write_pk(plan, report_year, report_format(format), lang));
    else if (renja)
        out.emit(xlsx ? kinerja::write_renja_xlsx(plan, report_year, lang)
                      : kinerja::write_renja(plan, report_year, report_format(format), lang));
    else
        out.emit(xlsx   ? kinerja::write_report_xlsx(plan, report_year, lang)
                 : docx ? kinerja::write_report_docx(plan, report_year, lang)
                        : kinerja::write_report(plan, report_year, report_format(format), lang));
    return 0;
}

int compare(std::vector<std::string> files, const std::string& indicator, const std::string& format,
            const std::string& output, const kinerja::ReadLimits& limits, const kinerja::Language& lang) {
    if (files.empty()) files.push_back(default_dataset());
    Output out(output, files);
    std::vector<kinerja::Renstra> plans;
    const bool progress = files.size() > 1 && isatty(STDERR_FILENO);
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (progress)
            std::cerr << "\r"
                      << lang.format("cli.progress.loading", {{"i", std::to_string(i + 1)},
                                                              {"n", std::to_string(files.size())},
                                                              {"file", files[i]}})
                      << "\x1b[K" << std::flush;
        plans.push_back(kinerja::load_renstra(files[i], limits));
    }
    if (progress) std::cerr << "\r\x1b[K" << std::flush;
    out.emit(kinerja::write_comparison(plans, indicator, report_format(format), lang));
    return 0;
}

// With --plan: the plan a document's or a CSV table's rows are joined to. Its printed tables, if any,
// are not used: the tables checked are FILE's.
std::optional<kinerja::Renstra> load_plan(const std::string& plan_file, const kinerja::ReadLimits& limits) {
    if (plan_file.empty()) return std::nullopt;
    if (kinerja::is_document_path(plan_file) || is_csv(plan_file))
        throw cli_error({"cli.error.plan_is_dataset", {{"plan", plan_file}}});
    return kinerja::load_document(plan_file, limits).plan;
}

// FILE's printed tables joined to the plan, checked against it: the join's decisions (join.* notes)
// before the reviu's findings, so that every row's ref is seen where the findings that rely on it are.
std::vector<kinerja::Finding> check_joined(const kinerja::Renstra& plan, const kinerja::JoinResult& joined,
                                           const std::string& file, const kinerja::ReviewOptions& options) {
    kinerja::validate(joined.printed, file);
    std::vector<kinerja::Finding> findings = kinerja::join_findings(joined, options.lang);
    const std::vector<kinerja::Finding> found = kinerja::check(plan, joined.printed, options);
    findings.insert(findings.end(), found.begin(), found.end());
    return findings;
}

// A CSV table's year is held to the years a plan may name: outside them it is a typo.
int check(std::string file, const std::string& format, std::optional<int> year, std::optional<int> cap,
          bool tables, const std::string& plan_file, const kinerja::ReadLimits& limits,
          const kinerja::Language& lang) {
    if (!plan_file.empty() && (file.empty() || (!kinerja::is_document_path(file) && !is_csv(file))))
        throw cli_error(file.empty() ? kinerja::Message{"cli.error.plan_needs_tables.default", {}}
                                     : kinerja::Message{"cli.error.plan_needs_tables", {{"file", file}}});
    if (file.empty()) file = default_dataset();
    kinerja::ReviewOptions options;
    if (cap) options.cap = kinerja::Decimal(*cap);
    options.lang = lang;
    kinerja::JoinOptions join_options;  // the join's reasons in the same language as the findings
    join_options.lang = lang;
    const bool document = kinerja::is_document_path(file);
    if (tables && !document) throw cli_error({"cli.error.tables_needs_document", {{"file", file}}});
    std::vector<kinerja::Finding> findings;
    TablePlaces places;
    if (document) {
        require_year_in_range(year);
        const std::optional<kinerja::Renstra> plan = load_plan(plan_file, limits);
        kinerja::TableLayoutOptions layout;
        layout.year = year;
        const kinerja::DocumentReport doc = kinerja::load_document_report(file, limits, layout);
        std::optional<kinerja::JoinResult> joined;
        if (plan) joined = kinerja::join_to_plan(doc.printed, *plan, join_options);
        if (tables) {
            const kinerja::JoinResult* joins = joined ? &*joined : nullptr;
            write_stdout(format == "json" ? tables_json(doc, joins, lang) : tables_text(doc, joins, lang));
            return 0;
        }
        // A table the layout could not read is named with its reason, never skipped in silence.
        for (const kinerja::FoundTable& t : doc.found) {
            places[t.id.empty() ? t.where : t.id] = {t.where, t.caption};
            if (t.id.empty())
                findings.push_back(kinerja::Finding{
                    "table.unread", kinerja::Severity::note, t.where, "", "", "", "",
                    (t.caption.empty() ? std::string() : "'" + t.caption + "': ") +
                        lang.format("reviu.table.unread", {{"reason", unread_reason(t, lang)}})});
        }
        if (joined) {
            const auto found = check_joined(*plan, *joined, file, options);
            findings.insert(findings.end(), found.begin(), found.end());
        } else {
            for (const kinerja::PrintedTable& t : doc.printed.tables) {
                const auto found = kinerja::check_table(t, options);
                findings.insert(findings.end(), found.begin(), found.end());
            }
        }
    } else if (is_csv(file)) {
        require_year_in_range(year);
        const std::optional<kinerja::Renstra> plan = load_plan(plan_file, limits);
        kinerja::PrintedTable table = kinerja::load_printed_csv(file, limits);
        table.year = year;
        if (plan) {
            kinerja::PrintedReport printed;
            printed.tables.push_back(std::move(table));
            findings =
                check_joined(*plan, kinerja::join_to_plan(printed, *plan, join_options), file, options);
        } else {
            findings = kinerja::check_table(table, options);
        }
    } else {
        // Silently ignored, a year would seem to have been checked.
        if (year) throw cli_error({"cli.error.year_for_tables", {{"file", file}}});
        const kinerja::Document doc = kinerja::load_document(file, limits);
        findings = kinerja::check(doc.plan, doc.printed, options);
    }
    write_stdout(format == "json" ? findings_json(findings, places) : findings_text(findings, lang));
    return kinerja::has_errors(findings) ? 1 : 0;
}

// kinerja pemda: a kinerja-pemda/1 file (the RPJMD and the OPD files it names) checked as a whole,
// each finding with its file and JSON path; with --budget, the budget per RPJMD sasaran and year
// instead. A separate command rather than a kind of FILE for check: its findings are the cascade's,
// not a report's, and it reads a folder of files, not one.
int pemda(const std::string& file, bool budget, const std::string& format, const kinerja::ReadLimits& limits,
          const kinerja::Language& lang) {
    const kinerja::Pemda p = kinerja::load_pemda(file, limits);
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    std::ostringstream text;
    if (budget) {
        kinerja::PercentFormat pf;
        pf.decimals = 2;
        for (const kinerja::SasaranBudget& b : kinerja::pemda_budget(p)) {
            const std::string serapan = kinerja::format_percent(b.totals.serapan(), pf);
            json.push_back({{"sasaran", b.sasaran},
                            {"year", b.year},
                            {"anggaran", kinerja::format_rupiah(b.totals.anggaran)},
                            {"realisasi", kinerja::format_rupiah(b.totals.realisasi)},
                            {"sisa", kinerja::format_rupiah(b.totals.sisa())},
                            {"serapan", serapan},
                            {"lines", b.totals.lines}});
            text << b.sasaran << '\t' << b.year << '\t' << kinerja::format_rupiah(b.totals.anggaran) << '\t'
                 << kinerja::format_rupiah(b.totals.realisasi) << '\t'
                 << kinerja::format_rupiah(b.totals.sisa()) << '\t' << serapan << '\n';
        }
        write_stdout(format == "json" ? json.dump(2, ' ', false) + '\n'
                                      : "sasaran\tyear\tanggaran\trealisasi\tsisa\tserapan\n" + text.str());
        return 0;
    }
    std::size_t errors = 0;
    std::size_t warnings = 0;
    for (const kinerja::PemdaFinding& f : kinerja::check_pemda(p, lang)) {
        const kinerja::PemdaPlace place = kinerja::place_of(p, f, file);
        ++(f.error ? errors : warnings);
        json.push_back({{"rule", f.rule},
                        {"severity", f.error ? "error" : "warning"},
                        {"file", place.file},
                        {"path", place.path},
                        {"opd", f.opd},
                        {"id", f.id},
                        {"year", f.year ? nlohmann::ordered_json(*f.year) : nlohmann::ordered_json(nullptr)},
                        {"message", f.message}});
        text << (f.error ? "error " : "warning ") << f.rule << ": " << place.file << ':' << place.path
             << "\n    " << f.message << '\n';
    }
    const auto count = [&lang](std::size_t n, const char* one, const char* many) {
        return n == 1 ? lang.text(one) : lang.format(many, {{"n", std::to_string(n)}});
    };
    text << lang.format("pemda.summary",
                        {{"errors", count(errors, "pemda.errors_one", "pemda.errors_many")},
                         {"warnings", count(warnings, "pemda.warnings_one", "pemda.warnings_many")}})
         << '\n';
    write_stdout(format == "json" ? json.dump(2, ' ', false) + '\n' : text.str());
    return errors > 0 ? 1 : 0;
}

// The "format" member at the top of a JSON text, or empty: a SAX pass that stops as soon as it has
// it, keeps no tree and counts depth without recursing (the reader that follows applies every limit).
std::string json_format_id(const std::string& text) {
    struct Sniff : nlohmann::json::json_sax_t {
        std::size_t depth = 0;
        bool format_key = false;
        std::string found;
        bool value() {
            format_key = false;
            return true;
        }
        bool null() override { return value(); }
        bool boolean(bool) override { return value(); }
        bool number_integer(number_integer_t) override { return value(); }
        bool number_unsigned(number_unsigned_t) override { return value(); }
        bool number_float(number_float_t, const string_t&) override { return value(); }
        bool string(string_t& s) override {
            if (format_key) {
                found = s;
                return false;  // found: stop reading
            }
            return value();
        }
        bool binary(binary_t&) override { return value(); }
        bool start_object(std::size_t) override {
            format_key = false;
            ++depth;
            return true;
        }
        bool end_object() override {
            --depth;
            return true;
        }
        bool start_array(std::size_t) override {
            format_key = false;
            ++depth;
            return true;
        }
        bool end_array() override {
            --depth;
            return true;
        }
        bool key(string_t& k) override {
            format_key = depth == 1 && k == "format";
            return true;
        }
        bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception&) override {
            return false;
        }
    } sniff;
    nlohmann::json::sax_parse(text, &sniff, nlohmann::json::input_format_t::json, false);
    return sniff.found;
}

// kinerja pohon: the performance tree of a Pemda (a kinerja-pemda/1 file) or of one body's dataset
// (kinerja/1), told apart by the file's format id, so one command draws both.
int pohon(const std::string& file, std::optional<int> year, const std::string& format,
          const std::string& output, const kinerja::ReadLimits& limits, const kinerja::Language& lang) {
    kinerja::PohonOptions options;
    options.lang = lang;
    Output out(output, {file});
    const std::string text = kinerja::read_text_file(file, limits);
    const kinerja::PohonFormat how = *kinerja::parse_pohon_format(format);
    require_year_in_range(year);
    if (json_format_id(text) == "kinerja-pemda/1") {
        const kinerja::Pemda p =
            kinerja::read_pemda(text, file, std::filesystem::path(file).parent_path(), limits);
        out.emit(
            kinerja::write_pohon(kinerja::pohon(p, year ? *year : kinerja::pohon_year(p), options), how));
        return 0;
    }
    const kinerja::Renstra plan = kinerja::read_renstra(text, file, limits);
    if (year) require_report_year(plan, *year, file);
    out.emit(
        kinerja::write_pohon(kinerja::pohon(plan, year ? *year : kinerja::latest_year(plan), options), how));
    return 0;
}

// kinerja lke: an LKE SAKIP worksheet scored, the criteria the plan can answer answered from it
// (--plan), last year's worksheet beside it (--previous); the findings on standard error as well, so
// a script sees them whatever the format.
int lke(const std::string& file, const std::string& plan_file, std::optional<int> year,
        const std::string& body, const std::string& previous_file, const std::string& boundary,
        const std::string& format, const std::string& output, const std::string& save,
        const kinerja::ReadLimits& limits, const kinerja::Language& lang) {
    std::vector<std::string> inputs = {file};
    if (!plan_file.empty()) inputs.push_back(plan_file);
    if (!previous_file.empty()) inputs.push_back(previous_file);
    Output out(output, inputs);
    std::unique_ptr<Output> saved;
    if (!save.empty()) saved = std::make_unique<Output>(save, inputs);
    require_year_in_range(year);
    const std::optional<kinerja::Renstra> plan = load_plan(plan_file, limits);
    const std::string who = !body.empty() ? body : plan ? plan->body.name : std::string();
    kinerja::LkeWorksheet sheet = kinerja::read_lke(file, who, year.value_or(0), limits);
    std::vector<kinerja::LkeFinding> data_findings;
    if (plan) {
        if (sheet.year == 0) throw cli_error({"cli.error.lke_year", {{"file", file}, {"plan", plan_file}}});
        data_findings = kinerja::fill_lke_from_plan(sheet, *plan, 0, lang);
    }
    const kinerja::LkeBoundary rule = *kinerja::parse_lke_boundary(boundary);
    kinerja::LkeResult result = kinerja::evaluate_lke(sheet, rule, lang);
    result.findings.insert(result.findings.end(), data_findings.begin(), data_findings.end());
    std::optional<kinerja::LkeResult> before;
    if (!previous_file.empty()) {
        const int last = sheet.year != 0 ? sheet.year - 1 : 0;
        kinerja::LkeWorksheet prev = kinerja::read_lke(previous_file, who, last, limits);
        before = kinerja::evaluate_lke(prev, rule, lang);
    }
    if (saved) saved->emit(kinerja::write_lke_json(sheet));
    out.emit(kinerja::format_lke(result, before ? &*before : nullptr, format, lang));
    std::size_t errors = 0;
    for (const auto& f : result.findings) {
        std::cerr << f.severity << " " << f.rule << " " << file << (f.where.empty() ? "" : ":" + f.where)
                  << ": " << f.message << '\n';
        if (f.severity == "error") ++errors;
    }
    return errors > 0 ? 1 : 0;
}

// kinerja import: a Word document's tables as a kinerja/1 dataset holding them as printed_tables,
// so an auditor can correct a role, a level or a ref by hand and check the file again. The plan is
// the least a dataset needs: the body named after the file (to be corrected by hand), the period
// the tables' years span. Each table that could not be read is named on standard error.
int import(const std::string& file, std::optional<int> year, const std::string& output,
           const kinerja::ReadLimits& limits, const kinerja::Language& lang) {
    if (!kinerja::is_document_path(file)) throw cli_error({"cli.error.import_document", {{"file", file}}});
    require_year_in_range(year);
    Output out(output, {file});
    kinerja::TableLayoutOptions layout;
    layout.year = year;
    const kinerja::DocumentReport doc = kinerja::load_document_report(file, limits, layout);
    std::optional<int> from;
    std::optional<int> to;
    for (const kinerja::PrintedTable& t : doc.printed.tables)
        if (t.year) {
            from = std::min(from.value_or(*t.year), *t.year);
            to = std::max(to.value_or(*t.year), *t.year);
        }
    // A dataset needs its period; nothing is guessed: without a year anywhere, the user gives it.
    if (!from) throw cli_error({"cli.error.import_no_year", {{"file", file}}});
    kinerja::Renstra plan;
    plan.body.name = std::filesystem::path(file).stem().string();
    plan.period = kinerja::Period{*from, *to};
    std::string unread;
    for (const kinerja::FoundTable& t : doc.found)
        if (t.id.empty()) {
            const std::string reason = unread_reason(t, lang);  // the arguments only view their texts
            std::vector<kinerja::MessageArg> args = {{"file", file}, {"where", t.where}, {"reason", reason}};
            if (!t.caption.empty()) args.emplace_back("caption", t.caption);
            unread +=
                "kinerja: " +
                lang.format(t.caption.empty() ? "cli.import.unread" : "cli.import.unread.captioned", args) +
                "\n";
        }
    out.emit(kinerja::write_document(kinerja::Document(plan, doc.printed)));
    std::cerr << unread;
    return 0;
}

// A limit's value: a whole number from 1 to what \p T holds. 0 would refuse every input, and a
// number past the type must not wrap round to a small limit.
template <class T>
CLI::Validator limit_value(const kinerja::Language& H) {
    return CLI::Validator(
        [H](std::string& text) -> std::string {
            if (text.empty() ||
                !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return H.format("cli.error.limit.not_whole", {{"text", text}});
            T value = 0;
            for (const char c : text) {
                const T digit = static_cast<T>(c - '0');
                if (value > (std::numeric_limits<T>::max() - digit) / 10)
                    return H.format("cli.error.limit.too_large",
                                    {{"text", text}, {"max", std::to_string(std::numeric_limits<T>::max())}});
                value = static_cast<T>(value * 10 + digit);
            }
            if (value == 0) return H.text("cli.error.limit.zero");
            return {};
        },
        "");
}

// Sizes may carry a unit: 500kB = 500000, 64KiB = 65536 bytes.
CLI::Validator size_value() {
    CLI::Validator v = CLI::AsSizeValue(true);
    v.description("");
    return v;
}

// --max-bytes, --max-depth, --max-rows, --max-cell-bytes and the document readers' --max-zip-... and
// --max-cells: the options every limit error names.
void add_limit_options(CLI::App* cmd, kinerja::ReadLimits& limits, const kinerja::Language& H) {
    cmd->add_option("--max-bytes", limits.max_bytes, H.text("cli.limits.max_bytes"))
        ->type_name("BYTES")
        ->transform(size_value())
        ->check(limit_value<std::uint64_t>(H))
        ->default_str(std::to_string(limits.max_bytes))
        ->group(H.text("cli.group.limits"));
    cmd->add_option("--max-depth", limits.max_depth, H.text("cli.limits.max_depth"))
        ->type_name("N")
        ->check(limit_value<std::size_t>(H))
        ->default_str(std::to_string(limits.max_depth))
        ->group(H.text("cli.group.limits"));
    cmd->add_option("--max-rows", limits.max_rows, H.text("cli.limits.max_rows"))
        ->type_name("N")
        ->check(limit_value<std::size_t>(H))
        ->default_str(std::to_string(limits.max_rows))
        ->group(H.text("cli.group.limits"));
    cmd->add_option("--max-cell-bytes", limits.max_cell_bytes, H.text("cli.limits.max_cell_bytes"))
        ->type_name("BYTES")
        ->transform(size_value())
        ->check(limit_value<std::size_t>(H))
        ->default_str(std::to_string(limits.max_cell_bytes))
        ->group(H.text("cli.group.limits"));
    // The document readers' (.docx, .xlsx): a ZIP archive of XML parts.
    cmd->add_option("--max-zip-entries", limits.max_zip_entries, H.text("cli.limits.max_zip_entries"))
        ->type_name("N")
        ->check(limit_value<std::size_t>(H))
        ->default_str(std::to_string(limits.max_zip_entries))
        ->group(H.text("cli.group.limits"));
    cmd->add_option("--max-zip-entry-bytes", limits.max_zip_entry_bytes,
                    H.text("cli.limits.max_zip_entry_bytes"))
        ->type_name("BYTES")
        ->transform(size_value())
        ->check(limit_value<std::uint64_t>(H))
        ->default_str(std::to_string(limits.max_zip_entry_bytes))
        ->group(H.text("cli.group.limits"));
    cmd->add_option("--max-zip-total-bytes", limits.max_zip_total_bytes,
                    H.text("cli.limits.max_zip_total_bytes"))
        ->type_name("BYTES")
        ->transform(size_value())
        ->check(limit_value<std::uint64_t>(H))
        ->default_str(std::to_string(limits.max_zip_total_bytes))
        ->group(H.text("cli.group.limits"));
    cmd->add_option("--max-zip-ratio", limits.max_zip_ratio, H.text("cli.limits.max_zip_ratio"))
        ->type_name("N")
        ->check(limit_value<std::uint64_t>(H))
        ->default_str(std::to_string(limits.max_zip_ratio))
        ->group(H.text("cli.group.limits"));
    cmd->add_option("--max-cells", limits.max_cells, H.text("cli.limits.max_cells"))
        ->type_name("N")
        ->check(limit_value<std::size_t>(H))
        ->default_str(std::to_string(limits.max_cells))
        ->group(H.text("cli.group.limits"));
}

}  // namespace

// CLI11's own error texts (those of CLI11 2.1, Debian 12's) in \p L: the ones a user meets by their
// form, any other as CLI11 wrote it; then how to get help, as CLI11's simple failure message does.
std::string parse_failure(const CLI::Error& e, const kinerja::Language& L) {
    const std::string what = e.what();
    struct Form {
        const char* pattern;
        const char* id;
        std::vector<const char*> names;
    };
    static const std::vector<Form> forms = {
        {"A subcommand is required", "cli.parse.subcommand", {}},
        {"(.+) is required", "cli.parse.required", {"name"}},
        {"The following argument was not expected: (.*)", "cli.parse.extras.one", {"args"}},
        {"The following arguments were not expected: (.*)", "cli.parse.extras", {"args"}},
        {"The value (.+) is not an allowed value for (.+)", "cli.parse.not_allowed", {"value", "name"}},
        {"Could not convert: (.+) = (.*)", "cli.parse.convert", {"name", "value"}},
        {"(\\S+): ([0-9]+) required (\\S+) missing", "cli.parse.missing", {"name", "count", "type"}},
        {"(\\S+): Value (.+) not in range (.+) to (.+)", "cli.parse.range", {"name", "value", "min", "max"}},
        {"(\\S+): (.+) not in (\\{.*\\})", "cli.parse.not_in", {"name", "value", "set"}},
        {"(.+) requires (.+)", "cli.parse.requires", {"name", "other"}},
        {"(.+) excludes (.+)", "cli.parse.excludes", {"name", "other"}},
    };
    std::string said = what;
    for (const Form& f : forms) {
        std::smatch m;
        if (!std::regex_match(what, m, std::regex(f.pattern))) continue;
        std::vector<kinerja::MessageArg> args;
        std::vector<std::string> values;
        values.reserve(f.names.size());
        for (std::size_t i = 0; i < f.names.size(); ++i) values.push_back(m[static_cast<int>(i) + 1].str());
        for (std::size_t i = 0; i < f.names.size(); ++i) args.emplace_back(f.names[i], values[i]);
        said = L.format(f.id, args);
        break;
    }
    return said + "\n" + L.text("cli.parse.help") + "\n";
}

// The language of --help: the --lang given on the command line (read before the options are
// declared, since their help texts are), Indonesian when there is none or it names no language.
std::string help_language(int argc, char** argv) {
    std::string code = "id";
    for (int i = 1; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--lang" && i + 1 < argc) code = argv[i + 1];
        if (a.rfind("--lang=", 0) == 0) code = std::string(a.substr(7));
    }
    const std::vector<std::string> known = kinerja::Language::codes();
    return std::find(known.begin(), known.end(), code) != known.end() ? code : "id";
}

int main(int argc, char** argv) {
    // With a file-size limit (ulimit -f) a write past it then fails with EFBIG and the command says
    // so and exits 2, instead of being killed by SIGXFSZ with no word about what was cut.
    std::signal(SIGXFSZ, SIG_IGN);
    const kinerja::Language H(help_language(argc, argv));
    // What every command's --help ends with.
    const std::string output_footer = H.text("cli.footer.output");
    const std::string limits_footer = H.text("cli.footer.limits");
    CLI::App app{H.format("cli.app", {{"version", kinerja::version}})};
    // CLI11's own words in the help's language.
    // messages: prefix "cli.label."
    for (const char* label : {"Usage", "Options", "Positionals", "Subcommands", "REQUIRED", "SUBCOMMAND",
                              "OPTIONS", "Excludes", "Needs", "TEXT", "INT", "UINT", "FLOAT"})
        app.get_formatter()->label(label, H.text(std::string("cli.label.") + label));
    app.option_defaults()->group(H.text("cli.group.options"));
    app.set_help_flag("-h,--help", H.text("cli.help"));
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(kinerja::version), H.text("cli.version"));

    std::string file;
    std::string format = "text";
    std::optional<int> year;
    CLI::App* check_cmd = app.add_subcommand("check", H.text("cli.check"));
    check_cmd->add_option("FILE", file, H.text("cli.check.file"));
    check_cmd->add_option("--format", format, H.text("cli.check.format"))
        ->check(CLI::IsMember({"text", "json"}));
    check_cmd->add_option("--year", year, H.text("cli.check.year"));
    bool list_tables = false;
    check_cmd->add_flag("--tables", list_tables, H.text("cli.check.tables"));
    std::optional<int> cap;
    check_cmd->add_option("--cap", cap, H.text("cli.check.cap"))->check(CLI::Range(100, 1000));
    std::string plan_file;
    check_cmd->add_option("--plan", plan_file, H.text("cli.check.plan"))->type_name("DATASET");
    check_cmd->footer(H.text("cli.footer.check"));
    CLI::App* rules_cmd = app.add_subcommand("rules", H.text("cli.rules"));

    std::string report_file;
    std::optional<int> report_year;
    std::string report_fmt = "md";
    std::string report_table = "lakip";
    std::string output;
    CLI::App* report_cmd = app.add_subcommand("report", H.text("cli.report"));
    report_cmd->add_option("FILE", report_file, H.text("cli.report.file"));
    report_cmd->add_option("--year", report_year, H.text("cli.report.year"));
    report_cmd->add_option("--format", report_fmt, H.text("cli.report.format"))
        ->check(CLI::IsMember({"md", "html", "csv", "xlsx", "docx"}));
    report_cmd->add_option("--table", report_table, H.text("cli.report.table"))
        ->check(CLI::IsMember({"lakip", "renja", "pk"}));
    report_cmd->add_option("-o,--output", output, H.text("cli.output"))->type_name("PATH");
    report_cmd->footer(output_footer + H.text("cli.footer.report_year") + limits_footer);

    std::vector<std::string> compare_files;
    std::string indicator;
    std::string compare_fmt = "md";
    CLI::App* compare_cmd = app.add_subcommand("compare", H.text("cli.compare"));
    compare_cmd->add_option("FILE", compare_files, H.text("cli.compare.file"));
    compare_cmd->add_option("--indicator", indicator, H.text("cli.compare.indicator"));
    compare_cmd->add_option("--format", compare_fmt, H.text("cli.compare.format"))
        ->check(CLI::IsMember({"md", "html", "csv"}));
    compare_cmd->add_option("-o,--output", output, H.text("cli.output"))->type_name("PATH");
    compare_cmd->footer(output_footer + limits_footer);

    std::string import_file;
    std::optional<int> import_year;
    CLI::App* import_cmd = app.add_subcommand("import", H.text("cli.import"));
    import_cmd->add_option("FILE", import_file, H.text("cli.import.file"))->required();
    import_cmd->add_option("--year", import_year, H.text("cli.import.year"));
    import_cmd->add_option("-o,--output", output, H.text("cli.output"))->type_name("PATH");
    import_cmd->footer(output_footer + H.text("cli.footer.import_tables") + limits_footer);

    std::string pemda_file;
    bool pemda_budget = false;
    std::string pemda_fmt = "text";
    CLI::App* pemda_cmd = app.add_subcommand("pemda", H.text("cli.pemda"));
    pemda_cmd->add_option("FILE", pemda_file, H.text("cli.pemda.file"))->required();
    pemda_cmd->add_flag("--budget", pemda_budget, H.text("cli.pemda.budget"));
    pemda_cmd->add_option("--format", pemda_fmt, H.text("cli.pemda.format"))
        ->check(CLI::IsMember({"text", "json"}));
    pemda_cmd->footer(H.text("cli.footer.pemda"));

    std::string pohon_file;
    std::optional<int> pohon_year;
    std::string pohon_fmt = "html";
    CLI::App* pohon_cmd = app.add_subcommand("pohon", H.text("cli.pohon"));
    pohon_cmd->add_option("FILE", pohon_file, H.text("cli.pohon.file"))->required();
    pohon_cmd->add_option("--year", pohon_year, H.text("cli.pohon.year"));
    pohon_cmd->add_option("--format", pohon_fmt, H.text("cli.pohon.format"))
        ->check(CLI::IsMember({"html", "dot", "mermaid"}));
    pohon_cmd->add_option("-o,--output", output, H.text("cli.output"))->type_name("PATH");
    pohon_cmd->footer(output_footer + limits_footer);

    std::string lke_file;
    std::string lke_plan;
    std::optional<int> lke_year;
    std::string lke_body;
    std::string lke_previous;
    std::string lke_boundary = "gt";
    std::string lke_fmt = "md";
    std::string lke_save;
    CLI::App* lke_cmd = app.add_subcommand("lke", H.text("cli.lke"));
    lke_cmd->add_option("FILE", lke_file, H.text("cli.lke.file"))->required();
    lke_cmd->add_option("--plan", lke_plan, H.text("cli.lke.plan"))->type_name("DATASET");
    lke_cmd->add_option("--year", lke_year, H.text("cli.lke.year"));
    lke_cmd->add_option("--body", lke_body, H.text("cli.lke.body"))->type_name("NAME");
    lke_cmd->add_option("--previous", lke_previous, H.text("cli.lke.previous"))->type_name("FILE");
    lke_cmd->add_option("--boundary", lke_boundary, H.text("cli.lke.boundary"))
        ->check(CLI::IsMember({"gt", "ge"}));
    lke_cmd->add_option("--format", lke_fmt, H.text("cli.lke.format"))
        ->check(CLI::IsMember({"md", "html", "csv"}));
    lke_cmd->add_option("-o,--output", output, H.text("cli.output"))->type_name("PATH");
    lke_cmd->add_option("--save", lke_save, H.text("cli.lke.save"))->type_name("PATH");
    lke_cmd->footer(output_footer + H.text("cli.footer.lke"));

    for (CLI::App* cmd :
         {check_cmd, rules_cmd, report_cmd, compare_cmd, import_cmd, pemda_cmd, pohon_cmd, lke_cmd}) {
        cmd->set_help_flag("-h,--help", H.text("cli.help"));
        cmd->group(H.text("cli.label.Subcommands"));
    }
    kinerja::ReadLimits limits;
    for (CLI::App* cmd : {check_cmd, report_cmd, compare_cmd, import_cmd, pemda_cmd, pohon_cmd, lke_cmd})
        add_limit_options(cmd, limits, H);
    // Every command writes its texts for people in one language: Indonesian unless --lang says otherwise.
    std::string lang_code = "id";
    const std::string known_languages = kinerja::Language::codes_text();
    for (CLI::App* cmd :
         {check_cmd, rules_cmd, report_cmd, compare_cmd, import_cmd, pemda_cmd, pohon_cmd, lke_cmd})
        cmd->add_option("--lang", lang_code, H.format("cli.lang", {{"languages", known_languages}}))
            ->type_name("CODE")
            ->check(CLI::IsMember(kinerja::Language::codes()));

    try {
        try {
            app.parse(argc, argv);
        } catch (const CLI::Success& e) {
            // --help and --version: standard output checked as for every command.
            std::ostringstream text;
            const int rc = app.exit(e, text);
            write_stdout(text.str());
            return rc;
        } catch (const CLI::ParseError& e) {
            std::cerr << parse_failure(e, H);
            return 2;
        }
        const kinerja::Language lang(lang_code);
        if (*check_cmd) return check(file, format, year, cap, list_tables, plan_file, limits, lang);
        if (*report_cmd)
            return report(report_file, report_year, report_table, report_fmt, output, limits, lang);
        if (*compare_cmd) return compare(compare_files, indicator, compare_fmt, output, limits, lang);
        if (*import_cmd) return import(import_file, import_year, output, limits, lang);
        if (*pemda_cmd) return pemda(pemda_file, pemda_budget, pemda_fmt, limits, lang);
        if (*pohon_cmd) return pohon(pohon_file, pohon_year, pohon_fmt, output, limits, lang);
        if (*lke_cmd)
            return lke(lke_file, lke_plan, lke_year, lke_body, lke_previous, lke_boundary, lke_fmt, output,
                       lke_save, limits, lang);
        if (*rules_cmd) {
            std::string text;
            for (const auto& [id, rule] : kinerja::review_rules(lang))
                text.append(id).append("  ").append(rule).append("\n");
            for (const auto& [id, rule] : kinerja::join_rules(lang))
                text.append(id).append("  ").append(rule).append("\n");
            write_stdout(text);
            return 0;
        }
    } catch (const kinerja::error& e) {
        // The language of --lang (the pre-scan's, so an error before or during the parse is said in
        // it too); where and the values as written, why in the language.
        std::cerr << "kinerja: " << kinerja::describe(e, H) << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "kinerja: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
