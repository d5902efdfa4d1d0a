# corpus_fresh32.py: a thirty-second batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh32"; tickets PST-2026-032xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh32')

    # Our own mails, as requesters see them quoted back.
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    SUBJ_LETTER = '[PST-2026-%05d] Mohon surat pengantar'
    DELIV_ID = ('Yth. Bapak/Ibu,\n\nBersama ini kami sampaikan data sesuai permintaan Bapak/Ibu (tiket '
                'PST-2026-%05d), terlampir dalam email ini. Silakan membalas email ini bila ada pertanyaan.\n\n'
                'Salam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    DELIV_EN = ('Dear Sir/Madam,\n\nAttached please find the data you requested under ticket PST-2026-%05d. '
                'If anything is unclear, just reply to this email.\n\nKind regards,\n'
                'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nLayanan untuk tiket PST-2026-%05d telah selesai. Mohon berikan penilaian '
               'Bapak/Ibu atas layanan kami dengan angka 1 (sangat tidak puas) sampai 5 (sangat puas) dengan '
               'membalas email ini.\n\nTerima kasih,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nTicket PST-2026-%05d is now closed. Please rate our service from 1 (very '
               'dissatisfied) to 5 (very satisfied) by replying to this email.\n\nThank you,\n'
               'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    LETTER_ID = ('Yth. Bapak/Ibu,\n\nPermintaan Bapak/Ibu (tiket PST-2026-%05d) sedang kami proses. Karena yang '
                 'diminta adalah data rinci tingkat desa, mohon kirimkan surat pengantar dari lembaga Bapak/Ibu '
                 'dengan membalas email ini.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 14:37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale), for bottom-posting."""
        return 'Pada 25/11/2026 14.37, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, 'c07d5a19'), references=[OUR(n, 'c07d5a19')])

    # ================================================================================================
    # New requests: universities and academics, Indonesia
    # ================================================================================================
    C('f32-req-unmul-forestry-mangrove-letter-attached', 'gmail', 'Rahmat Hidayatullah', 'rahmat.hdy19@gmail.com',
      'Permohonan Data Mangrove dan Rumah Tangga Nelayan untuk Skripsi', T('''
        Kepada Yth.
        Bapak/Ibu Petugas Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana

        Dengan hormat,

        Saya Rahmat Hidayatullah (NIM 1904015123), mahasiswa tingkat akhir Program Studi Kehutanan, Fakultas Kehutanan, Universitas Mulawarman, Samarinda. Dalam rangka penyusunan skripsi berjudul "Valuasi Ekonomi Ekosistem Mangrove Perancak bagi Rumah Tangga Nelayan", saya memohon bantuan data sebagai berikut:

        1. jumlah rumah tangga perikanan tangkap di Kecamatan Jembrana dan Kecamatan Negara (ST2023);
        2. produksi perikanan tangkap menurut jenis ikan, 2019-2025;
        3. jumlah penduduk Desa Perancak dan Desa Budeng menurut mata pencaharian utama.

        Surat pengantar dari fakultas saya lampirkan bersama email ini.

        Hormat saya,
        Rahmat Hidayatullah
        '''), name='Rahmat Hidayatullah', inst='Universitas Mulawarman',
      attachments=[PDF('Surat_Pengantar_Fahutan_Unmul_Rahmat.pdf')], **F)

    C('f32-req-unipa-papuan-student-iphone', 'iphone', 'Markus K', 'markuskambuaya@icloud.com',
      'Minta data kelapa jembrana', T('''
        Selamat malam bapa ibu, sy Markus Kambuaya mhs agribisnis di Universitas Papua. sy ada buat tugas akhir bandingkan usaha kopra di Manokwari deng di Jembrana. mohon bantu data luas tanam dan produksi kelapa per kecamatan Jembrana thn 2020-2025, klo ada jg harga kopra di tingkat petani. trima kasih banyak bapa ibu, Tuhan berkati

        Dikirim dari iPhone saya
        '''), name='Markus Kambuaya', inst='Universitas Papua', **F)

    C('f32-req-warmadewa-lecturer-thunderbird-wrapped', 'thunderbird', 'I Komang Arta Wiguna',
      'arta.wiguna@warmadewa.ac.id', 'Permohonan data IPM dan kemiskinan untuk penelitian dosen', T('''
        Om Swastyastu,

        Bapak/Ibu petugas PST yang saya hormati,

        Perkenalkan, saya Dr. I Komang Arta Wiguna, dosen tetap Fakultas Ekonomi dan Bisnis Universitas Warmadewa. Tahun ini saya memperoleh hibah penelitian dasar dari LPPM dengan topik ketimpangan pembangunan antarkabupaten di Bali, dan Jembrana termasuk wilayah kajian. Saya memerlukan Indeks Pembangunan Manusia, persentase penduduk miskin, gini ratio, dan PDRB per kapita Kabupaten Jembrana untuk periode 2012-2025, bila memungkinkan dalam format Excel.

        Atas bantuan Bapak/Ibu saya sampaikan terima kasih.

        Om Santih, Santih, Santih Om

        --
        Dr. I Komang Arta Wiguna, S.E., M.Si.
        Fakultas Ekonomi dan Bisnis
        Universitas Warmadewa
        Jl. Terompong No. 24, Tanjung Bungkak, Denpasar
        '''), name='Dr. I Komang Arta Wiguna', inst='Universitas Warmadewa', wrap=72, **F)

    C('f32-req-ipb-master-code-switching', 'gmail', 'Jessica Tanoto', 'jessica.tanoto@apps.ipb.ac.id',
      'Request data: rantai pasok beras Jembrana', T('''
        Halo Bapak/Ibu,

        Saya Jessica Tanoto, mahasiswi S2 Ekonomi Pertanian di IPB University. Thesis saya tentang efisiensi rantai pasok beras dari penggilingan kecil ke pasar tradisional, dan salah satu study area-nya Jembrana.

        Yang saya butuhkan:
        - jumlah penggilingan padi per kecamatan (kalau ada dari Podes);
        - luas panen & produksi padi 2020-2025;
        - rata-rata harga beras eceran bulanan di Negara, 2023-2025.

        Kalau datanya cuma tersedia di level provinsi, it's totally fine, saya pakai yang ada.

        Thank you so much!

        Best,
        Jessica
        '''), name='Jessica Tanoto', inst='IPB University', **F)

    C('f32-req-pnb-tourism-student-formal', 'gmail', 'Arya Pramana', 'aryapramana.pnb@gmail.com',
      'Permohonan data kunjungan wisatawan untuk tugas akhir', T('''
        Dengan hormat,

        Perkenalkan, nama saya Gede Arya Pramana, mahasiswa semester 7 Program Studi D4 Manajemen Bisnis Pariwisata, Politeknik Negeri Bali. Saat ini saya menyusun tugas akhir tentang pengembangan wisata bahari di pesisir Jembrana.

        Untuk itu saya mohon bantuan data:
        a. jumlah daya tarik wisata menurut jenis dan kecamatan;
        b. jumlah kunjungan wisatawan ke Pantai Medewi, Pantai Perancak dan Bunut Bolong, 2022-2025;
        c. jumlah usaha penyedia makan minum di Kecamatan Pekutatan.

        Atas perhatian dan bantuan Bapak/Ibu, saya mengucapkan terima kasih.

        Hormat saya,
        Gede Arya Pramana
        '''), name='Gede Arya Pramana', inst='Politeknik Negeri Bali', **F)

    # ================================================================================================
    # New requests: abroad
    # ================================================================================================
    C('f32-req-en-leiden-phd-subak', 'gmail', 'Sanne de Vries', 's.de.vries@fsw.leidenuniv.nl',
      'Request for agricultural and demographic data - Jembrana', T('''
        Dear Sir or Madam,

        My name is Sanne de Vries and I am a PhD researcher at the Institute of Cultural Anthropology, Leiden University, the Netherlands. My project looks at how subak irrigation associations in western Bali cope with the conversion of rice fields into housing and plantations.

        Could you kindly provide the following for Jembrana Regency:

        1. wetland rice area (luas lahan sawah) by kecamatan, 2010-2025;
        2. number of households engaged in rice farming, Agricultural Census 2013 and 2023;
        3. population by kecamatan, 2010-2025.

        I am happy to fill in any request form you may need.

        Kind regards,
        Sanne de Vries
        '''), name='Sanne de Vries', inst='Leiden University', lang='en', **F)

    C('f32-req-en-otago-name-only-in-signature', 'outlook', 'Aroha Ngata', 'aroha.ngata@otago.ac.nz',
      'Fisheries and tourism employment statistics, Jembrana Regency', T('''
        Kia ora,

        I'm writing to ask whether BPS Jembrana could share employment figures for a comparative study of coastal livelihoods in Aotearoa New Zealand and Bali. We are mainly interested in:

        - employed persons by main industry (fisheries; accommodation and food services) for Jembrana, 2018-2025;
        - the number of fishing boats by size class;
        - the number of foreign and domestic guests at accommodation establishments.

        Ngā mihi nui,

        Dr Aroha Ngata
        Senior Lecturer, Te Tumu School of Māori, Pacific and Indigenous Studies
        University of Otago | Ōtākou Whakaihu Waka
        Dunedin, New Zealand
        '''), name='Dr Aroha Ngata', inst='University of Otago', lang='en', **F)

    C('f32-req-en-vietnam-agri-university-cocoa', 'gmail', 'Nguyen Thi Thu Ha', 'ntthuha@vnua.edu.vn',
      'Data request: cocoa smallholders in Jembrana', T('''
        Dear BPS Jembrana,

        I am Nguyen Thi Thu Ha, lecturer at the Faculty of Economics and Rural Development, Vietnam National University of Agriculture. Our team in Hanoi studies cocoa smallholders in Southeast Asia, and Jembrana interests us because of its cocoa cooperatives.

        We would like to ask for the cocoa planted area, production and number of cocoa-growing households by kecamatan, 2015-2025.

        Thank you very much for your kind support.

        Best regards,
        Thu Ha
        '''), name='Nguyen Thi Thu Ha', inst='Vietnam National University of Agriculture', lang='en', **F)

    C('f32-req-en-latin1-granada-ageing', 'latin1', 'José Ramón Ibáñez', 'jribanez@ugr.es',
      'Request: population by age, Jembrana', T('''
        Dear colleagues,

        I am José Ramón Ibáñez Ortega, associate professor of Human Geography at the Universidad de Granada, Spain. I am collaborating with colleagues in Denpasar on a study of population ageing in rural Bali.

        I would need the population of Jembrana by five-year age group and sex for 2010, 2020 and 2025 and, if possible, the old-age dependency ratio by kecamatan.

        Muchas gracias y un saludo cordial,
        José Ramón
        '''), name='José Ramón Ibáñez Ortega', inst='Universidad de Granada', lang='en', **F)

    C('f32-req-en-netherlands-embassy-signature', 'outlook', 'Janssen, Pieter', 'pieter.janssen@minbuza.nl',
      'Statistical information on Jembrana Regency', T('''
        Dear colleagues,

        In preparation for a visit by a Dutch agri-food trade delegation to West Bali in February 2027, the Embassy would like to prepare a short economic profile of Jembrana Regency.

        Could you provide:
        - GRDP by industry, 2020-2025;
        - production of the main estate crops (coconut, cocoa, coffee, clove);
        - fisheries production and the number of fish processing enterprises.

        Thank you in advance for your help.

        Kind regards,

        Pieter Janssen
        Policy Officer Economic Affairs
        Embassy of the Kingdom of the Netherlands
        Jl. H.R. Rasuna Said Kav. S-3, Jakarta 12950
        '''), name='Pieter Janssen', inst='Embassy of the Kingdom of the Netherlands', lang='en', **F)

    C('f32-req-en-un-habitat-analyst-gmail', 'gmail', 'Ravi Menon', 'ravi.menon.habitat@gmail.com',
      'Data request - growth of Negara town', T('''
        Hello,

        I'm Ravi Menon, a programme analyst at UN-Habitat Indonesia, supporting a secondary-cities programme in Bali. Negara is one of the towns we are profiling this year.

        Could your office share:
        - the population of each kelurahan in Kecamatan Negara and Kecamatan Jembrana for 2010, 2020 and 2025;
        - the number of households and average household size by kelurahan;
        - the share of households with access to safe drinking water and proper sanitation.

        Thank you,
        Ravi
        '''), name='Ravi Menon', inst='UN-Habitat Indonesia', lang='en', **F)

    # ================================================================================================
    # New requests: schools
    # ================================================================================================
    C('f32-req-sma-pupil-chat-iphone', 'iphone', 'Dinda', 'dindamaharani.07@icloud.com',
      'kak mau nanya data buat tugas geografi', T('''
        halo kak selamat siang 🙏 aku Ni Putu Dinda Maharani dari SMAN 2 Negara kelas XI IPS 1. aku dpt tugas kelompok geografi ttg kepadatan penduduk. boleh minta data jumlah penduduk sama luas wilayah tiap kecamatan di jembrana thn 2025 ga kak? makasih kak 🙏🙏

        Dikirim dari iPhone saya
        '''), name='Ni Putu Dinda Maharani', inst='SMAN 2 Negara', **F)

    C('f32-req-smk-teacher-yahoo-android', 'yahoo', 'bambang supri', 'bambangsupri_smk@yahoo.co.id',
      'Permohonan data untuk bahan ajar ekonomi', T('''
        Selamat pagi,

        Dengan hormat, saya Bambang Supriyadi, guru mata pelajaran Ekonomi di SMK Negeri 1 Melaya. Untuk materi "Ketenagakerjaan" di kelas X, saya ingin memakai data lokal: tingkat pengangguran terbuka dan tingkat partisipasi angkatan kerja Kabupaten Jembrana tahun 2020-2025.

        Terima kasih atas bantuannya.

        Salam,
        Bambang Supriyadi, S.Pd.

        Dikirim dari Yahoo Mail di Android
        '''), name='Bambang Supriyadi', inst='SMK Negeri 1 Melaya', **F)

    C('f32-req-madrasah-head-drs-haji', 'outlook', 'MTsN 1 Jembrana', 'mtsn1jembrana@kemenag.go.id',
      'Permohonan data penduduk usia 13-15 tahun', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh,

        Yth. Kepala BPS Kabupaten Jembrana,

        Saya Drs. H. Muhammad Ridwan Baraqbah, M.Pd.I., Kepala MTsN 1 Jembrana. Dalam rangka pemetaan calon peserta didik baru tahun pelajaran 2027/2028, kami mohon bantuan data jumlah penduduk usia 13-15 tahun menurut desa/kelurahan di Kecamatan Negara dan Kecamatan Melaya, tahun 2024 dan 2025.

        Atas perhatian dan kerja samanya kami haturkan terima kasih.

        Wassalamu'alaikum warahmatullahi wabarakatuh.
        '''), name='Drs. H. Muhammad Ridwan Baraqbah', inst='MTsN 1 Jembrana', **F)

    # ================================================================================================
    # New requests: government offices
    # ================================================================================================
    C('f32-req-dinkes-numbered-letter-head-signs', 'outlook', 'Dinas Kesehatan Jembrana', 'dinkes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 1, Negara, Jembrana 82211

        Nomor    : 400.7/1422/Dinkes/2026
        Sifat    : Biasa
        Lampiran : -
        Hal      : Permohonan Data

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
        Tempat

        Dalam rangka penetapan sasaran program kesehatan tahun 2027, dengan hormat kami mohon bantuan data proyeksi penduduk Kabupaten Jembrana tahun 2027 menurut kecamatan, jenis kelamin, umur tunggal 0-4 tahun, dan kelompok umur lima tahunan.

        Data dapat dikirimkan melalui surel dinkes@jembranakab.go.id.

        Demikian kami sampaikan, atas kerja samanya diucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. I Gusti Ayu Putri Wulandari, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP 19750812 200501 2 009
        '''), name='dr. I Gusti Ayu Putri Wulandari', inst='Dinas Kesehatan Kabupaten Jembrana', **F)

    C('f32-req-puskesmas-elderly-programme', 'gmail', 'Kadek Sri Astuti', 'kadeksriastuti.pkm@gmail.com',
      'Mohon data penduduk lansia per desa', T('''
        Selamat siang Bapak/Ibu,

        Saya Kadek Sri Astuti, pemegang program kesehatan lansia di UPTD Puskesmas Pekutatan. Untuk perencanaan posyandu lansia tahun depan, kami memerlukan data jumlah penduduk umur 60 tahun ke atas menurut jenis kelamin per desa di Kecamatan Pekutatan (2025, atau tahun terakhir yang tersedia).

        Terima kasih atas kerja samanya.

        Salam sehat,
        Kadek Sri Astuti, S.Kep., Ns.
        UPTD Puskesmas Pekutatan
        '''), name='Kadek Sri Astuti', inst='UPTD Puskesmas Pekutatan', **F)

    C('f32-req-village-secretary-letter-pdf', 'outlook', 'Pemdes Yehembang Kangin', 'desayehembangkangin@gmail.com',
      'Permohonan data profil desa', T('''
        Om Swastyastu,

        Dengan hormat, kami dari Pemerintah Desa Yehembang Kangin bermaksud memperbarui profil desa untuk dokumen RPJMDes 2027-2032. Surat resmi beserta daftar data yang kami perlukan (jumlah penduduk menurut umur dan pendidikan, jumlah keluarga miskin, luas penggunaan lahan) kami lampirkan dalam email ini.

        Atas perhatian Bapak/Ibu kami ucapkan suksma.

        Om Santih, Santih, Santih Om

        I Nyoman Sutama
        Sekretaris Desa Yehembang Kangin
        '''), name='I Nyoman Sutama', inst='Pemerintah Desa Yehembang Kangin',
      attachments=[PDF('Surat Permohonan Data Desa Yehembang Kangin.pdf')], **F)

    C('f32-req-bappeda-analyst-forwards-disposition', 'gmail', 'Rosmauli Sinaga', 'rosmauli.sinaga@jembranakab.go.id',
      'Fwd: Permintaan data PDRB dan inflasi untuk RKPD 2028', T('''
        Selamat pagi Bapak/Ibu PST,

        Saya Rosmauli Sinaga, analis perencanaan di Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana. Bersama ini saya teruskan disposisi Kepala Bidang Perekonomian di bawah. Mohon bantuannya, datanya kami perlukan paling lambat 4 Desember.

        Terima kasih.
        Rosmauli

        ---------- Forwarded message ---------
        From: Kabid Perekonomian Bappeda <ekonomi.bappeda@jembranakab.go.id>
        Date: Fri, Nov 20, 2026 at 3:10 PM
        Subject: Permintaan data PDRB dan inflasi untuk RKPD 2028
        To: Rosmauli Sinaga <rosmauli.sinaga@jembranakab.go.id>


        Ros, tolong mintakan ke BPS: PDRB ADHB dan ADHK per lapangan usaha 2021-2025, laju pertumbuhan ekonomi, dan inflasi Bali 2025. Untuk bahan RKPD 2028.

        Trims,
        Ketut Widiarsa
        '''), name='Rosmauli Sinaga', inst='Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana', **F)

    C('f32-req-national-park-buffer-villages', 'outlook', 'Yohanes Kristianto', 'yohanes.kristianto@menlhk.go.id',
      'Permohonan data sosial ekonomi desa penyangga TNBB', T('''
        Dengan hormat,

        Saya Yohanes Kristianto, Pengendali Ekosistem Hutan pada Balai Taman Nasional Bali Barat. Dalam rangka evaluasi program pemberdayaan masyarakat desa penyangga, kami memerlukan data berikut untuk Desa Melaya, Desa Blimbingsari, Desa Ekasari dan Kelurahan Gilimanuk:

        - jumlah penduduk dan rumah tangga, 2020-2025;
        - mata pencaharian utama sebagian besar penduduk (Podes);
        - jumlah keluarga penerima bantuan sosial, bila tersedia.

        Terima kasih.

        Salam lestari,
        Yohanes Kristianto, S.Hut., M.Sc.
        Balai Taman Nasional Bali Barat
        '''), name='Yohanes Kristianto', inst='Balai Taman Nasional Bali Barat', **F)

    C('f32-req-kodim-officer-rank', 'gmail', 'Ruslan Effendi', 'pasiter1617@gmail.com',
      'Permohonan data ketahanan pangan wilayah', T('''
        Selamat siang. Izin, saya Kapten Inf Ruslan Effendi, Pasi Ter Kodim 1617/Jembrana. Dalam rangka mendukung program ketahanan pangan, kami mohon data luas tanam, luas panen, dan produksi padi serta jagung per kecamatan di Kabupaten Jembrana tahun 2023-2025. Terima kasih, izin.
        '''), name='Kapten Inf Ruslan Effendi', inst='Kodim 1617/Jembrana', **F)

    C('f32-req-social-office-survey-consultation', 'thunderbird', 'Luh Gede Sri Wahyuni', 'sriwahyuni.dinsos@jembranakab.go.id',
      'Konsultasi desain survei kepuasan penerima bantuan sosial', T('''
        Yth. Bapak/Ibu Statistisi BPS Kabupaten Jembrana,

        Saya Luh Gede Sri Wahyuni, Penyuluh Sosial pada Dinas Sosial Kabupaten Jembrana. Awal tahun depan kami akan melaksanakan survei kepuasan keluarga penerima bantuan sosial dan ingin berkonsultasi mengenai:

        1. cara menarik sampel dari daftar penerima yang tersebar di 51 desa/kelurahan;
        2. jumlah sampel minimal agar hasilnya dapat disajikan per kecamatan;
        3. apakah survei ini perlu didaftarkan rekomendasinya ke BPS.

        Kami bisa datang ke kantor BPS pada hari dan jam yang Bapak/Ibu tentukan.

        Terima kasih.

        Salam,
        Sri Wahyuni
        '''), name='Luh Gede Sri Wahyuni', inst='Dinas Sosial Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: villages, subak, groups, cooperatives, customary bodies
    # ================================================================================================
    C('f32-req-bumdes-feed-unit-yahoo', 'yahoo', 'Made Ariawan', 'ariawan.bumdesmerthasari@yahoo.com',
      'Data untuk studi kelayakan unit usaha BUMDes', T('''
        Selamat pagi Bapak/Ibu di BPS,

        Saya Made Ariawan, manajer BUMDes Mertha Sari Desa Tukadaya. BUMDes kami berencana membuka unit usaha pengolahan pakan ternak dan sedang menyusun studi kelayakan sederhana. Mohon dibantu data populasi sapi, babi, dan ayam buras per desa di Kecamatan Melaya, serta produksi jagung di kecamatan yang sama, tiga tahun terakhir.

        Suksma,
        Made Ariawan
        '''), name='Made Ariawan', inst='BUMDes Mertha Sari Desa Tukadaya', **F)

    C('f32-req-subak-pekaseh-iphone-balinese', 'iphone', 'Wayan Darsana', 'wayandarsana65@gmail.com', 'Mohon data', T('''
        Om swastyastu. Tiang I Wayan Darsana, pekaseh Subak Yeh Santang. Subak kami mau mengajukan proposal perbaikan saluran irigasi ke dinas PU, dan diminta melampirkan data produksi padi dan luas sawah di Kecamatan Pekutatan 5 thn terakhir. Mohon bantuannya nggih. Suksma.

        Dikirim dari iPhone saya
        '''), name='I Wayan Darsana', inst='Subak Yeh Santang', **F)

    C('f32-req-fishers-coop-treasurer-haji', 'gmail', 'Koperasi Segara Windu', 'kopsegarawindu@gmail.com',
      'Permohonan data produksi ikan', T('''
        Assalamualaikum wr. wb.

        Selamat siang. Saya H. Abdul Rahman Assegaf, bendahara Koperasi Nelayan Segara Windu Pengambengan. Koperasi kami sedang mengajukan pinjaman modal ke LPDB untuk pengadaan cold storage. Pihak LPDB meminta data pendukung berupa produksi ikan tangkap di Kabupaten Jembrana per bulan selama tiga tahun terakhir dan jumlah nelayan di Desa Pengambengan.

        Mohon bantuan Bapak/Ibu. Terima kasih.

        Wassalamualaikum wr. wb.
        '''), name='H. Abdul Rahman Assegaf', inst='Koperasi Nelayan Segara Windu Pengambengan', **F)

    C('f32-req-women-farmers-gilimanuk-android', 'plain', 'Sugiyanti', 'kwtmelatiasri.gmk@gmail.com', 'permohonan data', T('''
        Assalamualaikum. Selamat pagi bapak ibu.

        Saya Sugiyanti, ketua KWT Melati Asri Kelurahan Gilimanuk. Kelompok kami menanam sayur di pekarangan dan mau menjual ke warung-warung makan di sekitar pelabuhan. Kami minta data harga cabai rawit, tomat dan sawi di pasar Negara per bulan tahun 2025, dan jumlah rumah makan di Gilimanuk kalau ada.

        Matur nuwun sanget.
        Wassalamualaikum

        Dikirim dari perangkat Android saya
        '''), name='Sugiyanti', inst='KWT Melati Asri Kelurahan Gilimanuk', **F)

    C('f32-req-customary-village-bendesa', 'gmail', 'IB Suarjana', 'ibsuarjana.medewi@gmail.com',
      'Mohon data penduduk untuk pararem', T('''
        Om Swastyastu,

        Tiang Ida Bagus Ketut Suarjana, Bendesa Desa Adat Medewi. Prajuru desa adat sedang menyusun pararem tentang iuran krama tamiu (pendatang), dan kami ingin tahu gambaran jumlahnya. Mohon bantuan data jumlah penduduk Desa Medewi menurut agama dan jumlah penduduk pendatang (migran masuk) di Kecamatan Pekutatan, tahun terakhir yang ada.

        Suksma.

        Om Santih, Santih, Santih Om
        '''), name='Ida Bagus Ketut Suarjana', inst='Desa Adat Medewi', **F)

    # ================================================================================================
    # New requests: media, NGOs
    # ================================================================================================
    C('f32-req-tempo-journalist-iphone-abbrev', 'iphone', 'Stefanus Bria', 'stefanus.bria@tempo.co.id',
      'Permintaan data utk artikel harga beras', T('''
        Siang, Bapak/Ibu. Sy Stefanus Bria, wartawan Tempo yg bertugas di Bali. Sy sedang menulis artikel ttg kenaikan harga beras di Bali barat. Apakah BPS Jembrana punya data inflasi atau IHK? Kalau tdk ada di tingkat kabupaten, sy butuh harga eceran beras medium di Negara per bulan 2024-2025. Deadline sy Jumat. Trims.

        Sent from my iPhone
        '''), name='Stefanus Bria', inst='Tempo', **F)

    C('f32-req-local-news-site-html-only', 'html_only', 'Redaksi Suara Jagat Bali', 'redaksi@suarajagatbali.com',
      'Permohonan data PDRB dan pengangguran', T('''
        Salam redaksi,

        Saya Komang Juliarta, wartawan media daring Suara Jagat Bali. Untuk liputan khusus akhir tahun "Jembrana dalam Angka 2026", kami mohon data pertumbuhan ekonomi (PDRB) Kabupaten Jembrana 2021-2025 dan tingkat pengangguran terbuka 2021-2025. Jika ada rilis resmi, kami akan mengutip sumbernya.

        Salam,
        Komang Juliarta
        Suara Jagat Bali | suarajagatbali.com
        '''), name='Komang Juliarta', inst='Suara Jagat Bali', **F)

    C('f32-req-womens-legal-aid-ngo', 'gmail', 'LBH APIK Bali', 'lbhapikbali.program@gmail.com',
      'Data perempuan kepala rumah tangga', T('''
        Salam keadilan,

        Saya Maria Goreti Seran, koordinator program di LBH APIK Bali. Kami menyiapkan program pendampingan hukum bagi perempuan kepala keluarga di Jembrana dan membutuhkan data:

        - jumlah dan persentase rumah tangga yang dikepalai perempuan per kecamatan;
        - status perkawinan penduduk perempuan 15 tahun ke atas, Kabupaten Jembrana;
        - persentase rumah tangga dengan kepala perempuan yang tergolong miskin, bila tersedia.

        Terima kasih atas dukungannya.

        Salam,
        Maria Goreti Seran
        LBH APIK Bali
        '''), name='Maria Goreti Seran', inst='LBH APIK Bali', **F)

    # ================================================================================================
    # New requests: companies, banks, hospitals
    # ================================================================================================
    C('f32-req-bpd-bali-credit-analyst-disclaimer', 'outlook', 'Anak Agung Ngurah Bagus Mahendra',
      'agungmahendra@bpdbali.co.id', 'Permohonan Data Sektoral untuk Analisis Kredit', T('''
        Yth. Bapak/Ibu Petugas PST,

        Sehubungan dengan penyusunan rencana bisnis penyaluran kredit sektor pertanian tahun 2027, kami mohon bantuan data berikut:

        1. PDRB ADHK menurut lapangan usaha Kabupaten Jembrana, 2020-2025;
        2. jumlah rumah tangga usaha pertanian menurut subsektor (ST2023);
        3. nilai tukar petani Provinsi Bali bulanan, 2024-2025.

        Terima kasih atas bantuan dan kerja samanya.

        Hormat kami,

        Anak Agung Ngurah Bagus Mahendra
        Analis Kredit
        PT Bank Pembangunan Daerah Bali Kantor Cabang Negara
        Jl. Ngurah Rai No. 55, Negara

        ---------------------------------------------------------------
        PERHATIAN: Informasi dalam email ini bersifat rahasia dan hanya ditujukan untuk penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera menghapus email ini. PT Bank Pembangunan Daerah Bali tidak pernah meminta data pribadi nasabah melalui email.
        '''), name='Anak Agung Ngurah Bagus Mahendra', inst='PT Bank Pembangunan Daerah Bali Kantor Cabang Negara', **F)

    C('f32-req-surf-villa-manager-mixed', 'gmail', 'Dayu Laksmi', 'sales@medewisurfvillas.com',
      'Tourism stats Jembrana - untuk marketing plan 2027', T('''
        Om Swastyastu & good morning,

        Saya Ida Ayu Made Laksmi, Sales & Marketing Manager di Medewi Surf Villas, Pekutatan. Kami lagi menyusun marketing plan 2027 dan butuh beberapa data pendukung:

        - jumlah tamu asing dan domestik yang menginap di Jembrana per bulan, 2023-2025;
        - rata-rata lama menginap (length of stay);
        - TPK hotel non-bintang di Jembrana.

        Thanks a lot dan suksma!

        Warm regards,
        Dayu Laksmi
        Medewi Surf Villas
        '''), name='Ida Ayu Made Laksmi', inst='Medewi Surf Villas', **F)

    C('f32-req-en-agritech-startup-indonesian-writes-english', 'gmail', 'Yudistira Halim', 'yudis@panenraya.id',
      'Data request: smartphone use among farm households', T('''
        Hi BPS Jembrana team,

        Yudistira here, Head of Growth at PT Panen Raya Digital. We run a marketplace app that links rice and cocoa farmers directly with buyers, and we're deciding whether to expand to Jembrana next quarter.

        Would you have:
        - the number of farm households that use the internet or own a smartphone (ST2023), by kecamatan if possible;
        - the number of farm households by main commodity;
        - the age profile of farmers in Jembrana?

        Happy to come by the office if that's easier. Thanks a lot!

        Best,
        Yudis
        '''), name='Yudistira', inst='PT Panen Raya Digital', lang='en', **F)

    C('f32-req-private-hospital-planning-staff', 'gmail', 'Yohana Setyaningsih', 'yohana.setya@rsukerthausadha.co.id',
      'Permohonan data kependudukan untuk rencana strategis RS', T('''
        Selamat pagi,

        Perkenalkan, saya Yohana Setyaningsih, staf perencanaan di RSU Kertha Usadha Negara. Rumah sakit kami sedang menyusun Rencana Strategis Bisnis 2027-2031 dan memerlukan data:

        a) jumlah penduduk per kecamatan menurut kelompok umur, 2021-2025;
        b) persentase penduduk yang memiliki jaminan kesehatan (Susenas), Kabupaten Jembrana;
        c) angka kesakitan (morbiditas) Kabupaten Jembrana.

        Kami bersedia membayar bila ada biaya.

        Terima kasih,
        Yohana
        '''), name='Yohana Setyaningsih', inst='RSU Kertha Usadha Negara', **F)

    C('f32-req-building-supplies-distributor-outlook', 'outlook', 'Hendrawan Wijaya', 'hendrawan@sumberrejekiabadi.co.id',
      'Mohon info data rumah tangga dan konstruksi', T('''
        Selamat siang Bapak/Ibu,

        Kami berencana membuka cabang toko bahan bangunan di Gilimanuk dan ingin mengetahui:

        1. jumlah rumah tangga per kecamatan, 2020-2025;
        2. persentase rumah tangga yang menempati rumah milik sendiri;
        3. PDRB sektor konstruksi Kabupaten Jembrana, 2020-2025.

        Kalau datanya berbayar mohon diinformasikan.

        Terima kasih,

        Hendrawan Wijaya
        Direktur
        CV Sumber Rejeki Abadi
        Jl. Udayana No. 18, Negara
        Telp. (0365) 41xxx
        '''), name='Hendrawan Wijaya', inst='CV Sumber Rejeki Abadi', **F)

    # ================================================================================================
    # New requests missing the name, the institution or a concrete need
    # ================================================================================================
    C('f32-req-no-name-no-inst-iphone-min', 'iphone', 'yuda', 'yudaaa.pratama@icloud.com', 'data pengangguran', T('''
        permisi min, data pengangguran jembrana 2025 ada ga ya? klo ada boleh minta yg per kecamatan. mksh

        Dikirim dari iPhone saya
        '''), **F)

    C('f32-req-name-only-vague-plain', 'plain', 'Wayan Sudira', 'wysudira@gmail.com', 'Tanya', T('''
        Selamat siang, saya Wayan Sudira. Boleh saya bertanya sesuatu terkait data? Bisa dibantu? Terima kasih.

        Dikirim dari perangkat Android saya
        '''), name='Wayan Sudira', req=False, **F)

    C('f32-req-brawijaya-student-procedure-only', 'gmail', 'Dewi Anggraini', 'dewianggraini@student.ub.ac.id',
      'Permohonan bantuan data penelitian', T('''
        Dengan hormat,

        Saya Dewi Anggraini, mahasiswi Fakultas Ilmu Administrasi Universitas Brawijaya. Saya sedang menyusun skripsi dan membutuhkan data dari BPS Jembrana. Apakah saya bisa dibantu? Kira-kira bagaimana prosedurnya, dan apakah saya perlu membawa surat dari kampus?

        Terima kasih.

        Dewi Anggraini
        '''), name='Dewi Anggraini', inst='Universitas Brawijaya', req=False, **F)

    C('f32-req-child-network-secretariat-no-name', 'gmail', 'Sekretariat JARING', 'sekretariat.jaringpesisir@gmail.com',
      'Permohonan data pekerja anak', T('''
        Selamat pagi Bapak/Ibu,

        Kami dari Jaringan Relawan Anak Pesisir Jembrana sedang menyusun kertas posisi tentang anak-anak yang ikut melaut dan bekerja di pengolahan ikan. Mohon bantuan data persentase anak usia 10-17 tahun yang bekerja di Kabupaten Jembrana, menurut jenis kelamin dan lapangan usaha, 2019-2025 (atau tingkat Provinsi Bali bila tingkat kabupaten tidak tersedia).

        Terima kasih.

        Salam,
        Sekretariat Jaringan Relawan Anak Pesisir Jembrana
        '''), inst='Jaringan Relawan Anak Pesisir Jembrana', **F)

    C('f32-req-en-vague-aussie-cafe', 'gmail', 'Tom Whitfield', 'tomwhitfield.bali@gmail.com', 'Quick question', T('''
        Hi there,

        I'm Tom, an Aussie who's been living in Medewi for two years. I'm thinking about opening a small café and wondered what sort of statistics your office could give me to help plan it.

        Cheers,
        Tom
        '''), name='Tom', req=False, lang='en', **F)

    C('f32-req-youth-org-no-person', 'gmail', 'KT Dharma Putra', 'ktdharmaputra.tuwed@gmail.com',
      'Permohonan data pemuda', T('''
        Om Swastyastu.

        Kami dari Karang Taruna Dharma Putra Desa Tuwed mohon bantuan data jumlah pemuda usia 16-30 tahun di Desa Tuwed dan Kecamatan Melaya, serta tingkat pengangguran pemuda di Kabupaten Jembrana. Data ini untuk proposal pelatihan kewirausahaan pemuda ke Dinas Pemuda dan Olahraga.

        Suksma.
        '''), inst='Karang Taruna Dharma Putra Desa Tuwed', **F)

    C('f32-req-private-person-house-prices-yahoo', 'yahoo', 'Lie Siu Fong', 'siufong.lie@yahoo.com',
      'Data harga tanah / rumah', T('''
        Selamat siang.

        Saya Lie Siu Fong, bertanya untuk keperluan pribadi. Saya berencana membeli rumah untuk orang tua saya di Negara. Apakah ada data harga rumah atau harga tanah per kecamatan di Jembrana? Juga jumlah rumah baru yang dibangun per tahun, kalau ada.

        Terima kasih.

        Lie Siu Fong
        '''), name='Lie Siu Fong', **F)

    C('f32-req-html-only-unud-student-nim-no-name', 'html_only', 'mhs unud', '2108511034@student.unud.ac.id',
      'Permohonan data ketimpangan', T('''
        Selamat siang Bapak/Ibu,

        Saya mahasiswa Program Studi Ekonomi Pembangunan Universitas Udayana (NIM 2108511034) ingin meminta data gini ratio dan distribusi pengeluaran per kapita Kabupaten Jembrana tahun 2015-2025 untuk skripsi.

        Terima kasih.
        '''), inst='Universitas Udayana', **F)

    C('f32-req-caps-farmer-no-institution', 'plain', 'NYOMAN RENDI', 'nyomanrendi72@gmail.com', 'HARGA GABAH', T('''
        OM SWASTYASTU. SAYA I NYOMAN RENDI, PETANI DI BANJAR BERAMBANG. MAU MINTA DATA HARGA GABAH DI TINGKAT PETANI BULAN SEPTEMBER SAMPAI NOVEMBER 2026, BIAR TAHU HARGA YANG WAJAR SEBELUM JUAL KE TENGKULAK. SUKSMA.

        Dikirim dari perangkat Android saya
        '''), name='I NYOMAN RENDI', **F)

    C('f32-req-school-admin-letter-only-no-person', 'outlook', 'TU SMAN 1 Mendoyo', 'sman1mendoyo@gmail.com',
      'Surat permohonan data', T('''
        Selamat pagi,

        Bersama ini kami kirimkan surat permohonan data dari sekolah kami sebagaimana terlampir. Mohon dapat ditindaklanjuti.

        Terima kasih.

        Tata Usaha
        SMA Negeri 1 Mendoyo
        '''), inst='SMA Negeri 1 Mendoyo',
      attachments=[PDF('Permohonan Data Penduduk Usia 15-19 Tahun Kec Mendoyo.pdf')], **F)

    C('f32-req-en-tourism-institute-vague-cooperation', 'outlook', 'BIST Secretariat', 'info@bist.or.id',
      'Possible collaboration', T('''
        Dear BPS Jembrana,

        Greetings from the Bali Institute for Sustainable Tourism. We are planning our programme for 2027 and would like to explore possible areas of collaboration with your office. Would you be open to a short introductory meeting?

        Warm regards,
        BIST Secretariat
        '''), inst='Bali Institute for Sustainable Tourism', req=False, lang='en', **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f32-reply-identity-after-ask-gmail', 'gmail', 'Putu Rika', 'putu.rika.a@gmail.com', 'Re: ' + SUBJ_ASK % 3201, T('''
        Selamat siang, mohon maaf sebelumnya.

        Nama lengkap saya Putu Rika Andayani, mahasiswi Akuntansi di Universitas Pendidikan Nasional, Denpasar.

        Terima kasih.
        Rika
        '''), kind='reply', name='Putu Rika Andayani', inst='Universitas Pendidikan Nasional', req=False,
      ticket='PST-2026-03201', quote=gq(ASK, 'id'), **rp(3201), **F)

    C('f32-reply-outlook-thanks-hospital-signature', 'outlook', 'Yohana Setyaningsih', 'yohana.setya@rsukerthausadha.co.id',
      'RE: ' + SUBJ_DATA % 3202, T('''
        Selamat sore,

        Terima kasih, data sudah kami terima lengkap dan sangat membantu penyusunan Renstra kami.

        Salam,
        Yohana Setyaningsih
        Staf Perencanaan
        RSU Kertha Usadha Negara
        '''), kind='reply', name='Yohana Setyaningsih', inst='RSU Kertha Usadha Negara', req=False,
      ticket='PST-2026-03202',
      quote=oq(DELIV_ID % 3202, 'Yohana Setyaningsih <yohana.setya@rsukerthausadha.co.id>', SUBJ_DATA % 3202, 'id'),
      **rp(3202), **F)

    C('f32-reply-iphone-okee-no-name', 'iphone', 'Dinda', 'dindamaharani.07@icloud.com', 'Re: ' + SUBJ_DATA % 3203, T('''
        okee kak udh masuk, makasih banyakk 🥰

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-03203', quote=iq(DELIV_ID % 3203), **rp(3203), **F)

    C('f32-reply-en-asks-earlier-years', 'gmail', 'Sanne de Vries', 's.de.vries@fsw.leidenuniv.nl',
      'Re: ' + SUBJ_DATA % 3204, T('''
        Dear PST team,

        Many thanks for the sawah tables. Would it also be possible to receive the same series for 2000-2009? Scans of older Jembrana Dalam Angka editions would be fine too.

        Best,
        Sanne
        '''), kind='reply', name='Sanne', req=True, lang='en', ticket='PST-2026-03204',
      quote=gq(DELIV_EN % 3204), **rp(3204), **F)

    C('f32-reply-thunderbird-bottom-adds-education-indicators', 'thunderbird', 'I Komang Arta Wiguna',
      'arta.wiguna@warmadewa.ac.id', 'Re: ' + SUBJ_ACK % 3205,
      tq(ACK % (3205, 'Dr. I Komang Arta Wiguna', 'Universitas Warmadewa',
                'IPM, kemiskinan, gini ratio, PDRB per kapita 2012-2025')) + '\n\n' + T('''
        Terima kasih atas konfirmasinya. Bila memungkinkan, mohon ditambahkan juga rata-rata lama sekolah dan harapan lama sekolah menurut jenis kelamin untuk periode yang sama.

        Salam,
        Komang Arta
        '''), kind='reply', name='Komang Arta', req=True, ticket='PST-2026-03205', **rp(3205), **F)

    C('f32-reply-new-mail-ticket-in-body-status', 'gmail', 'Markus K', 'markuskambuaya@icloud.com',
      'Menanyakan permintaan data kelapa', T('''
        Selamat pagi bapa ibu, sy mau tanya permintaan data sy dengan nomor tiket PST-2026-03206 sudah sampai mana? sy belum terima email lagi sejak minggu lalu. trima kasih.

        Markus Kambuaya
        '''), kind='reply', name='Markus Kambuaya', req=False, ticket='PST-2026-03206', **F)

    C('f32-reply-yahoo-sends-letter-photo', 'yahoo', 'Sugiyanti', 'kwtmelatiasri.gmk@gmail.com',
      'Re: ' + SUBJ_LETTER % 3207, T('''
        Selamat siang, ini saya kirimkan foto surat dari kelompok kami yang sudah ditandatangani dan diketahui lurah. Mohon maaf fotonya agak miring. Terima kasih.

        Sugiyanti
        '''), kind='reply', name='Sugiyanti', req=False, ticket='PST-2026-03207', quote=yq(LETTER_ID % 3207),
      attachments=[JPG('surat kwt melati asri.jpg')], **rp(3207), **F)

    C('f32-reply-android-balinese-thanks-pekaseh', 'plain', 'Wayan Darsana', 'wayandarsana65@gmail.com',
      'Re: ' + SUBJ_DATA % 3208, T('''
        Suksma pisan Bapak/Ibu, datane sampun tiang terima. Jagi anggen proposal subak.

        I Wayan Darsana
        Pekaseh Subak Yeh Santang

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='I Wayan Darsana', inst='Subak Yeh Santang', req=False, ticket='PST-2026-03208',
      quote=aq(DELIV_ID % 3208), **rp(3208), **F)

    C('f32-reply-outlook-identity-form-lines', 'outlook', 'Kartini Made', 'kartini.diskopdag@jembranakab.go.id',
      'RE: ' + SUBJ_ASK % 3209, T('''
        Selamat siang,

        Berikut kami lengkapi:
        Nama     : Ni Made Ayu Kartini
        Instansi : Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Jembrana
        Jabatan  : Analis Kebijakan Ahli Pertama

        Terima kasih.
        '''), kind='reply', name='Ni Made Ayu Kartini',
      inst='Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Jembrana', req=False, ticket='PST-2026-03209',
      quote=oq(ASK, 'Kartini Made <kartini.diskopdag@jembranakab.go.id>', SUBJ_ASK % 3209, 'id'), **rp(3209), **F)

    C('f32-reply-html-only-asks-youth-unemployment', 'html_only', 'Redaksi Suara Jagat Bali', 'redaksi@suarajagatbali.com',
      'Re: ' + SUBJ_DATA % 3210, T('''
        Terima kasih, datanya sudah kami terima.

        Satu lagi: apakah ada angka pengangguran menurut jenis kelamin dan kelompok umur untuk 2025? Kami ingin menyorot pengangguran usia muda.

        Salam,
        Komang Juliarta
        Suara Jagat Bali
        '''), kind='reply', name='Komang Juliarta', inst='Suara Jagat Bali', req=True, ticket='PST-2026-03210',
      quote=gq(DELIV_ID % 3210, 'id'), **rp(3210), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f32-rating-kasih-lima-code-switch', 'gmail', 'Jessica Tanoto', 'jessica.tanoto@apps.ipb.ac.id',
      'Re: ' + SUBJ_RATE % 3221, T('''
        Halo, saya kasih 5 ya. Super responsif dan datanya langsung dalam Excel. Thank you!

        Jessica
        '''), kind='rating', rating=5, name='Jessica', req=False, ticket='PST-2026-03221',
      quote=gq(RATE_ID % 3221, 'id'), **rp(3221), **F)

    C('f32-rating-outlook-empat-in-brackets-bank', 'outlook', 'Anak Agung Ngurah Bagus Mahendra',
      'agungmahendra@bpdbali.co.id', 'RE: ' + SUBJ_RATE % 3222, T('''
        Selamat sore,

        Kami memberikan nilai 4 (empat). Data lengkap, hanya saja NTP bulanan baru kami terima setelah konfirmasi ulang.

        Hormat kami,

        Anak Agung Ngurah Bagus Mahendra
        Analis Kredit
        PT Bank Pembangunan Daerah Bali Kantor Cabang Negara
        '''), kind='rating', rating=4, name='Anak Agung Ngurah Bagus Mahendra',
      inst='PT Bank Pembangunan Daerah Bali Kantor Cabang Negara', req=False, ticket='PST-2026-03222',
      quote=oq(RATE_ID % 3222, 'Anak Agung Ngurah Bagus Mahendra <agungmahendra@bpdbali.co.id>', SUBJ_RATE % 3222, 'id'),
      **rp(3222), **F)

    C('f32-rating-iphone-five-stars-no-name', 'iphone', 'Dinda', 'dindamaharani.07@icloud.com', 'Re: ' + SUBJ_RATE % 3223, T('''
        ⭐⭐⭐⭐⭐ mantap kak

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-03223', quote=iq(RATE_ID % 3223), **rp(3223), **F)

    C('f32-rating-en-three-slash-five-slow', 'gmail', 'Ravi Menon', 'ravi.menon.habitat@gmail.com', 'Re: ' + SUBJ_RATE % 3224, T('''
        Hi,

        3/5. The staff were helpful, but it took nine working days and the kelurahan tables had to be requested twice.

        Regards,
        Ravi Menon
        '''), kind='rating', rating=3, name='Ravi Menon', req=False, lang='en', ticket='PST-2026-03224',
      quote=gq(RATE_EN % 3224), **rp(3224), **F)

    C('f32-rating-yahoo-empat-words', 'yahoo', 'Lie Siu Fong', 'siufong.lie@yahoo.com', 'Re: ' + SUBJ_RATE % 3225, T('''
        Saya beri nilai empat. Petugasnya ramah dan menjelaskan dengan sabar, tapi data harga tanah ternyata memang tidak ada di BPS.

        Terima kasih.
        Lie Siu Fong
        '''), kind='rating', rating=4, name='Lie Siu Fong', req=False, ticket='PST-2026-03225',
      quote=yq(RATE_ID % 3225), **rp(3225), **F)

    C('f32-rating-android-caps-two-no-name', 'plain', 'NYOMAN RENDI', 'nyomanrendi72@gmail.com', 'Re: ' + SUBJ_RATE % 3226, T('''
        NILAI 2. DATANYA TELAT, GABAH SUDAH TERLANJUR SAYA JUAL.

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=2, req=False, ticket='PST-2026-03226', quote=aq(RATE_ID % 3226), **rp(3226), **F)

    C('f32-rating-html-only-one-journalist', 'html_only', 'Stefanus Bria', 'stefanus.bria@tempo.co.id',
      'Re: ' + SUBJ_RATE % 3227, T('''
        Nilai 1. Artikel saya terbit tanpa data dari BPS karena jawaban baru datang seminggu setelah tenggat. Sangat tidak puas.

        Stefanus Bria
        '''), kind='rating', rating=1, name='Stefanus Bria', req=False, ticket='PST-2026-03227',
      quote=gq(RATE_ID % 3227, 'id'), **rp(3227), **F)

    C('f32-rating-new-mail-dates-before-score', 'thunderbird', 'Luh Gede Sri Wahyuni', 'sriwahyuni.dinsos@jembranakab.go.id',
      'Penilaian layanan PST-2026-03228', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Menjawab permintaan penilaian atas tiket PST-2026-03228 yang kami terima tanggal 20 November, untuk layanan konsultasi tanggal 17 November kami memberi nilai 5. Penjelasan tentang ukuran sampel sangat jelas.

        Salam,
        Luh Gede Sri Wahyuni
        Dinas Sosial Kabupaten Jembrana
        '''), kind='rating', rating=5, name='Luh Gede Sri Wahyuni', inst='Dinas Sosial Kabupaten Jembrana', req=False,
      ticket='PST-2026-03228', **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f32-complaint-outlook-kabupaten-instead-of-kecamatan', 'outlook', 'Hendrawan Wijaya', 'hendrawan@sumberrejekiabadi.co.id',
      'RE: ' + SUBJ_DATA % 3231, T('''
        Selamat siang,

        Kami minta data per kecamatan, yang dikirim hanya angka total kabupaten. Sudah dua minggu kami menunggu dan hasilnya tidak sesuai permintaan. Mohon lebih diperhatikan.

        Hendrawan Wijaya
        CV Sumber Rejeki Abadi
        '''), kind='complaint', name='Hendrawan Wijaya', inst='CV Sumber Rejeki Abadi', req=False,
      ticket='PST-2026-03231',
      quote=oq(DELIV_ID % 3231, 'Hendrawan Wijaya <hendrawan@sumberrejekiabadi.co.id>', SUBJ_DATA % 3231, 'id'),
      **rp(3231), **F)

    C('f32-complaint-no-answer-ticket-in-body', 'gmail', 'Dewi Anggraini', 'dewianggraini@student.ub.ac.id',
      'Belum ada tanggapan', T('''
        Selamat pagi,

        Saya ingin menyampaikan keberatan. Sudah delapan hari kerja sejak permintaan saya tercatat dengan nomor tiket PST-2026-03232, tetapi belum ada jawaban sama sekali, padahal di website tertulis paling lambat tiga hari kerja. Telepon kantor juga tidak diangkat.

        Dewi Anggraini
        Universitas Brawijaya
        '''), kind='complaint', name='Dewi Anggraini', inst='Universitas Brawijaya', req=False,
      ticket='PST-2026-03232', **F)

    C('f32-complaint-suggestion-village-tables-excel-yahoo', 'yahoo', 'bambang supri', 'bambangsupri_smk@yahoo.co.id',
      'Saran untuk website BPS Jembrana', T('''
        Selamat siang,

        Sekadar saran: tabel-tabel per desa di website BPS Jembrana saat ini hanya tersedia dalam bentuk PDF hasil pindaian, sehingga guru seperti saya harus mengetik ulang angkanya satu per satu. Alangkah baiknya bila disediakan juga versi Excel atau CSV.

        Terima kasih.

        Bambang Supriyadi
        SMK Negeri 1 Melaya
        '''), kind='complaint', name='Bambang Supriyadi', inst='SMK Negeri 1 Melaya', req=False, **F)

    C('f32-complaint-en-latin1-english-site-down', 'latin1', 'Søren Højgaard', 'soren.hojgaard@ku.dk',
      'English website not working', T('''
        Dear BPS Jembrana,

        For more than a week the English version of your website has only shown an empty page, and the "Publication" links lead to an error. For foreign researchers like me this makes your statistics almost impossible to use. I hope this can be fixed soon.

        Best regards,
        Søren Højgaard
        Department of Anthropology, University of Copenhagen
        '''), kind='complaint', name='Søren Højgaard', inst='University of Copenhagen', req=False, lang='en', **F)

    C('f32-complaint-anon-front-desk-plain', 'plain', 'warga jembrana', 'wargajbr.anon@gmail.com', 'pelayanan tidak ramah', T('''
        Selamat siang. Kemarin saya datang ke kantor BPS jam 11 untuk minta data, petugas di depan sibuk main HP dan menjawab ketus, bilang "cari saja di internet". Saya sudah jauh-jauh datang dari Pekutatan. Tolong petugasnya dibina supaya lebih ramah kepada masyarakat.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', req=False, **F)

    C('f32-complaint-iphone-enumerator-dog-gate', 'iphone', 'Wulan', 'kadekwulansari@icloud.com', 'komplain petugas survei', T('''
        Sore, sy Ni Kadek Wulan Sari, warga Banjar Munduk Tengah. Sy mau komplain, petugas survei yg dtg ke rumah sy kemarin masuk pekarangan tanpa permisi, pintu gerbang dibiarkan terbuka sampai anjing sy lepas ke jalan. Mohon petugasnya diingatkan ya. Makasih

        Dikirim dari iPhone saya
        '''), kind='complaint', name='Ni Kadek Wulan Sari', req=False, **F)

    C('f32-complaint-html-only-letter-demanded-again', 'html_only', 'Putu Rika', 'putu.rika.a@gmail.com',
      'Re: ' + SUBJ_LETTER % 3237, T('''
        Mohon maaf, kenapa untuk data yang sudah dipublikasikan di website pun saya tetap diminta surat pengantar? Ini sudah kedua kalinya saya diminta surat, padahal kemarin saya sudah mengirim KTM. Prosedurnya terasa berbelit untuk mahasiswa.

        Putu Rika Andayani
        '''), kind='complaint', name='Putu Rika Andayani', req=False, ticket='PST-2026-03237',
      quote=gq(LETTER_ID % 3237, 'id'), **rp(3237), **F)

    C('f32-complaint-suggestion-replies-land-in-spam', 'thunderbird', 'Kadek Dwi Pranata', 'kadekdwipranata@pohsanten.desa.id',
      'Usul: email dari pst5101 selalu masuk spam', T('''
        Selamat pagi,

        Saya Kadek Dwi Pranata, operator sistem informasi di Kantor Perbekel Desa Pohsanten. Ingin memberi masukan: setiap email balasan dari pst5101@bps.go.id masuk ke folder spam di akun kami, sehingga beberapa kali kami terlambat membaca jawaban. Mungkin pengaturan SPF/DKIM di server BPS perlu diperiksa. Akan lebih baik juga bila nomor tiket dikirim lewat SMS atau WhatsApp.

        Terima kasih.
        Kadek Dwi Pranata
        '''), kind='complaint', name='Kadek Dwi Pranata', inst='Kantor Perbekel Desa Pohsanten', req=False, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f32-ooo-outlook-id-patrol-headers', 'outlook', 'Yohanes Kristianto', 'yohanes.kristianto@menlhk.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 3241, T('''
        Terima kasih atas surel Anda.

        Saya sedang melaksanakan patroli kawasan hingga 4 Desember 2026 dengan akses internet terbatas. Untuk keperluan mendesak, silakan menghubungi Seksi Pengelolaan Taman Nasional Wilayah I.

        Salam lestari,
        Yohanes Kristianto
        '''), kind='auto_reply', req=False, ticket='PST-2026-03241',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3241), **F)

    C('f32-ooo-en-gmail-fieldwork-xautoreply', 'gmail', 'Sanne de Vries', 's.de.vries@fsw.leidenuniv.nl',
      'Out of office: ' + SUBJ_DATA % 3242, T('''
        Thank you for your message. I am doing fieldwork in Bali until 15 January 2027 and will read email only occasionally. I will get back to you as soon as I can.

        Sanne de Vries
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03242',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(3242), **F)

    C('f32-ooo-yahoo-coop-body-only-no-headers', 'yahoo', 'Koperasi Segara Windu', 'kopsegarawindu@gmail.com',
      'Re: ' + SUBJ_ACK % 3243, T('''
        PESAN OTOMATIS

        Terima kasih telah menghubungi Koperasi Nelayan Segara Windu. Email Anda sudah kami terima dan akan dibalas pada hari kerja (Senin-Jumat, 08.00-15.00 WITA).
        '''), kind='auto_reply', req=False, ticket='PST-2026-03243', **rp(3243), **F)

    C('f32-ooo-helpdesk-own-incident-number', 'plain', 'Helpdesk Diskominfo Jembrana', 'helpdesk@jembranakab.go.id',
      '[#INC-88124] Re: ' + SUBJ_ACK % 3244, T('''
        Yth. Pengguna,

        Pesan Anda telah tercatat dalam sistem helpdesk kami dengan nomor INC-88124. Tim kami akan merespons dalam 2x24 jam kerja. Mohon tidak membalas email ini.

        Helpdesk Diskominfo Kabupaten Jembrana
        (pesan ini dibuat secara otomatis)
        '''), kind='auto_reply', req=False, ticket='PST-2026-03244',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(3244), **F)

    C('f32-ooo-en-embassy-mailbox-no-longer-monitored', 'outlook', 'Janssen, Pieter', 'pieter.janssen@minbuza.nl',
      'Automatic reply: ' + SUBJ_DATA % 3245, T('''
        Thank you for your message. As of 1 November 2026 I have left the Embassy and this mailbox is no longer monitored. Please send your message to the Economic Department at jak-ea@minbuza.nl.
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03245',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3245), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f32-dsn-postfix-gmail-user-unknown', dict(
        recipient='markus.kambuaya@gmail.com', original_message_id=OUR(3251, 'c07d5a19'),
        orig_subject=SUBJ_DATA % 3251, status='5.1.1'), 'PST-2026-03251', **F)

    D('f32-dsn-campus-indonesian-account-disabled', dict(
        recipient='2108511034@student.unud.ac.id', original_message_id=OUR(3252, 'c07d5a19'),
        orig_subject=SUBJ_ACK % 3252, status='5.2.1', mta='mail.unud.ac.id',
        **{'from': 'Administrator Surel <postmaster@unud.ac.id>',
           'subject': 'Surat tidak dapat dikirim: ' + SUBJ_ACK % 3252,
           'text': ('Pemberitahuan otomatis dari server surel.\n\n'
                    'Surat Anda tidak dapat disampaikan kepada penerima berikut:\n\n'
                    '    2108511034@student.unud.ac.id\n\n'
                    'Alasan: akun penerima telah dinonaktifkan (masa studi berakhir).\n'
                    '550 5.2.1 Mailbox disabled, not accepting messages')}),
      'PST-2026-03252', lang='id', **F)

    D('f32-dsn-exim-delayed-warning', dict(
        recipient='ntthuha@vnua.edu.vn', original_message_id=OUR(3253, 'c07d5a19'),
        orig_subject=SUBJ_DATA % 3253, status='4.4.1', action='delayed',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mx.bps.go.id>',
           'subject': 'Warning: message 1vKz3Q-0007Lm-2d delayed 24 hours',
           'text': ('This message was created automatically by mail delivery software.\n'
                    'A message that you sent has not yet been delivered to one or more of its\n'
                    'recipients after more than 24 hours on the queue on mx.bps.go.id.\n\n'
                    'The address to which the message has not yet been delivered is:\n\n'
                    '  ntthuha@vnua.edu.vn\n'
                    '    host mail.vnua.edu.vn [203.162.0.45]\n'
                    '    Connection timed out\n\n'
                    'No action is required on your part. Delivery attempts will continue for\n'
                    'some time, and this warning may be repeated at intervals if the message\n'
                    'remains undelivered. Eventually the mail delivery software will give up,\n'
                    'and when that happens, the message will be returned to you.')}),
      'PST-2026-03253', **F)

    D('f32-dsn-o365-rejected-by-policy', dict(
        recipient='maria.seran@lbhapikbali.or.id', original_message_id=OUR(3254, 'c07d5a19'),
        orig_subject=SUBJ_RATE % 3254, status='5.7.1', mta='lbhapikbali.or.id',
        **{'from': 'Microsoft Outlook <postmaster@lbhapikbali.or.id>',
           'subject': 'Undeliverable: ' + SUBJ_RATE % 3254,
           'text': ("Delivery has failed to these recipients or groups:\n\n"
                    'maria.seran@lbhapikbali.or.id\n'
                    "Your message wasn't delivered because the recipient's email provider rejected it.\n\n"
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: SG2PR04MB3285.apcprd04.prod.outlook.com\n'
                    'maria.seran@lbhapikbali.or.id\n'
                    "Remote Server returned '550 5.7.1 Message rejected by the recipient's organization policy'")}),
      'PST-2026-03254', **F)
