// kinerja.Ledger and kinerja.LedgerTotals: national-scale budget lines, their exact roll-up and its
// columns as raw little-endian buffers (amounts in the memory layout of Arrow decimal128(38, 2)).

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <limits>

#include "convert.hpp"
#include "enums.hpp"
#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

LedgerLevel to_level(const std::string& name) {
    if (auto level = parse_ledger_level(name)) return *level;
    throw value_error("ledger level '" + name +
                      "' must be sub_kegiatan, kegiatan, program, body, region, province or nation");
}

LedgerField to_field(const std::string& name) {
    if (auto field = parse_ledger_field(name)) return *field;
    throw value_error("ledger field '" + name + "' must be province, region, body or code");
}

// A level argument from Python: a kinerja.LedgerLevel, or its name (what notebooks written before
// the enum pass); anything else is a TypeError.
LedgerLevel level_arg(const py::handle& level) {
    if (py::isinstance<LedgerLevel>(level)) return level.cast<LedgerLevel>();
    if (py::isinstance<py::str>(level)) return to_level(level.cast<std::string>());
    throw py::type_error("a ledger level must be a kinerja.LedgerLevel or its name, not " +
                         std::string(py::str(py::type::of(level).attr("__name__"))));
}

// A field argument from Python: a kinerja.LedgerField, or its name.
LedgerField field_arg(const py::handle& field) {
    if (py::isinstance<LedgerField>(field)) return field.cast<LedgerField>();
    if (py::isinstance<py::str>(field)) return to_field(field.cast<std::string>());
    throw py::type_error("a ledger field must be a kinerja.LedgerField or its name, not " +
                         std::string(py::str(py::type::of(field).attr("__name__"))));
}

