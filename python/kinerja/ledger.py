"""The ledger layer: budget lines of many bodies and years, rolled up to every level.

Columns go in and out without a Python object per line: :meth:`Ledger.from_arrow` reads an Arrow
table (or a pandas DataFrame, or numpy arrays through :meth:`Ledger.from_arrays`) in place, and
:meth:`LedgerTotals.to_arrow` hands a roll-up's columns to Arrow without a copy;
:meth:`Ledger.to_arrow` gives the lines themselves. pyarrow is needed for these only (the
``pandas`` extra).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kinerja import _core
from kinerja._core import Ledger, LedgerField, LedgerGroup, LedgerLevel, LedgerTotals

__all__ = ["Ledger", "LedgerField", "LedgerGroup", "LedgerLevel", "LedgerTotals"]

# The columns a ledger is read from, by field; the names are also the default column names.
_REQUIRED = ("year", "region", "body", "sub_kegiatan", "anggaran", "realisasi")
_NAMES = ("body_name", "sub_kegiatan_name")
_CODES = ("region", "body", "sub_kegiatan", "body_name", "sub_kegiatan_name")

# The code fields that key each level of a roll-up, as totals_frame gives them.
_LEVEL_FIELDS = {
    "nation": (),
    "province": ("province",),
    "region": ("province", "region"),
    "body": ("province", "region", "body"),
    "program": ("province", "region", "body", "code"),
    "kegiatan": ("province", "region", "body", "code"),
    "sub_kegiatan": ("province", "region", "body", "code"),
}


def _pyarrow() -> Any:
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
    except ImportError as e:  # pragma: no cover - the test extra has pyarrow
        raise ImportError("this needs pyarrow: pip install 'kinerja[pandas]'") from e
    return pa


def _data_error(source: str, path: str, reason: str) -> _core.DataError:
    error = _core.DataError(f"{source}:{path}: {reason}")
    error.source, error.path, error.reason = source, path, reason
    return error


def _spec(pa: Any, array: Any, field: str, column: str, source: str, row_base: int) -> tuple[Any, ...]:
    """One column of one batch as the buffers _core reads, after the checks only Arrow can make."""
    if array.null_count:
        import pyarrow.compute as pc  # type: ignore[import-untyped]

        first = pc.index(array.is_null(), True).as_py()
        raise _data_error(source, f"{column}[{row_base + first}]", f"is null: every line needs its {field}")
    t = array.type
    if field == "year":
        if not pa.types.is_integer(t):
            raise _data_error(source, column, f"years must be integers, not {t}")
        return (array.buffers()[1], str(t), array.offset, len(array))
    if field in _CODES:
        indices = None
        if pa.types.is_dictionary(t):
            if not pa.types.is_integer(t.index_type):
                raise _data_error(source, column, f"dictionary indices must be integers, not {t.index_type}")
            idx = array.indices
            indices = (idx.buffers()[1], str(t.index_type), idx.offset, len(idx))
            array, t = array.dictionary, t.value_type
            if array.null_count:
                raise _data_error(source, column, "the dictionary holds a null: every line needs its " + field)
        if not (pa.types.is_string(t) or pa.types.is_large_string(t)):
            raise _data_error(
                source, column, f"{field} codes must be strings or a dictionary of strings, not {t} (cast it)"
            )
        buffers = array.buffers()
        return (buffers[1], pa.types.is_large_string(t), buffers[2], array.offset, len(array), indices)
    # an amount
    if pa.types.is_floating(t):
        raise TypeError(
            f"{source}:{column}: amounts must not be floats (binary floating point is inexact); "
            "use int64 sen or decimal128 with 2 decimals"
        )
    if pa.types.is_integer(t) and t != pa.int64():
        array, t = array.cast(pa.int64()), pa.int64()  # exact: every integer type fits int64 or is refused
    if t == pa.int64():
        return (array.buffers()[1], "int64", 0, array.offset, len(array))
    if pa.types.is_decimal128(t):
        return (array.buffers()[1], "decimal128", t.scale, array.offset, len(array))
    raise _data_error(source, column, f"amounts must be int64 sen or decimal128, not {t}")


def _from_arrow(data: Any, columns: Mapping[str, str] | None = None, source: str = "<arrow>") -> Ledger:
    """A ledger of every row of ``data``, a pyarrow Table or RecordBatch (or a pandas DataFrame),
    read in place: no copy of the columns, no Python object per line.

    Columns, by default named after their fields (``columns`` maps a field to another name, e.g.
    ``{"region": "kode_pemda"}``):

    - ``year``: integers;
    - ``region``, ``body``, ``sub_kegiatan``: codes, as strings or dictionary arrays of strings
      (a pandas ``Categorical`` is one);
    - ``anggaran``, ``realisasi``: int64 sen, or decimal128 with 0 to 2 decimals (Rupiah); other
      integer types are taken as sen; floats are refused;
    - ``body_name``, ``sub_kegiatan_name``: optional names, read when the table has them.

    Every error names ``source`` and the cell as ``column[row]`` with the reason; a null is refused,
    never skipped. The result equals :meth:`Ledger.read_csv` of the same lines.
    """
    pa = _pyarrow()
    if not isinstance(data, (pa.Table, pa.RecordBatch)):
        if type(data).__module__.startswith("pandas"):
            data = pa.Table.from_pandas(data, preserve_index=False)
        else:
            raise TypeError(f"from_arrow takes a pyarrow Table or RecordBatch, not {type(data).__name__}")
    wanted = dict(columns or {})
    unknown = sorted(set(wanted) - set(_REQUIRED) - set(_NAMES))
    if unknown:
        raise _core.InvalidValueError(
            f"columns: unknown field {unknown[0]!r}; fields are {', '.join(_REQUIRED + _NAMES)}"
        )
    names = {field: wanted.get(field, field) for field in _REQUIRED + _NAMES}
    present = set(data.schema.names)
    for field in _REQUIRED:
        if names[field] not in present:
            raise _data_error(source, names[field], f"no such column: a ledger needs {field}")
    fields = list(_REQUIRED) + [f for f in _NAMES if names[f] in present]
    batches = data.to_batches() if isinstance(data, pa.Table) else [data]
    specs, row = [], 0
    for batch in batches:
        specs.append(
            {
                f: _spec(pa, batch.column(batch.schema.get_field_index(names[f])), f, names[f], source, row)
                for f in fields
            }
        )
        row += batch.num_rows
    return _core._ledger_from_buffers(specs, names, source)


def _from_arrays(
    year: Any,
    region: Any,
    body: Any,
    sub_kegiatan: Any,
    anggaran: Any,
    realisasi: Any,
    body_name: Any = None,
    sub_kegiatan_name: Any = None,
    source: str = "<arrays>",
) -> Ledger:
    """A ledger from equal-length columns: numpy integer arrays for the years and the amounts (int64
    sen), Arrow arrays (string or dictionary) or pandas Categoricals for the codes; read in place
    like :meth:`Ledger.from_arrow`, with the same checks."""
    pa = _pyarrow()
    given = {
        "year": year,
        "region": region,
        "body": body,
        "sub_kegiatan": sub_kegiatan,
        "anggaran": anggaran,
        "realisasi": realisasi,
        "body_name": body_name,
        "sub_kegiatan_name": sub_kegiatan_name,
    }
    arrays = {}
    for field, value in given.items():
        if value is None:
            continue
        if isinstance(value, pa.ChunkedArray):
            value = value.combine_chunks()
        arrays[field] = value if isinstance(value, pa.Array) else pa.array(value)
    lengths = {field: len(a) for field, a in arrays.items()}
    if len(set(lengths.values())) > 1:
        field = next(f for f, n in lengths.items() if n != lengths["year"])
        raise _data_error(source, field, f"column has {lengths[field]} lines, year has {lengths['year']}")
    return _from_arrow(pa.table(arrays), source=source)


def _lines_to_arrow(self: Ledger, amounts: str = "decimal128") -> Any:
    """The ledger's lines as a pyarrow Table, as :meth:`Ledger.from_arrow` reads them back: ``year``
    (int16), ``region``, ``body`` and ``sub_kegiatan`` as dictionary arrays over the ledger's own
    dictionaries, indexed by the lines' body and sub kegiatan ids in place, and ``anggaran`` and
    ``realisasi`` as decimal128(18, 2) (``amounts="decimal128"``) or int64 sen (``"int64"``)."""
    pa = _pyarrow()
    import numpy as np

    if amounts not in ("decimal128", "int64"):
        raise _core.InvalidValueError(f"amounts '{amounts}' must be decimal128 or int64")
    n = len(self)
    # Ids are below 2^31 (a ledger holds fewer bodies and sub kegiatan than that): their uint32
    # bytes read as int32, Arrow's usual index type, are the same numbers.
    body = pa.Array.from_buffers(pa.int32(), n, [None, pa.py_buffer(self.column("bodies"))])
    sub = pa.Array.from_buffers(pa.int32(), n, [None, pa.py_buffer(self.column("sub_kegiatan"))])
    bodies = self.body_codes

    def amount(raw: bytes) -> Any:
        if amounts == "int64":
            return pa.Array.from_buffers(pa.int64(), n, [None, pa.py_buffer(raw)])
        # decimal128 is a little-endian two's complement int128: the int64 sen and its sign.
        sen = np.frombuffer(raw, dtype=np.int64)
        words = np.empty((n, 2), dtype=np.int64)
        words[:, 0], words[:, 1] = sen, sen >> 63
        return pa.Array.from_buffers(pa.decimal128(18, 2), n, [None, pa.py_buffer(words)])

    return pa.table(
        {
            "year": pa.Array.from_buffers(pa.int16(), n, [None, pa.py_buffer(self.column("years"))]),
            "region": pa.DictionaryArray.from_arrays(body, pa.array([region for region, _ in bodies], pa.string())),
            "body": pa.DictionaryArray.from_arrays(body, pa.array([code for _, code in bodies], pa.string())),
            "sub_kegiatan": pa.DictionaryArray.from_arrays(sub, pa.array(self.sub_kegiatan_codes, pa.string())),
            "anggaran": amount(self.column("anggaran")),
            "realisasi": amount(self.column("realisasi")),
        }
    )


def _to_arrow(self: LedgerTotals, level: LedgerLevel | str) -> Any:
    """The groups of a roll-up at ``level`` as a pyarrow Table, its columns read in place from what
    kinerja computed: year (int16), the codes that key the level (dictionary arrays) and anggaran
    and realisasi as decimal128(38, 2), the exact 128-bit sums."""
    pa = _pyarrow()
    name = level.name if isinstance(level, LedgerLevel) else level
    if name not in _LEVEL_FIELDS:
        raise _core.InvalidValueError(f"level '{name}' must be one of {', '.join(_LEVEL_FIELDS)}")
    at = LedgerLevel.__members__[name]
    n = self.size(at)
    raw = _core._totals_columns(self, at, list(_LEVEL_FIELDS[name]))
    columns: dict[str, Any] = {"year": pa.Array.from_buffers(pa.int16(), n, [None, pa.py_buffer(raw["year"])])}
    for field in _LEVEL_FIELDS[name]:
        dictionary, indices = raw[field]
        # uint32 indices below 2^31, read as int32: Arrow's (and pandas') usual index type.
        index = pa.Array.from_buffers(pa.int32(), n, [None, pa.py_buffer(indices)])
        columns[field] = pa.DictionaryArray.from_arrays(index, pa.array(dictionary, pa.string()))
    for measure in ("anggaran", "realisasi"):
        columns[measure] = pa.Array.from_buffers(pa.decimal128(38, 2), n, [None, pa.py_buffer(raw[measure])])
    return pa.table(columns)


# The compiled classes take these as their own methods (the stubs declare them there).
Ledger.from_arrow = staticmethod(_from_arrow)  # type: ignore[method-assign]
Ledger.from_arrays = staticmethod(_from_arrays)  # type: ignore[method-assign]
Ledger.to_arrow = _lines_to_arrow  # type: ignore[method-assign]
LedgerTotals.to_arrow = _to_arrow  # type: ignore[method-assign]
