# %% [markdown]
# # An analyst's notebook: budgets, indicators and a Pemda's Dinas across years, exactly
#
# What an analyst at a Bappeda does with kinerja and pandas: the seed plan (the LAKIP 2019 of Dinas
# Sosial Kabupaten Lumajang), its budget with sisa and serapan, its indicators with capaian and
# predikat, strict look-ups, exact values, a year still running, and a comparison of several Dinas of
# a few kabupaten over four years (a generated dataset: `examples/data/pemda.py`).
#
# Every figure is exact: money is `kinerja.Rupiah` (integer sen) or an Arrow decimal column, and every
# other figure a `decimal.Decimal`; percentages are rounded half-up once. Nothing here is a float.
#
# This notebook is built from `analyst.py` beside it (`python build.py analyst.py`): edit that file.

# %%
import importlib
import sys
from decimal import Decimal
from pathlib import Path

import pandas as pd
from IPython.display import display

import kinerja
from kinerja import frames

# %% [markdown]
# ## The seed plan
#
# `kinerja.datasets.lakip_2019()` is the example dataset installed with the package: the Renstra
# 2018-2023 with the 2019 budget, the indicators and their realisations.

# %%
plan = kinerja.datasets.lakip_2019()
print(plan.body.name, f"(Renstra {plan.period.from_year}-{plan.period.to_year})")
display(plan)  # body, period, the hierarchy's levels, indicators and budget lines, as a table in Jupyter

# %% [markdown]
# ## Budgets
#
# `frames.budget_frame(plan)` has one row per budget line; `level="belanja" | "program" | "kegiatan" |
# "sub_kegiatan"` rolls the lines up to that level. Money is an Arrow decimal column with room for
# arithmetic, so pandas computes on it exactly; `sisa` and `serapan` (realisasi / anggaran x 100,
# half-up to two decimals, NA for an anggaran of 0) are ready, computed by kinerja.

# %%
budget = frames.budget_frame(plan)
budget_2019 = budget[budget["year"] == 2019]
display(budget_2019[["belanja", "program", "kegiatan", "anggaran", "realisasi", "sisa", "serapan"]])
# Arithmetic in pandas stays exact: the difference of two money columns is the ready sisa.
assert ((budget_2019["anggaran"] - budget_2019["realisasi"]) == budget_2019["sisa"]).all()

# %%
# Per program and per spending class: the roll-ups come with their own sisa and serapan (of the sums,
# never a mean of serapan); the body's lines outside any program have NA as their program.
programs = frames.budget_frame(plan, "program", index=True)
display(programs.xs(2019, level="year")[["name", "anggaran", "realisasi", "sisa", "serapan"]])
display(frames.budget_frame(plan, "belanja", index=True))

# %%
# A group sum in pandas is exact too; frames.narrow gives it back a type with room for the next step.
sums = frames.narrow(budget_2019[["anggaran", "realisasi"]].sum().to_frame().T)
total_anggaran = sums["anggaran"].iloc[0]
total_realisasi = sums["realisasi"].iloc[0]
# pandas and kinerja's own roll-up agree to the sen.
body_2019 = kinerja.budget_of(plan, "", 2019)
assert body_2019.anggaran == total_anggaran and body_2019.sisa == total_anggaran - total_realisasi
assert body_2019.serapan() == kinerja.percent(total_realisasi, total_anggaran)
print("anggaran 2019:", kinerja.Rupiah(total_anggaran).format())
print("sisa 2019:", kinerja.Rupiah(total_anggaran - total_realisasi).format())
print("serapan 2019:", kinerja.percent(total_realisasi, total_anggaran).format(), "%")
display(body_2019)

# %% [markdown]
# ## Indicators
#
# `frames.indicators_frame(plan)` has every indicator x year: the sasaran indicators (the IKU) and the
# kegiatan's, with target, realisasi, capaian, predikat on the five-band scale of the 2019 LKjIPs
# (91-100 Sangat Baik, 76-90 Baik, ...), the end target and the progress towards it.

