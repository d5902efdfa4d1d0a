// request_detail.cc: see request_detail.h.
#include "parsers/request_detail.h"

#include "parsers/words_view.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <initializer_list>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "parsers/byte_runs.h"
#include "parsers/indonesian_words.h"
#include "parsers/introduction.h"
#include "parsers/language.h"
#include "parsers/phrase_set.h"
#include "parsers/text_scan.h"

namespace pst {
namespace {

// Data topics and indicators (lower case, matched as whole words or phrases).
constexpr auto kTopics = std::to_array<std::string_view>({
    "penduduk", "kependudukan", "populasi", "kemiskinan", "miskin", "garis kemiskinan", "pdrb", "produk domestik",
    "pertumbuhan ekonomi", "ekonomi", "inflasi", "ihk", "indeks harga", "harga", "ipm",
    "indeks pembangunan manusia", "pembangunan manusia", "pengangguran", "tpt", "tenaga kerja", "pencari kerja", "lapangan kerja", "lowongan kerja",
    "ketenagakerjaan", "angkatan kerja", "pekerja", "upah", "gaji", "umk", "ump", "pendidikan", "sekolah",
    "rata-rata lama sekolah", "harapan lama sekolah", "buta huruf", "melek huruf", "kesehatan", "stunting",
    "gizi", "angka harapan hidup", "harapan hidup", "kematian", "kelahiran", "fertilitas", "migrasi",
    "pertanian", "padi", "beras", "jagung", "produksi", "luas panen", "produktivitas", "perkebunan", "kelapa",
    "kakao", "kopi", "cengkeh", "perikanan", "ikan", "nelayan", "peternakan", "ternak", "sapi", "babi",
    "unggas", "pariwisata", "wisatawan", "wisman", "hotel", "hunian", "akomodasi", "restoran", "ekspor",
    "impor", "perdagangan", "ntp", "nilai tukar petani", "sensus", "sp2020", "se2016", "st2023", "se2026",
    "susenas", "sakernas", "podes", "survei", "survey", "data mikro", "microdata", "raw data", "publikasi",
    "dalam angka", "statistik daerah", "indikator", "rasio gini", "gini", "ketimpangan", "pengeluaran",
    "konsumsi", "perumahan", "rumah tangga", "rumah layak huni", "sanitasi", "air minum", "air bersih",
    "listrik", "energi", "umkm", "industri", "ukm", "usaha", "koperasi", "transportasi", "kendaraan",
    "jalan", "curah hujan", "iklim", "luas wilayah", "geografi", "geografis", "desa", "kelurahan",
    "kecamatan", "gender", "ipg", "idg", "apbd", "pendapatan", "keuangan daerah", "investasi", "kriminalitas",
    "kejahatan", "bencana", "lingkungan", "hutan", "lahan", "sawah", "irigasi", "agama", "pemeluk",
    "jumlah sekolah", "guru", "murid", "siswa", "puskesmas", "tenaga kesehatan", "dokter", "penyakit",
    "covid", "imunisasi", "kb", "keluarga berencana", "disabilitas", "lansia", "anak", "pemuda", "perempuan",
    "laju pertumbuhan", "kepadatan", "sex ratio", "rasio jenis kelamin", "struktur umur", "piramida",
    "proyeksi penduduk", "metodologi", "metode", "sampling", "sampel", "kuesioner", "definisi", "konsep",
    "cara menghitung", "rumus", "penghitungan", "perhitungan", "indeks", "nilai tambah", "pdb",
    "population", "poverty", "gdp", "grdp", "inflation", "unemployment", "hdi", "human development",
    "labour", "labor", "employment", "tourism", "tourist", "agriculture", "census", "wages", "wage",
    "education", "health", "rice", "fisheries", "livestock", "household", "households", "expenditure",
    "consumption", "migration", "fertility", "mortality", "income", "prices", "price", "trade",
    "exports", "imports", "statistics on", "methodology", "tourists", "visitors", "arrivals", "farmers",
    "workers", "births", "deaths", "production", "harvest", "crop", "crops", "fishery", "fishing", "cocoa",
    "coffee", "number of", "konstruksi", "bangunan", "penerima", "bansos", "bantuan sosial", "kunjungan",
    "nelayan", "petani", "penghasilan", "pengusaha", "perusahaan", "tenaga", "penyandang", "rasio",
    "persentase", "prevalensi", "angka partisipasi", "aps", "apk", "apm", "ikm", "indeks kemahalan",
    "kendaraan bermotor", "internet", "telepon", "teknologi informasi", "tik", "ipm", "rls", "hls", "ahh"});

constexpr auto kRegions = std::to_array<std::string_view>({
    "jembrana", "negara", "mendoyo", "pekutatan", "melaya", "bali", "denpasar", "badung", "gianyar",
    "tabanan", "buleleng", "bangli", "klungkung", "karangasem", "gilimanuk", "kabupaten", "kecamatan",
    "desa", "kelurahan", "provinsi"});

// Words that make a sentence a need ("minta", "butuh") or a question.
constexpr auto kNeedWords = std::to_array<std::string_view>({
    "minta", "meminta", "permintaan", "permohonan", "butuh", "membutuhkan", "memerlukan", "perlu", "mencari",
    "butuhkan", "perlukan",  // "yang kami butuhkan: ...", "data yang saya perlukan adalah ..." 
    "cari", "mohon", "memohon", "ingin", "mau", "pengen", "pingin", "request", "need", "looking", "would like",
    "apakah", "bagaimana", "berapa", "dimana", "di mana", "kapan", "how", "what", "where", "could", "can",
    "konsultasi", "berkonsultasi", "tanya", "bertanya", "menanyakan", "memperoleh", "mendapatkan",
    "mengetahui", "tahu", "boleh", "bisakah", "dibantu", "bantuan", "dibutuhkan", "diperlukan",
    "keperluan", "kebutuhan", "diminta", "requesting", "interested", "mnta", "mhn", "nanya", "nunas",
    "tolong", "share", "send", "provide", "obtain", "kirimkan", "dikirimkan", "berikan", "tersedia",
    "available", "get", "appreciate", "kindly", "wondering", "grateful",
    // English's other ways of wanting ("I'd like the fish catch data", "I want ...", "I'm hoping to obtain ...",
    // "... for 2020-2024 would be really helpful")
    "i'd like", "we'd like", "want", "hoping to", "hope to", "would be helpful", "would be really helpful",
    "would be very helpful", "would be great",
    // "(we) would love recent tourist arrival figures", "I'd love to get ..." (not "would love to explore synergies")
    "would love the", "would love some", "would love any", "would love recent", "would love a copy", "love to get",
    "love to have", "love to receive", "love to obtain", "i'd love the", "we'd love the"});

constexpr auto kQuestionWords = std::to_array<std::string_view>({
    "apakah", "bagaimana", "berapa", "dimana", "di mana", "kapan", "mengapa", "kenapa", "gimana", "how",
    "what", "where", "when", "which"});

// The phrases of the rules that find a sentence stating no need though it names data (asks_about_a_request_made,
// asks_for_a_placement, plans_a_visit, below). They are also found in the request reader's one scan of each
// sentence (request_words): a sentence with none of a rule's phrases is not read again for that rule.

// asks_about_a_request_made: where a request has got to; asking after a request or a ticket by name
// ("Menanyakan permohonan data ...")
constexpr auto kAfterPhrases = std::to_array<std::string_view>(
    {"sampai mana", "sudah diproses", "dalam proses", "masih diproses", "sedang diproses", "any update",
     // waiting for it, or calling it off ("Saya tunggu data ... nya ya", "permintaan ... saya batalkan")
     "saya tunggu", "kami tunggu", "ditunggu", "look forward to receiving", "saya batalkan", "kami batalkan",
     "dibatalkan", "membatalkan", "tidak diperlukan lagi", "sudah tidak diperlukan", "cancel my request",
     "cancel the request",
     "status of my request", "menanyakan permohonan", "menanyakan permintaan", "menanyakan tiket", "menanyakan status",
     "menanyakan kabar", "menanyakan perkembangan", "tindak lanjut permohonan", "tindak lanjut permintaan",
     "follow up on my", "following up on my", "follow-up on my"});
// "data ... yang saya minta minggu lalu apakah sudah bisa dikirim?": data named as asked for already, asked whether
// it has come yet (kYetPhrases), with no word of a further need in the sentence ("juga", "also": kFurtherPhrases);
// "data yang saya minta tetap sama" restates the need.
constexpr auto kAskedBeforePhrases = std::to_array<std::string_view>(
    {"yang saya minta", "yang kami minta", "yang saya mohon", "yang kami mohon", "yang saya ajukan",
     "yang kami ajukan", "yg saya minta", "yg sy minta", "i requested", "we requested", "i asked for",
     "we asked for"});
constexpr auto kYetPhrases = std::to_array<std::string_view>(
    {"apakah sudah", "sudah bisa", "sudah ada", "sudah dikirim", "kapan", "belum", "any news", "yet"});
constexpr auto kFurtherPhrases =
    std::to_array<std::string_view>({"juga", "tambahan", "selain", "also", "additional", "another", "in addition"});
// "Terkait tiket PST-2026-00201, apakah data ... sudah bisa dikirim?", "untuk tiket ..., mohon dikirim dalam Excel":
// a sentence about a ticket speaks of the request it holds.
constexpr auto kTicketPhrases = std::to_array<std::string_view>({"tiket", "ticket", "no tiket", "nomor tiket"});
// asks_for_a_placement: a place to intern or a speaker asked for.
constexpr auto kPlacementPhrases = std::to_array<std::string_view>(
    {"menerima mahasiswa magang", "menerima magang", "menerima siswa pkl", "menerima mahasiswa pkl",
     "menerima siswa magang", "tempat pkl", "tempat magang", "an internship", "mengundang narasumber",
     "sebagai narasumber",
     // in chat ("bps jembrana nerima mhs magang/PKL ga ya?")
     "nerima mhs magang", "nerima mahasiswa magang", "nerima magang", "terima magang", "nerima pkl", "menerima pkl",
     "terima pkl", "nerima siswa pkl", "mhs magang", "lowongan magang", "program magang", "magang/pkl", "pkl/magang"});
// plans_a_visit: the writer's plan to come to the office.
constexpr auto kVisitPhrases = std::to_array<std::string_view>(
    {"mau dateng", "mau datang", "mau dtg", "akan datang", "akan dateng", "rencana datang", "rencana dateng",
     "mau berkunjung", "akan berkunjung", "rencana berkunjung", "mau main ke kantor", "will come", "plan to visit",
     "planning to visit"});

// "Data inflasi yang dikirimkan sudah kami terima": a sentence that says the data arrived (its need words,
// "dikirimkan", name what was sent, not what is asked), or thanks for what
// was sent ("terima kasih atas data ... yang dikirimkan Jumat lalu", "thank you for the tables you sent"; not
// thanks in advance beside a need: "terima kasih, mohon data dikirimkan ..."). The request reader also counts
// data got already ("Saya sudah mendapatkan data IPM 2024 dari website") and thanks "banyak" for data sent;
// classify's "a new mail that thanks for data is a reply" keeps to the first phrases: the intake files a new
// mail's warmer thanks as a request that asks the officer to look (confidence.h).
enum class Received { as_classify_reads, as_the_reader_reads };
constexpr auto kReceived = std::to_array<std::string_view>(
    {"sudah kami terima", "sudah saya terima", "telah kami terima", "telah saya terima", "sudah diterima",
     "telah diterima", "sudah kami dapatkan", "sudah saya dapatkan", "sudah kami peroleh", "sudah saya peroleh",
     "sdh kami terima", "sdh saya terima", "have received", "has been received", "have got the", "received the data",
     "received the file", "received the table"});
constexpr auto kGot =
    std::to_array<std::string_view>({"sudah mendapatkan", "sudah mendapat", "sudah memperoleh", "sudah menerima",
                                     "already got", "already have", "already received"});
constexpr auto kThanksFor = std::to_array<std::string_view>(
    {"terima kasih atas", "terima kasih untuk", "terimakasih atas", "makasih atas", "thank you for", "thanks for"});
constexpr auto kWarmThanksFor =
    std::to_array<std::string_view>({"terima kasih banyak atas", "terima kasih banyak untuk", "makasih banyak atas",
                                     "thank you very much for", "thanks a lot for", "many thanks for"});

// The lexicons a sentence is read against, found together in one scan of it (phrase_set.h).
// kStanding: words of how a request stands ("status", "perkembangan"): asks_about_a_request_made looks
// further only in a sentence that has one.
// After kGroups, the groups only asked whether any of their phrases occurs (SentenceWords::has): the phrases that
// can make asks_about_a_request_made true without a word of how it stands (kAfter, kAskedBefore, kTicket), those of
// asks_for_a_placement and those of plans_a_visit, and those that can make says_received true (either reading).
enum Group : std::size_t { kTopic, kNeed, kQuestion, kRegion, kTimeFrame, kStanding, kGroups };
enum Gate : std::size_t { kAskedAfter = std::size_t{kGroups}, kPlacement, kVisit, kReceivedOrThanks };
constexpr auto kStandingWords =
    std::to_array<std::string_view>({"status", "perkembangan", "kabar", "progres", "progress", "update"});
// The phrases of one or more lists, in order, as one list (a group of a PhraseSet).
template <class... Lists>
std::vector<std::string_view> entries(const Lists&... lists) {
  std::vector<std::string_view> out;
  (out.insert(out.end(), lists.begin(), lists.end()), ...);
  return out;
}
const text::PhraseSet& request_words() {
  static const text::PhraseSet l({entries(kTopics), entries(kNeedWords), entries(kQuestionWords), entries(kRegions),
                                  // "tahun terakhir", "terbaru": a time frame in words.
                                  {"tahun terakhir", "terbaru", "last", "latest"}, entries(kStandingWords),
                                  // the gate groups (Gate)
                                  entries(kAfterPhrases, kAskedBeforePhrases, kTicketPhrases),
                                  entries(kPlacementPhrases), entries(kVisitPhrases),
                                  entries(kReceived, kGot, kThanksFor, kWarmThanksFor)});
  return l;
}

// What one scan found in a sentence, by lexicon: indices within the lexicon, ascending. Held inline (a
// sentence names a few of each): the request reader makes one of these for each of up to 60 sentences, and
// their heap vectors were about a third of making them on long mails.
struct SentenceWords {
  std::array<boost::container::small_vector<std::size_t, 8>, kGroups> hits;
  unsigned gates = 0;  // bit g - kGroups: a phrase of gate group g occurs
  // `l` is request_words(), asked once by the reader rather than once or twice a sentence (a guarded static).
  /// From one scan of the sentence `low` (lower case, squeezed).
  SentenceWords(const text::PhraseSet& l, std::string_view low) {
    thread_local std::vector<std::size_t> found;  // kept from one sentence to the next
    l.found(low, found);
    sort_out(l, found);
  }
  /// The same from the runs that open a phrase (phrase_hits.h) in the sentence's range [.., to) of the text
  /// `text_low` (the sentence unsqueezed: `low` is it squeezed): `in_sentence`.
  SentenceWords(const text::PhraseSet& l, std::string_view low, std::string_view text_low, std::size_t to,
                std::span<const text::PhraseOpeners::Hit> in_sentence) {
    thread_local std::vector<std::size_t> found;
    found.clear();
    const auto add = [&](const text::PhraseSet::Match& m) {
      found.push_back(m.phrase);
      return true;
    };
    for (const text::PhraseOpeners::Hit& h : in_sentence) l.at_run_squeezed(text_low, h.begin, h.end, to, h.value, add);
    l.odd_in(low, add);
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    sort_out(l, found);
  }
  // The phrases found (indices in request_words(), ascending, each once) by group.
  void sort_out(const text::PhraseSet& l, const std::vector<std::size_t>& found) {
    std::size_t g = 0;
    for (std::size_t i : found) {
      while (i >= l.group_start(g + 1)) ++g;
      if (g < kGroups) hits[g].push_back(i - l.group_start(g));
      else gates |= 1u << (g - kGroups);
    }
  }
  [[nodiscard]] bool has(Gate g) const { return (gates >> (std::size_t{g} - std::size_t{kGroups}) & 1u) != 0; }
};

std::string_view topic_at(std::size_t i) { return kTopics[i]; }
std::string_view region_at(std::size_t i) { return kRegions[i]; }

// "Saya ingin mengadukan bahwa angka ...", "ingin memberikan kritik dan saran: tabelnya ...": a wish
// whose object, within the next three words, is a complaint or a suggestion is no need; the data
// words name what the complaint is about. Other wishes and every asking word (minta, mohon, butuh)
// in the sentence still are ("ingin data PDRB 2023, ada keluhan soal website" asks).
constexpr auto kWishWords = std::to_array<std::string_view>({"ingin", "mau", "pengen", "pingin"});  // also need words
constexpr auto kComplaintActs =
    std::to_array<std::string_view>({"mengadukan", "mengadu", "mengeluhkan", "komplain", "protes", "kritik", "keluhan",
                                     "masukan", "saran", "complain"});
bool is_wish(std::string_view need_word) {
  return std::find(kWishWords.begin(), kWishWords.end(), need_word) != kWishWords.end();
}
bool only_wishes_to_complain(std::string_view low) {
  static const text::PhraseSet l({entries(kWishWords), entries(kComplaintActs)});
  const std::size_t first_act = l.group_start(1);
  const std::vector<text::PhraseSet::Match> m = l.matches(low);
  auto words_between = [&](std::size_t from, std::size_t to) {
    int n = 0;
    for (std::size_t i = from; i < to; ++i) n += text::is_lower_ascii(low[i]) && !text::is_lower_ascii(low[i - 1]);
    return n;
  };
  bool wish_to_complain = false;
  for (std::size_t w = 0; w < m.size(); ++w) {
    if (m[w].phrase >= first_act) continue;
    bool act = false;
    for (std::size_t k = w + 1; k < m.size() && !act; ++k)
      act = m[k].phrase >= first_act && words_between(m[w].end, m[k].begin) <= 2;
    if (!act) return false;  // a wish for something else
    wish_to_complain = true;
  }
  return wish_to_complain;
}

bool says_received(std::string_view low, Received as = Received::as_classify_reads) {
  static const text::PhraseSet received(entries(kReceived)), received_or_got(entries(kReceived, kGot));
  static const text::PhraseSet thanks(entries(kThanksFor)), any_thanks(entries(kThanksFor, kWarmThanksFor));
  static const text::PhraseSet sent({"yang dikirim", "yang dikirimkan", "yang sudah", "yang telah", "yang diberikan",
                                     "yang dibagikan", "yang disampaikan",
                                     "you sent", "you provided", "you shared", "you have sent", "you've sent"});
  const bool reader = as == Received::as_the_reader_reads;
  if ((reader ? received_or_got : received).any(low)) return true;
  const std::vector<text::PhraseSet::Match> m = (reader ? any_thanks : thanks).matches(low);
  return !m.empty() && sent.any(low.substr(m.front().end));
}

// An item of a list ("- luas panen", "1. PDRB", "a. jumlah penduduk", "• occupancy rate").
bool is_list_item(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] == '-' || s[0] == '*' || s.starts_with("\u2022")) return true;
  std::size_t k = 0;
  while (k < s.size() && k < 3 && (text::is_digit(s[k]) || (k == 0 && text::is_alpha_ascii(s[k])))) ++k;
  return k > 0 && k < s.size() && (s[k] == '.' || s[k] == ')');
}

