// own_words.h: the requester's own words in a mail body. Cuts quoted history (Gmail/Yahoo/Apple
// "On ... wrote:", Indonesian "Pada ... menulis:", Outlook "-----Original Message-----",
// "-----Pesan Asli-----" and From:/Sent:/To:/Subject: or Dari:/Dikirim:/Kepada:/Perihal: blocks,
// '>' lines), phone and app footers ("Sent from my iPhone", "Dikirim dari Yahoo Mail di Android",
// "Get Outlook for Android"), the Avast footer and recognisable disclaimers. The signature block is
// kept: many requesters introduce themselves only there.
// A forwarded mail ("---------- Forwarded message ---------", "Begin forwarded message:", an
// Outlook block under a "Fw:" subject) is split into the forwarder's note and the original message.
// Not for: deciding who the requester is (introduction.h) or what they want (request_detail.h).
// Limits: reads at most text::kMaxScanBytes; linear in the input, no regex, no recursion beyond one
// forwarded level.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parsers/decoded_mail.h"

namespace pst {

struct OwnWords {
  /// The own words: for a forward, the original sender's words; else the sender's.
  std::string text;
  bool cut_history = false;      // quoted history or a forwarded block was found
  bool forwarded = false;
  std::string forward_note;      // for a forward: what the forwarder wrote above it
  std::optional<Address> forwarded_from;  // for a forward: the original From, when readable
  std::string forwarded_subject;
  std::string forwarded_to;      // for a forward: the original To line's value, as written
};

/// `subject` helps to tell a forward ("Fw:", "Fwd:", "TR:") quoted in Outlook's style from a reply.
[[nodiscard]] OwnWords extract_own_words(std::string_view body, std::string_view subject = {});

/// The own words of a decoded mail: its body's; for a mail that carries another as an attachment
/// (message/rfc822) and forwards nothing inline, the attached mail's (when it has any), with the
/// forwarder's words as forward_note. What analyse() reads and what an officer is shown (pstq show).
[[nodiscard]] OwnWords own_words_of(const DecodedMail& mail);

/// True for "Fwd:", "Fw:", "TR:", "Wg:" (after any "Re:"), case-insensitive.
[[nodiscard]] bool subject_is_forward(std::string_view subject);
/// Whether a subject answers a mail: a reply prefix ("Re:", "Bls:") or a ticket's tag (any office prefix:
/// parse_ticket_number), after any other tags.
[[nodiscard]] bool subject_is_reply(std::string_view subject);

}  // namespace pst
