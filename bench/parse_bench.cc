// parse_bench.cc: throughput of the parser (decode_mail, optionally + analyse) over a corpus of
// realistic mails, in MB/s and mails/s. Not a test: numbers depend on the machine.
// The corpus is generated (deterministic: same seed, same bytes) or read from a folder; the
// generated one can be written out so other tools (Python's email, the IMAP bench) parse the very
// same files. Shape of the generated corpus: 2-50 KB per mail (uniform), a fifth with a base64
// attachment, bodies as Gmail (alternative, QP UTF-8), Outlook (alternative, QP iso-8859-1, HTML
// with <style>), Yahoo (HTML only), iPhone (8bit flowed) and Android (base64 UTF-8) send them.
// Own words are what requesters write (greeting, introduction, request, a few sentences, closing:
// 0.3-2 KB); the rest of the size is the quoted thread, the HTML alternative and attachments.
// --long-own-words makes half of each mail the requester's own text (the language layer's worst case).
// --worst-case writes another corpus (issue 17's second one): 2-50 KB mails whose whole body is new
// English text (no quoted thread; 55 % plain, 15 % text+HTML, 30 % with a small base64 attachment)
// from only a dozen senders (most acknowledgements are then held by the per-sender limit).
// --floor runs what every analysis pays before any detector reads a word: decode_mail, the own words
// (own_words_of over the whole body) and their understood part read once (WordsView: normalised,
// lowered, tokenised). Its rate is the most the whole parse path could reach with free detectors.
// --lexicon DIR loads an office lexicon first (parsers/office_lexicon.h), as pstmaild does from its
// configuration: the organisation rules then also look the office's words up.
// Usage: parse_bench [--count N] [--passes P] [--dir DIR] [--write-corpus DIR] [--analyse | --floor]
//                    [--long-own-words | --worst-case] [--out FILE] [--seed S] [--dump FILE] [--lexicon DIR]
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "parsers/analyse.h"
#include "parsers/own_words.h"
#include "parsers/text_scan.h"
#include "parsers/words_view.h"
#include "parsers/mime_decode.h"
#include "parsers/office_lexicon.h"
#include "parsers/parsed_mail_json.h"

namespace fs = std::filesystem;

namespace {

constexpr const char* kWords[] = {
    "selamat", "pagi", "siang", "bapak", "ibu", "petugas", "pst", "mohon", "bantuan", "data",
    "jumlah", "penduduk", "kecamatan", "kabupaten", "bogor", "tahun", "2023", "2024", "2025",
    "kemiskinan", "inflasi", "pdrb", "ipm", "tingkat", "pengangguran", "terbuka", "luas", "panen",
    "padi", "produksi", "harga", "konsumen", "per", "desa", "kelurahan", "untuk", "penelitian",
    "skripsi", "tesis", "saya", "mahasiswa", "universitas", "institut", "dinas", "badan", "dengan",
    "hormat", "terima", "kasih", "atas", "perhatiannya", "berikut", "terlampir", "surat",
    "permohonan", "apakah", "tersedia", "dalam", "format", "excel", "bulanan", "tahunan", "menurut",
    "jenis", "kelamin", "kelompok", "umur", "lapangan", "usaha", "sektor", "pertanian", "industri",
};
constexpr const char* kNames[] = {"Budi Santoso", "Siti Rahmawati", "Agus Prasetyo", "Dewi Lestari",
                                  "Rina Kusuma", "Dimas Anggoro", "Nur Aini", "Hendra Wijaya",
                                  "André Wijaya", "Yoga Pratama"};
constexpr const char* kInstitutions[] = {"Universitas Udayana", "Universitas Pendidikan Ganesha",
                                         "Politeknik Negeri Bali", "IPB University", "Universitas Indonesia",
                                         "STIE Triatma Mulya", "Universitas Warmadewa"};
constexpr const char* kTopics[] = {"jumlah penduduk", "kemiskinan", "inflasi", "PDRB", "IPM",
                                   "tingkat pengangguran terbuka", "luas panen padi", "produksi padi",
                                   "jumlah wisatawan", "upah minimum"};
constexpr const char* kEnglish[] = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by",
    "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "had",
    "they", "you", "were", "their", "one", "all", "we", "can", "her", "has", "there", "been", "if",
    "more", "when", "will", "would", "who", "so", "no", "report", "population", "growth", "regional",
    "survey", "analysis", "figures", "quarterly", "household", "income", "expenditure", "province",
    "district", "market", "tourism", "visitors", "agriculture", "rice", "harvest", "labour", "force",
    "wages", "prices", "consumer", "methodology", "sample", "estimate", "table", "series", "annual",
    "development", "research", "project", "question", "information", "however", "therefore", "also",
};
constexpr const char* kDomains[] = {"gmail.com", "yahoo.co.id", "outlook.com", "apps.ipb.ac.id",
                                    "ui.ac.id", "bogorkab.go.id", "icloud.com", "unpad.ac.id"};

