// draft_test.cc: the editor's draft laid out like `git commit` (issue 19): what is above the
// scissors is the officer's text, '#' lines included; what is below is ignored; the facts and the
// quoted mail below it are cleaned; the editor is chosen in Debian's order.
#include "pstq/draft.h"

#include <gtest/gtest.h>

namespace pst::pstq {
namespace {

DraftFacts facts() {
  DraftFacts f;
  f.what = "Reply to the requester of";
  f.ticket = "PST-2026-00042";
  f.subject = "Permohonan data IPM";
  f.requester = "Putu Ayu <putu@example.ac.id>";
  f.institution = "Universitas Udayana";
  f.request = "data IPM Kabupaten Jembrana 2024";
  f.due = "2026-12-07 15:30 WITA";
  f.latest_from = "putu@example.ac.id, 2026-12-03 09:12";
  f.latest_text = "Selamat pagi,\nmohon data IPM.\n\x1b]0;evil\x07Terima kasih";
  return f;
}

TEST(Draft, TemplateStartsEmptyAndShowsTheFactsBelowTheScissors) {
  const std::string t = draft_template(facts());
  EXPECT_EQ(t.rfind("\n\n" + std::string(kScissors) + "\n", 0), 0u) << t;
  for (const char* part : {"PST-2026-00042", "Universitas Udayana", "data IPM Kabupaten Jembrana 2024",
                           "2026-12-07 15:30 WITA", "# > mohon data IPM.", "Putu Ayu <putu@example.ac.id>"})
    EXPECT_NE(t.find(part), std::string::npos) << part << "\n" << t;
  EXPECT_EQ(t.find('\x1b'), std::string::npos) << "the requester's escape reached the officer's editor";
  EXPECT_EQ(text_above_scissors(t), "") << "the untouched template is empty";
}

TEST(Draft, EverythingAboveTheScissorsIsTheTextHashLinesIncluded) {
  const std::string t = draft_template(facts());
  EXPECT_EQ(text_above_scissors("\nData IPM terlampir.\n#1 tabel per kecamatan\n\nSalam,\nMade\n" + t.substr(1)),
            "Data IPM terlampir.\n#1 tabel per kecamatan\n\nSalam,\nMade\n");
  // Typed on the first line; CRLF; trailing spaces on the scissors line (some editors add them).
  EXPECT_EQ(text_above_scissors("Baik.\r\n\r\n" + std::string(kScissors) + "  \r\n# x\n"), "Baik.\n");
  // Without the scissors (deleted by the officer) nothing is dropped.
  EXPECT_EQ(text_above_scissors("# hashtag #IPM\nisi\n"), "# hashtag #IPM\nisi\n");
  // Only the first scissors line counts: a second one below is ignored with the rest.
  EXPECT_EQ(text_above_scissors("a\n" + std::string(kScissors) + "\nb\n" + std::string(kScissors) + "\n"), "a\n");
  EXPECT_TRUE(is_blank(text_above_scissors(" \n\t\n" + t)));
}

TEST(Draft, QuotedMailIsCut) {
  DraftFacts f = facts();
  f.latest_text.clear();
  for (int i = 0; i < 100; ++i) f.latest_text += "baris " + std::to_string(i) + "\n";
  const std::string t = draft_template(f, 10);
  EXPECT_NE(t.find("# > baris 9\n"), std::string::npos);
  EXPECT_EQ(t.find("# > baris 10\n"), std::string::npos);
  EXPECT_NE(t.find("# > [...]"), std::string::npos);
}

TEST(Draft, EditorIsVisualThenEditorThenSensibleEditorThenVi) {
  EXPECT_EQ(choose_editor(std::string("nano"), std::string("vim"), true), "nano");
  EXPECT_EQ(choose_editor(std::string(""), std::string("vim -u NONE"), true), "vim -u NONE");
  EXPECT_EQ(choose_editor(std::nullopt, std::nullopt, true), "sensible-editor");
  EXPECT_EQ(choose_editor(std::nullopt, std::string(" "), false), "vi");
}

}  // namespace
}  // namespace pst::pstq
