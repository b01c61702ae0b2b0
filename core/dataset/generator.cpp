#include "dataset/generator.hpp"

#include <cstdio>
#include <stdexcept>

#include "dataset/generation_driver.hpp"
#include "dataset/latin_hypercube.hpp"

namespace inversize::dataset {

const char* to_string(Method m) { return m == Method::Random ? "random" : "nsga2"; }

Method method_from_string(const std::string& s) {
  if (s == "nsga2") return Method::Nsga2;
  if (s == "random") return Method::Random;
  throw std::invalid_argument("unknown method '" + s + "' (nsga2 or random)");
}

std::int64_t design_budget(const GenerateOptions& o) { return o.max_designs > 0 ? o.max_designs : 50 * o.target + 1000; }

GenerationDriver::GenerationDriver(Project& p, const GenerateOptions& o, const JobContext& c,
                                   simulation::WorkerPool& pool, std::int64_t run)
    : project(p), options(o), ctx(c), evaluator(p, pool, run), free(p.setup().space.free_variables()),
      start_(std::chrono::steady_clock::now()) {
  if (free.empty()) throw std::runtime_error("every design variable is fixed: nothing to generate");
  max_designs = design_budget(o);
  archive = project.refresh_archive();  // a killed run may have left the flags behind
}

std::vector<double> GenerationDriver::design_of(const std::vector<double>& unit) const {
  const auto& s = project.setup().space;
  std::vector<double> x;
  for (const auto& v : s.variables) x.push_back(v.fixed() ? v.lo : v.nominal);
  for (std::size_t k = 0; k < free.size(); ++k) x[free[k]] = s.from_unit(free[k], unit[k]);
  return x;
}

std::vector<double> GenerationDriver::unit_of(const std::vector<double>& x) const {
  std::vector<double> u;
  for (auto i : free) u.push_back(project.setup().space.to_unit(i, x.at(i)));
  return u;
}

std::vector<Design> GenerationDriver::evaluate(const std::vector<std::vector<double>>& units) {
  std::vector<std::vector<double>> xs;
  for (const auto& u : units) xs.push_back(design_of(u));
  // The archive is asked for exactly: a design adds at most one to a non-dominated set, so it
  // reaches the target on one design of the batch, and the batch's later designs are dropped.
  // Refreshing only once enough feasible designs came in keeps this cheap.
  std::int64_t since = 0;  // feasible designs committed since the last refresh
  auto enough = [this, &since](const Design& d) {
    if (!d.feasible || archive + ++since < options.target) return false;
    archive = project.refresh_archive();
    since = 0;
    return archive >= options.target;
  };
  auto designs = evaluator.evaluate(xs, ctx, [this](const Design&) { report(); }, enough);
  archive = project.refresh_archive();
  report();
  return designs;
}

bool GenerationDriver::finished() const {
  return archive >= options.target || evaluator.stats().designs >= max_designs;
}

void GenerationDriver::report() {
  const auto& st = evaluator.stats();
  double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  char buf[160];
  std::snprintf(buf, sizeof buf, "%lld designs, %lld feasible, %.1f designs/s", static_cast<long long>(st.designs),
                static_cast<long long>(st.feasible), t > 0 ? static_cast<double>(st.designs) / t : 0.0);
  ctx.report(archive, options.target, buf);
}

namespace {

void search_random(GenerationDriver& d) {
  const int batch = std::max(1, d.options.batch);
  while (!d.finished()) {
    // Seeded by the designs already in the file: a fresh project repeats, a resumed one moves on.
    auto stored = d.project.counts().designs;
    std::uint64_t seed = d.options.seed * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(stored);
    d.evaluate(latin_hypercube(static_cast<std::size_t>(batch), d.free.size(), seed));
  }
}

}  // namespace

GenerateSummary generate(Project& project, const GenerateOptions& options, const JobContext& ctx) {
  if (options.target <= 0) throw std::invalid_argument("the number of designs must be positive");
  nlohmann::json settings{{"target", options.target},       {"method", to_string(options.method)},
                          {"workers", options.workers},     {"seed", options.seed},
                          {"population", options.population}, {"batch", options.batch},
                          {"max_designs", options.max_designs}, {"timeout_s", options.timeout_s}};
  GenerateSummary s;
  auto t0 = std::chrono::steady_clock::now();
  simulation::WorkerPool pool(simulation::PoolOptions{options.workers, options.timeout_s});
  settings["workers"] = pool.workers();
  s.run = project.begin_run(to_string(options.method), settings);
  GenerationDriver driver(project, options, ctx, pool, s.run);
  try {
    if (!driver.finished()) {
      if (options.method == Method::Random) search_random(driver);
      else search_nsga2(driver);
    }
    s.budget_spent = driver.archive < options.target;
  } catch (const Cancelled&) {
    s.outcome = JobOutcome::cancelled();
  } catch (...) {
    project.finish_run(s.run, "failed");
    throw;
  }
  driver.archive = project.refresh_archive();
  project.finish_run(s.run, s.outcome.is_cancelled() ? "cancelled" : s.budget_spent ? "limit" : "done");
  const auto& st = driver.evaluator.stats();
  s.simulated = st.designs;
  s.feasible = st.feasible;
  s.failed = st.failed;
  s.failed_rules = st.failed_rules;
  s.archive = driver.archive;
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return s;
}

}  // namespace inversize::dataset