# %%
indicators = frames.indicators_frame(plan, index=True)
iku = indicators[indicators["level"] == "sasaran"]
display(iku[["name", "target", "realisasi", "capaian", "predikat", "end_target", "progress"]])
pmks = iku.loc[("iku-pmks", 2019)]
print(f"capaian iku-pmks 2019: {kinerja.Percent(pmks['capaian']).format()} % ({pmks['predikat']})")

# %%
# The kegiatan with capaian, serapan and the efficiency index (capaian / serapan), and the means.
scale = kinerja.RatingScale.lakip_5band()
kegiatan = frames.capaian_frame(plan, 2019)
kegiatan["predikat"] = [scale.rate(kinerja.Percent(c)) for c in kegiatan["capaian"]]
display(kegiatan)
summary = kinerja.capaian_summary(plan, "", 2019)
print("capaian 2019, simple mean:", summary.simple_mean.format(), "%")
print("capaian 2019, budget-weighted mean:", summary.budget_weighted_mean.format(), "%")

# %% [markdown]
# ## Strict look-ups
#
# An id that names nothing is an error, never a silent zero: a `KeyError` (`kinerja.UnknownIdError`)
# that names the id and the closest ids of the plan, so a typo shows its fix.

# %%
try:
    kinerja.budget_of(plan, "prog-7", 2019)
except KeyError as e:
    print("KeyError:", e)
try:
    kinerja.compare_years(plan, "iku-pmk")
except kinerja.UnknownIdError as e:
    print("closest to", repr(e.id), "are", e.closest)

# %% [markdown]
# ## Values
#
# `Rupiah` and `Percent` compare by value with `int` and `decimal.Decimal`, order where defined, and
# print as what they are. An undefined percentage (of a zero total) equals nothing and is never 0.

# %%
print(kinerja.Rupiah(5) == 5, kinerja.Rupiah("1.239.289.000,00") == Decimal("1239289000"))
print(body_2019.serapan() == Decimal("92.66"), body_2019.serapan() < 100, repr(body_2019.sisa))
print(kinerja.percent(0, 0), kinerja.percent(0, 0) == 0)
print(kinerja.sum_rupiah(budget_2019["realisasi"]) == body_2019.realisasi)

# %% [markdown]
# ## Mid-year
#
# A year still running: a generated Dinas in 2025 with two quarters reported (`examples/data/pemda.py`,
# `reported_quarters=2`). The budget's quarters are in the plan; one kegiatan has reported no
# realisation yet.

# %%
sys.path.insert(0, str(Path("..", "data").resolve()))
pemda = importlib.import_module("pemda")  # the generator of the multi-body dataset
running = pemda.plans(regions=1, dinas=1, years=5, reported_quarters=2)[0]
print(running.body.name)
lines_2025 = [line for line in running.budget if line.year == 2025 and line.triwulan]
quarters = pd.DataFrame(
    [[line.node, *(q.to_decimal() for q in line.triwulan)] for line in lines_2025],
    columns=["node", "TW I", "TW II", "TW III", "TW IV"],
).set_index("node")
display(quarters)
so_far = kinerja.budget_of(running, "", 2025)
print("realisasi 2025 so far:", so_far.realisasi.format())
print("serapan 2025 so far:", so_far.serapan().format(), "%")

# %%
# The summary counts the kegiatan that have reported and lists the others; it never throws mid-year.
summary_2025 = kinerja.capaian_summary(running, "", 2025)
print("capaian 2025 so far:", {k: kinerja.kegiatan_capaian(running, k, 2025).format() for k in summary_2025.counted})
print("not reported yet:", list(summary_2025.not_reported))
print("capaian 2025 so far, simple mean:", summary_2025.simple_mean.format(), "%")
display(frames.capaian_frame(running, 2025))

# %% [markdown]
# "Up to triwulan N": realisasi of the quarters 1..N against the whole year's anggaran or target, so
# the serapan and capaian read as how far the year has come. A line or realisation that states no
# quarters is an error here, never a silent zero (the body's belanja pegawai states none).

# %%
upto = pd.DataFrame(
    [
        {
            "program": program,
            "triwulan": n,
            "serapan": kinerja.budget_of(running, program, 2025, upto_triwulan=n).serapan().points,
        }
        for program in running.descendants("", kinerja.Level.program)
        for n in (1, 2)
    ]
)
display(upto.pivot(index="program", columns="triwulan", values="serapan"))
iku = next(i for i in running.indicators if i.id.startswith("iku-"))
for n in (1, 2):
    so_far = kinerja.indicator_capaian(running, iku, 2025, upto_triwulan=n)
    print(f"capaian {iku.id} up to TW {n}:", so_far.format(), "%")

