// The new-project dialog's technology choice: the built-ins by name and "File…", the one the
// netlist was opened with selected, another built-in chosen reaching technology(); the main
// window opens the gf180mcu opamp and the shipped gf180mcu project in their technology.
#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "circuit/input.hpp"
#include "common/resources.hpp"
#include "mainwindow/main_window.hpp"
#include "project/document.hpp"
#include "mainwindow/new_project_dialog.hpp"
#include "technology/choice.hpp"

using namespace inversize;

class NewProjectDialogTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // QSettings go to a throwaway place
    QCoreApplication::setOrganizationName(QStringLiteral("InverSizeTest"));
  }

  void windowOpensTheGf180BuiltinsInTheirTechnology() {
    ui::mainwindow::MainWindow w;
    QVERIFY(w.open(QStringLiteral("builtin:miller_gf180"), true));
    QCOMPARE(w.document()->tech.name, std::string("gf180mcu"));
    // A copy: opening a writable project switches its journal, the shipped file stays as shipped.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("miller_gf180.isz"));
    QVERIFY(QFile::copy(QString::fromStdString(resource_path("projects/miller_gf180.isz")), copy));
    QVERIFY(w.open(copy, true));
    QCOMPARE(w.document()->tech.name, std::string("gf180mcu"));
    QCOMPARE(w.document()->circuit().transistors().size(), std::size_t{8});
  }

  void offersTheBuiltinsAndAFile() {
    const auto tech = technology::technology_for_circuit("builtin:miller_gf180");
    QCOMPARE(tech.name, std::string("gf180mcu"));
    const auto opened = circuit::open_circuit("builtin:miller_gf180", tech);
    ui::mainwindow::NewProjectDialog dialog(QStringLiteral("builtin:miller_gf180"), opened.circuit, tech);
    auto* box = dialog.findChild<QComboBox*>(QStringLiteral("technology"));
    QVERIFY(box);
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->itemText(0), QStringLiteral("generic180"));
    QCOMPARE(box->itemText(1), QStringLiteral("gf180mcu"));
    QVERIFY(box->itemData(2).toString().isEmpty());  // "File…" opens a file dialog
    QCOMPARE(box->currentText(), QStringLiteral("gf180mcu"));

    box->setCurrentIndex(0);
    emit box->activated(0);
    QCOMPARE(dialog.technology().name, std::string("generic180"));
    QCOMPARE(dialog.technology().nmos_model, std::string("nch"));
    box->setCurrentIndex(1);
    emit box->activated(1);
    QCOMPARE(dialog.technology().name, std::string("gf180mcu"));
    QCOMPARE(dialog.technology().variation.nominal, std::string("typical"));
  }
};

QTEST_MAIN(NewProjectDialogTest)
#include "new_project_dialog_test.moc"
