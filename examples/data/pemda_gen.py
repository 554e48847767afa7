"""A generated Pemda: an RPJMD 2021-2025 and the Renstras of its 30 OPDs, as a ``kinerja-pemda/1`` file
and 30 ``kinerja/1`` files (docs/pemda.md).

The Pemda notebook (examples/notebooks/pemda.ipynb) compares the OPDs side by side on it, and its test
recomputes the notebook's figures from these JSON documents with Python's decimal. Everything is the
same for the same seed: figures come from ``random.Random`` seeded with text (which does not depend on
PYTHONHASHSEED) and are integers (of sen, of persons) or decimals built from integers, never floats.
Only the standard library is used, so the generator runs without kinerja installed.

The region and its figures are invented; the shape is a real one. The RPJMD has four misi, four tujuan
and eight sasaran measured by twelve indicators of both polarities. Each OPD (Permendagri 90/2019 codes
under its urusan) has one or two sasaran, each serving an RPJMD sasaran and measured by an IKU, one or
two programs per sasaran of two or three kegiatan of one to three sub kegiatan, an indicator per
kegiatan (a count, or a rate where lower is better), a budget line per sub kegiatan and year (belanja
operasi; belanja modal in the programs that build), the program penunjang every OPD has (code
``X.XX.01``, serving no sasaran) and the body's belanja pegawai. Some IKU share an RPJMD indicator
(same name, satuan and targets); two RPJMD indicators are declared ``"sum"`` and are reached by the
targets of the OPD indicators linked to them; crosscutting links join a few OPDs. Realisations fall on
both sides of their targets, so some capaian are above 100.

So that the checks have something to show, on purpose:

- ``brida`` (Badan Riset dan Inovasi Daerah) was formed in 2022: its Renstra has no 2021 target nor
  budget, so its IKU, linked to the RPJMD's ``RI12``, lacks a year the RPJMD has (``indicator.years``);
- the second sasaran of ``kesbangpol`` serves nothing and nothing supports it (``opd.sasaran_unlinked``);
- in 2024 the targets for rumah tidak layak huni of ``perkim`` and ``dpmd`` add up to 40 units less than
  the RPJMD's ``RI7``, declared ``"sum"`` (``indicator.sum``, an error: ``kinerja pemda`` exits 1).

    python3 examples/data/pemda_gen.py OUT_FOLDER    # writes OUT_FOLDER/pemda.json and one file per OPD
"""

from __future__ import annotations

import json
import random
import sys
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any

__all__ = ["FIRST_YEAR", "LAST_YEAR", "OPDS", "RPJMD_INDICATORS", "SASARAN", "documents", "write"]

FIRST_YEAR = 2021
LAST_YEAR = 2025
YEARS = list(range(FIRST_YEAR, LAST_YEAR + 1))
REGION = "Kabupaten Sukamaju"
_CENT = Decimal("0.01")

