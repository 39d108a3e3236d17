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

TEST(Url, StartsWith_MatchesWholePrefixesOnly) {
  EXPECT_TRUE(starts_with("/cases/a", "/cases/"));
  EXPECT_TRUE(starts_with("/cases/", "/cases/"));
  EXPECT_TRUE(starts_with("/x", ""));
  EXPECT_FALSE(starts_with("/cases", "/cases/"));
  EXPECT_FALSE(starts_with("", "/"));
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

TEST(WebRequest, MediaType_IgnoresParametersAndCase) {
  WebRequest request;
  request.content_type = "Application/JSON ; charset=utf-8";
  EXPECT_TRUE(request.media_type_is({"application/json"}));
  EXPECT_TRUE(request.media_type_is({"text/plain", "application/json"}));
  request.content_type = "application/json-patch+json";
  EXPECT_FALSE(request.media_type_is({"application/json"}));
  request.content_type = "";
  EXPECT_FALSE(request.media_type_is({"application/json"}));
}

TEST(WebRequest, HeaderLookup_IgnoresCase) {
  WebRequest request;
  request.headers.emplace("if-match", "\"v1\"");
  EXPECT_EQ(request.header("If-Match"), "\"v1\"");
  EXPECT_EQ(request.header("Authorization"), "");
}

}  // namespace casekb

#include "page_cache.h"

namespace casekb {

TEST(PageCache, KeepsResponsesOfOneSnapshot_AndForgetsThemOnTheNext) {
  PageCache cache;
  auto response = std::make_shared<WebResponse>();
  response->body = "{}";
  cache.put(7, "/api/search\x1fq\x1e" "a", response);
  EXPECT_EQ(cache.get(7, "/api/search\x1fq\x1e" "a"), response);
  EXPECT_EQ(cache.get(8, "/api/search\x1fq\x1e" "a"), nullptr);  // a newer snapshot: not served
  cache.put(8, "/other", response);
  EXPECT_EQ(cache.get(7, "/api/search\x1fq\x1e" "a"), nullptr);
  cache.put(7, "/late", response);  // computed on an older snapshot: not kept
  EXPECT_EQ(cache.get(8, "/late"), nullptr);
}

TEST(PageCache, OnlyPublicGetsWithoutCredentials_AreCacheable) {
  WebRequest request;
  request.path = "/api/search";
  EXPECT_TRUE(is_cacheable(request));
  request.method = "POST";
  EXPECT_FALSE(is_cacheable(request));
  request.method = "GET";
  request.cookies["session"] = "x";
  EXPECT_FALSE(is_cacheable(request));
  request.cookies.clear();
  request.headers.emplace("authorization", "Bearer x");
  EXPECT_FALSE(is_cacheable(request));
  WebRequest drafts;
  drafts.path = "/api/drafts";
  EXPECT_FALSE(is_cacheable(drafts));
  WebRequest a, b;
  a.path = b.path = "/search";
  a.params.emplace("q", "x");
  b.params.emplace("q", "y");
  EXPECT_NE(page_cache_key(a), page_cache_key(b));
}

}  // namespace casekb
