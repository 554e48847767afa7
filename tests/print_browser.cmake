# Prints `kinerja report --format html` to PDF in headless Chromium (as a reader prints the appendix
# of a LAKIP) and reads the pages back with pdfinfo and pdftotext: A4 portrait; each table after the
# first starts a page of its own (its title the first line there); a table that runs over a page
# repeats its header row; and a table of more than six columns (the Renja evaluation of WIDE) is
# printed on a landscape page.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(flags --headless --no-sandbox --disable-gpu --no-first-run --no-pdf-header-footer --user-data-dir=${WORK}/profile)

function(print name)
  execute_process(COMMAND ${CHROMIUM} ${flags} --print-to-pdf=${WORK}/${name}.pdf file://${WORK}/${name}.html
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET TIMEOUT 120)
  if(NOT rc EQUAL 0 OR NOT EXISTS ${WORK}/${name}.pdf)
    message(FATAL_ERROR "chromium could not print ${name}.html (${rc})")
  endif()
endfunction()

# The first non-empty line of every page of WORK/name.pdf, in `firsts`; every page's text in `texts`.
function(pages name)
  execute_process(COMMAND ${PDFINFO} ${WORK}/${name}.pdf OUTPUT_VARIABLE info RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT info MATCHES "Pages: +([0-9]+)")
    message(FATAL_ERROR "pdfinfo cannot read ${name}.pdf")
  endif()
  set(n ${CMAKE_MATCH_1})
  set(firsts "")
  set(texts "")
  foreach(page RANGE 1 ${n})
    execute_process(COMMAND ${PDFTOTEXT} -f ${page} -l ${page} -layout ${WORK}/${name}.pdf -
      OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    string(REGEX MATCH "[^ \n][^\n]*" first "${text}")
    string(STRIP "${first}" first)
    list(APPEND firsts "${first}")
    string(REPLACE ";" "," text "${text}")
    list(APPEND texts "${text}")
  endforeach()
  set(firsts "${firsts}" PARENT_SCOPE)
  set(texts "${texts}" PARENT_SCOPE)
  set(info "${info}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND ${PROGRAM} report --format html -o ${WORK}/report.html RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "kinerja report --format html failed (${rc})")
endif()
print(report)
pages(report)
if(NOT info MATCHES "Page size: +59[0-9.]+ x 84[0-9.]+ pts \\(A4\\)")
  message(FATAL_ERROR "the report does not print on A4 portrait:\n${info}")
endif()
# The seed's tables (tests/data/golden/report-2019.md); the first shares the page of the heading.
foreach(title "Perjanjian Kinerja 2019: anggaran program dan kegiatan" "Pengukuran Pencapaian Sasaran 2019"
              "Capaian Kinerja Program dan Kegiatan 2019" "Anggaran dan Realisasi Belanja 2019" "Efisiensi 2019")
  list(FIND firsts "${title}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "'${title}' does not start a page; the pages start with: ${firsts}")
  endif()
endforeach()
# A table over more than one page: the page after the one with its title starts with its header row.
list(FIND firsts "Anggaran dan Realisasi Belanja 2019" at)
math(EXPR next "${at} + 1")
list(GET firsts ${next} continued)
if(NOT continued MATCHES "^Uraian +Anggaran \\(Rp\\) +Realisasi \\(Rp\\)")
  message(FATAL_ERROR "the budget table's second page does not repeat its header row: '${continued}'")
endif()

execute_process(COMMAND ${PROGRAM} report ${WIDE} --table renja --format html -o ${WORK}/renja.html RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "kinerja report --table renja failed (${rc})")
endif()
print(renja)
execute_process(COMMAND ${PDFINFO} -f 1 -l 99 ${WORK}/renja.pdf OUTPUT_VARIABLE info)
if(NOT info MATCHES "size: +84[0-9.]+ x 59[0-9.]+ pts \\(A4\\)")
  message(FATAL_ERROR "the Renja table (more than six columns) is not printed landscape:\n${info}")
endif()
message(STATUS "the report prints on A4, a table a page, headers repeated, the wide table landscape")
