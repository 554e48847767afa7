"""The reviu layer: printed tables and figures, the rules, and the check that gives findings."""

from kinerja._core import (
    ColumnRole,
    Finding,
    PrintedColumn,
    PrintedFigure,
    PrintedReport,
    PrintedRow,
    PrintedTable,
    Severity,
    check,
    check_table,
    has_errors,
    review_rules,
)

__all__ = [
    "ColumnRole",
    "Finding",
    "PrintedColumn",
    "PrintedFigure",
    "PrintedReport",
    "PrintedRow",
    "PrintedTable",
    "Severity",
    "check",
    "check_table",
    "has_errors",
    "review_rules",
]
