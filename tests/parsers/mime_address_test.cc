// mime_address_test.cc: address lists and message-id lists (parsers/mime_address.h).
#include <gtest/gtest.h>

#include "parsers/mime_address.h"

namespace pst {
namespace {

struct Case {
  const char* name;
  const char* in;
  std::vector<std::pair<std::string, std::string>> want;  // {address, name}
};

class AddressList : public ::testing::TestWithParam<Case> {};

TEST_P(AddressList, Parses) {
  const Case& c = GetParam();
  const std::vector<Address> got = parse_address_list(c.in);
  ASSERT_EQ(got.size(), c.want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].address, c.want[i].first) << i;
    EXPECT_EQ(got[i].name, c.want[i].second) << i;
  }
}

const Case kCases[] = {
    {"bare", "budi@Gmail.COM", {{"budi@gmail.com", ""}}},
    {"angle_only", "<Budi.S@BPS.go.id>", {{"Budi.S@bps.go.id", ""}}},
    {"name_angle", "Budi Santoso <budi@gmail.com>", {{"budi@gmail.com", "Budi Santoso"}}},
    {"quoted_name", "\"Santoso, Budi\" <budi@gmail.com>", {{"budi@gmail.com", "Santoso, Budi"}}},
    {"outlook_unquoted_comma", "Santoso, Budi <budi@gmail.com>", {{"budi@gmail.com", "Santoso, Budi"}}},
    {"encoded_name", "=?UTF-8?B?QW5kcsOp?= <andre@x.id>", {{"andre@x.id", "Andr\xC3\xA9"}}},
    {"quoted_encoded_name", "\"=?UTF-8?Q?Andr=C3=A9?=\" <andre@x.id>", {{"andre@x.id", "Andr\xC3\xA9"}}},
    {"escaped_quote", "\"Budi \\\"BS\\\" S\" <b@x.id>", {{"b@x.id", "Budi \"BS\" S"}}},
    {"comment_name", "budi@gmail.com (Budi Santoso)", {{"budi@gmail.com", "Budi Santoso"}}},
    {"list", "a@x.id, \"B\" <b@x.id>,c@x.id", {{"a@x.id", ""}, {"b@x.id", "B"}, {"c@x.id", ""}}},
    {"group", "Tim PST: a@x.id, b@x.id;, c@x.id", {{"a@x.id", ""}, {"b@x.id", ""}, {"c@x.id", ""}}},
    {"undisclosed_no_semicolon", "undisclosed-recipients:", {}},
    {"undisclosed_semicolon", "undisclosed-recipients:;", {}},
    {"mailer_daemon_local_only", "MAILER-DAEMON (Mail Delivery System)", {{"MAILER-DAEMON", "Mail Delivery System"}}},
    {"empty", "", {}},
    {"single_quoted_name", "'Budi' <b@x.id>", {{"b@x.id", "Budi"}}},
    {"name_only", "\"Tim Humas\"", {{"", "Tim Humas"}}},
    {"unclosed_angle", "Budi <budi@x.id", {{"budi@x.id", "Budi"}}},
};

INSTANTIATE_TEST_SUITE_P(AddressList, AddressList, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(MsgIdList, Parses) {
  EXPECT_EQ(parse_msg_id_list("<a@b> <c@d>"), (std::vector<std::string>{"a@b", "c@d"}));
  EXPECT_EQ(parse_msg_id_list("<a@b>\r\n\t<c@d>"), (std::vector<std::string>{"a@b", "c@d"}));
  EXPECT_EQ(parse_msg_id_list("a@b"), (std::vector<std::string>{"a@b"}));
  EXPECT_EQ(parse_msg_id_list("<a@b> (comment)"), (std::vector<std::string>{"a@b"}));
  EXPECT_TRUE(parse_msg_id_list("").empty());
}

TEST(AddressList, ThousandsOfAddressesBounded) {
  std::string v;
  for (int i = 0; i < 50000; ++i) v += "a" + std::to_string(i) + "@x.id, ";
  EXPECT_EQ(parse_address_list(v).size(), kMaxAddresses);
}

}  // namespace
}  // namespace pst
