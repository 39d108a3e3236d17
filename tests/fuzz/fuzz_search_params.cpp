// Fuzz target: URL and form decoding (server/url) and the search parameters
// (server/search_params) over a request made of fuzzed key=value pairs, as
// cpp-httplib hands a query string to the routes.
//
// The input is a query string: pairs split at '&', key and value at the first
// '=', each decoded with decode_url_component. It is also read as a form body.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "search_params.h"
#include "url.h"
#include "web.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  casekb::WebRequest request;
  request.path = "/api/search";
  for (std::size_t start = 0; start <= input.size();) {
    std::size_t end = input.find('&', start);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view pair = input.substr(start, end - start);
    const std::size_t equals = pair.find('=');
    std::string key = casekb::decode_url_component(pair.substr(0, equals));
    std::string value = equals == std::string_view::npos ? "" : casekb::decode_url_component(pair.substr(equals + 1));
    // Decoding never grows the text, and encoding gives it back unchanged.
    casekb::fuzz::require(key.size() <= pair.size() && value.size() <= pair.size(), "decoding grew the text");
    casekb::fuzz::require(casekb::decode_url_component(casekb::encode_url_component(value)) == value,
                          "encode then decode changed a value");
    request.params.emplace(std::move(key), std::move(value));
    start = end + 1;
  }

  const casekb::SearchParams params = casekb::parse_search_params(request);
  casekb::fuzz::require(params.request.has_value() != params.error.has_value(), "neither a request nor an error");
  if (params.error) {
    casekb::fuzz::require(!params.error->code.empty() && !params.error->message.empty(), "an error without code or message");
  } else {
    const casekb::SearchRequest& search = *params.request;
    casekb::fuzz::require(search.page >= 1 && search.page <= casekb::kMaxPage, "page out of range");
    casekb::fuzz::require(search.size >= 1 && search.size <= casekb::kMaxPageSize, "size out of range");
    // The links a results page builds from the request read back as the same request.
    casekb::WebRequest again;
    const std::string url = casekb::build_url("/search", casekb::search_request_params(search));
    const std::size_t query = url.find('?');
    const std::string_view rest = query == std::string::npos ? std::string_view() : std::string_view(url).substr(query + 1);
    for (std::size_t start = 0; start < rest.size();) {
      std::size_t end = rest.find('&', start);
      if (end == std::string_view::npos) end = rest.size();
      const std::string_view pair = rest.substr(start, end - start);
      const std::size_t equals = pair.find('=');
      again.params.emplace(casekb::decode_url_component(pair.substr(0, equals)),
                           casekb::decode_url_component(pair.substr(equals + 1)));
      start = end + 1;
    }
    const casekb::SearchParams reread = casekb::parse_search_params(again);
    casekb::fuzz::require(reread.request.has_value(), "a link built from a valid request is refused");
    casekb::fuzz::require(reread.request->query == search.query && reread.request->filters == search.filters &&
                              reread.request->page == search.page && reread.request->size == search.size &&
                              reread.request->sort == search.sort,
                          "a link built from a request reads back as another request");
  }

  (void)casekb::form_value(input, "text");
  (void)casekb::form_value(input, "q");
  return 0;
}