class Gen {
 public:
  Gen(std::uint64_t seed, bool long_own_words) : rng_(seed), long_own_words_(long_own_words) {}
  std::size_t uniform(std::size_t lo, std::size_t hi) {
    return std::uniform_int_distribution<std::size_t>(lo, hi)(rng_);
  }
  std::string sentence() {
    std::string s;
    const std::size_t n = uniform(6, 16);
    for (std::size_t i = 0; i < n; ++i) {
      std::string w = kWords[uniform(0, std::size(kWords) - 1)];
      if (i == 0 && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
      if (!s.empty()) s += ' ';
      s += w;
    }
    s += uniform(0, 4) == 0 ? " – sesuai kebutuhan." : ".";
    return s;
  }
  /// A sentence of English filler (the worst-case corpus).
  std::string english_sentence() {
    std::string s;
    const std::size_t n = uniform(8, 22);
    for (std::size_t i = 0; i < n; ++i) {
      std::string w = kEnglish[uniform(0, std::size(kEnglish) - 1)];
      if (i == 0) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      if (!s.empty()) s += i % 7 == 6 ? ", " : " ";
      s += w;
    }
    return s + ".";
  }
  /// The worst case's body: `bytes` of new English text in paragraphs, nothing quoted.
  std::string english_text(std::size_t bytes) {
    std::string t = "Dear Sir or Madam,\n\n";
    while (t.size() < bytes) t += english_sentence() + (uniform(0, 4) ? " " : "\n\n");
    return t + "\n\nKind regards\n";
  }
  /// What a requester writes: greeting, self-introduction, the request, a little context, closing
  /// and signature - a few hundred bytes to about 2 KB, as in real consultation mail.
  std::string own_words(const std::string& name) {
    std::string t = uniform(0, 1) ? "Selamat pagi Bapak/Ibu petugas PST,\n\n" : "Yth. Bapak/Ibu,\n\n";
    t += "Perkenalkan, nama saya " + name + ", mahasiswa " + kInstitutions[uniform(0, std::size(kInstitutions) - 1)] +
         ". ";
    t += "Saya ingin meminta data " + std::string(kTopics[uniform(0, std::size(kTopics) - 1)]) +
         " Kabupaten Jembrana tahun " + std::to_string(uniform(2019, 2025)) + " menurut kecamatan.\n";
    for (std::size_t i = uniform(0, 8); i > 0; --i) t += sentence() + (uniform(0, 2) ? " " : "\n");
    t += "\n\nTerima kasih atas bantuannya.\n\nHormat saya,\n" + name + "\n";
    return t;
  }
  /// The requester's own words, then earlier messages of the thread quoted ("> ") up to about
  /// `bytes` bytes in all, lines under 76 chars.
  std::string text(std::size_t bytes, const std::string& name) {
    std::string t = own_words(name);
    // The worst case (--long-own-words): half the mail is the requester's own text.
    while (long_own_words_ && t.size() < bytes / 2) t += sentence() + (uniform(0, 3) ? " " : "\n");
    std::string line;
    if (t.size() < bytes)
      t += "\nPada Sen, 16 Nov 2026 pukul 09.00 PST BPS <pst3201@bps.go.id> menulis:\n";
    while (t.size() < bytes) {
      std::string s = sentence();
      std::istringstream words(s);
      std::string w;
      while (words >> w) {
        if (line.size() + w.size() + 1 > 72) {
          t += "> " + line + "\n";
          line.clear();
        }
        if (!line.empty()) line += ' ';
        line += w;
      }
      if (uniform(0, 3) == 0) {
        t += "> " + line + "\n>\n";
        line.clear();
      }
    }
    if (!line.empty()) t += "> " + line + "\n";
    return t;
  }
  std::string html(std::string_view text) {
    std::string h = "<html><head><style>p{margin:0} .x{color:#333}</style></head><body><div dir=\"ltr\">";
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos) eol = text.size();
      std::string_view l = text.substr(pos, eol - pos);
      if (l.empty()) {
        h += "<div><br></div>";
      } else {
        h += "<div>";
        for (char c : l) {
          if (c == '<') h += "&lt;";
          else if (c == '>') h += "&gt;";
          else if (c == '&') h += "&amp;";
          else h += c;
        }
        h += "</div>\n";
      }
      pos = eol + 1;
    }
    return h + "</div></body></html>\n";
  }
  std::string bytes(std::size_t n) {
    std::string b(n, '\0');
    for (auto& c : b) c = static_cast<char>(rng_() & 0xFF);
    return b;
  }

 private:
  std::mt19937_64 rng_;
  bool long_own_words_ = false;
};

