// Slider change to redrawn sizing cloud in the exploration view (issue goal: under 300 ms for
// 64 samples on 2 cores). Reported beside the model's own sampling time, the floor any view
// could reach: "overhead" is what the view adds on top of the diffusion model.
//   build/tests/benchmarks/exploration_benchmark --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <qcustomplot.h>

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QSlider>
#include <QTemporaryDir>
#include <chrono>
#include <cstdlib>

#include "exploration/exploration_view.hpp"
#include "exploration/explorer.hpp"
#include "exploration/sample_views.hpp"
#include "exploration/spec_panel.hpp"
#include "simulation/worker_pool.hpp"

using namespace inversize;
using namespace inversize::ui::exploration;

static void SliderToRedrawnSizingCloud(benchmark::State& state) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("miller.isz"));
  QFile::copy(QStringLiteral(INVERSIZE_PROJECTS_DIR "/miller.isz"), path);
  ExplorationView view;
  view.resize(1400, 800);
  view.show();
  view.load(path);
  view.spec_panel()->set_samples(static_cast<int>(state.range(0)));
  auto* e = view.explorer();
  e->set_debounce_ms(0);  // the debounce is a deliberate wait, not work: measured without it
  auto* slider = view.spec_panel()->slider(*performance_index("gain_db"));
  double model_s = 0, total_s = 0;
  int step = 0;
  for (auto _ : state) {
    QEventLoop loop;
    auto c = QObject::connect(e, &Explorer::sampled, &loop, [&] {
      view.sizing_view()->plot()->replot(QCustomPlot::rpImmediateRefresh);
      loop.quit();
    });
    auto t0 = std::chrono::steady_clock::now();
    slider->setValue(400 + (step++ % 20) * 10);
    loop.exec();
    total_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    model_s += e->sample_seconds();
    QObject::disconnect(c);
    // Let the verification of these samples finish outside the timed part.
    state.PauseTiming();
    QEventLoop idle;
    QObject::connect(e, &Explorer::finished, &idle, &QEventLoop::quit);
    if (e->busy()) idle.exec();
    state.ResumeTiming();
  }
  const double n = double(state.iterations());
  state.counters["redraw_ms"] = 1e3 * total_s / n;
  state.counters["model_ms"] = 1e3 * model_s / n;
  state.counters["overhead"] = total_s / std::max(model_s, 1e-9);
  state.counters["of_300ms_goal"] = (1e3 * total_s / n) / 300.0;
}
BENCHMARK(SliderToRedrawnSizingCloud)->Arg(64)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv) {
  ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
  QApplication app(argc, argv);
  simulation::set_worker_executable(INVERSIZE_WORKER_EXE);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
