# ctest: the .oxt carries what the Extension Manager shows and asks, so that it looks finished:
# the version, a name, a description and a publisher in English, French, Spanish, Arabic, Russian
# and Chinese, an icon of the size it draws (42 px) and its high-contrast twin, the licence to accept (the repository's LICENSE),
# the release notes of this version, and every file that description.xml, the manifest and
# Addons.xcu name. No address that leads nowhere.
# Run: cmake -DOXT=build/proviso.oxt -DSOURCE=. -DVERSION=0.2.0 -DWORK=scratch-dir -P CheckOxt.cmake
set(problems)
string(REPLACE "." "\\." version "${VERSION}")  # for the regular expressions
macro(problem text)
  list(APPEND problems "${text}")
endmacro()

# Sets `name` to the file of the .oxt that `pattern` captures in description.xml, or to "" (and
# says that `what` is missing). A named file that is not in the .oxt is reported further down.
macro(named_file pattern what)
  set(name "")
  if(description MATCHES "${pattern}")
    if(EXISTS ${WORK}/${CMAKE_MATCH_1})
      set(name ${CMAKE_MATCH_1})
    endif()
  else()
    problem("no ${what}")
  endif()
endmacro()
# Says `what` unless `text` matches `pattern` (a function: a macro would unescape the pattern).
function(expect text pattern what)
  if(NOT text MATCHES "${pattern}")
    set(problems ${problems} "${what}" PARENT_SCOPE)
  endif()
endfunction()
# Says `what` when the file `copy` of the .oxt differs from `original`.
macro(same_file copy original what)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/${copy} ${original}
                  RESULT_VARIABLE different OUTPUT_QUIET ERROR_QUIET)
  if(different)
    problem("${what}")
  endif()
endmacro()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(ARCHIVE_EXTRACT INPUT ${OXT} DESTINATION ${WORK})
file(READ ${WORK}/description.xml description)

# Every file description.xml, the manifest and the toolbar name is in the .oxt.
string(REGEX MATCHALL "xlink:href=\"[^\"]*\"" hrefs "${description}")
file(READ ${WORK}/META-INF/manifest.xml manifest)
string(REGEX MATCHALL "manifest:full-path=\"[^\"]*\"" entries "${manifest}")
file(READ ${WORK}/Addons.xcu addons)
string(REGEX MATCHALL "%origin%/[^<]*" images "${addons}")
foreach(reference IN LISTS hrefs entries images)
  if(reference MATCHES "\"([^\"]*)\"|^%origin%/(.*)")
    set(path "${CMAKE_MATCH_1}${CMAKE_MATCH_2}")
  endif()
  if(NOT EXISTS ${WORK}/${path} OR IS_DIRECTORY ${WORK}/${path})
    problem("${path} is named (${reference}) but not in the .oxt")
  endif()
endforeach()

if(NOT description MATCHES "<version value=\"${version}\"/>")
  problem("description.xml does not give the version ${VERSION}")
endif()
if(description MATCHES "example\\.|\\.invalid|localhost")
  problem("description.xml gives an address that leads nowhere (example.*, *.invalid, localhost)")
endif()

# A name, a publisher and a description in each language the extension speaks.
string(REGEX MATCH "<display-name>.*</display-name>" names "${description}")
string(REGEX MATCH "<publisher>.*</publisher>" publishers "${description}")
foreach(lang en fr es ar ru zh)
  expect("${names}" "<name lang=\"${lang}\">Proviso[^<]+</name>"
         "no display name in '${lang}' starting with Proviso")
  expect("${publishers}" "<name [^>]*lang=\"${lang}\"[^>]*>[^<]+</name>"
         "no publisher name in '${lang}'")
  named_file("<extension-description>.*<src xlink:href=\"([^\"]+)\" lang=\"${lang}\"/>"
             "description in '${lang}'")
  if(name)
    # The closing paragraphs: what is new in this version, and the licence.
    file(READ ${WORK}/${name} text)
    expect("${text}" "[^0-9.]${version}[^0-9]" "${name} does not say what is new in ${VERSION}")
    expect("${text}" "Mozilla Public License 2\\.0" "${name} does not name the licence")
  endif()
endforeach()

# The icons: PNG, 42 x 42 pixels (the size the Extension Manager draws without scaling).
foreach(kind default high-contrast)
  named_file("<icon>.*<${kind} xlink:href=\"([^\"]+)\"/>.*</icon>" "${kind} icon")
  if(name)
    file(READ ${WORK}/${name} header LIMIT 24 HEX)
    if(NOT header MATCHES "^89504e470d0a1a0a0000000d49484452")
      problem("${name} is not a PNG")
    elseif(NOT header MATCHES "0000002a0000002a$")
      problem("${name} is not 42 x 42 pixels (IHDR ${header})")
    endif()
  endif()
endforeach()

# The licence the user accepts is the repository's, the Mozilla Public License 2.0.
named_file("<registration>.*<simple-license accept-by=\"user\"[^>]*>.*<license-text xlink:href=\"([^\"]+)\""
           "licence for the user to accept (registration/simple-license accept-by=\"user\")")
if(name)
  same_file(${name} ${SOURCE}/LICENSE "${name} in the .oxt is not the repository's LICENSE")
endif()
file(STRINGS ${SOURCE}/LICENSE first LIMIT_COUNT 1)
if(NOT first STREQUAL "Mozilla Public License Version 2.0")
  problem("LICENSE does not start with 'Mozilla Public License Version 2.0'")
endif()

# The release notes have a section for this version, and ship.
file(READ ${SOURCE}/docs/release-notes.md notes)
if(NOT notes MATCHES "\n## ${version}\n")
  problem("docs/release-notes.md has no section '## ${VERSION}'")
endif()
same_file(RELEASE-NOTES.md ${SOURCE}/docs/release-notes.md
          "RELEASE-NOTES.md in the .oxt is not docs/release-notes.md")

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "${OXT}:\n  ${text}")
endif()
message(STATUS "${OXT}: icon, names, descriptions, licence and release notes of ${VERSION} in place")
