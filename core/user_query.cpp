// User query parsing and Xapian query construction.
#include "user_query.h"

#include "normalize.h"
#include "tokenizer.h"
#include "utf8.h"

namespace casekb {

namespace {

// Opening and closing quote marks that make a phrase (after NFKC).
struct QuotePair {
  std::string_view open;
  std::string_view close;
};
constexpr QuotePair kQuotes[] = {{"\"", "\""}, {"\u201C", "\u201D"}, {"\u300C", "\u300D"}, {"\u300E", "\u300F"}};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void add_clause(UserQuery& query, std::string text, bool phrase, bool excluded) {
  if (text.empty() || query.clauses.size() >= kMaxQueryClauses) return;
  query.clauses.push_back({std::move(text), phrase, excluded});
}

}  // namespace

bool UserQuery::has_positive() const {
  for (const QueryClause& c : clauses) {
    if (!c.excluded) return true;
  }
  return false;
}

UserQuery parse_user_query(std::string_view raw) {
  UserQuery query;
  const std::string text = normalize_for_search(truncate_utf8(raw, kMaxQueryBytes));
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    bool excluded = false;
    if (text[i] == '-') {
      excluded = true;
      ++i;
      if (i >= text.size() || is_space(text[i])) continue;  // a lone "-" means nothing
    }
    const QuotePair* quote = nullptr;
    for (const QuotePair& q : kQuotes) {
      if (text.compare(i, q.open.size(), q.open) == 0) quote = &q;
    }
    if (quote) {
      const std::size_t start = i + quote->open.size();
      const std::size_t end = text.find(quote->close, start);
      if (end != std::string::npos) {
        add_clause(query, text.substr(start, end - start), true, excluded);
        i = end + quote->close.size();
        continue;
      }
      i = start;  // unbalanced quote: ignore the mark, read plain words
      if (i >= text.size()) break;
    }
    std::size_t end = i;
    while (end < text.size() && !is_space(text[end])) ++end;
    std::string word = text.substr(i, end - i);
    // Stray quote marks inside a word are not syntax.
    for (const QuotePair& q : kQuotes) {
      for (std::string_view mark : {q.open, q.close}) {
        for (std::size_t at; (at = word.find(mark)) != std::string::npos;) word.erase(at, mark.size());
      }
    }
    add_clause(query, std::move(word), false, excluded);
    i = end;
  }
  return query;
}

namespace {

// A clause as a Xapian query: one term, or a phrase of its tokens. Returns an
// empty query when the clause has no indexable characters.
Xapian::Query clause_query(const QueryClause& clause) {
  std::vector<std::string> terms;
  unsigned first = 0, last = 0;
  tokenize(clause.text, 1, [&](const Token& token) {
    if (!token.positional) return;
    if (terms.empty()) first = token.position;
    last = token.position;
    terms.emplace_back(token.term);
  });
  if (terms.empty()) return Xapian::Query();
  if (terms.size() == 1) return Xapian::Query(terms.front());
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), last - first + 1);
}

}  // namespace

Xapian::Query build_text_query(const UserQuery& query) {
  std::vector<Xapian::Query> positive, negative;
  for (const QueryClause& clause : query.clauses) {
    Xapian::Query q = clause_query(clause);
    if (q.empty()) continue;
    (clause.excluded ? negative : positive).push_back(std::move(q));
  }
  Xapian::Query result = positive.empty()
                             ? Xapian::Query::MatchAll
                             : Xapian::Query(Xapian::Query::OP_AND, positive.begin(), positive.end());
  if (!negative.empty()) {
    result = Xapian::Query(Xapian::Query::OP_AND_NOT, result,
                           Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
  }
  return result;
}

std::vector<std::string> highlight_needles(const UserQuery& query) {
  std::vector<std::string> needles;
  for (const QueryClause& clause : query.clauses) {
    if (clause.excluded) continue;
    std::size_t i = 0;
    while (i < clause.text.size()) {
      while (i < clause.text.size() && is_space(clause.text[i])) ++i;
      std::size_t end = i;
      while (end < clause.text.size() && !is_space(clause.text[end])) ++end;
      if (end > i) needles.push_back(clause.text.substr(i, end - i));
      i = end;
    }
  }
  return needles;
}

}  // namespace casekb
