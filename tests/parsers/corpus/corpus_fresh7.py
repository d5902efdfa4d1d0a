# corpus_fresh7.py: a seventh batch, written blind by a fifth independent author who saw neither the parser
# nor its results: formal letters from regency offices, a camat and a village, a hospital unit, puskesmas,
# quarantine and land offices, tax office, DPRD, bank and state ferry company with disclaimers, a cannery,
# consultants, a startup, a homestay, a warung, cooperatives, farmer and fisher groups, a parish, MUI and
# the customary council, NGOs at home and abroad, schools, universities in Indonesia and abroad (Taiwan,
# Japan, Brazil, Hawai'i, Australia), journalists, private persons and expats, forwards, replies in chains
# (Gmail, Outlook, Yahoo, iPhone, bottom-posted), ratings, complaints, auto-replies and bounces
# (set "fresh7"; tickets PST-2026-007xx).
# Aligned before measuring: the author left replies on a ticket as kind "request"; the corpus's rule
# makes them "reply" (ten mails, f7-reply-*), their other labels as written.
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh7')

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
        return dict(in_reply_to=OUR(n), references=[OUR(n)])

    # ------------------------------------------------------------------------------------------------
    # Formal letters from regency, district and village offices
    # ------------------------------------------------------------------------------------------------
    C('f7-req-distan-letter-kadis-ir', 'outlook', 'Dinas Pertanian dan Pangan Kab. Jembrana',
      'distan@jembranakab.go.id', 'Permohonan Data Statistik Pertanian untuk Renstra 2027-2031', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS PERTANIAN DAN PANGAN
        Jl. Surapati No. 1, Negara, Bali 82218 | Telp. (0365) 41xxx

        Negara, 20 November 2026

        Nomor    : 500.7/1184/DPP/2026
        Lampiran : 1 (satu) berkas
        Sifat    : Segera
        Hal      : Permohonan Data Statistik Pertanian

        Kepada
        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
            Negara

        Dengan hormat,

        Dalam rangka penyusunan Rencana Strategis Dinas Pertanian dan Pangan Kabupaten Jembrana Tahun 2027-2031, bersama ini kami mohon bantuan Bapak/Ibu untuk dapat memberikan data sebagai berikut:
        1. Luas panen, produksi, dan produktivitas padi per kecamatan tahun 2021-2025;
        2. Nilai Tukar Petani (NTP) Provinsi Bali menurut subsektor tahun 2023-2025;
        3. Jumlah rumah tangga usaha pertanian hasil Sensus Pertanian 2023 menurut kecamatan.

        Data dimaksud mohon dapat dikirimkan dalam format Excel ke alamat email ini. Untuk koordinasi lebih lanjut dapat menghubungi Sdri. Ni Kadek Ayu Wulandari (0813-3856-xxxx).

        Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Kepala Dinas Pertanian dan Pangan
        Kabupaten Jembrana,


        Ir. I Wayan Sutama, M.Si.
        Pembina Utama Muda
        NIP. 19690814 199503 1 004
        '''), name='Ir. I Wayan Sutama', inst='Dinas Pertanian dan Pangan Kabupaten Jembrana',
      attachments=[PDF('Surat_Permohonan_Data_BPS_1184.pdf')], **F)

    C('f7-req-perbekel-tukadaya-letter', 'gmail', 'Desa Tukadaya', 'desatukadaya.melaya@gmail.com',
      'Permohonan data penduduk & lahan Desa Tukadaya', T('''
        Om Swastyastu,

        Dengan hormat,
        Kami dari Kantor Perbekel Tukadaya sedang menyiapkan bahan Musyawarah Perencanaan Pembangunan Desa (Musrenbangdes) tahun 2027. Sehubungan dengan itu kami memohon data:
        - jumlah penduduk Desa Tukadaya menurut jenis kelamin dan kelompok umur (proyeksi atau hasil registrasi terakhir);
        - data kemiskinan tingkat desa, jika tersedia;
        - luas lahan sawah dan tegalan di Desa Tukadaya.

        Apabila data tingkat desa tidak tersedia, kami mohon saran sumber data lain yang dapat kami gunakan.

        Atas bantuannya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Perbekel Tukadaya


        I Komang Arsana
        '''), name='I Komang Arsana', inst='Kantor Perbekel Tukadaya', wrap=76, **F)

    C('f7-req-camat-pekutatan-allcaps-drs', 'outlook', 'Kecamatan Pekutatan', 'kec.pekutatan@jembranakab.go.id',
      'Permohonan Data Penyusunan Profil Kecamatan Pekutatan 2026', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,
        Menindaklanjuti rapat koordinasi penyusunan Profil Kecamatan Pekutatan Tahun 2026, Kantor Camat Pekutatan memohon bantuan data sebagai berikut:
        a. Jumlah penduduk per desa menurut jenis kelamin tahun 2025;
        b. Jumlah sarana pendidikan dan kesehatan per desa;
        c. Produksi tanaman perkebunan rakyat (kelapa, kakao, cengkeh, kopi) per desa tahun 2025.

        Data mohon dikirim melalui email ini paling lambat tanggal 4 Desember 2026.
        Atas perhatian dan kerja samanya diucapkan terima kasih.

        CAMAT PEKUTATAN,



        Drs. I GUSTI NGURAH PUTU WIRAWAN, M.AP
        Pembina Tk. I (IV/b)
        NIP. 19700512 199303 1 008
        '''), name='Drs. I GUSTI NGURAH PUTU WIRAWAN', inst='Kantor Camat Pekutatan', **F)

    C('f7-req-fwd-bapperida-from-province', 'gmail', 'Eka Yanti', 'ekayanti.bapperida@gmail.com',
      'Fwd: Pengisian Form Evaluasi RKPD 2026 Kabupaten/Kota se-Bali', T('''
        Selamat pagi Bapak/Ibu PST,

        Saya Ni Putu Eka Yanti dari Bapperida Kabupaten Jembrana (Bidang Ekonomi). Menindaklanjuti surat dari Bappeda Provinsi Bali di bawah, kami mohon dukungan data indikator makro Kabupaten Jembrana tahun 2021-2025: pertumbuhan ekonomi, persentase penduduk miskin, TPT, IPM, dan gini ratio, untuk pengisian form evaluasi RKPD.

        Tenggat dari provinsi tanggal 30 November, jadi kalau memungkinkan mohon dibantu minggu ini.

        Terima kasih banyak.

        ---------- Forwarded message ---------
        From: Bappeda Provinsi Bali <bappeda@baliprov.go.id>
        Date: Fri, Nov 20, 2026 at 2:41 PM
        Subject: Pengisian Form Evaluasi RKPD 2026 Kabupaten/Kota se-Bali
        To: <bapperida@jembranakab.go.id>

        Yth. Kepala Bapperida/Bappeda Kabupaten/Kota se-Bali

        Dalam rangka evaluasi pelaksanaan RKPD Tahun 2026, dimohon Saudara mengisi form terlampir dengan data capaian indikator makro daerah masing-masing dan mengirimkannya kembali paling lambat 30 November 2026.

        Kepala Bappeda Provinsi Bali,
        Dr. Ir. I Made Wisnu Saputra, M.T.
        '''), name='Ni Putu Eka Yanti', inst='Bapperida Kabupaten Jembrana', **F)

    C('f7-req-rsu-negara-bidang-yanmed', 'outlook', 'Kadek Ayu Septiani', 'yanmed.rsunegara@jembranakab.go.id',
      'Permohonan data lansia dan angka harapan hidup', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Saya dr. Kadek Ayu Septiani dari Bidang Pelayanan Medik RSU Negara. Saat ini kami sedang menyusun profil rumah sakit dan analisis kebutuhan layanan geriatri. Untuk itu kami membutuhkan:
        1. Proyeksi penduduk Kabupaten Jembrana usia 60 tahun ke atas, 2025-2030;
        2. Angka harapan hidup Kabupaten Jembrana 2020-2025;
        3. Persentase penduduk lansia yang memiliki jaminan kesehatan (jika tersedia dari Susenas).

        Mohon informasi apakah data tersebut dapat diperoleh dan bagaimana prosedurnya.

        Hormat saya,
        dr. Kadek Ayu Septiani
        RSU Negara - Kabupaten Jembrana
        Jl. Wijaya Kusuma No. 17, Negara
        '''), name='dr. Kadek Ayu Septiani', inst='Bidang Pelayanan Medik RSU Negara', **F)

    C('f7-req-puskesmas-melaya-bidan-android', 'gmail', 'wayan sriasih', 'sriasih.bidan@gmail.com',
      'mohon data WUS per desa', T('''
        Om Swastyastu,
        Saya Bd. Ni Wayan Sriasih, S.Tr.Keb dari Puskesmas I Melaya. Mohon bantuan data jumlah penduduk perempuan usia 15-49 tahun per desa di Kecamatan Melaya tahun 2025, untuk menghitung sasaran program KB dan kesehatan ibu. Kalau ada, sekalian data jumlah kelahiran per desa.
        Suksma.

        Dikirim dari ponsel Samsung Galaxy saya.
        '''), name='Bd. Ni Wayan Sriasih', inst='Puskesmas I Melaya', **F)

    C('f7-req-karantina-satpel-gilimanuk-drh', 'gmail', 'Made Ayu Permatasari', 'ayupermata.karantina@gmail.com',
      'Permintaan data populasi ternak Jembrana', T('''
        Selamat siang,

        Saya drh. Made Ayu Permatasari dari Balai Besar Karantina Hewan, Ikan, dan Tumbuhan Bali, bertugas di Satuan Pelayanan Pelabuhan Gilimanuk. Kami sedang menyusun analisis risiko lalu lintas ternak melalui Gilimanuk dan memerlukan data populasi ternak sapi, babi, dan ayam di Kabupaten Jembrana per kecamatan tahun 2022-2025, serta jumlah pemotongan ternak per tahun.

        Mohon informasinya. Terima kasih.

        drh. Made Ayu Permatasari
        '''), name='drh. Made Ayu Permatasari', inst='Balai Besar Karantina Hewan, Ikan, dan Tumbuhan Bali', **F)

    C('f7-req-pertanahan-signature-only', 'outlook', 'Yosef Kurniawan', 'yosef.kurniawan@atrbpn.go.id',
      'Permohonan data jumlah rumah tangga per desa', T('''
        Selamat pagi,

        Dalam rangka kegiatan Pendaftaran Tanah Sistematis Lengkap (PTSL) tahun 2027, kami memerlukan data jumlah rumah tangga dan jumlah bangunan tempat tinggal per desa di Kecamatan Mendoyo dan Kecamatan Pekutatan. Data hasil Sensus Penduduk 2020 atau pendataan yang lebih baru dapat kami gunakan.

        Mohon informasi ketersediaan dan tata cara permohonannya.

        Hormat kami,

        Yosef Kurniawan, S.T.
        Penata Kadastral Pertama
        Kantor Pertanahan Kabupaten Jembrana
        Jl. Ngurah Rai No. 64, Negara
        '''), name='Yosef Kurniawan', inst='Kantor Pertanahan Kabupaten Jembrana', **F)

    C('f7-req-kpp-pratama-kemenkeu-sig', 'outlook', 'Dimas Aryo Wicaksono', 'dimas.wicaksono@pajak.go.id',
      'Permintaan data PDRB dan jumlah usaha', T('''
        Yth. Petugas PST BPS Kabupaten Jembrana,

        Saya Dimas Aryo Wicaksono, Account Representative di KPP Pratama Negara. Untuk keperluan penggalian potensi perpajakan wilayah, kami memerlukan data PDRB atas dasar harga berlaku menurut lapangan usaha Kabupaten Jembrana 2022-2025 serta jumlah usaha/perusahaan menurut KBLI hasil Sensus Ekonomi 2016 dan pemutakhiran terakhir.

        Terima kasih atas kerja samanya.

        Salam,
        Dimas Aryo Wicaksono
        Seksi Pengawasan II
        KPP Pratama Negara
        Kanwil DJP Bali
        Kementerian Keuangan Republik Indonesia

        Kemenkeu Satu, Kemenkeu Terpercaya. Hindari gratifikasi. Laporkan pelanggaran melalui WISE Kemenkeu.
        '''), name='Dimas Aryo Wicaksono', inst='KPP Pratama Negara', **F)

    C('f7-req-dprd-komisi-iphone', 'iphone', 'Ketut Sugiarta', 'ktsugiarta.dprd@gmail.com',
      'Data untuk rapat APBD', T('''
        Selamat malam. Sy I Ketut Sugiarta, anggota DPRD Kabupaten Jembrana dari Komisi II. Besok ada rapat dgn eksekutif soal APBD, sy perlu data pertumbuhan ekonomi, inflasi (kalau ada utk Jembrana, kalau tdk ada Bali sj), dan angka kemiskinan 2023-2025. Mohon dikirim ke email ini. Trims.

        Dikirim dari iPhone saya
        '''), name='I Ketut Sugiarta', inst='DPRD Kabupaten Jembrana', **F)

    C('f7-req-cpns-latsar-dinsos-long-name', 'gmail', 'Gusti Ayu Srinadi', 'gungayu.srinadi@gmail.com',
      'Permohonan data lansia untuk aktualisasi Latsar', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, nama saya Gusti Ayu Made Srinadi, CPNS formasi 2025 di Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana. Saat ini saya mengikuti Pelatihan Dasar CPNS dan menyusun rancangan aktualisasi tentang pendataan lansia terlantar.

        Saya memohon data jumlah penduduk lansia (60 tahun ke atas) per kecamatan menurut jenis kelamin tahun 2025, dan bila ada, persentase lansia yang tinggal sendiri.

        Terima kasih.

        Gusti Ayu Made Srinadi
        '''), name='Gusti Ayu Made Srinadi',
      inst='Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jembrana', wrap=78, **F)

    # ------------------------------------------------------------------------------------------------
    # Firms, banks, consultants, small businesses
    # ------------------------------------------------------------------------------------------------
    C('f7-req-cannery-qa-disclaimer', 'outlook', 'Hendra Wijaya Kusuma', 'hendra.wk@samudrapengambengan.co.id',
      'Permintaan data produksi perikanan untuk audit sertifikasi', T('''
        Yth. Bapak/Ibu Petugas PST,

        Dengan hormat, kami sedang mempersiapkan dokumen pre-assessment sertifikasi keberlanjutan untuk rantai pasok ikan lemuru kami. Auditor meminta data resmi sebagai berikut:
        1. Produksi perikanan tangkap Kabupaten Jembrana menurut jenis ikan, 2018-2025;
        2. Jumlah rumah tangga perikanan tangkap dan jumlah armada menurut ukuran kapal;
        3. Jumlah tenaga kerja industri pengolahan ikan di Kabupaten Jembrana.

        Mohon informasi juga apakah ada biaya untuk data tersebut.

        Terima kasih atas kerja samanya.

        Best regards,

        Hendra Wijaya Kusuma
        QA & Compliance Manager
        PT Samudra Pengambengan Lestari
        Jl. Raya Pengambengan KM 3, Negara, Jembrana - Bali
        Tel. +62 365 4xxxx

        CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. PT Samudra Pengambengan Lestari accepts no liability for any damage caused by viruses transmitted by this e-mail.
        '''), name='Hendra Wijaya Kusuma', inst='PT Samudra Pengambengan Lestari', **F)

    C('f7-req-bni-rm-disclaimer', 'outlook', 'I Putu Eka Pradnyana', 'putu.pradnyana@bni.co.id',
      'Permohonan data sektor perikanan dan perkebunan Jembrana', T('''
        Selamat pagi Bapak/Ibu,

        Saya I Putu Eka Pradnyana, Relationship Manager UMKM di BNI Kantor Cabang Negara. Kami sedang menyusun analisis potensi pembiayaan KUR sektor perikanan dan perkebunan di Kabupaten Jembrana. Mohon bantuan data:
        - PDRB ADHB menurut lapangan usaha 2021-2025;
        - jumlah usaha perikanan dan perkebunan;
        - produksi kelapa, kakao, dan kopi robusta per kecamatan.

        Terima kasih atas bantuannya.

        Salam,
        I Putu Eka Pradnyana
        Relationship Manager UMKM
        BNI Kantor Cabang Negara
        Jl. Ngurah Rai, Negara

        --
        Email ini bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. PT Bank Negara Indonesia (Persero) Tbk tidak pernah meminta data pribadi, PIN, atau OTP melalui email. BNI berizin dan diawasi oleh Otoritas Jasa Keuangan dan Bank Indonesia serta merupakan peserta penjaminan LPS.
        '''), name='I Putu Eka Pradnyana', inst='BNI Kantor Cabang Negara', **F)

    C('f7-req-amdal-consultant-two-orgs', 'outlook', 'AA Gede Raka Putra', 'raka.putra@trihitaenviro.com',
      'Permohonan data rona lingkungan sosial ekonomi Desa Pengambengan', T('''
        Yth. Bapak/Ibu,

        Saya Ir. Anak Agung Gede Raka Putra, M.T., tenaga ahli dari CV Tri Hita Enviro Consult yang ditunjuk oleh PT Pelabuhan Perikanan Bali Barat (pemrakarsa) untuk menyusun dokumen AMDAL rencana pengembangan dermaga perikanan di Desa Pengambengan.

        Untuk bab rona lingkungan sosial-ekonomi kami membutuhkan:
        - jumlah penduduk, kepadatan, dan struktur umur Desa Pengambengan dan desa sekitarnya;
        - mata pencaharian penduduk (persentase nelayan, buruh pabrik, dll.);
        - PDRB dan pertumbuhan ekonomi Kabupaten Jembrana 2020-2025.

        Selain itu kami ingin berkonsultasi tentang data mana yang paling tepat digunakan untuk tingkat desa.

        Terima kasih.

        Salam,
        Ir. Anak Agung Gede Raka Putra, M.T.
        CV Tri Hita Enviro Consult
        Denpasar
        '''), name='Ir. Anak Agung Gede Raka Putra', inst='CV Tri Hita Enviro Consult', **F)

    C('f7-req-startup-codeswitch-en', 'gmail', 'Kevin Santoso', 'kevin@ikanesia.id',
      'Data request: fish prices & landings Jembrana', T('''
        Hi BPS Jembrana team,

        I'm Kevin Santoso, Head of Data at Ikanesia, a fish marketplace startup based in Surabaya. We're expanding our cold chain to Pengambengan and need some baseline numbers: monthly producer prices (harga produsen ikan) for lemuru, tongkol and layang, plus annual landings by species for 2020-2025. Kalau datanya ada dalam Excel, that'd be perfect.

        Thanks a lot!
        Kevin
        '''), name='Kevin Santoso', inst='Ikanesia', lang='en', **F)

    C('f7-req-homestay-medewi-austrian', 'gmail', 'Jakob Brenner', 'jakob.brenner@gmx.at',
      'Tourism statistics for a small homestay extension', T('''
        Hello BPS team,

        My name is Jakob Brenner; I'm Austrian and I run Medewi Point Homestay in Pulukan together with my wife Kadek. We're thinking about adding four rooms and the bank wants a short market analysis.

        Would you have:
        - monthly foreign and domestic guest numbers for Jembrana (or Kecamatan Pekutatan);
        - room occupancy rates for non-star hotels and homestays;
        - average length of stay?

        Figures for 2019 (pre-Covid) and 2023-2025 would be perfect.

        Terima kasih banyak!
        Jakob
        '''), name='Jakob Brenner', inst='Medewi Point Homestay', lang='en', **F)

    C('f7-req-warung-gilimanuk-no-inst', 'iphone', 'Nyoman Sukarni', 'nyomansukarni77@yahoo.co.id',
      'tanya data penyeberangan', T('''
        Permisi pak, sy Nyoman Sukarni, punya warung kecil dekat terminal Gilimanuk. mau tanya ada data jumlah penumpang kapal ketapang-gilimanuk per bulan? buat hitung2 mau buka warung lagi di dekat pelabuhan. maaf kalau salah alamat. makasi pak

        Dikirim dari iPhone saya
        '''), name='Nyoman Sukarni', **F)

    C('f7-req-ksu-manager-anak-agung-abbrev', 'outlook', 'Gung Bagus', 'ksu.werdhisedana@gmail.com',
      'Permohonan data untuk studi kelayakan unit simpan pinjam', T('''
        Selamat siang,

        Perkenalkan, saya A.A. Ngurah Bagus Mahendra, manajer KSU Werdhi Sedana di Kecamatan Mendoyo. Kami ingin melakukan kajian kelayakan pembukaan unit simpan pinjam di Desa Yehembang dan membutuhkan data:
        1. jumlah penduduk usia produktif per desa di Kecamatan Mendoyo;
        2. jumlah usaha mikro dan kecil di Kecamatan Mendoyo;
        3. rata-rata pengeluaran per kapita Kabupaten Jembrana.

        Terima kasih.

        Hormat kami,
        A.A. Ngurah Bagus Mahendra
        Manajer KSU Werdhi Sedana
        '''), name='A.A. Ngurah Bagus Mahendra', inst='KSU Werdhi Sedana', **F)

    C('f7-req-lpk-cruise-html-only', 'html_only', 'LPK Bahtera Samudra', 'admin@lpkbahterasamudra.com',
      'Permohonan Data Ketenagakerjaan Kabupaten Jembrana', T('''
        Selamat pagi Bapak/Ibu,

        Kami dari LPK Bahtera Samudra Negara, lembaga pelatihan calon kru kapal pesiar yang berlokasi di Jl. Gatot Subroto, Negara. Untuk perencanaan penerimaan peserta tahun 2027 kami membutuhkan data jumlah penduduk usia 18-30 tahun per kecamatan dan tingkat pengangguran terbuka Kabupaten Jembrana 2023-2025.

        Mohon informasinya.

        Hormat kami,
        Ni Luh Eka Sulastri
        Admin LPK Bahtera Samudra Negara
        WA 0878-6xxx-xxxx
        '''), name='Ni Luh Eka Sulastri', inst='LPK Bahtera Samudra Negara', **F)

    # ------------------------------------------------------------------------------------------------
    # Groups, cooperatives, religious and customary bodies, NGOs
    # ------------------------------------------------------------------------------------------------
    C('f7-req-kub-nelayan-mentions-dinas', 'gmail', 'Made Juliartawan', 'juliartawan.perancak@gmail.com',
      'Mohon data nelayan untuk proposal kelompok', T('''
        Om Swastyastu,

        Saya Made Juliartawan, ketua KUB Sari Segara Perancak. Kelompok kami beranggotakan 24 nelayan dan selama ini dibina oleh Dinas Perikanan Kabupaten Jembrana dan HNSI Jembrana. Kami sedang menyusun proposal bantuan mesin tempel ke Kementerian Kelautan dan Perikanan, dan diminta melampirkan data:
        - jumlah nelayan dan rumah tangga perikanan di Kecamatan Jembrana;
        - produksi ikan laut Kabupaten Jembrana 3 tahun terakhir.

        Mohon bantuannya. Suksma.

        Made Juliartawan
        KUB Sari Segara, Desa Perancak
        '''), name='Made Juliartawan', inst='KUB Sari Segara Perancak', **F)

    C('f7-req-gapoktan-pohsanten-iphone', 'iphone', 'Wayan Darma', 'wayandarma.pohsanten@gmail.com',
      'data harga gabah', T('''
        Om swastyastu pak/bu. Tiang I Wayan Darma ketua Gapoktan Sari Merta Desa Pohsanten. mohon bantu data harga gabah kering panen di jembrana bulan juli-oktober 2026 dan luas sawah desa pohsanten. utk rapat dgn penyuluh minggu depan. suksma 🙏

        Sent from my iPhone
        '''), name='I Wayan Darma', inst='Gapoktan Sari Merta Desa Pohsanten', **F)

    C('f7-req-paroki-palasari-romo', 'gmail', 'Paroki Palasari', 'paroki.palasari@gmail.com',
      'Permohonan data kependudukan untuk rencana pastoral', T('''
        Salam damai,

        Saya Romo Yohanes Don Bosco Wisnu, Pr, pastor Paroki Hati Kudus Yesus Palasari. Paroki kami sedang menyusun rencana pastoral lima tahun dan ingin memahami kondisi sosial umat di wilayah Ekasari, Palasari, dan sekitarnya. Kami mohon data:
        - jumlah penduduk menurut agama per desa di Kecamatan Melaya;
        - jumlah penduduk lansia dan anak usia sekolah di Desa Ekasari;
        - angka kemiskinan Kabupaten Jembrana terbaru.

        Terima kasih dan Tuhan memberkati.

        Romo Wisnu
        '''), name='Romo Yohanes Don Bosco Wisnu', inst='Paroki Hati Kudus Yesus Palasari', **F)

    C('f7-req-mui-loloan-haji', 'gmail', 'Sekretariat MUI Jembrana', 'muijembrana@gmail.com',
      'Permohonan data penduduk muslim per desa', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh,

        Yth. Kepala BPS Kabupaten Jembrana,

        Saya H. Abdul Karim Baraqbah, Sekretaris MUI Kabupaten Jembrana. Dalam rangka penyusunan program dakwah dan pemberdayaan ekonomi umat tahun 2027, kami memohon data jumlah penduduk beragama Islam per kecamatan dan per desa (khususnya Loloan Barat, Loloan Timur, Pengambengan, Banyubiru, dan Cupel), serta data penduduk miskin per kecamatan.

        Jazakumullah khairan katsiran.

        Wassalamu'alaikum wr. wb.

        H. Abdul Karim Baraqbah
        '''), name='H. Abdul Karim Baraqbah', inst='MUI Kabupaten Jembrana', **F)

    C('f7-req-majelis-desa-adat-sekretariat', 'gmail', 'Kadek Widiantari', 'widiantari.mda@gmail.com',
      'Pencocokan data penduduk per desa', T('''
        Om Swastyastu,

        Saya Ni Kadek Widiantari dari Majelis Desa Adat Kabupaten Jembrana, bagian sekretariat. Kami sedang memperbarui profil desa adat se-Kabupaten Jembrana dan ingin mencocokkannya dengan data jumlah penduduk dan jumlah keluarga per desa dinas tahun 2025. Apakah data tersebut tersedia di BPS? Jika ada biaya atau syarat surat permohonan, mohon diinformasikan.

        Matur suksma.

        Om Santih, Santih, Santih Om
        '''), name='Ni Kadek Widiantari', inst='Majelis Desa Adat Kabupaten Jembrana', **F)

    C('f7-req-yayasan-perempuan-konsultasi', 'gmail', 'Sri Rahayu', 'program@pelitaperempuan.or.id',
      'Permohonan data dan konsultasi: perkawinan anak & IPG', T('''
        Salam sejahtera,

        Kami dari Yayasan Pelita Perempuan Jembrana, lembaga pendampingan perempuan dan anak yang berkantor di Negara. Kami sedang menyusun policy brief tentang perkawinan usia anak dan akses pendidikan anak perempuan di Jembrana untuk disampaikan ke DP3A dan DPRD.

        Data yang kami butuhkan:
        1. Persentase perempuan 20-24 tahun yang menikah sebelum usia 18 tahun (Kab. Jembrana dan Bali, 2020-2025);
        2. Angka partisipasi sekolah menurut jenis kelamin;
        3. Indeks Pembangunan Gender (IPG) dan Indeks Pemberdayaan Gender (IDG) Kabupaten Jembrana.

        Kami juga ingin berkonsultasi mengenai cara membaca angka-angka tersebut dengan benar. Apakah bisa dijadwalkan konsultasi daring?

        Terima kasih,
        Luh Gede Sri Rahayu
        Koordinator Program
        Yayasan Pelita Perempuan Jembrana
        '''), name='Luh Gede Sri Rahayu', inst='Yayasan Pelita Perempuan Jembrana', **F)

    C('f7-req-coral-trust-cairns-dr', 'gmail', 'Siobhan McAllister', 'siobhan@coraltrianglerestoration.org.au',
      'Baseline data request - coastal villages, Jembrana', T('''
        Hi there,

        I lead the community programme at the Coral Triangle Restoration Trust, a small charity based in Cairns. We are scoping a reef-restoration and livelihoods project with three fishing villages on the north coast of Jembrana (Gilimanuk, Melaya and Candikusuma) for 2027.

        For the baseline I'd like to ask for:
        - population and number of households in those villages (latest year available);
        - number of fishing households, and the share of households below the poverty line if that exists at village or sub-district level;
        - any data on tourism employment in Kecamatan Melaya.

        Happy to sign a data-use agreement if needed.

        Cheers,
        Dr Siobhan McAllister
        Programme Lead, Coral Triangle Restoration Trust
        Cairns QLD 4870, Australia
        '''), name='Dr Siobhan McAllister', inst='Coral Triangle Restoration Trust', lang='en', **F)

    C('f7-req-stt-vague-bisa-dibantu', 'gmail', 'gede tegalasih', 'gedetegalasih@gmail.com',
      'tanya2', T('''
        Halo min, saya Gede dari STT Dharma Kerti Banjar Tegalasih. Mau tanya2 soal data nih, bisa dibantu ga ya? 🙏
        '''), name='Gede', inst='STT Dharma Kerti Banjar Tegalasih', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Schools and pupils
    # ------------------------------------------------------------------------------------------------
    C('f7-req-sd-kepsek-hajjah-html', 'html_only', 'SDN 2 Pengambengan', 'sdn2pengambengan@gmail.com',
      'Permohonan data APS dan APM', T('''
        Assalamualaikum Wr. Wb.

        Yth. Bapak/Ibu Petugas BPS Kabupaten Jembrana

        Saya Hj. Siti Aminah, S.Pd.SD, Kepala SD Negeri 2 Pengambengan. Kami sedang menyusun Rencana Kerja Sekolah dan memerlukan data Angka Partisipasi Sekolah (APS) dan Angka Partisipasi Murni (APM) jenjang SD di Kecamatan Negara, serta jumlah penduduk usia 7-12 tahun di Desa Pengambengan.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Wassalamualaikum Wr. Wb.
        '''), name='Hj. Siti Aminah', inst='SD Negeri 2 Pengambengan', **F)

    C('f7-req-fwd-tu-sma-attached-mail', 'gmail', 'TU SMAN 2 Negara', 'tu.sman2negara@gmail.com',
      'Fwd: Permohonan data untuk profil sekolah', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Kadek Sintya Dewi, staf TU di SMA Negeri 2 Negara. Bersama ini saya teruskan email dari Kepala Sekolah kami (terlampir) terkait permohonan data jumlah penduduk usia 16-18 tahun per kecamatan di Kabupaten Jembrana tahun 2025 untuk profil sekolah dan perencanaan PPDB.

        Mohon bantuannya, terima kasih.

        Ni Kadek Sintya Dewi
        '''), name='Ni Kadek Sintya Dewi', inst='SMA Negeri 2 Negara',
      attach_message=dict(client='gmail', from_name='Drs. I Nyoman Sudiana', from_addr='kepsek.sman2negara@gmail.com',
                          to='TU SMAN 2 Negara <tu.sman2negara@gmail.com>',
                          subject='Permohonan data untuk profil sekolah', body=T('''
                            Bu Sintya,

                            Tolong teruskan ke BPS Jembrana ya, kita perlu data jumlah penduduk usia 16-18 tahun per kecamatan tahun 2025 untuk profil sekolah dan PPDB.

                            Terima kasih.
                            Pak Nyoman
                            ''')), **F)

    # ------------------------------------------------------------------------------------------------
    # Students and academics in Indonesia
    # ------------------------------------------------------------------------------------------------
    C('f7-req-unud-slang-dewa-ayu-iphone', 'iphone', 'Dewa Ayu Candra', 'dewaayu.candra22@gmail.com',
      'data kakao', T('''
        halo kak admin 👋 aku Dewa Ayu Made Candra anak agribisnis unud angkatan 22. mau minta data luas areal & produksi kakao jembrana per kecamatan 5 thn terakhir buat skripsi hehe. kalo bisa excel ya kak 🙏🙏 makasihh

        Sent from my iPhone
        '''), name='Dewa Ayu Made Candra', inst='unud', **F)

    C('f7-req-undiksha-no-name-curah-hujan', 'gmail', 'Geo Undiksha 21', 'geografi21.undiksha@gmail.com',
      'Permohonan Data Curah Hujan dan Hari Hujan', T('''
        Selamat siang Bapak/Ibu,

        Saya mahasiswa Program Studi Pendidikan Geografi Universitas Pendidikan Ganesha yang sedang menyusun tugas akhir mengenai potensi kekeringan lahan pertanian di Kabupaten Jembrana. Saya memerlukan data curah hujan bulanan dan jumlah hari hujan tahun 2015-2025 (per stasiun jika ada).

        Apakah data tersebut tersedia di BPS Kabupaten Jembrana? Jika tidak, mohon arahan instansi yang tepat.

        Terima kasih atas perhatiannya.

        Hormat saya
        '''), inst='Universitas Pendidikan Ganesha', wrap=74, **F)

    C('f7-req-ugm-dosen-degrees-thunderbird', 'thunderbird', 'Bambang Hadi Prasetyo', 'bambang.hp@ugm.ac.id',
      'Permohonan data NTP dan upah buruh tani - Kabupaten Jembrana', T('''
        Dengan hormat,

        Tim kami sedang melaksanakan kajian tentang daya tahan rumah tangga petani kakao di Bali bagian barat. Untuk itu kami memohon kesediaan BPS Kabupaten Jembrana membagikan data berikut:
        - Nilai Tukar Petani subsektor perkebunan rakyat (Provinsi Bali), bulanan 2022-2026;
        - Upah harian buruh tani (nominal dan riil) wilayah Bali;
        - Jumlah rumah tangga usaha perkebunan kakao menurut kecamatan (ST2023).

        Surat tugas dari fakultas dapat kami kirimkan bila diperlukan.

        Terima kasih atas kerja samanya.

        Salam hormat,

        -- 
        Dr. Ir. Bambang Hadi Prasetyo, M.Sc., IPU
        Departemen Sosial Ekonomi Pertanian
        Fakultas Pertanian, Universitas Gadjah Mada
        Jl. Flora No. 1, Bulaksumur, Yogyakarta 55281
        '''), name='Dr. Ir. Bambang Hadi Prasetyo', inst='Universitas Gadjah Mada', **F)

    C('f7-req-warmadewa-codeswitch-id', 'gmail', 'Putu Wiradana', 'putuwiradana@gmail.com',
      'minta data akomodasi & wisman', T('''
        Hi min!

        I'm Putu Gede Wiradana dari Universitas Warmadewa, lagi ngerjain paper buat mata kuliah Ekonomi Pariwisata tentang dampak surfing tourism di Medewi. Boleh minta data jumlah hotel/akomodasi, jumlah kamar, sama tingkat hunian kamar per kecamatan di Jembrana 2019-2025? Kalau ada data kunjungan wisman juga boleh banget.

        Thank you so much! 🙏
        Putu
        '''), name='Putu Gede Wiradana', inst='Universitas Warmadewa', **F)

    C('f7-req-its-acronym-signature-only', 'gmail', 'Rizky Aditya', 'rizky.aditya.20@mhs.its.ac.id',
      'Data arus penyeberangan Gilimanuk', T('''
        Selamat pagi,

        Mohon izin bertanya, apakah BPS Kabupaten Jembrana memiliki data jumlah penumpang, kendaraan, dan barang yang melalui Pelabuhan Gilimanuk per bulan untuk tahun 2020-2025? Data ini akan saya gunakan untuk pemodelan permintaan penyeberangan dalam tugas akhir.

        Terima kasih sebelumnya.

        Salam,
        Rizky Aditya Nugroho
        Departemen Teknik Transportasi Laut ITS
        0812-3177-xxxx
        '''), name='Rizky Aditya Nugroho', inst='ITS', **F)

    C('f7-req-stahn-ida-ayu-balinese', 'yahoo', 'Dayu Komang', 'dayukomang.sri@yahoo.com',
      'Nunas data penduduk menurut agama', T('''
        Om Swastyastu,

        Titiang Ida Ayu Komang Sri Wahyuni, mahasiswi semester VII STAHN Mpu Kuturan Singaraja. Titiang nunas data jumlah penduduk menurut agama per kecamatan ring Kabupaten Jembrana tahun 2025 miwah jumlah pura per kecamatan, jagi anggen penelitian skripsi titiang.

        Matur suksma.

        Om Santih, Santih, Santih Om
        '''), name='Ida Ayu Komang Sri Wahyuni', inst='STAHN Mpu Kuturan Singaraja', **F)

    C('f7-req-subject-only-unmas', 'gmail', 'Made Wirata', 'madewirata.unmas@gmail.com',
      'permintaan data jumlah penduduk kec. melaya 2025', T('''
        Terima kasih.

        I Made Wirata
        Mahasiswa Universitas Mahasaraswati Denpasar
        '''), name='I Made Wirata', inst='Universitas Mahasaraswati Denpasar', **F)

    C('f7-req-poltek-kp-docx-list', 'gmail', 'Arif Rahman Hakim', 'arifrahman.pkl@gmail.com',
      'Permohonan data untuk laporan PKL', T('''
        Selamat pagi Bapak/Ibu,

        Saya Arif Rahman Hakim, taruna Politeknik Kelautan dan Perikanan Jembrana, sedang menyelesaikan laporan Praktik Kerja Lapang. Daftar data yang saya butuhkan saya lampirkan dalam file Word (daftar kebutuhan data.docx).

        Terima kasih atas bantuannya.

        Arif Rahman Hakim
        '''), name='Arif Rahman Hakim', inst='Politeknik Kelautan dan Perikanan Jembrana',
      attachments=[DOCX('daftar kebutuhan data.docx')], **F)

    C('f7-req-photo-letter-iphone-idb', 'iphone', 'Ayu Lestari', 'ayulestari.idb@gmail.com',
      'Surat permohonan data', T('''
        Selamat siang kak, berikut saya kirim foto surat permohonan data dari kampus. Terima kasih 🙏

        Ni Putu Ayu Lestari
        Institut Desain dan Bisnis Bali

        Sent from my iPhone
        '''), name='Ni Putu Ayu Lestari', inst='Institut Desain dan Bisnis Bali',
      attachments=[JPG('IMG_4821.JPG')], **F)

    C('f7-req-ub-intern-at-dinas', 'gmail', 'Alya Rahmadani', 'alyarahmadani@student.ub.ac.id',
      'Permintaan data untuk laporan magang', T('''
        Selamat siang Bapak/Ibu,

        Saya Alya Rahmadani, mahasiswi Universitas Brawijaya yang sedang magang di Dinas Perikanan Kabupaten Jembrana. Untuk laporan magang saya tentang kesejahteraan nelayan, saya membutuhkan data Nilai Tukar Nelayan (NTN) Provinsi Bali 2022-2025 dan jumlah rumah tangga perikanan tangkap di Kabupaten Jembrana.

        Terima kasih banyak atas bantuannya.

        Salam,
        Alya Rahmadani
        '''), name='Alya Rahmadani', inst='Universitas Brawijaya', **F)

    C('f7-req-fwd-own-mail-resent-umm', 'gmail', 'Rahmat Hidayat', 'rahmat.hidayat@webmail.umm.ac.id',
      'Fwd: Permohonan Data Produksi Garam Rakyat', T('''
        Mohon maaf, email di bawah ini sebelumnya saya kirim ke bps5101@bps.go.id tetapi belum ada balasan, jadi saya kirim ulang ke alamat ini. Terima kasih.

        ---------- Forwarded message ---------
        From: Rahmat Hidayat <rahmat.hidayat@webmail.umm.ac.id>
        Date: Thu, Nov 12, 2026 at 10:02 AM
        Subject: Permohonan Data Produksi Garam Rakyat
        To: <bps5101@bps.go.id>


        Selamat siang, saya Rahmat Hidayat, mahasiswa Universitas Muhammadiyah Malang. Saya membutuhkan data produksi garam rakyat dan jumlah petambak garam di Kabupaten Jembrana tahun 2020-2025 untuk skripsi.

        Terima kasih.

        Rahmat Hidayat
        '''), name='Rahmat Hidayat', inst='Universitas Muhammadiyah Malang', **F)

    C('f7-req-cites-old-ticket-pnb', 'gmail', 'Wahyu Setiawan', 'wahyusetiawan@pnb.ac.id',
      'Permintaan pembaruan data upah buruh', T('''
        Selamat pagi Bapak/Ibu,

        Beberapa bulan lalu saya pernah meminta data serupa (tiket PST-2026-00712) dan sangat terbantu. Sekarang saya membutuhkan pembaruannya: rata-rata upah buruh menurut lapangan usaha Kabupaten Jembrana untuk tahun 2025 dan, bila sudah ada, semester I 2026.

        Saya Wahyu Setiawan, dosen Jurusan Akuntansi Politeknik Negeri Bali.

        Terima kasih.
        Wahyu Setiawan
        '''), name='Wahyu Setiawan', inst='Politeknik Negeri Bali', ticket='PST-2026-00712', **F)

    # ------------------------------------------------------------------------------------------------
    # Media
    # ------------------------------------------------------------------------------------------------
    C('f7-req-balipost-reporter-iphone', 'iphone', 'Gede Suardana', 'gedesuardana.bp@gmail.com',
      'Data kemiskinan', T('''
        Selamat sore. Sy Gede Suardana wartawan Bali Post di Jembrana. Mau minta data kemiskinan Jembrana terbaru (Maret 2026) sm garis kemiskinannya, plus perbandingan 2 thn sebelumnya. Utk berita besok pagi, kalau bisa hari ini. Tks bnyk

        Dikirim dari iPhone saya
        '''), name='Gede Suardana', inst='Bali Post', **F)

    C('f7-req-swedish-correspondent-sardine', 'gmail', 'Hannah Lindqvist', 'hannah.lindqvist@dn.se',
      'Press inquiry: sardine fishery statistics, Jembrana', T('''
        Dear Sir or Madam,

        My name is Hannah Lindqvist and I am a foreign correspondent for Dagens Nyheter, based in Jakarta. I am preparing a long-form piece on the sardine (lemuru) fishery in the Bali Strait and the canneries in Pengambengan.

        Could you help me with the following:
        1. annual fish landings in Jembrana, ideally by species, for the last ten years;
        2. the number of fishing households and of people employed in fish processing;
        3. any poverty figures for the coastal villages of Kecamatan Negara.

        I'm happy to credit BPS Kabupaten Jembrana as the source. If it's easier to talk on the phone, my number is +62 811-9xx-xxxx.

        With kind regards,
        Hannah Lindqvist
        Dagens Nyheter | Southeast Asia
        '''), name='Hannah Lindqvist', inst='Dagens Nyheter', lang='en', wrap=76, **F)

    # ------------------------------------------------------------------------------------------------
    # Abroad: foreigners and Indonesians
    # ------------------------------------------------------------------------------------------------
    C('f7-req-ncku-taiwan-indonesian-consult', 'gmail', 'Kadek Dwi Pranata', 'kadekdwi.p@gs.ncku.edu.tw',
      'Konsultasi data pekerja migran asal Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Kadek Dwi Pranata, mahasiswa doktoral di National Cheng Kung University, Tainan, Taiwan, asal Desa Tegal Badeng Barat. Disertasi saya membahas migrasi tenaga kerja dari Bali barat ke luar negeri, terutama sektor kapal pesiar. Saya ingin berkonsultasi:
        1. apakah ada data jumlah penduduk Jembrana yang bekerja di luar negeri (misalnya dari Sensus Penduduk 2020 atau Susenas);
        2. data remitansi atau pendapatan rumah tangga yang anggotanya bekerja di luar negeri, bila ada.

        Karena saya berada di Taiwan, apakah konsultasi bisa dilakukan lewat Zoom? Zona waktunya sama dengan WITA, jadi jam kerja kantor tidak masalah.

        Terima kasih banyak.

        Salam hormat,
        Kadek Dwi Pranata
        '''), name='Kadek Dwi Pranata', inst='National Cheng Kung University', **F)

    C('f7-req-usp-brazil-latin1', 'latin1', 'Mariana Costa Ribeiro', 'mcribeiro@usp.br',
      'Agricultural Census 2023 - Jembrana, sub-district tables', T('''
        Dear colleagues,

        I am an associate professor at the Department of Geography of the Universidade de São Paulo, working on smallholder cocoa and coffee systems in Brazil and Indonesia. Could you tell me whether the 2023 Agricultural Census (ST2023) results for Jembrana Regency are available at sub-district (kecamatan) level, in particular:

        - number of cocoa and coffee households;
        - planted area by crop;
        - land tenure status of farm households.

        If these tables are not published, I would be grateful for advice on how to request a special tabulation.

        Best regards,

        Dr. Mariana Costa Ribeiro
        Associate Professor
        Departamento de Geografia - FFLCH
        Universidade de São Paulo, Brazil
        '''), name='Dr. Mariana Costa Ribeiro', inst='Universidade de São Paulo', lang='en', **F)

    C('f7-req-ide-jetro-acronym', 'gmail', 'Kenji Watanabe', 'kenji_watanabe@ide.go.jp',
      'Inquiry on labour statistics for Jembrana Regency', T('''
        Dear Sir/Madam,

        I am Kenji Watanabe, a research fellow at IDE-JETRO in Chiba, Japan. I study regional labour markets in eastern Indonesia and am currently preparing a paper on wage differentials between Bali's tourism and non-tourism regencies.

        Could you kindly let me know whether Sakernas-based indicators for Jembrana Regency (labour force participation rate, open unemployment rate, average net wage by sector) are available for 2018-2025, and whether I may obtain them in Excel format?

        I appreciate your assistance.

        Sincerely,
        Kenji Watanabe
        Research Fellow, IDE-JETRO
        '''), name='Kenji Watanabe', inst='IDE-JETRO', lang='en', **F)

    C('f7-req-uh-manoa-iphone-short', 'iphone', 'Kai Nakoa', 'knakoa@hawaii.edu',
      'subak data', T('''
        Aloha! This is Kai Nakoa, PhD student in geography at UH Manoa. I'm doing fieldwork in Jembrana next spring on subak irrigation. Is there data on irrigated rice area by kecamatan and number of subak? Mahalo nui!

        Sent from my iPhone
        '''), name='Kai Nakoa', inst='UH Manoa', lang='en', **F)

    C('f7-req-german-expat-solar-no-inst', 'gmail', 'Wolfgang Reiter', 'w.reiter@t-online.de',
      'Household electricity data - Manggissari', T('''
        Good morning,

        I'm Wolfgang Reiter, a retired electrical engineer from Bavaria; I have lived in Desa Manggissari, Pekutatan, since 2019. Together with the banjar I'm looking into a small solar project for households that are still poorly connected.

        Do you have figures on households by main source of lighting/electricity, per village or at least per kecamatan, and on average household size?

        Many thanks,
        Wolfgang Reiter
        '''), name='Wolfgang Reiter', lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Vague and private
    # ------------------------------------------------------------------------------------------------
    C('f7-req-vague-english-emma', 'outlook', 'Emma Clarke', 'emma.clarke@outlook.com',
      'Question', T('''
        Dear BPS,

        Could you help me with some data? Please let me know.

        Best,
        Emma Clarke
        '''), name='Emma Clarke', req=False, lang='en', **F)

    C('f7-req-private-laundry-housewife', 'yahoo', 'Kristina Hartati', 'kristina_hartati@yahoo.com',
      'Tanya data jumlah rumah tangga', T('''
        Selamat siang Bapak/Ibu,

        Saya Kristina Hartati, ibu rumah tangga di Negara. Saya berencana membuka usaha laundry kiloan dan ingin tahu jumlah rumah tangga dan jumlah penduduk di Kelurahan Baler Bale Agung dan Kelurahan Banjar Tengah, kalau bisa yang terbaru.

        Apakah data itu bisa saya dapatkan? Ini untuk keperluan pribadi.

        Terima kasih,
        Kristina
        '''), name='Kristina Hartati', **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets (kind request: they add, correct or ask more)
    # ------------------------------------------------------------------------------------------------
    C('f7-reply-adds-name-inst-restates', 'gmail', 'Kristina Dewi', 'kristinadewi.unud@gmail.com',
      'Re: ' + SUBJ_ASK % 731, T('''
        Selamat siang kak,

        Maaf kemarin lupa memperkenalkan diri. Nama saya Ni Wayan Kristina Dewi, mahasiswi Fakultas Pertanian Universitas Udayana. Data yang saya minta tetap sama ya kak, luas panen dan produksi padi per kecamatan di Jembrana 2020-2025.

        Terima kasih 🙏
        '''), name='Ni Wayan Kristina Dewi', inst='Universitas Udayana', ticket='PST-2026-00731',
      quote=gq(ASK, 'id'), in_reply_to=OUR(731),
      references=['CAKx7wQp3mD9fJ2vRnZ8hL1s@mail.gmail.com', OUR(731)], kind='reply', **F)

    C('f7-reply-iphone-inst-only', 'iphone', 'Ni Komang Ayu Trisna', 'komangtrisna03@gmail.com',
      'Re: ' + SUBJ_ASK % 734, T('''
        Dari Universitas Pendidikan Nasional kak 🙏

        Sent from my iPhone
        '''), inst='Universitas Pendidikan Nasional', req=False, ticket='PST-2026-00734',
      quote=iq(ASK), **rp(734), kind='reply', **F)

    C('f7-reply-outlook-corrects-years-chain', 'outlook', 'Putu Widyastuti', 'putu.widyastuti@jembranakab.go.id',
      'RE: ' + SUBJ_ACK % 740, T('''
        Selamat siang,

        Mohon maaf ada kekeliruan pada permintaan kami sebelumnya. Data jumlah kendaraan bermotor yang kami butuhkan adalah tahun 2020-2024, bukan 2015-2019. Mohon dapat disesuaikan.

        Terima kasih.

        Putu Widyastuti
        Subbag Perencanaan dan Keuangan
        Dinas Perhubungan Kabupaten Jembrana
        '''), name='Putu Widyastuti', inst='Dinas Perhubungan Kabupaten Jembrana', ticket='PST-2026-00740',
      quote=oq(ACK % (740, 'Putu Widyastuti', 'Dinas Perhubungan Kabupaten Jembrana',
                      'Jumlah kendaraan bermotor menurut jenis 2015-2019'),
               'Putu Widyastuti <putu.widyastuti@jembranakab.go.id>', SUBJ_ACK % 740, 'id') +
      '\n\n________________________________\nDari: Putu Widyastuti <putu.widyastuti@jembranakab.go.id>\n'
      'Dikirim: Jumat, 20 November 2026 10.22\nKepada: pst5101@bps.go.id\nPerihal: Permohonan data kendaraan bermotor\n\n'
      'Selamat pagi,\n\nSaya Putu Widyastuti dari Dinas Perhubungan Kabupaten Jembrana, mohon data jumlah kendaraan '
      'bermotor menurut jenis tahun 2015-2019.\n\nTerima kasih.\n\nPutu Widyastuti', **rp(740), kind='reply', **F)

    C('f7-reply-yahoo-asks-by-sex', 'yahoo', 'Gede Ary Wibawa', 'gedeary_w@yahoo.com',
      'Re: ' + SUBJ_DATA % 741, T('''
        Terima kasih, datanya sudah saya terima. Kalau boleh, saya juga minta data yang sama tapi dipisah menurut jenis kelamin, soalnya dosen pembimbing minta begitu.

        Salam,
        Gede Ary Wibawa
        '''), name='Gede Ary Wibawa', ticket='PST-2026-00741', quote=yq(DELIV_ID % 741), **rp(741), kind='reply', **F)

    SOPHIE_FIRST = ('On Fri, Nov 20, 2026 at 3:02 PM Sophie Marchand <sophie.marchand@etu.univ-grenoble-alpes.fr> wrote:\n'
                    '> Dear BPS Jembrana,\n>\n> I am Sophie Marchand, a master\'s student in geography at Universite '
                    'Grenoble Alpes.\n> Could you send me the number of farm households by kecamatan from the 2023 '
                    'agricultural census?\n>\n> Many thanks,\n> Sophie')
    C('f7-reply-en-gmail-nested-chain', 'gmail', 'Sophie Marchand', 'sophie.marchand@etu.univ-grenoble-alpes.fr',
      'Re: ' + SUBJ_DATA % 745, T('''
        Thanks a lot, this is really helpful!

        One more question: are the 2023 agricultural census results available at village (desa) level for Kecamatan Pekutatan, or only by kecamatan? I'm mostly interested in the number of coconut and clove farming households.

        Best,
        Sophie
        '''), name='Sophie', lang='en', ticket='PST-2026-00745',
      quote=gq(DELIV_EN % 745 + '\n\n' + SOPHIE_FIRST), in_reply_to=OUR(745),
      references=['CAGq81mZt0xYpVb4@mail.gmail.com', OUR(745)], kind='reply', **F)

    C('f7-reply-thunderbird-bottom-post', 'thunderbird', 'Anak Agung Istri Mirah Dewi', 'mirahdewi@student.unud.ac.id',
      'Re: ' + SUBJ_ACK % 747,
      tq(ACK % (747, 'Anak Agung Istri Mirah Dewi', 'Universitas Udayana', 'Upah buruh tani Kabupaten Jembrana 2020-2025'))
      + '\n\n' + T('''
        Baik, terima kasih. Satu lagi, apakah ada juga data upah buruh bangunan untuk Kabupaten Jembrana pada periode yang sama?

        -- 
        Anak Agung Istri Mirah Dewi
        '''), name='Anak Agung Istri Mirah Dewi', ticket='PST-2026-00747', **rp(747), kind='reply', **F)

    C('f7-reply-sends-cover-letter-pdf', 'gmail', 'Komang Adi Saputra', 'komangadi.s@gmail.com',
      'Re: ' + SUBJ_ASK % 750, T('''
        Selamat pagi,

        Saya Komang Adi Saputra, mahasiswa Universitas Warmadewa. Berikut saya lampirkan surat permohonan data dari fakultas untuk data tingkat hunian hotel dan jumlah wisatawan yang saya minta.

        Terima kasih.
        '''), name='Komang Adi Saputra', inst='Universitas Warmadewa', ticket='PST-2026-00750',
      quote=gq(ASK, 'id'), attachments=[PDF('Surat Permohonan Data - Komang Adi Saputra.pdf')], **rp(750), kind='reply', **F)

    C('f7-reply-new-mail-status-question', 'gmail', 'Rai Sukmawati', 'raisukmawati@undiksha.ac.id',
      'Menanyakan status permintaan data', T('''
        Selamat siang Bapak/Ibu,

        Mohon info, bagaimana status permintaan data saya dengan nomor tiket PST-2026-00752 yang saya kirim tanggal 16 November? Sampai hari ini belum ada balasan.

        Terima kasih.

        Salam,
        Ni Made Rai Sukmawati
        Universitas Pendidikan Ganesha
        '''), name='Ni Made Rai Sukmawati', inst='Universitas Pendidikan Ganesha', req=False,
      ticket='PST-2026-00752', kind='reply', **F)

    C('f7-reply-corrects-institution', 'gmail', 'dwi cahyani', 'dwicahyani.ekbis@gmail.com',
      'Re: ' + SUBJ_ACK % 757, T('''
        Halo kak, mohon koreksi ya, instansi saya bukan Universitas Udayana tapi Universitas Pendidikan Nasional. Data PDRB per lapangan usaha yang saya minta tetap sama. Makasih kak
        '''), inst='Universitas Pendidikan Nasional', ticket='PST-2026-00757',
      quote=gq(ACK % (757, '-', 'Universitas Udayana', 'PDRB menurut lapangan usaha 2020-2025'), 'id'),
      **rp(757), kind='reply', **F)

    C('f7-reply-en-adds-name-affiliation', 'gmail', 'Liam', 'liam.oconnor.nt@gmail.com',
      'Re: ' + SUBJ_ASK % 760, T('''
        Hi,

        Apologies for leaving that out. My name is Liam O'Connor and I'm a PhD candidate at Charles Darwin University in Darwin. The request is still the one from my first email: cattle and goat population in Jembrana by kecamatan, 2019-2025.

        Thanks,
        Liam
        '''), name="Liam O'Connor", inst='Charles Darwin University', lang='en', ticket='PST-2026-00760',
      quote=gq(ASK), **rp(760), kind='reply', **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f7-rating-digit-only-gmail', 'gmail', 'Rina Marlina', 'rinamarlina88@gmail.com',
      'Re: ' + SUBJ_RATE % 761, '5', kind='rating', rating=5, req=False, ticket='PST-2026-00761',
      quote=gq(RATE_ID % 761, 'id'), **rp(761), **F)

    C('f7-rating-kata-empat-komentar', 'gmail', 'Ayu Pradnyani', 'ayupradnyani@gmail.com',
      'Re: ' + SUBJ_RATE % 762, T('''
        Saya beri nilai empat. Datanya lengkap, hanya saja balasannya agak lama (hampir seminggu).

        Salam,
        Ayu
        '''), kind='rating', rating=4, name='Ayu', req=False, ticket='PST-2026-00762',
      quote=gq(RATE_ID % 762, 'id'), **rp(762), **F)

    C('f7-rating-stars-emoji-iphone', 'iphone', 'Bagus', 'bagus.pratama.jbr@gmail.com',
      'Re: ' + SUBJ_RATE % 763, T('''
        ⭐⭐⭐⭐⭐ mantap min, cepet bgt responnya!

        Sent from my iPhone
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-00763', quote=iq(RATE_ID % 763),
      **rp(763), **F)

    C('f7-rating-slash-five-saran-outlook', 'outlook', 'Kadek Wira Adnyana', 'wira.adnyana@jembranakab.go.id',
      'RE: ' + SUBJ_RATE % 764, T('''
        Nilai: 4/5
        Saran: mohon tabel dikirim dalam format Excel, bukan PDF hasil pindai, agar mudah diolah.

        Terima kasih,
        Kadek Wira Adnyana
        Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana
        '''), kind='rating', rating=4, name='Kadek Wira Adnyana',
      inst='Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana', req=False, ticket='PST-2026-00764',
      quote=oq(RATE_ID % 764, 'Kadek Wira Adnyana <wira.adnyana@jembranakab.go.id>', SUBJ_RATE % 764, 'id'),
      **rp(764), **F)

    C('f7-rating-en-three-of-five-reminders', 'gmail', 'Tomás Herrera', 'tomas.herrera@uc.cl',
      'Re: ' + SUBJ_RATE % 765, T('''
        I'd give it a 3 out of 5. The data was correct, but I only got it after sending two reminders.

        Regards,
        Tomás Herrera
        '''), kind='rating', rating=3, name='Tomás Herrera', req=False, lang='en', ticket='PST-2026-00765',
      quote=gq(RATE_EN % 765), **rp(765), **F)

    C('f7-rating-one-with-reason-yahoo', 'yahoo', 'Wayan Sumadi', 'wayansumadi@yahoo.co.id',
      'Re: ' + SUBJ_RATE % 766, T('''
        1

        Data yang dikirim bukan yang saya minta (saya minta data per desa, yang dikirim per kecamatan) dan setelah saya balas tidak ada tindak lanjut.

        Wayan Sumadi
        '''), kind='rating', rating=1, name='Wayan Sumadi', req=False, ticket='PST-2026-00766',
      quote=yq(RATE_ID % 766), **rp(766), **F)

    C('f7-rating-bintang-tiga-slang', 'gmail', 'nanda', 'nandaputri.k@gmail.com',
      'Re: ' + SUBJ_RATE % 767, T('''
        bintang 3 aja ya min 😅 tabelnya pdf jadi ga bisa dicopy ke excel
        '''), kind='rating', rating=3, req=False, ticket='PST-2026-00767',
      quote=gq(RATE_ID % 767, 'id'), **rp(767), **F)

    C('f7-rating-new-mail-ticket-in-body', 'gmail', 'Wayan Gede Astawa', 'astawa.gapoktan@gmail.com',
      'Penilaian layanan PST', T('''
        Om Swastyastu,

        Untuk tiket PST-2026-00768 saya beri nilai 5 (sangat puas). Terima kasih kepada Bli petugas yang dengan sabar menjelaskan cara membaca tabel NTP.

        I Wayan Gede Astawa
        '''), kind='rating', rating=5, name='I Wayan Gede Astawa', req=False, ticket='PST-2026-00768', **F)

    C('f7-rating-lima-thunderbird-ida-bagus', 'thunderbird', 'Ida Bagus Putu Mahendra', 'gusmahendra@unhi.ac.id',
      'Re: ' + SUBJ_RATE % 769, T('''
        Nilai saya: lima. Sangat puas, pelayanannya cepat dan ramah.

        Suksma,
        Ida Bagus Putu Mahendra
        '''), kind='rating', rating=5, name='Ida Bagus Putu Mahendra', req=False, ticket='PST-2026-00769',
      quote=tq(RATE_ID % 769), **rp(769), **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints and suggestions
    # ------------------------------------------------------------------------------------------------
    C('f7-complaint-caps-two-weeks', 'gmail', 'Rudi Hartono', 'rudi.majubersama@gmail.com',
      'Re: ' + SUBJ_ACK % 770, T('''
        SUDAH DUA MINGGU TIDAK ADA BALASAN!!! Katanya paling lambat 3 hari kerja. Saya butuh data ini untuk tender dan tenggatnya sudah lewat. Tolong diperhatikan, jangan cuma janji.

        Rudi Hartono
        CV Maju Bersama Teknik
        '''), kind='complaint', name='Rudi Hartono', inst='CV Maju Bersama Teknik', req=False,
      ticket='PST-2026-00770',
      quote=gq(ACK % (770, 'Rudi Hartono', 'CV Maju Bersama Teknik',
                      'Upah minimum dan jumlah tenaga kerja konstruksi 2025'), 'id'), **rp(770), **F)

    C('f7-complaint-saran-website-hp', 'gmail', 'Luh Suastini', 'luhsuastini@gmail.com',
      'Saran untuk website BPS Jembrana', T('''
        Selamat sore,

        Saya Ni Luh Made Suastini, ingin menyampaikan saran. Website BPS Kabupaten Jembrana sangat sulit dibuka lewat HP: tabelnya terpotong dan tombol unduh tidak muncul. Mohon tampilannya dibuat lebih ramah untuk ponsel, karena kebanyakan masyarakat di desa hanya punya HP.

        Terima kasih.
        '''), kind='complaint', name='Ni Luh Made Suastini', req=False, **F)

    C('f7-complaint-en-inconsistent-figures', 'gmail', 'Rebecca Nwosu', 'rebecca.nwosu@nottingham.edu.my',
      'Inconsistent population figures - Jembrana Regency in Figures 2026', T('''
        Dear BPS Jembrana,

        I'd like to flag an inconsistency. Table 3.1.2 of Jembrana Regency in Figures 2026 gives a 2025 population of 325,110, while the dynamic table on your website shows 322,400 for the same year. Several of my students have cited different numbers as a result. Please check and correct one of them, and add a note explaining any difference in definitions.

        Kind regards,
        Dr. Rebecca Nwosu
        Senior Lecturer, School of Economics
        University of Nottingham Malaysia
        '''), kind='complaint', name='Dr. Rebecca Nwosu', inst='University of Nottingham Malaysia', req=False,
      lang='en', **F)

    C('f7-complaint-anon-iphone-short', 'iphone', 'wyn', 'wyn.jbr99@gmail.com',
      'kecewa', T('''
        pelayanan lama bgt, udah seminggu ga dibales. males deh

        Sent from my iPhone
        '''), kind='complaint', req=False, **F)

    C('f7-complaint-wrong-regency-data', 'outlook', 'I Gede Made Sudiarta', 'sudiarta.setwan@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 775, T('''
        Selamat siang,

        Data yang dikirim ternyata data Kabupaten Tabanan, bukan Kabupaten Jembrana. Ini sangat merepotkan karena sudah terlanjur saya masukkan ke bahan rapat. Mohon segera dikirim ulang data yang benar, yaitu jumlah penduduk miskin per kecamatan di Jembrana 2023-2025.

        I Gede Made Sudiarta
        Sekretariat DPRD Kabupaten Jembrana
        '''), kind='complaint', name='I Gede Made Sudiarta', inst='Sekretariat DPRD Kabupaten Jembrana',
      req=True, ticket='PST-2026-00775',
      quote=oq(DELIV_ID % 775, 'I Gede Made Sudiarta <sudiarta.setwan@jembranakab.go.id>', SUBJ_DATA % 775, 'id'),
      **rp(775), **F)

    C('f7-complaint-enumerator-at-night', 'gmail', 'Muhammad Saleh', 'msaleh.pengambengan@gmail.com',
      'Keberatan atas petugas survei', T('''
        Assalamualaikum,

        Saya H. Muhammad Saleh, warga Desa Pengambengan. Saya mau menyampaikan keberatan. Kemarin malam sekitar jam 9 ada petugas yang mengaku dari BPS datang ke rumah menanyakan penghasilan dan tabungan keluarga kami, tanpa menunjukkan kartu identitas. Istri saya sampai takut. Apakah benar itu petugas BPS? Mohon ditertibkan, jangan datang malam-malam.

        Wassalam.
        '''), kind='complaint', name='H. Muhammad Saleh', req=False, **F)

    C('f7-complaint-usul-pelatihan-operator', 'gmail', 'Made Dwipayana', 'dwipayana.batuagung@gmail.com',
      'Usulan pelatihan pengolahan data untuk operator desa', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Saya Made Dwipayana, operator desa di Kantor Desa Batuagung. Sekadar usul: bagaimana jika BPS mengadakan pelatihan singkat pengolahan data (Excel) untuk operator desa se-Kecamatan Jembrana? Banyak dari kami kesulitan menyusun profil desa setiap tahun.

        Terima kasih atas perhatiannya.
        '''), kind='complaint', name='Made Dwipayana', inst='Kantor Desa Batuagung', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f7-ooo-outlook-en-fieldwork-headers', 'outlook', 'Wahyu Harjono', 'w.harjono@unmas.ac.id',
      'Automatic reply: ' + SUBJ_DATA % 780, T('''
        Thank you for your message. I am currently on fieldwork in Nusa Penida with limited connectivity and will be back on 7 December 2026. For urgent matters please contact the department office at ekonomi@unmas.ac.id.

        Best regards,
        Dr. Wahyu Harjono
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-00780',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(780), **F)

    C('f7-ooo-gmail-cuti-melahirkan-own-subject', 'gmail', 'Ni Putu Sri Apriyanti', 'sriapriyanti@gmail.com',
      'Sedang cuti', T('''
        Halo, terima kasih atas email Anda.

        Saya sedang cuti melahirkan sampai 15 Januari 2027 dan tidak memeriksa email secara rutin. Untuk urusan kantor silakan hubungi Bu Komang di nomor 0361-22xxxx.

        Salam,
        Ni Putu Sri Apriyanti
        '''), kind='auto_reply', req=False, extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')],
      **rp(781), **F)

    C('f7-ooo-yahoo-dinas-luar-body-only', 'yahoo', 'Ketut Budiana', 'ketutbudiana@yahoo.com',
      'Re: ' + SUBJ_ACK % 782, T('''
        Mohon maaf, saya sedang melaksanakan tugas dinas luar daerah tanggal 23-27 November 2026. Email Anda akan saya balas setelah kembali ke kantor.

        (Pesan ini dikirim secara otomatis)
        '''), kind='auto_reply', req=False, ticket='PST-2026-00782', **F)

    C('f7-ooo-helpdesk-ack-own-ticket', 'plain', 'Helpdesk UPT TIK Undiksha', 'helpdesk@undiksha.ac.id',
      '[Tiket #TIK-48213] Re: ' + SUBJ_DATA % 783, T('''
        Yth. Pengguna,

        Terima kasih telah menghubungi Helpdesk UPT TIK. Pesan Anda telah tercatat dengan nomor tiket #TIK-48213 dan akan ditangani sesuai antrean.

        Mohon tidak membalas email ini.

        Helpdesk UPT TIK
        '''), kind='auto_reply', req=False, ticket='PST-2026-00783',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk'), ('X-Autoreply', 'yes')], **F)

    C('f7-ooo-plain-en-travelling-body-only', 'plain', 'Tom Whitfield', 'tom.whitfield@protonmail.com',
      'Re: ' + SUBJ_DATA % 784, T('''
        Hi, I'm travelling until 2 December with patchy internet and will reply when I'm back.

        This is an automatic message.
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-00784', **F)

    C('f7-ooo-outlook-id-pelatihan-pka', 'outlook', 'I Made Sudarma', 'made.sudarma@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_RATE % 785, T('''
        Yth. Bapak/Ibu,

        Saya sedang mengikuti Pelatihan Kepemimpinan Administrator (PKA) di BPSDM Provinsi Bali sampai dengan 11 Desember 2026. Untuk keperluan mendesak silakan menghubungi Sekretariat Dinas Koperasi, UKM dan Perdagangan Kabupaten Jembrana, telp. (0365) 4xxxx.

        Salam,
        I Made Sudarma
        '''), kind='auto_reply', req=False, ticket='PST-2026-00785',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(785), **F)

    C('f7-ooo-srikandi-tanda-terima', 'plain', 'SRIKANDI Kabupaten Jembrana', 'noreply@jembranakab.go.id',
      'Tanda terima: ' + SUBJ_ACK % 786, T('''
        Email Anda telah diterima oleh sistem persuratan elektronik Pemerintah Kabupaten Jembrana dengan nomor agenda 2026/11/3418.

        Email ini dikirim otomatis, mohon tidak dibalas.
        '''), kind='auto_reply', req=False, ticket='PST-2026-00786',
      extra=[('Auto-Submitted', 'auto-generated')], **F)

    # ------------------------------------------------------------------------------------------------
    # Bounces
    # ------------------------------------------------------------------------------------------------
    D('f7-dsn-postfix-no-such-user', dict(recipient='dewaayu.candra2022@gmail.com', original_message_id=OUR(790),
                                          orig_subject=SUBJ_ACK % 790), 'PST-2026-00790', **F)

    D('f7-dsn-exchange-mailbox-full', dict(
        recipient='gungwira@undiknas.ac.id', original_message_id=OUR(791), orig_subject=SUBJ_DATA % 791,
        status='5.2.2', mta='undiknas.ac.id',
        **{'from': 'Microsoft Outlook <postmaster@undiknas.ac.id>',
           'subject': 'Undeliverable: ' + SUBJ_DATA % 791,
           'text': ("Your message to gungwira@undiknas.ac.id couldn't be delivered.\n\n"
                    "The recipient's mailbox is full and can't accept messages now. Please try resending this "
                    "message later, or contact the recipient directly.\n\ngungwira@undiknas.ac.id\n"
                    "Remote Server returned '552 5.2.2 mailbox full'")}), 'PST-2026-00791', **F)

    D('f7-dsn-delayed-warning', dict(
        recipient='desaperancak@jembranakab.go.id', original_message_id=OUR(792), orig_subject=SUBJ_RATE % 792,
        action='delayed', status='4.4.1', subject='Delayed Mail (still being retried)',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              '####################################################################\n'
              '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
              '####################################################################\n\n'
              'Your message could not be delivered for 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n'
              '<desaperancak@jembranakab.go.id>: connect to mail.jembranakab.go.id[103.12.84.21]:25:\n'
              '    Connection timed out')), 'PST-2026-00792', **F)

    D('f7-dsn-indonesian-no-auto-submitted', dict(
        recipient='keuangan.rsunegara@jembranakab.go.id', original_message_id=OUR(793), orig_subject=SUBJ_ACK % 793,
        no_auto_submitted=True, subject='Pesan tidak terkirim',
        text=('Pesan Anda tidak dapat dikirim ke penerima berikut:\n\n'
              '    keuangan.rsunegara@jembranakab.go.id\n'
              '    Alamat email tidak ditemukan (550 5.1.1 User unknown).\n\n'
              'Mohon periksa kembali alamat penerima.'),
        **{'from': 'Sistem Surat Elektronik <MAILER-DAEMON@mail.jembranakab.go.id>'}), 'PST-2026-00793',
      lang='id', **F)