std::string base64(std::string_view in) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t line = 0;
  for (std::size_t i = 0; i < in.size(); i += 3) {
    std::uint32_t v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    if (i + 2 < in.size()) v |= static_cast<unsigned char>(in[i + 2]);
    out += t[(v >> 18) & 63];
    out += t[(v >> 12) & 63];
    out += i + 1 < in.size() ? t[(v >> 6) & 63] : '=';
    out += i + 2 < in.size() ? t[v & 63] : '=';
    if ((line += 4) >= 76) {
      out += "\r\n";
      line = 0;
    }
  }
  return out + "\r\n";
}

std::string qp(std::string_view in, bool latin1) {
  std::string out;
  std::size_t col = 0;
  auto put = [&](std::string_view s) {
    if (col + s.size() > 75) {
      out += "=\r\n";
      col = 0;
    }
    out += s;
    col += s.size();
  };
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c == '\n') {
      out += "\r\n";
      col = 0;
    } else if (c == '=' || c >= 0x80) {
      if (latin1 && c == 0xE2) {  // "–" in UTF-8 -> 0x96 in windows-1252
        put("=96");
        i += 2;
        continue;
      }
      char buf[4];
      std::snprintf(buf, sizeof buf, "=%02X", c);
      put(buf);
    } else {
      put(std::string_view(&in[i], 1));
    }
  }
  return out;
}

