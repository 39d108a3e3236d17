// /feed.xml and /walls over HTTP on loopback: the Atom feed read by a real XML
// parser (Python's xml.etree) and checked for RFC 4287's required elements, its
// filters, its stable entry ids; the walls page's tables, counts and links.
#include <gtest/gtest.h>

#include <regex>

#include "collections/collections_support.h"

namespace casekb {

using testing::CollectionsBed;
using testing::json;
using testing::Reply;
using testing::url_encode;

namespace {

// Parses an Atom document with xml.etree and checks RFC 4287 (4.1.1, 4.1.2):
// the feed's id, title, updated, a self link, an author for the feed or every
// entry; each entry's id, title, updated (RFC 3339), an alternate link. Prints
// one line per entry: "<id> <updated> <link>".
testing::CommandResult check_atom(const std::string& xml) {
  testing::TempDir dir;
  testing::write_file(dir.path() / "feed.xml", xml);
  return testing::run_command(
      "cd " + testing::quote(dir.str()) + " && python3 -c '"
      "import re, xml.etree.ElementTree as ET\n"
      "A = \"{http://www.w3.org/2005/Atom}\"\n"
      "feed = ET.parse(\"feed.xml\").getroot()\n"
      "assert feed.tag == A + \"feed\", feed.tag\n"
      "date = re.compile(r\"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$\")\n"
      "def one(parent, name):\n"
      "    found = parent.findall(A + name)\n"
      "    assert len(found) == 1, (name, len(found))\n"
      "    assert (found[0].text or \"\").strip(), name\n"
      "    return found[0].text\n"
      "one(feed, \"id\"); one(feed, \"title\"); assert date.match(one(feed, \"updated\"))\n"
      "assert [l for l in feed.findall(A + \"link\") if l.get(\"rel\") == \"self\"], \"self link\"\n"
      "feed_author = feed.find(A + \"author\")\n"
      "assert feed_author is None or feed_author.find(A + \"name\").text\n"
      "for entry in feed.findall(A + \"entry\"):\n"
      "    eid = one(entry, \"id\"); one(entry, \"title\"); updated = one(entry, \"updated\")\n"
      "    assert date.match(updated), updated\n"
      "    assert feed_author is not None or entry.find(A + \"author\") is not None\n"
      "    links = [l.get(\"href\") for l in entry.findall(A + \"link\") if l.get(\"rel\", \"alternate\") == \"alternate\"]\n"
      "    assert len(links) == 1, links\n"
      "    print(eid, updated, links[0])\n"
      "'");
}

struct Entry {
  std::string id, updated, link;
};

std::vector<Entry> entries(const std::string& checked) {
  std::vector<Entry> out;
  std::istringstream lines(checked);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    Entry e;
    words >> e.id >> e.updated >> e.link;
    out.push_back(e);
  }
  return out;
}

std::vector<std::string> search_ids(CollectionsBed& bed, const std::string& params) {
  std::vector<std::string> out;
  const json found = bed.get("/api/search?" + params + "&sort=newest&size=100").as_json();  // kept alive for the loop
  for (const json& r : found["results"]) out.push_back(r["id"]);
  return out;
}

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST(Feed, IsAtomWithTheRfcsRequiredElements_ParsedByARealXmlParser) {
  CollectionsBed bed(false);
  const Reply feed = bed.get("/feed.xml");
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(feed.header("Content-Type"), "application/atom+xml; charset=utf-8");
  const auto checked = check_atom(feed.body);
  ASSERT_EQ(checked.exit_code, 0) << checked.output << feed.body.substr(0, 2000);
  const std::vector<Entry> all = entries(checked.output);
  ASSERT_FALSE(all.empty());
  // Newest first, each linking to its case page.
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_GE(all[i - 1].updated, all[i].updated);
  const std::vector<std::string> newest = search_ids(bed, "");
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].id, "tag:casekb,2022:case/" + newest[i]);
    EXPECT_EQ(all[i].link, "/cases/" + newest[i]);
  }
}

