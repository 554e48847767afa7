"""A generated multi-body, multi-year dataset: several Dinas of a few kabupaten, as kinerja/1 documents.

The analyst's notebook (examples/notebooks/analyst.ipynb) compares bodies and years on it, and its test
recomputes the notebook's figures from the same documents with Python's decimal. Every document is
the same for the same arguments: amounts come from a ``random.Random`` seeded with text (which does
not depend on PYTHONHASHSEED) and are integers of sen, never floats.

The kabupaten and their figures are invented; the shape is a real one: Renstra 2021-2026 under
Permendagri 90/2019 codes, per Dinas one sasaran with its IKU (the same indicator id in every
kabupaten, so ``kinerja.compare_documents`` lines them up), two programs of two kegiatan of two sub
kegiatan, a budget line per sub kegiatan and year (belanja operasi, belanja modal in the second
program) and the body's belanja pegawai. With ``reported_quarters`` the last year is still running:
budget and indicators hold the quarters reported so far, and the second kegiatan of every body has
reported nothing yet.

    python examples/data/pemda.py OUT_FOLDER    # writes one JSON file per body
"""

from __future__ import annotations

import json
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import kinerja

__all__ = ["DINAS", "FIRST_YEAR", "REGIONS", "documents", "plans"]

FIRST_YEAR = 2021
# (name, code prefix of the region's kabupaten): invented figures under real names.
REGIONS = [("Kabupaten Lumajang", "lumajang"), ("Kabupaten Jember", "jember"), ("Kabupaten Probolinggo", "probolinggo")]
# (short name, urusan code, sasaran, IKU name, polarity, IKU baseline in %, yearly step of its target).
DINAS: list[tuple[str, str, str, str, str, Decimal, Decimal]] = [
    (
        "sosial",
        "1.06",
        "Meningkatnya kesejahteraan PMKS",
        "Persentase PMKS yang tertangani",
        "higher_is_better",
        Decimal("22.50"),
        Decimal("2.50"),
    ),
    (
        "kesehatan",
        "1.02",
        "Meningkatnya derajat kesehatan masyarakat",
        "Angka kematian bayi per 1.000 kelahiran hidup",
        "lower_is_better",
        Decimal("9.80"),
        Decimal("-0.40"),
    ),
    (
        "pendidikan",
        "1.01",
        "Meningkatnya akses dan mutu pendidikan dasar",
        "Angka partisipasi murni SD/MI",
        "higher_is_better",
        Decimal("91.00"),
        Decimal("1.20"),
    ),
]
_CENT = Decimal("0.01")


def _money(sen: int) -> str:
    # Plain "1234567.89": the reader takes it exactly, whatever the locale of the figure.
    return str(Decimal(sen) / 100)


def _figure(value: Decimal) -> str:
    # Indonesian decimal comma, as a transcribed report has it ("26,75").
    return str(value.quantize(_CENT)).replace(".", ",")


