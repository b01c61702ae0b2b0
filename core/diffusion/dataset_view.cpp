#include "diffusion/dataset_view.hpp"

#include <cmath>
#include <stdexcept>

namespace inversize::diffusion {

void TrainingData::validate() const {
  const auto nv = variable_names.size(), np = performance_names.size();
  if (nv == 0) throw std::invalid_argument("training data: no variables");
  if (variable_log.size() != nv) throw std::invalid_argument("training data: one log flag per variable expected");
  if (x.size() != y.size()) throw std::invalid_argument("training data: x and y have different numbers of designs");
  if (x.empty()) throw std::invalid_argument("training data: no designs");
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (x[i].size() != nv || y[i].size() != np)
      throw std::invalid_argument("training data: design " + std::to_string(i) + " has the wrong number of values");
    for (std::size_t j = 0; j < nv; ++j) {
      if (!std::isfinite(x[i][j]))
        throw std::invalid_argument("training data: variable " + variable_names[j] + " of design " + std::to_string(i) + " is not finite");
      if (variable_log[j] && !(x[i][j] > 0))
        throw std::invalid_argument("training data: log variable " + variable_names[j] + " of design " + std::to_string(i) + " is <= 0");
    }
    for (double v : y[i])
      if (std::isinf(v)) throw std::invalid_argument("training data: infinite performance in design " + std::to_string(i));
  }
}

}  // namespace inversize::diffusion
