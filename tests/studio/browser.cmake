# The studio's page (studio/web): included from tests/CMakeLists.txt.
#
# studio/bundle_hash: the checked-in bundle (studio/web/dist) was built from the sources as they
# are (coreutils only; always on).
add_test(NAME studio/bundle_hash COMMAND bash ${PROJECT_SOURCE_DIR}/tests/studio/bundle_hash.sh ${PROJECT_SOURCE_DIR})

# studio/browser: `redline studio` on the SEC register driven by Debian's chromium through
# playwright-core (issue 17's acceptance). It skips itself (exit 77) when studio/web/node_modules
# (npm --prefix studio/web ci) or /usr/bin/chromium is missing. Its screenshot goes into the build
# tree; `node tests/studio/browser.mjs build/redline .` run by hand refreshes docs/images/studio.png.
# Not with the sanitizers: it tests the page, the same in both CI stages; the sanitized server
# answers studio/api and the unit tests' requests.
find_program(REDLINE_STUDIO_NODE node)
if(REDLINE_STUDIO_NODE AND NOT REDLINE_SANITIZE)
  add_test(NAME studio/browser
           COMMAND ${REDLINE_STUDIO_NODE} ${PROJECT_SOURCE_DIR}/tests/studio/browser.mjs $<TARGET_FILE:redline>
                   ${PROJECT_SOURCE_DIR} --screenshot ${CMAKE_CURRENT_BINARY_DIR}/studio/studio.png)
  # chromium and the server at once; each wait inside allows 120 s (STUDIO_TIMEOUT_MS).
  set_tests_properties(studio/browser PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900 PROCESSORS 2)
elseif(NOT REDLINE_SANITIZE)
  message(STATUS "studio browser test: off (no node)")
endif()
