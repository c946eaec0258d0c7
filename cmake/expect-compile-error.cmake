# cmake -DBUILD_DIR=<dir> -DTARGET=<target> -DPATTERNS=<regex;regex...> -P expect-compile-error.cmake
# Builds TARGET and passes only if the build FAILS and its output matches every regex in PATTERNS:
# the misuse must be rejected, and with the sentence a user is meant to read.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
set(log "${out}${err}")
if(status EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled, but it is a misuse that must not compile")
endif()
foreach(pattern IN LISTS PATTERNS)
  if(NOT log MATCHES "${pattern}")
    message(FATAL_ERROR "the diagnostic for ${TARGET} lacks /${pattern}/:\n${log}")
  endif()
endforeach()
message(STATUS "${TARGET} fails to compile as expected")
