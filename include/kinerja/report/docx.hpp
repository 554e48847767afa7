#pragma once
/// \file kinerja/report/docx.hpp
/// The LAKIP report's tables as a Word document (.docx, WordprocessingML), to paste into the LAKIP:
/// one captioned Word table per table of report_tables, with the same cell text as the Markdown and
/// CSV reports. docs/report-docx.md says how each table is laid out.

#include <string>

#include "kinerja/plan/language.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// The report of \p year as the bytes of a .docx document, as write_report gives the text forms.
///
/// The report's heading, then one section per table: the caption "Tabel N <title>" (N counted from
/// 1 by a SEQ field, so Word renumbers it where the table is pasted) in the Caption style, a Word
/// table with borders whose heading row repeats on every page it runs over, and the table's notes
/// below it. Every cell holds the text the other writers print for it (1.234.567,89, 92,32, n/a):
/// figures right-aligned, top-level rows bold, the body's total with a heavier rule above, labels
/// indented by level. A table too wide for a portrait A4 page is on a landscape one.
///
/// Text is never interpreted: every name is XML-escaped; a line break (LF, CR, CRLF) becomes a Word
/// line break and a tab a Word tab; a character XML 1.0 cannot hold (a control character other
/// than tab, LF and CR, U+FFFE, U+FFFF) and each byte that is not part of valid UTF-8 become
/// U+FFFD, the replacement character. The same plan and year give the same bytes (no time stamp
/// but a fixed one).
///
/// The bytes are written to a file with write_text_file or an AtomicFile (kinerja/io/text_file.hpp),
/// which take them as they are, so a failed write never leaves half a document. kinerja::error
/// when the archive cannot be built.
[[nodiscard]] std::string write_report_docx(const Renstra& plan, int year, const Language& lang = Language());

}  // namespace kinerja
