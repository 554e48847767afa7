#pragma once
/// \file kinerja/plan.hpp
/// The plan layer: the Renstra hierarchy, indicators, budget, data tables, validation and measurement.

#include "kinerja/core.hpp"
#include "kinerja/plan/budget.hpp"
#include "kinerja/plan/data_table.hpp"
#include "kinerja/plan/generate.hpp"
#include "kinerja/plan/hierarchy.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/indicator.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/measurement.hpp"
#include "kinerja/plan/pemda.hpp"
#include "kinerja/plan/perjanjian.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/plan/totals.hpp"
#include "kinerja/plan/validate.hpp"
