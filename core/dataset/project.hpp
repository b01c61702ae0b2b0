// The project file (.isz): one SQLite file holding the circuit's netlist text, technology,
// conditions, design space, every simulated design, the train/validation/test split, the runs that made
// them and the trained models. Work is committed as it goes (WAL mode): a killed process
// loses only what was in flight. Layout: docs/dataset.md.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "circuit/input.hpp"
#include "dataset/criteria.hpp"
#include "dataset/design_space.hpp"
#include "netlist/netlist.hpp"
#include "simulation/conditions.hpp"
#include "technology/technology.hpp"

namespace inversize::dataset {

// Every problem with the file itself: missing, damaged, foreign, newer, already exists.
class ProjectError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// 2: the split column allows 'validation' (a version-1 file is migrated when opened writable).
inline constexpr int kSchemaVersion = 2;
inline constexpr std::int32_t kApplicationId = 0x49535a31;  // "ISZ1" in the SQLite header

// What a new project is made of.
struct ProjectSetup {
  std::string circuit_source;               // what the designer named: a path or builtin:NAME
  std::vector<netlist::SourceFile> files;   // every file of the deck, [0] the main file
  std::string subckt;                       // --subckt, may be empty
  std::vector<std::string> ports;           // --port ROLE=NET
  std::vector<std::string> biases;          // --bias NET=V: gate nets held by a source from vss
  technology::Technology technology;
  simulation::Conditions conditions;
  DesignSpace space;
  Criteria criteria;
  std::uint64_t split_seed = 1;
  // Shares of the designs drawn into the test split (locked: reported, never used for a
  // choice) and the validation split (where every choice is made); the rest train.
  double test_fraction = 0.12;
  double validation_fraction = 0.12;
};

// Opens the circuit, derives its design space, takes the nominal conditions.
ProjectSetup make_project_setup(const std::string& circuit_spec, const technology::Technology& tech,
                                const std::vector<std::string>& ports = {}, const std::string& subckt = "",
                                const std::vector<std::string>& biases = {});

enum class Split { Train, Validation, Test };
const char* to_string(Split s);  // "train", "validation", "test"
// The split a name ("train", "validation", "test") stands for; nullopt for anything else.
std::optional<Split> split_from_string(std::string_view name);
// Seeded and stable: a design's split depends only on the seed and its id. A uniform draw
// below test_fraction is test, below test_fraction + validation_fraction validation: the test
// split of a seed does not depend on the validation fraction.
Split split_of(std::uint64_t seed, std::int64_t id, double test_fraction, double validation_fraction = 0.0);

struct Design {
  std::int64_t id = 0;      // assigned by add_design, in insertion order from 1
  std::int64_t run = 0;
  std::vector<double> x;    // one value per design variable, SI units, as simulated
  PerformanceValues performances;
  std::array<std::string, kPerformanceCount> reasons;  // why a performance is missing
  bool simulated = false;   // the simulation ran to the end
  bool feasible = false;
  bool pareto = false;      // feasible and non-dominated among all feasible designs of the file
  Split split = Split::Train;
  double violation = 0;     // Judgement::violation
  std::string failure;      // why it is not feasible
  std::vector<std::string> failed_rules;  // Judgement::rules, for counts per rule; not stored
  double seconds = 0;       // simulation time
};

// A design moved to another split (Project::repair_split).
struct SplitMove {
  std::int64_t id = 0;
  Split from = Split::Test, to = Split::Train;
  bool archive = false;  // the design is in the training archive (pareto)
};

struct RunInfo {
  std::int64_t id = 0;
  std::string method;
  nlohmann::json settings;
  std::string started, finished;  // ISO 8601 UTC; finished empty while running or after a kill
  std::string status;             // running, done, cancelled, failed, interrupted
};

struct Counts {
  std::int64_t designs = 0, simulated = 0, feasible = 0, archive = 0, train = 0, validation = 0, test = 0;
};

// A trained model as the diffusion engine stores it.
struct ModelRecord {
  std::int64_t id = 0;
  std::string arch;             // "structural", "monolithic", ...
  std::string block_id;         // "" for a whole-circuit model
  nlohmann::json hyperparameters;
  int format_version = 1;
  std::string created;          // set by put_model
  std::vector<std::uint8_t> data;
};

class Project {
 public:
  // Refuses an existing path (never overwrites). Throws ProjectError.
  static Project create(const std::string& path, const ProjectSetup& setup);
  // Throws ProjectError with a one-line reason for a missing, damaged, foreign or newer file;
  // the file is not written before it passed these checks.
  static Project open(const std::string& path);

  Project(Project&&) noexcept;
  Project& operator=(Project&&) noexcept;
  ~Project();

  const std::string& path() const;
  const ProjectSetup& setup() const;
  // The circuit rebuilt from the stored netlist text (includes resolve where they were).
  circuit::OpenedCircuit open_circuit() const;
  void set_design_space(const DesignSpace& space);

  std::int64_t begin_run(const std::string& method, const nlohmann::json& settings);
  void finish_run(std::int64_t run, const std::string& status);
  std::vector<RunInfo> runs() const;

  // Commits one design (its own transaction); sets d.id and d.split. A sizing already stored
  // (the same variable values: NSGA-II and random search do simulate a sizing twice) takes the
  // split of its first design, so that a sizing is never both trained on and tested; a new
  // sizing's split is drawn by split_of.
  void add_design(Design& d);
  std::vector<Design> designs() const;
  // One-off, for a project whose test designs were already used for choices: the first
  // `count` test designs of the archive (in id order) become validation, so that the rest stay
  // an untouched test set. Refused (ProjectError) when the project already has validation
  // designs: test designs are never moved twice. Returns the ids moved.
  std::vector<std::int64_t> move_test_to_validation(std::size_t count);
  // Repairs a split drawn per design id (projects made before add_design kept sizings
  // together): every design whose sizing also occurs in train moves to train; one that occurs
  // in validation and test moves to validation (test stays untouched by choices). One
  // transaction; returns what moved, in id order.
  std::vector<SplitMove> repair_split();
  // Recomputes the Pareto flags over all feasible designs; returns the archive size.
  std::int64_t refresh_archive();
  Counts counts() const;

  // Stores a model, replacing the one of its architecture and block, also under a former name.
  std::int64_t put_model(const ModelRecord& m);
  // Gives the space of replaced models and deleted rows back to the file system (VACUUM).
  void compact();
  std::optional<ModelRecord> get_model(std::int64_t id) const;
  std::vector<ModelRecord> list_models() const;  // without data

 private:
  struct Impl;
  explicit Project(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace inversize::dataset
