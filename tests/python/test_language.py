"""The language of what kinerja writes for people: Indonesian by default, English on request, the
figures the same in both (read back here with Python's decimal, independently of kinerja)."""

from decimal import Decimal

import pytest

import kinerja


def _value(text: str, lang: str) -> Decimal:
    group, mark = (".", ",") if lang == "id" else (",", ".")
    return Decimal(text.replace(group, "").replace(mark, "."))


def test_the_languages_are_files_and_indonesian_is_the_default(seed: kinerja.Renstra) -> None:
    assert kinerja.languages() == ["en", "id"]
    default = kinerja.format_report(seed, 2019)
    assert default == kinerja.format_report(seed, 2019, lang="id")
    assert "Setiap angka dihitung ulang dari dataset" in default
    assert "| **JUMLAH** | 7.427.331.499,00 |" in default
    english = kinerja.format_report(seed, 2019, lang="en")
    assert "Every figure is recomputed from the dataset" in english
    assert "| **TOTAL** | 7,427,331,499.00 |" in english


def test_the_tables_have_the_same_figures_in_both_languages(seed: kinerja.Renstra) -> None:
    ours = kinerja.report_tables(seed, 2019)
    theirs = kinerja.report_tables(seed, 2019, lang="en")
    assert [t.id for t in ours] == [t.id for t in theirs]
    compared = 0
    for a, b in zip(ours, theirs, strict=True):
        assert a.title != b.title
        for ra, rb in zip(a.rows, b.rows, strict=True):
            assert (ra.level, ra.ref) == (rb.level, rb.ref)
            for x, y in zip(ra.cells, rb.cells, strict=True):
                if x and x[0].isdigit() and x[-1].isdigit():
                    assert _value(x, "id") == _value(y, "en"), (a.id, ra.ref, x, y)
                    compared += 1
    assert compared > 150
    # Worked by hand from the seed: anggaran 7.427.331.499,00, realisasi 6.882.166.420,36.
    budget = next(t for t in theirs if t.id == "anggaran")
    body = next(r for r in budget.rows if r.ref == "body")
    assert body.cells[:2] == ["7,427,331,499.00", "6,882,166,420.36"]


def test_the_comparison_verdict_is_in_the_language(seed: kinerja.Renstra) -> None:
    indonesian = kinerja.format_comparison([seed], "iku-psks")
    english = kinerja.format_comparison([seed], "iku-psks", lang="en")
    assert "tidak dapat ditentukan: proyeksi di luar 0-100" in indonesian
    assert "cannot be decided: the projection is outside 0-100" in english
    assert "| 233.29 |" in english and "| 233,29 |" in indonesian


def test_a_message_is_filled_exactly() -> None:
    assert kinerja.message("compare.yes", "en") == "yes"
    assert kinerja.message("report.heading", "id", {"year": "2019", "body": "Dinas Sosial"}) == (
        "Laporan Kinerja 2019: Dinas Sosial"
    )
    with pytest.raises(ValueError, match=r"has \{body\}, and no argument fills it"):
        kinerja.message("report.heading", "en", {"year": "2019"})
    with pytest.raises(ValueError, match=r"unknown language 'fr': the languages are en, id"):
        kinerja.format_report(kinerja.datasets.lakip_2019(), 2019, lang="fr")
    with pytest.raises(kinerja.UnknownIdError):
        kinerja.message("no.such.message")
    assert kinerja.localize_number("-1.234,5 - 2", "en") == "-1,234.5 - 2"


def test_the_chart_legend_is_in_the_language(seed: kinerja.Renstra) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from kinerja import plot

    series = kinerja.compare_years(seed, "iku-psks")
    labels = [line.get_label() for line in plot.indicator_chart(series, lang="en").get_lines()]
    assert "End target 2023: 80" in labels
    assert "Projection 2023: 233.29 (outside the range)" in labels
    labels = [line.get_label() for line in plot.indicator_chart(series).get_lines()]
    assert "Proyeksi 2023: 233,29 (di luar rentang)" in labels


