// imap_reader.cc: line/literal state machine and a small tokenizer for FETCH message data.
#include "transport/imap_reader.h"

#include <algorithm>
#include <charconv>

#include "transport/imap_response.h"

namespace pst {
namespace {

std::size_t size_of(const ImapResponse& r) {
  std::size_t n = r.text.size();
  for (const auto& l : r.literals) n += l.size();
  return n;
}

// "{123}", "{123+}" or "~{123}" at the end of a line segment -> 123.
std::optional<std::size_t> literal_marker(std::string_view line) {
  if (line.empty() || line.back() != '}') return std::nullopt;
  auto open = line.rfind('{');
  if (open == std::string_view::npos) return std::nullopt;
  std::string_view digits = line.substr(open + 1, line.size() - open - 2);
  if (!digits.empty() && digits.back() == '+') digits.remove_suffix(1);
  if (digits.empty() || digits.size() > 12) return std::nullopt;
  std::size_t n = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || p != digits.data() + digits.size()) return std::nullopt;
  return n;
}

}  // namespace

std::optional<std::string> ImapReader::feed(std::string_view bytes) {
  if (error_) return error_;
  while (!bytes.empty()) {
    if (in_literal_) {
      std::size_t take = std::min(literal_left_, bytes.size());
      cur_.literals.back().append(bytes.data(), take);
      literal_left_ -= take;
      bytes.remove_prefix(take);
      if (literal_left_ == 0) in_literal_ = false;
      continue;
    }
    auto nl = bytes.find('\n');
    std::string_view part = bytes.substr(0, nl);
    if (line_.size() + cur_.text.size() + part.size() > limits_.max_line_bytes) {
      error_ = "response line longer than " + std::to_string(limits_.max_line_bytes) + " bytes";
      return error_;
    }
    line_.append(part);
    if (nl == std::string_view::npos) break;
    bytes.remove_prefix(nl + 1);
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (auto e = finish_line()) {
      error_ = e;
      return error_;
    }
  }
  return std::nullopt;
}

std::optional<std::string> ImapReader::finish_line() {
  auto n = literal_marker(line_);
  cur_.text += line_;
  line_.clear();
  if (n) {
    if (*n > limits_.max_literal_bytes) {
      literal_over_limit_ = true;
      return "literal of " + std::to_string(*n) + " bytes is over the limit of " +
             std::to_string(limits_.max_literal_bytes);
    }
    cur_.literals.emplace_back();
    cur_.literals.back().reserve(*n);
    literal_left_ = *n;
    in_literal_ = *n > 0;
    return std::nullopt;
  }
  // A complete response: classify it.
  std::string& t = cur_.text;
  if (t.rfind("* ", 0) == 0) {
    cur_.kind = ImapResponse::Kind::untagged;
    t.erase(0, 2);
  } else if (t == "+" || t.rfind("+ ", 0) == 0) {
    cur_.kind = ImapResponse::Kind::continuation;
    t.erase(0, t.size() > 1 ? 2 : 1);
  } else {
    auto sp = t.find(' ');
    if (sp == std::string::npos || sp == 0) return "malformed response line \"" + t.substr(0, 80) + "\"";
    cur_.kind = ImapResponse::Kind::tagged;
    cur_.tag = t.substr(0, sp);
    t.erase(0, sp + 1);
  }
  ready_bytes_ += size_of(cur_);
  peak_ready_bytes_ = std::max(peak_ready_bytes_, ready_bytes_);
  ready_.push_back(std::move(cur_));
  cur_ = ImapResponse{};
  return std::nullopt;
}

std::optional<ImapResponse> ImapReader::next() {
  if (ready_.empty()) return std::nullopt;
  ImapResponse r = std::move(ready_.front());
  ready_.pop_front();
  ready_bytes_ -= size_of(r);
  return r;
}

namespace {

// Tokens of FETCH message data. Literal markers index into the response's literals.
struct Token {
  enum class Kind { atom, quoted, literal, open, close, nil, end, bad };
  Kind kind;
  std::string text;      // atom / quoted content
  std::size_t index = 0;  // literal number
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view s) : s_(s) {}

