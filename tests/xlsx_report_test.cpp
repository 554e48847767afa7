// The report workbook, opened with libzip and read as the XML a spreadsheet reads: which cells are
// numbers, which are text (shared strings), their styles. Expected figures are the seed's as printed
// (tests/data/golden/report-2019.csv, checked against an independent oracle) or worked out by hand.

#include <gtest/gtest.h>
#include <zip.h>

#include <charconv>
#include <kinerja/io.hpp>
#include <kinerja/report.hpp>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "report/writers.hpp"
#include "small_plan.hpp"
#include "zip_fixture.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::small_plan;

using kinerja::testing::unzip;

// One cell of a sheet's XML: its style index, whether it is a shared string (t="s"), its <v>, and
// whether it holds a formula.
struct XmlCell {
    int style = 0;
    bool shared_string = false;
    bool formula = false;
    std::string value;
};

// A workbook read back: the shared strings, the sheets by name, the styles.
class Book {
public:
    explicit Book(const std::string& bytes) : parts_(unzip(bytes)) {
        const std::string& sst = parts_.at("xl/sharedStrings.xml").bytes;
        const std::regex si("<si><t(?: xml:space=\"preserve\")?>([^<]*)</t></si>");
        for (auto it = std::sregex_iterator(sst.begin(), sst.end(), si); it != std::sregex_iterator(); ++it)
            strings_.push_back((*it)[1]);
        const std::string& wb = parts_.at("xl/workbook.xml").bytes;
        const std::regex sheet("<sheet name=\"([^\"]*)\" sheetId=\"([0-9]+)\"");
        for (auto it = std::sregex_iterator(wb.begin(), wb.end(), sheet); it != std::sregex_iterator(); ++it)
            sheets_.push_back((*it)[1]);
    }

    [[nodiscard]] const std::vector<std::string>& sheets() const { return sheets_; }
    [[nodiscard]] const std::vector<std::string>& strings() const { return strings_; }

    [[nodiscard]] const std::string& sheet_xml(const std::string& name) const {
        for (std::size_t i = 0; i < sheets_.size(); ++i)
            if (sheets_[i] == name)
                return parts_.at("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml").bytes;
        throw std::runtime_error("no sheet " + name);
    }

    // Every cell of a sheet by its reference ("C27").
    [[nodiscard]] std::map<std::string, XmlCell> cells(const std::string& sheet) const {
        const std::string& xml = sheet_xml(sheet);
        std::map<std::string, XmlCell> out;
        const std::regex c("<c r=\"([A-Z]+[0-9]+)\"((?: [a-z]+=\"[^\"]*\")*)>(.*?)</c>");
        const std::regex s(" s=\"([0-9]+)\"");
        const std::regex v("<v>([^<]*)</v>");
        for (auto it = std::sregex_iterator(xml.begin(), xml.end(), c); it != std::sregex_iterator(); ++it) {
            XmlCell cell;
            const std::string attrs = (*it)[2];
            const std::string inner = (*it)[3];
            std::smatch m;
            if (std::regex_search(attrs, m, s)) cell.style = std::stoi(m[1]);
            cell.shared_string = attrs.find(" t=\"s\"") != std::string::npos;
            cell.formula = inner.find("<f>") != std::string::npos || inner.find("<f ") != std::string::npos;
            if (std::regex_search(inner, m, v)) cell.value = m[1];
            out[(*it)[1]] = cell;
        }
        return out;
    }

    // The text of a shared-string cell.
    [[nodiscard]] std::string text(const XmlCell& c) const {
        if (!c.shared_string) throw std::runtime_error("not text: " + c.value);
        return strings_.at(std::stoul(c.value));
    }

    // The row number of the first cell in column A of \p sheet holding \p label.
    [[nodiscard]] std::string row_of(const std::string& sheet, const std::string& label) const {
        for (const auto& [ref, cell] : cells(sheet))
            if (ref[0] == 'A' && std::isdigit(static_cast<unsigned char>(ref[1])) && cell.shared_string &&
                text(cell) == label)
                return ref.substr(1);
        throw std::runtime_error("no row " + label + " in " + sheet);
    }

