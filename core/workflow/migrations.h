// The state database's schema, as numbered SQL files (core/workflow/migrations/
// NNNN_what.sql) compiled into the binary. Migration N brings a database from
// PRAGMA user_version N-1 to N; a file once released is never edited.
#pragma once

#include <iterator>
#include <vector>

namespace casekb {

struct Migration {
  int number;
  const char* name;
  const char* sql;
};

// Every migration, by number from 1.
std::vector<Migration> state_migrations();

}  // namespace casekb
