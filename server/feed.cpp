// The Atom feed: a search sorted newest first, one entry per case.
#include "feed.h"

#include <algorithm>

#include "search_params.h"
#include "text/markdown.h"
#include "text/utf8.h"
#include "url.h"

namespace casekb {

namespace {

constexpr const char* kSummarySection = "設定された課題";
constexpr std::size_t kSummaryChars = 200;

// RFC 3339 for a case's date (YYYY-MM-DD): midnight in Japan.
std::string rfc3339(const std::string& date) {
  if (date.size() != 10) return "2000-01-01T00:00:00+09:00";
  return date + "T00:00:00+09:00";
}

void element(std::string& xml, const char* name, std::string_view text, const char* indent = "  ") {
  xml += indent;
  xml += '<';
  xml += name;
  xml += '>';
  xml += escape_xml(text);
  xml += "</";
  xml += name;
  xml += ">\n";
}

std::string summary_of(const Case& c) {
  std::string summary;
  for (const std::string* part : {&c.company, &c.business, &c.industry, &c.region}) {
    if (!part->empty()) summary += (summary.empty() ? "" : " · ") + *part;
  }
  if (!c.walls.empty()) {
    summary += " · 壁: ";
    for (std::size_t i = 0; i < c.walls.size(); ++i) summary += (i ? "・" : "") + c.walls[i];
  }
  for (const MarkdownText::Section& s : markdown_text(c.body).sections) {
    if (s.title != kSummarySection) continue;
    std::string text;
    for (const char ch : s.text) text += ch == '\n' ? ' ' : ch;
    std::string_view cut = text;
    if (count_code_points(text) > kSummaryChars) {
      std::size_t offset = 0;
      for (std::size_t n = 0; n < kSummaryChars && offset < text.size(); ++n) decode_utf8(text, offset);
      cut = std::string_view(text).substr(0, offset);
    }
    summary += "。" + std::string(cut) + (cut.size() < text.size() ? "…" : "");
    break;
  }
  return summary;
}

// What the feed follows, for its title: 「言葉」 and the filter values.
std::string conditions_of(const SearchRequest& request) {
  std::string out;
  if (!request.query.empty()) out += "「" + request.query + "」";
  for (const FacetInfo& info : kFacets) {
    for (const std::string& value : request.filters[static_cast<std::size_t>(info.facet)]) {
      out += (out.empty() ? "" : "・") + value;
    }
  }
  return out;
}

WebResponse text_error(int status, const std::string& message) {
  WebResponse response;
  response.status = status;
  response.content_type = "text/plain; charset=utf-8";
  response.body = message + "\n";
  return response;
}

}  // namespace

std::string escape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') break;
        out += ch;
    }
  }
  return sanitize_utf8(out);
}

WebResponse feed_atom(AppContext& app, const WebRequest& web) {
  const SearchParams params = parse_search_params(web);
  if (params.error) return text_error(400, params.error->message);
  SearchRequest request = *params.request;
  if (!request.sort) request.sort = SortOrder::kNewest;
  const Outcome<SearchResponse> outcome = app.search.search(request);
  if (outcome.error) return text_error(503, "索引を読めません。しばらくしてからお試しください。");
  const SearchResponse& response = *outcome.value;

  // What the feed is about, without paging: its id, its self link, its page.
  SearchRequest followed = request;
  followed.page = 1;
  followed.size = kDefaultPageSize;
  followed.sort.reset();
  const std::vector<std::pair<std::string, std::string>> about = search_request_params(followed);
  const std::string query = build_url("", about);
  std::vector<std::pair<std::string, std::string>> newest = about;
  newest.emplace_back("sort", "newest");
  const std::string& site = app.public_url;

  std::string updated;
  for (const SearchHit& hit : response.hits) updated = std::max(updated, rfc3339(hit.c.published));
  if (updated.empty()) {
    // No entries: the newest case of all, so the feed's time still moves only with the index.
    SearchRequest all;
    all.size = 1;
    all.sort = SortOrder::kNewest;
    const Outcome<SearchResponse> any = app.search.search(all);
    updated = any.value && !any.value->hits.empty() ? rfc3339(any.value->hits.front().c.published) : rfc3339("");
  }
  const std::string conditions = conditions_of(request);

  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n";
  element(xml, "id", "tag:casekb,2022:feed" + query);
  element(xml, "title", conditions.empty() ? "casekb 伴走支援事例の新着" : "casekb 伴走支援事例の新着: " + conditions);
  element(xml, "subtitle", "中小企業の伴走支援事例（匿名化済み）から、条件に合う新しい事例");
  element(xml, "updated", updated);
  xml += "  <author><name>casekb 伴走支援 事例ナレッジベース</name></author>\n";
  const std::vector<std::pair<std::string, std::string>> given(web.params.begin(), web.params.end());
  xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + escape_xml(site + build_url("/feed.xml", given)) + "\"/>\n";
  xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(site + build_url("/search", newest)) + "\"/>\n";
  xml += "  <generator>casekb</generator>\n";
  for (const SearchHit& hit : response.hits) {
    // Hits carry no body; the case does (for the summary).
    const Outcome<Case> found = app.search.find_case(hit.c.id);
    const Case& c = found.value ? *found.value : hit.c;
    xml += "  <entry>\n";
    element(xml, "id", "tag:casekb,2022:case/" + c.id, "    ");
    element(xml, "title", c.title, "    ");
    element(xml, "updated", rfc3339(c.published), "    ");
    element(xml, "published", rfc3339(c.published), "    ");
    xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(site + "/cases/" + c.id) + "\"/>\n";
    const std::string& author = !c.office.empty() ? c.office : !c.supporter_name.empty() ? c.supporter_name : c.supporter;
    xml += "    <author><name>" + escape_xml(author.empty() ? "casekb" : author) + "</name></author>\n";
    for (const std::string& wall : c.walls) {
      xml += "    <category scheme=\"tag:casekb,2022:wall\" term=\"" + escape_xml(wall) + "\" label=\"壁: " + escape_xml(wall) + "\"/>\n";
    }
    if (!c.industry.empty()) {
      xml += "    <category scheme=\"tag:casekb,2022:industry\" term=\"" + escape_xml(c.industry) + "\"/>\n";
    }
    element(xml, "summary", summary_of(c), "    ");
    xml += "  </entry>\n";
  }
  xml += "</feed>\n";
  WebResponse out;
  out.content_type = "application/atom+xml; charset=utf-8";
  out.body = std::move(xml);
  return out;
}

}  // namespace casekb
