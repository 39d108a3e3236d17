// Loading and expanding the compiled-in templates.
#include "page_templates.h"

#include <mutex>

#include "publishing_assets.h"

namespace casekb {

void load_page_templates() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (const PublishingAsset& t : publishing_templates()) {
      ctemplate::StringToTemplateCache(std::string(t.name), std::string(t.body), ctemplate::DO_NOT_STRIP);
    }
  });
}

std::string expand_page_template(const std::string& name, const ctemplate::TemplateDictionary& dictionary) {
  load_page_templates();
  std::string out;
  ctemplate::ExpandTemplate(name, ctemplate::DO_NOT_STRIP, &dictionary, &out);
  return out;
}

}  // namespace casekb
