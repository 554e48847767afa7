#pragma once
/// \file kinerja/core.hpp
/// The core layer, header-only: errors, rounding, exact Decimal, Rupiah, Percent, number text.

#include "kinerja/core/error.hpp"
#include "kinerja/core/rounding.hpp"
#include "kinerja/core/decimal.hpp"
#include "kinerja/core/money.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/core/budget_code.hpp"
#include "kinerja/core/version.hpp"
