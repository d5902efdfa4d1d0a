// introduction.cc: see introduction.h.
// The approach: tokenize the own words; (1) form fields "Nama: / Instansi:"; (2) self-introduction
// sentences: a self reference (saya, sy, I, kami, nama) then a name after a trigger and an
// organisation after an affiliation word (dari, mahasiswa, dosen, at, from ...) within a short
// window; (3) the signature block under a closing ("Hormat saya,", "Regards,"), or the last short
// lines when they look like "Name / Organisation". Earlier sources win.
#include "parsers/introduction.h"

#include <cctype>
#include <cstdint>
#include <cstring>

#include <algorithm>
#include <array>
#include <atomic>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "parsers/indonesian_words.h"
#include "parsers/language.h"
#include "parsers/office_lexicon.h"
#include "parsers/phrase_set.h"
#include "parsers/text_scan.h"
#include "parsers/word_index.h"
#include "parsers/words_view.h"

namespace pst {

using namespace std::string_view_literals;
namespace {

// Word lists are string literals: views into static storage (word_index.h).
using text::WordSet;

using text::Token;
using text::TokenKind;
using Tokens = std::vector<Token>;
using TokenSpan = std::span<const Token>;  // a run of WordsView tokens (a line, or all)

// `w` is the literal `lit`: a word of the text against a word of the code, inlined with the literal's length known
// (std::string_view's == was a call, and a call to memcmp, for each of some 300,000 compares per 300 long mails).
[[gnu::always_inline]] inline bool eq(std::string_view w, std::string_view lit) {
  return w.size() == lit.size() && std::memcmp(w.data(), lit.data(), lit.size()) == 0;
}

// A string literal as a template argument (in<"a", "b">).
template <std::size_t N>
struct Literal {
  char chars[N];
  consteval Literal(const char (&s)[N]) { std::copy_n(s, N, chars); }  // NOLINT: converts by design
  constexpr std::string_view view() const { return {chars, N - 1}; }
};

// Where a word falls in a 64-bit shape mask: its first byte and its length, mixed.
constexpr unsigned shape_bit(std::string_view w) {
  return w.empty() ? 0u : (static_cast<unsigned char>(w[0]) * 7u + static_cast<unsigned>(w.size())) & 63u;
}

// in<"a", "b", ...>(w): whether `w` is one of the words listed. The rules ask this of most words they read, nearly
// always of a word that is none of them: the shapes (first byte and length) of the words listed are one constant
// mask made at compile time, and a word whose shape none has is turned away by one bit test; the list is compared
// only past it, each word by its known length. (A run-time list, in(w, {...}), built its array of views at every
// call, then compared a word against each: 2.5 % of the worst-case parse's time.)
template <Literal... Words>
[[gnu::always_inline]] inline bool in(std::string_view w) {
  constexpr std::uint64_t kShapes = ((std::uint64_t{1} << shape_bit(Words.view())) | ...);
  if (!(kShapes >> shape_bit(w) & 1)) return false;
  return (eq(w, Words.view()) || ...);
}

// "I" in the regional languages requesters mix in: Balinese tiang (also written tyang) and titiang ...
bool is_balinese_self(std::string_view low) { return in<"tiang", "tyang", "titiang">(low); }
// ... and Sundanese abdi, Javanese kulo/kula, Minang ambo, Banjar ulun.
bool is_regional_self(std::string_view low) {
  return is_balinese_self(low) || in<"abdi", "kulo", "kula", "ambo", "ulun">(low);
}

// ---- Lexicons -------------------------------------------------------------------------------------

// Words that open an organisation name in Indonesian order ("Universitas Udayana", "Dinas Sosial").
const WordSet kHeadFirst = {
#include "lexicon_organisation_heads.inc"
};

// Universities, institutes and colleges known by an acronym or a short name.
const WordSet kCampus = {
#include "lexicon_campuses.inc"
};

// Campus and agency acronyms and media that name an organisation on their own.
const WordSet kStandalone = [] {
  WordSet s = {
#include "lexicon_organisations.inc"
  };
  s.insert_all(kCampus);
  return s;
}();

// Standalone acronyms that are also common words: count only when written in capitals.
const WordSet kCapsOnly = {"who", "isi", "its", "ui", "ub", "bi", "ut", "man",
                                                      "cv", "sd", "min", "bpd", "lpd", "ud", "stan",
                                                      "fao", "giz", "mandiri", "angkasa", "pura",
                                                      "gereja", "saraswati", "telkom", "desa"};

// Organisation words that come last in English order ("Udayana University", "Jakarta Post").
const WordSet kHeadLast = {
#include "lexicon_organisation_heads_last.inc"
};

// Sub-units: a faculty or division is not the organisation when the organisation follows.
// A university's department or faculty in the languages of requesters from abroad: a unit (kSubUnit), and no word
// of a name ("Departamento de Geografía\nUniversidad de Salamanca" signs no one).
const WordSet kForeignUnit = {"departamento", "departement", "département", "departament", "dipartimento",
                              "facultad",     "faculté",     "fakultät",    "facoltà",     "faculdade"};

const WordSet kSubUnit = [] {
  WordSet s = {"fakultas", "faculty", "prodi", "jurusan", "departemen", "department", "program", "laboratorium", "lab",
               "pascasarjana", "bidang", "bagian", "seksi", "subbag", "subbagian", "divisi", "unit", "cabang",
               "kelompok", "magister", "sarjana", "diploma", "s1", "s2", "s3", "d3", "d4",
               // "Komisi II DPRD ...": a commission of the council (alone, "Komisi Pemilihan Umum", it stands)
               "komisi"};
  s.insert_all(kForeignUnit);
  return s;
}();

// Fields of study, which after a campus known by its acronym name the student's major ("mhs unair ekonomi smt 6").
const WordSet kFieldOfStudy = {
    "ekonomi", "manajemen", "akuntansi", "hukum", "teknik", "kedokteran", "keperawatan", "kebidanan", "farmasi",
    "pertanian", "peternakan", "perikanan", "kehutanan", "agribisnis", "agroteknologi", "sosiologi", "psikologi",
    "antropologi", "geografi", "sejarah", "sastra", "statistika", "statistik", "matematika", "fisika", "kimia",
    "biologi", "informatika", "arsitektur", "komunikasi", "pariwisata", "pendidikan", "politik", "fisip", "feb",
    "fh", "ft", "fk", "fmipa", "mipa", "fkip", "fisipol"};

// A campus's units named in English, which belong to the university named with them ("the Crawford School ... at the
// Australian National University", "ANU's Crawford School").
const WordSet kCampusUnit = {"institute", "centre", "center", "school", "college", "department", "faculty",
                             "laboratory"};

// Organisation heads that are too generic to stand alone (need a complement word).
const WordSet kNeedsComplement = {
    "universitas", "univ", "institut", "politeknik", "poltek", "sekolah", "akademi", "dinas", "badan",
    "kantor", "sekretariat", "pemerintah", "kementerian", "kementrian", "lembaga", "balai", "bank", "komisi",
    "bimbel",
    "yayasan", "koperasi", "rumah", "pt", "cv", "sma", "smk", "smp", "sman", "smkn", "smpn", "sdn", "sd",
    "madrasah", "mts", "pondok", "pengadilan", "kejaksaan", "perkumpulan", "himpunan", "ikatan",
    "asosiasi", "komunitas", "harian", "majalah", "radio", "televisi", "koran", "ministry", "bureau",
    "pusat", "direktorat", "biro", "bagian", "organisasi", "forum", "partai", "gereja", "pura", "desa",
    "jaringan", "aliansi", "gerakan", "konsorsium", "koalisi", "perhimpunan", "persatuan", "serikat", "federasi",
    "kelurahan", "kecamatan", "perusahaan", "cabang", "unit", "perseroan", "ud", "man", "fakultas",
    "faculty", "prodi", "jurusan", "departemen", "program", "laboratorium", "pascasarjana", "department",
    "inspektorat", "polres", "polsek", "polda", "kodim", "perum", "perumda", "perpustakaan", "museum", "rsia",
    "klinik", "apotek", "hotel", "lapas", "rutan", "bandara", "pelabuhan", "paguyuban", "sanggar", "majelis",
    "pesantren", "paud", "slb", "lkp", "lpk", "notaris", "firma", "konsultan", "rsu", "kampus", "kelompok",
    "uptd", "upt", "subak", "sekaa", "banjar", "karang", "mi", "ma"};

// Words after which an organisation is the speaker's own.
// Words that open a position line in a letter's sign-off ("Kepala Dinas ...", "a.n. Komandan ...").
const WordSet kPosition = {"kepala", "plt", "plh", "ketua", "wakil", "sekretaris", "direktur", "panitera",
                           "komandan", "camat", "lurah", "perbekel", "kasubag", "kabag", "kabid", "kasi",
                           // a village's heads of affairs and of hamlets ("Kaur Perencanaan Pemerintah Desa ...")
                           "kaur", "kadus",
                           "koordinator", "pimpinan", "pemimpin", "a.n", "an", "u.b", "ub", "head", "director"};

// A post's title is no word of a name ("Kaur Perencanaan,\nNi Luh Putu Armini": the post above the name); the
// short marks of signing for someone ("a.n.", "u.b.") are left out, "An" being a name too.
bool is_post_title(const Token& k) { return kPosition.contains(k.low) && !in<"an", "a.n", "ub", "u.b">(k.low); }

// A village's or a hamlet's officials, by title or short title ("perbekel", "kelian banjar", "sekdes", "kaur"): the
// village named after one is the body served, and a lower-case name before one is a name.
const WordSet kVillageOfficial = {"perbekel", "kelian", "klian", "bendesa", "pekaseh", "sekdes", "kades", "kaur",
                                  "kadus", "kasi", "kasun", "perangkat"};

const WordSet kAffiliation = {
    "dari", "asal", "mahasiswa", "mahasiswi", "mhs", "mhsw", "siswa", "siswi", "pelajar", "santri", "santriwati",
    "kelas", "dosen", "guru", "pegawai", "pns", "asn", "staf", "staff", "karyawan", "karyawati", "peneliti", "wartawan",
    "wartawati", "jurnalis", "reporter", "kontributor", "bekerja", "kerja", "bertugas", "kuliah", "berkuliah", "selaku",
    "perwakilan", "mewakili", "anggota", "ketua", "kepala", "direktur", "sekretaris", "bendahara", "instansi", "saking",
    "presiden",
    "institusi", "kampus", "from", "at", "with", "student", "lecturer", "researcher", "journalist",
    "officer", "employee", "analyst", "consultant", "representing", "representative", "intern", "magang",
    "alumni", "alumnus", "honorer", "pengajar", "operator", "admin", "analis", "konsultan", "pendamping",
    // cadets and civil-service candidates ("taruna Politeknik ...", "praja IPDN", "CPNS di ..."), clergy
    "taruna", "taruni", "praja", "santri", "cpns", "pppk", "pastor", "pendeta",
    // a radio's or TV's announcer
    "penyiar", "presenter", "announcer",
    // "tergabung dalam Komunitas ...", "bergabung di ...": a body one has joined (the preposition is skipped)
    "tergabung", "bergabung",
    "fasilitator", "enumerator", "penyuluh", "bidan", "perawat", "dokter", "camat", "lurah", "perbekel",
    // an expert's post ("tenaga ahli JICA untuk proyek ..."; a "JICA Expert" is read from its acronym)
    "ahli",
    // Balinese customary and village offices: the subak's head, a banjar's head, the customary village's
    "pekaseh", "kelian", "klian", "bendesa", "prajuru", "penyarikan", "petajuh", "patengen",
    // a village official; the army's and the police's officers in a village, their commanders
    "perangkat", "babinsa", "bhabinkamtibmas", "babinkamtibmas", "danramil", "dandim", "kasdim", "kapolsek",
    "kapolres", "personel", "prajurit", "kades", "sekdes", "kasi", "kabid", "kasubag", "kasubbag", "pejabat", "fungsional", "statistisi", "penulis", "editor", "redaktur", "founder", "co-founder", "cofounder", "owner", "pemilik", "pengurus", "relawan",
    "volunteer", "member", "teacher", "lecturer", "professor", "manager", "director", "head", "chief",
    "coordinator", "secretary", "president", "chairman", "chairperson", "programme", "program", "officer", "dosen", "pustakawan", "ceo", "manager",
    "manajer", "direktris", "utusan", "koordinator", "aktivis", "ketua", "sekretaris", "bendahara", "delegasi", "pengelola", "petugas", "bagian", "bidang", "di",
    "for", "pada", "behalf",
    // "I run Medewi Point Homestay", "we own ...": only right after "I"/"we" (org_affiliation)
    "run", "own", "manage", "founded", "co-founded", "co-own", "co-run", "co-manage",
    // "I represent Plan International", a health post's cadre, "a small NGO called ..." (org_affiliation),
    // "founder of ..." (org_affiliation)
    "represent", "represents", "kader", "called", "named", "of",
    // "sebuah LSM bernama Yayasan Manikaya Kauci": the Indonesian "named", after a kind of body only
    "bernama"};

// Words of company, direction or agency: a body after them is another's ("bersama Dinas ...", "kerja sama
// dengan Bappeda", "ke RSUD ...", "kepada Kementerian ...", "oleh ...", "together with the Ministry ...").
const WordSet kNotOwnBody = {"bersama", "beserta", "dengan", "dgn", "ke", "kepada", "kpd", "oleh", "terhadap",
                             // a client helped ("konsultan independen yang sedang membantu Pemerintah Desa ...")
                             "membantu", "mendampingi",
                             "antara", "by", "together", "towards", "toward", "between", "jointly",
                             // where something is: "rumah saya di Jl. Gatot Subroto, dekat RSU Negara"
                             "dekat", "samping", "sebelah", "seberang", "near", "opposite", "beside"};
// Things one receives or is sent: "dari"/"from" after them names their source ("hibah dari ...", "a grant
// from ...", "surat dari ...", "data from ..."), not the writer's body; so after a word of being struck off
// or of claiming to come from somewhere.
const WordSet kThingsReceived = {"hibah", "dana", "pendanaan", "bantuan", "sumbangan", "donasi", "beasiswa", "surat",
                                 "pengantar", "keterangan", "kiriman", "remitansi", "remittance", "remittances",
                                 "rekomendasi", "izin", "ijin", "undangan", "arahan", "instruksi", "permintaan",
                                 "data", "angka", "informasi", "laporan", "grant", "grants", "funding", "funds",
                                 "fund", "support", "donation", "scholarship", "fellowship", "letter", "permission",
                                 "invitation", "request", "figures", "information", "report", "award",
                                 // what one was struck off ("dicoret dari penerima bantuan"): a list, not a body
                                 "dicoret", "dihapus", "dikeluarkan", "dicabut", "dihilangkan", "removed",
                                 // whence someone claims to come ("petugas yang mengaku dari BPS"): another's claim
                                 "mengaku", "ngaku", "claiming", "claimed",
                                 // whence something was got ("datanya sudah saya dapat dari Dinas Pertanian")
                                 "dapat", "dapatkan", "didapat", "peroleh", "diperoleh", "memperoleh", "obtained",
                                 "got", "received",
                                 // a document one must get ("a research permit from the Kesbangpol office")
                                 "permit", "permits", "clearance", "approval", "license", "licence", "certificate",
                                 "persetujuan", "sertifikat", "perizinan", "sprint"};
// Words that name another person or body than the writer ("our counterpart, Dr ...", "our local partner
// Yayasan ...", "dosen pembimbing"): an affiliation after them is theirs.
const WordSet kSomeoneElse = {"counterpart", "colleague", "colleagues", "supervisor", "partner", "partners",
                              "friend",      "rekan",     "teman",      "kolega",     "pembimbing", "atasan",
                              "mitra",       "promotor",  "advisor",    "adviser",    "co-author",  "coauthor"};

// Role nouns that a signature line or a sentence puts before the organisation ("Research Assistant,
// University of ...", "a staff writer at Mongabay Indonesia"); Indonesian ones for "Dosen, Universitas ...".
const WordSet kRoleNoun = {
    "assistant", "fellow",    "analyst",   "lecturer",   "officer",   "researcher", "manager",      "director",
    "professor", "student",   "candidate", "editor",     "writer",    "reporter",   "correspondent", "consultant",
    "coordinator", "specialist", "scientist", "engineer", "economist", "intern",     "associate",    "advisor",
    "adviser",   "expert",    "planner",   "statistician", "secretary", "dean",    "volunteer",  "dosen",        "mahasiswa", "leader",
    "pelaksana", "redaktur", "lead", "executive", "supervisor", "administrator",
    "mahasiswi", "peneliti",  "staf",      "staff",      "analis",    "konsultan",  "wartawan",     "jurnalis",
    // "tenaga ahli sosial ekonomi di PT ...", "pakar ...", "spesialis ..."
    "ahli", "pakar", "spesialis"};


// A casual self-introduction may name a trade after the name ("sy gede driver ojol", "aku wayan
// petani di melaya"): lower-case, such a word ends the name (and, unlike kAffiliation, leads to no
// institution: a trade is no organisation).
const WordSet kTrade = {"driver", "sopir", "supir", "ojol", "ojek", "kurir", "pedagang", "penjual", "petani", "pekebun",
                        "peternak", "nelayan", "buruh", "tukang", "pengrajin", "perajin", "wiraswasta", "wirausaha",
                        "pengusaha", "pelaku", "pemilik", "pensiunan", "freelancer", "warga", "masyarakat"};

// Places a requester may say they come from: Bali's regencies and Jembrana's districts, Indonesia's
// provinces, main islands and cities. A phrase made only of these is where someone lives, not an
// organisation ("dari Denpasar Bali"); compass words mark a place too (proper_name_after_from).
const WordSet kPlace = {
    "bali", "jembrana", "tabanan", "badung", "gianyar", "klungkung", "bangli", "karangasem", "buleleng", "denpasar",
    "negara", "mendoyo", "pekutatan", "melaya", "gilimanuk", "indonesia", "jawa", "java", "sumatera", "sumatra",
    "kalimantan", "sulawesi", "papua", "maluku", "lombok", "ntb", "ntt", "nusa", "tenggara", "jakarta",
    "yogyakarta", "jogja", "surabaya", "malang", "bandung", "aceh", "riau", "jambi", "bengkulu", "lampung",
    "banten", "gorontalo", "dki", "diy",
    // a role's area in English ("Sourcing Manager, South-East Asia", "Director, Asia Pacific")
    "asia", "pacific", "asia-pacific", "europe", "africa", "oceania", "asean", "apac", "emea", "south-east",
    "southeast", "north-east", "northeast", "south", "north", "east", "west"};

// Nationalities and peoples, which "I'm ..." may name as a name would be ("I'm Indonesian.", "I'm Balinese."):
// wamerican writes them capitalised, so the English word list (lower-case words only) lacks them. Listed,
// not told by an ending: "-ian" ends Adrian, Julian and Vivian too.
const WordSet kNationality = {
    "indonesian", "balinese", "javanese", "sundanese", "sasak", "bugis", "batak", "australian", "american",
    "canadian", "british", "english", "irish", "scottish", "welsh", "dutch", "german", "french", "italian",
    "spanish", "portuguese", "swiss", "austrian", "belgian", "danish", "swedish", "norwegian", "finnish", "polish",
    "czech", "russian", "ukrainian", "turkish", "greek", "indian", "pakistani", "chinese", "japanese", "korean",
    "vietnamese", "thai", "filipino", "malaysian", "singaporean", "bruneian", "timorese", "papuan", "brazilian",
    "mexican", "argentinian", "egyptian", "nigerian", "kenyan", "asian", "european", "african", "foreign"};

// Words that end a name.
const WordSet kNameStop = {
    "dari", "dr", "asal", "mahasiswa", "mahasiswi", "mhs", "mhsw", "siswa", "siswi", "pelajar", "santri",
    "santriwati", "dosen", "guru", "pegawai", "pns", "asn", "staf", "staff", "karyawan", "peneliti", "wartawan", "wartawati", "jurnalis",
    "reporter", "selaku", "sebagai", "seorang", "yang", "dan", "atau", "ingin", "mau", "akan", "hendak",
    "bermaksud", "sedang", "lagi", "ini", "itu", "adalah", "merupakan", "bekerja", "kerja", "kuliah",
    "dengan", "di", "ke", "untuk", "utk", "from", "at", "a", "an", "the", "and", "with", "i", "am", "is",
    "saking", "tiang", "tyang", "nunas",
    "was", "currently", "studying", "working", "who", "student", "lecturer", "researcher", "journalist",
    "officer", "here", "writing", "would", "like", "interested", "also", "juga", "nim", "nip", "semester",
    "angkatan", "kepala", "ketua", "anggota", "tim", "team", "salah", "satu", "mewakili", "perwakilan",
    "honorer", "masyarakat", "warga", "penduduk", "umum", "peserta", "pemohon", "tertarik", "sudah",
    "telah", "belum", "tidak", "bukan", "punya", "memiliki", "ada", "minta", "meminta", "mohon", "butuh",
    "perlu", "tanya", "bertanya", "menanyakan", "kak", "min", "admin", "gan", "sis", "bro", "terima",
    "kasih", "thanks", "thank", "hi", "halo", "hai", "hallo", "selamat", "pagi", "siang", "sore", "malam",
    "swastiastu", "assalamualaikum", "wr", "wb", "salam", "regards", "best", "kind", "hormat", "saya", "sy",
    "kami", "kita", "aku", "gue", "my", "our", "your", "we", "you", "ingin", "butuh", "membutuhkan",
    "memerlukan", "perlu", "mencari", "cari", "data", "need", "looking", "trying", "contacting", "reaching",
    "seeking", "requesting", "sekarang", "saat", "tinggal", "berasal", "berdomisili", "domisili", "s1",
    "s2", "s3", "d3", "d4", "program", "prodi", "jurusan", "fakultas", "pak", "bu", "bapak", "ibu",
    "kepada", "yth", "dear", "good", "morning", "afternoon", "evening", "mengajukan", "menyampaikan",
    "bisa", "boleh", "apakah", "bagaimana", "berapa", "to", "for", "of", "in", "on", "by", "as", "but",
    "so", "please", "tolong", "izin", "ijin", "permisi", "maaf", "mengganggu", "alumni", "mahasiswa/i",
    "analis", "statistisi", "bidan", "perawat", "dokter", "camat", "lurah", "perbekel", "guru", "pengajar",
    "via", "email", "e-mail", "hp", "wa", "telp", "tel", "no", "nomor", "phone", "mobile", "alamat",
    "address", "jl", "jalan", "om", "shanti", "suksma", "matur", "pst", "bps", "tentang", "mengenai",
    "terkait", "soal", "perihal",
    // the same words as chat writes them short ("sy mhs unud lg ngerjain paper")
    "lg", "sdg", "skrg", "yg", "dgn", "tdk", "gak", "blm", "udh", "sdh", "udah", "jg", "ttg", "krn"};

// Lower-case particles inside a name ("Pieter van den Berg", "Ahmad bin Abdullah", "Maria da Silva").
// A Batak woman's "br." (boru) before her clan name ("Marsaulina br. Pardede").
const WordSet kNameParticle = {"bin", "binti", "van", "de", "da", "dos", "das", "von", "der", "den", "ten", "ter",
                               "del", "della", "al", "el", "la", "le", "du", "br", "br.", "boru"};

// Honorifics that are not part of the name.
const WordSet kHonorific = {"bapak", "ibu", "pak", "bu", "sdr", "sdri", "saudara",
                                                       "saudari", "mr", "mrs", "ms", "miss", "kak", "mas",
                                                       "mbak", "mba", "bli", "bpk", "ibuk"};

// Academic and professional titles that may precede a name and are kept with it.
// Religious ones too: a sister's "Sr.", a Catholic priest's "Rm." (Romo), a Confucian teacher's "Ws.".
const WordSet kTitleBefore = {"dr", "ir", "prof", "drs", "dra", "h", "hj", "drg",
                                                         "dr.", "ns", "kh", "bdn", "bd", "pdt", "drh", "apt",
                                                         "sr", "rm", "ws"};

// Words in a request sentence that show an organisation is the topic, not the speaker's own.
const WordSet kRequestWord = {
    "minta", "meminta", "butuh", "membutuhkan", "memerlukan", "perlu", "mencari", "cari", "data",
    "request", "requesting", "need", "needs", "looking", "mendapatkan", "memperoleh", "publikasi",
    "tabel", "angka", "informasi", "info", "jumlah", "berapa", "apakah", "bagaimana", "dimana", "mana",
    "meneliti", "penelitian", "tentang", "mengenai", "terkait", "soal", "ttg", "seputar", "obtain", "get", "about",
    "regarding",
    // "sy mau tanya perawat di puskesmas ada berapa": what is asked about
    "tanya", "nanya", "bertanya", "menanyakan",
    "diterbitkan", "dirilis", "rilis", "sumber", "source", "published"};

// Degrees written after a name ("Made Sudarma, S.E., M.Si.").
bool is_degree(const Token& t) {
  if (t.kind != TokenKind::word) return false;
  std::string_view w = t.text;
  if (text::is_short_name_word(w)) return false;  // "I Gst. Ngr. Agung", "Muh. Ridwan"
  if (kNameParticle.contains(t.low)) return false;  // a Batak woman's "br." ("Rosmaida br. Simanjuntak")
  if (w.size() == 2 && w[1] == '.' && text::is_upper_ascii(w[0])) return false;  // an initial: "I G. A. Ngurah"
  if (w.find('.') != std::string_view::npos && w.size() <= 8) return true;
  // "A.Md.Keb.", "S.Tr.Keb.", "M.Kes.Epid.": dotted segments, each a capital and a few lower-case letters.
  if (w.size() <= 14 && std::count(w.begin(), w.end(), '.') >= 2 && text::is_upper_ascii(w[0])) {
    bool shape = true;
    std::size_t seg = 0;
    for (char c : w) {
      if (c == '.') {
        shape = shape && seg > 0 && seg <= 4;
        seg = 0;
      } else {
        shape = shape && text::is_alpha_ascii(c) && (seg > 0 || text::is_upper_ascii(c));
        ++seg;
      }
    }
    // The last segment may go without its dot: "A.Md.RMIK", "S.Tr.Keb".
    if (shape && (seg == 0 || (seg <= 4 && w.size() >= 5))) return true;
  }
  return in<"se", "sh", "st", "ss", "mm", "msi", "mpd", "spd", "skm", "amd", "ak", "mt", "mkom",
            "skom", "ssi", "sst", "mba", "phd", "msc", "bsc", "ma", "ba", "mh", "me", "sp", "mp",
            "stat", "sos", "ssos", "sip", "mip", "spt", "ners", "apt", "cpa", "ca", "ssn",
            // "Lc." (Licence: Al-Azhar's and other Middle-Eastern universities' first degree)
            "lc">(t.low);
}

bool is_word(const Token& t) { return t.kind == TokenKind::word; }

// "dari", "dr" (its short form), "from": where someone or something comes from.
bool says_from(const Token& k) { return in<"dari", "dr", "from">(k.low); }

// t[k] is "dari"/"from" after a thing received ("hibah dari ...", "a grant from ..."): what follows is its
// source, not the writer's body.
bool from_a_thing_received(TokenSpan t, std::size_t k) {
  return says_from(t[k]) && k > 0 && is_word(t[k - 1]) && kThingsReceived.contains(t[k - 1].low);
}

// A plural by reduplication as its word ("guru-guru" -> "guru", "dosen-dosen"); any other word as it is.
std::string_view singular(std::string_view low) {
  const std::size_t dash = low.find('-');
  if (dash != std::string_view::npos && dash > 0 && low.substr(0, dash) == low.substr(dash + 1))
    return low.substr(0, dash);
  return low;
}

// "rekan kerja", "rekan satu bidang", "teman sekantor": a colleague at the writer's own workplace, so
// the organisation named after that colleague is the writer's too ("Saya Ayu, rekan satu bidang Ibu
// Ketut di Bapperida ...").
bool same_workplace(TokenSpan t, std::size_t k) {
  if (!in<"rekan", "teman", "kolega">(t[k].low) || k + 1 >= t.size() || !is_word(t[k + 1])) return false;
  const std::string_view next = t[k + 1].low;
  if (in<"kerja", "sekantor", "sebidang", "seruangan", "sekerja", "setim", "seunit">(next)) return true;
  return eq(next, "satu"sv) && k + 2 < t.size() && is_word(t[k + 2]) &&
         in<"bidang", "kantor", "tim", "unit", "seksi", "bagian", "instansi", "ruangan", "divisi">(t[k + 2].low);
}

bool is_break(const Token& t) { return t.kind == TokenKind::line_break && !t.soft; }
bool is_soft_break(const Token& t) { return t.kind == TokenKind::line_break && t.soft; }
bool is_punct(const Token& t, char c) { return t.kind == TokenKind::punct && t.text[0] == c; }
// Inline: asked of every word by the sentence readers.
[[gnu::always_inline]] inline bool is_sentence_end(const Token& t) {
  return is_break(t) || is_punct(t, '.') || is_punct(t, '?') || is_punct(t, '!') || is_punct(t, ';');
}
// The end of the sentence that contains `from`, looking at most `max` tokens ahead (keeps the scan
// linear on text without punctuation).
std::size_t sentence_end(TokenSpan t, std::size_t from, std::size_t max = 40) {
  std::size_t i = from;
  while (i < t.size() && i < from + max && !is_sentence_end(t[i])) ++i;
  return i;
}

bool all_caps(std::string_view w) {
  bool any = false;
  for (char c : w) {
    if (text::is_lower_ascii(c)) return false;
    if (text::is_upper_ascii(c)) any = true;
  }
  return any;
}

// "Université", "Universität", "Università": Latin letters with diacritics (UTF-8, U+00C0-U+00FF)
// as their ASCII base letter, so the lexicons (ASCII) know the heads of other languages too.
std::string ascii_folded(std::string_view w) {
  static constexpr char kBase[64 + 1] =
      "AAAAAAACEEEEIIII" "DNOOOOOxOUUUUYTs" "aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";
  std::string out;
  out.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto b = static_cast<unsigned char>(w[i]);
    if (b == 0xC3 && i + 1 < w.size()) {
      const auto c = static_cast<unsigned char>(w[i + 1]);
      if (c >= 0x80 && c <= 0xBF) {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(kBase[c - 0x80])));
        ++i;
        continue;
      }
    }
    out += w[i];
  }
  return out;
}

bool has_non_ascii(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// A lexicon look-up that also tries the word without its diacritics.
bool lexicon_has(const WordSet& set, std::string_view low) {
  return set.contains(low) || (has_non_ascii(low) && set.contains(ascii_folded(low)));
}
// The same for a token: a word of ASCII letters and digits only (Token::alnum_only, most words) has no diacritics,
// so one look-up answers.
bool lexicon_has(const WordSet& set, const Token& t) { return t.alnum_only ? set.contains(t.low) : lexicon_has(set, t.low); }

// "Kemen...": a ministry's short name (Kemenkes, Kemendes, Kemenko...).
bool has_ministry_prefix(std::string_view low) { return !low.empty() && low[0] == 'k' && low.starts_with("kemen"sv); }
// "sman", "smkn", "smpn", "sdn": a state school, numbered ("SMAN 1", "SDN3").
bool has_state_school_prefix(std::string_view low) {
  if (low.empty() || low[0] != 's') return false;
  return low.starts_with("sman"sv) || low.starts_with("smkn"sv) || low.starts_with("smpn"sv) ||
         low.starts_with("sdn"sv);
}

// "WWF-Indonesia", "ICRAF-Indonesia": a body's acronym joined to its country or region.
bool acronym_with_country(const Token& t) {
  if (!is_word(t) || t.has_digit || t.alnum_only) return false;  // (a word of letters only has no dash)
  const std::size_t dash = t.text.find('-');
  return dash != std::string_view::npos && dash >= 2 && all_caps(t.text.substr(0, dash)) &&
         kPlace.contains(t.low.substr(dash + 1));
}

bool is_standalone_org(const Token& t) {
  if (!is_word(t)) return false;
  if (acronym_with_country(t)) return true;
  const std::string_view low = t.low;
  if (office_standalone(low)) return true;  // the office listed it (office_lexicon.h)
  if (!kStandalone.contains(low)) {
    // "Kemendes", "Kemenko..." and other Kemen* ministries; "Dis..." offices are too vague.
    if (low.size() > 5 && has_ministry_prefix(low)) return true;
    if (has_state_school_prefix(low)) return t.has_digit || low.size() == 4;
    return false;
  }
  if (kCapsOnly.contains(low)) return all_caps(t.text) || (eq(low, "mandiri"sv) && t.capitalised) ||
                                       (eq(low, "telkom"sv) && t.capitalised);
  // "Antara", "Tempo", "Kompas" are newsrooms when capitalised; in lower case a word of the dictionary is
  // the word ("perbedaan antara data proyeksi dan ...").
  if (!t.capitalised && is_indonesian_stem(low)) return false;
  return true;
}

// Universities in languages that may put a name or an adjective before the head ("Technische
// Universität München", "Vrije Universiteit Amsterdam", "Georg-August-Universität Göttingen").
const WordSet kUniversityOtherLanguage = {"universite", "universidad", "universitat", "universitaet", "universiteit",
                                          "universita", "universidade", "universitet", "uniwersytet",
                                          "universitatea", "hochschule"};

// A university's head word in any language ("Universitas", "University", "Universiti", "Universität").
bool is_university_head(std::string_view low) {
  return eq(low, "universitas"sv) || eq(low, "university"sv) || eq(low, "universiti"sv) ||
         lexicon_has(kUniversityOtherLanguage, low);
}

// "Georg-August-Universität", "Humboldt-Universität": such a university as the last part of a
// compound.
bool compound_university(const Token& t) {
  if (t.alnum_only) return false;  // no dash
  const std::size_t p = t.low.rfind('-');
  if (p == std::string_view::npos || p + 1 >= t.text.size() || !text::is_upper_ascii(t.text[p + 1])) return false;
  return lexicon_has(kUniversityOtherLanguage, t.low.substr(p + 1));
}

bool is_head_first(const Token& t) {
  if (!is_word(t)) return false;
  if (t.capitalised && office_head_first(t.low)) return true;  // the office listed it (office_lexicon.h)
  // Every rule below ends in the lexicon but for four all-caps acronyms: most words stop here.
  // "TK Negeri Pembina" (a kindergarten) in capitals only: "Pembina Tk. I" is a civil servant's rank.
  // "MI Nurul Huda", "MA Negeri 1 Jembrana": a madrasah's level, likewise.
  const bool cv_like = eq(t.low, "cv"sv) || eq(t.low, "man"sv) || eq(t.low, "sd"sv) || eq(t.low, "ud"sv) || eq(t.low, "tk"sv) ||
                       eq(t.low, "mi"sv) || eq(t.low, "ma"sv);
  if (!cv_like && !lexicon_has(kHeadFirst, t)) return compound_university(t);
  if (kCapsOnly.contains(t.low) && !(all_caps(t.text) || t.capitalised)) return false;
  if (cv_like && !all_caps(t.text)) return false;
  if (cv_like) return true;
  // Heads that are ordinary words in lower case ("rumah tangga", "program kerja", "gerakan tanam"): a body's
  // head only capitalised.
  static const WordSet kHeadOnlyCapitalised = {
      "desa", "pura", "gereja", "unit", "cabang", "program", "bagian", "pusat", "rumah", "kantor", "forum",
      "organisasi", "perusahaan", "kecamatan", "kelurahan", "badan", "lembaga", "sekolah", "perpustakaan", "hotel",
      "konsultan", "kampus", "klinik", "museum", "majelis", "firma", "kelompok", "warung", "toko", "apotek",
      "apotik", "bengkel", "kedai", "banjar", "karang", "subak", "stasiun", "satuan", "jaringan", "aliansi",
      "gerakan", "konsorsium", "koalisi", "perhimpunan", "persatuan", "serikat", "federasi"};
  if (!t.capitalised && kHeadOnlyCapitalised.contains(t.low)) return false;
  return true;  // in the lexicon (checked above)
}

// "Jembrana News.id", "Bali Post.com": a media name written as its web address.
std::string_view without_domain(std::string_view low) {
  if (low.find('.') == std::string_view::npos) return low;  // most words (asked of every capitalised one)
  for (std::string_view tld : {".co.id", ".id", ".com", ".co", ".net", ".org", ".or.id", ".news", ".info", ".media"})
    if (low.size() > tld.size() && low.ends_with(tld)) return low.substr(0, low.size() - tld.size());
  return low;
}

// "jembranaterkini.com", "beritabali.com", "JembranaUpdate.com": a web site's name (a name of three letters or
// more, then its top-level domain), not a mail address.
bool is_site_name(std::string_view low) {
  return low.find('@') == std::string_view::npos && without_domain(low).size() >= 3 &&
         without_domain(low).size() < low.size();
}

// "the World Bank's Poverty and Equity Global Practice": a name's last word with a possessive "'s", which ends it.
bool is_possessive(const Token& t) { return t.low.size() > 3 && t.low.ends_with("'s"); }

// Whether t[k] names another person than the writer (kSomeoneElse); "managing partner", "senior partner" is the
// writer's own post ("I'm Sophie Laurent, managing partner at Bali West Property Advisors").
bool names_someone_else(TokenSpan t, std::size_t k) {
  if (!is_word(t[k]) || !kSomeoneElse.contains(t[k].low)) return false;
  return !(in<"partner", "partners">(t[k].low) && k > 0 && is_word(t[k - 1]) &&
           in<"managing", "senior", "founding", "general", "associate", "equity", "name">(t[k - 1].low));
}

bool is_head_last(const Token& t) {
  if (!is_word(t) || !t.capitalised) return false;
  // A word of letters and digits only has no possessive, diacritics or domain: one look-up.
  if (t.alnum_only) return kHeadLast.contains(t.low);
  const std::string_view low = is_possessive(t) ? t.low.substr(0, t.low.size() - 2) : t.low;
  return lexicon_has(kHeadLast, low) || kHeadLast.contains(without_domain(low));
}

bool is_org_start(const Token& t) { return is_head_first(t) || is_standalone_org(t); }

// Casual "anak unud", "anak agribisnis unud", "anak Ilmu Komunikasi Unud": lower-case "anak" (never "Anak
// Agung", a Balinese name) before an organisation, or before a field of study or two and then the
// organisation: a student of it.
// "ubaya", "UMY", "Unsoed": a word that may be a campus's short name no list knows: 3-8 letters, no
// Indonesian or English word, place, stop word, honorific or verb form.
bool campus_short_name(const Token& k) {
  return is_word(k) && !k.has_digit && k.low.size() >= 3 && k.low.size() <= 8 && text::is_alpha_ascii(k.low.front()) &&
         !is_indonesian_stem(k.low) && !is_english_word(k.low) && !kPlace.contains(k.low) &&
         !kNameStop.contains(k.low) && !kHonorific.contains(k.low) && !is_indonesian_verb_form(k.low);
}

bool student_of(TokenSpan t, std::size_t a) {
  if (a >= t.size() || !eq(t[a].text, "anak"sv)) return false;
  // "aku nadia anak ubaya mau ...": a campus by a short name, then the clause goes on in lower case.
  if (a + 2 < t.size() && campus_short_name(t[a + 1]) && (!is_word(t[a + 2]) || !t[a + 2].capitalised))
    return true;
  for (std::size_t k = a + 1; k < t.size() && k <= a + 3; ++k) {
    if (!is_word(t[k])) return false;
    if (is_org_start(t[k])) return true;
    if (t[k].has_digit || kNameStop.contains(t[k].low)) return false;
  }
  return false;
}

// Organisation words that are also personal names ("Made Dwi Antara", "Ni Luh Saraswati"): inside a
// name they are the name.
const WordSet kAlsoAName = {
    "antara", "tempo", "mandiri", "saraswati", "dhyana", "triatma", "mahendradatta", "dwijendra", "mahadewa",
    "udayana", "warmadewa", "telkom", "angkasa", "kompas", "primakara", "suara", "pertiwi", "dharma", "bakti",
    "bhakti", "darma", "kusuma"};

bool blocks_a_name(const Token& t) {
  return is_head_first(t) || (is_standalone_org(t) && !kAlsoAName.contains(t.low));
}

bool is_connector(const Token& t) {
  // French, Dutch, German, Spanish and Italian names of bodies too ("Institut de Recherche pour le
  // Développement", "Universidad de la República").
  return is_word(t) && in<"dan", "&", "of", "the", "for", "and", "de", "van", "zu", "negeri", "swasta",
                          "pour", "le", "la", "les", "des", "du", "et", "für", "und", "del", "della", "y", "voor",
                          "het">(t.low);
}

// A region's level word ("Kabupaten", "Kec."), which its name follows.
bool is_region_level(std::string_view low) {
  return in<"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kec">(low);
}

bool is_region_word(const Token& t) {
  return is_word(t) && in<"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kec", "negeri",
                          "daerah", "pusat", "cabang", "wilayah", "kantor">(t.low);
}

std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (auto& c : out) {
    if (start && text::is_lower_ascii(c)) c = static_cast<char>(c - 'a' + 'A');
    else if (!start && text::is_upper_ascii(c)) c = static_cast<char>(c - 'A' + 'a');
    start = (c == ' ' || c == '-' || c == '\'');
  }
  return out;
}

std::string join_tokens(TokenSpan t, std::size_t b, std::size_t e) {
  // As written: a space where the text has one between two tokens (tokens are views into one text),
  // one space for a line break, none elsewhere ("Eco-Resort & Spa", "Kodim 1617/Jembrana", "(STIE)").
  std::string s;
  const Token* prev = nullptr;
  bool broke = false;
  for (std::size_t i = b; i < e; ++i) {
    if (t[i].kind == TokenKind::line_break) {
      broke = true;
      continue;
    }
    if (prev != nullptr && !s.empty() &&
        (broke || t[i].text.data() > prev->text.data() + prev->text.size()))
      s += ' ';
    s += t[i].text;
    prev = &t[i];
    broke = false;
  }
  while (!s.empty() && (s.back() == ',' || s.back() == '-' || s.back() == '/' || s.back() == ' ')) s.pop_back();
  return s;
}

// ---- Organisation phrases ---------------------------------------------------------------------------

// The organisation phrase that starts with an org head at h: extend over capitalised words,
// digits, connectors and region words. Returns the end index (exclusive).
// After the comma at `comma` in an office's name (head t[h]: Dinas, Badan, Kementerian, ...): a
// capitalised field word, then within a few words "dan"/"&" and another capitalised word, with no
// organisation head in between.
bool office_enumeration_follows(TokenSpan t, std::size_t h, std::size_t comma, std::size_t limit) {
  if (!in<"dinas", "badan", "kementerian", "kementrian", "kantor", "balai", "biro", "direktorat",
          "sekretariat", "lembaga", "pusat">(t[h].low))
    return false;
  std::size_t j = comma + 1;
  while (j < limit && is_soft_break(t[j])) ++j;
  if (j >= limit || !is_word(t[j]) || !t[j].capitalised || is_org_start(t[j]) || kNameStop.contains(t[j].low))
    return false;
  for (std::size_t k = j + 1; k < limit && k <= j + 5; ++k) {
    if (!is_word(t[k]) && !is_soft_break(t[k]) && !eq(t[k].text, "&"sv) && !eq(t[k].text, ","sv)) return false;
    if ((eq(t[k].low, "dan"sv) || eq(t[k].text, "&"sv)) && k + 1 < limit && is_word(t[k + 1]) && t[k + 1].capitalised)
      return true;
    if (is_word(t[k]) && (!t[k].capitalised || is_org_start(t[k]))) return false;
  }
  return false;
}

// "Badan Perencanaan Pembangunan Daerah\nKabupaten Jembrana,": a letter puts the region on the next
// line. When t[br] is a hard line break followed by a short line (at most four words) opening with
// Kabupaten/Kota/Provinsi and a capitalised word, the end of that line; else 0.
std::size_t region_line_end(TokenSpan t, std::size_t br) {
  if (br + 2 >= t.size() || t[br].kind != TokenKind::line_break || t[br].soft || !is_word(t[br + 1]) ||
      !t[br + 1].capitalised || !in<"kabupaten", "kab", "kota", "provinsi", "prov">(t[br + 1].low) ||
      !is_word(t[br + 2]) || !t[br + 2].capitalised)
    return 0;
  std::size_t words = 0, j = br + 1;
  for (; j < t.size() && t[j].kind != TokenKind::line_break; ++j) words += is_word(t[j]) ? 1 : 0;
  return words <= 4 ? j : 0;
}

// Where the capitalised words from t[b] that spell `acronym` by their initials end ("Persatuan Penyandang
// Disabilitas Indonesia" after "PPDI"), lower-case connectors between them skipped; 0 when they do not.
std::size_t spelled_until(TokenSpan t, std::size_t b, std::size_t limit, std::string_view acronym) {
  std::size_t n = 0, k = b;
  for (; k < limit && n < acronym.size(); ++k) {
    if (!is_word(t[k])) return 0;
    if (!t[k].capitalised) {
      if (!is_connector(t[k])) return 0;
      continue;
    }
    const char letter = text::fold(acronym[n]);
    if (t[k].low[0] != letter) return 0;
    ++n;
  }
  return n == acronym.size() ? k : 0;
}

bool spells(TokenSpan t, std::size_t b, std::size_t limit, std::string_view acronym) {
  return spelled_until(t, b, limit, acronym) != 0;
}

bool has_letter(std::string_view w);
bool is_this_office(std::string_view institution);

std::size_t extend_org(TokenSpan t, std::size_t h, std::size_t limit) {
  // "universitas udayana", "dinas sosial"; not the complement of a capitalised head ("Ministry of ...":
  // read from its "of").
  bool casual = !t[h].capitalised && !(in<"of", "for">(t[h].low) && h > 0 && t[h - 1].capitalised);
  // "Università di Bologna", "Universidad de Granada": a university in another language goes on with
  // its own "of".
  const bool foreign_campus = is_word(t[h]) && lexicon_has(kUniversityOtherLanguage, t[h]);
  // "PPDI Kabupaten Jembrana Persatuan Penyandang Disabilitas Indonesia" (no brackets, dictated): an
  // acronym's name ends where its expansion starts.
  const bool acronym = is_word(t[h]) && all_caps(t[h].text) && t[h].text.size() >= 3 && t[h].text.size() <= 8 &&
                       !t[h].has_digit;
  int lower_taken = 0;
  bool enumerating = false;  // a comma listed the office's fields
  std::size_t e = h + 1;
  std::size_t last_good = h + 1;
  // The sentence may end at the line break before a letter's region line: look past it.
  if (!casual)
    for (std::size_t j = h + 1; j < t.size() && j <= limit && j - h < 14; ++j)
      if (t[j].kind == TokenKind::line_break) {
        if (const std::size_t region_end = region_line_end(t, j)) limit = std::max(limit, region_end);
        break;
      }
  while (e < limit && e - h < 14) {
    const Token& k = t[e];
    if (is_soft_break(k)) {
      ++e;
      continue;
    }
    if (k.kind == TokenKind::line_break && !casual) {
      if (const std::size_t region_end = region_line_end(t, e)) {
        limit = std::max(limit, region_end);
        ++e;
        continue;
      }
    }
    if (k.kind == TokenKind::punct) {
      if ((eq(k.text, "&"sv) || eq(k.text, "-"sv)) && e + 1 < limit && is_word(t[e + 1])) {
        ++e;
        continue;
      }
      // "Kodim 1617/Jembrana", "Korem 163/Wira Satya": a unit's number and its place; "Kementerian
      // PPN/Bappenas", "ATR/BPN": one body under two names.
      if (eq(k.text, "/"sv) && e > h && e + 1 < t.size() && is_word(t[e + 1]) && t[e + 1].capitalised &&
          (t[e - 1].has_digit || (is_word(t[e - 1]) && all_caps(t[e - 1].text) && !t[e + 1].has_digit &&
                                  (is_org_start(t[e + 1]) || all_caps(t[e + 1].text))))) {
        ++e;
        continue;
      }
      // An office named after several fields: "Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten
      // Jembrana" is one name; the comma lists fields up to a "dan"/"&" (not another organisation).
      if (eq(k.text, ","sv) && !casual && office_enumeration_follows(t, h, e, limit)) {
        enumerating = true;
        ++e;
        continue;
      }
      // The list's last comma before its "dan" ("Balai Besar Karantina Hewan, Ikan, dan Tumbuhan").
      if (eq(k.text, ","sv) && enumerating && e + 2 < limit && is_word(t[e + 1]) &&
          (eq(t[e + 1].low, "dan"sv) || eq(t[e + 1].text, "&"sv)) && is_word(t[e + 2]) && t[e + 2].capitalised &&
          !is_org_start(t[e + 2]) && !kNameStop.contains(t[e + 2].low)) {
        ++e;
        continue;
      }
      // 'Koperasi Simpan Pinjam "Artha Sedana" Negara': a name in quotes inside the name.
      if (k.text == "\""sv && !casual) {
        std::size_t close = e + 1;
        while (close < limit && close < e + 7 && is_word(t[close]) && (t[close].capitalised || is_connector(t[close])))
          ++close;
        if (close > e + 1 && close < limit && t[close].text == "\""sv) {
          e = close + 1;
          last_good = e;
          continue;
        }
      }
      // "(STIE)" inside a name: keep when the name goes on after it.
      if (eq(k.text, "("sv) && e + 3 < limit && is_word(t[e + 1]) && is_punct(t[e + 2], ')') && is_word(t[e + 3]) &&
          t[e + 3].capitalised) {
        e += 3;
        last_good = e;
        continue;
      }
      // "PT Sarana Multi Infrastruktur (Persero)": a state firm's legal form in brackets ends its name.
      if (eq(k.text, "("sv) && e + 2 < t.size() && is_word(t[e + 1]) &&
          in<"persero", "perseroda", "perum">(t[e + 1].low) && is_punct(t[e + 2], ')')) {
        e += 3;
        last_good = e;
        continue;
      }
      break;
    }
    if (!is_word(k)) break;
    if (k.text.find('@') != std::string::npos) break;
    // "Universitas Pendidikan Nasional Denpasar 😊": an emoji or a symbol, no letter in it, ends the name.
    if (!k.has_digit && static_cast<unsigned char>(k.text[0]) >= 0x80 && !has_letter(k.text)) break;
    // "surat Kepala Kantor Pertanahan Kabupaten Jembrana Nomor MP.01/...": a letter's number ends the name.
    if (eq(k.low, "nomor"sv) || eq(k.low, "nmr"sv) ||
        (eq(k.low, "no"sv) && e + 1 < limit && (is_punct(t[e + 1], '.') || t[e + 1].has_digit)))
      break;
    if (acronym && e > h + 1 && k.capitalised && spells(t, e, limit, t[h].text)) break;
    // "PETUGAS SURVEI HARGA DARI BPS SETIAP MINGGU DATANG ...": in capitals, this office's name goes on only with its
    // region ("BPS KABUPATEN JEMBRANA", "BPS BALI"); another word starts the clause (two blind authors).
    if (e == h + 1 && eq(t[h].low, "bps"sv) && all_caps(k.text) && k.text.size() > 1 && !is_region_word(k) &&
        !kPlace.contains(k.low))
      break;
    // "WWF-Indonesia Program Bali-Nusa Tenggara": a programme or a unit of the body that names its country.
    if (e == h + 1 && acronym_with_country(t[h]) && kSubUnit.contains(k.low)) break;
    // "a JICA Expert", "KOICA Volunteer": a role after an acronym is the person's, not part of its name.
    if (acronym && e == h + 1 && kRoleNoun.contains(k.low)) break;
    // In capitals every word is capitalised: a verb or a conjunction still starts the next clause
    // ("PEMERINTAH DESA WARNASARI MENYAMPAIKAN BAHWA ..."). Only a verb with -kan, or the verbs of
    // asking, each with me(N)-: a me(N)- form without -kan is often a place or a word of a name
    // ("Mendoyo", "Menengah"), a stem with -kan a noun ("Gerakan Pramuka").
    const bool clause_verb = k.low.starts_with("me") && (k.low.ends_with("kan") || in<"memohon", "meminta">(k.low)) &&
                             is_indonesian_verb_form(k.low);
    if (!casual && (clause_verb || in<"bahwa", "adalah", "akan", "telah", "sudah", "tidak", "belum", "agar",
                                      "supaya", "sesuai", "atas", "karena", "sehingga", "namun", "tetapi",
                                      "tapi", "jika", "kalau", "padahal", "kata">(k.low)))
      break;
    // Capitalised words go on naming the organisation ("Dinas Tenaga Kerja", "Pekerjaan Umum"),
    // except pronouns and verbs that start the next clause.
    if (k.capitalised && !casual && !in<"saya", "sy", "kami", "mohon", "untuk", "utk", "yang", "dengan",
                                        "terima", "ingin", "mau", "we", "my", "our", "please", "nim",
                                        "nip", "hp", "telp", "email", "wa", "no", "dear", "yth", "kepada",
                                        "salam", "regards", "thanks", "best">(k.low)) {
      // "I" ends a name as a numeral ("Puskesmas Melaya I") but starts an English clause ("... I need");
      // before an Indonesian verb ("Puskesmas Mendoyo I memerlukan data") it is the numeral.
      if (!eq(k.text, "I"sv) || e + 1 >= limit || !is_word(t[e + 1]) || t[e + 1].capitalised ||
          is_indonesian_verb_form(t[e + 1].low)) {
        ++e;
        last_good = e;
        continue;
      }
    }
    // "Lembaga Penelitian dan Pengabdian kepada Masyarakat": the fixed name of a campus's LPPM.
    if (!casual && eq(k.low, "kepada"sv) && e + 1 < limit && is_word(t[e + 1]) && eq(t[e + 1].text, "Masyarakat"sv)) {
      ++e;
      continue;
    }
    // "Loka Pengawas Obat dan Makanan di Kabupaten Buleleng", "KPP Pratama ... di Kota ...": an office's
    // official name may say where it sits.
    if (!casual && eq(k.low, "di"sv) && e + 2 < limit && is_word(t[e + 1]) &&
        in<"kabupaten", "kota", "provinsi">(t[e + 1].low) && t[e + 1].capitalised && is_word(t[e + 2]) &&
        t[e + 2].capitalised) {
      e += 2;
      continue;
    }
    if (foreign_campus && e + 1 < limit && in<"di", "de", "del", "della", "degli", "do", "da", "dos", "van",
                                              "zu", "des", "du">(k.low) &&
        is_word(t[e + 1]) && t[e + 1].capitalised) {
      ++e;
      continue;
    }
    // "Université catholique de Louvain", "Université libre de Bruxelles": a lower-case word of the name right after
    // its head, before the particle and the place.
    if (foreign_campus && e == h + 1 && !k.capitalised && !k.has_digit && e + 2 < limit && is_word(t[e + 1]) &&
        in<"de", "di", "del", "della", "degli", "do", "da", "des", "du">(t[e + 1].low) && is_word(t[e + 2]) &&
        t[e + 2].capitalised) {
      ++e;
      continue;
    }
    if (kNameStop.contains(k.low) && !is_region_word(k) && !is_org_start(k) && !kHeadLast.contains(k.low) &&
        !in<"dan", "of", "the", "for", "and", "&", "pusat">(k.low))
      break;
    // "unud smt 7", "undiksha angkatan 2021": the student's year is not part of the name.
    if (in<"smt", "semester", "sem", "angkatan", "tingkat", "thn", "tahun", "kelas", "nim", "npm", "nip">(k.low))
      break;
    // "unud jurusan ekonomi pembangunan": a campus and then its department; the campus is the name.
    if (casual && kSubUnit.contains(k.low)) break;
    // "unair ekonomi smt 6", "mhs unud hukum": after a campus known by its acronym, a field of study is the
    // student's major, not a word of the campus's name.
    if (casual && e == h + 1 && kCampus.contains(t[h].low) && !kNeedsComplement.contains(t[h].low) &&
        kFieldOfStudy.contains(k.low))
      break;
    if (k.capitalised || k.has_digit || (is_region_word(k) && (casual || !eq(k.low, "negeri"sv) || true)) ||
        (is_org_start(k) && (casual || k.capitalised))) {
      if (!k.capitalised && !casual && !k.has_digit && !is_region_word(k)) break;
      ++e;
      last_good = e;
      continue;
    }
    if (is_connector(k)) {
      ++e;
      continue;
    }
    // "the bank wants some numbers": an English verb or determiner after a lower-case head starts a
    // clause; the head named no organisation.
    static const WordSet kEnglishClause = {"wants", "want", "needs", "need", "is", "are", "was", "were", "has",
                                           "have", "had", "will", "would", "can", "could", "should", "says",
                                           "said", "asked", "asks", "some", "any", "a", "an", "to", "that",
                                           "which", "who", "loan", "account"};
    if (casual && kEnglishClause.contains(k.low)) break;
    // "dari bps ya", "anak unud nih kak": a casual particle or a way of addressing ends it.
    if (casual && in<"ya", "yah", "yaa", "dong", "deh", "kak", "min", "nih", "sih", "aja", "saja", "kok",
                     "lho", "pak", "bu", "gan", "sis", "bro", "mas", "mbak">(k.low))
      break;
    if (casual && lower_taken < 3 && text::is_alpha_ascii(k.text[0])) {
      ++lower_taken;
      ++e;
      last_good = e;
      continue;
    }
    // "bumdes sari mertha desa tegalcangkring, mau ...": in lower case a village's or a district's word
    // names where the body is, and its name follows it even past the count of lower-case words - one
    // word that closes the phrase (punctuation, a line's end or a word that starts the next clause).
    const auto closes_phrase = [&](std::size_t j) {
      return j >= limit || !is_word(t[j]) || kNameStop.contains(t[j].low);
    };
    // "kub segara amerta desa air kuning.": a village's name of up to three words.
    if (casual && is_word(t[e - 1]) && in<"desa", "kelurahan", "banjar", "dusun", "kecamatan">(t[e - 1].low)) {
      std::size_t j = e;
      while (j < limit && j < e + 3 && is_word(t[j]) && text::is_alpha_ascii(t[j].text[0]) && !t[j].has_digit &&
             !is_indonesian_verb_form(t[j].low) && !is_org_start(t[j]) && !kNameStop.contains(t[j].low))
        ++j;
      if (j > e && closes_phrase(j)) {
        e = j;
        last_good = e;
      }
      break;
    }
    // "yayasan peduli anak pesisir jembrana.": past the count, a known place closing the phrase is where the
    // body is, written as part of its name.
    if (casual && kPlace.contains(k.low) && closes_phrase(e + 1)) {
      ++e;
      last_good = e;
    }
    break;
  }
  // "Kelompok Tani Tunas Mekar Desa Yehembang Kauh kecamatan mendoyo": a region's word in lower case whose name
  // did not follow (a lower-case word ended the name) is the next phrase's, not the body's.
  if (last_good > h + 1 && is_word(t[last_good - 1]) && !t[last_good - 1].capitalised &&
      is_region_level(t[last_good - 1].low))
    --last_good;
  // "Dinas Kesehatan, Kabupaten Jembrana.", "RSUD Negara, Kabupaten Jembrana, Bali": a local government's office
  // and, after a comma, the regency or city it belongs to, ending the clause: written in one phrase, the
  // name goes on with it (the issue's rule: its region when written in one phrase).
  static const WordSet kRegionalOffice = {"dinas",   "badan",     "kantor", "sekretariat", "inspektorat", "rsud",
                                          "puskesmas", "uptd",    "bappeda", "bapenda",    "dprd",        "bpbd",
                                          "satpol",  "disdukcapil", "pemerintah", "pemkab"};
  if (!casual && last_good + 2 < t.size() && is_punct(t[last_good], ',') && kRegionalOffice.contains(t[h].low) &&
      is_word(t[last_good + 1]) && t[last_good + 1].capitalised &&
      in<"kabupaten", "kab", "kota", "provinsi", "prov">(t[last_good + 1].low)) {
    std::size_t r = last_good + 2;
    while (r < t.size() && r < last_good + 5 && is_word(t[r]) && t[r].capitalised && !t[r].has_digit &&
           !kNameStop.contains(t[r].low) && !is_org_start(t[r]))
      ++r;
    const bool clause_ends = r >= t.size() || is_sentence_end(t[r]) || is_punct(t[r], ',') ||
                             t[r].kind == TokenKind::line_break;
    if (r > last_good + 2 && clause_ends && !(r < t.size() && is_punct(t[r], ',') && r + 1 < t.size() &&
                                              is_word(t[r + 1]) && in<"dan", "serta", "and">(t[r + 1].low)))
      last_good = r;
  }
  // A long name cut by the count right after its region's word ("... Ketahanan Pangan Provinsi | Bali"): a
  // region never stands without its name (up to three words: "Nusa Tenggara Barat"), which follows.
  if (!casual && last_good < t.size() && last_good - h >= 13 && is_word(t[last_good - 1]) &&
      is_region_level(t[last_good - 1].low))
    for (const std::size_t region = last_good;
         last_good < t.size() && last_good < region + 3 && is_word(t[last_good]) && t[last_good].capitalised &&
         !t[last_good].has_digit && !kNameStop.contains(t[last_good].low) && !is_org_start(t[last_good]) &&
         !is_indonesian_verb_form(t[last_good].low);)
      ++last_good;
  return last_good;
}

// English order: capitalised words before a head-last word ("Australian National University").
std::size_t extend_left(TokenSpan t, std::size_t h, std::size_t floor) {
  std::size_t b = h;
  while (b > floor) {
    const Token& k = t[b - 1];
    // "Ateneo de Manila University": a name's own lower-case "de"/"di" between capitalised words (not a post
    // before where it is held: "Programme Associate di World Food Programme").
    if (b < h && b - 1 > floor && is_word(k) && in<"de", "di", "del", "da", "van", "von">(k.text) &&
        is_word(t[b - 2]) && t[b - 2].capitalised && !kNameStop.contains(t[b - 2].low) &&
        !kAffiliation.contains(t[b - 2].low) && !kRoleNoun.contains(t[b - 2].low) && !is_org_start(t[b - 2])) {
      --b;
      continue;
    }
    if (is_word(k) && eq(k.text, "The"sv)) {
      --b;
      break;
    }
    // "Food and Agriculture Organization", "Research & Development Centre": two fields joined; "Bain & Company":
    // a firm's partners before its head.
    if ((b < h || eq(k.text, "&"sv)) && b - 1 > floor && (eq(k.text, "and"sv) || eq(k.text, "&"sv)) && is_word(t[b - 2]) &&
        t[b - 2].capitalised &&
        !kNameStop.contains(t[b - 2].low) && !kAffiliation.contains(t[b - 2].low)) {
      --b;
      continue;
    }
    // "Lumbung Data Initiative", "Open Data Network": "Data" between words of the name is one of them.
    if (is_word(k) && eq(k.text, "Data"sv) && b < h + 1 && b - 1 > floor && is_word(t[b - 2]) && t[b - 2].capitalised &&
        !kNameStop.contains(t[b - 2].low) && !kAffiliation.contains(t[b - 2].low) && !kRoleNoun.contains(t[b - 2].low)) {
      --b;
      continue;
    }
    if (!is_word(k) || !k.capitalised || kNameStop.contains(k.low) || kAffiliation.contains(k.low)) break;
    --b;
  }
  return b;
}

struct Span {
  std::size_t b = 0, e = 0;
};

// Finds the organisation in t[from, limit): first head; a sub-unit gives way to a major head found
// later in the same window. limit should stop at the sentence end.
// "BPD Jembrana (Badan Permusyawaratan Desa Yehembang)": an acronym that means two things is
// followed by what it stands for; the written-out name in the brackets is the organisation.
// Only what the acronym stands for: the initials of the bracket's capitalised words spell it ("BPD" -
// "Badan Permusyawaratan Desa"); "UD SUMBER REJEKI (TOKO BANGUNAN)" says what the firm is, not its name.
Span written_out(TokenSpan t, Span org, std::size_t limit) {
  std::size_t j = org.e;
  if (j + 1 >= limit || !is_punct(t[j], '(') || !is_word(t[j + 1]) || !is_head_first(t[j + 1])) return org;
  const std::size_t e = extend_org(t, j + 1, limit);
  if (!(e < limit && is_punct(t[e], ')') && e > j + 2)) return org;
  const std::string_view acronym = t[org.b].text;
  std::string initials;
  for (std::size_t k = j + 1; k < e; ++k)
    if (is_word(t[k]) && t[k].capitalised) initials += static_cast<char>(text::is_lower_ascii(t[k].text[0]) ? t[k].text[0] - 32 : t[k].text[0]);
  if (!all_caps(acronym) || acronym.size() < 2 || !std::string_view(initials).starts_with(acronym)) return org;
  return Span{j + 1, e};
}

// A university, institute, polytechnic, college or academy, or a campus by its short name.
bool is_campus_head(const Token& k) {
  return is_university_head(k.low) || kCampus.contains(k.low) ||  // kCampus has stikes, stie, stmik, ...
         in<"institut", "institute", "politeknik", "poltek", "akademi">(k.low);
}

// "KU Leuven", "TU Delft": where a campus's short name starts, a short capital prefix (at or after
// `from`) included.
std::size_t campus_prefix(TokenSpan t, std::size_t i, std::size_t from) {
  if (i > from && is_word(t[i - 1]) && all_caps(t[i - 1].text) && t[i - 1].text.size() >= 2 &&
      t[i - 1].text.size() <= 3 && !t[i - 1].has_digit && kCampus.contains(t[i].low) && !kCampus.contains(t[i - 1].low) &&
      t[i - 1].text.find_first_not_of("IVXLC") != std::string_view::npos &&  // "semester VII STAHN ..."
      !kStandalone.contains(t[i - 1].low))
    return i - 1;
  return i;
}

// "DJPK Kementerian Keuangan", "KPw BI Provinsi Bali", "wartawan LKBN ANTARA Biro Bali": an acronym written
// right before a body's head, where the name may start (the window's first word), is the unit or the name
// the body goes by; copied with it. Not a campus's (its units give way to it), not a post, a role or a
// word of the introduction ("PNS", "HRD").
std::size_t unit_acronym_prefix(TokenSpan t, std::size_t i, std::size_t from) {
  if (i != from + 1 || !is_word(t[i - 1]) || t[i - 1].has_digit || is_campus_head(t[i]) || kCampus.contains(t[i].low))
    return i;
  const Token& a = t[i - 1];
  const auto upper = std::count_if(a.text.begin(), a.text.end(), [](char c) { return text::is_upper_ascii(c); });
  const bool acronym = a.text.size() >= 3 && a.text.size() <= 6 && upper >= 2 && text::is_upper_ascii(a.text[0]) &&
                       std::all_of(a.text.begin(), a.text.end(), [](char c) { return text::is_alpha_ascii(c); });
  static const WordSet kNotAUnit = {"hrd", "sdm", "ceo", "cfo", "coo", "cto", "hse", "qa", "qc"};
  // In capitals a word of the language looks like an acronym ("PETUGAS SURVEI BPS"): it is none.
  if (acronym && all_caps(a.text) && (is_indonesian_stem(a.low) || is_english_word(a.low))) return i;
  if (!acronym || kNameStop.contains(a.low) || kAffiliation.contains(a.low) || kPosition.contains(a.low) ||
      kRoleNoun.contains(a.low) || kHonorific.contains(a.low) || kNotAUnit.contains(a.low) || is_degree(a) ||
      is_org_start(a) || is_head_last(a))
    return i;
  return i - 1;
}

// "Direktorat Jenderal Perimbangan Keuangan, Kementerian Keuangan", "Pusat Riset Ekonomi Makro, Badan Riset dan
// Inovasi Nasional (BRIN)", "Balai Karantina ... Bali, Satuan Pelayanan Pelabuhan Gilimanuk": a government
// office and, after a comma, the office above or below it, in one phrase: copied whole (the issue's rule: its
// parent when written in one phrase). Not a list of offices (the same kind twice, or a "dan" after it).
Span with_office_after_comma(TokenSpan t, Span org) {
  static const WordSet kOfficeHeads = {"direktorat", "ditjen", "deputi", "pusat", "balai", "biro", "inspektorat",
                                       "satuan", "subdirektorat", "loka", "kementerian", "badan", "lembaga",
                                       "ministry", "kantor", "sekretariat"};
  const std::size_t c = org.e;
  if (c + 2 >= t.size() || !is_punct(t[c], ',') || !is_word(t[c + 1]) || !t[c + 1].capitalised ||
      !kOfficeHeads.contains(t[org.b].low) || !kOfficeHeads.contains(t[c + 1].low) || t[org.b].low == t[c + 1].low ||
      !is_head_first(t[c + 1]))
    return org;
  std::size_t e = extend_org(t, c + 1, sentence_end(t, c + 1, 20));
  if (e < t.size() && is_punct(t[e], '(') && e + 2 < t.size() && is_word(t[e + 1]) && is_punct(t[e + 2], ')')) e += 3;
  if (e == c + 2 && kNeedsComplement.contains(t[c + 1].low)) return org;
  bool listed = e < t.size() && ((is_word(t[e]) && in<"dan", "and", "serta">(t[e].low)) || eq(t[e].text, "&"sv) ||
                                 (is_punct(t[e], ',') && e + 1 < t.size() && is_word(t[e + 1]) &&
                                  in<"dan", "and", "serta">(t[e + 1].low)));
  // "..., Kantor Camat Negara dan Dinas Sosial": another office after a "dan" inside it.
  for (std::size_t k = c + 2; k + 1 < e && !listed; ++k)
    listed = is_word(t[k]) && (in<"dan", "and", "serta">(t[k].low) || eq(t[k].text, "&"sv)) && is_head_first(t[k + 1]);
  return listed ? org : Span{org.b, e};
}

// Whether t[i] names a street: "Jl." / "Jln" / "Jalan" / "Gg." (and its dot) right before it.
bool street_before(TokenSpan t, std::size_t i) {
  std::size_t k = i;
  if (k > 0 && is_punct(t[k - 1], '.')) --k;
  return k > 0 && is_word(t[k - 1]) && in<"jl", "jln", "jalan", "gg", "gang">(t[k - 1].low);
}

bool is_dinas_of_a_hamlet_head(TokenSpan t, std::size_t k) {
  return k > 0 && is_word(t[k]) && eq(t[k].low, "dinas"sv) && is_word(t[k - 1]) && in<"kelian", "klian">(t[k - 1].low);
}

std::optional<Span> org_in_window(TokenSpan t, std::size_t from, std::size_t limit);

// "a fellow with the Research Institute for the Environment and Livelihoods at Charles Darwin University": a
// campus's institute, centre or school in English order, its name, then "at" or a comma and a university: the
// university (the issue's rule for academics); else nothing.
std::optional<Span> university_after_unit(TokenSpan t, Span unit, std::size_t limit) {
  if (!std::any_of(t.begin() + static_cast<std::ptrdiff_t>(unit.b), t.begin() + static_cast<std::ptrdiff_t>(unit.e),
                   [](const Token& w) { return is_word(w) && kCampusUnit.contains(w.low); }))
    return std::nullopt;
  // A name that starts inside the window may run on to the end of its sentence.
  const std::size_t reach = std::max(limit, sentence_end(t, unit.e, 16));
  for (std::size_t j = unit.e; j < reach && j < unit.e + 10; ++j) {
    if (is_word(t[j]) && (t[j].capitalised || is_connector(t[j])) && !in<"at", "in">(t[j].low)) continue;
    if (!(is_word(t[j]) && eq(t[j].low, "at"sv)) && !is_punct(t[j], ',')) return std::nullopt;
    auto u = org_in_window(t, j + 1, reach);
    if (u && u->b <= j + 2 &&
        std::any_of(t.begin() + static_cast<std::ptrdiff_t>(u->b), t.begin() + static_cast<std::ptrdiff_t>(u->e),
                    [](const Token& w) { return is_word(w) && is_university_head(w.low); }))
      return u;
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Span> org_in_window_as_found(TokenSpan t, std::size_t from, std::size_t limit) {
  std::optional<Span> sub;
  // A word of a name written before its head: capitalised, no stop word, role, region, number or head.
  const auto names_before = [&](std::size_t j) {
    return is_word(t[j]) && t[j].capitalised && !kNameStop.contains(t[j].low) && !kAffiliation.contains(t[j].low) &&
           !kRoleNoun.contains(t[j].low) && !is_region_word(t[j]) && !is_org_start(t[j]) && !t[j].has_digit;
  };
  for (std::size_t i = from; i < limit; ++i) {
    const Token& k = t[i];
    if (!is_word(k)) continue;
    // A head that opens a name or ends one ("Institute of Technology Bandung", "Lowy Institute", "Forum
    // Anak Daerah", "Indonesia Ocean Justice Forum"): name words right before it and none after make
    // it the end; another head may follow ("Asian Development Bank Institute"), a name may not ("HRD
    // Hotel Bukit Segara": the hotel is named after its head). After "the" the English-order reading
    // below takes the words before the head and ends at it ("the World Bank Jakarta office").
    // "the Norwegian daily Nordlys Dagblad", "a monthly magazine Tempo": a head in lower case after an article or a
    // nationality says what kind of body the capitalised name right after it is.
    // (A capitalised word after a lower-case one first: most words of a long mail are neither.)
    if (!k.capitalised && i > from && i + 1 < limit && is_word(k) && is_word(t[i + 1]) && t[i + 1].capitalised &&
        !t[i + 1].has_digit && is_word(t[i - 1]) && lexicon_has(kHeadLast, k) &&
        (in<"the", "a", "an">(t[i - 1].low) || kNationality.contains(t[i - 1].low)) &&
        !kNameStop.contains(t[i + 1].low) && !is_region_word(t[i + 1]) && !kRoleNoun.contains(t[i + 1].low)) {
      std::size_t e = i + 1;
      while (e < limit && is_word(t[e]) && t[e].capitalised && !eq(t[e].text, "I"sv) && !kNameStop.contains(t[e].low) &&
             !t[e].has_digit)
        ++e;
      return Span{i + 1, e};
    }
    const bool org_start = is_org_start(k);
    if (is_dinas_of_a_hamlet_head(t, i)) continue;  // "Kelian Dinas Banjar ...": the title's
    // "Jl. Udayana No. 19", "Jalan Universitas": a street named after a campus or an office is an address.
    if ((org_start || is_head_last(k)) && street_before(t, i)) continue;
    // "... Cliff Resort & Spa": an ampersand and a capitalised word carry the name on.
    const bool ampersand_goes_on = i + 2 < limit && eq(t[i + 1].text, "&"sv) && is_word(t[i + 2]) && t[i + 2].capitalised;
    bool ends_a_name = i > from && org_start && is_head_last(k) && names_before(i - 1) && !ampersand_goes_on &&
                       !(i + 1 < limit && is_word(t[i + 1]) && t[i + 1].capitalised && !is_head_last(t[i + 1]));
    if (ends_a_name) {
      std::size_t b = i - 1;
      while (b > from && names_before(b - 1)) --b;
      ends_a_name = !(b > 0 && is_word(t[b - 1]) && eq(t[b - 1].low, "the"sv));
    }
    // "Kelompok Pengelola Desa Wisata Manggissari, Kecamatan Pekutatan": after a unit or group, a
    // district or village alone is where it is, not a body above it.
    if (sub && org_start && i + 1 < limit && in<"kecamatan", "kec", "desa", "kelurahan", "kabupaten", "kab">(k.low))
      return sub;
    // "pendeta jemaat GKPB Jemaat Pniel", "ketua yayasan Yayasan Kasih Bali": a kind of body in lower case right
    // before a body's name that opens with its own head says what kind it is; the name starts after it.
    if (org_start && !k.capitalised && i + 1 < limit && is_word(t[i + 1]) && t[i + 1].capitalised &&
        is_org_start(t[i + 1]))
      continue;
    if (org_start && !ends_a_name) {
      // The window bounds where a name starts; a name that starts inside it may run on to the end of
      // its sentence ("mahasiswi Program Studi ..., Fakultas ..., Universitas Hindu Negeri I Gusti
      // Bagus Sugriwa Denpasar").
      const std::size_t reach = std::max(limit, sentence_end(t, i, 16));
      // "Technische Universität München", "Vrije Universiteit Amsterdam": the capitalised words
      // before such a university's head are its name.
      // "Palang Merah Indonesia Cabang Jembrana": the body whose branch it is, before "Cabang".
      if (k.capitalised && (lexicon_has(kUniversityOtherLanguage, k) || eq(k.low, "cabang"sv) ||
                            eq(k.low, "perwakilan"sv))) {
        std::size_t b = i;
        while (b > from && names_before(b - 1)) --b;
        if (b < i) return Span{b > from && is_word(t[b - 1]) && eq(t[b - 1].text, "The"sv) ? b - 1 : b,
                               extend_org(t, i, reach)};
      }
      // English order: "the World Bank", "The Asian Development Bank": capitalised words after
      // "the", then the head noun, which ends the name ("the World Bank Jakarta office": the office
      // is the bank's). "The" written capitalised belongs to the name; "of ..." may follow.
      if (is_head_first(k) && t[i].capitalised) {
        std::size_t b = i;
        while (b > from && is_word(t[b - 1]) && t[b - 1].capitalised && !eq(t[b - 1].low, "the"sv) &&
               !is_org_start(t[b - 1]) && !is_region_word(t[b - 1]) && !kNameStop.contains(t[b - 1].low) &&
               !t[b - 1].has_digit)
          --b;
        if (b < i && b > from && is_word(t[b - 1]) && eq(t[b - 1].low, "the"sv)) {
          std::size_t e = i + 1;
          // "the Vrije Universiteit Amsterdam": a university's name goes on with its city (a bank's
          // does not: "the World Bank Jakarta office" is the bank's office).
          if (is_university_head(t[i].low) && !eq(t[i].low, "university"sv))
            e = extend_org(t, i, reach);
          if (e + 1 < reach && is_word(t[e]) && in<"of", "for">(t[e].low) && is_word(t[e + 1]) && t[e + 1].capitalised)
            e = extend_org(t, e, reach);
          return Span{eq(t[b - 1].text, "The"sv) ? b - 1 : b, e};
        }
      }
      // "Sekolah Pascasarjana Universitas ..." is a graduate school, a unit of the university.
      bool is_sub = kSubUnit.contains(k.low) ||
                    (eq(k.low, "sekolah"sv) && i + 1 < limit && is_word(t[i + 1]) && eq(t[i + 1].low, "pascasarjana"sv));
      std::size_t e = extend_org(t, i, reach);
      if (kNeedsComplement.contains(k.low) && e == i + 1) {
        continue;  // "Universitas" alone names nothing
      }
      if (is_sub) {
        if (!sub) sub = Span{i, e};
        // Inside the sub-unit phrase, a major head may follow ("Fakultas Ekonomi Universitas X"); with
        // several ("Bagian Organisasi Sekretariat Daerah"), the last names the organisation.
        // Generic heads that need a complement ("Universitas", "Sekretariat") win over campus names
        // and acronyms inside them ("Universitas Udayana", not "Udayana").
        std::optional<std::size_t> major, named;
        for (std::size_t j = i + 1; j < e; ++j) {
          if (!is_org_start(t[j]) || kSubUnit.contains(t[j].low) || is_region_word(t[j])) continue;
          // "Kelompok Wanita Tani Sari Boga Desa Pohsanten": a village named inside is where the group
          // is, not an organisation above it.
          if (in<"desa", "kelurahan", "banjar", "dusun", "kecamatan">(t[j].low)) continue;
          bool generic = kNeedsComplement.contains(t[j].low);
          if (generic && extend_org(t, j, reach) == j + 1) continue;
          if (generic) major = j;
          else if (!named) named = j;
        }
        if (!major) major = named;
        // "Kepala Cabang PT Bank Tabungan Negara ...": a legal form right before the body is part of its name.
        if (major && *major > i + 1 && is_word(t[*major - 1]) && t[*major - 1].capitalised &&
            in<"pt", "cv", "ud", "pd", "perum", "perumda", "koperasi">(t[*major - 1].low))
          --*major;
        // An office's section with its office in one phrase is copied whole ("Bagian Perekonomian Setda
        // Kabupaten Jembrana", "Bidang Pelayanan Medik RSU Negara": the issue's rule, its parent when
        // written in one phrase); a campus's unit gives way to the campus.
        if (major && in<"bagian", "bidang", "seksi", "subbag", "subbagian", "divisi">(k.low) &&
            !is_campus_head(t[*major]))
          return Span{i > from && is_word(t[i - 1]) && eq(t[i - 1].low, "sub"sv) ? i - 1 : i,  // "Sub Bagian ..."
                      std::max(extend_org(t, *major, reach), e)};
        if (major) return Span{campus_prefix(t, *major, i + 1), std::max(extend_org(t, *major, reach), e)};
        i = e - 1;
        continue;
      }
      // "Program Development Manager", "Project Officer", "Programme Coordinator Southeast Asia": a role's
      // title, not a programme.
      if (in<"program", "programme", "project", "projek">(k.low) &&
          std::any_of(t.begin() + static_cast<std::ptrdiff_t>(i) + 1, t.begin() + static_cast<std::ptrdiff_t>(e),
                      [](const Token& w) { return is_word(w) && kRoleNoun.contains(w.low); }))
        continue;
      const Span found{unit_acronym_prefix(t, campus_prefix(t, i, from), from), e};
      return with_office_after_comma(t, written_out(t, found, reach));
    }
    if (is_head_last(k)) {
      std::size_t b = extend_left(t, i, from);
      std::size_t e = i + 1;
      // "the World Bank's Poverty and Equity Global Practice": the body whose unit follows.
      if (is_possessive(k) && b < i) return Span{b, e};
      // "ANU's Crawford School", "Oxford's Department of International Development": a campus's unit written after
      // the campus's possessive is the campus's (the issue's rule: the university, not its school).
      if (kSubUnit.contains(k.low) || kCampusUnit.contains(k.low))
        for (std::size_t p = b; p < i; ++p)
          if (is_word(t[p]) && is_possessive(t[p])) return Span{b, p + 1};
      // "University of Melbourne", "Institute for Economic Research"
      // "... Organization of the United Nations": "the" may open the complement.
      // A name that starts inside the window may run on to the end of its sentence ("a master's student in Public
      // Policy at the Lee Kuan Yew School of Public Policy, National University | of Singapore").
      const bool complement = e < t.size() && is_word(t[e]) && in<"of", "for">(t[e].low);
      const std::size_t reach = complement ? std::max(limit, sentence_end(t, i, 16)) : limit;
      const std::size_t the = e + 2 < reach && is_word(t[e + 1]) && eq(t[e + 1].text, "the"sv) ? 1 : 0;
      if (e + 1 + the < reach && is_word(t[e]) && in<"of", "for">(t[e].low) && is_word(t[e + 1 + the]) &&
          t[e + 1 + the].capitalised) {
        e = extend_org(t, e, reach);
        // "University of Hawai'i at Manoa", "University of Texas at Austin": the campus.
        if (eq(k.low, "university"sv) && e + 1 < reach && is_word(t[e]) && eq(t[e].low, "at"sv) && is_word(t[e + 1]) &&
            t[e + 1].capitalised && !t[e + 1].has_digit && !eq(t[e + 1].low, "the"sv))
          e = extend_org(t, e + 1, reach);
        // "Embassy of Sweden in Jakarta", "Honorary Consulate of the Czech Republic in Denpasar": a mission
        // is named with the city it sits in.
        if (in<"embassy", "consulate", "consulate-general", "mission">(k.low) && e + 1 < reach && is_word(t[e]) &&
            eq(t[e].low, "in"sv) && is_word(t[e + 1]) && t[e + 1].capitalised && !t[e + 1].has_digit)
          e += 2;
      } else {
        for (;;) {
          while (e < limit && is_word(t[e]) && t[e].capitalised && !eq(t[e].text, "I"sv) && !kNameStop.contains(t[e].low) &&
                 !t[e].has_digit)
            ++e;
          // "Yeh Leh Cliff Resort & Spa": an ampersand and a capitalised word carry the name on.
          if (e + 1 < limit && eq(t[e].text, "&"sv) && is_word(t[e + 1]) && t[e + 1].capitalised) {
            ++e;
            continue;
          }
          // "World Food Programme (WFP) Indonesia": its acronym in brackets inside the name, which goes on.
          if (e + 3 < limit && is_punct(t[e], '(') && is_word(t[e + 1]) && all_caps(t[e + 1].text) &&
              is_punct(t[e + 2], ')') && is_word(t[e + 3]) && t[e + 3].capitalised && !t[e + 3].has_digit &&
              !eq(t[e + 3].text, "I"sv) && !kNameStop.contains(t[e + 3].low)) {
            e += 3;
            continue;
          }
          break;
        }
        // "French National Research Institute for Sustainable Development": the complement may
        // follow the last head of the name too.
        if (e > i + 1 && e + 1 < limit && (is_head_last(t[e - 1]) || is_org_start(t[e - 1])) && is_word(t[e]) &&
            in<"of", "for">(t[e].low) && is_word(t[e + 1]) && t[e + 1].capitalised)
          e = extend_org(t, e, limit);
      }
      if (b == i && e == i + 1) continue;  // a bare "Office" or "News"
      // "Komang | Front Office": a hotel's department, no body.
      if (eq(k.low, "office"sv) && b + 1 == i && e == i + 1 && in<"front", "back">(t[b].low)) continue;
      // "Conservation International", "Plan International Indonesia": "International" ends a name, its country
      // after it at most ("a master's in Sustainable International Agriculture" is a field of study).
      if (eq(k.low, "international"sv) &&
          std::any_of(t.begin() + static_cast<std::ptrdiff_t>(i) + 1, t.begin() + static_cast<std::ptrdiff_t>(e),
                      [](const Token& w) { return is_word(w) && !kPlace.contains(w.low); }))
        continue;
      // "Programme Coordinator", "Programme Coordinator Southeast Asia": a role.
      if (std::any_of(t.begin() + static_cast<std::ptrdiff_t>(i) + 1, t.begin() + static_cast<std::ptrdiff_t>(e),
                      [](const Token& w) { return is_word(w) && kRoleNoun.contains(w.low); }) ||
          (is_word(t[e - 1]) && kRoleNoun.contains(t[e - 1].low)))
        continue;
      // "the Graduate School of Humanities and Social Sciences, Hiroshima University", "the College of
      // Aquaculture and Fisheries, Can Tho University": a school or college named in English order is a
      // unit when a university follows in the sentence; alone it is the school ("College of Charleston").
      if (eq(k.low, "school"sv) || eq(k.low, "college"sv)) {
        if (!sub) sub = Span{b, e};
        i = e - 1;
        continue;
      }
      return Span{b, e};
    }
  }
  return sub;
}

// The organisation org_in_window_as_found finds; one found by its acronym in brackets after the name written
// out ("Kelompok Wanita Tani (KWT) Sekar Jagat", "Kelompok Tani (Poktan) Sari Merta") starts where the
// written name does: an acronym in brackets is an aside to the words before it.
// "Ikatan Pelajar Mahasiswa Jembrana di Yogyakarta", "Perhimpunan Pelajar Indonesia di Belanda", "FAO
// Representation in Indonesia": an association of people away from home, or a mission, is named with where it
// sits (one or two capitalised words that close the phrase); other bodies are not ("Bali Post di
// Jembrana", "Klinik ... di Melaya": where they are).
Span with_seat(TokenSpan t, Span org, std::size_t limit) {
  static const WordSet kAssociation = {"ikatan", "himpunan", "perhimpunan", "persatuan", "paguyuban", "kerukunan",
                                       "keluarga", "association"};
  static const WordSet kMission = {"representation", "delegation", "mission", "embassy", "consulate",
                                   "consulate-general", "perwakilan", "kedutaan", "konsulat"};
  const std::size_t at = org.e;
  if (at + 1 >= limit || !is_word(t[at]) || !in<"di", "in">(t[at].low) || org.e <= org.b) return org;
  // "Australian Consulate-General in Bali", "US Consulate General in Surabaya": a mission's rank after it.
  const std::size_t last = org.e - 1 > org.b && eq(t[org.e - 1].low, "general"sv) ? org.e - 2 : org.e - 1;
  if (!(kAssociation.contains(t[org.b].low) && t[org.b].capitalised) && !kMission.contains(t[last].low))
    return org;
  std::size_t e = at + 1;
  while (e < limit && e < at + 3 && is_word(t[e]) && t[e].capitalised && !t[e].has_digit && !is_org_start(t[e]) &&
         !kNameStop.contains(t[e].low))
    ++e;
  if (e == at + 1) return org;
  if (e < limit && is_word(t[e]) && !kNameStop.contains(t[e].low)) return org;
  return Span{org.b, e};
}

std::optional<Span> org_in_window(TokenSpan t, std::size_t from, std::size_t limit) {
  auto span = org_in_window_as_found(t, from, limit);
  if (span) span = with_seat(t, *span, limit);
  if (span)
    if (auto u = university_after_unit(t, *span, limit)) return u;
  if (!span || span->b < from + 2 || !is_punct(t[span->b - 1], '(') || span->b + 1 >= t.size() ||
      !is_punct(t[span->b + 1], ')'))
    return span;
  std::size_t b = span->b - 1;
  while (b > from && b + 8 > span->b && is_word(t[b - 1]) && (t[b - 1].capitalised || is_connector(t[b - 1])) &&
         !kNameStop.contains(t[b - 1].low))
    --b;
  while (b < span->b - 1 && is_connector(t[b])) ++b;
  if (b < span->b - 1) span->b = b;
  return span;
}

// "saya Agus dari Jembrana Terkini.", "dari Radar Bali,": after "dari"/"from" in a self-introduction,
// two to five capitalised words that end the clause are a name the lexicons do not know: a newsroom,
// a firm, a group. Not when every word is a place (where someone lives), nor an address ("Desa ...",
// "Jl. ..."): those name no organisation.
// Whether the words after a name at t[e] describe it as an organisation: a comma, then within a few
// words a kind of organisation ("Kopernik, a non-profit", "Ikanesia, sebuah startup perikanan").
bool is_kind_of_organisation(const Token& k) {
  static const WordSet kKindOfOrganisation = {
      "startup", "start-up", "company", "firm", "ngo", "non-profit", "nonprofit", "organisation", "organization",
      "agency", "foundation", "consultancy", "marketplace", "platform", "business", "cooperative", "charity",
      "perusahaan", "lembaga", "yayasan", "organisasi", "komunitas", "usaha", "lsm", "koperasi", "portal",
      "media", "konsultan", "nirlaba", "perkumpulan", "paguyuban", "ikatan", "himpunan", "asosiasi", "association",
      "network", "collective",
      // "program penguatan BUMDes", "pelaku UMKM": a village-owned enterprise, small firms, as a kind
      "bumdes", "bumdesa", "umkm"};
  return is_word(k) && kKindOfOrganisation.contains(k.low);
}

bool described_as_organisation(TokenSpan t, std::size_t e) {
  if (e >= t.size() || !(is_punct(t[e], ',') || is_punct(t[e], '('))) return false;
  for (std::size_t k = e + 1; k < t.size() && k <= e + 6; ++k) {
    if (!is_word(t[k])) return false;
    if (is_kind_of_organisation(t[k])) return true;
  }
  return false;
}

// "kelompok tani sari merta, ...", "karang taruna wira bhakti desa dangin tukadaya mau ...": written wholly
// in lower case, the kind of body and its name are words up to the end of the phrase (punctuation, a line's
// end, a word that starts the next clause); a village's word takes the village's name. At least two words
// after the kind, none a verb form, a number or a place word left without its name; a phrase still going
// on after seven words is a sentence, not a name.
std::optional<Span> lower_kind_then_lower_name(TokenSpan t, std::size_t b, std::size_t limit) {
  static const WordSet kParticle = {"ya", "yah", "dong", "deh", "kak", "min", "nih", "sih", "aja", "saja", "kok"};
  const auto plain = [&](std::size_t j) {
    return j < limit && is_word(t[j]) && !t[j].capitalised && !t[j].has_digit && text::is_alpha_ascii(t[j].text[0]) &&
           !kNameStop.contains(t[j].low) && !kParticle.contains(t[j].low) && !is_indonesian_verb_form(t[j].low);
  };
  std::size_t e = b + 1;
  while (e < b + 8 && plain(e)) ++e;
  if (plain(e) || e < b + 3) return std::nullopt;
  if (in<"desa", "kelurahan", "banjar", "dusun", "kecamatan", "kabupaten", "kota">(t[e - 1].low)) return std::nullopt;
  return Span{b, e};
}

// "kelompok nelayan Segara Amerta", "koperasi Mina Bahari", "sanggar tari Citra Budaya": a kind of body
// written in lower case (and up to two lower-case words of what it does), then its capitalised name.
std::optional<Span> lower_kind_then_name(TokenSpan t, std::size_t b, std::size_t limit) {
  static const WordSet kKinds = {"kelompok", "koperasi", "yayasan", "sanggar", "komunitas", "paguyuban", "sekaa",
                                 "perkumpulan", "ikatan", "himpunan", "forum", "karang", "pokdarwis", "gapoktan"};
  if (b >= limit || !is_word(t[b]) || t[b].capitalised || !kKinds.contains(t[b].low)) return std::nullopt;
  std::size_t e = b + 1;
  while (e < limit && e < b + 4 && is_word(t[e]) && !t[e].capitalised && !t[e].has_digit && !kNameStop.contains(t[e].low))
    ++e;
  const std::size_t name = e;
  while (e < limit && e < name + 5 && is_word(t[e]) && t[e].capitalised && !t[e].has_digit &&
         !kNameStop.contains(t[e].low) && !is_region_word(t[e]) &&
         !in<"desa", "kelurahan", "banjar", "dusun", "kecamatan">(t[e].low))
    ++e;
  if (e == name) return lower_kind_then_lower_name(t, b, limit);
  return Span{b, e};
}

// "from mid-January", "dari awal Maret": a month or a time of it, no body.
bool names_a_time(const Token& k) {
  static const WordSet kMonths = {
      "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
      "desember", "january", "february", "march", "may", "june", "july", "august", "october", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec"};
  if (!is_word(k)) return false;
  std::string_view w = k.low;
  for (std::string_view prefix : {"mid-", "early-", "late-", "awal-", "akhir-", "pertengahan-"})
    if (w.starts_with(prefix)) w.remove_prefix(prefix.size());
  return kMonths.contains(w);
}

// "di Kecamatan Mendoyo dan Kecamatan Negara": regions listed are where something is, never one body.
bool regions_listed(TokenSpan t, Span s) {
  static const WordSet kRegion = {"kecamatan", "kec", "kabupaten", "kab", "kota", "desa", "kelurahan", "provinsi",
                                  "prov", "dusun", "banjar"};
  if (s.b >= s.e || !is_word(t[s.b]) || !kRegion.contains(t[s.b].low)) return false;
  for (std::size_t k = s.b + 1; k + 1 < s.e; ++k)
    if ((is_punct(t[k], ',') || (is_word(t[k]) && in<"dan", "and", "serta">(t[k].low))) && is_word(t[k + 1]) &&
        kRegion.contains(t[k + 1].low))
      return true;
  return false;
}

std::optional<Span> proper_name_after_from(TokenSpan t, std::size_t b, std::size_t limit, std::size_t most = 5) {
  std::size_t e = b;
  bool only_places = true;
  for (std::size_t aside = 0;;) {
    while (e < limit && e < b + most + aside && is_word(t[e]) && t[e].capitalised && !t[e].has_digit &&
           !eq(t[e].text, "I"sv) && !kNameStop.contains(t[e].low) && !kHonorific.contains(t[e].low)) {
      only_places = only_places && kPlace.contains(t[e].low);
      ++e;
    }
    // "DPC Persatuan Tunanetra Indonesia (Pertuni) Kabupaten Jembrana": its acronym in brackets inside the
    // name, which goes on after it.
    if (aside == 0 && e > b && e + 3 < limit && is_punct(t[e], '(') && is_word(t[e + 1]) && is_punct(t[e + 2], ')') &&
        is_word(t[e + 3]) && t[e + 3].capitalised && !kNameStop.contains(t[e + 3].low)) {
      e += 3;
      aside = 3;
      continue;
    }
    break;
  }
  if (only_places || e == b) return std::nullopt;
  // One unknown word may be a town ("dari Singaraja") as well as a firm: only a description after it
  // makes it an organisation ("from Kopernik, a non-profit based in Ubud", "dari Ikanesia, startup ...").
  if (e - b < 2 && !described_as_organisation(t, e)) return std::nullopt;
  // "Kuta Selatan", "New Zealand", "South Korea", "Jawa Barat": a compass word (or "new") at either end
  // makes a place name, known or not.
  static const WordSet kCompass = {"utara", "selatan", "timur", "barat", "tengah", "kangin", "kauh", "kaja", "kelod",
                                   "north", "south", "east", "west", "central", "new", "upper", "lower"};
  // A longer name may end with its place ("Remaja Masjid Baitul Qadim Loloan Timur").
  if (kCompass.contains(t[b].low) || (kCompass.contains(t[e - 1].low) && e - b <= 3)) return std::nullopt;
  if (is_region_word(t[b]) ||
      in<"desa", "kelurahan", "banjar", "br", "dusun", "lingkungan", "jl", "jln", "jalan", "perumahan",
         "kampung", "kota", "pulau">(t[b].low))
    return std::nullopt;
  const bool clause_ends = e >= t.size() || is_sentence_end(t[e]) || is_punct(t[e], ',') || is_punct(t[e], '(') ||
                           t[e].kind == TokenKind::line_break ||
                           (is_word(t[e]) && in<"mau", "ingin", "hendak", "minta", "mohon", "bermaksud",
                                                "untuk", "utk", "and", "would", "want", "here", "nih">(t[e].low)) ||
                           // "Kami dari Percetakan Cahaya Offset di Jl. Udayana, Negara": where it is follows.
                           (is_word(t[e]) && in<"di", "in", "at">(t[e].low) && e + 1 < t.size() &&
                            is_word(t[e + 1]) &&
                            (in<"jl", "jln", "jalan", "desa", "kelurahan", "kota", "kabupaten", "kecamatan">(t[e + 1].low) ||
                             kPlace.contains(t[e + 1].low)));
  if (!clause_ends) return std::nullopt;
  return Span{b, e};
}

constexpr std::string_view kBodyEnds[] = {"institute", "college", "bank", "foundation", "organization",
                                          "organisation", "programme", "fund", "council", "agency", "ministry"};

std::string clean_org(std::string s) {
  // "YouTube Warta Barat TV", "Instagram Kopi Jegog": the platform a channel or account is on is no
  // part of its name.
  for (std::string_view platform : {"youtube ", "instagram ", "tiktok ", "facebook "})
    if (s.size() > platform.size() + 2 && text::istarts_with(s, platform)) s.erase(0, platform.size());
  // "Radio Gema Merta FM 98,1", "Radio Suara Jembrana FM 101.5 Negara": a station's frequency after "FM", and
  // the town after it, are no part of its name.
  for (std::string_view band : {" FM ", " fm ", " AM "})
    if (const std::size_t p = s.rfind(band); p != std::string::npos && p + band.size() < s.size() &&
                                              text::is_digit(s[p + band.size()]))
      s.resize(p + band.size() - 1);
  // "World Bank's", "ANU's" (its unit followed): the possessive of a body's head or of a campus's acronym is no part
  // of the name ("McDonald's" is a name).
  if (s.size() > 3 && s.ends_with("'s")) {
    const std::string_view head = std::string_view(s).substr(0, s.size() - 2);
    const std::size_t sp = head.rfind(' ');
    const std::string_view last = head.substr(sp == std::string_view::npos ? 0 : sp + 1);
    if (lexicon_has(kHeadLast, text::lower(last)) || kCampus.contains(text::lower(last)) ||
        (last.size() >= 2 && all_caps(last)))
      s.resize(s.size() - 2);
  }
  // One lowered copy, cut with s (text::lower folds byte for byte).
  std::string low = text::lower(s);
  const auto cut = [&](std::size_t n) {
    s.resize(n);
    low.resize(n);
  };
  // Trailing connectors left by the window.
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view tail : {" dan", " and", " of", " the", " &", " for", " di", " yang"}) {
      if (low.size() > tail.size() && low.ends_with(tail)) {
        cut(low.size() - tail.size());
        changed = true;
        break;
      }
    }
  }
  // "the Australian National University's Crawford School": the unit belongs to the university before
  // the possessive, which is the organisation.
  for (std::string_view possessive : {"'s ", "\xE2\x80\x99s "}) {
    const std::size_t p = low.find(possessive);
    if (p == std::string::npos) continue;
    const std::string_view before(low.data(), p);
    // "the World Bank's Jakarta office": a body whose head ends the part before the possessive.
    const bool body = std::any_of(std::begin(kBodyEnds), std::end(kBodyEnds),
                                  [&](std::string_view end) { return before.ends_with(end); });
    if (body || before.find("universit") != std::string::npos) {
      cut(p);
      break;
    }
  }
  // "Sekretariat KPU Kabupaten Jembrana, Subbagian Perencanaan, Data dan Informasi": a unit of the body after
  // a comma is no part of the body (a parent after a comma is: "Balai ..., Kementerian ..."; so is a branch
  // office, whose place the body's name needs).
  for (std::size_t p = low.find(", "); p != std::string::npos && p > 0; p = low.find(", ", p + 2)) {
    const std::size_t b = p + 2;
    const std::string_view next(low.data() + b, std::min(low.find(' ', b), low.size()) - b);
    if (kSubUnit.contains(next) && !eq(next, "cabang"sv)) {
      cut(p);
      break;
    }
  }
  // "Universitas Udayana Fakultas Ekonomi dan Bisnis", "Politeknik Negeri Bali Jurusan Akuntansi": a campus
  // written before its unit of study is the campus (the issue's rule: the university, not the faculty).
  for (std::string_view unit : {" fakultas ", " jurusan ", " prodi ", " program studi ", " departemen ", " faculty of "})
    if (const std::size_t p = low.find(unit); p != std::string::npos) {
      const std::string_view before(low.data(), p);
      bool campus = false;
      for (std::string_view head : {"universitas", "university", "institut", "politeknik", "polytechnic",
                                    "sekolah tinggi", "stikes", "akademi", "college"})
        campus = campus || before.find(head) != std::string_view::npos;
      if (campus) {
        cut(p);
        break;
      }
    }
  // "Universitas Muhammadiyah Malang Kelompok 12", "KKN Unud klp 7": a numbered group of students (a KKN
  // team, a class) written after the campus is no part of it.
  for (std::string_view group : {" kelompok ", " klp ", " kel. ", " group ", " posko "})
    if (std::size_t p = low.find(group); p != std::string::npos && p > 0 && p + group.size() < low.size() &&
                                        text::is_digit(low[p + group.size()])) {
      cut(p);
      break;
    }
  // "universitas mahendradatta smstr 7", "... semester 5": a student's term written after the campus.
  for (std::string_view term : {" semester ", " smstr ", " smt ", " sem ", " angkatan "})
    if (std::size_t p = low.find(term); p != std::string::npos && p + term.size() < low.size() &&
                                       text::is_digit(low[p + term.size()])) {
      cut(p);
      break;
    }
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ' ' || s.back() == ':')) {
    // keep a dot that ends an abbreviation like "Tbk." only when short; drop sentence dots.
    s.pop_back();
  }
  if (s.starts_with("the ")) s.erase(0, 4);
  // "Sekretariat Yayasan Sekar Jagat", "Sekretariat Forum Data dan Statistik Daerah": a society's or a
  // forum's secretariat is its office; the body is the society (a government's secretariat, "Sekretariat
  // DPRD", "Sekretariat Daerah", is an office of its own).
  if (low.starts_with("sekretariat ")) {
    const std::string_view rest = std::string_view(low).substr(12);
    if (in<"yayasan", "forum", "perkumpulan", "himpunan", "ikatan", "asosiasi", "lsm",
           "komunitas", "paguyuban", "koperasi", "jaringan", "aliansi", "gerakan">(rest.substr(0, rest.find(' ')))) {
      s.erase(0, 12);
      low.erase(0, 12);
    }
  }
  // "Posyandu Mawar Desa Penyaringan Kec. Mendoyo": the district after a village is its address.
  if (const std::size_t village = std::min(low.find("desa "), low.find("kelurahan ")); village != std::string::npos)
    for (std::string_view district : {" kec. ", " kec ", " kecamatan "})
      if (const std::size_t p = low.find(district, village); p != std::string::npos) {
        cut(p);
        break;
      }
  // "Kepala Sekolah SD Negeri 3 Dauhwaru": "Sekolah" ends the head teacher's title; the school follows.
  if (low.starts_with("sekolah ")) {
    const std::string_view rest = std::string_view(low).substr(8);
    const std::string_view next = rest.substr(0, rest.find(' '));
    if (in<"sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "slb", "tk", "mi", "min", "mts", "mtsn",
           "ma", "man">(next) ||
        has_state_school_prefix(next))
      s.erase(0, 8);
  }
  return s;
}

// ---- Names -----------------------------------------------------------------------------------------

// "Mas" is an honorific before a name ("Mas Budi") and "istri" a word (wife), but inside a name,
// between capitalised names, both are parts of Balinese names ("Ni Luh Putu Ayu Mas Pratiwi",
// "Anak Agung Istri Mas Pradnyani"). `words_before`: the name's words before t[j].
bool balinese_name_part(TokenSpan t, std::size_t j, std::size_t words_before) {
  return words_before > 0 && j + 1 < t.size() && t[j].capitalised && (eq(t[j].low, "mas"sv) || eq(t[j].low, "istri"sv)) &&
         is_word(t[j + 1]) && t[j + 1].capitalised;
}

bool balinese_i(TokenSpan t, std::size_t j) {
  if (j >= t.size() || j + 1 >= t.size() || !is_word(t[j + 1])) return false;
  if (eq(t[j].text, "I"sv)) return t[j + 1].capitalised && !kNameStop.contains(t[j + 1].low);
  // In lower case ("saya i made sukarya"), before a Balinese birth-order or caste name only.
  return eq(t[j].text, "i"sv) && follows_balinese_i(t[j + 1].low);
}

// "Wa Ode Nurhayati": Butonese women's names open with "Wa Ode" (men's "La Ode"); the "Wa" is no
// WhatsApp number's label here.
bool buton_wa(TokenSpan t, std::size_t j) {
  return j + 1 < t.size() && eq(t[j].text, "Wa"sv) && is_word(t[j + 1]) && eq(t[j + 1].text, "Ode"sv);
}

// Whether `w` holds a letter of some script: an emoji, a pictograph or a symbol is not a name
// ("Nama saya 🙏"). By code point range (no ICU): Latin, Greek, Cyrillic, Arabic, ... below U+2000,
// CJK and Hangul; not punctuation, symbols, dingbats (U+2000-U+2BFF) or emoji (U+1F000 and up).
bool has_letter(std::string_view w) {
  for (std::size_t i = 0; i < w.size();) {
    const auto b = static_cast<unsigned char>(w[i]);
    if (b < 0x80) {
      if (text::is_alpha_ascii(static_cast<char>(b))) return true;
      ++i;
      continue;
    }
    const int len = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
    char32_t cp = len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len && i + k < w.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(w[i + k]) & 0x3F);
    i += static_cast<std::size_t>(len);
    if ((cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7) || (cp >= 0x3040 && cp <= 0x9FFF) ||
        (cp >= 0xAC00 && cp <= 0xD7AF))
      return true;
  }
  return false;
}

bool name_token_ok(const Token& k, bool allow_lower) {
  if (!is_word(k) || k.has_digit || k.text.find('@') != std::string::npos) return false;
  // An initial ("I G. A. Ngurah Putra"), though "A" alone is an article.
  if (k.text.size() == 2 && k.text[1] == '.' && text::is_upper_ascii(k.text[0])) return true;
  if (!has_letter(k.text)) return false;
  if (k.text.find('/') != std::string::npos) return false;
  if (kNameStop.contains(k.low) || kHonorific.contains(k.low)) return false;
  if (blocks_a_name(k) || kAffiliation.contains(k.low) || is_post_title(k) || kForeignUnit.contains(k.low)) return false;
  // "saya komang petani kelapa", "SAYA KOMANG SARIASA PETANI KELAPA": a trade, in lower case or in capitals.
  if ((!k.capitalised || all_caps(k.text)) && kTrade.contains(k.low)) return false;
  // "Menunggu Kabar Baik", "Mengajukan": a verb form (hunspell-id stem + me(N)-/di-) is no name.
  if (is_indonesian_verb_form(k.low)) return false;
  // "SAYA BERI NILAI LIMA", "tiang ngaturang nilai lima": a score and the words that count it are no name.
  static const WordSet kScoreWords = {"nilai", "skor", "score", "rating", "satu", "dua", "tiga", "empat", "lima",
                                      "enam", "tujuh", "delapan", "sembilan", "sepuluh"};
  if (kScoreWords.contains(k.low)) return false;
  // In capitals a verb looks like any capitalised word: "SAYA BERI ..." is "I give".
  if (all_caps(k.text) && k.text.size() >= 4 && is_indonesian_verb_word(k.low)) return false;
  // "jauh-jauh", "pagi-pagi", "Teman-teman": a reduplicated word (Indonesian plural or emphasis).
  if (singular(k.low).size() != k.low.size()) return false;
  if (k.capitalised) return true;
  // "saya balas dari email pribadi", "nama saya tertulis ...": a verb in lower case is no name.
  if (is_indonesian_verb_word(k.low)) return false;
  // "Rumah saya cukup jauh dari bank", "sy masih nunggu": an adverb or a particle in lower case is no name
  // (a lower-case name is a casual writer's; these words are the grammar around it).
  static const WordSet kLowerGrammar = {
      "cukup", "sangat", "agak", "jauh", "dekat", "masih", "baru", "pernah", "sering", "selalu", "hanya", "cuma",
      "sempat", "kurang", "lebih", "paling", "terlalu", "amat", "sekali", "betul", "memang", "pun", "jg", "udah",
      "udh", "blm", "tdk", "gak", "ga", "nggak", "ngga", "enggak", "kok", "sih", "dong", "deh", "kan", "nih", "tuh",
      "lho", "kayak", "seperti", "bareng", "bersama", "sendiri", "tadi", "kemarin", "besok", "nanti", "sedikit",
      "banyak", "semua", "sungguh", "benar-benar", "segera", "langsung", "kembali", "lagi", "jadi", "tetap",
      // "Saya datang dari Melaya", "sy tinggal di Negara": verbs of coming, going and staying, which take "dari"
      // or "di" as a casual name does ("sy rina dari unud").
      "datang", "pulang", "pergi", "berangkat", "pindah", "balik", "mampir", "jalan", "lewat", "keluar", "masuk",
      "naik", "turun", "tiba", "sampai", "tinggal", "menetap", "mudik", "kesana", "kesini", "kemari", "telepon",
      "telpon", "nelpon"};
  if (kLowerGrammar.contains(k.low)) return false;
  return allow_lower && text::is_alpha_ascii(k.text[0]) && k.text.size() >= 2;
}

std::string tidy_name(std::string s) {
  // A sign-off's dash before the name ("- Chris", "--Priya") is not part of it.
  const std::size_t lead = s.find_first_not_of("-,. ");
  s.erase(0, lead == std::string::npos ? s.size() : lead);
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ' ')) {
    // A trailing initial keeps its dot ("Putu A.").
    if (s.back() == '.' && s.size() >= 2 && s[s.size() - 2] != ' ' && s.size() >= 3 && s[s.size() - 3] == ' ')
      break;
    s.pop_back();
  }
  bool any_upper = false, any_lower = false;
  for (char c : s) {
    if (text::is_upper_ascii(c)) any_upper = true;
    if (text::is_lower_ascii(c)) any_lower = true;
  }
  if (!any_upper || (!any_lower && s.size() > 3)) s = title_case(s);
  return s;
}

// The ranks of the TNI (army, navy, air force) and of the police, officers' and others', as written
// before a name.
const WordSet kRank = {
    "jenderal", "letjen", "mayjen", "brigjen", "laksamana", "laksdya", "laksda", "laksma", "marsekal", "marsdya",
    "marsda", "marsma", "kolonel", "letkol", "mayor", "kapten", "lettu", "letda", "peltu", "pelda", "serma",
    "serka", "sertu", "serda", "kopka", "koptu", "kopda", "praka", "pratu", "prada", "kombes", "akbp", "kompol",
    "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "brigadir", "briptu", "bripda", "abrip",
    "abriptu", "abripda", "bharaka", "bharatu", "bharada"};

// After a capitalised rank at t[i] and its corps ("Inf", "Laut (P)", "Kav", "CZI"): where the name starts;
// `i` when t[i] is no rank.
std::size_t after_rank(TokenSpan t, std::size_t i) {
  if (i >= t.size() || !is_word(t[i]) || !t[i].capitalised || !kRank.contains(t[i].low)) return i;
  std::size_t k = i + 1;
  // The corps: one short capitalised word, or the service ("Laut", "Udara").
  if (k + 1 < t.size() && is_word(t[k]) && t[k].capitalised && !t[k].has_digit &&
      (t[k].text.size() <= 4 || in<"laut", "udara">(t[k].low)) &&
      ((is_word(t[k + 1]) && t[k + 1].capitalised) || is_punct(t[k + 1], '(')))
    ++k;
  // The corps of the navy in brackets: "(P)", "(T)", "(E)", "(S)", "(K)".
  if (k + 3 < t.size() && is_punct(t[k], '(') && is_word(t[k + 1]) && all_caps(t[k + 1].text) &&
      t[k + 1].text.size() <= 3 && is_punct(t[k + 2], ')'))
    k += 3;
  // Retired: "Kolonel (Purn.) I Ketut Widana", "Letkol Inf (Purn) ...".
  if (k + 3 < t.size() && is_punct(t[k], '(') && is_word(t[k + 1]) && in<"purn", "purn.">(t[k + 1].low)) {
    std::size_t close = k + 2;
    if (close < t.size() && is_punct(t[close], '.')) ++close;
    if (close + 1 < t.size() && is_punct(t[close], ')')) k = close + 1;
  }
  return k;
}

// A name starting at i (after a trigger). Returns the name and sets `end`.
std::optional<std::string> name_at(TokenSpan t, std::size_t i, bool allow_lower, std::size_t& end) {
  // Skip ':' ',' "adalah" and honorifics.
  // "Nama saya yang benar Made Ardika Putra": a correction's "yang benar" too.
  while (i < t.size() && (is_punct(t[i], ':') || is_punct(t[i], ',') || is_punct(t[i], '-') || is_soft_break(t[i]) ||
                          (is_word(t[i]) && (eq(t[i].low, "adalah"sv) || eq(t[i].low, "ialah"sv) || eq(t[i].low, "is"sv) ||
                                             kHonorific.contains(t[i].low) ||
                                             (in<"yang", "yg">(t[i].low) && i + 1 < t.size() &&
                                              eq(t[i + 1].low, "benar"sv)) ||
                                             (eq(t[i].low, "benar"sv) && i > 0 && in<"yang", "yg">(t[i - 1].low))))))
    ++i;
  std::size_t b = i;
  // Titles before the name. "Dr" without its dot (British usage) is a title before a capitalised name that
  // is no body ("I am Dr Siobhan Kerrigan"); before a body it is "dari" ("Budi Dr Unud").
  const auto doctor_without_dot = [&](std::size_t k) {
    return eq(t[k].text, "Dr"sv) && k + 2 < t.size() && is_word(t[k + 1]) && t[k + 1].capitalised &&
           !is_org_start(t[k + 1]) && !all_caps(t[k + 1].text) && is_word(t[k + 2]) && t[k + 2].capitalised;
  };
  while (i < t.size() && is_word(t[i]) && kTitleBefore.contains(t[i].low) &&
         (t[i].text.back() == '.' || (t[i].capitalised && (!eq(t[i].low, "dr"sv) || doctor_without_dot(i)))) &&
         i + 1 < t.size() && is_word(t[i + 1]) && t[i + 1].capitalised)
    ++i;
  // A rank of the armed forces or the police is kept like a title, with its corps ("Mayor Inf", "Letda
  // Laut (P)"): the name follows.
  if (const std::size_t after = after_rank(t, i); after != i && after < t.size() && is_word(t[after]) &&
                                                   t[after].capitalised)
    i = after;
  std::size_t n = 0;
  std::size_t j = i;
  if (j < t.size() && eq(t[j].text, "I"sv) && !balinese_i(t, j)) return std::nullopt;
  // "saya dicoret dari ...", "SAYA DIMINTA OLEH ...": a passive verb, di- on a dictionary stem of five letters
  // or more, right after "saya" (not "nama saya Diputra"; such names stand after a first name too).
  if (j > 0 && j < t.size() && is_word(t[j]) && t[j].low.size() >= 7 && t[j].low.starts_with("di") &&
      is_word(t[j - 1]) && in<"saya", "sy", "aku", "kami">(t[j - 1].low) &&
      !(j > 1 && is_word(t[j - 2]) && in<"nama", "nm">(t[j - 2].low)) &&
      (is_indonesian_stem(t[j].low.substr(2)) || is_indonesian_verb_form(t[j].low)))
    return std::nullopt;
  bool first_lower = j < t.size() && is_word(t[j]) && !t[j].capitalised;
  while (j < t.size() && n < 6) {
    if (is_soft_break(t[j])) {
      ++j;
      continue;
    }
    const Token& k = t[j];
    const bool name_mas = balinese_name_part(t, j, n) && name_token_ok(t[j + 1], false);
    // "Agustinus Bere Mau,", "Gregorius Bere Mau\n": "Mau", a Timorese family name, capitalised after a name and
    // ending it, is its last word (capitalised and going on, "Mau minta data", it asks; two blind authors).
    if (n > 0 && eq(k.text, "Mau"sv) &&
        (j + 1 >= t.size() || is_punct(t[j + 1], ',') || is_punct(t[j + 1], '.') ||
         t[j + 1].kind == TokenKind::line_break)) {
      ++n;
      ++j;
      break;
    }
    // A capitalised name does not continue with lower-case words, and vice versa.
    if (!name_token_ok(k, allow_lower) && !balinese_i(t, j) && !name_mas && !buton_wa(t, j)) break;
    if (n > 0 && student_of(t, j)) break;  // "dinda anak unud"
    if (n > 0 && !first_lower && !k.capitalised &&
        !kNameParticle.contains(k.low))
      break;
    if (n > 0 && first_lower && k.capitalised) break;
    ++n;
    ++j;
  }
  if (n == 0) return std::nullopt;
  // A name in lower case is short, but for a Balinese name, opened by "ni" or a birth-order name
  // ("ni kadek ayu wulandari", "i made agus suarjana" is written capitalised or not at all).
  if (first_lower && n > 3 &&
      !(n <= 5 && in<"ni", "ida", "anak", "gusti", "dewa", "desak", "cok", "cokorda", "gede", "putu",
                     "made", "kadek", "komang", "ketut", "wayan", "nyoman", "luh">(t[i].low)))
    return std::nullopt;
  end = j;
  std::string s = join_tokens(t, b, j);
  // "I" alone is the English pronoun, not Balinese "I Made".
  if (eq(s, "I"sv) || s.size() < 2) return std::nullopt;
  return tidy_name(s);
}

// "Ttd, Ns. Gusti Ayu Ratna, S.Kep.": a letter's "signed" mark and its comma before the name.
TokenSpan after_signed_mark(TokenSpan t) {
  if (t.size() > 2 && is_word(t[0]) && in<"ttd", "tertanda">(t[0].low) && is_punct(t[1], ',')) return t.subspan(2);
  return t;
}

// Does a line look like a person's name (a signature line)?
std::optional<std::string> name_line(TokenSpan t_in) {
  // "Bambang Setiadi | Senior Analyst", "Arya (Universitas Udayana)", "Gita - Jaring": the name is before the
  // bar, bracket or a dash after it (a dash before it is a sign-off's: "- Chris").
  // "(Tasya Amelia)" under a letter's closing: a name in brackets, where a signature would stand.
  if (t_in.size() >= 3 && is_punct(t_in.front(), '(') && is_punct(t_in.back(), ')'))
    t_in = t_in.subspan(1, t_in.size() - 2);
  t_in = after_signed_mark(t_in);
  Tokens t;
  for (const Token& k : t_in) {
    if (k.kind == TokenKind::punct && (eq(k.text, "|"sv) || eq(k.text, "("sv) || eq(k.text, "/"sv))) break;
    if (is_punct(k, '-') && std::any_of(t.begin(), t.end(), [](const Token& w) { return is_word(w); })) break;
    t.push_back(k);
  }
  // Strip degrees after a comma: "Made Sudarma, S.E., M.Si."; there an unknown short word in capitals
  // is a degree too ("dr. Made Ayu Pradnyaswari, MARS", "MPH"), unless it names an organisation.
  const auto degree_after_comma = [](const Token& k) {
    return is_degree(k) || (all_caps(k.text) && k.text.size() >= 2 && k.text.size() <= 5 && !k.has_digit &&
                            !is_org_start(k) && !is_head_last(k));
  };
  std::size_t e = t.size();
  for (std::size_t i = 0; i < t.size(); ++i)
    if (is_punct(t[i], ',')) {
      // Degrees after the comma, or where the writer is ("Budi Santoso, Denpasar").
      bool degrees = true, places = true;
      for (std::size_t k = i + 1; k < t.size(); ++k)
        if (is_word(t[k])) {
          degrees = degrees && degree_after_comma(t[k]);
          places = places && kPlace.contains(t[k].low);
        }
      if (degrees || places) {
        // "Pekutatan, Jembrana - Bali": a place before the comma too is an address line, no name.
        if (places && std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(i),
                                  [](const Token& w) { return !is_word(w) || kPlace.contains(w.low); }))
          return std::nullopt;
        e = i;
        break;
      }
      return std::nullopt;
    }
  std::size_t b = 0;
  while (b < e && is_word(t[b]) && kHonorific.contains(t[b].low)) ++b;
  std::size_t words = 0, initials = 0;
  for (std::size_t i = b; i < e; ++i) {
    const Token& k = t[i];
    if (k.kind == TokenKind::punct && !eq(k.text, "."sv) && !eq(k.text, "'"sv) && !eq(k.text, "-"sv)) return std::nullopt;
    if (!is_word(k)) continue;
    // An initial ("Tasya A.", "I G. A. Ngurah Putra"), as name_token_ok takes one.
    if (k.text.size() == 2 && k.text[1] == '.' && text::is_upper_ascii(k.text[0])) {
      ++words;
      ++initials;
      continue;
    }
    if (kTitleBefore.contains(k.low) && (k.capitalised || k.text.back() == '.') && words == 0) continue;
    if ((eq(k.text, "I"sv) && balinese_i(t, i)) || buton_wa(t, i)) {
      ++words;
      continue;
    }
    if (is_degree(k) && words > 0) {
      e = i;
      break;
    }
    if (!has_letter(k.text)) return std::nullopt;  // "Suksma 🙏": an emoji signs nobody
    if (is_site_name(k.low)) return std::nullopt;  // "Salam redaksi,\nJembranaNews.id": a site signs as a body
    if (!k.capitalised && !kNameParticle.contains(k.low))
      return std::nullopt;
    if (!balinese_name_part(t, i, words) &&
        (k.has_digit || kNameStop.contains(k.low) || blocks_a_name(k) || is_head_last(k) ||
         kAffiliation.contains(k.low) || is_post_title(k) || kHonorific.contains(k.low) || kForeignUnit.contains(k.low) ||
         is_indonesian_verb_form(k.low) || (words == 0 && is_region_word(k))))  // "Kabupaten Jembrana" under an office's name
      return std::nullopt;
    // "Tata Usaha\nSMA Negeri 1 Melaya": the administration office of a school or an office signs as a unit.
    if (eq(k.low, "usaha"sv) && i > b && eq(t[i - 1].low, "tata"sv)) return std::nullopt;
    ++words;
  }
  if (words == initials || words > 6) return std::nullopt;  // initials alone sign nobody
  std::string s = join_tokens(t, b, e);
  if (s.size() < 3 || s.size() > 60) return std::nullopt;
  return tidy_name(s);
}

// "komang tri ardiana", "ayu": a casual writer's name in lower case, one to four words. Each word one a name may
// hold (no verb, function word, affiliation, place or English word; a Balinese birth-order or caste name may
// open it), and one at least no common Indonesian word or such a Balinese name ("ayu" alone is a word, and a
// nickname).
std::optional<std::string> lower_name_line(TokenSpan t) {
  static const WordSet kBalineseFirst = {"wayan", "putu", "gede", "gde", "made", "kadek", "nengah", "nyoman", "komang",
                                         "ketut", "luh", "ni", "gusti", "dewa", "ngurah", "dayu", "gung", "ayu", "gek",
                                         "kade", "tu", "ida", "agung", "anak", "cok", "tjokorda"};
  static const WordSet kChat = {"ok", "oke", "okay", "okey", "sip", "siap", "hehe", "wkwk", "haha", "mantap", "noted",
                                "done", "tq", "ty", "thx", "tks", "mksh", "nuhun", "suwun", "ditunggu", "urgent"};
  std::size_t words = 0, unknown = 0;
  for (const Token& k : t) {
    if (!is_word(k) || k.capitalised || k.has_digit || !text::is_alpha_ascii(k.text[0]) || kChat.contains(k.low))
      return std::nullopt;
    if (!name_token_ok(k, true) || is_region_word(k) || is_english_word(k.low)) {
      if (!(words == 0 && kBalineseFirst.contains(k.low))) return std::nullopt;
    }
    unknown += !is_indonesian_stem(k.low) || kBalineseFirst.contains(k.low);
    ++words;
  }
  if (words == 0 || words > 4 || unknown == 0) return std::nullopt;
  return title_case(join_tokens(t, 0, t.size()));
}

// ---- Sources ---------------------------------------------------------------------------------------

using Line = WordsView::Line;

// A form line's label ("Nama lengkap:", "2. Instansi =", "Narahubung:"): its words before a colon or '='
// within the first five tokens, lower-cased, a list number dropped; empty when the line has none. Sets
// `colon` to the separator's index.
std::string form_label(TokenSpan t, std::size_t& colon) {
  colon = 0;
  while (colon < t.size() && colon < 5 && !(is_punct(t[colon], ':') || is_punct(t[colon], '='))) ++colon;
  if (colon == 0 || colon >= t.size() || colon >= 5) return {};
  std::string label;
  bool slash = false;  // "Instansi/Lembaga", "Instansi / Lembaga": "instansi/lembaga"
  for (std::size_t i = 0; i < colon; ++i) {
    if (is_punct(t[i], '/') && !label.empty()) {
      label += '/';
      slash = true;
    }
    if (!is_word(t[i])) continue;
    if (t[i].has_digit && t[i].low.size() <= 2) continue;
    if (!label.empty() && !slash) label += ' ';
    label += t[i].low;
    slash = false;
  }
  return label;
}

void from_form_fields(const std::vector<Line>& lines, Introduction& out) {
  for (const auto& line : lines) {
    TokenSpan t = line.tokens;
    // "Nama: Dimas | NIM: 2104 | Prodi: S1 Ekonomi | Universitas Negeri Surabaya": a form on one line, its
    // fields between bars; a field without a label that is wholly an organisation is the writer's.
    if (!out.institution && line.raw.find('|') != std::string_view::npos &&
        line.raw.find(':') != std::string_view::npos) {
      for (std::string_view rest = line.raw; !rest.empty();) {
        const std::size_t bar = rest.find('|');
        const std::string_view field = text::trim(rest.substr(0, bar));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
        if (field.empty() || field.find(':') != std::string_view::npos) continue;
        if (auto o = organisation_written_whole(field)) {
          out.institution = *o;
          break;
        }
      }
    }
    std::size_t colon = 0;
    std::string label = form_label(t, colon);
    std::string value;
    if (!label.empty()) {
      value = std::string(text::trim(line.raw.substr(line.raw.find_first_of(":=") + 1)));
    } else if (const std::string_view row = text::trim(line.raw); row.starts_with('|') && row.ends_with('|')) {
      // "| Nama             | Dewa Made Suteja Wiguna, S.P.   |": a table's row, its label in the first cell.
      const std::string_view cells = row.substr(1, row.size() - 2);
      const std::size_t bar = cells.find('|');
      if (bar == std::string_view::npos || cells.find('|', bar + 1) != std::string_view::npos) continue;
      const std::string head = text::lower(text::trim(cells.substr(0, bar)));
      if (head.empty() || head.size() > 30) continue;
      label = head;
      value = std::string(text::trim(cells.substr(bar + 1)));
    }
    if (label.empty()) continue;
    while (!value.empty() && (value.back() == ',' || value.back() == ';' || value.back() == '.')) value.pop_back();
    value = std::string(text::trim(value));
    if (value.empty() || value.size() > 120) continue;
    // "Nama/NIM: Budi Santoso / 2108511023": a label of two fields read by its first, the value up to its slash.
    std::string_view name_label = label;
    if (const std::size_t slash = label.find('/'); slash != std::string::npos && slash > 0) {
      name_label = std::string_view(label).substr(0, slash);
      if (const std::size_t cut = value.find('/'); cut != std::string::npos && in<"nama", "name">(name_label))
        value = std::string(text::trim(value.substr(0, cut)));
    }
    if (!out.name && in<"nama", "nama lengkap", "nama pemohon", "nama peminta", "name", "full name",
                        "nama saya", "nm", "nama pengirim", "nama peminta data", "nama mahasiswa",
                        "your name", "nama penanya", "nama responden", "nama pengguna", "pemohon",
                        "name of applicant", "applicant name", "applicant", "name of requester",
                        "requester", "requester name", "contact name">(name_label)) {
      const std::string value_low = text::lower(value);
      Tokens vt = text::tokenize(value, value_low);
      if (auto n = name_line(vt)) out.name = *n;
      else if (std::size_t end = 0; auto n2 = name_at(vt, 0, true, end)) out.name = *n2;
      continue;
    }
    // A memo's "Dari : Ayu Ratnaningsih, Kepala Bagian ...": the sender's name, then their post (not an
    // address, nor an organisation).
    if (!out.name && in<"dari", "from", "pengirim">(label) && value.find('@') == std::string::npos) {
      const std::string value_low = text::lower(value);
      Tokens vt = text::tokenize(value, value_low);
      std::size_t end = 0;
      if (auto n = name_at(vt, 0, false, end); n && end < vt.size() && is_punct(vt[end], ',') && !find_institution_in(*n))
        out.name = *n;
      continue;
    }
    if (!out.institution &&
        in<"instansi", "asal instansi", "nama instansi", "institusi", "asal institusi", "lembaga",
           "asal lembaga", "organisasi", "asal", "kampus", "asal kampus", "universitas", "perusahaan",
           "unit kerja", "institution", "organisation", "organization", "affiliation", "company",
           "instansi/lembaga", "media", "kantor", "asal sekolah", "sekolah", "instansi asal",
           "nama lembaga", "nama perusahaan", "asal universitas", "pekerjaan/instansi",
           "dinas", "agency", "university", "employer", "tempat kerja",
           "perguruan tinggi", "asal perguruan tinggi", "nama perguruan tinggi", "nama kampus", "nama sekolah",
           "satuan kerja", "satker", "nama usaha", "instansi/perusahaan", "college", "school">(label)) {
      if (auto o = find_institution_in(value)) out.institution = *o;
      else out.institution = clean_org(value);
    }
  }
}

// Whether "bukan"/"not" denies the organisation at t[org] that the affiliation word at t[aff] points
// at ("saya bukan dari Unud", "bukan Universitas Udayana", "not from ...").
bool denied(TokenSpan t, std::size_t aff, std::size_t org) {
  const std::size_t from = aff >= 2 ? aff - 2 : 0;
  for (std::size_t k = from; k < org; ++k)
    if (is_word(t[k]) && in<"bukan", "not", "tidak", "tdk", "bkn">(t[k].low)) return true;
  return false;
}

// "bukan X tapi Y", "not X but Y": the index of the contrast word ("tapi", "but", ...) at or after `from` and
// before `end`, or `end` when there is none.
std::size_t contrast_word(TokenSpan t, std::size_t from, std::size_t end) {
  while (from < end && !(is_word(t[from]) && in<"tapi", "tetapi", "melainkan", "namun", "but">(t[from].low))) ++from;
  return from;
}

// "datang ke rumah kami di Banjar Anyar", "tinggal di Desa Tukadaya": the organisation at t[b] is
// where someone lives, not where they work.
bool where_one_lives(TokenSpan t, std::size_t b) {
  // "asal Banjar Munduk", "warga Desa Yehembang": where one comes from or lives, a village or a
  // neighbourhood (not "asal Universitas ...", a form's "institution of origin").
  if (b >= 1 && b < t.size() && is_word(t[b - 1]) && is_word(t[b]) &&
      in<"asal", "asli", "warga", "penduduk", "kelahiran">(t[b - 1].low) &&
      in<"banjar", "br", "dusun", "lingkungan", "desa", "kelurahan", "kampung", "kecamatan", "kabupaten",
         "kota">(t[b].low))
    return true;
  const bool village = b < t.size() && is_word(t[b]) &&
                       in<"desa", "kelurahan", "banjar", "br", "dusun", "lingkungan", "kampung">(t[b].low);
  // "Saya Ni Ketut Sariasih dari Desa Tukadaya": a person by name, no post, from a village: where she lives
  // ("kami dari Desa Tukadaya", the village speaking, and "Kaur Keuangan dari Desa ...", a post, are its own).
  if (village && b >= 3 && is_word(t[b - 1]) && eq(t[b - 1].low, "dari"sv) && is_word(t[b - 2]) && t[b - 2].capitalised) {
    bool self = false, post = false;
    for (std::size_t k = b - 2; k > 0 && k + 8 > b && is_word(t[k - 1]) && !post; --k) {
      const Token& w = t[k - 1];
      self = self || in<"saya", "sy", "aku", "i'm", "i">(w.low) || is_balinese_self(w.low);
      post = kPosition.contains(w.low) || kAffiliation.contains(w.low) || kRoleNoun.contains(w.low) ||
             in<"kami", "perangkat", "aparat", "kasi", "sekdes", "we">(w.low);
    }
    for (std::size_t k = b - 2; k + 1 < b && !post; ++k) post = kPosition.contains(t[k].low) || kRoleNoun.contains(t[k].low);
    if (self && !post) return true;
  }
  // "petani cabai di Desa Berangbang", "nelayan di Kelurahan Pengambengan", "petani kelapa dari Desa Pangyangan",
  // "warga dari Banjar Sari": one who farms, fishes or lives there is from there; the village is no body they
  // work for.
  if (village && b >= 2 && is_word(t[b - 1]) && in<"di", "dari">(t[b - 1].low))
    for (std::size_t k = b - 1; k > 0 && k + 4 > b && is_word(t[k - 1]); --k)
      if (in<"petani", "nelayan", "pedagang", "peternak", "pekebun", "buruh", "pengrajin", "perajin",
             "warga", "farmer", "fisherman">(t[k - 1].low))
        return true;
  if (b < 2 || !is_word(t[b - 1]) || !eq(t[b - 1].low, "di"sv) || !is_word(t[b - 2])) return false;
  if (in<"tinggal", "bertempat", "domisili", "berdomisili", "alamat", "beralamat", "lives", "live">(t[b - 2].low))
    return true;
  return b >= 3 && in<"kami", "saya", "sy", "kita", "aku", "our", "my">(t[b - 2].low) && is_word(t[b - 3]) &&
         in<"rumah", "kediaman", "kampung", "kos", "kost", "keluarga", "orangtua", "ortu", "house",
            "home", "family">(t[b - 3].low);
}

// Words before "di"/"at" that say where one is, lives or was born, or when: no post there.
const WordSet kNotAPost = {"lahir", "tinggal", "warga", "penduduk", "sekarang", "kini", "lagi", "sedang",
                           "masih", "asli", "asal", "liburan", "nginep", "menginap", "rumah", "now",
                           "currently", "based", "born", "living", "staying", "here"};

// Whether t[k], and at most one more lower-case word, are nouns of a post that "di"/"pada"/"at" follows.
bool post_before_at(TokenSpan t, std::size_t k) {
  for (std::size_t j = k; j < t.size() && j < k + 2; ++j) {
    if (!is_word(t[j]) || t[j].capitalised || t[j].has_digit || kNotAPost.contains(t[j].low)) return false;
    for (std::string_view prefix : {"ber", "be", "me", "ter", "di"})
      if (t[j].low.starts_with(prefix)) return false;
    if (j + 1 < t.size() && is_word(t[j + 1]) && in<"di", "pada", "at">(t[j + 1].low)) return true;
    // "marketing area Bali di ...", "koordinator wilayah Jawa Timur di ...": the post's area, a place.
    if (j + 2 < t.size() && is_word(t[j + 1]) && t[j + 1].capitalised && kPlace.contains(t[j + 1].low) &&
        is_word(t[j + 2]) && in<"di", "pada", "at">(t[j + 2].low))
      return true;
  }
  return false;
}

// A body's name the lists do not open, from t[b]: two to six capitalised words (connectors between)
// that are no person (an honorific) and not only places, ending the clause or before where it is
// ("di", "in", "yang"). After an owner ("pemilik usaha Tenun Songket Sari Merta di Desa ...", "owner
// Sangrai Manistutu Coffee Roastery") that is enough; after another post the words must hold a body's
// acronym after their first (`need_acronym`: "pengurus Muslimat NU Jembrana", "Komandan Pos TNI
// Angkatan Laut Gilimanuk").
std::optional<Span> unlisted_body_at(TokenSpan t, std::size_t b, std::size_t limit, bool need_acronym) {
  std::size_t e = b;
  bool acronym = false;
  while (e < limit && e < b + 6 && is_word(t[e]) && (t[e].capitalised || is_connector(t[e])) &&
         !kHonorific.contains(t[e].low) &&
         !in<"saya", "sy", "kami", "mohon", "dengan", "yang", "untuk", "i", "we", "my", "our">(t[e].low)) {
    acronym = acronym || (e > b && all_caps(t[e].text) && t[e].text.size() >= 2 && t[e].text.size() <= 5 &&
                          !t[e].has_digit && !kPlace.contains(t[e].low));
    ++e;
  }
  while (e > b && is_connector(t[e - 1])) --e;
  if (e < b + 2 || (need_acronym && !acronym)) return std::nullopt;
  if (std::all_of(t.begin() + static_cast<std::ptrdiff_t>(b), t.begin() + static_cast<std::ptrdiff_t>(e),
                  [](const Token& w) { return kPlace.contains(w.low) || is_connector(w); }))
    return std::nullopt;
  if (e < t.size() && !is_sentence_end(t[e]) && !is_punct(t[e], ',') && !is_punct(t[e], '(') &&
      t[e].kind != TokenKind::line_break && !(is_word(t[e]) && in<"di", "in", "yang">(t[e].low)))
    return std::nullopt;
  return Span{b, e};
}

inline std::size_t relative_at(TokenSpan t, std::size_t k);

// From t[k], one to four words of a post or a field ("pengabdi bantuan hukum", "S1 Business Economics",
// "Fisheries Officer"), then "di"/"pada"/"at" before a capitalised body's head: where that word stands, else
// 0. No verb (ber-, me-, ter-, di- in lower case), no word of where one lives or of a clause, no place or head.
std::size_t post_words_then_at(TokenSpan t, std::size_t k) {
  // ... nor a word of a clause around it.
  static const WordSet kNotAPostWord = [] {
    WordSet w = {"yang", "dan", "atau", "ingin", "mau", "akan", "hendak", "ini", "itu", "adalah", "saya", "kami",
                 "sy", "aku", "untuk", "utk", "dengan", "dari", "ke", "i", "we", "and"};
    w.insert_all(kNotAPost);
    return w;
  }();
  for (std::size_t j = k; j < t.size() && j < k + 4; ++j) {
    // Not someone else's post ("teman Pak Made di ..."), nor a past one ("pensiunan guru di ...").
    if (!is_word(t[j]) || kNotAPostWord.contains(t[j].low) || kPlace.contains(t[j].low) || is_org_start(t[j]) ||
        is_head_last(t[j]) || relative_at(t, j) != 0 || names_someone_else(t, j) ||
        kHonorific.contains(t[j].low) ||
        in<"pensiunan", "purnabakti", "mantan", "eks", "ex", "former", "retired", "teman", "kawan", "rekan">(t[j].low))
      return 0;
    if (!t[j].capitalised)
      for (std::string_view prefix : {"ber", "be", "me", "ter", "di"})
        if (t[j].low.starts_with(prefix) && !in<"di", "pada", "at">(t[j].low)) return 0;
    if (j > k && in<"di", "pada", "at">(t[j].low))
      return j + 1 < t.size() && is_word(t[j + 1]) && t[j + 1].capitalised && is_org_start(t[j + 1]) &&
                     !where_one_lives(t, j + 1) && !in<"desa", "kelurahan", "banjar", "dusun">(t[j + 1].low)
                 ? j
                 : 0;
  }
  return 0;
}

// After a name, at t[comma]: ", PT Indo Jaya Abadi Tbk." or ", HRD PT ...": a comma, at most two role
// words (a short acronym in capitals, a role noun), then an organisation's head opening a capitalised
// name that ends the clause. The organisation as written, or nothing.
std::optional<std::string> org_in_apposition(TokenSpan t, std::size_t comma) {
  if (comma >= t.size() || !is_punct(t[comma], ',')) return std::nullopt;
  std::size_t k = comma + 1;
  // "apoteker penanggung jawab Apotek ...", "pharmacist at ...": a profession, a post, "di"/"at" before it.
  static const WordSet kPost = {"apoteker", "penanggung", "jawab", "pemilik", "pengelola", "pengasuh", "pendiri",
                                "takmir", "marbot", "di", "pada", "at", "pharmacist", "owner"};
  // ", S.Farm., apoteker ...": the name's degrees first.
  while (k < t.size() && (is_degree(t[k]) || is_punct(t[k], ',') || is_punct(t[k], '.'))) ++k;
  for (int roles = 0; k < t.size() && roles <= 3; ++k, ++roles) {
    if (!is_word(t[k])) return std::nullopt;
    if (is_org_start(t[k]) && t[k].capitalised) break;
    // ", ustadzah di Pondok Pesantren ...", ", pranata komputer di Dinas ...": lower-case nouns that
    // "di"/"pada"/"at" follows are a post there; not a verb ("berlibur di"), nor where one is or lives.
    const bool post_there = post_before_at(t, k);
    // The post's area before "di" ("marketing area Bali di ..."): a place.
    const bool area = t[k].capitalised && kPlace.contains(t[k].low) && k > comma + 1 && k + 1 < t.size() &&
                      is_word(t[k + 1]) && in<"di", "pada", "at">(t[k + 1].low);
    // The post's field, capitalised, right before the body ("Kaur Perencanaan Pemerintah Desa ..."): one or
    // two words after the post that are no head, the next a head.
    // (Not a unit, a branch or a village: "Ketua Kwartir Cabang ...", "Ketua Tim Data Desa ..." are names.)
    const auto body_head = [&](std::size_t j) {
      return is_org_start(t[j]) && !kSubUnit.contains(t[j].low) && !is_region_word(t[j]) &&
             !in<"desa", "kelurahan", "banjar", "dusun">(t[j].low);
    };
    // A field is a noun of affairs, pe-/ke-...-an ("Perencanaan", "Keuangan", "Kesejahteraan") or "Umum" (not
    // "Remaja Masjid ...", a body's own name).
    const auto field = [](std::string_view w) {
      return ((w.starts_with("pe") || w.starts_with("ke")) && w.ends_with("an") && w.size() >= 7) || eq(w, "umum"sv);
    };
    const auto field_then_body = [&] {
      if (k == comma + 1 || !t[k].capitalised || !field(t[k].low) || !is_word(t[k - 1]) ||
          !kPosition.contains(t[k - 1].low))
        return false;
      for (std::size_t j = k + 1; j < t.size() && j <= k + 2; ++j) {
        if (!is_word(t[j]) || !t[j].capitalised) return false;
        if (body_head(j)) return true;
      }
      return false;
    };
    if (field_then_body()) {
      ++k;
      while (k < t.size() && !body_head(k)) ++k;
      break;
    }
    // ", pengabdi bantuan hukum di Lembaga ...", ", S1 Business Economics di Universitas ...": right after the
    // comma, up to four words of a post or a field of any wording (no verb, clause word or place), then
    // "di"/"pada"/"at" and a body's head.
    if (const std::size_t at = post_words_then_at(t, k); k == comma + 1 && at != 0) {
      k = at + 1;
      break;
    }
    // ", Pasiter Kodim 1617/Jembrana", ", Kanit Reskrim Polsek Melaya": a post written short (one or two
    // capitalised words no list knows) right after the comma, then the body's head.
    const auto short_post = [&] {
      if (!t[k].capitalised || k > comma + 2 || kPlace.contains(t[k].low) || kSubUnit.contains(t[k].low) ||
          is_head_last(t[k]) || is_region_word(t[k]) || kHonorific.contains(t[k].low))
        return false;
      // The second word of such a post, not the first word of a body after a known post (", ketua Remaja
      // Masjid ...": the youth group).
      const Token& first = t[comma + 1];
      if (k == comma + 2 && (kPosition.contains(first.low) || kRoleNoun.contains(first.low) ||
                             kAffiliation.contains(first.low) || !first.capitalised))
        return false;
      for (std::size_t j = k + 1; j < t.size() && j <= comma + 3; ++j) {
        if (!is_word(t[j]) || !t[j].capitalised) return false;
        if (body_head(j)) return true;
      }
      return false;
    };
    const bool role = kRoleNoun.contains(t[k].low) || kPost.contains(t[k].low) || post_there || area || short_post() ||
                      (!t[k].capitalised && kAffiliation.contains(t[k].low)) || kPosition.contains(t[k].low) ||
                      (all_caps(t[k].text) && t[k].text.size() >= 2 && t[k].text.size() <= 4 && !t[k].has_digit);
    // ", pengurus Muslimat NU Jembrana", ", Komandan Pos TNI Angkatan Laut Gilimanuk": after a post, a
    // capitalised name the lists do not open, but with a body's acronym inside, ending the clause.
    if (!role && k > comma + 1 && t[k].capitalised && !kSubUnit.contains(t[k].low) && is_word(t[k - 1]) &&
        (kAffiliation.contains(t[k - 1].low) || kPosition.contains(t[k - 1].low)))
      if (auto body = unlisted_body_at(t, k, t.size(), !in<"owner", "pemilik", "founder", "pendiri",
                                                           "co-founder", "cofounder", "ceo">(t[k - 1].low)))
        if (std::string o = clean_org(join_tokens(t, body->b, body->e)); !o.empty()) return o;
    if (!role) return std::nullopt;
  }
  // "Kelian Dinas Banjar Tegal Badeng": "Dinas" after a hamlet head's title is the title's (the administrative
  // hamlet's head, beside the customary one's "Kelian Adat"), no office of the regency.
  if (k + 1 < t.size() && is_dinas_of_a_hamlet_head(t, k)) ++k;
  if (k >= t.size() || !is_word(t[k]) || !is_org_start(t[k]) || !t[k].capitalised || where_one_lives(t, k))
    return std::nullopt;
  const std::size_t end = sentence_end(t, k);
  std::size_t e = extend_org(t, k, end);
  // "Program Officer di Yayasan ...": a role's title, then where.
  if (is_word(t[e - 1]) && kRoleNoun.contains(t[e - 1].low)) {
    k = e;
    if (k < end && is_word(t[k]) && in<"di", "pada", "at", "with">(t[k].low)) ++k;
    if (k >= end || !is_word(t[k]) || !is_org_start(t[k]) || !t[k].capitalised) return std::nullopt;
    e = extend_org(t, k, end);
  }
  // "Kepala Bagian Pengembangan Usaha di PT Surya Bahari Trans": a unit, then the body it is in.
  if (kSubUnit.contains(t[k].low) && e + 1 < end && is_word(t[e]) && in<"di", "pada", "at">(t[e].low) &&
      is_word(t[e + 1]) && is_org_start(t[e + 1]) && t[e + 1].capitalised && !kSubUnit.contains(t[e + 1].low) &&
      !where_one_lives(t, e + 1)) {
    k = e + 1;
    e = extend_org(t, k, end);
  }
  if (e <= k + 1) return std::nullopt;  // a head alone ("PT") names nobody
  e = with_office_after_comma(t, Span{k, e}).e;
  e = with_seat(t, Span{k, e}, end).e;
  // ", Ketua DPC Persatuan Tunanetra Indonesia ...": an acronym read as a role word right before the head is the
  // body's unit or short name (unit_acronym_prefix), after a post.
  if (k > comma + 2 && is_word(t[k - 2]) && kPosition.contains(t[k - 2].low)) k = unit_acronym_prefix(t, k, k - 1);
  // It ends the clause, or where it is follows ("Apotek Sehat Waras di Melaya"), or what it is, in brackets
  // ("CV Tani Makmur (distributor pupuk)").
  if (e < t.size() && !is_sentence_end(t[e]) && !is_punct(t[e], ',') && !is_punct(t[e], '(') &&
      t[e].kind != TokenKind::line_break && !(is_word(t[e]) && in<"di", "in">(t[e].low)))
    return std::nullopt;
  std::string o = clean_org(join_tokens(t, k, e));
  if (o.empty()) return std::nullopt;
  return o;
}

// Where a relative is named: a word only kin use ("suami", "wife"), or one that is also a form of
// address or a campus word when "saya"/"my"/"dari" makes it kin ("ayah saya", "anak dari", "ibu saya"),
// and "orang tua". Returns how many words it takes, or 0.
const WordSet kKin = {"suami", "istri", "isteri", "ayah", "ortu", "adik", "keponakan", "ponakan", "paman",
                      "bibi", "tante", "mertua", "sepupu", "nenek", "kakek", "husband", "wife", "father",
                      "mother", "son", "daughter", "brother", "sister", "parent", "parents", "uncle",
                      "aunt", "cousin", "dad", "mom", "mum", "grandfather", "grandmother"};
const WordSet kMaybeRelative = [] {
  WordSet s = {"anak", "bapak", "ibu", "kakak", "om", "papa", "mama", "bapa", "orang"};
  s.insert_all(kKin);
  return s;
}();

std::size_t relative_named_at(TokenSpan t, std::size_t k);

// Inline, the test that stops most words: the sentence readers ask it of every word behind an affiliation.
inline std::size_t relative_at(TokenSpan t, std::size_t k) {
  if (!is_word(t[k]) || !kMaybeRelative.contains(t[k].low)) return 0;
  return relative_named_at(t, k);
}

std::size_t relative_named_at(TokenSpan t, std::size_t k) {
  // "Anak Agung Istri Mas Pratiwi", "Ni Luh Ayu Istri": inside a name it is a name's word.
  if (t[k].capitalised && k > 0 && is_word(t[k - 1]) && t[k - 1].capitalised) return 0;
  const std::string_view next = k + 1 < t.size() && is_word(t[k + 1]) ? t[k + 1].low : std::string_view();
  // Whose relative: "saya", "dari", "my" after it.
  const bool whose = in<"saya", "sy", "aku", "kami", "dari", "gue", "gw", "my", "our">(next);
  if (kKin.contains(t[k].low)) return whose ? 2 : 1;
  if (in<"anak", "bapak", "ibu", "kakak", "om", "papa", "mama", "bapa">(t[k].low) && whose) return 2;
  if (eq(t[k].low, "orang"sv) && in<"tua", "tuanya">(next)) return 2;
  return 0;
}

// The words by which writers speak of themselves (is_self_ref); the Arabic "ana" of pesantren speech counts too, in
// lower case only ("Ana" is a name too).
const WordSet kSelf = {"saya", "sy",    "aku",  "gue",  "gw",          "kami",     "tiang", "tyang", "namaku",
                       "titiang", "i",  "i'm",  "im",   "we",          "my",       "nama",
                       "name", "perkenalkan", "kenalkan", "perkenankan", "ini", "dengan", "this", "our",
                       "abdi", "kulo", "kula", "ambo", "kita", "beta", "ulun"};

// Inline: asked of most words of a long mail.
[[gnu::always_inline]] inline bool is_self_ref(const Token& k) {
  // A set, not a list: asked of most words of a long mail (21 compares each were 2.6 % of its parse).
  return is_word(k) && (kSelf.contains(k.low) || eq(k.text, "ana"sv));
}

// Every name trigger opens with one of these words: most words stop here.
const WordSet kNameTriggerOpeners = {"nama", "namaku", "nm", "name", "my", "saya", "sy", "aku", "perkenalkan",
                                     "kenalkan", "perkenankan", "ini", "gue", "gw", "tiang", "tyang", "titiang", "i",
                                     "i'm", "im", "this", "dengan", "abdi", "kulo", "kula", "ambo", "kita", "beta",
                                     "yang", "sa", "ana", "ulun", "identitas"};

std::size_t name_trigger_opened(TokenSpan t, std::size_t i, bool& strong, bool sentence_start);

// Name triggers: returns the index where the name starts, or 0 when none matches at i. The opening word is asked
// here, inline, asked of every word; the triggers themselves are read out of line (a call for every word was
// most of this check's cost).
inline std::size_t name_trigger(TokenSpan t, std::size_t i, bool& strong, bool sentence_start) {
  if (i < t.size() && is_word(t[i]) && !kNameTriggerOpeners.contains(t[i].low)) {
    strong = false;
    return 0;
  }
  return name_trigger_opened(t, i, strong, sentence_start);
}

std::size_t name_trigger_opened(TokenSpan t, std::size_t i, bool& strong, bool sentence_start) {
  auto w = [&](std::size_t k) -> std::string_view {
    // the k-th word at or after i, skipping commas
    std::size_t idx = i;
    std::size_t seen = 0;
    while (idx < t.size() && idx < i + 12) {
      if (is_word(t[idx])) {
        if (seen == k) return t[idx].low;
        ++seen;
      } else if (!is_punct(t[idx], ',') && !is_soft_break(t[idx])) {
        return {};
      }
      ++idx;
    }
    return {};
  };
  auto after = [&](std::size_t k) {  // index after the k-th word
    std::size_t idx = i, seen = 0;
    while (idx < t.size() && idx < i + 12) {
      if (is_word(t[idx])) {
        if (seen == k) return idx + 1;
        ++seen;
      }
      ++idx;
    }
    return t.size();
  };
  std::string_view a = w(0), b = w(1), c = w(2);
  strong = true;
  if ((eq(a, "nama"sv) || eq(a, "nm"sv) || eq(a, "name"sv)) && in<"saya", "sy", "aku", "gue", "is">(b)) return after(1);
  // "Identitas saya: Budi Santoso, Universitas Udayana" (answering our request for it).
  if (i + 2 < t.size() && eq(a, "identitas"sv) && in<"saya", "sy", "kami">(b) && is_punct(t[i + 2], ':')) return i + 3;
  // "Nama Budi Santoso, Universitas Udayana.": "nama" opening a sentence, a capitalised name right after it.
  if (eq(a, "nama"sv) && sentence_start && i + 1 < t.size() && is_word(t[i + 1]) && t[i + 1].capitalised &&
      !is_org_start(t[i + 1]) && !kPosition.contains(t[i + 1].low))
    return i + 1;
  // "Selamat pagi, nama: Tasya Amelia, asal: ...", "Nama lengkap: ...": a form's label inside a sentence.
  if (i + 1 < t.size() && (eq(a, "nama"sv) || eq(a, "name"sv)) && is_punct(t[i + 1], ':')) return i + 2;
  if (i + 2 < t.size() && eq(a, "nama"sv) && eq(b, "lengkap"sv) && is_punct(t[i + 2], ':')) return i + 3;
  // "Namaku Kevin Wijaya", "namaku adalah ..."
  if (eq(a, "namaku"sv)) return eq(b, "adalah"sv) ? after(1) : after(0);
  if (eq(a, "my"sv) && eq(b, "name"sv) && eq(c, "is"sv)) return after(2);
  // "Saya nama Januario ..." (Tetum order), Papuan and eastern Malay "sa pu nama", "beta pung nama".
  if (in<"saya", "sa", "beta">(a) && eq(b, "nama"sv)) return after(1);
  if (in<"sa", "saya", "beta", "ana">(a) && in<"pu", "punya", "pung">(b) && eq(c, "nama"sv)) return after(2);
  if (eq(a, "my"sv) && eq(b, "name's"sv)) return after(1);
  // "Saya atas nama Komang Sri Widiantari, S.E., dari ...": "by the name of".
  if (in<"saya", "sy", "aku">(a) && eq(b, "atas"sv) && eq(c, "nama"sv)) return after(2);
  if (in<"saya", "sy", "aku">(a) && in<"bernama", "adalah">(b)) {
    strong = eq(b, "bernama"sv);
    return after(1);
  }
  // "... sudah jelas menulis nama dan asal kampus saya: Siti Nur Halimah, UIN Sunan Ampel Surabaya": the name spoken
  // of just before "saya", then a colon.
  if (in<"saya", "sy">(a) && i + 2 < t.size() && is_punct(t[i + 1], ':') && is_word(t[i + 2]) &&
      t[i + 2].capitalised) {
    bool of_the_name = false;
    for (std::size_t k = i; k > 0 && k + 6 > i && !of_the_name; --k)
      of_the_name = is_word(t[k - 1]) && in<"nama", "name">(t[k - 1].low);
    if (of_the_name) return i + 2;
  }
  // "izinkan saya yang bernama Yosua Wenda, mahasiswa ...": "I, who am named".
  if (in<"saya", "sy", "aku">(a) && eq(b, "yang"sv) && eq(c, "bernama"sv)) return after(2);
  if (in<"perkenalkan", "kenalkan", "perkenankan">(a) && in<"saya", "sy", "aku">(b)) {
    if (in<"nama", "bernama">(c)) return 0;  // "perkenalkan saya bernama" -> matched at "saya"
    return after(1);
  }
  // A letter's formula before its signer: "Yang bertanda tangan di bawah ini, Drs. I Nyoman Sukadana, M.Si., Kepala
  // ..." (with a colon before a list of fields the form reader takes it).
  if (eq(a, "yang"sv) && in<"bertanda", "bertandatangan">(b)) {
    std::size_t k = i + 1;
    while (k < t.size() && k < i + 8 && !(is_word(t[k]) && eq(t[k].low, "ini"sv))) ++k;
    if (k + 2 < t.size() && is_word(t[k]) && eq(t[k].low, "ini"sv) && is_punct(t[k + 1], ',')) return k + 2;
    strong = false;
    return 0;
  }
  // A correction of how we wrote the name: "nama saya ... kurang tepat. Yang benar: Ni Luh Gede Ayu Prameswari".
  if (eq(a, "yang"sv) && eq(b, "benar"sv) && i + 3 < t.size() && is_punct(t[i + 2], ':')) {
    bool of_the_name = false;  // the name was spoken of just before ("Yang benar: Tabel 3.2" corrects a table)
    for (std::size_t k = i; k > 0 && k + 30 > i && !of_the_name; --k)
      of_the_name = is_word(t[k - 1]) && in<"nama", "namanya", "name", "ejaan">(t[k - 1].low);
    strong = false;
    return of_the_name ? i + 3 : 0;
  }
  // "... diketuai oleh saya sendiri, Prof. Dr. Siti Marwiyah, M.Pd.", "(saya sendiri, I Putu Gede ...)"
  if (in<"saya", "sy", "aku">(a) && eq(b, "sendiri"sv) && i + 2 < t.size() && is_punct(t[i + 2], ',')) return after(1);
  // "Saya sendiri Lalu Muhammad Zulkarnaen, mahasiswa ...": "I myself", opening a sentence, before a capitalised name.
  if (in<"saya", "sy", "aku">(a) && eq(b, "sendiri"sv) && sentence_start) {
    const std::size_t k = after(1);
    if (k < t.size() && is_word(t[k]) && t[k].capitalised) return k;
  }
  strong = false;
  if (in<"saya", "sy", "aku">(a) && eq(b, "dengan"sv)) return after(1);
  if (eq(a, "ini"sv) && eq(b, "dengan"sv)) return after(1);
  // "Halo, ini Rina dari Universitas Udayana", "ini Bu Made dari SMPN 3 Mendoyo": as on the phone, at the
  // sentence's start; a word of the dictionary there is what "ini" shows ("Ini Surat Pengantar dari ...").
  if (eq(a, "ini"sv) && sentence_start && i + 1 < t.size() && is_word(t[i + 1]) && t[i + 1].capitalised &&
      (kHonorific.contains(t[i + 1].low) || (!all_caps(t[i + 1].text) && !is_indonesian_stem(t[i + 1].low) &&
                                             !is_english_word(t[i + 1].low))))
    return after(0);
  // "saya bidan Ni Made ...", "saya dr. Putu ...": a profession before the name.
  // A title written with its dot ("saya drh. Made Ayu ...") is kept with the name (name_at).
  if (in<"saya", "sy">(a) && in<"bidan", "dokter", "perawat", "ners", "drh", "drg">(b) &&
      !in<"dari", "di", "pada", "yang">(c) && !(kTitleBefore.contains(b) && t[after(1) - 1].text.back() == '.'))
    return after(1);
  // "Saya Perbekel Desa Tukadaya, I Nengah Suparsa, mohon ...": the office first, the name after a comma;
  // so a role and its organisation ("saya wartawan Bali Post, Putu Agus Suarjana. Mohon ..."). What follows
  // the comma is a name, not a place or a unit ("saya mahasiswa Universitas Udayana, Denpasar").
  const bool office_first = in<"perbekel", "kepala", "ketua", "camat", "lurah", "direktur", "sekretaris",
                               "kelian", "pekaseh", "bendesa", "klian">(b);
  const bool role_first = kRoleNoun.contains(b) || in<"guru", "pegawai", "karyawan", "karyawati", "siswa",
                                                      "siswi", "pelajar">(b);
  // In Balinese too ("Tiang Perbekel Desa Tegal Cangkring, I Putu Gede Suarjaya").
  if ((in<"saya", "sy", "aku">(a) || is_balinese_self(a)) && (office_first || role_first) &&
      !(is_balinese_self(a) && t[i].capitalised && i > 0 && is_word(t[i - 1]) && t[i - 1].capitalised)) {
    for (std::size_t k = i + 1; k < t.size() && k < i + 14; ++k) {
      if (t[k].kind == TokenKind::line_break || is_sentence_end(t[k])) break;
      if (!is_punct(t[k], ',')) continue;
      if (k + 1 >= t.size() || !is_word(t[k + 1]) || !t[k + 1].capitalised) break;
      const Token& first = t[k + 1];
      const bool not_a_name = kPlace.contains(first.low) || kSubUnit.contains(first.low) || is_org_start(first) ||
                              kPosition.contains(first.low) || kAffiliation.contains(first.low);
      if (office_first || !not_a_name) return k + 1;
      break;
    }
    if (office_first) return 0;
  }
  // "I" in the regional languages requesters mix in: Balinese tiang/titiang, Sundanese abdi, Javanese
  // kulo/kula, Minang ambo, Banjar ulun ("abdi Asep Saepudin, mahasiswa ..."); a weak trigger, so "abdi negara"
  // (a civil servant) names nobody.
  // Capitalised after a capitalised word, such a word is part of a name ("RSU Kasih Abdi Husada").
  if (is_regional_self(a) && t[i].capitalised && i > 0 && is_word(t[i - 1]) && t[i - 1].capitalised) return 0;
  // "Ulun" opens a clause ("Ulun Muhammad Rizki ..."); after a word it is a name's ("dari Ulun Danu Beratan").
  if (eq(a, "ulun"sv) && i > 0 && is_word(t[i - 1])) return 0;
  if (in<"saya", "sy", "aku", "gue", "gw">(a) || is_regional_self(a))
    return after(0);
  // Manado's "kita" and Ambon's and Kupang's "beta" are "I" ("Kita Grace Lumintang, mahasiswi ..."); in
  // Indonesian "kita" is "we", so only right before a capitalised word that opens the sentence's name.
  if (in<"kita", "beta">(a) && i + 1 < t.size() && is_word(t[i + 1]) && t[i + 1].capitalised &&
      !all_caps(t[i + 1].text))
    return after(0);
  // Papuan and eastern Malay "sa" is "I" too ("Sa Agustina Yikwa, mahasiswi ..."), opening its sentence or, in
  // lower case, its clause after a greeting's comma ("Selamat siang bapa ibu, sa Marthinus Wanggai dari ...").
  if (eq(a, "sa"sv) && (sentence_start || (eq(t[i].text, "sa"sv) && i > 0 && is_punct(t[i - 1], ','))) &&
      i + 1 < t.size() && is_word(t[i + 1]) && t[i + 1].capitalised && !all_caps(t[i + 1].text))
    return after(0);
  // The Arabic "ana" ("I") of pesantren speech, in lower case before a capitalised name ("Assalamualaikum, ana
  // Fatimah dari UIN Mataram"); "Ana Fatimah" capitalised is a name.
  if (eq(t[i].text, "ana"sv) && i + 1 < t.size() && is_word(t[i + 1]) && t[i + 1].capitalised &&
      !all_caps(t[i + 1].text))
    return after(0);
  // "Sy ketua koperasi, nama Abdul Rahman Alaydrus.": "nama" opening a clause after a comma, a capitalised name.
  if (eq(a, "nama"sv) && i > 0 && is_punct(t[i - 1], ',') && i + 1 < t.size() && is_word(t[i + 1]) &&
      t[i + 1].capitalised && !is_org_start(t[i + 1]) && !kPosition.contains(t[i + 1].low))
    return i + 1;
  if (eq(a, "i"sv) && eq(b, "am"sv) && i + 1 < t.size()) return after(1);
  // A formal "I, Hannah Schmidt, a researcher at ...": the name between commas (a Balinese "I" opens a name
  // without one).
  if (eq(a, "i"sv) && eq(t[i].text, "I"sv) && i + 3 < t.size() && is_punct(t[i + 1], ',') && is_word(t[i + 2]) &&
      t[i + 2].capitalised) {
    strong = true;
    return i + 2;
  }
  if (eq(a, "i'm"sv) || eq(a, "im"sv)) return after(0);
  if (eq(a, "this"sv) && eq(b, "is"sv)) return after(1);
  if (eq(a, "dengan"sv) && sentence_start) return after(0);
  return 0;
}

// English words before for/at/with that say where someone works or studies ("a staff writer at
// Mongabay Indonesia", "researcher with SMERU"): the role nouns and the verbs of working. A set:
// "for", "at" and "with" are frequent.
const WordSet kWorksAt = [] {
  WordSet s = {"work", "works", "working", "worked", "employed", "volunteers", "volunteering", "interning",
               "member", "based", "journalist", "teacher",
               // "I lead the data team at Traveloka": a team one is in
               "team", "lead", "leads"};
  s.insert_all(kRoleNoun);
  return s;
}();

// "(Universitas Warmadewa)", "(Kelian Banjar Dinas Tegalcangkring)": the organisation that fills the
// brackets opening at t[open], after a position or role word; else nothing.
std::optional<std::string> org_in_brackets(TokenSpan t, std::size_t open) {
  if (open + 1 >= t.size() || !is_punct(t[open], '(')) return std::nullopt;
  std::size_t close = open + 1;
  while (close < t.size() && close < open + 20 && !is_punct(t[close], ')') && !is_break(t[close])) ++close;
  if (close >= t.size() || !is_punct(t[close], ')')) return std::nullopt;
  std::size_t start = open + 1;
  while (start < close && is_word(t[start]) && !is_org_start(t[start]) &&
         (kPosition.contains(t[start].low) || kRoleNoun.contains(t[start].low) ||
          (kAffiliation.contains(t[start].low) && !eq(t[start].low, "dari"sv))))
    ++start;
  const auto span = org_in_window(t, start, close);
  if (!span || span->b != start) return std::nullopt;
  std::string o = clean_org(join_tokens(t, span->b, std::min(span->e, close)));
  if (o.empty()) return std::nullopt;
  return o;
}

// Words of a greeting before a name ("Halo kak, ...", "Om Swastiastu, ..."), and words that open an
// address to us ("Yth.", "Kepada", "Dear"): sets, as they are asked of most words of a mail.
const WordSet kGreetingWord = {"halo", "hai", "hi", "hallo", "selamat", "pagi", "siang", "sore", "malam", "kak", "min",
                               "admin", "pak", "bu", "om", "swastiastu", "assalamualaikum", "permisi", "there",
                               "hello", "team",
                               // this office greeted by name ("Halo BPS, ini Kadek dari Undiksha")
                               "bps", "pst", "tim", "petugas", "jembrana", "bapak", "ibu", "mas", "mbak", "bli"};
const WordSet kAddresses = {"yth", "kepada", "kpd", "dear", "to", "attn", "u.p", "up"};
// A distance ("jauh dari", "not far from", "dekat"): a body named after it is a landmark, not one's own.
const WordSet kDistance = {"jauh", "dekat", "berjarak", "far", "away", "close", "near"};
// The writer speaking of themself in the first person (not "ini", "nama", "this": words that introduce, which
// is_self_ref counts too).
const WordSet kFirstPerson = {"saya", "sy", "aku", "kami", "kita", "tiang", "tyang", "i",
                              "i'm",  "im", "my",  "we",   "we're", "our"};

// Whether from_sentences takes its two shortcuts (below): always, but for IntroductionShortcuts, which reads the
// same texts with and without them (set_sentence_shortcuts).
std::atomic<bool> g_shortcuts{true};
bool shortcuts_taken() { return g_shortcuts.load(std::memory_order_relaxed); }

// Every word that opens a rule of from_sentences' loop below, past its sentence's first word and an address:
// the name triggers' openers, the institution rules' opening words and the affiliation words. A word in lower
// case that is none of these, and has no '(' after it, opens no rule there (the rules that open on a capitalised
// word, a name by "here" or "from", or on a word before '(', ask those first): most words of a mail stop at one
// look-up. A rule added to the loop adds its opening word here; `IntroductionShortcuts` compares the loop with
// and without this stop.
const WordSet kOpensASentenceRule = [] {
  WordSet s = {"kami", "we", "we're", "tempat", "usaha", "anak", "sekarang", "kini", "skrg", "now", "currently",
               "saat", "sebagai", "to", "dr",
               // what one does for a while, asked once the sentence has said "now"
               "magang", "intern", "internship", "kkn", "pkl", "praktik", "praktek", "melaksanakan", "melakukan",
               "mengadakan", "conducting", "visiting", "fieldwork", "penelitian", "research", "sama", "cooperation",
               "collaboration"};
  s.insert_all(kNameTriggerOpeners);
  s.insert_all(kAffiliation);
  return s;
}();

// corrected_organisation: the words of what was written of the writer (one of them in the text, or a word of
// "instansi"/"institusi"/"afiliasi" with a suffix, says the text speaks of it at all), and the words that may open a
// correction.
const WordSet kRecord = {"institution", "affiliation", "tertulis", "ditulis", "koreksi", "correction", "ralat", "salah",
                         "keliru", "typo", "written", "listed", "dikoreksi", "diperbaiki", "corrected"};
const WordSet kMarker = {"yang", "yg", "seharusnya", "semestinya", "harusnya", "mestinya", "should", "correct",
                         "bukan", "not", "home", "affiliation", "institution", "afiliasi", "instansi", "institusi"};

// Word classes: the lexicons asked of many words of a long mail, each a bit. The tokens are looked up once
// (word_classes, one index of every such lexicon) and a rule's loop tests a bit, not a set, for every token (a loop
// over every token with one set test cost 25-30 instructions a token whatever the test; the sentence reader reads
// up to 30 words back from every affiliation word, several sets each).
enum WordClass : std::uint16_t {
  // the whole-text rules below (office_at_work, office_that_asks, outlet_reported_for)
  kAtWorkWord = 1,       // at work on something: "sedang", "akan", "bermaksud", ... (office_at_work)
  kAskVerbWord = 2,      // asking: "memerlukan", "memohon", ... (office_that_asks)
  kDariWord = 4,         // "dari" (office_that_asks: a letter from an office)
  kFirstPersonWord = 8,  // kFirstPerson (outlet_reported_for)
  kReportingWord = 16,   // reporting or writing for an outlet (outlet_reported_for)
  // the sentence reader (from_sentences)
  kSelfWord = 32,               // kSelf (is_self_ref)
  kAnaWord = 64,                // "ana": a self reference when written so (is_self_ref)
  kRequestClass = 128,          // kRequestWord
  kMaybeRelativeWord = 256,     // kMaybeRelative (relative_at's first test)
  kSomeoneElseWord = 512,       // kSomeoneElse (names_someone_else's first test)
  kOpensASentenceRuleWord = 1024,  // kOpensASentenceRule
  // the correction of the writer's body (corrected_organisation) and the body before a role (organisation_before_role)
  kRecordWord = 2048,      // a word of what was written of the writer (corrected_organisation's kRecord)
  kMarkerWord = 4096,      // a word that may open a correction (corrected_organisation's kMarker)
  kEnglishSelfWord = 8192,  // "i", "i'm", "im", "my" (organisation_before_role)
  kArticleWord = 16384,     // "a", "an" (organisation_before_role)
  kKamiWord = 32768,        // "kami" (office_opening_the_letter: a text written as "we")
};
using WordClasses = std::uint16_t;

// Every word of a class, with its bits (a word in several lists: once per list).
text::MarkedWords class_words() {
  text::MarkedWords words;
  const auto add = [&](std::initializer_list<std::string_view> list, std::uint32_t bit) {
    for (std::string_view w : list) words.emplace_back(w, bit);
  };
  const auto add_set = [&](const WordSet& set, std::uint32_t bit) {
    set.for_each([&](std::string_view w) { words.emplace_back(w, bit); });
  };
  add({"sedang", "akan", "tengah", "bermaksud", "berencana", "hendak", "memerlukan", "membutuhkan", "memohon",
       "mengajukan", "meminta", "perlu"},
      kAtWorkWord);
  add({"memerlukan", "membutuhkan", "memohon", "mengajukan", "meminta", "bermaksud"}, kAskVerbWord);
  add({"dari"}, kDariWord);
  add_set(kFirstPerson, kFirstPersonWord);
  add({"reporting", "report", "write", "writing", "reporter", "correspondent", "stringer", "contributor",
       "contributing", "columnist", "freelancing"},
      kReportingWord);
  add_set(kSelf, kSelfWord);
  add({"ana"}, kAnaWord);
  add_set(kRequestWord, kRequestClass);
  add_set(kMaybeRelative, kMaybeRelativeWord);
  add_set(kSomeoneElse, kSomeoneElseWord);
  add_set(kOpensASentenceRule, kOpensASentenceRuleWord);
  add_set(kRecord, kRecordWord);
  add_set(kMarker, kMarkerWord);
  add({"i", "i'm", "im", "my"}, kEnglishSelfWord);
  add({"a", "an"}, kArticleWord);
  add({"kami"}, kKamiWord);
  return words;
}

const text::WordIndex kWordClasses = text::index_of_bits(class_words());  // a word in several lists: every bit

// Each token's WordClass bits (0 for a punctuation mark, a line break or a word in no list).
std::vector<WordClasses> word_classes(TokenSpan t) {
  std::vector<WordClasses> classes(t.size(), 0);
  for (std::size_t i = 0; i < t.size(); ++i)
    if (is_word(t[i]))
      if (const std::uint32_t bits = kWordClasses.find(t[i].low); bits != text::WordIndex::npos)
        classes[i] = static_cast<WordClasses>(bits);
  return classes;
}

// The same from each token's marks as the one scan of the own words read them from the tokens (phrase_hits.h,
// PhraseHits::token_marks; the classes as introduction_marks() marks them): a word of letters and digits only
// (Token::alnum_only) is one run, its classes those of its marks; any other word is looked up as above.
std::vector<WordClasses> word_classes(TokenSpan t, std::span<const std::uint32_t> token_marks) {
  if (token_marks.size() != t.size()) throw std::invalid_argument("word_classes: not one mark a token");
  std::vector<WordClasses> classes(t.size(), 0);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_word(t[i])) continue;
    if (t[i].alnum_only) {
      classes[i] = static_cast<WordClasses>(token_marks[i] >> kIntroductionMarkShift);
    } else if (const std::uint32_t bits = kWordClasses.find(t[i].low); bits != text::WordIndex::npos) {
      classes[i] = static_cast<WordClasses>(bits);
    }
  }
  return classes;
}

// The classes of the own words' tokens as find_introduction reads them: from the scan's marks of each token when it
// read the tokens (OwnWordsScan), else looked up.
std::vector<WordClasses> word_classes_of(const WordsView& words, const text::PhraseHits& marked) {
  return marked.token_marks.empty() ? word_classes(words.tokens()) : word_classes(words.tokens(), marked.token_marks);
}

// The classes any token of the text has: a whole-text rule whose opening class no token has ends at once (in a long
// mail of another language most of them).
WordClasses classes_present(std::span<const WordClasses> c) {
  WordClasses any = 0;
  for (const WordClasses k : c) any |= k;
  return any;
}

// is_self_ref(t[k]) from t[k]'s classes `c`.
[[gnu::always_inline]] inline bool is_self_ref(const Token& k, WordClasses c) {
  return (c & kSelfWord) || ((c & kAnaWord) && eq(k.text, "ana"sv));
}

// The sentence opening at t[sent_start] has, before t[i], at most eight tokens, every word of them a greeting's
// or the writer's ("Halo kak, saya ...", "Greetings from ...", "Salam hangat dari ..."): what follows opens it.
bool opens_with_a_greeting(TokenSpan t, std::size_t sent_start, std::size_t i) {
  if (i - sent_start > 8) return false;
  for (std::size_t k = sent_start; k < i; ++k)
    if (is_word(t[k]) && !in<"halo", "hai", "hi", "selamat", "pagi", "siang", "sore", "malam", "kami",
                             "saya", "sy",
                             // "Greetings from the University of ...!", "Salam hangat dari ..."
                             "greetings", "warm", "salam", "hangat">(t[k].low))
      return false;
  return true;
}

void from_sentences(TokenSpan t, std::span<const WordClasses> c, Introduction& out) {
  std::size_t sent_start = 0;
  std::size_t sentences = 0;
  bool addressee = false;  // "Yth. Kepala BPS ...", "Kepada ...", "Dear ...": names us, not the sender
  bool letter_block = false;  // the addressee is a letter's address block of several lines
  bool first_word = true;
  // "Tahun lalu saya ikut program di Institut Seni Indonesia Bali. Sekarang saya mahasiswi ... di
  // Università di Bologna": a sentence that says "now" names the writer's body now, over one named in
  // an earlier sentence (or where one studied, earlier in the same one). may_give_way: the body found so
  // far is such a one; now_in_sentence: this sentence has said "now".
  bool may_give_way = false;
  bool now_in_sentence = false;
  const bool shortcuts = shortcuts_taken();
  // Whether the word t[i] may open a rule of the loop below past its sentence's first word: capitalised, before a
  // bracket, or of an opening class (kOpensASentenceRule). The others open none (the gate below).
  const auto may_open_a_rule = [&](std::size_t i) {
    return t[i].capitalised || (i + 1 < t.size() && is_punct(t[i + 1], '(')) || (c[i] & kOpensASentenceRuleWord);
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    // Past a sentence's first word and outside an address, a token does something below only when it opens a
    // sentence (the token after a sentence's end) or is a word that may open a rule: the others (most of a long mail)
    // are passed over here in one tight loop rather than each going through the state checks below to the gate.
    if (!addressee && !first_word && shortcuts) {
      while (i < t.size() && !(i > 0 && is_sentence_end(t[i - 1])) && !(is_word(t[i]) && may_open_a_rule(i))) ++i;
      if (i == t.size()) break;
    }
    if (i > 0 && is_sentence_end(t[i - 1]) && !letter_block) {
      sent_start = i;
      may_give_way = out.institution.has_value();
      now_in_sentence = false;
      ++sentences;
      addressee = false;
      first_word = true;
    }
    if (addressee && letter_block) {
      // A letter's address block ("Kepada Yth.\nKepala BPS ...\ndi Tempat") ends at a blank line or
      // after its "di Tempat" line.
      const bool blank = t[i].kind == TokenKind::line_break && i + 1 < t.size() &&
                         t[i + 1].kind == TokenKind::line_break;
      if (blank || (t[i].kind == TokenKind::line_break && i > 0 && eq(t[i - 1].low, "tempat"sv))) {
        addressee = letter_block = false;
        first_word = true;
      }
      continue;
    }
    if (addressee && (is_punct(t[i], ',') || t[i].kind == TokenKind::line_break)) {
      addressee = false;  // "Dear team, I am ..." - the greeting ends at the comma
      continue;
    }
    if (!is_word(t[i])) continue;
    // "Dengan hormat, Pengurus Parisada ... sedang menyusun ...": a letter's opening formula; its sentence opens after
    // it.
    if (first_word && eq(t[i].low, "dengan"sv) && i + 1 < t.size() && eq(t[i + 1].low, "hormat"sv)) {
      i += i + 2 < t.size() && is_punct(t[i + 2], ',') ? 2 : 1;
      continue;
    }
    if (first_word) {
      first_word = false;
      if (kAddresses.contains(t[i].low)) addressee = true;
      // "Kepada Yth." alone on its line opens an address block of several lines.
      if (addressee && in<"yth", "kepada", "kpd">(t[i].low)) {
        std::size_t j = i + 1;
        while (j < t.size() && (is_word(t[j]) ? in<"yth", "kepada", "kpd">(t[j].low) : t[j].kind != TokenKind::line_break))
          ++j;
        letter_block = j < t.size() && t[j].kind == TokenKind::line_break;
      }
      // "Bagian Perekonomian Setda ... memohon data": the sentence opens with the sender's organisation.
      // "Pengurus Parisada Hindu Dharma Indonesia Kabupaten Jembrana sedang menyusun ...": its board, for it.
      const std::size_t body_at =
          eq(t[i].low, "pengurus"sv) && i + 1 < t.size() && is_word(t[i + 1]) && is_org_start(t[i + 1]) ? i + 1 : i;
      if (!addressee && !out.institution && (is_org_start(t[body_at]) || is_head_last(t[body_at]) ||
                                             (t[body_at].capitalised && body_at + 1 < t.size() &&
                                              is_head_last(t[body_at + 1])))) {
        std::size_t end = sentence_end(t, body_at);
        auto span = org_in_window(t, body_at, std::min(end, body_at + 14));
        if (span) {
          std::size_t k = span->e;
          while (k < end && !is_word(t[k])) ++k;
          // "... sedang menyusun": at work on what the data is for, a body named in capitals (not "Majelis jemaat
          // sedang ...", a council of the writer's congregation).
          const bool named_in_capitals =
              std::all_of(t.begin() + static_cast<std::ptrdiff_t>(span->b),
                          t.begin() + static_cast<std::ptrdiff_t>(span->e),
                          [](const Token& w) { return !is_word(w) || w.capitalised; });
          if (k < end && (in<"memohon", "mohon", "meminta", "ingin", "bermaksud", "membutuhkan",
                             "memerlukan", "requests", "would", "is", "hendak", "mengajukan">(t[k].low) ||
                          (eq(t[k].low, "sedang"sv) && named_in_capitals))) {
            std::string o = clean_org(join_tokens(t, span->b, span->e));
            if (!o.empty()) out.institution = o;
          }
        }
      }
    }
    if (addressee) continue;
    if (shortcuts && !may_open_a_rule(i)) continue;
    // ---- name
    if (!out.name) {
      bool strong = false;
      bool greeting_only = i - sent_start <= 6;
      for (std::size_t k = sent_start; greeting_only && k < i; ++k)
        if (is_word(t[k]) && !kGreetingWord.contains(t[k].low)) greeting_only = false;
      std::size_t s = name_trigger(t, i, strong, greeting_only);
      if (s != 0) {
        std::size_t end = 0;
        bool allow_lower = strong;
        // Casual "sy budi dr unud": a lower-case name is fine when an affiliation follows.
        std::optional<std::string> n = name_at(t, s, true, end);
        if (n && !strong) {
          // A weak trigger needs a name-like ending: punctuation, break or an affiliation word.
          const bool anak_of = student_of(t, end);
          // An emoji after the name ends it too ("aku Sari 😊 mau tanya").
          bool ends_well = end >= t.size() || is_sentence_end(t[end]) || is_punct(t[end], ',') ||
                           (is_word(t[end]) && !has_letter(t[end].text)) ||
                           is_punct(t[end], '(') || is_punct(t[end], '-') || is_punct(t[end], ':') || anak_of ||
                           (is_word(t[end]) && (kAffiliation.contains(t[end].low) || kTrade.contains(t[end].low) ||
                                                                         in<"dr", "selaku", "seorang",
                                                                            "sebagai", "yang", "yg", "and",
                                                                            "ingin", "mau", "hendak",
                                                                            "bermaksud", "from", "a",
                                                                            "an", "dan", "memohon",
                                                                            "mohon", "meminta",
                                                                            "mengajukan", "membutuhkan",
                                                                            "memerlukan", "lulusan",
                                                                            "umur", "usia", "would",
                                                                            "want", "need", "here",
                                                                            "writing", "nim", "nip",
                                                                            "ya">(t[end].low)));
          std::size_t fs = s;
          while (fs < t.size() && is_word(t[fs]) && kTitleBefore.contains(t[fs].low) && t[fs].text.back() == '.') ++fs;
          bool first_cap = (fs < t.size() && t[fs].capitalised) ||
                           (s < t.size() && is_punct(t[s], ',') && s + 1 < t.size() && t[s + 1].capitalised);
          // "sy ketut widana ketua bpd ...", "tiang komang ari, mahasiswa ...": a comma may stand between; a
          // position ("ketua", "kepala") says it as well as a study or a trade.
          const std::size_t role = end < t.size() && is_punct(t[end], ',') ? end + 1 : end;
          // "kerja" says one works, before where or as what or alone ("sy budi kerja di ...", "sy budi kerja,
          // ..."); "saya rekan kerja Ibu ..." is a compound (a colleague), no name.
          const bool works_at = role < t.size() && in<"bekerja", "kerja">(t[role].low) &&
                                (role + 1 >= t.size() || !is_word(t[role + 1]) ||
                                 in<"di", "sebagai", "sbg", "pada", "at", "as", "dgn", "dengan">(t[role + 1].low));
          bool lower_ok = role < t.size() && is_word(t[role]) &&
                          (in<"dari", "dr", "mhs", "mahasiswa", "mahasiswi", "from", "asal", "dosen",
                              "pegawai", "staf", "staff", "wartawan", "jurnalis", "kuliah", "siswa",
                              "siswi", "pelajar", "guru", "karyawan", "lulusan",
                              // "sy luh putu sukerti bidan desa di ...": a health or field worker
                              "bidan", "perawat", "dokter", "penyuluh", "peneliti", "kader",
                              "pendamping", "relawan", "honorer", "perangkat", "operator">(t[role].low) || works_at ||
                           kTrade.contains(t[role].low) || anak_of ||
                           // "sy kadek darmawan sekdes desa tuwed": a village's officials too
                           kVillageOfficial.contains(t[role].low) ||
                           in<"kepala", "ketua", "wakil", "sekretaris", "bendahara", "direktur", "komandan",
                              "camat", "lurah", "koordinator", "pimpinan", "anggota", "pengurus">(t[role].low));
          if (!ends_well || (!first_cap && !lower_ok)) n.reset();
          // "I am Indonesian", "I'm Happy": English weak triggers need a capitalised multi-letter word
          // that is not a nationality or adjective; accept only when followed by ',' 'from' 'and' 'a'.
          // "I'm Amy Wilson.", "I'm Vivian Tan\n": a name that ends its sentence or line is one too, unless a word
          // of it is a nationality or a place ("I'm Indonesian.") or every word is an English word ("I'm Happy.",
          // "I'm Very Sorry."; "Tan" alone is one, "Vivian Tan" a name).
          const auto name_then_stop = [&] {
            if (end < t.size() && !is_sentence_end(t[end]) && t[end].kind != TokenKind::line_break) return false;
            std::size_t words = 0, english = 0;
            for (std::size_t k = s; k < end; ++k) {
              if (!is_word(t[k]) || (kTitleBefore.contains(t[k].low) && t[k].text.back() == '.')) continue;
              ++words;
              // "I'm Tom Baker.": words that are English words and names too ("tom", "baker") are a name's.
              english += is_english_word(t[k].low) && !is_english_proper_name(t[k].low);
              if (!t[k].capitalised || kNationality.contains(t[k].low) || kPlace.contains(t[k].low)) return false;
            }
            return words >= 1 && english < words;
          };
          if (n && (eq(t[i].low, "i"sv) || eq(t[i].low, "i'm"sv) || eq(t[i].low, "im"sv) || eq(t[i].low, "this"sv)) &&
              !(end < t.size() && (is_punct(t[end], ',') || is_punct(t[end], '(') ||
                                   (is_word(t[end]) &&
                                    // "This is Pieter Hoekstra writing, ...", "This is Anna here", "... speaking"
                                    // "This is Jose Cruz of Ateneo de Manila University": "of" a body
                                    in<"from", "and", "at", "with", "a", "an", "dari", "dr", "writing",
                                       "here", "speaking", "of">(t[end].low)))) &&
              !name_then_stop())
            n.reset();
        }
        (void)allow_lower;
        if (n) {
          out.name = n;
          // "saya Made Sukarta (Universitas Warmadewa)": the organisation in brackets after the name.
          std::size_t open = end;
          while (open < t.size() && is_soft_break(t[open])) ++open;
          if (!out.institution)
            if (auto o = org_in_brackets(t, open)) out.institution = std::move(o);
          // "saya Sari, PT Indo Jaya Abadi Tbk.", "saya Sari, HRD PT ...": the organisation in apposition
          // after the name, at most a short role between them.
          if (!out.institution)
            if (auto o = org_in_apposition(t, open)) out.institution = std::move(o);
        }
      }
      // "Halo kak! Putri di sini, mahasiswi ...", "Komang here, from ...", "Kadek here from Undiksha": a
      // capitalised name that opens its sentence and introduces itself by "here".
      // Most sentences open with a capitalised word: the name reader runs only when "sini" or "here"
      // comes within a name's length.
      auto here_follows = [&] {
        for (std::size_t k = i + 1; k < t.size() && k < i + 8; ++k)
          if (eq(t[k].low, "sini"sv) || eq(t[k].low, "disini"sv) || eq(t[k].low, "here"sv)) return true;
        return false;
      };
      if (!out.name && s == 0 && greeting_only && t[i].capitalised && !is_self_ref(t[i]) && here_follows()) {
        std::size_t end = 0;
        if (auto n = name_at(t, i, false, end);
            n && end < t.size() && is_word(t[end]) &&
            ((eq(t[end].low, "di"sv) && end + 1 < t.size() && eq(t[end + 1].low, "sini"sv)) || eq(t[end].low, "disini"sv) ||
             (eq(t[end].low, "here"sv) && (end + 1 >= t.size() || !is_word(t[end + 1]) ||
                                          in<"from", "dari", "at", "with">(t[end + 1].low)))))
          out.name = n;
      }
      // "Hai min! Wulan dari Universitas Brawijaya nih, mau minta data ...": a name opening its sentence,
      // then dari/from and an organisation, and the same sentence asks (not "Pak Made dari Dinas Sosial
      // menyarankan ...": someone else, by an honorific, who does not ask).
      auto from_follows = [&] {  // and a capitalised word after it
        for (std::size_t k = i + 1; k + 1 < t.size() && k < i + 6; ++k)
          if ((eq(t[k].low, "dari"sv) || eq(t[k].low, "from"sv)) && is_word(t[k + 1]) && t[k + 1].capitalised) return true;
        return false;
      };
      if (!out.name && s == 0 && greeting_only && t[i].capitalised && from_follows() && !is_self_ref(t[i]) &&
          !kHonorific.contains(t[i].low)) {
        std::size_t end = 0;
        if (auto n = name_at(t, i, false, end); n && end + 1 < t.size() && is_word(t[end]) && in<"dari", "from">(t[end].low)) {
          const std::size_t stop = sentence_end(t, end + 1);
          auto span = org_in_window(t, end + 1, std::min(stop, end + 16));
          // "Jake from Lonely Planet here.", "Wulan dari Jembrana Terkini nih": by a name no list knows, then "here".
          const auto here_at = [&](std::size_t k) {
            return k < t.size() && is_word(t[k]) && in<"here", "nih", "disini">(t[k].low);
          };
          if (!span)
            if (auto named = proper_name_after_from(t, end + 1, stop); named && here_at(named->e)) span = named;
          bool asks = span && here_at(span->e);
          for (std::size_t k = span ? span->e : stop; k < stop && !asks; ++k)
            asks = is_word(t[k]) && in<"mau", "ingin", "mohon", "minta", "perlu", "butuh", "would", "need",
                                       "want", "could", "nanya", "tanya">(t[k].low);
          if (span && span->b == end + 1 && asks) {
            out.name = n;
            if (!out.institution) out.institution = clean_org(join_tokens(t, span->b, span->e));
          }
        }
      }
    }
    // "Kami Yayasan Manikaya Kauci, ...", "kami CV Karya Mandiri Negara", "Kami, PT Samudra Lemuru
    // Pratama, perusahaan ...": "we" and the organisation.
    const std::size_t we_are = i + 2 < t.size() && is_punct(t[i + 1], ',') ? i + 2 : i + 1;
    if (!out.institution && eq(t[i].low, "kami"sv) && we_are < t.size() && is_org_start(t[we_are])) {
      const std::size_t end = std::min(sentence_end(t, we_are), we_are + 16);
      if (auto span = org_in_window(t, we_are, end); span && span->b == we_are) {
        std::string o = clean_org(join_tokens(t, span->b, span->e));
        if (!o.empty()) out.institution = o;
      }
    }
    // "We are Pantai Lestari Resort in Pekutatan.", "We're the Bali Surf Club": "we are" and a body whose name starts
    // right after it (a capitalised "The" its own), in English.
    // (The first letter first: this is asked of every word.)
    if (!out.institution && is_word(t[i]) && t[i].low.starts_with('w') &&
        ((eq(t[i].low, "we"sv) && i + 1 < t.size() && is_word(t[i + 1]) && eq(t[i + 1].low, "are"sv)) ||
         eq(t[i].low, "we're"sv))) {
      std::size_t at = eq(t[i].low, "we"sv) ? i + 2 : i + 1;
      if (at < t.size() && is_word(t[at]) && eq(t[at].text, "the"sv)) ++at;
      const std::size_t end = at < t.size() ? std::min(sentence_end(t, at), at + 16) : at;
      if (at < end && t[at].capitalised)
        if (auto span = org_in_window(t, at, end); span && span->b == at)
          if (std::string o = clean_org(join_tokens(t, span->b, span->e)); !o.empty()) out.institution = std::move(o);
    }
    // ---- institution
    // "Kami Tim Penyusun RPJMDes Desa Delodberawah, ... mohon", "Kami tim olimpiade ekonomi SMA Negeri 1
    // Pekutatan yang ...": "we" and then who we are; words capitalised before the organisation are its
    // name's start (a team of it), lower-case ones only say what we are there.
    if (!out.institution && eq(t[i].low, "kami"sv)) {
      const std::size_t end = std::min(sentence_end(t, i + 1), i + 16);
      if (auto span = org_in_window(t, i + 1, end); span && span->b <= i + 5 && !is_self_ref(t[span->b])) {
        bool capitals = true, plain = true;
        for (std::size_t k = i + 1; k < span->b; ++k) {
          const bool word = is_word(t[k]) && !t[k].has_digit && !kRequestWord.contains(t[k].low) &&
                            !kAffiliation.contains(t[k].low) && !is_indonesian_verb_form(t[k].low) &&
                            !in<"mohon", "ingin", "akan", "sedang", "perlu", "butuh", "minta", "sudah">(t[k].low);
          capitals = capitals && word && t[k].capitalised;
          plain = plain && word && !t[k].capitalised;
        }
        const std::size_t after = span->e;
        const bool ends = after >= t.size() || is_punct(t[after], ',') || is_sentence_end(t[after]) ||
                          t[after].kind == TokenKind::line_break ||
                          (is_word(t[after]) && in<"yang", "mohon", "memohon", "ingin", "bermaksud",
                                                   "hendak", "membutuhkan", "memerlukan">(t[after].low));
        if (ends && (capitals || plain)) {
          std::string o = clean_org(join_tokens(t, capitals ? i + 1 : span->b, span->e));
          if (!o.empty()) out.institution = o;
        }
      }
    }
    // "... pedagang kecil di BMT Al-Hikmah Loloan, tempat saya bertugas", "SMA Negeri 2 Negara tempat kami
    // mengajar": the body named right before "where I work (study, teach)" is the writer's.
    if (!out.institution && eq(t[i].low, "tempat"sv) && i + 2 < t.size() && is_self_ref(t[i + 1]) &&
        in<"saya", "sy", "kami", "aku">(t[i + 1].low) && is_word(t[i + 2]) &&
        in<"bekerja", "kerja", "bertugas", "mengajar", "kuliah", "berkuliah", "belajar", "sekolah",
           "mengabdi", "berdinas", "work", "study">(t[i + 2].low)) {
      const std::size_t end = i > 0 && is_punct(t[i - 1], ',') ? i - 1 : i;
      for (std::size_t b = std::max(sent_start, i > 16 ? i - 16 : 0); b < end; ++b)
        if (auto span = org_in_window(t, b, end); span && span->e == end) {
          if (std::string o = clean_org(join_tokens(t, span->b, span->e)); !o.empty()) out.institution = std::move(o);
          break;
        }
    }
    // "Tiang madue usaha dagang canang lan banten, UD Sari Banten Ayu, ring Pasar ...", "saya punya usaha
    // kecil, CV ...": the business one has, named in the clause.
    if (!out.institution && eq(t[i].low, "usaha"sv) && i > 0 && is_word(t[i - 1]) &&
        in<"punya", "memiliki", "mempunyai", "madue", "ngelola", "mengelola", "menjalankan">(t[i - 1].low)) {
      const std::size_t end = std::min(sentence_end(t, i + 1), i + 14);
      if (auto span = org_in_window(t, i + 1, end); span && t[span->b].capitalised && !where_one_lives(t, span->b))
        if (std::string o = clean_org(join_tokens(t, span->b, span->e)); !o.empty()) out.institution = std::move(o);
    }
    // "We're a small travel start-up (Bali West Trails)", "kami sebuah komunitas (Jembrana Bersih)": what
    // kind of body we are, its name in brackets after it.
    if (!out.institution && i + 2 < t.size() && is_punct(t[i + 1], '(') && is_kind_of_organisation(t[i])) {
      bool we = false;
      for (std::size_t k = sent_start; k < i && !we; ++k)
        we = is_word(t[k]) && in<"we", "we're", "were", "kami", "saya", "i", "i'm", "our">(t[k].low);
      std::size_t close = i + 2;
      while (close < t.size() && close < i + 8 && is_word(t[close]) && (t[close].capitalised || is_connector(t[close])))
        ++close;
      if (we && close > i + 2 && close < t.size() && is_punct(t[close], ')'))
        if (std::string o = clean_org(join_tokens(t, i + 2, close)); !o.empty()) out.institution = std::move(o);
    }
    // Casual "aku dinda anak unud": a lower-case "anak" right before an organisation (never "Anak
    // Agung", a Balinese name).
    const bool anak_of = eq(t[i].text, "anak"sv) && student_of(t, i);  // (its first test inline: asked of every word)
    // (The first letter first: this is asked of every word.)
    if (const std::string_view w = t[i].low; is_word(t[i]) && w.size() >= 3 && (w[0] == 's' || w[0] == 'k' ||
                                                                                  w[0] == 'n' || w[0] == 'c') &&
                                             (in<"sekarang", "kini", "skrg", "now", "currently">(w) ||
                                              (eq(w, "saat"sv) && i + 1 < t.size() && eq(t[i + 1].low, "ini"sv)))) {
      now_in_sentence = true;
      // "alumni Universitas Udayana, sekarang bekerja di PT ...": where one studied, named earlier in
      // the sentence, gives way to the "now" as a body named in an earlier sentence does.
      for (std::size_t k = sent_start; k < i && out.institution; ++k)
        if (is_word(t[k]) && in<"alumni", "alumnus", "alumna", "lulusan">(t[k].low)) may_give_way = true;
    }
    // "Sehari-hari saya guru di SMK ..., namun permohonan ini saya ajukan sebagai mahasiswa ... Universitas
    // ...": the capacity in which the request is made names the body it is made for, over one named before.
    if (eq(t[i].low, "sebagai"sv) && out.institution) {
      for (std::size_t k = sent_start; k < i && !now_in_sentence; ++k)
        if (is_word(t[k]) && in<"ajukan", "mengajukan", "diajukan", "sampaikan", "menyampaikan">(t[k].low))
          now_in_sentence = may_give_way = true;
    }
    // What one does there for a while is no body of one's own: "Saat ini saya sedang magang di Kantor
    // Camat ...", "Saat ini kami melaksanakan studi ... bekerja sama dengan ...".
    if (now_in_sentence && is_word(t[i]) &&
        in<"magang", "intern", "internship", "kkn", "pkl", "praktik", "praktek", "melaksanakan",
           "melakukan", "mengadakan", "conducting", "visiting", "fieldwork", "penelitian", "research",
           "sama", "cooperation", "collaboration">(t[i].low))
      may_give_way = false;
    // "an expert dispatched to the JICA Indonesia Office", "seconded to the Ministry of ...": sent to work there.
    // Not after a role the sentence gave with its body ("I am a JICA Expert ..., currently assigned to the Marine and
    // Fisheries Office ...": the office is where the body placed its expert).
    const bool sent_to = eq(t[i].low, "to"sv) && i > 0 && is_word(t[i - 1]) &&
                         in<"dispatched", "seconded", "assigned", "posted", "deployed">(t[i - 1].low) &&
                         [&] {
                           for (std::size_t k = sent_start; k + 1 < i; ++k)
                             if (is_word(t[k]) && all_caps(t[k].text) && t[k].text.size() >= 2 && is_word(t[k + 1]) &&
                                 kRoleNoun.contains(t[k + 1].low))
                               return false;
                           return true;
                         }();
    if ((!out.institution || (may_give_way && now_in_sentence)) &&
        (kAffiliation.contains(t[i].low) || (eq(t[i].low, "dr"sv) && eq(t[i].text, "dr"sv)) || anak_of || sent_to)) {
      // Look back at most 30 tokens: a self-introduction is short.
      const std::size_t back = i > 30 ? std::max(sent_start, i - 30) : sent_start;
      const bool starts = opens_with_a_greeting(t, sent_start, i);
      // Whose body follows is read below only when the writer speaks of themself: a self reference among the
      // words read back, a name given already, a word that speaks for a body, or a sentence that opens with a
      // greeting. Without one, every way below ends unread at "self or starts": most affiliation words of a long
      // mail ("from", "at", "with") stop here.
      if (!out.name && !starts &&
          !in<"behalf", "representing", "mewakili", "instansi", "institusi", "kampus">(t[i].low) &&
          [&] {
            for (std::size_t k = back; k < i; ++k)
              if (is_self_ref(t[k], c[k])) return false;
            return true;
          }() &&
          shortcuts_taken())
        continue;
      // "anak Manajemen semester 7 di Universitas Ngurah Rai": the student's term before "di".
      const bool after_term = (i >= 2 && t[i - 1].has_digit && is_word(t[i - 2]) &&
                               in<"semester", "smt", "sem", "angkatan", "tingkat">(t[i - 2].low)) ||
                              // "menempuh studi S1 di Universitas ...", "studi doktoral di Leiden University": a
                              // study's level before "di"
                              (i >= 2 && is_word(t[i - 1]) &&
                               in<"s1", "s2", "s3", "d3", "d4", "doktoral", "doktor", "magister",
                                  "master", "sarjana", "pascasarjana", "diploma", "lanjut",
                                  "profesi">(t[i - 1].low) &&
                               is_word(t[i - 2]) && in<"studi", "kuliah", "pendidikan", "program", "jenjang">(t[i - 2].low));
      // "data analyst di PT ...", "manajer di Hotel ...": a role before "di".
      // "CPNS formasi 2025 di Dinas ...", "guru honorer tetap di SMP ...": a civil servant's or
      // employee's role a few words before "di".
      static const WordSet kEmployedAs = [] {
        WordSet s = {"cpns", "pns", "asn", "pppk", "pegawai", "honorer", "taruna", "taruni", "praja", "guru",
                     "dosen", "bidan", "perawat", "dokter", "petugas", "karyawan", "karyawati", "pengajar",
                     // a firm's founders and officers ("co-founder & CPO di Panenku")
                     "founder", "co-founder", "cofounder", "ceo", "cto", "coo", "cpo", "cfo", "cmo"};
        s.insert_all(kRoleNoun);
        return s;
      }();
      // "Kami guru-guru di ...": a plural by reduplication is its word's.
      const std::string_view before_di = i > 0 ? singular(t[i - 1].low) : std::string_view{};
      bool after_role = i > 0 && is_word(t[i - 1]) && kEmployedAs.contains(before_di);
      // "Panitera Muda Hukum di Pengadilan Agama Negara", "Kepala Seksi Data di Dinas ...": a post, capitalised,
      // a few words before "di" too.
      for (std::size_t k = i - 1; i > 0 && eq(t[i].low, "di"sv) && !after_role && k > 0 && k + 3 >= i && is_word(t[k]);
           --k)
        after_role = is_word(t[k - 1]) && (kEmployedAs.contains(t[k - 1].low) ||
                                           (kPosition.contains(t[k - 1].low) && t[k - 1].capitalised));
      // "rekan satu bidang Ibu Ketut Sariani di Bapperida": a colleague's workplace, named after them.
      for (std::size_t k = i; eq(t[i].low, "di"sv) && !after_role && k > 0 && k + 8 >= i && !is_sentence_end(t[k - 1]); --k)
        after_role = is_word(t[k - 1]) && same_workplace(t, k - 1);
      if (eq(t[i].low, "di"sv) && !after_term && !after_role && !(i > 0 && is_word(t[i - 1]) &&
                                in<"kuliah", "berkuliah", "bekerja", "kerja", "bertugas", "mengajar",
                                   "magang", "sekolah", "belajar", "studi", "dinas", "berdinas",
                                   "tugas", "ditempatkan", "menempuh", "pendidikan", "work",
                                   "study", "mahasiswa", "mahasiswi", "mhs", "dosen", "pegawai",
                                   "staf", "staff", "karyawan", "peneliti", "wartawan",
                                   "jurnalis", "guru", "siswa", "akhir", "aktif", "saya", "sy",
                                   "pengajar", "tutor", "relawan", "anggota", "pengurus", "perawat",
                                   "bidan", "dokter", "petugas", "honorer", "pendamping",
                                   "kami", "tesis", "skripsi", "disertasi", "studi", "belajar",
                                   // "tenaga kesehatan di ...", "tenaga pendidik di ..."
                                   "kesehatan", "pendidik", "kependidikan", "medis", "kontrak">(before_di)))
        continue;
      // "founder of Bali Surf Data Ltd", "the general manager of Puri Dajuma ...": a role over an
      // organisation; "Head of Data at ..." is a role over a field (role_of_field below).
      static const WordSet kRoleOver = {"founder", "co-founder", "cofounder", "owner", "ceo", "cto", "coo", "chair",
                                        "chairman", "chairwoman", "chairperson", "president", "director", "manager",
                                        "head", "member", "secretary", "coordinator", "principal", "dean", "rector",
                                        "staff", "employee", "treasurer",
                                        // a unit of it ("the socio-economics section of the Kenya Marine ...")
                                        "section", "division", "unit", "department", "team", "laboratory", "lab"};
      // "program pelayanan diakonia ... di wilayah Kecamatan Melaya": a programme of work, in lower case, is
      // no programme of study or post ("program studi", "program magister", "programme officer").
      if (in<"program", "programme">(t[i].low) && !t[i].capitalised &&
          !(i + 1 < t.size() && is_word(t[i + 1]) &&
            in<"studi", "study", "studies", "magister", "master", "doktor", "doktoral", "sarjana",
               "pascasarjana", "pasca", "s1", "s2", "s3", "d3", "d4", "diploma", "profesi", "officer",
               "manager", "coordinator", "koordinator", "director", "lead", "associate", "assistant",
               "specialist", "analyst">(t[i + 1].low)))
        continue;
      // "cukup jauh dari bank persepsi", "not far from Negara": a distance, not where one is from.
      if (in<"dari", "from">(t[i].low) && i > 0 && is_word(t[i - 1]) && kDistance.contains(t[i - 1].low)) continue;
      // "kami bagikan kepada anggota Komisi II", "sent to members of the council": members one addresses or
      // serves, not the writer's own.
      if (in<"anggota", "member", "members", "pengurus">(t[i].low) && i > 0 && is_word(t[i - 1]) &&
          in<"kepada", "ke", "untuk", "bagi", "para", "to", "for", "the">(t[i - 1].low))
        continue;
      // "disposisi Bapak Camat terkait monografi Kecamatan Melaya", "arahan Ibu Kepala Dinas": a post after an
      // honorific is someone else's.
      if ((kPosition.contains(t[i].low) || kRoleNoun.contains(t[i].low)) && i > 0 && is_word(t[i - 1]) &&
          kHonorific.contains(t[i - 1].low))
        continue;
      // A unit's word capitalised is a name's own ("Department of Foreign Affairs", "Division of Labour").
      // "This is Jose Cruz of Ateneo de Manila University", "I am Jose Cruz, of ...": "of" right after the
      // writer's name just read says whose the writer is.
      const auto after_the_name = [&] {
        const std::size_t k = i > 1 && is_punct(t[i - 1], ',') ? i - 2 : i - 1;
        return out.name && i > 0 && is_word(t[k]) && t[k].capitalised && out.name->ends_with(t[k].text);
      };
      if (eq(t[i].low, "of"sv) && !(i > 0 && is_word(t[i - 1]) && kRoleOver.contains(t[i - 1].low) &&
                                  !(t[i - 1].capitalised && kSubUnit.contains(t[i - 1].low))) &&
          !after_the_name())
        continue;
      // "a small NGO called Reef Check Indonesia", "a startup named ...": the name of an organisation.
      // (the kind may be one word back: "startup agritech bernama Tanikita")
      if (in<"called", "named", "bernama">(t[i].low) &&
          !(i > 0 && is_word(t[i - 1]) && is_kind_of_organisation(t[i - 1])) &&
          !(i > 1 && is_word(t[i - 1]) && !t[i - 1].capitalised && is_word(t[i - 2]) &&
            is_kind_of_organisation(t[i - 2])))
        continue;
      // "I run Medewi Point Homestay": a business the writer runs, owns or founded; not "the tests you run".
      const bool runs_it =
          in<"run", "own", "manage", "founded", "co-founded", "co-own", "co-run", "co-manage">(t[i].low);
      if (runs_it && !(i > 0 && in<"i", "we">(t[i - 1].low))) continue;
      // "Rencana Kerja Pemerintah Desa", "Unit Kerja": a capitalised "Kerja" inside a name is no verb.
      if (in<"kerja", "bekerja">(t[i].low) && t[i].capitalised && i > 0 && is_word(t[i - 1]) &&
          t[i - 1].capitalised)
        continue;
      // "kerja sama dengan Dinas Pariwisata", "bekerja sama dengan ...": cooperating with someone, not
      // working there.
      if (in<"kerja", "bekerja">(t[i].low) && i + 1 < t.size() && is_word(t[i + 1]) && eq(t[i + 1].low, "sama"sv))
        continue;
      // The speaker's own organisation: a self reference earlier in the sentence (or the sentence
      // starts with the affiliation word), and no request word between them.
      bool self = false;
      bool request_between = false;
      // "Our Indonesian counterpart, Dr Nengah Sukada at Universitas Udayana": another person, named
      // after the self reference, is whose affiliation follows.
      // "Ayah saya bekerja di ...", "anak dari Pak Made yang bekerja di ...", "My wife works at ...": a
      // relative named since the writer last spoke of themself is whose work or school follows (the
      // "saya" of "ayah saya" is the relative's).
      bool relative = false;
      bool asked = false;  // a request word in lower case before the word (read below)
      for (std::size_t k = back; k < i; ++k) {
        asked = asked || (!t[k].capitalised && (c[k] & kRequestClass));
        if (const std::size_t n = (c[k] & kMaybeRelativeWord) ? relative_named_at(t, k) : 0) {
          relative = true;
          k += n - 1;
          continue;
        }
        if (relative && is_self_ref(t[k], c[k]) && !in<"ini", "dengan", "this", "nama", "name">(t[k].low))
          relative = false;
        // "Sehubungan dengan penyusunan Rencana Kerja ...": "dengan" after a word is a preposition;
        // only opening a clause ("Selamat pagi, dengan Tjokorda ...") does it introduce the writer.
        // "Dengan hormat," opens a letter.
        const bool preposition = eq(t[k].low, "dengan"sv) &&
                                 ((k > 0 && is_word(t[k - 1]) &&
                                   !in<"pagi", "siang", "sore", "malam", "halo", "hai", "permisi">(t[k - 1].low)) ||
                                  (k + 1 < i && eq(t[k + 1].low, "hormat"sv)));
        if (is_self_ref(t[k], c[k]) && !preposition) {
          self = true;
          request_between = false;
        } else if (self && (c[k] & kRequestClass) &&
                   // "data analyst", "the data team at ..."
                   !(k + 1 < i && is_word(t[k + 1]) &&
                     (kRoleNoun.contains(t[k + 1].low) || in<"team", "tim", "unit", "desk">(t[k + 1].low))) &&
                   !(t[k].capitalised && k > 0 && eq(t[k - 1].low, "of"sv))) {                 // "Head of Data"
          request_between = true;
        } else if ((c[k] & kSomeoneElseWord) && names_someone_else(t, k) && !same_workplace(t, k)) {
          self = false;
        }
      }
      if (relative) continue;
      // "a grant from the Department of Foreign Affairs", "surat rekomendasi dari Dinas ...", "data dari
      // Bappeda": dari/from after a thing one receives names where it comes from, not the writer's body.
      if (from_a_thing_received(t, i)) continue;
      // "pensiunan PNS", "mantan guru SMAN 1", "a retired lecturer of ...": where one worked is no
      // affiliation now.
      // "pensiunan guru Bahasa Indonesia di SMP ...": so too a few words back in the same clause.
      const auto retired_before = [&] {
        for (std::size_t k = i; k > 0 && k + 6 > i; --k) {
          if (!is_word(t[k - 1])) return false;  // a comma or a sentence's end closes the clause
          if (in<"pensiunan", "purnabakti", "mantan", "eks", "ex", "former", "retired">(t[k - 1].low)) return true;
        }
        return false;
      };
      if (retired_before()) continue;
      // "penduduk bekerja menurut lapangan usaha di Kecamatan Melaya", "people working in ...": the data asked
      // about a population names where they work, not where the writer does.
      static const WordSet kWorkVerb = {"bekerja", "kerja", "bertugas", "working", "employed", "work"};
      static const WordSet kPopulation = {"penduduk", "warga", "masyarakat", "pekerja", "buruh", "orang",
                                          "perempuan", "pemuda", "lansia", "anak", "keluarga", "population",
                                          "people", "residents", "workers", "women"};
      const std::size_t verb = i > 0 && !kWorkVerb.contains(t[i].low) ? i - 1 : i;  // "... bekerja di"
      if (verb > 0 && is_word(t[verb]) && kWorkVerb.contains(t[verb].low) && is_word(t[verb - 1]) &&
          kPopulation.contains(t[verb - 1].low))
        continue;
      // A name given in this mail makes the writer the one spoken of, unless the sentence asks before the
      // word ("Apakah ada data jumlah pegawai ... di Kecamatan Negara?": whose workers are asked for).
      if (!self && asked) continue;
      // Joining is the writer's only when the sentence says "I" or "we" before it ("Data ini akan tergabung
      // dalam laporan Dinas ..." is the data's).
      if (in<"tergabung", "bergabung">(t[i].low) &&
          std::none_of(t.begin() + static_cast<std::ptrdiff_t>(sent_start), t.begin() + static_cast<std::ptrdiff_t>(i),
                       [](const Token& k) { return is_word(k) && kFirstPerson.contains(k.low); }))
        continue;
      if (out.name && !self) self = true;  // a name was just given in this mail
      // "On behalf of the Indonesia Fisheries Forum, I am writing ...": speaking for it says whose it is.
      if (in<"behalf", "representing", "mewakili">(t[i].low)) self = true;
      // "instansi saya ...", "kampus kami ...": the affiliation word owned by the writer.
      if (in<"instansi", "institusi", "kampus">(t[i].low) && i + 1 < t.size() &&
          in<"saya", "sy", "kami", "aku">(t[i + 1].low))
        self = true;
      if (request_between || !(self || starts)) continue;
      // "... and colleagues at the Ministry ...", "teman saya di ...": someone else's workplace.
      if (i > 0 && names_someone_else(t, i - 1)) continue;
      // "Dosen pembimbing saya di Universitas ...", "teman kami di ...": someone else named right before or after.
      if (i + 1 < t.size() && names_someone_else(t, i + 1)) continue;
      if (i >= 2 && is_word(t[i - 1]) && in<"saya", "sy", "kami", "aku", "my", "our">(t[i - 1].low) &&
          names_someone_else(t, i - 2))
        continue;
      std::size_t end = std::min(sentence_end(t, i + 1), i + 16);
      auto span = org_in_window(t, i + 1, end);
      // "Kami dari Jaring, sebuah LSM lingkungan": a kind of organisation alone names none; the name
      // before it may (read below, as after "dari" with no organisation found).
      if (span && span->e == span->b + 1 && is_kind_of_organisation(t[span->b])) span.reset();
      // "a research scientist at KMFRI, and colleagues at the Indonesian Ministry ...", "together with our
      // local partner Yayasan ...": a body further on, past someone else (a partner, a counterpart, a
      // colleague), is theirs; what stands right after the word may still be the writer's (read below).
      for (std::size_t k = i + 1; span && k < span->b; ++k)
        if (names_someone_else(t, k)) span.reset();
      // "kami menyusun peta sebaran DBD di wilayah barat bersama Dinas Kesehatan ...", "pasien dari Melaya
      // dirujuk ke RSUD Negara", "a researcher working together with the Ministry of Health": a body reached
      // past a word of company, direction or agency is whom one works with, goes to or is done by; one past
      // a thing received and "dari"/"from" ("applying for a grant from the Department of ...") is its source.
      // What stands right after the word, before such a word, may still be the writer's ("Kami dari Kelompok
      // Nelayan Segara Amerta mau mengajukan bantuan ... ke Dinas Perikanan").
      for (std::size_t k = i + 1; span && k < span->b; ++k)
        if (is_word(t[k]) && (kNotOwnBody.contains(t[k].low) || from_a_thing_received(t, k)) &&
            // "relawan yang membantu di Yayasan ...": helping where one volunteers, not a client helped
            !(in<"membantu", "mendampingi">(t[k].low) && k + 1 < t.size() && in<"di", "pada">(t[k + 1].low))) {
          span = org_in_window(t, i + 1, k);
          if (span && span->b != i + 1) span.reset();
        }
      if (span && eq(t[i].low, "with"sv) && i > 0 && kNotOwnBody.contains(t[i - 1].low)) span.reset();
      // "We are scoping a project with schools and puskesmas": "with" after a thing is whom it is done with; the
      // writer's body follows it only after working, a role, "I'm"/"we're" or a comma ("Rebecca, with Hope ...").
      if (span && eq(t[i].low, "with"sv) && i > 0 && is_word(t[i - 1]) && !kWorksAt.contains(t[i - 1].low) &&
          !in<"i'm", "im", "am", "we're", "are", "is", "was", "were">(t[i - 1].low) && !t[i - 1].capitalised)
        span.reset();
      // "pemilik usaha Tenun Songket Sari Merta di Desa ...": an owner's business by its name, what kind
      // of business in lower case before it, though no list opens it (the village is where it is).
      if (in<"pemilik", "owner", "pendiri", "founder", "co-founder", "cofounder">(t[i].low) && !t[i].capitalised) {
        std::size_t k = i + 1;
        for (const std::size_t kind = k; k < end && k < kind + 2 && is_word(t[k]) && !t[k].capitalised &&
                                         (is_kind_of_organisation(t[k]) || k > kind);)
          ++k;
        if (k < end && is_word(t[k]) && t[k].capitalised && !is_org_start(t[k]))
          if (auto own = unlisted_body_at(t, k, end, false)) span = own;
        // 'pemilik usaha kopi robusta "Kopi Jegog" di Pekutatan': a third word of what it does, the name in quotes.
        if (!span && k < end && is_word(t[k]) && !t[k].capitalised && !kNameStop.contains(t[k].low)) ++k;
        if (!span && k + 2 < end && t[k].text == "\""sv) {
          std::size_t close = k + 1;
          while (close < end && close < k + 7 && is_word(t[close]) && t[close].capitalised) ++close;
          if (close > k + 1 && close < end && t[close].text == "\""sv) span = Span{k + 1, close};
        }
      }
      // "Bagian Perekonomian Setda Jembrana": the section word opens the office's name, written whole.
      if (in<"bagian", "bidang">(t[i].low) && t[i].capitalised)
        if (auto whole = org_in_window(t, i, end); whole && whole->b == i) span = whole;
      // "dari Bidang Pembinaan Sekolah Dasar, Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana": a
      // unit first, then after its comma the body it belongs to - the body (a head inside the unit's field,
      // "Sekolah Dasar", is none).
      if (i + 1 < end && is_word(t[i + 1]) && t[i + 1].capitalised &&
          in<"bidang", "bagian", "seksi", "subbagian", "subbag", "divisi", "sub">(t[i + 1].low))
        for (std::size_t k = i + 2; k + 1 < end; ++k) {
          if (!is_punct(t[k], ',')) continue;
          if (auto body = org_in_window(t, k + 1, end);
              body && body->b == k + 1 && !kSubUnit.contains(t[body->b].low) && !is_region_word(t[body->b]))
            span = body;
          break;
        }
      // "Head of Data at Ikanesia", "Director of Programs for ...", "Program Officer for Child Protection at ...": a
      // role over a field.
      const auto role_of_field = [&] {
        std::size_t k = i;
        while (k > 0 && i - k < 3 && is_word(t[k - 1]) && t[k - 1].capitalised) --k;
        return k < i && k >= 2 && (eq(t[k - 1].low, "of"sv) || eq(t[k - 1].low, "for"sv)) && is_word(t[k - 2]) &&
               (kWorksAt.contains(t[k - 2].low) || kPosition.contains(t[k - 2].low));
      };
      const bool names_it = in<"of", "called", "named", "bernama", "represent", "represents">(t[i].low);
      if (!span && i > 0 && is_word(t[i - 1]) &&
          ((in<"for", "at", "with">(t[i].low) && (kWorksAt.contains(t[i - 1].low) || role_of_field())) || runs_it ||
           // "I'm with the World Bank", "we are with Plan International": works there.
           (eq(t[i].low, "with"sv) && in<"i'm", "im", "am", "we're", "are">(t[i - 1].low)) ||
           sent_to ||
           names_it ||
           (in<"di", "pada">(t[i].low) && in<"bekerja", "kerja", "bertugas", "berdinas">(t[i - 1].low)))) {
        std::size_t k = i + 1;
        if (k < end && is_word(t[k]) && eq(t[k].text, "the"sv)) ++k;
        // "kerja di startup edtech Ruangguru", "bekerja di perusahaan konsultan Arkana": what kind of body,
        // in lower case, before its name.
        if (k < end && is_kind_of_organisation(t[k]) && !t[k].capitalised)
          for (const std::size_t kind = k; k < end && k < kind + 3 && is_word(t[k]) && !t[k].capitalised;) ++k;
        if (k < end && is_word(t[k]) && t[k].capitalised && !kNameStop.contains(t[k].low) && !eq(t[k].text, "I"sv))
          span = Span{k, std::max(extend_org(t, k, end), k + 1)};
        // "kerja di Gilimanuk sebagai sopir": a town where one works is no organisation.
        if (span && std::all_of(t.begin() + static_cast<std::ptrdiff_t>(span->b),
                                t.begin() + static_cast<std::ptrdiff_t>(span->e),
                                [](const Token& w) { return !is_word(w) || kPlace.contains(w.low) || is_region_word(w); }))
          span.reset();
        // What one runs is a business when its name ends the clause or a place follows ("I run Medewi
        // Point Homestay in Pulukan", "I run Ikanesia, a startup"), not "I run Python scripts".
        if (span && (runs_it || names_it) && span->e < end && is_word(t[span->e]) &&
            !in<"in", "at", "on", "with", "together", "since", "based", "and">(t[span->e].low))
          span.reset();
        // "Head of Data at Ikanesia", "Program Officer for Child Protection at Plan International": what follows
        // "of"/"for" is a field when a place of work follows it.
        if (span && in<"of", "for">(t[i].low) && span->e < end && is_word(t[span->e]) &&
            in<"at", "for", "with">(t[span->e].low))
          span.reset();
      }
      if (!span && in<"wartawan", "wartawati", "jurnalis", "reporter", "kontributor", "journalist",
                      "redaktur", "editor", "correspondent", "koresponden", "penulis", "writer">(t[i].low)) {
        // "jurnalis detikBali", "wartawan dari Radar Bali", "reporter for Kompas TV": the newsroom.
        std::size_t k = i + 1;
        // "jurnalis data di Katadata", "wartawan foto Tempo": the beat before the newsroom.
        while (k < end && is_word(t[k]) && (in<"di", "dari", "media", "lepas", "freelance", "untuk", "for",
                                               "at", "with", "of", "the", "senior", "muda", "online", "data",
                                               "foto", "video", "ekonomi", "politik", "investigasi",
                                               "multimedia", "televisi", "radio", "daring", "siber",
                                               "cetak", "lokal", "digital", "portal", "berita">(t[k].low) ||
                                            kRoleNoun.contains(t[k].low)))  // "Redaktur Pelaksana"
          ++k;
        bool camel = k < end && is_word(t[k]) && std::any_of(t[k].text.begin() + 1, t[k].text.end(),
                                                             [](char ch) { return text::is_upper_ascii(ch); });
        if (k < end && is_word(t[k]) && (t[k].capitalised || camel) && !kNameStop.contains(t[k].low))
          span = Span{k, std::max(extend_org(t, k, end), k + 1)};
      }
      if (!span) {
        // "dari LPPM", "from SMERU": an unknown acronym right after dari/from. Not a device or a channel
        // ("tidak bisa dibuka dari HP", "dari WA"): where something was read or sent from.
        // ("DARI TAHUN 2024" in a mail written in capitals: a word of the dictionary is no acronym.)
        if (i + 1 < t.size() && in<"dari", "dr", "from", "at", "instansi">(t[i].low) && is_word(t[i + 1]) &&
            all_caps(t[i + 1].text) && t[i + 1].text.size() >= 2 && t[i + 1].text.size() <= 10 &&
            !t[i + 1].has_digit &&
            !(t[i + 1].text.size() >= 4 && (is_indonesian_stem(t[i + 1].low) || is_english_word(t[i + 1].low))) &&
            !kPlace.contains(t[i + 1].low) &&  // "DARI GILIMANUK": where one comes from
            !in<"bali", "jembrana", "pst", "data", "ok", "i", "hp", "pc", "wa", "sms", "ig", "fb", "tv",
                "pdf", "web", "url", "usb">(t[i + 1].low))
          span = Span{i + 1, extend_org(t, i + 1, end)};
      }
      // "aku nadia anak ubaya", "mahasiswi UMY": a student's campus by a short name no list knows, right
      // after the word that says they study: one word that is no Indonesian or English word, no place.
      // Its field of study may stand between, in lower case ("mhs manajemen ubaya semester 5").
      if (!span && (anak_of || in<"mahasiswa", "mahasiswi", "mhs", "mhsw">(t[i].low))) {
        std::size_t c = i + 1;
        while (c < end && c < i + 3 && is_word(t[c]) && !t[c].capitalised && !campus_short_name(t[c]) &&
               (is_indonesian_stem(t[c].low) || is_english_word(t[c].low)) && !in<"semester", "tingkat">(t[c].low))
          ++c;
        if (c < end && campus_short_name(t[c]) &&
            (c + 1 >= end || !is_word(t[c + 1]) || !t[c + 1].capitalised || !t[c].capitalised))
          span = Span{c, c + 1};
      }
      // "co-founder & CPO di Panenku (startup agritech ...)": after a post and "di", as after "dari", a name
      // the lists do not know that the text describes as a body.
      // "we at Bali Startup Hub would like ...": the body "we" are at, by a name no list knows.
      // "I lead the data team at Kopernik, a non-profit ...", "a researcher at Lingkar Pesisir": where one works.
      if (!span && (says_from(t[i]) || (eq(t[i].low, "di"sv) && after_role) ||
                    (eq(t[i].low, "at"sv) && i > 0 && (eq(t[i - 1].low, "we"sv) || eq(t[i - 1].low, "team"sv) ||
                                                     kWorksAt.contains(t[i - 1].low)))))
        span = proper_name_after_from(t, i + 1, end);
      // "on behalf of Open Reef, a small foundation ...": the body one speaks for, by a name no list knows.
      if (!span && eq(t[i].low, "behalf"sv) && i + 2 < end && eq(t[i + 1].low, "of"sv))
        span = proper_name_after_from(t, eq(t[i + 2].low, "the"sv) ? i + 3 : i + 2, end);
      // "Kami dari Segara, perkumpulan anak muda pesisir yang ...": a body by its name, then what kind of body
      // it is in lower case (which the lists read as a body of its own): the name.
      if (span && !t[span->b].capitalised && span->b > i + 2 && is_punct(t[span->b - 1], ',') &&
          says_from(t[i]))
        if (auto named = proper_name_after_from(t, i + 1, end); named && named->e + 1 == span->b) span = named;
      // An officer of a body ("Ketua", "bendahara", "treasurer"); "Ketua Umum ...", "Sekretaris Harian ...":
      // the post's own word is no part of the body's name, which starts at name_from.
      static const WordSet kOfficer = {"ketua",     "sekretaris", "bendahara",  "koordinator", "presiden",
                                       "president", "treasurer",  "chairman",   "chairwoman",  "chairperson"};
      const bool officer = kOfficer.contains(t[i].low);
      const std::size_t name_from = officer && i + 1 < t.size() && in<"umum", "harian", "pelaksana">(t[i + 1].low)
                                        ? i + 2 : i + 1;
      // "Saya Syamsuddin, Ketua Kerukunan Keluarga Sulawesi Selatan Kabupaten Jembrana, tinggal di ...", "saya
      // bendahara Banjar Suka Duka Bali Vancouver, perkumpulan ...": an officer of a body the lists do not
      // know, its name capitalised up to the end of the clause (its region included).
      // "ketua kelompok nelayan Segara Amerta, Desa Pengambengan", "dari koperasi Mina Bahari": a kind of
      // body in lower case and its capitalised name, right after the word, before a village found further on.
      if ((!span || span->b > i + 1) && (officer || in<"dari", "dr", "from", "anggota", "pengurus">(t[i].low)))
        if (auto named = lower_kind_then_name(t, i + 1, end); named && (!span || named->e <= span->b))
          span = named;
      // "dari startup Tanikita", "dari perusahaan rintisan Kopiku", "from a company called ...": a generic kind
      // of firm in lower case, then its capitalised name: the name (a firm is named without its kind).
      if (!span && (says_from(t[i]) || in<"di", "at">(t[i].low)) && i + 2 < end && is_word(t[i + 1]) &&
          !t[i + 1].capitalised &&
          in<"startup", "start-up", "perusahaan", "company", "firm", "platform", "marketplace",
             "portal", "aplikasi", "app">(t[i + 1].low)) {
        std::size_t k = i + 2;
        while (k < end && k < i + 4 && is_word(t[k]) && !t[k].capitalised && !t[k].has_digit &&
               !kNameStop.contains(t[k].low))
          ++k;
        std::size_t e = k;
        while (e < end && e < k + 4 && is_word(t[e]) && t[e].capitalised && !t[e].has_digit &&
               !kNameStop.contains(t[e].low) && !is_region_word(t[e]))
          ++e;
        if (e > k && (e >= end || !is_word(t[e]) || kNameStop.contains(t[e].low))) span = Span{k, e};
      }
      // "tiang ketut sadia kelian banjar dinas pangyangan kauh desa pangyangan.": the head of a hamlet or
      // of a subak names, in lower case, the hamlet or the subak he heads (a body found inside it, "dinas
      // ...", is part of its name). After "dari" a hamlet is where one lives.
      if (in<"kelian", "klian", "pekaseh">(t[i].low) && i + 1 < end && is_word(t[i + 1]) &&
          in<"banjar", "subak">(t[i + 1].low))
        if (auto named = lower_kind_then_lower_name(t, i + 1, end);
            named && (!span || (named->b <= span->b && named->e >= span->e)))
          span = named;
      // "sy kadek darmawan sekdes desa tuwed kec melaya": a village official names, in lower case, the village
      // (its district after it is where the village is).
      if (!span && kVillageOfficial.contains(t[i].low) && i + 2 < end &&
          is_word(t[i + 1]) && in<"desa", "kelurahan">(t[i + 1].low) && is_word(t[i + 2]) && !t[i + 2].capitalised) {
        std::size_t e = i + 2;
        while (e < end && e < i + 4 && is_word(t[e]) && !t[e].capitalised && !t[e].has_digit &&
               text::is_alpha_ascii(t[e].text[0]) && !kNameStop.contains(t[e].low) && !is_region_word(t[e]) &&
               !is_indonesian_verb_form(t[e].low) && !in<"ya", "kak", "min", "pak", "bu", "mau", "mohon">(t[e].low))
          ++e;
        if (e > i + 2) span = Span{i + 1, e};
      }
      // It is named right after the post: a body found further on ("..., tinggal di Desa Air Kuning") is
      // another; one found inside the name ("ketua Remaja Masjid Baitul Qadim ...") is part of it.
      if ((!span || span->b > i + 1) && officer)
        if (auto named = proper_name_after_from(t, name_from, end, 9);
            named && (!span || named->e <= span->b || named->e >= span->e))  // "Remaja Masjid ...": the whole
          span = named;
      // "wartawan beritabali.com", "dari kabarnusa.id", "content writer di Jalanjalan.id": a newsroom or a firm
      // named by its web address, in lower case, after a journalist's word or where one works.
      if (!span && i + 1 < end && is_word(t[i + 1]) && !t[i + 1].has_digit && is_site_name(t[i + 1].low) &&
          (says_from(t[i]) || in<"wartawan", "wartawati", "jurnalis", "reporter", "kontributor", "redaktur",
                                 "editor", "journalist", "di", "at", "for">(t[i].low)))
        span = Span{i + 1, i + 2};
      // "saya Rendra dari detikBali.": a name written in camel case (a newsroom, an app) after dari/from.
      if (!span && says_from(t[i]) && i + 1 < end && is_word(t[i + 1]) &&
          text::is_lower_ascii(t[i + 1].text[0]) && t[i + 1].text.size() >= 4 && !t[i + 1].has_digit &&
          std::any_of(t[i + 1].text.begin() + 1, t[i + 1].text.end(), [](char ch) { return text::is_upper_ascii(ch); }))
        span = Span{i + 1, i + 2};
      // "kami dari Tim Penggerak PKK Desa Kaliakah": capitalised words between "dari" and the
      // organisation found are the start of its name (not a unit and its parent: "dari Jurusan
      // Ekonomi Universitas Udayana" is the university's).
      // A campus is not so extended: the words before it are a field of study ("dari Ilmu Komunikasi Unud").
      // So too after an officer's post ("Sekretaris Tim Data Desa Pohsanten").
      // Not this office ("PETUGAS SURVEI BPS DATANG KE RUMAH": its enumerator, who is no one's body here).
      if (span && span->b > name_from && span->b <= i + 5 &&
          (says_from(t[i]) || officer) && !is_campus_head(t[span->b]) &&
          !is_this_office(join_tokens(t, span->b, span->e))) {
        bool name_start = true;
        for (std::size_t k = name_from; k < span->b && name_start; ++k)
          name_start = is_word(t[k]) && t[k].capitalised && !t[k].has_digit && !is_org_start(t[k]) &&
                       !kSubUnit.contains(t[k].low) && !is_region_word(t[k]) && !is_self_ref(t[k]) &&
                       !is_head_last(t[k]) && !eq(t[k].text, "I"sv);
        if (name_start) span->b = name_from;
      }
      // "dari Banjar Sari, Desa Yehkuning", "asal Banjar Munduk, Desa Tukadaya": a neighbourhood and its
      // village are an address, where one lives or comes from (not after a post of the banjar: "Kelian
      // Banjar Dinas ...").
      if (span && span->b < t.size() && in<"banjar", "br", "dusun", "lingkungan">(t[span->b].low) &&
          !(span->b > 0 && is_word(t[span->b - 1]) &&
            (kPosition.contains(t[span->b - 1].low) ||
             (kAffiliation.contains(t[span->b - 1].low) &&
              !in<"dari", "saking", "from", "di", "asal">(t[span->b - 1].low))))) {
        std::size_t k = span->e;
        // "..., Desa ...", "... di Desa ..."
        if (k < t.size() && (is_punct(t[k], ',') || (is_word(t[k]) && eq(t[k].low, "di"sv)))) ++k;
        if (k < t.size() && is_word(t[k]) && in<"desa", "kelurahan", "ds", "kel">(t[k].low)) span.reset();
      }
      // "instansi saya bukan Universitas Udayana tapi Universitas Pendidikan Nasional", "not X but Y":
      // a denied organisation is not the writer's; the one after "tapi"/"but" is.
      if (span && denied(t, i, span->b)) {
        const std::size_t k = contrast_word(t, span->e, end);
        span = k < end ? org_in_window(t, k + 1, std::min(sentence_end(t, k + 1), k + 16)) : std::nullopt;
      }
      // "Kepala Bagian Perencanaan Teknik\nPerumda Air Minum ...": a unit ending its line, and on the next
      // line the body it belongs to (a signature's post and office): the body. So too a unit named after a field
      // that is also a kind of body ("Staf Bidang Koperasi dan UKM\nDinas Koperasi, UKM, ...").
      if (span &&
          (kSubUnit.contains(t[span->b].low) || (span->b > 0 && is_word(t[span->b - 1]) &&
                                                  kSubUnit.contains(t[span->b - 1].low))) &&
          span->e < t.size() && t[span->e].kind == TokenKind::line_break &&
          span->e + 1 < t.size() && is_word(t[span->e + 1])) {
        const std::size_t next = span->e + 1;
        const std::size_t line_end = sentence_end(t, next);
        // Not a village or district: where a group is ("Ketua Kelompok Tani ...\nDesa Batuagung").
        if (auto body = org_in_window(t, next, std::min(line_end, next + 16));
            body && body->b == next && !kSubUnit.contains(t[body->b].low) &&
            !in<"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "banjar", "dusun", "br">(t[body->b].low))
          span = body;
      }
      // "Kantor saya di Melaya cukup jauh dari bank persepsi": a body named past a distance is a landmark.
      if (span && span->b > i &&
          std::any_of(t.begin() + static_cast<std::ptrdiff_t>(i) + 1, t.begin() + static_cast<std::ptrdiff_t>(span->b),
                      [](const Token& k) { return is_word(k) && kDistance.contains(k.low); }))
        span.reset();
      // "I work for a small NGO called ...", "dari sebuah LSM": a kind of organisation alone names none.
      if (span && span->e == span->b + 1 && is_kind_of_organisation(t[span->b])) span.reset();
      if (span && (names_a_time(t[span->b]) || regions_listed(t, *span))) span.reset();
      // "Halo admin BPS! aku Chika, mahasiswi ...": this office, greeted or addressed, is nobody's affiliation;
      // the sentences after it are read on.
      if (span && !where_one_lives(t, span->b)) {
        std::string o = clean_org(join_tokens(t, span->b, span->e));
        if (!o.empty() && !is_this_office(o)) out.institution = o;
      }
    }
  }
  (void)sentences;
}

// The closings a line of text may end with, after its last sentence ("... 2024. Terima kasih."), or carry a name
// after ("... Terima kasih. Rizky Amalia").
constexpr std::array<std::string_view, 12> kClosingsInALine = {
    "terima kasih", "terimakasih", "thanks", "thank you", "salam", "regards", "hormat saya", "makasih", "suksma",
    "wassalam", "cheers", "trims"};

// Whether a line of text ends with a closing phrase after its last sentence ("... 2024. Terima kasih.").
bool ends_with_closing(std::string_view line) {
  std::string low = text::lower(text::trim(line));
  while (!low.empty() && (low.back() == '.' || low.back() == ',' || low.back() == '!' || low.back() == ' '))
    low.pop_back();
  for (std::string_view cl : kClosingsInALine)
    if (low.size() > cl.size() + 2 && low.ends_with(cl)) {
      const std::size_t p = low.size() - cl.size();
      if (low[p - 1] == ' ' && (low[p - 2] == '.' || low[p - 2] == '!' || low[p - 2] == ',' || low[p - 2] == '?'))
        return true;
    }
  return false;
}

bool is_closing(std::string_view line, std::string* rest) {
  std::string_view words = text::trim(line);
  while (!words.empty() && (words.back() == ',' || words.back() == '.' || words.back() == '!' || words.back() == ' '))
    words.remove_suffix(1);
  // A closing is short: a longer line is none, told before it is lowered (the signature search asks this of whole
  // paragraphs). Only the Muslim closing shrinks further below.
  if (words.size() > 60 && !text::istarts_with(words, "wassalam")) return false;
  std::string low = text::lower(words);
  if (low.starts_with("with ") && low.size() <= 30) low.erase(0, 5);  // "With many thanks", "With kind regards"
  // "Wassalamu'alaikum wr. wb.", "Wassalamualaikum Warahmatullahi Wabarakatuh": the Muslim closing,
  // however spelt, without its blessing.
  if (low.starts_with("wassalam")) {
    std::erase(low, '\'');
    for (std::string_view blessing : {" warahmatullahi wabarakatuh", " wr. wb", " wr.wb", " wr wb"})
      if (low.ends_with(blessing)) low.resize(low.size() - blessing.size());
    if (eq(low, "wassalamu alaikum"sv)) low = "wassalamualaikum";
  }
  if (low.size() > 60) return false;
  constexpr auto kClosings = std::to_array<std::string_view>({
      "hormat saya", "hormat kami", "salam hormat", "salam hangat", "salam sejahtera", "salam", "terima kasih",
      "terimakasih", "trima kasih", "trimakasih", "makasih", "mksh", "tks", "thx", "thanks", "thank you",
      "best regards", "kind regards", "warm regards", "regards", "best wishes", "best", "cheers",
      "sincerely", "yours sincerely", "yours faithfully", "yours truly", "respectfully", "wassalam",
      "wassalamualaikum", "tabik", "matur suksma", "suksma", "om shanti shanti shanti om", "om santih",
      "salam statistik", "atas perhatiannya", "--", "thanks and regards", "many thanks", "warmest regards",
      "tabe", "hormat", "regard", "rgds", "brgds", "kind rgds", "best rgds", "trims", "tq", "ty",
      // regional and religious sign-offs and thanks: Batak, Karo, Christian, Catholic Javanese, Buddhist,
      // Javanese, Sundanese ("Horas,\n\nDr. Hotman ...", "Tuhan memberkati.\nDebora")
      "horas", "mejuah-juah", "mauliate", "shalom", "tuhan memberkati", "god bless", "berkah dalem",
      "namo buddhaya", "matur nuwun", "hatur nuhun", "mahalo",
      // English sign-offs of warmth and respect ("Warmly,\nMarie-Claire\nCoral Triangle Watch")
      "warmly", "cordially", "all the best", "with gratitude", "gratefully", "warm wishes", "kindest regards",
      // the sign-offs of requesters writing from abroad in their own language's manner: French, Spanish,
      // Portuguese, Italian, German, Dutch, the Nordic languages, Maori, Tagalog ("Ngā mihi nui,\n\nDr Aroha ...")
      "cordialement", "bien cordialement", "bien à vous", "salutations", "meilleures salutations", "saludos",
      "saludos cordiales", "un saludo", "un cordial saludo", "atentamente", "atenciosamente", "cumprimentos",
      "cordiali saluti", "distinti saluti", "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße",
      "viele grüße", "beste grüße", "liebe grüße", "met vriendelijke groet", "vriendelijke groet", "hartelijke groet",
      "groeten", "med vänliga hälsningar", "vänliga hälsningar", "med venlig hilsen", "venlig hilsen",
      "med vennlig hilsen", "vennlig hilsen", "ystävällisin terveisin", "terveisin", "ngā mihi", "nga mihi",
      "ngā mihi nui", "nga mihi nui", "noho ora mai", "maraming salamat", "salamat"});
  for (auto c : kClosings) {
    if (low == c) {
      if (rest) rest->clear();
      return true;
    }
    if (low.starts_with(c) && low.size() > c.size() && (low[c.size()] == ',' || low[c.size()] == ' ')) {
      // "Terima kasih atas bantuannya" is a closing line; "Salam, Budi" carries the name.
      std::string_view tail = text::trim(std::string_view(line).substr(std::string_view(line).find_first_not_of(" \t") +
                                                                       c.size()));
      if (!tail.empty() && tail.front() == ',') {
        tail.remove_prefix(1);
        if (rest) *rest = std::string(text::trim(tail));
        return true;
      }
      if (rest) rest->clear();
      // "Terima kasih atas perhatiannya" / "thanks in advance": a closing only when short.
      return low.size() <= 45;
    }
  }
  return eq(low, "--"sv) || text::trim(line) == "--"sv;
}

// A letterhead block in capitals over several lines ("KEPALA BADAN PERENCANAAN PEMBANGUNAN,\n
// PENELITIAN DAN PENGEMBANGAN DAERAH\nKABUPATEN JEMBRANA,"): an organisation found in capitals at
// the end of a line goes on with the lines right below it in capitals (no digits, degrees or name),
// as written; the sign-off's last comma is not part of it.
void continue_caps_block(const std::vector<Line>& lines, std::string& org) {
  if (!all_caps(org)) return;
  const auto caps_words_only = [](TokenSpan ts) {
    std::size_t words = 0;
    for (const Token& k : ts) {
      if (k.kind == TokenKind::punct && !eq(k.text, ","sv) && !eq(k.text, "&"sv)) return false;
      if (!is_word(k)) continue;
      if (k.has_digit || !all_caps(k.text) || is_degree(k)) return false;
      ++words;
    }
    return words > 0 && words <= 8;
  };
  for (std::size_t at = 0; at < lines.size(); ++at) {
    std::string_view raw = text::trim(lines[at].raw);
    while (!raw.empty() && (raw.back() == ',' || raw.back() == ' ')) raw.remove_suffix(1);
    if (raw.size() < org.size() || raw.substr(raw.size() - org.size()) != org) continue;
    bool comma = !text::trim(lines[at].raw).empty() && text::trim(lines[at].raw).back() == ',';
    std::string whole = org;
    for (std::size_t q = at + 1; q < lines.size(); ++q) {
      const TokenSpan next = lines[q].tokens;
      if (!caps_words_only(next)) break;
      const bool region = is_word(next.front()) && is_region_word(next.front());  // "KABUPATEN JEMBRANA,"
      if (!region && name_line(next)) break;
      std::size_t e = next.size();
      while (e > 0 && !is_word(next[e - 1])) --e;
      whole += (comma && !region ? ", " : " ") + join_tokens(next, 0, e);
      comma = is_punct(next.back(), ',');
    }
    org = std::move(whole);
    return;
  }
}

// "Research Assistant, University of Hawaii", "Policy Analyst, Asian Development Bank", "Dosen,
// Universitas Warmadewa": a signature line that gives the role and then, after a comma, the
// organisation. Returns where the organisation part starts (after the comma), or 0. A bar separates the
// same way ("Fisheries Officer | WWF-Indonesia").
std::size_t role_before_comma(TokenSpan t) {
  for (std::size_t i = 1; i < t.size() && i < 8; ++i) {
    if (!is_punct(t[i], ',') && !is_punct(t[i], '|')) continue;
    if (is_word(t[i - 1]) && kRoleNoun.contains(t[i - 1].low)) return i + 1;
    // "Jurnalis Data, Tirto.id", "Reporter Ekonomi, ...": a role noun and its field, written capitalised.
    if (i <= 3 && is_word(t[0]) && kRoleNoun.contains(t[0].low) &&
        std::all_of(t.begin() + 1, t.begin() + static_cast<std::ptrdiff_t>(i),
                    [](const Token& w) { return is_word(w) && w.capitalised && !is_org_start(w); }))
      return i + 1;
    // "Head of Research | Kopi Data", "Director of Programs, ...": a role over a field, written capitalised.
    if (i >= 3 && is_word(t[0]) && in<"head", "director", "chief", "manager", "lead">(t[0].low) && is_word(t[1]) &&
        eq(t[1].low, "of"sv) &&
        std::all_of(t.begin() + 2, t.begin() + static_cast<std::ptrdiff_t>(i),
                    [](const Token& w) { return is_word(w) && (w.capitalised || eq(w.low, "and"sv) || eq(w.text, "&"sv)); }))
      return i + 1;
    // "Manajer Operasional | Puri Dajuma ...": an Indonesian role first, its field after it.
    if (i <= 3 && is_word(t[0]) && (kPosition.contains(t[0].low) || in<"manajer", "staf", "staff">(t[0].low)) &&
        std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(i),
                    [](const Token& w) { return is_word(w) && w.capitalised && !is_org_start(w); }))
      return i + 1;
    return 0;
  }
  return 0;
}

bool unlisted_organisation_line(TokenSpan t);

// A firm's departments, signed where a body would be ("Dewi | Marketing").
const WordSet kDepartment = {"marketing", "sales", "humas", "finance", "keuangan", "hrd", "hr", "personalia",
                             "operations", "operasional", "admin", "administrasi", "accounting", "akuntansi",
                             "procurement", "purchasing", "reservations", "reservasi", "legal", "kepegawaian",
                             "logistik", "logistics", "produksi", "production", "redaksi", "editorial",
                             "communications", "komunikasi", "tu", "umum", "sekretariat", "protokol", "front"};

// Two names share a word of two letters or more, case aside ("Gung Bagus" and "Anak Agung Ngurah Bagus
// Dharmayasa"): the same person written short and whole.
bool shares_a_word(std::string_view a, std::string_view b) {
  const std::string other = text::lower(b);
  bool shared = false;
  text::for_each_run(text::lower(a), [](char c) { return text::is_alpha_ascii(c) || static_cast<unsigned char>(c) >= 0x80; },
                     [&](std::string_view word, std::size_t) {
                       shared = shared || (word.size() >= 2 && text::contains_word(other, word));
                     });
  return shared;
}

// A signature line that is a name, a separator (a comma, a spaced dash, a bar) and an organisation
// that starts right after it: both; else nothing.
std::optional<std::pair<std::string, std::string>> name_then_organisation(TokenSpan t) {
  // A line set out with bars is split by them: the commas before the first are the name's degrees
  // ("La Ode Syarif, S.Pi., M.Si. | Perekayasa | Loka ..."). Such a line may run on to an address and a phone.
  std::size_t sep = 0;
  while (sep < t.size() && !is_punct(t[sep], '|')) ++sep;
  if (t.size() < 3 || t.size() > (sep < t.size() ? 60u : 30u)) return std::nullopt;
  if (sep == t.size()) {
    sep = 0;
    while (sep < t.size() && !(is_punct(t[sep], ',') || is_punct(t[sep], '-'))) ++sep;
  }
  if (sep == 0 || sep + 1 >= t.size()) return std::nullopt;
  std::size_t start = sep + 1;
  while (start < t.size() && !is_word(t[start])) ++start;
  // "Ari - jembranaterkini.com": a site's name after a dash or a bar, in any case, is the body it is.
  const bool dash_or_bar = is_punct(t[sep], '-') || is_punct(t[sep], '|');
  if (dash_or_bar && start + 1 == t.size() && is_word(t[start]) && is_site_name(t[start].low))
    if (auto name = name_line(t.first(sep))) return std::pair{*name, std::string(t[start].text)};
  if (start >= t.size() || !is_word(t[start]) || !t[start].capitalised) return std::nullopt;
  // "Maya Sari | Program Officer | Yayasan ...": a role between two bars gives way to what follows it; so does a
  // unit ("... | Penata Kadastral Ahli Pertama | Seksi Survei dan Pemetaan | Kantor Pertanahan ...", "... |
  // Mahasiswa Magister ... | Fakultas Kesehatan Masyarakat | Universitas Airlangga | Surabaya").
  for (int segments = 0; is_punct(t[sep], '|') && segments < 4; ++segments) {
    std::size_t bar = start;
    while (bar < t.size() && !is_punct(t[bar], '|')) ++bar;
    // A role is a few words that name no organisation ("Penata Madya Kepesertaan") or a role noun.
    bool role = bar < t.size() && bar > start && bar - start <= 5;
    for (std::size_t k = start; role && k < bar; ++k) role = is_word(t[k]);
    const auto names_a_role = [&] {
      if (std::any_of(t.begin() + static_cast<std::ptrdiff_t>(start), t.begin() + static_cast<std::ptrdiff_t>(bar),
                      [](const Token& k) { return kRoleNoun.contains(k.low); }))
        return true;
      const auto own = org_in_window(t, start, bar);
      return !own;
    };
    // A unit before the body it belongs to: the body (a campus after a faculty is taken over it anyway).
    const auto names_a_unit = [&] {
      if (bar >= t.size() || bar - start > 8 || !kSubUnit.contains(t[start].low) || eq(t[start].low, "kelompok"sv))
        return false;
      std::size_t next = bar + 1;
      while (next < t.size() && !is_word(t[next])) ++next;
      const auto body = org_in_window(t, next, t.size());
      return body && body->b == next && !kSubUnit.contains(t[next].low);
    };
    if (!(role && names_a_role()) && !names_a_unit()) break;
    start = bar + 1;
    while (start < t.size() && !is_word(t[start])) ++start;
    if (start >= t.size() || !t[start].capitalised) return std::nullopt;
  }
  auto name = name_line(t.first(sep));
  if (!name) return std::nullopt;
  auto span = org_in_window(t, start, t.size());
  // "Gita - Jaring": after a dash or a bar, one to four capitalised words to the line's end that name no
  // place, post, role, unit, degree, kind of body or department ("Dewi | Marketing") are a body no list knows.
  if ((!span || span->b != start) && dash_or_bar && t.size() - start <= 4 &&
      std::none_of(t.begin() + static_cast<std::ptrdiff_t>(start), t.end(),
                   [](const Token& k) { return is_word(k) && kDepartment.contains(k.low); }) &&
      std::all_of(t.begin() + static_cast<std::ptrdiff_t>(start), t.end(), [](const Token& k) {
        return is_word(k) && k.capitalised && !k.has_digit && !kPlace.contains(k.low) && !kRoleNoun.contains(k.low) &&
               !kPosition.contains(k.low) && !kAffiliation.contains(k.low) && !kSubUnit.contains(k.low) &&
               !kHonorific.contains(k.low) && !kNameStop.contains(k.low) && !is_degree(k) &&
               !is_kind_of_organisation(k) && !kSomeoneElse.contains(k.low);  // "Sophie Laurent | Managing Partner"
      }))
    return std::pair{*name, join_tokens(t, start, t.size())};
  // "Anggita Rahmawati, Mongabay Indonesia": after a comma, a body no list knows needs the shape of one
  // (a place or an acronym among its words) to the line's end.
  if ((!span || span->b != start) && is_punct(t[sep], ',')) {
    std::size_t end = t.size();
    if (is_punct(t[end - 1], '.')) --end;
    if (end > start && unlisted_organisation_line(t.subspan(start, end - start)))
      return std::pair{*name, join_tokens(t, start, end)};
  }
  // "Ni Luh Sri, Staf Bappeda Kabupaten Jembrana", "Anna Kowalski, Research Fellow, University of Warsaw": after
  // the comma a role of up to three capitalised words ending in a role noun, then the body (after a comma, "di",
  // "at" or "of", or right away).
  if ((!span || span->b != start) && is_punct(t[sep], ',')) {
    std::size_t r = start;
    while (r < t.size() && r < start + 2 && is_word(t[r]) && t[r].capitalised && !kRoleNoun.contains(t[r].low)) ++r;
    if (r < t.size() && is_word(t[r]) && t[r].capitalised && kRoleNoun.contains(t[r].low)) {
      std::size_t b = r + 1;
      if (b < t.size() && (is_punct(t[b], ',') || (is_word(t[b]) && in<"di", "pada", "at", "of">(t[b].low)))) ++b;
      if (const auto body = org_in_window(t, b, t.size()); body && body->b == b) span = body;
      start = b;
    }
  }
  if (!span || span->b != start) return std::nullopt;
  std::string o = clean_org(join_tokens(t, span->b, span->e));
  if (o.empty()) return std::nullopt;
  return std::pair{*name, o};
}

// Takes the name and the organisation of such a line (the organisation only if none was found yet).
bool signed_with_organisation(TokenSpan t, Introduction& out) {
  auto both = name_then_organisation(t);
  if (!both) return false;
  out.name = std::move(both->first);
  if (!out.institution) out.institution = std::move(both->second);
  return true;
}

// What follows a closing on its line ("Salam, Arya (Universitas Udayana)", "Regards, Anna Schmidt,
// Leiden University"): the name, and an organisation written with it. `text` is what `t` was read from.
void signed_after_closing(TokenSpan t, std::string_view text, Introduction& out) {
  t = after_signed_mark(t);  // "Terima kasih. Ttd, Ns. Gusti Ayu Ratna, S.Kep."
  if (signed_with_organisation(t, out)) return;
  auto n = name_line(t);
  if (!n) return;
  out.name = *n;
  if (!out.institution)
    if (auto o = find_institution_in(text)) out.institution = *o;
}

// "ttd." (signed), "dto", "cap": what a letter writes where the signature and the stamp were.
bool signed_mark(std::string_view raw) {
  raw = text::trim(raw);
  if (raw.size() > 12) return false;  // asked of every line of the mail: most stop here, unlowered
  std::string low = text::lower(raw);
  while (!low.empty() && (low.back() == '.' || low.back() == ',')) low.pop_back();
  return eq(low, "ttd"sv) || eq(low, "dto"sv) || eq(low, "cap"sv) || eq(low, "ttd & cap"sv) || eq(low, "ttd dan cap"sv);
}

// A sign-off the closings do not list ("Have a nice week,", "Warmly,", "Semoga sehat selalu,"): a
// short line of words that ends with a comma, no greeting, position or organisation, right above the
// lone name that ends the mail. It is the mail's last closing.
bool sign_off_above_name(const Line& above, const Line& last) {
  const std::string_view raw = text::trim(above.raw);
  if (raw.size() < 3 || raw.size() > 40 || raw.back() != ',' || !text::is_upper_ascii(raw.front())) return false;
  std::size_t words = 0;
  for (const Token& k : above.tokens) {
    if (k.has_digit || (k.kind == TokenKind::punct && !eq(k.text, ","sv) && !eq(k.text, "!"sv))) return false;
    words += is_word(k);
  }
  if (words == 0 || words > 6) return false;
  for (const Token& k : above.tokens)
    if (is_word(k) && (kPosition.contains(k.low) || kRoleNoun.contains(k.low))) return false;  // "Ketua Panitia,"
  if (org_in_window(above.tokens, 0, above.tokens.size())) return false;
  if (is_word(above.tokens.front()) &&
      in<"dear", "hi", "hello", "halo", "hai", "yth", "kepada", "dengan", "pak", "bu">(above.tokens.front().low))
    return false;
  return name_line(last.tokens).has_value();
}

// "Program Manager", "Senior Research Officer": a signature line that ends with a role noun.
bool ends_with_role(TokenSpan t) {
  std::size_t e = t.size();
  while (e > 0 && !is_word(t[e - 1])) --e;
  return e > 0 && (kRoleNoun.contains(t[e - 1].low) || kPosition.contains(t[e - 1].low));
}

// "Habitat for Humanity Indonesia", "Radar Bali", "Japan International Cooperation Agency": two to six
// capitalised words (and for/of/the/and between them), one of them a place, that are no place alone,
// role, study or contact line.
// "Rescuer", "Photographer", "Pharmacist", "Librarian", "Accountant": an English word of an occupation by
// its ending (not an Indonesian word, nor the head of a body: "Center").
bool occupation_by_ending(const Token& k) {
  const std::string_view w = k.low;
  if (w.size() < 6 || is_indonesian_stem(w) || kHeadLast.contains(w) || is_org_start(k)) return false;
  for (std::string_view end : {"er", "or", "ist", "ian", "ant", "ect"})
    if (w.ends_with(end)) return true;
  return false;
}

bool unlisted_organisation_line(TokenSpan t) {
  if (t.size() == 1 && acronym_with_country(t[0])) return true;
  // An acronym no dictionary has ("BPPP Banyuwangi") tells a body like a place does, beside a word not in
  // capitals (a name written in capitals is all acronym-like words).
  std::size_t words = 0, places = 0, acronyms = 0, not_caps = 0;
  for (const Token& k : t) {
    if (is_word(k)) {
      acronyms += all_caps(k.text) && k.text.size() >= 3 && k.text.size() <= 6 && !is_indonesian_stem(k.low) &&
                  !is_english_word(k.low);
      not_caps += !all_caps(k.text);
    }
    if (!is_word(k)) return false;  // a comma, a number, an address
    if (in<"for", "of", "the", "and", "&", "dan", "untuk">(k.low)) continue;
    if (!k.capitalised || k.has_digit || k.text.find('@') != std::string_view::npos || kNameStop.contains(k.low) ||
        kRoleNoun.contains(k.low) || kPosition.contains(k.low) || kAffiliation.contains(k.low) ||
        kSubUnit.contains(k.low) || kHonorific.contains(k.low) || is_degree(k) || occupation_by_ending(k))
      return false;
    ++words;
    places += kPlace.contains(k.low);
  }
  // A place in its name ("Radar Bali", "Japan ...", "... Indonesia") tells a body from a field of study
  // or a motto ("Teknik Sipil", "Data Science Enthusiast").
  return words >= 2 && words <= 6 &&
         ((places >= 1 && places < words) || (acronyms >= 1 && acronyms < words && not_caps >= 1));
}

// " Kabupaten Jembrana" when `next`, the line under an organisation that ends its line, is its region alone
// (a regency, a city or a province, four words at most, a comma after it allowed), else "".
std::string region_line_below(TokenSpan next) {
  std::size_t words = 0;
  for (const Token& k : next) words += is_word(k) ? 1 : 0;
  if (next.empty() || !is_word(next.front()) || !in<"kabupaten", "kab", "kota", "provinsi", "prov">(next.front().low) ||
      words > 4)
    return {};
  std::size_t e = next.size();
  while (e > 0 && !is_word(next[e - 1])) --e;
  return " " + join_tokens(next, 0, e);
}

void from_signature(const std::vector<Line>& lines, Introduction& out) {
  // Non-empty line indexes (a letter's "ttd." mark is no line of the signature).
  std::vector<std::size_t> idx;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!text::trim(lines[i].raw).empty() && !signed_mark(lines[i].raw)) idx.push_back(i);
  // A letter's copy list under the signature ("Tembusan:\n1. Bupati Jembrana;\n2. Arsip.") is not part of it.
  for (std::size_t k = idx.size() > 8 ? idx.size() - 8 : 0; k < idx.size(); ++k)
    if (text::istarts_with(text::trim(lines[idx[k]].raw), "tembusan")) {
      idx.resize(k);
      break;
    }
  if (idx.empty()) return;
  // The last closing line within the last 14 non-empty lines.
  std::size_t from = idx.size() > 14 ? idx.size() - 14 : 0;
  std::optional<std::size_t> closing;
  std::string rest;
  for (std::size_t k = from; k < idx.size(); ++k) {
    std::string r;
    // "Regards,\nKetut Widiada\n--\nDinas Sosial ...": the separator under a closing and its name opens
    // the contact block; the closing above it stays the sign-off.
    if (closing && text::trim(lines[idx[k]].raw) == "--"sv) continue;
    // The mail's first line greets ("Salam olahraga!", "Salam sejahtera,"): it closes nothing.
    if (k == 0 && idx.size() > 3) continue;
    if (is_closing(lines[idx[k]].raw, &r)) {
      closing = k;
      rest = r;
    }
  }
  if (idx.size() >= 2 && idx[idx.size() - 2] + 1 == idx.back() &&
      sign_off_above_name(lines[idx[idx.size() - 2]], lines[idx.back()]))
    closing = idx.size() - 2;
  // "Selamat pagi. Mohon data penduduk 2024. Terima kasih.\nNi Luh Sri": a closing that ends the text's last line
  // signs the lines under it.
  if (!closing && idx.size() >= 2 && ends_with_closing(lines[idx[idx.size() - 2]].raw)) closing = idx.size() - 2;
  std::vector<std::size_t> sig;
  if (closing) {
    for (std::size_t k = *closing + 1; k < idx.size() && sig.size() < 10; ++k) sig.push_back(idx[k]);
  } else {
    // No closing: the last block of short lines (at most 6).
    std::size_t k = idx.size();
    while (k > 0 && sig.size() < 6 && text::trim(lines[idx[k - 1]].raw).size() < 70) {
      // Stop at a blank line gap.
      if (!sig.empty() && idx[k - 1] + 1 != sig.front()) break;
      sig.insert(sig.begin(), idx[k - 1]);
      --k;
    }
    // The whole mail is short lines: it is not a signature, save a name over an organisation at its very end
    // ("Nilai: 4/5\nPelayanannya baik ...\nSlamet Riyadi\nKelompok Tani Ternak Sido Makmur").
    if (k == 0) {
      const std::size_t n = idx.size();
      const bool name_over_body = n >= 3 && idx[n - 2] + 1 == idx[n - 1] && name_line(lines[idx[n - 2]].tokens) &&
                                  organisation_written_whole(text::trim(lines[idx[n - 1]].raw));
      sig.clear();
      if (name_over_body) sig = {idx[n - 2], idx[n - 1]};
    }
  }
  if (!out.name && !rest.empty()) {
    const std::string rest_low = text::lower(rest);
    Tokens rt = text::tokenize(rest, rest_low);
    signed_after_closing(rt, rest, out);
  }
  // "... Terima kasih. Rizky Amalia": a name after a closing at the end of the last line.
  if (!out.name) {
    std::string_view last = text::trim(lines[idx.back()].raw);
    std::string low = text::lower(last);
    // The last closing phrase on the line.
    std::size_t best = std::string::npos, best_len = 0;
    for (std::string_view cl : kClosingsInALine) {
      std::size_t p = text::rfind_bytes(low, cl);
      if (p != std::string::npos && (best == std::string::npos || p > best)) {
        best = p;
        best_len = cl.size();
      }
    }
    for (int once = 0; once < 1 && best != std::string::npos; ++once) {
      std::size_t p = best;
      std::size_t q = p + best_len;
      while (q < low.size() && (low[q] == '.' || low[q] == ',' || low[q] == '!' || low[q] == ' ')) ++q;
      if (q == p + best_len || q >= low.size()) continue;
      Tokens rt = text::tokenize(last.substr(q), std::string_view(low).substr(q));
      signed_after_closing(rt, last.substr(q), out);
      break;
    }
  }
  bool name_found_here = false;
  std::size_t name_pos = 0;
  std::optional<std::string> sub_unit;  // "Fakultas Ekonomi" when no organisation line follows
  for (std::size_t p = 0; p < sig.size(); ++p) {
    const Line& l = lines[sig[p]];
    if (!out.name && (closing || p + 1 == sig.size())) {
      // "Gede Wira Adnyana - Koperasi Produsen Kelapa Sari Merta", "Wayan Arta, Dinas Sosial": the
      // name and the organisation on one line.
      if (signed_with_organisation(l.tokens, out)) {
        name_found_here = true;
        name_pos = p;
        continue;
      }
      // "Salam,\nAnggita Rahmawati, Jurnalis Lepas": the first line under a closing, a name and then, after
      // a comma, words of what the writer is.
      if (closing && p == 0) {
        const TokenSpan t = l.tokens;
        std::size_t comma = 0;
        while (comma < t.size() && !is_punct(t[comma], ',')) ++comma;
        if (comma > 0 && comma + 1 < t.size() && is_word(t[comma + 1]) && !t[comma + 1].has_digit &&
            !is_degree(t[comma + 1]))
          if (auto n = name_line(t.first(comma))) {
            out.name = *n;
            name_found_here = true;
            name_pos = p;
            continue;
          }
      }
    }
    // "Salam,\nGung Bagus\n--\nAnak Agung Ngurah Bagus Dharmayasa, S.T. | Penata ... | Kantor Pertanahan ...": a
    // contact line set out with bars under the name signed gives its body (the whole name is taken below).
    // A line whose first part shares no word with the name signed does not name the writer: it is the body and
    // what follows its bar its trade or its site ("Kevin\nSagara Kopi | Roastery & Café", "Komang Juliarta\nSuara
    // Jagat Bali | suarajagatbali.com").
    if (out.name && !out.institution && l.raw.find('|') != std::string_view::npos)
      if (auto both = name_then_organisation(l.tokens)) {
        const TokenSpan lt = l.tokens;
        const auto bar = std::find_if(lt.begin(), lt.end(), [](const Token& k) { return is_punct(k, '|'); });
        const bool first_is_a_post = std::any_of(lt.begin(), bar, [](const Token& k) {  // "PhD Candidate | School ..."
          return is_word(k) && (kRoleNoun.contains(k.low) || kPosition.contains(k.low) || kAffiliation.contains(k.low) ||
                                kDepartment.contains(k.low) || is_degree(k));
        });
        out.institution = shares_a_word(both->first, *out.name) || first_is_a_post ? std::move(both->second)
                                                                                   : std::move(both->first);
        continue;
      }
    // "Many thanks,\nTom\n\nThomas O'Connell\nPhD Candidate | Crawford School ...": a one-word name signed under
    // the closing, then, set apart, a signature block opening with a whole name over a post or a body: the block's
    // name is the writer's, written in full.
    if (out.name && name_found_here && p == name_pos + 1 && out.name->find(' ') == std::string::npos &&
        sig[p] > sig[name_pos] + 1 && p + 1 < sig.size() && sig[p + 1] == sig[p] + 1)
      if (auto n = name_line(l.tokens); n && n->find(' ') != std::string::npos) {
        const TokenSpan below = lines[sig[p + 1]].tokens;
        const bool post_or_body =
            std::any_of(below.begin(), below.end(),
                        [](const Token& k) {
                          return is_word(k) && (kRoleNoun.contains(k.low) || kPosition.contains(k.low) ||
                                                kAffiliation.contains(k.low));
                        }) ||
            org_in_window(below, 0, below.size()).has_value();
        if (post_or_body) {
          out.name = *n;
          name_pos = p;
          continue;
        }
      }
    // The name the text gave, signed again: where the lines under it start.
    if (out.name && !name_found_here && p + 1 < sig.size())
      if (auto n = name_line(l.tokens); n && *n == *out.name) {
        name_found_here = true;
        name_pos = p;
        continue;
      }
    if (!out.name) {
      // "komang tri ardiana" set off at the end of a text in lower case: a casual writer signs in lower case.
      if (p + 1 == sig.size() && sig.size() == 1 && sig[p] >= 2 && text::trim(lines[sig[p] - 1].raw).empty() &&
          !std::any_of(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(sig[p]), [](const Line& x) {
            return !x.tokens.empty() && is_word(x.tokens.front()) && x.tokens.front().capitalised;
          }))
        if (auto n = lower_name_line(l.tokens)) {
          out.name = *n;
          name_found_here = true;
          name_pos = p;
          continue;
        }
      // Without a closing, a name must be followed by an organisation or role line.
      if (auto n = name_line(l.tokens)) {
        // A lone name line at the end, set off by a blank line, signs the mail too.
        bool set_off = p + 1 == sig.size() && sig.size() == 1 && sig[p] >= 2 &&
                       text::trim(lines[sig[p] - 1].raw).empty();
        // Or under a text whose last sentence has ended ("... untuk menyusun jadwal tanam.\nI Wayan Gede
        // Astawa"): a whole name of two words or more on the mail's last line.
        if (!set_off && p + 1 == sig.size() && sig.size() == 1 && sig[p] >= 1 && n->find(' ') != std::string::npos) {
          const std::string_view above = text::trim(lines[sig[p] - 1].raw);
          set_off = !above.empty() && (above.back() == '.' || above.back() == '!' || above.back() == '?') &&
                    std::all_of(l.tokens.begin(), l.tokens.end(),
                                [](const Token& k) { return !is_word(k) || k.capitalised; });
        }
        // A letter's sign-off without a closing: the position right above the name ("Kepala Bidang
        // Tanaman Pangan\nI Made Sumerta, S.P.").
        const bool under_position = p > 0 &&
                                    (sig[p - 1] + 1 == sig[p] || (sig[p - 1] + 2 == sig[p] && signed_mark(lines[sig[p] - 1].raw))) &&
                                    !lines[sig[p - 1]].tokens.empty() &&
                                    is_word(lines[sig[p - 1]].tokens.front()) &&
                                    kPosition.contains(lines[sig[p - 1]].tokens.front().low);
        if (closing || p + 1 < sig.size() || set_off || under_position) {
          out.name = *n;
          name_found_here = true;
          name_pos = p;
          // "Putu Agus (Kelian Banjar Dinas Tegalcangkring)"
          for (std::size_t k = 0; !out.institution && k < l.tokens.size(); ++k)
            if (is_punct(l.tokens[k], '(')) {
              out.institution = org_in_brackets(l.tokens, k);
              break;
            }
        }
        continue;
      }
    }
    if (!out.institution && (closing || name_found_here || p > 0)) {
      // A letter signs with the office above the name ("Kepala Dinas ...\n\nDr. I Made ..."): an
      // organisation line before the name counts when a position word opens it.
      if (name_found_here && p < name_pos && !(is_word(l.tokens.front()) && kPosition.contains(l.tokens.front().low)))
        continue;
      if (l.tokens.size() > 30) continue;
      const std::size_t after_role = role_before_comma(l.tokens);
      auto span = org_in_window(l.tokens, after_role, l.tokens.size());
      // "(Petani kopi, Desa Manistutu)": a village after a trade is where one lives; after a post in it
      // ("Kaur Pemerintahan, Desa Tukadaya") it is the body one serves.
      if (span && is_word(l.tokens[span->b]) && in<"desa", "kelurahan", "banjar", "br", "dusun">(l.tokens[span->b].low) &&
          std::any_of(l.tokens.begin(), l.tokens.begin() + static_cast<std::ptrdiff_t>(span->b),
                      [](const Token& k) { return is_word(k); }) &&
          std::none_of(l.tokens.begin(), l.tokens.begin() + static_cast<std::ptrdiff_t>(span->b), [](const Token& k) {
            return is_word(k) && (kPosition.contains(k.low) || kRoleNoun.contains(k.low) ||
                                  kVillageOfficial.contains(k.low) ||
                                  in<"pegawai", "operator", "pendamping", "bendahara", "anggota", "pengurus">(k.low));
          }))
        span.reset();
      // "Staff Writer, Mongabay", "Peneliti, Lingkar Pesisir": after a role and a comma, capitalised words
      // that are no place name the organisation the lexicons do not know.
      // Not when the next line names the organisation ("Programme Coordinator, Small-Scale Fisheries\nBlue
      // Harvest Foundation": the first is a programme of it).
      const auto next_names_one = [&] {
        return p + 1 < sig.size() && org_in_window(lines[sig[p + 1]].tokens, 0, lines[sig[p + 1]].tokens.size());
      };
      if (!span && after_role > 0 && after_role < l.tokens.size() && !next_names_one()) {
        std::size_t e = after_role;
        bool place_only = true;
        while (e < l.tokens.size() && is_word(l.tokens[e]) && l.tokens[e].capitalised && !l.tokens[e].has_digit &&
               !kNameStop.contains(l.tokens[e].low) && e - after_role < 5) {
          place_only = place_only && kPlace.contains(l.tokens[e].low);
          ++e;
        }
        if (e == l.tokens.size() && e > after_role && !place_only) span = Span{after_role, e};
      }
      // "Redaktur Pelaksana\nJembranaUpdate.com", "Salam redaksi,\nJembranaNews.id": a newsroom or a firm by its
      // site's name, written as a name (capitals in it; not "www.yki.or.id", an address), alone on a line of the
      // signature, under a name or none.
      if (!span && l.tokens.size() == 1 && is_word(l.tokens[0]) && is_site_name(l.tokens[0].low) &&
          !l.tokens[0].has_digit && !l.tokens[0].low.starts_with("www.") &&
          std::any_of(l.tokens[0].text.begin(), l.tokens[0].text.end(), text::is_upper_ascii))
        span = Span{0, 1};
      // "Dr. Elise Moreau\nCNRS": an acronym alone on the line under the name, no degree, role or place.
      if (!span && name_found_here && p == name_pos + 1 && l.tokens.size() == 1 && is_word(l.tokens[0]) &&
          all_caps(l.tokens[0].text) && l.tokens[0].text.size() >= 2 && l.tokens[0].text.size() <= 8 &&
          !l.tokens[0].has_digit && !is_degree(l.tokens[0]) && !kPlace.contains(l.tokens[0].low) &&
          !kRoleNoun.contains(l.tokens[0].low) && !kAffiliation.contains(l.tokens[0].low) &&
          !in<"ceo", "cfo", "coo", "cto", "hrd", "nip", "nim", "npm", "nrp", "phd", "mba", "msc">(l.tokens[0].low))
        span = Span{0, 1};
      // "Program Manager\nWahana Visi Indonesia", "Rachel Morrison\nHabitat for Humanity Indonesia": a body
      // the lexicons do not know, on the line under the name or under its role.
      // A line the lexicons know further down is the organisation, and this one a rank or a title
      // ("Penata Kadastral Pertama\nKantor Pertanahan ...", "Principal Architect\nStudio ...").
      const auto a_later_line_names_one = [&] {
        for (std::size_t q = p + 1; q < sig.size(); ++q)
          if (org_in_window(lines[sig[q]].tokens, 0, lines[sig[q]].tokens.size())) return true;
        return false;
      };
      if (!span && name_found_here && p > name_pos && p <= name_pos + 2 && sig[p - 1] + 1 == sig[p] &&
          (p == name_pos + 1 || ends_with_role(lines[sig[p - 1]].tokens)) && unlisted_organisation_line(l.tokens) &&
          !a_later_line_names_one())
        span = Span{0, l.tokens.size()};
      if (!span) continue;
      // "NI KOMANG SUDIARNI\nBANJAR PENGAMBENGAN KELOD": a hamlet alone on its line, under no post, is where
      // the writer lives ("Kelian Banjar ..." on the line, or a post above it, heads it).
      if (span->b == 0 && is_word(l.tokens[0]) && in<"banjar", "br", "dusun", "lingkungan">(l.tokens[0].low) &&
          !(p > 0 && (ends_with_role(lines[sig[p - 1]].tokens) ||
                      std::any_of(lines[sig[p - 1]].tokens.begin(), lines[sig[p - 1]].tokens.end(), [](const Token& k) {
                        return is_word(k) && (kPosition.contains(k.low) || in<"kelian", "klian", "bendesa">(k.low));
                      }))))
        continue;
      std::string o = clean_org(join_tokens(l.tokens, span->b, span->e));
      if (o.empty()) continue;
      // "Badan Perencanaan Pembangunan Daerah\nKabupaten Jembrana,": the region on the next line.
      if (span->e == l.tokens.size() && p + 1 < sig.size() && sig[p + 1] == sig[p] + 1)
        o += region_line_below(lines[sig[p + 1]].tokens);
      // "JICA Expert (Disaster Risk Reduction)\nJICA Indonesia Office": the body written whole on the line right
      // below, opening with the name read here, is the body.
      if (p + 1 < sig.size() && sig[p + 1] == sig[p] + 1) {
        const TokenSpan below = lines[sig[p + 1]].tokens;
        const std::string_view whole = text::trim(lines[sig[p + 1]].raw);
        if (whole.size() > o.size() + 1 && whole.starts_with(o) && whole[o.size()] == ' ' && below.size() <= 8 &&
            std::all_of(below.begin(), below.end(), [](const Token& k) {
              return is_word(k) && k.capitalised && !k.has_digit && !kRoleNoun.contains(k.low) &&
                     !kPosition.contains(k.low);
            }))
          o = clean_org(std::string(whole));
      }
      // "Leiden Institute for Area Studies (LIAS)\nLeiden University, the Netherlands": a body over a university
      // on the line right below is the university's (the issue's rule: the university, not its institute).
      const auto names_a_university = [](TokenSpan t, Span s) {
        return std::any_of(t.begin() + static_cast<std::ptrdiff_t>(s.b), t.begin() + static_cast<std::ptrdiff_t>(s.e),
                           [](const Token& k) { return is_word(k) && is_university_head(k.low); });
      };
      if (p + 1 < sig.size() && sig[p + 1] == sig[p] + 1 && !names_a_university(l.tokens, *span)) {
        const TokenSpan below = lines[sig[p + 1]].tokens;
        if (auto u = org_in_window(below, 0, below.size()); u && u->b == 0 && names_a_university(below, *u))
          if (std::string campus = clean_org(join_tokens(below, u->b, u->e)); !campus.empty()) o = std::move(campus);
      }
      if (kSubUnit.contains(l.tokens[span->b].low)) {
        // "Program Manager", "Program Development Manager": a role's title, no unit.
        if (!sub_unit && !ends_with_role(l.tokens)) sub_unit = o;
      } else {
        out.institution = o;
      }
    }
  }
  if (!out.institution && sub_unit) out.institution = sub_unit;
  if (!closing && !name_found_here) {
    // Without a closing or a name, an organisation line alone at the end is weak evidence; keep it
    // only when it is the last line (letterhead-style signatures).
  }
}

}  // namespace

bool opens_an_organisation(std::string_view low) { return kHeadFirst.contains(low) || office_head_first(low); }

namespace {

// A word that org_in_window could take as a start or an end of an organisation: every lexicon it
// consults, the prefixes is_standalone_org accepts, and the capitalisation those rules ask for
// (a head that comes last, "Research", only capitalised; a caps-only acronym, "WHO", not in lower case).
// The union of the built-in organisation lexicons: one look-up settles most words.
const WordSet kAnyLexicon = [] {
  WordSet all(kHeadFirst);
  all.insert_all(kStandalone);
  all.insert_all(kHeadLast);
  return all;
}();

bool could_be_organisation_word(std::string_view written) {
  while (!written.empty() && written.back() == '.') written.remove_suffix(1);
  if (written.empty() || written.size() > 64) return false;
  char buf[64];
  for (std::size_t i = 0; i < written.size(); ++i)
    buf[i] = text::fold(written[i]);
  const std::string_view w(buf, written.size());
  const bool capitalised = text::is_upper_ascii(written[0]) || static_cast<unsigned char>(written[0]) >= 0xC3;
  if (!kAnyLexicon.contains(w) && w.find('.') == std::string_view::npos) {
    if (has_ministry_prefix(w) || has_state_school_prefix(w)) return true;
    return office_lists(w);
  }
  if (kHeadFirst.contains(w)) return true;
  if (kStandalone.contains(w) && (capitalised || !kCapsOnly.contains(w))) return true;
  if (capitalised && (kHeadLast.contains(w) || kHeadLast.contains(without_domain(w)))) return true;
  if (has_ministry_prefix(w) || has_state_school_prefix(w)) return true;
  return office_lists(w);
}

}  // namespace

bool may_name_an_organisation(std::string_view phrase) {
  // Words as the tokenizer joins them ("kompas.com", "kemenkes-ri"), and each run of letters and
  // digits inside them, so that no token the finder would see is missed.
  for (std::size_t i = 0; i < phrase.size();) {
    if (!text::is_word_byte(phrase[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    bool lower_only = true;  // every byte a lower-case ASCII letter (read as the word is)
    while (j < phrase.size()) {
      const char c = phrase[j];
      if (text::is_word_byte(c)) {
        lower_only = lower_only && text::is_lower_ascii(c);
      } else if (text::is_joiner(c) && j + 1 < phrase.size() && text::is_word_byte(phrase[j + 1])) {
        lower_only = false;
      } else {
        break;
      }
      ++j;
    }
    std::string_view whole = phrase.substr(i, j - i);
    // A word of lower-case letters only, the most common, is its only run and is asked without folding it:
    // outside the lexicons, only a ministry's or state school's prefix or the office's lists make it one.
    if (whole.size() <= 64 && lower_only) {
      if (kAnyLexicon.contains(whole) ? could_be_organisation_word(whole)
                                      : has_ministry_prefix(whole) || has_state_school_prefix(whole) ||
                                            office_lists(whole))
        return true;
      i = j;
      continue;
    }
    if (could_be_organisation_word(whole)) return true;
    for (std::size_t a = 0; a < whole.size();) {
      if (!text::is_alpha_ascii(whole[a]) && !text::is_digit(whole[a])) {
        ++a;
        continue;
      }
      std::size_t b = a;
      while (b < whole.size() && (text::is_alpha_ascii(whole[b]) || text::is_digit(whole[b]))) ++b;
      if (b - a < whole.size() && could_be_organisation_word(whole.substr(a, b - a))) return true;
      a = b;
    }
    i = j;
  }
  return false;
}

std::optional<std::string> find_institution_in(std::string_view phrase) {
  std::string norm = text::normalize(phrase.substr(0, std::min<std::size_t>(phrase.size(), 400)));
  const std::string norm_low = text::lower(norm);
  Tokens t = text::tokenize(norm, norm_low);
  auto span = org_in_window(t, 0, t.size());
  if (!span) return std::nullopt;
  std::string o = clean_org(join_tokens(t, span->b, span->e));
  if (o.empty()) return std::nullopt;
  return o;
}

std::optional<std::string> organisation_written_whole(std::string_view phrase) {
  auto o = find_institution_in(phrase);
  if (o && !text::iequals(*o, phrase)) o.reset();
  return o;
}

// A letter's sign-off names the office in the position line above the name ("Panitera Pengadilan
// Negeri Negara", "CAMAT PEKUTATAN,"), often with room for the signature in between: when nothing
// else named the institution, the position lines after the letter's last sentence do. A head of a
// local government named by its place stands for its office ("Camat Pekutatan" -> "Kantor Camat
// Pekutatan", "Lurah Banjar Tengah" -> "Kelurahan Banjar Tengah").
void from_position_line(const std::vector<Line>& lines, Introduction& out) {
  if (out.institution) return;
  // After the last line that ends a sentence or has ten words (the body of the letter): looked for from the end.
  std::size_t start = lines.size();
  for (; start > 0; --start) {
    const auto tk = lines[start - 1].tokens;
    if (tk.empty()) continue;
    if (is_sentence_end(tk.back())) break;
    std::size_t words = 0;
    for (std::size_t k = 0; k < tk.size() && words < 10; ++k) words += is_word(tk[k]) ? 1 : 0;
    if (words >= 10) break;
  }
  for (std::size_t i = start; i < lines.size(); ++i) {
    const auto tk = lines[i].tokens;
    if (tk.empty() || tk.size() > 12) continue;
    std::size_t b = 0;
    if (is_word(tk[0]) && in<"a.n", "an", "u.b", "ub", "plt", "plh">(tk[0].low)) ++b;
    while (b < tk.size() && !is_word(tk[b])) ++b;
    // "Kapolsek Melaya", "Danramil Mendoyo": a head's title made of the unit's name ("Ka-" + Polsek, "Dan-"
    // + Ramil) names the unit.
    if (b + 1 < tk.size() && is_word(tk[b + 1]) && tk[b + 1].capitalised && !tk[b + 1].has_digit) {
      static const std::array<std::pair<std::string_view, std::string_view>, 6> kHeadOfUnit = {
          {{"kapolsek", "Polsek"}, {"kapolres", "Polres"}, {"kapolda", "Polda"}, {"danramil", "Koramil"},
           {"dandim", "Kodim"}, {"danrem", "Korem"}}};
      for (const auto& [title, unit] : kHeadOfUnit)
        if (is_word(tk[b]) && tk[b].low == title) {
          std::size_t e = b + 1;
          while (e < tk.size() && is_word(tk[e]) && tk[e].capitalised && !tk[e].has_digit) ++e;
          out.institution = std::string(unit) + " " + join_tokens(tk, b + 1, e);
          return;
        }
    }
    if (b >= tk.size() || !kPosition.contains(tk[b].low)) continue;
    if (auto span = org_in_window(tk, b, tk.size())) {
      std::string o = clean_org(join_tokens(tk, span->b, span->e));
      if (!o.empty()) {
        // "a.n. Kepala Badan Kesatuan Bangsa dan Politik\nKabupaten Jembrana": the region on the next line.
        if (span->e == tk.size() && i + 1 < lines.size()) o += region_line_below(lines[i + 1].tokens);
        out.institution = o;
        return;
      }
    }
    const std::string_view head = tk[b].low;
    std::size_t e = b + 1;
    while (e < tk.size() && is_word(tk[e]) && tk[e].capitalised && !tk[e].has_digit) ++e;
    if (e == b + 1 || !in<"camat", "lurah", "perbekel">(head)) continue;
    const std::string place = title_case(join_tokens(tk, b + 1, e));
    out.institution = (eq(head, "camat"sv) ? "Kantor Camat " : eq(head, "lurah"sv) ? "Kelurahan " : "Desa ") + place;
    return;
  }
}

// "LPPM", "Fakultas Ekonomi", "Program Pascasarjana": a unit of a campus; when the text names the
// university itself anywhere, the university is the institution (the corpus rule for academics).
// "Griffith Asia Institute\nGriffith University": an institute, centre or school named in English order
// right above (or before a comma) a university is a unit of it.
constexpr std::string_view kEnglishUnitOpenings[] = {"institute of ", "institute for ", "department of ",
                                                     "faculty of ",   "school of ",     "centre for ",
                                                     "center for ",   "college of "};

constexpr std::string_view kUnitForAField[] = {"institute for ", "institute of ", "school for ", "school of ",
                                                "centre for ",    "center for ",   "centre of ",  "center of "};

bool university_right_after_unit(TokenSpan t, Introduction& out) {
  const std::string whole = text::lower(*out.institution);
  const std::size_t sp = whole.rfind(' ');
  // "Griffith Asia Institute", and in English order "Institute of Geography, University of Hamburg".
  const bool english_order = std::any_of(
      std::begin(kEnglishUnitOpenings), std::end(kEnglishUnitOpenings),
      [&](std::string_view opening) { return std::string_view(whole).starts_with(opening); });
  // "Leiden Institute for Area Studies, Leiden University", "Research School for Southeast Asian Studies, Xiamen
  // University": an institute or a school for a field, its university after the comma.
  const bool for_a_field = std::any_of(
      std::begin(kUnitForAField), std::end(kUnitForAField),
      [&](std::string_view unit) { return whole.find(unit) != std::string::npos; });
  if (sp == std::string::npos ||
      (!in<"institute", "centre", "center", "school">(std::string_view(whole).substr(sp + 1)) && !english_order &&
       !for_a_field))
    return false;
  // The unit's last word in the text, then what follows it.
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!is_word(t[i]) || t[i].low != std::string_view(whole).substr(sp + 1)) continue;
    std::size_t j = i + 1;
    while (j < t.size() && j <= i + 2 && !is_word(t[j]) && (is_punct(t[j], ',') || t[j].kind == TokenKind::line_break))
      ++j;
    std::size_t limit = j;
    while (limit < t.size() && t[limit].kind != TokenKind::line_break) ++limit;
    const auto span = org_in_window(t, j, limit);
    if (!span || span->b != j) continue;
    bool university = false;
    for (std::size_t k = span->b; k < span->e; ++k)
      university = university || (is_word(t[k]) && is_university_head(t[k].low));
    if (!university) continue;
    std::string o = clean_org(join_tokens(t, span->b, span->e));
    if (o.empty()) continue;
    out.institution = std::move(o);
    return true;
  }
  return false;
}

// "I am a JICA Expert on ...", "I'm Lee, a KOICA volunteer from Korea", "I work as a World Bank
// consultant": the organisation written before the writer's role, after "a"/"an" in a sentence where
// the writer speaks of themself ("I", "I'm", "my"). The words between the article and the role must be
// an organisation the lexicons know.
void organisation_before_role(TokenSpan t, std::span<const WordClasses> c, Introduction& out) {
  if (out.institution) return;
  bool self = false;
  for (std::size_t i = 0; i < t.size() && i < 400; ++i) {
    const Token& k = t[i];
    if (k.kind == TokenKind::line_break || is_punct(k, '.') || is_punct(k, '?') || is_punct(k, '!')) self = false;
    if (c[i] & kEnglishSelfWord) self = true;
    if (!self || !(c[i] & kArticleWord)) continue;
    std::size_t r = i + 1;
    while (r < t.size() && r <= i + 5 && is_word(t[r]) && t[r].capitalised && !kRoleNoun.contains(t[r].low)) ++r;
    if (r == i + 1 || r >= t.size() || !is_word(t[r]) || !kRoleNoun.contains(t[r].low)) continue;
    // Only what the lexicons know: "a GIS analyst", "an IT consultant" name a field, not a body.
    const std::optional<Span> span = org_in_window(t, i + 1, r);
    if (!span || span->e != r) continue;
    out.institution = clean_org(join_tokens(t, span->b, span->e));
    return;
  }
}

// "... Officer di Wahana Visi Indonesia, Area Program Bali Barat", "M&E Officer - Area Program Bali Barat\nWahana
// Visi Indonesia": a programme, division or branch the lists know, written right after a body they do not (after a
// comma) or over it (the next line): the body. Capitalised words ending at the comma after "di"/"at"/"pada", or
// filling the next line.
void body_over_its_unit(TokenSpan t, Introduction& out) {
  if (!out.institution) return;
  const std::size_t sp = out.institution->find(' ');
  if (sp == std::string::npos) return;
  const std::string first = text::lower(out.institution->substr(0, sp));
  if (!in<"program", "bidang", "divisi", "unit", "cabang", "seksi">(first)) return;
  for (std::size_t u = 0; u < t.size(); ++u) {
    if (!is_word(t[u]) || t[u].low != std::string_view(first)) continue;
    std::size_t before = u;
    if (before > 0 && is_word(t[before - 1]) && eq(t[before - 1].low, "area"sv)) --before;  // "Area Program ..."
    // After a comma: the capitalised run before it, opened by "di"/"at"/"pada".
    if (before >= 3 && is_punct(t[before - 1], ',')) {
      const std::size_t comma = before - 1;
      std::size_t b = comma;
      while (b > 0 && comma - b < 6 && is_word(t[b - 1]) && (t[b - 1].capitalised || is_connector(t[b - 1]))) --b;
      if (b > 0 && b < comma && is_word(t[b - 1]) && in<"di", "at", "pada">(t[b - 1].low))
        if (auto body = unlisted_body_at(t, b, comma, false); body && body->e == comma) {
          out.institution = clean_org(join_tokens(t, body->b, body->e));
          return;
        }
    }
    // Over the next line, which is wholly a body.
    std::size_t e = u;
    while (e < t.size() && t[e].kind != TokenKind::line_break) ++e;
    if (e + 1 < t.size() && is_word(t[e + 1])) {
      std::size_t line_end = e + 1;
      while (line_end < t.size() && t[line_end].kind != TokenKind::line_break) ++line_end;
      // Not an address, a place, another unit or a person's name ("I Made ...", "Bapak ...").
      const TokenSpan line = t.subspan(e + 1, line_end - e - 1);
      const bool body_shaped =
          std::none_of(line.begin(), line.end(), [](const Token& k) { return k.has_digit; }) &&
          !in<"jl", "jln", "jalan", "gg", "gang", "telp", "hp", "wa", "email", "e-mail">(line[0].low) &&
          !is_region_word(line[0]) && !kSubUnit.contains(line[0].low) && !kPlace.contains(line[0].low) &&
          !in<"i", "ni">(line[0].low) && !kHonorific.contains(line[0].low);
      if (auto body = body_shaped ? unlisted_body_at(t, e + 1, line_end, false) : std::nullopt;
          body && body->e == line_end) {
        out.institution = clean_org(join_tokens(t, body->b, body->e));
        return;
      }
    }
  }
}

constexpr std::string_view kCampusWords[] = {"universitas ", "university", "institut ", "politeknik ", "sekolah tinggi "};

void campus_over_unit(TokenSpan t, Introduction& out) {
  if (!out.institution) return;
  if (university_right_after_unit(t, out)) return;
  const std::string first = text::lower(out.institution->substr(0, out.institution->find(' ')));
  // ... and a research centre or a school of it ("Pusat Penelitian ...", "School of Economics"). A
  // student body writing as itself ("Kami dari Himpunan Mahasiswa ...") stays the requester.
  const std::string whole = text::lower(*out.institution);
  const bool english_unit = whole.find(" school of ") != std::string::npos ||
                            // "Graduate Institute of Sociology", "Graduate School of ...": a university's
                            first == "graduate" ||
                            whole.find(" centre for ") != std::string::npos ||
                            whole.find(" center for ") != std::string::npos ||  // "Lee Kuan Yew School of ..."
                            whole.starts_with("lembaga penelitian") ||  // a campus's LPPM written out
                            whole.starts_with("lembaga pengabdian") ||
                            // "Lembaga Demografi FEB Universitas Indonesia": an institute named with its university
                            (first == "lembaga" && (whole.find(" universitas ") != std::string::npos ||
                                                    whole.find(" university") != std::string::npos));
  // "Sekolah Arsitektur, Perencanaan ... \n Institut Teknologi Bandung": a school of a university (not
  // "Sekolah Tinggi ...", a college itself, nor a primary or secondary school).
  const std::string second = text::lower(out.institution->substr(std::min(out.institution->size(), first.size() + 1)));
  const bool campus_school = first == "sekolah" && !second.starts_with("tinggi") && !second.starts_with("dasar") &&
                             !second.starts_with("menengah");
  // "saya ..., Sekretaris Umum Himpunan Mahasiswa Ekonomi Pembangunan Universitas Pendidikan Nasional": a
  // student, officer of a student body named with its university, is the university's (the issue's rule);
  // the body writing as itself ("Kami dari Himpunan Mahasiswa ...") stays the requester.
  const auto student_body = [&] {
    if (!((first == "himpunan" && second.starts_with("mahasiswa")) || in<"hima", "bem", "ukm">(first) ||
          (first == "badan" && second.starts_with("eksekutif mahasiswa")) ||
          (first == "senat" && second.starts_with("mahasiswa"))))
      return false;
    for (std::size_t k = 2; k < t.size(); ++k)
      if (is_word(t[k]) && t[k].low == first && eq(t[k - 1].low, "dari"sv) && eq(t[k - 2].low, "kami"sv)) return false;
    return true;
  };
  // "Kelompok Keahlian Statistika, Institut Teknologi Bandung", "Research Group ...": a campus's research group.
  const bool research_group = (first == "kelompok" && (second.starts_with("keahlian") || second.starts_with("riset") ||
                                                       second.starts_with("bidang keahlian") ||
                                                       second.starts_with("kajian"))) ||
                              ((first == "research" || first == "study") && second.starts_with("group"));
  // "Ketua Panitia Studi Ekskursi Himpunan Mahasiswa Statistika FMIPA Universitas Udayana": a committee named with
  // its campus is the campus's.
  const bool campus_committee =
      in<"panitia", "committee">(first) &&
      std::any_of(std::begin(kCampusWords), std::end(kCampusWords),
                  [&](std::string_view w) { return whole.find(w) != std::string::npos; });
  if (!english_unit && !campus_school && !student_body() && !research_group && !campus_committee &&
      !in<"lppm", "lp2m", "lppmpm", "fakultas", "faculty", "prodi", "jurusan", "departemen", "department",
          "pascasarjana", "program", "laboratorium", "lab", "pusat", "centre", "center", "school">(first))
    return;
  // The university written nearest the unit: a counterpart's university named elsewhere in the mail
  // ("Dr Nengah Sukada at Universitas Udayana") is not the unit's ("School of ...\nThe University of
  // Queensland").
  std::size_t unit = 0;
  while (unit < t.size() && !(is_word(t[unit]) && t[unit].low == first)) ++unit;
  std::optional<std::string> nearest;
  std::size_t best = SIZE_MAX;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_word(t[i]) || !t[i].capitalised ||
        !(is_university_head(t[i].low) || in<"institut", "politeknik", "institute">(t[i].low) ||
          kCampus.contains(t[i].low)))
      continue;
    // As written, with the capitalised words before an English head ("National University of
    // Singapore", "Indian Institute of Technology Bombay", "The University of Queensland").
    const std::size_t from =
        in<"university", "institute">(t[i].low) ? extend_left(t, i, i >= 4 ? i - 4 : 0) : campus_prefix(t, i, 0);
    const auto span = org_in_window(t, from, std::min(t.size(), i + 14));
    if (!span || (span->b != from && span->b != i)) continue;
    std::string o = clean_org(join_tokens(t, from, span->e));
    if (text::iequals(o, *out.institution)) continue;  // the unit's own "Institute" ("Graduate Institute of ...")
    const std::size_t distance = unit < t.size() ? (i > unit ? i - unit : unit - i) : i;
    if (!o.empty() && distance < best) {
      best = distance;
      nearest = std::move(o);
    }
  }
  if (nearest) out.institution = std::move(nearest);
}

namespace {

// What a requester writes where an institution goes when they have none: "Instansi: Umum",
// "pribadi", "-" (the issue's rule: "pribadi"/"umum" means no institution).
// "permohonan ini saya ajukan secara pribadi dan tidak mewakili instansi", "I am writing in a personal
// capacity": the writer asks for themself, so the workplace they name is not the requester's.
bool writes_privately(std::string_view low) {
  static const text::PhraseSet l({"ajukan secara pribadi", "menulis secara pribadi", "atas nama pribadi",
                                  "tidak mewakili instansi", "bukan atas nama instansi", "tidak atas nama instansi",
                                  "bukan mewakili instansi", "tidak mewakili kantor", "in a personal capacity",
                                  "in my personal capacity", "not on behalf of my", "as a private individual",
                                  // "Permohonan ini pribadi saja, bukan atas nama lembaga."
                                  "bukan atas nama lembaga", "tidak atas nama lembaga", "tidak mewakili lembaga",
                                  "bukan mewakili lembaga", "bukan atas nama kantor", "bukan atas nama kampus",
                                  "permohonan ini pribadi", "permintaan ini pribadi", "not on behalf of any",
                                  "on my own behalf", "as an individual"});
  return l.any(low.substr(0, std::min<std::size_t>(low.size(), 2000)));
}

bool says_no_institution(std::string_view institution) {
  std::string low = text::lower(text::trim(institution));
  while (!low.empty() && (low.back() == '.' || low.back() == ',' || low.back() == ')')) low.pop_back();
  while (!low.empty() && (low.front() == '(' || low.front() == '-' || low.front() == ' ')) low.erase(0, 1);
  static const WordSet kNone = {"", "umum", "pribadi", "masyarakat", "masyarakat umum", "perorangan", "perseorangan",
                                "individu", "personal", "private", "pribadi/umum", "umum/pribadi", "none", "tidak ada",
                                "n/a", "na", "belum ada", "independent", "freelance"};
  return kNone.contains(low);
}

// This office, the addressee, is never the requester's institution ("saya sering memakai data BPS
// Jembrana" names us, not them).
// Whole words: "BPSDM" (a training agency) and "PSTN" are other offices.
bool is_this_office(std::string_view institution) {
  const std::string low = text::lower(institution);
  // Its web address signed as a body ("BPS.go.id", "jembranakab.bps.go.id").
  if (is_this_office_domain(low)) return true;
  const bool statistics = text::contains_word(low, "bps") || text::contains_word(low, "badan pusat statistik") ||
                          text::contains_word(low, "pst");
  // "ke BPS", "BPS" alone: the office being written to; another BPS office names its region.
  const bool bare = low == "bps" || low == "pst" || low == "badan pusat statistik" || low == "pst bps";
  return statistics && (bare || text::contains_word(low, "jembrana"));
}

}  // namespace

namespace {

// A short mail of lines set apart, as a reply answering our form's items one under each ("Ni Made Sri
// Utami\n\nSTIKES Wira Medika Bali (Program Studi S1 Keperawatan)\n\nTerima kasih,"): a line that is
// wholly an organisation (a bracket after it aside) is the writer's.
void organisation_line_apart(const std::vector<Line>& lines, Introduction& out) {
  if (out.institution) return;
  std::size_t filled = 0;
  for (const Line& l : lines) filled += !l.tokens.empty();
  if (filled > 8) return;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TokenSpan t = lines[i].tokens;
    if (t.empty() || t.size() > 16) continue;
    const bool apart = (i == 0 || lines[i - 1].tokens.empty()) && (i + 1 == lines.size() || lines[i + 1].tokens.empty());
    if (!apart || !is_word(t[0])) continue;
    std::size_t end = 0;
    while (end < t.size() && !is_punct(t[end], '(')) ++end;
    const auto span = org_in_window(t, 0, end);
    if (!span || span->b != 0 || span->e != end) continue;
    if (std::string o = clean_org(join_tokens(t, 0, end)); !o.empty()) {
      out.institution = std::move(o);
      return;
    }
  }
}

// "Gede Wira Adnyana - Koperasi Produsen Kelapa Sari Merta" as the mail's first line, set apart above the
// greeting: who writes and for whom, as a signature line says it; the whole name over a first name
// signed below ("Wira").
void name_and_organisation_on_top(const std::vector<Line>& lines, Introduction& out) {
  std::size_t first = 0;
  while (first < lines.size() && lines[first].tokens.empty()) ++first;
  // "Muhammad Faisal Akbar, Universitas Mataram.\nMohon maaf tadi lupa dicantumkan.": a line that ends its
  // sentence is set apart as well, and so is a mail of that line alone (the answer to our request for them).
  if (first >= lines.size()) return;
  const TokenSpan top = lines[first].tokens;
  if (first + 1 < lines.size() && !lines[first + 1].tokens.empty() && !is_punct(top.back(), '.')) return;
  const auto both = name_then_organisation(top);
  if (!both) return;
  const std::string signed_low = out.name ? text::lower(*out.name) : std::string();
  if (!out.name || (signed_low.find(' ') == std::string::npos &&
                    text::contains_word(text::lower(both->first), signed_low)))
    out.name = both->first;
  if (!out.institution) out.institution = both->second;
}

// "Hormat kami,\nPengurus Perkumpulan ...\n\nNarahubung: I Kadek Sudira (Sekretaris) - 0878...": a body that
// signs as itself names whom to talk to; when nobody else is named, that person writes for it.
void contact_person(const std::vector<Line>& lines, Introduction& out) {
  for (const Line& l : lines) {
    const TokenSpan t = l.tokens;
    std::size_t colon = 0;
    const std::string label = form_label(t, colon);
    if (!in<"narahubung", "contact person", "kontak person", "cp", "contact", "narahubung kami">(label)) continue;
    std::size_t end = 0;
    if (auto n = name_at(t, colon + 1, false, end)) {
      out.name = n;
      return;
    }
  }
}

// "Many thanks,\nSarah\n\nDr Sarah Mitchell\nSenior Lecturer", "Liam here ... Liam O'Connor": a first
// name alone, and a line of the mail's last lines that writes the whole name starting with it (titles
// before it allowed): the whole name.
// "gus arya" of "ida bagus made arya wiguna" (both lower case): each word of the short name is a word of the
// whole one, or the end of one (a Balinese short form: "Gus" of "Bagus", "Gung" of "Agung"), in order, and the
// whole name is longer.
bool short_for(std::string_view short_name, std::string_view whole) {
  std::vector<std::string_view> s, w;
  text::for_each_run(short_name, [](char c) { return c != ' '; }, [&](std::string_view x, std::size_t) { s.push_back(x); });
  text::for_each_run(whole, [](char c) { return c != ' '; }, [&](std::string_view x, std::size_t) { w.push_back(x); });
  if (s.size() < 2 || w.size() <= s.size()) return false;
  std::size_t j = 0;
  for (std::string_view word : s) {
    while (j < w.size() && !(w[j] == word || (word.size() >= 3 && w[j].size() > word.size() && w[j].ends_with(word))))
      ++j;
    if (j == w.size()) return false;
    ++j;
  }
  return true;
}

void whole_name_below(const std::vector<Line>& lines, Introduction& out) {
  if (!out.name) return;
  // Accents aside ("this is Maria ...", signed "María José Fernández López").
  const std::string first = ascii_folded(text::lower(*out.name));
  // "saya Putu Gede dari ...", signed "Putu Gede Suantara, S.T.": a name of several words that a whole
  // name line below starts with, words whole.
  if (first.find(' ') != std::string::npos) {
    std::size_t seen = 0;
    for (std::size_t k = lines.size(); k-- > 0 && seen < 14;) {
      if (text::trim(lines[k].raw).empty()) continue;
      ++seen;
      const std::optional<std::string> whole = name_line(lines[k].tokens);
      if (!whole || whole->size() <= first.size() + 1) continue;
      const std::string folded = ascii_folded(text::lower(*whole));
      if (folded.starts_with(first + " ") || short_for(first, folded)) {
        out.name = *whole;
        return;
      }
    }
    return;
  }
  std::size_t seen = 0;
  for (std::size_t k = lines.size(); k-- > 0 && seen < 14;) {
    if (text::trim(lines[k].raw).empty()) continue;
    ++seen;
    const std::optional<std::string> whole = name_line(lines[k].tokens);
    if (!whole || whole->find(' ') == std::string::npos) continue;
    std::string_view rest = *whole;
    while (!rest.empty()) {  // titles before the name
      const std::size_t sp = rest.find(' ');
      if (sp == std::string_view::npos) break;
      std::string word = text::lower(rest.substr(0, sp));
      while (!word.empty() && word.back() == '.') word.pop_back();
      if (!kTitleBefore.contains(word)) break;
      rest.remove_prefix(sp + 1);
    }
    // The signed word is one of the whole name's ("Sri" of "Ni Made Sri Utami": a Balinese name's
    // birth-order words come first).
    // Or its start, a nickname's way ("aku Wulan", signed "Ni Made Ayu Wulandari").
    const std::string low = " " + ascii_folded(text::lower(rest)) + " ";
    if (rest.find(' ') != std::string_view::npos &&
        (low.find(" " + first + " ") != std::string::npos ||
         (first.size() >= 4 && low.find(" " + first) != std::string::npos))) {
      out.name = *whole;
      return;
    }
  }
}

// "a JICA Expert ...", signed "Japan International Cooperation Agency"; "Loka POM di Kabupaten Buleleng",
// signed "Loka Pengawas Obat dan Makanan di Kabupaten Buleleng": an acronym in the name found is written
// out by a line of the signature with the same words around it and, in its place, capitalised words
// whose initials spell it (spells(): connectors between them skipped): the name as the body spells it.
// "Koperasi Serba Usaha Segara Amerta Desa Pengambengan, yang beranggotakan ..." signed "Pengurus KSU Segara
// Amerta": a name that opens with its acronym, written out in the text with the same words after it, is the
// organisation found there, its place with it.
void acronym_written_out(const WordsView& words, Introduction& out) {
  const std::vector<Line>& lines = words.lines();
  if (!out.institution) return;
  // The name's words, and the acronym among them ("Loka POM di Kabupaten Buleleng": "POM").
  const std::string low = text::lower(*out.institution);
  const Tokens it = text::tokenize(*out.institution, low);
  std::size_t a = it.size();
  for (std::size_t k = 0; k < it.size() && a == it.size(); ++k)
    if (is_word(it[k]) && it[k].text.size() >= 2 && it[k].text.size() <= 8 &&
        it[k].text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos)
      a = k;
  if (a == it.size()) return;
  const std::size_t after = it.size() - a - 1;
  const std::string_view acronym = it[a].text;
  std::size_t seen = 0;
  for (std::size_t k = lines.size(); k-- > 0 && seen < 8;) {
    if (text::trim(lines[k].raw).empty()) continue;
    ++seen;
    const TokenSpan lt = lines[k].tokens;
    if (lt.size() < a + after + 2) continue;
    // The same words before and after the acronym; between them, words whose initials spell it.
    bool same = true;
    for (std::size_t j = 0; j < a && same; ++j) same = lt[j].low == it[j].low;
    for (std::size_t j = 0; j < after && same; ++j) same = lt[lt.size() - 1 - j].low == it[it.size() - 1 - j].low;
    if (!same) continue;
    const std::size_t end = lt.size() - after;
    std::size_t capitalised = 0;
    for (std::size_t j = a; j < end; ++j) capitalised += is_word(lt[j]) && lt[j].capitalised;
    if (end - a >= 2 && capitalised == acronym.size() && spells(lt, a, end, acronym)) {
      out.institution = join_tokens(lt, 0, lt.size());
      return;
    }
  }
  if (a != 0 || after == 0 || acronym.size() < 3) return;
  const TokenSpan t = words.tokens();
  for (std::size_t p = 0; p + acronym.size() + after <= t.size(); ++p) {
    if (!is_word(t[p]) || !t[p].capitalised || t[p].low[0] != low[0]) continue;
    const std::size_t q = spelled_until(t, p, t.size(), acronym);
    if (q == 0 || q + after > t.size()) continue;
    bool same = true;
    for (std::size_t j = 0; j < after && same; ++j) same = t[q + j].low == it[1 + j].low;
    if (!same) continue;
    const auto span = org_in_window(t, p, sentence_end(t, p));
    if (span && span->b == p && span->e >= q + after) {
      out.institution = clean_org(join_tokens(t, span->b, span->e));
      return;
    }
  }
}

// "Kasi Pelayanan Desa Ekasari, ... atas nama Pemerintah Desa Ekasari": a village, district or regency
// found as the writer's body is its government when the text names it so.
void region_as_its_government(const WordsView& words, Introduction& out) {
  if (!out.institution) return;
  const std::string found = text::lower(*out.institution);
  const std::string first = found.substr(0, found.find(' '));
  if (!in<"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi">(first)) return;
  const std::string government = "pemerintah " + found;
  const std::size_t p = words.low().find(government);
  if (p == std::string::npos) return;
  const std::size_t e = p + government.size();
  if (e < words.low().size() && text::is_alpha_ascii(words.low()[e])) return;  // "... Desa Ekasari" whole words
  out.institution = words.norm().substr(p, government.size());
}

// "kami dari Bidang Pendistribusian BAZNAS Kabupaten Jembrana" signed "...\nBAZNAS Kabupaten Jembrana",
// "Majelis Jemaat GKPB Jemaat Pniel Blimbingsari" signed "GKPB Jemaat Pniel Blimbingsari": a line of the
// signature that is the end of the organisation found names the organisation itself, the part before
// it a unit of it. Not a line that is only a place ("Kabupaten Jembrana").
void organisation_as_signed(const std::vector<Line>& lines, Introduction& out) {
  if (!out.institution) return;
  const std::string found = text::lower(*out.institution);
  std::size_t seen = 0;
  for (std::size_t k = lines.size(); k-- > 0 && seen < 8;) {
    const std::string_view raw = text::trim(lines[k].raw);
    if (raw.empty()) continue;
    ++seen;
    const TokenSpan lt = lines[k].tokens;
    // "dari Dinas Perhubungan", signed "Dinas Perhubungan Kabupaten Jembrana": the office with its region.
    if (const std::string low = text::lower(raw); low.size() > found.size() + 1 && low.starts_with(found + " ")) {
      std::size_t w = 0;
      while (w < lt.size() && lt[w].text.data() < raw.data() + found.size()) ++w;
      if (w < lt.size() && is_region_word(lt[w]) && !is_punct(lt.back(), ',') &&
          std::all_of(lt.begin() + static_cast<std::ptrdiff_t>(w), lt.end(),
                      [](const Token& x) { return is_word(x) && (x.capitalised || eq(x.text, "."sv)); })) {
        out.institution = std::string(raw);
        return;
      }
    }
    // "kami paguyuban pedagang kecil" signed "Paguyuban Pedagang Pasar Umum Negara": a body described in lower
    // case in the text gives way to the signature line that names it, capitalised, by the same kind.
    if (*out.institution == found && lt.size() >= 2 && is_word(lt[0]) && lt[0].capitalised &&
        found.compare(0, lt[0].low.size() + 1, std::string(lt[0].low) + " ") == 0)
      if (const auto named = organisation_written_whole(raw)) {
        out.institution = *named;
        return;
      }
    if (lt.size() < 2 || raw.size() + 2 > found.size() || is_region_word(lt[0])) continue;
    const std::string low = text::lower(raw);
    if (found.ends_with(low) && found[found.size() - low.size() - 1] == ' ') {
      // "Tim Penyusun RPJMDes\nDesa Delodberawah": the line above writes the rest; signed whole.
      if (k > 0 && text::lower(text::trim(lines[k - 1].raw)) + " " + low == found) return;
      out.institution = std::string(raw);
      return;
    }
  }
}

bool is_this_office(std::string_view institution);

// "instansi saya tertulis Universitas Pendidikan Ganesha, padahal yang benar Politeknik Negeri Bali", "bukan
// Dinas Sosial tapi Dinas Kesehatan", "should be Bappeda, not Bapenda", "not Udayana University but Warmadewa
// University", "my affiliation is Aarhus University, not Aalborg University": a correction names the writer's body
// after its marker; the body it corrects is ours (our acknowledgement's), or another's. The organisation must
// follow the marker at once (a link word aside).
std::optional<std::string> corrected_organisation(TokenSpan t, std::span<const WordClasses> c) {
  const auto word = [&](std::size_t i, std::string_view w) { return i < t.size() && is_word(t[i]) && t[i].low == w; };
  const auto org_at = [&](std::size_t i) -> std::optional<std::string> {
    while (i < t.size() && ((is_word(t[i]) && in<"adalah", "ialah", "yaitu", "is", "dari", "from", "di",
                                                 "at", "instansi", "institution", "affiliation">(t[i].low)) ||
                            is_punct(t[i], ':') || is_punct(t[i], ',')))
      ++i;
    if (i >= t.size() || !is_word(t[i]) || !t[i].capitalised) return std::nullopt;
    const auto span = org_in_window(t, i, std::min(t.size(), i + 14));
    if (!span || span->b != i) return std::nullopt;
    std::string o = clean_org(join_tokens(t, span->b, span->e));
    if (o.empty()) return std::nullopt;
    return o;
  };
  // Asked of every word: its class, or "instansinya", "afiliasinya": the word with its suffix (only these start with
  // "ins"/"afi" and run on).
  const auto of_the_record = [&](std::size_t i) __attribute__((always_inline)) {
    if (c[i] & kRecordWord) return true;
    const std::string_view w = t[i].low;
    return w.size() >= 8 && is_word(t[i]) &&
           ((w[0] == 'i' && w[1] == 'n' && w[2] == 's') || (w[0] == 'a' && w[1] == 'f' && w[2] == 'i')) &&
           (w.starts_with("instansi") || w.starts_with("institusi") || w.starts_with("afiliasi"));
  };
  bool any_of_the_record = false;  // a loop, not std::none_of, so the test is inlined: it is asked of every word
  for (std::size_t i = 0; i < t.size(); ++i)
    if (of_the_record(i)) {
      any_of_the_record = true;
      break;
    }
  if (!any_of_the_record) return std::nullopt;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!(c[i] & kMarkerWord)) continue;
    const std::string_view w = t[i].low;
    std::size_t after = 0;
    if ((eq(w, "yang"sv) || eq(w, "yg"sv)) && word(i + 1, "benar")) after = i + 2;
    else if (in<"seharusnya", "semestinya", "harusnya", "mestinya">(w)) after = i + 1;
    else if (eq(w, "should"sv) && word(i + 1, "be")) after = i + 2;
    else if (eq(w, "correct"sv) && (word(i + 1, "one") || word(i + 1, "name"))) after = i + 2;
    // "... a visiting researcher at Udayana, but my home institution is Charles Darwin University".
    else if (eq(w, "home"sv) && word(i + 1, "institution")) after = i + 2;
    // "my affiliation is Aarhus University, not Aalborg University", "afiliasi saya Universitas Warmadewa"; not
    // what was written ("tertulis instansi saya Universitas Udayana, yang benar ...").
    else if (i > 0 && in<"tertulis", "ditulis", "written", "listed">(t[i - 1].low))
      continue;
    else if (in<"affiliation", "institution">(w) && i > 0 && in<"my", "our">(t[i - 1].low))
      after = i + 1;
    else if (in<"afiliasi", "instansi", "institusi">(w) && (word(i + 1, "saya") || word(i + 1, "kami")))
      after = i + 2;
    else if (in<"bukan", "not">(w)) {
      // "bukan X tapi Y", "not X but Y": Y, the contrast within the sentence.
      const std::size_t end = std::min(sentence_end(t, i, 16), t.size());
      if (const std::size_t k = contrast_word(t, i + 2, end); k < end) after = k + 1;
    }
    if (!after) continue;
    // Only a sentence about what was written of the writer corrects it ("seharusnya Dinas Sosial yang
    // menangani" names another's duty).
    std::size_t b = i, e = i;
    while (b > 0 && !is_sentence_end(t[b - 1])) --b;
    while (e < t.size() && !is_sentence_end(t[e])) ++e;
    bool about_the_record = false;
    for (std::size_t k = b; k < e && !about_the_record; ++k) about_the_record = of_the_record(k);
    if (!about_the_record) continue;
    if (auto o = org_at(after); o && !is_this_office(*o)) return o;
  }
  return std::nullopt;
}

// "..., Komisi Pemilihan Umum Kabupaten Jembrana memerlukan data ...", "Pemerintah Desa Pengeragoan
// memohon bantuan data", "surat permohonan data dari Dinas Pekerjaan Umum ...": an organisation that
// is the subject of the need, or whose request letter is sent, is the requester's (a formal letter
// speaks for its office). Not this office, which is addressed, not speaking.
// "Dinas Penanaman Modal ... Kabupaten Jembrana, melalui Bidang Promosi ..., sedang menyusun ...": an office
// that opens its sentence as the one at work (sedang, akan, bermaksud ...), a clause between commas aside.
std::optional<std::string> office_at_work(TokenSpan t, std::span<const WordClasses> classes, WordClasses present) {
  if (!(present & kAtWorkWord)) return std::nullopt;
  // From each word of work back to its sentence's start (an organisation is looked for only there: one
  // look per such word, not one per sentence of a long mail).
  for (std::size_t k = 1; k < t.size(); ++k) {
    if (!(classes[k] & kAtWorkWord)) continue;
    std::size_t i = k;
    while (i > 0 && k - i < 32 && !is_sentence_end(t[i - 1]) &&
           !(t[i - 1].kind == TokenKind::line_break && !t[i - 1].soft))
      --i;
    // "Dengan hormat, Perusahaan Umum Daerah Pasar ... sedang menyusun ...": a letter's opening and its
    // comma before the office.
    if (i + 3 < k && eq(t[i].low, "dengan"sv) && is_word(t[i + 1]) && eq(t[i + 1].low, "hormat"sv) && is_punct(t[i + 2], ','))
      i += 3;
    // "Sehubungan dengan pemutakhiran Portal Satu Data ..., Dinas ... selaku walidata daerah perlu ...": a
    // letter's opening clause up to its comma.
    if (i < k && is_word(t[i]) && in<"sehubungan", "berkenaan", "menindaklanjuti", "dalam">(t[i].low)) {
      std::size_t c = i;
      while (c < k && !is_punct(t[c], ',')) ++c;
      if (c + 1 < k) i = c + 1;
    }
    while (i < k && is_soft_break(t[i])) ++i;
    if (k - i >= 32 || !is_word(t[i]) || !t[i].capitalised) continue;
    // What stands before the word: the organisation, or the organisation and a clause between commas,
    // or the organisation and what it acts as ("... selaku walidata daerah").
    std::size_t e = k;
    while (e > i && is_soft_break(t[e - 1])) --e;
    std::size_t as = i;
    while (as < e && !(is_word(t[as]) && eq(t[as].low, "selaku"sv))) ++as;
    if (as < e && as > i) {
      e = as;
    } else if (e > i && is_punct(t[e - 1], ',')) {  // ", melalui Bidang Promosi ...,"
      std::size_t c = e - 1;
      while (c > i && !is_punct(t[c - 1], ',')) --c;
      if (c == i || e - c > 12) continue;
      e = c - 1;
    }
    const auto span = org_in_window(t, i, e);
    if (!span || span->b != i || span->e != e) continue;
    std::string o = clean_org(join_tokens(t, span->b, span->e));
    if (!o.empty() && !is_this_office(o)) return o;
  }
  return std::nullopt;
}

// "Tim Penggerak PKK Desa Batuagung pada bulan Januari 2027 akan melaksanakan ... kami mohon bantuan data": a body
// opening the letter's first sentence as its subject, before a word of time or intent, in a text written as "kami".
std::optional<std::string> office_opening_the_letter(TokenSpan t, WordClasses present) {
  static const WordSet kIntent = {"akan", "sedang", "tengah", "berencana", "hendak", "bermaksud", "ingin"};
  static const WordSet kTimeOrIntent = [] {
    WordSet s = {"pada", "dalam", "saat", "telah", "sudah"};
    s.insert_all(kIntent);
    return s;
  }();
  if (!(present & kKamiWord)) return std::nullopt;  // written as "kami"
  std::size_t sentences = 0;
  for (std::size_t s = 0; s < t.size() && s < 80 && sentences < 3;) {
    while (s < t.size() && !is_word(t[s])) ++s;
    if (s >= t.size()) break;
    const std::size_t end = sentence_end(t, s);
    const bool greeting = in<"selamat", "yth", "kepada", "dengan", "halo", "hai", "om", "assalamualaikum",
                             "salam", "dear", "hello", "hi">(t[s].low);
    if (!greeting) {
      ++sentences;
      // The body's name may open with capitalised words no list knows ("Tim Penggerak PKK ...").
      if (t[s].capitalised)
        if (const auto span = org_in_window(t, s, end);
            span && span->b <= s + 3 && span->e < end && is_word(t[span->e]) &&
            kTimeOrIntent.contains(t[span->e].low) &&
            std::all_of(t.begin() + static_cast<std::ptrdiff_t>(s), t.begin() + static_cast<std::ptrdiff_t>(span->b),
                        [](const Token& k) { return is_word(k) && k.capitalised && !k.has_digit; }) &&
            // what the body is about to do, not what it did ("Dinas Kesehatan pada tahun 2024 mencatat ...")
            std::any_of(t.begin() + static_cast<std::ptrdiff_t>(span->e), t.begin() + static_cast<std::ptrdiff_t>(end),
                        [](const Token& k) { return is_word(k) && kIntent.contains(k.low); })) {
          std::string o = clean_org(join_tokens(t, s, span->e));
          if (!o.empty() && !is_this_office(o)) return o;
        }
    }
    s = std::max(end, s + 1);
  }
  return std::nullopt;
}

std::optional<std::string> office_that_asks(TokenSpan t, std::span<const WordClasses> classes, WordClasses present) {
  if (auto o = office_at_work(t, classes, present)) return o;
  static const WordSet kLetterWords = {"surat", "permohonan", "permintaan"};
  for (std::size_t i = 1; i < t.size() && (present & (kAskVerbWord | kDariWord)); ++i) {
    if (!(classes[i] & (kAskVerbWord | kDariWord))) continue;
    std::size_t from = 0, limit = 0;
    if (classes[i] & kAskVerbWord) {  // the organisation ends right before the verb
      from = i > 12 ? i - 12 : 0;
      limit = i;
    } else if (i >= 2 && (kLetterWords.contains(t[i - 1].low) ||  // t[i] is "dari" (kDariWord)
                          (is_word(t[i - 2]) && kLetterWords.contains(t[i - 2].low)))) {
      from = i + 1;  // the organisation starts right after "dari"
      limit = sentence_end(t, from);
    } else {
      continue;
    }
    for (std::size_t w = from; w < limit;) {
      const auto span = org_in_window(t, w, limit);
      if (!span) break;
      const bool placed = (classes[i] & kAskVerbWord) ? span->e == limit : span->b == from;
      // "surat pengantar dari fakultas sesuai permintaan": a kind of body in lower case names none.
      if (placed && std::any_of(t.begin() + static_cast<std::ptrdiff_t>(span->b),
                                t.begin() + static_cast<std::ptrdiff_t>(span->e),
                                [](const Token& k) { return is_word(k) && k.capitalised; })) {
        std::string o = clean_org(join_tokens(t, span->b, span->e));
        if (!o.empty() && !is_this_office(o)) return o;
      }
      w = std::max(span->e, w + 1);
    }
  }
  return office_opening_the_letter(t, present);
}

// A letter's letterhead (kop surat): the lines in capitals at the very top, above the letter's
// "Nomor :" / "Perihal :" lines ("PEMERINTAH KABUPATEN JEMBRANA\nDINAS LINGKUNGAN HIDUP\nJalan ...",
// "KEMENTERIAN KEHUTANAN\nDIREKTORAT JENDERAL ...\nBALAI TAMAN NASIONAL BALI BARAT"). The lowest line
// that names an organisation is the sending office (a faculty or a section gives way to the line
// above it that names its parent); under "PEMERINTAH KABUPATEN X" the office is the regency's, and
// its region is written after it as the letter's sign-off writes it ("... KABUPATEN JEMBRANA").
std::optional<std::string> from_letterhead(const std::vector<Line>& lines) {
  const auto caps_line = [](TokenSpan ts) {
    std::size_t words = 0;
    for (const Token& k : ts) {
      if (k.kind == TokenKind::punct && !eq(k.text, ","sv) && !eq(k.text, "&"sv) && !eq(k.text, "-"sv)) return false;
      if (!is_word(k)) continue;
      // A school's number ("SMP NEGERI 5 NEGARA") is part of a letterhead's line; other digits are not.
      const bool number = k.has_digit && std::all_of(k.text.begin(), k.text.end(), text::is_digit) && k.text.size() <= 3;
      if (!number && (k.has_digit || !all_caps(k.text))) return false;
      ++words;
    }
    return words >= 2 && words <= 12;
  };
  std::size_t i = 0;
  while (i < lines.size() && text::trim(lines[i].raw).empty()) ++i;
  std::vector<std::size_t> block;
  for (; i < lines.size() && block.size() < 6 && caps_line(lines[i].tokens); ++i) block.push_back(i);
  if (block.empty()) return std::nullopt;
  // A letter follows: its number or subject line within the next lines.
  bool letter = false;
  for (std::size_t j = i, seen = 0; j < lines.size() && seen < 12 && !letter; ++j) {
    const std::string_view raw = text::trim(lines[j].raw);
    if (raw.empty()) continue;
    ++seen;
    const std::string low = text::lower(raw.substr(0, std::min<std::size_t>(raw.size(), 12)));
    for (std::string_view key : {"nomor", "no.", "no :", "perihal", "hal :", "hal:", "lampiran", "sifat"})
      letter = letter || (low.starts_with(key) && raw.find(':') != std::string_view::npos);
  }
  if (!letter) return std::nullopt;
  std::optional<std::string> office, parent_government;
  bool office_is_unit = false;
  for (std::size_t at : block) {
    const TokenSpan ts = lines[at].tokens;
    if (ts.size() >= 3 && eq(ts[0].low, "pemerintah"sv) && in<"kabupaten", "kota", "provinsi">(ts[1].low)) {
      parent_government = join_tokens(ts, 1, ts.size());
      continue;
    }
    // "PARISADA HINDU DHARMA INDONESIA\nKABUPATEN JEMBRANA": the regency or province right under the office's
    // line is its region, written whole with it.
    if (const TokenSpan lt = lines[at].tokens; office && !lt.empty() && at > 0 && lines[at - 1].tokens.size() > 0 &&
                                               in<"kabupaten", "kota", "provinsi">(lt[0].low) &&
                                               text::lower(*office).find(lt[0].low) == std::string::npos) {
      *office += " " + join_tokens(lt, 0, lt.size());
      continue;
    }
    auto o = find_institution_in(lines[at].raw);
    if (!o) continue;
    // "DESA ADAT PEKUTATAN\nKECAMATAN PEKUTATAN": a line naming only a place says where the office is; so does a
    // local head's office ("KANTOR PERBEKEL PENGERAGOAN": the letter names its government). An office of a ministry
    // in the regency ("KANTOR KEMENTERIAN AGAMA KABUPATEN JEMBRANA") is the sender.
    if (const TokenSpan lt = lines[at].tokens;
        !lt.empty() && is_word(lt[0]) &&
        (in<"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kec", "daerah">(lt[0].low) ||
         (eq(lt[0].low, "kantor"sv) && lt.size() > 1 &&
          in<"perbekel", "camat", "lurah", "kepala", "desa", "kelurahan", "bendesa", "kecamatan">(lt[1].low))))
      continue;
    const bool unit = kSubUnit.contains(text::lower(o->substr(0, o->find(' '))));
    if (office && unit && !office_is_unit) continue;  // "UNIVERSITAS X\nFAKULTAS EKONOMI": the university
    office = *o;
    office_is_unit = unit;
  }
  if (!office) return std::nullopt;
  // A village's office is the village's, not the regency's ("PEMERINTAH KABUPATEN JEMBRANA\nKECAMATAN
  // NEGARA\nDESA TEGALBADENG BARAT": "Desa Tegalbadeng Barat").
  const std::string head = text::lower(office->substr(0, office->find(' ')));
  // A school or a health post under the regency's letterhead is named without the regency.
  if (parent_government && !in<"desa", "kelurahan", "banjar", "dusun">(head) &&
      !in<"sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "mi", "min", "mts", "mtsn", "ma", "man",
          "tk", "paud", "slb", "puskesmas", "rsud">(head)) {
    const std::string low = text::lower(*office);
    if (low.find("kabupaten") == std::string::npos && low.find("kota ") == std::string::npos &&
        low.find("provinsi") == std::string::npos)
      *office += " " + *parent_government;
  }
  return office;
}

// "PanenKita", "JembranaTerkini": a capital inside a word after a lower-case letter.
bool camel_case(std::string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i)
    if (text::is_upper_ascii(w[i]) && text::is_lower_ascii(w[i - 1])) return true;
  return false;
}

std::string letters_of(std::string_view low) {
  std::string out;
  for (char c : low)
    if (text::is_alpha_ascii(c)) out += c;
  return out;
}

}  // namespace

// "a freelance journalist currently reporting for Mongabay", "I write for The Diplomat", "a stringer for
// Reuters": the outlet a journalist works for, however it is called - its capitalised name right after
// "for"/"to" (at most five words, "of"/"the"/"and" inside), after a word of reporting in a sentence of the
// writer's own ("I", "I'm", "my" before it).
std::optional<std::string> outlet_reported_for(TokenSpan t, std::span<const WordClasses> classes, WordClasses present) {
  if (!(present & kReportingWord)) return std::nullopt;
  // Whether the sentence up to each reporting word is the writer's own ("I", "I'm", "my"): read back from the word
  // to its sentence's start or to the reporting word before it, whose answer then holds (few words report: the loop
  // below turns the others away by their class alone, and no word is read back twice, however long the sentence).
  std::size_t read_to = 0;  // the words before it are read back already
  bool own = false;         // the answer at the last reporting word
  const auto own_up_to = [&](std::size_t i) {
    bool found = false, decided = false;
    for (std::size_t k = i + 1; k-- > read_to && !decided;) {
      if (!is_word(t[k])) {
        decided = is_sentence_end(t[k]);
        continue;
      }
      decided = found = (classes[k] & kFirstPersonWord) != 0;
    }
    own = decided ? found : own && read_to > 0;
    read_to = i + 1;
    return own;
  };
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    if (!(classes[i] & kReportingWord)) continue;  // (a class only a word has)
    const bool writers_own = own_up_to(i);
    // "to" only after a contributor ("writing to ask", "I write to the Head of ...").
    if (!writers_own || !is_word(t[i + 1]) ||
        !(eq(t[i + 1].low, "for"sv) || (eq(t[i + 1].low, "to"sv) && in<"contributor", "contributing">(t[i].low))))
      continue;
    std::size_t b = i + 2;
    if (eq(t[b].low, "the"sv) && !t[b].capitalised) ++b;  // "for the Jakarta Post": the name from "Jakarta"
    std::size_t e = b;
    while (e < t.size() && e < b + 5 && is_word(t[e]) &&
           (t[e].capitalised || (e > b && in<"of", "the", "and">(t[e].low))))
      ++e;
    while (e > b && !t[e - 1].capitalised) --e;  // not ending with a connector
    if (e == b || kTitleBefore.contains(t[b].low)) continue;  // "writing for Dr. Susan Clark": a person
    // "for The Diplomat": a capitalised article is part of the name.
    if (std::string o = join_tokens(t, b, e); !is_this_office(o)) return o;
  }
  return std::nullopt;
}

// A unit of study ("Jurusan Akuntansi", "prodi Agribisnis", "Fakultas Pertanian", "Program Studi ...") with no
// organisation in the rest of it ("Fakultas Teknik Unud" names its campus).
constexpr std::string_view kDegreeLevels[] = {"studi ", "magister ", "doktor ", "sarjana ", "diploma ", "master "};

bool is_unit_of_study_alone(std::string_view org) {
  static const WordSet kUnitOfStudy = {"jurusan", "prodi", "fakultas", "faculty", "konsentrasi", "peminatan"};
  std::size_t sp = org.find(' ');
  if (sp == std::string_view::npos) return false;
  std::string first = text::lower(org.substr(0, sp));
  std::string_view rest = text::trim(org.substr(sp + 1));
  // "Program Studi ...", and a degree's programme ("Program Magister Perencanaan Pembangunan").
  const bool programme = first == "program" && std::any_of(std::begin(kDegreeLevels), std::end(kDegreeLevels),
                                                           [&](std::string_view l) { return text::istarts_with(rest, l); });
  if (programme) {
    if (text::istarts_with(rest, "studi ")) rest = text::trim(rest.substr(6));
  } else if (!kUnitOfStudy.contains(first)) {
    return false;
  }
  if (rest.empty()) return false;
  // "Program Studi Agribisnis Fakultas Pertanian": a faculty after the programme is one more unit, no campus.
  const auto named = find_institution_in(rest);
  return !named || (named->size() < org.size() && is_unit_of_study_alone(*named));
}

Introduction find_introduction(const WordsView& words, const text::PhraseHits& marked) {
  Introduction out;
  from_form_fields(words.lines(), out);
  // Each token's word classes, looked up once for the rules that read many words.
  const std::vector<WordClasses> classes = word_classes_of(words, marked);
  // People introduce themselves near the top; the signature is read separately below.
  if (!out.name || !out.institution) from_sentences(words.tokens(), classes, out);
  organisation_before_role(words.tokens(), classes, out);
  if (!out.name || !out.institution) from_signature(words.lines(), out);
  if (!out.name) contact_person(words.lines(), out);
  name_and_organisation_on_top(words.lines(), out);
  from_position_line(words.lines(), out);
  campus_over_unit(words.tokens(), out);
  body_over_its_unit(words.tokens(), out);
  whole_name_below(words.lines(), out);
  organisation_as_signed(words.lines(), out);
  organisation_line_apart(words.lines(), out);
  // This office, named as the data's source ("bersumber dari BPS"), is nobody's affiliation: an office
  // at work in the letter may still be found.
  if (out.institution && is_this_office(*out.institution)) {
    out.institution.reset();
    organisation_before_role(words.tokens(), classes, out);
  }
  if (auto corrected = corrected_organisation(words.tokens(), classes)) out.institution = std::move(corrected);
  if (!out.institution) {
    const WordClasses present = classes_present(classes);
    out.institution = office_that_asks(words.tokens(), classes, present);
    if (!out.institution) out.institution = outlet_reported_for(words.tokens(), classes, present);
  }
  acronym_written_out(words, out);
  if (auto office = from_letterhead(words.lines())) out.institution = std::move(office);
  else if (out.institution) continue_caps_block(words.lines(), *out.institution);
  // After the letterhead: "DESA YEHEMBANG KAUH" heading a letter that says "Pemerintah Desa Yehembang Kauh memohon".
  region_as_its_government(words, out);
  if (out.name && out.name->empty()) out.name.reset();
  // "mahasiswa jurusan ekonomi pembangunan": a unit named in lower case, no campus, is no body; a group
  // ("kelompok tani sari merta") is one of its own.
  if (out.institution && !out.institution->empty() && text::is_lower_ascii((*out.institution)[0]) &&
      kSubUnit.contains(text::lower(out.institution->substr(0, out.institution->find(' ')))) &&
      !out.institution->starts_with("kelompok ") &&
      std::none_of(out.institution->begin(), out.institution->end(), text::is_upper_ascii))
    out.institution.reset();
  // "mahasiswa jurusan Akuntansi", "mahasiswi Program Studi Agribisnis": a unit of study, whatever its case, whose
  // campus is not named in it is no body either (its campus, named elsewhere, was taken above).
  if (out.institution && is_unit_of_study_alone(*out.institution)) out.institution.reset();
  if (out.institution && (says_no_institution(*out.institution) || is_this_office(*out.institution) ||
                          writes_privately(words.low())))
    out.institution.reset();
  return out;
}

bool is_this_office_domain(std::string_view low) {
  if (low.starts_with("https://")) low.remove_prefix(8);
  else if (low.starts_with("http://")) low.remove_prefix(7);
  while (!low.empty() && low.back() == '/') low.remove_suffix(1);
  return eq(low, "bps.go.id"sv) || low.ends_with(".bps.go.id"sv);
}

std::optional<std::string> organisation_line_of_domain(const WordsView& words, std::string_view sender_address) {
  const std::size_t at = sender_address.rfind('@');
  if (at == std::string_view::npos) return std::nullopt;
  const std::string_view domain = sender_address.substr(at + 1);
  const std::string_view label = domain.substr(0, domain.find('.'));
  if (label.size() < 3 || label.size() == domain.size()) return std::nullopt;
  const auto& lines = words.lines();
  std::size_t seen = 0;
  for (std::size_t k = lines.size(); k-- > 0 && seen < 12;) {
    const TokenSpan t = lines[k].tokens;
    if (t.empty()) continue;
    ++seen;
    // "Redaksi JembranaTerkini.com", "PanenKita" under the name: one word that writes the domain out, or its
    // name in camel case.
    if (t.size() <= 3)
      for (const Token& w : t)
        if (is_word(w) && (w.low == domain || (camel_case(w.text) && letters_of(w.low) == label)))
          return std::string(w.text);
    if (t.size() < 2 || t.size() > 8) continue;
    std::string squeezed, initials;
    std::size_t capitalised = 0;
    bool words_only = true;
    // "The Mekong Ledger" from mekongledger.com: the article is no part of the domain.
    const bool article = is_word(t[0]) && eq(t[0].text, "The"sv);
    for (const Token& w : t.subspan(article ? 1 : 0)) {
      if (!is_word(w)) {
        words_only = words_only && (eq(w.text, "&"sv) || eq(w.text, "-"sv));
        continue;
      }
      if (w.has_digit || w.text.find('@') != std::string_view::npos) words_only = false;
      squeezed += letters_of(w.low);
      if (w.capitalised) {
        ++capitalised;
        initials += w.low[0];
      } else if (!is_connector(w)) {
        words_only = false;
      }
    }
    if (!words_only || capitalised < 2 || capitalised > 6) continue;
    if ((squeezed == label || (initials.size() >= 3 && initials == label)) && !is_this_office(lines[k].raw))
      return std::string(text::trim(lines[k].raw));
  }
  return std::nullopt;
}

std::vector<std::uint16_t> introduction_word_classes(const WordsView& words, const text::PhraseHits& marked) {
  return word_classes_of(words, marked);
}

text::MarkedWords introduction_marks() {
  text::MarkedWords words = class_words();
  for (auto& [word, bits] : words) bits <<= kIntroductionMarkShift;
  return words;
}

Introduction find_introduction(std::string_view own_text) {
  const WordsView words(own_text);
  return find_introduction(words);
}

void set_sentence_shortcuts(bool on) { g_shortcuts.store(on, std::memory_order_relaxed); }

}  // namespace pst
