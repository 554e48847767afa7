#pragma once
/// \file kinerja/plan/validate.hpp
/// The rules a Renstra keeps, checked all at once.

#include <string>

#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// Checks every rule of the plan (ids, parents and levels, codes, references, polarity and target
/// kinds, stated values against computations, quarters against totals); data_error naming
/// \p source and the JSON path of the first fault.
void validate(const Renstra& plan, const std::string& source = {});


}  // namespace kinerja
