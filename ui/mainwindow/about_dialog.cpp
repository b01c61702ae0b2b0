#include "mainwindow/about_dialog.hpp"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include "common/close_button.hpp"

namespace inversize::ui::mainwindow {

QString AboutDialog::text() {
  return tr("<h2>InverSize %1</h2>"
            "<p>Inverse sizing of CMOS operational amplifiers with diffusion models and structural knowledge.</p>"
            "<p>Copyright © the InverSize developers. InverSize is free software under the "
            "<b>GNU General Public License, version 3 or later</b> (GPL-3.0-or-later).</p>"
            "<p>It is built on:</p><ul>"
            "<li>Qt %2 (LGPL-3.0 / GPL)</li>"
            "<li>QCustomPlot (GPL-3.0)</li>"
            "<li>LibTorch (BSD-3-Clause)</li>"
            "<li>ngspice (BSD-3-Clause and others)</li>"
            "<li>Boost (Boost Software License 1.0)</li>"
            "<li>pagmo (GPL-3.0 / LGPL-3.0)</li>"
            "<li>SQLite (public domain), nlohmann/json (MIT), CLI11 (BSD-3-Clause)</li></ul>"
            "<p>The method: Azevedo, Leibl, Graeb, Martins, <i>Inverse Sizing and Exploration Based on Diffusion "
            "Models and Structural Knowledge</i>.</p>")
      .arg(QStringLiteral(INVERSIZE_VERSION), QString::fromLatin1(qVersion()))
      // The licence's text a click away, in every language (the identifier is never translated).
      .replace(QStringLiteral("(GPL-3.0-or-later)"),
               QStringLiteral("(<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GPL-3.0-or-later</a>)"));
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("About InverSize"));
  auto* layout = new QVBoxLayout(this);
  auto* row = new QHBoxLayout;
  auto* icon = new QLabel(this);
  icon->setPixmap(QIcon(QStringLiteral(":/icons/inversize.svg")).pixmap(64, 64));
  icon->setAlignment(Qt::AlignTop);
  auto* label = new QLabel(text(), this);
  label->setWordWrap(true);
  label->setTextFormat(Qt::RichText);
  label->setOpenExternalLinks(true);
  row->addWidget(icon);
  row->addWidget(label, 1);
  layout->addLayout(row);
  add_close_button(this, layout);
  resize(520, 420);
}

}  // namespace inversize::ui::mainwindow
