"""Charts for notebooks: an indicator against its targets, and serapan against capaian.

Needs the ``plot`` extra (``pip install "kinerja[plot]"``); nothing else in kinerja imports
matplotlib. Values become floats here only as positions on the page: every label printed on a chart
is formatted from the exact value.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
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


def _position(value: Decimal | Fraction) -> float:
    # Only where the mark is drawn; the text beside it comes from the Decimal.
    return float(value)


def _clipped(
    start: tuple[int, Decimal], end: tuple[int, Decimal], lowest: Decimal | None, highest: Decimal | None
) -> tuple[tuple[Fraction, Fraction], tuple[Fraction, Fraction]] | None:
    """The part of the segment from start to end (year, value) within [lowest, highest], exactly;
    None when no part of it is."""
    (x0, v0), (x1, v1) = (Fraction(start[0]), Fraction(start[1])), (Fraction(end[0]), Fraction(end[1]))
    t0, t1 = Fraction(0), Fraction(1)
    dv = v1 - v0
    for bound, below in ((lowest, True), (highest, False)):
        if bound is None:
            continue
        b = Fraction(bound)
        if dv == 0:
            if (v0 < b) if below else (v0 > b):
                return None
            continue
        t = (b - v0) / dv
        # Inside the bound on the side of t where the line rises (lowest) or falls (highest).
        if (dv > 0) == below:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
    if t0 > t1:
        return None
    return (x0 + t0 * (x1 - x0), v0 + t0 * dv), (x0 + t1 * (x1 - x0), v0 + t1 * dv)


def _words(lang: str, key: str, **args: object) -> str:
    # The chart's words from the message catalogue (messages/<lang>.txt), as the HTML report's.
    # messages: prefix "plot."
    return _core.message(f"plot.{key}", lang, {k: str(v) for k, v in args.items()})


def _number(value: Decimal, lang: str) -> str:
    return _core.localize_number(_core.format_number(value), lang)


def indicator_chart(series: _core.IndicatorSeries, ax: Axes | None = None, lang: str = "id") -> Axes:
    """Realisations against each year's target and the end-of-plan target, with the exact trend line.

    The y axis is the indicator's range where its satuan gives one (series.lowest, series.highest); the
    trend is cut exactly where it leaves that range, and its projection is marked (a hollow ring, on
    the edge and said to be "di luar rentang" when it lies outside). ``lang``: the language of the
    legend and labels, ``"id"`` (default) or ``"en"``; figures follow its number convention.
    """
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
        ax.plot(
            [y for y, _ in targets],
            [_position(v) for _, v in targets],
            "s--",
            color="#888",
            label=_words(lang, "target"),
        )
    if realised:
        ax.plot(
            [y for y, _ in realised],
            [_position(v) for _, v in realised],
            "o-",
            color="#1f5fa8",
            label=_words(lang, "realisasi"),
        )
        for year, value in realised:
            ax.annotate(
                _number(value, lang),
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
            label=_words(lang, "end_target", year=series.period.to_year, value=_number(end.value, lang)),
        )
    trend = series.trend
    if trend is not None:
        segment = _clipped(
            (trend.base_year, trend.intercept), (trend.at_year, trend.projection), series.lowest, series.highest
        )
        if segment is not None:
            (x0, y0), (x1, y1) = segment
            ax.plot(
                [_position(x0), _position(x1)],
                [_position(y0), _position(y1)],
                "-",
                color="#1f5fa8",
                alpha=0.35,
                label=_words(lang, "trend", slope=_number(trend.slope, lang)),
            )
        # The projection on the edge of the range when it leaves it, and said to.
        shown = trend.projection
        if series.highest is not None and shown > series.highest:
            shown = series.highest
        if series.lowest is not None and shown < series.lowest:
            shown = series.lowest
        which = "projection_outside" if series.projection_outside else "projection"
        ax.plot(
            [trend.at_year],
            [_position(shown)],
            "o",
            markerfacecolor="none",
            markeredgecolor="#1f5fa8",
            clip_on=False,
            label=_words(lang, which, year=trend.at_year, value=_number(trend.projection, lang)),
        )
    # The indicator's range is the axis where it has one (0 to 100 for a percentage): nothing is drawn
    # beyond it, since the trend is cut at its bounds.
    if series.lowest is not None:
        ax.set_ylim(bottom=_position(series.lowest))
    if series.highest is not None:
        ax.set_ylim(top=_position(series.highest))
    ax.set_title(f"{series.name}\n{series.body}", fontsize=10)
    ax.set_xlabel(_words(lang, "year"))
    years = sorted({p.year for p in series.points} | ({trend.at_year} if trend else set()))
    ax.set_xticks(years)
    ax.legend(fontsize=8)
    return ax


def serapan_capaian_chart(plan: _core.Renstra, year: int, ax: Axes | None = None, lang: str = "id") -> Axes:
    """One point per kegiatan: serapan (budget absorbed, %) against capaian (%), with the 100 % lines.

    ``lang``: the language of the axes and title, ``"id"`` (default) or ``"en"``.
    """
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
    ax.set_xlabel(_words(lang, "serapan_axis"))
    ax.set_ylabel(_words(lang, "capaian_axis"))
    ax.set_title(_words(lang, "serapan_capaian_title", year=year, body=plan.body.name), fontsize=10)
    return ax
