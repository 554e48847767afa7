# Runs PROGRAM with ARGS (|-separated) and compares its standard output with the file EXPECTED, byte
# for byte; with SAVE set, also writes the output there (for a check that reads it next).
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${rc}): ${err}")
endif()
if(SAVE)
  file(WRITE ${SAVE} "${out}")
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "output differs from ${EXPECTED}\n--- got:\n${out}")
endif()