# (id, tujuan, name) of the RPJMD sasaran; the tujuan (T1..T4) each sit under the misi of the same number.
MISI = [
    ("M1", "Meningkatkan kualitas sumber daya manusia", "T1", "Meningkatnya kualitas hidup masyarakat"),
    ("M2", "Mewujudkan kesejahteraan dan perekonomian yang tangguh", "T2", "Meningkatnya kesejahteraan masyarakat"),
    ("M3", "Membangun infrastruktur dan lingkungan yang berkelanjutan", "T3", "Meningkatnya kualitas infrastruktur"),
    ("M4", "Mewujudkan tata kelola pemerintahan yang baik", "T4", "Meningkatnya kualitas tata kelola pemerintahan"),
]
SASARAN = [
    ("RS1", "T1", "Meningkatnya kualitas pendidikan"),
    ("RS2", "T1", "Meningkatnya derajat kesehatan masyarakat"),
    ("RS3", "T2", "Menurunnya angka kemiskinan"),
    ("RS4", "T3", "Meningkatnya kualitas infrastruktur dan permukiman"),
    ("RS5", "T2", "Meningkatnya pertumbuhan ekonomi daerah"),
    ("RS6", "T3", "Meningkatnya kualitas lingkungan hidup"),
    ("RS7", "T4", "Meningkatnya akuntabilitas dan kualitas pelayanan publik"),
    ("RS8", "T4", "Meningkatnya ketenteraman, ketertiban dan kerukunan masyarakat"),
]
# The RPJMD indicators: id | sasaran | name | satuan | polarity | lower_formula | baseline | yearly
# step | aggregate. A "sum" indicator has no baseline: its targets are what the OPD targets linked to
# it add up to.
_RPJMD_TABLE = """
RI1 | RS1 | Rata-rata lama sekolah | tahun | higher_is_better | | 7.80 | 0.12 | none
RI2 | RS2 | Angka kematian bayi | per 1.000 kelahiran hidup | lower_is_better | 2t_minus_r | 9.60 | -0.40 | none
RI3 | RS2 | Prevalensi balita stunting | % | lower_is_better | t_over_r | 24.50 | -2.00 | none
RI4 | RS3 | Persentase penduduk miskin | % | lower_is_better | 2t_minus_r | 10.80 | -0.35 | none
RI5 | RS3 | Jumlah PMKS yang tertangani | orang | higher_is_better | | | | sum
RI6 | RS4 | Persentase jalan kabupaten dalam kondisi mantap | % | higher_is_better | | 68.00 | 3.00 | none
RI7 | RS4 | Jumlah rumah tidak layak huni yang ditangani | unit | higher_is_better | | | | sum
RI8 | RS5 | Laju pertumbuhan ekonomi | % | higher_is_better | | 4.60 | 0.20 | none
RI9 | RS6 | Indeks kualitas lingkungan hidup | indeks | higher_is_better | | 64.00 | 0.80 | none
RI10 | RS7 | Indeks reformasi birokrasi | indeks | higher_is_better | | 58.00 | 2.50 | none
RI11 | RS8 | Persentase gangguan trantibum yang tertangani | % | higher_is_better | | 78.00 | 3.00 | none
RI12 | RS7 | Indeks inovasi daerah | skor | higher_is_better | | 40.00 | 5.00 | none
"""
# The OPDs, each a line "id | name | urusan code | size of its budget (large, medium, small)", then
# per sasaran of it an indented line "RPJMD sasaran it serves (- for none) | name" and, indented
# again, its IKU: "=RI2" shares that RPJMD indicator (its name, satuan, polarity and targets), else
# "name | satuan | polarity | baseline | yearly step | RPJMD indicator it is a share of (- for
# none)"; a baseline without a point is a count (whole numbers), with one a rate (two decimals).
_OPD_TABLE = """
disdik | Dinas Pendidikan | 1.01 | large
  RS1 | Meningkatnya akses pendidikan dasar
    Angka partisipasi murni SD/MI | % | higher_is_better | 91.00 | 0.80 | -
  RS1 | Meningkatnya mutu pendidik
    Persentase guru bersertifikat pendidik | % | higher_is_better | 62.00 | 4.00 | -
dinkes | Dinas Kesehatan | 1.02 | large
  RS2 | Meningkatnya kesehatan ibu dan anak
    =RI2
  RS2 | Menurunnya prevalensi stunting
    =RI3
pupr | Dinas Pekerjaan Umum dan Penataan Ruang | 1.03 | large
  RS4 | Meningkatnya kondisi jalan kabupaten
    =RI6
  RS5 | Meningkatnya layanan irigasi
    Persentase daerah irigasi dalam kondisi baik | % | higher_is_better | 55.00 | 4.00 | -
perkim | Dinas Perumahan dan Kawasan Permukiman | 1.04 | medium
  RS4 | Berkurangnya rumah tidak layak huni
    Jumlah rumah tidak layak huni yang ditangani | unit | higher_is_better | 300 | 40 | RI7
satpolpp | Satuan Polisi Pamong Praja | 1.05 | medium
  RS8 | Meningkatnya ketenteraman dan ketertiban umum
    =RI11
bpbd | Badan Penanggulangan Bencana Daerah | 1.05 | small
  RS8 | Meningkatnya kesiapsiagaan terhadap bencana
    Persentase desa tangguh bencana | % | higher_is_better | 20.00 | 6.00 | -
dinsos | Dinas Sosial | 1.06 | medium
  RS3 | Meningkatnya penanganan PMKS
    Jumlah PMKS yang tertangani | orang | higher_is_better | 1800 | 150 | RI5
disnaker | Dinas Tenaga Kerja | 2.07 | small
  RS3 | Menurunnya pengangguran terbuka
    Tingkat pengangguran terbuka | % | lower_is_better | 5.90 | -0.20 | -
dp3a | Dinas Pemberdayaan Perempuan dan Perlindungan Anak | 2.08 | small
  RS3 | Meningkatnya perlindungan perempuan dan anak
    Jumlah perempuan dan anak korban kekerasan yang tertangani | orang | higher_is_better | 120 | 10 | RI5
dkp | Dinas Ketahanan Pangan | 2.09 | small
  RS2 | Meningkatnya konsumsi pangan beragam
    Skor pola pangan harapan | skor | higher_is_better | 84.00 | 1.50 | -
  RS5 | Meningkatnya ketersediaan pangan
    Persentase cadangan pangan yang terpenuhi | % | higher_is_better | 70.00 | 5.00 | -
dlh | Dinas Lingkungan Hidup | 2.11 | medium
  RS6 | Meningkatnya kualitas lingkungan hidup
    =RI9
  RS6 | Meningkatnya pengelolaan sampah
    Persentase sampah yang tertangani | % | higher_is_better | 60.00 | 5.00 | -
dukcapil | Dinas Kependudukan dan Pencatatan Sipil | 2.12 | small
  RS7 | Meningkatnya kualitas layanan administrasi kependudukan
    Persentase penduduk wajib KTP yang memiliki KTP-el | % | higher_is_better | 96.00 | 0.80 | -
dpmd | Dinas Pemberdayaan Masyarakat dan Desa | 2.13 | small
  RS3 | Meningkatnya kemandirian desa
    Jumlah desa mandiri | desa | higher_is_better | 12 | 6 | -
  RS4 | Meningkatnya kualitas permukiman desa
    Jumlah rumah tidak layak huni yang ditangani dana desa | unit | higher_is_better | 80 | 10 | RI7
dppkb | Dinas Pengendalian Penduduk dan Keluarga Berencana | 2.14 | small
  RS2 | Terkendalinya pertumbuhan penduduk
    Angka kelahiran total | anak per wanita | lower_is_better | 2.30 | -0.03 | -
dishub | Dinas Perhubungan | 2.15 | small
  RS4 | Meningkatnya keselamatan transportasi
    Jumlah kecelakaan lalu lintas | kejadian | lower_is_better | 410 | -15 | -
diskominfo | Dinas Komunikasi dan Informatika | 2.16 | small
  RS7 | Meningkatnya penerapan SPBE
    Indeks SPBE | indeks | higher_is_better | 2.10 | 0.25 | -
diskopukm | Dinas Koperasi dan Usaha Mikro | 2.17 | small
  RS5 | Meningkatnya daya saing koperasi dan usaha mikro
    Persentase koperasi aktif | % | higher_is_better | 58.00 | 3.00 | -
dpmptsp | Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu | 2.18 | small
  RS5 | Meningkatnya investasi
    Nilai realisasi investasi | miliar rupiah | higher_is_better | 850.00 | 60.00 | -
dispusip | Dinas Perpustakaan dan Kearsipan | 2.23 | small
  RS1 | Meningkatnya minat baca masyarakat
    Tingkat gemar membaca masyarakat | skor | higher_is_better | 55.00 | 2.00 | -
diskan | Dinas Perikanan | 3.25 | small
  RS5 | Meningkatnya produksi perikanan
    Produksi perikanan | ton | higher_is_better | 18000 | 800 | -
disparbud | Dinas Pariwisata dan Kebudayaan | 3.26 | small
  RS5 | Meningkatnya kunjungan wisata
    Jumlah kunjungan wisatawan | orang | higher_is_better | 650000 | 40000 | -
  RS1 | Meningkatnya pelestarian budaya
    Jumlah cagar budaya yang dilestarikan | situs | higher_is_better | 15 | 2 | -
distan | Dinas Pertanian | 3.27 | medium
  RS5 | Meningkatnya produktivitas pertanian
    Produktivitas padi | kuintal per hektar | higher_is_better | 56.00 | 0.60 | -
disperindag | Dinas Perdagangan dan Perindustrian | 3.30 | small
  RS5 | Meningkatnya kinerja perdagangan
    Persentase pasar rakyat yang direvitalisasi | % | higher_is_better | 20.00 | 8.00 | -
setda | Sekretariat Daerah | 4.01 | medium
  RS7 | Meningkatnya kualitas tata kelola pemerintahan
    =RI10
bappeda | Badan Perencanaan Pembangunan Daerah | 5.01 | small
  RS7 | Meningkatnya kualitas perencanaan pembangunan
    Persentase program RPJMD yang konsisten dalam RKPD | % | higher_is_better | 85.00 | 3.00 | -
bpkad | Badan Pengelolaan Keuangan dan Aset Daerah | 5.02 | medium
  RS7 | Meningkatnya kualitas pengelolaan keuangan daerah
    Persentase rekomendasi BPK yang ditindaklanjuti | % | higher_is_better | 75.00 | 4.00 | -
bkpsdm | Badan Kepegawaian dan Pengembangan Sumber Daya Manusia | 5.03 | small
  RS7 | Meningkatnya profesionalitas aparatur
    Indeks profesionalitas ASN | indeks | higher_is_better | 62.00 | 2.00 | -
brida | Badan Riset dan Inovasi Daerah | 5.05 | small
  RS7 | Meningkatnya inovasi daerah
    =RI12
inspektorat | Inspektorat Daerah | 6.01 | small
  RS7 | Meningkatnya akuntabilitas kinerja perangkat daerah
    Persentase OPD dengan nilai SAKIP minimal BB | % | higher_is_better | 30.00 | 12.00 | -
kesbangpol | Badan Kesatuan Bangsa dan Politik | 8.01 | small
  RS8 | Meningkatnya kerukunan masyarakat
    Persentase konflik sosial yang terselesaikan | % | higher_is_better | 80.00 | 4.00 | -
  - | Meningkatnya partisipasi politik masyarakat
    Tingkat partisipasi pemilih | % | higher_is_better | 72.00 | 2.00 | -
"""


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")]


