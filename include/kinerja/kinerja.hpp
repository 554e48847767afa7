#pragma once
/// \file kinerja.hpp
/// Umbrella header: everything kinerja offers.

#include "kinerja/decimal.hpp"
#include "kinerja/error.hpp"
#include "kinerja/money.hpp"
#include "kinerja/number_text.hpp"
#include "kinerja/percent.hpp"
#include "kinerja/rounding.hpp"
#include "kinerja/version.hpp"
