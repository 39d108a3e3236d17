// The compiled-in ctemplate templates (server/templates/*.tpl) and the page
// layout the publishing and collections pages share. Every template declares
// AUTOESCAPE context="HTML", so each value is escaped for where it lands.
#pragma once

#include <ctemplate/template.h>

#include <string>
#include <utility>
#include <vector>

#include "web.h"
#include "workflow/accounts.h"

namespace casekb {

// Puts every template into ctemplate's cache, once per process.
void load_page_templates();

// The expansion of template `name`.
std::string expand_page_template(const std::string& name, const ctemplate::TemplateDictionary& dictionary);

// A page: layout.tpl around one main template, with the header of the signed-in
// session (its login, role, office and CSRF token, which the main template gets
// too) or the sign-in link when `session` is null; `stylesheet`, if not empty,
// is linked after the layout's own.
struct Page {
  Page(const std::string& title, const char* main_template, const Accounts::Session* session,
       const std::string& stylesheet = "");

  // Asks search engines not to index the page.
  void noindex();
  // A message above the main template; `kind` "info" or "error".
  void flash(const std::string& text, const char* kind = "info");
  // The page with `status` and `headers`, never kept by caches (it shows the session).
  WebResponse render() const;

  ctemplate::TemplateDictionary root{"layout"};
  ctemplate::TemplateDictionary* main;  // the main template's values; owned by root
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
};

}  // namespace casekb
