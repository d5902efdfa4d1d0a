// check_server.h: `pstmaild --config FILE --check-server`: logs in to the IMAP server as the
// daemon would and says what will happen there (issue 20): the capabilities that matter (MOVE,
// UIDPLUS, IDLE), whether the processed folder exists, and so whether mail will be moved, copied
// and left \Seen + \Deleted, or marked \Seen. Every failure in the server's own words.
#pragma once

#include <ostream>
#include <string>

namespace pst {

/// Returns 0 when pstmaild can work with the server as configured, 1 otherwise (said on `out`).
int run_check_server(const std::string& config_path, std::ostream& out);

}  // namespace pst
