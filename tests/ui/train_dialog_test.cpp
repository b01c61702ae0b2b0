// The training dialog: the denoiser choice reaches the training options for the diffusion
// architectures, and is greyed out and left empty for the baselines.
#include <QComboBox>
#include <QDialog>
#include <QTimer>
#include <QtTest>

#include "mainwindow/job_dialogs.hpp"

using namespace inversize;

class TrainDialogTest : public QObject {
  Q_OBJECT

  // Runs `fill` on the dialog once it is shown, then accepts it.
  std::optional<ui::mainwindow::TrainChoice> answer(const std::function<void(QDialog&)>& fill) {
    QTimer::singleShot(0, [fill] {
      auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
      QVERIFY(d);
      fill(*d);
      d->accept();
    });
    return ui::mainwindow::ask_train_options(nullptr);
  }

 private slots:
  void denoiserReachesTheDiffusionModelsOnly() {
    bool enabled_for_ann = true;
    auto mlp = answer([](QDialog& d) {
      d.findChild<QComboBox*>("architecture")->setCurrentText("structural-independent");
      auto* den = d.findChild<QComboBox*>("denoiser");
      QVERIFY(den->isEnabled());
      den->setCurrentIndex(den->findData(int(diffusion::Backbone::mlp)));
    });
    QVERIFY(mlp);
    QCOMPARE(mlp->arch, std::string("structural-independent"));
    QVERIFY(mlp->options.backbone);
    QCOMPARE(int(*mlp->options.backbone), int(diffusion::Backbone::mlp));

    auto ann = answer([&enabled_for_ann](QDialog& d) {
      d.findChild<QComboBox*>("architecture")->setCurrentText("ann");
      enabled_for_ann = d.findChild<QComboBox*>("denoiser")->isEnabled();
    });
    QVERIFY(ann);
    QVERIFY(!enabled_for_ann);
    QVERIFY(!ann->options.backbone);
  }
};

QTEST_MAIN(TrainDialogTest)
#include "train_dialog_test.moc"
