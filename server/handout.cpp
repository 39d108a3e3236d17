// The handout from a collection: one model, rendered by handout.tpl for the
// server and the offline folder, and written out as Markdown.
#include "handout.h"

#include <algorithm>
#include <cstdio>

#include "collections_assets.h"
#include "page_templates.h"
#include "text/markdown.h"
#include "walls_page.h"
#include "workflow/audit.h"
#include "zip_writer.h"

namespace casekb {

namespace {

using Dict = ctemplate::TemplateDictionary;

const char* kWallOrder[] = {"見えない", "向き合わない", "実行できない", "付いてこない", "足りない"};
constexpr const char* kQuestionsSection = "研修での問い";

std::string join(const std::vector<std::string>& values, const std::string& separator) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : separator) + v;
  return out;
}

// 2026年11月29日 of a Unix time, in Japan (UTC+9, no daylight saving).
std::string japanese_date(std::int64_t unix_seconds) {
  const std::string iso = iso_utc(unix_seconds + 9 * 3600);  // YYYY-MM-DDT…
  const int year = std::stoi(iso.substr(0, 4)), month = std::stoi(iso.substr(5, 2)), day = std::stoi(iso.substr(8, 2));
  return std::to_string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
}

std::string address(const Handout& h, const std::string& path) { return h.site + path; }

std::string collection_path(const Handout& h) { return "/collections/" + h.collection->id; }

std::string case_meta(const Case& c) {
  std::vector<std::string> parts;
  for (const std::string* p : {&c.company, &c.business, &c.industry, &c.region}) {
    if (!p->empty()) parts.push_back(*p);
  }
  return join(parts, " · ");
}

struct Fact {
  const char* label;
  std::string value;
};

std::vector<Fact> facts_of(const Case& c) {
  std::vector<Fact> all = {
      {"企業", c.company},
      {"業種", c.industry},
      {"事業内容", c.business},
      {"地域", c.area.empty() ? c.region : c.region + "（" + c.area + "）"},
      {"壁", join(c.walls, "、")},
      {"成果", join(c.outcomes, "、")},
      {"アプローチ", c.approach},
      {"支援機関", c.supporter_name.empty() ? c.supporter : c.supporter_name + "（" + c.supporter + "）"},
      {"テーマ", join(c.themes, "、")},
      {"活用した施策", join(c.measures, "、")},
      {"局面", c.stage},
      {"公開日", c.published},
      {"出典", c.source},
  };
  std::vector<Fact> out;
  for (Fact& f : all) {
    if (!f.value.empty()) out.push_back(std::move(f));
  }
  return out;
}

