// The kinerja-pemda/1 file (docs/pemda.md), read and written with nlohmann-json.
//
// A Pemda file is small (the RPJMD and the links; the OPDs' plans are in their own files), so it is
// read as a tree; a first SAX pass applies ReadLimits (depth, items, string length) and refuses
// duplicate keys before the tree is built, so a hostile file is refused as the dataset reader would.
// The RPJMD is a kinerja/1 plan inline: it is handed to read_document as text, and the errors it
// raises get the "/rpjmd" prefix of their place in this file.

#include "kinerja/io/pemda.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "io/detail/json_tree.hpp"
#include "kinerja/io/dataset.hpp"
#include "kinerja/io/text_file.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/validate.hpp"

namespace kinerja {
namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;
using detail::JsonGuard;
using detail::JsonReader;

constexpr const char* format_name = "kinerja-pemda/1";

// Refuses the value at \p path of the file \p r reads, for the reason \p said.
[[noreturn]] void fail(const JsonReader& r, const std::string& path, Message said) {
    throw data_error(r.source(), path, english(said), said);
}

// An OPD file named in the Pemda: relative, inside the Pemda's folder, so that a Pemda moved with its
// folder still reads and a file cannot reach outside it.
void check_opd_file(const JsonReader& r, const std::string& file, const std::string& path) {
    const std::filesystem::path p(file);
    if (p.is_absolute() || p.has_root_name() || p.has_root_directory())
        fail(r, path, {"error.pemda.absolute_file", {{"file", file}}});
    for (const auto& part : p)
        if (part == "..") fail(r, path, {"error.pemda.file_outside", {{"file", file}}});
}

// A data_error of the inline RPJMD, placed in the Pemda file.
[[noreturn]] void rethrow_in_rpjmd(const std::string& source) {
    try {
        throw;
    } catch (const plan_error& e) {
        PlanLocation where = e.location();
        throw plan_error(source, "/rpjmd" + e.path(), where, e.reason(), e.message());
    } catch (const data_error& e) {
        throw data_error(source, "/rpjmd" + e.path(), e.reason(), e.message());
    } catch (const ambiguous_error& e) {
        // Its source is "<source>:<path>" as read_document named it.
        throw ambiguous_error(e.text(), e.offset(), e.readings(),
                              source + ":/rpjmd" + e.source().substr(source.size() + 1));
    } catch (const parse_error& e) {
        throw parse_error(e.text(), e.offset(), e.reason(),
                          source + ":/rpjmd" + e.source().substr(source.size() + 1), e.message());
    }
}

Pemda read_checked(std::string_view text, const std::string& source, const std::filesystem::path& folder,
                   const ReadLimits& limits) {
    JsonGuard guard(text, source, limits);
    json::sax_parse(text.begin(), text.end(), &guard, json::input_format_t::json, true, false);
    const json doc = json::parse(text.begin(), text.end(), nullptr, true, false);
    const JsonReader r(source);
    r.object(doc, "", {"format", "rpjmd", "aggregates", "opd", "serves", "supports", "indicator_links"});
    const std::string format = r.text(doc, "format", "");
    if (format != format_name) fail(r, "/format", {"error.pemda.format", {{"format", format}}});

    Pemda out;
    {
        json rpjmd = r.required(doc, "rpjmd", "");
        if (!rpjmd.is_object()) fail(r, "/rpjmd", detail::must_be("error.json.type.object", rpjmd));
        if (rpjmd.contains("format")) fail(r, "/rpjmd/format", {"error.pemda.rpjmd_format", {}});
        // The RPJMD's members in kinerja/1 form, "format" first as a written dataset has it.
        json as_dataset = json::object();
        as_dataset["format"] = "kinerja/1";
        as_dataset.update(rpjmd);
        try {
            out.rpjmd = read_document(as_dataset.dump(), source, limits).plan;
        } catch (const error&) {
            rethrow_in_rpjmd(source);
        }
    }
    if (const auto a = doc.find("aggregates"); a != doc.end()) {
        if (!a->is_object()) fail(r, "/aggregates", detail::must_be("error.json.type.object", *a));
        for (const auto& item : a->items()) {
            const std::string path = "/aggregates/" + item.key();
            if (!item.value().is_string())
                fail(r, path, detail::must_be("error.json.type.string", item.value()));
            const auto how = parse_aggregate(item.value().get<std::string>());
            if (!how) fail(r, path, {"error.pemda.aggregate", {{"value", item.value().get<std::string>()}}});
            out.aggregates[item.key()] = *how;
        }
    }
    const json& opds = r.array(r.required(doc, "opd", ""), "/opd");
    std::set<std::string> ids;
    std::set<std::string> files;
    for (std::size_t i = 0; i < opds.size(); ++i) {
        const std::string p = "/opd/" + std::to_string(i);
        r.object(opds[i], p, {"id", "file"});
        OpdPlan o;
        o.id = r.text(opds[i], "id", p);
        o.file = r.text(opds[i], "file", p);
        if (!ids.insert(o.id).second) fail(r, p + "/id", {"error.pemda.duplicate_opd", {{"id", o.id}}});
        check_opd_file(r, o.file, p + "/file");
        if (!files.insert(std::filesystem::path(o.file).lexically_normal().string()).second)
            fail(r, p + "/file", {"error.pemda.file_twice", {{"file", o.file}}});
        // load_document names the OPD file in its errors: a fault there is located in that file.
        o.plan = load_document(folder / o.file, limits).plan;
        out.opds.push_back(std::move(o));
    }
    const auto list = [&](const char* key) -> const json* {
        const auto it = doc.find(key);
        return it == doc.end() ? nullptr : &r.array(*it, std::string("/") + key);
    };
    if (const json* serves = list("serves"))
        for (std::size_t i = 0; i < serves->size(); ++i) {
            const std::string p = "/serves/" + std::to_string(i);
            r.object((*serves)[i], p, {"opd", "node", "sasaran"});
            out.serves.push_back(ServesLink{r.text((*serves)[i], "opd", p), r.text((*serves)[i], "node", p),
                                            r.text((*serves)[i], "sasaran", p)});
        }
    if (const json* supports = list("supports"))
        for (std::size_t i = 0; i < supports->size(); ++i) {
            const std::string p = "/supports/" + std::to_string(i);
            const json& j = (*supports)[i];
            r.object(j, p, {"opd", "node", "to_opd", "sasaran"});
            out.supports.push_back(SupportLink{r.text(j, "opd", p), r.text(j, "node", p),
                                               r.text(j, "to_opd", p), r.text(j, "sasaran", p)});
        }
    if (const json* links = list("indicator_links"))
        for (std::size_t i = 0; i < links->size(); ++i) {
            const std::string p = "/indicator_links/" + std::to_string(i);
            const json& j = (*links)[i];
            r.object(j, p, {"opd", "indicator", "rpjmd"});
            out.indicator_links.push_back(
                IndicatorLink{r.text(j, "opd", p), r.text(j, "indicator", p), r.text(j, "rpjmd", p)});
        }
    return out;
}

// The Pemda's own rules beyond each plan's: what the format requires of the OPD list.
void validate_pemda(const Pemda& pemda) {
    validate(pemda.rpjmd);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < pemda.opds.size(); ++i) {
        const OpdPlan& o = pemda.opds[i];
        const std::string p = "/opd/" + std::to_string(i);
        const JsonReader in_code("");  // a Pemda built in code: no file
        if (o.id.empty()) fail(in_code, p + "/id", {"error.pemda.opd_id", {}});
        if (o.file.empty()) fail(in_code, p + "/file", {"error.pemda.opd_file", {}});
        if (!ids.insert(o.id).second) fail(in_code, p + "/id", {"error.pemda.duplicate_opd", {{"id", o.id}}});
        check_opd_file(JsonReader(""), o.file, p + "/file");
        validate(o.plan, o.file);
    }
}

}  // namespace

