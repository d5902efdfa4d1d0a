// decoded_mail.cc: small accessors of DecodedMail (decoded_mail.h).
#include "parsers/decoded_mail.h"

#include <algorithm>

#include "parsers/mime_header.h"

namespace pst {

const std::string* DecodedMail::header(std::string_view name) const {
  for (const auto& [n, v] : headers)
    if (iequals(n, name)) return &v;
  return nullptr;
}

bool DecodedMail::has_problem(DecodeProblem p) const {
  return std::find(problems.begin(), problems.end(), p) != problems.end();
}

const char* to_string(DecodeProblem p) {
  switch (p) {
    case DecodeProblem::too_large:
      return "too_large";
    case DecodeProblem::header_line_too_long:
      return "header_line_too_long";
    case DecodeProblem::too_deep:
      return "too_deep";
    case DecodeProblem::too_many_parts:
      return "too_many_parts";
    case DecodeProblem::bad_encoding:
      return "bad_encoding";
    case DecodeProblem::bad_charset:
      return "bad_charset";
    case DecodeProblem::malformed:
      return "malformed";
  }
  return "unknown";
}

}  // namespace pst
