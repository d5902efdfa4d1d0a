// installed_config.cc: the installed configuration's path (trusted_config.h), a compile-time
// constant. The only translation unit that differs between pstq and the setgid tests' copy.
#include "pstq/trusted_config.h"

#ifndef PSTQ_INSTALLED_CONFIG
#define PSTQ_INSTALLED_CONFIG "/etc/pstmail/pstmail.yaml"
#endif

namespace pst::pstq {

std::string_view installed_config_path() { return PSTQ_INSTALLED_CONFIG; }

}  // namespace pst::pstq
