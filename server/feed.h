// /feed.xml: an Atom feed (RFC 4287) of the newest cases, taking every search
// parameter of /search, so a trainer can follow 「事業承継 × 東北」. Entry ids
// are tag URIs of the case id (tag:casekb,2022:case/<id>) and never change.
#pragma once

#include "app.h"
#include "web.h"

namespace casekb {

WebResponse feed_atom(AppContext& app, const WebRequest& request);

// Text escaped for XML content and attribute values; characters XML 1.0 does
// not allow (controls but tab and line ends) are left out.
std::string escape_xml(std::string_view text);

}  // namespace casekb
