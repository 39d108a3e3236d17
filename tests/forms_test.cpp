// Form posts: which content types count as a form, line ends, the redirect after.
#include "forms.h"

#include <gtest/gtest.h>

namespace casekb {

namespace {

WebRequest with_type(const std::string& type) {
  WebRequest request;
  request.content_type = type;
  return request;
}

}  // namespace

TEST(Forms, IsForm_IgnoresCaseAndParameters_AndRefusesOtherTypes) {
  EXPECT_TRUE(is_form(with_type("application/x-www-form-urlencoded")));
  EXPECT_TRUE(is_form(with_type("Application/X-WWW-Form-Urlencoded ; charset=UTF-8")));
  EXPECT_FALSE(is_form(with_type("multipart/form-data; boundary=x")));
  EXPECT_FALSE(is_form(with_type("")));
}

TEST(Forms, LfOnly_TurnsCrlfIntoLf_AndKeepsLoneCr) {
  EXPECT_EQ(lf_only("a\r\nb\r\n"), "a\nb\n");
  EXPECT_EQ(lf_only("a\rb\r"), "a\rb\r");
}

TEST(Forms, Redirect_Is303ToTheLocation_WithoutBodyTypeOrCaching) {
  const WebResponse response = redirect("/drafts/x?done=1");
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(response.content_type, "");
  ASSERT_EQ(response.headers.size(), 2u);
  EXPECT_EQ(response.headers[0], std::make_pair(std::string("Location"), std::string("/drafts/x?done=1")));
  EXPECT_EQ(response.headers[1], std::make_pair(std::string("Cache-Control"), std::string("no-store")));
}

}  // namespace casekb
