# corpus_cases.py: the labelled mails of the corpus (see make_corpus.py). Names, institutions, places
# and numbers are made up; phrasing follows what requesters really write.
def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))

    # ---------------------------------------------------------------- requests, complete, formal
    C('gmail-formal-unud', 'gmail', 'Ni Putu Ayu Lestari', 'ayulestari.np@gmail.com',
      'Permohonan Data Kemiskinan Kabupaten Jembrana',
      'Selamat pagi Bapak/Ibu petugas PST BPS Kabupaten Jembrana,\n\nPerkenalkan, nama saya Ni Putu Ayu Lestari, '
      'mahasiswa Program Studi Ekonomi Pembangunan Fakultas Ekonomi dan Bisnis Universitas Udayana. Saat ini saya '
      'sedang menyusun skripsi mengenai kemiskinan di Bali.\n\nSehubungan dengan hal tersebut, saya bermaksud '
      'memohon data persentase penduduk miskin dan garis kemiskinan Kabupaten Jembrana tahun 2018-2024.\n\n'
      'Atas bantuan Bapak/Ibu saya ucapkan terima kasih.\n\nHormat saya,\nNi Putu Ayu Lestari\nNIM 2107511023',
      name='Ni Putu Ayu Lestari', inst='Universitas Udayana', wrap=76)
    C('outlook-dinas', 'outlook', 'Made Wirawan', 'made.wirawan@jembranakab.go.id',
      'Permintaan data PDRB',
      'Dengan hormat,\n\nSaya Made Wirawan dari Bappeda Kabupaten Jembrana. Untuk penyusunan RPJMD kami memerlukan '
      'data PDRB atas dasar harga berlaku menurut lapangan usaha Kabupaten Jembrana tahun 2019-2025.\n\n'
      'Terima kasih atas kerja samanya.\n\nSalam,\nMade Wirawan, S.E.\nBidang Perencanaan Ekonomi\n'
      'Bappeda Kabupaten Jembrana\nTelp. (0365) 41210',
      name='Made Wirawan', inst='Bappeda Kabupaten Jembrana')
    C('yahoo-guru-sma', 'yahoo', 'KOMANG SRIASIH', 'komang_sriasih@yahoo.co.id',
      'mohon data IPM',
      'Om Swastiastu,\nSaya Komang Sriasih, guru Geografi di SMA Negeri 1 Negara. Saya ingin meminta data Indeks '
      'Pembangunan Manusia (IPM) Kabupaten Jembrana per kecamatan tahun terbaru untuk bahan ajar.\n'
      'Suksma.\n\nDikirim dari Yahoo Mail di Android',
      name='Komang Sriasih', inst='SMA Negeri 1 Negara')
    C('iphone-journalist', 'iphone', 'Gede Arimbawa', 'gedearimbawa@gmail.com',
      'Konfirmasi data inflasi',
      'Selamat siang, saya Gede Arimbawa, wartawan Tribun Bali. Mohon info angka inflasi bulanan Bali bulan '
      'Oktober 2026 dan penyumbang utamanya. Apakah sudah rilis?\n\nTerima kasih\n\nDikirim dari iPhone saya',
      name='Gede Arimbawa', inst='Tribun Bali')
    C('english-anu', 'gmail', 'Sarah Whitfield', 'sarah.whitfield@anu.edu.au',
      'Request for labour force data, Jembrana Regency',
      'Dear PST team,\n\nMy name is Sarah Whitfield and I am a PhD candidate at the Australian National University. '
      'I am researching rural labour markets in Bali and would like to request the open unemployment rate (TPT) and '
      'labour force participation rate for Jembrana Regency from 2015 to 2025.\n\nCould you let me know whether '
      'these are available?\n\nKind regards,\nSarah Whitfield\nCrawford School of Public Policy\nThe Australian '
      'National University', name='Sarah Whitfield', inst='Australian National University', lang='en')
    C('form-fields', 'gmail', 'Kadek Dwi', 'kadekdwi99@gmail.com', 'Permohonan data',
      'Selamat pagi,\n\nBerikut data diri saya:\nNama : Kadek Dwi Pranata\nInstansi : Universitas Pendidikan Ganesha\n'
      'Keperluan : Skripsi\nData yang dibutuhkan : jumlah wisatawan dan tingkat hunian hotel di Kabupaten Jembrana '
      '2020-2024\n\nTerima kasih.',
      name='Kadek Dwi Pranata', inst='Universitas Pendidikan Ganesha')
    C('casual-sy-dr-unud', 'iphone', '', 'budi.p@student.unud.ac.id', 'tanya data',
      'pagi kak, sy budi dr unud mau tanya data jumlah penduduk jembrana per kecamatan 2023 ada gak ya? makasih',
      name='Budi', inst='unud')
    C('casual-gan', 'gmail', 'rian', 'riankomputer@gmail.com', 'data',
      'gan minta data pengangguran jembrana 5 tahun terakhir dong, buat tugas kuliah. thx',
      name=None, inst=None)
    C('intro-only-signature', 'gmail', 'Luh Gede Sri Wahyuni', 'sriwahyuni.lg@gmail.com',
      'Data produksi padi',
      'Selamat siang Bapak/Ibu,\n\nMohon bantuan data produksi padi dan luas panen per kecamatan di Kabupaten '
      'Jembrana tahun 2022 dan 2023.\n\nTerima kasih.\n\nSalam,\nLuh Gede Sri Wahyuni\nMahasiswa Agroteknologi\n'
      'Universitas Warmadewa', name='Luh Gede Sri Wahyuni', inst='Universitas Warmadewa')
    C('no-intro', 'gmail', 'Andi Saputra', 'andisaputra87@gmail.com', 'Data penduduk',
      'Selamat sore,\n\nSaya membutuhkan data jumlah penduduk menurut kelompok umur dan jenis kelamin Kabupaten '
      'Jembrana tahun 2024.\n\nTerima kasih.', name=None, inst=None)
    C('no-institution', 'gmail', 'Ketut Suardana', 'ketutsuardana@gmail.com', 'Mohon data kemiskinan',
      'Om Swastiastu, perkenalkan nama saya Ketut Suardana. Saya ingin meminta data jumlah penduduk miskin di '
      'Kecamatan Melaya tahun 2023. Terima kasih.', name='Ketut Suardana', inst=None)
    C('no-request', 'gmail', 'Ayu Kartika', 'ayukartika@gmail.com', 'Pertanyaan',
      'Selamat pagi,\n\nPerkenalkan saya Ayu Kartika dari Universitas Mahasaraswati Denpasar. Saya mau tanya, '
      'apakah bisa konsultasi?\n\nTerima kasih', name='Ayu Kartika', inst='Universitas Mahasaraswati Denpasar',
      req=False)
    C('only-mau-tanya', 'iphone', 'Wayan', 'wayan.s@gmail.com', 'tanya',
      'Halo admin, saya mau tanya. Mohon info.\n\nSent from my iPhone', name=None, inst=None, req=False)
    C('html-only-kemenkes', 'html_only', 'dr. Putu Sri Handayani', 'putusri@kemkes.go.id',
      'Data kesehatan Jembrana',
      'Yth. Kepala BPS Kabupaten Jembrana\n\nSaya Putu Sri Handayani, staf Dinas Kesehatan Kabupaten Jembrana. '
      'Kami membutuhkan data angka harapan hidup dan prevalensi stunting Kabupaten Jembrana tahun 2021-2024.\n\n'
      'Terima kasih\n\nPutu Sri Handayani\nDinas Kesehatan Kabupaten Jembrana',
      name='Putu Sri Handayani', inst='Dinas Kesehatan Kabupaten Jembrana')
    C('latin1-english', 'latin1', 'José Álvarez', 'jalvarez@ucm.es', 'Tourism statistics Bali',
      'Hello,\n\nI am José Álvarez, a researcher at the Complutense University of Madrid. I am looking for monthly '
      'foreign tourist arrivals and hotel occupancy rates for Jembrana and Bali, 2019-2024.\n\nMany thanks,\n'
      'José Álvarez', name='José Álvarez', inst='Complutense University of Madrid', lang='en')
    C('attachment-surat', 'gmail', 'Dewa Ayu Ratnadi', 'dewaayuratnadi@gmail.com', 'Surat Permohonan Data',
      'Selamat pagi,\n\nSaya Dewa Ayu Ratnadi, mahasiswi Politeknik Negeri Bali. Bersama ini saya lampirkan surat '
      'permohonan data dari kampus.\n\nTerima kasih.', name='Dewa Ayu Ratnadi', inst='Politeknik Negeri Bali',
      attachments=[PDF('Surat Permohonan Data - Dewa Ayu Ratnadi.pdf')])
    C('rfc2231-attachment-data', 'outlook', 'I Nyoman Budiarta', 'nyoman.budiarta@balikab.go.id',
      'Permohonan data ketenagakerjaan',
      'Selamat pagi,\n\nSaya I Nyoman Budiarta dari Dinas Tenaga Kerja dan Perindustrian Kabupaten Jembrana, '
      'mohon bantuan data upah rata-rata pekerja dan jumlah angkatan kerja 2025. Daftar kebutuhan data terlampir.\n\n'
      'Terima kasih,\nI Nyoman Budiarta', name='I Nyoman Budiarta',
      inst='Dinas Tenaga Kerja dan Perindustrian Kabupaten Jembrana',
      attachments=[DOCX('Daftar kebutuhan data – Disnakerperin.docx')])
    C('encoded-subject-name', 'gmail', 'Ni Wayan Sekarini', 'sekarini@gmail.com',
      'Permohonan data – IPM & kemiskinan',
      'Selamat siang, saya Ni Wayan Sekarini dari Yayasan Bali Sehat. Kami memerlukan data IPM dan kemiskinan '
      'Kabupaten Jembrana tahun 2024 untuk laporan program.\n\nSalam hangat,\nNi Wayan Sekarini',
      name='Ni Wayan Sekarini', inst='Yayasan Bali Sehat')
    C('qp-subject', 'outlook', 'Agus Santoso', 'agus.santoso@bankbpd.co.id', 'Permintaan data ekspor–impor',
      'Selamat pagi,\n\nSaya Agus Santoso, analis di PT Bank Pembangunan Daerah Bali. Mohon data nilai ekspor '
      'Kabupaten Jembrana menurut komoditas tahun 2023.\n\nTerima kasih\nAgus Santoso',
      name='Agus Santoso', inst='PT Bank Pembangunan Daerah Bali', subject_enc='Q', charset='utf-8')
    C('nama-saya-lower', 'gmail', 'dian', 'dianpermata@gmail.com', 'minta data',
      'selamat malam, nama saya dian permata, mahasiswi stikes bali. saya butuh data jumlah kelahiran dan kematian '
      'bayi di jembrana tahun 2022. terimakasih', name='Dian Permata', inst='stikes bali')
    C('english-journalist', 'gmail', 'Tom Richards', 'tom.richards@gmail.com', 'Query: poverty figures',
      "Hi,\n\nI'm Tom Richards, a freelance journalist writing for The Jakarta Post. Could you tell me the latest "
      "poverty rate for Jembrana and how it compares with the Bali average?\n\nThanks,\nTom",
      name='Tom Richards', inst='The Jakarta Post', lang='en')
    C('dprd', 'gmail', 'Sekretariat DPRD', 'setwan@jembranakab.go.id', 'Permohonan data kependudukan',
      'Dengan hormat,\n\nKami dari Sekretariat DPRD Kabupaten Jembrana mohon data proyeksi penduduk Kabupaten '
      'Jembrana tahun 2025-2030 untuk bahan rapat kerja komisi.\n\nHormat kami,\nI Gusti Ngurah Oka\n'
      'Kasubag Persidangan', name='I Gusti Ngurah Oka', inst='Sekretariat DPRD Kabupaten Jembrana')
    C('puskesmas', 'yahoo', 'Puskesmas Melaya', 'pkm.melaya@yahoo.com', 'data',
      'Selamat pagi, saya bidan Ni Made Suryani dari Puskesmas I Melaya, mohon data jumlah penduduk per desa di '
      'Kecamatan Melaya tahun 2025 untuk sasaran imunisasi. Terima kasih',
      name='Ni Made Suryani', inst='Puskesmas I Melaya')
    C('smk-student', 'gmail', 'Putu Arya', 'putuarya.smk@gmail.com', 'Tugas sekolah',
      'Selamat siang pak/bu, saya Putu Arya Wiguna siswa SMK Negeri 2 Negara kelas XI. Saya ada tugas tentang '
      'jumlah wisatawan di Jembrana tahun 2024, boleh minta datanya? Terima kasih',
      name='Putu Arya Wiguna', inst='SMK Negeri 2 Negara')
    C('lsm', 'outlook', 'Yulia Kartikasari', 'yulia@lsm-bali-lestari.or.id', 'Data perikanan',
      'Dengan hormat,\n\nPerkenalkan, saya Yulia Kartikasari, koordinator program di LSM Bali Lestari. Kami '
      'sedang mengkaji kesejahteraan nelayan dan memerlukan data produksi perikanan tangkap serta jumlah rumah '
      'tangga nelayan Kabupaten Jembrana 2020-2024.\n\nHormat kami,\nYulia Kartikasari',
      name='Yulia Kartikasari', inst='LSM Bali Lestari')
    C('pt-company', 'gmail', 'Hendra Wijaya', 'hendra.wijaya@majubersama.co.id', 'Market research Jembrana',
      'Selamat pagi,\n\nSaya Hendra Wijaya dari PT Maju Bersama Sejahtera, perusahaan distribusi. Kami ingin '
      'mengetahui rata-rata pengeluaran per kapita dan jumlah rumah tangga di Kabupaten Jembrana tahun 2024.\n\n'
      'Terima kasih\nHendra Wijaya\nMarketing Manager', name='Hendra Wijaya', inst='PT Maju Bersama Sejahtera')
    C('typos', 'iphone', '', 'adithya_p@gmail.com', 'permohonan dta',
      'slmt pagi, prkenalkan nama sy Adithya Pratama mhs univ warmadewa, sy perlu dta pdrb jembrana thn 2023 utk '
      'skripsi. trims', name='Adithya Pratama', inst='univ warmadewa')
    C('consultation', 'gmail', 'Ida Ayu Kade Sri', 'dayusri@undiksha.ac.id', 'Konsultasi statistik',
      'Om Swastiastu,\n\nSaya Ida Ayu Kade Sri, dosen Universitas Pendidikan Ganesha. Saya ingin berkonsultasi '
      'mengenai metodologi penghitungan garis kemiskinan dan cara mengakses data mikro Susenas.\n\n'
      'Om Shanti Shanti Shanti Om\nIda Ayu Kade Sri', name='Ida Ayu Kade Sri', inst='Universitas Pendidikan Ganesha')
    C('institution-first', 'outlook', 'Bagian Perekonomian', 'ekonomi@jembranakab.go.id',
      'Permintaan data inflasi dan harga',
      'Yth. Kepala BPS Kabupaten Jembrana,\n\nBagian Perekonomian Sekretariat Daerah Kabupaten Jembrana memohon '
      'data perkembangan harga beras dan cabai di pasar Negara selama 2026.\n\nAtas perhatiannya kami ucapkan '
      'terima kasih.\n\nKepala Bagian Perekonomian,\nI Ketut Widana', name='I Ketut Widana',
      inst='Bagian Perekonomian Sekretariat Daerah Kabupaten Jembrana')
    C('kami-dari', 'gmail', 'Rizky', 'rizky.am@gmail.com', 'Permohonan data UMKM',
      'Selamat siang. Kami dari Himpunan Mahasiswa Ekonomi Universitas Udayana ingin meminta data jumlah UMKM '
      'di Kabupaten Jembrana tahun 2023 untuk kegiatan penelitian. Terima kasih. Rizky Amalia',
      name='Rizky Amalia', inst='Himpunan Mahasiswa Ekonomi Universitas Udayana')
    C('gmail-wrapped', 'gmail', 'I Gusti Ayu Putri Maharani', 'gekputri@gmail.com', 'Data migrasi',
      'Selamat pagi. Perkenalkan nama saya I Gusti Ayu Putri Maharani, mahasiswa S2 Kependudukan Universitas '
      'Gadjah Mada. Saya ingin memperoleh data migrasi masuk dan keluar Kabupaten Jembrana hasil Sensus Penduduk '
      '2020. Terima kasih.', name='I Gusti Ayu Putri Maharani', inst='Universitas Gadjah Mada', wrap=72)
    C('signature-degree', 'outlook', 'Dr. Wayan Sukadana', 'wsukadana@unmas.ac.id', 'Request data',
      'Selamat pagi,\n\nMohon bantuan data rasio gini dan distribusi pengeluaran penduduk Kabupaten Jembrana '
      '2015-2025 untuk penelitian hibah kami.\n\nTerima kasih.\n\nBest regards,\nDr. I Wayan Sukadana, S.E., M.Si.\n'
      'Fakultas Ekonomi dan Bisnis\nUniversitas Mahasaraswati Denpasar', name='Dr. I Wayan Sukadana',
      inst='Universitas Mahasaraswati Denpasar')
    C('bank-bri', 'gmail', 'Nanda', 'nanda.prasetyo@bri.co.id', 'permintaan data',
      'Selamat siang, saya Nanda Prasetyo dari Bank BRI Cabang Negara. Kami membutuhkan data jumlah usaha '
      'mikro dan kecil per kecamatan di Jembrana tahun 2024. Terima kasih.',
      name='Nanda Prasetyo', inst='Bank BRI Cabang Negara')
    C('english-no-inst', 'gmail', 'Emily Chen', 'emily.chen88@gmail.com', 'Population data',
      'Hello,\n\nMy name is Emily Chen. I need population data by district for Jembrana, 2020 census. Where can I '
      'download it?\n\nThank you!', name='Emily Chen', inst=None, lang='en')
    C('english-nothing', 'outlook', 'Mark', 'mark.t@outlook.com', 'Question',
      'Hi there,\n\nI have a question, could you help me?\n\nThanks\n\nGet Outlook for Android',
      name=None, inst=None, req=False, lang='en')
    C('desa-perbekel', 'gmail', 'Kantor Desa Yehembang', 'desayehembang@gmail.com', 'Permohonan data desa',
      'Om Swastiastu,\n\nSaya I Made Sudarsana, Perbekel Desa Yehembang Kauh. Mohon data jumlah penduduk dan '
      'rumah tangga miskin di desa kami hasil pendataan terbaru.\n\nSuksma,\nI Made Sudarsana',
      name='I Made Sudarsana', inst='Desa Yehembang Kauh')
    C('stikom', 'gmail', 'Yoga', 'yogaadi@stikom-bali.ac.id', 'Data TIK',
      'Halo, saya Yoga Adi Saputra mahasiswa ITB STIKOM Bali. Mau minta data persentase rumah tangga yang '
      'mengakses internet di Jembrana 2024 ya kak. Makasih',
      name='Yoga Adi Saputra', inst='ITB STIKOM Bali')
    C('uin-student', 'yahoo', 'Siti Nurhaliza', 'sitinur_h@yahoo.com', 'Permohonan data',
      'Assalamualaikum wr. wb.\n\nPerkenalkan saya Siti Nurhaliza, mahasiswi UIN Sunan Ampel Surabaya. Saya '
      'memerlukan data jumlah pemeluk agama per kecamatan di Kabupaten Jembrana tahun 2023 untuk tesis saya.\n\n'
      'Wassalamualaikum wr. wb.\n\nSent from Yahoo Mail on Android',
      name='Siti Nurhaliza', inst='UIN Sunan Ampel Surabaya')
    C('kementerian', 'outlook', 'Rahmat Hidayat', 'rahmat.hidayat@kemnaker.go.id', 'Data ketenagakerjaan Jembrana',
      'Dengan hormat,\n\nSaya Rahmat Hidayat, analis kebijakan pada Kementerian Ketenagakerjaan RI. Dalam rangka '
      'evaluasi program, kami membutuhkan data tingkat pengangguran terbuka Kabupaten Jembrana menurut pendidikan '
      'tahun 2021-2025.\n\nTerima kasih.\n\nRahmat Hidayat\nKementerian Ketenagakerjaan RI',
      name='Rahmat Hidayat', inst='Kementerian Ketenagakerjaan RI')
    C('disclaimer', 'outlook', 'Febri Kurniawan', 'febri.k@bankbpd.co.id', 'Data PDRB per kapita',
      'Selamat siang,\n\nSaya Febri Kurniawan dari Bank BPD Bali. Mohon data PDRB per kapita Kabupaten Jembrana '
      '2024.\n\nTerima kasih,\nFebri Kurniawan\n\nDISCLAIMER: This e-mail and any files transmitted with it are '
      'confidential and intended solely for the use of the individual or entity to whom they are addressed. If '
      'you have received this email in error please notify the sender.',
      name='Febri Kurniawan', inst='Bank BPD Bali')
    C('avast-footer', 'gmail', 'Nyoman Ari', 'nyomanari@gmail.com', 'permohonan data curah hujan',
      'Selamat pagi, nama saya Nyoman Ari Setiawan, mahasiswa Fakultas Pertanian Universitas Udayana. Mohon data '
      'curah hujan bulanan Kabupaten Jembrana 2020-2024.\nTerima kasih\n\n'
      'Virus-free.www.avast.com', name='Nyoman Ari Setiawan', inst='Universitas Udayana')
    C('only-name-no-request', 'gmail', 'Gusti Bagus', 'gustibagus@gmail.com', 'Halo',
      'Halo, saya Gusti Bagus Mahendra dari Undiksha.', name='Gusti Bagus Mahendra', inst='Undiksha', req=False)
    C('subject-carries-request', 'outlook', 'Desak Made Wulandari', 'desakwulan@gmail.com',
      'Permohonan data jumlah penduduk Kecamatan Pekutatan 2025',
      'Selamat pagi,\n\nSaya Desak Made Wulandari, mahasiswa Universitas Dhyana Pura. Mohon dibantu sesuai '
      'subjek email.\n\nTerima kasih', name='Desak Made Wulandari', inst='Universitas Dhyana Pura')
    C('bahasa-campur', 'gmail', 'Kevin Tanoto', 'kevintanoto@gmail.com', 'Data request',
      'Halo, saya Kevin Tanoto dari Universitas Ciputra. I need data tingkat hunian kamar hotel di Jembrana '
      'tahun 2024 ya. Thanks!', name='Kevin Tanoto', inst='Universitas Ciputra')
    C('pemkab-camat', 'outlook', 'Kecamatan Mendoyo', 'kec.mendoyo@jembranakab.go.id', 'Data Kecamatan Dalam Angka',
      'Dengan hormat,\n\nKami dari Kantor Camat Mendoyo memohon publikasi Kecamatan Mendoyo Dalam Angka 2026 '
      'dalam bentuk softcopy.\n\nHormat kami,\nI Wayan Darma\nSekretaris Camat Mendoyo',
      name='I Wayan Darma', inst='Kantor Camat Mendoyo')
    C('rsud', 'gmail', 'dr. Anak Agung Sagung Mirah', 'gungmirah@gmail.com', 'data',
      'Selamat pagi, saya dr. Anak Agung Sagung Mirah dari RSUD Negara. Kami memerlukan data jumlah penduduk '
      'lansia Kabupaten Jembrana tahun 2025. Terima kasih.', name='dr. Anak Agung Sagung Mirah', inst='RSUD Negara')

    # ---------------------------------------------------------------- replies
    C('reply-gmail-complete', 'gmail', 'Ketut Suardana', 'ketutsuardana@gmail.com',
      'Re: [PST-2026-00042] Mohon data kemiskinan',
      'Baik, saya lengkapi. Saya dari Universitas Udayana.\n\nTerima kasih', quote=gq(ASK, 'id'),
      kind='reply', name=None, inst='Universitas Udayana', req=False, ticket='PST-2026-00042',
      in_reply_to=OUR(42), references=[OUR(42)])
    C('reply-thanks', 'outlook', 'Made Wirawan', 'made.wirawan@jembranakab.go.id',
      'RE: [PST-2026-00051] Permintaan data PDRB',
      'Terima kasih banyak, data sudah kami terima.\n\nSalam,\nMade Wirawan',
      quote=oq(ACK % (51, 'Made Wirawan', 'Bappeda Kabupaten Jembrana', 'data PDRB'), 'Made Wirawan', 'Permintaan data PDRB'),
      kind='reply', name='Made Wirawan', inst=None, req=False, ticket='PST-2026-00051',
      in_reply_to=OUR(51, 'aa01'), references=[OUR(51, 'aa01')])
    C('reply-new-question', 'gmail', 'Sarah Whitfield', 'sarah.whitfield@anu.edu.au',
      'Re: [PST-2026-00060] Request for labour force data, Jembrana Regency',
      'Thank you very much for the tables. Is there also a breakdown of the unemployment rate by sex for 2024?\n\n'
      'Best,\nSarah', quote=gq(ACK % (60, 'Sarah Whitfield', 'ANU', 'labour data')),
      kind='reply', name='Sarah', inst=None, req=True, ticket='PST-2026-00060', lang='en',
      in_reply_to=OUR(60, 'bb02'))
    C('reply-by-references-only', 'iphone', 'Budi', 'budi.p@student.unud.ac.id', 'Re: Permintaan data',
      'Nama lengkap saya Budi Prasetya, mhs Universitas Udayana kak\n\nDikirim dari iPhone saya',
      quote='> Pada 23 Nov 2026, pukul 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n>\n> '
            + ASK.replace('\n', '\n> '),
      kind='reply', name='Budi Prasetya', inst='Universitas Udayana', req=False, ticket='PST-2026-00077',
      references=['CA+abc@mail.gmail.com', OUR(77, 'cc03')])
    C('reply-yahoo-quote', 'yahoo', 'KOMANG SRIASIH', 'komang_sriasih@yahoo.co.id',
      'Re: [PST-2026-00080] mohon data IPM',
      'Sudah saya terima, suksma.', quote=yq(ACK % (80, 'Komang Sriasih', 'SMA Negeri 1 Negara', 'IPM')),
      kind='reply', name=None, inst=None, req=False, ticket='PST-2026-00080', in_reply_to=OUR(80, 'dd04'))
    C('reply-ticket-in-text', 'gmail', 'Andi Saputra', 'andisaputra87@gmail.com', 'Menanyakan status permintaan',
      'Selamat siang, saya ingin menanyakan status permintaan data saya dengan nomor tiket PST-2026-00095. '
      'Terima kasih.', kind='reply', name=None, inst=None, req=False, ticket='PST-2026-00095')
    C('reply-outlook-id-quote', 'outlook', 'I Nyoman Budiarta', 'nyoman.budiarta@balikab.go.id',
      'BLS: [PST-2026-00102] Permohonan data ketenagakerjaan',
      'Terima kasih, mohon juga data jumlah pencari kerja terdaftar tahun 2025 bila ada.\n\nI Nyoman Budiarta',
      quote=oq(ACK % (102, 'I Nyoman Budiarta', 'Disnakerperin', 'upah'), 'I Nyoman Budiarta',
               '[PST-2026-00102] Permohonan data ketenagakerjaan', 'id'),
      kind='reply', name='I Nyoman Budiarta', inst=None, req=True, ticket='PST-2026-00102',
      in_reply_to=OUR(102, 'ee05'))

    # ---------------------------------------------------------------- ratings
    C('rating-nilai', 'gmail', 'Ni Putu Ayu Lestari', 'ayulestari.np@gmail.com',
      'Re: [PST-2026-00042] Permohonan Data Kemiskinan Kabupaten Jembrana',
      'Nilai: 5\nPelayanan sangat cepat, terima kasih!', quote=gq('Mohon beri penilaian 1-5 atas layanan kami.'),
      kind='rating', rating=5, ticket='PST-2026-00042', req=False, in_reply_to=OUR(42, 'ff06'))
    C('rating-beri-dari', 'outlook', 'Made Wirawan', 'made.wirawan@jembranakab.go.id',
      'RE: [PST-2026-00051] Survei kepuasan layanan',
      'Saya beri 4 dari 5. Datanya lengkap, hanya agak lama.\n\nMade',
      quote=oq('Mohon beri nilai layanan kami (1-5).', 'Made Wirawan', 'Survei kepuasan layanan'),
      kind='rating', rating=4, ticket='PST-2026-00051', req=False, name='Made')
    C('rating-slash', 'iphone', 'Gede Arimbawa', 'gedearimbawa@gmail.com', 'Re: [PST-2026-00063] Konfirmasi data inflasi',
      '5/5 mantap\n\nDikirim dari iPhone saya', kind='rating', rating=5, ticket='PST-2026-00063', req=False,
      in_reply_to=OUR(63, '1111'))
    C('rating-three-of-four', 'gmail', 'Dian Permata', 'dianpermata@gmail.com', 'Re: [PST-2026-00070] minta data',
      'rating saya 3/4 kak, makasih', kind='rating', rating=3, ticket='PST-2026-00070', req=False,
      in_reply_to=OUR(70, '2222'))
    C('rating-bintang', 'yahoo', 'Komang Sriasih', 'komang_sriasih@yahoo.co.id', 'Re: [PST-2026-00080] Penilaian layanan',
      'bintang 4 untuk pelayanannya. suksma', kind='rating', rating=4, ticket='PST-2026-00080', req=False)
    C('rating-english', 'gmail', 'Sarah Whitfield', 'sarah.whitfield@anu.edu.au',
      'Re: [PST-2026-00060] How did we do?', "I'd rate the service 5 out of 5. Very helpful staff.\n\nSarah",
      kind='rating', rating=5, ticket='PST-2026-00060', req=False, lang='en', name='Sarah',
      in_reply_to=OUR(60, '3333'))

    # ---------------------------------------------------------------- complaints
    C('complaint-slow', 'gmail', 'Rudi Hartono', 'rudihartono@gmail.com', 'Pengaduan pelayanan PST',
      'Selamat siang,\n\nSaya ingin menyampaikan pengaduan. Permintaan data saya dengan tiket PST-2026-00031 sudah '
      'lebih dari seminggu belum juga dibalas. Mohon ditindaklanjuti.\n\nRudi Hartono',
      kind='complaint', name='Rudi Hartono', inst=None, req=False, ticket='PST-2026-00031')
    C('complaint-anon', 'gmail', '', 'warga.jembrana@gmail.com', 'keluhan',
      'Petugas di loket PST kemarin kurang ramah dan saya harus menunggu lama. Tolong diperbaiki.',
      kind='complaint', req=False)
    C('complaint-kritik-saran', 'outlook', 'Putu Eka', 'putueka@outlook.com', 'Kritik dan saran untuk PST',
      'Selamat pagi, saya Putu Eka Sanjaya. Saya ingin memberikan kritik dan saran: website publikasi sering '
      'tidak bisa diakses dan tabelnya tidak bisa diunduh dalam format Excel.\n\nSalam,\nPutu Eka Sanjaya',
      kind='complaint', name='Putu Eka Sanjaya', req=False)
    C('complaint-keberatan', 'gmail', 'Hendra Wijaya', 'hendra.wijaya@majubersama.co.id',
      'Re: [PST-2026-00088] Market research Jembrana',
      'Saya keberatan dengan jawaban petugas bahwa data tersebut harus berbayar. Mohon penjelasan dasar hukumnya.',
      kind='complaint', req=False, ticket='PST-2026-00088', in_reply_to=OUR(88, '4444'))
    C('complaint-english', 'gmail', 'Tom Richards', 'tom.richards@gmail.com', 'Complaint about response time',
      "I'm disappointed: I sent my request two weeks ago and have had no reply at all.\n\nTom Richards",
      kind='complaint', name='Tom Richards', req=False, lang='en')

    # ---------------------------------------------------------------- not complaints despite the words
    C('polite-keberatan', 'gmail', 'Ni Kadek Sintya', 'kadeksintya@gmail.com', 'Permohonan data',
      'Selamat pagi, saya Ni Kadek Sintya dari Universitas Udayana. Jika tidak keberatan, saya ingin meminta data '
      'persentase penduduk yang mempunyai keluhan kesehatan di Kabupaten Jembrana tahun 2024. Terima kasih.',
      name='Ni Kadek Sintya', inst='Universitas Udayana')
    C('mohon-saran', 'gmail', 'Arya Dinata', 'aryadinata@gmail.com', 'Mohon saran data untuk penelitian',
      'Selamat siang, saya Arya Dinata, mahasiswa Universitas Pendidikan Nasional. Mohon saran data apa yang '
      'tepat untuk meneliti ketimpangan pendapatan di Jembrana, apakah rasio gini tersedia per kecamatan?',
      name='Arya Dinata', inst='Universitas Pendidikan Nasional')

    # ---------------------------------------------------------------- forwards
    C('forward-gmail', 'gmail', 'Admin BPS Jembrana', 'bps5101@bps.go.id', 'Fwd: Permintaan data pertanian',
      'Mohon ditindaklanjuti.\n\n---------- Forwarded message ---------\nFrom: Wayan Gede Arsana <wayanarsana@gmail.com>\n'
      'Date: Sun, 22 Nov 2026 at 20:11\nSubject: Permintaan data pertanian\nTo: <bps5101@bps.go.id>\n\n\n'
      'Selamat malam, saya Wayan Gede Arsana dari Universitas Tabanan. Saya memerlukan data luas panen jagung '
      'per kecamatan di Jembrana tahun 2024. Terima kasih.',
      name='Wayan Gede Arsana', inst='Universitas Tabanan')
    C('forward-outlook', 'outlook', 'Sekretariat BPS', 'bps5101@bps.go.id', 'FW: Data pariwisata',
      'FYI, mohon dibantu.\n\n________________________________\nFrom: Linda Marlina <linda.marlina@unhi.ac.id>\n'
      'Sent: Sunday, November 22, 2026 7:03 PM\nTo: BPS Kabupaten Jembrana <bps5101@bps.go.id>\n'
      'Subject: Data pariwisata\n\nSelamat malam,\n\nSaya Linda Marlina, dosen Universitas Hindu Indonesia. Kami '
      'memerlukan data jumlah kunjungan wisatawan ke objek wisata di Jembrana 2023-2025.\n\nSalam,\nLinda',
      name='Linda Marlina', inst='Universitas Hindu Indonesia')
    C('forward-attached-rfc822', 'gmail', 'Admin BPS Jembrana', 'bps5101@bps.go.id', 'Fwd: permohonan data',
      'Diteruskan, permintaan masuk ke alamat lama.', name='Ni Luh Putu Dewi', inst='Universitas Udayana',
      attach_message=dict(client='iphone', from_name='Ni Luh Putu Dewi', from_addr='luhdewi@gmail.com',
                          subject='permohonan data', body='Selamat pagi, saya Ni Luh Putu Dewi dari Universitas '
                          'Udayana. Mohon data jumlah penduduk Kecamatan Negara tahun 2025. Terima kasih.\n\n'
                          'Sent from my iPhone'))
    C('forward-indonesian-gmail', 'gmail', 'Pelayanan Kantor', 'bps5101@bps.go.id', 'Fwd: data kendaraan',
      '---------- Pesan terusan ---------\nDari: Agung Wicaksono <agungw@gmail.com>\nDate: Sab, 21 Nov 2026 '
      'pukul 10.02\nSubject: data kendaraan\nTo: <bps5101@bps.go.id>\n\n\nsore min, aku Agung mau minta data '
      'jumlah kendaraan bermotor di jembrana 2024, buat tugas kuliah. makasih',
      name='Agung', inst=None)

    # ---------------------------------------------------------------- auto replies
    C('ooo-outlook-en', 'outlook', 'Made Wirawan', 'made.wirawan@jembranakab.go.id',
      'Automatic reply: [PST-2026-00051] Permintaan data PDRB',
      'I am out of the office until 30 November with limited access to email.',
      kind='auto_reply', req=False, ticket='PST-2026-00051', lang='en',
      extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')])
    C('ooo-balasan-otomatis', 'outlook', 'Rahmat Hidayat', 'rahmat.hidayat@kemnaker.go.id',
      'Balasan Otomatis: [PST-2026-00110] Data ketenagakerjaan Jembrana',
      'Terima kasih atas email Anda. Saya sedang dinas luar sampai tanggal 27 November 2026.',
      kind='auto_reply', req=False, ticket='PST-2026-00110', extra=[('Auto-Submitted', 'auto-replied')])
    C('ooo-gmail-vacation', 'gmail', 'Ida Ayu Kade Sri', 'dayusri@undiksha.ac.id', 'Re: [PST-2026-00099] Konsultasi statistik',
      'Saya sedang cuti sampai 1 Desember 2026. Email akan saya balas setelah kembali.',
      kind='auto_reply', req=False, ticket='PST-2026-00099', extra=[('Auto-Submitted', 'auto-replied'),
                                                                    ('Precedence', 'bulk')])
    C('ooo-subject-only', 'gmail', 'Hendra Wijaya', 'hendra.wijaya@majubersama.co.id', 'Di luar kantor',
      'Saya sedang di luar kantor hingga Senin. Untuk keperluan mendesak hubungi 0812-3456-7890.',
      kind='auto_reply', req=False)
    C('noreply-sender', 'gmail', 'Sistem Informasi Akademik', 'noreply@unud.ac.id', 'Pemberitahuan',
      'Pesan ini dikirim otomatis. Jangan membalas email ini.', kind='auto_reply', req=False)
    C('list-mail', 'gmail', 'Buletin Statistik', 'buletin@statistik-list.id', 'Buletin Statistik Edisi November',
      'Edisi November: inflasi, kemiskinan, dan IPM terbaru. Berhenti berlangganan di tautan di bawah.',
      kind='auto_reply', req=False, extra=[('List-Id', '<buletin.statistik-list.id>'),
                                             ('List-Unsubscribe', '<mailto:unsubscribe@statistik-list.id>')])

    # ---------------------------------------------------------------- bounces
    D('dsn-postfix', dict(recipient='budi.salah@gmail.com', original_message_id=OUR(42)), 'PST-2026-00042')
    D('dsn-gmail', dict(recipient='ayulestari.npx@gmail.com', original_message_id=OUR(55, '5555'),
                        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
                           'subject': 'Delivery Status Notification (Failure)',
                           'orig_subject': '[PST-2026-00055] Mohon lengkapi permintaan Anda'}), 'PST-2026-00055')
    D('dsn-exchange', dict(recipient='staf@jembranakab.go.id', original_message_id=OUR(61, '6666'),
                           **{'from': 'postmaster@jembranakab.go.id', 'subject': 'Undeliverable: [PST-2026-00061] Permintaan data',
                              'orig_subject': '[PST-2026-00061] Permintaan data', 'status': '5.2.2',
                              'text': 'Delivery has failed to these recipients or groups:\n\nstaf@jembranakab.go.id\n'
                                      'The recipient\'s mailbox is full and can\'t accept messages now.'}),
      'PST-2026-00061')
    D('dsn-delayed', dict(recipient='slow@yahoo.co.id', original_message_id=OUR(64, '7777'), action='delayed',
                          status='4.4.1', **{'subject': 'Delivery Status Notification (Delay)',
                                             'orig_subject': '[PST-2026-00064] Permintaan data Anda telah kami terima'}),
      'PST-2026-00064')
