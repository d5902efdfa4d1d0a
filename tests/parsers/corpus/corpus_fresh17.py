# corpus_fresh17.py: a seventeenth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh17"; tickets PST-2026-017xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh17')

    # Our own mails, as they appear quoted in replies.
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    SUBJ_LETTER = '[PST-2026-%05d] Mohon surat pengantar'
    DELIV_ID = ('Yth. Bapak/Ibu,\n\nBersama ini kami kirimkan data yang Bapak/Ibu minta (tiket PST-2026-%05d) '
                'dalam lampiran. Apabila ada pertanyaan, silakan membalas email ini.\n\nSalam,\n'
                'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    DELIV_EN = ('Dear Sir/Madam,\n\nPlease find attached the data you requested (ticket PST-2026-%05d). '
                'Should you have further questions, simply reply to this email.\n\nKind regards,\n'
                'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nTiket PST-2026-%05d telah kami tutup. Kami mohon kesediaan Bapak/Ibu menilai '
               'layanan kami dengan skala 1 (sangat tidak puas) sampai 5 (sangat puas), cukup dengan membalas '
               'email ini.\n\nTerima kasih,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nTicket PST-2026-%05d has been closed. We would appreciate it if you rated our '
               'service on a scale from 1 (very dissatisfied) to 5 (very satisfied) by replying to this email.\n\n'
               'Thank you,\nIntegrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    LETTER_ID = ('Yth. Bapak/Ibu,\n\nPermintaan data Bapak/Ibu (tiket PST-2026-%05d) sedang kami proses. Karena data '
                 'yang diminta berupa data rinci per desa, mohon kirimkan surat pengantar dari instansi atau kampus '
                 'dengan membalas email ini.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        if lang == 'id':
            return 'Pada 23 Nov 2026, pukul 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + q
        return 'On 23 Nov 2026, at 09:14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + q

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        return 'Pada 23/11/26 09.14, PST BPS Kabupaten Jembrana menulis:\n' + q

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        return ('Pada Sen, 23 Nov 2026 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + q)

    def rp(n):
        return dict(in_reply_to=OUR(n, '91be03f4'), references=[OUR(n, '91be03f4')])

    # ------------------------------------------------------------------------------------------------
    # Universities, polytechnics, research students (Indonesia)
    # ------------------------------------------------------------------------------------------------
    C('f17-req-uncen-intro-inside-long-sentence', 'gmail', 'Yosua Wenda', 'yosuawenda99@gmail.com',
      'Permohonan data untuk skripsi', T('''
        Selamat pagi Bapak/Ibu yang saya hormati,

        Dengan segala kerendahan hati, izinkan saya yang bernama Yosua Wenda, mahasiswa semester akhir Program Studi Ekonomi Pembangunan pada Fakultas Ekonomi dan Bisnis Universitas Cenderawasih di Jayapura yang sedang meneliti hubungan antara dana desa dan penurunan kemiskinan di kabupaten yang berbasis pertanian, untuk memohon bantuan data Kabupaten Jembrana berikut:

        1. jumlah dan persentase penduduk miskin, 2015-2025;
        2. rata-rata pengeluaran per kapita sebulan, 2015-2025;
        3. jumlah desa menurut sumber penghasilan utama sebagian besar penduduk (Podes terbaru).

        Jembrana saya pilih atas saran dosen pembimbing saya yang dulu pernah bertugas di Bali. Terima kasih banyak, Tuhan memberkati.

        Hormat saya,
        Yosua W.
        '''), name='Yosua Wenda', inst='Universitas Cenderawasih', **F)

    C('f17-req-uns-professor-signature-block-only', 'outlook', 'Endang Sri Rahayu', 'endangsr@staff.uns.ac.id',
      'Permohonan data harga gabah dan upah buruh tani', T('''
        Yth. Bapak/Ibu Pengelola Layanan Data BPS Kabupaten Jembrana,

        Bersama tim, kami sedang menyelesaikan penelitian hibah kolaborasi tentang transmisi harga gabah ke harga beras di sentra padi luar Jawa. Kabupaten Jembrana menjadi salah satu lokasi pembanding karena pola tanamnya yang khas.

        Kami mohon dapat dibantu data:
        a. harga gabah kering panen dan gabah kering giling di tingkat petani per bulan, 2020-2025;
        b. upah harian buruh tani (nominal dan riil), 2020-2025;
        c. nilai tukar petani subsektor tanaman pangan Provinsi Bali, 2020-2025.

        Apabila diperlukan surat resmi dari LPPM, akan segera kami kirimkan.

        Salam hormat,

        Prof. Dr. Ir. Endang Sri Rahayu, M.P.
        Guru Besar Ekonomi Pertanian
        Program Studi Agribisnis, Fakultas Pertanian
        Universitas Sebelas Maret
        Jl. Ir. Sutami 36A, Kentingan, Surakarta 57126
        Telp. (0271) 637457 | HP/WA 0812-2610-xxxx
        '''), name='Prof. Dr. Ir. Endang Sri Rahayu', inst='Universitas Sebelas Maret', **F)

    C('f17-req-stis-student-fields-after-letter-opening', 'outlook', 'Muhammad Farhan Siregar', '222112345@stis.ac.id',
      'Permohonan Konsultasi dan Data untuk Riset Kajian Mandiri', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        c.q. Pelayanan Statistik Terpadu
        di Negara

        Dengan hormat,
        Yang bertanda tangan di bawah ini:

        Nama             : Muhammad Farhan Siregar
        NIM              : 222112345
        Program Studi    : D-IV Statistika
        Perguruan Tinggi : Politeknik Statistika STIS
        No. HP           : 0821-6677-xxxx

        dengan ini memohon izin berkonsultasi mengenai penyusunan kerangka sampel untuk riset kajian mandiri saya tentang pekerja sektor informal di kawasan Pelabuhan Gilimanuk, serta memohon data jumlah penduduk bekerja menurut status pekerjaan utama di Kecamatan Melaya (Sakernas atau ST2023 bila tersedia).

        Demikian permohonan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

        Hormat saya,
        Farhan
        '''), name='Muhammad Farhan Siregar', inst='Politeknik Statistika STIS', **F)

    C('f17-req-univ-flores-lowercase-chat-iphone', 'iphone', 'maria', 'mariayasinta.dhiu@gmail.com', 'minta data kak', T('''
        sore kak.. maaf ganggu 🙏
        sy maria yasinta dhiu mhs universitas flores jurusan ekonomi pembangunan, lg nyusun tugas akhir ttg kakao. sy mau bandingin kab sikka sama kab jembrana kak
        butuh data luas tanam & produksi kakao per kecamatan di jembrana thn 2019-2025
        klo bs dlm excel ya kak. trims bnyk kak

        Dikirim dari iPhone saya
        '''), name='maria yasinta dhiu', inst='universitas flores', **F)

    C('f17-req-politeknik-kp-lecturer-consultation', 'gmail', 'Rizal Syam', 'andirizalsyam.pkp@gmail.com',
      'Konsultasi desain survei pendapatan nelayan', T('''
        Selamat siang,

        Saya Andi Muhammad Rizal Syam, S.Pi., M.Si., dosen Program Studi Pengolahan dan Penyimpanan Hasil Perikanan di Politeknik Kelautan dan Perikanan Jembrana. Semester depan taruna kami akan melaksanakan praktik survei pendapatan rumah tangga nelayan di Desa Pengambengan dan Desa Perancak.

        Kami ingin berkonsultasi dengan statistisi BPS mengenai:
        1. kerangka sampel yang tepat (apakah memakai daftar rumah tangga nelayan hasil ST2023 atau daftar dari kantor desa);
        2. ukuran sampel minimal bila populasinya sekitar 1.200 rumah tangga;
        3. konsep pendapatan rumah tangga yang sebaiknya dipakai agar hasilnya dapat dibandingkan dengan angka BPS.

        Bila memungkinkan, kami ingin berkunjung ke kantor BPS pada pekan kedua Desember.

        Terima kasih,
        Rizal
        '''), name='Andi Muhammad Rizal Syam', inst='Politeknik Kelautan dan Perikanan Jembrana', **F)

    C('f17-req-kyushu-japanese-writes-indonesian', 'gmail', 'Haruka Ishida', 'ishida.haruka.512@s.kyushu-u.ac.jp',
      'Permohonan data pekerjaan perempuan', T('''
        Selamat siang Bapak dan Ibu,

        Nama saya Haruka Ishida. Saya mahasiswa program doktor di Universitas Kyushu, Jepang. Saya belajar bahasa Indonesia di Yogyakarta dua tahun yang lalu, jadi mohon maaf kalau bahasa saya kurang baik.

        Penelitian saya tentang perubahan pekerjaan perempuan di desa nelayan. Saya ingin minta data:
        - jumlah penduduk perempuan yang bekerja menurut lapangan usaha di Kabupaten Jembrana, 2015-2025;
        - jumlah industri rumah tangga pengolahan ikan (pindang, ikan asin) per kecamatan.

        Terima kasih banyak atas bantuan Bapak dan Ibu.

        Hormat saya,
        Haruka Ishida
        '''), name='Haruka Ishida', inst='Universitas Kyushu', **F)

    C('f17-req-uts-identity-only-in-subject', 'gmail', 'Baiq Rahma', 'baiqrahma.uts@gmail.com',
      'Permohonan Data Skripsi_Baiq Rahmawati_Universitas Teknologi Sumbawa', T('''
        Selamat pagi Pak/Bu,

        Mohon bantuan data curah hujan bulanan dan produksi jagung per kecamatan di Kabupaten Jembrana tahun 2016-2025 untuk skripsi saya tentang pengaruh iklim terhadap produksi jagung lahan kering. Surat keterangan dari prodi saya lampirkan.

        Terima kasih,
        Rahma
        '''), name='Baiq Rahmawati', inst='Universitas Teknologi Sumbawa',
      attachments=[PDF('Surat Keterangan Penelitian Prodi Agroteknologi.pdf')], **F)

    C('f17-req-unpar-master-code-switching', 'gmail', 'Christopher Halim', 'christopher.halim@student.unpar.ac.id',
      'Data PMI & remitansi Jembrana', T('''
        Hi Bapak/Ibu PST,

        Perkenalkan, saya Christopher Halim, mahasiswa Magister Ilmu Hubungan Internasional di Universitas Katolik Parahyangan, Bandung. Currently saya lagi riset soal remittances dari pekerja migran Indonesia (PMI) dan dampaknya ke rumah tangga di daerah asal. Jembrana menarik karena banyak warganya kerja di kapal pesiar.

        Boleh minta data:
        - jumlah PMI asal Jembrana per kecamatan, kalau ada;
        - rata-rata pengeluaran per kapita menurut kecamatan, latest;
        - persentase rumah tangga yang menerima kiriman uang (Susenas), kalau tersedia di level kabupaten.

        Thanks a lot, really appreciate it!

        Cheers,
        Chris
        '''), name='Christopher Halim', inst='Universitas Katolik Parahyangan', **F)

    C('f17-req-usk-aceh-master-formal', 'gmail', 'Cut Rahmah Fitri', 'cutrahmahfitri@mhs.usk.ac.id',
      'Permohonan Data Penelitian Tesis', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh,

        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Saya Cut Rahmah Fitri, mahasiswi Program Magister Ekonomi Pembangunan Universitas Syiah Kuala, Banda Aceh. Tesis saya mengkaji pengaruh dana transfer ke daerah terhadap Indeks Pembangunan Manusia, dengan pembanding beberapa kabupaten di luar Aceh yang ukuran fiskalnya serupa, salah satunya Kabupaten Jembrana.

        Data yang saya perlukan:
        1. Indeks Pembangunan Manusia dan komponennya, 2010-2025;
        2. realisasi pendapatan dan belanja daerah menurut jenis, 2015-2025 (Statistik Keuangan Pemerintah Daerah).

        Atas bantuan Bapak/Ibu saya ucapkan terima kasih.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Cut Rahmah Fitri
        '''), name='Cut Rahmah Fitri', inst='Universitas Syiah Kuala', **F)

    C('f17-req-ugm-research-centre-names-partner-office', 'outlook', 'Bondan Prasetyo', 'bondan.prasetyo@ugm.ac.id',
      'Permohonan data pariwisata untuk kajian daya dukung', T('''
        Dengan hormat,

        Saya Dr. Bondan Prasetyo, peneliti pada Pusat Studi Pariwisata Universitas Gadjah Mada. Tahun ini kami bekerja sama dengan Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana menyusun kajian daya dukung kawasan wisata pesisir Medewi dan Perancak. Pihak dinas menyarankan agar data statistik resmi kami minta langsung ke BPS.

        Data yang kami perlukan:
        1. jumlah akomodasi, kamar dan tempat tidur menurut kecamatan, 2019-2025;
        2. jumlah tamu menginap (mancanegara dan domestik) per bulan, 2019-2025;
        3. jumlah penduduk dan rumah tangga di Desa Medewi, Desa Pulukan dan Desa Perancak.

        Terima kasih atas kerja samanya.

        Salam,
        Bondan Prasetyo
        '''), name='Dr. Bondan Prasetyo', inst='Universitas Gadjah Mada', **F)

    C('f17-req-teacher-also-master-student-thesis', 'gmail', 'Ni Luh Putu Eka Yanti', 'ekayanti.guru@gmail.com',
      'Permohonan data untuk tesis', T('''
        Om Swastyastu Bapak/Ibu,

        Saya Ni Luh Putu Eka Yanti. Sehari-hari saya guru ekonomi di SMK Negeri 2 Negara, namun permohonan ini saya ajukan sebagai mahasiswa Program Magister Pendidikan IPS Universitas Pendidikan Ganesha, untuk keperluan tesis saya tentang minat berwirausaha lulusan SMK.

        Mohon bantuan data:
        - tingkat pengangguran terbuka menurut pendidikan tertinggi yang ditamatkan, Kabupaten Jembrana 2018-2025;
        - jumlah usaha mikro dan kecil menurut kecamatan, tahun terbaru.

        Suksma.

        Eka Yanti
        '''), name='Ni Luh Putu Eka Yanti', inst='Universitas Pendidikan Ganesha', **F)

    C('f17-req-vague-sanata-dharma-what-is-available', 'gmail', 'Agnes Kurniasari', 'agneskurniasari02@gmail.com',
      'Pertanyaan tentang data BPS', T('''
        Selamat siang Bapak/Ibu,

        Saya Agnes Kurniasari, mahasiswi Pendidikan Ekonomi di Universitas Sanata Dharma, Yogyakarta. Saya berencana membuat penelitian untuk skripsi dengan lokasi di Jembrana, tetapi topiknya belum pasti. Kira-kira data apa saja yang tersedia di BPS Jembrana, dan apakah mahasiswa dari luar Bali boleh meminta data?

        Terima kasih atas informasinya.

        Agnes
        '''), name='Agnes Kurniasari', inst='Universitas Sanata Dharma', req=False, **F)

    C('f17-req-upi-intro-after-request-chat', 'iphone', 'nadia', 'nadiaputri.tour@icloud.com', 'data hotel', T('''
        kak mau minta data jumlah tamu yg nginep di hotel di jembrana per bulan thn 2024-2025 dong, sama tingkat hunian kamarnya kalau ada

        oh iya lupa kenalan 😅 aku Nadia Putri Ramadhani dari UPI, anak manajemen pemasaran pariwisata, buat tugas akhir kak. makasih banyak yaa

        Dikirim dari iPhone saya
        '''), name='Nadia Putri Ramadhani', inst='UPI', **F)

    # ------------------------------------------------------------------------------------------------
    # Abroad
    # ------------------------------------------------------------------------------------------------
    C('f17-req-en-upm-malaysia-binti', 'gmail', 'Nurul Syafiqah', 'nurulsyafiqah.z@student.upm.edu.my',
      'Request for fisheries data - Jembrana (MSc research)', T('''
        Dear Sir/Madam,

        Assalamualaikum and good day. I am Nurul Syafiqah binti Ahmad Zulkifli, an MSc candidate at the Faculty of Agriculture, Universiti Putra Malaysia, Serdang. My research compares the livelihoods of small-scale sardine fishers in Perak, Malaysia, and in the Bali Strait.

        I would be grateful if you could share:
        - the number of fishing households and fishing boats by kecamatan in Jembrana, latest year;
        - annual landings of lemuru (Sardinella lemuru) at Pengambengan, 2015-2025;
        - the average monthly income of fishing households, if it is published.

        Terima kasih banyak.

        Sincerely,
        Nurul Syafiqah
        '''), name='Nurul Syafiqah binti Ahmad Zulkifli', inst='Universiti Putra Malaysia', lang='en', **F)

    C('f17-req-en-hawaii-phd-signature-with-address', 'gmail', 'Kealoha Aldridge', 'kaldridge@hawaii.edu',
      'Village statistics for dissertation fieldwork, Jembrana', T('''
        Aloha,

        I am hoping you can help with some statistics for my dissertation fieldwork, which examines how coastal villages in western Bali manage fisheries and tourism together. Specifically:

        1. population and number of households for Desa Perancak, Desa Budeng and Desa Air Kuning, 2015-2025;
        2. number of accommodation establishments and rooms in Jembrana, by kecamatan;
        3. any village-level data on the main source of livelihood (Podes).

        I will be in Negara from mid-January and could collect printed copies if that is simpler for you.

        Mahalo nui loa,

        Kealoha Aldridge
        PhD Candidate, Department of Geography and Environment
        University of Hawaii at Manoa
        2424 Maile Way, Saunders Hall 445
        Honolulu, HI 96822, USA
        +1 (808) 555-0143
        '''), name='Kealoha Aldridge', inst='University of Hawaii at Manoa', lang='en', **F)

    C('f17-req-en-korean-rural-research-institute', 'gmail', 'Park Ji-hoon', 'jhpark@krei.re.kr',
      'Inquiry on farm household statistics (KREI comparative study)', T('''
        Dear Colleagues at BPS-Statistics of Jembrana Regency,

        My name is Park Ji-hoon, and I am a research fellow at the Korea Rural Economic Institute (KREI) in Naju, Republic of Korea. Our institute is carrying out a comparative study on the ageing of rice farmers and farm succession in Korea, Vietnam and Indonesia, and Jembrana was recommended to us as a typical Balinese rice-producing regency.

        We would like to request:
        - the number of agricultural households by age group of the main farmer (Agricultural Census 2023);
        - rice harvested area and production, 2013-2025;
        - the number of farmers who use agricultural machinery, if available.

        Thank you in advance for your kind cooperation.

        Best regards,
        Park Ji-hoon, Ph.D.
        '''), name='Park Ji-hoon', inst='Korea Rural Economic Institute', lang='en', **F)

    C('f17-req-en-latin1-bordeaux-accents', 'latin1', 'Hélène Marchetti', 'helene.marchetti@u-bordeaux-montaigne.fr',
      'Data on Balinese migration to Jembrana', T('''
        Good afternoon,

        My name is Hélène Marchetti and I am a lecturer in geography at Université Bordeaux Montaigne, France. I am preparing an article on internal migration from eastern to western Bali since the 1970s, and Jembrana is at the centre of it.

        Would it be possible to obtain:
        - lifetime and recent in-migration to Jembrana by province or regency of origin (SP2020 Long Form, and SUPAS 2015 if possible);
        - the population of each kecamatan in the censuses of 1971, 1980, 1990, 2000 and 2010?

        With many thanks in advance and best regards,
        Hélène Marchetti
        '''), name='Hélène Marchetti', inst='Université Bordeaux Montaigne', lang='en', **F)

    C('f17-req-en-singapore-cocoa-buyer', 'outlook', 'Daniel Tan', 'daniel.tan@cacaoorigins.com.sg',
      'Cocoa production statistics - Jembrana', T('''
        Hello BPS Jembrana team,

        I manage bean sourcing for Cacao Origins Pte. Ltd., a Singapore-based buyer of fermented cocoa, and we are considering a direct-sourcing programme with farmer cooperatives in Jembrana next year.

        Could you share:
        1. area and production of cocoa by kecamatan, 2018-2025;
        2. the number of households growing cocoa (Agricultural Census 2023);
        3. farm-gate prices of cocoa beans, if recorded.

        Many thanks,

        Daniel Tan Wei Jie
        Sourcing Manager, South-East Asia
        Cacao Origins Pte. Ltd.
        10 Anson Road, #21-07 International Plaza, Singapore 079903
        '''), name='Daniel Tan Wei Jie', inst='Cacao Origins Pte. Ltd.', lang='en', **F)

    C('f17-req-en-uk-charity-name-with-dr', 'gmail', 'Siobhan Kerrigan', 'siobhan@oceaniclivelihoods.org',
      'Request: coastal household statistics for a livelihoods programme', T('''
        Dear PST team,

        I am Dr Siobhan Kerrigan, programme director at the Oceanic Livelihoods Trust, a UK charity that funds small-scale fisheries projects in Indonesia and the Philippines. We are preparing a three-year programme with fishing communities in Pengambengan and Perancak and need baseline figures for our proposal to donors.

        In particular:
        - the number of households in Desa Pengambengan and Desa Perancak, and how many depend mainly on fishing;
        - the poverty rate in Jembrana, 2019-2025;
        - school participation rates for children aged 13-18 in Jembrana.

        Warm regards,
        Siobhan
        '''), name='Dr Siobhan Kerrigan', inst='Oceanic Livelihoods Trust', lang='en', **F)

    C('f17-req-en-ilo-country-office', 'outlook', 'Meutia Hapsari', 'hapsari@ilo.org',
      'Data request: youth employment indicators, Jembrana Regency', T('''
        Dear Sir or Madam,

        I am writing from the ILO Country Office for Indonesia and Timor-Leste in Jakarta, where I work as National Project Officer for a youth employment project with the Bali provincial government. Jembrana is one of our three pilot regencies.

        We would appreciate the following for Jembrana:
        1. youth (15-24) unemployment rate and NEET rate, 2019-2025;
        2. employed youth by status in employment;
        3. the share of informal employment, 2019-2025.

        Thank you very much for your support.

        Kind regards,
        Meutia Hapsari
        '''), name='Meutia Hapsari', inst='ILO Country Office for Indonesia and Timor-Leste', lang='en', **F)

    C('f17-req-vague-en-zurich-no-inst', 'gmail', 'Lukas Brunner', 'lukas.brunner.zh@gmail.com', 'Information', T('''
        Hello,

        My name is Lukas, I live in Zurich and my wife and I are thinking about spending the winters in West Bali once I retire. I would like to know what kind of information your office can provide to people like us.

        Best wishes,
        Lukas
        '''), name='Lukas', req=False, lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Schools and madrasahs
    # ------------------------------------------------------------------------------------------------
    C('f17-req-mi-teacher-signature-only-yahoo', 'yahoo', 'nur aini', 'nuraini.mi@yahoo.co.id', 'mohon data untuk pembelajaran', T('''
        Assalamualaikum wr.wb.

        Bapak/Ibu, mohon maaf mengganggu waktunya. Untuk pembelajaran tema "Kegiatan Ekonomi di Lingkunganku" di kelas V, saya ingin memberi contoh data nyata kepada murid-murid: jumlah penduduk menurut mata pencaharian (nelayan, petani, pedagang) di Kelurahan Loloan Barat dan Kelurahan Loloan Timur, tahun terbaru yang ada.

        Terima kasih banyak.

        Wassalamualaikum wr.wb.

        Nur Aini Rahmawati, S.Pd.I.
        Guru Kelas V
        MI Nurul Huda Loloan Barat

        Dikirim dari Yahoo Mail di Android
        '''), name='Nur Aini Rahmawati', inst='MI Nurul Huda Loloan Barat', **F)

    C('f17-req-sma-pupil-olympiad-teacher-named', 'gmail', 'Gusti Ngurah Arya', 'gn.arya2009@gmail.com',
      'Permohonan data untuk lomba penelitian siswa', T('''
        Selamat malam Bapak/Ibu,

        Saya menulis email ini mewakili tim kami yang akan mengikuti Olimpiade Penelitian Siswa Indonesia. Nama saya I Gusti Ngurah Arya Wedanta, kelas XI MIPA 2 SMA Negeri 1 Pekutatan, dan bersama dua teman saya, dibimbing Ibu Ni Made Sri Wahyuni, S.Pd., kami meneliti mengapa banyak remaja di desa kami tidak melanjutkan sekolah ke SMA.

        Kami mohon data:
        1. angka partisipasi sekolah usia 16-18 tahun Kabupaten Jembrana, 2018-2025;
        2. jumlah penduduk usia 16-18 tahun per kecamatan;
        3. jumlah SMA/SMK/MA per kecamatan.

        Terima kasih banyak Bapak/Ibu.

        Arya
        '''), name='I Gusti Ngurah Arya Wedanta', inst='SMA Negeri 1 Pekutatan', **F)

    C('f17-req-smp-letterhead-and-letter-in-body', 'outlook', 'SMPN 5 Negara', 'smpn5negara@gmail.com',
      'Permohonan Data Penduduk Usia Sekolah', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA
        SMP NEGERI 5 NEGARA
        Jalan Gatot Subroto No. 12, Negara - Jembrana, Telp. (0365) 4xxxx
        ____________________________________________________________

        Nomor    : 421.3/188/SMPN5/XI/2026
        Lampiran : -
        Perihal  : Permohonan Data

        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,
        Dalam rangka penyusunan Rencana Kerja Sekolah dan analisis penerimaan peserta didik baru tahun ajaran 2027/2028, kami mohon bantuan data jumlah penduduk usia 12-15 tahun per desa/kelurahan di Kecamatan Negara dan Kecamatan Jembrana, tahun 2023-2025.

        Demikian permohonan kami, atas kerja sama Bapak/Ibu kami ucapkan terima kasih.

        Negara, 20 November 2026
        Kepala Sekolah,

        ttd

        I Ketut Suwitra, S.Pd., M.Pd.
        NIP. 19720315 199702 1 004
        '''), name='I Ketut Suwitra', inst='SMP NEGERI 5 NEGARA', **F)

    C('f17-req-paud-head-form-fields', 'gmail', 'PAUD Tunas Harapan', 'paudtunasharapan.byb@gmail.com',
      'Formulir permohonan data', T('''
        Selamat pagi Bapak/Ibu,

        Berikut kami sampaikan permohonan data:

        Nama Pemohon   : Luh Putu Sri Ariyani
        Jabatan        : Kepala Sekolah
        Lembaga        : PAUD Tunas Harapan Desa Banyubiru
        Alamat         : Banjar Munduk Ranti, Banyubiru, Negara
        No. HP/WA      : 0878-6012-xxxx
        Data dimohon   : jumlah anak usia 0-6 tahun di Desa Banyubiru dan Desa Kaliakah, 2024 dan 2025
        Tujuan         : perencanaan penerimaan murid baru dan usulan penambahan ruang kelas

        Terima kasih atas bantuannya.
        '''), name='Luh Putu Sri Ariyani', inst='PAUD Tunas Harapan Desa Banyubiru', **F)

    # ------------------------------------------------------------------------------------------------
    # Government offices of every level
    # ------------------------------------------------------------------------------------------------
    C('f17-req-kpp-pratama-formal-an-kepala', 'outlook', 'Seksi Pengawasan II KPP Negara', 'kpp.negara.was2@pajak.go.id',
      'Permohonan Data Statistik untuk Pemetaan Potensi Pajak', T('''
        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana

        Dengan hormat,

        Sehubungan dengan penyusunan profil potensi perpajakan wilayah tahun 2027, Kantor Pelayanan Pajak Pratama Negara memohon bantuan data Kabupaten Jembrana sebagai berikut:

        1. PDRB atas dasar harga berlaku menurut lapangan usaha, 2021-2025;
        2. jumlah usaha/perusahaan menurut kategori KBLI dan kecamatan (hasil Sensus Ekonomi atau pemutakhiran terakhir);
        3. jumlah hotel dan restoran per kecamatan.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        a.n. Kepala Kantor
        Kepala Seksi Pengawasan II,

        Dewa Made Raka Astawa
        NIP 19810607 200312 1 002
        '''), name='Dewa Made Raka Astawa', inst='Kantor Pelayanan Pajak Pratama Negara', **F)

    C('f17-req-provincial-agri-office-signature-units', 'outlook', 'Rina Wahyuni', 'rinawahyuni.distanpangan@baliprov.go.id',
      'Mohon data luas baku sawah dan alsintan', T('''
        Selamat siang Bapak/Ibu,

        Mohon bantuan data Kabupaten Jembrana untuk bahan evaluasi program bantuan alat mesin pertanian tahun 2026:
        - luas lahan baku sawah per kecamatan, 2022-2025;
        - jumlah rumah tangga usaha tanaman padi yang menggunakan traktor dan mesin panen (ST2023);
        - produktivitas padi per kecamatan, 2022-2025.

        Terima kasih.

        Salam,

        Ni Kadek Rina Wahyuni, S.P., M.Sc.
        Statistisi Ahli Muda
        Seksi Data dan Informasi, Bidang Prasarana dan Sarana Pertanian
        Dinas Pertanian dan Ketahanan Pangan Provinsi Bali
        Jl. WR Supratman No. 71, Denpasar
        Telp. (0361) 22xxxx | WA 0818-0555-xxxx
        '''), name='Ni Kadek Rina Wahyuni', inst='Dinas Pertanian dan Ketahanan Pangan Provinsi Bali', **F)

    C('f17-req-bapperida-buleleng-neighbouring-regency', 'outlook', 'Gede Sukadana', 'gedesukadana@bulelengkab.go.id',
      'Permohonan data pembanding Kabupaten Jembrana', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Saya Gede Sukadana, perencana pada Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Buleleng. Kami sedang menyusun kajian kawasan perbatasan Buleleng-Jembrana (Kecamatan Gerokgak dan Kecamatan Melaya), sehingga memerlukan data pembanding dari Kabupaten Jembrana:

        1. jumlah penduduk dan kepadatan per desa di Kecamatan Melaya, 2020-2025;
        2. persentase penduduk miskin Kabupaten Jembrana, 2020-2025;
        3. PDRB per kapita Kabupaten Jembrana, 2020-2025.

        Atas bantuan dan kerja samanya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Gede Sukadana, S.T., M.T.
        Perencana Ahli Muda
        '''), name='Gede Sukadana', inst='Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Buleleng', **F)

    C('f17-req-provincial-legislator-balinese-iphone', 'iphone', 'Nyoman Suwirya', 'nyomansuwirya.dewan@gmail.com',
      'Mohon data utk reses', T('''
        Om Swastyastu. Tiang I Nyoman Suwirya, anggota DPRD Provinsi Bali, dapil Jembrana. Minggu depan tiang reses ke Melaya dan Pekutatan, mohon dibantu data jml penduduk miskin, pengangguran, dan harga gabah petani di Jembrana thn 2025. Staf tiang nanti bisa ambil ke kantor kalau perlu. Suksma.

        Dikirim dari iPhone saya
        '''), name='I Nyoman Suwirya', inst='DPRD Provinsi Bali', **F)

    C('f17-req-water-police-rank-unit-in-parent', 'gmail', 'Satpolairud Jembrana', 'satpolairud.jembrana@gmail.com',
      'Mohon data nelayan dan kapal per desa pesisir', T('''
        Selamat siang, izin Bapak/Ibu.

        Mohon izin memperkenalkan diri, saya Aiptu I Komang Sudarma, Bamin pada Satpolairud Polres Jembrana. Dalam rangka pemetaan kerawanan di wilayah perairan dan program sambang nelayan, kami memohon data:

        1. jumlah rumah tangga nelayan per desa pesisir di Kabupaten Jembrana;
        2. jumlah perahu/kapal perikanan menurut ukuran per kecamatan;
        3. jumlah penduduk per desa pesisir tahun 2025.

        Demikian, terima kasih atas bantuannya. Salam Presisi.
        '''), name='Aiptu I Komang Sudarma', inst='Satpolairud Polres Jembrana', **F)

    C('f17-req-navy-post-commander', 'gmail', 'Yosef Manurung', 'posal.gilimanuk@gmail.com',
      'Permohonan data penduduk dan nelayan Kelurahan Gilimanuk', T('''
        Selamat pagi,

        Saya Letda Laut (P) Yosef Manurung, Komandan Pos TNI AL Gilimanuk. Untuk penyusunan data wilayah binaan potensi maritim, kami mohon bantuan data Kelurahan Gilimanuk dan Desa Melaya: jumlah penduduk menurut jenis kelamin dan kelompok umur, jumlah nelayan, serta jumlah perahu/kapal perikanan, tahun terbaru.

        Terima kasih atas kerja samanya.

        Jalesveva Jayamahe.
        '''), name='Letda Laut (P) Yosef Manurung', inst='Pos TNI AL Gilimanuk', **F)

    C('f17-req-prosecutor-office-jaksa-masuk-desa', 'gmail', 'Putu Gede Ariawan', 'ariawan.kejarijembrana@gmail.com',
      'Permohonan data desa untuk program Jaksa Garda Desa', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Saya Putu Gede Ariawan, S.H., jaksa fungsional pada Kejaksaan Negeri Jembrana. Tahun 2027 kami akan melaksanakan program pendampingan hukum pengelolaan dana desa di 10 desa. Untuk menentukan desa prioritas, kami memerlukan:

        1. jumlah penduduk dan rumah tangga per desa se-Kabupaten Jembrana, 2025;
        2. persentase penduduk miskin menurut kecamatan, bila tersedia;
        3. status desa (Podes) atau indikator pembangunan desa lain yang dimiliki BPS.

        Atas perhatiannya kami ucapkan terima kasih.

        Hormat saya,
        Putu Gede Ariawan
        '''), name='Putu Gede Ariawan', inst='Kejaksaan Negeri Jembrana', **F)

    C('f17-req-election-supervisor-staff', 'outlook', 'Bawaslu Jembrana', 'bawaslu.jembrana@gmail.com',
      'Permintaan data penduduk usia pemilih per desa', T('''
        Selamat siang,

        Kami dari Bawaslu Kabupaten Jembrana sedang menyusun Indeks Kerawanan Pemilu tingkat kabupaten untuk pemilihan kepala desa serentak 2027. Mohon dibantu data jumlah penduduk berumur 17 tahun ke atas menurut jenis kelamin per desa/kelurahan, tahun 2025, serta jumlah penduduk penyandang disabilitas per kecamatan bila ada.

        Terima kasih.

        Hormat kami,
        Ni Komang Ayu Trisnawati
        Staf Divisi Pencegahan, Partisipasi Masyarakat dan Humas
        '''), name='Ni Komang Ayu Trisnawati', inst='Bawaslu Kabupaten Jembrana', **F)

    C('f17-req-diskominfo-satu-data-consultation', 'outlook', 'Puspa Yanti', 'puspayanti@jembranakab.go.id',
      'Konsultasi penyusunan metadata statistik sektoral', T('''
        Yth. Bapak/Ibu Statistisi BPS Kabupaten Jembrana,

        Saya Ni Luh Gede Puspa Yanti, pranata komputer di Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana, yang tahun ini ditunjuk sebagai tim walidata Satu Data Indonesia tingkat kabupaten. Kami memohon waktu untuk berkonsultasi mengenai:

        1. cara mengisi metadata kegiatan statistik dan metadata indikator untuk data yang dihasilkan perangkat daerah;
        2. rekomendasi kegiatan statistik sektoral (Romantik) untuk survei kepuasan yang akan dilaksanakan dinas kami;
        3. jadwal pembinaan statistik sektoral tahun 2027.

        Kami dapat datang ke kantor BPS atau melalui Zoom, sesuai waktu yang Bapak/Ibu tentukan.

        Terima kasih.

        Salam,
        Puspa Yanti
        '''), name='Ni Luh Gede Puspa Yanti', inst='Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana', **F)

    C('f17-req-extension-office-kecamatan', 'gmail', 'Ketut Sunarta', 'ketutsunarta.ppl@gmail.com', 'Data untuk programa penyuluhan', T('''
        Selamat pagi Pak/Bu,

        Saya I Ketut Sunarta, penyuluh pertanian di Balai Penyuluhan Pertanian Kecamatan Pekutatan. Kami sedang menyusun Programa Penyuluhan Pertanian tahun 2027 dan memerlukan data:

        - jumlah rumah tangga usaha pertanian per desa di Kecamatan Pekutatan menurut subsektor (ST2023);
        - luas panen dan produksi padi, jagung dan kelapa di Kecamatan Pekutatan, 2021-2025;
        - populasi sapi dan babi per desa.

        Terima kasih banyak atas bantuannya.

        Salam,
        Ketut Sunarta, S.ST.
        '''), name='I Ketut Sunarta', inst='Balai Penyuluhan Pertanian Kecamatan Pekutatan', **F)

    C('f17-req-immigration-office-foreign-residents', 'outlook', 'Fransiska Dewi Laksmi', 'fransiska.laksmi@imigrasi.go.id',
      'Permohonan data penduduk warga negara asing', T('''
        Selamat siang Bapak/Ibu,

        Kami dari Kantor Imigrasi Kelas II TPI Singaraja, yang wilayah kerjanya mencakup Kabupaten Jembrana, sedang menyusun analisis pengawasan orang asing tahun 2026. Mohon bantuan data:

        1. jumlah penduduk warga negara asing di Kabupaten Jembrana menurut kecamatan dan kewarganegaraan (SP2020 atau sumber lain yang tersedia);
        2. jumlah tamu mancanegara yang menginap di akomodasi Jembrana per bulan, 2023-2025.

        Terima kasih atas kerja samanya.

        Salam,
        Fransiska Dewi Laksmi
        Analis Keimigrasian Ahli Pertama
        '''), name='Fransiska Dewi Laksmi', inst='Kantor Imigrasi Kelas II TPI Singaraja', **F)

    C('f17-req-brida-researcher-thunderbird-wrapped', 'thunderbird', 'Ida Bagus Gede Wiratmaja', 'ibgwiratmaja@baliprov.go.id',
      'Permohonan data rantai pasok kelapa', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Saya Ida Bagus Gede Wiratmaja, peneliti ahli madya pada Badan Riset dan Inovasi Daerah Provinsi Bali. Kami tengah melakukan riset rantai nilai kelapa rakyat di Bali, dan Jembrana merupakan kabupaten dengan areal kelapa terluas sehingga menjadi lokasi utama penelitian.

        Kami memohon data luas areal dan produksi kelapa per kecamatan tahun 2015-2025, jumlah rumah tangga yang mengusahakan kelapa menurut kecamatan hasil ST2023, serta jumlah industri mikro dan kecil pengolahan kelapa (minyak kelapa, gula kelapa, arang tempurung) di Kabupaten Jembrana.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Ida Bagus Gede Wiratmaja
        '''), name='Ida Bagus Gede Wiratmaja', inst='Badan Riset dan Inovasi Daerah Provinsi Bali', wrap=72, **F)

    # ------------------------------------------------------------------------------------------------
    # Villages, kelurahan and their bodies
    # ------------------------------------------------------------------------------------------------
    C('f17-req-village-council-chair', 'gmail', 'Wayan Gede Santika', 'wgsantika61@gmail.com', 'Permohonan data', T('''
        Om Swastyastu,

        Dengan hormat, saya I Wayan Gede Santika selaku Ketua Badan Permusyawaratan Desa Gumbrih, Kecamatan Pekutatan. Dalam rangka pengawasan penyusunan APBDes 2027, kami ingin membandingkan data yang disampaikan Pemerintah Desa dengan data resmi. Kami mohon data jumlah penduduk, jumlah rumah tangga dan jumlah rumah tangga miskin Desa Gumbrih tahun 2023-2025.

        Mohon maaf bila cara penulisan surat ini kurang tepat. Suksma.

        Om Santih, Santih, Santih Om
        '''), name='I Wayan Gede Santika', inst='Badan Permusyawaratan Desa Gumbrih', **F)

    C('f17-req-village-operator-request-only-in-letter', 'outlook', 'Desa Melaya', 'desamelaya.jbr@gmail.com',
      'Surat Permohonan Data Desa Melaya', T('''
        Om Swastyastu,

        Dengan hormat, bersama ini kami kirimkan surat permohonan data dari Pemerintah Desa Melaya sebagaimana terlampir. Rincian data yang dimohon tercantum dalam surat. Mohon kiranya dapat dibantu.

        Suksma.

        Operator Desa Melaya
        Komang Tri Yuniartha
        '''), name='Komang Tri Yuniartha', inst='Pemerintah Desa Melaya',
      attachments=[PDF('Surat Perbekel Melaya No 470-96-MLY-XI-2026.pdf')], **F)

    C('f17-req-lpm-kelurahan-haji-title', 'gmail', 'M. Sholeh', 'msholeh.lelateng@gmail.com', 'Mohon data kelurahan', T('''
        Assalamualaikum wr. wb.

        Bapak/Ibu petugas BPS, kami pengurus Lembaga Pemberdayaan Masyarakat Kelurahan Lelateng berencana mengusulkan program bedah rumah dan pelatihan keterampilan untuk warga kurang mampu. Supaya usulan kami didukung angka, kami mohon data jumlah penduduk, jumlah rumah tangga, dan jumlah rumah tangga yang menempati rumah tidak layak huni di Kelurahan Lelateng, atau di Kecamatan Negara bila tingkat kelurahan tidak ada.

        Atas bantuannya kami ucapkan terima kasih.

        Wassalamualaikum wr. wb.

        Ketua LPM Kelurahan Lelateng,
        H. Muhammad Sholeh
        '''), name='H. Muhammad Sholeh', inst='Lembaga Pemberdayaan Masyarakat Kelurahan Lelateng', **F)

    C('f17-req-no-name-foundation-signature-only', 'gmail', 'Sekretariat YSJ', 'sekretariat.sekarjagat@gmail.com',
      'Permohonan data disabilitas', T('''
        Selamat siang Bapak/Ibu,

        Kami sedang menyiapkan program pendampingan anak berkebutuhan khusus di Kecamatan Mendoyo dan Kecamatan Negara. Mohon bantuan data jumlah penduduk penyandang disabilitas menurut jenis disabilitas dan kelompok umur di Kabupaten Jembrana, serta per kecamatan bila tersedia (SP2020 Long Form atau Susenas).

        Terima kasih atas perhatiannya.

        Salam hangat,
        Sekretariat Yayasan Sekar Jagat Bali
        '''), inst='Yayasan Sekar Jagat Bali', **F)

    # ------------------------------------------------------------------------------------------------
    # Hospitals, clinics
    # ------------------------------------------------------------------------------------------------
    C('f17-req-mother-child-hospital-specialist', 'outlook', 'dr. Made Suparsa, Sp.OG', 'suparsa.rsiapb@gmail.com',
      'Data kelahiran untuk perencanaan layanan', T('''
        Selamat pagi Bapak/Ibu,

        Saya dr. Made Suparsa, Sp.OG, direktur RSIA Permata Bunda Jembrana. Kami berencana menambah ruang NICU dan layanan persalinan pada 2027, sehingga memerlukan gambaran kebutuhan di wilayah kami:

        1. jumlah perempuan usia 15-49 tahun per kecamatan, 2025;
        2. angka kelahiran total (TFR) Kabupaten Jembrana hasil SP2020 Long Form;
        3. proyeksi jumlah kelahiran atau jumlah balita, 2025-2030.

        Terima kasih atas kerja samanya.

        Salam sehat,
        dr. Made Suparsa, Sp.OG
        '''), name='dr. Made Suparsa', inst='RSIA Permata Bunda Jembrana', **F)

    C('f17-req-vet-clinic-drh-title', 'gmail', 'Putu Ayu Widyastuti', 'klinikhewan.satwasehat@gmail.com', 'tanya data ternak', T('''
        Halo Bapak/Ibu, selamat siang 🙂

        Saya drh. Putu Ayu Widyastuti dari Klinik Hewan Satwa Sehat di Negara. Kami mau membuka layanan kesehatan hewan keliling ke desa-desa, jadi kami perlu data populasi sapi, babi dan kambing per kecamatan di Jembrana 2023-2025 dan jumlah rumah tangga peternak kalau ada.

        Terima kasih banyak!

        Ayu
        '''), name='drh. Putu Ayu Widyastuti', inst='Klinik Hewan Satwa Sehat', **F)

    # ------------------------------------------------------------------------------------------------
    # Companies, large and small
    # ------------------------------------------------------------------------------------------------
    C('f17-req-soe-infrastructure-finance-disclaimer', 'outlook', 'Rania Paramitha Siahaan', 'rania.siahaan@ptsmi.co.id',
      'Permohonan data sosial ekonomi - studi kelayakan SPAM regional', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Perkenalkan, saya Rania Paramitha Siahaan, analis pembiayaan daerah di PT Sarana Multi Infrastruktur (Persero). Kami sedang mendampingi Pemerintah Kabupaten Jembrana menyiapkan studi kelayakan pembiayaan sistem penyediaan air minum (SPAM) regional. Untuk analisis kemampuan bayar masyarakat, kami memerlukan:

        1. rata-rata pengeluaran per kapita menurut kelompok pengeluaran, 2021-2025;
        2. persentase rumah tangga menurut sumber air minum utama, 2021-2025;
        3. proyeksi penduduk per kecamatan, 2025-2045.

        Terima kasih atas bantuan dan kerja samanya.

        Best regards,
        Rania

        DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. PT Sarana Multi Infrastruktur (Persero) does not accept liability for any errors or omissions in the contents of this message.
        '''), name='Rania Paramitha Siahaan', inst='PT Sarana Multi Infrastruktur (Persero)', **F)

    C('f17-req-fertilizer-shop-android-plain', 'plain', 'suryadi', 'suryadi.tanisubur@gmail.com', 'data sawah', T('''
        Pagi pak bu. Saya Suryadi yg punya UD Tani Subur di Tegalcangkring, jualan pupuk sama obat tani. Mau minta data luas sawah per desa di kecamatan mendoyo sama jumlah petani padinya, biar tau harus stok berapa buat musim tanam nanti. Makasih pak bu

        Dikirim dari perangkat Android saya
        '''), name='Suryadi', inst='UD Tani Subur', **F)

    C('f17-req-market-research-firm-signature-only', 'gmail', 'Kevin Sitorus', 'kevin.sitorus@insightarah.co.id',
      'Data rumah tangga & pengeluaran Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Kami sedang menyiapkan survei konsumen untuk klien di sektor minuman kemasan dan perlu menentukan kuota sampel per kecamatan. Mohon bantuan data:

        - jumlah rumah tangga per kecamatan, 2025;
        - distribusi penduduk menurut kelompok umur 15-54 tahun per kecamatan;
        - rata-rata pengeluaran per kapita untuk makanan dan minuman jadi, Kabupaten Jembrana.

        Terima kasih.

        Regards,

        Kevin Adrianus Sitorus
        Field Research Lead
        PT Insight Arah Riset
        Menara Kuningan Lt. 18, Jl. H.R. Rasuna Said Blok X-7 Kav. 5, Jakarta Selatan
        M: +62 812-1900-xxxx
        '''), name='Kevin Adrianus Sitorus', inst='PT Insight Arah Riset', **F)

    C('f17-req-fish-processor-hajjah-yahoo', 'yahoo', 'Siti Maryam', 'maryam.pindangsegara@yahoo.com', 'Tanya harga ikan lemuru', T('''
        Assalamualaikum Bapak/Ibu.

        Saya Hj. Siti Maryam, pemilik CV Pindang Segara Sari di Pengambengan. Usaha kami mengolah pindang dan ikan asin sudah 20 tahun, tapi dua tahun ini bahan baku lemuru makin susah dan mahal. Kami mau minta data produksi ikan lemuru di Jembrana dari tahun 2015 sampai 2025 dan harga ikan di tingkat nelayan kalau ada, untuk bahan pengajuan kredit ke bank.

        Terima kasih. Wassalamualaikum.

        Dikirim dari Yahoo Mail di Android
        '''), name='Hj. Siti Maryam', inst='CV Pindang Segara Sari', **F)

    C('f17-req-secretary-writes-for-director', 'outlook', 'Ratna Sari Dewi', 'ratna.dewi@balisegaralogistik.co.id',
      'Permohonan data arus barang Gilimanuk', T('''
        Selamat pagi Bapak/Ibu,

        Saya Ratna Sari Dewi, sekretaris direksi PT Bali Segara Logistik. Atas arahan Bapak Direktur Utama, Ir. Hendro Kusuma, M.M., kami memohon data berikut untuk rencana pembangunan gudang transit di Kecamatan Melaya:

        1. jumlah kendaraan barang yang menyeberang melalui Pelabuhan Gilimanuk per bulan, 2023-2025;
        2. PDRB sektor transportasi dan pergudangan Kabupaten Jembrana, 2019-2025.

        Terima kasih atas perhatiannya.

        Hormat saya,
        Ratna Sari Dewi
        Sekretaris Direksi
        '''), name='Ratna Sari Dewi', inst='PT Bali Segara Logistik', **F)

    C('f17-req-alumni-now-pawnshop-analyst', 'gmail', 'Gusti Ayu Yuniantari', 'gekyuni.ant@gmail.com', 'Mohon data UMKM per kecamatan', T('''
        Om Swastyastu,

        Saya Gusti Ayu Kade Yuniantari, alumni Universitas Udayana angkatan 2015, sekarang bekerja sebagai analis kredit di PT Pegadaian Cabang Negara. Kantor kami akan membuka dua unit layanan baru di Kecamatan Melaya dan Pekutatan, dan saya ditugaskan menyiapkan kajian potensinya.

        Mohon bantuan data jumlah usaha mikro dan kecil per kecamatan menurut lapangan usaha (tahun terbaru), serta jumlah penduduk usia 20-59 tahun per kecamatan.

        Suksma,
        Gek Yuni
        '''), name='Gusti Ayu Kade Yuniantari', inst='PT Pegadaian Cabang Negara', **F)

    # ------------------------------------------------------------------------------------------------
    # Cooperatives, farmer and fisher groups, associations, NGOs, religious bodies
    # ------------------------------------------------------------------------------------------------
    C('f17-req-cocoa-cooperative-html-only', 'html_only', 'Koperasi Amerta Nadi', 'kop.amertanadi@gmail.com',
      'Permohonan data kakao', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Koperasi kami beranggotakan 412 petani kakao di Kecamatan Mendoyo dan Pekutatan. Untuk memperbarui rencana bisnis dan sertifikasi organik, kami memerlukan data luas areal, produksi dan produktivitas kakao per desa atau per kecamatan tahun 2019-2025, serta jumlah rumah tangga petani kakao (ST2023).

        Atas bantuannya kami ucapkan suksma.

        Ketua,
        I Made Wiranata
        Koperasi Kakao Amerta Nadi
        Badan Hukum No. 118/BH/XXVII.6/2014
        '''), name='I Made Wiranata', inst='Koperasi Kakao Amerta Nadi', **F)

    C('f17-req-farmer-group-fed-chair-uses-son-email', 'gmail', 'Putu Adi Saputra', 'putuadisaputra.dev@gmail.com',
      'Data padi Desa Baluk', T('''
        Selamat siang Bapak/Ibu BPS,

        Saya I Ketut Regeg, Ketua Gapoktan Sari Tani Desa Baluk. Email ini saya kirim memakai email anak saya karena saya belum punya email sendiri. Mohon bantuan data luas panen dan produksi padi di Desa Baluk atau Kecamatan Negara lima tahun terakhir, dan harga gabah di tingkat petani. Data ini untuk usulan bantuan penggilingan padi ke dinas.

        Terima kasih.

        Ketut Regeg
        '''), name='I Ketut Regeg', inst='Gapoktan Sari Tani Desa Baluk', **F)

    C('f17-req-women-fish-processors-group', 'plain', 'Nurhasanah', 'poklahsar.minawanita@gmail.com', 'Permohonan data', T('''
        Assalamualaikum,

        Selamat pagi Bapak/Ibu. Perkenalkan, saya Nurhasanah, ketua Poklahsar Mina Wanita Segara, kelompok ibu-ibu pengolah ikan di Desa Pengambengan. Kami akan ikut lomba kelompok pengolah tingkat provinsi dan diminta melampirkan data pendukung: jumlah usaha pengolahan ikan skala rumah tangga di Kecamatan Negara dan produksi ikan yang didaratkan di Pengambengan tahun 2023-2025.

        Terima kasih banyak atas bantuannya.

        Wassalamualaikum.
        '''), name='Nurhasanah', inst='Poklahsar Mina Wanita Segara', **F)

    C('f17-req-farmers-association-dpc', 'outlook', 'HKTI Jembrana', 'hkti.jembrana@gmail.com',
      'Permohonan data ketenagakerjaan pertanian', T('''
        Dengan hormat,

        Dalam rangka Musyawarah Cabang dan penyusunan program kerja 2027-2031, DPC HKTI Kabupaten Jembrana memerlukan data:
        1. jumlah petani menurut kelompok umur dan jenis kelamin (ST2023);
        2. nilai tukar petani Provinsi Bali, 2021-2025;
        3. jumlah penduduk bekerja di sektor pertanian, Kabupaten Jembrana 2015-2025.

        Atas perhatian dan bantuannya kami sampaikan terima kasih.

        Hormat kami,
        Ketua DPC HKTI Kabupaten Jembrana

        I Gede Ngurah Wiryawan, S.P.
        '''), name='I Gede Ngurah Wiryawan', inst='DPC HKTI Kabupaten Jembrana', **F)

    C('f17-req-mosque-board-signature', 'gmail', 'Takmir Baitul Qadim', 'takmir.baitulqadim@gmail.com',
      'Mohon data penduduk muslim', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Yth. Bapak/Ibu pimpinan BPS Kabupaten Jembrana, semoga senantiasa dalam lindungan Allah SWT.

        Menjelang penyusunan program pengelolaan zakat, infak dan sedekah tahun 2027, kami mohon bantuan data jumlah penduduk beragama Islam per kelurahan/desa di Kecamatan Negara dan Kecamatan Jembrana, serta jumlah rumah tangga miskin di kedua kecamatan tersebut.

        Jazakumullahu khairan.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        H. Abdullah Ba'bud
        Ketua Takmir Masjid Agung Baitul Qadim Loloan Timur
        '''), name="H. Abdullah Ba'bud", inst='Takmir Masjid Agung Baitul Qadim Loloan Timur', **F)

    C('f17-req-orphanage-christian-village', 'gmail', 'Debora Sukerti', 'pantibethesda.bsari@gmail.com',
      'Permohonan data anak dan kemiskinan', T('''
        Salam sejahtera,

        Bapak/Ibu yang terkasih, saya Debora Ni Nyoman Sukerti, pengasuh di Panti Asuhan Bethesda Blimbingsari. Kami sedang menyusun proposal kepada mitra gereja di luar negeri untuk program beasiswa anak, dan mereka meminta gambaran kondisi wilayah kami.

        Mohon bantuan data:
        - jumlah anak usia 0-17 tahun di Kabupaten Jembrana;
        - persentase anak yang tinggal di rumah tangga miskin, bila ada;
        - angka putus sekolah SD-SMA di Kabupaten Jembrana.

        Tuhan memberkati.

        Debora
        '''), name='Debora Ni Nyoman Sukerti', inst='Panti Asuhan Bethesda Blimbingsari', **F)

    C('f17-req-think-tank-poverty-map-consultation', 'gmail', 'Rendra Wibisono', 'rwibisono@smeru.or.id',
      'Konsultasi metode small area estimation kemiskinan desa', T('''
        Selamat siang Bapak/Ibu,

        Saya Rendra Wibisono, peneliti di SMERU Research Institute, Jakarta. Kami sedang memperbarui peta kemiskinan tingkat desa untuk beberapa kabupaten di Bali dan NTB dengan metode small area estimation.

        Kami ingin berkonsultasi dengan statistisi BPS Jembrana mengenai:
        - variabel Podes yang menurut pengalaman BPS paling kuat sebagai kovariat kemiskinan di Jembrana;
        - ketersediaan agregat Regsosek atau ST2023 di tingkat desa yang dapat dibagikan;
        - cara validasi hasil estimasi dengan angka kemiskinan kabupaten.

        Kami fleksibel untuk diskusi daring pekan depan.

        Terima kasih,
        Rendra
        '''), name='Rendra Wibisono', inst='SMERU Research Institute', **F)

    C('f17-req-bbc-indonesia-journalist', 'gmail', 'Anindita Larasati', 'anindita.larasati@bbc.co.uk',
      'Permintaan data untuk liputan: awak kapal pesiar asal Jembrana', T('''
        Halo Bapak/Ibu,

        Saya Anindita Larasati, jurnalis BBC News Indonesia. Saya sedang mengerjakan liputan tentang warga Bali barat yang bekerja sebagai awak kapal pesiar dan dampaknya bagi desa asal mereka.

        Apakah ada data:
        1. jumlah penduduk Jembrana yang bekerja di luar negeri (SP2020 Long Form atau sumber lain);
        2. persentase rumah tangga yang menerima kiriman uang dari luar negeri;
        3. perkembangan PDRB per kapita Jembrana, 2015-2025?

        Saya juga ingin mewawancarai statistisi untuk penjelasan singkat, bila diizinkan.

        Terima kasih,
        Anindita
        '''), name='Anindita Larasati', inst='BBC News Indonesia', **F)

    # ------------------------------------------------------------------------------------------------
    # The public; missing identity or need
    # ------------------------------------------------------------------------------------------------
    C('f17-req-form-instansi-dash-no-institution', 'gmail', 'Bagus Prayoga', 'bagusprayoga.ngr@gmail.com', 'Permohonan data', T('''
        Selamat sore,

        Nama       : Bagus Prayoga
        Pekerjaan  : wiraswasta
        Instansi   : -
        Keperluan  : rencana membuka usaha laundry kiloan
        Data       : jumlah rumah tangga dan jumlah anak kos/mahasiswa di Kelurahan Banjar Tengah dan Kelurahan Lelateng

        Terima kasih.
        '''), name='Bagus Prayoga', **F)

    C('f17-req-no-intro-display-name-only', 'gmail', 'Wahyu Kurniadi', 'wahyukurniadi77@gmail.com', 'data penduduk', T('''
        Permisi, mau minta data jumlah penduduk Kelurahan Banjar Tengah tahun 2025 menurut jenis kelamin dan kelompok umur. Terima kasih.
        '''), **F)

    C('f17-req-pribadi-retired-nurse', 'yahoo', 'Ni Ketut Sutarmi', 'ketutsutarmi58@yahoo.com', 'Tanya data lansia', T('''
        Selamat pagi Bapak/Ibu,

        Saya Ni Ketut Sutarmi, pensiunan perawat. Saya bertanya secara pribadi, tidak mewakili lembaga apa pun. Bersama ibu-ibu di banjar kami ingin membuat kegiatan senam dan cek tensi untuk lansia, dan saya penasaran berapa sebenarnya jumlah lansia di Kecamatan Jembrana, dan berapa yang tinggal sendirian.

        Terima kasih banyak.

        Ketut Sutarmi
        '''), name='Ni Ketut Sutarmi', **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets
    # ------------------------------------------------------------------------------------------------
    C('f17-reply-identity-after-ask-credit-union', 'gmail', 'Wayan Mertha', 'wayanmertha.cu@gmail.com',
      'Re: ' + SUBJ_ASK % 1701, T('''
        Maaf Pak/Bu, kelupaan. Nama saya Wayan Mertha Yasa, bagian pemasaran di Credit Union Kasih Sejahtera Negara. Datanya untuk kajian pembukaan tempat pelayanan baru.

        Terima kasih.
        '''), kind='reply', name='Wayan Mertha Yasa', inst='Credit Union Kasih Sejahtera Negara', req=False,
      ticket='PST-2026-01701', quote=gq(ASK, 'id'), **rp(1701), **F)

    C('f17-reply-iphone-thanks-no-signature', 'iphone', 'Ngurah Arya', 'gn.arya2009@icloud.com', 'Re: ' + SUBJ_DATA % 1702, T('''
        Sdh diterima kak, suksma 🙏🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-01702', quote=iq(DELIV_ID % 1702), **rp(1702), **F)

    C('f17-reply-outlook-follow-up-asks-template', 'outlook', 'Puspa Yanti', 'puspayanti@jembranakab.go.id',
      'RE: ' + SUBJ_ACK % 1703, T('''
        Selamat siang,

        Terima kasih atas sesi konsultasi kemarin. Sebagai tindak lanjut, mohon kami dikirimi contoh metadata kegiatan statistik yang sudah terisi lengkap, serta daftar kode wilayah desa yang sesuai dengan Permendagri terbaru.

        Salam,
        Ni Luh Gede Puspa Yanti
        Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana
        '''), kind='reply', name='Ni Luh Gede Puspa Yanti',
      inst='Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana', req=True, ticket='PST-2026-01703',
      quote=oq(ACK % (1703, 'Ni Luh Gede Puspa Yanti', 'Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana',
                      'Konsultasi metadata statistik sektoral'),
               'Puspa Yanti <puspayanti@jembranakab.go.id>', SUBJ_ACK % 1703, 'id'), **rp(1703), **F)

    C('f17-reply-status-new-mail-ticket-in-subject', 'gmail', 'Baiq Rahma', 'baiqrahma.uts@gmail.com',
      'Menanyakan tiket PST-2026-01704', T('''
        Selamat siang Pak/Bu,

        Mohon maaf, data curah hujan dan produksi jagung yang saya minta minggu lalu apakah sudah bisa dikirim? Seminar proposal saya dijadwalkan tanggal 3 Desember.

        Terima kasih.
        Baiq Rahmawati
        '''), kind='reply', name='Baiq Rahmawati', req=False, ticket='PST-2026-01704', **F)

    C('f17-reply-en-asks-definition-fishing-household', 'gmail', 'Nurul Syafiqah', 'nurulsyafiqah.z@student.upm.edu.my',
      'Re: ' + SUBJ_DATA % 1705, T('''
        Dear PST team,

        Thank you for the tables on fishing households. May I ask how "rumah tangga perikanan tangkap" is defined in the 2023 census: does it include households whose members only work as crew on boats owned by others?

        Best regards,
        Syafiqah
        '''), kind='reply', name='Syafiqah', req=True, lang='en', ticket='PST-2026-01705',
      quote=gq(DELIV_EN % 1705), **rp(1705), **F)

    C('f17-reply-thunderbird-bottom-sends-cover-letter', 'thunderbird', 'Yosua Wenda', 'yosuawenda99@gmail.com',
      'Re: ' + SUBJ_LETTER % 1706, tq(LETTER_ID % 1706) + '\n\n' + T('''
        Selamat siang Bapak/Ibu,

        Berikut saya lampirkan surat pengantar dari fakultas sesuai permintaan. Mohon maaf atas keterlambatannya.

        Hormat saya,
        Yosua Wenda
        '''), kind='reply', name='Yosua Wenda', req=False, ticket='PST-2026-01706',
      attachments=[PDF('Surat Pengantar FEB Uncen - Yosua Wenda.pdf')], **rp(1706), **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f17-rating-nilainya-lima-ya', 'gmail', 'Gusti Ngurah Arya', 'gn.arya2009@gmail.com', 'Re: ' + SUBJ_RATE % 1721, T('''
        Nilainya 5 ya Pak/Bu. Cepat sekali, sehari langsung dikirim. Suksma!

        Gusti Ngurah Arya
        '''), kind='rating', rating=5, name='Gusti Ngurah Arya', req=False, ticket='PST-2026-01721',
      quote=gq(RATE_ID % 1721, 'id'), **rp(1721), **F)

    C('f17-rating-outlook-skor-tiga-with-reasons', 'outlook', 'Seksi Pengawasan II KPP Negara', 'kpp.negara.was2@pajak.go.id',
      'RE: ' + SUBJ_RATE % 1722, T('''
        Selamat pagi,

        Skor: 3
        Alasan: (1) data jumlah usaha per kecamatan tidak tersedia menurut KBLI 2 digit; (2) jawaban baru kami terima pada hari kerja ke-5.

        Terima kasih.

        Dewa Made Raka Astawa
        KPP Pratama Negara
        '''), kind='rating', rating=3, name='Dewa Made Raka Astawa', inst='KPP Pratama Negara', req=False,
      ticket='PST-2026-01722',
      quote=oq(RATE_ID % 1722, 'Seksi Pengawasan II KPP Negara <kpp.negara.was2@pajak.go.id>', SUBJ_RATE % 1722, 'id'),
      **rp(1722), **F)

    C('f17-rating-en-would-give-four', 'gmail', 'Kealoha Aldridge', 'kaldridge@hawaii.edu', 'Re: ' + SUBJ_RATE % 1723, T('''
        Aloha,

        I'd give you a 4 out of 5: quick and friendly, though the Podes table came as a scanned PDF, so I had to retype it.

        Mahalo,
        Kealoha
        '''), kind='rating', rating=4, name='Kealoha', req=False, lang='en', ticket='PST-2026-01723',
      quote=gq(RATE_EN % 1723), **rp(1723), **F)

    C('f17-rating-yahoo-lima-bintang-words', 'yahoo', 'nur aini', 'nuraini.mi@yahoo.co.id', 'Re: ' + SUBJ_RATE % 1724, T('''
        Lima bintang untuk petugasnya, ramah dan sabar menjelaskan lewat telepon. Matur suwun.

        Nur Aini
        MI Nurul Huda Loloan Barat
        '''), kind='rating', rating=5, name='Nur Aini', inst='MI Nurul Huda Loloan Barat', req=False,
      ticket='PST-2026-01724', quote=yq(RATE_ID % 1724), **rp(1724), **F)

    C('f17-rating-balinese-two-android', 'plain', 'Putu Adi Saputra', 'putuadisaputra.dev@gmail.com', 'Re: ' + SUBJ_RATE % 1725, T('''
        Tiang ngicen nilai 2 nggih. Datane ten lengkap, Desa Baluk ten wenten, wantah kecamatan manten. Suksma.

        Ketut Regeg

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=2, name='Ketut Regeg', req=False, ticket='PST-2026-01725',
      quote=aq(RATE_ID % 1725), **rp(1725), **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints and suggestions
    # ------------------------------------------------------------------------------------------------
    C('f17-complaint-website-download-broken', 'gmail', 'Christopher Halim', 'christopher.halim@student.unpar.ac.id',
      'Tombol unduh tabel di website error', T('''
        Selamat siang Bapak/Ibu,

        Mau menyampaikan keluhan: sudah tiga hari ini setiap kali saya klik "Unduh" pada tabel dinamis di website BPS Jembrana, yang muncul hanya halaman error 404. Sudah saya coba di Chrome dan Firefox, di laptop maupun HP, hasilnya sama. Padahal deadline draft tesis saya minggu ini.

        Mohon segera diperbaiki ya. Thanks.

        Christopher Halim
        Universitas Katolik Parahyangan
        '''), kind='complaint', name='Christopher Halim', inst='Universitas Katolik Parahyangan', req=False, **F)

    C('f17-complaint-enumerator-caps-resident', 'plain', 'WAYAN REMBANG', 'wayanrembang1960@gmail.com', 'KELUHAN PETUGAS SENSUS', T('''
        SELAMAT SIANG.

        SAYA I WAYAN REMBANG, WARGA BANJAR ANYAR, DESA PENYARINGAN. SAYA MAU MENYAMPAIKAN KELUHAN. PETUGAS SURVEI DARI BPS SUDAH EMPAT KALI DATANG KE RUMAH SAYA DALAM DUA MINGGU, DAN KEMARIN BERTANYA SOAL PENGHASILAN DAN UTANG KELUARGA SAYA DI DEPAN TETANGGA YANG SEDANG BERKUNJUNG. SAYA MERASA MALU. MOHON PETUGAS DIBERI PENGARAHAN SUPAYA LEBIH MENJAGA PERASAAN WARGA.

        TERIMA KASIH.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='I WAYAN REMBANG', req=False, **F)

    C('f17-complaint-wrong-years-sent-school', 'outlook', 'SMPN 5 Negara', 'smpn5negara@gmail.com', 'RE: ' + SUBJ_DATA % 1733, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Data yang dikirimkan ternyata untuk tahun 2019-2021, bukan 2023-2025 sebagaimana tercantum dalam surat kami. Ini sudah kedua kalinya kami menerima lampiran yang tidak sesuai dari layanan ini, sehingga penyusunan RKS kami tertunda. Mohon ke depan lebih teliti sebelum mengirim.

        Hormat kami,
        I Ketut Suwitra
        Kepala SMP Negeri 5 Negara
        '''), kind='complaint', name='I Ketut Suwitra', inst='SMP Negeri 5 Negara', req=False, ticket='PST-2026-01733',
      quote=oq(DELIV_ID % 1733, 'SMPN 5 Negara <smpn5negara@gmail.com>', SUBJ_DATA % 1733, 'id'), **rp(1733), **F)

    C('f17-complaint-en-no-acknowledgement', 'gmail', 'Park Ji-hoon', 'jhpark@krei.re.kr', 'Follow-up: no response to data inquiry', T('''
        Dear BPS Jembrana,

        I sent a data inquiry on 2 November and have not received any acknowledgement, although your website says every request is answered within three working days. The online chat on the website also did not respond. I would appreciate it if someone could look into this, as our project report is due in mid-December.

        Best regards,
        Park Ji-hoon
        Korea Rural Economic Institute
        '''), kind='complaint', name='Park Ji-hoon', inst='Korea Rural Economic Institute', req=False, lang='en', **F)

    C('f17-complaint-anon-suggestion-online-queue', 'gmail', 'Warga Negara', 'wargajembrana.peduli@gmail.com', 'Saran pelayanan', T('''
        Selamat pagi. Saran saja untuk BPS Jembrana: sebaiknya ada nomor antrean online atau lewat WhatsApp untuk layanan di kantor, supaya warga yang datang dari jauh seperti dari Gilimanuk tidak perlu menunggu lama di ruang tunggu tanpa kepastian. Minggu lalu saya menunggu satu setengah jam. Terima kasih.
        '''), kind='complaint', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f17-ooo-outlook-id-latsar-headers', 'outlook', 'Ni Komang Ayu Trisnawati', 'bawaslu.jembrana@gmail.com',
      'Balasan Otomatis: ' + SUBJ_DATA % 1741, T('''
        Terima kasih atas email Bapak/Ibu.

        Saya sedang mengikuti Pelatihan Dasar CPNS sampai dengan 11 Desember 2026 dan tidak dapat membalas email secara rutin. Untuk keperluan mendesak silakan menghubungi Sekretariat Bawaslu Kabupaten Jembrana.

        Salam,
        Ni Komang Ayu Trisnawati
        '''), kind='auto_reply', req=False, ticket='PST-2026-01741',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1741), **F)

    C('f17-ooo-en-xautoreply-fieldwork', 'gmail', 'Siobhan Kerrigan', 'siobhan@oceaniclivelihoods.org',
      'Automatic reply: ' + SUBJ_ACK % 1742, T('''
        Thank you for your email.

        I am travelling to project sites in the Philippines until 7 December with patchy connectivity. For anything urgent, please contact our programmes team at programmes@oceaniclivelihoods.org.

        Siobhan
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01742',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(1742), **F)

    C('f17-ooo-gmail-body-only-no-headers', 'gmail', 'Rendra Wibisono', 'rwibisono@smeru.or.id', 'Re: ' + SUBJ_ACK % 1743, T('''
        [Pesan otomatis]

        Terima kasih atas email Anda. Saya sedang cuti sampai 30 November 2026. Email akan saya tanggapi setelah saya kembali bekerja.

        Salam,
        Rendra
        '''), kind='auto_reply', req=False, ticket='PST-2026-01743', **rp(1743), **F)

    # ------------------------------------------------------------------------------------------------
    # Bounce
    # ------------------------------------------------------------------------------------------------
    D('f17-dsn-postfix-user-unknown', dict(
        recipient='mariayasinta.dhui@gmail.com', original_message_id=OUR(1751, '91be03f4'),
        orig_subject=SUBJ_DATA % 1751, status='5.1.1'), 'PST-2026-01751', **F)
