// institution_type.h: the kind of institution a requester wrote in (university, government,
// company, public) from the free text of tickets.requester_institution, for the monthly report.
// Pure and deliberately small: a word list, first match wins in the order university, government,
// company (so "Universitas ..." stays a university even when it says "Badan"). Words are matched
// as whole words, case-insensitively (ASCII): "PT" matches "PT Bank", not "Puputan".
// Not for: anything that decides how a ticket is handled; a wrong guess only moves a count.
// Limits: Indonesian and English institution words only; text that names none counts as public
// (individuals, students writing for themselves, schools, unnamed).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pst {

enum class InstitutionType { university, government, company, public_ };

/// "university", "government", "company", "public" (JSON, CSV and text keys).
[[nodiscard]] const char* to_string(InstitutionType t);

/// "Perguruan tinggi", "Pemerintah", "Perusahaan", "Umum" (the HTML report's labels).
[[nodiscard]] const char* label_id(InstitutionType t);

/// The type of an institution text; nullopt or blank text is public.
[[nodiscard]] InstitutionType classify_institution(const std::optional<std::string>& institution);
[[nodiscard]] InstitutionType classify_institution(std::string_view institution);

}  // namespace pst
