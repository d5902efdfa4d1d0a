# corpus_fresh42.py: a forty-second batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh42"; tickets PST-2026-042xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh42')

    # Our own mails, as they appear quoted in replies.
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    SUBJ_LETTER = '[PST-2026-%05d] Mohon surat pengantar'
    SUBJ_VISIT = '[PST-2026-%05d] Jadwal konsultasi statistik'
    DELIV_ID = ('Yth. Bapak/Ibu,\n\nTerlampir kami sampaikan data sesuai permintaan Bapak/Ibu pada tiket '
                'PST-2026-%05d. Bila ada hal yang kurang jelas, silakan membalas email ini.\n\nHormat kami,\n'
                'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    DELIV_EN = ('Dear Sir/Madam,\n\nAttached please find the data requested under ticket PST-2026-%05d. If anything '
                'is unclear, just reply to this email.\n\nBest regards,\nIntegrated Statistical Services\n'
                'BPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nLayanan untuk tiket PST-2026-%05d telah selesai. Mohon berikan penilaian atas '
               'layanan kami dengan angka 1 (sangat tidak puas) hingga 5 (sangat puas) dengan membalas email ini. '
               'Masukan Bapak/Ibu sangat berarti bagi kami.\n\nTerima kasih,\nPelayanan Statistik Terpadu\n'
               'BPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nYour ticket PST-2026-%05d has been closed. Please rate our service from 1 (very '
               'dissatisfied) to 5 (very satisfied) by replying to this email.\n\nThank you,\n'
               'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    LETTER_ID = ('Yth. Bapak/Ibu,\n\nPermintaan data pada tiket PST-2026-%05d mencakup data rinci tingkat desa. '
                 'Untuk itu mohon dikirimkan surat pengantar dari instansi/kampus dengan membalas email ini.\n\n'
                 'Hormat kami,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    VISIT_ID = ('Yth. Ibu,\n\nKonsultasi untuk tiket PST-2026-%05d dapat dilaksanakan di ruang PST BPS Kabupaten '
                'Jembrana, Jl. Udayana No. 9 Negara, pada hari Kamis, 26 November 2026, pukul 10.00 WITA. Mohon '
                'konfirmasi kehadiran dengan membalas email ini.\n\nHormat kami,\nPelayanan Statistik Terpadu\n'
                'BPS Kabupaten Jembrana')

    def pre(text, mark='> '):
        return '\n'.join(mark + l if l else mark.rstrip() for l in text.split('\n'))

    def iq(text):
        """Apple Mail on an iPhone (Indonesian locale)."""
        return 'Pada 24 Nov 2026, pukul 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)

    def tq(text):
        """Thunderbird, Indonesian locale, bottom-posted."""
        return 'Pada 24/11/2026 08.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Gmail for Android, Indonesian locale."""
        return ('Pada Sel, 24 Nov 2026 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n'
                + pre(text))

    def sq(text, subject):
        """Samsung Email: header block, original not prefixed."""
        return ('\n-------- Pesan asli --------\nDari : PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Tanggal : 24/11/26 08.47 (GMT+08:00)\nKe : \nSubjek : %s\n\n%s' % (subject, text))

    def olq(text, to, subject):
        """An older agent that writes an '-----Original Message-----' block."""
        return ('-----Original Message-----\nFrom: PST BPS Kabupaten Jembrana [mailto:pst5101@bps.go.id]\n'
                'Sent: Tuesday, November 24, 2026 8:47 AM\nTo: %s\nSubject: %s\n\n%s' % (to, subject, text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '5d2c7a90'), references=[OUR(n, '5d2c7a90')])

    # ================================================================================================
    # New requests: universities and students
    # ================================================================================================
    C('f42-req-warmadewa-coconut-proposal', 'gmail', 'Komang Adi Wirawan', 'komangadiwirawan02@gmail.com',
      'Permohonan Data Kelapa Dalam untuk Proposal Skripsi', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu petugas Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Perkenalkan, nama saya I Komang Adi Wirawan, mahasiswa semester tujuh Program Studi Agribisnis, Fakultas Pertanian, Universitas Warmadewa. Saat ini saya sedang menyusun proposal skripsi berjudul "Analisis Pendapatan Usahatani Kelapa Dalam di Kecamatan Pekutatan".

        Sehubungan dengan itu, saya memohon data:
        1. luas areal dan produksi kelapa dalam per kecamatan di Kabupaten Jembrana tahun 2018-2025;
        2. harga kopra di tingkat petani (bila tersedia);
        3. jumlah rumah tangga usaha perkebunan kelapa hasil Sensus Pertanian 2023.

        Besar harapan saya Bapak/Ibu berkenan membantu. Atas perhatiannya saya ucapkan suksma.

        Om Shanti, Shanti, Shanti Om

        Hormat saya,
        Komang Adi
        NPM 2201123045
        '''), name='I Komang Adi Wirawan', inst='Universitas Warmadewa', **F)

    C('f42-req-unej-slang-iphone-pkl', 'iphone', 'Dimas', 'dimasaryo.p@icloud.com', 'data nelayan', T('''
        pagi min, sy dimas aryo mhs univ jember smt 6. mau nanya dong ada data jml nelayan per desa di kec negara sm kec jembrana ga? sama produksi ikan lemuru yg didaratkan di pengambengan per bulan thn 2023-2025. buat laporan pkl min. mksh bnyk 🙏

        Dikirim dari iPhone saya
        '''), name='dimas aryo', inst='univ jember', **F)

    C('f42-req-itb-coastal-thunderbird-wrapped', 'thunderbird', 'Rahmat Hidayatullah', 'rahmat.h@ftsl.itb.ac.id',
      'Permohonan data sosial desa pesisir Jembrana', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Dengan hormat, saya bermaksud memohon bantuan data untuk penelitian kelompok keahlian kami mengenai kerentanan sosial masyarakat pesisir terhadap abrasi di pantai selatan Bali bagian barat (segmen Pantai Yeh Kuning hingga Pantai Pengambengan).

        Data yang kami perlukan:
         - jumlah penduduk, rumah tangga, dan kepadatan per desa pesisir di Kecamatan Jembrana, Negara, dan Mendoyo, 2020-2025;
         - jumlah desa yang mengalami banjir rob atau abrasi menurut Podes 2024;
         - jumlah nelayan per desa.

        Bila ada biaya atau prosedur tertentu, mohon kami diberi tahu.

        Terima kasih atas bantuannya.

        Salam,

        --
        Dr. Eng. Rahmat Hidayatullah, S.T., M.T.
        Kelompok Keahlian Teknik Pantai
        Fakultas Teknik Sipil dan Lingkungan
        Institut Teknologi Bandung
        Jl. Ganesha 10, Bandung 40132
        '''), name='Dr. Eng. Rahmat Hidayatullah', inst='Institut Teknologi Bandung', wrap=72, **F)

    C('f42-req-papuan-undiknas-iphone-sa', 'iphone', 'Yohanes Kogoya', 'yohaneskogoya21@icloud.com',
      'Permintaan data penduduk', T('''
        Selamat malam bapak ibu,

        Sa Yohanes Kogoya, mahasiswa jurusan ilmu komunikasi di Universitas Pendidikan Nasional, Denpasar. Sa ada tugas mata kuliah statistik sosial dan dosen minta kami ambil data dari BPS kabupaten, sa pilih Jembrana.

        Sa minta data jumlah penduduk menurut agama dan menurut kecamatan tahun 2024 dan 2025, kalau bisa dalam bentuk excel.

        Terima kasih banyak bapak ibu, Tuhan berkati.

        Dikirim dari iPhone saya
        '''), name='Yohanes Kogoya', inst='Universitas Pendidikan Nasional', **F)

    C('f42-req-fwd-own-mail-from-province', 'gmail', 'Dwi Anggraeni', 'dwianggraeni.p@gmail.com',
      'Fwd: Permohonan data TPT dan upah buruh', T('''
        Selamat siang,

        Mohon maaf, email di bawah ini sebelumnya saya kirim ke BPS Provinsi Bali dan saya diarahkan untuk menghubungi BPS Kabupaten Jembrana langsung. Mohon bantuannya.

        Terima kasih,
        Dwi

        ---------- Forwarded message ---------
        From: Dwi Anggraeni Putri <dwianggraeni.p@gmail.com>
        Date: Wed, Nov 18, 2026 at 10:21 AM
        Subject: Permohonan data TPT dan upah buruh
        To: <bps5100@bps.go.id>


        Selamat pagi Bapak/Ibu,

        Saya Dwi Anggraeni Putri, mahasiswi Program Studi Ekonomi Pembangunan, Universitas Muhammadiyah Malang. Untuk skripsi, saya memerlukan data tingkat pengangguran terbuka dan rata-rata upah buruh per kabupaten/kota di Provinsi Bali tahun 2015-2025, khususnya Kabupaten Jembrana.

        Terima kasih.

        Dwi Anggraeni Putri
        '''), name='Dwi Anggraeni Putri', inst='Universitas Muhammadiyah Malang', **F)

    C('f42-req-ums-javanese-master-yahoo', 'yahoo', 'bambang sn', 'bambang_sn@yahoo.co.id',
      'Mohon bantuan data tesis transmigran Melaya', T('''
        Sugeng enjing Bapak/Ibu,

        Nuwun sewu, perkenalkan saya Bambang Setyo Nugroho, mahasiswa Magister Ilmu Ekonomi Universitas Muhammadiyah Surakarta. Tesis saya tentang kontribusi pendatang asal Jawa terhadap perekonomian desa di Bali barat, dengan studi kasus desa-desa di Kecamatan Melaya.

        Mohon perkenan Bapak/Ibu membantu data:
        1. jumlah penduduk menurut tempat lahir (provinsi) di Kecamatan Melaya, hasil SP2010 dan SP2020;
        2. jumlah penduduk dan luas wilayah Desa Ekasari, Desa Manistutu dan Desa Candikusuma, 2015-2025.

        Matur nuwun sanget atas bantuannya.

        Hormat saya,
        Bambang S. Nugroho

        Dikirim dari Yahoo Mail di Android
        '''), name='Bambang Setyo Nugroho', inst='Universitas Muhammadiyah Surakarta', **F)

    C('f42-req-poltekpar-jpg-student-card', 'gmail', 'Widiantari', 'luhgedewidiantari@gmail.com',
      'Permohonan data TPK hotel', T('''
        Selamat pagi Bapak/Ibu PST,

        Saya Ni Luh Gede Widiantari, mahasiswi D3 Divisi Kamar di Politeknik Pariwisata Bali, Nusa Dua. Saya ingin meminta data tingkat penghunian kamar (TPK) hotel bintang dan non bintang di Kabupaten Jembrana per bulan tahun 2024-2025 untuk laporan tugas akhir. Sebagai bukti saya lampirkan foto kartu tanda mahasiswa.

        Terima kasih.

        Widiantari
        '''), name='Ni Luh Gede Widiantari', inst='Politeknik Pariwisata Bali',
      attachments=[JPG('KTM Widiantari.jpg')], **F)

    C('f42-req-atmajaya-request-only-in-subject', 'gmail', 'Theresia Ivana', 'theresia.ivana@students.uajy.ac.id',
      'Permohonan data jumlah wisatawan Kabupaten Jembrana 2020-2025', T('''
        Dengan hormat,

        Saya Theresia Ivana Wulandari dari Universitas Atma Jaya Yogyakarta. Sesuai subjek email ini, saya mohon bantuan Bapak/Ibu untuk keperluan penulisan skripsi saya. Bila ada formulir yang harus diisi, saya siap melengkapinya.

        Terima kasih atas perhatiannya.

        Salam,
        Theresia
        '''), name='Theresia Ivana Wulandari', inst='Universitas Atma Jaya Yogyakarta', **F)

    C('f42-req-stikes-nursing-student-gmail', 'gmail', 'Gede Wisnu', 'gedewisnu.stikes@gmail.com',
      'permohonan data lansia dan hipertensi', T('''
        Selamat siang Bapak/Ibu,

        Perkenalan, nama saya I Gede Wisnu Pradipta, mahasiswa S1 Keperawatan STIKES Bina Usada Bali. Saya akan melaksanakan penelitian tentang dukungan keluarga pada lansia penderita hipertensi di Kecamatan Mendoyo.

        Yang saya butuhkan adalah jumlah penduduk lansia (60 tahun ke atas) menurut desa dan jenis kelamin di Kecamatan Mendoyo tahun 2025, serta persentase lansia yang tinggal sendiri di Kabupaten Jembrana.

        Terima kasih, semoga Bapak/Ibu sehat selalu.

        Wisnu
        '''), name='I Gede Wisnu Pradipta', inst='STIKES Bina Usada Bali', **F)

    # ================================================================================================
    # New requests: abroad
    # ================================================================================================
    C('f42-req-en-latin1-madrid-ceremonies', 'latin1', 'José María Ortega', 'jmortega@ucm.es',
      'Request for household expenditure data - Jembrana', T('''
        Dear Sir or Madam,

        My name is José María Ortega Ruiz and I am a doctoral researcher in social anthropology at the Universidad Complutense de Madrid. My thesis deals with the cost of cremations and other ceremonies for Balinese households and their weight in the household budget.

        Would your office be able to provide, for Jembrana Regency:
        - the average monthly per capita expenditure on food and non-food items, 2018-2025 (Susenas);
        - the share of expenditure on "goods and services for parties and ceremonies", if this item is published at regency level?

        I would also be glad to know whether the raw Susenas data can be requested, and through which channel.

        Yours faithfully,
        José María Ortega
        '''), name='José María Ortega Ruiz', inst='Universidad Complutense de Madrid', lang='en', **F)

    C('f42-req-en-cdu-mangrove-honours', 'gmail', 'Beth Moore', 'bethany.moore@students.cdu.edu.au',
      'Data request - mangroves & fisheries around Perancak', T('''
        G'day,

        I'm Bethany Moore, an honours student in Environmental Science at Charles Darwin University in Darwin. My project looks at mangrove rehabilitation around Perancak and whether it has changed local fisheries income.

        Could I please get:
        1. the number of households working in aquaculture and capture fisheries in Kecamatan Jembrana, 2013 vs 2023 (Agricultural Census);
        2. fish pond (tambak) area by village, if it exists;
        3. the poverty rate of Jembrana Regency over the same period.

        Totally understand if some of this isn't available at village level. Happy to fill in any forms.

        Cheers,
        Beth
        '''), name='Bethany Moore', inst='Charles Darwin University', lang='en', **F)

    C('f42-req-en-otago-two-universities', 'gmail', 'Fiona McAllister', 'fiona.mcallister@otago.ac.nz',
      "Women's employment statistics, Jembrana", T('''
        Kia ora and Om Swastyastu,

        I'm Dr Fiona McAllister, a senior lecturer in development studies at the University of Otago, New Zealand. Together with colleagues at Universitas Udayana we're studying how women's work has shifted between agriculture, tourism and migration in West Bali.

        I'd be grateful for:
        - the female labour force participation rate, Jembrana, 2015-2025;
        - employed women by main industry, same years;
        - average net monthly wages by sex, if published at regency level.

        Thanks so much in advance,
        Fiona

        Dr Fiona McAllister | Senior Lecturer, Development Studies
        University of Otago | Ōtākou Whakaihu Waka
        PO Box 56, Dunedin 9054, New Zealand
        '''), name='Dr Fiona McAllister', inst='University of Otago', lang='en', **F)

    C('f42-req-en-vass-docx-form', 'outlook', 'Nguyen Thi Thu Trang', 'trangntt@vass.gov.vn',
      'Data request form - rice farming indicators, Jembrana Regency', T('''
        Dear colleagues,

        My name is Nguyen Thi Thu Trang. I am a researcher at the Vietnam Academy of Social Sciences. Our team in Hanoi is conducting a comparative study of rice-farming villages in the Mekong Delta and in Bali.

        Please find attached our data request form with the list of indicators for Jembrana Regency (mainly rice harvested area, production, farm household size and age of farmers from the 2023 Agricultural Census). If some indicators are not available, partial data would still be very helpful.

        With sincere thanks,
        Nguyen Thi Thu Trang (Ms.)
        '''), name='Nguyen Thi Thu Trang', inst='Vietnam Academy of Social Sciences', lang='en',
      attachments=[DOCX('VASS_Data_Request_Form_Jembrana.docx')], **F)

    C('f42-req-en-timor-leste-consulate', 'outlook', 'Joaquim da Costa Soares', 'j.soares@mnec.gov.tl',
      'Request for statistical information on Jembrana Regency', T('''
        Dear Sir/Madam,

        I am writing on behalf of the Consulate of the Democratic Republic of Timor-Leste. Based in Denpasar, our consulate is preparing a short briefing note on the economy of western Bali, in view of the growing number of Timorese students and workers travelling through Gilimanuk.

        We would be grateful to receive:
        1. GRDP of Jembrana Regency by industry, 2020-2025;
        2. the number of foreign residents in Jembrana, by citizenship, if available;
        3. the open unemployment rate, 2020-2025.

        Please accept the assurances of our highest consideration.

        Joaquim da Costa Soares
        Consular Attaché
        Consulate of the Democratic Republic of Timor-Leste
        Denpasar, Bali
        '''), name='Joaquim da Costa Soares', inst='Consulate of the Democratic Republic of Timor-Leste', lang='en', **F)

    C('f42-req-en-brazilian-surf-lodge-pma', 'gmail', 'Rafael Oliveira', 'rafael@ombakmedewi.com',
      'Tourism numbers for Medewi / Pekutatan', T('''
        Hi there,

        I'm Rafael Oliveira Santos, director of PT Ombak Medewi Lestari, a foreign-owned company that runs a small surf eco-lodge near Medewi beach. We're preparing an expansion plan for our investors and the bank wants official figures, not just our own guest book.

        What I need:
        - monthly foreign and domestic guests staying in accommodation in Jembrana, 2019-2025;
        - number of accommodation establishments and rooms in Kecamatan Pekutatan.

        Obrigado / terima kasih!
        Rafael
        '''), name='Rafael Oliveira Santos', inst='PT Ombak Medewi Lestari', lang='en', **F)

    # ================================================================================================
    # New requests: government offices, villages, religious and customary bodies
    # ================================================================================================
    C('f42-req-dinkes-letter-two-attachments', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dinkes@jembranakab.go.id',
      'Permohonan Data Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 1, Negara, Bali 82218

        Nomor     : 400.7/2291/Dinkes/2026
        Sifat     : Biasa
        Lampiran  : 1 (satu) berkas
        Hal       : Permohonan Data Sasaran Program Kesehatan Tahun 2027

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
        Tempat

        Dalam rangka penyusunan Rencana Kerja dan penetapan sasaran program imunisasi serta kesehatan ibu dan anak tahun 2027, Dinas Kesehatan Kabupaten Jembrana memohon bantuan data sebagai berikut:

        1. proyeksi jumlah penduduk umur 0-5 tahun (umur tunggal) per kecamatan tahun 2027;
        2. jumlah perempuan usia 15-49 tahun per desa/kelurahan;
        3. angka kelahiran kasar (CBR) Kabupaten Jembrana hasil Long Form SP2020.

        Format isian terlampir. Data mohon dapat dikirimkan melalui email ini paling lambat tanggal 15 Desember 2026.

        Demikian disampaikan, atas kerja sama yang baik diucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. I Gusti Agung Putu Arsana, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP 19700812 199903 1 005
        '''), name='dr. I Gusti Agung Putu Arsana', inst='Dinas Kesehatan Kabupaten Jembrana',
      attachments=[PDF('400.7-2291-Dinkes-2026 Permohonan Data Sasaran.pdf'), DOCX('Format Isian Data Sasaran 2027.docx')],
      **F)

    C('f42-req-bappeda-consultation-outlook', 'outlook', 'AA Istri Ratih Pramesti', 'ratihpramesti@jembranakab.go.id',
      'Konsultasi indikator kinerja RPJMD', T('''
        Selamat pagi Bapak/Ibu,

        Saya Anak Agung Istri Ratih Pramesti, Perencana Ahli Pertama pada Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana. Kami sedang menyusun indikator kinerja daerah untuk perubahan RPJMD, dan ingin berkonsultasi mengenai:

        1. cara membaca dan menggunakan angka IPM kabupaten yang direvisi setelah perubahan metode;
        2. apakah indikator persentase penduduk miskin ekstrem dapat disajikan sampai tingkat kecamatan;
        3. jadwal rilis resmi angka kemiskinan dan IPM 2026 agar target dapat disesuaikan.

        Kami bersedia datang ke kantor BPS atau melalui Zoom, menyesuaikan waktu Bapak/Ibu.

        Salam,
        Gung Ratih
        '''), name='Anak Agung Istri Ratih Pramesti',
      inst='Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana', **F)

    C('f42-req-puskesmas-midwife-stunting', 'gmail', 'Sri Lestari', 'srilestari.bidan@gmail.com',
      'Mohon data balita per desa Kec. Pekutatan', T('''
        Selamat pagi Bapak/Ibu,

        Saya Ni Made Sri Lestari, A.Md.Keb., bidan koordinator di UPTD Puskesmas Pekutatan. Kami sedang memperbarui data sasaran dan peta rawan stunting wilayah kerja puskesmas. Mohon bantuan data jumlah balita dan jumlah rumah tangga per desa di Kecamatan Pekutatan tahun 2025, serta persentase rumah tangga dengan akses sanitasi layak di kecamatan tersebut bila ada.

        Terima kasih atas bantuannya.

        Salam,
        Bdn. Sri Lestari
        '''), name='Ni Made Sri Lestari', inst='UPTD Puskesmas Pekutatan', **F)

    C('f42-req-village-planning-officer-android', 'plain', 'Ketut Wardana', 'wardana.tuwed@gmail.com', 'mohon data desa', T('''
        Om swastyastu pak/bu

        Saya I Ketut Wardana, Kaur Perencanaan Pemerintah Desa Tuwed. Kami lagi nyusun RPJMDes 2027-2032 dan perlu data jumlah penduduk desa tuwed menurut umur dan jenis kelamin, jumlah KK miskin, sama jumlah penduduk menurut pekerjaan. tahun terakhir saja pak/bu.
        Mohon bantuannya, suksma

        Dikirim dari perangkat Android saya
        '''), name='I Ketut Wardana', inst='Pemerintah Desa Tuwed', **F)

    C('f42-req-kemenag-office-haji-title', 'outlook', 'Kankemenag Jembrana', 'kemenag.jembrana@kemenag.go.id',
      'Permohonan data penduduk menurut agama', T('''
        Assalamu'alaikum wr. wb. / Om Swastyastu,

        Yth. Kepala BPS Kabupaten Jembrana,

        Dalam rangka penyusunan profil kerukunan umat beragama dan perencanaan layanan bimbingan perkawinan tahun 2027, Kantor Kementerian Agama Kabupaten Jembrana memohon bantuan data:
        1. jumlah penduduk menurut agama per kecamatan, 2023-2025;
        2. jumlah penduduk usia 19-24 tahun menurut jenis kelamin per kecamatan, 2025.

        Atas perhatian dan kerja samanya kami sampaikan terima kasih.

        Wassalamu'alaikum wr. wb.

        Kepala Seksi Bimas Islam,

        H. Ahmad Zainuri, S.Ag., M.Pd.I.
        '''), name='H. Ahmad Zainuri', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)

    C('f42-req-dprd-member-ir-title', 'gmail', 'Made Kembar Antara', 'kembarantara.dprd@gmail.com',
      'Data untuk rapat kerja komisi', T('''
        Selamat siang,

        Saya Ir. Made Kembar Antara, anggota DPRD Kabupaten Jembrana dari Komisi II. Minggu depan komisi kami rapat kerja dengan dinas terkait soal ketahanan pangan. Saya minta tolong disiapkan data produksi padi dan jagung Kabupaten Jembrana 2021-2025, luas lahan sawah per kecamatan, serta nilai tukar petani Bali terbaru.

        Kalau bisa dikirim sebelum Senin. Terima kasih.

        Salam,
        Kembar
        '''), name='Ir. Made Kembar Antara', inst='DPRD Kabupaten Jembrana', **F)

    C('f42-req-desa-adat-bendesa-balinese', 'gmail', 'Desa Adat Pohsanten', 'desaadatpohsanten@gmail.com',
      'Nunas data krama Desa Adat Pohsanten', T('''
        Om Swastyastu,

        Titiang I Made Suardika, Bendesa Desa Adat Pohsanten. Sane mangkin desa adat kami sedang menyusun perarem tentang iuran krama tamiu (pendatang), dan kami ingin memakai data resmi sebagai dasar.

        Titiang nunas data:
        - jumlah penduduk Desa Pohsanten menurut jenis kelamin, 2020-2025;
        - jumlah penduduk pendatang atau penduduk yang lahir di luar Bali di Desa Pohsanten, bila ada.

        Suksma pisan.

        Om Santih, Santih, Santih Om
        '''), name='I Made Suardika', inst='Desa Adat Pohsanten', **F)

    # ================================================================================================
    # New requests: health, schools
    # ================================================================================================
    C('f42-req-private-hospital-deputy-director', 'gmail', 'Stefanus Halim', 'stefanus.halim@rsudharmausadha.co.id',
      'Permohonan data kependudukan untuk studi kelayakan', T('''
        Selamat siang,

        Dengan hormat, saya dr. Stefanus Kurniawan Halim, MARS, Wakil Direktur Pelayanan RSU Dharma Usadha Negara. Rumah sakit kami akan mengajukan penambahan layanan hemodialisis dan geriatri, dan dalam studi kelayakannya diperlukan data:

        1. jumlah penduduk usia 60 tahun ke atas per kecamatan di Jembrana, 2020-2025;
        2. proyeksi penduduk lansia 2025-2035;
        3. persentase penduduk yang memiliki jaminan kesehatan (Susenas).

        Mohon informasinya apakah data tersebut dapat kami peroleh secara daring.

        Terima kasih.

        Salam sehat,
        dr. Stefanus K. Halim, MARS
        '''), name='dr. Stefanus Kurniawan Halim', inst='RSU Dharma Usadha Negara', **F)

    C('f42-req-sma-pupil-child-labour-essay', 'gmail', 'Kadek Ayu', 'kadekayupradnyani08@gmail.com',
      'Permohonan data untuk karya tulis', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Kadek Ayu Pradnyani, siswi kelas XI IPS 1 SMA Negeri 2 Negara. Saya dan kelompok sedang membuat karya tulis untuk pelajaran Sosiologi tentang pekerja anak di Jembrana. Guru kami, Ibu Luh Putu Sukasih, menyarankan meminta data ke BPS.

        Kami ingin tahu:
        - berapa jumlah anak umur 10-17 tahun yang bekerja di Kabupaten Jembrana;
        - jumlah anak putus sekolah menurut kecamatan.

        Kalau bisa dikirim tahun terbaru saja sudah cukup. Terima kasih banyak Bapak/Ibu 🙏

        Hormat saya,
        Kadek Ayu
        '''), name='Kadek Ayu Pradnyani', inst='SMA Negeri 2 Negara', **F)

    # ================================================================================================
    # New requests: companies, banks, media, research firms
    # ================================================================================================
    C('f42-req-bpd-branch-kur-disclaimer', 'outlook', 'AA Ngurah Bagus Mahendra', 'bagus.mahendra@bpdbali.co.id',
      'Permohonan Data untuk Analisis Potensi KUR', T('''
        Yth. Bapak/Ibu Petugas PST,

        Dengan hormat,
        Kami dari PT Bank Pembangunan Daerah Bali Cabang Negara bermaksud menyusun analisis potensi penyaluran Kredit Usaha Rakyat (KUR) sektor pertanian dan perikanan tahun 2027. Terkait hal tersebut, kami memohon data:
        a. PDRB ADHB dan ADHK Kabupaten Jembrana menurut lapangan usaha 2021-2025;
        b. jumlah usaha mikro dan kecil menurut kecamatan dan KBLI;
        c. jumlah rumah tangga usaha perikanan per kecamatan (ST2023).

        Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.

        Hormat kami,

        Anak Agung Ngurah Bagus Mahendra
        Analis Kredit Mikro
        PT Bank Pembangunan Daerah Bali Cabang Negara
        Jl. Ngurah Rai No. 45, Negara

        ------------------------------------------------------------
        PERHATIAN: Informasi dalam email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. Bank tidak pernah meminta data pribadi, PIN atau OTP nasabah melalui email.
        '''), name='Anak Agung Ngurah Bagus Mahendra', inst='PT Bank Pembangunan Daerah Bali Cabang Negara', **F)

    C('f42-req-water-depot-owner-chinese-indonesian', 'gmail', 'Hendra Gunawan', 'hendra.tirtasumber@gmail.com',
      'Data rumah tangga & sumber air minum', T('''
        Selamat sore,

        Perkenalkan, saya Hendra Wijaya Gunawan, pemilik CV Tirta Sumber Rejeki di Tabanan, usaha depot air minum isi ulang dan distributor air galon. Kami berencana membuka cabang di kota Negara.

        Untuk hitung-hitungan pasar, kami perlu data:
        - jumlah rumah tangga per kelurahan di Kecamatan Negara dan Kecamatan Jembrana, 2025;
        - persentase rumah tangga menurut sumber air minum (air kemasan, isi ulang, ledeng, sumur), Kabupaten Jembrana, tahun terbaru.

        Terima kasih, mohon maaf merepotkan.

        Salam,
        Hendra W. Gunawan
        0813-3744-xxxx
        '''), name='Hendra Wijaya Gunawan', inst='CV Tirta Sumber Rejeki', **F)

    C('f42-req-news-site-journalist-deadline', 'gmail', 'Frans Bere', 'frans.bere@kabarjembrana.com',
      'Permintaan data & wawancara: harga beras menjelang Galungan', T('''
        Halo, selamat pagi BPS Jembrana.

        Saya Fransiskus Xaverius Bere, wartawan media daring Kabar Jembrana. Saya sedang menulis laporan tentang harga beras yang naik menjelang Galungan dan dampaknya ke warga kurang mampu.

        Pertanyaan saya:
        1. Apakah BPS Jembrana punya data harga beras eceran bulanan di Kabupaten Jembrana 2025-2026?
        2. Bagaimana perkembangan garis kemiskinan Jembrana tiga tahun terakhir?
        3. Apakah ada statistisi yang bisa saya wawancarai singkat (lewat telepon boleh) untuk menjelaskan angka-angka itu?

        Tenggat tulisan saya Jumat ini. Terima kasih banyak.

        Salam,
        Frans
        Kabar Jembrana | redaksi@kabarjembrana.com
        '''), name='Fransiskus Xaverius Bere', inst='Kabar Jembrana', **F)

    C('f42-req-medan-consultant-electricity', 'outlook', 'Rotua Simanjuntak', 'rotua.simanjuntak@mitrariset.co.id',
      'Permohonan data rumah tangga dan kelistrikan Kab. Jembrana', T('''
        Dengan hormat,

        Saya Rotua Magdalena Simanjuntak, konsultan senior pada PT Mitra Riset Andalas, Medan. Kami sedang melakukan kajian proyeksi kebutuhan listrik rumah tangga di Bali bagian barat untuk klien kami.

        Mohon bantuan data Kabupaten Jembrana:
        1) jumlah rumah tangga menurut sumber penerangan utama, 2019-2025;
        2) jumlah rumah tangga menurut daya terpasang listrik PLN, bila tersedia;
        3) proyeksi jumlah penduduk dan rumah tangga sampai 2035.

        Kami siap mengirimkan surat resmi bila diperlukan.

        Horas dan salam hormat,

        Rotua M. Simanjuntak, S.E., M.Ec.Dev.
        Senior Consultant
        PT Mitra Riset Andalas
        '''), name='Rotua Magdalena Simanjuntak', inst='PT Mitra Riset Andalas', **F)

    C('f42-req-agro-company-letter-in-pdf', 'outlook', 'Kadek Dwi Arsana', 'perencanaan@jembranaagro.co.id',
      'Surat Permohonan Data - PT Jembrana Agro Lestari', T('''
        Selamat siang Bapak/Ibu,

        Bersama email ini kami sampaikan surat permohonan data dari PT Jembrana Agro Lestari terkait rencana pembangunan unit fermentasi dan pengeringan kakao di Kecamatan Mendoyo. Rincian data yang kami mohon terdapat dalam surat terlampir.

        Terima kasih atas perhatian dan bantuannya.

        Salam,
        Kadek Dwi Arsana
        Staf Perencanaan
        PT Jembrana Agro Lestari
        '''), name='Kadek Dwi Arsana', inst='PT Jembrana Agro Lestari',
      attachments=[PDF('Surat No. 017-JAL-XI-2026 Permohonan Data BPS.pdf')], **F)

    C('f42-req-brin-consultation-commuters', 'outlook', 'Siti Nurjanah Pohan', 'siti.nurjanah.pohan@brin.go.id',
      'Permohonan konsultasi: data komuter koridor Gilimanuk-Negara', T('''
        Selamat pagi Bapak/Ibu,

        Saya Dr. Siti Nurjanah Pohan, peneliti ahli madya di Pusat Riset Kependudukan BRIN. Tim kami sedang mengkaji mobilitas penduduk ulang-alik (komuter) di koridor Gilimanuk-Negara-Tabanan.

        Kami ingin berkonsultasi dengan fungsi statistik sosial mengenai:
        1. ketersediaan data komuter hasil SP2020 Long Form atau Sakernas pada level kabupaten;
        2. kemungkinan pengolahan tabulasi khusus (asal-tujuan komuter) dan prosedur permintaannya.

        Jika memungkinkan, kami mengusulkan pertemuan daring pada minggu pertama Desember.

        Terima kasih.

        Salam,
        Siti Nurjanah
        Pusat Riset Kependudukan BRIN
        Gedung Widya Graha Lt. 10, Jakarta
        '''), name='Dr. Siti Nurjanah Pohan', inst='Pusat Riset Kependudukan BRIN', **F)

    # ================================================================================================
    # New requests: cooperatives, farmer groups, NGOs
    # ================================================================================================
    C('f42-req-livestock-group-yahoo', 'yahoo', 'nengah sudarsana', 'nengahsudarsana71@yahoo.com', 'Mohon data sapi bali', T('''
        Selamat siang Bapak Ibu di BPS.

        Saya I Nengah Sudarsana, ketua Kelompok Tani Ternak Sari Merta. Kelompok kami beranggota 27 orang peternak sapi bali dan berlokasi di Desa Manistutu. Kami mau mengajukan proposal bantuan bibit sapi dan kandang koloni ke dinas, dan diminta melampirkan data populasi sapi bali per desa di Kecamatan Melaya 3 tahun terakhir, juga jumlah rumah tangga peternak sapi.

        Kalau datanya ada, mohon dikirim ke email ini. Terima kasih banyak sebelumnya.

        Salam,
        Nengah Sudarsana
        Ketua KTT Sari Merta

        Dikirim dari Yahoo Mail di Android
        '''), name='I Nengah Sudarsana', inst='Kelompok Tani Ternak Sari Merta', **F)

    C('f42-req-html-only-child-protection-foundation', 'html_only', 'Maria Goretti Lelo', 'maria.lelo@lenteraanak.or.id',
      'Permohonan data perkawinan anak - Kabupaten Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Saya Maria Goretti Lelo, koordinator program di Yayasan Lentera Anak Nusantara, lembaga yang bergerak di bidang perlindungan anak. Tahun depan kami akan memulai program pencegahan perkawinan anak di dua kecamatan di Jembrana.

        Untuk baseline, kami membutuhkan:
        • persentase perempuan umur 20-24 tahun yang menikah sebelum umur 18 tahun, Kabupaten Jembrana (Susenas), 2019-2025;
        • angka partisipasi sekolah perempuan usia 16-18 tahun;
        • jumlah penduduk usia 10-19 tahun per kecamatan.

        Terima kasih banyak atas kerja samanya. Salam hangat dari kami di Denpasar.

        Maria
        '''), name='Maria Goretti Lelo', inst='Yayasan Lentera Anak Nusantara', **F)

    C('f42-req-fishers-cooperative-code-switching', 'gmail', 'Fauzan', 'fauzan.segaraguna@gmail.com',
      'Request data perikanan untuk proposal cold storage', T('''
        Assalamualaikum wr wb, selamat pagi.

        Saya Ahmad Fauzan Ba'agil, sekretaris Koperasi Produsen Nelayan Segara Guna. Jadi gini Pak/Bu, koperasi kami lagi prepare proposal ke kementerian untuk cold storage di Pengambengan, dan reviewer-nya minta "data statistik resmi", bukan data koperasi sendiri.

        Yang kami butuhkan:
        - produksi perikanan tangkap per bulan yang didaratkan di Pengambengan 2022-2025, by jenis ikan (lemuru, tongkol, layang);
        - jumlah nelayan dan armada kapal per desa di Kecamatan Negara.

        Kalau datanya cuma ada di publikasi, link-nya saja juga boleh. Thanks banyak, ditunggu kabarnya.

        Wassalam,
        Fauzan
        '''), name="Ahmad Fauzan Ba'agil", inst='Koperasi Produsen Nelayan Segara Guna', **F)

    C('f42-req-subak-pekaseh-grandson-typing', 'gmail', 'Putu Gede Arimbawa', 'putugede.arimbawa@gmail.com',
      'Data padi untuk subak', T('''
        Om Swastyastu,

        Mohon maaf, email ini diketik oleh cucu saya. Saya I Wayan Suwecha, Pekaseh Subak Yeh Sumbul. Subak kami akan mengajukan perbaikan saluran irigasi ke Balai Wilayah Sungai, dan kami diminta menyertakan data luas panen dan produksi padi di Kecamatan Mendoyo per desa dari tahun 2020 sampai 2025, kalau bisa juga curah hujan per bulan.

        Atas bantuan Bapak/Ibu, suksma.

        Om Santih, Santih, Santih Om

        Wayan Suwecha
        '''), name='I Wayan Suwecha', inst='Subak Yeh Sumbul', **F)

    C('f42-req-coastal-ngo-podes-signature', 'gmail', 'Gede Putra Adnyana', 'gede.adnyana@konservasipesisir.or.id',
      'Permohonan data kebencanaan desa pesisir (Podes)', T('''
        Om Swastyastu, selamat siang.

        Kami sedang memperbarui peta risiko banjir rob untuk program adaptasi iklim berbasis desa di Kecamatan Jembrana dan Kecamatan Negara. Mohon bantuan data hasil Podes 2021 dan 2024 untuk desa-desa pesisir di kedua kecamatan tersebut: kejadian bencana (banjir, banjir rob, abrasi), jumlah korban, serta ketersediaan sistem peringatan dini.

        Bila ada syarat atau biaya, mohon diinformasikan.

        Suksma,

        Gede Putra Adnyana
        Manajer Program Pesisir
        Yayasan Konservasi Pesisir Bali Barat
        Jl. Pantai Perancak, Budeng, Jembrana
        www.konservasipesisir.or.id
        '''), name='Gede Putra Adnyana', inst='Yayasan Konservasi Pesisir Bali Barat', **F)

    # ================================================================================================
    # New requests with something missing
    # ================================================================================================
    C('f42-req-no-name-no-inst-terse', 'gmail', 'Arya Pradana', 'aryapradana.x@gmail.com', 'data kemiskinan', T('''
        Sore. Bisa minta data persentase penduduk miskin Jembrana 2020-2025? Butuh cepat, makasih.
        '''), **F)

    C('f42-req-name-only-plain-question', 'plain', 'Rudi Hartono', 'rudihartono.gilimanuk@gmail.com',
      'tanya jumlah penduduk', T('''
        Halo, saya Rudi Hartono. Mau tanya jumlah penduduk Kecamatan Melaya tahun 2025 berapa ya? Kalau ada sekalian per desa. Terima kasih.

        Dikirim dari perangkat Android saya
        '''), name='Rudi Hartono', **F)

    C('f42-req-lecturer-consult-vague', 'gmail', 'Luh Ayu Kusumawati', 'ayukusumawati@undhirabali.ac.id',
      'Mohon waktu konsultasi', T('''
        Selamat pagi Bapak/Ibu,

        Saya Luh Ayu Kusumawati, dosen di Universitas Dhyana Pura. Saya ingin berkonsultasi terkait data BPS. Kira-kira kapan saya bisa datang ke kantor, dan apakah perlu membuat janji terlebih dahulu?

        Terima kasih.

        Luh Ayu Kusumawati, S.E., M.M.
        '''), name='Luh Ayu Kusumawati', inst='Universitas Dhyana Pura', req=False, **F)

    C('f42-req-youth-org-no-name', 'gmail', 'Karang Taruna Yehembang Kauh', 'kt.yehembangkauh@gmail.com',
      'Permohonan data pemuda', T('''
        Om Swastyastu,

        Kami mohon bantuan data jumlah penduduk usia 16-30 tahun menurut jenis kelamin dan status pekerjaan di Desa Yehembang Kauh atau Kecamatan Mendoyo, tahun terbaru. Data akan kami gunakan untuk menyusun program pelatihan kerja pemuda tahun 2027.

        Suksma.

        Pengurus
        Karang Taruna Desa Yehembang Kauh
        '''), inst='Karang Taruna Desa Yehembang Kauh', **F)

    C('f42-req-en-nothing-at-all', 'gmail', 'Tom', 'tomtravels88@gmail.com', 'Question', T('''
        Hello, I have a question about statistics in Bali. Can someone help me? Thanks.
        '''), req=False, lang='en', **F)

    C('f42-req-housewife-catering-private', 'yahoo', 'wayan murniasih', 'murniasih.catering@yahoo.com',
      'Tanya data penduduk Dauhwaru', T('''
        Selamat pagi Pak/Bu,

        Saya Ni Wayan Murniasih, ibu rumah tangga di Lingkungan Dauhwaru. Saya berencana membuka usaha katering rumahan untuk anak sekolah dan karyawan. Boleh saya minta data jumlah penduduk dan jumlah rumah tangga Kelurahan Dauhwaru, sekalian jumlah sekolah di sekitarnya?

        Terima kasih banyak.

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Wayan Murniasih', **F)

    C('f42-req-thunderbird-identity-only-in-headers', 'thunderbird', 'Ketut Sutrisna', 'k.sutrisna@undiksha.ac.id',
      'IPM Kabupaten Jembrana', T('''
        Dengan hormat,

        Mohon dikirimkan data Indeks Pembangunan Manusia Kabupaten Jembrana tahun 2015-2025 beserta komponennya (UHH, HLS, RLS dan pengeluaran per kapita disesuaikan).

        Terima kasih.
        '''), **F)

    C('f42-req-iphone-name-only-mau-tanya', 'iphone', 'Agus', 'agus.mdy@icloud.com', 'tanya', T('''
        Pak/Bu saya Agus, mau tanya2 soal data dong, bisa dibantu?

        Dikirim dari iPhone saya
        '''), name='Agus', req=False, **F)

    C('f42-req-latin1-vocational-school-no-name', 'latin1', 'SMKN 1 Mendoyo', 'smkn1mendoyo@gmail.com',
      'Permohonan data ketenagakerjaan', T('''
        Selamat siang Bapak/Ibu,

        Kami dari SMK Negeri 1 Mendoyo sedang menyusun kajian keterserapan lulusan. Mohon bantuan data tingkat pengangguran terbuka lulusan SMK di Kabupaten Jembrana tahun 2020-2025, serta jumlah penduduk bekerja menurut lapangan usaha.

        Terima kasih atas kerja samanya.

        Hormat kami,
        Tata Usaha SMK Negeri 1 Mendoyo
        '''), inst='SMK Negeri 1 Mendoyo', **F)

    C('f42-req-unair-kak-mau-tanya', 'gmail', 'Sekar', 'sekarayuningtyas@gmail.com', 'halo kak', T('''
        halo kak, aku Sekar dari Universitas Airlangga hehe. mau tanya dong kak, boleh ga?
        '''), name='Sekar', inst='Universitas Airlangga', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f42-reply-identity-after-ask-undiksha', 'gmail', 'IB Mahendra', 'ibmahendrayoga@gmail.com',
      'Re: ' + SUBJ_ASK % 4201, T('''
        Selamat siang, mohon maaf sebelumnya.

        Nama saya Ida Bagus Putu Mahendra Yoga, mahasiswa Program Studi Pendidikan Geografi, Universitas Pendidikan Ganesha.

        Terima kasih.
        '''), kind='reply', name='Ida Bagus Putu Mahendra Yoga', inst='Universitas Pendidikan Ganesha', req=False,
      ticket='PST-2026-04201', quote=gq(ASK, 'id'), **rp(4201), **F)

    C('f42-reply-iphone-thanks-short-name', 'iphone', 'Wulan', 'wulandari.ayu@icloud.com', 'Re: ' + SUBJ_DATA % 4202, T('''
        Udah masuk kak datanya, makasih bnyk yaa 🙏

        Wulan

        Dikirim dari iPhone saya
        '''), kind='reply', name='Wulan', req=False, ticket='PST-2026-04202', quote=iq(DELIV_ID % 4202),
      **rp(4202), **F)

    C('f42-reply-outlook-further-question-value', 'outlook', 'Putu Eka Saputra', 'ekasaputra@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 4203, T('''
        Selamat siang,

        Terima kasih atas data produksi perikanan yang telah dikirimkan. Mohon izin bertanya lebih lanjut: apakah tersedia juga nilai produksi (dalam rupiah) menurut jenis ikan untuk tahun 2023-2025? Data tersebut kami perlukan untuk menghitung kontribusi subsektor perikanan.

        Salam,
        I Putu Eka Saputra
        Dinas Kelautan dan Perikanan Kabupaten Jembrana
        '''), kind='reply', name='I Putu Eka Saputra', inst='Dinas Kelautan dan Perikanan Kabupaten Jembrana',
      req=True, ticket='PST-2026-04203',
      quote=oq(DELIV_ID % 4203, 'Putu Eka Saputra <ekasaputra@jembranakab.go.id>', SUBJ_DATA % 4203, 'id'),
      **rp(4203), **F)

    C('f42-reply-new-mail-ticket-in-text', 'gmail', 'Yohana Sitompul', 'yohanasitompul@gmail.com',
      'Menanyakan permohonan data saya', T('''
        Selamat pagi,

        Saya ingin menanyakan perkembangan permohonan data saya dengan nomor tiket PST-2026-04204 yang saya kirim tanggal 16 November. Sampai sekarang belum ada kabar lanjutan.

        Terima kasih.

        Salam,
        Yohana Sitompul
        '''), kind='reply', name='Yohana Sitompul', req=False, ticket='PST-2026-04204', **F)

    C('f42-reply-thunderbird-bottom-cover-letter', 'thunderbird', 'Gusti Ngurah Bagus Krisna', 'krisnadharma@student.unud.ac.id',
      'Re: ' + SUBJ_LETTER % 4205, tq(LETTER_ID % 4205) + '\n\n' + T('''
        Selamat siang Bapak/Ibu,

        Terlampir surat pengantar dari kampus sesuai permintaan. Mohon maaf baru sempat mengirim karena menunggu tanda tangan wakil dekan.

        Hormat saya,
        Gusti Ngurah Bagus Krisna Dharma
        '''), kind='reply', name='Gusti Ngurah Bagus Krisna Dharma', req=False, ticket='PST-2026-04205',
      attachments=[PDF('Surat Pengantar Penelitian - GN Bagus Krisna Dharma.pdf')], **rp(4205), **F)

    C('f42-reply-en-breakdown-by-sex', 'gmail', 'Beth Moore', 'bethany.moore@students.cdu.edu.au',
      'Re: ' + SUBJ_DATA % 4206, T('''
        Hi again,

        Thanks heaps for the tables, super helpful. One more thing: could you also send the 2023 fisheries household figures broken down by sex of the household head and by kecamatan?

        Cheers,
        Beth
        '''), kind='reply', name='Beth', req=True, lang='en', ticket='PST-2026-04206', quote=gq(DELIV_EN % 4206),
      **rp(4206), **F)

    C('f42-reply-yahoo-pkk-thanks-complete', 'yahoo', 'nur aisyah', 'nuraisyah.loloan@yahoo.co.id',
      'Re: ' + SUBJ_DATA % 4207, T('''
        Terima kasih banyak Bapak/Ibu, datanya sudah lengkap dan sesuai kebutuhan kami untuk rapat pokja minggu depan.

        Salam,
        Hj. Nur Aisyah Rahman
        Ketua TP PKK Kelurahan Loloan Timur
        '''), kind='reply', name='Hj. Nur Aisyah Rahman', inst='TP PKK Kelurahan Loloan Timur', req=False,
      ticket='PST-2026-04207', quote=yq(DELIV_ID % 4207), **rp(4207), **F)

    chain = T('''
        Yth. Bapak Arief,

        Data PDRB menurut kecamatan memang baru tersedia mulai 2021, karena sebelumnya BPS Kabupaten Jembrana belum menyusun PDRB kecamatan. Untuk tahun 2019-2020 yang tersedia hanya PDRB kabupaten.

        Hormat kami,
        Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana

        On Fri, Nov 20, 2026 at 2:03 PM Muhammad Arief Setiawan <arief.setiawan88@gmail.com> wrote:
        > Terima kasih, datanya sudah saya terima. Tapi kenapa hanya 2021-2025 ya? Di permintaan saya 2019-2025.
        >
        > Salam,
        > Muhammad Arief Setiawan
        > Universitas Brawijaya
        >
        > On Thu, Nov 19, 2026 at 9:40 AM PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:
        ''') + '\n' + pre(DELIV_ID % 4208, '>> ')
    C('f42-reply-long-chain-asks-more-years', 'gmail', 'Muhammad Arief Setiawan', 'arief.setiawan88@gmail.com',
      'Re: ' + SUBJ_DATA % 4208, T('''
        Baik Pak, terima kasih penjelasannya. Kalau begitu mohon dikirimkan PDRB kabupaten menurut lapangan usaha tahun 2019 dan 2020 saja, supaya seri waktu saya tetap lengkap.

        Salam,
        Arief
        '''), kind='reply', name='Arief', req=True, ticket='PST-2026-04208', quote=gq(chain, when='Mon, Nov 23, 2026 at 10:05 AM'),
      **rp(4208), **F)

    C('f42-reply-samsung-identity-cooperative', 'plain', 'Komang Sri', 'komangsriwahyuni@gmail.com',
      'Re: ' + SUBJ_ASK % 4209, T('''
        Selamat sore, saya Komang Sri Wahyuni dari Koperasi Wanita Srikandi Mendoyo. Maaf tadi lupa mencantumkan. Terima kasih

        Dikirim dari Samsung Galaxy smartphone saya.
        ''') + '\n' + sq(ASK, SUBJ_ASK % 4209), kind='reply', name='Komang Sri Wahyuni',
      inst='Koperasi Wanita Srikandi Mendoyo', req=False, ticket='PST-2026-04209', **rp(4209), **F)

    C('f42-reply-html-only-confirms-visit', 'html_only', 'Dewi Candra', 'dewicandra.kwt@gmail.com',
      'Re: ' + SUBJ_VISIT % 4210, T('''
        Baik, terima kasih. Saya akan datang ke kantor BPS hari Kamis, 26 November 2026 pukul 10.00 WITA bersama satu orang rekan.

        Salam,
        Ni Kadek Dewi Candra
        '''), kind='reply', name='Ni Kadek Dewi Candra', req=False, ticket='PST-2026-04210',
      quote=gq(VISIT_ID % 4210, 'id'), **rp(4210), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f42-rating-bare-five', 'gmail', 'Made Yuda', 'madeyuda.art@gmail.com', 'Re: ' + SUBJ_RATE % 4221, T('''
        5
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-04221', quote=gq(RATE_ID % 4221, 'id'),
      **rp(4221), **F)

    C('f42-rating-outlook-four-with-note', 'outlook', 'Surya Darma', 'suryadarma.pupr@jembranakab.go.id',
      'RE: ' + SUBJ_RATE % 4222, T('''
        Selamat pagi,

        Nilai 4. Datanya lengkap dan dijelaskan dengan baik, hanya saja file yang dikirim berupa PDF sehingga kami harus mengetik ulang ke Excel.

        Terima kasih.

        I Gede Made Surya Darma
        Kepala Seksi Perencanaan
        Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Jembrana
        '''), kind='rating', rating=4, name='I Gede Made Surya Darma',
      inst='Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Jembrana', req=False, ticket='PST-2026-04222',
      quote=oq(RATE_ID % 4222, 'Surya Darma <suryadarma.pupr@jembranakab.go.id>', SUBJ_RATE % 4222, 'id'),
      **rp(4222), **F)

    C('f42-rating-en-five-out-of-five', 'gmail', 'Fiona McAllister', 'fiona.mcallister@otago.ac.nz',
      'Re: ' + SUBJ_RATE % 4223, T('''
        Hello,

        Happily 5/5 - prompt, clear and the Excel files saved me days of work. Terima kasih banyak!

        Fiona
        '''), kind='rating', rating=5, name='Fiona', req=False, lang='en', ticket='PST-2026-04223',
      quote=gq(RATE_EN % 4223), **rp(4223), **F)

    C('f42-rating-yahoo-three-in-words', 'yahoo', 'sumarni', 'sumarni.guru@yahoo.co.id', 'Re: ' + SUBJ_RATE % 4224, T('''
        Saya beri nilai tiga saja ya Pak/Bu. Petugasnya ramah, tapi datanya baru saya terima seminggu kemudian.

        Sumarni
        '''), kind='rating', rating=3, name='Sumarni', req=False, ticket='PST-2026-04224', quote=yq(RATE_ID % 4224),
      **rp(4224), **F)

    C('f42-rating-android-one-angry', 'plain', 'Putu Sudiarta', 'putusudiarta.ngr@gmail.com', 'Re: ' + SUBJ_RATE % 4225, T('''
        1.
        Data yg dikirim salah kecamatan dan baru dikirim setelah 2 minggu. Sangat mengecewakan.

        Putu Sudiarta

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=1, name='Putu Sudiarta', req=False, ticket='PST-2026-04225',
      quote=aq(RATE_ID % 4225), **rp(4225), **F)

    C('f42-rating-iphone-four-stars-emoji', 'iphone', 'Nanda', 'nanda.putri99@icloud.com', 'Re: ' + SUBJ_RATE % 4226, T('''
        Aku kasih 4 bintang ya kak ⭐⭐⭐⭐ cepet bgt responnya, cuma kurang data per desa aja hehe. makasih kak!

        Dikirim dari iPhone saya
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-04226', quote=iq(RATE_ID % 4226), **rp(4226), **F)

    C('f42-rating-thunderbird-itb-signature', 'thunderbird', 'Rahmat Hidayatullah', 'rahmat.h@ftsl.itb.ac.id',
      'Re: ' + SUBJ_RATE % 4227, tq(RATE_ID % 4227) + '\n\n' + T('''
        Penilaian saya: 5 (sangat puas). Terima kasih atas bantuan tim PST, terutama penjelasan tentang keterbatasan data Podes.

        Salam,

        --
        Dr. Eng. Rahmat Hidayatullah, S.T., M.T.
        Kelompok Keahlian Teknik Pantai
        Institut Teknologi Bandung
        '''), kind='rating', rating=5, name='Dr. Eng. Rahmat Hidayatullah', inst='Institut Teknologi Bandung',
      req=False, ticket='PST-2026-04227', **rp(4227), **F)

    C('f42-rating-latin1-javanese-four', 'latin1', 'Sri Handayani', 'srihandayani.tegalcangkring@gmail.com',
      'Re: ' + SUBJ_RATE % 4228, T('''
        Nggih Pak, kulo paringi nilai 4. Pelayanannya sae, namung wekdalipun rada dangu. Matur nuwun.

        Sri Handayani
        ''') + '\n\n' + olq(RATE_ID % 4228, 'Sri Handayani', SUBJ_RATE % 4228), kind='rating', rating=4,
      name='Sri Handayani', req=False, ticket='PST-2026-04228', **rp(4228), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f42-complaint-website-tables-outdated', 'gmail', 'Luh Putu Suarningsih', 'suarningsih@unmas.ac.id',
      'Tabel di website belum diperbarui', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Saya Dr. Ir. Ni Luh Putu Suarningsih, dosen Universitas Mahasaraswati Denpasar. Saya ingin menyampaikan keluhan: beberapa tabel pertanian di website BPS Kabupaten Jembrana (luas panen, produksi padi per kecamatan) masih berhenti di tahun 2022, padahal publikasi Kabupaten Jembrana Dalam Angka 2026 sudah terbit. Mahasiswa bimbingan saya jadi memakai angka yang berbeda-beda.

        Mohon tabel-tabel tersebut segera dimutakhirkan.

        Salam,
        Dr. Ir. Ni Luh Putu Suarningsih, M.P.
        '''), kind='complaint', name='Dr. Ir. Ni Luh Putu Suarningsih', inst='Universitas Mahasaraswati Denpasar',
      req=False, **F)

    C('f42-complaint-on-ticket-ten-days-late', 'outlook', 'Rotua Simanjuntak', 'rotua.simanjuntak@mitrariset.co.id',
      'RE: ' + SUBJ_ACK % 4232, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Permohonan kami sudah diterima sejak 9 November dan dijanjikan dijawab paling lambat 3 hari kerja. Hari ini sudah lewat 10 hari kerja dan belum ada jawaban apa pun, baik lewat email maupun telepon yang tidak pernah diangkat. Kami sangat kecewa karena laporan kepada klien kami tertunda.

        Mohon perhatian pimpinan atas keterlambatan ini.

        Hormat kami,
        Rotua M. Simanjuntak
        PT Mitra Riset Andalas
        '''), kind='complaint', name='Rotua M. Simanjuntak', inst='PT Mitra Riset Andalas', req=False,
      ticket='PST-2026-04232',
      quote=oq(ACK % (4232, 'Rotua Magdalena Simanjuntak', 'PT Mitra Riset Andalas',
                      'Data rumah tangga dan kelistrikan Kabupaten Jembrana'),
               'Rotua Simanjuntak <rotua.simanjuntak@mitrariset.co.id>', SUBJ_ACK % 4232, 'id'),
      **rp(4232), **F)

    C('f42-complaint-en-suggestion-machine-readable', 'gmail', 'Lars Eriksson', 'lars.eriksson@kultgeog.uu.se',
      'Suggestion: machine-readable village tables', T('''
        Dear PST team,

        A suggestion from a regular user of your website. Most village-level tables are only available as scanned PDF pages inside the "Kecamatan Dalam Angka" books, which makes them very hard to reuse. It would help researchers enormously if these tables could also be published as CSV or Excel files, even without formatting.

        Kind regards,
        Lars Eriksson
        Department of Social and Economic Geography
        Uppsala University
        '''), kind='complaint', name='Lars Eriksson', inst='Uppsala University', req=False, lang='en', **F)

    C('f42-complaint-rude-phone-officer-android', 'plain', 'Made Astini', 'madeastini.warung@gmail.com',
      'Keluhan pelayanan telepon', T('''
        Selamat siang,

        Saya Made Astini. Kemarin siang sekitar jam 1 saya menelepon kantor BPS untuk menanyakan cara minta data jumlah penduduk. Petugas yang mengangkat menjawab dengan ketus, bilang "baca saja di website" lalu langsung menutup telepon. Saya bukan orang yang paham internet, makanya saya menelepon.

        Mohon petugasnya ditegur supaya lebih sopan kepada masyarakat.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Made Astini', req=False, **F)

    C('f42-complaint-html-only-anon-accessibility', 'html_only', 'Warga Peduli', 'wargapeduli.jbr@gmail.com',
      'Saran untuk kantor BPS', T('''
        Selamat pagi.

        Sekadar saran: pintu masuk ruang pelayanan di kantor BPS Jembrana hanya bisa dilewati lewat tangga, tidak ada jalur landai untuk kursi roda. Minggu lalu saya mengantar ayah saya yang memakai kursi roda dan harus diangkat oleh dua orang satpam. Mohon dipertimbangkan untuk membuat ramp dan menyediakan tempat parkir khusus disabilitas.

        Terima kasih.
        '''), kind='complaint', req=False, **F)

    C('f42-complaint-enumerator-at-night-yahoo', 'yahoo', 'siti aminah', 'sitiaminah.loloan@yahoo.com',
      'Petugas survei datang malam-malam', T('''
        Assalamualaikum.

        Saya Hj. Siti Aminah, warga Kelurahan Loloan Barat. Tadi malam sekitar pukul 21.00 ada dua orang yang mengaku petugas survei BPS datang ke rumah, tidak memakai rompi dan tidak mau menunjukkan kartu tanda pengenal waktu saya minta. Anak saya sampai ketakutan. Tolong petugasnya diberi arahan, dan kalau memang petugas resmi mohon datang di jam yang wajar.

        Wassalamualaikum.

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Hj. Siti Aminah', req=False, **F)

    C('f42-complaint-publication-sum-error', 'gmail', 'Gede Wirawan', 'gedewirawan@pnb.ac.id',
      'Kesalahan angka di Jembrana Dalam Angka 2026', T('''
        Selamat siang Bapak/Ibu,

        Saya Gede Wirawan Putra, dosen Politeknik Negeri Bali. Saat memakai publikasi Kabupaten Jembrana Dalam Angka 2026, saya menemukan bahwa pada Tabel 5.2.1 (luas panen padi menurut kecamatan) jumlah kelima kecamatan tidak sama dengan angka total kabupaten; selisihnya sekitar 312 hektare. Angka Kecamatan Melaya juga berbeda dengan tabel di publikasi kecamatannya.

        Mohon dicek dan diterbitkan ralatnya bila memang terdapat kesalahan, karena publikasi ini banyak dikutip mahasiswa.

        Terima kasih.

        Gede Wirawan Putra
        '''), kind='complaint', name='Gede Wirawan Putra', inst='Politeknik Negeri Bali', req=False, **F)

    C('f42-complaint-on-ticket-blurry-scan-iphone', 'iphone', 'Salsabila', 'salsabila.rn@icloud.com',
      'Re: ' + SUBJ_DATA % 4238, T('''
        kak maaf, datanya kok cuma foto scan yg blur bgt, angkanya gak kebaca sama sekali 😞 masa dari BPS ngirimnya kayak gini. kecewa sih kak, tolong dikirim ulang yg jelas ya

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, ticket='PST-2026-04238', quote=iq(DELIV_ID % 4238), **rp(4238), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f42-ooo-outlook-en-headers-leave', 'outlook', 'Joaquim da Costa Soares', 'j.soares@mnec.gov.tl',
      'Automatic reply: ' + SUBJ_DATA % 4241, T('''
        Thank you for your message. I am on official travel to Dili and will be back in the office on 4 December 2026. For urgent consular matters, please contact consular.denpasar@mnec.gov.tl.

        Joaquim da Costa Soares
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-04241',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(4241), **F)

    C('f42-ooo-gmail-galungan-body-only', 'gmail', 'Komang Adi Wirawan', 'komangadiwirawan02@gmail.com',
      'Re: ' + SUBJ_ACK % 4242, T('''
        Balasan otomatis:

        Om Swastyastu. Terima kasih atas email Anda. Saya sedang pulang kampung untuk hari raya Galungan dan Kuningan sampai 2 Desember 2026 dengan akses internet terbatas. Email Anda akan saya balas sesegera mungkin.

        Suksma.
        '''), kind='auto_reply', req=False, ticket='PST-2026-04242', **rp(4242), **F)

    C('f42-ooo-university-helpdesk-ticket', 'gmail', 'Helpdesk LPPM Undiksha', 'helpdesk.lppm@undiksha.ac.id',
      '[Helpdesk #88213] Re: ' + SUBJ_LETTER % 4243, T('''
        Yth. Pengirim,

        Pesan Anda telah diterima oleh sistem Helpdesk LPPM dan tercatat dengan nomor #88213. Petugas kami akan menindaklanjuti dalam 2 x 24 jam pada hari kerja.

        Email ini dikirim secara otomatis. Mohon tidak membalas email ini.

        Helpdesk LPPM
        '''), kind='auto_reply', req=False, ticket='PST-2026-04243',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(4243), **F)

    C('f42-ooo-yahoo-vacation-responder', 'yahoo', 'nengah sudarsana', 'nengahsudarsana71@yahoo.com',
      'Re: ' + SUBJ_DATA % 4244, T('''
        Terima kasih, email Bapak/Ibu sudah saya terima. Saat ini saya sedang di kebun dan jarang membuka email. Untuk keperluan cepat silakan telepon 0857-3901-xxxx.

        (Pesan ini dibalas secara otomatis)
        '''), kind='auto_reply', req=False, ticket='PST-2026-04244',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(4244), **F)

    C('f42-ooo-plain-transferred-officer', 'plain', 'Ni Made Sri Lestari', 'srilestari.bidan@gmail.com',
      'Pemberitahuan: ' + SUBJ_DATA % 4245, T('''
        Pemberitahuan otomatis.

        Terhitung 1 Desember 2026 saya pindah tugas ke UPTD Puskesmas Melaya II. Urusan data dan administrasi UPTD Puskesmas Pekutatan mohon dikirimkan ke puskesmaspekutatan@gmail.com.

        Terima kasih.
        '''), kind='auto_reply', req=False, ticket='PST-2026-04245',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(4245), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f42-dsn-postfix-user-unknown', dict(
        recipient='dimasaryo.p@iclod.com', original_message_id=OUR(4251, '5d2c7a90'),
        orig_subject=SUBJ_DATA % 4251, status='5.1.1'), 'PST-2026-04251', **F)

    D('f42-dsn-o365-recipient-not-found', dict(
        recipient='bagus.mahendra@bpdbali.co.id', original_message_id=OUR(4252, '5d2c7a90'),
        orig_subject=SUBJ_RATE % 4252, status='5.1.10', mta='bpdbali.co.id',
        **{'from': 'Microsoft Outlook <postmaster@bpdbali.co.id>',
           'subject': 'Undeliverable: ' + SUBJ_RATE % 4252,
           'text': ("Your message to bagus.mahendra@bpdbali.co.id couldn't be delivered.\n\n"
                    "bagus.mahendra wasn't found at bpdbali.co.id.\n\n"
                    'Action Required\nUnknown To address\n\n'
                    'How to Fix It\nThe address may be misspelled or may not exist.\n\n'
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: SG2PR04MB5521.apcprd04.prod.outlook.com\n'
                    'bagus.mahendra@bpdbali.co.id\n'
                    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'")}),
      'PST-2026-04252', **F)

    D('f42-dsn-mailbox-full-yahoo', dict(
        recipient='bambang_sn@yahoo.co.id', original_message_id=OUR(4253, '5d2c7a90'),
        orig_subject=SUBJ_ACK % 4253, status='5.2.2',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients.\n\n'
              '<bambang_sn@yahoo.co.id>: host mta7.am0.yahoodns.net said: 552 5.2.2\n'
              '    Mailbox quota exceeded for this recipient (in reply to RCPT TO command)')),
      'PST-2026-04253', **F)

    D('f42-dsn-gmail-delayed-warning', dict(
        recipient='luhgedewidiantari@gmail.com', original_message_id=OUR(4254, '5d2c7a90'),
        orig_subject=SUBJ_DATA % 4254, status='4.4.1', action='delayed', no_auto_submitted=True,
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Delay)',
           'text': ('** Message not delivered yet **\n\n'
                    'There was a temporary problem delivering your message to luhgedewidiantari@gmail.com. '
                    'Gmail will retry for 44 more hours. You\'ll be notified if the delivery fails permanently.\n\n'
                    'The response from the remote server was:\n'
                    '421 4.4.1 Connection timed out')}),
      'PST-2026-04254', **F)