// Requests are stated early; the first 60 sentences are plenty and keep long mails cheap.
constexpr std::size_t kMaxSentences = 60;

// A sentence of a text, as the range [begin, end) of it, trimmed and not empty. It is read with its runs
// of spaces and line breaks made one space (text::squeeze_spaces), copied so only where it is read so.
struct Sentence {
  std::size_t begin;
  std::size_t end;
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
};

// The bytes at which splitting looks: a line break or what may end a sentence.
constexpr std::array<bool, 256> kSentenceStop = [] {
  std::array<bool, 256> t{};
  for (const unsigned char c : {'\n', '.', '?', '!'}) t[c] = true;
  return t;
}();

// The first kMaxSentences sentences of `s`.
std::vector<Sentence> split_sentences(std::string_view s) {
  std::vector<Sentence> out;
  out.reserve(kMaxSentences);  // (grown a sentence at a time it was reallocated seven times on a long mail)
  std::size_t begin = 0;  // where the current sentence starts in `s`
  auto flush = [&](std::size_t end) {
    const std::string_view t = text::trim(s.substr(begin, end - begin));
    if (!t.empty()) {
      const auto b = static_cast<std::size_t>(t.data() - s.data());
      out.push_back(Sentence{b, b + t.size()});
    }
  };
  std::size_t line_len = 0;
  std::size_t i = 0;
  for (; i < s.size() && out.size() < kMaxSentences; ++i) {
    // Bytes that neither break a line nor may end a sentence only lengthen the line.
    std::size_t run = i;
    // Sixteen bytes at a time while none is a stop (SSE2: g++ -O2 kept the loop of comparisons written for it scalar).
#if defined(__SSE2__)
    for (; run + 16 <= s.size(); run += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + run));
      const auto is = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
      const __m128i stop = _mm_or_si128(_mm_or_si128(is('\n'), is('.')), _mm_or_si128(is('?'), is('!')));
      // The block's first stop is where its mask's lowest bit says (read byte by byte up to it, it was a tenth of
      // cutting sentences).
      if (const auto at = static_cast<unsigned>(_mm_movemask_epi8(stop)); at != 0) {
        run += static_cast<std::size_t>(__builtin_ctz(at));
        break;
      }
    }
