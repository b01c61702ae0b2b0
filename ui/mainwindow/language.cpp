#include "mainwindow/language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace inversize::ui::mainwindow {

QStringList available_languages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("pt")}; }

QString chosen_language() { return QSettings().value(QStringLiteral("language")).toString(); }

void store_language(const QString& code) { QSettings().setValue(QStringLiteral("language"), code); }

QString install_translators(QCoreApplication& app) {
  // The translators of the previous call: a language change replaces them.
  static QPointer<QTranslator> own, qt;
  for (QPointer<QTranslator>* t : {&own, &qt})
    if (*t) {
      app.removeTranslator(*t);
      delete t->data();
    }
  QString code = chosen_language();
  if (code.isEmpty()) code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
  if (!available_languages().contains(code)) code = QStringLiteral("en");
  if (code == QLatin1String("en")) return code;
  own = new QTranslator(&app);
  if (own->load(QStringLiteral(":/i18n/inversize_") + code)) app.installTranslator(own);
  qt = new QTranslator(&app);
  if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app.installTranslator(qt);
  return code;
}

}  // namespace inversize::ui::mainwindow
