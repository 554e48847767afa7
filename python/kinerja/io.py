"""Files and text: the kinerja/1 JSON dataset, printed tables as CSV, the tables of Word documents
(.docx) and Excel workbooks (.xlsx) and their reading for the reviu, and the limits of reading.

The naming rule of the whole package: ``read_*`` and ``write_*`` take a path (a file is read or
written); ``parse_*`` takes text and ``format_*`` gives text. Methods follow it too
(``Ledger.read_csv(path)``, ``Ledger.parse_csv(text)``, ``Ledger.to_csv() -> str``). Every reader
takes ``limits=`` (a :class:`ReadLimits`): a hostile or broken input is refused with an error naming
the limit it passed, and the limit is raised the same way. A file that does not exist raises
:class:`MissingFileError`, a ``FileNotFoundError`` (and a :class:`kinerja.DataError`) naming the path.
Reading a plan (``read_renstra``, ``parse_renstra``, ``read_document``...) emits a
:class:`kinerja.DataWarning` for each of ``kinerja.plan_warnings(plan)``.
"""

from __future__ import annotations

import os

from kinerja import _core
from kinerja._core import (
    Document,
    DocumentReport,
    DocumentTable,
    FoundTable,
    GridCell,
    MissingFileError,
    PrintedTable,
    ReadLimits,
    Renstra,
    TableLayout,
    TableLayoutNote,
    TableLayoutOptions,
    load_document_report,
    parse_docx_tables,
    read_document_report,
    read_docx_tables,
    read_table_layout,
    read_xlsx_tables,
)

__all__ = [
    "Document",
    "DocumentReport",
    "DocumentTable",
    "FoundTable",
    "GridCell",
    "MissingFileError",
    "ReadLimits",
    "TableLayout",
    "TableLayoutNote",
    "TableLayoutOptions",
    "format_document",
    "load_document_report",
    "parse_document",
    "parse_docx_tables",
    "parse_printed_csv",
    "parse_renstra",
    "read_document",
    "read_document_report",
    "read_docx_tables",
    "read_printed_csv",
    "read_renstra",
    "read_table_layout",
    "read_xlsx_tables",
    "write_document",
]


def _path(path: str | os.PathLike[str], function: str, instead: str) -> str | os.PathLike[str]:
    # read_renstra and read_printed_csv took text before the package had one naming rule; text
    # passed by an old caller would otherwise fail as a strange file name.
    if isinstance(path, str) and ("\n" in path or path.lstrip().startswith("{")):
        raise TypeError(f"{function} takes a path; for text use kinerja.{instead}")
    return path


def parse_document(text: str, source: str = "<string>", *, limits: ReadLimits | None = None) -> Document:
    """A Document (the plan and its printed material) from kinerja/1 JSON text.

    DataError or ParseError naming ``source`` and the JSON path. ``text``: the JSON; ``source``: the
    name errors give it; ``limits`` (default ``ReadLimits()``) bounds the input's size, depth, rows and
    values; an error past one names it.

    >>> text = kinerja.format_document(kinerja.datasets.lakip_2019_document())
    >>> kinerja.parse_document(text).plan.body.name
    'Dinas Sosial Kabupaten Lumajang'
    """
    return _core.read_document(text, source, limits=limits)


def read_document(path: str | os.PathLike[str], *, limits: ReadLimits | None = None) -> Document:
    """A Document (the plan and its printed material) from a kinerja/1 JSON file.

    ``path``: the file; ``limits``: a ReadLimits, or None for the defaults.

    >>> doc = kinerja.read_document(kinerja.datasets.lakip_2019_path())
    >>> len(doc.printed.tables) > 0
    True
    """
    return _core.load_document(_path(path, "read_document", "parse_document"), limits=limits)


def format_document(document: Document) -> str:
    """The canonical kinerja/1 JSON text of ``document`` (a Document).

    >>> kinerja.format_document(kinerja.datasets.lakip_2019_document()).startswith("{")
    True
    """
    return _core.write_document(document)


def write_document(document: Document, path: str | os.PathLike[str]) -> None:
    """Writes the canonical kinerja/1 JSON text of ``document`` to ``path``, atomically.

    >>> doc = kinerja.datasets.lakip_2019_document()
    >>> kinerja.write_document(doc, "lakip-2019.json")
    >>> kinerja.read_document("lakip-2019.json") == doc
    True
    """
    _core.save_document(document, path)


def parse_renstra(text: str, source: str = "<string>", *, limits: ReadLimits | None = None) -> Renstra:
    """The plan of kinerja/1 JSON text alone: its printed material is validated, not kept.

    Use :func:`parse_document` to keep it; a plan is written back as ``Document(plan)``. ``text``:
    the JSON; ``source``: the name errors give it; ``limits``: a ReadLimits, or None for the defaults.

    >>> text = kinerja.format_document(kinerja.datasets.lakip_2019_document())
    >>> kinerja.parse_renstra(text).period
    Period(from_year=2018, to_year=2023)
    """
    return _core.read_renstra(text, source, limits=limits)


def read_renstra(path: str | os.PathLike[str], *, limits: ReadLimits | None = None) -> Renstra:
    """The plan of a kinerja/1 JSON file alone: its printed material is validated, not kept.

    ``path``: the file; ``limits``: a ReadLimits, or None for the defaults.

    >>> kinerja.read_renstra(kinerja.datasets.lakip_2019_path()).body.name
    'Dinas Sosial Kabupaten Lumajang'
    """
    return _core.load_renstra(_path(path, "read_renstra", "parse_renstra"), limits=limits)


def parse_printed_csv(text: str, source: str = "<csv>", *, limits: ReadLimits | None = None) -> PrintedTable:
    """A printed table from ';'- or ','-separated text, its first row the header.

    ``text``: the CSV; ``source``: the name errors and the table give it; ``limits``: a ReadLimits, or
    None for the defaults.

    >>> table = kinerja.parse_printed_csv("uraian;anggaran\\nA;1.000\\nJumlah;1.000\\n")
    >>> [row.label for row in table.rows]
    ['A', 'Jumlah']
    """
    return _core.read_printed_csv(text, source, limits=limits)


def read_printed_csv(path: str | os.PathLike[str], *, limits: ReadLimits | None = None) -> PrintedTable:
    """A printed table from a CSV file, its first row the header.

    ``path``: the file; ``limits``: a ReadLimits, or None for the defaults.

    >>> with open("tabel.csv", "w", encoding="utf-8") as f:
    ...     _ = f.write("uraian;anggaran\\nA;1.000\\nJumlah;1.000\\n")
    >>> len(kinerja.read_printed_csv("tabel.csv").rows)
    2
    """
    return _core.load_printed_csv(_path(path, "read_printed_csv", "parse_printed_csv"), limits=limits)
