// The user interface language: the system locale unless the Language menu chose one
// (QSettings "language": "" for the system, else "en", "de", "pt").
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace inversize::ui::mainwindow {

QStringList available_languages();  // "en", "de", "pt"
QString chosen_language();          // as stored; "" means the system's
void store_language(const QString& code);
QString language_in_use();          // the chosen one, else the system's if offered, else "en"
// Installs the translators for the chosen (or system) language, replacing the ones an earlier
// call installed; returns the code in use.
QString install_translators(QCoreApplication& app);

}  // namespace inversize::ui::mainwindow
