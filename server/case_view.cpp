// Case rendering for pages and the API.
#include "case_view.h"

#include "case/case_file.h"
#include "text/markdown.h"

namespace casekb {

CaseView make_case_view(const Case& c) {
  CaseView view;
  view.html = render_markdown_html(c.body);
  for (const MarkdownSection& s : outline_markdown(c.body).sections) {
    view.sections.push_back({s.title, render_markdown_html(s.markdown)});
  }
  return view;
}

std::optional<Case> lookup_case(AppContext& app, const std::string& id) {
  if (!is_valid_case_id(id)) return std::nullopt;
  Outcome<Case> outcome = app.search.find_case(id);
  return outcome.value;
}

std::string case_url(const std::string& id) { return "/cases/" + id; }

}  // namespace casekb
