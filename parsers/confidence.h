// confidence.h: how sure the reading of one request is, field by field, and what speaks against a
// "missing" verdict. The introduction and request detectors say found or missing; this looks at the
// own words again for evidence they did not use: the sender's own name written in the text, an
// organisation word followed by a name, a name-shaped last line, an attached file, thanks for
// something received with no question (also set as p.thanks_for_received: the intake keeps such a
// mail on the sender's latest ticket instead of opening one). (A question alone is no evidence of a
// request: "bisa dibantu?" asks nothing concrete.)
// A missing verdict with such evidence is unsure: the daemon then does not ask the requester for
// completion but starts the clock and asks an officer to check the introduction (queue/intake).
// The figures are ranks of evidence (0.9 sure, 0.4 doubtful), not calibrated probabilities.
// Pure; table-tested in tests/parsers/confidence_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parsers/parsed_mail.h"

namespace pst {

inline constexpr double kSure = 0.9;
inline constexpr double kDoubtful = 0.4;
/// A missing verdict below this is not acted on without an officer.
inline constexpr double kActOnMissing = 0.6;

class WordsView;
/// Fills p.confidence, p.doubts and p.thanks_for_received from the own words as the detectors read
/// them, and the mail.
void assess_confidence(ParsedMail& p, const WordsView& words);
/// The same for a text not read yet (tests).
void assess_confidence(ParsedMail& p, std::string_view head);

/// True when some field is missing and its verdict is doubtful: an officer should check the reading.
[[nodiscard]] bool missing_is_unsure(const ParsedMail& p);

}  // namespace pst
