// transport_error.cc: names of error kinds.
#include "transport/transport_error.h"

namespace pst {

const char* to_string(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::connection: return "connection";
    case ErrorKind::timeout: return "timeout";
    case ErrorKind::tls: return "tls";
    case ErrorKind::auth: return "auth";
    case ErrorKind::protocol: return "protocol";
    case ErrorKind::not_found: return "not_found";
    case ErrorKind::too_large: return "too_large";
    case ErrorKind::invalid_argument: return "invalid_argument";
  }
  return "unknown";
}

}  // namespace pst
