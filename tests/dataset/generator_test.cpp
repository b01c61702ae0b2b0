// Generation end to end with small counts: the archive fills, a failing simulation is kept
// with its reason, a cancel or a SIGKILL loses only what was in flight, a seed repeats.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "dataset/evaluator.hpp"
#include "dataset/generator.hpp"
#include "dataset_test_util.hpp"

using namespace inversize;
using namespace inversize::dataset;
using namespace inversize::dataset::testing;

TEST(Generate, RandomFillsTheArchive) {
  auto p = new_project("random.isz");
  const GenerateOptions o{.target = 5, .method = Method::Random, .workers = 2, .batch = 16, .max_designs = 160};
  std::vector<Progress> seen;
  JobContext ctx;
  ctx.progress = [&](const Progress& pr) { seen.push_back(pr); };
  auto s = generate(p, o, ctx);
  EXPECT_TRUE(s.outcome.is_done() && !s.budget_spent);
  EXPECT_EQ(s.archive, 5);  // exactly what was asked, not the archive of a whole batch
  auto c = p.counts();
  EXPECT_EQ(c.designs, s.simulated);
  EXPECT_EQ(c.feasible, s.feasible);
  EXPECT_EQ(c.archive, s.archive);
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen.back().total, 5);
  EXPECT_NE(seen.back().message.find("feasible"), std::string::npos);
  for (const auto& d : p.designs()) {
    EXPECT_EQ(d.x.size(), 12u);
    EXPECT_EQ(d.feasible, d.failure.empty()) << d.failure;
    if (d.feasible) EXPECT_TRUE(d.performances[*performance_index("gain_db")].has_value());
    for (std::size_t i = 0; i < d.x.size(); ++i) {
      const auto& v = p.setup().space.variables[i];
      EXPECT_GE(d.x[i], v.lo * (1 - 1e-9));
      EXPECT_LE(d.x[i], v.hi * (1 + 1e-9));
    }
  }
  EXPECT_EQ(p.runs().back().status, "done");
  // Every infeasible design counts under at least one rule, and no rule counts more designs
  // than were infeasible.
  std::int64_t most = 0, sum = 0;
  for (const auto& [rule, n] : s.failed_rules) {
    most = std::max(most, n);
    sum += n;
  }
  EXPECT_GE(sum, s.simulated - s.feasible);
  EXPECT_LE(most, s.simulated - s.feasible);
}

TEST(Generate, FailingSimulationIsKeptWithItsReason) {
  auto p = new_project("failing.isz");
  simulation::WorkerPool pool(simulation::PoolOptions{2});
  auto run = p.begin_run("test", {});
  Evaluator ev(p, pool, run);
  // Design 1 names a model that does not exist: ngspice cannot simulate it.
  ev.customize_setup = [](std::size_t i, simulation::SimulationSetup& s) {
    if (i != 1) return;
    auto pos = s.dut.text.find(" nch ");
    ASSERT_NE(pos, std::string::npos);
    s.dut.text.replace(pos, 5, " no_such_model ");
  };
  auto x = p.setup().space.nominal();
  auto designs = ev.evaluate({x, x, x}, JobContext{});
  ASSERT_EQ(designs.size(), 3u);
  EXPECT_TRUE(designs[0].simulated);
  EXPECT_TRUE(designs[2].simulated);
  EXPECT_FALSE(designs[1].simulated);
  EXPECT_FALSE(designs[1].feasible);
  EXPECT_FALSE(designs[1].failure.empty());
  auto stored = p.designs();
  ASSERT_EQ(stored.size(), 3u);
  EXPECT_EQ(stored[1].failure, designs[1].failure);
  EXPECT_EQ(ev.stats().failed, 1);
}

