#pragma once
/// \file kinerja/io.hpp
/// The file formats: the kinerja/1 dataset (JSON), printed tables, the ledger as CSV and as
/// Arrow-layout columns, the tables of Word documents and Excel workbooks.

#include "kinerja/io/dataset.hpp"
#include "kinerja/io/document_report.hpp"
#include "kinerja/io/document_table.hpp"
#include "kinerja/io/docx.hpp"
#include "kinerja/io/ledger_columns.hpp"
#include "kinerja/io/ledger_csv.hpp"
#include "kinerja/io/limits.hpp"
#include "kinerja/io/lke.hpp"
#include "kinerja/io/pemda.hpp"
#include "kinerja/io/printed_csv.hpp"
#include "kinerja/io/table_layout.hpp"
#include "kinerja/io/text_file.hpp"
#include "kinerja/io/xlsx.hpp"
#include "kinerja/ledger.hpp"
#include "kinerja/plan.hpp"
#include "kinerja/reviu.hpp"
