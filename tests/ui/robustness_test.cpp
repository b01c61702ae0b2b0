// The exploration's Robustness step on the shipped Miller project: yields of the verified
// samples estimated in the background, the most robust one in the table, the clouds and the
// export; cancel stops a long estimate. The study shows where the designer looks: a Yield column
// in the samples table (sortable, the Wilson interval on hover) and yield colours on the clouds,
// none of it before a study or after new samples.
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <sstream>

#include "exploration/exploration_view.hpp"
#include "exploration/explorer.hpp"
#include "exploration/robustness_panel.hpp"
#include "exploration/sample_views.hpp"
#include <QCheckBox>
#include <QHeaderView>
#include "exploration/spec_panel.hpp"
#include <qcustomplot.h>
#include "simulation/worker_pool.hpp"
#include "ui_test_setup.hpp"

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
    start_ui_test();
    project_ = shipped_miller_copy(dir_);
    QVERIFY(!project_.isEmpty());
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
    check_main_views(view, *panel);
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

  // The samples table and the clouds after a study: the Yield column's cells are the study's
  // yields, the tooltip its Wilson interval, sorting orders by yield; every estimated sample
  // has a ring of its yield's colour on the clouds.
  void check_main_views(ExplorationView& view, const RobustnessPanel& panel) {
    auto* table = view.table();
    const int column = table->yield_column();
    QVERIFY(column >= 0);
    QCOMPARE(table->horizontalHeaderItem(column)->text(), QStringLiteral("Yield"));
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
      const int sample = table->item(row, 0)->data(Qt::UserRole).toInt();
      const auto& y = panel.yields()[sample];
      auto* cell = table->item(row, column);
      QVERIFY(cell);
      if (!y || !y->runs) {
        QVERIFY(cell->text().isEmpty());
        continue;
      }
      ++shown;
      QCOMPARE(cell->text(), QString::number(100 * y->yield.value, 'f', 1) + QStringLiteral(" %"));
      const QString interval = QString::number(100 * y->yield.lo, 'f', 1) + QStringLiteral(" % – ") +
                               QString::number(100 * y->yield.hi, 'f', 1) + QStringLiteral(" %");
      QVERIFY2(cell->toolTip().contains(interval), qPrintable(cell->toolTip() + " / " + interval));
      QVERIFY(cell->toolTip().contains(QStringLiteral("%1 of %2").arg(y->yield.k).arg(y->yield.n)));
    }
    QVERIFY(shown > 0);
    // Sorting by the column: highest yield first, then the samples without an estimate.
    table->sortItems(column, Qt::DescendingOrder);
    double previous = 2;
    for (int row = 0; row < table->rowCount(); ++row) {
      const double v = table->item(row, column)->data(Qt::UserRole).toDouble();
      QVERIFY(v <= previous);
      previous = v;
    }
    const int top = table->item(0, 0)->data(Qt::UserRole).toInt();
    QCOMPARE(panel.yields()[top]->yield.value, panel.yields()[*panel.most_robust()]->yield.value);
    // The clouds colour by yield: one ring per estimated sample, in the bins' graphs.
    for (auto* cloud : {view.sizing_view(), view.performance_view()}) {
      QVERIFY(cloud->colour_by_yield()->isVisibleTo(cloud));
      QVERIFY(cloud->colour_by_yield()->isChecked());
      int rings = 0;
      for (int g = 0; g < cloud->plot()->graphCount(); ++g)
        if (cloud->plot()->graph(g)->name().startsWith(QStringLiteral("yield"))) rings += cloud->plot()->graph(g)->dataCount();
      int placed = 0;  // estimated samples with both axes' values
      for (std::size_t i = 0; i < panel.yields().size(); ++i)
        if (panel.yields()[i] && panel.yields()[i]->runs && view.explorer()->samples()[i].simulation.simulated) ++placed;
      QCOMPARE(rings, placed);
      cloud->colour_by_yield()->setChecked(false);
      for (int g = 0; g < cloud->plot()->graphCount(); ++g)
        QVERIFY(!cloud->plot()->graph(g)->name().startsWith(QStringLiteral("yield")));
    }
  }

  // No study, no column; new samples drop the study's column and colours.
  void noStudyNoYieldColumn() {
    ExplorationView view;
    sampled(view);
    QCOMPARE(view.table()->yield_column(), -1);
    for (int c = 0; c < view.table()->columnCount(); ++c)
      QVERIFY(view.table()->horizontalHeaderItem(c)->text() != QStringLiteral("Yield"));
    QVERIFY(!view.performance_view()->colour_by_yield()->isVisibleTo(&view));
    auto* panel = view.robustness();
    QSignalSpy finished(panel, &RobustnessPanel::finished);
    QVERIFY(panel->run(4, QStringLiteral("none")));
    QVERIFY(finished.wait(120000));
    QVERIFY(view.table()->yield_column() >= 0);
    QSignalSpy done(view.explorer(), &Explorer::finished);
    view.explorer()->request_now(view.spec_panel()->request());
    QVERIFY(done.wait(120000));
    QCOMPARE(view.table()->yield_column(), -1);
    auto* cloud = view.performance_view();
    QVERIFY(!cloud->colour_by_yield()->isVisibleTo(&view));
    for (int g = 0; g < cloud->plot()->graphCount(); ++g)
      QVERIFY(!cloud->plot()->graph(g)->name().startsWith(QStringLiteral("yield")));
  }

  void cancelStopsALongEstimate() {
    ExplorationView view;
    sampled(view);
    auto* panel = view.robustness();
    QSignalSpy finished(panel, &RobustnessPanel::finished);
    QVERIFY(panel->run(2000, QStringLiteral("none")));
    panel->cancel();  // at once: whenever it comes, a cancel must end the job
    QVERIFY(finished.wait(60000));
    QVERIFY(!panel->running());
  }
};

QTEST_MAIN(RobustnessTest)
#include "robustness_test.moc"
