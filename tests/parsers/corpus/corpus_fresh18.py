# corpus_fresh18.py: an eighteenth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh18"; tickets PST-2026-018xx). An ordinary month's mix.
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh18')

    # Our own mails, as they appear quoted in replies.
    S_ACK = '[PST-2026-%05d] Tanda terima permintaan layanan'
    S_ASK = '[PST-2026-%05d] Kelengkapan identitas pemohon'
    S_DATA = '[PST-2026-%05d] Pengiriman data'
    S_RATE = '[PST-2026-%05d] Mohon penilaian layanan PST'
    S_INFO = '[PST-2026-%05d] Informasi ketersediaan data'
    DATA_ID = ('Yth. Bapak/Ibu,\n\nTerlampir kami kirimkan data sesuai permintaan dengan nomor tiket PST-2026-%05d. '
               'Bila ada yang kurang jelas, silakan balas email ini.\n\nHormat kami,\nPetugas PST\n'
               'BPS Kabupaten Jembrana')
    DATA_EN = ('Dear requester,\n\nAttached are the tables for ticket PST-2026-%05d. If anything is unclear, just '
               'reply to this message.\n\nBest regards,\nPST Officer\nBPS-Statistics of Jembrana Regency')
    INFO_ID = ('Yth. Bapak/Ibu,\n\nMenanggapi tiket PST-2026-%05d, data yang diminta tersedia dalam publikasi '
               '"Kabupaten Jembrana Dalam Angka 2026" versi cetak yang dapat diperoleh di kantor kami, '
               'Jl. Surapati, Negara, pada jam layanan.\n\nHormat kami,\nPetugas PST\nBPS Kabupaten Jembrana')
    LETTER_ID = ('Yth. Bapak/Ibu,\n\nUntuk data rinci tingkat desa pada tiket PST-2026-%05d, mohon dilengkapi '
                 'surat pengantar dari instansi/kampus.\n\nHormat kami,\nPetugas PST\nBPS Kabupaten Jembrana')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nLayanan untuk tiket PST-2026-%05d telah selesai. Mohon berikan penilaian '
               'Bapak/Ibu atas layanan kami dengan angka 1 sampai 5 (5 = sangat puas) dengan membalas email ini.'
               '\n\nTerima kasih,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear requester,\n\nTicket PST-2026-%05d is now closed. Please rate our service from 1 to 5 '
               '(5 = very satisfied) by replying to this email.\n\nThank you,\nIntegrated Statistical Services\n'
               'BPS-Statistics of Jembrana Regency')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def andq(text):
        """Gmail app on Android, Indonesian locale."""
        return ('Pada Sen, 30 Nov 2026 pukul 08.47 PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def ipq(text):
        """Apple Mail on an iPhone set to English."""
        return ('On Nov 30, 2026, at 8:47\u202fAM, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n'
                + pre(text))

    def olm(text, to, subject):
        """Outlook for Android/iOS in Indonesian: a header block, then the original unprefixed."""
        return ('Dari: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\nTerkirim: Senin, 30 November 2026 08.47\n'
                'Kepada: %s\nSubjek: %s\n\n%s' % (to, subject, text))

    def tbq(text):
        """Thunderbird, Indonesian locale."""
        return 'Pada 30/11/2026 08.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def yid(text):
        """Yahoo Mail in Indonesian: attribution line, original not prefixed."""
        return ('Pada Senin, 30 November 2026 08.47.31 WITA, PST BPS Kabupaten Jembrana '
                '<pst5101@bps.go.id> menulis:\n\n\n' + text)

    def rp(n):
        return dict(in_reply_to=OUR(n, '5d0c7a92'), references=[OUR(n, '5d0c7a92')])

    # ================================================================================================
    # New requests: universities and students
    # ================================================================================================
    C('f18-req-unud-agribisnis-alih-fungsi', 'gmail', 'Kadek Ayu Pradnyani', 'kadekpradnyani.p@gmail.com',
      'Permohonan Data Alih Fungsi Lahan Sawah Kabupaten Jembrana', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Saya Kadek Ayu Pradnyani Putri (NIM 2207521xxx), mahasiswi Program Studi Agribisnis, Fakultas Pertanian, Universitas Udayana angkatan 2022. Atas arahan dosen pembimbing saya, Bapak Dr. Ir. I Made Sarjana, saya sedang menyusun proposal skripsi tentang faktor-faktor yang memengaruhi alih fungsi lahan sawah di Kabupaten Jembrana.

        Sehubungan dengan itu, saya memohon data:
        1) luas lahan sawah menurut kecamatan tahun 2015-2025;
        2) jumlah rumah tangga usaha pertanian subsektor tanaman pangan hasil ST2013 dan ST2023 menurut kecamatan;
        3) jumlah penduduk dan kepadatan penduduk per kecamatan tahun 2015-2025.

        Besar harapan saya data tersebut dapat diberikan dalam format Excel. Atas perhatian dan bantuannya saya ucapkan terima kasih.

        Om Shanti, Shanti, Shanti Om

        Hormat saya,
        Kadek Ayu Pradnyani Putri
        '''), name='Kadek Ayu Pradnyani Putri', inst='Universitas Udayana', **F)

    C('f18-req-undiksha-chat-aku-iphone', 'iphone', '', 'nandaaa.wulan@icloud.com', 'kak', T('''
        haii kak selamat malem 🙏 aku nanda dr undiksha, prodi pend ekonomi
        mau nanya, boleh minta data tingkat pengangguran terbuka jembrana per kecamatan ga kak? 2022-2024 aja. kalo ga ada yg per kecamatan gpp yg kabupaten aja hehe
        makasii kak

        Sent from my iPhone
        '''), name='nanda', inst='undiksha', **F)

    C('f18-req-unair-lecturer-signature-only', 'outlook', 'Dyah Ayu Kusumastuti', 'dyah.kusumastuti@feb.unair.ac.id',
      'Permintaan data IPG dan IDG Kabupaten Jembrana', T('''
        Selamat pagi,

        Mohon kesediaan Bapak/Ibu untuk membantu kami memperoleh data berikut untuk Kabupaten Jembrana:

        - Indeks Pembangunan Gender (IPG) dan Indeks Pemberdayaan Gender (IDG) beserta komponennya, 2018-2025;
        - persentase perempuan sebagai tenaga profesional, 2018-2025;
        - sumbangan pendapatan perempuan, 2018-2025.

        Data akan kami gunakan untuk penelitian hibah fakultas mengenai kesenjangan gender di kabupaten-kabupaten pesisir Jawa Timur dan Bali. Jika ada biaya atau formulir yang perlu diisi, mohon informasinya.

        Terima kasih atas kerja samanya.

        Salam hormat,

        Dr. Rr. Dyah Ayu Kusumastuti, S.E., M.Ec.Dev.
        Departemen Ilmu Ekonomi
        Fakultas Ekonomi dan Bisnis
        Universitas Airlangga
        Kampus B, Jl. Airlangga 4-6, Surabaya 60286
        '''), name='Dr. Rr. Dyah Ayu Kusumastuti', inst='Universitas Airlangga', **F)

    C('f18-req-en-melbourne-phd-intro-midparagraph', 'gmail', 'Tom Nguyen-Barker', 't.nguyenbarker@student.unimelb.edu.au',
      'Village-level data for PhD research (Gilimanuk-Negara corridor)', T('''
        Dear colleagues at BPS Jembrana,

        I'm writing from Melbourne and hope this is the right address for data requests. By way of introduction, I'm Thomas Nguyen-Barker, and I'm in the third year of a PhD in human geography at the University of Melbourne; my project looks at how villages along the main road between Gilimanuk and Negara have changed since the road was widened.

        The figures I'm after are:

        1. number of villages by type of main road surface, Podes 2018, 2021 and 2024, for Kecamatan Melaya and Kecamatan Negara;
        2. population by desa for 2010 and 2020 (census);
        3. number of business establishments by kecamatan from the 2016 Economic Census.

        If some of these only exist in printed publications, I would be happy to pay for scanning or to collect them in person in February.

        Warm regards,
        Tom
        '''), name='Thomas Nguyen-Barker', inst='University of Melbourne', lang='en', **F)

    C('f18-req-en-kasetsart-shrimp', 'outlook', 'Pimchanok Srisawat', 'pimchanok.sr@ku.th',
      'Inquiry on shrimp aquaculture statistics - Jembrana Regency', T('''
        Dear Sir / Madam,

        Greetings from Bangkok.

        My name is Pimchanok Srisawat. I am a research assistant at the Faculty of Fisheries, Kasetsart University, Thailand. Our team is comparing disease outbreaks and production losses in whiteleg shrimp farming in Thailand, Vietnam and Indonesia, and the brackish-water ponds of Jembrana are one of our study sites.

        May I kindly request the following data:
        (1) production of whiteleg shrimp (vannamei) from brackish-water ponds in Jembrana, yearly 2018-2025
        (2) area of brackish-water ponds by district (kecamatan)
        (3) number of aquaculture households from the Agricultural Census 2023

        Thank you very much for your kind assistance.

        Best regards,
        Pimchanok S.
        Research Assistant, Faculty of Fisheries
        Kasetsart University, Bangkok 10900
        '''), name='Pimchanok Srisawat', inst='Kasetsart University', lang='en', **F)

    C('f18-req-leiden-doctoral-indonesian', 'gmail', 'Teuku Raihan Akbar', 'raihan.akbar.tr@gmail.com',
      'Permohonan data sensus lama (suku bangsa) - Kab. Jembrana', T('''
        Assalamualaikum wr. wb.

        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Teuku Raihan Akbar. Saat ini saya sedang menempuh studi doktoral di Leiden University, Belanda, dengan disertasi tentang sejarah permukiman Bugis dan Melayu di pesisir barat Bali, khususnya Loloan dan Air Kuning.

        Untuk bab tentang perkembangan penduduk, saya memerlukan:
        - jumlah penduduk menurut suku bangsa per kecamatan di Kabupaten Jembrana hasil Sensus Penduduk 2000 dan 2010;
        - jumlah penduduk Kelurahan Loloan Barat, Kelurahan Loloan Timur dan Desa Air Kuning dari sensus 1971 sampai 2020, bila arsipnya masih ada.

        Saya paham data lama mungkin hanya tersedia dalam bentuk cetak; saya bersedia mengganti biaya fotokopi/pemindaian.

        Terima kasih atas bantuan Bapak/Ibu.

        Wassalamualaikum wr. wb.
        Raihan
        '''), name='Teuku Raihan Akbar', inst='Leiden University', **F)

    C('f18-req-ugm-master-thunderbird-sigdash', 'thunderbird', 'Yohana Kristanti', 'yohana.kristanti@mail.ugm.ac.id',
      'Permohonan data NTN dan armada perikanan', T('''
        Yth. Petugas PST BPS Kabupaten Jembrana,

        Mohon izin, saya memerlukan data Nilai Tukar Nelayan (NTN) Provinsi Bali bulanan periode Januari 2020 sampai Oktober 2026, serta jumlah perahu/kapal penangkap ikan menurut jenis (perahu tanpa motor, motor tempel, kapal motor) per kecamatan di Kabupaten Jembrana tahun 2020-2025. Data tersebut akan saya gunakan dalam tesis mengenai kesejahteraan nelayan lemuru di Selat Bali.

        Terima kasih banyak atas bantuannya.

        Salam,

        -- 
        Yohana Kristanti
        Mahasiswa Magister Ekonomi Pembangunan
        Fakultas Ekonomika dan Bisnis, Universitas Gadjah Mada
        HP/WA 0857-2931-xxxx
        '''), name='Yohana Kristanti', inst='Universitas Gadjah Mada', wrap=72, **F)

    C('f18-req-student-campus-not-named', 'gmail', 'Wahyu Dwi Saputra', 'wahyudwisaputra.ak@gmail.com',
      'Data PDRB dan penduduk untuk skripsi', T('''
        Selamat siang min,

        Saya Wahyu Dwi Saputra, mahasiswa semester 7 jurusan Akuntansi, sedang nyusun skripsi tentang kemandirian keuangan daerah kabupaten/kota di Bali. Untuk Jembrana saya perlu data PDRB ADHB dan ADHK 2019-2025 sama jumlah penduduk pertengahan tahun 2019-2025.

        Terima kasih min, semoga sehat selalu.
        '''), name='Wahyu Dwi Saputra', **F)

    C('f18-req-html-only-unram-coastal', 'html_only', 'Nurul Aulia Rahmi', 'nurulaulia.rahmi@gmail.com',
      'Mohon Bantuan Data Desa Pesisir', T('''
        Assalamualaikum warahmatullahi wabarakatuh

        Dengan hormat,
        Saya Nurul Aulia Rahmi, mahasiswi Program Studi Ilmu Kelautan Universitas Mataram, Lombok. Bulan Februari nanti saya akan praktik kerja lapangan di Balai Riset dan Observasi Laut di Perancak.

        Sebagai bahan laporan, saya memohon data jumlah desa pesisir di Kabupaten Jembrana beserta jumlah penduduk dan jumlah rumah tangga nelayan di masing-masing desa pesisir tersebut (hasil Podes atau ST2023).

        Atas bantuannya saya ucapkan terima kasih.

        Wassalamualaikum warahmatullahi wabarakatuh
        Nurul Aulia Rahmi
        '''), name='Nurul Aulia Rahmi', inst='Universitas Mataram', **F)

    C('f18-req-stikes-nursing-yahoo-iphone', 'yahoo', 'Komang Tri Wahyuni', 'komangtriwahyuni@yahoo.com',
      'permohonan data lansia', T('''
        Selamat pagi Bapak/Ibu.
        Saya Komang Tri Wahyuni mahasiswa S1 Keperawatan STIKes Bina Usada Bali. Untuk penelitian saya tentang kesepian pada lansia yang tinggal sendiri, saya mohon data jumlah penduduk lansia (60 tahun ke atas) per kecamatan di Jembrana tahun 2025 dan persentase lansia yang tinggal sendiri di Kabupaten Jembrana.
        Terima kasih atas bantuannya.

        Sent from Yahoo Mail for iPhone
        '''), name='Komang Tri Wahyuni', inst='STIKes Bina Usada Bali', **F)

    C('f18-req-kkn-umm-group-coordinator-signs', 'gmail', 'KKN UMM Tegalbadeng Barat', 'kkn12.umm.tegalbadeng@gmail.com',
      'Permohonan data profil desa - KKN UMM Kelompok 12', T('''
        Selamat siang Bapak/Ibu PST BPS Jembrana.

        Kami mahasiswa KKN Universitas Muhammadiyah Malang Kelompok 12 yang ditempatkan di Desa Tegalbadeng Barat, Kecamatan Negara, selama Desember 2026 sampai Januari 2027. Salah satu program kerja kami adalah membuat papan dan buku saku profil desa.

        Untuk itu kami mohon data Desa Tegalbadeng Barat:
        - jumlah penduduk menurut jenis kelamin dan kelompok umur;
        - jumlah kepala keluarga;
        - luas wilayah;
        - jumlah penduduk menurut mata pencaharian utama.

        Terima kasih atas perhatiannya.

        Hormat kami,
        Fajar Rizky Maulana
        Koordinator Desa KKN UMM Kelompok 12
        0812-3302-xxxx
        '''), name='Fajar Rizky Maulana', inst='Universitas Muhammadiyah Malang', **F)

    C('f18-req-sman2-negara-pupil', 'gmail', 'Dharma Yudistira', 'dharmayudis07@gmail.com', 'Permisi, minta data sekolah', T('''
        Permisi Bapak/Ibu, selamat siang.

        Saya I Putu Dharma Yudistira, kelas X-4 SMA Negeri 2 Negara. Saya dan teman-teman dapat tugas projek P5 dengan tema "Suara Demokrasi dan Pendidikan", dan kelompok kami ingin membandingkan jumlah sekolah dan jumlah murid SD, SMP, SMA/SMK di setiap kecamatan di Jembrana.

        Apakah boleh kami minta data jumlah sekolah, murid, dan guru per kecamatan tahun ajaran terbaru? Kalau ada data angka putus sekolah juga boleh.

        Terima kasih banyak Bapak/Ibu 🙏
        '''), name='I Putu Dharma Yudistira', inst='SMA Negeri 2 Negara', **F)

    C('f18-req-smp-ips-teacher-outlook-android', 'outlook', 'Sri Widiastuti', 'sriwidiastuti.guru@outlook.com',
      'Mohon data komoditas unggulan per kecamatan', T('''
        Selamat pagi Bapak Ibu,

        Saya Ni Luh Sri Widiastuti, S.Pd., guru IPS di SMP Negeri 2 Melaya. Untuk materi kelas VIII "Potensi Ekonomi Daerah" saya ingin menyiapkan lembar kerja siswa memakai data asli Kabupaten Jembrana.

        Mohon bantuan data produksi lima komoditas utama (padi, kelapa, kakao, ikan laut, sapi) per kecamatan, tahun terbaru yang tersedia.

        Matur suksma.

        Get Outlook for Android
        '''), name='Ni Luh Sri Widiastuti', inst='SMP Negeri 2 Melaya', **F)

    C('f18-req-unud-lecturer-susenas-weights-consult', 'gmail', 'Krisna Adwitya', 'krisna.adwitya@unud.ac.id',
      'Konsultasi penimbang data mikro Susenas untuk SAE kecamatan', T('''
        Om Swastyastu Bapak/Ibu,

        Saya I Putu Krisna Adwitya, dosen Program Studi Matematika FMIPA Universitas Udayana. Bersama dua mahasiswa bimbingan, kami sedang mencoba estimasi area kecil (small area estimation) untuk rata-rata pengeluaran per kapita tingkat kecamatan di Kabupaten Jembrana.

        Kami ingin berkonsultasi mengenai:
        1. penimbang mana yang tepat dipakai pada data mikro Susenas Maret 2025 bila estimasi dilakukan di bawah level kabupaten;
        2. apakah kode kecamatan pada raw data dapat diakses untuk keperluan akademik, dan bagaimana prosedurnya;
        3. variabel pendukung dari Podes yang biasa dipakai BPS sebagai kovariat.

        Jika memungkinkan, kami bersedia datang ke kantor BPS di Negara sesuai jadwal yang Bapak/Ibu tentukan.

        Suksma,
        Krisna
        '''), name='I Putu Krisna Adwitya', inst='Universitas Udayana', **F)

    C('f18-req-undip-mau-tanya-only', 'iphone', 'Rara', 'rarasalsabila.r@icloud.com', 'tanya kak', T('''
        kak mau tanya dong 🙏🏻 aku Rara dari Undip
        boleh nanya2 soal data ga kak? nanti aku jelasin lagi ya
        makasih kak

        Dikirim dari iPhone saya
        '''), name='Rara', inst='Undip', req=False, **F)

    C('f18-req-private-campus-unnamed-umkm', 'gmail', 'Dewi Maharani', 'dewimaharani.dm21@gmail.com',
      'Permohonan data IMK makanan', T('''
        Selamat sore Bapak/Ibu,

        Saya Dewi Maharani, mahasiswi salah satu kampus swasta di Denpasar, jurusan Manajemen. Saya sedang meneliti usaha oleh-oleh khas Jembrana (keripik, jaje Bali, kopi bubuk). Boleh saya minta data jumlah usaha industri mikro dan kecil (IMK) makanan dan minuman per kecamatan di Kabupaten Jembrana beserta jumlah tenaga kerjanya, tahun paling baru?

        Terima kasih sebelumnya.

        Dewi
        '''), name='Dewi Maharani', **F)

    C('f18-req-uhn-sugriwa-dash-fields', 'gmail', 'Gus Wisnu', 'guswisnu.paramartha@gmail.com', 'Permohonan Data Wisman', T('''
        Om Swastyastu.

        Dengan hormat, bersama ini saya mengajukan permohonan data dengan identitas sebagai berikut.
        - Nama lengkap   : Ida Bagus Made Wisnu Paramartha
        - Asal           : Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar
        - Jurusan        : Pariwisata Budaya dan Keagamaan
        - Data diminta   : jumlah tamu mancanegara dan domestik yang menginap di hotel/akomodasi di Kabupaten Jembrana per bulan, 2024-2025
        - Keperluan      : tugas akhir (wisata spiritual di Pura Rambut Siwi)

        Atas perhatian Bapak/Ibu, saya ucapkan suksma.

        Om Santih, Santih, Santih Om
        '''), name='Ida Bagus Made Wisnu Paramartha',
      inst='Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar', **F)

    C('f18-req-subject-carries-need-warmadewa', 'outlook', 'Gede Bayu Prasetya', 'gedebayu.prasetya@outlook.com',
      'Mohon data IPM per kecamatan Kab. Jembrana 2020-2025', T('''
        Selamat siang,

        Saya Gede Bayu Prasetya dari Universitas Warmadewa. Mohon dibantu datanya sesuai judul email di atas ya Pak/Bu, untuk bahan seminar proposal minggu depan.

        Suksma.
        '''), name='Gede Bayu Prasetya', inst='Universitas Warmadewa', **F)

    C('f18-req-ciputra-no-need-yet', 'gmail', 'Gita Permatasari', 'gita.permatasari@student.ciputra.ac.id',
      'Pertanyaan layanan PST', T('''
        Halo Bapak/Ibu PST,

        Saya Gita Permatasari dari Universitas Ciputra Surabaya. Saya mau tanya-tanya dulu soal layanan PST BPS Jembrana, apakah kalau mau konsultasi harus bikin janji dulu atau bisa langsung datang? Kebetulan akhir bulan ini saya ada di Negara.

        Terima kasih.
        Gita
        '''), name='Gita Permatasari', inst='Universitas Ciputra Surabaya', req=False, **F)

    # ================================================================================================
    # New requests: government, village, military, security
    # ================================================================================================
    C('f18-req-dinsos-p3a-profil-gender', 'outlook', 'Dinsos P3A Kab. Jembrana', 'dinsosp3a@jembranakab.go.id',
      'Permohonan Data untuk Penyusunan Profil Gender dan Anak 2026', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,

        Sehubungan dengan penyusunan Profil Gender dan Anak Kabupaten Jembrana Tahun 2026, Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana memohon bantuan data sebagai berikut:

        1. jumlah penduduk menurut kelompok umur dan jenis kelamin per kecamatan, 2025;
        2. angka partisipasi sekolah menurut jenis kelamin, 2023-2025;
        3. tingkat partisipasi angkatan kerja menurut jenis kelamin, 2023-2025;
        4. persentase perempuan 20-24 tahun yang menikah sebelum umur 18 tahun, 2023-2025.

        Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        a.n. Kepala Dinas
        Kepala Bidang Pemberdayaan Perempuan dan Perlindungan Anak,

        Ni Kadek Novi Ariyanti, S.Sos., M.AP.
        '''), name='Ni Kadek Novi Ariyanti',
      inst='Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana', **F)

    C('f18-req-perbekel-tegalcangkring-android', 'gmail', 'putu suarjaya', 'putusuarjaya.tc@gmail.com', 'mohon bantuan data desa', T('''
        Om swastyastu pak bu.

        Tiang Perbekel Desa Tegal Cangkring, I Putu Gede Suarjaya. Mohon kami dibantu data jumlah keluarga miskin dan jumlah penduduk menurut pekerjaan di desa kami, yang terbaru. Data ini mau kami pakai untuk musdes penetapan penerima BLT Dana Desa 2027 bulan depan, supaya ada pembanding resmi dari BPS.

        Kalau harus pakai surat, nanti tiang suruh sekdes buatkan.

        Suksma

        Dikirim dari perangkat Android saya
        '''), name='I Putu Gede Suarjaya', inst='Desa Tegal Cangkring', **F)

    C('f18-req-bapperida-tabanan-letter-only-no-person', 'outlook', 'Bapperida Tabanan', 'ekonomi.bapperida@tabanankab.go.id',
      'Surat Permohonan Data', T('''
        Yth. BPS Kabupaten Jembrana,

        Bersama ini kami sampaikan surat permohonan data sebagaimana terlampir, dalam rangka penyusunan kajian kerja sama pembangunan wilayah Bali Barat. Mohon kiranya data dapat dikirimkan melalui alamat email ini.

        Atas perhatiannya kami ucapkan terima kasih.

        Sub Bidang Perekonomian
        Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Tabanan
        Jl. Pahlawan No. 19, Tabanan
        '''), inst='Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Tabanan',
      attachments=[PDF('Srt_Permohonan_Data_000.7.2-0457-Bapperida-XI-2026.pdf')], **F)

    C('f18-req-bpbd-pusdalops-plain', 'plain', 'Pusdalops BPBD Jembrana', 'pusdalops.bpbdjembrana@gmail.com',
      'Permohonan data penduduk rentan per desa', T('''
        Selamat sore.

        Kami dari Pusdalops BPBD Kabupaten Jembrana sedang memutakhirkan rencana kontinjensi banjir untuk DAS Tukad Ijo Gading dan Tukad Yeh Sumbul. Mohon bantuan data per desa di Kecamatan Negara, Jembrana dan Mendoyo:
        a. jumlah penduduk balita (0-4 th) dan lansia (60+);
        b. jumlah penyandang disabilitas, bila tersedia;
        c. jumlah rumah tangga.

        Terima kasih atas kerja samanya.

        Operator Pusdalops,
        Gede Rai Wirawan
        '''), name='Gede Rai Wirawan', inst='Pusdalops BPBD Kabupaten Jembrana', **F)

    C('f18-req-kodim-pasiter-rank', 'gmail', 'Wayan Sukerta', 'wayansukerta.pasiter@gmail.com',
      'Mohon ijin permintaan data pertanian', T('''
        Selamat pagi.

        Mohon ijin, saya Kapten Inf I Wayan Sukerta, Pasiter Kodim 1617/Jembrana. Dalam rangka mendukung program ketahanan pangan dan pendampingan Babinsa kepada kelompok tani, kami mohon data:

        1. luas baku sawah dan luas panen padi per kecamatan 2024-2025;
        2. jumlah rumah tangga petani padi per kecamatan (ST2023);
        3. produksi jagung per kecamatan 2024-2025.

        Demikian, atas bantuannya diucapkan terima kasih.

        Salam Teritorial!
        '''), name='Kapten Inf I Wayan Sukerta', inst='Kodim 1617/Jembrana', **F)

    C('f18-req-kemenag-bimas-child-marriage', 'outlook', 'Ahmad Fauzi', 'bimasislam.jembrana@kemenag.go.id',
      'Permohonan data perkawinan usia anak', T('''
        Assalamu'alaikum wr. wb.

        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Dalam rangka kampanye pencegahan perkawinan anak melalui program Bimbingan Remaja Usia Sekolah (BRUS), kami memerlukan data resmi:
        - proporsi perempuan umur 20-24 tahun yang berstatus kawin atau hidup bersama sebelum umur 18 tahun, Kabupaten Jembrana dan Provinsi Bali, 2020-2025;
        - rata-rata umur kawin pertama perempuan, tahun terbaru.

        Atas perhatian dan kerja samanya kami sampaikan terima kasih.

        Wassalamu'alaikum wr. wb.

        H. Ahmad Fauzi, S.Ag., M.Pd.I.
        Kepala Seksi Bimbingan Masyarakat Islam
        Kantor Kementerian Agama Kabupaten Jembrana
        '''), name='H. Ahmad Fauzi', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)

    C('f18-req-tnbb-buffer-villages', 'gmail', 'Ni Wayan Ariani', 'ariani.peh.tnbb@gmail.com',
      'Permohonan data desa penyangga TNBB', T('''
        Selamat siang,

        Saya Ni Wayan Ariani, Pengendali Ekosistem Hutan pada Balai Taman Nasional Bali Barat. Kami sedang menyusun rencana pemberdayaan masyarakat daerah penyangga untuk periode 2027-2031.

        Mohon bantuan data untuk desa-desa penyangga di wilayah Kabupaten Jembrana (Kelurahan Gilimanuk, Desa Melaya, Desa Blimbingsari, Desa Ekasari):
        - jumlah penduduk dan rumah tangga, 2020-2025;
        - jumlah penduduk menurut lapangan pekerjaan utama;
        - jumlah keluarga yang memelihara ternak (sapi/kambing) hasil ST2023.

        Terima kasih.
        Salam lestari,
        Ariani
        '''), name='Ni Wayan Ariani', inst='Balai Taman Nasional Bali Barat', **F)

    C('f18-req-disdikpora-no-person-admin', 'gmail', 'Disdikpora Jembrana', 'disdikpora.jembrana@gmail.com',
      'permohonan data penduduk usia sekolah', T('''
        Selamat pagi.

        Kami dari Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana memohon data jumlah penduduk usia 7-12 tahun dan 13-15 tahun per kecamatan tahun 2025, serta APK dan APM SD/MI dan SMP/MTs Kabupaten Jembrana 2021-2025, untuk bahan penyusunan Renstra.

        Terima kasih.

        Admin Bidang Pembinaan SD
        '''), inst='Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana', **F)

    C('f18-req-kpu-projection-voters', 'outlook', 'Komang Sri Ardani', 'sriardani.kpujembrana@gmail.com',
      'Permohonan data proyeksi penduduk usia 17+', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan saya Komang Sri Ardani dari Sekretariat KPU Kabupaten Jembrana, Subbagian Perencanaan, Data dan Informasi. Untuk perencanaan awal pemutakhiran data pemilih berkelanjutan, kami memerlukan proyeksi jumlah penduduk usia 17 tahun ke atas per kecamatan untuk tahun 2027, 2028 dan 2029.

        Apabila proyeksi tingkat kecamatan tidak tersedia, mohon arahan data apa yang dapat kami gunakan sebagai pendekatan.

        Terima kasih.

        Salam,
        Komang Sri Ardani
        '''), name='Komang Sri Ardani', inst='Sekretariat KPU Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: firms and banks
    # ================================================================================================
    C('f18-req-agritech-startup-codeswitch', 'gmail', 'Nadya Pramesti', 'nadya@tanilink.id',
      'Data request - petani & produksi padi Jembrana', T('''
        Hi BPS Jembrana team! 👋

        Saya Nadya Pramesti dari TaniLink, agritech startup based in Bandung. Kita lagi explore ekspansi layanan pembiayaan input pertanian ke Bali barat, and Jembrana is our first pick.

        Untuk bahan pitch ke investor, kita butuh:
        • jumlah petani / rumah tangga usaha pertanian per kecamatan (ST2023)
        • luas panen & produksi padi per kecamatan 2023-2025
        • persentase penduduk yang pakai internet / punya HP, kalau ada level kabupaten

        Kalau ada biaya atau perlu surat resmi, just let me know ya. Thanks so much!

        Cheers,
        Nadya
        Growth Lead | TaniLink
        '''), name='Nadya Pramesti', inst='TaniLink', **F)

    C('f18-req-housing-developer-cv-short-intro', 'gmail', 'CV Graha Sentosa', 'cvgrahasentosa.ngr@gmail.com',
      'minta data kepemilikan rumah', T('''
        Sore pak/bu.

        Saya Hengky, owner CV Graha Sentosa Abadi, developer perumahan subsidi di Negara. Kami sedang studi kelayakan proyek baru di Kecamatan Mendoyo.

        Mohon data:
        1. jumlah rumah tangga menurut status kepemilikan rumah (milik sendiri/kontrak/sewa/bebas sewa) per kecamatan;
        2. jumlah penduduk usia 25-39 tahun per kecamatan;
        3. kalau ada, angka backlog perumahan Jembrana.

        Tks.

        Hengky Wijaya
        0811-3960-xxxx
        '''), name='Hengky Wijaya', inst='CV Graha Sentosa Abadi', **F)

    C('f18-req-bpd-bali-branch-disclaimer', 'outlook', 'I Gusti Ngurah Putra Wibawa', 'ngurah.wibawa@bpdbali.co.id',
      'Permohonan data UMKM dan PDRB perdagangan', T('''
        Yth. Bapak/Ibu,

        Salam sejahtera. Saya I Gusti Ngurah Putra Wibawa, Analis Bisnis pada Bank BPD Bali Cabang Negara. Untuk penyusunan peta potensi penyaluran KUR tahun 2027, kami membutuhkan data:

        - jumlah usaha mikro dan kecil menurut kecamatan dan kategori lapangan usaha;
        - PDRB lapangan usaha perdagangan besar dan eceran Kabupaten Jembrana 2021-2025;
        - jumlah pasar dan kelompok pertokoan per kecamatan (Podes 2024).

        Terima kasih atas bantuannya.

        Hormat kami,
        I Gusti Ngurah Putra Wibawa
        Analis Bisnis | Bank BPD Bali Cabang Negara

        DISCLAIMER: Informasi dalam email ini bersifat rahasia dan hanya ditujukan untuk penerima. Bank BPD Bali tidak pernah meminta PIN, password atau kode OTP nasabah melalui email. Bank BPD Bali berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS.
        '''), name='I Gusti Ngurah Putra Wibawa', inst='Bank BPD Bali Cabang Negara', **F)

    C('f18-req-amdal-consultant-internal-thread-below', 'outlook', 'Arif Rahman Hakim', 'arif.hakim@envirocipta.co.id',
      'FW: Data sosek untuk dokumen AMDAL dermaga Gilimanuk', T('''
        Selamat siang Bapak/Ibu PST,

        Saya Arif Rahman Hakim, tenaga ahli sosial ekonomi di PT Enviro Cipta Konsulindo. Kami sedang menyusun dokumen AMDAL pengembangan dermaga di Gilimanuk (catatan dari pemrakarsa kami teruskan di bawah).

        Data yang kami perlukan untuk rona awal:
        1. jumlah penduduk, rumah tangga dan kepadatan Kelurahan Gilimanuk dan Desa Melaya, 2021-2025;
        2. penduduk bekerja menurut lapangan usaha di Kecamatan Melaya;
        3. jumlah sarana kesehatan dan pendidikan di kedua desa/kelurahan tersebut (Podes 2024).

        Terima kasih.

        Salam,
        Arif Rahman Hakim
        PT Enviro Cipta Konsulindo
        Jl. Tukad Badung No. 120, Denpasar

        ________________________________
        From: Wulan Sasmita <wulan.sasmita@pelabuhan-nusa.co.id>
        Sent: Friday, November 27, 2026 3:12 PM
        To: Arif Rahman Hakim <arif.hakim@envirocipta.co.id>
        Subject: Data sosek untuk dokumen AMDAL dermaga Gilimanuk

        Pak Arif, mohon data sosekbud rona awal diambil dari sumber resmi BPS ya, sesuai catatan tim penilai. Terima kasih.

        Wulan Sasmita
        Divisi Lingkungan
        PT Pelabuhan Nusa Mandiri
        '''), name='Arif Rahman Hakim', inst='PT Enviro Cipta Konsulindo', **F)

    C('f18-req-shrimp-farm-manager-iphone', 'iphone', 'Budi Hartanto', 'budihartanto.tambak@gmail.com',
      'Data tenaga kerja Kec. Negara', T('''
        Selamat siang, dengan Budi Hartanto, manajer tambak PT Segara Windu Lestari di Pengambengan.

        Kami mau tambah 2 modul tambak thn depan, jadi perlu gambaran tenaga kerja. Mohon data jumlah angkatan kerja & pengangguran di Kecamatan Negara, plus rata2 upah buruh sektor perikanan di Jembrana. Thn terbaru saja cukup.

        Trims

        Dikirim dari iPhone saya
        '''), name='Budi Hartanto', inst='PT Segara Windu Lestari', **F)

    C('f18-req-en-singapore-retail-advisory', 'gmail', 'Rachel Lim', 'rachel.lim@meridianadvisory.sg',
      'Consumer expenditure data - Jembrana Regency', T('''
        Hi there,

        Rachel from Meridian Retail Advisory in Singapore here. We are advising a regional convenience-store chain on potential sites along the western Bali corridor, and I'd be grateful for a few official figures for Jembrana:

        - average monthly per-capita expenditure, food vs non-food, 2021-2025;
        - number of households by kecamatan, latest;
        - population by 5-year age group, 2025.

        We are of course happy to pay any applicable fees.

        Thanks a lot,

        Rachel Lim
        Associate Director
        Meridian Retail Advisory Pte Ltd
        '''), name='Rachel Lim', inst='Meridian Retail Advisory Pte Ltd', lang='en', **F)

    # ================================================================================================
    # New requests: media
    # ================================================================================================
    C('f18-req-tempo-journalist-deadline-iphone', 'iphone', 'Anton Sihombing', 'antonsihombing@tempo.co.id',
      'Mohon data ketimpangan Jembrana (deadline Kamis)', T('''
        Halo Bapak/Ibu PST,

        Saya Anton Sihombing dari Majalah Tempo, sedang menulis tentang ketimpangan di kabupaten-kabupaten Bali di luar Badung dan Denpasar. Mohon dibantu:
        - gini ratio Jembrana 2015-2025
        - persentase penduduk miskin & garis kemiskinan 2015-2025
        - PDRB per kapita 2015-2025

        Tenggat saya Kamis sore. Kalau ada statistisi yg bisa diwawancara singkat soal angka tsb, akan sangat membantu.

        Terima kasih!

        Sent from my iPhone
        '''), name='Anton Sihombing', inst='Majalah Tempo', **F)

    C('f18-req-en-mongabay-contributor', 'gmail', 'Kate Lawson', 'katelawson.writes@gmail.com',
      'Press inquiry: fisheries and coastal population figures', T('''
        Hello,

        I'm Kate Lawson, a freelance journalist currently reporting for Mongabay on the decline of the Bali Strait sardine fishery. I'd like to use official figures wherever possible, so I'm hoping you can help with:

        * annual fish landings in Jembrana (ideally lemuru separately), 2010-2025
        * number of fishing households in Kecamatan Negara and Kecamatan Melaya
        * population of Desa Pengambengan, 2010 and 2020

        My deadline is flexible, roughly two weeks. Thanks for your time!

        Best,
        Kate
        '''), name='Kate Lawson', inst='Mongabay', lang='en', **F)

    C('f18-req-local-radio-talkshow', 'gmail', 'Radio Gema Merta', 'redaksi.gemamerta@gmail.com',
      'Permintaan data untuk talkshow', T('''
        Selamat siang rekan-rekan BPS,

        Saya Putu Adi Kurniawan, penyiar sekaligus produser program "Obrolan Pagi" di Radio Gema Merta FM Negara. Tanggal 10 Desember kami mau angkat topik anak muda dan lapangan kerja di Jembrana.

        Kami butuh data tingkat pengangguran terbuka usia muda (15-24) Jembrana dan Bali tahun 2023-2026. Sekalian kami ingin mengundang narasumber dari BPS untuk on air 30 menit, kalau berkenan.

        Salam dengar,
        Adi
        '''), name='Putu Adi Kurniawan', inst='Radio Gema Merta FM Negara', **F)

    # ================================================================================================
    # New requests: NGOs, groups, cooperatives
    # ================================================================================================
    C('f18-req-yayasan-coastal-ngo', 'gmail', 'Lingkar Pesisir', 'lingkarpesisir.bali@gmail.com',
      'Permohonan data untuk baseline program', T('''
        Om Swastyastu,

        Perkenalkan, saya Luh Ayu Sekarwangi, koordinator program di Yayasan Lingkar Pesisir Bali Barat. Tahun 2027 kami akan menjalankan program pengelolaan sampah berbasis banjar di lima desa pesisir Kecamatan Jembrana dan Kecamatan Negara.

        Untuk dokumen baseline, kami mohon data:
        1. jumlah penduduk dan rumah tangga di Desa Perancak, Desa Budeng, Desa Air Kuning, Kelurahan Loloan Timur dan Desa Pengambengan;
        2. persentase rumah tangga menurut cara pembuangan sampah (Kabupaten Jembrana);
        3. keberadaan tempat pembuangan sampah sementara per desa (Podes 2024).

        Suksma atas bantuannya.

        Salam lestari,
        Luh Ayu Sekarwangi
        '''), name='Luh Ayu Sekarwangi', inst='Yayasan Lingkar Pesisir Bali Barat', **F)

    C('f18-req-ppdi-disability-acronym-in-brackets', 'gmail', 'Komang Ardana', 'komangardana.ppdi@gmail.com',
      'Data penyandang disabilitas Jembrana', T('''
        Selamat pagi Bapak/Ibu,

        Saya I Komang Ardana, Ketua Persatuan Penyandang Disabilitas Indonesia (PPDI) Kabupaten Jembrana. Kami sedang mengadvokasi Ranperda Penyandang Disabilitas bersama DPRD, dan diminta menyertakan data resmi.

        Mohon bantuan data jumlah penyandang disabilitas menurut jenis disabilitas dan kecamatan, serta persentase penyandang disabilitas usia kerja yang bekerja, tahun terbaru.

        Mohon maaf jika ada salah ketik, saya menulis dengan pembaca layar.

        Terima kasih.
        Komang Ardana
        '''), name='I Komang Ardana', inst='Persatuan Penyandang Disabilitas Indonesia (PPDI) Kabupaten Jembrana', **F)

    C('f18-req-en-plan-international-officer', 'outlook', 'Maya Anindita', 'maya.anindita@plan-international.org',
      'Data request: adolescent girls, Jembrana Regency', T('''
        Dear BPS Jembrana,

        I am Maya Anindita, Monitoring, Evaluation and Learning Officer at Plan International Indonesia. We are designing a programme on adolescent girls' education and early marriage in western Bali, starting in 2027.

        Could you please share, for Jembrana:
        1. school participation rate of girls aged 16-18, 2020-2025;
        2. the proportion of women aged 20-24 first married before 18, 2020-2025;
        3. female population aged 10-19 by kecamatan, 2025.

        Many thanks for your kind support.

        Best regards,
        Maya Anindita
        Plan International Indonesia
        Menara Duta, Jakarta
        '''), name='Maya Anindita', inst='Plan International Indonesia', lang='en', **F)

    C('f18-req-kub-fishers-yahoo-typos', 'yahoo', 'kub segara amerta', 'kubsegaraamerta@yahoo.co.id', 'Mohon data harga ikan', T('''
        Selamat siang bpk/ibu BPS.
        kami dari KUB Segara Amerta Perancak, kelompok nelayan jukung. mohon di bantu data harga ikan tongkol dan lemuru di tingkat nelayan per bulan thn 2024 sampe 2026 di jembrana. data ini utk rapat kelompok sma pengepul karna harga skrg jatuh trus.
        terimakasih.
        ketua KUB
        H. Samsudin

        Dikirim dari Yahoo Mail di Android
        '''), name='H. Samsudin', inst='KUB Segara Amerta Perancak', **F)

    C('f18-req-pokdarwis-consult-no-person', 'gmail', 'Pokdarwis Pantai Gumbrih', 'pokdarwis.gumbrih@gmail.com',
      'Konsultasi survei pengunjung pantai', T('''
        Om Swastyastu Bapak/Ibu,

        Kami dari Pokdarwis Pantai Gumbrih, Kecamatan Pekutatan. Mulai Januari kami ingin mencatat dan menyurvei pengunjung pantai (asal daerah, lama tinggal, pengeluaran) supaya bisa mengusulkan bantuan fasilitas ke dinas.

        Kami mohon konsultasi dengan petugas BPS tentang cara membuat kuesioner yang sederhana dan cara menghitung jumlah responden yang cukup. Apakah bisa lewat Zoom atau kami datang ke kantor?

        Suksma.
        Pengurus Pokdarwis
        '''), inst='Pokdarwis Pantai Gumbrih', **F)

    C('f18-req-osaka-paguyuban-diaspora', 'gmail', 'Made Ayu Sri Lestari', 'madeayu.osaka@gmail.com',
      'Pertanyaan data pekerja migran asal Jembrana', T('''
        Om Swastyastu,

        Saya Made Ayu Sri Lestari, asal Desa Batuagung, sekarang tinggal di Osaka. Saya pengurus Paguyuban Nyama Bali Osaka. Di paguyuban kami banyak anak muda Jembrana yang bekerja sebagai pekerja magang dan perawat lansia.

        Kami ingin tahu berapa jumlah penduduk Jembrana yang bekerja di luar negeri, kalau bisa menurut negara tujuan dan jenis kelamin, dari data BPS terbaru. Datanya untuk bahan diskusi paguyuban dengan Konsulat.

        Suksma pisan.
        Ayu
        '''), name='Made Ayu Sri Lestari', inst='Paguyuban Nyama Bali Osaka', **F)

    # ================================================================================================
    # New requests: the public
    # ================================================================================================
    C('f18-req-coconut-farmer-no-inst', 'gmail', 'nyoman sueca', 'nyomansueca1968@gmail.com', 'harga kopra', T('''
        Om swastyastu

        Saya Nyoman Sueca petani kelapa di Desa Yeh Sumbul. Saya mau minta data harga kopra dan kelapa butir di tingkat petani Jembrana per bulan dari 2023 sampai sekarang. Harga di pengepul sekarang naik turun terus, saya mau tahu yang benar.

        Suksma
        '''), name='Nyoman Sueca', **F)

    C('f18-req-retired-teacher-latin1-census-history', 'latin1', 'I Nyoman Seriada', 'nyoman.seriada@yahoo.com',
      'Permohonan data penduduk Desa Baluk dari masa ke masa', T('''
        Om Swastyastu,

        Dengan hormat, saya Drs. I Nyoman Seriada, pensiunan guru. Saat ini saya sedang menulis buku sejarah Desa Baluk untuk diwariskan kepada generasi muda desa kami.

        Saya memohon data jumlah penduduk Desa Baluk (dan bila ada, jumlah rumah tangga) hasil sensus penduduk tahun 1971, 1980, 1990, 2000, 2010 dan 2020. Bila data lama tidak ada dalam bentuk file, saya bersedia datang ke kantor untuk melihat buku aslinya.

        Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

        Om Santih, Santih, Santih Om
        I Nyoman Seriada
        '''), name='Drs. I Nyoman Seriada', **F)

    C('f18-req-investor-pribadi-surabaya', 'gmail', 'Andreas Liem', 'andreasliem.sby@gmail.com', 'Data pariwisata Jembrana', T('''
        Selamat siang,

        Saya Andreas Liem dari Surabaya. Permintaan ini untuk keperluan pribadi, bukan atas nama perusahaan: saya sedang mempertimbangkan membangun beberapa unit vila kecil di sekitar Pantai Medewi.

        Bisa minta data jumlah wisatawan mancanegara dan domestik yang menginap di Jembrana per bulan 2023-2026, tingkat hunian kamar hotel, dan rata-rata lama menginap?

        Terima kasih banyak.
        Andreas
        '''), name='Andreas Liem', **F)

    C('f18-req-no-name-no-inst-display-name-only', 'gmail', 'Rosalina Manurung', 'rosa.mnrg@gmail.com', 'minta data', T('''
        Permisi, mau minta data jumlah penduduk Kabupaten Jembrana menurut agama dan jenis kelamin tahun 2025. Agak urgent, terima kasih sebelumnya.
        '''), **F)

    C('f18-req-en-latin1-french-retiree-no-inst', 'latin1', 'Anaïs Moreau', 'anais.moreau@orange.fr',
      'Schools and health facilities near Negara', T('''
        Good morning,

        My name is Anaïs Moreau. My husband and I are French retirees and we are considering renting a house near Negara for a few years, possibly with our grandchildren visiting for long periods.

        Could you tell me how many schools, health centres (puskesmas) and hospitals there are in Kecamatan Negara and Kecamatan Jembrana, and the population of each district?

        With my thanks,
        Anaïs Moreau
        '''), name='Anaïs Moreau', lang='en', **F)

    # ================================================================================================
    # New requests: forwarded, letters, mixed
    # ================================================================================================
    C('f18-req-forward-office-id-gmail-poliwangi', 'gmail', 'BPS Kabupaten Jembrana', 'bps5101@bps.go.id',
      'Fwd: Permohonan data kunjungan wisata TNBB', T('''
        Tolong ditindaklanjuti ya, salah alamat ke email kantor.

        ---------- Pesan terusan ---------
        Dari: Rizka Amelia Putri <rizkaamelia.pp@gmail.com>
        Date: Min, 29 Nov 2026 pukul 21.40
        Subject: Permohonan data kunjungan wisata TNBB
        To: <bps5101@bps.go.id>


        Selamat malam Bapak/Ibu,

        Saya Rizka Amelia Putri, mahasiswi D4 Manajemen Bisnis Pariwisata Politeknik Negeri Banyuwangi. Untuk tugas akhir tentang wisata lintas Selat Bali, saya mohon data jumlah kunjungan wisatawan ke Taman Nasional Bali Barat dan jumlah penumpang penyeberangan Ketapang-Gilimanuk per bulan tahun 2024-2025.

        Terima kasih.
        Rizka
        '''), name='Rizka Amelia Putri', inst='Politeknik Negeri Banyuwangi', **F)

    C('f18-req-smk-teacher-letter-attached-only', 'gmail', 'Made Arya Dinata', 'aryadinata.smkn1mdy@gmail.com',
      'Surat permohonan data - SMKN 1 Mendoyo', T('''
        Selamat pagi,

        Saya I Made Arya Dinata, guru pembimbing di SMK Negeri 1 Mendoyo. Bersama email ini saya kirimkan surat permohonan data untuk kegiatan praktik siswa jurusan Agribisnis. Rincian data yang diperlukan ada di dalam surat.

        Terima kasih.
        '''), name='I Made Arya Dinata', inst='SMK Negeri 1 Mendoyo',
      attachments=[PDF('Surat Permohonan Data SMKN 1 Mendoyo.pdf'), JPG('lampiran_daftar_data.jpg')], **F)

    # ================================================================================================
    # Replies in existing tickets
    # ================================================================================================
    C('f18-reply-identity-after-ask-um', 'gmail', 'Anisa Rahmawati', 'anisarahma.um@gmail.com', 'Re: ' + S_ASK % 1801, T('''
        Maaf kak kelupaan 🙏 nama saya Anisa Rahmawati, mahasiswi Universitas Negeri Malang, prodi Pendidikan Geografi.
        '''), kind='reply', name='Anisa Rahmawati', inst='Universitas Negeri Malang', req=False, ticket='PST-2026-01801',
      quote=gq(ASK, 'id'), **rp(1801), **F)

    C('f18-reply-thanks-outlook-signature-inst', 'outlook', 'Dinsos P3A Kab. Jembrana', 'dinsosp3a@jembranakab.go.id',
      'RE: ' + S_DATA % 1802, T('''
        Selamat siang,

        Data sudah kami terima lengkap. Terima kasih atas bantuan yang cepat.

        Salam,
        Ni Kadek Novi Ariyanti
        Dinas Sosial P3A Kabupaten Jembrana
        '''), kind='reply', name='Ni Kadek Novi Ariyanti', inst='Dinas Sosial P3A Kabupaten Jembrana', req=False,
      ticket='PST-2026-01802',
      quote=oq(DATA_ID % 1802, 'Dinsos P3A Kab. Jembrana <dinsosp3a@jembranakab.go.id>', S_DATA % 1802, 'id'),
      **rp(1802), **F)

    C('f18-reply-yahoo-adds-earlier-years', 'yahoo', 'Komang Tri Wahyuni', 'komangtriwahyuni@yahoo.com',
      'Re: ' + S_DATA % 1803, T('''
        Terima kasih banyak datanya Bapak/Ibu. Kalau boleh, mohon juga data jumlah lansia per kecamatan untuk tahun 2020 sampai 2024, karena dosen saya minta ada tren lima tahun.

        Komang Tri
        '''), kind='reply', name='Komang Tri', req=True, ticket='PST-2026-01803', quote=yid(DATA_ID % 1803),
      **rp(1803), **F)

    C('f18-reply-en-definition-question', 'gmail', 'Tom Nguyen-Barker', 't.nguyenbarker@student.unimelb.edu.au',
      'Re: ' + S_DATA % 1804, T('''
        Hi again,

        Thanks so much for the census tables, they arrived safely. One question before I use them: in the 2010 table Desa Melaya appears twice, once with a population of 9,214 and once with 3,870. Was the village split after 2010, or is one of these a typo? And do you have the desa boundaries used in 2010 anywhere?

        Cheers,
        Tom
        '''), kind='reply', name='Tom', req=True, lang='en', ticket='PST-2026-01804',
      quote=gq(DATA_EN % 1804, 'en', 'Mon, Nov 30, 2026 at 8:47 AM'), **rp(1804), **F)

    C('f18-reply-status-check-new-mail-ticket-in-text', 'gmail', 'Wahyu Dwi Saputra', 'wahyudwisaputra.ak@gmail.com',
      'Menanyakan perkembangan permintaan data', T('''
        Selamat pagi min,

        Mohon maaf mengganggu, saya mau menanyakan perkembangan permintaan data saya dengan nomor tiket PST-2026-01805 (PDRB dan penduduk 2019-2025). Sudah seminggu belum ada kabar, kira-kira kapan bisa dikirim ya min?

        Terima kasih.
        Wahyu
        '''), kind='reply', name='Wahyu', req=False, ticket='PST-2026-01805', **F)

    C('f18-reply-android-letter-attached', 'gmail', 'Nurul Aulia Rahmi', 'nurulaulia.rahmi@gmail.com',
      'Re: ' + S_INFO % 1806, T('''
        Baik Bapak/Ibu, berikut saya lampirkan surat pengantar dari prodi. Mohon maaf baru sempat mengirim.

        Salam,
        Nurul
        '''), kind='reply', name='Nurul', req=False, ticket='PST-2026-01806',
      quote=andq(LETTER_ID % 1806), attachments=[PDF('Surat Pengantar Prodi Ilmu Kelautan UNRAM.pdf')],
      **rp(1806), **F)

    C('f18-reply-iphone-siap-ditunggu-no-name', 'iphone', '', 'nandaaa.wulan@icloud.com', 'Re: ' + S_ACK % 1807, T('''
        okee kak siap ditunggu yaa 🥰

        Sent from my iPhone
        '''), kind='reply', req=False, ticket='PST-2026-01807',
      quote=ipq(ACK % (1807, 'Nanda', 'Universitas Pendidikan Ganesha', 'TPT per kecamatan 2022-2024')), **rp(1807), **F)

    C('f18-reply-corrects-institution-after-ack', 'outlook', 'Putu Eka Suryawan', 'ekasuryawan.dishub@jembranakab.go.id',
      'RE: ' + S_ACK % 1808, T('''
        Selamat siang,

        Mohon koreksi pada tanda terima: instansi saya Dinas Perhubungan Kabupaten Jembrana, bukan Dinas Perhubungan Provinsi Bali. Surat balasan nanti mohon ditujukan ke instansi kami.

        Terima kasih.

        Putu Eka Suryawan
        Seksi Angkutan, Dinas Perhubungan Kabupaten Jembrana
        '''), kind='reply', name='Putu Eka Suryawan', inst='Dinas Perhubungan Kabupaten Jembrana', req=False,
      ticket='PST-2026-01808',
      quote=olm(ACK % (1808, 'Putu Eka Suryawan', 'Dinas Perhubungan Provinsi Bali',
                       'Jumlah kendaraan bermotor per kecamatan 2023-2025'),
                'Putu Eka Suryawan <ekasuryawan.dishub@jembranakab.go.id>', S_ACK % 1808), **rp(1808), **F)

    C('f18-reply-colleague-on-behalf', 'outlook', 'Komang Budi Astawa', 'budiastawa.kpu@gmail.com',
      'RE: ' + S_ACK % 1809, T('''
        Selamat siang Bapak/Ibu,

        Saya rekan kerja Ibu Komang Sri Ardani. Beliau sedang cuti sampai pertengahan Desember, jadi mohon data dan surat balasan untuk permintaan ini dikirim juga ke email saya ini.

        Terima kasih.

        Salam,
        Komang Budi Astawa
        Sekretariat KPU Kabupaten Jembrana
        '''), kind='reply', name='Komang Budi Astawa', inst='Sekretariat KPU Kabupaten Jembrana', req=False,
      ticket='PST-2026-01809',
      quote=oq(ACK % (1809, 'Komang Sri Ardani', 'Sekretariat KPU Kabupaten Jembrana',
                      'Proyeksi penduduk 17+ per kecamatan 2027-2029'),
               'Komang Sri Ardani <sriardani.kpujembrana@gmail.com>', S_ACK % 1809, 'id'), **rp(1809), **F)

    C('f18-reply-thunderbird-bottom-posted-file-corrupt', 'thunderbird', 'I Putu Krisna Adwitya', 'krisna.adwitya@unud.ac.id',
      'Re: ' + S_DATA % 1810,
      tbq(DATA_ID % 1810) + '\n\n' + T('''
        Suksma atas kirimannya. Sayangnya file Excel yang kedua (Podes) tidak bisa dibuka, muncul pesan "file format or extension is not valid". Mohon berkenan dikirim ulang, mungkin dalam bentuk .zip.

        Krisna
        '''), kind='reply', name='Krisna', req=False, ticket='PST-2026-01810', **rp(1810), **F)

    C('f18-reply-outlook-mobile-will-pick-up-print', 'outlook', 'I Nyoman Seriada', 'nyoman.seriada@yahoo.com',
      'RE: ' + S_INFO % 1811, T('''
        Baik, terima kasih atas penjelasannya. Saya akan datang ke kantor BPS hari Kamis pagi untuk melihat buku-buku sensus lama tersebut.

        Salam,
        Nyoman Seriada

        Dapatkan Outlook untuk Android
        '''), kind='reply', name='Nyoman Seriada', req=False, ticket='PST-2026-01811',
      quote=olm(INFO_ID % 1811, 'I Nyoman Seriada <nyoman.seriada@yahoo.com>', S_INFO % 1811), **rp(1811), **F)

    C('f18-reply-references-only-asks-desa-level', 'gmail', 'Fajar Rizky', 'kkn12.umm.tegalbadeng@gmail.com',
      'Re: Permohonan data profil desa - KKN UMM Kelompok 12', T('''
        Terima kasih atas tanggapannya Bapak/Ibu. Sekalian kami mohon data jumlah rumah tangga yang punya akses air minum layak untuk Desa Tegalbadeng Barat, kalau ada datanya sampai tingkat desa.

        Salam,
        Fajar
        '''), kind='reply', name='Fajar', req=True, ticket='PST-2026-01812',
      quote=gq(ACK % (1812, 'Fajar Rizky Maulana', 'Universitas Muhammadiyah Malang',
                      'Profil Desa Tegalbadeng Barat'), 'id'),
      references=['CA+Kq7xfR2uU0tLw@mail.gmail.com', OUR(1812, '5d0c7a92')], **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f18-rating-bare-five-android', 'gmail', 'putu suarjaya', 'putusuarjaya.tc@gmail.com', 'Re: ' + S_RATE % 1821, T('''
        5

        Suksma, data sudah kami pakai waktu musdes kemarin.
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-01821', quote=andq(RATE_ID % 1821), **rp(1821), **F)

    C('f18-rating-empat-words-yahoo-signed', 'yahoo', 'kub segara amerta', 'kubsegaraamerta@yahoo.co.id',
      'Re: ' + S_RATE % 1822, T('''
        Nilai dari kami empat. Data harga lemuru ada, tapi harga tongkol tidak ada per bulan.
        H. Samsudin
        KUB Segara Amerta Perancak
        '''), kind='rating', rating=4, name='H. Samsudin', inst='KUB Segara Amerta Perancak', req=False,
      ticket='PST-2026-01822', quote=yid(RATE_ID % 1822), **rp(1822), **F)

    C('f18-rating-en-three-with-reason', 'gmail', 'Rachel Lim', 'rachel.lim@meridianadvisory.sg', 'Re: ' + S_RATE % 1823, T('''
        Hi,

        I'd give it a 3. The expenditure tables were exactly what we needed, but it took almost three weeks and two reminders to get them.

        Rachel Lim
        Meridian Retail Advisory
        '''), kind='rating', rating=3, name='Rachel Lim', inst='Meridian Retail Advisory', req=False, lang='en',
      ticket='PST-2026-01823', quote=gq(RATE_EN % 1823, 'en', 'Mon, Nov 30, 2026 at 8:47 AM'), **rp(1823), **F)

    C('f18-rating-outlook-skala-lima-bank', 'outlook', 'I Gusti Ngurah Putra Wibawa', 'ngurah.wibawa@bpdbali.co.id',
      'RE: ' + S_RATE % 1824, T('''
        Selamat sore,

        Penilaian kami atas layanan: 5 (sangat puas). Petugas juga membantu menjelaskan perbedaan data UMK hasil SE2016 dan pendataan dinas.

        Salam,
        Ngurah Wibawa
        Bank BPD Bali Cabang Negara
        '''), kind='rating', rating=5, name='Ngurah Wibawa', inst='Bank BPD Bali Cabang Negara', req=False,
      ticket='PST-2026-01824',
      quote=oq(RATE_ID % 1824, 'I Gusti Ngurah Putra Wibawa <ngurah.wibawa@bpdbali.co.id>', S_RATE % 1824, 'id'),
      **rp(1824), **F)

    C('f18-rating-four-stars-of-five-iphone', 'iphone', 'Dharma Yudistira', 'dharmayudis07@gmail.com', 'Re: ' + S_RATE % 1825, T('''
        ★★★★☆ terima kasih pak/bu, projek kami sudah dipresentasikan 🙏

        Sent from my iPhone
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-01825', quote=ipq(RATE_ID % 1825), **rp(1825), **F)

    C('f18-rating-new-mail-ticket-in-subject-two', 'gmail', 'Hengky Wijaya', 'cvgrahasentosa.ngr@gmail.com',
      'Penilaian layanan tiket PST-2026-01826', T('''
        Sore. Email penilaian dari BPS tidak bisa saya balas dari HP, jadi saya kirim baru.

        Nilai saya 2. Data kepemilikan rumah cuma sampai tingkat kabupaten, padahal sudah saya jelaskan perlunya per kecamatan, dan jawabannya baru datang 12 hari kemudian.

        Hengky Wijaya
        CV Graha Sentosa Abadi
        '''), kind='rating', rating=2, name='Hengky Wijaya', inst='CV Graha Sentosa Abadi', req=False,
      ticket='PST-2026-01826', **F)

    C('f18-rating-jakarta-slang-gue-kasih-empat', 'gmail', 'Nadya Pramesti', 'nadya@tanilink.id', 'Re: ' + S_RATE % 1827, T('''
        Gue kasih 4 ya kak 😄 fast response, cuma data HP/internet-nya ternyata cuma ada di level provinsi. Overall helpful banget, thanks!
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-01827', quote=gq(RATE_ID % 1827, 'id'), **rp(1827), **F)

    C('f18-rating-one-never-received', 'plain', 'Anton Sihombing', 'antonsihombing@tempo.co.id', 'Re: ' + S_RATE % 1828, T('''
        Nilai 1.

        Tiket ditutup, tapi data gini ratio yang saya minta tidak pernah dikirim. Tulisan saya terpaksa terbit memakai angka provinsi.

        Anton Sihombing
        Majalah Tempo
        '''), kind='rating', rating=1, name='Anton Sihombing', inst='Majalah Tempo', req=False, ticket='PST-2026-01828',
      quote=tbq(RATE_ID % 1828), **rp(1828), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f18-complaint-excel-download-broken-undiksha', 'gmail', 'Ketut Mahendra', 'ketutmahendra.stat@undiksha.ac.id',
      'Tombol unduh Excel di website tidak berfungsi', T('''
        Selamat siang Bapak/Ibu,

        Saya Ketut Mahendra, mahasiswa Statistika Universitas Pendidikan Ganesha. Sejak kemarin tombol "Unduh Excel" pada tabel statistik di website BPS Kabupaten Jembrana hanya menghasilkan file kosong 0 KB, baik untuk tabel penduduk maupun tabel pertanian. Saya sudah mencoba di Chrome dan Firefox, hasilnya sama.

        Mohon dicek dan diperbaiki. Terima kasih.
        '''), kind='complaint', name='Ketut Mahendra', inst='Universitas Pendidikan Ganesha', req=False, **F)

    C('f18-complaint-slow-ticket-in-text', 'gmail', 'Teuku Raihan Akbar', 'raihan.akbar.tr@gmail.com',
      'Keluhan: permintaan belum dijawab', T('''
        Selamat siang,

        Dengan segala hormat, saya ingin menyampaikan keluhan. Permintaan saya dengan nomor tiket PST-2026-01831 sudah tiga minggu tanpa jawaban, padahal janji layanan di website adalah tiga hari kerja. Saya sudah dua kali mengirim pengingat. Jadwal sidang kemajuan disertasi saya sudah dekat.

        Mohon perhatiannya.

        Teuku Raihan Akbar
        '''), kind='complaint', name='Teuku Raihan Akbar', req=False, ticket='PST-2026-01831', **F)

    C('f18-complaint-se2026-enumerator-night-visit', 'yahoo', 'ibu sulastri', 'sulastri.warung@yahoo.co.id', 'keberatan petugas sensus', T('''
        Selamat malam

        Saya Sulastri, punya warung kelontong di Jl. Gatot Subroto Loloan Barat. Mau menyampaikan keberatan, kemarin jam 9 malam ada petugas Sensus Ekonomi datang, pas warung mau tutup. Petugasnya tanya omzet dan untung sebulan berapa, terus didesak terus waktu saya bilang tidak tahu pasti. Saya jadi takut ini nanti untuk pajak.

        Tolong petugasnya diberi pengarahan supaya datang siang dan tidak memaksa. Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Sulastri', req=False, **F)

    C('f18-suggestion-open-data-per-desa-lecturer', 'outlook', 'Made Ary Sanjaya', 'arysanjaya@unmas.ac.id',
      'Saran: penyediaan tabel tingkat desa dalam format terbuka', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Sekadar saran dari kami di kampus: permintaan data tingkat desa dari mahasiswa sangat banyak dan kelihatannya selalu dijawab satu per satu oleh petugas. Akan sangat efisien bila tabel-tabel Podes dan Kecamatan Dalam Angka disediakan dalam format CSV/Excel yang bisa diunduh langsung, lengkap dengan kode wilayahnya, sehingga petugas bisa fokus pada konsultasi.

        Semoga bermanfaat.

        Salam hormat,
        Dr. I Made Ary Sanjaya, S.E., M.Si.
        Universitas Mahasaraswati Denpasar
        '''), kind='complaint', name='Dr. I Made Ary Sanjaya', inst='Universitas Mahasaraswati Denpasar', req=False, **F)

    C('f18-complaint-en-unanswered-three-times', 'gmail', 'Marco Bianchi', 'marco.bianchi.travel@gmail.com',
      'Third attempt - no reply', T('''
        Hello,

        This is the third time I am writing to this address. My first two emails (9 and 17 November) about population figures for Negara received no answer at all, not even an automatic confirmation. Is this address still in use? If not, please update your website.

        Regards,
        Marco Bianchi
        '''), kind='complaint', name='Marco Bianchi', req=False, lang='en', **F)

    C('f18-complaint-table-total-wrong-journalist', 'gmail', 'Putu Adi Kurniawan', 'redaksi.gemamerta@gmail.com',
      'Laporan kesalahan angka di Jembrana Dalam Angka 2026', T('''
        Selamat pagi,

        Saat menyiapkan naskah siaran, kami menemukan kejanggalan pada publikasi Kabupaten Jembrana Dalam Angka 2026, tabel jumlah penduduk menurut kecamatan: jumlah kelima kecamatan jika dijumlahkan manual adalah 323.150 jiwa, tetapi baris "Jembrana" tertulis 332.150 jiwa. Mohon dicek, karena angka ini sudah banyak dikutip media lokal.

        Salam,
        Putu Adi Kurniawan
        Radio Gema Merta FM
        '''), kind='complaint', name='Putu Adi Kurniawan', inst='Radio Gema Merta FM', req=False, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f18-ooo-en-outlook-conference', 'outlook', 'Maya Anindita', 'maya.anindita@plan-international.org',
      'Automatic reply: ' + S_DATA % 1841, T('''
        Thank you for your email. I am travelling to a regional MEL workshop in Bangkok until 4 December 2026 and will have limited access to email. For urgent matters please contact mel.indonesia@plan-international.org.

        Best,
        Maya
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01841',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1841), **F)

    C('f18-ooo-gmail-umrah', 'gmail', 'Ahmad Fauzi', 'bimasislam.jembrana@kemenag.go.id',
      'Balasan otomatis: ' + S_RATE % 1842, T('''
        Assalamu'alaikum.

        Terima kasih atas email Anda. Saya sedang menunaikan ibadah umrah sampai dengan 11 Desember 2026. Untuk urusan kedinasan yang mendesak, silakan menghubungi staf Seksi Bimas Islam di nomor (0365) 41xxx.

        Wassalamu'alaikum.
        '''), kind='auto_reply', req=False, ticket='PST-2026-01842',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(1842), **F)

    C('f18-ooo-consultancy-mailbox-no-headers', 'outlook', 'PT Enviro Cipta Konsulindo', 'info@envirocipta.co.id',
      'RE: ' + S_ACK % 1843, T('''
        Terima kasih telah menghubungi PT Enviro Cipta Konsulindo.

        Email ini dibalas secara otomatis. Kantor kami tutup untuk kegiatan evaluasi tahunan pada 30 November - 2 Desember 2026 dan email Anda akan kami tindak lanjuti setelah kantor kembali beroperasi.

        Hormat kami,
        Sekretariat
        '''), kind='auto_reply', req=False, ticket='PST-2026-01843', **rp(1843), **F)

    # ================================================================================================
    # Bounce
    # ================================================================================================
    D('f18-dsn-yahoo-mailbox-full', dict(
        recipient='sulastri.warung@yahoo.co.id', original_message_id=OUR(1851, '5d0c7a92'),
        orig_subject=S_DATA % 1851, status='5.2.2',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients. It\'s attached below.\n\n'
              '                   The mail system\n\n'
              '<sulastri.warung@yahoo.co.id>: host mx-eu.mail.am0.yahoodns.net[188.125.72.74]\n'
              '    said: 552 1 Requested mail action aborted, mailbox full (in reply to\n'
              '    RCPT TO command)')), 'PST-2026-01851', **F)
