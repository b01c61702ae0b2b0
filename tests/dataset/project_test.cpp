// The project file: what goes in comes out; a damaged, foreign or newer file is refused with a
// clear message and left exactly as it was.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "dataset_test_util.hpp"
#include "thrown_message.hpp"

using namespace inversize;
using namespace inversize::dataset;
using namespace inversize::dataset::testing;

namespace {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

void sql(const std::string& path, const std::string& statement) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, statement.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

// Opening must fail with `expected` in the message and leave the bytes untouched.
void expect_refused(const std::string& path, const std::string& expected) {
  auto before = read_bytes(path);
  const auto why = thrown_message<ProjectError>([&] { Project::open(path); }, path + " opened");
  EXPECT_NE(why.find(expected), std::string::npos) << why;
  EXPECT_EQ(read_bytes(path), before);
}

Design fake_design(double gain, double power, bool feasible) {
  Design d;
  d.x = std::vector<double>(12, 1e-6);
  d.x[0] = gain * 1e-7;  // a sizing of its own: identical sizings share their split
  d.x[1] = power;
  d.simulated = true;
  d.feasible = feasible;
  for (auto& p : d.performances) p = 1.0;
  d.performances[*performance_index("gain_db")] = gain;
  d.performances[*performance_index("power_w")] = power;
  d.performances[*performance_index("offset_v")] = std::nullopt;
  d.reasons[*performance_index("offset_v")] = "not measured here";
  if (!feasible) d.failure = "sizing rules: M5";
  return d;
}

// The i-th design of one Pareto front (gain and power both rise with i), added to `run`; the
// same i again is the same sizing.
Design add_front_design(Project& p, std::int64_t run, int i) {
  auto d = fake_design(50 + i, 1e-3 * (1 + i), true);
  d.run = run;
  p.add_design(d);
  return d;
}

// The first n designs of that front.
std::vector<Design> add_front(Project& p, std::int64_t run, int n) {
  std::vector<Design> added;
  for (int i = 0; i < n; ++i) added.push_back(add_front_design(p, run, i));
  return added;
}

}  // namespace

TEST(Project, CreateThenOpenGivesTheSameProject) {
  auto path = scratch_path("roundtrip.isz");
  {
    auto p = Project::create(path, make_project_setup("builtin:miller", technology::load_default()));
    EXPECT_EQ(p.setup().space.size(), 12u);
  }
  auto p = Project::open(path);
  EXPECT_EQ(p.setup().circuit_source, "builtin:miller");
  EXPECT_EQ(p.setup().space.size(), 12u);
  EXPECT_EQ(p.setup().technology.nmos_model, "nch");
  EXPECT_DOUBLE_EQ(p.setup().conditions.cl_f, 1e-12);
  EXPECT_NE(p.setup().files.at(0).text.find(".subckt miller"), std::string::npos);
  auto oc = p.open_circuit();
  EXPECT_EQ(oc.circuit.transistors().size(), 8u);
  EXPECT_THROW(Project::create(path, p.setup()), ProjectError) << "never overwrites";
}

TEST(Project, DesignsArchiveAndSplit) {
  auto p = new_project("designs.isz");
  auto run = p.begin_run("random", {{"seed", 1}});
  std::vector<Design> ds{fake_design(60, 1e-3, true), fake_design(70, 2e-3, true), fake_design(55, 2e-3, true),
                         fake_design(90, 1e-4, false)};
  for (auto& d : ds) {
    d.run = run;
    p.add_design(d);
  }
  EXPECT_EQ(ds[0].id, 1);
  EXPECT_EQ(ds[3].id, 4);
  EXPECT_EQ(p.refresh_archive(), 2);  // (55 dB, 2 mW) is dominated; the infeasible one never counts
  auto back = p.designs();
  ASSERT_EQ(back.size(), 4u);
  EXPECT_TRUE(back[0].pareto);
  EXPECT_TRUE(back[1].pareto);
  EXPECT_FALSE(back[2].pareto);
  EXPECT_FALSE(back[3].pareto);
  EXPECT_EQ(back[3].failure, "sizing rules: M5");
  EXPECT_FALSE(back[0].performances[*performance_index("offset_v")].has_value());
  EXPECT_EQ(back[0].reasons[*performance_index("offset_v")], "not measured here");
  EXPECT_DOUBLE_EQ(*back[1].performances[*performance_index("gain_db")], 70);
  auto c = p.counts();
  EXPECT_EQ(c.designs, 4);
  EXPECT_EQ(c.feasible, 3);
  EXPECT_EQ(c.archive, 2);
  EXPECT_EQ(c.train + c.validation + c.test, 2);
  p.finish_run(run, "done");
  EXPECT_EQ(p.runs().at(0).status, "done");
  EXPECT_EQ(p.runs().at(0).settings["seed"], 1);
}

