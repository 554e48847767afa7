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
