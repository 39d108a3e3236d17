#include "url.h"

#include <gtest/gtest.h>

namespace casekb {

TEST(Url, EncodesEverythingButUnreserved) {
  EXPECT_EQ(encode_url_component("a b&c=d"), "a%20b%26c%3Dd");
  EXPECT_EQ(encode_url_component("製造業"), "%E8%A3%BD%E9%80%A0%E6%A5%AD");
}

TEST(Url, BuildSkipsEmptyValues) {
  EXPECT_EQ(build_url("/search", {{"q", ""}, {"wall", "見えない"}, {"page", "2"}}),
            "/search?wall=%E8%A6%8B%E3%81%88%E3%81%AA%E3%81%84&page=2");
}

TEST(Url, DecodesFormValues) {
  EXPECT_EQ(decode_url_component("a+b%E8%A3%BD%zz%"), "a b製%zz%");
  EXPECT_EQ(form_value("x=1&text=%E7%A4%BE%E5%93%A1+%E5%AF%BE%E8%A9%B1&y=2", "text"), "社員 対話");
  EXPECT_EQ(form_value("x=1", "text"), "");
}

}  // namespace casekb

#include "web.h"

namespace casekb {

TEST(WebRequest, Cookies_AreParsedAndTheFirstOfANameWins) {
  const auto cookies = parse_cookies("session=abc; csrf=\"x y\";  theme=dark ;session=evil; broken");
  EXPECT_EQ(cookies.at("session"), "abc");
  EXPECT_EQ(cookies.at("csrf"), "x y");
  EXPECT_EQ(cookies.at("theme"), "dark");
  EXPECT_EQ(cookies.count("broken"), 0u);
}

TEST(WebRequest, HeaderLookup_IgnoresCase) {
  WebRequest request;
  request.headers.emplace("if-match", "\"v1\"");
  EXPECT_EQ(request.header("If-Match"), "\"v1\"");
  EXPECT_EQ(request.header("Authorization"), "");
}

}  // namespace casekb