TEST(Feed, TakesEverySearchParameter_AndEntryIdsDoNotDependOnTheQuery) {
  CollectionsBed bed(false);
  const std::string wall = "wall=" + url_encode("付いてこない");
  const Reply filtered = bed.get("/feed.xml?" + wall);
  ASSERT_EQ(filtered.status, 200);
  const auto checked = check_atom(filtered.body);
  ASSERT_EQ(checked.exit_code, 0) << checked.output;
  const std::vector<Entry> followed = entries(checked.output);
  const std::vector<std::string> expected = search_ids(bed, wall);
  ASSERT_EQ(followed.size(), std::min<std::size_t>(expected.size(), 20));
  for (std::size_t i = 0; i < followed.size(); ++i) EXPECT_EQ(followed[i].id, "tag:casekb,2022:case/" + expected[i]);
  EXPECT_NE(filtered.body.find("<title>casekb 伴走支援事例の新着: 付いてこない</title>"), std::string::npos);
  // A text query and two facets, as /search takes them.
  const std::string params = "q=" + url_encode("後継者") + "&outcome=" + url_encode("事業承継") + "&" + wall;
  const Reply narrow = bed.get("/feed.xml?" + params);
  ASSERT_EQ(narrow.status, 200);
  const auto narrow_checked = check_atom(narrow.body);
  ASSERT_EQ(narrow_checked.exit_code, 0) << narrow_checked.output;
  const std::vector<Entry> narrowed = entries(narrow_checked.output);
  EXPECT_EQ(narrowed.size(), search_ids(bed, params).size());
  ASSERT_FALSE(narrowed.empty());
  const auto in_both = std::find_if(followed.begin(), followed.end(), [&](const Entry& e) { return e.id == narrowed[0].id; });
  EXPECT_NE(in_both, followed.end()) << "the same case has the same entry id in every feed";
  // The feed's own id names what it follows; paging and size are not part of it.
  EXPECT_NE(narrow.body.find("<id>tag:casekb,2022:feed?"), std::string::npos);
  const auto feed_id = [](const std::string& xml) { return xml.substr(xml.find("<id>"), xml.find("</id>") - xml.find("<id>")); };
  EXPECT_EQ(feed_id(bed.get("/feed.xml?" + wall + "&size=5&sort=oldest").body), feed_id(filtered.body));
  // What /search refuses, the feed refuses.
  EXPECT_EQ(bed.get("/feed.xml?colour=red").status, 400);
  // No match: still a valid feed, without entries.
  const Reply none = bed.get("/feed.xml?wall=" + url_encode("存在しない壁"));  // an unknown value matches nothing
  ASSERT_EQ(none.status, 200);
  const auto none_checked = check_atom(none.body);
  ASSERT_EQ(none_checked.exit_code, 0) << none_checked.output;
  EXPECT_TRUE(none_checked.output.empty());
}

TEST(Feed, WhatCasesSay_IsEscaped_AndTheSearchPageLinksItsFeed) {
  CollectionsBed bed(false);
  const Reply search = bed.get("/search?wall=" + url_encode("付いてこない") + "&page=2&sort=oldest");
  ASSERT_EQ(search.status, 200);
  const std::string feed_url = "/feed.xml?wall=" + url_encode("付いてこない");
  EXPECT_NE(search.body.find("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"この条件の新着事例\" href=\"" +
                             feed_url + "\">"),
            std::string::npos)
      << search.body.substr(0, 1500);
  EXPECT_NE(search.body.find("<a class=\"feed\" href=\"" + feed_url + "\">"), std::string::npos);
  // Markup in a query comes back as text in the feed's title.
  const Reply feed = bed.get("/feed.xml?q=" + url_encode("<b>&\"'"));
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(check_atom(feed.body).exit_code, 0);
  EXPECT_EQ(feed.body.find("<b>"), std::string::npos);
}

TEST(Walls, ExplainsTheFiveWalls_WithTwoRealTablesWhoseCellsLinkToTheirSearch) {
  CollectionsBed bed(false);
  const Reply page = bed.get("/walls");
  ASSERT_EQ(page.status, 200);
  const std::string& html = page.body;
  for (int i = 1; i <= 5; ++i) EXPECT_NE(html.find("id=\"wall-" + std::to_string(i) + "\""), std::string::npos);
  for (const char* term : {"どんな壁か", "壁の前にいるサイン", "支援者の取り組み", "A社", "B社", "C社"}) {
    EXPECT_NE(html.find(term), std::string::npos) << term;
  }
  EXPECT_EQ(count_of(html, "<table class=\"matrix\">"), 2u);
  EXPECT_EQ(count_of(html, "<caption>"), 2u);
  EXPECT_GE(count_of(html, "<th scope=\"col\">"), 12u);
  EXPECT_GE(count_of(html, "<th scope=\"row\">"), 4u);
  EXPECT_NE(html.find("id=\"matrix-outcome\""), std::string::npos);
  EXPECT_NE(html.find("id=\"matrix-industry\""), std::string::npos);
  // Every counted cell: a link to the faceted search, whose total is the count.
  const std::regex cell("<td class=\"shade-([1-5])\"><a href=\"/search\\?([^\"]+)\" aria-label=\"[^\"]*\">(\\d+)</a></td>");
  int cells = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), cell); it != std::sregex_iterator(); ++it) {
    std::string params = (*it)[2];
    for (std::size_t at; (at = params.find("&amp;")) != std::string::npos;) params.replace(at, 5, "&");
    const json found = bed.get("/api/search?" + params + "&size=1").as_json();
    EXPECT_EQ(found["total"].get<int>(), std::stoi((*it)[3])) << params;
    EXPECT_NE(params.find("wall="), std::string::npos);
    ++cells;
  }
  EXPECT_GE(cells, 10);
  EXPECT_NE(html.find("<td class=\"shade-0\"><span class=\"zero\">0</span></td>"), std::string::npos);
}

TEST(Walls, ACasePagesWallChips_LinkToTheirExplanation) {
  CollectionsBed bed(false);
  const Reply page = bed.get("/cases/catering-saitama");
  ASSERT_EQ(page.status, 200);
  // Every chip of the strip (the case's own walls and the others) explains its wall.
  for (int i = 1; i <= 5; ++i) {
    EXPECT_NE(page.body.find("<a class=\"wall-about\" href=\"/walls#wall-" + std::to_string(i) + "\""), std::string::npos) << i;
  }
  EXPECT_NE(page.body.find("aria-label=\"「付いてこない」の壁とは\""), std::string::npos);
}

}  // namespace casekb