TEST(Project, SplitIsSeededStableAndAboutTwelvePercent) {
  int test = 0;
  for (int id = 1; id <= 5000; ++id) test += split_of(7, id, 0.12) == Split::Test;
  EXPECT_NEAR(test / 5000.0, 0.12, 0.015);
  EXPECT_EQ(split_of(7, 42, 0.12), split_of(7, 42, 0.12));
  int differ = 0;
  for (int id = 1; id <= 1000; ++id) differ += split_of(7, id, 0.12) != split_of(8, id, 0.12);
  EXPECT_GT(differ, 50);
}

TEST(Project, ThreeSplitsDrawnByTheirFractionsAndTheTestSplitKeepsItsDesigns) {
  int test = 0, validation = 0;
  for (int id = 1; id <= 5000; ++id) {
    const auto s = split_of(7, id, 0.12, 0.10);
    test += s == Split::Test;
    validation += s == Split::Validation;
    // Adding a validation split takes designs from train only: test is test either way.
    EXPECT_EQ(s == Split::Test, split_of(7, id, 0.12) == Split::Test) << id;
  }
  EXPECT_NEAR(test / 5000.0, 0.12, 0.015);
  EXPECT_NEAR(validation / 5000.0, 0.10, 0.015);
  for (Split s : {Split::Train, Split::Validation, Split::Test}) EXPECT_EQ(split_from_string(to_string(s)), s);
  EXPECT_FALSE(split_from_string("none"));
}

TEST(Project, NewProjectsStoreAllThreeSplits) {
  auto setup = make_project_setup("builtin:miller", technology::load_default());
  setup.test_fraction = 0.3;
  setup.validation_fraction = 0.3;
  auto path = scratch_path("three.isz");
  std::array<int, 3> by_split{};
  {
    auto p = Project::create(path, setup);
    for (const auto& d : add_front(p, p.begin_run("random", {}), 60))
      EXPECT_EQ(d.split, split_of(setup.split_seed, d.id, 0.3, 0.3));
    EXPECT_EQ(p.refresh_archive(), 60);
  }
  auto p = Project::open(path);
  EXPECT_DOUBLE_EQ(p.setup().validation_fraction, 0.3);
  for (const auto& d : p.designs()) {
    EXPECT_EQ(d.split, split_of(setup.split_seed, d.id, 0.3, 0.3)) << d.id;
    ++by_split[static_cast<int>(d.split)];
  }
  const auto c = p.counts();
  EXPECT_EQ(c.train, by_split[0]);
  EXPECT_EQ(c.validation, by_split[1]);
  EXPECT_EQ(c.test, by_split[2]);
  EXPECT_GT(c.validation, 5);
  EXPECT_EQ(c.train + c.validation + c.test, 60);
}

