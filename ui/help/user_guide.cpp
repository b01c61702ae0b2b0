#include "help/user_guide.hpp"

#include <QFile>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

#include "common/close_button.hpp"
#include "mainwindow/language.hpp"

namespace inversize::ui::help {

namespace {

// A screenshot of a view, in the user's language where one was made.
QString picture(const QString& language, const QString& view) {
  for (const QString& lang : {language, QStringLiteral("en")}) {
    const QString path = QStringLiteral(":/guide/%1/%2.png").arg(lang, view);
    if (QFile::exists(path)) return QStringLiteral("<p><img src=\"qrc%1\" width=\"640\"></p>").arg(path);
  }
  return {};
}

}  // namespace

QString UserGuide::html(const QString& language) {
  QString h = QStringLiteral("<h2>") + tr("InverSize user guide") + QStringLiteral("</h2>");
  h += QStringLiteral("<p>") +
       tr("InverSize sizes a CMOS opamp backwards: you state the performances, it draws many transistor sizings "
          "that meet them, each verified with ngspice. Four steps take you from a netlist to a sized one.") +
       QStringLiteral("</p>");
  auto step = [&h, &language](const QString& title, const QString& text, const QString& view) {
    h += QStringLiteral("<h3>") + title + QStringLiteral("</h3><p>") + text + QStringLiteral("</p>") + picture(language, view);
  };
  step(tr("1. Open your opamp"),
       tr("<b>File → New from netlist</b> reads your opamp (a SPICE <tt>.subckt</tt> or a whole deck) with your "
          "technology; the start page and <b>File → Open example</b> offer the shipped examples, trained projects "
          "first. The <b>Schematic</b> tab draws the circuit with its structural blocks (shaded, named as "
          "in the paper: <tt>DP_t</tt>, <tt>CM_l</tt>, …) and colours every device by its function: bias, load, "
          "transconductance. Click a block to see its devices, sizes and operating points; the nominal simulation "
          "(F5) fills the performances."),
       QStringLiteral("schematic"));
  step(tr("2. Generate data and train"),
       tr("<b>Project → Generate training data</b> simulates designs spread over the design space (NSGA-II keeps a "
          "Pareto archive) and stores them in the project file. <b>Project → Train sizing models</b> then trains one diffusion model per "
          "block, each with its surrogate; the <b>Training</b> tab shows its loss curves per block and its progress. Both run in the background and can "
          "be cancelled without losing what is stored."),
       QStringLiteral("training"));
  step(tr("3. Explore sizings"),
       tr("In the <b>Exploration</b> tab, tick the performances you ask for and set their values with the sliders "
          "or spin boxes; the shaded band shows what the training data covers. Each change draws new sizings, refines "
          "them with the surrogate and shows them at once in sizing and performance space; their ngspice "
          "verification streams in. The table sorts them; selecting samples in a cloud or the table links the "
          "views and restricts the histograms and the device spread to them.") +
           QLatin1Char(' ') +
           tr("The simulations run in two rounds: once the first half is verified, the surrogate is corrected by what "
              "ngspice measured, the other half is chosen again, and a sizing that missed is tried again nearby. The "
              "table's <b>origin</b> column says which: drawn by the model, a training design (archive), or a retry.") +
           QLatin1Char(' ') +
           tr("The model draws for the nearest training design that meets your specification, and the status line "
              "names it. When no training design meets it, the status line says so first: the specification lies "
              "beyond what the model was trained on, and fewer samples will meet it; relax a bound, or generate "
              "more training data there.") +
           QLatin1Char(' ') +
           tr("Values are shown and typed in engineering notation: <tt>710 mV</tt>, <tt>26.31 MHz</tt>, or short "
              "<tt>710m</tt>, <tt>5p</tt>, <tt>1.2meg</tt>; a bare number takes the performance's unit. After a yield "
              "study in the <b>Robustness</b> tab the table has a <b>Yield</b> column to sort by, and the clouds "
              "colour the samples by their yield."),
       QStringLiteral("exploration"));
  step(tr("4. Export"),
       tr("<b>Export netlist…</b> writes your own netlist file with the chosen sizing's sizes and a header that "
          "says what was exported: the specification, the verified performances, the date and the version. The "
          "samples export as CSV, the specification as JSON. The same steps run in batch with "
          "<tt>inversize-cli new</tt>, <tt>generate</tt>, <tt>train</tt> and <tt>sample --verify --export</tt>."),
       QStringLiteral("export"));
  return h;
}

UserGuide::UserGuide(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("InverSize user guide"));
  auto* layout = new QVBoxLayout(this);
  browser_ = new QTextBrowser(this);
  browser_->setOpenExternalLinks(true);
  browser_->setHtml(html(mainwindow::language_in_use()));
  layout->addWidget(browser_);
  add_close_button(this, layout);
  // Its pictures' width; at most most of the screen (720 px with a title bar overran a laptop's 768).
  const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
  resize(std::min(760, screen.width() * 9 / 10), std::min(720, screen.height() * 85 / 100));
}

}  // namespace inversize::ui::help
