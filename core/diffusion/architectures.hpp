// The table of the engine's inverse-sizing architectures: one named entry per configuration
// (DiT's way), read by the factory, the loader, the command line, the GUI and the reports.
// To add an architecture, add a name below and a row in architectures.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/architecture_names.hpp"
#include "diffusion/dataset_view.hpp"
#include "diffusion/options.hpp"

namespace inversize::diffusion {

class SizingModel;

// The paper's structural model, blocks chained: block b is conditioned on the performances and
// on the sizes of the blocks before it; a shared variable keeps the first block's value. Its
// name, and its name in old project files, are common/architecture_names.hpp's.
using inversize::kLegacyStructural;
using inversize::kStructuralChained;
// The paper's recombination: blocks independent, each conditioned on the performances only;
// overlaps averaged, symmetry enforced at recombination.
inline constexpr std::string_view kStructuralIndependent = "structural-independent";
inline constexpr std::string_view kMonolithic = "monolithic";
inline constexpr std::string_view kMlpDdpm = "mlp-ddpm";
inline constexpr std::string_view kAnn = "ann";

struct Architecture {
  std::string_view name;
  std::string_view summary;  // one line, for help texts and the GUI
  // Our diffusion models, whose denoiser is a choice (train --backbone); the baselines keep
  // their published networks.
  bool takes_backbone;
  ModelConfig config;  // default hyperparameters
  std::unique_ptr<SizingModel> (*make)(const DesignContext& ctx, const ModelConfig& cfg);
};

// Every architecture, the default first.
const std::vector<Architecture>& architectures();
// The entry of `name` (the legacy "structural" is structural-chained); throws
// std::invalid_argument naming the architectures.
const Architecture& architecture(std::string_view name);
// `name` as the table names it (the legacy name mapped); unknown names unchanged.
std::string canonical_architecture(std::string_view name);
// What the tools use unless told otherwise: the first row.
std::string default_architecture();
// The names, in the table's order.
std::vector<std::string> sizing_architectures();

// Readers of one column of the table.
inline const ModelConfig& default_config(std::string_view name) { return architecture(name).config; }
inline bool takes_backbone(std::string_view name) { return architecture(name).takes_backbone; }

// `c` with another denoiser: the MLP is kMlpWidth wide, the transformer keeps its default
// width. Everything else of `c` stays.
ModelConfig with_backbone(ModelConfig c, Backbone backbone);

}  // namespace inversize::diffusion