std::string trim(const std::string& s) {
  const std::size_t b = s.find_first_not_of(" \t\n");
  const std::size_t e = s.find_last_not_of(" \t\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

enum class Part { kCover, kContents, kCases, kQuestions };

struct Render {
  bool server = true;           // false: a page of the offline folder
  std::vector<Part> parts;      // what the page holds
  int only_case = 0;            // kCases: this case number only (0: all)
  bool links_to_files = false;  // contents link to the folder's pages, not to #anchors
};

void fill_case(Dict* d, const Handout& h, const HandoutCase& hc, const Render& r) {
  const Case& c = hc.item->pinned.snapshot;
  d->SetIntValue("NUMBER", hc.number);
  d->SetIntValue("TOTAL", static_cast<long>(h.cases.size()));
  d->SetValue("PAGE_CLASS", "case-" + std::to_string(hc.number));
  d->SetValue("TITLE", c.title);
  d->SetValue("ADDRESS", address(h, "/cases/" + c.id));
  for (const char* wall : kWallOrder) {
    Dict* chip = d->AddSectionDictionary("CHIP");
    chip->SetValue("NAME", wall);
    if (std::find(c.walls.begin(), c.walls.end(), wall) != c.walls.end()) chip->ShowSection("HIT");
  }
  for (const Fact& f : facts_of(c)) {
    Dict* fact = d->AddSectionDictionary("FACT");
    fact->SetValue("LABEL", f.label);
    fact->SetValue("VALUE", f.value);
  }
  if (hc.changed) d->AddSectionDictionary("CHANGED")->SetValue("PINNED", japanese_date(hc.item->pinned.time));
  d->SetValue("PREAMBLE", hc.preamble_html);
  for (const RenderedSection& s : hc.sections) {
    Dict* section = d->AddSectionDictionary("SECTION");
    section->SetValue("TITLE", s.title);
    section->SetValue("HTML", s.html);  // cmark-gfm without raw HTML
  }
  if (hc.questions) {
    Dict* q = d->AddSectionDictionary("CASE_QUESTIONS");
    q->SetValue("TITLE", hc.questions->title);
    q->SetValue("HTML", hc.questions->html);
  }
  if (!trim(hc.item->note).empty()) d->AddSectionDictionary("NOTE")->SetValue("TEXT", hc.item->note);
  (void)r;
}

std::string render(const Handout& h, const Render& r, const std::string& page_title) {
  const Collection& col = *h.collection;
  Dict d("handout");
  d.SetValue("PAGE_TITLE", page_title);
  d.SetValue("TITLE", col.title);
  d.SetValue("DATE", h.date);
  d.SetValue("ADDRESS", address(h, collection_path(h)));
  d.SetIntValue("COUNT", static_cast<long>(h.cases.size()));
  if (col.visibility != Visibility::kPublic) d.ShowSection("NOINDEX");
  if (r.server) {
    d.SetValue("STYLESHEET", collection_path(h) + "/handout.css");
    Dict* nav = d.AddSectionDictionary("SERVER_NAV");
    nav->SetValue("BACK_URL", collection_path(h));
    nav->SetValue("MD_URL", collection_path(h) + "/handout.md");
    nav->SetValue("ZIP_URL", collection_path(h) + "/handout.zip");
  } else {
    d.SetValue("STYLESHEET", "handout.css");
    Dict* nav = d.AddSectionDictionary("OFFLINE_NAV");
    if (r.only_case > 0) {
      const int i = r.only_case - 1;
      Dict* prev = nav->AddSectionDictionary("PREV");
      prev->SetValue("URL", i == 0 ? "index.html" : h.cases[i - 1].file_name);
      prev->SetValue("LABEL", i == 0 ? "表紙" : "事例 " + std::to_string(i));
      Dict* next = nav->AddSectionDictionary("NEXT");
      const bool last = i + 1 == static_cast<int>(h.cases.size());
      const bool questions = !col.questions.empty();
      next->SetValue("URL", !last ? h.cases[i + 1].file_name : questions ? "questions.html" : "index.html");
      next->SetValue("LABEL", !last ? "事例 " + std::to_string(i + 2) : questions ? "全体の問い" : "目次");
    }
  }
  for (const Part part : r.parts) {
    if (part == Part::kCover) {
      Dict* cover = d.AddSectionDictionary("COVER");
      if (!trim(col.description).empty()) cover->AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", col.description);
      cover->AddSectionDictionary("OWNER")->SetValue("NAME", col.owner);
      cover->SetValue("WALLS_INTRO", walls_introduction());
      cover->SetValue("WALLS_SOURCE", walls_source());
      int number = 1;
      for (const WallDescription& w : wall_descriptions()) {
        Dict* wall = cover->AddSectionDictionary("WALL");
        wall->SetIntValue("NUMBER", number++);
        wall->SetValue("NAME", w.name);
        wall->SetValue("SUMMARY", w.summary);
      }
    } else if (part == Part::kContents) {
      Dict* contents = d.AddSectionDictionary("CONTENTS");
      for (const HandoutCase& hc : h.cases) {
        const Case& c = hc.item->pinned.snapshot;
        Dict* entry = contents->AddSectionDictionary("ENTRY");
        entry->SetIntValue("NUMBER", hc.number);
        entry->SetValue("URL", r.links_to_files ? hc.file_name : "#case-" + std::to_string(hc.number));
        entry->SetValue("TITLE", c.title);
        entry->SetValue("META", case_meta(c));
        entry->SetValue("WALLS", join(c.walls, "・"));
        const std::string note = trim(hc.item->note);
        if (!note.empty()) {
          const std::string first_line = note.substr(0, note.find('\n'));
          entry->AddSectionDictionary("NOTE")->SetValue("TEXT", first_line);
        }
      }
      if (!col.questions.empty()) {
        Dict* q = contents->AddSectionDictionary("QUESTIONS_ENTRY");
        q->SetValue("URL", r.links_to_files ? "questions.html" : "#questions");
        q->SetIntValue("COUNT", static_cast<long>(col.questions.size()));
      }
      if (!h.skipped.empty()) {
        Dict* list = contents->AddSectionDictionary("SKIPPED_LIST");
        for (const HandoutSkipped& s : h.skipped) {
          Dict* item = list->AddSectionDictionary("SKIPPED");
          item->SetValue("ID", s.case_id);
          item->SetValue("WHY", s.why);
        }
      }
      if (h.cases.empty()) contents->ShowSection("EMPTY");
    } else if (part == Part::kCases) {
      for (const HandoutCase& hc : h.cases) {
        if (r.only_case != 0 && hc.number != r.only_case) continue;
        fill_case(d.AddSectionDictionary("CASE"), h, hc, r);
      }
    } else if (part == Part::kQuestions && !col.questions.empty()) {
      Dict* set = d.AddSectionDictionary("SET_QUESTIONS");
      for (const std::string& q : col.questions) set->AddSectionDictionary("Q")->SetValue("TEXT", q);
    }
  }
  return expand_page_template("handout.tpl", d);
}

// Markdown headings one level deeper (## → ###), outside code fences.
std::string deeper_headings(const std::string& markdown) {
  std::string out;
  bool fenced = false;
  std::size_t start = 0;
  while (start < markdown.size()) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string::npos) end = markdown.size();
    const std::string line = markdown.substr(start, end - start);
    if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0) fenced = !fenced;
    if (!fenced && line.rfind('#', 0) == 0) out += '#';
    out += line + "\n";
    start = end + 1;
  }
  return out;
}

