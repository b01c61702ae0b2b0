# Debian package: `cpack --config build/CPackConfig.cmake -G DEB` after a build.
set(CPACK_PACKAGE_NAME "inversize")
set(CPACK_PACKAGE_VENDOR "InverSize developers")
set(CPACK_PACKAGE_CONTACT "InverSize developers <maintainers@users.noreply.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Inverse sizing of CMOS opamps with diffusion models and structural knowledge")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "electronics")
# The GF180MCU model files in share/inversize/technology/gf180mcu/ are Apache-2.0 (their
# LICENSE installs with them and as doc/inversize/gf180mcu-LICENSE).
set(CPACK_DEBIAN_PACKAGE_LICENSE "GPL-3.0-or-later and Apache-2.0")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libngspice0, ngspice, libopenblas0-pthread")
if(TARGET inversize)
  # the desktop application: Qt's platform plugins and SVG icon engine are loaded at run time,
  # so dpkg-shlibdeps cannot see them
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins, libqt6svg6")
  install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/inversize.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
if(TARGET inversize_cluster)
  # under mpirun the batch commands spread over MPI ranks (docs/cluster.md); the library itself
  # comes with SHLIBDEPS, the launcher does not
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "openmpi-bin")
  install(PROGRAMS ${CMAKE_SOURCE_DIR}/packaging/cluster/generate.sbatch ${CMAKE_SOURCE_DIR}/packaging/cluster/scaling.sh
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/inversize/cluster)
endif()
install(FILES ${CMAKE_SOURCE_DIR}/packaging/inversize.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/io.github.inversize.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/inversize RENAME copyright)
install(FILES ${CMAKE_SOURCE_DIR}/resources/technology/gf180mcu/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/inversize
        RENAME gf180mcu-LICENSE)
include(CPack)
