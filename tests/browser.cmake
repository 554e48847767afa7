# Renders `kinerja report --format html` in headless Chromium and checks what the page shows: the
# text of the printed page (Chromium's PDF, read back with pdftotext) holds the report's key figures,
# and the page draws its three charts.
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${PROGRAM} report --format html -o ${WORK}/report.html RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "kinerja report --format html failed (${rc})")
endif()
set(flags --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir=${WORK}/profile)
execute_process(COMMAND ${CHROMIUM} ${flags} --print-to-pdf=${WORK}/report.pdf file://${WORK}/report.html
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET TIMEOUT 120)
if(NOT rc EQUAL 0 OR NOT EXISTS ${WORK}/report.pdf)
  message(FATAL_ERROR "chromium could not print the page (${rc})")
endif()
execute_process(COMMAND ${PDFTOTEXT} -layout ${WORK}/report.pdf - OUTPUT_VARIABLE shown RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pdftotext failed (${rc})")
endif()
# Figures of the seed, checked by hand: the total 7.427.331.499 / 6.882.166.420,36 / 92,66 %, belanja
# langsung 5.328.713.488, PMKS 26,43 against 26,75 (98,80, Sangat Baik), PSKS 76,59 (95,74).
foreach(figure "Laporan Kinerja 2019" "7.427.331.499,00" "6.882.166.420,36" "92,66" "5.328.713.488,00"
               "26,43" "98,80" "Sangat Baik" "76,59" "95,74" "Pengukuran Pencapaian Sasaran 2019")
  string(FIND "${shown}" "${figure}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the rendered page does not show '${figure}'")
  endif()
endforeach()
execute_process(COMMAND ${CHROMIUM} ${flags} --dump-dom file://${WORK}/report.html
  OUTPUT_VARIABLE dom RESULT_VARIABLE rc ERROR_QUIET TIMEOUT 120)
string(REGEX MATCHALL "<svg " charts "${dom}")
list(LENGTH charts n)
if(NOT n EQUAL 3)
  message(FATAL_ERROR "the page draws ${n} charts, not 3 (two indicators, serapan against capaian)")
endif()
message(STATUS "chromium shows the report and its ${n} charts")
