// The new-project dialog's technology choice: the built-ins by name and "File…", the one the
// netlist was opened with selected, another built-in chosen reaching technology(); the main
// window opens the gf180mcu opamp and the shipped gf180mcu projects in their technology.
// The bias field: New from netlist stores the biases in the project file it saves, and a bias
// the circuit cannot take keeps the dialog open with the reason, the designer's input kept.
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <fstream>
#include <functional>
#include <sstream>

#include "dataset/project.hpp"

#include "circuit/input.hpp"
#include "common/resources.hpp"
#include "mainwindow/main_window.hpp"
#include "project/document.hpp"
#include "mainwindow/new_project_dialog.hpp"
#include "technology/choice.hpp"
#include "ui_test_setup.hpp"

using namespace inversize;

class NewProjectDialogTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    start_ui_test();
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
    // The shipped gf180mcu FCOA likewise, with its 15 transistors; it is trained: Exploration is on.
    const QString fcoa = dir.filePath(QStringLiteral("fcoa_gf180.isz"));
    QVERIFY(QFile::copy(QString::fromStdString(resource_path("projects/fcoa_gf180.isz")), fcoa));
    QVERIFY(w.open(fcoa, true));
    QCOMPARE(w.document()->tech.name, std::string("gf180mcu"));
    QCOMPARE(w.document()->circuit().transistors().size(), std::size_t{15});
    QVERIFY2(w.centre()->isTabEnabled(1), qPrintable(w.centre()->tabToolTip(1)));
  }

  // The telescopic OTA of tests/data without its testbench: the cascode gates vcn and vcp are
  // driven by nothing until the designer holds them at a voltage.
  void biasFieldStoresTheBiasesAndRejectsBadOnes() {
    QTemporaryDir dir;
    std::ifstream in(INVERSIZE_TEST_DATA_DIR "/netlists/designers/telescopic_vbias_tb.sp");
    std::stringstream text;
    text << in.rdbuf();
    const std::string deck = text.str();
    const QString netlist = dir.filePath(QStringLiteral("telescopic.sp"));
    std::ofstream(netlist.toStdString()) << deck.substr(0, deck.find(".ends telescopic")) << ".ends telescopic\n";
    const QString project = dir.filePath(QStringLiteral("telescopic.isz"));

    ui::mainwindow::MainWindow w;
    w.set_quiet_close(true);
    // The window's two modal steps, answered as a designer would: the dialog, then the file.
    QStringList errors;
    QString kept;
    bool saved = false;
    QTimer answer;
    answer.setInterval(0);
    connect(&answer, &QTimer::timeout, &w, [&] {
      QWidget* modal = QApplication::activeModalWidget();
      if (auto* d = qobject_cast<ui::mainwindow::NewProjectDialog*>(modal)) {
        auto* field = d->findChild<QLineEdit*>(QStringLiteral("biases"));
        for (const QString bad : {QStringLiteral("vcn"), QStringLiteral("vcn=1.2 nonet=1"), QStringLiteral("vcn=1.2 vdd=1")}) {
          field->setText(bad);
          d->accept();
          errors << d->error();
          if (d->result() == QDialog::Accepted || !d->isVisible()) return;  // it should not have closed
          kept = field->text();
        }
        field->setText(QStringLiteral("vcn = 1,2; vcp=0.75"));  // spaces and a decimal comma, as typed
        d->accept();
      } else if (auto* m = qobject_cast<QMessageBox*>(modal)) {  // an error the dialog should have caught
        errors << QStringLiteral("message box: ") + m->text();
        m->done(0);
      } else if (auto* f = qobject_cast<QFileDialog*>(modal)) {
        f->selectFile(project);
        static_cast<QDialog*>(f)->accept();  // QFileDialog::accept, which reads the file name
        saved = true;
        answer.stop();
      }
    });
    answer.start();
    w.new_project_from(netlist);
    answer.stop();

    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors[0].contains(QStringLiteral("NET=VOLTS")) && errors[0].contains(QStringLiteral("'vcn'")), qPrintable(errors[0]));
    QVERIFY2(errors[1].contains(QStringLiteral("no net 'nonet'")), qPrintable(errors[1]));
    QVERIFY2(errors[2].contains(QStringLiteral("'vdd' is a port")), qPrintable(errors[2]));
    QCOMPARE(kept, QStringLiteral("vcn=1.2 vdd=1"));  // the input stays for the designer to correct
    QVERIFY(saved);
    QVERIFY(w.document());
    QCOMPARE(w.document()->project_path, project);
    const auto* vcn = w.document()->circuit().device("Vbias_vcn");
    QVERIFY(vcn);
    QCOMPARE(vcn->value, 1.2);

    // The project file holds them: reopened from disk, and by the window.
    const auto stored = dataset::Project::open(project.toStdString());
    QCOMPARE(stored.setup().biases, (std::vector<std::string>{"vcn=1.2", "vcp=0.75"}));
    ui::mainwindow::MainWindow again;
    QVERIFY(again.open(project, true));
    QVERIFY(again.document()->circuit().device("Vbias_vcp"));
    QCOMPARE(again.document()->circuit().device("Vbias_vcp")->value, 0.75);
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