#endif
    while (run < s.size() && !kSentenceStop[static_cast<unsigned char>(s[run])]) ++run;
    line_len += run - i;
    i = run;
    if (i == s.size()) break;
    char c = s[i];
    if (c == '\n') {
      // A short line ends a sentence (lists, greetings); a long one is wrapping (a space). A line that
      // ends with a colon introduces what follows (a list) and ends one too.
      bool blank_next = i + 1 < s.size() && s[i + 1] == '\n';
      // The next line opens an item of a list ("2. jumlah rumah tangga ..."): a new sentence. An item
      // shows in its first four bytes.
      if (line_len < 60 || blank_next || (i > 0 && s[i - 1] == ':') || is_list_item(s.substr(i + 1, 4))) {
        flush(i);
        begin = i + 1;
      }
      line_len = 0;
      continue;
    }
    ++line_len;
    if (i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\n') {
      // Not after an abbreviation like "Kab." "Dr." "S.E." or a lone initial: the last word of the
      // sentence so far (after its last space or wrapped line break) is checked.
      const std::string_view sentence = s.substr(begin, i + 1 - begin);
      // Back from the byte before the stop to a space or line break (find_last_of asked memchr of its two bytes
      // for every byte it passed).
      std::size_t from = sentence.size() >= 2 ? sentence.size() - 1 : 0;
      while (from > 0 && sentence[from - 1] != ' ' && sentence[from - 1] != '\n') --from;
      const std::string_view word = sentence.substr(from);
      // "1. jumlah penduduk": a list number opening the sentence.
      const bool list_number = word.size() <= 3 && word.size() == text::trim(sentence).size() &&
                               std::all_of(word.begin(), word.end() - 1, [](char d) { return text::is_digit(d); });
      if (list_number || (c == '.' && text::keeps_dot(word.substr(0, word.size() - 1))) ||
          (word.size() == 2 && text::is_upper_ascii(word[0])) || std::count(word.begin(), word.end(), '.') >= 2)
        continue;
      flush(i + 1);
      begin = i + 1;
    }
  }
  flush(i);
  return out;
}

