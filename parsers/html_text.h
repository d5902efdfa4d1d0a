// html_text.h: HTML mail body -> readable plain text, for HTML-only mail (Outlook, Yahoo, web forms).
// One linear pass, no DOM: block elements (p, div, tr, h1-h6, li, table, blockquote...) and <br>
// become line breaks, list items start with "- ", table cells are separated by a space,
// <blockquote> content is prefixed with "> " (so the language layer strips quoted history the same
// way as in plain text), entities are decoded (named, &#NN; and &#xNN;), <script>, <style>, <head>,
// <title> and comments (including Outlook's conditional comments) are dropped, whitespace outside
// <pre> is collapsed. Input must already be UTF-8.
// Not for: rendering fidelity, links (href targets are dropped), sanitising HTML for display.
#pragma once

#include <string>
#include <string_view>

namespace pst {

[[nodiscard]] std::string html_to_text(std::string_view html);

/// Decodes character references in `s` (used for text between tags and attribute values).
[[nodiscard]] std::string decode_html_entities(std::string_view s);

/// The charset an HTML document declares in its first 4 KB (<meta charset=...> or
/// http-equiv content="...; charset=..."), or empty.
[[nodiscard]] std::string html_declared_charset(std::string_view html);

}  // namespace pst
