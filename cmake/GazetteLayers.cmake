# gazette_layer(): one generator/ folder as one static library that may use
# only the folders it names, so the layers cannot turn into circles.
#
#   gazette_layer(content
#     SOURCES loader.cpp ...
#     USES    model content_cache front_matter ...   # gazette folders below it
#     LIBS    PkgConfig::LIBYAML ...)                # third-party libraries
#
# Two things enforce USES:
# - Linking: the library links only the libraries of the folders it uses.
# - Including: it compiles against an include root of its own,
#   <build>/layers/<name>/, holding a link to its own folder and to each folder
#   it may use (directly or through them), and nothing else. An #include of a
#   folder it does not use ("site/build.h" from content/) fails to compile:
#   "No such file or directory".
# A folder must be declared after every folder it uses (generator/CMakeLists.txt
# adds them bottom-up).
set(GAZETTE_LAYER_ROOT ${CMAKE_BINARY_DIR}/layers)

function(gazette_layer name)
  cmake_parse_arguments(L "" "" "SOURCES;USES;LIBS" ${ARGN})
  set(visible ${name})
  set(deps)
  foreach(dep IN LISTS L_USES)
    if(NOT TARGET gazette_${dep})
      message(FATAL_ERROR "generator/${name} uses '${dep}', which is not declared below it")
    endif()
    get_target_property(dep_visible gazette_${dep} GAZETTE_VISIBLE)
    list(APPEND visible ${dep_visible})
    list(APPEND deps gazette_${dep})
  endforeach()
  list(REMOVE_DUPLICATES visible)
  list(SORT visible)

  set(root ${GAZETTE_LAYER_ROOT}/${name})
  file(REMOVE_RECURSE ${root})
  file(MAKE_DIRECTORY ${root})
  foreach(folder IN LISTS visible)
    file(CREATE_LINK ${GAZETTE_GENERATOR_DIR}/${folder} ${root}/${folder} SYMBOLIC)
  endforeach()

  add_library(gazette_${name} STATIC ${L_SOURCES})
  target_include_directories(gazette_${name} PRIVATE ${root})
  target_link_libraries(gazette_${name} PUBLIC ${deps} ${L_LIBS} gazette_common
                        PRIVATE gazette_warnings)
  set_target_properties(gazette_${name} PROPERTIES GAZETTE_VISIBLE "${visible}")
  set_property(GLOBAL APPEND PROPERTY GAZETTE_LAYERS gazette_${name})
endfunction()
