# corpus_fresh22.py: a twenty-second batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh22"; tickets PST-2026-022xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh22')

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
                 'yang diminta berupa data rinci, mohon kirimkan surat pengantar dari instansi atau kampus '
                 'dengan membalas email ini.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 13.40, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 13:40, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/2026 13.40, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 13.40, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def sq(text, subject):
        """Quote as the Samsung Email app writes it: a header block, then the original unprefixed."""
        return ('\n\n-------- Pesan asli --------\nDari: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Tanggal: 25/11/26 13.40 (GMT+08:00)\nKepada: \nSubjek: %s\n\n%s' % (subject, text))

    def rp(n):
        return dict(in_reply_to=OUR(n, 'c7d2a9e1'), references=[OUR(n, 'c7d2a9e1')])

    # ================================================================================================
    # New requests: students and academics of every kind of campus
    # ================================================================================================
    C('f22-req-poltekkes-gizi-wa-lowercase', 'gmail', 'ayu wulan', 'ayuwulantari0412@gmail.com', 'mnt data balita', T('''
        pagi min 🙏 sy ni kadek ayu wulantari mhs poltekkes kemenkes denpasar jurusan gizi smt 7, mau minta data jmlh balita per kecamatan di jembrana thn 2023 sm 2024 utk proposal skripsi sy ttg stunting. kl ada yg per desa lbh bagus lg hehe
        mksh bnyk min
        '''), name='ni kadek ayu wulantari', inst='poltekkes kemenkes denpasar', **F)

    C('f22-req-stikes-typos-samsung', 'plain', 'Gede Ari', 'gedeari.wm@gmail.com', 'permohonann data lansia', T('''
        Selamat siang bapak/ibu, perkenalkna nama saya I Gede Ari Sanjaya mahasiswa S1 keperawatan STIKES Wira Medika Bali. saya mau memohon data jumlh penduduk lansia (60 thn keatas) di kecamatan Mendoyo menrut jenis kelamin dan desa tahun 2025, untuk penelitian saya tentang kualitas hidup lansia yg tinggal sendiri. trimakasih atas bantuannya bapak/ibu

        Dikirim dari ponsel Samsung Galaxy saya
        '''), name='I Gede Ari Sanjaya', inst='STIKES Wira Medika Bali', **F)

    C('f22-req-ut-student-who-is-village-staff', 'gmail', 'Wayan Suciani', 'wayansuciani.cks@gmail.com',
      'Permohonan data untuk Tugas Akhir Program', T('''
        Om Swastyastu Bapak/Ibu,

        Saya Ni Wayan Suciani. Sehari-hari saya bekerja sebagai staf di kantor Desa Candikusuma, tetapi permohonan ini bukan untuk keperluan desa. Saya sedang kuliah di Universitas Terbuka, Program Studi Ilmu Administrasi Negara, dan data ini untuk Tugas Akhir Program (TAP) saya tentang pelayanan administrasi kependudukan.

        Data yang saya perlukan:
        - jumlah penduduk per desa di Kecamatan Melaya tahun 2020-2025;
        - Indeks Pembangunan Manusia Kabupaten Jembrana 2020-2025.

        Suksma atas bantuannya.

        Wayan Suciani
        NIM 04xxxxxxx
        '''), name='Ni Wayan Suciani', inst='Universitas Terbuka', **F)

    C('f22-req-uinsa-formal-loloan', 'gmail', 'M. Rizqi Hidayatullah', 'rizqihidayatullah.uinsa@gmail.com',
      'Permohonan Data Penelitian Skripsi', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Kepada Yth.
        Bapak/Ibu Petugas Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana

        Dengan hormat,
        Saya yang bertanda tangan di bawah ini, Muhammad Rizqi Hidayatullah, mahasiswa Program Studi Sosiologi Fakultas Ilmu Sosial dan Ilmu Politik UIN Sunan Ampel Surabaya, sedang menyusun skripsi berjudul "Identitas Kampung Melayu Loloan di Tengah Masyarakat Hindu Bali". Sehubungan dengan itu saya memohon data:

        1. jumlah penduduk menurut agama di Kelurahan Loloan Barat dan Kelurahan Loloan Timur, tahun terbaru;
        2. jumlah penduduk menurut mata pencaharian di kedua kelurahan tersebut;
        3. jumlah tempat ibadah per kelurahan di Kecamatan Negara (Podes 2024).

        Demikian permohonan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Hormat saya,
        M. Rizqi Hidayatullah
        '''), name='Muhammad Rizqi Hidayatullah', inst='UIN Sunan Ampel Surabaya', **F)

    C('f22-req-iain-kendari-code-switch', 'gmail', 'Wa Ode Nurhaliza', 'waodenurhaliza27@gmail.com',
      'data wisata halal jembrana', T('''
        Hi kak PST 👋

        Aku Wa Ode Nurhaliza dari IAIN Kendari, prodi Ekonomi Syariah. Lagi research buat skripsi soal potensi halal tourism di daerah yang mayoritas non-muslim, and Jembrana is kind of unique karena ada kampung Loloan-nya. So aku butuh:
        - jumlah wisatawan (domestik & mancanegara) yg nginep di Jembrana per tahun 2019-2025
        - jumlah hotel & restoran/rumah makan per kecamatan
        - jumlah penduduk muslim per kecamatan

        Kalo formatnya excel would be super helpful. Thank you kak, sorry kalo bahasanya campur2 hehe 🙏
        '''), name='Wa Ode Nurhaliza', inst='IAIN Kendari', **F)

    C('f22-req-itb-stikom-dashboard-csv', 'gmail', 'Nyoman Krisna', 'krisnaadiputra.dev@gmail.com',
      'Tanya data kependudukan format CSV utk tugas akhir', T('''
        Selamat siang Bapak/Ibu,

        Saya I Nyoman Krisna Adi Putra, mahasiswa Sistem Informasi di Institut Teknologi dan Bisnis STIKOM Bali. Tugas akhir saya membuat dashboard interaktif indikator sosial ekonomi Kabupaten Jembrana. Saya butuh data berikut dalam format CSV atau Excel (bukan PDF):

        1. jumlah penduduk per kecamatan menurut jenis kelamin 2015-2025
        2. TPT dan TPAK 2015-2025
        3. persentase penduduk miskin 2015-2025

        Satu lagi pertanyaan: apakah BPS punya API yang bisa dipakai mahasiswa untuk menarik data ini secara otomatis? Kalau ada, mohon info dokumentasinya.

        Terima kasih banyak,
        Krisna
        '''), name='I Nyoman Krisna Adi Putra', inst='Institut Teknologi dan Bisnis STIKOM Bali', **F)

    C('f22-req-stahn-mpu-kuturan-om-swastyastu', 'gmail', 'Putu Dharma Yasa', 'dharmayasa.stahn@gmail.com',
      'Permohonan Data Pura dan Penduduk Hindu', T('''
        Om Swastyastu,

        Yang terhormat Bapak/Ibu di BPS Kabupaten Jembrana. Nama saya Putu Dharma Yasa, mahasiswa semester VII Program Studi Penerangan Agama Hindu, Sekolah Tinggi Agama Hindu Negeri Mpu Kuturan Singaraja. Penelitian saya membahas peran pasraman dalam pembinaan umat di Bali bagian barat.

        Mohon kiranya saya dapat dibantu data:
        1. jumlah penduduk beragama Hindu per kecamatan di Kabupaten Jembrana, 2020-2025;
        2. jumlah pura menurut desa (hasil Podes terbaru);
        3. jumlah penduduk usia sekolah (7-18 tahun) per kecamatan.

        Atas asung kertha wara nugraha Ida Sang Hyang Widhi Wasa dan bantuan Bapak/Ibu, saya ucapkan terima kasih.

        Om Santih, Santih, Santih Om
        '''), name='Putu Dharma Yasa', inst='Sekolah Tinggi Agama Hindu Negeri Mpu Kuturan Singaraja', **F)

    C('f22-req-en-aarhus-latin1-christian-villages', 'latin1', 'Mette Kjærgaard Holm', 'mkh@cas.au.dk',
      'Request for village-level statistics (Melaya) - PhD project', T('''
        Dear colleagues,

        My name is Mette Kjærgaard Holm, PhD fellow in Anthropology at Aarhus University, Denmark. My project looks at the Protestant and Catholic Balinese villages founded in western Bali in the 1930s and 1940s, and how they have changed since.

        I would be very grateful for the following figures for Kecamatan Melaya:
        - population by religion for each desa, most recent year available;
        - number of households per desa, 2010 and 2020 (censuses);
        - if possible, the number of residents working abroad, per desa.

        I read Indonesian slowly but well enough, so tables in Bahasa Indonesia are no problem at all.

        Med venlig hilsen / with kind regards,
        Mette
        '''), name='Mette Kjærgaard Holm', inst='Aarhus University', lang='en', **F)

    C('f22-req-lecturer-writes-for-student-undhira', 'outlook', 'Ratna Dewi', 'ratnadewi@undhirabali.ac.id',
      'Permohonan data untuk mahasiswa bimbingan', T('''
        Selamat pagi Bapak/Ibu,

        Saya Dr. Ni Luh Made Ratna Dewi, dosen pembimbing pada Universitas Dhyana Pura. Saya menulis atas nama mahasiswa bimbingan saya, Sdr. Kevin Hartono, yang sedang menyusun skripsi tentang daya saing industri pengolahan ikan di Bali barat. Mahasiswa tersebut sudah dua kali mengirim email dari alamat pribadinya namun sepertinya tidak sampai.

        Data yang dibutuhkan:
        1. jumlah industri besar dan sedang menurut KBLI 2 digit di Kabupaten Jembrana, 2019-2025;
        2. jumlah tenaga kerja industri pengolahan ikan, 2019-2025.

        Mohon data dapat dikirim ke email saya ini, nanti saya teruskan kepada mahasiswa.

        Terima kasih atas bantuannya.

        Salam,
        Ratna Dewi
        '''), name='Dr. Ni Luh Made Ratna Dewi', inst='Universitas Dhyana Pura', **F)

    C('f22-req-student-asks-for-friend-iphone', 'iphone', 'Yoga', 'yogapratama.wrm@icloud.com', 'minta tolong kak', T('''
        kak halo, aku Putu Yoga Pratama mahasiswa Universitas Warmadewa. aku mau minta data sekalian buat temen sekelasku, namanya Dian, soalnya hp dia rusak dan gak bisa buka email. kita satu kelompok tugas statistik ekonomi.
        datanya: PDRB jembrana menurut lapangan usaha 2021-2025 sama jumlah penduduk bekerja per sektor
        makasih banyak kak 🙏🙏

        Dikirim dari iPhone saya
        '''), name='Putu Yoga Pratama', inst='Universitas Warmadewa', **F)

    C('f22-req-pnb-need-only-in-attached-letter', 'gmail', 'Kadek Dwi Pramesti', 'dwipramesti.pnb@gmail.com',
      'Surat Permohonan Data - Kadek Dwi Pramesti', T('''
        Selamat siang Bapak/Ibu,

        Bersama email ini saya kirimkan surat permohonan data dari Jurusan Akuntansi Politeknik Negeri Bali untuk keperluan tugas akhir saya. Rincian data yang saya butuhkan tercantum dalam surat terlampir.

        Terima kasih atas bantuan Bapak/Ibu.

        Hormat saya,
        Kadek Dwi Pramesti
        D4 Akuntansi Manajerial
        Politeknik Negeri Bali
        '''), name='Kadek Dwi Pramesti', inst='Politeknik Negeri Bali',
      attachments=[PDF('Surat_Permohonan_Data_PNB_Kadek_Dwi_Pramesti.pdf')], **F)

    C('f22-req-undiksha-run-on-no-punctuation', 'gmail', 'komang tri', 'komangtriardiana02@gmail.com', 'minta data sawah', T('''
        selamat malam pak bu maaf mengganggu waktunya saya komang tri ardiana mahasiswa undiksha prodi pendidikan geografi angkatan 2022 saya mau tanya sekaligus minta data luas lahan sawah per kecamatan di kabupaten jembrana dari tahun 2019 sampai 2024 soalnya saya lagi ngerjain tugas mata kuliah geografi pertanian dan dosen saya minta datanya harus dari bps langsung tidak boleh dari internet terus kalau bisa juga data produksi padinya sekalian terima kasih banyak pak bu semoga sehat selalu
        '''), name='komang tri ardiana', inst='undiksha', **F)

    C('f22-req-vague-asks-internship-iphone', 'iphone', 'Gek', 'gekmirah.stat@icloud.com', 'magang', T('''
        kak sy mahasiswi statistika universitas udayana smt 5, mau tanya bps jembrana nerima mhs magang/PKL ga ya semester depan? syaratnya apa aja kak? mksh

        Dikirim dari iPhone saya
        '''), inst='universitas udayana', req=False, **F)

    # ================================================================================================
    # New requests: teachers and pupils
    # ================================================================================================
    C('f22-req-smk-teacher-dra-yahoo', 'yahoo', 'made suartini', 'madesuartini.smkn1@yahoo.co.id',
      'mohon data untuk bahan ajar', T('''
        Selamat pagi Bapak/Ibu,

        Saya Dra. Ni Made Suartini, guru produktif akuntansi di SMK Negeri 1 Negara. Untuk projek kewirausahaan kelas XI, anak-anak akan membuat rencana usaha kecil di desanya masing-masing, dan saya ingin mereka memakai data resmi. Mohon bantuan data jumlah usaha mikro dan kecil menurut jenis usaha per kecamatan di Jembrana dan rata-rata pengeluaran per kapita sebulan 2024-2025.

        Terima kasih banyak atas bantuannya.

        Salam,
        Made Suartini

        Dikirim dari Yahoo Mail di Android
        '''), name='Dra. Ni Made Suartini', inst='SMK Negeri 1 Negara', **F)

    C('f22-req-sd-pupil-on-mothers-phone', 'iphone', 'Luh Sari', 'luhsari.ibu@icloud.com', 'tugas sekolah', T('''
        halo kak bps 😊 aku Kadek Anggita kelas 6 SD Negeri 2 Dangin Tukadaya. aku pinjem hp ibu aku. bu guru suruh cari data jumlah penduduk desa aku sama jumlah laki laki dan perempuannya. desa aku dangin tukadaya kak. makasih kakk

        Dikirim dari iPhone saya
        '''), name='Kadek Anggita', inst='SD Negeri 2 Dangin Tukadaya', **F)

    C('f22-req-mts-teacher-html-only', 'html_only', 'Siti Khodijah', 'sitikhodijah.mts@gmail.com',
      'Permohonan data untuk pembelajaran IPS', T('''
        Assalamualaikum warahmatullahi wabarakatuh,

        Bapak/Ibu yang kami hormati, saya Siti Khodijah, S.Pd., guru IPS di MTs Al-Ikhlas Loloan Timur. Pada semester ini siswa kelas VIII mempelajari materi kependudukan dan mobilitas penduduk. Agar lebih dekat dengan kehidupan mereka, saya ingin memakai data Kabupaten Jembrana:

        1. jumlah dan kepadatan penduduk per kecamatan tahun 2025;
        2. piramida penduduk Kabupaten Jembrana;
        3. jumlah penduduk yang datang dan pindah (migrasi) bila tersedia.

        Jazakumullah khairan katsiran.

        Wassalamualaikum warahmatullahi wabarakatuh.
        '''), name='Siti Khodijah', inst='MTs Al-Ikhlas Loloan Timur', **F)

    C('f22-req-bimbel-tutor-outlook-android', 'outlook', 'Bayu Aji Saputra', 'bayuaji.prisma@outlook.com',
      'Data jumlah pelajar per kecamatan', T('''
        Selamat siang,

        Saya Bayu Aji Saputra, pengajar sekaligus pengelola Lembaga Bimbingan Belajar Prisma Negara. Kami berencana membuka kelas baru di Melaya atau Mendoyo tahun depan. Apakah ada data jumlah penduduk usia 13-18 tahun per kecamatan, atau jumlah siswa SMP dan SMA per kecamatan di Jembrana tahun 2025? Mohon bantuannya.

        Terima kasih.
        Bayu

        Dapatkan Outlook untuk Android
        '''), name='Bayu Aji Saputra', inst='Lembaga Bimbingan Belajar Prisma Negara', **F)

    # ================================================================================================
    # New requests: government offices, villages, health, courts, legislature
    # ================================================================================================
    C('f22-req-dinkes-formal-letter-cc-nip', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dikes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        Nomor    : 400.7.1/2417/Dikes/2026
        Sifat    : Biasa
        Lampiran : 1 (satu) berkas
        Hal      : Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
        Negara

        Dengan hormat,

        Dalam rangka penyusunan Rencana Kerja Dinas Kesehatan Kabupaten Jembrana Tahun 2027 dan penetapan sasaran Standar Pelayanan Minimal (SPM) bidang kesehatan, bersama ini kami mohon bantuan data sebagai berikut:

        1. jumlah penduduk menurut umur tunggal 0-6 tahun per kecamatan, tahun 2025;
        2. jumlah penduduk perempuan usia 15-49 tahun per desa/kelurahan, tahun 2025;
        3. jumlah penduduk usia 60 tahun ke atas per kecamatan, tahun 2025;
        4. proyeksi jumlah penduduk per kecamatan tahun 2026-2027.

        Data dapat dikirimkan dalam format Excel melalui surel ini. Untuk koordinasi lebih lanjut dapat menghubungi Sdr. I Made Yudiantara (0812-3xxx-xxxx) pada Subbagian Perencanaan dan Pelaporan.

        Demikian permohonan ini kami sampaikan, atas perhatian dan kerja sama yang baik kami ucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. Ni Putu Lestari Wulandari, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP. 19750812 200312 2 006

        Tembusan disampaikan kepada Yth.:
        1. Bupati Jembrana (sebagai laporan);
        2. Sekretaris Daerah Kabupaten Jembrana;
        3. Arsip.
        '''), name='dr. Ni Putu Lestari Wulandari', inst='Dinas Kesehatan Kabupaten Jembrana',
      extra=[('Cc', 'Subbag Perencanaan Dikes <perencanaan.dikes@jembranakab.go.id>, '
                    'bps5101@bps.go.id')],
      attachments=[PDF('Surat_400.7.1-2417-Dikes-2026_Permohonan_Data.pdf')], **F)

    C('f22-req-sekdes-an-perbekel-numbered', 'gmail', 'Desa Tegal Badeng Barat', 'desategalbadengbarat@gmail.com',
      'Permohonan data penduduk dan rumah tangga', T('''
        Om Swastyastu,

        Nomor  : 140/212/TBB/XI/2026
        Perihal: Permohonan data

        Yth. Kepala BPS Kabupaten Jembrana

        Dengan hormat, kami dari Pemerintah Desa Tegal Badeng Barat, Kecamatan Negara, dalam rangka pemutakhiran profil desa dan penyusunan RPJMDes perubahan memohon bantuan data:
        1. jumlah penduduk menurut kelompok umur dan jenis kelamin, Desa Tegal Badeng Barat, 2025;
        2. jumlah rumah tangga usaha pertanian dan perikanan hasil ST2023;
        3. data Podes 2024 Desa Tegal Badeng Barat.

        Demikian, atas kerja samanya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        a.n. Perbekel Tegal Badeng Barat
        Sekretaris Desa,

        I Putu Wirawan
        '''), name='I Putu Wirawan', inst='Pemerintah Desa Tegal Badeng Barat', **F)

    C('f22-req-dinas-staff-on-kadis-disposition', 'outlook', 'Ni Komang Sri Wahyuni', 'sriwahyuni.distanpan@jembranakab.go.id',
      'Tindak lanjut disposisi - permohonan data produksi ikan', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Komang Sri Wahyuni, staf Bidang Perikanan pada Dinas Pertanian dan Pangan Kabupaten Jembrana. Menindaklanjuti disposisi Bapak Kepala Dinas atas undangan rapat evaluasi Pelabuhan Perikanan Pengambengan, kami diminta menyiapkan bahan paparan dan memerlukan data:

        - produksi perikanan tangkap menurut jenis ikan, Kabupaten Jembrana 2021-2025;
        - jumlah rumah tangga perikanan tangkap menurut kecamatan (ST2023);
        - nilai tukar nelayan Provinsi Bali 2023-2025.

        Rapat dijadwalkan 8 Desember, mohon bantuan sebelum tanggal tersebut.

        Terima kasih,
        Sri Wahyuni
        '''), name='Ni Komang Sri Wahyuni', inst='Dinas Pertanian dan Pangan Kabupaten Jembrana', **F)

    C('f22-req-kantor-camat-no-person', 'outlook', 'Kantor Camat Pekutatan', 'camatpekutatan@jembranakab.go.id',
      'Mohon data untuk Kecamatan Pekutatan Dalam Angka', T('''
        Selamat pagi,

        Kami dari Kantor Camat Pekutatan mohon dikirimkan data jumlah penduduk per desa menurut jenis kelamin tahun 2025 serta luas wilayah per desa, untuk melengkapi buku profil kecamatan yang akan dibagikan saat musrenbang kecamatan.

        Terima kasih.

        Admin Kantor Camat Pekutatan
        '''), inst='Kantor Camat Pekutatan', **F)

    C('f22-req-bpbd-iphone-abbreviations', 'iphone', 'Made Arya', 'madearya.bpbd@gmail.com', 'mhn data pddk per desa', T('''
        Slmt siang. Sy Made Arya Putra dr BPBD Kab. Jembrana. Utk kajian risiko bencana banjir & longsor 2027 mhn data jml pddk per desa & jml bangunan tempat tinggal per desa thn 2025. Kl ada jg data pddk disabilitas per kec. Tks atas bantuannya.

        Dikirim dari iPhone saya
        '''), name='Made Arya Putra', inst='BPBD Kab. Jembrana', **F)

    C('f22-req-kpu-kasubbag-nip-signature', 'gmail', 'Ayu Marhaeni', 'ayumarhaeni.kpujbr@gmail.com',
      'Permohonan data proyeksi penduduk usia pemilih', T('''
        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Dengan hormat, saya Ni Putu Ayu Marhaeni, S.E., Kepala Subbagian Perencanaan, Data dan Informasi pada KPU Kabupaten Jembrana. Dalam rangka penyusunan peta jalan pemutakhiran data pemilih berkelanjutan, kami mohon data:

        1. jumlah penduduk usia 17 tahun ke atas per desa/kelurahan, 2025;
        2. proyeksi penduduk usia 17 tahun ke atas per kecamatan, 2026-2029;
        3. jumlah penduduk yang pindah keluar Kabupaten Jembrana per tahun, bila tersedia.

        Atas bantuan dan kerja samanya kami sampaikan terima kasih.

        Hormat kami,

        Ni Putu Ayu Marhaeni, S.E.
        NIP 19860421 201001 2 015
        Kasubbag Perencanaan, Data dan Informasi
        '''), name='Ni Putu Ayu Marhaeni', inst='KPU Kabupaten Jembrana', **F)

    C('f22-req-religious-court-clerk', 'gmail', 'Ahmad Fauzi', 'ahmadfauzi.pangara@gmail.com',
      'Permohonan data status perkawinan', T('''
        Assalamu'alaikum wr. wb.

        Selamat siang Bapak/Ibu. Saya Ahmad Fauzi, S.H.I., Panitera Muda Hukum di Pengadilan Agama Negara. Untuk laporan tahunan dan kajian perkara dispensasi kawin, kami membutuhkan data:
        - jumlah penduduk menurut status perkawinan dan kelompok umur di Kabupaten Jembrana (SP2020 Long Form atau Susenas);
        - persentase perempuan usia 20-24 tahun yang menikah sebelum umur 18 tahun, Kabupaten Jembrana 2020-2025.

        Terima kasih atas bantuannya.

        Wassalamu'alaikum wr. wb.
        '''), name='Ahmad Fauzi', inst='Pengadilan Agama Negara', **F)

    C('f22-req-bpkhtl-forestry-thunderbird-wrapped', 'thunderbird', 'Yohanes Dwi Cahyono', 'yohanes.cahyono@menlhk.go.id',
      'Permohonan data desa sekitar kawasan hutan', T('''
        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Saya Yohanes Dwi Cahyono, S.Hut., pengendali ekosistem hutan pada Balai Pemantapan Kawasan Hutan dan Tata Lingkungan Wilayah VIII Denpasar. Kami sedang memperbarui data desa di dalam dan sekitar kawasan hutan di Provinsi Bali, termasuk desa-desa di Kabupaten Jembrana yang berbatasan dengan Taman Nasional Bali Barat dan hutan lindung di Kecamatan Pekutatan.

        Mohon bantuan data jumlah penduduk, jumlah rumah tangga, dan sumber penghasilan utama sebagian besar penduduk per desa (Podes 2024) untuk seluruh desa di Kabupaten Jembrana.

        Terima kasih atas kerja samanya.

        Salam lestari,
        Yohanes Dwi Cahyono
        '''), name='Yohanes Dwi Cahyono',
      inst='Balai Pemantapan Kawasan Hutan dan Tata Lingkungan Wilayah VIII Denpasar', wrap=72, **F)

    C('f22-req-village-midwife-wa-lowercase', 'gmail', 'luh sukerti', 'luhsukerti.bidan@gmail.com', 'data wus', T('''
        om swastyastu bu/pak, sy luh putu sukerti bidan desa di puskesmas 1 melaya. mau minta data jmlh perempuan umur 15-49 thn per desa di kec melaya thn 2025 buat hitung sasaran KB sm ibu hamil. suksma 🙏
        '''), name='luh putu sukerti', inst='puskesmas 1 melaya', **F)

    C('f22-req-setwan-staff-for-council-member', 'outlook', 'Kadek Dwi Antara', 'dwiantara.setwan@jembranakab.go.id',
      'Permohonan data bahan rapat kerja Komisi II', T('''
        Selamat pagi Bapak/Ibu,

        Saya Kadek Dwi Antara, staf Bagian Persidangan pada Sekretariat DPRD Kabupaten Jembrana. Atas permintaan Bapak I Nyoman Sukarsa, anggota Komisi II DPRD Kabupaten Jembrana, kami mohon bantuan data untuk bahan rapat kerja dengan dinas terkait:

        1. harga gabah kering panen di tingkat petani per bulan, 2025-2026;
        2. nilai tukar petani subsektor tanaman pangan Provinsi Bali, 2025-2026;
        3. luas panen padi per kecamatan, 2024-2025.

        Mohon dapat dikirim sebelum Kamis. Terima kasih.

        Salam,
        Kadek Dwi Antara
        Sekretariat DPRD Kabupaten Jembrana
        '''), name='Kadek Dwi Antara', inst='Sekretariat DPRD Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: media, consultants, firms, NGOs, the public
    # ================================================================================================
    C('f22-req-tribun-journalist-iphone-deadline', 'iphone', 'Komang Wira', 'komangwira.tb@gmail.com', 'data inflasi', T('''
        Pak/Bu sy Komang Wira Adnyana wartawan Tribun Bali. bs minta data inflasi bali terbaru (okt 2026) & rata2 harga beras medium di jembrana? utk berita besok pagi. suwun

        Dikirim dari iPhone saya
        '''), name='Komang Wira Adnyana', inst='Tribun Bali', **F)

    C('f22-req-freelance-journalist-no-outlet', 'gmail', 'Rahel Simanjuntak', 'rahelsimanjuntak.writes@gmail.com',
      'Permintaan data nelayan lemuru', T('''
        Halo, selamat siang.

        Nama saya Rahel Simanjuntak, jurnalis lepas. Saya tidak mewakili media tertentu; tulisan saya nanti akan saya tawarkan ke beberapa media nasional. Saat ini saya sedang menyiapkan liputan panjang tentang menurunnya tangkapan ikan lemuru di Selat Bali dan dampaknya bagi buruh pabrik pengalengan di Pengambengan.

        Boleh saya minta:
        1. produksi ikan lemuru yang didaratkan di Jembrana per tahun, 2010-2025;
        2. jumlah tenaga kerja industri pengolahan ikan di Kecamatan Negara, tahun terbaru;
        3. persentase penduduk miskin Jembrana, 2015-2025?

        Terima kasih sebelumnya.

        Rahel
        '''), name='Rahel Simanjuntak', **F)

    C('f22-req-en-adb-project-consultant', 'outlook', 'Rajesh Nair', 'rajesh.nair@tirtarekayasa.co.id',
      'Data request - West Bali regional water supply feasibility study', T('''
        Dear Sir or Madam,

        My name is Rajesh Nair and I lead the water supply team of PT Tirta Rekayasa Konsultan, which is preparing a feasibility study for a regional drinking water scheme in western Bali for the provincial government, with financing from the Asian Development Bank.

        For the demand projections we would need the following for Jembrana Regency:
        1. population and households by kecamatan and desa, 2020-2025;
        2. population projections by kecamatan up to 2045;
        3. households by main source of drinking water, 2021-2025;
        4. average household size by kecamatan.

        We are happy to pay any applicable fees and to submit a formal letter if required.

        Best regards,

        Rajesh Nair, P.Eng.
        Team Leader, Water Supply
        PT Tirta Rekayasa Konsultan
        Jl. Raya Puputan No. 142, Renon, Denpasar
        '''), name='Rajesh Nair', inst='PT Tirta Rekayasa Konsultan', lang='en', **F)

    C('f22-req-freelance-designer-pribadi', 'gmail', 'Gita', 'gitaa.creates@gmail.com', 'minta data utk infografis', T('''
        halo kak, saya Gita, freelancer desain grafis. aku lagi bikin seri infografis "kenalan sama kabupaten di bali" buat portofolio & instagram, ini keperluan pribadi ya kak bukan dari perusahaan/instansi manapun.

        boleh minta data jembrana: jumlah penduduk, luas wilayah, jumlah desa, IPM, sama komoditas pertanian utama? tahun terbaru aja kak. nanti sumbernya aku cantumin BPS Kabupaten Jembrana kok 😊

        thank youu
        '''), name='Gita', **F)

    C('f22-req-foundation-lowercase-phone', 'plain', 'putu eka', 'ypapj.sekretariat@gmail.com', 'mohon data anak', T('''
        selamat sore bpk/ibu, sy putu eka dr yayasan peduli anak pesisir jembrana. kami mau buat program beasiswa anak nelayan, mohon dibantu data jumlah anak usia 7-18 thn per desa di kec negara sm angka putus sekolah jembrana thn terakhir. trims

        Dikirim dari ponsel saya
        '''), name='putu eka', inst='yayasan peduli anak pesisir jembrana', **F)

    C('f22-req-fishers-coop-form-yahoo', 'yahoo', 'abdul rahman', 'koperasiminabahari@yahoo.com', 'permohonan data', T('''
        Selamat siang, berikut permohonan data dari kami:

        Nama          : Abdul Rahman
        Jabatan       : Bendahara
        Instansi      : Koperasi Nelayan Mina Bahari Pengambengan
        No HP         : 0819-1650-xxxx
        Data diminta  : produksi ikan lemuru dan tongkol per bulan di Pengambengan 2024-2026, harga ikan di tingkat nelayan
        Keperluan     : rapat anggota tahunan dan pengajuan kredit modal ke bank

        Terima kasih.
        '''), name='Abdul Rahman', inst='Koperasi Nelayan Mina Bahari Pengambengan', **F)

    C('f22-req-consultant-writes-for-boss', 'gmail', 'Anindya Kusumawardani', 'anindya.k@ciptakaji.co.id',
      'Permohonan data sosial ekonomi untuk dokumen AMDAL', T('''
        Selamat siang Bapak/Ibu PST,

        Perkenalkan, saya Anindya Kusumawardani, junior associate di PT Cipta Kaji Nusantara, konsultan lingkungan di Surabaya. Atas permintaan atasan saya, Bapak Ir. Bonifasius Tukan, Project Director, kami mohon bantuan data untuk komponen sosial ekonomi dokumen AMDAL rencana pembangunan dermaga di Kecamatan Melaya:

        • jumlah dan kepadatan penduduk per desa di Kecamatan Melaya, 2021-2025
        • penduduk menurut mata pencaharian per desa
        • jumlah sarana pendidikan dan kesehatan per desa (Podes 2024)

        Kami siap mengirimkan surat resmi perusahaan bila dibutuhkan.

        Terima kasih banyak.

        Salam,
        Anindya
        '''), name='Anindya Kusumawardani', inst='PT Cipta Kaji Nusantara', **F)

    C('f22-req-farmer-form-instansi-umum', 'plain', 'Wayan Sudarsana', 'wayansudarsana71@gmail.com', 'PERMOHONAN DATA', T('''
        Nama : Wayan Sudarsana
        Instansi : umum
        Alamat : Br. Tibu Kleneng, Desa Yehembang
        Keperluan : mau tau harga kelapa butir & kakao di tingkat petani per bulan thn 2025-2026, buat patokan jual ke pengepul

        Terima kasih

        Dikirim dari ponsel saya
        '''), name='Wayan Sudarsana', **F)

    C('f22-req-need-only-in-subject-unmas', 'gmail', 'Rina Oktaviani', 'rinaoktaviani.unmas@gmail.com',
      'Data jumlah kunjungan wisatawan ke Kabupaten Jembrana 2020-2025', T('''
        Selamat pagi Bapak/Ibu,

        Saya Rina Oktaviani dari Universitas Mahasaraswati Denpasar. Mohon bantuannya sesuai judul email ini untuk bahan skripsi saya.

        Terima kasih.
        '''), name='Rina Oktaviani', inst='Universitas Mahasaraswati Denpasar', **F)

    C('f22-req-bank-branch-letter-attached', 'outlook', 'I Gusti Putu Ngurah Arimbawa', 'ngurah.arimbawa@bpdbali.co.id',
      'Surat Permohonan Data', T('''
        Yth. Bapak/Ibu Pimpinan BPS Kabupaten Jembrana,

        Dengan hormat, bersama ini kami sampaikan surat permohonan data dari PT Bank Pembangunan Daerah Bali Cabang Negara sebagaimana terlampir. Data tersebut akan kami gunakan untuk analisis potensi penyaluran kredit usaha rakyat tahun 2027.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        I Gusti Putu Ngurah Arimbawa
        Account Officer
        PT Bank Pembangunan Daerah Bali Cabang Negara

        Informasi dalam email ini bersifat rahasia dan hanya ditujukan untuk penerima yang dimaksud. Bank BPD Bali tidak pernah meminta PIN, password, atau kode OTP melalui email.
        '''), name='I Gusti Putu Ngurah Arimbawa', inst='PT Bank Pembangunan Daerah Bali Cabang Negara',
      attachments=[PDF('Srt_Permohonan_Data_BPD_Cab_Negara_0457.pdf')], **F)

    C('f22-req-en-australian-private-individual', 'gmail', 'Bronwyn Fletcher', 'bronwyn.fletcher62@bigpond.com',
      'Population figures for Pekutatan area', T('''
        Hi there,

        My name is Bronwyn Fletcher. I'm not with any company or organisation - this is purely a personal enquiry. My husband and I have been coming to Medewi for surfing holidays for twelve years and we are thinking of opening a small yoga and surf guesthouse there when we retire.

        Could you tell me the population and number of households in Desa Medewi and Desa Pulukan, and the number of foreign guests staying overnight in Jembrana each year since 2019?

        Thanks so much, terima kasih!
        Bronwyn
        '''), name='Bronwyn Fletcher', lang='en', **F)

    C('f22-req-en-unicef-officer', 'outlook', 'Putri Wulandari Siregar', 'pwsiregar@unicef.org',
      'Request for child-related indicators, Jembrana Regency', T('''
        Dear BPS Jembrana colleagues,

        I'm Putri Wulandari Siregar, Social Policy Officer with UNICEF Indonesia. We are supporting the Bali provincial government in preparing a child-sensitive budgeting pilot, and Jembrana has been selected as one of the two pilot regencies.

        Could you kindly share:
        - percentage of children under 5 with a birth certificate, 2021-2025;
        - percentage of women aged 20-24 married before 18, 2019-2025;
        - child poverty (children living in poor households), if available at regency level;
        - net enrolment rates for SD, SMP and SMA levels, 2021-2025.

        Many thanks for your kind support.

        Best regards,
        Putri
        '''), name='Putri Wulandari Siregar', inst='UNICEF Indonesia', lang='en', **F)

    C('f22-req-vague-opening-hours-iphone', 'iphone', 'dwik', 'dwikcahya@icloud.com', 'tny', T('''
        min mau tny dong bps jembrana buka jam brp ya? sabtu buka gak? mau dtg langsung

        Dikirim dari iPhone saya
        '''), req=False, **F)

    C('f22-req-vague-software-firm-asks-audience', 'outlook', 'Yohana Christina', 'yohana.christina@datacerdas.id',
      'Permohonan Audiensi - PT Data Cerdas Nusantara', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di tempat

        Dengan hormat,

        PT Data Cerdas Nusantara adalah perusahaan teknologi yang mengembangkan aplikasi pengumpulan data lapangan berbasis Android dan dasbor analitik untuk instansi pemerintah. Melalui surat ini kami memohon kesempatan untuk beraudiensi dengan Bapak/Ibu guna memperkenalkan solusi kami dan menjajaki peluang kerja sama.

        Kami dapat menyesuaikan waktu dan tempat sesuai kesediaan Bapak/Ibu.

        Hormat kami,

        Yohana Christina
        Business Development Manager
        PT Data Cerdas Nusantara
        '''), name='Yohana Christina', inst='PT Data Cerdas Nusantara', req=False, **F)

    C('f22-req-villa-owner-code-switch', 'gmail', 'Ketut Juliarta', 'ketut@medewisurfvillas.com', 'Data tamu mancanegara', T('''
        Hi tim BPS!

        Saya Ketut Juliarta, owner Medewi Surf Villas. Mau tanya, ada data jumlah tamu asing yang nginep di Jembrana per bulan ga, 2023 sampai sekarang? Plus TPK hotel non-bintang kalau ada. It's for our pricing strategy next high season, soalnya tahun ini occupancy kita drop banget pas Juli-Agustus.

        Thanks a lot, suksma!

        Ketut
        Medewi Surf Villas | Pekutatan, Jembrana
        '''), name='Ketut Juliarta', inst='Medewi Surf Villas', **F)

    C('f22-req-ride-hailing-driver-ponsel', 'plain', 'Eko Prasetyo', 'ekoprasetyo.ngr@gmail.com', 'tanya data kendaraan', T('''
        Selamat malam pak/bu, saya Eko Prasetyo, kerja sbg driver ojol di kota Negara. Saya lagi mikir buka usaha cuci motor kecil2an, jadi mau tau berapa jumlah kendaraan bermotor (motor) di kec. Negara sama kec. Jembrana thn 2025, sama jumlah penduduknya per kelurahan. Ini buat saya sendiri aja pak/bu. Terima kasih

        Dikirim dari ponsel saya
        '''), name='Eko Prasetyo', **F)

    C('f22-req-ngo-consultation-sampling', 'gmail', 'Bumi Lestari Bali', 'program@bumilestaribali.org',
      'Mohon konsultasi desain survei sampah rumah tangga', T('''
        Om Swastyastu Bapak/Ibu,

        Kami dari Perkumpulan Bumi Lestari Bali akan melaksanakan survei timbulan dan pengelolaan sampah rumah tangga di 6 desa pesisir Kabupaten Jembrana pada Februari 2027. Sebelum turun lapangan, kami ingin berkonsultasi dengan statistisi BPS tentang:

        1. cara menentukan jumlah sampel rumah tangga per desa supaya hasilnya bisa mewakili;
        2. apakah kami boleh memakai daftar rumah tangga hasil sensus sebagai kerangka sampel;
        3. definisi rumah tangga yang sebaiknya dipakai.

        Kami bisa datang ke kantor atau lewat Zoom, mana yang Bapak/Ibu lebih nyaman.

        Suksma,

        Dewa Ayu Putri Larasati
        Koordinator Program
        Perkumpulan Bumi Lestari Bali
        '''), name='Dewa Ayu Putri Larasati', inst='Perkumpulan Bumi Lestari Bali', **F)

    C('f22-req-desa-adat-bendesa-balinese', 'gmail', 'Ketut Sudiarta', 'ketutsudiarta.yehsumbul@gmail.com',
      'nunas data penduduk Desa Yeh Sumbul', T('''
        Om Swastyastu,

        Tiang I Ketut Sudiarta, Bendesa Desa Adat Yeh Sumbul, Kecamatan Mendoyo. Tiang nunas bantuan data jumlah penduduk miwah jumlah rumah tangga ring Desa Yeh Sumbul tahun 2025, taler jumlah penduduk manut agama. Data punika jagi anggen nyusun pararem indik peturunan krama tamiu.

        Yening wenten biaya, ngiring kabaosang.

        Suksma pisan.

        Om Santih, Santih, Santih Om
        '''), name='I Ketut Sudiarta', inst='Desa Adat Yeh Sumbul', **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f22-reply-identity-after-ask-android-chat', 'gmail', 'desak utami', 'desakutami.sri@gmail.com', 'Re: ' + SUBJ_ASK % 2201, T('''
        maaf min baru bls 🙏 nama sy Desak Made Sri Utami, dr Universitas Udayana fakultas ekonomi. tks
        ''') + '\n\n' + aq(ASK), kind='reply', name='Desak Made Sri Utami', inst='Universitas Udayana', req=False,
      ticket='PST-2026-02201', **rp(2201), **F)

    C('f22-reply-outlook-thanks-bank-signature', 'outlook', 'I Gusti Putu Ngurah Arimbawa', 'ngurah.arimbawa@bpdbali.co.id',
      'RE: ' + SUBJ_DATA % 2202, T('''
        Selamat siang,

        Terima kasih, data sudah kami terima lengkap dan sudah kami teruskan ke tim analisis kredit.

        Hormat kami,
        Ngurah Arimbawa
        Account Officer | BPD Bali Cabang Negara
        '''), kind='reply', name='Ngurah Arimbawa', inst='BPD Bali Cabang Negara', req=False, ticket='PST-2026-02202',
      quote=oq(DELIV_ID % 2202, 'I Gusti Putu Ngurah Arimbawa <ngurah.arimbawa@bpdbali.co.id>', SUBJ_DATA % 2202, 'id'),
      **rp(2202), **F)

    C('f22-reply-iphone-adds-need-no-name', 'iphone', 'Wa Ode Nurhaliza', 'waodenurhaliza27@gmail.com', 'Re: ' + SUBJ_ACK % 2203, T('''
        kak skalian boleh minta data jumlah penduduk miskin per kecamatan jg ga? 2020-2025 kalo ada. mksh kak

        Dikirim dari iPhone saya
        '''), kind='reply', req=True, ticket='PST-2026-02203',
      quote=iq(ACK % (2203, 'Wa Ode Nurhaliza', 'IAIN Kendari',
                      'Wisatawan menginap 2019-2025; hotel dan restoran per kecamatan; penduduk muslim per kecamatan')),
      **rp(2203), **F)

    C('f22-reply-en-definition-question-aarhus', 'gmail', 'Mette Kjærgaard Holm', 'mkh@cas.au.dk', 'Re: ' + SUBJ_DATA % 2204, T('''
        Dear PST team,

        Thank you very much for the tables - they are exactly what I hoped for. One question: in the table of population by religion per desa, is religion recorded for each person, or is the whole household counted under the religion of the household head? And does the 2010 census use the same desa boundaries as 2020 (I believe one desa in Melaya was split)?

        With kind regards,
        Mette
        '''), kind='reply', name='Mette', req=True, lang='en', ticket='PST-2026-02204',
      quote=gq(DELIV_EN % 2204), **rp(2204), **F)

    C('f22-reply-thunderbird-bottom-thanks', 'thunderbird', 'Yohanes Dwi Cahyono', 'yohanes.cahyono@menlhk.go.id',
      'Re: ' + SUBJ_DATA % 2205, tq(DELIV_ID % 2205) + '\n\n' + T('''
        Terima kasih banyak, data Podes per desa sudah kami terima dan sangat membantu pemutakhiran kami.

        Salam lestari,
        Yohanes D. Cahyono
        '''), kind='reply', name='Yohanes D. Cahyono', req=False, ticket='PST-2026-02205', **rp(2205), **F)

    C('f22-reply-new-mail-cover-letter-ticket-subject', 'gmail', 'komang tri', 'komangtriardiana02@gmail.com',
      'surat pengantar utk tiket PST-2026-02206', T('''
        selamat siang pak bu, sesuai permintaan petugas berikut sy lampirkan surat pengantar dr prodi utk permohonan data sy (tiket PST-2026-02206). terima kasih

        komang tri ardiana
        '''), kind='reply', name='komang tri ardiana', req=False, ticket='PST-2026-02206',
      attachments=[PDF('surat pengantar prodi geografi - komang tri.pdf')], **F)

    C('f22-reply-colleague-takes-over-outlook', 'outlook', 'Gede Surya Permana', 'suryapermana.distanpan@jembranakab.go.id',
      'RE: ' + SUBJ_ACK % 2207, T('''
        Selamat siang Bapak/Ibu,

        Ibu Ni Komang Sri Wahyuni sedang mengikuti diklat sampai pertengahan Desember, sehingga komunikasi terkait permohonan ini saya lanjutkan. Mohon data nantinya dikirim juga ke alamat email saya ini.

        Terima kasih.

        Salam,
        Gede Surya Permana
        Dinas Pertanian dan Pangan Kabupaten Jembrana
        '''), kind='reply', name='Gede Surya Permana', inst='Dinas Pertanian dan Pangan Kabupaten Jembrana', req=False,
      ticket='PST-2026-02207',
      quote=oq(ACK % (2207, 'Ni Komang Sri Wahyuni', 'Dinas Pertanian dan Pangan Kabupaten Jembrana',
                      'Produksi perikanan tangkap; rumah tangga perikanan tangkap; nilai tukar nelayan'),
               'Ni Komang Sri Wahyuni <sriwahyuni.distanpan@jembranakab.go.id>', SUBJ_ACK % 2207, 'id'),
      **rp(2207), **F)

    C('f22-reply-samsung-ok-received', 'plain', 'eko p', 'ekoprasetyo.ngr@gmail.com', 'Re: ' + SUBJ_DATA % 2208, T('''
        ok sdh diterima, tks

        Dikirim dari ponsel Samsung Galaxy saya
        ''') + sq(DELIV_ID % 2208, SUBJ_DATA % 2208), kind='reply', req=False, ticket='PST-2026-02208',
      **rp(2208), **F)

    C('f22-reply-yahoo-corrects-institution', 'yahoo', 'ayu lestari', 'ayulestari.ngr@yahoo.com', 'Re: ' + SUBJ_ACK % 2209, T('''
        Selamat siang, mohon maaf di tanda terima tertulis instansi saya Universitas Udayana, yang benar Universitas Pendidikan Nasional. Mohon diperbaiki karena nanti surat balasannya saya lampirkan di skripsi.
        Terima kasih.
        Ayu Lestari
        '''), kind='reply', name='Ayu Lestari', inst='Universitas Pendidikan Nasional', req=False, ticket='PST-2026-02209',
      quote=yq(ACK % (2209, 'Ayu Lestari', 'Universitas Udayana', 'Penduduk bekerja menurut status pekerjaan 2021-2025')),
      **rp(2209), **F)

    C('f22-reply-outlook-form-identity-camat', 'outlook', 'Kantor Camat Pekutatan', 'camatpekutatan@jembranakab.go.id',
      'RE: ' + SUBJ_ASK % 2210, T('''
        Selamat pagi, berikut kami lengkapi identitas pemohon:

        Nama     : Ni Kadek Sumiati
        Jabatan  : Kasi Pemerintahan
        Instansi : Kantor Camat Pekutatan
        No. HP   : 0877-6120-xxxx

        Terima kasih.
        '''), kind='reply', name='Ni Kadek Sumiati', inst='Kantor Camat Pekutatan', req=False, ticket='PST-2026-02210',
      quote=oq(ASK, 'Kantor Camat Pekutatan <camatpekutatan@jembranakab.go.id>', SUBJ_ASK % 2210, 'id'), **rp(2210), **F)

    C('f22-reply-gmail-status-question-chat', 'gmail', 'ayu wulan', 'ayuwulantari0412@gmail.com', 'Re: ' + SUBJ_ACK % 2211, T('''
        pak/bu mohon maaf mau nanya, data sy sdh diproses blm ya? mau dipake minggu dpn buat seminar proposal 🙏

        ayu
        ''') + '\n\n' + gq(ACK % (2211, 'Ni Kadek Ayu Wulantari', 'Poltekkes Kemenkes Denpasar',
                                   'Jumlah balita per kecamatan 2023-2024'), 'id'),
      kind='reply', name='ayu', req=False, ticket='PST-2026-02211', **rp(2211), **F)

    C('f22-reply-en-iphone-got-it-no-name', 'iphone', 'Bronwyn', 'bronwyn.fletcher62@bigpond.com', 'Re: ' + SUBJ_DATA % 2212, T('''
        Got it, thank you so much! This is exactly what we needed.

        Sent from my iPhone
        '''), kind='reply', req=False, lang='en', ticket='PST-2026-02212', quote=iq(DELIV_EN % 2212, 'en'),
      **rp(2212), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f22-rating-chat-kasih-empat', 'gmail', 'desak utami', 'desakutami.sri@gmail.com', 'Re: ' + SUBJ_RATE % 2221, T('''
        sy kasih 4 ya min, datanya lengkap cm nunggunya agak lama hehe
        ''') + '\n\n' + aq(RATE_ID % 2221), kind='rating', rating=4, req=False, ticket='PST-2026-02221',
      **rp(2221), **F)

    C('f22-rating-lima-words-yahoo-teacher', 'yahoo', 'made suartini', 'madesuartini.smkn1@yahoo.co.id', 'Re: ' + SUBJ_RATE % 2222, T('''
        Lima. Sangat puas, petugasnya ramah dan datanya langsung bisa dipakai anak-anak.
        Salam,
        Made Suartini
        SMK Negeri 1 Negara
        '''), kind='rating', rating=5, name='Made Suartini', inst='SMK Negeri 1 Negara', req=False,
      ticket='PST-2026-02222', quote=yq(RATE_ID % 2222), **rp(2222), **F)

    C('f22-rating-en-three-in-words', 'outlook', 'Rajesh Nair', 'rajesh.nair@tirtarekayasa.co.id', 'RE: ' + SUBJ_RATE % 2223, T('''
        Hello,

        I would rate the service a three. The staff were helpful, but the projections came as a scanned PDF and two of the 51 desa were missing, so we lost about a week.

        Regards,
        Rajesh Nair
        PT Tirta Rekayasa Konsultan
        '''), kind='rating', rating=3, name='Rajesh Nair', inst='PT Tirta Rekayasa Konsultan', req=False, lang='en',
      ticket='PST-2026-02223',
      quote=oq(RATE_EN % 2223, 'Rajesh Nair <rajesh.nair@tirtarekayasa.co.id>', SUBJ_RATE % 2223), **rp(2223), **F)

    C('f22-rating-formal-five-kpu', 'gmail', 'Ayu Marhaeni', 'ayumarhaeni.kpujbr@gmail.com', 'Re: ' + SUBJ_RATE % 2224, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Penilaian kami atas layanan ini: 5 (sangat puas). Data diterima lengkap dalam dua hari kerja dan disertai catatan metodologi yang jelas.

        Hormat kami,
        Ni Putu Ayu Marhaeni
        KPU Kabupaten Jembrana
        ''') + '\n\n' + gq(RATE_ID % 2224, 'id'), kind='rating', rating=5, name='Ni Putu Ayu Marhaeni',
      inst='KPU Kabupaten Jembrana', req=False, ticket='PST-2026-02224', **rp(2224), **F)

    C('f22-rating-dua-kurang-puas-coop-yahoo', 'yahoo', 'abdul rahman', 'koperasiminabahari@yahoo.com', 'Re: ' + SUBJ_RATE % 2225, T('''
        Nilai 2. Kurang puas karena data harga ikan di tingkat nelayan yang kami minta tidak ada, dan kami diarahkan ke dinas tanpa nomor kontak.
        Abdul Rahman
        Koperasi Nelayan Mina Bahari Pengambengan
        '''), kind='rating', rating=2, name='Abdul Rahman', inst='Koperasi Nelayan Mina Bahari Pengambengan', req=False,
      ticket='PST-2026-02225', quote=yq(RATE_ID % 2225), **rp(2225), **F)

    C('f22-rating-new-mail-bintang-four-dates', 'gmail', 'Ketut Juliarta', 'ketut@medewisurfvillas.com',
      'Penilaian layanan PST-2026-02226', T('''
        Selamat sore,

        Untuk layanan data tanggal 18 November kemarin (2 tabel, dikirim 20 November), saya beri bintang 4 dari 5. Cepat, cuma sayang data TPK hotel non-bintang belum ada per kecamatan.

        Suksma,
        Ketut Juliarta
        Medewi Surf Villas
        '''), kind='rating', rating=4, name='Ketut Juliarta', inst='Medewi Surf Villas', req=False,
      ticket='PST-2026-02226', **F)

    C('f22-rating-iphone-five-emoji-no-name', 'iphone', 'Yoga', 'yogapratama.wrm@icloud.com', 'Re: ' + SUBJ_RATE % 2227, T('''
        5 ⭐ mantap kak makasih

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-02227', quote=iq(RATE_ID % 2227), **rp(2227), **F)

    C('f22-rating-satu-angry-journalist', 'gmail', 'Rahel Simanjuntak', 'rahelsimanjuntak.writes@gmail.com',
      'Re: ' + SUBJ_RATE % 2228, T('''
        Sangat tidak puas. Nilai saya 1.

        Saya diminta melengkapi identitas sampai 3 kali padahal sudah saya tulis di email pertama, dan data produksi lemuru yang dikirim hanya sampai 2022.

        Rahel
        ''') + '\n\n' + gq(RATE_ID % 2228, 'id'), kind='rating', rating=1, name='Rahel', req=False,
      ticket='PST-2026-02228', **rp(2228), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f22-complaint-chat-no-data-two-weeks', 'gmail', 'Gede Ari', 'gedeari.wm@gmail.com', 'Re: ' + SUBJ_ACK % 2231, T('''
        min udh 2 minggu lebih kok data sy blm dikirim jg ya, katanya max 3 hari kerja. sy udh telp kantor 2x gak diangkat. tolong dong min sy dikejar deadline bimbingan 😩
        ''') + '\n\n' + aq(ACK % (2231, 'I Gede Ari Sanjaya', 'STIKES Wira Medika Bali',
                                   'Penduduk lansia per desa Kecamatan Mendoyo 2025')),
      kind='complaint', req=False, ticket='PST-2026-02231', **rp(2231), **F)

    C('f22-complaint-formal-objection-village-poverty', 'outlook', 'Pemdes Pohsanten', 'pemdespohsanten@gmail.com',
      'Keberatan atas Data Kemiskinan Desa Pohsanten', T('''
        Nomor    : 400.9/87/PHS/XI/2026
        Lampiran : -
        Perihal  : Keberatan atas data

        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,

        Kami, Pemerintah Desa Pohsanten, Kecamatan Mendoyo, menyampaikan keberatan atas angka rumah tangga miskin Desa Pohsanten yang dipaparkan pada rapat koordinasi penanggulangan kemiskinan di kantor bupati tanggal 12 November 2026. Angka tersebut jauh lebih tinggi dari hasil verifikasi kami bersama kelian banjar dinas, dan telah menimbulkan pertanyaan dari warga serta BPD.

        Kami mohon agar hal ini menjadi perhatian dan kami diberi kesempatan menyampaikan hasil verifikasi lapangan kami.

        Demikian kami sampaikan.

        Perbekel Pohsanten,

        I Nyoman Gede Suparta
        '''), kind='complaint', name='I Nyoman Gede Suparta', inst='Pemerintah Desa Pohsanten', req=False, **F)

    C('f22-complaint-en-permit-demanded-for-publication', 'gmail', 'Bronwyn Fletcher', 'bronwyn.fletcher62@bigpond.com',
      'Complaint about my visit to your office', T('''
        Hello,

        I want to make a complaint about my visit to your office in Negara last Tuesday. I only wanted to buy a printed copy of "Kabupaten Jembrana Dalam Angka", which I understood to be a public publication, but the person at the front desk told me that as a foreigner I needed a research permit from the Kesbangpol office first. I later found the whole book free on your website.

        I was made to feel like I was doing something wrong, and I wasted half a day. I hope your staff can be given clearer guidance.

        Bronwyn Fletcher
        '''), kind='complaint', name='Bronwyn Fletcher', req=False, lang='en', **F)

    C('f22-complaint-anon-phone-whatsapp-unanswered', 'gmail', 'Warga Melaya', 'wargamelaya.jbr@gmail.com', 'pelayanan', T('''
        telpon kantor bps jembrana dr kemarin gak pernah diangkat, wa yg di website jg cuma centang satu. trus gmn warga mau tanya?? tolong diperbaiki pelayanannya, jgn cuma pasang nomor doang
        '''), kind='complaint', req=False, **F)

    C('f22-complaint-enumerator-shouted-plain', 'plain', 'Sri Astuti', 'luhsriastuti.pst@gmail.com', 'keluhan petugas survei', T('''
        Selamat siang Bapak/Ibu.

        Saya Ni Luh Sri Astuti, warga Banjar Pasatan, Desa Poh Santen. Kemarin sore ada petugas survei BPS datang ke rumah, waktu saya bilang suami sedang di sawah dan saya tidak tahu penghasilannya, petugasnya bicara dengan suara keras dan bilang saya tidak mau bekerja sama. Anak saya sampai menangis. Saya bukan menolak, saya memang tidak tahu.

        Mohon petugasnya diberi teguran. Terima kasih.

        Dikirim dari ponsel saya
        '''), kind='complaint', name='Ni Luh Sri Astuti', req=False, **F)

    C('f22-suggestion-qris-payment-cv', 'gmail', 'Hendra Wijaya', 'hendra.sumberrejeki@gmail.com', 'Saran pembayaran data', T('''
        Selamat siang,

        Saran saja untuk PST: pembayaran PNBP untuk data tabulasi khusus sebaiknya bisa memakai QRIS atau virtual account yang langsung muncul di email. Kemarin saya harus ke bank dua kali karena kode billing kedaluwarsa sebelum saya sempat membayar, padahal kantor saya di Melaya cukup jauh dari bank persepsi.

        Terima kasih.

        Hendra Wijaya
        CV Sumber Rejeki Melaya
        '''), kind='complaint', name='Hendra Wijaya', inst='CV Sumber Rejeki Melaya', req=False, **F)

    C('f22-complaint-outlook-wrong-regency-file', 'outlook', 'Kadek Dwi Antara', 'dwiantara.setwan@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 2237, T('''
        Selamat siang,

        Mohon maaf, file yang dikirimkan berisi data harga gabah Kabupaten Tabanan, bukan Jembrana. Bahan tersebut sudah terlanjur kami bagikan kepada anggota Komisi II sebelum rapat, sehingga kami harus menarik kembali dan menjelaskan kekeliruan ini. Kami sangat kecewa dan berharap kejadian seperti ini tidak terulang.

        Salam,
        Kadek Dwi Antara
        Sekretariat DPRD Kabupaten Jembrana
        '''), kind='complaint', name='Kadek Dwi Antara', inst='Sekretariat DPRD Kabupaten Jembrana', req=False,
      ticket='PST-2026-02237',
      quote=oq(DELIV_ID % 2237, 'Kadek Dwi Antara <dwiantara.setwan@jembranakab.go.id>', SUBJ_DATA % 2237, 'id'),
      **rp(2237), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f22-ooo-outlook-id-galungan-leave-headers', 'outlook', 'Ni Putu Ayu Marhaeni', 'ayumarhaeni.kpujbr@gmail.com',
      'Balasan Otomatis: ' + SUBJ_DATA % 2241, T('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. Saya sedang cuti hari raya Galungan dan Kuningan sampai dengan 7 Desember 2026. Email akan saya balas setelah kembali bertugas. Untuk keperluan mendesak silakan menghubungi Sekretariat KPU Kabupaten Jembrana.

        Salam,
        Ayu Marhaeni
        '''), kind='auto_reply', req=False, ticket='PST-2026-02241',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2241), **F)

    C('f22-ooo-en-xautoreply-field-mission', 'gmail', 'Putri Wulandari Siregar', 'pwsiregar@unicef.org',
      'Out of Office: ' + SUBJ_ACK % 2242, T('''
        Thank you for your message. I am on a field mission in East Nusa Tenggara until 4 December with intermittent connectivity. For urgent matters please contact the Bali office at bali.office@unicef.org.

        Putri
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02242',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(2242), **F)

    C('f22-ooo-campus-helpdesk-own-ticket-number', 'gmail', 'Helpdesk Undhira', 'helpdesk@undhirabali.ac.id',
      'Re: ' + SUBJ_DATA % 2243, T('''
        Yth. Pengirim,

        Email Anda telah diterima oleh Layanan Helpdesk Universitas Dhyana Pura dengan nomor tiket HD-2026-11873. Petugas kami akan menindaklanjuti pada jam kerja (Senin-Jumat, 08.00-16.00 WITA).

        Email ini dikirim secara otomatis. Mohon tidak membalas email ini.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02243',
      extra=[('Auto-Submitted', 'auto-generated')], **rp(2243), **F)

    C('f22-ooo-plain-e-office-receipt-own-subject', 'plain', 'Tata Naskah Dinas Dikes', 'dikes@jembranakab.go.id',
      'Tanda Terima Otomatis - ' + SUBJ_DATA % 2244, T('''
        Tanda Terima Surat Elektronik

        Surat elektronik Saudara telah diterima oleh sistem tata naskah dinas elektronik Dinas Kesehatan Kabupaten Jembrana dan dicatat dengan nomor agenda 1287/IN/XI/2026. Surat akan diteruskan kepada unit pengolah sesuai disposisi pimpinan.

        Pesan ini dibuat otomatis oleh sistem. Jangan membalas pesan ini.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02244',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')], **rp(2244), **F)

    C('f22-ooo-yahoo-umrah-no-headers', 'yahoo', 'Ahmad Fauzi', 'ahmadfauzi.pangara@yahoo.com', 'Re: ' + SUBJ_ACK % 2245, T('''
        Assalamu'alaikum. Terima kasih atas emailnya. Saya sedang menunaikan ibadah umrah sampai 10 Desember 2026 dan belum bisa membalas email. Mohon doanya. Wassalamu'alaikum.

        (pesan balasan otomatis)
        '''), kind='auto_reply', req=False, ticket='PST-2026-02245', **rp(2245), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f22-dsn-postfix-user-unknown-typo', dict(
        recipient='ayuwulantari0412@gmial.com', original_message_id=OUR(2251, 'c7d2a9e1'),
        orig_subject=SUBJ_ACK % 2251, status='5.1.1'), 'PST-2026-02251', **F)

    D('f22-dsn-gmail-style-address-not-found', dict(
        recipient='komangwira.tb@gmail.com', original_message_id=OUR(2252, 'c7d2a9e1'),
        orig_subject=SUBJ_DATA % 2252, status='5.1.1', mta='googlemail.com',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ("** Address not found **\n\n"
                    "Your message wasn't delivered to komangwira.tb@gmail.com because the address couldn't be "
                    "found, or is unable to receive mail.\n\n"
                    "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                    "The response was:\n\n"
                    "The email account that you tried to reach does not exist. Please try double-checking the "
                    "recipient's email address for typos or unnecessary spaces.")}),
      'PST-2026-02252', **F)

    D('f22-dsn-exim-delayed-warning', dict(
        recipient='ketutsudiarta@desaadatyehsumbul.id', original_message_id=OUR(2253, 'c7d2a9e1'),
        orig_subject=SUBJ_RATE % 2253, status='4.4.1', action='delayed',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mx.bps.go.id>',
           'subject': 'Warning: message 1vQx7a-0004Zk-2P delayed 24 hours',
           'text': ('This message was created automatically by mail delivery software.\n'
                    'A message that you sent has not yet been delivered to one or more of its\n'
                    'recipients after more than 24 hours on the queue on mx.bps.go.id.\n\n'
                    'The message identifier is:     1vQx7a-0004Zk-2P\n'
                    'The subject of the message is: ' + SUBJ_RATE % 2253 + '\n\n'
                    'The address to which the message has not yet been delivered is:\n\n'
                    '  ketutsudiarta@desaadatyehsumbul.id\n'
                    '    Delay reason: SMTP error from remote mail server after initial connection:\n'
                    '    Connection timed out\n\n'
                    'No action is required on your part. Delivery attempts will continue for\n'
                    'some time, and this warning may be repeated at intervals if the message\n'
                    'remains undelivered. Eventually the mail delivery software will give up,\n'
                    'and when that happens, the message will be returned to you.')}),
      'PST-2026-02253', **F)