def _rpjmd_indicators() -> list[tuple[str, ...]]:
    return [tuple(_cells(line)) for line in _RPJMD_TABLE.strip().splitlines()]


def _opds() -> list[tuple[str, str, str, str, list[tuple[str, str, list[str]]]]]:
    out: list[tuple[str, str, str, str, list[tuple[str, str, list[str]]]]] = []
    for line in _OPD_TABLE.strip("\n").splitlines():
        depth = (len(line) - len(line.lstrip())) // 2
        cells = _cells(line)
        if depth == 0:
            opd_id, name, urusan, size = cells
            out.append((opd_id, name, urusan, size, []))
        elif depth == 1:
            served, name = cells
            out[-1][4].append(("" if served == "-" else served, name, []))
        else:
            out[-1][4][-1][2].extend(cells)
    return out


#: (id, sasaran, name, satuan, polarity, lower_formula, baseline, yearly step, aggregate) of each RPJMD indicator.
RPJMD_INDICATORS = _rpjmd_indicators()
#: (id, name, urusan code, size, [(RPJMD sasaran served or "", sasaran name, IKU cells)]) of each OPD.
OPDS = _opds()
# The RPJMD indicator declared "sum" whose OPD targets fall short, and the year and the shortfall.
SHORT_SUM = ("RI7", 2024, 40)
# The OPD formed after the RPJMD began: its first year.
FIRST_YEAR_OF = {"brida": 2022}
# Crosscutting links: (OPD, its program's number, the OPD supported, its sasaran).
SUPPORTS = [
    ("dkp", 1, "dinkes", "sasaran-2"),  # pangan beragam against stunting
    ("dp3a", 1, "dinsos", "sasaran-1"),
    ("pupr", 1, "perkim", "sasaran-1"),
    ("diskominfo", 1, "setda", "sasaran-1"),  # SPBE
    ("bpbd", 1, "satpolpp", "sasaran-1"),
]
# Budget of a sub kegiatan (in juta rupiah, from, to) and of belanja pegawai, by the OPD's size.
_SUB_JUTA = {"large": (1_500, 12_000), "medium": (300, 3_000), "small": (80, 900)}
_PEGAWAI_JUTA = {"large": (80_000, 300_000), "medium": (12_000, 30_000), "small": (3_000, 9_000)}
# Programs that build (belanja modal) by urusan.
_BUILDS = {"1.03", "1.04", "2.15", "2.11"}


