// The project file's tables, version 2 (kSchemaVersion). A change here is a new version with
// a migration in Project::open (project.cpp, migrate).
#pragma once

#include <string>

namespace inversize::dataset {

// The designs table under `name` (a migration builds the new table beside the old one).
// Version 2: the split allows 'validation' (version 1: 'train' and 'test' only).
inline std::string designs_table_sql(const std::string& name) {
  return "CREATE TABLE " + name + R"sql((
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  variables TEXT NOT NULL,         -- JSON array, design-space order, SI units
  performances TEXT NOT NULL,      -- JSON object, every key of the performance table, null if missing
  reasons TEXT NOT NULL,           -- JSON object: why a performance is missing
  simulated INTEGER NOT NULL,
  feasible INTEGER NOT NULL,
  pareto INTEGER NOT NULL,         -- in the training archive: feasible and non-dominated
  split TEXT CHECK(split IN ('train', 'validation', 'test')),
  violation REAL NOT NULL,
  failure TEXT NOT NULL,
  seconds REAL NOT NULL,
  created TEXT NOT NULL);
)sql";
}

inline constexpr const char* kDesignsIndexSql = "CREATE INDEX designs_archive ON designs(pareto, split);";

inline std::string schema_sql() {
  return R"sql(
CREATE TABLE schema_version(version INTEGER NOT NULL);
-- Key/value settings: circuit_source, subckt, ports, technology, conditions, design_space,
-- criteria, split_seed, test_fraction, validation_fraction (version 2), created (JSON where
-- structured).
CREATE TABLE project(key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Every file of the netlist deck, position 0 the main file.
CREATE TABLE circuit_files(position INTEGER PRIMARY KEY, path TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE runs(
  id INTEGER PRIMARY KEY,
  method TEXT NOT NULL,
  settings TEXT NOT NULL,          -- JSON
  started TEXT NOT NULL,
  finished TEXT,
  status TEXT NOT NULL);
)sql" + designs_table_sql("designs") + kDesignsIndexSql + R"sql(
CREATE TABLE models(
  id INTEGER PRIMARY KEY,
  arch TEXT NOT NULL,
  block_id TEXT NOT NULL,          -- '' for a whole-circuit model
  hyperparameters TEXT NOT NULL,   -- JSON, normalisation included
  format_version INTEGER NOT NULL,
  created TEXT NOT NULL,
  data BLOB NOT NULL);
)sql";
}

}  // namespace inversize::dataset
