# corpus_fresh36.py: a thirty-sixth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh36"; tickets PST-2026-036xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh36')

    # Our own mails, as they appear quoted in replies.
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    SUBJ_LETTER = '[PST-2026-%05d] Mohon surat pengantar'
    DELIV_ID = ('Yth. Bapak/Ibu,\n\nBerikut kami lampirkan data yang Bapak/Ibu perlukan sesuai tiket PST-2026-%05d. '
                'Bila ada hal yang kurang jelas, silakan balas email ini.\n\nSalam,\n'
                'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    DELIV_EN = ('Dear Sir/Madam,\n\nAttached please find the data requested under ticket PST-2026-%05d. '
                'If anything is unclear, just reply to this email.\n\nBest regards,\n'
                'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nLayanan untuk tiket PST-2026-%05d telah selesai. Mohon berikan penilaian Anda '
               'atas layanan kami dengan angka 1 (sangat tidak puas) sampai 5 (sangat puas) dengan membalas '
               'email ini.\n\nTerima kasih,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nYour ticket PST-2026-%05d has been closed. Please rate our service from 1 '
               '(very dissatisfied) to 5 (very satisfied) by replying to this email.\n\n'
               'Thank you,\nIntegrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    LETTER_EN = ('Dear Sir/Madam,\n\nYour request (ticket PST-2026-%05d) concerns detailed village-level data. '
                 'Before we can process it, please send us a cover letter from your institution by replying '
                 'to this email.\n\nBest regards,\nIntegrated Statistical Services\nBPS-Statistics of Jembrana Regency')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 14:37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/2026 14.37, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, 'c36e0a57'), references=[OUR(n, 'c36e0a57')])

    # ================================================================================================
    # New requests: students and academics
    # ================================================================================================
    C('f36-req-warmadewa-subak-land-conversion', 'gmail', 'Mirah Kusumadewi', 'gungmirah.kusuma@gmail.com',
      'Permohonan Data Luas Lahan Sawah untuk Skripsi', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Perkenalkan, nama saya Anak Agung Istri Mirah Kusumadewi, mahasiswi semester tujuh Program Studi Agribisnis, Fakultas Pertanian dan Bisnis, Universitas Warmadewa. Skripsi saya membahas alih fungsi lahan sawah menjadi lahan terbangun dan pengaruhnya terhadap keberlanjutan subak di Kecamatan Negara dan Kecamatan Mendoyo.

        Sehubungan dengan itu, saya mohon bantuan data berikut:
        1. luas lahan sawah menurut kecamatan, 2015-2025;
        2. luas panen dan produksi padi sawah menurut kecamatan, 2015-2025;
        3. jumlah rumah tangga usaha pertanian subsektor tanaman pangan hasil ST2023 menurut kecamatan.

        Surat pengantar dari fakultas sudah saya siapkan dan dapat saya kirimkan apabila diperlukan.

        Atas perhatian dan bantuannya saya ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Hormat saya,
        Gung Mirah
        0877-6120-xxxx
        '''), name='Anak Agung Istri Mirah Kusumadewi', inst='Universitas Warmadewa', **F)

    C('f36-req-unair-chat-abbrev-iphone', 'iphone', 'Dimas', 'dimasaryo.w@icloud.com', 'data upah', T('''
        halo min 🙏 sy dimas aryo mhs unair ekonomi smt 6
        mau minta data rata2 upah buruh/karyawan & UMK jembrana thn 2020-2025 bs ga ya? buat tugas ekonometrika, dosennya nyuruh ambil 1 kab di bali
        klo ada excelnya lbh mantap hehe. tq min

        Dikirim dari iPhone saya
        '''), name='dimas aryo', inst='unair', **F)

    C('f36-req-nommensen-lecturer-outlook-signature', 'outlook', 'Hotma Simanjuntak', 'hotma.simanjuntak@uhn.ac.id',
      'Permohonan data ketenagakerjaan sektor pariwisata', T('''
        Dengan hormat,

        Horas, salam dari Medan. Saya dosen Program Studi Ekonomi Pembangunan, Fakultas Ekonomi dan Bisnis, Universitas HKBP Nommensen, Medan. Bersama dua rekan, saya sedang meneliti daya serap tenaga kerja sektor pariwisata di kawasan wisata yang belum padat, dengan membandingkan kawasan Danau Toba dan Bali bagian barat.

        Untuk Kabupaten Jembrana, kami memerlukan:
        - penduduk berumur 15 tahun ke atas yang bekerja menurut lapangan usaha, 2018-2025;
        - jumlah usaha penyediaan akomodasi dan makan minum menurut kecamatan;
        - rata-rata upah bersih pekerja di kategori I (akomodasi dan makan minum), bila tersedia.

        Kami mengucapkan terima kasih atas bantuan Bapak/Ibu. Mauliate.

        Salam hormat,

        Dr. Hotma Romauli Simanjuntak, S.E., M.Si.
        Lektor Kepala
        Universitas HKBP Nommensen
        Jl. Sutomo No. 4A, Medan 20234
        '''), name='Dr. Hotma Romauli Simanjuntak', inst='Universitas HKBP Nommensen', **F)

    C('f36-req-brin-population-centre-thunderbird-wrapped', 'thunderbird', 'Kurniawan Adi Saputro',
      'kurn009@brin.go.id', 'Permohonan data kependudukan lansia Kabupaten Jembrana', T('''
        Salam sejahtera,

        Kami di Pusat Riset Kependudukan BRIN, Jakarta, sedang menyusun kajian tentang penuaan penduduk di kabupaten-kabupaten dengan arus migrasi keluar yang tinggi. Kabupaten Jembrana termasuk dalam sampel kajian karena proporsi penduduk lansianya meningkat cukup cepat dalam sepuluh tahun terakhir.

        Kami mohon bantuan data sebagai berikut:
        1. jumlah penduduk menurut kelompok umur lima tahunan dan jenis kelamin, Kabupaten Jembrana, 2010, 2020 dan 2025;
        2. rasio ketergantungan lansia menurut kecamatan;
        3. persentase lansia yang tinggal sendiri, hasil Susenas terbaru yang dapat disajikan di tingkat kabupaten.

        Apabila sebagian data hanya tersedia di BPS Provinsi Bali, mohon arahannya.

        Terima kasih atas kerja samanya.

        Salam,

        Dr. Kurniawan Adi Saputro, M.Sc.
        Peneliti Ahli Madya
        Pusat Riset Kependudukan BRIN
        Gedung Widya Graha, Jl. Jend. Gatot Subroto No. 10, Jakarta
        '''), name='Dr. Kurniawan Adi Saputro', inst='Pusat Riset Kependudukan BRIN', wrap=72, **F)

    C('f36-req-en-monash-signature-only', 'gmail', "Bridget O'Connell", 'bocon0012@student.monash.edu',
      'Data request: child marriage and female labour force, Jembrana', T('''
        Dear PST team,

        I am writing my minor thesis on the links between early marriage and women's participation in paid work in rural eastern Indonesia and Bali, and Jembrana is one of my three case regencies. My supervisor suggested I contact your office directly.

        Could you please help me with:
        1. the percentage of women aged 20-24 who were first married before age 18, Jembrana (Susenas), 2018-2025;
        2. the female labour force participation rate, Jembrana, 2018-2025;
        3. the average years of schooling for women aged 25 and over.

        I read Indonesian reasonably well, so tables in Bahasa Indonesia are perfectly fine.

        Many thanks,

        Bridget O'Connell
        Master of Development Practice candidate
        School of Social Sciences
        Monash University, Clayton VIC 3800
        '''), name="Bridget O'Connell", inst='Monash University', lang='en', **F)

    C('f36-req-en-latin1-louvain-transmigration', 'latin1', 'Amélie Verhaegen', 'amelie.verhaegen@uclouvain.be',
      'Historical population figures for Jembrana', T('''
        Dear colleagues,

        My name is Amélie Verhaegen and I am a postdoctoral researcher in demography at the Université catholique de Louvain, Belgium. I study the Balinese transmigration programmes of the 1970s and 1980s, when many families from western Bali resettled in Sulawesi and Sumatra.

        I would be most grateful for:
        - the population of Jembrana by kecamatan in the 1971, 1980 and 1990 censuses;
        - net lifetime migration for Jembrana from the 1980 and 1990 censuses, if it was ever published at regency level;
        - any regency statistical yearbook (Jembrana Dalam Angka) from before 1995 that exists in scanned form.

        I realise these are old figures and would be happy with whatever is available.

        With kind regards and many thanks,
        Amélie Verhaegen
        '''), name='Amélie Verhaegen', inst='Université catholique de Louvain', lang='en', **F)

    C('f36-req-papuan-student-undiknas', 'gmail', 'Marthen Kogoya', 'marthenkogoya21@gmail.com',
      'Mohon data pendidikan Jembrana', T('''
        Selamat pagi Bapak Ibu BPS Jembrana,

        Sa Marthen Kogoya, mahasiswa asal Wamena yang sekarang kuliah di Universitas Pendidikan Nasional Denpasar, jurusan Administrasi Publik. Untuk tugas akhir, sa bandingkan pembangunan pendidikan di Kabupaten Jayawijaya dengan satu kabupaten di Bali, dan dosen sarankan Jembrana.

        Sa mohon bantuan data Jembrana:
        1. angka partisipasi sekolah (APS) umur 7-12, 13-15 dan 16-18 tahun, 2015-2025
        2. rata-rata lama sekolah dan harapan lama sekolah, 2015-2025
        3. jumlah sekolah dan guru per jenjang, tahun terakhir

        Terima kasih banyak, Tuhan Yesus memberkati.

        Salam hormat,
        Marthen
        '''), name='Marthen Kogoya', inst='Universitas Pendidikan Nasional', **F)

    C('f36-req-en-kasetsart-thai-rice', 'gmail', 'Supaporn Chaiyasit', 'supaporn.c@ku.th',
      'Request for rice statistics - comparative study Thailand/Indonesia', T('''
        Dear Sir or Madam,

        Greetings from Bangkok. My name is Supaporn Chaiyasit and I am an assistant professor at the Faculty of Economics, Kasetsart University. With colleagues at Udayana University we are comparing how smallholder rice farming in central Thailand and in Bali has responded to rising input costs since 2015.

        We would like to kindly request, for Jembrana Regency:
        (a) rice harvested area, production and yield per kecamatan, 2015-2025;
        (b) the farmers' terms of trade (NTP) for food crops, Bali province, monthly 2018-2025;
        (c) the number of rice farming households by land size class (Agricultural Census 2023).

        Khob khun ka, and thank you very much for your help.

        Sincerely yours,
        Supaporn Chaiyasit, Ph.D.
        Department of Agricultural and Resource Economics
        Faculty of Economics, Kasetsart University
        '''), name='Supaporn Chaiyasit', inst='Kasetsart University', lang='en', **F)

    C('f36-req-uinsa-student-javanese-mix', 'gmail', 'Rizqi Firmansyah', 'rizqifirmansyah.uinsa@gmail.com',
      'Nyuwun bantuan data - penelitian masyarakat Loloan', T('''
        Assalamualaikum wr. wb.

        Sugeng siang Bapak/Ibu, nuwun sewu mengganggu waktunya.

        Kulo Muhammad Rizqi Firmansyah, mahasiswa Sosiologi Agama, UIN Sunan Ampel Surabaya. Saya sedang menyusun skripsi tentang kehidupan ekonomi komunitas Melayu Loloan di Kecamatan Negara. Dosen pembimbing menyarankan saya mengambil data resmi dari BPS supaya gambaran umumnya kuat.

        Data yang saya butuhkan:
        - jumlah penduduk Kelurahan Loloan Barat dan Loloan Timur menurut jenis kelamin, 2020-2025;
        - jumlah penduduk menurut agama di Kecamatan Negara;
        - jumlah usaha mikro menurut jenis kegiatan di Kecamatan Negara, bila ada.

        Matur nuwun sanget atas bantuanipun.

        Wassalamualaikum wr. wb.

        Rizqi
        '''), name='Muhammad Rizqi Firmansyah', inst='UIN Sunan Ampel Surabaya', **F)

    C('f36-req-unpatti-lecturer-lemuru-outlook', 'outlook', 'Johanis Pattiasina', 'j.pattiasina@fpik.unpatti.ac.id',
      'Permohonan data produksi ikan lemuru', T('''
        Selamat siang Bapak/Ibu,

        Kami dari Fakultas Perikanan dan Ilmu Kelautan Universitas Pattimura, Ambon, sedang menyiapkan penelitian kolaboratif tentang fluktuasi hasil tangkapan ikan pelagis kecil di perairan Maluku dan Selat Bali. Pengambengan kami pilih sebagai lokasi pembanding karena merupakan sentra pendaratan lemuru terbesar di Bali.

        Kami mohon data:
        1. produksi perikanan tangkap menurut jenis ikan di Kabupaten Jembrana, khususnya lemuru, 2010-2025;
        2. jumlah rumah tangga perikanan tangkap dan jumlah perahu/kapal menurut ukuran, tahun terbaru;
        3. jumlah unit pengolahan ikan (pengalengan, penepungan, pemindangan) di Kecamatan Negara.

        Terima kasih atas perhatiannya. Danke banyak.

        Salam,

        Dr. Johanis Pattiasina, S.Pi., M.Si.
        Dosen Program Studi Pemanfaatan Sumberdaya Perikanan
        Fakultas Perikanan dan Ilmu Kelautan
        Universitas Pattimura
        '''), name='Dr. Johanis Pattiasina', inst='Universitas Pattimura', **F)

    C('f36-req-forward-own-mail-from-provincial-address', 'gmail', 'Yohana Ngongo', 'yohanangongo@gmail.com',
      'Fwd: Permohonan data untuk skripsi - Yohana Maria Ngongo', T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf, email di bawah ini sebelumnya saya kirim ke BPS Provinsi Bali dan saya diarahkan untuk mengirimkannya ke PST BPS Kabupaten Jembrana. Jadi saya teruskan ke sini ya Bapak/Ibu.

        Terima kasih,
        Yohana

        ---------- Forwarded message ---------
        From: Yohana Ngongo <yohanangongo@gmail.com>
        Date: Tue, Nov 17, 2026 at 10:21 AM
        Subject: Permohonan data untuk skripsi - Yohana Maria Ngongo
        To: <bps5100@bps.go.id>


        Yth. Bapak/Ibu BPS,

        Saya Yohana Maria Ngongo, mahasiswi Program Studi Manajemen, Fakultas Ekonomi, Universitas Kristen Artha Wacana, Kupang. Saya sedang meneliti pengaruh kunjungan wisatawan terhadap pendapatan usaha kuliner di daerah wisata pantai di luar Bali selatan, dengan lokasi Kabupaten Jembrana.

        Mohon bantuan data jumlah wisatawan yang menginap di Kabupaten Jembrana per bulan tahun 2019-2025 dan jumlah usaha makan minum per kecamatan.

        Terima kasih.

        Hormat saya,
        Yohana Maria Ngongo
        '''), name='Yohana Maria Ngongo', inst='Universitas Kristen Artha Wacana', **F)

    # ================================================================================================
    # New requests: pupils, schools, religious schools
    # ================================================================================================
    C('f36-req-smk-pupil-pkl-report', 'gmail', 'Dea Anggreni', 'deaanggreni.smkn1ngr@gmail.com',
      'Permohonan data untuk laporan', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan nama saya Putu Dea Anggreni, siswi kelas XII Akuntansi dan Keuangan Lembaga di SMK Negeri 1 Negara. Saya sedang menyusun laporan tugas akhir tentang perkembangan UMKM di Kabupaten Jembrana, dan guru pembimbing saya meminta agar memakai data dari BPS.

        Saya mohon data jumlah usaha mikro dan kecil menurut kecamatan serta laju pertumbuhan ekonomi Kabupaten Jembrana tahun 2020-2025.

        Terima kasih banyak Bapak/Ibu.

        Hormat saya,
        Dea
        '''), name='Putu Dea Anggreni', inst='SMK Negeri 1 Negara', **F)

    C('f36-req-pesantren-teacher-loloan', 'gmail', 'Siti Khodijah', 'khodijah.darulfalah@gmail.com',
      'Permohonan data anak usia sekolah', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Bapak/Ibu yang kami hormati, saya Siti Khodijah, pengajar di Pondok Pesantren Darul Falah Loloan Barat. Yayasan kami berencana membuka Madrasah Tsanawiyah pada tahun ajaran 2027/2028, dan dalam proposal pendirian kami diminta mencantumkan data pendukung.

        Kami mohon bantuan data jumlah penduduk usia 13-15 tahun di Kecamatan Negara dan Kecamatan Jembrana, serta jumlah SMP/MTs yang ada di kedua kecamatan tersebut.

        Jazakumullah khairan katsiran.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Siti Khodijah, S.Pd.I.
        '''), name='Siti Khodijah', inst='Pondok Pesantren Darul Falah Loloan Barat', **F)

    # ================================================================================================
    # New requests: government offices, villages, health services
    # ================================================================================================
    C('f36-req-dinkes-letter-outlook-plt', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dikes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        Nomor    : 400.7/1412/Dikes/2026
        Sifat    : Biasa
        Lampiran : -
        Hal      : Permohonan Data Penduduk Sasaran

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
            Tempat

        Dengan hormat,

        Dalam rangka penetapan sasaran program kesehatan tahun 2027, Dinas Kesehatan Kabupaten Jembrana memohon bantuan data sebagai berikut:
        1. proyeksi jumlah penduduk tahun 2027 menurut kecamatan, kelompok umur lima tahunan dan jenis kelamin;
        2. proyeksi jumlah bayi (0 tahun) dan balita (0-4 tahun) tahun 2027 menurut kecamatan;
        3. jumlah perempuan usia subur (15-49 tahun) menurut kecamatan.

        Data tersebut mohon dapat dikirimkan ke alamat email ini paling lambat tanggal 11 Desember 2026. Demikian kami sampaikan, atas kerja samanya diucapkan terima kasih.

        a.n. Kepala Dinas Kesehatan
        Kabupaten Jembrana
        Sekretaris,

        dr. I Gusti Agung Putu Arsana, M.Kes.
        Pembina Tk. I (IV/b)
        NIP. 19750812 200501 1 009
        '''), name='dr. I Gusti Agung Putu Arsana', inst='Dinas Kesehatan Kabupaten Jembrana', **F)

    C('f36-req-desa-tuwed-kaur-letter-pdf', 'gmail', 'Desa Tuwed', 'pemdes.tuwed@gmail.com',
      'Permohonan data untuk RPJMDes', T('''
        Om Swastyastu,

        Dengan hormat, saya Ida Bagus Putu Mahendra, Kaur Perencanaan di Pemerintah Desa Tuwed. Saat ini desa kami sedang menyusun RPJMDes 2027-2032 dan tim penyusun memerlukan data resmi dari BPS.

        Bersama email ini kami lampirkan surat permohonan yang ditandatangani Perbekel. Secara ringkas, data yang kami mohon adalah jumlah penduduk menurut jenis kelamin dan kelompok umur, jumlah rumah tangga, serta penduduk bekerja menurut lapangan pekerjaan utama di Desa Tuwed (hasil sensus atau data terbaru yang ada).

        Suksma atas bantuannya.

        Om Santih, Santih, Santih Om

        Ida Bagus Putu Mahendra
        Kaur Perencanaan Desa Tuwed
        Kecamatan Melaya
        '''), name='Ida Bagus Putu Mahendra', inst='Pemerintah Desa Tuwed',
      attachments=[PDF('Surat Permohonan Data Desa Tuwed No 140-212-2026.pdf')], **F)

    C('f36-req-html-only-puskesmas-nutritionist', 'html_only', 'Ratih Purnamasari', 'ratihpurnama.gizi@gmail.com',
      'Mohon data balita dan sanitasi Kecamatan Pekutatan', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Nyoman Ratih Purnamasari, A.Md.Gz., tenaga pelaksana gizi di UPTD Puskesmas Pekutatan. Kami sedang menyusun analisis situasi untuk program percepatan penurunan stunting tahun depan.

        Mohon bantuan data:
        - jumlah balita per desa di Kecamatan Pekutatan, 2024 dan 2025;
        - persentase rumah tangga yang memiliki akses sanitasi layak dan air minum layak, Kabupaten Jembrana (per kecamatan bila ada);
        - persentase penduduk miskin Kabupaten Jembrana, 2021-2025.

        Terima kasih atas bantuannya, semoga sehat selalu.

        Salam,
        Ratih
        '''), name='Ni Nyoman Ratih Purnamasari', inst='UPTD Puskesmas Pekutatan', **F)

    C('f36-req-dinsos-provinsi-analyst-outlook', 'outlook', 'Agus Darmawan', 'agusdarmawan.dinsos@baliprov.go.id',
      'Permohonan data lansia dan penyandang disabilitas Kabupaten Jembrana', T('''
        Selamat pagi,

        Saya Made Agus Darmawan, analis kebijakan pada Bidang Rehabilitasi Sosial. Kami sedang memutakhirkan basis data perencanaan pelayanan sosial untuk kabupaten/kota di Bali dan untuk Kabupaten Jembrana memerlukan:

        1. jumlah penduduk lanjut usia (60+) menurut kecamatan dan jenis kelamin, 2025;
        2. jumlah penyandang disabilitas menurut jenis kesulitan fungsional (Susenas atau SP2020 Long Form);
        3. persentase lansia yang tinggal di rumah tangga miskin.

        Terima kasih atas bantuan dan kerja samanya.

        Salam,

        I Made Agus Darmawan, S.Sos.
        Analis Kebijakan Ahli Pertama
        Dinas Sosial Provinsi Bali
        Jl. Raya Puputan Niti Mandala, Denpasar
        '''), name='I Made Agus Darmawan', inst='Dinas Sosial Provinsi Bali', **F)

    C('f36-req-kemenag-consultation-sampling', 'outlook', 'Ahmad Zainuri', 'tu.kemenagjembrana@kemenag.go.id',
      'Permohonan konsultasi desain survei indeks kerukunan', T('''
        Yth. Bapak/Ibu Statistisi BPS Kabupaten Jembrana,

        Assalamualaikum wr. wb., Om Swastyastu, salam sejahtera bagi kita semua.

        Saya H. Ahmad Zainuri, Kepala Subbagian Tata Usaha Kantor Kementerian Agama Kabupaten Jembrana. Tahun 2027 kami merencanakan survei Indeks Kerukunan Umat Beragama tingkat kabupaten yang dilaksanakan sendiri oleh kantor kami, dengan sekitar 400 responden.

        Kami ingin berkonsultasi mengenai:
        1. penarikan sampel rumah tangga yang proporsional menurut kecamatan dan agama;
        2. penggunaan data blok sensus atau daftar keluarga sebagai kerangka sampel;
        3. penghitungan margin of error untuk estimasi tingkat kabupaten.

        Apabila memungkinkan, kami ingin bertemu langsung di kantor BPS pada minggu pertama Desember.

        Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Wassalamualaikum wr. wb.

        H. Ahmad Zainuri, S.Ag., M.Pd.I.
        '''), name='H. Ahmad Zainuri', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)

    C('f36-req-perbekel-pohsanten-formal', 'gmail', 'Putu Sudiarta', 'desapohsanten@gmail.com',
      'Mohon data kemiskinan dan pekerjaan Desa Pohsanten', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Kami dari Pemerintah Desa Pohsanten, Kecamatan Mendoyo, sedang menyiapkan musyawarah desa untuk penetapan prioritas penggunaan dana desa tahun 2027. Agar program tepat sasaran, kami memohon data jumlah rumah tangga miskin dan jumlah penduduk menurut lapangan pekerjaan di Desa Pohsanten, atau di Kecamatan Mendoyo bila data desa tidak tersedia.

        Atas bantuan Bapak/Ibu kami sampaikan terima kasih.

        Om Santih, Santih, Santih Om

        Perbekel Pohsanten,

        I Putu Sudiarta, S.H.
        '''), name='I Putu Sudiarta', inst='Pemerintah Desa Pohsanten', **F)

    C('f36-req-posyandu-cadre-jpg-handwritten-letter', 'iphone', 'Kadek Sumiati', 'kadeksumiati88@icloud.com',
      'surat permohonan data posyandu', T('''
        Selamat siang bu/pak 🙏
        sy Kadek Sumiati kader Posyandu Cempaka Desa Yehembang Kauh. ini sy kirim foto surat permohonan dari posyandu kami, data yg kami perlukan sdh ditulis di surat itu ya bu/pak. maaf suratnya tulisan tangan 🙏🙏
        suksma

        Dikirim dari iPhone saya
        '''), name='Kadek Sumiati', inst='Posyandu Cempaka Desa Yehembang Kauh',
      attachments=[JPG('IMG_20261120_103245.jpg')], **F)

    C('f36-req-private-hospital-doctor-flores', 'gmail', 'Stefanus Ratu Wolo', 'stefanus.rw@gmail.com',
      'Permohonan data penduduk dan keluhan kesehatan', T('''
        Selamat sore Bapak/Ibu,

        Saya dr. Stefanus Ratu Wolo, Kepala Bidang Pelayanan Medik di RS Bhakti Husada Negara. Manajemen kami sedang mengkaji rencana membuka poliklinik geriatri dan layanan hemodialisis, dan kami perlu gambaran kebutuhan di Jembrana.

        Mohon dibantu data:
        - jumlah penduduk menurut kelompok umur per kecamatan, 2025;
        - persentase penduduk yang mempunyai keluhan kesehatan dan yang berobat jalan, 2021-2025;
        - persentase penduduk yang memiliki jaminan kesehatan.

        Terima kasih.

        Salam sehat,
        dr. Stefanus
        '''), name='dr. Stefanus Ratu Wolo', inst='RS Bhakti Husada Negara', **F)

    # ================================================================================================
    # New requests: farmers, fishers, cooperatives, NGOs
    # ================================================================================================
    C('f36-req-yahoo-subak-abian-pekaseh', 'yahoo', 'nengah suarjana', 'nengahsuarjana67@yahoo.co.id',
      'mohon data kelapa dan cengkeh', T('''
        Om Swastyastu Bapak/Ibu,

        Tiang I Nengah Suarjana, pekaseh Subak Abian Merta Sari Desa Manggissari. Subak kami akan mengajukan bantuan bibit dan alat pengering ke Dinas Pertanian, dan diminta melampirkan data produksi.

        Mohon bantuan data luas tanaman dan produksi kelapa dan cengkeh di Kecamatan Pekutatan tahun 2020 sampai 2025, serta harga cengkeh kering di tingkat petani kalau ada.

        Suksma Bapak/Ibu.

        Dikirim dari Yahoo Mail di Android
        '''), name='I Nengah Suarjana', inst='Subak Abian Merta Sari Desa Manggissari', **F)

    C('f36-req-android-kub-fishers-abbrev', 'plain', 'abdul karim', 'abdulkarim.kubmb@gmail.com', 'data nelayan', T('''
        Asslmkm pak/bu. sy Abdul Karim ketua KUB Mina Barokah Pengambengan. mau minta data jmlh perahu motor tempel & jmlh nelayan di kec negara thn 2023-2025 buat proposal bantuan mesin ke dinas perikanan. trmksh pak/bu

        Dikirim dari perangkat Android saya
        '''), name='Abdul Karim', inst='KUB Mina Barokah Pengambengan', **F)

    C('f36-req-ksu-javanese-greeting-coop', 'gmail', 'Slamet Riyadi', 'ksuminasejahtera@gmail.com',
      'Permohonan data usaha mikro Kecamatan Negara', T('''
        Sugeng enjing Bapak/Ibu,

        Nyuwun sewu, kami pengurus KSU Mina Sejahtera Loloan. Koperasi kami bergerak di simpan pinjam dan pemasaran ikan olahan, anggotanya kebanyakan pedagang ikan dan pengolah pindang. Rapat anggota tahunan bulan depan akan membahas rencana membuka unit usaha baru.

        Kami mohon data jumlah usaha mikro sektor perdagangan dan industri pengolahan ikan di Kecamatan Negara, serta jumlah rumah tangga perikanan di Kelurahan Loloan Timur, tahun terbaru.

        Matur nuwun.

        Hormat kami,
        Slamet Riyadi
        Ketua KSU Mina Sejahtera Loloan
        '''), name='Slamet Riyadi', inst='KSU Mina Sejahtera Loloan', **F)

    C('f36-req-ngo-turtle-conservation-minahasa', 'gmail', 'Nadine Paat', 'nadine@penyulestari.or.id',
      'Data penduduk dan nelayan Desa Perancak - Budeng', T('''
        Halo Bapak/Ibu tim PST,

        Perkenalkan saya Nadine Kristiani Paat, program officer di Yayasan Penyu Lestari Segara, lembaga yang mendampingi kelompok pelestari penyu di pesisir Jembrana sejak 2012. Kami sedang menulis laporan dampak sosial ekonomi program ekowisata penyu untuk donor kami.

        Boleh kami minta data berikut?
        1. jumlah penduduk dan rumah tangga Desa Perancak dan Desa Budeng, 2015-2025;
        2. jumlah rumah tangga yang usaha utamanya perikanan tangkap di kedua desa (ST2023);
        3. jumlah kunjungan wisatawan ke Kabupaten Jembrana per tahun.

        Terima kasih banyak atas bantuannya!

        Salam lestari,
        Nadine
        --
        Yayasan Penyu Lestari Segara
        Jl. Pantai Perancak, Jembrana, Bali
        '''), name='Nadine Kristiani Paat', inst='Yayasan Penyu Lestari Segara', **F)

    # ================================================================================================
    # New requests: media, companies, banks, foreign bodies
    # ================================================================================================
    C('f36-req-iphone-local-news-site', 'iphone', 'Komang Widi', 'komangwidi.jt@gmail.com', 'Konfirmasi data kemiskinan', T('''
        Slmt siang, sy Komang Widiadnyana wartawan media online JembranaTerkini.com. Mau minta angka kemiskinan Jembrana 2025 yg kemarin dirilis (jumlah & persentase) sama perbandingannya dgn 2023 dan 2024, buat berita besok pagi. Kalau bisa ada keterangan dr statistisi jg ya. Trims

        Dikirim dari iPhone saya
        '''), name='Komang Widiadnyana', inst='JembranaTerkini.com', **F)

    C('f36-req-en-nordic-correspondent', 'gmail', 'Marcus Lindqvist', 'marcus.lindqvist@nordlys.no',
      'Press inquiry: population growth and migration through Gilimanuk', T('''
        Hello,

        I'm the Southeast Asia correspondent for the Norwegian daily Nordlys Dagblad, based in Jakarta. I'm preparing a feature on Gilimanuk, the ferry port between Java and Bali, and how western Bali has changed as people and goods move through it.

        Would you be able to share:
        - Jembrana's population by kecamatan, 2010 and 2025;
        - the share of residents born outside Bali (SP2020 or the 2010 census);
        - annual passenger and vehicle numbers through Gilimanuk, if your office compiles them.

        I'd also welcome a short phone conversation with one of your statisticians if that is allowed.

        Thanks in advance,
        Marcus Lindqvist
        +62 811-9204-xxxx
        '''), name='Marcus Lindqvist', inst='Nordlys Dagblad', lang='en', **F)

    C('f36-req-code-switch-coffee-chain', 'gmail', 'Stella Wijaya', 'stella.wijaya@kopisenja.co.id',
      'Data demografi Jembrana untuk ekspansi outlet', T('''
        Hi team PST BPS Jembrana,

        Saya Stella Wijaya, Head of Expansion di PT Kopi Senja Nusantara. Kami lagi exploring buka 2-3 outlet di Negara dan sekitarnya tahun depan, jadi butuh data buat feasibility study:

        1. jumlah penduduk usia 15-34 tahun per kecamatan (latest);
        2. rata-rata pengeluaran per kapita sebulan, makanan vs non-makanan, 2022-2025;
        3. jumlah mahasiswa/perguruan tinggi di Kabupaten Jembrana, kalau ada.

        Kalau datanya ada dalam format xlsx, that would be super helpful. Thank you so much!

        Best,
        Stella
        '''), name='Stella Wijaya', inst='PT Kopi Senja Nusantara', **F)

    C('f36-req-bpd-bank-docx-form-disclaimer', 'outlook', 'Ketut Ayu Pradnyani Dewi', 'ayu.pradnyani@bpdbali.co.id',
      'Formulir Permintaan Data', T('''
        Yth. Petugas PST BPS Kabupaten Jembrana,

        Bersama ini kami sampaikan formulir permintaan data yang telah kami isi lengkap sebagaimana terlampir. Data tersebut akan kami gunakan untuk pemetaan potensi penyaluran kredit usaha rakyat di wilayah kerja kami.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Hormat kami,

        Ketut Ayu Pradnyani Dewi
        Relationship Officer Mikro
        Bank BPD Bali Cabang Negara
        Jl. Ngurah Rai No. 56, Negara

        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dituju. Jika Anda bukan penerima yang dimaksud, mohon segera menghapus email ini dan memberitahu pengirim. PT Bank Pembangunan Daerah Bali tidak pernah meminta data pribadi atau PIN melalui email.
        '''), name='Ketut Ayu Pradnyani Dewi', inst='Bank BPD Bali Cabang Negara',
      attachments=[DOCX('Formulir Permintaan Data - BPD Bali Cab Negara.docx')], **F)

    C('f36-req-building-store-chinese-indonesian-yahoo', 'yahoo', 'Hendrik Santoso', 'hendrik_sta@yahoo.com',
      'Tanya data rumah tangga Jembrana', T('''
        Selamat pagi,

        Saya Hendrik Santoso dari CV Sinar Terang Abadi, toko bahan bangunan di Jalan Ngurah Rai, Negara. Kami sedang mempertimbangkan membuka cabang di Melaya atau Mendoyo.

        Untuk pertimbangan, saya mohon data jumlah rumah tangga per kecamatan tahun 2020-2025 dan persentase rumah tangga menurut status kepemilikan rumah di Kabupaten Jembrana.

        Terima kasih atas bantuannya.

        Salam,
        Hendrik Santoso
        '''), name='Hendrik Santoso', inst='CV Sinar Terang Abadi', **F)

    C('f36-req-en-consulate-general-outlook', 'outlook', 'Hannah Whitfield', 'hannah.whitfield@dfat.gov.au',
      'Statistics on foreign visitors to Jembrana', T('''
        Good morning,

        I am writing from the Australian Consulate-General in Bali. Our consular section is reviewing its outreach to Australian residents and visitors outside the southern tourist areas, and we would like to understand visitor patterns in Jembrana.

        Would you be able to provide:
        1. the number of foreign guests staying at accommodation in Jembrana, by nationality if available, 2019-2025;
        2. the average length of stay of foreign guests in Jembrana;
        3. the number of accommodation establishments by kecamatan.

        Thank you for your assistance.

        Kind regards,

        Hannah Whitfield
        Consular Officer
        '''), name='Hannah Whitfield', inst='Australian Consulate-General in Bali', lang='en', **F)

    C('f36-req-en-jica-advisor-outlook', 'outlook', 'MORIMOTO Takeshi', 'morimoto.takeshi@jica.go.jp',
      'Request for irrigation and rice data (JICA project formulation)', T('''
        Dear Sir/Madam,

        I am Takeshi Morimoto, Project Formulation Advisor at the JICA Indonesia Office. We are conducting a preliminary survey for a possible technical cooperation project on irrigation water management in Bali, and Jembrana has been proposed as a pilot regency by the provincial government.

        We would appreciate the following data:
        - irrigated paddy field area by kecamatan, latest year;
        - paddy harvested area, production and productivity, 2015-2025;
        - number of agricultural households by main commodity (ST2023).

        We would also be grateful for a short meeting with your staff during our mission to Negara on 8-10 December.

        Best regards,

        Takeshi Morimoto
        Project Formulation Advisor (Agriculture and Rural Development)
        JICA Indonesia Office
        Sentral Senayan II, Jakarta
        '''), name='Takeshi Morimoto', inst='JICA Indonesia Office', lang='en', **F)

    C('f36-req-resort-hr-manager-code-switch', 'gmail', 'Kartika Sari', 'hr@medewibayresort.com',
      'Request data tenaga kerja Jembrana', T('''
        Om Swastyastu,

        Saya Ni Luh Ayu Kartika Sari, HR Manager di Medewi Bay Resort, Pekutatan. We are reviewing our salary structure and recruitment plan for 2027, jadi kami butuh beberapa data ketenagakerjaan:

        - tingkat pengangguran terbuka Kabupaten Jembrana, 2021-2025;
        - jumlah angkatan kerja menurut pendidikan tertinggi;
        - rata-rata upah pekerja di sektor akomodasi dan makan minum, Bali atau Jembrana.

        Thank you and suksma,

        Kartika
        HR Manager | Medewi Bay Resort
        '''), name='Ni Luh Ayu Kartika Sari', inst='Medewi Bay Resort', **F)

    C('f36-req-child-protection-ngo-gmail-wrapped', 'gmail', 'Dayu Lestari', 'lpajembrana.sekretariat@gmail.com',
      'Permohonan data anak dan perkawinan usia anak', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Saya Ida Ayu Made Dwi Lestari, sekretaris Lembaga Perlindungan Anak Kabupaten Jembrana. Kami sedang menyusun laporan tahunan dan bahan advokasi kepada DPRD mengenai pencegahan perkawinan usia anak, dan kami ingin laporan tersebut memakai angka resmi.

        Mohon bantuan data:
        1. jumlah anak usia 0-17 tahun menurut kecamatan dan jenis kelamin, 2025;
        2. persentase perempuan usia 20-24 tahun yang menikah sebelum umur 18 tahun, Kabupaten Jembrana dan Provinsi Bali, 2019-2025;
        3. angka putus sekolah menurut jenjang pendidikan, bila tersedia.

        Suksma atas perhatian dan bantuannya.

        Om Santih, Santih, Santih Om

        Dayu Lestari
        Sekretaris LPA Kabupaten Jembrana
        HP 0819-1650-xxxx
        '''), name='Ida Ayu Made Dwi Lestari', inst='Lembaga Perlindungan Anak Kabupaten Jembrana', wrap=76, **F)

    # ================================================================================================
    # New requests with something missing (name, institution and/or a concrete need)
    # ================================================================================================
    C('f36-req-no-intro-population-by-age', 'gmail', 'Rahmat Hidayat', 'rahmat.hdyt87@gmail.com',
      'Data penduduk Melaya', T('''
        Selamat pagi, mohon info data jumlah penduduk Kecamatan Melaya menurut kelompok umur tahun 2025. Terima kasih.
        '''), **F)

    C('f36-req-name-only-resident-warnasari', 'plain', 'Arif', 'arifbudiman.mly@gmail.com', 'Tanya data desa', T('''
        Selamat siang Pak/Bu.

        Saya Arif Budiman, warga Melaya. Mau tanya, berapa jumlah penduduk dan luas wilayah Desa Warnasari tahun terakhir? Anak saya perlu untuk tugas sekolah.

        Terima kasih.

        Dikirim dari perangkat Android saya
        '''), name='Arif Budiman', **F)

    C('f36-req-karang-taruna-admin-no-person', 'gmail', 'Karang Taruna Batuagung', 'kartarbatuagung@gmail.com',
      'Permohonan data pemuda Desa Batuagung', T('''
        Salam pemuda!

        Kami pengurus Karang Taruna Dharma Putra Desa Batuagung sedang menyiapkan program pelatihan kerja untuk pemuda desa. Mohon bantuan data jumlah penduduk usia 16-30 tahun di Desa Batuagung menurut jenis kelamin dan jumlah pengangguran muda di Kecamatan Jembrana.

        Terima kasih atas bantuannya.

        Salam,
        Admin Karang Taruna Dharma Putra
        '''), inst='Karang Taruna Dharma Putra Desa Batuagung', **F)

    C('f36-req-vague-brawijaya-mau-tanya', 'gmail', 'Fadhilah Nur Azizah', 'fadhilahnaz@student.ub.ac.id',
      'Pertanyaan', T('''
        Selamat siang Kak,

        Saya Fadhilah Nur Azizah dari Universitas Brawijaya. Mau tanya dong kak, apakah saya bisa dibantu? Terima kasih sebelumnya.

        Fadhilah
        '''), name='Fadhilah Nur Azizah', inst='Universitas Brawijaya', req=False, **F)

    C('f36-req-en-vague-tourist-no-inst', 'gmail', 'Tom Hargreaves', 'tomhargreaves.travels@gmail.com',
      'Hello from the UK', T('''
        Hi there,

        I'm Tom, planning a long stay in Bali next year and curious about the quieter west side. Could you send me some information?

        Cheers,
        Tom
        '''), name='Tom', req=False, lang='en', **F)

    C('f36-req-sma-wants-consultation-no-name', 'gmail', 'SMAN 2 Negara', 'sman2negara.jbr@gmail.com', 'Konsultasi', T('''
        Selamat siang.

        Kami dari SMA Negeri 2 Negara ingin berkonsultasi dengan BPS. Kapan kira-kira kami bisa datang ke kantor?

        Terima kasih.
        '''), inst='SMA Negeri 2 Negara', req=False, **F)

    C('f36-req-pribadi-retired-teacher-latin1', 'latin1', 'Made Suweca', 'madesuweca52@telkom.net',
      'Harga beras di Jembrana', T('''
        Om Swastyastu,

        Saya Made Suweca, pensiunan guru di Mendoyo. Saya bertanya secara pribadi saja, bukan dari instansi mana pun. Belakangan harga beras di pasar terasa naik terus, dan saya ingin tahu perkembangan rata-rata harga beras eceran di Kabupaten Jembrana atau Provinsi Bali dari tahun 2022 sampai sekarang.

        Terima kasih atas penjelasannya.

        Made Suweca
        '''), name='Made Suweca', **F)

    C('f36-req-subject-only-iphone-empty-body', 'iphone', 'Wulan', 'wulan.ramadhani@icloud.com',
      'data jumlah wisatawan ke jembrana 2025', T('''
        Dikirim dari iPhone saya
        '''), **F)

    C('f36-req-vague-unnes-lecturer-data-data', 'outlook', 'Rina Kusumawardani', 'rinakusuma@mail.unnes.ac.id',
      'Permohonan data', T('''
        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Saya Dr. Rina Kusumawardani, dosen di Universitas Negeri Semarang. Bolehkah saya meminta data-data Kabupaten Jembrana untuk keperluan penelitian? Mohon informasi prosedurnya.

        Terima kasih.

        Salam,
        Dr. Rina Kusumawardani, M.Pd.
        '''), name='Dr. Rina Kusumawardani', inst='Universitas Negeri Semarang', req=False, **F)

    C('f36-req-kantor-camat-staff-no-name', 'outlook', 'Kecamatan Pekutatan', 'kec.pekutatan@jembranakab.go.id',
      'Mohon data jumlah penduduk per desa', T('''
        Selamat pagi,

        Untuk bahan laporan penyelenggaraan pemerintahan kecamatan tahun 2026, mohon bantuan data jumlah penduduk, jumlah rumah tangga dan luas wilayah per desa di Kecamatan Pekutatan, tahun 2025.

        Terima kasih.

        Staf Seksi Pemerintahan
        Kantor Camat Pekutatan
        '''), inst='Kantor Camat Pekutatan', **F)

    C('f36-req-iphone-boleh-nanya-nothing', 'iphone', 'Sinta', 'sinta.lestari02@icloud.com', 'halo', T('''
        kak boleh nanya ga 🙏

        Dikirim dari iPhone saya
        '''), req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f36-reply-gmail-identity-after-ask-unair', 'gmail', 'Dimas', 'dimasaryo.w@gmail.com',
      'Re: ' + SUBJ_ASK % 3601, T('''
        Siap min, maaf td kurang lengkap 🙏

        Nama lengkap sy Dimas Aryo Wicaksono, mhs S1 Ekonomi Pembangunan Universitas Airlangga. Makasih min
        '''), kind='reply', name='Dimas Aryo Wicaksono', inst='Universitas Airlangga', req=False,
      ticket='PST-2026-03601', quote=gq(ASK, 'id'), **rp(3601), **F)

    C('f36-reply-outlook-thanks-bank-signature', 'outlook', 'Ketut Ayu Pradnyani Dewi', 'ayu.pradnyani@bpdbali.co.id',
      'RE: ' + SUBJ_DATA % 3602, T('''
        Selamat siang,

        Data sudah kami terima dengan baik dan sudah sesuai dengan formulir kami. Terima kasih atas respons yang cepat.

        Hormat kami,

        Ketut Ayu Pradnyani Dewi
        Relationship Officer Mikro
        Bank BPD Bali Cabang Negara
        '''), kind='reply', name='Ketut Ayu Pradnyani Dewi', inst='Bank BPD Bali Cabang Negara', req=False,
      ticket='PST-2026-03602',
      quote=oq(DELIV_ID % 3602, 'Ketut Ayu Pradnyani Dewi <ayu.pradnyani@bpdbali.co.id>', SUBJ_DATA % 3602, 'id'),
      **rp(3602), **F)

    C('f36-reply-iphone-oke-makasih-no-name', 'iphone', 'Wulan', 'wulan.ramadhani@icloud.com',
      'Re: ' + SUBJ_DATA % 3603, T('''
        oke kak udh masuk filenya, makasih bnyk 🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-03603', quote=iq(DELIV_ID % 3603), **rp(3603), **F)

    C('f36-reply-yahoo-asks-earlier-years', 'yahoo', 'Hendrik Santoso', 'hendrik_sta@yahoo.com',
      'Re: ' + SUBJ_DATA % 3604, T('''
        Terima kasih datanya sudah saya terima.

        Kalau boleh, apakah bisa sekalian dikirim data jumlah rumah tangga per kecamatan untuk tahun 2015-2019? Saya ingin melihat trennya lebih panjang.

        Salam,
        Hendrik Santoso
        '''), kind='reply', name='Hendrik Santoso', req=True, ticket='PST-2026-03604', quote=yq(DELIV_ID % 3604),
      **rp(3604), **F)

    C('f36-reply-en-definition-question-monash', 'gmail', "Bridget O'Connell", 'bocon0012@student.monash.edu',
      'Re: ' + SUBJ_DATA % 3605, T('''
        Dear PST team,

        Thank you so much for the tables, they are exactly what I needed.

        One follow-up question: in the child marriage table, is the indicator based on women aged 20-24 who were married or in union before 18, or on all ever-married women? And is the same indicator available for 2015-2017 so I can extend the series?

        Best wishes,
        Bridget
        '''), kind='reply', name='Bridget', req=True, lang='en', ticket='PST-2026-03605',
      quote=gq(DELIV_EN % 3605, when='Wed, Nov 25, 2026 at 2:37 PM'), **rp(3605), **F)

    C('f36-reply-thunderbird-bottom-status-brin', 'thunderbird', 'Kurniawan Adi Saputro', 'kurn009@brin.go.id',
      'Re: ' + SUBJ_ACK % 3606, tq(ACK % (3606, 'Dr. Kurniawan Adi Saputro', 'Pusat Riset Kependudukan BRIN',
                                          'Data penduduk lansia Kabupaten Jembrana')) + '\n\n' + T('''
        Selamat siang,

        Mohon maaf, kami ingin menanyakan perkembangan permintaan data di atas. Kira-kira kapan data dapat kami terima? Laporan kajian kami harus diserahkan akhir bulan ini.

        Terima kasih,

        Kurniawan Adi Saputro
        Pusat Riset Kependudukan BRIN
        '''), kind='reply', name='Kurniawan Adi Saputro', inst='Pusat Riset Kependudukan BRIN', req=False,
      ticket='PST-2026-03606', **rp(3606), **F)

    C('f36-reply-new-mail-ticket-in-body-cover-letter', 'gmail', 'Marthen Kogoya', 'marthenkogoya21@gmail.com',
      'Susulan surat pengantar kampus', T('''
        Selamat siang Bapak Ibu,

        Menindaklanjuti permintaan data sa dengan nomor tiket PST-2026-03607, bersama ini sa kirimkan surat pengantar dari Fakultas Ilmu Sosial dan Ilmu Politik. Mohon maaf baru bisa kirim sekarang karena menunggu tanda tangan dekan.

        Terima kasih banyak.

        Marthen Kogoya
        Universitas Pendidikan Nasional
        '''), kind='reply', name='Marthen Kogoya', inst='Universitas Pendidikan Nasional', req=False,
      ticket='PST-2026-03607', attachments=[PDF('Surat Pengantar FISIP Undiknas - Marthen Kogoya.pdf')], **F)

    # A long Gmail chain: our data mail quoting the requester's earlier reply, which quoted our ACK.
    _ack_3608 = ACK % (3608, 'Slamet Riyadi', 'KSU Mina Sejahtera Loloan',
                       'Jumlah usaha mikro perdagangan dan pengolahan ikan di Kecamatan Negara')
    _earlier_3608 = ('Terima kasih, Bapak/Ibu. Kami tunggu kabarnya.\n\nSlamet Riyadi\n\n'
                     'Pada Sen, 23 Nov 2026 pukul 09.14 PST BPS Kabupaten Jembrana <\npst5101@bps.go.id> menulis:\n\n'
                     + pre(_ack_3608))
    _deliv_3608 = (DELIV_ID % 3608 + '\n\nPada Sen, 23 Nov 2026 pukul 11.02 KSU Mina Sejahtera <\n'
                   'ksuminasejahtera@gmail.com> menulis:\n\n' + pre(_earlier_3608))
    C('f36-reply-long-chain-asks-kelurahan-breakdown', 'gmail', 'Slamet Riyadi', 'ksuminasejahtera@gmail.com',
      'Re: ' + SUBJ_DATA % 3608, T('''
        Matur nuwun Bapak/Ibu, datanya sudah kami terima.

        Satu lagi, apakah jumlah usaha pengolahan ikan tersebut tersedia juga per kelurahan, khususnya Loloan Timur dan Loloan Barat? Pengurus ingin memakainya dalam rapat anggota tanggal 12 Desember.

        Hormat kami,
        Slamet Riyadi
        Ketua KSU Mina Sejahtera Loloan
        '''), kind='reply', name='Slamet Riyadi', inst='KSU Mina Sejahtera Loloan', req=True,
      ticket='PST-2026-03608',
      quote=('Pada tanggal Rab, 25 Nov 2026 pukul 14.37 PST BPS Kabupaten Jembrana <\npst5101@bps.go.id> '
             'menulis:\n\n' + pre(_deliv_3608)), **rp(3608), **F)

    C('f36-reply-outlook-forwarded-to-division', 'outlook', 'Agus Darmawan', 'agusdarmawan.dinsos@baliprov.go.id',
      'RE: ' + SUBJ_DATA % 3609, T('''
        Selamat sore,

        Terima kasih, data sudah kami terima dan sudah saya teruskan ke Kepala Bidang Rehabilitasi Sosial untuk bahan rapat koordinasi minggu depan.

        Salam,

        I Made Agus Darmawan, S.Sos.
        Analis Kebijakan Ahli Pertama
        Dinas Sosial Provinsi Bali
        '''), kind='reply', name='I Made Agus Darmawan', inst='Dinas Sosial Provinsi Bali', req=False,
      ticket='PST-2026-03609',
      quote=oq(DELIV_ID % 3609, 'Agus Darmawan <agusdarmawan.dinsos@baliprov.go.id>', SUBJ_DATA % 3609, 'id'),
      **rp(3609), **F)

    C('f36-reply-android-balinese-thanks-pekaseh', 'plain', 'nengah suarjana', 'nengahsuarjana67@gmail.com',
      'Re: ' + SUBJ_DATA % 3610, T('''
        Om Swastyastu. Suksma pisan Bapak/Ibu, datane sampun tiang terima. Jagi anggen tiang ngae proposal ke dinas. Terima kasih banyak.

        Nengah Suarjana

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='Nengah Suarjana', req=False, ticket='PST-2026-03610',
      quote=aq(DELIV_ID % 3610), **rp(3610), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f36-rating-bare-five-warmadewa', 'gmail', 'Mirah Kusumadewi', 'gungmirah.kusuma@gmail.com',
      'Re: ' + SUBJ_RATE % 3621, T('''
        5

        Terima kasih banyak atas bantuannya, datanya lengkap sekali dan dikirim cepat.

        A.A. Istri Mirah Kusumadewi
        '''), kind='rating', rating=5, name='A.A. Istri Mirah Kusumadewi', req=False, ticket='PST-2026-03621',
      quote=gq(RATE_ID % 3621, 'id'), **rp(3621), **F)

    C('f36-rating-outlook-nilai-empat-dinkes', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dikes@jembranakab.go.id',
      'RE: ' + SUBJ_RATE % 3622, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Nilai: 4 (puas)
        Data proyeksi sudah kami terima sebelum batas waktu. Ke depan mohon disertakan juga catatan metodologi proyeksinya.

        Terima kasih.

        dr. I Gusti Agung Putu Arsana, M.Kes.
        Sekretaris Dinas Kesehatan Kabupaten Jembrana
        '''), kind='rating', rating=4, name='dr. I Gusti Agung Putu Arsana', inst='Dinas Kesehatan Kabupaten Jembrana',
      req=False, ticket='PST-2026-03622',
      quote=oq(RATE_ID % 3622, 'Dinas Kesehatan Kab. Jembrana <dikes@jembranakab.go.id>', SUBJ_RATE % 3622, 'id'),
      **rp(3622), **F)

    C('f36-rating-en-three-out-of-five-jica', 'outlook', 'MORIMOTO Takeshi', 'morimoto.takeshi@jica.go.jp',
      'RE: ' + SUBJ_RATE % 3623, T('''
        Dear PST team,

        I would rate the service 3 out of 5. The figures were correct and well explained, but they reached us about two weeks after our request, which was after our mission had ended.

        Best regards,

        Takeshi MORIMOTO
        JICA Indonesia Office
        '''), kind='rating', rating=3, name='Takeshi MORIMOTO', inst='JICA Indonesia Office', req=False, lang='en',
      ticket='PST-2026-03623',
      quote=oq(RATE_EN % 3623, 'MORIMOTO Takeshi <morimoto.takeshi@jica.go.jp>', SUBJ_RATE % 3623), **rp(3623), **F)

    C('f36-rating-yahoo-empat-in-words', 'yahoo', 'Hendrik Santoso', 'hendrik_sta@yahoo.com',
      'Re: ' + SUBJ_RATE % 3624, T('''
        Saya beri nilai empat. Pelayanannya baik, hanya data tahun lama perlu menunggu agak lama.

        Hendrik Santoso
        CV Sinar Terang Abadi
        '''), kind='rating', rating=4, name='Hendrik Santoso', inst='CV Sinar Terang Abadi', req=False,
      ticket='PST-2026-03624', quote=yq(RATE_ID % 3624), **rp(3624), **F)

    C('f36-rating-iphone-stars-no-name', 'iphone', 'Wulan', 'wulan.ramadhani@icloud.com', 'Re: ' + SUBJ_RATE % 3625, T('''
        ⭐⭐⭐⭐⭐ 5 bintang kak, mantap cepet bgt 👍

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-03625', quote=iq(RATE_ID % 3625), **rp(3625), **F)

    C('f36-rating-one-angry-fisher-android', 'plain', 'abdul karim', 'abdulkarim.kubmb@gmail.com',
      'Re: ' + SUBJ_RATE % 3626, T('''
        Nilai 1. Data yg dikirim bukan yg sy minta, sy minta jumlah perahu tp yg dikirim produksi ikan. Sdh sy tanya lg tdk ada jawaban.

        Abdul Karim
        KUB Mina Barokah

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=1, name='Abdul Karim', inst='KUB Mina Barokah', req=False, ticket='PST-2026-03626',
      quote=aq(RATE_ID % 3626), **rp(3626), **F)

    C('f36-rating-two-code-switch-coffee', 'gmail', 'Stella Wijaya', 'stella.wijaya@kopisenja.co.id',
      'Re: ' + SUBJ_RATE % 3627, T('''
        Hi team,

        Honestly skor 2 dari 5. Datanya cuma PDF hasil scan, bukan xlsx seperti yang kami minta, dan data mahasiswa tidak ada sama sekali. Hope this helps for improvement.

        Best,
        Stella Wijaya
        PT Kopi Senja Nusantara
        '''), kind='rating', rating=2, name='Stella Wijaya', inst='PT Kopi Senja Nusantara', req=False,
      ticket='PST-2026-03627', quote=gq(RATE_ID % 3627, 'id'), **rp(3627), **F)

    C('f36-rating-new-mail-ticket-in-subject-dates', 'thunderbird', 'Johanis Pattiasina', 'j.pattiasina@fpik.unpatti.ac.id',
      'Penilaian layanan tiket PST-2026-03628', T('''
        Selamat pagi,

        Email permintaan penilaian dari PST tanggal 20 November 2026 tidak sengaja terhapus, jadi saya kirim penilaian lewat email baru. Untuk layanan data lemuru periode 2010-2025 yang kami terima tanggal 18 November 2026, kami memberikan nilai 4 (empat). Terima kasih atas kerja samanya.

        Salam,
        Dr. Johanis Pattiasina, S.Pi., M.Si.
        Universitas Pattimura
        '''), kind='rating', rating=4, name='Dr. Johanis Pattiasina', inst='Universitas Pattimura', req=False,
      ticket='PST-2026-03628', **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f36-complaint-no-data-after-eight-days', 'gmail', 'Yohana Ngongo', 'yohanangongo@gmail.com',
      'Re: ' + SUBJ_ACK % 3631, T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf, saya ingin menyampaikan keberatan. Permintaan saya sudah diterima 8 hari kerja yang lalu, padahal di email ini disebutkan akan dijawab paling lambat 3 hari kerja. Sampai sekarang belum ada data maupun kabar apa pun, dan telepon kantor juga tidak diangkat. Jadwal ujian proposal saya sudah dekat.

        Mohon perhatiannya.

        Yohana Maria Ngongo
        '''), kind='complaint', name='Yohana Maria Ngongo', req=False, ticket='PST-2026-03631',
      quote=gq(ACK % (3631, 'Yohana Maria Ngongo', 'Universitas Kristen Artha Wacana',
                      'Jumlah wisatawan menginap dan usaha makan minum'), 'id'), **rp(3631), **F)

    C('f36-complaint-website-table-mismatch', 'gmail', 'Gus Wirajaya', 'ib.wirajaya@instiki.ac.id',
      'Perbedaan angka penduduk di website dan publikasi', T('''
        Yth. BPS Kabupaten Jembrana,

        Saya Ida Bagus Ketut Wirajaya, dosen di Institut Bisnis dan Teknologi Indonesia. Saya menemukan bahwa jumlah penduduk Kecamatan Mendoyo tahun 2024 pada tabel dinamis di website berbeda sekitar 1.200 jiwa dengan angka di publikasi Kecamatan Mendoyo Dalam Angka 2025. Tidak ada catatan revisi di kedua sumber, sehingga mahasiswa saya bingung angka mana yang harus dipakai.

        Mohon agar hal ini diperiksa dan ke depan setiap revisi angka diberi keterangan.

        Terima kasih.

        Ida Bagus Ketut Wirajaya
        '''), kind='complaint', name='Ida Bagus Ketut Wirajaya', inst='Institut Bisnis dan Teknologi Indonesia',
      req=False, **F)

    C('f36-complaint-suggest-saturday-service', 'gmail', 'Gusti Ayu Sriwahyuni', 'gekayusriwahyuni@gmail.com',
      'Saran jam layanan', T('''
        Selamat malam,

        Saya Gusti Ayu Made Sriwahyuni, karyawan swasta di Negara. Saran saya, sebaiknya layanan PST juga buka hari Sabtu setengah hari, atau sampai sore pada salah satu hari kerja. Bagi kami yang bekerja sampai jam 5 sore, sangat sulit datang ke kantor BPS pada jam layanan sekarang.

        Terima kasih, semoga bisa dipertimbangkan.

        Gusti Ayu Made Sriwahyuni
        '''), kind='complaint', name='Gusti Ayu Made Sriwahyuni', req=False, **F)

    C('f36-complaint-en-cover-letter-requirement', 'gmail', 'Amélie Verhaegen', 'amelie.verhaegen@uclouvain.be',
      'Re: ' + SUBJ_LETTER % 3634, T('''
        Dear colleagues,

        I must say I find this requirement difficult to understand. The figures I asked for are published census aggregates from the 1970s and 1980s, not confidential microdata, and obtaining an official letter from my university for each request takes weeks. Other statistical offices I have worked with share such tables with researchers without any letter.

        I would kindly ask you to reconsider this rule for published aggregate data.

        Regards,
        Amélie Verhaegen
        Université catholique de Louvain
        '''), kind='complaint', name='Amélie Verhaegen', inst='Université catholique de Louvain', req=False, lang='en',
      ticket='PST-2026-03634', quote=gq(LETTER_EN % 3634, when='Wed, Nov 25, 2026 at 2:37 PM'), **rp(3634), **F)

    C('f36-complaint-anon-rude-phone-html-only', 'html_only', 'Warga Jembrana', 'suarawarga.jbr@gmail.com',
      'Keluhan pelayanan telepon', T('''
        Selamat siang,

        Saya ingin menyampaikan keluhan. Kemarin siang saya menelepon kantor BPS Jembrana untuk menanyakan cara mendapatkan data harga gabah. Petugas yang menerima telepon menjawab dengan nada ketus, menyuruh saya "cari sendiri di internet", lalu menutup telepon sebelum saya selesai bicara. Tidak semua orang bisa mencari data di internet.

        Mohon petugas pelayanan diberi pembinaan.
        '''), kind='complaint', req=False, **F)

    C('f36-complaint-enumerator-no-id-card-android', 'plain', 'Suciati', 'wayansuciati76@gmail.com',
      'petugas survei tidak bawa tanda pengenal', T('''
        Selamat pagi bapak/ibu BPS.

        Saya Ni Wayan Suciati warga Desa Pengeragoan. Minggu lalu ada orang datang ke rumah mengaku petugas survei BPS, tanya-tanya soal penghasilan dan pengeluaran keluarga, tapi waktu saya minta lihat kartu tanda pengenalnya dia bilang ketinggalan. Saya jadi ragu dan takut kalau itu penipuan. Mohon petugas yang turun ke lapangan wajib membawa tanda pengenal, dan kalau bisa kepala dusun diberi tahu dulu.

        Terima kasih.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Ni Wayan Suciati', req=False, **F)

    C('f36-complaint-rating-mails-repeated', 'gmail', 'Nadine Paat', 'nadine@penyulestari.or.id',
      'Re: ' + SUBJ_RATE % 3637, T('''
        Halo tim PST,

        Ini sudah email permintaan penilaian yang keempat untuk tiket yang sama dalam tiga hari, padahal penilaian sudah saya kirim di balasan pertama. Mohon sistem pengirimannya diperiksa, kotak masuk kantor kami jadi penuh.

        Terima kasih,
        Nadine Kristiani Paat
        Yayasan Penyu Lestari Segara
        '''), kind='complaint', name='Nadine Kristiani Paat', inst='Yayasan Penyu Lestari Segara', req=False,
      ticket='PST-2026-03637', quote=gq(RATE_ID % 3637, 'id'), **rp(3637), **F)

    C('f36-complaint-suggest-excel-with-press-release', 'yahoo', 'Komang Widi', 'komangwidi.jt@yahoo.com',
      'Saran untuk rilis BRS', T('''
        Selamat sore tim BPS Jembrana,

        Sekadar saran dari kami di media: setiap kali Berita Resmi Statistik dirilis, mohon tabelnya juga diunggah dalam format Excel, jangan hanya PDF. Kami sering salah ketik saat menyalin angka dari PDF ke grafik berita, dan itu merugikan kedua belah pihak.

        Terima kasih.

        Komang Widiadnyana
        Redaktur JembranaTerkini.com
        '''), kind='complaint', name='Komang Widiadnyana', inst='JembranaTerkini.com', req=False, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f36-ooo-outlook-en-conference-headers', 'outlook', 'Hannah Whitfield', 'hannah.whitfield@dfat.gov.au',
      'Automatic reply: ' + SUBJ_DATA % 3641, T('''
        Thank you for your message.

        I am attending a regional consular conference in Canberra and will be back in the office on Monday 7 December. I will have limited access to email during this time. For urgent consular assistance, please call the Consulate-General switchboard.

        Regards,
        Hannah
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03641',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3641), **F)

    C('f36-ooo-gmail-body-only-dinas-luar', 'gmail', 'Putu Sudiarta', 'desapohsanten@gmail.com',
      'Re: ' + SUBJ_ACK % 3642, T('''
        Ini adalah balasan otomatis.

        Terima kasih atas email Bapak/Ibu. Saat ini kami sedang mengikuti bimbingan teknis pengelolaan keuangan desa di Denpasar sampai tanggal 28 November 2026. Email akan kami balas setelah kembali ke kantor.

        Pemerintah Desa Pohsanten
        '''), kind='auto_reply', req=False, ticket='PST-2026-03642', **rp(3642), **F)

    C('f36-ooo-company-helpdesk-own-ticket-en', 'gmail', 'Kopi Senja Support', 'support@kopisenja.co.id',
      '[KSN-20481] We have received your message', T('''
        Hi there,

        Thanks for reaching out to Kopi Senja Nusantara! This is an automatic confirmation that we have received your email. Your reference number is KSN-20481.

        Our team replies within 1-2 business days. Please do not reply to this message.

        Warm regards,
        Kopi Senja Customer Care
        '''), kind='auto_reply', req=False, lang='en',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')], **rp(3643), **F)

    C('f36-ooo-yahoo-maternity-leave', 'yahoo', 'Ratih Purnamasari', 'ratihpurnama.gizi@yahoo.com',
      'Re: ' + SUBJ_RATE % 3644, T('''
        [Balasan otomatis]

        Om Swastyastu. Terima kasih atas email Bapak/Ibu. Saya sedang cuti melahirkan sampai 15 Februari 2027. Untuk urusan program gizi silakan menghubungi UPTD Puskesmas Pekutatan melalui telepon kantor.

        Suksma.
        '''), kind='auto_reply', req=False, ticket='PST-2026-03644', quote=yq(RATE_ID % 3644), **rp(3644), **F)

    C('f36-ooo-plain-address-inactive-own-subject', 'plain', 'Layanan Email UNNES', 'rinakusuma@mail.unnes.ac.id',
      'Alamat email tidak aktif', T('''
        Pesan otomatis.

        Alamat email ini sudah tidak digunakan lagi sejak 1 November 2026 karena migrasi sistem email kampus. Silakan kirim ulang pesan Anda ke alamat email baru pemilik akun atau hubungi helpdesk TIK kampus.

        Pesan ini dikirim otomatis, mohon tidak dibalas.
        '''), kind='auto_reply', req=False, extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')],
      **rp(3645), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f36-dsn-postfix-gmail-no-such-user', dict(
        recipient='dimas.aryo.wcksn@gmail.com', original_message_id=OUR(3651, 'c36e0a57'),
        orig_subject=SUBJ_DATA % 3651, status='5.1.1'), 'PST-2026-03651', **F)

    D('f36-dsn-exchange-mailbox-full', dict(
        recipient='ayu.pradnyani@bpdbali.co.id', original_message_id=OUR(3652, 'c36e0a57'),
        orig_subject=SUBJ_RATE % 3652, status='5.2.2', mta='bpdbali.co.id',
        **{'from': 'Microsoft Outlook <postmaster@bpdbali.co.id>',
           'subject': 'Undeliverable: ' + SUBJ_RATE % 3652,
           'text': ("Delivery has failed to these recipients or groups:\n\n"
                    "ayu.pradnyani@bpdbali.co.id\n"
                    "The recipient's mailbox is full and can't accept messages now. Please try resending this "
                    "message later, or contact the recipient directly.\n\n"
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: EXCH02.bpdbali.local\n\n'
                    'ayu.pradnyani@bpdbali.co.id\n'
                    'Remote Server returned \'554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\'')}),
      'PST-2026-03652', **F)

    D('f36-dsn-qmail-no-mailbox-university', dict(
        recipient='j.pattiasina@fpik.unpatti.ac.id', original_message_id=OUR(3653, 'c36e0a57'),
        orig_subject=SUBJ_ACK % 3653, status='5.1.1', mta='mail.unpatti.ac.id', no_auto_submitted=True,
        **{'from': 'MAILER-DAEMON@mail.unpatti.ac.id',
           'subject': 'failure notice',
           'text': ("Hi. This is the qmail-send program at mail.unpatti.ac.id.\n"
                    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                    "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                    "<j.pattiasina@fpik.unpatti.ac.id>:\n"
                    "Sorry, no mailbox here by that name. (#5.1.1)")}),
      'PST-2026-03653', **F)

    D('f36-dsn-postfix-delayed-still-trying', dict(
        recipient='kurn009@brin.go.id', original_message_id=OUR(3654, 'c36e0a57'),
        orig_subject=SUBJ_DATA % 3654, status='4.4.1', action='delayed',
        **{'subject': 'Delayed Mail (still being retried)',
           'text': ('This is the mail system at host mx.bps.go.id.\n\n'
                    '####################################################################\n'
                    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
                    '####################################################################\n\n'
                    'Your message could not be delivered for 4.0 hours.\n'
                    'It will be retried until it is 5.0 days old.\n\n'
                    '<kurn009@brin.go.id>: connect to mx1.brin.go.id[203.160.129.10]:25: Connection timed out')}),
      'PST-2026-03654', **F)