// A sentence as it is read: runs of blanks made one space.
std::string squeezed(std::string_view text, const Sentence& s) { return text::squeeze_spaces(s.of(text)); }

// Whether sentence i ends with a colon and the next one is an item of a list (a sentence's first and last
// bytes are the same squeezed or not, and so is whether it opens as an item).
bool introduces_list(std::string_view text, const std::vector<Sentence>& sentences, std::size_t i) {
  return text[sentences[i].end - 1] == ':' && i + 1 < sentences.size() && is_list_item(sentences[i + 1].of(text));
}

// "data <word>", "jumlah <word>", "angka <word>", "number of", "statistics on": the need names a
// subject even when it is not in the topic lexicon. Words after "data" that say nothing about the
// subject ("data untuk skripsi", "data dong") do not count.
bool data_about_something(const std::string& low) {
  static const std::array kEmpty = std::to_array<std::string_view>({
      "saya", "kami", "anda", "tsb", "sudah", "belum", "telah", "akan", "bisa", "tadi", "kemarin", "lengkap",
      "untuk", "utk", "buat", "yang", "yg", "ini", "itu", "tersebut", "nya", "dong", "ya", "saja", "aja",
      "apa", "statistik", "penelitian", "skripsi", "tesis", "tugas", "dari", "di", "ke", "bps", "pst", "and",
      "for", "to", "from", "please", "the", "a", "dengan", "mengenai", "tentang",
      // casual fillers and purposes, which name nothing ("soal data nih", "data buat kegiatan kami")
      "nih", "deh", "kak", "min", "gan", "gak", "nggak", "dulu", "kah", "kegiatan", "keperluan", "kebutuhan",
      "project", "research", "thesis", "our", "your", "some",
      // what is asked of data already requested: to hurry it ("Mohon data dapat segera diproses")
      "dapat", "segera", "diproses", "dikirim", "dikirimkan", "sebagian",
      // ... or where to send it ("Mohon data nantinya dikirim juga ke alamat email saya ini", "mohon data dan
      // surat balasan ... dikirim juga ke email saya")
      "nantinya", "nanti", "juga", "dan",
      // a place alone names no subject ("data-data Kabupaten Jembrana untuk keperluan penelitian")
      "kabupaten", "kab", "kota", "provinsi", "jembrana", "bali", "daerah", "wilayah"});
  for (std::string_view key : {"data ", "jumlah ", "angka ", "number of ", "statistics on ", "statistics of ",
                               "data on ", "data about ", "informasi tentang ", "informasi mengenai ", "publikasi "}) {
    for (std::size_t p = low.find(key); p != std::string::npos; p = low.find(key, p + 1)) {
      if (p > 0 && text::is_alpha_ascii(low[p - 1])) continue;
      std::size_t b = p + key.size();
      std::size_t e = b;
      while (e < low.size() && (text::is_alpha_ascii(low[e]) || static_cast<unsigned char>(low[e]) >= 0x80)) ++e;
      std::string_view w(low.data() + b, e - b);
      if (w.size() < 3) continue;
      if (std::find(kEmpty.begin(), kEmpty.end(), w) != kEmpty.end()) {
        // "data mengenai X" / "data tentang X": look one word further.
        if (w == "mengenai" || w == "tentang" || w == "on" || w == "about" || w == "statistik") {
          std::size_t b2 = e;
          while (b2 < low.size() && low[b2] == ' ') ++b2;
          std::size_t e2 = b2;
          while (e2 < low.size() && text::is_alpha_ascii(low[e2])) ++e2;
          if (e2 - b2 >= 3) return true;
        }
        continue;
      }
      return true;
    }
  }
  // The data sent before, again for another year or place ("boleh minta data yg sama tp utk kec. melaya jg?").
  for (std::string_view key : {"data yang sama", "data yg sama", "same data", "data serupa"})
    if (text::contains_word(low, key)) return true;
  // A breakdown asked for names what is wanted ("data yang sama tapi dipisah menurut jenis kelamin",
  // "broken down by sex"); not an opinion ("menurut saya").
  for (std::string_view key : {"menurut ", "broken down by ", "disaggregated by ", "dirinci "}) {
    for (std::size_t p = low.find(key); p != std::string::npos; p = low.find(key, p + 1)) {
      if (p > 0 && text::is_alpha_ascii(low[p - 1])) continue;
      std::size_t e = p + key.size();
      while (e < low.size() && text::is_alpha_ascii(low[e])) ++e;
      const std::string_view w(low.data() + p + key.size(), e - p - key.size());
      static constexpr std::array kNotABreakdown = std::to_array<std::string_view>(
          {"saya", "kami", "anda", "beliau", "informasi", "info", "data", "bapak", "ibu", "dia", "mereka", "website",
           "berita", "sumber"});
      if (w.size() >= 3 && std::find(kNotABreakdown.begin(), kNotABreakdown.end(), w) == kNotABreakdown.end())
        return true;
    }
  }
  // English puts the subject first: "housing data", "fish landing statistics", "tourism figures" - an
  // English word (wamerican) that no Indonesian stem spells ("minta data" names nothing).
  static const std::array kNoSubject = std::to_array<std::string_view>({
      "the", "some", "any", "your", "our", "my", "this", "that", "these", "those", "more", "other", "following",
      "relevant", "available", "statistical", "official", "latest", "recent", "new", "such", "all", "specific",
      "certain", "detailed", "raw", "requested", "needed", "required", "mentioned", "above", "said", "same",
      "bps", "pst", "and", "for", "with", "any", "public", "secondary", "primary", "useful", "basic", "much",
      "what", "which", "whose", "its", "their", "his", "her", "good", "best", "better", "accurate", "reliable",
      "complete", "updated", "existing", "current", "official", "annual", "monthly", "yearly", "quarterly",
      // a preposition or a verb before the word names no subject ("questions about statistics for your area",
      // "to obtain data")
      "about", "on", "regarding", "concerning", "of", "in", "from", "to", "get", "obtain", "need", "want", "like",
      "share", "send", "provide", "see", "find", "use", "request", "access"});
  for (std::string_view key : {" data", " statistics", " figures"}) {
    for (std::size_t p = low.find(key); p != std::string::npos; p = low.find(key, p + 1)) {
      const std::size_t after = p + key.size();
      if (after < low.size() && text::is_alpha_ascii(low[after])) continue;  // "databases"
      std::size_t b = p;
      while (b > 0 && text::is_alpha_ascii(low[b - 1])) --b;
      const std::string_view w(low.data() + b, p - b);
      if (w.size() >= 3 && std::find(kNoSubject.begin(), kNoSubject.end(), w) == kNoSubject.end() &&
          is_english_word(w) && !is_indonesian_stem(w))
        return true;
    }
  }
  return false;
}

