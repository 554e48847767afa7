"""Charts draw what the series holds; matplotlib is only needed here (the [plot] extra)."""

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import kinerja  # noqa: E402
from kinerja import plot  # noqa: E402


def test_indicator_chart_draws_realisations_targets_end_target_and_trend(seed: kinerja.Renstra) -> None:
    plan = seed
    series = kinerja.compare_years(plan, "iku-pmks")
    ax = plot.indicator_chart(series)
    labels = [line.get_label() for line in ax.get_lines()]
    assert "Realisasi" in labels and "Target" in labels
    assert any(label.startswith("Target akhir 2023: 26,75") for label in labels)
    assert any(label.startswith("Tren") for label in labels)
    realised = next(line for line in ax.get_lines() if line.get_label() == "Realisasi")
    assert list(realised.get_xdata()) == [2017, 2018, 2019]
    # The annotations are the exact figures, formatted, not float text.
    texts = {t.get_text() for t in ax.texts}
    assert {kinerja.format_number(p.realisation.value) for p in series.points if p.realisation} <= texts


def test_serapan_capaian_chart_has_a_point_per_kegiatan_with_both_figures(seed: kinerja.Renstra) -> None:
    plan = seed
    ax = plot.serapan_capaian_chart(plan, 2019)
    expected = 0
    for k in plan.descendants("", kinerja.Level.kegiatan):
        c = kinerja.kegiatan_capaian(plan, k, 2019)
        if c is not None and c.is_defined and kinerja.budget_of(plan, k, 2019).serapan().is_defined:
            expected += 1
    assert len(ax.collections) == expected > 0


def test_indicator_chart_cuts_the_trend_at_the_range_and_marks_the_projection(seed: kinerja.Renstra) -> None:
    # PSKS: realisations 4,07 (2017), 75,30 (2018), 76,59 (2019), in %. The trend runs from 15,73 at
    # 2017 to 233,29 at 2023, past 100: it is cut where it meets 100, at 2017 + (100 - 15,73) /
    # ((233,29 - 15,73) / 6) = 2017 + 84,27 / 36,26 = 2019,324.., and the projection sits on the top edge.
    series = kinerja.compare_years(seed, "iku-psks")
    assert series.highest == 100 and series.lowest == 0 and series.projection_outside
    ax = plot.indicator_chart(series)
    assert ax.get_ylim() == (0.0, 100.0)
    trend = next(line for line in ax.get_lines() if line.get_label().startswith("Tren"))
    (x0, x1), (y0, y1) = list(trend.get_xdata()), list(trend.get_ydata())
    assert x0 == 2017 and y0 == pytest.approx(15.73)
    assert x1 == pytest.approx(2019.32405, abs=1e-5) and y1 == 100.0
    projection = next(line for line in ax.get_lines() if line.get_label().startswith("Proyeksi"))
    assert projection.get_label() == "Proyeksi 2023: 233,29 (di luar rentang)"
    assert list(projection.get_xdata()) == [2023] and list(projection.get_ydata()) == [100.0]
    assert projection.get_markerfacecolor() == "none"


def test_indicator_chart_keeps_a_trend_inside_the_range_whole(seed: kinerja.Renstra) -> None:
    # PMKS stays inside 0..100: the line runs from the first year to the projection, marked there.
    series = kinerja.compare_years(seed, "iku-pmks")
    assert not series.projection_outside
    ax = plot.indicator_chart(series)
    trend = next(line for line in ax.get_lines() if line.get_label().startswith("Tren"))
    assert list(trend.get_xdata()) == [series.trend.base_year, series.trend.at_year]
    assert list(trend.get_ydata()) == [float(series.trend.intercept), float(series.trend.projection)]
    projection = next(line for line in ax.get_lines() if line.get_label().startswith("Proyeksi"))
    assert "di luar rentang" not in projection.get_label()
    assert list(projection.get_ydata()) == [float(series.trend.projection)]
    assert ax.get_ylim() == (0.0, 100.0)
