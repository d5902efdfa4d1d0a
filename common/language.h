// language.h: the two languages pstmail writes and recognises (Bahasa Indonesia, English).
#pragma once

#include <optional>
#include <string_view>

namespace pst {

enum class Language { id, en };

[[nodiscard]] constexpr std::string_view language_code(Language l) { return l == Language::en ? "en" : "id"; }
[[nodiscard]] constexpr std::optional<Language> parse_language_code(std::string_view s) {
  if (s == "id") return Language::id;
  if (s == "en") return Language::en;
  return std::nullopt;
}

}  // namespace pst
