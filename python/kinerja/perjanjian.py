"""Perjanjian Kinerja (PK): the indicators each unit's head signs for a year (the kepala of the body,
eselon III, eselon IV), with the rencana aksi (targets per triwulan) and the realisasi per triwulan.

The PKs are ``plan.perjanjian`` (read from a dataset's ``perjanjian`` key, docs/format.md);
``check_perjanjian`` lists where they disagree with the plan, ``pk_capaian`` gives the capaian per
unit and ``pk_frame`` the same as a pandas DataFrame, exactly: targets, quarters and realisasi are
pyarrow decimals, capaian ``kinerja.frames.PERCENT`` points, NA where nothing is reported or a
capaian is undefined; never float64.

``pk_frame`` needs the ``pandas`` extra (``pip install "kinerja[pandas]"``); the rest does not.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kinerja import _core
from kinerja._core import (
    Eselon,
    PerjanjianKinerja,
    PkCapaian,
    PkFinding,
    PkItem,
    PkItemCapaian,
    Renstra,
    check_perjanjian,
    pk_capaian,
    validate_perjanjian,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Eselon",
    "PerjanjianKinerja",
    "PkCapaian",
    "PkFinding",
    "PkItem",
    "PkItemCapaian",
    "check_perjanjian",
    "pk_capaian",
    "pk_frame",
    "validate_perjanjian",
]


def _target(target: _core.Target) -> Decimal | None:
    return target.value if target.kind == _core.Target.Kind.number else None


def pk_frame(
    plan: Renstra, year: int, policy: _core.CapaianPolicy | None = None, *, index: bool = False
) -> pd.DataFrame:
    """The PKs of ``year``, one row per signed indicator, in document order.

    Columns: ``unit``, ``unit_name``, ``eselon`` ("kepala", "eselon_iii", "eselon_iv"), ``indicator``,
    ``indicator_name``, ``node``, ``satuan``, ``target`` (a numeric target; NA for a range or a grade,
    whose text is ``target_text``), ``target_text``, ``rencana_1`` to ``rencana_4`` and ``realisasi_1``
    to ``realisasi_4`` (the quarters, NA when not stated), ``realisasi`` (the year's, rolled up by the
    item's rule, else the plan's realisation), ``capaian`` (%) and ``unit_capaian`` (the unit's mean,
    on each of its rows; NA when one of its items has no realisasi). ``policy``: the CapaianPolicy
    (default: two decimals, half-up, no cap). ``index=True``: (unit, indicator).

    >>> from kinerja.perjanjian import pk_frame
    >>> list(pk_frame(kinerja.datasets.lakip_2019(), 2019).columns[:4])  # a LAKIP without PKs: no rows
    ['unit', 'unit_name', 'eselon', 'indicator']
    >>> pk_frame(kinerja.read_document("docs/example-dataset.json").plan, 2023)["capaian"].tolist()  # doctest: +SKIP
    [Decimal('98.80'), Decimal('105.00')]
    """
    import pandas as pd

    # The one set of column conventions of kinerja.frames.
    from kinerja.frames import _column, _percent

    measured = pk_capaian(plan, year, policy if policy is not None else _core.CapaianPolicy())
    unit_names = {u.id: u.name for u in plan.units}
    pks = [pk for pk in plan.perjanjian if pk.year == year]
    rows: list[dict[str, Any]] = []
    for pk, result in zip(pks, measured, strict=True):
        own = {ind.id: ind for ind in pk.indicators}
        for item, got in zip(pk.items, result.items, strict=True):
            ind = own.get(item.indicator) or plan.find_indicator(item.indicator)
            target = item.target
            realised = got.realisasi
            rows.append(
                {
                    "unit": pk.unit,
                    "unit_name": unit_names.get(pk.unit),
                    "eselon": pk.eselon.name,
                    "indicator": item.indicator,
                    "indicator_name": ind.name if ind is not None else None,
                    "node": ind.node if ind is not None else None,
                    "satuan": ind.satuan if ind is not None else None,
                    "target": _target(target),
                    "target_text": (
                        f"{target.min} - {target.max}" if target.kind == _core.Target.Kind.range else target.grade
                    )
                    if target.kind != _core.Target.Kind.number
                    else str(target.value),
                    **{f"rencana_{q + 1}": item.rencana[q] for q in range(4)},
                    **{f"realisasi_{q + 1}": item.realisasi[q] for q in range(4)},
                    "realisasi": realised.value
                    if realised is not None and realised.kind == _core.Measure.Kind.number
                    else None,
                    "capaian": _percent(got.capaian),
                    "unit_capaian": _percent(result.capaian),
                }
            )
    kinds = {
        "unit": "text",
        "unit_name": "text",
        "eselon": "text",
        "indicator": "text",
        "indicator_name": "text",
        "node": "text",
        "satuan": "text",
        "target": "decimal",
        "target_text": "text",
        **{f"rencana_{q + 1}": "decimal" for q in range(4)},
        **{f"realisasi_{q + 1}": "decimal" for q in range(4)},
        "realisasi": "decimal",
        "capaian": "percent",
        "unit_capaian": "percent",
    }
    frame = pd.DataFrame({name: _column([r[name] for r in rows], kind) for name, kind in kinds.items()})
    if index:
        frame = frame.set_index(["unit", "indicator"])
    return frame
