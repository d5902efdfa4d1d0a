// exit_codes.h: pstq's exit statuses, the BSD sysexits(3) codes, as Postfix's postqueue uses them.
// Documented in `pstq --help`; scripts may rely on them.
#pragma once

#include <sysexits.h>

namespace pst::pstq {

enum ExitCode : int {
  kOk = EX_OK,                  // 0
  kUsage = EX_USAGE,            // 64: wrong command line
  kDataError = EX_DATAERR,      // 65: input data is wrong (an instant that does not parse, ...)
  kNoInput = EX_NOINPUT,        // 66: an input file does not exist or cannot be read
  kUnavailable = EX_UNAVAILABLE,// 69: a service is unavailable
  kSoftware = EX_SOFTWARE,      // 70: internal error (a bug: please report it)
  kCantCreate = EX_CANTCREAT,   // 73: cannot create an output file
  kIoError = EX_IOERR,          // 74: input/output error
  kTempFail = EX_TEMPFAIL,      // 75: temporary failure, try again
  kNoPermission = EX_NOPERM,    // 77: not allowed
  kConfig = EX_CONFIG,          // 78: configuration error
};

}  // namespace pst::pstq