def _money(sen: int) -> str:
    # Plain "1234567.89": the reader takes it exactly, whatever the locale of the figure.
    return str(Decimal(sen) / 100)


def _rate(value: Decimal) -> str:
    # Indonesian decimal comma, as a transcribed report has it ("26,75").
    return str(value.quantize(_CENT)).replace(".", ",")


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _figure(value: Decimal, count: bool) -> str:
    return str(int(value)) if count else _rate(value)


def _indicator(
    ind_id: str, node: str, name: str, satuan: str, polarity: str, lower_formula: str = ""
) -> dict[str, Any]:
    out: dict[str, Any] = {"id": ind_id, "node": node, "name": name, "satuan": satuan, "polarity": polarity}
    if polarity == "lower_is_better":
        out["lower_formula"] = lower_formula or "2t_minus_r"
    out.update({"targets": {}, "realisations": {}})
    return out


def _noisy(target: Decimal, count: bool, rng: random.Random, low: int = 88, high: int = 112) -> Decimal:
    """A realisation near ``target``: between low and high percent of it, on either side."""
    value = target * Decimal(rng.randrange(low, high + 1)) / 100
    return value.to_integral_value(ROUND_FLOOR) if count else value.quantize(_CENT)


def _series(baseline: str, step: str, years: list[int]) -> dict[int, Decimal]:
    base, by = Decimal(baseline), Decimal(step)
    return {year: base + by * (year - FIRST_YEAR + 1) for year in years}


