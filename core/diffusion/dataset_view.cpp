#include "diffusion/dataset_view.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace inversize::diffusion {

namespace {
void validate_rows(const TrainingData& d, const std::vector<std::vector<double>>& x, const std::vector<std::vector<double>>& y,
                   const std::string& what) {
  const auto nv = d.variable_names.size(), np = d.performance_names.size();
  if (x.size() != y.size()) throw std::invalid_argument("training data: x and y differ in their number of " + what + "s");
  for (std::size_t i = 0; i < x.size(); ++i) {
    const auto name = what + " " + std::to_string(i);
    if (x[i].size() != nv || y[i].size() != np)
      throw std::invalid_argument("training data: " + name + " has the wrong number of values");
    for (std::size_t j = 0; j < nv; ++j) {
      if (!std::isfinite(x[i][j]))
        throw std::invalid_argument("training data: variable " + d.variable_names[j] + " of " + name + " is not finite");
      if (d.variable_log[j] && !(x[i][j] > 0))
        throw std::invalid_argument("training data: log variable " + d.variable_names[j] + " of " + name + " is <= 0");
    }
    for (double v : y[i])
      if (std::isinf(v)) throw std::invalid_argument("training data: infinite performance in " + name);
  }
}
}  // namespace

void TrainingData::validate() const {
  if (variable_names.empty()) throw std::invalid_argument("training data: no variables");
  if (variable_log.size() != variable_names.size()) throw std::invalid_argument("training data: one log flag per variable expected");
  if (x.empty() && y.empty()) throw std::invalid_argument("training data: no designs");
  validate_rows(*this, x, y, "design");
  validate_rows(*this, forward_x, forward_y, "forward design");
}

}  // namespace inversize::diffusion