def test_the_renja_pk_and_pohon_are_in_the_language(seed: kinerja.Renstra) -> None:
    renja = kinerja.format_renja(seed, 2019, lang="en")
    assert "_K: kinerja, by the indicator's satuan;" in renja
    assert "Every figure is recomputed from the dataset" in renja
    assert "_K: kinerja, menurut satuan indikator;" in kinerja.format_renja(seed, 2019)
    page = kinerja.pohon_html(seed, 2019, lang="en")
    assert '<html lang="en">' in page and ">Open all</button>" in page
    # The seed's PMKS indicator: target 26,75, realisasi 26,43, capaian 98,80 (by hand: 26,43 / 26,75).
    assert '<td class="n">26.75</td><td class="n">26.43</td><td class="n">98.80 %</td>' in page
    indonesian = kinerja.pohon_html(seed, 2019)
    assert '<html lang="id">' in indonesian and ">Buka semua</button>" in indonesian
    assert '<td class="n">26,75</td><td class="n">26,43</td><td class="n">98,80 %</td>' in indonesian


def test_the_pemda_checks_are_in_the_language(generated_pemda: object) -> None:
    import re

    pemda = kinerja.read_pemda(str(generated_pemda))
    indonesian = kinerja.check_pemda(pemda)
    english = kinerja.check_pemda(pemda, "en")
    assert [(f.rule, f.error, f.id, f.year) for f in indonesian] == [(f.rule, f.error, f.id, f.year) for f in english]
    ours = next(f.message for f in indonesian if f.rule == "indicator.sum")
    theirs = next(f.message for f in english if f.rule == "indicator.sum")
    got = re.fullmatch(
        r"target OPD untuk indikator RPJMD '(.+)' tahun (\d+) berjumlah (\S+), di bawah targetnya (\S+)", ours
    )
    assert got, ours
    want = re.fullmatch(
        r"the OPD targets of rpjmd indicator '(.+)' for (\d+) add up to (\S+), below its target (\S+)", theirs
    )
    assert want, theirs
    assert got.group(1, 2) == want.group(1, 2)
    assert _value(got.group(3), "id") == _value(want.group(3), "en") < _value(want.group(4), "en")


def test_an_error_is_said_in_every_language() -> None:
    with pytest.raises(kinerja.UnknownIdError) as caught:
        kinerja.message("no.such.id")
    e = caught.value
    assert e.message_id == ""  # a lookup names its kind and id, not a catalogue reason
    assert e.messages["id"] == "'no.such.id' harus berupa id pesan dalam katalog"
    assert e.messages["en"] == "'no.such.id' must be the id of a message of the catalogue"
    assert kinerja.describe(e) == e.messages["id"]
    assert kinerja.describe(e, "en") == e.messages["en"]


def test_a_number_that_cannot_be_read_is_said_in_the_language() -> None:
    with pytest.raises(kinerja.ParseError) as caught:
        kinerja.parse_number("12 34")
    e = caught.value
    assert str(e) == "cannot read '12 34' at offset 2: space inside the number (lenient mode reads it)"
    assert kinerja.describe(e, "en") == str(e)
    expected = "tidak dapat membaca '12 34' pada posisi 2: spasi di dalam angka (mode longgar membacanya)"
    assert kinerja.describe(e, "id") == expected


def test_an_error_with_a_catalogue_reason_carries_its_id_and_values() -> None:
    with pytest.raises(kinerja.InvalidValueError) as caught:
        kinerja.message("report.total", "xx")
    e = caught.value
    assert e.message_id == "error.language.unknown"
    assert e.message_args == {"code": "xx", "languages": "en, id"}
    assert str(e) == "unknown language 'xx': the languages are en, id"
    assert kinerja.describe(e, "id") == "bahasa 'xx' tidak dikenal: bahasa yang tersedia en, id"


def test_describe_keeps_any_other_exception_and_refuses_an_unknown_language() -> None:
    assert kinerja.describe(ValueError("plain"), "id") == "plain"
    assert kinerja.describe(kinerja.Error("raised in Python"), "en") == "raised in Python"
    with pytest.raises(kinerja.InvalidValueError):
        kinerja.describe(ValueError("x"), "xx")
