// Every word of the interface in German and Portuguese: core's vocabulary (performance names,
// units and definitions from the one performance table, structures, stages, functions, regions,
// device kinds) has a finished translation, Qt's own dialogs speak the language, block
// descriptions are composed of translated parts, and a walk over the main window's widgets finds
// no English text left. (The lupdate check, test_ui_translations_complete, covers the tr() strings.)
#include <QtTest>

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QStyleOptionComboBox>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include "common/elided_combo_box.hpp"
#include "common/performance.hpp"
#include "common/vocabulary.hpp"
#include "diffusion/sizing_model.hpp"
#include "exploration/exploration_view.hpp"
#include "exploration/robustness_panel.hpp"
#include "mainwindow/about_dialog.hpp"
#include "mainwindow/job_dialogs.hpp"
#include "mainwindow/language.hpp"
#include "mainwindow/start_page.hpp"
#include "mainwindow/main_window.hpp"
#include "schematic/palette.hpp"
#include "structure/decompose.hpp"
#include "structure/library.hpp"
#include "ui_test_setup.hpp"

using namespace inversize;
using inversize::ui::mainwindow::MainWindow;

namespace {

QString text_of(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Every visible text of a window, in widget order: labels, buttons, group titles, tabs, menu
// entries, table and tree headers and cells.
QStringList texts_of(QWidget& root) {
  QStringList out;
  auto add = [&out](const QString& t) {
    if (!t.trimmed().isEmpty()) out << t;
  };
  for (QWidget* w : root.findChildren<QWidget*>()) {
    if (auto* l = qobject_cast<QLabel*>(w)) add(l->text());
    if (auto* b = qobject_cast<QAbstractButton*>(w)) add(b->text());
    if (auto* g = qobject_cast<QGroupBox*>(w)) add(g->title());
    if (auto* c = qobject_cast<QComboBox*>(w))  // the Robustness tab's corner sets read "default, all, none"
      for (int i = 0; i < c->count(); ++i) add(c->itemText(i)), add(c->itemData(i, Qt::ToolTipRole).toString());
    if (auto* t = qobject_cast<QTabWidget*>(w))
      for (int i = 0; i < t->count(); ++i) add(t->tabText(i));
    if (auto* m = qobject_cast<QMenu*>(w)) {
      add(m->title());
      for (QAction* a : m->actions()) add(a->text());
    }
    if (auto* t = qobject_cast<QTableWidget*>(w))
      for (int c = 0; c < t->columnCount(); ++c) {
        if (t->horizontalHeaderItem(c)) add(t->horizontalHeaderItem(c)->text());
        for (int r = 0; r < t->rowCount(); ++r)
          if (t->item(r, c)) add(t->item(r, c)->text());
      }
    if (auto* t = qobject_cast<QTreeWidget*>(w)) {
      for (int c = 0; c < t->columnCount(); ++c) add(t->headerItem()->text(c));
      for (QTreeWidgetItemIterator it(t); *it; ++it)
        for (int c = 0; c < t->columnCount(); ++c) add((*it)->text(c)), add((*it)->toolTip(c));
    }
  }
  for (QAction* a : root.findChildren<QMenuBar*>().value(0)->actions()) add(a->text());
  return out;
}

// Words that read the same in English and a translation: names, abbreviations, units, and
// German words spelt as the English ones (Element, Variable, Training, ...).
bool international(const QString& word) {
  static const QStringList kSame{
      QStringLiteral("InverSize"), QStringLiteral("CMRR"), QStringLiteral("PSRR"), QStringLiteral("ICMR"),
      QStringLiteral("Vout"), QStringLiteral("SPICE"), QStringLiteral("ngspice"), QStringLiteral("GF180MCU"),
      QStringLiteral("Miller"), QStringLiteral("miller"), QStringLiteral("Deutsch"), QStringLiteral("English"),
      QStringLiteral("Português"), QStringLiteral("Offset"), QStringLiteral("Bias"), QStringLiteral("bias"),
      QStringLiteral("Layout"), QStringLiteral("Design"), QStringLiteral("Designs"), QStringLiteral("Netlist"),
      QStringLiteral("Monte"), QStringLiteral("Carlo"), QStringLiteral("Qt"), QStringLiteral("SVG"),
      QStringLiteral("PNG"), QStringLiteral("CSV"), QStringLiteral("JSON"), QStringLiteral("Wilson"),
      QStringLiteral("Element"), QStringLiteral("Variable"), QStringLiteral("Exploration"), QStringLiteral("Sampling"),
      QStringLiteral("Samples"), QStringLiteral("Sample"), QStringLiteral("Training"),
      QStringLiteral("Ibias")};  // the bias current, a design variable of every circuit
  return kSame.contains(word);
}

// The words (4 letters or more, not a name or unit) of a text.
QStringList words_of(const QString& text) {
  QString plain = text;
  plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));  // rich text tags
  plain.remove(QLatin1Char('&'));                                // accelerators
  QStringList words;
  static const QRegularExpression word(QStringLiteral("\\b\\p{L}{4,}\\b"), QRegularExpression::UseUnicodePropertiesOption);
  for (auto it = word.globalMatch(plain); it.hasNext();) {
    const QString w = it.next().captured();
    if (!international(w)) words << w;
  }
  return words;
}

}  // namespace

