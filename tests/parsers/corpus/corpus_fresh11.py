# corpus_fresh11.py: an eleventh batch, written blind by a ninth independent author who saw neither the parser
# nor its results: a private hospital's nutrition unit (a dietitian with "S.Gz., RD"), a village health post's
# midwife signing with her STR number, a seaweed farmers' cooperative typed like a chat, a tourism polytechnic
# lecturer, an Islamic university in Malang, a Hindu religion teacher at SMA Negeri Bali Mandara, a tugboat
# company whose signature is a pipe table, a cement distributor, a women's microfinance foundation, a JICA
# expert, a KOICA volunteer, an Australian high-school teacher, a Malaysian researcher writing Malay, a student
# from Timor-Leste writing Tetum-flavoured Indonesian, a Chinese-Indonesian shop owner in chat-style English, a
# village secretary's numbered letter (a.n. Perbekel), a provincial councillor's personal assistant, a camat's
# staff forwarding an Outlook "From:/Sent:" chain, a mother asking for her child's school project, a pedanda's
# grandson writing for him, a YouTuber who says he has no institution, a hotel revenue manager, an insurance
# actuary, a licensed land surveyor, an agricultural extension office with a signature laid out as a table, a
# WhatsApp export pasted in, a need only in an attached Excel template, an introduction only in the last line
# ("btw saya ..."), two students writing jointly, a secretary writing for her absent director, a water utility,
# the SAR post, the quarantine office, the land office, a wedding organiser, a posyandu cadre, a Catholic sister
# ("Sr."), a kepala lingkungan in lower case, Binus, Untag Banyuwangi, Can Tho, the Sunshine Coast, vague mails
# (Saturday hours, a WhatsApp number, "explore cooperation"); replies giving only the institution, correcting
# the name's spelling, asking for another year, an Outlook thanks above a long chain, a status question in a new
# mail, a KTM photo, an English definition question, a colleague answering for an absent staff member, a broken
# link, Balinese thanks, a ticket only in the subject; ratings in words ("empat dari lima"), "bagus sekali, 5",
# stars, a digit only, English words, a bottom-posted "tiga", a new mail, a date before the score; complaints
# (the hotline, slow email, a typo in a press release, Saturday service, a password-protected PDF, incomplete
# data on a ticket, an anonymous queue complaint); auto-replies (maternity leave, a conference, umrah, Malay
# vacation) and bounces (quota, unknown user, domain not found) (set "fresh11"; tickets PST-2026-011xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh11')

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
    KTM = ('Yth. Saudara,\n\nUntuk permintaan data tiket PST-2026-%05d, mohon Saudara mengirimkan foto Kartu '
           'Tanda Mahasiswa (KTM) yang masih berlaku.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    XLSX = lambda name: dict(name=name, type='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                             data=b'PK\x03\x04' + name.encode() * 30)

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        if lang == 'id':
            return 'Pada 23 Nov 2026, pukul 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + q
        return 'On 23 Nov 2026, at 09:14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + q

    def tq(text):
        """Quote as Thunderbird writes it (English locale)."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        return 'On 23/11/2026 09:14, PST BPS Kabupaten Jembrana wrote:\n' + q

    def lq(text, to, subject):
        """A long Outlook chain: our mail above the writer's own first mail."""
        return ('-----Original Message-----\nFrom: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Sent: Monday, November 23, 2026 9:14 AM\nTo: %s\nSubject: %s\n\n%s' % (to, subject, text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '7d2c5b10'), references=[OUR(n, '7d2c5b10')])

    # ------------------------------------------------------------------------------------------------
    # Health, emergency and government offices
    # ------------------------------------------------------------------------------------------------
    C('f11-req-hospital-nutrition-unit-dietitian', 'outlook', 'Instalasi Gizi RSU Dharma Husada', 'gizi.rsudharmahusada@gmail.com',
      'Permohonan data konsumsi pangan dan status gizi balita', T('''
        Selamat pagi Bapak/Ibu petugas PST,

        Kami dari Instalasi Gizi Rumah Sakit Umum Dharma Husada Negara sedang menyiapkan program edukasi gizi bagi pasien rawat jalan dan keluarganya, terutama ibu hamil dan ibu dengan balita. Agar materi edukasi sesuai dengan pola makan masyarakat setempat, kami memerlukan data:

        1. rata-rata konsumsi kalori dan protein per kapita sehari Kabupaten Jembrana (Susenas), 2021-2025;
        2. pengeluaran per kapita sebulan untuk kelompok makanan (padi-padian, ikan, daging, telur dan susu, sayur-sayuran), 2023-2025;
        3. apabila ada, prevalensi balita stunting Kabupaten Jembrana.

        Terima kasih atas bantuan Bapak/Ibu.

        Salam sehat,

        Ni Putu Ayu Mahadewi, S.Gz., RD
        Dietisien / Kepala Instalasi Gizi
        Rumah Sakit Umum Dharma Husada Negara
        Jl. Kepundung No. 9, Negara
        '''), name='Ni Putu Ayu Mahadewi', inst='Rumah Sakit Umum Dharma Husada Negara', **F)

    C('f11-req-pustu-midwife-str-number', 'gmail', 'bidan nengah', 'bidannengah.tuwed@gmail.com',
      'mohon data jumlah wanita usia subur desa tuwed', T('''
        Om Swastyastu Bapak/Ibu,

        Saya bidan yang bertugas di Puskesmas Pembantu Desa Tuwed, Kecamatan Melaya. Untuk menyusun sasaran pelayanan KB dan pemeriksaan ibu hamil tahun 2027, saya butuh data jumlah wanita usia subur (15-49 tahun) dan jumlah bayi di Desa Tuwed, kalau bisa juga per banjar.

        Data dari desa angkanya beda-beda, jadi saya ingin pakai data BPS sebagai pembanding.

        Suksma.

        Bdn. Ni Nengah Suartini, S.Tr.Keb.
        STR: 51 1 12 2 1 20-xxxxxxx
        Pustu Tuwed
        '''), name='Bdn. Ni Nengah Suartini', inst='Puskesmas Pembantu Desa Tuwed', **F)

    C('f11-req-sar-post-gilimanuk', 'outlook', 'Pos SAR Jembrana', 'possar.jembrana@basarnas.go.id',
      'Permohonan data nelayan dan wisatawan pantai (kajian risiko SAR)', T('''
        Dengan hormat,

        Pos Pencarian dan Pertolongan Jembrana, di bawah Kantor SAR Denpasar, sedang menyusun peta risiko kecelakaan di perairan Selat Bali dan pantai selatan Jembrana. Sebagian besar operasi SAR kami tahun ini melibatkan nelayan kecil dan wisatawan yang berenang di pantai berombak besar.

        Mohon bantuan data:
        - jumlah nelayan dan perahu motor tempel per desa pesisir;
        - jumlah kunjungan wisatawan ke daya tarik wisata pantai (Medewi, Pulukan, Baluk Rening, Perancak), bila BPS memilikinya;
        - jumlah penduduk per desa pesisir 2025.

        Atas perhatiannya kami ucapkan terima kasih.

        Komang Adi Pranata
        Rescuer Pertama
        Pos Pencarian dan Pertolongan Jembrana
        Kantor SAR Denpasar
        '''), name='Komang Adi Pranata', inst='Pos Pencarian dan Pertolongan Jembrana', **F)

    C('f11-req-quarantine-satpel-gilimanuk', 'gmail', 'Yudha Prasetya Nugraha', 'yudha.karantina@gmail.com',
      'Data populasi ternak & lalu lintas komoditas pertanian', T('''
        Selamat siang Bapak/Ibu,

        Saya Yudha Prasetya Nugraha, Pejabat Karantina Hewan di Balai Karantina Hewan, Ikan, dan Tumbuhan Bali, Satuan Pelayanan Pelabuhan Gilimanuk. Kami sedang melakukan analisis risiko masuknya penyakit hewan (PMK dan ASF) melalui pintu Gilimanuk.

        Kami memerlukan data populasi sapi, babi dan kambing per kecamatan di Kabupaten Jembrana tahun 2022-2025, serta jumlah rumah tangga usaha peternakan per kecamatan (ST2023).

        Mohon info juga apakah BPS mempunyai data arus barang antar pulau lewat Gilimanuk.

        Terima kasih.
        Yudha
        '''), name='Yudha Prasetya Nugraha',
      inst='Balai Karantina Hewan, Ikan, dan Tumbuhan Bali, Satuan Pelayanan Pelabuhan Gilimanuk', **F)

    C('f11-req-land-office-letter-attached-and-text', 'outlook', 'Kantah Jembrana', 'kantah.jembrana@atrbpn.go.id',
      'Permohonan Data Penggunaan Lahan', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Bersama ini kami sampaikan surat Kepala Kantor Pertanahan Kabupaten Jembrana Nomor MP.01.02/1437-51.01/XI/2026 perihal Permohonan Data (terlampir), untuk keperluan penyusunan Neraca Penatagunaan Tanah Kabupaten Jembrana. Secara ringkas, data yang dimohon adalah luas lahan sawah, lahan pertanian bukan sawah dan lahan bukan pertanian per kecamatan tahun 2020-2025.

        Atas kerja samanya kami ucapkan terima kasih.

        Salam,
        I Putu Wira Darmawan
        Penata Pertanahan
        Seksi Penataan dan Pemberdayaan
        Kantor Pertanahan Kabupaten Jembrana
        '''), name='I Putu Wira Darmawan', inst='Kantor Pertanahan Kabupaten Jembrana',
      attachments=[PDF('Surat Permohonan Data - Kantah Jembrana.pdf')], **F)

    C('f11-req-sekdes-numbered-letter-an-perbekel', 'gmail', 'Pemerintah Desa Batuagung', 'desabatuagung.jbr@gmail.com',
      'Surat Nomor 140/212/BTG/XI/2026 - Permohonan Data', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        KECAMATAN JEMBRANA
        DESA BATUAGUNG

        Nomor     : 140/212/BTG/XI/2026                    Batuagung, 20 November 2026
        Lampiran  : -
        Perihal   : Permohonan Data

        Kepada
        Yth. Kepala BPS Kabupaten Jembrana
        di -
        Negara

        Om Swastyastu,

        Sehubungan dengan penyusunan Profil Desa dan Indeks Desa tahun 2026, bersama ini kami mohon bantuan data Desa Batuagung sebagai berikut:
        1. Jumlah penduduk menurut jenis kelamin dan kelompok umur hasil proyeksi 2025;
        2. Jumlah rumah tangga menurut sumber penerangan dan bahan bakar memasak (Podes 2024);
        3. Jumlah sarana perdagangan (pasar, toko/warung kelontong).

        Demikian permohonan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        a.n. PERBEKEL BATUAGUNG
        Sekretaris Desa,

        ttd

        I KETUT ARTAWAN
        '''), name='I Ketut Artawan', inst='Desa Batuagung', **F)

    C('f11-req-camat-staff-outlook-chain', 'outlook', 'Kasi Ekbang Kec. Pekutatan', 'ekbang.pekutatan@jembranakab.go.id',
      'FW: bahan Musrenbang Kecamatan', T('''
        Selamat pagi Bapak/Ibu PST,

        Menindaklanjuti arahan Bapak Camat di bawah, kami mohon bantuan data untuk bahan Musrenbang Kecamatan Pekutatan tahun 2027:
        - jumlah penduduk miskin atau persentase kemiskinan (jika tersedia sampai kecamatan);
        - jumlah penduduk per desa 2025;
        - produksi kelapa, kakao dan cengkeh per desa atau per kecamatan.

        Terima kasih.

        Ni Ketut Ayu Darmayanti, S.E.
        Kepala Seksi Ekonomi dan Pembangunan
        Kantor Camat Pekutatan

        From: Camat Pekutatan <camat.pekutatan@jembranakab.go.id>
        Sent: Friday, November 20, 2026 4:47 PM
        To: Kasi Ekbang Kec. Pekutatan <ekbang.pekutatan@jembranakab.go.id>
        Cc: Sekcam Pekutatan <sekcam.pekutatan@jembranakab.go.id>
        Subject: bahan Musrenbang Kecamatan

        Bu Kasi, mohon minta data terbaru ke BPS utk paparan Musrenbang tgl 3 Des: penduduk, kemiskinan, dan komoditas perkebunan. Jgn pakai data 2019 lagi.

        Camat Pekutatan
        I Gede Sugiarta Wijaya, S.STP., M.Si.
        '''), name='Ni Ketut Ayu Darmayanti', inst='Kantor Camat Pekutatan', **F)

    C('f11-req-dprd-prov-personal-assistant', 'gmail', 'Rizaldi Pratama', 'rizaldi.asprid@gmail.com',
      'Permintaan data utk reses Ibu Anggota DPRD Provinsi', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Rizaldi Pratama, asisten pribadi Ibu Ni Made Sri Kusumawati, anggota DPRD Provinsi Bali dari daerah pemilihan Jembrana. Beliau akan melaksanakan reses di Kecamatan Melaya dan Mendoyo tanggal 7-10 Desember dan meminta saya menyiapkan bahan.

        Data yang diperlukan:
        1. angka kemiskinan dan pengangguran Kabupaten Jembrana 2023-2025;
        2. jumlah penduduk per desa di Kecamatan Melaya dan Mendoyo;
        3. jumlah petani dan nelayan per kecamatan.

        Mohon maaf saya menggunakan email pribadi. Terima kasih banyak.

        Hormat saya,
        Rizaldi Pratama
        Asisten Pribadi Anggota DPRD Provinsi Bali
        '''), name='Rizaldi Pratama', inst='DPRD Provinsi Bali', **F)

    C('f11-req-water-utility-perumda', 'outlook', 'Perencanaan Teknik Tirta Amertha', 'perencanaan@pdamjembrana.co.id',
      'Permohonan Data Proyeksi Penduduk untuk Rencana Induk SPAM', T('''
        Dengan hormat,

        Perumda Air Minum Tirta Amertha Jati Kabupaten Jembrana sedang memperbarui Rencana Induk Sistem Penyediaan Air Minum (RISPAM) 2027-2046. Konsultan perencana kami memerlukan data resmi sebagai berikut:

        a. jumlah penduduk dan rumah tangga per desa/kelurahan, 2015-2025;
        b. laju pertumbuhan penduduk per kecamatan;
        c. persentase rumah tangga menurut sumber air minum utama (Susenas), 2020-2025.

        Mohon data dapat dikirim dalam format Excel.

        Hormat kami,

        Ir. Made Oka Swastika
        Kepala Bagian Perencanaan Teknik
        Perumda Air Minum Tirta Amertha Jati Kabupaten Jembrana
        '''), name='Ir. Made Oka Swastika', inst='Perumda Air Minum Tirta Amertha Jati Kabupaten Jembrana', **F)

    C('f11-req-extension-office-table-signature', 'outlook', 'BPP Melaya', 'bpp.melaya@gmail.com',
      'Data rumah tangga usaha pertanian Kec. Melaya (ST2023)', T('''
        Selamat pagi,

        Mohon izin, kami dari Balai Penyuluhan Pertanian Kecamatan Melaya memerlukan data hasil Sensus Pertanian 2023 untuk penyusunan programa penyuluhan 2027, yaitu jumlah rumah tangga usaha pertanian per desa menurut subsektor, dan jumlah petani milenial (umur 19-39 tahun) per desa.

        Terima kasih.

        Salam,

        +------------------+------------------------------------------+
        | Nama             | Dewa Made Suteja Wiguna, S.P.            |
        | Jabatan          | Penyuluh Pertanian Ahli Muda             |
        | Unit kerja       | Balai Penyuluhan Pertanian Kec. Melaya   |
        | Telepon          | 0813-3766-xxxx                           |
        +------------------+------------------------------------------+
        '''), name='Dewa Made Suteja Wiguna', inst='Balai Penyuluhan Pertanian Kecamatan Melaya', **F)

    C('f11-req-kaling-lowercase-plain', 'plain', 'nyoman sadra', 'nyomansadra.bjt@gmail.com', 'data lingkungan', T('''
        slamat siang pak/bu bps

        saya nyoman sadra kepala lingkungan pertukangan kelurahan banjar tengah negara. mau minta data jumlah penduduk lingkungan kami menurut umur, soalnya ada pembagian bantuan lansia dari kelurahan dan kami mau cek jumlah lansia diatas 60 tahun. klo tidak ada per lingkungan per kelurahan saja tidak apa apa

        terimakasih
        '''), name='Nyoman Sadra', inst='Lingkungan Pertukangan Kelurahan Banjar Tengah', **F)

    # ------------------------------------------------------------------------------------------------
    # Firms, cooperatives, foundations
    # ------------------------------------------------------------------------------------------------
    C('f11-req-seaweed-coop-chat-typed', 'gmail', 'Sukri Hamdani', 'sukrihamdani77@gmail.com', 'data rumput laut', T('''
        Assalamualaikum
        Pak Bu selamat pagi
        Sy Ahmad Sukri Hamdani
        Ketua Koperasi Pembudidaya Rumput Laut Segara Hijau
        Desa Candikusuma Kec Melaya
        Mau tanya apa ada data produksi rumput laut di Jembrana per tahun 2018 sampai 2025
        Sama jumlah pembudidaya nya
        Utk proposal ke dinas provinsi
        Trimakasih wassalam
        '''), name='Ahmad Sukri Hamdani', inst='Koperasi Pembudidaya Rumput Laut Segara Hijau', **F)

    C('f11-req-tugboat-company-pipe-table-signature', 'outlook', 'Benny Kurniawan Sitorus', 'ops.gilimanuk@samudratunda.co.id',
      'Request data: bongkar muat & kunjungan kapal Gilimanuk / Celukan Bawang', T('''
        Dear Bapak/Ibu,

        Good morning. We are PT Samudra Tunda Nusantara, operator kapal tunda (tugboat) dan assist kapal di Selat Bali. Management kami sedang review rencana penempatan satu unit tugboat tambahan di Gilimanuk untuk 2027.

        Mohon bantuan data berikut, kalau tersedia di BPS Kabupaten Jembrana:
        1) jumlah kunjungan kapal dan arus bongkar muat barang di pelabuhan di wilayah Jembrana, 2021-2025;
        2) jumlah industri pengolahan ikan skala besar/sedang di Pengambengan (sebagai proxy kebutuhan kapal barang).

        Thank you for your kind assistance.

        Best regards,

        Benny Kurniawan Sitorus | Operations Manager – Gilimanuk Branch
        PT Samudra Tunda Nusantara | Jl. Raya Gilimanuk No. 3, Melaya, Jembrana
        M +62 812-3901-xxxx | ops.gilimanuk@samudratunda.co.id
        '''), name='Benny Kurniawan Sitorus', inst='PT Samudra Tunda Nusantara', **F)

    C('f11-req-cement-distributor-yahoo', 'yahoo', 'Willy Santoso', 'willy_santoso_ngr@yahoo.com',
      'Tanya data pembangunan rumah & konstruksi Jembrana', T('''
        Selamat siang,

        Saya Willy Santoso dari UD Sinar Bangun Abadi, distributor semen dan baja ringan di Jl. Gajah Mada, Negara. Kami ingin memperkirakan kebutuhan semen tahun depan. Apakah BPS punya data:
        - jumlah rumah tangga menurut status kepemilikan rumah dan jenis lantai/dinding,
        - nilai PDRB sektor konstruksi Jembrana 2020-2025,
        - Indeks Kemahalan Konstruksi Jembrana?

        Kalau ada biaya, mohon info.

        Thanks,
        Willy
        '''), name='Willy Santoso', inst='UD Sinar Bangun Abadi', **F)

    C('f11-req-microfinance-womens-foundation', 'gmail', 'Yayasan Dana Mitra Perempuan', 'dmp.bali@gmail.com',
      'Permohonan data untuk perluasan layanan keuangan mikro perempuan', T('''
        Salam sejahtera,

        Yayasan Dana Mitra Perempuan adalah lembaga keuangan mikro berbasis kelompok yang sejak 2014 melayani perempuan pelaku usaha ultra mikro di Buleleng dan Tabanan. Tahun 2027 kami berencana membuka layanan di Kabupaten Jembrana.

        Untuk studi kelayakan, kami mohon data:
        1. jumlah perempuan kepala rumah tangga per kecamatan;
        2. jumlah usaha mikro yang dikelola perempuan, bila tersedia dari Sensus Ekonomi 2026;
        3. persentase penduduk miskin dan garis kemiskinan Kabupaten Jembrana 2023-2025.

        Terima kasih atas dukungan Bapak/Ibu.

        Hormat kami,
        Maria Magdalena Ratu Wewo
        Manajer Program
        Yayasan Dana Mitra Perempuan
        '''), name='Maria Magdalena Ratu Wewo', inst='Yayasan Dana Mitra Perempuan', **F)

    C('f11-req-chinese-indonesian-shop-chat-english', 'iphone', 'Lanny Tjong', 'lannytjong88@icloud.com', 'hi', T('''
        hi BPS jembrana
        this is Lanny, Tjong Siu Lan, owner Toko Harapan Baru at jl ngurah rai negara (sembako & plastic)
        my son want to open 2nd shop in melaya or gilimanuk
        pls can send me how many people & household in melaya and gilimanuk, and how many shops already there
        ok ok thank you ya 🙏🙏
        '''), name='Tjong Siu Lan', inst='Toko Harapan Baru', lang='en', **F)

    C('f11-req-hotel-revenue-manager', 'gmail', 'Citra Anindya', 'revenue@medewibayresort.com',
      'Data request for 2027 budgeting – occupancy & arrivals Jembrana', T('''
        Dear PST team,

        Om Swastyastu. I'm Citra Anindya Kusuma, Revenue Manager at Medewi Bay Resort & Spa (Pekutatan). We're finalising our 2027 budget and our owners asked us to benchmark against official figures rather than OTA data only.

        Could you help with:
        • monthly room occupancy rate (TPK) of star-rated and non-star accommodation in Jembrana, Jan 2023 – latest month;
        • average length of stay of foreign and domestic guests, same period;
        • number of foreign guests by nationality, if published at regency level.

        Many thanks — suksma!

        Citra Anindya Kusuma
        Revenue Manager
        Medewi Bay Resort & Spa
        '''), name='Citra Anindya Kusuma', inst='Medewi Bay Resort & Spa', lang='en', **F)

    C('f11-req-insurance-actuary-mixed', 'outlook', 'Felix Gunadi', 'felix.gunadi@lindungjiwa.co.id',
      'Permintaan data mortalitas dan struktur umur – Kab. Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Felix Gunadi, aktuaris di PT Asuransi Jiwa Lindung Sejahtera, Jakarta. Kami sedang mengembangkan produk asuransi mikro (micro-insurance) untuk nelayan dan petani di Bali Barat dan perlu melakukan pricing berdasarkan data lokal.

        Data yang kami butuhkan:
        1. angka kematian bayi (AKB) dan angka harapan hidup Kabupaten Jembrana, 2015-2025;
        2. jumlah penduduk menurut kelompok umur lima tahunan dan jenis kelamin, 2020 dan 2025;
        3. bila ada, jumlah kematian menurut kelompok umur (long form SP2020).

        Terima kasih atas bantuannya.

        Regards,
        Felix Gunadi, FSAI, ASA
        Product Actuary
        PT Asuransi Jiwa Lindung Sejahtera
        '''), name='Felix Gunadi', inst='PT Asuransi Jiwa Lindung Sejahtera', **F)

    C('f11-req-land-surveyor-kjsb', 'gmail', 'KJSB Astika', 'kjsb.astika@gmail.com', 'Permohonan data luas wilayah & desa', T('''
        Dengan hormat,

        Kami Kantor Jasa Surveyor Berlisensi (KJSB) Gede Astika dan Rekan sedang mengerjakan pengukuran batas desa untuk program percepatan penetapan batas desa di Kecamatan Mendoyo. Kami mohon data luas wilayah per desa menurut publikasi BPS, jumlah banjar/dusun per desa, serta peta wilayah kerja statistik (jika boleh dibagikan).

        Terima kasih.

        Hormat kami,
        I Gede Astika, S.T.
        Surveyor Kadaster Berlisensi
        KJSB Gede Astika dan Rekan
        '''), name='I Gede Astika', inst='Kantor Jasa Surveyor Berlisensi (KJSB) Gede Astika dan Rekan', **F)

    C('f11-req-wedding-organiser-marriages', 'iphone', 'Ayu Wedding', 'ayuweddingjembrana@gmail.com',
      'Tanya data pernikahan', T('''
        Om Swastyastu kak,
        Sy Gusti Ayu Mas Pertiwi dari Ayu Wedding Organizer Negara. Rencana mau buka paket pernikahan adat Bali yg lebih murah, jd mau tau ada ga data jumlah pernikahan per tahun di Jembrana (2020-2025), kalau bisa per kecamatan. Atau jumlah penduduk usia 20-30 th juga boleh.
        Suksma kak 🙏

        Dikirim dari iPhone saya
        '''), name='Gusti Ayu Mas Pertiwi', inst='Ayu Wedding Organizer', **F)

    C('f11-req-secretary-for-absent-director', 'outlook', 'Sekretaris Direktur PT Bali Segara Foods', 'sekretaris@balisegarafoods.co.id',
      'Permohonan data tenaga kerja industri pengolahan ikan', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Mohon maaf, Bapak Direktur kami, Bapak Hartanto Wijoyo, sedang dalam perjalanan dinas ke Jepang hingga 5 Desember. Sebelum berangkat beliau berpesan agar saya meminta data berikut kepada BPS untuk bahan rapat dengan calon investor:

        - upah rata-rata buruh industri pengolahan di Provinsi Bali / Kabupaten Jembrana, 2023-2025;
        - jumlah tenaga kerja industri pengolahan ikan di Kabupaten Jembrana;
        - jumlah penduduk usia kerja di Kecamatan Negara.

        Terima kasih atas bantuannya.

        Hormat saya,
        Ni Made Ayu Kristiani
        Sekretaris Direktur
        PT Bali Segara Foods
        Pengambengan, Negara
        '''), name='Ni Made Ayu Kristiani', inst='PT Bali Segara Foods', **F)

    C('f11-req-excel-template-attached-only', 'gmail', 'Yayasan Bumi Lestari Bali', 'bumilestaribali@gmail.com',
      'Permohonan data - template terlampir', T('''
        Selamat siang Bapak/Ibu,

        Kami dari Yayasan Bumi Lestari Bali. Daftar data yang kami perlukan sudah kami susun dalam template Excel terlampir (kolom variabel, tahun dan tingkat wilayah). Mohon bantuan untuk mengisi atau menunjukkan tabel yang sesuai.

        Terima kasih.

        Salam,
        Kadek Ari Gunawan
        Koordinator Data
        Yayasan Bumi Lestari Bali
        '''), name='Kadek Ari Gunawan', inst='Yayasan Bumi Lestari Bali',
      attachments=[XLSX('Template_Kebutuhan_Data_BPS_Jembrana.xlsx')], **F)

    C('f11-req-whatsapp-export-pasted-ngo', 'gmail', 'Putu Sekar Arini', 'sekararini.lpm@gmail.com',
      'Data untuk program air bersih (dari grup WA tim)', T('''
        Halo Bapak/Ibu PST,

        Saya Putu Sekar Arini dari Perkumpulan Tirta Lestari, LSM yang mendampingi desa-desa di Jembrana untuk akses air bersih. Supaya tidak salah tangkap, saya tempelkan saja percakapan grup WA tim kami kemarin, isinya daftar data yang kami perlukan:

        22/11/26 19.02 - Bli Wayan Koord: Rekan2, utk proposal air bersih kita perlu data BPS: % RT dgn air minum layak per kecamatan
        22/11/26 19.03 - Bli Wayan Koord: sama jml RT yg pakai sumur vs PDAM, thn 2023-2025
        22/11/26 19.05 - Gek Mira: Sekalian data desa yg blm ada jaringan PDAM dr Podes ya bli
        22/11/26 19.06 - Bli Wayan Koord: Ok. Sekar tlg email ke BPS besok 🙏
        22/11/26 19.06 - Sekar: Siap bli

        Terima kasih banyak.

        Salam,
        Sekar
        '''), name='Putu Sekar Arini', inst='Perkumpulan Tirta Lestari', **F)

    C('f11-req-posyandu-cadre-yahoo', 'yahoo', 'Kadek Widiasih', 'kadekwidiasih81@yahoo.com',
      'Data balita dan lansia Desa Penyaringan', T('''
        Selamat pagi Bapak Ibu

        Saya Kadek Widiasih kader Posyandu Mawar Desa Penyaringan Kec. Mendoyo. Kami mau membuat laporan tahunan posyandu, boleh minta data jumlah balita dan jumlah lansia di Desa Penyaringan tahun 2025? Data dari puskesmas belum keluar.

        Terima kasih banyak

        Kadek Widiasih

        Dikirim dari Yahoo Mail di Android
        '''), name='Kadek Widiasih', inst='Posyandu Mawar Desa Penyaringan', **F)

    C('f11-req-catholic-sister-kindergarten', 'gmail', 'TK Santa Theresia Palasari', 'tksantatheresia.palasari@gmail.com',
      'Permohonan data anak usia dini', T('''
        Salam damai dalam Kristus,

        Bapak/Ibu yang terkasih, saya Sr. Maria Fransiska Ndona, SSpS, kepala TK Santa Theresia Palasari. Yayasan kami sedang mempertimbangkan pembukaan kelompok bermain (PAUD) baru di Desa Ekasari. Untuk itu kami mohon data jumlah anak usia 2-6 tahun di Desa Ekasari dan Desa Palasari, serta jumlah PAUD/TK yang sudah ada di Kecamatan Melaya.

        Terima kasih, Tuhan memberkati.

        Sr. Maria Fransiska Ndona, SSpS
        Kepala TK Santa Theresia Palasari
        '''), name='Sr. Maria Fransiska Ndona', inst='TK Santa Theresia Palasari', **F)

    # ------------------------------------------------------------------------------------------------
    # Schools, students, lecturers
    # ------------------------------------------------------------------------------------------------
    C('f11-req-hindu-teacher-bali-mandara', 'gmail', 'Wayan Sumerjana', 'wsumerjana.bm@gmail.com',
      'Permohonan data umat Hindu & pura untuk bahan ajar', T('''
        Om Swastyastu,

        Dengan hormat, saya I Wayan Sumerjana, S.Pd.H., guru Pendidikan Agama Hindu dan Budi Pekerti di SMA Negeri Bali Mandara. Siswa kelas XI kami akan membuat proyek P5 bertema "Kearifan Lokal Bali Barat" dan salah satu kelompok memilih Kabupaten Jembrana.

        Kami mohon bantuan data jumlah penduduk menurut agama per kecamatan di Kabupaten Jembrana, serta jumlah pura/tempat ibadah menurut kecamatan (Podes).

        Angayubagia, semoga Ida Sang Hyang Widhi Wasa senantiasa melimpahkan kerahayuan.

        Om Santih, Santih, Santih Om

        I Wayan Sumerjana
        '''), name='I Wayan Sumerjana', inst='SMA Negeri Bali Mandara', **F)

    C('f11-req-uin-malang-islamic-economics', 'gmail', 'Nadhira Salsabila', 'nadhirasalsa@student.uin-malang.ac.id',
      'Permohonan Data Skripsi - Mahasiswi UIN Maulana Malik Ibrahim Malang', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Perkenalkan, nama saya Nadhira Salsabila Azzahra, mahasiswi semester 7 Program Studi Perbankan Syariah, Fakultas Ekonomi, Universitas Islam Negeri Maulana Malik Ibrahim Malang. Saat ini saya sedang menyusun skripsi dengan judul "Potensi Zakat Produktif Nelayan Muslim di Kampung Loloan, Kabupaten Jembrana".

        Sehubungan dengan itu saya memohon data:
        1. jumlah penduduk beragama Islam per kelurahan di Kecamatan Negara;
        2. jumlah rumah tangga nelayan di Kelurahan Loloan Barat dan Loloan Timur;
        3. rata-rata pendapatan/pengeluaran rumah tangga nelayan, apabila tersedia.

        Jazakumullah khairan katsiran atas bantuannya.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Nadhira Salsabila Azzahra
        NIM 220503110xxx
        '''), name='Nadhira Salsabila Azzahra', inst='Universitas Islam Negeri Maulana Malik Ibrahim Malang', **F)

    C('f11-req-tourism-polytechnic-lecturer', 'thunderbird', 'Komang Wahyu Suryadarma', 'wahyu.suryadarma@pib.ac.id',
      'Data desa wisata dan tenaga kerja pariwisata Jembrana', T('''
        Yth. Bapak/Ibu,

        Saya Komang Wahyu Suryadarma, dosen Program Studi Manajemen Divisi Kamar di Politeknik Internasional Bali, Tabanan. Bersama mahasiswa kami berencana melakukan pengabdian masyarakat berupa pelatihan housekeeping bagi pengelola homestay di desa wisata Jembrana pada semester genap.

        Untuk proposal hibah, kami memerlukan data:
        (a) jumlah penduduk bekerja di lapangan usaha penyediaan akomodasi dan makan minum, Kabupaten Jembrana 2022-2025;
        (b) jumlah akomodasi non bintang dan jumlah kamarnya per kecamatan.

        Terima kasih atas bantuan Bapak/Ibu.

        --
        Komang Wahyu Suryadarma, S.ST.Par., M.Par.
        Politeknik Internasional Bali
        '''), name='Komang Wahyu Suryadarma', inst='Politeknik Internasional Bali', wrap=72, **F)

    C('f11-req-timor-leste-student-unmas', 'gmail', 'Januario Soares', 'januariosoares.tl@gmail.com',
      'Pedido data / permohonan data untuk tugas akhir', T('''
        Bondia Bapak/Ibu,

        Saya nama Januario da Costa Soares, dari Timor-Leste, sekarang kuliah di Universitas Mahasaraswati Denpasar fakultas pertanian semester akhir. Saya mau buat penelitian tentang petani kakao di Jembrana untuk dibandingkan dengan kakao di Ermera, Timor-Leste.

        Saya mohon data luas tanaman kakao dan produksi kakao per kecamatan di Kabupaten Jembrana tahun 2018 sampai 2025, juga jumlah petani kakao kalau ada.

        Maaf kalau bahasa Indonesia saya kurang bagus. Obrigadu barak (terima kasih banyak).

        Januario
        '''), name='Januario da Costa Soares', inst='Universitas Mahasaraswati Denpasar', **F)

    C('f11-req-two-students-jointly', 'gmail', 'Aditya Wisnu', 'adityawisnu.untag@gmail.com',
      'Permohonan data (tugas kelompok Statistika Ekonomi)', T('''
        Selamat siang Bapak/Ibu BPS Jembrana,

        Kami, Aditya Wisnu Pradana dan Siti Nur Fadilah, mahasiswa Program Studi Ekonomi Pembangunan Universitas 17 Agustus 1945 Banyuwangi, sedang mengerjakan tugas kelompok mata kuliah Statistika Ekonomi tentang perbandingan ekonomi Banyuwangi dan Jembrana yang dipisahkan Selat Bali.

        Data yang kami perlukan adalah PDRB atas dasar harga konstan menurut lapangan usaha dan jumlah penduduk Kabupaten Jembrana tahun 2019-2025.

        Terima kasih banyak atas bantuannya.

        Hormat kami,
        Aditya Wisnu Pradana
        Siti Nur Fadilah
        '''), name='Aditya Wisnu Pradana', inst='Universitas 17 Agustus 1945 Banyuwangi', **F)

    C('f11-req-binus-data-science-codeswitch', 'gmail', 'Kevin Hartono Putra', 'kevin.putra003@binus.ac.id',
      'Request dataset buat final project (time series harga)', T('''
        Hi kak, selamat sore!

        Gue—eh, saya—Kevin Hartono Putra, mahasiswa Data Science di BINUS University. Buat final project, saya lagi bikin model forecasting inflasi di kota-kota kecil, dan salah satu yang mau saya compare itu Jembrana.

        Yang saya butuhin:
        - harga eceran beberapa komoditas pangan (beras, cabai rawit, bawang merah) di Jembrana, data mingguan atau bulanan 2020-2026;
        - kalau ada, data inflasi/IHK Jembrana atau kota terdekat yang di-cover IHK.

        Format CSV/Excel lebih enak buat saya. Thanks a lot kak 🙏

        Kevin
        '''), name='Kevin Hartono Putra', inst='BINUS University', **F)

    C('f11-req-mother-childs-school-project', 'yahoo', 'Luh Sriyani', 'luhsriyani.dauhwaru@yahoo.com',
      'Minta tolong data untuk tugas sekolah anak', T('''
        Selamat malam Bapak/Ibu,

        Maaf mengganggu. Anak saya kelas 5 di SD Negeri 3 Dauhwaru dapat tugas dari gurunya membuat poster "Desaku" dan harus ada data jumlah penduduk, jumlah laki-laki dan perempuan, dan jumlah sekolah di Desa Dauhwaru. Kami sudah coba cari di internet tapi bingung.

        Kalau tidak merepotkan, mohon dibantu ya Pak/Bu. Tugasnya dikumpul hari Jumat.

        Terima kasih banyak,
        Ibunya Nararya,
        Luh Putu Sriyani
        '''), name='Luh Putu Sriyani', **F)

    C('f11-req-intro-only-last-line-iphone', 'iphone', 'Dwi Kusumaningrum', 'dwikusuma.nrg@gmail.com',
      'Luas panen jagung & kedelai Jembrana', T('''
        Selamat pagi, mohon bantuan data luas panen, produksi dan produktivitas jagung dan kedelai Kabupaten Jembrana per kecamatan tahun 2020-2025. Kalau ada juga data harga jagung pipilan di tingkat petani.

        Terima kasih.

        Btw saya Dwi Kusumaningrum, penyuluh swadaya dari Kelompok Tani Sari Merta Desa Warnasari.

        Dikirim dari iPhone saya
        '''), name='Dwi Kusumaningrum', inst='Kelompok Tani Sari Merta Desa Warnasari', **F)

    # ------------------------------------------------------------------------------------------------
    # Abroad and international bodies
    # ------------------------------------------------------------------------------------------------
    C('f11-req-jica-expert-english', 'outlook', 'ONO Kenichiro', 'ono.kenichiro@jica-expert.jp',
      'Request for fisheries processing statistics (JICA technical cooperation)', T('''
        Dear Sir/Madam,

        My name is Kenichiro Ono. I am a JICA Expert on fisheries value chains, currently assigned to the Marine and Fisheries Office of Bali Province under a technical cooperation project on post-harvest loss reduction.

        Pengambengan in Jembrana is one of our pilot sites. I would be grateful if you could share:
        1. the number of fish processing establishments (large/medium and micro/small) in Jembrana, latest available year;
        2. the number of workers in fish processing, by sex;
        3. the monthly landed volume of lemuru at Pengambengan, 2023-2025, if BPS holds it.

        Please let me know if an official letter from the project office is required.

        Best regards,

        ONO Kenichiro
        JICA Expert (Fisheries Value Chain)
        Japan International Cooperation Agency
        '''), name='Kenichiro Ono', inst='Japan International Cooperation Agency', lang='en', **F)

    C('f11-req-koica-volunteer-english', 'gmail', 'Lee Seo-yeon', 'seoyeon.lee.kv@gmail.com',
      'Asking for youth employment data (KOICA volunteer)', T('''
        Hello BPS Jembrana,

        Selamat siang! I'm Lee Seo-yeon, a KOICA volunteer from Korea. I've been teaching computer skills at a vocational school in Negara since March. I want to prepare a short career talk for my students and show them real numbers.

        Can I get:
        - youth unemployment rate (15-24) in Jembrana, recent years;
        - employment by education level (SMK graduates especially);
        - which sectors employ the most people in Jembrana.

        Sorry my Indonesian is still basic, so I write in English. Terima kasih banyak!

        Seo-yeon
        KOICA World Friends Volunteer
        '''), name='Lee Seo-yeon', inst='KOICA', lang='en', **F)

    C('f11-req-australian-highschool-teacher', 'gmail', 'Kylie Donovan', 'kylie.donovan@bayside.vic.edu.au',
      'Bali data for Year 9 Indonesian class', T('''
        Hi there,

        Apa kabar! My name is Kylie Donovan and I teach Indonesian and Geography at Bayside Secondary College in Melbourne. Our Year 9 students have a sister-school link with SMP Negeri 1 Negara, and this term they're comparing their suburb with Jembrana.

        Would it be possible to get a few simple figures for Jembrana Regency: population by age group and sex (for a population pyramid), the main occupations of people, and the number of schools? Anything in English would be a bonus, but Indonesian tables are fine - the kids will enjoy translating them!

        Thanks so much,
        Kylie Donovan
        Languages & Humanities, Bayside Secondary College
        '''), name='Kylie Donovan', inst='Bayside Secondary College', lang='en', **F)

    C('f11-req-malaysian-researcher-malay', 'gmail', 'Mohd Faizal Ismail', 'mfaizal@usm.my',
      'Permohonan data bagi kajian nelayan pantai', T('''
        Tuan/Puan yang dihormati,

        Saya Dr. Mohd Faizal bin Ismail, pensyarah kanan di Pusat Pengajian Sains Kemasyarakatan, Universiti Sains Malaysia, Pulau Pinang. Saya sedang menjalankan kajian perbandingan tentang kemiskinan nelayan pantai di Pulau Pinang dan Bali.

        Sukacita sekiranya pihak tuan/puan dapat membekalkan data berikut bagi Kabupaten Jembrana:
        1. bilangan isi rumah nelayan mengikut kecamatan;
        2. kadar kemiskinan bagi tempoh 2015-2025;
        3. purata perbelanjaan isi rumah sebulan.

        Kerjasama pihak tuan/puan amatlah dihargai.

        Sekian, terima kasih.

        Yang ikhlas,
        Dr. Mohd Faizal bin Ismail
        Universiti Sains Malaysia
        '''), name='Dr. Mohd Faizal bin Ismail', inst='Universiti Sains Malaysia', **F)

    C('f11-req-can-tho-vietnam-rice-shrimp', 'gmail', 'Nguyen Thi Thu Ha', 'ntthuha@ctu.edu.vn',
      'Data on rice-shrimp farming and land use in Jembrana', T('''
        Dear BPS Jembrana colleagues,

        I am Nguyen Thi Thu Ha, a researcher at the College of Aquaculture and Fisheries, Can Tho University, Vietnam. Our group studies the conversion of rice fields to shrimp ponds in coastal deltas, and we are extending the comparison to Bali.

        We would like to request, for Jembrana Regency:
        - area of paddy fields and of brackish-water ponds (tambak) by kecamatan, 2010-2025;
        - production of vannamei shrimp from ponds, 2015-2025.

        Thank you very much for your support.

        Best regards,
        Nguyen Thi Thu Ha, PhD
        Can Tho University
        '''), name='Nguyen Thi Thu Ha', inst='Can Tho University', lang='en', **F)

    C('f11-req-sunshine-coast-masters-balinese', 'gmail', 'Gede Pradipta', 'gpradipta@usc.edu.au',
      'Request: tourism and employment data (Masters research)', T('''
        Dear Sir/Madam,

        Om Swastyastu. My name is I Gede Pradipta Wiranata; I am originally from Mendoyo and currently a Master of Tourism student at the University of the Sunshine Coast, Queensland, on an Australia Awards scholarship.

        For my minor thesis on surf tourism and local employment at Medewi, I would like to ask for:
        1. the number of people working in accommodation and food services in Kecamatan Pekutatan, if available;
        2. the number of foreign guests staying in Jembrana, monthly, 2019-2025.

        Suksma and thank you,
        Gede
        '''), name='I Gede Pradipta Wiranata', inst='University of the Sunshine Coast', lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Private persons, consultations, vague mails
    # ------------------------------------------------------------------------------------------------
    C('f11-req-pedanda-grandson-writes', 'gmail', 'Gus Surya', 'gussurya.darma@gmail.com',
      'Nunas data penduduk Hindu (atas nama Ida Pedanda)', T('''
        Om Swastyastu,

        Ampura, Bapak/Ibu. Tiang Ida Bagus Gede Surya Darma, cucu dari Ida Pedanda Gede Putra Keniten di Griya Keniten, Desa Dauhwaru. Kakek saya sudah sepuh dan tidak menggunakan email, jadi beliau meminta saya menuliskan permohonan ini.

        Beliau sedang menyiapkan dharma wacana tentang perubahan jumlah umat di Jembrana dan ingin mengetahui jumlah penduduk beragama Hindu di Kabupaten Jembrana menurut kecamatan pada Sensus Penduduk 2010 dan 2020, serta jumlah pura kahyangan desa bila ada datanya.

        Matur suksma atas bantuannya.

        Om Santih, Santih, Santih Om

        Ida Bagus Gede Surya Darma
        '''), name='Ida Bagus Gede Surya Darma', **F)

    C('f11-req-youtuber-no-institution', 'gmail', 'Mekel Jalan Jalan', 'mekeljalanjalan@gmail.com',
      'minta data buat konten youtube', T('''
        Halo BPS Jembrana!

        Saya Kadek Bayu Ardana, YouTuber kecil-kecilan (channel "Mekel Jalan Jalan", 12rb subscriber 😁). Saya bukan dari instansi mana pun, murni pribadi. Lagi bikin video "Jembrana dalam angka" biar anak muda tahu kabupatennya sendiri.

        Mau minta data: jumlah penduduk Jembrana dari tahun ke tahun (kalau bisa dari 1980), kecamatan dengan penduduk terbanyak, dan jumlah wisatawan yang datang 5 tahun terakhir. Nanti sumbernya pasti saya cantumkan "BPS Kabupaten Jembrana" di video.

        Makasih banyak! 🙏
        Bayu
        '''), name='Kadek Bayu Ardana', **F)

    C('f11-req-cites-old-ticket-notary', 'outlook', 'Kantor Notaris Kusumadewi', 'notaris.kusumadewi@gmail.com',
      'Permohonan data lanjutan (tiket sebelumnya PST-2026-01161)', T('''
        Selamat siang Bapak/Ibu,

        Terima kasih atas data jumlah penduduk per desa yang telah kami terima melalui tiket PST-2026-01161. Saat ini kami membutuhkan data tambahan, yaitu luas lahan sawah per desa di Kecamatan Mendoyo tahun 2025, untuk kajian peralihan hak atas tanah pertanian yang sedang kami susun.

        Hormat kami,

        Gusti Ayu Made Kusumadewi, S.H., M.Kn.
        Notaris & PPAT
        Kantor Notaris Kusumadewi, Negara
        '''), name='Gusti Ayu Made Kusumadewi', inst='Kantor Notaris Kusumadewi', ticket='PST-2026-01161', **F)

    C('f11-req-consultation-village-poverty-method', 'gmail', 'Made Widnyana', 'madewidnyana.bumdes@gmail.com',
      'Konsultasi cara menghitung garis kemiskinan tingkat desa', T('''
        Selamat pagi Bapak/Ibu,

        Saya I Made Widnyana, Sekretaris Tim Data Desa Pohsanten. Kami sedang mendata sendiri kondisi ekonomi warga (sekitar 900 KK) dan ingin menghitung persentase warga miskin di desa kami. Kami tidak meminta tabel, tetapi mohon konsultasi: bagaimana cara memakai garis kemiskinan kabupaten untuk data desa, dan apakah pengeluaran harus dihitung per kapita atau per KK?

        Jika memungkinkan, kami bisa datang ke kantor BPS minggu depan untuk konsultasi langsung.

        Terima kasih,
        I Made Widnyana
        Tim Data Desa Pohsanten
        '''), name='I Made Widnyana', inst='Tim Data Desa Pohsanten', **F)

    C('f11-req-vague-saturday-hours', 'iphone', 'Arif', 'arif.maulana.jbr@gmail.com', 'jam layanan', T('''
        Permisi, PST BPS buka hari Sabtu tidak ya? Saya kerja Senin-Jumat jadi susah datang. Terima kasih.

        Arif

        Dikirim dari iPhone saya
        '''), name='Arif', req=False, **F)

    C('f11-req-vague-asks-whatsapp-number', 'gmail', 'Putu Mira Yanti', 'miryanti.putu@gmail.com', 'Nomor WA PST', T('''
        Selamat siang,

        Saya Putu Mira Yanti dari Koperasi Serba Usaha Werdhi Sedana, Mendoyo. Boleh saya minta nomor WhatsApp petugas PST yang bisa dihubungi? Lebih mudah bagi saya bertanya lewat WA.

        Terima kasih.
        Mira
        '''), name='Putu Mira Yanti', inst='Koperasi Serba Usaha Werdhi Sedana', req=False, **F)

    C('f11-req-vague-en-explore-cooperation', 'gmail', 'Arjun Khanna', 'arjun@datalens.asia',
      'Exploring collaboration with BPS Jembrana', T('''
        Dear BPS Jembrana team,

        I'm Arjun Khanna, co-founder of DataLens Asia, a Singapore-based analytics start-up. We are keen to explore possible areas of collaboration with regional statistics offices in Indonesia, and Jembrana seems a great place to start.

        Would someone from your team be available for an introductory video call in the coming weeks?

        Warm regards,
        Arjun Khanna
        Co-founder, DataLens Asia
        '''), name='Arjun Khanna', inst='DataLens Asia', req=False, lang='en', **F)

    C('f11-req-fwd-attached-student-mail-lecturer', 'gmail', 'Ni Luh Gede Sukarini', 'sukarini@undiksha.ac.id',
      'Fwd: Permohonan data mahasiswa bimbingan', T('''
        Selamat siang Bapak/Ibu PST,

        Saya Dr. Ni Luh Gede Sukarini, dosen Pendidikan Ekonomi Universitas Pendidikan Ganesha. Mahasiswa bimbingan saya sudah mengirimkan permohonan data ke saya (terlampir sebagai email), namun ia belum memiliki alamat email kampus, sehingga saya teruskan. Mohon data dapat dikirimkan ke email saya.

        Terima kasih.

        Salam,
        Sukarini
        '''), name='Dr. Ni Luh Gede Sukarini', inst='Universitas Pendidikan Ganesha',
      attach_message=dict(client='gmail', from_name='Rai Wiradana', from_addr='raiwiradana02@gmail.com',
                          to='Ni Luh Gede Sukarini <sukarini@undiksha.ac.id>',
                          subject='Permohonan data mahasiswa bimbingan', body=T('''
        Selamat pagi Bu,

        Saya Gusti Ngurah Rai Wiradana, mohon bantuan Ibu meneruskan permohonan data ke BPS Jembrana: jumlah UMKM kerajinan bambu per kecamatan dan jumlah tenaga kerjanya, 2022-2025, untuk skripsi saya.

        Terima kasih Bu.
        Rai
        ''')), **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets
    # ------------------------------------------------------------------------------------------------
    C('f11-reply-institution-only-iphone', 'iphone', 'Dek Anggi', 'dekanggi.pratiwi@gmail.com', 'Re: ' + SUBJ_ASK % 1101, T('''
        Dari Universitas Pendidikan Nasional pak, prodi akuntansi 🙏

        Dikirim dari iPhone saya
        '''), kind='reply', inst='Universitas Pendidikan Nasional', req=False, ticket='PST-2026-01101',
      quote=iq(ASK), **rp(1101), **F)

    C('f11-reply-corrects-name-spelling', 'gmail', 'Kadek Sumertini', 'kadeksumertini@gmail.com', 'Re: ' + SUBJ_ACK % 1102, T('''
        Selamat siang,

        Terima kasih sudah diterima. Mohon maaf, ada sedikit koreksi: nama saya tertulis "Ni Kadek Sumartini", yang benar Ni Kadek Sumertini (pakai e). Mohon diperbaiki karena nanti data ini saya cantumkan di lampiran skripsi dengan surat keterangan.

        Terima kasih.
        Ni Kadek Sumertini
        '''), kind='reply', name='Ni Kadek Sumertini', req=False, ticket='PST-2026-01102',
      quote=gq(ACK % (1102, 'Ni Kadek Sumartini', 'Universitas Dhyana Pura', 'Jumlah penduduk lansia per kecamatan 2025'),
               'id'), **rp(1102), **F)

    C('f11-reply-asks-another-year-yahoo', 'yahoo', 'Gede Arnawa', 'gedearnawa_disperindag@yahoo.com', 'Re: ' + SUBJ_DATA % 1103, T('''
        Selamat pagi,

        Terima kasih, data jumlah industri kecil tahun 2024 sudah saya terima. Apakah bisa dikirim juga data yang sama untuk tahun 2019? Kami perlu membandingkan kondisi sebelum dan sesudah pandemi.

        Salam,
        Gede Arnawa
        '''), kind='reply', name='Gede Arnawa', req=True, ticket='PST-2026-01103', quote=yq(DELIV_ID % 1103),
      **rp(1103), **F)

    C('f11-reply-outlook-thanks-long-chain', 'outlook', 'Ni Wayan Sri Darmini', 'sridarmini.dpmd@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 1104, T('''
        Selamat siang,

        Data sudah kami terima dengan lengkap. Terima kasih atas bantuan dan kerja samanya.

        Salam,
        Ni Wayan Sri Darmini
        Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Jembrana
        '''), kind='reply', name='Ni Wayan Sri Darmini', inst='Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Jembrana',
      req=False, ticket='PST-2026-01104',
      quote=lq(DELIV_ID % 1104, 'Ni Wayan Sri Darmini <sridarmini.dpmd@jembranakab.go.id>', SUBJ_DATA % 1104)
      + '\n\n' + lq(ACK % (1104, 'Ni Wayan Sri Darmini', 'DPMD Kabupaten Jembrana', 'Jumlah BUMDes dan penduduk per desa'),
                    'Ni Wayan Sri Darmini <sridarmini.dpmd@jembranakab.go.id>', SUBJ_ACK % 1104)
      + '\n\n-----Original Message-----\nFrom: Ni Wayan Sri Darmini <sridarmini.dpmd@jembranakab.go.id>\n'
        'Sent: Thursday, November 19, 2026 10:02 AM\nTo: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
        'Subject: Permohonan data BUMDes\n\nYth. PST BPS, kami mohon data jumlah penduduk per desa 2025 untuk '
        'evaluasi BUMDes. Salam, Sri Darmini (DPMD)', **rp(1104), **F)

    C('f11-reply-status-new-mail-ticket-in-body', 'gmail', 'Anak Agung Sagung Intan', 'gungintan.aa@gmail.com',
      'Menanyakan perkembangan permintaan data', T('''
        Selamat pagi Bapak/Ibu,

        Saya ingin menanyakan perkembangan permintaan data saya dengan nomor tiket PST-2026-01105 (data IPM per kecamatan). Sudah lewat lima hari kerja dan saya belum menerima kabar. Mohon informasinya.

        Terima kasih.
        Anak Agung Sagung Intan Permatasari
        '''), kind='reply', name='Anak Agung Sagung Intan Permatasari', req=False, ticket='PST-2026-01105', **F)

    C('f11-reply-iphone-ktm-photo', 'iphone', 'Rai Paramitha', 'raiparamitha21@gmail.com', 'Re: ' + SUBJ_ASK % 1106, T('''
        Selamat siang kak, berikut saya lampirkan foto KTM saya. Terima kasih 🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-01106', quote=iq(KTM % 1106),
      attachments=[JPG('IMG_4471.jpg')], **rp(1106), **F)

    C('f11-reply-en-definition-question-jica', 'outlook', 'ONO Kenichiro', 'ono.kenichiro@jica-expert.jp',
      'RE: ' + SUBJ_DATA % 1107, T('''
        Dear PST team,

        Thank you very much for the tables. One question: in the table of fish processing establishments, what is the difference between "industri besar dan sedang" and "industri mikro dan kecil"? Is it based on the number of workers? I would like to explain the definition correctly in our project report.

        Best regards,
        Kenichiro Ono
        '''), kind='reply', name='Kenichiro Ono', req=True, lang='en', ticket='PST-2026-01107',
      quote=oq(DELIV_EN % 1107, 'ONO Kenichiro <ono.kenichiro@jica-expert.jp>', SUBJ_DATA % 1107), **rp(1107), **F)

    C('f11-reply-colleague-for-absent-staff', 'gmail', 'Kantor Desa Ekasari', 'desaekasari.melaya@gmail.com',
      'Re: ' + SUBJ_ASK % 1108, T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf, Ibu Kadek Rusmiati yang mengirim permintaan sebelumnya sedang cuti. Saya rekannya, Gede Putra Adnyana, Kasi Pelayanan Desa Ekasari, menyampaikan bahwa permintaan tersebut atas nama Pemerintah Desa Ekasari, Kecamatan Melaya.

        Terima kasih.
        Gede Putra Adnyana
        '''), kind='reply', name='Gede Putra Adnyana', inst='Pemerintah Desa Ekasari', req=False,
      ticket='PST-2026-01108', quote=gq(ASK, 'id'), **rp(1108), **F)

    C('f11-reply-thunderbird-broken-link', 'thunderbird', 'Dimas Setyo', 'dimas.setyo@ub.ac.id', 'Re: ' + SUBJ_DATA % 1109,
      tq(DELIV_ID % 1109) + '\n\n' + T('''
        Selamat sore,

        Lampiran yang dikirim tidak bisa dibuka (file 0 KB). Mohon dikirim ulang tabel jumlah penduduk menurut kelompok umur Kecamatan Melaya 2025.

        Terima kasih,
        Dimas Setyo Nugroho
        Universitas Brawijaya
        '''), kind='reply', name='Dimas Setyo Nugroho', inst='Universitas Brawijaya', req=True,
      ticket='PST-2026-01109', **rp(1109), **F)

    C('f11-reply-balinese-thanks-yahoo', 'yahoo', 'Nyoman Darsini', 'nyomandarsini@yahoo.co.id', 'Re: ' + SUBJ_DATA % 1110, T('''
        Om Swastyastu,

        Sampun tiang tampi datane. Matur suksma pisan antuk pitulung Bapak/Ibu.

        Om Santih, Santih, Santih Om
        Ni Nyoman Darsini
        '''), kind='reply', name='Ni Nyoman Darsini', req=False, ticket='PST-2026-01110', quote=yq(DELIV_ID % 1110),
      **rp(1110), **F)

    C('f11-reply-ticket-only-in-subject-other-address', 'gmail', 'Ketut Sukanada', 'ketutsukanada.home@gmail.com',
      'Re: [PST-2026-01111] Data yang Anda minta', T('''
        Selamat malam,

        Saya balas dari email pribadi karena email kantor sedang bermasalah. Data sudah saya terima, terima kasih. Saya Ketut Sukanada dari UPTD Pasar Umum Negara.

        Salam,
        Sukanada
        '''), kind='reply', name='Ketut Sukanada', inst='UPTD Pasar Umum Negara', req=False, ticket='PST-2026-01111', **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f11-rating-words-empat-dari-lima', 'gmail', 'Putu Adi Kurniawan', 'putuadikurniawan@gmail.com',
      'Re: ' + SUBJ_RATE % 1121, T('''
        Selamat sore,

        Saya beri empat dari lima. Datanya lengkap, hanya saja saya harus menunggu hampir seminggu.

        Salam,
        Putu Adi Kurniawan
        '''), kind='rating', rating=4, name='Putu Adi Kurniawan', req=False, ticket='PST-2026-01121',
      quote=gq(RATE_ID % 1121, 'id'), **rp(1121), **F)

    C('f11-rating-bagus-sekali-lima-iphone', 'iphone', 'Januario Soares', 'januariosoares.tl@gmail.com',
      'Re: ' + SUBJ_RATE % 1122, T('''
        Bagus sekali, 5. Obrigadu barak BPS Jembrana 🙏

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-01122', quote=iq(RATE_ID % 1122), **rp(1122), **F)

    C('f11-rating-outlook-stars-four', 'outlook', 'Ni Ketut Ayu Darmayanti', 'ekbang.pekutatan@jembranakab.go.id',
      'RE: ' + SUBJ_RATE % 1123, T('''
        ★★★★☆

        Terima kasih, data sudah kami pakai untuk Musrenbang.

        Ni Ketut Ayu Darmayanti
        Kantor Camat Pekutatan
        '''), kind='rating', rating=4, name='Ni Ketut Ayu Darmayanti', inst='Kantor Camat Pekutatan', req=False,
      ticket='PST-2026-01123',
      quote=oq(RATE_ID % 1123, 'Kasi Ekbang Kec. Pekutatan <ekbang.pekutatan@jembranakab.go.id>', SUBJ_RATE % 1123, 'id'),
      **rp(1123), **F)

    C('f11-rating-digit-only-plain', 'plain', 'wayan', 'wayan.kertiyasa@gmail.com', 'Re: ' + SUBJ_RATE % 1124, T('''
        3
        '''), kind='rating', rating=3, req=False, ticket='PST-2026-01124', quote=gq(RATE_ID % 1124, 'id'),
      **rp(1124), **F)

    C('f11-rating-en-words-five-teacher', 'gmail', 'Kylie Donovan', 'kylie.donovan@bayside.vic.edu.au',
      'Re: ' + SUBJ_RATE % 1125, T('''
        Hi!

        Easily a five from us. The kids loved building the population pyramid from your table, and the reply came within two days. Terima kasih banyak!

        Kylie
        '''), kind='rating', rating=5, name='Kylie', req=False, lang='en', ticket='PST-2026-01125',
      quote=gq(RATE_EN % 1125), **rp(1125), **F)

    C('f11-rating-thunderbird-bottom-tiga', 'thunderbird', 'I Putu Sudarsana Yasa', 'sudarsanayasa@gmail.com',
      'Re: ' + SUBJ_RATE % 1126,
      tq(RATE_ID % 1126) + '\n\n' + T('''
        Nilai saya tiga. Data yang dikirim benar, tetapi sebagian hanya berupa tautan ke website dan formatnya PDF sehingga sulit diolah.

        I Putu Sudarsana Yasa
        '''), kind='rating', rating=3, name='I Putu Sudarsana Yasa', req=False, ticket='PST-2026-01126',
      **rp(1126), **F)

    C('f11-rating-new-mail-ticket-in-subject', 'gmail', 'Willy Santoso', 'willy_santoso_ngr@yahoo.com',
      'Penilaian layanan tiket PST-2026-01127', T('''
        Selamat siang,

        Untuk penilaian layanan: 4. Cepat dan ramah, tapi data IKK-nya ternyata hanya ada tingkat provinsi.

        Thanks,
        Willy Santoso
        UD Sinar Bangun Abadi
        '''), kind='rating', rating=4, name='Willy Santoso', inst='UD Sinar Bangun Abadi', req=False,
      ticket='PST-2026-01127', **F)

    C('f11-rating-date-before-score', 'gmail', 'Kadek Widiasih', 'kadekwidiasih81@yahoo.com', 'Re: ' + SUBJ_RATE % 1128, T('''
        Selamat pagi,

        Data saya terima tanggal 20 November, pas untuk laporan posyandu. Nilai 5 untuk BPS Jembrana. Terima kasih banyak.

        Kadek Widiasih
        '''), kind='rating', rating=5, name='Kadek Widiasih', req=False, ticket='PST-2026-01128',
      quote=gq(RATE_ID % 1128, 'id'), **rp(1128), **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints and suggestions
    # ------------------------------------------------------------------------------------------------
    C('f11-complaint-hotline-never-answered', 'gmail', 'Hendra Saputra Ginting', 'hendraginting.cv@gmail.com',
      'Telepon kantor tidak pernah diangkat', T('''
        Selamat siang,

        Saya sudah tiga hari berturut-turut (18, 19 dan 20 November) menelepon nomor PST yang tercantum di website, pada jam kerja, dan tidak pernah diangkat. Nomor WhatsApp yang tertera juga hanya centang satu. Kalau nomornya sudah tidak aktif, mohon website diperbarui.

        Hendra Saputra Ginting
        CV Karya Ginting Mandiri
        '''), kind='complaint', name='Hendra Saputra Ginting', inst='CV Karya Ginting Mandiri', req=False, **F)

    C('f11-complaint-slow-email-reply', 'yahoo', 'Ni Made Asih Lestari', 'asihlestari.made@yahoo.com',
      'Keluhan: email tidak dibalas lebih dari dua minggu', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Saya mengirim permintaan data ke alamat ini pada tanggal 3 November dan sampai hari ini, 23 November, belum ada balasan sama sekali, bahkan tanda terima pun tidak. Padahal di website tertulis permintaan dijawab paling lambat 3 hari kerja. Saya mahasiswi Universitas Dhyana Pura dan jadwal sidang saya sudah dekat.

        Mohon perhatiannya.

        Ni Made Asih Lestari
        '''), kind='complaint', name='Ni Made Asih Lestari', inst='Universitas Dhyana Pura', req=False, **F)

    C('f11-complaint-typo-press-release', 'outlook', 'Ketut Artana Jaya', 'artanajaya@radarbali.id',
      'Koreksi: salah ketik pada BRS Kemiskinan Jembrana', T('''
        Selamat pagi,

        Izin menyampaikan. Pada Berita Resmi Statistik Profil Kemiskinan Kabupaten Jembrana yang dirilis Jumat lalu, paragraf pertama menyebut persentase penduduk miskin "4,73 persen", sedangkan tabel di halaman 2 menunjukkan 4,37 persen. Beberapa media sudah terlanjur mengutip angka di paragraf.

        Mohon konfirmasi angka yang benar dan ralat resminya agar kami dapat meluruskan berita.

        Salam,
        Ketut Artana Jaya
        Radar Bali
        '''), kind='complaint', name='Ketut Artana Jaya', inst='Radar Bali', req=False, **F)

    C('f11-complaint-suggestion-saturday-service', 'gmail', 'Dewa Ayu Putu Sri Utami', 'dayusriutami@gmail.com',
      'Usulan layanan PST pada hari Sabtu', T('''
        Yth. Bapak/Ibu pimpinan BPS Kabupaten Jembrana,

        Dengan segala hormat, saya ingin mengusulkan agar PST dibuka pada hari Sabtu pagi, setidaknya dua kali sebulan. Banyak guru dan karyawan swasta seperti saya yang hanya punya waktu luang di akhir pekan. Beberapa kantor pelayanan lain di Negara sudah melakukannya.

        Terima kasih atas perhatian Bapak/Ibu. Semoga pelayanan BPS semakin baik.

        Hormat saya,
        Dewa Ayu Putu Sri Utami
        '''), kind='complaint', name='Dewa Ayu Putu Sri Utami', req=False, **F)

    C('f11-complaint-en-password-protected-pdf', 'gmail', 'Nguyen Thi Thu Ha', 'ntthuha@ctu.edu.vn',
      'Re: ' + SUBJ_DATA % 1131, T('''
        Dear PST team,

        I am sorry to say that the PDF you sent is password-protected and no password was included in your email. I asked twice by reply and received no answer. This has delayed our paper submission. Could you please send the password or an unprotected file, and make sure future files can be opened?

        Best regards,
        Nguyen Thi Thu Ha
        Can Tho University
        '''), kind='complaint', name='Nguyen Thi Thu Ha', inst='Can Tho University', req=False, lang='en',
      ticket='PST-2026-01131', quote=gq(DELIV_EN % 1131), **rp(1131), **F)

    C('f11-complaint-incomplete-data-outlook', 'outlook', 'Ir. Made Oka Swastika', 'perencanaan@pdamjembrana.co.id',
      'RE: ' + SUBJ_DATA % 1132, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Kami sampaikan keberatan. Dari tiga kelompok data yang kami minta, yang dikirim hanya jumlah penduduk per kecamatan, bukan per desa/kelurahan sebagaimana tertulis jelas dalam permohonan kami, dan tiket sudah ditutup tanpa penjelasan. Konsultan kami terpaksa menunda laporan pendahuluan RISPAM.

        Mohon ditindaklanjuti.

        Ir. Made Oka Swastika
        Kepala Bagian Perencanaan Teknik
        Perumda Air Minum Tirta Amertha Jati Kabupaten Jembrana
        '''), kind='complaint', name='Ir. Made Oka Swastika',
      inst='Perumda Air Minum Tirta Amertha Jati Kabupaten Jembrana', req=False, ticket='PST-2026-01132',
      quote=oq(DELIV_ID % 1132, 'Perencanaan Teknik Tirta Amertha <perencanaan@pdamjembrana.co.id>', SUBJ_DATA % 1132,
               'id'), **rp(1132), **F)

    C('f11-complaint-anon-queue-no-number', 'plain', 'pengunjung', 'pengunjungpst2026@gmail.com', 'antrian PST', T('''
        Kemarin saya datang ke kantor jam 9, tidak ada nomor antrian dan tidak ada petugas di meja PST selama 40 menit. Satpam bilang petugasnya sedang rapat. Tolong kalau ada rapat, ada petugas pengganti. Kasihan yang datang jauh-jauh dari Pekutatan.
        '''), kind='complaint', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f11-ooo-outlook-id-cuti-bersalin-headers', 'outlook', 'Ni Kadek Ayu Wiryani', 'ayuwiryani.dinkes@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 1141, T('''
        Om Swastyastu,

        Terima kasih atas email Anda. Saya sedang menjalani cuti bersalin sampai dengan 15 Februari 2027. Untuk keperluan data kesehatan, silakan menghubungi Seksi Surveilans dan Imunisasi di surveilans.dinkes@jembranakab.go.id.

        Suksma,
        Ni Kadek Ayu Wiryani
        '''), kind='auto_reply', req=False, ticket='PST-2026-01141',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1141), **F)

    C('f11-ooo-gmail-en-conference-xautoreply', 'gmail', 'Felix Gunadi', 'felix.gunadi@lindungjiwa.co.id',
      'Re: ' + SUBJ_ACK % 1142, T('''
        Thank you for your message. I am attending the East Asian Actuarial Conference in Seoul from 23 to 27 November 2026 and will respond upon my return. For urgent product matters, please contact product@lindungjiwa.co.id.

        Felix Gunadi
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01142',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(1142), **F)

    C('f11-ooo-plain-umrah-own-subject', 'plain', 'H. Syamsul Arifin', 'syamsularifin.loloan@gmail.com',
      'Sedang menunaikan ibadah umrah', T('''
        Assalamualaikum,

        Mohon maaf, saya sedang menunaikan ibadah umrah sampai 4 Desember 2026 dan belum dapat membalas email. Pesan Bapak/Ibu akan saya balas setelah kembali ke tanah air, insya Allah.

        Wassalamualaikum.
        (pesan otomatis)
        '''), kind='auto_reply', req=False, extra=[('Auto-Submitted', 'auto-replied')], **rp(1143), **F)

    C('f11-ooo-malay-vacation-responder', 'gmail', 'Mohd Faizal Ismail', 'mfaizal@usm.my', 'Re: ' + SUBJ_DATA % 1144, T('''
        Terima kasih atas e-mel anda. Saya sedang bercuti dan tidak berada di pejabat sehingga 1 Disember 2026. E-mel anda akan dibalas selepas tarikh tersebut.

        Dr. Mohd Faizal bin Ismail
        '''), kind='auto_reply', req=False, ticket='PST-2026-01144',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(1144), **F)

    # ------------------------------------------------------------------------------------------------
    # Bounces
    # ------------------------------------------------------------------------------------------------
    D('f11-dsn-gmail-over-quota', dict(
        recipient='bidannengah.tuwed@gmail.com', original_message_id=OUR(1151, '7d2c5b10'),
        orig_subject=SUBJ_DATA % 1151, status='4.2.2', action='failed',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              '<bidannengah.tuwed@gmail.com>: host gmail-smtp-in.l.google.com[142.250.4.27]\n'
              '    said: 452-4.2.2 The recipient\'s inbox is out of storage space. Please\n'
              '    direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp\n'
              '    (in reply to RCPT TO command)')), 'PST-2026-01151', **F)

    D('f11-dsn-exim-unknown-user', dict(
        recipient='wahyu.suryadarma@pib.ac.id', original_message_id=OUR(1152, '7d2c5b10'),
        orig_subject=SUBJ_ACK % 1152, status='5.1.1', mta='mail.pib.ac.id',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mail.pib.ac.id>',
           'subject': 'Mail delivery failed: returning message to sender',
           'text': ('This message was created automatically by mail delivery software.\n\n'
                    'A message that you sent could not be delivered to one or more of its\n'
                    'recipients. This is a permanent error. The following address(es) failed:\n\n'
                    '  wahyu.suryadarma@pib.ac.id\n'
                    '    Unrouteable address: unknown user')}), 'PST-2026-01152', **F)

    D('f11-dsn-postfix-domain-not-found', dict(
        recipient='revenue@medewibayresort.co', original_message_id=OUR(1153, '7d2c5b10'),
        orig_subject=SUBJ_RATE % 1153, status='5.4.4',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              '<revenue@medewibayresort.co>: Host or domain name not found. Name service\n'
              '    error for name=medewibayresort.co type=MX: Host not found')), 'PST-2026-01153', **F)
