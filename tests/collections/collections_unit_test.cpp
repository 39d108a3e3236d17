// Small modules of the trainers' pages beside their tests: the ZIP writer,
// CSS and XML escaping, and what the page cache may keep.
#include <gtest/gtest.h>

#include "feed.h"
#include "handout.h"
#include "page_cache.h"
#include "test_support.h"
#include "zip_writer.h"

namespace casekb {

TEST(ZipWriter, Crc32_IsTheIsoCheckValue) {
  EXPECT_EQ(crc32_of("123456789"), 0xCBF43926u);
  EXPECT_EQ(crc32_of(""), 0u);
}

TEST(ZipWriter, AnArchive_IsReadBackByPythonsZipfile_WithItsUtf8NamesAndBytes) {
  ZipWriter zip;
  zip.add("casekb-x/index.html", "<p>表紙</p>");
  zip.add("casekb-x/01-事例.html", std::string("a\0b", 3));
  testing::TempDir dir;
  const std::string path = dir.str() + "/a.zip";
  testing::write_file(path, zip.finish());
  const auto listed = testing::run_command(
      "python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; "
      "print(\"|\".join(i.filename + \":\" + str(i.file_size) for i in z.infolist())); "
      "print(z.read(\"casekb-x/index.html\").decode())' " + testing::quote(path));
  ASSERT_EQ(listed.exit_code, 0) << listed.output;
  EXPECT_EQ(listed.output, "casekb-x/index.html:13|casekb-x/01-事例.html:3\n<p>表紙</p>\n");
}

TEST(ZipWriter, NamesThatWouldUnpackOutsideTheFolder_AreRefused) {
  for (const char* name : {"casekb-0123/01-a.html", "a.css", "casekb-x/sub/file.html"}) {
    EXPECT_TRUE(is_safe_zip_name(name)) << name;
  }
  for (const char* name : {"", "/etc/passwd", "../x.html", "casekb-x/../../x", "casekb-x/./a", "casekb-x//a", "a\\..\\b",
                           "C:/x", "casekb-x/", "a\nb"}) {
    EXPECT_FALSE(is_safe_zip_name(name)) << name;
  }
  ZipWriter zip;
  EXPECT_FALSE(zip.add("casekb-x/../../evil.html", "x"));
  EXPECT_TRUE(zip.add("casekb-x/ok.html", "x"));
}

TEST(HandoutCss, StringsCannotCloseTheirLiteral) {
  EXPECT_EQ(css_string("講座 \"A\" \\ </style>"), "講座 \\22 A\\22  \\5c  \\3c /style\\3e ");
  EXPECT_EQ(css_string("改行\nなし"), "改行\\0a なし");
}

TEST(Feed, XmlEscaping_CoversMarkupAndDropsWhatXmlForbids) {
  EXPECT_EQ(escape_xml("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  EXPECT_EQ(escape_xml(std::string("a\x01\x1f b\tc\n", 8)), "a b\tc\n");
}

TEST(PageCache, WallsAndTheFeedAreKept_CollectionsNever) {
  WebRequest request;
  for (const char* path : {"/walls", "/feed.xml"}) {
    request.path = path;
    EXPECT_TRUE(is_cacheable(request)) << path;
  }
  for (const char* path : {"/collections", "/collections/0123456789abcdef", "/collections/0123456789abcdef/handout",
                           "/collections/0123456789abcdef/handout.zip", "/api/collections",
                           "/api/collections/0123456789abcdef"}) {
    request.path = path;
    EXPECT_FALSE(is_cacheable(request)) << path;
  }
  request.path = "/walls";
  request.cookies["casekb_session"] = "x.y";
  EXPECT_FALSE(is_cacheable(request));
}

}  // namespace casekb
