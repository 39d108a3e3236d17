// The test bed the publishing and collections tests share: a copy of the
// fixture corpus (plus any extra case folders), its index built by the real
// casekb-index, a state database with the given accounts, each with a token
// and one password, and the real casekb-server with --state on a loopback port.
// Needs CASEKB_TEST_DATA_DIR, CASEKB_INDEX_BIN and CASEKB_SERVER_BIN.
#pragma once

#include <httplib.h>

#include <initializer_list>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "test_support.h"
#include "workflow/accounts.h"
#include "workflow/secrets.h"
#include "workflow/state_db.h"

namespace casekb::testing {

using json = nlohmann::json;

struct Reply {
  int status = 0;  // 0: no answer
  std::string body;
  httplib::Headers headers;
  std::string header(const std::string& name) const {
    const auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
  json as_json() const { return json::parse(body, nullptr, false); }
};

// Percent-encoding of everything but letters and digits, for a query or form value.
inline std::string url_encode(const std::string& value) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if (isalnum(c)) out += static_cast<char>(c);
    else out += std::string("%") + hex[c >> 4] + hex[c & 15];
  }
  return out;
}

// application/x-www-form-urlencoded
inline std::string form(std::initializer_list<std::pair<std::string, std::string>> fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out += '&';
    out += name + '=' + url_encode(value);
  }
  return out;
}

// An account of the state database: login, office, role.
using TestAccount = std::tuple<std::string, std::string, Role>;

class ServerBed {
 public:
  // `extra_corpora`: folders under CASEKB_TEST_DATA_DIR copied over the fixture
  // corpus. Without state there are no accounts and the server runs read-only.
  ServerBed(const std::vector<std::string>& extra_corpora, const std::vector<TestAccount>& people, bool with_state,
            int read_timeout_seconds)
      : read_timeout_seconds_(read_timeout_seconds) {
    copy_corpus(std::string(CASEKB_TEST_DATA_DIR) + "/fixtures/corpus", corpus_.path());
    for (const std::string& extra : extra_corpora) copy_corpus(std::string(CASEKB_TEST_DATA_DIR) + "/" + extra, corpus_.path());
    const auto built = run_command(std::string(CASEKB_INDEX_BIN) + " " + quote(corpus_.str()) + " --db " +
                                   quote(index_path()) + " --quiet");
    if (built.exit_code != 0) throw std::runtime_error("index build failed: " + built.output);
    if (with_state) add_accounts(people);
  }

  void start(bool with_state = true, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = extra;
    if (with_state) args.insert(args.begin(), {"--state", state_path()});
    server_ = std::make_unique<ServerProcess>(CASEKB_SERVER_BIN, index_path(), corpus_.str(), args);
  }
  void stop() { server_.reset(); }
  ServerProcess& server() { return *server_; }

  int port() const { return server_->port(); }
  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port()); }
  std::string index_path() const { return index_.str() + "/index"; }
  std::string state_path() const { return state_.str() + "/state.db"; }
  const TempDir& corpus() const { return corpus_; }
  std::string case_path(const std::string& id) const { return corpus_.str() + "/cases/" + id + ".md"; }
  const std::string& token(const std::string& login) { return tokens_.at(login); }
  const std::string& password(const std::string& login) { return passwords_.at(login); }

  // One request; `login` empty sends no Authorization.
  Reply request(const std::string& method, const std::string& path, const std::string& login = "",
                const std::string& body = "", const std::string& content_type = "", httplib::Headers headers = {}) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(read_timeout_seconds_, 0);
    httplib::Request req;
    req.method = method;
    req.path = path;
    req.headers = std::move(headers);
    if (!login.empty()) req.headers.emplace("Authorization", "Bearer " + token(login));
    if (!content_type.empty()) req.headers.emplace("Content-Type", content_type);
    req.body = body;
    if (method == "POST" || method == "PUT" || method == "DELETE") {
      req.headers.emplace("Content-Length", std::to_string(body.size()));
    }
    auto res = client.send(req);
    Reply reply;
    if (!res) return reply;
    reply.status = res->status;
    reply.body = res->body;
    reply.headers = res->headers;
    return reply;
  }

 private:
  void add_accounts(const std::vector<TestAccount>& people) {
    auto opened = StateDb::open(state_path());
    if (!opened.db) throw std::runtime_error(opened.error);
    Accounts accounts(*opened.db);
    // One argon2id hash for all (each costs about 0.1 s of CPU; every test is its own process).
    const std::string password = generate_password(), hash = hash_password(password);
    for (const auto& [login, office, role] : people) {
      opened.db->exec(("INSERT OR IGNORE INTO offices (name, created) VALUES ('" + office + "', 0)").c_str());
      opened.db->exec(("INSERT INTO users (login, office_id, role, password_hash, created) SELECT '" + login +
                       "', id, '" + role_name(role) + "', '" + hash + "', 0 FROM offices WHERE name = '" + office + "'")
                          .c_str());
      passwords_[login] = password;
      tokens_[login] = accounts.add_token(login, {"test", ""}).secret;
    }
  }

  int read_timeout_seconds_;
  TempDir corpus_, index_, state_;
  std::map<std::string, std::string> tokens_, passwords_;
  std::unique_ptr<ServerProcess> server_;
};

// A signed-in browser: the session cookie on every request.
struct Browser {
  ServerBed& bed;
  std::string session;
  Reply get(const std::string& path) {
    return bed.request("GET", path, "", "", "", {{"Cookie", "casekb_session=" + session}});
  }
  Reply post(const std::string& path, const std::string& body,
             const std::string& type = "application/x-www-form-urlencoded") {
    return bed.request("POST", path, "", body, type, {{"Cookie", "casekb_session=" + session}});
  }
};

}  // namespace casekb::testing
