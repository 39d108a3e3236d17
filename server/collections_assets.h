// The stylesheets of the trainers' pages, compiled in (collections_assets.cmake):
// /static/collections.css for the collection and walls pages, and the printed
// handout's rules, which each handout's own stylesheet starts with.
#pragma once

#include <string_view>

namespace casekb {

std::string_view collections_stylesheet();
std::string_view handout_stylesheet();

}  // namespace casekb