  Token next() {
    while (pos_ < s_.size() && s_[pos_] == ' ') ++pos_;
    if (pos_ >= s_.size()) return {Token::Kind::end, {}};
    char c = s_[pos_];
    if (c == '(') { ++pos_; return {Token::Kind::open, {}}; }
    if (c == ')') { ++pos_; return {Token::Kind::close, {}}; }
    if (c == '"') return quoted();
    if (c == '{' || (c == '~' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '{')) {
      auto close = s_.find('}', pos_);
      if (close == std::string_view::npos) return {Token::Kind::bad, {}};
      pos_ = close + 1;
      return {Token::Kind::literal, {}, literal_count_++};
    }
    // atom, possibly with a [section] that may hold spaces and parentheses, and a <partial>
    std::size_t start = pos_;
    int depth = 0;
    while (pos_ < s_.size()) {
      char d = s_[pos_];
      if (d == '[') ++depth;
      else if (d == ']') --depth;
      else if (depth == 0 && (d == ' ' || d == '(' || d == ')')) break;
      ++pos_;
    }
    std::string atom(s_.substr(start, pos_ - start));
    std::string up = atom;
    for (auto& ch : up) if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (up == "NIL") return {Token::Kind::nil, {}};
    return {Token::Kind::atom, up};
  }

  // Skips one value (atom, string, literal or a whole list); false on bad input.
  bool skip_value(Token t) {
    if (t.kind == Token::Kind::open) {
      for (;;) {
        Token u = next();
        if (u.kind == Token::Kind::close) return true;
        if (u.kind == Token::Kind::end || u.kind == Token::Kind::bad || !skip_value(u)) return false;
      }
    }
    return t.kind == Token::Kind::atom || t.kind == Token::Kind::quoted || t.kind == Token::Kind::literal ||
           t.kind == Token::Kind::nil;
  }

  std::size_t pos() const { return pos_; }
  std::string_view source() const { return s_; }

 private:
  Token quoted() {
    std::string out;
    ++pos_;
    while (pos_ < s_.size()) {
      char c = s_[pos_++];
      if (c == '"') return {Token::Kind::quoted, out};
      if (c == '\\' && pos_ < s_.size()) c = s_[pos_++];
      out += c;
    }
    return {Token::Kind::bad, {}};
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::size_t literal_count_ = 0;
};

std::optional<std::uint32_t> to_u32(const std::string& s) {
  std::uint32_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<FetchedMail> parse_fetch_response(ImapResponse&& r) {
  if (r.kind != ImapResponse::Kind::untagged) return std::nullopt;
  Tokenizer tz(r.text);
  FetchedMail m;
  Token t = tz.next();
  auto seq = t.kind == Token::Kind::atom ? to_u32(t.text) : std::nullopt;
  if (!seq) return std::nullopt;
  m.seq = *seq;
  t = tz.next();
  if (t.kind != Token::Kind::atom || t.text != "FETCH") return std::nullopt;
  if (tz.next().kind != Token::Kind::open) return std::nullopt;
  bool have_uid = false;
  for (;;) {
    Token key = tz.next();
    if (key.kind == Token::Kind::close) break;
    if (key.kind != Token::Kind::atom) return std::nullopt;
    if (key.text == "UID") {
      Token v = tz.next();
      auto uid = v.kind == Token::Kind::atom ? to_u32(v.text) : std::nullopt;
      if (!uid) return std::nullopt;
      m.uid = *uid;
      have_uid = true;
    } else if (key.text == "INTERNALDATE") {
      Token v = tz.next();
      if (v.kind != Token::Kind::quoted) return std::nullopt;
      m.internaldate = parse_imap_date_time(v.text);
      if (!m.internaldate) return std::nullopt;
    } else if (key.text == "BODY[]" || key.text == "BINARY[]" || key.text.rfind("BODY[]<", 0) == 0) {
      Token v = tz.next();
      if (v.kind == Token::Kind::literal) {
        if (v.index >= r.literals.size()) return std::nullopt;
        m.body = std::move(r.literals[v.index]);
      } else if (v.kind == Token::Kind::quoted) {
        m.body = v.text;
      } else if (v.kind != Token::Kind::nil) {
        return std::nullopt;
      }
    } else if (key.text == "FLAGS") {
      std::size_t start = tz.pos();
      Token v = tz.next();
      if (v.kind != Token::Kind::open || !tz.skip_value(v)) return std::nullopt;
      std::string_view src = tz.source().substr(start, tz.pos() - start);
      while (!src.empty() && src.front() == ' ') src.remove_prefix(1);
      m.flags = std::string(src);
    } else {
      if (!tz.skip_value(tz.next())) return std::nullopt;
    }
  }
  if (!have_uid) return std::nullopt;
  return m;
}

}  // namespace pst
