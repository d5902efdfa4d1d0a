# corpus_fresh23.py: a twenty-third batch, written blind by another independent author who saw neither the parser nor its results (set "fresh23"; tickets PST-2026-023xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh23')

    # Our own mails, as the requesters see them quoted below their answers.
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    SUBJ_CONS = '[PST-2026-%05d] Jadwal konsultasi statistik'
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
    CONS_ID = ('Yth. Bapak/Ibu,\n\nMenindaklanjuti permohonan konsultasi Bapak/Ibu (tiket PST-2026-%05d), kami '
               'jadwalkan konsultasi pada hari Rabu, 2 Desember 2026 pukul 10.00 WITA di ruang PST BPS Kabupaten '
               'Jembrana.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iq(text, lang='id'):
        """Apple Mail on an iPhone."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 08.41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 08:41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Thunderbird, Indonesian locale."""
        return 'Pada 25/11/2026 08.41, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Gmail for Android, Indonesian."""
        return ('Pada Rab, 25 Nov 2026 08.41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '5d27c0a9'), references=[OUR(n, '5d27c0a9')])

    # ================================================================================================
    # New requests: universities and research bodies in Indonesia
    # ================================================================================================
    C('f23-req-unmas-lppm-letter-pasted', 'gmail', 'LPPM Unmas Denpasar', 'lppm.unmas.dps@gmail.com',
      'Permohonan Data Sekunder Penelitian Hibah Internal 2026', T('''
        Nomor    : 318/LPPM-UNMAS/XI/2026
        Lampiran : 1 (satu) berkas
        Hal      : Permohonan data sekunder

        Kepada Yth.
        Kepala Badan Pusat Statistik Kabupaten Jembrana
        di tempat

        Om Swastyastu,

        Dengan hormat, sehubungan dengan pelaksanaan penelitian hibah internal Universitas Mahasaraswati Denpasar tahun anggaran 2026 dengan judul "Alih Fungsi Lahan Sawah dan Ketahanan Pangan Rumah Tangga Petani di Kabupaten Jembrana", bersama ini kami memohon bantuan data sebagai berikut:

        1. luas lahan sawah menurut kecamatan tahun 2015-2025;
        2. jumlah rumah tangga usaha pertanian subsektor tanaman pangan hasil ST2013 dan ST2023;
        3. rata-rata pengeluaran per kapita untuk makanan menurut kelompok komoditas, 2020-2025.

        Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Ketua LPPM,

        Dr. Ir. Anak Agung Ngurah Mayun Wirajaya, M.P.
        NIDN 0812067001
        '''), name='Dr. Ir. Anak Agung Ngurah Mayun Wirajaya', inst='Universitas Mahasaraswati Denpasar', **F)

    C('f23-req-unand-minang-lowercase-chat', 'gmail', 'rezky fadli', 'rezkyfadli.ekp20@gmail.com', 'izin bertanya data', T('''
        assalamualaikum wr wb pak buk, maaf mengganggu

        sy rezky fadli mhs unand padang, lg nyusun skripsi ttg ketimpangan pendapatan antar kabupaten di bali dan sumbar. ambo butuh data gini ratio kabupaten jembrana 2015 sampai 2025 sama pdrb per kapita nya pak buk. kalau bisa dlm bentuk excel

        tarimo kasih banyak pak buk 🙏
        wassalam
        '''), name='rezky fadli', inst='unand padang', **F)

    C('f23-req-banjar-student-prodi-only', 'gmail', 'Muhammad Noor Hidayat', 'mnoorhidayat.agb@gmail.com',
      'Permohonan data harga komoditas perkebunan', T('''
        Assalamualaikum wr. wb.

        Yth. Bapak/Ibu di BPS Kabupaten Jembrana,

        Ulun Muhammad Noor Hidayat, mahasiswa semester 7 Program Studi Agribisnis Fakultas Pertanian, sedang menyusun proposal skripsi mengenai marjin pemasaran kelapa dalam. Ulun mohon bantuan data produksi kelapa per kecamatan di Kabupaten Jembrana dan harga kopra di tingkat petani per bulan tahun 2023-2025.

        Terima kasih banyak atas bantuannya.

        Wassalamualaikum wr. wb.
        Muhammad Noor Hidayat
        '''), name='Muhammad Noor Hidayat', **F)

    C('f23-req-unair-doctor-signature-only', 'gmail', 'Retno Wulandari', 'retno.wulandari@fk.unair.ac.id',
      'Data stunting dan sanitasi Kabupaten Jembrana', T('''
        Selamat pagi,

        Mohon bantuan data Kabupaten Jembrana untuk penelitian kami tentang determinan stunting di kabupaten pesisir:

        1. prevalensi balita stunting per kecamatan, 2021-2025 (bila BPS memilikinya);
        2. persentase rumah tangga dengan akses air minum layak dan sanitasi layak, 2021-2025;
        3. rata-rata lama sekolah perempuan usia 15-49 tahun.

        Terima kasih atas perhatiannya.

        Salam,

        dr. Retno Wulandari, M.Kes., Ph.D.
        Departemen Ilmu Kesehatan Masyarakat
        Fakultas Kedokteran Universitas Airlangga
        Surabaya
        '''), name='dr. Retno Wulandari', inst='Universitas Airlangga', **F)

    C('f23-req-undip-no-punctuation-typos', 'gmail', 'Rizal Akbar', 'rizalmaulanaakbar02@gmail.com', 'minta data', T('''
        slmt siang pak bu sy Rizal Maulana Akbar mhsw undip jursan ekonomi pembangnan smester 6 sy mau mnta data jmlh pengangguran terbuka kab jembrana thn 2018 smpai 2025 sm data upah minimum kabupten utk tgs ekonometrika mksh bnyk pak bu
        '''), name='Rizal Maulana Akbar', inst='undip', **F)

    C('f23-req-uhn-sugriwa-ceremony-spending', 'gmail', 'Sintya Dewi', 'komangsintyadewi@gmail.com',
      'Nunas data pengeluaran upacara', T('''
        Om Swastyastu Bapak/Ibu,

        Titiang Ni Komang Ayu Sintya Dewi, mahasiswi Program Studi Ekonomi Keagamaan, Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar. Titiang sedang menyusun skripsi tentang beban biaya upacara adat terhadap kesejahteraan rumah tangga Hindu di Kabupaten Jembrana.

        Titiang nunas bantuan data:
        1. rata-rata pengeluaran per kapita sebulan untuk keperluan pesta dan upacara/kenduri, Kabupaten Jembrana 2019-2025;
        2. jumlah penduduk beragama Hindu per kecamatan tahun terbaru.

        Angayubagia lan suksma pisan atas bantuannya.

        Om Santih, Santih, Santih Om

        Sintya
        '''), name='Ni Komang Ayu Sintya Dewi', inst='Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar', **F)

    C('f23-req-brin-researcher-trailing-acronym', 'outlook', 'Aditya Wicaksono', 'adit015@brin.go.id',
      'Permohonan data mobilitas penduduk Jembrana', T('''
        Yth. Bapak/Ibu,

        Saya Aditya Wicaksono, peneliti pada Badan Riset dan Inovasi Nasional (BRIN). Tim kami sedang mengkaji mobilitas ulang-alik (commuting) pekerja antara Jawa Timur dan Bali melalui Pelabuhan Ketapang-Gilimanuk.

        Kami memohon data Kabupaten Jembrana:
        a. jumlah penduduk yang bekerja di luar kabupaten (komuter) menurut kabupaten tujuan, dari SP2020 Long Form atau Survei Komuter bila ada;
        b. jumlah penduduk bekerja menurut lapangan usaha di Kecamatan Melaya, tahun terbaru.

        Atas perhatiannya kami ucapkan terima kasih.

        Salam,
        Aditya Wicaksono, S.Si., M.Sc.
        Peneliti Ahli Pertama
        Pusat Riset Kependudukan - BRIN
        Gedung Widya Graha, Jl. Jend. Gatot Subroto No. 10, Jakarta
        '''), name='Aditya Wicaksono', inst='Badan Riset dan Inovasi Nasional', **F)

    C('f23-req-ciputra-intro-in-ps-codeswitch', 'iphone', 'Jessica H', 'jessicahalim.uc@icloud.com', 'Data kuliner Jembrana', T('''
        Hi kak, boleh minta data jumlah usaha penyediaan makan minum (restoran, warung, kafe) di Jembrana per kecamatan? plus jumlah wisatawan yang dateng per tahun 2022-2025. It's for my business plan project, rencananya mau bikin konsep cafe di Negara.

        Thank youuu kak 🙏

        btw lupa intro, aku Jessica Halim, mahasiswi entrepreneurship di Universitas Ciputra Surabaya hehe

        Sent from my iPhone
        '''), name='Jessica Halim', inst='Universitas Ciputra Surabaya', **F)

    C('f23-req-intro-subject-only-body-thanks', 'gmail', 'Gek Maharani', 'gekmaharani.undiknas@gmail.com',
      'Permintaan data IPM dan komponennya Kab. Jembrana 2020-2025', T('''
        Selamat siang,

        Saya Ni Luh Gede Ayu Maharani dari Universitas Pendidikan Nasional. Terima kasih sebelumnya.

        Salam,
        Maharani
        '''), name='Ni Luh Gede Ayu Maharani', inst='Universitas Pendidikan Nasional', **F)

    C('f23-req-uksw-docx-form-pointed-at', 'gmail', 'Yohana Trisnawati', 'yohanatrisnawati@student.uksw.edu',
      'Formulir permintaan data', T('''
        Selamat sore Bapak/Ibu PST,

        Saya Yohana Trisnawati dari Universitas Kristen Satya Wacana, Salatiga. Sesuai petunjuk di website, formulir permintaan data sudah saya isi dan saya lampirkan bersama email ini. Rincian data yang saya butuhkan tertulis di formulir tersebut.

        Terima kasih, Tuhan memberkati.

        Yohana
        '''), name='Yohana Trisnawati', inst='Universitas Kristen Satya Wacana',
      attachments=[DOCX('Formulir_Permintaan_Data_Yohana_Trisnawati.docx')], **F)

    C('f23-req-dhyana-pura-vague-consultation', 'gmail', 'Gede Wahyu Pratama', 'wahyupratama.undhira@gmail.com',
      'Konsultasi', T('''
        Selamat pagi Pak/Bu,

        Saya I Gede Wahyu Pratama dari Universitas Dhyana Pura. Saya mau konsultasi dengan petugas BPS. Kira-kira kapan ada waktu ya Pak/Bu?

        Terima kasih.
        '''), name='I Gede Wahyu Pratama', inst='Universitas Dhyana Pura', req=False, **F)

    C('f23-req-forward-own-mail-wrong-address', 'gmail', 'Endah Purwaningsih', 'endah.purwaningsih@ums.ac.id',
      'Fwd: Permohonan data ketenagakerjaan perempuan Jembrana', T('''
        Selamat siang,

        Mohon maaf, email di bawah ini minggu lalu ternyata saya kirim ke alamat yang keliru. Saya teruskan kembali ke alamat PST, mohon dapat dibantu.

        Terima kasih.

        ---------- Forwarded message ---------
        From: Endah Purwaningsih <endah.purwaningsih@ums.ac.id>
        Date: Tue, Nov 17, 2026 at 10:22 AM
        Subject: Permohonan data ketenagakerjaan perempuan Jembrana
        To: <bps5101@bps.go.id>


        Yth. Bapak/Ibu,

        Saya Endah Purwaningsih, dosen Program Studi Ekonomi Pembangunan, Fakultas Ekonomi dan Bisnis Universitas Muhammadiyah Surakarta. Saya sedang meneliti partisipasi kerja perempuan di sektor pariwisata dan perikanan. Mohon bantuan data tingkat partisipasi angkatan kerja (TPAK) perempuan Kabupaten Jembrana 2015-2025 dan penduduk perempuan bekerja menurut lapangan usaha.

        Matur nuwun.

        Endah Purwaningsih, S.E., M.Si.
        '''), name='Endah Purwaningsih', inst='Universitas Muhammadiyah Surakarta', **F)

    C('f23-req-latin1-madrid-complutense', 'latin1', 'José María Echeverría', 'jmecheverria@ucm.es',
      'Request for fisheries and tourism data (Jembrana)', T('''
        Dear Sir or Madam,

        My name is José María Echeverría and I am an associate professor of Human Geography at the Universidad Complutense de Madrid. Next spring I will lead a small field course in western Bali and I would like to prepare some background material for my students.

        Could you kindly provide:
        - total fish landings in Jembrana by year, 2010-2025;
        - number of foreign and domestic guests in accommodation establishments, 2015-2025;
        - population by kecamatan from the 2020 census.

        Muchas gracias in advance. I apologise for writing in English.

        Best regards,
        José María Echeverría
        Departamento de Geografía
        Universidad Complutense de Madrid
        '''), name='José María Echeverría', inst='Universidad Complutense de Madrid', lang='en', **F)

    # ================================================================================================
    # New requests: abroad, embassies, international organisations
    # ================================================================================================
    C('f23-req-en-leiden-phd-gmail', 'gmail', 'Maarten van der Heijden', 'm.van.der.heijden@hum.leidenuniv.nl',
      'Data request: colonial-era and modern census figures for Jembrana', T('''
        Dear colleagues at BPS Jembrana,

        I am Maarten van der Heijden, a PhD candidate at the Leiden Institute for Area Studies, Leiden University. My project traces settlement history in western Bali from the late colonial period to today, including Javanese, Bugis and Madurese communities along the coast.

        I would be very grateful for:
        1. population by kecamatan and by desa from the 1971, 1980, 1990, 2000, 2010 and 2020 censuses (whatever is still available);
        2. population by religion and by kecamatan, 2020;
        3. any publication listing desa boundary changes since 1980.

        Printed copies are also fine; I will be in Negara in February.

        With kind regards,
        Maarten van der Heijden
        '''), name='Maarten van der Heijden', inst='Leiden University', lang='en', **F)

    C('f23-req-en-kyoto-surname-capitals', 'outlook', 'KOBAYASHI Aiko', 'kobayashi.aiko.8x@kyoto-u.ac.jp',
      'Inquiry about rice farming households in Jembrana', T('''
        Dear Sir/Madam,

        My name is Aiko Kobayashi. I am a researcher at the Center for Southeast Asian Studies, Kyoto University. I have been studying subak irrigation in Tabanan for several years and now want to extend the study to Jembrana.

        May I ask for the following data?
        - number of rice-farming households by desa (ST2023);
        - harvested area of paddy by kecamatan and season, 2018-2025;
        - age structure of farmers (ST2023).

        I am sorry for the trouble and thank you very much in advance.

        Sincerely yours,
        KOBAYASHI Aiko, Ph.D.
        Center for Southeast Asian Studies
        Kyoto University
        '''), name='Aiko Kobayashi', inst='Kyoto University', lang='en', **F)

    C('f23-req-en-nus-public-policy', 'gmail', 'Priya Raghunathan', 'priya.r@u.nus.edu',
      'Village fund and poverty statistics - Jembrana Regency', T('''
        Hello,

        I'm writing from Singapore. I'm Priya Raghunathan, a Master in Public Policy student at the Lee Kuan Yew School of Public Policy, National University of Singapore. For my policy analysis exercise I am looking at how village funds (Dana Desa) have been used in Bali.

        Could BPS Jembrana share:
        - the percentage of poor people in Jembrana, 2015-2025;
        - the number of desa by Podes status of infrastructure (roads, clean water), 2018 and 2024;
        - village-level population figures for 2025.

        Thanks so much for your help!

        Best,
        Priya
        '''), name='Priya Raghunathan', inst='National University of Singapore', lang='en', **F)

    C('f23-req-en-netherlands-embassy-outlook', 'outlook', 'Jansen, Femke', 'femke.jansen@minbuza.nl',
      'Request for statistics on aquaculture and fisheries exports', T('''
        Dear BPS Jembrana,

        I am a policy officer for agriculture and fisheries at the Embassy of the Kingdom of the Netherlands. We are preparing a short market scan on shrimp and fish processing in Bali for Dutch companies interested in cold-chain investments.

        We would appreciate the following figures for Jembrana Regency:
        1. aquaculture production by commodity (vannamei shrimp, milkfish), 2019-2025;
        2. number of large and medium fish-processing establishments and their workforce;
        3. capture fisheries production landed at Pengambengan, 2019-2025.

        Kind regards,

        Femke Jansen
        Policy Officer Agriculture & Fisheries
        Embassy of the Kingdom of the Netherlands
        Jl. H.R. Rasuna Said Kav. S-3, Jakarta 12950

        This e-mail may contain information that is not intended for you. If you are not the addressee or if this message was sent to you by mistake, you are requested to inform the sender and delete the message.
        '''), name='Femke Jansen', inst='Embassy of the Kingdom of the Netherlands', lang='en', **F)

    C('f23-req-en-fao-consultant-ghanaian', 'gmail', 'Emmanuel Osei-Bonsu', 'e.oseibonsu.fao@gmail.com',
      'Fish value chain data - Jembrana', T('''
        Good day,

        I'm Dr. Emmanuel Osei-Bonsu, fisheries value-chain consultant working for the FAO Representation in Indonesia. I am helping the Bali provincial fisheries office to design a post-harvest loss study, and Jembrana, with the Pengambengan landing site, is one of the locations.

        I would need:
        - monthly landings by species at Pengambengan, 2020-2025;
        - number of household-scale fish-processing businesses by desa;
        - the number of fishers by kecamatan.

        Thank you very much for your kind support.

        Emmanuel
        '''), name='Dr. Emmanuel Osei-Bonsu', inst='FAO Representation in Indonesia', lang='en', **F)

    C('f23-req-en-australian-consulate-bali', 'outlook', 'Hannah McKenzie', 'hannah.mckenzie@dfat.gov.au',
      'Economic indicators for Jembrana - Consulate reporting', T('''
        Dear PST team,

        My name is Hannah McKenzie and I work in the economic section of the Australian Consulate-General Bali. We are preparing a brief on the economic outlook of the regencies outside the main tourism belt, and we would like to use official figures for Jembrana.

        Specifically:
        - GRDP growth and GRDP by industry, 2019-2025;
        - open unemployment rate, 2019-2025;
        - poverty rate, 2019-2025.

        If any of these are already on your website, a link would be perfectly fine.

        Many thanks,
        Hannah

        Hannah McKenzie | Economic Officer
        Australian Consulate-General Bali
        '''), name='Hannah McKenzie', inst='Australian Consulate-General Bali', lang='en', **F)

    C('f23-req-en-mangrove-network-filipina', 'gmail', 'Rosa Villanueva', 'rosa@mangroveaction-asia.org',
      'Coastal village data for mangrove restoration proposal', T('''
        Hi!

        This is Rosa Villanueva from Mangrove Action Network Asia, a regional NGO based in Iloilo, Philippines. We are partnering with a village group in Perancak to restore abandoned shrimp ponds back into mangroves, and our proposal needs a few official numbers:

        * population and households of Desa Perancak and Desa Budeng, latest year;
        * area of brackish-water ponds (tambak) in Kecamatan Jembrana, 2015-2025;
        * number of households working in aquaculture in the same kecamatan.

        Salamat po and thank you!

        Rosa Villanueva
        Programme Coordinator
        Mangrove Action Network Asia
        '''), name='Rosa Villanueva', inst='Mangrove Action Network Asia', lang='en', **F)

    C('f23-req-vague-en-ngo-explore-partnership', 'gmail', 'Oliver Brandt', 'oliver@greenislandsfund.org',
      'Exploring a partnership', T('''
        Dear BPS Jembrana team,

        I'm Oliver Brandt, co-founder of Green Islands Fund, a small impact-investment foundation based in Copenhagen. We're starting to look at western Bali and would love to explore how we might work together with your office in the coming years. Would you be open to a short call sometime?

        Warm regards,
        Oliver
        '''), name='Oliver Brandt', inst='Green Islands Fund', req=False, lang='en', **F)

    # ================================================================================================
    # New requests: schools
    # ================================================================================================
    C('f23-req-sma-pupil-slang-iphone', 'iphone', 'komang tri', 'komangtriwhy@icloud.com', 'halo kak bps', T('''
        halo kak!! maaf ganggu malem2 😭
        aku Komang Tri Wahyuni kelas XI dari SMAN 2 Negara, lagi ada tugas P5 tema gaya hidup berkelanjutan. kelompok aku butuh data jumlah sampah atau rumah tangga yg buang sampah sembarangan di jembrana gitu kak, trus jumlah penduduk per kecamatan thn 2025
        kalo ga ada yg sampah gpp kak yg penduduk aja udh cukup
        makasii kakk 🫶

        Sent from my iPhone
        '''), name='Komang Tri Wahyuni', inst='SMAN 2 Negara', **F)

    C('f23-req-smk-teacher-yahoo-caps-drs', 'yahoo', 'MADE SUTAMA', 'madesutama.smkpgri@yahoo.co.id', 'PERMOHONAN DATA', T('''
        SELAMAT PAGI BAPAK/IBU

        SAYA DRS. I MADE SUTAMA, GURU PRODUKTIF AKUNTANSI DI SMK PGRI 2 NEGARA. UNTUK BAHAN AJAR MATA PELAJARAN PROJEK KREATIF DAN KEWIRAUSAHAAN, MOHON DIBANTU DATA JUMLAH UMKM DI KABUPATEN JEMBRANA MENURUT JENIS USAHA DAN PDRB PER KAPITA TAHUN 2021-2025.

        TERIMA KASIH

        Dikirim dari Yahoo Mail di Android
        '''), name='DRS. I MADE SUTAMA', inst='SMK PGRI 2 NEGARA', **F)

    C('f23-req-sd-headmaster-letter-attached-only', 'gmail', 'SDN 3 Tegalbadeng Barat', 'sdn3tegalbadengbarat@gmail.com',
      'Surat permohonan data', T('''
        Om Swastyastu,

        Bersama email ini kami kirimkan surat permohonan data dari SD Negeri 3 Tegalbadeng Barat. Mohon kiranya dapat ditindaklanjuti. Atas perhatiannya kami ucapkan terima kasih.

        Kepala Sekolah
        I Putu Gede Sumerta, S.Pd.SD
        '''), name='I Putu Gede Sumerta', inst='SD Negeri 3 Tegalbadeng Barat',
      attachments=[PDF('Surat Permohonan Data SDN 3 Tegalbadeng Barat.pdf')], **F)

    # ================================================================================================
    # New requests: villages and government offices
    # ================================================================================================
    C('f23-req-perbekel-tuwed-numbered-letter', 'outlook', 'Kantor Perbekel Tuwed', 'desatuwed.melaya@gmail.com',
      'Permohonan Data Kependudukan Desa Tuwed', T('''
        Nomor   : 400.12/217/Ds.Twd/XI/2026
        Sifat   : Biasa
        Perihal : Permohonan data

        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Om Swastyastu,

        Dalam rangka pemutakhiran profil desa dan penyusunan RPJMDes perubahan, Pemerintah Desa Tuwed memohon bantuan data sebagai berikut:
        1. jumlah penduduk Desa Tuwed menurut kelompok umur dan jenis kelamin hasil SP2020 dan proyeksi 2025;
        2. jumlah rumah tangga usaha pertanian menurut subsektor di Desa Tuwed (ST2023);
        3. data Podes 2024 Desa Tuwed.

        Demikian kami sampaikan, atas kerja samanya kami ucapkan terima kasih.

        Perbekel Tuwed,

        I Putu Gede Arsana, S.Sos.
        '''), name='I Putu Gede Arsana', inst='Pemerintah Desa Tuwed', **F)

    C('f23-req-kelurahan-pendem-kasi-casual', 'gmail', 'Dewa Ayu Sriasih', 'dewaayusriasih.kelpendem@gmail.com',
      'Minta tolong data penduduk Kel. Pendem', T('''
        Selamat siang Bapak/Ibu BPS 🙏

        Saya Dewa Ayu Putu Sriasih, Kasi Pemerintahan di Kelurahan Pendem. Kami ditagih camat untuk melengkapi profil kelurahan, jadi mau minta tolong data jumlah penduduk dan kepadatan penduduk Kelurahan Pendem tahun 2023, 2024, 2025. Kalau ada juga jumlah penduduk per lingkungan.

        Suksma nggih.
        '''), name='Dewa Ayu Putu Sriasih', inst='Kelurahan Pendem', **F)

    C('f23-req-dinas-koperasi-long-name-outlook', 'outlook', 'Anak Agung Gde Oka Wiradana', 'okawiradana@jembranakab.go.id',
      'Permohonan Data untuk Penyusunan Renstra 2027-2031', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        c.q. Pelayanan Statistik Terpadu

        Dengan hormat,

        Dalam rangka penyusunan Rencana Strategis Perangkat Daerah tahun 2027-2031, kami memerlukan data sebagai berikut:
        1. jumlah usaha mikro, kecil dan menengah menurut kecamatan dan lapangan usaha (hasil SE2016 dan pendataan terbaru);
        2. jumlah koperasi aktif per kecamatan, bila BPS mempunyai datanya;
        3. PDRB kategori C (industri pengolahan) dan G (perdagangan besar dan eceran) ADHB dan ADHK, 2020-2025;
        4. indeks harga konsumen / inflasi yang menjadi rujukan Kabupaten Jembrana, 2022-2026.

        Atas bantuan dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,

        Anak Agung Gde Oka Wiradana, S.E., M.Si.
        Kepala Sub Bagian Perencanaan dan Pelaporan
        Dinas Koperasi, Usaha Mikro, Kecil dan Menengah, Perindustrian dan Perdagangan Kabupaten Jembrana
        Jl. Surapati No. 1, Negara
        '''), name='Anak Agung Gde Oka Wiradana',
      inst='Dinas Koperasi, Usaha Mikro, Kecil dan Menengah, Perindustrian dan Perdagangan Kabupaten Jembrana', **F)

    C('f23-req-dp3ap2kb-child-marriage', 'gmail', 'Wayan Sukreni', 'sukreni.dp3ap2kb@gmail.com',
      'Permohonan data perkawinan usia anak', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Pengelola PST,

        Saya Ni Wayan Sukreni, analis kebijakan pada Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana. Kami tengah menyusun Rencana Aksi Daerah Pencegahan Perkawinan Anak 2027-2029 dan memerlukan data:

        - persentase perempuan usia 20-24 tahun yang menikah sebelum usia 18 tahun, Kabupaten Jembrana 2019-2025;
        - angka partisipasi sekolah usia 16-18 tahun menurut jenis kelamin;
        - jumlah penduduk usia 10-19 tahun per kecamatan, 2025.

        Suksma atas bantuannya.

        Ni Wayan Sukreni, S.Sos., M.AP
        '''), name='Ni Wayan Sukreni',
      inst='Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana',
      **F)

    C('f23-req-bpbd-staff-forwards-disposition', 'outlook', 'Komang Adi Purnawan', 'adipurnawan.bpbd@gmail.com',
      'FW: Disposisi - permohonan data penduduk daerah rawan banjir', T('''
        Selamat pagi Bapak/Ibu,

        Menindaklanjuti disposisi Kepala Pelaksana di bawah, saya Komang Adi Purnawan, staf Bidang Pencegahan dan Kesiapsiagaan pada Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Jembrana, memohon bantuan data jumlah penduduk menurut kelompok umur (balita, lansia) dan jumlah penduduk disabilitas di desa-desa sepanjang DAS Tukad Ijogading dan Tukad Aya, tahun terbaru. Data akan dipakai untuk kajian risiko bencana banjir 2027.

        Terima kasih.

        Komang Adi Purnawan

        -----Original Message-----
        From: Kalak BPBD Jembrana <kalak.bpbd.jembrana@gmail.com>
        Sent: Monday, November 23, 2026 7:48 AM
        To: Komang Adi Purnawan <adipurnawan.bpbd@gmail.com>
        Subject: Disposisi - permohonan data penduduk daerah rawan banjir

        Dik Adi, tolong koordinasi dengan BPS utk data penduduk rentan di desa2 rawan banjir. Segera ya.
        '''), name='Komang Adi Purnawan', inst='Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Jembrana', **F)

    C('f23-req-puskesmas-melaya-bidan-android', 'gmail', 'Ratna Kusumadewi', 'ratnakusumadewi.bidan@gmail.com',
      'Mohon data WUS dan bayi', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Putu Ratna Kusumadewi, A.Md.Keb., bidan koordinator di UPTD Puskesmas I Melaya. Untuk perhitungan sasaran program KIA tahun 2027 kami memerlukan data proyeksi jumlah wanita usia subur (15-49 tahun), ibu hamil dan bayi per desa di Kecamatan Melaya.

        Terima kasih banyak atas bantuannya 🙏

        Dikirim dari perangkat Android saya
        '''), name='Ni Putu Ratna Kusumadewi', inst='UPTD Puskesmas I Melaya', **F)

    C('f23-req-lpd-desa-adat-head', 'yahoo', 'LPD Yehembang', 'lpd.dayehembang@yahoo.com', 'permohonan data ekonomi desa', T('''
        Om Swastyastu.

        Kami dari Lembaga Perkreditan Desa (LPD) Desa Adat Yehembang. Saya I Nyoman Wiratama, kepala LPD. Dalam rangka penyusunan rencana kerja dan anggaran 2027, kami mohon data jumlah penduduk, jumlah rumah tangga, dan mata pencaharian utama penduduk Desa Yeh Embang serta Desa Yeh Embang Kangin, juga inflasi Bali 2026.

        Suksma.

        I Nyoman Wiratama
        Kepala LPD Desa Adat Yehembang
        '''), name='I Nyoman Wiratama', inst='Lembaga Perkreditan Desa (LPD) Desa Adat Yehembang', **F)

    # ================================================================================================
    # New requests: banks, firms, media
    # ================================================================================================
    C('f23-req-bpd-bali-branch-analyst', 'outlook', 'Gusti Putu Agung Wirawan', 'agung.wirawan@bpdbali.id',
      'Permintaan data ekonomi - Bank BPD Bali Cabang Negara', T('''
        Selamat pagi Bapak/Ibu,

        Saya Gusti Putu Agung Wirawan, Analis Bisnis di Bank BPD Bali Cabang Negara. Untuk analisis potensi penyaluran kredit sektor pertanian dan perikanan tahun 2027, kami memerlukan:

        1. PDRB Kabupaten Jembrana menurut lapangan usaha ADHB, 2021-2025;
        2. jumlah rumah tangga usaha pertanian dan perikanan per kecamatan (ST2023);
        3. nilai tukar petani dan nilai tukar nelayan Provinsi Bali, 2023-2026.

        Terima kasih atas kerja samanya.

        Salam,
        Gusti Putu Agung Wirawan
        Analis Bisnis
        Bank BPD Bali Cabang Negara

        Bank BPD Bali berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS. Waspada penipuan yang mengatasnamakan Bank BPD Bali.
        '''), name='Gusti Putu Agung Wirawan', inst='Bank BPD Bali Cabang Negara', **F)

    C('f23-req-ice-factory-chinese-indonesian', 'gmail', 'Stefanus Wijaya', 'stefanus.sinarjaya@gmail.com',
      'Tanya data produksi ikan Pengambengan', T('''
        Selamat sore Pak/Bu,

        Saya Stefanus Wijaya, pemilik CV Sinar Jaya Abadi, pabrik es balok di Pengambengan. Kami berencana menambah kapasitas mesin, jadi perlu tahu tren produksi ikan yang didaratkan di Pengambengan per bulan dari tahun 2019 sampai 2025, dan jumlah kapal penangkap ikan yang aktif.

        Kalau datanya berbayar tolong dikabari, nanti kami urus.

        Terima kasih,
        Stefanus
        '''), name='Stefanus Wijaya', inst='CV Sinar Jaya Abadi', **F)

    C('f23-req-plantation-tbk-english-mix', 'outlook', 'Yohanes Kristianto Liem', 'yohanes.liem@agrokelapa.co.id',
      'Data request - coconut production West Bali', T('''
        Dear Bapak/Ibu,

        Perkenalkan, saya Yohanes Kristianto Liem dari Corporate Planning PT Agro Kelapa Nusantara Tbk. We are currently assessing the feasibility of a desiccated coconut and VCO plant in West Bali, dan Jembrana jadi kandidat utama.

        Mohon dibantu data berikut:
        - coconut planted area & production by kecamatan, 2015-2025;
        - jumlah rumah tangga petani kelapa (ST2023);
        - average farm-gate price kelapa butir dan kopra, 2022-2025.

        Kindly advise if there is any PNBP fee. Thank you.

        Best regards,
        Yohanes K. Liem
        Corporate Planning Manager
        PT Agro Kelapa Nusantara Tbk
        Sahid Sudirman Center Lt. 32, Jakarta

        CONFIDENTIALITY NOTICE: This message is intended only for the named recipient and may contain confidential information.
        '''), name='Yohanes Kristianto Liem', inst='PT Agro Kelapa Nusantara Tbk', **F)

    C('f23-req-news-portal-reporter-iphone', 'iphone', 'Eka Juliantara', 'ekajuliantara.news@gmail.com', 'Konfirmasi data kemiskinan', T('''
        Selamat siang, saya Putu Eka Juliantara, wartawan BaliBaratToday.com. Mau minta data angka kemiskinan Jembrana 2026 yang baru rilis, plus perbandingan dengan kabupaten lain di Bali. Kalau bisa juga ada pernyataan singkat dari kepala BPS untuk berita. Deadline sore ini. Tks.

        Dikirim dari iPhone saya
        '''), name='Putu Eka Juliantara', inst='BaliBaratToday.com', **F)

    C('f23-req-community-radio-talkshow', 'gmail', 'Radio Gema Merta FM', 'gemamertafm@gmail.com',
      'Permohonan data dan narasumber dialog interaktif', T('''
        Om Swastyastu,

        Salam dari Radio Gema Merta FM 98,1 Negara. Saya Ni Made Ayu Wulandari, penyiar dan produser program "Ngobrol Pagi". Pada tanggal 10 Desember kami akan mengangkat tema harga beras dan inflasi menjelang Natal dan Tahun Baru.

        Kami mohon data inflasi bulanan Bali dan harga beras eceran di Jembrana sejak Januari 2026. Bila memungkinkan, kami juga mengundang satu narasumber dari BPS untuk dialog interaktif selama 30 menit.

        Suksma.

        Ayu Wulandari
        Radio Gema Merta FM
        '''), name='Ni Made Ayu Wulandari', inst='Radio Gema Merta FM', **F)

    C('f23-req-minimart-owner-iphone', 'iphone', 'Felicia', 'feliciatanoto88@icloud.com', 'tanya data', T('''
        halo kak selamat siang, aku Felicia Tanoto, pemilik Toko Sumber Rejeki di Gilimanuk. lagi kepikiran buka cabang di Melaya atau Pekutatan, mau liat dulu jumlah penduduk & rumah tangga di 2 kecamatan itu per desa kak. tahun 2025 aja cukup. thank you kak!

        Sent from my iPhone
        '''), name='Felicia Tanoto', inst='Toko Sumber Rejeki', **F)

    C('f23-req-resort-sales-team-no-person', 'gmail', 'Puri Segara Medewi Resort', 'sales@purisegaramedewi.com',
      'Tourism statistics Jembrana - for our 2027 marketing plan', T('''
        Dear Team BPS,

        Greetings from Puri Segara Medewi Resort! Kami sedang menyusun marketing plan 2027 dan butuh data resmi:

        - jumlah tamu asing dan domestik yang menginap di Jembrana per bulan, 2023-2026;
        - TPK hotel bintang dan non-bintang di Jembrana;
        - asal negara tamu asing, kalau tersedia.

        Terima kasih banyak.

        Warm regards,
        Sales & Marketing Team
        Puri Segara Medewi Resort
        Pekutatan, Jembrana - Bali
        '''), inst='Puri Segara Medewi Resort', **F)

    # ================================================================================================
    # New requests: NGOs, foundations, groups, cooperatives
    # ================================================================================================
    C('f23-req-deaf-foundation-html-only', 'html_only', 'Yayasan Peduli Tuli Jembrana', 'peduli.tuli.jembrana@gmail.com',
      'Data penyandang disabilitas rungu', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Saya Gede Ari Sentana, Ketua Yayasan Peduli Tuli Jembrana. Yayasan kami mendampingi anak dan remaja tuli di seluruh Jembrana. Kami ingin mengajukan program kelas bahasa isyarat ke pemerintah daerah dan membutuhkan data jumlah penyandang disabilitas pendengaran menurut kelompok umur di Kabupaten Jembrana (SP2020 Long Form atau Susenas), serta per kecamatan bila ada.

        Suksma.

        Gede Ari Sentana
        Ketua
        '''), name='Gede Ari Sentana', inst='Yayasan Peduli Tuli Jembrana', **F)

    C('f23-req-subak-chair-pan-nickname', 'plain', 'Ketut Sandi', 'ketutsandi.subak@gmail.com', 'Nunas data hujan lan padi', T('''
        Om Swastyastu Bapak Ibu.

        Tiang I Ketut Sandi, biasa kaukin Pan Sandi, pekaseh Subak Tibu Beleng di Desa Pohsanten. Subak tiang ngajuang bantuan perbaikan saluran irigasi ke dinas. Tiang nunas data curah hujan per bulan di Kecamatan Mendoyo 5 tahun terakhir lan produksi padi Kecamatan Mendoyo.

        Matur suksma.

        Dikirim dari perangkat Android saya
        '''), name='I Ketut Sandi', inst='Subak Tibu Beleng', **F)

    C('f23-req-fishers-group-no-name', 'gmail', 'KN Segara Amerta', 'kn.segaraamerta.prc@gmail.com',
      'Permohonan data untuk proposal kapal', T('''
        Selamat siang Bapak/Ibu BPS,

        Kami dari Kelompok Nelayan Segara Amerta Perancak akan mengajukan proposal bantuan kapal dan alat tangkap ke Kementerian Kelautan dan Perikanan. Kami perlu data produksi perikanan tangkap Kabupaten Jembrana tahun 2021-2025 dan jumlah nelayan di Kecamatan Jembrana.

        Terima kasih.

        Hormat kami,
        Pengurus Kelompok Nelayan Segara Amerta Perancak
        '''), inst='Kelompok Nelayan Segara Amerta Perancak', **F)

    C('f23-req-javanese-livestock-group-melaya', 'gmail', 'Slamet Riyadi', 'slametriyadi.sidomakmur@gmail.com',
      'nyuwun data ternak sapi', T('''
        Assalamualaikum, sugeng siang Bapak Ibu.

        Kulo Slamet Riyadi, ketua Kelompok Tani Ternak Sido Makmur, Dusun Sumbersari, Desa Melaya. Kelompok kami beranggota 25 peternak sapi. Kami mau mengajukan bantuan bibit sapi dan perlu data populasi sapi potong di Kecamatan Melaya dan Kabupaten Jembrana tahun 2021 sampai 2025, serta harga sapi hidup per ekor kalau ada.

        Matur nuwun sanget.

        Wassalamualaikum.
        '''), name='Slamet Riyadi', inst='Kelompok Tani Ternak Sido Makmur', **F)

    C('f23-req-retired-engineer-pribadi', 'thunderbird', 'Soegeng Prawirodihardjo', 'soegeng.prawiro@yahoo.com',
      'Mohon informasi data iklim dan penduduk', T('''
        Dengan hormat,

        Saya Ir. Soegeng Prawirodihardjo, pensiunan pegawai PU, sekarang tinggal di Desa Candikusuma. Permintaan ini untuk keperluan pribadi, tidak mewakili instansi mana pun. Saya sedang menulis catatan sejarah kecil tentang perkembangan desa-desa transmigran Jawa di Melaya untuk anak cucu.

        Saya mohon data jumlah penduduk Desa Candikusuma, Desa Tukadaya dan Desa Manistutu dari sensus ke sensus (1980 sampai 2020), dan rata-rata curah hujan tahunan di Melaya.

        Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

        Hormat saya,
        Soegeng P.
        '''), name='Ir. Soegeng Prawirodihardjo', wrap=72, **F)

    C('f23-req-need-only-in-subject-nothing-else', 'gmail', 'ayu.prtw', 'ayu.prtw29@gmail.com',
      'jumlah penduduk jembrana per kecamatan 2025 menurut jenis kelamin', T('''
        mohon dibantu, trims
        '''), **F)

    C('f23-req-name-only-asks-if-may-ask', 'gmail', 'Dimas', 'dimas.ardiansyah.ngr@gmail.com', 'tanya', T('''
        Halo min, saya Dimas. Boleh tanya-tanya soal data?
        '''), name='Dimas', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f23-reply-identity-after-ask-pnb-acronym', 'gmail', 'Putu Ayu Mahadewi', 'ayumahadewi.pnb@gmail.com',
      'Re: ' + SUBJ_ASK % 2311, T('''
        Oh iya, maaf sekali kemarin lupa menulis identitas. Saya Putu Ayu Mahadewi, mahasiswi D4 Akuntansi Manajerial di Politeknik Negeri Bali (PNB).

        Terima kasih Pak/Bu.
        '''), kind='reply', name='Putu Ayu Mahadewi', inst='Politeknik Negeri Bali', req=False, ticket='PST-2026-02311',
      quote=gq(ASK, 'id'), **rp(2311), **F)

    C('f23-reply-outlook-thanks-dinas-signature', 'outlook', 'Anak Agung Gde Oka Wiradana', 'okawiradana@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 2312, T('''
        Yth. Tim PST,

        Data sudah kami terima lengkap dan sangat membantu penyusunan Renstra. Terima kasih atas respons yang cepat.

        Salam,
        A.A. Gde Oka Wiradana
        Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kab. Jembrana
        '''), kind='reply', name='A.A. Gde Oka Wiradana',
      inst='Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kab. Jembrana', req=False, ticket='PST-2026-02312',
      quote=oq(DELIV_ID % 2312, 'Anak Agung Gde Oka Wiradana <okawiradana@jembranakab.go.id>', SUBJ_DATA % 2312, 'id'),
      **rp(2312), **F)

    C('f23-reply-yahoo-lpd-adds-need', 'yahoo', 'LPD Yehembang', 'lpd.dayehembang@yahoo.com', 'Re: ' + SUBJ_DATA % 2313, T('''
        Om Swastyastu. Data sampun kami terima, suksma. Mohon juga tambahan data rata-rata pengeluaran per kapita Kabupaten Jembrana tahun 2023-2025, untuk dasar penentuan plafon kredit.
        Suksma.
        I Nyoman Wiratama
        '''), kind='reply', name='I Nyoman Wiratama', req=True, ticket='PST-2026-02313', quote=yq(DELIV_ID % 2313),
      **rp(2313), **F)

    C('f23-reply-en-leiden-definition-question', 'gmail', 'Maarten van der Heijden', 'm.van.der.heijden@hum.leidenuniv.nl',
      'Re: ' + SUBJ_DATA % 2314, T('''
        Dear PST team,

        Many thanks for the census tables, this is wonderful material. One question: in the 1980 table, is "Kecamatan Negara" the same area as today's Kecamatan Negara, or did it still include what later became Kecamatan Jembrana? If there is a concordance of kecamatan boundaries, I would be grateful to receive it as well.

        Best wishes,
        Maarten
        '''), kind='reply', name='Maarten', req=True, lang='en', ticket='PST-2026-02314',
      quote=gq(DELIV_EN % 2314), **rp(2314), **F)

    C('f23-reply-iphone-oke-kak-no-name', 'iphone', 'komang tri', 'komangtriwhy@icloud.com', 'Re: ' + SUBJ_ACK % 2315, T('''
        okee kak ditunggu yaa 🥹🙏

        Sent from my iPhone
        '''), kind='reply', req=False, ticket='PST-2026-02315',
      quote=iq(ACK % (2315, 'Komang Tri Wahyuni', 'SMAN 2 Negara', 'Jumlah penduduk per kecamatan 2025')), **rp(2315), **F)

    C('f23-reply-thunderbird-bottom-status-brin', 'thunderbird', 'Aditya Wicaksono', 'adit015@brin.go.id',
      'Re: ' + SUBJ_ACK % 2316,
      tq(ACK % (2316, 'Aditya Wicaksono', 'Badan Riset dan Inovasi Nasional',
                'Penduduk komuter menurut kabupaten tujuan; penduduk bekerja Kec. Melaya')) + '\n\n' + T('''
        Selamat siang,

        Izin menanyakan perkembangan permohonan data kami. Apakah data komuter dari SP2020 Long Form tersedia sampai tingkat kabupaten tujuan? Bila tidak, mohon dikabari agar kami dapat mencari sumber lain.

        Terima kasih,
        Aditya
        '''), kind='reply', name='Aditya', req=False, ticket='PST-2026-02316', **rp(2316), **F)

    C('f23-reply-new-mail-cover-letter-ticket-body', 'gmail', 'Rizal Akbar', 'rizalmaulanaakbar02@gmail.com',
      'surat pengantar kampus', T('''
        selamat pagi pak bu, ini saya lampirkan surat pengantar dari fakultas untuk permohonan data saya kemarin, no tiketnya PST-2026-02317. mohon maaf baru sempat kirim

        Rizal Maulana Akbar
        Universitas Diponegoro
        '''), kind='reply', name='Rizal Maulana Akbar', inst='Universitas Diponegoro', req=False,
      ticket='PST-2026-02317', attachments=[PDF('surat pengantar FEB Undip - Rizal.pdf')], **F)

    C('f23-reply-outlook-cc-office-address', 'outlook', 'Gusti Putu Agung Wirawan', 'agung.wirawan@bpdbali.id',
      'RE: ' + SUBJ_ACK % 2318, T('''
        Selamat siang,

        Terima kasih atas konfirmasinya. Mohon nanti data dikirim juga ke alamat email unit kami, bisnis.negara@bpdbali.id, karena saya akan cuti mulai minggu depan.

        Salam,
        Agung Wirawan
        '''), kind='reply', name='Agung Wirawan', req=False, ticket='PST-2026-02318',
      quote=oq(ACK % (2318, 'Gusti Putu Agung Wirawan', 'Bank BPD Bali Cabang Negara',
                      'PDRB menurut lapangan usaha; RTUP pertanian dan perikanan; NTP dan NTN'),
               'Gusti Putu Agung Wirawan <agung.wirawan@bpdbali.id>', SUBJ_ACK % 2318, 'id'), **rp(2318), **F)

    C('f23-reply-balinese-suksma-android', 'gmail', 'Ketut Sandi', 'ketutsandi.subak@gmail.com', 'Re: ' + SUBJ_DATA % 2319, T('''
        Om Swastyastu. Sampun tampi datane, suksma pisan Bapak Ibu. Ngantos mangkin proposal subak sampun kirim ke dinas.

        Pan Sandi
        '''), kind='reply', name='Pan Sandi', req=False, ticket='PST-2026-02319', quote=aq(DELIV_ID % 2319),
      **rp(2319), **F)

    C('f23-reply-consultation-reschedule', 'gmail', 'Gede Wahyu Pratama', 'wahyupratama.undhira@gmail.com',
      'Re: ' + SUBJ_CONS % 2320, T('''
        Selamat pagi Pak/Bu,

        Terima kasih atas jadwalnya. Mohon maaf, hari Rabu saya ada ujian tengah semester. Apakah konsultasinya bisa dipindah ke hari Kamis, 3 Desember, jam yang sama?

        Terima kasih.
        Wahyu
        '''), kind='reply', name='Wahyu', req=False, ticket='PST-2026-02320', quote=gq(CONS_ID % 2320, 'id'),
      **rp(2320), **F)

    C('f23-reply-en-consulate-thanks', 'outlook', 'Hannah McKenzie', 'hannah.mckenzie@dfat.gov.au', 'RE: ' + SUBJ_DATA % 2321, T('''
        Thanks so much - that's exactly what we needed, and the links to the publications are very handy.

        Best,
        Hannah
        '''), kind='reply', name='Hannah', req=False, lang='en', ticket='PST-2026-02321',
      quote=oq(DELIV_EN % 2321, 'Hannah McKenzie <hannah.mckenzie@dfat.gov.au>', SUBJ_DATA % 2321), **rp(2321), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f23-rating-bare-five-gmail', 'gmail', 'Yohana Trisnawati', 'yohanatrisnawati@student.uksw.edu', 'Re: ' + SUBJ_RATE % 2331, T('''
        5
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-02331', quote=gq(RATE_ID % 2331, 'id'), **rp(2331), **F)

    C('f23-rating-outlook-empat-words-signature', 'outlook', 'Ni Wayan Sukreni', 'sukreni.dp3ap2kb@gmail.com',
      'RE: ' + SUBJ_RATE % 2332, T('''
        Selamat siang,

        Kami memberi nilai empat. Datanya lengkap, hanya saja angka perkawinan anak tidak tersedia per kecamatan.

        Salam,
        Ni Wayan Sukreni
        DP3AP2KB Kabupaten Jembrana
        '''), kind='rating', rating=4, name='Ni Wayan Sukreni', inst='DP3AP2KB Kabupaten Jembrana', req=False,
      ticket='PST-2026-02332',
      quote=oq(RATE_ID % 2332, 'Ni Wayan Sukreni <sukreni.dp3ap2kb@gmail.com>', SUBJ_RATE % 2332, 'id'), **rp(2332), **F)

    C('f23-rating-en-three-out-of-five-words', 'gmail', 'Priya Raghunathan', 'priya.r@u.nus.edu', 'Re: ' + SUBJ_RATE % 2333, T('''
        Hi,

        I'd rate it three out of five. The staff were kind, but it took almost two weeks and the Podes tables came without any documentation.

        Priya
        '''), kind='rating', rating=3, name='Priya', req=False, lang='en', ticket='PST-2026-02333',
      quote=gq(RATE_EN % 2333), **rp(2333), **F)

    C('f23-rating-yahoo-slash-with-group', 'yahoo', 'Slamet Riyadi', 'slametriyadi.sidomakmur@gmail.com', 'Re: ' + SUBJ_RATE % 2334, T('''
        Nilai: 4/5
        Pelayanannya baik, cuma harga sapi hidup tidak ada.
        Slamet Riyadi
        Kelompok Tani Ternak Sido Makmur
        '''), kind='rating', rating=4, name='Slamet Riyadi', inst='Kelompok Tani Ternak Sido Makmur', req=False,
      ticket='PST-2026-02334', quote=yq(RATE_ID % 2334), **rp(2334), **F)

    C('f23-rating-sangat-puas-words-only-android', 'gmail', 'Dewa Ayu Sriasih', 'dewaayusriasih.kelpendem@gmail.com',
      'Re: ' + SUBJ_RATE % 2335, T('''
        Sangat puas, suksma banyak Bapak/Ibu 🙏
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-02335', quote=aq(RATE_ID % 2335), **rp(2335), **F)

    C('f23-rating-new-mail-numbers-before-score', 'gmail', 'Stefanus Wijaya', 'stefanus.sinarjaya@gmail.com',
      'Penilaian tiket PST-2026-02336', T('''
        Selamat siang,

        Permintaan saya tanggal 12 November (data produksi ikan 2019-2025, 7 tahun, 84 bulan) baru dijawab 27 November, dan yang dikirim hanya data tahunan. Untuk layanan ini saya beri nilai 2.

        Stefanus Wijaya
        CV Sinar Jaya Abadi
        '''), kind='rating', rating=2, name='Stefanus Wijaya', inst='CV Sinar Jaya Abadi', req=False,
      ticket='PST-2026-02336', **F)

    C('f23-rating-iphone-four-stars-emoji', 'iphone', 'Felicia', 'feliciatanoto88@icloud.com', 'Re: ' + SUBJ_RATE % 2337, T('''
        ⭐️⭐️⭐️⭐️ makasih kak, ngebantu bgt buat survey lokasi

        Sent from my iPhone
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-02337', quote=iq(RATE_ID % 2337), **rp(2337), **F)

    C('f23-rating-satu-angry-caps-yahoo', 'yahoo', 'MADE SUTAMA', 'madesutama.smkpgri@yahoo.co.id', 'Re: ' + SUBJ_RATE % 2338, T('''
        NILAI 1. SUDAH DUA MINGGU BARU DIBALAS DAN DATA UMKM TIDAK ADA. KECEWA.
        DRS. I MADE SUTAMA
        '''), kind='rating', rating=1, name='DRS. I MADE SUTAMA', req=False, ticket='PST-2026-02338', quote=yq(RATE_ID % 2338),
      **rp(2338), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f23-complaint-polite-website-vs-publication', 'outlook', 'Endah Purwaningsih', 'endah.purwaningsih@ums.ac.id',
      'Perbedaan angka TPAK di website dan publikasi', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Mohon maaf sebelumnya. Saya menemukan perbedaan angka TPAK perempuan Kabupaten Jembrana tahun 2023: di tabel dinamis website tertulis 64,12 persen, sedangkan di publikasi "Kabupaten Jembrana Dalam Angka 2024" tertulis 62,87 persen. Mohon penjelasan angka mana yang sebaiknya dipakai, dan bila ada ralat mohon diumumkan agar pengguna tidak bingung.

        Terima kasih atas perhatiannya.

        Salam,
        Endah Purwaningsih
        Universitas Muhammadiyah Surakarta
        '''), kind='complaint', name='Endah Purwaningsih', inst='Universitas Muhammadiyah Surakarta', req=False, **F)

    C('f23-complaint-angry-caps-no-reply-on-ack', 'gmail', 'Eka Juliantara', 'ekajuliantara.news@gmail.com',
      'Re: ' + SUBJ_ACK % 2342, T('''
        SUDAH SEMINGGU TIDAK ADA JAWABAN. KATANYA PALING LAMBAT 3 HARI KERJA?? Berita saya sudah terbit tanpa data resmi gara2 ini. Layanan macam apa ini. Tolong dijelaskan.

        Putu Eka Juliantara
        BaliBaratToday.com
        '''), kind='complaint', name='Putu Eka Juliantara', inst='BaliBaratToday.com', req=False, ticket='PST-2026-02342',
      quote=gq(ACK % (2342, 'Putu Eka Juliantara', 'BaliBaratToday.com', 'Angka kemiskinan 2026; perbandingan kabupaten'),
               'id'), **rp(2342), **F)

    C('f23-complaint-en-expired-download-link', 'gmail', 'José María Echeverría', 'jmecheverria@ucm.es',
      'Re: ' + SUBJ_DATA % 2343, T('''
        Dear PST team,

        I am afraid the download link in your message had already expired when I opened it, less than 48 hours later. This is the second time it happens, and because of the time difference with Madrid I cannot always react on the same day. Could you please attach the files directly, or make the links last at least a week?

        Regards,
        José María Echeverría
        '''), kind='complaint', name='José María Echeverría', req=False, lang='en', ticket='PST-2026-02343',
      quote=gq(DELIV_EN % 2343), **rp(2343), **F)

    C('f23-complaint-anon-enumerator-rude', 'gmail', 'warga mendoyo', 'wargamendoyo123@gmail.com', 'petugas tidak sopan', T('''
        Selamat malam. Saya mau lapor, kemarin ada petugas survei yang mengaku dari BPS datang ke rumah mertua saya di Mendoyo Dauh Tukad. Petugasnya merokok di dalam rumah dan bicaranya kasar waktu mertua saya yang sudah tua tidak bisa menjawab soal pengeluaran. Tolong ditegur. Saya tidak mau sebut nama karena takut bermasalah.
        '''), kind='complaint', req=False, **F)

    C('f23-complaint-office-closed-javanese-trader', 'plain', 'Sugiarto', 'sugiartotrader77@gmail.com', 'Kantor tutup jam layanan', T('''
        Selamat siang,

        Saya Sugiarto, pedagang di Pasar Umum Negara. Hari Jumat kemarin jam 14.00 saya datang ke kantor BPS untuk minta data, di papan tertulis layanan sampai jam 15.30, tapi pintu PST sudah dikunci dan satpam bilang petugasnya sudah pulang. Saya sudah izin meninggalkan lapak demi datang ke sana. Mohon jam layanan ditepati.

        Terima kasih.
        '''), kind='complaint', name='Sugiarto', req=False, **F)

    C('f23-complaint-suggestion-balinese-infographic', 'gmail', 'Ida Bagus Made Purwita', 'gusmadepurwita@gmail.com',
      'Usul infografis berbahasa Bali', T('''
        Om Swastyastu,

        Tiang Ida Bagus Made Purwita, penyuluh bahasa Bali di Kecamatan Negara. Ada usul kecil: infografis BPS yang dibagikan ke desa-desa bagus sekali, tetapi banyak krama lingsir (warga lanjut usia) lebih mudah memahami bila ada versi berbahasa Bali, atau paling tidak istilah-istilah pentingnya diberi padanan bahasa Bali. Tiang siap membantu menerjemahkan bila diperlukan.

        Suksma.
        '''), kind='complaint', name='Ida Bagus Made Purwita', req=False, **F)

    C('f23-complaint-fishers-group-image-not-excel', 'gmail', 'KN Segara Amerta', 'kn.segaraamerta.prc@gmail.com',
      'Re: ' + SUBJ_DATA % 2347, T('''
        Selamat siang,

        Data yang dikirim berupa foto tabel, tulisannya buram dan angkanya tidak terbaca di HP. Kami sudah minta dalam bentuk Excel. Proposal kami harus masuk minggu ini, tolong segera dikirim ulang yang benar.

        Pengurus Kelompok Nelayan Segara Amerta Perancak
        '''), kind='complaint', inst='Kelompok Nelayan Segara Amerta Perancak', req=False, ticket='PST-2026-02347',
      quote=gq(DELIV_ID % 2347, 'id'), **rp(2347), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f23-ooo-outlook-id-dinas-luar-headers', 'outlook', 'Komang Adi Purnawan', 'adipurnawan.bpbd@gmail.com',
      'Balasan Otomatis: ' + SUBJ_ACK % 2351, T('''
        Terima kasih atas email Anda.

        Saya sedang melaksanakan perjalanan dinas ke Jakarta tanggal 24-28 November 2026. Email akan saya balas sekembalinya ke kantor. Untuk keperluan mendesak silakan hubungi Pusdalops BPBD Kabupaten Jembrana.

        Salam,
        Komang Adi Purnawan
        '''), kind='auto_reply', req=False, ticket='PST-2026-02351',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2351), **F)

    C('f23-ooo-en-gmail-vacation-xautoreply', 'gmail', 'Oliver Brandt', 'oliver@greenislandsfund.org',
      'Re: ' + SUBJ_ACK % 2352, T('''
        Hi, thanks for your email!

        I'm off sailing until 6 December and not checking mail. For anything urgent please reach out to hello@greenislandsfund.org.

        Oliver
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02352',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(2352), **F)

    C('f23-ooo-yahoo-body-only-no-headers', 'yahoo', 'LPD Yehembang', 'lpd.dayehembang@yahoo.com', 'Re: ' + SUBJ_DATA % 2353, T('''
        Pesan ini dibalas secara otomatis.
        Kantor LPD Desa Adat Yehembang libur Hari Raya Kuningan tanggal 24-26 November 2026. Email akan kami balas setelah libur.
        Suksma.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02353', **rp(2353), **F)

    C('f23-ooo-helpdesk-own-ticket-number', 'gmail', 'Helpdesk Puri Segara', 'helpdesk@purisegaramedewi.com',
      '[Request ID :##RE-20931##] : Re: ' + SUBJ_ACK % 2354, T('''
        Dear Guest,

        Thank you for contacting Puri Segara Medewi Resort. Your message has been logged with Request ID ##RE-20931##. Our team will get back to you within 24 hours.

        This is an automatically generated message. Please do not reply.
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02354',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(2354), **F)

    C('f23-ooo-plain-left-organisation', 'plain', 'Rosa Villanueva', 'rosa@mangroveaction-asia.org',
      'Automatic reply: ' + SUBJ_DATA % 2355, T('''
        Thank you for your message.

        Please note that I have left Mangrove Action Network Asia as of 30 November 2026 and this mailbox is no longer monitored. For programme matters, kindly write to programmes@mangroveaction-asia.org.

        Best wishes,
        Rosa
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02355',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(2355), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f23-dsn-postfix-user-unknown', dict(
        recipient='ayu.prtw92@gmail.com', original_message_id=OUR(2361, '5d27c0a9'),
        orig_subject=SUBJ_ACK % 2361, status='5.1.1'), 'PST-2026-02361', **F)

    D('f23-dsn-exchange-indonesian-not-delivered', dict(
        recipient='okawiradana@jembranakab.go.id', original_message_id=OUR(2362, '5d27c0a9'),
        orig_subject=SUBJ_RATE % 2362, status='5.2.2', mta='jembranakab.go.id',
        **{'from': 'Microsoft Outlook <postmaster@jembranakab.go.id>',
           'subject': 'Tidak terkirim: ' + SUBJ_RATE % 2362,
           'text': ('Pesan Anda ke okawiradana@jembranakab.go.id tidak dapat dikirim.\n\n'
                    'Kotak surat penerima penuh dan tidak dapat menerima pesan saat ini. Silakan coba kirim ulang '
                    'pesan Anda nanti, atau hubungi penerima secara langsung.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: MAIL01.jembranakab.go.id\n'
                    'okawiradana@jembranakab.go.id\n'
                    "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'")}),
      'PST-2026-02362', lang='id', **F)

    D('f23-dsn-gmail-address-not-found', dict(
        recipient='wahyupratama.undira@gmail.com', original_message_id=OUR(2363, '5d27c0a9'),
        orig_subject=SUBJ_CONS % 2363, status='5.1.1', mta='mail-sor-f41.google.com',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ("** Address not found **\n\n"
                    "Your message wasn't delivered to wahyupratama.undira@gmail.com because the address couldn't be "
                    "found, or is unable to receive mail.\n\n"
                    'The response from the remote server was:\n'
                    '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking '
                    "the recipient's email address for typos or unnecessary spaces.")}),
      'PST-2026-02363', **F)

    D('f23-dsn-postfix-delayed-warning', dict(
        recipient='kobayashi.aiko.8x@kyoto-u.ac.jp', original_message_id=OUR(2364, '5d27c0a9'),
        orig_subject=SUBJ_DATA % 2364, status='4.4.1', action='delayed',
        **{'subject': 'Delayed Mail (still being retried)',
           'text': ('This is the mail system at host mx.bps.go.id.\n\n'
                    '####################################################################\n'
                    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
                    '####################################################################\n\n'
                    'Your message could not be delivered for more than 4 hour(s).\n'
                    'It will be retried until it is 5 day(s) old.\n\n'
                    '<kobayashi.aiko.8x@kyoto-u.ac.jp>: connect to mx.kyoto-u.ac.jp[133.3.5.20]:25:\n'
                    '    Connection timed out')}),
      'PST-2026-02364', **F)
