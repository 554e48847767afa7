// kinerja: the command-line face of the library.
//
//   kinerja check FILE [--format text|json] [--year Y]
//
// FILE is a kinerja/1 dataset (.json) or one printed table pasted as CSV (.csv). Exit status: 0 when
// no finding is an error, 1 when one is, 2 when the input cannot be read or the arguments are wrong.

#include <kinerja/kinerja.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <optional>
#include <string>

namespace {

bool is_csv(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
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
              << (counts[1] == 1 ? "" : "s") << ", " << counts[2] << " note" << (counts[2] == 1 ? "" : "s") << '\n';
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

int check(const std::string& file, const std::string& format, std::optional<int> year) {
    std::vector<kinerja::Finding> findings;
    if (is_csv(file)) {
        kinerja::PrintedTable table = kinerja::load_printed_csv(file);
        table.year = year;
        findings = kinerja::check_table(table);
    } else {
        const kinerja::Renstra plan = kinerja::load_renstra(file);
        findings = kinerja::check(plan);
    }
    if (format == "json") print_json(findings);
    else print_text(findings);
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
    check_cmd->add_option("FILE", file, "a kinerja/1 dataset (.json) or one printed table as CSV (.csv)")->required();
    check_cmd->add_option("--format", format, "text (default) or json: an array of findings")
        ->check(CLI::IsMember({"text", "json"}));
    check_cmd->add_option("--year", year, "the year a CSV table's data is of (checks its title's year)");
    check_cmd->footer(
        "Exit status: 0 when no finding is an error, 1 when one is, 2 when FILE cannot be read.\n"
        "Rules: run 'kinerja rules'.");
    CLI::App* rules_cmd = app.add_subcommand("rules", "List the reviu rules with their ids");

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