// A version-1 file (splits 'train' and 'test' only, no validation fraction) opens migrated:
// designs and splits as they were, version 2, and 'validation' may now be stored.
TEST(Project, Version1FilesAreMigratedKeepingTheirSplits) {
  auto setup = make_project_setup("builtin:miller", technology::load_default());
  setup.validation_fraction = 0;
  auto path = scratch_path("version1.isz");
  std::vector<Design> before;
  {
    auto p = Project::create(path, setup);
    add_front(p, p.begin_run("random", {}), 40);
    p.refresh_archive();
    before = p.designs();
  }
  sql(path, R"(
    CREATE TABLE v1(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), variables TEXT NOT NULL,
      performances TEXT NOT NULL, reasons TEXT NOT NULL, simulated INTEGER NOT NULL, feasible INTEGER NOT NULL,
      pareto INTEGER NOT NULL, split TEXT CHECK(split IN ('train', 'test')), violation REAL NOT NULL,
      failure TEXT NOT NULL, seconds REAL NOT NULL, created TEXT NOT NULL);
    INSERT INTO v1 SELECT * FROM designs; DROP TABLE designs; ALTER TABLE v1 RENAME TO designs;
    CREATE INDEX designs_archive ON designs(pareto, split);
    DELETE FROM project WHERE key = 'validation_fraction'; UPDATE schema_version SET version = 1;
    PRAGMA wal_checkpoint(TRUNCATE);)");
  {
    auto p = Project::open(path);
    EXPECT_DOUBLE_EQ(p.setup().validation_fraction, 0.0);
    auto after = p.designs();
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
      EXPECT_EQ(after[i].split, before[i].split) << i;
      EXPECT_EQ(after[i].pareto, before[i].pareto) << i;
      EXPECT_EQ(after[i].x, before[i].x) << i;
    }
    auto moved = p.move_test_to_validation(2);
    EXPECT_EQ(moved.size(), 2u);
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT max(version) FROM schema_version", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), kSchemaVersion);
  sqlite3_finalize(st);
  // The split column still refuses what is no split.
  EXPECT_NE(sqlite3_exec(db, "UPDATE designs SET split = 'junk' WHERE id = 1", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_EQ(Project::open(path).counts().validation, 2);
}

// The one-off for a project whose test designs were used for choices: the first archive test
// designs in id order become validation, the rest stay test; never twice.
TEST(Project, FirstTestDesignsMoveToValidationOnce) {
  auto setup = make_project_setup("builtin:miller", technology::load_default());
  setup.test_fraction = 0.5;
  setup.validation_fraction = 0;
  auto p = Project::create(scratch_path("move.isz"), setup);
  auto run = p.begin_run("random", {});
  add_front(p, run, 40);
  auto extra = fake_design(10, 1, true);  // dominated: not in the archive, never moved
  extra.run = run;
  p.add_design(extra);
  p.refresh_archive();
  std::vector<std::int64_t> tests;
  for (const auto& d : p.designs())
    if (d.pareto && d.split == Split::Test) tests.push_back(d.id);
  ASSERT_GT(tests.size(), 6u);
  const auto moved = p.move_test_to_validation(4);
  EXPECT_EQ(moved, std::vector<std::int64_t>(tests.begin(), tests.begin() + 4));
  for (const auto& d : p.designs()) {
    const bool was_moved = std::find(moved.begin(), moved.end(), d.id) != moved.end();
    EXPECT_EQ(d.split == Split::Validation, was_moved) << d.id;
  }
  EXPECT_EQ(p.counts().test, static_cast<std::int64_t>(tests.size()) - 4);
  const auto why = thrown_message<ProjectError>([&] { p.move_test_to_validation(4); }, "moved twice");
  EXPECT_NE(why.find("never moved twice"), std::string::npos) << why;
  EXPECT_EQ(p.counts().validation, 4);
}

// A sizing simulated twice (NSGA-II and random search do it) is never both trained on and
// tested: a repeated sizing takes its first design's split, also after the file is reopened.
TEST(Project, ARepeatedSizingTakesItsFirstDesignsSplit) {
  auto setup = make_project_setup("builtin:miller", technology::load_default());
  setup.test_fraction = 0.3;
  setup.validation_fraction = 0.3;
  auto path = scratch_path("repeat.isz");
  std::vector<Design> first;
  {
    auto p = Project::create(path, setup);
    auto run = p.begin_run("random", {});
    first = add_front(p, run, 30);
    for (const auto& f : first) {
      const auto again = add_front_design(p, run, static_cast<int>(f.id - 1));
      EXPECT_EQ(again.split, f.split) << again.id;
    }
  }
  auto p = Project::open(path);
  auto run = p.begin_run("random", {});
  int drawn_elsewhere = 0;
  for (const auto& f : first) {
    const auto third = add_front_design(p, run, static_cast<int>(f.id - 1));
    EXPECT_EQ(third.split, f.split) << third.id;
    // Without the rule some of the 30 repeats would be drawn into another split (ids differ).
    drawn_elsewhere += split_of(setup.split_seed, third.id, 0.3, 0.3) != f.split;
  }
  EXPECT_GT(drawn_elsewhere, 5);
}

// Hand-made leaks in a project whose split was drawn per design: a test or validation design
// whose sizing is also a training design's moves to train; test beside validation moves to
// validation; a second repair moves nothing.
TEST(Project, RepairSplitMovesRepeatedSizingsOutOfTheHeldOutSplits) {
  auto path = scratch_path("repair.isz");
  {
    auto p = Project::create(path, make_project_setup("builtin:miller", technology::load_default()));
    add_front(p, p.begin_run("random", {}), 6);
    p.refresh_archive();
  }
  // Ids 1..6 distinct; 7 repeats 1 and 8 repeats 2, drawn per id as before the rule.
  sql(path, R"(
    UPDATE designs SET split = 'train' WHERE id IN (1, 3, 4, 5, 6); UPDATE designs SET split = 'validation' WHERE id = 2;
    INSERT INTO designs(run_id, variables, performances, reasons, simulated, feasible, pareto, split, violation, failure,
      seconds, created) SELECT run_id, variables, performances, reasons, simulated, feasible, pareto, 'test', violation,
      failure, seconds, created FROM designs WHERE id IN (1, 2) ORDER BY id;
    INSERT INTO designs(run_id, variables, performances, reasons, simulated, feasible, pareto, split, violation, failure,
      seconds, created) SELECT run_id, variables, performances, reasons, simulated, feasible, pareto, 'validation',
      violation, failure, seconds, created FROM designs WHERE id = 3;
    UPDATE designs SET pareto = 0 WHERE id = 9;)");
  auto p = Project::open(path);
  const auto moves = p.repair_split();
  ASSERT_EQ(moves.size(), 3u);
  EXPECT_EQ(moves[0].id, 7);  // test, repeats train design 1
  EXPECT_EQ(moves[0].from, Split::Test);
  EXPECT_EQ(moves[0].to, Split::Train);
  EXPECT_TRUE(moves[0].archive);
  EXPECT_EQ(moves[1].id, 8);  // test, repeats validation design 2
  EXPECT_EQ(moves[1].from, Split::Test);
  EXPECT_EQ(moves[1].to, Split::Validation);
  EXPECT_EQ(moves[2].id, 9);  // validation, repeats train design 3; not in the archive
  EXPECT_EQ(moves[2].from, Split::Validation);
  EXPECT_EQ(moves[2].to, Split::Train);
  EXPECT_FALSE(moves[2].archive);
  const auto d = p.designs();
  EXPECT_EQ(d[6].split, Split::Train);
  EXPECT_EQ(d[7].split, Split::Validation);
  EXPECT_EQ(d[8].split, Split::Train);
  EXPECT_EQ(d[1].split, Split::Validation);  // the first design of a sizing keeps its split when no train design repeats it
  EXPECT_TRUE(p.repair_split().empty());
  // After the repair a new repeat follows the repaired split.
  const auto again = add_front_design(p, p.runs().back().id, 1);
  EXPECT_EQ(again.split, Split::Validation);
}

TEST(Project, ModelsAreStoredWithTheirSettings) {
  auto p = new_project("models.isz");
  ModelRecord m;
  m.arch = "structural";
  m.block_id = "DP_t";
  m.hyperparameters = {{"layers", 4}, {"normalisation", {{"mean", {0.5}}}}};
  m.format_version = 3;
  m.data = {0, 1, 2, 255, 0};
  auto id = p.put_model(m);
  auto back = p.get_model(id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->data, m.data);
  EXPECT_EQ(back->block_id, "DP_t");
  EXPECT_EQ(back->hyperparameters["layers"], 4);
  EXPECT_EQ(back->format_version, 3);
  EXPECT_FALSE(back->created.empty());
  auto list = p.list_models();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_TRUE(list[0].data.empty());
  EXPECT_FALSE(p.get_model(id + 1));

  // Retraining replaces the model of that architecture and block; others stay.
  m.data = {9, 9};
  auto newer = p.put_model(m);
  m.block_id = "CM_l";
  p.put_model(m);
  list = p.list_models();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, newer);
  EXPECT_FALSE(p.get_model(id)) << "the replaced model is gone";
  p.compact();
  EXPECT_EQ(p.get_model(newer)->data, (std::vector<std::uint8_t>{9, 9}));
}

