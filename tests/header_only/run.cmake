# Compiles tests/header_only/main.cpp with the compiler CXX alone (-std=c++17 -I SOURCE/include, nothing
# linked), runs it and compares its output with figures worked by hand.
file(MAKE_DIRECTORY ${WORK})
execute_process(
  COMMAND ${CXX} -std=c++17 -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Werror -I ${SOURCE}/include ${SOURCE}/tests/header_only/main.cpp
    -o ${WORK}/header_only
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the core did not compile header-only:\n${err}")
endif()
execute_process(COMMAND ${WORK}/header_only RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "header_only failed (${rc}): ${err}")
endif()
# By hand: 848.146.988 - 828.507.537 = 19.639.451; 828.507.537 / 848.146.988 = 0,976844... -> 97,68 %;
# 22,41 / 26,75 = 0,837757... -> 83,78 % (Baik: 76 <= 83,78 < 91); (2 x 10 - 12) / 10 = 80,00 %;
# 10 / 12 = 0,83333... -> 83,33 %; Rp100 in three: 33,34 + 33,33 + 33,33, the extra sen to the first.
string(CONCAT expected
  "anggaran Rp848.146.988,00\n"
  "distinct 2, anggaran twice 2\n"
  "serapan 97,68 %\n"
  "sisa Rp19.639.451,00\n"
  "capaian 83,78 % Baik\n"
  "lower 80,00 % / 83,33 %\n"
  "nol undefined\n"
  "Rp33,34 Rp33,33 Rp33,33 \n")
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "unexpected output:\n${out}\nexpected:\n${expected}")
endif()
