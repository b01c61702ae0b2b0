// The option dialogs of the project jobs: the same options as `inversize-cli generate` and
// `inversize-cli train`.
#pragma once

#include <optional>
#include <string>

#include "dataset/generator.hpp"
#include "diffusion/architectures.hpp"

class QWidget;

namespace inversize::ui::mainwindow {

std::optional<dataset::GenerateOptions> ask_generate_options(QWidget* parent);

struct TrainChoice {
  std::string arch = diffusion::default_architecture();
  diffusion::TrainOptions options;
};
std::optional<TrainChoice> ask_train_options(QWidget* parent);

}  // namespace inversize::ui::mainwindow