Pemda read_pemda(std::string_view json, const std::string& source, const std::filesystem::path& folder,
                 const ReadLimits& limits) {
    check_text(json, source);
    return read_checked(json, source, folder, limits);
}

Pemda load_pemda(const std::filesystem::path& path, const ReadLimits& limits) {
    return read_checked(read_text_file(path, limits), path.string(), path.parent_path(), limits);
}

std::string write_pemda(const Pemda& pemda) {
    validate_pemda(pemda);
    ordered out;
    out["format"] = format_name;
    ordered rpjmd = ordered::parse(write_document(Document(pemda.rpjmd)));
    rpjmd.erase("format");
    out["rpjmd"] = rpjmd;
    if (!pemda.aggregates.empty()) {
        ordered a = ordered::object();
        for (const auto& [id, how] : pemda.aggregates) a[id] = std::string(to_string(how));
        out["aggregates"] = a;
    }
    ordered opds = ordered::array();
    for (const OpdPlan& o : pemda.opds) opds.push_back(ordered{{"id", o.id}, {"file", o.file}});
    out["opd"] = opds;
    if (!pemda.serves.empty()) {
        ordered list = ordered::array();
        for (const ServesLink& l : pemda.serves)
            list.push_back(ordered{{"opd", l.opd}, {"node", l.node}, {"sasaran", l.sasaran}});
        out["serves"] = list;
    }
    if (!pemda.supports.empty()) {
        ordered list = ordered::array();
        for (const SupportLink& l : pemda.supports)
            list.push_back(
                ordered{{"opd", l.opd}, {"node", l.node}, {"to_opd", l.to_opd}, {"sasaran", l.sasaran}});
        out["supports"] = list;
    }
    if (!pemda.indicator_links.empty()) {
        ordered list = ordered::array();
        for (const IndicatorLink& l : pemda.indicator_links)
            list.push_back(ordered{{"opd", l.opd}, {"indicator", l.indicator}, {"rpjmd", l.rpjmd}});
        out["indicator_links"] = list;
    }
    return out.dump(2, ' ', false) + "\n";
}

void save_pemda(const Pemda& pemda, const std::filesystem::path& path, bool with_opds) {
    const std::string text = write_pemda(pemda);  // validates everything before any file is written
    if (with_opds)
        for (const OpdPlan& o : pemda.opds) save_document(Document(o.plan), path.parent_path() / o.file);
    write_text_file(path, text);
}

PemdaPlace place_of(const Pemda& pemda, const PemdaFinding& finding, const std::string& pemda_source) {
    if (finding.opd.empty()) return PemdaPlace{pemda_source, finding.location.to_string()};
    const OpdPlan* o = pemda.find_opd(finding.opd);
    std::string file = o ? o->file : finding.opd;
    const std::filesystem::path folder = std::filesystem::path(pemda_source).parent_path();
    if (o && !folder.empty()) file = (folder / o->file).string();
    // The dataset format names a budget line's spending class "class"; no finding points there.
    return PemdaPlace{file, finding.location.to_string()};
}

}  // namespace kinerja