def _quarters(total_sen: int, rng: random.Random) -> list[int]:
    # Four quarters that add up to the year exactly; spending grows through the year.
    weights = [rng.randrange(10, 20), rng.randrange(20, 30), rng.randrange(20, 30), rng.randrange(25, 40)]
    parts = [total_sen * w // sum(weights) for w in weights[:3]]
    return [*parts, total_sen - sum(parts)]


def _document(
    region: str,
    region_id: str,
    dinas: tuple[str, str, str, str, str, Decimal, Decimal],
    years: int,
    reported_quarters: int | None,
    seed: int,
) -> dict[str, Any]:
    short, urusan, sasaran_name, iku_name, polarity, base, step = dinas
    rng = random.Random(f"{seed}/{region_id}/{short}")
    last = FIRST_YEAR + years - 1
    nodes: list[dict[str, Any]] = [
        {"id": "visi", "level": "visi", "name": f"{region} yang sejahtera, maju dan berdaya saing"},
        {"id": "misi-1", "level": "misi", "name": "Meningkatkan kualitas sumber daya manusia", "parent": "visi"},
        {"id": "tujuan-1", "level": "tujuan", "name": f"Meningkatnya kualitas layanan {short}", "parent": "misi-1"},
        {"id": "sasaran-1", "level": "sasaran", "name": sasaran_name, "parent": "tujuan-1"},
    ]
    indicators: list[dict[str, Any]] = []
    budget: list[dict[str, Any]] = []
    # The IKU: each kabupaten starts near the baseline and moves by the step, with its own noise.
    start = base + Decimal(rng.randrange(-300, 300)) / 100
    iku: dict[str, Any] = {
        "id": f"iku-{short}",
        "node": "sasaran-1",
        "name": iku_name,
        "satuan": "%" if polarity == "higher_is_better" else "per 1.000",
        "polarity": polarity,
        **({"lower_formula": "2t_minus_r"} if polarity == "lower_is_better" else {}),
        "targets": {},
        "end_target": _figure(start + step * 6),
        "realisations": {},
    }
    for year in range(FIRST_YEAR, last + 1):
        target = start + step * (year - FIRST_YEAR + 1)
        iku["targets"][str(year)] = _figure(target)
        real = target + step * Decimal(rng.randrange(-80, 60)) / 100
        if year == last and reported_quarters is not None:
            # A rate such as this one is measured again each quarter: the year is the last reported.
            quarters = [_figure(real) if q < reported_quarters else None for q in range(4)]
            iku["realisations"][str(year)] = {"triwulan": quarters, "rollup": "last"}
        else:
            iku["realisations"][str(year)] = _figure(real)
    indicators.append(iku)
    for p in (1, 2):
        program = f"prog-{p}"
        program_code = f"{urusan}.{p + 1:02d}"
        nodes.append(
            {
                "id": program,
                "level": "program",
                "name": f"Program {short} {p}",
                "parent": "sasaran-1",
                "code": program_code,
                "kind": "utama",
            }
        )
        for k in (1, 2):
            kegiatan = f"keg-{p}-{k}"
            kegiatan_code = f"{program_code}.2.{k:02d}"
            nodes.append(
                {
                    "id": kegiatan,
                    "level": "kegiatan",
                    "name": f"Kegiatan {short} {p}.{k}",
                    "parent": program,
                    "code": kegiatan_code,
                }
            )
            # A kegiatan's output indicator: persons served, a count that adds up over the quarters.
            output: dict[str, Any] = {
                "id": f"ik-{kegiatan}",
                "node": kegiatan,
                "name": f"Jumlah penerima layanan kegiatan {p}.{k}",
                "satuan": "orang",
                "polarity": "higher_is_better",
                "decimals": 2,
                "targets": {},
                "realisations": {},
            }
            for year in range(FIRST_YEAR, last + 1):
                target_count = rng.randrange(200, 2000)
                output["targets"][str(year)] = str(target_count)
                done = target_count * rng.randrange(80, 115) // 100
                if year == last and reported_quarters is not None:
                    if (p, k) == (1, 2):
                        continue  # this kegiatan has not reported this year yet
                    parts = [done // 4] * 3 + [done - 3 * (done // 4)]
                    output["realisations"][str(year)] = {
                        "triwulan": [str(parts[q]) if q < reported_quarters else None for q in range(4)],
                        "rollup": "sum",
                    }
                else:
                    output["realisations"][str(year)] = str(done)
            indicators.append(output)
            for s in (1, 2):
                sub = f"sub-{p}-{k}-{s}"
                nodes.append(
                    {
                        "id": sub,
                        "level": "sub_kegiatan",
                        "name": f"Sub kegiatan {short} {p}.{k}.{s}",
                        "parent": kegiatan,
                        "code": f"{kegiatan_code}.{s:04d}",
                    }
                )
                for year in range(FIRST_YEAR, last + 1):
                    murni = rng.randrange(150, 1500) * 1_000_000 * 100  # in sen
                    anggaran = murni + rng.randrange(-50, 80) * 1_000_000 * 100
                    realisasi = anggaran * rng.randrange(780, 1000) // 1000 - rng.randrange(0, 100)
                    line: dict[str, Any] = {
                        "year": year,
                        "class": "modal" if p == 2 else "operasi",
                        "node": sub,
                        "anggaran_murni": _money(murni),
                        "anggaran": _money(anggaran),
                        "realisasi": _money(realisasi),
                    }
                    if year == last and reported_quarters is not None:
                        # The quarters not reported yet are nil: nothing spent in them so far.
                        reported = _quarters(realisasi, rng)[:reported_quarters]
                        reported += [0] * (4 - reported_quarters)
                        line["realisasi"] = _money(sum(reported))
                        line["triwulan"] = [_money(q) for q in reported]
                    budget.append(line)
    for year in range(FIRST_YEAR, last + 1):
        pegawai = rng.randrange(3000, 9000) * 1_000_000 * 100
        paid = pegawai * rng.randrange(900, 990) // 1000
        if year == last and reported_quarters is not None:
            paid = paid * reported_quarters // 4  # salaries are paid evenly through the year
        budget.append(
            {
                "year": year,
                "class": "operasi",
                "name": "Belanja Pegawai",
                "anggaran": _money(pegawai),
                "realisasi": _money(paid),
            }
        )
    return {
        "format": "kinerja/1",
        "body": {"name": f"Dinas {short.capitalize()} {region}", "region": region},
        "period": {"from": FIRST_YEAR, "to": FIRST_YEAR + 5},
        "codes": "permendagri-90",
        "units": [],
        "nodes": nodes,
        "indicators": indicators,
        "budget": budget,
    }


def documents(
    *, regions: int = 3, dinas: int = 3, years: int = 4, reported_quarters: int | None = None, seed: int = 2024
) -> list[dict[str, Any]]:
    """The kinerja/1 documents (as JSON objects) of ``dinas`` Dinas in each of ``regions`` kabupaten,
    ``years`` years from 2021; ``reported_quarters`` (1-3) makes the last year a running one."""
    if not 1 <= regions <= len(REGIONS) or not 1 <= dinas <= len(DINAS) or not 1 <= years <= 6:
        raise ValueError(f"regions 1-{len(REGIONS)}, dinas 1-{len(DINAS)} and years 1-6 are required")
    if reported_quarters is not None and not 1 <= reported_quarters <= 3:
        raise ValueError("reported_quarters must be 1, 2 or 3 (or None for a finished year)")
    return [
        _document(region, region_id, d, years, reported_quarters, seed)
        for region, region_id in REGIONS[:regions]
        for d in DINAS[:dinas]
    ]


def plans(**shape: Any) -> list[kinerja.Renstra]:
    """The documents of ``documents(**shape)`` read by kinerja, as plans (validated like any file)."""
    return [kinerja.parse_renstra(json.dumps(doc), f"<{doc['body']['name']}>") for doc in documents(**shape)]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: pemda.py OUT_FOLDER")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for doc in documents():
        name = doc["body"]["name"].lower().replace(" ", "-")
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