def _rpjmd(
    rng: random.Random, shares: dict[str, list[dict[int, Decimal]]], realised: dict[str, list[dict[int, Decimal]]]
) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = [
        {"id": "V", "level": "visi", "name": f"{REGION} yang maju, sejahtera dan berdaya saing"}
    ]
    for misi, misi_name, tujuan, tujuan_name in MISI:
        nodes.append({"id": misi, "level": "misi", "name": misi_name, "parent": "V"})
        nodes.append({"id": tujuan, "level": "tujuan", "name": tujuan_name, "parent": misi})
    nodes += [{"id": s, "level": "sasaran", "name": name, "parent": t} for s, t, name in SASARAN]
    indicators = []
    for ind_id, sasaran, name, satuan, polarity, formula, baseline, step, aggregate in RPJMD_INDICATORS:
        ind = _indicator(ind_id, sasaran, name, satuan, polarity, formula)
        if aggregate == "sum":
            # What the OPDs' shares add up to, rounded down to tens: the shares reach the target,
            # except in the year of SHORT_SUM, where the RPJMD asks for more than they add up to.
            for year in YEARS:
                total = sum((s[year] for s in shares[ind_id] if year in s), Decimal(0))
                target = total - total % 10
                if (ind_id, year) == SHORT_SUM[:2]:
                    target = total + SHORT_SUM[2]
                ind["targets"][str(year)] = str(target)
                ind["realisations"][str(year)] = str(sum((r[year] for r in realised[ind_id] if year in r), Decimal(0)))
        else:
            for year, target in _series(baseline, step, YEARS).items():
                ind["targets"][str(year)] = _rate(target)
                ind["realisations"][str(year)] = _rate(_noisy(target, False, rng, 94, 106))
        ind["end_target"] = ind["targets"][str(LAST_YEAR)]
        indicators.append(ind)
    return {
        "body": {"name": f"Pemerintah {REGION}", "region": REGION},
        "period": {"from": FIRST_YEAR, "to": LAST_YEAR},
        "nodes": nodes,
        "indicators": indicators,
    }


