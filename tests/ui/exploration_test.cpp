// The exploration view on the shipped Miller project: a slider drag makes one sampling job
// when it rests, stale results are dropped, selections link the views, and the exported
// netlist simulates to the performances the table shows.
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QMouseEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QWheelEvent>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <filesystem>

#include "circuit/input.hpp"
#include "exploration/exploration_view.hpp"
#include "exploration/explorer.hpp"
#include "exploration/sample_views.hpp"
#include "exploration/loss_plot.hpp"
#include "exploration/spec_panel.hpp"
#include "jobs/job_runner.hpp"
#include "mainwindow/main_window.hpp"
#include "project/document.hpp"
#include <qcustomplot.h>
#include "simulation/simulator.hpp"
#include "simulation/worker_pool.hpp"
#include "ui_test_setup.hpp"

using namespace inversize;
using namespace inversize::ui::exploration;

class ExplorationTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString project_;

  // Opens the shipped project in `view`, `samples` per request (also the request opening makes).
  Explorer* open(ExplorationView& view, int samples) {
    view.spec_panel()->set_samples(samples);
    view.load(project_);
    return view.explorer();
  }

  bool wait_finished(Explorer* e, int ms = 60000) {
    QSignalSpy done(e, &Explorer::finished);
    return done.wait(ms);
  }

 private slots:
  void initTestCase() {
    start_ui_test();
    project_ = shipped_miller_copy(dir_);
    QVERIFY(!project_.isEmpty());
  }

  // The debounce coalesces: the request opening the project made and ten slider steps make
  // one sampling job, when the slider rests (the debounce's latency is exploration_benchmark's).
  void sliderDragMakesOneJob() {
    ExplorationView view;
    auto* e = open(view, 8);
    const int before = e->jobs_started();
    QVERIFY(e->waiting());
    QSignalSpy done(e, &Explorer::finished);
    auto* slider = view.spec_panel()->slider(*performance_index("gain_db"));
    for (int i = 0; i < 10; ++i) slider->setValue(slider->value() + 5);  // a drag
    QCOMPARE(e->jobs_started(), before);  // nothing starts while the slider moves
    QVERIFY(e->waiting());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QVERIFY(!e->waiting() && !e->busy());
    QCOMPARE(e->jobs_started(), before + 1);
    QCOMPARE(*e->spec().values[*performance_index("gain_db")], view.spec_panel()->request().spec.values[*performance_index("gain_db")].value());
  }

  // A burst of slider changes while a request computes: the running request is cancelled
  // (its sampling stops between steps) and the burst computes its last value only. Counted, not
  // timed: two sampling jobs in all, no samples of the cancelled one or of the burst's earlier
  // values ever shown.
  void burstWhileComputingComputesOnlyTheLastValue() {
    ExplorationView view;
    auto* e = open(view, 8);
    const int gain = static_cast<int>(*performance_index("gain_db"));
    auto* slider = view.spec_panel()->slider(gain);
    const quint64 running = e->request_now(view.spec_panel()->request());
    QVERIFY(e->busy());
    const int before = e->jobs_started();
    QSignalSpy sampled(e, &Explorer::sampled);
    QSignalSpy done(e, &Explorer::finished);
    for (int i = 0; i < 20; ++i) slider->setValue(slider->value() + 3);
    const quint64 last = e->generation();
    QVERIFY(last > running);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QCOMPARE(done.at(0).at(0).toULongLong(), last);
    QCOMPARE(e->jobs_started(), before + 1);  // the running one, then the burst's last value
    QVERIFY(sampled.count() >= 1);            // the model's draw (when the view took it), then ranked
    for (const auto& args : sampled) QCOMPARE(args.at(0).toULongLong(), last);
    QVERIFY(e->ranked());
    QCOMPARE(*e->spec().values[gain], view.spec_panel()->request().spec.values[gain].value());
  }

  // Log quantities have log sliders: equal slider steps are equal ratios. A drag with Shift
  // held moves the handle ten times slower than a plain drag (issue 21: 16 -> 143 MHz on a
  // small drag of the transit frequency's slider).
  void logSliderAndFineDrag() {
    ExplorationView view;
    view.resize(1400, 800);
    view.show();
    view.load(project_);
    auto* panel = view.spec_panel();
    const int gbw = static_cast<int>(*performance_index("gbw_hz"));
    auto* slider = panel->slider(gbw);
    auto value_at = [&](int pos) {
      slider->setValue(pos);
      return *panel->request().spec.values[gbw];
    };
    const double a = value_at(300), b = value_at(500), c = value_at(700);
    QVERIFY2(std::abs(std::log(b / a) - std::log(c / b)) < 0.01 * std::log(c / b), qPrintable(QString("%1 %2 %3").arg(a).arg(b).arg(c)));
    QVERIFY(c / a > 10);  // the slider spans the training data's decades

    auto drag = [&](Qt::KeyboardModifiers modifiers) {
      slider->setValue(500);
      QStyleOptionSlider opt;
      opt.initFrom(slider);
      opt.orientation = slider->orientation();
      opt.minimum = slider->minimum();
      opt.maximum = slider->maximum();
      opt.sliderPosition = slider->sliderPosition();
      opt.sliderValue = slider->value();
      const QPoint handle = slider->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, slider).center();
      QTest::mousePress(slider, Qt::LeftButton, modifiers, handle);
      for (int dx = 10; dx <= 60; dx += 10) {
        const QPointF at(handle.x() + dx, handle.y());
        QMouseEvent move(QEvent::MouseMove, at, slider->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, modifiers);
        QApplication::sendEvent(slider, &move);
      }
      QTest::mouseRelease(slider, Qt::LeftButton, modifiers, QPoint(handle.x() + 60, handle.y()));
      return slider->value() - 500;
    };
    const int plain = drag(Qt::NoModifier), fine = drag(Qt::ShiftModifier);
    QVERIFY2(plain > 50, qPrintable(QString::number(plain)));
    QVERIFY2(fine > 0 && std::abs(plain - 10 * fine) <= 10, qPrintable(QString("%1 %2").arg(plain).arg(fine)));
  }

  void staleResultsAreDropped() {
    ExplorationView view;
    auto* e = open(view, 8);
    auto a = view.spec_panel()->request();
    a.n = 8;
    a.spec.values[*performance_index("gain_db")] = 60.0;
    auto b = a;
    b.spec.values[*performance_index("gain_db")] = 75.0;
    e->request_now(a);
    const auto gen_b = e->request_now(b);  // A is running: its results must not show
    QSignalSpy sampled(e, &Explorer::sampled);
    QTRY_VERIFY_WITH_TIMEOUT(!e->busy() && e->generation() == gen_b && !e->samples().empty() &&
                                 *e->spec().values[*performance_index("gain_db")] == 75.0,
                             60000);
    // A is cancelled between its sampling steps (no results at all) or its results arrive
    // and are dropped: either way none of them is shown.
    for (const auto& args : sampled) QCOMPARE(args.at(0).toULongLong(), gen_b);
    QCOMPARE(e->jobs_started(), 2);
  }

  // Bug: opening a project requested the first training design's whole performance vector (the
  // panel checks every row while it loads the design), then unchecked all but the designer's four
  // without a new request: the window showed four given performances and judged the samples by
  // thirteen (Miller: 5 of 64 met strictly, 41 of 64 against the four shown).
  void openingRequestsTheSpecificationShown() {
    ExplorationView view;
    auto* e = open(view, 4);
    QVERIFY(wait_finished(e));
    const auto shown = view.spec_panel()->request().spec;
    int given = 0;
    for (std::size_t k = 0; k < kPerformanceCount; ++k) {
      QCOMPARE(e->spec().given[k], shown.given[k]);
      given += shown.given[k] ? 1 : 0;
    }
    QCOMPARE(given, 4);  // gain, gbw, phase margin, power
  }

  void selectionIsLinkedAndExportSimulatesAsShown() {
    ExplorationView view;
    auto* e = open(view, 8);
    auto r = view.spec_panel()->request();
    r.n = 6;
    e->request_now(r);
    QVERIFY(wait_finished(e));
    QCOMPARE(static_cast<int>(e->samples().size()), 6);

    auto* filter = view.findChild<QLabel*>(QStringLiteral("filter"));
    QVERIFY(filter && !filter->isVisibleTo(&view));
    emit view.sizing_view()->selectionChanged(QSet<int>{1, 4});
    QCOMPARE(view.table()->selection(), (QSet<int>{1, 4}));
    // The statistics are filtered to the selection, and the view says so with the way back.
    QVERIFY(filter->isVisibleTo(&view));
    QVERIFY2(filter->text().contains(QStringLiteral("2 of 6 samples selected")), qPrintable(filter->text()));
    emit filter->linkActivated(QStringLiteral("all"));
    QVERIFY(view.selection().isEmpty() && view.table()->selection().isEmpty());
    QVERIFY(!filter->isVisibleTo(&view));
    emit view.sizing_view()->selectionChanged(QSet<int>{1, 4});
    QSet<int> in_perf = view.performance_view()->selection();
    for (int i : {1, 4})
      if (e->samples()[i].simulation.simulated) QVERIFY(in_perf.contains(i));
    emit view.table()->selectionChanged(QSet<int>{2});
    QCOMPARE(view.sizing_view()->selection(), (QSet<int>{2}));
    QCOMPARE(view.chosen_sample(), 2);

    const auto& chosen = e->samples()[2];
    QVERIFY(chosen.simulation.simulated);
    // The table says, beside "meets", whether each verified sample keeps the sizing rules.
    auto* table = view.table();
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("sizing rules"));
    for (int row = 0; row < table->rowCount(); ++row) {
      const int sample = table->item(row, 0)->data(Qt::UserRole).toInt();
      const auto& s = e->samples()[sample];
      if (!s.simulation.simulated) continue;
      QCOMPARE(table->item(row, 3)->text(), s.simulation.feasible ? QStringLiteral("kept") : QStringLiteral("broken"));
    }
    // The status bar counts the samples that meet, and of them those that keep every sizing rule.
    int met = 0, met_feasible = 0;
    for (const auto& s : e->samples()) met += s.meets, met_feasible += s.meets && s.simulation.feasible;
    auto* status = view.findChild<QLabel*>(QStringLiteral("status"));
    QVERIFY(status);
    // The verdict says which rule it applied: strictly here, no tolerance given.
    QVERIFY2(status->text().contains(QStringLiteral(", %1 meet the specification strictly (%2 keeping every sizing rule)")
                                         .arg(met)
                                         .arg(met_feasible)),
             qPrintable(status->text()));
    // The save dialog suggests "<circuit>_sized_<n>.cir" for the chosen sample.
    QCOMPARE(view.suggested_netlist_name(), QStringLiteral("miller_sized_%1.cir").arg(view.chosen_sample() + 1));
    const QString netlist = dir_.filePath(view.suggested_netlist_name());
    view.export_netlist(netlist);
    {
      QFile f(netlist);
      QVERIFY(f.open(QIODevice::ReadOnly));
      const QString text = QString::fromUtf8(f.readAll());
      QVERIFY2(text.startsWith(QStringLiteral("* miller: sample %1 exported by InverSize ").arg(view.chosen_sample() + 1)),
               qPrintable(text.left(200)));
      QCOMPARE(text.count(QStringLiteral("inversize:")), 1);
    }
    const auto& tech = e->project()->setup().technology;
    auto opened = circuit::open_circuit(netlist.toStdString(), tech);
    auto res = simulation::simulate(opened.deck, opened.circuit, tech, simulation::nominal_conditions(opened.deck, tech));
    QVERIFY(res.ok());
    for (const char* key : {"gain_db", "gbw_hz", "pm_deg", "power_w"}) {
      auto k = *performance_index(key);
      QVERIFY2(std::abs(*res.performances[k].value - *chosen.simulation.performances[k]) <=
                   1e-6 * std::abs(*chosen.simulation.performances[k]),
               key);
    }
    view.export_csv(dir_.filePath(QStringLiteral("samples.csv")));
    QFile csv(dir_.filePath(QStringLiteral("samples.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString(csv.readAll()).count('\n'), 7);  // header and six samples
  }

  // "Meets" is strict unless the designer gives a tolerance, in the performance's own unit (or
  // percent for linear quantities); the cloud's legend says which rule is in force.
  void toleranceFieldIsExplicitAndShownWithMeets() {
    SpecPanel panel;
    auto* field = panel.tolerance_field();
    QVERIFY(field);
    const auto gain = *performance_index("gain_db"), gbw = *performance_index("gbw_hz");
    for (const auto& t : panel.request().spec.tolerance) QVERIFY(!t);  // strictly by default
    field->setText(QStringLiteral("gain_db=0.5 gbw_hz=2%"));
    emit field->editingFinished();
    QVERIFY(panel.tolerance_error().isEmpty());
    auto r = panel.request();
    QVERIFY(r.spec.tolerance[gain] && !r.spec.tolerance[gain]->relative);
    QCOMPARE(r.spec.tolerance[gain]->value, 0.5);
    QVERIFY(r.spec.tolerance[gbw] && r.spec.tolerance[gbw]->relative);
    QCOMPARE(r.spec.tolerance[gbw]->value, 0.02);
    // Restored from a request, as the window does.
    SpecPanel other;
    other.set_request(r);
    QCOMPARE(other.tolerance_field()->text(), QStringLiteral("gain_db=0.5 dB gbw_hz=2%"));
    // Percent of decibels is refused with the reason, and nothing is taken from it.
    field->setText(QStringLiteral("gain_db=2%"));
    emit field->editingFinished();
    QVERIFY(panel.tolerance_error().contains(QStringLiteral("not in percent")));
    QVERIFY(!panel.request().spec.tolerance[gain]);

    ScatterView cloud(ScatterView::Space::Performance);
    r.spec.given[gain] = true;
    r.spec.values[gain] = 62.0;
    // The legend entry is short ("meets (tol.)"); its tool tip gives the rule in full.
    auto legend_of_meets = [&cloud] {
      for (int i = 0; i < cloud.plot()->legend->itemCount(); ++i)
        if (cloud.legend_tooltip(i).startsWith(QStringLiteral("meets")))
          return std::make_pair(cloud.plot()->legend->item(i), cloud.legend_tooltip(i));
      return std::make_pair(static_cast<QCPAbstractLegendItem*>(nullptr), QString());
    };
    auto entry_text = [](QCPAbstractLegendItem* item) {
      auto* p = qobject_cast<QCPPlottableLegendItem*>(item);
      return p ? p->plottable()->name() : QString();
    };
    cloud.show({}, r.spec, {});
    QCOMPARE(legend_of_meets().second, QStringLiteral("meets the specification (with tolerance DC gain 0.5 dB)"));
    QCOMPARE(entry_text(legend_of_meets().first), QStringLiteral("meets (tol.)"));
    r.spec.tolerance = {};
    cloud.show({}, r.spec, {});
    QCOMPARE(legend_of_meets().second, QStringLiteral("meets the specification (strictly)"));
    QCOMPARE(entry_text(legend_of_meets().first), QStringLiteral("meets"));
  }

  // The shipped models carry a surrogate: the panel's candidates are drawn, and the samples
  // shown are the ones it finds likeliest to meet the specification, likeliest first.
  void candidatesAreRankedByTheSurrogate() {
    ExplorationView view;
    view.spec_panel()->set_samples(8);
    auto* candidates = view.spec_panel()->findChild<QSpinBox*>(QStringLiteral("candidates"));
    QVERIFY(candidates);
    QCOMPARE(candidates->value(), 4);  // the default: 4 drawn per sample
    candidates->setValue(5);
    view.load(project_);
    auto* e = view.explorer();
    auto r = view.spec_panel()->request();
    QCOMPARE(r.options.candidates, 40);  // 5 x 8
    QVERIFY(r.options.aim);  // the default
    auto* refine = view.spec_panel()->findChild<QCheckBox*>(QStringLiteral("refine"));
    QVERIFY(refine && refine->isChecked());  // refined by the surrogate by default
    QCOMPARE(r.options.refine, inversize::diffusion::kRefineSteps);
    refine->setChecked(false);
    QCOMPARE(view.spec_panel()->request().options.refine, 0);
    refine->setChecked(true);
    // The surrogate aims to meet by default; matching the values turns aiming at a training design off.
    auto* goal = view.spec_panel()->findChild<QComboBox*>(QStringLiteral("refine_goal"));
    auto* aim = view.spec_panel()->findChild<QCheckBox*>(QStringLiteral("aim"));
    QVERIFY(goal && aim);
    QCOMPARE(r.options.goal, inversize::diffusion::RefineGoal::meet);
    goal->setCurrentIndex(1);
    QCOMPARE(view.spec_panel()->request().options.goal, inversize::diffusion::RefineGoal::match);
    QVERIFY(!aim->isEnabled());
    goal->setCurrentIndex(0);
    QVERIFY(aim->isEnabled());
    r.verify = false;
    e->request_now(r);
    QVERIFY(wait_finished(e));
    const auto& samples = e->samples();
    QCOMPARE(static_cast<int>(samples.size()), 8);
    for (std::size_t i = 0; i < samples.size(); ++i) {
      QVERIFY(samples[i].predicted);
      QVERIFY(samples[i].predicted_meet >= 0 && samples[i].predicted_meet <= 1);
      if (i) QVERIFY(samples[i].predicted_meet <= samples[i - 1].predicted_meet);
    }
  }

  // The samples are simulated in rounds (the panel's default, kRounds): when the second round
  // is ranked, the first round's samples stay where they were, verified, with a selection of
  // them; the rest are replaced, and at the end every sample is verified.
  void roundsKeepTheVerifiedAndReplaceTheRest() {
    ExplorationView view;
    auto* e = open(view, 8);
    QVERIFY(wait_finished(e));
    auto r = view.spec_panel()->request();
    QCOMPARE(r.options.rounds, inversize::diffusion::kRounds);
    QCOMPARE(r.options.rounds, 2);
    auto* rounds = view.spec_panel()->findChild<QSpinBox*>(QStringLiteral("rounds"));
    QVERIFY(rounds);
    rounds->setValue(1);
    QCOMPARE(view.spec_panel()->request().options.rounds, 1);
    rounds->setValue(2);
    std::vector<inversize::sizing::SampledSizing> at_round_two;
    QSet<int> selected_at_round_two;
    bool selected = false;
    connect(e, &Explorer::verified, this, [&](quint64, int i) {
      if (!selected && i == 1) {  // a first-round sample chosen while the rest simulate
        emit view.sizing_view()->selectionChanged(QSet<int>{1});
        selected = true;
      }
    });
    connect(e, &Explorer::sampled, this, [&](quint64) {
      if (e->round() != 2) return;
      at_round_two = e->samples();
      selected_at_round_two = view.selection();  // the view took the round first
    });
    QSignalSpy verified(e, &Explorer::verified);
    e->request_now(r);
    QVERIFY(wait_finished(e));
    QCOMPARE(e->round(), 2);
    QCOMPARE(verified.count(), 8);
    const auto& last = e->samples();
    QCOMPARE(static_cast<int>(last.size()), 8);
    for (const auto& s : last) QVERIFY(s.verified);
    QCOMPARE(static_cast<int>(at_round_two.size()), 8);
    for (std::size_t i = 0; i < 4; ++i) {
      QVERIFY(at_round_two[i].verified);
      QCOMPARE(at_round_two[i].x, last[i].x);
    }
    for (std::size_t i = 4; i < 8; ++i) QVERIFY(!at_round_two[i].verified);
    QVERIFY(selected);
    QCOMPARE(selected_at_round_two, QSet<int>{1});
    QCOMPARE(view.table()->selection(), QSet<int>{1});
  }

  // The table says where each sample comes from, as the CSV does: drawn, a training design
  // (archive), or a retry that names the first-round sample it retries, which missed. A
  // specification beyond most of the first round's samples (gbw 30 MHz) makes retries.
  void tableSaysWhereEachSampleComesFrom() {
    ExplorationView view;
    auto* e = open(view, 8);
    QVERIFY(wait_finished(e));
    auto r = view.spec_panel()->request();
    QCOMPARE(r.options.rounds, 2);
    for (auto& g : r.spec.given) g = false;
    for (const auto& [key, value] : {std::pair{"gain_db", 70.0}, {"gbw_hz", 30e6}, {"pm_deg", 60.0}, {"power_w", 0.5e-3}}) {
      const auto k = *performance_index(key);
      r.spec.given[k] = true;
      r.spec.values[k] = value;
    }
    e->request_now(r);
    QVERIFY(wait_finished(e));
    const auto& samples = e->samples();
    auto* table = view.table();
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("origin"));
    int retries = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
      const int i = table->item(row, 0)->data(Qt::UserRole).toInt();
      const auto& s = samples[static_cast<std::size_t>(i)];
      const QString origin = table->item(row, 1)->text();
      if (s.retry_of) {
        ++retries;
        QCOMPARE(origin, QStringLiteral("retry of #%1").arg(*s.retry_of + 1));
        QVERIFY(i >= 4 && *s.retry_of < 4);  // a second-round sample retrying a first-round one
        QVERIFY(samples[*s.retry_of].verified && !samples[*s.retry_of].meets);
      } else {
        QCOMPARE(origin, s.from_archive ? QStringLiteral("archive") : QStringLiteral("drawn"));
      }
    }
    QVERIFY(retries >= 1);
  }

  // The status line says what the draws are conditioned on: the training design aimed at, which
  // meets the specification; or, first, that no training design meets it (gain 200 dB).
  void statusSaysWhatTheDrawsAreConditionedOn() {
    ExplorationView view;
    auto* e = open(view, 8);
    QVERIFY(wait_finished(e));
    auto* status = view.findChild<QLabel*>("status");
    QVERIFY(status);
    auto ask = [&](std::initializer_list<std::pair<const char*, double>> bounds, bool aim) {
      auto r = view.spec_panel()->request();
      for (auto& g : r.spec.given) g = false;
      for (const auto& [key, value] : bounds) {
        const auto k = *performance_index(key);
        r.spec.given[k] = true;
        r.spec.values[k] = value;
      }
      r.options.aim = aim;
      r.verify = false;
      e->request_now(r);
      return wait_finished(e);
    };
    QVERIFY(ask({{"gain_db", 65.0}, {"gbw_hz", 10e6}, {"power_w", 200e-6}}, true));
    QVERIFY(e->aim().aiming);
    QVERIFY(e->aim().design);
    const auto& training = e->sizer()->training_designs();
    const auto d = std::find_if(training.begin(), training.end(), [&](const auto& t) { return t.id == *e->aim().design; });
    QVERIFY(d != training.end());
    QCOMPARE(sizing::shortfall(e->spec(), d->performances), 0.0);
    QVERIFY2(status->text().contains(QStringLiteral("drawn for design #%1,").arg(*e->aim().design)), qPrintable(status->text()));

    QVERIFY(ask({{"gain_db", 200.0}}, true));
    QVERIFY(e->aim().aiming && !e->aim().design);
    QVERIFY2(status->text().startsWith(QStringLiteral("No training design meets this specification")), qPrintable(status->text()));

    QVERIFY(ask({{"gain_db", 65.0}, {"gbw_hz", 10e6}, {"power_w", 200e-6}}, false));
    QVERIFY(!e->aim().aiming && !e->aim().design);
    QVERIFY(!status->text().contains(QStringLiteral("drawn for design #")) && !status->text().startsWith("No training"));
  }

  void trainingFromTheWindowDrawsLossCurvesAndReloads() {
    const QString copy = dir_.filePath(QStringLiteral("train.isz"));
    QVERIFY(QFile::copy(project_, copy));
    inversize::ui::mainwindow::MainWindow w;
    w.set_quiet_close(true);
    QVERIFY(w.open(copy, true));
    QVERIFY(w.exploration()->loaded());
    const auto before = dataset::Project::open(copy.toStdString()).list_models();
    QSignalSpy done(w.jobs(), &inversize::ui::jobs::JobRunner::finished);
    QVERIFY(w.train(std::string("ann")));
    QVERIFY(done.wait(480000));  // a safety net below ctest's 600 s, not a timing check: a loaded machine trains slowly
    QVERIFY(done.first().at(0).value<JobOutcome>().is_done());
    QVERIFY(w.loss_plot()->plot()->graphCount() >= 2);  // training and validation of the model
    QVERIFY(w.loss_plot()->plot()->graph(0)->dataCount() > 0);
    const auto after = dataset::Project::open(copy.toStdString()).list_models();
    QCOMPARE(after.size(), before.size());  // the ann model was replaced, not added
    std::int64_t old_ann = 0, new_ann = 0;
    for (const auto& m : before) if (m.arch == "ann") old_ann = m.id;
    for (const auto& m : after) if (m.arch == "ann") new_ann = m.id;
    QVERIFY(new_ann > old_ann);
  }

  // The Language menu takes effect at once: the window is rebuilt in German with the same
  // project, tab and specification, and samples again; back to English the same way.
  void languageChangeRebuildsTheWindowAtOnce() {
    auto* w = new inversize::ui::mainwindow::MainWindow;
    w->set_quiet_close(true);
    QVERIFY(w->open(project_, true));
    w->exploration()->spec_panel()->set_samples(6);
    QVERIFY(w->explore({"gain_db=66", "gbw_hz=8meg"}));
    QVERIFY(wait_finished(w->exploration()->explorer()));
    const QString source = w->document()->source;

    QPointer<inversize::ui::mainwindow::MainWindow> old = w;
    auto* de = w->change_language(QStringLiteral("de"));
    QVERIFY(de);
    de->set_quiet_close(true);
    QCOMPARE(de->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QTRY_VERIFY(old.isNull());  // the old window is gone
    QVERIFY(de->document());
    QCOMPARE(de->document()->source, source);
    QCOMPARE(de->centre()->currentIndex(), 1);
    const auto request = de->exploration()->spec_panel()->request();
    QCOMPARE(request.n, 6);
    QCOMPARE(request.options.candidates, 24);  // 4 per sample survive the rebuild
    QVERIFY(request.spec.given[*performance_index("gain_db")]);
    QCOMPARE(*request.spec.values[*performance_index("gain_db")], 66.0);
    QVERIFY(!request.spec.given[*performance_index("power_w")]);
    QVERIFY(wait_finished(de->exploration()->explorer()));
    QCOMPARE(static_cast<int>(de->exploration()->explorer()->samples().size()), 6);

    QPointer<inversize::ui::mainwindow::MainWindow> de_gone = de;
    auto* en = de->change_language(QStringLiteral("en"));
    QVERIFY(en);
    QTRY_VERIFY(de_gone.isNull());
    QCOMPARE(en->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    en->set_quiet_close(true);
    QVERIFY(wait_finished(en->exploration()->explorer()));
    delete en;
  }

  // Scrolling the specification panel with the wheel changed the slider or spin box under the
  // mouse (and drew new samples): an unfocused control passes the wheel on to the scroll area;
  // a focused one takes it.
  void theWheelScrollsThePanelNotItsValues() {
    SpecPanel panel;
    panel.resize(380, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSlider* slider = panel.slider(*performance_index("gain_db"));
    auto* spin = panel.findChild<QSpinBox*>();
    QVERIFY(slider && spin);
    slider->setValue((slider->minimum() + slider->maximum()) / 2);  // room to move either way
    const int slider_before = slider->value(), spin_before = spin->value();
    QSignalSpy changed(&panel, &SpecPanel::changed);
    auto wheel = [](QWidget* w) {
      const QPointF at = QPointF(w->rect().center());
      QWheelEvent e(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
      QApplication::sendEvent(w, &e);
      return e.isAccepted();
    };
    QVERIFY(!wheel(slider));  // ignored: a scroll area around the panel takes it
    QVERIFY(!wheel(spin));
    QCOMPARE(slider->value(), slider_before);
    QCOMPARE(spin->value(), spin_before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(slider->focusPolicy(), Qt::StrongFocus);  // not Qt::WheelFocus: the wheel gives no focus
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    slider->setFocus();
    QTRY_VERIFY(slider->hasFocus());
    wheel(slider);
    QVERIFY(slider->value() != slider_before);
  }
};

QTEST_MAIN(ExplorationTest)
#include "exploration_test.moc"