    // The number format and whether the font is bold, of the cell format \p style.
    [[nodiscard]] std::pair<std::string, bool> style(int index) const {
        const std::string& xml = parts_.at("xl/styles.xml").bytes;
        const std::string xfs = between(xml, "<cellXfs", "</cellXfs>");
        const std::regex xf("<xf numFmtId=\"([0-9]+)\" fontId=\"([0-9]+)\"");
        std::vector<std::pair<int, int>> list;
        for (auto it = std::sregex_iterator(xfs.begin(), xfs.end(), xf); it != std::sregex_iterator(); ++it)
            list.emplace_back(std::stoi((*it)[1]), std::stoi((*it)[2]));
        const auto [format_id, font_id] = list.at(static_cast<std::size_t>(index));
        std::string format = std::to_string(format_id);
        const std::regex custom("<numFmt numFmtId=\"" + format + "\" formatCode=\"([^\"]*)\"");
        std::smatch m;
        if (std::regex_search(xml, m, custom)) format = m[1];
        const std::string fonts = between(xml, "<fonts", "</fonts>");
        const std::regex font("<font>(.*?)</font>");
        int i = 0;
        bool bold = false;
        for (auto it = std::sregex_iterator(fonts.begin(), fonts.end(), font); it != std::sregex_iterator();
             ++it)
            if (i++ == font_id) bold = (*it)[1].str().find("<b/>") != std::string::npos;
        return {format, bold};
    }

private:
    static std::string between(const std::string& s, const std::string& from, const std::string& to) {
        const std::size_t a = s.find(from);
        const std::size_t b = s.find(to, a);
        if (a == std::string::npos || b == std::string::npos) throw std::runtime_error("no " + from);
        return s.substr(a, b - a);
    }

    std::map<std::string, kinerja::testing::Unzipped> parts_;
    std::vector<std::string> strings_;
    std::vector<std::string> sheets_;
};

double parse_double(const std::string& s) {
    double d = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), d);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size()) throw std::runtime_error("not a number: " + s);
    return d;
}

const Book& seed_book() {
    static const Book book(write_report_xlsx(load_renstra(KINERJA_EXAMPLES_DIR "/lakip-2019.json"), 2019));
    return book;
}

TEST(XlsxReport, OneSheetPerTableNamedByItsId) {
    EXPECT_EQ(seed_book().sheets(),
              (std::vector<std::string>{"pk", "pk-anggaran", "pps", "capaian", "anggaran", "efisiensi"}));
}

// Sheet names by Excel's rules, worked out by hand: 31 characters at most (counting characters, not
// bytes), none of []:*?/\, no apostrophe at either end, unique ignoring case, not "History".
TEST(XlsxReport, SheetNames) {
    const std::string long_id(40, 'a');
    const std::string accented = "\xC3\xA9" + std::string(35, 'b');  // "é" and 35 b
    EXPECT_EQ(detail::sheet_names({"pk", "a[1]:b*c?d/e\\f", "'quoted'", "PK", "pk", long_id, long_id, "",
                                   "history", accented}),
              (std::vector<std::string>{"pk", "a_1__b_c_d_e_f", "quoted", "PK (2)", "pk (3)",
                                        std::string(31, 'a'), std::string(27, 'a') + " (2)", "tabel",
                                        "history (2)", "\xC3\xA9" + std::string(30, 'b')}));
}

// The seed's Tabel 3.2 total: realisasi 6.882.166.420,36 (golden CSV), a number with two decimals
// and thousands, on a bold row; the label and the title are text.
TEST(XlsxReport, MoneyIsANumberWithAThousandsFormat) {
    const Book& book = seed_book();
    const std::string row = book.row_of("anggaran", "JUMLAH");
    const auto cells = book.cells("anggaran");
    const XmlCell& realisasi = cells.at("C" + row);
    EXPECT_FALSE(realisasi.shared_string);
    EXPECT_FALSE(realisasi.formula);
    EXPECT_EQ(parse_double(realisasi.value), 6882166420.36);
    EXPECT_EQ(book.style(realisasi.style), std::make_pair(std::string("#,##0.00"), true));
    // Anggaran 7.427.331.499,00: a whole number of Rupiah, still shown with two decimals.
    EXPECT_EQ(parse_double(cells.at("B" + row).value), 7427331499.0);
    EXPECT_EQ(book.style(cells.at("B" + row).style).first, "#,##0.00");
    // The total's label is bold; a kegiatan's row is not.
    EXPECT_TRUE(book.style(cells.at("A" + row).style).second);
    const std::string keg = book.row_of("anggaran", "Penyusunan Laporan Keuangan Akhir Tahun");
    EXPECT_FALSE(book.style(cells.at("A" + keg).style).second);
    EXPECT_FALSE(book.style(cells.at("B" + keg).style).second);
    EXPECT_EQ(parse_double(cells.at("D" + keg).value), 10000.0);  // sisa 10.000,00
    EXPECT_EQ(book.text(cells.at("A1")), "Anggaran dan Realisasi Belanja 2019");
    EXPECT_EQ(book.text(cells.at("C2")), "Realisasi (Rp)");
}

// Percentages are points, not fractions: 92,32 is 92.32 (shown 92,32 by an Indonesian reader).
TEST(XlsxReport, PercentagesArePointsWithTwoDecimals) {
    const Book& book = seed_book();
    const auto cells = book.cells("capaian");
    const XmlCell& weighted = cells.at("D" + book.row_of("capaian", "SELURUH KEGIATAN"));
    EXPECT_FALSE(weighted.shared_string);
    EXPECT_EQ(parse_double(weighted.value), 92.32);
    EXPECT_EQ(book.style(weighted.style).first, "#,##0.00");
    // A target printed without decimals (80) keeps none.
    const auto pk = book.cells("pk");
    const XmlCell& target = pk.at("C" + book.row_of("pk", "% Peningkatan Jumlah dan Peran PSKS"));
    EXPECT_EQ(parse_double(target.value), 80.0);
    EXPECT_EQ(book.style(target.style).first, "#,##0");
}