std::string crlf(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 40);
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string make_mail(Gen& g, std::size_t index) {
  const std::size_t target = g.uniform(2 * 1024, 50 * 1024);
  const bool with_attachment = index % 5 == 0;
  const std::size_t style = g.uniform(0, 4);
  const std::string name = kNames[g.uniform(0, std::size(kNames) - 1)];
  const std::string domain = kDomains[g.uniform(0, std::size(kDomains) - 1)];
  std::string h;
  h += "Return-Path: <sender" + std::to_string(index) + "@" + domain + ">\r\n";
  for (int i = 0; i < 3; ++i)
    h += "Received: from mail-" + std::to_string(i) + "." + domain + " (mail." + domain +
         " [203.0.113." + std::to_string(i + 10) + "])\r\n\tby mx.bps.go.id (Postfix) with ESMTPS id 4F1A" +
         std::to_string(index) + "\r\n\tfor <pst3201@bps.go.id>; Mon, 16 Nov 2026 09:12:44 +0700 (WIB)\r\n";
  h += "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain +
       "; s=20230601; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n"
       "\t :date:message-id:reply-to; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n"
       "\tb=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSBidXQgaXQgbG9va3MgbGlrZSBvbmUgYW55d2F5\r\n";
  const bool encoded_name = style == 1 || name.find('\xC3') != std::string::npos;
  h += "From: " + (encoded_name ? "=?UTF-8?B?" + base64(name).substr(0, base64(name).size() - 2) + "?="
                                : "\"" + name + "\"") +
       " <sender" + std::to_string(index) + "@" + domain + ">\r\n";
  h += "To: PST BPS Kabupaten Bogor <pst3201@bps.go.id>\r\n";
  h += "Subject: =?UTF-8?Q?Permohonan_data_" + std::to_string(index) + "_=E2=80=93_tahun_2025?=\r\n";
  h += "Date: Mon, 16 Nov 2026 09:12:31 +0700\r\n";
  h += "Message-ID: <bench." + std::to_string(index) + "@" + domain + ">\r\n";
  h += "MIME-Version: 1.0\r\n";

  const std::size_t attach_bytes = with_attachment ? target * 3 / 5 * 3 / 4 : 0;
  const std::size_t text_bytes =
      std::max<std::size_t>(600, (target - std::min(target, attach_bytes * 4 / 3 + 1500)) /
                                     (style <= 1 ? 2 : 1));
  const std::string text = g.text(text_bytes, name);
  std::string body;  // the body entity (headers + content), without the top-level headers
  switch (style) {
    case 0:
    case 1: {
      const bool latin1 = style == 1;
      const std::string cs = latin1 ? "iso-8859-1" : "UTF-8";
      body = "Content-Type: multipart/alternative; boundary=\"alt-" + std::to_string(index) +
             "\"\r\n\r\n--alt-" + std::to_string(index) + "\r\nContent-Type: text/plain; charset=\"" +
             cs + "\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(text, latin1) +
             "\r\n--alt-" + std::to_string(index) + "\r\nContent-Type: text/html; charset=\"" + cs +
             "\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(g.html(text), latin1) +
             "\r\n--alt-" + std::to_string(index) + "--\r\n";
      break;
    }
    case 2:
      body = "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" +
             crlf(g.html(text));
      break;
    case 3:
      body = "Content-Type: text/plain; charset=utf-8; format=flowed\r\n"
             "Content-Transfer-Encoding: 8bit\r\n\r\n" + crlf(text) + "\r\nSent from my iPhone\r\n";
      break;
    default:
      body = "Content-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
             base64(text);
      break;
  }
  if (!with_attachment) return h + body;
  const std::string b = "mixed-" + std::to_string(index);
  return h + "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n" + body +
         "\r\n--" + b +
         "\r\nContent-Type: application/pdf; name=\"Surat Permohonan.pdf\"\r\n"
         "Content-Disposition: attachment; filename*=UTF-8''Surat%20Permohonan%20%E2%80%93%20" +
         std::to_string(index) + ".pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
         base64(g.bytes(attach_bytes)) + "--" + b + "--\r\n";
}

/// A mail of the worst-case corpus: the whole body is new text for the language layer to read.
std::string make_worst_case_mail(Gen& g, std::size_t index) {
  const std::size_t target = g.uniform(2 * 1024, 50 * 1024);
  const std::size_t shape = g.uniform(0, 99);  // < 55 plain, < 70 text+HTML, else with an attachment
  const std::size_t sender = index % 12;
  const std::string domain = kDomains[sender % std::size(kDomains)];
  const std::string address = "writer" + std::to_string(sender) + "@" + domain;
  std::string h;
  h += "Return-Path: <" + address + ">\r\n";
  h += "Received: from mail." + domain + " (mail." + domain + " [203.0.113.7])\r\n\tby mx.bps.go.id (Postfix) "
       "with ESMTPS id 9C2B" + std::to_string(index) + "\r\n\tfor <bps5101@bps.go.id>; Mon, 16 Nov 2026 09:12:44 +0800\r\n";
  h += "From: \"" + std::string(kNames[sender % std::size(kNames)]) + "\" <" + address + ">\r\n";
  h += "To: PST BPS Kabupaten Jembrana <bps5101@bps.go.id>\r\n";
  h += "Subject: Question about regional statistics " + std::to_string(index) + "\r\n";
  h += "Date: Mon, 16 Nov 2026 09:12:31 +0800\r\n";
  h += "Message-ID: <worst." + std::to_string(index) + "@" + domain + ">\r\nMIME-Version: 1.0\r\n";
  if (shape < 55) {
    const std::string text = g.english_text(target - std::min<std::size_t>(target, 600));
    if (g.uniform(0, 1))
      return h + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + crlf(text);
    return h + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
           qp(text, false);
  }
  if (shape < 70) {
    const std::string text = g.english_text((target - std::min<std::size_t>(target, 600)) / 2);
    const std::string b = "alt-" + std::to_string(index);
    return h + "Content-Type: multipart/alternative; boundary=\"" + b + "\"\r\n\r\n--" + b +
           "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
           qp(text, false) + "\r\n--" + b +
           "\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
           qp(g.html(text), false) + "\r\n--" + b + "--\r\n";
  }
  const std::size_t attach_bytes = g.uniform(1024, 6 * 1024);
  const std::string text = g.english_text(target - std::min(target, attach_bytes * 4 / 3 + 800));
  const std::string b = "mixed-" + std::to_string(index);
  return h + "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b +
         "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + crlf(text) +
         "\r\n--" + b + "\r\nContent-Type: image/png; name=\"chart.png\"\r\nContent-Disposition: attachment; "
         "filename=\"chart.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64(g.bytes(attach_bytes)) +
         "--" + b + "--\r\n";
}

