// parsed_mail.cc: names of the ParsedMail enums, as they appear in JSON and in the store.
#include "parsers/parsed_mail.h"

namespace pst {

const char* to_string(MailKind k) {
  switch (k) {
    case MailKind::bounce: return "bounce";
    case MailKind::auto_reply: return "auto_reply";
    case MailKind::rating: return "rating";
    case MailKind::complaint: return "complaint";
    case MailKind::reply: return "reply";
    case MailKind::request: return "request";
  }
  return "request";
}

}  // namespace pst
