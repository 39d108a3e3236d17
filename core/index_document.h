// Turns a validated Case into a Xapian document: text terms with field
// prefixes, boolean facet terms, the date value and the stored data that lets a
// result or a case page be shown without reading the file again.
#pragma once

#include <string>

#include <xapian.h>

#include "case.h"

namespace casekb {

Xapian::Document make_index_document(const Case& c);

// The stored data of a document (JSON) back into a Case and, if snippet_text is
// given, the body's plain text (NFKC) kept for snippets. Returns false if the
// data is not casekb's.
bool case_from_document_data(const std::string& data, Case& c, std::string* snippet_text = nullptr);

}  // namespace casekb
