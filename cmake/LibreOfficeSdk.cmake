# The LibreOffice SDK as Debian 12 ships it (libreoffice-dev): UNO headers and libraries, and the
# tools that turn our IDL into a type library (unoidl-write) and C++ headers (cppumaker).
set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder")

find_program(UNOIDL_WRITE unoidl-write PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
find_program(CPPUMAKER cppumaker PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")
foreach(f ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${LO_SDK_DIR}/include/cppu/macros.hxx)
  if(NOT EXISTS ${f})
    message(FATAL_ERROR "LibreOffice SDK file missing: ${f} (run packaging/install-deps.sh)")
  endif()
endforeach()

add_library(lo_sdk INTERFACE)
target_include_directories(lo_sdk SYSTEM INTERFACE ${LO_SDK_DIR}/include)
target_compile_definitions(lo_sdk INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
target_link_libraries(lo_sdk INTERFACE
  ${LO_SDK_DIR}/lib/libuno_cppuhelpergcc3.so
  ${LO_SDK_DIR}/lib/libuno_cppu.so
  ${LO_SDK_DIR}/lib/libuno_salhelpergcc3.so
  ${LO_SDK_DIR}/lib/libuno_sal.so)

# Our own UNO types (module org::proviso) -> proviso.rdb, then C++ headers for the office API
# and our types. cppumaker's output folder must be absolute.
file(GLOB PROVISO_IDL CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/idl/*.idl)
set(PROVISO_RDB ${PROJECT_BINARY_DIR}/proviso.rdb)
set(UNO_HEADERS_DIR ${PROJECT_BINARY_DIR}/uno-headers)
add_custom_command(
  OUTPUT ${PROVISO_RDB}
  COMMAND ${UNOIDL_WRITE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${PROVISO_IDL} ${PROVISO_RDB}
  DEPENDS ${PROVISO_IDL}
  COMMENT "Compiling IDL to proviso.rdb")
add_custom_command(
  OUTPUT ${UNO_HEADERS_DIR}/stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${UNO_HEADERS_DIR}
  COMMAND ${CPPUMAKER} -Gc -O ${UNO_HEADERS_DIR} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${PROVISO_RDB}
  COMMAND ${CMAKE_COMMAND} -E touch ${UNO_HEADERS_DIR}/stamp
  DEPENDS ${PROVISO_RDB}
  COMMENT "Generating UNO C++ headers with cppumaker")
add_custom_target(uno_headers DEPENDS ${UNO_HEADERS_DIR}/stamp ${PROVISO_RDB})

add_library(uno_api INTERFACE)
add_dependencies(uno_api uno_headers)
target_include_directories(uno_api SYSTEM INTERFACE ${UNO_HEADERS_DIR})
target_link_libraries(uno_api INTERFACE lo_sdk)