def _opd(
    opd: tuple[str, str, str, str, list[tuple[str, str, Any]]], seed: int, rpjmd_targets: dict[str, dict[int, Decimal]]
) -> tuple[dict[str, Any], list[tuple[str, str]], list[tuple[str, str]]]:
    """The OPD's kinerja/1 document, its serves links (node, RPJMD sasaran) and its indicator links
    (indicator, RPJMD indicator), as (document, serves, links)."""
    opd_id, name, urusan, size, sasaran_list = opd
    rng = random.Random(f"{seed}/{opd_id}")
    years = [y for y in YEARS if y >= FIRST_YEAR_OF.get(opd_id, FIRST_YEAR)]
    nodes: list[dict[str, Any]] = [
        {"id": "visi", "level": "visi", "name": f"{REGION} yang maju, sejahtera dan berdaya saing"},
        {"id": "misi-1", "level": "misi", "name": "Meningkatkan kualitas pelayanan perangkat daerah", "parent": "visi"},
        {"id": "tujuan-1", "level": "tujuan", "name": f"Meningkatnya kinerja {name}", "parent": "misi-1"},
    ]
    indicators: list[dict[str, Any]] = []
    budget: list[dict[str, Any]] = []
    serves: list[tuple[str, str]] = []
    links: list[tuple[str, str]] = []
    low, high = _SUB_JUTA[size]
    # The OPD's own pace of spending: most spend 85-97 % of their budget, a few less.
    pace = rng.randrange(820, 975)

    def lines(node: str, spending: str, year: int) -> None:
        murni = rng.randrange(low, high) * 1_000_000_00 + rng.randrange(0, 1000) * 1000_00
        anggaran = murni + rng.randrange(-15, 25) * murni // 100 // 1000_00 * 1000_00
        share = pace - (120 if spending == "modal" else 0) + rng.randrange(-60, 40)
        realisasi = min(anggaran, anggaran * share // 1000 + rng.randrange(0, 100))
        budget.append(
            {
                "year": year,
                "class": spending,
                "node": node,
                "anggaran_murni": _money(murni),
                "anggaran": _money(anggaran),
                "realisasi": _money(realisasi),
            }
        )

    program_number = 0
    for s, (served, sasaran_name, iku_spec) in enumerate(sasaran_list, start=1):
        sasaran = f"sasaran-{s}"
        nodes.append({"id": sasaran, "level": "sasaran", "name": sasaran_name, "parent": "tujuan-1"})
        if served:
            serves.append((sasaran, served))
        iku_id = f"iku-{s}"
        if iku_spec[0].startswith("="):
            shared = next(i for i in RPJMD_INDICATORS if i[0] == iku_spec[0][1:])
            _, _, iku_name, satuan, polarity, formula, _, _, _ = shared
            iku = _indicator(iku_id, sasaran, iku_name, satuan, polarity, formula)
            targets = {y: t for y, t in rpjmd_targets[shared[0]].items() if y in years}
            count = False
            links.append((iku_id, shared[0]))
        else:
            iku_name, satuan, polarity, baseline, step, share_of = iku_spec
            iku = _indicator(iku_id, sasaran, iku_name, satuan, polarity)
            count = "." not in baseline
            targets = _series(baseline, step, years)
            if share_of != "-":
                links.append((iku_id, share_of))
        for year, target in targets.items():
            iku["targets"][str(year)] = _figure(target, count)
            iku["realisations"][str(year)] = _figure(_noisy(target, count, rng), count)
        iku["end_target"] = iku["targets"][str(LAST_YEAR)]
        indicators.append(iku)
        # A program is named after what its sasaran improves ("Meningkatnya mutu pendidik": "mutu pendidik").
        subject = sasaran_name.split(" ", 1)[1]
        for first in [True, False][: rng.choice((1, 1, 2))]:
            program_number += 1
            program = f"prog-{program_number}"
            program_code = f"{urusan}.{program_number + 1:02d}"
            nodes.append(
                {
                    "id": program,
                    "level": "program",
                    "name": f"Program {subject}" if first else f"Program Pendukung {subject}",
                    "parent": sasaran,
                    "code": program_code,
                    "kind": "utama",
                }
            )
            spending = "modal" if urusan in _BUILDS else "operasi"
            for k in range(1, rng.choice((2, 2, 3)) + 1):
                kegiatan = f"keg-{program_number}-{k}"
                kegiatan_code = f"{program_code}.2.{k:02d}"
                nodes.append(
                    {
                        "id": kegiatan,
                        "level": "kegiatan",
                        "name": f"Kegiatan {program_number}.{k} {name}",
                        "parent": program,
                        "code": kegiatan_code,
                    }
                )
                # One kegiatan in four measures a rate where lower is better (complaints, delays).
                lower = rng.randrange(4) == 0
                if lower:
                    ind = _indicator(
                        f"ik-{kegiatan}",
                        kegiatan,
                        f"Persentase pengaduan layanan kegiatan {program_number}.{k}",
                        "%",
                        "lower_is_better",
                        "2t_minus_r",
                    )
                else:
                    ind = _indicator(
                        f"ik-{kegiatan}",
                        kegiatan,
                        f"Jumlah penerima manfaat kegiatan {program_number}.{k}",
                        "orang",
                        "higher_is_better",
                    )
                for year in years:
                    if lower:
                        target = Decimal(rng.randrange(500, 1500)) / 100
                        real = _noisy(target, False, rng, 70, 125)
                    else:
                        target = Decimal(rng.randrange(100, 5000))
                        real = _noisy(target, True, rng, 72, 118)
                    ind["targets"][str(year)] = _figure(target, not lower)
                    ind["realisations"][str(year)] = _figure(real, not lower)
                indicators.append(ind)
                for sub in range(1, rng.choice((1, 2, 2, 3)) + 1):
                    sub_id = f"sub-{program_number}-{k}-{sub}"
                    nodes.append(
                        {
                            "id": sub_id,
                            "level": "sub_kegiatan",
                            "name": f"Sub kegiatan {program_number}.{k}.{sub} {name}",
                            "parent": kegiatan,
                            "code": f"{kegiatan_code}.{sub:04d}",
                        }
                    )
                    for year in years:
                        lines(sub_id, "modal" if spending == "modal" and sub == 1 else "operasi", year)
    # The program penunjang every OPD has: the body's offices, serving no sasaran of the RPJMD.
    nodes.append(
        {
            "id": "prog-penunjang",
            "level": "program",
            "name": "Program Penunjang Urusan Pemerintahan Daerah",
            "code": "X.XX.01",
            "kind": "penunjang",
        }
    )
    nodes.append(
        {
            "id": "keg-penunjang",
            "level": "kegiatan",
            "name": "Administrasi Umum Perangkat Daerah",
            "parent": "prog-penunjang",
            "code": "X.XX.01.2.06",
        }
    )
    nodes.append(
        {
            "id": "sub-penunjang",
            "level": "sub_kegiatan",
            "name": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            "parent": "keg-penunjang",
            "code": "X.XX.01.2.06.0009",
        }
    )
    plow, phigh = _PEGAWAI_JUTA[size]
    for year in years:
        lines("sub-penunjang", "operasi", year)
        pegawai = rng.randrange(plow, phigh) * 1_000_000_00
        budget.append(
            {
                "year": year,
                "class": "operasi",
                "name": "Belanja Pegawai",
                "anggaran": _money(pegawai),
                "realisasi": _money(pegawai * rng.randrange(930, 995) // 1000),
            }
        )
    document = {
        "format": "kinerja/1",
        "body": {"name": f"{name} {REGION}", "region": REGION},
        "period": {"from": FIRST_YEAR, "to": LAST_YEAR},
        "codes": "permendagri-90",
        "units": [],
        "nodes": nodes,
        "indicators": indicators,
        "budget": budget,
    }
    return document, serves, links


def documents(seed: int = 2024) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The Pemda file (as a JSON object) and the OPD files by file name, for ``seed``."""
    rpjmd_targets = {i[0]: _series(i[6], i[7], YEARS) for i in RPJMD_INDICATORS if i[8] != "sum"}
    opd_files: dict[str, dict[str, Any]] = {}
    serves: list[dict[str, str]] = []
    links: list[dict[str, str]] = []
    shares: dict[str, list[dict[int, Decimal]]] = {i[0]: [] for i in RPJMD_INDICATORS}
    realised: dict[str, list[dict[int, Decimal]]] = {i[0]: [] for i in RPJMD_INDICATORS}
    for opd in OPDS:
        document, opd_serves, opd_links = _opd(opd, seed, rpjmd_targets)
        opd_files[f"{opd[0]}.json"] = document
        serves += [{"opd": opd[0], "node": node, "sasaran": sasaran} for node, sasaran in opd_serves]
        for indicator, rpjmd in opd_links:
            links.append({"opd": opd[0], "indicator": indicator, "rpjmd": rpjmd})
            ind = next(i for i in document["indicators"] if i["id"] == indicator)
            shares[rpjmd].append({int(y): _number(t) for y, t in ind["targets"].items()})
            realised[rpjmd].append({int(y): _number(r) for y, r in ind["realisations"].items()})
    pemda = {
        "format": "kinerja-pemda/1",
        "rpjmd": _rpjmd(random.Random(f"{seed}/rpjmd"), shares, realised),
        "aggregates": {i[0]: "sum" for i in RPJMD_INDICATORS if i[8] == "sum"},
        "opd": [{"id": opd[0], "file": f"{opd[0]}.json"} for opd in OPDS],
        "serves": serves,
        "supports": [
            {"opd": opd, "node": f"prog-{program}", "to_opd": to_opd, "sasaran": sasaran}
            for opd, program, to_opd, sasaran in SUPPORTS
        ],
        "indicator_links": links,
    }
    return pemda, opd_files


def write(folder: str | Path, seed: int = 2024) -> Path:
    """Writes the Pemda file and the OPD files of ``seed`` into ``folder`` (made if missing) and
    gives the path of the Pemda file."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    pemda, opd_files = documents(seed)
    for name, document in opd_files.items():
        (out / name).write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    path = out / "pemda.json"
    path.write_text(json.dumps(pemda, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: pemda_gen.py OUT_FOLDER")
    print(write(sys.argv[1]))
