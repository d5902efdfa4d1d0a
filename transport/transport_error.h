// transport_error.h: errors as values for the network code. A TransportError says what kind of
// failure it was (so the caller can decide: retry later, fix the config, skip the mail) and carries
// a message a person can act on: the server URL, the command, curl's words and its error buffer.
// SECURITY: messages never contain the password (it is never part of a URL or a command string).
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace pst {

enum class ErrorKind {
  connection,        // refused, reset, DNS, server went away: retry later
  timeout,           // connect or total timeout hit: retry later
  tls,               // handshake, certificate verification, STARTTLS missing: fix config / server
  auth,              // login refused: fix config
  protocol,          // the server said NO/BAD, or an answer we could not understand
  not_found,         // no such UID / mailbox
  too_large,         // a message over the configured limit
  invalid_argument,  // refused before touching the network (bad URL, CR/LF in a name)
};

[[nodiscard]] const char* to_string(ErrorKind kind);

struct TransportError {
  ErrorKind kind;
  std::string message;
};

/// A value or a TransportError. `Result<void>` is plain success or an error.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}                // NOLINT: implicit on purpose
  Result(TransportError error) : v_(std::move(error)) {}  // NOLINT
  [[nodiscard]] bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  [[nodiscard]] T& value() & { assert(ok()); return std::get<0>(v_); }
  [[nodiscard]] const T& value() const& { assert(ok()); return std::get<0>(v_); }
  [[nodiscard]] T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  [[nodiscard]] const TransportError& error() const { assert(!ok()); return std::get<1>(v_); }

 private:
  std::variant<T, TransportError> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(TransportError error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  [[nodiscard]] bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  [[nodiscard]] const TransportError& error() const { assert(!ok_); return error_; }

 private:
  TransportError error_{ErrorKind::protocol, {}};
  bool ok_ = true;
};

}  // namespace pst
