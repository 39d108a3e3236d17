// A test bed for trainers' collections: the fixture corpus plus four cases
// with 研修での問い (tests/collections/fixture), its index built by the real
// casekb-index, a state database with two trainers, an author, a reviewer and
// an admin, and the real casekb-server with --state on a loopback port.
#pragma once

#include <httplib.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <set>
#include <tuple>
#include <vector>

#include "test_support.h"
#include "workflow/accounts.h"
#include "workflow/secrets.h"
#include "workflow/state_db.h"

namespace casekb::testing {

using json = nlohmann::json;

// The four cases of the 「付いてこない壁」 session, in course order.
inline const std::vector<std::string> kCourseCases = {"catering-saitama", "auto-parts-dx-shizuoka",
                                                      "home-care-dx-gifu", "charter-bus-revival-nagano"};

struct Reply {
  int status = 0;
  std::string body;
  httplib::Headers headers;
  std::string header(const std::string& name) const {
    const auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
  json as_json() const { return json::parse(body, nullptr, false); }
};

// application/x-www-form-urlencoded
inline std::string form(std::initializer_list<std::pair<std::string, std::string>> fields) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out += '&';
    out += name + '=';
    for (unsigned char c : value) {
      if (isalnum(c)) out += static_cast<char>(c);
      else out += std::string("%") + hex[c >> 4] + hex[c & 15];
    }
  }
  return out;
}

inline std::string url_encode(const std::string& value) {
  std::string out = form({{"x", value}});
  return out.substr(2);
}

// The value of the first hidden input named `name` in a page, as a browser
// sends it (character references decoded: an ETag is written &quot;3&quot;).
inline std::string hidden_value(const std::string& html, const std::string& name) {
  const std::string marker = "name=\"" + name + "\" value=\"";
  const std::size_t at = html.find(marker);
  if (at == std::string::npos) return "";
  std::string value = html.substr(at + marker.size(), html.find('"', at + marker.size()) - at - marker.size());
  for (const auto& [entity, ch] : std::vector<std::pair<std::string, std::string>>{
           {"&quot;", "\""}, {"&#34;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (std::size_t p; (p = value.find(entity)) != std::string::npos;) value.replace(p, entity.size(), ch);
  }
  return value;
}

class CollectionsBed {
 public:
  explicit CollectionsBed(bool with_state = true) {
    copy_corpus(std::string(CASEKB_TEST_DATA_DIR) + "/fixtures/corpus", corpus_.path());
    copy_corpus(std::string(CASEKB_TEST_DATA_DIR) + "/collections/fixture", corpus_.path());
    const auto built = run_command(std::string(CASEKB_INDEX_BIN) + " " + quote(corpus_.str()) + " --db " +
                                   quote(index_path()) + " --quiet");
    if (built.exit_code != 0) throw std::runtime_error("index build failed: " + built.output);
    if (with_state) {
      auto opened = StateDb::open(state_path());
      if (!opened.db) throw std::runtime_error(opened.error);
      Accounts accounts(*opened.db);
      const std::vector<std::tuple<std::string, std::string, Role>> people = {
          {"trainer-a", "関東経済産業局", Role::kTrainer}, {"trainer-b", "東北経済産業局", Role::kTrainer},
          {"author-k", "関東経済産業局", Role::kAuthor},   {"reviewer-k", "関東経済産業局", Role::kReviewer},
          {"admin", "本省", Role::kAdmin},
      };
      // One argon2id hash for all (each costs about 0.1 s of CPU).
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
    std::vector<std::string> args;
    if (with_state) args = {"--state", state_path()};
    server_ = std::make_unique<ServerProcess>(CASEKB_SERVER_BIN, index_path(), corpus_.str(), args);
  }

  int port() const { return server_->port(); }
  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port()); }
  std::string index_path() const { return index_.str() + "/index"; }
  std::string state_path() const { return state_.str() + "/state.db"; }
  const std::string& password(const std::string& login) { return passwords_.at(login); }

  // One request; `login` empty sends no Authorization; `cookie` a session.
  Reply request(const std::string& method, const std::string& path, const std::string& login = "",
                const std::string& body = "", const std::string& content_type = "", httplib::Headers headers = {}) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(30, 0);
    httplib::Request req;
    req.method = method;
    req.path = path;
    req.headers = std::move(headers);
    if (!login.empty()) req.headers.emplace("Authorization", "Bearer " + tokens_.at(login));
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
  Reply get(const std::string& path, const std::string& login = "") { return request("GET", path, login); }
  Reply send_json(const std::string& method, const std::string& path, const std::string& login, const json& body,
                  const std::string& if_match = "") {
    httplib::Headers headers;
    if (!if_match.empty()) headers.emplace("If-Match", if_match);
    return request(method, path, login, body.dump(), "application/json", headers);
  }

  // Creates a collection over the API and fills it; its JSON.
  json make_collection(const std::string& login, const std::string& title, const std::string& visibility,
                       const std::vector<std::string>& cases = {}, const std::vector<std::string>& questions = {}) {
    const Reply created = send_json("POST", "/api/collections", login,
                                    {{"title", title}, {"description", "研修の説明"}, {"visibility", visibility}});
    if (created.status != 201) throw std::runtime_error("create failed: " + created.body);
    json c = created.as_json();
    if (cases.empty() && questions.empty()) return c;
    json items = json::array();
    for (const std::string& id : cases) items.push_back({{"case", id}, {"note", "「" + id + "」で見るところ"}});
    const Reply put = send_json("PUT", "/api/collections/" + c["id"].get<std::string>(), login,
                                {{"title", title}, {"description", "研修の説明"}, {"visibility", visibility},
                                 {"items", items}, {"questions", questions}},
                                created.header("ETag"));
    if (put.status != 200) throw std::runtime_error("put failed: " + put.body);
    return put.as_json();
  }

  // Logs in through the form; the session cookie ("" on failure).
  std::string log_in(const std::string& login) {
    const Reply page = request("GET", "/login");
    std::string token;
    for (const auto& [key, value] : page.headers) {
      if (key == "Set-Cookie" && value.rfind("casekb_login=", 0) == 0) token = value.substr(13, value.find(';') - 13);
    }
    const Reply reply = request("POST", "/login", "", form({{"csrf", token}, {"login", login}, {"password", password(login)}}),
                                "application/x-www-form-urlencoded", {{"Cookie", "casekb_login=" + token}});
    for (const auto& [key, value] : reply.headers) {
      if (key == "Set-Cookie" && value.rfind("casekb_session=", 0) == 0) return value.substr(15, value.find(';') - 15);
    }
    return "";
  }

 private:
  TempDir corpus_, index_, state_;
  std::map<std::string, std::string> tokens_, passwords_;
  std::unique_ptr<ServerProcess> server_;
};

// A signed-in browser: the session cookie on every request.
struct Browser {
  CollectionsBed& bed;
  std::string session;
  Reply get(const std::string& path) { return bed.request("GET", path, "", "", "", {{"Cookie", "casekb_session=" + session}}); }
  Reply post(const std::string& path, const std::string& body) {
    return bed.request("POST", path, "", body, "application/x-www-form-urlencoded",
                       {{"Cookie", "casekb_session=" + session}});
  }
};

}  // namespace casekb::testing
