// The job runner keeps the window alive: a job on the worker thread reports progress through
// the event loop, can be cancelled, ends with one JobOutcome (done, cancelled, failed with its
// reason), and the UI thread goes on handling events while it runs. How long the event loop
// may stall during a simulation is measured by tests/benchmarks/jobs_benchmark.
#include <QtTest>

#include <QSignalSpy>
#include <atomic>
#include <cmath>
#include <thread>

#include "jobs/job_runner.hpp"
#include "mainwindow/main_window.hpp"
#include "mainwindow/performance_panel.hpp"
#include "project/document.hpp"
#include "schematic/schematic_scene.hpp"
#include "simulation/worker_pool.hpp"
#include "ui_test_setup.hpp"

using namespace inversize;
using inversize::ui::jobs::JobRunner;

namespace {
JobOutcome outcome_of(const QSignalSpy& finished, int i = 0) { return finished.at(i).at(0).value<JobOutcome>(); }
Progress progress_of(const QSignalSpy& progress, int i) { return progress.at(i).at(0).value<Progress>(); }
}  // namespace

class JobsTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    start_ui_test();
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
    QCOMPARE(progress_of(progress, 0).message, std::string("counting"));
    runner.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(outcome_of(finished).is_cancelled());
    QVERIFY(!runner.running());
  }

  void errors_come_back_with_their_reason() {
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    bool on_done = false;
    runner.start(QStringLiteral("fail"), [](const JobContext&) { throw std::runtime_error("no convergence"); },
                 [&] { on_done = true; });
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(outcome_of(finished).is_failed());
    QCOMPARE(outcome_of(finished).reason, std::string("no convergence"));
    QVERIFY(!on_done);  // only work that is done hands its result on
  }

  // At a job's edge: work that keeps what it finished and says how it stopped passes its
  // outcome on; thrown Cancelled and errors become theirs.
  void run_job_gives_one_outcome() {
    QVERIFY(run_job([] {}).is_done());
    QVERIFY(run_job([] { return JobOutcome::cancelled(); }).is_cancelled());
    QVERIFY(run_job([] { throw Cancelled(); }).is_cancelled());
    const auto failed = run_job([]() -> JobOutcome { throw std::invalid_argument("bad W"); });
    QVERIFY(failed.is_failed());
    QCOMPARE(failed.reason, std::string("bad W"));
    bool threw = false;
    try {
      failed.rethrow();
    } catch (const std::runtime_error& e) {
      threw = std::string(e.what()) == "bad W";
    }
    QVERIFY(threw);
    QVERIFY_THROWS_EXCEPTION(Cancelled, JobOutcome::cancelled().rethrow());
    JobOutcome::done().rethrow();  // nothing
  }

  // Reports faster than the UI thread takes them are merged into one signal, but every curve
  // point (training's loss curves) arrives, in order, and the last report before the end.
  void merged_reports_keep_every_curve_point() {
    JobRunner runner;
    QSignalSpy progress(&runner, &JobRunner::progress);
    QSignalSpy finished(&runner, &JobRunner::finished);
    constexpr int kReports = 5000;
    runner.start(QStringLiteral("points"), [](const JobContext& ctx) {
      for (int i = 0; i < kReports; ++i)
        ctx.progress(Progress{i + 1, kReports, "step", {CurvePoint{"DP_t", double(i), {1.0 / (i + 1), std::nan("")}}}});
    });
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(outcome_of(finished).is_done());
    QVERIFY(progress.count() >= 1);
    QVERIFY(progress.count() <= kReports);
    std::vector<double> xs;
    for (int i = 0; i < progress.count(); ++i)
      for (const auto& p : progress_of(progress, i).points) xs.push_back(p.x);
    QCOMPARE(int(xs.size()), kReports);
    for (int i = 0; i < kReports; ++i) QCOMPARE(xs[i], double(i));
    QCOMPARE(progress_of(progress, progress.count() - 1).done, kReports);
  }

  // The UI thread never waits on the job: a job that needs the event loop to turn (here: it
  // waits for ten ticks of a UI timer) finishes. Were the UI thread blocked on it, it would not.
  void events_are_handled_while_a_job_runs() {
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    std::atomic<int> ticks{0};
    QTimer timer;
    timer.setInterval(1);
    connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start();
    runner.start(QStringLiteral("wait for the UI"), [&](const JobContext& ctx) {
      while (ticks < 10) {
        ctx.throw_if_cancelled();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    });
    QVERIFY(runner.running());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(outcome_of(finished).is_done());
  }

  // The window's simulation: simulate() returns at once with the job running, the result comes
  // later to the panels; meanwhile the job actions are off and Cancel is on.
  void simulate_runs_beside_the_event_loop() {
    ui::mainwindow::MainWindow w;
    w.set_quiet_close(true);
    QVERIFY(w.open(QStringLiteral("builtin:miller"), true));
    QSignalSpy finished(w.jobs(), &JobRunner::finished);
    QVERIFY(w.simulate());
    QVERIFY(w.jobs()->running());
    QVERIFY(!w.document()->result.has_value());  // not before the event loop took the end
    QVERIFY(!w.simulate());                       // one job at a time
    auto* cancel = w.findChild<QAction*>(QStringLiteral("cancel"));
    auto* simulate = w.findChild<QAction*>(QStringLiteral("simulate"));
    QVERIFY(cancel && simulate);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!simulate->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(outcome_of(finished).is_done(), outcome_of(finished).reason.c_str());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(simulate->isEnabled());
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
