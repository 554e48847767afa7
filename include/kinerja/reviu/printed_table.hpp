#pragma once
/// \file kinerja/reviu/printed_table.hpp
/// A report's tables and text figures exactly as printed, the material of a reviu (the
/// Inspektorat's review of a report). Cells stay verbatim text: blank, "-" and malformed text too.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/enum_names.hpp"
#include "kinerja/plan/validate.hpp"

namespace kinerja {

/// What a printed column holds, which decides how it is checked.
enum class ColumnRole {
    /// Budget (Rupiah).
    anggaran,
    /// Money spent, or an indicator's realisation when the table has a target column.
    realisasi,
    /// anggaran - realisasi.
    sisa,
    /// realisasi / anggaran x 100 (serapan).
    persen,
    /// An indicator's target.
    target,
    /// realisasi / target x 100, by the indicator's polarity.
    capaian,
    /// Laki-laki: men.
    l,
    /// Perempuan: women.
    p,
    /// l + p, or a count.
    jumlah,
    /// Handled (ditangani).
    ditangani,
    /// A row's value in another column over the total row's, x 100.
    share,
    /// One part of the row's jumlah broken down by kind, one column per kind: an asset's condition
    /// (Baik, Kurang baik, Rusak Ringan, Rusak Berat) or any such breakdown. A cell holds a count, a
    /// mark (a word such as BAIK, B, RB, v or a check mark: the row's whole jumlah is in this part) or
    /// a nil ("-", blank: none); the parts of a row add up to its jumlah.
    part,
    /// Kept, not checked.
    other,
};

/// The one name table of ColumnRole.
template <>
struct EnumTable<ColumnRole> {
    /// Every value with its name.
    static constexpr EnumName<ColumnRole> entries[] = {{ColumnRole::anggaran, "anggaran"},
                                                       {ColumnRole::realisasi, "realisasi"},
                                                       {ColumnRole::sisa, "sisa"},
                                                       {ColumnRole::persen, "persen"},
                                                       {ColumnRole::target, "target"},
                                                       {ColumnRole::capaian, "capaian"},
                                                       {ColumnRole::l, "l"},
                                                       {ColumnRole::p, "p"},
                                                       {ColumnRole::jumlah, "jumlah"},
                                                       {ColumnRole::ditangani, "ditangani"},
                                                       {ColumnRole::share, "share"},
                                                       {ColumnRole::part, "part"},
                                                       {ColumnRole::other, "other"}};
};

/// The lowercase name of a role.
[[nodiscard]] constexpr std::string_view to_string(ColumnRole role) noexcept {
    return detail::enum_name(role);
}
/// The role named \p name, or empty.
[[nodiscard]] constexpr std::optional<ColumnRole> parse_column_role(std::string_view name) noexcept {
    return detail::enum_value<ColumnRole>(name);
}

/// A printed column.
struct PrintedColumn final {
    /// As printed.
    std::string name;
    /// What it holds.
    ColumnRole role = ColumnRole::other;
    /// For a share column: the role of the column it is a share of.
    ColumnRole of = ColumnRole::other;

    /// Member-wise equality.
    friend bool operator==(const PrintedColumn& a, const PrintedColumn& b) {
        return a.name == b.name && a.role == b.role && a.of == b.of;
    }
    /// Negation of ==.
    friend bool operator!=(const PrintedColumn& a, const PrintedColumn& b) { return !(a == b); }
};

/// A printed row.
struct PrintedRow final {
    /// As printed.
    std::string label;
    /// 1 = top; a row's children are the rows of the next level that follow it; 0 = no levels.
    int level = 0;
    /// What the row is about (a node id, "body", "class:belanja_langsung", "indicator:<id>",
    /// "data:<table>/<row>", or any name shared with other tables); may be empty.
    std::string ref;
    /// One verbatim cell per column; "" is blank.
    std::vector<std::string> cells;

    /// Member-wise equality.
    friend bool operator==(const PrintedRow& a, const PrintedRow& b) {
        return a.label == b.label && a.level == b.level && a.ref == b.ref && a.cells == b.cells;
    }
    /// Negation of ==.
    friend bool operator!=(const PrintedRow& a, const PrintedRow& b) { return !(a == b); }
};

/// A printed table.
struct PrintedTable final {
    /// Unique among the printed tables.
    std::string id;
    /// As printed.
    std::string title;
    /// The year the data is of, when known.
    std::optional<int> year;
    /// Where in the source it is printed.
    std::string where;
    /// Every column but the row label.
    std::vector<PrintedColumn> columns;
    /// The rows.
    std::vector<PrintedRow> rows;

    /// Member-wise equality.
    friend bool operator==(const PrintedTable& a, const PrintedTable& b) {
        return a.id == b.id && a.title == b.title && a.year == b.year && a.where == b.where &&
               a.columns == b.columns && a.rows == b.rows;
    }
    /// Negation of ==.
    friend bool operator!=(const PrintedTable& a, const PrintedTable& b) { return !(a == b); }
};

/// A figure the text of a report states.
struct PrintedFigure final {
    /// Where it is printed.
    std::string where;
    /// What it is about, as a row's ref.
    std::string ref;
    /// The year it is of.
    int year = 0;
    /// A column role's name, or "count".
    std::string measure;
    /// Verbatim.
    std::string printed;

    /// Member-wise equality.
    friend bool operator==(const PrintedFigure& a, const PrintedFigure& b) {
        return a.where == b.where && a.ref == b.ref && a.year == b.year && a.measure == b.measure &&
               a.printed == b.printed;
    }
    /// Negation of ==.
    friend bool operator!=(const PrintedFigure& a, const PrintedFigure& b) { return !(a == b); }
};

/// A report's printed material, the reviu's input: its tables and its text's figures, as printed.
struct PrintedReport final {
    /// The report's tables as printed.
    std::vector<PrintedTable> tables;
    /// Figures the report's text states.
    std::vector<PrintedFigure> figures;

    /// Member-wise equality.
    friend bool operator==(const PrintedReport& a, const PrintedReport& b) {
        return a.tables == b.tables && a.figures == b.figures;
    }
    /// Negation of ==.
    friend bool operator!=(const PrintedReport& a, const PrintedReport& b) { return !(a == b); }
};

/// Checks the shape of printed material the reviu relies on (unique table ids, one cell per column,
/// row levels, share columns naming their base, figure measures and refs); plan_error naming
/// \p source and the first fault, located with list "printed_tables" or "printed_figures" (the names
/// that tell them apart from the plan's lists where both stand side by side).
void validate(const PrintedReport& printed, const std::string& source = {});

}  // namespace kinerja
