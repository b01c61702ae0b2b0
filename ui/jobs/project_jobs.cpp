#include "jobs/project_jobs.hpp"

#include "dataset/project.hpp"
#include "diffusion/project_models.hpp"

namespace inversize::ui::jobs {

dataset::GenerateSummary generate_data(const QString& project_path, const dataset::GenerateOptions& options,
                                       const JobContext& ctx) {
  auto project = dataset::Project::open(project_path.toStdString());
  auto summary = dataset::generate(project, options, ctx);
  if (summary.status == "cancelled") throw Cancelled();
  return summary;
}

TrainSummary train_models(const QString& project_path, const std::string& arch, const diffusion::TrainOptions& options,
                          const JobContext& ctx, const diffusion::TrainProgressFn& progress) {
  auto project = dataset::Project::open(project_path.toStdString());
  auto model = diffusion::train_model(project, arch, options, ctx, progress);
  diffusion::store_model(project, model, options);
  project.compact();
  return {model.id, model.designs, model.seconds};
}

}  // namespace inversize::ui::jobs
