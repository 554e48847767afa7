// Pengukuran kinerja: an indicator's realisation and capaian in a year, a kegiatan's capaian, their
// means and the efficiency index.

#include "kinerja/plan/measurement.hpp"

#include <algorithm>

#include "kinerja/plan/index.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/totals.hpp"
#include "plan/detail/realisation.hpp"

namespace kinerja {
namespace {

// A data_error of a plan built in code, at \p where ("indicator 'x' 2024"), saying \p said.
[[noreturn]] void fail(std::string where, Message said) {
    std::string reason = english(said);
    throw data_error("", std::move(where), std::move(reason), std::move(said));
}

struct DataRef {
    std::string table, row, column;
};

std::optional<DataRef> split_ref(const std::string& name) {
    const auto a = name.find('/');
    if (a == std::string::npos) return std::nullopt;
    const auto b = name.find('/', a + 1);
    if (b == std::string::npos || name.find('/', b + 1) != std::string::npos) return std::nullopt;
    DataRef r{name.substr(0, a), name.substr(a + 1, b - a - 1), name.substr(b + 1)};
    if (r.table.empty() || r.row.empty() || r.column.empty()) return std::nullopt;
    return r;
}

// How a computation finds a data table: by the plan's scan, or by an index.
struct Tables {
    const Renstra* plan = nullptr;
    const PlanIndex* index = nullptr;
    [[nodiscard]] const DataTable* find(std::string_view id, int year) const {
        return index != nullptr ? index->find_table(id, year) : plan->find_table(id, year);
    }
};

// The value of named data in the tables of `year`; an error message when it cannot be read.
std::optional<Decimal> named_data(const Tables& plan, const std::string& name, int year, Message& why) {
    const auto ref = split_ref(name);
    if (!ref) {
        why = Message{"error.measurement.data_name", {{"name", name}}};
        return std::nullopt;
    }
    const DataTable* table = plan.find(ref->table, year);
    if (table == nullptr) {
        why = Message{"error.measurement.no_table", {{"table", ref->table}, {"year", std::to_string(year)}}};
        return std::nullopt;
    }
    if (table->find_row(ref->row) == nullptr) {
        why = Message{"error.measurement.no_row", {{"table", ref->table}, {"row", ref->row}}};
        return std::nullopt;
    }
    const auto v = table->value(ref->row, ref->column);
    if (!v) why = Message{"error.measurement.blank", {{"name", name}, {"year", std::to_string(year)}}};
    return v;
}

Measure ratio_measure(const Decimal& num, const Decimal& den, const Indicator& ind) {
    const Decimal factor = ind.formula ? ind.formula->factor : Decimal(100);
    const auto q = divide(num * factor, den, ind.decimals, Rounding::half_up);
    return q ? Measure::number(*q) : Measure{};
}

// The reported quarters 1..`upto` of `r` rolled up by its rule; empty when none of them is reported.
std::optional<Decimal> rolled_up(const Realisation& r, int upto) {
    std::optional<Decimal> v;
    for (std::size_t i = 0; i < static_cast<std::size_t>(upto); ++i) {
        const auto& q = r.triwulan[i];
        if (!q) continue;
        if (!v)
            v = *q;
        else if (r.rollup == Rollup::sum)
            *v += *q;
        else if (r.rollup == Rollup::last)
            v = *q;
        else if (*q > *v)
            v = *q;
    }
    return v;
}

std::optional<Measure> computed(const Tables& plan, const Indicator& ind, int year, const Realisation& r,
                                Message& why) {
    switch (r.source) {
        case Realisation::Source::value:
            if (!r.grade.empty()) return Measure::of_grade(r.grade);
            if (!r.value) {
                why = Message{"error.measurement.no_value", {}};
                return std::nullopt;
            }
            return Measure::number(*r.value);
        case Realisation::Source::ratio:
            return ratio_measure(r.numerator, r.denominator, ind);
        case Realisation::Source::data: {
            if (!ind.formula || ind.formula->numerator.empty() || ind.formula->denominator.empty()) {
                why = Message{"error.measurement.no_formula", {}};
                return std::nullopt;
            }
            const auto num = named_data(plan, ind.formula->numerator, year, why);
            if (!num) return std::nullopt;
            const auto den = named_data(plan, ind.formula->denominator, year, why);
            if (!den) return std::nullopt;
            return ratio_measure(*num, *den, ind);
        }
        case Realisation::Source::triwulan: {
            const auto v = rolled_up(r, 4);
            if (!v) {
                why = Message{"error.measurement.no_quarter", {}};
                return std::nullopt;
            }
            return Measure::number(*v);
        }
    }
    return std::nullopt;
}

// The measure of `r`, the realisation of `indicator` in `year`; data_error when it cannot be computed.
Measure measure_of(const Tables& plan, const Indicator& indicator, int year, const Realisation& r) {
    Message why;
    auto m = computed(plan, indicator, year, r, why);
    if (!m) fail("indicator '" + indicator.id + "' " + std::to_string(year), std::move(why));
    return *m;
}

std::optional<Measure> realisation_of(const Tables& plan, const Indicator& indicator, int year) {
    const auto it = indicator.realisations.find(year);
    if (it == indicator.realisations.end()) return std::nullopt;
    return measure_of(plan, indicator, year, it->second);
}

// An indicator with its target and realisation of one year, each null when there is none.
struct Found {
    const Indicator* indicator = nullptr;
    const Target* target = nullptr;
    const Realisation* realised = nullptr;
};

Found found_in(const Indicator& indicator, int year) {
    Found f{&indicator, nullptr, nullptr};
    if (const auto t = indicator.targets.find(year); t != indicator.targets.end()) f.target = &t->second;
    if (const auto r = indicator.realisations.find(year); r != indicator.realisations.end())
        f.realised = &r->second;
    return f;
}

Percent capaian_found(const Tables& plan, const Found& f, int year, const CapaianPolicy& policy) {
    const Indicator& indicator = *f.indicator;
    if (f.target == nullptr)
        fail("indicator '" + indicator.id + "'",
             Message{"error.measurement.no_target", {{"year", std::to_string(year)}}});
    if (f.realised == nullptr)
        fail("indicator '" + indicator.id + "'",
             Message{"error.measurement.no_realisation", {{"year", std::to_string(year)}}});
    return capaian(indicator, *f.target, measure_of(plan, indicator, year, *f.realised), policy);
}

Percent capaian_of(const Tables& plan, const Indicator& indicator, int year, const CapaianPolicy& policy) {
    return capaian_found(plan, found_in(indicator, year), year, policy);
}

// Whether the indicator of `f`, having a target, has nothing to measure yet: no realisation of the
// year, or one by quarter with no quarter reported (which validate refuses, but mid-year data built in
// code may hold).
bool not_reported(const Found& f) {
    if (f.realised == nullptr) return true;
    return f.realised->source == Realisation::Source::triwulan && !rolled_up(*f.realised, 4);
}

// The mean of the capaian of the indicators of one kegiatan in [first, last) that have a target.
std::optional<Percent> mean_capaian(const Tables& plan, const Found* first, const Found* last, int year,
                                    const CapaianPolicy& policy) {
    Decimal sum = Decimal(0).rescaled(policy.precision.decimals);
    int defined = 0;
    int measured = 0;
    for (const Found* f = first; f != last; ++f) {
        if (f->target == nullptr) continue;
        ++measured;
        const Percent p = capaian_found(plan, *f, year, policy);
        if (!p.is_defined()) continue;
        sum += p.points();
        ++defined;
    }
    if (measured == 0) return std::nullopt;
    if (defined == 0) return Percent::undefined();
    return Percent(*divide(sum, Decimal(defined), policy.precision.decimals, policy.precision.rounding));
}

std::optional<Percent> mean_capaian(const Tables& plan, const std::vector<Found>& found, int year,
                                    const CapaianPolicy& policy) {
    return mean_capaian(plan, found.data(), found.data() + found.size(), year, policy);
}

}  // namespace

std::optional<Measure> detail::computed_realisation(const Renstra& plan, const Indicator& ind, int year,
                                                    const Realisation& r, Message& why) {
    return computed(Tables{&plan, nullptr}, ind, year, r, why);
}

std::optional<Measure> detail::computed_realisation(const PlanIndex& index, const Indicator& ind, int year,
                                                    const Realisation& r, Message& why) {
    return computed(Tables{&index.plan(), &index}, ind, year, r, why);
}

std::optional<Measure> realisation(const Renstra& plan, const Indicator& indicator, int year) {
    return realisation_of(Tables{&plan, nullptr}, indicator, year);
}

std::optional<Measure> realisation(const PlanIndex& index, const Indicator& indicator, int year) {
    return realisation_of(Tables{&index.plan(), &index}, indicator, year);
}

Percent indicator_capaian(const Renstra& plan, const Indicator& indicator, int year,
                          const CapaianPolicy& policy) {
    return capaian_of(Tables{&plan, nullptr}, indicator, year, policy);
}

Percent indicator_capaian(const PlanIndex& index, const Indicator& indicator, int year,
                          const CapaianPolicy& policy) {
    return capaian_of(Tables{&index.plan(), &index}, indicator, year, policy);
}

// The plan is taken for the symmetry with realisation(): a quarter is always stated, never computed
// from the plan's data tables.
std::optional<Measure> realisation_upto(const Renstra& /*plan*/, const Indicator& indicator, int year,
                                        int upto_triwulan) {
    if (upto_triwulan < 1 || upto_triwulan > 4) {
        Message said{"error.plan.triwulan_range", {{"triwulan", std::to_string(upto_triwulan)}}};
        std::string reason = english(said);  // before said is moved: argument order is unspecified
        throw value_error(std::move(reason), std::move(said));
    }
    const auto it = indicator.realisations.find(year);
    if (it == indicator.realisations.end()) return std::nullopt;
    if (it->second.source != Realisation::Source::triwulan)
        fail("indicator '" + indicator.id + "' " + std::to_string(year),
             Message{"error.measurement.not_by_quarter", {{"triwulan", std::to_string(upto_triwulan)}}});
    const auto v = rolled_up(it->second, upto_triwulan);
    if (!v) return std::nullopt;
    return Measure::number(*v);
}

Percent capaian_upto(const Renstra& plan, const Indicator& indicator, int year, int upto_triwulan,
                     const CapaianPolicy& policy) {
    const auto t = indicator.targets.find(year);
    if (t == indicator.targets.end())
        fail("indicator '" + indicator.id + "'",
             Message{"error.measurement.no_target", {{"year", std::to_string(year)}}});
    const auto m = realisation_upto(plan, indicator, year, upto_triwulan);
    if (!m)
        fail("indicator '" + indicator.id + "'",
             Message{"error.measurement.none_upto",
                     {{"triwulan", std::to_string(upto_triwulan)}, {"year", std::to_string(year)}}});
    return capaian(indicator, t->second, *m, policy);
}

std::optional<Percent> kegiatan_capaian(const Renstra& plan, std::string_view kegiatan, int year,
                                        const CapaianPolicy& policy) {
    std::vector<Found> found;
    for (const Indicator& ind : plan.indicators)
        if (ind.node == kegiatan) found.push_back(found_in(ind, year));
    return mean_capaian(Tables{&plan, nullptr}, found, year, policy);
}

std::optional<Percent> kegiatan_capaian(const PlanIndex& index, std::string_view kegiatan, int year,
                                        const CapaianPolicy& policy) {
    std::vector<Found> found;
    for (const Indicator* ind : index.indicators_of(kegiatan)) found.push_back(found_in(*ind, year));
    return mean_capaian(Tables{&index.plan(), &index}, found, year, policy);
}

CapaianSummary capaian_summary(const Renstra& plan, std::string_view node, int year,
                               const CapaianPolicy& policy) {
    // One index for the whole summary: a look-up per kegiatan, not a scan of the plan per kegiatan.
    return capaian_summary(PlanIndex(plan), node, year, policy);
}

CapaianSummary capaian_summary(const PlanIndex& index, std::string_view node, int year,
                               const CapaianPolicy& policy) {
    CapaianSummary s;
    const int d = policy.precision.decimals;
    Decimal sum = Decimal(0).rescaled(d);
    Decimal weighted = Decimal(0).rescaled(d + 2);
    Rupiah weights;
    const Tables tables{&index.plan(), &index};
    // By position: each kegiatan's indicators and budget are read from arrays, not looked up by id.
    // The targets and realisations of a block of kegiatan are found before any is computed: the
    // look-ups (a walk down two std::map each) do not depend on one another, so in a plan too large
    // for the cache their misses overlap, where finding and computing in turn waits for each.
    const std::vector<std::size_t> kegiatan = index.descendant_numbers(node, Level::kegiatan);
    constexpr std::size_t block = 16;
    std::vector<Found> found;
    std::vector<std::size_t> ends;
    for (std::size_t b = 0; b < kegiatan.size(); b += block) {
        const std::size_t e = std::min(kegiatan.size(), b + block);
        found.clear();
        ends.clear();
        for (std::size_t j = b; j < e; ++j) {
            for (const Indicator* ind : index.indicators_at(kegiatan[j]))
                found.push_back(found_in(*ind, year));
            ends.push_back(found.size());
        }
        for (std::size_t j = b; j < e; ++j) {
            const std::size_t at = kegiatan[j];
            const std::string& k = index.plan().nodes[at].id;
            const Found* first = found.data() + (j == b ? 0 : ends[j - b - 1]);
            const Found* last = found.data() + ends[j - b];
            if (std::any_of(first, last,
                            [](const Found& f) { return f.target != nullptr && not_reported(f); })) {
                s.not_reported.push_back(k);
                continue;
            }
            const auto c = mean_capaian(tables, first, last, year, policy);
            if (!c) {
                s.without_indicator.push_back(k);
                continue;
            }
            if (!c->is_defined()) {
                s.undefined.push_back(k);
                continue;
            }
            s.counted.push_back(k);
            const Rupiah anggaran = index.budget_at(at, year).anggaran;
            sum += c->points();
            weighted += c->points() * anggaran.to_decimal();
            weights += anggaran;
        }
    }
    if (!s.counted.empty())
        s.simple_mean = Percent(*divide(sum, Decimal(s.counted.size()), d, policy.precision.rounding));
    if (weights.sign() != 0)
        s.budget_weighted_mean =
            Percent(*divide(weighted, weights.to_decimal(), d, policy.precision.rounding));
    return s;
}

std::optional<Decimal> efficiency(const Percent& capaian, const Percent& serapan, Precision precision) {
    if (!capaian.is_defined() || !serapan.is_defined()) return std::nullopt;
    return divide(capaian.points(), serapan.points(), precision.decimals, precision.rounding);
}

}  // namespace kinerja
