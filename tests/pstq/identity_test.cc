// identity_test.cc: who may do what (pstq/identity.h), with injected uid and login.
#include "pstq/identity.h"

#include <gtest/gtest.h>

namespace pst::pstq {
namespace {

Config config() {
  Config c;
  c.path = "/etc/pstmail/pstmail.yaml";
  c.officers = {{"made", "I Made Sudarma", "made@example.test", "officer"},
                {"wayan", "I Wayan", "wayan@example.test", "officer"},
                {"ayu", "Ni Luh Ayu", "ayu@example.test", "supervisor"}};
  return c;
}

Ticket ticket(std::optional<std::string> officer) {
  Ticket t;
  t.number = "PST-2026-00042";
  t.officer = std::move(officer);
  return t;
}

struct Case {
  const char* name;
  uid_t uid;
  const char* login;
  std::optional<std::string> as;
  bool allowed;
  const char* acting;   // expected login
  Role role;
  const char* refusal;  // substring of the refusal
};

class IdentityTable : public ::testing::TestWithParam<Case> {};

TEST_P(IdentityTable, Resolves) {
  const Case& c = GetParam();
  IdentityResult r = resolve_identity(config(), c.uid, c.login, c.as);
  ASSERT_EQ(r.identity.has_value(), c.allowed) << r.refusal;
  if (c.allowed) {
    EXPECT_EQ(r.identity->login, c.acting);
    EXPECT_EQ(r.identity->role, c.role);
  } else {
    EXPECT_NE(r.refusal.find(c.refusal), std::string::npos) << r.refusal;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, IdentityTable,
    ::testing::Values(
        Case{"officer", 1001, "made", std::nullopt, true, "made", Role::officer, ""},
        Case{"supervisor", 1003, "ayu", std::nullopt, true, "ayu", Role::supervisor, ""},
        Case{"supervisor_as_officer", 1003, "ayu", "made", true, "made", Role::officer, ""},
        Case{"root", 0, "root", std::nullopt, true, "root", Role::supervisor, ""},
        Case{"root_as", 0, "root", "wayan", true, "wayan", Role::officer, ""},
        Case{"service", 998, "pstmail", std::nullopt, true, "pstmail", Role::service, ""},
        Case{"stranger", 1050, "bob", std::nullopt, false, "", Role::officer,
             "user \"bob\" is not an officer of this service (no officers[].login \"bob\" in "
             "/etc/pstmail/pstmail.yaml); ask the supervisor to add you"},
        Case{"officer_as", 1001, "made", "ayu", false, "", Role::officer,
             "--as is for supervisors only; \"made\" is an officer"},
        Case{"service_as", 998, "pstmail", "made", false, "", Role::officer, "--as is for supervisors only"},
        Case{"as_unknown", 0, "root", "bob", false, "", Role::officer, "--as bob: no officers[].login \"bob\""}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(RefuseTicket, OfficerOwnAndUnassignedOnlySupervisorAll) {
  Identity made{"made", "made", Role::officer};
  Identity ayu{"ayu", "ayu", Role::supervisor};
  Identity service{"pstmail", "pstmail", Role::service};
  EXPECT_FALSE(refuse_ticket(made, ticket("made")));
  EXPECT_FALSE(refuse_ticket(made, ticket(std::nullopt)));
  EXPECT_EQ(refuse_ticket(made, ticket("wayan")).value_or(""),
            "PST-2026-00042 belongs to wayan; officers act on their own and unassigned tickets (ask a supervisor "
            "to assign it to you)");
  EXPECT_FALSE(refuse_ticket(ayu, ticket("wayan")));
  EXPECT_FALSE(refuse_ticket(ayu, ticket(std::nullopt)));
  EXPECT_TRUE(refuse_ticket(service, ticket(std::nullopt)));
}

TEST(RefuseVerb, ServiceUserOnlyRemindReportStatusAndBackup) {
  Identity service{"pstmail", "pstmail", Role::service};
  Identity made{"made", "made", Role::officer};
  EXPECT_FALSE(refuse_verb(service, "remind"));
  EXPECT_FALSE(refuse_verb(service, "report"));
  EXPECT_FALSE(refuse_verb(service, "status"));  // monitoring runs as the service user
  EXPECT_FALSE(refuse_verb(service, "backup"));  // so may a backup timer
  EXPECT_EQ(refuse_verb(service, "purge").value_or(""),
            "the service user \"pstmail\" may run only remind, report, status and backup, not purge");
  EXPECT_EQ(refuse_verb(service, "list").value_or(""),
            "the service user \"pstmail\" may run only remind, report, status and backup, not list");
  EXPECT_FALSE(refuse_verb(made, "list"));
}

}  // namespace
}  // namespace pst::pstq
