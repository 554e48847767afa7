# %% [markdown]
# # A Pemda's 30 OPDs side by side, over five years, exactly
#
# What an analyst at a Bappeda or an Inspektorat does with a whole Pemda: read the RPJMD and the
# Renstras of its OPDs as one (a `kinerja-pemda/1` file naming a `kinerja/1` file per OPD,
# [docs/pemda.md](../../docs/pemda.md)), look at what the checks of the cascade find, roll the budget up
# per RPJMD sasaran, and compare the OPDs year by year: serapan and capaian, a ranking, a chart and the
# change from one year to the next.
#
# The Pemda is generated (`examples/data/pemda_gen.py`, seeded, so every run gives the same figures):
# Kabupaten Sukamaju, an RPJMD 2021-2025 with eight sasaran and 30 OPDs. Money is exact (Arrow
# decimal columns, `kinerja.Rupiah`), every other figure a `decimal.Decimal`; nothing is a float but the
# positions of the marks on the chart.
#
# This notebook is built from `pemda.py` beside it (`python build.py pemda.py`): edit that file.

# %%
import importlib
import shutil
import sys
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

import kinerja
from kinerja import frames

# %% [markdown]
# ## The Pemda
#
# The generator writes `pemda.json` and one file per OPD into a folder of its own; `kinerja.read_pemda`
# reads them all (each OPD file as `read_document` reads one) into one `Pemda`.

# %%
sys.path.insert(0, str(Path("..", "data").resolve()))
pemda_gen = importlib.import_module("pemda_gen")  # the generator of the Pemda
folder = Path(tempfile.mkdtemp(prefix="kinerja-pemda-"))
path = pemda_gen.write(folder)
p = kinerja.read_pemda(path)
print(p.rpjmd.body.name, f"(RPJMD {p.rpjmd.period.from_year}-{p.rpjmd.period.to_year})")
print("OPDs:", len(p.opds))
print("links:", len(p.serves), "serves,", len(p.supports), "supports,", len(p.indicator_links), "indicator links")

# %% [markdown]
# ## The checks
#
# `kinerja.pemda_findings_frame` lists what `check_pemda` finds, each with the file and the JSON path it
# lies in (the same as `kinerja pemda pemda.json` prints). The generated Pemda has three on purpose: an
# OPD formed in 2022 whose IKU has no 2021 target where the RPJMD has one, an OPD sasaran that serves
# nothing, and a year where the OPD targets declared to add up to an RPJMD target fall short of it.

# %%
findings = kinerja.pemda_findings_frame(p, path.name)
display(findings[["rule", "severity", "file", "path", "year", "message"]])
print("errors:", int((findings["severity"] == "error").sum()))
print("warnings:", int((findings["severity"] == "warning").sum()))

# %%
# The shortfall behind indicator.sum: RI7's target against the targets of the OPD indicators linked to it.
cascade = kinerja.pemda_indicators_frame(p)
shares = cascade[cascade["aggregate"] == "sum"]
sums = frames.narrow(
    shares.groupby(["rpjmd", "year"]).agg(rpjmd_target=("rpjmd_target", "first"), opd_targets=("target", "sum"))
)
sums["gap"] = sums["opd_targets"] - sums["rpjmd_target"]
display(sums)
ri7 = sums.loc[("RI7", 2024)]
print(
    "RI7 2024:",
    f"target {kinerja.format_number(ri7['rpjmd_target'])},",
    f"OPD targets add up to {kinerja.format_number(ri7['opd_targets'])}",
)

# %% [markdown]
# ## The budget per RPJMD sasaran
#
# `kinerja.pemda_budget_frame` adds up, per RPJMD sasaran and year, the budget lines of every OPD node
# serving it and of everything under that node. The program penunjang of each OPD and its belanja
# pegawai serve no sasaran, so the sasaran together hold less than the OPDs spend.

# %%
budget = kinerja.pemda_budget_frame(p)
display(budget.pivot(index="sasaran", columns="year", values="anggaran"))
display(budget.pivot(index="sasaran", columns="year", values="serapan"))
rs3 = budget[(budget["sasaran"] == "RS3") & (budget["year"] == 2025)].iloc[0]
print("anggaran RS3 2025:", kinerja.Rupiah(rs3["anggaran"]).format())
rs4 = budget[(budget["sasaran"] == "RS4") & (budget["year"] == 2025)].iloc[0]
print("serapan RS4 2025:", kinerja.Percent(rs4["serapan"]).format(), "%")

