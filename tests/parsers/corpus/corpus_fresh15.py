# corpus_fresh15.py: a fifteenth batch, written blind by a thirteenth independent author who saw neither the
# parser nor its results (set "fresh15"; tickets PST-2026-015xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh15')

    # Our own mails, as they appear quoted in replies.
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
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
        return dict(in_reply_to=OUR(n, '7d21a0e5'), references=[OUR(n, '7d21a0e5')])

    # ------------------------------------------------------------------------------------------------
    # Students and lecturers
    # ------------------------------------------------------------------------------------------------
    C('f15-req-ung-student-formal-fisheries', 'gmail', 'Moh. Rivaldi Hulopi', 'rivaldihulopi@gmail.com',
      'Permohonan Data untuk Penyusunan Skripsi', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        Cq. Petugas Pelayanan Statistik Terpadu
        di Negara

        Dengan hormat,

        Saya yang bertanda tangan di bawah ini:
        nama saya Moh. Rivaldi Hulopi, mahasiswa Jurusan Manajemen Sumberdaya Perairan, Fakultas Perikanan dan Ilmu Kelautan, Universitas Negeri Gorontalo, bermaksud memohon data untuk skripsi yang berjudul "Perbandingan Produktivitas Perikanan Tangkap Skala Kecil di Teluk Tomini dan Selat Bali".

        Adapun data Kabupaten Jembrana yang saya perlukan:
        1. jumlah nelayan dan armada penangkapan ikan menurut kecamatan, 2019-2025;
        2. volume dan nilai produksi perikanan tangkap laut menurut jenis ikan, 2019-2025.

        Demikian permohonan ini, atas perhatian dan bantuan Bapak/Ibu saya ucapkan terima kasih.

        Hormat saya,
        Moh. Rivaldi Hulopi
        NIM 631421xxx
        '''), name='Moh. Rivaldi Hulopi', inst='Universitas Negeri Gorontalo', **F)

    C('f15-req-itk-lecturer-outlook-urban', 'outlook', 'Ratna Kusumawardani', 'ratna.kw@lecturer.itk.ac.id',
      'Permohonan data kependudukan dan perumahan - penelitian hibah', T('''
        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Dengan hormat, saya Dr. Ratna Kusumawardani, S.T., M.T., dosen Program Studi Perencanaan Wilayah dan Kota, Institut Teknologi Kalimantan, Balikpapan. Tim kami sedang melaksanakan penelitian hibah tentang perkembangan kota-kota kecil di jalur penyeberangan antarpulau, dengan Negara-Gilimanuk sebagai salah satu kasus.

        Kami memohon data sebagai berikut:
        - jumlah penduduk dan laju pertumbuhan penduduk per kelurahan/desa di Kecamatan Negara, Jembrana dan Melaya, 2015-2025;
        - persentase rumah tangga menurut status kepemilikan rumah, 2020-2025;
        - jumlah penduduk komuter (bila tersedia dari Sakernas atau SUPAS).

        Atas bantuan Bapak/Ibu kami sampaikan terima kasih.

        Salam,
        Dr. Ratna Kusumawardani, S.T., M.T.
        Prodi Perencanaan Wilayah dan Kota
        Institut Teknologi Kalimantan
        Jl. Soekarno-Hatta Km 15, Karang Joang, Balikpapan
        '''), name='Dr. Ratna Kusumawardani', inst='Institut Teknologi Kalimantan', **F)

    C('f15-req-prasmul-student-iphone-mixed', 'iphone', 'Nadia', 'nadiakirana.s@icloud.com', 'data request buat thesis', T('''
        Hi min! sorry ganggu malem2 🙏
        aku Nadia Kirana Salim, S1 Business Economics di Universitas Prasetiya Mulya. thesis aku about coffee shop growth di kota kecil Bali, and Negara is one of my cases
        boleh minta data ini ga min:
        - jumlah usaha penyediaan makan minum per kecamatan (latest)
        - pengeluaran per kapita utk makanan jadi, 2021-2025
        - jumlah penduduk umur 15-34 thn di kec negara & jembrana
        thank u so much min 🥹

        Sent from my iPhone
        '''), name='Nadia Kirana Salim', inst='Universitas Prasetiya Mulya', **F)

    C('f15-req-en-lund-phd-coastal-erosion', 'gmail', 'Elin Sjöberg', 'elin.sjoberg@keg.lu.se',
      'Data request - coastal households in Jembrana', T('''
        Dear BPS Jembrana team,

        I am Elin Sjöberg, a doctoral researcher at the Department of Human Geography, Lund University, Sweden. My project studies how households in eroding coastal villages decide whether to stay or relocate, and the coast between Perancak and Pengambengan is one of my field sites.

        I would be grateful for:
        1. population and number of households by desa in Kecamatan Negara and Kecamatan Jembrana, 2010-2025;
        2. the number of desa located on the coast and the number affected by abrasion (Podes 2018, 2021 and 2024);
        3. main occupation of household heads by desa, if available.

        Thank you in advance. Tack så mycket!

        Best wishes,
        Elin Sjöberg
        PhD candidate, Lund University
        '''), name='Elin Sjöberg', inst='Lund University', lang='en', **F)

    C('f15-req-khairun-master-no-greeting-list-first', 'gmail', 'Sarifa Umasugi', 'sarifa.umasugi@gmail.com',
      'Data perkebunan cengkeh dan pala', T('''
        1. Luas areal dan produksi cengkeh per kecamatan Kab. Jembrana 2015-2025
        2. Jumlah rumah tangga usaha perkebunan cengkeh (ST2023)
        3. Harga cengkeh kering di tingkat petani per bulan 2025

        Data di atas saya butuhkan untuk tesis saya di Magister Agribisnis Universitas Khairun Ternate, yang membandingkan sentra cengkeh Maluku Utara dengan Bali. Mohon bantuannya Bapak/Ibu, terima kasih.

        Sarifa Umasugi
        '''), name='Sarifa Umasugi', inst='Universitas Khairun Ternate', **F)

    C('f15-req-maranatha-student-chat-no-formality', 'gmail', 'kevin tanuwijaya', 'kevintanuw@gmail.com', 'nanya data', T('''
        pagi pak/bu

        saya kevin, mahasiswa psikologi univ kristen maranatha bandung. lagi bikin penelitian ttg kesejahteraan lansia yg tinggal sendiri. butuh data jumlah lansia yg tinggal sendiri (rumah tangga lansia tunggal) di kabupaten jembrana thn 2023-2025, kalo ada per kecamatan lebih bagus

        thx pak/bu
        '''), name='kevin', inst='univ kristen maranatha bandung', **F)

    C('f15-req-poltekpar-lecturer-consultation-sampling', 'outlook', 'I Gusti Ngurah Bayu Wiratama', 'bayu.wiratama@ppb.ac.id',
      'Permohonan konsultasi metodologi survei wisatawan', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Kami dari Politeknik Pariwisata Bali berencana melakukan survei pengeluaran wisatawan di kawasan Pantai Medewi dan Taman Nasional Bali Barat pada musim libur akhir tahun. Kami mohon kesempatan untuk berkonsultasi dengan statistisi BPS mengenai penentuan jumlah sampel dan metode penarikan sampel wisatawan yang tidak memiliki kerangka sampel, serta rancangan kuesionernya.

        Apabila berkenan, kami dapat datang ke kantor BPS pada minggu pertama Desember atau melalui Zoom.

        Suksma.

        I Gusti Ngurah Bayu Wiratama, S.ST.Par., M.Par.
        Dosen Program Studi Pengelolaan Perhotelan
        Politeknik Pariwisata Bali
        '''), name='I Gusti Ngurah Bayu Wiratama', inst='Politeknik Pariwisata Bali', **F)

    C('f15-req-vague-unsrat-student-what-data', 'gmail', 'Grace Mamahit', 'gracemamahit02@gmail.com',
      'Pertanyaan', T('''
        Selamat siang Bapak/Ibu,

        Saya Grace Mamahit, mahasiswi Ekonomi Pembangunan Universitas Sam Ratulangi. Saya masih mencari topik untuk skripsi dan tertarik dengan Bali. Kira-kira data apa saja yang tersedia di BPS Kabupaten Jembrana yang bisa dipakai untuk penelitian? Terima kasih.

        Salam,
        Grace
        '''), name='Grace Mamahit', inst='Universitas Sam Ratulangi', req=False, **F)

    C('f15-req-mulawarman-lecturer-signature-only', 'yahoo', 'Hj. Nurhayati', 'nurhayati_fkip@yahoo.com',
      'Mohon bantuan data', T('''
        Selamat pagi,

        Mohon bantuan data angka partisipasi sekolah (APS) dan angka putus sekolah jenjang SD, SMP, SMA per kecamatan Kabupaten Jembrana tahun 2020-2025, untuk bahan penulisan artikel jurnal perbandingan pendidikan di kabupaten pesisir.

        Terima kasih atas bantuannya.

        Salam hormat,

        Dr. Hj. Nurhayati, M.Pd.
        Dosen FKIP Universitas Mulawarman
        Samarinda

        Dikirim dari Yahoo Mail di Android
        '''), name='Dr. Hj. Nurhayati', inst='Universitas Mulawarman', **F)

    C('f15-req-en-montpellier-docx-form', 'gmail', 'Camille Bertrand', 'camille.bertrand@etu.univ-montp3.fr',
      'Data request form - Master thesis (Jembrana)', T('''
        Dear Sir or Madam,

        My name is Camille Bertrand and I am a Master's student in Geography at Université Paul-Valéry Montpellier 3. I am currently doing an internship in Bali and preparing a thesis on rural tourism.

        Please find attached the completed data request form, which lists all the tables I need, together with a letter from my supervisor.

        Thank you very much for your help.

        Kind regards,
        Camille Bertrand
        '''), name='Camille Bertrand', inst='Université Paul-Valéry Montpellier 3', lang='en',
      attachments=[DOCX('Data_request_form_Camille_Bertrand.docx'), PDF('Lettre_directeur_memoire.pdf')], **F)

    # ------------------------------------------------------------------------------------------------
    # Schools
    # ------------------------------------------------------------------------------------------------
    C('f15-req-sma-kristen-pupil-group-task', 'gmail', 'Yehezkiel Lumban', 'yehezkiel.lbn07@gmail.com', 'Minta data buat tugas sosiologi', T('''
        Selamat sore Bapak Ibu BPS 🙏

        Perkenalkan nama saya Yehezkiel Lumbantobing dari SMA Kristen Harapan Negara kelas XII IPS. Kelompok kami dapat tugas sosiologi tentang pengangguran anak muda. Boleh minta data tingkat pengangguran terbuka Kabupaten Jembrana menurut umur dan pendidikan tahun 2022-2025?

        Terima kasih banyak Bapak Ibu, Tuhan berkati.
        '''), name='Yehezkiel Lumbantobing', inst='SMA Kristen Harapan Negara', **F)

    C('f15-req-yayasan-school-letter-attached', 'outlook', 'Yayasan Widya Kumara', 'tu.widyakumara@gmail.com',
      'Surat Permohonan Data - Yayasan Pendidikan Widya Kumara', T('''
        Selamat siang,

        Bersama ini kami kirimkan surat permohonan data dari Yayasan Pendidikan Widya Kumara (terlampir) untuk keperluan kajian pendirian SMK baru di Kecamatan Mendoyo. Rincian data yang kami mohon ada dalam surat.

        Terima kasih atas kerja samanya.

        Hormat kami,
        Ni Komang Ayu Sriasih
        Staf Tata Usaha
        Yayasan Pendidikan Widya Kumara
        '''), name='Ni Komang Ayu Sriasih', inst='Yayasan Pendidikan Widya Kumara',
      attachments=[PDF('Surat_Permohonan_Data_YPWK_No_045-YPWK-XI-2026.pdf')], **F)

    # ------------------------------------------------------------------------------------------------
    # Government, villages
    # ------------------------------------------------------------------------------------------------
    C('f15-req-karangasem-tourism-forward-kabid', 'outlook', 'Luh Putu Anggreni', 'anggreni.disparkrs@gmail.com',
      'FW: data pembanding kunjungan wisata', T('''
        Selamat pagi Bapak/Ibu PST,

        Saya Luh Putu Anggreni dari Dinas Pariwisata Kabupaten Karangasem. Meneruskan permintaan Kabid kami di bawah, mohon dibantu datanya untuk bahan penyusunan RIPPARDA. Data bisa dikirim ke email ini.

        Terima kasih.

        ________________________________
        From: Made Sukerta <madesukerta.krs@gmail.com>
        Sent: Thursday, November 19, 2026 3:40 PM
        To: Luh Putu Anggreni <anggreni.disparkrs@gmail.com>
        Subject: data pembanding kunjungan wisata

        Gek, tolong mintakan ke BPS Jembrana jumlah kunjungan wisman dan wisnus ke Jembrana per bulan 2022-2025, rata-rata lama menginap tamu hotel, dan TPK hotel non bintang. Buat pembanding dengan Karangasem.

        Tks
        Made Sukerta
        Kabid Destinasi
        '''), name='Luh Putu Anggreni', inst='Dinas Pariwisata Kabupaten Karangasem', **F)

    C('f15-req-lazismu-form-thunderbird', 'thunderbird', 'Lazismu Jembrana', 'lazismu.jembrana@gmail.com',
      'Form Permintaan Data', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh

        Berikut kami sampaikan permintaan data:

        Nama Pemohon    : Fathur Rozi
        Jabatan         : Manajer Program
        Instansi        : Lazismu Kabupaten Jembrana
        No. HP          : 0819-3366-xxxx
        Data yang Diminta : Jumlah penduduk miskin dan garis kemiskinan Kab. Jembrana 2021-2025; jumlah rumah tangga per desa di Kecamatan Negara (Loloan Barat, Loloan Timur, Banjar Tengah)
        Keperluan       : Pemetaan penerima program beasiswa dan bantuan modal usaha mikro 2027

        Jazakumullah khairan katsiran.

        Wassalamu'alaikum warahmatullahi wabarakatuh
        '''), name='Fathur Rozi', inst='Lazismu Kabupaten Jembrana', wrap=72, **F)

    C('f15-req-kesbangpol-staff-outlook', 'outlook', 'Kadek Wira Adnyana', 'kesbangpol@jembranakab.go.id',
      'Permohonan data penduduk usia pemilih pemula', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dalam rangka penyusunan kajian pendidikan politik bagi pemilih pemula tahun 2027, Badan Kesatuan Bangsa dan Politik Kabupaten Jembrana memohon data jumlah penduduk usia 17-21 tahun menurut jenis kelamin dan kecamatan tahun 2025, serta persentase penduduk usia 16-18 tahun yang masih bersekolah.

        Atas perhatian dan kerja samanya diucapkan terima kasih.

        a.n. Kepala Badan Kesatuan Bangsa dan Politik
        Kabupaten Jembrana
        Kasubbid Ideologi dan Wawasan Kebangsaan,

        Kadek Wira Adnyana, S.IP.
        '''), name='Kadek Wira Adnyana', inst='Badan Kesatuan Bangsa dan Politik Kabupaten Jembrana', **F)

    C('f15-req-perbekel-penyaringan-dictated', 'gmail', 'Kantor Perbekel Penyaringan', 'desapenyaringan.kantor@gmail.com',
      'Mohon data desa', T('''
        Om Swastyastu,

        Atas perintah Bapak Perbekel, kami dari Pemerintah Desa Penyaringan mohon data hasil Sensus Pertanian 2023 untuk Desa Penyaringan: jumlah rumah tangga usaha pertanian per subsektor dan jumlah petani milenial. Data akan dipakai untuk musyawarah desa perencanaan pembangunan bulan Januari.

        Suksma.

        Operator Desa,
        Gede Agus Saputra
        '''), name='Gede Agus Saputra', inst='Pemerintah Desa Penyaringan', **F)

    C('f15-req-djpk-ministry-formal-english-mix', 'outlook', 'Hendro Pratomo', 'hendro.pratomo@kemenkeu.go.id',
      'Permohonan Data Indikator Kinerja Daerah Kab. Jembrana', T('''
        Yth. Bapak/Ibu,

        Kami dari Direktorat Jenderal Perimbangan Keuangan, Kementerian Keuangan, sedang melakukan evaluasi kinerja Dana Alokasi Khusus fisik bidang jalan dan irigasi. Sebagai bagian dari analisis outcome, kami memerlukan data Kabupaten Jembrana:

        1. PDRB ADHK menurut lapangan usaha, 2018-2025;
        2. panjang jalan menurut kondisi dan kewenangan, 2018-2025;
        3. luas sawah beririgasi, 2018-2025.

        Data dapat dikirim dalam format Excel. Atas bantuannya kami ucapkan terima kasih.

        Salam,
        Hendro Pratomo
        Analis Keuangan Pusat dan Daerah
        Direktorat Evaluasi Pengelolaan dan Informasi Keuangan Daerah
        DJPK Kementerian Keuangan

        DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender and delete it. Kementerian Keuangan tidak pernah meminta imbalan dalam bentuk apa pun.
        '''), name='Hendro Pratomo', inst='Direktorat Jenderal Perimbangan Keuangan, Kementerian Keuangan', **F)

    # ------------------------------------------------------------------------------------------------
    # The public, no name / no institution
    # ------------------------------------------------------------------------------------------------
    C('f15-req-no-name-no-inst-inflation-chat', 'gmail', '', 'dewa.bagus8891@gmail.com', 'inflasi', T('''
        sore. mau minta data inflasi jembrana bulan oktober 2026 sama andil per kelompok pengeluaran. mksh
        '''), **F)

    C('f15-req-no-name-community-ojek-pangkalan', 'gmail', 'Paguyuban Ojek Pangkalan Gilimanuk', 'ojekgilimanuk@gmail.com',
      'Permohonan data jumlah penumpang penyeberangan', T('''
        Selamat siang Bapak/Ibu,

        Kami dari Paguyuban Ojek Pangkalan Gilimanuk ingin meminta data jumlah penumpang dan kendaraan yang menyeberang lewat Pelabuhan Gilimanuk per bulan tahun 2024-2026. Data ini akan kami pakai waktu rapat dengan pihak pelabuhan soal penataan area tunggu ojek.

        Terima kasih banyak.
        '''), inst='Paguyuban Ojek Pangkalan Gilimanuk', **F)

    C('f15-req-private-investor-pribadi', 'gmail', 'Andreas Wijaya', 'andreas.wijaya.sby@gmail.com',
      'Tanya data harga tanah & penduduk Pekutatan', T('''
        Selamat pagi,

        Saya Andreas Wijaya, dari Surabaya. Saya menulis secara pribadi, bukan atas nama perusahaan. Saya sedang mempertimbangkan membeli sebidang tanah di sekitar Pekutatan untuk dibangun rumah tinggal dan villa kecil.

        Apakah saya bisa memperoleh data jumlah penduduk dan kepadatan penduduk per desa di Kecamatan Pekutatan tahun 2025, serta jumlah kunjungan wisatawan ke Jembrana per tahun 2019-2025?

        Terima kasih.

        Salam,
        Andreas Wijaya
        '''), name='Andreas Wijaya', **F)

    C('f15-req-vague-en-retiree-living-cost', 'latin1', 'Margaret Ellison', 'm.ellison47@btinternet.com',
      'Question about Jembrana', T('''
        Hello,

        My husband and I are retired and are thinking of spending the winters somewhere quieter in Bali. A friend mentioned Jembrana. Is there any information you could give us about life there? We would be grateful for anything you think is useful.

        Kind regards,
        Margaret Ellison
        '''), name='Margaret Ellison', req=False, lang='en', **F)

    C('f15-req-retired-man-yahoo-village-history', 'yahoo', 'I MADE RAI SUDARTA', 'raisudarta1951@yahoo.co.id',
      'DATA PENDUDUK JAMAN DULU', T('''
        Om Swastyastu

        Saya I Made Rai Sudarta, pensiunan, umur 75 tahun, tinggal di Banjar Tengah. Saya sedang menulis buku kecil tentang sejarah desa untuk cucu-cucu. Apakah BPS masih menyimpan data jumlah penduduk Kecamatan Negara hasil Sensus Penduduk 1971, 1980 dan 1990? Kalau ada saya mohon dikirimkan atau saya datang ke kantor.

        Suksma
        RAI SUDARTA
        '''), name='I Made Rai Sudarta', **F)

    C('f15-req-freelance-journalist-iphone', 'iphone', 'Rio Anggara', 'rioanggara.photo@gmail.com',
      'Data nelayan & kemiskinan Pengambengan', T('''
        Halo PST BPS Jembrana,

        Saya Rio Anggara, jurnalis lepas (freelance) yang sedang mengerjakan liputan foto panjang soal kampung nelayan Pengambengan. Boleh saya minta data jumlah nelayan di Desa Pengambengan dan persentase penduduk miskin Kabupaten Jembrana 5 tahun terakhir? Untuk caption dan teks pendamping.

        Makasih banyak!
        Rio

        Sent from my iPhone
        '''), name='Rio Anggara', **F)

    # ------------------------------------------------------------------------------------------------
    # Media, firms, NGOs, groups
    # ------------------------------------------------------------------------------------------------
    C('f15-req-kabar-pesisir-online-media', 'gmail', 'Redaksi Kabar Pesisir', 'redaksi@kabarpesisir.id',
      'Permintaan data untuk liputan mangrove', T('''
        Selamat siang,

        Saya Putu Eka Wardhani, reporter Kabar Pesisir, media daring yang meliput isu pesisir dan kelautan di Bali dan Nusa Tenggara. Kami sedang menyiapkan liputan tentang hutan mangrove Perancak dan ekonomi warga sekitarnya.

        Mohon bantuan data:
        - jumlah penduduk dan rumah tangga Desa Perancak dan Desa Budeng, 2020-2025;
        - jumlah rumah tangga pembudidaya ikan/udang di Kecamatan Jembrana (ST2023);
        - luas hutan mangrove, bila BPS memilikinya.

        Terima kasih.

        Salam,
        Eka
        Kabar Pesisir | kabarpesisir.id
        '''), name='Putu Eka Wardhani', inst='Kabar Pesisir', **F)

    C('f15-req-wwf-staff-outlook', 'outlook', 'Dimas Prasetyo Aji', 'dprasetyo@wwf.id',
      'Data request - sosial ekonomi desa pesisir Jembrana', T('''
        Dear Bapak/Ibu,

        Saya Dimas Prasetyo Aji, Fisheries Officer di WWF-Indonesia Program Bali-Nusa Tenggara. Kami sedang menyusun baseline untuk program perikanan berkelanjutan di Selat Bali. Mohon bantuan data:

        1. jumlah rumah tangga perikanan tangkap per desa pesisir di Kabupaten Jembrana (ST2023);
        2. produksi ikan lemuru dan tongkol per bulan 2023-2025;
        3. rata-rata pengeluaran per kapita rumah tangga nelayan, bila tersedia.

        Terima kasih atas dukungannya.

        Best regards,
        Dimas Prasetyo Aji
        Fisheries Officer | WWF-Indonesia
        Jl. Hayam Wuruk No. 179, Denpasar
        '''), name='Dimas Prasetyo Aji', inst='WWF-Indonesia', **F)

    C('f15-req-agritech-startup-mixed-english', 'gmail', 'Stefani Halim', 'stefani@lumbungdigital.co.id',
      'Partnership & data inquiry - harga komoditas pertanian', T('''
        Halo tim PST BPS Jembrana,

        Perkenalkan, saya Stefani Halim, Head of Data di PT Lumbung Digital Nusantara, startup agritech yang menghubungkan petani dengan offtaker. Kami lagi expand ke Bali barat dan butuh baseline untuk pricing model kami.

        Kami butuh data:
        - harga produsen gabah, jagung dan cabai rawit di Jembrana, monthly 2023-2026;
        - luas panen cabai rawit per kecamatan, 2023-2025;
        - NTP Provinsi Bali subsektor hortikultura, 2023-2026.

        Kalau ada opportunity untuk diskusi langsung dengan statistisi, we would love that too. Thank you!

        Cheers,
        Stefani Halim
        Head of Data | PT Lumbung Digital Nusantara
        '''), name='Stefani Halim', inst='PT Lumbung Digital Nusantara', **F)

    C('f15-req-koperasi-need-only-in-subject', 'gmail', 'KSU Sari Mertha Jaya', 'ksusarimerthajaya@gmail.com',
      'Mohon data jumlah UMKM dan tenaga kerja per kecamatan Kab. Jembrana tahun 2023-2025', T('''
        Om Swastyastu,

        Mohon dibantu sesuai subjek email. Terima kasih.

        Ketut Suarjana
        Manajer KSU Sari Mertha Jaya
        '''), name='Ketut Suarjana', inst='KSU Sari Mertha Jaya', **F)

    C('f15-req-clinic-melaya-doctor', 'gmail', 'Klinik Medika Husada', 'klinikmedikahusada.mly@gmail.com',
      'Permohonan data kesehatan untuk perizinan klinik', T('''
        Selamat pagi Bapak/Ibu,

        Saya dr. Putu Arya Mahendra, penanggung jawab Klinik Pratama Medika Husada di Melaya. Untuk melengkapi kajian kebutuhan dalam perpanjangan izin klinik dan rencana penambahan layanan rawat inap, kami memerlukan data:

        1. jumlah penduduk Kecamatan Melaya menurut kelompok umur, 2025;
        2. persentase penduduk yang memiliki jaminan kesehatan, Kabupaten Jembrana 2023-2025;
        3. jumlah fasilitas kesehatan per desa di Kecamatan Melaya (Podes 2024).

        Terima kasih.

        Salam sehat,
        dr. Putu Arya Mahendra
        '''), name='dr. Putu Arya Mahendra', inst='Klinik Pratama Medika Husada', **F)

    C('f15-req-property-developer-formal', 'outlook', 'Sinar Pantai Properti', 'marketing@sinarpantaiproperti.com',
      'Permohonan Data Demografi untuk Studi Kelayakan Perumahan', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana

        Dengan hormat,

        PT Sinar Pantai Properti bermaksud membangun perumahan subsidi sebanyak 240 unit di Kelurahan Baler Bale Agung. Untuk studi kelayakan, kami memohon data jumlah rumah tangga, rata-rata anggota rumah tangga, persentase rumah tangga yang belum memiliki rumah sendiri, dan upah rata-rata buruh/karyawan di Kabupaten Jembrana tahun 2023-2025.

        Atas kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        PT Sinar Pantai Properti

        Yoga Pranata Hadi
        Manajer Pengembangan Bisnis
        '''), name='Yoga Pranata Hadi', inst='PT Sinar Pantai Properti', **F)

    C('f15-req-en-surf-lodge-manager', 'gmail', 'Medewi Surf Lodge', 'hello@medewisurflodge.com',
      'Visitor statistics for Medewi', T('''
        Hi there,

        I'm Tom Hargreaves, I manage Medewi Surf Lodge, a small guesthouse near the point. We're writing a business plan for the bank to extend our rooms and they want official figures.

        Could you send us the number of foreign and domestic visitors to Jembrana per month for 2023-2025, and the occupancy rate of non-star hotels in Jembrana for the same years?

        Cheers,
        Tom
        Medewi Surf Lodge
        '''), name='Tom Hargreaves', inst='Medewi Surf Lodge', lang='en', **F)

    C('f15-req-kub-fishermen-chairman-android', 'gmail', 'Samsul Arifin', 'samsularifin.pgb@gmail.com',
      'permohonan data nelayan', T('''
        Assalamualaikum Bapak Ibu BPS

        Saya Samsul Arifin ketua KUB Nelayan Segara Windu Pengambengan. Kami mau mengajukan bantuan mesin kapal ke dinas, diminta melampirkan data jumlah nelayan dan perahu di Desa Pengambengan dan hasil tangkapan ikan tahun 2024 2025. Mohon dibantu nggih.

        Matur suwun
        Wassalamualaikum

        Dikirim dari perangkat Android saya
        '''), name='Samsul Arifin', inst='KUB Nelayan Segara Windu Pengambengan', **F)

    C('f15-req-html-only-ngo-children', 'html_only', 'Yayasan Anak Pesisir Lestari', 'info@anakpesisir.or.id',
      'Permohonan data anak dan pendidikan', T('''
        Salam sejahtera,

        Kami dari Yayasan Anak Pesisir Lestari, lembaga yang mendampingi anak-anak nelayan di Kecamatan Negara dan Jembrana melalui rumah baca dan beasiswa. Kami mohon data:
        1. jumlah anak usia 7-18 tahun per desa di Kecamatan Negara dan Jembrana;
        2. angka putus sekolah SMP dan SMA Kabupaten Jembrana 2021-2025;
        3. persentase pekerja anak usia 10-17 tahun, bila tersedia.

        Terima kasih.

        Salam,
        Maria Goreti Lamawuran
        Direktur Program
        '''), name='Maria Goreti Lamawuran', inst='Yayasan Anak Pesisir Lestari', **F)

    C('f15-req-coop-women-melaya-no-name', 'yahoo', 'Kopwan Tunas Mekar', 'kopwantunasmekar@yahoo.com',
      'Permintaan Data', T('''
        Selamat siang Bapak/Ibu,

        Kami pengurus Koperasi Wanita Tunas Mekar Melaya. Kami memohon data jumlah perempuan kepala rumah tangga dan jumlah perempuan yang bekerja di sektor perdagangan di Kecamatan Melaya tahun 2025, untuk bahan proposal pelatihan usaha bagi anggota.

        Terima kasih.

        Pengurus Kopwan Tunas Mekar
        '''), inst='Koperasi Wanita Tunas Mekar Melaya', **F)

    C('f15-req-disability-org-pertuni', 'gmail', 'Pertuni Jembrana', 'pertuni.jembrana@gmail.com',
      'Permohonan data penyandang disabilitas', T('''
        Om Swastyastu,

        Saya Nyoman Darmaja, Ketua DPC Persatuan Tunanetra Indonesia (Pertuni) Kabupaten Jembrana. Email ini saya tulis dengan bantuan aplikasi pembaca layar. Kami memohon data jumlah penyandang disabilitas menurut jenis disabilitas dan kecamatan di Kabupaten Jembrana tahun terbaru, untuk audiensi dengan Bupati tentang layanan ramah disabilitas.

        Mohon data dikirim dalam format Word atau Excel, bukan gambar, agar dapat dibaca aplikasi pembaca layar.

        Suksma.
        Nyoman Darmaja
        '''), name='Nyoman Darmaja', inst='DPC Persatuan Tunanetra Indonesia (Pertuni) Kabupaten Jembrana', **F)

    C('f15-req-pokdakan-fish-farmers-gmail', 'gmail', 'Wayan Sudiartha', 'wayansudiartha77@gmail.com',
      'Fwd: data ikan', T('''
        ---------- Forwarded message ---------
        From: Wayan Sudiartha <wayansudiartha77@gmail.com>
        Date: Sun, Nov 22, 2026 at 7:15 PM
        Subject: data ikan
        To: <pst.bpsjembrana@gmail.com>


        Selamat malam. Saya Wayan Sudiartha, ketua Pokdakan Mina Sari Tuwed. Kami minta data produksi ikan nila dan lele budidaya kolam di Kabupaten Jembrana per kecamatan tahun 2022-2025 untuk proposal bantuan benih. Terima kasih.
        '''), name='Wayan Sudiartha', inst='Pokdakan Mina Sari Tuwed', **F)

    C('f15-req-psychology-bureau-latin1', 'latin1', 'Biro Psikologi Cahaya Jiwa', 'cahayajiwa.psikologi@gmail.com',
      'Permohonan data remaja', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Anastasia Rahayu, psikolog di Biro Psikologi Cahaya Jiwa, Negara. Kami berencana membuka layanan konseling remaja di sekolah-sekolah dan memerlukan data jumlah penduduk usia 13-19 tahun per kecamatan serta jumlah siswa SMP dan SMA/SMK per kecamatan di Kabupaten Jembrana tahun 2025.

        Terima kasih atas bantuannya.

        Anastasia Rahayu, M.Psi., Psikolog
        '''), name='Anastasia Rahayu', inst='Biro Psikologi Cahaya Jiwa', **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets
    # ------------------------------------------------------------------------------------------------
    C('f15-reply-identity-after-ask-gmail-top', 'gmail', 'Dewa Bagus', 'dewa.bagus8891@gmail.com', 'Re: ' + SUBJ_ASK % 1501, T('''
        Maaf, nama saya Dewa Bagus Oka Wiranata, pegawai Bagian Perekonomian Setda Kabupaten Jembrana. Data inflasinya untuk bahan rapat TPID.

        Terima kasih.
        '''), kind='reply', name='Dewa Bagus Oka Wiranata', inst='Bagian Perekonomian Setda Kabupaten Jembrana', req=False,
      ticket='PST-2026-01501', quote=gq(ASK, 'id'), **rp(1501), **F)

    C('f15-reply-outlook-thanks-wwf', 'outlook', 'Dimas Prasetyo Aji', 'dprasetyo@wwf.id', 'RE: ' + SUBJ_DATA % 1502, T('''
        Terima kasih banyak Bapak/Ibu, data ST2023 dan produksi lemuru sudah kami terima lengkap dan sangat membantu penyusunan baseline kami.

        Best regards,
        Dimas Prasetyo Aji
        Fisheries Officer | WWF-Indonesia
        '''), kind='reply', name='Dimas Prasetyo Aji', inst='WWF-Indonesia', req=False, ticket='PST-2026-01502',
      quote=oq(DELIV_ID % 1502, 'Dimas Prasetyo Aji <dprasetyo@wwf.id>', SUBJ_DATA % 1502, 'id'), **rp(1502), **F)

    C('f15-reply-yahoo-adds-need-nurhayati', 'yahoo', 'Hj. Nurhayati', 'nurhayati_fkip@yahoo.com', 'Re: ' + SUBJ_DATA % 1503, T('''
        Terima kasih datanya sudah saya terima. Mohon maaf, boleh saya minta tambahan data rata-rata lama sekolah dan harapan lama sekolah Kabupaten Jembrana 2020-2025? Reviewer jurnal meminta indikator tersebut.

        Salam,
        Nurhayati
        '''), kind='reply', name='Nurhayati', req=True, ticket='PST-2026-01503', quote=yq(DELIV_ID % 1503), **rp(1503), **F)

    C('f15-reply-en-definition-question-lund', 'gmail', 'Elin Sjöberg', 'elin.sjoberg@keg.lu.se', 'Re: ' + SUBJ_DATA % 1504, T('''
        Dear PST team,

        Thank you for the tables. One quick question: in the Podes table, does "desa terkena abrasi" mean the village reported abrasion during the previous three years, or only in the survey year? I want to describe it correctly in my methods chapter.

        Best wishes,
        Elin
        '''), kind='reply', name='Elin', req=True, lang='en', ticket='PST-2026-01504',
      quote=gq(DELIV_EN % 1504), **rp(1504), **F)

    C('f15-reply-iphone-oke-no-name', 'iphone', 'Nadia', 'nadiakirana.s@icloud.com', 'Re: ' + SUBJ_ACK % 1505, T('''
        okee min noted, ditunggu yaa 🙏

        Sent from my iPhone
        '''), kind='reply', req=False, ticket='PST-2026-01505',
      quote=iq(ACK % (1505, 'Nadia Kirana Salim', 'Universitas Prasetiya Mulya',
                      'Usaha makan minum per kecamatan; pengeluaran makanan jadi')), **rp(1505), **F)

    C('f15-reply-new-mail-letter-follows-ticket-subject', 'gmail', 'Moh. Rivaldi Hulopi', 'rivaldihulopi@gmail.com',
      'Surat pengantar untuk tiket PST-2026-01506', T('''
        Selamat siang Bapak/Ibu,

        Menindaklanjuti permintaan data saya dengan tiket PST-2026-01506, bersama ini saya lampirkan surat pengantar dari fakultas yang baru ditandatangani Wakil Dekan kemarin.

        Terima kasih.

        Moh. Rivaldi Hulopi
        Universitas Negeri Gorontalo
        '''), kind='reply', name='Moh. Rivaldi Hulopi', inst='Universitas Negeri Gorontalo', req=False,
      ticket='PST-2026-01506', attachments=[PDF('Surat_Pengantar_FPIK_UNG.pdf')], **F)

    C('f15-reply-thunderbird-bottom-status-question', 'thunderbird', 'Kadek Wira Adnyana', 'kesbangpol@jembranakab.go.id',
      'Re: ' + SUBJ_ACK % 1507, tq(ACK % (1507, 'Kadek Wira Adnyana', 'Badan Kesatuan Bangsa dan Politik Kabupaten Jembrana',
                                          'Penduduk usia 17-21 tahun per kecamatan 2025')) + '\n\n' + T('''
        Selamat pagi,

        Mohon informasi, kira-kira kapan data tersebut dapat kami terima? Kajian harus kami paparkan pada 3 Desember.

        Terima kasih.
        Kadek Wira Adnyana
        Kesbangpol Kab. Jembrana
        '''), kind='reply', name='Kadek Wira Adnyana', inst='Kesbangpol Kab. Jembrana', req=False,
      ticket='PST-2026-01507', **rp(1507), **F)

    C('f15-reply-android-balinese-thanks', 'gmail', 'Wayan Sudiartha', 'wayansudiartha77@gmail.com', 'Re: ' + SUBJ_DATA % 1508, T('''
        Suksma pisan Bapak Ibu, datane sampun katampi. Mangkin proposal kelompok sampun prasida kakirim ke dinas.

        Wayan Sudiartha
        '''), kind='reply', name='Wayan Sudiartha', req=False, ticket='PST-2026-01508',
      quote=aq(DELIV_ID % 1508), **rp(1508), **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f15-rating-stars-and-digit-iphone', 'iphone', 'Yehezkiel Lumban', 'yehezkiel.lbn07@gmail.com', 'Re: ' + SUBJ_RATE % 1521, T('''
        5 ⭐ makasih kak, tugas kelompok kami jadi lengkap

        Sent from my iPhone
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-01521', quote=iq(RATE_ID % 1521), **rp(1521), **F)

    C('f15-rating-nilai-empat-outlook-signature', 'outlook', 'Luh Putu Anggreni', 'anggreni.disparkrs@gmail.com',
      'RE: ' + SUBJ_RATE % 1522, T('''
        Selamat siang,

        Nilai kami 4. Datanya lengkap, hanya TPK hotel non bintang tidak tersedia per bulan.

        Terima kasih,
        Luh Putu Anggreni
        Dinas Pariwisata Kabupaten Karangasem
        '''), kind='rating', rating=4, name='Luh Putu Anggreni', inst='Dinas Pariwisata Kabupaten Karangasem', req=False,
      ticket='PST-2026-01522',
      quote=oq(RATE_ID % 1522, 'Luh Putu Anggreni <anggreni.disparkrs@gmail.com>', SUBJ_RATE % 1522, 'id'),
      **rp(1522), **F)

    C('f15-rating-en-three-slow', 'gmail', 'Tom Hargreaves', 'hello@medewisurflodge.com', 'Re: ' + SUBJ_RATE % 1523, T('''
        Hi,

        I'd give it a 3. The figures were fine but it took almost two weeks and the bank was chasing us.

        Tom
        '''), kind='rating', rating=3, name='Tom', req=False, lang='en', ticket='PST-2026-01523',
      quote=gq(RATE_EN % 1523), **rp(1523), **F)

    C('f15-rating-one-very-dissatisfied-yahoo', 'yahoo', 'I MADE RAI SUDARTA', 'raisudarta1951@yahoo.co.id',
      'Re: ' + SUBJ_RATE % 1524, T('''
        Nilai saya 1. Data sensus lama yang saya minta katanya tidak ada, padahal dulu saya sendiri pernah melihat bukunya di kantor statistik. Saya kecewa.

        Rai Sudarta
        '''), kind='rating', rating=1, name='Rai Sudarta', req=False, ticket='PST-2026-01524',
      quote=yq(RATE_ID % 1524), **rp(1524), **F)

    C('f15-rating-sangat-puas-words-android', 'gmail', 'Samsul Arifin', 'samsularifin.pgb@gmail.com', 'Re: ' + SUBJ_RATE % 1525, T('''
        Alhamdulillah sangat puas Bapak Ibu, cepat sekali dikirim. Matur suwun

        Samsul Arifin
        KUB Segara Windu
        '''), kind='rating', rating=5, name='Samsul Arifin', inst='KUB Segara Windu', req=False, ticket='PST-2026-01525',
      quote=aq(RATE_ID % 1525), **rp(1525), **F)

    C('f15-rating-new-mail-skor-with-dates', 'outlook', 'Hendro Pratomo', 'hendro.pratomo@kemenkeu.go.id',
      'Penilaian Layanan - Tiket PST-2026-01526', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Menanggapi permintaan penilaian tanggal 20 November 2026, kami sampaikan skor layanan: 4 (puas). Tiga tabel diterima dalam 2 hari kerja; satu tabel (panjang jalan) dirujuk ke Dinas PUPR.

        Salam,
        Hendro Pratomo
        DJPK Kementerian Keuangan
        '''), kind='rating', rating=4, name='Hendro Pratomo', inst='DJPK Kementerian Keuangan', req=False,
      ticket='PST-2026-01526', **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints
    # ------------------------------------------------------------------------------------------------
    C('f15-complaint-no-data-after-ack-gmail', 'gmail', 'Stefani Halim', 'stefani@lumbungdigital.co.id',
      'Re: ' + SUBJ_ACK % 1531, T('''
        Halo tim PST,

        Sudah 10 hari kerja sejak tanda terima ini dan kami belum menerima data maupun kabar apa pun. Kami sudah follow up lewat WhatsApp dua kali tapi tidak dibalas. Mohon kejelasannya, karena timeline project kami jadi mundur.

        Regards,
        Stefani Halim
        PT Lumbung Digital Nusantara
        '''), kind='complaint', name='Stefani Halim', inst='PT Lumbung Digital Nusantara', req=False,
      ticket='PST-2026-01531',
      quote=gq(ACK % (1531, 'Stefani Halim', 'PT Lumbung Digital Nusantara',
                      'Harga produsen gabah, jagung, cabai rawit; luas panen cabai; NTP hortikultura'), 'id'),
      **rp(1531), **F)

    C('f15-complaint-office-closed-service-hours', 'gmail', 'Ketut Suarjana', 'ksusarimerthajaya@gmail.com',
      'Kantor tutup pada jam layanan', T('''
        Selamat sore,

        Saya ingin menyampaikan keluhan. Hari Jumat tanggal 20 November pukul 13.30 saya datang ke kantor BPS untuk mengambil data, sesuai jam layanan di website (08.00-15.30), tetapi ruang PST sudah tutup dan tidak ada petugas. Saya datang dari Mendoyo dan harus kembali lagi hari Senin.

        Mohon jam layanan di website disesuaikan atau petugas tetap ada sampai jam yang tertulis.

        Ketut Suarjana
        KSU Sari Mertha Jaya
        '''), kind='complaint', name='Ketut Suarjana', inst='KSU Sari Mertha Jaya', req=False, **F)

    C('f15-complaint-enumerator-personal-questions-caps', 'plain', 'Ni Ketut Sariasih', 'sariasih.ktt@gmail.com',
      'KELUHAN PETUGAS SURVEI', T('''
        SELAMAT PAGI.

        SAYA NI KETUT SARIASIH DARI DESA TUKADAYA. MINGGU LALU ADA PETUGAS SURVEI YANG BERTANYA BERAPA GAJI SUAMI SAYA, PUNYA HUTANG ATAU TIDAK, SAMPAI MINTA LIHAT KARTU KELUARGA DAN DIFOTO. SAYA TIDAK NYAMAN. APAKAH BENAR ITU PETUGAS BPS DAN APAKAH DATA SAYA AMAN?

        TERIMA KASIH.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Ni Ketut Sariasih', req=False, **F)

    C('f15-complaint-en-phone-unanswered', 'gmail', 'Camille Bertrand', 'camille.bertrand@etu.univ-montp3.fr',
      'No answer to my request', T('''
        Dear Sir or Madam,

        I sent my data request form two weeks ago and have not received any reply, not even an acknowledgement. I also tried to call the office number on your website three times, but nobody answered. My internship ends in December and my thesis depends on these figures.

        Could someone please let me know what is happening?

        Regards,
        Camille Bertrand
        Université Paul-Valéry Montpellier 3
        '''), kind='complaint', name='Camille Bertrand', inst='Université Paul-Valéry Montpellier 3', req=False,
      lang='en', **F)

    C('f15-complaint-excel-file-image-only-pertuni', 'gmail', 'Pertuni Jembrana', 'pertuni.jembrana@gmail.com',
      'Re: ' + SUBJ_DATA % 1535, T('''
        Om Swastyastu,

        Mohon maaf, kami sudah meminta data dalam format Word atau Excel, tetapi yang dikirim adalah hasil pindai (gambar) dalam PDF sehingga tidak dapat dibaca oleh aplikasi pembaca layar kami. Ini bukan pertama kali terjadi. Kami berharap BPS lebih memperhatikan aksesibilitas bagi penyandang tunanetra.

        Suksma.
        Nyoman Darmaja
        Ketua DPC Pertuni Kabupaten Jembrana
        '''), kind='complaint', name='Nyoman Darmaja', inst='DPC Pertuni Kabupaten Jembrana', req=False,
      ticket='PST-2026-01535', quote=gq(DELIV_ID % 1535, 'id'), **rp(1535), **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f15-ooo-outlook-id-diklat-headers', 'outlook', 'Kadek Wira Adnyana', 'kesbangpol@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 1541, T('''
        Terima kasih atas email Anda.

        Saya sedang mengikuti Pelatihan Kepemimpinan Pengawas di BPSDM Provinsi Bali sampai 11 Desember 2026. Untuk urusan kedinasan, silakan hubungi Sekretariat Badan Kesbangpol Kabupaten Jembrana.

        Salam,
        Kadek Wira Adnyana
        '''), kind='auto_reply', req=False, ticket='PST-2026-01541',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1541), **F)

    C('f15-ooo-en-parental-leave-xautoreply', 'outlook', 'Dimas Prasetyo Aji', 'dprasetyo@wwf.id',
      'Automatic reply: ' + SUBJ_RATE % 1542, T('''
        Hi, thank you for your email.

        I am on paternity leave until 4 January 2027 with no access to email. For urgent matters regarding the Bali Strait fisheries programme, please contact fisheries.balinusra@wwf.id.

        Best regards,
        Dimas
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01542',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(1542), **F)

    C('f15-ooo-gmail-body-only-pesan-otomatis', 'gmail', 'Redaksi Kabar Pesisir', 'redaksi@kabarpesisir.id',
      'Re: ' + SUBJ_DATA % 1543, T('''
        Ini adalah pesan otomatis.

        Terima kasih telah menghubungi Redaksi Kabar Pesisir. Kantor redaksi libur hingga 1 Desember 2026. Email Anda akan kami tindak lanjuti setelah tanggal tersebut.

        Salam,
        Redaksi Kabar Pesisir
        '''), kind='auto_reply', req=False, ticket='PST-2026-01543', **rp(1543), **F)

    # ------------------------------------------------------------------------------------------------
    # Bounces
    # ------------------------------------------------------------------------------------------------
    D('f15-dsn-gmail-address-not-found', dict(
        recipient='rivaldihulopi@gmial.com', original_message_id=OUR(1551, '7d21a0e5'),
        orig_subject=SUBJ_ACK % 1551, status='5.1.1'), 'PST-2026-01551', **F)

    D('f15-dsn-indonesian-local-server-quota', dict(
        recipient='tu.widyakumara@gmail.com', original_message_id=OUR(1552, '7d21a0e5'),
        orig_subject=SUBJ_DATA % 1552, status='5.2.2',
        **{'from': 'Sistem Pengiriman Surat <MAILER-DAEMON@mx.bps.go.id>',
           'subject': 'Pesan tidak terkirim: ' + SUBJ_DATA % 1552,
           'text': ('Pesan ini dibuat secara otomatis oleh sistem pengiriman surat.\n\n'
                    'Pesan Anda tidak dapat dikirim ke penerima berikut karena kotak surat penerima penuh:\n\n'
                    '  tu.widyakumara@gmail.com\n\n'
                    'Server penerima menjawab: 552-5.2.2 The recipient\'s inbox is out of storage space.')}),
      'PST-2026-01552', lang='id', **F)
