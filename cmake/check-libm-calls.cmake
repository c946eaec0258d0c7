# cmake -DOBJDUMP=<objdump> -DOBJECT=<ours.o> -DFUNCTION=<sym> -DREFERENCE_OBJECT=<theirs.o>
#       -DREFERENCE=<sym> -P check-libm-calls.cmake
# Counts the calls to each elementary function (exp, log, sin, ...) in FUNCTION and in REFERENCE,
# by the relocations of their call instructions, and fails unless the counts are equal: a
# gradient must call libm exactly as often as the hand-written one, no more.
set(functions exp expm1 exp2 log log1p log2 log10 sin cos tan asin acos atan atan2 sinh cosh tanh
              asinh acosh atanh sqrt cbrt hypot pow erf erfc)

function(calls_of object name out)
  execute_process(COMMAND ${OBJDUMP} -dr --no-show-raw-insn ${object} OUTPUT_VARIABLE listing RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${OBJDUMP} failed on ${object}")
  endif()
  string(REGEX MATCH "<${name}>:\n([^\n]+\n)+" body "${listing}")
  if(body STREQUAL "")
    message(FATAL_ERROR "no function ${name} in ${object}")
  endif()
  # sincos(x) is sin(x) and cos(x) in one call; g++ merges the pair in some builds and not in
  # others (not under -fsanitize=undefined), so it counts as one of each.
  string(REGEX MATCHALL "R_X86_64_PLT32[ \t]+sincos(f|l)?-0x4" found "${body}")
  list(LENGTH found sincos)
  set(counts)
  foreach(f IN LISTS functions)
    string(REGEX MATCHALL "R_X86_64_PLT32[ \t]+${f}(f|l)?-0x4" found "${body}")
    list(LENGTH found n)
    if(f STREQUAL "sin" OR f STREQUAL "cos")
      math(EXPR n "${n} + ${sincos}")
    endif()
    list(APPEND counts "${f}=${n}")
  endforeach()
  set(${out} "${counts}" PARENT_SCOPE)
endfunction()

calls_of(${OBJECT} ${FUNCTION} ours)
calls_of(${REFERENCE_OBJECT} ${REFERENCE} theirs)
string(REPLACE ";" " " shown "${ours}")
message(STATUS "libm calls in ${FUNCTION}: ${shown}")
string(REPLACE ";" " " shown "${theirs}")
message(STATUS "libm calls in ${REFERENCE}: ${shown}")
if(NOT ours STREQUAL theirs)
  message(FATAL_ERROR "${FUNCTION} and ${REFERENCE} call the elementary functions a different number of times")
endif()
string(REGEX MATCHALL "=[1-9]" any "${theirs}")
if(NOT any)
  message(FATAL_ERROR "found no libm call in ${REFERENCE}: the relocation pattern is out of date")
endif()