// Text a trainer wrote, as Markdown that cannot turn into markup.
std::string md_text(const std::string& text) {
  std::string out;
  for (const char ch : text) {
    if (ch == '<') out += "&lt;";
    else if (ch == '>') out += "&gt;";
    else out += ch;
  }
  return out;
}

std::string md_quote(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  const std::string body = md_text(trim(text));
  while (start <= body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    out += "> " + body.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace

Handout make_handout(const Collection& collection, const std::vector<ItemState>& states, const std::string& site,
                     std::int64_t now) {
  Handout h;
  h.collection = &collection;
  h.date = japanese_date(now);
  h.site = site;
  for (std::size_t i = 0; i < collection.items.size(); ++i) {
    const CollectionItem& item = collection.items[i];
    const ItemState& state = states[i];
    if (state.kind == ItemState::Kind::kWithdrawn) {
      h.skipped.push_back({item.case_id, "取り下げられました（理由: " + state.reason + "）"});
      continue;
    }
    if (state.kind == ItemState::Kind::kMissing) {
      h.skipped.push_back({item.case_id, "公開されていません（削除されたか ID が変わりました）"});
      continue;
    }
    HandoutCase hc;
    hc.number = static_cast<int>(h.cases.size()) + 1;
    hc.item = &item;
    hc.changed = state.kind == ItemState::Kind::kChanged;
    const MarkdownOutline outline = outline_markdown(item.pinned.snapshot.body);
    if (!trim(outline.preamble).empty()) hc.preamble_html = render_markdown_html(outline.preamble);
    for (const MarkdownSection& s : outline.sections) {
      RenderedSection rendered{s.title, render_markdown_html(s.markdown)};
      if (trim(s.title) == kQuestionsSection && !hc.questions) hc.questions = std::move(rendered);
      else hc.sections.push_back(std::move(rendered));
    }
    char prefix[8];
    std::snprintf(prefix, sizeof prefix, "%02d-", hc.number);
    hc.file_name = prefix + item.case_id + ".html";
    h.cases.push_back(std::move(hc));
  }
  return h;
}

std::string css_string(const std::string& text) {
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\' || ch == '<' || ch == '>' || c < 0x20 || c == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\%02x ", c);
      out += escaped;
    } else {
      out += ch;
    }
  }
  return out;
}

std::string handout_html(const Handout& h) {
  return render(h, {true, {Part::kCover, Part::kContents, Part::kCases, Part::kQuestions}, 0, false},
                h.collection->title + " | 配布資料");
}

std::string handout_css(const Handout& h) {
  std::string css(handout_stylesheet());
  // At most 40 characters of the title in the running head.
  std::string title = h.collection->title;
  std::size_t chars = 0, cut = 0;
  for (std::size_t i = 0; i < title.size(); ++i) {
    if ((static_cast<unsigned char>(title[i]) & 0xc0) != 0x80 && ++chars > 40) {
      cut = i;
      break;
    }
  }
  if (cut) title = title.substr(0, cut) + "…";
  css += "\n/* This collection: running heads, and each case's address in its footer. */\n";
  css += "@page {\n  @top-left { content: \"" + css_string(title) + "\"; }\n  @top-right { content: \"" +
         css_string(h.date) + "\"; }\n  @bottom-left { content: \"研修用 · " +
         css_string(address(h, collection_path(h))) + "\"; }\n}\n";
  for (const HandoutCase& hc : h.cases) {
    const std::string name = "case-" + std::to_string(hc.number);
    css += "@page " + name + " {\n  @top-right { content: \"事例 " + std::to_string(hc.number) + " / " +
           std::to_string(h.cases.size()) + "\"; }\n  @bottom-left { content: \"研修用 · " +
           css_string(address(h, "/cases/" + hc.item->case_id)) + "\"; }\n}\n." + name + " { page: " + name + "; }\n";
  }
  return css;
}

