// word_index.h: a fixed lexicon of words (lower case, views into static or longer-lived storage)
// looked up by the language layer for every word it reads. std::unordered_set<std::string_view>
// was the single largest cost of understanding a long mail (14 % of the worst-case parse: node
// chasing and std::hash's byte loop); this is one flat open-addressed table with a word-at-a-time
// hash, so a look-up is one multiply per 8 bytes and, usually, one compare. Most words read are in
// no lexicon: two 4,096-bit filters, on (first byte, last byte, length) and on (second byte, last byte
// but one, length), turn most of those away before the word is hashed (with one filter a third of the
// look-ups that reached the table found nothing there, each waiting for a slot out of cache).
// WordIndex maps a word to a small number (its position in the list it was built from: the
// PhraseSet's first-word groups use it); WordSet is the membership-only form.
// Limits: built once, read by any number of threads; insert() is for building, not while others read.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace pst::text {

class WordIndex {
 public:
  static constexpr std::uint32_t npos = UINT32_MAX;

  WordIndex() { rehash(16); }

  /// Adds `word` with `value`; a word already present keeps its first value. Returns the value kept.
  std::uint32_t insert(std::string_view word, std::uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
    const std::size_t bit = filter_bit(word), bit2 = filter_bit2(word);
    filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    filter2_[bit2 / 64] |= std::uint64_t{1} << (bit2 % 64);
    std::size_t i = hash(word) & mask_;
    while (slots_[i].value != npos) {
      if (word_at(i) == word) return slots_[i].value;
      i = (i + 1) & mask_;
    }
    slots_[i] = Slot{key_of(word), static_cast<std::uint32_t>(word.size()), value};
    words_[i] = word.data();
    ++size_;
    return value;
  }

  /// The value of `word`, or npos. The filter's answer, which turns most words away, is inlined where
  /// the word is asked (the call itself was half of all look-ups' cost), also in the largest rule readers, whose
  /// size made g++ call it (345,000 calls from from_sentences on 300 worst-case mails); the table is probed out of
  /// line.
  [[gnu::always_inline]] [[nodiscard]] std::uint32_t find(std::string_view word) const {
    const std::size_t bit = filter_bit(word);
    if (!(filter_[bit / 64] >> (bit % 64) & 1)) return npos;
    const std::size_t bit2 = filter_bit2(word);
    if (!(filter2_[bit2 / 64] >> (bit2 % 64) & 1)) return npos;
    return probe(word);
  }

  [[nodiscard]] std::size_t size() const { return size_; }

  /// Every word, in table order (not the order given).
  template <class F>
  void for_each(F&& on) const {
    for (std::size_t i = 0; i < slots_.size(); ++i)
      if (slots_[i].value != npos) on(word_at(i), slots_[i].value);
  }

  /// A hash of the word read 8 bytes at a time (short words, the common case, in one or two reads).
  [[nodiscard]] static std::uint64_t hash(std::string_view w) {
    if (w.size() <= 8) return hash_short(short_key(w.data(), w.size()), w.size());
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (w.size() * 0xff51afd7ed558ccdull);
    const char* p = w.data();
    std::size_t n = w.size();
    while (n >= 8) {
      std::uint64_t k;
      std::memcpy(&k, p, 8);
      h = (h ^ k) * 0xbf58476d1ce4e5b9ull;
      h ^= h >> 31;
      p += 8;
      n -= 8;
    }
    if (n > 0) h = (h ^ short_key(p, n)) * 0x94d049bb133111ebull;
    return finish(h);
  }

 private:
  /// The table's part of find(): past the filter. A word of up to 8 bytes (most words asked) is compared by its
  /// key, read by fixed-size loads, and its length: no call to memcmp (a fifth of the probe's cost); a longer one
  /// by its first 8 bytes and length before the rest is compared, out of line (so the short path saves no
  /// registers for a call).
  [[gnu::noinline]] [[nodiscard]] std::uint32_t probe(std::string_view word) const {
    const std::size_t n = word.size();
    if (n > 8) return probe_long(word);
    const std::uint64_t key = short_key(word.data(), n);
    for (std::size_t i = hash_short(key, n) & mask_; slots_[i].value != npos; i = (i + 1) & mask_)
      if (slots_[i].key == key && slots_[i].size == n) return slots_[i].value;
    return npos;
  }

