// A deterministic generator of Pemda-scale plans, for benchmarks and tests.

#include "kinerja/plan/generate.hpp"

#include <algorithm>
#include <random>
#include <string>

#include "kinerja/core/error.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja {
namespace {

// A number of `width` digits with leading zeros ("07").
std::string digits(int value, int width) {
    std::string s = std::to_string(value);
    return std::string(static_cast<std::size_t>(width) - std::min<std::size_t>(s.size(), width), '0') + s;
}

class Generator {
public:
    explicit Generator(const GeneratedShape& shape) : shape_(shape), rng_(shape.seed) {}

    Renstra run() {
        Renstra plan;
        plan.body = {"Pemerintah Kabupaten Uji", "Kabupaten Uji"};
        plan.period = {shape_.first_year, shape_.first_year + 4};
        plan.codes = CodeScheme::permendagri_90;
        plan.units.push_back(Unit::of("setda", "Sekretariat Daerah"));
        plan.nodes.push_back(Node::of(Level::visi, "visi", "Visi Kabupaten Uji"));
        plan.nodes.push_back(Node::of(Level::misi, "misi", "Misi Kabupaten Uji", "visi"));
        for (int b = 0; b < shape_.bodies; ++b) body(plan, b);
        for (int y = 0; y < 5; ++y) {
            // The body's own line (salaries): counted in the whole budget only.
            const Rupiah a =
                Rupiah::from_rupiah(1'000'000'000 + static_cast<std::int64_t>(rng_() % 1'000'000'000));
            BudgetLine line =
                BudgetLine::of_body("Belanja Pegawai", shape_.first_year + y, a,
                                    a - Rupiah::from_sen(static_cast<std::int64_t>(rng_() % 100'000'000)),
                                    SpendingClass::operasi);
            line.anggaran_murni = a;
            plan.budget.push_back(std::move(line));
        }
        return plan;
    }

private:
    void body(Renstra& plan, int b) {
        const std::string id = "b" + std::to_string(b + 1);
        // U.BB of this body: urusan 1-9, bidang 01-99.
        const std::string head = std::to_string(1 + b / 99) + "." + digits(1 + b % 99, 2);
        plan.units.push_back(Unit::of(id, "Dinas " + std::to_string(b + 1), "setda"));
        plan.nodes.push_back(
            Node::of(Level::tujuan, id + "-t", "Tujuan dinas " + std::to_string(b + 1), "misi"));
        indicator(plan, id + "-t");
        plan.nodes.push_back(
            Node::of(Level::sasaran, id + "-s", "Sasaran dinas " + std::to_string(b + 1), id + "-t"));
        indicator(plan, id + "-s");
        for (int p = 0; p < shape_.programs; ++p) {
            const std::string pid = id + "-p" + std::to_string(p + 1);
            const std::string pcode = head + "." + digits(p + 1, 2);
            Node prog =
                Node::program(pid, "Program " + std::to_string(p + 1) + " dinas " + std::to_string(b + 1),
                              p == 0 ? ProgramKind::penunjang : ProgramKind::utama, id + "-s", pcode);
            prog.unit = id;
            plan.nodes.push_back(std::move(prog));
            indicator(plan, pid);
            // One spending class per program (every fourth is capital): a report's budget table, which
            // groups by class, then prints each program once.
            spending_ = p % 4 == 3 ? SpendingClass::modal : SpendingClass::operasi;
            for (int k = 0; k < shape_.kegiatan; ++k) {
                const std::string kid = pid + "-k" + std::to_string(k + 1);
                const std::string kcode =
                    pcode + "." + std::to_string(1 + k / 99) + "." + digits(1 + k % 99, 2);
                plan.nodes.push_back(Node::of(Level::kegiatan, kid,
                                              "Kegiatan " + std::to_string(k + 1) + " " + pid, pid, kcode));
                indicator(plan, kid);
                if (shape_.sub_kegiatan == 0) lines(plan, kid);
                for (int s = 0; s < shape_.sub_kegiatan; ++s) {
                    const std::string sid = kid + "-s" + std::to_string(s + 1);
                    plan.nodes.push_back(Node::of(Level::sub_kegiatan, sid,
                                                  "Sub kegiatan " + std::to_string(s + 1) + " " + kid, kid,
                                                  kcode + "." + digits(s + 1, 4)));
                    indicator(plan, sid);
                    lines(plan, sid);
                }
            }
        }
    }

    // One indicator on `node` with a target and a stated realisation in each of the five years.
    void indicator(Renstra& plan, const std::string& node) {
        Indicator ind;
        ind.id = "i-" + node;
        ind.node = node;
        ind.name = "Persentase capaian " + node;
        ind.satuan = "%";
        for (int y = 0; y < 5; ++y) {
            // Targets 50.00-100.00, realisations 40.00-109.99: some over, some under.
            ind.targets[shape_.first_year + y] =
                Target::number(Decimal(5000 + static_cast<int>(rng_() % 5001), 2));
            ind.realisations[shape_.first_year + y] =
                Realisation::stated(Decimal(4000 + static_cast<int>(rng_() % 7000), 2));
        }
        plan.indicators.push_back(std::move(ind));
    }

    // One line per year on `node`, of its program's class: anggaran 10-1,000 million Rupiah in whole
    // thousands, murni within 10% of it, realisasi 50-100% of it to the sen.
    void lines(Renstra& plan, const std::string& node) {
        for (int y = 0; y < 5; ++y) {
            const std::int64_t thousands = 10'000 + static_cast<std::int64_t>(rng_() % 990'001);
            const std::int64_t whole_sen = thousands * 100'000;
            const Rupiah a = Rupiah::from_sen(whole_sen);
            const std::int64_t sen =
                whole_sen / 2 +
                static_cast<std::int64_t>(rng_() % static_cast<std::uint64_t>(whole_sen / 2 + 1));
            BudgetLine line =
                BudgetLine::of(node, shape_.first_year + y, a, Rupiah::from_sen(sen), spending_);
            line.anggaran_murni = Rupiah::from_rupiah(
                thousands * 1000 + (static_cast<std::int64_t>(rng_() % 2001) - 1000) * thousands / 10);
            plan.budget.push_back(std::move(line));
        }
    }

    GeneratedShape shape_;
    std::mt19937_64 rng_;
    SpendingClass spending_ = SpendingClass::operasi;
};

}  // namespace

Renstra generate_plan(const GeneratedShape& shape) {
    const auto refuse = [](Message said) {
        std::string reason = english(said);  // before said is moved: argument order is unspecified
        throw value_error(std::move(reason), std::move(said));
    };
    if (shape.bodies < 0 || shape.programs < 0 || shape.kegiatan < 0 || shape.sub_kegiatan < 0)
        refuse(Message{"error.generate.negative", {}});
    if (shape.bodies > 9 * 99 || shape.programs > 99 || shape.kegiatan > 9 * 99 || shape.sub_kegiatan > 9999)
        refuse(Message{"error.generate.codes", {}});
    return Generator(shape).run();
}

}  // namespace kinerja
