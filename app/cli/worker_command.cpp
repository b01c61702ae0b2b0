#include "cli/commands.hpp"
#include "simulation/worker_pool.hpp"

// Hidden: started by the simulation pool, speaks its protocol on a file descriptor.
void add_worker_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("worker", "")->group("");  // no group: not listed in --help
  auto fd = std::make_shared<int>(3);
  cmd->add_option("--fd", *fd, "protocol file descriptor");
  cmd->callback([fd] { std::exit(inversize::simulation::worker_main(*fd)); });
}