// The years 1960-2040 written as four digits standing alone ("2024", "2019-2023"), in order.
std::vector<int> years_in(std::string_view s) {
  std::vector<int> out;
  const std::size_t n = s.size();
  // Digits found sixteen bytes at a time (text::find_digit): most sentences have none, and every one is asked.
  for (std::size_t p = text::find_digit(s, 0); p != std::string_view::npos; p = text::find_digit(s, p)) {
    std::size_t e = p + 1;  // a run of digits: a year is a run of exactly four
    while (e < n && text::is_digit(s[e])) ++e;
    if (e - p == 4) {
      const int y = (s[p] - '0') * 1000 + (s[p + 1] - '0') * 100 + (s[p + 2] - '0') * 10 + (s[p + 3] - '0');
      if (y >= 1960 && y <= 2040) out.push_back(y);
    }
    p = e;
  }
  return out;
}

// Words that carry content: not function words, greetings or politeness.
int content_words(const std::string& low) {
  static const std::array kFunction = std::to_array<std::string_view>({
      "apakah", "bisa", "boleh", "saya", "kami", "anda", "bapak", "ibu", "kak", "min", "admin", "pak", "bu",
      "mau", "ingin", "tanya", "bertanya", "nanya", "menanyakan", "mohon", "minta", "tolong", "bantu", "bantuan",
      "dibantu", "info", "informasi", "ada", "yang", "dan", "atau", "ini", "itu", "untuk", "utk", "dengan",
      "dari", "di", "ke", "ya", "dong", "kah", "gimana", "bagaimana", "caranya", "cara", "halo", "hai",
      "selamat", "pagi", "siang", "sore", "malam", "terima", "kasih", "could", "can", "you", "help", "me",
      "please", "would", "what", "how", "the", "and", "for", "with", "this", "that", "have", "question",
      "konsultasi", "berkonsultasi", "sudah", "belum", "sih", "nya", "kenapa", "mengapa", "apa", "sini",
      "situ", "kapan", "where", "when", "why", "about", "any", "there", "is", "are", "do", "does", "will",
      // what a question names that is no content: data in general, its purpose, vague and casual words
      // ("minta tolong soal data untuk kegiatan kami, kira-kira bisa dibantu nggak ya?", "Could you help
      // me with some data for my project?")
      "data", "soal", "terkait", "mengenai", "tentang", "kira", "kiranya", "nggak", "ngga", "gak", "enggak",
      "tidak", "tdk", "ndak", "kegiatan", "tugas", "skripsi", "tesis", "penelitian", "riset", "project",
      "research", "thesis", "study", "bantuannya", "membantu", "buat", "aku", "gue", "our", "my", "your",
      "some", "something", "need", "needed", "nih", "mas", "mbak", "bli", "gan", "kakak", "kalo", "kalau",
      // the office itself and its delivery ("caranya gmn ya?", "Apakah sebagian data dapat dikirim lebih dahulu?")
      "bps", "pst", "gmn", "gmna", "hrs", "dtg", "kantor", "dapat", "dikirim", "dikirimkan", "sebagian", "lebih",
      "dahulu", "segera", "diproses",
      // what is on offer in general and where ("data apa saja yang tersedia di BPS Kabupaten Jembrana yang bisa
      // dipakai ...?", "any information you could give us about life there?"): a place names no subject
      "saja", "tersedia", "dipakai", "digunakan", "available", "used", "information", "give", "us", "tell",
      "jembrana", "kabupaten", "bali", "negara"});
  int n = 0;
  std::size_t i = 0;
  while (i < low.size()) {
    while (i < low.size() && !text::is_alpha_ascii(low[i])) ++i;
    std::size_t b = i;
    while (i < low.size() && text::is_alpha_ascii(low[i])) ++i;
    std::string_view w(low.data() + b, i - b);
    if (w.size() >= 3 && std::find(kFunction.begin(), kFunction.end(), w) == kFunction.end()) ++n;
  }
  return n;
}

// The clause of a sentence that holds its first question mark: from the comma before it (or the start).
std::string question_clause(const std::string& low) {
  const std::size_t q = low.find('?');
  if (q == std::string::npos) return low;
  std::size_t comma = low.rfind(',', q);
  // "... for maize and soybean, 2010-2025?": years alone after the comma pin down the clause before it.
  const auto only_years = [&](std::size_t from) {
    return low.find_first_not_of("0123456789-/ ", from) >= q;
  };
  if (comma != std::string::npos && comma > 0 && only_years(comma + 1)) comma = low.rfind(',', comma - 1);
  return comma == std::string::npos ? low : low.substr(comma + 1, q - comma - 1);
}

// A sentence about where an earlier request has got to ("sudah sampai mana?", "saya ingin menanyakan
// kabar permohonan data saya minggu lalu (data luas panen jagung)"): the data it names was asked
// before; it states no need now.
bool asks_about_a_request_made(std::string_view low, bool has_standing_word) {
  // One scan of the sentence for four groups of phrases (phrase_set.h).
  enum : std::size_t { kAfter, kAskedBefore, kYet, kFurther, kTicket };
  static const text::PhraseSet groups(std::vector<std::vector<std::string_view>>{
      entries(kAfterPhrases), entries(kAskedBeforePhrases), entries(kYetPhrases), entries(kFurtherPhrases),
      entries(kTicketPhrases)});
  std::array<bool, 5> in_group{};
  for (const text::PhraseSet::Match& m : groups.matches(low)) {
    std::size_t g = kTicket;
    while (g > 0 && m.phrase < groups.group_start(g)) --g;
    in_group[g] = true;
  }
  if (in_group[kAfter]) return true;
  if (in_group[kAskedBefore] && in_group[kYet] && !in_group[kFurther]) return true;
  if (in_group[kTicket] && !in_group[kFurther]) return true;
  if (!has_standing_word) return false;
  // A word of how it stands, then within three words the request or its ticket: "perkembangan permintaan
  // data saya", "kabar permohonan kami", "status of the request", "progress on ticket ...".
  static const text::WordSet kHowItStands = [] {
    text::WordSet set;
    for (std::string_view w : kStandingWords) set.insert(w);
    return set;
  }();
  static const text::WordSet kRequestMade = {"permohonan", "permintaan", "request", "tiket", "ticket", "pengajuan"};
  int since = -1;  // words since a word of how it stands, -1 when none is near
  bool found = false;
  text::for_each_run(low, text::is_alpha_ascii, [&](std::string_view w, std::size_t) {
    if (found) return;
    if (since >= 0 && ++since <= 4 && kRequestMade.contains(w)) found = true;
    if (kHowItStands.contains(w)) since = 0;
  });
  return found;
}

