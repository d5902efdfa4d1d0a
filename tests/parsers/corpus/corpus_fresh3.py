# corpus_fresh3.py: a third batch (issue 16), written 2026-12-04 in styles the earlier batches lack —
# letter-style government mail with titles and numbers, long reply chains, code-switching and slang,
# mail from outside Indonesia, forwarded letters — labelled by the same rules, and measured before any
# rule was changed for it (set "fresh3"; the first-sight figures are in corpus_test.cc).
def define(g):
    C, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh3')

    # ------------------------------------------------------------ letter-style government mail
    C('f3-letter-bappeda-nomor', 'outlook', 'Bappeda Jembrana', 'bappeda@jembranakab.go.id',
      'Permohonan Data Statistik Sektoral',
      'Nomor   : 050/412/Bappeda/2026\nLampiran: -\nPerihal : Permohonan Data\n\n'
      'Kepada Yth.\nKepala Badan Pusat Statistik Kabupaten Jembrana\ndi -\nNegara\n\n'
      'Dengan hormat,\nSehubungan dengan penyusunan RKPD Kabupaten Jembrana Tahun 2027, bersama ini kami mohon '
      'bantuan data PDRB atas dasar harga berlaku menurut lapangan usaha tahun 2021-2025.\n\n'
      'Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.\n\n'
      'Kepala Badan Perencanaan Pembangunan Daerah\nKabupaten Jembrana,\n\n\n'
      'Dr. I Made Kariada, S.T., M.T.\nNIP. 19700812 199503 1 004',
      name='Dr. I Made Kariada', inst='Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana', **F)
    C('f3-letter-dinkes-pejabat', 'outlook', 'Dinas Kesehatan', 'dinkes@jembranakab.go.id',
      'Permintaan data penduduk sasaran',
      'Kepada Yth. Kepala BPS Kabupaten Jembrana\n\nDengan hormat,\n\nDalam rangka perhitungan sasaran program '
      'imunisasi tahun 2027, kami memerlukan data proyeksi penduduk usia 0-4 tahun per kecamatan tahun 2026.\n\n'
      'Atas bantuannya kami ucapkan terima kasih.\n\nPlt. Kepala Dinas Kesehatan Kabupaten Jembrana\n\n'
      'dr. Ni Putu Eka Sudarmi, M.Kes.\nPembina Tk. I (IV/b)\nNIP. 19780304 200501 2 011',
      name='dr. Ni Putu Eka Sudarmi', inst='Dinas Kesehatan Kabupaten Jembrana', **F)
    C('f3-letter-attached-only-dprd', 'gmail', 'Sekretariat DPRD Jembrana', 'setwan.jembrana@gmail.com',
      'Surat Permohonan Data',
      'Dengan hormat,\n\nBersama ini kami kirimkan surat permohonan data sebagaimana terlampir. Mohon kiranya '
      'dapat ditindaklanjuti.\n\nHormat kami,\nI Ketut Suarjana\nKasubag Persidangan Sekretariat DPRD Kabupaten Jembrana',
      name='I Ketut Suarjana', inst='Sekretariat DPRD Kabupaten Jembrana',
      attachments=[PDF('Surat Permohonan Data 005-231.pdf')], **F)
    C('f3-letter-camat-allcaps', 'outlook', 'Kantor Camat Pekutatan', 'camat.pekutatan@jembranakab.go.id',
      'PERMOHONAN DATA KECAMATAN DALAM ANGKA',
      'Dengan hormat,\n\nMenindaklanjuti penyusunan profil kecamatan, kami mohon data jumlah penduduk, luas '
      'wilayah dan jumlah rumah tangga per desa di Kecamatan Pekutatan tahun 2025.\n\nDemikian disampaikan.\n\n'
      'CAMAT PEKUTATAN,\n\nI GUSTI NGURAH SUKAYASA, S.SOS., M.AP.\nNIP. 19690215 199003 1 007',
      name='I Gusti Ngurah Sukayasa', inst='Kantor Camat Pekutatan', **F)
    C('f3-letter-perbekel', 'yahoo', 'Perbekel Tukadaya', 'desatukadaya@yahoo.co.id', 'Mohon data desa',
      'Om Swastyastu,\n\nSaya Perbekel Desa Tukadaya, I Nengah Suparsa, mohon bantuan data jumlah keluarga '
      'miskin dan jumlah penduduk menurut pekerjaan di Desa Tukadaya untuk bahan musyawarah desa.\n\n'
      'Om Santih, Santih, Santih, Om', name='I Nengah Suparsa', inst='Desa Tukadaya', **F)
    C('f3-letter-sekolah-nomor', 'gmail', 'SMAN 1 Negara', 'sman1negara@gmail.com', 'Permohonan data untuk LKS',
      'No.: 421.3/118/SMAN1/2026\nHal : Permohonan Data\n\nYth. Kepala BPS Kabupaten Jembrana\n\n'
      'Dengan hormat, dalam rangka lomba karya ilmiah siswa, kami mohon data jumlah wisatawan yang menginap '
      'di hotel di Kabupaten Jembrana tahun 2023-2025.\n\nKepala SMA Negeri 1 Negara\n\n'
      'Drs. I Wayan Suardana, M.Pd.', name='Drs. I Wayan Suardana', inst='SMA Negeri 1 Negara', **F)
    C('f3-letter-kodim', 'outlook', 'Kodim 1617', 'kodim1617@tni.mil.id', 'Permohonan Data Wilayah',
      'Kepada Yth. Kepala BPS Kab. Jembrana\n\nDengan hormat, guna melengkapi data teritorial, Kodim 1617/Jembrana '
      'memohon data jumlah penduduk dan jumlah desa/kelurahan per kecamatan tahun 2025.\n\n'
      'Demikian untuk menjadi maklum.\n\na.n. Komandan Kodim 1617/Jembrana\nKasdim\n\n'
      'Mayor Inf Komang Arya Wibawa', name='Mayor Inf Komang Arya Wibawa', inst='Kodim 1617/Jembrana', **F)
    C('f3-letter-pengadilan-no-request', 'outlook', 'Pengadilan Negeri Negara', 'pn.negara@mahkamahagung.go.id',
      'Undangan koordinasi',
      'Yth. Kepala BPS Kabupaten Jembrana,\n\nDengan hormat kami sampaikan terima kasih atas kerja sama '
      'selama ini.\n\nPanitera Pengadilan Negeri Negara\n\nI Dewa Gede Putra Astawa, S.H.',
      name='I Dewa Gede Putra Astawa', inst='Pengadilan Negeri Negara', req=False, **F)
    C('f3-letter-puskesmas-rfc2231', 'gmail', 'UPTD Puskesmas Mendoyo I', 'pkm.mendoyo1@gmail.com',
      'Permohonan data penduduk wilayah kerja',
      'Selamat pagi,\n\nKami dari UPTD Puskesmas Mendoyo I memerlukan data jumlah penduduk menurut kelompok umur '
      'dan jenis kelamin di desa wilayah kerja kami (Pergung, Penyaringan, Yehembang). Surat resmi terlampir.\n\n'
      'Hormat kami,\nNi Komang Sri Wahyuni, A.Md.Keb.\nPetugas Surveilans',
      name='Ni Komang Sri Wahyuni', inst='UPTD Puskesmas Mendoyo I',
      attachments=[PDF('Surat Permohonan Data – Puskesmas Mendoyo I.pdf')], **F)
    C('f3-letter-bumd', 'outlook', 'Perumda Air Minum', 'pdam@tirtaamertha.co.id', 'Data rumah tangga',
      'Kepada Yth.\nKepala BPS Kabupaten Jembrana\n\nDengan hormat,\nPerumda Air Minum Tirta Amertha Kabupaten '
      'Jembrana memerlukan data jumlah rumah tangga menurut sumber air minum utama per kecamatan tahun 2024 '
      'untuk perencanaan jaringan.\n\nHormat kami,\nDirektur Teknik\n\nIr. Gede Wirya Pradnyana',
      name='Ir. Gede Wirya Pradnyana', inst='Perumda Air Minum Tirta Amertha Kabupaten Jembrana', **F)
    C('f3-letter-kemenag', 'outlook', 'Kantor Kementerian Agama', 'kemenag.jembrana@kemenag.go.id',
      'Permohonan data',
      'Dengan hormat,\nKantor Kementerian Agama Kabupaten Jembrana memohon data jumlah penduduk menurut agama '
      'per kecamatan (hasil Registrasi/SP2020).\n\nKepala Seksi Bimas Islam\n\nH. Ahmad Fauzi, S.Ag., M.Si.',
      name='H. Ahmad Fauzi', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)
    C('f3-letter-polres-form', 'outlook', 'Polres Jembrana', 'polresjembrana@polri.go.id', 'Permintaan Data',
      'Yth. BPS Kab. Jembrana\n\nNama : AKP I Putu Adi Saputra\nJabatan : Kasat Binmas\n'
      'Instansi : Polres Jembrana\nKeperluan : data jumlah penduduk usia 15-24 tahun per kecamatan 2025\n\n'
      'Terima kasih.', name='AKP I Putu Adi Saputra', inst='Polres Jembrana', **F)
    C('f3-letter-univ-lppm', 'gmail', 'LPPM Undiksha', 'lppm@undiksha.ac.id', 'Permohonan izin dan data penelitian',
      'Nomor: 1123/UN48.16/PT/2026\n\nYth. Kepala BPS Kabupaten Jembrana\n\nDengan hormat, Lembaga Penelitian '
      'dan Pengabdian kepada Masyarakat Universitas Pendidikan Ganesha memohon data Susenas Kabupaten Jembrana '
      '2023-2024 untuk penelitian dosen atas nama Dr. Luh Putu Sendratari.\n\nKetua LPPM,\n\n'
      'Prof. Dr. I Gusti Ngurah Pujawan, M.Kes.', name='Prof. Dr. I Gusti Ngurah Pujawan',
      inst='Universitas Pendidikan Ganesha', **F)
    C('f3-letter-lsm', 'gmail', 'Yayasan Manikaya Kauci', 'ymk.bali@gmail.com', 'Permohonan data ketenagakerjaan',
      'Salam sejahtera,\n\nKami Yayasan Manikaya Kauci, lembaga pendampingan buruh migran di Bali. Kami mohon data '
      'penduduk yang bekerja di luar negeri dari Kabupaten Jembrana tahun 2022-2025, bila tersedia.\n\n'
      'Salam,\nKadek Ayu Wulandari\nKoordinator Program', name='Kadek Ayu Wulandari', inst='Yayasan Manikaya Kauci', **F)
    C('f3-letter-bank-bpd', 'outlook', 'Bank BPD Bali Cabang Negara', 'negara@bpdbali.co.id', 'Data UMKM',
      'Dengan hormat,\n\nBank BPD Bali Cabang Negara memerlukan data jumlah usaha mikro dan kecil per '
      'kecamatan di Kabupaten Jembrana. Mohon informasinya.\n\nHormat kami,\n\nNi Wayan Sri Artini\n'
      'Pemimpin Seksi Kredit', name='Ni Wayan Sri Artini', inst='Bank BPD Bali Cabang Negara', **F)
    C('f3-letter-no-name-institution-only', 'outlook', 'Dinas Perikanan', 'diskan@jembranakab.go.id',
      'Permintaan data produksi perikanan',
      'Dengan hormat,\nDinas Perikanan Kabupaten Jembrana mohon data nilai tambah sektor perikanan tahun 2025.\n\n'
      'Terima kasih.\n\nDinas Perikanan Kabupaten Jembrana', name=None,
      inst='Dinas Perikanan Kabupaten Jembrana', **F)

    # ------------------------------------------------------------ long chains and replies
    C('f3-chain-completes-both', 'gmail', 'Yoga Pratama', 'yogapratama98@gmail.com',
      'Re: [PST-2026-00201] minta data',
      'Oh iya maaf lupa. Nama saya Yoga Pratama, mahasiswa Politeknik Negeri Bali.\n\nYoga',
      quote=gq(ASK, 'id'), kind='reply', name='Yoga Pratama', inst='Politeknik Negeri Bali', req=False,
      ticket='PST-2026-00201', in_reply_to=OUR(201, 'aa01'), **F)
    C('f3-chain-thanks-only', 'outlook', 'Ni Made Ratna', 'ratna@stikesbali.ac.id',
      'RE: [PST-2026-00202] Data kesehatan',
      'Baik, terima kasih banyak atas datanya Pak. Sangat membantu.\n\nSalam,\nNi Made Ratna',
      quote=oq(ACK % (202, 'Ni Made Ratna', 'STIKES Bali', 'data kesehatan'), 'Ni Made Ratna',
               '[PST-2026-00202] Data kesehatan', 'id'),
      kind='reply', name='Ni Made Ratna', req=False, ticket='PST-2026-00202', in_reply_to=OUR(202, 'aa02'), **F)
    C('f3-chain-new-question', 'gmail', 'Kadek Wira', 'kadekwira@gmail.com', 'Re: [PST-2026-00203] data IPM',
      'Terima kasih datanya sudah saya terima. Satu lagi, apakah ada data IPM menurut kecamatan juga?\n\nKadek',
      quote=gq(ACK % (203, 'Kadek Wira', 'Universitas Udayana', 'data IPM'), 'id'),
      kind='reply', name='Kadek', req=True, ticket='PST-2026-00203', in_reply_to=OUR(203, 'aa03'), **F)
    C('f3-chain-three-levels', 'gmail', 'Putu Arsana', 'putu.arsana@gmail.com',
      'Re: Re: [PST-2026-00204] Data pertanian',
      'Siap, saya tunggu pak.\n\nPutu',
      quote=gq('Baik Pak Putu, datanya sedang kami siapkan.\n\n' + gq(ACK % (204, 'Putu Arsana', 'Universitas '
               'Warmadewa', 'data pertanian'), 'id'), 'id'),
      kind='reply', name='Putu', req=False, ticket='PST-2026-00204', in_reply_to=OUR(204, 'aa04'), **F)
    C('f3-chain-rating-words', 'yahoo', 'Komang Ayu', 'komangayu@yahoo.com', 'Re: [PST-2026-00205] Penilaian layanan',
      'Pelayanannya bagus dan cepat, saya kasih bintang lima deh.', quote=yq('Mohon beri nilai 1-5.'),
      kind='rating', rating=5, req=False, ticket='PST-2026-00205', in_reply_to=OUR(205, 'aa05'), **F)
    C('f3-chain-rating-angka', 'gmail', 'Rudi Hartono', 'rudihartono@gmail.com', 'Re: [PST-2026-00206] Survei kepuasan',
      'nilai 4 ya min, tapi agak lama balasnya\n\nRudi', quote=gq('Berikan nilai 1-5 untuk layanan kami.', 'id'),
      kind='rating', rating=4, name='Rudi', req=False, ticket='PST-2026-00206', in_reply_to=OUR(206, 'aa06'), **F)
    C('f3-chain-outlook-long-history', 'outlook', 'Ni Luh Sukmawati', 'sukmawati@undiknas.ac.id',
      'RE: [PST-2026-00207] Permohonan data pariwisata',
      'Terima kasih Bu, file sudah saya terima. Kalau boleh, untuk tahun 2020 apakah ada juga?\n\n'
      'Salam,\nNi Luh Sukmawati\nUniversitas Pendidikan Nasional',
      quote=oq('Yth. Ibu Sukmawati,\n\nBerikut kami kirimkan data kunjungan wisatawan 2021-2025.\n\nSalam,\nPST\n\n'
               + oq(ACK % (207, 'Ni Luh Sukmawati', 'Undiknas', 'data pariwisata'), 'Ni Luh Sukmawati',
                    'Permohonan data pariwisata', 'id'),
               'Ni Luh Sukmawati', '[PST-2026-00207] Permohonan data pariwisata', 'id'),
      kind='reply', name='Ni Luh Sukmawati', inst='Universitas Pendidikan Nasional', req=True,
      ticket='PST-2026-00207', in_reply_to=OUR(207, 'aa07'), **F)
    C('f3-chain-reply-attachment-letter', 'gmail', 'Gede Sudiarta', 'gedesudiarta@gmail.com',
      'Re: [PST-2026-00208] Kelengkapan permohonan',
      'Berikut saya lampirkan surat pengantar dari kampus.\n\nGede Sudiarta',
      quote=gq(ASK, 'id'), attachments=[PDF('surat pengantar.pdf')], kind='reply', name='Gede Sudiarta',
      req=False, ticket='PST-2026-00208', in_reply_to=OUR(208, 'aa08'), **F)
    C('f3-chain-complaint-on-ticket', 'gmail', 'Dewa Ayu Lestari', 'dewaayu@gmail.com',
      'Re: [PST-2026-00209] Permohonan data',
      'Sudah lebih dari seminggu belum ada jawaban, padahal katanya maksimal 3 hari kerja. Saya kecewa sekali.\n\n'
      'Dewa Ayu Lestari', quote=gq(ACK % (209, 'Dewa Ayu Lestari', '-', 'data'), 'id'),
      kind='complaint', name='Dewa Ayu Lestari', req=False, ticket='PST-2026-00209',
      in_reply_to=OUR(209, 'aa09'), **F)
    C('f3-chain-english-followup', 'gmail', 'Sarah Mitchell', 'sarah.mitchell@anu.edu.au',
      'Re: [PST-2026-00210] Data request',
      'Thank you so much! Could you also send the same table for 2019?\n\nBest,\nSarah',
      quote=gq('Dear Ms Mitchell, please find the table attached.'), kind='reply', name='Sarah', req=True,
      lang='en', ticket='PST-2026-00210', in_reply_to=OUR(210, 'aa10'), **F)
    C('f3-chain-new-mail-cites-ticket', 'gmail', 'Made Wirawan', 'madewirawan@gmail.com', 'Tindak lanjut permohonan',
      'Selamat siang, saya ingin menanyakan perkembangan permohonan data saya dengan nomor tiket PST-2026-00211. '
      'Apakah sudah bisa dikirim?\n\nTerima kasih,\nMade Wirawan', kind='reply', name='Made Wirawan', req=False,
      ticket='PST-2026-00211', **F)
    C('f3-chain-iphone-top-post', 'iphone', 'Ketut Sudana', 'ketutsudana@icloud.com', 'Re: [PST-2026-00212] Data',
      'Ok terima kasih\n\nDikirim dari iPhone saya', quote=gq(ACK % (212, 'Ketut Sudana', 'pribadi', 'data'), 'id'),
      kind='reply', req=False, ticket='PST-2026-00212', in_reply_to=OUR(212, 'aa12'), **F)
    C('f3-chain-rating-english-stars', 'gmail', 'Tom Becker', 'tom.becker@uni-hamburg.de', 'Re: [PST-2026-00213] Feedback',
      '★★★★☆ - very helpful staff.\n\nTom', quote=gq('Please rate our service from 1 to 5.'), kind='rating',
      rating=4, name='Tom', req=False, lang='en', ticket='PST-2026-00213', in_reply_to=OUR(213, 'aa13'), **F)
    C('f3-chain-reply-fixes-institution', 'yahoo', 'wayan suka', 'wayansuka@yahoo.com',
      'Re: [PST-2026-00214] minta data kemiskinan',
      'maaf, saya bekerja di Koperasi Simpan Pinjam Sari Dana Jembrana.', quote=yq(ASK), kind='reply',
      inst='Koperasi Simpan Pinjam Sari Dana Jembrana', req=False, ticket='PST-2026-00214', **F)

    # ------------------------------------------------------------ code-switching and slang
    C('f3-slang-kak-unud', 'iphone', '', 'dinda.ayu02@gmail.com', 'tanya data',
      'halo kak, aku dinda dari unud jurusan ekonomi pembangunan. mau nanya dong kak, ada data tingkat '
      'pengangguran terbuka jembrana 2019-2024 gak ya? buat skripsi hehe. makasih kak 🙏',
      name='dinda', inst='unud', **F)
    C('f3-slang-min-no-need', 'gmail', 'Bagus', 'bagus.ok@gmail.com', 'halo',
      'halo min, mau nanya dong. bisa dibantu?', name=None, inst=None, req=False, **F)
    C('f3-slang-gan-english-mix', 'gmail', 'Andre Wijaya', 'andrewijaya@gmail.com', 'butuh data cepet',
      'Hi min, so I need data jumlah hotel dan kamar di Jembrana 2025 for my thesis, urgent banget. I am Andre '
      'Wijaya from Universitas Ciputra. Thanks a lot!', name='Andre Wijaya', inst='Universitas Ciputra', **F)
    C('f3-slang-balinese-greeting', 'gmail', 'Gung Is', 'gungis@gmail.com', 'Nunas data',
      'Om Swastyastu, tiang Anak Agung Istri Mas Pratiwi saking Universitas Hindu Negeri I Gusti Bagus Sugriwa. '
      'Tiang nunas data jumlah pura lan jumlah penduduk Hindu di Jembrana. Suksma.',
      name='Anak Agung Istri Mas Pratiwi', inst='Universitas Hindu Negeri I Gusti Bagus Sugriwa', **F)
    C('f3-slang-wa-style', 'iphone', 'Eka', 'eka.s@gmail.com', 'Data',
      'Pagi pak. Sy Eka Saputra mhs Undiknas smt 6. Perlu data jml penduduk miskin per kec thn 2023 pak. Tq',
      name='Eka Saputra', inst='Undiknas', **F)
    C('f3-slang-english-casual', 'gmail', 'Mike', 'mike.h@gmail.com', 'quick question',
      'hey there, quick q - do u guys have rice production numbers for jembrana? cheers', name=None, inst=None,
      lang='en', **F)
    C('f3-slang-titles-lowercase', 'gmail', 'kadek', 'kadekd@gmail.com', 'permohonan data',
      'selamat pagi bapak/ibu, perkenalkan nama saya kadek dwi permana, mahasiswa universitas warmadewa. saya '
      'membutuhkan data jumlah UMKM di kabupaten jembrana tahun 2024. terima kasih',
      name='kadek dwi permana', inst='universitas warmadewa', **F)
    C('f3-slang-pribadi', 'gmail', 'Nyoman Arta', 'nyomanarta@gmail.com', 'Data harga',
      'Selamat siang. Saya Nyoman Arta, untuk keperluan pribadi, ingin tahu data inflasi Jembrana bulan '
      'November 2026. Terima kasih.', name='Nyoman Arta', inst=None, **F)
    C('f3-slang-umum-public', 'yahoo', 'Siti', 'siti.aminah@yahoo.com', 'Tanya data penduduk',
      'Assalamualaikum, saya Siti Aminah, masyarakat umum. Boleh minta data jumlah penduduk Desa Banyubiru?',
      name='Siti Aminah', inst=None, **F)
    C('f3-slang-emoji-name', 'iphone', '🌸 Ayu 🌸', 'ayuuu@gmail.com', 'data',
      '🌸 mau minta data ipm kak 🌸', name=None, inst=None, **F)
    C('f3-slang-journalist-short', 'gmail', 'Wartawan Bali Post', 'redaksi.jembrana@balipost.id', 'Konfirmasi data',
      'Sore, saya Ketut Wiadnyana, wartawan Bali Post biro Jembrana. Minta data angka kemiskinan terbaru '
      'Jembrana untuk berita besok. Thx.', name='Ketut Wiadnyana', inst='Bali Post', **F)
    C('f3-slang-forgot-intro', 'gmail', 'Rina', 'rina.k@gmail.com', 'Data pendidikan',
      'Maaf saya lupa menyebutkan tadi. Mohon data angka partisipasi sekolah Jembrana 2024.',
      name=None, inst=None, **F)
    C('f3-slang-signature-only', 'gmail', 'Wahyu', 'wahyu.p@gmail.com', 'mohon data',
      'Mohon bantuan data produksi kelapa Jembrana 2025.\n\nWahyu Prasetyo\nSTIE Satya Dharma Singaraja',
      name='Wahyu Prasetyo', inst='STIE Satya Dharma Singaraja', **F)
    C('f3-slang-subject-only-need', 'gmail', 'Intan Permata Sari', 'intanps@gmail.com',
      'Data Jumlah Penduduk Kecamatan Melaya 2025',
      'Selamat pagi, saya Intan Permata Sari dari Universitas Mahasaraswati Denpasar. Mohon bantuannya sesuai '
      'subjek. Terima kasih.', name='Intan Permata Sari', inst='Universitas Mahasaraswati Denpasar', **F)
    C('f3-slang-waiting-close', 'gmail', 'Bima', 'bima.s@gmail.com', 'permohonan data',
      'Selamat siang, mohon data jumlah sekolah SD per kecamatan 2025.\n\nHormat saya,\nMenunggu Kabar Baik',
      name=None, inst=None, **F)
    C('f3-slang-ojol-driver', 'iphone', '', 'gede.ojol@gmail.com', 'data penduduk',
      'pak sy gede driver ojol pengen tau jumlah penduduk jembrana skrg brp ya', name='gede', inst=None, **F)

    # ------------------------------------------------------------ outside Indonesia
    C('f3-abroad-leiden', 'gmail', 'Maarten de Vries', 'm.de.vries@hum.leidenuniv.nl',
      'Request for agricultural statistics',
      'Dear colleagues,\n\nI am a PhD candidate at Leiden University working on subak irrigation in West Bali. '
      'Could you share paddy harvested area and production by subdistrict for Jembrana, 2015-2025?\n\n'
      'Kind regards,\nMaarten de Vries\nLeiden Institute for Area Studies',
      name='Maarten de Vries', inst='Leiden University', lang='en', **F)
    C('f3-abroad-kyoto-japanese-name', 'gmail', 'Yuki Nakamura', 'nakamura.yuki@kyoto-u.ac.jp', 'Data request',
      'Dear BPS Jembrana,\n\nMy name is Yuki Nakamura, a master student at Kyoto University. I would like to '
      'request population data by age group for Jembrana Regency in 2020 and 2025.\n\nSincerely,\nYuki Nakamura',
      name='Yuki Nakamura', inst='Kyoto University', lang='en', **F)
    C('f3-abroad-worldbank', 'outlook', 'Priya Raman', 'praman@worldbank.org', 'Poverty mapping inputs',
      'Hello,\n\nThe World Bank poverty team in Jakarta is updating small area estimates. We would be grateful for '
      'village-level population counts for Jembrana (2025).\n\nBest regards,\nPriya Raman\nSenior Economist, '
      'The World Bank', name='Priya Raman', inst='The World Bank', lang='en', **F)
    C('f3-abroad-indonesian-student-melbourne', 'gmail', 'Komang Tri Wahyuni', 'ktwahyuni@student.unimelb.edu.au',
      'Permohonan data untuk tesis',
      'Selamat pagi Bapak/Ibu,\n\nSaya Komang Tri Wahyuni, mahasiswa S2 di University of Melbourne, asal '
      'Jembrana. Untuk tesis saya, saya membutuhkan data tenaga kerja sektor pariwisata di Jembrana 2018-2025.\n\n'
      'Terima kasih banyak.', name='Komang Tri Wahyuni', inst='University of Melbourne', **F)
    C('f3-abroad-german-no-inst', 'gmail', 'Jonas Weber', 'jonas.weber@web.de', 'Question about tourism data',
      'Hello, I am Jonas Weber, planning a small eco-lodge near Medewi. How many tourists visited Jembrana last '
      'year?\n\nThanks, Jonas', name='Jonas Weber', inst=None, lang='en', **F)
    C('f3-abroad-unicef', 'outlook', 'Ana Lucia Pereira', 'apereira@unicef.org', 'Child population data Jembrana',
      'Dear Sir/Madam,\n\nUNICEF Indonesia (Bali field office) requests the number of children under five by '
      'subdistrict in Jembrana for 2025.\n\nWith thanks,\nAna Lucia Pereira\nUNICEF Indonesia',
      name='Ana Lucia Pereira', inst='UNICEF Indonesia', lang='en', **F)
    C('f3-abroad-singapore-firm', 'gmail', 'Tan Wei Ming', 'weiming.tan@seaconsult.sg', 'Market data enquiry',
      'Hi, this is Tan Wei Ming from SEA Consulting Pte Ltd, Singapore. We need household expenditure data for '
      'Jembrana for a retail feasibility study. Is it available?\n\nRegards,\nWei Ming',
      name='Tan Wei Ming', inst='SEA Consulting Pte Ltd', lang='en', **F)
    C('f3-abroad-french-english', 'gmail', 'Camille Laurent', 'camille.laurent@ird.fr', 'Demande de données / data',
      'Bonjour / Hello,\n\nI am Camille Laurent, researcher at IRD (French National Research Institute for '
      'Sustainable Development). I am looking for fisheries production statistics for Pengambengan, 2020-2025.\n\n'
      'Merci,\nCamille', name='Camille Laurent', inst='French National Research Institute for Sustainable Development',
      lang='en', **F)
    C('f3-abroad-no-need', 'gmail', 'Liam O\'Brien', 'liam.obrien@gmail.com', 'Hello from Ireland',
      'Hi, I am Liam from Trinity College Dublin. I will visit Bali next year.\n\nLiam',
      name='Liam', inst='Trinity College Dublin', req=False, lang='en', **F)
    C('f3-abroad-korean', 'gmail', 'Kim Min-jun', 'minjun.kim@snu.ac.kr', 'Data request for research',
      'Dear officer,\n\nI am Kim Min-jun, a researcher at Seoul National University. Please provide the '
      'number of fishermen households in Jembrana by district (2024).\n\nThank you.',
      name='Kim Min-jun', inst='Seoul National University', lang='en', **F)
    C('f3-abroad-auto-reply-english', 'outlook', 'Sarah Mitchell', 'sarah.mitchell@anu.edu.au',
      'Automatic reply: [PST-2026-00215] Data request',
      'Thank you for your email. I am on fieldwork until 15 December with limited access to email. For urgent '
      'matters please contact the school office.', kind='auto_reply', req=False, lang='en',
      ticket='PST-2026-00215', extra=[('Auto-Submitted', 'auto-replied')], **F)
    C('f3-abroad-ngo-australia', 'gmail', 'Emily Clarke', 'emily@reefcheck.org.au', 'Coastal population data',
      'G\'day,\n\nI coordinate volunteers for Reef Check Australia in Bali. Could I get the coastal village '
      'populations for Jembrana?\n\nCheers,\nEmily Clarke', name='Emily Clarke', inst='Reef Check Australia',
      lang='en', **F)

    # ------------------------------------------------------------ forwarded letters
    C('f3-fwd-office-gmail', 'gmail', 'Admin BPS Jembrana', 'bps5101@bps.go.id', 'Fwd: Permohonan data inflasi',
      'Mohon ditindaklanjuti.\n\n---------- Forwarded message ---------\n'
      'From: Gusti Ayu Kade Sri <gustiayu.sri@gmail.com>\nDate: Sen, 30 Nov 2026 pukul 10.12\n'
      'Subject: Permohonan data inflasi\nTo: <bps5101@bps.go.id>\n\n'
      'Selamat pagi, saya Gusti Ayu Kade Sri, mahasiswi Universitas Udayana. Mohon data inflasi bulanan '
      'Jembrana 2024-2026. Terima kasih.', name='Gusti Ayu Kade Sri', inst='Universitas Udayana', **F)
    C('f3-fwd-lecturer-student', 'gmail', 'Dr. Putu Agus', 'putuagus@unud.ac.id', 'Fwd: permohonan data mahasiswa',
      'Yth. Bapak/Ibu PST,\n\nBerikut saya teruskan permohonan data dari mahasiswa bimbingan saya.\n\n'
      '---------- Forwarded message ---------\nFrom: Ni Putu Wulan <wulan.np@student.unud.ac.id>\n'
      'Subject: data\n\nPak, saya Ni Putu Wulan Sari, NIM 2107511023, butuh data PDRB per kapita Jembrana '
      '2015-2025 untuk skripsi.', name='Ni Putu Wulan Sari', inst=None, **F)  # the lecturer's domain is no evidence
    C('f3-fwd-outlook-dinas', 'outlook', 'Sekretariat', 'sekretariat@bps.go.id', 'FW: Permohonan Data Sektoral',
      'Diteruskan ke PST.\n\nFrom: Dinas Pertanian dan Pangan Kabupaten Jembrana <distan@jembranakab.go.id>\n'
      'Sent: Monday, November 30, 2026 8:40 AM\nTo: sekretariat@bps.go.id\nSubject: Permohonan Data Sektoral\n\n'
      'Dengan hormat, kami mohon data luas panen dan produksi jagung per kecamatan 2025.\n\n'
      'Kepala Bidang Tanaman Pangan\nI Made Sumerta, S.P.',
      name='I Made Sumerta', inst='Dinas Pertanian dan Pangan Kabupaten Jembrana', **F)
    C('f3-fwd-attached-letter', 'gmail', 'Admin BPS Jembrana', 'bps5101@bps.go.id', 'Fwd: Surat permohonan',
      'FYI\n\n---------- Forwarded message ---------\nFrom: Kelian Subak Yeh Sumbul <subakyehsumbul@gmail.com>\n'
      'Subject: Surat permohonan\n\nOm Swastyastu, kami Subak Yeh Sumbul mengirimkan surat permohonan data curah '
      'hujan terlampir.\n\nI Wayan Rena\nPekaseh', name='I Wayan Rena', inst='Subak Yeh Sumbul',
      attachments=[PDF('surat subak.pdf')], **F)
    C('f3-fwd-english-colleague', 'gmail', 'Rachel Green', 'rachel.green@ox.ac.uk', 'Fwd: data on Jembrana',
      'Hi, my student asked me to forward this. Thanks!\n\n---------- Forwarded message ---------\n'
      'From: David Lee <david.lee@ox.ac.uk>\nSubject: data on Jembrana\n\nDear Rachel, could you ask BPS for '
      'the 2025 labour force survey tables for Jembrana? I am writing my MSc thesis at the University of Oxford.\n\n'
      'David Lee', name='David Lee', inst='University of Oxford', lang='en', **F)
    C('f3-fwd-no-intro-inside', 'gmail', 'Admin BPS Jembrana', 'bps5101@bps.go.id', 'Fwd: data',
      'Mohon dibantu.\n\n---------- Forwarded message ---------\nFrom: <anon12345@gmail.com>\nSubject: data\n\n'
      'minta data penduduk jembrana 2025', name=None, inst=None, **F)
    C('f3-fwd-supervisor-note', 'outlook', 'Ni Luh Ayu', 'ayu@bps.go.id', 'FW: Permintaan data nelayan',
      'Tolong ditangani ya.\n\nFrom: Koperasi Mina Segara <minasegara.kop@gmail.com>\nSent: Friday, November 27, '
      '2026 2:10 PM\nTo: ayu@bps.go.id\nSubject: Permintaan data nelayan\n\nSelamat siang Bu, kami dari Koperasi '
      'Perikanan Mina Segara Pengambengan mohon data jumlah nelayan dan kapal per desa pesisir tahun 2025.\n\n'
      'Salam,\nH. Abdul Rahman\nKetua', name='H. Abdul Rahman', inst='Koperasi Perikanan Mina Segara Pengambengan', **F)
    C('f3-fwd-media', 'gmail', 'Redaksi', 'redaksi@jembranaterkini.id', 'Fwd: Minta data untuk liputan',
      '---------- Forwarded message ---------\nFrom: Agus Mahendra <agus.m@jembranaterkini.id>\n'
      'Subject: Minta data untuk liputan\n\nSelamat pagi, saya Agus Mahendra dari Jembrana Terkini. Minta data '
      'jumlah pengangguran 2025 untuk liputan. Terima kasih.', name='Agus Mahendra', inst='Jembrana Terkini', **F)

    # ------------------------------------------------------------ others: kinds
    C('f3-ooo-body-only-id', 'gmail', 'Ni Made Ratna', 'ratna@stikesbali.ac.id', 'Re: [PST-2026-00216] Data kesehatan',
      'Terima kasih atas email Anda. Saya sedang cuti sampai 10 Desember 2026 dan tidak dapat membalas email. '
      'Untuk keperluan mendesak silakan hubungi bagian akademik.', kind='auto_reply', req=False,
      ticket='PST-2026-00216', **F)
    C('f3-complaint-polite', 'gmail', 'Hendra Kusuma', 'hendra.kusuma@gmail.com', 'Saran untuk layanan PST',
      'Selamat sore. Saya Hendra Kusuma. Saya ingin menyampaikan keberatan: data yang dikirim kemarin tidak '
      'sesuai dengan yang saya minta, dan petugas tidak membalas pertanyaan saya. Mohon diperbaiki.',
      kind='complaint', name='Hendra Kusuma', req=False, **F)
    C('f3-thanks-received-new-mail', 'gmail', 'Yuki Nakamura', 'nakamura.yuki@kyoto-u.ac.jp', 'Thank you',
      'Dear BPS Jembrana, I received the data (ticket PST-2026-00217). Thank you very much for your help.\n\nYuki',
      kind='reply', name='Yuki', req=False, lang='en', ticket='PST-2026-00217', **F)
    C('f3-rating-new-mail-words', 'gmail', 'Putu Arsana', 'putu.arsana@gmail.com', 'Penilaian PST-2026-00218',
      'Untuk tiket PST-2026-00218 saya beri nilai 5, pelayanan sangat memuaskan.\n\nPutu Arsana', kind='rating',
      rating=5, name='Putu Arsana', req=False, ticket='PST-2026-00218', **F)
    C('f3-request-two-needs', 'gmail', 'Ni Wayan Lestari', 'wayanlestari@gmail.com', 'Permohonan data',
      'Selamat pagi, saya Ni Wayan Lestari dari Universitas Triatma Mulya. Saya memerlukan dua data: (1) jumlah '
      'penduduk per desa 2025 dan (2) jumlah rumah tangga usaha pertanian 2023.',
      name='Ni Wayan Lestari', inst='Universitas Triatma Mulya', **F)
    C('f3-request-in-docx', 'gmail', 'Arif Rahman', 'arif.rahman@gmail.com', 'Daftar kebutuhan data',
      'Selamat siang, saya Arif Rahman dari Politeknik Negeri Jember. Daftar data yang saya butuhkan ada di '
      'file terlampir.', name='Arif Rahman', inst='Politeknik Negeri Jember',
      attachments=[DOCX('daftar kebutuhan data.docx')], **F)
    C('f3-request-photo-only', 'iphone', 'Bayu', 'bayu.sp@gmail.com', 'data',
      'ini pak fotonya\n\nDikirim dari iPhone saya', attachments=[JPG('IMG_2041.jpg')], name=None, inst=None,
      req=False, **F)
    C('f3-request-faculty-and-univ', 'gmail', 'Luh Gede Widya', 'widya.lg@gmail.com', 'Permohonan data skripsi',
      'Dengan hormat, saya Luh Gede Widya Astuti, mahasiswa Program Studi Statistika Fakultas MIPA Universitas '
      'Udayana, memohon data Susenas Kor 2024 Kabupaten Jembrana.', name='Luh Gede Widya Astuti',
      inst='Universitas Udayana', **F)
    C('f3-request-graduate-school', 'gmail', 'Made Dwi', 'madedwi@gmail.com', 'Data untuk disertasi',
      'Om Swastyastu, saya I Made Dwi Putra Yasa, mahasiswa Program Doktor Ilmu Ekonomi, Sekolah Pascasarjana '
      'Universitas Gadjah Mada. Saya memohon data PDRB kecamatan 2010-2025.',
      name='I Made Dwi Putra Yasa', inst='Universitas Gadjah Mada', **F)
    C('f3-request-kelompok-wanita-tani', 'yahoo', 'KWT Sari Boga', 'kwtsariboga@yahoo.com', 'mohon data',
      'Selamat pagi, saya Ni Ketut Sariasih, ketua Kelompok Wanita Tani Sari Boga Desa Pohsanten. Kami butuh data '
      'harga cabai di Jembrana tahun 2025.', name='Ni Ketut Sariasih', inst='Kelompok Wanita Tani Sari Boga Desa Pohsanten', **F)
    C('f3-request-cv-small-firm', 'gmail', 'CV Karya Mandiri', 'cvkaryamandiri@gmail.com', 'Permintaan data konstruksi',
      'Selamat siang, kami CV Karya Mandiri Negara, kontraktor lokal. Saya Putu Eka Darmawan selaku direktur mohon '
      'data indeks kemahalan konstruksi Jembrana 2025.', name='Putu Eka Darmawan', inst='CV Karya Mandiri Negara', **F)
    C('f3-request-sender-org-other-person', 'outlook', 'Humas Pemkab', 'humas@jembranakab.go.id', 'Data untuk rilis',
      'Selamat pagi, saya diminta Kabag Humas untuk meminta data IPM 2025 terbaru.\n\nTerima kasih,\n'
      'Kadek Sintya Dewi\nStaf Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kabupaten Jembrana',
      name='Kadek Sintya Dewi', inst='Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kabupaten Jembrana', **F)
    C('f3-request-english-indonesian-name', 'gmail', 'I Gede Bayu Permana', 'bayupermana@gmail.com', 'Data request',
      'Good morning, I am I Gede Bayu Permana from Ganesha University of Education. I need the number of '
      'schools by level in Jembrana, 2025.', name='I Gede Bayu Permana', inst='Ganesha University of Education',
      lang='en', **F)
    C('f3-request-chinese-indonesian', 'gmail', 'Lie Mei Ling', 'meiling.lie@gmail.com', 'Permohonan data',
      'Selamat siang, saya Lie Mei Ling dari Universitas Kristen Petra Surabaya. Saya memerlukan data jumlah '
      'wisatawan mancanegara ke Jembrana 2025.', name='Lie Mei Ling', inst='Universitas Kristen Petra Surabaya', **F)
    C('f3-request-no-inst-student-unnamed', 'gmail', 'Gita', 'gita.ap@gmail.com', 'data skripsi',
      'Selamat pagi, saya Gita Ayu Pradnyani, mahasiswa tingkat akhir. Mohon data jumlah penduduk menurut '
      'pendidikan di Jembrana 2025.', name='Gita Ayu Pradnyani', inst=None, **F)
