# corpus_fresh9.py: a ninth batch, written blind by a seventh independent author who saw neither the parser
# nor its results: a regency letter in a pipe table signed "a.n. ... Sekretaris, u.b. Kepala Bidang", the
# regency's Satu Data team (the writer names himself in brackets), Bawaslu (naming KPU), the district
# prosecutor (a "Pengirim:" block at the end), a transport office writing from Outlook for iOS, BPJS
# Ketenagakerjaan (one-line signature with pipes), a family-planning field officer on Yahoo for Android, the
# fire service (no name), a navy post commander with his rank, a village council chairman in lower case, a
# numbered civil-registry form; Pegadaian, a minimarket chain's site team, a housing developer who introduces
# himself in a P.S., a shrimp farm manager writing in Javanese krama, a contractor (capitals in the subject),
# a pharmacist (apt.), a fintech in English, a market-research firm naming its client, a market BUMD; PMI, a
# blind disability leader dictating by voice, LKKNU, a Buddhist vihara, a pasraman run by a Jro Mangku in
# Balinese, the scouts ("Kak"), Habitat for Humanity, a Pokdarwis sent by another office; SLB, TK and
# pesantren teachers; students of STIS (form lines), Unsrat (Manado Malay), USK (name and campus only in the
# subject), a Primakara group signing "a.n. Kelompok 4", a UNY professor naming partners elsewhere, UII
# (supervisor at BPS Provinsi), Mahendradatta (lower case), Telkom University (need only in the attached
# letter); Auckland, Peking, KU Leuven (iso-8859-1), Brunei (written in Malay), SOAS; private persons ("yang
# bertanda tangan", a housewife naming her husband's office, Dutch retirees), vague mails, capitals without
# an introduction, a forwarded director's note, a new request citing an old ticket, TVRI; replies with
# "Instansi: -", inline answers under our quoted form, corrections, follow-ups, status, thanks in Balinese;
# ratings as a checkbox row, in Javanese number words, in words only, new mails; complaints (WhatsApp
# unanswered, cover letters, fees, being asked again, an enumerator, a village in capitals, a suggestion);
# auto-replies and bounces (set "fresh9"; tickets PST-2026-009xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh9')

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

    def iq(text):
        """Quote as Apple Mail on an iPhone writes it."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        return 'On 23 Nov 2026, at 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + q

    def tq(text):
        """Quote as Thunderbird writes it."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        return 'On 23/11/2026 09.14, PST BPS Kabupaten Jembrana wrote:\n' + q

    def rp(n):
        return dict(in_reply_to=OUR(n, '5c07e2b9'), references=[OUR(n, '5c07e2b9')])

    # ------------------------------------------------------------------------------------------------
    # Regency, village, vertical and national offices
    # ------------------------------------------------------------------------------------------------
    C('f9-req-diskopukmdag-letter-table-ub-kabid', 'outlook', 'Diskopukmdag Jembrana', 'diskopukmdag@jembranakab.go.id',
      'Permohonan Data Hasil Sensus Ekonomi 2026 dan Harga Eceran', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KOPERASI, USAHA KECIL DAN MENENGAH, DAN PERDAGANGAN
        Jalan Ngurah Rai Nomor 11, Negara, Bali 82212
        Telepon (0365) 41xxx, Pos-el diskopukmdag@jembranakab.go.id

                                                        Negara, 18 November 2026
        Nomor    : 500.2/1452/Diskopukmdag/2026
        Lampiran : -
        Perihal  : Permohonan Data

        Kepada
        Yth. Kepala BPS Kabupaten Jembrana
        c.q. Pelayanan Statistik Terpadu
        di -
           Negara

        Menindaklanjuti Rapat Koordinasi Pengembangan UMKM tanggal 12 November 2026, dengan ini kami mohon bantuan Saudara untuk menyampaikan data sebagai berikut:

        No | Jenis Data                                                        | Periode      | Rincian
        1  | Jumlah usaha menurut kategori lapangan usaha (Sensus Ekonomi 2026) | 2026         | per kecamatan
        2  | Jumlah usaha mikro dan kecil industri pengolahan                  | 2022-2025    | per kecamatan
        3  | Rata-rata harga eceran beras, minyak goreng, gula pasir, cabai rawit | Jan-Okt 2026 | bulanan

        Apabila hasil Sensus Ekonomi 2026 belum dapat dirilis, mohon informasi jadwal rilisnya.

        Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

        a.n. KEPALA DINAS KOPERASI, USAHA KECIL DAN MENENGAH,
        DAN PERDAGANGAN KABUPATEN JEMBRANA
        Sekretaris,
        u.b.
        Kepala Bidang Usaha Mikro,

        ttd

        I KADEK SUARDANA PUTRA, S.E., M.Si.
        Penata Tingkat I (III/d)
        NIP 19830412 200901 1 006

        Tembusan:
        1. Kepala Dinas (sebagai laporan);
        2. Arsip.
        '''), name='I KADEK SUARDANA PUTRA',
      inst='Dinas Koperasi, Usaha Kecil dan Menengah, dan Perdagangan Kabupaten Jembrana', **F)

    C('f9-req-diskominfo-satu-data-name-in-brackets', 'gmail', 'Satu Data Jembrana', 'satudata.jembrana@gmail.com',
      'Koordinasi data untuk Portal Satu Data Jembrana', T('''
        Selamat pagi Bapak/Ibu PST BPS Jembrana,

        Sehubungan dengan pemutakhiran Portal Satu Data Kabupaten Jembrana akhir tahun ini, Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana selaku walidata daerah perlu memuat ulang indikator strategis yang bersumber dari BPS. Kami (saya sendiri, I Putu Gede Mahardika, pranata komputer yang ditugasi sebagai admin portal) mohon dikirimkan tabel berikut dalam format CSV atau Excel:

        - IPM dan komponennya 2020-2025
        - persentase penduduk miskin dan garis kemiskinan 2020-2026
        - TPT dan TPAK Agustus 2020-2025
        - laju pertumbuhan PDRB ADHK 2020-2025

        Sekalian kami ingin mengonfirmasi apakah metadata kegiatan statistik untuk tabel-tabel tersebut boleh kami tautkan ke website BPS.

        Salam Satu Data,
        Tim Satu Data Jembrana
        '''), name='I Putu Gede Mahardika',
      inst='Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana', **F)

    C('f9-req-bawaslu-mentions-kpu', 'outlook', 'Bawaslu Kabupaten Jembrana', 'jembrana@bawaslu.go.id',
      'Permohonan data penduduk usia 17 tahun ke atas', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Salam awas!

        Kami dari Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Jembrana sedang menyusun pemetaan kerawanan sebagai persiapan pengawasan Pemilu 2029. Data Daftar Pemilih Tetap sudah kami peroleh dari KPU Kabupaten Jembrana; sebagai pembanding kami memerlukan data dari BPS:
        1. proyeksi jumlah penduduk usia 17 tahun ke atas per kecamatan, 2025-2029;
        2. jumlah penduduk per desa/kelurahan menurut jenis kelamin tahun 2025;
        3. persentase penduduk 15 tahun ke atas yang buta huruf per kecamatan.

        Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Hormat kami,
        Desak Made Rai Wulandari, S.H.
        Koordinator Divisi Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat
        Bawaslu Kabupaten Jembrana
        '''), name='Desak Made Rai Wulandari', inst='Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Jembrana', **F)

    C('f9-req-kejari-pengirim-block-at-end', 'gmail', 'Rizal Harahap', 'rizal.harahap.kejari@gmail.com',
      'Mohon bantuan data desa (program Jaga Desa)', T('''
        Selamat siang,

        Dalam rangka program Jaga Desa (pendampingan pengelolaan dana desa), kami akan memprioritaskan desa-desa dengan tingkat kemiskinan tinggi dan jumlah penduduk besar. Untuk itu kami mohon bantuan data:
        a) jumlah penduduk dan jumlah rumah tangga per desa se-Kabupaten Jembrana, 2025;
        b) persentase penduduk miskin per kecamatan, 2023-2025;
        c) jumlah desa menurut status Indeks Desa, kalau BPS memilikinya (jika tidak, akan kami mintakan ke Dinas PMD).

        Pengirim:
        Muhammad Rizal Harahap, S.H., M.H.
        Jaksa Fungsional pada Seksi Intelijen
        Kejaksaan Negeri Jembrana
        Jl. Ngurah Rai No. 2, Negara
        '''), name='Muhammad Rizal Harahap', inst='Kejaksaan Negeri Jembrana', **F)

    C('f9-req-bptd-outlook-ios-names-banyuwangi', 'outlook', 'Antonius Ferry Kurniawan', 'antonius.fk@dephub.go.id',
      'Data penduduk Jembrana utk kajian penyeberangan', T('''
        Pagi Pak/Bu,

        Mohon izin, saya Antonius Ferry Kurniawan dari Balai Pengelola Transportasi Darat Kelas II Bali, bertugas di Satpel Pelabuhan Penyeberangan Gilimanuk. Kami sedang membuat kajian singkat kebutuhan tambahan dermaga di lintas Ketapang-Gilimanuk.

        Boleh minta data proyeksi penduduk Kab. Jembrana 2025-2035 dan jumlah wisatawan yang masuk ke Jembrana per bulan th 2025? Untuk sisi Banyuwangi sudah kami minta ke BPS Kabupaten Banyuwangi.

        Terima kasih Pak/Bu 🙏

        Antonius F.K.

        Get Outlook for iOS
        '''), name='Antonius Ferry Kurniawan', inst='Balai Pengelola Transportasi Darat Kelas II Bali',
      charset='utf-8', **F)

    C('f9-req-bpjs-tk-pipe-signature', 'outlook', 'Ivan Setiadi Halim', 'ivan.halim@bpjsketenagakerjaan.go.id',
      'Permintaan Data Ketenagakerjaan Sektor Informal Kab. Jembrana', T('''
        Yth. Tim PST BPS Jembrana,

        Dalam rangka perluasan kepesertaan pekerja Bukan Penerima Upah (BPU) tahun 2027, kami memerlukan data:
        - jumlah penduduk bekerja menurut status pekerjaan utama (berusaha sendiri, pekerja bebas, pekerja keluarga, dll.), Sakernas Agustus 2023-2025;
        - jumlah penduduk bekerja menurut lapangan usaha utama per kecamatan, jika tersedia;
        - jumlah rumah tangga nelayan dan petani.

        Mohon arahan apabila ada formulir permintaan data yang harus kami isi.

        Terima kasih atas kerja samanya.

        Ivan Setiadi Halim | Penata Madya Kepesertaan | BPJS Ketenagakerjaan Kantor Cabang Perintis Negara
        Jl. Udayana No. 19, Negara | (0365) 4xxxx

        BPJS Ketenagakerjaan. Kerja Keras Bebas Cemas.
        Jangan memberikan data pribadi Anda kepada pihak yang mengatasnamakan BPJS Ketenagakerjaan.
        '''), name='Ivan Setiadi Halim', inst='BPJS Ketenagakerjaan Kantor Cabang Perintis Negara', **F)

    C('f9-req-penyuluh-kb-yahoo-android', 'yahoo', 'Ketut Sudiartini', 'ketutsudiartini@yahoo.co.id',
      'mohon data PUS dan WUS kec mendoyo', T('''
        Om Swastyastu Bapak/Ibu,

        Saya Ni Ketut Sudiartini, penyuluh KB pada Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jembrana, bertugas di Balai Penyuluhan KB Kecamatan Mendoyo. Utk pemetaan sasaran Kampung KB tahun depan sy perlu data jumlah perempuan usia 15-49 thn yg berstatus kawin per desa di kecamatan mendoyo, dan rata2 jumlah anggota rumah tangga. Data thn 2025 atau yg terbaru.

        Suksma 🙏

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Ketut Sudiartini',
      inst='Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jembrana', **F)

    C('f9-req-damkar-thunderbird-no-name', 'thunderbird', 'Damkar Jembrana', 'damkar@jembranakab.go.id',
      'Permohonan data bangunan dan kepadatan penduduk', T('''
        Dengan hormat,

        Kami dari Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Jembrana bermaksud menyusun Rencana Induk Sistem Proteksi Kebakaran (RISPK) 2027-2031. Sehubungan dengan itu kami memerlukan data:

          - kepadatan penduduk per desa/kelurahan tahun 2025;
          - jumlah bangunan tempat tinggal menurut jenis atap dan dinding terluas;
          - jumlah pasar, pertokoan dan hotel per kecamatan (Podes 2024).

        Data mohon dikirim ke alamat email ini.

        Terima kasih.

        -- 
        Seksi Pencegahan dan Peningkatan Kapasitas
        Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Jembrana
        Jl. Yos Sudarso No. 4, Negara - Telp. 113 / (0365) 4xxxx
        '''), inst='Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Jembrana', **F)

    C('f9-req-posal-navy-rank-name', 'gmail', 'Agus Setyo Nugroho', 'agussetyo.posal@gmail.com',
      'Mohon data nelayan dan penduduk desa pesisir Kec. Melaya', T('''
        Selamat pagi,

        Izin memperkenalkan diri, saya Letda Laut (P) Agus Setyo Nugroho, Komandan Pos TNI Angkatan Laut Gilimanuk (jajaran Lanal Denpasar). Dalam rangka pembinaan potensi maritim di wilayah pesisir Kecamatan Melaya, kami mohon bantuan data jumlah penduduk, jumlah rumah tangga perikanan, dan jumlah perahu/kapal motor per desa pesisir (Gilimanuk, Melaya, Candikusuma, Tuwed) tahun terakhir.

        Terima kasih atas bantuannya.

        Hormat saya,
        Danposal Gilimanuk
        '''), name='Letda Laut (P) Agus Setyo Nugroho', inst='Pos TNI Angkatan Laut Gilimanuk', **F)

    C('f9-req-bpd-ketua-lowercase-camat-advised', 'gmail', 'ketut widana', 'ketutwidana.gumbrih@gmail.com',
      'data desa gumbrih', T('''
        om swastyastu

        maaf pak/bu mengganggu. sy ketut widana ketua bpd desa gumbrih kec pekutatan. kami di bpd lagi bahas rancangan apbdes 2027 dan pak camat menyarankan minta data ke bps. sy perlu jumlah penduduk desa gumbrih menurut umur dan jumlah rumah tangga miskin kalau ada. thn 2024 dan 2025.

        suksma pak/bu
        '''), name='ketut widana', inst='bpd desa gumbrih', **F)

    C('f9-req-disdukcapil-numbered-form', 'outlook', 'Bagus Oka Wiratama', 'bagusoka.dukcapil@jembranakab.go.id',
      'Permohonan data proyeksi penduduk (pembanding data konsolidasi)', T('''
        Selamat siang,

        Dengan ini saya mengajukan permohonan data dengan keterangan sebagai berikut:

        1. Nama        : Gusti Ngurah Bagus Oka Wiratama, S.Kom.
        2. NIP         : 19910817 201903 1 008
        3. Jabatan     : Pranata Komputer Ahli Pertama
        4. Unit kerja  : Bidang Pemanfaatan Data dan Inovasi Pelayanan, Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jembrana
        5. Data        : proyeksi penduduk Kabupaten Jembrana menurut kecamatan, kelompok umur lima tahunan dan jenis kelamin, 2020-2030
        6. Keperluan   : pembanding data konsolidasi bersih (DKB) semester II 2026

        Terima kasih atas bantuannya.
        '''), name='Gusti Ngurah Bagus Oka Wiratama', inst='Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jembrana',
      **F)

    # ------------------------------------------------------------------------------------------------
    # BUMN/BUMD branches and private firms
    # ------------------------------------------------------------------------------------------------
    C('f9-req-pegadaian-cabang-dash-intro', 'outlook', 'Retno Dwi Astuti', 'retno.astuti@pegadaian.co.id',
      'Permohonan data pendukung analisis pasar cabang', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan — Retno Dwi Astuti, Pemimpin Cabang PT Pegadaian Cabang Negara.

        Kami sedang menyusun analisis potensi pasar untuk pembukaan dua Unit Pelayanan Cabang baru di Kecamatan Melaya dan Pekutatan. Kami mohon bantuan data:
        • rata-rata pengeluaran per kapita sebulan, Kabupaten Jembrana 2023-2025;
        • jumlah usaha mikro dan kecil per kecamatan;
        • jumlah penduduk usia 20-59 tahun per kecamatan, 2025.

        Terima kasih atas perhatian dan bantuannya.

        Salam hangat,
        Retno Dwi Astuti
        PT Pegadaian Cabang Negara
        Mengatasi Masalah Tanpa Masalah
        '''), name='Retno Dwi Astuti', inst='PT Pegadaian Cabang Negara', charset='utf-8', **F)

    C('f9-req-minimart-site-selection-corporate', 'gmail', 'Dimas Anggara Putra', 'dimas.anggara@nusaretail.co.id',
      'Data request - penduduk per desa Kab. Jembrana (site selection)', T('''
        Dear Tim BPS Kabupaten Jembrana,

        Kami dari tim Location Development PT Nusa Retail Mandiri, pengelola jaringan minimarket TokoKita Mart. Saat ini kami sedang melakukan site selection untuk 6 gerai baru di Kabupaten Jembrana dan membutuhkan data berikut:

        1) Jumlah penduduk & jumlah rumah tangga per desa/kelurahan (2025)
        2) Kepadatan penduduk per desa
        3) Distribusi pengeluaran per kapita menurut kuintil, level kabupaten

        Preferably dalam format Excel. Jika ada biaya PNBP, mohon informasinya.

        Best regards,

        Dimas Anggara Putra
        Location Development Specialist – Bali & Nusa Tenggara
        PT Nusa Retail Mandiri
        Gedung Graha Niaga Lt. 7, Jl. Jend. Sudirman Kav. 58, Jakarta
        '''), name='Dimas Anggara Putra', inst='PT Nusa Retail Mandiri', **F)

    C('f9-req-developer-intro-in-ps-yahoo', 'yahoo', 'Hendrawan Gunadi', 'hendrawan.gunadi@yahoo.com',
      'Tanya data rumah tangga yg belum punya rumah', T('''
        Selamat siang Bapak/Ibu BPS,

        Mau tanya, apakah BPS Jembrana punya data jumlah rumah tangga yang status kepemilikan rumahnya kontrak/sewa atau menumpang, per kecamatan? Juga data backlog perumahan kalau ada. Kami berencana membangun perumahan subsidi (FLPP) sekitar 120 unit di Desa Dauhwaru dan perlu data ini untuk studi kelayakan yang diminta pihak bank.

        Terima kasih sebelumnya.

        PS: mohon maaf lupa memperkenalkan diri, saya Hendrawan Gunadi, direktur PT Graha Dauhwaru Asri (developer perumahan di Jembrana).
        '''), name='Hendrawan Gunadi', inst='PT Graha Dauhwaru Asri', **F)

    C('f9-req-tambak-javanese-krama-kulo', 'gmail', 'Suwarno', 'suwarno.aquafarm@gmail.com',
      'Nyuwun data produksi udang Jembrana', T('''
        Sugeng siang Bapak/Ibu,

        Kulo Suwarno, manajer tambak CV Segara Biru Aquafarm ing Desa Candikusuma, Melaya. Asli Banyuwangi, sampun 6 taun wonten Jembrana. Nyuwun pirsa, kami butuh data produksi udang vaname budidaya tambak Kabupaten Jembrana 2021-2025 lan luas tambak per kecamatan, kagem proposal kredit dhateng bank.

        Menawi datanipun mboten wonten di BPS, nyuwun pangapunten lan mohon info kedah nyuwun dhateng pundi.

        Matur nuwun sanget.
        Suwarno
        '''), name='Suwarno', inst='CV Segara Biru Aquafarm', **F)

    C('f9-req-kontraktor-ikk-caps-subject-sig-only', 'outlook', 'CV Karya Dharma Konstruksi', 'cv.karyadharma@gmail.com',
      'PERMOHONAN DATA INDEKS KEMAHALAN KONSTRUKSI (IKK) KAB. JEMBRANA', T('''
        Selamat pagi,

        Mohon bantuan data Indeks Kemahalan Konstruksi (IKK) Kabupaten Jembrana tahun 2022 s.d. 2025 beserta Indeks Harga Perdagangan Besar bahan bangunan/konstruksi, untuk perhitungan penyesuaian harga (eskalasi) kontrak pekerjaan jalan desa yang sedang kami kerjakan.

        Apakah data tersebut dapat dikirim melalui email?

        Terima kasih.

        Hormat kami,

        I Wayan Gede Sukarsa, S.T.
        Direktur
        CV Karya Dharma Konstruksi
        Banjar Pangkung Tanah, Melaya
        '''), name='I Wayan Gede Sukarsa', inst='CV Karya Dharma Konstruksi', **F)

    C('f9-req-apotek-apt-title', 'gmail', 'Apotek Sehat Waras', 'apoteksehatwaras.melaya@gmail.com',
      'Permohonan data penduduk lansia Kec. Melaya', T('''
        Selamat sore Bapak/Ibu,

        Saya apt. Ni Kadek Ayu Lestari, S.Farm., apoteker penanggung jawab Apotek Sehat Waras di Melaya. Kami berencana membuka layanan homecare untuk lansia. Apakah tersedia data jumlah penduduk usia 60 tahun ke atas per desa di Kecamatan Melaya dan persentase lansia yang tinggal sendiri? Kalau data penyakit kronis (hipertensi, diabetes) juga ada, kami sangat terbantu, tapi kalau itu wewenang Dinas Kesehatan, tidak apa-apa.

        Terima kasih.
        '''), name='apt. Ni Kadek Ayu Lestari', inst='Apotek Sehat Waras', **F)

    C('f9-req-fintech-english-quick-intro', 'gmail', 'Stefanus Adi Nugraha', 'stefanus@modalin.co.id',
      'Quick data request: UMKM & household expenditure, Jembrana', T('''
        Hi BPS Jembrana team,

        Quick intro: I'm Stefanus Adi Nugraha, lead data scientist at Modalin, an OJK-licensed P2P lending platform for micro businesses. We're calibrating our credit-scoring model for Bali and Jembrana is one of our pilot regencies.

        Would it be possible to get:
        1. average monthly per-capita expenditure by kecamatan (or regency level if that's the finest available);
        2. number of micro and small enterprises by sector;
        3. the Gini ratio for 2020-2025.

        CSV or xlsx works best for us. Happy to jump on a short call if that's easier. Makasih banyak!

        Cheers,
        Stef
        '''), name='Stefanus Adi Nugraha', inst='Modalin', lang='en', **F)

    C('f9-req-market-research-names-client', 'outlook', 'Laras Kusumaningtyas', 'laras.k@wawasanriset.co.id',
      'Permintaan data demografi dan pengeluaran rumah tangga - Kab. Jembrana', T('''
        Yth. Bapak/Ibu Petugas PST,

        Kami dari PT Wawasan Riset Indonesia, lembaga riset pasar di Jakarta, sedang melaksanakan studi potensi pasar bumbu masak instan di Bali untuk klien kami, PT Sinar Rasa Abadi. Data yang kami butuhkan untuk Kabupaten Jembrana:

        1. jumlah rumah tangga dan rata-rata anggota rumah tangga per kecamatan;
        2. rata-rata pengeluaran per kapita untuk makanan menurut kelompok komoditas (Susenas);
        3. persentase rumah tangga menurut bahan bakar utama untuk memasak.

        Kami tidak memerlukan data mentah, tabel agregat sudah cukup.

        Terima kasih,

        Laras Kusumaningtyas
        Senior Research Executive
        PT Wawasan Riset Indonesia
        '''), name='Laras Kusumaningtyas', inst='PT Wawasan Riset Indonesia', **F)

    C('f9-req-perumda-pasar-dirut-ir', 'outlook', 'Perumda Pasar Kertha Negara', 'perumdapasar.jembrana@gmail.com',
      'Mohon data harga komoditas dan jumlah usaha perdagangan', T('''
        Om Swastyastu,

        Dengan hormat, Perusahaan Umum Daerah Pasar Kertha Negara Kabupaten Jembrana sedang menyusun rencana bisnis revitalisasi Pasar Umum Negara dan Pasar Melaya. Kami mohon bantuan data:
        - rata-rata harga eceran bulanan beras, daging babi, daging ayam ras, telur, bawang merah dan cabai di Jembrana (2025-2026);
        - jumlah usaha perdagangan eceran per kecamatan;
        - jumlah penduduk per kecamatan 2025.

        Om Santih, Santih, Santih Om

        Direktur Utama,

        Ir. Anak Agung Ngurah Putra Yadnya, M.M.
        '''), name='Ir. Anak Agung Ngurah Putra Yadnya',
      inst='Perusahaan Umum Daerah Pasar Kertha Negara Kabupaten Jembrana', **F)

    # ------------------------------------------------------------------------------------------------
    # Humanitarian, religious, customary and community bodies
    # ------------------------------------------------------------------------------------------------
    C('f9-req-pmi-markas-salam-kemanusiaan', 'gmail', 'PMI Jembrana', 'markas.pmijembrana@gmail.com',
      'Data penduduk rentan untuk rencana kontinjensi', T('''
        Salam kemanusiaan,

        Markas PMI Kabupaten Jembrana sedang memperbarui rencana kontinjensi banjir dan gempa bumi. Kami membutuhkan data jumlah penduduk per desa menurut kelompok umur (0-4, 5-14, 15-59, 60+) dan jumlah penduduk penyandang disabilitas per kecamatan, tahun terakhir yang tersedia, serta jumlah rumah tangga per desa untuk perkiraan kebutuhan paket bantuan.

        Terima kasih atas dukungan BPS.

        I Nyoman Arya Suputra
        Kepala Markas PMI Kabupaten Jembrana
        0813-5321-xxxx
        '''), name='I Nyoman Arya Suputra', inst='PMI Kabupaten Jembrana', **F)

    C('f9-req-ppdi-voice-typed-iphone', 'iphone', 'Putu Suardika', 'putusuardika.ppdi@gmail.com',
      'Permohonan data disabilitas', T('''
        Selamat pagi Bapak Ibu saya Putu Suardika ketua PPDI Kabupaten Jembrana Persatuan Penyandang Disabilitas Indonesia mohon maaf email ini saya ketik pakai suara karena saya tunanetra jadi kalau ada salah kata mohon dimaklumi kami perlu data jumlah penyandang disabilitas di Kabupaten Jembrana per kecamatan menurut jenis disabilitas dan jumlah anak disabilitas yang tidak sekolah untuk audiensi dengan Bapak Bupati bulan depan terima kasih

        Dikirim dari iPhone saya
        '''), name='Putu Suardika', inst='PPDI Kabupaten Jembrana', **F)

    C('f9-req-lkknu-arabic-formulas', 'gmail', 'Ahmad Fauzan', 'ahmadfauzan.lkknu@gmail.com',
      'Permohonan data perkawinan usia anak dan status perkawinan', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Bismillahirrahmanirrahim. Yth. Bapak/Ibu Pimpinan BPS Kabupaten Jembrana, semoga senantiasa dalam lindungan Allah SWT.

        Perkenankan saya, Ahmad Fauzan Al-Habsyi, Ketua Lembaga Kemaslahatan Keluarga Nahdlatul Ulama (LKKNU) Cabang Jembrana, memohon data sebagai bahan kajian program bimbingan pranikah:
        1. persentase perempuan usia 20-24 tahun yang menikah sebelum usia 18 tahun, Kabupaten Jembrana;
        2. jumlah penduduk menurut status perkawinan (termasuk cerai hidup dan cerai mati) per kecamatan.

        Data perceraian dari Pengadilan Agama Negara sudah kami peroleh, sehingga kami hanya membutuhkan data dari BPS.

        Jazakumullah khairan katsiran.
        Wallahul muwaffiq ila aqwamith thariq.
        Wassalamu'alaikum warahmatullahi wabarakatuh.
        '''), name='Ahmad Fauzan Al-Habsyi', inst='Lembaga Kemaslahatan Keluarga Nahdlatul Ulama (LKKNU) Cabang Jembrana', **F)

    C('f9-req-vihara-namo-buddhaya-chinese', 'gmail', 'Suryadi Tjandra', 'suryadi.tjandra@gmail.com',
      'Mohon info data umat Buddha di Jembrana', T('''
        Namo Buddhaya,

        Salam sejahtera Bapak/Ibu. Saya Suryadi Tjandra, ketua pengurus Vihara Dharma Ratna di Jl. Gajah Mada, Negara. Kami akan memperingati 50 tahun berdirinya vihara tahun depan dan ingin menerbitkan buku kenangan. Apakah BPS memiliki data jumlah penduduk beragama Buddha dan Khonghucu di Kabupaten Jembrana dari sensus ke sensus (1971, 1980, 1990, 2000, 2010, 2020)? Kalau ada per kecamatan lebih baik lagi.

        Terima kasih banyak. Sadhu, sadhu, sadhu.

        Suryadi Tjandra (Tjan Sioe Lie)
        HP/WA 0812-3960-xxxx
        '''), name='Suryadi Tjandra', inst='Vihara Dharma Ratna', **F)

    C('f9-req-pasraman-jro-mangku-balinese', 'plain', 'Mangku Sudana', 'mangkusudana.medewi@gmail.com',
      'Nunas data anak-anak usia sekolah Desa Medewi', T('''
        Om Swastyastu,

        Ampura sane ageng, titiang Jro Mangku Ketut Sudana, pemangku ring Pura Dalem Medewi tur pengelola Pasraman Saraswati Desa Medewi. Pasraman titiang ngelaksanayang pesraman kilat sabilang prai sekolah. Titiang nunas data akeh anak-anak mayusa 6-15 warsa ring Desa Medewi miwah Desa Pulukan, warsa 2025, jagi anggen ngrencanayang kegiatan.

        Matur suksma pisan.

        Om Santih, Santih, Santih Om
        '''), name='Jro Mangku Ketut Sudana', inst='Pasraman Saraswati Desa Medewi', **F)

    C('f9-req-pramuka-kak-html-only', 'html_only', 'Kwarcab Pramuka Jembrana', 'kwarcab.jembrana@gmail.com',
      'Permohonan data penduduk usia 7-25 tahun', T('''
        Salam Pramuka!

        Kakak-kakak PST BPS Kabupaten Jembrana yang kami banggakan,

        Perkenalkan, saya Kak I Gede Arta Wibawa, Sekretaris Kwartir Cabang Gerakan Pramuka Jembrana. Kwarcab sedang menyusun Rencana Kerja 2027-2031 dan target keanggotaan per golongan (Siaga, Penggalang, Penegak, Pandega). Untuk itu kami mohon data jumlah penduduk usia 7-25 tahun menurut kelompok umur dan jenis kelamin per kecamatan, tahun 2025.

        Atas bantuan Kakak-kakak, kami ucapkan terima kasih.

        Salam Pramuka,
        Kak Arta
        '''), name='I Gede Arta Wibawa', inst='Kwartir Cabang Gerakan Pramuka Jembrana', **F)

    C('f9-req-habitat-intl-ngo-names-field-coordinator', 'gmail', 'Rachel Morrison', 'rmorrison@habitatindonesia.org',
      'Housing conditions data for Jembrana - needs assessment', T('''
        Dear PST team,

        Greetings from Habitat for Humanity Indonesia. I'm Rachel Morrison, Program Development Manager in our Jakarta office, and I'm working with our Bali field coordinator, Pak Komang Arnawa, on a proposal for a community housing repair programme in western Bali.

        For the needs assessment we are looking for the following data for Jembrana Regency, ideally by kecamatan:
        - percentage of households living in adequate housing (rumah layak huni) and its components (floor, roof and wall material, floor area per capita);
        - percentage of households with access to safe drinking water and proper sanitation;
        - number of households by home ownership status.

        The most recent year would be fine, and earlier years too if they are easy to share.

        With thanks and warm regards,
        Rachel Morrison
        Program Development Manager
        Habitat for Humanity Indonesia
        '''), name='Rachel Morrison', inst='Habitat for Humanity Indonesia', lang='en', **F)

    C('f9-req-pokdarwis-slang-sent-by-dinas', 'gmail', 'Komang Suarjaya', 'komangsuarjaya.ekasari@gmail.com',
      'data wisata desa ekasari', T('''
        om swastyastu bli mbok di bps 🙏

        tiang Komang Suarjaya dr pokdarwis desa ekasari. kmrn kami ke dinas pariwisata, trus disuruh minta data ke bps aja katanya. tiang perlu jumlah kunjungan wisatawan ke kec. melaya per bulan thn 2025 sama jumlah homestay/penginapan di kec melaya. buat proposal lomba desa wisata 😁

        suksma bli mbok
        '''), name='Komang Suarjaya', inst='pokdarwis desa ekasari', **F)

    # ------------------------------------------------------------------------------------------------
    # Schools
    # ------------------------------------------------------------------------------------------------
    C('f9-req-slb-guru-thunderbird-sig', 'thunderbird', 'Dewi Ariani', 'dewiariani.slb@gmail.com',
      'Permohonan data anak penyandang disabilitas usia sekolah', T('''
        Kepada Yth.
        Bapak/Ibu Petugas Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana

        Dengan hormat,

        Sehubungan dengan program penjangkauan anak berkebutuhan khusus yang belum bersekolah, kami dari SLB Negeri 1 Jembrana mohon bantuan data jumlah anak usia 5-18 tahun penyandang disabilitas per kecamatan di Kabupaten Jembrana, serta angka partisipasi sekolah anak disabilitas bila tersedia dari Susenas.

        Terima kasih atas perhatian Bapak/Ibu.

        -- 
        Ni Putu Dewi Ariani, S.Pd.
        Guru / Koordinator Program Penjangkauan
        SLB Negeri 1 Jembrana
        '''), name='Ni Putu Dewi Ariani', inst='SLB Negeri 1 Jembrana', **F)

    C('f9-req-tk-kepala-iphone-emoji', 'iphone', 'Bu Sri TK', 'sriani.tkpembina@gmail.com', 'Data anak usia dini', T('''
        Selamat pagi Bapak/Ibu 😊 saya Luh Putu Sriani, kepala TK Negeri Pembina Jembrana. Mohon bantuannya, kami perlu jumlah anak usia 4-6 tahun di Kecamatan Jembrana per desa/kelurahan th 2025, untuk perencanaan penerimaan murid baru dan usulan tambah rombel ke Dinas Pendidikan. Terima kasih banyak 🙏🌺

        Dikirim dari iPhone saya
        '''), name='Luh Putu Sriani', inst='TK Negeri Pembina Jembrana', **F)

    C('f9-req-pesantren-ustadz-lc', 'gmail', 'Ilham Maulana', 'ilhammaulana.nh@gmail.com',
      'Permohonan data untuk kajian wakaf produktif perikanan', T('''
        Bismillahirrahmanirrahim

        Assalamu'alaikum wr. wb.

        Dengan hormat, saya Muhammad Ilham Maulana, Lc., pengajar di Pondok Pesantren Nurul Huda Pengambengan. Pesantren kami sedang merencanakan program wakaf produktif di bidang perikanan bersama masyarakat Pengambengan dan Cupel. Kami mohon bantuan data:
        - jumlah rumah tangga nelayan di Desa Pengambengan dan Desa Cupel;
        - persentase penduduk miskin Kabupaten Jembrana 2023-2025;
        - jumlah penduduk menurut agama di Kecamatan Negara.

        Syukron katsiron atas bantuannya.

        Wassalamu'alaikum wr. wb.
        '''), name='Muhammad Ilham Maulana', inst='Pondok Pesantren Nurul Huda Pengambengan', **F)

    # ------------------------------------------------------------------------------------------------
    # Students and lecturers in Indonesia
    # ------------------------------------------------------------------------------------------------
    C('f9-req-stis-identitas-pemohon-block', 'gmail', 'Annisa Rahmawati Putri', '222212345@stis.ac.id',
      'Permintaan tabulasi Sakernas Jembrana untuk skripsi', T('''
        Assalamualaikum, selamat siang Bapak/Ibu.

        Identitas pemohon:
        Nama    : Annisa Rahmawati Putri
        NIM     : 222212345
        Kelas   : 4SD2
        Kampus  : Politeknik Statistika STIS, Jakarta

        Saya asli Loloan Barat, dan skripsi saya mengangkat pengangguran lulusan SMK di Jembrana. Saya mohon tabulasi TPT menurut pendidikan tertinggi yang ditamatkan dan kelompok umur, Kabupaten Jembrana, Sakernas Agustus 2021-2025. Kalau raw data harus diajukan lewat Silastik, mohon konfirmasinya supaya saya ajukan ke sana.

        Terima kasih, Bapak/Ibu. Semoga sehat selalu.

        Wassalamualaikum.
        Annisa
        '''), name='Annisa Rahmawati Putri', inst='Politeknik Statistika STIS', **F)

    C('f9-req-unsrat-manado-kita', 'gmail', 'Grace Lumintang', 'gracelumintang09@gmail.com',
      'minta data cengkeh jembrana', T('''
        Slamat siang pak/ibu,

        Kita Grace Lumintang, mahasiswi Agribisnis Fakultas Pertanian Unsrat Manado. Kita ada beking skripsi tentang perbandingan petani cengkeh di Minahasa deng di Bali. Jadi kita mo minta tolong data luas areal deng produksi cengkeh per kecamatan di Kabupaten Jembrana, taong 2019 sampe 2025. Kalo ada harga cengkeh di tingkat petani, lebe bagus.

        Makase banyak pak/ibu, Tuhan berkati 🙏

        Grace
        '''), name='Grace Lumintang', inst='Unsrat', **F)

    C('f9-req-usk-name-campus-only-in-subject', 'gmail', 'Cut Rahmah', 'cutrahmah.usk@gmail.com',
      'Permohonan Data Skripsi a.n. Cut Nyak Rahmah Fitria (Universitas Syiah Kuala)', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh,

        Yth. Bapak/Ibu,

        Saya memohon bantuan data jumlah rumah tangga usaha perikanan tangkap dan jumlah nelayan per kecamatan di Kabupaten Jembrana hasil Sensus Pertanian 2023, untuk skripsi yang membandingkan nelayan Jembrana dan nelayan Aceh Jaya.

        Terima kasih atas perhatian dan bantuannya.

        Wassalam,
        Rahmah
        '''), name='Cut Nyak Rahmah Fitria', inst='Universitas Syiah Kuala', **F)

    C('f9-req-primakara-group-an-kelompok', 'gmail', 'Mirah Kelompok 4', 'mirah.primakara@gmail.com',
      'Permohonan data untuk proyek mata kuliah Data Mining', T('''
        Selamat pagi Bapak/Ibu,

        Kami mahasiswa semester 5 Program Studi Sistem Informasi Universitas Primakara, kelompok 4 mata kuliah Data Mining:
        1. Ni Luh Gede Ayu Mirah (ketua)
        2. I Made Yoga Saputra
        3. Kadek Novi Antari
        4. Gede Pasek Suardana

        Proyek kami mengelompokkan desa-desa di Kabupaten Jembrana berdasarkan indikator pembangunan. Untuk itu kami memerlukan data Podes 2024 per desa: jumlah penduduk, jumlah sekolah, jumlah fasilitas kesehatan, dan jenis permukaan jalan utama. Apabila data per desa tidak dapat dibagikan, kami mohon saran data pengganti.

        Terima kasih atas bantuannya.

        a.n. Kelompok 4,
        Ni Luh Gede Ayu Mirah
        '''), name='Ni Luh Gede Ayu Mirah', inst='Universitas Primakara', **F)

    C('f9-req-uny-prof-team-other-campuses', 'outlook', 'Siti Marwiyah', 'sitimarwiyah@uny.ac.id',
      'Permohonan data untuk penelitian kolaboratif pendidikan vokasi', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dengan hormat,

        Bersama email ini, kami tim peneliti Fakultas Vokasi Universitas Negeri Yogyakarta yang diketuai oleh saya sendiri, Prof. Dr. Siti Marwiyah, M.Pd., bersama Dr. Hendro Prasetyo (Politeknik Negeri Bali) dan Dr. Ni Made Sukerti (Universitas Pendidikan Ganesha), mengajukan permohonan data untuk penelitian tentang keterserapan lulusan SMK di sektor pariwisata dan perikanan di Bali.

        Data yang kami perlukan:
        1. tingkat pengangguran terbuka menurut pendidikan (SMA umum dan SMK), Kabupaten Jembrana 2019-2025;
        2. penduduk bekerja menurut lapangan usaha dan pendidikan, 2023-2025;
        3. rata-rata upah/gaji bersih sebulan menurut pendidikan.

        Atas kerja samanya kami ucapkan terima kasih.

        Salam hormat,
        Siti Marwiyah
        '''), name='Prof. Dr. Siti Marwiyah', inst='Universitas Negeri Yogyakarta', **F)

    C('f9-req-uii-supervisor-at-bps-provinsi', 'gmail', 'Fajar Nur Hidayat', 'fajarnur.h@students.uii.ac.id',
      'Permohonan data kemiskinan & ketimpangan untuk tesis', T('''
        Selamat siang Bapak/Ibu,

        Saya Fajar Nur Hidayat, mahasiswa Magister Ilmu Ekonomi Universitas Islam Indonesia, Yogyakarta. Tesis saya tentang kemiskinan di kabupaten agraris di Bali, dan pembimbing lapangan saya adalah Bapak Dr. Made Wirya Atmaja, statistisi di BPS Provinsi Bali.

        Mohon bantuan data persentase penduduk miskin, indeks kedalaman dan keparahan kemiskinan, serta gini ratio Kabupaten Jembrana 2015-2025.

        Terima kasih.
        Fajar
        '''), name='Fajar Nur Hidayat', inst='Universitas Islam Indonesia', **F)

    C('f9-req-mahendradatta-lowercase-mau-nanya-concrete', 'gmail', 'komang ari', 'komangari.umd@gmail.com', 'minta data',
      T('''
        om swastyastu bli/mbok admin

        tiang komang ari, mahasiswa hukum universitas mahendradatta smstr 7. mau nanya nih, bps ada data jumlah kasus tindak pidana di jembrana per tahun ga? 2020-2025 klo bisa. buat skripsi tiang ttg pencurian hewan ternak. klo ga ada di bps, tiang hrs ke polres ya?

        suksma 🙏
        '''), name='komang ari', inst='universitas mahendradatta', **F)

    C('f9-req-telkom-need-in-attached-letter', 'gmail', 'Raka Aditya Pratama', 'rakaaditya@student.telkomuniversity.ac.id',
      'Surat Permohonan Data Penelitian', T('''
        Dengan hormat,

        Saya Raka Aditya Pratama, mahasiswa S1 Teknik Industri Telkom University, Bandung. Bersama email ini saya lampirkan surat permohonan data penelitian dari Fakultas Rekayasa Industri. Rincian data yang saya butuhkan tercantum pada halaman 2 surat tersebut.

        Mohon kiranya dapat dibantu. Terima kasih.

        Hormat saya,
        Raka Aditya Pratama
        NIM 1201210xxx
        '''), name='Raka Aditya Pratama', inst='Telkom University',
      attachments=[PDF('Surat Permohonan Data - Raka Aditya Pratama - FRI Telkom University.pdf')], **F)

    # ------------------------------------------------------------------------------------------------
    # Abroad
    # ------------------------------------------------------------------------------------------------
    C('f9-req-auckland-kia-ora-maori-name', 'gmail', 'Aroha Ngata', 'a.ngata@auckland.ac.nz',
      'Surf tourism and coastal livelihoods - data enquiry (Jembrana)', T('''
        Kia ora koutou, and salam from Aotearoa New Zealand,

        My name is Aroha Ngata and I'm a PhD candidate in Environment at Waipapa Taumata Rau, the University of Auckland. My research compares how surf tourism reshapes coastal livelihoods in Raglan (NZ) and Medewi (Jembrana).

        I'd be grateful if you could point me to, or send me:
        - the number of accommodation establishments and rooms in Kecamatan Pekutatan, 2015-2025;
        - employment in accommodation and food services for Jembrana Regency;
        - the population of Desa Medewi and Desa Pulukan by sex, most recent year.

        Ngā mihi nui (many thanks),
        Aroha
        '''), name='Aroha Ngata', inst='University of Auckland', lang='en', **F)

    C('f9-req-peking-chinese-characters', 'gmail', 'Zhang Yuxin', 'zhangyuxin@pku.edu.cn',
      'Request for village population statistics of Jembrana', T('''
        Dear Sir or Madam,

        My name is Zhang Yuxin (张雨欣). I am a second-year master's student at the School of Government, Peking University. I am writing a thesis on village governance in Bali and Jembrana is one of my cases.

        May I ask for the population, number of households and area of each desa in Jembrana Regency for 2020 and 2025? If it is convenient, also the number of banjar in each desa.

        I am sorry if my English is not good. Thank you very much for your kind help!

        Best wishes,
        Zhang Yuxin
        School of Government, Peking University
        Beijing, China
        '''), name='Zhang Yuxin', inst='Peking University', lang='en', **F)

    C('f9-req-ku-leuven-latin1-names-partner', 'latin1', 'Pieter-Jan Vermeulen', 'pieterjan.vermeulen@kuleuven.be',
      'Data request: cocoa smallholders in Jembrana (KU Leuven)', T('''
        Dear colleagues,

        I am a doctoral researcher at the Division of Bioeconomics, KU Leuven (Belgium), working on price transmission in cocoa value chains in Indonesia together with the Cocoa Sustainability Partnership.

        Could you kindly share:
        (a) monthly farm-gate prices for dry cocoa beans in Bali, 2018-2026;
        (b) the number of cocoa-growing households by kecamatan in Jembrana (ST2023);
        (c) cocoa production of smallholder plantations by kecamatan, 2018-2025.

        Thank you in advance - merci beaucoup - hartelijk dank!

        Met vriendelijke groeten / Kind regards,
        Pieter-Jan Vermeulen
        Doctoral researcher, KU Leuven
        '''), name='Pieter-Jan Vermeulen', inst='KU Leuven', lang='en', **F)

    C('f9-req-brunei-written-in-malay', 'gmail', 'Nurul Ain Abdullah', 'nurulain.abdullah@ubd.edu.bn',
      'Permohonan maklumat penduduk dan perikanan Jembrana', T('''
        Assalamualaikum dan salam sejahtera tuan/puan,

        Saya Nurul Ain binti Haji Abdullah, pelajar sarjana di Fakulti Sastera dan Sains Sosial, Universiti Brunei Darussalam. Saya sedang menjalankan kajian tentang masyarakat Melayu pesisir di Loloan, Jembrana, dan memerlukan maklumat berikut:

        1. bilangan penduduk mengikut kumpulan umur di Kelurahan Loloan Barat dan Loloan Timur (tahun terkini);
        2. bilangan isi rumah nelayan di Kecamatan Negara.

        Saya amat berbesar hati sekiranya pihak tuan/puan dapat membantu. Terima kasih banyak.

        Yang benar,
        Nurul Ain binti Haji Abdullah
        '''), name='Nurul Ain binti Haji Abdullah', inst='Universiti Brunei Darussalam', **F)

    C('f9-req-soas-referred-by-udayana-colleague', 'thunderbird', 'Eleanor Whitcombe', 'ew42@soas.ac.uk',
      'Enquiry: historical census figures for Jembrana (1961-2020)', T('''
        Dear Colleagues,

        I am a Senior Lecturer in the Anthropology of Southeast Asia and have been working in Jembrana, on and off, since 2009. My colleague Dr Ni Luh Putu Wiradnyani at Universitas Udayana kindly suggested that I write to you directly.

        I am finishing a book on migration and land in West Bali and would like to cite official figures for the population of Jembrana Regency, by kecamatan if possible, for each census year from 1961 to 2020. If some years exist only in printed publications, I would be happy to visit the office in person when I am in Negara in February.

        With many thanks in advance,

        -- 
        Dr Eleanor Whitcombe
        Senior Lecturer, Department of Anthropology and Sociology
        SOAS University of London
        '''), name='Dr Eleanor Whitcombe', inst='SOAS University of London', lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Private persons, vague mails, no introduction
    # ------------------------------------------------------------------------------------------------
    C('f9-req-private-yang-bertanda-tangan-wiraswasta', 'yahoo', 'Made Sutama', 'madesutama.1968@yahoo.co.id',
      'Surat permohonan data', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,
        Yang bertanda tangan di bawah ini:
        Nama      : I Made Sutama
        Pekerjaan : Wiraswasta
        Alamat    : Banjar Pasatan, Desa Pohsanten, Kec. Mendoyo
        No. HP    : 0819-1657-xxxx

        dengan ini mengajukan permohonan data luas lahan perkebunan kelapa dan produksi kelapa per desa di Kecamatan Mendoyo tahun 2024-2025, untuk rencana usaha pengolahan kopra dan minyak kelapa.

        Demikian permohonan ini saya buat, atas perhatiannya saya ucapkan terima kasih.

        Hormat saya,

        I Made Sutama
        '''), name='I Made Sutama', **F)

    C('f9-req-housewife-names-husbands-office', 'gmail', 'Ratih Kusuma', 'ratihkusuma.ngr@gmail.com',
      'Tanya jumlah anak SD di sekitar Banjar Tengah', T('''
        Selamat siang Pak/Bu,

        Saya Ratih Kusumawardani, ibu rumah tangga, tinggal di Kelurahan Banjar Tengah. Suami saya kerja di Dinas PUPR Jembrana dan dia yang menyarankan saya bertanya langsung ke BPS. Saya berencana membuka les calistung dan bimbingan belajar kecil di rumah, jadi ingin tahu jumlah anak usia 6-12 tahun di Kelurahan Banjar Tengah, Baler Bale Agung dan Lelateng.

        Ini keperluan pribadi ya Pak/Bu, bukan dari kantor suami.

        Terima kasih banyak.
        Ratih
        '''), name='Ratih Kusumawardani', **F)

    C('f9-req-dutch-retirees-no-inst', 'outlook', 'Hans Bakker', 'hans.bakker1955@outlook.com',
      'Some questions about Kecamatan Pekutatan', T('''
        Good afternoon,

        My wife Ineke and I are retired teachers from Utrecht, the Netherlands. We have been visiting Bali for twenty years and are now thinking of renting a small house near Medewi for half of each year. Before we decide, we would like to know a few facts about Kecamatan Pekutatan:

        - how many people live there (latest figure);
        - how many health facilities (puskesmas, clinics, doctors) there are;
        - monthly rainfall, so we know which months are the wettest.

        We understand this is not a usual request from private persons, so thank you very much for your patience.

        Kind regards,
        Hans Bakker
        '''), name='Hans Bakker', lang='en', **F)

    C('f9-req-vague-minta-waktu-konsultasi', 'gmail', 'Yoga Pratama', 'yogapratama.ubd@gmail.com', 'Konsultasi', T('''
        Selamat siang Bapak/Ibu,

        Saya I Putu Yoga Pratama, mahasiswa Universitas Bali Dwipa. Izin, saya ingin minta waktu untuk konsultasi terkait data. Kira-kira kapan saya bisa datang ke kantor?

        Terima kasih.
        '''), name='I Putu Yoga Pratama', inst='Universitas Bali Dwipa', req=False, **F)

    C('f9-req-vague-en-synergies-startup', 'outlook', 'Marcus Lee', 'marcus.lee@datanesia.io', 'Partnership opportunity',
      T('''
        Hi there,

        I'm Marcus Lee, Head of Partnerships at Datanesia, a Singapore-based analytics startup. We're big fans of the open data that BPS publishes and would love to explore potential synergies with BPS Jembrana going forward.

        Would you be open to a quick intro call sometime next week?

        Best,
        Marcus
        '''), name='Marcus Lee', inst='Datanesia', req=False, lang='en', **F)

    C('f9-req-allcaps-no-intro-sender-name-only', 'yahoo', 'PAK HAJI MANSUR', 'hjmansur.loloan@yahoo.co.id',
      'PENDUDUK LOLOAN TIMUR', T('''
        ASSALAMUALAIKUM

        MOHON INFO JUMLAH PENDUDUK KELURAHAN LOLOAN TIMUR TAHUN 2025 LAKI LAKI DAN PEREMPUAN. TERIMA KASIH

        WASSALAM
        '''), **F)

    # ------------------------------------------------------------------------------------------------
    # Forwards, an old ticket, media
    # ------------------------------------------------------------------------------------------------
    C('f9-req-fw-director-note-rsia-secretary', 'outlook', 'Sekretariat Direksi RSIA Permata Bunda',
      'sekdir@rsiapermatabunda.co.id', 'FW: data kelahiran utk rencana NICU', T('''
        Selamat pagi Bapak/Ibu,

        Menindaklanjuti disposisi Direktur kami di bawah, mohon bantuan data jumlah kelahiran hidup per tahun di Kabupaten Jembrana 2020-2025 dan proyeksi jumlah bayi (usia 0 tahun) 2026-2030, untuk rencana pengembangan ruang NICU.

        Terima kasih.

        Salam,
        Kadek Devi Anggreni
        Sekretaris Direksi
        RSIA Permata Bunda Negara

        From: dr. Made Wiryana, Sp.A <direktur@rsiapermatabunda.co.id>
        Sent: Friday, November 20, 2026 3:12 PM
        To: Sekretariat Direksi <sekdir@rsiapermatabunda.co.id>
        Subject: data kelahiran utk rencana NICU

        Dek, tolong mintakan ke BPS Jembrana data kelahiran 5 tahun terakhir dan proyeksi bayi 5 tahun ke depan. Untuk paparan ke yayasan.

        Thx,
        dr. Made
        '''), name='Kadek Devi Anggreni', inst='RSIA Permata Bunda Negara', **F)

    C('f9-req-subak-abian-cites-old-ticket', 'gmail', 'Wayan Mertayasa', 'mertayasa.batuagung@gmail.com',
      'Permohonan data lanjutan harga kelapa', T('''
        Om Swastyastu,

        Saya I Wayan Mertayasa, kelian Subak Abian Dharma Santhi Desa Batuagung. Bulan lalu kami sudah dibantu data produksi kelapa (nomor tiket PST-2026-00915), suksma. Sekarang kami perlu satu lagi: harga kelapa butiran dan harga kopra di tingkat petani per bulan selama 2025, untuk rapat anggota subak.

        Matur suksma.
        Wayan Mertayasa
        '''), name='I Wayan Mertayasa', inst='Subak Abian Dharma Santhi Desa Batuagung', ticket='PST-2026-00915',
      to='BPS Kabupaten Jembrana <bps5101@bps.go.id>', **F)

    C('f9-req-tvri-produser-narasumber', 'gmail', 'Dayu Mas TVRI', 'dayumas.tvribali@gmail.com',
      'Permohonan data dan narasumber - dialog Bali Membangun', T('''
        Om Swastyastu,

        Selamat siang Bapak/Ibu. TVRI Stasiun Bali akan menayangkan dialog interaktif "Bali Membangun" episode Jembrana pada 10 Desember 2026 dengan tema ketahanan pangan. Kami mohon:
        1. data produksi padi, jagung dan ikan Kabupaten Jembrana 2023-2025;
        2. kesediaan satu orang narasumber dari BPS Kabupaten Jembrana untuk hadir di studio (Denpasar) atau secara daring.

        Terima kasih atas kerja samanya.

        Salam,
        Ida Ayu Mas Pradnyawati
        Produser Program
        TVRI Stasiun Bali
        0812-4600-xxxx
        '''), name='Ida Ayu Mas Pradnyawati', inst='TVRI Stasiun Bali', **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets
    # ------------------------------------------------------------------------------------------------
    C('f9-reply-outlook-fields-instansi-dash', 'outlook', 'Theresia Ngongo', 'theresia.ngongo@outlook.com',
      'RE: ' + SUBJ_ASK % 901, T('''
        Selamat pagi,

        Berikut data diri saya:
        Nama lengkap  : Theresia Ngongo Bili
        Asal instansi : -
        (saya bertanya sebagai warga biasa, tidak mewakili lembaga apa pun)

        Terima kasih.
        '''), kind='reply', name='Theresia Ngongo Bili', req=False, ticket='PST-2026-00901',
      quote=oq(ASK, 'Theresia Ngongo <theresia.ngongo@outlook.com>', SUBJ_ASK % 901, 'id'), **rp(901), **F)

    C('f9-reply-gmail-thanks-passed-to-camat', 'gmail', 'Sri Ayu Lestari', 'sriayu.kecmendoyo@gmail.com',
      'Re: ' + SUBJ_DATA % 902, T('''
        Selamat siang,

        Terima kasih, data jumlah penduduk per desa sudah kami terima dan langsung kami teruskan ke Bapak Camat untuk bahan paparan Musrenbang. Sangat membantu.

        Salam,
        Ni Kadek Sri Ayu Lestari
        Kasi Pemerintahan
        Kantor Camat Mendoyo
        '''), kind='reply', name='Ni Kadek Sri Ayu Lestari', inst='Kantor Camat Mendoyo', req=False,
      ticket='PST-2026-00902', quote=gq(DELIV_ID % 902, 'id'), **rp(902), **F)

    C('f9-reply-iphone-asks-excel-version', 'iphone', 'dwi', 'dwiastiti.k@gmail.com', 'Re: ' + SUBJ_DATA % 903, T('''
        Makasi kak 🙏 tp bisa minta yg versi excel ga kak? pdf nya ga bisa dicopy ke spss

        Sent from my iPhone
        '''), kind='reply', req=True, ticket='PST-2026-00903', quote=iq(DELIV_ID % 903), **rp(903), **F)

    C('f9-reply-thunderbird-inline-answers-under-quote', 'thunderbird', 'Sri Utami', 'sriutami.wiramedika@gmail.com',
      'Re: ' + SUBJ_ASK % 904, T('''
        On 23/11/2026 09.14, PST BPS Kabupaten Jembrana wrote:
        > Yth. Bapak/Ibu,
        >
        > Terima kasih telah menghubungi PST BPS Kabupaten Jembrana. Agar dapat kami proses, mohon lengkapi:
        > - nama lengkap

        Ni Made Sri Utami

        > - asal instansi

        STIKES Wira Medika Bali (Program Studi S1 Keperawatan)

        >
        > Salam,
        > Pelayanan Statistik Terpadu
        > BPS Kabupaten Jembrana

        Terima kasih,
        Sri
        '''), kind='reply', name='Ni Made Sri Utami', inst='STIKES Wira Medika Bali', req=False,
      ticket='PST-2026-00904', **rp(904), **F)

    C('f9-reply-en-gmail-asks-desa-breakdown', 'gmail', 'Mette Kjærgaard', 'mette.kjaergaard@cas.au.dk',
      'Re: ' + SUBJ_DATA % 905, T('''
        Dear PST team,

        Many thanks for the tables. Would it also be possible to get the same indicators by desa for Kecamatan Melaya and Kecamatan Negara? Even the 2020 census figures would do if nothing more recent exists at that level.

        Best wishes,
        Mette Kjærgaard
        Department of Anthropology, Aarhus University
        '''), kind='reply', name='Mette Kjærgaard', inst='Aarhus University', req=True, lang='en',
      ticket='PST-2026-00905', quote=gq(DELIV_EN % 905), **rp(905), **F)

    C('f9-reply-outlook-android-status-only', 'outlook', 'Cok Budiasa', 'cokbudiasa.pupr@jembranakab.go.id',
      'RE: ' + SUBJ_ACK % 906, T('''
        Selamat pagi,

        Mohon informasi perkembangan permintaan data kami di bawah ini, karena akan digunakan pada rapat pembahasan RKA hari Kamis, 26 November.

        Terima kasih.

        Cokorda Gede Agung Budiasa, S.T.
        Subbagian Perencanaan
        Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Jembrana

        Get Outlook for Android
        '''), kind='reply', name='Cokorda Gede Agung Budiasa', inst='Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Jembrana',
      req=False, ticket='PST-2026-00906',
      quote=oq(ACK % (906, 'Cokorda Gede Agung Budiasa', 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Jembrana',
                      'Jumlah rumah tangga menurut sumber air minum per kecamatan 2025'),
               'Cok Budiasa <cokbudiasa.pupr@jembranakab.go.id>', SUBJ_ACK % 906, 'id'), **rp(906), **F)

    C('f9-reply-new-mail-thanks-ticket-in-subject', 'gmail', 'Putu Eka Wirawan', 'ekawirawan.unr@gmail.com',
      'Terima kasih - tiket PST-2026-00907', T('''
        Selamat sore Bapak/Ibu,

        Sekadar mengabarkan, data IPM dan kemiskinan yang dikirim kemarin sudah saya terima dan sudah saya pakai di bab 4 skripsi. Terima kasih banyak atas bantuannya.

        Salam,
        Putu Eka Wirawan
        Universitas Ngurah Rai
        '''), kind='reply', name='Putu Eka Wirawan', inst='Universitas Ngurah Rai', req=False,
      ticket='PST-2026-00907', **F)

    C('f9-reply-html-only-corrects-name-spelling', 'html_only', 'Ayu Prameswari', 'ayuprameswari@undiksha.ac.id',
      'Re: ' + SUBJ_ACK % 908, T('''
        Selamat siang,

        Mohon maaf, nama saya pada tanda terima tertulis kurang tepat. Yang benar: Ni Luh Gede Ayu Prameswari (bukan Pramesti). Mohon dibetulkan apabila nanti ada surat balasan.

        Terima kasih.
        '''), kind='reply', name='Ni Luh Gede Ayu Prameswari', req=False, ticket='PST-2026-00908',
      quote=gq(ACK % (908, 'Ni Luh Gede Ayu Pramesti', 'Universitas Pendidikan Ganesha',
                      'Jumlah kunjungan wisatawan per bulan 2025'), 'id'), **rp(908), **F)

    C('f9-reply-yahoo-wrong-year-polite-asks-2025', 'yahoo', 'Dewa Ayu Kadek Widiastuti', 'kadekayu.widi@yahoo.com',
      'Re: ' + SUBJ_DATA % 909, T('''
        Selamat pagi, terima kasih kirimannya. Mohon maaf, tabel yang terlampir ternyata untuk tahun 2024, sedangkan yang saya perlukan tahun 2025. Apakah angka 2025 sudah tersedia? Kalau belum, tidak apa-apa, mohon kabarnya saja.

        Salam,
        Dewa Ayu Kadek Widiastuti
        '''), kind='reply', name='Dewa Ayu Kadek Widiastuti', req=True, ticket='PST-2026-00909',
      quote=yq(DELIV_ID % 909), **rp(909), **F)

    C('f9-reply-outlook-colleague-adds-need', 'outlook', 'Made Oka Sudarsana', 'okasudarsana.dishub@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 910, T('''
        Selamat siang,

        Saya Made Oka Sudarsana, rekan satu bidang Ibu Putu Widya di Dinas Perhubungan Kabupaten Jembrana. Terima kasih atas data yang sudah dikirim. Sekalian, bidang kami juga memerlukan data jumlah kendaraan bermotor menurut jenis per kecamatan tahun 2025, jika tersedia.

        Salam,
        Made Oka Sudarsana
        '''), kind='reply', name='Made Oka Sudarsana', inst='Dinas Perhubungan Kabupaten Jembrana', req=True,
      ticket='PST-2026-00910',
      quote=oq(DELIV_ID % 910, 'Putu Widya <putuwidya.dishub@jembranakab.go.id>', SUBJ_DATA % 910, 'id'),
      **rp(910), **F)

    C('f9-reply-en-iphone-got-it', 'iphone', 'Sam', 'sam.whitlock@icloud.com', 'Re: ' + SUBJ_DATA % 911, T('''
        Got it, thanks heaps! 👍

        Sent from my iPhone
        '''), kind='reply', req=False, lang='en', ticket='PST-2026-00911', quote=iq(DELIV_EN % 911), **rp(911), **F)

    C('f9-reply-yahoo-balinese-sampun-terima', 'yahoo', 'Gus Nyoman', 'gusnyoman.sudarsana@yahoo.co.id',
      'Re: ' + SUBJ_DATA % 912, T('''
        Om Swastyastu,

        Datane sampun tiang terima, suksma pisan antuk bantuan Bli lan Mbok ring PST.

        Om Santih, Santih, Santih Om
        Ida Bagus Nyoman Gede Sudarsana
        '''), kind='reply', name='Ida Bagus Nyoman Gede Sudarsana', req=False, ticket='PST-2026-00912',
      quote=yq(DELIV_ID % 912), **rp(912), **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f9-rating-gmail-lima-with-affiliation', 'gmail', 'Sri Ariyani', 'sriariyani@warmadewa.ac.id',
      'Re: ' + SUBJ_RATE % 921, T('''
        Selamat siang,

        Nilai 5 (lima) untuk pelayanan PST. Penjelasan petugas mengenai perbedaan data Susenas dan DTSEN sangat membantu mahasiswa bimbingan saya.

        Salam,
        Dr. Ni Wayan Sri Ariyani, S.E., M.M.
        Fakultas Ekonomi dan Bisnis
        Universitas Warmadewa
        '''), kind='rating', rating=5, name='Dr. Ni Wayan Sri Ariyani', inst='Universitas Warmadewa', req=False,
      ticket='PST-2026-00921', quote=gq(RATE_ID % 921, 'id'), **rp(921), **F)

    C('f9-rating-outlook-checkbox-row', 'outlook', 'I Gusti Putu Agung Mahendra', 'agungmahendra.setda@jembranakab.go.id',
      'RE: ' + SUBJ_RATE % 922, T('''
        Penilaian layanan:
        ( ) 1   ( ) 2   ( ) 3   (X) 4   ( ) 5

        Catatan: data lengkap, tetapi perlu 5 hari kerja sampai kami terima.

        Hormat kami,
        I Gusti Putu Agung Mahendra
        Bagian Perekonomian dan SDA Setda Kabupaten Jembrana
        '''), kind='rating', rating=4, name='I Gusti Putu Agung Mahendra',
      inst='Bagian Perekonomian dan SDA Setda Kabupaten Jembrana', req=False, ticket='PST-2026-00922',
      quote=oq(RATE_ID % 922, 'I Gusti Putu Agung Mahendra <agungmahendra.setda@jembranakab.go.id>', SUBJ_RATE % 922,
               'id'), **rp(922), **F)

    C('f9-rating-words-only-sangat-puas', 'gmail', 'Gek Diah', 'gekdiah.pradnya@gmail.com', 'Re: ' + SUBJ_RATE % 923, T('''
        Sangat puas! Terima kasih banyak kepada Mbak petugas yang sabar menjelaskan lewat telepon.

        Gek Diah
        '''), kind='rating', rating=5, name='Gek Diah', req=False, ticket='PST-2026-00923',
      quote=gq(RATE_ID % 923, 'id'), **rp(923), **F)

    C('f9-rating-javanese-sekawan', 'gmail', 'Sri Wahyuni Handayani', 'sriwahyuni.hdy@gmail.com',
      'Re: ' + SUBJ_RATE % 924, T('''
        Sugeng siang. Kulo paringi nilai sekawan (4), datanipun sampun lengkap, namung rada dangu. Matur nuwun.

        Sri Wahyuni Handayani
        '''), kind='rating', rating=4, name='Sri Wahyuni Handayani', req=False, ticket='PST-2026-00924',
      quote=gq(RATE_ID % 924, 'id'), **rp(924), **F)

    C('f9-rating-en-outlook-two-with-numbers', 'outlook', 'Oliver Brandt', 'oliver.brandt@posteo.de',
      'RE: ' + SUBJ_RATE % 925, T('''
        Rating: 2

        It took 9 working days to get a reply, and the first file was for the wrong regency (Tabanan). The second file was fine.

        Regards,
        Oliver Brandt
        '''), kind='rating', rating=2, name='Oliver Brandt', req=False, lang='en', ticket='PST-2026-00925',
      quote=oq(RATE_EN % 925, 'Oliver Brandt <oliver.brandt@posteo.de>', SUBJ_RATE % 925), **rp(925), **F)

    C('f9-rating-new-mail-satu-ticket-in-subject', 'gmail', 'Gede Suryawan', 'gedesuryawan.mly@gmail.com',
      'Penilaian untuk tiket PST-2026-00926', T('''
        Selamat malam,

        Menjawab permintaan penilaian: nilai saya 1. Sudah tiga kali saya minta data per desa, yang dikirim tetap per kecamatan.

        Gede Suryawan
        '''), kind='rating', rating=1, name='Gede Suryawan', req=False, ticket='PST-2026-00926', **F)

    C('f9-rating-iphone-lima-with-years', 'iphone', 'tu', 'tuadnyani@gmail.com', 'Re: ' + SUBJ_RATE % 927, T('''
        Nilai 5 kak, data 2021-2025 nya lengkap, 3 tabel langsung kepake buat laporan 👍

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-00927', quote=iq(RATE_ID % 927), **rp(927), **F)

    C('f9-rating-en-thunderbird-solid-four-bottom', 'thunderbird', 'Kenta Mori', 'kenta.mori@gsid.nagoya-u.ac.jp',
      'Re: ' + SUBJ_RATE % 928,
      tq(RATE_EN % 928) + '\n\n' + T('''
        I'd say a solid four out of five: quick and friendly, though the tables came without metadata.

        -- 
        Kenta Mori
        '''), kind='rating', rating=4, name='Kenta Mori', req=False, lang='en', ticket='PST-2026-00928',
      **rp(928), **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints and suggestions
    # ------------------------------------------------------------------------------------------------
    C('f9-complaint-whatsapp-unanswered', 'gmail', 'Rudy Hermawan', 'rudyhermawan.ngr@gmail.com',
      'Nomor WA PST tidak pernah membalas', T('''
        Selamat siang,

        Saya ingin menyampaikan keluhan. Nomor WhatsApp PST yang tertera di website BPS Jembrana sudah saya hubungi sejak Senin, tiga kali chat dan dua kali telepon, tidak ada respons sama sekali. Kalau nomornya sudah tidak aktif, mohon diganti di website supaya masyarakat tidak menunggu sia-sia.

        Rudy Hermawan
        '''), kind='complaint', name='Rudy Hermawan', req=False, **F)

    C('f9-complaint-surat-pengantar-student', 'gmail', 'Yuni Astari', 'yuniastari.tm@gmail.com',
      'Keberatan soal syarat surat pengantar', T('''
        Yth. Bapak/Ibu PST,

        Saya Ni Komang Yuni Astari, mahasiswi Universitas Triatma Mulya. Saya keberatan karena kemarin di loket saya diminta membawa surat pengantar dari kampus hanya untuk data yang sebenarnya sudah tersedia di website. Proses surat di kampus butuh seminggu. Mohon ketentuan ini ditinjau ulang, atau setidaknya dijelaskan di website data apa saja yang memerlukan surat.

        Terima kasih.
        '''), kind='complaint', name='Ni Komang Yuni Astari', inst='Universitas Triatma Mulya', req=False, **F)

    C('f9-complaint-en-fee-asked-ticket-in-subject', 'gmail', 'Hamish Clarke', 'hamish.clarke@monash.edu',
      'Fee for published tables? (ticket PST-2026-00933)', T('''
        Dear PST team,

        Regarding my request: a staff member told me on the phone that I would have to pay a fee before receiving the poverty tables. As far as I understand, published BPS tables are free of charge and only special tabulations or microdata carry a PNBP fee. Being asked for payment without any written explanation was quite confusing, and frankly it felt improper.

        Kind regards,
        Dr Hamish Clarke
        Monash University Indonesia
        '''), kind='complaint', name='Dr Hamish Clarke', inst='Monash University Indonesia', req=False, lang='en',
      ticket='PST-2026-00933', **F)

    C('f9-complaint-reply-asked-identity-again', 'gmail', 'Wayan Kertayasa', 'wayankertayasa@gmail.com',
      'Re: ' + SUBJ_ASK % 934, T('''
        Identitas saya SUDAH saya tulis lengkap di email pertama, silakan dibaca dulu sebelum membalas pakai template. Ini sudah kedua kalinya saya diminta hal yang sama. Tolong lebih teliti.

        I Wayan Kertayasa
        '''), kind='complaint', name='I Wayan Kertayasa', req=False, ticket='PST-2026-00934',
      quote=gq(ASK, 'id'), **rp(934), **F)

    C('f9-complaint-se2026-enumerator-shop-owner', 'yahoo', 'Hendra Liemanto', 'hendraliemanto@yahoo.com',
      'Keluhan petugas Sensus Ekonomi', T('''
        Selamat siang.

        Saya Hendra Liemanto, pemilik Toko Sinar Jaya di Jl. Sudirman, Negara. Minggu lalu petugas Sensus Ekonomi datang jam 11 siang saat toko sedang ramai, memaksa wawancara saat itu juga dan menanyakan omzet dengan nada tidak sopan di depan pembeli. Saya tidak menolak didata, tetapi mohon petugas dibekali etika dan membuat janji terlebih dahulu.

        Terima kasih.
        Hendra Liemanto
        '''), kind='complaint', name='Hendra Liemanto', inst='Toko Sinar Jaya', req=False, **F)

    C('f9-complaint-allcaps-village-figure-wrong', 'gmail', 'DESA WARNASARI', 'pemdes.warnasari@gmail.com',
      'DATA PENDUDUK DESA WARNASARI SALAH', T('''
        OM SWASTYASTU

        KAMI DARI PEMERINTAH DESA WARNASARI KEC. MELAYA MENYAMPAIKAN BAHWA JUMLAH PENDUDUK DESA KAMI DI PUBLIKASI KECAMATAN MELAYA DALAM ANGKA 2026 TERTULIS 3.112 JIWA, PADAHAL DATA DESA KAMI 4.087 JIWA. ANGKA INI DIPAKAI DINAS UNTUK PEMBAGIAN BANTUAN SEHINGGA DESA KAMI DIRUGIKAN. MOHON DIPERIKSA DAN DIPERBAIKI.

        PERBEKEL WARNASARI
        I KOMANG SUKAYASA
        '''), kind='complaint', name='I KOMANG SUKAYASA', inst='PEMERINTAH DESA WARNASARI', req=False, **F)

    C('f9-complaint-suggestion-online-consultation', 'thunderbird', 'Ida Ayu Sri Widiastuti', 'dayusri@uhnsugriwa.ac.id',
      'Saran: layanan konsultasi daring terjadwal', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Izinkan saya menyampaikan saran. Banyak mahasiswa kami yang berdomisili di Denpasar kesulitan datang ke Negara pada jam kerja. Alangkah baiknya bila PST membuka sesi konsultasi daring terjadwal (misalnya setiap Rabu sore melalui Zoom) dan mengumumkannya di Instagram BPS Jembrana.

        Terima kasih atas perhatiannya.

        -- 
        Dr. Ida Ayu Made Sri Widiastuti, S.Sos., M.Si.
        Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar
        '''), kind='complaint', name='Dr. Ida Ayu Made Sri Widiastuti',
      inst='Universitas Hindu Negeri I Gusti Bagus Sugriwa Denpasar', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f9-ooo-outlook-en-parental-leave', 'outlook', 'Daniel Foster', 'd.foster@reefwatch.org',
      'Automatic reply: ' + SUBJ_DATA % 941, T('''
        Thank you for your email. I am on parental leave until 1 March 2027 and will not be checking this mailbox. For questions about the Jembrana fisheries project please contact Dr Sarah Lim (s.lim@reefwatch.org).

        Best,
        Daniel Foster
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-00941',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(941), **F)

    C('f9-ooo-gmail-desa-own-subject', 'gmail', 'Admin Desa Pangyangan', 'desapangyangan@gmail.com',
      'Terima kasih, pesan Anda sudah kami terima', T('''
        Terima kasih telah menghubungi Kantor Desa Pangyangan. Pesan Anda sudah kami terima dan akan dibalas pada jam kerja (Senin-Jumat, 08.00-15.00 WITA).

        Salam,
        Admin Desa Pangyangan
        '''), kind='auto_reply', req=False,
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')], **rp(942), **F)

    C('f9-ooo-it-service-desk-incident-number', 'plain', 'IT Service Desk', 'servicedesk@ubd.edu.bn',
      '[#INC0048213] RE: ' + SUBJ_ACK % 943, T('''
        Hello,

        This is an automated response confirming that your email has been logged by the IT Service Desk as incident INC0048213. A member of our team will respond within two business days.

        Please do not reply to this message.

        IT Service Desk
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-00943',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')], **F)

    C('f9-ooo-yahoo-pascaoperasi-body-only', 'yahoo', 'Luh Sukerti', 'luhsukerti70@yahoo.com',
      'Re: ' + SUBJ_ASK % 944, T('''
        Mohon maaf, saya sedang dalam masa pemulihan pascaoperasi hingga pertengahan Desember 2026 sehingga belum dapat membalas email. Pesan Anda akan saya baca setelah kembali beraktivitas.

        (Balasan otomatis)
        '''), kind='auto_reply', req=False, ticket='PST-2026-00944', **F)

    C('f9-ooo-plain-office-moving', 'plain', 'CV Segara Biru Aquafarm', 'suwarno.aquafarm@gmail.com',
      'Re: ' + SUBJ_RATE % 945, T('''
        Yth. Bapak/Ibu,

        Kantor kami sedang pindah alamat pada 23-27 November 2026. Email Anda sudah masuk dan akan kami balas mulai 30 November 2026.

        Pesan ini dikirim otomatis.
        CV Segara Biru Aquafarm
        '''), kind='auto_reply', req=False, ticket='PST-2026-00945',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(945), **F)

    C('f9-ooo-outlook-dutch-english', 'outlook', 'Pieter-Jan Vermeulen', 'pieterjan.vermeulen@kuleuven.be',
      'Automatisch antwoord: ' + SUBJ_DATA % 946, T('''
        Ik ben afwezig tot en met 4 december 2026 en heb beperkt toegang tot mijn e-mail.

        I am out of the office until 4 December 2026 with limited access to email. For urgent matters, please contact the division secretariat.

        Pieter-Jan Vermeulen
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-00946',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(946), **F)

    # ------------------------------------------------------------------------------------------------
    # Bounces
    # ------------------------------------------------------------------------------------------------
    D('f9-dsn-postfix-rejected-as-spam', dict(
        recipient='laras.k@wawasanriset.co.id', original_message_id=OUR(951, '5c07e2b9'), orig_subject=SUBJ_ACK % 951,
        status='5.7.1',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              '<laras.k@wawasanriset.co.id>: host mx1.wawasanriset.co.id[103.28.52.14] said:\n'
              '    550 5.7.1 Message rejected due to content restrictions (spam score too\n'
              '    high) (in reply to end of DATA command)')), 'PST-2026-00951', **F)

    D('f9-dsn-exim-delayed-24h', dict(
        recipient='info@segarabiruaquafarm.com', original_message_id=OUR(952, '5c07e2b9'), orig_subject=SUBJ_DATA % 952,
        action='delayed', status='4.4.2',
        **{'from': 'Mail Delivery System <Mailer-Daemon@relay.bps.go.id>',
           'subject': 'Warning: message 1wQk7T-0003Zx-2F delayed 24 hours',
           'text': ('This message was created automatically by mail delivery software.\n'
                    'A message that you sent has not yet been delivered to one or more of its\n'
                    'recipients after more than 24 hours on the queue on relay.bps.go.id.\n\n'
                    'The message identifier is:     1wQk7T-0003Zx-2F\n'
                    'The subject of the message is: [PST-2026-00952] Data yang Anda minta\n'
                    'The date of the message is:    Mon, 23 Nov 2026 08:02:11 +0800\n\n'
                    'The address to which the message has not yet been delivered is:\n\n'
                    '  info@segarabiruaquafarm.com\n'
                    '    host mail.segarabiruaquafarm.com [202.93.110.7]\n'
                    '    Delay reason: SMTP error from remote mail server after initial connection:\n'
                    '    421 4.4.2 Too many connections, try again later\n\n'
                    'No action is required on your part. Delivery attempts will continue for\n'
                    'some time, and this warning may be repeated at intervals if the message\n'
                    'remains undelivered. Eventually the mail delivery software will give up,\n'
                    'and when that happens, the message will be returned to you.')}), 'PST-2026-00952', **F)

    D('f9-dsn-campus-indonesian-mailbox-full', dict(
        recipient='komangyuni.astari@triatmamulya.ac.id', original_message_id=OUR(953, '5c07e2b9'),
        orig_subject=SUBJ_RATE % 953, status='5.2.2', mta='mail.triatmamulya.ac.id',
        **{'from': 'Postmaster Universitas Triatma Mulya <postmaster@triatmamulya.ac.id>',
           'subject': 'Kegagalan pengiriman pesan: kotak surat penuh',
           'text': ('Pesan Anda tidak dapat dikirimkan ke penerima berikut:\n\n'
                    '  komangyuni.astari@triatmamulya.ac.id\n\n'
                    'Alasan: kotak surat penerima telah penuh (kuota terlampaui).\n'
                    'Pesan ini tidak akan dicoba dikirim ulang.\n\n'
                    'Tanggapan server: 552 5.2.2 Mailbox full')}), 'PST-2026-00953', lang='id', **F)
