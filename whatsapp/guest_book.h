// guest_book.h: the WhatsApp channel's guest book (the service standard: the requester gives name,
// institution — "pribadi" allowed — and what they need, then consults). A short conversation that
// asks only what is still missing, in that order, and reads every message with the same
// understanding as mail: a first message that introduces itself and states the need skips the
// questions; an answer to a question is taken as that field when it is shaped like one. Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pst::whatsapp {

enum class Question { name, institution, need, none };

struct GuestBook {
  std::optional<std::string> name;
  std::optional<std::string> institution;
  bool no_institution = false;         // "pribadi", "umum", "personal": answered, none to give
  std::optional<std::string> need;
  Question asked = Question::none;     // the question the last answer of ours asked
};

/// What to ask next: name, then institution, then the need; none when the guest book is complete.
[[nodiscard]] Question next_question(const GuestBook& book);

/// Reads one message of the requester into the guest book and returns the next question (also
/// recorded in `book.asked`). Fields already filled are kept.
Question read_into(GuestBook& book, std::string_view message);

}  // namespace pst::whatsapp