template <class T>
py::bytes as_bytes(const std::vector<T>& v) {
    return py::bytes(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

// Element \p index of the amount column \p name: an int of sen, or a Rupiah, as the int64 sen a
// ledger line holds; a float is refused with a TypeError, an amount past int64 with an
// OverflowError naming the column and the element.
std::int64_t to_sen(const py::handle& value, const char* name, std::size_t index) {
    const auto at = static_cast<std::ptrdiff_t>(index);
    if (py::isinstance<Rupiah>(value)) {
        const int128 sen = value.cast<Rupiah>().sen();
        if (sen < std::numeric_limits<std::int64_t>::min() || sen > std::numeric_limits<std::int64_t>::max())
            refuse_integer(from_int128(sen), name, at,
                           std::to_string(std::numeric_limits<std::int64_t>::min()),
                           std::to_string(std::numeric_limits<std::int64_t>::max()));
        return static_cast<std::int64_t>(sen);
    }
    if (py::isinstance<py::float_>(value))
        throw py::type_error(std::string(name) + "[" + std::to_string(index) +
                             "] must not be a float (binary floating point is inexact); "
                             "use an int count of sen or a kinerja.Rupiah");
    return to_integer<std::int64_t>(value, name, at);
}

// Element \p index of the text column \p name; TypeError naming it for anything but a str (pybind11's
// cast would say only "Unable to cast Python instance").
std::string to_code(const py::handle& value, const char* name, std::size_t index) {
    if (!py::isinstance<py::str>(value))
        throw py::type_error(std::string(name) + "[" + std::to_string(index) + "] must be a str, not " +
                             Py_TYPE(value.ptr())->tp_name);
    return value.cast<std::string>();
}

Ledger from_columns(const py::sequence& years, const py::sequence& regions, const py::sequence& bodies,
                    const py::sequence& subs, const py::sequence& anggaran, const py::sequence& realisasi,
                    const std::optional<py::sequence>& body_names,
                    const std::optional<py::sequence>& sub_names) {
    const std::size_t n = py::len(years);
    for (const py::sequence* s : {&regions, &bodies, &subs, &anggaran, &realisasi})
        if (py::len(*s) != n)
            throw value_error("every column must have " + std::to_string(n) + " entries, as years has");
    if ((body_names && py::len(*body_names) != n) || (sub_names && py::len(*sub_names) != n))
        throw value_error("every column must have " + std::to_string(n) + " entries, as years has");
    Ledger l;
    l.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int year = to_integer<int>(years[i], "years", static_cast<std::ptrdiff_t>(i));
        const std::uint32_t region = l.add_region(to_code(regions[i], "region_codes", i));
        const std::uint32_t body = l.add_body(region, to_code(bodies[i], "body_codes", i),
                                              body_names ? to_code((*body_names)[i], "body_names", i) : "");
        const std::uint32_t sub =
            l.add_sub_kegiatan(to_code(subs[i], "sub_kegiatan_codes", i),
                               sub_names ? to_code((*sub_names)[i], "sub_kegiatan_names", i) : "");
        l.append_sen(year, body, sub, to_sen(anggaran[i], "anggaran_sen", i),
                     to_sen(realisasi[i], "realisasi_sen", i));
    }
    return l;
}

// anggaran_column or realisasi_column as Python sees it: bytes, computed without the GIL.
auto amount_column(std::vector<int128> (LedgerTotals::*column)(LedgerLevel) const) {
    return [column](const LedgerTotals& t, const py::object& level) {
        const LedgerLevel l = level_arg(level);
        std::vector<int128> v;
        {
            py::gil_scoped_release release;
            v = (t.*column)(l);
        }
        return as_bytes(v);
    };
}

// LedgerLevel and LedgerField from their name tables, like every other enum.
void register_ledger_enums(py::module_& m) {
    bind_enum<LedgerLevel>(m, "LedgerLevel", "The levels a ledger rolls up to, from sub_kegiatan to nation.");
    bind_enum<LedgerField>(m, "LedgerField",
                           "The code columns of a roll-up group: province, region, body, code.");
}

void register_ledger_group(py::module_& m) {
    py::class_<LedgerGroup>(m, "LedgerGroup", "One group of a ledger roll-up: its key and its exact sums.")
        .def_readonly("year", &LedgerGroup::year)
        .def_readonly("province", &LedgerGroup::province)
        .def_readonly("region", &LedgerGroup::region)
        .def_readonly("body", &LedgerGroup::body)
        .def_readonly("code", &LedgerGroup::code)
        .def_readonly("anggaran", &LedgerGroup::anggaran)
        .def_readonly("realisasi", &LedgerGroup::realisasi)
        .def("__eq__", [](const LedgerGroup& a, const LedgerGroup& b) { return a == b; })
        .def("__repr__", [](const LedgerGroup& g) {
            std::string key = std::to_string(g.year);
            for (const std::string* part : {&g.province, &g.region, &g.body, &g.code})
                if (!part->empty()) key += " " + *part;
            return "LedgerGroup(" + key + ": anggaran " + g.anggaran.to_string() + ", realisasi " +
                   g.realisasi.to_string() + ")";
        });
}

// LedgerTotals: look-ups and columns.
py::class_<LedgerTotals> register_ledger_totals(py::module_& m) {
    py::class_<LedgerTotals> totals(
        m, "LedgerTotals",
        "Exact sums of a ledger per year at every level, from sub kegiatan to the nation. A level "
        "is a LedgerLevel or its name ('sub_kegiatan' ... 'nation'), a field a LedgerField or "
        "its name.");
    totals.def(py::init<>())
        .def(
            "size", [](const LedgerTotals& t, const py::object& level) { return t.size(level_arg(level)); },
            py::arg("level"), "Number of groups at the level.")
        .def(
            "group",
            [](const LedgerTotals& t, const py::object& level, const py::object& index) {
                return t.group(level_arg(level), to_integer<std::size_t>(index, "index"));
            },
            py::arg("level"), py::arg("index"))
        .def(
            "find",
            [](const LedgerTotals& t, const py::object& level, const py::object& year,
               const std::string& region, const std::string& body, const std::string& code) {
                return t.find(level_arg(level), to_integer<int>(year, "year"), region, body, code);
            },
            py::arg("level"), py::arg("year"), py::arg("region") = "", py::arg("body") = "",
            py::arg("code") = "",
            "The group with this key, or None; region is the province code at province level.")
        .def(
            "total",
            [](const LedgerTotals& t, const py::object& level, const py::object& year_arg,
               const std::string& region, const std::string& body, const std::string& code,
               const std::string& measure) {
                const int year = to_integer<int>(year_arg, "year");
                if (measure != "anggaran" && measure != "realisasi")
                    throw value_error("measure '" + measure + "' must be anggaran or realisasi");
                const LedgerLevel l = level_arg(level);
                const auto g = t.find(l, year, region, body, code);
                if (!g)
                    throw py::key_error("no " + std::string(to_string(l)) + " group for " +
                                        std::to_string(year) + " '" + region + "' '" + body + "' '" + code +
                                        "'");
                return measure == "anggaran" ? g->anggaran : g->realisasi;
            },
            py::arg("level"), py::arg("year"), py::arg("region") = "", py::arg("body") = "",
            py::arg("code") = "", py::arg("measure") = "anggaran",
            "The group's anggaran (or realisasi) as Rupiah; KeyError when absent.")
        .def("years", &LedgerTotals::years, "The years that have lines.")
        .def(
            "year_column",
            [](const LedgerTotals& t, const py::object& level) {
                const LedgerLevel l = level_arg(level);
                std::vector<std::int16_t> v;
                {
                    py::gil_scoped_release release;
                    v = t.year_column(l);
                }
                return as_bytes(v);
            },
            py::arg("level"), "Each group's year as little-endian int16.")
        .def(
            "code_column",
            [](const LedgerTotals& t, const py::object& level, const py::object& field) {
                const LedgerLevel l = level_arg(level);
                const LedgerField f = field_arg(field);
                LedgerCodes codes;
                {
                    py::gil_scoped_release release;
                    codes = t.code_column(l, f);
                }
                return py::make_tuple(codes.dictionary, as_bytes(codes.indices));
            },
            py::arg("level"), py::arg("field"),
            "(sorted distinct codes, little-endian uint32 index per group): a dictionary array.")
        .def("anggaran_column", amount_column(&LedgerTotals::anggaran_column), py::arg("level"),
             "Each group's anggaran in sen, 16-byte little-endian two's complement (decimal128(38, 2)).")
        .def("realisasi_column", amount_column(&LedgerTotals::realisasi_column), py::arg("level"),
             "Each group's realisasi in sen, like anggaran_column.");
    return totals;
}

// LedgerTotals: merge, canonical form, bytes and pickling.
void register_ledger_totals_bytes(py::class_<LedgerTotals>& totals) {
    totals
        .def_static(
            "merge",
            [](const std::vector<const LedgerTotals*>& parts) {
                for (const LedgerTotals* p : parts)
                    if (p == nullptr) throw py::type_error("merge takes LedgerTotals, not None");
                py::gil_scoped_release release;
                return merge(parts);
            },
            py::arg("parts"), "The exact totals of all the parts' lines, listed by year and codes.")
        .def("canonical", &LedgerTotals::canonical, py::call_guard<py::gil_scoped_release>(),
             "The same totals listed by year and codes.")
        .def(
            "to_bytes",
            [](const LedgerTotals& t) {
                std::string b;
                {
                    py::gil_scoped_release release;
                    b = t.to_bytes();
                }
                return py::bytes(b);
            },
            "Versioned binary with a checksum.")
        .def_static(
            "from_bytes",
            [](const py::bytes& data, const std::string& source) {
                std::string b = data;
                py::gil_scoped_release release;
                return LedgerTotals::from_bytes(b, source);
            },
            py::arg("data"), py::arg("source") = "<bytes>")
        .def("__eq__",
             [](const LedgerTotals& a, const LedgerTotals& b) {
                 py::gil_scoped_release release;
                 return a == b;
             })
        .def("__repr__",
             [](const LedgerTotals& t) {
                 return "LedgerTotals(" + std::to_string(t.size(LedgerLevel::sub_kegiatan)) +
                        " sub kegiatan groups, " + std::to_string(t.size(LedgerLevel::body)) +
                        " body groups, " + std::to_string(t.size(LedgerLevel::nation)) + " years)";
             })
        .def(py::pickle(
            [](const LedgerTotals& t) -> py::object {
                std::string b;
                {
                    py::gil_scoped_release release;
                    b = t.to_bytes();
                }
                return py::make_tuple(py::bytes(b));
            },
            [](const py::object& state) {
                const py::tuple t = state_tuple(state, "LedgerTotals", 1, "data: bytes of to_bytes()");
                if (!py::isinstance<py::bytes>(t[0]))
                    throw py::type_error(
                        "LedgerTotals state must be a 1-tuple (data: bytes of to_bytes()): "
                        "element 0 must be bytes, not " +
                        std::string(Py_TYPE(t[0].ptr())->tp_name));
                std::string b = t[0].cast<std::string>();
                py::gil_scoped_release release;
                return LedgerTotals::from_bytes(b, "<pickle>");
            }));
}

// Ledger: construction, reading and generating.
py::class_<Ledger> register_ledger_class(py::module_& m) {
    py::class_<Ledger> ledger(m, "Ledger", "Budget lines of many regions, bodies and years, in columns.");
    ledger.def(py::init<>())
        .def_static(
            "generate",
            [](const py::object& regions, const py::object& bodies, const py::object& programs,
               const py::object& kegiatan, const py::object& sub_kegiatan, const py::object& years,
               const py::object& seed) {
                GenerateOptions o;
                o.regions = to_integer<int>(regions, "regions");
                o.bodies = to_integer<int>(bodies, "bodies");
                o.programs = to_integer<int>(programs, "programs");
                o.kegiatan = to_integer<int>(kegiatan, "kegiatan");
                o.sub_kegiatan = to_integer<int>(sub_kegiatan, "sub_kegiatan");
                o.years = to_integers<int>(years, "years");
                o.seed = to_integer<std::uint64_t>(seed, "seed");
                py::gil_scoped_release release;
                return generate_ledger(o);
            },
            py::arg("regions") = 542, py::arg("bodies") = 40, py::arg("programs") = 25,
            py::arg("kegiatan") = 4, py::arg("sub_kegiatan") = 5, py::arg("years") = std::vector<int>{2024},
            py::arg("seed") = 2024,
            "A synthetic national ledger, identical for equal arguments on every platform.")
        .def_static(
            "read_csv",
            [](const std::filesystem::path& path, const std::optional<ReadLimits>& limits) {
                return load_ledger_csv(path, limits.value_or(ReadLimits{}));
            },
            py::arg("path"), py::kw_only(), py::arg("limits") = py::none(),
            py::call_guard<py::gil_scoped_release>(),
            "Reads a ledger CSV export (strict; errors name file, line and column).")
        .def_static(
            "parse_csv",
            // The text whole as std::string (a NUL reaches the reader); limits=None is ReadLimits().
            [](const std::string& text, const std::string& source, const std::optional<ReadLimits>& limits) {
                py::gil_scoped_release release;
                return read_ledger_csv(text, source, limits.value_or(ReadLimits{}));
            },
            py::arg("text"), py::arg("source") = "<string>", py::kw_only(), py::arg("limits") = py::none())
        .def_static("from_columns", &from_columns, py::arg("years"), py::arg("region_codes"),
                    py::arg("body_codes"), py::arg("sub_kegiatan_codes"), py::arg("anggaran_sen"),
                    py::arg("realisasi_sen"), py::arg("body_names") = py::none(),
                    py::arg("sub_kegiatan_names") = py::none(),
                    "A ledger from equal-length columns; amounts are int sen (or Rupiah), never float.")
        .def(
            "write_csv", [](const Ledger& l, const std::filesystem::path& path) { save_ledger_csv(l, path); },
            py::arg("path"), py::call_guard<py::gil_scoped_release>())
        .def(
            "to_csv",
            [](const Ledger& l) {
                std::string text;
                {
                    py::gil_scoped_release release;
                    text = write_ledger_csv(l);
                }
                return py::str(text);
            },
            "The ledger CSV text.");
    return ledger;
}

// Ledger: size, roll-up, columns and dictionaries.
void register_ledger_access(py::class_<Ledger>& ledger) {
    ledger.def("__len__", &Ledger::size)
        .def(
            "rollup",
            [](const Ledger& l, const py::object& threads) {
                // 0 is the library's default (default_rollup_threads), as None is here.
                const unsigned n = threads.is_none() ? 0u : to_integer<unsigned>(threads, "threads");
                if (!threads.is_none() && n == 0) throw value_error("threads must be at least 1, or None");
                py::gil_scoped_release release;
                return rollup(l, n);
            },
            py::kw_only(), py::arg("threads") = py::none(),
            "Every line summed to every level, exactly, on `threads` threads (None: two for a million "
            "lines or more on a machine with two cores); every number of threads gives the same totals.")
        .def(
            "column",
            [](const Ledger& l, const std::string& name) -> py::bytes {
                if (name == "years") return as_bytes(l.years());
                if (name == "bodies") return as_bytes(l.bodies());
                if (name == "sub_kegiatan") return as_bytes(l.sub_kegiatan());
                if (name == "anggaran") return as_bytes(l.anggaran());
                if (name == "realisasi") return as_bytes(l.realisasi());
                throw value_error("ledger column '" + name +
                                  "' must be years, bodies, sub_kegiatan, anggaran or realisasi");
            },
            py::arg("name"), "A line column as little-endian bytes: int16 years, uint32 ids, int64 sen.")
        .def_property_readonly("region_codes", &Ledger::region_codes)
        .def_property_readonly(
            "body_codes",
            [](const Ledger& l) {
                std::vector<std::pair<std::string, std::string>> v;
                for (std::uint32_t i = 0; i < l.body_count(); ++i)
                    v.emplace_back(l.region_code(l.body_region(i)), l.body_code(i));
                return v;
            },
            "(region code, body code) per body id.")
        .def_property_readonly("sub_kegiatan_codes", &Ledger::sub_kegiatan_codes)
        .def("__repr__", [](const Ledger& l) {
            return "Ledger(" + std::to_string(l.size()) + " lines, " + std::to_string(l.region_count()) +
                   " regions, " + std::to_string(l.body_count()) + " bodies)";
        });
}

}  // namespace

void register_ledger(py::module_& m) {
    register_ledger_enums(m);
    register_ledger_group(m);
    py::class_<LedgerTotals> totals = register_ledger_totals(m);
    register_ledger_totals_bytes(totals);
    py::class_<Ledger> ledger = register_ledger_class(m);
    register_ledger_access(ledger);
}

}  // namespace kinerja::python
