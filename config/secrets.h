// secrets.h: reads passwords and keys from files or systemd credentials, never from the YAML file.
// A systemd credential ($CREDENTIALS_DIRECTORY/<name>, from LoadCredential=) wins over the file named
// in the config; an empty credential (or a lone newline) counts as absent: the unit's default
// for an optional one.
// The secret's text is never put in an error message or a log line.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace pst {

class SecretError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The secret: credential `credential_name` if present, else the contents of `file`; one trailing
/// newline (LF or CRLF) removed. Throws SecretError naming the file (not its content) when neither
/// can be read, or when the secret is empty. Returns nullopt when neither is configured.
[[nodiscard]] std::optional<std::string> read_secret(const std::optional<std::string>& file,
                                                     const std::string& credential_name);

/// Where read_secret would read from ("credential imap-password" or the file path), for messages.
[[nodiscard]] std::string secret_source(const std::optional<std::string>& file, const std::string& credential_name);

}  // namespace pst
