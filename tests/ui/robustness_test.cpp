// The exploration's Robustness step on the shipped Miller project: yields of the verified
// samples estimated in the background, the most robust one in the table, the clouds and the
// export; cancel stops a long estimate.
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <sstream>

#include "exploration/exploration_view.hpp"
#include "exploration/explorer.hpp"
#include "exploration/robustness_panel.hpp"
#include "exploration/spec_panel.hpp"
#include <qcustomplot.h>
#include "simulation/worker_pool.hpp"

using namespace inversize;
using namespace inversize::ui::exploration;

class RobustnessTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString project_;

  // A view with 6 verified samples of the shipped project's default specification.
  void sampled(ExplorationView& view) {
    view.spec_panel()->set_samples(6);
    QSignalSpy done(view.explorer(), &Explorer::finished);
    view.load(project_);
    QVERIFY(done.wait(120000));
  }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
    project_ = dir_.filePath(QStringLiteral("miller.isz"));
    QVERIFY(QFile::copy(QStringLiteral(INVERSIZE_PROJECTS_DIR "/miller.isz"), project_));
  }

  void yieldsOfTheVerifiedSamplesAndTheMostRobustExported() {
    ExplorationView view;
    sampled(view);
    auto* panel = view.robustness();
    QSignalSpy finished(panel, &RobustnessPanel::finished);
    QVERIFY(panel->run(16, QStringLiteral("nominal/low/hot")));
    QVERIFY(panel->running());
    QVERIFY(finished.wait(120000));
    int estimated = 0;
    double highest = -1;
    for (const auto& y : panel->yields())
      if (y) {
        ++estimated;
        QCOMPARE(y->runs, 16);
        QCOMPARE(int(y->corners.size()), 1);
        QVERIFY(y->yield.lo <= y->yield.value && y->yield.value <= y->yield.hi);
        highest = std::max(highest, y->yield.value);
      }
    QVERIFY(estimated > 0);
    QCOMPARE(panel->table()->rowCount(), estimated);
    const auto robust = panel->most_robust();
    QVERIFY(robust.has_value());
    QCOMPARE(panel->yields()[*robust]->yield.value, highest);
    QVERIFY(panel->cloud()->graphCount() > 0);
    QCOMPARE(panel->corner_table()->rowCount(), 1);  // the most robust sample is shown
    QVERIFY(panel->histograms()->axisRectCount() > 0);
    const QString path = dir_.filePath(QStringLiteral("robust.cir"));
    panel->export_most_robust(path);
    std::ifstream in(path.toStdString());
    std::stringstream text;
    text << in.rdbuf();
    QVERIFY(text.str().find(".subckt miller") != std::string::npos);
  }

  void cancelStopsALongEstimate() {
    ExplorationView view;
    sampled(view);
    auto* panel = view.robustness();
    QSignalSpy finished(panel, &RobustnessPanel::finished);
    QVERIFY(panel->run(2000, QStringLiteral("none")));
    QTest::qWait(300);
    panel->cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(!panel->running());
  }
};

QTEST_MAIN(RobustnessTest)
#include "robustness_test.moc"
