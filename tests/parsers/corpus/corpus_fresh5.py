# corpus_fresh5.py: a fifth batch, written blind by a third independent author who saw neither the parser
# nor its results: official letters, villages, subak, LPD, PKK, firms, media, NGOs, schools, universities
# at home and abroad, slang and phone-typed mails, forwards, reply chains, ratings, complaints, auto-replies
# and bounces, labelled by what an officer reads from each mail (set "fresh5"; tickets PST-2026-005xx).
# Aligned before measuring: four names keep the title written before them (Dr., dr., Drs., IR.), as the
# corpus's labels do; the author had been told to strip them. Two more found after measuring by a
# script that looked for every title written before a labelled name (314, 338), aligned the same way.
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def Q(text):
    """Quote a block the way a mail client does, one level deeper."""
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh5')

    RATE_ID = ('Yth. Bapak/Ibu,\n\nPermohonan Anda telah selesai kami layani. Mohon berikan penilaian 1 sampai 5 '
               '(5 = sangat puas) atas layanan kami dengan membalas email ini.\n\nSalam,\n'
               'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nYour request has been completed. Please rate our service from 1 to 5 '
               '(5 = very satisfied) by replying to this email.\n\nKind regards,\nIntegrated Statistical Services\n'
               'BPS-Statistics of Jembrana Regency')
    ASK_EN = ('Dear Sir/Madam,\n\nThank you for contacting BPS-Statistics of Jembrana Regency. To process your '
              'request, please tell us:\n- your full name\n- your institution\n\nKind regards,\n'
              'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')

    # ================================================================ requests: government letters
    C('f5-req-dlh-letter-an-kadis', 'outlook', 'Dinas Lingkungan Hidup Kab. Jembrana', 'dlh@jembranakab.go.id',
      'Permohonan Data Jumlah Penduduk dan Rumah Tangga per Desa',
      T("""
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS LINGKUNGAN HIDUP
        Jalan Dr. Setia Budi No. 9, Negara - Bali 82218

                                                    Negara, 19 November 2026
        Nomor     : 600.4/826/DLH/2026
        Lampiran  : 1 (satu) lembar
        Perihal   : Permohonan Data

        Yth. Kepala Badan Pusat Statistik
        Kabupaten Jembrana
        di -
           Negara

        Dengan hormat,

        Menindaklanjuti penyusunan Dokumen Kebijakan dan Strategi Daerah (Jakstrada) Pengelolaan Sampah Rumah Tangga dan Sampah Sejenis Sampah Rumah Tangga Kabupaten Jembrana Tahun 2027, dengan ini kami mohon bantuan penyediaan data sebagai berikut:
        1. Jumlah penduduk per desa/kelurahan menurut jenis kelamin Tahun 2025;
        2. Jumlah rumah tangga per desa/kelurahan Tahun 2025;
        3. Rata-rata pengeluaran per kapita sebulan menurut kelompok komoditas Tahun 2025.

        Format tabel sebagaimana terlampir. Data mohon dapat dikirimkan dalam format Excel ke alamat surel dlh@jembranakab.go.id.

        Demikian permohonan ini kami sampaikan, atas perhatian dan kerja sama Bapak kami ucapkan terima kasih.

        a.n. KEPALA DINAS LINGKUNGAN HIDUP
        KABUPATEN JEMBRANA
        Sekretaris,


        IR. I NYOMAN SUWIRTA, M.T.
        Pembina Tk. I (IV/b)
        NIP. 19700314 199803 1 004
        """),
      attachments=[PDF('Lampiran Format Tabel Data.pdf')],
      name='IR. I NYOMAN SUWIRTA', inst='Dinas Lingkungan Hidup Kabupaten Jembrana', **F)

    C('f5-req-pupr-letter-attached-only', 'gmail', 'Ayu Wulandari', 'wulandari.ayu.pupr@gmail.com',
      'Surat Permohonan Data',
      T("""
        Selamat siang Bapak/Ibu,

        Bersama ini kami sampaikan surat permohonan data dari Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Jembrana (surat terlampir). Mohon kiranya dapat ditindaklanjuti. Apabila ada persyaratan yang kurang, mohon dapat menghubungi saya di nomor 0878-6021-3390.

        Terima kasih.

        Salam,
        Ni Putu Ayu Wulandari
        Staf Bidang Penataan Ruang
        """),
      attachments=[PDF('Surat Permohonan Data Dinas PUPR.pdf')],
      name='Ni Putu Ayu Wulandari', inst='Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Jembrana', **F)

    C('f5-req-desa-pengeragoan-letter', 'html_only', 'Kantor Perbekel Pengeragoan', 'desapengeragoan@gmail.com',
      'Mohon Data Penduduk dan Perumahan Desa Pengeragoan',
      T("""
        PEMERINTAH KABUPATEN JEMBRANA
        KECAMATAN PEKUTATAN
        KANTOR PERBEKEL PENGERAGOAN

        Nomor    : 400.10/214/Pem/2026
        Lampiran : -
        Perihal  : Mohon Data

        Kepada
        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Om Swastyastu,

        Dengan hormat, dalam rangka penyusunan Rencana Kerja Pemerintah Desa (RKPDes) Tahun 2027, Pemerintah Desa Pengeragoan memohon bantuan data sebagai berikut:
        - jumlah penduduk Desa Pengeragoan menurut kelompok umur dan jenis kelamin tahun 2025;
        - jumlah rumah tangga menurut sumber penerangan utama dan sumber air minum di Desa Pengeragoan;
        - jumlah rumah tangga yang menempati rumah tidak layak huni, apabila tersedia.

        Demikian permohonan ini kami sampaikan. Atas perhatian dan bantuannya kami ucapkan terima kasih.

        Om Shanti Shanti Shanti Om

        Perbekel Pengeragoan,


        I GEDE MADE SUARDANA, S.Sos.
        """),
      name='I GEDE MADE SUARDANA', inst='Pemerintah Desa Pengeragoan', **F)

    C('f5-req-kpu-outlook', 'outlook', 'Kadek Dwi Sastrawan', 'datin.kpujembrana@kpu.go.id',
      'Permohonan data proyeksi penduduk usia 17 tahun ke atas',
      T("""
        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana

        Dengan hormat,
        Sehubungan dengan kegiatan pemutakhiran data pemilih berkelanjutan semester II tahun 2026, Komisi Pemilihan Umum Kabupaten Jembrana memerlukan data pembanding berupa proyeksi jumlah penduduk usia 17 tahun ke atas menurut kecamatan dan jenis kelamin tahun 2026.

        Surat resmi menyusul melalui kurir. Atas perhatiannya kami ucapkan terima kasih.

        Hormat kami,

        I Kadek Dwi Sastrawan, S.H.
        Kasubbag Perencanaan, Data dan Informasi
        """),
      name='I Kadek Dwi Sastrawan', inst='Komisi Pemilihan Umum Kabupaten Jembrana', **F)

    C('f5-req-taman-nasional-letter', 'outlook', 'Balai TN Bali Barat', 'tu.tnbb@gmail.com',
      'Permohonan Data Desa Penyangga TNBB',
      T("""
        KEMENTERIAN KEHUTANAN
        DIREKTORAT JENDERAL KONSERVASI SUMBER DAYA ALAM DAN EKOSISTEM
        BALAI TAMAN NASIONAL BALI BARAT
        Jl. Raya Cekik, Gilimanuk, Jembrana - Bali

        Nomor    : S.412/T.17/TU/11/2026
        Lampiran : -
        Hal      : Permohonan Data

        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Dalam rangka evaluasi Rencana Pengelolaan Jangka Panjang Taman Nasional Bali Barat, kami memerlukan data kependudukan dan sosial ekonomi desa-desa penyangga kawasan, yaitu Kelurahan Gilimanuk, Desa Melaya, Desa Blimbingsari, Desa Ekasari, Desa Warnasari dan Desa Nusasari, meliputi jumlah penduduk, jumlah rumah tangga, lapangan usaha utama penduduk, serta persentase penduduk miskin tahun 2025.

        Atas kerja samanya diucapkan terima kasih.

        Kepala Balai,

        ttd

        Agus Budi Santosa, S.Hut., M.Si.
        NIP 19760812 200112 1 002
        """),
      name='Agus Budi Santosa', inst='Balai Taman Nasional Bali Barat', **F)

    C('f5-req-fwd-disdikpora-disposisi', 'outlook', 'Ni Luh Wulan Sari Dewi', 'wulan.disdikpora@jembranakab.go.id',
      'FW: Permintaan data APK APM untuk LKPJ',
      T("""
        Selamat pagi Bapak/Ibu PST,

        Mohon bantuan data sesuai disposisi pimpinan kami di bawah ini. Data diperlukan untuk penyusunan LKPJ Bupati Tahun 2026. Terima kasih.

        Salam,
        Ni Luh Wulan Sari Dewi
        Subbag Perencanaan dan Pelaporan
        Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana

        From: Kabid Pembinaan SD <kabid.sd.disdikpora@jembranakab.go.id>
        Sent: Friday, November 20, 2026 3:12 PM
        To: Ni Luh Wulan Sari Dewi <wulan.disdikpora@jembranakab.go.id>
        Subject: Permintaan data APK APM untuk LKPJ

        Wulan,
        Tolong mintakan ke BPS data APK dan APM jenjang SD, SMP dan SMA Kabupaten Jembrana tahun 2023-2025, sekalian angka putus sekolah kalau ada. Paling lambat Kamis ya.

        Terima kasih.
        I Made Gunawan
        Kabid Pembinaan SD
        """),
      name='Ni Luh Wulan Sari Dewi', inst='Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana', **F)

    # ================================================================ requests: villages, subak, LPD, PKK, religious
    C('f5-req-subak-phone-nopunct', 'iphone', 'Wayan Rentaka', 'rentaka1967@gmail.com', 'data sawah',
      'om swastyastu pak bu tiang I Wayan Rentaka pekaseh Subak Yeh Santang mau minta data luas sawah dan produksi '
      'padi di desa pergung 3 tahun terakhir sama harga gabah utk bahan paruman subak tgl 5 desember suksma pak bu'
      '\n\nDikirim dari iPhone saya',
      name='I Wayan Rentaka', inst='Subak Yeh Santang', **F)

    C('f5-req-lpd-rahajeng', 'gmail', 'LPD Desa Adat Yeh Sumbul', 'lpd.yehsumbul@gmail.com',
      'Nunas data penduduk Desa Yeh Sumbul',
      T("""
        Om Swastyastu,

        Rahajeng semeng Bapak/Ibu. Tiang I Putu Gede Arimbawa, Kepala LPD Desa Adat Yeh Sumbul. Dalam rangka penyusunan rencana kerja LPD tahun 2027, tiang nunas data jumlah penduduk, jumlah KK/rumah tangga, dan jumlah penduduk usia produktif (15-64 tahun) di Desa Yeh Sumbul. Yening wenten, tiang taler nunas data jumlah usaha mikro di desa kami.

        Atas bantuannya tiang ngaturang suksma.

        Om Shanti Shanti Shanti Om
        """),
      name='I Putu Gede Arimbawa', inst='LPD Desa Adat Yeh Sumbul', **F)

    C('f5-req-pkk-ibu-signature', 'yahoo', 'sulastri kaliakah', 'sulastri.kaliakah@yahoo.co.id',
      'Mohon data balita dan ibu hamil Desa Kaliakah',
      T("""
        Om Swastyastu,

        Selamat siang, kami dari Tim Penggerak PKK Desa Kaliakah. Untuk kegiatan Posyandu dan persiapan lomba desa tahun depan kami ingin punya data jumlah balita, jumlah ibu hamil dan jumlah lansia di Desa Kaliakah. Apakah BPS punya datanya per banjar? Kalau tidak ada per banjar, per desa juga tidak apa-apa.

        Terima kasih banyak.

        Hormat kami,
        Ibu Sulastri
        Ketua TP PKK Desa Kaliakah
        """),
      name='Sulastri', inst='Tim Penggerak PKK Desa Kaliakah', **F)

    C('f5-req-phdi', 'gmail', 'Wayan Sukarmaja', 'sukarmaja.phdi@gmail.com',
      'Permohonan data penduduk beragama Hindu per desa',
      T("""
        Om Swastyastu,

        Yth. Bapak/Ibu di BPS Kabupaten Jembrana,

        Kami dari PHDI Kabupaten Jembrana sedang menyusun buku profil umat dan tempat suci se-Kabupaten Jembrana untuk Mahasabha tahun depan. Kami mohon bantuan data jumlah penduduk beragama Hindu per desa/kelurahan (hasil Sensus Penduduk 2020 atau data terbaru) serta jumlah tempat ibadah per desa menurut Pendataan Potensi Desa 2024.

        Suksma atas perhatian dan bantuannya.

        Om Shanti Shanti Shanti Om

        I Wayan Sukarmaja
        Sekretaris PHDI Kabupaten Jembrana
        """),
      name='I Wayan Sukarmaja', inst='PHDI Kabupaten Jembrana', **F)

    # ================================================================ requests: firms, banks, hospitals, co-ops
    C('f5-req-koperasi-name-first-line', 'yahoo', 'gede wira', 'gedewira.kop@yahoo.co.id',
      'Permintaan data kelapa',
      T("""
        Gede Wira Adnyana - Koperasi Produsen Kelapa Sari Merta

        Selamat pagi Pak/Bu,

        Koperasi kami sedang mengajukan proposal bantuan mesin pengering kopra ke dinas. Salah satu syaratnya data produksi kelapa per kecamatan di Jembrana dan jumlah rumah tangga petani kelapa, tahun 2023 s/d 2025. Kalau ada juga harga kopra di tingkat petani. Mohon bantuannya.

        Terima kasih.
        Wira
        """),
      name='Gede Wira Adnyana', inst='Koperasi Produsen Kelapa Sari Merta', **F)

    C('f5-req-consultant-felicia', 'outlook', 'Felicia Gunawan', 'felicia.gunawan@ciptaruang.co.id',
      'Permohonan data untuk penyusunan RDTR Kawasan Gilimanuk',
      T("""
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Felicia Gunawan dari PT Cipta Ruang Konsultindo, konsultan perencana yang ditunjuk Dinas PUPR Kabupaten Jembrana untuk penyusunan Rencana Detail Tata Ruang (RDTR) Kawasan Perkotaan Gilimanuk.

        Untuk analisis kependudukan dan ekonomi wilayah, kami memerlukan:
        1) jumlah penduduk Kelurahan Gilimanuk dan desa-desa sekitarnya tahun 2016-2025;
        2) penduduk bekerja menurut lapangan usaha utama di Kecamatan Melaya;
        3) PDRB Kabupaten Jembrana menurut lapangan usaha ADHB dan ADHK 2021-2025.

        Kami siap melengkapi surat pengantar dari pemberi kerja bila diperlukan.

        Terima kasih atas bantuannya.

        Best regards,

        Felicia Gunawan, S.T., M.T.
        Urban Planner
        PT Cipta Ruang Konsultindo
        Ruko Sunset Road No. 88C, Kuta
        T. +62 361 4712 980
        """),
      name='Felicia Gunawan', inst='PT Cipta Ruang Konsultindo', **F)

    C('f5-req-surf-lodge-aussie', 'gmail', "Liam O'Connor", 'liam@medewipointlodge.com',
      'visitor numbers Medewi / Pekutatan',
      T("""
        G'day team,

        Liam here - I run a small surf lodge at Medewi (Medewi Point Surf Lodge, 9 rooms). We're looking at adding another building next year and the bank wants some numbers behind the business plan.

        Do you guys have anything on how many tourists stay in Jembrana each year, ideally foreign vs domestic and by month, for the last 3-4 years? Even hotel occupancy rates for the regency would help.

        Cheers mate, much appreciated.

        Liam O'Connor
        Medewi Point Surf Lodge
        +62 812 3690 1147
        """),
      name="Liam O'Connor", inst='Medewi Point Surf Lodge', lang='en', wrap=76, **F)

    C('f5-req-hotel-hrd-umk', 'outlook', 'HRD Hotel Bukit Segara', 'hrd@bukitsegarahotel.co.id',
      'Mohon info data upah dan angkatan kerja',
      T("""
        Dengan hormat,

        Kami dari bagian HRD Hotel Bukit Segara Negara sedang melakukan peninjauan struktur dan skala upah karyawan untuk tahun 2027. Mohon bantuan informasi data:
        - rata-rata upah/gaji bersih sebulan pekerja di sektor penyediaan akomodasi dan makan minum, Kabupaten Jembrana atau Provinsi Bali, tahun 2024-2025;
        - jumlah angkatan kerja dan tingkat pengangguran terbuka Kabupaten Jembrana Agustus 2025.

        Mohon maaf bila ada data yang bukan kewenangan BPS.

        Hormat kami,

        HRD Hotel Bukit Segara Negara
        Telp. (0365) 42718
        """),
      name=None, inst='Hotel Bukit Segara Negara', **F)

    C('f5-req-bsi-bank-disclaimer', 'outlook', 'Nurul Hidayati', 'nurul.hidayati@bankbsi.co.id',
      'Permohonan Data Ekonomi Kabupaten Jembrana',
      T("""
        Assalamu'alaikum warahmatullahi wabarakatuh,
        Selamat pagi Bapak/Ibu PST BPS Kabupaten Jembrana,

        Saya Nurul Hidayati, Branch Operation and Service Manager di Bank Syariah Indonesia KCP Negara. Dalam rangka penyusunan rencana bisnis cabang tahun 2027, kami memohon data:
        1. Pertumbuhan ekonomi dan PDRB per kapita Kabupaten Jembrana 2021-2025
        2. Jumlah penduduk per kecamatan tahun 2025
        3. Jumlah usaha mikro dan kecil menurut kecamatan

        Data tersebut hanya akan digunakan untuk keperluan internal.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Hormat kami,
        Nurul Hidayati
        BSI KCP Negara


        Perhatian: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Apabila Anda bukan penerima yang dimaksud, mohon segera memberitahukan pengirim dan menghapus email ini. PT Bank Syariah Indonesia Tbk terdaftar dan diawasi oleh Otoritas Jasa Keuangan.
        """),
      name='Nurul Hidayati', inst='Bank Syariah Indonesia KCP Negara', **F)

    C('f5-req-rsu-html', 'html_only', 'RSU Bhakti Husada', 'rsu.bhaktihusada@gmail.com',
      'Mohon data kelahiran dan perempuan usia subur',
      T("""
        Selamat siang Bapak/Ibu,

        Kami dari RSU Bhakti Husada Negara berencana membuka poliklinik tumbuh kembang anak dan memperluas ruang bersalin. Untuk studi kelayakan, kami membutuhkan data:
        - jumlah kelahiran hidup per tahun di Kabupaten Jembrana 2020-2025, atau angka kelahiran total (TFR);
        - proyeksi jumlah perempuan usia 15-49 tahun per kecamatan 2026-2030;
        - jumlah balita per kecamatan.

        Terima kasih sebelumnya.

        Salam sehat,
        dr. Made Ayu Pradnyaswari, MARS
        Kepala Bidang Pelayanan Medik
        RSU Bhakti Husada Negara
        """),
      name='dr. Made Ayu Pradnyaswari', inst='RSU Bhakti Husada Negara', **F)

    C('f5-req-pt-cannery-html', 'html_only', 'PT Samudra Lemuru Pratama', 'purchasing.slp@gmail.com',
      'Permohonan data produksi lemuru dan jumlah nelayan',
      T("""
        Kepada Yth.
        Bapak/Ibu Petugas PST
        BPS Kabupaten Jembrana

        Dengan hormat,

        Kami, PT Samudra Lemuru Pratama, perusahaan pengalengan ikan di kawasan Pengambengan, sedang menyusun kajian ketersediaan bahan baku untuk rencana penambahan kapasitas produksi tahun 2027. Sehubungan dengan hal tersebut kami mohon informasi data produksi ikan lemuru yang didaratkan di Pengambengan per bulan tahun 2021-2025 dan jumlah nelayan di Kecamatan Negara.

        Demikian permohonan kami, terima kasih.

        Hormat kami,

        Budi Hartono Wijaya
        Manager Purchasing
        """),
      name='Budi Hartono Wijaya', inst='PT Samudra Lemuru Pratama', **F)

    C('f5-req-bimbel-kak-ayu', 'gmail', 'Bimbel Cendekia', 'bimbelcendekia.ngr@gmail.com',
      'minta data buat soal latihan',
      T("""
        Halo kakak-kakak PST 👋

        Aku pengajar di Bimbel Cendekia Negara, lagi bikin soal cerita matematika buat anak SMP pakai data asli Jembrana biar lebih seru. Boleh minta data produksi padi dan jumlah ternak sapi per kecamatan? Yang tahun 2025 aja cukup kok.

        Makasih yaa!

        Salam,
        Kak Ayu
        Bimbel Cendekia Negara
        """),
      name='Ayu', inst='Bimbel Cendekia Negara', **F)

    # ================================================================ requests: media, NGOs
    C('f5-req-journalist-slang-iphone', 'iphone', 'Dwi Anggara', 'dwianggara.kj@gmail.com', 'NTP & inflasi okt',
      'pagi min, sy Dwi Anggara dr Kabar Jembrana (media online). mau minta angka NTP bali bulan oktober 2026 sm '
      'inflasi yoy nya, trs kalo ada NTP subsektor perkebunan jg. mau naik berita siang ini, thx bgt min \U0001f64f'
      '\n\nSent from my iPhone',
      name='Dwi Anggara', inst='Kabar Jembrana', **F)

    C('f5-req-tempo-contributor', 'thunderbird', 'Ruth Manurung', 'ruth.manurung@proton.me',
      'Permintaan data alih fungsi lahan sawah untuk liputan',
      T("""
        Selamat siang,

        Saya Ruth Manurung, kontributor Majalah Tempo untuk wilayah Bali. Saya sedang menyiapkan liputan tentang menyusutnya sawah di Bali barat akibat pembangunan perumahan dan vila.

        Apakah BPS Jembrana bisa membantu dengan data:
        1. luas lahan baku sawah Kabupaten Jembrana per kecamatan dari tahun ke tahun (2015-2025);
        2. jumlah rumah tangga usaha pertanian padi hasil ST2013 dan ST2023?

        Saya juga ingin mewawancarai statistisi terkait tren tersebut, kalau memungkinkan.

        Terima kasih.

        Salam,
        Ruth

        -- 
        Ruth Manurung
        Kontributor Bali | Majalah Tempo
        +62 813 3722 0415
        """),
      name='Ruth Manurung', inst='Majalah Tempo', wrap=72, **F)

    C('f5-req-ngo-lingkar-pesisir', 'gmail', 'Lingkar Pesisir Bali', 'lingkarpesisirbali@gmail.com',
      'Data rumah tangga nelayan desa pesisir',
      T("""
        Salam lestari!

        Kami dari Perkumpulan Lingkar Pesisir Bali, organisasi masyarakat sipil yang mendampingi kelompok nelayan kecil dan pengelola mangrove di pantai selatan Jembrana (Perancak, Budeng, Pengambengan). Melalui email ini kami ingin meminta data jumlah rumah tangga perikanan tangkap per desa pesisir dan jumlah penduduk miskin di kecamatan-kecamatan pesisir, tahun 2020-2025.

        Data akan kami gunakan untuk baseline program rehabilitasi mangrove berbasis masyarakat.

        Terima kasih, salam lestari.

        Markus Leo Taolin
        Koordinator Program
        Perkumpulan Lingkar Pesisir Bali
        """),
      name='Markus Leo Taolin', inst='Perkumpulan Lingkar Pesisir Bali', **F)

    C('f5-req-intl-ngo-dutch-english', 'outlook', 'Maarten Visser', 'maarten@reefguardians.org',
      'Request for data - fishing households west Bali',
      T("""
        Dear Sir, Madam,

        Hereby I would like to ask for some statistics for our work. I am Maarten Visser, programme manager for Reef Guardians Indonesia, a foundation working on coral restoration around Menjangan island and the north-west coast of Jembrana.

        We are looking for:
        - the number of fishermen and fishing households in Gilimanuk, Melaya and Candikusuma
        - population of these villages in 2020 and 2025
        - if possible, the number of boats per village

        Could you let me know if there are costs involved? We are happy to pay of course.

        With kind regards,

        Maarten Visser
        Programme Manager
        Reef Guardians Indonesia
        Gilimanuk, Bali
        """),
      name='Maarten Visser', inst='Reef Guardians Indonesia', lang='en', **F)

    C('f5-req-yayasan-rumah-baca-signature', 'gmail', 'Rumah Baca Cahaya Pesisir', 'rumahbaca.cp@gmail.com',
      'Permohonan data pendidikan anak per kecamatan',
      T("""
        Salam sejahtera,

        Yth. Petugas Pelayanan Statistik Terpadu,

        Kami sedang menyiapkan usulan program taman baca keliling untuk anak-anak di desa yang jauh dari perpustakaan. Agar usulan ini berbasis data, kami memohon data berikut untuk Kabupaten Jembrana tahun 2025 (atau tahun terakhir yang tersedia):
        • Angka Partisipasi Sekolah usia 7-12 dan 13-15 tahun per kecamatan;
        • Persentase penduduk usia 15 tahun ke atas yang buta huruf;
        • Jumlah desa yang memiliki perpustakaan desa (bila tercatat dalam Podes).

        Terima kasih banyak atas dukungannya.

        Salam literasi,

        Ni Made Dwi Lestari
        Ketua Pengurus
        Yayasan Rumah Baca Cahaya Pesisir
        Jl. Rajawali, Banjar Tengah, Negara
        """),
      name='Ni Made Dwi Lestari', inst='Yayasan Rumah Baca Cahaya Pesisir', **F)

    # ================================================================ requests: schools
    C('f5-req-smk-guru-bkk', 'yahoo', 'komang sudarsana', 'komangsudarsana@yahoo.com',
      'data pengangguran lulusan SMK',
      T("""
        Selamat siang Bapak/Ibu,

        Saya I Komang Sudarsana, S.Pd., guru BK sekaligus koordinator Bursa Kerja Khusus (BKK) di SMK Negeri 3 Negara. Kami ingin memberi gambaran pasar kerja di daerah kepada siswa kelas XII. Apakah bisa kami dapatkan data tingkat pengangguran terbuka menurut pendidikan (khususnya lulusan SMK) untuk Kabupaten Jembrana atau Provinsi Bali, serta lapangan usaha yang paling banyak menyerap tenaga kerja?

        Terima kasih, Bapak/Ibu.

        Salam,
        I Komang Sudarsana
        """),
      name='I Komang Sudarsana', inst='SMK Negeri 3 Negara', **F)

    C('f5-req-man-pupil-kir', 'gmail', 'Aisyah Ramadhani', 'aisyahramadhani07@gmail.com',
      'Permohonan data untuk lomba karya tulis',
      T("""
        Assalamualaikum, selamat sore Bapak/Ibu.

        Perkenalkan nama saya Aisyah Putri Ramadhani, siswi kelas XI di MAN 1 Jembrana. Saya dan tim sedang mengikuti lomba Karya Ilmiah Remaja dengan tema sampah plastik di pantai. Kami memerlukan data jumlah penduduk desa-desa di sekitar Pantai Pengambengan dan Pantai Cupel, dan kalau ada, data jumlah rumah tangga menurut cara pembuangan sampah.

        Guru pembimbing kami, Bapak Ahmad Fauzi, S.Pd., menyarankan kami menghubungi BPS.

        Terima kasih banyak Bapak/Ibu.
        Wassalamualaikum.

        Aisyah
        """),
      name='Aisyah Putri Ramadhani', inst='MAN 1 Jembrana', **F)

    C('f5-req-smp-pupil-unnamed-school', 'iphone', 'Gung Wah', 'gungwah12@icloud.com', 'tugas ips',
      'selamat malam kak maaf ganggu \U0001f64f aku Anak Agung Gede Bagus Wahyu kelas 8 SMP, ada tugas ips disuruh '
      'cari jumlah penduduk jembrana tahun 2020 sama 2025 terus dibandingin naik berapa persen. aku udah cari di '
      'google tapi bingung. makasih kak\n\nDikirim dari iPhone saya',
      name='Anak Agung Gede Bagus Wahyu', inst=None, **F)

    # ================================================================ requests: students and academics, Indonesia
    C('f5-req-pnb-student', 'gmail', 'Sinta Maharani', 'sintamaharani.pnb@gmail.com',
      'Permohonan data industri mikro dan kecil',
      T("""
        Dengan hormat,

        Saya Ni Kadek Sinta Maharani (NIM 2215644071), mahasiswi D4 Manajemen Bisnis Internasional, Politeknik Negeri Bali. Untuk tugas akhir saya tentang daya saing produk kerajinan Jembrana, saya memerlukan data jumlah usaha industri mikro dan kecil (IMK) di Kabupaten Jembrana menurut jenis industri (KBLI 2 digit) tahun 2022-2025 beserta jumlah tenaga kerjanya.

        Besar harapan saya Bapak/Ibu dapat membantu. Terima kasih.

        Hormat saya,
        Sinta
        """),
      name='Ni Kadek Sinta Maharani', inst='Politeknik Negeri Bali', wrap=76, **F)

    C('f5-req-uhn-sugriwa-thunderbird', 'thunderbird', 'Ida Ayu Sri Wahyuni', 'dayu.sriwahyuni@gmail.com',
      'Permohonan data penduduk usia sekolah',
      T("""
        Om Swastyastu,

        Dengan hormat, saya Ida Ayu Made Sri Wahyuni, mahasiswi Program Studi Pendidikan Agama Hindu, Fakultas Dharma Acarya, Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar. Saya sedang meneliti peran pasraman dalam pendidikan karakter anak di Kabupaten Jembrana. Mohon bantuan data jumlah penduduk usia 7-18 tahun per kecamatan beserta angka partisipasi sekolahnya, tahun 2024 dan 2025.

        Atas perhatian Bapak/Ibu saya haturkan terima kasih.

        Om Shanti Shanti Shanti Om

        Ida Ayu Made Sri Wahyuni
        NIM 2011031157
        """),
      name='Ida Ayu Made Sri Wahyuni', inst='Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar', wrap=72, **F)

    C('f5-req-brawijaya-slang', 'gmail', 'fadhil r', 'fadhilrahmanda@student.ub.ac.id', 'minta data PDRB',
      'Halo min, sy Fadhil Rahmanda mhs FEB Universitas Brawijaya. Lg ngerjain tugas ekonomi regional nih, butuh '
      'data PDRB ADHK Kab Jembrana th 2010-2025 menurut lapangan usaha. Yg di web cmn ada mulai 2019 wkwk, yg '
      'tahun2 sblmnya ada ga ya min? Klo ada dlm excel bakal ngebantu bgt. Makasih min \U0001f64f\U0001f64f',
      name='Fadhil Rahmanda', inst='Universitas Brawijaya', **F)

    C('f5-req-unej-subject-only-ktm', 'gmail', 'Rahmat Hidayatullah', 'rahmat.hidayatullah@mail.unej.ac.id',
      'Permohonan data jumlah wisatawan mancanegara di Kabupaten Jembrana tahun 2019-2025 untuk skripsi',
      'Terlampir KTM saya. Terima kasih.\n\nRahmat Hidayatullah\nUniversitas Jember',
      attachments=[JPG('KTM_Rahmat_Hidayatullah.jpg')],
      name='Rahmat Hidayatullah', inst='Universitas Jember', **F)

    C('f5-req-undip-team-several-names', 'outlook', 'Retno Wulandari', 'retno.wulandari@live.undip.ac.id',
      'Permohonan data kemiskinan - tim peneliti Undip',
      T("""
        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Salam sejahtera. Saya Dr. Retno Wulandari, S.E., M.Si., dosen Departemen Ilmu Ekonomi, Fakultas Ekonomika dan Bisnis Universitas Diponegoro. Bersama Prof. Dr. Bambang Sutejo dan Dr. Agus Priyanto, saya sedang melaksanakan penelitian kolaboratif mengenai efektivitas program penghapusan kemiskinan ekstrem di kabupaten non-metropolitan. Jembrana terpilih sebagai salah satu lokasi studi.

        Kami mohon bantuan data:
        (1) persentase dan jumlah penduduk miskin ekstrem Kabupaten Jembrana 2021-2025;
        (2) indeks kedalaman (P1) dan keparahan (P2) kemiskinan 2015-2025;
        (3) garis kemiskinan per kapita per bulan 2015-2025.

        Sebagai informasi, mahasiswa kami Sdr. Yoga Pratama akan berkunjung ke kantor Bapak/Ibu pada minggu kedua Desember.

        Terima kasih atas kerja samanya.

        Salam hormat,
        Retno Wulandari
        """),
      name='Dr. Retno Wulandari', inst='Universitas Diponegoro', **F)

    C('f5-req-unram-sasak', 'yahoo', 'lalu zaini', 'lalu.zaini@yahoo.com', 'Mohon data jagung Jembrana',
      T("""
        Assalamualaikum wr. wb.

        Selamat pagi Bapak/Ibu. Perkenalkan saya Lalu Muhammad Zaini, mahasiswa Magister Ilmu Pertanian Universitas Mataram, asal Lombok Timur. Saya sedang membandingkan usahatani jagung di Lombok dan di Bali bagian barat. Mohon kiranya Bapak/Ibu berkenan membantu data luas panen, produksi dan produktivitas jagung Kabupaten Jembrana per kecamatan tahun 2019-2025.

        Terima kasih, wassalam.
        Lalu M. Zaini
        """),
      name='Lalu Muhammad Zaini', inst='Universitas Mataram', **F)

    C('f5-req-unhas-pelabuhan', 'gmail', 'Ikhsan Syamsuddin', 'ikhsan.syamsuddin17@gmail.com',
      'Data penumpang dan kendaraan Pelabuhan Gilimanuk',
      T("""
        Selamat siang,

        Saya Muhammad Ikhsan Syamsuddin, mahasiswa Teknik Kelautan Universitas Hasanuddin. Untuk tugas akhir tentang kapasitas Pelabuhan Gilimanuk, saya memerlukan data jumlah penumpang, kendaraan, dan barang yang berangkat/datang melalui Pelabuhan Gilimanuk per bulan tahun 2022-2025. Apakah data ini tersedia di BPS Kabupaten Jembrana atau saya harus ke instansi lain?

        Terima kasih banyak,
        Ikhsan
        """),
      name='Muhammad Ikhsan Syamsuddin', inst='Universitas Hasanuddin', **F)

    C('f5-req-usu-no-name', 'gmail', 'theresia s.', 'theresia.sitorus22@gmail.com',
      'Permohonan data IPG dan IDG',
      T("""
        Selamat sore Bapak/Ibu,

        Saya mahasiswi S2 Ilmu Ekonomi Universitas Sumatera Utara. Untuk tesis saya, saya memerlukan data Indeks Pembangunan Gender (IPG) dan Indeks Pemberdayaan Gender (IDG) beserta komponennya untuk Kabupaten Jembrana tahun 2015-2025.

        Mohon maaf bila permintaan ini seharusnya ditujukan ke BPS Provinsi Bali.

        Terima kasih atas bantuannya.
        """),
      name=None, inst='Universitas Sumatera Utara', **F)

    C('f5-req-triatma-codeswitch', 'gmail', 'Jessica Tanoto', 'jessicatanoto.jt@gmail.com', 'data kuliner jembrana',
      'Hi kak, selamat sore! Aku Jessica Tanoto, mahasiswi Hospitality Management di Universitas Triatma Mulya. '
      'Aku lagi ngerjain final project tentang wisata kuliner di Bali Barat, jadi butuh data jumlah restoran & '
      'rumah makan per kecamatan di Jembrana plus jumlah wisnus yg dateng tiap tahun (2022-2025). Kalau datanya '
      'ada dalam excel that would be super helpful hehe. Makasih banyak kak, have a nice day! \U0001f60a\n\nJessica',
      name='Jessica Tanoto', inst='Universitas Triatma Mulya', **F)

    C('f5-req-fwd-faculty-letter', 'gmail', 'Kadek Ayu Ratnaningsih', 'kadekayu.ratna@gmail.com',
      'Fwd: Surat Permohonan Izin Penelitian dan Data',
      T("""
        Selamat siang Bapak/Ibu,

        Saya Kadek Ayu Ratnaningsih, mahasiswi Fakultas Ekonomi dan Bisnis Universitas Ngurah Rai. Berikut saya teruskan surat permohonan data dari fakultas untuk penelitian skripsi saya. Terima kasih.

        ---------- Forwarded message ---------
        From: Tata Usaha FEB UNR <tu.feb@unr.ac.id>
        Date: Thu, Nov 19, 2026 at 10:41 AM
        Subject: Surat Permohonan Izin Penelitian dan Data
        To: <kadekayu.ratna@gmail.com>


        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,
        Dengan ini kami mohon bantuan Bapak/Ibu untuk memberikan izin dan data kepada mahasiswa kami:
        Nama          : Kadek Ayu Ratnaningsih
        NIM           : 2201211045
        Program Studi : Manajemen

        Data yang diperlukan: jumlah usaha kerajinan per kecamatan dan jumlah tenaga kerjanya tahun 2022-2025, untuk skripsi berjudul "Strategi Pemasaran Digital UMKM Kerajinan Bambu di Kabupaten Jembrana".

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Wakil Dekan I,

        Dr. I Made Sudana, S.E., M.M.
        """),
      name='Kadek Ayu Ratnaningsih', inst='Universitas Ngurah Rai', **F)

    C('f5-req-cites-earlier-ticket', 'gmail', 'Gede Pasek Wirawan', 'pasekwirawan@gmail.com',
      'Permintaan data lanjutan (tiket PST-2026-00560)',
      T("""
        Selamat pagi Bapak/Ibu,

        Terima kasih untuk data jumlah penduduk yang dikirim minggu lalu (tiket PST-2026-00560). Untuk bab berikutnya skripsi saya, saya juga memerlukan data rata-rata lama sekolah dan harapan lama sekolah Kabupaten Jembrana menurut jenis kelamin tahun 2015-2025.

        Salam,
        Gede Pasek Wirawan
        Universitas Panji Sakti
        """),
      name='Gede Pasek Wirawan', inst='Universitas Panji Sakti', ticket='PST-2026-00560', **F)

    # ================================================================ requests: abroad, in English
    C('f5-req-vu-amsterdam', 'gmail', 'Femke de Boer', 'f.de.boer@student.vu.nl', 'Data for thesis on subak water use',
      T("""
        Dear BPS Jembrana,

        My name is Femke de Boer, master student Environment and Resource Management at the Vrije Universiteit Amsterdam. For my thesis fieldwork in February I study the water use of rice farmers in the subak system in Jembrana. I would be very grateful if you can send me:

        1. Monthly rainfall in Negara 2015-2025
        2. Harvested area of rice per subdistrict per season
        3. Number of subak in Jembrana, if you have this

        Also I would like to know if I can visit your office in February to ask some questions about the agricultural census. Is that possible?

        Thank you in advance and greetings from a rainy Amsterdam,
        Femke
        """),
      name='Femke de Boer', inst='Vrije Universiteit Amsterdam', lang='en', **F)

    C('f5-req-hiroshima-japanese', 'gmail', 'Yuki Nakamura', 'yuki.nakamura.hu@gmail.com',
      'Request for labor force data of Jembrana Regency',
      T("""
        Dear Sir or Madam,

        I am sorry to trouble you with my sudden e-mail. My name is Yuki Nakamura, and I am a doctoral student at the Graduate School of Humanities and Social Sciences, Hiroshima University, Japan.

        I am researching the relationship between tourism development and women's employment in rural Bali. Would it be possible to receive the following data for Jembrana Regency?

        - Labor force participation rate by sex (2018-2025)
        - Number of employed persons by industry and sex

        I would be very grateful if you could kindly consider my request. If any procedure is necessary, please let me know.

        Thank you very much for your time.

        Sincerely yours,
        Yuki Nakamura
        Hiroshima University
        """),
      name='Yuki Nakamura', inst='Hiroshima University', lang='en', **F)

    C('f5-req-uq-lecturer-cattle', 'outlook', 'Sarah Mitchell', 's.mitchell@uq.edu.au',
      'Bali cattle numbers - Jembrana',
      T("""
        Hi there,

        I'm a senior lecturer in animal science and we're starting an ACIAR-funded project on Bali cattle smallholders in western Bali. Could you please send through the Bali cattle population by kecamatan for Jembrana (2020-2025), and the number of households keeping cattle from the 2023 Agricultural Census?

        Our Indonesian counterpart, Dr Nengah Sukada at Universitas Udayana, may also be in touch separately.

        Many thanks,
        Sarah

        Dr Sarah Mitchell
        Senior Lecturer | School of Agriculture and Food Sustainability
        The University of Queensland
        Gatton QLD 4343 Australia
        """),
      name='Dr Sarah Mitchell', inst='The University of Queensland', lang='en', **F)

    C('f5-req-universiti-malaya', 'gmail', 'Nur Aina', 'nuraina.rosli@siswa.um.edu.my',
      'Data on migrant workers from Jembrana',
      T("""
        Assalamualaikum and good day,

        I am Nur Aina binti Rosli, a postgraduate student from Universiti Malaya, Kuala Lumpur. My research is about Indonesian migrant workers from Bali working in the hospitality sector in Malaysia. May I know if BPS Jembrana has data on the number of residents working abroad (pekerja migran) from Jembrana, preferably by sex and destination country, for recent years?

        Thank you very much for your kind assistance.

        Best regards,
        Nur Aina
        """),
      name='Nur Aina binti Rosli', inst='Universiti Malaya', lang='en', **F)

    C('f5-req-latin1-granada', 'latin1', 'José Martínez Ruiz', 'jmartinez@correo.ugr.es',
      'Employment and GRDP data, Jembrana',
      T("""
        Dear Sir/Madam,

        I am José Martínez Ruiz, PhD candidate at the Universidad de Granada (Spain), Department of Applied Economics. I am studying the economic impact of the Gilimanuk-Ketapang ferry crossing on local employment. Could you please provide:

        - number of employed persons by main industry in Kecamatan Melaya, 2015-2025
        - GRDP of Jembrana by industry at constant prices, 2015-2025

        Thank you very much for your help. Un saludo,

        José Martínez Ruiz
        """),
      name='José Martínez Ruiz', inst='Universidad de Granada', lang='en', **F)

    C('f5-req-english-independent-consultation', 'gmail', 'Erik Lindqvist', 'erik.lindqvist@fastmail.com',
      'Question on poverty series comparability',
      T("""
        Hello,

        I'm an independent researcher (no institutional affiliation at the moment) looking at poverty trends in Bali. My question is about methodology rather than a data request: the Jembrana poverty rate in your publications changes noticeably between 2019 and 2021 while the provincial figure barely moves. Was there a change in the Susenas sample design or in how the regency poverty line is set over that period? I want to be sure I'm not comparing apples with oranges.

        Thanks for any guidance,
        Erik Lindqvist
        """),
      name='Erik Lindqvist', inst=None, lang='en', **F)

    # ================================================================ requests: the public, incomplete, vague
    C('f5-req-private-elder-no-inst', 'plain', 'ketut suwela', 'ketutsuwela54@gmail.com',
      'Data penduduk Desa Baluk zaman dulu',
      T("""
        Selamat siang.

        Nama saya Ketut Suwela, umur 71 tahun, tinggal di Baluk. Saya tidak mewakili instansi mana pun, hanya warga biasa yang sedang mencatat sejarah banjar untuk cucu-cucu. Apakah BPS masih menyimpan data jumlah penduduk Desa Baluk hasil sensus tahun 1971, 1980 dan 1990? Kalau ada, saya ingin tahu angkanya.

        Maaf kalau merepotkan. Terima kasih.

        Ketut Suwela
        """),
      name='Ketut Suwela', inst=None, **F)

    C('f5-req-names-bps-only', 'gmail', 'Putu Sri Handayani', 'putusrihandayani@gmail.com', 'Permintaan data',
      T("""
        Selamat pagi,

        Saya Putu Sri Handayani. Saya ingin meminta data dari BPS Kabupaten Jembrana tentang jumlah penduduk yang bekerja menurut lapangan usaha di Kecamatan Negara dan Kecamatan Jembrana tahun 2025. Dulu waktu saya magang di BPS Jembrana tahun 2023 datanya ada di publikasi kecamatan, tapi sekarang saya tidak menemukannya di website.

        Terima kasih.
        Putu
        """),
      name='Putu Sri Handayani', inst=None, **F)

    C('f5-req-vague-hello-iphone', 'iphone', 'Rini', 'rini.astuti92@gmail.com', 'Pertanyaan',
      'Selamat siang, apakah benar ini email PST BPS Jembrana? Saya mau konsultasi, bisa lewat email atau harus '
      'datang langsung? Terima kasih\n\nDikirim dari iPhone saya',
      name=None, inst=None, req=False, **F)

    C('f5-req-vague-english-warsaw', 'gmail', 'Tomasz Nowak', 'tomasz.nowak@uw.edu.pl', 'Visit in January',
      T("""
        Dear PST team,

        My name is Tomasz Nowak and I am a lecturer at the University of Warsaw, Department of Southeast Asian Studies. I will be in Bali in January and would like to ask a few questions about your statistics. Who would be the right person to contact, and would it be possible to meet?

        Best regards,
        Tomasz Nowak
        """),
      name='Tomasz Nowak', inst='University of Warsaw', req=False, lang='en', **F)

    C('f5-req-slang-gan-anonymous', 'gmail', 'zz', 'bocahpetualang99@gmail.com', 'tanya gan',
      'gan mau nanya nih, data jml penduduk miskin per desa di jembrana ada gak ya? buat proposal PKM kampus. yg '
      'terbaru aja gpp. thx gan',
      name=None, inst=None, **F)

    # ================================================================ replies in existing threads
    C('f5-reply-fields-after-ask', 'gmail', 'ratih kusuma', 'ratihkusumadewi03@gmail.com',
      'Re: [PST-2026-00501] data kunjungan wisatawan',
      'Selamat siang Pak/Bu, mohon maaf email saya sebelumnya kurang lengkap.\n\n'
      'Nama: Ni Wayan Ratih Kusumadewi\nInstansi: Universitas Dwijendra (mahasiswa Prodi Arsitektur)\n\n'
      'Terima kasih \U0001f64f',
      quote=gq(ASK, 'id'), in_reply_to=OUR(501, 'e501'),
      kind='reply', name='Ni Wayan Ratih Kusumadewi', inst='Universitas Dwijendra', req=False,
      ticket='PST-2026-00501', **F)

    C('f5-reply-name-only-pribadi', 'iphone', 'Agus W', 'aguswidnyana@icloud.com',
      'Re: [PST-2026-00502] permintaan data',
      'Nama sy Agus Widnyana pak. Sy pribadi, tdk dr instansi mana2. Suksma\n\nDikirim dari iPhone saya',
      quote=gq(ASK, 'id'), in_reply_to=OUR(502, 'e502'),
      kind='reply', name='Agus Widnyana', inst=None, req=False, ticket='PST-2026-00502', **F)

    C('f5-reply-corrects-year', 'yahoo', 'Made Oka Sudiarta', 'madeoka.sudiarta@yahoo.com',
      'Re: [PST-2026-00503] Permohonan data produksi perikanan',
      T("""
        Selamat pagi,

        Mohon maaf ada salah ketik di permintaan saya. Yang saya perlukan data produksi perikanan tangkap tahun 2015-2025, bukan 2005-2025. Tetap per kecamatan seperti sebelumnya.

        Terima kasih,
        Made Oka Sudiarta
        """),
      quote=yq(ACK % (503, 'Made Oka Sudiarta', 'Politeknik Kelautan dan Perikanan Jembrana',
                      'data produksi perikanan tangkap per kecamatan 2005-2025')),
      in_reply_to=OUR(503, 'e503'),
      kind='reply', name='Made Oka Sudiarta', inst=None, req=True, ticket='PST-2026-00503', **F)

    C('f5-reply-followup-per-desa', 'outlook', 'Komang Ayu Sriasih', 'komang.sriasih@jembranakab.go.id',
      'RE: [PST-2026-00504] Data Kemiskinan',
      T("""
        Terima kasih Pak, datanya sudah kami terima.

        Mohon izin bertanya, apakah persentase penduduk miskin tersebut juga tersedia sampai tingkat desa? Jika ada, kami mohon untuk seluruh desa di Kecamatan Mendoyo tahun 2024 dan 2025.

        Salam,
        Komang Ayu Sriasih
        """),
      quote=oq('Yth. Ibu Komang,\n\nBersama ini kami kirimkan data persentase penduduk miskin Kabupaten Jembrana '
               '2015-2025 (terlampir).\n\nSalam,\nPST BPS Kabupaten Jembrana', 'Komang Ayu Sriasih',
               '[PST-2026-00504] Data Kemiskinan', 'id'),
      in_reply_to=OUR(504, 'e504'),
      kind='reply', name='Komang Ayu Sriasih', inst=None, req=True, ticket='PST-2026-00504', **F)

    _their_505 = ('From: I Gusti Ngurah Adi Putra <ngurah.adiputra@jembranakab.go.id>\n'
                  'Sent: Friday, November 20, 2026 10:05 AM\n'
                  'To: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                  'Subject: RE: [PST-2026-00505] Permohonan Data Ketenagakerjaan\n\n'
                  'Baik, surat pengantar sudah kami kirim lewat kurir pagi ini. Mohon dicek.\n\n'
                  'Salam,\nNgurah Adi\n\n')
    C('f5-reply-thanks-long-outlook-chain', 'outlook', 'I Gusti Ngurah Adi Putra',
      'ngurah.adiputra@jembranakab.go.id', 'RE: [PST-2026-00505] Permohonan Data Ketenagakerjaan',
      T("""
        Sudah kami terima dengan baik. Matur suksma atas bantuannya.

        Salam,
        I Gusti Ngurah Adi Putra
        Dinas Tenaga Kerja dan Perindustrian Kabupaten Jembrana
        """),
      quote=oq('Yth. Bapak Ngurah,\n\nSurat pengantar sudah kami terima. Bersama ini kami kirimkan data '
               'ketenagakerjaan Kabupaten Jembrana hasil Sakernas Agustus 2021-2025.\n\nSalam,\n'
               'PST BPS Kabupaten Jembrana\n\n' + _their_505
               + oq(ACK % (505, 'I Gusti Ngurah Adi Putra', 'Dinas Tenaga Kerja dan Perindustrian',
                           'data ketenagakerjaan 2021-2025'),
                    'I Gusti Ngurah Adi Putra', '[PST-2026-00505] Permohonan Data Ketenagakerjaan', 'id'),
               'I Gusti Ngurah Adi Putra', 'RE: [PST-2026-00505] Permohonan Data Ketenagakerjaan', 'id'),
      in_reply_to=OUR(505, 'e505'), references=[OUR(505, 'e5a5'), OUR(505, 'e505')],
      kind='reply', name='I Gusti Ngurah Adi Putra', inst='Dinas Tenaga Kerja dan Perindustrian Kabupaten Jembrana',
      req=False, ticket='PST-2026-00505', **F)

    C('f5-reply-status-inquiry', 'gmail', 'Dian Purnamasari', 'dianpurnama.sari@gmail.com',
      'Re: [PST-2026-00506] Permohonan data luas panen',
      'Selamat pagi Bapak/Ibu, mohon maaf mengganggu. Permohonan saya sudah sampai mana ya? Sudah lewat seminggu '
      'dan datanya saya perlukan untuk bimbingan hari Senin.\n\nTerima kasih,\nDian',
      quote=gq(ACK % (506, 'Dian Purnamasari', 'Universitas Terbuka', 'data luas panen padi per kecamatan 2020-2025'),
               'id'),
      in_reply_to=OUR(506, 'e506'),
      kind='reply', name='Dian', inst=None, req=False, ticket='PST-2026-00506', **F)

    _c507_first = 'min mau minta data IKK jembrana dong buat tugas, makasih'
    _c507_ours1 = ('Halo Kak,\n\nMohon konfirmasi, apakah yang dimaksud Indeks Kemahalan Konstruksi (IKK) atau '
                   'Indeks Harga Konsumen (IHK)? Dan untuk tahun berapa saja?\n\nSalam,\nPST BPS Kabupaten Jembrana')
    _c507_theirs = 'Yg Indeks Kemahalan Konstruksi kak, tahun 2020-2025. makasih'
    _c507_level = (_c507_theirs + '\n\nPada tanggal Sel, 17 Nov 2026 pukul 10.02 PST BPS Kabupaten Jembrana <\n'
                   'pst5101@bps.go.id> menulis:\n\n' + Q(_c507_ours1 + '\n\nPada tanggal Sen, 16 Nov 2026 pukul '
                   '21.40 Bagus <bagusprtm.07@gmail.com> menulis:\n\n' + Q(_c507_first)))
    C('f5-reply-short-long-gmail-chain', 'gmail', 'Bagus', 'bagusprtm.07@gmail.com',
      'Re: [PST-2026-00507] minta data IKK',
      'Siap kak, ditunggu \U0001f64f',
      quote=gq('Baik Kak, data IKK Kabupaten Jembrana 2020-2025 sedang kami siapkan dan akan kami kirim paling '
               'lambat hari Jumat.\n\nSalam,\nPST BPS Kabupaten Jembrana\n\nPada tanggal Rab, 18 Nov 2026 pukul '
               '08.15 Bagus <bagusprtm.07@gmail.com> menulis:\n\n' + Q(_c507_level), 'id'),
      in_reply_to=OUR(507, 'e507'), references=[OUR(507, 'e5a7'), OUR(507, 'e5b7'), OUR(507, 'e507')],
      kind='reply', name=None, inst=None, req=False, ticket='PST-2026-00507', **F)

    C('f5-reply-english-adds-affiliation', 'gmail', 'Mette S.', 'mette.sorensen.phd@gmail.com',
      'Re: [PST-2026-00508] Your data request',
      T("""
        Hi,

        Apologies, I should have introduced myself properly. I'm Mette Sørensen, a PhD fellow at the University of Copenhagen (Department of Anthropology). The tables are for my thesis chapter on labour migration from western Bali.

        Best,
        Mette
        """),
      quote=gq(ASK_EN), in_reply_to=OUR(508, 'e508'),
      kind='reply', name='Mette Sørensen', inst='University of Copenhagen', req=False, lang='en',
      ticket='PST-2026-00508', **F)

    C('f5-reply-sends-ktm-and-letter', 'gmail', 'Yohana Lake', 'yohanalake.kris@gmail.com',
      'Re: [PST-2026-00509] Kelengkapan persyaratan',
      'Selamat siang Bapak/Ibu,\n\nBerikut saya lampirkan foto KTM dan surat pengantar dari kampus sesuai yang '
      'diminta.\n\nTerima kasih,\nYohana Kristiani Lake',
      quote=gq('Yth. Ibu Yohana,\n\nUntuk melanjutkan permohonan, mohon lampirkan kartu tanda mahasiswa dan surat '
               'pengantar dari kampus.\n\nSalam,\nPST BPS Kabupaten Jembrana', 'id'),
      attachments=[JPG('IMG_20261123_101544.jpg'), PDF('surat pengantar.pdf')], in_reply_to=OUR(509, 'e509'),
      kind='reply', name='Yohana Kristiani Lake', inst=None, req=False, ticket='PST-2026-00509', **F)

    C('f5-reply-thanks-plus-new-need', 'outlook', 'Ni Nyoman Sutariani', 'sutariani.keswan@gmail.com',
      'RE: [PST-2026-00510] Data populasi ternak',
      T("""
        Selamat siang,

        Terima kasih, data populasi sapi sudah kami terima. Sekalian, bolehkah kami minta data populasi babi dan kambing per kecamatan tahun 2025? Untuk perencanaan vaksinasi tahun depan.

        Salam,
        Ni Nyoman Sutariani
        UPTD Pusat Kesehatan Hewan Negara
        """),
      quote=oq('Yth. Ibu Sutariani,\n\nBerikut kami lampirkan data populasi sapi potong per kecamatan 2025.\n\n'
               'Salam,\nPST BPS Kabupaten Jembrana', 'Ni Nyoman Sutariani', '[PST-2026-00510] Data populasi ternak',
               'id'),
      in_reply_to=OUR(510, 'e510'),
      kind='reply', name='Ni Nyoman Sutariani', inst='UPTD Pusat Kesehatan Hewan Negara', req=True,
      ticket='PST-2026-00510', **F)

    C('f5-reply-colleague-answers', 'outlook', 'Dewa Gede Oka Saputra', 'dewa.oka@jembranakab.go.id',
      'RE: [PST-2026-00511] Permohonan data PDRB',
      T("""
        Selamat siang,

        Saya Dewa Gede Oka Saputra, rekan kerja Ibu Sri Mulyani di Badan Keuangan Daerah Kabupaten Jembrana. Beliau sedang cuti sampai akhir bulan, jadi mohon data yang diminta dapat dikirimkan juga ke email saya (dewa.oka@jembranakab.go.id).

        Terima kasih.
        Dewa Oka
        """),
      quote=oq(ACK % (511, 'Sri Mulyani', 'Badan Keuangan Daerah Kabupaten Jembrana', 'PDRB ADHB 2020-2025'),
               'Sri Mulyani', '[PST-2026-00511] Permohonan data PDRB', 'id'),
      in_reply_to=OUR(511, 'e511'),
      kind='reply', name='Dewa Gede Oka Saputra', inst='Badan Keuangan Daerah Kabupaten Jembrana', req=False,
      ticket='PST-2026-00511', **F)

    C('f5-reply-japanese-narrows', 'gmail', 'Kenji Watanabe', 'k.watanabe.res@gmail.com',
      'Re: [PST-2026-00512] Data request: labour force participation',
      T("""
        Dear PST staff,

        Thank you very much for your prompt reply. Actually, I only need the 2023 labour force participation rate for Melaya and Negara districts, not the whole regency series. I apologize for the confusion.

        Sincerely,
        Kenji Watanabe
        """),
      quote=gq('Dear Mr Watanabe,\n\nThe labour force participation rate is available at regency level for '
               '2015-2025. Please confirm which years you need.\n\nKind regards,\nPST BPS Kabupaten Jembrana'),
      in_reply_to=OUR(512, 'e512'),
      kind='reply', name='Kenji Watanabe', inst=None, req=True, lang='en', ticket='PST-2026-00512', **F)

    # ================================================================ ratings
    C('f5-rating-digit-only', 'gmail', 'Komang Suartini', 'komangsuartini88@gmail.com',
      'Re: [PST-2026-00521] Penilaian layanan PST',
      '5\n\nSuksma \U0001f64f',
      quote=gq(RATE_ID, 'id'), in_reply_to=OUR(521, 'e521'),
      kind='rating', rating=5, req=False, ticket='PST-2026-00521', **F)

    C('f5-rating-bintang-tiga-feedback', 'yahoo', 'nyoman triadi', 'nyomantriadi@yahoo.co.id',
      'Re: [PST-2026-00522] Survei kepuasan',
      'Saya kasih bintang tiga ya Pak/Bu. Datanya lengkap, tapi balasannya lama sekali, hampir dua minggu baru '
      'ada jawaban.\n\nNyoman Triadi',
      quote=yq(RATE_ID), in_reply_to=OUR(522, 'e522'),
      kind='rating', rating=3, name='Nyoman Triadi', req=False, ticket='PST-2026-00522', **F)

    C('f5-rating-english-four-stars', 'outlook', 'Thomas Becker', 'thomas.becker@posteo.de',
      'RE: [PST-2026-00523] How was our service?',
      'Four stars from me. Your colleague was very helpful on the phone, but the first file you sent could not '
      'be opened.\n\nRegards,\nThomas Becker',
      quote=oq(RATE_EN, 'Thomas Becker', '[PST-2026-00523] How was our service?'), in_reply_to=OUR(523, 'e523'),
      kind='rating', rating=4, name='Thomas Becker', req=False, lang='en', ticket='PST-2026-00523', **F)

    C('f5-rating-unicode-stars', 'iphone', 'Wulan', 'wulan.cahyani@icloud.com',
      'Re: [PST-2026-00524] Mohon penilaian layanan',
      '\u2605\u2605\u2605\u2605\u2606 makasih banyak min, cepet bgt balesnya\n\nDikirim dari iPhone saya',
      quote=gq(RATE_ID, 'id'), in_reply_to=OUR(524, 'e524'),
      kind='rating', rating=4, req=False, ticket='PST-2026-00524', **F)

    C('f5-rating-new-mail-ticket-in-body', 'gmail', 'Luh Gede Sukmawati', 'sukmawati.pkmpekutatan@gmail.com',
      'Penilaian layanan',
      T("""
        Selamat siang,

        Untuk permohonan data dengan tiket PST-2026-00525, saya beri nilai 5. Petugasnya sabar sekali menjelaskan cara membaca tabel proyeksi penduduk. Semoga terus dipertahankan.

        Salam,
        dr. Luh Gede Sukmawati
        UPTD Puskesmas Pekutatan II
        """),
      kind='rating', rating=5, name='dr. Luh Gede Sukmawati', inst='UPTD Puskesmas Pekutatan II', req=False,
      ticket='PST-2026-00525', **F)

    C('f5-rating-balinese-words', 'gmail', 'Made Suarjana', 'madesuarjana.tbn@gmail.com',
      'Re: [PST-2026-00526] Penilaian',
      'Suksma pisan Bli/Mbok petugas, tiang kasih nilai empat nggih. Datane sampun tiang terima.\n\nMade Suarjana',
      quote=gq(RATE_ID, 'id'), in_reply_to=OUR(526, 'e526'),
      kind='rating', rating=4, name='Made Suarjana', req=False, ticket='PST-2026-00526', **F)

    C('f5-rating-low-with-reason', 'outlook', 'Andreas Wibowo', 'andreas.wibowo@outlook.com',
      'RE: [PST-2026-00527] Survei Kepuasan Layanan',
      'Nilai: 2\n\nData yang dikirim tidak sesuai permintaan sehingga harus saya minta ulang, dan setelah itu baru '
      'dibalas lima hari kemudian.\n\nHormat saya,\nAndreas Wibowo',
      quote=oq(RATE_ID, 'Andreas Wibowo', '[PST-2026-00527] Survei Kepuasan Layanan', 'id'),
      in_reply_to=OUR(527, 'e527'),
      kind='rating', rating=2, name='Andreas Wibowo', req=False, ticket='PST-2026-00527', **F)

    C('f5-rating-english-five-words', 'gmail', 'Olivia Grant', 'olivia.grant.nz@gmail.com',
      'Re: [PST-2026-00528] Please rate our service',
      'Excellent service - five out of five! Thanks again to the whole PST team.\n\nCheers,\nOlivia',
      quote=gq(RATE_EN), in_reply_to=OUR(528, 'e528'),
      kind='rating', rating=5, name='Olivia', req=False, lang='en', ticket='PST-2026-00528', **F)

    # ================================================================ complaints and suggestions
    C('f5-complaint-website-mismatch-polite', 'gmail', 'Ketut Widhiarta', 'widhiarta.penyaringan@gmail.com',
      'Perbedaan angka penduduk di website',
      T("""
        Selamat siang Bapak/Ibu,

        Mohon maaf sebelumnya. Saya menemukan perbedaan angka jumlah penduduk Kecamatan Mendoyo tahun 2024 antara tabel dinamis di website (61.248 jiwa) dan publikasi Kecamatan Mendoyo Dalam Angka 2025 (60.917 jiwa). Mohon dicek, karena angka ini kami gunakan untuk laporan desa dan kami jadi bingung mana yang benar.

        Terima kasih.

        Hormat saya,
        I Ketut Widhiarta
        Pemerintah Desa Penyaringan
        """),
      kind='complaint', name='I Ketut Widhiarta', inst='Pemerintah Desa Penyaringan', req=False, **F)

    C('f5-complaint-angry-ticket-in-body', 'yahoo', 'siti rohmah', 'sitirohmah_99@yahoo.com',
      'Tolong ditanggapi!!',
      'Sudah DUA MINGGU permohonan saya dengan nomor tiket PST-2026-00532 tidak ada kabarnya. Email sudah saya '
      'kirim 3 kali, telepon ke kantor tidak ada yang angkat. Katanya pelayanan prima?? Saya butuh data ini untuk '
      'sidang skripsi tanggal 1 Desember. Tolong jangan cuma janji 3 hari kerja.\n\nSiti Rohmah',
      kind='complaint', name='Siti Rohmah', req=False, ticket='PST-2026-00532', **F)

    C('f5-complaint-suggestion-whatsapp', 'outlook', 'Ketut Sumerta', 'ketutsumerta.smp5@gmail.com',
      'Usulan layanan konsultasi via WhatsApp',
      T("""
        Dengan hormat,

        Sebagai pengguna data yang cukup sering berhubungan dengan PST, saya ingin menyampaikan usulan: (1) mohon disediakan layanan konsultasi melalui WhatsApp atau chat di website, karena banyak pertanyaan sederhana sebenarnya bisa dijawab cepat; (2) jam layanan tatap muka pada hari Jumat mohon diperpanjang sampai sore.

        Semoga usulan ini bermanfaat.

        Salam hormat,
        Drs. Ketut Sumerta, M.Pd.
        Kepala SMP Negeri 5 Negara
        """),
      kind='complaint', name='Drs. Ketut Sumerta', inst='SMP Negeri 5 Negara', req=False, **F)

    C('f5-complaint-english-broken-links', 'gmail', 'Ben Carter', 'ben.carter.nz@gmail.com',
      'Broken download links on your website',
      T("""
        Hi,

        Just a heads-up: most of the "Download" buttons on the publications page of your website return a 404 error for me (tried in Chrome and Firefox, on two different networks). For example the 2025 statistical yearbook and the poverty brief. It's been like this for at least a week. Would be great if someone could have a look.

        Cheers,
        Ben Carter
        Research Assistant, University of Auckland
        """),
      kind='complaint', name='Ben Carter', inst='University of Auckland', req=False, lang='en', **F)

    C('f5-complaint-reply-wrong-year', 'gmail', 'Gung Ari', 'gungari.wirawan@gmail.com',
      'Re: [PST-2026-00535] Data yang Anda minta',
      'Pak, ini data tahun 2023, sedangkan yang saya minta jelas tahun 2025. Mohon lebih teliti, saya sudah '
      'menunggu seminggu dan sekarang harus menunggu lagi.\n\nGung Ari',
      quote=gq('Yth. Bapak/Ibu,\n\nBersama ini kami kirimkan data jumlah penduduk per desa yang Anda minta '
               '(terlampir).\n\nSalam,\nPST BPS Kabupaten Jembrana', 'id'),
      in_reply_to=OUR(535, 'e535'),
      kind='complaint', name='Gung Ari', req=False, ticket='PST-2026-00535', **F)

    C('f5-complaint-counter-staff-slang', 'iphone', '', 'ryandika.p@icloud.com', 'pelayanan di kantor',
      'min sy td jam 10an ke kantor bps mau konsul data, petugasnya jutek bgt, ditanya malah disuruh cari sendiri '
      'di web. sy kan gatau makanya dtg. tolong lah dibina petugasnya, kecewa bgt sy.\n\nDikirim dari iPhone saya',
      kind='complaint', name=None, req=False, **F)

    C('f5-complaint-typo-publication', 'thunderbird', 'Ni Nengah Ariasih', 'nengah.ariasih@unta.ac.id',
      'Kesalahan angka di Jembrana Dalam Angka 2026',
      T("""
        Selamat pagi,

        Saya ingin melaporkan kemungkinan kesalahan pada publikasi Kabupaten Jembrana Dalam Angka 2026, Tabel 5.1.3 (Luas Panen dan Produksi Padi menurut Kecamatan). Jumlah produksi seluruh kecamatan tidak sama dengan angka total kabupaten; selisihnya sekitar 4.800 ton. Sepertinya ada salah ketik pada baris Kecamatan Pekutatan.

        Mohon dicek dan diterbitkan ralatnya.

        Terima kasih,

        -- 
        Ni Nengah Ariasih
        Dosen Program Studi Agribisnis
        Universitas Tabanan
        """),
      kind='complaint', name='Ni Nengah Ariasih', inst='Universitas Tabanan', req=False, wrap=72, **F)

    C('f5-complaint-keeps-asking-identity', 'gmail', 'Kadek Dwi Arsana', 'kadekdwiarsana@gmail.com',
      'Re: [PST-2026-00538] Mohon lengkapi data Anda',
      'Ini sudah ketiga kalinya saya diminta melengkapi nama dan instansi. Saya sudah tulis di email pertama: nama '
      'saya Kadek Dwi Arsana, mahasiswa Universitas Mahendradatta. Tolong dibaca dulu emailnya, jangan dibalas '
      'otomatis terus. Kapan permohonan saya diproses?',
      quote=gq(ASK, 'id'), in_reply_to=OUR(538, 'e538'),
      kind='complaint', name='Kadek Dwi Arsana', inst='Universitas Mahendradatta', req=False,
      ticket='PST-2026-00538', **F)

    # ================================================================ auto-replies
    C('f5-ooo-outlook-english-fieldwork', 'outlook', 'Rebecca Owens', 'r.owens@sydney.edu.au',
      'Automatic reply: [PST-2026-00541] Your data request has been received',
      'I am on fieldwork in Nusa Tenggara Timur until 14 December 2026 with very limited internet access. Emails '
      'will not be forwarded. For urgent matters please contact the School office on +61 2 9351 2000.',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
      kind='auto_reply', req=False, lang='en', ticket='PST-2026-00541', **F)

    C('f5-ooo-body-only-cuti-tahunan', 'gmail', 'I Made Wirata', 'madewirata.bkpsdm@gmail.com',
      'Re: [PST-2026-00542] Data sudah kami kirim',
      T("""
        Om Swastyastu,

        Terima kasih atas emailnya. Saya sedang cuti tahunan sampai dengan 2 Desember 2026. Email akan saya balas setelah saya kembali bertugas.

        Suksma,
        I Made Wirata
        """),
      kind='auto_reply', req=False, ticket='PST-2026-00542', **F)

    C('f5-ooo-yahoo-dinas-luar-body-only', 'yahoo', 'Kasi Pemerintahan Kec. Negara', 'kasipem.negara@yahoo.co.id',
      'Sedang Dinas Luar',
      T("""
        Yth. Bapak/Ibu,

        Mohon maaf, saat ini saya sedang melaksanakan tugas dinas luar daerah tanggal 23 s.d. 28 November 2026. Untuk keperluan mendesak dapat menghubungi staf kami di nomor (0365) 41210.

        Terima kasih.
        """),
      kind='auto_reply', req=False, **F)

    C('f5-ooo-gmail-tidak-di-kantor-headers', 'gmail', 'Putu Eka Arimbawa', 'putuekaarimbawa@gmail.com',
      'Re: [PST-2026-00544] Permintaan data Anda telah kami terima',
      'Halo, saya sedang tidak di kantor sampai hari Senin, 30 November 2026. Pesan Anda akan saya baca setelah '
      'kembali.',
      extra=[('Auto-Submitted', 'auto-replied')],
      kind='auto_reply', req=False, ticket='PST-2026-00544', **F)

    C('f5-ooo-helpdesk-own-ticket-number', 'outlook', 'Layanan Terpadu FEB', 'layanan.feb@unmerbaya.ac.id',
      '[#48213] Re: [PST-2026-00545] Permintaan data Anda telah kami terima',
      'Terima kasih telah menghubungi Layanan Terpadu Fakultas Ekonomi dan Bisnis. Pesan Anda telah tercatat '
      'dengan nomor #48213 dan akan ditindaklanjuti dalam 2x24 jam kerja. Email ini dikirim secara otomatis, mohon '
      'tidak membalas email ini.',
      extra=[('Auto-Submitted', 'auto-generated'), ('X-Autoreply', 'yes')],
      kind='auto_reply', req=False, ticket='PST-2026-00545', **F)

    C('f5-ooo-dutch-english', 'gmail', 'Joost van den Berg', 'joost.vandenberg@ruralstudies.nl',
      'Afwezig / Out of office: Re: [PST-2026-00546] Data request',
      T("""
        Beste afzender, ik ben afwezig tot en met 4 december.

        Dear sender, thank you for your email. I am currently out of the office with limited access to email and will be back on 7 December 2026. For urgent matters regarding the Bali project, please contact our project office at projectoffice@ruralstudies.nl.
        """),
      extra=[('Auto-Submitted', 'auto-replied')],
      kind='auto_reply', req=False, lang='en', ticket='PST-2026-00546', **F)

    C('f5-ooo-plain-diklat-body-only', 'plain', 'Kabid Statistik Diskominfo', 'statistik.diskominfo@jembranakab.go.id',
      'Re: [PST-2026-00547] Mohon kelengkapan identitas',
      T("""
        Pesan ini dikirim otomatis.

        Saya sedang mengikuti Pelatihan Kepemimpinan Administrator di BPSDM Provinsi Bali sampai 11 Desember 2026 dan hanya dapat membuka email pada malam hari. Untuk urusan kedinasan yang mendesak silakan menghubungi Kasubbag Umum.

        Terima kasih.
        """),
      kind='auto_reply', req=False, ticket='PST-2026-00547', **F)

    C('f5-ooo-villa-reservations', 'html_only', 'Segara Kembar Villas', 'reservation@segarakembarvillas.com',
      'Re: [PST-2026-00548] Data yang Anda minta',
      T("""
        Terima kasih telah menghubungi Segara Kembar Villas.

        Email Anda telah kami terima. Tim reservasi kami akan membalas dalam waktu 1x24 jam. Untuk pemesanan cepat silakan hubungi WhatsApp +62 811 3860 225.

        Pesan ini dikirim secara otomatis.
        """),
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('Precedence', 'bulk')],
      kind='auto_reply', req=False, ticket='PST-2026-00548', **F)

    # ================================================================ bounces
    D('f5-dsn-gmail-no-such-user',
      dict(recipient='putuyoga.pratama1999@gmail.com', original_message_id=OUR(551, 'd551'),
           orig_subject='[PST-2026-00551] Permintaan data Anda telah kami terima'),
      'PST-2026-00551', **F)
    D('f5-dsn-yahoo-no-account',
      dict(recipient='wiwik_lestari@yahoo.co.id', original_message_id=OUR(552, 'd552'), status='5.0.0',
           orig_subject='[PST-2026-00552] Mohon lengkapi identitas Anda',
           text='This is the mail system at host mx.bps.go.id.\n\nI\'m sorry to have to inform you that your '
                'message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n'
                '<wiwik_lestari@yahoo.co.id>: host mx-apac.mail.gm0.yahoodns.net said:\n    554 delivery error: '
                'dd This user doesn\'t have a yahoo.co.id account\n    (wiwik_lestari@yahoo.co.id) [0] - '
                'mta4470.mail.sg3.yahoo.com (in reply to end of DATA command)'),
      'PST-2026-00552', **F)
    D('f5-dsn-campus-quota',
      dict(recipient='ayu.pradnya@student.unud.ac.id', original_message_id=OUR(553, 'd553'), status='5.2.2',
           orig_subject='[PST-2026-00553] Data yang Anda minta',
           text='This is the mail system at host mx.bps.go.id.\n\nI\'m sorry to have to inform you that your '
                'message could not\nbe delivered to one or more recipients.\n\n<ayu.pradnya@student.unud.ac.id>: '
                'host aspmx.l.google.com said: 552-5.2.2 The\n    recipient\'s inbox is out of storage space. '
                'Please direct the recipient to\n    https://support.google.com/mail/?p=OverQuotaPerm'),
      'PST-2026-00553', **F)
    D('f5-dsn-exchange-indonesian',
      dict(recipient='kasi.statistik@jembranakab.go.id', original_message_id=OUR(554, 'd554'), status='5.1.10',
           no_auto_submitted=True, mta='jembranakab.go.id',
           **{'from': 'Microsoft Outlook <postmaster@jembranakab.go.id>',
              'subject': 'Tidak terkirim: [PST-2026-00554] Permintaan data Anda telah kami terima',
              'orig_subject': '[PST-2026-00554] Permintaan data Anda telah kami terima',
              'text': 'Pengiriman telah gagal ke penerima atau grup berikut:\n\nkasi.statistik@jembranakab.go.id\n'
                      'Alamat email yang Anda masukkan tidak dapat ditemukan. Periksa alamat email penerima dan '
                      'coba kirim ulang pesan. Jika masalah berlanjut, hubungi dukungan teknis Anda.\n\n'
                      'Informasi diagnostik untuk administrator:\n\nServer pembuat: jembranakab.go.id\n'
                      'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found '
                      'by SMTP address lookup\''}),
      'PST-2026-00554', lang='id', **F)
