# Fails when a generator source file has no test file of its name:
# generator/<folder>/<name>.cpp needs tests/<folder>/<name>_test.cpp (or
# <name>_<aspect>_test.cpp); the program's own files beside main.cpp
# (generator/<name>.cpp) need tests/cli/<name>_test.cpp.
# Run by CTest: cmake -DROOT=<repository> -P check_test_files.cmake
file(GLOB_RECURSE sources RELATIVE ${ROOT}/generator ${ROOT}/generator/*.cpp)
set(missing)
foreach(source IN LISTS sources)
  get_filename_component(folder ${source} DIRECTORY)
  get_filename_component(name ${source} NAME_WE)
  if(folder STREQUAL "")
    set(folder cli)
  endif()
  file(GLOB found ${ROOT}/tests/${folder}/${name}_test.cpp ${ROOT}/tests/${folder}/${name}_*_test.cpp)
  if(NOT found)
    list(APPEND missing "generator/${source} (expected tests/${folder}/${name}_test.cpp)")
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " text)
  message(FATAL_ERROR "source files without a test file:\n  ${text}")
endif()
list(LENGTH sources n)
message(STATUS "all ${n} source files have a test file")
