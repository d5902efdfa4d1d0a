# corpus_fresh19.py: a nineteenth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh19"; tickets PST-2026-019xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh19')

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
            return 'Pada 25 Nov 2026, pukul 13.41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 13:41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/2026 13.41, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 13.41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '5d07c2aa'), references=[OUR(n, '5d07c2aa')])

    # ================================================================================================
    # New requests: students and academics
    # ================================================================================================
    C('f19-req-unmas-student-formal-alih-fungsi', 'gmail', 'Agus Pranata', 'gedeaguspranata.yoga@gmail.com',
      'Permohonan Data Luas Lahan Sawah untuk Penelitian Skripsi', T('''
        Om Swastyastu,

        Yang terhormat Bapak/Ibu Petugas Pelayanan Statistik Terpadu BPS Kabupaten Jembrana.

        Perkenalkan, nama saya I Gede Agus Pranata Yoga, mahasiswa semester tujuh Program Studi Agribisnis, Fakultas Pertanian, Universitas Mahasaraswati Denpasar. Saat ini saya sedang menyusun skripsi dengan judul "Faktor-Faktor yang Mempengaruhi Alih Fungsi Lahan Sawah di Kabupaten Jembrana Tahun 2015-2025".

        Sehubungan dengan hal tersebut, saya bermaksud memohon data sebagai berikut:
        1. Luas lahan sawah menurut kecamatan di Kabupaten Jembrana tahun 2015-2025;
        2. Jumlah penduduk dan laju pertumbuhan penduduk menurut kecamatan tahun 2015-2025;
        3. PDRB sektor pertanian dan sektor konstruksi atas dasar harga konstan tahun 2015-2025.

        Apabila data tersebut dapat dikirimkan dalam bentuk Excel, akan sangat membantu saya. Atas perhatian dan bantuan Bapak/Ibu saya ucapkan terima kasih.

        Om Santih, Santih, Santih Om.

        Hormat saya,
        I Gede Agus Pranata Yoga
        NPM 2212xxxx
        HP 0878-6123-xxxx
        '''), name='I Gede Agus Pranata Yoga', inst='Universitas Mahasaraswati Denpasar', **F)

    C('f19-req-ub-master-javanese-code-switch', 'gmail', 'Dimas Aryo W', 'dimasaryo.w@student.ub.ac.id',
      'Request data ketenagakerjaan Jembrana utk tesis', T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf mengganggu waktunya. Saya Dimas Aryo Wicaksono, mahasiswa Magister Ilmu Ekonomi FEB Universitas Brawijaya, Malang. Tesis saya tentang labor shift dari sektor pertanian ke sektor jasa di kabupaten-kabupaten yang dilalui jalur logistik Jawa-Bali, dan Jembrana jadi salah satu case utama karena posisinya sebagai gerbang lewat Gilimanuk.

        Data yang saya perlukan:
        - penduduk 15+ yang bekerja menurut lapangan usaha (minimal 9 sektor), Agustus 2015-2025
        - TPAK dan TPT menurut jenis kelamin, 2015-2025
        - kalau memungkinkan, rata-rata upah buruh per sektor

        Kalau memang ada yang hanya bisa diakses via raw data Sakernas, mohon info prosedurnya nggih. Matur nuwun sanget.

        Salam,
        Dimas
        '''), name='Dimas Aryo Wicaksono', inst='Universitas Brawijaya', **F)

    C('f19-req-unair-chat-stunting-iphone', 'iphone', 'Nabila', 'nabilaazzahra.p@icloud.com', 'kak mau minta data 🙏', T('''
        halo kak selamat sore 🙏 maaf ganggu
        aku Nabila Azzahra Putri mhs gizi unair semester 6, lg bikin proposal penelitian ttg stunting di daerah pesisir, dospem nyuruh ambil jembrana krn ada desa nelayannya
        aku butuh data prevalensi balita stunting per kecamatan (kalo ada), jumlah balita per kecamatan 2024-2025, sama persentase RT yg punya akses air minum layak kak
        boleh ya kak? makasiii bgt 🥺

        Sent from my iPhone
        '''), name='Nabila Azzahra Putri', inst='unair', **F)

    C('f19-req-undip-doctoral-batak-thunderbird', 'thunderbird', 'Rotua Simanjuntak', 'rotuasimanjuntak@students.undip.ac.id',
      'Permohonan data IPM dan pengeluaran per kapita', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        u.p. Pelayanan Statistik Terpadu

        Dengan hormat,

        Saya, Rotua Simanjuntak, S.E., M.Si., mahasiswa Program Doktor Ilmu Ekonomi, Fakultas Ekonomika dan Bisnis, Universitas Diponegoro, Semarang, saat ini sedang menyusun disertasi mengenai konvergensi pembangunan manusia antarkabupaten di wilayah Bali dan Nusa Tenggara.

        Untuk itu saya mohon kesediaan Bapak/Ibu memberikan data Kabupaten Jembrana sebagai berikut:
        1. Indeks Pembangunan Manusia beserta komponennya (UHH, HLS, RLS, pengeluaran per kapita disesuaikan), 2010-2025;
        2. Gini ratio, 2015-2025;
        3. Realisasi belanja fungsi pendidikan dan kesehatan pemerintah daerah, bila BPS memilikinya.

        Atas bantuan Bapak/Ibu saya mengucapkan terima kasih.

        Hormat saya,

        Rotua Simanjuntak
        NIM 301012xxxxxx
        Program Doktor Ilmu Ekonomi FEB Undip
        '''), name='Rotua Simanjuntak', inst='Universitas Diponegoro', wrap=74, **F)

    C('f19-req-unram-sasak-lalu-fish-landing', 'gmail', 'Lalu Zaki', 'lalumzaki.unram@gmail.com',
      'Permohonan data perikanan tangkap', T('''
        Assalamualaikum wr. wb.

        Selamat pagi Bapak/Ibu. Saya Lalu Muhammad Zaki Ramdhani, mahasiswa Program Studi Ilmu Kelautan Universitas Mataram. Saya sedang melakukan penelitian tentang musim penangkapan ikan lemuru di Selat Bali untuk tugas akhir.

        Mohon dibantu data produksi perikanan tangkap di Kabupaten Jembrana per bulan menurut jenis ikan (khususnya lemuru, tongkol, layang) tahun 2018-2025 dan jumlah nelayan/RTP per kecamatan.

        Terima kasih atas perhatiannya.
        Wassalamualaikum wr. wb.

        Lalu M. Zaki R.
        '''), name='Lalu Muhammad Zaki Ramdhani', inst='Universitas Mataram', **F)

    C('f19-req-uhn-sugriwa-ida-ayu-religion', 'gmail', 'Dayu Mirah', 'dayumirah.wulandari@gmail.com',
      'Mohon bantuan data penduduk menurut agama', T('''
        Om Swastyastu Bapak/Ibu,

        Tiang Ida Ayu Putu Mirah Wulandari, mahasiswi Program Studi Penerangan Agama Hindu, UHN I Gusti Bagus Sugriwa Denpasar. Tiang sedang menyusun penelitian tentang kehidupan umat Hindu di desa-desa dengan penduduk multi agama di Jembrana, seperti Desa Blimbingsari, Desa Tegal Badeng Timur, dan Kelurahan Loloan Barat.

        Mohon tiang dibantu data:
        - jumlah penduduk menurut agama per desa/kelurahan di Kecamatan Negara dan Kecamatan Melaya (data terbaru);
        - jumlah tempat ibadah menurut jenis per desa (Podes 2024).

        Suksma pisan atas bantuannya.

        Om Santih, Santih, Santih Om
        Dayu Mirah
        '''), name='Ida Ayu Putu Mirah Wulandari', inst='UHN I Gusti Bagus Sugriwa Denpasar', **F)

    C('f19-req-en-laval-signature-only-fisheries-coops', 'gmail', 'Marc-Olivier Tremblay', 'marc-olivier.tremblay.3@ulaval.ca',
      'Data request - fishing cooperatives and fish processing, Jembrana', T('''
        Good morning,

        I am preparing a comparative study of small-scale fish processing (pindang, canning, fish meal) in coastal regencies of Indonesia and the Philippines, and my supervisor recommended Jembrana because of the Pengambengan cluster.

        I would be very grateful for the following, ideally in Excel:
        1. number of fish processing establishments by scale (micro/small vs. medium/large), 2019-2025;
        2. workers in fish processing by sex, latest year available;
        3. number of fishery cooperatives in Jembrana, if recorded.

        If there is a form to fill or a fee, please let me know and I will take care of it.

        Merci beaucoup and best regards,

        Marc-Olivier Tremblay
        PhD candidate, Department of Geography
        Université Laval, Québec, Canada
        '''), name='Marc-Olivier Tremblay', inst='Université Laval', lang='en', **F)

    C('f19-req-en-uplb-name-mid-sentence', 'outlook', 'Maria Cristina Dela Cruz', 'mcdelacruz2@up.edu.ph',
      'Request for rice and coconut statistics - Jembrana', T('''
        Dear Ma'am/Sir,

        Good day! I'm writing as part of a small team at the University of the Philippines Los Baños, and my name is Maria Cristina Dela Cruz, an assistant professor at the Department of Agricultural and Applied Economics. We are comparing coconut-based farming systems in Quezon province and in Bali.

        May we kindly request:
        - harvested area and production of coconut (kelapa dalam) by kecamatan, 2018-2025;
        - number of agricultural households by main commodity (ST2023);
        - farmers' terms of trade (NTP) for plantation crops, Bali, 2018-2025.

        We would truly appreciate your assistance. Salamat po and terima kasih!

        Respectfully,
        Cristina
        '''), name='Maria Cristina Dela Cruz', inst='University of the Philippines Los Baños', lang='en', **F)

    C('f19-req-en-ntu-taiwan-migrant-workers', 'gmail', 'Chen Yu-Ting', 'r12341077@ntu.edu.tw',
      'Inquiry: Statistics on Overseas Migrant Workers from Jembrana', T('''
        Dear BPS Jembrana,

        My name is Chen Yu-Ting and I am a master's student in the Graduate Institute of Sociology at National Taiwan University. Many of the Indonesian fishermen working on Taiwanese distant-water vessels come from Bali and Java, and some of the people I interviewed in Kaohsiung told me they are from Jembrana.

        Could you please tell me whether BPS has:
        (1) the number of residents of Jembrana working abroad, by sex and by destination country;
        (2) the share of households receiving remittances from abroad;
        (3) population by kecamatan, 2025.

        I apologise that I cannot write in Indonesian. Thank you very much for your time.

        Best regards,
        Chen Yu-Ting
        '''), name='Chen Yu-Ting', inst='National Taiwan University', lang='en', **F)

    C('f19-req-ugm-need-only-in-docx-form', 'gmail', 'Fadhila Nur Annisa', 'fadhila.nur.annisa@mail.ugm.ac.id',
      'Formulir Permintaan Data - Fadhila Nur Annisa', T('''
        Selamat pagi Bapak/Ibu,

        Saya Fadhila Nur Annisa, mahasiswa S1 Pembangunan Wilayah, Fakultas Geografi Universitas Gadjah Mada. Bersama email ini saya lampirkan formulir permintaan data yang sudah saya isi beserta rincian tabel yang saya perlukan untuk skripsi. Mohon kiranya dapat diproses.

        Terima kasih banyak atas bantuannya.

        Salam hormat,
        Fadhila
        '''), name='Fadhila Nur Annisa', inst='Universitas Gadjah Mada',
      attachments=[DOCX('Formulir_Permintaan_Data_PST_Fadhila_UGM.docx')], **F)

    C('f19-req-stikom-lowercase-chat', 'gmail', 'putu ardi', 'putuardi.w22@gmail.com', 'minta data kak', T('''
        kak sy putu ardi dr itb stikom bali, mau minta data jumlah umkm di jembrana per kecamatan th 2022 - 2025 sm jmlh pengguna internet klo ada. buat tugas akhir bikin aplikasi pemetaan umkm. tq kak
        '''), name='putu ardi', inst='itb stikom bali', **F)

    C('f19-req-vague-unud-student-what-data', 'gmail', 'Kadek Dwi Ariyanti', 'dwiariyanti.kadek@student.unud.ac.id',
      'Konsultasi topik skripsi', T('''
        Om Swastyastu,

        Selamat siang Bapak/Ibu, saya Kadek Dwi Ariyanti, mahasiswa Ekonomi Pembangunan Universitas Udayana semester 6. Saya masih bingung menentukan topik skripsi dan ingin tahu data apa saja yang tersedia di BPS Kabupaten Jembrana yang bisa dipakai untuk penelitian tingkat kabupaten. Apakah saya boleh datang ke kantor untuk bertanya-tanya dulu?

        Suksma.
        '''), name='Kadek Dwi Ariyanti', inst='Universitas Udayana', req=False, **F)

    C('f19-req-undiksha-nim-only-no-name', 'gmail', 'mhs undiksha', 'pgsd.2111031xxx@undiksha.ac.id', 'Permohonan data pendidikan', T('''
        Selamat pagi Bapak/Ibu,

        Saya mahasiswa Universitas Pendidikan Ganesha, Program Studi PGSD. Untuk keperluan tugas mata kuliah Statistika Pendidikan, saya memerlukan data jumlah sekolah dasar, jumlah guru, dan jumlah murid SD per kecamatan di Kabupaten Jembrana tahun ajaran 2024/2025 dan 2025/2026.

        Terima kasih atas bantuannya.

        NIM 2111031xxx
        '''), inst='Universitas Pendidikan Ganesha', **F)

    C('f19-req-poltekkes-lecturer-outlook-nutrition', 'outlook', 'Ni Made Sri Dewi Lestari', 'sridewilestari@poltekkes-denpasar.ac.id',
      'Permohonan Data Konsumsi Pangan Rumah Tangga', T('''
        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Dengan hormat, kami dari Jurusan Gizi Poltekkes Kemenkes Denpasar akan melaksanakan penelitian dosen tahun 2027 mengenai pola konsumsi ikan pada rumah tangga nelayan di Kabupaten Jembrana.

        Kami mohon bantuan data:
        1. rata-rata konsumsi kalori dan protein per kapita sehari, Kabupaten Jembrana, 2020-2025;
        2. rata-rata pengeluaran per kapita sebulan untuk kelompok ikan/udang/cumi/kerang, 2020-2025;
        3. jumlah rumah tangga perikanan tangkap per desa di Kecamatan Negara dan Kecamatan Jembrana.

        Terima kasih atas kerja sama Bapak/Ibu.

        Hormat kami,

        Ni Made Sri Dewi Lestari, S.ST., M.Kes.
        Dosen Jurusan Gizi
        Poltekkes Kemenkes Denpasar
        Jl. Sanitasi No. 1, Sidakarya, Denpasar Selatan
        '''), name='Ni Made Sri Dewi Lestari', inst='Poltekkes Kemenkes Denpasar', **F)

    C('f19-req-umm-student-nyuwun-sewu', 'gmail', 'Rizki Bagus Saputro', 'rizkibagus.s@webmail.umm.ac.id',
      'Permohonan data pariwisata', T('''
        Nyuwun sewu Bapak/Ibu, selamat siang.

        Perkenalkan saya Rizki Bagus Saputro dari Universitas Muhammadiyah Malang, jurusan Ilmu Pemerintahan. Kebetulan saya asli Banyuwangi dan sedang meneliti kerja sama antardaerah Banyuwangi-Jembrana di bidang pariwisata.

        Saya mohon data jumlah kunjungan wisatawan nusantara dan mancanegara ke Kabupaten Jembrana tahun 2019-2025, dan jumlah akomodasi (hotel, homestay) per kecamatan.

        Matur nuwun, mohon maaf bila ada kata yang kurang berkenan.

        Rizki
        '''), name='Rizki Bagus Saputro', inst='Universitas Muhammadiyah Malang', **F)

    C('f19-req-undhira-identity-only-in-subject', 'gmail', 'Sinta M', 'sintamaharani.kdk@gmail.com',
      '[Permohonan Data] Sinta Maharani - Undhira', T('''
        Selamat siang Pak/Bu,

        Mohon bantuannya untuk data tingkat penghunian kamar hotel bintang dan non bintang di Kabupaten Jembrana per bulan tahun 2023-2025, serta rata-rata lama menginap tamu asing dan domestik.

        Data akan saya gunakan untuk tugas akhir. Terima kasih 🙏

        Sinta
        '''), name='Sinta Maharani', inst='Undhira', **F)

    C('f19-req-ipb-phd-minang-signature-only', 'outlook', 'Rahmi Fitria Yanti', 'rahmifitria@apps.ipb.ac.id',
      'Permohonan data harga dan produksi kakao', T('''
        Selamat pagi Bapak/Ibu,

        Bersama ini saya mohon bantuan data berikut untuk keperluan disertasi tentang integrasi pasar kakao di kawasan timur dan tengah Indonesia:

        - produksi kakao perkebunan rakyat Kabupaten Jembrana per tahun, 2010-2025;
        - harga produsen biji kakao kering per bulan di Kabupaten Jembrana atau Provinsi Bali, 2015-2025;
        - jumlah rumah tangga usaha perkebunan kakao hasil ST2023 per kecamatan.

        Terima kasih atas bantuan dan kerja samanya.

        Wassalam,

        Rahmi Fitria Yanti, S.P., M.Si.
        Mahasiswa Program Doktor Ilmu Ekonomi Pertanian
        Sekolah Pascasarjana IPB University
        Bogor 16680
        '''), name='Rahmi Fitria Yanti', inst='IPB University', **F)

    C('f19-req-pnb-student-interning-at-tourism-office', 'gmail', 'Komang Ayu Savitri', 'komangayusavitri@gmail.com',
      'Permohonan data untuk laporan PKL', T('''
        Selamat siang Bapak/Ibu,

        Saya Komang Ayu Savitri, mahasiswi D3 Usaha Perjalanan Wisata Politeknik Negeri Bali. Saat ini saya sedang praktik kerja lapangan di Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana selama tiga bulan.

        Untuk laporan PKL saya memerlukan data jumlah wisatawan yang berkunjung ke daya tarik wisata di Jembrana (Pantai Medewi, Bunut Bolong, Taman Nasional Bali Barat, dll.) tahun 2023-2025. Pembimbing di dinas menyarankan saya meminta ke BPS.

        Terima kasih banyak.

        Salam,
        Komang Ayu Savitri
        '''), name='Komang Ayu Savitri', inst='Politeknik Negeri Bali', **F)

    C('f19-req-warmadewa-need-only-in-subject-short-body', 'iphone', 'Agus', 'agus.wiryawan07@gmail.com',
      'Mohon data jumlah penduduk miskin & garis kemiskinan Jembrana 2018-2025', T('''
        Mohon dibantu Pak/Bu. Terima kasih.

        Agus - Universitas Warmadewa

        Sent from my iPhone
        '''), name='Agus', inst='Universitas Warmadewa', **F)

    # ================================================================================================
    # New requests: schools
    # ================================================================================================
    C('f19-req-smk-pupil-iphone-tourism-class', 'iphone', 'Kadek Rai', 'kadekrai.oktaviani@gmail.com', 'Izin meminta data', T('''
        Selamat siang Bapak/Ibu BPS Jembrana 🙏

        Saya Kadek Rai Oktaviani, siswi kelas XI Perhotelan di SMK Negeri 2 Negara. Guru produktif kami memberi tugas membuat laporan tentang potensi wisata Kabupaten Jembrana. Boleh saya minta data jumlah hotel dan jumlah kamar di Jembrana tahun 2025, serta jumlah tamu yang menginap?

        Terima kasih Bapak/Ibu.

        Dikirim dari iPhone saya
        '''), name='Kadek Rai Oktaviani', inst='SMK Negeri 2 Negara', **F)

    C('f19-req-sma-geography-teacher-yahoo', 'yahoo', 'nyoman sukarmini', 'nyomansukarmini68@yahoo.co.id',
      'permohonan data bahan ajar geografi', T('''
        Selamat pagi Bapak/Ibu di BPS Jembrana,

        Saya Dra. Ni Nyoman Sukarmini, guru Geografi di SMA Negeri 2 Negara. Untuk materi kependudukan kelas XI, saya ingin memakai data asli daerah kita supaya siswa lebih tertarik. Mohon dibantu data:
        - jumlah penduduk Kabupaten Jembrana menurut kecamatan dan jenis kelamin tahun 2025
        - jumlah kelahiran dan kematian, kalau ada
        - kepadatan penduduk per kecamatan

        Terima kasih banyak, semoga sehat selalu.

        Salam,
        Sukarmini

        Dikirim dari Yahoo Mail di Android
        '''), name='Dra. Ni Nyoman Sukarmini', inst='SMA Negeri 2 Negara', **F)

    C('f19-req-vague-smp-principal-asks-speaker', 'outlook', 'SMP Negeri 3 Mendoyo', 'smpn3mendoyo@gmail.com',
      'Permohonan narasumber', T('''
        Om Swastyastu,

        Yth. Kepala BPS Kabupaten Jembrana,

        Dalam rangka kegiatan Projek Penguatan Profil Pelajar Pancasila bertema "Gaya Hidup Berkelanjutan", kami berencana mengundang narasumber dari BPS untuk berbagi tentang pentingnya data bagi generasi muda. Mohon informasi apakah BPS berkenan dan siapa yang dapat kami hubungi untuk mengatur waktunya.

        Om Santih, Santih, Santih Om.

        I Made Sudiarta, S.Pd., M.Pd.
        Kepala SMP Negeri 3 Mendoyo
        '''), name='I Made Sudiarta', inst='SMP Negeri 3 Mendoyo', req=False, **F)

    # ================================================================================================
    # New requests: government, village, police and military, health
    # ================================================================================================
    C('f19-req-dinkes-numbered-letter-in-body', 'outlook', 'Dinas Kesehatan Jembrana', 'dikes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 1, Negara

        Nomor    : 400.7/2871/Dikes/2026
        Sifat    : Biasa
        Lampiran : 1 (satu) berkas
        Perihal  : Permohonan data

        Kepada
        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
        Negara

        Dengan hormat,

        Dalam rangka penetapan sasaran program kesehatan tahun 2027, bersama ini kami mohon data proyeksi jumlah penduduk Kabupaten Jembrana tahun 2026 dan 2027 menurut desa/kelurahan, kelompok umur lima tahunan dan jenis kelamin, beserta jumlah bayi (0 tahun) dan perkiraan jumlah ibu hamil.

        Format tabel yang kami harapkan terlampir. Demikian atas kerja samanya kami ucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. I Gusti Agung Putu Arisantha, M.Kes.
        Pembina Utama Muda
        NIP 19720314 200212 1 00x
        '''), name='dr. I Gusti Agung Putu Arisantha', inst='Dinas Kesehatan Kabupaten Jembrana',
      attachments=[PDF('Format Tabel Sasaran 2027.pdf')], **F)

    C('f19-req-kantor-camat-pekutatan-staff', 'gmail', 'Wayan Sriasih', 'sriasih.kecpekutatan@gmail.com',
      'Permohonan data untuk profil kecamatan', T('''
        Selamat pagi Bapak/Ibu,

        Saya Ni Wayan Sriasih, staf Seksi Pemerintahan di Kantor Camat Pekutatan. Kami sedang memperbarui buku profil Kecamatan Pekutatan tahun 2026. Mohon bantuan data Kecamatan Pekutatan Dalam Angka 2026 dalam format Excel, khususnya tabel penduduk per desa, luas wilayah, sarana pendidikan dan kesehatan, serta produksi pertanian per desa.

        Kalau publikasinya belum terbit, data sementara juga tidak apa-apa.

        Terima kasih.

        Wayan Sriasih
        Kantor Camat Pekutatan
        '''), name='Ni Wayan Sriasih', inst='Kantor Camat Pekutatan', **F)

    C('f19-req-bpbd-staff-outlook-bracket-acronym', 'outlook', 'I Putu Agus Hendra Wijaya', 'bpbd@jembranakab.go.id',
      'Permintaan data kependudukan untuk kajian risiko bencana', T('''
        Selamat siang,

        Kami dari Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Jembrana sedang memperbarui Kajian Risiko Bencana (KRB) 2027-2031. Salah satu komponen yang dihitung adalah kerentanan sosial, sehingga kami memerlukan data per desa/kelurahan:

        1. jumlah penduduk menurut jenis kelamin;
        2. jumlah penduduk kelompok umur rentan (balita dan lansia 65+);
        3. jumlah penduduk penyandang disabilitas (bila tersedia, SP2020 atau Podes);
        4. rasio jenis kelamin dan kepadatan penduduk.

        Mohon bantuannya. Terima kasih.

        Salam,
        I Putu Agus Hendra Wijaya, S.T.
        Analis Kebencanaan
        Bidang Pencegahan dan Kesiapsiagaan
        BPBD Kabupaten Jembrana
        '''), name='I Putu Agus Hendra Wijaya',
      inst='Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Jembrana', **F)

    C('f19-req-dinsos-provinsi-anak-agung', 'outlook', 'Anak Agung Ngurah Bagus Darmawan', 'gungdarmawan@dinsos.baliprov.go.id',
      'Permohonan Data Penyandang Masalah Kesejahteraan Sosial', T('''
        Yth. Bapak/Ibu,

        Perkenalkan saya Anak Agung Ngurah Bagus Darmawan, Penyuluh Sosial Ahli Muda pada Dinas Sosial Provinsi Bali. Kami sedang menyusun analisis kebutuhan bantuan sosial untuk lansia terlantar dan penyandang disabilitas di kabupaten/kota.

        Mohon bantuan data Kabupaten Jembrana:
        1. jumlah lansia (60+) yang tinggal sendiri, 2023-2025;
        2. persentase penduduk miskin dan jumlahnya per kecamatan (bila ada estimasinya);
        3. jumlah penyandang disabilitas menurut jenis kesulitan.

        Atas kerja samanya kami ucapkan terima kasih.

        Salam,
        Gung Darmawan
        Dinas Sosial Provinsi Bali
        Jl. Cok Agung Tresna, Renon, Denpasar
        '''), name='Anak Agung Ngurah Bagus Darmawan', inst='Dinas Sosial Provinsi Bali', **F)

    C('f19-req-perbekel-tegal-badeng-timur', 'gmail', 'Desa Tegal Badeng Timur', 'desategalbadengtimur@gmail.com',
      'Mohon data untuk Musdes', T('''
        Assalamualaikum wr. wb. / Om Swastyastu

        Dengan hormat, saya H. Mahmud Yunus, Perbekel Tegal Badeng Timur. Pada tanggal 10 Desember kami akan melaksanakan Musyawarah Desa pembahasan RKPDes 2027. Kami mohon bantuan data Desa Tegal Badeng Timur:

        a. jumlah penduduk dan kepala keluarga per banjar/dusun;
        b. jumlah rumah tangga usaha perikanan dan pertanian (ST2023);
        c. data Podes 2024 tentang sarana dan prasarana desa.

        Demikian permohonan kami, terima kasih atas perhatiannya.

        Wassalamualaikum wr. wb. / Om Santih, Santih, Santih Om

        H. Mahmud Yunus
        Perbekel
        Pemerintah Desa Tegal Badeng Timur
        '''), name='H. Mahmud Yunus', inst='Pemerintah Desa Tegal Badeng Timur', **F)

    C('f19-req-kodim-captain-food-security', 'gmail', 'Nyoman Sudarsana', 'nyomansudarsana.kodim1617@gmail.com',
      'Permohonan data ketahanan pangan', T('''
        Selamat pagi,

        Mohon izin Bapak/Ibu. Saya Kapten Inf I Nyoman Sudarsana, Pasi Ter Kodim 1617/Jembrana. Dalam rangka mendukung program ketahanan pangan dan pendampingan Babinsa di desa, kami memerlukan data:

        1. luas panen dan produksi padi serta jagung per kecamatan tahun 2024-2025;
        2. luas lahan baku sawah per kecamatan;
        3. jumlah rumah tangga petani gurem.

        Demikian, mohon petunjuk dan bantuannya. Terima kasih.

        Hormat saya,
        I Nyoman Sudarsana
        Kapten Inf NRP 11080xxx
        '''), name='Kapten Inf I Nyoman Sudarsana', inst='Kodim 1617/Jembrana', **F)

    C('f19-req-disdikpora-staff-apk-apm', 'outlook', 'Gusti Putu Wiradana', 'wiradana.disdikpora@jembranakab.go.id',
      'Data APK, APM dan angka putus sekolah', T('''
        Selamat pagi Tim PST,

        Saya Gusti Putu Wiradana dari Bidang Pembinaan Sekolah Dasar, Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana. Untuk evaluasi Renstra dinas, kami memerlukan:

        - Angka Partisipasi Kasar (APK) dan Angka Partisipasi Murni (APM) SD/SMP/SMA menurut jenis kelamin, 2020-2025;
        - Angka Partisipasi Sekolah (APS) usia 7-12, 13-15 dan 16-18, 2020-2025;
        - rata-rata lama sekolah dan harapan lama sekolah, 2020-2025.

        Mohon dalam format Excel. Terima kasih atas bantuannya.

        Salam,
        Gusti Putu Wiradana, S.Pd.
        Disdikpora Kabupaten Jembrana
        '''), name='Gusti Putu Wiradana', inst='Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana', **F)

    C('f19-req-puskesmas-mendoyo-midwife-android', 'plain', 'Luh Sukerti', 'luhsukerti.bidan@gmail.com',
      'mohon data penduduk wanita usia subur', T('''
        Om Swastyastu Bapak/Ibu,

        Saya Ni Luh Gede Sukerti, bidan koordinator di UPTD Puskesmas Mendoyo I. Mohon bantuan data jumlah wanita usia subur (15-49 tahun) dan jumlah pasangan usia subur per desa di wilayah kerja Puskesmas Mendoyo I (Desa Pergung, Delod Berawah, Mendoyo Dauh Tukad, Mendoyo Dangin Tukad, Penyaringan) tahun 2025. Data untuk perencanaan program KB dan KIA 2027.

        Suksma.

        Luh Sukerti, A.Md.Keb.

        Dikirim dari perangkat Android saya
        '''), name='Ni Luh Gede Sukerti', inst='UPTD Puskesmas Mendoyo I', **F)

    C('f19-req-bpd-bali-branch-outlook-disclaimer', 'outlook', 'Dewa Ayu Made Pradnyani', 'dayupradnyani@bpdbali.co.id',
      'Permohonan data ekonomi daerah - Bank BPD Bali Cabang Negara', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Salam sejahtera,

        Saya Dewa Ayu Made Pradnyani, Kepala Seksi Pemasaran Kredit pada Bank BPD Bali Cabang Negara. Kami sedang menyusun analisis potensi penyaluran kredit UMKM tahun 2027, dan memerlukan data:

        1. jumlah usaha mikro dan kecil menurut lapangan usaha dan kecamatan;
        2. PDRB menurut lapangan usaha ADHB 2021-2025;
        3. jumlah penduduk usia produktif per kecamatan 2025.

        Terima kasih atas perhatian dan kerja samanya.

        Hormat kami,
        Dewa Ayu Made Pradnyani
        Kasi Pemasaran Kredit
        Bank BPD Bali Cabang Negara
        Jl. Ngurah Rai No. xx, Negara

        DISCLAIMER: Informasi dalam email ini hanya untuk penerima yang dituju dan dapat berisi informasi yang bersifat rahasia. Bank BPD Bali tidak pernah meminta PIN, password, atau OTP nasabah melalui email. PT Bank Pembangunan Daerah Bali berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS.
        '''), name='Dewa Ayu Made Pradnyani', inst='Bank BPD Bali Cabang Negara', **F)

    C('f19-req-bapperida-staff-forwards-head-request', 'gmail', 'Kadek Widiantara', 'widiantara.bapperida@gmail.com',
      'Fwd: data kemiskinan ekstrem utk rakor', T('''
        Selamat siang Bapak/Ibu di PST,

        Saya Kadek Widiantara, staf Bidang Perencanaan Pembangunan Manusia, Bapperida Kabupaten Jembrana. Mohon bantuan data sesuai arahan Ibu Kabid di bawah. Kalau bisa sebelum hari Kamis karena akan dipakai bahan rakor.

        Terima kasih.

        ---------- Forwarded message ---------
        From: Ni Kadek Ayu Ratna Sari <ayuratna.bapperida@gmail.com>
        Date: Tue, Nov 24, 2026 at 7:58 AM
        Subject: data kemiskinan ekstrem utk rakor
        To: Kadek Widiantara <widiantara.bapperida@gmail.com>


        Dek, tolong mintakan ke BPS data persentase penduduk miskin, P1, P2 dan garis kemiskinan Jembrana 2019-2025, plus angka kemiskinan ekstrem kalau ada. Untuk bahan rakor TKPK hari Jumat.
        Thx.
        '''), name='Kadek Widiantara', inst='Bapperida Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: media
    # ================================================================================================
    C('f19-req-tribun-journalist-iphone-deadline', 'iphone', 'Made Prasetia', 'madeprasetia.tribun@gmail.com', 'Data inflasi & harga', T('''
        Selamat siang Pak/Bu,

        Saya Made Prasetia Aryawan, wartawan Tribun Bali untuk wilayah Jembrana. Saya sedang menulis soal kenaikan harga beras dan cabai jelang Galungan-Kuningan. Apakah saya bisa mendapat data rata-rata harga beras medium dan cabai rawit di Jembrana per minggu selama Oktober-November 2026, dan inflasi Bali bulan Oktober?

        Tulisan naik besok siang, jadi mohon maaf kalau mendesak. Terima kasih banyak.

        Dikirim dari iPhone saya
        '''), name='Made Prasetia Aryawan', inst='Tribun Bali', **F)

    C('f19-req-local-news-site-lowercase-domain', 'gmail', 'Redaksi Jembrana Terkini', 'redaksi.jembranaterkini@gmail.com',
      'permintaan data utk berita akhir tahun', T('''
        Halo tim BPS Jembrana,

        Saya Gede Ari Kurniawan, reporter jembranaterkini.com. Kami mau bikin liputan kilas balik ekonomi Jembrana 2026. Mohon dibantu data pertumbuhan ekonomi Jembrana 2025, angka pengangguran Agustus 2026, dan jumlah penduduk miskin terbaru.

        Kalau ada pejabat BPS yang bisa kami wawancara singkat untuk melengkapi berita, kami juga sangat berterima kasih.

        Salam,
        Ari
        jembranaterkini.com
        '''), name='Gede Ari Kurniawan', inst='jembranaterkini.com', **F)

    C('f19-req-mongabay-journalist-mangrove', 'gmail', 'Wulan Setyaningrum', 'wulan.setya@mongabay.co.id',
      'Permintaan data untuk liputan mangrove dan tambak', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan saya Wulan Setyaningrum, kontributor Mongabay Indonesia di Bali. Saya sedang menyiapkan liputan mendalam tentang perubahan hutan mangrove dan tambak udang di pesisir Perancak dan Budeng.

        Saya ingin meminta data:
        - luas tambak dan produksi udang vaname di Kecamatan Jembrana dan Kecamatan Negara, 2015-2025;
        - jumlah rumah tangga budidaya tambak per desa (ST2013 dan ST2023);
        - bila ada, data luas hutan mangrove menurut desa dari Podes.

        Terima kasih atas bantuannya.

        Salam,
        Wulan
        '''), name='Wulan Setyaningrum', inst='Mongabay Indonesia', **F)

    # ================================================================================================
    # New requests: NGOs, farmer and fisher groups
    # ================================================================================================
    C('f19-req-pekaseh-subak-balinese-android', 'plain', 'Ketut Mudana', 'ketutmudana.medewi@gmail.com', 'Nunas data', T('''
        Om Swastyastu.

        Tiang I Ketut Mudana, pekaseh Subak Yeh Lebah Desa Medewi, Pekutatan. Tiang nunas data luas sawah lan produksi padi ring Kecamatan Pekutatan saking tahun 2020 kantos 2025, anggen tiang ngajuang proposal perbaikan saluran irigasi ke dinas. Yening wenten, data curah hujan taler.

        Matur suksma.

        Dikirim dari perangkat Android saya
        '''), name='I Ketut Mudana', inst='Subak Yeh Lebah Desa Medewi', **F)

    C('f19-req-fisher-group-chairman-perancak', 'gmail', 'Kelompok Nelayan Segara Amerta', 'kn.segaraamerta@gmail.com',
      'Permohonan data jumlah nelayan', T('''
        Assalamualaikum, selamat siang.

        Kami dari Kelompok Nelayan Segara Amerta Desa Perancak mau mengajukan bantuan mesin tempel dan jaring ke Dinas Perikanan. Diminta melampirkan data jumlah nelayan dan jumlah perahu di Desa Perancak dan Kecamatan Jembrana. Mohon kami dibantu datanya, tahun paling baru saja.

        Terima kasih.

        Ketua,
        Sahidin
        HP 0819-3311-xxxx
        '''), name='Sahidin', inst='Kelompok Nelayan Segara Amerta Desa Perancak', **F)

    C('f19-req-women-ngo-html-only-bracket', 'html_only', 'Rina Kartika Sari', 'rina@pelitaperempuanbali.org',
      'Permohonan data perempuan kepala rumah tangga', T('''
        Yth. Bapak/Ibu Petugas PST,

        Saya Rina Kartika Sari, koordinator program di Yayasan Pelita Perempuan Bali (YPPB). Kami akan memulai program penguatan ekonomi bagi perempuan kepala keluarga di Kabupaten Jembrana pada tahun 2027.

        Untuk baseline program, kami mohon data:
        1. jumlah dan persentase rumah tangga dengan kepala rumah tangga perempuan, 2021-2025;
        2. tingkat partisipasi angkatan kerja perempuan, 2021-2025;
        3. Indeks Pembangunan Gender dan Indeks Pemberdayaan Gender Kabupaten Jembrana.

        Terima kasih atas perhatiannya.

        Salam hangat,
        Rina Kartika Sari
        Yayasan Pelita Perempuan Bali (YPPB)
        Jl. Tukad Yeh Aya, Denpasar
        '''), name='Rina Kartika Sari', inst='Yayasan Pelita Perempuan Bali (YPPB)', **F)

    C('f19-req-en-reef-ngo-western-staff', 'outlook', 'Tom Whitaker', 'tom.whitaker@reefguardians.or.id',
      'Request for coastal village statistics - West Bali', T('''
        Dear PST team,

        I'm Tom Whitaker, marine programme officer at Reef Guardians Indonesia, a small foundation based in Denpasar that supports community reef restoration near Pemuteran and Gilimanuk. We're now planning a livelihood survey in coastal villages of Kecamatan Melaya and need some official figures to design it.

        Could you send:
        - population and number of households of Kelurahan Gilimanuk, Desa Melaya and Desa Candikusuma (2025);
        - number of fishery households per desa (ST2023);
        - main source of livelihood per desa (Podes 2024).

        Happy to come by your office in Negara if that's easier. Thanks a lot!

        Tom Whitaker
        Marine Programme Officer | Reef Guardians Indonesia
        +62 812-3900-xxxx
        '''), name='Tom Whitaker', inst='Reef Guardians Indonesia', lang='en', **F)

    C('f19-req-pokdarwis-no-person', 'gmail', 'Pokdarwis Perancak', 'pokdarwis.perancak@gmail.com',
      'Permohonan data kunjungan wisata', T('''
        Om Swastyastu,

        Kami dari Kelompok Sadar Wisata (Pokdarwis) Perancak sedang menyusun rencana pengembangan desa wisata dan ekowisata penyu. Mohon bantuan data jumlah wisatawan ke Kabupaten Jembrana per bulan tahun 2024-2025 dan jumlah homestay di Kecamatan Jembrana.

        Suksma.

        Salam,
        Pengurus Pokdarwis Perancak
        '''), inst='Kelompok Sadar Wisata (Pokdarwis) Perancak', **F)

    C('f19-req-research-institute-consultation-podes', 'gmail', 'Arief Rahman Hakim', 'arief.hakim@nusadata.or.id',
      'Konsultasi penggunaan data Podes dan desain sampel', T('''
        Selamat siang Bapak/Ibu,

        Saya Dr. Arief Rahman Hakim, peneliti senior di Lembaga Riset Nusa Data, Yogyakarta. Bersama Dinas Kesehatan kami akan melakukan survei rumah tangga tentang akses layanan kesehatan ibu dan anak di Kabupaten Jembrana tahun depan.

        Kami ingin berkonsultasi dengan statistisi BPS Kabupaten Jembrana mengenai dua hal:
        1. penggunaan data Podes 2024 sebagai kerangka untuk stratifikasi desa (jarak ke puskesmas, keberadaan bidan desa);
        2. penentuan jumlah blok sensus dan rumah tangga sampel agar estimasi tingkat kecamatan cukup presisi.

        Kami bisa menyesuaikan waktu, baik daring maupun luring di Negara.

        Terima kasih,
        Arief
        '''), name='Dr. Arief Rahman Hakim', inst='Lembaga Riset Nusa Data', **F)

    # ================================================================================================
    # New requests: firms
    # ================================================================================================
    C('f19-req-cv-construction-estimator-outlook', 'outlook', 'Heru Santoso', 'heru.santoso@karyamandirijbr.co.id',
      'Permohonan data IKK dan upah tukang', T('''
        Selamat pagi,

        Saya Heru Santoso, estimator di CV Karya Mandiri Jembrana. Untuk penyusunan penawaran proyek pemerintah tahun 2027, kami memerlukan data Indeks Kemahalan Konstruksi (IKK) Kabupaten Jembrana 2023-2025 serta rata-rata upah harian tukang bangunan (tukang batu, tukang kayu) di Jembrana.

        Mohon informasinya. Terima kasih.

        Regards,
        Heru Santoso, S.T.
        Estimator
        CV Karya Mandiri Jembrana
        '''), name='Heru Santoso', inst='CV Karya Mandiri Jembrana', **F)

    C('f19-req-shrimp-farm-chinese-indonesian', 'gmail', 'Steven Gunawan', 'steven.gunawan@tambaksegarabarat.com',
      'Data budidaya udang & tenaga kerja - PT Tambak Segara Barat', T('''
        Selamat siang Bapak/Ibu,

        Saya Steven Gunawan, Operations Manager PT Tambak Segara Barat, perusahaan tambak udang intensif di Desa Pengambengan. Kami sedang menyiapkan rencana ekspansi 12 hektar dan diminta bank untuk melengkapi studi kelayakan dengan data resmi.

        Yang kami perlukan:
        - produksi udang vaname Kabupaten Jembrana per tahun 2018-2025;
        - jumlah angkatan kerja dan pengangguran di Kecamatan Negara;
        - UMK Jembrana 2024-2026.

        Terima kasih atas bantuannya, mohon info bila ada biaya.

        Best regards,
        Steven Gunawan
        Operations Manager
        PT Tambak Segara Barat
        '''), name='Steven Gunawan', inst='PT Tambak Segara Barat', **F)

    C('f19-req-solar-developer-english-mix', 'gmail', 'Rangga Adiputra', 'rangga@suryaenergi.co.id',
      'Data request - rooftop solar market study Jembrana', T('''
        Hi team PST BPS Jembrana,

        Rangga here, Business Development di PT Surya Energi Nusantara. We're doing a market sizing untuk rooftop solar di Bali Barat, fokus ke rumah tangga dan UMKM.

        Boleh kami minta:
        • jumlah rumah tangga by sumber penerangan utama & daya listrik terpasang (kalau ada), per kecamatan
        • rata-rata pengeluaran per kapita untuk listrik, 2022-2025
        • jumlah usaha industri mikro kecil per kecamatan

        Let us know kalau perlu surat resmi dari kantor. Thanks in advance!

        Cheers,
        Rangga Adiputra
        PT Surya Energi Nusantara
        '''), name='Rangga Adiputra', inst='PT Surya Energi Nusantara', **F)

    C('f19-req-html-only-private-hospital-doctor', 'html_only', 'dr. Putu Eka Saputra', 'direktur@rsdharmausada.co.id',
      'Permohonan data untuk rencana pengembangan rumah sakit', T('''
        Yth. Bapak/Ibu,

        Saya dr. Putu Eka Saputra, MARS, Direktur RS Dharma Usada Negara. Rumah sakit kami berencana membuka layanan hemodialisis dan geriatri pada tahun 2027.

        Untuk kajian kebutuhan layanan, kami mohon data:
        - jumlah penduduk lansia (60+) per kecamatan di Kabupaten Jembrana, 2020-2025;
        - angka kesakitan dan persentase penduduk yang memiliki jaminan kesehatan, 2023-2025;
        - proyeksi penduduk menurut kelompok umur sampai 2035.

        Terima kasih atas kerja samanya.

        Hormat kami,
        dr. Putu Eka Saputra, MARS
        Direktur
        '''), name='dr. Putu Eka Saputra', inst='RS Dharma Usada Negara', **F)

    # ================================================================================================
    # New requests: the public
    # ================================================================================================
    C('f19-req-pribadi-land-buyer', 'gmail', 'Yohanes Budi Santoso', 'yohanesbudi.s@gmail.com', 'Info data penduduk Kecamatan Melaya', T('''
        Selamat sore,

        Saya Yohanes Budi Santoso, tinggal di Surabaya. Permintaan ini untuk keperluan pribadi: saya berencana membeli tanah dan membangun rumah kos di sekitar Gilimanuk/Melaya. Mohon data jumlah penduduk per desa di Kecamatan Melaya tahun 2020-2025 dan jumlah pekerja yang bekerja di sektor transportasi/pelabuhan.

        Terima kasih banyak.

        Salam,
        Yohanes
        '''), name='Yohanes Budi Santoso', **F)

    C('f19-req-caps-no-name-umk-android', 'plain', 'Wayan S', 'wayansukerta1974@gmail.com', 'UMK', T('''
        SELAMAT SIANG. MOHON INFO BERAPA UMK JEMBRANA TAHUN 2026 DAN RATA RATA UPAH BURUH DI JEMBRANA. TERIMA KASIH

        Dikirim dari perangkat Android saya
        '''), **F)

    C('f19-req-vague-iphone-mau-nanya', 'iphone', 'gek', 'gekmirahh@icloud.com', 'nanya', T('''
        kak mau nanya boleh? 🙏

        Sent from my iPhone
        '''), req=False, **F)

    C('f19-req-housewife-rice-seller-loloan', 'gmail', 'siti aminah', 'sitiaminah.loloan@gmail.com', 'Minta data harga beras', T('''
        Assalamualaikum Bapak/Ibu.

        Saya Siti Aminah, ibu rumah tangga di Loloan Timur, sambil jualan beras dan sembako kecil-kecilan di rumah. Saya mau tahu harga beras rata-rata di Jembrana per bulan tahun ini dan jumlah rumah tangga di Kelurahan Loloan Timur, supaya bisa hitung mau stok berapa banyak.

        Maaf kalau pertanyaannya aneh. Terima kasih.

        Wassalamualaikum.
        '''), name='Siti Aminah', **F)

    C('f19-req-en-perth-retiree-no-affiliation', 'latin1', 'Graham Whitfield', 'g.whitfield@iinet.net.au',
      'Foreign residents in Jembrana', T('''
        G'day,

        I'm Graham Whitfield, a retired science teacher from Perth. No affiliation to any organisation, I'm just curious. My wife and I have spent the last four dry seasons in a rented house near Medewi and I've been wondering how many foreigners actually live in Jembrana.

        Would you have the number of foreign residents (warga negara asing) in the regency, by nationality if possible, for 2020-2025? Also the population of Desa Pulukan and Desa Medewi.

        Thanks heaps,
        Graham
        '''), name='Graham Whitfield', lang='en', **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f19-reply-caps-identity-after-ask-no-inst', 'plain', 'Wayan S', 'wayansukerta1974@gmail.com', 'Re: ' + SUBJ_ASK % 1901, T('''
        NAMA SAYA I WAYAN SUKERTA. SAYA PEDAGANG DI PASAR IJOGADING, TIDAK DARI INSTANSI MANAPUN. TERIMA KASIH.

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='I WAYAN SUKERTA', req=False, ticket='PST-2026-01901',
      quote=aq(ASK), **rp(1901), **F)

    C('f19-reply-iphone-okee-no-name', 'iphone', 'Nabila', 'nabilaazzahra.p@icloud.com', 'Re: ' + SUBJ_ACK % 1902, T('''
        okee kak ditunggu yaa, makasih 🙏🙏

        Sent from my iPhone
        '''), kind='reply', req=False, ticket='PST-2026-01902',
      quote=iq(ACK % (1902, 'Nabila Azzahra Putri', 'Universitas Airlangga',
                      'Prevalensi stunting; jumlah balita per kecamatan; akses air minum layak')), **rp(1902), **F)

    C('f19-reply-outlook-thanks-disdikpora-signature', 'outlook', 'Gusti Putu Wiradana', 'wiradana.disdikpora@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 1903, T('''
        Selamat siang,

        Data APK/APM dan APS sudah kami terima dengan baik. Terima kasih atas bantuan yang cepat.

        Salam,
        Gusti Putu Wiradana
        Disdikpora Kabupaten Jembrana
        '''), kind='reply', name='Gusti Putu Wiradana', inst='Disdikpora Kabupaten Jembrana', req=False,
      ticket='PST-2026-01903',
      quote=oq(DELIV_ID % 1903, 'Gusti Putu Wiradana <wiradana.disdikpora@jembranakab.go.id>', SUBJ_DATA % 1903, 'id'),
      **rp(1903), **F)

    C('f19-reply-yahoo-teacher-adds-ipm', 'yahoo', 'nyoman sukarmini', 'nyomansukarmini68@yahoo.co.id', 'Re: ' + SUBJ_DATA % 1904, T('''
        Selamat siang, datanya sudah saya terima, terima kasih banyak.
        Kalau boleh saya minta tambahan data IPM Kabupaten Jembrana dan kabupaten lain se-Bali tahun 2025, untuk perbandingan di kelas.
        Salam,
        Sukarmini
        '''), kind='reply', name='Sukarmini', req=True, ticket='PST-2026-01904', quote=yq(DELIV_ID % 1904),
      **rp(1904), **F)

    C('f19-reply-en-uplb-asks-sex-breakdown', 'outlook', 'Maria Cristina Dela Cruz', 'mcdelacruz2@up.edu.ph',
      'RE: ' + SUBJ_DATA % 1905, T('''
        Dear PST team,

        Thank you so much for the tables, they are very useful. Just one follow-up: would it be possible to have the number of agricultural households growing coconut broken down by sex of the household head, for each kecamatan? If that table exists from ST2023, it would complete our comparison with Quezon.

        Many thanks,
        Cristina
        '''), kind='reply', name='Cristina', req=True, lang='en', ticket='PST-2026-01905',
      quote=oq(DELIV_EN % 1905, 'Maria Cristina Dela Cruz <mcdelacruz2@up.edu.ph>', SUBJ_DATA % 1905), **rp(1905), **F)

    C('f19-reply-thunderbird-bottom-status-undip', 'thunderbird', 'Rotua Simanjuntak', 'rotuasimanjuntak@students.undip.ac.id',
      'Re: ' + SUBJ_ACK % 1906,
      tq(ACK % (1906, 'Rotua Simanjuntak', 'Universitas Diponegoro',
                'IPM dan komponennya 2010-2025; Gini ratio 2015-2025; belanja fungsi pendidikan dan kesehatan')) + '\n\n' + T('''
        Yth. Bapak/Ibu,

        Mohon maaf, saya ingin menanyakan apakah permohonan ini sudah diproses. Jadwal seminar hasil saya dimajukan ke pertengahan Desember.

        Terima kasih atas perhatiannya.

        Salam,
        Rotua Simanjuntak
        '''), kind='reply', name='Rotua Simanjuntak', req=False, ticket='PST-2026-01906', **rp(1906), **F)

    C('f19-reply-new-mail-sends-letter-ticket-in-subject', 'gmail', 'Lalu Zaki', 'lalumzaki.unram@gmail.com',
      'Surat pengantar penelitian - tiket PST-2026-01907', T('''
        Assalamualaikum wr. wb.

        Selamat pagi Bapak/Ibu, berikut saya kirimkan surat pengantar penelitian dari Fakultas sesuai yang diminta untuk permohonan data perikanan tangkap saya. Mohon maaf baru bisa dikirim sekarang karena menunggu tanda tangan dekan.

        Terima kasih.

        Lalu Muhammad Zaki Ramdhani
        Ilmu Kelautan - Universitas Mataram
        '''), kind='reply', name='Lalu Muhammad Zaki Ramdhani', inst='Universitas Mataram', req=False,
      ticket='PST-2026-01907', attachments=[PDF('Surat Pengantar Penelitian FPKP Unram.pdf')], **F)

    C('f19-reply-completes-full-name-stikom', 'gmail', 'putu ardi', 'putuardi.w22@gmail.com', 'Re: ' + SUBJ_ACK % 1908, T('''
        kak maaf, nama lengkap sy I Putu Ardi Wiguna ya kak, kampus ITB STIKOM Bali. takutnya nanti di surat balasan namanya kurang lengkap 🙏
        '''), kind='reply', name='I Putu Ardi Wiguna', inst='ITB STIKOM Bali', req=False, ticket='PST-2026-01908',
      quote=gq(ACK % (1908, 'putu ardi', 'itb stikom bali', 'Jumlah UMKM per kecamatan 2022-2025; pengguna internet'),
               'id'), **rp(1908), **F)

    C('f19-reply-balinese-sampun-katampi-android', 'plain', 'Ketut Mudana', 'ketutmudana.medewi@gmail.com',
      'Re: ' + SUBJ_DATA % 1909, T('''
        Om Swastyastu. Data sampun katampi, matur suksma pisan majeng ring Bapak Ibu.

        Ketut Mudana

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='Ketut Mudana', req=False, ticket='PST-2026-01909', quote=aq(DELIV_ID % 1909),
      **rp(1909), **F)

    C('f19-reply-colleague-for-officer-on-duty-trip', 'outlook', 'Ni Putu Desy Anggraeni', 'desyanggraeni.bpbd@gmail.com',
      'RE: ' + SUBJ_ACK % 1910, T('''
        Selamat pagi,

        Mohon izin, saya Ni Putu Desy Anggraeni, rekan kerja Bapak Putu Agus Hendra di BPBD Kabupaten Jembrana. Beliau sedang dinas luar ke Jakarta sampai minggu depan. Mohon agar data untuk permohonan ini juga dikirimkan ke email saya supaya penyusunan dokumen KRB tidak tertunda.

        Terima kasih.

        Desy Anggraeni
        Bidang Pencegahan dan Kesiapsiagaan
        BPBD Kabupaten Jembrana
        '''), kind='reply', name='Ni Putu Desy Anggraeni', inst='BPBD Kabupaten Jembrana', req=False,
      ticket='PST-2026-01910',
      quote=oq(ACK % (1910, 'I Putu Agus Hendra Wijaya', 'Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Jembrana',
                      'Penduduk per desa menurut jenis kelamin, kelompok umur rentan, disabilitas'),
               'I Putu Agus Hendra Wijaya <bpbd@jembranakab.go.id>', SUBJ_ACK % 1910, 'id'), **rp(1910), **F)

    C('f19-reply-yahoo-form-lines-after-ask-coop', 'yahoo', 'kop srikandi', 'kopwan.srikandi@yahoo.com', 'Re: ' + SUBJ_ASK % 1911, T('''
        Selamat siang, maaf baru dibalas. Berikut identitas kami:
        Nama : Ni Komang Tri Astuti
        Jabatan : Bendahara
        Instansi : Koperasi Wanita Srikandi Desa Yehembang
        Terima kasih.
        '''), kind='reply', name='Ni Komang Tri Astuti', inst='Koperasi Wanita Srikandi Desa Yehembang', req=False,
      ticket='PST-2026-01911', quote=yq(ASK), **rp(1911), **F)

    C('f19-reply-en-laval-thanks-first-name', 'gmail', 'Marc-Olivier Tremblay', 'marc-olivier.tremblay.3@ulaval.ca',
      'Re: ' + SUBJ_DATA % 1912, T('''
        Dear colleagues,

        Received, thank you very much! The establishment table is exactly what I needed. I will cite BPS Jembrana properly in the thesis.

        All the best,
        Marc-Olivier
        '''), kind='reply', name='Marc-Olivier', req=False, lang='en', ticket='PST-2026-01912',
      quote=gq(DELIV_EN % 1912), **rp(1912), **F)

    C('f19-reply-quoted-ack-has-inst-writer-not', 'gmail', 'Rina Kartika Sari', 'rina@pelitaperempuanbali.org',
      'Re: ' + SUBJ_ACK % 1913, T('''
        Baik, kami tunggu kabar selanjutnya. Terima kasih banyak 🙏

        Rina
        '''), kind='reply', name='Rina', req=False, ticket='PST-2026-01913',
      quote=gq(ACK % (1913, 'Rina Kartika Sari', 'Yayasan Pelita Perempuan Bali (YPPB)',
                      'Rumah tangga dengan KRT perempuan; TPAK perempuan; IPG dan IDG'), 'id'), **rp(1913), **F)

    C('f19-reply-own-subject-letter-no-ticket-words', 'gmail', 'Dayu Mirah', 'dayumirah.wulandari@gmail.com',
      'Surat Keterangan Penelitian', T('''
        Om Swastyastu Bapak/Ibu,

        Nggih, berikut tiang lampirkan surat keterangan penelitian dari Prodi Penerangan Agama Hindu, UHN I Gusti Bagus Sugriwa Denpasar.

        Suksma.
        Ida Ayu Putu Mirah Wulandari
        '''), kind='reply', name='Ida Ayu Putu Mirah Wulandari', inst='UHN I Gusti Bagus Sugriwa Denpasar', req=False,
      quote=gq(LETTER_ID % 1914, 'id'), attachments=[PDF('Surat_Keterangan_Penelitian_Dayu_Mirah.pdf')],
      **rp(1914), **F)

    C('f19-reply-status-new-mail-ticket-in-body-kodim', 'gmail', 'Nyoman Sudarsana', 'nyomansudarsana.kodim1617@gmail.com',
      'Menanyakan permohonan data', T('''
        Selamat pagi,

        Mohon izin, kami menanyakan perkembangan permohonan data ketahanan pangan dengan nomor tiket PST-2026-01915 yang kami kirim minggu lalu. Data tersebut akan dipakai untuk rapat koordinasi di Kodim hari Senin.

        Terima kasih.

        Kapten Inf I Nyoman Sudarsana
        Kodim 1617/Jembrana
        '''), kind='reply', name='Kapten Inf I Nyoman Sudarsana', inst='Kodim 1617/Jembrana', req=False,
      ticket='PST-2026-01915', **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f19-rating-gmail-nilai-lima-first-name', 'gmail', 'Fadhila Nur Annisa', 'fadhila.nur.annisa@mail.ugm.ac.id',
      'Re: ' + SUBJ_RATE % 1921, T('''
        Nilai: 5

        Pelayanannya cepat dan petugasnya membantu menjelaskan tabel yang saya bingung. Terima kasih banyak!

        Fadhila
        '''), kind='rating', rating=5, name='Fadhila', req=False, ticket='PST-2026-01921',
      quote=gq(RATE_ID % 1921, 'id'), **rp(1921), **F)

    C('f19-rating-outlook-empat-puas-signature', 'outlook', 'Dewa Ayu Made Pradnyani', 'dayupradnyani@bpdbali.co.id',
      'RE: ' + SUBJ_RATE % 1922, T('''
        Selamat sore,

        Kami memberi nilai 4 (puas). Data lengkap, hanya data usaha mikro per kecamatan masih tahun 2016.

        Hormat kami,
        Dewa Ayu Made Pradnyani
        Bank BPD Bali Cabang Negara
        '''), kind='rating', rating=4, name='Dewa Ayu Made Pradnyani', inst='Bank BPD Bali Cabang Negara', req=False,
      ticket='PST-2026-01922',
      quote=oq(RATE_ID % 1922, 'Dewa Ayu Made Pradnyani <dayupradnyani@bpdbali.co.id>', SUBJ_RATE % 1922, 'id'),
      **rp(1922), **F)

    C('f19-rating-en-three-slow-ntu', 'gmail', 'Chen Yu-Ting', 'r12341077@ntu.edu.tw', 'Re: ' + SUBJ_RATE % 1923, T('''
        Hello,

        I would rate the service 3. The staff were kind, but it took almost two weeks and the migrant worker figures were not available in the end.

        Best,
        Yu-Ting
        '''), kind='rating', rating=3, name='Yu-Ting', req=False, lang='en', ticket='PST-2026-01923',
      quote=gq(RATE_EN % 1923), **rp(1923), **F)

    C('f19-rating-iphone-four-stars-no-name', 'iphone', 'Kadek Rai', 'kadekrai.oktaviani@gmail.com', 'Re: ' + SUBJ_RATE % 1924, T('''
        ⭐⭐⭐⭐ terima kasih kak

        Dikirim dari iPhone saya
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-01924', quote=iq(RATE_ID % 1924), **rp(1924), **F)

    C('f19-rating-words-sangat-puas-news-site', 'gmail', 'Redaksi Jembrana Terkini', 'redaksi.jembranaterkini@gmail.com',
      'Re: ' + SUBJ_RATE % 1925, T('''
        Sangat puas! Datanya lengkap dan wawancaranya juga dibantu. Sukses terus BPS Jembrana.

        Ari - jembranaterkini.com
        '''), kind='rating', rating=5, name='Ari', inst='jembranaterkini.com', req=False, ticket='PST-2026-01925',
      quote=gq(RATE_ID % 1925, 'id'), **rp(1925), **F)

    C('f19-rating-new-mail-dua-kurang-puas-cv', 'outlook', 'Heru Santoso', 'heru.santoso@karyamandirijbr.co.id',
      'Penilaian layanan - tiket PST-2026-01926', T('''
        Selamat siang,

        Menindaklanjuti permintaan penilaian untuk tiket PST-2026-01926, kami memberikan nilai 2 (kurang puas). Data IKK yang dikirim hanya sampai 2023, sedangkan upah tukang tidak tersedia dan kami tidak diberi alternatif sumber data.

        Regards,
        Heru Santoso
        CV Karya Mandiri Jembrana
        '''), kind='rating', rating=2, name='Heru Santoso', inst='CV Karya Mandiri Jembrana', req=False,
      ticket='PST-2026-01926', **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f19-complaint-website-publication-outdated', 'gmail', 'Sinta M', 'sintamaharani.kdk@gmail.com',
      'Publikasi di website belum diperbarui', T('''
        Selamat siang Bapak/Ibu,

        Saya Sinta Maharani, mahasiswi Universitas Dhyana Pura. Saya mau menyampaikan keluhan: publikasi "Kabupaten Jembrana Dalam Angka" yang bisa diunduh di website BPS Jembrana paling baru masih edisi 2024, padahal kabupaten lain di Bali sudah menampilkan edisi 2026. Link edisi 2025 juga mengarah ke file yang kosong.

        Mohon website segera diperbarui supaya mahasiswa tidak harus mengirim email untuk setiap tabel. Terima kasih.

        Sinta Maharani
        '''), kind='complaint', name='Sinta Maharani', inst='Universitas Dhyana Pura', req=False, **F)

    C('f19-complaint-slow-three-working-days-ticket', 'outlook', 'Steven Gunawan', 'steven.gunawan@tambaksegarabarat.com',
      'RE: ' + SUBJ_ACK % 1932, T('''
        Selamat pagi,

        Permohonan kami sudah diterima sejak 12 November, namun sampai hari ini (sudah 9 hari kerja) belum ada data maupun kabar apa pun. Di email tanda terima disebutkan akan dijawab paling lambat 3 hari kerja. Studi kelayakan kami tertahan di bank karena data ini.

        Mohon perhatian dari pimpinan BPS Kabupaten Jembrana.

        Regards,
        Steven Gunawan
        PT Tambak Segara Barat
        '''), kind='complaint', name='Steven Gunawan', inst='PT Tambak Segara Barat', req=False, ticket='PST-2026-01932',
      quote=oq(ACK % (1932, 'Steven Gunawan', 'PT Tambak Segara Barat',
                      'Produksi udang vaname 2018-2025; angkatan kerja Kecamatan Negara; UMK 2024-2026'),
               'Steven Gunawan <steven.gunawan@tambaksegarabarat.com>', SUBJ_ACK % 1932, 'id'), **rp(1932), **F)

    C('f19-suggestion-video-consultation-lecturer', 'outlook', 'Ni Made Sri Dewi Lestari', 'sridewilestari@poltekkes-denpasar.ac.id',
      'Usulan layanan konsultasi daring', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Terima kasih atas bantuan data untuk penelitian kami bulan ini. Kami ingin mengusulkan agar PST menyediakan jadwal konsultasi statistik secara daring (Zoom/Google Meet), misalnya satu hari dalam seminggu. Dosen dan mahasiswa dari Denpasar cukup kesulitan bila harus datang ke Negara hanya untuk konsultasi singkat.

        Semoga usulan ini dapat dipertimbangkan.

        Salam,
        Ni Made Sri Dewi Lestari
        Poltekkes Kemenkes Denpasar
        '''), kind='complaint', name='Ni Made Sri Dewi Lestari', inst='Poltekkes Kemenkes Denpasar', req=False, **F)

    C('f19-complaint-caps-enumerator-rude-android', 'plain', 'made wirata', 'madewirata.pulukan@gmail.com', 'KELUHAN', T('''
        SELAMAT SORE BPS

        SAYA MADE WIRATA WARGA DESA PULUKAN. KEMARIN ADA PETUGAS YANG MENGAKU DARI BPS DATANG KE RUMAH JAM 8 MALAM, TIDAK PAKAI TANDA PENGENAL, DAN BICARANYA KASAR WAKTU ISTRI SAYA BILANG SUAMINYA BELUM PULANG. TOLONG PETUGASNYA DITEGUR DAN DIPASTIKAN BENAR PETUGAS RESMI ATAU BUKAN.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='MADE WIRATA', req=False, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f19-ooo-en-outlook-fieldwork-headers', 'outlook', 'Tom Whitaker', 'tom.whitaker@reefguardians.or.id',
      'Automatic reply: ' + SUBJ_DATA % 1941, T('''
        Hi, thanks for your email.

        I'm out on reef monitoring dives around Menjangan until 4 December with very limited signal. If it's urgent, please contact our office at info@reefguardians.or.id or +62 361 47xxxx.

        Cheers,
        Tom
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01941',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1941), **F)

    C('f19-ooo-gmail-dinas-luar-indonesian', 'gmail', 'Anak Agung Ngurah Bagus Darmawan', 'gungdarmawan@dinsos.baliprov.go.id',
      'Balasan otomatis: ' + SUBJ_ACK % 1942, T('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. Saya sedang melaksanakan perjalanan dinas ke Kabupaten Karangasem sampai dengan 27 November 2026 dan akses email terbatas. Email Bapak/Ibu akan saya tanggapi setelah kembali ke kantor.

        Suksma,
        Gung Darmawan
        '''), kind='auto_reply', req=False, ticket='PST-2026-01942',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(1942), **F)

    C('f19-ooo-campus-helpdesk-own-ticket-en', 'gmail', 'UPLB ITC Helpdesk', 'helpdesk@up.edu.ph',
      '[UPLB Helpdesk #88213] Re: ' + SUBJ_RATE % 1943, T('''
        Good day!

        This is to acknowledge that your message has been received by the UPLB Information Technology Center Helpdesk and has been assigned ticket number #88213. A support personnel will attend to your concern within 2 working days.

        Please do not reply to this auto-generated message.

        UPLB ITC Helpdesk
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01943',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')], **rp(1943), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f19-dsn-postfix-user-unknown-typo', dict(
        recipient='nabilaazzahra.p@icloud.co', original_message_id=OUR(1951, '5d07c2aa'),
        orig_subject=SUBJ_DATA % 1951, status='5.1.1'), 'PST-2026-01951', **F)

    D('f19-dsn-qmail-mailbox-over-quota', dict(
        recipient='kn.segaraamerta@gmail.com', original_message_id=OUR(1952, '5d07c2aa'),
        orig_subject=SUBJ_RATE % 1952, status='5.2.2', mta='mx.bps.go.id',
        **{'from': 'MAILER-DAEMON@mx.bps.go.id',
           'subject': 'failure notice',
           'text': ("Hi. This is the qmail-send program at mx.bps.go.id.\n"
                    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                    "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                    "<kn.segaraamerta@gmail.com>:\n"
                    "142.250.4.27 failed after I sent the message.\n"
                    "Remote host said: 552-5.2.2 The recipient's inbox is out of storage space and inactive.\n"
                    "552 5.2.2 Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm")}),
      'PST-2026-01952', **F)
