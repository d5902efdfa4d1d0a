# corpus_fresh10.py: a tenth batch, written blind by an eighth independent author who saw neither the parser
# nor its results: a regency revenue agency's letter signed by a "Plt." (acting) head in capitals, a state
# detention centre (an NTT name), the immigration office with a long bilingual disclaimer, customs, a port
# authority unit, the BMKG climatology station (a Sasak "Lalu"), the district court (a Sasak "Baiq"), the
# Ombudsman (a Buginese "Andi", HTML only), a public hospital's medical records unit, a lurah, the narcotics
# board (need only in the attached letter), a forest management unit forwarding its head's note; a coffee
# roaster in Instagram style, a surf school mixing English, an architecture studio whose name appears only
# after "ttd", a law firm with a confidentiality notice, a Jakarta think tank in corporate jargon, a homestay
# association signed by its board with one contact person, a fishermen's cooperative (Madurese), the post
# office, an ISP, a feed distributor, Jasa Raharja, a weaver on Yahoo for Android; a high-school olympiad team,
# a child forum (HTML only), an IPDN cadet interning at a camat's office, students writing with abbreviations
# (yg, utk, sy, bsk), a one-line pipe form, a DOCX form pointed at, a need only in the subject, a student who
# never names himself, a village planning team with no person; UNFPA ("This is Ananya from ..."), a Dutch
# foundation, Tohoku (surname in capitals), a Korean student writing Indonesian, a Jembrana-born PhD candidate
# in Groningen, a thesis supervisor writing for her student (Sundanese), Chulalongkorn, Cadiz (iso-8859-1,
# vague); a canang seller in Balinese, a cattle farmer on his daughter's account, a retired civil servant, a
# researcher who introduces himself after the request, a vague "mau nanya dong", a new request citing an old
# ticket; replies answering "mohon lengkapi identitas" in prose (one in English), adding a need, thanks in
# English, status, identity via References only, a cover letter, corrections, a consultation, a closure;
# ratings as "4/5" with a long comment, a keycap emoji, words only ("sangat tidak puas"), a new English mail,
# Balinese "papat", HTML only, the score only in the subject; complaints (a table that does not add up, a rude
# phone call, the English website, an unofficial fee, a release calendar, wrong units, survey burden);
# auto-replies (study leave, trekking without auto headers, own subject, Japanese-English, a village mailbox)
# and bounces (Exchange, sendmail, a disabled account) (set "fresh10"; tickets PST-2026-010xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh10')

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
    LETTER = ('Yth. Saudara,\n\nUntuk memproses permintaan data mikro tiket PST-2026-%05d, mohon Saudara '
              'melampirkan surat pengantar dari perguruan tinggi yang ditandatangani pejabat berwenang.\n\n'
              'Salam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        if lang == 'id':
            return 'Pada 23 Nov 2026, pukul 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + q
        return 'On 23 Nov 2026, at 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + q

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        return 'Pada 23/11/26 09.14, PST BPS Kabupaten Jembrana menulis:\n' + q

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        return ('Pada Sen, 23 Nov 2026 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + q)

    def rp(n):
        return dict(in_reply_to=OUR(n, 'e41b9c07'), references=[OUR(n, 'e41b9c07')])

    # ------------------------------------------------------------------------------------------------
    # Regency, vertical and national offices
    # ------------------------------------------------------------------------------------------------
    C('f10-req-bapenda-plt-kepala-letter-caps', 'outlook', 'Bapenda Kabupaten Jembrana', 'bapenda@jembranakab.go.id',
      'Permohonan Data Pendukung Kajian Potensi Pajak Daerah', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        BADAN PENDAPATAN DAERAH
        Jalan Surapati Nomor 1, Negara, Bali 82218
        Telepon (0365) 41xxx, Laman bapenda.jembranakab.go.id

                                                      Negara, 19 November 2026
        Nomor    : 900.1.13/877/Bapenda/2026
        Sifat    : Biasa
        Lampiran : -
        Hal      : Permohonan Data

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di
             Negara

        Dalam rangka penyusunan Kajian Potensi Pajak Barang dan Jasa Tertentu (PBJT) atas jasa perhotelan dan makanan/minuman Tahun Anggaran 2027, dengan hormat kami mohon dukungan data sebagai berikut:

        1. jumlah usaha akomodasi dan jumlah kamar per kecamatan, tahun 2023 s.d. 2025;
        2. jumlah usaha penyediaan makanan dan minuman (restoran, rumah makan, warung) per kecamatan hasil Sensus Ekonomi 2026;
        3. tingkat penghunian kamar hotel per bulan, tahun 2025.

        Data dimaksud dapat disampaikan melalui pos-el bapenda@jembranakab.go.id. Untuk koordinasi teknis dapat menghubungi Sdri. Ni Made Juliantari (0821-4470-xxxx).

        Demikian kami sampaikan, atas kerja sama yang baik kami ucapkan terima kasih.

        Plt. KEPALA BADAN PENDAPATAN DAERAH
        KABUPATEN JEMBRANA,

        ttd.

        Drs. I NENGAH SUWIRYA, M.A.P.
        Pembina Utama Muda (IV/c)
        NIP 19690711 199403 1 005
        '''), name='Drs. I NENGAH SUWIRYA', inst='Badan Pendapatan Daerah Kabupaten Jembrana', **F)

    C('f10-req-rutan-ntt-name-warga-binaan', 'gmail', 'Yohanes Bria', 'yohanesbria.rutan@gmail.com',
      'Permohonan data ketenagakerjaan untuk program pembinaan WBP', T('''
        Selamat siang Bapak/Ibu petugas PST,

        Perkenalkan, saya Yohanes Bria Seran, staf Subseksi Pelayanan Tahanan pada Rumah Tahanan Negara Kelas IIB Negara. Kami sedang menyusun program pembinaan kemandirian bagi warga binaan yang akan bebas tahun 2027 (pelatihan las, pertukangan kayu dan budidaya lele). Supaya pelatihannya nyambung dengan peluang kerja di luar, kami ingin melihat:

        1. jumlah penduduk bekerja menurut lapangan usaha di Kabupaten Jembrana, 2023-2025;
        2. jumlah industri mikro dan kecil menurut jenis industri (terutama pengolahan kayu dan barang logam);
        3. tingkat pengangguran terbuka menurut pendidikan tertinggi.

        Kalau ada data yang harus diajukan dengan surat resmi dari Karutan, mohon diberi tahu, nanti kami susulkan.

        Terima kasih, Tuhan memberkati.

        Salam,
        Yohanes Bria Seran
        Rutan Kelas IIB Negara
        Jl. Gatot Subroto, Negara
        '''), name='Yohanes Bria Seran', inst='Rumah Tahanan Negara Kelas IIB Negara', **F)

    C('f10-req-imigrasi-bilingual-disclaimer', 'outlook', 'Fikri Ramadhan Saputra', 'fikri.rs@imigrasi.go.id',
      'Permintaan data wisatawan mancanegara dan penduduk WNA - Kab. Jembrana', T('''
        Yth. Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Dengan hormat,

        Kantor Imigrasi Kelas I TPI Denpasar bersama Tim Pengawasan Orang Asing (Tim PORA) Kabupaten Jembrana sedang melakukan pemetaan wilayah rawan pelanggaran izin tinggal di Bali bagian barat. Sehubungan dengan itu kami mohon bantuan data:

        - jumlah kunjungan wisatawan mancanegara ke Kabupaten Jembrana per bulan, 2024-2026;
        - jumlah penduduk warga negara asing menurut kecamatan (Sensus Penduduk 2020);
        - jumlah usaha akomodasi (hotel, villa, pondok wisata) per kecamatan.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,

        Fikri Ramadhan Saputra
        Analis Keimigrasian Ahli Pertama
        Kantor Imigrasi Kelas I TPI Denpasar
        Direktorat Jenderal Imigrasi

        ________________________________
        PERHATIAN: Surat elektronik ini beserta lampirannya hanya ditujukan kepada penerima yang dimaksud dan dapat memuat informasi yang bersifat rahasia. Apabila Anda bukan penerima yang dimaksud, Anda dilarang menyebarluaskan, menyalin atau menggunakan isi surat elektronik ini; mohon segera memberi tahu pengirim dan menghapusnya.
        DISCLAIMER: This e-mail and any attachments are intended solely for the named addressee(s) and may contain confidential information. If you have received this e-mail in error, please notify the sender immediately and delete it from your system. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the Directorate General of Immigration.
        Waspada penipuan! Layanan keimigrasian tidak dipungut biaya di luar tarif PNBP resmi.
        '''), name='Fikri Ramadhan Saputra', inst='Kantor Imigrasi Kelas I TPI Denpasar', **F)

    C('f10-req-bea-cukai-canned-fish-export', 'outlook', 'Arief Budiman Lubis', 'arief.lubis@customs.go.id',
      'Data produksi dan ekspor ikan kaleng asal Jembrana', T('''
        Selamat pagi Bapak/Ibu,

        Saya Arief Budiman Lubis, Pemeriksa Bea dan Cukai pada Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean C Denpasar. Kami sedang menyiapkan profil komoditas ekspor unggulan wilayah kerja untuk program asistensi fasilitas Kawasan Berikat dan KITE IKM.

        Untuk Kabupaten Jembrana, kami memerlukan data:
        1) jumlah perusahaan industri besar dan sedang pengolahan dan pengawetan ikan (termasuk pengalengan), 2020-2025;
        2) nilai dan volume ekspor ikan olahan/ikan dalam kaleng asal Kabupaten Jembrana menurut negara tujuan, 2022-2025, apabila tersedia di BPS;
        3) produksi ikan lemuru yang didaratkan di Pengambengan, 2020-2025.

        Apabila data ekspor menurut kabupaten asal barang tidak tersedia, mohon arahan ke mana sebaiknya kami meminta.

        Terima kasih atas bantuannya.

        Salam,
        Arief B. Lubis
        Seksi Penyuluhan dan Layanan Informasi
        '''), name='Arief Budiman Lubis',
      inst='Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean C Denpasar', **F)

    C('f10-req-kupp-gilimanuk-harbour-thunderbird', 'thunderbird', 'Yusuf Kurniadi', 'yusufkurniadi.kupp@gmail.com',
      'Mohon data kapal perikanan dan nelayan - wilayah kerja pelabuhan Gilimanuk', T('''
        Dengan hormat,

        Saya Yusuf Kurniadi, staf Seksi Keselamatan Berlayar, Penjagaan dan Patroli, Kantor Unit Penyelenggara Pelabuhan Kelas III Gilimanuk. Menjelang musim angin barat kami akan melakukan sosialisasi keselamatan pelayaran kepada nelayan kecil di desa-desa pesisir Kecamatan Melaya dan Negara, dan perlu memperkirakan jumlah sasaran.

        Data yang kami mohon:
          a. jumlah perahu/kapal perikanan menurut ukuran (tanpa motor, motor tempel, kapal motor) per desa pesisir;
          b. jumlah rumah tangga perikanan tangkap per desa pesisir (Sensus Pertanian 2023);
          c. jumlah penumpang kapal penyeberangan yang berangkat dari Gilimanuk per bulan, 2025, jika BPS memilikinya.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        -- 
        Yusuf Kurniadi, A.Md.T.
        KUPP Kelas III Gilimanuk
        Jl. Pelabuhan Gilimanuk, Melaya, Jembrana
        '''), name='Yusuf Kurniadi', inst='Kantor Unit Penyelenggara Pelabuhan Kelas III Gilimanuk', wrap=76, **F)

    C('f10-req-bmkg-klimatologi-sasak-lalu', 'gmail', 'Lalu Zulfikri', 'lalu.zulfikri@bmkg.go.id',
      'Permohonan data luas panen dan produksi padi per kecamatan (kajian iklim)', T('''
        Salam sejahtera Bapak/Ibu,

        Saya Lalu Ahmad Zulfikri, prakirawan di Stasiun Klimatologi Bali, yang kantornya kebetulan berada di Negara. Kami sedang menyusun kajian dampak El Nino 2023 dan La Nina 2024-2025 terhadap produksi pangan di Bali bagian barat, untuk bahan Sekolah Lapang Iklim tahun depan.

        Data curah hujan sudah kami punya; yang kami perlukan dari BPS:
        - luas panen dan produksi padi per kecamatan di Kabupaten Jembrana, per subround atau per bulan, 2015-2025;
        - luas panen dan produksi jagung per kecamatan pada periode yang sama.

        Apabila data per bulan tidak tersedia, data tahunan pun sudah sangat membantu.

        Matur tampiasih (terima kasih, dalam bahasa Sasak) 🙏

        Lalu Ahmad Zulfikri
        Stasiun Klimatologi Bali - BMKG
        '''), name='Lalu Ahmad Zulfikri', inst='Stasiun Klimatologi Bali', **F)

    C('f10-req-pn-negara-baiq-laporan-tahunan', 'gmail', 'Baiq Nurul', 'baiqnurul.pnnegara@gmail.com',
      'Permohonan data penduduk untuk Laporan Tahunan 2026', T('''
        Assalamualaikum warahmatullahi wabarakatuh,

        Selamat pagi Bapak/Ibu. Perkenalkan, saya Baiq Nurul Hidayati, S.H., Panitera Pengganti pada Pengadilan Negeri Negara, yang tahun ini ditugaskan membantu penyusunan Laporan Tahunan pengadilan.

        Dalam laporan tersebut kami akan menampilkan rasio perkara pidana dan perdata per 10.000 penduduk menurut kecamatan. Untuk itu kami mohon data jumlah penduduk Kabupaten Jembrana per kecamatan tahun 2026 (proyeksi), beserta luas wilayah per kecamatan.

        Terima kasih atas bantuannya.

        Wassalamualaikum warahmatullahi wabarakatuh.

        Baiq Nurul Hidayati
        '''), name='Baiq Nurul Hidayati', inst='Pengadilan Negeri Negara', **F)

    C('f10-req-ombudsman-andi-bugis-html-only', 'html_only', 'Andi Nurfadhilah Tenriola', 'andi.nurfadhilah@ombudsman.go.id',
      'Permohonan data untuk penentuan sampel Penilaian Kepatuhan 2027', T('''
        Tabe', selamat pagi Bapak/Ibu.

        Saya Andi Nurfadhilah Tenriola, Asisten pada Ombudsman RI Perwakilan Provinsi Bali. Tahun depan kami akan melaksanakan Penilaian Kepatuhan Standar Pelayanan Publik di Kabupaten Jembrana, dan kali ini sampel unit layanan (puskesmas, sekolah dan kantor desa) akan kami tarik secara proporsional menurut jumlah penduduk.

        Mohon kiranya dapat dibantu data:
        1. jumlah penduduk per kecamatan dan per desa/kelurahan tahun 2025;
        2. jumlah puskesmas, puskesmas pembantu, SD dan SMP per kecamatan (Podes 2024).

        Terima kasih atas kerja samanya.

        Salam,
        Andi Nurfadhilah Tenriola
        Keasistenan Pencegahan Maladministrasi
        Ombudsman RI Perwakilan Provinsi Bali
        '''), name='Andi Nurfadhilah Tenriola', inst='Ombudsman RI Perwakilan Provinsi Bali', **F)

    C('f10-req-rsu-negara-medical-records-unit', 'outlook', 'Rekam Medis RSU Negara', 'rekammedis.rsunegara@gmail.com',
      'Permohonan data proyeksi penduduk untuk indikator pelayanan RS', T('''
        Selamat pagi Bapak/Ibu,

        Kami dari RSU Negara (Instalasi Rekam Medis) sedang menghitung indikator mutu dan efisiensi pelayanan rumah sakit tahun 2026, antara lain rasio tempat tidur per 1.000 penduduk dan angka kunjungan rawat jalan per penduduk wilayah cakupan.

        Mohon bantuan data berikut:
        1. proyeksi jumlah penduduk Kabupaten Jembrana menurut kelompok umur dan jenis kelamin, 2026 dan 2027;
        2. jumlah penduduk per kecamatan tahun 2026;
        3. angka kelahiran kasar (CBR) Kabupaten Jembrana terbaru.

        Terima kasih atas bantuannya.

        Salam sehat,

        Ni Wayan Eka Pratiwi, A.Md.RMIK
        Koordinator Pelaporan
        Instalasi Rekam Medis
        RSU Negara
        Jl. Wijaya Kusuma No. 17, Negara
        '''), name='Ni Wayan Eka Pratiwi', inst='RSU Negara', **F)

    C('f10-req-lurah-gilimanuk-migrants', 'gmail', 'Kelurahan Gilimanuk', 'kel.gilimanuk@gmail.com',
      'Data penduduk pendatang Kelurahan Gilimanuk', T('''
        Selamat siang,

        Dengan hormat, saya Ahmad Zainuri, Lurah pada Kelurahan Gilimanuk, Kecamatan Melaya. Sebagai pintu masuk Bali, kelurahan kami punya banyak penduduk pendatang yang bekerja di pelabuhan, terminal dan pasar, dan sebagian tidak tercatat sebagai penduduk tetap. Kami ingin membandingkan data administrasi kependudukan dengan data BPS.

        Mohon bantuan data:
        - jumlah penduduk Kelurahan Gilimanuk hasil SP2020 menurut jenis kelamin dan kelompok umur;
        - jumlah penduduk migran risen (pindah dalam 5 tahun terakhir) Kecamatan Melaya, jika ada;
        - jumlah rumah tangga di Kelurahan Gilimanuk.

        Terima kasih atas kerja samanya.

        Lurah Gilimanuk,
        Ahmad Zainuri, S.Sos.
        '''), name='Ahmad Zainuri', inst='Kelurahan Gilimanuk', **F)

    C('f10-req-bnnk-need-only-in-attached-letter', 'outlook', 'BNNK Jembrana', 'bnnk.jembrana@bnn.go.id',
      'Surat Permohonan Data', T('''
        Selamat pagi,

        Bersama ini kami sampaikan surat Kepala BNN Kabupaten Jembrana perihal permohonan data (terlampir). Mohon kiranya dapat ditindaklanjuti.

        Terima kasih.

        Salam,
        Komang Yuli Antari
        Subbagian Umum
        BNN Kabupaten Jembrana

        STOP NARKOBA! Hidup 100% Sadar, Sehat, Produktif dan Bahagia tanpa Narkoba.
        '''), name='Komang Yuli Antari', inst='BNN Kabupaten Jembrana',
      attachments=[PDF('Surat Permohonan Data Penduduk Usia Produktif - BNNK Jembrana.pdf')], **F)

    C('f10-req-kph-staff-forwards-head-note', 'gmail', 'Ni Wayan Rastiti', 'rastiti.kphbalibarat@gmail.com',
      'Fwd: Data penduduk desa sekitar hutan', T('''
        Selamat pagi Bapak/Ibu PST,

        Saya Ni Wayan Rastiti, staf tata usaha UPTD KPH Bali Barat. Atas perintah Bapak Kepala UPTD (pesan beliau di bawah), mohon bantuan data jumlah penduduk, jumlah rumah tangga dan lapangan usaha utama penduduk di desa-desa yang berbatasan dengan kawasan hutan, yaitu Desa Blimbingsari, Ekasari, Manistutu, Yehembang Kauh dan Pohsanten, tahun 2025. Data ini untuk usulan Perhutanan Sosial.

        Terima kasih.

        Rastiti

        ---------- Forwarded message ---------
        From: Made Dharma Yasa <dharmayasa.kph@gmail.com>
        Date: Sun, Nov 22, 2026 at 8:05 PM
        Subject: Data penduduk desa sekitar hutan
        To: Ni Wayan Rastiti <rastiti.kphbalibarat@gmail.com>


        Tut, tolong besok mintakan ke BPS data penduduk desa2 penyangga (daftar desanya ada di proposal PS). Pakai email kantor saja kalau bisa.

        MDY
        Kepala UPTD KPH Bali Barat
        '''), name='Ni Wayan Rastiti', inst='UPTD KPH Bali Barat', **F)

    C('f10-req-dispersip-library-publications', 'outlook', 'Dinas Perpustakaan dan Kearsipan', 'dispersip@jembranakab.go.id',
      'Permohonan publikasi BPS untuk Pojok Statistik', T('''
        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Dinas Perpustakaan dan Kearsipan Kabupaten Jembrana berencana membuka "Pojok Statistik" di ruang referensi Perpustakaan Daerah mulai Januari 2027. Untuk itu kami mohon:

        1. publikasi Kabupaten Jembrana Dalam Angka 2024, 2025 dan 2026 (cetak bila masih ada, atau PDF);
        2. Kecamatan Dalam Angka 2026 untuk kelima kecamatan;
        3. informasi apakah BPS berkenan memberikan sesi literasi statistik singkat bagi pustakawan kami (sekitar 2 jam), agar kami bisa membantu pengunjung mencari data di website BPS.

        Terima kasih atas perhatiannya.

        Hormat kami,

        Ni Luh Made Sudiasih, S.IP.
        Pustakawan Ahli Muda
        Dinas Perpustakaan dan Kearsipan Kabupaten Jembrana
        '''), name='Ni Luh Made Sudiasih', inst='Dinas Perpustakaan dan Kearsipan Kabupaten Jembrana', **F)

    C('f10-req-satpol-pp-cites-old-ticket', 'outlook', 'Made Ari Santika', 'arisantika.satpolpp@jembranakab.go.id',
      'Permohonan data lanjutan - jumlah usaha per kecamatan', T('''
        Selamat siang,

        Terima kasih, data jumlah penduduk per desa yang kami minta bulan lalu (tiket PST-2026-01061) sudah kami terima dan sudah dipakai. Sekarang kami memerlukan data tambahan untuk penertiban pedagang kaki lima dan reklame:

        - jumlah usaha perdagangan eceran kaki lima/keliling per kecamatan (Sensus Ekonomi 2026, jika sudah ada);
        - jumlah pasar dan kelompok pertokoan per kecamatan (Podes 2024).

        Salam,
        I Made Ari Santika
        Seksi Penegakan Perundang-undangan Daerah
        Satuan Polisi Pamong Praja Kabupaten Jembrana
        '''), name='I Made Ari Santika', inst='Satuan Polisi Pamong Praja Kabupaten Jembrana',
      ticket='PST-2026-01061', to='BPS Kabupaten Jembrana <bps5101@bps.go.id>', **F)

    C('f10-req-village-planning-team-no-person', 'gmail', 'Pemdes Delodberawah', 'pemdes.delodberawah@gmail.com',
      'Permohonan data untuk penyusunan RPJMDes 2027-2032', T('''
        Om Swastyastu,

        Kami Tim Penyusun RPJMDes Desa Delodberawah, Kecamatan Mendoyo, mohon bantuan data untuk bab gambaran umum desa:

        1. jumlah penduduk menurut kelompok umur dan jenis kelamin, Desa Delodberawah, 2020 dan 2025;
        2. jumlah keluarga pertanian dan nelayan di Desa Delodberawah (ST2023);
        3. sarana pendidikan dan kesehatan di Desa Delodberawah (Podes 2024).

        Data dapat dikirim ke email ini. Suksma.

        Om Santih, Santih, Santih Om

        Tim Penyusun RPJMDes
        Desa Delodberawah
        '''), inst='Tim Penyusun RPJMDes Desa Delodberawah', **F)

    # ------------------------------------------------------------------------------------------------
    # Firms, associations and cooperatives
    # ------------------------------------------------------------------------------------------------
    C('f10-req-coffee-roaster-instagram-casual', 'iphone', 'Yudi | Sangrai Manistutu', 'sangrai.manistutu@gmail.com',
      'halo bps jembrana ☕', T('''
        halo kak admin bps jembrana 👋

        aku Gede Yudi Antara, owner Sangrai Manistutu Coffee Roastery (ig: @sangrai.manistutu), roastery kecil di Manistutu, Melaya. lg bikin konten edukasi ttg kopi robusta jembrana buat ig + mau pitching ke buyer di jkt jg nih 🙌

        butuh data luas tanaman & produksi kopi robusta per kecamatan thn 2020-2025, klo ada jumlah petani kopinya jg boleh bgt 🙏

        thx a lot kak, ditunggu yaa ✨

        Sent from my iPhone
        '''), name='Gede Yudi Antara', inst='Sangrai Manistutu Coffee Roastery', **F)

    C('f10-req-surf-school-english-mix', 'gmail', 'Komang Tirta Yasa', 'gelombangbarat.surf@gmail.com',
      'Data wisatawan utk business plan surf school', T('''
        Hi BPS Jembrana, Om Swastyastu 🤙

        Saya Komang Tirta Yasa, owner Gelombang Barat Surf School di Pantai Pulukan. Kami mau expand jadi surf camp (5 kamar) tahun depan, dan bank minta business plan yang ada data resminya.

        Saya butuh data:
        - jumlah wisatawan mancanegara yang menginap di Kecamatan Pekutatan per bulan, 2024-2025 (high season vs low season);
        - jumlah homestay/villa dan jumlah kamar di Desa Pulukan dan Desa Medewi;
        - rata-rata lama menginap tamu asing di Jembrana.

        Sorry kalau campur-campur bahasanya, biasa ngomong sama tamu 😅. Thank you so much, suksma!

        Komang
        Gelombang Barat Surf School
        WA +62 813-3890-xxxx
        '''), name='Komang Tirta Yasa', inst='Gelombang Barat Surf School', **F)

    C('f10-req-architecture-studio-name-after-ttd', 'gmail', 'Studio Tanah Liat', 'halo@studiotanahliat.id',
      'Permohonan data perumahan untuk sayembara desain', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        c.q. Pelayanan Statistik Terpadu

        Dengan hormat,

        Studio Tanah Liat, studio arsitektur di Denpasar, sedang mengikuti Sayembara Desain Rumah Tumbuh untuk Keluarga Nelayan dengan lokasi studi Desa Pengambengan. Agar rancangan kami berpijak pada kondisi nyata, kami mohon data:

        a. rata-rata jumlah anggota rumah tangga di Desa Pengambengan;
        b. persentase rumah tangga menurut luas lantai per kapita serta jenis atap dan dinding terluas, Kecamatan Negara;
        c. jumlah rumah tangga perikanan tangkap di Desa Pengambengan.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Hormat saya,
        ttd
        Ni Putu Dian Maharani, S.Ars., IAI
        Principal Architect
        '''), name='Ni Putu Dian Maharani', inst='Studio Tanah Liat', **F)

    C('f10-req-law-firm-confidentiality-notice', 'outlook', 'Ratna Juwita', 'ratna.juwita@pradnyanasakti-law.co.id',
      'Permohonan Data Luas Sawah dan Harga Gabah - Desa Baluk', T('''
        Yth. Bapak/Ibu Petugas PST,

        Kami, Kantor Hukum Pradnyana Sakti & Rekan, bertindak selaku kuasa hukum kelompok petani penggarap di Desa Baluk dalam perkara ganti kerugian lahan. Untuk kepentingan pembuktian, kami mohon data resmi sebagai berikut:

        1. luas lahan sawah Desa Baluk, Kecamatan Negara, tahun 2015-2025;
        2. harga gabah kering panen di tingkat petani, Kabupaten Jembrana, bulanan 2020-2025;
        3. produktivitas padi sawah Kecamatan Negara, 2020-2025.

        Mohon informasi pula apakah BPS dapat menerbitkan surat keterangan atau legalisasi atas data tersebut, beserta prosedurnya.

        Hormat kami,

        Ni Made Ratna Juwita, S.H.
        Associate
        Kantor Hukum Pradnyana Sakti & Rekan
        Advocates & Legal Consultants
        Jl. Gatot Subroto Barat No. 88, Denpasar

        CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is a privileged and confidential attorney-client communication intended only for the person(s) to whom it is addressed. If you are not the intended recipient, you are hereby notified that any review, use, disclosure, copying or distribution is strictly prohibited. Please notify the sender by reply e-mail and destroy all copies of the original message.
        PEMBERITAHUAN KERAHASIAAN: Pesan ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Apabila Anda menerima pesan ini karena kekeliruan, mohon segera memberitahukan kepada pengirim dan menghapus pesan ini.
        '''), name='Ni Made Ratna Juwita', inst='Kantor Hukum Pradnyana Sakti & Rekan', **F)

    C('f10-req-think-tank-corporate-jargon', 'gmail', 'Rangga Mahardika', 'rangga@nusantarapolicylab.org',
      'Data request — policy brief blue economy Jembrana', T('''
        Halo tim PST BPS Jembrana,

        Semoga sehat selalu. Saya Rangga Mahardika Putra, Research Associate di Nusantara Policy Lab, think tank kebijakan publik yang berbasis di Jakarta Selatan. Saat ini kami lagi develop policy brief soal blue economy di Bali Barat, dan Jembrana jadi salah satu deep-dive case kami. Timeline-nya cukup tight karena deliverable harus kami submit ke donor akhir Desember.

        Boleh kami request beberapa dataset berikut?
        1. PDRB ADHB & ADHK kategori perikanan, 2019-2025 (kalau bisa sampai sub-kategori);
        2. jumlah RT nelayan & pembudidaya ikan by kecamatan (ST2023);
        3. NTN (Nilai Tukar Nelayan) Provinsi Bali bulanan 2023-2026, sebagai proxy.

        Kalau ada yang perlu di-align dulu dari sisi prosedur (surat resmi, PNBP, dsb.), happy to follow up. Kami juga open untuk quick call 15 menit supaya bisa capture insight langsung dari tim BPS.

        Thanks in advance & have a great week!

        Best,
        Rangga
        —
        Rangga Mahardika Putra | Research Associate
        Nusantara Policy Lab
        Jl. Kemang Raya No. 21, Jakarta Selatan
        '''), name='Rangga Mahardika Putra', inst='Nusantara Policy Lab', **F)

    C('f10-req-homestay-association-contact-person', 'yahoo', 'Pondok Wisata Jembrana', 'pondokwisata.jembrana@yahoo.com',
      'Permohonan data kunjungan wisatawan dan akomodasi', T('''
        Om Swastyastu,

        Kami pengurus Perkumpulan Pondok Wisata Jembrana, yang saat ini beranggotakan 47 pondok wisata (homestay) di lima kecamatan. Menjelang Rapat Anggota Tahunan pada pertengahan Desember, kami ingin memaparkan perkembangan pariwisata Jembrana kepada anggota. Untuk itu kami mohon data:

        1. jumlah tamu asing dan domestik yang menginap di akomodasi non bintang di Jembrana, per bulan 2024-2025;
        2. rata-rata lama menginap tamu;
        3. tingkat penghunian kamar akomodasi non bintang.

        Mohon data dikirim ke email ini. Apabila ada yang perlu dikonfirmasi, silakan menghubungi narahubung kami.

        Suksma.

        Hormat kami,
        Pengurus Perkumpulan Pondok Wisata Jembrana

        Narahubung: I Kadek Sudira (Sekretaris) - 0878-6120-xxxx
        '''), name='I Kadek Sudira', inst='Perkumpulan Pondok Wisata Jembrana', **F)

    C('f10-req-fishermen-coop-madurese', 'gmail', 'Moh Juhri', 'mohjuhri.pengambengan@gmail.com',
      'Mohon data hasil tangkapan ikan', T('''
        Assalamualaikum wr wb

        Selamat siang Bapak Ibu BPS. Saya H. Moh. Juhri, ketua Koperasi Produsen Nelayan Bahari Sejahtera Desa Pengambengan. Anggota kami kebanyakan keturunan Madura, jadi mohon maaf kalau bahasa saya kurang bagus.

        Kami mau mengajukan bantuan kapal dan alat tangkap ke Kementerian Kelautan dan Perikanan, dan diminta melampirkan data:
        1. jumlah nelayan per desa di Kecamatan Negara
        2. produksi ikan laut yang didaratkan di Pengambengan per tahun 2021-2025 (lemuru, tongkol, layang)

        Sakalangkong (terima kasih banyak) sebelumnya.

        Wassalam
        Moh. Juhri
        '''), name='H. Moh. Juhri', inst='Koperasi Produsen Nelayan Bahari Sejahtera Desa Pengambengan', **F)

    C('f10-req-pos-indonesia-branch-corporate', 'outlook', 'Teguh Santoso Wibowo', 'teguh.wibowo@posindonesia.co.id',
      'Permohonan data rumah tangga per desa (perencanaan rute antaran)', T('''
        Dengan hormat,

        PT Pos Indonesia (Persero) Kantor Cabang Negara sedang menata ulang rute antaran dan rencana pembukaan agen pos di desa-desa. Kami mohon bantuan data:

        - jumlah rumah tangga dan jumlah penduduk per desa/kelurahan, 2025;
        - jumlah usaha mikro dan kecil per kecamatan, sebagai gambaran potensi pengiriman paket UMKM.

        Terima kasih atas perhatian dan kerja samanya.

        Best regards,

        Teguh Santoso Wibowo
        Manajer Bisnis
        PT Pos Indonesia (Persero) Kantor Cabang Negara
        '''), name='Teguh Santoso Wibowo', inst='PT Pos Indonesia (Persero) Kantor Cabang Negara', **F)

    C('f10-req-isp-local-internet-households', 'gmail', 'Rendy Aji Pamungkas', 'rendy@jagatdata.net.id',
      'Data akses internet rumah tangga per kecamatan', T('''
        Selamat siang Bapak/Ibu,

        Saya Rendy Aji Pamungkas, network planning di PT Jagat Data Nusantara, penyedia layanan internet (ISP) lokal yang berkantor di Negara. Kami akan menarik jaringan fiber optik ke Kecamatan Pekutatan dan Melaya tahun 2027 dan butuh data:

        - persentase rumah tangga yang mengakses internet, per kecamatan (Susenas, kalau tersedia sampai kecamatan);
        - jumlah rumah tangga per desa, 2025;
        - persentase penduduk usia 5 tahun ke atas yang menggunakan telepon seluler.

        Terima kasih.

        Rendy
        PT Jagat Data Nusantara
        '''), name='Rendy Aji Pamungkas', inst='PT Jagat Data Nusantara', **F)

    C('f10-req-feed-distributor-outlook', 'outlook', 'Vivian Kurniawati Halim', 'vivian@sumberpakanmakmur.co.id',
      'Permohonan data populasi ternak babi dan unggas Kab. Jembrana', T('''
        Selamat pagi Bapak/Ibu,

        Kami dari UD Sumber Pakan Makmur, distributor pakan ternak di Jl. Kartini, Negara. Setelah wabah ASF beberapa tahun lalu, populasi babi di Jembrana sepertinya sudah pulih dan kami ingin menyesuaikan stok pakan di gudang.

        Mohon bantuan data populasi ternak babi, ayam ras pedaging dan ayam ras petelur per kecamatan tahun 2020-2025, serta jumlah rumah tangga peternak babi bila ada.

        Terima kasih banyak.

        Salam,
        Vivian Kurniawati Halim
        Marketing
        UD Sumber Pakan Makmur
        '''), name='Vivian Kurniawati Halim', inst='UD Sumber Pakan Makmur', **F)

    C('f10-req-jasa-raharja-single-name', 'outlook', 'Ardiansyah', 'ardiansyah@jasaraharja.co.id',
      'Permohonan data jumlah kendaraan dan penduduk', T('''
        Selamat siang,

        Mohon izin, kami dari PT Jasa Raharja Perwakilan Jembrana sedang menyusun analisis daerah rawan kecelakaan lalu lintas untuk program pencegahan tahun 2027. Kami mohon data jumlah penduduk per kecamatan 2025, jumlah kendaraan bermotor menurut jenis (jika BPS memiliki), dan panjang jalan menurut kondisi per kecamatan.

        Terima kasih atas kerja samanya.

        Salam,
        Ardiansyah
        Penanggung Jawab Perwakilan
        PT Jasa Raharja Perwakilan Jembrana
        '''), name='Ardiansyah', inst='PT Jasa Raharja Perwakilan Jembrana', **F)

    C('f10-req-songket-weaver-yahoo-android', 'yahoo', 'ketut warsiki', 'warsiki.songket@yahoo.com',
      'minta data pengrajin tenun', T('''
        Selamat siang Bapak Ibu di BPS
        Saya Ketut Warsiki pemilik usaha Tenun Songket Sari Merta di Desa Dangintukadaya, Jembrana.
        Saya ingin tahu berapa jumlah usaha tenun atau industri tekstil rumahan di Jembrana, dan berapa orang yang bekerja di usaha kain tenun. Mau saya pakai untuk mengajukan bantuan alat tenun ke Dinas Perindustrian.
        Mohon maaf kalau cara menulis saya kurang benar.
        Terima kasih
        Ketut Warsiki

        Dikirim dari Yahoo Mail di Android
        '''), name='Ketut Warsiki', inst='Tenun Songket Sari Merta', **F)

    C('f10-req-katadata-data-journalist', 'gmail', 'Desi Anggraini', 'desi.anggraini@katadata.co.id',
      'Permintaan data untuk artikel: harga beras di Bali barat', T('''
        Halo Bapak/Ibu PST,

        Saya Desi Anggraini, jurnalis data di Katadata. Saya sedang menulis artikel tentang selisih harga beras antara sentra produksi dan konsumen di Bali, dengan Jembrana sebagai salah satu contoh kabupaten sentra padi.

        Yang saya butuhkan:
        - rata-rata harga beras medium di tingkat pedagang eceran di Jembrana, bulanan 2024-2026;
        - harga gabah kering panen di tingkat petani, Jembrana, pada periode yang sama;
        - produksi beras Kabupaten Jembrana 2020-2025.

        Tenggat tulisan saya Jumat, 4 Desember. Kalau sebagian data sudah ada di website, cukup dikirimi tautannya saja.

        Terima kasih banyak!

        Desi Anggraini | Data Journalist | Katadata
        '''), name='Desi Anggraini', inst='Katadata', **F)

    # ------------------------------------------------------------------------------------------------
    # Schools, young people, students and lecturers in Indonesia
    # ------------------------------------------------------------------------------------------------
    C('f10-req-olympiad-team-sma-captain', 'gmail', 'Rai Sundari', 'raisundari.olimpiade@gmail.com',
      'Permohonan data untuk latihan tim olimpiade ekonomi', T('''
        Selamat sore Bapak/Ibu BPS 🙏

        Kami tim olimpiade ekonomi SMA Negeri 1 Pekutatan yang akan ikut Olimpiade Ekonomi dan Statistika tingkat Provinsi Bali bulan Januari. Pembina kami, Pak Gede Ardana, menyarankan kami latihan membaca dan menganalisis data asli, bukan hanya soal latihan.

        Kami ingin minta:
        1. PDRB per kapita dan laju pertumbuhan ekonomi Kabupaten Jembrana 5 tahun terakhir;
        2. IPM dan komponennya 5 tahun terakhir;
        3. kalau boleh, publikasi "Kabupaten Jembrana Dalam Angka 2026" dalam bentuk PDF.

        Terima kasih banyak Bapak/Ibu!

        Salam,
        Ni Kadek Rai Sundari (ketua tim)
        kelas XI.3
        '''), name='Ni Kadek Rai Sundari', inst='SMA Negeri 1 Pekutatan', **F)

    C('f10-req-child-forum-html-only', 'html_only', 'Forum Anak Jembrana', 'forumanakjembrana@gmail.com',
      'Permohonan data anak putus sekolah dan pekerja anak', T('''
        Halo kakak-kakak BPS Jembrana! 👋

        Kami dari Forum Anak Daerah Kabupaten Jembrana, wadah partisipasi anak yang dibina Dinas Pemberdayaan Perempuan dan Perlindungan Anak. Bulan Desember nanti kami akan menyampaikan "Suara Anak Jembrana" kepada Bapak Bupati, dan salah satu isu yang kami angkat adalah anak putus sekolah dan pekerja anak.

        Bolehkah kami minta data:
        - angka partisipasi sekolah (APS) usia 7-12, 13-15 dan 16-18 tahun, Kabupaten Jembrana 2021-2025;
        - persentase anak usia 10-17 tahun yang bekerja.

        Terima kasih kakak! 🙏

        Salam Forum Anak!
        Ketut Bagus Dharma Yoga
        Ketua Forum Anak Daerah Kabupaten Jembrana
        '''), name='Ketut Bagus Dharma Yoga', inst='Forum Anak Daerah Kabupaten Jembrana', **F)

    C('f10-req-poltekpar-abbreviations-iphone', 'iphone', 'cindy', 'cindyoctavia.ppb@gmail.com', 'tgs akhir', T('''
        hlo kak slmt siang 🙏 sy Cindy Octavia mhs D4 poltekpar bali smstr 7. mo nnya, sy lg ngerjain TA ttg desa wisata di jembrana, butuh data jml kunjungan wisman & wisnus ke kab jembrana per bln th 2023-2025. yg sdh sy cari di web bps tdk ada yg per bln kak. bsk sy ke negara, blh lgsg mampir ke kantor ga? hrs bw surat ga kak? mksh bnyk kak 🙏🙏

        Sent from my iPhone
        '''), name='Cindy Octavia', inst='poltekpar bali', **F)

    C('f10-req-need-only-in-subject-iphone', 'iphone', 'Komang Sri', 'komangsri.undiknas@gmail.com',
      'Permohonan data jumlah penduduk & KK Desa Baluk 2025', T('''
        Selamat siang Bapak/Ibu, saya Ni Komang Sri Andayani, mahasiswi Universitas Pendidikan Nasional. Mohon bantuannya ya Pak/Bu. Terima kasih 🙏

        Dikirim dari iPhone saya
        '''), name='Ni Komang Sri Andayani', inst='Universitas Pendidikan Nasional', **F)

    C('f10-req-isi-bali-docx-form-pointed-at', 'gmail', 'Dewa Agus', 'dewaagus.isi@gmail.com',
      'Formulir permintaan data - ISI Bali', T('''
        Selamat pagi Bapak/Ibu,

        Saya Dewa Gede Agus Prasetya, mahasiswa Program Studi Kriya Seni, Institut Seni Indonesia Bali. Formulir permintaan data yang saya unduh dari website sudah saya isi dan saya lampirkan bersama email ini; rincian data yang saya perlukan ada di formulir tersebut.

        Mohon dibantu, terima kasih.

        Salam,
        Dewa Agus
        '''), name='Dewa Gede Agus Prasetya', inst='Institut Seni Indonesia Bali',
      attachments=[DOCX('Formulir Permintaan Data - Dewa Gede Agus Prasetya.docx')], **F)

    C('f10-req-ipdn-cadet-interning-at-camat', 'gmail', 'Rafi Hasibuan', 'rafi.hasibuan@praja.ipdn.ac.id',
      'Permohonan data untuk laporan magang Praja IPDN', T('''
        Selamat pagi Bapak/Ibu,

        Izin memperkenalkan diri, saya Muhammad Rafi Hasibuan, Praja Utama (tingkat IV) Institut Pemerintahan Dalam Negeri, Program Studi Keuangan Publik. Saat ini saya sedang melaksanakan magang di Kantor Camat Mendoyo sampai pertengahan Desember.

        Untuk laporan akhir magang yang membahas optimalisasi pendapatan asli desa, saya memerlukan data per desa di Kecamatan Mendoyo: jumlah penduduk 2025, jumlah usaha mikro dan kecil, serta jumlah sarana ekonomi (pasar, toko, warung) dari Podes 2024.

        Terima kasih atas perhatian Bapak/Ibu.

        Hormat saya,
        Muhammad Rafi Hasibuan
        Praja IPDN
        '''), name='Muhammad Rafi Hasibuan', inst='Institut Pemerintahan Dalam Negeri', **F)

    C('f10-req-unesa-one-line-pipe-form', 'gmail', 'Dimas Prayoga', 'dimasprayoga.21@mhs.unesa.ac.id',
      'Permintaan Data Penelitian', T('''
        Selamat siang Bapak/Ibu PST BPS Kab. Jembrana.

        Nama: Dimas Prayoga Wicaksono | NIM: 21040564xxx | Prodi: S1 Ekonomi | Universitas Negeri Surabaya
        Data: jumlah wisatawan, TPK hotel, dan PDRB kategori I (penyediaan akomodasi dan makan minum) Kab. Jembrana 2015-2025
        Keperluan: skripsi "Pengaruh Sektor Pariwisata terhadap Pertumbuhan Ekonomi Kabupaten di Bali Barat"

        Terima kasih atas bantuannya.
        Dimas
        '''), name='Dimas Prayoga Wicaksono', inst='Universitas Negeri Surabaya', **F)

    C('f10-req-student-never-names-himself', 'gmail', 'Gus Adi', 'gusadi.uti22@gmail.com', 'Mohon data produksi padi', T('''
        Selamat siang Pak/Bu,

        Saya mahasiswa semester akhir Universitas Teknologi Indonesia jurusan Sistem Informasi. Untuk skripsi tentang peramalan produksi padi, saya membutuhkan data luas panen dan produksi padi sawah per kecamatan di Kabupaten Jembrana tahun 2015-2025.

        Terima kasih sebelumnya.
        '''), inst='Universitas Teknologi Indonesia', **F)

    C('f10-req-upi-supervisor-writes-for-student', 'outlook', 'Euis Nurhayati Suhendar', 'euisnurhayati@upi.edu',
      'Mohon bantuan data untuk mahasiswa bimbingan kami (a.n. Asep Saepul Rohman)', T('''
        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Sampurasun, salam hangat dari Bandung.

        Saya Dr. Euis Nurhayati Suhendar, M.Si., dosen Program Studi Pendidikan Geografi Universitas Pendidikan Indonesia, sekaligus pembimbing skripsi mahasiswa kami, Asep Saepul Rohman (NIM 2003517). Asep sedang meneliti perubahan penggunaan lahan pesisir di Kecamatan Negara dan Jembrana. Karena ia sedang sakit dan belum bisa kembali ke lapangan, izinkan saya yang menghubungi Bapak/Ibu secara langsung.

        Data yang diperlukan:
        1. luas lahan menurut penggunaan (sawah, tegal/kebun, tambak, permukiman) per kecamatan, 2015-2025;
        2. jumlah rumah tangga usaha budidaya tambak per desa pesisir, ST2023.

        Data mohon dikirimkan ke email saya dengan tembusan kepada Asep (asepsaepul@upi.edu).

        Hatur nuhun atas bantuannya.

        Hormat saya,
        Euis Nurhayati Suhendar
        Departemen Pendidikan Geografi FPIPS UPI
        '''), name='Dr. Euis Nurhayati Suhendar', inst='Universitas Pendidikan Indonesia', **F)

    # ------------------------------------------------------------------------------------------------
    # Abroad, international bodies
    # ------------------------------------------------------------------------------------------------
    C('f10-req-unfpa-this-is-ananya-no-signature', 'gmail', 'Ananya Krishnan', 'krishnan@unfpa.org',
      'Quick question on ageing indicators for Jembrana', T('''
        Hi there,

        This is Ananya Krishnan from UNFPA Indonesia. We're supporting the Bali provincial government on a population ageing brief, and Jembrana came up as one of the regencies with the oldest age structure.

        Could your team share the following for Jembrana Regency, if available:
        - the old-age dependency ratio and the share of the population aged 60+, for 2010, 2020 and the latest projection year;
        - the total fertility rate from the 2020 census long form;
        - the number of older persons living alone, by kecamatan.

        Any pointers to existing publications would also be great.

        Thanks so much!
        '''), name='Ananya Krishnan', inst='UNFPA Indonesia', lang='en', **F)

    C('f10-req-dutch-foundation-mangrove', 'outlook', 'Maarten Bosman', 'm.bosman@kustvoorleven.nl',
      'Data request: coastal villages in Jembrana (mangrove restoration programme)', T('''
        Dear Sir/Madam,

        I am writing on behalf of Stichting Kust voor Leven, a small Dutch foundation based in Rotterdam that funds community-led mangrove restoration in Southeast Asia. Together with our local partner, Yayasan Segara Lestari in Perancak, we are preparing a five-year programme in the villages of Perancak, Budeng and Air Kuning.

        For the baseline of our proposal we would like to request:
        1. population and number of households of Desa Perancak, Desa Budeng and Desa Air Kuning, 2020 and the latest year;
        2. the number of households whose main income comes from capture fisheries or aquaculture in these villages;
        3. the poverty rate of Kecamatan Jembrana or, if not available, of the regency.

        Thank you very much for your help.

        Met vriendelijke groet / Kind regards,

        Maarten Bosman
        Programme Coordinator Southeast Asia
        Stichting Kust voor Leven
        Rotterdam, the Netherlands
        '''), name='Maarten Bosman', inst='Stichting Kust voor Leven', lang='en', **F)

    C('f10-req-tohoku-surname-in-capitals', 'gmail', 'TAKAHASHI Haruka', 'haruka.takahashi.c3@tohoku.ac.jp',
      'Inquiry about paddy production data (Jembrana) for doctoral research', T('''
        Dear BPS Jembrana,

        I hope this email finds you well. My name is Haruka TAKAHASHI, a doctoral student at the Graduate School of Agricultural Science, Tohoku University, Japan. I study how subak irrigation communities adapt to the conversion of rice fields, and I visited several subak in Jembrana in 2024.

        I would like to kindly ask whether the following data are available:
        1) harvested area and production of paddy by kecamatan, 2000-2025;
        2) the number of farm households by kecamatan, Agricultural Census 2013 and 2023.

        I apologize for the sudden request and for my poor English. I would be very grateful for your help.

        Sincerely,
        Haruka TAKAHASHI
        Graduate School of Agricultural Science, Tohoku University
        Sendai, Japan
        '''), name='Haruka TAKAHASHI', inst='Tohoku University', lang='en', **F)

    C('f10-req-yonsei-korean-writes-indonesian', 'gmail', 'Park Ji-won', 'jiwon.park@yonsei.ac.kr',
      'Permohonan data tentang tenaga kerja dari Jembrana', T('''
        Selamat siang Bapak dan Ibu,

        Nama saya Park Ji-won (박지원). Saya mahasiswa S2 di Graduate School of International Studies, Yonsei University, Seoul, Korea Selatan. Saya pernah belajar bahasa Indonesia di Yogyakarta selama satu tahun, jadi saya mencoba menulis email ini dalam bahasa Indonesia. Mohon maaf kalau ada kesalahan.

        Tesis saya tentang pekerja migran Indonesia di kapal perikanan Korea. Saya dengar banyak awak kapal berasal dari Kabupaten Jembrana. Saya ingin minta data:
        1. jumlah penduduk usia kerja dan tingkat pengangguran di Kabupaten Jembrana, 2018-2025;
        2. apakah BPS punya data jumlah pekerja migran (PMI) yang berasal dari Jembrana? Kalau tidak ada, tidak apa-apa.

        Terima kasih banyak. Kamsahamnida!

        Hormat saya,
        Park Ji-won
        '''), name='Park Ji-won', inst='Yonsei University', **F)

    C('f10-req-groningen-phd-born-in-jembrana', 'gmail', 'Wulan Purnamasari', 'n.k.w.purnamasari@rug.nl',
      'Permohonan data migrasi & pertanian untuk disertasi', T('''
        Om Swastyastu Bapak/Ibu,

        Perkenalkan, tiang Ni Kadek Wulan Purnamasari, asli Desa Yehembang Kangin, Mendoyo. Saat ini saya PhD candidate di Faculty of Spatial Sciences, University of Groningen, Belanda. Disertasi saya tentang youth out-migration dari desa-desa pertanian di Bali Barat, dan Jembrana jadi studi kasus utama.

        Saya butuh data berikut:
        (1) jumlah penduduk per desa menurut kelompok umur, SP2010 dan SP2020;
        (2) migrasi risen per kecamatan, kalau tersedia;
        (3) jumlah rumah tangga usaha pertanian menurut kelompok umur petani utama, ST2013 dan ST2023.

        Saya pulang ke Jembrana bulan Januari, jadi kalau ada data yang harus diambil langsung, saya bisa datang ke kantor.

        Suksma pisan,
        Wulan

        --
        Ni Kadek Wulan Purnamasari, M.Sc.
        PhD Candidate, Population Research Centre
        University of Groningen
        '''), name='Ni Kadek Wulan Purnamasari', inst='University of Groningen', **F)

    C('f10-req-chulalongkorn-thai-sardine', 'gmail', 'Nattapong Srisuk', 'nattapong.s@student.chula.ac.th',
      'Request: fisheries and coastal poverty statistics, Jembrana', T('''
        Sawasdee krab, Dear Officer,

        My name is Nattapong Srisuk, a master's student in Southeast Asian Studies at Chulalongkorn University, Bangkok. My thesis compares small-scale sardine fisheries in the Bali Strait and in the Gulf of Thailand.

        Could you please share:
        - annual production of lemuru (Bali sardinella) landed in Jembrana, 2010-2025;
        - the number of fishing households by kecamatan;
        - the poverty rate of Jembrana Regency, 2015-2025.

        Khob khun krab (thank you very much).

        Nattapong Srisuk (Nat)
        '''), name='Nattapong Srisuk', inst='Chulalongkorn University', lang='en', **F)

    C('f10-req-cadiz-latin1-vague-who-to-contact', 'latin1', 'Mateo Fernández', 'mateo.fernandez@uca.es',
      'Contact person for statistics on Jembrana', T('''
        Hello,

        My name is Mateo Fernández and I am a researcher at the Universidad de Cádiz (Spain). I am preparing a research proposal on coastal communities in Bali and may need some statistics about Jembrana in the coming months.

        Could you tell me who the right person to talk to is, and what your procedures are? Many thanks in advance.

        Saludos,
        Mateo
        '''), name='Mateo Fernández', inst='Universidad de Cádiz', req=False, lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Private persons, researchers, vague mails
    # ------------------------------------------------------------------------------------------------
    C('f10-req-canang-seller-balinese-mixed', 'plain', 'Nyoman Sukerni', 'sukerni.banten@gmail.com',
      'Nunas data KK Hindu', T('''
        Om Swastyastu,

        Selamat pagi Bapak/Ibu. Tiang Ni Nyoman Sukerni saking Banjar Menega, Desa Dangintukadaya. Tiang madue usaha dagang canang lan banten, UD Sari Banten Ayu, ring Pasar Umum Negara. Tiang mekayun ngembangang usaha ke Melaya lan Mendoyo.

        Napi wenten data akeh KK sane maagama Hindu per desa ring Kecamatan Melaya lan Mendoyo? Yening nenten wenten per desa, per kecamatan nggih nenten napi.

        Ampura yening basan tiang kirang becik. Matur suksma.

        Om Santih, Santih, Santih Om
        Nyoman Sukerni
        HP 0819-3655-xxxx
        '''), name='Ni Nyoman Sukerni', inst='UD Sari Banten Ayu', **F)

    C('f10-req-cattle-farmer-daughters-account', 'gmail', 'Putu Ayu Candra', 'putuayucandra02@gmail.com',
      'Data sapi bali Kec. Pekutatan', T('''
        Selamat siang Bapak/Ibu BPS,

        Saya I Ketut Regeg, peternak sapi bali di Banjar Pangyangan Kauh, Desa Pangyangan, Pekutatan. Saya tidak punya email, jadi ini pakai email anak saya.

        Saya mau minta data jumlah sapi bali per desa di Kecamatan Pekutatan dan harga sapi hidup di Jembrana beberapa tahun terakhir, untuk rencana pinjam KUR membuat kandang baru.

        Kalau ada balasan, tolong dikirim ke email ini saja, nanti anak saya yang bacakan.

        Terima kasih.

        Ketut Regeg
        (diketik oleh anak saya, Putu Ayu)
        '''), name='I Ketut Regeg', **F)

    C('f10-req-retired-civil-servant-village-history', 'yahoo', 'I Gusti Ketut Wija', 'igk.wija1958@yahoo.co.id',
      'Permohonan Data Penduduk Desa Tegalcangkring dari Masa ke Masa', T('''
        Kepada Yth.
        Bapak Kepala Kantor BPS Kab. Jembrana
        di -
            NEGARA

        Dengan hormat,

        Saya, Drs. I Gusti Ketut Wija, pensiunan PNS (purna tugas tahun 2016), saat ini sedang menulis buku sejarah Desa Tegalcangkring untuk diwariskan kepada generasi muda desa kami. Untuk melengkapi buku tsb., saya mohon apabila ada:

        1. Jumlah penduduk Desa Tegalcangkring dari tahun ke tahun (sejak 1971 kalau ada);
        2. Jumlah rumah tangga dan mata pencaharian penduduk desa pada sensus-sensus yang lalu;
        3. Luas sawah desa pada tahun 1980-an dan sekarang.

        Saya sudah berumur, mohon maaf bila tidak dapat datang sendiri ke kantor. Apabila ada biaya fotokopi, saya bersedia mengganti.

        Atas perhatian Bapak, saya ucapkan banyak terima kasih.

        Hormat saya,

        I Gusti Ketut Wija
        Tegalcangkring, Mendoyo
        Telp. (0365) 4xxxx
        '''), name='Drs. I Gusti Ketut Wija', **F)

    C('f10-req-researcher-introduces-after-request', 'gmail', 'Gede Arya Pranata', 'gede.aryapranata@kkp.go.id',
      'Data nelayan & penduduk Perancak - mohon bantuan', T('''
        Selamat pagi,

        Mohon bantuan data jumlah penduduk Desa Perancak dan Desa Budeng menurut lapangan usaha, jumlah rumah tangga perikanan tangkap di kedua desa, serta persentase penduduk miskin Kecamatan Jembrana tahun 2022-2025. Data ini untuk analisis sosial ekonomi dalam kajian konservasi penyu dan ekowisata pesisir.

        Oh iya, maaf, saya belum memperkenalkan diri. Saya Gede Arya Pranata, peneliti di Balai Riset dan Observasi Laut di Perancak. Kantor kami hanya sekitar 15 menit dari kantor BPS, jadi kalau lebih mudah saya bisa mengambil datanya langsung.

        Terima kasih.
        Arya
        '''), name='Gede Arya Pranata', inst='Balai Riset dan Observasi Laut', **F)

    C('f10-req-vague-mau-nanya-dong-name-only', 'gmail', 'Rahma Aulia', 'rahmaaulia.r@gmail.com', 'Tanya', T('''
        Halo min, selamat sore. Sy Rahma. Mau nanya dong, bisa dibantu ga ya? Makasih 🙏
        '''), name='Rahma', req=False, **F)

    C('f10-req-dprd-staff-pastes-whatsapp-from-chair', 'gmail', 'Setwan Jembrana Komisi II', 'komisi2.setwanjbr@gmail.com',
      'Permintaan data Komisi II DPRD (bahan rapat kerja)', T('''
        Selamat pagi Bapak/Ibu PST,

        Saya Kadek Ayu Wiradewi, staf Sekretariat DPRD Kabupaten Jembrana (Bagian Persidangan) yang mendampingi Komisi II. Berikut pesan Ketua Komisi II yang saya terima pagi ini melalui WhatsApp, mohon dapat dibantu datanya:

        [07.42, 23/11/2026] Pak Ketua Komisi II: Dek, tolong mintakan ke BPS data nilai tukar petani Bali 3 thn terakhir, produksi padi Jembrana 2023-2025, sama harga gabah. Utk raker dgn Distan hari Kamis.
        [07.43, 23/11/2026] Pak Ketua Komisi II: Kalau ada per kecamatan lebih bagus.

        Data mohon dikirim ke email ini paling lambat Rabu, 25 November 2026, bila memungkinkan.

        Terima kasih.

        Salam,
        Kadek Ayu Wiradewi
        Sekretariat DPRD Kabupaten Jembrana
        '''), name='Kadek Ayu Wiradewi', inst='Sekretariat DPRD Kabupaten Jembrana', **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets
    # ------------------------------------------------------------------------------------------------
    C('f10-reply-prose-identity-after-ask', 'gmail', 'Kadek Dwi Cahyani', 'kadekdwicahyani@gmail.com',
      'Re: ' + SUBJ_ASK % 1001, T('''
        Selamat siang,

        Mohon maaf email saya kemarin kurang lengkap. Saya Kadek Dwi Cahyani Putri, saat ini bekerja sebagai staf administrasi di Klinik Pratama Mitra Sehat Mendoyo, dan data yang saya minta kemarin untuk keperluan laporan klinik kepada dinas.

        Terima kasih.
        '''), kind='reply', name='Kadek Dwi Cahyani Putri', inst='Klinik Pratama Mitra Sehat Mendoyo', req=False,
      ticket='PST-2026-01001', quote=gq(ASK, 'id'), **rp(1001), **F)

    C('f10-reply-en-identity-from-indonesian-lecturer', 'gmail', 'Bayu Wiraguna', 'bayuwiraguna@unud.ac.id',
      'Re: ' + SUBJ_ASK % 1002, T('''
        Dear PST team,

        Apologies for the incomplete first message; I am on a visiting fellowship in Perth at the moment and wrote it in a hurry. My full name is Putu Ngurah Bayu Wiraguna, and I am a lecturer at the Faculty of Economics and Business, Universitas Udayana. The data will be used for a joint paper with my colleagues here.

        Best regards,
        Bayu
        '''), kind='reply', name='Putu Ngurah Bayu Wiraguna', inst='Universitas Udayana', req=False, lang='en',
      ticket='PST-2026-01002', quote=gq(ASK, 'id'), **rp(1002), **F)

    C('f10-reply-outlook-thanks-adds-second-need', 'outlook', 'Sri Mahayoni', 'srimahayoni.kesbangpol@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 1003, T('''
        Selamat siang,

        Terima kasih, data jumlah penduduk menurut agama per kecamatan sudah kami terima. Sekalian kami mohon satu data lagi untuk bahan rapat Forum Kerukunan Umat Beragama, yaitu jumlah tempat ibadah menurut jenis per kecamatan (Podes 2024).

        Salam,
        Luh Gede Sri Mahayoni
        Badan Kesatuan Bangsa dan Politik Kabupaten Jembrana
        '''), kind='reply', name='Luh Gede Sri Mahayoni', inst='Badan Kesatuan Bangsa dan Politik Kabupaten Jembrana',
      req=True, ticket='PST-2026-01003',
      quote=oq(DELIV_ID % 1003, 'Sri Mahayoni <srimahayoni.kesbangpol@jembranakab.go.id>', SUBJ_DATA % 1003, 'id'),
      **rp(1003), **F)

    C('f10-reply-en-thanks-from-indonesian-iphone', 'iphone', 'Wayan Ardika', 'wayanardika.bpbd@gmail.com',
      'Re: ' + SUBJ_DATA % 1004, T('''
        Noted with thanks Pak, well received. Will revert if any further clarification needed.

        Best regards,
        Wayan Ardika

        Sent from my iPhone
        '''), kind='reply', name='Wayan Ardika', req=False, lang='en', ticket='PST-2026-01004',
      quote=iq(DELIV_ID % 1004), **rp(1004), **F)

    C('f10-reply-yahoo-status-before-seminar', 'yahoo', 'Ayu Sintadewi', 'ayusintadewi@yahoo.com',
      'Re: ' + SUBJ_ACK % 1005, T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf mengganggu. Sudah seminggu sejak permintaan saya diterima, apakah datanya sudah diproses? Saya memerlukannya untuk seminar proposal tanggal 2 Desember.

        Terima kasih.
        Ni Putu Ayu Sintadewi
        '''), kind='reply', name='Ni Putu Ayu Sintadewi', req=False, ticket='PST-2026-01005',
      quote=yq(ACK % (1005, 'Ni Putu Ayu Sintadewi', '-', 'Jumlah pelanggan listrik rumah tangga per kecamatan')),
      **rp(1005), **F)

    C('f10-reply-identity-references-only-own-subject', 'plain', 'Syaiful', 'syaifulanam.smk@gmail.com',
      'Re: permohonan data curah hujan', T('''
        Baik Pak/Bu, nama lengkap saya Mohammad Syaiful Anam, guru produktif di SMK Kesehatan Bali Medika Jembrana. Data curah hujannya untuk bahan praktik siswa jurusan farmasi (tanaman obat).

        Terima kasih.
        '''), kind='reply', name='Mohammad Syaiful Anam', inst='SMK Kesehatan Bali Medika Jembrana', req=False,
      ticket='PST-2026-01006', references=['CAH7p2Q9xk@mail.gmail.com', OUR(1006, 'e41b9c07')], **F)

    C('f10-reply-sends-cover-letter-pdf', 'gmail', 'Yosef Laga', 'yosef.laga@unwira.ac.id',
      'Re: ' + SUBJ_ACK % 1007, T('''
        Selamat pagi Bapak/Ibu,

        Sesuai permintaan, terlampir surat pengantar dari Wakil Dekan I Fakultas Ekonomi dan Bisnis untuk permintaan data mikro Susenas saya.

        Salam hormat,
        Yosef Kurniawan Laga
        Universitas Katolik Widya Mandira, Kupang
        '''), kind='reply', name='Yosef Kurniawan Laga', inst='Universitas Katolik Widya Mandira', req=False,
      ticket='PST-2026-01007', quote=gq(LETTER % 1007, 'id'),
      attachments=[PDF('Surat Pengantar FEB Unwira - Yosef Kurniawan Laga.pdf')], **rp(1007), **F)

    C('f10-reply-outlook-thanks-forwarded-to-team', 'outlook', 'I Komang Gede Suweca', 'suweca.disdikpora@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 1008, T('''
        Selamat sore,

        Data angka partisipasi sekolah dan rata-rata lama sekolah sudah kami terima dan sudah kami teruskan ke tim penyusun Renstra. Terima kasih atas respons yang cepat.

        Hormat kami,
        I Komang Gede Suweca
        Subbagian Perencanaan dan Keuangan
        Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana
        '''), kind='reply', name='I Komang Gede Suweca',
      inst='Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Jembrana', req=False, ticket='PST-2026-01008',
      quote=oq(DELIV_ID % 1008, 'I Komang Gede Suweca <suweca.disdikpora@jembranakab.go.id>', SUBJ_DATA % 1008, 'id'),
      **rp(1008), **F)

    C('f10-reply-thunderbird-bottom-post-wrong-kecamatan', 'thunderbird', 'Gede Mertanadi', 'gedemertanadi@gmail.com',
      'Re: ' + SUBJ_DATA % 1009,
      tq(DELIV_ID % 1009) + '\n\n' + T('''
        Mohon maaf, tabel yang terlampir untuk Kecamatan Mendoyo, sedangkan yang saya minta Kecamatan Pekutatan. Mohon dikirim ulang untuk Pekutatan (jumlah penduduk per desa menurut kelompok umur, 2025).

        Salam,
        Gede Mertanadi
        '''), kind='reply', name='Gede Mertanadi', req=True, ticket='PST-2026-01009', **rp(1009), **F)

    C('f10-reply-html-only-asks-consultation', 'html_only', 'Dwi Kartikasari', 'dwikartikasari.made@gmail.com',
      'Re: ' + SUBJ_DATA % 1010, T('''
        Selamat siang,

        Terima kasih datanya. Ada beberapa istilah di tabel yang belum saya pahami, misalnya "rumah tangga usaha pertanian perorangan" dan "unit usaha pertanian berbadan hukum". Bolehkah saya datang untuk konsultasi langsung ke kantor hari Kamis pagi?

        Salam,
        Ni Made Dwi Kartikasari
        '''), kind='reply', name='Ni Made Dwi Kartikasari', req=True, ticket='PST-2026-01010',
      quote=gq(DELIV_ID % 1010, 'id'), **rp(1010), **F)

    C('f10-reply-new-mail-cites-ticket-adds-inst', 'gmail', 'Gede Suacana', 'gedesuacana@gmail.com',
      'Tambahan identitas untuk tiket PST-2026-01011', T('''
        Selamat pagi Bapak/Ibu,

        Menindaklanjuti permintaan data saya dengan nomor tiket PST-2026-01011, saya lupa menyebutkan asal instansi: saya peneliti pada Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Warmadewa.

        Terima kasih.
        Gede Suacana
        '''), kind='reply', name='Gede Suacana', inst='Universitas Warmadewa', req=False, ticket='PST-2026-01011', **F)

    C('f10-reply-android-closes-found-on-website', 'gmail', 'Maria Goreti', 'mariagoreti.dhae@gmail.com',
      'Re: ' + SUBJ_ACK % 1012, T('''
        Selamat malam Bapak/Ibu,

        Permintaan saya ditutup saja ya, datanya ternyata sudah saya temukan di website BPS Jembrana (tabel dinamis). Maaf sudah merepotkan dan terima kasih.

        Salam,
        Maria Goreti Nona Dhae
        '''), kind='reply', name='Maria Goreti Nona Dhae', req=False, ticket='PST-2026-01012',
      quote=aq(ACK % (1012, 'Maria Goreti Nona Dhae', '-', 'Jumlah penduduk Kecamatan Negara menurut agama 2025')),
      **rp(1012), **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f10-rating-outlook-slash-long-comment', 'outlook', 'Candra Kirana', 'candrakirana.organisasi@jembranakab.go.id',
      'RE: ' + SUBJ_RATE % 1021, T('''
        4/5

        Secara umum pelayanan PST sudah baik. Permintaan kami dijawab dalam 2 hari kerja dan petugas menjelaskan perbedaan antara data proyeksi dan data registrasi dengan jelas, sehingga tidak ada salah paham saat rapat evaluasi kelembagaan.

        Beberapa masukan dari kami: (1) tabel sebaiknya dikirim dalam format Excel, bukan hanya PDF; (2) catatan sumber dan definisi dicantumkan di bawah setiap tabel; (3) apabila data belum tersedia, mohon diinformasikan perkiraan jadwal rilisnya.

        Terima kasih dan sukses selalu.

        Anak Agung Ayu Candra Kirana
        Bagian Organisasi Setda Kabupaten Jembrana
        '''), kind='rating', rating=4, name='Anak Agung Ayu Candra Kirana',
      inst='Bagian Organisasi Setda Kabupaten Jembrana', req=False, ticket='PST-2026-01021',
      quote=oq(RATE_ID % 1021, 'Candra Kirana <candrakirana.organisasi@jembranakab.go.id>', SUBJ_RATE % 1021, 'id'),
      **rp(1021), **F)

    C('f10-rating-iphone-keycap-emoji', 'iphone', 'nanda', 'nandaputri.ns@icloud.com', 'Re: ' + SUBJ_RATE % 1022, T('''
        5️⃣ 🙏 makasih kak

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-01022', quote=iq(RATE_ID % 1022), **rp(1022), **F)

    C('f10-rating-words-only-sangat-tidak-puas', 'gmail', 'Robert Pangaribuan', 'robertpangaribuan88@gmail.com',
      'Re: ' + SUBJ_RATE % 1023, T('''
        Sangat tidak puas.

        Saya menunggu dua minggu, dan yang dikirim hanya tautan ke tabel di website yang sudah saya sebutkan di email pertama bahwa tabel itu tidak memuat data per desa.

        Robert Pangaribuan
        '''), kind='rating', rating=1, name='Robert Pangaribuan', req=False, ticket='PST-2026-01023',
      quote=gq(RATE_ID % 1023, 'id'), **rp(1023), **F)

    C('f10-rating-en-new-mail-cites-ticket', 'gmail', "Megan O'Sullivan", 'megan.osullivan@universityofgalway.ie',
      'Feedback on ticket PST-2026-01024', T('''
        Hello,

        You asked me to rate the service for ticket PST-2026-01024; I couldn't find the original email, so I'm writing a new one. I'd rate it 3 out of 5: the data were correct, but it took three reminders before anyone replied.

        Kind regards,
        Megan O'Sullivan
        School of Geography, University of Galway
        '''), kind='rating', rating=3, name="Megan O'Sullivan", inst='University of Galway', req=False, lang='en',
      ticket='PST-2026-01024', **F)

    C('f10-rating-yahoo-score-among-many-numbers', 'yahoo', 'Nyoman Budiartha', 'nyomanbudiartha@yahoo.co.id',
      'Re: ' + SUBJ_RATE % 1025, T('''
        Om Swastyastu,

        Nilai saya 5. Saya minta 12 tabel untuk tahun 2019-2025 dan semuanya dikirim dalam 2 hari kerja, padahal janjinya 3 hari. Untuk 1 tabel yang belum tersedia juga langsung diberi penjelasan.

        Suksma,
        I Nyoman Budiartha
        '''), kind='rating', rating=5, name='I Nyoman Budiartha', req=False, ticket='PST-2026-01025',
      quote=yq(RATE_ID % 1025), **rp(1025), **F)

    C('f10-rating-balinese-papat', 'gmail', 'Made Sumertha', 'madesumertha.pkt@gmail.com', 'Re: ' + SUBJ_RATE % 1026, T('''
        Om Swastyastu,

        Tiang ngicenin nilai papat (4) nggih. Datane sampun jangkep, wantah rada sue antuk tiang nampi.

        Matur suksma,
        Made Sumertha
        '''), kind='rating', rating=4, name='Made Sumertha', req=False, ticket='PST-2026-01026',
      quote=aq(RATE_ID % 1026), **rp(1026), **F)

    C('f10-rating-html-only-skala-dua', 'html_only', 'Aditya Firmansyah', 'adityafirmansyah.af@gmail.com',
      'Re: ' + SUBJ_RATE % 1027, T('''
        Skala 1-5: 2.

        Kurang memuaskan. Data yang dikirim tidak sesuai tahun yang diminta dan saya harus menelepon kantor untuk meminta ulang.

        Aditya Firmansyah
        '''), kind='rating', rating=2, name='Aditya Firmansyah', req=False, ticket='PST-2026-01027',
      quote=gq(RATE_ID % 1027, 'id'), **rp(1027), **F)

    C('f10-rating-score-only-in-subject', 'gmail', 'Desak Trisna', 'desaktrisna.dn@gmail.com',
      'Re: ' + SUBJ_RATE % 1028 + ' -> nilai 5', T('''
        Terima kasih banyak atas bantuannya, sukses selalu PST BPS Jembrana.

        Salam,
        Desak Nyoman Trisna
        '''), kind='rating', rating=5, name='Desak Nyoman Trisna', req=False, ticket='PST-2026-01028',
      quote=gq(RATE_ID % 1028, 'id'), **rp(1028), **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints and suggestions
    # ------------------------------------------------------------------------------------------------
    C('f10-complaint-polite-table-does-not-add-up', 'gmail', 'Ketut Sumiasih', 'ketutsumiasih.smp3@gmail.com',
      'Ketidaksesuaian angka pada publikasi Kecamatan Pekutatan Dalam Angka 2026', T('''
        Dengan hormat,

        Saya Ni Luh Ketut Sumiasih, guru IPS di SMP Negeri 3 Mendoyo. Saat menyiapkan bahan ajar, saya menemukan bahwa pada publikasi Kecamatan Pekutatan Dalam Angka 2026, jumlah penduduk per desa pada tabel kependudukan bila dijumlahkan menghasilkan 31.847 jiwa, sedangkan baris "Jumlah" pada tabel yang sama tertulis 30.912 jiwa.

        Mungkin ada salah ketik pada salah satu desa. Mohon dapat diperiksa dan, bila perlu, diterbitkan ralat, karena publikasi ini banyak dipakai oleh guru dan siswa.

        Terima kasih atas perhatiannya.

        Hormat saya,
        Ni Luh Ketut Sumiasih
        '''), kind='complaint', name='Ni Luh Ketut Sumiasih', inst='SMP Negeri 3 Mendoyo', req=False, **F)

    C('f10-complaint-angry-rude-phone-call', 'gmail', 'Yohanes Eko Prasetyo', 'yohanes.eko@mitrabangunpersada.com',
      'Pelayanan telepon PST sangat tidak profesional', T('''
        Selamat siang,

        Saya sangat kecewa! Hari ini sekitar pukul 10.30 saya menelepon nomor kantor BPS Jembrana untuk menanyakan data IKK. Petugas yang menerima menjawab dengan ketus, bilang "itu bukan urusan kami, cari sendiri di internet", lalu menutup telepon ketika saya masih bicara.

        Saya ini pembayar pajak dan hanya bertanya baik-baik. Kalau memang datanya ada di website, cukup dijelaskan di halaman mana. Mohon petugas tersebut dibina, jangan sampai masyarakat lain diperlakukan sama.

        Yohanes Eko Prasetyo
        Direktur CV Mitra Bangun Persada
        '''), kind='complaint', name='Yohanes Eko Prasetyo', inst='CV Mitra Bangun Persada', req=False, **F)

    C('f10-complaint-en-website-english-version', 'gmail', 'Lukas Gruber', 'lukas.gruber@univie.ac.at',
      'Feedback: English version of the BPS Jembrana website', T('''
        Dear PST team,

        I would like to point out a problem with your website. When the language is switched to English, most of the statistical tables on the Jembrana site disappear, and the ones that remain show only older years (up to 2022). Switching back to Indonesian shows the full list. For foreign researchers who do not read Indonesian this makes the site nearly unusable.

        I hope this can be passed on to whoever maintains the website.

        Best regards,
        Lukas Gruber
        Department of Geography and Regional Research, University of Vienna
        '''), kind='complaint', name='Lukas Gruber', inst='University of Vienna', req=False, lang='en', **F)

    C('f10-complaint-anon-unofficial-fee', 'plain', 'warga jembrana', 'wargajembrana.peduli@gmail.com',
      'Laporan pungutan di loket', T('''
        Selamat siang,

        Saya ingin melaporkan bahwa pada hari Jumat, 20 November 2026, saat meminta data jumlah penduduk per desa di loket PST, saya dimintai "uang administrasi" Rp50.000 oleh seorang petugas tanpa kuitansi. Setahu saya data tersebut gratis.

        Saya tidak ingin menyebutkan nama karena khawatir nanti dipersulit. Mohon hal ini ditindaklanjuti oleh pimpinan.

        Terima kasih.
        '''), kind='complaint', req=False, **F)

    C('f10-complaint-suggestion-release-calendar', 'outlook', 'Putu Sastra Wibawa', 'sastrawibawa@nusabali.com',
      'Saran: kalender rilis dan milis siaran pers BPS Jembrana', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Sebagai wartawan NusaBali yang meliput Jembrana, saya ingin menyampaikan saran. Selama ini kami sering baru tahu ada rilis data (misalnya kemiskinan atau IPM) beberapa hari setelahnya, dari unggahan media sosial. Alangkah baiknya bila BPS Jembrana menerbitkan kalender rilis di awal tahun dan membuat milis siaran pers, sehingga media dapat memberitakan data resmi tepat waktu dan tidak mengutip angka dari sumber lain.

        Terima kasih atas perhatian Bapak/Ibu.

        Salam,
        Putu Sastra Wibawa
        Wartawan NusaBali, biro Jembrana
        '''), kind='complaint', name='Putu Sastra Wibawa', inst='NusaBali', req=False, **F)

    C('f10-complaint-reply-wrong-units', 'outlook', 'Gusti Ayu Putu Wulandari', 'gawulandari.distan@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 1036, T('''
        Selamat pagi,

        Mohon maaf, kami perlu menyampaikan keberatan atas data yang dikirim. Pada tabel produksi padi per kecamatan, satuan tertulis "kuintal", padahal angkanya jelas dalam ton (total 71.204 untuk kabupaten, sesuai publikasi). Tabel ini hampir saja kami masukkan ke bahan paparan Bupati. Mohon lebih teliti sebelum data dikirim, dan mohon dikirimkan tabel yang sudah diperbaiki.

        Salam,
        Gusti Ayu Putu Wulandari
        Bidang Tanaman Pangan dan Hortikultura
        Dinas Pertanian dan Pangan Kabupaten Jembrana
        '''), kind='complaint', name='Gusti Ayu Putu Wulandari', inst='Dinas Pertanian dan Pangan Kabupaten Jembrana',
      req=False, ticket='PST-2026-01036',
      quote=oq(DELIV_ID % 1036, 'Gusti Ayu Putu Wulandari <gawulandari.distan@jembranakab.go.id>', SUBJ_DATA % 1036,
               'id'), **rp(1036), **F)

    C('f10-complaint-survey-burden-household', 'yahoo', 'Wayan Sutarja', 'wayansutarja61@yahoo.com',
      'Keluhan: rumah tangga kami terlalu sering disurvei', T('''
        Selamat siang Bapak/Ibu,

        Saya Wayan Sutarja dari Banjar Sari, Desa Yehkuning. Tahun ini rumah tangga kami sudah tiga kali didatangi petugas BPS: Susenas bulan Maret, Sensus Ekonomi bulan Juni, dan minggu lalu survei lain lagi tentang pengeluaran. Setiap kali wawancaranya lebih dari satu jam dan pertanyaannya banyak yang sama.

        Kami tidak keberatan membantu, tetapi mohon ada koordinasi supaya rumah tangga yang sama tidak terus-menerus dipilih, dan petugas menjelaskan untuk apa survei tersebut.

        Terima kasih.
        Wayan Sutarja
        '''), kind='complaint', name='Wayan Sutarja', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f10-ooo-outlook-id-study-leave-headers', 'outlook', 'Ni Kadek Sri Rahayu', 'srirahayu.bappeda@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 1041, T('''
        Terima kasih atas email Bapak/Ibu.

        Saat ini saya sedang menjalani tugas belajar (S2) di Universitas Gadjah Mada sampai Agustus 2027 dan email ini tidak dipantau secara rutin. Untuk urusan kedinasan, mohon menghubungi Subbagian Program melalui program.bapperida@jembranakab.go.id.

        Salam,
        Ni Kadek Sri Rahayu
        '''), kind='auto_reply', req=False, ticket='PST-2026-01041',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1041), **F)

    C('f10-ooo-gmail-en-trekking-no-auto-headers', 'gmail', 'Tom Hargreaves', 'tom.hargreaves@gmail.com',
      'Re: ' + SUBJ_DATA % 1042, T('''
        Hi! I'm trekking in Nepal until 10 December with no reliable internet, so I won't see your message until I'm back. Apologies for the delay.

        — Tom
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01042', **rp(1042), **F)

    C('f10-ooo-plain-id-own-subject-stock-opname', 'plain', 'Agus Wirawan', 'aguswirawan.cv@gmail.com',
      'Pesan otomatis: sedang tidak di kantor', T('''
        Yth. Pengirim,

        Terima kasih atas pesan Anda. Kantor kami tutup sementara untuk stock opname tahunan pada 23-27 November 2026. Pesan Anda akan kami tanggapi mulai Senin, 30 November 2026.

        Salam,
        Agus Wirawan
        '''), kind='auto_reply', req=False, **rp(1043), **F)

    C('f10-ooo-japanese-english-bilingual', 'plain', 'TAKAHASHI Haruka', 'haruka.takahashi.c3@tohoku.ac.jp',
      '自動応答: ' + SUBJ_DATA % 1044, T('''
        【不在のお知らせ】
        12月6日まで出張のため、メールの確認が遅れます。ご了承ください。

        I am on a field trip until 6 December and will have limited access to email. I will reply as soon as possible after I return.

        TAKAHASHI Haruka / 高橋 遥
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01044',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(1044), **F)

    C('f10-ooo-village-mailbox-whatsapp-redirect', 'gmail', 'Kantor Perbekel Yehsumbul', 'desayehsumbul@gmail.com',
      'Re: ' + SUBJ_ASK % 1045, T('''
        Email ini adalah balasan otomatis.

        Kotak surat Kantor Perbekel Desa Yehsumbul hanya diperiksa setiap hari Senin dan Kamis. Untuk urusan mendesak, silakan menghubungi WhatsApp layanan desa di 0878-6011-xxxx pada jam kerja.

        Suksma.
        '''), kind='auto_reply', req=False, ticket='PST-2026-01045',
      extra=[('X-Autoreply', 'yes'), ('Precedence', 'auto_reply')], **rp(1045), **F)

    # ------------------------------------------------------------------------------------------------
    # Bounces
    # ------------------------------------------------------------------------------------------------
    D('f10-dsn-exchange-recipient-not-found', dict(
        recipient='sekretariat.bkpsdm@jembranakab.go.id', original_message_id=OUR(1051, 'e41b9c07'),
        orig_subject=SUBJ_DATA % 1051, status='5.1.10',
        **{'from': 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@jembranakab.go.id>',
           'subject': 'Undeliverable: ' + SUBJ_DATA % 1051,
           'text': ('Your message to sekretariat.bkpsdm@jembranakab.go.id couldn\'t be delivered.\n\n'
                    'sekretariat.bkpsdm wasn\'t found at jembranakab.go.id.\n\n'
                    'Action Required                                   Recipient\n'
                    'Unknown To address\n\n'
                    'How to Fix It\n'
                    'The address may be misspelled or may not exist. Try one or more of the following:\n'
                    '  - Retype the recipient\'s address, then resend the message.\n'
                    '  - If you continue to experience the problem, contact your helpdesk.\n\n'
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: SG2PR06MB5310.apcprd06.prod.outlook.com\n'
                    'sekretariat.bkpsdm@jembranakab.go.id\n'
                    'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by '
                    'SMTP address lookup\'')}), 'PST-2026-01051', **F)

    D('f10-dsn-sendmail-user-unknown', dict(
        recipient='dimas.prayoga@mhs.unesa.ac.id', original_message_id=OUR(1052, 'e41b9c07'),
        orig_subject=SUBJ_ACK % 1052, status='5.1.1', mta='mail.unesa.ac.id',
        **{'from': 'Mail Delivery Subsystem <MAILER-DAEMON@mail.unesa.ac.id>',
           'subject': 'Returned mail: see transcript for details',
           'text': ('The original message was received at Tue, 24 Nov 2026 08:11:58 +0700\n'
                    'from mx.bps.go.id [103.4.52.161]\n\n'
                    '   ----- The following addresses had permanent fatal errors -----\n'
                    '<dimas.prayoga@mhs.unesa.ac.id>\n'
                    '    (reason: 550 5.1.1 <dimas.prayoga@mhs.unesa.ac.id>... User unknown)\n\n'
                    '   ----- Transcript of session follows -----\n'
                    '... while talking to mhs.unesa.ac.id.:\n'
                    '>>> DATA\n'
                    '<<< 550 5.1.1 <dimas.prayoga@mhs.unesa.ac.id>... User unknown\n'
                    '550 5.1.1 <dimas.prayoga@mhs.unesa.ac.id>... User unknown\n'
                    '<<< 503 5.0.0 Need RCPT (recipient)')}), 'PST-2026-01052', **F)

    D('f10-dsn-zimbra-account-disabled', dict(
        recipient='kasubag.umum@jembranakab.go.id', original_message_id=OUR(1053, 'e41b9c07'),
        orig_subject=SUBJ_RATE % 1053, status='5.2.1',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              'For further assistance, please send mail to postmaster.\n\n'
              '<kasubag.umum@jembranakab.go.id>: host mail.jembranakab.go.id[103.150.190.12]\n'
              '    said: 550 5.2.1 <kasubag.umum@jembranakab.go.id>: Recipient address\n'
              '    rejected: Account disabled (in reply to RCPT TO command)')), 'PST-2026-01053', **F)
