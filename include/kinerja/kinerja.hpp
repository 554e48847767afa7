#pragma once
/// \file kinerja/kinerja.hpp
/// Umbrella header: every layer of kinerja.

#include "kinerja/core.hpp"
#include "kinerja/plan.hpp"
#include "kinerja/reviu.hpp"
#include "kinerja/report.hpp"
#include "kinerja/ledger.hpp"
#include "kinerja/io.hpp"
