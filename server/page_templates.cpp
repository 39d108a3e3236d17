// Loading and expanding the compiled-in templates; the shared page layout.
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

namespace {

// How a role is named in the page header.
const char* role_label(Role role) {
  switch (role) {
    case Role::kAuthor: return "著者";
    case Role::kReviewer: return "査読者";
    case Role::kTrainer: return "研修担当";
    case Role::kAdmin: return "管理者";
  }
  return "";
}

}  // namespace

Page::Page(const std::string& title, const char* main_template, const Accounts::Session* session,
           const std::string& stylesheet) {
  root.SetValue("TITLE", title);
  if (!stylesheet.empty()) root.AddSectionDictionary("EXTRA_CSS")->SetValue("URL", stylesheet);
  main = root.AddIncludeDictionary("MAIN");
  main->SetFilename(main_template);
  if (session) {
    ctemplate::TemplateDictionary* in = root.AddSectionDictionary("SIGNED_IN");
    in->SetValue("LOGIN", session->account.login);
    in->SetValue("ROLE_LABEL", role_label(session->account.role));
    in->SetValue("OFFICE", session->account.office);
    in->SetValue("CSRF", session->csrf);
    if (session->account.role == Role::kReviewer || session->account.role == Role::kAdmin) in->ShowSection("REVIEWER");
    // Trainers write no drafts: their pages are the collections, already in the header.
    if (session->account.role != Role::kTrainer) in->ShowSection("WRITER");
    main->SetValue("CSRF", session->csrf);
  } else {
    root.ShowSection("SIGNED_OUT");
  }
}

void Page::noindex() { root.ShowSection("NOINDEX"); }

void Page::flash(const std::string& text, const char* kind) {
  ctemplate::TemplateDictionary* f = root.AddSectionDictionary("FLASH");
  f->SetValue("TEXT", text);
  f->SetValue("KIND", kind);
}

WebResponse Page::render() const {
  WebResponse response;
  response.status = status;
  response.body = expand_page_template("layout.tpl", root);
  response.headers = headers;
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

}  // namespace casekb
