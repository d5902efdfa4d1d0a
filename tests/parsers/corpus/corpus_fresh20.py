# corpus_fresh20.py: a twentieth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh20"; tickets PST-2026-020xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh20')

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
            return 'Pada 25 Nov 2026, pukul 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 14:37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/2026 14.37, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def sq(text, subject):
        """Quote as the Samsung Email app writes it: a header block, the original not prefixed."""
        return ('\n-------- Pesan asli --------\nDari : PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Tanggal : 25/11/26 14.37 (GMT+08:00)\nKe : \nSubjek : %s\n\n%s' % (subject, text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '5c0d2e71'), references=[OUR(n, '5c0d2e71')])

    # ================================================================================================
    # New requests: students and academics, Indonesia
    # ================================================================================================
    C('f20-req-unand-minang-master-rice-conversion', 'gmail', 'Rahmi Yulia Putri', 'rahmiyuliaputri.unand@gmail.com',
      'Permohonan Data Alih Fungsi Lahan Sawah untuk Tesis', T('''
        Assalamualaikum wr. wb.

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Dengan hormat, perkenalkan saya Rahmi Yulia Putri, mahasiswi Program Magister Ilmu Ekonomi, Fakultas Ekonomi dan Bisnis Universitas Andalas, Padang. Tesis saya membandingkan laju alih fungsi lahan sawah di dua daerah yang sama-sama kuat adatnya namun berbeda tekanan pariwisatanya, yaitu Kabupaten Tanah Datar (Sumatera Barat) dan Kabupaten Jembrana.

        Sehubungan dengan itu, saya mohon bantuan data Kabupaten Jembrana berikut:
        1. luas lahan sawah menurut kecamatan, 2015-2025;
        2. jumlah rumah tangga usaha pertanian subsektor tanaman pangan hasil ST2013 dan ST2023;
        3. PDRB lapangan usaha pertanian, kehutanan dan perikanan ADHK 2010, tahun 2015-2025.

        Data dalam format Excel akan sangat memudahkan pengolahan. Bila diperlukan surat pengantar dari program studi, akan segera saya kirimkan.

        Atas perhatian dan bantuan Bapak/Ibu, saya ucapkan terima kasih.

        Wassalamualaikum wr. wb.

        Hormat saya,
        Rahmi Yulia Putri
        NIM 2420xxxxxx
        HP/WA 0852-6311-xxxx
        '''), name='Rahmi Yulia Putri', inst='Universitas Andalas', **F)

    C('f20-req-undiksha-lowercase-chat-iphone', 'iphone', 'mirah', 'mirahayuningsih@icloud.com', 'nanya data kak', T('''
        halo kak 👋 aku ni komang mirah ayuningsih dr undiksha, prodi pend. ekonomi smt 6
        mau nanya kak, ada data rata2 pengeluaran perkapita per kecamatan di jembrana ga? kalo ada minta yg thn 2022-2025 yaa, buat tugas statistika ekonomi. kalo adanya cuma level kabupaten gpp kak
        makasi bnyk 🙏🙏

        Dikirim dari iPhone saya
        '''), name='ni komang mirah ayuningsih', inst='undiksha', **F)

    C('f20-req-ipb-lecturer-docx-form-signature-only', 'outlook', 'Rokhmat Hidayat', 'rokhmat.hidayat@apps.ipb.ac.id',
      'Formulir permintaan data - penelitian mangrove Perancak', T('''
        Yth. Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Bersama email ini saya kirimkan formulir permintaan data yang telah saya isi lengkap (terlampir). Data tersebut akan kami gunakan dalam penelitian valuasi ekonomi ekosistem mangrove dan perikanan pesisir di Desa Perancak dan Desa Budeng.

        Mohon kiranya dapat dibantu. Terima kasih atas kerja samanya.

        Salam,

        Dr. Ir. Rokhmat Hidayat, M.Sc.
        Departemen Ekonomi Sumberdaya dan Lingkungan
        Fakultas Ekonomi dan Manajemen
        IPB University
        Jl. Agatis, Kampus IPB Dramaga, Bogor 16680
        '''), name='Dr. Ir. Rokhmat Hidayat', inst='IPB University',
      attachments=[DOCX('Formulir_Permintaan_Data_PST_Rokhmat_Hidayat.docx')], **F)

    C('f20-req-rizal-name-only-no-campus-iphone', 'iphone', 'Rizal', 'rizal.agb19@gmail.com', 'Data produksi kelapa', T('''
        Selamat malam pak/bu, saya Rizal mahasiswa semester 7 jurusan agribisnis. Mau minta data luas areal dan produksi kelapa dalam per kecamatan di Jembrana tahun 2020-2025 utk skripsi saya. Terima kasih banyak pak/bu.

        Dikirim dari iPhone saya
        '''), name='Rizal', **F)

    C('f20-req-vague-unud-student-wants-to-come', 'gmail', 'Bayu Wiratama', 'bayuwiratama.feb@student.unud.ac.id',
      'Izin konsultasi data skripsi', T('''
        Om Swastyastu Bapak/Ibu,

        Saya I Gede Bayu Wiratama, mahasiswa Fakultas Ekonomi dan Bisnis Universitas Udayana. Saya ingin berkonsultasi mengenai data untuk skripsi, namun judulnya masih saya diskusikan dengan dosen pembimbing. Kapan kira-kira saya bisa datang ke kantor BPS Jembrana, dan apakah perlu membuat janji terlebih dahulu?

        Suksma.

        Bayu
        '''), name='I Gede Bayu Wiratama', inst='Universitas Udayana', req=False, **F)

    C('f20-req-pnb-lecturer-thunderbird-signature-name', 'thunderbird', 'Putu Sukarata', 'putusukarata@pnb.ac.id',
      'Permohonan data tenaga kerja sektor pariwisata Jembrana', T('''
        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Dengan hormat, saya dosen pada Jurusan Pariwisata yang saat ini bersama dua rekan sedang menyiapkan penelitian terapan tentang kesiapan tenaga kerja lokal menghadapi pengembangan kawasan wisata Bali Barat. Untuk itu kami memohon data Kabupaten Jembrana berikut:

        1. jumlah penduduk bekerja di lapangan usaha penyediaan akomodasi dan makan minum, 2019-2025;
        2. jumlah usaha akomodasi dan jumlah kamar menurut kecamatan, 2019-2025;
        3. rata-rata upah/gaji buruh di lapangan usaha tersebut, bila tersedia.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Hormat kami,

        I Putu Gede Sukarata, S.ST.Par., M.Par.
        Dosen Jurusan Pariwisata
        Politeknik Negeri Bali
        Kampus Bukit Jimbaran, Kuta Selatan, Badung
        '''), name='I Putu Gede Sukarata', inst='Politeknik Negeri Bali', wrap=72, **F)

    C('f20-req-uinsa-halal-tourism-formal', 'gmail', 'Siti Nur Halimah', 'sitinurhalimah.uinsa@gmail.com',
      'Permohonan Data Penelitian Skripsi - Pariwisata Halal', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Kepada Yth.
        Bapak/Ibu Pengelola Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana

        Dengan hormat,
        Saya yang bertanda tangan di bawah ini, Siti Nur Halimah, mahasiswi Program Studi Ekonomi Syariah, Fakultas Ekonomi dan Bisnis Islam, UIN Sunan Ampel Surabaya, sedang menyusun skripsi berjudul "Potensi Pengembangan Wisata Ramah Muslim di Kampung Loloan, Kabupaten Jembrana".

        Dengan ini saya memohon data:
        1. jumlah penduduk menurut agama per kelurahan di Kecamatan Negara, tahun terbaru;
        2. jumlah rumah makan/restoran per kecamatan;
        3. jumlah kunjungan wisatawan domestik ke Kabupaten Jembrana, 2022-2025.

        Demikian permohonan ini saya sampaikan. Jazakumullah khairan katsiran.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Hormat saya,
        Siti Nur Halimah
        NIM 08040322xxx
        '''), name='Siti Nur Halimah', inst='UIN Sunan Ampel Surabaya', **F)

    C('f20-req-itekes-nursing-lecturer-ns-outlook', 'outlook', 'Putu Ayu Sriasih', 'ayusriasih@itekes-bali.ac.id',
      'Permohonan data lansia untuk pengabdian masyarakat', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan, saya Ns. Putu Ayu Sriasih, S.Kep., M.Kep., dosen Program Studi Keperawatan di Institut Teknologi dan Kesehatan (ITEKES) Bali. Pada semester genap nanti kami akan melaksanakan program pengabdian masyarakat "Lansia Mandiri" di Kecamatan Mendoyo dan Kecamatan Pekutatan.

        Untuk menentukan desa sasaran, kami memerlukan data:
        - jumlah penduduk lanjut usia (60 tahun ke atas) per desa di kedua kecamatan tersebut;
        - persentase lansia yang tinggal sendiri di Kabupaten Jembrana;
        - angka kesakitan lansia, 2023-2025.

        Terima kasih atas perhatian dan bantuannya.

        Salam sehat,
        Ns. Putu Ayu Sriasih, S.Kep., M.Kep.
        '''), name='Ns. Putu Ayu Sriasih', inst='Institut Teknologi dan Kesehatan (ITEKES) Bali', **F)

    C('f20-req-smp-pupil-chat-hearts', 'gmail', 'kadek ayu', 'kadekayuprameswari10@gmail.com', 'tugas ips', T('''
        halo kak BPS 😊 aku Kadek Ayu Prameswari kelas 8C SMPN 3 Mendoyo. disuruh bu guru IPS cari data jumlah petani sama nelayan di kecamatan mendoyo. boleh minta datanya kak? makasih kak 💕💕
        '''), name='Kadek Ayu Prameswari', inst='SMPN 3 Mendoyo', **F)

    C('f20-req-html-only-sma-geography-teacher', 'html_only', 'Sri Wahyuni', 'nyomansriwahyuni.geo@gmail.com',
      'Data kependudukan untuk pembelajaran geografi', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu di BPS Kabupaten Jembrana,

        Saya Ni Nyoman Sri Wahyuni, guru Geografi di SMA Negeri 2 Negara. Bulan depan siswa kelas XI akan belajar materi dinamika kependudukan, dan saya ingin mereka berlatih memakai data daerah sendiri, bukan contoh dari buku.

        Bolehkah saya meminta data tahun 2025 berikut:
        - jumlah penduduk menurut kecamatan dan jenis kelamin;
        - luas wilayah dan kepadatan penduduk per kecamatan;
        - jumlah penduduk menurut kelompok umur lima tahunan (untuk membuat piramida penduduk).

        Suksma atas bantuannya.

        Salam,
        Sri Wahyuni
        '''), name='Ni Nyoman Sri Wahyuni', inst='SMA Negeri 2 Negara', **F)

    C('f20-req-sd-headmaster-need-in-attached-letter', 'outlook', 'SD Negeri 4 Gilimanuk', 'sdn4gilimanuk@gmail.com',
      'Surat Permohonan Data', T('''
        Om Swastyastu,

        Dengan hormat, bersama ini kami sampaikan surat permohonan data dari sekolah kami sebagaimana terlampir. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Kepala SD Negeri 4 Gilimanuk,
        Drs. I Ketut Sandiyasa
        '''), name='Drs. I Ketut Sandiyasa', inst='SD Negeri 4 Gilimanuk',
      attachments=[PDF('Surat Permohonan Data SDN 4 Gilimanuk No 421.2-077-2026.pdf')], **F)

    C('f20-req-mtsn-admin-no-person', 'gmail', 'Admin MTsN Jembrana', 'mtsnjembrana.admin@gmail.com',
      'Mohon data anak usia SMP', T('''
        Assalamualaikum wr. wb.

        Dengan hormat, kami dari Madrasah Tsanawiyah Negeri Jembrana memohon bantuan data jumlah anak usia 13-15 tahun per desa/kelurahan di Kecamatan Negara dan Kecamatan Melaya tahun 2025, untuk pemetaan calon peserta didik baru tahun pelajaran 2027/2028.

        Terima kasih.

        Wassalamualaikum wr. wb.

        Admin MTsN Jembrana
        '''), inst='Madrasah Tsanawiyah Negeri Jembrana', **F)

    # ================================================================================================
    # New requests: students and academics from abroad
    # ================================================================================================
    C('f20-req-en-leiden-loloan-religion', 'gmail', 'Marieke van den Berg', 'm.van.den.berg@hum.leidenuniv.nl',
      'Data request: religion and places of worship, Negara and Jembrana districts', T('''
        Dear colleagues at BPS Jembrana,

        My name is Marieke van den Berg and I am a PhD candidate at the Leiden Institute for Area Studies, Leiden University. My dissertation is about the Malay-speaking Muslim community of Loloan and its relations with neighbouring Hindu villages over the twentieth century.

        I would be very grateful for the following figures:
        1. population by religion for each kelurahan/desa in Kecamatan Negara and Kecamatan Jembrana (SP2020, or the latest available);
        2. number of mosques, musholla and pura per desa (Podes 2024);
        3. total population of Kelurahan Loloan Barat and Loloan Timur in 2010 and 2020.

        I am happy to fill in any request form and can send a letter from my supervisor.

        With kind regards,
        Marieke van den Berg
        '''), name='Marieke van den Berg', inst='Leiden University', lang='en', **F)

    C('f20-req-en-anu-balinese-phd-acronym', 'gmail', 'Komang Adi Putrawan', 'komang.putrawan@anu.edu.au',
      'Village-level Podes data for Jembrana (PhD research)', T('''
        Dear Sir/Madam,

        Om Swastyastu. My name is I Komang Adi Putrawan. I grew up in Tegal Badeng Timur and am now a PhD candidate at the Crawford School of Public Policy, Australian National University (ANU), Canberra. I am writing in English because my supervisors need to be copied on our correspondence later.

        My thesis looks at whether better village roads changed where young people in western Bali work. For this I would like to request, for all desa/kelurahan in Jembrana:
        - Podes 2018, 2021 and 2024 variables on the main road surface, access in the rainy season and distance to the kecamatan office;
        - population aged 15-29 by desa from SP2020;
        - the share of workers in agriculture by kecamatan, 2018-2025.

        If microdata access must go through a separate procedure (e.g. Silastik), I would appreciate a pointer.

        Suksma and kind regards,
        Komang
        '''), name='I Komang Adi Putrawan', inst='Australian National University (ANU)', lang='en', **F)

    C('f20-req-en-kyoto-polite-japanese', 'gmail', 'Yui Tanaka', 'tanaka.yui.37x@st.kyoto-u.ac.jp',
      'Request for statistics on women and fish processing in Jembrana', T('''
        Dear Sir or Madam,

        I hope this email finds you well. I am sorry to contact you suddenly.

        My name is Yui Tanaka. I am a master's student at the Graduate School of Asian and African Area Studies, Kyoto University, Japan. I am studying the work of women in small fish-processing businesses (pindang) in Pengambengan, and I plan to do fieldwork there from February 2027.

        If possible, could you kindly provide the following data?
        - employed population by sex and by industry in Jembrana Regency, 2015-2025;
        - number of micro and small fish-processing enterprises by kecamatan;
        - population of Desa Pengambengan by sex and age group.

        I understand that you are very busy. Thank you very much for your kind help.

        Best regards,
        TANAKA Yui (Ms.)
        Kyoto University
        '''), name='Yui Tanaka', inst='Kyoto University', lang='en', **F)

    C('f20-req-en-goettingen-latin1-cocoa', 'latin1', 'Jonas Weißmann', 'jonas.weissmann@uni-goettingen.de',
      'Cocoa farm household statistics - Jembrana', T('''
        Dear PST team,

        I am Jonas Weißmann, a doctoral researcher at the Department of Agricultural Economics and Rural Development, Georg-August-Universität Göttingen. Our research group studies how sustainability certification affects the income of cocoa smallholders, and the cooperatives in Jembrana are part of our sample since 2024.

        For the next survey round we need:
        - number of cocoa farm households by kecamatan (ST2023);
        - cocoa area and production by kecamatan, 2018-2025;
        - average farm-gate price of dry cocoa beans, if you record it.

        Many thanks in advance and best regards from Göttingen,
        Jonas Weißmann
        '''), name='Jonas Weißmann', inst='Georg-August-Universität Göttingen', lang='en', **F)

    C('f20-req-en-xiamen-chinese-community', 'outlook', 'CHEN Xiaoling', 'chenxl@xmu.edu.cn',
      'Request for data on religious composition, Jembrana', T('''
        Dear Sir/Madam,

        Greetings from Xiamen. I am Chen Xiaoling, associate professor at the Research School for Southeast Asian Studies, Xiamen University. I am writing a chapter on Chinese-Indonesian families in the small towns of western Bali, with Negara as one of the cases.

        May I ask for:
        1. the population of Jembrana by religion (in particular Buddhist and Confucian) per kecamatan, latest year;
        2. the number of Buddhist temples and klenteng per kecamatan (Podes);
        3. the number of wholesale and retail trade establishments in Kecamatan Negara.

        Thank you for your help.

        Sincerely,
        Chen Xiaoling (陈晓玲)
        '''), name='Chen Xiaoling', inst='Xiamen University', lang='en', **F)

    C('f20-req-ulm-banjar-master-out-migration', 'gmail', 'M. Rizki Noor', 'rizkinoor.ulm@gmail.com', 'Minta data migrasi keluar', T('''
        Assalamualaikum, selamat siang Bapak/Ibu.

        Ulun Muhammad Rizki Noor, mahasiswa S2 Ilmu Ekonomi di Universitas Lambung Mangkurat, Banjarmasin. Ulun lagi meneliti transmigran asal Bali di Kalimantan Selatan, dan banyak di antara mereka dulunya berasal dari Jembrana.

        Mohon bantuan data migrasi risen keluar dari Kabupaten Jembrana menurut provinsi tujuan (SP2020 atau SUPAS 2025), dan kalau ada, data migrasi seumur hidup.

        Terima kasih banyak, mohon maaf kalau bahasanya campur-campur.

        Wassalamualaikum.
        Rizki
        '''), name='Muhammad Rizki Noor', inst='Universitas Lambung Mangkurat', **F)

    C('f20-req-unmas-student-form-yahoo', 'yahoo', 'sri widiantari', 'srwidiantari21@yahoo.com', 'permohonan data skripsi', T('''
        Selamat siang Bapak/Ibu, berikut data diri dan permohonan saya:

        Nama            : Ni Luh Gede Sri Widiantari
        NPM             : 2102xxxxxx
        Fakultas/Prodi  : Ekonomi dan Bisnis / Akuntansi
        Universitas     : Universitas Mahasaraswati Denpasar
        Judul skripsi   : Pengaruh PAD dan Dana Alokasi Umum terhadap Belanja Modal Kabupaten/Kota di Bali
        Data dibutuhkan : realisasi PAD, DAU dan belanja modal Kabupaten Jembrana 2015-2025

        Terima kasih banyak 🙏

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Luh Gede Sri Widiantari', inst='Universitas Mahasaraswati Denpasar', **F)

    C('f20-req-need-only-in-subject-dhyana-pura', 'yahoo', 'Gede Arsana', 'gedearsana_dp@yahoo.com',
      'Data IPM dan angka harapan hidup Jembrana 2020-2025', T('''
        Mohon dibantu ya Pak/Bu. Terima kasih.

        Gede Arsana
        Universitas Dhyana Pura
        '''), name='Gede Arsana', inst='Universitas Dhyana Pura', **F)

    C('f20-req-office-forwards-attached-mail-undiknas', 'gmail', 'BPS Kabupaten Jembrana', 'bps5101@bps.go.id',
      'Fwd: Permohonan Data Penelitian', T('''
        Mohon ditindaklanjuti, email ini masuk ke alamat kantor. Email aslinya terlampir.

        Salam,
        Subbagian Umum
        '''), name='Kevin Wijaya', inst='Universitas Pendidikan Nasional Denpasar',
      attach_message=dict(client='gmail', from_name='Kevin Wijaya', from_addr='kevinwijaya.mnj@gmail.com',
                          to='bps5101@bps.go.id', date='Fri, 20 Nov 2026 16:22:05 +0800',
                          subject='Permohonan Data Penelitian', body=T('''
        Selamat sore Bapak/Ibu,

        Saya Kevin Wijaya, mahasiswa Program Studi Manajemen Universitas Pendidikan Nasional Denpasar. Saya sedang menulis skripsi tentang strategi pemasaran hotel non-bintang di luar Bali selatan.

        Mohon bantuan data tingkat penghunian kamar hotel non-bintang dan jumlah tamu menginap per bulan di Kabupaten Jembrana tahun 2019-2025.

        Terima kasih atas bantuannya.

        Salam,
        Kevin Wijaya
        ''')), **F)

    # ================================================================================================
    # New requests: government, villages, customary bodies
    # ================================================================================================
    C('f20-req-perbekel-numbered-letter-in-body', 'gmail', 'Desa Candikusuma', 'desacandikusuma.mly@gmail.com',
      'Permohonan Data Statistik Desa Candikusuma', T('''
        Nomor    : 400.10/215/Ds.Cdk/XI/2026
        Sifat    : Biasa
        Lampiran : -
        Hal      : Permohonan Data Statistik Desa

        Kepada Yth.
        Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
        Negara

        Om Swastyastu,

        Dalam rangka pemutakhiran profil desa dan penyusunan RPJMDes 2027-2032, Pemerintah Desa Candikusuma memohon bantuan data sebagai berikut:
        1. jumlah penduduk Desa Candikusuma menurut jenis kelamin dan kelompok umur, 2020 dan 2025;
        2. jumlah rumah tangga usaha pertanian dan perikanan di Desa Candikusuma (ST2023);
        3. data Podes 2024 Desa Candikusuma.

        Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Candikusuma, 19 November 2026
        Perbekel Candikusuma,

        ttd.

        I Putu Ariawan, S.E.
        '''), name='I Putu Ariawan', inst='Pemerintah Desa Candikusuma', **F)

    C('f20-req-bendesa-adat-balinese-mix', 'gmail', 'Wirya Adnyana', 'wiryaadnyana.yhe@gmail.com', 'Nunas data krama', T('''
        Om Swastyastu,

        Titiang I Ketut Wirya Adnyana, Bendesa Desa Adat Yeh Embang. Krama desa adat jagi ngwangun wantilan anyar lan nyusun awig-awig pararem indik urunan. Titiang nunas data jumlah penduduk lan jumlah KK ring Desa Yeh Embang lan Desa Yeh Embang Kangin, sane paling anyar, yening wenten per banjar dinas.

        Suksma pisan atas pitulung Bapak/Ibu.

        Om Santih, Santih, Santih Om

        Dikirim dari perangkat Android saya
        '''), name='I Ketut Wirya Adnyana', inst='Desa Adat Yeh Embang', **F)

    C('f20-req-subak-pekaseh-short-plain', 'plain', 'I Wayan Sadia', 'subakyehlebah@gmail.com', 'mohon data curah hujan', T('''
        Om Swastyastu

        Kami pengurus Subak Yeh Lebah di Desa Pengeragoan mohon bantuan data curah hujan per bulan di Kecamatan Pekutatan tahun 2021 sampai 2026 dan luas panen padi per musim. Data untuk menyusun pola tanam dan jadwal pembagian air tahun depan.

        Suksma.

        Pekaseh,
        I Wayan Sadia
        '''), name='I Wayan Sadia', inst='Subak Yeh Lebah', **F)

    C('f20-req-dinkes-epidemiologist-outlook-signature', 'outlook', 'AA Sagung Mas Dewi', 'sagungmasdewi.dinkes@jembranakab.go.id',
      'Kebutuhan data untuk Profil Kesehatan 2026', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Dengan hormat, sehubungan dengan penyusunan Profil Kesehatan Kabupaten Jembrana Tahun 2026, kami memerlukan data berikut:
        1. proyeksi penduduk 2026 per kecamatan menurut kelompok umur dan jenis kelamin;
        2. jumlah bayi lahir hidup (estimasi) per kecamatan, 2026;
        3. persentase rumah tangga dengan akses air minum layak dan sanitasi layak, 2024-2026.

        Mohon dapat dikirim paling lambat pertengahan Desember. Terima kasih atas kerja samanya.

        Salam,

        dr. A.A. Sagung Mas Dewi Kusumawati
        Epidemiolog Kesehatan Ahli Muda
        Bidang Pencegahan dan Pengendalian Penyakit
        Dinas Kesehatan Kabupaten Jembrana
        Jl. Surapati No. 1, Negara
        '''), name='dr. A.A. Sagung Mas Dewi Kusumawati', inst='Dinas Kesehatan Kabupaten Jembrana', **F)

    C('f20-req-bpbd-staff-forwards-head-memo', 'outlook', 'Kadek Dwi Antara', 'kadekdwiantara@jembranakab.go.id',
      'FW: Nota Dinas - kebutuhan data kajian risiko bencana', T('''
        Selamat pagi Bapak/Ibu PST,

        Saya Kadek Dwi Antara, staf Bidang Pencegahan dan Kesiapsiagaan BPBD Kabupaten Jembrana. Meneruskan nota dinas pimpinan kami di bawah ini, mohon kiranya dapat dibantu data yang dimaksud.

        Terima kasih.

        Kadek Dwi Antara
        BPBD Kabupaten Jembrana

        -----Original Message-----
        From: Kalaksa BPBD Jembrana <kalaksa.bpbd@jembranakab.go.id>
        Sent: Wednesday, November 18, 2026 2:10 PM
        To: Kadek Dwi Antara <kadekdwiantara@jembranakab.go.id>
        Subject: Nota Dinas - kebutuhan data kajian risiko bencana

        Dik Kadek,

        Tolong koordinasikan dengan BPS untuk data berikut, dipakai dalam pemutakhiran Kajian Risiko Bencana 2027:
        - jumlah penduduk per desa menurut kelompok umur (terutama balita dan lansia);
        - jumlah penyandang disabilitas per kecamatan;
        - jumlah rumah tangga menurut jenis dinding terluas (bambu/kayu) per kecamatan.

        Trims.
        I Nyoman Suardana
        Kalaksa BPBD
        '''), name='Kadek Dwi Antara', inst='BPBD Kabupaten Jembrana', **F)

    C('f20-req-kemendes-pusdatin-central', 'outlook', 'Arya Wicaksana Nugroho', 'arya.wn@kemendesa.go.id',
      'Permohonan Data Podes 2024 untuk Verifikasi Indeks Desa', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        u.p. Pelayanan Statistik Terpadu

        Dengan hormat,

        Kami dari Pusat Data dan Informasi Kementerian Desa dan Pembangunan Daerah Tertinggal sedang melakukan verifikasi lapangan atas hasil Indeks Desa 2026 di Provinsi Bali. Untuk Kabupaten Jembrana, terdapat beberapa desa yang nilainya berubah cukup tajam dibanding tahun sebelumnya.

        Kami mohon bantuan data Podes 2024 untuk seluruh desa di Kabupaten Jembrana, khususnya blok sarana pendidikan, kesehatan, dan aksesibilitas, dalam format Excel.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        Arya Wicaksana Nugroho, S.Si., M.Stat.
        Pranata Komputer Ahli Madya
        '''), name='Arya Wicaksana Nugroho',
      inst='Pusat Data dan Informasi Kementerian Desa dan Pembangunan Daerah Tertinggal', **F)

    C('f20-req-camat-pekutatan-form-fields', 'gmail', 'Kecamatan Pekutatan', 'kec.pekutatan@gmail.com',
      'Permohonan data kecamatan', T('''
        Selamat pagi Bapak/Ibu,

        Nama            : Ni Kadek Sumariani, S.Sos.
        Jabatan         : Kasi Pemberdayaan Masyarakat Desa
        Instansi        : Kantor Camat Pekutatan
        Data dimohon    : Kecamatan Pekutatan Dalam Angka 2026 (softcopy) dan jumlah usaha mikro kecil per desa
        Keperluan       : bahan Musrenbang Kecamatan tahun 2027

        Terima kasih atas bantuannya.
        '''), name='Ni Kadek Sumariani', inst='Kantor Camat Pekutatan', **F)

    C('f20-req-kelurahan-staff-pastes-lurah-whatsapp', 'gmail', 'Ahmad Fauzi', 'fauzi.loloantimur@gmail.com',
      'Permohonan data Kelurahan Loloan Timur', T('''
        Assalamualaikum, selamat siang Bapak/Ibu.

        Saya Ahmad Fauzi, staf Kelurahan Loloan Timur. Saya diminta Ibu Lurah meneruskan permintaan berikut (saya salin dari pesan WhatsApp beliau):

        [19/11 08.42] Bu Lurah Hj. Aminah: Zi, tlg mintakan ke BPS data penduduk Loloan Timur per lingkungan, jumlah KK miskin, sama jumlah UMKM ya. Buat paparan ke Pak Bupati tgl 2. Makasih

        Mohon bantuannya. Terima kasih.

        Wassalamualaikum.
        '''), name='Ahmad Fauzi', inst='Kelurahan Loloan Timur', **F)

    C('f20-req-religious-court-batak-muslim', 'outlook', 'Mukhlis Hasibuan', 'mukhlis.hsb@pa-negara.go.id',
      'Permohonan data perkawinan usia anak', T('''
        Assalamualaikum wr. wb.

        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Saya Drs. H. Mukhlis Hasibuan, M.H., Panitera Muda Hukum pada Pengadilan Agama Negara. Perkara dispensasi kawin di pengadilan kami meningkat dalam dua tahun terakhir, dan kami berencana menggelar sosialisasi pencegahan perkawinan anak bersama Kantor Kementerian Agama dan DP3A.

        Untuk bahan sosialisasi kami memerlukan data Kabupaten Jembrana:
        1. proporsi perempuan umur 20-24 tahun yang menikah sebelum umur 18 tahun, 2020-2025;
        2. jumlah penduduk menurut status perkawinan dan kelompok umur (SP2020).

        Terima kasih atas kerja samanya.

        Wassalamualaikum wr. wb.
        '''), name='Drs. H. Mukhlis Hasibuan', inst='Pengadilan Agama Negara', **F)

    C('f20-req-bws-bali-penida-engineer', 'outlook', 'Yohanes Dwi Kristanto', 'yohanes.dk@pu.go.id',
      'Permohonan Data Penduduk dan Sumber Air Minum - SID Bendungan', T('''
        Selamat siang,

        Saya Yohanes Dwi Kristanto, S.T., M.T., Pejabat Pembuat Komitmen Perencanaan dan Program pada Balai Wilayah Sungai Bali-Penida. Kami sedang menyusun Survei, Investigasi dan Desain (SID) embung dan jaringan air baku di Kecamatan Melaya dan Kecamatan Negara.

        Untuk analisis kebutuhan air baku, kami memohon data:
        - jumlah penduduk per desa di Kecamatan Melaya dan Kecamatan Negara, 2015-2025;
        - proyeksi penduduk Kabupaten Jembrana 2025-2045;
        - persentase rumah tangga menurut sumber air minum utama, 2022-2025.

        Terima kasih atas bantuannya.

        Salam,
        Yohanes D. Kristanto
        Balai Wilayah Sungai Bali-Penida
        Ditjen Sumber Daya Air, Kementerian Pekerjaan Umum
        '''), name='Yohanes Dwi Kristanto', inst='Balai Wilayah Sungai Bali-Penida', **F)

    C('f20-req-kpu-consultation-sampling', 'outlook', 'Yuliastini', 'yuliastini.kpujembrana@gmail.com',
      'Permohonan konsultasi metodologi survei partisipasi pemilih', T('''
        Yth. Bapak/Ibu Statistisi BPS Kabupaten Jembrana,

        Perkenalkan, saya Ni Luh Made Yuliastini, Kepala Subbagian Perencanaan, Data dan Informasi KPU Kabupaten Jembrana. Tahun 2027 kami akan melaksanakan survei partisipasi pemilih untuk evaluasi pemilihan kepala desa serentak.

        Kami mohon kesediaan BPS untuk berkonsultasi mengenai:
        1. penentuan jumlah dan teknik pengambilan sampel per kecamatan;
        2. penyusunan kuesioner agar hasilnya dapat dibandingkan dengan data partisipasi dari survei lain.

        Kami dapat hadir di kantor BPS pada hari dan jam yang Bapak/Ibu tentukan.

        Terima kasih.

        Hormat kami,
        Ni Luh Made Yuliastini, S.E.
        '''), name='Ni Luh Made Yuliastini', inst='KPU Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: banks, state-owned firms, companies, consultants
    # ================================================================================================
    C('f20-req-bpd-bali-branch-ojk-footer', 'outlook', 'I Gusti Ngurah Bagus Mahendra', 'ngurah.mahendra@bpdbali.co.id',
      'Permohonan Data Ekonomi untuk Rencana Penyaluran Kredit UMKM 2027', T('''
        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Dengan hormat, saya I Gusti Ngurah Bagus Mahendra, Pemimpin Seksi Pemasaran Kredit di Bank BPD Bali Cabang Negara. Dalam rangka penyusunan target penyaluran kredit UMKM tahun 2027, kami memerlukan data:

        1. jumlah usaha mikro dan kecil menurut kecamatan dan lapangan usaha;
        2. PDRB ADHB lapangan usaha pertanian dan perikanan, 2021-2025;
        3. jumlah penduduk bekerja menurut status pekerjaan utama, 2023-2026.

        Atas perhatiannya kami ucapkan terima kasih.

        Hormat kami,

        I Gusti Ngurah Bagus Mahendra
        Pemimpin Seksi Pemasaran Kredit
        Bank BPD Bali Cabang Negara
        Jl. Ngurah Rai, Negara 82212 | Telp. (0365) 41xxx

        Bank BPD Bali berizin dan diawasi oleh Otoritas Jasa Keuangan (OJK) serta merupakan peserta penjaminan LPS. Email ini bersifat rahasia; jika Anda bukan penerima yang dituju, mohon hapus email ini.
        '''), name='I Gusti Ngurah Bagus Mahendra', inst='Bank BPD Bali Cabang Negara', **F)

    C('f20-req-asdp-corporate-code-switching', 'outlook', 'Rizky Maulana Harahap', 'rizky.harahap@asdp.id',
      'Request data demand forecasting lintasan Ketapang-Gilimanuk', T('''
        Dear Tim PST BPS Jembrana,

        Izin memperkenalkan diri, saya Rizky Maulana Harahap, Business Development Officer di PT ASDP Indonesia Ferry (Persero). As part of our demand forecasting exercise untuk lintasan Ketapang-Gilimanuk periode 2027-2035, kami perlu beberapa data makro sebagai key assumptions:

        • proyeksi penduduk Kabupaten Jembrana 2025-2035;
        • laju pertumbuhan ekonomi dan PDRB per kapita, 2015-2025;
        • jumlah kunjungan wisatawan ke Jembrana, 2019-2025.

        Mohon info juga apakah ada mekanisme PNBP kalau dibutuhkan tabulasi khusus. Thanks in advance atas supportnya.

        Best regards,
        Rizky Maulana Harahap
        Business Development Officer
        PT ASDP Indonesia Ferry (Persero)
        '''), name='Rizky Maulana Harahap', inst='PT ASDP Indonesia Ferry (Persero)', **F)

    C('f20-req-bulog-branch-unit-signature-no-person', 'gmail', 'Bulog Kancab Jembrana', 'bulog.kcjembrana@gmail.com',
      'Mohon data produksi padi dan harga gabah', T('''
        Selamat siang Bapak/Ibu,

        Dalam rangka penyusunan rencana pengadaan gabah/beras dalam negeri tahun 2027, kami mohon bantuan data Kabupaten Jembrana:
        - produksi padi per bulan (KSA), 2024-2026;
        - harga gabah kering panen di tingkat petani per bulan, 2025-2026;
        - luas panen per subround per kecamatan, 2025.

        Terima kasih.

        Seksi Pengadaan dan Operasional
        Perum BULOG Kantor Cabang Jembrana
        '''), inst='Perum BULOG Kantor Cabang Jembrana', **F)

    C('f20-req-lpd-desa-adat-yahoo', 'yahoo', 'wayan suartini', 'lpdbaluk@yahoo.co.id', 'Mohon data Desa Baluk', T('''
        Om Swastyastu Bapak/Ibu,
        Tiang Ni Wayan Suartini, Kepala LPD Desa Adat Baluk. LPD kami sedang menyusun rencana kerja dan anggaran tahun 2027. Kami perlu data jumlah penduduk dan jumlah KK Desa Baluk, jumlah usaha mikro di desa, serta angka inflasi Bali tahun 2026.
        Suksma.

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Wayan Suartini', inst='LPD Desa Adat Baluk', **F)

    C('f20-req-developer-company-no-person', 'gmail', 'PT Jembrana Griya Asri', 'marketing.jgriyaasri@gmail.com',
      'Permohonan data kepemilikan rumah', T('''
        Selamat siang,

        Kami dari PT Jembrana Griya Asri, pengembang perumahan bersubsidi di Kecamatan Mendoyo dan Kecamatan Negara. Untuk studi pasar proyek tahap III, kami membutuhkan data:
        - persentase rumah tangga menurut status kepemilikan rumah di Kabupaten Jembrana, 2020-2025;
        - jumlah penduduk usia 25-39 tahun per kecamatan, 2025;
        - jumlah rumah tangga per kecamatan.

        Hormat kami,
        Marketing & Perizinan
        PT Jembrana Griya Asri
        Ruko Pertokoan Negara Blok B-7
        '''), inst='PT Jembrana Griya Asri', **F)

    C('f20-req-planning-consultant-names-client', 'gmail', 'Hendra Tanoto', 'hendra.tanoto@tarucipta.co.id',
      'Kebutuhan data RDTR Kawasan Gilimanuk', T('''
        Selamat pagi Bapak/Ibu,

        Saya Hendra Wijaya Tanoto, S.T., M.T., tenaga ahli perencana wilayah dari CV Taru Cipta Konsultan. Saat ini kami mengerjakan penyusunan Rencana Detail Tata Ruang (RDTR) Kawasan Gilimanuk untuk Dinas PUPRPKP Kabupaten Jembrana.

        Data yang kami butuhkan:
        1. jumlah dan kepadatan penduduk Kelurahan Gilimanuk dan Desa Melaya, 2015-2025;
        2. jumlah penduduk bekerja menurut lapangan usaha di Kecamatan Melaya;
        3. jumlah usaha akomodasi, rumah makan dan toko di Kelurahan Gilimanuk (Podes 2024).

        Bila diperlukan, surat pengantar dari dinas dapat kami lampirkan menyusul.

        Terima kasih.

        Salam,
        Hendra W. Tanoto
        CV Taru Cipta Konsultan
        0811-3960-xxxx
        '''), name='Hendra Wijaya Tanoto', inst='CV Taru Cipta Konsultan', **F)

    C('f20-req-coffee-plan-pribadi-android', 'plain', 'Yoga', 'yogapratama.ngr@gmail.com', 'minta data penduduk muda', T('''
        Pagi min. Sy Yoga Pratama, pengen buka kedai kopi di Negara, masih rencana pribadi blm ada usahanya. Boleh minta data jumlah penduduk usia 15-34 th per kecamatan & rata2 pengeluaran per kapita utk makanan jadi di Jembrana? thx min

        Dikirim dari perangkat Android saya
        '''), name='Yoga Pratama', **F)

    # ================================================================================================
    # New requests: media, NGOs, religious bodies, associations
    # ================================================================================================
    C('f20-req-radar-bali-journalist-iphone', 'iphone', 'Dewa Rastana', 'dewarastana.rb@gmail.com', 'Data kemiskinan & TPT', T('''
        Siang, sy Dewa Gede Rastana wartawan Radar Bali biro Jembrana. Mohon data angka kemiskinan Jembrana 2025 dan perbandingan dgn kab lain di Bali, sama TPT Agustus 2026. Utk berita besok pagi. Via email aja gpp. Tks.

        Dikirim dari iPhone saya
        '''), name='Dewa Gede Rastana', inst='Radar Bali', **F)

    C('f20-req-mongabay-contributor-fisheries', 'gmail', 'Dian Lestari', 'dianlestari.writes@gmail.com',
      'Permintaan data perikanan untuk liputan', T('''
        Halo Bapak/Ibu di BPS Jembrana,

        Saya Ni Putu Dian Lestari, kontributor Mongabay Indonesia untuk wilayah Bali. Saya sedang menyiapkan liputan panjang tentang menurunnya tangkapan lemuru di Selat Bali dan dampaknya pada nelayan Pengambengan.

        Apakah saya bisa mendapatkan:
        - jumlah rumah tangga perikanan tangkap di Kabupaten Jembrana, ST2013 dan ST2023;
        - produksi perikanan tangkap menurut jenis ikan, 2015-2025;
        - persentase penduduk miskin Kecamatan Negara, bila ada.

        Terima kasih banyak sebelumnya.

        Salam,
        Dian
        '''), name='Ni Putu Dian Lestari', inst='Mongabay Indonesia', **F)

    C('f20-req-html-only-coastal-ngo-waste', 'html_only', 'Yayasan Segara Lestari Bali', 'info@segaralestari.or.id',
      'Permohonan data pengelolaan sampah rumah tangga', T('''
        Om Swastyastu, salam lestari!

        Kami dari Yayasan Segara Lestari Bali, lembaga yang bergerak di pendampingan pengelolaan sampah di desa-desa pesisir. Tahun depan kami akan memperluas program bank sampah ke Kecamatan Pekutatan dan Mendoyo.

        Mohon bantuan data:
        - persentase rumah tangga menurut cara pembuangan sampah, per kecamatan bila ada;
        - jumlah penduduk dan rumah tangga di desa-desa pesisir Kecamatan Pekutatan dan Mendoyo, 2025.

        Terima kasih atas dukungannya.

        Salam hangat,
        Made Ayu Kirana
        Koordinator Program Pesisir
        Yayasan Segara Lestari Bali
        '''), name='Made Ayu Kirana', inst='Yayasan Segara Lestari Bali', **F)

    C('f20-req-en-plan-international-timorese', 'outlook', 'Maria Goreti Ndun', 'maria.ndun@plan-international.org',
      'Data request - child protection indicators, Jembrana Regency', T('''
        Dear BPS Jembrana team,

        Good morning. My name is Maria Goreti Ndun and I work as Program Officer for Child Protection at Plan International Indonesia. We are preparing a new programme on child marriage prevention in three regencies in Bali and NTB, and Jembrana is one of them.

        Could you kindly provide, for Jembrana:
        1. the percentage of women aged 20-24 married before 18, 2019-2025;
        2. the percentage of children under 18 who have a birth certificate;
        3. school participation rates (APS) by age group, 2019-2025.

        Terima kasih banyak,
        Maria
        '''), name='Maria Goreti Ndun', inst='Plan International Indonesia', lang='en', **F)

    C('f20-req-palasari-parish-priest', 'gmail', 'Paroki Palasari', 'parokipalasari@gmail.com',
      'Permohonan data penduduk Kecamatan Melaya', T('''
        Salam damai Kristus,

        Yth. Bapak/Ibu di BPS Kabupaten Jembrana,

        Saya Rm. Agustinus Made Sudarma, SVD, pastor Paroki Hati Kudus Yesus Palasari. Dewan pastoral paroki sedang menyusun rencana karya sosial 2027, terutama beasiswa pendidikan dan pendampingan lansia bagi warga di sekitar paroki, tanpa membedakan agama.

        Kami mohon data:
        - jumlah penduduk menurut kelompok umur per desa di Kecamatan Melaya, 2025;
        - angka partisipasi sekolah usia 16-18 tahun Kabupaten Jembrana, 2020-2025.

        Berkah Dalem, terima kasih atas bantuannya.

        Rm. Agustinus Made Sudarma, SVD
        '''), name='Rm. Agustinus Made Sudarma', inst='Paroki Hati Kudus Yesus Palasari', **F)

    C('f20-req-pesantren-secretary-hadrami', 'gmail', 'Hasan Al-Habsyi', 'hasanalhabsyi.pp@gmail.com',
      'Permohonan data anak usia sekolah Kecamatan Melaya', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Bapak/Ibu yang kami hormati, kami dari Pondok Pesantren Nurul Iman, Desa Air Kuning, berencana membuka jenjang Madrasah Aliyah pada tahun ajaran 2027/2028. Untuk kelengkapan proposal pendirian ke Kementerian Agama, kami mohon data:
        1. jumlah penduduk usia 16-18 tahun per desa di Kecamatan Jembrana dan Kecamatan Melaya;
        2. jumlah SMA/SMK/MA per kecamatan;
        3. angka partisipasi sekolah usia 16-18 tahun, 2020-2025.

        Jazakumullahu khairan katsiran.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Ust. Hasan Al-Habsyi, Lc.
        Sekretaris Yayasan
        '''), name='Ust. Hasan Al-Habsyi', inst='Pondok Pesantren Nurul Iman', **F)

    C('f20-req-hnsi-fishers-association-letter', 'outlook', 'HNSI Jembrana', 'hnsi.jembrana@gmail.com',
      'Permohonan data nelayan dan produksi lemuru', T('''
        Dengan hormat,

        Kami dari HNSI Kabupaten Jembrana bermaksud menyampaikan usulan kepada pemerintah provinsi terkait bantuan bagi nelayan kecil di masa paceklik lemuru. Untuk memperkuat usulan tersebut, kami memohon data:

        1. jumlah rumah tangga nelayan per desa pesisir, ST2023;
        2. produksi ikan lemuru per bulan, 2019-2026;
        3. nilai tukar nelayan (NTN) Provinsi Bali, 2020-2026.

        Demikian permohonan kami. Atas perhatian dan bantuan Bapak/Ibu kami ucapkan terima kasih.

        Hormat kami,
        Ketua,

        H. Ahmad Rifa'i Alaydrus
        '''), name="H. Ahmad Rifa'i Alaydrus", inst='HNSI Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: the public; missing identity or need
    # ================================================================================================
    C('f20-req-en-dutch-genealogy-no-inst', 'gmail', 'Pieter Lammers', 'p.lammers1952@ziggo.nl',
      'Historical population of Negara town', T('''
        Dear Sir or Madam,

        My name is Pieter Lammers. My grandfather worked at the harbour office in Negara in the 1930s and my mother was born there in 1939. I am writing a small family history, purely as a hobby - I am not affiliated with any university or organisation.

        Would you happen to have the population of Negara (the town or the kecamatan) from the earliest censuses after independence, for instance 1961, 1971 and 1980? Any figure at all would be of great help.

        With kind regards from Apeldoorn,
        Pieter Lammers
        '''), name='Pieter Lammers', lang='en', **F)

    C('f20-req-retired-teacher-village-history-pribadi', 'gmail', 'Made Gunadi', 'madegunadi1958@gmail.com',
      'Data penduduk Desa Dangintukadaya dari sensus ke sensus', T('''
        Om Swastyastu,

        Saya I Made Gunadi, pensiunan guru SMP, sekarang sedang menulis buku kecil tentang sejarah Desa Dangintukadaya untuk diwariskan ke anak cucu. Ini keperluan pribadi, bukan dari lembaga mana pun.

        Apakah BPS memiliki jumlah penduduk Desa Dangintukadaya hasil sensus 1980, 1990, 2000, 2010 dan 2020? Kalau per desa tidak ada, per kecamatan juga tidak apa-apa.

        Suksma.
        I Made Gunadi
        '''), name='I Made Gunadi', **F)

    C('f20-req-caps-citizen-no-name-no-inst', 'plain', '', 'tukadaya.bli88@gmail.com', 'INFO PENDUDUK', T('''
        SELAMAT SIANG BPS. MOHON INFO JUMLAH PENDUDUK DESA TUKADAYA TAHUN INI DAN BERAPA YANG KERJANYA NELAYAN. TERIMA KASIH

        Dikirim dari perangkat Android saya
        '''), **F)

    C('f20-req-vague-en-moving-to-bali', 'gmail', 'Sophie Laurent', 'sophie.laurent.lyon@gmail.com', 'Hello from France', T('''
        Hello!

        I'm going to live in Jembrana for a few months next year (my partner is working at a hotel near Medewi) and I'm curious about the region. Could you send me some general information? Anything is welcome :)

        Thanks a lot,
        Sophie
        '''), name='Sophie', req=False, lang='en', **F)

    C('f20-req-vague-mau-tanya-wa-number', 'gmail', 'wayan s', 'wayans.mendoyo@gmail.com', 'tanya', T('''
        selamat pagi, saya Wayan, mau tanya2 soal data, bisa dibantu? nomor WA petugasnya berapa ya biar lebih gampang
        '''), name='Wayan', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f20-reply-identity-after-ask-undiksha', 'gmail', 'Kadek Yoga', 'kdkyoga27@gmail.com', 'Re: ' + SUBJ_ASK % 2001, T('''
        Selamat siang, mohon maaf sebelumnya. Nama saya Kadek Yoga Mahardika, mahasiswa Pendidikan Geografi Undiksha semester 7. Data yang saya minta untuk tugas akhir.

        Terima kasih.
        '''), kind='reply', name='Kadek Yoga Mahardika', inst='Undiksha', req=False, ticket='PST-2026-02001',
      quote=gq(ASK, 'id'), **rp(2001), **F)

    C('f20-reply-iphone-oke-siap-no-name', 'iphone', 'mirah', 'mirahayuningsih@icloud.com', 'Re: ' + SUBJ_ACK % 2002, T('''
        oke kak siap ditunggu 🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-02002',
      quote=iq(ACK % (2002, 'Ni Komang Mirah Ayuningsih', 'Universitas Pendidikan Ganesha',
                      'Rata-rata pengeluaran per kapita per kecamatan 2022-2025')), **rp(2002), **F)

    C('f20-reply-outlook-thanks-bank-signature', 'outlook', 'I Gusti Ngurah Bagus Mahendra', 'ngurah.mahendra@bpdbali.co.id',
      'RE: ' + SUBJ_DATA % 2003, T('''
        Selamat sore,

        Terima kasih Bapak/Ibu, data sudah kami terima lengkap.

        Hormat kami,
        I Gusti Ngurah Bagus Mahendra
        Bank BPD Bali Cabang Negara
        '''), kind='reply', name='I Gusti Ngurah Bagus Mahendra', inst='Bank BPD Bali Cabang Negara', req=False,
      ticket='PST-2026-02003',
      quote=oq(DELIV_ID % 2003, 'I Gusti Ngurah Bagus Mahendra <ngurah.mahendra@bpdbali.co.id>', SUBJ_DATA % 2003, 'id'),
      **rp(2003), **F)

    C('f20-reply-yahoo-lpd-adds-age-groups', 'yahoo', 'wayan suartini', 'lpdbaluk@yahoo.co.id', 'Re: ' + SUBJ_DATA % 2004, T('''
        Suksma, datanya sudah tiang terima. Kalau boleh tiang minta tambahan jumlah penduduk Desa Baluk menurut kelompok umur, untuk target nasabah tabungan pelajar.
        Ni Wayan Suartini
        LPD Desa Adat Baluk
        '''), kind='reply', name='Ni Wayan Suartini', inst='LPD Desa Adat Baluk', req=True, ticket='PST-2026-02004',
      quote=yq(DELIV_ID % 2004), **rp(2004), **F)

    C('f20-reply-en-leiden-definition-and-older-year', 'gmail', 'Marieke van den Berg', 'm.van.den.berg@hum.leidenuniv.nl',
      'Re: ' + SUBJ_DATA % 2005, T('''
        Dear PST team,

        Thank you very much, this is exactly what I needed. A quick question: in the Podes table, does "masjid" also include musholla and langgar, or are those counted separately? And could I also receive the same table from Podes 2018, so I can compare?

        Best wishes,
        Marieke
        '''), kind='reply', name='Marieke', req=True, lang='en', ticket='PST-2026-02005',
      quote=gq(DELIV_EN % 2005), **rp(2005), **F)

    C('f20-reply-thunderbird-bottom-status-kemendes', 'thunderbird', 'Arya Wicaksana Nugroho', 'arya.wn@kemendesa.go.id',
      'Re: ' + SUBJ_ACK % 2006,
      tq(ACK % (2006, 'Arya Wicaksana Nugroho',
                'Pusat Data dan Informasi Kementerian Desa dan Pembangunan Daerah Tertinggal',
                'Podes 2024 seluruh desa Kabupaten Jembrana')) + '\n\n' + T('''
        Yth. Bapak/Ibu,

        Mohon maaf, apakah data tersebut sudah dapat dikirim? Kami memerlukannya untuk rapat tim verifikasi pada 1 Desember.

        Terima kasih.
        Arya W. Nugroho
        '''), kind='reply', name='Arya W. Nugroho', req=False, ticket='PST-2026-02006', **rp(2006), **F)

    C('f20-reply-new-mail-cover-letter-unand', 'gmail', 'Rahmi Yulia Putri', 'rahmiyuliaputri.unand@gmail.com',
      'Surat pengantar untuk tiket PST-2026-02007', T('''
        Selamat pagi Bapak/Ibu,

        Menindaklanjuti permintaan petugas, berikut saya lampirkan surat pengantar dari Program Magister Ilmu Ekonomi Universitas Andalas untuk permohonan data saya.

        Terima kasih.

        Hormat saya,
        Rahmi Yulia Putri
        '''), kind='reply', name='Rahmi Yulia Putri', inst='Universitas Andalas', req=False, ticket='PST-2026-02007',
      attachments=[PDF('Surat_Pengantar_Magister_IE_Unand_Rahmi.pdf')], **F)

    C('f20-reply-android-institution-only-cooperative', 'gmail', 'Pak Hasyim', 'hasyim.pgb@gmail.com', 'Re: ' + SUBJ_ASK % 2008, T('''
        Sy dari KSU Mina Segara, Pengambengan pak
        '''), kind='reply', inst='KSU Mina Segara', req=False, ticket='PST-2026-02008',
      quote=aq(ASK), **rp(2008), **F)

    C('f20-reply-wrong-kecamatan-asks-right-one', 'gmail', 'Kecamatan Pekutatan', 'kec.pekutatan@gmail.com',
      'Re: ' + SUBJ_DATA % 2009, T('''
        Selamat siang,

        Terima kasih kirimannya. Namun sepertinya file yang terlampir berisi data Kecamatan Melaya, sedangkan yang kami minta Kecamatan Pekutatan. Mohon dapat dikirimkan data Kecamatan Pekutatan.

        Terima kasih,
        Ni Kadek Sumariani
        Kantor Camat Pekutatan
        '''), kind='reply', name='Ni Kadek Sumariani', inst='Kantor Camat Pekutatan', req=True, ticket='PST-2026-02009',
      quote=gq(DELIV_ID % 2009, 'id'), **rp(2009), **F)

    C('f20-reply-balinese-thanks-android', 'plain', 'Wirya Adnyana', 'wiryaadnyana.yhe@gmail.com', 'Re: ' + SUBJ_DATA % 2010, T('''
        Suksma pisan, datane sampun katerima. Rahajeng.

        Ketut Wirya

        Dikirim dari perangkat Android saya
        ''') + '\n\n' + aq(DELIV_ID % 2010), kind='reply', name='Ketut Wirya', req=False, ticket='PST-2026-02010',
      **rp(2010), **F)

    C('f20-reply-colleague-for-absent-staff-bpbd', 'outlook', 'Eka Pratiwi', 'ekapratiwi.bpbd@jembranakab.go.id',
      'RE: ' + SUBJ_ACK % 2011, T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Putu Eka Pratiwi, rekan kerja Bapak Kadek Dwi Antara di BPBD Kabupaten Jembrana. Beliau sedang mengikuti diklat di Jakarta sampai 4 Desember, jadi mohon data untuk permohonan ini dikirimkan juga ke email saya.

        Terima kasih.

        Eka Pratiwi
        '''), kind='reply', name='Ni Putu Eka Pratiwi', inst='BPBD Kabupaten Jembrana', req=False, ticket='PST-2026-02011',
      quote=oq(ACK % (2011, 'Kadek Dwi Antara', 'BPBD Kabupaten Jembrana',
                      'Penduduk per desa menurut kelompok umur; penyandang disabilitas; jenis dinding terluas'),
               'Kadek Dwi Antara <kadekdwiantara@jembranakab.go.id>', SUBJ_ACK % 2011, 'id'), **rp(2011), **F)

    C('f20-reply-html-only-en-corrects-name', 'html_only', 'Jonas Weissmann', 'jonas.weissmann@uni-goettingen.de',
      'Re: ' + SUBJ_ACK % 2012, T('''
        Dear PST team,

        Thank you for the confirmation. One small correction: my surname is spelled Weißmann (with ß), not Weismann. Could you please use this spelling in the cover letter, as it has to match my passport?

        Best regards,
        Jonas Weißmann
        '''), kind='reply', name='Jonas Weißmann', req=False, lang='en', ticket='PST-2026-02012',
      quote=gq(ACK % (2012, 'Jonas Weismann', 'Georg-August-Universität Göttingen',
                      'Cocoa farm households; cocoa area and production; farm-gate price')), **rp(2012), **F)

    C('f20-reply-en-got-it-will-cite', 'outlook', 'CHEN Xiaoling', 'chenxl@xmu.edu.cn', 'RE: ' + SUBJ_DATA % 2013, T('''
        Got it, many thanks! I will cite BPS Jembrana properly in the chapter.

        Best,
        Xiaoling
        '''), kind='reply', name='Xiaoling', req=False, lang='en', ticket='PST-2026-02013',
      quote=oq(DELIV_EN % 2013, 'CHEN Xiaoling <chenxl@xmu.edu.cn>', SUBJ_DATA % 2013), **rp(2013), **F)

    C('f20-reply-samsung-asks-excel-version', 'gmail', 'Hendra Tanoto', 'hendra.tanoto@tarucipta.co.id', 'Re: ' + SUBJ_DATA % 2014, T('''
        Selamat sore,

        Terima kasih datanya. Apakah ada versi Excel untuk tabel penduduk bekerja menurut lapangan usaha? File PDF-nya hasil pindaian sehingga sulit kami olah.

        Terima kasih,
        Hendra
        ''') + '\n' + sq(DELIV_ID % 2014, SUBJ_DATA % 2014), kind='reply', name='Hendra', req=True,
      ticket='PST-2026-02014', **rp(2014), **F)

    C('f20-reply-cancels-request-found-elsewhere', 'gmail', 'Rizal', 'rizal.agb19@gmail.com', 'Re: ' + SUBJ_ACK % 2015, T('''
        Selamat pagi pak/bu, mohon maaf permohonan data saya dibatalkan saja, datanya ternyata sudah saya dapat dari Dinas Pertanian. Terima kasih atas bantuannya.

        Rizal
        '''), kind='reply', name='Rizal', req=False, ticket='PST-2026-02015',
      quote=gq(ACK % (2015, 'Rizal', '-', 'Luas areal dan produksi kelapa dalam per kecamatan 2020-2025'), 'id'),
      **rp(2015), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f20-rating-bare-four-android-comment', 'gmail', 'kadek ayu', 'kadekayuprameswari10@gmail.com', 'Re: ' + SUBJ_RATE % 2021, T('''
        4

        makasih kak, cuma agak lama nunggunya 😅
        ''') + '\n\n' + aq(RATE_ID % 2021), kind='rating', rating=4, req=False, ticket='PST-2026-02021',
      **rp(2021), **F)

    C('f20-rating-outlook-nilai-lima-in-words', 'outlook', 'Kecamatan Pekutatan', 'kec.pekutatan@gmail.com',
      'RE: ' + SUBJ_RATE % 2022, T('''
        Selamat pagi,

        Dengan ini kami memberikan nilai lima (5) untuk layanan PST. Terima kasih atas respons yang cepat, termasuk perbaikan file yang sempat tertukar.

        Salam,
        Ni Kadek Sumariani
        Kantor Camat Pekutatan
        '''), kind='rating', rating=5, name='Ni Kadek Sumariani', inst='Kantor Camat Pekutatan', req=False,
      ticket='PST-2026-02022',
      quote=oq(RATE_ID % 2022, 'Kecamatan Pekutatan <kec.pekutatan@gmail.com>', SUBJ_RATE % 2022, 'id'), **rp(2022), **F)

    C('f20-rating-en-three-slash-five-slow', 'gmail', 'Marieke van den Berg', 'm.van.den.berg@hum.leidenuniv.nl',
      'Re: ' + SUBJ_RATE % 2023, T('''
        3/5. The data were fine, but it took almost two weeks and two reminders before anything arrived.

        Regards,
        Marieke van den Berg
        '''), kind='rating', rating=3, name='Marieke van den Berg', req=False, lang='en', ticket='PST-2026-02023',
      quote=gq(RATE_EN % 2023), **rp(2023), **F)

    C('f20-rating-iphone-four-stars-mantap', 'iphone', 'Dewa Rastana', 'dewarastana.rb@gmail.com', 'Re: ' + SUBJ_RATE % 2024, T('''
        ⭐⭐⭐⭐ mantap, cepat

        Dikirim dari iPhone saya
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-02024', quote=iq(RATE_ID % 2024), **rp(2024), **F)

    C('f20-rating-yahoo-one-never-sent', 'yahoo', 'wayan sukarta', 'wysukarta62@yahoo.co.id', 'Re: ' + SUBJ_RATE % 2025, T('''
        Nilai 1. Sampai hari ini data yang saya minta tidak pernah dikirim, tapi tiketnya sudah ditutup.
        I Wayan Sukarta
        '''), kind='rating', rating=1, name='I Wayan Sukarta', req=False, ticket='PST-2026-02025',
      quote=yq(RATE_ID % 2025), **rp(2025), **F)

    C('f20-rating-new-mail-ticket-in-subject', 'gmail', 'Hendra Tanoto', 'hendra.tanoto@tarucipta.co.id',
      'Penilaian layanan - tiket PST-2026-02026', T('''
        Selamat siang,

        Untuk tiket PST-2026-02026 kami beri nilai 5 (sangat puas). Data lengkap, versi Excel dikirim dalam 2 hari kerja.

        Hormat kami,
        Hendra Wijaya Tanoto
        CV Taru Cipta Konsultan
        '''), kind='rating', rating=5, name='Hendra Wijaya Tanoto', inst='CV Taru Cipta Konsultan', req=False,
      ticket='PST-2026-02026', **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f20-complaint-phone-and-wa-unanswered', 'gmail', 'Bagus Setiawan', 'bagussetiawan.jbr@gmail.com', 'Telepon PST tidak pernah diangkat', T('''
        Selamat siang.

        Saya Bagus Setiawan. Sudah tiga hari saya menelepon nomor PST yang tertera di website pada jam kerja, tetapi tidak pernah diangkat. WhatsApp juga hanya centang satu. Saya cuma perlu memastikan jadwal layanan konsultasi, tapi jadi harus menulis email.

        Mohon nomor layanan dicek dan diperbaiki supaya masyarakat bisa menghubungi.

        Terima kasih.
        '''), kind='complaint', name='Bagus Setiawan', req=False, **F)

    C('f20-suggestion-en-gis-boundaries', 'gmail', 'Rahul Menon', 'rahul@terrasight.in', 'Suggestion: village boundary files on your website', T('''
        Hello,

        I work for Terrasight Analytics, a small GIS firm in Bengaluru, and we use your published tables quite often. A suggestion: it would help users a great deal if the download page offered the desa boundary maps (shapefile or GeoJSON) matching the codes in your tables. At the moment we have to guess which version of the boundaries a table refers to.

        Thanks for considering it.

        Rahul Menon
        '''), kind='complaint', name='Rahul Menon', inst='Terrasight Analytics', req=False, lang='en', **F)

    C('f20-complaint-asked-identity-again', 'gmail', 'Siti Nur Halimah', 'sitinurhalimah.uinsa@gmail.com',
      'Re: ' + SUBJ_ASK % 2033, T('''
        Assalamualaikum.

        Mohon maaf, saya sudah dua kali mengirim identitas lengkap, tetapi masih diminta lagi. Di email pertama saya sudah jelas menulis nama dan asal kampus saya: Siti Nur Halimah, UIN Sunan Ampel Surabaya. Permohonan saya jadi tertunda hampir seminggu. Tolong diperiksa kembali dan sistemnya diperbaiki.

        Wassalamualaikum.
        '''), kind='complaint', name='Siti Nur Halimah', inst='UIN Sunan Ampel Surabaya', req=False,
      ticket='PST-2026-02033', quote=gq(ASK, 'id'), **rp(2033), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f20-ooo-outlook-en-leave-headers', 'outlook', 'Maria Goreti Ndun', 'maria.ndun@plan-international.org',
      'Automatic reply: ' + SUBJ_DATA % 2041, T('''
        Thank you for your email. I am on annual leave until 7 December 2026 with no access to email. For urgent matters, please contact our Bali field office at bali.office@plan-international.org.

        Kind regards,
        Maria
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02041',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2041), **F)

    C('f20-ooo-gmail-dinas-luar-body-only', 'gmail', 'Yohanes Dwi Kristanto', 'yohanes.dk@pu.go.id', 'Re: ' + SUBJ_ACK % 2042, T('''
        Terima kasih atas email Bapak/Ibu. Saya sedang dinas luar (peninjauan lapangan ke Nusa Penida) sampai 27 November 2026 dengan akses email terbatas. Email akan saya tanggapi setelah kembali.

        Salam,
        Yohanes D. Kristanto
        '''), kind='auto_reply', req=False, ticket='PST-2026-02042', **rp(2042), **F)

    C('f20-ooo-yahoo-lpd-galungan-holiday', 'yahoo', 'LPD Desa Adat Baluk', 'lpdbaluk@yahoo.co.id',
      'Balasan Otomatis: Re: ' + SUBJ_DATA % 2043, T('''
        Om Swastyastu. Terima kasih, email Anda sudah kami terima. Kantor LPD Desa Adat Baluk libur Hari Raya Galungan dan Kuningan dan akan buka kembali tanggal 30 November 2026. Pesan ini dikirim otomatis.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02043',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(2043), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f20-dsn-postfix-gmail-typo', dict(
        recipient='rizal.agb19@gmial.com', original_message_id=OUR(2051, '5c0d2e71'),
        orig_subject=SUBJ_ACK % 2051, status='5.4.4',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              'For further assistance, please send mail to postmaster.\n\n'
              '                   The mail system\n\n'
              '<rizal.agb19@gmial.com>: Host or domain name not found. Name service error\n'
              '    for name=gmial.com type=MX: Host not found, try again')), 'PST-2026-02051', **F)

    D('f20-dsn-exchange-mailbox-full-id', dict(
        recipient='sagungmasdewi.dinkes@jembranakab.go.id', original_message_id=OUR(2052, '5c0d2e71'),
        orig_subject=SUBJ_DATA % 2052, status='5.2.2', mta='mail.jembranakab.go.id',
        **{'from': 'Postmaster <postmaster@jembranakab.go.id>',
           'subject': 'Tidak terkirim: ' + SUBJ_DATA % 2052,
           'text': ('Pesan Anda tidak dapat dikirim ke penerima berikut:\n\n'
                    'sagungmasdewi.dinkes@jembranakab.go.id\n'
                    'Kotak surat penerima penuh dan tidak dapat menerima pesan saat ini. '
                    'Coba kirim kembali nanti, atau hubungi penerima secara langsung.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: mail.jembranakab.go.id\n'
                    'sagungmasdewi.dinkes@jembranakab.go.id\n'
                    "Remote Server returned '552 5.2.2 Mailbox full; quota exceeded'")}),
      'PST-2026-02052', lang='id', **F)
