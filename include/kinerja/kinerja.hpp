#pragma once
/// \file kinerja/kinerja.hpp
/// Umbrella header: every layer of kinerja.

#include "kinerja/core.hpp"
#include "kinerja/io.hpp"
#include "kinerja/ledger.hpp"
#include "kinerja/plan.hpp"
#include "kinerja/report.hpp"
#include "kinerja/reviu.hpp"
