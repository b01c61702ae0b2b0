// The job runner keeps the window alive: a job on the worker thread reports progress through
// the event loop, can be cancelled, and the event loop never stalls for more than 100 ms —
// measured with a 10 ms timer while a real simulation runs in a worker process.
#include <QtTest>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <thread>

#include "jobs/job_runner.hpp"
#include "mainwindow/main_window.hpp"
#include "mainwindow/performance_panel.hpp"
#include "project/document.hpp"
#include "schematic/schematic_scene.hpp"
#include "simulation/worker_pool.hpp"

using namespace inversize;
using inversize::ui::jobs::JobRunner;

namespace {
// Longest gap between ticks of a 10 ms timer until `done` becomes true.
qint64 longest_stall(const std::function<bool()>& done, int timeout_ms) {
  QElapsedTimer clock, since_tick;
  clock.start();
  since_tick.start();
  qint64 worst = 0;
  QTimer timer;
  timer.setInterval(10);
  QObject::connect(&timer, &QTimer::timeout, [&] {
    worst = std::max(worst, since_tick.restart());
  });
  timer.start();
  QElapsedTimer step;
  while (!done() && clock.elapsed() < timeout_ms) {
    step.start();
    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    if (qEnvironmentVariableIsSet("STALL_DEBUG") && step.elapsed() > 30) qInfo("slow step %lld ms at %lld", step.elapsed(), clock.elapsed());
  }
  worst = std::max(worst, since_tick.elapsed());
  return worst;
}
}  // namespace

class JobsTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  }

  void progress_arrives_and_cancel_stops() {
    JobRunner runner;
    QSignalSpy progress(&runner, &JobRunner::progress);
    QSignalSpy finished(&runner, &JobRunner::finished);
    QVERIFY(runner.start(QStringLiteral("count"), [](const JobContext& ctx) {
      for (int i = 0; i < 1000; ++i) {
        ctx.throw_if_cancelled();
        ctx.report(i, 1000, "counting");
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
    }));
    QVERIFY(!runner.start(QStringLiteral("second"), [](const JobContext&) {}));  // one at a time
    QTRY_VERIFY(progress.count() > 0);
    runner.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.front().at(0).toBool(), false);
    QCOMPARE(finished.front().at(1).toString(), QStringLiteral("cancelled"));
    QVERIFY(!runner.running());
  }

  void errors_come_back_as_text() {
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    runner.start(QStringLiteral("fail"), [](const JobContext&) { throw std::runtime_error("no convergence"); });
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.front().at(1).toString(), QStringLiteral("no convergence"));
  }

  void simulate_never_stalls_the_event_loop() {
    ui::mainwindow::MainWindow w;
    w.show();
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(200);  // the first paint of the window is not the job's
    QSignalSpy finished(w.jobs(), &JobRunner::finished);
    QVERIFY(w.simulate());
    const qint64 worst = longest_stall([&] { return finished.count() > 0; }, 60000);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.front().at(0).toBool(), qPrintable(finished.front().at(1).toString()));
    qInfo("longest event-loop stall during the simulation: %lld ms", worst);
    QVERIFY2(worst <= 100, qPrintable(QStringLiteral("stalled %1 ms").arg(worst)));
    QVERIFY(w.document()->result.has_value());
    QVERIFY(w.document()->result->ok());
    QVERIFY(!w.document()->result->operating_points.empty());
    // the operating point reaches the hover text, the performances their panel
    QVERIFY(w.scene()->operating_point(0) != nullptr);
    QVERIFY(w.performance_panel()->value_text(0) != QStringLiteral("—"));
  }
};

QTEST_MAIN(JobsTest)
#include "jobs_test.moc"
