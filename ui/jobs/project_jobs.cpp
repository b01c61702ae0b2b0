#include "jobs/project_jobs.hpp"

#include "dataset/project.hpp"
#include "diffusion/project_models.hpp"

namespace inversize::ui::jobs {

void generate_data(const QString& project_path, const dataset::GenerateOptions& options, const JobContext& ctx,
                   dataset::GenerateSummary& summary) {
  auto project = dataset::Project::open(project_path.toStdString());
  summary = dataset::generate(project, options, ctx);
  summary.outcome.rethrow();
}

TrainSummary train_models(const QString& project_path, const std::string& arch, const diffusion::TrainOptions& options,
                          const JobContext& ctx) {
  auto project = dataset::Project::open(project_path.toStdString());
  // The trainer tells its losses before each progress report: they ride along with it.
  std::vector<CurvePoint> points;
  Progress last;
  JobContext job{[&](const Progress& p) {
                   last = p;
                   last.points = std::move(points);
                   points.clear();
                   if (ctx.progress) ctx.progress(last);
                 },
                 ctx.cancel};
  auto losses = [&](const diffusion::TrainProgress& p) {
    points.push_back({p.block, double(p.step), {p.loss, p.val_loss}});
  };
  auto model = diffusion::train_model(project, arch, options, job, losses);
  if (!points.empty()) job.report(last.done, last.total, last.message);  // losses told after the last report
  diffusion::store_model(project, model, options);
  project.compact();
  return {model.id, model.designs, model.seconds};
}

}  // namespace inversize::ui::jobs
