// What the publishing and collections pages share about HTML form posts: the
// content type they must carry, the text they send, and the 303 that follows.
#pragma once

#include <string>

#include "web.h"

namespace casekb {

// Whether the request's body is application/x-www-form-urlencoded (any case,
// parameters such as charset ignored).
bool is_form(const WebRequest& request);

// `text` with CRLF line ends as LF: textareas send CRLF, case files and the
// state database keep LF.
std::string lf_only(const std::string& text);

// 303 See Other to `location`, never kept by caches: the answer to a form post.
WebResponse redirect(const std::string& location);

}  // namespace casekb
