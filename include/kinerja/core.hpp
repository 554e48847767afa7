#pragma once
/// \file kinerja/core.hpp
/// The core layer, header-only (the kinerja::core target; nothing to link): errors, rounding, exact
/// Decimal, Rupiah, Percent, number text, the capaian formulas and rating scales, the version.
/// kinerja/core/fmt.hpp adds fmt::formatter's when fmt is available; it is not included here.

#include "kinerja/core/budget_code.hpp"
#include "kinerja/core/capaian.hpp"
#include "kinerja/core/decimal.hpp"
#include "kinerja/core/enum_names.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/core/money.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/core/rounding.hpp"
#include "kinerja/core/version.hpp"
