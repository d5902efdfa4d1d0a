# corpus_fresh8.py: an eighth batch, written blind by a sixth independent author who saw neither the parser
# nor its results: long official letters (a regency agency signed "a.n." by its secretary, a lurah, a
# kecamatan section head who introduces himself at the end, a village form, a national river-basin office, a
# national roads office, BULOG, a provincial BUMD and a bank with disclaimers, PLN), firms of every size (a
# resort, a building-supply shop writing in capitals, an agritech startup in Jakarta slang, a plantation, a
# consultancy that names its client), NGOs at home and abroad, Muhammadiyah, a desa adat writing in
# Balinese, a Catholic credit union, women fishers and cattle farmers, a madrasah pupil, a clinic, radio, TV,
# an online paper and a freelance journalist, a research institute naming its partners, students and
# lecturers of UT, ITB, UIN Jakarta, UNHI, UNS, Unand, UNM (with a supervisor from another university),
# Poliwangi (interning elsewhere), ITEKES Bali (need only in the subject), UNUD (KTM photo), UP Los Banos
# (iso-8859-1) and ETH Zurich (HTML only); private persons (one who works "di Gilimanuk", a town), vague
# mails, a letter that exists only as an attachment, a forward from a generic account, a new request citing
# an old ticket; replies in Gmail, Outlook, Yahoo, iPhone, Thunderbird and HTML-only chains (identity added,
# thanks only, follow-up needs, corrections, a cancellation, a colleague answering, a status question in a
# new mail), ratings in digits, words and stars, polite and angry complaints, auto-replies and bounces
# (set "fresh8"; tickets PST-2026-008xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh8')

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
        return dict(in_reply_to=OUR(n, '8a41d07c'), references=[OUR(n, '8a41d07c')])

    # ------------------------------------------------------------------------------------------------
    # Regency, district, village and national offices
    # ------------------------------------------------------------------------------------------------
    C('f8-req-bkpsdm-letter-an-sekretaris-caps', 'outlook', 'BKPSDM Kabupaten Jembrana', 'bkpsdm@jembranakab.go.id',
      'Permohonan Data Penduduk Menurut Pendidikan', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA
        Jl. Pahlawan No. 3, Negara - Bali 82212, Telepon (0365) 40xxx
        Laman: bkpsdm.jembranakab.go.id  Pos-el: bkpsdm@jembranakab.go.id

        Negara, 19 November 2026

        Nomor     : 800.1.2/2217/BKPSDM/2026
        Sifat     : Biasa
        Lampiran  : 1 (satu) berkas
        Hal       : Permohonan Data

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di
            Tempat

        Dengan hormat,

        Dalam rangka penyusunan Analisis Kebutuhan Pengembangan Kompetensi Aparatur dan perencanaan formasi Tahun Anggaran 2027, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Jembrana memerlukan data pendukung sebagai berikut:

          1) jumlah penduduk usia 19-35 tahun menurut pendidikan tertinggi yang ditamatkan, per kecamatan, tahun 2025;
          2) tingkat pengangguran terbuka menurut pendidikan, Kabupaten Jembrana, 2023-2025.

        Data tersebut mohon dapat dikirimkan melalui pos-el bkpsdm@jembranakab.go.id. Narahubung: Sdr. Gede Pasek Wirananda (0819-3412-xxxx).

        Demikian kami sampaikan, atas perhatian dan kerja sama Saudara kami ucapkan terima kasih.

        a.n. KEPALA BADAN KEPEGAWAIAN DAN
        PENGEMBANGAN SUMBER DAYA MANUSIA
        KABUPATEN JEMBRANA
        Sekretaris,

        ttd.

        I GUSTI AYU PUTU SRI MAHENDRAYANI, S.E., M.M.
        Pembina (IV/a)
        NIP 19780615 200212 2 003

        Tembusan:
        1. Bupati Jembrana (sebagai laporan);
        2. Arsip.
        '''), name='I GUSTI AYU PUTU SRI MAHENDRAYANI',
      inst='Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Jembrana',
      attachments=[PDF('Format_Isian_Data_BKPSDM_2217.pdf')], **F)

    C('f8-req-puskesmas-form-fields-uptd', 'gmail', 'Puskesmas I Negara', 'pkm1negara@gmail.com',
      'Permohonan data sasaran program', T('''
        Kepada Yth. Petugas PST BPS Kabupaten Jembrana

        Berikut kami sampaikan permohonan data:

        Nama              : dr. Putu Gede Arya Wiguna
        Jabatan           : Kepala UPTD
        Instansi          : UPTD Puskesmas I Negara
        No. HP            : 0812-4690-xxxx
        Data yang dimohon : jumlah penduduk usia 0-4 tahun dan perempuan usia 15-49 tahun per desa/kelurahan di wilayah kerja kami (Kel. Baler Bale Agung, Kel. Banjar Tengah, Kel. Lelateng, Kel. Loloan Barat, Desa Berangbang), tahun 2025
        Keperluan         : penetapan sasaran program imunisasi dan gizi tahun 2027

        Apabila data per desa tidak tersedia, mohon info data yang paling mendekati.

        Terima kasih.
        '''), name='dr. Putu Gede Arya Wiguna', inst='UPTD Puskesmas I Negara', **F)

    C('f8-req-kelurahan-lelateng-html-lurah', 'html_only', 'Kelurahan Lelateng', 'kel.lelateng@gmail.com',
      'Mohon data profil kelurahan', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Kami dari Kelurahan Lelateng, Kecamatan Negara, sedang memutakhirkan profil kelurahan tahun 2026. Untuk itu kami memohon bantuan data jumlah penduduk menurut kelompok umur dan jenis kelamin, jumlah rumah tangga, serta jumlah sarana ibadah di wilayah kami. Data dapat berupa hasil Sensus Penduduk 2020 maupun publikasi Kecamatan Negara Dalam Angka.

        Atas perhatian dan kerja samanya kami sampaikan terima kasih.

        Om Santih, Santih, Santih Om

        Lurah Lelateng,

        Ni Komang Sri Adnyani, S.Sos.
        '''), name='Ni Komang Sri Adnyani', inst='Kelurahan Lelateng', **F)

    C('f8-req-camat-jembrana-intro-at-end', 'outlook', 'Made Ariawan', 'ariawan.kecjembrana@gmail.com',
      'data desa se-Kecamatan Jembrana', T('''
        Selamat siang,

        Mohon bantuan data luas wilayah, jumlah penduduk, jumlah KK dan kepadatan penduduk untuk masing-masing desa/kelurahan di Kecamatan Jembrana tahun 2025, serta jumlah banjar/lingkungan per desa kalau ada. Data ini untuk bahan evaluasi perkembangan desa yang harus kami serahkan ke Dinas PMD minggu depan.

        Sebelumnya mohon maaf, saya lupa memperkenalkan diri. Saya I Made Ariawan, Kasi Pemberdayaan Masyarakat dan Desa pada Kantor Camat Jembrana.

        Terima kasih.
        '''), name='I Made Ariawan', inst='Kantor Camat Jembrana', **F)

    C('f8-req-desa-blimbingsari-form-shalom', 'gmail', 'Yosua Wiranata', 'yosuawiranata@gmail.com',
      'Permohonan data penduduk', T('''
        Shalom dan selamat pagi,

        Nama lengkap   : Yosua Made Wiranata
        Asal instansi  : Pemerintah Desa Blimbingsari
        Jabatan        : Kaur Perencanaan
        Kebutuhan data : jumlah penduduk menurut agama dan jenis kelamin per banjar di Desa Blimbingsari; jumlah penduduk miskin Desa Blimbingsari (jika ada)
        Tahun          : 2024 dan 2025
        Tujuan         : penyusunan RKPDes 2027

        Tuhan memberkati,
        Yosua
        '''), name='Yosua Made Wiranata', inst='Pemerintah Desa Blimbingsari', **F)

    C('f8-req-dpmptsp-institution-first-bullets', 'outlook', 'Bidang Promosi DPMPTSP', 'promosi.dpmptsp@jembranakab.go.id',
      'Permintaan data untuk Profil Investasi Kabupaten Jembrana 2027', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Jembrana, melalui Bidang Promosi dan Pengembangan Iklim Penanaman Modal, sedang menyusun buku Profil Investasi Kabupaten Jembrana 2027 yang akan dibagikan pada Bali Investment Forum. Untuk itu kami memerlukan data terbaru:

        • PDRB ADHB dan ADHK menurut lapangan usaha 2021-2025
        • Laju pertumbuhan ekonomi dan PDRB per kapita
        • Jumlah penduduk dan angkatan kerja 2025
        • Jumlah wisatawan dan tingkat penghunian kamar hotel

        Mohon dapat dikirim dalam format Excel.

        Hormat kami,

        I Ketut Suarbawa, S.T.
        Kepala Bidang Promosi dan Pengembangan Iklim Penanaman Modal
        '''), name='I Ketut Suarbawa', inst='Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Jembrana',
      charset='utf-8', **F)

    C('f8-req-bpdas-unda-anyar-nasution', 'outlook', 'Hanafi Nasution', 'hanafi.nasution@kehutanan.go.id',
      'Permohonan data kependudukan DAS Ijogading dan Daya Barat', T('''
        Dengan hormat,

        Saya Ir. Hanafi Nasution, M.Sc., Pengendali Ekosistem Hutan Ahli Madya pada Balai Pengelolaan Daerah Aliran Sungai Unda Anyar, Kementerian Kehutanan. Kami tengah menyusun Rencana Pengelolaan DAS Terpadu untuk DAS Ijogading dan DAS Daya Barat yang melintasi Kecamatan Negara, Mendoyo, dan Jembrana.

        Kami memerlukan data per desa di ketiga kecamatan tersebut: jumlah penduduk, jumlah rumah tangga pertanian, luas lahan menurut penggunaan, serta jumlah penduduk miskin bila tersedia.

        Terima kasih atas bantuan Bapak/Ibu.

        Salam hormat,
        Hanafi Nasution
        BPDAS Unda Anyar - Denpasar
        '''), name='Ir. Hanafi Nasution', inst='Balai Pengelolaan Daerah Aliran Sungai Unda Anyar', **F)

    C('f8-req-bbpjn-bugis-personal-mail', 'gmail', 'Andi Tenri', 'anditenri.ajeng@gmail.com',
      'Data penduduk dan kendaraan ruas Gilimanuk-Negara', T('''
        Tabe' Bapak/Ibu,

        Saya Andi Tenri Ajeng, S.T., staf perencanaan pada Balai Besar Pelaksanaan Jalan Nasional Jawa Timur-Bali. Kami sedang melakukan pra-studi kelayakan pelebaran ruas jalan nasional Gilimanuk-Negara. Untuk analisis sosial ekonomi, kami mohon data:
        - jumlah penduduk dan kepadatan per desa di sepanjang ruas Gilimanuk-Negara (Kec. Melaya dan Kec. Negara);
        - jumlah kendaraan bermotor menurut jenis di Kabupaten Jembrana 2021-2025;
        - PDRB lapangan usaha transportasi dan pergudangan.

        Maaf menggunakan email pribadi karena email kantor sedang bermasalah.

        Terima kasih, wassalam.
        Andi Tenri Ajeng
        '''), name='Andi Tenri Ajeng', inst='Balai Besar Pelaksanaan Jalan Nasional Jawa Timur-Bali', wrap=76, **F)

    C('f8-req-bulog-cabang-javanese', 'outlook', 'Bambang Sutrisno', 'bambang.sutrisno@bulog.co.id',
      'Permohonan data harga gabah dan produksi beras', T('''
        Selamat siang Bapak/Ibu,

        Nuwun sewu, saya Bambang Sutrisno, Kepala Seksi Operasional dan Pelayanan Publik Perum BULOG Kantor Cabang Jembrana. Dalam rangka perencanaan penyerapan gabah/beras dalam negeri tahun 2027 kami mohon data:
        1. produksi padi dan perkiraan produksi beras Kabupaten Jembrana per bulan (KSA) 2024-2026;
        2. harga gabah kering panen dan gabah kering giling di tingkat petani, bulanan 2025-2026;
        3. rata-rata konsumsi beras per kapita seminggu Kabupaten Jembrana (Susenas).

        Matur nuwun atas kerja samanya.

        Salam,
        Bambang Sutrisno
        Perum BULOG Kantor Cabang Jembrana
        Jl. Ngurah Rai No. 88, Negara
        '''), name='Bambang Sutrisno', inst='Perum BULOG Kantor Cabang Jembrana', **F)

    C('f8-req-jamkrida-bumd-disclaimer-id', 'outlook', 'Ni Kadek Dwi Rahayu Puspitasari', 'dwi.rahayu@jamkridabali.co.id',
      'Permohonan Data UMKM dan Pertumbuhan Ekonomi Kab. Jembrana', T('''
        Kepada Yth.
        Bapak/Ibu Petugas PST
        BPS Kabupaten Jembrana

        Dengan hormat,
        Kami dari PT Jamkrida Bali Mandara, BUMD milik Pemerintah Provinsi Bali, sedang menyusun kajian potensi penjaminan kredit bagi UMKM di wilayah Bali barat. Sehubungan dengan itu kami mohon bantuan data Kabupaten Jembrana berikut:
        (i) jumlah usaha mikro dan kecil menurut lapangan usaha;
        (ii) pertumbuhan ekonomi dan PDRB menurut lapangan usaha 2022-2025;
        (iii) jumlah penduduk bekerja menurut status pekerjaan utama.

        Atas perhatian dan bantuannya kami ucapkan terima kasih.

        Hormat kami,
        Ni Kadek Dwi Rahayu Puspitasari, S.E.
        Analis Bisnis - Divisi Perencanaan dan Pengembangan
        PT Jamkrida Bali Mandara
        Jl. Cok Agung Tresna No. 7, Renon, Denpasar

        ---------------------------------------------------------------------
        DISCLAIMER: Informasi dalam email ini beserta lampirannya bersifat rahasia dan hanya ditujukan bagi penerima yang namanya tercantum di atas. Apabila Anda bukan penerima yang dimaksud, Anda dilarang menyebarkan, mendistribusikan, atau menggandakan email ini. Mohon segera beritahukan kepada pengirim dan hapus email ini. PT Jamkrida Bali Mandara tidak bertanggung jawab atas kerugian yang timbul akibat virus yang mungkin terdapat dalam email ini.
        ---------------------------------------------------------------------
        '''), name='Ni Kadek Dwi Rahayu Puspitasari', inst='PT Jamkrida Bali Mandara', **F)

    C('f8-req-pln-ulp-batak-horas', 'gmail', 'Rahmat Lubis', 'rahmat.lubis@pln.co.id',
      'Data rumah tangga menurut sumber penerangan', T('''
        Horas, selamat pagi Bapak/Ibu.

        Saya Rahmat Saputra Lubis, Team Leader Pemasaran di PT PLN (Persero) ULP Negara. Kami sedang memetakan desa-desa yang rasio elektrifikasinya masih rendah untuk program Bantuan Pasang Baru Listrik (BPBL) 2027.

        Apakah tersedia data jumlah rumah tangga menurut sumber penerangan utama (listrik PLN dengan meteran, listrik PLN tanpa meteran/menyalur, listrik non-PLN) per desa di Kabupaten Jembrana? Jika hanya tersedia per kecamatan juga tidak apa-apa.

        Terima kasih,
        Rahmat S. Lubis
        '''), name='Rahmat Saputra Lubis', inst='PT PLN (Persero) ULP Negara', **F)

    C('f8-req-mandiri-kcp-english-disclaimer', 'outlook', 'Stevani Gunawan', 'stevani.gunawan@bankmandiri.co.id',
      'Permohonan data ekonomi untuk rencana bisnis cabang', T('''
        Selamat pagi,

        Perkenalkan saya Stevani Gunawan, Branch Manager Bank Mandiri KCP Negara. Kami memerlukan data berikut untuk penyusunan rencana bisnis 2027:
        - jumlah penduduk usia 15 tahun ke atas per kecamatan;
        - rata-rata pengeluaran per kapita sebulan;
        - jumlah usaha non-pertanian per kecamatan.

        Terima kasih atas kerja samanya.

        Regards,
        Stevani Gunawan
        Branch Manager
        Bank Mandiri KCP Negara

        The information contained in this communication is intended solely for the use of the individual or entity to whom it is addressed and others authorized to receive it. It may contain confidential or legally privileged information. If you are not the intended recipient you are hereby notified that any disclosure, copying, distribution or taking any action in reliance on the contents of this information is strictly prohibited and may be unlawful. PT Bank Mandiri (Persero) Tbk is licensed and supervised by the Financial Services Authority (OJK) and is a participant of the Indonesia Deposit Insurance Corporation (LPS).
        '''), name='Stevani Gunawan', inst='Bank Mandiri KCP Negara', **F)

    # ------------------------------------------------------------------------------------------------
    # Firms: resort, shop, startup, plantation, consultancy
    # ------------------------------------------------------------------------------------------------
    C('f8-req-resort-gm-dutch-english', 'gmail', 'Pieter van den Berg', 'gm@yehlehcliffresort.com',
      'Request: tourism & labour statistics for Jembrana', T('''
        Dear Sir or Madam,

        I am the General Manager of Yeh Leh Cliff Resort & Spa, a 38-key property on the coast road between Medewi and Soka. We are preparing our 2027 budget and a staffing plan, and I would be grateful for the following figures for Jembrana Regency:

        1. Monthly room occupancy rates (star and non-star hotels), 2023 to the latest month available;
        2. Foreign and domestic guest arrivals by month;
        3. Average wages in the accommodation and food service sector.

        Excel files would be ideal. Please let me know if there is a fee.

        Kind regards,

        Pieter van den Berg
        General Manager
        Yeh Leh Cliff Resort & Spa
        Jl. Raya Denpasar-Gilimanuk, Yeh Leh, Pekutatan, Jembrana 82262
        '''), name='Pieter van den Berg', inst='Yeh Leh Cliff Resort & Spa', lang='en', **F)

    C('f8-req-toko-bangunan-allcaps-yahoo', 'yahoo', 'BUDI HALIM', 'ud.sumberrejeki.gmk@yahoo.co.id', 'MINTA DATA', T('''
        SELAMAT SIANG BPK/IBU

        SAYA BUDI HALIM, PEMILIK UD SUMBER REJEKI (TOKO BANGUNAN) DI GILIMANUK. RENCANA MAU BUKA CABANG DI MELAYA. MOHON DIBANTU DATA JUMLAH RUMAH TANGGA DAN JUMLAH BANGUNAN TEMPAT TINGGAL PER DESA DI KECAMATAN MELAYA 3 TAHUN TERAKHIR. KALAU TIDAK ADA PER DESA, PER KECAMATAN JUGA BOLEH.

        TERIMA KASIH
        BUDI HALIM
        0813-3845-XXXX
        '''), name='BUDI HALIM', inst='UD SUMBER REJEKI', **F)

    C('f8-req-agritech-gue-codeswitch', 'gmail', 'Nadia K.', 'nadia@panenku.id',
      'data request buat pilot project di Jembrana', T('''
        Hai tim BPS Jembrana!

        Gue Nadia Kusumawardhani, co-founder & CPO di Panenku (startup agritech yang bantu petani kakao jual langsung ke roaster). Kita lagi mau pilot project di Kecamatan Pekutatan sama Mendoyo tahun depan, jadi butuh baseline data nih:

        - jumlah rumah tangga usaha perkebunan kakao per kecamatan (ST2023)
        - luas tanam & produksi kakao 2021-2025
        - harga produsen biji kakao kering, kalau ada yang bulanan

        Kalau bisa format .xlsx ya, biar gampang diolah sama tim data kita. Thanks a lot, ditunggu kabarnya! 🙌

        Cheers,
        Nadia
        '''), name='Nadia Kusumawardhani', inst='Panenku', **F)

    C('f8-req-plantation-estate-manager-ir', 'outlook', 'Johannes Simanjuntak', 'j.simanjuntak@tirtaagro.co.id',
      'Permohonan data upah buruh perkebunan dan produksi kelapa', T('''
        Yth. Bapak/Ibu,

        Kami dari PT Tirta Agro Lestari, perusahaan perkebunan kelapa dan kakao dengan kebun inti di Desa Pulukan dan Desa Asahduren. Untuk evaluasi produktivitas dan penyesuaian upah pekerja kebun tahun 2027, kami membutuhkan:
        a. rata-rata upah buruh tani harian di Provinsi Bali, 2024-2026;
        b. produksi kelapa dan kakao perkebunan rakyat per kecamatan di Kabupaten Jembrana, 2023-2025;
        c. jumlah curah hujan bulanan 2020-2025 (bila ada di publikasi Kabupaten Jembrana Dalam Angka).

        Terima kasih.

        Salam,
        Ir. Johannes Simanjuntak, M.P.
        Estate Manager
        PT Tirta Agro Lestari
        '''), name='Ir. Johannes Simanjuntak', inst='PT Tirta Agro Lestari', **F)

    C('f8-req-consultant-sundanese-names-client', 'gmail', 'Dadang Suryana', 'dadang.suryana@adhikarsa.co.id',
      'Permohonan data untuk naskah akademik RPJMD', T('''
        Wilujeng enjing Bapak/Ibu,

        Abdi Dadang Suryana, S.E., M.E., tenaga ahli ekonomi regional pada CV Adhi Karsa Konsultan (Bandung). Kami sedang membantu Bapperida Kabupaten Jembrana dalam penyusunan naskah akademik perubahan RPJMD, dan tim Bapperida menyarankan kami menghubungi PST secara langsung.

        Data yang kami perlukan:
        1. PDRB ADHB/ADHK menurut lapangan usaha dan menurut pengeluaran, 2016-2025;
        2. Indeks Pembangunan Manusia dan komponennya, 2016-2025;
        3. Persentase penduduk miskin, P1, P2, dan garis kemiskinan, 2016-2025;
        4. Gini ratio dan distribusi pengeluaran menurut kelompok 40-40-20.

        Surat pengantar dari Bapperida dapat kami kirimkan bila diperlukan.

        Hatur nuhun,
        Dadang Suryana
        CV Adhi Karsa Konsultan
        '''), name='Dadang Suryana', inst='CV Adhi Karsa Konsultan', **F)

    # ------------------------------------------------------------------------------------------------
    # NGOs, religious and customary bodies, cooperatives, groups
    # ------------------------------------------------------------------------------------------------
    C('f8-req-yayasan-anak-ntt-bullets', 'gmail', 'Maria Goreti Nona', 'maria.nona@sayangianak.or.id',
      'Permintaan data anak & pendidikan Jembrana', T('''
        Salam sejahtera,

        Saya Maria Goreti Nona, Program Officer di Yayasan Sayangi Anak Bali Barat. Yayasan kami mendampingi anak putus sekolah di Kecamatan Melaya dan Kecamatan Negara. Kami sedang menyiapkan proposal kepada mitra donor dan membutuhkan data resmi:

        * Angka Partisipasi Sekolah (APS) 7-12, 13-15, 16-18 Kabupaten Jembrana 2020-2025
        * Angka putus sekolah menurut jenjang, jika ada
        * Jumlah anak usia 0-17 tahun per kecamatan
        * Persentase anak yang tinggal di rumah tangga miskin

        Terima kasih banyak atas bantuannya. Tuhan memberkati.

        Maria Goreti Nona
        Program Officer
        Yayasan Sayangi Anak Bali Barat
        '''), name='Maria Goreti Nona', inst='Yayasan Sayangi Anak Bali Barat', **F)

    C('f8-req-turtle-foundation-french-dr', 'gmail', 'Charlotte Dubois', 'charlotte@segarapenyu.org',
      'Coastal population and fisheries data - Perancak', T('''
        Dear BPS Jembrana team,

        I am writing on behalf of the Segara Penyu Foundation, a small sea-turtle conservation charity that has worked with the hatchery group in Perancak since 2018. We are applying for a grant to expand our community patrol programme and the donor asks for official figures on:

        - population and number of households in Desa Perancak and Desa Budeng (latest available);
        - number of fishing households in Kecamatan Jembrana;
        - tourist visits to Perancak beach, if such data exist.

        I apologise for writing in English; my Indonesian is still basic (saya masih belajar!).

        Best wishes,
        Dr. Charlotte Dubois
        Scientific Director, Segara Penyu Foundation
        '''), name='Dr. Charlotte Dubois', inst='Segara Penyu Foundation', lang='en', **F)

    C('f8-req-muhammadiyah-arab-name-sekretaris', 'gmail', 'PD Muhammadiyah Jembrana', 'pdm.jembrana@gmail.com',
      'Permohonan data pendidikan dan kemiskinan', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh

        Yth. Kepala BPS Kabupaten Jembrana

        Kami dari Pimpinan Daerah Muhammadiyah Kabupaten Jembrana bermaksud menyusun rencana pendirian SMK Muhammadiyah dan klinik pratama di wilayah Kecamatan Melaya. Mohon kiranya dapat diberikan data jumlah penduduk usia 13-18 tahun per kecamatan, angka partisipasi sekolah, serta persentase penduduk miskin Kabupaten Jembrana tahun terakhir.

        Atas bantuannya kami ucapkan jazakumullah khairan.

        Wassalamu'alaikum warahmatullahi wabarakatuh

        Sekretaris,
        H. Ahmad Syarif Alaydrus, S.Ag., M.Pd.I.
        '''), name='H. Ahmad Syarif Alaydrus', inst='Pimpinan Daerah Muhammadiyah Kabupaten Jembrana', **F)

    C('f8-req-desa-adat-penyarikan-balinese', 'gmail', 'Nengah Wirasa', 'nengahwirasa.yk@gmail.com',
      'Nunas data krama Desa Adat Yeh Kuning', T('''
        Om Swastyastu,

        Titiang I Nengah Wirasa, Penyarikan Desa Adat Yeh Kuning. Manut pituduh Bendesa Adat, Jero Bendesa I Ketut Sudarma, titiang nunas data jumlah penduduk lan jumlah rumah tangga ring Desa Yeh Kuning, Kecamatan Jembrana, warsa 2025, sane pacang kaanggen nyusun pararem indik krama tamiu.

        Yening wenten, titiang taler nunas data penduduk pendatang (migrasi masuk) ring desa punika.

        Matur suksma.

        Om Santih, Santih, Santih Om
        '''), name='I Nengah Wirasa', inst='Desa Adat Yeh Kuning', **F)

    C('f8-req-credit-union-palasari-thunderbird', 'thunderbird', 'FX Nyoman Sudarma', 'cusumberkasih@gmail.com',
      'Mohon data untuk rencana tempat pelayanan baru', T('''
        Salam damai Kristus,

        Kami Pengurus Koperasi Kredit Sumber Kasih Palasari (Credit Union). Tahun 2027 kami berencana membuka Tempat Pelayanan baru di Kecamatan Mendoyo. Untuk kajian kelayakan, kami mohon data jumlah penduduk usia 20-64 tahun, jumlah rumah tangga, dan rata-rata pengeluaran rumah tangga per kecamatan di Kabupaten Jembrana.

        Terima kasih atas bantuan Bapak/Ibu.

        Hormat kami,
        Fransiskus Xaverius Nyoman Sudarma
        Ketua Pengurus
        Koperasi Kredit Sumber Kasih Palasari
        '''), name='Fransiskus Xaverius Nyoman Sudarma', inst='Koperasi Kredit Sumber Kasih Palasari', **F)

    C('f8-req-kelompok-wanita-nelayan-iphone', 'iphone', 'siti khotijah', 'sitikhotijah.cupel@gmail.com',
      'data ikan pindang', T('''
        Assalamualaikum bu/pak. sy Siti Khotijah ketua Kelompok Wanita Nelayan Mina Sari Desa Cupel. kami usaha pemindangan ikan. mau minta data produksi ikan tongkol & lemuru per bulan di jembrana thn 2025 utk proposal ke dinas. trima kasih

        Dikirim dari iPhone saya
        '''), name='Siti Khotijah', inst='Kelompok Wanita Nelayan Mina Sari Desa Cupel', **F)

    C('f8-req-kelompok-ternak-lowercase-plain', 'plain', 'ketut murda', 'ketutmurda65@gmail.com', 'data sapi', T('''
        om swastyastu pak/bu

        tiang i ketut murda ketua kelompok ternak sapi bali amerta sari desa manggissari. mohon bantu data populasi sapi bali per desa di kecamatan pekutatan th 2024 dan 2025, sama harga sapi hidup kalau ada. utk usulan bantuan bibit ke dinas pertanian.

        suksma
        '''), name='i ketut murda', inst='kelompok ternak sapi bali amerta sari desa manggissari', **F)

    C('f8-req-karang-taruna-bisa-dibantu', 'gmail', 'Wayan Eka Pratama', 'ekapratama.kt@gmail.com', 'Mohon bantuan', T('''
        Om Swastyastu min, saya Wayan Eka Pratama dari Karang Taruna Dharma Putra Desa Pergung. Kami mau minta tolong soal data untuk kegiatan kami, kira-kira bisa dibantu nggak ya? Suksma.
        '''), name='Wayan Eka Pratama', inst='Karang Taruna Dharma Putra Desa Pergung', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Schools, health, media, research
    # ------------------------------------------------------------------------------------------------
    C('f8-req-mtsn-pupil-group-kak', 'gmail', 'nur azizah', 'nurazizah.mtsn1@gmail.com', 'tugas IPS kelompok 3', T('''
        assalamualaikum kak, maaf ganggu 🙏

        aku Nur Azizah kelas IX-B MTsN 1 Jembrana, sekretaris kelompok 3 (ketuanya Muhammad Faiz). kami disuruh bu guru bikin poster tentang penduduk jembrana. boleh minta data jumlah penduduk per kecamatan sama laki2 perempuannya tahun 2025 kak? makasih banyak kak

        wassalamualaikum
        '''), name='Nur Azizah', inst='MTsN 1 Jembrana', **F)

    C('f8-req-klinik-utama-dr-sp-chinese', 'outlook', 'dr. Lie Siu Ling, Sp.OG', 'admin@klinikkasihibu-negara.com',
      'Permohonan data penduduk perempuan dan kelahiran', T('''
        Dengan hormat,

        Saya dr. Lie Siu Ling, Sp.OG, penanggung jawab Klinik Utama Kasih Ibu Negara. Kami sedang merencanakan pengembangan layanan persalinan dan memerlukan data:
        1. jumlah penduduk perempuan usia 15-49 tahun per kecamatan, 2025;
        2. angka kelahiran total (TFR) Kabupaten Jembrana, hasil Long Form SP2020 atau proyeksi terbaru;
        3. persentase persalinan di fasilitas kesehatan (Susenas).

        Hormat saya,
        dr. Lie Siu Ling, Sp.OG
        Klinik Utama Kasih Ibu Negara
        Jl. Gajah Mada No. 41, Negara
        '''), name='dr. Lie Siu Ling', inst='Klinik Utama Kasih Ibu Negara', **F)

    C('f8-req-radio-penyiar-ida-bagus-iphone', 'iphone', 'Gus Yoga', 'gusyoga.swara@gmail.com', 'Data utk siaran pagi', T('''
        Om swastyastu, sy Ida Bagus Yoga Pramana, penyiar Radio Swara Jembrana. Besok pagi ada talkshow soal pengangguran anak muda. Boleh minta angka TPT Jembrana Agustus 2025 dan TPT usia 15-24 thn kalau ada? Suksma 🙏

        Sent from my iPhone
        '''), name='Ida Bagus Yoga Pramana', inst='Radio Swara Jembrana', **F)

    C('f8-req-bali-tv-kontributor-dewa', 'gmail', 'Dewa Suparta', 'dewasuparta.balitv@gmail.com',
      'Permohonan data untuk liputan NTP', T('''
        Selamat siang,

        Saya Dewa Gede Ngurah Suparta, kontributor Bali TV untuk wilayah Jembrana. Kami akan membuat liputan khusus tentang kesejahteraan petani menjelang musim tanam. Mohon data Nilai Tukar Petani Provinsi Bali tiga bulan terakhir dan produksi padi Jembrana 2025 dibanding 2024.

        Jika memungkinkan kami juga ingin wawancara singkat dengan statistisi yang ditunjuk, untuk penjelasan angka-angka tersebut.

        Terima kasih.
        Dewa Suparta
        '''), name='Dewa Gede Ngurah Suparta', inst='Bali TV', wrap=72, **F)

    C('f8-req-freelance-journalist-no-inst', 'gmail', 'Yohana Sinaga', 'yohana.sinaga.writes@gmail.com',
      'Pertanyaan data pekerja migran kapal pesiar', T('''
        Halo PST BPS Jembrana,

        Saya Yohana Margaretha Sinaga, jurnalis lepas. Saya tidak terikat dengan satu media; liputan ini nantinya akan saya tawarkan ke beberapa media nasional. Saya sedang menulis tentang anak muda Jembrana yang bekerja di kapal pesiar.

        Pertanyaan saya:
        1. Apakah ada data jumlah penduduk Jembrana yang bekerja di luar negeri, per kecamatan?
        2. Berapa persen rumah tangga di Jembrana yang menerima kiriman uang dari luar negeri?

        Terima kasih sebelumnya.

        Salam,
        Yohana
        '''), name='Yohana Margaretha Sinaga', **F)

    C('f8-req-online-news-signature-only', 'gmail', 'Redaksi Jembrana Update', 'redaksi@jembranaupdate.com',
      'Konfirmasi angka kemiskinan dan inflasi', T('''
        Selamat sore,

        Mohon konfirmasi: benarkah persentase penduduk miskin Kabupaten Jembrana Maret 2026 turun menjadi 4,1 persen? Kami juga memerlukan angka inflasi tahunan (y-on-y) Oktober 2026 untuk Bali. Berita akan tayang besok pagi.

        Terima kasih.

        --
        Rizal Fahmi
        Redaktur Pelaksana
        JembranaUpdate.com
        WA 0857-3711-xxxx
        '''), name='Rizal Fahmi', inst='JembranaUpdate.com', **F)

    C('f8-req-smeru-researcher-names-partners', 'outlook', 'Nurul Fadhilah Rasyid', 'nrasyid@smeru.or.id',
      'Data request: kemiskinan dan perlindungan sosial Jembrana', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Saya Nurul Fadhilah Rasyid, peneliti di The SMERU Research Institute, Jakarta. Saat ini kami melaksanakan studi evaluasi program perlindungan sosial adaptif bekerja sama dengan Kementerian PPN/Bappenas dan UNICEF Indonesia; Jembrana menjadi salah satu dari enam kabupaten studi kasus.

        Kami memohon data berikut:
        1. persentase penduduk miskin dan garis kemiskinan Kabupaten Jembrana 2019-2025;
        2. persentase rumah tangga penerima bantuan sosial (PKH, BPNT) menurut kelompok pengeluaran, Susenas 2024/2025, jika dapat disajikan untuk tingkat kabupaten;
        3. jumlah penduduk menurut kecamatan dan jenis kelamin 2025.

        Kami juga berharap dapat berdiskusi dengan statistisi BPS Jembrana mengenai keterbatasan estimasi tingkat kabupaten.

        Salam,
        Nurul Fadhilah Rasyid
        Researcher | The SMERU Research Institute
        '''), name='Nurul Fadhilah Rasyid', inst='The SMERU Research Institute', **F)

    C('f8-req-desa-operator-konsultasi-only', 'gmail', 'Kadek Ari Wibawa', 'ariwibawa.sid@gmail.com',
      'Mohon waktu konsultasi indikator kemiskinan desa', T('''
        Selamat pagi Bapak/Ibu,

        Saya Kadek Ari Wibawa, operator Sistem Informasi Desa di Kantor Desa Yehembang Kangin. Kami diminta menyusun indikator kemiskinan tingkat desa untuk RPJMDes, tetapi kami bingung apakah boleh memakai garis kemiskinan kabupaten dan bagaimana cara menghitung persentasenya dari data DTSEN.

        Mohon kesediaan Bapak/Ibu memberi waktu konsultasi, bisa tatap muka di kantor BPS atau lewat Zoom.

        Terima kasih.
        '''), name='Kadek Ari Wibawa', inst='Kantor Desa Yehembang Kangin', **F)

    # ------------------------------------------------------------------------------------------------
    # Students and lecturers in Indonesia
    # ------------------------------------------------------------------------------------------------
    C('f8-req-ut-student-works-in-negara', 'gmail', 'Putu Ayu Sandiasih', 'ayusandiasih@gmail.com',
      'Permohonan data untuk Tugas Akhir Program Magister (TAPM)', T('''
        Selamat pagi Bapak/Ibu,

        Nama saya Putu Ayu Sandiasih, mahasiswa Program Magister Administrasi Publik Universitas Terbuka (UPBJJ-UT Denpasar), NIM 530081xxx. Sehari-hari saya bekerja di Negara, jadi kuliah saya jalani secara jarak jauh.

        Untuk TAPM saya tentang kualitas pelayanan publik di tingkat kecamatan, saya memerlukan data jumlah penduduk, jumlah rumah tangga, dan luas wilayah per kecamatan di Kabupaten Jembrana tahun 2021-2025.

        Terima kasih atas bantuannya.

        Hormat saya,
        Putu Ayu Sandiasih
        '''), name='Putu Ayu Sandiasih', inst='Universitas Terbuka', **F)

    C('f8-req-itb-signature-only-multiline', 'gmail', 'Farhan Maulana', 'farhan.maulana@students.itb.ac.id',
      'Permintaan data Podes Jembrana', T('''
        Selamat pagi,

        Saya ingin menanyakan ketersediaan data Potensi Desa (Podes) 2024 untuk Kabupaten Jembrana, khususnya variabel jarak desa ke pusat kecamatan, ketersediaan fasilitas kesehatan, dan jenis permukaan jalan utama desa. Data akan digunakan untuk studio perencanaan wilayah semester ini. Jika data mikro Podes harus diminta melalui layanan BPS pusat, mohon informasinya.

        Terima kasih.

        Salam,
        Farhan Maulana Siregar
        Program Studi Perencanaan Wilayah dan Kota
        Sekolah Arsitektur, Perencanaan dan Pengembangan Kebijakan
        Institut Teknologi Bandung
        '''), name='Farhan Maulana Siregar', inst='Institut Teknologi Bandung', **F)

    C('f8-req-uin-jakarta-arab-indonesian', 'gmail', 'Salma Nabila', 'salma.nabila21@mhs.uinjkt.ac.id',
      'Permohonan data penduduk Kelurahan Loloan Barat dan Loloan Timur', T('''
        Assalamu'alaikum wr. wb.

        Bapak/Ibu yang saya hormati, perkenalkan saya Salma Nabila Assegaf, mahasiswi Program Studi Sejarah dan Peradaban Islam, Fakultas Adab dan Humaniora, UIN Syarif Hidayatullah Jakarta. Saya sedang menulis skripsi tentang komunitas Melayu Loloan di Negara.

        Apakah saya dapat memperoleh data jumlah penduduk menurut agama di Kelurahan Loloan Barat dan Loloan Timur (2010, 2020, dan tahun terbaru), serta mata pencaharian utama penduduk di kedua kelurahan tersebut?

        Jazakumullah khairan katsiran.

        Wassalamu'alaikum wr. wb.
        Salma
        '''), name='Salma Nabila Assegaf', inst='UIN Syarif Hidayatullah Jakarta', **F)

    C('f8-req-unhi-cokorda-yahoo', 'yahoo', 'Cok Istri Mas', 'cokistrimas@yahoo.com',
      'Permohonan data wisatawan dan desa wisata', T('''
        Om Swastyastu,

        Dengan hormat, tiang Cokorda Istri Agung Mas Pramesti, mahasiswi Program Magister Ilmu Agama dan Kebudayaan, Universitas Hindu Indonesia. Tesis tiang membahas pariwisata spiritual di Pura Rambut Siwi dan Pura Gede Perancak.

        Tiang mohon data jumlah kunjungan wisatawan ke Kabupaten Jembrana per bulan tahun 2023-2025 serta jumlah desa wisata menurut kecamatan.

        Matur suksma atas bantuannya.

        Om Santih, Santih, Santih Om
        '''), name='Cokorda Istri Agung Mas Pramesti', inst='Universitas Hindu Indonesia', **F)

    C('f8-req-uns-dosen-thunderbird-degrees', 'thunderbird', 'Sri Lestari Wahyuningsih', 'srilestari.w@staff.uns.ac.id',
      'Permohonan data harga produsen kakao', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        c.q. Pelayanan Statistik Terpadu

        Dengan hormat,
        bersama ini kami mohon bantuan data harga produsen biji kakao bulanan di Provinsi Bali dan, bila tersedia, di Kabupaten Jembrana tahun 2020-2026, serta data jumlah rumah tangga usaha perkebunan kakao hasil ST2023 menurut kecamatan. Data tersebut akan digunakan dalam penelitian hibah fundamental "Rantai Nilai Kakao Fermentasi di Bali Barat".

        Atas perhatian dan bantuannya kami sampaikan terima kasih.

        Hormat kami,

        -- 
        Dr. Sri Lestari Wahyuningsih, S.P., M.Si.
        Program Studi Agribisnis, Fakultas Pertanian
        Universitas Sebelas Maret
        Jl. Ir. Sutami 36A, Surakarta
        '''), name='Dr. Sri Lestari Wahyuningsih', inst='Universitas Sebelas Maret', **F)

    C('f8-req-unand-minang-ambo', 'gmail', 'Fadhli Rahman', 'fadhlirahman.piliang@gmail.com',
      'Minta data migrasi masuk Jembrana', T('''
        Assalamualaikum Pak/Buk,

        Ambo Fadhli Rahman Piliang, mahasiswa S1 Sosiologi Universitas Andalas, Padang. Saya lagi meneliti perantau Minang yang berdagang di Bali, salah satunya di Pasar Umum Negara. Mohon bantuan data jumlah migran masuk (migrasi risen) ke Kabupaten Jembrana menurut provinsi asal, hasil SP2020 Long Form atau SUPAS 2015.

        Terima kasih banyak Pak/Buk.
        Fadhli
        '''), name='Fadhli Rahman Piliang', inst='Universitas Andalas', **F)

    C('f8-req-unm-bugis-supervisor-unhas', 'gmail', 'Andi Nurul Fitriani', 'andinurulfitriani@gmail.com',
      'Permohonan Data Nelayan Andon di Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Saya Andi Nurul Fitriani, mahasiswi Program Studi Pendidikan Geografi Universitas Negeri Makassar. Skripsi saya dibimbing oleh Prof. Dr. Muhammad Arsyad dari Universitas Hasanuddin (pembimbing luar) dan membahas nelayan andon asal Sulawesi Selatan di pesisir Jembrana.

        Saya membutuhkan:
        - jumlah rumah tangga perikanan tangkap per desa pesisir di Kecamatan Negara dan Kecamatan Melaya;
        - jumlah penduduk kelahiran Sulawesi Selatan yang tinggal di Kabupaten Jembrana (SP2020).

        Terima kasih atas bantuannya.

        Salam,
        Andi Nurul Fitriani
        '''), name='Andi Nurul Fitriani', inst='Universitas Negeri Makassar', **F)

    C('f8-req-poliwangi-intern-at-ppn', 'gmail', 'Rizky Dwi Cahyono', 'rizkydwic.poliwangi@gmail.com',
      'permohonan data pkl', T('''
        Selamat pagi Bapak/Ibu,

        Saya Rizky Dwi Cahyono, mahasiswa Politeknik Negeri Banyuwangi yang sedang PKL di Pelabuhan Perikanan Nusantara Pengambengan. Pembimbing lapangan saya, Bapak Made Suardika dari PPN Pengambengan, menyarankan saya meminta data ke BPS.

        Data yang saya perlukan: produksi ikan yang didaratkan per bulan di Kabupaten Jembrana tahun 2024-2025 dan jumlah kapal perikanan menurut ukuran GT.

        Terima kasih.
        Rizky
        '''), name='Rizky Dwi Cahyono', inst='Politeknik Negeri Banyuwangi', **F)

    C('f8-req-itekes-need-only-in-subject', 'gmail', 'Eka Yuliantari', 'ekayuliantari.itekes@gmail.com',
      'Mohon data jumlah lansia dan penyandang disabilitas per kecamatan Kab. Jembrana 2025', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Luh Putu Eka Yuliantari, mahasiswi Program Studi Keperawatan Institut Teknologi dan Kesehatan Bali.

        Terima kasih banyak atas bantuannya 🙏
        '''), name='Ni Luh Putu Eka Yuliantari', inst='Institut Teknologi dan Kesehatan Bali', **F)

    C('f8-req-unud-ktm-photo-iphone', 'iphone', 'Gede Krisna', 'gedekrisna.unud@gmail.com', 'data TPK hotel', T('''
        Siang kak, sy Gede Krisna Mahardika mhs pariwisata UNUD. mau minta data tingkat hunian hotel di jembrana per bulan th 2025 buat tugas akhir. sy lampirin foto KTM ya kak. makasi

        Sent from my iPhone
        '''), name='Gede Krisna Mahardika', inst='UNUD', attachments=[JPG('KTM_Gede_Krisna.jpg')], **F)

    # ------------------------------------------------------------------------------------------------
    # Abroad
    # ------------------------------------------------------------------------------------------------
    C('f8-req-uplb-philippines-latin1', 'latin1', 'Maria Cristina Dela Cruz', 'mcdelacruz@up.edu.ph',
      'Request for rice and irrigation statistics (Jembrana)', T('''
        Dear Sir/Madam,

        Good day! I am Maria Cristina Dela Cruz, an MS Agricultural Economics student at the University of the Philippines Los Baños. My thesis compares community irrigation institutions (subak in Bali and zanjera in Ilocos). May I request the following for Jembrana Regency:

        1. Harvested area, production and yield of paddy by kecamatan, 2015-2025;
        2. Number of farm households by land tenure (owner, tenant, sharecropper), ST2023;
        3. Irrigated paddy field area by kecamatan.

        Thank you very much and more power to your office!

        Respectfully yours,
        Maria Cristina Dela Cruz
        '''), name='Maria Cristina Dela Cruz', inst='University of the Philippines Los Baños', lang='en', **F)

    C('f8-req-eth-zurich-html-only', 'html_only', 'Lukas Meier', 'lukas.meier@usys.ethz.ch',
      'Village-level data for a land-use study in West Bali', T('''
        Dear colleagues at BPS Jembrana,

        I am a postdoctoral researcher at ETH Zurich (Department of Environmental Systems Science) studying land-use change between forest, plantation and paddy in West Bali. For my analysis I need village-level data for Jembrana Regency from Podes 2018, 2021 and 2024, in particular the main source of income of the population, the location of the village relative to the forest, and the number of farm households.

        Could you advise whether these tables can be provided and, if not, what the procedure is for requesting Podes microdata as a foreign researcher?

        With best regards,
        Lukas Meier, PhD
        ETH Zurich
        '''), name='Lukas Meier', inst='ETH Zurich', lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Private persons, vague mails, attachments, forwards, old tickets
    # ------------------------------------------------------------------------------------------------
    C('f8-req-private-works-in-gilimanuk-town', 'gmail', 'Agus Setiawan', 'agussetiawan.gmk@gmail.com',
      'Tanya jumlah penumpang Gilimanuk', T('''
        Selamat malm admin,

        Saya Agus Setiawan, kerja di Gilimanuk sebagai sopir travel. Saya ingin tau jumlah penumpang yg menyebrang lewat Pelabuhan Gilimanuk per bulan tahun 2025, soalnya saya dan teman2 mau patungn beli satu mobil lagi dan mau hitung ramai tidaknya. Terimakasih banyak.

        Agus
        '''), name='Agus Setiawan', **F)

    C('f8-req-private-pribadi-yahoo-penggilingan', 'yahoo', 'made sukreni', 'madesukreni@yahoo.com',
      'Minta data sawah Kecamatan Pekutatan', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Made Sukreni, menulis untuk keperluan pribadi, bukan dari instansi. Saya dan suami tinggal di Denpasar dan berencana pulang kampung ke Desa Pangyangan untuk membuka usaha penggilingan padi kecil. Boleh saya minta data luas sawah dan produksi padi di Kecamatan Pekutatan tahun 2023-2025?

        Terima kasih,
        Made Sukreni
        '''), name='Ni Made Sukreni', **F)

    C('f8-req-vague-mau-nanya-iphone', 'iphone', 'Ayu', 'ayuuu.cantik03@gmail.com', 'halo', T('''
        min mau nanya dong 🙏

        Sent from my iPhone
        '''), req=False, **F)

    C('f8-req-disperkim-attached-letter-only', 'outlook', 'Ayu Sriani', 'perkim@jembranakab.go.id', 'Surat Permohonan', T('''
        Selamat pagi,

        Terlampir kami sampaikan surat kami untuk dapat ditindaklanjuti. Atas perhatian dan kerja samanya diucapkan terima kasih.

        Ni Luh Putu Ayu Sriani
        Staf Subbagian Umum dan Kepegawaian
        Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kabupaten Jembrana
        '''), name='Ni Luh Putu Ayu Sriani',
      inst='Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kabupaten Jembrana',
      attachments=[PDF('Surat Permohonan Data Rumah Tidak Layak Huni per Desa.pdf')], **F)

    C('f8-req-fwd-generic-account-perbekel', 'gmail', 'Admin Desa Tuwed', 'admin.desatuwed@gmail.com',
      'Fwd: Permohonan data kemiskinan Desa Tuwed', T('''
        Mohon ditindaklanjuti 🙏

        ---------- Forwarded message ---------
        From: I Putu Sudiarsa <putusudiarsa.tuwed@gmail.com>
        Date: Mon, Nov 23, 2026 at 7:48 AM
        Subject: Permohonan data kemiskinan Desa Tuwed
        To: Admin Desa Tuwed <admin.desatuwed@gmail.com>


        Tolong kirimkan ke BPS Jembrana ya.

        Yth. BPS Kabupaten Jembrana, saya I Putu Sudiarsa, Perbekel Tuwed, mewakili Pemerintah Desa Tuwed. Kami memerlukan data jumlah rumah tangga miskin dan penduduk miskin di Desa Tuwed, serta rumah tangga tanpa akses air minum layak, untuk penetapan sasaran BLT Dana Desa 2027.

        Suksma,
        I Putu Sudiarsa
        Perbekel Tuwed
        '''), name='I Putu Sudiarsa', inst='Pemerintah Desa Tuwed', **F)

    C('f8-req-cites-old-ticket-sma-teacher', 'gmail', 'Gusti Ayu Suryaningsih', 'gungayu.surya@gmail.com',
      'Permohonan data IPM terbaru', T('''
        Selamat pagi Bapak/Ibu,

        Pada bulan Juli lalu saya sudah menerima data IPM Kabupaten Jembrana 2020-2024 dari PST (tiket PST-2026-00862), terima kasih. Sekarang saya memerlukan angka IPM 2025 beserta komponennya untuk bahan ajar kelas XII.

        Saya Gusti Made Ayu Suryaningsih, guru ekonomi di SMA Negeri 1 Melaya.

        Terima kasih.
        '''), name='Gusti Made Ayu Suryaningsih', inst='SMA Negeri 1 Melaya', ticket='PST-2026-00862',
      to='BPS Kabupaten Jembrana <bps5101@bps.go.id>', **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets
    # ------------------------------------------------------------------------------------------------
    C('f8-reply-fields-after-ask-um', 'gmail', 'Fikri Haikal', 'fikrihaikal.um@gmail.com',
      'Re: ' + SUBJ_ASK % 801, T('''
        Mohon maaf Bapak/Ibu, berikut identitas saya:

        Nama  : Muhammad Fikri Haikal
        Asal  : Universitas Negeri Malang (S1 Ekonomi Pembangunan)

        Terima kasih.
        '''), kind='reply', name='Muhammad Fikri Haikal', inst='Universitas Negeri Malang', req=False,
      ticket='PST-2026-00801', quote=gq(ASK, 'id'), **rp(801), **F)

    C('f8-reply-thanks-outlook-long-chain', 'outlook', 'Ni Made Dwi Purnamawati', 'purnamawati.dkp@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 802, T('''
        Selamat siang,

        Data produksi perikanan yang dikirimkan sudah kami terima lengkap dan sudah kami masukkan ke bahan LKPJ. Terima kasih banyak atas bantuannya.

        Salam,
        Ni Made Dwi Purnamawati
        Bidang Perikanan Tangkap
        Dinas Perikanan Kabupaten Jembrana
        '''), kind='reply', name='Ni Made Dwi Purnamawati', inst='Dinas Perikanan Kabupaten Jembrana', req=False,
      ticket='PST-2026-00802',
      quote=oq(DELIV_ID % 802, 'Ni Made Dwi Purnamawati <purnamawati.dkp@jembranakab.go.id>', SUBJ_DATA % 802, 'id')
      + '\n\n' + oq(ACK % (802, 'Ni Made Dwi Purnamawati', 'Dinas Perikanan Kabupaten Jembrana',
                           'Produksi perikanan tangkap menurut jenis ikan 2021-2025'),
                    'Ni Made Dwi Purnamawati <purnamawati.dkp@jembranakab.go.id>', SUBJ_ACK % 802, 'id')
      + '\n\n________________________________\nDari: Ni Made Dwi Purnamawati <purnamawati.dkp@jembranakab.go.id>\n'
      'Dikirim: Rabu, 18 November 2026 08.31\nKepada: pst5101@bps.go.id\nPerihal: Permohonan data produksi perikanan\n\n'
      'Selamat pagi,\n\nKami dari Dinas Perikanan Kabupaten Jembrana mohon data produksi perikanan tangkap menurut '
      'jenis ikan tahun 2021-2025.\n\nTerima kasih.\n\nNi Made Dwi Purnamawati', **rp(802), **F)

    C('f8-reply-iphone-top-post-per-desa', 'iphone', 'Sri', 'srii.wahyuni07@gmail.com',
      'Re: ' + SUBJ_DATA % 803, T('''
        Mksh kak udh dikirim 🙏 kalau yg per desa ada jg ga kak? khusus kec. melaya aja, jumlah penduduk per desa 2025

        Sent from my iPhone
        '''), kind='reply', req=True, ticket='PST-2026-00803', quote=iq(DELIV_ID % 803), **rp(803), **F)

    INGRID_FIRST = ('On Thu, Nov 19, 2026 at 4:40 PM Ingrid Johansson <ingrid.johansson@geo.su.se> wrote:\n'
                    '> Dear PST Jembrana,\n>\n> I am a PhD student in human geography at Stockholm University. '
                    'Could you send me the\n> number of households by kecamatan for 2020 and 2025?\n>\n'
                    '> Best regards,\n> Ingrid Johansson')
    C('f8-reply-en-thanks-nested-chain', 'gmail', 'Ingrid Johansson', 'ingrid.johansson@geo.su.se',
      'Re: ' + SUBJ_DATA % 804, T('''
        Thank you so much, the files arrived and they open fine. That's all I needed for now.

        Have a nice week,
        Ingrid
        '''), kind='reply', name='Ingrid', req=False, lang='en', ticket='PST-2026-00804',
      quote=gq(DELIV_EN % 804 + '\n\n' + INGRID_FIRST), in_reply_to=OUR(804, '8a41d07c'),
      references=['CAJp4v0sQeW2mZ7hTgYb@mail.gmail.com', OUR(804, '8a41d07c')], **F)

    C('f8-reply-status-question-new-mail', 'gmail', 'Kadek Yoga Prasetya', 'yogaprasetya.kdk@gmail.com',
      'Menanyakan kelanjutan permohonan data', T('''
        Selamat siang Bapak/Ibu PST,

        Izin menanyakan, permohonan data saya dengan nomor tiket PST-2026-00805 (dikirim 12 November) apakah sudah diproses? Saya belum menerima balasan apa pun, termasuk di folder spam.

        Terima kasih.

        Kadek Yoga Prasetya
        Universitas Dwijendra
        '''), kind='reply', name='Kadek Yoga Prasetya', inst='Universitas Dwijendra', req=False,
      ticket='PST-2026-00805', **F)

    C('f8-reply-yahoo-ktm-and-letter', 'yahoo', 'Komang Arya', 'komangarya.dp@yahoo.com',
      'Re: ' + SUBJ_ASK % 806, T('''
        Selamat pagi Bapak/Ibu,

        Sesuai permintaan, bersama ini saya lampirkan foto KTM dan surat pengantar dari kampus. Nama saya Komang Arya Dharma Putra, mahasiswa Universitas Tabanan.

        Terima kasih.
        '''), kind='reply', name='Komang Arya Dharma Putra', inst='Universitas Tabanan', req=False,
      ticket='PST-2026-00806', quote=yq(ASK),
      attachments=[JPG('KTM Komang Arya.jpg'), PDF('Surat Pengantar Fakultas.pdf')], **rp(806), **F)

    C('f8-reply-thunderbird-bottom-post-corrects', 'thunderbird', 'Desak Putu Ayu Kusumawati', 'desakayu.k@gmail.com',
      'Re: ' + SUBJ_ACK % 807,
      tq(ACK % (807, 'Desak Putu Ayu Kusumawati', '-', 'Jumlah wisatawan mancanegara 2015-2019')) + '\n\n' + T('''
        Mohon maaf, ada kesalahan tahun. Yang saya butuhkan jumlah wisatawan mancanegara tahun 2021-2025, bukan 2015-2019.

        -- 
        Desak Putu Ayu Kusumawati
        '''), kind='reply', name='Desak Putu Ayu Kusumawati', req=True, ticket='PST-2026-00807', **rp(807), **F)

    C('f8-reply-adds-inst-mentions-supervisor-brin', 'gmail', 'Yudhistira Pratama', 'yudhis.pratama@ui.ac.id',
      'Re: ' + SUBJ_ASK % 808, T('''
        Selamat siang,

        Baik, saya lengkapi. Saya Yudhistira Pratama, mahasiswa S2 Ilmu Kependudukan Universitas Indonesia. Tesis saya dibimbing bersama oleh Dr. Hasan Basri dari Pusat Riset Kependudukan BRIN.

        Terima kasih.
        '''), kind='reply', name='Yudhistira Pratama', inst='Universitas Indonesia', req=False,
      ticket='PST-2026-00808', quote=gq(ASK, 'id'), **rp(808), **F)

    C('f8-reply-html-only-asks-excel', 'html_only', 'Gusti Ayu Ketut Sri Wahyuni', 'sriwahyuni.ekon@jembranakab.go.id',
      'Re: ' + SUBJ_DATA % 809, T('''
        Yth. Petugas PST,

        Terima kasih, datanya sudah kami terima. Namun file yang dikirim berformat PDF; mohon dikirimkan juga tabel PDRB yang sama dalam format Excel agar dapat kami olah untuk bahan rapat TAPD.

        Hormat kami,
        Gusti Ayu Ketut Sri Wahyuni
        Badan Keuangan Daerah Kabupaten Jembrana
        '''), kind='reply', name='Gusti Ayu Ketut Sri Wahyuni', inst='Badan Keuangan Daerah Kabupaten Jembrana',
      req=True, ticket='PST-2026-00809', quote=gq(DELIV_ID % 809, 'id'), **rp(809), **F)

    C('f8-reply-outlook-cancels-single-name', 'outlook', 'Suparmi', 'suparmi.kecmelaya@gmail.com',
      'RE: ' + SUBJ_ACK % 810, T('''
        Selamat pagi,

        Mohon maaf, permintaan data kami dibatalkan saja karena rapat koordinasinya ditunda sampai tahun depan. Nanti kalau sudah ada jadwal baru kami ajukan lagi.

        Terima kasih atas perhatiannya.

        Suparmi
        Kantor Camat Melaya
        '''), kind='reply', name='Suparmi', inst='Kantor Camat Melaya', req=False, ticket='PST-2026-00810',
      quote=oq(ACK % (810, 'Suparmi', 'Kantor Camat Melaya', 'Jumlah penduduk per desa menurut kelompok umur 2025'),
               'Suparmi <suparmi.kecmelaya@gmail.com>', SUBJ_ACK % 810, 'id'), **rp(810), **F)

    C('f8-reply-colleague-answers-for-staff', 'gmail', 'Putu Ayu Maharani', 'ayumaharani.bapperida@gmail.com',
      'Re: ' + SUBJ_DATA % 811, T('''
        Selamat siang,

        Saya Putu Ayu Maharani, rekan satu bidang Ibu Ketut Sariani di Bapperida Kabupaten Jembrana. Beliau sedang cuti, jadi saya yang membalas: data IPM yang dikirim sudah kami terima dan sudah diteruskan ke Kepala Bidang. Terima kasih.

        Salam,
        Ayu
        '''), kind='reply', name='Putu Ayu Maharani', inst='Bapperida Kabupaten Jembrana', req=False,
      ticket='PST-2026-00811', quote=gq(DELIV_ID % 811, 'id'), **rp(811), **F)

    C('f8-reply-en-followup-by-age', 'gmail', 'Haruto Sato', 'haruto.sato@apu.ac.jp',
      'Re: ' + SUBJ_DATA % 812, T('''
        Dear PST team,

        Thank you for the population tables. Could you also send the same figures broken down by five-year age group and sex for Kecamatan Negara and Kecamatan Melaya, for 2020 and 2025?

        Best regards,
        Haruto Sato
        '''), kind='reply', name='Haruto Sato', req=True, lang='en', ticket='PST-2026-00812',
      quote=gq(DELIV_EN % 812), **rp(812), **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f8-rating-kata-tiga-reply-gmail', 'gmail', 'Ratna Sari', 'luhratnasari@gmail.com',
      'Re: ' + SUBJ_RATE % 821, T('''
        Selamat sore,

        Terima kasih sudah dibantu. Untuk penilaian, saya beri nilai tiga saja ya. Datanya sebenarnya sesuai, tapi baru saya terima setelah 8 hari kerja dan sebagian tabel masih tahun 2023.

        Salam,
        Luh Ratna
        '''), kind='rating', rating=3, name='Luh Ratna', req=False, ticket='PST-2026-00821',
      quote=gq(RATE_ID % 821, 'id'), **rp(821), **F)

    C('f8-rating-outlook-sangat-puas-staff-named', 'outlook', 'I Gede Ngurah Putra Wijaya', 'putrawijaya.dlh@jembranakab.go.id',
      'RE: ' + SUBJ_RATE % 822, T('''
        Selamat pagi,

        Sangat puas, nilai 5. Terima kasih khususnya kepada Ibu Komang di PST yang membantu menjelaskan perbedaan proyeksi penduduk dan data registrasi.

        Salam,
        I Gede Ngurah Putra Wijaya
        Dinas Lingkungan Hidup Kabupaten Jembrana
        '''), kind='rating', rating=5, name='I Gede Ngurah Putra Wijaya', inst='Dinas Lingkungan Hidup Kabupaten Jembrana',
      req=False, ticket='PST-2026-00822',
      quote=oq(RATE_ID % 822, 'I Gede Ngurah Putra Wijaya <putrawijaya.dlh@jembranakab.go.id>', SUBJ_RATE % 822, 'id'),
      **rp(822), **F)

    C('f8-rating-iphone-empat-bintang', 'iphone', 'wyn', 'wyn.sudarsana@gmail.com', 'Re: ' + SUBJ_RATE % 823, T('''
        4 bintang kak 👍 makasih

        Sent from my iPhone
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-00823', quote=iq(RATE_ID % 823), **rp(823), **F)

    C('f8-rating-en-five-of-five-affiliation', 'gmail', 'Haruto Sato', 'haruto.sato@apu.ac.jp',
      'Re: ' + SUBJ_RATE % 824, T('''
        Happy to rate it 5 out of 5. Clear answers, and your staff even pointed out a break in the 2020 series that I had missed.

        Best,
        Haruto Sato
        Ritsumeikan Asia Pacific University
        '''), kind='rating', rating=5, name='Haruto Sato', inst='Ritsumeikan Asia Pacific University', req=False,
      lang='en', ticket='PST-2026-00824', quote=gq(RATE_EN % 824), **rp(824), **F)

    C('f8-rating-thunderbird-unicode-stars', 'thunderbird', 'Dewa Ketut Adi Saputra', 'dewaadi.saputra@gmail.com',
      'Re: ' + SUBJ_RATE % 825, T('''
        ★★★★☆

        Cepat dan jelas, hanya saja tabel per desanya belum ada.

        Dewa Ketut Adi Saputra
        '''), kind='rating', rating=4, name='Dewa Ketut Adi Saputra', req=False, ticket='PST-2026-00825',
      quote=tq(RATE_ID % 825), **rp(825), **F)

    C('f8-rating-outlook-dua-with-numbers', 'outlook', 'Hendrik Wijaya', 'hendrik.wijaya@outlook.co.id',
      'RE: ' + SUBJ_RATE % 826, T('''
        Nilai: 2 (tidak puas)

        Alasan: saya meminta data 2020-2025 tetapi yang dikirim hanya 2 tahun, dan balasan pertama baru datang setelah 6 hari kerja.

        Hormat saya,
        Hendrik Wijaya
        '''), kind='rating', rating=2, name='Hendrik Wijaya', req=False, ticket='PST-2026-00826',
      quote=oq(RATE_ID % 826, 'Hendrik Wijaya <hendrik.wijaya@outlook.co.id>', SUBJ_RATE % 826, 'id'), **rp(826), **F)

    C('f8-rating-new-mail-ticket-in-subject', 'gmail', 'Wayan Sudani', 'wayansudani.kwt@gmail.com',
      'Penilaian layanan tiket PST-2026-00827', T('''
        Om Swastyastu,

        Nilai dari saya: 5. Pelayanannya cepat dan ramah, datanya langsung bisa kami pakai untuk rapat kelompok.

        Suksma,
        Ni Wayan Sudani
        '''), kind='rating', rating=5, name='Ni Wayan Sudani', req=False, ticket='PST-2026-00827', **F)

    C('f8-rating-yahoo-empat-dari-lima-words', 'yahoo', 'Putu Kartika', 'putukartika88@yahoo.com',
      'Re: ' + SUBJ_RATE % 828, T('''
        Puas, empat dari lima. Mungkin lain kali tabel per desanya bisa langsung disertakan tanpa harus diminta ulang.
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-00828', quote=yq(RATE_ID % 828), **rp(828), **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints and suggestions
    # ------------------------------------------------------------------------------------------------
    C('f8-complaint-polite-pdrb-mismatch-lecturer', 'gmail', 'Made Suka Adnyana', 'sukaadnyana@unud.ac.id',
      'Masukan: perbedaan angka PDRB Jembrana', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Mohon maaf sebelumnya, izin menyampaikan masukan. Angka PDRB ADHB Kabupaten Jembrana 2024 pada publikasi Kabupaten Jembrana Dalam Angka 2026 berbeda dengan angka pada tabel dinamis di website (selisih sekitar 212 miliar rupiah), tanpa catatan bahwa salah satunya angka revisi. Mahasiswa saya menjadi bingung angka mana yang harus dikutip.

        Mohon kiranya dapat diperiksa dan diberi catatan pada tabel yang bersangkutan. Terima kasih atas perhatiannya.

        Hormat saya,
        Dr. I Made Suka Adnyana, S.E., M.Si.
        Fakultas Ekonomi dan Bisnis
        Universitas Udayana
        '''), kind='complaint', name='Dr. I Made Suka Adnyana', inst='Universitas Udayana', req=False, **F)

    C('f8-complaint-angry-reply-ack', 'gmail', 'Yusuf Maulana', 'yusuf.maulana@karyabahari.co.id',
      'Re: ' + SUBJ_ACK % 832, T('''
        Sudah 10 hari kerja sejak email ini dan belum ada kabar sama sekali. Telepon ke kantor juga tidak diangkat. Kalau memang tidak bisa, tolong sampaikan dari awal supaya kami tidak menunggu tanpa kepastian.

        Yusuf Maulana
        PT Karya Bahari Nusantara
        '''), kind='complaint', name='Yusuf Maulana', inst='PT Karya Bahari Nusantara', req=False,
      ticket='PST-2026-00832',
      quote=gq(ACK % (832, 'Yusuf Maulana', 'PT Karya Bahari Nusantara', 'Produksi perikanan tangkap 2020-2025'), 'id'),
      **rp(832), **F)

    C('f8-complaint-en-no-reply-ticket-in-body', 'gmail', 'Emily Hartmann', 'emily.hartmann@sydney.edu.au',
      'No response to my data request', T('''
        Dear PST team,

        I submitted a data request three weeks ago (ticket PST-2026-00833) and received only the automatic acknowledgement. I have written twice since then without any answer. I understand that offices are busy, but a short note on the expected timeline would have been appreciated.

        Regards,
        Dr. Emily Hartmann
        School of Geosciences, The University of Sydney
        '''), kind='complaint', name='Dr. Emily Hartmann', inst='The University of Sydney', req=False, lang='en',
      ticket='PST-2026-00833', **F)

    C('f8-complaint-anon-website-down-iphone', 'iphone', 'gst', 'gst.jbr21@gmail.com', 'web error', T('''
        web bps jembrana error trs dr kemarin, ga bisa download apa2. tolong diperbaiki lah

        Sent from my iPhone
        '''), kind='complaint', req=False, **F)

    C('f8-complaint-counter-wait-anak-agung', 'yahoo', 'Gung Mas', 'gungmas.ratna@yahoo.com', 'Pelayanan di kantor', T('''
        Selamat siang,

        Saya Anak Agung Ayu Mas Ratnawati. Hari Kamis kemarin saya datang ke ruang PST jam 10 pagi dan menunggu hampir satu jam, padahal tidak ada pengunjung lain. Petugas yang ada sibuk dengan telepon genggamnya. Mohon menjadi perhatian agar pengunjung berikutnya tidak mengalami hal yang sama.

        Terima kasih.
        '''), kind='complaint', name='Anak Agung Ayu Mas Ratnawati', req=False, **F)

    C('f8-complaint-suggestion-phri-monthly', 'gmail', 'Komang Sudiasa', 'phri.jembrana@gmail.com',
      'Usulan rilis data hunian hotel bulanan', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Kami dari PHRI Kabupaten Jembrana ingin menyampaikan usulan. Selama ini tingkat penghunian kamar hanya dirilis untuk tingkat provinsi, sehingga anggota kami di Jembrana sulit membandingkan kinerjanya. Kami berharap ke depan BPS dapat merilis angka tingkat kabupaten, setidaknya triwulanan, dan mengundang asosiasi saat sosialisasi survei.

        Hormat kami,
        I Komang Sudiasa
        Ketua PHRI Kabupaten Jembrana
        '''), kind='complaint', name='I Komang Sudiasa', inst='PHRI Kabupaten Jembrana', req=False, **F)

    C('f8-complaint-reply-file-rusak-outlook', 'outlook', 'Ketut Wiranata', 'ketut.wiranata@bprlestari.co.id',
      'RE: ' + SUBJ_DATA % 837, T('''
        Selamat sore,

        File lampiran yang dikirim tidak bisa dibuka (rusak), dan dari pratinjaunya terlihat isinya data tahun 2019, bukan yang kami minta. Karena terdesak waktu, data tersebut akhirnya saya cari sendiri di website. Sangat disayangkan.

        Ketut Wiranata
        PT BPR Lestari Jembrana
        '''), kind='complaint', name='Ketut Wiranata', inst='PT BPR Lestari Jembrana', req=False,
      ticket='PST-2026-00837',
      quote=oq(DELIV_ID % 837, 'Ketut Wiranata <ketut.wiranata@bprlestari.co.id>', SUBJ_DATA % 837, 'id'),
      **rp(837), **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f8-ooo-outlook-en-conference-headers', 'outlook', 'Lukas Meier', 'lukas.meier@usys.ethz.ch',
      'Automatic reply: ' + SUBJ_DATA % 841, T('''
        Thank you for your email. I am attending a conference in Nairobi until 4 December 2026 with limited access to email. For urgent matters please contact the group secretariat at landsystems@usys.ethz.ch.

        Kind regards,
        Lukas Meier
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-00841',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(841), **F)

    C('f8-ooo-gmail-cuti-natal-headers', 'gmail', 'Maria Goreti Nona', 'maria.nona@sayangianak.or.id',
      'Re: ' + SUBJ_ACK % 842, T('''
        Terima kasih atas email Anda. Saya sedang cuti sampai 4 Januari 2027 dan akan membalas setelah kembali. Untuk urusan program silakan menghubungi kantor yayasan di nomor (0365) 41xxx.

        Selamat Natal dan Tahun Baru.
        Maria
        '''), kind='auto_reply', req=False, ticket='PST-2026-00842',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(842), **F)

    C('f8-ooo-cs-own-ticket-number', 'plain', 'Customer Service PT Karya Bahari Nusantara', 'cs@karyabahari.co.id',
      '[CS#20261123-0087] Re: ' + SUBJ_DATA % 843, T('''
        Pelanggan yang terhormat,

        Terima kasih telah menghubungi kami. Pesan Anda telah kami terima dengan nomor referensi CS#20261123-0087. Tim kami akan merespons dalam 1x24 jam pada hari kerja.

        Email ini dikirim otomatis, mohon tidak membalas.
        '''), kind='auto_reply', req=False, ticket='PST-2026-00843',
      extra=[('Auto-Submitted', 'auto-generated'), ('X-Autoreply', 'yes')], **F)

    C('f8-ooo-address-inactive-body-only', 'plain', 'Dinas Pariwisata', 'disparbud.lama@jembranakab.go.id',
      'Re: ' + SUBJ_ACK % 844, T('''
        Alamat email ini sudah tidak aktif sejak 1 Oktober 2026. Silakan kirimkan surat dan email Anda ke alamat baru: disparbud@jembranakab.go.id.

        Pesan ini dikirim secara otomatis.
        '''), kind='auto_reply', req=False, ticket='PST-2026-00844', **F)

    C('f8-ooo-plain-kunker-body-only', 'plain', 'I Ketut Suarbawa', 'ketut.suarbawa@jembranakab.go.id',
      'Re: ' + SUBJ_DATA % 845, T('''
        Balasan otomatis: saya sedang mendampingi kunjungan kerja ke Jakarta tanggal 23-26 November 2026 dan akan membalas email setelah kembali ke kantor.
        '''), kind='auto_reply', req=False, ticket='PST-2026-00845', **rp(845), **F)

    C('f8-ooo-outlook-id-own-subject-no-ticket', 'outlook', 'Bambang Sutrisno', 'bambang.sutrisno@bulog.co.id',
      'Balasan Otomatis: Di luar kantor', T('''
        Yth. Bapak/Ibu,

        Saya sedang melaksanakan monitoring penyerapan gabah di lapangan sampai dengan 27 November 2026 dan akses email terbatas. Untuk keperluan mendesak silakan menghubungi Seksi Operasional melalui telepon (0365) 41xxx.

        Salam,
        Bambang Sutrisno
        '''), kind='auto_reply', req=False,
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(846), **F)

    # ------------------------------------------------------------------------------------------------
    # Bounces
    # ------------------------------------------------------------------------------------------------
    D('f8-dsn-postfix-domain-typo', dict(recipient='fikrihaikal.um@gmial.com', original_message_id=OUR(851, '8a41d07c'),
                                        orig_subject=SUBJ_ACK % 851,
                                        text=('This is the mail system at host mx.bps.go.id.\n\n'
                                              "I'm sorry to have to inform you that your message could not\n"
                                              'be delivered to one or more recipients.\n\n'
                                              '<fikrihaikal.um@gmial.com>: Host or domain name not found. Name service error\n'
                                              '    for name=gmial.com type=MX: Host not found')),
      'PST-2026-00851', **F)

    D('f8-dsn-exim-quota', dict(
        recipient='komangarya.dp@yahoo.com', original_message_id=OUR(852, '8a41d07c'), orig_subject=SUBJ_DATA % 852,
        status='5.2.2',
        **{'from': 'Mail Delivery System <Mailer-Daemon@relay.bps.go.id>',
           'subject': 'Mail delivery failed: returning message to sender',
           'text': ('This message was created automatically by mail delivery software.\n\n'
                    'A message that you sent could not be delivered to one or more of its\n'
                    'recipients. This is a permanent error. The following address(es) failed:\n\n'
                    '  komangarya.dp@yahoo.com\n'
                    '    host mta7.am0.yahoodns.net [67.195.204.72]\n'
                    '    SMTP error from remote mail server after RCPT TO:<komangarya.dp@yahoo.com>:\n'
                    '    552 1 Requested mail action aborted, mailbox full')}), 'PST-2026-00852', **F)

    D('f8-dsn-gmail-indonesian-not-found', dict(
        recipient='yogaprasetya.kdk@gmail.com', original_message_id=OUR(853, '8a41d07c'), orig_subject=SUBJ_RATE % 853,
        subject='Pemberitahuan Status Pengiriman (Gagal)',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'text': ('Alamat tidak ditemukan\n\n'
                    'Pesan Anda tidak terkirim ke yogaprasetya.kdk@gmail.com karena alamat tersebut tidak ditemukan '
                    'atau tidak dapat menerima email.\n\n'
                    'Tanggapan dari server jarak jauh adalah:\n'
                    '550 5.1.1 The email account that you tried to reach does not exist.')}),
      'PST-2026-00853', lang='id', **F)
