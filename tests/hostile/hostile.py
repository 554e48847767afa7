"""The hostile-input harness: each case runs the `kinerja` command on files written into a fresh
folder and asserts its exit status, its located message, and that no file was changed or left
behind except those the case says it writes.

    python3 tests/hostile/run.py --cli build/release/cli/kinerja tests/hostile/cases_json.py

A case file (`cases_<area>.py`, one per area so that ctest runs each as `hostile.<area>`) defines
`CASES`, a list of `Case`. Standard library only: it runs in every build, sanitizers included.
"""

from __future__ import annotations

import dataclasses
import os
import re
import resource
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Callable, Union

# A file's content: bytes, text (written as UTF-8), or a function that writes the file itself
# (for large inputs, so a case file stays small).
Content = Union[bytes, str, Callable[[Path], None]]


@dataclasses.dataclass
class Case:
    """One hostile input and what the command must do with it."""

    name: str
    # The row of issue 12's table this case keeps (0 for cases of our own).
    row: int
    # The files to write into the case's folder, by name.
    files: dict[str, Content]
    # The command's arguments; "{NAME}" is replaced by the path of file NAME, "{dir}" by the folder.
    args: list[str]
    # The exit status expected.
    rc: int
    # Regular expressions that standard error / standard output must match (re.search), if given.
    stderr: str | None = None
    stdout: str | None = None
    # Names of files the command is expected to write; every other file must keep its bytes, and no
    # other file may appear (a temporary file left behind is a failure).
    writes: tuple[str, ...] = ()
    # "full": standard output is /dev/full (every write fails, as on a full disk); any other name:
    # a file of that name in the case's folder (list it in `writes`), so `fsize` applies to it.
    stdout_to: str | None = None
    # A limit on the size of any file the command writes (RLIMIT_FSIZE, with SIGXFSZ ignored so
    # a write fails with EFBIG instead of killing the process).
    fsize: int | None = None
    # Seconds before the case fails as a hang.
    timeout: float = 120.0
    # Extra checks on the folder after the run: a function returning an error text or None.
    check: Callable[[Path], str | None] | None = None
    # The language of the command's messages (--lang, given after the command unless the case gives
    # it). By default English when the case expects a text on standard error (the cases' errors are
    # written in English), else the command's own default (Indonesian reports).
    lang: str | None = None


# The commands that take --lang.
COMMANDS = {"check", "rules", "report", "compare", "import", "pemda", "pohon", "lke"}


def _write(path: Path, content: Content) -> None:
    if callable(content):
        content(path)
    elif isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def run_case(cli: str, case: Case) -> str | None:
    """Runs one case; returns why it failed, or None."""
    with tempfile.TemporaryDirectory(prefix=f"kinerja-hostile-{case.name}-") as tmp:
        folder = Path(tmp)
        for name, content in case.files.items():
            _write(folder / name, content)
        before = _snapshot(folder)
        names = {name: str(folder / name) for name in case.files}
        names["dir"] = str(folder)
        # Plain replacement, not str.format: a file name such as {x.json} would read as an attribute.
        args = [re.sub(r"\{([^{}]+)\}", lambda m: names.get(m.group(1), m.group(0)), a) for a in case.args]
        lang = case.lang or ("en" if case.stderr is not None else None)
        if lang and args and args[0] in COMMANDS and not any(a == "--lang" or a.startswith("--lang=") for a in args):
            args = [args[0], "--lang", lang, *args[1:]]

        def limits() -> None:
            if case.fsize is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (case.fsize, case.fsize))

        stdout_path = {None: os.devnull, "full": "/dev/full"}.get(case.stdout_to, folder / str(case.stdout_to))
        stdout_file = open(stdout_path, "wb")
        capture = case.stdout_to is None
        try:
            proc = subprocess.run(
                [cli, *args],
                cwd=folder,
                stdout=subprocess.PIPE if capture else stdout_file,
                stderr=subprocess.PIPE,
                timeout=case.timeout,
                preexec_fn=limits,
            )
        except subprocess.TimeoutExpired:
            return f"still running after {case.timeout} s"
        finally:
            stdout_file.close()
        out = proc.stdout.decode("utf-8", "replace") if capture and proc.stdout else ""
        err = proc.stderr.decode("utf-8", "replace")
        problems = []
        if proc.returncode != case.rc:
            problems.append(f"exit status {proc.returncode}, expected {case.rc}")
        if case.stderr is not None and not re.search(case.stderr, err):
            problems.append(f"stderr does not match {case.stderr!r}")
        if case.stdout is not None and not re.search(case.stdout, out):
            problems.append(f"stdout does not match {case.stdout!r}")
        after = _snapshot(folder)
        for name, content in before.items():
            if name not in case.writes and after.get(name) != content:
                problems.append(f"{name} was changed" if name in after else f"{name} was removed")
        for name in after:
            if name not in before and name not in case.writes:
                problems.append(f"{name} was left behind")
        if case.check is not None:
            extra = case.check(folder)
            if extra:
                problems.append(extra)
        if problems:
            shown_err = err if len(err) < 2000 else err[:2000] + "..."
            shown_out = out if len(out) < 500 else out[:500] + "..."
            return "; ".join(problems) + f"\n  args: {args}\n  stderr: {shown_err}\n  stdout: {shown_out}"
        return None


def deep(prefix: str, middle: str, suffix: str, depth: int) -> Callable[[Path], None]:
    """Writes prefix + middle * depth + suffix * depth (a deeply nested document)."""

    def write(path: Path) -> None:
        with open(path, "w", encoding="utf-8") as f:
            f.write(prefix)
            f.write(middle * depth)
            f.write(suffix * depth)

    return write


__all__ = ["Case", "Content", "deep", "run_case"]
