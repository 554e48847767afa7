"""Hostile files at the door: what is not a readable text file is refused before any parsing."""

from hostile import Case

CASES = [
    Case(
        name="directory",
        row=20,
        files={"keep.txt": "x"},
        args=["check", "{dir}"],
        rc=2,
        stderr=r"kinerja: .*: is a directory, not a file\n",
    ),
]