// Older files stored the chained structural model as "structural": storing
// "structural-chained" replaces that record too (of the same block only). Issue 18: a
// retrained project held both.
TEST(Project, ModelsReplaceTheirFormerNames) {
  auto p = new_project("renamed.isz");
  ModelRecord m;
  m.arch = "structural";
  m.data = {1};
  const auto legacy = p.put_model(m);
  m.block_id = "DP_t";
  const auto legacy_block = p.put_model(m);
  m.arch = "monolithic";
  m.block_id = "";
  const auto other = p.put_model(m);
  m.arch = "structural-chained";
  m.data = {2};
  const auto renamed = p.put_model(m);
  EXPECT_FALSE(p.get_model(legacy)) << "the record under the former name is gone";
  EXPECT_TRUE(p.get_model(legacy_block)) << "another block's record stays";
  EXPECT_TRUE(p.get_model(other));
  auto list = p.list_models();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list.back().id, renamed);
  EXPECT_GT(renamed, other) << "ids are never reused";
}

// Shipped projects come in rollback-journal mode (no -wal file to ship); opening one for
// writing switches it to WAL. Regression: the switch ran while the checks' statements were
// still open and every such file was refused as damaged.
TEST(Project, RollbackJournalFilesOpenAndBecomeWal) {
  std::string path;
  {
    auto p = new_project("shipped.isz");
    path = p.path();
  }
  sql(path, "PRAGMA journal_mode = DELETE");
  auto p = Project::open(path);
  EXPECT_EQ(p.setup().space.size(), 12u);
  Design d;
  d.x = p.setup().space.nominal();
  p.add_design(d);
  EXPECT_TRUE(std::filesystem::exists(path + "-wal"));
}

