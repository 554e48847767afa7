#pragma once
/// \file kinerja/report.hpp
/// The report layer: the LAKIP tables of a year, the comparison across years and documents, their writers
/// (text forms, the .xlsx workbook and the .docx document).

#include "kinerja/plan.hpp"
#include "kinerja/report/compare.hpp"
#include "kinerja/report/comparison_writer.hpp"
#include "kinerja/report/docx.hpp"
#include "kinerja/report/perjanjian.hpp"
#include "kinerja/report/pohon.hpp"
#include "kinerja/report/renja.hpp"
#include "kinerja/report/report.hpp"
#include "kinerja/report/xlsx.hpp"