# %% [markdown]
# ## Renja evaluation
#
# The T-C.29 table of Permendagri 86/2017 for the running Dinas above: per program, kegiatan and sub
# kegiatan with their indicators, the Renstra end target, realisasi up to last year, the Renja target,
# realisasi per triwulan, realisasi and tingkat capaian this year and against the Renstra, each as a
# kinerja (`_k`) and money (`_rp`) pair. A quarter not reported is NA, never 0; a node's money stands
# on its first row only, so a column sums to the body's. `kinerja report --table renja --format xlsx`
# writes the same table as the workbook OPDs fill, and `kinerja check` reads such a workbook back.

# %%
renja = frames.renja_frame(running, 2025)
display(renja[["level", "code", "name", "target_k", "target_rp", "triwulan_1_rp", "triwulan_2_rp", "realisasi_rp"]])
sub_kegiatan = renja[renja["level"] == 3]
print("realisasi 2025 of the sub kegiatan, Renja:", kinerja.Rupiah(sub_kegiatan["realisasi_rp"].sum()).format())

# %% [markdown]
# ## Across bodies and years
#
# Three Dinas (sosial, kesehatan, pendidikan) in each of three kabupaten, 2021-2024, generated with a
# fixed seed. Budget frames stack with the body beside them; the IKU of the same kind of Dinas line up
# across kabupaten with `compare_documents`.

# %%
plans = pemda.plans(regions=3, dinas=3, years=4)
stacked = pd.concat(
    [frames.budget_frame(p).assign(body=p.body.name, region=p.body.region) for p in plans], ignore_index=True
)
# Serapan of each body's year, from kinerja's roll-up to the body (serapan of the sums, half-up).
per_body = pd.DataFrame(
    [
        {"body": p.body.name, "year": y, "serapan": kinerja.budget_of(p, "", y).serapan().points}
        for p in plans
        for y in sorted({line.year for line in p.budget})
    ]
)
display(per_body.pivot(index="body", columns="year", values="serapan"))

# %%
per_region = frames.narrow(stacked.groupby(["region", "year"])[["anggaran", "realisasi"]].sum())
per_region["sisa"] = per_region["anggaran"] - per_region["realisasi"]
display(per_region)
anggaran_2024 = stacked.loc[stacked["year"] == 2024, "anggaran"].sum()
print("anggaran 2024, all bodies:", kinerja.Rupiah(anggaran_2024).format())
jember = kinerja.budget_of(next(p for p in plans if p.body.name == "Dinas Sosial Kabupaten Jember"), "", 2024)
print("serapan 2024, Dinas Sosial Kabupaten Jember:", jember.serapan().format(), "%")

# %%
# Budget revisions in 2024: anggaran setelah perubahan against murni, on the lines that state both
# (the bodies' belanja pegawai states no murni).
revised = stacked[(stacked["year"] == 2024) & stacked["anggaran_murni"].notna()]
revisions = frames.narrow(revised.groupby("body", sort=False)[["anggaran_murni", "anggaran"]].sum())
revisions["perubahan"] = revisions["anggaran"] - revisions["anggaran_murni"]
display(revisions)
probolinggo = revisions.loc["Dinas Pendidikan Kabupaten Probolinggo", "perubahan"]
print("perubahan 2024, Dinas Pendidikan Kabupaten Probolinggo:", kinerja.Rupiah(probolinggo).format())

# %%
series = kinerja.compare_documents([p for p in plans if p.find_indicator("iku-kesehatan")], "iku-kesehatan")
capaian_by_body = frames.series_frame(series).pivot(index="year", columns="body", values="capaian")
display(capaian_by_body)
display(frames.trend_frame(series))
lumajang_2023 = capaian_by_body.loc[2023, "Dinas Kesehatan Kabupaten Lumajang"]
print("capaian iku-kesehatan 2023, Kabupaten Lumajang:", kinerja.Percent(lumajang_2023).format(), "%")
