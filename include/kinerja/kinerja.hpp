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
#include "kinerja/plan.hpp"
#include "kinerja/indicator.hpp"
#include "kinerja/budget.hpp"
#include "kinerja/compare.hpp"
#include "kinerja/data_table.hpp"
#include "kinerja/renstra.hpp"
#include "kinerja/dataset.hpp"
#include "kinerja/printed_table.hpp"
#include "kinerja/review.hpp"
#include "kinerja/report.hpp"
#include "kinerja/ledger.hpp"
