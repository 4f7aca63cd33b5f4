# ctest: fails when docs/rules.md differs from what the rule files generate.
# Regenerate with: ./build/proviso rules doc rules > docs/rules.md
execute_process(COMMAND ${PROVISO} rules doc rules
                WORKING_DIRECTORY ${SOURCE}
                OUTPUT_FILE ${OUT}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "proviso rules doc failed (${status})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${SOURCE}/docs/rules.md
                RESULT_VARIABLE different)
if(different)
  message(FATAL_ERROR "docs/rules.md is out of date: run `./build/proviso rules doc rules > docs/rules.md`")
endif()
