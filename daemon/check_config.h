// check_config.h: `pstmaild --config FILE --check-config`: every problem of the config file, its
// holiday files, templates and secrets, one per line; "OK" when there is none.
#pragma once

#include <ostream>
#include <string>

namespace pst {

/// Returns 0 when the configuration is usable, 1 otherwise (problems printed to `out`).
int run_check_config(const std::string& config_path, std::ostream& out);

}  // namespace pst
