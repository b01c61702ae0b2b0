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

QString language_in_use() {
  QString code = chosen_language();
  if (code.isEmpty()) code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
  return available_languages().contains(code) ? code : QStringLiteral("en");
}

QString install_translators(QCoreApplication& app) {
  // The translators of the previous call: a language change replaces them.
  static QPointer<QTranslator> own, qt;
  for (QPointer<QTranslator>* t : {&own, &qt})
    if (*t) {
      app.removeTranslator(*t);
      delete t->data();
    }
  const QString code = language_in_use();
  if (code == QLatin1String("en")) return code;
  own = new QTranslator(&app);
  if (own->load(QStringLiteral(":/i18n/inversize_") + code)) app.installTranslator(own);
  // Qt's own dialogs (Cancel, Save, ...): by locale, so that "pt" finds Debian's qtbase_pt_BR.
  qt = new QTranslator(&app);
  if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app.installTranslator(qt);
  return code;
}

}  // namespace inversize::ui::mainwindow
