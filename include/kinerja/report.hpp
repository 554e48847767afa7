#pragma once
/// \file kinerja/report.hpp
/// The report layer: the LAKIP tables of a year, the comparison across years and documents, their writers
/// (text forms and the .xlsx workbook).

#include "kinerja/plan.hpp"
#include "kinerja/report/compare.hpp"
#include "kinerja/report/comparison_writer.hpp"
#include "kinerja/report/report.hpp"
#include "kinerja/report/xlsx.hpp"
