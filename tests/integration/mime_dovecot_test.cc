// mime_dovecot_test.cc: the golden outgoing mails (tests/compose/golden_mime/, built by compose/ with
// mimetic) as a real IMAP server reads them: Dovecot parses each into the parts we built (text/plain
// utf-8 first, then each attachment with its disposition and RFC 2231 name, continuations joined)
// and decodes the text to the template's words.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/harness/mailstack.h"

namespace pst::test {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

std::size_t occurrences(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (auto p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}

TEST(MimeDovecot, EveryGoldenMailParsesIntoThePartsWeBuilt) {
  MailStack stack;
  const fs::path golden = PSTMAIL_SOURCE_DIR "/tests/compose/golden_mime";
  const std::pair<const char*, const char*> mails[] = {
      {"acknowledgement.eml", "acknowledgement.id.txt"},
      {"request_completion.eml", "request_completion.id.txt"},
      {"officer_reply_attachments.eml", "officer_reply.id.txt"},
      {"closure.eml", "closure.id.txt"},
      {"reminder_digest.eml", "reminder_digest.id.txt"},
      {"escalation_digest.eml", "escalation_digest.en.txt"},
  };
  for (const auto& [eml, txt] : mails) stack.deliver(read(golden / eml));
  std::uint32_t uid = 0;
  for (const auto& [eml, txt] : mails) {
    ++uid;
    SCOPED_TRACE(eml);
    const std::string structure = stack.run(
        "doveadm", {"fetch", "-u", stack.user(), "imap.bodystructure", "mailbox", "INBOX", "uid", std::to_string(uid)});
    EXPECT_NE(structure.find("\"text\" \"plain\" (\"charset\" \"utf-8\")"), std::string::npos) << structure;
    // The template's text, decoded by Dovecot (its first paragraph is enough to show the decoding).
    const std::string rendered = read(fs::path(PSTMAIL_SOURCE_DIR "/tests/compose/golden") / txt);
    const auto body_start = rendered.find_first_not_of('\n', rendered.find('\n'));
    const std::string first_paragraph = rendered.substr(body_start, rendered.find("\n\n", body_start) - body_start);
    const std::string text = stack.run(
        "doveadm", {"fetch", "-u", stack.user(), "text.utf8", "mailbox", "INBOX", "uid", std::to_string(uid)});
    EXPECT_NE(text.find(first_paragraph), std::string::npos) << first_paragraph << "\n---\n" << text;
    if (std::string(eml) == "officer_reply_attachments.eml") {
      EXPECT_EQ(occurrences(structure, "(\"attachment\""), 3u) << structure;
      EXPECT_NE(structure.find("(\"filename*\" \"utf-8''Tabel%20PDRB%20D%C3%A9sa%20N%C3%A9gara%20%E2%80%93%20Jembrana"
                               "%202021-2025%20%28harga%20berlaku%20dan%20harga%20konstan%29.xlsx\")"),
                std::string::npos)
          << "RFC 2231 continuations joined by Dovecot: " << structure;
      EXPECT_NE(structure.find("(\"filename\" \"catatan metodologi.pdf\")"), std::string::npos) << structure;
    } else {
      EXPECT_EQ(structure.find("attachment"), std::string::npos) << structure;
    }
  }
}

}  // namespace
}  // namespace pst::test
