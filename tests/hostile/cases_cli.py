"""The command's output and arguments: standard output that cannot be written, -o that must never
cut a file or overwrite an input, --year outside the data, and the --max-* limit options.

The command runs in the case's folder, so file names are given relative to it ("self.json"); a
"{NAME}" placeholder cannot hold a dot.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from hostile import Case

SEED = (Path(__file__).resolve().parents[2] / "examples" / "data" / "lakip-2019.json").read_bytes()
CSV = (Path(__file__).resolve().parents[1] / "data" / "reviu" / "consistent.csv").read_bytes()

# A small plan by hand: Renstra 2020-2024, a target and a realisation of 2019 (before the period)
# and a budget line of 2026 (after it). A report can be asked for 2019, 2020..2024 and 2026.
SMALL = """{"format": "kinerja/1",
 "body": {"name": "Dinas Uji"},
 "period": {"from": 2020, "to": 2024},
 "units": [],
 "nodes": [{"id": "p1", "level": "program", "name": "Program satu", "kind": "penunjang"},
           {"id": "k1", "level": "kegiatan", "name": "Kegiatan satu", "parent": "p1"}],
 "indicators": [{"id": "i1", "node": "k1", "name": "Indikator", "satuan": "%",
                 "polarity": "higher_is_better", "targets": {"2019": "50"}, "realisations": {"2019": "40"}}],
 "budget": [{"year": 2026, "class": "operasi", "node": "k1",
             "anggaran": "1.000.000,00", "realisasi": "900.000,00"}]
}
"""
SMALL_YEARS = r"the Renstra period 2020-2024 and those with data: 2019, 2026\n"

# The seed's years, read by hand from its JSON: the budget lines, targets and data tables are of
# 2019, realisations also of 2017 and 2018.
SEED_YEARS = r"the Renstra period 2018-2023 and those with data: 2017, 2018, 2019\n"

NO_SPACE = r"^kinerja: cannot write standard output \(No space left on device\)\n$"
TOO_LARGE = r"^kinerja: cannot write standard output \(File too large\)\n$"


def symlink_to(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def hard_link_to(target: str) -> Callable[[Path], None]:
    return lambda path: os.link(path.parent / target, path)


def make_folder(path: Path) -> None:
    path.mkdir()


def size_is(name: str, size: int) -> Callable[[Path], str | None]:
    """The stdout file holds exactly `size` bytes: the limit was reached half-way through."""

    def check(folder: Path) -> str | None:
        got = (folder / name).stat().st_size
        return None if got == size else f"{name} has {got} bytes, expected {size} (the limit not reached?)"

    return check


def starts_with(name: str, text: str) -> Callable[[Path], str | None]:
    def check(folder: Path) -> str | None:
        head = (folder / name).read_bytes()[: len(text)]
        return None if head == text.encode() else f"{name} starts with {head!r}, not {text!r}"

    return check


def empty_folder(name: str) -> Callable[[Path], str | None]:
    def check(folder: Path) -> str | None:
        inside = list((folder / name).iterdir())
        return None if not inside else f"{name}/ holds {inside}"

    return check


def absent(name: str) -> Callable[[Path], str | None]:
    return lambda folder: f"{name} was created" if (folder / name).exists() else None


REPORT_HEAD = "# Laporan Kinerja 2019: Dinas Sosial Kabupaten Lumajang\n"

CASES = [
    # Row 4: standard output that cannot be written is exit 2, never 0, and beats check's exit 1.
    Case(
        name="report_md_stdout_full",
        row=4,
        files={"self.json": SEED},
        args=["report", "self.json", "--format", "md"],
        rc=2,
        stdout_to="full",
        stderr=NO_SPACE,
    ),
    Case(
        name="report_html_stdout_full",
        row=4,
        files={"self.json": SEED},
        args=["report", "self.json", "--format", "html"],
        rc=2,
        stdout_to="full",
        stderr=NO_SPACE,
    ),
    Case(
        name="check_json_stdout_full",
        row=4,
        files={"self.json": SEED},
        args=["check", "self.json", "--format", "json"],
        rc=2,
        stdout_to="full",
        stderr=NO_SPACE,
    ),
    Case(
        name="check_text_stdout_full",
        row=4,
        files={"self.json": SEED},
        args=["check", "self.json"],
        rc=2,
        stdout_to="full",
        stderr=NO_SPACE,
    ),
    Case(
        name="compare_csv_stdout_full",
        row=4,
        files={"self.json": SEED},
        args=["compare", "self.json", "--format", "csv"],
        rc=2,
        stdout_to="full",
        stderr=NO_SPACE,
    ),
    Case(name="rules_stdout_full", row=4, files={}, args=["rules"], rc=2, stdout_to="full", stderr=NO_SPACE),
    Case(name="help_stdout_full", row=4, files={}, args=["report", "--help"], rc=2, stdout_to="full", stderr=NO_SPACE),
    # `kinerja report > out.md` under `ulimit -f 4`: the first 4096 bytes are written, then it fails.
    Case(
        name="report_md_stdout_fsize",
        row=4,
        files={"self.json": SEED},
        args=["report", "self.json", "--format", "md"],
        rc=2,
        stdout_to="out.md",
        writes=("out.md",),
        fsize=4096,
        stderr=TOO_LARGE,
        check=size_is("out.md", 4096),
    ),
    # The seed's findings as JSON are larger than 4 KiB: truncated JSON must not pass for a verdict.
    Case(
        name="check_json_stdout_fsize",
        row=4,
        files={"self.json": SEED},
        args=["check", "self.json", "--format", "json"],
        rc=2,
        stdout_to="out.json",
        writes=("out.json",),
        fsize=4096,
        stderr=TOO_LARGE,
        check=size_is("out.json", 4096),
    ),
    # Row 5: an output that is an input is refused before anything is read or written, under any
    # spelling of the same file (the harness asserts every input keeps its bytes).
    Case(
        name="report_output_is_input",
        row=5,
        files={"self.json": SEED},
        args=["report", "self.json", "-o", "self.json"],
        rc=2,
        stderr=r"^kinerja: self.json: is also an input; write the output to another file",
    ),
    Case(
        name="report_output_is_input_dot_slash",
        row=5,
        files={"self.json": SEED},
        args=["report", "self.json", "-o", "./self.json"],
        rc=2,
        stderr=r"^kinerja: \./self.json: is the input self.json; write the output to another file",
    ),
    Case(
        name="report_output_is_input_absolute",
        row=5,
        files={"self.json": SEED},
        args=["report", "self.json", "--output", "{dir}/self.json"],
        rc=2,
        stderr=r"^kinerja: /.*/self.json: is the input self.json; ",
    ),
    Case(
        name="report_output_is_symlink_to_input",
        row=5,
        files={"self.json": SEED, "link.md": symlink_to("self.json")},
        args=["report", "self.json", "-o", "link.md"],
        rc=2,
        stderr=r"^kinerja: link.md: is the input self.json; ",
        check=lambda folder: None if (folder / "link.md").is_symlink() else "link.md is no longer a link",
    ),
    Case(
        name="report_input_is_symlink_to_output",
        row=5,
        files={"self.json": SEED, "link.json": symlink_to("self.json")},
        args=["report", "link.json", "-o", "self.json"],
        rc=2,
        stderr=r"^kinerja: self.json: is the input link.json; ",
    ),
    Case(
        name="report_output_is_hard_link_to_input",
        row=5,
        files={"self.json": SEED, "hard.md": hard_link_to("self.json")},
        args=["report", "self.json", "-o", "hard.md"],
        rc=2,
        stderr=r"^kinerja: hard.md: is the input self.json; ",
    ),
    Case(
        name="compare_output_is_second_input",
        row=5,
        files={"a.json": SEED, "b.json": SEED},
        args=["compare", "a.json", "b.json", "-o", "b.json"],
        rc=2,
        stderr=r"^kinerja: b.json: is also an input; ",
    ),
    Case(
        name="compare_output_is_input_via_link",
        row=5,
        files={"a.json": SEED, "b.json": SEED, "c.csv": hard_link_to("a.json")},
        args=["compare", "a.json", "b.json", "--format", "csv", "-o", "c.csv"],
        rc=2,
        stderr=r"^kinerja: c.csv: is the input a.json; ",
    ),
    # Refused before reading: the input does not even have to exist for the output to be judged.
    Case(
        name="output_checked_before_reading",
        row=5,
        files={"self.json": SEED},
        args=["compare", "self.json", "nothing-here.json", "-o", "self.json"],
        rc=2,
        stderr=r"^kinerja: self.json: is also an input; ",
    ),
    # Row 6: a failure half-way leaves the old file byte-identical and no temporary file behind.
    Case(
        name="report_output_fsize_keeps_old_file",
        row=6,
        files={"self.json": SEED, "old.md": "the old report\n"},
        args=["report", "self.json", "-o", "old.md"],
        rc=2,
        fsize=4096,
        stderr=r"^kinerja: old.md: cannot write the file \(File too large\)\n$",
    ),
    Case(
        name="compare_output_fsize_keeps_old_file",
        row=6,
        files={"self.json": SEED, "old.html": "<p>old</p>\n"},
        args=["compare", "self.json", "--format", "html", "-o", "old.html"],
        rc=2,
        fsize=1024,
        stderr=r"^kinerja: old.html: cannot write the file \(File too large\)\n$",
    ),
    # ... and when it can be written, the old file is replaced whole.
    Case(
        name="report_output_replaces_old_file",
        row=6,
        files={"self.json": SEED, "old.md": "the old report\n"},
        args=["report", "self.json", "-o", "old.md"],
        rc=0,
        writes=("old.md",),
        stderr=r"^$",
        check=starts_with("old.md", REPORT_HEAD),
    ),
    Case(
        name="report_output_dash_is_stdout",
        row=0,
        files={"self.json": SEED},
        args=["report", "self.json", "-o", "-"],
        rc=0,
        stdout="^" + REPORT_HEAD,
    ),
    # -o a folder, or into a folder that does not exist: located, and nothing is created.
    Case(
        name="output_is_a_directory",
        row=20,
        files={"self.json": SEED, "out": make_folder},
        args=["report", "self.json", "-o", "out"],
        rc=2,
        stderr=r"^kinerja: out: is a directory",
        check=empty_folder("out"),
    ),
    Case(
        name="output_in_missing_folder",
        row=6,
        files={"self.json": SEED},
        args=["report", "self.json", "-o", "missing/report.md"],
        rc=2,
        stderr=r"^kinerja: missing/report.md: cannot write the file \(No such file or directory\)\n$",
        check=absent("missing"),
    ),
    # Row 20, the command's other inputs: a directory as FILE.
    Case(
        name="report_directory",
        row=20,
        files={},
        args=["report", "{dir}"],
        rc=2,
        stderr=r"^kinerja: .*: is a directory, not a file\n$",
    ),
    Case(
        name="compare_directory",
        row=20,
        files={"self.json": SEED},
        args=["compare", "self.json", "{dir}"],
        rc=2,
        stderr=r"^kinerja: .*: is a directory, not a file\n$",
    ),
    # Row 11: a year outside the data is refused naming the years there are.
    Case(
        name="report_year_99999",
        row=11,
        files={"self.json": SEED},
        args=["report", "self.json", "--year", "99999"],
        rc=2,
        stderr=r"^kinerja: self.json: --year 99999 is outside the data; the dataset's years are " + SEED_YEARS,
    ),
    Case(
        name="report_year_minus_one",
        row=11,
        files={"self.json": SEED},
        args=["report", "self.json", "--year=-1"],
        rc=2,
        stderr=r"^kinerja: self.json: --year -1 is outside the data; the dataset's years are " + SEED_YEARS,
    ),
    Case(
        name="report_year_zero",
        row=11,
        files={"self.json": SEED},
        args=["report", "self.json", "--year", "0"],
        rc=2,
        stderr=r"^kinerja: self.json: --year 0 is outside the data; the dataset's years are " + SEED_YEARS,
    ),
    Case(
        name="report_year_zero_to_file",
        row=11,
        files={"self.json": SEED},
        args=["report", "self.json", "--year", "0", "-o", "out.md"],
        rc=2,
        stderr=r"--year 0 is outside the data",
    ),
    Case(
        name="report_year_between_period_and_data",
        row=11,
        files={"small.json": SMALL},
        args=["report", "small.json", "--year", "2025"],
        rc=2,
        stderr=r"^kinerja: small.json: --year 2025 is outside the data; the dataset's years are " + SMALL_YEARS,
    ),
    Case(
        name="report_year_before_period_with_data",
        row=11,
        files={"small.json": SMALL},
        args=["report", "small.json", "--year", "2019"],
        rc=0,
        stdout=r"^# Laporan Kinerja 2019: Dinas Uji\n",
    ),
    Case(
        name="report_year_after_period_with_data",
        row=11,
        files={"small.json": SMALL},
        args=["report", "small.json", "--year", "2026"],
        rc=0,
        stdout=r"^# Laporan Kinerja 2026: Dinas Uji\n",
    ),
    Case(
        name="report_year_in_period_without_data",
        row=11,
        files={"small.json": SMALL},
        args=["report", "small.json", "--year", "2022"],
        rc=0,
        stdout=r"^# Laporan Kinerja 2022: Dinas Uji\n",
    ),
    Case(
        name="report_year_before_everything",
        row=11,
        files={"small.json": SMALL},
        args=["report", "small.json", "--year", "2018"],
        rc=2,
        stderr=r"--year 2018 is outside the data; ",
    ),
    Case(
        name="check_csv_year_99999",
        row=11,
        files={"table.csv": CSV},
        args=["check", "table.csv", "--year", "99999"],
        rc=2,
        stderr=r"^kinerja: --year 99999: a year must be between 1900 and 2200\n$",
    ),
    Case(
        name="check_csv_year_zero",
        row=11,
        files={"table.csv": CSV},
        args=["check", "table.csv", "--year", "0"],
        rc=2,
        stderr=r"^kinerja: --year 0: a year must be between 1900 and 2200\n$",
    ),
    Case(
        name="check_csv_year_1899",
        row=11,
        files={"table.csv": CSV},
        args=["check", "table.csv", "--year", "1899"],
        rc=2,
        stderr=r"--year 1899: a year must be between 1900 and 2200",
    ),
    Case(
        name="check_csv_year_2200",
        row=11,
        files={"table.csv": CSV},
        args=["check", "--lang", "en", "table.csv", "--year", "2200"],
        rc=0,
        stdout=r"0 errors",
    ),
    Case(
        name="check_dataset_year",
        row=11,
        files={"self.json": SEED},
        args=["check", "self.json", "--year", "2019"],
        rc=2,
        stderr=r"^kinerja: --year is for a CSV table, a Word document or an Excel workbook; the printed tables of a "
        r"dataset \(self.json\)",
    ),
    # Row 2, the command's side: the input limit is an option, and its error names it.
    Case(
        name="report_max_bytes",
        row=2,
        files={"self.json": SEED},
        args=["report", "self.json", "--max-bytes", "4kB"],
        rc=2,
        stderr=r"^kinerja: self.json: is \d+ bytes, larger than the input limit; the limit is 4000 "
        r"\(raise it with --max-bytes",
    ),
    Case(
        name="check_max_bytes_binary_unit",
        row=2,
        files={"self.json": SEED},
        args=["check", "self.json", "--max-bytes", "4KiB"],
        rc=2,
        stderr=r"the limit is 4096 \(raise it with --max-bytes",
    ),
    Case(
        name="compare_max_bytes",
        row=2,
        files={"self.json": SEED},
        args=["compare", "self.json", "--max-bytes=100"],
        rc=2,
        stderr=r"the limit is 100 \(raise it with --max-bytes",
    ),
    Case(
        name="check_max_bytes_raised",
        row=2,
        files={"self.json": SEED},
        args=["check", "--lang", "en", "self.json", "--max-bytes", "1MB"],
        rc=1,
        stdout=r"errors, \d+ warnings",
    ),
    Case(
        name="max_depth_zero",
        row=0,
        files={"self.json": SEED},
        args=["report", "self.json", "--max-depth", "0"],
        rc=2,
        stderr=r"--max-depth: must be at least 1",
    ),
    Case(
        name="max_bytes_too_large",
        row=0,
        files={"self.json": SEED},
        args=["report", "self.json", "--max-bytes", "18446744073709551616"],
        rc=2,
        stderr=r"--max-bytes: 18446744073709551616 is too large \(at most 18446744073709551615\)",
    ),
]
