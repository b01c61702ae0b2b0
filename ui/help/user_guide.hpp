// Help → User guide: the README's workflow in a few steps, each with a screenshot of the view
// it speaks of in the user's language (docs/screenshots/, compiled into the resources).
#pragma once

#include <QDialog>

class QTextBrowser;

namespace inversize::ui::help {

class UserGuide : public QDialog {
  Q_OBJECT

 public:
  explicit UserGuide(QWidget* parent = nullptr);
  // The guide as HTML; images from ":/guide/<language>/<view>.png" where the resources hold
  // them (else English, else none). `language` is "en", "de" or "pt".
  static QString html(const QString& language);
  QTextBrowser* browser() const { return browser_; }

 private:
  QTextBrowser* browser_;
};

}  // namespace inversize::ui::help