class I18nTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    start_ui_test();
  }

  void cleanup() {
    ui::mainwindow::store_language(QStringLiteral("en"));
    ui::mainwindow::install_translators(*QCoreApplication::instance());
  }

  // Core owns the English names; every one of them has a finished translation in both
  // languages (a name core adds fails here until it is listed in ui/common/vocabulary.cpp and
  // translated).
  void core_vocabulary_is_translated_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("pt") << QStringLiteral("pt");
  }
  void core_vocabulary_is_translated() {
    QFETCH(QString, language);
    QTranslator t;
    QVERIFY(t.load(QStringLiteral(":/i18n/inversize_") + language));
    auto has = [&t](const char* context, std::string_view text) {
      const QByteArray key(text.data(), qsizetype(text.size()));
      return !t.translate(context, key.constData()).isEmpty();
    };
    for (const auto& p : kPerformances) {
      QVERIFY2(has("Performance", p.name), p.name.data());
      QVERIFY2(has("Performance", p.definition), p.definition.data());
      QVERIFY2(has("Unit", p.unit), p.unit.data());
    }
    for (const auto& s : structure::default_library().structures()) QVERIFY2(has("Structure", s.name), s.name.c_str());
    for (int stage = 1; stage <= 3; ++stage) QVERIFY(has("Stage", structure::stage_name(stage)));
    for (const char* s : {"bias network", "%1 stage", "stage %1", "%1, %2 function, %3"}) QVERIFY2(has("Stage", s), s);
    for (auto f : ui::schematic::kFunctions) QVERIFY(has("Function", structure::to_string(f)));
    for (auto r : {simulation::Region::Cutoff, simulation::Region::WeakInversion, simulation::Region::Linear,
                   simulation::Region::Saturation})
      QVERIFY2(has("Region", simulation::to_string(r)), simulation::to_string(r));
    for (auto k : {circuit::DeviceKind::Nmos, circuit::DeviceKind::Pmos, circuit::DeviceKind::Capacitor,
                   circuit::DeviceKind::Resistor, circuit::DeviceKind::CurrentSource, circuit::DeviceKind::VoltageSource,
                   circuit::DeviceKind::Inductor})
      QVERIFY2(has("Device", circuit::to_string(k)), circuit::to_string(k));
  }

  // The Train dialog listed core's keys ("structural-chained") with English summaries as tool
  // tips: each architecture now has a title and a summary in the user's language, and the
  // dialog still hands core its name.
  void architectures_are_translated_data() { core_vocabulary_is_translated_data(); }
  void architectures_are_translated() {
    QFETCH(QString, language);
    QStringList titles, summaries;
    for (const auto& a : diffusion::architectures())
      titles << ui::architecture_title(a.name), summaries << ui::architecture_summary(a.summary);
    ui::mainwindow::store_language(language);
    ui::mainwindow::install_translators(*QCoreApplication::instance());
    int i = 0;
    for (const auto& a : diffusion::architectures()) {
      const QString title = ui::architecture_title(a.name);
      QVERIFY2(title.endsWith(QStringLiteral("(%1)").arg(QString::fromUtf8(a.name.data(), qsizetype(a.name.size())))),
               qPrintable(title));
      QVERIFY2(title != titles[i], qPrintable(title));
      QVERIFY2(ui::architecture_summary(a.summary) != summaries[i], a.summary.data());
      ++i;
    }
    std::optional<ui::mainwindow::TrainChoice> choice;
    QTimer::singleShot(0, [] {
      auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
      QVERIFY(d);
      auto* arch = d->findChild<QComboBox*>(QStringLiteral("architecture"));
      QVERIFY(arch->currentText().startsWith(ui::architecture_title("structural-chained")));
      arch->setCurrentIndex(arch->findData(QStringLiteral("ann")));
      d->accept();
    });
    choice = ui::mainwindow::ask_train_options(nullptr);
    QVERIFY(choice);
    QCOMPARE(choice->arch, std::string("ann"));
  }

  // The start page's "no recent files" line was a list item, elided in its middle in German
  // ("Noch keine zuletzt geöffneten Dateien: …in Beispiel"): it is a wrapped label now and
  // shows whole at a laptop's 1366 px.
  void start_page_hint_shows_whole_data() { core_vocabulary_is_translated_data(); }
  void start_page_hint_shows_whole() {
    QFETCH(QString, language);
    QSettings().remove(QStringLiteral("recentFiles"));
    ui::mainwindow::store_language(language);
    ui::mainwindow::install_translators(*QCoreApplication::instance());
    MainWindow w;
    w.set_quiet_close(true);
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QLabel* hint = w.start_page()->no_recent_hint();
    QVERIFY(hint->isVisible());
    QVERIFY(!w.start_page()->recent()->isVisible());
    QVERIFY(!words_of(hint->text()).isEmpty());
    QVERIFY(hint->wordWrap());
    const int width = hint->contentsRect().width() - 2 * hint->margin();
    QVERIFY2(hint->fontMetrics().boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, hint->text()).height() <=
                 hint->contentsRect().height(),
             qPrintable(hint->text()));
  }

  // The performance-space axis choices clipped "Transitfrequen" without a sign: they elide
  // with "…" and then tell the whole name in their tool tip.
  void axis_choices_elide_with_a_sign() {
    ui::mainwindow::store_language(QStringLiteral("de"));
    ui::mainwindow::install_translators(*QCoreApplication::instance());
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("miller.isz"));
    QVERIFY(QFile::copy(QStringLiteral(INVERSIZE_PROJECTS_DIR "/miller.isz"), project));
    MainWindow w;
    w.set_quiet_close(true);
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.open(project, true));
    w.centre()->setCurrentIndex(MainWindow::kExplorationTab);
    QCoreApplication::processEvents();
    const auto axes = w.exploration()->findChildren<ui::ElidedComboBox*>();
    QCOMPARE(axes.size(), 4);  // x and y of the sizing and the performance cloud
    for (ui::ElidedComboBox* axis : axes) {
      axis->grab();  // paints: the tool tip follows what is drawn
      const QString shown = axis->shown_text();
      QStyleOptionComboBox option;
      option.initFrom(axis);
      option.rect = axis->rect();
      const int field =
          axis->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, axis).width();
      QVERIFY2(axis->fontMetrics().horizontalAdvance(shown) <= field, qPrintable(shown));
      if (shown == axis->currentText()) {
        QVERIFY(axis->toolTip().isEmpty());
      } else {
        QVERIFY2(shown.endsWith(QStringLiteral("…")), qPrintable(shown));
        QCOMPARE(axis->toolTip(), axis->currentText());
      }
    }
    // Narrowed, every entry is elided and named whole in the tool tip.
    ui::ElidedComboBox* axis = axes.first();
    axis->setCurrentIndex(axis->count() - 1);
    axis->setFixedWidth(70);
    axis->grab();
    QVERIFY2(axis->shown_text().endsWith(QStringLiteral("…")), qPrintable(axis->shown_text()));
    QCOMPARE(axis->toolTip(), axis->currentText());
  }

  // The Robustness tab offered its corner sets as core's keywords ("default", "all", "none"):
  // they read in the user's language and still reach core as its keywords; a typed list passes.
  void corner_sets_read_in_the_language() {
    ui::mainwindow::store_language(QStringLiteral("pt"));
    ui::mainwindow::install_translators(*QCoreApplication::instance());
    MainWindow w;
    w.set_quiet_close(true);
    auto* panel = w.exploration()->findChild<ui::exploration::RobustnessPanel*>();
    QVERIFY(panel);
    QComboBox* corners = panel->corner_choice();
    const QStringList keys{QStringLiteral("default"), QStringLiteral("all"), QStringLiteral("none")};
    QCOMPARE(corners->count(), 3);
    for (int i = 0; i < 3; ++i) {
      QVERIFY2(corners->itemText(i) != keys[i], qPrintable(corners->itemText(i)));
      corners->setCurrentIndex(i);
      QCOMPARE(panel->corner_selection(), keys[i]);
    }
    corners->setEditText(QStringLiteral("ss,ff/high/cold"));
    QCOMPARE(panel->corner_selection(), QStringLiteral("ss,ff/high/cold"));
    QVERIFY2(corners->toolTip().contains(corners->itemText(0)), qPrintable(corners->toolTip()));
  }

  // Help → About in every language: the licence is a working link, and the text shows whole
  // in the dialog as it opens.
  void about_links_to_the_licence_data() {
    QTest::addColumn<QString>("language");
    for (const char* code : {"en", "de", "pt"}) QTest::newRow(code) << QString::fromLatin1(code);
  }
  void about_links_to_the_licence() {
    QFETCH(QString, language);
    ui::mainwindow::store_language(language);
    ui::mainwindow::install_translators(*QCoreApplication::instance());
    ui::mainwindow::AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QLabel* text = nullptr;
    for (QLabel* l : about.findChildren<QLabel*>())
      if (l->text().contains(QStringLiteral("InverSize"))) text = l;
    QVERIFY(text);
    QVERIFY2(text->text().contains(QStringLiteral("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">")),
             qPrintable(text->text()));
    QVERIFY(text->openExternalLinks());
    QVERIFY2(text->heightForWidth(text->width()) <= text->height(),
             qPrintable(QStringLiteral("%1 px of text in %2 px").arg(text->heightForWidth(text->width())).arg(text->height())));
  }

  // "simple current mirror, Funktion Last, Stufe first" mixed two languages: every part of a
  // block's description is now the user's language.
  void block_description_is_one_language() {
    ui::mainwindow::store_language(QStringLiteral("de"));
    ui::mainwindow::install_translators(*QCoreApplication::instance());
    structure::Block b;
    b.id = "CM_l";
    b.structure_name = "simple current mirror";
    b.function = structure::Function::Load;
    b.stage = 1;
    QCOMPARE(ui::block_description(b), QStringLiteral("einfacher Stromspiegel, Funktion Last, erste Stufe"));
    QCOMPARE(ui::performance_name(*performance_index("gbw_hz")), QStringLiteral("Transitfrequenz"));
    ui::mainwindow::store_language(QStringLiteral("pt"));
    ui::mainwindow::install_translators(*QCoreApplication::instance());
    QCOMPARE(ui::block_description(b), QStringLiteral("espelho de corrente simples, função carga, primeiro estágio"));
    QCOMPARE(ui::performance_name(*performance_index("power_w")), QStringLiteral("Potência"));
  }

  // Qt's own buttons: Debian ships qtbase_pt_BR only, which "pt" once missed ("Cancel").
  void qt_dialogs_speak_the_language() {
    for (const auto& [code, cancel] : {std::pair{QStringLiteral("de"), QStringLiteral("Abbrechen")},
                                       std::pair{QStringLiteral("pt"), QStringLiteral("Cancelar")}}) {
      ui::mainwindow::store_language(code);
      ui::mainwindow::install_translators(*QCoreApplication::instance());
      QDialogButtonBox box(QDialogButtonBox::Cancel);
      QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
    }
  }

  // The window a German or Portuguese designer sees, with a project open and a block chosen:
  // no text with words in it (a label, button, menu entry, tab, header or cell) reads as in
  // the English window. Data is no language: names of files, devices, nets and blocks.
  void window_has_no_english_left_data() { core_vocabulary_is_translated_data(); }
  void window_has_no_english_left() {
    QFETCH(QString, language);
    // A copy: opening a project writes to it (SQLite's WAL), and the shipped file must not change.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = shipped_miller_copy(dir);
    QVERIFY(!project.isEmpty());
    auto texts = [&project](const QString& code) {
      ui::mainwindow::store_language(code);
      ui::mainwindow::install_translators(*QCoreApplication::instance());
      MainWindow w;
      w.set_quiet_close(true);
      w.resize(1366, 768);
      if (!w.open(project, true)) return QStringList();
      w.select_block(0);
      return texts_of(w);
    };
    const QStringList english = texts(QStringLiteral("en"));
    QVERIFY(english.size() > 50);
    QStringList left;
    for (const QString& t : texts(language))
      if (english.contains(t) && !words_of(t).isEmpty() && !t.contains(QLatin1String(".isz"))) left << t;
    left.removeDuplicates();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(" | "))));
  }
};

QTEST_MAIN(I18nTest)
#include "i18n_test.moc"
