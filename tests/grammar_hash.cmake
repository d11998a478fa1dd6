# Fails when grammar/Redline.g4 changed but grammar/generated/ was not regenerated.
file(SHA256 ${GRAMMAR} actual)
file(READ ${RECORDED} recorded)
string(STRIP "${recorded}" recorded)
if(NOT actual STREQUAL recorded)
  message(FATAL_ERROR "grammar/Redline.g4 (sha256 ${actual}) does not match the generated parser (${recorded}): "
                      "run grammar/regenerate.sh or configure with -DREDLINE_REGENERATE_GRAMMAR=ON")
endif()
message(STATUS "grammar hash matches: ${actual}")
