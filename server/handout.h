// A collection's handout: one document with a cover (the course, the date, the
// five walls), contents, each case on its own page (facts, body, its
// 研修での問い, the trainer's note) and the set's questions, for A4 paper
// (Chromium's print: @page margin boxes carry 「研修用」, the address of what is
// on the page and the page number). Also as Markdown, and as a folder of
// HTML pages in a zip that opens from the file system.
//
// Withdrawn and vanished cases are never printed: the contents say which were
// left out and why.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "case_view.h"
#include "workflow/collections.h"

namespace casekb {

struct HandoutCase {
  int number = 0;                     // 1-based among the printed cases
  const CollectionItem* item = nullptr;
  bool changed = false;               // a newer version is published (the pinned one is printed)
  std::string preamble_html;          // body before its first section
  std::vector<RenderedSection> sections;        // the body's sections but its questions
  std::optional<RenderedSection> questions;     // its 研修での問い
  std::string file_name;              // in the offline folder: "01-<id>.html"
};

struct HandoutSkipped {
  std::string case_id;
  std::string why;  // Japanese: 取り下げ（理由: …） / 見つかりません
};

struct Handout {
  const Collection* collection = nullptr;
  std::string date;       // 2026年11月29日 (Japan time, when it is made)
  std::string site;       // the site's address for printed links ("" → "casekb"), no trailing slash
  std::vector<HandoutCase> cases;
  std::vector<HandoutSkipped> skipped;
};

// `site`: AppContext::public_url. The collection must outlive the handout.
Handout make_handout(const Collection& collection, const std::vector<ItemState>& states, const std::string& site,
                     std::int64_t now);

// The document served at /collections/{id}/handout.
std::string handout_html(const Handout& handout);
// Its stylesheet (/collections/{id}/handout.css): the common rules and the
// named page of each case, whose footer carries that case's address.
std::string handout_css(const Handout& handout);
std::string handout_markdown(const Handout& handout);
// The offline folder "casekb-<id>/": index.html (cover and contents), one page
// per case, questions.html, print.html (all of it, to print), handout.css.
std::string handout_zip(const Handout& handout);

// A string as a CSS string literal's content (for `content: "…"`).
std::string css_string(const std::string& text);

}  // namespace casekb
