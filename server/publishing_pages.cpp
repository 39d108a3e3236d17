// Publishing pages.
#include "publishing_pages.h"

#include "pages.h"

namespace casekb {

std::optional<PublishingRoute> find_publishing_page(const std::string&) { return std::nullopt; }

WebResponse page_withdrawn(const std::string& id, const std::string& reason) {
  return page_error(410, "事例「" + id + "」は取り下げられました。理由: " + reason);
}

}  // namespace casekb
