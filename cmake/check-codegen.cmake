# cmake -DOBJDUMP=<objdump> -DOBJECT=<file.o> -DFUNCTION=<sym> -DREFERENCE=<sym> -P check-codegen.cmake
# Disassembles OBJECT and checks that FUNCTION contains no call (nor a jump to another function)
# and at most one more floating-point arithmetic instruction than REFERENCE.
execute_process(COMMAND ${OBJDUMP} -d --no-show-raw-insn ${OBJECT}
  OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${OBJDUMP} failed on ${OBJECT}")
endif()

# The instructions of one function: from its "<name>:" line to the next blank line.
function(body_of name out)
  string(REGEX MATCH "<${name}>:\n([^\n]+\n)+" body "${listing}")
  if(body STREQUAL "")
    message(FATAL_ERROR "no function ${name} in ${OBJECT}")
  endif()
  set(${out} "${body}" PARENT_SCOPE)
endfunction()

set(arithmetic_regex "\t(v?(add|sub|mul|div|fmadd[0-9]*|fmsub[0-9]*|fnmadd[0-9]*|fnmsub[0-9]*|sqrt)[sp][sd]|f(add|sub|mul|div)p?)[ \t]")
function(count_matches text regex out)
  string(REGEX MATCHALL "${regex}" found "${text}")
  list(LENGTH found n)
  set(${out} ${n} PARENT_SCOPE)
endfunction()

body_of(${FUNCTION} ours)
body_of(${REFERENCE} theirs)
count_matches("${ours}" "\t(call|jmp)[ \t]+[0-9a-f]+ <" calls)
count_matches("${ours}" "${arithmetic_regex}" ours_arithmetic)
count_matches("${theirs}" "${arithmetic_regex}" their_arithmetic)

message(STATUS "${FUNCTION}:\n${ours}")
message(STATUS "${REFERENCE}:\n${theirs}")
message(STATUS "calls in ${FUNCTION}: ${calls}; arithmetic instructions: ${ours_arithmetic} "
               "(${REFERENCE}: ${their_arithmetic})")
if(calls GREATER 0)
  message(FATAL_ERROR "${FUNCTION} is not fully inlined: ${calls} call(s)")
endif()
math(EXPR limit "${their_arithmetic} + 1")
if(ours_arithmetic GREATER limit)
  message(FATAL_ERROR "${FUNCTION} has ${ours_arithmetic} arithmetic instructions, more than ${limit}")
endif()
if(their_arithmetic EQUAL 0)
  message(FATAL_ERROR "found no arithmetic in ${REFERENCE}: the instruction pattern is out of date")
endif()
