// A publishing test bed: a copy of the fixture corpus, its index built by the
// real casekb-index, a state database with accounts of two offices, and the
// real casekb-server with --state on a loopback port.
#pragma once

#include <httplib.h>

#include <map>
#include <memory>
#include <string>

#include "test_support.h"
#include "workflow/accounts.h"
#include "workflow/secrets.h"
#include "workflow/state_db.h"

namespace casekb::testing {

inline const std::string kKanto = "関東経済産業局";
inline const std::string kTohoku = "東北経済産業局";

// A valid case file; `office` empty leaves the key out.
inline std::string case_file(const std::string& title, const std::string& sentence, const std::string& office = "",
                             const std::string& extra_body = "") {
  return "---\ntitle: " + title +
         "\ncompany: B社\nindustry: 製造業\nregion: 埼玉県\nwalls: [見えない]\noutcomes: [組織・人材]\npublished: 2024-03-31\n" +
         (office.empty() ? "" : "office: " + office + "\n") +
         "---\n\n## 設定された課題\n\n" + sentence + "\n\n## 支援アプローチ\n\n対話を重ねた。" + extra_body +
         "\n\n## 生まれた事業上の変化\n\n社員が自ら動くようになった。\n";
}

struct Reply {
  int status = 0;
  std::string body;
  httplib::Headers headers;
  std::string header(const std::string& name) const {
    const auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

class PublishingBed {
 public:
  // Accounts by login: (office, role). Each gets a token.
  explicit PublishingBed(bool with_state = true, const std::vector<std::string>& extra_server_args = {}) {
    copy_corpus(std::string(CASEKB_TEST_DATA_DIR) + "/fixtures/corpus", corpus_.path());
    const auto built = run_command(std::string(CASEKB_INDEX_BIN) + " " + quote(corpus_.str()) + " --db " + quote(index_path()) + " --quiet");
    if (built.exit_code != 0) throw std::runtime_error("index build failed: " + built.output);
    if (with_state) {
      auto opened = StateDb::open(state_path());
      if (!opened.db) throw std::runtime_error(opened.error);
      Accounts accounts(*opened.db);
      const std::vector<std::tuple<std::string, std::string, Role>> people = {
          {"author-k", kKanto, Role::kAuthor},       {"author-k2", kKanto, Role::kAuthor},
          {"reviewer-k", kKanto, Role::kReviewer},   {"author-t", kTohoku, Role::kAuthor},
          {"reviewer-t", kTohoku, Role::kReviewer},  {"trainer-k", kKanto, Role::kTrainer},
          {"admin", "本省", Role::kAdmin},
      };
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
    start(with_state, extra_server_args);
  }

  void start(bool with_state = true, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = extra;
    if (with_state) args.insert(args.begin(), {"--state", state_path()});
    server_ = std::make_unique<ServerProcess>(CASEKB_SERVER_BIN, index_path(), corpus_.str(), args);
  }
  void stop() { server_.reset(); }
  ServerProcess& server() { return *server_; }

  std::string index_path() const { return index_.str() + "/index"; }
  std::string state_path() const { return state_.str() + "/state.db"; }
  const TempDir& corpus() const { return corpus_; }
  std::string case_path(const std::string& id) const { return corpus_.str() + "/cases/" + id + ".md"; }
  const std::string& token(const std::string& login) { return tokens_.at(login); }
  const std::string& password(const std::string& login) { return passwords_.at(login); }

  // One request; `login` empty sends no Authorization.
  Reply request(const std::string& method, const std::string& path, const std::string& login = "",
                const std::string& body = "", const std::string& content_type = "",
                httplib::Headers headers = {}) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(15, 0);
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
  Reply put_draft(const std::string& id, const std::string& login, const std::string& text,
                  const std::string& if_match = "") {
    httplib::Headers headers;
    if (!if_match.empty()) headers.emplace("If-Match", if_match);
    return request("PUT", "/api/drafts/" + id, login, text, "text/markdown; charset=utf-8", headers);
  }
  Reply post_json(const std::string& path, const std::string& login, const std::string& json = "",
                  httplib::Headers headers = {}) {
    return request("POST", path, login, json, json.empty() ? "" : "application/json", std::move(headers));
  }

 private:
  TempDir corpus_, index_, state_;
  std::map<std::string, std::string> tokens_, passwords_;
  std::unique_ptr<ServerProcess> server_;
};

}  // namespace casekb::testing
