# cmake -DPROGRAM=<lecture_pictures> -DPICTURES=<docs/pictures> -P check-pictures.cmake
# Fails when the dot that tools/lecture_pictures.cpp prints today differs from the one committed
# beside each SVG: then the SVGs are stale, and tools/make_pictures.sh (which needs Graphviz)
# draws them again.
foreach(picture IN ITEMS tree derivative derivative_tree gradient_program)
  execute_process(COMMAND ${PROGRAM} ${picture} OUTPUT_VARIABLE actual RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${picture} exited with ${status}")
  endif()
  file(READ ${PICTURES}/lecture_${picture}.dot expected)
  if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "docs/pictures/lecture_${picture}.dot is stale: run tools/make_pictures.sh.\n"
                        "lecture_pictures ${picture} printed:\n${actual}")
  endif()
endforeach()
message(STATUS "the lecture's pictures are current")
