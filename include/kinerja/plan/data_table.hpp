#pragma once
/// \file kinerja/plan/data_table.hpp
/// Tables of counts by category (the PMKS recapitulation: men, women, total, handled), which an
/// indicator's formula reads as named data "table/row/column".

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/decimal.hpp"

namespace kinerja {

/// A column of a data table.
struct DataColumn final {
    /// Unique within the table; used in names ("jumlah").
    std::string id;
    /// As printed ("Jumlah").
    std::string name;

    /// Member-wise equality.
    friend bool operator==(const DataColumn& a, const DataColumn& b) {
        return a.id == b.id && a.name == b.name;
    }
    /// Negation of ==.
    friend bool operator!=(const DataColumn& a, const DataColumn& b) { return !(a == b); }
};

/// A row, possibly with sub-rows. A column missing from values is a blank cell, not zero.
struct DataRow final {
    /// Unique within the table, sub-rows included ("9a").
    std::string id;
    /// As printed.
    std::string label;
    /// A printed total row.
    bool total = false;
    /// Column id -> value; absent is blank.
    std::map<std::string, Decimal> values;
    /// Sub-rows.
    std::vector<DataRow> rows;

    /// An empty row.
    DataRow() = default;
    /// A deep copy (recursive: validate bounds the depth of a plan's rows by max_row_depth).
    DataRow(const DataRow&) = default;
    /// Moves the row and its sub-rows.
    DataRow(DataRow&&) = default;
    /// A deep copy.
    DataRow& operator=(const DataRow&) = default;
    /// Moves the row and its sub-rows.
    DataRow& operator=(DataRow&&) = default;
    /// Frees the sub-rows iteratively, so that rows nested however deep never exhaust the stack.
    ~DataRow();

    /// Member-wise equality (values by value and scale), compared iteratively at any depth.
    friend bool operator==(const DataRow& a, const DataRow& b);
    /// Negation of ==.
    friend bool operator!=(const DataRow& a, const DataRow& b) { return !(a == b); }
};

/// A table of data for one year.
struct DataTable final {
    /// The table's id; with the year it identifies the table.
    std::string id;
    /// The year the data describes.
    int year = 0;
    /// As printed.
    std::string title;
    /// The columns.
    std::vector<DataColumn> columns;
    /// The rows, top level first.
    std::vector<DataRow> rows;

    /// The row with \p row_id at any depth, or nullptr.
    [[nodiscard]] const DataRow* find_row(std::string_view row_id) const;
    /// The value of row \p row_id in column \p column, or empty when the cell is blank or absent.
    [[nodiscard]] std::optional<Decimal> value(std::string_view row_id, std::string_view column) const;

    /// Member-wise equality.
    friend bool operator==(const DataTable& a, const DataTable& b) {
        return a.id == b.id && a.year == b.year && a.title == b.title && a.columns == b.columns &&
               a.rows == b.rows;
    }
    /// Negation of ==.
    friend bool operator!=(const DataTable& a, const DataTable& b) { return !(a == b); }
};

}  // namespace kinerja