  [[gnu::noinline]] [[nodiscard]] std::uint32_t probe_long(std::string_view word) const {
    const std::size_t n = word.size();
    const std::uint64_t key = key_of(word);
    for (std::size_t i = hash(word) & mask_; slots_[i].value != npos; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key && s.size == n && std::memcmp(words_[i] + 8, word.data() + 8, n - 8) == 0) return s.value;
    }
    return npos;
  }

  /// What a slot keeps of its word to compare it without reading the word: short_key for a word of up to 8 bytes,
  /// its first 8 bytes for a longer one.
  static std::uint64_t key_of(std::string_view w) {
    if (w.size() <= 8) return short_key(w.data(), w.size());
    std::uint64_t k;
    std::memcpy(&k, w.data(), 8);
    return k;
  }

  /// The bytes of a word of at most 8 bytes, as one number that, with the length, tells it from every other:
  /// 4-8 by two 4-byte loads, overlapping below 8 (first and last four cover every byte; at 8 they are the word's
  /// one 8-byte load); 1-3 by the first, middle and last byte (every byte too). Fixed-size loads: a copy of n bytes
  /// was a call to memcpy. One test of the length, not two: the word lengths of a text are a branch the processor
  /// cannot predict.
  static std::uint64_t short_key(const char* p, std::size_t n) {
    std::uint64_t k = 0;
    if (n >= 4) {
      std::uint32_t first, last;
      std::memcpy(&first, p, 4);
      std::memcpy(&last, p + n - 4, 4);
      k = first | (std::uint64_t{last} << 32);
    } else if (n > 0) {
      k = static_cast<unsigned char>(p[0]) | (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
          (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
    }
    return k;
  }

  static std::uint64_t hash_short(std::uint64_t key, std::size_t n) {
    const std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xff51afd7ed558ccdull);
    return finish((h ^ key) * 0x94d049bb133111ebull);
  }

  static std::uint64_t finish(std::uint64_t h) {
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 32);
  }

  // 16 bytes, four to a cache line: the tables are read at random, most of a look-up's time was waiting for its
  // slot. The words themselves, read only past the key (a word over 8 bytes) or to list them, are kept apart.
  struct Slot {
    std::uint64_t key = 0;  // key_of(word)
    std::uint32_t size = 0;
    std::uint32_t value = npos;
  };
  std::string_view word_at(std::size_t i) const { return {words_[i], slots_[i].size}; }

  // Where a word falls in the filter: its first and last byte and its length, mixed.
  static std::size_t filter_bit(std::string_view w) {
    if (w.empty()) return 0;
    const std::uint32_t k = static_cast<unsigned char>(w.front()) | static_cast<unsigned char>(w.back()) << 8 |
                            static_cast<std::uint32_t>(w.size()) << 16;
    return (k * 0x9E3779B1u) >> 20;  // the top 12 bits: 0..4095
  }
  // The second filter's place: the second byte, the last byte but one and the length, mixed otherwise.
  static std::size_t filter_bit2(std::string_view w) {
    if (w.size() < 2) return 0;
    const std::uint32_t k = static_cast<unsigned char>(w[1]) | static_cast<unsigned char>(w[w.size() - 2]) << 8 |
                            static_cast<std::uint32_t>(w.size()) << 16;
    return (k * 0x85EBCA6Bu) >> 20;
  }

  void rehash(std::size_t n) {
    std::vector<Slot> old = std::move(slots_);
    std::vector<const char*> old_words = std::move(words_);
    slots_.assign(n, Slot{});
    words_.assign(n, nullptr);
    mask_ = n - 1;
    size_ = 0;
    for (std::size_t i = 0; i < old.size(); ++i)
      if (old[i].value != npos) insert(std::string_view(old_words[i], old[i].size), old[i].value);
  }

  std::vector<Slot> slots_;
  std::vector<const char*> words_;  // the word of slot i starts at words_[i]
  std::uint64_t filter_[64] = {};  // bit filter_bit(w) is set for every word inserted
  std::uint64_t filter2_[64] = {};  // bit filter_bit2(w) likewise
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

/// An index of words to bit masks from (word, bit) pairs: a word listed with several bits carries them all (the
/// bits are joined before the word is inserted, as WordIndex keeps a word's first value).
[[nodiscard]] inline WordIndex index_of_bits(std::vector<std::pair<std::string_view, std::uint32_t>> words) {
  std::sort(words.begin(), words.end());
  WordIndex index;
  for (std::size_t i = 0; i < words.size();) {
    std::uint32_t bits = 0;
    std::size_t j = i;
    for (; j < words.size() && words[j].first == words[i].first; ++j) bits |= words[j].second;
    index.insert(words[i].first, bits);
    i = j;
  }
  return index;
}

/// Membership only: a lexicon of words.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) insert(w);
  }
  template <class It>
  WordSet(It first, It last) {
    for (; first != last; ++first) insert(*first);
  }
  void insert(std::string_view w) { index_.insert(w, 0); }
  void insert_all(const WordSet& other) {
    other.index_.for_each([&](std::string_view w, std::uint32_t) { insert(w); });
  }
  [[gnu::always_inline]] [[nodiscard]] bool contains(std::string_view w) const {
    return index_.find(w) != WordIndex::npos;
  }
  [[nodiscard]] std::size_t size() const { return index_.size(); }
  /// Every word, in table order.
  template <class F>
  void for_each(F&& on) const {
    index_.for_each([&](std::string_view w, std::uint32_t) { on(w); });
  }

 private:
  WordIndex index_;
};

}  // namespace pst::text
