// inversize-cli: the batch face of InverSize. Only wiring: the work is in core/.
#include <cstdio>
#include <exception>
#include <filesystem>

#include "cli/commands.hpp"
#include "simulation/worker_pool.hpp"
#ifdef INVERSIZE_HAVE_MPI
#include <string>

#include "cluster/cluster.hpp"
#endif

int main(int argc, char** argv) {
  // The pool's workers: inversize-worker beside this executable; this one (its hidden `worker`
  // command) where that is missing.
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::filesystem::path exe = ec ? std::filesystem::path(argv[0]) : self;
  auto worker = exe.parent_path() / "inversize-worker";
  inversize::simulation::set_worker_executable(std::filesystem::exists(worker) ? worker.string() : exe.string());

#ifdef INVERSIZE_HAVE_MPI
  // Under mpirun/srun: rank 0 goes on with the command, the other ranks only simulate for it.
  // (A worker started by the pool inherits the launcher's environment but is no rank.)
  if (!(argc > 1 && std::string(argv[1]) == "worker")) {
    try {
      auto say = [](const std::string& s) { std::fprintf(stderr, "inversize-cli: %s\n", s.c_str()); };
      if (auto status = inversize::cluster::start(argc, argv, say)) return *status;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "inversize-cli: %s\n", e.what());
      return 1;
    }
  }
#endif

  CLI::App app{"InverSize: inverse sizing of CMOS opamps with diffusion models and structural knowledge"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "inversize-cli 0.1.0");
  add_simulate_command(app);
  add_decompose_command(app);
  add_demo_command(app);
  add_worker_command(app);
  add_new_command(app);
  add_generate_command(app);
  add_dataset_command(app);
  add_train_command(app);
  add_sample_command(app);
  add_evaluate_command(app);
  add_yield_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "inversize-cli: %s\n", e.what());
    return 1;
  }
  return 0;
}
