# The .oxt files made at build time from sources in the repository, into ${OXT_EXTRAS}, which the
# packing step (src/uno/CMakeLists.txt) lays over the copy of extension/:
#   icons/             the toolbar and menu icons and the Extension Manager's icon
#                      (packaging/make-icons.sh; needs ImageMagick, see packaging/install-deps.sh)
#   LICENSE.txt        the licence the user accepts on installing: the repository's LICENSE
#   RELEASE-NOTES.md   the release notes, docs/release-notes.md
# Sets OXT_EXTRAS (the folder) and OXT_EXTRA_FILES (what is in it, for DEPENDS).
find_program(PROVISO_IMAGEMAGICK_CONVERT convert)
if(NOT PROVISO_IMAGEMAGICK_CONVERT)
  message(FATAL_ERROR "ImageMagick's convert draws the extension's icons: install it with "
                      "packaging/install-deps.sh (Debian package imagemagick)")
endif()

set(OXT_EXTRAS ${PROJECT_BINARY_DIR}/oxt-extras)
set(OXT_ICONS)
foreach(name check selection clear table options)
  list(APPEND OXT_ICONS ${OXT_EXTRAS}/icons/${name}_16.png ${OXT_EXTRAS}/icons/${name}_26.png)
endforeach()
list(APPEND OXT_ICONS ${OXT_EXTRAS}/icons/proviso_42.png ${OXT_EXTRAS}/icons/proviso_42_hc.png)
add_custom_command(
  OUTPUT ${OXT_ICONS}
  COMMAND sh ${PROJECT_SOURCE_DIR}/packaging/make-icons.sh ${OXT_EXTRAS}/icons
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/make-icons.sh
  COMMENT "Drawing the extension's icons")
add_custom_command(
  OUTPUT ${OXT_EXTRAS}/LICENSE.txt ${OXT_EXTRAS}/RELEASE-NOTES.md
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/LICENSE ${OXT_EXTRAS}/LICENSE.txt
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/docs/release-notes.md
          ${OXT_EXTRAS}/RELEASE-NOTES.md
  DEPENDS ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/docs/release-notes.md)
set(OXT_EXTRA_FILES ${OXT_ICONS} ${OXT_EXTRAS}/LICENSE.txt ${OXT_EXTRAS}/RELEASE-NOTES.md)
