// Ledger lines from Arrow buffers, and a roll-up's columns handed out without a copy. The Python
// layer (python/kinerja/ledger.py: Ledger.from_arrow, Ledger.from_arrays, LedgerTotals.to_arrow)
// takes the arrays apart; here each buffer is borrowed through the buffer protocol, its size checked
// against what the array claims, and read in place with the GIL released.

#include <pybind11/stl.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <memory>
#include <vector>

#include "convert.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

// The buffers a load borrows: held (with their Py_buffer views) until the load is over.
class Borrowed final {
public:
    // The bytes of \p buffer from element \p offset on, for \p count elements of \p width bytes;
    // ValueError naming \p what when the buffer is shorter than that (an array that lies).
    const unsigned char* take(const py::object& buffer, std::size_t offset, std::size_t count,
                              std::size_t width, const std::string& what, std::size_t* size = nullptr) {
        if (buffer.is_none()) {
            if (count != 0) throw value_error(what + ": no buffer for " + std::to_string(count) + " values");
            if (size) *size = 0;
            return nullptr;
        }
        infos_.push_back(
            std::make_unique<py::buffer_info>(py::reinterpret_borrow<py::buffer>(buffer).request()));
        const py::buffer_info& info = *infos_.back();
        const auto bytes = static_cast<std::size_t>(info.size * info.itemsize);
        if (offset > bytes / width || count > bytes / width - offset)
            throw value_error(what + ": the buffer of " + std::to_string(bytes) + " bytes is too short for " +
                              std::to_string(offset + count) + " values of " + std::to_string(width) +
                              " bytes");
        if (size) *size = bytes;
        const auto* at = static_cast<const unsigned char*>(info.ptr) + offset * width;
        if (reinterpret_cast<std::uintptr_t>(at) % std::min<std::size_t>(width, 8) == 0) return at;
        // Arrow and numpy align their buffers; a bytes object or a slice of one need not be, and
        // the columns are read as typed values: such a buffer is copied once into aligned memory.
        copies_.emplace_back((count * width + 7) / 8);
        std::memcpy(copies_.back().data(), at, count * width);
        return reinterpret_cast<const unsigned char*>(copies_.back().data());
    }

private:
    std::vector<std::unique_ptr<py::buffer_info>> infos_;
    std::vector<std::vector<std::uint64_t>> copies_;
};

IntegerType integer_type(const std::string& name, std::size_t* width) {
    static const std::pair<const char*, IntegerType> types[] = {
        {"int8", IntegerType::int8},     {"int16", IntegerType::int16},  {"int32", IntegerType::int32},
        {"int64", IntegerType::int64},   {"uint8", IntegerType::uint8},  {"uint16", IntegerType::uint16},
        {"uint32", IntegerType::uint32}, {"uint64", IntegerType::uint64}};
    for (const auto& [n, t] : types)
        if (name == n) {
            *width = static_cast<std::size_t>(std::stoi(name.substr(name[0] == 'u' ? 4 : 3))) / 8;
            return t;
        }
    throw value_error("integer type '" + name + "' must be int8 ... uint64");
}

// (buffer, type name, offset, length)
IntegerColumn integer_column(const py::tuple& spec, Borrowed& held, const std::string& what) {
    std::size_t width = 0;
    IntegerColumn c;
    c.type = integer_type(spec[1].cast<std::string>(), &width);
    c.size = to_integer<std::size_t>(spec[3], "length");
    c.data = held.take(spec[0], to_integer<std::size_t>(spec[2], "offset"), c.size, width, what);
    return c;
}

// (offsets buffer, large, data buffer, offset, length, indices spec or None)
CodeColumn code_column(const py::tuple& spec, Borrowed& held, const std::string& what) {
    CodeColumn c;
    c.text.large = spec[1].cast<bool>();
    c.text.size = to_integer<std::size_t>(spec[4], "length");
    c.text.offsets = held.take(spec[0], to_integer<std::size_t>(spec[3], "offset"), c.text.size + 1,
                               c.text.large ? 8 : 4, what + " offsets");
    std::size_t bytes = 0;
    c.text.bytes = reinterpret_cast<const char*>(held.take(spec[2], 0, 0, 1, what + " data", &bytes));
    c.text.bytes_size = bytes;
    if (!spec[5].is_none()) c.indices = integer_column(spec[5].cast<py::tuple>(), held, what + " indices");
    return c;
}

// (buffer, "int64" or "decimal128", scale, offset, length)
AmountColumn amount_column(const py::tuple& spec, Borrowed& held, const std::string& what) {
    AmountColumn c;
    const auto kind = spec[1].cast<std::string>();
    if (kind != "int64" && kind != "decimal128")
        throw value_error(what + ": amount type '" + kind + "' must be int64 or decimal128");
    c.type = kind == "int64" ? AmountType::int64_sen : AmountType::decimal128;
    c.scale = to_integer<int>(spec[2], "scale");
    c.size = to_integer<std::size_t>(spec[4], "length");
    c.data = held.take(spec[0], to_integer<std::size_t>(spec[3], "offset"), c.size,
                       c.type == AmountType::int64_sen ? 8 : 16, what);
    return c;
}