// A place to intern or a speaker for an event is asked for, not data ("apakah BPS menerima siswa PKL untuk
// periode Januari-Maret 2027?"): whatever the sentence names beside it (pupils, a year) states no need.
bool asks_for_a_placement(std::string_view low) {
  static const text::PhraseSet l(entries(kPlacementPhrases));
  return l.any(low);
}

// The writer's plan to come to the office, no data named ("rencana mau dateng sama guru"): it states no need,
// whatever its words name (pupils, teachers).
bool plans_a_visit(std::string_view low) {
  static const text::PhraseSet visit(entries(kVisitPhrases));
  static const text::PhraseSet data({"data", "angka", "tabel", "statistik", "jumlah", "publikasi", "figures",
                                     "statistics", "table"});
  return visit.any(low) && !data.any(low);
}

// A visit, a meeting or a cooperation proposed to the office ("menjajaki kemungkinan kerja sama atau kunjungan ke
// BPS ...", "Would you be open to a short introductory meeting?"): no need, when the sentence names no data topic
// (read by the caller) and no word of data.
bool proposes_to_meet(std::string_view low) {
  static const text::PhraseSet meet({"kunjungan ke bps", "kunjungan ke kantor", "berkunjung ke bps", "kerja sama",
                                     "kerjasama", "meeting", "pertemuan", "audiensi", "collaboration", "cooperation",
                                     "partnership", "silaturahmi", "visit to your office", "visit your office"});
  static const text::PhraseSet data({"data", "angka", "tabel", "statistik", "jumlah", "publikasi", "figures",
                                     "statistics", "table", "rate", "number", "numbers", "informasi", "information"});
  return meet.any(low) && !data.any(low);
}

// A question about being served rather than about data: whether this is the right address, whom to
// meet, whether to come in person, when the office is open, how to reach it by phone, what support it
// offers. It states no need.
bool asks_only_how_to_be_served(std::string_view low) {
  static const text::PhraseSet l({"datang langsung", "boleh datang", "bisa datang", "harus datang",
                                  // an appointment to come ("harus bikin janji dulu atau bisa langsung datang?")
                                  "langsung datang", "bikin janji", "buat janji", "membuat janji",
                                  "perlu janji", "janji temu", "an appointment", "make an appointment",
                                  "berkunjung ke kantor",
                                  "bertemu langsung", "ketemu langsung", "benar ini email", "ini email pst",
                                  "email yang benar", "alamat yang benar", "lewat email atau", "melalui email atau",
                                  "right person", "whom should i contact", "who should i contact", "possible to meet",
                                  "could we meet", "can we meet", "come in person", "visit your office",
                                  "whom i should contact", "who i should contact", "who to contact", "whom to contact",
                                  // a call or a meeting asked for, no data ("open to a quick intro call?")
                                  "intro call", "quick call", "a call", "video call", "zoom call", "a meeting",
                                  "schedule a", "set up a", "jadwal pertemuan", "audiensi", "short call", "brief call",
                                  "quick chat", "short chat", "short meeting", "brief meeting", "online meeting",
                                  "virtual meeting", "work together", "explore a partnership", "explore partnership",
                                  "explore collaboration", "explore cooperation", "menjajaki kerja sama",
                                  "menjajaki kerjasama", "menjajaki kemungkinan", "bersilaturahmi",
                                  "to whom i should", "the right contact", "contact person", "siapa yang bisa saya hubungi",
                                  // how a request is made
                                  "caranya gimana", "caranya gmn", "caranya bagaimana", "bagaimana caranya",
                                  "cara meminta data", "cara minta data", "cara mendapatkan data", "prosedur permintaan",
                                  "prosedurnya", "how do i request", "how to request", "how can i request",
                                  "siapa yang harus saya hubungi", "siapa yang dapat saya hubungi", "menghubungi siapa",
                                  "hubungi siapa", "kontak siapa",
                                  // an officer to be reached by phone ("Apakah saya bisa menghubungi salah satu
                                  // petugas melalui telepon atau WhatsApp?")
                                  "menghubungi petugas", "menghubungi salah satu petugas", "hubungi petugas",
                                  "bicara dengan petugas", "berbicara dengan petugas", "melalui telepon atau",
                                  "lewat telepon atau", "speak with an officer", "speak to an officer",
                                  "talk to an officer", "speak with someone", "speak to someone", "talk to someone",
                                  // what the request still lacks, what is required to be served
                                  "kelengkapan yang", "kelengkapan apa", "persyaratan", "syaratnya", "syarat apa",
                                  "what documents", "requirements for", "kekurangan berkas", "perlu saya lengkapi",
                                  "harus saya lengkapi", "bawa surat", "perlu surat", "pakai surat", "pake surat",
                                  "what kind of information", "what information could you", "what information can you",
                                  "what sort of information", "what sorts of information",
                                  // when to come for a consultation and what to bring ("Kapan jadwalnya dan harus
                                  // membawa apa saja ya?")
                                  "kapan jadwal", "jadwalnya kapan", "membawa apa", "bawa apa", "perlu dibawa",
                                  "harus dibawa", "what should i bring", "what to bring",
                                  // not yet knowing what data ("msh bingung mau ambil data apa"), help asked in
                                  // chat without a topic ("kak bisa bantu ga?": the "bisa dibantu?")
                                  "bingung mau ambil", "masih bingung mau", "msh bingung mau", "belum tahu mau ambil",
                                  "bingung data apa", "bisa bantu ga", "bisa bantu gak", "bisa bantu nggak",
                                  "bisa bantu tidak", "bisa dibantu ga", "bisa dibantu gak", "bisa dibantu tidak",
                                  // anything at all, to learn about the place ("is there anything you could send me")
                                  "anything you could send me", "could point me to", "curious to learn more",
                                  // how the service itself runs: its days and hours, how to reach it, what it
                                  // offers (four blind authors read these as no request for data)
                                  "buka hari", "buka pada hari", "jam buka", "jam layanan", "jam pelayanan",
                                  "jam operasional", "nomor whatsapp", "nomor wa", "no wa", "nomor telepon",
                                  "nomor hp", "opening hours", "office hours", "phone number", "whatsapp number",
                                  "what kind of assistance", "what support", "support foreign", "kind of support",
                                  "prosedur permohonan", "cara mengajukan", "bagaimana cara meminta",
                                  "prosedur untuk", "prosedur pengajuan", "prosedur mengajukan", "ada biayanya",
                                  "dikenakan biaya", "what kinds of statistics", "what kind of statistics",
                                  "what kinds of data", "what kind of data", "have a chat",
                                  // what data exists at all ("Kira-kira data apa saja yang tersedia di BPS
                                  // Jembrana?")
                                  "data apa saja", "data apa yang tersedia", "data apa yang ada", "data apa aja",
                                  "what data is available", "what data are available", "what data do you have",
                                  "what data you have",
                                  // ... and in chat ("hari sabtu buka ga ya kak?", "buka jam brp ya?")
                                  "sabtu buka", "minggu buka", "buka ga", "buka gak", "buka nggak", "buka ngga",
                                  "buka tidak", "buka jam", "jam brp buka", "jam berapa buka", "tutup jam",
                                  "dtg langsung", "dateng langsung", "mau dtg", "mau dateng", "mau datang ke kantor"});
  return l.any(low) || asks_for_a_placement(low);
}