# %%
opds = kinerja.opd_frame(p)
year_2025 = opds[opds["year"] == 2025]
print("anggaran 2025, all OPDs:", kinerja.Rupiah(year_2025["anggaran"].sum()).format())
serving = budget.loc[budget["year"] == 2025, "anggaran"].sum()
print("anggaran 2025 serving RPJMD sasaran:", kinerja.Rupiah(serving).format())

# %% [markdown]
# ## The OPDs side by side
#
# `kinerja.opd_frame` has a row per OPD and year: the OPD's whole budget (anggaran, realisasi, sisa,
# serapan) and its capaian, the mean of its kegiatan's capaian as `capaian_summary` computes it, with
# the predikat on the five bands of the 2019 LKjIPs. Pivoted, the 30 OPDs (by id; `name` has the
# body's name) read across the five years. An OPD formed in 2022 has no 2021 figures: NA, never 0.

# %%
serapan = opds.pivot(index="opd", columns="year", values="serapan")
display(serapan)
capaian = opds.pivot(index="opd", columns="year", values="capaian")
display(capaian)
dinsos = opds[(opds["opd"] == "dinsos") & (opds["year"] == 2023)].iloc[0]
print("serapan 2023, dinsos:", kinerja.Percent(dinsos["serapan"]).format(), "%")
print("capaian 2023, dinsos:", kinerja.Percent(dinsos["capaian"]).format(), f"% ({dinsos['predikat']})")

# %% [markdown]
# ## Ranking
#
# The OPDs of 2025 by capaian, highest first (an equal capaian keeps the Pemda's order), with serapan
# and the efficiency index beside it (capaian / serapan: 1 or more reads as efficient).

# %%
ranking = year_2025.sort_values("capaian", ascending=False, kind="stable").reset_index(drop=True)
ranking.index += 1
ranking["efficiency"] = [
    kinerja.efficiency(kinerja.Percent(c), kinerja.Percent(s)) for c, s in zip(ranking["capaian"], ranking["serapan"])
]
display(ranking[["opd", "name", "capaian", "predikat", "serapan", "efficiency", "anggaran"]])
best, worst = ranking.iloc[0], ranking.iloc[-1]
print("highest capaian 2025:", best["opd"], f"({kinerja.Percent(best['capaian']).format()} %)")
print("lowest capaian 2025:", worst["opd"], f"({kinerja.Percent(worst['capaian']).format()} %)")
print("predikat 2025:", dict(year_2025["predikat"].value_counts().sort_index()))

# %% [markdown]
# ## A chart
#
# Serapan against capaian in 2025, one mark per OPD, and the Pemda's spread of capaian year by year.
# The values become floats only as positions on the page; the labels come from the exact figures.

# %%
fig, (left, right) = plt.subplots(1, 2, figsize=(13, 5))
left.scatter([float(s) for s in year_2025["serapan"]], [float(c) for c in year_2025["capaian"]], color="#1f5fa8")
for _, row in year_2025.iterrows():
    left.annotate(
        row["opd"],
        (float(row["serapan"]), float(row["capaian"])),
        fontsize=7,
        xytext=(3, 3),
        textcoords="offset points",
    )
left.set_xlabel("serapan 2025 (%)")
left.set_ylabel("capaian 2025 (%)")
left.set_title("OPDs in 2025")
years = sorted(capaian.columns)
right.boxplot([[float(c) for c in capaian[y].dropna()] for y in years])
right.set_xticks(range(1, len(years) + 1), [str(y) for y in years])
right.set_ylabel("capaian (%)")
right.set_title("Capaian of the OPDs, by year")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Year on year
#
# The change in serapan and capaian from one year to the next, per OPD, in percentage points: a
# difference of two decimal columns, exact. The OPD formed in 2022 has no change into 2022.

# %%
serapan_change = pd.DataFrame({y: serapan[y] - serapan[y - 1] for y in years[1:]})
display(serapan_change)
capaian_change = pd.DataFrame({y: capaian[y] - capaian[y - 1] for y in years[1:]})
display(capaian_change)
change = serapan_change.loc["pupr", 2025]
print("serapan change 2024 to 2025, pupr:", kinerja.format_number(change), "points")
fall = capaian_change[2025].sort_values(kind="stable").index[0]
print(
    "largest fall in capaian 2024 to 2025:", fall, f"({kinerja.format_number(capaian_change.loc[fall, 2025])} points)"
)

# %%
shutil.rmtree(folder)  # the generated files; the frames above hold everything shown
