// casekb-query-bench: in-process latency of SearchService::search() over a query
// file, and a check of its totals and facet counts against brute force.
//
//   casekb-query-bench --db PATH --corpus DIR [--queries FILE] [--warmup 1] [--reps 3]
//                      [--verify N] [--summary FILE] [--clock wall|cpu]
//
// The query file is the peer benchmark's queries.txt (../shared/bench/gen_queries.py):
//   id <TAB> kind <TAB> terms (space separated, ANDed) <TAB> key=v1|v2;key2=v3
// Without --queries a small built-in mix is used. Every search asks, as /api/search
// does, for the top 10 with an exact total and all ten disjunctive facet counts.
// The protocol is the peers' (shared/bench/bench.py): a query's figure is the median
// of its measured passes; percentiles (nearest rank) are over those figures. The
// response cache is off, so every pass measures the search itself.
// --clock cpu times each search by the calling thread's CPU time (a search runs
// in it) instead of wall time: on a machine shared with other jobs, wall-clock
// percentiles mostly measure the other jobs.
//
// Exit codes: 0 ok (check mismatches are reported, not fatal); 1 usage;
// 3 the index, the corpus or the query file cannot be read.
#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

// Flat includes: this file is also built against older cores whose headers sat
// directly in core/ (tests/bench/CMakeLists.txt adds every core folder).
#include "facets.h"
#include "index_schema_compat.h"
#include "normalize.h"
#include "search_service.h"
// `scripts/bench --baseline REV` builds this same file against an older core (the
// search core before Japanese relevance has no synonyms and no response cache),
// so both sides are measured by one tool.
#if __has_include("synonyms.h")
#include "synonyms.h"
#define CASEKB_BENCH_CURRENT_CORE 1
#endif
#include "taxonomy.h"

