#include "dataset/sqlite.hpp"

#include <sqlite3.h>

namespace inversize::dataset::sql {

Database::Database(const std::string& path, int flags) {
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw Error(msg, rc);
  }
  sqlite3_extended_result_codes(db_, 0);
  sqlite3_busy_timeout(db_, 10000);  // another process committing: wait, do not fail
}

Database::~Database() { sqlite3_close_v2(db_); }

std::string Database::message() const { return sqlite3_errmsg(db_); }

void Database::exec(const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    throw Error(msg, rc);
  }
}

Statement Database::prepare(const std::string& sql) { return Statement(*this, sql); }

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

Statement::Statement(Database& db, const std::string& sql) : db_(&db) {
  int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &st_, nullptr);
  if (rc != SQLITE_OK) throw Error(db.message(), rc);
}

Statement::~Statement() { sqlite3_finalize(st_); }

Statement::Statement(Statement&& o) noexcept : db_(o.db_), st_(o.st_) { o.st_ = nullptr; }

namespace {
void check(Database* db, int rc) {
  if (rc != SQLITE_OK) throw Error(db->message(), rc);
}
}  // namespace

Statement& Statement::bind(int i, std::int64_t v) {
  check(db_, sqlite3_bind_int64(st_, i, v));
  return *this;
}
Statement& Statement::bind(int i, double v) {
  check(db_, sqlite3_bind_double(st_, i, v));
  return *this;
}
Statement& Statement::bind(int i, const std::string& v) {
  check(db_, sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  return *this;
}
Statement& Statement::bind_blob(int i, const std::vector<std::uint8_t>& v) {
  check(db_, sqlite3_bind_blob64(st_, i, v.data(), v.size(), SQLITE_TRANSIENT));
  return *this;
}
Statement& Statement::bind_null(int i) {
  check(db_, sqlite3_bind_null(st_, i));
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw Error(db_->message(), rc);
}

void Statement::reset() {
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
}

std::int64_t Statement::integer(int col) const { return sqlite3_column_int64(st_, col); }
double Statement::real(int col) const { return sqlite3_column_double(st_, col); }
std::string Statement::text(int col) const {
  auto* p = sqlite3_column_text(st_, col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(st_, col)))
           : std::string();
}
std::vector<std::uint8_t> Statement::blob(int col) const {
  auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(st_, col));
  auto n = static_cast<std::size_t>(sqlite3_column_bytes(st_, col));
  return p ? std::vector<std::uint8_t>(p, p + n) : std::vector<std::uint8_t>();
}
bool Statement::is_null(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }
Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {
    }
  }
}
void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace inversize::dataset::sql
