"""Charts for notebooks: an indicator against its targets, and serapan against capaian.

Needs the ``plot`` extra (``pip install "kinerja[plot]"``); nothing else in kinerja imports
matplotlib. Values become floats here only as positions on the page: every label printed on a chart
is formatted from the exact value.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kinerja import _core

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["indicator_chart", "serapan_capaian_chart"]


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        raise ImportError('kinerja.plot needs matplotlib: pip install "kinerja[plot]"') from e
    return plt


def _axes(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    _, new = _pyplot().subplots(figsize=(7, 4))
    return new  # type: ignore[no-any-return]


def _position(value: Decimal) -> float:
    # Only where the mark is drawn; the text beside it comes from the Decimal.
    return float(value)


def indicator_chart(series: _core.IndicatorSeries, ax: Axes | None = None) -> Axes:
    """Realisations against each year's target and the end-of-plan target, with the exact trend line."""
    ax = _axes(ax)
    targets = [
        (p.year, p.target.value)
        for p in series.points
        if p.target is not None and p.target.kind == _core.Target.Kind.number
    ]
    realised = [
        (p.year, p.realisation.value)
        for p in series.points
        if p.realisation is not None and p.realisation.kind == _core.Measure.Kind.number
    ]
    if targets:
        ax.plot([y for y, _ in targets], [_position(v) for _, v in targets], "s--", color="#888", label="Target")
    if realised:
        ax.plot([y for y, _ in realised], [_position(v) for _, v in realised], "o-", color="#1f5fa8", label="Realisasi")
        for year, value in realised:
            ax.annotate(
                _core.format_number(value),
                (year, _position(value)),
                textcoords="offset points",
                xytext=(0, 6),
                ha="center",
                fontsize=8,
            )
    end = series.end_target
    if end is not None and end.kind == _core.Target.Kind.number:
        ax.axhline(
            _position(end.value),
            color="#c0392b",
            linestyle=":",
            label=f"Target akhir {series.period.to_year}: {_core.format_number(end.value)}",
        )
    trend = series.trend
    if trend is not None:
        xs = [trend.base_year, trend.at_year]
        ys = [_position(trend.intercept), _position(trend.projection)]
        ax.plot(xs, ys, "-", color="#1f5fa8", alpha=0.35, label=f"Tren ({_core.format_number(trend.slope)}/tahun)")
    ax.set_title(f"{series.name}\n{series.body}", fontsize=10)
    ax.set_xlabel("Tahun")
    years = sorted({p.year for p in series.points} | ({trend.at_year} if trend else set()))
    ax.set_xticks(years)
    ax.legend(fontsize=8)
    return ax


def serapan_capaian_chart(plan: _core.Renstra, year: int, ax: Axes | None = None) -> Axes:
    """One point per kegiatan: serapan (budget absorbed, %) against capaian (%), with the 100 % lines."""
    ax = _axes(ax)
    for kegiatan in plan.descendants("", _core.Level.kegiatan):
        capaian = _core.kegiatan_capaian(plan, kegiatan, year)
        serapan = _core.budget_of(plan, kegiatan, year).serapan()
        if capaian is None or not capaian.is_defined or not serapan.is_defined:
            continue
        node = plan.find_node(kegiatan)
        x, y = _position(serapan.points), _position(capaian.points)
        ax.scatter([x], [y], color="#1f5fa8")
        ax.annotate(
            node.code or kegiatan if node is not None else kegiatan,
            (x, y),
            textcoords="offset points",
            xytext=(4, 4),
            fontsize=7,
        )
    ax.axvline(100, color="#888", linestyle=":")
    ax.axhline(100, color="#888", linestyle=":")
    ax.set_xlabel("Serapan anggaran (%)")
    ax.set_ylabel("Capaian kinerja (%)")
    ax.set_title(f"Serapan dan capaian per kegiatan {year}: {plan.body.name}", fontsize=10)
    return ax