bool is_greeting_or_closing(const std::string& low) {
  // Views made at compile time (a braced list of literals had strlen called on each, every sentence asked).
  static constexpr auto kOpenings = std::to_array<std::string_view>(
      {"selamat pagi", "selamat siang", "selamat sore", "selamat malam", "dengan hormat", "yth", "kepada", "halo",
       "hai", "hi ", "dear", "om swastiastu", "assalamualaikum", "terima kasih", "terimakasih", "hormat saya", "salam",
       "regards", "thank you", "thanks", "perkenalkan", "nama saya", "my name is"});
  for (std::string_view g : kOpenings)
    if (!low.empty() && low[0] == g[0] && low.starts_with(g)) return true;
  return false;
}

std::string clip(std::string s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t cut = s.rfind(' ', max - 3);
  if (cut == std::string::npos || cut < max / 2) cut = max - 3;
  // Do not split a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
  return s + "...";
}

}  // namespace

RequestDetail find_request(std::string_view own_text, RequestSource source) {
  return find_request_in_normalized(text::normalize(own_text.substr(0, std::min(own_text.size(), text::kMaxScanBytes))),
                                    source);
}

RequestDetail find_request(const WordsView& words, const text::PhraseHits& hits) {
  return find_request_in(words.norm(), words.low(), RequestSource::body, hits);
}

const text::PhraseSet& request_lexicon() { return request_words(); }

bool says_data_received(std::string_view low) { return says_received(low); }

RequestDetail find_request_in_normalized(std::string_view norm, RequestSource source) {
  return find_request_in(norm, text::lower(norm), source);
}

