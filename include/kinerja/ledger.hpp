#pragma once
/// \file kinerja/ledger.hpp
/// The ledger layer: national-scale budget lines in columns, their exact roll-up, merge and bytes.

#include "kinerja/core.hpp"
#include "kinerja/ledger/ledger.hpp"
