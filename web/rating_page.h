// rating_page.h: the HTML of the rating endpoint - the form (ticket number and subject, overall 1-5,
// the nine survey elements 1-4 with the regulation's labels, feedback), the thanks page and polite
// error pages - and the parser of the posted form. Pure: values in, strings out; no I/O.
// SECURITY: every value put into HTML goes through html_escape(); pages need no script and only an
// inline style (the server's Content-Security-Policy allows nothing else).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "queue/ratings.h"

namespace pst {

[[nodiscard]] std::string html_escape(std::string_view s);

struct RatingPageData {
  bool english = false;
  std::string office_name;
  std::string ticket_number;
  std::string subject;
  std::optional<StoredRating> existing;  // pre-fills the form (a later POST replaces it)
  std::string error;                     // shown above the form (after a bad POST)
};

[[nodiscard]] std::string rating_form_page(const RatingPageData& d);
[[nodiscard]] std::string rating_thanks_page(const RatingPageData& d, bool replaced);

enum class RatingErrorPage { not_found, invalid_link, expired, bad_request, too_large, headers_too_large,
                             method_not_allowed, unsupported_type, server_error };
/// A short bilingual page (Indonesian, then English).
[[nodiscard]] std::string rating_error_page(RatingErrorPage e);

/// application/x-www-form-urlencoded -> name/value pairs; nullopt on bad percent-encoding.
[[nodiscard]] std::optional<std::vector<std::pair<std::string, std::string>>> parse_form(std::string_view body);

struct FormRating {
  std::optional<RatingInput> input;
  std::string error_id, error_en;  // when input is empty
};

/// The posted fields as a web rating: overall (1-5, required), each element key (1-4 or empty),
/// feedback. Unknown fields are ignored; a repeated field is an error.
[[nodiscard]] FormRating rating_from_form(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace pst
