#pragma once
/// \file kinerja/plan/generate.hpp
/// A generator of Pemda-scale plans for benchmarks and tests: bodies x programs x kegiatan x sub
/// kegiatan over five years, indicators on every level and budget lines, the same plan for the same
/// options and seed.

#include <cstdint>

#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// The shape of a generated plan.
struct GeneratedShape final {
    /// Organisation units (bodies of the Pemda), each with its own tujuan and sasaran.
    int bodies = 50;
    /// Programs under each body's sasaran.
    int programs = 40;
    /// Kegiatan under each program.
    int kegiatan = 5;
    /// Sub kegiatan under each kegiatan; 0 puts the budget lines on the kegiatan.
    int sub_kegiatan = 4;
    /// The first of the five years.
    int first_year = 2021;
    /// Seeds the amounts and figures.
    std::uint64_t seed = 1;
};

/// A plan of \p shape that validate() accepts: visi, misi, then per body (a unit) a tujuan, a sasaran
/// and its programs, kegiatan and sub kegiatan with Permendagri 90 codes; an indicator with a target
/// and a stated realisation for each of the five years on every node below misi; one budget line per
/// year on every sub kegiatan (or kegiatan when there are none) with anggaran murni, belanja modal in
/// every fourth program and belanja operasi elsewhere, and a belanja pegawai line of the body per year.
/// value_error when a count is negative or the plan would not fit the codes (more than 99 programs, 9 x 99
/// kegiatan or 9999 sub kegiatan under one parent).
[[nodiscard]] Renstra generate_plan(const GeneratedShape& shape);

}  // namespace kinerja
