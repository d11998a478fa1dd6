# `cmake --install build --prefix P`: the executable, the libraries with a CMake package
# (find_package(redline) -> redline::service, redline::report) and a pkg-config file, the headers
# those libraries' users include, the man page and the shell completions. The layout is in
# docs/architecture.md ("The installed package").
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Every library the service and the report link, dependencies last (the order pkg-config's Libs
# gives them in, which a static link needs). cli/ is not here: it is the executable's, and its
# flags are no API.
set(REDLINE_INSTALLED_LIBRARIES redline_report redline_service redline_dbdata redline_analysis redline_driver redline_runtime redline_format
    redline_lower redline_amend redline_syntax redline_grammar redline_sema redline_ir redline_ast redline_support
    redline_types)
foreach(lib ${REDLINE_INSTALLED_LIBRARIES})
  # redline::service rather than redline::redline_service.
  string(REPLACE "redline_" "" export_name ${lib})
  set_target_properties(${lib} PROPERTIES EXPORT_NAME ${export_name})
endforeach()
install(TARGETS redline RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS ${REDLINE_INSTALLED_LIBRARIES} EXPORT redlineTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(EXPORT redlineTargets NAMESPACE redline:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/redline)

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/redlineConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/redlineConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/redline)
# 0.x: a later 0.y may break the API as much as 1.0 will; SameMajorVersion is what CMake offers.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/redlineConfigVersion.cmake
                                 COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/redlineConfig.cmake ${PROJECT_BINARY_DIR}/redlineConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/redline)

# The .pc file finds its prefix from where it lies (${pcfiledir}), so an install into any
# --prefix (the install test's temporary one) works without configuring for it.
set(REDLINE_PC_PREFIX "\${pcfiledir}")
string(REPLACE "/" ";" pc_dir_parts "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
foreach(part ${pc_dir_parts})
  string(APPEND REDLINE_PC_PREFIX "/..")
endforeach()
set(REDLINE_PC_LIBS "")
foreach(lib ${REDLINE_INSTALLED_LIBRARIES})
  string(APPEND REDLINE_PC_LIBS " -l${lib}")
endforeach()
configure_file(${CMAKE_CURRENT_LIST_DIR}/redline.pc.in ${PROJECT_BINARY_DIR}/redline.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/redline.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# Headers: service/, report/ and runtime/ as include/redline/<folder>/, and the compiler's layers
# next to them (include/redline/ast/, ...), the layout their own includes ("ast/ast.h",
# "service/diff.h") assume. Not installed: the headers behind the ANTLR wall (syntax/ but for
# parser.h, which format.h includes and which includes no ANTLR) and the evaluator's internals.
foreach(dir service report runtime analysis)
  file(GLOB headers ${PROJECT_SOURCE_DIR}/${dir}/*.h)
  list(FILTER headers EXCLUDE REGEX "/evaluator_internal\\.h$")
  install(FILES ${headers} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/redline/${dir})
endforeach()
foreach(layer types support ast ir sema amend lower format driver)
  file(GLOB headers ${PROJECT_SOURCE_DIR}/compiler/${layer}/*.h ${PROJECT_SOURCE_DIR}/compiler/${layer}/*.def)
  install(FILES ${headers} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/redline/${layer})
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/compiler/syntax/parser.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/redline/syntax)

# The man page and the shell completions, where man(1), bash-completion, zsh and fish look.
install(FILES ${PROJECT_SOURCE_DIR}/docs/man/redline.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/cli/completions/redline.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME redline)
install(FILES ${PROJECT_SOURCE_DIR}/cli/completions/_redline DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(FILES ${PROJECT_SOURCE_DIR}/cli/completions/redline.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
