// The job dialogs. Training: the denoiser choice reaches the training options for the diffusion
// architectures, and is greyed out and left empty for the baselines. Generation: the dialog
// opens with the values of the last run.
#include <QComboBox>
#include <QDialog>
#include <QSpinBox>
#include <QTimer>
#include <QtTest>

#include "mainwindow/job_dialogs.hpp"
#include "ui_test_setup.hpp"

using namespace inversize;

class TrainDialogTest : public QObject {
  Q_OBJECT

  // Runs `fill` on the dialog that `ask` shows, then accepts it; returns what `ask` returns.
  template <class Ask>
  static auto answer_dialog(const std::function<void(QDialog&)>& fill, Ask ask) {
    QTimer::singleShot(0, [fill] {
      auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
      QVERIFY(d);
      fill(*d);
      d->accept();
    });
    return ask();
  }
  std::optional<ui::mainwindow::TrainChoice> answer(const std::function<void(QDialog&)>& fill) {
    return answer_dialog(fill, [] { return ui::mainwindow::ask_train_options(nullptr); });
  }

 private slots:
  void initTestCase() {
    start_ui_test();
  }

  // It reset to 1000 designs each time.
  void generateDialogRemembersItsValues() {
    QSettings().remove(QStringLiteral("generate"));
    auto ask = [](const std::function<void(QDialog&)>& fill) {
      return answer_dialog(fill, [] { return ui::mainwindow::ask_generate_options(nullptr); });
    };
    auto first = ask([](QDialog& d) {
      QCOMPARE(d.findChild<QSpinBox*>("designs")->value(), 1000);  // the default, the first time
      d.findChild<QSpinBox*>("designs")->setValue(60);
      d.findChild<QSpinBox*>("seed")->setValue(7);
      auto* method = d.findChild<QComboBox*>("method");
      method->setCurrentIndex(method->findData(QStringLiteral("random")));
    });
    QVERIFY(first);
    QCOMPARE(first->target, 60);
    auto again = ask([](QDialog&) {});
    QVERIFY(again);
    QCOMPARE(again->target, 60);
    QCOMPARE(again->seed, std::uint64_t(7));
    QVERIFY(again->method == dataset::Method::Random);
  }

  void denoiserReachesTheDiffusionModelsOnly() {
    bool enabled_for_ann = true;
    auto mlp = answer([](QDialog& d) {
      auto* arch = d.findChild<QComboBox*>("architecture");
      arch->setCurrentIndex(arch->findData(QStringLiteral("structural-independent")));
      auto* den = d.findChild<QComboBox*>("denoiser");
      QVERIFY(den->isEnabled());
      den->setCurrentIndex(den->findData(int(diffusion::Backbone::mlp)));
    });
    QVERIFY(mlp);
    QCOMPARE(mlp->arch, std::string("structural-independent"));
    QVERIFY(mlp->options.backbone);
    QCOMPARE(int(*mlp->options.backbone), int(diffusion::Backbone::mlp));

    auto ann = answer([&enabled_for_ann](QDialog& d) {
      auto* arch = d.findChild<QComboBox*>("architecture");
      arch->setCurrentIndex(arch->findData(QStringLiteral("ann")));
      enabled_for_ann = d.findChild<QComboBox*>("denoiser")->isEnabled();
    });
    QVERIFY(ann);
    QVERIFY(!enabled_for_ann);
    QVERIFY(!ann->options.backbone);
  }
};

QTEST_MAIN(TrainDialogTest)
#include "train_dialog_test.moc"
