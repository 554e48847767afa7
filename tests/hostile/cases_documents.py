"""Hostile Word and Excel files given to `kinerja check` and `kinerja import` (issue 15, "Bad
files"): each a located error and exit status 2, never a crash, a hang or a huge allocation. The
files are the readers' fuzz seeds (tests/fuzz/docx-corpus, xlsx-corpus), made by hand there."""

from pathlib import Path

from hostile import Case

CORPUS = Path(__file__).resolve().parents[1] / "fuzz"


def seed(area: str, name: str) -> bytes:
    return (CORPUS / area / name).read_bytes()


CASES = [
    # A small archive whose document.xml inflates past 200 times its stored size: refused while
    # inflating, the limit and its option named.
    Case(
        name="zip-bomb",
        row=0,
        files={"bomb.docx": seed("docx-corpus", "bomb.docx")},
        args=["check", "bomb.docx"],
        rc=2,
        stderr=r"^kinerja: bomb\.docx:word/document\.xml: the entry inflates more than 200 times .*"
        r"\(raise it with --max-zip-ratio or ReadLimits::max_zip_ratio\)\n$",
    ),
    Case(
        name="encrypted-entry",
        row=0,
        files={"secret.docx": seed("docx-corpus", "encrypted.docx")},
        args=["check", "secret.docx"],
        rc=2,
        stderr=r"^kinerja: secret\.docx:word/document\.xml: the entry is encrypted",
    ),
    # A password-protected Office file is an OLE compound file, whatever its name says.
    Case(
        name="ole-compound-file",
        row=0,
        files={"lakip.docx": seed("docx-corpus", "ole.doc")},
        args=["import", "lakip.docx"],
        rc=2,
        stderr=r"^kinerja: lakip\.docx: is an OLE compound file, not a ZIP archive",
    ),
    # The end record claims 65535 entries: refused before libzip lists them.
    Case(
        name="too-many-entries",
        row=0,
        files={"many.docx": seed("docx-corpus", "eocd-65535.docx")},
        args=["check", "many.docx", "--tables"],
        rc=2,
        stderr=r"^kinerja: many\.docx: a ZIP archive of 65535 entries .*--max-zip-entries",
    ),
    Case(
        name="zip-without-document",
        row=0,
        files={"other.docx": seed("docx-corpus", "not-word.zip")},
        args=["check", "other.docx"],
        rc=2,
        stderr=r"^kinerja: other\.docx: a ZIP archive without word/document\.xml",
    ),
    Case(
        name="text-named-xlsx",
        row=0,
        files={"annex.xlsx": "Lampiran 2;Pagu;Realisasi\n"},
        args=["check", "annex.xlsx"],
        rc=2,
        stderr=r"^kinerja: annex\.xlsx: is not a ZIP archive",
    ),
]
