# corpus_heldback.py: mails written after the rules were tuned, never tuned against (set "heldback").
def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    H = dict(sset='heldback')

    C('hb-undiknas-skripsi', 'gmail', 'Pande Made Adi', 'pandeadi@gmail.com', 'Permohonan data untuk skripsi',
      'Selamat siang Bapak/Ibu,\n\nSaya Pande Made Adi Wiguna, mahasiswa semester akhir Universitas Pendidikan '
      'Nasional Denpasar. Untuk keperluan skripsi, saya memerlukan data jumlah tenaga kerja sektor pariwisata di '
      'Kabupaten Jembrana tahun 2019-2024.\n\nTerima kasih atas bantuannya.\n\nSalam,\nPande Made Adi Wiguna',
      name='Pande Made Adi Wiguna', inst='Universitas Pendidikan Nasional Denpasar', **H)
    C('hb-thunderbird-peneliti', 'thunderbird', 'Dr. Hasan Basri', 'hasan.basri@brin.go.id',
      'Data fertilitas Jembrana',
      'Yth. Petugas PST,\n\nSaya Hasan Basri, peneliti di Badan Riset dan Inovasi Nasional (BRIN). Kami sedang '
      'mengkaji penurunan fertilitas di Bali dan membutuhkan data TFR serta jumlah kelahiran menurut kecamatan '
      'di Kabupaten Jembrana hasil Long Form SP2020.\n\nHormat saya,\nHasan Basri',
      name='Hasan Basri', inst='Badan Riset dan Inovasi Nasional', **H)
    C('hb-casual-wa-style', 'iphone', 'Gek Ayu', 'gekayu02@gmail.com', 'data',
      'halo kak, aku gek ayu dr undiksha, mau minta data jumlah hotel sama wisatawan di jembrana 2024 ya kak, '
      'buat tugas akhir. makasii', name='Gek Ayu', inst='undiksha', **H)
    C('hb-english-worldbank', 'outlook', 'Priya Natarajan', 'pnatarajan@worldbank.org',
      'Data request: district poverty and consumption',
      'Dear colleagues,\n\nI am Priya Natarajan, an economist with the World Bank Jakarta office. We are '
      'updating small-area poverty estimates and would appreciate the district-level poverty headcount and '
      'mean per capita consumption for Jembrana, 2020-2025.\n\nWith thanks,\nPriya Natarajan\nPoverty and Equity '
      'Global Practice\nThe World Bank', name='Priya Natarajan', inst='World Bank', lang='en', **H)
    C('hb-form-asal-instansi', 'yahoo', 'Ni Komang Tri', 'komangtri@yahoo.com', 'Permintaan Data',
      'Selamat pagi,\nNama Lengkap: Ni Komang Tri Utami\nAsal Instansi: STIKES Wira Medika Bali\n'
      'Data yang diminta: jumlah penduduk usia lanjut Kabupaten Jembrana 2025\nTujuan: penelitian\n\n'
      'Terima kasih', name='Ni Komang Tri Utami', inst='STIKES Wira Medika Bali', **H)
    C('hb-no-intro-question', 'gmail', 'Yogi', 'yogi.pratama@gmail.com', 'pertanyaan inflasi',
      'Selamat sore, berapa inflasi tahunan Kota Denpasar bulan Oktober 2026? Terima kasih.',
      name=None, inst=None, **H)
    C('hb-dinas-pariwisata-sig', 'outlook', 'Disparbud Jembrana', 'disparbud@jembranakab.go.id',
      'Permohonan data',
      'Dengan hormat,\n\nSehubungan dengan penyusunan Rencana Induk Pariwisata, mohon kiranya dapat diberikan data '
      'jumlah akomodasi, kamar, dan tingkat penghunian kamar hotel di Kabupaten Jembrana tahun 2022-2025.\n\n'
      'Atas perhatian dan kerja samanya kami sampaikan terima kasih.\n\nHormat kami,\nI Putu Agus Arya Sudarma\n'
      'Kepala Bidang Destinasi\nDinas Pariwisata dan Kebudayaan Kabupaten Jembrana',
      name='I Putu Agus Arya Sudarma', inst='Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana', **H)
    C('hb-kompas-journalist', 'gmail', 'Ayu Sulistyowati', 'ayu.sulistyowati@kompas.com', 'Permintaan data untuk liputan',
      'Selamat siang,\n\nSaya Ayu Sulistyowati, jurnalis Kompas. Saya sedang menulis tentang ketimpangan di Bali. '
      'Apakah bisa dibantu data rasio gini Kabupaten Jembrana lima tahun terakhir?\n\nTerima kasih,\nAyu',
      name='Ayu Sulistyowati', inst='Kompas', **H)
    C('hb-institution-missing', 'iphone', 'Wayan Sumerta', 'wayansumerta@icloud.com', 'Data harga gabah',
      'Om Swastiastu, nama saya Wayan Sumerta, petani di Mendoyo. Saya ingin tahu harga gabah kering panen rata-rata '
      'di Jembrana bulan ini. Suksma\n\nSent from my iPhone', name='Wayan Sumerta', inst=None, **H)
    C('hb-request-missing', 'gmail', 'Meliana', 'meliana.s@unwar.ac.id', 'Perkenalan',
      'Selamat pagi, perkenalkan saya Meliana Sari, dosen Universitas Warmadewa. Saya ingin berkunjung ke PST '
      'minggu depan. Terima kasih.', name='Meliana Sari', inst='Universitas Warmadewa', req=False, **H)
    C('hb-html-only-sma', 'html_only', 'Putu Gita', 'putugita@gmail.com', 'Mohon bantuan data',
      'Selamat pagi Bapak/Ibu\n\nSaya Putu Gita Andini, siswi kelas XII SMA Negeri 2 Negara. Saya butuh data '
      'jumlah penduduk miskin Kabupaten Jembrana tahun 2023 untuk karya tulis.\n\nTerima kasih',
      name='Putu Gita Andini', inst='SMA Negeri 2 Negara', **H)
    C('hb-pdf-attached-only', 'outlook', 'Bappeda Jembrana', 'bappeda@jembranakab.go.id', 'Surat permohonan data',
      'Dengan hormat,\n\nBersama ini kami sampaikan surat permohonan data sebagaimana terlampir.\n\nHormat kami,\n'
      'Bappeda Kabupaten Jembrana', name=None, inst='Bappeda Kabupaten Jembrana',
      attachments=[PDF('005_Bappeda_Permohonan_Data.pdf')], **H)
    C('hb-latin1-outlook', 'outlook', 'Andre Müller', 'andre.mueller@uni-koeln.de', 'Rice production data',
      'Dear Sir or Madam,\n\nMy name is Andre Müller, I am a master student at the University of Cologne. For my '
      'thesis I need rice production and harvested area for Jembrana, 2018-2024.\n\nBest regards\nAndre Müller',
      name='Andre Müller', inst='University of Cologne', lang='en', **H)
    C('hb-reply-completes-name', 'gmail', 'Yogi', 'yogi.pratama@gmail.com', 'Re: [PST-2026-00120] pertanyaan inflasi',
      'Maaf kak, nama saya Yogi Pratama dari Universitas Udayana.', quote=gq(ASK, 'id'),
      kind='reply', name='Yogi Pratama', inst='Universitas Udayana', req=False, ticket='PST-2026-00120',
      in_reply_to=OUR(120, 'a1b2'), **H)
    C('hb-reply-thanks-en', 'gmail', 'Priya Natarajan', 'pnatarajan@worldbank.org',
      'RE: [PST-2026-00121] Data request: district poverty and consumption',
      'Many thanks, received with appreciation.\n\nPriya', quote=oq('Terlampir data yang Anda minta.', 'Priya',
                                                                   'Data request'),
      kind='reply', name='Priya', inst=None, req=False, ticket='PST-2026-00121', lang='en', **H)
    C('hb-reply-new-request-id', 'yahoo', 'Komang Tri', 'komangtri@yahoo.com', 'Re: [PST-2026-00122] Permintaan Data',
      'Terima kasih datanya. Apakah ada juga data jumlah penyandang disabilitas per kecamatan tahun 2025?',
      quote=yq('Terlampir data penduduk usia lanjut.'), kind='reply', name=None, inst=None, req=True,
      ticket='PST-2026-00122', **H)
    C('hb-rating-skor', 'gmail', 'Pande Made Adi', 'pandeadi@gmail.com', 'Re: [PST-2026-00123] Penilaian layanan',
      'Skor saya 9 dari 10, mantap pelayanannya.', kind='rating', rating=9, ticket='PST-2026-00123', req=False,
      in_reply_to=OUR(123, 'c3d4'), **H)
    C('hb-rating-stars', 'iphone', 'Gek Ayu', 'gekayu02@gmail.com', 'Re: [PST-2026-00124] data',
      '⭐⭐⭐⭐⭐ makasi kak cepet bgt\n\nDikirim dari iPhone saya', kind='rating', rating=5,
      ticket='PST-2026-00124', req=False, **H)
    C('hb-rating-decimal', 'outlook', 'Hasan Basri', 'hasan.basri@brin.go.id',
      'RE: [PST-2026-00125] Data fertilitas Jembrana', 'Nilai 4,5 dari 5. Terima kasih.\n\nHasan Basri',
      kind='rating', rating=4.5, ticket='PST-2026-00125', req=False, name='Hasan Basri', **H)
    C('hb-complaint-cited', 'gmail', 'Ayu Sulistyowati', 'ayu.sulistyowati@kompas.com', 'Keluhan',
      'Saya mengeluhkan lambatnya jawaban atas permintaan saya (tiket PST-2026-00126). Deadline liputan saya '
      'sudah lewat.\n\nAyu Sulistyowati\nKompas', kind='complaint', name='Ayu Sulistyowati', inst='Kompas',
      req=False, ticket='PST-2026-00126', **H)
    C('hb-complaint-data-salah', 'outlook', 'Made Subrata', 'made.subrata@gmail.com', 'Pengaduan data tidak sesuai',
      'Selamat pagi. Saya Made Subrata ingin mengadukan bahwa angka penduduk di publikasi Jembrana Dalam Angka '
      'berbeda dengan data desa kami. Mohon diperiksa.', kind='complaint', name='Made Subrata', req=False, **H)
    C('hb-ooo-x-autoreply', 'yahoo', 'Siti Nurhaliza', 'sitinur_h@yahoo.com', 'Re: [PST-2026-00127] Permohonan data',
      'Terima kasih, email Anda sudah saya terima dan akan saya balas secepatnya.', kind='auto_reply', req=False,
      ticket='PST-2026-00127', extra=[('X-Autoreply', 'yes')], **H)
    C('hb-ooo-english-subject', 'gmail', 'Tom Richards', 'tom.richards@gmail.com',
      'Out of Office: Query: poverty figures', 'I am travelling until 2 December with no access to email.',
      kind='auto_reply', req=False, lang='en', **H)
    C('hb-ooo-precedence', 'outlook', 'Dinas Kesehatan', 'dinkes@jembranakab.go.id', 'Terima kasih atas email Anda',
      'Email Anda telah kami terima dan akan diproses pada jam kerja.', kind='auto_reply', req=False,
      extra=[('Precedence', 'auto_reply'), ('X-Auto-Response-Suppress', 'All')], **H)
    D('hb-dsn-qmail', dict(recipient='pandeadi@gmial.com', original_message_id=OUR(123, 'c3d4'),
                           **{'from': 'MAILER-DAEMON@mx.bps.go.id', 'subject': 'failure notice',
                              'orig_subject': '[PST-2026-00123] Penilaian layanan'}), 'PST-2026-00123', sset='heldback')
    D('hb-dsn-no-auto', dict(recipient='old.staff@jembranakab.go.id', original_message_id=OUR(128, 'e5f6'),
                             no_auto_submitted=True, **{'from': 'Mail Delivery System <MAILER-DAEMON@mail.jembranakab.go.id>',
                                                        'subject': 'Mail delivery failed: returning message to sender',
                                                        'orig_subject': '[PST-2026-00128] Permintaan data Anda'}),
      'PST-2026-00128', sset='heldback')
    C('hb-forward-apple', 'iphone', 'Kasi IPDS', 'ipds5101@bps.go.id', 'Fwd: Data penduduk',
      'Tolong dibantu ya\n\nBegin forwarded message:\n\nFrom: Rina Oktaviani <rina.okta@gmail.com>\n'
      'Subject: Data penduduk\nDate: 21 November 2026 at 19.30.12 WITA\nTo: ipds5101@bps.go.id\n\n'
      'Selamat malam, saya Rina Oktaviani dari Universitas Brawijaya. Mohon data jumlah penduduk menurut '
      'kecamatan di Jembrana tahun 2025. Terima kasih.', name='Rina Oktaviani', inst='Universitas Brawijaya', **H)
    C('hb-ni-luh-signature-only', 'gmail', 'Ni Luh Made Ari', 'luhari.made@gmail.com', 'Permintaan data pendidikan',
      'Selamat pagi,\n\nMohon bantuan data angka partisipasi sekolah (APS) dan rata-rata lama sekolah Kabupaten '
      'Jembrana tahun 2024.\n\nTerima kasih\n\nNi Luh Made Ari Susanti\nMahasiswi Pendidikan Ekonomi\nUniversitas '
      'Pendidikan Ganesha', name='Ni Luh Made Ari Susanti', inst='Universitas Pendidikan Ganesha', **H)
    C('hb-english-student-nameless', 'gmail', 'student2026', 'student2026@gmail.com', 'census data',
      'Hello, I am a student at Monash University and I would like the 2020 census population of Jembrana by '
      'age group. Thank you.', name=None, inst='Monash University', lang='en', **H)
    C('hb-koperasi', 'gmail', 'Koperasi Tani Makmur', 'kopmakmur@gmail.com', 'data petani',
      'Selamat siang, saya I Ketut Mertayasa, ketua Koperasi Tani Makmur Pekutatan. Kami membutuhkan data nilai '
      'tukar petani (NTP) Provinsi Bali tahun 2025 per bulan. Terima kasih.', name='I Ketut Mertayasa',
      inst='Koperasi Tani Makmur Pekutatan', **H)
    C('hb-bps-provinsi', 'outlook', 'Fitri Handayani', 'fitri.h@bps.go.id', 'Permintaan data SE2026',
      'Selamat pagi rekan-rekan,\n\nSaya Fitri Handayani dari BPS Provinsi Bali. Mohon bantuan data jumlah usaha '
      'hasil listing SE2026 per kecamatan di Jembrana.\n\nSalam,\nFitri', name='Fitri Handayani',
      inst='BPS Provinsi Bali', **H)
