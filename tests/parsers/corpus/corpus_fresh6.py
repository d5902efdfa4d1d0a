# corpus_fresh6.py: a sixth batch, written blind by a fourth independent author who saw neither the parser
# nor its results: national, provincial and local offices, police/army/court, DPRD, health, banks, hotels,
# NGOs, religious and customary bodies, schools, universities at home and abroad, media, private persons,
# replies, ratings, complaints, auto-replies and bounces (set "fresh6"; tickets PST-2026-006xx).
# Aligned before measuring: two signed auto-replies carry no name, as the corpus's rule has it (an
# auto-reply introduces nobody).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh6')

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
    ACK_EN = ('Dear Sir/Madam,\n\nWe have received your request under ticket PST-2026-%05d.\nName: %s\n'
              'Institution: %s\nRequest: %s\n\nOur staff will answer within 3 working days.\n\nKind regards,\n'
              'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nTiket PST-2026-%05d telah kami tutup. Kami mohon kesediaan Bapak/Ibu menilai '
               'layanan kami dengan skala 1 (sangat tidak puas) sampai 5 (sangat puas), cukup dengan membalas '
               'email ini.\n\nTerima kasih,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nTicket PST-2026-%05d has been closed. We would appreciate it if you rated our '
               'service on a scale from 1 (very dissatisfied) to 5 (very satisfied) by replying to this email.\n\n'
               'Thank you,\nIntegrated Statistical Services\nBPS-Statistics of Jembrana Regency')

    def RE(n, h):
        return dict(in_reply_to=OUR(n, h), references=[OUR(n, h)])

    # ================================================================ requests: national / provincial offices
    C('f6-req-bappenas-stunting', 'outlook', 'Rizky Amalia Putri', 'rizky.amalia@bappenas.go.id',
      'Permohonan data kemiskinan dan sanitasi - Kab. Jembrana',
      T("""
        Yth. Petugas PST BPS Kabupaten Jembrana,

        Perkenalkan, saya Rizky Amalia Putri, perencana ahli muda pada Kementerian PPN/Bappenas. Tim kami
        sedang menyusun kajian konvergensi percepatan penurunan stunting di 12 kabupaten, termasuk Jembrana.

        Untuk itu kami memohon data berikut:
        1. Persentase penduduk miskin dan garis kemiskinan Kabupaten Jembrana 2021-2025;
        2. Persentase rumah tangga dengan akses sanitasi layak dan air minum layak per kecamatan (jika tersedia);
        3. Rata-rata lama sekolah perempuan usia 15 tahun ke atas.

        Data dalam format Excel akan sangat membantu. Apabila diperlukan surat resmi, mohon informasinya dan
        akan segera kami kirimkan.

        Terima kasih atas kerja samanya.

        Salam,
        Rizky Amalia Putri
        Perencana Ahli Muda
        Kementerian PPN/Bappenas
        Jl. Taman Suropati No. 2, Jakarta Pusat
      """), name='Rizky Amalia Putri', inst='Kementerian PPN/Bappenas', **F)

    C('f6-req-bbkk-gilimanuk-dr', 'html_only', 'Gede Wiryawan', 'gede.wiryawan@kemkes.go.id',
      'Data penumpang penyeberangan Gilimanuk',
      T("""
        Selamat pagi Bapak/Ibu,

        Saya dr. Gede Wiryawan Adnyana, dokter di Balai Besar Kekarantinaan Kesehatan Denpasar (wilayah kerja
        Pelabuhan Gilimanuk). Kami sedang menghitung kebutuhan pos kesehatan pelabuhan untuk arus Natal dan
        Tahun Baru.

        Apakah BPS Jembrana memiliki data jumlah penumpang dan kendaraan yang menyeberang melalui Pelabuhan
        Gilimanuk per bulan untuk tahun 2024 dan 2025? Kalau ada data harian pada periode Nataru, itu lebih
        baik lagi.

        Hormat saya,
        dr. Gede Wiryawan Adnyana
        BBKK Denpasar
      """), name='dr. Gede Wiryawan Adnyana', inst='Balai Besar Kekarantinaan Kesehatan Denpasar', **F)

    C('f6-req-dkp-provinsi-nelayan', 'gmail', 'Eka Sulasmini', 'ekasulasmini.dkp@gmail.com',
      'Mohon data nelayan & produksi ikan per kecamatan',
      T("""
        Om Swastiastu,

        Dengan hormat, kami dari Bidang Perikanan Tangkap, Dinas Kelautan dan Perikanan Provinsi Bali,
        bermaksud memutakhirkan profil perikanan kabupaten/kota. Untuk Kabupaten Jembrana kami memerlukan:
        - jumlah rumah tangga nelayan per kecamatan,
        - produksi perikanan tangkap (ton) per kecamatan 2023-2025,
        - jumlah perahu/kapal motor menurut ukuran, khususnya di PPN Pengambengan.

        Bila sebagian data bukan kewenangan BPS, mohon arahan ke instansi mana sebaiknya kami bersurat.

        Om Shanti Shanti Shanti Om

        Ni Putu Eka Sulasmini, S.Pi., M.Si.
        Analis Data Perikanan
        Dinas Kelautan dan Perikanan Provinsi Bali
      """), name='Ni Putu Eka Sulasmini', inst='Dinas Kelautan dan Perikanan Provinsi Bali', **F)

    C('f6-req-disnaker-prov-pmi', 'html_only', 'Bidang Penempatan Disnaker ESDM Bali', 'penempatan.disnakeresdm@baliprov.go.id',
      'Data pekerja migran asal Jembrana',
      T("""
        Yth. Kepala BPS Kabupaten Jembrana
        c.q. Petugas Pelayanan Statistik Terpadu

        Dengan hormat,
        Kami dari Bidang Penempatan Tenaga Kerja, Dinas Tenaga Kerja dan ESDM Provinsi Bali, sedang menyusun
        profil Pekerja Migran Indonesia (PMI) per kabupaten. Mohon bantuan data jumlah penduduk Jembrana yang
        bekerja di luar negeri menurut jenis kelamin dan kelompok umur, serta data penduduk usia kerja menurut
        pendidikan tertinggi yang ditamatkan, tahun 2023-2025.

        Demikian kami sampaikan. Terima kasih.

        Ida Ayu Putu Mirah Sundari, S.Sos.
        Pengantar Kerja Ahli Muda
        Dinas Tenaga Kerja dan ESDM Provinsi Bali
      """), name='Ida Ayu Putu Mirah Sundari', inst='Dinas Tenaga Kerja dan ESDM Provinsi Bali', **F)

    C('f6-req-bank-indonesia-no-name', 'outlook', 'Tim SAE KPwBI Bali', 'sae_bali@bi.go.id',
      'Permintaan data indikator ekonomi Kabupaten Jembrana',
      T("""
        Yth. Bapak/Ibu Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Dalam rangka penyusunan Kajian Ekonomi dan Keuangan Regional (KEKR) Provinsi Bali triwulan IV 2026,
        kami memohon bantuan data berikut untuk Kabupaten Jembrana:
        1. PDRB triwulanan menurut lapangan usaha (jika tersedia) 2024-2026;
        2. Nilai Tukar Petani subsektor perkebunan rakyat;
        3. Jumlah tamu yang menginap di hotel per bulan.

        Atas perhatian dan kerja sama yang baik, kami sampaikan terima kasih.

        Salam hangat,
        Tim Statistik dan Asesmen Ekonomi
        Kantor Perwakilan Bank Indonesia Provinsi Bali
      """), name=None, inst='Kantor Perwakilan Bank Indonesia Provinsi Bali', **F)

    # ================================================================ requests: police, army, court, DPRD
    C('f6-req-polres-binmas-sig', 'gmail', 'luhgede ariani', 'ariani.binmas@gmail.com',
      'permohonan data',
      T("""
        Selamat siang,

        Mohon ijin, kami sedang menyiapkan bahan pemetaan kerawanan kamtibmas berbasis desa. Mohon bantuan data
        jumlah penduduk per desa/kelurahan se-Kabupaten Jembrana tahun 2025 beserta kepadatannya, dan bila ada
        data jumlah pengangguran per kecamatan.

        Terima kasih atas bantuannya.

        Hormat kami,
        Ni Luh Gede Ariani
        Bripka / Baur Sat Binmas
        Polres Jembrana
      """), name='Ni Luh Gede Ariani', inst='Polres Jembrana', **F)

    C('f6-req-kodim-letter-kasdim', 'outlook', 'Persuratan Kodim 1617', 'persuratan.kodim1617@outlook.com',
      'Permohonan Data Potensi Wilayah',
      T("""
        KOMANDO DISTRIK MILITER 1617/JEMBRANA

        Nomor       : B/388/XI/2026
        Klasifikasi : Biasa
        Lampiran    : -
        Perihal     : Permohonan data potensi wilayah

        Kepada
        Yth. Kepala BPS Kabupaten Jembrana
        di
        Negara

        1. Dasar: Program Kerja Kodim 1617/Jembrana TA 2026 bidang pembinaan teritorial.
        2. Sehubungan dengan dasar tersebut, kami mohon bantuan data sebagai berikut:
           a. luas wilayah dan jumlah penduduk per kecamatan;
           b. jumlah desa/kelurahan dan banjar;
           c. luas lahan pertanian (sawah dan bukan sawah) per kecamatan.
        3. Data dapat dikirimkan melalui alamat email ini.
        4. Demikian atas bantuan dan kerja samanya diucapkan terima kasih.

        a.n. Komandan Distrik Militer 1617/Jembrana
        Kasdim,


        I WAYAN DARMIKA ADIPUTRA
        Mayor Inf NRP 11090023450782
      """), name='I WAYAN DARMIKA ADIPUTRA', inst='Kodim 1617/Jembrana', **F)

    C('f6-req-pengadilan-agama-panmud', 'thunderbird', 'Panmud Hukum PA Negara', 'panmudhukum.panegara@gmail.com',
      'Permintaan data untuk laporan tahunan',
      T("""
        Assalamu'alaikum wr. wb.
        Salam sejahtera,

        Saya H. Abdul Rahman Hakim, S.H.I., M.H., Panitera Muda Hukum pada Pengadilan Agama Negara. Dalam rangka
        penyusunan laporan tahunan dan kajian dispensasi kawin, kami memerlukan data:

        a. jumlah penduduk beragama Islam di Kabupaten Jembrana per kecamatan (2025);
        b. jumlah penduduk perempuan umur 15-19 tahun menurut status perkawinan, kalau tersedia dari Susenas
           atau Sensus Penduduk.

        Mohon informasi juga apakah untuk data (b) ada biaya atau cukup dengan surat permohonan.

        Wassalamu'alaikum wr. wb.

        --
        Abdul Rahman Hakim
        Panmud Hukum PA Negara
      """), name='H. Abdul Rahman Hakim', inst='Pengadilan Agama Negara', **F)

    C('f6-req-dprd-tenaga-ahli', 'gmail', 'Yoga Pratama', 'yogapratama.ta@gmail.com',
      'Bahan rapat kerja Komisi II',
      T("""
        Selamat sore Bapak/Ibu petugas PST,

        Saya Yoga Pratama, tenaga ahli pendamping Bapak I Ketut Suwirya, S.E., anggota Komisi II
        DPRD Kabupaten Jembrana. Minggu depan Komisi II ada rapat kerja dengan Dinas Tenaga Kerja dan beliau minta saya
        menyiapkan angka-angka pendukung.

        Yang kami butuhkan:
        * Tingkat Pengangguran Terbuka (TPT) Jembrana 2022-2025, kalau bisa dibandingkan dengan kabupaten lain di Bali
        * Jumlah angkatan kerja menurut pendidikan tertinggi
        * Persentase pekerja informal

        Kalau ada publikasi yang sudah memuat semua itu, cukup kirim tautannya saja.

        Terima kasih,
        Yoga
      """), name='Yoga Pratama', inst='DPRD Kabupaten Jembrana', **F)

    C('f6-req-dprd-member-iphone', 'iphone', 'Ketut Arimbawa', 'k.arimbawa67@yahoo.co.id', 'Data',
      'Om swastiastu. Sy Ketut Arimbawa anggota DPRD Jembrana. Tolong dikirim data penduduk miskin per desa '
      'thn 2025, utk reses minggu ini. Suksma\n\nDikirim dari iPhone saya',
      name='Ketut Arimbawa', inst='DPRD Jembrana', **F)

    # ================================================================ requests: health
    C('f6-req-rsu-lansia-sig-only', 'html_only', 'Perencanaan RSU Dharma Usadha', 'perencanaan.rsudharmausadha@gmail.com',
      'Proyeksi penduduk lansia',
      T("""
        Selamat pagi,

        Mohon bantuannya, kami sedang menyusun Rencana Strategis rumah sakit 2027-2031 dan rencana pengembangan
        poliklinik geriatri. Apakah tersedia proyeksi jumlah penduduk usia 60 tahun ke atas di Kabupaten
        Jembrana sampai tahun 2031, per kecamatan dan jenis kelamin?

        Bila datanya berbayar atau harus datang langsung, mohon infonya.

        Salam,
        Gusti Ayu Made Rai Wiradewi, S.KM
        Staf Perencanaan & Rekam Medis
        RSU Dharma Usadha Negara
      """), name='Gusti Ayu Made Rai Wiradewi', inst='RSU Dharma Usadha Negara', **F)

    C('f6-req-puskesmas-bidan-title', 'yahoo', 'komang mahayani', 'komangsrimahayani@yahoo.com',
      'Permohonan data WUS dan kelahiran',
      T("""
        Selamat siang Bapak/Ibu.

        Perkenalkan saya Bdn. Komang Sri Mahayani, S.Tr.Keb., koordinator bidan di Puskesmas II Melaya. Untuk
        perencanaan program KIA tahun depan kami perlu data jumlah wanita usia subur (15-49 th) dan perkiraan
        jumlah kelahiran di desa Blimbingsari, Ekasari, Nusasari, dan Warnasari.

        Mohon maaf jika permintaannya terlalu rinci, kalau hanya ada per kecamatan juga tidak apa-apa.

        Terima kasih.
        Komang
      """), name='Bdn. Komang Sri Mahayani', inst='Puskesmas II Melaya', **F)

    # ================================================================ requests: finance, business
    C('f6-req-bpr-risk-disclaimer', 'outlook', 'Anak Agung Ngurah Bagus Wirawan', 'agung.wirawan@bprmerthasedana.co.id',
      'Request data PDRB dan inflasi untuk analisis kredit',
      T("""
        Dengan hormat,

        Kami dari Divisi Manajemen Risiko PT BPR Mertha Sedana Jembrana sedang memperbarui analisis sektor
        ekonomi untuk penyaluran kredit 2027. Mohon bantuan data:
        1. PDRB ADHB dan ADHK Kabupaten Jembrana menurut lapangan usaha 2021-2025;
        2. Laju pertumbuhan ekonomi per sektor;
        3. Inflasi yang digunakan sebagai acuan untuk Jembrana (apakah memakai inflasi Denpasar atau Provinsi Bali?).

        Atas perhatian dan bantuannya kami sampaikan terima kasih.

        Hormat kami,

        A.A. Ngurah Bagus Wirawan
        Kepala Divisi Manajemen Risiko
        PT BPR Mertha Sedana Jembrana
        Telp. (0365) 41287

        DISCLAIMER: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk penerima yang
        dituju. Jika Anda bukan penerima yang dimaksud, mohon segera hapus email ini dan beritahukan kepada
        pengirim. PT BPR Mertha Sedana Jembrana berizin dan diawasi oleh Otoritas Jasa Keuangan (OJK).
      """), name='A.A. Ngurah Bagus Wirawan', inst='PT BPR Mertha Sedana Jembrana', **F)

    C('f6-req-pnm-mekaar-casual', 'gmail', 'Desak Putu Ratna', 'desakratna.pnm@gmail.com',
      'minta data usaha mikro perempuan',
      T("""
        Selamat pagi kak admin PST 🙏

        Saya Desak Putu Ratna Dewi, account officer PNM Mekaar Cabang Negara. Kami mau buka kelompok nasabah baru
        di Kecamatan Pekutatan dan Mendoyo, jadi butuh gambaran jumlah usaha mikro/kecil yang dikelola perempuan
        per desa di dua kecamatan itu. Ada nggak ya datanya di BPS? Kalau adanya data Sensus Ekonomi juga boleh.

        Makasih banyak kak 😊
      """), name='Desak Putu Ratna Dewi', inst='PNM Mekaar Cabang Negara', **F)

    C('f6-req-hotel-gm-english', 'outlook', 'Marco Bellandi', 'gm@pekutatancliffvillas.com',
      'Occupancy statistics for West Bali',
      T("""
        Good morning,

        I hope this finds you well. I manage Pekutatan Cliff Villas, a 24-key boutique property near Medewi beach,
        and we are preparing our 2027 budget and a presentation for our owners in Milan.

        Could you share the following for Jembrana Regency, ideally monthly for 2023 to 2025:
        - room occupancy rate (TPK) of classified and non-classified hotels
        - average length of stay of foreign and domestic guests
        - number of accommodation establishments and rooms

        If these are only published for Bali province as a whole, please let me know where I can find them.

        Many thanks,

        Marco Bellandi
        General Manager
        Pekutatan Cliff Villas | Jl. Raya Denpasar-Gilimanuk, Pekutatan
      """), name='Marco Bellandi', inst='Pekutatan Cliff Villas', lang='en', **F)

    C('f6-req-tour-operator-yahoo', 'yahoo', 'Bali Barat Trekking', 'balibarattrekking@yahoo.com',
      'Tanya data wisatawan',
      T("""
        Halo Bapak/Ibu BPS,

        Kami operator tur kecil yang fokus di trekking Taman Nasional Bali Barat dan desa wisata di Jembrana.
        Kami lagi menyusun proposal kerja sama dengan Dinas Pariwisata, butuh data jumlah kunjungan wisatawan
        (mancanegara dan nusantara) ke Kabupaten Jembrana 5 tahun terakhir, dan kalau ada, negara asal wisman.

        Matur suksma,

        Kadek Wira Sanjaya
        Owner - CV Bali Barat Trekking
        WA 0812-3654-1180
      """), name='Kadek Wira Sanjaya', inst='CV Bali Barat Trekking', **F)

    C('f6-req-consultant-ukl-upl-ir', 'outlook', 'Dewa Gede Oka Purnawan', 'okapurnawan@trikaryakonsultan.co.id',
      'Permohonan data sosial ekonomi Desa Perancak (kajian lingkungan)',
      T("""
        Dengan hormat,

        Kami dari CV Tri Karya Konsultan, saat ini ditunjuk oleh PT Samudra Biru Akuakultur untuk menyusun dokumen
        UKL-UPL rencana tambak udang di Desa Perancak, Kecamatan Jembrana. Untuk rona awal komponen sosial
        ekonomi kami membutuhkan data:

        1. Jumlah penduduk, rumah tangga, dan kepadatan Desa Perancak dan desa-desa sekitarnya (Budeng,
           Yehkuning, Air Kuning);
        2. Mata pencaharian penduduk;
        3. Fasilitas pendidikan dan kesehatan di desa-desa tersebut.

        Jika data tersedia dalam publikasi Kecamatan Jembrana Dalam Angka, mohon diinformasikan edisi terbarunya.

        Hormat kami,

        Ir. Dewa Gede Oka Purnawan, M.T.
        Team Leader
        CV Tri Karya Konsultan
        Denpasar
      """), name='Ir. Dewa Gede Oka Purnawan', inst='CV Tri Karya Konsultan', **F)

    C('f6-req-agritech-codeswitch', 'gmail', 'Stephanie Wijaya', 'stephanie@tanicerdas.id',
      'Data RTUP ST2023 per desa',
      T("""
        Hi kak, selamat pagi!

        Kenalin, aku Stephanie Wijaya, data analyst di PT Tani Cerdas Nusantara (agritech, based di Jakarta).
        We're currently mapping potensi petani mitra di Bali bagian barat. Boleh minta data jumlah rumah tangga
        usaha pertanian (RTUP) hasil ST2023 per desa untuk Kabupaten Jembrana? Kalau ada breakdown per subsektor
        (tanaman pangan, hortikultura, perkebunan) lebih oke lagi.

        Kalau ada biaya atau perlu surat resmi, kabarin ya kak, nanti aku urus.

        Thanks a lot!
        Stephanie
      """), name='Stephanie Wijaya', inst='PT Tani Cerdas Nusantara', **F)

    # ================================================================ requests: NGOs, religious, customary, village
    C('f6-req-yayasan-letter-caps', 'plain', 'Yayasan Pesisir Cerdas', 'ypcjembrana@gmail.com',
      'Surat Permohonan Data Pendidikan Anak',
      T("""
        YAYASAN PESISIR CERDAS JEMBRANA
        Akta Notaris No. 12 Tahun 2019 | Sekretariat: Desa Perancak, Kec. Jembrana

        Nomor    : 017/YPC/XI/2026
        Lampiran : -
        Perihal  : Permohonan data

        Kepada Yth.
        Kepala BPS Kabupaten Jembrana

        Dengan hormat,
        Dalam rangka penyusunan program beasiswa dan rumah belajar bagi anak nelayan,
        Yayasan Pesisir Cerdas Jembrana memohon data berikut:
        1. Angka Partisipasi Sekolah (APS) dan APM SD/SMP/SMA Kabupaten Jembrana 2023-2025;
        2. Jumlah anak tidak sekolah usia 7-18 tahun, bila tersedia menurut kecamatan.

        Demikian permohonan kami. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Jembrana, 20 November 2026
        Ketua,


        NI WAYAN SUCIATI, S.Pd.
      """), name='NI WAYAN SUCIATI', inst='Yayasan Pesisir Cerdas Jembrana', **F)

    C('f6-req-intl-ngo-fisheries-en', 'gmail', 'Hannah Okafor', 'h.okafor@blueharvest.org',
      'Data request: fishing households in Pengambengan and Perancak',
      T("""
        Dear PST team,

        My name is Hannah Okafor and I coordinate the small-scale fisheries programme of the Blue Harvest
        Foundation in Indonesia. We are designing a livelihoods baseline for two coastal villages in your regency,
        Pengambengan and Perancak, together with our local partner Yayasan Segara Lestari.

        We would be grateful for:
        1. population and number of households in both villages (latest year available);
        2. the share of households whose main income is fishing or fish processing;
        3. any poverty indicators available below district level.

        I apologise for writing in English; my Indonesian colleague Dewi is copied and can follow up in Bahasa
        if that is easier.

        Best regards,
        Hannah Okafor
        Programme Coordinator, Small-Scale Fisheries
        Blue Harvest Foundation
      """), name='Hannah Okafor', inst='Blue Harvest Foundation', lang='en', **F)

    C('f6-req-gereja-pdt-blimbingsari', 'thunderbird', 'Pdt. Yohanes Made Sudarma', 'ymsudarma@gmail.com',
      'Permohonan data penduduk Desa Blimbingsari',
      T("""
        Salam damai sejahtera,

        Kami dari Majelis Jemaat GKPB Jemaat Pniel Blimbingsari sedang menyiapkan buku peringatan satu abad
        jemaat. Salah satu bab membahas perkembangan penduduk desa. Kami ingin memohon data jumlah penduduk Desa
        Blimbingsari menurut agama dan kelompok umur dari beberapa sensus (1980, 1990, 2000, 2010, 2020) bila
        masih tersedia.

        Terima kasih atas pelayanan Bapak/Ibu. Tuhan memberkati.

        Pdt. Yohanes Made Sudarma, M.Th.
        Ketua Majelis Jemaat
        GKPB Jemaat Pniel Blimbingsari
      """), name='Pdt. Yohanes Made Sudarma', inst='GKPB Jemaat Pniel Blimbingsari', **F)

    C('f6-req-baznas-had-kifayah', 'gmail', 'BAZNAS Jembrana', 'baznas.jembrana@gmail.com',
      'Data garis kemiskinan utk penetapan had kifayah',
      T("""
        Assalamualaikum warahmatullahi wabarakatuh,

        Bapak/Ibu yang kami hormati, kami dari Bidang Pendistribusian BAZNAS Kabupaten Jembrana. Kami sedang
        menghitung had kifayah (batas kecukupan) untuk penentuan mustahik tahun 2027 dan memerlukan data garis
        kemiskinan per kapita per bulan Kabupaten Jembrana tahun 2025 serta rata-rata jumlah anggota rumah tangga
        miskin.

        Jazakumullah khairan katsiran.

        Wassalam,
        Hj. Siti Nurhalizah
        Wakil Ketua II
        BAZNAS Kabupaten Jembrana
      """), name='Hj. Siti Nurhalizah', inst='BAZNAS Kabupaten Jembrana', **F)

    C('f6-req-desa-adat-bendesa-letter', 'gmail', 'Desa Adat Pekutatan', 'desaadatpekutatan@gmail.com',
      'Permohonan Data Penduduk Pendatang',
      T("""
        PRAJURU DESA ADAT PEKUTATAN
        KECAMATAN PEKUTATAN, KABUPATEN JEMBRANA

        Nomor   : 45/DA-PKT/XI/2026
        Perihal : Permohonan data kependudukan

        Om Swastiastu,

        Sehubungan dengan penyusunan perarem mengenai krama tamiu dan tamiu yang tinggal di wewidangan
        Desa Adat Pekutatan, kami memohon bantuan data jumlah penduduk Desa Pekutatan menurut status migrasi (penduduk
        asli/pendatang) serta jumlah rumah tangga, hasil Sensus Penduduk 2020 atau data terbaru yang tersedia.

        Demikian permohonan ini kami sampaikan, atas perhatiannya kami ucapkan suksma.

        Om Shanti, Shanti, Shanti Om

        Bendesa Adat Pekutatan,


        I GUSTI NGURAH PUTU SWECA
      """), name='I GUSTI NGURAH PUTU SWECA', inst='Desa Adat Pekutatan', **F)

    C('f6-req-bumdes-kopi-konsultasi', 'gmail', 'Putu Agus Hendrawan', 'agushendra.bumdes@gmail.com',
      'Konsultasi data untuk rencana usaha BUMDes',
      T("""
        Selamat siang,

        Saya Putu Agus Hendrawan, direktur BUMDes Amerta Sari Desa Pohsanten. Kami berencana membuka unit usaha
        pengolahan kopi robusta dan sedang menyusun studi kelayakan sederhana. Apakah kami bisa konsultasi soal
        data apa saja yang relevan? Terutama luas tanaman dan produksi kopi di Kecamatan Mendoyo, dan harga kopi
        di tingkat petani.

        Kami bisa datang ke kantor kalau lebih mudah dijelaskan langsung.

        Terima kasih,
        Agus
      """), name='Putu Agus Hendrawan', inst='BUMDes Amerta Sari Desa Pohsanten', **F)

    C('f6-req-subak-penyarikan-pekaseh', 'plain', 'nyoman tirta', 'nyomantirta1970@gmail.com',
      'mohon data sawah',
      T("""
        Om Swastiastu

        Saya I Nyoman Tirta, penyarikan (sekretaris) Subak Tegal Badeng Barat. Atas arahan pekaseh kami Bapak
        I Made Griya, kami mohon data luas sawah dan produksi padi di Kecamatan Negara dari tahun 2020 sampai
        sekarang. Data ini untuk bahan paruman subak karena banyak sawah yang sudah berubah jadi perumahan.

        Kalau bisa dikirim ke email ini saja, kami agak sulit ke kantor.

        Suksma
        Om Santih Santih Santih Om
      """), name='I Nyoman Tirta', inst='Subak Tegal Badeng Barat', **F)

    C('f6-req-kelian-banjar-iphone', 'iphone', 'Wayan Sukra', 'wayansukra.tegalasih@gmail.com', 'data KK banjar',
      'Om swastyastu. tiang Wayan Sukra, Kelian Banjar Tegal Asih Desa Yehkuning. mohon data jumlah KK dan '
      'penduduk lansia di banjar kami, untuk program bantuan sembako. kalau tidak ada per banjar, per desa '
      'juga boleh. suksma\n\nDikirim dari iPhone saya',
      name='Wayan Sukra', inst='Banjar Tegal Asih Desa Yehkuning', **F)

    C('f6-req-kelompok-nelayan-mentions', 'plain', 'putu gede mahendra', 'mahendraputugede@gmail.com',
      'Data jumlah nelayan Pengambengan',
      T("""
        Selamat pagi,

        Saya I Putu Gede Mahendra, ketua Kelompok Nelayan Segara Amerta Desa Pengambengan. Kemarin saya sempat
        ngobrol dengan Pak Made dari BPS waktu pendataan di desa, beliau menyarankan saya kirim email ke sini.
        Penyuluh perikanan kami, Bu Sari dari Dinas Pertanian dan Pangan, juga bilang datanya ada di BPS.

        Kami perlu data jumlah nelayan dan rumah tangga nelayan di Desa Pengambengan dan Tegal Badeng Timur,
        untuk proposal bantuan mesin perahu ke Kementerian Kelautan dan Perikanan.

        Terima kasih, Pak/Bu.
      """), name='I Putu Gede Mahendra', inst='Kelompok Nelayan Segara Amerta Desa Pengambengan', **F)

    C('f6-req-bpbd-internal-chain', 'gmail', 'Putu Eka Darmawan', 'ekadarmawan.bpbd@gmail.com',
      'Permohonan data penduduk rentan per desa (kajian risiko bencana)',
      T("""
        Selamat siang Bapak/Ibu,

        Kami dari BPBD Kabupaten Jembrana sedang memperbarui Kajian Risiko Bencana 2027-2031. Kami membutuhkan
        data jumlah penduduk per desa menurut kelompok umur (balita, lansia) dan jumlah penyandang disabilitas
        per kecamatan, tahun terbaru yang tersedia. Di bawah saya sertakan diskusi internal kami sebagai konteks.

        Terima kasih,

        Putu Eka Darmawan
        Staf Bidang Pencegahan dan Kesiapsiagaan
        BPBD Kabupaten Jembrana

        ---------- Forwarded message ---------
        From: I Made Suarsana <madesuarsana.bpbd@gmail.com>
        Date: Rab, 18 Nov 2026 pukul 14.05
        Subject: Re: data KRB
        To: Putu Eka Darmawan <ekadarmawan.bpbd@gmail.com>

        Ka, yang dari Disdukcapil belum lengkap, coba minta ke BPS saja. Pak Kalak minta minggu ini selesai.

        Pada Rab, 18 Nov 2026 pukul 13.40 Putu Eka Darmawan <ekadarmawan.bpbd@gmail.com> menulis:
        > Pak Made, data kelompok rentan untuk KRB kita ambil dari mana ya? Disdukcapil atau BPS?
        >
        > Eka
        >
        > Pada Rab, 18 Nov 2026 pukul 09.12 Ni Luh Sukerti <sukerti.bpbd@gmail.com> menulis:
        >> Rekan-rekan, mohon data kerentanan penduduk untuk KRB disiapkan paling lambat Jumat.
        >> Sukerti, Kabid Pencegahan
      """), name='Putu Eka Darmawan', inst='BPBD Kabupaten Jembrana', **F)

    C('f6-req-fw-camat-disposisi', 'outlook', 'Komang Tri Sugiantari', 'kecpekutatan@jembranakab.go.id',
      'FW: data utk musrenbang kecamatan',
      T("""
        Selamat pagi Bapak/Ibu PST,

        Menindaklanjuti arahan Bapak Camat di bawah, kami mohon dikirimkan publikasi Kecamatan Pekutatan Dalam
        Angka 2026 (atau edisi terakhir) dalam bentuk Excel, serta data jumlah penduduk per desa menurut jenis
        kelamin tahun 2025 untuk bahan Musrenbang Kecamatan.

        Terima kasih.

        Ni Komang Tri Sugiantari
        Kasi Pemerintahan
        Kantor Camat Pekutatan

        From: Camat Pekutatan <camat.pekutatan@jembranakab.go.id>
        Sent: Thursday, November 19, 2026 4:51 PM
        To: Kasi Pemerintahan <kecpekutatan@jembranakab.go.id>
        Subject: data utk musrenbang kecamatan

        Bu Komang, tolong mintakan data ke BPS ya, Kecamatan Dalam Angka terbaru dan penduduk per desa. Untuk
        paparan musrenbang Selasa.

        Terima kasih,
        Camat
      """), name='Ni Komang Tri Sugiantari', inst='Kantor Camat Pekutatan', **F)

    C('f6-req-distan-letter-attached-only', 'outlook', 'Subbag Umum Distan Jembrana', 'distanpangan@jembranakab.go.id',
      'Surat Dinas',
      T("""
        Dengan hormat,

        Bersama ini kami sampaikan surat sebagaimana terlampir untuk dapat ditindaklanjuti. Atas perhatian dan
        kerja samanya diucapkan terima kasih.

        Subbag Umum dan Kepegawaian
        Dinas Pertanian dan Pangan Kabupaten Jembrana
      """), name=None, inst='Dinas Pertanian dan Pangan Kabupaten Jembrana',
      attachments=[PDF('Surat Permohonan Data NTP dan Luas Lahan.pdf')], **F)

    # ================================================================ requests: schools
    C('f6-req-sd-guru-bahan-ajar', 'yahoo', 'Made Rusmini', 'maderusmini74@yahoo.co.id',
      'Minta data untuk bahan ajar IPAS',
      T("""
        Selamat pagi,

        Saya Ni Made Rusmini, S.Pd., guru kelas IV di SD Negeri 3 Dauhwaru. Untuk pembelajaran IPAS tema
        "Daerahku" saya ingin menunjukkan kepada anak-anak data sederhana tentang kecamatan kami: jumlah penduduk
        Kecamatan Jembrana per desa, jumlah sekolah, dan mata pencaharian utama penduduk. Kalau ada infografis
        yang mudah dipahami anak-anak, itu lebih bagus.

        Terima kasih banyak, Bapak/Ibu.

        Salam,
        Bu Made
      """), name='Ni Made Rusmini', inst='SD Negeri 3 Dauhwaru', **F)

    C('f6-req-sma-lomba-kti', 'gmail', 'gede arya', 'aryawiguna.gede08@gmail.com',
      'Data untuk lomba karya tulis',
      T("""
        halo kak, selamat siang

        aku Gede Bagus Arya Wiguna dari kelas XI IPS 2 SMAN 1 Mendoyo. aku sama dua temen lagi ikut lomba karya
        tulis ilmiah tingkat provinsi, judulnya tentang dampak alih fungsi lahan pertanian. boleh minta data luas
        lahan sawah Jembrana dari 2015 sampai 2025 kak? sama jumlah petani kalau ada

        makasih banyak kak 🙏
      """), name='Gede Bagus Arya Wiguna', inst='SMAN 1 Mendoyo', **F)

    # ================================================================ requests: universities at home
    C('f6-req-its-sae-konsultasi', 'gmail', 'Muhammad Rafi Alfarizi', '5003221045@student.its.ac.id',
      'Konsultasi penggunaan data Susenas untuk SAE',
      T("""
        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana

        Dengan hormat,
        Saya Muhammad Rafi Alfarizi, mahasiswa S1 Statistika, Fakultas Sains dan Analitika Data,
        Institut Teknologi Sepuluh Nopember. Saat ini saya menyusun tugas akhir tentang Small Area Estimation pengeluaran
        per kapita tingkat kecamatan di Provinsi Bali, dengan Jembrana sebagai salah satu studi kasus.

        Saya ingin berkonsultasi mengenai dua hal:
        1. Apakah data mikro Susenas Maret 2024 untuk Jembrana dapat diakses mahasiswa, dan bagaimana
           prosedurnya (melalui Silastik atau PST kabupaten)?
        2. Variabel pendukung tingkat kecamatan apa saja (dari Podes atau Kecamatan Dalam Angka) yang biasanya
           tersedia untuk dijadikan kovariat?

        Atas waktu dan bantuannya saya ucapkan terima kasih.

        Hormat saya,
        Muhammad Rafi Alfarizi
        NRP 5003221045
        Statistika ITS
      """), name='Muhammad Rafi Alfarizi', inst='Institut Teknologi Sepuluh Nopember', **F)

    C('f6-req-unpad-signature-only', 'thunderbird', 'R. H. Chaniago', 'rahmat.chaniago@mail.unpad.ac.id',
      'Permohonan data ketenagakerjaan sektor pertanian',
      T("""
        Selamat siang,

        Mohon izin, saya mahasiswa Magister Ilmu Ekonomi yang sedang meneliti transformasi struktural tenaga
        kerja di kabupaten-kabupaten berbasis pertanian di Bali. Saya memerlukan:

        - jumlah penduduk bekerja menurut lapangan usaha utama (17 kategori) Kab. Jembrana, Sakernas Agustus
          2015-2025;
        - PDRB ADHK 2010 menurut lapangan usaha, periode yang sama.

        Surat pengantar dari program studi dapat saya kirimkan bila diperlukan.

        Terima kasih atas perhatiannya.

        -- 
        Rahmat Hidayat Chaniago
        Magister Ilmu Ekonomi
        Universitas Padjadjaran
        Bandung
      """), name='Rahmat Hidayat Chaniago', inst='Universitas Padjadjaran', **F)

    C('f6-req-ngurahrai-codeswitch', 'gmail', 'kadek juli', 'kadekjuliantari@gmail.com',
      'skripsi UMKM kuliner 🙏',
      T("""
        Permisi kakak-kakak PST, selamat sore!

        Aku Kadek Dwi Juliantari, anak Manajemen semester 7 di Universitas Ngurah Rai. Lagi nyusun skripsi about
        strategi bertahan UMKM kuliner di Kota Negara after pandemi, dan dosen pembimbingku (Pak Gede) nyaranin
        buat minta data resmi ke BPS. Jadi aku butuh data jumlah usaha mikro kecil sektor penyediaan makan minum
        di Jembrana, kalau bisa per kecamatan, tahun 2019-2025. Is that available? 😅

        Makasih banyak yaa kak, sukses selalu!
      """), name='Kadek Dwi Juliantari', inst='Universitas Ngurah Rai', **F)

    C('f6-req-ut-student-village-staff', 'plain', 'Luh Putu Widiastuti', 'widiastuti.luhputu@gmail.com',
      'Permohonan data IPM untuk tugas akhir',
      T("""
        Selamat pagi Bapak/Ibu,

        Nama saya Luh Putu Widiastuti, mahasiswi Program Studi Ilmu Administrasi Negara di Universitas Terbuka.
        Sehari-hari saya memang bekerja sebagai staf di Kantor Desa Banyubiru, tetapi permohonan ini untuk
        keperluan tugas akhir kuliah saya, bukan untuk kantor desa.

        Saya memerlukan data Indeks Pembangunan Manusia Kabupaten Jembrana beserta komponennya (umur harapan
        hidup, harapan lama sekolah, rata-rata lama sekolah, pengeluaran per kapita) tahun 2020-2025.

        Terima kasih atas bantuannya.

        Hormat saya,
        Luh Putu Widiastuti
      """), name='Luh Putu Widiastuti', inst='Universitas Terbuka', **F)

    C('f6-req-subject-only-tabanan', 'gmail', 'Ni Kadek Ari Susanti', 'arisusanti.nk@gmail.com',
      'Permohonan data luas panen, produksi padi & jagung Kab. Jembrana 2021-2025',
      T("""
        Selamat pagi,

        Perkenalkan, saya Ni Kadek Ari Susanti, mahasiswi Fakultas Pertanian Universitas Tabanan. Mohon
        bantuannya sesuai subjek email di atas, untuk bahan penelitian skripsi saya.

        Terima kasih 🙏
      """), name='Ni Kadek Ari Susanti', inst='Universitas Tabanan', **F)

    C('f6-req-fwd-own-mail-dwijendra', 'gmail', 'Gusti Putu Ayu Ratnaningsih', 'ayuratnaningsih21@gmail.com',
      'Fwd: Permohonan data IPG dan IDG Kabupaten Jembrana',
      T("""
        Selamat siang, mohon maaf sebelumnya email ini saya kirim ke alamat bps5101@bps.go.id dan belum ada
        balasan. Saya teruskan ke sini ya, terima kasih.

        ---------- Forwarded message ---------
        From: Gusti Putu Ayu Ratnaningsih <ayuratnaningsih21@gmail.com>
        Date: Sen, 9 Nov 2026 pukul 10.22
        Subject: Permohonan data IPG dan IDG Kabupaten Jembrana
        To: <bps5101@bps.go.id>


        Om Swastiastu,

        Saya Gusti Putu Ayu Ratnaningsih, mahasiswi Program Studi Sosiologi Universitas Dwijendra. Saya sedang
        meneliti keterwakilan perempuan dalam pemerintahan desa di Jembrana dan memerlukan data Indeks
        Pembangunan Gender (IPG) dan Indeks Pemberdayaan Gender (IDG) Kabupaten Jembrana tahun 2018-2025.

        Suksma,
        Ayu
      """), name='Gusti Putu Ayu Ratnaningsih', inst='Universitas Dwijendra', **F)

    C('f6-req-cites-old-ticket-panjisakti', 'yahoo', 'Made Dwi Adnyani', 'dwiadnyani.md@yahoo.com',
      'Permohonan data lanjutan (sebelumnya tiket PST-2026-00640)',
      T("""
        Selamat siang Bapak/Ibu,

        Saya Made Dwi Adnyani, mahasiswi Universitas Panji Sakti. Bulan lalu saya sudah dibantu data kemiskinan
        dengan nomor tiket PST-2026-00640, terima kasih banyak. Sekarang dosen penguji meminta saya menambahkan
        data Indeks Kedalaman Kemiskinan (P1) dan Indeks Keparahan Kemiskinan (P2) Kabupaten Jembrana 2019-2025.
        Mohon bantuannya lagi.

        Terima kasih,
        Dwi
      """), name='Made Dwi Adnyani', inst='Universitas Panji Sakti', ticket='PST-2026-00640', **F)

    # ================================================================ requests: universities abroad
    C('f6-req-adelaide-dr-migration', 'outlook', 'Fiona McAllister', 'fiona.mcallister@adelaide.edu.au',
      'Research enquiry - overseas migrant workers from Jembrana',
      T("""
        Dear colleagues at BPS Jembrana,

        I am a senior lecturer in Development Studies at the University of Adelaide, currently leading a small
        ARC-funded project on labour migration from Bali to the cruise ship industry. Jembrana has come up
        repeatedly in our interviews as a major sending area.

        I would like to ask whether BPS holds, or could point me to, any of the following for Jembrana Regency:
        (a) the number of residents working abroad, by sex and destination, from the 2020 Population Census or
            SUPAS;
        (b) household remittance receipts from Susenas, if published at regency level.

        I am happy to submit a formal letter or sign a data-use agreement if that is required.

        With thanks and kind regards,

        Dr Fiona McAllister
        Senior Lecturer, Development Studies
        School of Social Sciences
        University of Adelaide, South Australia
      """), name='Dr Fiona McAllister', inst='University of Adelaide', lang='en', **F)

    C('f6-req-uppsala-latin1-loloan', 'latin1', 'Åsa Lindqvist', 'asa.lindqvist@antro.uu.se',
      'Population data on Kampung Loloan',
      T("""
        Dear Sir or Madam,

        My name is Åsa Lindqvist. I am a PhD candidate in cultural anthropology at Uppsala University (Sweden),
        writing a dissertation on the Malay-Bugis Muslim community of Loloan Timur and Loloan Barat in Negara.

        For the historical-demographic chapter I am looking for population figures for both kelurahan by
        religion and, if it exists, by ethnicity (the 2000 and 2010 censuses had an ethnicity question, if I am
        not mistaken). Figures for earlier decades would also be very welcome.

        Could you let me know whether these can be provided and in which form?

        Tack så mycket / terima kasih,
        Åsa Lindqvist
        Department of Cultural Anthropology and Ethnology
        Uppsala University
      """), name='Åsa Lindqvist', inst='Uppsala University', lang='en', **F)

    C('f6-req-cornell-sardine', 'gmail', 'Tyler Brooks', 'tjb247@cornell.edu', 'sardine industry question',
      T("""
        Hi there!

        My name's Tyler Brooks, I'm a second-year MPA student at Cornell University. I spent last summer in
        Pengambengan volunteering with a fishermen's cooperative and now I'm writing a policy paper about the
        sardine (lemuru) canning industry there.

        Do you have numbers on how many people work in fish processing in Jembrana, and the number of fish
        processing firms (large/medium vs. small)? Anything from the 2016 Economic Census or the annual industry
        survey would be super helpful.

        Thanks so much, and sorry my Bahasa is not good enough to write this in Indonesian!

        Tyler
      """), name='Tyler Brooks', inst='Cornell University', lang='en', **F)

    C('f6-req-kasetsart-rice', 'gmail', 'Supaporn Chaiyawat', 'supaporn.c@ku.th',
      'Request for rice production and farm household data',
      T("""
        Dear Officer,

        Greetings from Bangkok. I am Supaporn Chaiyawat, a master's student in Agricultural Economics at
        Kasetsart University, Thailand. My thesis compares irrigation institutions in Thailand with the subak
        system in Bali.

        I would like to request, for Jembrana Regency:
        - harvested area, production and productivity of paddy 2018-2025;
        - number of farm households by land size class from the 2023 Agricultural Census.

        Thank you very much for your kind help.

        Best regards,
        Supaporn Chaiyawat
      """), name='Supaporn Chaiyawat', inst='Kasetsart University', lang='en', **F)

    C('f6-req-goettingen-tree-crops', 'gmail', 'Lena Brückner', 'lena.brueckner@stud.uni-goettingen.de',
      'Data on coconut and clove smallholders in Jembrana',
      T("""
        Dear BPS team,

        I'm Lena Brückner, a master's student in Sustainable International Agriculture at
        Georg-August-Universität Göttingen. I'm going to do three months of fieldwork in Pekutatan and Mendoyo starting in January, on
        smallholder tree crops.

        Before I arrive, could you tell me whether the following are available for Jembrana (and if possible
        per kecamatan)?
        • planted area and production of coconut and clove, 2020-2025
        • number of households growing each crop (ST2023)

        I'd also be happy to visit the PST in Negara once I'm there. Terima kasih banyak!

        Lena Brückner
      """), name='Lena Brückner', inst='Georg-August-Universität Göttingen', lang='en', **F)

    C('f6-req-iitb-prof-collab-vague', 'gmail', 'Arjun Mehta', 'arjun.mehta@iitb.ac.in', 'Possible collaboration',
      T("""
        Dear Head of Office,

        I am Prof. Arjun Mehta from the Centre for Policy Studies, Indian Institute of Technology Bombay. I visited
        Bali last month and was impressed by the work of the BPS offices. I would welcome the opportunity to
        discuss possible academic collaboration with your office.

        Could you let me know whom I should contact?

        Warm regards,
        Prof. Arjun Mehta
      """), name='Prof. Arjun Mehta', inst='Indian Institute of Technology Bombay', req=False, lang='en', **F)

    # ================================================================ requests: media, private persons, vague
    C('f6-req-detikbali-iphone', 'iphone', 'Rendra', 'rendra.detik@gmail.com', 'Konfirmasi data kemiskinan',
      'Siang, saya Rendra dari detikBali. Lagi nulis soal kemiskinan di Bali barat, mau minta angka persentase '
      'penduduk miskin Jembrana 2025 + posisi dibanding 8 kab/kota lain di Bali. Deadline sore ini, kalau bisa '
      'dibalas cepat 🙏 Thx\n\nSent from my iPhone',
      name='Rendra', inst='detikBali', **F)

    C('f6-req-content-creator-pribadi', 'gmail', 'Jelajah Jembrana', 'jelajahjembrana@gmail.com',
      'kolab konten sejarah sensus?',
      T("""
        Halo min BPS Jembrana! 👋

        Aku Bayu, biasa bikin konten TikTok/IG soal sejarah & kuliner Jembrana (@jelajahjembrana). Bukan dari
        instansi mana-mana ya kak, murni pribadi hehe.

        Mau bikin seri konten "Jembrana dari masa ke masa" dan butuh data jumlah penduduk Jembrana dari sensus
        pertama yang ada sampai Sensus 2020. Boleh kah? Nanti sumbernya aku cantumkan BPS Kabupaten Jembrana kok.

        Thank you min!
      """), name='Bayu', inst=None, **F)

    C('f6-req-retired-teacher-gabah', 'yahoo', 'ketut rena', 'ketutrena52@yahoo.com', 'harga gabah',
      T("""
        Selamat siang Pak/Bu,

        Saya I Ketut Rena, pensiunan guru, tinggal di Lingkungan Dauhwaru. Saya sekarang bertani kecil-kecilan
        dan ingin tahu perkembangan harga gabah kering panen di tingkat petani di Jembrana atau Bali selama tiga
        tahun terakhir, supaya bisa menentukan kapan sebaiknya menjual. Apakah ada datanya di BPS?

        Saya tidak mewakili instansi apa pun, ini untuk keperluan saya sendiri.

        Terima kasih,
        Ketut Rena
      """), name='I Ketut Rena', inst=None, **F)

    C('f6-req-expat-history-book', 'yahoo', 'Graham Whitfield', 'g.whitfield@yahoo.co.uk',
      'Old population figures for a local history book',
      T("""
        Good afternoon,

        I'm a retired British schoolteacher who has lived near Medewi for eleven years. I'm writing a small local
        history of the Pekutatan area, just for friends and the village library, nothing commercial, and I don't
        represent any organisation.

        Would it be possible to obtain the population of Pekutatan district (and its villages, if possible) at
        each census since 1971? Even rough figures would help.

        With many thanks,
        Graham Whitfield
      """), name='Graham Whitfield', inst=None, lang='en', **F)

    C('f6-req-vague-bantuan-iphone', 'iphone', 'ayu sri', 'ayusri98@gmail.com', 'Halo',
      'Selamat siang, apakah saya bisa minta bantuan? Terima kasih\n\nDikirim dari iPhone saya',
      name=None, inst=None, req=False, **F)

    C('f6-req-vague-who-to-contact-en', 'plain', 'Liam O.', 'liam.oconnor.travels@gmail.com', 'Question',
      T("""
        Hello,

        I'd like to ask a few questions about statistics for your area. Who would be the right person to talk
        to, and do I need to make an appointment first?

        Thanks,
        Liam
      """), name='Liam', inst=None, req=False, lang='en', **F)

    # ================================================================ replies
    C('f6-reply-fields-stikes', 'gmail', 'komang ayu', 'komangayupurnama@gmail.com',
      'Re: ' + SUBJ_ASK % 601,
      T("""
        Selamat sore, maaf tadi lupa memperkenalkan diri.

        Nama lengkap: Komang Ayu Purnamasari
        Asal instansi: STIKES Bina Usada Bali (mahasiswi D3 Kebidanan)

        Terima kasih kak.
      """), kind='reply', name='Komang Ayu Purnamasari', inst='STIKES Bina Usada Bali', req=False,
      ticket='PST-2026-00601', quote=gq(ASK, lang='id'), **RE(601, 'c41d9e07'), **F)

    C('f6-reply-thanks-bappeda-outlook', 'outlook', 'I Gede Sumertayasa', 'sumertayasa@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 602,
      T("""
        Selamat siang,

        File Excel PDRB dan IPM sudah kami terima lengkap dan sangat membantu penyusunan RKPD Perubahan.
        Terima kasih atas respons yang cepat.

        Salam,
        I Gede Sumertayasa
        Bidang Perencanaan, Pengendalian dan Evaluasi
        Bappeda Kabupaten Jembrana
      """), kind='reply', name='I Gede Sumertayasa', inst='Bappeda Kabupaten Jembrana', req=False,
      ticket='PST-2026-00602',
      quote=oq(DELIV_ID % 602, 'I Gede Sumertayasa <sumertayasa@jembranakab.go.id>', SUBJ_DATA % 602, lang='id'),
      **RE(602, '8b17f2a0'), **F)

    C('f6-reply-en-more-by-sex-iphone', 'iphone', 'Daniel Mensah', 'd.mensah@outlook.com',
      'Re: ' + SUBJ_DATA % 603,
      'Thanks, got the tables! One more thing - could you also send the same labour force table broken down by '
      'sex? I only need 2024 and 2025.\n\nCheers,\nDaniel\n\nSent from my iPhone',
      kind='reply', name='Daniel', inst=None, req=True, lang='en', ticket='PST-2026-00603',
      quote=gq(DELIV_EN % 603), **RE(603, '2d90c4e1'), **F)

    C('f6-reply-bottom-post-corrects-years', 'thunderbird', 'Wayan Budiarta', 'wbudiarta@gmail.com',
      'Re: ' + SUBJ_ACK % 604,
      T("""
        Pada 23/11/26 09.14, PST BPS Kabupaten Jembrana menulis:
        > Yth. Bapak/Ibu,
        >
        > Permintaan Anda telah kami terima dengan nomor tiket PST-2026-00604.
        > Nama: Wayan Budiarta
        > Instansi: Koperasi Tani Merta Sari
        > Kebutuhan: data tenaga kerja 2020
        >
        > Petugas kami akan menjawab paling lambat 3 hari kerja.
        >
        > Salam,
        > Pelayanan Statistik Terpadu
        > BPS Kabupaten Jembrana

        Baik, terima kasih. Sebagai koreksi, data jumlah tenaga kerja yang saya perlukan untuk tahun 2019-2025,
        bukan hanya 2020 seperti tertulis di atas. Kalau bisa juga dipisah menurut jenis kelamin.

        Salam,
        Wayan Budiarta
      """), kind='reply', name='Wayan Budiarta', inst=None, req=True, ticket='PST-2026-00604',
      **RE(604, 'e5a3b719'), **F)

    RATIH_Q = T("""
        Pada Sen, 16 Nov 2026 pukul 08.02 Ratih Kusumawardani <ratihkusuma.w@gmail.com> menulis:
        > Selamat pagi, saya Ratih Kusumawardani dari Universitas Negeri Malang, mohon data rata-rata upah
        > buruh tani Kabupaten Jembrana 2023-2025 untuk skripsi. Terima kasih.
    """)
    C('f6-reply-status-long-chain', 'gmail', 'Ratih K', 'ratihkusuma.w@gmail.com',
      'Re: ' + SUBJ_ACK % 605,
      T("""
        Selamat pagi, mohon maaf mengganggu. Sudah lewat satu minggu sejak email di bawah, apakah permohonan
        saya masih diproses? Saya perlu untuk seminar proposal tanggal 2 Desember.

        Terima kasih,
        Ratih
      """), kind='reply', name='Ratih', inst=None, req=False, ticket='PST-2026-00605',
      quote=gq(ACK % (605, 'Ratih Kusumawardani', 'Universitas Negeri Malang', 'upah buruh tani 2023-2025')
               + '\n\n' + RATIH_Q, lang='id'),
      **RE(605, '47cc0a92'), **F)

    C('f6-reply-new-mail-asks-ticket-ksu', 'plain', 'I Kadek Suardana', 'ksuwerdhiguna@gmail.com',
      'Menanyakan tiket PST-2026-00606',
      T("""
        Selamat siang,

        Saya Kadek Suardana dari Koperasi Serba Usaha Werdhi Guna Mendoyo, ingin menanyakan perkembangan
        permohonan data kami dengan nomor tiket PST-2026-00606 yang kami kirim tanggal 12 November. Apakah ada
        kelengkapan yang masih kurang?

        Terima kasih.
      """), kind='reply', name='Kadek Suardana', inst='Koperasi Serba Usaha Werdhi Guna Mendoyo', req=False,
      ticket='PST-2026-00606', **F)

    C('f6-reply-cover-letter-ipbi', 'outlook', 'Ardani Putri', 'ardaniputri@students.ipbi.ac.id',
      'RE: ' + SUBJ_ASK % 607,
      T("""
        Dengan hormat,

        Menanggapi email Bapak/Ibu, saya Ni Wayan Ardani Putri, mahasiswi
        Institut Pariwisata dan Bisnis Internasional. Bersama ini saya lampirkan surat pengantar penelitian dari kampus.

        Hormat saya,
        Ardani
      """), kind='reply', name='Ni Wayan Ardani Putri', inst='Institut Pariwisata dan Bisnis Internasional',
      req=False, ticket='PST-2026-00607',
      quote=oq(ASK, 'Ardani Putri <ardaniputri@students.ipbi.ac.id>', SUBJ_ASK % 607, lang='id'),
      attachments=[PDF('surat_pengantar_penelitian_ardani.pdf')], **RE(607, '91fe6d35'), **F)

    C('f6-reply-cancels-request-yahoo', 'yahoo', 'Yosef Kelen', 'yosefkelen@yahoo.com',
      'Re: ' + SUBJ_ACK % 608,
      T("""
        Selamat siang Bapak/Ibu,

        Mohon maaf, permohonan saya dibatalkan saja. Ternyata tabel yang saya butuhkan sudah ada di website BPS
        Provinsi Bali dan sudah saya unduh. Terima kasih atas tanggapannya dan mohon maaf merepotkan.

        Salam,
        Yosef
      """), kind='reply', name='Yosef', inst=None, req=False, ticket='PST-2026-00608',
      quote=yq(ACK % (608, 'Yosef Kelen', '-', 'rasio jenis kelamin per kecamatan')), **RE(608, '0c7b58ee'), **F)

    C('f6-reply-thanks-en-no-quote', 'gmail', 'Priscilla Tan', 'priscilla.tan@u.nus.edu',
      'Re: [PST-2026-00609] Requested data',
      T("""
        Received with thanks, this is exactly what I needed. Have a lovely week!

        Priscilla Tan
        Lee Kuan Yew School of Public Policy
        National University of Singapore
      """), kind='reply', name='Priscilla Tan', inst='National University of Singapore', req=False, lang='en',
      ticket='PST-2026-00609', **RE(609, 'b3e2047d'), **F)

    C('f6-reply-wa-style-thanks-ticket', 'gmail', 'gusde', 'gusde.pratama@gmail.com',
      'makasih min (PST-2026-00610)',
      'datanya udah masuk min, makasih banyak yaa 🙏🙏 cepet bgt',
      kind='reply', name=None, inst=None, req=False, ticket='PST-2026-00610', **F)

    # ================================================================ ratings
    C('f6-rating-beri-nilai-empat', 'gmail', 'Sri Artini', 'sriartini.nlp@gmail.com',
      'Re: ' + SUBJ_RATE % 611,
      T("""
        Saya beri nilai 4 ya. Datanya lengkap, hanya saja agak lama menunggu (5 hari kerja).

        Salam,
        Ni Luh Putu Sri Artini
      """), kind='rating', name='Ni Luh Putu Sri Artini', inst=None, req=False, rating=4,
      ticket='PST-2026-00611', quote=gq(RATE_ID % 611, lang='id'), **RE(611, '5a0e93c2'), **F)

    C('f6-rating-bintang-lima-iphone', 'iphone', 'Putu Yudi', 'putuyudi.a@icloud.com',
      'Re: ' + SUBJ_RATE % 612,
      'Bintang lima buat PST Jembrana ⭐⭐⭐⭐⭐ petugasnya ramah & sabar banget jelasinnya.\n\nDikirim dari iPhone saya',
      kind='rating', name=None, inst=None, req=False, rating=5, ticket='PST-2026-00612',
      quote=gq(RATE_ID % 612, lang='id'), **RE(612, 'd8c1a574'), **F)

    C('f6-rating-eight-of-ten-en', 'outlook', 'Jakub Nowak', 'jakub.nowak@uj.edu.pl',
      'RE: ' + SUBJ_RATE % 613,
      T("""
        Hello,

        On a scale of 1 to 10 I would give it an 8. Very helpful staff; the only thing missing was metadata
        (definitions) for the tables.

        Best,
        Jakub Nowak
        Jagiellonian University, Krakow
      """), kind='rating', name='Jakub Nowak', inst='Jagiellonian University', req=False, rating=8, lang='en',
      ticket='PST-2026-00613',
      quote=oq(RATE_EN % 613, 'Jakub Nowak <jakub.nowak@uj.edu.pl>', SUBJ_RATE % 613), **RE(613, '6f2b9d08'), **F)

    C('f6-rating-form-nilai-saran', 'thunderbird', 'Made Wirya Kusuma', 'wiryakusuma.made@gmail.com',
      'Re: ' + SUBJ_RATE % 614,
      T("""
        Nilai    : 3
        Komentar : cukup membantu, tetapi data per desa yang saya minta ternyata tidak tersedia.
        Saran    : sebaiknya daftar data yang tersedia sampai level desa dipajang di website.

        I Made Wirya Kusuma
      """), kind='rating', name='I Made Wirya Kusuma', inst=None, req=False, rating=3,
      ticket='PST-2026-00614', quote=gq(RATE_ID % 614, lang='id'), **RE(614, 'a7d40e6b'), **F)

    C('f6-rating-two-of-five-wrong-year', 'yahoo', 'Hendra Gunawan', 'hendra.gunawan88@yahoo.com',
      'Re: ' + SUBJ_RATE % 615,
      T("""
        Skor dari saya 2 dari 5. Maaf, tapi file yang dikirim ternyata data tahun 2022, bukan 2025 seperti yang
        saya minta, jadi saya harus minta ulang.

        Hendra
      """), kind='rating', name='Hendra', inst=None, req=False, rating=2, ticket='PST-2026-00615',
      quote=yq(RATE_ID % 615), **RE(615, '3c8e1f57'), **F)

    C('f6-rating-new-mail-ticket-subject', 'plain', 'A.A. Istri Mas Widyantari', 'maswidyantari@gmail.com',
      'Penilaian layanan tiket PST-2026-00616',
      T("""
        Selamat malam.

        Untuk tiket PST-2026-00616 atas nama saya, Anak Agung Istri Mas Widyantari
        (Universitas PGRI Mahadewa Indonesia), saya sangat puas dengan pelayanannya, nilai 5. Terima kasih banyak.
      """), kind='rating', name='Anak Agung Istri Mas Widyantari', inst='Universitas PGRI Mahadewa Indonesia',
      req=False, rating=5, ticket='PST-2026-00616', **F)

    C('f6-rating-four-stars-en-staff-named', 'gmail', 'Priya Raghunathan', 'priya.r.research@gmail.com',
      'Re: ' + SUBJ_RATE % 617,
      T("""
        Four stars from me. Thanks to Komang at the front desk for the quick turnaround; a fifth star once the
        data come as CSV rather than scanned PDF 😉

        — Priya
      """), kind='rating', name='Priya', inst=None, req=False, rating=4, lang='en', ticket='PST-2026-00617',
      quote=gq(RATE_EN % 617), **RE(617, '80b5ca3d'), **F)

    # ================================================================ complaints and suggestions
    C('f6-complaint-tarif-tidak-diumumkan', 'gmail', 'Sri Wahyuni', 'nyomansriwahyuni@gmail.com',
      'Kenapa data harus bayar?',
      T("""
        Selamat siang,

        Saya mau menyampaikan keberatan. Kemarin saya datang ke PST untuk minta data mikro Susenas dan diberitahu
        ada tarif PNBP yang harus dibayar. Setahu saya data BPS itu gratis untuk mahasiswa. Informasi tarif ini
        sama sekali tidak ada di website kabupaten, jadi saya sudah jauh-jauh datang dari Melaya tanpa persiapan.
        Mohon ke depan informasi tarif dicantumkan dengan jelas.

        Ni Nyoman Sri Wahyuni
        Mahasiswi Pascasarjana Universitas Udayana
      """), kind='complaint', name='Ni Nyoman Sri Wahyuni', inst='Universitas Udayana', req=False, **F)

    C('f6-complaint-petugas-survei-malam', 'plain', 'wayan sudirga', 'sudirga.tukadaya@gmail.com',
      'Keluhan petugas survei',
      T("""
        Yth. Pimpinan BPS Kabupaten Jembrana,

        Saya ingin menyampaikan keluhan. Pada Senin malam (16/11) sekitar pukul 21.00 ada petugas yang mengaku
        dari BPS datang ke rumah kami di Banjar Anyar, Desa Tukadaya, untuk wawancara survei. Jam tersebut
        menurut kami terlalu malam, dan petugas tidak bisa menunjukkan kartu identitas ketika ditanya. Istri saya
        sampai ketakutan. Mohon dicek apakah benar itu petugas BPS dan mohon pembinaan agar kunjungan dilakukan
        pada jam yang wajar.

        Hormat saya,
        I Wayan Gede Sudirga
      """), kind='complaint', name='I Wayan Gede Sudirga', inst=None, req=False, **F)

    C('f6-complaint-en-messages-only-indonesian', 'outlook', 'Sophie Laurent', 'sophie.laurent@univ-lyon2.fr',
      'RE: ' + SUBJ_ACK % 618,
      T("""
        Hello,

        I wrote to you in English, but your acknowledgement and the follow-up form are entirely in Indonesian. I
        had to use a translator to understand that I was being asked for my institution. As your office serves
        many foreign researchers, an English version of these automatic messages would be a real improvement.

        Regards,
        Sophie Laurent
        Université Lumière Lyon 2
      """), kind='complaint', name='Sophie Laurent', inst='Université Lumière Lyon 2', req=False, lang='en',
      ticket='PST-2026-00618',
      quote=oq(ACK % (618, 'Sophie Laurent', '-', 'tourism statistics 2024'),
               'Sophie Laurent <sophie.laurent@univ-lyon2.fr>', SUBJ_ACK % 618), **RE(618, 'f0a6327b'), **F)

    C('f6-complaint-tabel-tidak-konsisten-dr', 'thunderbird', 'Ayu Sriwinarti', 'sriwinarti@warmadewa.ac.id',
      'Ketidaksesuaian angka pada Kabupaten Jembrana Dalam Angka 2026',
      T("""
        Yth. Tim Publikasi BPS Kabupaten Jembrana,

        Saat menggunakan publikasi Kabupaten Jembrana Dalam Angka 2026 untuk bahan kuliah, saya menemukan
        perbedaan angka: jumlah penduduk Kecamatan Melaya pada Tabel 3.1.1 tertulis 63.412 jiwa, sedangkan pada
        Tabel 3.1.4 (menurut kelompok umur) totalnya 62.987 jiwa. Mohon klarifikasi angka mana yang benar dan,
        bila perlu, diterbitkan ralat.

        Terima kasih atas perhatiannya.

        Dr. Ni Ketut Ayu Sriwinarti, S.E., M.Si.
        Dosen Program Studi Ekonomi Pembangunan
        Universitas Warmadewa
      """), kind='complaint', name='Dr. Ni Ketut Ayu Sriwinarti', inst='Universitas Warmadewa', req=False, **F)

    C('f6-complaint-saran-ramp-kursi-roda', 'gmail', 'Komang Adi Wirawan', 'adiwirawan.ppdi@gmail.com',
      'Saran untuk ruang PST',
      T("""
        Selamat pagi,

        Saya pengguna kursi roda dan minggu lalu berkunjung ke PST BPS Jembrana. Pelayanan petugas sangat baik,
        tetapi untuk masuk ke ruang layanan harus melewati tangga tanpa ramp, sehingga saya harus diangkat oleh
        dua petugas. Saran saya, mohon disediakan ramp atau layanan di lantai dasar untuk pengunjung disabilitas.

        Salam,
        Komang Adi Wirawan
        PPDI Kabupaten Jembrana
      """), kind='complaint', name='Komang Adi Wirawan', inst='PPDI Kabupaten Jembrana', req=False, **F)

    C('f6-complaint-lambat-12-hari-yahoo', 'yahoo', 'Budi Santoso', 'budi.santoso@artaprima.co.id',
      'Re: ' + SUBJ_ACK % 619,
      T("""
        Sudah 12 hari kerja sejak email "paling lambat 3 hari kerja" ini dikirim, dan belum ada kabar apa pun.
        Saya sudah dua kali menelepon kantor dan hanya dijawab "sedang diproses". Kalau memang tidak sanggup,
        tolong bilang dari awal supaya saya bisa cari sumber lain. Sangat mengecewakan.

        Budi Santoso
        PT Arta Prima Properti
      """), kind='complaint', name='Budi Santoso', inst='PT Arta Prima Properti', req=False,
      ticket='PST-2026-00619',
      quote=yq(ACK % (619, 'Budi Santoso', 'PT Arta Prima Properti', 'jumlah rumah tangga per kecamatan')),
      **RE(619, '1e9d7c46'), **F)

    C('f6-complaint-en-website-login', 'gmail', 'Thomas Berger', 'thomas.berger.bali@gmail.com',
      'Feedback on downloading publications',
      T("""
        Dear PST Jembrana,

        A small suggestion rather than a complaint: several publications on your website now require me to log
        in before downloading, and the registration page kept rejecting my foreign phone number. Could you offer
        a direct download, or accept non-Indonesian numbers? It took me two days to get one PDF.

        Kind regards,
        Thomas Berger
      """), kind='complaint', name='Thomas Berger', inst=None, req=False, lang='en', **F)

    ANSWER_LINK = ('Yth. Bapak/Ibu,\n\nTerkait pertanyaan Bapak/Ibu (tiket PST-2026-00620), silakan mengunjungi '
                   'https://jembranakab.bps.go.id untuk informasi lebih lanjut.\n\nSalam,\n'
                   'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    C('f6-complaint-reply-link-only', 'gmail', 'Gede P', 'gedepramana.stat@gmail.com',
      'Re: [PST-2026-00620] Jawaban atas permintaan Anda',
      T("""
        Mohon maaf, tapi jawaban ini tidak menjawab pertanyaan saya. Saya bertanya tentang cara menghitung
        harapan lama sekolah tingkat kecamatan, tetapi yang dikirim hanya tautan ke halaman depan website. Saya
        berharap petugas membaca pertanyaan dengan lebih teliti.

        Gede
      """), kind='complaint', name='Gede', inst=None, req=False, ticket='PST-2026-00620',
      quote=gq(ANSWER_LINK, lang='id'), **RE(620, '4b61e8f9'), **F)

    # ================================================================ auto-replies
    C('f6-ooo-outlook-en-fieldwork-flores', 'outlook', 'Hamish Reid', 'h.reid@tropicalag.org.au',
      'Automatic reply: [PST-2026-00621] Your data request has been received',
      T("""
        Thank you for your message. I am away on fieldwork in Flores with limited connectivity until
        7 December 2026. For urgent matters please contact our project manager at rina.kusuma@tropicalag.org.au.

        Kind regards,
        Dr Hamish Reid
      """), kind='auto_reply', name=None, inst=None, req=False, lang='en', ticket='PST-2026-00621',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
      **RE(621, '9a3f0c51'), **F)

    C('f6-ooo-body-only-latsar', 'gmail', 'Kadek Mira', 'kadekmira.cpns@gmail.com',
      'Re: ' + SUBJ_ACK % 622,
      T("""
        Terima kasih atas email yang Bapak/Ibu kirimkan.

        Saat ini saya sedang mengikuti Pelatihan Dasar CPNS di BPSDM Provinsi Bali sampai dengan 4 Desember 2026
        dan tidak dapat membuka email secara rutin. Email Bapak/Ibu akan saya balas setelah tanggal tersebut.

        Pesan ini dikirim secara otomatis.
      """), kind='auto_reply', name=None, inst=None, req=False, ticket='PST-2026-00622',
      **RE(622, 'c2e8b417'), **F)

    C('f6-ooo-gmail-cuti-melahirkan-headers', 'gmail', 'Putu Dian', 'putudian.ayu@gmail.com',
      'Re: ' + SUBJ_DATA % 623,
      T("""
        Halo, terima kasih sudah menghubungi.

        Saya sedang cuti melahirkan sampai Februari 2027 dan jarang memeriksa email. Untuk urusan yang mendesak
        silakan hubungi kantor kami di (0361) 224811 pada jam kerja.

        Salam
      """), kind='auto_reply', name=None, inst=None, req=False, ticket='PST-2026-00623',
      extra=[('Auto-Submitted', 'auto-replied')], **RE(623, '7d05f2ac'), **F)

    C('f6-ooo-tanda-terima-persuratan', 'html_only', 'Layanan Persuratan Dinas Kesehatan Kabupaten Jembrana',
      'noreply.persuratan@jembranakab.go.id',
      'Tanda terima otomatis: ' + SUBJ_DATA % 624,
      T("""
        Yth. Pengirim,

        Email Anda telah diterima oleh sistem informasi persuratan kami dan tercatat dengan nomor agenda
        DK/2026/11/0457. Email ini dibuat secara otomatis, mohon tidak dibalas.
      """), kind='auto_reply', name=None, inst=None, req=False, ticket='PST-2026-00624',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **RE(624, 'e41b9d60'), **F)

    C('f6-ooo-mailbox-not-monitored', 'plain', 'Former staff mailbox', 'research.jkt@sealinks-asia.org',
      'Re: [PST-2026-00625] Your data request has been received',
      T("""
        This mailbox is no longer monitored. Its owner left our Jakarta office on 1 November 2026.

        Please redirect research data correspondence to data.team@sealinks-asia.org. Your message has not been
        forwarded.

        This is an automated response.
      """), kind='auto_reply', name=None, inst=None, req=False, lang='en', ticket='PST-2026-00625',
      **RE(625, '58f3a2d9'), **F)

    C('f6-ooo-bilingual-dinas-luar', 'thunderbird', 'I Putu Sudarsana Wijaya', 'sudarsana.wijaya@gmail.com',
      'Balasan otomatis / Auto reply: ' + SUBJ_ACK % 626,
      T("""
        Terima kasih atas email Anda. Saya sedang melaksanakan tugas dinas luar ke Kupang sampai tanggal
        30 November 2026 dengan akses email terbatas. Email Anda akan saya tanggapi sesegera mungkin setelah saya
        kembali. Untuk keperluan akademik yang mendesak, silakan menghubungi sekretariat program studi.

        Thank you for your email. I am on official travel until 30 November 2026 and will reply upon my return.

        I Putu Sudarsana Wijaya
      """), kind='auto_reply', name=None, inst=None, req=False, ticket='PST-2026-00626',
      extra=[('Auto-Submitted', 'auto-generated')], **RE(626, '0b7e4c93'), **F)

    C('f6-ooo-umrah-body-only-iphone', 'iphone', 'Siti Aminah', 'sitiaminah.loloan@icloud.com',
      'Balasan otomatis: Re: ' + SUBJ_DATA % 627,
      'Assalamualaikum. Mohon maaf, saya sedang menunaikan ibadah umrah hingga 10 Desember 2026 sehingga belum '
      'dapat membalas email. Insya Allah akan saya balas sepulangnya. (pesan otomatis)',
      kind='auto_reply', name=None, inst=None, req=False, ticket='PST-2026-00627', **RE(627, 'f7c21d08'), **F)

    # ================================================================ bounces
    D('f6-dsn-postfix-virtual-unknown',
      dict(recipient='ni.luh.sukerti@jembranakab.go.id', original_message_id=OUR(628, '5e0b7a31'),
           orig_subject=SUBJ_ACK % 628, status='5.1.1',
           text=('This is the mail system at host mx.bps.go.id.\n\nI\'m sorry to have to inform you that your '
                 'message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n'
                 '<ni.luh.sukerti@jembranakab.go.id>: host mail.jembranakab.go.id[103.21.204.17]\n'
                 '    said: 550 5.1.1 <ni.luh.sukerti@jembranakab.go.id>: Recipient address\n'
                 '    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)')),
      'PST-2026-00628', **F)

    D('f6-dsn-spam-rejected-gsuite',
      dict(recipient='info@pekutatancliffvillas.com', original_message_id=OUR(629, '3ad9e6f4'),
           orig_subject=SUBJ_DATA % 629, status='5.7.1',
           subject='Delivery Status Notification (Failure)',
           **{'from': 'Mail Delivery Subsystem <MAILER-DAEMON@mx.bps.go.id>'},
           text=('** Message not delivered **\n\nYour message to info@pekutatancliffvillas.com was rejected by '
                 'the\nrecipient\'s mail server.\n\nThe response was:\n550 5.7.1 Message rejected due to '
                 'content restrictions: attachment type\nnot allowed or spam score too high.')),
      'PST-2026-00629', **F)

    D('f6-dsn-indonesian-mailbox-full',
      dict(recipient='gusdeyoga@student.undiksha.ac.id', original_message_id=OUR(630, '6c14b2e8'),
           orig_subject=SUBJ_RATE % 630, status='5.2.2',
           subject='Pemberitahuan Kegagalan Pengiriman',
           text=('Pesan ini dibuat secara otomatis oleh sistem surat.\n\nMaaf, pesan Anda tidak dapat dikirimkan '
                 'ke alamat berikut karena\nkotak surat penerima sudah penuh:\n\n'
                 '<gusdeyoga@student.undiksha.ac.id>\n    552 5.2.2 Kapasitas kotak surat telah melebihi batas '
                 '(quota exceeded)\n\nSilakan coba kembali beberapa saat lagi atau hubungi penerima melalui '
                 'cara lain.')),
      'PST-2026-00630', lang='id', **F)
