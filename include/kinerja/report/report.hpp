#pragma once
/// \file kinerja/report/report.hpp
/// The LAKIP tables recomputed from a Renstra, never retyped: the Perjanjian Kinerja, the measurement
/// of each sasaran, capaian per program and kegiatan, anggaran and realisasi, and efficiency. The
/// comparison across years and documents is written by kinerja/report/comparison_writer.hpp.

#include <string>
#include <vector>

#include "kinerja/core/enum_names.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// How a report is written.
enum class ReportFormat {
    /// Markdown tables, readable in a terminal.
    markdown,
    /// One self-contained HTML file with SVG charts.
    html,
    /// One figure a line: tabel;baris;level;ref;kolom;nilai (';'-separated, Indonesian number text;
    /// a comparison adds dokumen after tabel). Text a spreadsheet would read as a formula is
    /// neutralised (docs/report-formats.md).
    csv,
};

/// The one name table of ReportFormat.
template <>
struct EnumTable<ReportFormat> {
    /// Every value with its name.
    static constexpr EnumName<ReportFormat> entries[] = {
        {ReportFormat::markdown, "markdown"}, {ReportFormat::html, "html"}, {ReportFormat::csv, "csv"}};
};

/// One table of a report, as text cells.
struct ReportTable final {
    /// Short id ("anggaran").
    std::string id;
    /// The title.
    std::string title;
    /// Column headings, the first one for the row labels.
    std::vector<std::string> columns;
    /// Rows: level (1 = top), ref (node or indicator id, may be empty), label, then one cell per
    /// column after the first.
    struct Row {
        /// 1 = top.
        int level = 1;
        /// What the row is about.
        std::string ref;
        /// As shown.
        std::string label;
        /// One per column after the first.
        std::vector<std::string> cells;
    };
    /// The rows.
    std::vector<Row> rows;
    /// What the reader needs to know to read it right (how a mean is computed, what n/a means).
    std::vector<std::string> notes;
};

/// The latest year with budget lines or indicator targets; value_error when there is none.
[[nodiscard]] int latest_year(const Renstra& plan);

/// The years with data, ascending and once each: a budget line, an indicator's target or
/// realisation, or a data table of that year (a baseline's year is not one: no report table shows
/// it). With the Renstra period, these are the years a report can be asked for.
[[nodiscard]] std::vector<int> data_years(const Renstra& plan);

/// The LAKIP tables of \p year, their headings, notes and figures in \p lang.
[[nodiscard]] std::vector<ReportTable> report_tables(const Renstra& plan, int year,
                                                     const Language& lang = Language());

/// The report of \p year written as \p format in \p lang (Indonesian by default).
[[nodiscard]] std::string write_report(const Renstra& plan, int year, ReportFormat format,
                                       const Language& lang = Language());

}  // namespace kinerja
