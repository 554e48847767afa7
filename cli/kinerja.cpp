// kinerja: the command-line face of the library.
//
//   kinerja report [FILE] [--year Y] [--format md|html|csv] [-o PATH]
//   kinerja check [FILE] [--format text|json] [--year Y]
//   kinerja compare [FILE...] [--indicator ID] [--format md|csv|html] [-o PATH]
//   kinerja rules
//
// Without FILE, every command uses the dataset installed with the library (the LAKIP 2019 of
// Dinas Sosial Kabupaten Lumajang). Exit status 2 when input cannot be read or the arguments are
// wrong; check exits 1 when a finding is an error.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <kinerja/kinerja.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace {

bool is_csv(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".csv";
}

void print_text(const std::vector<kinerja::Finding>& findings) {
    std::size_t counts[3] = {0, 0, 0};
    for (const kinerja::Finding& f : findings) {
        ++counts[static_cast<int>(f.severity)];
        std::cout << kinerja::to_string(f.severity) << ' ' << f.rule << ": " << f.table;
        if (!f.row.empty()) std::cout << " | " << f.row;
        if (!f.column.empty()) std::cout << " | " << f.column;
        std::cout << '\n' << "    ";
        if (!f.printed.empty()) std::cout << "printed '" << f.printed << "'";
        if (!f.expected.empty()) std::cout << (f.printed.empty() ? "" : ", ") << "expected " << f.expected;
        std::cout << (f.printed.empty() && f.expected.empty() ? "" : ": ") << f.message << '\n';
    }
    std::cout << counts[0] << " error" << (counts[0] == 1 ? "" : "s") << ", " << counts[1] << " warning"
              << (counts[1] == 1 ? "" : "s") << ", " << counts[2] << " note" << (counts[2] == 1 ? "" : "s")
              << '\n';
}

void print_json(const std::vector<kinerja::Finding>& findings) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const kinerja::Finding& f : findings)
        out.push_back({{"rule", f.rule},
                       {"severity", std::string(kinerja::to_string(f.severity))},
                       {"table", f.table},
                       {"row", f.row},
                       {"column", f.column},
                       {"printed", f.printed},
                       {"expected", f.expected},
                       {"message", f.message}});
    std::cout << out.dump(2, ' ', false) << '\n';
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
    throw kinerja::error(
        "no FILE given and the default dataset is not installed (looked in <prefix>/share/kinerja)");
}

kinerja::ReportFormat report_format(const std::string& name) {
    if (name == "html") return kinerja::ReportFormat::html;
    if (name == "csv") return kinerja::ReportFormat::csv;
    return kinerja::ReportFormat::markdown;
}

void emit(const std::string& text, const std::string& output) {
    if (output.empty() || output == "-") {
        std::cout << text;
        return;
    }
    std::ofstream out(output, std::ios::binary);
    out << text;
    if (!out) throw kinerja::error(output + ": cannot write the file");
}

int report(std::string file, std::optional<int> year, const std::string& format, const std::string& output) {
    if (file.empty()) file = default_dataset();
    const kinerja::Renstra plan = kinerja::load_renstra(file);
    emit(kinerja::write_report(plan, year ? *year : kinerja::latest_year(plan), report_format(format)),
         output);
    return 0;
}

int compare(std::vector<std::string> files, const std::string& indicator, const std::string& format,
            const std::string& output) {
    if (files.empty()) files.push_back(default_dataset());
    std::vector<kinerja::Renstra> plans;
    const bool progress = files.size() > 1 && isatty(STDERR_FILENO);
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (progress)
            std::cerr << "\rloading " << (i + 1) << "/" << files.size() << ": " << files[i] << "\x1b[K"
                      << std::flush;
        plans.push_back(kinerja::load_renstra(files[i]));
    }
    if (progress) std::cerr << "\r\x1b[K" << std::flush;
    emit(kinerja::write_comparison(plans, indicator, report_format(format)), output);
    return 0;
}

int check(std::string file, const std::string& format, std::optional<int> year) {
    if (file.empty()) file = default_dataset();
    std::vector<kinerja::Finding> findings;
    if (is_csv(file)) {
        kinerja::PrintedTable table = kinerja::load_printed_csv(file);
        table.year = year;
        findings = kinerja::check_table(table);
    } else {
        const kinerja::Document doc = kinerja::load_document(file);
        findings = kinerja::check(doc.plan, doc.printed);
    }
    if (format == "json")
        print_json(findings);
    else
        print_text(findings);
    return kinerja::has_errors(findings) ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kinerja: SAKIP performance accountability with exact Rupiah (version " +
                 std::string(kinerja::version) + ")"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(kinerja::version));

    std::string file;
    std::string format = "text";
    std::optional<int> year;
    CLI::App* check_cmd = app.add_subcommand(
        "check", "Reviu: re-add a report's printed tables and report every figure that does not add up");
    check_cmd->add_option(
        "FILE", file,
        "a kinerja/1 dataset (.json) or one printed table as CSV (.csv); default: the installed "
        "example dataset");
    check_cmd->add_option("--format", format, "text (default) or json: an array of findings")
        ->check(CLI::IsMember({"text", "json"}));
    check_cmd->add_option("--year", year, "the year a CSV table's data is of (checks its title's year)");
    check_cmd->footer(
        "Exit status: 0 when no finding is an error, 1 when one is, 2 when FILE cannot be read.\n"
        "Rules: run 'kinerja rules'.");
    CLI::App* rules_cmd = app.add_subcommand("rules", "List the reviu rules with their ids");

    std::string report_file;
    std::optional<int> report_year;
    std::string report_fmt = "md";
    std::string output;
    CLI::App* report_cmd =
        app.add_subcommand("report", "Write the LAKIP tables of a year, recomputed from a dataset");
    report_cmd->add_option("FILE", report_file,
                           "a kinerja/1 dataset; default: the installed example dataset");
    report_cmd->add_option("--year", report_year,
                           "the year to report (default: the latest with a budget or target)");
    report_cmd
        ->add_option("--format", report_fmt,
                     "md (default), html (one self-contained page with charts) or csv")
        ->check(CLI::IsMember({"md", "html", "csv"}));
    report_cmd->add_option("-o,--output", output, "write to PATH instead of standard output");

    std::vector<std::string> compare_files;
    std::string indicator;
    std::string compare_fmt = "md";
    CLI::App* compare_cmd = app.add_subcommand(
        "compare", "Compare indicators across years and documents: change, progress to target, trend");
    compare_cmd->add_option("FILE", compare_files,
                            "one or more kinerja/1 datasets; default: the installed example dataset");
    compare_cmd->add_option("--indicator", indicator,
                            "only this indicator id (default: every sasaran indicator)");
    compare_cmd->add_option("--format", compare_fmt, "md (default), csv or html")
        ->check(CLI::IsMember({"md", "html", "csv"}));
    compare_cmd->add_option("-o,--output", output, "write to PATH instead of standard output");

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }
    try {
        if (*check_cmd) return check(file, format, year);
        if (*report_cmd) return report(report_file, report_year, report_fmt, output);
        if (*compare_cmd) return compare(compare_files, indicator, compare_fmt, output);
        if (*rules_cmd) {
            for (const auto& [id, text] : kinerja::review_rules()) std::cout << id << "  " << text << '\n';
            return 0;
        }
    } catch (const kinerja::error& e) {
        std::cerr << "kinerja: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "kinerja: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
