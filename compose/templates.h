// templates.h: the editable mail templates (templates/<name>.<lang>.txt) rendered with kainjow
// mustache, HTML escaping OFF, from an nlohmann::json data object.
// File format: first line "Subject: ...", then one empty line, then the body (any line endings).
// Not for: building the message (message_builder.h) or deciding what to send (the daemon).
// I/O: reads template files only (cached per process, re-read when size or mtime changes); no
// clock, no network. Thread-safe.
//
// Data conversion (json -> mustache): objects -> objects, arrays -> lists, bools -> bools,
// numbers -> their decimal text, strings -> strings; null and "" are FALSY in sections
// ({{#x}} skipped, {{^x}} shown) and render as nothing in {{x}}.
//
// Strictness: every {{variable}} the rendered template reaches must exist in the data (a key
// whose value is null or "" counts as present); a missing one is a TemplateError naming the file
// and the byte offset. Sections ({{#x}}/{{^x}}) may name absent keys (absent = falsy).
// validate_templates() checks every file in a folder against the documented keys of each template
// (templates/README.md; kTemplateSchemas in templates.cc is the source of truth): an unknown key
// is a load error, for `pstmaild --check-config`.
//
// Lines holding only section/comment tags vanish from the output whether or not the section
// renders (the mustache spec's standalone rule, which kainjow 4.1 only half applies); blank lines
// elsewhere stay. The byte 0x1E (record separator) is removed from rendered output.
// LIMITS: no partials and no set-delimiter tags (reported as errors). Subjects are one line: the
// rendered subject has control characters and runs of whitespace collapsed to one space.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace pst {

/// A template that cannot be loaded or rendered. what(): "<path>: byte N (line L, column C): what"
/// or "<path>: what".
class TemplateError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RenderedTemplate {
  std::string subject;  // one line, UTF-8, no line break
  std::string body;     // UTF-8, LF line endings, ends in exactly one "\n"
  std::string lang;     // the language actually used ("id" when the requested one was missing)
  std::string path;     // the file rendered
};

/// Renders templates_dir/<name>.<lang>.txt, falling back to <name>.id.txt when that file does
/// not exist. `name`: [a-z0-9_]+; `lang`: 2-3 lower-case letters. Throws TemplateError.
[[nodiscard]] RenderedTemplate render_template(const std::string& templates_dir, std::string_view name,
                                               std::string_view lang, const nlohmann::json& data);

/// The variables and sections a template file uses, sorted, unique; names used inside a
/// {{#section}} appear as "section[].key" (e.g. "missing[].item"; such a name may also be
/// satisfied by an outer key, as mustache looks names up outwards). Throws TemplateError (missing file, syntax).
[[nodiscard]] std::vector<std::string> template_variables(const std::string& templates_dir, std::string_view name,
                                                          std::string_view lang);

/// Every problem with the templates in a folder, one line each, naming the file:
/// syntax errors, a bad Subject line, unknown keys, partials, and required templates whose
/// Indonesian file (<name>.id.txt) is missing. Empty when all is well. Never throws.
[[nodiscard]] std::vector<std::string> validate_templates(const std::string& templates_dir);

/// The names of the templates the daemon and pstq send (each needs at least <name>.id.txt).
[[nodiscard]] std::vector<std::string> known_template_names();

/// The data keys a known template may use (top level; a list key as "missing[].item"), sorted.
/// Empty for an unknown name.
[[nodiscard]] std::vector<std::string> template_keys(std::string_view name);

/// The `missing` list for request_completion: codes "name", "institution", "request" (as in
/// ParsedMail::missing) -> [{"item": "<label in lang>"}, ...]; unknown codes are kept as they are.
[[nodiscard]] nlohmann::json missing_items(const std::vector<std::string>& codes, std::string_view lang);

/// Drops the per-process cache (tests; the daemon on SIGHUP if it wants to be sure).
void clear_template_cache();

}  // namespace pst
