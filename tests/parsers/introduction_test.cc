// introduction_test.cc: names and institutions in the requester's own words.
#include "parsers/introduction.h"

#include <gtest/gtest.h>

namespace pst {
namespace {

struct IntroCase {
  const char* text;
  std::optional<std::string> name;
  std::optional<std::string> institution;
};

class IntroductionTest : public ::testing::TestWithParam<IntroCase> {};

// Issue 16: a letter's address block ("Kepada Yth. / Kepala BPS ... / di Tempat") names us, not the
// sender, even over several lines and after "Yth." ends a sentence.
TEST(Introduction, ALettersAddressBlockIsNotTheSender) {
  Introduction got = find_introduction(
      "Kepada Yth.\nKepala BPS Kabupaten Jembrana\ndi Tempat\n\nDengan hormat,\nSehubungan dengan penyusunan "
      "dokumen perencanaan daerah, bersama ini kami mohon bantuan data jumlah penduduk per desa.\n\n"
      "Demikian permohonan ini kami sampaikan.\n\nKepala Dinas Kependudukan dan Pencatatan Sipil\n"
      "Kabupaten Jembrana\n\nI NYOMAN SUARDANA, S.Sos., M.Si.\nNIP 19700101 199503 1 005");
  EXPECT_EQ(got.name, std::optional<std::string>("I Nyoman Suardana"));
  ASSERT_TRUE(got.institution);
  EXPECT_EQ(got.institution->rfind("Dinas Kependudukan dan Pencatatan Sipil", 0), 0u) << *got.institution;
}

// A text whose first word is "di" reads no token before it (the post-before-"di" rule counted down from the word
// before, which for the first word was the index before the text: an out-of-bounds read, found by the shortcuts'
// random texts and shown by valgrind or ASan).
TEST(Introduction, AnAffiliationWordOpeningTheTextReadsNothingBeforeIt) {
  for (const char* text : {"di Universitas Udayana saya kuliah.", "di", "Di kantor kami, Dinas Sosial, ada data.",
                           "di\nSaya Made dari Universitas Udayana."}) {
    const Introduction got = find_introduction(text);
    if (std::string_view(text).find("Made") != std::string_view::npos) {
      EXPECT_EQ(got.name, std::optional<std::string>("Made")) << text;
    }
  }
}

// A closing line is told by its words without its trailing punctuation, however long that is ("Terima kasih!!!...",
// past the 60 bytes a closing may have): the name under it signs the mail. (is_closing turns long lines away before
// lowering them.)
TEST(Introduction, AClosingWithALongRunOfPunctuationStillOpensTheSignature) {
  const std::string bangs(55, '!');
  // The line under the name is long: without the closing, the signature would be no block of short lines.
  const std::string under = "\nTasya Amelia\nMahasiswi Program Studi Ekonomi Pembangunan, Fakultas Ekonomi dan Bisnis, "
                            "angkatan 2021";
  // The Muslim closing is read without its apostrophes and blessing, so it may be longer as written.
  const std::string wassalam = "Wassalamu" + std::string(20, '\'') + "alaikum Warahmatullahi Wabarakatuh";
  for (const std::string& closing :
       {"Terima kasih" + bangs, "Hormat saya," + std::string(30, '.') + bangs, wassalam}) {
    const Introduction got = find_introduction("Mohon data IPM Jembrana 2023.\n\n" + closing + under);
    EXPECT_EQ(got.name, std::optional<std::string>("Tasya Amelia")) << closing;
  }
  // Without its run of punctuation the first closing reads the same.
  EXPECT_EQ(find_introduction("Mohon data IPM Jembrana 2023.\n\nTerima kasih" + under).name,
            std::optional<std::string>("Tasya Amelia"));
}

// A position line ("Kapolsek Melaya": the head of Polsek Melaya) names the writer's body only below the letter's last
// line that ends a sentence or holds ten words: one above them is someone the letter speaks of.
TEST(Introduction, APositionLineCountsOnlyBelowTheBody) {
  const std::optional<std::string> polsek("Polsek Melaya");
  const std::string body_ends = "Mohon data penduduk per banjar tahun 2024.";
  const std::string body_runs_on = "Mohon data penduduk per banjar di desa kami tahun 2024 untuk penyusunan laporan";
  EXPECT_EQ(find_introduction(body_ends + "\n\nKapolsek Melaya").institution, polsek);
  EXPECT_EQ(find_introduction(body_runs_on + "\n\nKapolsek Melaya").institution, polsek);
  EXPECT_NE(find_introduction("Kapolsek Melaya\n" + body_ends).institution, polsek);
  EXPECT_NE(find_introduction("Kapolsek Melaya\n" + body_runs_on).institution, polsek);
}

// "writing for", "reporting for" name the writer's outlet only in a sentence of their own ("I", "my", "we" before it in
// the same sentence): a report for a body, in the writer's sentence before or in none, names nobody's outlet.
TEST(Introduction, AnOutletOnlyInTheWritersOwnSentence) {
  const std::optional<std::string> board("Bali Tourism Board");
  const std::string signed_off = "\n\nRegards,\nJohn Smith";
  EXPECT_EQ(find_introduction("I am writing for Bali Tourism Board. Could you share tourism data for 2024?" +
                              signed_off)
                .institution,
            board);
  EXPECT_NE(find_introduction("The annual report for Bali Tourism Board shows growth. Could you share tourism data "
                              "for 2024?" + signed_off)
                .institution,
            board);
  EXPECT_NE(find_introduction("I need tourism data for 2024. The annual report for Bali Tourism Board shows growth." +
                              signed_off)
                .institution,
            board);
  // Reporting words before the one that names the outlet: the writer's "I" further back still counts in the same
  // sentence (here further than the sentence reader looks back from "for"), not past its end.
  EXPECT_EQ(find_introduction("I report on tourism and harvests, rice, wages, prices, visitors, markets, districts, "
                              "villages, temples, beaches, festivals, fishermen, farmers, roads, schools, clinics, "
                              "hotels and more across the island, and write weekly, mostly writing for Bali Tourism "
                              "Board. Could you share tourism data?" + signed_off)
                .institution,
            board);
  EXPECT_NE(find_introduction("I report and write daily. The writing for Bali Tourism Board shows growth. Could you "
                              "share tourism data?" + signed_off)
                .institution,
            board);
}

TEST_P(IntroductionTest, Finds) {
  const IntroCase& c = GetParam();
  Introduction got = find_introduction(c.text);
  EXPECT_EQ(got.name, c.name) << c.text;
  EXPECT_EQ(got.institution, c.institution) << c.text;
}

const std::optional<std::string> kNone;

const IntroCase kIntroCases[] = {
    // A title written with its dot before the name is kept ("drh.", "Bd."); a profession word is not.
    {"Selamat pagi, saya drh. Komang Ayu Lestari dari Dinas Pertanian Kabupaten Jembrana, mohon data ternak.",
     "drh. Komang Ayu Lestari", "Dinas Pertanian Kabupaten Jembrana"},
    {"Saya Bd. Luh Putu Sari, S.Keb dari UPTD Puskesmas Mendoyo II. Mohon data kelahiran.", "Bd. Luh Putu Sari",
     "UPTD Puskesmas Mendoyo II"},
    {"Saya bidan Ni Made Ayu dari Puskesmas Negara, mohon data kelahiran.", "Ni Made Ayu", "Puskesmas Negara"},
    // An office's fields listed with a comma before the last "dan"; a comma before "dan saya" ends it.
    {"Saya Putu dari Dinas Koperasi, Usaha Kecil, dan Menengah Kabupaten Jembrana, mohon data UMKM.", "Putu",
     "Dinas Koperasi, Usaha Kecil, dan Menengah Kabupaten Jembrana"},
    {"Saya Putu dari Dinas Sosial, dan saya mohon data lansia.", "Putu", "Dinas Sosial"},
    // A civil servant's or cadet's role a few words before "di", or right before the organisation.
    {"Perkenalkan, saya Ni Kadek Sinta, CPNS formasi 2024 di Dinas Kesehatan Kabupaten Jembrana. Mohon data "
     "stunting.",
     "Ni Kadek Sinta", "Dinas Kesehatan Kabupaten Jembrana"},
    {"Saya Made Arta, tinggal sejak lama di Desa Yehembang. Mohon data penduduk.", "Made Arta", kNone},
    {"Saya Gede Arya, taruna Politeknik Pelayaran Surabaya, mohon data pelabuhan.", "Gede Arya",
     "Politeknik Pelayaran Surabaya"},
    // A parish's pastor, a joint-business group's head; such words in the need name no organisation.
    {"Salam damai, saya Fransiskus Kelen, pastor Paroki Santo Yosef Negara. Mohon data penduduk menurut agama.",
     "Fransiskus Kelen", "Paroki Santo Yosef Negara"},
    {"Saya Ketut Darma, ketua KUB Mina Bahari Pengambengan. Mohon data nelayan.", "Ketut Darma",
     "KUB Mina Bahari Pengambengan"},
    {"Saya Wayan dari Universitas Udayana, mohon data jumlah masjid dan vihara per kecamatan.", "Wayan",
     "Universitas Udayana"},
    // English: a role over a field before "at"; a business the writer runs, not a tool they run.
    {"Hi, I'm Laura Chen, Director of Partnerships at Tanihub, a farm marketplace. We need rice prices.",
     "Laura Chen", "Tanihub"},
    {"Hello, my name is Pieter de Vries and I run Bukit Sunset Villas in Balian. We need tourism figures.",
     "Pieter de Vries", "Bukit Sunset Villas"},
    {"Hello, my name is Pieter de Vries. I run Stata models on census data and need the 2020 tables.",
     "Pieter de Vries", kNone},
    // Casual: "anak" + a field of study + the university; "I'm ... dari ..." mixed.
    {"halo kak, aku Intan anak ekonomi undiksha, mau minta data kemiskinan ya.", "Intan", "undiksha"},
    {"halo kak, aku anak baru di kota ini, mau minta data kemiskinan.", kNone, kNone},
    {"Hi min! I'm Komang Tri Utami dari Universitas Pendidikan Ganesha, boleh minta data IPM?", "Komang Tri Utami",
     "Universitas Pendidikan Ganesha"},
    // English: a role over an organisation ("founder of", "the general manager of"), an organisation
    // "called" so, one the writer represents; a kind of organisation alone names none; one unknown word
    // after "from"/"dari" only when described as an organisation (else it may be a town).
    {"Hi, I'm Mark, founder of Bali Surf Data Ltd. We need tourist arrival figures.", "Mark", "Bali Surf Data Ltd"},
    {"Hi, I'm Tom, the general manager of Puri Dajuma Beach Eco-Resort & Spa. We need hotel occupancy rates.", "Tom",
     "Puri Dajuma Beach Eco-Resort & Spa"},
    {"Hi, my name is Laura and I work for a small NGO called Reef Check Indonesia. We need fisheries data.", "Laura",
     "Reef Check Indonesia"},
    {"Hi, my name is Laura and I work for an NGO. We need fisheries data.", "Laura", kNone},
    {"Dear BPS, I'm Emma and I represent Plan International Indonesia. We need child poverty data.", "Emma",
     "Plan International Indonesia"},
    {"Hi, I'm Riko from Kopernik, a non-profit based in Ubud. We need household energy data.", "Riko", "Kopernik"},
    {"Halo, saya Riko dari Singaraja. Mohon data energi rumah tangga.", "Riko", kNone},
    {"Om Swastyastu, saya Luh Sri, kader Posyandu Melati Banjar Tengah. Mohon data balita.", "Luh Sri",
     "Posyandu Melati Banjar Tengah"},
    // An organisation in apposition after the name, at most a short role between; not a clause.
    {"Selamat pagi, saya Sari, HRD PT Indo Jaya Abadi Tbk. Mohon data angkatan kerja 2025.", "Sari",
     "PT Indo Jaya Abadi Tbk"},
    {"Selamat pagi, saya Sari, Dinas Sosial pernah memberi kami data itu. Mohon data lansia 2025.", "Sari", kNone},
    // A lower-case name before a word of study or work ("aku vina kuliah di ...", "saya made siswa ...").
    {"halo min aku vina kuliah di stikom bali, butuh data jumlah umkm jembrana 2025", "Vina", "stikom bali"},
    {"halo kak saya made siswa SMK PGRI 1 Negara kelas 12, minta data penduduk 2025", "Made", "SMK PGRI 1 Negara"},
    {"halo, saya kerja di rumah aja, mau minta data penduduk 2025", kNone, kNone},
    // A signature line "name | role | organisation": the role between two bars gives way.
    {"Kami memerlukan data penduduk miskin 2025.\n\nSalam hangat,\nMaya Sari | Program Officer | Yayasan Kemanusiaan "
     "Indonesia\nwww.yki.or.id",
     "Maya Sari", "Yayasan Kemanusiaan Indonesia"},
    // A campus's unit gives way to the campus written near it, known by its acronym or its head:
    // "Program Studi ..., Fakultas ..., UIN ...", a school of an institute on the lines below.
    {"Perkenalkan saya Salma Nabila, mahasiswi Program Studi Sejarah dan Peradaban Islam, Fakultas Adab dan "
     "Humaniora, UIN Syarif Hidayatullah Jakarta. Mohon data penduduk menurut agama.",
     "Salma Nabila", "UIN Syarif Hidayatullah Jakarta"},
    {"Mohon data Podes 2024.\n\nSalam,\nFarhan Maulana Siregar\nProgram Studi Perencanaan Wilayah dan Kota\n"
     "Sekolah Arsitektur, Perencanaan dan Pengembangan Kebijakan\nInstitut Teknologi Bandung",
     "Farhan Maulana Siregar", "Institut Teknologi Bandung"},
    {"Saya Wayan, guru di Sekolah Dasar Negeri 1 Negara. Mohon data penduduk usia sekolah.", "Wayan",
     "Sekolah Dasar Negeri 1 Negara"},
    // A team leader's unit before "di"; "(Persero)" inside a firm's name; particles and "&" in a signature.
    {"Saya Rahmat Saputra Lubis, Team Leader Pemasaran di PT PLN (Persero) ULP Negara. Apakah tersedia data rumah "
     "tangga menurut sumber penerangan?",
     "Rahmat Saputra Lubis", "PT PLN (Persero) ULP Negara"},
    {"Please send the occupancy rates for 2025.\n\nKind regards,\nPieter van den Berg\nGeneral Manager\n"
     "Yeh Leh Cliff Resort & Spa",
     "Pieter van den Berg", "Yeh Leh Cliff Resort & Spa"},
    // An office opening its sentence as the one at work, a clause between commas aside; not when the
    // writer named their own before.
    {"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Jembrana, melalui Bidang Promosi, sedang "
     "menyusun buku Profil Investasi. Kami mohon data PDRB 2021-2025.",
     kNone, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Jembrana"},
    {"Saya Budi dari Universitas Udayana. Dinas Sosial sedang menyusun data terpadu. Mohon data penduduk miskin.",
     "Budi", "Universitas Udayana"},
    // A madrasah pupil; a radio's announcer; a town one works in is no organisation.
    {"aku Nur Azizah kelas IX-B MTsN 1 Jembrana, boleh minta data penduduk kak?", "Nur Azizah", "MTsN 1 Jembrana"},
    {"Om swastyastu, sy Ida Bagus Yoga Pramana, penyiar Radio Swara Jembrana. Boleh minta angka TPT 2025?",
     "Ida Bagus Yoga Pramana", "Radio Swara Jembrana"},
    {"Saya Agus Setiawan, kerja di Gilimanuk sebagai sopir travel. Saya ingin tau jumlah penumpang 2025.",
     "Agus Setiawan", kNone},
    // Brackets after a firm that say what it is are not its name (an acronym's expansion is); a customary
    // village's secretary.
    {"SAYA BUDI HALIM, PEMILIK UD SUMBER REJEKI (TOKO BANGUNAN) DI GILIMANUK. MOHON DATA RUMAH TANGGA.", "Budi Halim",
     "UD SUMBER REJEKI"},
    {"Titiang I Nengah Wirasa, Penyarikan Desa Adat Yeh Kuning. Titiang nunas data penduduk ring Desa Yeh Kuning.",
     "I Nengah Wirasa", "Desa Adat Yeh Kuning"},
    // A letter's sign-off: the "ttd." mark between the position and the name, a copy list under it.
    {"Dengan hormat,\nKami mohon data penduduk 2025.\n\nSekretaris,\nttd.\nI GUSTI AYU PUTU SRI MAHENDRAYANI, S.E.\n"
     "NIP 19780615 200212 2 003\n\nTembusan:\n1. Bupati Jembrana;\n2. Arsip.",
     "I Gusti Ayu Putu Sri Mahendrayani", kNone},
    // A newsroom by its site's name under a role line ("Redaktur Pelaksana" is a role, not the newsroom); a
    // web address is not an organisation.
    {"Kami memerlukan angka inflasi Oktober 2026.\nTerima kasih.\n--\nRizal Fahmi\nRedaktur Pelaksana\n"
     "JembranaUpdate.com\nWA 0857-3711-xxxx",
     "Rizal Fahmi", "JembranaUpdate.com"},
    {"Mohon data inflasi.\nSalam,\nMaya Sari\nwww.yki.or.id", "Maya Sari", kNone},
    // A sign-off's dash is not part of the name.
    {"Got it, thanks heaps!\n\n- Ravi\n", "Ravi", kNone},
    // A denied organisation is not the writer's; the one after "tapi"/"melainkan"/"but" is.
    {"Mohon dicatat, instansi saya bukan Universitas Udayana melainkan Politeknik Negeri Bali.", kNone,
     "Politeknik Negeri Bali"},
    {"Saya Sari, bukan dari Dinas Sosial tapi dari Bappeda Kabupaten Jembrana. Mohon data kemiskinan.", "Sari",
     "Bappeda Kabupaten Jembrana"},
    {"Saya Sari dari Bappeda Kabupaten Jembrana, tidak punya akses ke data mikro. Mohon data kemiskinan.", "Sari",
     "Bappeda Kabupaten Jembrana"},
    // One body under two names joined by a slash; a unit's number and its place.
    {"Saya Rina dari Kementerian PPN/Bappenas, mohon data stunting.", "Rina", "Kementerian PPN/Bappenas"},
    {"Saya Rina dari Kodim 1617/Jembrana, mohon data penduduk.", "Rina", "Kodim 1617/Jembrana"},
    // Cooperating with an office, or a partner named: not the writer's organisation; the signature's is.
    {"Kami lagi menyusun proposal kerja sama dengan Dinas Pariwisata, butuh data wisatawan.\n\nMatur suksma,\n\n"
     "Kadek Wira Sanjaya\nOwner, CV Bali Barat Trekking",
     "Kadek Wira Sanjaya", "CV Bali Barat Trekking"},
    {"My name is Hannah Okafor. We are designing a baseline together with our local partner Yayasan Segara "
     "Lestari.\n\nBest regards,\nHannah Okafor\nProgramme Coordinator\nBlue Harvest Foundation",
     "Hannah Okafor", "Blue Harvest Foundation"},
    // A body reached past a word of company, direction or agency ("bersama", "dengan", "ke", "oleh",
    // "together with") is whom one works with, goes to or is done by; the signature's body is the writer's.
    {"Kami sedang memperbarui peta sebaran DBD di Bali bagian barat bersama Dinas Kesehatan Kabupaten Jembrana. Mohon "
     "data penduduk per desa 2025.\n\nSalam,\n\nRatih Purnamasari\nPeneliti Muda\nLoka Litbangkes Waikabubak",
     "Ratih Purnamasari", "Loka Litbangkes Waikabubak"},
    {"Klinik kami akan membuka layanan persalinan. Selama ini ibu hamil dari wilayah Melaya harus dirujuk ke RSUD "
     "Negara. Mohon data kelahiran per kecamatan.\n\nHormat saya,\n\nBd. Sri Wahyuni\nKepala Klinik\n"
     "Klinik Pratama Husada Mandiri",
     "Bd. Sri Wahyuni", "Klinik Pratama Husada Mandiri"},
    {"Kami tim peneliti yang bekerja sama dengan Bappeda Jembrana, mohon data kemiskinan.\n\nSalam,\nDewi Lestari\n"
     "Peneliti, Pusat Studi Kependudukan Universitas Gadjah Mada",
     "Dewi Lestari", "Universitas Gadjah Mada"},
    {"Good morning, I am a researcher working together with the Ministry of Health on stunting. Could you send the "
     "2025 figures?\n\nBest,\nEmma Clarke\nMenzies School of Health Research",
     "Emma Clarke", "Menzies School of Health Research"},
    {"Saya Putu Sari, mahasiswi yang sedang magang ke Dinas Sosial. Saya dari Universitas Pendidikan Ganesha. Mohon "
     "data kemiskinan 2025.",
     "Putu Sari", "Universitas Pendidikan Ganesha"},
    // A body after a thing received and dari/from is its source; a capitalised unit's "of" is inside a name.
    {"Dear team, I'm writing for Open Sky Learning, a small charity in Lovina. We are applying for a grant from the "
     "Australian Department of Foreign Affairs and Trade and need school data.\n\nWarm regards,\nHannah Smith\n"
     "Director, Open Sky Learning",
     "Hannah Smith", "Open Sky Learning"},
    {"Selamat pagi, saya Dian, penerima beasiswa dari Pemerintah Provinsi Bali, kuliah di Universitas Pendidikan "
     "Ganesha. Mohon data kemiskinan 2025.",
     "Dian", "Universitas Pendidikan Ganesha"},
    // The body one speaks for by a name no list knows; a body's name, then what kind of body it is.
    {"Dear team, I am writing on behalf of Open Reef, a small foundation in Pemuteran. We need coral reef data.\n\n"
     "Best,\nAnna",
     "Anna", "Open Reef"},
    {"Halo kak, kami dari Segara, perkumpulan anak muda pesisir yang bikin kelas literasi. Mohon data penduduk usia "
     "15-24.\n\nSalam,\nPutu Gita",
     "Putu Gita", "Segara"},
    {"Kami dari Singaraja, kota di Bali utara. Mohon data kemiskinan.", kNone, kNone},
    // A role ending in "Lead" is no body; the line under it is.
    {"Could you send the 2025 poverty figures?\n\nBest regards,\nLiam Walsh\nProgramme Lead\nTide Line Trust",
     "Liam Walsh", "Tide Line Trust"},
    // "Lc." after the name is a degree, though shaped like an abbreviated name ("Gst.").
    {"Kami dari Pondok Pesantren Nurul Huda mohon data penduduk usia sekolah.\n\nHormat kami,\n\n"
     "Abdul Ghofur, Lc.\nBagian Pendidikan",
     "Abdul Ghofur", "Pondok Pesantren Nurul Huda"},
    // A long name cut by the count of words right after its region's word: the region's name follows.
    {"Kami dari UPT Balai Benih Ikan dan Pengujian Mutu Hasil Perikanan Dinas Kelautan dan Perikanan Provinsi Nusa "
     "Tenggara Barat bermaksud menyusun rencana. Mohon data produksi ikan.\n\nSalam,\nLalu Hendra",
     "Lalu Hendra",
     "UPT Balai Benih Ikan dan Pengujian Mutu Hasil Perikanan Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Barat"},
    // After the name, a post, its area (a place) and "di", then the body; what it is may follow in brackets.
    {"Saya Hendra Wijaya, sales area Jawa di PT Pupuk Tani Makmur (distributor pupuk organik). Mohon data luas "
     "panen padi.",
     "Hendra Wijaya", "PT Pupuk Tani Makmur"},
    {"Saya Hendra Wijaya, marketing di CV Sinar Benih (penangkar benih padi). Mohon data luas panen padi.",
     "Hendra Wijaya", "CV Sinar Benih"},
    // The body named right before "tempat saya bekerja" (where I work, teach, study) is the writer's;
    // islamic co-operatives (BMT) and a firm's "Fa." open a name.
    {"Data ini untuk menyusun rencana pembiayaan bagi nelayan di BMT Nurul Falah Pengambengan, tempat saya bekerja "
     "sebagai staf.\n\nWassalam,\nFatimah Azzahra",
     "Fatimah Azzahra", "BMT Nurul Falah Pengambengan"},
    {"Mohon data angka partisipasi sekolah untuk rapat guru di SMA Negeri 2 Negara tempat saya mengajar.\n\n"
     "Salam,\nKetut Sudiarta",
     "Ketut Sudiarta", "SMA Negeri 2 Negara"},
    {"Mohon data pariwisata untuk promosi hotel di Hotel Sari Segara, dekat tempat saya tinggal.\n\nSalam,\nKetut",
     "Ketut", kNone},
    {"Dengan hormat. Saya Tan Hok Lie, pemilik Fa. Cahaya Timur, toko besi di Negara. Mohon data harga semen.",
     "Tan Hok Lie", "Fa. Cahaya Timur"},
    // A regional "I" (Sundanese "abdi") capitalised after a capitalised word is part of a name.
    {"Mohon data kelahiran per kecamatan.\n\nHormat saya,\n\ndr. Yosef Manurung, Sp.A\nDirektur\n"
     "RS Bhakti Abdi Mulia",
     "dr. Yosef Manurung", "RS Bhakti Abdi Mulia"},
    {"Wilujeng enjing, abdi Asep Saepudin, mahasiswa Universitas Padjadjaran. Nyuhunkeun data kamiskinan.",
     "Asep Saepudin", "Universitas Padjadjaran"},
    // A plural by reduplication is its word's: "guru-guru di" as "guru di".
    {"Kami guru-guru di SD Negeri 4 Pengambengan, mohon data anak usia sekolah.\n\nHormat kami,\nSiti Aminah",
     "Siti Aminah", "SD Negeri 4 Pengambengan"},
    // Butonese "Wa Ode" (women) as "La Ode" (men): the "Wa" is no WhatsApp label here.
    {"Selamat pagi, saya Wa Ode Fitriani dari Universitas Halu Oleo. Mohon data kemiskinan 2025.", "Wa Ode Fitriani",
     "Universitas Halu Oleo"},
    // A signature line set out with bars is split by them, the name's degrees before the first.
    {"Mohon data produksi perikanan per kecamatan 2020-2025.\n\nTerima kasih.\n\n--\n"
     "Wa Ode Nurhayati, S.Pi., M.Si. | Peneliti Ahli Muda | Balai Riset Budidaya Rumput Laut Gorontalo\n"
     "Jl. Poros Wanci, Wakatobi",
     "Wa Ode Nurhayati", "Balai Riset Budidaya Rumput Laut Gorontalo"},
    // A body near where one lives; where one worked before retiring, a few words back; workers asked
    // about in a question: none of them the writer's.
    {"Saya Wulan Sari, ibu rumah tangga. Rumah saya di Jl. Ahmad Yani, dekat Puskesmas Negara. Mohon data jumlah "
     "balita.",
     "Wulan Sari", kNone},
    {"Saya Made Sutama, pensiunan guru Matematika di SMA Negeri 1 Mendoyo. Mohon data angka melek huruf.",
     "Made Sutama", kNone},
    {"Saya Wulan Sari. Apakah ada data jumlah pegawai bank di Kecamatan Melaya? Terima kasih.", "Wulan Sari", kNone},
    // A month is no body ("from mid-January"); regions listed are where a programme runs; a society's
    // secretariat is the society; what research is about ("soal") is no body of the writer's.
    {"I am hoping you can help with village data for my fieldwork. I will be in Negara from mid-February and could "
     "collect copies.\n\nBest,\n\nKai Nakamura\nPhD Candidate, Department of Anthropology\n"
     "University of Washington",
     "Kai Nakamura", "University of Washington"},
    {"Kami sedang menyiapkan program pendampingan lansia di Kecamatan Melaya dan Kecamatan Pekutatan. Mohon data "
     "penduduk lansia.\n\nSalam,\nSekretariat Perkumpulan Lansia Sehat Bali",
     kNone, "Perkumpulan Lansia Sehat Bali"},
    {"Perkenalkan, saya Kevin Hartono, mahasiswa Magister Ekonomi di Universitas Tarumanagara. Currently saya lagi "
     "riset soal kiriman uang dari pekerja migran Indonesia (PMI). Boleh minta data PMI per kecamatan?",
     "Kevin Hartono", "Universitas Tarumanagara"},
    // Homes for those in care and credit unions open a name; a form's "Perguruan Tinggi" names the campus; a
    // role's area in English is a place; "Pte." and "Ltd." keep their dots inside a firm's name.
    {"Saya Maria Goreti, pengasuh di Panti Werdha Santa Ana Tuka. Mohon data lansia.", "Maria Goreti",
     "Panti Werdha Santa Ana Tuka"},
    {"Saya Nyoman Suparta, staf di Credit Union Kasih Bersama. Mohon data UMKM.", "Nyoman Suparta",
     "Credit Union Kasih Bersama"},
    {"Yang bertanda tangan di bawah ini:\nNama : Rizal Siregar\nPerguruan Tinggi : Universitas Sumatera Utara\n"
     "memohon data kemiskinan.",
     "Rizal Siregar", "Universitas Sumatera Utara"},
    {"Could you share cocoa production by kecamatan?\n\nMany thanks,\n\nLee Wen Hao\n"
     "Procurement Lead, South-East Asia\nChoco Source Pte. Ltd.\n3 Fraser Street, Singapore",
     "Lee Wen Hao", "Choco Source Pte. Ltd"},
    {"Pagi pak. Saya Rusdi yg punya toko pupuk di Melaya. Mau minta data luas sawah per desa.", "Rusdi", kNone},
    // "Dr" without its dot (British) before a capitalised name is a title; before a campus it is "dari".
    {"Dear team, my name is Dr Aoife Brennan and I lead a small research charity. We need poverty data.",
     "Dr Aoife Brennan", kNone},
    {"I am Dr Aoife Brennan, a researcher at the Marine Futures Trust. We need poverty data.", "Dr Aoife Brennan",
     "Marine Futures Trust"},
    // A state firm's legal form in brackets ends its name and is part of it.
    {"Perkenalkan, saya Dimas Pratama, analis di PT Pelabuhan Indonesia (Persero). Mohon data arus barang.",
     "Dimas Pratama", "PT Pelabuhan Indonesia (Persero)"},
    // A letterhead's last line, a school with its number, is the sender; no regency is added to a school.
    {"PEMERINTAH KABUPATEN JEMBRANA\nDINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA\nSD NEGERI 3 BALUK\n"
     "Jalan Raya Baluk, Negara\n\nNomor : 421.2/77/SDN3/XI/2026\nPerihal : Permohonan Data\n\nDengan hormat,\n"
     "kami mohon data jumlah penduduk usia 7-12 tahun per banjar.\n\nKepala Sekolah,\n\nNi Made Sriani, S.Pd.",
     "Ni Made Sriani", "SD NEGERI 3 BALUK"},
    // A police unit of a Polres opens the name, its Polres after it.
    {"Izin memperkenalkan diri, saya Bripka Made Arsana, anggota Satlantas Polres Buleleng. Mohon data kendaraan.",
     "Bripka Made Arsana", "Satlantas Polres Buleleng"},
    // A letter "dari" a kind of body in lower case names no body.
    {"Bersama ini saya kirimkan surat rekomendasi dari fakultas sesuai arahan petugas.\n\nHormat saya,\nMaria Yoku",
     "Maria Yoku", kNone},
    // The capacity a request is made in ("saya ajukan sebagai mahasiswa ...") names its body, over a job
    // named before; a job named after such a capacity stays second.
    {"Saya Komang Ayu. Sehari-hari saya staf di Bank BPD Bali Cabang Negara, namun permohonan ini saya ajukan sebagai "
     "mahasiswa Magister Manajemen Universitas Warmadewa. Mohon data kredit UMKM.",
     "Komang Ayu", "Universitas Warmadewa"},
    {"Saya Komang Ayu, mahasiswa Magister Manajemen Universitas Warmadewa. Saya juga bekerja sebagai staf di Bank "
     "BPD Bali. Mohon data kredit UMKM.",
     "Komang Ayu", "Universitas Warmadewa"},
    // The district after a village is the body's address; a forum's secretariat is the forum.
    {"Saya Luh Sari, kader Posyandu Melati Desa Tukadaya Kec. Melaya. Mohon data balita.", "Luh Sari",
     "Posyandu Melati Desa Tukadaya"},
    {"Mohon data penduduk.\n\nSalam,\nAyu Dewi\nSekretariat Forum Anak Daerah Kabupaten Jembrana", "Ayu Dewi",
     "Forum Anak Daerah Kabupaten Jembrana"},
    // A post and its field capitalised before the body ("Kaur Keuangan Pemerintah Desa ..."); a role ending in
    // "Executive" or "Supervisor" is no body, the line under it is.
    {"Dengan hormat, saya Kadek Sumiati, Kaur Keuangan Pemerintah Desa Blimbingsari. Mohon data penduduk per banjar.",
     "Kadek Sumiati", "Pemerintah Desa Blimbingsari"},
    {"Mohon data pengeluaran per kapita 2025.\n\nRegards,\nRina Lestari\nSenior Research Executive\n"
     "PT Wawasan Data Nusantara",
     "Rina Lestari", "PT Wawasan Data Nusantara"},
    // Written in capitals: a word of the dictionary after "DARI" is no acronym; a conjunction ends a body's name.
    {"SAYA I WAYAN SUDIRA, PETANI DI DESA YEHEMBANG. MOHON DATA HARGA CABAI DARI TAHUN 2022 SAMPAI SEKARANG.",
     "I Wayan Sudira", kNone},
    {"SAYA NI LUH SARI, STAF PEMERINTAH DESA TUWED KARENA ITU MOHON DATA PENDUDUK.", "Ni Luh Sari",
     "PEMERINTAH DESA TUWED"},
    // Regional and religious sign-offs close the mail; the name is below them.
    {"Mohon data produksi kopi per kecamatan.\n\nTerima kasih atas perhatian Bapak/Ibu.\n\nHoras,\n\n"
     "Dr. Saut Maruli Simanjuntak, S.P., M.Si.\nProgram Studi Agroteknologi\nFakultas Pertanian\nUniversitas HKBP "
     "Nommensen",
     "Dr. Saut Maruli Simanjuntak", "Universitas HKBP Nommensen"},
    {"Mohon data anak yatim per kecamatan.\n\nTerima kasih atas bantuannya.\n\nBerkah Dalem,\n\n"
     "Maria Goreti Ratu, S.Th.\nYayasan Kasih Bunda",
     "Maria Goreti Ratu", "Yayasan Kasih Bunda"},
    {"Mohon data anak yatim per kecamatan.\n\nTerima kasih atas bantuannya.\n\nShalom,\n\nYohana Sinaga\n"
     "Yayasan Kasih Bunda",
     "Yohana Sinaga", "Yayasan Kasih Bunda"},
    // A body found by its acronym in brackets starts where its name is written out before them.
    {"Kami dari Kelompok Tani (Poktan) Mekar Sari Desa Yehembang. Mohon data luas sawah.\n\nSalam,\nKetut Arsa",
     "Ketut Arsa", "Kelompok Tani (Poktan) Mekar Sari Desa Yehembang"},
    // A unit named in lower case, no campus with it, is no body.
    {"halo kak, aku Rizki mahasiswa prodi akuntansi semester 6, mau minta data UMKM Jembrana 2024.", "Rizki", kNone},
    // A programme of work in lower case is no programme of study: where it runs is no body.
    {"Kami sedang menyiapkan program pendampingan lansia bagi keluarga di wilayah Kecamatan Pekutatan. Mohon data "
     "lansia.\n\nSalam,\nPdt. Yohanes Budiarta\nGKPB Jemaat Bukit Doa",
     "Pdt. Yohanes Budiarta", "GKPB Jemaat Bukit Doa"},
    {"Saya Ayu, mahasiswi program studi Statistika di Universitas Udayana. Mohon data kemiskinan.", "Ayu",
     "Universitas Udayana"},
    // The regency on the letterhead's line under the office is its region, written with it.
    {"MAJELIS ULAMA INDONESIA\nKABUPATEN JEMBRANA\nSekretariat: Jl. Udayana No. 5, Negara\n\nNomor : 45/MUI-JBR/2026\n"
     "Perihal : Permohonan data\n\nDengan hormat, kami mohon data penduduk menurut agama.\n\nSekretaris,\n\n"
     "H. Abdul Karim, S.Ag.",
     "H. Abdul Karim", "MAJELIS ULAMA INDONESIA KABUPATEN JEMBRANA"},
    // A whole name alone on the last line, right under a text whose sentence has ended, signs the mail; one
    // word, or a line that goes on a sentence, does not.
    {"Data sudah kami terima, suksma. Kalau boleh kami minta tambahan data curah hujan 2023-2025.\nNi Made Ayu "
     "Lestari",
     "Ni Made Ayu Lestari", kNone},
    {"Data sudah kami terima, suksma. Kalau boleh kami minta tambahan data curah hujan 2023-2025.\nLestari", kNone,
     kNone},
    // A correction of one's name: "Nama saya yang benar ...".
    {"Mohon maaf ada salah ketik. Nama saya yang benar Komang Ayu Pradnyani (pakai y), dari Universitas Dhyana Pura.",
     "Komang Ayu Pradnyani", "Universitas Dhyana Pura"},
    // In lower case a village's word takes the village's name, which closes the phrase; a word that goes on
    // the sentence is no name of a village.
    {"selamat siang, saya ardi dari bumdes sari mertha desa tegalcangkring, mau minta data penduduk 2025.", "Ardi",
     "bumdes sari mertha desa tegalcangkring"},
    {"sore kak, saya komang dari kelompok tani sari merta desa pohsanten mau minta data luas panen padi 2025.",
     "Komang", "kelompok tani sari merta desa pohsanten"},
    // A group written wholly in lower case is a body; a lower-case unit of a campus or an office is none.
    {"sore kak, saya komang dari kelompok tani sari merta mau minta data luas panen padi 2025.", "Komang",
     "kelompok tani sari merta"},
    {"sore kak, saya komang mahasiswa jurusan ekonomi pembangunan mau minta data luas panen padi 2025.", "Komang",
     kNone},
    // The head of a hamlet names the hamlet he heads, in lower case too; after "dari" a hamlet is an address.
    {"om swastyastu, tiang ketut sadia kelian banjar dinas pangyangan kauh desa pangyangan. mohon data jumlah kk.",
     "Ketut Sadia", "banjar dinas pangyangan kauh desa pangyangan"},
    // A firm's name after "dari" may be followed by where it is; a hamlet followed by its village is an address.
    {"Selamat siang, kami dari Percetakan Cahaya Offset di Jl. Udayana, Negara, mau minta data jumlah sekolah.\n\nYudi",
     "Yudi", "Percetakan Cahaya Offset"},
    {"Selamat siang, saya Made dari Toko Bangunan Sinar Jaya di Negara, mau minta data jumlah rumah tangga 2025.",
     "Made", "Toko Bangunan Sinar Jaya"},
    {"Selamat siang, saya Made dari Banjar Sari di Desa Yehembang, mau minta data jumlah rumah tangga 2025.", "Made",
     kNone},
    // An acronym right before a body's head, where its name may start, is its unit or the name it goes by;
    // not a post or a campus's unit.
    {"Kami sampaikan skor layanan: 4. Terima kasih.\n\nSalam,\nHendro Pratomo\nDJPK Kementerian Keuangan",
     "Hendro Pratomo", "DJPK Kementerian Keuangan"},
    {"Selamat pagi, saya Yudhistira dari KPw BI Provinsi Bali. Mohon data PDRB triwulanan Jembrana 2025.",
     "Yudhistira", "KPw BI Provinsi Bali"},
    {"Selamat pagi, saya Rudi, HRD PT Sinar Laut Jembrana. Mohon data upah pekerja 2025.", "Rudi",
     "PT Sinar Laut Jembrana"},
    {"Selamat pagi, saya Rudi dari FEB Universitas Udayana. Mohon data kemiskinan 2025.", "Rudi",
     "Universitas Udayana"},
    // A government office and, after a comma, the office above or below it: one phrase, copied whole; a list
    // of offices is not one.
    {"Kami dari Direktorat Jenderal Perimbangan Keuangan, Kementerian Keuangan, sedang melakukan evaluasi. Kami "
     "memerlukan data PDRB Kabupaten Jembrana 2018-2025.\n\nSalam,\nHendro Pratomo",
     "Hendro Pratomo", "Direktorat Jenderal Perimbangan Keuangan, Kementerian Keuangan"},
    {"Selamat siang, saya Yudha dari Balai Wilayah Sungai Bali-Penida, Kementerian Pekerjaan Umum. Mohon data curah "
     "hujan 2025.",
     "Yudha", "Balai Wilayah Sungai Bali-Penida, Kementerian Pekerjaan Umum"},
    {"Selamat siang, saya Yudha dari Badan Pendapatan Daerah, Kantor Camat Negara dan Dinas Sosial. Mohon data "
     "kemiskinan 2025.",
     "Yudha", "Badan Pendapatan Daerah"},
    // A person by name from a village, a farmer in one, a town in capitals: where one lives, no body; the
    // village speaking ("kami dari Desa ...") or a post of it is one.
    {"Selamat pagi. Saya Ni Ketut Sariasih dari Desa Tukadaya. Apakah data saya aman?", "Ni Ketut Sariasih", kNone},
    {"SELAMAT PAGI. SAYA NI KETUT SARIASIH DARI DESA TUKADAYA. APAKAH DATA SAYA AMAN?", "Ni Ketut Sariasih", kNone},
    {"Saya Ketut Wardana, petani cabai di Desa Berangbang. Saya mau tanya data harga cabai 2023-2025.",
     "Ketut Wardana", kNone},
    {"SELAMAT SIANG. SAYA SUPARMAN DARI GILIMANUK. SAYA MAU MINTA DATA PENDUDUK 2025.", "Suparman", kNone},
    {"Selamat pagi, kami dari Desa Tukadaya mohon data jumlah penduduk 2025.\n\nI Made Arsana", "I Made Arsana",
     "Desa Tukadaya"},
    {"Selamat pagi, saya I Made Arsana, Kaur Perencanaan dari Desa Tukadaya, mohon data jumlah penduduk 2025.",
     "I Made Arsana", "Desa Tukadaya"},
    // After the name's comma, a post or a field in words no list knows, then "di" and a body: the body; not
    // where one lives, nor a relative's.
    {"Saya Kadek Vany Primaliandari, pengabdi bantuan hukum di Lembaga Bantuan Hukum (LBH) Bali. Kami memohon data "
     "jumlah tindak pidana 2020-2025.",
     "Kadek Vany Primaliandari", "Lembaga Bantuan Hukum (LBH) Bali"},
    {"Hi min! aku Nadia Kirana Salim, S1 Business Economics di Universitas Prasetiya Mulya. boleh minta data jumlah "
     "usaha makan minum per kecamatan 2025?",
     "Nadia Kirana Salim", "Universitas Prasetiya Mulya"},
    {"Saya Made Sudana, sedang liburan di Hotel Puri Dajuma. Mohon data jumlah wisatawan 2025.", "Made Sudana", kNone},
    // A body no list opens, named after a post, with its acronym in brackets inside the name.
    {"Saya Nyoman Darmaja, Ketua DPC Persatuan Tunanetra Indonesia (Pertuni) Kabupaten Jembrana. Kami memohon data "
     "jumlah penyandang disabilitas 2025.",
     "Nyoman Darmaja", "DPC Persatuan Tunanetra Indonesia (Pertuni) Kabupaten Jembrana"},
    // A letter signed for its head ("a.n. Kepala ...") with the office's region on the next line.
    {"Yth. Kepala BPS Kabupaten Jembrana,\n\nDalam rangka penyusunan kajian pendidikan politik bagi pemilih pemula, "
     "Badan Kesatuan Bangsa dan Politik Kabupaten Jembrana memohon data jumlah penduduk usia 17-21 tahun menurut "
     "kecamatan tahun 2025, serta persentase penduduk usia 16-18 tahun yang masih bersekolah.\n\nAtas perhatian dan "
     "kerja samanya diucapkan terima kasih.\n\na.n. Kepala "
     "Badan Kesatuan Bangsa dan Politik\nKabupaten Jembrana\nKasubbid Ideologi dan Wawasan Kebangsaan,\n\nKadek "
     "Wira Adnyana, S.IP.",
     "Kadek Wira Adnyana", "Badan Kesatuan Bangsa dan Politik Kabupaten Jembrana"},
    // A signature's role and its organisation set apart by a bar, as by a comma.
    {"Terima kasih banyak, data sudah kami terima lengkap.\n\nBest regards,\nDimas Prasetyo Aji\nFisheries Officer | "
     "WWF-Indonesia",
     "Dimas Prasetyo Aji", "WWF-Indonesia"},
    // A newsroom by its web address in lower case, after a journalist's word or "dari"; not an e-mail address.
    {"Sore min, sy Gede Yoga Pradipta wartawan beritabali.com, liputan Jembrana. Mhn bantu data NTP Bali Okt 2026.",
     "Gede Yoga Pradipta", "beritabali.com"},
    {"halo, saya Ayu dari kabarnusa.id mau minta data inflasi oktober 2026.", "Ayu", "kabarnusa.id"},
    // A signature's line under the name or the role that no list knows: an acronym with a word not in capitals,
    // or an acronym joined to its country; a name in capitals is no such line.
    {"Nilai saya untuk layanan PST: 4.\n\nSalam,\nAgus Setiawan\nBPPP Banyuwangi", "Agus Setiawan", "BPPP Banyuwangi"},
    {"Data sudah kami terima.\n\nBest regards,\nDimas Prasetyo Aji\nFisheries Officer\nWWF-Indonesia",
     "Dimas Prasetyo Aji", "WWF-Indonesia"},
    {"Data sudah kami terima, terima kasih.\n\nSalam,\nAGUS SETIAWAN\nWAYAN SUDARMA", "Agus Setiawan", kNone},
    // A body's acronym joined to its country is a body; its programme after it is a unit of it.
    {"Saya Dimas Prasetyo Aji, Fisheries Officer di WWF-Indonesia Program Bali-Nusa Tenggara. Mohon bantuan data "
     "produksi ikan lemuru 2023-2025.",
     "Dimas Prasetyo Aji", "WWF-Indonesia"},
    // The UPN campuses ("UPN \"Veteran\" Jawa Timur"), their name in quotes inside.
    {"Saya Reva Anjani, mahasiswi Ekonomi Pembangunan UPN \"Veteran\" Jawa Timur. Saya memohon data kemiskinan 2025.",
     "Reva Anjani", "UPN \"Veteran\" Jawa Timur"},
    // Networks, alliances, movements, unions and federations open a body's name when capitalised; in lower
    // case they are words ("gerakan tanam serentak").
    {"Selamat pagi, mohon data jumlah penduduk 2025 per kecamatan.\n\nSalam,\nRudi Hartono\nKoordinator Lapangan\n"
     "Jaringan Ekowisata Desa Bali",
     "Rudi Hartono", "Jaringan Ekowisata Desa Bali"},
    {"Saya Made Sudana dari Serikat Petani Indonesia Kabupaten Jembrana, mohon data luas panen padi 2025.",
     "Made Sudana", "Serikat Petani Indonesia Kabupaten Jembrana"},
    {"Saya Made Sudana, petani. Kami ikut gerakan tanam serentak, mohon data luas panen padi 2025.", "Made Sudana",
     kNone},
    // A signature's Indonesian role with its field, then the body after a bar or a comma.
    {"Selamat pagi, mohon data jumlah penduduk 2025 per kecamatan.\n\nSalam,\nRudi Hartono\nManajer Operasional | "
     "Puri Dajuma Beach Eco-Resort",
     "Rudi Hartono", "Puri Dajuma Beach Eco-Resort"},
    // Someone else named right before "saya di ..." or right after the affiliation word: theirs, not the writer's.
    {"Halo, saya Putu. Dosen pembimbing saya di Universitas Warmadewa menyarankan saya menghubungi BPS. Saya mahasiswa "
     "Undiksha. Mohon data IPM 2025.",
     "Putu", "Undiksha"},
    {"Halo, saya Putu. Teman saya di Dinas Sosial menyarankan saya menghubungi BPS. Mohon data IPM 2025.", "Putu",
     kNone},
    // A letter's formula before its signer, written inline.
    {"Dengan hormat,\nYang bertanda tangan di bawah ini, Drs. I Nyoman Sukadana, M.Si., Kepala Sekolah SMP Negeri 3 "
     "Negara, memohon data angka partisipasi sekolah 2025.",
     "Drs. I Nyoman Sukadana", "SMP Negeri 3 Negara"},
    // A form's label with a slash ("Instansi/Lembaga", "Instansi / Lembaga") is read as listed.
    {"Nama lengkap : Kadek Sumerta\nInstansi/Lembaga : Dinas Tenaga Kerja dan Perindustrian Kab. Jembrana\nData yang "
     "dibutuhkan : jumlah pencari kerja 2025",
     "Kadek Sumerta", "Dinas Tenaga Kerja dan Perindustrian Kab. Jembrana"},
    {"Nama : Kadek Sumerta\nPekerjaan / Instansi : Yayasan Widya Sari\nKeperluan : data pencari kerja 2025",
     "Kadek Sumerta", "Yayasan Widya Sari"},
    // Where one's team works or one works, by a name no list knows that the text describes as a body.
    {"Good day. My name is Arjun Mehta; I lead the data team at Kopernik, a non-profit based in Ubud. We would like "
     "poverty data for Jembrana 2024.",
     "Arjun Mehta", "Kopernik"},
    // "I'm <name>." ending its sentence or line is a name; an adjective, a nationality or a word is not.
    {"Hello! I'm Amy Wilson. Could you share visitor data for Jembrana 2025?", "Amy Wilson", kNone},
    {"Hi. I'm Ketut.\nCould you share visitor data for Jembrana 2025?", "Ketut", kNone},
    {"Hello! I'm Indonesian. Could you share visitor data for Jembrana 2025?", kNone, kNone},
    {"Hi. I'm Curious. Could you share visitor data for Jembrana 2025?", kNone, kNone},
    {"Hi. I'm Balinese. Could you share visitor data for Jembrana 2025?", kNone, kNone},
    // Given names that end as nationalities do ("-ian") are names.
    {"Hi. I'm Adrian. Could you share visitor data for Jembrana 2025?", "Adrian", kNone},
    {"Hello! I'm Vivian Tan. Could you share visitor data for Jembrana 2025?", "Vivian Tan", kNone},
    {"Hi. I'm Very Sorry. Could you share visitor data for Jembrana 2025?", kNone, kNone},
    // A greeting sent from one's body opens the mail with it; from a place, it names none.
    {"Greetings from the University of the Sunshine Coast! I'm Dr. Amy Wilson. Could you share visitor data for "
     "Jembrana 2025?",
     "Dr. Amy Wilson", "University of the Sunshine Coast"},
    {"Salam hangat dari Politeknik Negeri Bali! Saya Putu Ayu. Mohon data kunjungan wisatawan 2025.", "Putu Ayu",
     "Politeknik Negeri Bali"},
    {"Greetings from Australia! I'm Amy Wilson. Could you share visitor data for Jembrana 2025?", "Amy Wilson", kNone},
    // "<name> from <body> here": a name no list knows, then "here".
    {"Hi there, Jake from Lonely Planet here. We need tourist arrival figures for Jembrana 2025.", "Jake",
     "Lonely Planet"},
    {"Halo min, Wulan dari Jembrana Terkini nih. Boleh minta data kunjungan wisatawan 2025?", "Wulan",
     "Jembrana Terkini"},
    // An owner's business by its name in quotes, after what it does in lower case.
    {"Selamat pagi, saya Anton, pemilik usaha kopi robusta \"Kopi Jegog\" di Pekutatan. Mohon data produksi kopi 2025.",
     "Anton", "Kopi Jegog"},
    // A local government's office and, after a comma, its regency ending the clause: one phrase; a list goes on.
    {"Selamat pagi, saya Made dari Dinas Kesehatan, Kabupaten Jembrana. Mohon data jumlah penduduk 2025.", "Made",
     "Dinas Kesehatan, Kabupaten Jembrana"},
    {"Selamat pagi, saya Made dari Universitas Warmadewa, Kota Denpasar. Mohon data jumlah penduduk 2025.", "Made",
     "Universitas Warmadewa"},
    // This office greeted ("Halo admin BPS!") is nobody's affiliation: the sentences after it are read on.
    {"Halo admin BPS! aku Chika, mahasiswi Ilmu Komunikasi di Universitas Pendidikan Nasional Denpasar. boleh minta "
     "data jumlah pengguna internet ga?",
     "Chika", "Universitas Pendidikan Nasional Denpasar"},
    // An emoji after a body's name ends it.
    {"aku Chika, mahasiswi Ilmu Komunikasi di Universitas Pendidikan Nasional Denpasar \xF0\x9F\x98\x8A boleh minta "
     "data jumlah pengguna internet ga?",
     "Chika", "Universitas Pendidikan Nasional Denpasar"},
    // A unit named in English order, then its university after a comma: the university.
    {"Dear Sir/Madam,\n\nMy name is Lukas Becker and I am a doctoral researcher at the Institute of Geography, "
     "University of Hamburg, Germany. I would be grateful for village-level population data for Jembrana.\n\nKind "
     "regards,\nLukas Becker",
     "Lukas Becker", "University of Hamburg"},
    // A study's level between "studi"/"pendidikan" and "di": the campus after it.
    {"Perkenalkan, saya Teuku Raihan Akbar. Saat ini saya sedang menempuh studi doktoral di Leiden University, "
     "Belanda. Saya memerlukan data penduduk menurut suku bangsa.",
     "Teuku Raihan Akbar", "Leiden University"},
    {"Saya Budi Santoso, sedang melanjutkan studi magister di University of Melbourne. Mohon data PDRB 2023.",
     "Budi Santoso", "University of Melbourne"},
    // A unit of study, in any case, whose campus is named nowhere is no body ...
    {"Saya Wahyu Dwi Saputra, mahasiswa semester 7 jurusan Akuntansi, perlu data PDRB 2019-2025.",
     "Wahyu Dwi Saputra", std::nullopt},
    {"Saya Dewi Maharani, mahasiswi salah satu kampus swasta di Denpasar, jurusan Manajemen. Boleh minta data IMK?",
     "Dewi Maharani", std::nullopt},
    {"Saya Dewi, mahasiswi Program Studi Agribisnis. Boleh minta data produksi padi 2024?", "Dewi", std::nullopt},
    {"Saya Dewi, mahasiswi Fakultas Ekonomi dan Bisnis. Boleh minta data produksi padi 2024?", "Dewi", std::nullopt},
    {"Saya Rina Oktaviani, mahasiswi Prodi Agribisnis Fakultas Pertanian semester 7. Mohon data produksi kelapa 2025.",
     "Rina Oktaviani", std::nullopt},
    {"Ulun Muhammad Noor Hidayat, mahasiswa Program Studi Agribisnis Fakultas Pertanian, mohon data harga kopra 2025.",
     "Muhammad Noor Hidayat", std::nullopt},
    {"Bersama ini saya lampirkan surat pengantar dari Program Magister Perencanaan Pembangunan.\n\nHormat saya,\n"
     "Rahmi Fadhilah Putri", "Rahmi Fadhilah Putri", std::nullopt},
    {"Saya Rahmi, mahasiswi Program Doktor Ilmu Ekonomi. Mohon data kemiskinan 2025.", "Rahmi", std::nullopt},
    // A campus's research group, its campus after it: the campus.
    {"Perkenalkan, saya Hendra Wijaya, peneliti di Kelompok Keahlian Aljabar, Institut Teknologi Sepuluh Nopember. "
     "Mohon konsultasi metode SAE.", "Hendra Wijaya", "Institut Teknologi Sepuluh Nopember"},
    {"Dear team, I am Tom Becker of the Research Group Spatial Economics at Universitas Gadjah Mada. We need "
     "village population data.", "Tom Becker", "Universitas Gadjah Mada"},
    // ... but one that names its campus is the campus's.
    {"Saya Dewi, mahasiswi Fakultas Teknik Unud. Boleh minta data produksi padi 2024?", "Dewi", "Unud"},
    // A numbered group of students after the campus is no part of it.
    {"Kami mahasiswa KKN Universitas Muhammadiyah Malang Kelompok 12 di Desa Tegalbadeng Barat. Kami mohon data "
     "penduduk desa.\n\nHormat kami,\nFajar Rizky Maulana",
     "Fajar Rizky Maulana", "Universitas Muhammadiyah Malang"},
    // A unit of the body after a comma is no part of it; a parent after a comma is.
    {"Perkenalkan saya Komang Sri Ardani dari Sekretariat KPU Kabupaten Jembrana, Subbagian Perencanaan, Data dan "
     "Informasi. Kami memerlukan proyeksi penduduk 2027.",
     "Komang Sri Ardani", "Sekretariat KPU Kabupaten Jembrana"},
    {"Perkenalkan saya Komang Ayu dari Dinas Kesehatan Kabupaten Jembrana, Bidang Pencegahan dan Pengendalian "
     "Penyakit. Kami memerlukan data penduduk 2027.",
     "Komang Ayu", "Dinas Kesehatan Kabupaten Jembrana"},
    {"Perkenalkan saya Komang Ayu dari Balai Wilayah Sungai Bali-Penida, Kementerian Pekerjaan Umum. Kami memerlukan "
     "data curah hujan 2024.",
     "Komang Ayu", "Balai Wilayah Sungai Bali-Penida, Kementerian Pekerjaan Umum"},
    // The outlet a journalist reports or writes for, however it is called; not a person written for.
    {"Hello,\n\nI'm Kate Lawson, a freelance journalist currently reporting for Mongabay on the sardine fishery. "
     "Could you share fish landings?\n\nBest,\nKate",
     "Kate Lawson", "Mongabay"},
    {"Hello, I am Maria Rossi, a contributor to The Conversation Indonesia. Could you share poverty data for 2024?",
     "Maria Rossi", "The Conversation Indonesia"},
    {"Hi, my name is Tom Baker and I write for Lonely Planet. Could you share tourism data for 2024?", "Tom Baker",
     "Lonely Planet"},
    {"Dear Sir, my name is John Smith. I am writing for Dr. Susan Clark, my supervisor. Could you share rice data?",
     "John Smith", std::nullopt},
    {"Dear Sir, I'm writing for my thesis and need population data for 2020.\n\nRegards,\nJohn Smith", "John Smith",
     std::nullopt},
    // A colleague ("rekan kerja") is no name; the one who signs is.
    {"Saya rekan kerja Ibu Komang Sri Ardani. Beliau sedang cuti, jadi mohon data dikirim ke email saya.\n\nSalam,\n"
     "Komang Budi Astawa",
     "Komang Budi Astawa", std::nullopt},
    {"halo, sy budi kerja, mau tanya data jumlah kendaraan bermotor dong", "Budi", std::nullopt},
    // The office first and the name after a comma, in Balinese too.
    {"Om swastyastu. Tiang Perbekel Desa Tegal Cangkring, I Putu Gede Suarjaya. Mohon data jumlah keluarga miskin.",
     "I Putu Gede Suarjaya", "Desa Tegal Cangkring"},
    // An expert's field between the post and "di": the body after it.
    {"Saya Arif Rahman Hakim, tenaga ahli sosial ekonomi di PT Enviro Cipta Konsulindo. Kami menyusun dokumen AMDAL.",
     "Arif Rahman Hakim", "PT Enviro Cipta Konsulindo"},
    // Where a population asked about works is not where the writer does.
    {"Saya Arif Rahman Hakim. Data yang kami perlukan:\n1. jumlah penduduk Kelurahan Gilimanuk 2021-2025;\n2. "
     "penduduk bekerja menurut lapangan usaha di Kecamatan Melaya;",
     "Arif Rahman Hakim", std::nullopt},
    {"Saya Arif Rahman Hakim. Data penduduk bekerja di Kecamatan Melaya tahun 2024.", "Arif Rahman Hakim",
     std::nullopt},
    // A post written short, unknown to the lists, right after the name's comma, then the body.
    {"Mohon ijin, saya I Wayan Sukerta, Pasiter Kodim 1617/Jembrana. Kami mohon data luas panen padi 2024.",
     "I Wayan Sukerta", "Kodim 1617/Jembrana"},
    {"Saya I Wayan Sukerta, Kanit Reskrim Polsek Melaya. Kami mohon data kriminalitas 2024.", "I Wayan Sukerta",
     "Polsek Melaya"},
    // A passive verb right after "saya" is no name; what one was struck off is no body; a hamlet alone under
    // the name is where one lives, under a post it is what one heads.
    {"SAYA MAU PROTES. KELUARGA SAYA DICORET DARI PENERIMA BANTUAN SEMBAKO. TOLONG DIPERIKSA.\n\nNI KOMANG "
     "SUDIARNI\nBANJAR PENGAMBENGAN KELOD",
     "Ni Komang Sudiarni", std::nullopt},
    {"SAYA DIMINTA OLEH KEPALA DESA UNTUK MINTA DATA PENDUDUK 2024.\n\nNi Komang Sudiarni", "Ni Komang Sudiarni",
     std::nullopt},
    {"Mohon data penduduk 2024.\n\nI Made Arta\nKelian Dinas\nBanjar Pengambengan Kelod", "I Made Arta",
     "Banjar Pengambengan Kelod"},
    // Whence someone claims to come is not the writer's body.
    {"SAYA MADE WIRATA WARGA DESA PULUKAN. KEMARIN ADA PETUGAS YANG MENGAKU DARI BPS DATANG KE RUMAH JAM 8 MALAM. "
     "TOLONG PETUGASNYA DITEGUR.",
     "Made Wirata", std::nullopt},
    {"Saya Made Wirata. Kemarin ada orang yang mengaku dari Dinas Sosial datang ke rumah minta uang. Tolong dicek.",
     "Made Wirata", std::nullopt},
    // A unit first, then after its comma the body: the body.
    {"Saya Gusti Putu Wiradana dari Bidang Pembinaan Sekolah Dasar, Dinas Pendidikan, Kepemudaan dan Olahraga "
     "Kabupaten Jembrana. Kami memerlukan data APK 2020-2025.",
     "Gusti Putu Wiradana", "Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana"},
    // A graduate institute of a university is the university's.
    {"My name is Chen Yu-Ting and I am a master's student in the Graduate Institute of Sociology at National "
     "Taiwan University. Could you share population by kecamatan?",
     "Chen Yu-Ting", "National Taiwan University"},
    // The body right after "dari", though another is named further on past "ke".
    {"Kami dari Kelompok Nelayan Segara Amerta Desa Perancak mau mengajukan bantuan mesin tempel dan jaring ke Dinas "
     "Perikanan. Mohon data jumlah nelayan.\n\nKetua,\nSahidin",
     "Sahidin", "Kelompok Nelayan Segara Amerta Desa Perancak"},
    // A name, a dash and a body no list knows, or a site's name, on the signature line.
    {"Sangat puas! Datanya lengkap. Sukses terus BPS Jembrana.\n\nAri - jembranaterkini.com", "Ari",
     "jembranaterkini.com"},
    {"Mohon data penduduk Jembrana 2024.\n\nTerima kasih,\nGita - Jaring", "Gita", "Jaring"},
    {"Mohon data penduduk Jembrana 2024.\n\nSalam,\nBudi - Denpasar", "Budi", std::nullopt},
    {"Mohon data penduduk Jembrana 2024.\n\nSalam,\nPutu Ayu - Staf Keuangan", "Putu Ayu", std::nullopt},
    // "I'm <name>." whose words are English words and English names too; not a state ("I'm Very Happy.").
    {"Hi, I'm Tom Baker. Could you share rice production data for Jembrana 2024?", "Tom Baker", std::nullopt},
    {"Hi, I'm Very Happy. Could you share rice production data for Jembrana 2024?", std::nullopt, std::nullopt},
    // A form's labels inside a sentence.
    {"Selamat pagi, nama: Tasya Amelia, asal: Universitas Udayana. Mau minta data IPM Jembrana 2023.", "Tasya Amelia",
     "Universitas Udayana"},
    {"Selamat pagi. Nama lengkap: Tasya Amelia; Instansi: Universitas Udayana; Keperluan: data IPM 2023.",
     "Tasya Amelia", "Universitas Udayana"},
    // A signature in brackets, or with initials.
    {"Mohon data IPM Jembrana 2023.\n\nHormat saya,\n\n(Tasya Amelia)", "Tasya Amelia", std::nullopt},
    {"Mohon data IPM Jembrana 2023.\n\nSalam,\nTasya A. Putri", "Tasya A. Putri", std::nullopt},
    {"Mohon data IPM Jembrana 2023.\n\nSalam,\nI G. A. Ngurah Putra", "I G. A. Ngurah Putra", std::nullopt},
    {"Mohon data IPM Jembrana 2023.\n\nSalam,\nA. B.", std::nullopt, std::nullopt},
    // A kind of body "bernama" its name; "saya bernama" names the writer.
    // A village-owned enterprise or small firms named as a kind ("program penguatan BUMDes") name none: the body
    // signed below does.
    {"Kami sedang menyiapkan rencana usaha agrowisata di Desa Manistutu untuk diajukan pada program penguatan BUMDes "
     "tahun 2027. Mohon data durian 2025.\n\nSalam,\nKomang Juliantara\nDirektur BUMDes Amerta Giri Desa "
     "Manistutu\nKec. Melaya - Kab. Jembrana",
     "Komang Juliantara", "BUMDes Amerta Giri Desa Manistutu"},
    {"Saya Rina. Saya bekerja di sebuah LSM bernama Yayasan Manikaya Kauci. Mohon data IPM 2024.", "Rina",
     "Yayasan Manikaya Kauci"},
    {"Saya Budi, bekerja di startup bernama Panenku. Mohon data IPM 2024.", "Budi", "Panenku"},
    {"Halo, saya bernama Budi Santoso dari Universitas Udayana. Mohon data IPM 2024.", "Budi Santoso",
     "Universitas Udayana"},
    // An institute or a school for a field, then its university after the comma: the university.
    {"My name is Marieke van den Berg and I am a PhD candidate at the Leiden Institute for Area Studies, Leiden "
     "University. I would be grateful for population by religion.",
     "Marieke van den Berg", "Leiden University"},
    {"Greetings from Xiamen. I am Chen Xiaoling, associate professor at the Research School for Southeast Asian "
     "Studies, Xiamen University. May I ask for the population by religion?",
     "Chen Xiaoling", "Xiamen University"},
    // A post for a field, then "at" the body.
    {"My name is Maria and I work as Program Officer for Child Protection at Plan International Indonesia. Could you "
     "share child marriage data?",
     "Maria", "Plan International Indonesia"},
    // Banjar "ulun" (I) opening a clause; after a word it is a name's.
    {"Ulun Muhammad Rizki Noor, mahasiswa S2 Ilmu Ekonomi di Universitas Lambung Mangkurat, Banjarmasin. Mohon data "
     "migrasi keluar.",
     "Muhammad Rizki Noor", "Universitas Lambung Mangkurat"},
    {"Kami dari Ulun Danu Beratan Resort. Mohon data wisatawan 2024.\n\nSalam, Made", "Made",
     "Ulun Danu Beratan Resort"},
    // The identity sent when asked for it: "Identitas saya: ...", "Nama <name>, <body>."
    {"Identitas saya: Budi Santoso, Universitas Udayana.", "Budi Santoso", "Universitas Udayana"},
    {"Baik. Nama Budi Santoso, Universitas Udayana. Terima kasih.", "Budi Santoso", "Universitas Udayana"},
    {"Nama Desa: Yehembang. Mohon data penduduk 2024.", std::nullopt, std::nullopt},
    // Whence something was got is its source, not the writer's body.
    {"Selamat pagi, mohon maaf permohonan data saya dibatalkan saja, datanya ternyata sudah saya dapat dari Dinas "
     "Pertanian. Terima kasih.\n\nRizal",
     "Rizal", std::nullopt},
    {"Saya Rizal dari Dinas Pertanian. Data yang saya dapat dari website kurang lengkap, mohon data luas panen 2024.",
     "Rizal", "Dinas Pertanian"},
    // This office greeted by name before "ini <name> dari ..."; "<name> here from ...".
    {"Halo BPS, ini Kadek dari Undiksha ya. Mau minta data IPM 2024.", "Kadek", "Undiksha"},
    {"Halo, Kadek here from Undiksha. Mau minta data IPM 2024.", "Kadek", "Undiksha"},
    {"Halo BPS, ini Surat Pengantar dari kampus saya. Mohon data IPM 2024.", std::nullopt, std::nullopt},
    // A form's name label of two fields ("Nama/NIM"), and English applicants' labels.
    {"Nama/NIM: Budi Santoso / 2108511023\nKampus: Universitas Udayana\nMohon data IPM Jembrana 2024.",
     "Budi Santoso", "Universitas Udayana"},
    {"Name of applicant: John Smith\nAffiliation: University of Sydney\nData needed: HDI Jembrana 2024", "John Smith",
     "University of Sydney"},
    // A body one has joined, said by the writer; a team one is in; a kind of body a word back before "bernama".
    {"Saya Budi, tergabung dalam Komunitas Peduli Sungai Ijogading. Mohon data kemiskinan 2024.", "Budi",
     "Komunitas Peduli Sungai Ijogading"},
    {"Saya Budi. Data ini akan tergabung dalam laporan Dinas Sosial. Mohon data kemiskinan 2024.", "Budi",
     std::nullopt},
    {"I'm Budi, I lead the data team at Traveloka. Could you share tourism data?", "Budi", "Traveloka"},
    {"Saya Budi, founder startup agritech bernama Tanikita. Mohon data produksi padi 2024.", "Budi", "Tanikita"},
    // A firm named for what it offers, on the signature line or after "work for".
    {"I'd give it a 3. The tables were what we needed.\n\nRachel Lim\nMeridian Retail Advisory", "Rachel Lim",
     "Meridian Retail Advisory"},
    {"Mohon data IPM 2024.\n\nSalam,\nBudi\nKinara Solutions", "Budi", "Kinara Solutions"},
    {"We need financial solutions for farmers. Could you share credit data for 2024?\n\nRahul", "Rahul", std::nullopt},
    // A campus written before its unit of study is the campus.
    {"Saya Budi, mahasiswa Universitas Udayana Fakultas Ekonomi dan Bisnis. Mohon data IPM 2024.", "Budi",
     "Universitas Udayana"},
    {"Saya Budi, mahasiswa Politeknik Negeri Bali Jurusan Akuntansi. Mohon data IPM 2024.", "Budi",
     "Politeknik Negeri Bali"},
    // One reading of a site's name for every rule: after a journalist's word, any of its top-level domains.
    {"Saya Putu, wartawan kabardewata.info. Mohon data IPM 2024.", "Putu", "kabardewata.info"},
    // A name and a body no list knows after a comma, signed under a closing: the body needs a place or an
    // acronym among its words.
    {"Mohon data luas tambak per desa.\n\nSalam,\nAnggita Rahmawati, Mongabay Indonesia", "Anggita Rahmawati",
     "Mongabay Indonesia"},
    // ... and a name with what the writer is after the comma is the name.
    {"Mohon data luas tambak per desa.\n\nSalam,\nAnggita Rahmawati, Pekerja Lepas", "Anggita Rahmawati", kNone},
    {"Mohon data luas tambak per desa.\n\nHormat saya,\nI Made Sudana, Jurnalis Lepas\n0812 3456 789", "I Made Sudana",
     kNone},
    // The answer to our request for a name and a body: that line alone, or a line that ends its sentence.
    {"Muhammad Faisal Akbar, Universitas Mataram.\nMohon maaf tadi lupa dicantumkan.", "Muhammad Faisal Akbar",
     "Universitas Mataram"},
    {"Ni Kadek Ayu, Dinas Sosial Kabupaten Jembrana", "Ni Kadek Ayu", "Dinas Sosial Kabupaten Jembrana"},
    // "Warmly," is a sign-off, not the name under it.
    {"Could you share the 2024 population figures?\n\nWarmly,\nMarie-Claire\nCoral Triangle Watch", "Marie-Claire",
     kNone},
    // A correction names the writer's body after its marker ("yang benar", "seharusnya", "bukan X tapi Y",
    // "not X but Y"), in a sentence about what was written of the writer; another's duty is no correction.
    {"Mohon koreksi, instansi saya tertulis Universitas Pendidikan Ganesha, padahal yang benar Politeknik Negeri "
     "Bali.\n\nSalam,\nI Putu Eka Yudiastra",
     "I Putu Eka Yudiastra", "Politeknik Negeri Bali"},
    {"Pak, instansi saya bukan Dinas Sosial tapi Dinas Kesehatan Kabupaten Jembrana. Mohon dikoreksi.\n\nBudi", "Budi",
     "Dinas Kesehatan Kabupaten Jembrana"},
    {"Dear team, a small correction: my affiliation is not Udayana University but Warmadewa University.\n\nBest,\nAnna",
     "Anna", "Warmadewa University"},
    {"Maaf, instansinya seharusnya Bappeda Kabupaten Jembrana, bukan Bapenda.\n\nSalam, Komang", "Komang",
     "Bappeda Kabupaten Jembrana"},
    {"Saya Komang dari Yayasan Bumi Lestari. Menurut kami seharusnya Dinas Sosial yang menangani data ini.", "Komang",
     "Yayasan Bumi Lestari"},
    // A body past a distance is a landmark; members one hands something to are not the writer's body; an
    // adverb in lower case after a possessive "saya" is no name.
    {"Kantor saya di Melaya cukup jauh dari bank persepsi.\n\nHendra Wijaya\nCV Sumber Rejeki Melaya",
     "Hendra Wijaya", "CV Sumber Rejeki Melaya"},
    {"Rumah saya cukup jauh dari bank persepsi.\n\nHendra Wijaya\nCV Sumber Rejeki Melaya", "Hendra Wijaya",
     "CV Sumber Rejeki Melaya"},
    {"File yang dikirim salah. Bahan itu sudah kami bagikan kepada anggota Komisi II.\n\nSalam,\nKadek Dwi "
     "Antara\nSekretariat DPRD Kabupaten Jembrana",
     "Kadek Dwi Antara", "Sekretariat DPRD Kabupaten Jembrana"},
    {"Saya Kadek, anggota Komisi II DPRD Kabupaten Jembrana. Mohon data kemiskinan 2024.", "Kadek",
     "Komisi II DPRD Kabupaten Jembrana"},
    {"halo kak sy budi dr unud mau minta data ipm", "Budi", "unud"},
    // A document one must get from a body ("a research permit from the Kesbangpol office") names its source.
    {"I was told that as a foreigner I needed a research permit from the Kesbangpol office first.\n\nBronwyn "
     "Fletcher",
     "Bronwyn Fletcher", kNone},
    {"Saya Made dari Yayasan Bumi Lestari, sudah punya surat persetujuan dari Dinas Kesehatan. Mohon data gizi.",
     "Made", "Yayasan Bumi Lestari"},
    // In lower case a village's name after "desa" may run to three words; a known place closing the phrase
    // after the lower-case words is where the body is.
    {"sy wayan sudarma dr kub segara amerta desa air kuning. mau minta data nelayan", "Wayan Sudarma",
     "kub segara amerta desa air kuning"},
    {"sy putu eka dr yayasan peduli anak pesisir jembrana. mohon data anak putus sekolah", "Putu Eka",
     "yayasan peduli anak pesisir jembrana"},
    // An association of people away from home, or a mission, is named with where it sits; another body is not.
    {"Saya Dimas, Ketua Umum Ikatan Pelajar Mahasiswa Jembrana di Yogyakarta. Mohon data IPM.", "Dimas",
     "Ikatan Pelajar Mahasiswa Jembrana di Yogyakarta"},
    {"Saya Sari dari Perhimpunan Pelajar Indonesia di Belanda. Mohon data penduduk.", "Sari",
     "Perhimpunan Pelajar Indonesia di Belanda"},
    {"My name is Ratih and I work for the FAO Representation in Indonesia as a consultant. Could you share rice "
     "data?",
     "Ratih", "FAO Representation in Indonesia"},
    {"Saya Putu, wartawan Bali Post di Jembrana. Mohon data kemiskinan.", "Putu", "Bali Post"},
    // A capitalised post a few words before "di", and an expert's post before an acronym, say where one works.
    {"Saya Ahmad Fauzi, S.H.I., Panitera Muda Hukum di Pengadilan Agama Negara. Mohon data perkawinan.",
     "Ahmad Fauzi", "Pengadilan Agama Negara"},
    {"Saya Takeshi Morimoto, tenaga ahli JICA untuk proyek perikanan. Mohon data produksi ikan.", "Takeshi Morimoto",
     "JICA"},
    // A lower-case name before a health or field worker's word; a worker asked about is nobody's body.
    {"om swastyastu bu/pak, sy luh putu sukerti bidan desa di puskesmas 1 melaya. mau minta data wus", "Luh Putu Sukerti",
     "puskesmas 1 melaya"},
    {"sy made arta penyuluh pertanian di kec mendoyo. minta data luas panen padi.", "Made Arta", kNone},
    {"sy mau tanya perawat di puskesmas ada berapa", kNone, kNone},
    // A casual writer signs in lower case under a text in lower case: a name no dictionary or chat word makes.
    {"siang kak, mau nanya permohonan data sy udh sampai mana ya? makasih kak\n\nkomang ayu", "Komang Ayu", kNone},
    {"selamat siang pak bu, berikut sy lampirkan surat pengantar. terima kasih\n\nkomang tri ardiana",
     "Komang Tri Ardiana", kNone},
    {"mau minta data ipm jembrana 2024\n\nok", kNone, kNone},
    {"mau minta data ipm jembrana 2024\n\nsegera ya", kNone, kNone},
    {"Mau minta data IPM Jembrana 2024.\n\nkomang ayu\n\nbudi", kNone, kNone},
    // "This is X writing": the name before the writer's "writing", "here" or "speaking".
    {"I hope this message finds you well. This is Pieter-Jan Hoekstra writing, a PhD candidate at Leiden University."
     "\n\nWith kind regards,\nP.J. Hoekstra",
     "Pieter-Jan Hoekstra", "Leiden University"},
    // A site's name ends its sentence at its dot: the capitalised word after it is no part of it.
    {"Saya Rizky, penulis di Jalan-Jalan.id. Boleh minta data kunjungan wisatawan 2024?", "Rizky", "Jalan-Jalan.id"},
    // A firm by its web address where one works, and a generic kind of firm before its name, name the firm.
    {"Saya Rizky, content writer di Jalanjalan.id. Boleh minta data kunjungan wisatawan 2024?", "Rizky",
     "Jalanjalan.id"},
    {"Saya Rizky dari startup Tanikita. Mohon data produksi padi 2024.", "Rizky", "Tanikita"},
    {"Saya Rizky dari perusahaan rintisan Kopiku, mohon data produksi kopi 2024.", "Rizky", "Kopiku"},
    // A club is a body named before its head word, and a club's "Presiden" is its officer; a consulate-general's
    // hyphenated head; an acronym in brackets inside an English name that goes on; a post before "di"; a firm
    // whose partners stand before "& Company".
    {"Saya Komang Arta, Presiden Rotary Club Negara periode 2026-2027. Mohon data jumlah UMKM 2025.", "Komang Arta",
     "Rotary Club Negara"},
    {"Saya Ayu Lestari, anggota Jembrana Cycling Club. Mohon data panjang jalan kabupaten 2025.", "Ayu Lestari",
     "Jembrana Cycling Club"},
    {"Dear team, could you share the poverty rate 2020-2025?\n\nBest regards,\nHiroshi Tanaka\n"
     "Consulate-General of Japan in Denpasar", "Hiroshi Tanaka", "Consulate-General of Japan in Denpasar"},
    {"Kind regards,\n\nRebecca Thornton\nPolitical and Economic Officer\nAustralian Consulate-General Bali\n"
     "Jl. Tantular No. 32, Renon, Denpasar", "Rebecca Thornton", "Australian Consulate-General Bali"},
    {"Saya Lukas, Programme Assistant di International Labour Organization (ILO) Indonesia. Mohon data TPT 2025.",
     "Lukas", "International Labour Organization (ILO) Indonesia"},
    {"Saya Dimas, konsultan di Bain & Company Indonesia. Mohon data PDRB 2020-2025.", "Dimas",
     "Bain & Company Indonesia"},
    // ... an acronym in brackets that ends the name is left out, as before.
    {"Saya Lukas dari International Labour Organization (ILO), kantor Jakarta. Mohon data TPT 2020-2025.", "Lukas",
     "International Labour Organization"},
    // In capitals a verb or a score is no name: the name signed below is.
    {"SAYA BERI NILAI LIMA. PETUGASNYA SABAR DAN RAMAH. TERIMA KASIH\n\nI WAYAN SUDANA", "I Wayan Sudana", kNone},
    {"TIANG NGATURANG NILAI EMPAT. SUKSMA\n\nNI KADEK SRI ASTUTI", "Ni Kadek Sri Astuti", kNone},
    // A short mail of short lines ends with a name over its organisation: that is a signature.
    {"Nilai: 4/5\nPelayanannya cepat, tapi data per desa belum ada.\nSupardi\nKelompok Nelayan Segara Amerta",
     "Supardi", "Kelompok Nelayan Segara Amerta"},
    {"Mohon data harga gabah 2025.\nHendra Gunawan\nKoperasi Tani Makmur Jaya", "Hendra Gunawan",
     "Koperasi Tani Makmur Jaya"},
    // A place, a comma and its region under a body is where the body is, not who signs.
    {"Mohon data tamu hotel 2023-2026.\n\nWarm regards,\nReservations Team\nMedewi Surf Villas\n"
     "Pekutatan, Jembrana - Bali", kNone, "Medewi Surf Villas"},
    // A newsroom signing by its site's name: the body, never a name; "www." is an address.
    {"Kami mohon data jumlah penduduk per kecamatan 2025.\n\nSalam redaksi,\nNegaraPost.id", kNone, "NegaraPost.id"},
    {"Kami mohon data jumlah penduduk per kecamatan 2025.\n\nSalam,\nTim Redaksi\nwww.negarapost.id", kNone, kNone},
    // An institute over its university on the line below is the university's, as a centre over it was.
    {"I would like to request population by religion per desa.\n\nKind regards,\n\nMaarten de Vries\n"
     "PhD Candidate\nAmsterdam Institute for Social Science Research (AISSR)\nUniversity of Amsterdam",
     "Maarten de Vries", "University of Amsterdam"},
    {"Mohon data pengunjung pantai 2025.\n\nSalam,\nNi Made Sri Wulandari\nPusat Unggulan Pariwisata\n"
     "Universitas Udayana", "Ni Made Sri Wulandari", "Universitas Udayana"},
    // A village official by a short title, in lower case: the name before it, the village after it (its
    // district is where the village is).
    {"slmt pagi pak\nsy wayan sumerta kades desa pengragoan kec pekutatan. mohon data penduduk per banjar 2025",
     "Wayan Sumerta", "desa pengragoan"},
    {"sy ni luh sari sekdes desa yehembang, mohon data jumlah kk miskin thn 2025 ya pak", "Ni Luh Sari",
     "desa yehembang"},
    // A department after the name's bar or dash is no body: the line below names it.
    {"Mohon data wisatawan 2020-2025.\n\nSalam,\nDewi | Marketing\nHotel Jimbarwana Negara", "Dewi",
     "Hotel Jimbarwana Negara"},
    {"Mohon data wisatawan 2020-2025.\n\nSalam,\nKomang - Front Office\nMedewi Beach Hotel", "Komang",
     "Medewi Beach Hotel"},
    {"Mohon data wisatawan 2020-2025.\n\nSalam,\nKetut Ari | Humas\nPemkab Jembrana", "Ketut Ari",
     "Pemkab Jembrana"},
    // "International" ends a body's name (its country after it at most), not a field of study.
    {"Hi there, I'm Lucy from the Bali office of Conservation International. We need coastal population data.", "Lucy",
     "Conservation International"},
    {"Hi, I'm Lucy, a master's student in International Relations at Leiden University. Could you share poverty data?",
     "Lucy", "Leiden University"},
    // A client one helps is no body of one's own; helping where one volunteers is.
    {"Saya Rina, konsultan independen yang sedang membantu Pemerintah Desa Tukadaya menyusun RPJMDes. Mohon data "
     "penduduk 2025.", "Rina", kNone},
    {"Saya Rina, relawan yang membantu di Yayasan Bumi Sehat. Mohon data kesehatan ibu dan anak 2025.", "Rina",
     "Yayasan Bumi Sehat"},
    // Under a signed name, a village after a trade or "warga" is where one lives; after a post, one's body.
    {"Mohon data produksi kopi 2025 per kecamatan.\n\nTerima kasih banyak,\n\nKomang Adi Saputra\n"
     "(Petani kopi, Desa Manistutu)", "Komang Adi Saputra", kNone},
    {"Mohon data penduduk 2025.\n\nSalam,\nKomang Adi\nWarga Desa Yehembang", "Komang Adi", kNone},
    {"Mohon data penduduk 2025.\n\nSalam,\nKomang Adi\nKaur Keuangan Desa Tukadaya", "Komang Adi", "Desa Tukadaya"},
    // A radio station's frequency (and its town after it) is no part of its name.
    {"Salam dari Radio Suara Jembrana FM 101.5 Negara. Saya Ayu, penyiar. Mohon data inflasi 2026.", "Ayu",
     "Radio Suara Jembrana FM"},
    // A body described in lower case gives way to its signature line of the same kind.
    {"Setahu saya data BPS gratis, apalagi kami paguyuban nelayan kecil, bukan perusahaan. Mohon dijelaskan.\n"
     "Ahmad Zainuri\nPaguyuban Nelayan Pantai Pebuahan", "Ahmad Zainuri", "Paguyuban Nelayan Pantai Pebuahan"},
    // "Saya atas nama ...", a formal English "I, <name>,", and "<name> of <body>" after "This is" / "I am".
    {"Selamat pagi,\nSaya atas nama Komang Sri Widiantari, S.E., dari Koperasi Mina Sejahtera, memohon data produksi "
     "ikan 2025.", "Komang Sri Widiantari", "Koperasi Mina Sejahtera"},
    {"Dear Sir or Madam, I, Hannah Schmidt, a researcher at the University of Freiburg, kindly request poverty data.",
     "Hannah Schmidt", "University of Freiburg"},
    {"Greetings from Manila! This is Jose Ramon Dela Cruz of Ateneo de Manila University. We request poverty data.",
     "Jose Ramon Dela Cruz", "Ateneo de Manila University"},
    {"Hello! I am Jose Cruz, of the University of the Philippines. We request poverty data 2020-2025.", "Jose Cruz",
     "University of the Philippines"},
    // A role over a field before the separator ("Head of Research |"), then a body no list knows; "Labs" ends a
    // body's name as "Lab" does.
    {"Mohon data UMKM 2025.\n\nBest,\nKetut\nHead of Research | Kopi Nusantara", "Ketut", "Kopi Nusantara"},
    {"Mohon data UMKM 2025.\n\nBest,\nKetut\nDirector of Programs, Kopi Nusantara", "Ketut", "Kopi Nusantara"},
    {"Halo, saya Ketut, founder startup Balidata Labs. Mohon data UMKM 2025.", "Ketut", "Balidata Labs"},
    {"Mohon data UMKM 2025.\n\nBest,\nKetut\nHead of Research | Balidata Labs", "Ketut", "Balidata Labs"},
    // A nickname at the start of a signed name's word, and a Balinese short form ("Gus" of "Bagus"): the whole
    // name signed below.
    {"Halo kak, aku Wulan mahasiswi Undiksha. Mohon data kemiskinan 2025.\n\nSalam,\nNi Made Ayu Wulandari",
     "Ni Made Ayu Wulandari", "Undiksha"},
    {"Om Swastyastu, tiang Gus Arya dari Unmas. Nunas data kemiskinan 2025.\n\nSuksma,\nIda Bagus Made Arya Wiguna",
     "Ida Bagus Made Arya Wiguna", "Unmas"},
    // ... not a different person's name signed for an office below.
    {"Halo, saya Wulan dari Undiksha. Mohon data kemiskinan 2025.\n\nSalam,\nWulan\n\nMengetahui,\nKetut Arsana",
     "Wulan", "Undiksha"},
    // A unit named after a field that is also a kind of body, its office on the next line: the office.
    {"Mohon data UMKM 2025.\n\nSalam,\nNi Putu Ayu Candra Dewi\nStaf Bidang Koperasi dan UKM\n"
     "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Jembrana",
     "Ni Putu Ayu Candra Dewi", "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Jembrana"},
    // A contact line set out with bars: roles and units give way to the body, however long the line runs on, and
    // under a short name signed above it too.
    {"Mohon data KK per desa 2025.\n\nSalam,\nGung Bagus\n\n--\nAnak Agung Ngurah Bagus Dharmayasa, S.T. | Penata "
     "Kadastral Ahli Pertama | Seksi Survei dan Pemetaan | Kantor Pertanahan Kabupaten Jembrana | Jl. Udayana No. 9, "
     "Negara | WA 0813-3791-xxxx",
     "Anak Agung Ngurah Bagus Dharmayasa", "Kantor Pertanahan Kabupaten Jembrana"},
    {"Mohon data jaminan kesehatan 2025.\n\nHormat saya,\n\nFelicia Tjandrawinata | Mahasiswa Magister Kesehatan "
     "Masyarakat | Fakultas Kesehatan Masyarakat | Universitas Airlangga | Surabaya",
     "Felicia Tjandrawinata", "Universitas Airlangga"},
    // Vertical offices in the regions: a port authority over its directorate general, a ministry's regional office.
    {"Mohon data nelayan per desa 2025.\n\nWassalam.\n\n--\nAndi Baso Tenriajeng\nSeksi Keselamatan Berlayar\n"
     "KSOP Kelas IV Gilimanuk\nDirektorat Jenderal Perhubungan Laut",
     "Andi Baso Tenriajeng", "KSOP Kelas IV Gilimanuk"},
    {"Selamat pagi, saya Wayan Sudana dari Kanwil Kemenkumham Bali. Mohon data narapidana 2025.", "Wayan Sudana",
     "Kanwil Kemenkumham Bali"},
    // Muslim names' words written short with a dot ("Moch.", "Abd.") go on to the rest of the name.
    {"Mohon izin, saya Moch. Ilham Prasetyo, Kepala Subseksi pada Rutan Negara. Mohon data penduduk 2025.",
     "Moch. Ilham Prasetyo", "Rutan Negara"},
    {"Selamat pagi, saya Abd. Rahman Hakim dari Universitas Hasanuddin, mohon data penduduk 2025.",
     "Abd. Rahman Hakim", "Universitas Hasanuddin"},
    // "Saya sendiri X, ..." ("I myself") opening a sentence introduces X, over a short form signed below.
    {"Mohon data pariwisata 2025. Saya sendiri Lalu Muhammad Zulkarnaen, mahasiswa Universitas Mataram.\n\n"
     "Wassalam,\nLalu Zul",
     "Lalu Muhammad Zulkarnaen", "Universitas Mataram"},
    {"Saya sendiri belum paham soal data ini. Mohon data pariwisata 2025.", kNone, kNone},
    // A verb of coming, going or staying in lower case after "saya" is no name, though "dari"/"di" follows it.
    {"Kemarin saya datang ke kantor BPS jam 14.00 tapi sudah tutup. Saya datang dari Melaya pakai motor.", kNone,
     kNone},
    {"sy tinggal di Negara, mau minta data penduduk 2025", kNone, kNone},
    // A role noun and its field before a comma, the body after it.
    {"Mohon data upah buruh 2025.\n\nTerima kasih,\n\nAulia Rahmawati\nJurnalis Data, Tirto.id", "Aulia Rahmawati",
     "Tirto.id"},
    // A programme the lists know, after an unlisted body's comma or over its line: the body; not an address or a
    // person below it.
    {"Saya Elisabeth Naibaho, Monitoring & Evaluation Officer di Wahana Visi Indonesia, Area Program Bali Barat. "
     "Mohon data stunting 2025.", "Elisabeth Naibaho", "Wahana Visi Indonesia"},
    {"Mohon data stunting 2025.\n\nSalam,\nElisabeth Naibaho\nM&E Officer \u2013 Area Program Bali Barat\n"
     "Wahana Visi Indonesia", "Elisabeth Naibaho", "Wahana Visi Indonesia"},
    {"Mohon data 2025.\n\nSalam,\nKetut\nProgram Studi Agribisnis\nJl. Kampus Bukit Jimbaran", "Ketut", kNone},
    // A committee named with its campus is the campus's; one without a campus stays.
    {"Perkenalkan, saya Putu Devi Anggreni, Ketua Panitia Studi Ekskursi Himpunan Mahasiswa Statistika FMIPA "
     "Universitas Udayana. Kami mohon izin kunjungan.", "Putu Devi Anggreni", "Universitas Udayana"},
    {"Saya Made Arta, Ketua Panitia Pemilihan Perbekel Desa Yehembang. Mohon data penduduk 2025.", "Made Arta",
     "Panitia Pemilihan Perbekel Desa Yehembang"},
    // A body opening the letter's first sentence, about to do something, in a text written as "kami": the body; not
    // one that did something.
    {"Selamat siang Bapak/Ibu,\n\nTim Penggerak PKK Desa Batuagung pada bulan Januari 2027 akan melaksanakan "
     "pendataan ulang. Kami mohon data penduduk 2025.\n\nKetua,\n\nNi Made Suartini",
     "Ni Made Suartini", "Tim Penggerak PKK Desa Batuagung"},
    {"Selamat siang,\n\nDinas Kesehatan pada tahun 2024 mencatat kasus DBD meningkat. Kami mohon data penduduk per "
     "desa 2025.\n\nSalam,\nNi Made Suartini", "Ni Made Suartini", kNone},
    // "saya yang bernama X" ("I, who am named X"), over an initial signed below.
    {"Izinkan saya yang bernama Yosua Wenda, mahasiswa Universitas Cenderawasih, memohon data kemiskinan 2025.\n\n"
     "Hormat saya,\nYosua W.", "Yosua Wenda", "Universitas Cenderawasih"},
    // A signature set out as a table's rows, each label in its first cell.
    {"Mohon data ST2023 per desa.\n\nSalam,\n\n+--------+------------------+\n| Nama   | Dewa Made Suteja Wiguna, "
     "S.P. |\n| Jabatan | Penyuluh Pertanian |\n| Unit kerja | Balai Penyuluhan Pertanian Kecamatan Melaya |\n"
     "+--------+------------------+",
     "Dewa Made Suteja Wiguna", "Balai Penyuluhan Pertanian Kecamatan Melaya"},
    // "nama dan asal kampus saya: X, Y": the name spoken of before "saya", then a colon.
    {"Di email pertama saya sudah jelas menulis nama dan asal kampus saya: Siti Nur Halimah, UIN Sunan Ampel "
     "Surabaya. Tolong diperiksa kembali.", "Siti Nur Halimah", "UIN Sunan Ampel Surabaya"},
    // A short form introduced, the whole name signed below with accents.
    {"Hello, this is Maria from Universidad de Granada. I would appreciate rice field area data by village.\n\n"
     "Muchas gracias,\nMar\u00eda Jos\u00e9 Fern\u00e1ndez L\u00f3pez",
     "Mar\u00eda Jos\u00e9 Fern\u00e1ndez L\u00f3pez", "Universidad de Granada"},
    // A college by its "Sekolah Tinggi" acronym, after a study programme.
    {"Perkenalkan, saya I Putu Eka Mahendra, dosen Program Studi Manajemen STIMI Handayani Denpasar. Mohon data "
     "jumlah UMKM per kecamatan 2025.", "I Putu Eka Mahendra", "STIMI Handayani Denpasar"},
    // A pupil of a pesantren ("santri", "santriwati") is its pupil as a "siswi" is a school's.
    {"Saya Fatimah Az-Zahra, santriwati Pondok Pesantren Darul Ulum Jembrana. Mohon data jumlah pondok pesantren di "
     "Jembrana 2025.", "Fatimah Az-Zahra", "Pondok Pesantren Darul Ulum Jembrana"},
    // A Batak woman's "br." (boru) is no degree: the clan name after it is the name's.
    {"Mohon data penduduk 2025.\n\nSalam,\nMarsaulina br. Pardede", "Marsaulina br. Pardede", kNone},
    // Papuan "sa" ("I") opening a sentence; "nama X" opening a clause after a comma.
    {"Selamat siang Bapak Ibu.\n\nSa Agustina Yikwa, mahasiswi Fakultas Peternakan Universitas Udayana, asal dari "
     "Kabupaten Lanny Jaya. Mohon bantu data populasi babi 2021-2025.\n\nAgustina",
     "Agustina Yikwa", "Universitas Udayana"},
    {"Kami dari Koperasi Produsen Nelayan Segara Mina Pengambengan. Sy ketua koperasi, nama Abdul Rahman Alaydrus. "
     "Mohon data jumlah nelayan 2025.",
     "Abdul Rahman Alaydrus", "Koperasi Produsen Nelayan Segara Mina Pengambengan"},
    // A correction of our record that names the writer's home institution over a place visited.
    {"Thank you for the acknowledgement. A small correction for your records: I am a visiting researcher at "
     "Udayana, but my home institution is Charles Darwin University in Darwin, Australia.\n\nKind regards,\n"
     "Dr Hamish McAllister", "Dr Hamish McAllister", "Charles Darwin University"},
    // A mission named with the city it sits in, its rank written after it.
    {"I am the Economic and Trade Officer at the Australian Consulate-General in Bali. Could you share GRDP 2025?",
     kNone, "Australian Consulate-General in Bali"},
    {"I work at the US Consulate General in Surabaya and would like the 2025 population of Jembrana.", kNone,
     "US Consulate General in Surabaya"},
    // A business the writer co-owns or co-runs.
    {"Hi there,\n\nI'm Marco, I co-own Menjangan Reef Divers & Lodge in Gilimanuk with my wife. Do you have guest "
     "numbers for 2025?\n\nMarco Bellini",
     "Marco Bellini", "Menjangan Reef Divers & Lodge"},
    // A village's letterhead, the letter naming its government ("Pemerintah Desa ... memohon").
    {"PEMERINTAH KABUPATEN JEMBRANA\nKECAMATAN MENDOYO\nDESA YEHEMBANG KAUH\n\nNomor   : 140/227/YK/XI/2026\n"
     "Perihal : Permohonan Data\n\nDalam rangka penyusunan RPJMDes, Pemerintah Desa Yehembang Kauh memohon data "
     "penduduk.\n\nPerbekel Yehembang Kauh,\n\nI NENGAH SUJANA",
     "I Nengah Sujana", "Pemerintah Desa Yehembang Kauh"},
    // A post after an honorific is someone else's: the office the writer signs is theirs.
    {"Mohon izin, berikut kami teruskan disposisi Bapak Camat terkait kebutuhan data untuk pemutakhiran monografi "
     "Kecamatan Melaya.\n\nSalam,\nNi Made Ayu Widiantari, S.Sos.\nKasi Pemerintahan\nKantor Camat Melaya",
     "Ni Made Ayu Widiantari", "Kantor Camat Melaya"},
    // A post's title above the name is no name; nor is a school's administration office signing.
    {"Kami dari Pemerintah Desa Yehembang Kauh. Mohon data penduduk 2025.\n\nTerima kasih. Salam.\n\n"
     "Kaur Perencanaan,\nNi Luh Putu Armini",
     "Ni Luh Putu Armini", "Pemerintah Desa Yehembang Kauh"},
    {"Bersama ini kami sampaikan surat permohonan data dari sekolah kami sebagaimana terlampir.\n\nTata Usaha\n"
     "SMA Negeri 1 Melaya",
     kNone, "SMA Negeri 1 Melaya"},
    // A trade written in capitals ends a name written in capitals, as in lower case.
    {"SELAMAT SIANG PAK. SAYA KOMANG SARIASA PETANI KELAPA DARI DESA PANGYANGAN. SAYA MAU TAU HARGA KELAPA.",
     "Komang Sariasa", kNone},
    // A correction of our record by "my affiliation is" / "afiliasi saya"; what was written ("tertulis instansi
    // saya X, yang benar Y") is the wrong one.
    {"Thank you for the acknowledgement. A small correction: my affiliation is Aarhus University, not Aalborg "
     "University.\n\nBest regards,\nSøren Kjærgaard",
     "Søren Kjærgaard", "Aarhus University"},
    {"Terima kasih. Mohon koreksi, afiliasi saya Universitas Warmadewa, bukan Universitas Udayana.\n\nSalam,\n"
     "Made Arta",
     "Made Arta", "Universitas Warmadewa"},
    {"Mohon maaf di tanda terima tertulis instansi saya Universitas Udayana, yang benar Universitas Pendidikan "
     "Nasional. Mohon diperbaiki.\n\nAyu Lestari",
     "Ayu Lestari", "Universitas Pendidikan Nasional"},
    // A name word chat writes short ends an organisation in lower case.
    {"halo min, sy mhs unud lg ngerjain paper ttg kemiskinan. minta data garis kemiskinan dong.", kNone, "unud"},
    // A body signed by its acronym, written out in the letter with the same words after it: as written there.
    {"Koperasi Serba Usaha Segara Amerta Desa Pengambengan, yang beranggotakan 236 nelayan, bermaksud mengajukan "
     "proposal. Untuk itu kami mohon data nelayan 2023.\n\nHormat kami,\nPengurus KSU Segara Amerta\nKetua,\n\n"
     "H. Moch. Ridwan Assegaf",
     "H. Moch. Ridwan Assegaf", "Koperasi Serba Usaha Segara Amerta Desa Pengambengan"},
    // ... not another body whose initials happen to match, with other words after them.
    {"Kami mohon data nelayan 2023 untuk Kelompok Sadar Usaha Jaya.\n\nHormat kami,\nPengurus KSU Segara Amerta\n"
     "Ketua,\n\nH. Moch. Ridwan Assegaf",
     "H. Moch. Ridwan Assegaf", "KSU Segara Amerta"},
    // A farmer, a fisher or a resident "dari Desa ..." is from there (as "di Desa ..."); a village's staff is its own.
    {"Selamat siang pak. Saya Komang Sariasa petani kelapa dari Desa Pangyangan. Saya mau tau harga kelapa.",
     "Komang Sariasa", kNone},
    {"Saya Komang Sariasa, nelayan dari Desa Pengambengan. Mohon data produksi ikan 2020-2025.", "Komang Sariasa",
     kNone},
    {"Saya Komang Sariasa, warga dari Banjar Sari. Mohon data produksi ikan 2020-2025.", "Komang Sariasa", kNone},
    {"Saya Komang Sariasa, perangkat desa dari Desa Pengambengan. Mohon data produksi ikan 2020-2025.",
     "Komang Sariasa", "Desa Pengambengan"},
    // "Dinas" after a hamlet head's title ("Kelian Dinas") is the title's: the hamlet, no regency office.
    {"Selamat pagi, saya Ketut Suarsana, Kelian Dinas Banjar Tegal Badeng. Mohon data penduduk banjar kami.",
     "Ketut Suarsana", "Banjar Tegal Badeng"},
    {"Mohon data penduduk banjar kami 2024.\n\nSalam,\nI Ketut Suarsana\nKelian Dinas Banjar Tegal Badeng",
     "I Ketut Suarsana", "Banjar Tegal Badeng"},
    {"Saya Made, staf Dinas Sosial Kabupaten Jembrana. Mohon data penduduk miskin 2024.", "Made",
     "Dinas Sosial Kabupaten Jembrana"},
    // A possessive ends the body's name; its unit follows.
    {"Good afternoon, I'm Maria Gonzalez from the World Bank's Poverty and Equity Global Practice. Could you share "
     "poverty estimates?",
     "Maria Gonzalez", "World Bank"},
    {"Hello, I'm Ken Ito, a researcher at Kyoto University's Center for Southeast Asian Studies.", "Ken Ito",
     "Kyoto University"},
    // A signature line "Name, Role Body" or "Name, Role, Body": the role before the body is skipped.
    {"Selamat pagi. Mohon data penduduk 2024. Terima kasih.\n\nNi Luh Sri, Staf Bappeda Kabupaten Jembrana",
     "Ni Luh Sri", "Bappeda Kabupaten Jembrana"},
    {"Good morning. Could you send the 2024 population?\n\nThanks,\nAnna Kowalski, Research Fellow, University of "
     "Warsaw",
     "Anna Kowalski", "University of Warsaw"},
    // ... not a sentence that opens with a greeting and a comma.
    {"Hello, I am a student at Monash University and I would like the 2020 census population of Jembrana. Thank you.",
     kNone, "Monash University"},
    // A closing at the end of the text's last line signs the line under it.
    {"Selamat pagi. Mohon data penduduk 2024. Terima kasih.\nNi Luh Sri", "Ni Luh Sri", kNone},
    {"Selamat pagi. Mohon data penduduk 2024. Terima kasih.\nNi Luh Sri (Bappeda Jembrana)", "Ni Luh Sri",
     "Bappeda Jembrana"},
    // ... not a line under text that closes nothing.
    {"Mohon data penduduk 2024 untuk Desa Tukadaya.\nJumlah Penduduk Miskin", kNone, kNone},
    // The Arabic "ana" ("I") of pesantren speech in lower case; "Ana" capitalised is a name.
    {"Assalamualaikum, ana Fatimah dari UIN Mataram, mohon data penduduk muslim 2024.", "Fatimah", "UIN Mataram"},
    // "ana" with no name: the self reference the affiliation word looks back for, some words before it.
    {"Assalamualaikum, ana santri kelas tiga di Pondok Pesantren Darul Ulum Negara, mohon data jumlah santri.",
     std::nullopt, "Pondok Pesantren Darul Ulum Negara"},
    {"Selamat pagi, saya Ana Fatimah dari UIN Mataram, mohon data penduduk muslim 2024.", "Ana Fatimah",
     "UIN Mataram"},
    // A letter's "Ttd," (signed) before the name, inline after the closing or on the signature's line.
    {"Mohon data penduduk 2024. Terima kasih. Ttd, Ns. Gusti Ayu Ratna, S.Kep.", "Ns. Gusti Ayu Ratna", kNone},
    {"Mohon data penduduk 2024.\n\nHormat saya,\nTtd, Ns. Gusti Ayu Ratna, S.Kep.", "Ns. Gusti Ayu Ratna", kNone},
    // A region's word in lower case whose name is not part of the body's ("... Desa X kecamatan mendoyo").
    {"Saya I Nyoman Sukerta, ketua Kelompok Tani Tunas Mekar Desa Yehembang Kauh kecamatan mendoyo. Mohon data harga "
     "gabah.", "I Nyoman Sukerta", "Kelompok Tani Tunas Mekar Desa Yehembang Kauh"},
    {"Saya Made Ayu dari Dinas Pertanian Kabupaten Jembrana. Mohon data luas panen padi 2024.", "Made Ayu",
     "Dinas Pertanian Kabupaten Jembrana"},
    // A contact line set out with a bar under the name signed: a first part that is not the writer is the body ...
    {"Boleh minta data produksi kopi 2024?\n\nBest,\nKevin Gunawan\nSagara Kopi | Roastery & Café", "Kevin Gunawan",
     "Sagara Kopi"},
    {"Kami mohon data PDRB 2021-2025.\n\nSalam,\nKomang Juliarta\nSuara Jagat Bali | suarajagatbali.com",
     "Komang Juliarta", "Suara Jagat Bali"},
    // ... the writer, a post or a department gives way to what follows the bar.
    {"Mohon data produksi kopi 2024.\n\nSalam,\nAyu\nMarketing | PT Sinar Bali Lestari", "Ayu",
     "PT Sinar Bali Lestari"},
    {"Mohon data produksi kopi 2024.\n\nSalam,\nPutu Arya\nFinance Manager | Hotel Puri Negara", "Putu Arya",
     "Hotel Puri Negara"},
    {"Mohon data pariwisata 2024.\n\nSalam,\nGung Bagus\nAnak Agung Ngurah Bagus Dharmayasa | Yayasan Bali Lestari",
     "Anak Agung Ngurah Bagus Dharmayasa", "Yayasan Bali Lestari"},
    // Sent to work at a body ("dispatched to", "seconded to") ...
    {"My name is Takeshi Moriyama, and I am an expert dispatched to the JICA Indonesia Office. Please send population "
     "data 2025.", "Takeshi Moriyama", "JICA Indonesia Office"},
    {"I am a volunteer posted to the Peace Corps Indonesia. Please send population data 2025.\n\nBest,\nAnna Berg",
     "Anna Berg", "Peace Corps Indonesia"},
    // ... but not a project, nor the office a body named with the role placed its expert in.
    {"I was assigned to the project last year. Please send population data 2025.\n\nBest regards,\nTakeshi Moriyama",
     "Takeshi Moriyama", kNone},
    {"My name is Kenichiro Ono. I am a JICA Expert, currently assigned to the Marine and Fisheries Office of Bali "
     "Province. Please send fish processing data.\n\nBest regards,\nONO Kenichiro\nJICA Expert\nJapan International "
     "Cooperation Agency", "Kenichiro Ono", "Japan International Cooperation Agency"},
    // A body in a signature written whole on the line below ("JICA Expert\nJICA Indonesia Office").
    {"Please send population data 2025.\n\nBest regards,\nTakeshi Moriyama\nJICA Expert (Disaster Risk Reduction)\n"
     "JICA Indonesia Office", "Takeshi Moriyama", "JICA Indonesia Office"},
    // A newsroom after the journalist's medium ("wartawan media daring X").
    {"Saya Komang Juliarta, wartawan media daring Suara Jagat Bali. Kami mohon data PDRB 2021-2025.",
     "Komang Juliarta", "Suara Jagat Bali"},
    // A co-founder's business by its name, as an owner's or a founder's.
    {"Aku Kevin Gunawan, co-founder Sagara Kopi, roastery kopi spesialti di Canggu. Boleh minta data produksi kopi?",
     "Kevin Gunawan", "Sagara Kopi"},
    {"Saya Ayu, cofounder Warung Data Nusantara. Mohon data UMKM 2024.", "Ayu", "Warung Data Nusantara"},
    // Sign-offs in the languages of requesters from abroad sign the name under them.
    {"I'm writing to ask for employment figures for Jembrana.\n\nNgā mihi nui,\n\nDr Aroha Ngata\nSenior Lecturer, "
     "Te Tumu School of Māori, Pacific and Indigenous Studies\nUniversity of Otago | Ōtākou Whakaihu Waka",
     "Dr Aroha Ngata", "University of Otago"},
    {"We would like the population of each desa in Jembrana.\n\nCordialement,\nClaire Dubois\nUniversité Paris Cité",
     "Claire Dubois", "Université Paris Cité"},
    {"We would like the population of each desa in Jembrana.\n\nMit freundlichen Grüßen\nJonas Weber", "Jonas Weber",
     kNone},
    // A university's department in another language signs no one; its university is the body.
    {"We would like to request the population of each desa in Jembrana.\n\nBest regards,\nDepartamento de "
     "Geografía\nUniversidad de Salamanca", kNone, "Universidad de Salamanca"},
    {"We would like the population of each desa in Jembrana.\n\nCordialement,\nDépartement de Géographie\n"
     "Université Paris Cité", kNone, "Université Paris Cité"},
    // A campus's institute or school in English order, then "at" and its university: the university ...
    {"I'm Megan Fitzgerald, a postdoctoral research fellow with the Research Institute for the Environment and "
     "Livelihoods at Charles Darwin University in Darwin, Australia. Please send aquaculture data.",
     "Megan Fitzgerald", "Charles Darwin University"},
    {"I'm Ana Reyes, a research fellow with the Marine Research Institute at the University of Tokyo. Please send "
     "fisheries data.", "Ana Reyes", "University of Tokyo"},
    // ... an institute with no university after it stays.
    {"I am Tom Hale, a researcher with the Lowy Institute, an independent think tank. Please send tourism data.",
     "Tom Hale", "Lowy Institute"},
    // A university's complement past the window a role word opens: the name runs on to its sentence's end.
    {"Hello, my name is Priya Raman and I'm a master's student in Public Policy at the Lee Kuan Yew School of Public "
     "Policy, National University of Singapore. I'm looking for poverty data.", "Priya Raman",
     "National University of Singapore"},
    // A kind of body in lower case right before the body's own name says what kind it is.
    {"Saya Pdt. Yohanes Ketut Wirawan, pendeta jemaat GKPB Jemaat Pniel Blimbingsari. Kami memohon data penduduk.",
     "Pdt. Yohanes Ketut Wirawan", "GKPB Jemaat Pniel Blimbingsari"},
    {"Saya Yohanes, ketua yayasan Yayasan Kasih Bali. Kami memohon data penduduk menurut agama.", "Yohanes",
     "Yayasan Kasih Bali"},
    // "with" after a thing is whom it is done with ...
    {"My name is Rebecca Hollister and I coordinate the WASH programme of Hope Harbor International in Bali. We are "
     "scoping a project with schools and puskesmas in Melaya.\n\nWarm regards,\nRebecca Hollister\nProgram "
     "Coordinator, WASH\nHope Harbor International\nSanur, Bali", "Rebecca Hollister", "Hope Harbor International"},
    // ... after a role, working, or "I'm", the writer's body.
    {"I'm Tom Hale, a researcher with the SMERU Research Institute. Please send poverty data.", "Tom Hale",
     "SMERU Research Institute"},
    {"Hi, I'm Anna Berg and I'm with Plan International Indonesia. Please send poverty data.", "Anna Berg",
     "Plan International Indonesia"},
    // A newsroom after the journalist's medium: a news portal.
    {"Saya Dewa Gede Ardana, wartawan portal berita JembranaTerkini.com. Bisa minta data harga beras?",
     "Dewa Gede Ardana", "JembranaTerkini.com"},
    // A field of study after a campus known by its acronym is the major, no word of the campus's name.
    {"halo min sy dimas aryo mhs unair ekonomi smt 6, mau minta data upah 2024", "Dimas Aryo", "unair"},
    // A foreign university's lower-case word before the particle and its place.
    {"My name is Claire Dumont, a PhD student at the Université libre de Bruxelles. Please send poverty data.",
     "Claire Dumont", "Université libre de Bruxelles"},
    // "Data" between the words of an English-order name.
    {"I need population data of Jembrana 2024.\n\nBest,\nDaniel Hartono\nAnalyst, Open Data Network", "Daniel Hartono",
     "Open Data Network"},
    // A kind of body in lower case after a nationality: the name after it.
    {"I'm Marcus Lindqvist, correspondent for the Swedish daily Kvallsposten Norr, based in Jakarta. I need "
     "population data 2024.",
     "Marcus Lindqvist", "Kvallsposten Norr"},
    // A pupil's major before the school ("Lembaga" ends no name in Indonesian order).
    {"Perkenalkan nama saya Putu Dea Anggreni, siswi kelas XII Akuntansi dan Keuangan Lembaga di SMK Negeri 1 Negara. "
     "Mohon data UMKM 2024.",
     "Putu Dea Anggreni", "SMK Negeri 1 Negara"},
    // "tyang", the Balinese "tiang" spelt otherwise, introduces the writer as "tiang" does.
    {"Om Swastyastu, tyang I Wayan Sudarsana, S.Pd., guru honorer di SD Negeri 3 Tukadaya. Tyang memohon data "
     "penduduk miskin 2024.",
     "I Wayan Sudarsana", "SD Negeri 3 Tukadaya"},
    // "We are" and a body named right after it, in English; not a description of who we are.
    {"Dear BPS,\n\nWe are Pantai Lestari Resort in Pekutatan. Could you send us the hotel occupancy rate 2024?",
     std::nullopt, "Pantai Lestari Resort"},
    {"Dear BPS,\n\nWe are Indonesian students. Could you send us tourist arrivals 2024?", std::nullopt, std::nullopt},
    // A campus's unit after the campus's possessive is the campus's.
    {"Hi there, I'm Thomas Wright from ANU's Crawford School. Is the 2023 agricultural census data for Jembrana "
     "available at village level?",
     "Thomas Wright", "ANU"},
    // "Mau", a Timorese family name, capitalised at a name's end; going on, "Mau minta", it asks.
    {"Saya Agustinus Bere Mau, koordinator lapangan Yayasan Lestari Mangrove Bali. Kami mohon data penduduk 2025.",
     "Agustinus Bere Mau", "Yayasan Lestari Mangrove Bali"},
    {"Saya Yohanes Bere Mau minta data penduduk 2025 untuk Yayasan Lestari Mangrove Bali.", "Yohanes Bere",
     std::nullopt},
    // In capitals, this office's enumerator is nobody's body: its name goes on only with its region, and a word of
    // the language before it is no unit's acronym.
    {"SAYA I KETUT MERTA, WARGA BANJAR PASEKAN. KEMARIN ADA PETUGAS SURVEI BPS DATANG KE RUMAH TANPA TANDA "
     "PENGENAL.",
     "I Ketut Merta", std::nullopt},
    {"SAYA NI NYOMAN RASMINI, PEDAGANG SAYUR. PETUGAS SURVEI HARGA DARI BPS SETIAP MINGGU DATANG PAS PASAR RAMAI.",
     "Ni Nyoman Rasmini", std::nullopt},
    // "managing partner" is the writer's post, no one else; nor is it a body after a bar.
    {"I'm Sophie Laurent, managing partner at Bali West Property Advisors. Please send population data 2024.",
     "Sophie Laurent", "Bali West Property Advisors"},
    {"I'm Sophie Laurent. Our partner at Kinara Property Advisors needs population data 2024.", "Sophie Laurent",
     std::nullopt},
    {"Please send population data 2024.\n\nCheers,\nSophie\n\nSophie Laurent | Managing Partner\nBali West Property "
     "Advisors\n+62 811-3960-xxxx",
     "Sophie Laurent", "Bali West Property Advisors"},
    // A one-word name under the closing, then a signature block opening with the whole name.
    {"Please send population data 2024.\n\nMany thanks,\nTom\n\nThomas O'Connell\nPhD Candidate | Crawford School of "
     "Public Policy\nAustralian National University",
     "Thomas O'Connell", "Australian National University"},
    // A letter's "Dengan hormat," before a sentence opened by the body's board at work.
    {"Yth. Bapak/Ibu BPS Kabupaten Jembrana,\n\nDengan hormat, Pengurus Parisada Hindu Dharma Indonesia Kabupaten "
     "Jembrana sedang menyusun buku profil umat Hindu. Sehubungan dengan itu kami mohon data penduduk menurut agama.",
     std::nullopt, "Parisada Hindu Dharma Indonesia Kabupaten Jembrana"},
    // ... but a council of the writer's congregation at work, named in lower case, is none.
    {"Salam damai sejahtera,\n\nSaya Pdt. Ketut Yosafat Suwitra, gembala jemaat GKPB Jemaat Pniel Blimbingsari. "
     "Majelis jemaat sedang menyiapkan program pelayanan diakonia 2027.\n\nKami mohon data jumlah penduduk lanjut "
     "usia di Kecamatan Melaya.\n\nTerima kasih.\n\nPdt. Ketut Yosafat Suwitra, M.Th.\nGKPB Jemaat Pniel Blimbingsari",
     "Pdt. Ketut Yosafat Suwitra", "GKPB Jemaat Pniel Blimbingsari"},
    // Papuan "sa" in lower case after a greeting's comma.
    {"Selamat siang bapa ibu, sa Marthinus Wanggai dari Universitas Cenderawasih, sa mo minta data IPM Jembrana "
     "2020-2025.",
     "Marthinus Wanggai", "Universitas Cenderawasih"},
    // ... but a companion named after one's own body leaves it the writer's.
    {"Selamat pagi, saya Andi Wijaya, konsultan di PT Arkana bersama Dinas Lingkungan Hidup. Mohon data mangrove.",
     "Andi Wijaya", "PT Arkana"},
    {"Selamat pagi, saya Andi Wijaya, bekerja untuk Yayasan Bumi Lestari di Denpasar. Mohon data mangrove.",
     "Andi Wijaya", "Yayasan Bumi Lestari"},
    // A Balinese name in lower case may be long; an English name before a bracketed organisation; a shop;
    // a casual particle ends an organisation written in lower case.
    {"Selamat pagi,\nsaya ni kadek ayu wulandari mahasiswi undiksha, mau minta data kemiskinan 2024\nmakasih kak",
     "Ni Kadek Ayu Wulandari", "undiksha"},
    {"saya mau minta data kemiskinan tahun ini dong buat tugas kuliah", kNone, kNone},
    {"Hello! I'm Wei Zhang (Peking University). Requesting tourism data 2023.", "Wei Zhang", "Peking University"},
    {"Perkenalkan nama saya Liem Swie King, pemilik Toko Sinar Jaya di Negara. Mohon data UMKM 2024.",
     "Liem Swie King", "Toko Sinar Jaya"},
    {"Saya belanja di toko dekat rumah. Saya Budi, mohon data 2024.", "Budi", kNone},
    {"saya mau minta data kemiskinan tahun ini dari bps ya", kNone, kNone},
    // After a role and a comma on a signature line, capitalised words that are no place name the
    // organisation (unless the next line names one); a school gives way to a Malay university below it.
    {"Could you send me the latest sardine catch figures for Jembrana?\n\nThanks,\nNithin Coca\nStaff Writer, "
     "Mongabay",
     "Nithin Coca", "Mongabay"},
    {"Mohon data penduduk 2024.\n\nSalam,\nBudi Santoso\nPeneliti, Denpasar Bali", "Budi Santoso", kNone},
    {"Please find attached our request letter on poverty data 2024.\nBest regards,\nDr. Sarah Lim\nSenior "
     "Lecturer\nSchool of Economics\nUniversiti Sains Malaysia",
     "Dr. Sarah Lim", "Universiti Sains Malaysia"},
    // A head that ends a name when capitalised words stand before it and none after (Lowy Institute); a
    // research institute right above its university gives way to it; village officers of the army.
    {"We would like to request poverty tables 2019-2025.\n\nKind regards,\n\nJonathan Hayes\nLowy Institute",
     "Jonathan Hayes", "Lowy Institute"},
    {"We would like to request poverty tables 2019-2025.\n\nKind regards,\n\nProf. Jonathan Hayes\nGriffith Asia "
     "Institute\nGriffith University, Brisbane",
     "Prof. Jonathan Hayes", "Griffith University"},
    {"We would like to request poverty tables 2019-2025.\n\nKind regards,\n\nJonathan Hayes\nSMERU Research "
     "Institute, working with Universitas Indonesia",
     "Jonathan Hayes", "SMERU Research Institute"},
    {"Saya Made Arta, staf HRD Hotel Bukit Segara Negara. Mohon data UMK 2024.", "Made Arta",
     "Hotel Bukit Segara Negara"},
    {"Selamat siang. Mohon izin, saya Serka Agus Salim, Babinsa Koramil 1617-02/Mendoyo. Kami sedang mendampingi "
     "program ketahanan pangan di Desa Pohsanten. Mohon dibantu data petani 2023.",
     "Serka Agus Salim", "Koramil 1617-02/Mendoyo"},
    // An acronym alone on the line under the signed name is the organisation; a degree or a role is not.
    {"We would like to request poverty tables 2019-2025.\n\nWarm regards,\nDr. Elise Moreau\nCNRS",
     "Dr. Elise Moreau", "CNRS"},
    {"We would like to request poverty tables 2019-2025.\n\nWarm regards,\nElise Moreau\nPhD", "Elise Moreau",
     kNone},
    {"We would like to request poverty tables 2019-2025.\n\nWarm regards,\nElise Moreau\nCEO", "Elise Moreau",
     kNone},
    // Writing on behalf of an organisation says whose it is, before any "I".
    {"Dear BPS, on behalf of the Indonesia Fisheries Forum, I am writing to you. My name is Rahul Mehta. Could you "
     "share poverty data for Jembrana 2020-2024?",
     "Rahul Mehta", "Indonesia Fisheries Forum"},
    // Two heads in English order: the name runs to the last.
    {"Could you share unemployment data 2020-2024?\n\nBest regards,\nLaura Chen\nResearch Associate | Asian "
     "Development Bank Institute",
     "Laura Chen", "Asian Development Bank Institute"},
    // An emoji after a casual name ends it.
    {"halo min, aku Sari \xF0\x9F\x98\x8A mau tanya dong data jumlah wisatawan 2025 ada ga ya?", "Sari", kNone},
    // A region line under an office's name is no name; "Rgds" closes a mail.
    {"Bersama ini kami mohon data penduduk 2024.\n\nHormat kami,\nKepala Dinas Sosial\nKabupaten Jembrana\n\n\n"
     "ttd\n\nDrs. I Made Budiasa, M.Si\nPembina Utama Muda\nNIP. 19650101 199003 1 010",
     "Drs. I Made Budiasa", "Dinas Sosial Kabupaten Jembrana"},
    {"Mohon data penduduk 2024.\n\nRgds,\nAndi Pratama\nBank Indonesia Provinsi Bali", "Andi Pratama",
     "Bank Indonesia Provinsi Bali"},
    // A health worker or a teacher "di" an organisation.
    {"Saya Ketut Arsana, tenaga kesehatan di UPTD Puskesmas II Negara. Mohon data penduduk 2024.", "Ketut Arsana",
     "UPTD Puskesmas II Negara"},
    {"Saya Ketut Arsana, tenaga pendidik di SD Negeri 3 Melaya. Mohon data penduduk 2024.", "Ketut Arsana",
     "SD Negeri 3 Melaya"},
    // A name and an organisation after the closing on one line; a name and a place.
    {"Dear Sir, please find attached my request letter. Regards, Anna Schmidt, Leiden University", "Anna Schmidt",
     "Leiden University"},
    {"Pak, daftar data yang kami butuhkan ada di file terlampir. Salam, Budi, Dinas Sosial", "Budi", "Dinas Sosial"},
    {"Mohon data penduduk 2024.\n\nSalam,\nBudi Santoso, Denpasar, Bali", "Budi Santoso", kNone},
    // "Sehubungan dengan ..." and "Dengan hormat" introduce nobody; a capitalised "Kerja" inside a name
    // ("Rencana Kerja Pemerintah Desa") is no affiliation verb.
    {"Dengan hormat,\n\nSehubungan dengan penyusunan Rencana Kerja Pemerintah Desa, kami dari Pemerintah Desa "
     "Batuagung memohon data jumlah penduduk menurut umur 2024.\n\nPerbekel Batuagung,\n\nI Ketut Wiranata",
     "I Ketut Wiranata", "Pemerintah Desa Batuagung"},
    {"Dengan hormat, dalam rangka penyusunan Rencana Kerja Pemerintah Desa (RKPDes) Tahun 2027, kami mohon data "
     "penduduk.\n\nI Gede Suardana",
     "I Gede Suardana", kNone},
    {"Selamat pagi, dengan Tjokorda Gede Agung dari Puri Agung Negara. Mohon data pariwisata 2024.",
     "Tjokorda Gede Agung", "Puri Agung Negara"},
    // "Namaku ..." introduces; English bodies named as an alliance, a forum, a coalition.
    {"Hai! Namaku Kevin Wijaya, mahasiswa Universitas Ciputra. Mau minta data UMKM Jembrana 2024 ya kak.",
     "Kevin Wijaya", "Universitas Ciputra"},
    {"I am writing on behalf of the Bali Coral Reef Alliance; my name is Emily Watson. Could you share fisheries "
     "data 2022?",
     "Emily Watson", "Bali Coral Reef Alliance"},
    {"I am Emily Watson from the Indonesia Ocean Justice Forum. Could you share fisheries data 2022?", "Emily Watson",
     "Indonesia Ocean Justice Forum"},
    // A firm's legal form with a dot; the organisation in brackets after a signed name.
    {"Mohon data ekspor ikan 2024.\n\nTerima kasih\n\nKadek Dwi | Admin\nCV. Bali Barat Logistik\n"
     "Jl. Gatot Subroto No. 5 Negara",
     "Kadek Dwi", "CV. Bali Barat Logistik"},
    {"Saya Kadek Dwi dari PT. Samudra Lemuru Pratama. Mohon data ekspor ikan 2024.", "Kadek Dwi",
     "PT. Samudra Lemuru Pratama"},
    {"Mohon data penduduk 2024.\n\nSalam,\nPutu Agus (Kelian Banjar Dinas Tegalcangkring)", "Putu Agus",
     "Banjar Dinas Tegalcangkring"},
    {"Mohon data penduduk 2024.\n\nSalam,\nPutu Agus (081234567890)", "Putu Agus", kNone},
    // Small firms, village officials, branches, English bodies of two fields, a campus's LPPM written out.
    {"Saya Made Arta, pemilik Warung Makan Bu Sri di Negara. Mohon data UMKM 2024.", "Made Arta",
     "Warung Makan Bu Sri"},
    {"Saya Made Arta, makan di warung dekat kantor. Mohon data UMKM 2024.", "Made Arta", kNone},
    {"Saya Made Arta, ketua Pokdarwis Desa Perancak. Mohon data wisatawan 2024.", "Made Arta",
     "Pokdarwis Desa Perancak"},
    {"Saya Made Arta, perangkat Desa Pengragoan. Mohon data penduduk 2024.", "Made Arta", "Desa Pengragoan"},
    {"Saya Made Arta, relawan di Palang Merah Indonesia Cabang Jembrana. Mohon data bencana 2024.", "Made Arta",
     "Palang Merah Indonesia Cabang Jembrana"},
    {"Saya Made Arta, penyuluh pertanian di BPP Kecamatan Mendoyo. Mohon data padi 2024.", "Made Arta",
     "BPP Kecamatan Mendoyo"},
    {"I am Tom Baker from the Food and Agriculture Organization of the United Nations (FAO). I need rice data.",
     "Tom Baker", "Food and Agriculture Organization of the United Nations"},
    {"Saya Made Arta dari Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Pendidikan Ganesha. "
     "Mohon data penduduk 2024.",
     "Made Arta", "Universitas Pendidikan Ganesha"},
    {"Saya Made Arta dari Lembaga Perlindungan Anak Kabupaten Jembrana. Mohon data penduduk 2024.", "Made Arta",
     "Lembaga Perlindungan Anak Kabupaten Jembrana"},
    // A signature line with the name and the organisation after a comma, a spaced dash or a bar.
    {"Mohon data produksi kelapa per kecamatan 2023.\n\nTerima kasih.\nGede Wira Adnyana - Koperasi Produsen "
     "Kelapa Sari Merta",
     "Gede Wira Adnyana", "Koperasi Produsen Kelapa Sari Merta"},
    {"Mohon data produksi kelapa 2023.\n\nSalam,\nNi Luh Desi Ariani, Dinas Pertanian Kabupaten Jembrana",
     "Ni Luh Desi Ariani", "Dinas Pertanian Kabupaten Jembrana"},
    {"Mohon data produksi kelapa 2023.\n\nSalam,\nI Made Sudarma, S.E., M.Si.", "I Made Sudarma", kNone},
    {"Mohon data produksi kelapa 2023.\n\nSalam,\nKepala Bidang, Dinas Pertanian", kNone, "Dinas Pertanian"},
    // Where the writer lives is no organisation; where "we" work is.
    {"Saya Wayan Sudirga. Ada petugas yang datang ke rumah kami di Banjar Anyar, Desa Tukadaya, malam hari.",
     "Wayan Sudirga", kNone},
    {"Saya Wayan Sudirga, orang tua siswa. Petugas datang ke rumah saya di Banjar Tengah jam 9 malam.",
     "Wayan Sudirga", kNone},
    {"Saya Wayan Sudirga, kami di Dinas Sosial Kabupaten Jembrana memerlukan data penduduk 2024.", "Wayan Sudirga",
     "Dinas Sosial Kabupaten Jembrana"},
    {"Saya Putu Ayu, petugas yang tinggal di Desa Tukadaya, mohon data penduduk 2024.", "Putu Ayu", kNone},
    {"Saya Putu Ayu, petugas di Puskesmas Melaya I, tinggal di Desa Tukadaya.", "Putu Ayu", "Puskesmas Melaya I"},
    // The organisation in brackets right after the name; not a number or a past post in brackets.
    {"Untuk tiket PST-2026-00616 atas nama saya, Anak Agung Istri Mas Widyantari\n(Universitas PGRI Mahadewa "
     "Indonesia), saya sangat puas.",
     "Anak Agung Istri Mas Widyantari", "Universitas PGRI Mahadewa Indonesia"},
    {"Perkenalkan, saya Made Sukarta (Dinas Sosial Kabupaten Jembrana). Mohon data penduduk 2024.", "Made Sukarta",
     "Dinas Sosial Kabupaten Jembrana"},
    {"Perkenalkan, saya Made Sukarta (NIM 2011031157). Mohon data penduduk 2024.", "Made Sukarta", kNone},
    {"Perkenalkan, saya Made Sukarta (dulu di Dinas Sosial). Mohon data penduduk 2024.", "Made Sukarta", kNone},
    // A name that starts inside the window after "mahasiswi" runs on to the end of its sentence.
    {"Dengan hormat, saya Ida Ayu Made Sri Wahyuni, mahasiswi Program Studi Pendidikan Agama Hindu, Fakultas "
     "Dharma Acarya, Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar. Mohon data penduduk 2024.",
     "Ida Ayu Made Sri Wahyuni", "Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar"},
    {"Saya Gede Arta, staf Sub Bagian Umum dan Kepegawaian Sekretariat Dewan Perwakilan Rakyat Daerah Kabupaten "
     "Jembrana Provinsi Bali. Mohon data penduduk 2024.",
     // an office's section with its office, in one phrase, is copied whole (the issue's rule)
     "Gede Arta",
     "Sub Bagian Umum dan Kepegawaian Sekretariat Dewan Perwakilan Rakyat Daerah Kabupaten Jembrana Provinsi Bali"},
    // Agencies and bodies requesters name by their acronyms (lexicon/organisations.txt).
    {"Saya Ketut Ardana dari BAZNAS Kabupaten Jembrana, mohon data kemiskinan.", "Ketut Ardana",
     "BAZNAS Kabupaten Jembrana"},
    {"Halo kak, aku Sinta dari PNM Mekaar Cabang Negara mau minta data UMKM.", "Sinta", "PNM Mekaar Cabang Negara"},
    {"Saya Serda Made Artawan dari Koramil 1617-02/Mendoyo, mohon data penduduk.", "Serda Made Artawan",
     "Koramil 1617-02/Mendoyo"},
    // A signature line that is the end of the organisation found names the organisation itself (not a
    // place line); an English school or centre gives way to the university or institute after it.
    {"Kami dari Bidang Pendistribusian BAZNAS Kabupaten Jembrana, mohon data garis kemiskinan.\n\nWassalam,\n"
     "Hj. Siti Nurhalizah\nWakil Ketua II\nBAZNAS Kabupaten Jembrana",
     "Hj. Siti Nurhalizah", "BAZNAS Kabupaten Jembrana"},
    {"Saya dari Dinas Kesehatan Kabupaten Jembrana, mohon data balita.\n\nSalam,\nMade Sari\nKabupaten Jembrana",
     "Made Sari", "Dinas Kesehatan Kabupaten Jembrana"},
    {"Received with thanks!\n\nPriscilla Tan\nLee Kuan Yew School of Public Policy\nNational University of Singapore",
     "Priscilla Tan", "National University of Singapore"},
    {"I am Prof. Arjun Mehta from the Centre for Policy Studies, Indian Institute of Technology Bombay. Data please.",
     "Prof. Arjun Mehta", "Indian Institute of Technology Bombay"},
    // A midwife's "Bdn." is a title; a role before "di" ("data analyst di PT ..."); a camel-case newsroom
    // after "dari"; "With many thanks," closes.
    {"Perkenalkan saya Bdn. Komang Sri Mahayani, S.Tr.Keb., koordinator bidan di Puskesmas II Melaya. Mohon data.",
     "Bdn. Komang Sri Mahayani", "Puskesmas II Melaya"},
    {"Kenalin, aku Stephanie Wijaya, data analyst di PT Tani Cerdas Nusantara (agritech). Boleh minta data RTUP?",
     "Stephanie Wijaya", "PT Tani Cerdas Nusantara"},
    {"Siang, saya Rendra dari detikBali. Mau minta angka kemiskinan Jembrana 2025.", "Rendra", "detikBali"},
    {"Would it be possible to obtain the census population of Pekutatan?\n\nWith many thanks,\nGraham Whitfield",
     "Graham Whitfield", kNone},
    // "ke BPS" is the office written to; a midwife's title; the term before "di"; a council's commission;
    // a letterhead's place line.
    {"Aku Kadek Dwi Juliantari, anak Manajemen semester 7 di Universitas Ngurah Rai. Dosen pembimbingku nyaranin "
     "buat minta data resmi ke BPS.",
     "Kadek Dwi Juliantari", "Universitas Ngurah Rai"},
    {"Mohon data ibu hamil.\n\nSalam,\nBdn. Komang Sri Mahayani, S.Tr.Keb.\nBidan Koordinator", "Bdn. Komang Sri Mahayani",
     kNone},
    {"Saya Wayan Sudira dari Komisi II DPRD Kabupaten Jembrana, mohon data PDRB.", "Wayan Sudira",
     "DPRD Kabupaten Jembrana"},
    {"DESA ADAT PEKUTATAN\nKECAMATAN PEKUTATAN KABUPATEN JEMBRANA\n\nNomor : 12/DA/2026\nPerihal : Data\n\n"
     "Kami mohon data penduduk.\n\nBendesa Adat,\n\nI Made Sukarta",
     "I Made Sukarta", "DESA ADAT PEKUTATAN"},
    // Capitalised words between "dari" and the organisation start its name; a unit before its
    // university does not.
    {"Selamat siang, kami dari Tim Penggerak PKK Desa Kaliakah. Mohon data balita.", kNone,
     "Tim Penggerak PKK Desa Kaliakah"},
    {"Saya Made dari Jurusan Ekonomi Universitas Udayana, mohon data inflasi.", "Made", "Universitas Udayana"},
    // A university's name goes on with its city or campus; a bank's office is the bank's.
    {"My name is Femke de Boer, master student at the Vrije Universiteit Amsterdam. Rainfall data please.",
     "Femke de Boer", "Vrije Universiteit Amsterdam"},
    {"Aloha, I am Aaron Tanaka, a researcher at the University of Hawai'i at Manoa. Data please.", "Aaron Tanaka",
     "University of Hawai'i at Manoa"},
    {"My name is Tom Baker and I work for the World Bank Jakarta office. Poverty data please.", "Tom Baker",
     "World Bank"},
    // A lower-case head followed by an English clause names nothing; a lodge is an organisation.
    {"Liam here. We're looking at adding another building next year and the bank wants some numbers.", "Liam",
     kNone},
    {"Liam here - I run a small surf lodge at Medewi (Medewi Point Surf Lodge, 9 rooms). Tourist numbers?",
     "Liam", "Medewi Point Surf Lodge"},
    // A counterpart's university named in the mail is not the writer's: the university nearest the
    // unit of the signature is, as written ("The"); a first name signed and the whole name below it.
    {"Hi there,\n\nI'm a senior lecturer in animal science. Could you send the cattle population?\n\nOur "
     "Indonesian counterpart, Dr Nengah Sukada at Universitas Udayana, may also be in touch.\n\nMany thanks,\n"
     "Sarah\n\nDr Sarah Mitchell\nSenior Lecturer | School of Agriculture and Food Sustainability\n"
     "The University of Queensland\nGatton QLD 4343 Australia",
     "Dr Sarah Mitchell", "The University of Queensland"},
    {"G'day team,\n\nLiam here - keen on tourist numbers for Jembrana.\n\nCheers mate,\n\nLiam O'Connor\n"
     "+62 812 3690 1147",
     "Liam O'Connor", kNone},
    // A Balinese customary office after the name ends it and opens the organisation; an unknown degree
    // in capitals after the comma of a signed name.
    {"om swastyastu pak bu tiang I Wayan Rentaka pekaseh Subak Yeh Santang mau minta data luas sawah",
     "I Wayan Rentaka", "Subak Yeh Santang"},
    {"Mohon data kelahiran.\n\nSalam sehat,\ndr. Made Ayu Pradnyaswari, MARS\nKepala Bidang Pelayanan Medik",
     "dr. Made Ayu Pradnyaswari", kNone},
    // "Kami, <organisation>, ...", an occupation "di" an organisation, a newsroom before a bracket.
    {"Kami, PT Samudra Lemuru Pratama, perusahaan pengalengan ikan, mohon data produksi ikan.\n\nBudi Hartono Wijaya",
     "Budi Hartono Wijaya", "PT Samudra Lemuru Pratama"},
    {"Aku pengajar di Bimbel Cendekia Negara, lagi bikin soal cerita. Boleh minta data padi?", kNone,
     "Bimbel Cendekia Negara"},
    {"pagi min, sy Dwi Anggara dr Kabar Jembrana (media online). mau minta angka NTP", "Dwi Anggara",
     "Kabar Jembrana"},
    {"pagi min, sy Dwi Anggara dari Negara (Jembrana). mau minta angka NTP", "Dwi Anggara", kNone},
    // An organisation that is the subject of the need, or whose request letter is sent, is the
    // requester's; this office, addressed, is not.
    {"Dengan hormat,\nSehubungan dengan pemutakhiran data pemilih, Komisi Pemilihan Umum Kabupaten Jembrana "
     "memerlukan data proyeksi penduduk.\n\nHormat kami,\n\nI Kadek Dwi Sastrawan, S.H.",
     "I Kadek Dwi Sastrawan", "Komisi Pemilihan Umum Kabupaten Jembrana"},
    {"Bersama ini kami sampaikan surat permohonan data dari Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten "
     "Jembrana (surat terlampir).\n\nSalam,\nNi Putu Ayu Wulandari",
     "Ni Putu Ayu Wulandari", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Jembrana"},
    {"Kami memohon kesediaan BPS Kabupaten Jembrana memberikan data.\n\nSalam,\nNi Putu Ayu Wulandari",
     "Ni Putu Ayu Wulandari", kNone},
    // A letter's letterhead names the sending office: the lowest line that is an organisation, with
    // the regency of "PEMERINTAH KABUPATEN ..." above it; a faculty gives way to its university.
    {"PEMERINTAH KABUPATEN JEMBRANA\nDINAS LINGKUNGAN HIDUP\nJalan Dr. Setia Budi No. 9, Negara\n\n"
     "Nomor : 600.4/826/DLH/2026\nPerihal : Permohonan Data\n\nDengan hormat, kami mohon data penduduk.\n\n"
     "Sekretaris,\n\nIR. I NYOMAN SUWIRTA, M.T.",
     "Ir. I Nyoman Suwirta", "DINAS LINGKUNGAN HIDUP KABUPATEN JEMBRANA"},
    {"KEMENTERIAN KEHUTANAN\nDIREKTORAT JENDERAL KONSERVASI SUMBER DAYA ALAM DAN EKOSISTEM\n"
     "BALAI TAMAN NASIONAL BALI BARAT\nJl. Raya Cekik, Gilimanuk\n\nNomor : S.412/T.17/TU/11/2026\n"
     "Hal : Permohonan Data\n\nKami memerlukan data penduduk desa penyangga.\n\nKepala Balai,\n\nAgus Budi Santosa",
     "Agus Budi Santosa", "BALAI TAMAN NASIONAL BALI BARAT"},
    // A ministry's office in the regency under the ministry's line: the office.
    {"KEMENTERIAN AGAMA REPUBLIK INDONESIA\nKANTOR KEMENTERIAN AGAMA KABUPATEN JEMBRANA\nJalan Ngurah Rai No. 28\n\n"
     "Nomor : B-2214/Kk.17.01/PP.00/11/2026\nHal : Permohonan Data\n\nKami memohon data penduduk menurut agama.\n\n"
     "a.n. Kepala\nKepala Subbagian Tata Usaha,\n\nAhmad Fauzi Rahman",
     "Ahmad Fauzi Rahman", "KANTOR KEMENTERIAN AGAMA KABUPATEN JEMBRANA"},
    // A village's letterhead under the regency and the district: the village's office, not the regency's.
    {"PEMERINTAH KABUPATEN JEMBRANA\nKECAMATAN NEGARA\nDESA TEGALBADENG BARAT\n\nNomor: 140/45/TB/2026\n"
     "Perihal: Permohonan Data\n\nKami mohon data penduduk miskin.\n\nPerbekel Tegalbadeng Barat\n\nI Ketut Sudarsana",
     "I Ketut Sudarsana", "DESA TEGALBADENG BARAT"},
    {"UNIVERSITAS NGURAH RAI\nFAKULTAS EKONOMI DAN BISNIS\n\nNomor : 112/FEB/2026\nPerihal : Izin penelitian\n\n"
     "Mahasiswa kami memerlukan data.\n\nDekan,\n\nMade Sudarma",
     "Made Sudarma", "UNIVERSITAS NGURAH RAI"},
    // Capitals at the top that are no letterhead (no letter follows) change nothing.
    {"PENTING MOHON DIBACA\n\nSaya Budi Santoso dari Universitas Udayana, mohon data penduduk.", "Budi Santoso",
     "Universitas Udayana"},
    // A school in English order gives way to the university after it; alone, it is the institution.
    {"My name is Yuki Nakamura, a doctoral student at the Graduate School of Humanities and Social Sciences, "
     "Hiroshima University, Japan.",
     "Yuki Nakamura", "Hiroshima University"},
    {"My name is Emma Clarke and I teach at the Bali International School.", "Emma Clarke", "Bali International School"},
    // An emoji after the closing signs nobody.
    {"5\n\nSuksma \U0001F64F", kNone, kNone},
    // Issue 16: the student's year is not part of the campus; "on behalf of" names the organisation.
    {"assalamualaikum, sy rina mhs unud smt 7, mau minta data pengangguran jembrana 2023 utk skripsi", "Rina", "unud"},
    {"saya siswa sman 1 negara mau minta data", kNone, "sman 1 negara"},
    {"Hello, I am writing on behalf of the Jembrana Tourism Board. My name is Michael Anderson.", "Michael Anderson",
     "Jembrana Tourism Board"},
    // Issue 16: a pictograph is not a name; a letter of any script is.
    {"Nama saya 🙏 dari Undiksha, mau minta data.", kNone, "Undiksha"},
    {"Selamat pagi bu, saya Putri dari Jembrana News.id, ingin konfirmasi data kemiskinan.", "Putri",
     "Jembrana News.id"},
    {"Perkenalkan, nama saya Ni Putu Ayu Lestari, mahasiswa Fakultas Ekonomi dan Bisnis Universitas Udayana.",
     "Ni Putu Ayu Lestari", "Universitas Udayana"},
    {"Saya Made Wirawan dari Bappeda Kabupaten Jembrana. Mohon data PDRB.", "Made Wirawan",
     "Bappeda Kabupaten Jembrana"},
    {"Nama : Kadek Dwi Pranata\nInstansi : Universitas Pendidikan Ganesha\n", "Kadek Dwi Pranata",
     "Universitas Pendidikan Ganesha"},
    {"Nama Lengkap: Ni Komang Tri Utami\nAsal Instansi: STIKES Wira Medika Bali", "Ni Komang Tri Utami",
     "STIKES Wira Medika Bali"},
    {"I am José Álvarez, a researcher at the Complutense University of Madrid.", "José Álvarez",
     "Complutense University of Madrid"},
    {"My name is Sarah Whitfield and I am a PhD candidate at the Australian National University.", "Sarah Whitfield",
     "Australian National University"},
    {"pagi kak, sy budi dr unud mau tanya data", "Budi", "unud"},
    {"slmt pagi, prkenalkan nama sy Adithya Pratama mhs univ warmadewa, sy perlu dta", "Adithya Pratama",
     "univ warmadewa"},
    {"Selamat pagi, saya Ketut Sudiarta, wartawan Bali Post, ingin konfirmasi data.", "Ketut Sudiarta", "Bali Post"},
    {"Saya I Nyoman Budiarta dari Dinas Tenaga Kerja dan Perindustrian Kabupaten Jembrana, mohon data.",
     "I Nyoman Budiarta", "Dinas Tenaga Kerja dan Perindustrian Kabupaten Jembrana"},
    {"Kami dari Sekretariat DPRD Kabupaten Jembrana mohon data proyeksi penduduk.", kNone,
     "Sekretariat DPRD Kabupaten Jembrana"},
    {"Saya Putu Arya siswa SMK Negeri 2 Negara kelas XI.", "Putu Arya", "SMK Negeri 2 Negara"},
    {"Saya Hendra Wijaya dari PT Maju Bersama Sejahtera, perusahaan distribusi.", "Hendra Wijaya",
     "PT Maju Bersama Sejahtera"},
    {"Mohon data curah hujan.\n\nHormat saya,\nLuh Gede Sri Wahyuni\nMahasiswa Agroteknologi\nUniversitas Warmadewa",
     "Luh Gede Sri Wahyuni", "Universitas Warmadewa"},
    {"Mohon data.\n\nBest regards,\nDr. I Wayan Sukadana, S.E., M.Si.\nFakultas Ekonomi dan Bisnis\n"
     "Universitas Mahasaraswati Denpasar",
     "Dr. I Wayan Sukadana", "Universitas Mahasaraswati Denpasar"},
    {"Salam, Budi Santoso", "Budi Santoso", kNone},
    {"Terima kasih. Rizky Amalia", "Rizky Amalia", kNone},
    {"Saya membutuhkan data kemiskinan dari BPS Provinsi Bali.", kNone, kNone},
    {"Yth. Kepala BPS Kabupaten Jembrana\n\nSaya Putu Sri, staf Dinas Kesehatan Kabupaten Jembrana.", "Putu Sri",
     "Dinas Kesehatan Kabupaten Jembrana"},
    {"Saya ingin meminta data jumlah pegawai di Dinas Pendidikan.", kNone, kNone},
    {"I am writing to ask for data.", kNone, kNone},
    {"Saya mahasiswa Universitas Udayana.", kNone, "Universitas Udayana"},
    {"Halo, saya mau tanya.", kNone, kNone},
    {"Saya bidan Ni Made Suryani dari Puskesmas I Melaya.", "Ni Made Suryani", "Puskesmas I Melaya"},
    {"Hi, I'm Tom Richards, a freelance journalist writing for The Jakarta Post.", "Tom Richards", "The Jakarta Post"},
    {"Bagian Perekonomian Sekretariat Daerah Kabupaten Jembrana memohon data harga beras.", kNone,
     "Bagian Perekonomian Sekretariat Daerah Kabupaten Jembrana"},
    {"Jika tidak keberatan saya ingin data.\n\nNYOMAN ARI SETIAWAN\nUNIVERSITAS UDAYANA", "Nyoman Ari Setiawan",
     "UNIVERSITAS UDAYANA"},
    {"Siang, saya Arif jurnalis detikBali. Boleh minta data?", "Arif", "detikBali"},
    {"Selamat siang, dengan Dewi dari Dinas Sosial Jembrana. Butuh data bansos.", "Dewi", "Dinas Sosial Jembrana"},
    {"Saya Ratna Sari pelaku UMKM di Negara.", "Ratna Sari", kNone},
    {"Mohon datanya.\n\nSincerely,\nJoaquim da Costa", "Joaquim da Costa", kNone},
    {"Tiang I Kadek Suwitra saking Universitas Hindu Negeri Denpasar, nunas data.", "I Kadek Suwitra",
     "Universitas Hindu Negeri Denpasar"},
    {"This is Michael from the Bali Tourism Board.", "Michael", "Bali Tourism Board"},
    {"Mohon data listrik.\n\nRegards,\n\nBambang Setiadi | Senior Analyst\nPT Mitra Riset Indonesia",
     "Bambang Setiadi", "PT Mitra Riset Indonesia"},
    {"Bolehkah saya berkonsultasi? Terima kasih. Salam, Arya (Universitas Udayana)", "Arya",
     "Universitas Udayana"},
    {"selamat siang, saya dr. Made Arsana, Sp.PD. dari RSU Bali Med Negara. mohon data.", "dr. Made Arsana",
     "RSU Bali Med Negara"},
    {"Saya I Made Dwi Antara dari Bagian Organisasi Sekretariat Daerah Kabupaten Jembrana memohon data.",
     "I Made Dwi Antara", "Bagian Organisasi Sekretariat Daerah Kabupaten Jembrana"},
    {"I work for Oxfam Indonesia as a programme officer.", kNone, "Oxfam Indonesia"},
    {"Saya Yoga - peneliti di Lembaga Demografi FEB UI.", "Yoga", "Lembaga Demografi FEB UI"},
    {"", kNone, kNone},
    // issue 16, rules found on the fresh3 batch (each generic, each with a look-alike elsewhere here):
    // "kami" + an organisation
    {"Salam sejahtera, kami Yayasan Manikaya Kauci, lembaga pendampingan buruh migran.", kNone,
     "Yayasan Manikaya Kauci"},
    {"Selamat siang, kami CV Karya Mandiri Negara, kontraktor lokal. Saya Putu Eka selaku direktur mohon data.",
     "Putu Eka", "CV Karya Mandiri Negara"},
    // a degree of dotted segments after the name
    {"Hormat kami,\nNi Komang Sri Wahyuni, A.Md.Keb.\nPetugas Surveilans", "Ni Komang Sri Wahyuni", kNone},
    // an office first, the name after a comma
    {"Saya Perbekel Desa Tukadaya, I Nengah Suparsa, mohon data keluarga miskin.", "I Nengah Suparsa",
     "Desa Tukadaya"},
    // a group named with its village; a graduate school and a department are units of the campus
    {"saya Ni Ketut Sariasih, ketua Kelompok Wanita Tani Sari Boga Desa Pohsanten. Kami butuh data.",
     "Ni Ketut Sariasih", "Kelompok Wanita Tani Sari Boga Desa Pohsanten"},
    {"saya I Made Dwi Putra Yasa, mahasiswa Program Doktor Ilmu Ekonomi, Sekolah Pascasarjana Universitas Gadjah "
     "Mada. Saya memohon data.",
     "I Made Dwi Putra Yasa", "Universitas Gadjah Mada"},
    {"halo kak, aku dinda dari unud jurusan ekonomi pembangunan. mau nanya dong", "Dinda", "unud"},
    // the numeral I before an Indonesian verb ends the name; before an English verb it starts a clause
    {"Kami dari UPTD Puskesmas Mendoyo I memerlukan data penduduk.", kNone, "UPTD Puskesmas Mendoyo I"},
    // a campus unit signs, the university is named in the text: the university
    {"Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Pendidikan Ganesha memohon data.\n\n"
     "Ketua LPPM,\n\nProf. Dr. I Gusti Ngurah Pujawan, M.Kes.",
     "Prof. Dr. I Gusti Ngurah Pujawan", "Universitas Pendidikan Ganesha"},
    // a letter's sign-off: the position line names the office, room for the signature before the name
    {"Dengan hormat kami sampaikan terima kasih.\n\nPanitera Pengadilan Negeri Negara\n\n\nI Dewa Gede Astawa, S.H.",
     "I Dewa Gede Astawa", "Pengadilan Negeri Negara"},
    {"Mohon data jumlah penduduk per desa.\n\nCAMAT PEKUTATAN,\n\nI GUSTI NGURAH SUKAYASA, S.SOS.",
     "I Gusti Ngurah Sukayasa", "Kantor Camat Pekutatan"},
    // ... but not the addressee's position above the letter
    {"Yth. Kepala BPS Kabupaten Jembrana\n\nMohon data inflasi.\n\nSalam,\nMade Suta", "Made Suta", kNone},
    // a letter's region on the line after the office
    {"Kepala Badan Perencanaan Pembangunan Daerah\nKabupaten Jembrana,\n\nDr. I Made Kariada, S.T., M.T.",
     "Dr. I Made Kariada", "Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana"},
    // English order: capitalised words after "the", then the head noun, which ends the name; and an
    // English role before with/at/for names an organisation on no list.
    {"Good morning,\nI am Hannah Lee, a researcher with the Asian Development Bank Manila office. Could you "
     "share the poverty rate of Jembrana for 2024?\n\nThanks,\nHannah Lee",
     "Hannah Lee", "Asian Development Bank"},
    {"Hi,\nWe need district GDP for 2023.\n\nBest regards,\nTom Becker\nSenior Analyst, The Asia Foundation Institute",
     "Tom Becker", "The Asia Foundation Institute"},
    {"Hello,\nI am Sarah Cole, a consultant for Coral Triangle Partners in Denpasar. Could I get the fishery "
     "production figures for Jembrana, 2022-2024?\n\nKind regards,\nSarah Cole",
     "Sarah Cole", "Coral Triangle Partners"},
    {"Dear team,\nI volunteer with Bali Sea Turtle Society in Pekutatan. Could I have the number of fishermen "
     "per village in 2025?\n\nCheers,\nMarco Rossi",
     "Marco Rossi", "Bali Sea Turtle Society"},
    // "Mas" inside a Balinese name is part of it; before a name it is an honorific.
    {"Om Swastiastu,\nPerkenalkan saya Ni Luh Putu Ayu Mas Pratiwi, mahasiswi Universitas Pendidikan Ganesha. "
     "Saya memerlukan data IPM Jembrana 2020-2024.",
     "Ni Luh Putu Ayu Mas Pratiwi", "Universitas Pendidikan Ganesha"},
    {"Selamat pagi, nama saya Anak Agung Istri Mas Dewi dari Universitas Warmadewa. Mohon data kemiskinan 2024.",
     "Anak Agung Istri Mas Dewi", "Universitas Warmadewa"},
    {"Halo, saya Mas Budi Santoso dari Universitas Udayana. Mohon data inflasi 2024.", "Budi Santoso",
     "Universitas Udayana"},
    // A letterhead block in capitals over several lines continues the organisation, as written; a
    // name in capitals right below does not.
    {"Dengan hormat,\nBersama ini kami mohon data PDRB 2021-2025.\nDemikian kami sampaikan.\n\n"
     "KEPALA BADAN PERENCANAAN PEMBANGUNAN,\nPENELITIAN DAN PENGEMBANGAN DAERAH\nKABUPATEN JEMBRANA,\n\n"
     "DR. I KETUT SUDIARTA, S.E., M.M.\nPembina Utama Muda\nNIP. 19710203 199803 1 004",
     "Dr. I Ketut Sudiarta", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH KABUPATEN JEMBRANA"},
    {"Dengan hormat,\nKami mohon data jumlah nelayan per banjar tahun 2025.\nDemikian permohonan ini.\n\n"
     "KEPALA DESA PENGAMBENGAN\nI WAYAN SUPARTA",
     "I Wayan Suparta", "DESA PENGAMBENGAN"},
    // A proper name the lexicons do not know, right after "dari": a newsroom, a firm; not a place.
    {"Halo, saya Komang Sari dari Radar Bali, mau minta data kemiskinan 2024.", "Komang Sari", "Radar Bali"},
    {"Selamat siang, saya Dewa Putra dari Tabanan Kini. Minta data penduduk 2025.", "Dewa Putra", "Tabanan Kini"},
    {"saya Rudi Hartono dari Denpasar Bali, mau minta data inflasi", "Rudi Hartono", kNone},
    {"Saya Ayu Lestari dari Jembrana Barat. Mohon data nelayan.", "Ayu Lestari", kNone},
    {"saya Wayan Sudarsana dari Kuta Selatan, mau minta data hotel 2024", "Wayan Sudarsana", kNone},
    {"Hello, I am Emma Clarke from New Zealand. I need tourism data for Jembrana.", "Emma Clarke", kNone},
    // "of"/"for" and a complement after the last head of an English name belong to it.
    {"I am Laura Smith from the National Research Council of Canada. I need rice data.", "Laura Smith",
     "National Research Council of Canada"},
    {"I am Budi Santoso, analyst at Bali Research Institute for Tourism Studies. I need hotel data.", "Budi Santoso",
     "Bali Research Institute for Tourism Studies"},
    {"I am Anna Berg from the Swedish Research Council. I need data for my thesis.", "Anna Berg",
     "Swedish Research Council"},
    // Casual: a trade after a lower-case name ends the name and is no institution.
    {"halo min, aku ketut petani di pekutatan, mau tanya harga gabah 2025", "Ketut", kNone},
    {"pak sy joko sopir truk mau minta data jalan rusak di jembrana", "Joko", kNone},
    {"permisi, saya wira pedagang pasar negara, butuh data inflasi", "Wira", kNone},
    {"saya driver ojol mau tanya jumlah penduduk", kNone, kNone},
    // Casual "anak <campus>" (a student of it); "Anak Agung" stays a Balinese name.
    {"halo kak, aku dinda anak unud semester 5, mau minta data ipm jembrana 2023 dong", "Dinda", "unud"},
    {"siang min, sy rizal anak ITB, boleh minta data pdrb jembrana 2024?", "Rizal", "ITB"},
    {"Selamat pagi, saya Anak Agung Gede Putra dari Universitas Udayana. Mohon data PDRB 2024.",
     "Anak Agung Gede Putra", "Universitas Udayana"},
    // Universities of other languages, with or without their diacritics.
    {"Dear Sir,\nMy name is Jean-Pierre Dubois, I am a PhD candidate at Université Paris 1 Panthéon-Sorbonne. "
     "I would like the number of tourist arrivals in Jembrana, 2019-2024.",
     "Jean-Pierre Dubois", "Université Paris 1 Panthéon-Sorbonne"},
    // Indonesian order is untouched: "Bank" first names the bank.
    {"Selamat pagi, saya Putu Sari, pegawai Bank Pembangunan Daerah Bali. Mohon data PDRB Jembrana 2024.\n\n"
     "Terima kasih,\nPutu Sari",
     "Putu Sari", "Bank Pembangunan Daerah Bali"},
    // Universities in more languages; an English role before "at"; a campus research centre gives way
    // to its university; co-operatives and rural banks by their type's acronym.
    {"My name is Daniel Ferreira, I am a master's student in development economics at Universidade de Lisboa. "
     "I need household expenditure for Jembrana 2022-2025.",
     "Daniel Ferreira", "Universidade de Lisboa"},
    {"I'm a staff writer at Mongabay Indonesia working on a story about the sardine fishery.\n\nThank you,\n"
     "Marta Kowalczyk",
     "Marta Kowalczyk", "Mongabay Indonesia"},
    {"Saya Made Wiranata, peneliti pada Pusat Penelitian Lingkungan Hidup Universitas Udayana. Mohon data penduduk "
     "desa pesisir Jembrana 2025.",
     "Made Wiranata", "Universitas Udayana"},
    {"Kami dari KSP Artha Jaya Mandiri butuh data pengeluaran per kapita per kecamatan.\n\nSugeng Riyadi",
     "Sugeng Riyadi", "KSP Artha Jaya Mandiri"},
    // "Istri" and "Mas" inside a Balinese name, in a sentence and in a signature under a closing.
    {"Mohon data produksi padi per kecamatan 2025.\n\nSalam,\nAnak Agung Istri Mas Pradnyani",
     "Anak Agung Istri Mas Pradnyani", std::nullopt},
    {"Saya Anak Agung Istri Dewi dari Universitas Warmadewa, mohon data IPM 2024.", "Anak Agung Istri Dewi",
     "Universitas Warmadewa"},
    // "I" in regional languages: Sundanese abdi, Javanese kulo; "abdi negara" (a civil servant) is no name.
    {"Punten, abdi Asep Saepudin, mahasiswa S1 di IPB University. Mau minta data produksi ikan 2024.",
     "Asep Saepudin", "IPB University"},
    {"Sugeng siang, kulo Bambang Triyono saking Kelompok Tani Sido Makmur, nyuwun data luas panen 2024.",
     "Bambang Triyono", "Kelompok Tani Sido Makmur"},
    {"Sebagai abdi negara saya perlu data ASN Jembrana 2024.", std::nullopt, std::nullopt},
    // An English signature line "Role, Organisation": the role is no organisation.
    {"I would like the population of Jembrana 2024.\n\nAaron Tanaka\nResearch Assistant, University of Hawaii",
     "Aaron Tanaka", "University of Hawaii"},
    {"Mohon data IPM 2024.\n\nSalam,\nI Made Sukadana\nDosen, Universitas Warmadewa", "I Made Sukadana",
     "Universitas Warmadewa"},
    // A name that introduces itself by "di sini" / "here" at the start of its sentence.
    {"Halo kak! Putri di sini, mahasiswi Poltekkes Kemenkes Denpasar jurusan gizi, mau minta data stunting 2024.",
     "Putri", "Poltekkes Kemenkes Denpasar"},
    {"Hi! Komang here, from Universitas Udayana. Could I get the poverty rate of Jembrana 2024?", "Komang",
     "Universitas Udayana"},
    {"Halo. Data di sini kurang lengkap, mohon data kemiskinan 2024.", std::nullopt, std::nullopt},
    // A pupil's grade ends the name and leads to the school, as "siswi" does.
    {"kak selamat siang. aku Ni Luh Gede Ayu Intan kelas 12 di SMAN 1 Mendoyo. ada tugas cari data kepadatan "
     "penduduk per kecamatan.",
     "Ni Luh Gede Ayu Intan", "SMAN 1 Mendoyo"},
    {"Saya Budi Santoso dari Dinas Sosial, mohon data jumlah penduduk kelas menengah di Jembrana 2024.", "Budi Santoso",
     "Dinas Sosial"},
    // A device after "dari" is where a page was opened, not an organisation; the introduction after it is read.
    {"Saya sudah mencoba mencari di website, tapi beberapa link yang saya temukan tidak bisa dibuka dari HP.\n\n"
     "Maaf belum memperkenalkan diri. Saya Gusti Ayu Mirah dari Lembaga Perlindungan Anak Kabupaten Jembrana. Kami "
     "butuh data jumlah anak per kecamatan.",
     "Gusti Ayu Mirah", "Lembaga Perlindungan Anak Kabupaten Jembrana"},
    // A reduplicated word is no name ("saya datang jauh-jauh dari Melaya"); the signature's name is.
    {"Kemarin saya datang ke kantor tapi ruang PST sudah tutup. Saya datang jauh-jauh dari Melaya.\n\nKadek Sumiati",
     "Kadek Sumiati", std::nullopt},
    // "Umum", "pribadi", "-" where an institution goes: none (the issue's rule).
    {"Nama: Wayan Suteja\nInstansi: Umum\nKeperluan: data jumlah penduduk Jembrana 2025", "Wayan Suteja",
     std::nullopt},
    {"Nama : Siti Rahmah\nAsal instansi : pribadi\nData: inflasi Jembrana 2024", "Siti Rahmah", std::nullopt},
    {"Nama lengkap: Gede Arta\nInstansi: -\nPerlu data kemiskinan 2024", "Gede Arta", std::nullopt},
    // This office, the addressee, is not the writer's institution; the writer's own is.
    {"Dengan hormat,\n\nSaya Lilis Suryani, analis kredit di salah satu bank di Negara, cukup sering memakai data "
     "BPS Jembrana. Ada dua saran dari saya.", "Lilis Suryani", std::nullopt},
    {"Saya Komang, pengguna setia data Badan Pusat Statistik Kabupaten Jembrana, mohon data IPM 2024.", "Komang",
     std::nullopt},
    {"Saya Made Arini dari Dinas Sosial Kabupaten Jembrana, sering memakai data BPS Jembrana.", "Made Arini",
     "Dinas Sosial Kabupaten Jembrana"},
    // A sign-off the closings do not list, right above the lone name that ends the mail, is one; a
    // position or an organisation above the name is not ("Ketua Panitia," keeps its place).
    {"Thank you so much, the files arrived. That's all I needed for now.\n\nHave a nice week,\nIngrid", "Ingrid",
     std::nullopt},
    {"Thanks.\n\nFondly,\nIngrid Hansen", "Ingrid Hansen", std::nullopt},
    {"Terima kasih, datanya sudah sampai.\n\nSemoga sehat selalu,\nKomang", "Komang", std::nullopt},
    {"Mohon data penduduk 2025.\n\nHormat kami,\nKetua Panitia,\nI Made Budiarta", "I Made Budiarta", std::nullopt},
    // A colleague at the writer's own workplace ("rekan kerja", "rekan satu bidang") works where the writer
    // does; a counterpart or a supervisor elsewhere does not. Regional agencies by their new acronyms.
    {"Saya Putu Ayu Maharani, rekan satu bidang Ibu Ketut Sariani di Dinas Sosial Kabupaten Jembrana. Beliau sedang "
     "cuti, jadi saya yang membalas.",
     "Putu Ayu Maharani", "Dinas Sosial Kabupaten Jembrana"},
    {"Saya Gede, teman sekantor Pak Made di Dinas Pariwisata Kabupaten Jembrana, mohon data kunjungan wisman 2025.",
     "Gede", "Dinas Pariwisata Kabupaten Jembrana"},
    {"Saya Gede, teman Pak Made di Dinas Pariwisata Kabupaten Jembrana, mohon data kunjungan wisman 2025.", "Gede",
     std::nullopt},
    {"Saya Kadek Ari, staf perencana di Bapperida Kabupaten Jembrana, mohon data IPM 2024.", "Kadek Ari",
     "Bapperida Kabupaten Jembrana"},
    {"Saya Kadek Ari, analis di DP3AP2KB Kabupaten Jembrana, mohon data perkawinan anak.", "Kadek Ari",
     "DP3AP2KB Kabupaten Jembrana"},
    // A relative's work or school ("Ayah saya bekerja di ...", "anak dari Pak Made yang bekerja di ...", "My
    // wife works at ...", "orang tua siswa di SDN ...") is not the writer's; the writer's own, said before,
    // stays; "Istri" inside a Balinese name is a name's word.
    {"Nama saya Sari. Ayah saya bekerja di Dinas Pertanian Kabupaten Jembrana. Mohon data produksi padi 2024.", "Sari",
     std::nullopt},
    {"Saya Sari, anak dari Pak Made yang bekerja di Dinas Sosial. Mohon data IPM 2024.", "Sari", std::nullopt},
    {"Saya Sari, ibu rumah tangga. Suami saya guru di SMPN 1 Negara. Mohon data jumlah sekolah 2024.", "Sari",
     std::nullopt},
    {"Saya Budi, orang tua siswa di SDN 2 Dauhwaru. Mohon data jumlah sekolah 2024.", "Budi", std::nullopt},
    {"Saya Sari, mahasiswi Universitas Udayana. Ayah saya bekerja di Dinas Pertanian. Mohon data produksi padi 2024.",
     "Sari", "Universitas Udayana"},
    {"Om Swastiastu, saya Anak Agung Istri Mas Pratiwi dari Universitas Hindu Negeri I Gusti Bagus Sugriwa, mohon "
     "data IPM 2024.",
     "Anak Agung Istri Mas Pratiwi", "Universitas Hindu Negeri I Gusti Bagus Sugriwa"},
    // Manado's "kita" and Ambon's or Kupang's "beta" are "I" before a name; Indonesian "kita" ("we") is not.
    {"Slamat siang pak/ibu,\nKita Grace Lumintang, mahasiswi Agribisnis Fakultas Pertanian Unsrat. Kita mo minta "
     "data produksi cengkeh.",
     "Grace Lumintang", "Unsrat"},
    {"Beta Yohanis Manafe dari Universitas Nusa Cendana, mau minta data produksi jagung 2024.", "Yohanis Manafe",
     "Universitas Nusa Cendana"},
    {"Kita semua tahu data BPS penting. Saya Rina Wulandari dari Universitas Udayana, mohon data IPM 2024.",
     "Rina Wulandari", "Universitas Udayana"},
    // "saya sendiri, <name>": the writer named after "myself" and a comma; "saya sendiri" alone names no one.
    {"Kami tim peneliti Fakultas Vokasi Universitas Negeri Yogyakarta yang diketuai oleh saya sendiri, Prof. Dr. Siti "
     "Marwiyah, M.Pd., bersama Dr. Hendro Prasetyo (Politeknik Negeri Bali), mengajukan permohonan data.",
     "Prof. Dr. Siti Marwiyah", "Universitas Negeri Yogyakarta"},
    {"Kami (saya sendiri, I Putu Gede Mahardika, pranata komputer yang ditugasi sebagai admin portal) mohon dikirimkan "
     "tabel berikut.",
     "I Putu Gede Mahardika", std::nullopt},
    {"Data ini akan saya olah sendiri, Bapak tidak perlu repot.", std::nullopt, std::nullopt},
    // A lower-case name before a comma and a study, or before a position; a student's term after the campus
    // is not part of it. An English "this is their annual ..." names nobody.
    {"tiang komang ari, mahasiswa hukum universitas mahendradatta smstr 7. mau nanya data pencurian ternak?",
     "Komang Ari", "universitas mahendradatta"},
    {"sy ketut widana ketua bpd desa gumbrih kec pekutatan. sy perlu jumlah penduduk desa gumbrih 2024.",
     "Ketut Widana", std::nullopt},
    {"Which figures will it be, this is their annual an, with had on.", std::nullopt, std::nullopt},
    // A street named after a campus is an address; a role between bars that names no organisation gives
    // way to the one after it; an acronym in brackets inside the name is copied with it, as written (over the
    // signature's short form by it), a legal form in brackets is part of it.
    {"Mohon data penduduk bekerja 2025.\n\nSalam,\nIvan Halim\nJl. Udayana No. 19, Negara", "Ivan Halim", std::nullopt},
    {"Mohon data penduduk bekerja 2025.\n\nTerima kasih.\n\nIvan Setiadi Halim | Penata Madya Kepesertaan | BPJS "
     "Ketenagakerjaan Kantor Cabang Perintis Negara",
     "Ivan Setiadi Halim", "BPJS Ketenagakerjaan Kantor Cabang Perintis Negara"},
    {"Perkenankan saya Ahmad Fauzan dari Lembaga Kemaslahatan Keluarga Nahdlatul Ulama (LKKNU) Cabang Jembrana, mohon "
     "data perkawinan anak.",
     "Ahmad Fauzan", "Lembaga Kemaslahatan Keluarga Nahdlatul Ulama (LKKNU) Cabang Jembrana"},
    {"Kami dari Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Jembrana memerlukan data penduduk 2025.\n\nHormat "
     "kami,\nDesak Made Rai Wulandari, S.H.\nKoordinator Divisi Pencegahan\nBawaslu Kabupaten Jembrana",
     "Desak Made Rai Wulandari", "Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Jembrana"},
    {"Saya Wayan Arta dari PT PLN (Persero) ULP Negara, mohon data jumlah rumah tangga 2025.", "Wayan Arta",
     "PT PLN (Persero) ULP Negara"},
    // Kindergartens ("TK ..." in capitals; "Pembina Tk. I" is a rank), Balinese Hindu schools, a campus's
    // short name with its capital prefix ("KU Leuven"; a term's roman numeral is none).
    {"Selamat pagi, saya Luh Putu Sriani, kepala TK Negeri Pembina Jembrana. Mohon data anak usia 4-6 tahun 2025.",
     "Luh Putu Sriani", "TK Negeri Pembina Jembrana"},
    {"Mohon data penduduk 2025.\n\nCamat Pekutatan,\n\nDrs. I Gusti Ngurah Putu Wirawan\nPembina Tk. I (IV/b)",
     "Drs. I Gusti Ngurah Putu Wirawan", "Kantor Camat Pekutatan"},
    {"Om Swastyastu, titiang Jro Mangku Ketut Sudana, pemangku ring Pura Dalem Medewi tur pengelola Pasraman "
     "Saraswati Desa Medewi. Titiang nunas data anak-anak 2025.",
     "Jro Mangku Ketut Sudana", "Pasraman Saraswati Desa Medewi"},
    {"I am a doctoral researcher at the Division of Bioeconomics, KU Leuven (Belgium). Could you share cocoa prices "
     "2018-2026?\n\nKind regards,\nPieter-Jan Vermeulen",
     "Pieter-Jan Vermeulen", "KU Leuven"},
    {"Saya Ida Ayu Sri Wahyuni, mahasiswi semester VII STAHN Mpu Kuturan Singaraja, mohon data pemeluk agama 2025.",
     "Ida Ayu Sri Wahyuni", "STAHN Mpu Kuturan Singaraja"},
    // An office's section and its office in one phrase are copied whole; a campus's unit gives way to the
    // campus.
    {"Saya Made Arta dari Bagian Hukum Sekretariat Daerah Kabupaten Jembrana, mohon data jumlah penduduk 2025.",
     "Made Arta", "Bagian Hukum Sekretariat Daerah Kabupaten Jembrana"},
    {"Saya Made Arta dari Bagian Akademik Fakultas Ekonomi Universitas Udayana, mohon data IPM.", "Made Arta",
     "Universitas Udayana"},
    // A post between the name (its degrees too) and the organisation ("apoteker penanggung jawab Apotek ...
    // di Melaya"); a role's title before "di" and the organisation ("Program Officer di Yayasan ...").
    {"Saya apt. Ni Kadek Ayu Lestari, S.Farm., apoteker penanggung jawab Apotek Sehat Waras di Melaya. Mohon data "
     "lansia per desa 2025.",
     "apt. Ni Kadek Ayu Lestari", "Apotek Sehat Waras"},
    {"Saya Maria Goreti Nona, Program Officer di Yayasan Sayangi Anak Bali Barat. Kami membutuhkan data APS.",
     "Maria Goreti Nona", "Yayasan Sayangi Anak Bali Barat"},
    // A letter's opening before the office at work ("Dengan hormat, Perusahaan Umum Daerah ... sedang ...").
    {"Om Swastyastu,\n\nDengan hormat, Perusahaan Umum Daerah Pasar Kertha Negara Kabupaten Jembrana sedang "
     "menyusun rencana bisnis. Kami mohon data harga beras 2025.",
     kNone, "Perusahaan Umum Daerah Pasar Kertha Negara Kabupaten Jembrana"},
    // "Gek" (a Balinese girl's name word) is kept as she writes it; "Bli", "Kak" are forms of address.
    {"halo kak, aku gek ayu dr undiksha, mau minta data jumlah hotel 2024 ya kak.", "Gek Ayu", "undiksha"},
    {"Sangat puas! Terima kasih banyak.\n\nGek Diah", "Gek Diah", kNone},
    // A correction of how we wrote the name ("Yang benar: ..."); a correction of something else names nobody.
    {"Mohon maaf, nama saya pada tanda terima tertulis kurang tepat. Yang benar: Ni Luh Gede Ayu Prameswari (bukan "
     "Pramesti). Mohon dibetulkan.",
     "Ni Luh Gede Ayu Prameswari", kNone},
    {"Mohon maaf, tabelnya kurang tepat. Yang benar: Tabel 3.2 Penduduk Menurut Umur.", kNone, kNone},
    // A signed word that is one of a whole name written alone above ("Sri" of "Ni Made Sri Utami"); a
    // name line of someone else that lacks it is not taken.
    {"Berikut nama lengkap saya:\nNi Made Sri Utami\n\nTerima kasih,\nSri", "Ni Made Sri Utami", kNone},
    {"Mohon data untuk Bapak Komang Ari Wibawa.\n\nKomang Ari Wibawa\n\nTerima kasih,\nSri", "Sri", kNone},
    // An office at work after a letter's opening clause, with what it acts as ("..., Dinas ... selaku walidata
    // daerah perlu ..."), even when this office is named as the data's source; a writer's own need is none.
    {"Sehubungan dengan pemutakhiran Portal Satu Data Kabupaten Jembrana akhir tahun ini, Dinas Komunikasi, "
     "Informatika dan Persandian Kabupaten Jembrana selaku walidata daerah perlu memuat ulang indikator yang "
     "bersumber dari BPS. Mohon data IPM 2020-2025.",
     kNone, "Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana"},
    {"Dalam rangka penyusunan profil kemiskinan, Dinas Sosial Kabupaten Jembrana bermaksud memutakhirkan data. Mohon "
     "data kemiskinan 2025.",
     kNone, "Dinas Sosial Kabupaten Jembrana"},
    {"Sehubungan dengan tugas kuliah, saya perlu data kemiskinan 2025.", kNone, kNone},
    // A signature's section line opens the office's name and is copied whole.
    {"Data inflasi sudah kami terima.\n\nSalam,\nEka Jayanti\nBagian Perekonomian Setda Jembrana", "Eka Jayanti",
     "Bagian Perekonomian Setda Jembrana"},
    // A study's level before "di"; "Hi there, <name> here"; a pesantren's caretaker before it (found by probing).
    {"Halo, perkenalkan nama saya Putu Eka, saat ini sedang menempuh studi S1 di Universitas Udayana. Mohon data IPM.",
     "Putu Eka", "Universitas Udayana"},
    {"Hi there, Sarah Lim here, PhD candidate at the National University of Singapore. Could I get rice production?",
     "Sarah Lim", "National University of Singapore"},
    {"Assalamualaikum, saya Ahmad, pengasuh Pondok Pesantren Darul Ulum di Loloan. Mohon data santri 2025.", "Ahmad",
     "Pondok Pesantren Darul Ulum"},
    // A university's possessive unit ("... University's Crawford School") gives way to the university.
    {"Good afternoon. I'm James Wilson, a research fellow with the Australian National University's Crawford School. "
     "I'm looking for poverty data for Jembrana, 2020-2024.",
     "James Wilson", "Australian National University"},
    // A name opening its sentence, then "dari" and an organisation, in a sentence that asks; someone named
    // by an honorific who does not ask is another person. A lower-case name before "lulusan".
    {"Hai min! Wulan dari Universitas Brawijaya nih, mau minta data wisatawan 2024 dong.", "Wulan",
     "Universitas Brawijaya"},
    {"Selamat pagi. Pak Made dari Dinas Sosial menyarankan saya menghubungi BPS.", kNone, kNone},
    {"saya kadek mira, lulusan sma, lagi cari kerja, mau tanya data lowongan kerja 2025", "Kadek Mira", kNone},
    // A mosque's board member before the mosque in apposition.
    {"Assalamualaikum wr wb, saya Hamid, takmir Masjid Agung Baitul Qadim Loloan. Mohon data penduduk 2025.", "Hamid",
     "Masjid Agung Baitul Qadim Loloan"},
    // A role and its organisation first, the name after a comma; a place, a unit or a class there is no name.
    {"Selamat sore, saya wartawan Bali Post, Putu Agus Suarjana. Mohon konfirmasi angka inflasi Oktober 2026.",
     "Putu Agus Suarjana", "Bali Post"},
    {"Selamat sore, saya staf Dinas Sosial Kabupaten Jembrana, Putu Agus Suarjana. Mohon data kemiskinan 2025.",
     "Putu Agus Suarjana", "Dinas Sosial Kabupaten Jembrana"},
    {"Selamat pagi, saya mahasiswi Universitas Udayana, Kadek. Mohon data kemiskinan 2024.", "Kadek",
     "Universitas Udayana"},
    {"Selamat pagi, saya mahasiswa Universitas Udayana, Denpasar. Mohon data kemiskinan 2024.", kNone,
     "Universitas Udayana"},
    {"Selamat pagi, saya staf Dinas Sosial, Bidang Rehabilitasi Sosial, ingin meminta data kemiskinan 2024.", kNone,
     "Dinas Sosial"},
    {"Selamat pagi, saya siswa SMA Negeri 1 Negara, Kelas XII IPS. Mohon data kemiskinan 2024.", kNone,
     "SMA Negeri 1 Negara"},
    // A field of study before a campus, after "anak" or "dari", is the student's, not the organisation's name.
    {"Kenalin, gue Raka, anak Ilmu Komunikasi Universitas Udayana. Mau minta data wisatawan 2023 dong.", "Raka",
     "Universitas Udayana"},
    {"Halo min, aku Raka dari Ilmu Komunikasi Unud. Mau minta data wisatawan 2023 dong.", "Raka", "Unud"},
    {"Saya Ketut dari Tim Penggerak PKK Desa Kaliakah, mohon data jumlah balita 2025.", "Ketut",
     "Tim Penggerak PKK Desa Kaliakah"},
    // Lower-case nouns of a post before "di" and the organisation, in apposition after the name; not a verb,
    // nor where one lives or was born.
    {"Assalamualaikum, saya Siti Nurhaliza, ustadzah di Pondok Pesantren Manba'ul Ulum Loloan Timur. Mohon data "
     "santri.",
     "Siti Nurhaliza", "Pondok Pesantren Manba'ul Ulum Loloan Timur"},
    {"Selamat pagi, saya Wayan Ardana, pranata komputer di Dinas Perikanan Kabupaten Jembrana. Mohon data nelayan.",
     "Wayan Ardana", "Dinas Perikanan Kabupaten Jembrana"},
    {"Selamat pagi, saya Wayan Ardana, warga di Desa Pengambengan. Mohon data jumlah nelayan 2025.", "Wayan Ardana",
     kNone},
    {"Selamat pagi, saya Wayan Ardana, lahir di Desa Pengambengan. Mohon data jumlah nelayan 2025.", "Wayan Ardana",
     kNone},
    {"Selamat pagi, saya Wayan Ardana, berlibur di Hotel Puri Dajuma. Mohon data jumlah wisatawan 2025.",
     "Wayan Ardana", kNone},
    // "Kepala Sekolah" is the head teacher's title: the school is what follows it.
    {"Selamat pagi, saya Made Arimbawa, Kepala Sekolah SD Negeri 3 Dauhwaru. Mohon data anak usia sekolah.",
     "Made Arimbawa", "SD Negeri 3 Dauhwaru"},
    {"Selamat pagi, saya Wayan Ardana, dosen Sekolah Tinggi Ilmu Ekonomi Satya Dharma. Mohon data nelayan 2025.",
     "Wayan Ardana", "Sekolah Tinggi Ilmu Ekonomi Satya Dharma"},
    // In capitals a verb or a conjunction still ends the organisation's name.
    {"KAMI DARI PEMERINTAH DESA WARNASARI MENYAMPAIKAN BAHWA JUMLAH PENDUDUK DESA KAMI SALAH.\n\nI KOMANG SUKAYASA",
     "I Komang Sukayasa", "PEMERINTAH DESA WARNASARI"},
    {"SAYA I MADE SUTA DARI DINAS SOSIAL KABUPATEN JEMBRANA MEMBUTUHKAN DATA KEMISKINAN 2025.", "I Made Suta",
     "DINAS SOSIAL KABUPATEN JEMBRANA"},
    {"KAMI DARI KELOMPOK TANI SARI BUMI BAHWA DATA LUAS PANEN KAMI BERBEDA.", kNone, "KELOMPOK TANI SARI BUMI"},
    // Not a noun with -kan, nor a me(N)- word without it.
    {"Perkenalkan, saya Kak I Gede Arta Wibawa, Sekretaris Kwartir Cabang Gerakan Pramuka Jembrana. Mohon data "
     "penduduk usia 7-25 tahun.",
     "I Gede Arta Wibawa", "Kwartir Cabang Gerakan Pramuka Jembrana"},
    {"Saya Ketut dari UPTD Puskesmas Mendoyo I, mohon data jumlah balita 2025.", "Ketut", "UPTD Puskesmas Mendoyo I"},
    // A body the lexicons do not know on the line under the name or its role (with or without the
    // country); a role's title, a rank or an occupation is no body, and yields to a known body below it;
    // places and study lines are no body.
    // An officer of a body the lists do not know: its name right after the post, up to the clause's end
    // (a body found further on is another); where one comes from or lives is no body.
    {"Selamat siang. Saya Syamsuddin Daeng Ngalle, Ketua Kerukunan Keluarga Sulawesi Selatan Kabupaten Jembrana, "
     "tinggal di Kampung Bugis, Desa Air Kuning. Kami mohon data penduduk menurut suku bangsa 2010.\n\nSyamsuddin",
     "Syamsuddin Daeng Ngalle", "Kerukunan Keluarga Sulawesi Selatan Kabupaten Jembrana"},
    {"Nama saya Ni Wayan Desi, asal Banjar Munduk, Desa Tukadaya. Saya bendahara Banjar Suka Duka Bali Vancouver, "
     "perkumpulan warga Bali di British Columbia. Kami mohon data APS SMP 2024.\n\nDesi",
     "Ni Wayan Desi", "Banjar Suka Duka Bali Vancouver"},
    {"Assalamu'alaikum\nSaya Fauzan, ketua Remaja Masjid Baitul Qadim Loloan Timur\nButuh data pengangguran Jembrana "
     "2025\n\nMuhammad Fauzan Alhabsyi",
     "Muhammad Fauzan Alhabsyi", "Remaja Masjid Baitul Qadim Loloan Timur"},
    {"Saya Fauzan dari Nusa Tenggara Timur, butuh data pengangguran Jembrana 2025\n\nMuhammad Fauzan", "Muhammad Fauzan",
     kNone},
    {"Nama saya Ni Wayan Desi, asal Banjar Munduk, Desa Tukadaya. Kami mohon data APS SMP 2024.\n\nDesi",
     "Ni Wayan Desi", kNone},
    {"Saya Made Arta, warga Desa Yehembang. Kami mohon data APS SMP 2024.\n\nMade Arta", "Made Arta", kNone},
    {"Saya Made Arta, ketua kelompok kami. Kami mohon data APS SMP 2024.\n\nMade Arta", "Made Arta", kNone},
    // After a group or a unit, a district or village alone is where it is, not a body above it.
    {"Kami dari Kelompok Pengelola Desa Wisata Manggissari, Kecamatan Pekutatan, sedang melengkapi dokumen. Kami "
     "mohon data penduduk 2025.\n\nKadek",
     "Kadek", "Kelompok Pengelola Desa Wisata Manggissari"},
    {"Saya dari Fakultas Ekonomi, Universitas Udayana, mohon data penduduk 2025.\n\nKadek", "Kadek",
     "Universitas Udayana"},
    // A university in another language goes on with its own "of" ("Università di Bologna"); a sentence
    // that says "now" names the body of now over one named before (not a placement for a while: an
    // internship, a study carried out with partners).
    {"Nama saya Giulia Bernardi, dari Italia. Tahun 2024-2025 saya ikut program beasiswa Darmasiswa di Institut Seni "
     "Indonesia Bali dan belajar gamelan. Sekarang saya mahasiswi S2 Antropologi Budaya di Università di Bologna. "
     "Saya mohon data kerbau 2024.\n\nGiulia",
     "Giulia Bernardi", "Universit\xC3\xA0 di Bologna"},
    {"Saya Muhammad Rafi, praja Institut Pemerintahan Dalam Negeri. Saat ini saya sedang magang di Kantor Camat "
     "Mendoyo. Saya memerlukan data penduduk per desa 2025.\n\nRafi",
     "Muhammad Rafi", "Institut Pemerintahan Dalam Negeri"},
    // Someone else's workplace ("colleagues at ..."); a unit "of" its body; an English body's complement
    // ends at a lower-case verb.
    {"I am Dr. Esther Wanjiru Mwangi, a research scientist at KMFRI, and colleagues at the Indonesian Ministry of "
     "Marine Affairs and Fisheries suggested Jembrana as one of the sites. We request seaweed production "
     "2015-2025.\n\nEsther",
     "Dr. Esther Wanjiru Mwangi", "KMFRI"},
    {"I am Dr. Esther Wanjiru Mwangi, a research scientist in the socio-economics section of the Kenya Marine and "
     "Fisheries Research Institute (KMFRI). We request seaweed production 2015-2025.\n\nEsther",
     "Dr. Esther Wanjiru Mwangi", "Kenya Marine and Fisheries Research Institute"},
    {"I am Ahmad, an economist at the Indonesian Ministry of Marine Affairs and Fisheries based in Jakarta. We "
     "request seaweed production 2015-2025.\n\nAhmad",
     "Ahmad", "Indonesian Ministry of Marine Affairs and Fisheries"},
    // An institute named with its university is a unit of it; a body without one stands.
    {"Saya Rina, peneliti di Lembaga Demografi FEB Universitas Indonesia. Mohon data penduduk 2025.\n\nRina", "Rina",
     "Universitas Indonesia"},
    {"Saya Rina, staf Lembaga Perlindungan Anak Kabupaten Jembrana. Mohon data penduduk 2025.\n\nRina", "Rina",
     "Lembaga Perlindungan Anak Kabupaten Jembrana"},
    // A memo's "Dari :" field: the sender's name before their post; an organisation there is no name.
    {"NOTA PERMOHONAN DATA\nDari      : Ayu Ratnaningsih, Kepala Bagian Perluasan Peserta\nUnit      : BPJS Kesehatan "
     "Kantor Cabang Singaraja\nKepada    : PST BPS Kabupaten Jembrana\n\nKami mohon data penduduk 2026.",
     "Ayu Ratnaningsih", "BPJS Kesehatan Kantor Cabang Singaraja"},
    {"Dari      : Dinas Sosial Kabupaten Jembrana, Bidang Rehabilitasi\n\nKami mohon data penduduk 2026.", kNone,
     "Dinas Sosial Kabupaten Jembrana"},
    // A letter's number ends an office's name; its official "di Kabupaten ..." does not; an acronym in the
    // name is written out as the signature spells it.
    {"Selamat siang,\n\nTerlampir kami sampaikan surat Kepala Loka POM di Kabupaten Buleleng Nomor "
     "T-PS.01.01.12A.11.26.0418 perihal Permohonan Data.\n\nHormat kami,\n\nDra. Ni Made Sukerti, Apt.",
     "Dra. Ni Made Sukerti", "Loka POM di Kabupaten Buleleng"},
    {"Selamat siang,\n\nTerlampir kami sampaikan surat Kepala Loka POM di Kabupaten Buleleng Nomor "
     "T-PS.01.01.12A.11.26.0418 perihal Permohonan Data.\n\nHormat kami,\n\nDra. Ni Made Sukerti, Apt.\nPengawas "
     "Farmasi dan Makanan Ahli Madya\nLoka Pengawas Obat dan Makanan di Kabupaten Buleleng\nJl. Pahlawan No. 11, "
     "Singaraja",
     "Dra. Ni Made Sukerti", "Loka Pengawas Obat dan Makanan di Kabupaten Buleleng"},
    // The mail's greeting line ("Salam olahraga!") is no closing: the signature is the block at the end.
    {"Salam olahraga!\n\nDengan hormat, Bidang Pembinaan Prestasi KONI Kabupaten Jembrana akan melaksanakan "
     "program. Untuk menentukan jadwal per kecamatan, kami mohon data:\n\n- jumlah penduduk usia 10-18 tahun menurut "
     "jenis kelamin per kecamatan, 2025;\n- jumlah SD, SMP, dan SMA/SMK per kecamatan.\n\nAtas bantuan Bapak/Ibu kami "
     "ucapkan terima kasih.\n\nKetut Adi Wiguna, S.Or., M.Pd.\nWakil Ketua Bidang Pembinaan Prestasi\nKONI Kabupaten "
     "Jembrana",
     "Ketut Adi Wiguna", "KONI Kabupaten Jembrana"},
    // A unit ending a signature's line, its body on the next line: the body; the words between an
    // officer's post and a body found are the start of its name.
    {"Dengan hormat,\n\nKami mohon data penduduk per desa 2015-2025.\n\nHormat kami,\n\nIr. Made Oka Swastika\n"
     "Kepala Bagian Perencanaan Teknik\nPerumda Air Minum Tirta Amertha Jati Kabupaten Jembrana",
     "Ir. Made Oka Swastika", "Perumda Air Minum Tirta Amertha Jati Kabupaten Jembrana"},
    {"Saya I Made Widnyana, Sekretaris Tim Data Desa Pohsanten. Kami mohon konsultasi cara menghitung garis "
     "kemiskinan desa.\n\nI Made Widnyana",
     "I Made Widnyana", "Tim Data Desa Pohsanten"},
    // A village found as the writer's body is its government when the text names it so.
    {"Saya rekannya, Gede Putra Adnyana, Kasi Pelayanan Desa Ekasari, menyampaikan bahwa permintaan tersebut atas "
     "nama Pemerintah Desa Ekasari, Kecamatan Melaya.\n\nTerima kasih.\nGede Putra Adnyana",
     "Gede Putra Adnyana", "Pemerintah Desa Ekasari"},
    {"Saya Gede Putra Adnyana, Kasi Pelayanan Desa Ekasari, mohon data penduduk 2025.\n\nGede Putra Adnyana",
     "Gede Putra Adnyana", "Desa Ekasari"},
    // Name shapes: eastern "sa pu nama", Tetum-order "saya nama", a Batak "br.", a sister's "Sr."; the
    // Muslim closing with its blessing ("Wassalamu'alaikum wr. wb.") over the name; a unit "di" its body.
    {"Selamat sore. Sa pu nama Yakob Wanimbo, asal dari Wamena. Sa mau tahu upah buruh Jembrana 2025.\n\nYakob",
     "Yakob Wanimbo", kNone},
    {"Saya nama Januario da Costa Soares, dari Timor-Leste, mohon data kakao 2025.\n\nJanuario",
     "Januario da Costa Soares", kNone},
    {"Saya Marsaulina br. Pardede, Kepala Bagian Pengembangan Usaha di PT Surya Bahari Trans. Mohon data penduduk "
     "2025.\n\nMarsaulina br. Pardede",
     "Marsaulina br. Pardede", "PT Surya Bahari Trans"},
    {"Saya Sr. Maria Fransiska Ndona, SSpS, kepala TK Santa Theresia Palasari. Mohon data anak 2025.\n\nSr. Maria "
     "Fransiska Ndona, SSpS",
     "Sr. Maria Fransiska Ndona", "TK Santa Theresia Palasari"},
    {"Alhamdulillah, data sudah saya terima. Nilai saya 5.\n\nWassalamu'alaikum wr. wb.\nAhmad Zaki Mubarak",
     "Ahmad Zaki Mubarak", kNone},
    // Probing with shapes of bodies: a Satker; a group's village on the line below is where it is; a
    // name before "sebuah LSM"; a channel's platform; a name's own "de".
    {"Halo, saya Rina staf di Satker Pelaksanaan Jalan Nasional Wilayah I Provinsi Bali. Butuh data jumlah "
     "kendaraan Jembrana 2025.\n\nRina",
     "Rina", "Satker Pelaksanaan Jalan Nasional Wilayah I Provinsi Bali"},
    {"Selamat pagi, mohon data produksi kakao 2025.\n\nTerima kasih,\nI Made Sudarsana\nKetua Kelompok Tani Kakao "
     "Sari Amerta\nDesa Batuagung",
     "I Made Sudarsana", "Kelompok Tani Kakao Sari Amerta"},
    {"Selamat pagi. Kami dari Jaring, sebuah LSM lingkungan di Bali, mohon data mangrove 2025.\n\nSalam,\nMade "
     "Arsana",
     "Made Arsana", "Jaring"},
    {"Halo kak, saya Tasya dari channel YouTube Warta Barat TV. Mau minta data pariwisata 2025.\n\nTasya", "Tasya",
     "Warta Barat TV"},
    {"Mohon data penduduk 2025 untuk penelitian kami.\n\nSalam,\nDr. Rudi Hartono\nDepartment of Economics\nAteneo "
     "de Manila University",
     "Dr. Rudi Hartono", "Ateneo de Manila University"},
    // A campus by a short name no list knows after the word that says one studies there (a field of
    // study may stand between); "we at" a body no list knows.
    {"hai min aku nadia anak ubaya mau minta data penduduk jembrana 2025 buat tugas\n\nnadia", "Nadia", "ubaya"},
    {"halo kak, aku nadia kirana mhs manajemen ubaya semester 5\nboleh minta data umkm jembrana 2025?\n\nnadia",
     "Nadia Kirana", "ubaya"},
    {"Saya Rani, mahasiswi semester akhir. Mohon data stunting 2025.\n\nRani", "Rani", kNone},
    {"Hi, we at Bali Startup Hub would like population data for Jembrana 2025.\n\nCheers,\nMaya", "Maya",
     "Bali Startup Hub"},
    // A Balinese "i" in lower case before a birth-order name; a religious affairs office by its acronym.
    {"selamat pagi, saya i made sukarya dari koperasi werdhi kriya, minta data kerajinan 2025\n\nmade", "I Made Sukarya",
     "koperasi werdhi kriya"},
    // (the lone "made" under it is a Balinese name signed in lower case, "i think" no "I" of a name)
    {"kata saya i think the data is wrong, mohon cek data kerajinan 2025\n\nmade", "Made", kNone},
    {"Mohon data penduduk 2025.\n\nSalam,\nHj. Siti Rohani, S.Ag.\nKUA Kecamatan Negara", "Hj. Siti Rohani",
     "KUA Kecamatan Negara"},
    // A kind of body in lower case and its capitalised name, before the village it is in.
    {"Saya Wayan, ketua kelompok nelayan Segara Amerta, Desa Pengambengan. Mohon data tangkapan ikan 2025.\n\nWayan",
     "Wayan", "kelompok nelayan Segara Amerta"},
    {"Saya Wayan dari koperasi Mina Bahari di Pengambengan. Mohon data tangkapan ikan 2025.\n\nWayan", "Wayan",
     "koperasi Mina Bahari"},
    // A madrasah's level in capitals ("MI", "MA") opens its name; a degree "MA" after a name does not; a
    // treasurer "of" a body.
    {"Perkenalkan, saya Hj. Nurul Aini, S.Pd.I, guru MI Nurul Huda. Mohon data penduduk 2025.\n\nNurul",
     "Hj. Nurul Aini", "MI Nurul Huda"},
    {"Mohon data penduduk 2025.\n\nRegards,\nJohn Smith, MA\nUniversity of Leeds", "John Smith", "University of Leeds"},
    {"Hi, I'm Sarah Thompson-Wirawan, treasurer of the Bali Diaspora Association. We need population data "
     "2025.\n\nSarah",
     "Sarah Thompson-Wirawan", "Bali Diaspora Association"},
    // A head's title made of the unit's name names the unit.
    {"Mohon data penduduk 2025.\n\nSalam,\nI Putu Gede\nKapolsek Melaya", "I Putu Gede", "Polsek Melaya"},
    // A diplomatic mission is named with its city.
    {"Mohon data penduduk 2025.\n\nBest regards,\nAnna Berg\nFirst Secretary, Embassy of Sweden in Jakarta", "Anna Berg",
     "Embassy of Sweden in Jakarta"},
    {"I am Tom Lee, a lecturer at the University of Leeds in England. We need population data 2025.\n\nTom", "Tom Lee",
     "University of Leeds"},
    // Where one studied gives way to a "now" later in the sentence.
    {"Saya Dinda, alumni Universitas Udayana, sekarang bekerja di PT Telkom Indonesia Witel Denpasar. Mohon data "
     "penduduk 2025.\n\nDinda",
     "Dinda", "PT Telkom Indonesia Witel Denpasar"},
    // A legal form right before the body a unit belongs to is part of its name.
    {"Selamat siang. Saya Clarissa Angelina Wijaya, asisten Kepala Cabang PT Bank Tabungan Negara (Persero) Tbk Kantor "
     "Cabang Denpasar. Kami mohon data KPR Jembrana 2025.\n\nClarissa",
     "Clarissa Angelina Wijaya", "PT Bank Tabungan Negara (Persero) Tbk Kantor Cabang Denpasar"},
    // Writing privately, not for the workplace named: no institution.
    {"Saya I Gusti Ngurah Bagus Wiradharma. Sehari-hari saya ASN di Sekretariat Daerah Kabupaten Jembrana, tetapi "
     "permohonan ini saya ajukan secara pribadi dan tidak mewakili instansi. Mohon data rumah kos 2025.\n\nNgurah",
     "I Gusti Ngurah Bagus Wiradharma", kNone},
    {"Saya I Gusti Ngurah Bagus Wiradharma, ASN di Sekretariat Daerah Kabupaten Jembrana. Mohon data rumah kos "
     "2025.\n\nNgurah",
     "I Gusti Ngurah Bagus Wiradharma", "Sekretariat Daerah Kabupaten Jembrana"},
    {"Saya Gusti Made Raka Sudana, pensiunan guru di Banjar Tengah. Permohonan ini pribadi saja, bukan atas nama "
     "lembaga. Mohon data jumlah penduduk Kecamatan Negara 1971-2020.", "Gusti Made Raka Sudana", kNone},
    {"I am Tom Lee, a lecturer at the University of Leeds, writing as an individual. We need population data 2025.",
     "Tom Lee", kNone},
    // English order: a college or school before its university is a unit of it; alone it stands.
    {"Dear colleagues,\n\nI am Nguyen Thi Thu Ha, a researcher at the College of Aquaculture and Fisheries, Can Tho "
     "University, Vietnam. We request paddy area of Jembrana 2010-2025.\n\nBest regards,\nNguyen Thi Thu Ha",
     "Nguyen Thi Thu Ha", "Can Tho University"},
    {"Dear colleagues,\n\nI am Sarah Lee, a student at the College of Charleston. We request paddy area of Jembrana "
     "2010-2025.\n\nBest regards,\nSarah Lee",
     "Sarah Lee", "College of Charleston"},
    // The organisation before the writer's role ("a KOICA volunteer"), only one the lexicons know ("a GIS
    // analyst" names a field); an acronym spelled out by a line of the signature is written out.
    {"Hello,\n\nI'm Lee Seo-yeon, a KOICA volunteer from Korea. Can I get youth unemployment rate in Jembrana "
     "2024?\n\nSeo-yeon",
     "Lee Seo-yeon", "KOICA"},
    {"Hello,\n\nI'm Lee Seo-yeon, a GIS analyst from Korea. Can I get youth unemployment rate in Jembrana "
     "2024?\n\nSeo-yeon",
     "Lee Seo-yeon", kNone},
    {"Hello,\n\nI'm Lee Seo-yeon, a World Bank consultant based in Jakarta. Can I get youth unemployment rate in "
     "Jembrana 2024?\n\nSeo-yeon",
     "Lee Seo-yeon", "World Bank"},
    {"Dear Sir/Madam,\n\nMy name is Kenichiro Ono. I am a JICA Expert on fisheries value chains, currently assigned "
     "to the Marine and Fisheries Office of Bali Province.\n\nCould you share the monthly landed volume of lemuru "
     "at Pengambengan, 2023-2025, if BPS holds it.\n\nBest regards,\n\nONO Kenichiro\nJICA Expert (Fisheries Value "
     "Chain)\nJapan International Cooperation Agency",
     "Kenichiro Ono", "Japan International Cooperation Agency"},
    // An aside set off by unspaced em dashes before the name.
    {"Hi kak,\n\nGue\xE2\x80\x94" "eh, saya\xE2\x80\x94Kevin Hartono Putra, mahasiswa Data Science di BINUS University. "
     "Saya butuh data inflasi Jembrana 2020-2025.\n\nKevin",
     "Kevin Hartono Putra", "BINUS University"},
    {"Selamat pagi,\n\nMohon data kemiskinan Jembrana 2025.\n\nSalam,\nKetut Artana Jaya\nRadar Bali",
     "Ketut Artana Jaya", "Radar Bali"},
    {"Dear Sir,\n\nI need the number of fish processing firms in Jembrana 2024.\n\nBest regards,\n\nKenichiro Ono\n"
     "Senior Advisor\nJapan International Cooperation Agency",
     "Kenichiro Ono", "Japan International Cooperation Agency"},
    {"Dengan hormat,\n\nKami mohon data luas lahan sawah Jembrana 2025.\n\nHormat kami,\nI Made Suarta\nPenata "
     "Kadastral Pertama\nKantor Pertanahan Kabupaten Jembrana",
     "I Made Suarta", "Kantor Pertanahan Kabupaten Jembrana"},
    {"Dear team,\n\nWe need household size data for Pengambengan 2025.\n\nRegards,\nMaya Sari\nPrincipal "
     "Designer",
     "Maya Sari", kNone},
    {"Dear team,\n\nWe need household size data for Pengambengan 2025.\n\nRegards,\nMaya Sari\nFreelance "
     "Photographer Bali",
     "Maya Sari", kNone},
    {"Dear team,\n\nWe need household size data for Pengambengan 2025.\n\nRegards,\nMaya Sari\nSenior "
     "Photographer\nKantor Berita Antara",
     "Maya Sari", "Kantor Berita Antara"},
    {"Dear PST team,\n\nWe are looking for housing data for Jembrana 2025.\n\nRegards,\nRachel Morrison\nProgram "
     "Manager\nSave the Children Indonesia",
     "Rachel Morrison", "Save the Children Indonesia"},
    {"I'm Rachel Morrison, Program Development Manager in our Jakarta office. We need housing data for 2025.\n\n"
     "With thanks,\nRachel Morrison\nProgram Development Manager\nHabitat for Humanity Indonesia",
     "Rachel Morrison", "Habitat for Humanity Indonesia"},
    {"Dear PST team,\n\nWe are looking for housing data for Jembrana 2025.\n\nRegards,\nRachel Morrison\nProgram "
     "Manager",
     "Rachel Morrison", kNone},
    {"Dear PST team,\n\nWe are looking for housing data for Jembrana 2025.\n\nRegards,\nMade Ari\nDenpasar Bali "
     "Indonesia",
     "Made Ari", kNone},
    {"Selamat pagi, mohon data penduduk 2025.\n\nSalam,\nKadek Dwi\nTeknik Sipil", "Kadek Dwi", kNone},
    // An acronym's name ends where its expansion starts, without brackets (dictated, no punctuation).
    {"Selamat pagi Bapak Ibu saya Putu Suardika ketua PPDI Kabupaten Jembrana Persatuan Penyandang Disabilitas "
     "Indonesia mohon maaf email ini saya ketik pakai suara kami perlu data penyandang disabilitas",
     "Putu Suardika", "PPDI Kabupaten Jembrana"},
    {"Saya Putu Suardika, ketua PPDI Kabupaten Jembrana. Kami perlu data penyandang disabilitas 2025.",
     "Putu Suardika", "PPDI Kabupaten Jembrana"},
    // Answers to our form's items, a line apart each: a line wholly an organisation is the writer's; not
    // an organisation inside a sentence, nor in a long mail.
    {"Ni Made Sri Utami\n\nSTIKES Wira Medika Bali (Program Studi S1 Keperawatan)\n\nTerima kasih,\nSri",
     "Ni Made Sri Utami", "STIKES Wira Medika Bali"},
    {"Ni Made Sri Utami\n\nData dari Dinas Kesehatan Kabupaten Jembrana sudah saya terima.\n\nTerima kasih,\nSri",
     "Ni Made Sri Utami", kNone},
    // A rank of the armed forces or the police is kept like a title, with its corps.
    {"Izin memperkenalkan diri, saya Letda Laut (P) Agus Setyo Nugroho, mohon data nelayan 2025.",
     "Letda Laut (P) Agus Setyo Nugroho", kNone},
    {"Selamat pagi, saya Mayor Inf Komang Arya Wibawa dari Kodim 1617/Jembrana, mohon data penduduk 2025.",
     "Mayor Inf Komang Arya Wibawa", "Kodim 1617/Jembrana"},
    // ... and retired ("(Purn.)").
    {"Saya Kolonel (Purn.) I Ketut Widana, pensiunan TNI AD. Mohon data penduduk per desa 1971-2020.",
     "Kolonel (Purn.) I Ketut Widana", kNone},
    {"Selamat pagi, saya Bripka Made Sudana dari Polsek Mendoyo, mohon data penduduk 2025.", "Bripka Made Sudana",
     "Polsek Mendoyo"},
    // "ini <name>" as on the phone, at the sentence's start; not a word of the dictionary, which "ini" shows.
    {"Halo, ini Rina dari Universitas Udayana. Mau minta data IPM 2025.", "Rina", "Universitas Udayana"},
    {"Halo, ini Bu Made dari SMPN 3 Mendoyo. Mau minta data penduduk 2025.", "Made", "SMPN 3 Mendoyo"},
    {"Pagi min, ini Rina ya, mahasiswi Undiksha. Mau minta data IPM 2025.", "Rina", "Undiksha"},
    {"Selamat pagi. Ini Surat Pengantar dari kampus saya. Mohon data IPM 2025.", kNone, kNone},
    {"Halo, ini Tabel Dinamis dari website BPS, apakah ada versi per desa?", kNone, kNone},
    // A name in quotes inside an organisation's name.
    {"Perkenalkan saya Ahmad Fauzi dari Koperasi Simpan Pinjam \"Artha Sedana\" Negara. Kami memerlukan data UMKM.",
     "Ahmad Fauzi", "Koperasi Simpan Pinjam \"Artha Sedana\" Negara"},
    // What kind of body, in lower case, between "kerja di" and its name.
    {"Halo kak, gw Bima, kerja di startup edtech Ruangguru. Mau nanya data angka partisipasi sekolah 2025.", "Bima",
     "Ruangguru"},
    // After a post in apposition, a capitalised name with a body's acronym inside; a post's title alone is none.
    {"Assalamualaikum. Saya Fatimah, pengurus Muslimat NU Jembrana. Mohon data penduduk perempuan 2025.", "Fatimah",
     "Muslimat NU Jembrana"},
    {"Selamat pagi, saya Agus Setyo Nugroho, Komandan Pos TNI Angkatan Laut Gilimanuk. Mohon data nelayan 2025.",
     "Agus Setyo Nugroho", "Pos TNI Angkatan Laut Gilimanuk"},
    {"Saya Nurul Fadhilah Rasyid, peneliti di The SMERU Research Institute, Jakarta. Kami perlu data kemiskinan.",
     "Nurul Fadhilah Rasyid", "The SMERU Research Institute"},
    {"Selamat pagi, saya Made Sudana, Ketua Umum Himpunan Mahasiswa Ekonomi Pembangunan. Mohon data IPM 2025.",
     "Made Sudana", "Himpunan Mahasiswa Ekonomi Pembangunan"},
    // Words of names written short keep their dot and the name goes on (Balinese, Muslim names).
    {"Selamat pagi, saya I Gst. Ngr. Agung Wirawan dari Universitas Udayana, mohon data PDRB 2025.",
     "I Gst. Ngr. Agung Wirawan", "Universitas Udayana"},
    {"Selamat pagi, saya Muh. Ridwan dari Universitas Hasanuddin, mohon data PDRB 2025.", "Muh. Ridwan",
     "Universitas Hasanuddin"},
    {"Selamat pagi, mohon data PDRB 2025.\n\nHormat saya,\nI Md. Sudarma\nUniversitas Udayana", "I Md. Sudarma",
     "Universitas Udayana"},
    {"Selamat pagi,\nSaya I G. A. Ngurah Putra dari Universitas Warmadewa, mohon data PDRB 2025.",
     "I G. A. Ngurah Putra", "Universitas Warmadewa"},
    // "--" under a closing and its name opens the contact block; the closing stays the sign-off.
    {"Mohon bantuannya untuk data penduduk miskin 2025.\n\nRegards,\nKetut Widiada\n--\nDinas Sosial, "
     "Pemberdayaan Perempuan dan Perlindungan Anak\nKabupaten Jembrana",
     "Ketut Widiada", "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana"},
    // The name and the office said short in the text, signed whole below.
    {"Selamat pagi,\nSaya Putu Gede dari Dinas Perhubungan. Mohon data jumlah kendaraan 2025.\n\nTerima kasih\n"
     "Putu Gede Suantara, S.T.\nKasi Angkutan\nDinas Perhubungan Kabupaten Jembrana",
     "Putu Gede Suantara", "Dinas Perhubungan Kabupaten Jembrana"},
    {"Selamat pagi,\nSaya Putu Gede dari Dinas Perhubungan. Mohon data jumlah kendaraan 2025.\n\nTerima kasih\n"
     "Putu Gede\nDinas Perhubungan, Jembrana",
     "Putu Gede", "Dinas Perhubungan"},
    // The connectors of other languages' names of bodies.
    {"Hello, this is Jean-Pierre Dubois from the Institut de Recherche pour le D\xC3\xA9veloppement (IRD). We need "
     "population data for 2025.",
     "Jean-Pierre Dubois", "Institut de Recherche pour le D\xC3\xA9veloppement"},
    // A BMKG station and a unit of the civil police open their names (capitalised only: "satuan" is a unit
    // of measure).
    {"Saya Lalu Ahmad Zulfikri, prakirawan di Stasiun Klimatologi Bali, yang kantornya di Negara. Kami perlu data "
     "produksi padi untuk bahan Sekolah Lapang Iklim.",
     "Lalu Ahmad Zulfikri", "Stasiun Klimatologi Bali"},
    {"Mohon data jumlah pasar per kecamatan.\n\nSalam,\nI Made Ari Santika\nSeksi Penegakan Perundang-undangan "
     "Daerah\nSatuan Polisi Pamong Praja Kabupaten Jembrana",
     "I Made Ari Santika", "Satuan Polisi Pamong Praja Kabupaten Jembrana"},
    {"Pada tabel produksi padi, satuan tertulis kuintal. Mohon dikirim ulang.\n\nSalam,\nGusti Ayu Wulandari\n"
     "Dinas Pertanian dan Pangan Kabupaten Jembrana",
     "Gusti Ayu Wulandari", "Dinas Pertanian dan Pangan Kabupaten Jembrana"},
    // After "owner"/"pemilik"/"founder", a capitalised name is the business, though no list opens it; not a
    // person nor a place.
    {"aku Gede Yudi Antara, owner Sangrai Manistutu Coffee Roastery (ig: @sangrai.manistutu), roastery kecil di "
     "Melaya. butuh data produksi kopi robusta",
     "Gede Yudi Antara", "Sangrai Manistutu Coffee Roastery"},
    {"Saya Wayan, pemilik Pak Made Store. Mohon data penduduk 2025.", "Wayan", kNone},
    // An owner's business by its name after what kind of business; the village after it is where it is.
    {"Saya Ketut Warsiki pemilik usaha Tenun Songket Sari Merta di Desa Dangintukadaya, Jembrana. Saya ingin tahu "
     "jumlah usaha tenun.",
     "Ketut Warsiki", "Tenun Songket Sari Merta"},
    {"Saya Ketut Warsiki pemilik usaha tenun di Desa Dangintukadaya. Saya ingin tahu jumlah usaha tenun.",
     "Ketut Warsiki", "Desa Dangintukadaya"},
    // A journalist's beat before the newsroom.
    {"Saya Desi Anggraini, jurnalis data di Katadata. Saya butuh harga beras 2024-2026.", "Desi Anggraini",
     "Katadata"},
    // A form on one line, its fields between bars: a field without a label that is an organisation.
    {"Nama: Dimas Prayoga Wicaksono | NIM: 21040564 | Prodi: S1 Ekonomi | Universitas Negeri Surabaya\nData: "
     "jumlah wisatawan 2015-2025",
     "Dimas Prayoga Wicaksono", "Universitas Negeri Surabaya"},
    // "Kami" and who we are: capitalised words before the organisation start its name, lower-case ones say
    // what we are there; a request between them is no name. Signed on two lines, it stays whole.
    {"Om Swastyastu,\n\nKami Tim Penyusun RPJMDes Desa Delodberawah, Kecamatan Mendoyo, mohon bantuan data "
     "penduduk.\n\nSuksma.\n\nTim Penyusun RPJMDes\nDesa Delodberawah",
     kNone, "Tim Penyusun RPJMDes Desa Delodberawah"},
    {"Kami tim olimpiade ekonomi SMA Negeri 1 Pekutatan yang akan ikut olimpiade bulan Januari. Kami ingin minta "
     "PDRB per kapita.",
     kNone, "SMA Negeri 1 Pekutatan"},
    {"Kami mohon data Dinas Sosial Kabupaten Jembrana tentang penerima bantuan 2025.", kNone, kNone},
    // A degree whose last segment goes without its dot; a unit's line under a position is no name.
    {"Mohon data proyeksi penduduk 2026.\n\nSalam sehat,\n\nNi Wayan Eka Pratiwi, A.Md.RMIK\nKoordinator "
     "Pelaporan\nInstalasi Rekam Medis\nRSU Negara",
     "Ni Wayan Eka Pratiwi", "RSU Negara"},
    // A body that signs as itself names whom to talk to; another person named in a letter's text does not sign.
    {"Kami pengurus Perkumpulan Pondok Wisata Jembrana mohon data tamu 2025.\n\nHormat kami,\nPengurus Perkumpulan "
     "Pondok Wisata Jembrana\n\nNarahubung: I Kadek Sudira (Sekretaris) - 0878-6120-1234",
     "I Kadek Sudira", "Perkumpulan Pondok Wisata Jembrana"},
    // Foundations in other languages; a programme's coordinator for a region is a role line.
    {"We would like to request the population of Desa Perancak.\n\nKind regards,\n\nMaarten Bosman\nProgramme "
     "Coordinator Southeast Asia\nStichting Kust voor Leven\nRotterdam, the Netherlands",
     "Maarten Bosman", "Stichting Kust voor Leven"},
    // A newsroom's name that is a word of the dictionary counts capitalised only.
    {"Petugas menjelaskan perbedaan antara data proyeksi dan data registrasi.\n\nAnak Agung Ayu Candra Kirana\n"
     "Bagian Organisasi Setda Kabupaten Jembrana",
     "Anak Agung Ayu Candra Kirana", "Bagian Organisasi Setda Kabupaten Jembrana"},
    {"Saya Dewi, wartawan Antara biro Bali. Mohon data inflasi Oktober.", "Dewi", "Antara"},
    // A neighbourhood and its village are an address; a post of the banjar makes it the organisation.
    {"Saya Wayan Sutarja dari Banjar Sari, Desa Yehkuning. Mohon data penduduk 2025.", "Wayan Sutarja", kNone},
    {"Saya Putu Agus, Kelian Banjar Dinas Tegalcangkring, Desa Tegalcangkring. Mohon data penduduk.", "Putu Agus",
     "Banjar Dinas Tegalcangkring"},
    // Where a retired or former worker worked is no affiliation now.
    {"Saya, Drs. I Gusti Ketut Wija, pensiunan PNS (purna tugas tahun 2016), sedang menulis buku sejarah Desa "
     "Tegalcangkring. Saya mohon data penduduk desa.",
     "Drs. I Gusti Ketut Wija", kNone},
    // The business one has, named in the clause.
    {"Tiang Ni Nyoman Sukerni saking Banjar Menega, Desa Dangintukadaya. Tiang madue usaha dagang canang lan banten, "
     "UD Sari Banten Ayu, ring Pasar Umum Negara. Napi wenten data KK?",
     "Ni Nyoman Sukerni", "UD Sari Banten Ayu"},
    // What kind of body we are, its name in brackets after it; not someone else's.
    {"Hi,\n\nWe're a small travel start-up (Bali West Trails) and would love tourist arrivals by month.\n\n"
     "Thanks!\nNoah",
     "Noah", "Bali West Trails"},
    {"My cousin runs a company (Sari Tours) in Negara. I need tourist arrivals by month.\n\nThanks!\nNoah", "Noah",
     kNone},
    // "I'm with <body>" works there; a body's possessive unit or office gives way to the body, not a name
    // that holds a possessive.
    {"Hello, I'm Made and I'm with the World Bank's Jakarta office. We need population data for 2025.", "Made",
     "World Bank"},
    {"Hello, I'm Sarah, a nurse at the Royal Children's Hospital Melbourne. We need population data for 2025.",
     "Sarah", "Royal Children's Hospital Melbourne"},
    // A student, officer of a student body named with its university, is the university's; the body
    // writing as itself stays.
    {"Perkenalkan, saya Rizky Ananda Putri, Sekretaris Umum Himpunan Mahasiswa Ekonomi Pembangunan Universitas "
     "Pendidikan Nasional. Kami membutuhkan data Indeks Gini 2021-2025.",
     "Rizky Ananda Putri", "Universitas Pendidikan Nasional"},
    {"Selamat siang. Kami dari Himpunan Mahasiswa Ekonomi Universitas Udayana ingin meminta data jumlah UMKM. "
     "Terima kasih. Rizky Amalia",
     "Rizky Amalia", "Himpunan Mahasiswa Ekonomi Universitas Udayana"},
    // A name and an organisation on the first line, set apart above the greeting; the first name signed below
    // is the same person.
    {"Gede Wira Adnyana - Koperasi Produsen Kelapa Sari Merta\n\nSelamat pagi Pak/Bu,\n\nMohon data produksi "
     "kelapa 2023-2025.\n\nTerima kasih.\nWira",
     "Gede Wira Adnyana", "Koperasi Produsen Kelapa Sari Merta"},
    {"Data Produksi - Dinas Pertanian\n\nSelamat pagi Pak/Bu,\n\nMohon data produksi kelapa 2023-2025.\n\n"
     "Terima kasih.\nWira",
     "Wira", kNone},
    // After a post and "di", a name the lists do not know that the text describes as a body; a town is none.
    {"Gue Nadia Kusumawardhani, co-founder & CPO di Panenku (startup agritech yang bantu petani kakao). Butuh data "
     "produksi kakao 2021-2025.",
     "Nadia Kusumawardhani", "Panenku"},
    {"Saya Nadia, CEO di Denpasar (kota tempat kantor kami). Butuh data produksi kakao 2021-2025.", "Nadia", kNone},
    // Only this office by its whole name: BPSDM (a training agency) is another.
    {"Saya Ketut Arsana dari BPSDM Kabupaten Jembrana, mohon data jumlah ASN 2024.", "Ketut Arsana",
     "BPSDM Kabupaten Jembrana"},
};

INSTANTIATE_TEST_SUITE_P(Table, IntroductionTest, ::testing::ValuesIn(kIntroCases));

struct OrgCase {
  const char* phrase;
  std::optional<std::string> want;
};

class InstitutionInTest : public ::testing::TestWithParam<OrgCase> {};

TEST_P(InstitutionInTest, Finds) { EXPECT_EQ(find_institution_in(GetParam().phrase), GetParam().want); }

// A line or field that is an organisation's name, whole; not one that names an organisation among other words.
TEST(OrganisationWrittenWhole, OnlyAPhraseThatIsTheNameItself) {
  EXPECT_EQ(organisation_written_whole("Kelompok Tani Ternak Sido Makmur"), "Kelompok Tani Ternak Sido Makmur");
  EXPECT_EQ(organisation_written_whole("Dinas Pertanian dan Pangan Kabupaten Jembrana"),
            "Dinas Pertanian dan Pangan Kabupaten Jembrana");
  EXPECT_EQ(organisation_written_whole("mahasiswa Universitas Udayana"), std::nullopt);
  EXPECT_EQ(organisation_written_whole("Slamet Riyadi"), std::nullopt);
}

const OrgCase kOrgCases[] = {
    {"mahasiswa Prodi Statistika, Universitas Udayana", "Universitas Udayana"},
    {"Fakultas Ekonomi Universitas Udayana", "Universitas Udayana"},
    {"Program Studi Statistika", "Program Studi Statistika"},
    {"Pemerintah Kabupaten Jembrana", "Pemerintah Kabupaten Jembrana"},
    {"Kementerian Kesehatan RI", "Kementerian Kesehatan RI"},
    {"Udayana University", "Udayana University"},
    {"Sekolah Tinggi Ilmu Ekonomi (STIE) Satya Dharma", "Sekolah Tinggi Ilmu Ekonomi (STIE) Satya Dharma"},
    {"RSUD Negara", "RSUD Negara"},
    {"SMA Negeri 1 Negara", "SMA Negeri 1 Negara"},
    // Issue 16: organisations on no list, named the usual way; a numeral "I" ends a name.
    {"Kelompok Tani Sari Merta", "Kelompok Tani Sari Merta"},
    {"ketua Kelompok Nelayan Segara Kedas", "Kelompok Nelayan Segara Kedas"},
    {"UPTD Puskesmas Melaya I", "UPTD Puskesmas Melaya I"},
    {"pengurus Subak Yeh Embang", "Subak Yeh Embang"},
    {"anggota Sekaa Teruna Werdhi Guna", "Sekaa Teruna Werdhi Guna"},
    {"Udayana University I need the data", "Udayana University"},
    {"kelompok belajar kami", std::nullopt},
    {"staf Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana",
     "Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana"},
    {"Dinas Sosial, Universitas Udayana dan BPS", "Dinas Sosial"},
    {"Dinas Pariwisata, mohon data kunjungan", "Dinas Pariwisata"},
    {"wartawan Jembrana News.id", "Jembrana News.id"},
    {"dari BPD Jembrana (Badan Permusyawaratan Desa Yehembang)", "Badan Permusyawaratan Desa Yehembang"},
    {"nasabah BPD Bali (cabang Negara)", "BPD Bali"},
    {"rumah tangga miskin", std::nullopt},
    {"Universitas", std::nullopt},
    {"data penduduk", std::nullopt},
    {"a.n. Komandan Kodim 1617/Jembrana", "Kodim 1617/Jembrana"},
    {"an economist with the World Bank Jakarta office", "World Bank"},
    {"Senior Economist, The World Bank", "The World Bank"},
    {"the Bandung Institute of Technology", "Bandung Institute of Technology"},
    {"a master student at Universität Hamburg", "Universität Hamburg"},
    {"estudiante de la Universidad de Chile", "Universidad de Chile"},
    {"pensyarah Universiti Malaya", "Universiti Malaya"},
    // Names or adjectives before a university of another language, or a compound, belong to it.
    {"a master's student at Georg-August-Universität Göttingen", "Georg-August-Universität Göttingen"},
    {"a PhD candidate at Technische Universität München", "Technische Universität München"},
    {"researcher, Vrije Universiteit Amsterdam", "Vrije Universiteit Amsterdam"},
    {"postdoc at Humboldt-Universität zu Berlin", "Humboldt-Universität zu Berlin"},
    {"a student of Universitas Udayana", "Universitas Udayana"},
    {"Mahasiswa Universitas Udayana", "Universitas Udayana"},
};

INSTANTIATE_TEST_SUITE_P(Table, InstitutionInTest, ::testing::ValuesIn(kOrgCases));

}  // namespace
}  // namespace pst