namespace {

// SearchError says `message` in older cores and `detail` (words are the
// server's) since the core was reorganised: either reads.
template <typename E>
auto error_text(const E& error) -> decltype(error.message) { return error.message; }
template <typename E>
auto error_text(const E& error) -> decltype(error.detail) { return error.detail; }

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Milliseconds of this thread's CPU time.
double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitFatal = 3;

constexpr int kResultSize = 10;  // the peers' top 10

// The issue's fixed mix (one word, two words, a phrase, facet filters), used when
// no query file is given, e.g. over corpus/. Same format as queries.txt.
constexpr std::string_view kBuiltinQueries =
    "w1\tword\t事業承継\t\n"
    "w2\tword\t販路開拓\t\n"
    "t1\ttwo-words\t事業承継 後継者\t\n"
    "t2\ttwo-words\t経営者 気付き\t\n"
    "p1\tphrase\t伴走支援\t\n"
    "p2\tphrase\t見える化\t\n"
    "f1\tfacet\t経営者\twalls=見えない\n"
    "f2\tfacet\t事業承継\tindustry=製造業;region=関東\n";

struct BenchQuery {
  std::string line;                // as written, for messages
  std::string id;
  std::string kind;
  std::vector<std::string> terms;  // each must occur as written; all ANDed
  casekb::SearchRequest request;
};

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find(separator, start)) != std::string_view::npos; start = end + 1) {
    parts.emplace_back(text.substr(start, end - start));
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

// queries.txt names facets by front-matter key (walls, outcomes) or URL name
// (wall, area); both are accepted.
const casekb::FacetInfo* facet_for_key(std::string_view key) {
  for (const casekb::FacetInfo& info : casekb::kFacets) {
    if (info.name == key || (!info.field.empty() && info.field == key)) return &info;
  }
  return nullptr;
}

// queries.txt puts areas (関東) and prefectures (埼玉県) under region; casekb has a
// separate area facet. Areas mixed with prefectures in one key are expanded to
// their prefectures, since two facets would be ANDed, not ORed.
void add_region_filter(const std::vector<std::string>& values, const casekb::Taxonomy& taxonomy,
                       casekb::FacetFilters& filters) {
  const auto& areas = taxonomy.areas();
  const auto is_area = [&](const std::string& v) { return std::find(areas.begin(), areas.end(), v) != areas.end(); };
  auto& area_filter = filters[static_cast<std::size_t>(casekb::Facet::kArea)];
  auto& region_filter = filters[static_cast<std::size_t>(casekb::Facet::kRegion)];
  if (std::all_of(values.begin(), values.end(), is_area)) {
    area_filter.insert(area_filter.end(), values.begin(), values.end());
    return;
  }
  const casekb::Vocabulary* prefectures = taxonomy.vocabulary("region");
  for (const std::string& v : values) {
    if (!is_area(v) || !prefectures) {
      region_filter.push_back(v);
      continue;
    }
    for (const casekb::VocabularyValue& p : prefectures->values()) {
      if (p.area == v) region_filter.push_back(p.name);
    }
  }
}

// Parses queries.txt text; returns nullopt with a message on a malformed line.
std::optional<std::vector<BenchQuery>> parse_queries(std::string_view text, const casekb::Taxonomy& taxonomy,
                                                     std::string& error) {
  std::vector<BenchQuery> queries;
  int line_number = 0;
  for (const std::string& line : split(text, '\n')) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> columns = split(line, '\t');
    if (columns.size() < 3) {
      error = "line " + std::to_string(line_number) + ": expected id, kind, terms and filters separated by tabs";
      return std::nullopt;
    }
    BenchQuery q;
    q.line = line;
    q.id = columns[0];
    q.kind = columns[1];
    // gen_queries.py's phrase kinds are "phrase4" etc.; their terms go in quotes.
    const bool phrase = q.kind.rfind("phrase", 0) == 0;
    for (const std::string& term : split(columns[2], ' ')) {
      if (term.empty()) continue;
      q.terms.push_back(term);
      if (!q.request.query.empty()) q.request.query += ' ';
      q.request.query += phrase ? "\"" + term + "\"" : term;
    }
    if (columns.size() > 3 && !columns[3].empty()) {
      for (const std::string& part : split(columns[3], ';')) {
        const std::size_t equals = part.find('=');
        const casekb::FacetInfo* info = facet_for_key(part.substr(0, equals));
        if (equals == std::string::npos || !info) {
          error = "line " + std::to_string(line_number) + ": unknown filter " + part;
          return std::nullopt;
        }
        const std::vector<std::string> values = split(part.substr(equals + 1), '|');
        if (info->facet == casekb::Facet::kRegion) {
          add_region_filter(values, taxonomy, q.request.filters);
        } else {
          auto& filter = q.request.filters[static_cast<std::size_t>(info->facet)];
          filter.insert(filter.end(), values.begin(), values.end());
        }
      }
    }
    q.request.size = kResultSize;
    queries.push_back(std::move(q));
  }
  return queries;
}

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// ---------------------------------------------------------------------------
// Brute force: every case file read directly, every term found by substring.

struct CorpusCase {
  std::array<std::string, 3> text;  // title, business, body in search form
  std::array<std::vector<std::string>, casekb::kFacetCount> facets;
};

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

std::string unquote(std::string s) {
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) return s.substr(1, s.size() - 2);
  const std::size_t comment = s.find(" #");
  return comment == std::string::npos ? s : trim(s.substr(0, comment));
}

// A deliberately small front-matter reader (`key: value`, `key: [a, b]`, block
// lists), enough for generated corpora. It shares no code with the product's
// parser, so the check does not inherit that parser's mistakes.
std::map<std::string, std::vector<std::string>> read_front_matter(const std::string& file, std::string& body) {
  std::map<std::string, std::vector<std::string>> fields;
  if (file.rfind("---\n", 0) != 0) return fields;
  const std::size_t end = file.find("\n---\n", 3);
  if (end == std::string::npos) return fields;
  body = file.substr(end + 5);
  std::string last_key;
  for (const std::string& raw : split(std::string_view(file).substr(4, end - 4), '\n')) {
    const std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("- ", 0) == 0 && !last_key.empty()) {
      fields[last_key].push_back(unquote(trim(line.substr(2))));
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    last_key = trim(line.substr(0, colon));
    const std::string value = trim(line.substr(colon + 1));
    auto& values = fields[last_key];
    if (value.size() >= 2 && value.front() == '[' && value.back() == ']') {
      for (const std::string& item : split(value.substr(1, value.size() - 2), ',')) {
        if (!trim(item).empty()) values.push_back(unquote(trim(item)));
      }
    } else if (!value.empty()) {
      values.push_back(unquote(value));
    }
  }
  return fields;
}

