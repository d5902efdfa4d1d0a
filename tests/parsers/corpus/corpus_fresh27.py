# corpus_fresh27.py: a twenty-seventh batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh27"; tickets PST-2026-027xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh27')

    # Our own mails, as the requesters see them quoted below their answers.
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    SUBJ_LETTER = '[PST-2026-%05d] Mohon surat pengantar'
    DATA_ID = ('Yth. Bapak/Ibu,\n\nTerlampir kami sampaikan data sesuai permintaan Bapak/Ibu (tiket PST-2026-%05d). '
               'Bila ada hal yang kurang jelas, silakan membalas email ini.\n\nSalam,\n'
               'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    DATA_EN = ('Dear Sir/Madam,\n\nAttached please find the data you asked for (ticket PST-2026-%05d). '
               'If anything is unclear, just reply to this email.\n\nKind regards,\n'
               'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nTiket PST-2026-%05d telah kami tutup. Mohon kesediaan Bapak/Ibu memberi nilai '
               'atas layanan kami, dari 1 (sangat tidak puas) sampai 5 (sangat puas), dengan membalas email ini.\n\n'
               'Terima kasih,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nTicket PST-2026-%05d is now closed. Please rate our service from 1 (very '
               'dissatisfied) to 5 (very satisfied) by replying to this email.\n\nThank you,\n'
               'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    LETTER_ID = ('Yth. Bapak/Ibu,\n\nPermintaan Bapak/Ibu (tiket PST-2026-%05d) sedang kami proses. Karena data yang '
                 'diminta adalah data rinci tingkat desa, mohon dikirimkan surat pengantar dari instansi/kampus '
                 'dengan membalas email ini.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def gmq(text, who, when='Sen, 16 Nov 2026 pukul 20.41'):
        """Gmail (Indonesian) quote of somebody else's mail, for nested chains."""
        return 'Pada tanggal %s %s menulis:\n\n%s' % (when, who, pre(text))

    def iq(text, lang='id'):
        """Apple Mail on an iPhone."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 14:37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Thunderbird, Indonesian locale, bottom posting."""
        return 'Pada 25/11/2026 14.37, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """The Gmail app on Android, Indonesian."""
        return ('Pada Rab, 25 Nov 2026 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, 'c27d5a90'), references=[OUR(n, 'c27d5a90')])

    # ================================================================================================
    # New requests: students and academics
    # ================================================================================================
    C('f27-req-unmul-forestry-dayak-formal', 'gmail', 'Yohanes Lahang', 'yohaneslahang.ding@gmail.com',
      'Permohonan Data Desa Penyangga Taman Nasional Bali Barat', T('''
        Salam sejahtera,

        Yth. Kepala BPS Kabupaten Jembrana
        c.q. Petugas Pelayanan Statistik Terpadu

        Dengan hormat, saya Yohanes Lahang Ding, mahasiswa Program Studi Kehutanan, Fakultas Kehutanan Universitas Mulawarman, Samarinda. Saat ini saya menyusun skripsi tentang ketergantungan rumah tangga di desa penyangga terhadap kawasan konservasi, dengan membandingkan desa sekitar Taman Nasional Kutai di Kalimantan Timur dan desa sekitar Taman Nasional Bali Barat.

        Sehubungan dengan itu, saya memohon bantuan data berikut:
        1) jumlah penduduk dan rumah tangga di Desa Blimbingsari, Desa Ekasari dan Kelurahan Gilimanuk, 2018-2025;
        2) mata pencaharian utama penduduk di desa-desa tersebut (Podes terbaru);
        3) luas kawasan hutan menurut fungsinya di Kabupaten Jembrana.

        Besar harapan saya data tersebut dapat dikirim melalui email. Atas bantuan Bapak/Ibu saya ucapkan terima kasih.

        Hormat saya,
        Yohanes Lahang Ding
        NIM 2104016xxx
        '''), name='Yohanes Lahang Ding', inst='Universitas Mulawarman', **F)

    C('f27-req-undiksha-chat-iphone', 'iphone', 'Komang Ayu', 'komangayu.septiani@gmail.com', 'data penduduk mendoyo', T('''
        kak permisi 🙏 sy Komang Ayu Septiani mhs Undiksha prodi pend. geografi smt 5. mau minta data jumlah penduduk per desa di kec. mendoyo thn 2020-2025 sm luas wilayahnya kak, buat tugas matkul geografi penduduk. bisa dikirim lwt email ini aja ga kak? makasii

        Dikirim dari iPhone saya
        '''), name='Komang Ayu Septiani', inst='Undiksha', **F)

    C('f27-req-ipb-doctoral-batak-signature', 'outlook', 'Hotma Simanjuntak', 'hotma_rs@apps.ipb.ac.id',
      'Permohonan data tambak udang untuk disertasi', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Salam sejahtera. Saya sedang menyiapkan disertasi mengenai efisiensi teknis usaha tambak udang vaname skala kecil di pesisir selatan Bali, dengan Kabupaten Jembrana sebagai lokasi utama. Mohon kiranya dapat dibantu data berikut:

        • luas areal tambak menurut kecamatan, 2018-2025;
        • produksi dan nilai produksi udang vaname, 2018-2025;
        • jumlah rumah tangga usaha budidaya air payau menurut kecamatan (ST2023).

        Jika ada ketentuan administrasi yang harus saya penuhi, mohon informasinya.

        Hormat saya,

        Hotma Rosmauli Simanjuntak, S.Pi., M.Si.
        Mahasiswa Program Doktor Pengelolaan Sumberdaya Pesisir dan Lautan
        Sekolah Pascasarjana
        IPB University
        Kampus IPB Dramaga, Bogor 16680
        HP 0813-7012-xxxx
        '''), name='Hotma Rosmauli Simanjuntak', inst='IPB University', **F)

    C('f27-req-unair-lecturer-dr-thunderbird-wrapped', 'thunderbird', 'Lilik Handayani', 'lilik.handayani@fkm.unair.ac.id',
      'Permohonan data determinan stunting Kabupaten Jembrana', T('''
        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Perkenalkan, saya dr. Lilik Handayani, M.Kes., dosen Departemen Gizi Kesehatan, Fakultas Kesehatan Masyarakat Universitas Airlangga, Surabaya. Tim kami sedang melakukan kajian determinan stunting di kabupaten-kabupaten dengan prevalensi rendah di Bali dan Nusa Tenggara, dan Kabupaten Jembrana termasuk di dalamnya.

        Untuk itu kami mohon data Kabupaten Jembrana berupa persentase rumah tangga dengan akses sanitasi layak dan air minum layak tahun 2019-2025, rata-rata lama sekolah perempuan umur 15 tahun ke atas, serta persentase anak umur 0-23 bulan yang pernah diberi ASI (Susenas) bila tersedia pada tingkat kabupaten.

        Terima kasih atas perhatian dan bantuannya.

        Salam,
        Lilik Handayani
        '''), name='dr. Lilik Handayani', inst='Universitas Airlangga', wrap=72, **F)

    C('f27-req-en-latin1-oslo-postdoc', 'latin1', 'Ingrid Sølvberg', 'ingrid.solvberg@sosgeo.uio.no',
      'Request: rice field conversion data, Jembrana', T('''
        Dear colleagues,

        I am a postdoctoral researcher at the Department of Sociology and Human Geography, University of Oslo, working on the conversion of rice fields to housing and villas in Bali. Jembrana is interesting to me precisely because it has changed less than the south of the island.

        I would be very grateful for:
        - wetland rice field area (luas lahan sawah) by kecamatan, 2010-2025;
        - population by kecamatan in the 2010 and 2020 censuses and the latest projection;
        - the number of households living in their own house, by kecamatan, if it exists.

        Tusen takk, and thank you for your time.

        Med vennlig hilsen / Kind regards,
        Ingrid Sølvberg
        Postdoctoral Fellow
        University of Oslo
        '''), name='Ingrid Sølvberg', inst='University of Oslo', lang='en', **F)

    C('f27-req-en-kasetsart-thai-master', 'gmail', 'Siriporn Wongsawat', 'siriporn.wo@ku.th',
      'Data request for master thesis (shrimp aquaculture)', T('''
        Dear Sir or Madam,

        Greetings from Bangkok. My name is Siriporn Wongsawat and I am a master's student in Agricultural Economics at Kasetsart University. My thesis compares the costs of small vannamei shrimp farms in Chanthaburi, Thailand, and in western Bali after the disease outbreaks of recent years.

        Could you kindly provide:
        1. production of brackish-water aquaculture in Jembrana by commodity, 2018-2025;
        2. the number of aquaculture households (Agricultural Census 2023);
        3. the average farm-gate price of shrimp, if you collect it.

        Khob khun ka, thank you very much.

        Siriporn (Fern)
        '''), name='Siriporn Wongsawat', inst='Kasetsart University', lang='en', **F)

    C('f27-req-uin-walisongo-yahoo-ktm-photo', 'yahoo', 'aisyah nf', 'aisyahnurfadhilah21@yahoo.com',
      'permohonan data skripsi', T('''
        Assalamualaikum wr wb.

        Mohon maaf mengganggu waktunya Bapak/Ibu. Perkenalkan saya Aisyah Nur Fadhilah, mahasiswi Ekonomi Syariah UIN Walisongo Semarang semester 7. Skripsi saya membahas peran lembaga keuangan mikro syariah bagi UMKM di kampung muslim Loloan.

        Saya mohon data jumlah UMKM per kelurahan di Kecamatan Negara (Sensus Ekonomi 2016 atau yang terbaru) dan jumlah penduduk menurut agama per kelurahan. Bersama email ini saya lampirkan foto KTM sebagai identitas.

        Terima kasih banyak. Wassalamualaikum wr wb.

        Aisyah

        Dikirim dari Yahoo Mail di Android
        '''), name='Aisyah Nur Fadhilah', inst='UIN Walisongo Semarang',
      attachments=[JPG('KTM_Aisyah_Nur_Fadhilah.jpg')], **F)

    C('f27-req-papuan-student-udayana-android', 'plain', 'Agustina Yikwa', 'agustinayikwa02@gmail.com', 'Minta data ternak babi', T('''
        Selamat siang Bapak Ibu.

        Sa Agustina Yikwa, mahasiswi Fakultas Peternakan Universitas Udayana, asal dari Kabupaten Lanny Jaya, Papua Pegunungan. Sa ada kerja tugas kelompok tentang peternakan babi rakyat di Bali untuk dibandingkan dengan di kampung. Mohon bantu data populasi babi per kecamatan di Jembrana tahun 2021 sampai 2025 dan jumlah rumah tangga yang pelihara babi.

        Terima kasih banyak, Tuhan berkati.

        Agustina

        Dikirim dari perangkat Android saya
        '''), name='Agustina Yikwa', inst='Universitas Udayana', **F)

    C('f27-req-vague-unmas-student-mau-konsultasi', 'gmail', 'Dewa Ayu Wulan', 'dewaayuwulan.sri@gmail.com', 'tanya kak', T('''
        Selamat pagi kak, maaf mau tanya.

        Sy Dewa Ayu Sri Wulandari, mhs Unmas jurusan manajemen. Sy mau cari data buat skripsi tp msh bingung mau ambil data apa 😅 kira2 bisa konsultasi dulu gak ya kak? atau hrs dtg ke kantor?

        trims kak
        '''), name='Dewa Ayu Sri Wulandari', inst='Unmas', req=False, **F)

    C('f27-req-student-no-campus-coconut', 'gmail', 'Rahmat Syahputra', 'rahmatsyahputra.agb@gmail.com',
      'Permohonan data kelapa', T('''
        Selamat siang Bapak/Ibu,

        Saya Rahmat Syahputra, mahasiswa tingkat akhir jurusan agribisnis. Saat ini saya menyusun skripsi tentang pemasaran kopra dan kelapa butir di Bali bagian barat. Mohon bantuan data produksi kelapa per kecamatan di Kabupaten Jembrana tahun 2020-2025 serta harga kopra di tingkat petani bila ada.

        Terima kasih sebelumnya.

        Rahmat
        '''), name='Rahmat Syahputra', **F)

    C('f27-req-pnb-form-in-docx', 'gmail', 'Dwi Lestari', 'kadekdwilestari.pnb@gmail.com',
      'Formulir permintaan data - Politeknik Negeri Bali', T('''
        Selamat siang Bapak/Ibu,

        Bersama ini saya kirimkan formulir permintaan data yang sudah saya isi (terlampir). Saya Ni Kadek Dwi Lestari, mahasiswa D4 Akuntansi Manajerial Politeknik Negeri Bali, dan data tersebut untuk tugas akhir saya tentang kinerja BUMDes. Rincian data yang saya butuhkan tercantum di formulir.

        Terima kasih atas bantuannya.

        Salam,
        Dwi Lestari
        '''), name='Ni Kadek Dwi Lestari', inst='Politeknik Negeri Bali',
      attachments=[DOCX('Formulir Permintaan Data - Ni Kadek Dwi Lestari.docx')], **F)

    C('f27-req-ciputra-professor-code-switching', 'outlook', 'Hendra G. Tjahjadi', 'hendra.tjahjadi@ciputra.ac.id',
      'Data desa wisata & homestay Jembrana', T('''
        Dear Tim PST,

        Saya Prof. Dr. Hendra Gunawan Tjahjadi, dosen di School of Tourism, Universitas Ciputra. Kami sedang research tentang slow tourism dan homestay di desa wisata Bali Barat, sebagai bagian dari hibah kolaborasi dengan mitra di Taiwan.

        Boleh kami minta data berikut:
        - jumlah pondok wisata/homestay dan kamar per kecamatan, 2021-2025;
        - jumlah tamu menginap di akomodasi non-bintang per bulan, 2023-2025;
        - rata-rata lama menginap tamu domestik dan mancanegara.

        Thanks in advance, really appreciate it.

        Best,
        Hendra
        '''), name='Prof. Dr. Hendra Gunawan Tjahjadi', inst='Universitas Ciputra', **F)

    C('f27-req-warmadewa-lecturer-consultation-sample', 'gmail', 'Gung Istri Mirah', 'aaimirahdewi@warmadewa.ac.id',
      'Konsultasi penentuan sampel survei wisatawan', T('''
        Om Swastyastu,

        Saya Dr. Anak Agung Istri Mirah Dewi, S.E., M.Si., dosen Fakultas Ekonomi dan Bisnis Universitas Warmadewa. Bersama mahasiswa bimbingan, awal tahun depan kami akan melakukan survei kepuasan wisatawan di objek wisata Bunut Bolong dan Pantai Medewi.

        Kami ingin berkonsultasi mengenai:
        1. penentuan jumlah sampel bila populasi wisatawan per hari tidak diketahui;
        2. kuesioner baku yang dipakai BPS dalam survei wisatawan nusantara, apakah boleh diadaptasi.

        Apakah konsultasi bisa dilakukan secara daring? Kami menyesuaikan waktu Bapak/Ibu.

        Suksma,
        Gung Mirah
        '''), name='Dr. Anak Agung Istri Mirah Dewi', inst='Universitas Warmadewa', **F)

    C('f27-req-en-xiamen-lecturer-yahoo', 'yahoo', 'Li Wenjing', 'liwenjing_xmu@yahoo.com',
      'Inquiry: cocoa smallholders and cooperatives in Jembrana', T('''
        Dear Sir/Madam,

        I am Li Wenjing, lecturer at the School of Economics, Xiamen University, China. Together with two colleagues I am studying smallholder cocoa cooperatives in Southeast Asia, and Jembrana was mentioned to us by the Indonesian cocoa association as a good example.

        May I ask for:
        (a) cocoa planted area and production by kecamatan, 2015-2025;
        (b) the number of cooperatives in Jembrana by type, latest year.

        Thank you very much for your help.

        Best wishes,
        Li Wenjing
        '''), name='Li Wenjing', inst='Xiamen University', lang='en', **F)

    # ================================================================================================
    # New requests: schools
    # ================================================================================================
    C('f27-req-html-only-sma-geography-teacher', 'html_only', 'Nyoman Sudiarta', 'nyomansudiarta.geo@gmail.com',
      'Mohon data kependudukan untuk bahan ajar', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas BPS Kabupaten Jembrana,

        Saya Drs. I Nyoman Sudiarta, guru Geografi di SMA Negeri 2 Negara. Pada semester genap siswa kelas XI akan mempelajari dinamika kependudukan, dan saya ingin memakai data daerah sendiri agar pelajaran lebih bermakna bagi anak-anak.

        Mohon bantuan data: piramida penduduk Kabupaten Jembrana hasil SP2020, angka kelahiran dan angka kematian, serta data migrasi masuk dan keluar. Jika ada versi poster atau infografis, akan sangat membantu.

        Om Santih, Santih, Santih Om
        '''), name='Drs. I Nyoman Sudiarta', inst='SMA Negeri 2 Negara', **F)

    C('f27-req-vague-smk-pupil-iphone', 'iphone', 'dwi pradnyani', 'dwipradnyani.07@icloud.com', 'halo kak', T('''
        halo kak, aku Kadek Dwi Pradnyani dari SMK Negeri 1 Negara kelas XI akuntansi 😊 disuruh guru cari data dari BPS buat tugas, kak bisa bantu ga? makasih kak

        Dikirim dari iPhone saya
        '''), name='Kadek Dwi Pradnyani', inst='SMK Negeri 1 Negara', req=False, **F)

    # ================================================================================================
    # New requests: government
    # ================================================================================================
    C('f27-req-dinkes-letter-sekretaris-signs', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dikes@jembranakab.go.id',
      'Permohonan Data Pendukung Profil Kesehatan 2026', T('''
        Nomor     : 400.7/2314/Dikes/2026
        Sifat     : Biasa
        Lampiran  : -
        Hal       : Permohonan Data Pendukung Profil Kesehatan

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
        Tempat

        Dalam rangka penyusunan Profil Kesehatan Kabupaten Jembrana Tahun 2026, dengan hormat kami mohon bantuan data sebagai berikut:
        1. jumlah penduduk menurut kelompok umur dan jenis kelamin per kecamatan, tahun 2026 (proyeksi);
        2. jumlah rumah tangga per kecamatan;
        3. persentase penduduk miskin dan garis kemiskinan, 2024-2026;
        4. angka melek huruf dan rata-rata lama sekolah.

        Data mohon dikirim dalam format Excel ke alamat email ini. Narahubung: Ni Putu Yuni Astari (0819-3601-xxxx).

        Demikian disampaikan, atas kerja sama yang baik diucapkan terima kasih.

        a.n. Kepala Dinas Kesehatan Kabupaten Jembrana
        Sekretaris,

        dr. Anak Agung Ngurah Bagus Mahendra, M.Kes.
        Pembina Tk. I (IV/b)
        NIP 19780911 200501 1 007
        '''), name='dr. Anak Agung Ngurah Bagus Mahendra', inst='Dinas Kesehatan Kabupaten Jembrana', **F)

    C('f27-req-camat-staff-forwards-letter', 'gmail', 'Kecamatan Melaya', 'kec.melaya.pem@gmail.com',
      'Fwd: Permohonan data kependudukan untuk Musrenbang Kecamatan', T('''
        Selamat pagi Bapak/Ibu PST,

        Mohon izin, atas perintah Bapak Camat kami teruskan surat di bawah ini. Sebelumnya sudah kami kirim ke alamat bps5101@bps.go.id namun sepertinya belum terbaca. Mohon dapat dibantu.

        Salam,
        Ni Putu Ratna Dewi
        Staf Seksi Pemerintahan, Kantor Camat Melaya

        ---------- Forwarded message ---------
        From: Kecamatan Melaya <kec.melaya.pem@gmail.com>
        Date: Mon, Nov 16, 2026 at 10:21 AM
        Subject: Permohonan data kependudukan untuk Musrenbang Kecamatan
        To: <bps5101@bps.go.id>


        Yth. Kepala BPS Kabupaten Jembrana,

        Dalam rangka pelaksanaan Musrenbang Kecamatan Melaya tahun 2027, kami memohon data jumlah penduduk, jumlah rumah tangga, dan jumlah penduduk miskin per desa di Kecamatan Melaya tahun 2025, serta luas panen padi per desa.

        Demikian permohonan kami, atas perhatiannya kami sampaikan terima kasih.

        Camat Melaya,
        I Gede Oka Suarjana, S.STP., M.Si.
        '''), name='Ni Putu Ratna Dewi', inst='Kantor Camat Melaya', **F)

    C('f27-req-perbekel-tukadaya-letter-pdf', 'gmail', 'Desa Tukadaya', 'pemdes.tukadaya@gmail.com',
      'Permohonan Data - Pemerintah Desa Tukadaya', T('''
        Om Swastyastu,

        Bersama ini kami sampaikan surat permohonan data dari Pemerintah Desa Tukadaya (terlampir) untuk keperluan pemutakhiran profil desa dan penyusunan RPJMDes 2027-2032. Secara ringkas, data yang kami mohon adalah jumlah penduduk menurut kelompok umur, mata pencaharian, dan tingkat pendidikan di Desa Tukadaya hasil pendataan terakhir.

        Atas bantuannya kami ucapkan suksma.

        Om Santih, Santih, Santih Om

        Perbekel Tukadaya,
        I Made Sudarsana
        '''), name='I Made Sudarsana', inst='Pemerintah Desa Tukadaya',
      attachments=[PDF('Surat Permohonan Data Desa Tukadaya 140-211-XI-2026.pdf')], **F)

    C('f27-req-puskesmas-midwife-yahoo', 'yahoo', 'sri astiti', 'sriastiti.bidan@yahoo.co.id', 'Mohon data sasaran KIA', T('''
        Selamat siang Bapak/Ibu BPS,

        Saya Ni Wayan Sri Astiti, A.Md.Keb., bidan koordinator di UPTD Puskesmas Pekutatan. Kami sedang menyusun PWS KIA tahun 2027 dan memerlukan angka sasaran yang lebih akurat. Mohon bantuan data jumlah perempuan usia subur (15-49 tahun) dan jumlah bayi (umur 0 tahun) per desa di Kecamatan Pekutatan, tahun 2025 atau proyeksi 2026.

        Terima kasih banyak.

        Salam sehat,
        Sri Astiti

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Wayan Sri Astiti', inst='UPTD Puskesmas Pekutatan', **F)

    C('f27-req-national-food-agency-analyst', 'outlook', 'Rahmat Hidayatullah', 'rahmat.hidayatullah@badanpangan.go.id',
      'Permohonan data untuk validasi FSVA kecamatan', T('''
        Selamat siang,

        Perkenalkan, saya Rahmat Hidayatullah, analis ketahanan pangan di Badan Pangan Nasional, Jakarta. Kami sedang memvalidasi Peta Ketahanan dan Kerentanan Pangan (FSVA) tingkat kecamatan untuk Provinsi Bali tahun 2027.

        Untuk Kabupaten Jembrana kami memerlukan data per kecamatan:
        1. persentase penduduk miskin atau estimasinya;
        2. persentase rumah tangga tanpa akses air minum layak;
        3. rasio tenaga kesehatan terhadap jumlah penduduk;
        4. produksi padi, jagung dan ubi kayu, 2023-2025.

        Atas kerja samanya kami ucapkan terima kasih.

        Salam,
        Rahmat Hidayatullah
        '''), name='Rahmat Hidayatullah', inst='Badan Pangan Nasional', **F)

    C('f27-req-babinsa-rank-koramil', 'gmail', 'Komang Budiarta', 'komangbudiarta.babinsa@gmail.com',
      'Mohon izin permintaan data desa binaan', T('''
        Selamat pagi, izin Bapak/Ibu.

        Mohon izin, saya Serka Komang Budiarta, Babinsa Koramil 1617-03/Mendoyo yang membina Desa Yehembang Kauh. Dalam rangka pemutakhiran data teritorial desa binaan, mohon izin meminta data jumlah penduduk, jumlah rumah tangga, dan mata pencaharian penduduk Desa Yehembang Kauh tahun terbaru.

        Demikian, terima kasih. Salam Kartika.
        '''), name='Serka Komang Budiarta', inst='Koramil 1617-03/Mendoyo', **F)

    C('f27-req-religious-court-judge-hajjah', 'outlook', 'Nurul Hidayah', 'nurulhidayah.pa@gmail.com',
      'Permohonan data status perkawinan', T('''
        Assalamu'alaikum wr. wb.

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Saya Hj. Nurul Hidayah, S.H.I., M.H., hakim pada Pengadilan Agama Negara. Kami sedang menyusun kajian internal mengenai tren perkara perceraian dan dispensasi kawin di wilayah hukum kami. Sebagai pembanding, kami memohon data:

        a. jumlah penduduk menurut status perkawinan (kawin, cerai hidup, cerai mati) per kecamatan, SP2020 atau Susenas;
        b. persentase perempuan umur 20-24 tahun yang menikah sebelum umur 18 tahun di Kabupaten Jembrana, 2019-2025.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Wassalamu'alaikum wr. wb.
        '''), name='Hj. Nurul Hidayah', inst='Pengadilan Agama Negara', **F)

    C('f27-req-bpbd-no-person-signature', 'gmail', 'BPBD Jembrana', 'bpbd.jembrana.kesiapsiagaan@gmail.com',
      'Permohonan data kajian risiko bencana', T('''
        Selamat siang.

        Menindaklanjuti penyusunan Kajian Risiko Bencana Kabupaten Jembrana 2027-2031, kami mohon data berikut:
        - jumlah penduduk per desa menurut jenis kelamin dan kelompok umur rentan (balita dan lansia), 2025;
        - jumlah penyandang disabilitas per kecamatan;
        - jumlah rumah tangga per desa.

        Mohon data dikirim dalam format Excel. Terima kasih.

        Bidang Pencegahan dan Kesiapsiagaan
        Badan Penanggulangan Bencana Daerah Kabupaten Jembrana
        Telp. (0365) 4xxxx
        '''), inst='Badan Penanggulangan Bencana Daerah Kabupaten Jembrana', **F)

    C('f27-req-majelis-desa-adat-ida-bagus', 'gmail', 'MDA Jembrana', 'mda.kabjembrana@gmail.com',
      'Permohonan data untuk Profil Desa Adat', T('''
        Om Swastyastu,

        Yth. Bapak Kepala BPS Kabupaten Jembrana,

        Dengan hormat, kami dari Majelis Desa Adat Kabupaten Jembrana bermaksud menyusun Profil Desa Adat se-Kabupaten Jembrana tahun 2027. Sehubungan dengan itu kami mohon data jumlah penduduk dan rumah tangga per desa/kelurahan beserta jumlah banjar dinas, serta data Podes mengenai keberadaan tempat ibadah dan lembaga adat di tiap desa.

        Atas perhatian Bapak kami ucapkan suksma.

        Om Santih, Santih, Santih Om

        Bendesa Madya Majelis Desa Adat Kabupaten Jembrana,
        Ida Bagus Made Oka Wiguna
        '''), name='Ida Bagus Made Oka Wiguna', inst='Majelis Desa Adat Kabupaten Jembrana', **F)

    C('f27-req-brin-researcher-consultation', 'outlook', 'Yulia Kartikasari', 'yuli012@brin.go.id',
      'Konsultasi dan permohonan data penduduk lansia', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Saya Dr. Yulia Kartikasari, peneliti ahli madya di Pusat Riset Kependudukan BRIN. Kami sedang meneliti pengaturan tempat tinggal lansia (living arrangement) di Bali, dengan Jembrana dan Gianyar sebagai dua kabupaten studi.

        Kami mohon:
        1. jumlah penduduk lansia menurut kelompok umur, jenis kelamin dan status tinggal (sendiri, bersama pasangan, bersama anak), SP2020 Long Form;
        2. kesempatan berkonsultasi dengan statistisi mengenai kemungkinan tabulasi khusus dari data Susenas 2023-2025 tingkat kabupaten.

        Terima kasih atas kerja samanya.

        Salam,
        Yulia Kartikasari
        Pusat Riset Kependudukan
        Badan Riset dan Inovasi Nasional
        '''), name='Dr. Yulia Kartikasari', inst='Pusat Riset Kependudukan BRIN', **F)

    # ================================================================================================
    # New requests: media, companies, embassies
    # ================================================================================================
    C('f27-req-news-site-journalist-iphone-deadline', 'iphone', 'Rizal Fahmi', 'rizalfahmi.sbb@gmail.com', 'data inflasi', T('''
        Selamat sore PST BPS. Sy Rizal Fahmi, wartawan SuaraBaliBarat.com. Lg nulis soal harga beras naik jelang Natal & Tahun Baru. Minta data inflasi Jembrana (atau Bali kalau kab tdk ada) Okt-Nov 2026 + andil beras ke inflasi. Kalau bisa hari ini krn deadline besok pagi 🙏 Nuwun.

        Dikirim dari iPhone saya
        '''), name='Rizal Fahmi', inst='SuaraBaliBarat.com', **F)

    C('f27-req-en-swedish-correspondent-sardines', 'gmail', 'Sophie Lindqvist', 'sophie.lindqvist@nordicasia.se',
      'Sardine fishery figures for a feature', T('''
        Hello,

        I'm Sophie Lindqvist, a Swedish journalist based in Denpasar and Southeast Asia correspondent for Nordic Asia Weekly. I'm working on a feature about the decline of the Bali Strait sardine fishery and what it means for the canneries and for families in Pengambengan.

        Could you help me with:
        - annual sardine (lemuru) landings in Jembrana since 2010;
        - the number of workers in fish-processing industries, if you have it;
        - the number of fishing households in Kecamatan Negara?

        I'm happy to credit BPS Jembrana in the piece.

        Best,
        Sophie
        '''), name='Sophie Lindqvist', inst='Nordic Asia Weekly', lang='en', **F)

    C('f27-req-bank-rm-ojk-disclaimer', 'outlook', 'Yudha Pratama Nugraha', 'yudha.nugraha@banknusadwipa.co.id',
      'Permohonan data sektor unggulan Kabupaten Jembrana', T('''
        Yth. Bapak/Ibu,

        Saya Yudha Pratama Nugraha, Relationship Manager UMKM di PT Bank Nusa Dwipa Tbk. Kami sedang menyusun rencana penyaluran kredit usaha rakyat tahun 2027 untuk wilayah Jembrana dan memerlukan data berikut:

        1. PDRB atas dasar harga konstan menurut lapangan usaha, 2021-2025;
        2. jumlah usaha mikro dan kecil menurut kecamatan dan lapangan usaha;
        3. produksi kakao, kelapa dan perikanan tangkap, 2021-2025.

        Terima kasih atas bantuannya.

        Hormat saya,

        Yudha Pratama Nugraha
        Relationship Manager UMKM
        PT Bank Nusa Dwipa Tbk
        Jl. Ngurah Rai No. 88, Negara, Jembrana

        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Apabila Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. PT Bank Nusa Dwipa Tbk berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS.
        '''), name='Yudha Pratama Nugraha', inst='PT Bank Nusa Dwipa Tbk', **F)

    C('f27-req-solar-firm-code-switching', 'gmail', 'Steven Gunawan', 'steven.gunawan@suryanusa.co.id',
      'Data request - feasibility study solar cold storage', T('''
        Hi team BPS Jembrana,

        Saya Steven Wijaya Gunawan, Business Development di PT Surya Nusa Energi. We're exploring proyek rooftop solar + cold storage untuk nelayan di Pengambengan dan Air Kuning. Untuk feasibility study, kami butuh:

        1. Jumlah rumah tangga per desa + persentase RT menurut sumber penerangan (PLN vs non-PLN);
        2. Produksi perikanan tangkap per tempat pendaratan, 2020-2025;
        3. Rata-rata pengeluaran per kapita untuk listrik, if available.

        Appreciate your help!

        Best regards,
        Steven W. Gunawan
        Business Development Manager
        PT Surya Nusa Energi
        Jl. Raya Darmo Permai III No. 18, Surabaya
        +62 811-3322-xxxx
        '''), name='Steven Wijaya Gunawan', inst='PT Surya Nusa Energi', **F)

    C('f27-req-en-italian-surf-camp-owner', 'gmail', 'Marco Bianchi', 'marco@medewisurfcamp.com',
      'tourist numbers Jembrana', T('''
        Hi,

        My name is Marco Bianchi, I run a small surf camp in Medewi (Medewi Surf Camp, 8 rooms) together with my Balinese wife. We would like to expand and the bank asks us for a small market analysis. Where can I find the number of foreign tourists staying in Jembrana per month, and the room occupancy rate of hotels? Last 3 years please.

        Grazie mille / terima kasih,
        Marco
        '''), name='Marco Bianchi', inst='Medewi Surf Camp', lang='en', **F)

    C('f27-req-housewife-catering-pribadi', 'gmail', 'Siti Khotijah', 'sitikhotijah1985@gmail.com', 'Tanya data', T('''
        Assalamualaikum.

        Selamat pagi Bapak/Ibu, saya Siti Khotijah, ibu rumah tangga di Banyubiru. Saya bertanya untuk keperluan pribadi saja, rencana mau buka usaha katering nasi kotak. Kira-kira ada data berapa jumlah kantor, sekolah, dan pabrik di Kecamatan Negara? Supaya saya tahu pasarnya.

        Terima kasih. Wassalamualaikum.
        '''), name='Siti Khotijah', **F)

    C('f27-req-pharmacist-apt-title', 'gmail', 'Meliana Lie', 'meliana.sentosafarma@gmail.com',
      'Permohonan data penduduk lansia dan fasilitas kesehatan', T('''
        Selamat siang,

        Perkenalkan saya apt. Meliana Lie, S.Farm., apoteker penanggung jawab di Apotek Sentosa Farma, Negara. Kami berencana membuka cabang kedua dan sedang menimbang lokasinya antara Kecamatan Mendoyo dan Kecamatan Melaya.

        Mohon bantuan data jumlah penduduk umur 60 tahun ke atas per kecamatan, serta jumlah apotek, klinik dan praktik dokter per kecamatan (Podes 2024).

        Terima kasih banyak.

        Salam,
        Meliana
        '''), name='apt. Meliana Lie', inst='Apotek Sentosa Farma', **F)

    C('f27-req-en-netherlands-embassy-signature', 'outlook', 'Groot, Hannah de', 'hannah-de.groot@minbuza.nl',
      'Request for regional statistics - aquaculture and seaweed', T('''
        Dear colleagues,

        I work in the Economic Section of our embassy in Jakarta and am preparing a briefing ahead of a Dutch trade mission on aquaculture and seaweed to Bali and East Java in February 2027. Could you share the following for Jembrana:

        1. production of marine and brackish-water aquaculture by commodity, 2020-2025;
        2. number of aquaculture households by kecamatan;
        3. GRDP of the fisheries sub-sector, 2020-2025?

        Many thanks in advance.

        Kind regards,

        Hannah de Groot
        Policy Officer, Economic Section
        Embassy of the Kingdom of the Netherlands
        Jl. H.R. Rasuna Said Kav. S-3, Jakarta 12950
        '''), name='Hannah de Groot', inst='Embassy of the Kingdom of the Netherlands', lang='en', **F)

    C('f27-req-private-hospital-planner', 'outlook', 'Made Ari Suryawan', 'perencanaan@rsubhaktihusada.co.id',
      'Permohonan data untuk rencana strategis rumah sakit', T('''
        Selamat pagi Bapak/Ibu,

        Saya Made Ari Suryawan, S.KM., staf perencanaan di RSU Bhakti Husada Negara. Kami sedang menyusun Rencana Strategis 2027-2031 dan memerlukan data:

        - jumlah penduduk per kecamatan 2025 dan proyeksinya sampai 2030;
        - persentase penduduk yang mempunyai keluhan kesehatan dan angka kesakitan (Susenas);
        - persentase penduduk yang memiliki jaminan kesehatan.

        Terima kasih atas kerja samanya.

        Salam sehat,
        Made Ari Suryawan
        Bagian Perencanaan dan Pengembangan
        RSU Bhakti Husada Negara
        '''), name='Made Ari Suryawan', inst='RSU Bhakti Husada Negara', **F)

    C('f27-req-consultant-forwards-own-mail-outlook', 'outlook', 'Tri Wahyuningsih', 'tri.w@mitradatanusantara.co.id',
      'FW: Permohonan data upah dan tenaga kerja Jembrana', T('''
        Selamat siang Bapak/Ibu PST Jembrana,

        Mohon maaf, email di bawah ini awalnya saya kirim ke BPS Provinsi Bali, lalu disarankan untuk langsung ke BPS Kabupaten Jembrana. Mohon bantuannya.

        Salam,
        Tri

        ________________________________
        Dari: Tri Wahyuningsih <tri.w@mitradatanusantara.co.id>
        Dikirim: Kamis, 19 November 2026 14.05
        Kepada: pst5100@bps.go.id <pst5100@bps.go.id>
        Perihal: Permohonan data upah dan tenaga kerja Jembrana

        Yth. Bapak/Ibu,

        Perkenalkan, saya Tri Wahyuningsih, konsultan ketenagakerjaan di CV Mitra Data Nusantara, Yogyakarta. Kami sedang membantu sebuah perusahaan pengalengan ikan menyusun struktur dan skala upah, dan memerlukan data Kabupaten Jembrana:
        - rata-rata upah/gaji bersih buruh per bulan menurut lapangan usaha, 2022-2025;
        - jumlah penduduk bekerja menurut lapangan usaha dan jenis kelamin, 2022-2025.

        Hormat saya,
        Tri Wahyuningsih
        Konsultan
        CV Mitra Data Nusantara
        '''), name='Tri Wahyuningsih', inst='CV Mitra Data Nusantara', **F)

    # ================================================================================================
    # New requests: cooperatives, farmer groups, NGOs
    # ================================================================================================
    C('f27-req-fishers-cooperative-android', 'plain', 'Abdul Rahman', 'kopsegaramina.pgb@gmail.com', 'mohon data nelayan', T('''
        Selamat pagi Pak Bu

        Kami dari Koperasi Produsen Nelayan Segara Mina Pengambengan. Sy ketua koperasi, nama Abdul Rahman Alaydrus. Koperasi mau ajukan bantuan kapal ke kementerian, diminta data pendukung: jumlah nelayan & jumlah perahu motor tempel di Desa Pengambengan thn 2023-2025. Mohon bantuannya pak bu.

        Trimakasih

        Dikirim dari perangkat Android saya
        '''), name='Abdul Rahman Alaydrus', inst='Koperasi Produsen Nelayan Segara Mina Pengambengan', **F)

    C('f27-req-pekaseh-balinese-alus', 'gmail', 'Ketut Sadia', 'ketutsadia.subak@gmail.com', 'Nunas data sawah', T('''
        Om Swastyastu,

        Titiang I Ketut Sadia, Pekaseh ring Subak Yeh Santang. Subak titiang wenten ring Desa Pohsanten, Kecamatan Mendoyo. Titiang nunas data luas sawah lan produksi padi ring Kecamatan Mendoyo warsa 2020-2025, anggen bahan usulan perbaikan saluran irigasi ke Dinas PUPR. Yening wenten data curah hujan taler, titiang nunas.

        Suksma pisan.

        Om Santih, Santih, Santih Om
        '''), name='I Ketut Sadia', inst='Subak Yeh Santang', **F)

    C('f27-req-turtle-ngo-coordinator', 'gmail', 'Ayu Widiastuti', 'edukasi@penyulestari.or.id',
      'Permohonan data sosial ekonomi Desa Perancak', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Made Ayu Widiastuti, koordinator program edukasi di Yayasan Penyu Lestari Perancak. Kami sedang menyusun laporan dampak sosial-ekonomi program konservasi penyu bagi warga desa untuk mitra donor kami.

        Mohon bantuan data:
        - jumlah penduduk dan rumah tangga Desa Perancak, 2020-2025;
        - persentase penduduk bekerja di sektor perikanan dan pariwisata di Kecamatan Jembrana;
        - jumlah wisatawan yang berkunjung ke Kecamatan Jembrana, bila tersedia.

        Salam lestari,
        Ayu Widiastuti
        Yayasan Penyu Lestari Perancak
        "Protecting turtles, empowering communities"
        '''), name='Ni Made Ayu Widiastuti', inst='Yayasan Penyu Lestari Perancak', **F)

    C('f27-req-kwt-chair-yahoo-typos', 'yahoo', 'nengah suartini', 'nengahsuartini77@yahoo.com', 'permohonan data', T('''
        selamat siang bapak ibu bps

        sy ketua KWT Mekar Sari desa Batuagung, nama sy Ni Nengah Suartini. kami mau ajukan proposal kebun bibit ke dinas pertanian, perlu data jumlah rumah tangga pertanian & luas lahan pekarangan di desa batuagung. mohon bantuanya. terimakasih

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Nengah Suartini', inst='KWT Mekar Sari desa Batuagung', **F)

    # ================================================================================================
    # New requests missing identity or need
    # ================================================================================================
    C('f27-req-no-name-no-inst-inflation-iphone', 'iphone', '', 'bayu.kusuma.21@icloud.com', 'inflasi', T('''
        Pagi, minta data inflasi jembrana bulan oktober 2026 sama inflasi tahunannya ya. Thx

        Sent from my iPhone
        '''), **F)

    C('f27-req-vague-name-only-bisa-dibantu', 'gmail', 'Hendra Saputra', 'hendrasaputra.ngr@gmail.com', 'Pertanyaan', T('''
        Selamat siang,

        Mau tanya-tanya soal data, bisa dibantu? Terima kasih.

        Hendra
        '''), name='Hendra', req=False, **F)

    C('f27-req-en-travel-blogger-first-name', 'gmail', 'Chloe', 'chloe.wanders.bali@gmail.com', 'Quick question', T('''
        Hi there!

        I'm Chloe, I write a travel blog about the less touristy parts of Bali. What's the population of Negara town, and roughly how many tourists visit Jembrana each year? I'd love to quote official numbers rather than Wikipedia :)

        Cheers!
        '''), name='Chloe', lang='en', **F)

    C('f27-req-html-only-karang-taruna-from-name-only', 'html_only', 'Gede Arya Pratama', 'kt.ekadharma.kaliakah@gmail.com',
      'Permohonan data pemuda Desa Kaliakah', T('''
        Om Swastyastu,

        Dengan hormat, kami bermaksud menyusun program kerja pemberdayaan pemuda tahun 2027. Untuk itu kami mohon bantuan data jumlah penduduk umur 16-30 tahun menurut jenis kelamin di Desa Kaliakah, serta tingkat pengangguran terbuka pemuda di Kabupaten Jembrana, tahun terbaru.

        Atas bantuan Bapak/Ibu kami ucapkan suksma.

        Hormat kami,
        Pengurus Karang Taruna Eka Dharma Desa Kaliakah
        '''), inst='Karang Taruna Eka Dharma Desa Kaliakah', **F)

    C('f27-req-vague-posyandu-cadre-what-data', 'gmail', 'Luh Sukreni', 'luhsukreni.posyandu@gmail.com', 'Mohon informasi', T('''
        Selamat pagi Bapak/Ibu,

        Saya Luh Sukreni, kader Posyandu Melati Banjar Tengah. Kami para kader ingin tahu data apa saja yang bisa kami dapat dari BPS untuk kegiatan posyandu, dan bagaimana caranya memintanya. Mohon informasinya.

        Terima kasih.
        '''), name='Luh Sukreni', inst='Posyandu Melati Banjar Tengah', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f27-reply-identity-after-ask-dinsos', 'gmail', 'Komang Tri', 'komangtriariani@gmail.com',
      'Re: ' + SUBJ_ASK % 2701, T('''
        Selamat siang, mohon maaf identitasnya belum lengkap.

        Saya Ni Komang Tri Ariani, staf pada Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana. Terima kasih.
        '''), kind='reply', name='Ni Komang Tri Ariani',
      inst='Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana', req=False,
      ticket='PST-2026-02701', quote=gq(ASK, 'id'), **rp(2701), **F)

    C('f27-reply-iphone-thanks-no-name', 'iphone', 'Dwi', 'dwipradnyani.07@icloud.com', 'Re: ' + SUBJ_DATA % 2702, T('''
        Okee sudah masuk kak filenya. Makasih bnyk yaa 🙏😊

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-02702', quote=iq(DATA_ID % 2702), **rp(2702), **F)

    C('f27-reply-outlook-thanks-dinkes-contact', 'outlook', 'Yuni Astari', 'yuniastari.dikes@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 2703, T('''
        Selamat siang,

        Data sudah kami terima dengan baik dan akan kami gunakan untuk Profil Kesehatan 2026. Terima kasih atas bantuannya yang cepat.

        Salam,
        Ni Putu Yuni Astari, S.KM.
        Pengelola Data dan Informasi
        Dinas Kesehatan Kabupaten Jembrana
        '''), kind='reply', name='Ni Putu Yuni Astari', inst='Dinas Kesehatan Kabupaten Jembrana', req=False,
      ticket='PST-2026-02703',
      quote=oq(DATA_ID % 2703, 'Yuni Astari <yuniastari.dikes@jembranakab.go.id>', SUBJ_DATA % 2703, 'id'),
      **rp(2703), **F)

    C('f27-reply-en-latin1-asks-method-change', 'latin1', 'Ingrid Sølvberg', 'ingrid.solvberg@sosgeo.uio.no',
      'Re: ' + SUBJ_DATA % 2704, T('''
        Dear PST team,

        Many thanks for the tables, they are very helpful. One follow-up question: the rice field area for 2019 is much lower than for 2018 in your file (about 6,100 ha against 6,900 ha). Was there a change in method, for example the new land-cover map of the ministry? And would the same series be available by desa for Kecamatan Negara?

        Best regards,
        Ingrid Sølvberg
        '''), kind='reply', name='Ingrid Sølvberg', req=True, lang='en', ticket='PST-2026-02704',
      quote=gq(DATA_EN % 2704), **rp(2704), **F)

    C('f27-reply-yahoo-asks-earlier-census', 'yahoo', 'aisyah nf', 'aisyahnurfadhilah21@yahoo.com',
      'Re: ' + SUBJ_DATA % 2705, T('''
        Wa'alaikumsalam wr wb.

        Terima kasih banyak, datanya sudah saya terima. Mohon maaf, apakah data jumlah UMKM per kelurahan juga tersedia untuk Sensus Ekonomi 2006? Saya ingin membandingkannya dengan 2016.

        Terima kasih.
        Aisyah Nur Fadhilah
        '''), kind='reply', name='Aisyah Nur Fadhilah', req=True, ticket='PST-2026-02705',
      quote=yq(DATA_ID % 2705), **rp(2705), **F)

    C('f27-reply-thunderbird-bottom-cover-letter', 'thunderbird', 'Yohanes Lahang', 'yohaneslahang.ding@gmail.com',
      'Re: ' + SUBJ_LETTER % 2706, tq(LETTER_ID % 2706) + '\n\n' + T('''
        Selamat siang Bapak/Ibu,

        Terlampir surat pengantar dari Wakil Dekan I Fakultas Kehutanan. Mohon maaf baru sempat mengirim karena menunggu tanda tangan.

        Hormat saya,
        Yohanes Lahang Ding
        '''), kind='reply', name='Yohanes Lahang Ding', req=False, ticket='PST-2026-02706',
      attachments=[PDF('Surat Pengantar Fahutan Unmul - Yohanes Lahang Ding.pdf')], **rp(2706), **F)

    C('f27-reply-status-new-mail-ticket-in-body', 'gmail', 'Gede Arya Wiguna', 'aryawiguna.ekon@gmail.com',
      'Menanyakan permohonan data', T('''
        Selamat pagi Pak/Bu,

        Terkait permohonan data saya dengan nomor tiket PST-2026-02707 tanggal 16 November, mohon info apakah sudah diproses? Data tersebut akan kami pakai untuk rapat koordinasi TPID tanggal 1 Desember.

        Terima kasih.

        Gede Arya Wiguna
        Bagian Perekonomian Setda Kabupaten Jembrana
        '''), kind='reply', name='Gede Arya Wiguna', inst='Bagian Perekonomian Setda Kabupaten Jembrana', req=False,
      ticket='PST-2026-02707', **F)

    ORIG_2708 = T('''
        Hi team BPS Jembrana,

        Saya Steven Wijaya Gunawan, Business Development di PT Surya Nusa Energi. Untuk feasibility study cold storage di Pengambengan, kami butuh jumlah rumah tangga per desa menurut sumber penerangan.

        Best regards,
        Steven W. Gunawan
        ''')
    OUR_2708 = (DATA_ID % 2708) + '\n\n' + gmq(
        ORIG_2708 + '\n\n' + gmq(ACK % (2708, 'Steven Wijaya Gunawan', 'PT Surya Nusa Energi',
                                        'Rumah tangga menurut sumber penerangan'),
                                 'PST BPS Kabupaten Jembrana <pst5101@bps.go.id>', 'Sen, 16 Nov 2026 pukul 21.03'),
        'Steven Gunawan <steven.gunawan@suryanusa.co.id>')
    C('f27-reply-long-chain-asks-category', 'gmail', 'Steven Gunawan', 'steven.gunawan@suryanusa.co.id',
      'Re: ' + SUBJ_DATA % 2708, T('''
        Terima kasih banyak atas datanya, very helpful.

        Satu pertanyaan lagi: di tabel sumber penerangan, kategori "listrik non-PLN" itu termasuk panel surya rumah tangga atau hanya genset? Dan apakah ada rincian untuk Desa Air Kuning saja?

        Thanks!

        Best regards,
        Steven W. Gunawan
        Business Development Manager
        PT Surya Nusa Energi
        '''), kind='reply', name='Steven W. Gunawan', inst='PT Surya Nusa Energi', req=True, ticket='PST-2026-02708',
      quote=gq(OUR_2708, 'id'), **rp(2708), **F)

    C('f27-reply-android-siap-surat-first-name', 'plain', 'Tari', 'tariputri.ds@gmail.com', 'Re: ' + SUBJ_LETTER % 2709, T('''
        oke siap kak, surat pengantarnya sy mintakan dulu ke prodi, bsk sy kirim ya. makasih kak

        Tari

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='Tari', req=False, ticket='PST-2026-02709', quote=aq(LETTER_ID % 2709), **rp(2709), **F)

    C('f27-reply-en-outlook-corrects-institution', 'outlook', 'Hamish McAllister', 'h.mcallister@cdu.edu.au',
      'RE: ' + SUBJ_ACK % 2710, T('''
        Dear PST team,

        Thank you for the acknowledgement. A small correction for your records: I am a visiting researcher at Udayana, but my home institution is Charles Darwin University in Darwin, Australia, and the data will be used for a CDU project. Everything else is correct.

        Kind regards,
        Dr Hamish McAllister
        Research Fellow, Research Institute for the Environment and Livelihoods
        Charles Darwin University
        '''), kind='reply', name='Dr Hamish McAllister', inst='Charles Darwin University', req=False, lang='en',
      ticket='PST-2026-02710',
      quote=oq(ACK % (2710, 'Hamish McAllister', 'Universitas Udayana', 'Data curah hujan dan produksi padi'),
               'Hamish McAllister <h.mcallister@cdu.edu.au>', SUBJ_ACK % 2710), **rp(2710), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f27-rating-gmail-bare-five-chat', 'gmail', 'Komang Ayu', 'komangayu.septiani@gmail.com', 'Re: ' + SUBJ_RATE % 2721, T('''
        5 kak!! pelayanannya cepet bgt, makasih yaa 😍

        Komang Ayu
        '''), kind='rating', rating=5, name='Komang Ayu', req=False, ticket='PST-2026-02721',
      quote=gq(RATE_ID % 2721, 'id'), **rp(2721), **F)

    C('f27-rating-outlook-nilai-empat-masukan', 'outlook', 'Nurul Hidayah', 'nurulhidayah.pa@gmail.com', 'RE: ' + SUBJ_RATE % 2722, T('''
        Selamat siang,

        Nilai: 4 (puas)
        Masukan: mohon ke depan data dikirim dalam format Excel, bukan PDF, agar mudah diolah.

        Terima kasih.

        Hj. Nurul Hidayah
        Hakim Pengadilan Agama Negara
        '''), kind='rating', rating=4, name='Hj. Nurul Hidayah', inst='Pengadilan Agama Negara', req=False,
      ticket='PST-2026-02722',
      quote=oq(RATE_ID % 2722, 'Nurul Hidayah <nurulhidayah.pa@gmail.com>', SUBJ_RATE % 2722, 'id'), **rp(2722), **F)

    C('f27-rating-iphone-four-stars-no-name', 'iphone', 'Rizky', 'rizky.pratama.bali@icloud.com', 'Re: ' + SUBJ_RATE % 2723, T('''
        ⭐⭐⭐⭐
        Empat bintang ya kak, datanya lengkap tp agak lama nunggunya 3 hari 😁

        Dikirim dari iPhone saya
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-02723', quote=iq(RATE_ID % 2723), **rp(2723), **F)

    C('f27-rating-en-three-out-of-five-reminders', 'gmail', 'Siriporn Wongsawat', 'siriporn.wo@ku.th', 'Re: ' + SUBJ_RATE % 2724, T('''
        Dear team,

        I would rate your service 3 out of 5. The staff were friendly, but the aquaculture table only arrived after I sent two reminders, and the 2024 figures were missing from it.

        Best regards,
        Siriporn Wongsawat
        '''), kind='rating', rating=3, name='Siriporn Wongsawat', req=False, lang='en', ticket='PST-2026-02724',
      quote=gq(RATE_EN % 2724), **rp(2724), **F)

    C('f27-rating-yahoo-dua-in-words', 'yahoo', 'nengah suartini', 'nengahsuartini77@yahoo.com', 'Re: ' + SUBJ_RATE % 2725, T('''
        Selamat sore.

        Saya beri nilai dua saja. Data per desa yang saya minta tidak ada, hanya dikirim tabel kecamatan yang sebenarnya sudah ada di website.

        Salam,
        Ni Nengah Suartini
        '''), kind='rating', rating=2, name='Ni Nengah Suartini', req=False, ticket='PST-2026-02725',
      quote=yq(RATE_ID % 2725), **rp(2725), **F)

    C('f27-rating-latin1-german-five-excellent', 'latin1', 'Jürgen Hoffmann', 'j.hoffmann@t-online.de', 'Re: ' + SUBJ_RATE % 2726, T('''
        Hello,

        Rating: 5 - excellent service, very fast and a very clear explanation on the phone. Vielen Dank!

        Jürgen Hoffmann
        '''), kind='rating', rating=5, name='Jürgen Hoffmann', req=False, lang='en', ticket='PST-2026-02726',
      quote=gq(RATE_EN % 2726), **rp(2726), **F)

    C('f27-rating-new-mail-ticket-in-subject-hospital', 'gmail', 'Made Ari Suryawan', 'madearisuryawan@gmail.com',
      'Penilaian layanan PST-2026-02727', T('''
        Selamat siang,

        Menanggapi email penutupan tiket PST-2026-02727 atas permohonan kami tanggal 17 November 2026, yang tidak bisa saya balas dari email kantor, saya memberikan nilai 4 untuk layanan PST. Terima kasih.

        Made Ari Suryawan
        RSU Bhakti Husada Negara
        '''), kind='rating', rating=4, name='Made Ari Suryawan', inst='RSU Bhakti Husada Negara', req=False,
      ticket='PST-2026-02727', **F)

    C('f27-rating-android-one-angry-journalist', 'plain', 'Rizal Fahmi', 'rizalfahmi.sbb@gmail.com', 'Re: ' + SUBJ_RATE % 2728, T('''
        nilai 1. sudah 2 minggu data tdk dikirim2, tiba2 tiketnya ditutup. mengecewakan.

        Rizal Fahmi
        SuaraBaliBarat.com

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=1, name='Rizal Fahmi', inst='SuaraBaliBarat.com', req=False, ticket='PST-2026-02728',
      quote=aq(RATE_ID % 2728), **rp(2728), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f27-complaint-no-answer-no-ticket', 'gmail', 'Rahmat Syahputra', 'rahmatsyahputra.agb@gmail.com',
      'Belum ada balasan', T('''
        Selamat siang Bapak/Ibu,

        Sudah seminggu saya mengirim email permintaan data ke alamat ini, tetapi belum ada balasan sama sekali, bahkan nomor tiket pun tidak saya terima. Di website tertulis permintaan dijawab paling lambat tiga hari kerja. Mohon perhatiannya, karena jadwal bimbingan skripsi saya sudah dekat.

        Terima kasih.

        Rahmat Syahputra
        '''), kind='complaint', name='Rahmat Syahputra', req=False, **F)

    C('f27-complaint-outlook-scanned-pdf-on-ticket', 'outlook', 'Yudha Pratama Nugraha', 'yudha.nugraha@banknusadwipa.co.id',
      'RE: ' + SUBJ_DATA % 2732, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Kami menerima data dalam bentuk PDF hasil pindaian yang miring, dan sebagian angka pada tabel PDRB tidak terbaca. Kami harus mengetik ulang semuanya secara manual. Mohon ke depan data dikirim dalam format Excel atau setidaknya PDF asli, bukan hasil scan.

        Hormat saya,

        Yudha Pratama Nugraha
        Relationship Manager UMKM
        PT Bank Nusa Dwipa Tbk
        '''), kind='complaint', name='Yudha Pratama Nugraha', inst='PT Bank Nusa Dwipa Tbk', req=False,
      ticket='PST-2026-02732',
      quote=oq(DATA_ID % 2732, 'Yudha Pratama Nugraha <yudha.nugraha@banknusadwipa.co.id>', SUBJ_DATA % 2732, 'id'),
      **rp(2732), **F)

    C('f27-complaint-iphone-rude-front-desk', 'iphone', 'vina', 'vinarahayu.x@icloud.com', 'komplain pelayanan', T('''
        Kak mau komplain. Td sy ke kantor bps mau minta data, petugas di meja depan judes bgt, sy ditanya2 kyk diinterogasi trs disuruh pulang bikin surat dulu. Pdhl di web katanya bisa langsung. Tolong diperbaiki ya 🙏

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, **F)

    C('f27-complaint-en-website-english-labels', 'outlook', 'Groot, Hannah de', 'hannah-de.groot@minbuza.nl',
      'Suggestion regarding the English version of your website', T('''
        Dear colleagues,

        A small suggestion from a regular user: the English version of your website shows many tables with Indonesian labels only, and searching for "seaweed" in the statistics tables returns nothing, although the data exist under "rumput laut". A short English glossary or bilingual table titles would help foreign users a lot.

        Kind regards,

        Hannah de Groot
        Policy Officer, Economic Section
        Embassy of the Kingdom of the Netherlands
        '''), kind='complaint', name='Hannah de Groot', inst='Embassy of the Kingdom of the Netherlands', req=False,
      lang='en', **F)

    C('f27-complaint-html-only-saturday-service', 'html_only', '', 'wargapengambengan2026@gmail.com', 'Saran layanan', T('''
        Selamat malam.

        Saran untuk BPS Jembrana: mohon dibuka layanan konsultasi pada hari Sabtu atau malam hari secara daring. Kami yang bekerja di pabrik pengalengan dan di kapal tidak bisa datang ke kantor pada jam kerja.

        Terima kasih.

        Seorang warga Pengambengan
        '''), kind='complaint', req=False, **F)

    C('f27-complaint-yahoo-enumerator-no-id-card', 'yahoo', 'Luh Putu Sriasih', 'luhputusriasih@yahoo.com',
      'Keluhan petugas tanpa tanda pengenal', T('''
        Selamat siang.

        Saya ingin menyampaikan keluhan. Kemarin ada dua orang mengaku petugas BPS datang ke rumah saya di Banjar Sawe, Desa Sangkaragung, menanyakan jumlah ternak dan penghasilan keluarga. Ketika saya minta tanda pengenal, mereka tidak bisa menunjukkan. Saya khawatir itu penipuan. Mohon BPS memastikan setiap petugas membawa kartu identitas dan surat tugas.

        Hormat saya,
        Luh Putu Sriasih
        '''), kind='complaint', name='Luh Putu Sriasih', req=False, **F)

    C('f27-complaint-thunderbird-village-tables-dropped', 'thunderbird', 'Putu Gede Arimbawa', 'arimbawa@unhi.ac.id',
      'Saran: tabel per desa pada Kecamatan Dalam Angka', T('''
        Yth. Pimpinan BPS Kabupaten Jembrana,

        Izinkan saya menyampaikan saran. Publikasi Kecamatan Dalam Angka tahun ini tidak lagi memuat tabel per desa untuk penduduk dan pertanian, padahal tabel itu sangat dibutuhkan mahasiswa kami untuk tugas perencanaan desa. Mohon dipertimbangkan agar tabel per desa tetap disediakan, setidaknya dalam berkas CSV/XLSX di website.

        Terima kasih atas perhatiannya.

        Salam,
        I Putu Gede Arimbawa, S.T., M.T.
        Program Studi Perencanaan Wilayah dan Kota
        Universitas Hindu Indonesia
        '''), kind='complaint', name='I Putu Gede Arimbawa', inst='Universitas Hindu Indonesia', req=False, wrap=72, **F)

    C('f27-complaint-android-letter-asked-three-times', 'plain', 'Dwi Lestari', 'kadekdwilestari.pnb@gmail.com',
      'Re: ' + SUBJ_LETTER % 2738, T('''
        Pak/Bu, ini sudah ketiga kalinya sy diminta surat pengantar. Surat dari kampus sdh sy kirim tgl 18 Nov dan tgl 23 Nov, dua2nya ada di email sebelumnya. Tolong dicek dulu sblm minta lagi, sy jadi tertunda seminar proposal.

        Terima kasih.
        Dwi Lestari

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Dwi Lestari', req=False, ticket='PST-2026-02738',
      quote=aq(LETTER_ID % 2738), **rp(2738), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f27-ooo-outlook-id-perjalanan-dinas-headers', 'outlook', 'Anak Agung Ngurah Bagus Mahendra', 'dikes@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 2741, T('''
        Terima kasih atas email Bapak/Ibu.

        Saat ini saya sedang melaksanakan perjalanan dinas ke Jakarta pada tanggal 23-27 November 2026 dengan akses email terbatas. Untuk urusan data dan informasi kesehatan, silakan menghubungi Ni Putu Yuni Astari di yuniastari.dikes@jembranakab.go.id.

        Salam,
        dr. A.A. Ngurah Bagus Mahendra
        '''), kind='auto_reply', req=False, ticket='PST-2026-02741',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2741), **F)

    C('f27-ooo-en-gmail-fieldwork-sumba', 'gmail', 'Sophie Lindqvist', 'sophie.lindqvist@nordicasia.se',
      'Re: ' + SUBJ_ACK % 2742, T('''
        Hi, thanks for your message!

        I'm on a reporting trip in Sumba until 4 December with very patchy signal. I'll reply as soon as I'm back in Denpasar. For anything urgent at Nordic Asia Weekly, please write to desk@nordicasia.se.

        Sophie
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02742',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(2742), **F)

    C('f27-ooo-yahoo-pharmacy-body-only', 'yahoo', 'Apotek Sentosa Farma', 'meliana.sentosafarma@gmail.com',
      'Re: ' + SUBJ_DATA % 2743, T('''
        Ini adalah balasan otomatis.

        Terima kasih sudah menghubungi Apotek Sentosa Farma Negara. Pesan Anda akan kami balas pada jam operasional (08.00-21.00 WITA). Untuk pemesanan obat, silakan hubungi WhatsApp 0821-4455-xxxx.

        Salam sehat,
        Apotek Sentosa Farma
        '''), kind='auto_reply', req=False, ticket='PST-2026-02743', **rp(2743), **F)

    C('f27-ooo-company-helpdesk-own-ticket-number', 'gmail', 'SNE Helpdesk', 'support@suryanusa.co.id',
      '[SNE-Ticket #20461] Re: ' + SUBJ_ACK % 2744, T('''
        Dear Customer,

        Thank you for contacting PT Surya Nusa Energi. Your message has been received and assigned ticket number #20461. Our team will respond within 2 business days.

        This is an automatically generated email. Please do not reply to this message.

        PT Surya Nusa Energi Customer Care
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02744',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(2744), **F)

    C('f27-ooo-plain-student-mailbox-deactivated', 'plain', 'PUSTIK Universitas Mulawarman', 'noreply@unmul.ac.id',
      'Pemberitahuan otomatis: ' + SUBJ_RATE % 2745, T('''
        Yth. Pengirim,

        Alamat email yang Anda tuju sudah tidak aktif karena masa studi pemiliknya telah berakhir. Pesan Anda tidak diteruskan kepada penerima.

        Pesan ini dikirim secara otomatis, mohon tidak dibalas.

        Pusat Teknologi Informasi dan Komunikasi
        Universitas Mulawarman
        '''), kind='auto_reply', req=False, ticket='PST-2026-02745',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(2745), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f27-dsn-postfix-gmail-user-unknown', dict(
        recipient='komangayu.septiani@gmail.com', original_message_id=OUR(2751, 'c27d5a90'),
        orig_subject=SUBJ_RATE % 2751, status='5.1.1'), 'PST-2026-02751', **F)

    D('f27-dsn-exchange-indonesian-not-found', dict(
        recipient='perencanaan@rsubhaktihusada.co.id', original_message_id=OUR(2752, 'c27d5a90'),
        orig_subject=SUBJ_DATA % 2752, status='5.1.10', mta='rsubhaktihusada.co.id',
        **{'from': 'Microsoft Outlook <postmaster@rsubhaktihusada.co.id>',
           'subject': 'Tidak terkirim: ' + SUBJ_DATA % 2752,
           'text': ('Pesan Anda ke perencanaan@rsubhaktihusada.co.id tidak dapat dikirim.\n\n'
                    'perencanaan tidak ditemukan di rsubhaktihusada.co.id.\n\n'
                    'Tindakan yang Diperlukan\nAlamat Kepada tidak dikenal\n\n'
                    'Cara Memperbaikinya\nAlamat mungkin salah eja atau tidak ada. Ketik ulang alamat penerima, '
                    'lalu kirim ulang pesan.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: SG2PR03MB6712.apcprd03.prod.outlook.com\n'
                    'perencanaan@rsubhaktihusada.co.id\n'
                    "Server Jauh mengembalikan '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'")}),
      'PST-2026-02752', **F)

    D('f27-dsn-gmail-address-not-found', dict(
        recipient='aisyahnurfadhilah21@yahoo.co', original_message_id=OUR(2753, 'c27d5a90'),
        orig_subject=SUBJ_ACK % 2753, status='5.1.2',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ("** Address not found **\n\n"
                    "Your message wasn't delivered to aisyahnurfadhilah21@yahoo.co because the domain yahoo.co "
                    "couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
                    "The response was:\n\nDNS Error: DNS type 'mx' lookup of yahoo.co responded with code NXDOMAIN")}),
      'PST-2026-02753', **F)

    D('f27-dsn-qmail-delayed-mailbox-full', dict(
        recipient='ketutsadia.subak@gmail.com', original_message_id=OUR(2754, 'c27d5a90'),
        orig_subject=SUBJ_DATA % 2754, status='4.2.2', action='delayed',
        **{'subject': 'Delivery delayed: ' + SUBJ_DATA % 2754,
           'text': ('Hi. This is the qmail-send program at mx.bps.go.id.\n'
                    'Your message has been in my queue for 24 hours and I have not been able to deliver it yet.\n'
                    'I will keep trying until the message is 5 days old.\n\n'
                    '<ketutsadia.subak@gmail.com>:\n'
                    '452-4.2.2 The email account that you tried to reach is over quota.')}),
      'PST-2026-02754', **F)
