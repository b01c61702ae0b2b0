// inversize-cli decompose NETLIST... [--json]: structural blocks, device functions and matched
// pairs of each opamp. One unreadable file does not stop the others; it makes the exit non-zero.
#include <cstdio>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "circuit/input.hpp"
#include "cli/circuit_options.hpp"
#include "cli/commands.hpp"
#include "structure/decompose.hpp"
#include "structure/diagnostics.hpp"
#include "structure/report.hpp"
#include "technology/choice.hpp"
#include "technology/technology.hpp"

using namespace inversize;

namespace {

struct DecomposeArgs {
  std::vector<std::string> inputs;
  CircuitOptions circuit;  // --tech, --subckt, --port, --bias, for every input
  bool json = false;
};

int run(const DecomposeArgs& a) {
  const auto& c = a.circuit;
  const auto named = c.tech.empty() ? std::optional<technology::Technology>() : technology::load_named(c.tech);
  int failed = 0;
  std::string first_error;
  for (const auto& input : a.inputs) {
    try {
      const auto tech = named ? *named : technology::technology_for_circuit(input);
      auto opened = circuit::open_circuit(input, tech, c.ports, c.subckt, c.biases);
      auto d = structure::decompose(opened.circuit);
      d.warnings = structure::netlist_warnings(opened.deck, opened.circuit, d);
      if (a.json) {
        auto j = structure::to_json(d, opened.circuit, input);
        j["notes"] = opened.circuit.notes;
        std::cout << j.dump() << "\n";
      } else {
        std::cout << structure::to_text(d, opened.circuit, input);
        for (const auto& n : opened.circuit.notes) std::cout << "  note: " << n << '\n';
        std::cout << "\n";
      }
    } catch (const std::exception& e) {
      ++failed;
      if (first_error.empty()) first_error = e.what();
      if (a.json) std::cout << nlohmann::json{{"file", input}, {"error", e.what()}}.dump() << "\n";
      else std::cout << input << ": error: " << e.what() << "\n\n";
    }
    std::cout.flush();
  }
  if (failed) {
    std::fprintf(stderr, "inversize-cli: %d of %zu files could not be decomposed; first: %s\n", failed,
                 a.inputs.size(), first_error.c_str());
    return 1;
  }
  return 0;
}

}  // namespace

void add_decompose_command(CLI::App& app) {
  auto args = std::make_shared<DecomposeArgs>();
  auto* cmd = app.add_subcommand("decompose", "Structural blocks, device functions and symmetric pairs of opamps");
  cmd->add_option("netlist", args->inputs, "SPICE netlists, or builtin:NAME (miller, fcoa, miller_gf180, fcoa_gf180)")->required();
  args->circuit.add_to(cmd, false);
  args->circuit.add_bias_to(cmd);
  cmd->add_flag("--json", args->json, "one JSON object per file, one per line");
  cmd->callback([args] { cli::exit_with(run(*args)); });
}