TEST(Project, MissingFileIsNamed) {
  EXPECT_THROW(Project::open(scratch_path("absent.isz")), ProjectError);
}

TEST(Project, ForeignFilesAreRefused) {
  auto text = scratch_path("notes.isz");
  write_bytes(text, "this is a text file, not a project\n");
  expect_refused(text, "not an InverSize project");

  auto other = scratch_path("other.sqlite");
  sql(other, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
  expect_refused(other, "not an InverSize project");
}

TEST(Project, NewerVersionIsRefused) {
  auto path = scratch_path("newer.isz");
  new_project("newer.isz");
  sql(path, "UPDATE schema_version SET version = 99; PRAGMA wal_checkpoint(TRUNCATE);");
  expect_refused(path, "newer InverSize");
}

TEST(Project, DamagedFilesAreRefused) {
  auto path = scratch_path("damaged.isz");
  {
    auto p = new_project("damaged.isz");
    auto run = p.begin_run("random", {});
    for (int i = 0; i < 200; ++i) {
      auto d = fake_design(50 + i, 1e-3, true);
      d.run = run;
      p.add_design(d);
    }
  }
  sql(path, "PRAGMA wal_checkpoint(TRUNCATE);");
  auto bytes = read_bytes(path);
  ASSERT_GT(bytes.size(), 8192u);

  // Pages overwritten in the middle of the file.
  auto scribbled = bytes;
  for (std::size_t i = 4096 + 100; i < scribbled.size() - 100; i += 7) scribbled[i] = static_cast<char>(i * 31);
  write_bytes(path, scribbled);
  expect_refused(path, "damaged");

  // Cut short.
  write_bytes(path, bytes.substr(0, bytes.size() / 2));
  expect_refused(path, "damaged");

  // Header gone.
  auto headless = bytes;
  for (int i = 0; i < 16; ++i) headless[static_cast<std::size_t>(i)] = 'x';
  write_bytes(path, headless);
  expect_refused(path, "not an InverSize project");
}
