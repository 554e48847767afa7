# Runs PROGRAM on INPUT with --tsv and compares its standard output with EXPECTED, byte for byte.
execute_process(COMMAND ${PROGRAM} ${INPUT} --tsv
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${rc}): ${err}")
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "output differs from ${EXPECTED}\n--- got:\n${out}\n--- expected:\n${expected}")
endif()
message(STATUS "output matches ${EXPECTED}")
