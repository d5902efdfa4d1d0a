# corpus_fresh4.py: a fourth batch, written blind by an author who never saw the parser's rules or its
# earlier results: new writers and voices (students to farmers, regional offices, police and military,
# media, NGOs, firms, researchers abroad, the public), reply threads, ratings, complaints, auto-replies
# and bounces, labelled by what an officer reads from each mail (set "fresh4"; tickets PST-2026-004xx).
def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh4')

    # ------------------------------------------------------------ students and academics
    C('f4-req-undiksha-skripsi-greeting', 'gmail', 'Komang Triana', 'komangtriana.dw@gmail.com',
      'Permohonan data untuk skripsi',
      'Om Swastyastu,\n\nSelamat siang Bapak/Ibu petugas PST BPS Jembrana. Perkenalkan, saya Komang Triana Dewi, '
      'mahasiswi semester 7 Program Studi Ekonomi Pembangunan, Fakultas Ekonomi Universitas Pendidikan Ganesha. '
      'Saat ini saya sedang menyusun skripsi dengan judul "Pengaruh Upah Minimum dan Pendidikan terhadap Tingkat '
      'Pengangguran Terbuka di Provinsi Bali".\n\nSehubungan dengan itu, saya memohon bantuan data Tingkat '
      'Pengangguran Terbuka (TPT) Kabupaten Jembrana tahun 2015 sampai 2025 beserta rata-rata lama sekolah pada '
      'periode yang sama. Apabila data tersebut sudah tersedia di website, mohon informasi tabel mana yang bisa '
      'saya unduh.\n\nAtas perhatian dan bantuannya saya ucapkan terima kasih.\n\nOm Shanti Shanti Shanti Om\n\n'
      'Komang Triana Dewi\nNIM 2117041089',
      name='Komang Triana Dewi', inst='Universitas Pendidikan Ganesha', **F)
    C('f4-req-warmadewa-tesis-signature-only', 'outlook', 'AA Ngurah Bagus W', 'agung.wiradana@outlook.com',
      'Mohon bantuan data produksi padi',
      'Dengan hormat,\n\nSaya sedang menyelesaikan tesis mengenai ketahanan pangan rumah tangga petani padi di Bali '
      'bagian barat. Untuk itu saya membutuhkan data luas panen, produktivitas dan produksi padi menurut kecamatan '
      'di Kabupaten Jembrana tahun 2020-2025, serta luas lahan sawah menurut jenis pengairan.\n\n'
      'Mohon informasi apakah data tersebut dapat diberikan dalam bentuk softcopy (Excel) dan apakah ada '
      'persyaratan administrasi yang perlu saya lengkapi.\n\nTerima kasih atas perhatian Bapak/Ibu.\n\n'
      'Hormat saya,\n\nAnak Agung Ngurah Bagus Wiradana\nMahasiswa Magister Agribisnis\n'
      'Program Pascasarjana Universitas Warmadewa\nHP 0812-3845-2271',
      name='Anak Agung Ngurah Bagus Wiradana', inst='Universitas Warmadewa', **F)
    C('f4-req-leeds-phd-english', 'gmail', 'Hannah Whitfield', 'h.whitfield@leeds.ac.uk',
      'Request: 2020 Census village-level population, Jembrana',
      'Dear Sir or Madam,\n\nI hope this message finds you well. My name is Hannah Whitfield and I am a third-year '
      'doctoral researcher at the University of Leeds, in the School of Geography. My project looks at how coastal '
      'villages in western Bali have changed since the 1990s, and Jembrana is one of my two case-study regencies.\n\n'
      'Would it be possible to obtain the 2020 Population Census counts by village (desa/kelurahan) for Jembrana, '
      'split by sex? If the 2010 figures at the same level are also available, that would be extremely helpful '
      'for comparison.\n\nI am happy to fill in any forms you require, and of course I will cite BPS Kabupaten '
      'Jembrana as the source.\n\nWith many thanks and best wishes,\nHannah\n\n--\nHannah Whitfield\n'
      'PhD Researcher, School of Geography\nUniversity of Leeds, LS2 9JT, United Kingdom',
      name='Hannah Whitfield', inst='University of Leeds', lang='en', **F)
    C('f4-req-unmas-dosen-allcaps', 'outlook', 'Rai Astiti', 'raiastiti@unmas.ac.id',
      'PERMOHONAN DATA PERKEBUNAN KAKAO',
      'Yth. Kepala BPS Kabupaten Jembrana\nc.q. Petugas Pelayanan Statistik Terpadu\ndi Negara\n\nDengan hormat,\n\n'
      'Bersama ini kami sampaikan bahwa tim peneliti Fakultas Pertanian sedang melaksanakan penelitian hibah '
      'internal tentang rantai nilai kakao fermentasi di Kabupaten Jembrana. Kami mohon kiranya dapat diberikan '
      'data sebagai berikut:\n1. Luas areal dan produksi kakao perkebunan rakyat per kecamatan tahun 2021-2025;\n'
      '2. Jumlah rumah tangga usaha perkebunan kakao hasil Sensus Pertanian 2023;\n'
      '3. Harga produsen biji kakao di tingkat petani tahun 2025.\n\n'
      'Demikian permohonan ini, atas kerja sama yang baik kami ucapkan terima kasih.\n\nKetua Tim Peneliti,\n\n\n'
      'DR. IR. I GUSTI AGUNG AYU RAI ASTITI, M.SI.\nDosen Fakultas Pertanian\nUniversitas Mahasaraswati Denpasar',
      name='DR. IR. I GUSTI AGUNG AYU RAI ASTITI', inst='Universitas Mahasaraswati Denpasar', **F)
    C('f4-req-unair-subject-only', 'gmail', 'Dewi Anggraini', 'dewi.anggraini-2022@feb.unair.ac.id',
      'Data IPM Kabupaten Jembrana 2020-2025 beserta komponennya',
      'Selamat pagi Bapak/Ibu, mohon bantuannya ya. Terima kasih sebelumnya.\n\nRegards,\nDewi Anggraini\n'
      'Universitas Airlangga',
      name='Dewi Anggraini', inst='Universitas Airlangga', **F)
    C('f4-req-instiki-letter-attached', 'gmail', 'Made Ari Yudiantara', 'ariyudiantara@gmail.com',
      'Surat permohonan data penelitian',
      'Dengan hormat,\n\nBersama email ini saya lampirkan surat permohonan data dari kampus untuk keperluan '
      'penelitian tugas akhir saya. Mohon kiranya dapat dibantu.\n\nHormat saya,\nMade Ari Yudiantara\n'
      'Mahasiswa Program Studi Sistem Informasi\nInstitut Bisnis dan Teknologi Indonesia',
      name='Made Ari Yudiantara', inst='Institut Bisnis dan Teknologi Indonesia',
      attachments=[PDF('Surat Permohonan Data - Made Ari Yudiantara.pdf')], **F)
    C('f4-req-undana-bisa-dibantu', 'gmail', 'Yohanes Bria', 'yohanesbria@gmail.com', 'Konsultasi data',
      'Selamat siang Bapak/Ibu,\n\nSaya Yohanes Bria, mahasiswa Universitas Nusa Cendana yang saat ini sedang '
      'magang di Negara. Saya ingin berkonsultasi mengenai data untuk penelitian saya nanti. Kira-kira bisa '
      'dibantu? Kalau bisa, kapan saya boleh datang ke kantor?\n\nTerima kasih, Tuhan memberkati.',
      name='Yohanes Bria', inst='Universitas Nusa Cendana', req=False, **F)
    C('f4-req-wageningen-no-name', 'outlook', 'M. van Dijk', 'm.vandijk@wur.nl', 'Cocoa smallholder statistics',
      'Dear colleagues,\n\nI am a master\'s student at Wageningen University working on smallholder cocoa '
      'certification in Bali. Could you tell me whether the number of cocoa-growing households per village in '
      'Jembrana is available from the 2023 Agricultural Census, and if so how I can request it?\n\n'
      'Thank you very much in advance.\n\nKind regards\n\nSent from Outlook for Android',
      name=None, inst='Wageningen University', lang='en', **F)
    C('f4-req-hima-org-sender', 'gmail', 'HIMA Ekonomi Pembangunan Undiknas', 'himaep.undiknas@gmail.com',
      'Permohonan data untuk seminar nasional',
      'Salam sejahtera,\n\nPerkenalkan, saya Rizky Ananda Putri, Sekretaris Umum Himpunan Mahasiswa Ekonomi '
      'Pembangunan Universitas Pendidikan Nasional periode 2026/2027. Kami akan mengadakan seminar tentang '
      'ketimpangan pembangunan di Bali dan membutuhkan data Indeks Gini serta persentase penduduk miskin per '
      'kabupaten/kota di Bali tahun 2021-2025.\n\nDemikian, terima kasih atas perhatian dan bantuannya.\n\n'
      'Salam,\nRizky',
      name='Rizky Ananda Putri', inst='Universitas Pendidikan Nasional', **F)
    C('f4-req-brin-batak-peneliti', 'gmail', 'Maruli Siregar', 'maruli.siregar@brin.go.id',
      'Permohonan data migrasi SP2020 Kabupaten Jembrana',
      'Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,\n\nHoras dan salam sejahtera. Saya Dr. Maruli Tua '
      'Siregar, peneliti pada Pusat Riset Kependudukan BRIN. Saat ini kami sedang melakukan kajian mobilitas '
      'penduduk di koridor Gilimanuk-Ketapang.\n\nKami memerlukan data:\n(a) migrasi risen dan migrasi seumur '
      'hidup Kabupaten Jembrana hasil SP2020 Long Form;\n(b) jumlah penduduk komuter menurut kecamatan tempat '
      'tinggal, bila tersedia.\n\nKami juga terbuka untuk diskusi daring dengan statistisi di BPS Jembrana bila '
      'memungkinkan.\n\nTerima kasih atas kerja samanya.\n\nSalam,\nMaruli Tua Siregar',
      name='Dr. Maruli Tua Siregar', inst='Pusat Riset Kependudukan BRIN', **F)
    C('f4-req-ipb-sundanese', 'gmail', 'Asep Saepudin', 'asepsaepudin@apps.ipb.ac.id',
      'Punten, minta data perikanan tangkap',
      'Punten Bapak/Ibu,\n\nabdi Asep Saepudin, mahasiswa S1 Manajemen Sumberdaya Perairan di IPB University. '
      'Sy lagi nyusun skripsi ttg produktivitas nelayan lemuru di Selat Bali. Mau minta data produksi perikanan '
      'tangkap dan jumlah armada perahu/kapal per kecamatan pesisir di Jembrana tahun 2018-2025.\n\n'
      'Hatur nuhun pisan sateuacanna \U0001f64f\n\nAsep',
      name='Asep Saepudin', inst='IPB University', **F)
    C('f4-req-ugm-javanese-dosen', 'gmail', 'Wahyu Setyo Nugroho', 'wahyu.sn@ugm.ac.id',
      'Nuwun sewu, permohonan data tenaga kerja pariwisata',
      'Nuwun sewu Bapak/Ibu,\n\nSaya Dr. Wahyu Setyo Nugroho, dosen Departemen Geografi Pembangunan di Universitas '
      'Gadjah Mada. Tahun depan kami akan membawa mahasiswa kuliah kerja lapangan ke Jembrana dengan tema '
      'pariwisata perdesaan.\n\nSebagai bahan persiapan, kami ingin meminta data jumlah tenaga kerja di sektor '
      'akomodasi dan makan minum, jumlah desa wisata, serta jumlah kunjungan wisatawan ke objek wisata di Jembrana '
      'tahun 2023-2025.\n\nMatur nuwun sanget.\n\nWahyu',
      name='Dr. Wahyu Setyo Nugroho', inst='Universitas Gadjah Mada', **F)
    C('f4-req-griffith-prof-english', 'outlook', 'Jonathan Hayes', 'j.hayes@griffith.edu.au',
      'Susenas expenditure tables - Jembrana',
      'Dear BPS Jembrana team,\n\nI lead a small research group on food security in eastern Indonesia and Bali. '
      'We would like to request Susenas-based tables for Kabupaten Jembrana, 2019-2025:\n\n'
      '  * average monthly per capita expenditure, food vs non-food\n'
      '  * average daily calorie and protein consumption per capita\n'
      '  * share of households consuming less than 1 kg of rice per capita per week, if such a table exists\n\n'
      'We are aware that unit records are handled through the BPS central office, so aggregate tables would be '
      'perfectly fine.\n\nWith thanks and kind regards,\n\nProf. Jonathan Hayes\nGriffith Asia Institute\n'
      'Griffith University, Brisbane',
      name='Prof. Jonathan Hayes', inst='Griffith University', lang='en', **F)
    C('f4-req-poltekkes-putri-casual', 'gmail', 'putri nadya', 'putrinadya03@gmail.com', 'minta data stunting',
      'Halo kak! Putri di sini, mahasiswi Poltekkes Kemenkes Denpasar jurusan gizi \U0001f601 mau minta data '
      'persentase balita stunting di Jembrana th 2022-2025 kak, kalau bps ada datanya. kalau bukan di bps, '
      'datanya ada di mana ya kak? makasih banyakk',
      name='Putri', inst='Poltekkes Kemenkes Denpasar', **F)
    C('f4-req-dhyana-pura-codeswitch', 'gmail', 'Kadek Wisnu', 'kadekwisnu.w@gmail.com', 'data usaha kuliner',
      'Hi kak, good afternoon! Aku Kadek Wisnu dari Universitas Dhyana Pura, lagi bikin paper buat conference '
      'soal UMKM kuliner di Bali barat. Aku butuh data jumlah usaha penyediaan makan minum per kecamatan di '
      'Jembrana, kalau bisa yang dari Sensus Ekonomi 2016 dan yang terbaru. Thank you so much kak, sorry '
      'ngerepotin \U0001f64f',
      name='Kadek Wisnu', inst='Universitas Dhyana Pura', **F)
    C('f4-req-unud-thunderbird-dashes', 'thunderbird', 'Ni Wayan Sri Rahayu', 'sri.rahayu@unud.ac.id',
      'Permohonan data penduduk desa pesisir',
      'Selamat siang,\n\nMohon bantuan data jumlah penduduk dan jumlah rumah tangga di desa-desa pesisir '
      'Kabupaten Jembrana (Gilimanuk, Melaya, Candikusuma, Pengambengan, Perancak, Yeh Kuning, Air Kuning, dan '
      'seterusnya) tahun 2015, 2020 dan 2025. Data akan digunakan untuk analisis kerentanan wilayah pesisir '
      'terhadap kenaikan muka air laut.\n\nTerima kasih.\n\n-- \nNi Wayan Sri Rahayu, S.Si., M.Sc.\n'
      'Peneliti, Pusat Penelitian Lingkungan Hidup\nUniversitas Udayana\nKampus Bukit Jimbaran, Badung',
      name='Ni Wayan Sri Rahayu', inst='Universitas Udayana', wrap=72, **F)
    C('f4-req-uksw-docx-list', 'gmail', 'Lukas Ndruru', 'lukas.ndruru@student.uksw.edu',
      'Permohonan data tesis kesejahteraan nelayan',
      'Shalom, selamat siang Bapak/Ibu.\n\nSaya Lukas Ndruru, mahasiswa Program Pascasarjana Studi Pembangunan, '
      'Universitas Kristen Satya Wacana. Saya sedang menyusun tesis tentang kesejahteraan rumah tangga nelayan di '
      'Kabupaten Jembrana. Daftar data yang saya perlukan beserta tahun dan tingkat wilayahnya sudah saya susun '
      'dalam file terlampir, bersama proposal singkat penelitian.\n\nMohon arahan apabila ada prosedur yang harus '
      'saya ikuti.\n\nSalam hormat,\nLukas Ndruru',
      name='Lukas Ndruru', inst='Universitas Kristen Satya Wacana',
      attachments=[DOCX('Daftar Kebutuhan Data - Lukas Ndruru.docx'), PDF('Proposal Tesis.pdf')], **F)
    C('f4-req-utrecht-latin1', 'latin1', 'Sanne de Vries', 's.devries@students.uu.nl', 'Tourist arrivals Jembrana',
      'Dear Sir/Madam,\n\nMy name is Sanne de Vries. I\'m a bachelor student in Human Geography at Utrecht '
      'University and I\'m writing my thesis on tourism around the West Bali National Park. Is there monthly '
      'data on the number of domestic and foreign guests staying in hotels in Jembrana for 2023-2025?\n\n'
      'Many thanks, and sorry for writing in English.\n\nMet vriendelijke groet / kind regards,\nSanne de Vries',
      name='Sanne de Vries', inst='Utrecht University', lang='en', **F)
    C('f4-req-fw-resend-lisboa', 'outlook', 'Daniel Ferreira', 'd.ferreira@outlook.com',
      'FW: Data request - household expenditure Jembrana',
      'Hello again,\n\nI\'m resending my message from two weeks ago below in case it got lost. Any help would be '
      'appreciated.\n\nDaniel\n\nFrom: Daniel Ferreira <d.ferreira@outlook.com>\n'
      'Sent: Monday, November 9, 2026 4:02 PM\nTo: pst5101@bps.go.id\n'
      'Subject: Data request - household expenditure Jembrana\n\nDear BPS Jembrana,\n\nMy name is Daniel Ferreira, '
      'I am a master\'s student in development economics at Universidade de Lisboa, currently on an exchange '
      'semester in Yogyakarta. For my dissertation I need average household expenditure per capita for Jembrana, '
      'split into food and non-food items (Susenas, 2022-2025).\n\nKind regards,\nDaniel Ferreira',
      name='Daniel Ferreira', inst='Universidade de Lisboa', lang='en', **F)

    # ------------------------------------------------------------ schools
    C('f4-req-smp-guru-yahoo', 'yahoo', 'vero sitompul', 'vero_sitompul@yahoo.co.id', 'data penduduk utk bahan ajar',
      'Selamat pagi Bapak/Ibu,\n\nSaya Ibu Veronika Sitompul, guru IPS di SMP Negeri 2 Melaya. Anak-anak kelas VIII '
      'sedang belajar materi kependudukan, jadi saya ingin memakai data asli dari daerah kita sendiri. Mohon '
      'bantuannya untuk data jumlah penduduk, luas wilayah dan kepadatan penduduk per kecamatan di Kabupaten '
      'Jembrana tahun terbaru.\n\nKalau bisa sekalian piramida penduduknya juga, Pak/Bu. Terima kasih banyak '
      'sebelumnya.\n\nSalam hangat,\nVeronika',
      name='Veronika Sitompul', inst='SMP Negeri 2 Melaya', **F)
    C('f4-req-father-email-sma', 'yahoo', 'Budi Santoso', 'budisantoso.ngr@yahoo.com',
      'permohonan data untuk tugas sekolah',
      'Selamat malam Bapak/Ibu,\n\nMaaf saya memakai email ayah saya karena belum punya email sendiri. Nama saya '
      'Nadia Santoso, siswi kelas XI IPS di SMA Negeri 2 Negara. Untuk tugas makalah ekonomi, kelompok kami perlu '
      'data angka partisipasi sekolah (APS) dan rata-rata lama sekolah di Kabupaten Jembrana tahun 2024 dan 2025.'
      '\n\nTerima kasih banyak, Pak/Bu.\n\nNadia',
      name='Nadia Santoso', inst='SMA Negeri 2 Negara', **F)
    C('f4-req-sma-casual-intan', 'gmail', 'luh intan', 'luhintan.ayu@gmail.com', 'tugas geografi',
      'kak selamat siang, maaf ganggu. aku Ni Luh Gede Ayu Intan kelas 12 di SMAN 1 Mendoyo. ada tugas geografi '
      'disuruh cari data kepadatan penduduk per kecamatan di jembrana tahun terbaru, tapi aku bingung nyarinya di '
      'web bps. boleh dibantu kak? makasih kakk',
      name='Ni Luh Gede Ayu Intan', inst='SMAN 1 Mendoyo', **F)

    # ------------------------------------------------------------ regional government, health, police, military
    C('f4-req-dinsos-letter-nomor', 'outlook', 'Dinas Sosial P3A Jembrana', 'dinsosp3a@jembranakab.go.id',
      'Permohonan Data Penduduk Lanjut Usia dan Penyandang Disabilitas',
      'PEMERINTAH KABUPATEN JEMBRANA\nDINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK\n'
      'Jl. Ngurah Rai No. 57 Negara, Bali 82212\n\nNegara, 20 November 2026\n\n'
      'Nomor    : 400.9/1187/Dinsos-P3A/2026\nSifat    : Biasa\nLampiran : -\nPerihal  : Permohonan Data\n\n'
      'Kepada\nYth. Kepala Badan Pusat Statistik\nKabupaten Jembrana\ndi -\nTempat\n\nDengan hormat,\n\n'
      'Dalam rangka penyusunan Rencana Aksi Daerah Lanjut Usia Kabupaten Jembrana Tahun 2027-2031, bersama ini '
      'kami mohon bantuan Bapak/Ibu untuk dapat memberikan data sebagai berikut:\n\n'
      'a. jumlah penduduk lanjut usia (60 tahun ke atas) menurut kecamatan dan jenis kelamin tahun 2025;\n'
      'b. persentase penduduk lansia yang tinggal sendiri;\n'
      'c. jumlah penduduk penyandang disabilitas menurut kecamatan (hasil Long Form SP2020).\n\n'
      'Data dapat dikirimkan melalui surel dinsosp3a@jembranakab.go.id. Demikian kami sampaikan, atas perhatian '
      'dan kerja samanya kami ucapkan terima kasih.\n\nKEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN\n'
      'DAN PERLINDUNGAN ANAK KABUPATEN JEMBRANA,\n\n\nDrs. I Ketut Wiadnyana, M.Si.\n'
      'Pembina Utama Muda (IV/c)\nNIP. 19680921 199403 1 006',
      name='Drs. I Ketut Wiadnyana',
      inst='Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana', **F)
    C('f4-req-camat-melaya-intro-middle', 'outlook', 'Kantor Camat Melaya', 'kec.melaya@jembranakab.go.id',
      'Data untuk Musrenbang Kecamatan',
      'Selamat pagi Bapak/Ibu petugas PST,\n\nMohon maaf mengganggu waktunya. Bulan depan kami akan melaksanakan '
      'Musrenbang tingkat kecamatan dan pimpinan meminta agar paparan kondisi wilayah menggunakan data resmi BPS. '
      'Saya Ni Kadek Ayu Candra Paramitha, staf Seksi Pemerintahan di Kantor Camat Melaya, diminta untuk '
      'mengumpulkan datanya.\n\nYang kami perlukan: jumlah penduduk per desa tahun 2025, jumlah rumah tangga, dan '
      'jumlah sarana pendidikan serta kesehatan per desa di Kecamatan Melaya. Kalau ada publikasi Kecamatan Melaya '
      'Dalam Angka 2026 mungkin itu sudah cukup.\n\nTerima kasih banyak atas bantuannya.\n\nMitha',
      name='Ni Kadek Ayu Candra Paramitha', inst='Kantor Camat Melaya', **F)
    C('f4-req-kelurahan-loloan', 'gmail', 'Rizki Alatas', 'rizki.alatas88@gmail.com', 'Permintaan data kelurahan',
      'Assalamu\'alaikum warahmatullahi wabarakatuh.\n\nYth. Bapak/Ibu di BPS Kabupaten Jembrana,\n\n'
      'Saya Muhammad Rizki Alatas, Kasi Kesejahteraan Sosial di Kelurahan Loloan Timur. Kami sedang memperbarui '
      'papan data monografi kelurahan dan ingin menggunakan angka yang sama dengan BPS. Mohon dibantu data jumlah '
      'penduduk menurut kelompok umur, jenis kelamin dan agama di Kelurahan Loloan Timur, kalau ada yang tahun '
      '2025.\n\nJazakumullah khairan atas bantuannya.\n\nWassalamu\'alaikum wr. wb.\nM. Rizki Alatas',
      name='Muhammad Rizki Alatas', inst='Kelurahan Loloan Timur', **F)
    C('f4-req-desa-manistutu-html', 'html_only', 'Desa Manistutu', 'pemdes.manistutu@gmail.com',
      'Permohonan data Podes',
      'Om Swastyastu,\n\nDengan hormat, kami dari Pemerintah Desa Manistutu bermaksud memohon data hasil Pendataan '
      'Potensi Desa (Podes) tahun 2024 khusus untuk desa kami, untuk bahan penyusunan RPJMDes.\n\n'
      'Atas bantuan Bapak/Ibu kami haturkan terima kasih.\n\nOm Shanti Shanti Shanti Om\n\n'
      'Kadek Agus Suputra\nSekretaris Desa Manistutu',
      name='Kadek Agus Suputra', inst='Pemerintah Desa Manistutu', **F)
    C('f4-req-setda-no-name', 'outlook', 'Bagian Perekonomian', 'ekonomi.setda@jembranakab.go.id',
      'Mohon data inflasi dan harga',
      'Selamat siang,\n\nKami dari Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah Kabupaten Jembrana. '
      'Untuk bahan rapat Tim Pengendalian Inflasi Daerah minggu depan, kami mohon data inflasi bulanan Provinsi '
      'Bali tahun 2026, serta perkembangan harga beras, cabai rawit dan bawang merah di Jembrana.\n\n'
      'Terima kasih atas kerja samanya.\n\nSalam,\nAdmin Bagian Perekonomian',
      name=None, inst='Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah Kabupaten Jembrana', **F)
    C('f4-req-puskesmas-jembrana', 'gmail', 'Puskesmas Jembrana', 'uptdpkmjembrana@gmail.com',
      'Mohon data sasaran lansia & balita wilayah kerja',
      'Selamat siang,\n\nMohon izin, kami dari UPTD Puskesmas Jembrana. Untuk penyusunan Profil Kesehatan '
      'Puskesmas tahun 2026 kami memerlukan data proyeksi jumlah penduduk per desa/kelurahan di Kecamatan '
      'Jembrana menurut kelompok umur 0-4 tahun dan 60 tahun ke atas.\n\nBila perlu surat resmi, mohon dikabari '
      'dan akan segera kami kirimkan.\n\nTerima kasih.\n\nSalam sehat,\nDesak Made Purnamasari, A.Md.Keb.\n'
      'Pengelola Data & Informasi',
      name='Desak Made Purnamasari', inst='UPTD Puskesmas Jembrana', **F)
    C('f4-req-rsud-html-letter', 'html_only', 'RSUD Negara', 'rsudnegara@jembranakab.go.id',
      'Permohonan data kependudukan untuk rencana strategis',
      'Kepada Yth.\nKepala BPS Kabupaten Jembrana\n\nDengan hormat,\n\nSehubungan dengan penyusunan Rencana '
      'Strategis RSUD Negara Tahun 2027-2031, kami memohon data sebagai berikut:\n'
      '- proyeksi jumlah penduduk Kabupaten Jembrana menurut kelompok umur tahun 2026-2031;\n'
      '- angka harapan hidup Kabupaten Jembrana tahun 2020-2025;\n'
      '- persentase penduduk yang memiliki jaminan kesehatan.\n\n'
      'Atas perhatiannya kami sampaikan terima kasih.\n\nDirektur RSUD Negara,\n\n'
      'dr. Gede Ngurah Parwata, Sp.PD., M.Kes.',
      name='dr. Gede Ngurah Parwata', inst='RSUD Negara', **F)
    C('f4-req-polsek-mendoyo', 'gmail', 'Polsek Mendoyo', 'polsekmendoyo@gmail.com',
      'Permintaan data penduduk per desa',
      'Selamat pagi rekan-rekan BPS.\n\nIzin, kami dari Polsek Mendoyo. Dalam rangka pemutakhiran peta kerawanan '
      'kamtibmas, kami memohon data jumlah penduduk, jumlah rumah tangga, dan jumlah penduduk usia 15-29 tahun '
      'per desa di Kecamatan Mendoyo tahun 2025.\n\nMohon petunjuk apabila perlu surat resmi dari Kapolsek.\n\n'
      'Terima kasih, salam Presisi.\n\nIptu Ketut Darmawan\nKanit Binmas Polsek Mendoyo',
      name='Iptu Ketut Darmawan', inst='Polsek Mendoyo', **F)
    C('f4-req-babinsa-koramil-iphone', 'iphone', 'Agus Salim', 'agussalim.babinsa@gmail.com', 'Data petani desa',
      'Selamat siang. Mohon izin, saya Serka Agus Salim, Babinsa Koramil 1617-02/Mendoyo. Kami sedang mendampingi '
      'program ketahanan pangan di Desa Pohsanten. Mohon dibantu data jumlah rumah tangga petani dan luas lahan '
      'sawah di Desa Pohsanten hasil Sensus Pertanian 2023.\n\nTerima kasih.\n\nDikirim dari iPhone saya',
      name='Serka Agus Salim', inst='Koramil 1617-02/Mendoyo', **F)
    C('f4-req-fwd-bws-letter', 'outlook', 'Subbag Umum BPS Jembrana', 'umum5101@bps.go.id',
      'FW: Permohonan Data Luas Lahan Sawah Beririgasi',
      'Dengan hormat, surat di bawah ini masuk ke email umum, mohon ditindaklanjuti oleh PST.\n\n'
      'Terima kasih,\nRatih\n\nFrom: BWS Bali-Penida <bws.balipenida@pu.go.id>\n'
      'Sent: Thursday, November 19, 2026 1:47 PM\nTo: umum5101@bps.go.id\n'
      'Subject: Permohonan Data Luas Lahan Sawah Beririgasi\n\nKepada Yth.\nKepala BPS Kabupaten Jembrana\n\n'
      'Dengan hormat,\nDalam rangka kajian kebutuhan air irigasi di wilayah Kabupaten Jembrana, Balai Wilayah '
      'Sungai Bali-Penida memerlukan data luas lahan sawah menurut jenis irigasi per kecamatan tahun 2023-2025 '
      'serta luas panen padi per musim tanam.\n\nDemikian, atas bantuannya kami sampaikan terima kasih.\n\n'
      'Kepala Seksi Perencanaan,\n\nIr. Komang Sudiarsa, M.T.',
      name='Ir. Komang Sudiarsa', inst='Balai Wilayah Sungai Bali-Penida', **F)

    # ------------------------------------------------------------ media, NGOs, farmers, cooperatives, firms, banks
    C('f4-req-radarbali-iphone', 'iphone', 'Bayu', 'bayuaji.jurnalis@gmail.com', 'Konfirmasi angka kemiskinan',
      'Halo PST, sy Bayu Aji wartawan Radar Bali. Lg nulis soal kemiskinan di Bali barat nih. Boleh minta angka '
      'persentase & jumlah penduduk miskin Jembrana 2025, plus garis kemiskinannya? Kalau ada perbandingan dgn kab '
      'lain di Bali lebih bagus. Deadline sore ini hehe, makasih banyak \U0001f64f\n\nSent from my iPhone',
      name='Bayu Aji', inst='Radar Bali', **F)
    C('f4-req-mongabay-english', 'gmail', 'Marta Kowalczyk', 'marta.kowalczyk@proton.me',
      'Fisheries statistics for Pengambengan',
      'Hello,\n\nI\'m a staff writer at Mongabay Indonesia working on a story about the sardine fishery in the '
      'Bali Strait. I\'d like to ask whether BPS Jembrana has annual figures on marine capture fisheries '
      'production for Kecamatan Negara (especially Pengambengan) from 2015 to 2025, and the number of fishing '
      'households over the same period.\n\nIf the data only exist at regency level, that is still useful. I\'m '
      'writing in English but I can read Indonesian tables without problems.\n\nThank you,\nMarta Kowalczyk\n'
      'https://www.mongabay.co.id',
      name='Marta Kowalczyk', inst='Mongabay Indonesia', lang='en', **F)
    C('f4-req-yayasan-kakao', 'gmail', 'Yayasan Kalimajari', 'yayasan.kalimajari@gmail.com',
      'Permohonan data kakao dan rumah tangga petani',
      'Om Swastyastu,\n\nYth. Tim PST BPS Kabupaten Jembrana,\n\nTerima kasih atas layanan yang selama ini sangat '
      'membantu kami di lapangan. Kali ini kami kembali memerlukan beberapa data untuk laporan tahunan program '
      'pendampingan petani kakao:\n\n1) jumlah rumah tangga usaha pertanian subsektor perkebunan menurut kecamatan '
      '(ST2023);\n2) produksi kakao per kecamatan tahun 2024 dan 2025;\n3) nilai tukar petani subsektor tanaman '
      'perkebunan rakyat Provinsi Bali 2025.\n\nMohon maaf jika permintaan ini cukup banyak.\n\nSalam hormat,\n'
      'Putu Bagus Mahendra\nProgram Officer\nYayasan Kalimajari',
      name='Putu Bagus Mahendra', inst='Yayasan Kalimajari', **F)
    C('f4-req-lpa-rambling', 'gmail', 'Gusti Ayu Mirah', 'mirahkencana@gmail.com', 'Data anak',
      'Selamat pagi.\n\nSebelumnya saya sudah mencoba mencari di website BPS, tapi tabel yang saya temukan hanya '
      'sampai tingkat provinsi, dan beberapa link ternyata tidak bisa dibuka dari HP. Teman saya menyarankan untuk '
      'langsung email ke sini saja.\n\nOh iya, maaf belum memperkenalkan diri. Saya Gusti Ayu Putu Mirah Kencana '
      'dari Lembaga Perlindungan Anak Kabupaten Jembrana. Kami sedang menyiapkan bahan advokasi pencegahan '
      'perkawinan anak ke DPRD. Yang kami butuhkan: jumlah anak usia 0-17 tahun per kecamatan, dan persentase '
      'perempuan 20-24 tahun yang menikah sebelum usia 18 tahun di Jembrana (kalau ada angkanya di tingkat '
      'kabupaten).\n\nMaaf panjang, terima kasih sudah membaca.\n\nMirah',
      name='Gusti Ayu Putu Mirah Kencana', inst='Lembaga Perlindungan Anak Kabupaten Jembrana', **F)
    C('f4-req-kelompok-tani-son-email', 'gmail', 'Gede Sueca', 'gedesueca77@gmail.com', 'minta data harga gabah',
      'om swastyastu pak/bu\ntiang Nyoman Sueca ketua Kelompok Tani Sekar Tunjung, ini pakai email anak tiang. '
      'sawah kami di subak batuagung. mau minta data harga gabah kering panen di jembrana dr awal 2025 sampai '
      'sekarang, per bulan klo ada. buat rapat anggota kelompok bln depan\nsuksma\n\nnyoman sueca',
      name='Nyoman Sueca', inst='Kelompok Tani Sekar Tunjung', **F)
    C('f4-req-ksp-javanese', 'yahoo', 'Sugeng Riyadi', 'sugeng_riyadi@yahoo.com', 'Permohonan data pengeluaran',
      'Selamat siang Bapak/Ibu,\n\nKami dari KSP Artha Jaya Mandiri sedang menyusun rencana perluasan pembiayaan '
      'ke kecamatan-kecamatan di Jembrana; kantor pusat kami di Negara. Untuk analisa awal kami butuh data rata-rata '
      'pengeluaran per kapita per kecamatan dan persentase rumah tangga yang pernah menerima kredit usaha, tahun '
      'terakhir yang tersedia.\n\nMatur nuwun atas bantuannya.\n\nSugeng Riyadi\nManajer Operasional',
      name='Sugeng Riyadi', inst='KSP Artha Jaya Mandiri', **F)
    C('f4-req-cv-chinese-indonesian', 'outlook', 'Hendrik Tanujaya', 'hendrik@sinarbaruabadi.co.id',
      'Data hotel dan tingkat hunian kamar',
      'Selamat sore,\n\nKami berencana membuka usaha laundry hotel di daerah Gilimanuk dan Negara. Sebelum '
      'mengajukan kredit ke bank, kami perlu data pendukung, yaitu jumlah hotel/akomodasi dan jumlah kamar per '
      'kecamatan di Kabupaten Jembrana, serta tingkat penghunian kamar (TPK) bulanan tahun 2025.\n\nApakah data ini '
      'gratis atau ada biaya? Mohon infonya.\n\nHormat saya,\n\nHendrik Tanujaya\nDirektur\nCV Sinar Baru Abadi\n'
      'Jl. Gatot Subroto No. 12, Negara',
      name='Hendrik Tanujaya', inst='CV Sinar Baru Abadi', **F)
    C('f4-req-consultant-english-mix', 'gmail', 'Stefanus Wibisono', 'stefanus.w@mitrariset.co.id',
      'Labour force data Jembrana - PT Mitra Riset Nusantara',
      'Dear PST team,\n\nGood morning. I\'m Stefanus Wibisono, senior analyst at PT Mitra Riset Nusantara, a '
      'Jakarta-based consultancy. We are preparing a feasibility study for a client who plans to build a fish '
      'processing plant near Pengambengan.\n\nWe need the following for Kabupaten Jembrana:\n'
      '- labour force by educational attainment (Sakernas August 2025)\n- the 2026 regency minimum wage (UMK)\n'
      '- average monthly net wage of employees by sector\n\nMohon maaf kalau email ini dalam bahasa Inggris, our '
      'project lead is not Indonesian so we keep all correspondence in English. Happy to pay for any data service '
      'if needed.\n\nBest regards,\nStefanus',
      name='Stefanus Wibisono', inst='PT Mitra Riset Nusantara', lang='en', **F)
    C('f4-req-bri-signature-disclaimer', 'outlook', 'Galih Prasetyo', 'galih.prasetyo@corp.bri.co.id',
      'Permohonan data usaha mikro per kecamatan',
      'Selamat pagi Bapak/Ibu,\n\nMohon bantuan data jumlah usaha mikro dan kecil menurut kecamatan dan lapangan '
      'usaha di Kabupaten Jembrana (hasil Sensus Ekonomi atau survei terbaru), untuk keperluan pemetaan potensi '
      'kredit mikro tahun 2027.\n\nApabila diperlukan surat permohonan resmi dari kantor, mohon diinformasikan.\n\n'
      'Terima kasih atas kerja samanya.\n\nRegards,\n\nGalih Prasetyo\nRelationship Manager Mikro\n'
      'BRI Kantor Cabang Negara\nJl. Ngurah Rai No. 1, Negara - Bali\n\n\n'
      'DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use '
      'of the individual or entity to whom they are addressed.',
      name='Galih Prasetyo', inst='BRI Kantor Cabang Negara', **F)

    # ------------------------------------------------------------ the public, and incomplete requests
    C('f4-req-ida-bagus-pribadi', 'thunderbird', 'IB Putu Oka', 'ibputuoka@gmail.com',
      'Mohon informasi data curah hujan',
      'Om Swastyastu,\n\nSaya Ida Bagus Putu Oka, pensiunan guru, tinggal di Tegal Cangkring. Saya menulis untuk '
      'keperluan pribadi: saya sedang menulis buku kecil tentang sejarah pertanian di desa kami dan ingin '
      'memasukkan data curah hujan dan hari hujan bulanan di Kabupaten Jembrana sepuluh tahun terakhir.\n\n'
      'Saya kurang paham cara mencari di website BPS, mohon maaf kalau data ini sebenarnya sudah ada di sana.\n\n'
      'Suksma,\nIda Bagus Putu Oka',
      name='Ida Bagus Putu Oka', inst=None, **F)
    C('f4-req-form-umum', 'gmail', 'Intan Permatasari', 'intanpermata.sari@gmail.com', 'Permintaan Data',
      'Nama          : Intan Permatasari\nInstansi      : Umum\nNo. HP        : 0857-3901-4416\n'
      'Data diminta  : Jumlah penduduk Kabupaten Jembrana tahun 2025 menurut kecamatan dan jenis kelamin\n'
      'Keperluan     : Tugas kuliah\n\nTerima kasih',
      name='Intan Permatasari', inst=None, **F)
    C('f4-req-sari-name-only', 'iphone', '', 'sariii.ok@gmail.com', 'tanya',
      'halo min, aku Sari \U0001f60a mau tanya dong data jumlah wisatawan yg dtg ke jembrana th 2025 ada ga ya? '
      'kalo ada per bulan lebih bagus. makasih min!',
      name='Sari', inst=None, **F)
    C('f4-req-vague-mau-nanya', 'iphone', 'Ayu Kartika', 'ayu.kartika21@gmail.com', 'Halo',
      'mau nanya dong kak, boleh ga? \U0001f64f\n\nDikirim dari iPhone saya',
      name=None, inst=None, req=False, **F)
    C('f4-req-no-intro-question', 'yahoo', 'gus tri', 'gustri_88@yahoo.com', 'data',
      'Selamat sore. Apakah ada data jumlah penduduk menurut pendidikan tertinggi yang ditamatkan per kecamatan '
      'di Jembrana tahun 2025? Terima kasih.',
      name=None, inst=None, **F)
    C('f4-req-dive-shop-english', 'gmail', 'Mark Delaney', 'markdelaney.dive@gmail.com',
      'Visitor numbers Gilimanuk / Menjangan',
      'Hi there,\n\nI\'m thinking about opening a small dive shop near Gilimanuk and trying to get a sense of the '
      'market before committing. Do you have figures for foreign tourist visits to Jembrana (or better, to the '
      'Menjangan area) over the last few years? Anything by month would be great.\n\nCheers,\nMark',
      name='Mark', inst=None, lang='en', **F)

    # ------------------------------------------------------------ replies in existing threads
    C('f4-reply-adds-name-and-inst', 'gmail', 'wayan agus', 'wayanagus.d@gmail.com',
      'Re: [PST-2026-00401] minta data penduduk',
      'Maaf min, ketinggalan \U0001f64f\nSy Wayan Agus Darmika, mhs Univ. Warmadewa semester 5. Datanya buat tugas '
      'statistik ekonomi.\n\nmakasih',
      quote=gq(ASK, 'id'), kind='reply', name='Wayan Agus Darmika', inst='Univ. Warmadewa', req=False,
      ticket='PST-2026-00401', in_reply_to=OUR(401, 'f401'), **F)
    C('f4-reply-thanks-outlook-dinas', 'outlook', 'Ni Putu Eka Jayanti', 'eka.jayanti@jembranakab.go.id',
      'RE: [PST-2026-00402] Permohonan Data Inflasi',
      'Yth. Bapak/Ibu PST,\n\nData inflasi yang dikirimkan sudah kami terima dengan baik dan langsung kami gunakan '
      'untuk rapat TPID kemarin. Terima kasih atas responsnya yang cepat.\n\nSalam,\nEka Jayanti\n'
      'Bagian Perekonomian Setda Jembrana',
      quote=oq('Yth. Ibu Eka,\n\nBersama ini kami kirimkan data inflasi bulanan yang Ibu minta (terlampir).\n\n'
               'Salam,\nPST BPS Kabupaten Jembrana\n\n'
               + oq(ACK % (402, 'Ni Putu Eka Jayanti', 'Bagian Perekonomian Setda', 'data inflasi bulanan 2026'),
                    'Ni Putu Eka Jayanti', 'Permohonan Data Inflasi', 'id'),
               'Ni Putu Eka Jayanti', '[PST-2026-00402] Permohonan Data Inflasi', 'id'),
      kind='reply', name='Eka Jayanti', inst='Bagian Perekonomian Setda Jembrana', req=False,
      ticket='PST-2026-00402', in_reply_to=OUR(402, 'f402'), **F)
    C('f4-reply-new-question-english', 'gmail', 'Priya Raman', 'priya.raman@nus.edu.sg',
      'Re: [PST-2026-00403] Census village data',
      'Thank you, this is exactly what I needed. One more question: do you also have the number of households '
      'by village for the same year, or only population? I\'d like to compute average household size.\n\n'
      'Best,\nPriya',
      quote=gq('Dear Ms Raman,\n\nPlease find attached the 2020 population by village.\n\nRegards,\n'
               'PST BPS Kabupaten Jembrana'),
      kind='reply', name='Priya', req=True, lang='en', ticket='PST-2026-00403', in_reply_to=OUR(403, 'f403'),
      references=[OUR(403, 'f4a3'), OUR(403, 'f403')], **F)
    C('f4-reply-iphone-adds-inst-only', 'iphone', 'Komang', 'komang.dkp@icloud.com',
      'Re: [PST-2026-00404] Data produksi ikan',
      'Dari Dinas Perikanan Kab. Jembrana pak\n\nDikirim dari iPhone saya',
      quote=gq(ASK, 'id'), kind='reply', name=None, inst='Dinas Perikanan Kab. Jembrana', req=False,
      ticket='PST-2026-00404', in_reply_to=OUR(404, 'f404'), **F)
    C('f4-reply-bottom-post-thunderbird', 'thunderbird', 'Ketut Widiantara', 'ketut.widiantara@undiknas.ac.id',
      'Re: [PST-2026-00405] Permintaan data pengeluaran',
      'Pada 23/11/2026 09.14, PST BPS Kabupaten Jembrana menulis:\n> Yth. Bapak Ketut,\n>\n'
      '> Data pengeluaran per kapita menurut kecamatan untuk tahun 2024 belum\n'
      '> tersedia; yang ada adalah angka tingkat kabupaten.\n>\n> Salam,\n> PST BPS Kabupaten Jembrana\n\n'
      'Baik, terima kasih penjelasannya. Kalau begitu mohon dikirimkan angka tingkat kabupaten saja, tahun '
      '2019-2024, dipisah makanan dan bukan makanan.\n\nSalam,\nKetut Widiantara',
      kind='reply', name='Ketut Widiantara', req=True, ticket='PST-2026-00405', in_reply_to=OUR(405, 'f405'), **F)
    C('f4-reply-new-mail-asks-status', 'gmail', 'Fransiska Tambunan', 'fransiska.tbn@gmail.com',
      'Menanyakan status permohonan',
      'Selamat siang Bapak/Ibu,\n\nSaya ingin menanyakan kabar permohonan data saya minggu lalu dengan nomor tiket '
      'PST-2026-00406 (data luas panen jagung). Apakah masih dalam proses? Tidak apa-apa kalau masih perlu waktu, '
      'saya hanya memastikan email saya sampai.\n\nTerima kasih,\nFransiska Tambunan',
      kind='reply', name='Fransiska Tambunan', req=False, ticket='PST-2026-00406', **F)
    C('f4-reply-thanks-english-short', 'gmail', 'Chris Pemberton', 'chris.pemberton@gmail.com',
      'Re: [PST-2026-00407] Tourism data',
      'Got it, thanks heaps!\n\n\u2014 Chris',
      quote=gq('Dear Mr Pemberton,\n\nThe monthly hotel guest figures for 2025 are attached.\n\nRegards,\n'
               'PST BPS Kabupaten Jembrana', when='Tue, Nov 24, 2026 at 2:05 PM'),
      kind='reply', name='Chris', req=False, lang='en', ticket='PST-2026-00407', in_reply_to=OUR(407, 'f407'), **F)
    C('f4-reply-corrects-institution', 'yahoo', 'Desak Putu Ratnadi', 'desakratnadi@yahoo.com',
      'Re: [PST-2026-00408] Permohonan data kemiskinan',
      'Selamat sore, mohon maaf ada kekeliruan di email saya sebelumnya. Instansi saya bukan Undiksha, melainkan '
      'STAHN Mpu Kuturan Singaraja. Permintaan datanya tetap sama.\n\nSuksma,\nDesak Putu Ratnadi',
      quote=yq(ACK % (408, 'Desak Putu Ratnadi', 'Undiksha', 'data kemiskinan 2020-2025')),
      kind='reply', name='Desak Putu Ratnadi', inst='STAHN Mpu Kuturan Singaraja', req=False,
      ticket='PST-2026-00408', in_reply_to=OUR(408, 'f408'), **F)
    C('f4-reply-sends-cover-letter', 'outlook', 'I Gede Arya Santika', 'arya.santika@jembranakab.go.id',
      'RE: [PST-2026-00409] Kelengkapan surat',
      'Selamat pagi,\n\nSesuai permintaan, terlampir surat pengantar dari Kepala Dinas. Mohon maaf atas '
      'keterlambatannya.\n\nSalam,\nArya Santika\nDinas Koperasi, UKM dan Perdagangan Kabupaten Jembrana',
      quote=oq('Yth. Bapak Arya,\n\nUntuk permintaan data dari instansi pemerintah, mohon melampirkan surat '
               'pengantar resmi.\n\nSalam,\nPST BPS Kabupaten Jembrana', 'I Gede Arya Santika',
               '[PST-2026-00409] Kelengkapan surat', 'id'),
      attachments=[PDF('Surat Pengantar Diskoperindag.pdf')],
      kind='reply', name='Arya Santika', inst='Dinas Koperasi, UKM dan Perdagangan Kabupaten Jembrana',
      req=False, ticket='PST-2026-00409', in_reply_to=OUR(409, 'f409'), **F)

    # ------------------------------------------------------------ ratings
    C('f4-rating-emoji-stars-yahoo', 'yahoo', 'Nyoman Arsa Wijaya', 'nyomanarsaw@yahoo.com',
      'Re: [PST-2026-00410] Bagaimana layanan kami?',
      '\u2b50\u2b50\u2b50\u2b50\u2b50\nMantap, cepat dan ramah. Sukses selalu BPS Jembrana!',
      quote=yq('Yth. Bapak/Ibu,\n\nBantu kami meningkatkan layanan dengan memberi penilaian 1 sampai 5 '
               '(5 = sangat puas) dengan membalas email ini.\n\nPST BPS Kabupaten Jembrana'),
      kind='rating', rating=5, req=False, ticket='PST-2026-00410', in_reply_to=OUR(410, 'f410'), **F)
    C('f4-rating-slash-with-suggestion', 'gmail', 'Ratna Sari Dewi', 'ratnasaridewi.rsd@gmail.com',
      'Re: [PST-2026-00411] Survei kepuasan layanan',
      '4/5 ya kak. datanya lengkap dan dijelaskan dengan sabar, cuma formatnya PDF jd agak repot kalau mau diolah. '
      'next time kalau bisa excel hehe\n\nRatna',
      quote=gq('Mohon kesediaan Anda menilai layanan kami (skala 1-5) dengan membalas email ini.', 'id'),
      kind='rating', rating=4, name='Ratna', req=False, ticket='PST-2026-00411', in_reply_to=OUR(411, 'f411'), **F)
    C('f4-rating-nine-of-ten-new-mail', 'outlook', 'I Made Sudirga', 'made.sudirga@jembranakab.go.id',
      'Penilaian layanan tiket PST-2026-00412',
      'Selamat siang,\n\nMenanggapi permintaan penilaian layanan untuk tiket PST-2026-00412, saya memberikan nilai '
      '9 dari 10. Petugas responsif dan data yang diberikan sesuai kebutuhan kami di Dinas Pertanian dan Pangan.'
      '\n\nHormat saya,\nI Made Sudirga',
      kind='rating', rating=9, name='I Made Sudirga', inst='Dinas Pertanian dan Pangan', req=False,
      ticket='PST-2026-00412', **F)
    C('f4-rating-bintang-empat', 'gmail', 'dwi cahyani', 'dwicahyani.dc@gmail.com',
      'Re: [PST-2026-00413] Mohon penilaian',
      'bintang empat deh min, soalnya nunggu balesan agak lama tapi datanya oke \U0001f44d',
      quote=gq('Berapa bintang (1-5) yang Anda berikan untuk layanan kami?', 'id'),
      kind='rating', rating=4, req=False, ticket='PST-2026-00413', in_reply_to=OUR(413, 'f413'), **F)
    C('f4-rating-english-decimal', 'gmail', 'Lena Hoffmann', 'lena.hoffmann@posteo.de',
      'Re: [PST-2026-00414] How did we do?',
      'I\'d give you 4.5 out of 5 \u2014 quick, friendly and the tables were clear. Only half a point off because one '
      'of the links in your email didn\'t work.\n\nLena',
      quote=gq('Please rate our service on a scale of 1 to 5 by replying to this email.'),
      kind='rating', rating=4.5, name='Lena', req=False, lang='en', ticket='PST-2026-00414',
      in_reply_to=OUR(414, 'f414'), **F)
    C('f4-rating-beri-nilai-3', 'outlook', 'Hendro Wicaksono', 'hendro.wicaksono@outlook.co.id',
      'RE: [PST-2026-00415] Survei Kepuasan',
      'Saya beri nilai 3. Datanya akhirnya ada, tapi saya harus menelepon dua kali dulu baru email saya dibalas.'
      '\n\nHendro Wicaksono',
      quote=oq('Yth. Bapak/Ibu,\n\nMohon berikan nilai 1-5 untuk layanan PST kami.\n\nTerima kasih.',
               'Hendro Wicaksono', '[PST-2026-00415] Survei Kepuasan', 'id'),
      kind='rating', rating=3, name='Hendro Wicaksono', req=False, ticket='PST-2026-00415',
      in_reply_to=OUR(415, 'f415'), **F)
    C('f4-rating-form-nilai', 'gmail', 'Ketut Ariani', 'ketutariani.ka@gmail.com', 'Penilaian Layanan PST-2026-00416',
      'Nomor tiket : PST-2026-00416\nNilai       : 5\nKomentar    : Terima kasih, petugas sangat membantu dan '
      'menjelaskan cara membaca tabelnya.\n\nKetut Ariani',
      kind='rating', rating=5, name='Ketut Ariani', req=False, ticket='PST-2026-00416', **F)

    # ------------------------------------------------------------ complaints and suggestions
    C('f4-complaint-angry-caps', 'gmail', 'Robert Simanjuntak', 'robert.smjtk@gmail.com',
      'KAPAN DIBALAS??? PST-2026-00417',
      'Saya sudah kirim permintaan data dari tanggal 5 November, tiket PST-2026-00417, sampai hari ini TIDAK ADA '
      'balasan sama sekali!!! Katanya 3 hari kerja. Saya sudah telepon kantor juga tidak diangkat. Pelayanan publik '
      'macam apa ini?? Skripsi saya jadi tertunda gara2 ini.\n\nRobert Simanjuntak',
      kind='complaint', name='Robert Simanjuntak', req=False, ticket='PST-2026-00417', **F)
    C('f4-complaint-saran-excel', 'outlook', 'Lilis Suryani', 'lilis.suryani@outlook.com',
      'Saran untuk website dan layanan data',
      'Dengan hormat,\n\nSaya Lilis Suryani, analis kredit di salah satu bank di Negara, cukup sering memakai data '
      'BPS Jembrana. Ada dua saran dari saya:\n1. Mohon tabel-tabel di website juga disediakan dalam format Excel, '
      'tidak hanya PDF.\n2. Publikasi Kabupaten Dalam Angka mohon terbit lebih awal, karena kami memerlukan data '
      'untuk analisis awal tahun.\n\nTerima kasih, semoga layanan makin baik.',
      kind='complaint', name='Lilis Suryani', req=False, **F)
    C('f4-complaint-english-inconsistent', 'gmail', 'Aaron Tanaka', 'aaron.tanaka@hawaii.edu',
      'Inconsistent figures between publications',
      'Hello,\n\nI\'d like to flag a problem. The 2024 population of Jembrana in "Jembrana Regency in Figures 2025" '
      'differs from the number in the table you sent me last week by roughly 3,000 people, and neither document '
      'explains why. I spent a fair amount of time trying to reconcile them. Please either correct one of them or '
      'add a note explaining the revision \u2014 it is frustrating for users.\n\nAaron Tanaka\n'
      'Research Assistant, University of Hawai\'i at Manoa',
      kind='complaint', name='Aaron Tanaka', inst='University of Hawai\'i at Manoa', req=False, lang='en', **F)
    C('f4-complaint-office-closed', 'yahoo', 'Kadek Sumiati', 'kadeksumiati@yahoo.co.id',
      'Kecewa dengan layanan tatap muka',
      'Selamat siang,\n\nKemarin (Rabu) saya datang ke kantor BPS jam 14.30 untuk konsultasi data, tapi ruang PST '
      'sudah tutup padahal di website tertulis buka sampai 15.30. Satpam juga tidak bisa memberi keterangan. Saya '
      'datang jauh-jauh dari Melaya. Mohon jam layanan ditepati atau informasi di website diperbaiki.\n\n'
      'Kadek Sumiati',
      kind='complaint', name='Kadek Sumiati', req=False, **F)
    C('f4-complaint-reply-wrong-data', 'gmail', 'Gung Istri Pradnyani', 'gungistri.pradnyani@gmail.com',
      'Re: [PST-2026-00418] Data produksi padi',
      'Mohon maaf Pak, data yang dikirim bukan yang saya minta. Saya minta produksi padi PER KECAMATAN, yang '
      'dikirim angka total kabupaten saja. Ini sudah kedua kalinya. Tolong dibaca dulu permintaannya dengan '
      'teliti.\n\nSalam,\nAnak Agung Istri Mas Pradnyani',
      quote=gq('Yth. Ibu,\n\nBerikut kami lampirkan data produksi padi Kabupaten Jembrana 2025.\n\nSalam,\n'
               'PST BPS Kabupaten Jembrana', 'id'),
      kind='complaint', name='Anak Agung Istri Mas Pradnyani', req=False, ticket='PST-2026-00418',
      in_reply_to=OUR(418, 'f418'), **F)
    C('f4-complaint-suggestion-english', 'outlook', 'Elise Moreau', 'elise.moreau@cnrs.fr',
      'Suggestion: English metadata',
      'Dear PST team,\n\nFirst, thank you for the help last month. A small suggestion: many foreign researchers '
      'like me rely on machine translation for your table titles and footnotes, which often gives odd results for '
      'terms like "penduduk bekerja" or "rumah tangga usaha". A short English glossary on the website, or English '
      'labels in the Excel files, would make a big difference.\n\nWarm regards,\nDr. Elise Moreau\nCNRS',
      kind='complaint', name='Dr. Elise Moreau', inst='CNRS', req=False, lang='en', **F)

    # ------------------------------------------------------------ auto-replies
    C('f4-ooo-body-only-perjalanan-dinas', 'gmail', 'Ni Komang Widiastuti', 'komang.widiastuti@gmail.com',
      'Re: [PST-2026-00419] Permohonan data sektoral',
      'Terima kasih atas email Bapak/Ibu.\n\nSaya sedang melaksanakan perjalanan dinas ke Jakarta tanggal 23-27 '
      'November 2026 dengan akses email terbatas. Email Anda akan saya balas setelah kembali ke kantor.\n\n'
      'Salam,\nNi Komang Widiastuti',
      # Labelled with the writer's name at first; aligned to the corpus's rule (an auto-reply introduces
      # nobody: name and institution None, as in every earlier batch) before the first measurement.
      kind='auto_reply', req=False, ticket='PST-2026-00419', **F)
    C('f4-ooo-outlook-english-headers', 'outlook', 'Oliver Grant', 'o.grant@anu.edu.au',
      'Automatic reply: [PST-2026-00420] Data request',
      'Thank you for your message. I am currently out of the office attending a conference and will return on '
      '1 December 2026. I will respond to your email as soon as possible after my return.',
      kind='auto_reply', req=False, lang='en', ticket='PST-2026-00420',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **F)
    C('f4-ooo-gmail-cuti-headers', 'gmail', 'Made Sri Utami', 'madesriutami@gmail.com', 'Sedang cuti',
      'Halo, terima kasih sudah menghubungi. Saya sedang cuti melahirkan sampai Januari 2027 dan email ini tidak '
      'dipantau secara rutin. Untuk urusan kantor mohon hubungi nomor kantor pada jam kerja ya.',
      kind='auto_reply', req=False, extra=[('Auto-Submitted', 'auto-replied')], **F)
    C('f4-ooo-dinas-autoresponder', 'outlook', 'Dinas Pariwisata dan Kebudayaan', 'disparbud@jembranakab.go.id',
      'Re: [PST-2026-00422] Permintaan kelengkapan data',
      'Terima kasih, email Anda telah kami terima dan akan diteruskan kepada bidang terkait. Pesan ini dikirim '
      'secara otomatis, mohon tidak membalas email ini.',
      kind='auto_reply', req=False, ticket='PST-2026-00422',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('Precedence', 'auto_reply')], **F)
    C('f4-ooo-english-body-only', 'gmail', 'Sophie Laurent', 'sophie.laurent.research@gmail.com', 'Out of Office',
      'Hi, I\'m travelling with limited connectivity until 30 November and will get back to you when I return. '
      'For anything urgent about the Bali field project please write to my colleague Tom at tom.r@fieldteam.org.',
      kind='auto_reply', req=False, lang='en', **F)

    # ------------------------------------------------------------ bounces
    D('f4-dsn-domain-typo', dict(recipient='ngurah.pradana@gmial.com', original_message_id=OUR(430, 'f430'),
                                 status='5.4.4',
                                 orig_subject='[PST-2026-00430] Permintaan data Anda telah kami terima',
                                 text='This is the mail system at host mx.bps.go.id.\n\nI\'m sorry to have to '
                                      'inform you that your message could not\nbe delivered to one or more '
                                      'recipients. It\'s attached below.\n\n<ngurah.pradana@gmial.com>: Host or '
                                      'domain name not found. Name service error\n    for name=gmial.com type=MX: '
                                      'Host not found, try again'),
      'PST-2026-00430', **F)
    D('f4-dsn-exchange-mailbox-full', dict(recipient='perencanaan.dpmd@jembranakab.go.id',
                                           original_message_id=OUR(431, 'f431'), status='5.2.2',
                                           **{'from': 'Microsoft Outlook <postmaster@jembranakab.go.id>',
                                              'subject': 'Undeliverable: [PST-2026-00431] Data yang Anda minta',
                                              'orig_subject': '[PST-2026-00431] Data yang Anda minta',
                                              'mta': 'jembranakab.go.id',
                                              'text': 'Your message to perencanaan.dpmd@jembranakab.go.id '
                                                      'couldn\'t be delivered.\n\nThe recipient\'s mailbox is '
                                                      'full and can\'t accept messages now. Please try resending '
                                                      'your message later, or contact the recipient directly.\n\n'
                                                      'perencanaan.dpmd\nOffice 365\nAction Required: Recipient\n\n'
                                                      'Mailbox full'}),
      'PST-2026-00431', **F)
