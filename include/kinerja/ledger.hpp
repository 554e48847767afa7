#pragma once
/// \file kinerja/ledger.hpp
/// The ledger layer: national-scale budget lines in columns, their exact roll-up, merge and bytes.

#include "kinerja/core.hpp"
#include "kinerja/ledger/codes.hpp"
#include "kinerja/ledger/generate.hpp"
#include "kinerja/ledger/levels.hpp"
#include "kinerja/ledger/merge.hpp"
#include "kinerja/ledger/rollup.hpp"
#include "kinerja/ledger/store.hpp"
#include "kinerja/ledger/totals.hpp"
