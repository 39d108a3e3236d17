// A test bed for trainers' collections: the shared server bed (server_bed.h)
// over the fixture corpus plus four cases with 研修での問い
// (tests/collections/fixture), with two trainers, an author, a reviewer and an
// admin, and the collections API's requests.
#pragma once

#include <string>
#include <vector>

#include "server_bed.h"

namespace casekb::testing {

// The four cases of the 「付いてこない壁」 session, in course order.
inline const std::vector<std::string> kCourseCases = {"catering-saitama", "auto-parts-dx-shizuoka",
                                                      "home-care-dx-gifu", "charter-bus-revival-nagano"};

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

class CollectionsBed : public ServerBed {
 public:
  explicit CollectionsBed(bool with_state = true)
      : ServerBed({"collections/fixture"},
                  {
                      {"trainer-a", "関東経済産業局", Role::kTrainer}, {"trainer-b", "東北経済産業局", Role::kTrainer},
                      {"author-k", "関東経済産業局", Role::kAuthor},   {"reviewer-k", "関東経済産業局", Role::kReviewer},
                      {"admin", "本省", Role::kAdmin},
                  },
                  with_state, 30) {
    start(with_state);
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
};

}  // namespace casekb::testing