std::string handout_markdown(const Handout& h) {
  const Collection& col = *h.collection;
  std::string md = "# " + md_text(col.title) + "\n\n";
  md += "研修用 配布資料 · " + h.date + " · 事例 " + std::to_string(h.cases.size()) + " 件 · 作成 " + col.owner + "\n\n";
  if (!trim(col.description).empty()) md += md_text(trim(col.description)) + "\n\n";
  md += "## 自己変革への「5つの壁」\n\n" + walls_introduction() + "\n\n";
  int number = 1;
  for (const WallDescription& w : wall_descriptions()) {
    md += std::to_string(number++) + ". **" + w.name + "**: " + w.summary + "\n";
  }
  md += "\n" + walls_source() + "\n\n## 目次\n\n";
  for (const HandoutCase& hc : h.cases) {
    const Case& c = hc.item->pinned.snapshot;
    md += std::to_string(hc.number) + ". 事例 " + std::to_string(hc.number) + " " + md_text(c.title) + "（" +
          case_meta(c) + "、壁: " + join(c.walls, "・") + "）\n";
  }
  if (!col.questions.empty()) md += std::to_string(h.cases.size() + 1) + ". 全体の問い\n";
  if (!h.skipped.empty()) {
    md += "\n次の事例はこの資料に載せていません。\n\n";
    for (const HandoutSkipped& s : h.skipped) md += "- " + s.case_id + ": " + md_text(s.why) + "\n";
  }
  for (const HandoutCase& hc : h.cases) {
    const Case& c = hc.item->pinned.snapshot;
    md += "\n---\n\n## 事例 " + std::to_string(hc.number) + " " + md_text(c.title) + "\n\n";
    for (const Fact& f : facts_of(c)) md += "- " + std::string(f.label) + ": " + md_text(f.value) + "\n";
    md += "- 事例のページ: " + address(h, "/cases/" + c.id) + "\n\n";
    if (hc.changed) md += "*この資料は " + japanese_date(hc.item->pinned.time) + " に収録した版です。公開中の事例はその後更新されています。*\n\n";
    const MarkdownOutline outline = outline_markdown(c.body);
    if (!trim(outline.preamble).empty()) md += md_text(deeper_headings(trim(outline.preamble))) + "\n";
    std::string questions;
    for (const MarkdownSection& s : outline.sections) {
      const std::string part = "### " + s.title + "\n\n" + md_text(deeper_headings(trim(s.markdown))) + "\n";
      if (trim(s.title) == kQuestionsSection && questions.empty()) questions = part;
      else md += part;
    }
    md += questions;
    if (!trim(hc.item->note).empty()) md += "> **講師のメモ**\n>\n" + md_quote(hc.item->note) + "\n";
  }
  if (!col.questions.empty()) {
    md += "\n---\n\n## 全体の問い\n\n";
    int q = 1;
    for (const std::string& question : col.questions) md += std::to_string(q++) + ". " + md_text(question) + "\n";
  }
  md += "\n---\n\n研修用 · " + address(h, collection_path(h)) + "\n";
  return md;
}

std::string handout_zip(const Handout& h) {
  const std::string folder = "casekb-" + h.collection->id + "/";
  const std::string& title = h.collection->title;
  ZipWriter zip;
  zip.add(folder + "index.html", render(h, {false, {Part::kCover, Part::kContents}, 0, true}, title + " | 表紙と目次"));
  for (const HandoutCase& hc : h.cases) {
    zip.add(folder + hc.file_name,
            render(h, {false, {Part::kCases}, hc.number, true},
                   "事例 " + std::to_string(hc.number) + " " + hc.item->pinned.snapshot.title + " | " + title));
  }
  if (!h.collection->questions.empty()) {
    zip.add(folder + "questions.html", render(h, {false, {Part::kQuestions}, 0, true}, "全体の問い | " + title));
  }
  zip.add(folder + "print.html", render(h, {false, {Part::kCover, Part::kContents, Part::kCases, Part::kQuestions}, 0, false},
                                        title + " | 配布資料（印刷用）"));
  zip.add(folder + "handout.css", handout_css(h));
  return zip.finish();
}

}  // namespace casekb
