// analyse.h: what pstmail understands of one decoded mail - the composition of own_words,
// introduction, request_detail, rating, language and classify into a ParsedMail.
// A forwarded request counts as the original sender's: the introduction and request come from the
// forwarded message, and original_sender holds its From.
// Not for: MIME decoding (mime_decode.h) or anything with I/O; this is a pure function.
// Limits: the language layer reads at most text::kMaxScanBytes of the body.
#pragma once

#include "parsers/decoded_mail.h"
#include "parsers/parsed_mail.h"

namespace pst {

/// Takes the decoded mail by value: a caller done with it (analyse(decode_mail(raw))) moves it into
/// ParsedMail::mail instead of copying its text and headers.
[[nodiscard]] ParsedMail analyse(DecodedMail decoded);

}  // namespace pst
