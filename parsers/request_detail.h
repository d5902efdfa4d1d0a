// request_detail.h: whether the requester states a concrete need - a data topic or indicator
// (penduduk, kemiskinan, PDRB, inflasi, IPM, pengangguran ...), a statistical consultation subject,
// a region, a year, a question about the data - and a one-line summary of it. "Saya mau tanya" or
// "mohon info" alone is not concrete, nor a question about how the service runs (its hours, a number
// to call, an internship), thanks for data received, or an apology's "mohon maaf".
// Not for: who asks (introduction.h) or what kind of mail it is (classify.h).
// Limits: lexicon based; reads at most text::kMaxScanBytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/phrase_hits.h"

namespace pst {

struct RequestDetail {
  bool concrete = false;
  std::optional<std::string> summary;   // one line, at most ~200 bytes; set when concrete
  // What the sentences read name (for tests and tools; analyse() uses concrete and summary). Topic
  // words inside an organisation's name ("Dinas Kesehatan") are left out of the sentences that could
  // win, not necessarily of the others.
  std::vector<std::string> topics;      // lexicon keys found ("kemiskinan", "pdrb")
  std::optional<std::string> region;    // "Jembrana", "Kecamatan Melaya", "Bali"
  std::vector<int> years;
  bool has_question = false;            // '?' or a question word about the data
};

/// body: a topic counts when asked for (a need word or a question). subject: a mail subject, where
/// "Data kemiskinan Jembrana 2024" is a request by itself (a topic with a region or year is enough).
enum class RequestSource { body, subject };

[[nodiscard]] RequestDetail find_request(std::string_view text, RequestSource source = RequestSource::body);
class WordsView;
/// The same on own words already read (analyse(): one normalisation for every detector); `hits`, when given, are
/// the runs of words.low() that open a phrase of request_lexicon() (phrase_hits.h): the sentences are read from
/// them instead of each being scanned word by word. The same answer either way.
[[nodiscard]] RequestDetail find_request(const WordsView& words, const text::PhraseHits& hits = {});
/// The same on a text already normalised (text::normalize).
[[nodiscard]] RequestDetail find_request_in_normalized(std::string_view norm, RequestSource source);
/// The same with the text's lower-case twin (text::lower(norm), byte for byte at the same offsets).
[[nodiscard]] RequestDetail find_request_in(std::string_view norm, std::string_view norm_low, RequestSource source,
                                            const text::PhraseHits& hits = {});
/// Every lexicon a sentence is read against, as one phrase set (the set `hits` above are of).
[[nodiscard]] const text::PhraseSet& request_lexicon();

/// Whether lower-case text says data sent to the writer arrived, or thanks for it ("sudah kami terima",
/// "terima kasih atas data ... yang dikirimkan", "thank you for the tables you sent").
[[nodiscard]] bool says_data_received(std::string_view low);

}  // namespace pst
