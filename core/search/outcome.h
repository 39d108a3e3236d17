// What searching returns: a value or an error with a code. The words shown to
// people are the server's (server/messages.h); the core says what happened.
#pragma once

#include <optional>
#include <string>

namespace casekb {

struct SearchError {
  enum class Code {
    kNoIndex,      // nothing at the index path yet
    kOtherSchema,  // an index of another schema version: rebuild it
    kUpdating,     // the index changed under the request twice: try again
    kFailed,       // Xapian failed (detail says how)
  };
  Code code = Code::kFailed;
  std::string detail;  // technical detail: a path, a schema version, Xapian's description
};

template <typename T>
struct Outcome {
  std::optional<T> value;
  std::optional<SearchError> error;
};

}  // namespace casekb