TEST(Generate, Nsga2IsDeterministicForASeed) {
  // The target is not reachable: the design budget ends both runs at the same point.
  const GenerateOptions o{
      .target = 1000, .method = Method::Nsga2, .workers = 2, .seed = 11, .population = 8, .max_designs = 24};
  auto a = new_project("seed_a.isz");
  auto b = new_project("seed_b.isz");
  auto sa = generate(a, o, JobContext{});
  auto sb = generate(b, o, JobContext{});
  EXPECT_TRUE(sa.outcome.is_done() && sa.budget_spent);
  EXPECT_EQ(sa.simulated, 24);
  auto da = a.designs(), db = b.designs();
  ASSERT_EQ(da.size(), db.size());
  for (std::size_t i = 0; i < da.size(); ++i) {
    EXPECT_EQ(da[i].x, db[i].x) << "design " << i;
    EXPECT_EQ(da[i].feasible, db[i].feasible);
    EXPECT_EQ(da[i].split, db[i].split);
  }
  // The offspring differ from the initial population: the search moved.
  EXPECT_NE(da.front().x, da.back().x);
}

// Asking for 60 gave 77: a whole NSGA-II generation was stored after the archive was full.
TEST(Generate, Nsga2StopsAtTheTargetInsideAGeneration) {
  auto p = new_project("exact.isz");
  const GenerateOptions o{.target = 9, .method = Method::Nsga2, .workers = 2, .seed = 3, .population = 16};
  auto s = generate(p, o, JobContext{});
  EXPECT_TRUE(s.outcome.is_done() && !s.budget_spent);
  EXPECT_EQ(s.archive, 9);
  EXPECT_EQ(p.counts().archive, 9);
  EXPECT_EQ(p.counts().designs, s.simulated);
  // The last design stored is the one that made the archive full: without it, one fewer.
  auto designs = p.designs();
  ASSERT_FALSE(designs.empty());
  EXPECT_TRUE(designs.back().pareto);
}

TEST(Generate, CancelKeepsWhatFinished) {
  auto p = new_project("cancel.isz");
  const GenerateOptions o{.target = 1000, .method = Method::Random, .workers = 2, .batch = 32};
  JobContext ctx;
  int committed = 0;
  ctx.progress = [&](const Progress&) {
    if (++committed == 4) ctx.cancel.cancel();
  };
  auto s = generate(p, o, ctx);
  EXPECT_TRUE(s.outcome.is_cancelled());
  EXPECT_GE(p.counts().designs, 3);
  EXPECT_LT(p.counts().designs, 32);
  EXPECT_EQ(p.runs().back().status, "cancelled");
}

TEST(Generate, ResumesAfterSigkill) {
  auto path = scratch_path("killed.isz");
  { new_project("killed.isz"); }
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::execl(INVERSIZE_CLI_EXE, INVERSIZE_CLI_EXE, "generate", path.c_str(), "--samples", "1000", "--method",
            "random", "--batch", "8", "--workers", "2", "--quiet", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // Kill it once a few designs are committed.
  std::int64_t before = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    try {
      before = Project::open(path).counts().designs;
    } catch (const ProjectError&) {
    }
    if (before >= 5) break;
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  ASSERT_GE(before, 5);

  auto p = Project::open(path);  // opens: the WAL holds every committed design
  auto kept = p.designs();
  EXPECT_GE(static_cast<std::int64_t>(kept.size()), before);
  EXPECT_EQ(p.runs().back().status, "running");

  const auto target = p.refresh_archive() + 3;  // beyond what the killed run reached
  const GenerateOptions o{.target = target, .method = Method::Random, .workers = 2, .batch = 8, .max_designs = 200};
  auto s = generate(p, o, JobContext{});
  EXPECT_TRUE(s.outcome.is_done() && !s.budget_spent);
  EXPECT_GE(p.counts().archive, target);
  auto after = p.designs();
  ASSERT_GT(after.size(), kept.size());
  for (std::size_t i = 0; i < kept.size(); ++i) EXPECT_EQ(after[i].x, kept[i].x);
  auto runs = p.runs();
  EXPECT_EQ(runs.front().status, "interrupted");
  EXPECT_EQ(runs.back().status, "done");
}
