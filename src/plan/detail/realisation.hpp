#pragma once
// How an indicator's realisation of a year is computed from its source: shared by the measurement
// (which throws when it cannot) and the validation (which names where).

#include <optional>
#include <string>

#include "kinerja/core/error.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/indicator.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja::detail {

// The realisation \p r of \p ind in \p year, computed; empty with the reason in \p why (a catalogue
// message) when it cannot be (a missing value, data table or quarter).
std::optional<Measure> computed_realisation(const Renstra& plan, const Indicator& ind, int year,
                                            const Realisation& r, Message& why);
// The same, its data tables found through \p index.
std::optional<Measure> computed_realisation(const PlanIndex& index, const Indicator& ind, int year,
                                            const Realisation& r, Message& why);

}  // namespace kinerja::detail