TEST(XlsxReport, HeadingsFrozenAndNotesBelow) {
    const Book& book = seed_book();
    EXPECT_NE(book.sheet_xml("anggaran").find("<pane ySplit=\"2\" topLeftCell=\"A3\""), std::string::npos);
    const std::string row = book.row_of("anggaran", "JUMLAH");
    const auto cells = book.cells("anggaran");
    const std::string note = "A" + std::to_string(std::stoi(row) + 2);  // one blank row between
    EXPECT_EQ(book.text(cells.at(note)).rfind("Sisa = anggaran - realisasi", 0), 0u);
}

// Dataset text that a spreadsheet would read as a formula is a shared string, never a formula; an
// undefined capaian (k3's target of 0) is the text "n/a".
TEST(XlsxReport, FormulaLikeTextIsText) {
    Renstra plan = small_plan();
    for (Node& n : plan.nodes) {
        if (n.id == "k1") n.name = "=1+2";
        if (n.id == "k2") n.name = "@SUM(A1:A9)";
        if (n.id == "p2") n.name = "-3+4";
    }
    plan.indicators.push_back(kinerja::testing::simple_indicator("is", "s", "100", "90"));
    plan.indicators.back().satuan = "+5";
    const Book book(write_report_xlsx(plan, 2024));
    for (const std::string& sheet : book.sheets())
        EXPECT_EQ(book.sheet_xml(sheet).find("<f"), std::string::npos) << sheet;
    const auto cells = book.cells("anggaran");
    for (const char* name : {"=1+2", "@SUM(A1:A9)", "-3+4"}) {
        const XmlCell& c = cells.at("A" + book.row_of("anggaran", name));
        EXPECT_TRUE(c.shared_string) << name;
    }
    const auto pps = book.cells("pps");
    const std::string is = book.row_of("pps", "indicator is");
    EXPECT_EQ(book.text(pps.at("B" + is)), "+5");
    EXPECT_FALSE(pps.at("C" + is).shared_string);  // the target 100 is a figure
    EXPECT_EQ(parse_double(pps.at("C" + is).value), 100.0);
    // k3: 5 against a target of 0, capaian undefined.
    const auto efisiensi = book.cells("efisiensi");
    EXPECT_EQ(book.text(efisiensi.at("B" + book.row_of("efisiensi", "node k3"))), "n/a");
}

// 123.456.789.012.345,67 has 17 significant digits: its double is 123456789012345.671875 (doubles
// near 1.2e14 are 1/64 apart), which the sheet stores as 16 digits, 123456789012345.7, and a reader
// shows as that: not the figure. It is written as its text, with a note. 9.123.456.789.012,34 (15
// digits, the highest leading digit) is a number.
TEST(XlsxReport, FigureNoDoubleHoldsIsTextWithANote) {
    Renstra plan = small_plan();
    plan.budget[0].anggaran = Rupiah::from_sen(12345678901234567);
    plan.budget[1].anggaran = Rupiah::from_sen(912345678901234);
    plan.budget[1].realisasi = Rupiah::from_sen(0);
    const Book book(write_report_xlsx(plan, 2024));
    const auto cells = book.cells("anggaran");
    const std::string k1 = book.row_of("anggaran", "node k1");
    EXPECT_EQ(book.text(cells.at("B" + k1)), "123.456.789.012.345,67");
    const std::string k2 = book.row_of("anggaran", "node k2");
    EXPECT_FALSE(cells.at("B" + k2).shared_string);
    EXPECT_EQ(parse_double(cells.at("B" + k2).value), 9123456789012.34);
    bool noted = false;
    for (const std::string& s : book.strings())
        if (s.rfind("Ditulis sebagai teks: ", 0) == 0 && s.find("B" + k1) != std::string::npos) noted = true;
    EXPECT_TRUE(noted);
}

TEST(XlsxReport, TextLongerThanACellHoldsIsAnError) {
    Renstra plan = small_plan();
    plan.nodes[5].name = std::string(32768, 'x');
    try {
        (void)write_report_xlsx(plan, 2024);
        FAIL() << "no error";
    } catch (const data_error& e) {
        EXPECT_NE(std::string(e.what()).find("32768 characters; a cell holds 32767"), std::string::npos)
            << e.what();
        EXPECT_NE(std::string(e.what()).find("sheet 'pk-anggaran' cell A"), std::string::npos) << e.what();
    }
    plan.nodes[5].name = std::string(32767, 'x');
    EXPECT_NO_THROW((void)write_report_xlsx(plan, 2024));
}

}  // namespace