// batches: list of dicts from column field to spec; names: field -> the user's column name.
Ledger from_buffers(const std::vector<py::dict>& batches, const std::map<std::string, std::string>& names,
                    const std::string& source) {
    LedgerColumnNames n;
    for (auto [field, target] : {std::pair{"year", &n.year},
                                 {"region", &n.region},
                                 {"body", &n.body},
                                 {"sub_kegiatan", &n.sub_kegiatan},
                                 {"anggaran", &n.anggaran},
                                 {"realisasi", &n.realisasi},
                                 {"body_name", &n.body_name},
                                 {"sub_kegiatan_name", &n.sub_kegiatan_name}})
        if (auto it = names.find(field); it != names.end()) *target = it->second;
    Borrowed held;
    std::vector<LedgerColumns> columns;
    for (const py::dict& b : batches) {
        LedgerColumns c;
        c.names = n;
        c.years = integer_column(b["year"].cast<py::tuple>(), held, n.year);
        c.regions = code_column(b["region"].cast<py::tuple>(), held, n.region);
        c.bodies = code_column(b["body"].cast<py::tuple>(), held, n.body);
        c.sub_kegiatan = code_column(b["sub_kegiatan"].cast<py::tuple>(), held, n.sub_kegiatan);
        c.anggaran = amount_column(b["anggaran"].cast<py::tuple>(), held, n.anggaran);
        c.realisasi = amount_column(b["realisasi"].cast<py::tuple>(), held, n.realisasi);
        if (b.contains("body_name"))
            c.body_names = code_column(b["body_name"].cast<py::tuple>(), held, n.body_name);
        if (b.contains("sub_kegiatan_name"))
            c.sub_kegiatan_names =
                code_column(b["sub_kegiatan_name"].cast<py::tuple>(), held, n.sub_kegiatan_name);
        columns.push_back(std::move(c));
    }
    py::gil_scoped_release release;
    return ledger_from_columns(columns, source);
}

// A column C++ computed, handed to Python without a copy: numpy.frombuffer and pyarrow.py_buffer
// read its bytes in place, and the object keeps the vector alive as long as anything refers to it.
struct OwnedBytes final {
    std::shared_ptr<const void> keep;
    const void* data = nullptr;
    std::size_t size = 0;
};

template <class T>
OwnedBytes owned(std::vector<T>&& v) {
    auto kept = std::make_shared<std::vector<T>>(std::move(v));
    return {kept, kept->data(), kept->size() * sizeof(T)};
}

// A roll-up's columns at \p level: year (int16), anggaran and realisasi (decimal128(38, 2) bytes)
// and, for each of \p fields, (sorted distinct codes, uint32 index per group).
py::dict totals_columns(const LedgerTotals& t, const py::object& level_arg,
                        const std::vector<std::string>& fields) {
    const LedgerLevel level = py::cast<LedgerLevel>(level_arg);
    std::vector<LedgerField> wanted;
    for (const std::string& f : fields) {
        auto field = parse_ledger_field(f);
        if (!field) throw value_error("ledger field '" + f + "' must be province, region, body or code");
        wanted.push_back(*field);
    }
    OwnedBytes year, anggaran, realisasi;
    std::vector<LedgerCodes> codes;
    {
        py::gil_scoped_release release;
        year = owned(t.year_column(level));
        anggaran = owned(t.anggaran_column(level));
        realisasi = owned(t.realisasi_column(level));
        for (LedgerField f : wanted) codes.push_back(t.code_column(level, f));
    }
    py::dict out;
    out["year"] = py::cast(std::move(year));
    out["anggaran"] = py::cast(std::move(anggaran));
    out["realisasi"] = py::cast(std::move(realisasi));
    for (std::size_t i = 0; i < wanted.size(); ++i)
        out[py::str(fields[i])] =
            py::make_tuple(codes[i].dictionary, py::cast(owned(std::move(codes[i].indices))));
    return out;
}

}  // namespace

void register_ledger_columns(py::module_& m) {
    py::class_<OwnedBytes>(m, "_OwnedBytes", py::buffer_protocol(), "Bytes kinerja computed, read in place.")
        .def_buffer([](OwnedBytes& o) {
            return py::buffer_info(const_cast<void*>(o.data), 1,
                                   py::format_descriptor<unsigned char>::format(), 1,
                                   {static_cast<py::ssize_t>(o.size)}, {py::ssize_t{1}}, true);
        })
        .def("__len__", [](const OwnedBytes& o) { return o.size; });
    m.def("_totals_columns", &totals_columns, py::arg("totals"), py::arg("level"), py::arg("fields"),
          "LedgerTotals.to_arrow's way out: see python/kinerja/ledger.py.");
    m.def("_ledger_from_buffers", &from_buffers, py::arg("batches"), py::arg("names"), py::arg("source"),
          "Ledger.from_arrow's way in: see python/kinerja/ledger.py.");
}

}  // namespace kinerja::python
