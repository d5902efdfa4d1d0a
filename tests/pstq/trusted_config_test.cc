// trusted_config_test.cc: which configuration pstq may use, and with which rights (issue 15,
// item 1): the pure choice for root and for anyone else, and the ownership check of the installed
// file. The setgid behaviour itself is tests/pstq/setgid_test.cc.
#include "pstq/trusted_config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace pst::pstq {
namespace {

constexpr const char* kInstalled = "/etc/pstmail/pstmail.yaml";

TEST(TrustedConfig, RootMayNameAnyConfiguration) {
  ConfigChoice c = choose_config(0, std::string("/tmp/a.yaml"), std::string("/tmp/b.yaml"), kInstalled);
  EXPECT_EQ(c.path, "/tmp/a.yaml");
  EXPECT_FALSE(c.drop_group);
  EXPECT_TRUE(c.trust_environment);
  EXPECT_EQ(choose_config(0, std::nullopt, std::string("/tmp/b.yaml"), kInstalled).path, "/tmp/b.yaml");
  EXPECT_EQ(choose_config(0, std::nullopt, std::nullopt, kInstalled).path, kInstalled);
}

TEST(TrustedConfig, AnyoneElseGetsTheInstalledFileCheckedAndNoEnvironment) {
  ConfigChoice c = choose_config(1000, std::nullopt, std::string("/home/o/evil.yaml"), kInstalled);
  EXPECT_EQ(c.path, kInstalled);
  EXPECT_TRUE(c.check_ownership);
  EXPECT_FALSE(c.trust_environment);
  EXPECT_FALSE(c.drop_group);
  EXPECT_NE(c.note.find("$PSTMAIL_CONFIG ignored"), std::string::npos);
  // The installed file named explicitly (the remind unit does) is the installed file, silently.
  c = choose_config(1000, std::string("/etc/pstmail/../pstmail/pstmail.yaml"), std::string(kInstalled), kInstalled);
  EXPECT_EQ(c.path, kInstalled);
  EXPECT_TRUE(c.check_ownership);
  EXPECT_TRUE(c.note.empty()) << c.note;
}

TEST(TrustedConfig, AnOwnConfigurationCostsTheGroup) {
  ConfigChoice c = choose_config(1000, std::string("/home/o/evil.yaml"), std::nullopt, kInstalled);
  EXPECT_EQ(c.path, "/home/o/evil.yaml");
  EXPECT_TRUE(c.drop_group);
  EXPECT_FALSE(c.check_ownership);
}

TEST(TrustedConfig, OwnershipCheckRefusesLooseFilesAndFolders) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to own the files";
  namespace fs = std::filesystem;
  EXPECT_NE(untrusted_config_reason("relative.yaml"), std::nullopt);
  // /tmp is writable by others: a file there is never trusted.
  const fs::path tmp = fs::temp_directory_path() / ("pst-trust-" + std::to_string(::getpid()) + ".yaml");
  std::ofstream(tmp) << "x: 1\n";
  ::chmod(tmp.c_str(), 0644);
  auto why = untrusted_config_reason(tmp.string());
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("/tmp: writable by"), std::string::npos) << *why;
  fs::remove(tmp);
  // A root-owned folder chain: /etc is; a file made group-writable is refused, 0644 is not.
  const fs::path dir = fs::path("/run") / ("pst-trust-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ::chmod(dir.c_str(), 0755);
  const fs::path f = dir / "pstmail.yaml";
  std::ofstream(f) << "x: 1\n";
  ::chmod(f.c_str(), 0644);
  EXPECT_EQ(untrusted_config_reason(f.string()), std::nullopt);
  ::chmod(f.c_str(), 0664);
  why = untrusted_config_reason(f.string());
  EXPECT_TRUE(why && why->find("writable by its group") != std::string::npos);
  ::chmod(f.c_str(), 0644);
  fs::create_symlink(f, dir / "link.yaml");
  why = untrusted_config_reason((dir / "link.yaml").string());
  EXPECT_TRUE(why && why->find("symbolic link") != std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace pst::pstq