RequestDetail find_request_in(std::string_view norm, std::string_view norm_low, RequestSource source,
                              const text::PhraseHits& hits) {
  RequestDetail out;
  const text::PhraseSet& lexicon = request_words();
  const std::vector<Sentence> sentences = split_sentences(norm);
  int best = 0;
  std::size_t best_i = 0;
  std::string low;       // the sentence read, lower case and squeezed (a buffer reused from one sentence to the next)
  std::string sentence;  // the sentence read, as written, where it is needed
  // The topics listed so far, by index (a phrase listed twice is found under one index only: one per topic).
  std::bitset<kTopics.size()> topic_listed;
  std::size_t hit = 0;  // the first of `hits` not before the sentence read
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    // The sentence in lower case as it stands in the text, and squeezed (`low`), made only when a reading needs it:
    // the phrases come from the scan's hits, and the years, the no-need anchors and the question mark read the same
    // squeezed or not (squeezing only makes runs of blanks one space and trims them), so a sentence that cannot beat
    // the best so far is never copied. Lower-casing keeps blanks where they are, so the lower-case text squeezed is
    // the sentence lowered.
    const std::string_view range_low = sentences[i].of(norm_low);
    bool have_low = false;
    low.clear();  // until made, it holds nothing (not the sentence before)
    const auto squeezed_low = [&]() -> std::string& {
      if (!have_low) text::squeeze_spaces_into(low, range_low);
      have_low = true;
      return low;
    };
    // A question mark is the same in the sentence read and in its range of the text.
    const bool question_mark = sentences[i].of(norm).find('?') != std::string_view::npos;
    bool have_sentence = false;
    auto as_written = [&]() -> const std::string& {
      if (!have_sentence) text::squeeze_spaces_into(sentence, sentences[i].of(norm));
      have_sentence = true;
      return sentence;
    };
    // The hits in this sentence (sentences and hits are both in text order).
    while (hit < hits.hits.size() && hits.hits[hit].begin < sentences[i].begin) ++hit;
    std::size_t hit_end = hit;
    while (hit_end < hits.hits.size() && hits.hits[hit_end].begin < sentences[i].end) ++hit_end;
    SentenceWords found =
        hits.given ? SentenceWords(lexicon, lexicon.has_odd_phrases() ? std::string_view(squeezed_low()) : range_low,
                                   norm_low, sentences[i].end, hits.hits.subspan(hit, hit_end - hit))
                   : SentenceWords(lexicon, squeezed_low());
    // "Mohon maaf, saya sedang mengikuti diklat ...": an apology's "mohon" asks for nothing; nor does a
    // condition's "perlu" ("Nomor HP saya ... jika perlu konfirmasi"). Read again without them only where a
    // need word and one of them stand.
    static constexpr auto kNoNeed = std::to_array<std::string_view>(
        {"mohon maaf", "minta maaf", "mohon dimaafkan", "jika perlu", "bila perlu", "kalau perlu", "apabila perlu",
         "jika diperlukan", "bila diperlukan", "if needed", "if necessary"});
    static constexpr auto kNoNeedAnchors = std::to_array<std::string_view>({"maaf", "perlu", "needed", "necessary"});
    if (!found.hits[kNeed].empty() &&
        std::any_of(kNoNeedAnchors.begin(), kNoNeedAnchors.end(),
                    [&](std::string_view a) { return text::find_bytes(range_low, a) != std::string_view::npos; })) {
      low = text::blank_phrases(std::move(squeezed_low()), kNoNeed);
      found = SentenceWords(lexicon, low);
    }
    std::vector<int> years_written = years_in(have_low ? std::string_view(low) : range_low);
    // The most this sentence can score (the score below, before organisation names are masked and
    // the rules that only take away): a sentence that cannot beat the best so far is not weighed,
    // which spares the organisation check of most sentences of a long mail.
    const bool asks = question_mark || !found.hits[kQuestion].empty();
    const int most = 10 * std::max<int>(1, static_cast<int>(found.hits[kTopic].size())) +
                     3 * !found.hits[kRegion].empty() +
                     3 * (!found.hits[kTimeFrame].empty() || !years_written.empty()) +
                     2 * !found.hits[kNeed].empty() + 2 * asks;
    const bool may_win = most > best;
    if (may_win && !found.hits[kTopic].empty() && may_name_an_organisation(as_written())) {
      // Organisation names carry topic words ("Dinas Kesehatan", "Fakultas Ekonomi"): mask them.
      std::string masked = as_written();
      bool changed = false;
      for (int k = 0; k < 3; ++k) {
        auto org = find_institution_in(masked);
        if (!org) break;
        std::size_t p = masked.find(*org);
        if (p == std::string::npos) break;
        std::string head = text::lower(org->substr(0, org->find(' ')));
        if (head == "kecamatan" || head == "desa" || head == "kelurahan" || head == "kabupaten") break;
        // "data koperasi 2024", "data puskesmas 2024": a kind of body and the year asked for name no body.
        if (const std::vector<int> years = years_in(*org);
            years.size() == 1 && org->size() == head.size() + 5 && org->ends_with(std::to_string(years[0])))
          break;
        masked.replace(p, org->size(), std::string(org->size(), ' '));
        changed = true;
      }
      if (changed) {
        low = text::lower(masked);
        have_low = true;
        found = SentenceWords(lexicon, low);
        years_written = years_in(low);  // "Universitas 17 Agustus 1945" masked
      }
    }
    const auto& topic_hits = found.hits[kTopic];
    int topics = static_cast<int>(topic_hits.size());
    for (std::size_t t : topic_hits)
      if (!topic_listed[t] && out.topics.size() < 12) {
        topic_listed[t] = true;
        out.topics.emplace_back(topic_at(t));
      }
    bool question = question_mark || !found.hits[kQuestion].empty();
    if (question) out.has_question = true;
    int region = 0;
    for (std::size_t ri : found.hits[kRegion]) {
      std::string_view r = region_at(ri);
      ++region;
      if (!out.region && r != "kabupaten" && r != "kecamatan" && r != "desa" && r != "kelurahan" && r != "provinsi" &&
          r != "negara") {
        std::size_t p = squeezed_low().find(r);
        std::string cand = as_written().substr(p, r.size());
        if (!cand.empty() && text::is_lower_ascii(cand[0])) cand[0] = static_cast<char>(cand[0] - 'a' + 'A');
        out.region = cand;
      }
    }
    int years = 0;
    for (const int y : years_written) {
      ++years;
      if (std::find(out.years.begin(), out.years.end(), y) == out.years.end() && out.years.size() < 20)
        out.years.push_back(y);
    }
    if (!found.hits[kTimeFrame].empty()) ++years;
    if (!may_win) continue;
    squeezed_low();  // the rules below read it
    // Each rule read only where the scan found one of its phrases (a standing word, too, for the first): without
    // one, it answers no.
    if (((found.has(kAskedAfter) || !found.hits[kStanding].empty()) &&
         asks_about_a_request_made(low, !found.hits[kStanding].empty())) ||
        (found.has(kPlacement) && asks_for_a_placement(low)) || (found.has(kVisit) && plans_a_visit(low)))
      continue;
    // Topics that only say how the writer means to deal with us: a visit or a meeting proposed (its "kunjungan" is
    // the visit, no topic of tourist visits); an officer reached by phone ("Apakah saya bisa menghubungi salah satu
    // petugas melalui telepon atau WhatsApp?": no topic of telephone use).
    const auto topics_only = [&](std::initializer_list<std::string_view> ways) {
      return std::all_of(topic_hits.begin(), topic_hits.end(), [&](std::size_t t) {
        return std::find(ways.begin(), ways.end(), topic_at(t)) != ways.end();
      });
    };
    if (topics_only({"kunjungan"}) && proposes_to_meet(low)) continue;
    if (!topic_hits.empty() && topics_only({"telepon", "internet"}) && asks_only_how_to_be_served(low)) continue;
    bool need = false;
    const bool complains = !found.hits[kNeed].empty() && only_wishes_to_complain(low);
    // says_received, read only where the scan found one of its phrases (without one it answers no).
    const auto says_received_here = [&](Received as) { return found.has(kReceivedOrThanks) && says_received(low, as); };
    const bool received = !found.hits[kNeed].empty() && says_received_here(Received::as_the_reader_reads);
    for (std::size_t h : found.hits[kNeed])
      if (!(complains && is_wish(kNeedWords[h])) && !received) need = true;
    // A real question counts even off the data lexicon ("Apakah PST buka hari Sabtu?"), but not an
    // empty one ("Apakah bisa konsultasi?", "Could you help me?").
    // Only the question's own clause is weighed: "halo min, aku Sinta mhs akuntansi untar, mau nanya dong,
    // kalo mau minta data buat skripsi bisa dibantu ga ya?" asks nothing about what its introduction names.
    // A year asked about is content too ("Kalau boleh, untuk tahun 2020 apakah ada juga?").
    // A question that asks for data ("Bolehkah saya meminta data-data Kabupaten Jembrana untuk keperluan
    // penelitian?") names what it wants as any need does (data_about_something, below), not by its length.
    const bool asks_for_data = need && text::contains_word(low, "data");
    if (topics == 0 && question_mark && !asks_for_data && !asks_only_how_to_be_served(low))
      if (const int words = content_words(question_clause(low)); words >= 3 || (words >= 1 && !years_written.empty()))
        topics = 1;
    // "minta data jumlah proyek konstruksi": a need for data about something, even off the lexicon (and
    // in a sentence that opens with a greeting: "Selamat pagi, mohon data jumlah pasien 2025 ...").
    if (topics == 0 && need && data_about_something(low)) topics = 1;
    if (is_greeting_or_closing(low) && topics == 0) continue;
    // A topic makes a sentence concrete when it is asked for (need or question), or when a region
    // or year pins it down.
    int score = 0;
    // A new mail's subject is its heading: a topic named there is what the mail is about ("Data
    // inflasi"), unless it thanks for data received. A body sentence names a region and a year too.
    if (source == RequestSource::subject && says_received_here(Received::as_classify_reads)) continue;
    // A sentence that thanks for data received and asks nothing ("Kami sampaikan terima kasih atas data
    // harga gabah ... yang dikirimkan Jumat lalu").
    // So does one that says the data came already, though its region and year pin a topic ("Saya sudah
    // mendapatkan data IPM Jembrana 2024 dari website"): its "mendapatkan" is no need (`received`, read above
    // where a need word stands, is that same reading).
    if (!question && (found.hits[kNeed].empty() ? says_received_here(Received::as_the_reader_reads) : received))
      continue;
    // "Contact person for statistics on Jembrana": a heading that asks only whom to talk to.
    if (source == RequestSource::subject && asks_only_how_to_be_served(low)) continue;
    bool pinned = source == RequestSource::subject || (region > 0 && years > 0);
    // "Kami memerlukan:", "Could you share the following ...:" and a list below: the list names it.
    if (topics == 0 && (need || question) && introduces_list(norm, sentences, i)) topics = 1;
    if (topics > 0 && (need || question || pinned)) score = 10 * topics + 3 * (region > 0) +
                                                                              3 * (years > 0) + 2 * need +
                                                                              2 * question;
    if (score > best) {
      best = score;
      best_i = i;
    }
  }
  if (best > 0) {
    out.concrete = true;
    // An item of a list that a sentence introduces ("Kami memerlukan:\n- jumlah penduduk ...") is read
    // from that sentence on.
    if (is_list_item(sentences[best_i].of(norm)))
      for (std::size_t k = best_i; k > 0 && k + 6 > best_i; --k) {
        if (introduces_list(norm, sentences, k - 1)) {
          best_i = k - 1;
          break;
        }
        if (!is_list_item(sentences[k - 1].of(norm))) break;
      }
    std::string s = squeezed(norm, sentences[best_i]);
    // "We need the following for Kabupaten Jembrana: - labour force ...; - ...": the list it introduces.
    if (introduces_list(norm, sentences, best_i))
      for (std::size_t k = best_i + 1; k < sentences.size() && k <= best_i + 3 && s.size() < 200 &&
                                       is_list_item(sentences[k].of(norm));
           ++k)
        s += (k == best_i + 1 || s.back() == ';' || s.back() == ',' ? " " : "; ") + squeezed(norm, sentences[k]);
    out.summary = clip(s, 200);
  }
  return out;
}

}  // namespace pst
