// The long project jobs of the window: data generation and training. Both run on the job
// runner's worker thread with their own connection to the project file, and save as they go.
#pragma once

#include <QString>
#include <string>

#include "common/job.hpp"
#include "dataset/generator.hpp"
#include "diffusion/options.hpp"

namespace inversize::ui::jobs {

// Fills `summary` as it ends (also when cancelled: what was kept), then throws Cancelled
// after committing what finished.
void generate_data(const QString& project_path, const dataset::GenerateOptions& options, const JobContext& ctx,
                   dataset::GenerateSummary& summary);

struct TrainSummary {
  std::int64_t model = 0;
  std::size_t designs = 0;
  double seconds = 0;
};
// Trains and stores `arch`. The loss curves come with ctx's progress: one point per report of
// the trainer, on the curve of its block, y = {training loss, validation loss}. Throws
// Cancelled (nothing stored) or dataset::ProjectError.
TrainSummary train_models(const QString& project_path, const std::string& arch, const diffusion::TrainOptions& options,
                          const JobContext& ctx);

}  // namespace inversize::ui::jobs
