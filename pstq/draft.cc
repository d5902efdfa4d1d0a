// draft.cc: see draft.h.
#include "pstq/draft.h"

#include <fmt/format.h>

#include "common/untrusted_text.h"

namespace pst::pstq {

std::string draft_template(const DraftFacts& f, std::size_t max_quoted_lines) {
  std::string out = "\n\n";
  out += kScissors;
  out += "\n";
  out += "# Do not modify or remove the line above. Everything below it is ignored.\n";
  out += fmt::format("# {} {}: write it ABOVE the line. An empty text sends nothing.\n", clean_inline(f.what),
                     clean_inline(f.ticket));
  out += "#\n";
  auto fact = [&](const char* label, const std::string& value) {
    if (!value.empty()) out += fmt::format("# {:<12} {}\n", label, clean_inline(value));
  };
  fact("Subject:", f.subject);
  fact("Requester:", f.requester);
  fact("Institution:", f.institution);
  fact("Request:", f.request);
  fact("Due:", f.due);
  if (!f.latest_text.empty()) {
    out += fmt::format("#\n# Latest mail from the requester{}:\n#\n",
                       f.latest_from.empty() ? "" : " (" + clean_inline(f.latest_from) + ")");
    const std::string text = clean_block(f.latest_text);
    std::size_t start = 0, lines = 0;
    while (start < text.size() && lines < max_quoted_lines) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      out += "# > " + text.substr(start, end - start) + "\n";
      start = end + 1;
      ++lines;
    }
    if (start < text.size()) out += "# > [...]\n";
  }
  return out;
}

std::string text_above_scissors(std::string_view edited) {
  std::string_view text = edited;
  for (std::size_t start = 0; start < edited.size();) {
    std::size_t end = edited.find('\n', start);
    if (end == std::string_view::npos) end = edited.size();
    std::string_view line = edited.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    if (line == kScissors) {
      text = edited.substr(0, start);
      break;
    }
    start = end + 1;
  }
  // Leading blank lines (the editor opened on an empty first line), then trailing whitespace.
  std::size_t first = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') first = i + 1;
    else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') break;
  }
  text.remove_prefix(std::min(first, text.size()));
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  return text.empty() ? std::string() : std::string(text) + "\n";
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string choose_editor(const std::optional<std::string>& visual, const std::optional<std::string>& editor,
                          bool sensible_editor_installed) {
  if (visual && !is_blank(*visual)) return *visual;
  if (editor && !is_blank(*editor)) return *editor;
  return sensible_editor_installed ? "sensible-editor" : "vi";
}

}  // namespace pst::pstq
