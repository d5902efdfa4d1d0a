// webhook_signature.cc: see webhook_signature.h.
#include "whatsapp/webhook_signature.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <stdexcept>

namespace pst::whatsapp {
namespace {

constexpr std::string_view kPrefix = "sha256=";
constexpr std::size_t kMacBytes = 32;

std::array<unsigned char, kMacBytes> hmac_sha256(std::string_view key, std::string_view message) {
  std::array<unsigned char, kMacBytes> mac{};
  unsigned int len = 0;
  if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
            message.size(), mac.data(), &len) ||
      len != kMacBytes)
    throw std::runtime_error("HMAC-SHA256 failed");
  return mac;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool webhook_signature_valid(std::string_view app_secret, std::string_view raw_body, std::string_view header) {
  if (app_secret.empty()) return false;
  if (header.size() != kPrefix.size() + 2 * kMacBytes || header.substr(0, kPrefix.size()) != kPrefix) return false;
  std::array<unsigned char, kMacBytes> claimed{};
  const std::string_view hex = header.substr(kPrefix.size());
  for (std::size_t i = 0; i < kMacBytes; ++i) {
    const int hi = hex_value(hex[2 * i]), lo = hex_value(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    claimed[i] = static_cast<unsigned char>(hi * 16 + lo);
  }
  const auto expected = hmac_sha256(app_secret, raw_body);
  return CRYPTO_memcmp(expected.data(), claimed.data(), kMacBytes) == 0;
}

std::string webhook_signature(std::string_view app_secret, std::string_view raw_body) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(kPrefix);
  for (unsigned char b : hmac_sha256(app_secret, raw_body)) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

}  // namespace pst::whatsapp
