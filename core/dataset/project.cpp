#include "dataset/project.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include <unistd.h>

#include "common/architecture_names.hpp"
#include "dataset/project_schema.hpp"
#include "dataset/sqlite.hpp"
#include "netlist/parser.hpp"
#include "structure/decompose.hpp"

namespace inversize::dataset {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json performances_json(const PerformanceValues& p) {
  json j = json::object();
  for (std::size_t i = 0; i < kPerformanceCount; ++i)
    j[std::string(kPerformances[i].key)] = p[i] ? json(*p[i]) : json(nullptr);
  return j;
}

std::string now_utc() {
  auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

const char* to_string(Split s) {
  switch (s) {
    case Split::Train: return "train";
    case Split::Validation: return "validation";
    case Split::Test: return "test";
  }
  return "train";
}

std::optional<Split> split_from_string(std::string_view name) {
  for (Split s : {Split::Train, Split::Validation, Split::Test})
    if (name == to_string(s)) return s;
  return std::nullopt;
}

Split split_of(std::uint64_t seed, std::int64_t id, double test_fraction, double validation_fraction) {
  // splitmix64 of (seed, id): independent of the order designs arrive in.
  std::uint64_t z = seed * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(id) + 0x632be59bd9b4e019ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  z ^= z >> 31;
  double u = static_cast<double>(z >> 11) * 0x1.0p-53;
  if (u < test_fraction) return Split::Test;
  return u < test_fraction + validation_fraction ? Split::Validation : Split::Train;
}

ProjectSetup make_project_setup(const std::string& circuit_spec, const technology::Technology& tech,
                                const std::vector<std::string>& ports, const std::string& subckt,
                                const std::vector<std::string>& biases) {
  auto opened = circuit::open_circuit(circuit_spec, tech, ports, subckt, biases);
  ProjectSetup s;
  s.circuit_source = circuit_spec;
  s.files = opened.deck.files;
  s.subckt = subckt;
  s.ports = ports;
  s.biases = biases;
  s.technology = tech;
  s.conditions = simulation::nominal_conditions(opened.deck, opened.circuit, tech);
  s.space = derive_design_space(opened.circuit, structure::decompose(opened.circuit), tech, s.conditions);
  if (s.space.size() == 0) throw std::runtime_error(circuit_spec + ": no transistors to size");
  return s;
}

struct Project::Impl {
  std::string path;
  std::unique_ptr<sql::Database> db;
  ProjectSetup setup;
  // Objective vectors of the feasible designs, for the archive; loaded on first use.
  bool cache_loaded = false;
  std::vector<std::int64_t> feasible_ids;
  std::vector<std::vector<double>> feasible_f;
  std::vector<bool> pareto;
  // The split of every stored sizing (variables as stored text), its first design's; loaded on
  // the first add_design.
  bool sizings_loaded = false;
  std::unordered_map<std::string, Split> sizing_split;

  std::string meta(const std::string& key) const {
    auto value = meta_if(key);
    if (!value) throw ProjectError(path + ": damaged project file (no '" + key + "' entry)");
    return *value;
  }
  // For entries that older files lack.
  std::optional<std::string> meta_if(const std::string& key) const {
    auto st = db->prepare("SELECT value FROM project WHERE key = ?");
    st.bind(1, key);
    if (!st.step()) return std::nullopt;
    return st.text(0);
  }
  void set_meta(const std::string& key, const std::string& value) {
    db->prepare("INSERT OR REPLACE INTO project(key, value) VALUES (?, ?)").bind(1, key).bind(2, value).run();
  }
  void load_setup();
  void load_cache();
  void load_sizings();
};

Project::Project(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;
Project::~Project() = default;

const std::string& Project::path() const { return impl_->path; }
const ProjectSetup& Project::setup() const { return impl_->setup; }

Project Project::create(const std::string& path, const ProjectSetup& setup) {
  if (fs::exists(path)) throw ProjectError(path + ": already exists (choose another name or remove it)");
  setup.criteria.validate();
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  try {
    impl->db = std::make_unique<sql::Database>(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE);
    impl->db->exec("PRAGMA journal_mode = WAL");
    impl->db->exec("PRAGMA synchronous = NORMAL");
    impl->db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    sql::Transaction tx(*impl->db);
    impl->db->exec(schema_sql());
    impl->db->prepare("INSERT INTO schema_version(version) VALUES (?)").bind(1, std::int64_t{kSchemaVersion}).run();
    impl->set_meta("created", now_utc());
    impl->set_meta("circuit_source", setup.circuit_source);
    impl->set_meta("subckt", setup.subckt);
    impl->set_meta("ports", json(setup.ports).dump());
    impl->set_meta("biases", json(setup.biases).dump());
    impl->set_meta("technology", technology::to_json_text(setup.technology));
    impl->set_meta("technology_source", setup.technology.source_file);
    json cond = setup.conditions;
    impl->set_meta("conditions", cond.dump());
    impl->set_meta("design_space", json(setup.space).dump());
    impl->set_meta("criteria", json(setup.criteria).dump());
    impl->set_meta("split_seed", std::to_string(setup.split_seed));
    impl->set_meta("test_fraction", json(setup.test_fraction).dump());
    impl->set_meta("validation_fraction", json(setup.validation_fraction).dump());
    auto st = impl->db->prepare("INSERT INTO circuit_files(position, path, text) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < setup.files.size(); ++i) {
      st.bind(1, static_cast<std::int64_t>(i)).bind(2, setup.files[i].path).bind(3, setup.files[i].text).run();
      st.reset();
    }
    tx.commit();
  } catch (const sql::Error& e) {
    impl.reset();
    std::error_code ec;
    fs::remove(path, ec);  // our own half-made file, nobody else's
    throw ProjectError(path + ": cannot create the project file: " + e.what());
  }
  impl->setup = setup;
  return Project(std::move(impl));
}

namespace {
// file: URI of a path, read-only and immutable; '%', '?' and '#' percent-encoded.
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (char c : fs::absolute(path).string()) {
    if (c == '%') uri += "%25";
    else if (c == '?') uri += "%3f";
    else if (c == '#') uri += "%23";
    else uri += c;
  }
  return uri + "?mode=ro&immutable=1";
}

// Brings an older file to kSchemaVersion in one transaction (all or nothing).
void migrate(sql::Database& db, std::int64_t from) {
  sql::Transaction tx(db);
  if (from < 2) {
    // Version 2: the split may be 'validation'. SQLite cannot change a CHECK in place: the
    // designs move to a new table. The file's splits stay as they are (its validation
    // fraction is 0, so new designs are drawn train or test as before).
    db.exec(designs_table_sql("designs_v2"));
    db.exec("INSERT INTO designs_v2 SELECT * FROM designs; DROP TABLE designs; "
            "ALTER TABLE designs_v2 RENAME TO designs;");
    db.exec(kDesignsIndexSql);
    db.exec("INSERT OR IGNORE INTO project(key, value) VALUES ('validation_fraction', '0')");
  }
  db.prepare("INSERT INTO schema_version(version) VALUES (?)").bind(1, std::int64_t{kSchemaVersion}).run();
  tx.commit();
}
}  // namespace

Project Project::open(const std::string& path) {
  if (!fs::exists(path)) throw ProjectError(path + ": no such project file");
  {
    // Look at the header before SQLite does anything with the file.
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    if (in.gcount() < 16 || std::memcmp(header, "SQLite format 3", 16) != 0)
      throw ProjectError(path + ": not an InverSize project (not an SQLite database, or its header is damaged)");
  }
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  try {
    // A project we may not write (the shipped demos under /usr/share) opens read-only and
    // immutable: SQLite then needs no -wal or -shm file beside it.
    const auto dir = fs::absolute(path).parent_path();
    const bool writable = ::access(path.c_str(), W_OK) == 0 && ::access(dir.c_str(), W_OK) == 0;
    if (writable) impl->db = std::make_unique<sql::Database>(path, SQLITE_OPEN_READWRITE);
    else impl->db = std::make_unique<sql::Database>(immutable_uri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    std::int64_t version = 0;
    {  // the checks' statements end here: a journal-mode change needs none open
      auto app = impl->db->prepare("PRAGMA application_id");
      app.step();
      if (app.integer(0) != kApplicationId)
        throw ProjectError(path + ": an SQLite database, but not an InverSize project");
      auto ver = impl->db->prepare("SELECT max(version) FROM schema_version");
      if (!ver.step() || ver.is_null(0)) throw ProjectError(path + ": damaged project file (no schema version)");
      version = ver.integer(0);
      if (version > kSchemaVersion)
        throw ProjectError(path + ": made by a newer InverSize (project format " + std::to_string(version) +
                           ", this version reads up to " + std::to_string(kSchemaVersion) + "); not opened");
      auto check = impl->db->prepare("PRAGMA quick_check");
      check.step();
      if (check.text(0) != "ok") throw ProjectError(path + ": damaged project file (" + check.text(0) + ")");
    }
    // An older file is migrated where it may be written; read-only, it is read as it is (a
    // version-1 file is a version-2 file without validation designs).
    if (writable && version < kSchemaVersion) migrate(*impl->db, version);
    if (writable) {
      impl->db->exec("PRAGMA journal_mode = WAL");    // shipped files come in rollback mode
      impl->db->exec("PRAGMA synchronous = NORMAL");  // WAL: durable against a killed process
    }
    impl->load_setup();
  } catch (const sql::Error& e) {
    throw ProjectError(path + ": damaged project file (SQLite: " + e.what() + ")");
  } catch (const ProjectError&) {
    throw;
  } catch (const std::exception& e) {
    throw ProjectError(path + ": damaged project file (" + e.what() + ")");
  }
  return Project(std::move(impl));
}

void Project::Impl::load_setup() {
  setup.circuit_source = meta("circuit_source");
  setup.subckt = meta("subckt");
  setup.ports = json::parse(meta("ports")).get<std::vector<std::string>>();
  if (auto biases = meta_if("biases"))  // files made before `new --bias` hold none
    setup.biases = json::parse(*biases).get<std::vector<std::string>>();
  std::string tech_source = meta("technology_source");
  setup.technology = technology::from_json_text(meta("technology"), fs::path(tech_source).parent_path().string(),
                                                path + " (technology)");
  setup.technology.source_file = tech_source;
  setup.conditions = json::parse(meta("conditions")).get<simulation::Conditions>();
  setup.space = json::parse(meta("design_space")).get<DesignSpace>();
  setup.criteria = json::parse(meta("criteria")).get<Criteria>();
  setup.split_seed = std::stoull(meta("split_seed"));
  setup.test_fraction = json::parse(meta("test_fraction")).get<double>();
  auto validation = meta_if("validation_fraction");  // version 1 has no validation split
  setup.validation_fraction = validation ? json::parse(*validation).get<double>() : 0.0;
  auto st = db->prepare("SELECT path, text FROM circuit_files ORDER BY position");
  while (st.step()) setup.files.push_back({st.text(0), st.text(1)});
  if (setup.files.empty()) throw ProjectError(path + ": damaged project file (no circuit)");
}

circuit::OpenedCircuit Project::open_circuit() const {
  const auto& s = impl_->setup;
  circuit::OpenedCircuit o;
  o.source = s.circuit_source;
  o.deck = netlist::parse_string(s.files[0].text, s.files[0].path, fs::path(s.files[0].path).parent_path().string());
  o.circuit = circuit::build_with(o.deck, s.technology, s.ports, s.subckt, s.biases);
  return o;
}

void Project::set_design_space(const DesignSpace& space) {
  if (space.names() != impl_->setup.space.names())
    throw std::invalid_argument("the design space's variables cannot change once a project exists");
  impl_->set_meta("design_space", json(space).dump());
  impl_->setup.space = space;
}

std::int64_t Project::begin_run(const std::string& method, const json& settings) {
  // A run still "running" belongs to a process that was killed.
  impl_->db->exec("UPDATE runs SET status = 'interrupted' WHERE status = 'running'");
  impl_->db->prepare("INSERT INTO runs(method, settings, started, status) VALUES (?, ?, ?, 'running')")
      .bind(1, method)
      .bind(2, settings.dump())
      .bind(3, now_utc())
      .run();
  return impl_->db->last_insert_rowid();
}

void Project::finish_run(std::int64_t run, const std::string& status) {
  impl_->db->prepare("UPDATE runs SET finished = ?, status = ? WHERE id = ?").bind(1, now_utc()).bind(2, status).bind(3, run).run();
}

std::vector<RunInfo> Project::runs() const {
  std::vector<RunInfo> out;
  auto st = impl_->db->prepare("SELECT id, method, settings, started, finished, status FROM runs ORDER BY id");
  while (st.step())
    out.push_back({st.integer(0), st.text(1), json::parse(st.text(2)), st.text(3), st.text(4), st.text(5)});
  return out;
}

void Project::add_design(Design& d) {
  auto& db = *impl_->db;
  json reasons = json::object();
  for (std::size_t i = 0; i < kPerformanceCount; ++i)
    if (!d.performances[i] && !d.reasons[i].empty()) reasons[std::string(kPerformances[i].key)] = d.reasons[i];
  if (!impl_->sizings_loaded) impl_->load_sizings();
  const std::string variables = json(d.x).dump();
  sql::Transaction tx(db);
  db.prepare("INSERT INTO designs(run_id, variables, performances, reasons, simulated, feasible, pareto, violation, "
             "failure, seconds, created) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")
      .bind(1, d.run)
      .bind(2, variables)
      .bind(3, performances_json(d.performances).dump())
      .bind(4, reasons.dump())
      .bind(5, std::int64_t{d.simulated})
      .bind(6, std::int64_t{d.feasible})
      .bind(7, d.violation)
      .bind(8, d.failure)
      .bind(9, d.seconds)
      .bind(10, now_utc())
      .run();
  d.id = db.last_insert_rowid();
  const auto known = impl_->sizing_split.find(variables);
  d.split = known != impl_->sizing_split.end()
                ? known->second
                : split_of(impl_->setup.split_seed, d.id, impl_->setup.test_fraction, impl_->setup.validation_fraction);
  d.pareto = false;
  db.prepare("UPDATE designs SET split = ? WHERE id = ?").bind(1, std::string(to_string(d.split))).bind(2, d.id).run();
  tx.commit();
  impl_->sizing_split.emplace(variables, d.split);
  if (impl_->cache_loaded && d.feasible) {
    impl_->feasible_ids.push_back(d.id);
    impl_->feasible_f.push_back(objective_vector(impl_->setup.criteria, d.performances));
    impl_->pareto.push_back(false);
  }
}

namespace {
Design read_design(const sql::Statement& st) {
  Design d;
  d.id = st.integer(0);
  d.run = st.integer(1);
  d.x = json::parse(st.text(2)).get<std::vector<double>>();
  auto p = json::parse(st.text(3));
  auto r = json::parse(st.text(4));
  for (std::size_t i = 0; i < kPerformanceCount; ++i) {
    std::string key(kPerformances[i].key);
    if (p.contains(key) && p[key].is_number()) d.performances[i] = p[key].get<double>();
    if (r.contains(key)) d.reasons[i] = r[key].get<std::string>();
  }
  d.simulated = st.integer(5) != 0;
  d.feasible = st.integer(6) != 0;
  d.pareto = st.integer(7) != 0;
  d.split = split_from_string(st.text(8)).value_or(Split::Train);
  d.violation = st.real(9);
  d.failure = st.text(10);
  d.seconds = st.real(11);
  return d;
}
constexpr const char* kDesignColumns =
    "id, run_id, variables, performances, reasons, simulated, feasible, pareto, split, violation, failure, seconds";
}  // namespace

std::vector<Design> Project::designs() const {
  std::vector<Design> out;
  auto st = impl_->db->prepare(std::string("SELECT ") + kDesignColumns + " FROM designs ORDER BY id");
  while (st.step()) out.push_back(read_design(st));
  return out;
}

void Project::Impl::load_cache() {
  feasible_ids.clear();
  feasible_f.clear();
  pareto.clear();
  auto st = db->prepare(std::string("SELECT ") + kDesignColumns + " FROM designs WHERE feasible = 1 ORDER BY id");
  while (st.step()) {
    auto d = read_design(st);
    feasible_ids.push_back(d.id);
    feasible_f.push_back(objective_vector(setup.criteria, d.performances));
    pareto.push_back(d.pareto);
  }
  cache_loaded = true;
}

void Project::Impl::load_sizings() {
  sizing_split.clear();
  auto st = db->prepare("SELECT variables, split FROM designs ORDER BY id");
  while (st.step()) sizing_split.emplace(st.text(0), split_from_string(st.text(1)).value_or(Split::Train));
  sizings_loaded = true;
}

std::vector<SplitMove> Project::repair_split() {
  auto& db = *impl_->db;
  struct Row {
    std::int64_t id;
    Split split;
    bool archive;
  };
  std::unordered_map<std::string, std::vector<Row>> by_sizing;
  {
    auto st = db.prepare("SELECT id, variables, split, pareto FROM designs ORDER BY id");
    while (st.step())
      by_sizing[st.text(1)].push_back({st.integer(0), split_from_string(st.text(2)).value_or(Split::Train), st.integer(3) != 0});
  }
  std::vector<SplitMove> moves;
  for (const auto& [sizing, rows] : by_sizing) {
    // Train takes a sizing it has seen; else validation, whose choices must not be tested.
    auto has = [&](Split s) { return std::any_of(rows.begin(), rows.end(), [s](const Row& r) { return r.split == s; }); };
    const Split to = has(Split::Train) ? Split::Train : has(Split::Validation) ? Split::Validation : Split::Test;
    for (const auto& r : rows)
      if (r.split != to) moves.push_back({r.id, r.split, to, r.archive});
  }
  std::sort(moves.begin(), moves.end(), [](const SplitMove& a, const SplitMove& b) { return a.id < b.id; });
  sql::Transaction tx(db);
  auto up = db.prepare("UPDATE designs SET split = ? WHERE id = ?");
  for (const auto& m : moves) {
    up.bind(1, std::string(to_string(m.to))).bind(2, m.id).run();
    up.reset();
  }
  tx.commit();
  impl_->sizings_loaded = false;
  return moves;
}

std::vector<std::int64_t> Project::move_test_to_validation(std::size_t count) {
  auto& db = *impl_->db;
  sql::Transaction tx(db);
  {
    auto existing = db.prepare("SELECT count(*) FROM designs WHERE split = 'validation'");
    existing.step();
    if (existing.integer(0) > 0)
      throw ProjectError(impl_->path + ": already has " + std::to_string(existing.integer(0)) +
                         " validation designs; test designs are never moved twice");
  }
  std::vector<std::int64_t> ids;
  {
    auto st = db.prepare("SELECT id FROM designs WHERE pareto = 1 AND split = 'test' ORDER BY id LIMIT ?");
    st.bind(1, static_cast<std::int64_t>(count));
    while (st.step()) ids.push_back(st.integer(0));
  }
  auto up = db.prepare("UPDATE designs SET split = 'validation' WHERE id = ?");
  for (auto id : ids) {
    up.bind(1, id).run();
    up.reset();
  }
  tx.commit();
  impl_->sizings_loaded = false;
  return ids;
}

std::int64_t Project::refresh_archive() {
  auto& m = *impl_;
  if (!m.cache_loaded) m.load_cache();
  auto flags = non_dominated(m.feasible_f);
  sql::Transaction tx(*m.db);
  auto st = m.db->prepare("UPDATE designs SET pareto = ? WHERE id = ?");
  std::int64_t n = 0;
  for (std::size_t i = 0; i < flags.size(); ++i) {
    n += flags[i] ? 1 : 0;
    if (flags[i] == m.pareto[i]) continue;
    st.bind(1, std::int64_t{flags[i]}).bind(2, m.feasible_ids[i]).run();
    st.reset();
    m.pareto[i] = flags[i];
  }
  // Designs stored with a flag that is no longer feasible cannot exist; infeasible stay 0.
  tx.commit();
  return n;
}

Counts Project::counts() const {
  Counts c;
  auto st = impl_->db->prepare(
      "SELECT count(*), coalesce(sum(simulated), 0), coalesce(sum(feasible), 0), coalesce(sum(pareto), 0), "
      "coalesce(sum(pareto AND split = 'train'), 0), coalesce(sum(pareto AND split = 'validation'), 0), "
      "coalesce(sum(pareto AND split = 'test'), 0) FROM designs");
  st.step();
  c.designs = st.integer(0);
  c.simulated = st.integer(1);
  c.feasible = st.integer(2);
  c.archive = st.integer(3);
  c.train = st.integer(4);
  c.validation = st.integer(5);
  c.test = st.integer(6);
  return c;
}

std::int64_t Project::put_model(const ModelRecord& m) {
  // One model per architecture and block: the new one replaces the old in one transaction,
  // also a record older files wrote under the architecture's former name (the engine reads
  // kLegacyStructural as kStructuralChained). Without this a retrained project held two
  // chained models (issue 18).
  const std::string former(m.arch == kStructuralChained ? kLegacyStructural : std::string_view(m.arch));
  impl_->db->exec("BEGIN IMMEDIATE");
  try {
    impl_->db
      ->prepare("INSERT INTO models(arch, block_id, hyperparameters, format_version, created, data) VALUES (?, ?, ?, ?, ?, ?)")
      .bind(1, m.arch)
      .bind(2, m.block_id)
      .bind(3, m.hyperparameters.dump())
      .bind(4, std::int64_t{m.format_version})
      .bind(5, now_utc())
      .bind_blob(6, m.data)
      .run();
    auto id = impl_->db->last_insert_rowid();
    // Deleted after the insert, so a model id is never reused.
    for (const auto& arch : {m.arch, former})
      impl_->db->prepare("DELETE FROM models WHERE arch = ? AND block_id = ? AND id <> ?")
          .bind(1, arch)
          .bind(2, m.block_id)
          .bind(3, id)
          .run();
    impl_->db->exec("COMMIT");
    return id;
  } catch (...) {
    impl_->db->exec("ROLLBACK");
    throw;
  }
}

void Project::compact() { impl_->db->exec("VACUUM"); }

namespace {
ModelRecord read_model(const sql::Statement& st, bool with_data) {
  ModelRecord m;
  m.id = st.integer(0);
  m.arch = st.text(1);
  m.block_id = st.text(2);
  m.hyperparameters = json::parse(st.text(3));
  m.format_version = static_cast<int>(st.integer(4));
  m.created = st.text(5);
  if (with_data) m.data = st.blob(6);
  return m;
}
}  // namespace

std::optional<ModelRecord> Project::get_model(std::int64_t id) const {
  auto st = impl_->db->prepare(
      "SELECT id, arch, block_id, hyperparameters, format_version, created, data FROM models WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return read_model(st, true);
}

std::vector<ModelRecord> Project::list_models() const {
  std::vector<ModelRecord> out;
  auto st = impl_->db->prepare("SELECT id, arch, block_id, hyperparameters, format_version, created FROM models ORDER BY id");
  while (st.step()) out.push_back(read_model(st, false));
  return out;
}

}  // namespace inversize::dataset