std::optional<std::vector<CorpusCase>> load_cases(const std::string& dir, const casekb::Taxonomy& taxonomy) {
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(fs::path(dir) / "cases", ec)) {
    if (entry.path().extension() == ".md") paths.push_back(entry.path());
  }
  if (ec) return std::nullopt;
  std::vector<CorpusCase> cases;
  cases.reserve(paths.size());
  for (const fs::path& path : paths) {
    const std::optional<std::string> file = read_file(path);
    if (!file) return std::nullopt;
    std::string body;
    auto fields = read_front_matter(*file, body);
    const auto first = [&](const char* key) { return fields[key].empty() ? std::string() : fields[key].front(); };
    CorpusCase c;
    c.text = {casekb::normalize_for_search(first("title")), casekb::normalize_for_search(first("business")),
              casekb::normalize_for_search(body)};
    for (const casekb::FacetInfo& info : casekb::kFacets) {
      auto& values = c.facets[static_cast<std::size_t>(info.facet)];
      if (info.facet == casekb::Facet::kArea) {
        const std::string area = taxonomy.area_of(first("region"));
        if (!area.empty()) values.push_back(area);
      } else if (std::string_view(info.name) == "kind") {
        // Real or training composite, from `source` (case-format.md); spelled out here
        // because older cores, built by --baseline, have no such facet.
        values.push_back(first("source") == "研修用の架空事例" ? "研修用の架空事例" : "実際の事例");
      } else {
        values = fields[std::string(info.field)];
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

using CountMap = std::map<std::string, std::size_t>;

struct Expected {
  std::size_t total = 0;
  std::array<CountMap, casekb::kFacetCount> facets;  // disjunctive, as the API counts
};

Expected brute_force(const BenchQuery& q, const std::vector<CorpusCase>& cases) {
  std::vector<std::string> needles;
  for (const std::string& term : q.terms) needles.push_back(casekb::normalize_for_search(term));
  const auto& filters = q.request.filters;
  Expected expected;
  for (const CorpusCase& c : cases) {
    const bool text_matches = std::all_of(needles.begin(), needles.end(), [&](const std::string& n) {
      return std::any_of(c.text.begin(), c.text.end(), [&](const std::string& t) { return t.find(n) != std::string::npos; });
    });
    if (!text_matches) continue;
    // A facet's own filter does not narrow its counts (the disjunctive rule): a
    // case failing exactly one filter still counts toward that facet's values.
    std::size_t failed = 0, failed_facet = 0;
    for (std::size_t f = 0; f < casekb::kFacetCount; ++f) {
      if (filters[f].empty()) continue;
      const bool passes = std::any_of(c.facets[f].begin(), c.facets[f].end(), [&](const std::string& v) {
        return std::find(filters[f].begin(), filters[f].end(), v) != filters[f].end();
      });
      if (!passes) ++failed, failed_facet = f;
    }
    if (failed > 1) continue;
    if (failed == 0) ++expected.total;
    for (std::size_t f = 0; f < casekb::kFacetCount; ++f) {
      if (failed == 0 || f == failed_facet) {
        for (const std::string& v : c.facets[f]) ++expected.facets[f][v];
      }
    }
  }
  return expected;
}

// Empty if the response agrees with brute force, else what differs.
std::string compare(const casekb::SearchResponse& got, const Expected& expected) {
  std::string problems;
  if (got.total != expected.total) {
    // The facet counts then differ too; the total says enough.
    return "total " + std::to_string(got.total) + ", brute force " + std::to_string(expected.total);
  }
  for (const casekb::FacetInfo& info : casekb::kFacets) {
    const std::size_t f = static_cast<std::size_t>(info.facet);
    CountMap counts;
    for (const casekb::FacetCount& c : got.facets[f]) {
      if (c.count > 0) counts[c.value] = c.count;
    }
    if (counts == expected.facets[f]) continue;
    problems += std::string(info.name) + " counts differ";
    for (const auto& [value, count] : expected.facets[f]) {
      const std::size_t ours = counts.count(value) ? counts[value] : 0;
      if (ours != count) {
        problems += " (" + value + ": " + std::to_string(ours) + ", brute force " + std::to_string(count) + ")";
        break;
      }
    }
    problems += "; ";
  }
  return problems;
}

// ---------------------------------------------------------------------------

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Nearest rank, as the peers' common.pct().
double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p / 100 * static_cast<double>(values.size())));
  return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

void print_usage() {
  std::cerr << "usage: casekb-query-bench --db PATH --corpus DIR [--queries FILE] [--warmup 1] [--reps 3]\n"
               "                          [--verify N] [--summary FILE]\n"
               "  --corpus   taxonomy.yaml and cases/ (the brute-force check reads the case files)\n"
               "  --queries  queries.txt of ../shared/bench/gen_queries.py; default: a built-in mix\n"
               "  --verify   how many queries (spread over the file) to check against brute force; default all, 0 none\n"
               "  --summary  also write the figures as 'label<TAB>value' lines (for scripts/bench)\n"
               "  --clock    wall (default) or cpu: time each search by the thread's CPU time\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, corpus, queries_path, summary_path;
  int warmup = 1, reps = 3, verify = -1;  // -1: check every query
  bool cpu_clock = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") return print_usage(), kExitOk;
    if (i + 1 >= argc) return print_usage(), kExitUsage;
    const std::string value = argv[++i];
    try {
      if (arg == "--db") db = value;
      else if (arg == "--corpus") corpus = value;
      else if (arg == "--queries") queries_path = value;
      else if (arg == "--summary") summary_path = value;
      else if (arg == "--warmup") warmup = std::stoi(value);
      else if (arg == "--reps") reps = std::stoi(value);
      else if (arg == "--verify") verify = std::stoi(value);
      else if (arg == "--clock" && (value == "wall" || value == "cpu")) cpu_clock = value == "cpu";
      else return print_usage(), kExitUsage;
    } catch (const std::exception&) {
      return print_usage(), kExitUsage;
    }
  }
  if (db.empty() || corpus.empty() || warmup < 0 || reps < 1 || verify < -1) return print_usage(), kExitUsage;

  casekb::Problems problems;
  std::optional<casekb::Taxonomy> taxonomy = casekb::Taxonomy::load(corpus + "/taxonomy.yaml", problems);
  if (!taxonomy) {
    std::cerr << corpus << "/taxonomy.yaml cannot be read; using the built-in vocabularies\n";
    taxonomy = casekb::Taxonomy::builtin();
  }
  std::string query_text(kBuiltinQueries), error;
  if (!queries_path.empty()) {
    const auto text = read_file(queries_path);
    if (!text) return std::cerr << "cannot read " << queries_path << '\n', kExitFatal;
    query_text = *text;
  }
  const auto queries = parse_queries(query_text, *taxonomy, error);
  if (!queries || queries->empty()) {
    std::cerr << (queries_path.empty() ? "built-in queries" : queries_path) << ": " << (error.empty() ? "no queries" : error) << '\n';
    return kExitFatal;
  }

#ifdef CASEKB_BENCH_CURRENT_CORE
  // Synonyms as the server uses them (corpus/synonyms.yaml when present).
  casekb::Synonyms synonyms;
  if (fs::exists(corpus + "/synonyms.yaml")) {
    auto loaded = casekb::Synonyms::load(corpus + "/synonyms.yaml", problems);
    if (!loaded) return std::cerr << corpus << "/synonyms.yaml cannot be read\n", kExitFatal;
    synonyms = std::move(*loaded);
  }
  casekb::SearchService service(db, *taxonomy, &synonyms);
  service.set_response_cache(false);  // every pass measures the search, not the cache
#else
  casekb::SearchService service(db, *taxonomy);
#endif
  if (auto open_error = service.open()) return std::cerr << error_text(*open_error) << '\n', kExitFatal;

  // Passes over the whole file, so that caches warm as they would under mixed traffic.
  std::vector<std::vector<double>> ms(queries->size());
  std::vector<casekb::SearchResponse> responses(queries->size());
  double measured_seconds = 0;
  for (int pass = 0; pass < warmup + reps; ++pass) {
    const auto pass_start = Clock::now();
    for (std::size_t i = 0; i < queries->size(); ++i) {
      const auto start = Clock::now();
      const double cpu_start = cpu_clock ? thread_cpu_ms() : 0;
      casekb::Outcome<casekb::SearchResponse> outcome = service.search((*queries)[i].request);
      const double cpu_stop = cpu_clock ? thread_cpu_ms() : 0;
      const auto stop = Clock::now();
      if (!outcome.value) {
        std::cerr << (*queries)[i].id << ": " << (outcome.error ? error_text(*outcome.error) : "no result") << '\n';
        return kExitFatal;
      }
      if (pass >= warmup) {
        ms[i].push_back(cpu_clock ? cpu_stop - cpu_start : std::chrono::duration<double, std::milli>(stop - start).count());
      }
      responses[i] = std::move(*outcome.value);
    }
    if (pass >= warmup) measured_seconds += std::chrono::duration<double>(Clock::now() - pass_start).count();
  }

  // Per-query medians, grouped by kind in the order the kinds first appear.
  std::vector<std::string> kinds;
  std::map<std::string, std::vector<double>> by_kind;
  std::vector<double> all;
  for (std::size_t i = 0; i < queries->size(); ++i) {
    const std::string& kind = (*queries)[i].kind;
    if (!by_kind.count(kind)) kinds.push_back(kind);
    by_kind[kind].push_back(median(ms[i]));
    all.push_back(median(ms[i]));
  }
  kinds.push_back("all");
  by_kind["all"] = all;

  std::ostringstream summary;
  std::printf("casekb-query-bench: %zu documents, %zu queries, %d warm-up + %d measured passes, top %d + exact total "
              "+ %zu facet counts\n",
              service.document_count(), queries->size(), warmup, reps, kResultSize, casekb::kFacetCount);
  std::printf("%-12s %7s %9s %9s %9s %9s\n", "kind", "queries", "p50 ms", "p95 ms", "p99 ms", "max ms");
  for (const std::string& kind : kinds) {
    const auto& v = by_kind[kind];
    const double p50 = percentile(v, 50), p95 = percentile(v, 95), p99 = percentile(v, 99);
    std::printf("%-12s %7zu %9.2f %9.2f %9.2f %9.2f\n", kind.c_str(), v.size(), p50, p95, p99, percentile(v, 100));
    char line[160];
    std::snprintf(line, sizeof line, "query ms p50/p95/p99 %s\t%.2f / %.2f / %.2f\n", kind.c_str(), p50, p95, p99);
    summary << line;
  }
  const double per_second = static_cast<double>(queries->size()) * reps / measured_seconds;
  std::printf("queries/s: %.0f (one thread)\n", per_second);
  summary << "queries/s (1 thread)\t" << static_cast<long>(per_second) << '\n';

  if (verify < 0 || static_cast<std::size_t>(verify) > queries->size()) verify = static_cast<int>(queries->size());
  if (verify > 0) {
    const auto cases = load_cases(corpus, *taxonomy);
    if (!cases) return std::cerr << "cannot read " << corpus << "/cases\n", kExitFatal;
    const std::size_t step = std::max<std::size_t>(1, queries->size() / static_cast<std::size_t>(verify));
    // More hits than brute force can be by design (synonyms, inflected forms) or
    // over-matching; fewer means cases that contain the words were missed.
    std::size_t checked = 0, agreed = 0, fewer = 0, more = 0;
    std::ostringstream mismatches;
    for (std::size_t i = 0; i < queries->size() && checked < static_cast<std::size_t>(verify); i += step, ++checked) {
      const Expected expected = brute_force((*queries)[i], *cases);
      const std::string differences = compare(responses[i], expected);
      if (differences.empty()) {
        ++agreed;
        continue;
      }
      fewer += responses[i].total < expected.total;
      more += responses[i].total > expected.total;
      mismatches << "  " << (*queries)[i].line << "\n    " << differences << '\n';
    }
    std::printf("brute-force check over %zu case files (total and disjunctive facet counts; substring match on "
                "title, business and body after NFKC and case folding): %zu of %zu queries agree, %zu find fewer, "
                "%zu find more\n%s",
                cases->size(), agreed, checked, fewer, more, mismatches.str().c_str());
    summary << "brute-force check\t" << agreed << "/" << checked << " agree, " << fewer << " fewer, " << more
            << " more\n";
  }

  if (!summary_path.empty()) {
    std::ofstream out(summary_path, std::ios::app);
    out << summary.str();
    if (!out) return std::cerr << "cannot write " << summary_path << '\n', kExitFatal;
  }
  return kExitOk;
}
