// A publishing test bed: the shared server bed (server_bed.h) with accounts of
// two offices, and the publishing API's requests.
#pragma once

#include <string>
#include <vector>

#include "server_bed.h"

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

class PublishingBed : public ServerBed {
 public:
  explicit PublishingBed(bool with_state = true, const std::vector<std::string>& extra_server_args = {})
      : ServerBed({},
                  {
                      {"author-k", kKanto, Role::kAuthor},       {"author-k2", kKanto, Role::kAuthor},
                      {"reviewer-k", kKanto, Role::kReviewer},   {"author-t", kTohoku, Role::kAuthor},
                      {"reviewer-t", kTohoku, Role::kReviewer},  {"trainer-k", kKanto, Role::kTrainer},
                      {"admin", "本省", Role::kAdmin},
                  },
                  with_state, 15) {
    start(with_state, extra_server_args);
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
};

}  // namespace casekb::testing
