# Fails when a shipped user-visible string has no finished Chinese translation: runs lupdate over
# the sources against a copy of the shipped zh_CN catalogue and looks for unfinished entries.
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${SOURCE_DIR}/translations/floodcommand_zh_CN.ts ${WORK_DIR}/check_zh_CN.ts COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none -extensions cpp,h -I ${SOURCE_DIR}
                        ${SOURCE_DIR}/app ${SOURCE_DIR}/widgets ${SOURCE_DIR}/maps -ts ${WORK_DIR}/check_zh_CN.ts
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${out} ${err}")
endif()
file(READ ${WORK_DIR}/check_zh_CN.ts ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished n)
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
if(total LESS 50)
  message(FATAL_ERROR "only ${total} messages found: lupdate did not scan the sources")
endif()
if(n GREATER 0)
  list(SUBLIST unfinished 0 10 first)
  string(REPLACE ";" "\n" first "${first}")
  message(FATAL_ERROR "${n} of ${total} strings lack a Chinese translation, e.g.:\n${first}")
endif()
message(STATUS "${total} strings, all translated")
