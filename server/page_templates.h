// The compiled-in ctemplate templates (server/templates/*.tpl) for the pages
// that render with them outside publishing_pages: the collections, the handout
// and /walls. Every template declares AUTOESCAPE context="HTML".
#pragma once

#include <ctemplate/template.h>

#include <string>

namespace casekb {

// Puts every template into ctemplate's cache, once per process (a template the
// publishing pages put there already stays as it is).
void load_page_templates();

// The expansion of template `name`.
std::string expand_page_template(const std::string& name, const ctemplate::TemplateDictionary& dictionary);

}  // namespace casekb
