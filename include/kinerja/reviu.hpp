#pragma once
/// \file kinerja/reviu.hpp
/// The reviu layer: a report's tables and figures as printed, and the rules that check them.

#include "kinerja/plan.hpp"
#include "kinerja/reviu/join.hpp"
#include "kinerja/reviu/lke.hpp"
#include "kinerja/reviu/locate.hpp"
#include "kinerja/reviu/printed_table.hpp"
#include "kinerja/reviu/renja.hpp"
#include "kinerja/reviu/review.hpp"
