// record.h: one line of figures for RELIABILITY.md, appended as JSON to $PST_RELIABILITY_OUT
// (default: reliability-results.jsonl in the test's working folder; summarise.py makes the table).
#pragma once

#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

namespace pst::test {

inline void record(const nlohmann::json& row) {
  const char* out = std::getenv("PST_RELIABILITY_OUT");
  std::ofstream(out ? out : "reliability-results.jsonl", std::ios::app) << row.dump() << "\n";
}

}  // namespace pst::test