/// First three fields of /proc/loadavg: how busy the machine was (the wall-clock figure depends on it).
std::string load_average() {
  std::ifstream f("/proc/loadavg");
  std::string a, b, c;
  f >> a >> b >> c;
  return a + " " + b + " " + c;
}

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 5000;
  int passes = 5;
  std::string dir, write_dir, dump, lexicon;
  std::string out = std::string(PST_SOURCE_DIR) + "/bench/results-parse.json";
  bool with_analyse = false, floor_only = false, long_own_words = false, worst_case = false;
  std::uint64_t seed = 20261127;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "parse_bench: " << a << " needs a value\n";
        std::exit(64);
      }
      return argv[++i];
    };
    if (a == "--count") count = std::stoul(next());
    else if (a == "--passes") passes = std::max(1, std::stoi(next()));
    else if (a == "--dir") dir = next();
    else if (a == "--write-corpus") write_dir = next();
    else if (a == "--dump") dump = next();
    else if (a == "--lexicon") lexicon = next();
    else if (a == "--out") out = next();
    else if (a == "--seed") seed = std::stoull(next());
    else if (a == "--analyse") with_analyse = true;
    else if (a == "--floor") floor_only = true;
    else if (a == "--long-own-words") long_own_words = true;
    else if (a == "--worst-case") worst_case = true;
    else {
      std::cerr << "usage: parse_bench [--count N] [--passes P] [--dir DIR] [--write-corpus DIR] "
                   "[--analyse | --floor] [--long-own-words | --worst-case] [--out FILE] [--seed S] [--dump FILE] "
                   "[--lexicon DIR]\n";
      return 64;
    }
  }
  if (!lexicon.empty())
    for (const std::string& problem : pst::load_office_lexicon(lexicon)) std::cerr << "parse_bench: " << problem << "\n";
  if (with_analyse && floor_only) {
    std::cerr << "parse_bench: --analyse and --floor are two stages: give one\n";
    return 64;
  }

  std::vector<std::string> corpus;
  if (!dir.empty()) {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& p : files) corpus.push_back(read_file(p));
  } else {
    Gen g(seed, long_own_words);
    for (std::size_t i = 0; i < count; ++i)
      corpus.push_back(worst_case ? make_worst_case_mail(g, i) : make_mail(g, i));
  }
  if (corpus.empty()) {
    std::cerr << "parse_bench: no mails\n";
    return 66;
  }
  if (!write_dir.empty()) {
    fs::create_directories(write_dir);
    for (std::size_t i = 0; i < corpus.size(); ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "%05zu.eml", i);
      std::ofstream(fs::path(write_dir) / name, std::ios::binary) << corpus[i];
    }
  }
  // --dump FILE: the analysis of every mail as one JSON line, to compare two builds (a speed change
  // must not change what is understood): `cmp` the files of both.
  if (!dump.empty()) {
    std::ofstream d(dump, std::ios::binary);
    for (const auto& raw : corpus)
      d << pst::parsed_mail_json(pst::analyse(pst::decode_mail(raw, pst::MimeLimits{}))) << "\n";
  }
  std::size_t total_bytes = 0, with_attachments = 0, html_only = 0;
  for (const auto& m : corpus) total_bytes += m.size();

  const pst::MimeLimits limits;
  const std::string stage = with_analyse ? "decode_mail+analyse" : floor_only ? "decode_mail+own_words+words_view"
                                                                                : "decode_mail";
  std::size_t sink = 0;
  // Wall time and this process's CPU time per pass: on a shared, loaded machine the CPU figure is
  // the parser's own cost; on an idle one both agree.
  std::vector<double> cpu_times;
  auto one_pass = [&] {
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    for (const auto& raw : corpus) {
      if (with_analyse) {
        const pst::ParsedMail p = pst::analyse(pst::decode_mail(raw, limits));
        sink += p.mail.text.size();
      } else if (floor_only) {
        const pst::DecodedMail m = pst::decode_mail(raw, limits);
        const pst::OwnWords own = pst::own_words_of(m);
        const pst::WordsView words(pst::text::understood_part(own.text));
        sink += words.tokens().size() + own.text.size();
      } else {
        const pst::DecodedMail m = pst::decode_mail(raw, limits);
        sink += m.text.size() + m.attachments.size();
      }
    }
    cpu_times.push_back(static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  for (const auto& raw : corpus) {  // corpus shape, and a warm-up
    const pst::DecodedMail m = pst::decode_mail(raw, limits);
    if (!m.attachments.empty()) ++with_attachments;
    if (m.text_from_html) ++html_only;
  }
  std::vector<double> times;
  for (int p = 0; p < passes; ++p) times.push_back(one_pass());
  std::sort(times.begin(), times.end());
  std::sort(cpu_times.begin(), cpu_times.end());
  const double cpu_median = cpu_times[cpu_times.size() / 2];
  const double cpu_best = cpu_times.front();  // the statistic bench/run.py's Python baseline reports (best of its passes)
  const double median = times[times.size() / 2];
  const double best = times.front();
  const double mb = static_cast<double>(total_bytes) / (1024.0 * 1024.0);
  const double n = static_cast<double>(corpus.size());

  std::printf("parse_bench: %zu mails, %.1f MB (avg %.1f KB), %zu with attachments, %zu HTML-only\n",
              corpus.size(), mb, mb * 1024.0 / n, with_attachments, html_only);
  std::printf("%-22s %12s %12s\n", stage.c_str(), "median",
              "best");
  std::printf("%-22s %12.0f %12.0f\n", "mails/s", n / median, n / best);
  std::printf("%-22s %12.1f %12.1f\n", "MB/s", mb / median, mb / best);
  std::printf("%-22s %12.0f %12.0f\n", "mails/s (CPU time)", n / cpu_median, n / cpu_best);
  std::printf("%-22s %12.1f %12.1f\n", "MB/s (CPU time)", mb / cpu_median, mb / cpu_best);

  std::ofstream js(out);
  js << "{\n  \"benchmark\": \"parse_bench\",\n"
     << "  \"stage\": \"" << stage << "\",\n"
     << "  \"source\": \"" << (dir.empty() ? "generated seed " + std::to_string(seed) : dir) << "\",\n"
     << "  \"mails\": " << corpus.size() << ",\n  \"bytes\": " << total_bytes << ",\n"
     << "  \"with_attachments\": " << with_attachments << ",\n  \"html_only\": " << html_only << ",\n"
     << "  \"passes\": " << passes << ",\n  \"threads\": 1,\n"
     << "  \"hardware_threads\": " << std::thread::hardware_concurrency() << ",\n"
     << "  \"load_average_at_end\": \"" << load_average() << "\",\n"
     << "  \"median_seconds\": " << median << ",\n"
     << "  \"mails_per_second_median\": " << static_cast<long>(n / median) << ",\n"
     << "  \"mails_per_second_best\": " << static_cast<long>(n / best) << ",\n"
     << "  \"mb_per_second_median\": " << mb / median << ",\n"
     << "  \"mb_per_second_best\": " << mb / best << ",\n"
     << "  \"cpu_median_seconds\": " << cpu_median << ",\n"
     << "  \"mails_per_second_cpu\": " << static_cast<long>(n / cpu_median) << ",\n"
     << "  \"cpu_best_seconds\": " << cpu_best << ",\n"
     << "  \"mails_per_second_cpu_best\": " << static_cast<long>(n / cpu_best) << ",\n"
     << "  \"mb_per_second_cpu\": " << mb / cpu_median << "\n}\n";
  if (!js) std::cerr << "parse_bench: cannot write " << out << "\n";
  else std::printf("written %s\n", out.c_str());
  return sink == 0 ? 1 : 0;
}
