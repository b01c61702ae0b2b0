// The start of every window test: the settings (window geometry, language, recent files) go to
// a throwaway place, never the user's; simulations run in the worker built beside the tests.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "simulation/worker_pool.hpp"

inline void start_ui_test() {
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("InverSizeTest"));
  inversize::simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
}

#ifdef INVERSIZE_PROJECTS_DIR
// A copy of the shipped Miller project in `dir`, for the tests to open and write (never the
// shipped file); empty when it could not be copied.
inline QString shipped_miller_copy(const QTemporaryDir& dir) {
  const QString path = dir.filePath(QStringLiteral("miller.isz"));
  return QFile::copy(QStringLiteral(INVERSIZE_PROJECTS_DIR "/miller.isz"), path) ? path : QString();
}
#endif
