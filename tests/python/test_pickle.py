"""Value types, results and whole documents pickle (multiprocessing, Dask) and come back equal."""

import pickle
from decimal import Decimal
from pathlib import Path

import kinerja


def round_trip(value: object) -> object:
    return pickle.loads(pickle.dumps(value))


def test_targets_and_measures() -> None:
    for target in (
        kinerja.Target.number(Decimal("26.75")),
        kinerja.Target.between(Decimal(1), Decimal("2.50")),
        kinerja.Target.of_grade("WTP"),
    ):
        assert round_trip(target) == target
    back = round_trip(kinerja.Measure.number(Decimal("15.470")))
    assert (back.kind, back.value, str(back.value)) == (kinerja.Measure.Kind.number, Decimal("15.47"), "15.470")
    back = round_trip(kinerja.Measure.of_grade("B"))
    assert (back.kind, back.grade) == (kinerja.Measure.Kind.grade, "B")


def test_results(seed: kinerja.Renstra, seed_path: Path) -> None:
    plan = seed
    totals = kinerja.budget_of(plan, "", 2019)
    back = round_trip(totals)
    assert (back.anggaran, back.realisasi, back.anggaran_murni, back.lines) == (
        totals.anggaran,
        totals.realisasi,
        totals.anggaran_murni,
        totals.lines,
    )
    finding = kinerja.check(kinerja.read_document(seed_path))[0]
    back = round_trip(finding)
    fields = ("rule", "severity", "table", "row", "column", "printed", "expected", "message")
    assert [getattr(back, f) for f in fields] == [getattr(finding, f) for f in fields]
    series = kinerja.compare_years(plan, "iku-psks")
    back = round_trip(series)
    assert (back.body, back.indicator, back.polarity, back.will_meet) == (
        series.body,
        series.indicator,
        series.polarity,
        series.will_meet,
    )
    assert (back.period.from_year, back.period.to_year) == (2018, 2023)
    assert back.end_target == series.end_target
    assert [(p.year, p.change, p.progress, p.capaian, p.target) for p in back.points] == [
        (p.year, p.change, p.progress, p.capaian, p.target) for p in series.points
    ]
    assert back.trend is not None and series.trend is not None
    assert (back.trend.slope, back.trend.projection) == (series.trend.slope, series.trend.projection)
