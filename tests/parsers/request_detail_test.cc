// request_detail_test.cc: a concrete need (topic asked for, or pinned by region/year in a subject).
#include "parsers/request_detail.h"

#include <gtest/gtest.h>

#include <set>

namespace pst {
namespace {

struct ReqCase {
  const char* text;
  RequestSource source;
  std::optional<std::string> summary;  // nullopt: not concrete
};

class RequestDetailTest : public ::testing::TestWithParam<ReqCase> {};

TEST_P(RequestDetailTest, Finds) {
  const ReqCase& c = GetParam();
  RequestDetail r = find_request(c.text, c.source);
  EXPECT_EQ(r.concrete, c.summary.has_value()) << c.text;
  EXPECT_EQ(r.summary, c.summary) << c.text;
}

const ReqCase kReqCases[] = {
    // A question about being served, not about data: where the request is, the right address, a visit.
    {"Permohonan saya sudah sampai mana ya? Sudah lewat seminggu.", RequestSource::body, std::nullopt},
    {"Apakah benar ini email PST BPS Jembrana? Saya mau konsultasi, bisa lewat email atau harus datang langsung?",
     RequestSource::body, std::nullopt},
    {"Who would be the right person to contact, and would it be possible to meet?", RequestSource::body,
     std::nullopt},
    // In a reply: thanks for data sent, waiting for it, calling it off, got it elsewhere, a condition's "perlu" -
    // no need stated; a need beside them still is.
    {"Terima kasih banyak atas data PDRB Jembrana 2020-2024 yang sudah dikirim. Sangat membantu.", RequestSource::body,
     std::nullopt},
    {"Baik, terima kasih. Saya tunggu data kemiskinan Jembrana 2024 nya ya.", RequestSource::body, std::nullopt},
    {"Mohon maaf, permintaan data IPM 2024 saya batalkan karena sudah tidak diperlukan.", RequestSource::body,
     std::nullopt},
    {"Saya sudah mendapatkan data IPM Jembrana 2024 dari website, terima kasih.", RequestSource::body, std::nullopt},
    {"Nomor HP saya 0812-3456-7890 jika perlu konfirmasi soal data IPM 2024.", RequestSource::body, std::nullopt},
    {"Mohon data IPM Jembrana 2024, jika perlu saya kirim surat pengantar.", RequestSource::body,
     "Mohon data IPM Jembrana 2024, jika perlu saya kirim surat pengantar."},
    {"Terima kasih datanya sudah saya terima. Saya juga butuh data IPM 2023, apakah bisa?", RequestSource::body,
     "Saya juga butuh data IPM 2023, apakah bisa?"},
    // The service's days and hours, a placement, a plan to come, asked in chat, state no need; data named
    // beside them does.
    {"halo kak, mau nanya, layanan PST hari sabtu buka ga ya kak? rencana mau dateng sama guru", RequestSource::body,
     std::nullopt},
    {"min mau tny dong bps jembrana buka jam brp ya? sabtu buka gak? mau dtg langsung", RequestSource::body,
     std::nullopt},
    {"kak mau tanya bps jembrana nerima mhs magang/PKL ga ya semester depan? syaratnya apa aja kak?",
     RequestSource::body, std::nullopt},
    {"min sabtu buka gak? mau ambil data ipm jembrana 2024", RequestSource::body, "mau ambil data ipm jembrana 2024"},
    // A call, a meeting or a partnership to explore, with no data named, states no need; a call about data does.
    {"We would love to explore how we might work together. Would you be open to a brief call next week?",
     RequestSource::body, std::nullopt},
    {"Kami ingin bersilaturahmi dan menjajaki kemungkinan kerja sama. Kapan kami bisa diterima?", RequestSource::body,
     std::nullopt},
    {"Could we have a short call about the poverty data for Jembrana 2020-2025?", RequestSource::body,
     "Could we have a short call about the poverty data for Jembrana 2020-2025?"},
    // Where to send what was asked names no data; a need with its delivery is still the need.
    {"Mohon data nantinya dikirim juga ke alamat email saya ini.", RequestSource::body, std::nullopt},
    {"Mohon data jumlah penduduk per desa 2025 dikirim ke email saya ini.", RequestSource::body,
     "Mohon data jumlah penduduk per desa 2025 dikirim ke email saya ini."},
    // The procedure and the fee of a request, what statistics there are in general, a chat: no data asked for.
    {"Saya ingin bertanya, bagaimana prosedur untuk mengajukan permintaan data di BPS Kabupaten Jembrana? Lalu apakah "
     "ada biayanya?", RequestSource::body, std::nullopt},
    {"What kinds of statistics do you usually have? Would it be possible to have a chat sometime?",
     RequestSource::body, std::nullopt},
    // What the request still lacks, whether a letter is needed, what could be shared at all: no data asked for.
    {"Apakah ada kekurangan berkas yang perlu saya lengkapi?", RequestSource::body, std::nullopt},
    {"min kalo mau minta data ke bps jembrana gmn caranya ya? harus bawa surat ga?", RequestSource::body,
     std::nullopt},
    {"What kind of information could you share with someone like me?", RequestSource::body, std::nullopt},
    // Not yet knowing what data, and help asked in chat without a topic.
    {"Sy Dewa Ayu Sri Wulandari, mhs Unmas jurusan manajemen. Sy mau cari data buat skripsi tp msh bingung mau ambil "
     "data apa \U0001F605 kira2 bisa konsultasi dulu gak ya kak? atau hrs dtg ke kantor?",
     RequestSource::body, std::nullopt},
    {"I'm curious to learn more about Jembrana - is there anything you could send me or point me to?",
     RequestSource::body, std::nullopt},
    // When a consultation can be had and what to bring; what sort of information there is, no topic.
    {"Saya Putu Eka Arimbawa. Apakah bisa konsultasi statistik dengan petugas BPS? Kapan jadwalnya dan harus membawa "
     "apa saja ya?",
     RequestSource::body, std::nullopt},
    {"My wife and I are thinking of moving to West Bali next year. What sort of information can you give to people "
     "in our situation?",
     RequestSource::body, std::nullopt},
    // English's other ways of wanting: "I'd like", "I want", "... would be really helpful".
    {"Hi, I'm Sam Rivera from Mongabay. I'd like the fish catch data for Jembrana 2020-2024.", RequestSource::body,
     "I'd like the fish catch data for Jembrana 2020-2024."},
    {"Hi, I'm Sam. I want the fish catch data for Jembrana 2020-2024.", RequestSource::body,
     "I want the fish catch data for Jembrana 2020-2024."},
    {"Hi, I'm Sam. Fish catch data for Jembrana 2020-2024 would be really helpful.", RequestSource::body,
     "Fish catch data for Jembrana 2020-2024 would be really helpful."},
    // ... but a preposition or a verb before "statistics"/"data" names no subject: no topic, no request.
    {"I'd like to ask a few questions about statistics for your area.", RequestSource::body, std::nullopt},
    {"Hello, I am a student. I want to obtain data for my thesis.", RequestSource::body, std::nullopt},
    // A visit, a meeting or a cooperation proposed, about no data, asks none; what data exists at all neither ...
    {"Kami ingin menjajaki kemungkinan kerja sama atau kunjungan ke BPS Kabupaten Jembrana.", RequestSource::body,
     std::nullopt},
    {"We would like to explore possible areas of collaboration with your office. Would you be open to a short "
     "introductory meeting?", RequestSource::body, std::nullopt},
    {"Kira-kira data apa saja yang tersedia di BPS Jembrana, dan apakah mahasiswa dari luar Bali boleh meminta data?",
     RequestSource::body, std::nullopt},
    // ... but data asked for a cooperation or a meeting is a need, and so are tourist visits.
    {"Untuk kerja sama penelitian kami, mohon data kemiskinan Jembrana 2024.", RequestSource::body,
     "Untuk kerja sama penelitian kami, mohon data kemiskinan Jembrana 2024."},
    {"Please send the poverty rate of Jembrana 2024 for our cooperation report.", RequestSource::body,
     "Please send the poverty rate of Jembrana 2024 for our cooperation report."},
    {"Mohon data kunjungan wisatawan ke Jembrana tahun 2024.", RequestSource::body,
     "Mohon data kunjungan wisatawan ke Jembrana tahun 2024."},
    // English's "would love" a thing, or to get it, is a need; "would love to explore synergies" asks no data.
    {"We're updating our Bali guide and would love recent tourist arrival figures for Jembrana.", RequestSource::body,
     "We're updating our Bali guide and would love recent tourist arrival figures for Jembrana."},
    {"Hi! I'd love to get the poverty rate of Jembrana for 2024.", RequestSource::body,
     "I'd love to get the poverty rate of Jembrana for 2024."},
    {"We're big fans of the open data that BPS publishes and would love to explore potential synergies with BPS "
     "Jembrana going forward.", RequestSource::body, std::nullopt},
    // Years alone after a comma pin down the question's clause before them.
    {"One more request, if I may: could you also send the same harvested area series for maize and soybean, "
     "2010-2025?", RequestSource::body,
     "One more request, if I may: could you also send the same harvested area series for maize and soybean, "
     "2010-2025?"},
    // Reaching an officer by phone asks for no data (the telephone is the way, no topic).
    {"Apakah saya bisa menghubungi salah satu petugas melalui telepon atau WhatsApp?", RequestSource::body,
     std::nullopt},
    // A question asking for data that names only a place is vague; the same data again, for another year, is not.
    {"Bolehkah saya meminta data-data Kabupaten Jembrana untuk keperluan penelitian?", RequestSource::body,
     std::nullopt},
    {"Apakah bisa dikirim juga data yang sama untuk tahun 2019?", RequestSource::body,
     "Apakah bisa dikirim juga data yang sama untuk tahun 2019?"},
    // A kind of body and the year asked for name no body to mask: the data about it is asked for.
    {"Saya Rina. Mohon data koperasi 2024.", RequestSource::body, "Mohon data koperasi 2024."},
    {"Mohon data puskesmas 2024.", RequestSource::body, "Mohon data puskesmas 2024."},
    // An appointment to come asks for none either; a consultation in person on something named does.
    {"Saya mau tanya-tanya dulu soal layanan PST, apakah kalau mau konsultasi harus bikin janji dulu atau bisa "
     "langsung datang?",
     RequestSource::body, std::nullopt},
    {"Can I make an appointment to visit your office next week?", RequestSource::body, std::nullopt},
    {"Saya ingin membuat janji untuk konsultasi data kemiskinan Jembrana 2024, kapan bisa?", RequestSource::body,
     "Saya ingin membuat janji untuk konsultasi data kemiskinan Jembrana 2024, kapan bisa?"},
    {"Ada beberapa istilah yang belum saya pahami. Bolehkah saya datang untuk konsultasi langsung ke kantor hari "
     "Kamis pagi?",
     RequestSource::body, "Bolehkah saya datang untuk konsultasi langsung ke kantor hari Kamis pagi?"},
    // How the service itself runs (days, hours, a number to call, what it offers) asks for no data: the
    // blind authors of four batches read it so (this row once said the opposite).
    {"Apakah PST buka hari Sabtu?", RequestSource::body, std::nullopt},
    {"Boleh saya minta nomor WhatsApp petugas PST yang bisa dihubungi?", RequestSource::body, std::nullopt},
    {"Does your office support foreign researchers, and what kind of assistance can you offer?", RequestSource::body,
     std::nullopt},
    {"Saya mahasiswa Unud ingin bertanya apakah BPS Jembrana menerima mahasiswa magang?", RequestSource::body,
     std::nullopt},
    // Asking what is on offer, in general or about a place, names no subject.
    {"Kira-kira data apa saja yang tersedia di BPS Kabupaten Jembrana yang bisa dipakai untuk penelitian?",
     RequestSource::body, std::nullopt},
    {"Is there any information you could give us about life there?", RequestSource::body, std::nullopt},
    {"Apakah ada data jumlah kunjungan wisatawan di Kabupaten Jembrana?", RequestSource::body,
     "Apakah ada data jumlah kunjungan wisatawan di Kabupaten Jembrana?"},
    // A sentence about a ticket speaks of the request it holds (where it stands, how to send it, what was sent);
    // one that adds to it ("juga", "tambahan") states a need.
    {"Selamat pagi, terkait tiket PST-2026-00201, apakah data luas panen padi 2025 sudah bisa dikirim?",
     RequestSource::body, std::nullopt},
    {"Terkait data yang dikirim untuk tiket PST-2026-00206, kenapa angka produksi padi 2024 berbeda dengan publikasi?",
     RequestSource::body, std::nullopt},
    {"Untuk tiket PST-2026-00207 saya juga memerlukan data produksi jagung 2025.", RequestSource::body,
     "Untuk tiket PST-2026-00207 saya juga memerlukan data produksi jagung 2025."},
    // A placement asked for states no need, whatever it names beside it (pupils, a regency, a year).
    {"Saya ingin bertanya apakah BPS Kabupaten Jembrana menerima siswa PKL untuk periode Januari-Maret 2027?",
     RequestSource::body, std::nullopt},
    {"Apakah kantor BPS Kabupaten Jembrana bisa menjadi tempat magang mahasiswa statistika tahun 2027?",
     RequestSource::body, std::nullopt},
    {"Apakah ada data jumlah nelayan di Pengambengan?", RequestSource::body,
     "Apakah ada data jumlah nelayan di Pengambengan?"},
    // A need for data about something in a sentence that opens with a greeting.
    {"Selamat pagi, mohon data jumlah pasien 2025 untuk tugas akhir saya.", RequestSource::body,
     "Selamat pagi, mohon data jumlah pasien 2025 untuk tugas akhir saya."},
    // An apology's "mohon" asks for nothing.
    {"Mohon maaf, saya sedang mengikuti pendidikan dan pelatihan sampai 20 Desember.", RequestSource::body,
     std::nullopt},
    // Thanks for data sent asks nothing; thanks in advance beside a need does.
    {"Kami sampaikan terima kasih atas data harga gabah dan produksi padi yang dikirimkan Jumat lalu.",
     RequestSource::body, std::nullopt},
    {"Terima kasih sebelumnya, mohon data harga gabah 2025 dikirimkan ke email saya.", RequestSource::body,
     "Terima kasih sebelumnya, mohon data harga gabah 2025 dikirimkan ke email saya."},
    // Asking where an earlier request has got to names its data but asks nothing new: a word of how it
    // stands, then the request or its ticket; a status named as data is still asked for.
    {"Saya ingin menanyakan perkembangan permintaan data saya dengan nomor tiket PST-2026-01105 (data IPM per "
     "kecamatan).",
     RequestSource::body, std::nullopt},
    {"Could you give me an update on the request I sent last week (labour force by sex, 2024)?", RequestSource::body,
     std::nullopt},
    {"Mohon data status pekerjaan penduduk Jembrana 2025.", RequestSource::body,
     "Mohon data status pekerjaan penduduk Jembrana 2025."},
    {"Saya ingin menanyakan kabar permohonan data saya minggu lalu (data luas panen jagung). Apakah masih dalam "
     "proses?",
     RequestSource::body, std::nullopt},
    // How a request is made, and asking to hurry or to send part of data already asked for, state no need.
    {"kak mau nanya, kalo mau minta data ke bps caranya gmn ya? harus dtg ke kantor?", RequestSource::body,
     std::nullopt},
    {"Apakah sebagian data dapat dikirim lebih dahulu?", RequestSource::body, std::nullopt},
    {"Mohon data dapat segera diproses.", RequestSource::body, std::nullopt},
    // Asking after a request or a ticket by name, in a subject or a body, states no need.
    {"Menanyakan permohonan data Dinas Sosial", RequestSource::subject, std::nullopt},
    {"Dengan ini kami menanyakan tindak lanjut permohonan data penduduk lansia yang kami kirim bulan lalu.",
     RequestSource::body, std::nullopt},
    // Only the question's own clause is weighed: an introduction before it names no need; a year asked about
    // is one.
    {"hai kak, aku Gita mhs manajemen undiksha semester 5, mau nanya dong, kalo mau minta data buat tugas akhir "
     "bisa dibantu ga ya?",
     RequestSource::body, std::nullopt},
    {"Kalau boleh, untuk tahun 2019 apakah ada juga?", RequestSource::body,
     "Kalau boleh, untuk tahun 2019 apakah ada juga?"},
    // Data named as asked for already, asked whether it has come: no need now; restated, or with a further
    // one, it is a need.
    {"Permisi, data luas panen padi per desa yang saya minta kemarin apakah sudah bisa dikirim?", RequestSource::body,
     std::nullopt},
    {"Data luas panen padi per desa yang saya minta tetap sama ya kak, tahun 2020-2025.", RequestSource::body,
     "Data luas panen padi per desa yang saya minta tetap sama ya kak, tahun 2020-2025."},
    {"Selain data yang saya minta kemarin, apakah sudah ada data luas panen padi per desa 2025?", RequestSource::body,
     "Selain data yang saya minta kemarin, apakah sudah ada data luas panen padi per desa 2025?"},
    // The need as "what we need is ...".
    {"Yang kami butuhkan: jumlah anak usia 0-17 tahun per kecamatan di Jembrana.", RequestSource::body,
     "Yang kami butuhkan: jumlah anak usia 0-17 tahun per kecamatan di Jembrana."},
    // Data received and thanked for: the need words name what was sent, nothing is asked.
    {"Data inflasi yang dikirimkan sudah kami terima dengan baik. Terima kasih atas responsnya.", RequestSource::body,
     std::nullopt},
    {"We have received the data on tourist arrivals 2024, thank you.", RequestSource::body, std::nullopt},
    {"Data inflasi sudah kami terima. Mohon juga dikirimkan data PDRB Jembrana 2024.", RequestSource::body,
     "Mohon juga dikirimkan data PDRB Jembrana 2024."},
    {"Selamat pagi. Saya Budi. Saya ingin meminta data kemiskinan Kabupaten Jembrana tahun 2020-2024. Terima kasih.",
     RequestSource::body, "Saya ingin meminta data kemiskinan Kabupaten Jembrana tahun 2020-2024."},
    {"gan minta data pengangguran jembrana 5 tahun terakhir dong", RequestSource::body,
     "gan minta data pengangguran jembrana 5 tahun terakhir dong"},
    {"Berapa inflasi Bali bulan Oktober 2026?", RequestSource::body, "Berapa inflasi Bali bulan Oktober 2026?"},
    {"I would like the unemployment rate for Jembrana, 2015-2025.", RequestSource::body,
     "I would like the unemployment rate for Jembrana, 2015-2025."},
    {"Saya ingin berkonsultasi mengenai metodologi penghitungan garis kemiskinan.", RequestSource::body,
     "Saya ingin berkonsultasi mengenai metodologi penghitungan garis kemiskinan."},
    {"Saya mau tanya.", RequestSource::body, std::nullopt},
    {"Mohon info.", RequestSource::body, std::nullopt},
    {"Saya butuh data untuk skripsi.", RequestSource::body, std::nullopt},
    {"Saya mahasiswa Fakultas Ekonomi Universitas Udayana, ingin bertanya.", RequestSource::body, std::nullopt},
    {"Terima kasih, data kemiskinan 2023 sudah saya terima.", RequestSource::body, std::nullopt},
    {"Data penduduk Kecamatan Pekutatan 2025", RequestSource::subject, "Data penduduk Kecamatan Pekutatan 2025"},
    // A sentence that asks and introduces a list (a colon, then items) states the need the items name;
    // its summary is the sentence and the first items, each item a sentence of its own.
    {"Kami memerlukan:\n- angka harapan hidup\n- rata-rata lama sekolah\n\nTerima kasih", RequestSource::body,
     "Kami memerlukan: - angka harapan hidup; - rata-rata lama sekolah"},
    {"Could you share the following for Jembrana Regency, ideally monthly for 2023 to 2025:\n- room occupancy rate "
     "of hotels\n- average length of stay\n\nThanks",
     RequestSource::body,
     "Could you share the following for Jembrana Regency, ideally monthly for 2023 to 2025: - room occupancy rate of "
     "hotels; - average length of stay"},
    {"Mohon bantuan data:\n1. PDRB ADHB Kabupaten Jembrana menurut lapangan usaha tahun 2021-2025;\n2. Laju "
     "pertumbuhan ekonomi;\n3. Inflasi\n\nTerima kasih",
     RequestSource::body,
     "Mohon bantuan data: 1. PDRB ADHB Kabupaten Jembrana menurut lapangan usaha tahun 2021-2025; 2. Laju pertumbuhan "
     "ekonomi; 3. Inflasi"},
    {"Berikut catatan saya:\n- sudah membaca publikasi\n- sudah mengunjungi website", RequestSource::body,
     std::nullopt},
    // A new mail's subject that names a topic states the need, without a region or a year.
    {"Data inflasi", RequestSource::subject, "Data inflasi"},
    {"Tingkat pengangguran terbuka", RequestSource::subject, "Tingkat pengangguran terbuka"},
    {"Data inflasi sudah kami terima", RequestSource::subject, std::nullopt},
    {"Skripsi", RequestSource::subject, std::nullopt},
    {"Pertanyaan", RequestSource::subject, std::nullopt},
    {"Data penduduk Kecamatan Pekutatan 2025", RequestSource::body, "Data penduduk Kecamatan Pekutatan 2025"},
    {"Data penduduk sudah saya terima.", RequestSource::body, std::nullopt},
    {"Mohon data jumlah proyek konstruksi.", RequestSource::body, "Mohon data jumlah proyek konstruksi."},
    // A breakdown asked for names what is wanted; an opinion does not.
    {"Kalau boleh, saya juga minta data yang sama tapi dipisah menurut jenis kelamin.", RequestSource::body,
     "Kalau boleh, saya juga minta data yang sama tapi dipisah menurut jenis kelamin."},
    {"Mohon datanya, menurut saya itu penting.", RequestSource::body, std::nullopt},
    // "I would be grateful for ..." asks.
    {"I study fisheries cooperatives and would be grateful for the number of fishing households in Jembrana.",
     RequestSource::body,
     "I study fisheries cooperatives and would be grateful for the number of fishing households in Jembrana."},
    // A heading that asks only whom to talk to states no need.
    {"Contact person for statistics on Jembrana", RequestSource::subject, std::nullopt},
    {"Statistics on fish landings in Jembrana", RequestSource::subject, "Statistics on fish landings in Jembrana"},
    // English names the subject before "data"/"statistics": an English word, not an Indonesian one.
    {"We are looking for housing data.", RequestSource::body, "We are looking for housing data."},
    {"Could you share fish landing statistics?", RequestSource::body, "Could you share fish landing statistics?"},
    {"We need the data.", RequestSource::body, std::nullopt},
    {"Saya mau minta data dong.", RequestSource::body, std::nullopt},
    {"Permintaan data saya belum dibalas.", RequestSource::body, std::nullopt},
    {"Halo, apakah BPS Jembrana buka hari Sabtu?", RequestSource::body, std::nullopt},
    {"Apakah bisa konsultasi?", RequestSource::body, std::nullopt},
    {"Could you let me know whom I should contact?", RequestSource::body, std::nullopt},
    {"Apakah ada kelengkapan yang masih kurang?", RequestSource::body, std::nullopt},
    {"Apa saja persyaratan untuk berkunjung langsung ke kantor PST?", RequestSource::body, std::nullopt},
    {"Apa saja persyaratan untuk meminta data mikro Susenas?", RequestSource::body,
     "Apa saja persyaratan untuk meminta data mikro Susenas?"},
    {"Untuk kerja sama penelitian, sebaiknya saya menghubungi siapa?", RequestSource::body, std::nullopt},
    {"Could you help me?", RequestSource::body, std::nullopt},
    // A question that names only "data", its purpose and casual fillers names no need; one that names a
    // thing off the lexicon still does.
    {"Kami mau minta tolong soal data untuk kegiatan kami, kira-kira bisa dibantu nggak ya?", RequestSource::body,
     std::nullopt},
    {"Mau tanya2 soal data nih, bisa dibantu ga ya?", RequestSource::body, std::nullopt},
    {"Could you help me with some data for my project?", RequestSource::body, std::nullopt},
    {"Kira-kira data untuk penelitian saya ada nggak ya?", RequestSource::body, std::nullopt},
    {"Apakah ada data kafe di Negara?", RequestSource::body, "Apakah ada data kafe di Negara?"},
    // A call or a meeting asked for is no need for data.
    {"Would you be open to a quick intro call sometime next week?", RequestSource::body, std::nullopt},
    {"Apakah tersedia peta batas desa se-Jembrana?", RequestSource::body, "Apakah tersedia peta batas desa se-Jembrana?"},
    // A wish to complain or suggest is no need, whatever data it is about; an asking word still is.
    {"Kami mau komplain, tabel inflasi 2024 di website tidak bisa dibuka.", RequestSource::body, std::nullopt},
    {"Saya ingin menyampaikan keluhan bahwa data jumlah penduduk desa berbeda.", RequestSource::body, std::nullopt},
    {"Saya ingin komplain soal website, dan mohon dikirimkan data inflasi Jembrana 2024.", RequestSource::body,
     "Saya ingin komplain soal website, dan mohon dikirimkan data inflasi Jembrana 2024."},
    {"Saya ingin data PDRB Jembrana 2023, ada keluhan soal website juga.", RequestSource::body,
     "Saya ingin data PDRB Jembrana 2023, ada keluhan soal website juga."},
    {"", RequestSource::body, std::nullopt},
};

INSTANTIATE_TEST_SUITE_P(Table, RequestDetailTest, ::testing::ValuesIn(kReqCases));

TEST(RequestDetail, RegionYearsTopics) {
  RequestDetail r = find_request("Mohon data IPM dan kemiskinan Jembrana 2023 dan 2024.");
  EXPECT_TRUE(r.concrete);
  EXPECT_EQ(r.region, "Jembrana");
  EXPECT_EQ(r.years, (std::vector<int>{2023, 2024}));
  EXPECT_EQ(r.topics, (std::vector<std::string>{"kemiskinan", "ipm"}));
}

// Each topic is listed once, in the order first named, however many sentences name it again; at most twelve.
TEST(RequestDetail, TopicsAreListedOnceAndAtMostTwelve) {
  const RequestDetail again = find_request(
      "Mohon data kemiskinan Jembrana 2023. Data kemiskinan itu untuk skripsi. Juga IPM dan kemiskinan 2024, dan IPM "
      "lagi.");
  EXPECT_EQ(again.topics, (std::vector<std::string>{"kemiskinan", "ipm"}));
  const RequestDetail many = find_request(
      "Mohon data kemiskinan, IPM, inflasi, PDRB, pengangguran, penduduk, pariwisata, hotel, padi, jagung, sapi, "
      "nelayan, ekspor, impor dan upah Jembrana 2024.");
  EXPECT_EQ(many.topics.size(), 12u);
  EXPECT_EQ(std::set<std::string>(many.topics.begin(), many.topics.end()).size(), many.topics.size());
}

// A year is four digits from 1960 to 2040 standing alone: not part of a longer number (a phone, a
// letter number), not 1959 or 2041; a range gives both ends, each once.
TEST(RequestDetail, YearsAreFourDigitsStandingAloneWithinRange) {
  const RequestDetail r = find_request(
      "Mohon data kemiskinan Jembrana 2019-2023 (2023 juga), 1959, 2041, 20245, 120230, hp 081220241960, "
      "surat no. 1960/2040, 1999.");
  EXPECT_EQ(r.years, (std::vector<int>{2019, 2023, 1960, 2040, 1999}));
  EXPECT_TRUE(find_request("2024").years == std::vector<int>{2024});
  EXPECT_TRUE(find_request("Data PDRB 202").years.empty());
}

// A dot after an abbreviation ends no sentence, also when the abbreviation opens a wrapped line (its word is read
// from the line break, not from the last space before it), and a dot after a word that keeps none does.
TEST(RequestDetail, AnAbbreviationOpeningAWrappedLineEndsNoSentence) {
  const RequestDetail wrapped = find_request(
      "Dengan hormat, saya ingin meminta data jumlah penduduk menurut kecamatan di\nKab. Jembrana tahun 2024 untuk "
      "skripsi saya.");
  ASSERT_TRUE(wrapped.summary.has_value());
  EXPECT_NE(wrapped.summary->find("Kab. Jembrana tahun 2024"), std::string::npos) << *wrapped.summary;
  const RequestDetail ended = find_request(
      "Dengan hormat, saya ingin meminta data jumlah penduduk menurut kecamatan di\nJembrana. Tahun 2024 untuk "
      "skripsi saya ya.");
  ASSERT_TRUE(ended.summary.has_value());
  EXPECT_EQ(ended.summary->find("Tahun 2024"), std::string::npos) << *ended.summary;
}

TEST(RequestDetail, SummaryIsOneLineAndBounded) {
  std::string s = "Saya ingin meminta data penduduk";
  for (int i = 0; i < 50; ++i) s += " dan data kemiskinan";
  RequestDetail r = find_request(s);
  ASSERT_TRUE(r.summary.has_value());
  EXPECT_LE(r.summary->size(), 200u);
  EXPECT_EQ(r.summary->find('\n'), std::string::npos);
}

}  // namespace
}  // namespace pst
