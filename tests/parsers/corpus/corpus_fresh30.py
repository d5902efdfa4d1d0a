# corpus_fresh30.py: a thirtieth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh30"; tickets PST-2026-030xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh30')

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

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 13.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 13:47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/2026 13.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 13.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def sq(text, subject):
        """Quote as the Samsung Email app writes it: the original below a header block, not prefixed."""
        return ('\n-------- Pesan asli --------\nDari : PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Tanggal : 25/11/26 13.47 (GMT+08:00)\nKe : \nSubjek : %s\n\n%s' % (subject, text))

    def rp(n):
        return dict(in_reply_to=OUR(n, 'c07e51a9'), references=[OUR(n, 'c07e51a9')])

    # ================================================================================================
    # New requests: universities, research students, researchers
    # ================================================================================================
    C('f30-req-unpatti-fisheries-formal', 'gmail', 'Stevanus Pattiasina', 'stevanus.pattiasina21@gmail.com',
      'Permohonan Data Perikanan Tangkap untuk Penelitian Skripsi', T('''
        Salam sejahtera,

        Yth. Bapak/Ibu Petugas Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Perkenalkan, nama saya Stevanus Pattiasina, mahasiswa tingkat akhir Program Studi Pemanfaatan Sumberdaya Perikanan, Fakultas Perikanan dan Ilmu Kelautan, Universitas Pattimura, Ambon. Skripsi saya membandingkan produktivitas armada pukat cincin (purse seine) di Selat Bali dan di perairan Maluku Tengah.

        Sehubungan dengan itu, saya mohon bantuan data Kabupaten Jembrana berikut:
        1. produksi perikanan tangkap menurut jenis ikan, 2016-2025;
        2. jumlah kapal/perahu penangkap ikan menurut ukuran GT dan kecamatan;
        3. jumlah nelayan menurut kategori (penuh, sambilan utama, sambilan tambahan).

        Bila sebagian data tersebut tidak tersedia di BPS, mohon arahan instansi mana yang sebaiknya saya hubungi.

        Atas perhatian dan bantuan Bapak/Ibu saya ucapkan terima kasih. Tuhan Yesus memberkati.

        Hormat saya,
        Stevanus Pattiasina
        NIM 2020-64-041
        '''), name='Stevanus Pattiasina', inst='Universitas Pattimura', **F)

    C('f30-req-brawijaya-lecturer-outlook-signature', 'outlook', 'Siti Nurhidayah P.', 'nurhidayah.p@ub.ac.id',
      'Permohonan data NTP dan upah buruh tani - kajian hibah ketahanan pangan', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Dengan hormat,

        Tim kami sedang melaksanakan kajian "Ketahanan Pangan Rumah Tangga Petani Lahan Sawah di Bali dan Jawa Timur" yang didanai hibah penelitian kompetitif nasional tahun 2026. Kabupaten Jembrana dipilih sebagai salah satu dari empat kabupaten contoh.

        Kami mohon kiranya dapat dibantu data berikut:
        a. nilai tukar petani (NTP) subsektor tanaman pangan Provinsi Bali per bulan, 2020-2025;
        b. upah nominal dan riil buruh tani per hari, 2020-2025;
        c. luas panen, produksi dan produktivitas padi per kecamatan di Kabupaten Jembrana, 2020-2025.

        Surat tugas dan proposal penelitian dapat kami kirimkan bila diperlukan.

        Salam hormat,

        Dr. Ir. Siti Nurhidayah Prasetyaningrum, M.Agr.Sc.
        Lektor Kepala, Departemen Sosial Ekonomi Pertanian
        Fakultas Pertanian
        Universitas Brawijaya
        Jl. Veteran, Malang 65145
        '''), name='Dr. Ir. Siti Nurhidayah Prasetyaningrum', inst='Universitas Brawijaya', **F)

    C('f30-req-undiksha-student-chat-iphone', 'iphone', 'Komang Dewi', 'komangdewi.l@icloud.com',
      'tanya data kemiskinan kak', T('''
        halo kak selamat siang 🙏
        sy Komang Dewi Lestari, mhs Undiksha prodi pendidikan ekonomi smt 7. lg ngerjain skripsi ttg kemiskinan & pengangguran di kab jembrana
        mau minta data persentase penduduk miskin sama TPT jembrana thn 2015-2025 kak, klo bs yg per tahun
        sy udh cari di web tp yg 2015-2017 tdk ketemu 😭 gmn ya kak dapetinnya?
        makasih bnyk kak

        Dikirim dari iPhone saya
        '''), name='Komang Dewi Lestari', inst='Undiksha', **F)

    C('f30-req-brin-researcher-thunderbird-wrapped', 'thunderbird', 'Hendrik Sapulette', 'hend011@brin.go.id',
      'Permohonan data mobilitas tenaga kerja', T('''
        Selamat pagi Bapak/Ibu,

        Saya Hendrik Sapulette, peneliti ahli muda pada Badan Riset dan Inovasi Nasional. Saat ini saya terlibat dalam riset mengenai mobilitas tenaga kerja sektor pariwisata di koridor Gilimanuk-Denpasar, termasuk pekerja yang melaju setiap hari dari Kabupaten Jembrana ke Kabupaten Tabanan dan Kabupaten Badung.

        Untuk keperluan tersebut, kami memohon data (1) jumlah penduduk bekerja menurut lapangan usaha dan kecamatan tempat tinggal, (2) jumlah pekerja komuter dari SP2020 Long Form atau Sakernas bila dapat disajikan di tingkat kabupaten, dan (3) jumlah penduduk usia kerja menurut jenis kelamin, 2020-2025.

        Jika ada data yang memerlukan permohonan khusus atau perjanjian penggunaan data mikro, mohon diinformasikan prosedurnya.

        Terima kasih atas kerja samanya.

        Salam,
        Hendrik Sapulette
        Badan Riset dan Inovasi Nasional
        Gedung Widya Graha, Jl. Jend. Gatot Subroto No. 10, Jakarta
        '''), name='Hendrik Sapulette', inst='Badan Riset dan Inovasi Nasional', wrap=72, **F)

    C('f30-req-en-melbourne-phd-land-use', 'gmail', 'Olivia Hartley', 'olivia.hartley@student.unimelb.edu.au',
      'Data request - land use change and tourism in Jembrana (PhD research)', T('''
        Dear BPS Jembrana team,

        My name is Olivia Hartley and I am a PhD candidate in the School of Geography, Earth and Atmospheric Sciences at the University of Melbourne. My thesis looks at how rice land in western Bali is being converted to villas, shrimp ponds and other uses, and what that means for subak communities.

        Could you please help me with:
        - wetland rice (sawah) area by kecamatan, 2010-2025;
        - the number of agricultural households by kecamatan from the 2013 and 2023 Agricultural Censuses;
        - the number of star and non-star accommodation establishments by kecamatan, 2015-2025.

        I am happy to sign a data use agreement if one is required. I will also be in Negara in February and could visit the office in person.

        With thanks and best wishes,
        Olivia

        Olivia Hartley
        PhD Candidate | Faculty of Science
        University of Melbourne
        Parkville VIC 3010, Australia
        '''), name='Olivia Hartley', inst='University of Melbourne', lang='en', **F)

    C('f30-req-en-latin1-aarhus-anthropologist', 'latin1', 'Søren Ågård Nielsen', 'soren.agaard@cas.au.dk',
      'Request for village population data - Jembrana', T('''
        Dear Sir or Madam,

        I am Søren Ågård Nielsen, associate professor of anthropology at Aarhus University in Denmark. Since 2019 I have been following a group of Balinese and Javanese families in Kelurahan Loloan Timur and Desa Air Kuning for a long-term study of inter-religious neighbourhoods.

        For my next article I need some background figures:
        1. population by religion for each desa/kelurahan in Kecamatan Jembrana and Kecamatan Negara (2020 Population Census or the latest source);
        2. the number of households and the average household size in the same villages.

        I apologise for writing in English; my Indonesian is good enough for fieldwork but not for formal letters.

        Kind regards,
        Søren Ågård Nielsen
        Department of Anthropology, Aarhus University
        Moesgård Allé 20, 8270 Højbjerg, Denmark
        '''), name='Søren Ågård Nielsen', inst='Aarhus University', lang='en', **F)

    C('f30-req-nommensen-lecturer-consultation', 'outlook', 'Lamhot Simanjuntak', 'lamhot.simanjuntak@uhn.ac.id',
      'Konsultasi metodologi indeks daya saing kabupaten', T('''
        Horas, selamat siang Bapak/Ibu.

        Kami dari Universitas HKBP Nommensen, Medan, sedang menyusun indeks daya saing kabupaten untuk beberapa daerah di luar Sumatera sebagai bahan perbandingan, dan Kabupaten Jembrana termasuk di dalamnya.

        Kami ingin berkonsultasi dengan statistisi neraca wilayah BPS Kabupaten Jembrana mengenai:
        1. pemilihan indikator PDRB dan ketenagakerjaan yang dapat dibandingkan antarkabupaten;
        2. cara menangani perubahan tahun dasar PDRB bila kami memakai data sejak 2010;
        3. kemungkinan memperoleh data PDRB menurut kecamatan.

        Kami fleksibel untuk pertemuan daring pada minggu pertama Desember.

        Salam hormat,

        Dr. Lamhot Parulian Simanjuntak, S.E., M.Si.
        Ketua Program Studi Magister Ilmu Ekonomi
        Universitas HKBP Nommensen
        '''), name='Dr. Lamhot Parulian Simanjuntak', inst='Universitas HKBP Nommensen', **F)

    C('f30-req-ustj-papuan-student-transmigration', 'gmail', 'Yulianus Kogoya', 'yulianuskogoya07@gmail.com',
      'Mohon bantuan data penduduk desa', T('''
        Shalom, selamat siang Bapak Ibu.

        Sa pu nama Yulianus Kogoya, mahasiswa Universitas Sains dan Teknologi Jayapura jurusan Perencanaan Wilayah dan Kota. Sa ada bikin tugas akhir tentang desa-desa bekas transmigrasi lokal, dan dosen bilang di Jembrana ada desa-desa yang dulu dibuka untuk transmigran dari Bali bagian timur.

        Sa minta tolong data jumlah penduduk per desa di Kecamatan Melaya dari sensus 1980, 1990, 2000, 2010 dan 2020, kalau ada. Trima kasih banyak Bapak Ibu, Tuhan berkati.

        Yulianus Kogoya
        '''), name='Yulianus Kogoya', inst='Universitas Sains dan Teknologi Jayapura', **F)

    C('f30-req-unm-bugis-student-intro-in-subject', 'gmail', 'Andi Tenri', 'anditenriajeng@gmail.com',
      'Permohonan Data Penelitian - Andi Tenri Ajeng (UNM)', T('''
        Assalamualaikum warahmatullahi wabarakatuh.

        Yth. Bapak/Ibu Petugas PST,

        Saya Andi Tenri Ajeng, mahasiswi S1 Pendidikan Ekonomi Universitas Negeri Makassar. Penelitian saya tentang peran perempuan pada usaha pengolahan hasil perikanan di daerah pesisir, dan saya memilih Kecamatan Negara sebagai salah satu lokasi karena banyak usaha pemindangan di sana.

        Mohon bantuan data jumlah tenaga kerja perempuan pada industri pengolahan ikan di Kabupaten Jembrana serta jumlah usaha pengolahan ikan menurut skala usaha, tahun terbaru.

        Terima kasih atas perhatiannya.

        Wassalamualaikum warahmatullahi wabarakatuh.

        Andi Tenri Ajeng
        '''), name='Andi Tenri Ajeng', inst='Universitas Negeri Makassar', **F)

    C('f30-req-kkn-umm-team-coordinator', 'gmail', 'Rafi Maulana', 'rafimaulana.kkn17@gmail.com',
      'Permohonan data desa untuk program KKN', T('''
        Assalamualaikum, selamat pagi Bapak/Ibu.

        Kami mahasiswa KKN Universitas Muhammadiyah Malang kelompok 17 yang sejak awal November ditempatkan di Desa Ekasari, Kecamatan Melaya. Salah satu program kerja kami adalah membuat papan data dan infografis desa.

        Kami mohon bantuan data Desa Ekasari: jumlah penduduk menurut jenis kelamin dan kelompok umur, jumlah rumah tangga, serta jumlah rumah tangga usaha pertanian (ST2023). Jika data tingkat desa tidak ada, data Kecamatan Melaya juga sangat membantu.

        Terima kasih atas bantuannya.

        Wassalamualaikum.

        Hormat kami,
        Koordinator Desa KKN UMM Kelompok 17
        Rafi Maulana Ibrahim
        '''), name='Rafi Maulana Ibrahim', inst='Universitas Muhammadiyah Malang', **F)

    C('f30-req-en-food-policy-institute-consultation', 'gmail', 'Aditi Raghunathan', 'a.raghunathan@afpi.org.sg',
      'Consultation request: sampling frame for a rice farmer survey', T('''
        Dear PST team,

        I am Dr. Aditi Raghunathan, a research fellow at the Asia Food Policy Institute in Singapore. We are designing a small household survey on rice farmers' adoption of alternate wetting and drying irrigation in three Balinese regencies, including Jembrana, and would value a consultation with your statisticians on:

        - a suitable sampling frame for farm households at the subak or village level;
        - whether the 2023 Agricultural Census listing can be used to select villages, and under what conditions;
        - the definitions we should follow so that our estimates are comparable with official figures.

        A one-hour video call at your convenience would be ideal.

        Best regards,
        Aditi
        '''), name='Dr. Aditi Raghunathan', inst='Asia Food Policy Institute', lang='en', **F)

    # ================================================================================================
    # New requests: government offices, villages, health, schools
    # ================================================================================================
    C('f30-req-dinkes-letter-outlook-numbered', 'outlook', 'Dinas Kesehatan Jembrana', 'dinkes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 1, Negara

        Nomor    : 400.7/2314/Dinkes/2026
        Sifat    : Biasa
        Lampiran : -
        Hal      : Permohonan Data

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
             Tempat

        Dengan hormat,

        Dalam rangka penetapan sasaran program kesehatan ibu dan anak serta imunisasi tahun 2027, Dinas Kesehatan Kabupaten Jembrana memohon bantuan data sebagai berikut:
        1. jumlah penduduk menurut umur tunggal 0-5 tahun per desa/kelurahan, 2025;
        2. proyeksi jumlah bayi lahir hidup per kecamatan, 2026-2027;
        3. jumlah perempuan usia subur (15-49 tahun) per kecamatan, 2025.

        Data mohon dapat dikirim dalam format Excel ke alamat surel ini. Demikian kami sampaikan, atas kerja sama yang baik kami ucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. Anak Agung Ngurah Bagus Mahendra, M.Kes.
        Pembina Utama Muda
        NIP 19750812 200501 1 009
        '''), name='dr. Anak Agung Ngurah Bagus Mahendra', inst='Dinas Kesehatan Kabupaten Jembrana', **F)

    C('f30-req-fwd-office-address-radio-journalist', 'gmail', 'BPS Kabupaten Jembrana', 'bps5101@bps.go.id',
      'Fwd: Permintaan data harga untuk liputan akhir tahun', T('''
        Mohon ditindaklanjuti lewat PST ya, terima kasih.

        ---------- Forwarded message ---------
        From: Kadek Ari Pranata <aripranata.jurnalis@gmail.com>
        Date: Sat, Nov 21, 2026 at 7:41 PM
        Subject: Permintaan data harga untuk liputan akhir tahun
        To: <bps5101@bps.go.id>


        Selamat malam Bapak/Ibu,

        Saya Kadek Ari Pranata, wartawan Radar Jembrana Online. Untuk liputan akhir tahun mengenai harga kebutuhan pokok menjelang Galungan dan Natal, saya mohon data:
        - perkembangan harga beras, cabai rawit dan bawang merah di Kabupaten Jembrana selama 2026;
        - inflasi Provinsi Bali dan kota IHK terdekat, Januari-Oktober 2026.

        Jika memungkinkan, saya juga ingin wawancara singkat dengan statistisi.

        Salam,
        Kadek Ari Pranata
        Radar Jembrana Online
        '''), name='Kadek Ari Pranata', inst='Radar Jembrana Online', **F)

    C('f30-req-fw-head-disposition-koperindag', 'outlook', 'Made Widiasa', 'madewidiasa@jembranakab.go.id',
      'FW: Data IKM untuk penyusunan RPIK', T('''
        Selamat pagi Bapak/Ibu PST,

        Meneruskan disposisi pimpinan di bawah. Saya Made Widiasa, analis perdagangan pada Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kabupaten Jembrana. Kami memerlukan data jumlah industri mikro dan kecil menurut KBLI 2 digit dan kecamatan, beserta jumlah tenaga kerjanya, tahun 2022-2025, untuk penyusunan Rencana Pembangunan Industri Kabupaten.

        Terima kasih.

        Salam,
        I Made Widiasa, S.E.
        Analis Perdagangan Ahli Pertama

        -----Original Message-----
        From: Kadis Koperindag Jembrana <kadis.koperindag@jembranakab.go.id>
        Sent: Friday, November 20, 2026 3:12 PM
        To: Made Widiasa <madewidiasa@jembranakab.go.id>
        Subject: Data IKM untuk penyusunan RPIK

        Pak Made, tolong mintakan data IKM terbaru ke BPS untuk bahan RPIK. Paling lambat akhir bulan ini.

        Ttd
        Kadis
        '''), name='I Made Widiasa', inst='Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kabupaten Jembrana', **F)

    C('f30-req-banyuwangi-fisheries-javanese-greeting', 'gmail', 'Bambang Setyo Nugroho', 'bambangsn.diskan@gmail.com',
      'Permohonan data perikanan lemuru Selat Bali', T('''
        Sugeng enjing, salam sejahtera Bapak/Ibu.

        Nyuwun sewu, kula Bambang Setyo Nugroho, staf Bidang Perikanan Tangkap pada Dinas Perikanan Kabupaten Banyuwangi. Kami sedang menyiapkan bahan rapat koordinasi pengelolaan perikanan lemuru Selat Bali bersama pemerintah Provinsi Bali dan Provinsi Jawa Timur.

        Mohon bantuan data produksi ikan lemuru Kabupaten Jembrana per bulan tahun 2019-2025 dan jumlah armada purse seine yang berpangkalan di Pengambengan.

        Matur nuwun atas kerja samanya.

        Salam,
        Bambang S.N.
        '''), name='Bambang Setyo Nugroho', inst='Dinas Perikanan Kabupaten Banyuwangi', **F)

    C('f30-req-kodim-officer-rank-title', 'gmail', 'Gede Arsana', 'pasiter.kodim1617@gmail.com',
      'Mohon data lahan pertanian untuk program ketahanan pangan', T('''
        Selamat siang, izin Bapak/Ibu.

        Mohon izin, saya Kapten Inf I Gede Arsana, Pasiter Kodim 1617/Jembrana. Dalam rangka mendukung program ketahanan pangan dan optimalisasi lahan tidur bersama Babinsa, kami memohon data:

        1. luas lahan sawah dan lahan bukan sawah per kecamatan, tahun terbaru;
        2. luas panen dan produksi padi serta jagung per kecamatan, 2023-2025;
        3. jumlah rumah tangga petani gurem per kecamatan (ST2023).

        Demikian, atas bantuannya kami ucapkan terima kasih.
        '''), name='Kapten Inf I Gede Arsana', inst='Kodim 1617/Jembrana', **F)

    C('f30-req-land-office-letter-pdf', 'outlook', 'Kantah Kabupaten Jembrana', 'kantah.jembrana@atrbpn.go.id',
      'Permohonan data untuk kegiatan konsolidasi tanah', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dengan hormat, bersama ini kami sampaikan surat Kepala Kantor Pertanahan Kabupaten Jembrana Nomor MP.01.02/1187-51.01/XI/2026 perihal permohonan data pendukung kegiatan konsolidasi tanah tahun anggaran 2027 (terlampir). Secara ringkas, data yang kami perlukan adalah jumlah penduduk, jumlah rumah tangga dan kepadatan penduduk per desa di Kecamatan Melaya dan Kecamatan Negara, tahun 2025.

        Atas perhatiannya kami ucapkan terima kasih.

        Hormat kami,
        Ni Putu Eka Rusmayanti, S.Kom.
        Penata Kadastral Pertama
        Kantor Pertanahan Kabupaten Jembrana
        '''), name='Ni Putu Eka Rusmayanti', inst='Kantor Pertanahan Kabupaten Jembrana',
      attachments=[PDF('Surat Permohonan Data Konsolidasi Tanah 2027.pdf')], **F)

    C('f30-req-plain-village-kaur-perencanaan', 'plain', 'Pemdes Yehembang Kauh', 'pemdes.yhkauh@gmail.com',
      'Permohonan data profil desa', T('''
        Selamat siang Bapak/Ibu,

        Kami dari Pemerintah Desa Yehembang Kauh sedang memperbarui profil desa dan menyusun RPJMDes 2027-2032. Mohon dibantu data jumlah penduduk menurut kelompok umur dan jenis kelamin, jumlah rumah tangga, serta jumlah rumah tangga usaha pertanian di Desa Yehembang Kauh hasil ST2023.

        Terima kasih. Salam.

        Kaur Perencanaan,
        Ni Luh Putu Armini

        Dikirim dari perangkat Android saya
        '''), name='Ni Luh Putu Armini', inst='Pemerintah Desa Yehembang Kauh', **F)

    C('f30-req-yahoo-subak-pekaseh-rainfall', 'yahoo', 'made sudira', 'madesudira1964@yahoo.co.id',
      'mohon data curah hujan', T('''
        Om Swastyastu,

        Bapak/Ibu yang terhormat, tiang I Made Sudira, pekaseh Subak Yeh Santang di Desa Pohsanten, Kecamatan Mendoyo. Tahun ini banyak anggota subak kami gagal panen karena air kurang. Kami mau mengajukan usulan perbaikan bendung ke dinas, dan diminta melampirkan data curah hujan bulanan di Kecamatan Mendoyo lima tahun terakhir serta luas panen padi di Desa Pohsanten.

        Mohon maaf kalau tiang salah alamat. Suksma.

        I Made Sudira
        Pekaseh Subak Yeh Santang

        Dikirim dari Yahoo Mail di Android
        '''), name='I Made Sudira', inst='Subak Yeh Santang', **F)

    C('f30-req-lpd-photo-of-letter-jpg', 'plain', 'wayan karsa', 'wayankarsa.lpd@gmail.com', 'surat permohonan data', T('''
        Om Swastyastu,

        Bapak/Ibu, saya I Wayan Karsa, Ketua LPD Desa Adat Tegalcangkring. Surat permohonan data dari LPD kami saya foto dan lampirkan di email ini, karena scanner di kantor sedang rusak. Mohon maaf kalau fotonya kurang jelas. Suksma.

        Dikirim dari perangkat Android saya
        '''), name='I Wayan Karsa', inst='LPD Desa Adat Tegalcangkring',
      attachments=[JPG('IMG_20261123_083512.jpg')], **F)

    C('f30-req-rsu-nurse-ns-title', 'gmail', 'Sri Padmawati', 'padmawati.rsdu@gmail.com',
      'Data penduduk lansia untuk perencanaan poliklinik geriatri', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan, saya Ns. Luh Gede Sri Padmawati, S.Kep., kepala ruang rawat inap di RSU Dharma Usadha Negara. Manajemen rumah sakit berencana membuka poliklinik geriatri terpadu tahun 2027, dan saya diminta menyiapkan kajian kebutuhannya.

        Mohon dibantu data:
        1. jumlah penduduk umur 60 tahun ke atas per kecamatan dan jenis kelamin, 2020-2025;
        2. persentase lansia yang mempunyai keluhan kesehatan dan yang memiliki jaminan kesehatan (Susenas), Kabupaten Jembrana;
        3. proyeksi jumlah penduduk lansia sampai 2035.

        Terima kasih, semoga sehat selalu.

        Salam,
        Sri Padmawati
        '''), name='Ns. Luh Gede Sri Padmawati', inst='RSU Dharma Usadha Negara', **F)

    C('f30-req-puskesmas-midwife-yahoo', 'yahoo', 'kadek suartini', 'kdsuartini.bidan@yahoo.com',
      'Mohon data jumlah balita dan ibu hamil', T('''
        Selamat siang,

        Saya Bd. Ni Kadek Suartini, bidan koordinator di UPTD Puskesmas Melaya II. Kami sedang menyusun Perencanaan Tingkat Puskesmas (PTP) 2027 dan membutuhkan data jumlah penduduk, jumlah balita dan perkiraan jumlah ibu hamil di desa-desa wilayah kerja kami (Desa Blimbingsari, Desa Ekasari, Desa Nusasari dan Desa Candikusuma) tahun 2025.

        Terima kasih banyak atas bantuan Bapak/Ibu.

        Salam sehat,
        Bd. Ni Kadek Suartini, S.Tr.Keb.

        Dikirim dari Yahoo Mail di Android
        '''), name='Bd. Ni Kadek Suartini', inst='UPTD Puskesmas Melaya II', **F)

    C('f30-req-sma-geography-teacher-drs', 'gmail', 'Nyoman Wirata', 'nyomanwirata.geo@gmail.com',
      'Permohonan data untuk pembelajaran geografi kependudukan', T('''
        Selamat pagi,

        Saya Drs. I Nyoman Wirata, guru Geografi di SMA Negeri 2 Negara. Pada semester genap nanti kelas XI akan mempelajari dinamika kependudukan, dan saya ingin siswa berlatih menghitung sendiri kepadatan penduduk, rasio jenis kelamin dan rasio ketergantungan dari data daerahnya sendiri.

        Mohon kiranya dikirimi data jumlah penduduk menurut kecamatan, jenis kelamin dan kelompok umur lima tahunan, Kabupaten Jembrana 2020 dan 2025, serta luas wilayah tiap kecamatan.

        Terima kasih atas bantuannya.

        Salam hormat,
        Drs. I Nyoman Wirata
        '''), name='Drs. I Nyoman Wirata', inst='SMA Negeri 2 Negara', **F)

    C('f30-req-smp-pupil-group-task-iphone', 'iphone', 'gek sinta', 'geksinta.2011@icloud.com', 'tugas IPS kak', T('''
        permisi kak, selamat sore 🙏
        aku Ni Putu Sinta Maharani dari SMPN 3 Melaya kelas 9B. aku dapet tugas IPS kelompok disuruh cari data jumlah penduduk sama jumlah petani di desa aku, desa Tuwed kak. tahun 2024 atau 2025 aja kak gpp
        makasih kakk 🙏🙏

        Dikirim dari iPhone saya
        '''), name='Ni Putu Sinta Maharani', inst='SMPN 3 Melaya', **F)

    C('f30-req-parish-priest-thunderbird', 'thunderbird', 'Paroki Palasari', 'paroki.styosef.palasari@gmail.com',
      'Permohonan data untuk program sosial paroki', T('''
        Salam damai Kristus,

        Yth. Bapak/Ibu Pimpinan BPS Kabupaten Jembrana,

        Saya Yohanes Made Suarjana, pastor kepala Paroki Santo Yosef Palasari. Seksi Pengembangan Sosial Ekonomi paroki kami sedang merencanakan program beasiswa dan pendampingan usaha bagi keluarga kurang mampu di Desa Ekasari dan sekitarnya, tanpa membedakan agama.

        Agar program tepat sasaran, kami mohon bantuan data persentase penduduk miskin Kabupaten Jembrana 2020-2025, angka partisipasi sekolah menurut kelompok umur, serta jumlah penduduk per desa di Kecamatan Melaya.

        Berkah Dalem.

        Yohanes Made Suarjana, Pr.
        '''), name='Yohanes Made Suarjana', inst='Paroki Santo Yosef Palasari', wrap=74, **F)

    # ================================================================================================
    # New requests: companies, media, NGOs, cooperatives, foreign bodies
    # ================================================================================================
    C('f30-req-cold-storage-surabaya-disclaimer', 'outlook', 'Felicia Gunawan', 'felicia.gunawan@rejekilaut.co.id',
      'Request data produksi ikan Pengambengan', T('''
        Dear Bapak/Ibu,

        Perkenalkan saya Felicia Gunawan dari CV Rejeki Laut Mandiri, perusahaan cold storage dan eksportir ikan beku yang berbasis di Surabaya. Kami sedang mengkaji rencana pembukaan unit cold storage di sekitar pelabuhan perikanan Pengambengan.

        Mohon bantuan data:
        1. produksi ikan laut yang didaratkan di Kabupaten Jembrana menurut jenis, 2020-2025 (per bulan kalau ada);
        2. jumlah unit pengolahan ikan di Kecamatan Negara;
        3. nilai ekspor hasil perikanan dari Jembrana, jika tersedia.

        Thank you and best regards,

        Felicia Gunawan
        Business Development
        CV Rejeki Laut Mandiri
        Jl. Kalimas Baru No. 88, Surabaya

        CONFIDENTIALITY NOTICE: The information contained in this email is confidential and intended only for the named recipient. Any unauthorised use, disclosure or copying is prohibited. If you are not the intended recipient, please notify the sender and delete this email.
        '''), name='Felicia Gunawan', inst='CV Rejeki Laut Mandiri', **F)

    C('f30-req-bpd-bank-officer-footer', 'gmail', 'Eka Adnyana', 'ekaadnyana.bpd@gmail.com',
      'Permohonan Data Sektor Unggulan untuk Rencana Penyaluran KUR', T('''
        Om Swastyastu,

        Dengan hormat, saya I Putu Eka Adnyana, account officer mikro pada PT Bank Pembangunan Daerah Bali Cabang Negara. Dalam rangka penyusunan rencana penyaluran Kredit Usaha Rakyat tahun 2027, kami memerlukan data:

        1. PDRB Kabupaten Jembrana menurut lapangan usaha atas dasar harga konstan, 2020-2025;
        2. jumlah usaha mikro dan kecil menurut kecamatan dan lapangan usaha;
        3. jumlah rumah tangga usaha pertanian per kecamatan (ST2023).

        Suksma atas bantuannya.

        Salam,
        Eka Adnyana
        Account Officer Mikro
        Telp. (0365) 41xxx

        --
        Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. PT Bank Pembangunan Daerah Bali tidak pernah meminta data pribadi, PIN atau kode OTP melalui email.
        '''), name='I Putu Eka Adnyana', inst='PT Bank Pembangunan Daerah Bali Cabang Negara', **F)

    C('f30-req-tv-contributor-iphone-abbrev', 'iphone', 'Fransiska Nara', 'fransiskanara.tv@icloud.com',
      'Mohon data pengangguran utk berita', T('''
        Selamat siang Pak/Bu. Sy Fransiska Nara Bunga, kontributor Bali Satu TV utk wilayah Jembrana. Bsk pagi sy ada liputan ttg lulusan SMK yg blm dpt kerja. Boleh minta data tingkat pengangguran terbuka Jembrana 2023-2025 menurut pendidikan? Klo bisa hr ini krn deadline tayang 🙏 Trims

        Dikirim dari iPhone saya
        '''), name='Fransiska Nara Bunga', inst='Bali Satu TV', **F)

    C('f30-req-en-bangkok-correspondent-signature-only', 'gmail', 'Pimchanok Srisawat', 'pimchanok@mekongledger.com',
      'Media inquiry: rice farming and ageing farmers in Jembrana', T('''
        Hello,

        I am a Bangkok-based correspondent for an English-language news site covering agriculture and climate across Southeast Asia, and I am working on a feature comparing ageing rice farmers in Thailand's Isan region and in Bali.

        Could your office share:
        1. the age distribution of farmers in Jembrana from the 2023 Agricultural Census;
        2. rice harvested area and production in Jembrana over the last ten years?

        I would also welcome a short interview, by phone or video, with a statistician who can explain the figures.

        Thank you very much,

        Pimchanok Srisawat
        Southeast Asia Correspondent
        The Mekong Ledger
        '''), name='Pimchanok Srisawat', inst='The Mekong Ledger', lang='en', **F)

    C('f30-req-en-consulate-economic-officer', 'outlook', "O'Donnell, Rebecca", 'rebecca.odonnell@dfat.gov.au',
      'Economic statistics for Jembrana - briefing request', T('''
        Dear colleagues,

        I work in the economic section of the Australian Consulate-General in Bali and am preparing a short briefing on the western Bali economy ahead of a visit by an Australian trade delegation interested in aquaculture and food processing.

        I would be grateful for:
        - GRDP of Jembrana by industry at current prices, 2021-2025, and its annual growth rate;
        - the open unemployment rate and the poverty rate, 2021-2025;
        - production of farmed shrimp in Jembrana, if available.

        Many thanks in advance.

        Kind regards,

        Rebecca O'Donnell
        Senior Economic Officer
        Australian Consulate-General in Bali
        Jalan Tantular No. 32, Renon, Denpasar
        '''), name="Rebecca O'Donnell", inst='Australian Consulate-General in Bali', lang='en', **F)

    C('f30-req-html-only-coastal-foundation', 'html_only', 'Yayasan Pesisir Lestari', 'info.pesisirlestari@gmail.com',
      'Permohonan data mangrove dan penduduk pesisir', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Perkenankan saya Ni Wayan Ayu Sriasih, koordinator program di Yayasan Pesisir Lestari Bali. Kami tengah menyiapkan program rehabilitasi mangrove berbasis masyarakat di Desa Perancak, Desa Budeng dan Desa Candikusuma untuk periode 2027-2029.

        Kami mohon bantuan data:
        - jumlah penduduk dan rumah tangga untuk tiga desa tersebut, 2020-2025;
        - jumlah rumah tangga perikanan (tangkap dan budidaya) di Kecamatan Jembrana dan Kecamatan Melaya;
        - luas kawasan mangrove, bila BPS memiliki datanya.

        Suksma atas perhatiannya.

        Om Santih, Santih, Santih Om

        Ni Wayan Ayu Sriasih
        Koordinator Program
        Yayasan Pesisir Lestari Bali
        '''), name='Ni Wayan Ayu Sriasih', inst='Yayasan Pesisir Lestari Bali', **F)

    C('f30-req-fisher-cooperative-chair-haji', 'gmail', 'KSU Segara Amerta', 'ksusegaraamerta@gmail.com',
      'Permohonan data untuk proposal dana bergulir', T('''
        Assalamualaikum wr. wb. / Om Swastyastu,

        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Koperasi Serba Usaha Segara Amerta Desa Pengambengan, yang beranggotakan 236 nelayan dan pengolah ikan, bermaksud mengajukan proposal pinjaman dana bergulir. Salah satu persyaratannya adalah data pendukung kondisi ekonomi wilayah. Untuk itu kami mohon data:
        1. jumlah rumah tangga nelayan di Kecamatan Negara, 2023;
        2. produksi perikanan tangkap di Kabupaten Jembrana, 2021-2025;
        3. rata-rata pendapatan atau pengeluaran rumah tangga nelayan, bila ada.

        Atas bantuannya kami ucapkan terima kasih.

        Hormat kami,
        Pengurus KSU Segara Amerta
        Ketua,

        H. Moch. Ridwan Assegaf
        '''), name='H. Moch. Ridwan Assegaf', inst='Koperasi Serba Usaha Segara Amerta Desa Pengambengan', **F)

    C('f30-req-hotel-association-anak-agung', 'gmail', 'PHRI Jembrana', 'phri.jembrana@gmail.com',
      'Permohonan data tingkat hunian hotel', T('''
        Om Swastyastu,

        Saya Anak Agung Gede Raka Wiradharma, Ketua BPC PHRI Kabupaten Jembrana. Menjelang rapat kerja cabang, kami ingin memaparkan kondisi usaha akomodasi di Jembrana kepada anggota dan pemerintah daerah.

        Mohon bantuan data tingkat penghunian kamar (TPK) hotel bintang dan nonbintang, rata-rata lama menginap tamu, serta jumlah tamu asing dan domestik per bulan di Kabupaten Jembrana, 2023-2025.

        Suksma.

        Om Santih, Santih, Santih Om

        A.A. Gede Raka Wiradharma
        '''), name='Anak Agung Gede Raka Wiradharma', inst='BPC PHRI Kabupaten Jembrana', **F)

    C('f30-req-agritech-startup-code-switching', 'gmail', 'Jessica Tanuwidjaja', 'jessica@panenkita.id',
      'Data harga & produksi cabai for our pricing model', T('''
        Hi Bapak/Ibu,

        Aku Jessica Tanuwidjaja, data analyst di PanenKita, startup agritech yang connect petani hortikultura langsung ke buyer di Denpasar dan Surabaya. Kita lagi build pricing model untuk cabai dan bawang merah, dan Jembrana jadi salah satu supply area yang mau kita cover tahun depan.

        Boleh minta data ini?
        - harga produsen cabai rawit & cabai merah besar, monthly, 2020-2025 (Provinsi Bali juga gpp kalau kabupaten tdk ada);
        - luas panen & produksi cabai per kecamatan di Jembrana;
        - jumlah rumah tangga usaha hortikultura (ST2023).

        Thanks a lot ya, really appreciate it 🙏

        Best,
        Jessica
        '''), name='Jessica Tanuwidjaja', inst='PanenKita', **F)

    C('f30-req-amdal-consultant-docx-list', 'outlook', 'Rizky Ananda Putra', 'rizky.ananda@ciptakaryakonsultan.co.id',
      'Permohonan data rona lingkungan awal - rencana pabrik pakan ikan', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Kami dari CV Cipta Karya Konsultan, penyusun dokumen AMDAL, sedang menyiapkan dokumen untuk rencana pembangunan pabrik pakan ikan di Desa Tegalbadeng Barat. Untuk bagian rona lingkungan awal komponen sosial ekonomi, kami memerlukan data sebagaimana tercantum dalam daftar terlampir (format Word), antara lain data kependudukan, ketenagakerjaan dan mata pencaharian di Kecamatan Negara.

        Terima kasih atas kerja samanya.

        Salam,
        Rizky Ananda Putra
        Tenaga Ahli Sosial Ekonomi
        CV Cipta Karya Konsultan
        '''), name='Rizky Ananda Putra', inst='CV Cipta Karya Konsultan',
      attachments=[DOCX('Daftar Kebutuhan Data Rona Awal Sosekbud.docx')], **F)

    # ================================================================================================
    # New requests missing the name, the institution and/or a concrete need
    # ================================================================================================
    C('f30-req-no-name-no-inst-android-chat', 'plain', 'Hp Samsung', 'kadekyoga.ngr@gmail.com', 'data', T('''
        Pagi.. mau minta data jumlah penduduk desa pengambengan th 2025 dong, sama yg laki2 perempuan nya. Mksh

        Dikirim dari perangkat Android saya
        '''), **F)

    C('f30-req-chili-trader-name-only', 'gmail', 'Rudi Hartono', 'rudihartono.cabe@gmail.com', 'Tanya harga cabai', T('''
        Selamat siang,

        Saya Rudi Hartono, pedagang sayur dan cabai, biasa ambil barang dari petani di Melaya untuk dikirim ke Jawa. Saya mau minta data harga cabai rawit di tingkat petani di Jembrana per bulan dari tahun 2023 sampai sekarang, kalau ada. Buat pegangan saya kalau nego harga.

        Terima kasih.
        Rudi
        '''), name='Rudi Hartono', **F)

    C('f30-req-vague-undiknas-mau-nanya-iphone', 'iphone', 'Ayu', 'ayumahadewi.m@icloud.com', 'halo kak', T('''
        halo kak, sy Ayu Mahadewi mhs Undiknas. mau nanya2 dong kak soal data buat skripsi, bisa dibantu gak ya? gmn caranya? hehe makasih kak

        Dikirim dari iPhone saya
        '''), name='Ayu Mahadewi', inst='Undiknas', req=False, **F)

    C('f30-req-youth-organisation-no-person', 'gmail', 'Karang Taruna Eka Dharma', 'kt.ekadharma.banyubiru@gmail.com',
      'Permohonan data kepemudaan', T('''
        Salam Pemuda!

        Selamat pagi Bapak/Ibu. Kami dari Karang Taruna Eka Dharma Desa Banyubiru ingin mengadakan pelatihan kewirausahaan digital untuk pemuda desa pada awal 2027. Untuk proposal ke pemerintah desa, kami mohon data jumlah penduduk usia 16-30 tahun di Desa Banyubiru menurut jenis kelamin, serta tingkat pengangguran pemuda di Kabupaten Jembrana tahun 2025.

        Terima kasih banyak.

        Salam,
        Sekretariat Karang Taruna Eka Dharma
        '''), inst='Karang Taruna Eka Dharma Desa Banyubiru', **F)

    C('f30-req-vague-en-relocating-family', 'gmail', 'Thomas Verhoeven', 'thomas.verhoeven@ziggo.nl', 'Question', T('''
        Hello,

        My name is Thomas Verhoeven. My wife and I are thinking of moving to West Bali with our two children next year, and a friend told me your office is the place to ask about the area. What sort of information can you give to people in our situation?

        Thanks and regards,
        Thomas
        '''), name='Thomas Verhoeven', req=False, lang='en', **F)

    C('f30-req-nothing-bisa-minta-tolong-yahoo', 'yahoo', 'bunga', 'bunga_matahari88@yahoo.com', 'permisi', T('''
        Selamat siang, bisa minta tolong? Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), req=False, **F)

    C('f30-req-form-pribadi-boarding-house', 'outlook', 'Hendra Kusnadi', 'hendra.kusnadi71@outlook.com',
      'Permohonan data - rencana usaha', T('''
        Selamat sore Bapak/Ibu,

        Dengan ini saya mengajukan permohonan data sebagai berikut:

        Nama       : Hendra Kusnadi
        Instansi   : pribadi
        Pekerjaan  : wiraswasta
        Keperluan  : rencana investasi rumah kos di Kota Negara
        Data       : jumlah penduduk pendatang/perantau dan jumlah rumah tangga menurut status kepemilikan rumah di Kecamatan Negara, tahun terbaru

        Terima kasih atas bantuannya.
        '''), name='Hendra Kusnadi', **F)

    C('f30-req-student-no-campus-named', 'gmail', 'Dwi Ratnasari', 'dwiratnasari.akt@gmail.com',
      'Mohon data PDRB untuk tugas kuliah', T('''
        Selamat malam Bapak/Ibu,

        Saya mahasiswi semester 5 jurusan Akuntansi yang sedang mengerjakan tugas mata kuliah Perekonomian Indonesia. Nama saya Dwi Ratnasari. Dosen meminta kami menganalisis struktur ekonomi satu kabupaten, dan saya memilih Jembrana karena kampung halaman ibu saya.

        Bolehkah saya minta data PDRB Kabupaten Jembrana atas dasar harga berlaku menurut lapangan usaha tahun 2021-2025 beserta laju pertumbuhannya?

        Terima kasih banyak.

        Dwi
        '''), name='Dwi Ratnasari', **F)

    C('f30-req-html-only-distributor-no-person', 'html_only', 'PT Nusa Distribusi Pangan', 'marketing@nusadistribusipangan.co.id',
      'Permohonan data rumah tangga dan pengeluaran per kecamatan', T('''
        Kepada Yth.
        Tim Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana

        Dengan hormat,

        PT Nusa Distribusi Pangan berencana memperluas jaringan distribusi produk makanan ringan dan minuman kemasan ke seluruh kecamatan di Kabupaten Jembrana pada tahun 2027. Sehubungan dengan itu, kami mohon data jumlah rumah tangga per kecamatan tahun 2025 dan rata-rata pengeluaran per kapita sebulan untuk makanan dan minuman jadi di Kabupaten Jembrana.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        Tim Pemasaran Wilayah Bali-Nusra
        PT Nusa Distribusi Pangan
        '''), inst='PT Nusa Distribusi Pangan', **F)

    C('f30-req-vague-latin1-cooperation-unwira', 'latin1', 'Agustinus Wellem Lay', 'awlay@unwira.ac.id',
      'Penjajakan kerja sama penelitian', T('''
        Selamat siang Bapak/Ibu,

        Saya Agustinus Wellem Lay, dosen Fakultas Ekonomi dan Bisnis Universitas Katolik Widya Mandira di Kupang. Kami berminat menjajaki kemungkinan kerja sama penelitian dengan BPS Kabupaten Jembrana, mengingat kemiripan karakter wilayah pesisir Jembrana dengan beberapa kabupaten di NTT.

        Mohon informasi kepada siapa kami sebaiknya menghubungi untuk membicarakan hal ini lebih lanjut.

        Terima kasih.

        Salam,
        Agustinus Wellem Lay
        '''), name='Agustinus Wellem Lay', inst='Universitas Katolik Widya Mandira', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f30-reply-identity-after-ask-undip', 'gmail', 'dewi anggraeni', 'dewianggraeni.ms@gmail.com', 'Re: ' + SUBJ_ASK % 3001, T('''
        Selamat siang, mohon maaf sebelumnya karena kemarin langsung menulis permintaan tanpa perkenalan.

        Nama lengkap saya Dewi Anggraeni Saputri, mahasiswa Magister Ilmu Lingkungan Universitas Diponegoro, Semarang. Data yang saya minta akan dipakai untuk tesis tentang pengelolaan sampah di kawasan pesisir.

        Terima kasih.
        '''), kind='reply', name='Dewi Anggraeni Saputri', inst='Universitas Diponegoro', req=False,
      ticket='PST-2026-03001', quote=gq(ASK, 'id'), **rp(3001), **F)

    C('f30-reply-iphone-siap-ditunggu-no-name', 'iphone', 'gek sinta', 'geksinta.2011@icloud.com', 'Re: ' + SUBJ_ACK % 3002, T('''
        oke siap kak ditunggu yaa, makasih 🙏🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-03002',
      quote=iq(ACK % (3002, 'Ni Putu Sinta Maharani', 'SMPN 3 Melaya', 'Jumlah penduduk dan petani Desa Tuwed 2024-2025')),
      **rp(3002), **F)

    C('f30-reply-outlook-thanks-asks-earlier-years', 'outlook', 'Komang Adi Wiguna', 'adiwiguna@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 3003, T('''
        Selamat siang Bapak/Ibu,

        Terima kasih, data IPM dan komponennya sudah kami terima. Apakah tersedia juga seri yang sama untuk tahun 2010-2014 dengan metode baru (back casting)? Kami memerlukannya untuk grafik tren di dokumen RPJPD.

        Salam,
        Komang Adi Wiguna
        Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana
        '''), kind='reply', name='Komang Adi Wiguna', inst='Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana',
      req=True, ticket='PST-2026-03003',
      quote=oq(DELIV_ID % 3003, 'Komang Adi Wiguna <adiwiguna@jembranakab.go.id>', SUBJ_DATA % 3003, 'id'),
      **rp(3003), **F)

    C('f30-reply-yahoo-sends-cover-letter', 'yahoo', 'Yulianus Kogoya', 'yulianus.kogoya@yahoo.com', 'Re: ' + SUBJ_LETTER % 3004, T('''
        Selamat pagi Bapak Ibu,

        Sa kirim surat pengantar dari kampus, sudah ditandatangani ketua jurusan. Maaf agak lama karena harus tunggu beliau pulang dari Wamena.

        Trima kasih,
        Yulianus Kogoya

        Dikirim dari Yahoo Mail di Android
        '''), kind='reply', name='Yulianus Kogoya', req=False, ticket='PST-2026-03004', quote=yq(LETTER_ID % 3004),
      attachments=[PDF('Surat Pengantar PWK USTJ - Yulianus Kogoya.pdf')], **rp(3004), **F)

    C('f30-reply-thunderbird-bottom-definition-question', 'thunderbird', 'Hendrik Sapulette', 'hend011@brin.go.id',
      'Re: ' + SUBJ_DATA % 3005, tq(DELIV_ID % 3005) + '\n\n' + T('''
        Terima kasih banyak atas kiriman datanya.

        Satu pertanyaan lanjutan: pada tabel penduduk bekerja menurut lapangan usaha, apakah pekerja yang tinggal di Jembrana tetapi bekerja di hotel di Kabupaten Badung tercatat pada kategori penyediaan akomodasi, atau dikelompokkan menurut lokasi tempat kerjanya? Dan apakah tersedia rincian menurut status pekerjaan utama?

        Salam,
        Hendrik
        '''), kind='reply', name='Hendrik', req=True, ticket='PST-2026-03005', **rp(3005), **F)

    C('f30-reply-en-thanks-signature-aarhus', 'gmail', 'Søren Ågård Nielsen', 'soren.agaard@cas.au.dk', 'Re: ' + SUBJ_DATA % 3006, T('''
        Dear colleagues,

        Received with many thanks - the village tables are exactly what I needed. I will cite BPS Kabupaten Jembrana properly in the article.

        Best wishes,
        Søren Ågård Nielsen
        Aarhus University
        '''), kind='reply', name='Søren Ågård Nielsen', inst='Aarhus University', req=False, lang='en',
      ticket='PST-2026-03006', quote=gq(DELIV_EN % 3006, when='Wed, Nov 25, 2026 at 1:47 PM'), **rp(3006), **F)

    C('f30-reply-new-mail-status-ticket-in-body', 'gmail', 'Stevanus Pattiasina', 'stevanus.pattiasina21@gmail.com',
      'Menanyakan perkembangan permohonan data', T('''
        Selamat pagi Bapak/Ibu,

        Saya Stevanus Pattiasina, mahasiswa Universitas Pattimura. Pada tanggal 16 November saya mengirim permohonan data perikanan tangkap dan menerima nomor tiket PST-2026-03007. Sampai hari ini saya belum menerima kabar lanjutan. Mohon informasi apakah datanya sudah dapat dikirim, karena jadwal seminar hasil saya tanggal 10 Desember.

        Terima kasih, Tuhan memberkati.

        Stevanus
        '''), kind='reply', name='Stevanus Pattiasina', inst='Universitas Pattimura', req=False,
      ticket='PST-2026-03007', **F)

    C('f30-reply-samsung-identity-fisher-group', 'plain', 'Gede Wirawan Jr', 'gedewirawan.jr@gmail.com', 'Re: ' + SUBJ_ASK % 3008, T('''
        Maaf pak bu, sy Ketut Wirawan, ketua Kelompok Nelayan Segara Kertih Desa Yeh Kuning. Sy tdk pny email sendiri, ini email anak sy. Data nya utk usulan bantuan mesin perahu ke dinas. Mksh

        Dikirim dari perangkat Samsung Galaxy saya
        ''') + '\n' + sq(ASK, SUBJ_ASK % 3008), kind='reply', name='Ketut Wirawan',
      inst='Kelompok Nelayan Segara Kertih Desa Yeh Kuning', req=False, ticket='PST-2026-03008', **rp(3008), **F)

    C('f30-reply-outlook-en-copies-colleague', 'outlook', "O'Donnell, Rebecca", 'rebecca.odonnell@dfat.gov.au',
      'RE: ' + SUBJ_ACK % 3009, T('''
        Dear PST team,

        Thank you for the acknowledgement. I have copied my colleague Dr. Marcus Lee, who will be handling the briefing while I am on leave next week - could you please include him when you send the data?

        Kind regards,

        Rebecca O'Donnell
        Senior Economic Officer
        Australian Consulate-General in Bali
        '''), kind='reply', name="Rebecca O'Donnell", inst='Australian Consulate-General in Bali', req=False, lang='en',
      ticket='PST-2026-03009',
      quote=oq(ACK % (3009, "Rebecca O'Donnell", 'Australian Consulate-General in Bali',
                      'PDRB menurut lapangan usaha; TPT; kemiskinan; produksi udang budidaya'),
               "O'Donnell, Rebecca <rebecca.odonnell@dfat.gov.au>", SUBJ_ACK % 3009), **rp(3009), **F)

    C('f30-reply-html-only-wants-village-level', 'html_only', 'Pemdes Yehembang Kauh', 'pemdes.yhkauh@gmail.com',
      'Re: ' + SUBJ_DATA % 3010, T('''
        Selamat siang, terima kasih kirimannya.

        Tetapi yang kami perlukan sebenarnya data per dusun/banjar di Desa Yehembang Kauh, bukan per kecamatan. Kalau per banjar tidak ada, mohon dikirimi jumlah penduduk menurut kelompok umur untuk desa kami saja, tahun 2025.

        Salam,
        Ni Luh Putu Armini
        '''), kind='reply', name='Ni Luh Putu Armini', req=True, ticket='PST-2026-03010',
      quote=gq(DELIV_ID % 3010, 'id'), **rp(3010), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f30-rating-bare-five-gmail', 'gmail', 'Andi Tenri', 'anditenriajeng@gmail.com', 'Re: ' + SUBJ_RATE % 3021, T('''
        5

        Terima kasih banyak, datanya sangat membantu penelitian saya.

        Andi Tenri Ajeng
        '''), kind='rating', rating=5, name='Andi Tenri Ajeng', req=False, ticket='PST-2026-03021',
      quote=gq(RATE_ID % 3021, 'id'), **rp(3021), **F)

    C('f30-rating-outlook-empat-pdf-format', 'outlook', 'Made Widiasa', 'madewidiasa@jembranakab.go.id', 'RE: ' + SUBJ_RATE % 3022, T('''
        Selamat pagi,

        Kami beri nilai 4. Datanya lengkap dan cepat, hanya saja sebagian tabel dikirim dalam PDF sehingga kami harus mengetik ulang ke Excel.

        Salam,
        I Made Widiasa
        Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kabupaten Jembrana
        '''), kind='rating', rating=4, name='I Made Widiasa',
      inst='Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kabupaten Jembrana', req=False, ticket='PST-2026-03022',
      quote=oq(RATE_ID % 3022, 'Made Widiasa <madewidiasa@jembranakab.go.id>', SUBJ_RATE % 3022, 'id'), **rp(3022), **F)

    C('f30-rating-en-three-slash-five-slow', 'gmail', 'Olivia Hartley', 'olivia.hartley@student.unimelb.edu.au',
      'Re: ' + SUBJ_RATE % 3023, T('''
        Hi,

        I'd rate it 3/5. The tables were useful, but it took nine working days and two reminders before anything arrived.

        Cheers,
        Olivia
        '''), kind='rating', rating=3, name='Olivia', req=False, lang='en', ticket='PST-2026-03023',
      quote=gq(RATE_EN % 3023, when='Wed, Nov 25, 2026 at 1:47 PM'), **rp(3023), **F)

    C('f30-rating-yahoo-empat-in-words', 'yahoo', 'made sudira', 'madesudira1964@yahoo.co.id', 'Re: ' + SUBJ_RATE % 3024, T('''
        Om Swastyastu. Nilai dari tiang empat. Petugasnya ramah dan sabar, cuma data curah hujan desa tidak ada. Suksma.

        I Made Sudira

        Dikirim dari Yahoo Mail di Android
        '''), kind='rating', rating=4, name='I Made Sudira', req=False, ticket='PST-2026-03024',
      quote=yq(RATE_ID % 3024), **rp(3024), **F)

    C('f30-rating-iphone-five-stars-no-name', 'iphone', 'Komang Dewi', 'komangdewi.l@icloud.com', 'Re: ' + SUBJ_RATE % 3025, T('''
        ⭐⭐⭐⭐⭐ mantap kak, cepet bgt balesnya. makasih yaa

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-03025', quote=iq(RATE_ID % 3025), **rp(3025), **F)

    C('f30-rating-one-sangat-tidak-puas', 'gmail', 'Rudi Hartono', 'rudihartono.cabe@gmail.com', 'Re: ' + SUBJ_RATE % 3026, T('''
        1. Sangat tidak puas.

        Data harga cabai yang saya minta cuma dikasih tahunan, padahal saya minta bulanan. Terus disuruh cari sendiri di website. Buat apa ada layanan kalau begitu.

        Rudi Hartono
        '''), kind='rating', rating=1, name='Rudi Hartono', req=False, ticket='PST-2026-03026',
      quote=aq(RATE_ID % 3026), **rp(3026), **F)

    C('f30-rating-thunderbird-bottom-nilai-lima', 'thunderbird', 'Nyoman Wirata', 'nyomanwirata.geo@gmail.com',
      'Re: ' + SUBJ_RATE % 3027, tq(RATE_ID % 3027) + '\n\n' + T('''
        Nilai: 5 (sangat puas).
        Data sudah dipakai siswa kelas XI untuk praktikum, mereka senang sekali. Suksma.

        Drs. I Nyoman Wirata
        SMA Negeri 2 Negara
        '''), kind='rating', rating=5, name='Drs. I Nyoman Wirata', inst='SMA Negeri 2 Negara', req=False,
      ticket='PST-2026-03027', **rp(3027), **F)

    C('f30-rating-new-mail-ticket-subject-dua', 'gmail', 'Bambang Setyo Nugroho', 'bambangsn.diskan@gmail.com',
      'Penilaian layanan PST-2026-03028', T('''
        Selamat siang,

        Menanggapi permintaan penilaian untuk permohonan kami tanggal 2 November 2026, dengan ini kami memberi nilai 2 dari 5. Data produksi lemuru bulanan baru kami terima setelah rapat koordinasi tanggal 19 November selesai, dan itu pun setelah 3 kali kami tanyakan.

        Matur nuwun.

        Bambang Setyo Nugroho
        Dinas Perikanan Kabupaten Banyuwangi
        '''), kind='rating', rating=2, name='Bambang Setyo Nugroho', inst='Dinas Perikanan Kabupaten Banyuwangi', req=False,
      ticket='PST-2026-03028', **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f30-complaint-slow-on-ack-outlook', 'outlook', 'Felicia Gunawan', 'felicia.gunawan@rejekilaut.co.id',
      'RE: ' + SUBJ_ACK % 3031, T('''
        Dear Bapak/Ibu,

        Kami ingin menyampaikan keberatan. Permohonan kami sudah tercatat sejak 12 November, dan di email ini disebutkan akan dijawab paling lambat 3 hari kerja. Sekarang sudah 8 hari kerja dan belum ada jawaban sama sekali, telepon ke kantor pun tidak diangkat. Rapat direksi kami tinggal beberapa hari lagi.

        Mohon perhatiannya.

        Regards,
        Felicia Gunawan
        CV Rejeki Laut Mandiri
        '''), kind='complaint', name='Felicia Gunawan', inst='CV Rejeki Laut Mandiri', req=False, ticket='PST-2026-03031',
      quote=oq(ACK % (3031, 'Felicia Gunawan', 'CV Rejeki Laut Mandiri', 'Produksi ikan didaratkan; unit pengolahan ikan; ekspor perikanan'),
               'Felicia Gunawan <felicia.gunawan@rejekilaut.co.id>', SUBJ_ACK % 3031, 'id'), **rp(3031), **F)

    C('f30-complaint-wrong-table-sent-gmail', 'gmail', 'Eka Adnyana', 'ekaadnyana.bpd@gmail.com', 'Re: ' + SUBJ_DATA % 3032, T('''
        Selamat siang,

        Mohon maaf, data yang dikirim tidak sesuai. Tabel yang berjudul Kecamatan Melaya isinya sama persis dengan tabel Kecamatan Mendoyo, angka per lapangan usahanya identik sampai ke desimal. Kami jadi ragu memakai data lainnya. Ini sangat merepotkan karena bahan sudah kami presentasikan ke pimpinan kemarin.

        Mohon diperiksa kembali dan ke depan lebih teliti.

        Salam,
        Eka Adnyana
        Bank BPD Bali Cabang Negara
        '''), kind='complaint', name='Eka Adnyana', inst='Bank BPD Bali Cabang Negara', req=False, ticket='PST-2026-03032',
      quote=gq(DELIV_ID % 3032, 'id'), **rp(3032), **F)

    C('f30-complaint-suggest-csv-downloads', 'gmail', 'Jessica Tanuwidjaja', 'jessica@panenkita.id', 'Saran: tabel website dalam format CSV', T('''
        Hi Bapak/Ibu,

        Sekadar saran dari kami sebagai pengguna data: sebagian besar tabel di publikasi "Kabupaten Jembrana Dalam Angka" hanya tersedia dalam PDF. Untuk kami yang mengolah data pakai script, ini bikin repot karena harus copy-paste manual dan sering salah kolom. Akan sangat membantu kalau tabel-tabelnya juga disediakan dalam CSV atau Excel, seperti yang sudah dilakukan beberapa BPS kabupaten lain.

        Thanks!

        Jessica Tanuwidjaja
        PanenKita
        '''), kind='complaint', name='Jessica Tanuwidjaja', inst='PanenKita', req=False, **F)

    C('f30-complaint-rude-phone-officer-iphone', 'iphone', 'ayu', 'ayuwidhi.ngr@icloud.com', 'pelayanan telpon', T('''
        Td sy telp ke kantor bps jembrana jam 10an, mau tanya cara minta data. Petugas yg angkat jutek bgt, ngomongnya ketus, blm selesai sy ngomong udh ditutup telponnya. Tolong lah diperbaiki pelayanannya, kita kan cuma mau tanya baik2.

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, **F)

    C('f30-complaint-office-closed-friday-yahoo', 'yahoo', 'Ni Made Sulastri', 'madesulastri.ngr@yahoo.co.id',
      'Kantor tutup sebelum jam layanan', T('''
        Yth. BPS Kabupaten Jembrana,

        Jumat kemarin (20 November) saya datang ke kantor pukul 14.10 untuk mengambil data yang sudah dijanjikan, tetapi ruang PST sudah tutup dan satpam bilang petugasnya sudah pulang. Padahal di website tertulis layanan hari Jumat sampai pukul 15.30. Saya datang dari Pekutatan, hampir satu jam perjalanan.

        Mohon jam layanan ditepati atau informasi di website diperbarui.

        Ni Made Sulastri

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Ni Made Sulastri', req=False, **F)

    C('f30-complaint-en-asked-to-pay', 'gmail', 'Thomas Verhoeven', 'thomas.verhoeven@ziggo.nl', 'Payment for statistics?', T('''
        Hello,

        When I visited your office on Tuesday, a man at the front desk told me I would have to pay IDR 250,000 for a printed table of village populations, and that there would be no receipt. Your website says the data service is free of charge. I did not pay, but I think you should know this happened.

        Regards,
        Thomas Verhoeven
        '''), kind='complaint', name='Thomas Verhoeven', req=False, lang='en', **F)

    C('f30-complaint-html-only-anon-saturday-service', 'html_only', 'Warga Mendoyo', 'wargamendoyo.peduli@gmail.com',
      'Saran untuk PST', T('''
        Selamat pagi.

        Saran untuk BPS Jembrana: banyak mahasiswa dan pekerja yang hanya bisa datang hari Sabtu. Alangkah baiknya kalau layanan PST bisa buka Sabtu pagi, minimal dua kali sebulan, atau ada layanan konsultasi lewat video call yang bisa dijadwalkan di luar jam kerja.

        Terima kasih.
        '''), kind='complaint', req=False, **F)

    C('f30-complaint-rating-mails-repeat', 'gmail', 'Gusti Ngurah Made Oka', 'gnmadeoka@gmail.com', 'Re: ' + SUBJ_RATE % 3038, T('''
        Sudah saya beri nilai minggu lalu, kenapa email minta penilaian ini datang terus hampir setiap hari? Sudah lima kali. Mohon sistemnya diperbaiki dan pengiriman email ini dihentikan.

        Gusti Ngurah Made Oka
        '''), kind='complaint', name='Gusti Ngurah Made Oka', req=False, ticket='PST-2026-03038',
      quote=gq(RATE_ID % 3038, 'id'), **rp(3038), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f30-ooo-outlook-id-galungan-leave', 'outlook', 'Dinas Kesehatan Jembrana', 'dinkes@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 3041, T('''
        Terima kasih atas email Bapak/Ibu.

        Saya sedang cuti Hari Raya Galungan dan Kuningan sampai dengan 4 Desember 2026. Email akan saya tindak lanjuti setelah kembali bertugas. Untuk keperluan mendesak, silakan menghubungi Subbagian Perencanaan Dinas Kesehatan Kabupaten Jembrana.

        Salam,
        Ni Kadek Widiastuti
        '''), kind='auto_reply', req=False, ticket='PST-2026-03041',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3041), **F)

    C('f30-ooo-en-xautoreply-consulate', 'outlook', "O'Donnell, Rebecca", 'rebecca.odonnell@dfat.gov.au',
      'Automatic reply: ' + SUBJ_DATA % 3042, T('''
        Thank you for your email. I am on leave until Monday 7 December 2026 with no access to email. For urgent matters please contact the economic section at economic.bali@dfat.gov.au.

        Rebecca O'Donnell
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03042',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(3042), **F)

    C('f30-ooo-gmail-body-only-fieldwork', 'gmail', 'Stevanus Pattiasina', 'stevanus.pattiasina21@gmail.com',
      'Re: ' + SUBJ_ACK % 3043, T('''
        [Balasan otomatis]

        Terima kasih atas email Anda. Saya sedang melaksanakan penelitian lapangan di Kepulauan Lease sampai 5 Desember 2026 dengan sinyal yang terbatas. Email Anda akan saya balas setelah saya kembali ke Ambon.

        Salam,
        Stevanus
        '''), kind='auto_reply', req=False, ticket='PST-2026-03043', **rp(3043), **F)

    C('f30-ooo-helpdesk-opens-own-ticket', 'plain', 'Layanan Pelanggan PT Nusa Distribusi Pangan', 'cs@nusadistribusipangan.co.id',
      '[#CS-2026-118842] Re: ' + SUBJ_DATA % 3044, T('''
        Pelanggan yang terhormat,

        Terima kasih telah menghubungi PT Nusa Distribusi Pangan. Email Anda telah kami terima dan dicatat dengan nomor tiket #CS-2026-118842. Tim kami akan merespons dalam 1 x 24 jam kerja.

        Mohon tidak membalas email ini karena dikirim secara otomatis oleh sistem.

        Hormat kami,
        Customer Care
        PT Nusa Distribusi Pangan
        '''), kind='auto_reply', req=False, ticket='PST-2026-03044',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(3044), **F)

    C('f30-ooo-yahoo-address-no-longer-active', 'yahoo', 'bunga', 'bunga_matahari88@yahoo.com', 'Re: ' + SUBJ_ASK % 3045, T('''
        Pesan ini dikirim secara otomatis.

        Alamat email ini sudah tidak aktif sejak 1 November 2026. Mohon kirimkan email Anda ke alamat baru saya: bunga.matahari.new@gmail.com. Terima kasih.
        '''), kind='auto_reply', req=False, ticket='PST-2026-03045', **rp(3045), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f30-dsn-postfix-user-unknown', dict(
        recipient='komangdewi.l@icloud.co', original_message_id=OUR(3051, 'c07e51a9'),
        orig_subject=SUBJ_ACK % 3051, status='5.1.2',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients. It\'s attached below.\n\n'
              'For further assistance, please send mail to postmaster.\n\n'
              'If you do so, please include this problem report. You can\n'
              'delete your own text from the attached returned message.\n\n'
              '                   The mail system\n\n'
              '<komangdewi.l@icloud.co>: Host or domain name not found. Name service error\n'
              '    for name=icloud.co type=A: Host not found')), 'PST-2026-03051', **F)

    D('f30-dsn-gmail-address-not-found', dict(
        recipient='rudihartono.cabe@gmial.com', original_message_id=OUR(3052, 'c07e51a9'),
        orig_subject=SUBJ_RATE % 3052, status='5.1.1',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ("** Address not found **\n\nYour message wasn't delivered to rudihartono.cabe@gmial.com because "
                    "the address couldn't be found, or is unable to receive mail.\n\nLearn more here: "
                    'https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n'
                    '550 5.1.1 The email account that you tried to reach does not exist.')}),
      'PST-2026-03052', **F)

    D('f30-dsn-exchange-mailbox-full', dict(
        recipient='dinkes@jembranakab.go.id', original_message_id=OUR(3053, 'c07e51a9'),
        orig_subject=SUBJ_DATA % 3053, status='5.2.2', mta='jembranakab.go.id',
        **{'from': 'Microsoft Outlook <MicrosoftExchange@jembranakab.go.id>',
           'subject': 'Undeliverable: ' + SUBJ_DATA % 3053,
           'text': ("Your message to dinkes@jembranakab.go.id couldn't be delivered.\n\n"
                    "dinkes's mailbox is full.\n\n"
                    'Action Required\nTry again later, or contact the recipient by other means.\n\n'
                    'Remote Server returned: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException')}),
      'PST-2026-03053', **F)

    D('f30-dsn-postfix-delayed-warning', dict(
        recipient='awlay@unwira.ac.id', original_message_id=OUR(3054, 'c07e51a9'),
        orig_subject=SUBJ_ACK % 3054, status='4.4.1', action='delayed',
        **{'subject': 'Delayed Mail (still being retried)',
           'text': ('This is the mail system at host mx.bps.go.id.\n\n'
                    '####################################################################\n'
                    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
                    '####################################################################\n\n'
                    'Your message could not be delivered for more than 4 hour(s).\n'
                    'It will be retried until it is 5 day(s) old.\n\n'
                    '<awlay@unwira.ac.id>: connect to mail.unwira.ac.id[103.12.44.9]:25:\n'
                    '    Connection timed out')}),
      'PST-2026-03054', **F)
