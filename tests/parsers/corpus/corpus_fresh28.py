# corpus_fresh28.py: a twenty-eighth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh28"; tickets PST-2026-028xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh28')

    # Our own mails, as they appear quoted in replies.
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    SUBJ_LETTER = '[PST-2026-%05d] Mohon surat pengantar'
    DELIV_ID = ('Yth. Bapak/Ibu,\n\nBersama ini kami kirimkan data yang Bapak/Ibu minta (tiket PST-2026-%05d) '
                'dalam lampiran. Apabila ada pertanyaan, silakan membalas email ini.\n\nSalam,\n'
                'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    DELIV_EN = ('Dear Sir/Madam,\n\nPlease find attached the data you requested (ticket PST-2026-%05d). '
                'Should you have further questions, simply reply to this email.\n\nKind regards,\n'
                'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    DELIV_LINK_EN = ('Dear Sir/Madam,\n\nThe data you requested (ticket PST-2026-%05d) can be downloaded from the '
                     'link below. For security reasons the link is valid for 24 hours.\n\n'
                     'https://s.bps.go.id/pst5101-dl-%05d\n\nKind regards,\nIntegrated Statistical Services\n'
                     'BPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nTiket PST-2026-%05d telah kami tutup. Kami mohon kesediaan Bapak/Ibu menilai '
               'layanan kami dengan skala 1 (sangat tidak puas) sampai 5 (sangat puas), cukup dengan membalas '
               'email ini.\n\nTerima kasih,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nTicket PST-2026-%05d has been closed. We would appreciate it if you rated our '
               'service on a scale from 1 (very dissatisfied) to 5 (very satisfied) by replying to this email.\n\n'
               'Thank you,\nIntegrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    LETTER_ID = ('Yth. Bapak/Ibu,\n\nPermintaan data Bapak/Ibu (tiket PST-2026-%05d) sedang kami proses. Karena data '
                 'yang diminta berupa data rinci per desa, mohon kirimkan surat pengantar dari instansi atau kampus '
                 'dengan membalas email ini.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 08:47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/2026 08.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def yiq(text):
        """Quote as Yahoo Mail writes it in the Indonesian locale."""
        return ('Pada Rabu, 25 November 2026 08.47.10 WITA, PST BPS Kabupaten Jembrana '
                '<pst5101@bps.go.id> menulis:\n\n\n' + text)

    def rp(n):
        return dict(in_reply_to=OUR(n, '7d2c58a0'), references=[OUR(n, '7d2c58a0')])

    # ================================================================================================
    # New requests: universities, students, researchers
    # ================================================================================================
    C('f28-req-unmul-forestry-student-mangrove', 'gmail', 'Yohanes Dedi', 'yohanesdedingau@gmail.com',
      'Permohonan Data Desa Pesisir untuk Skripsi', T('''
        Selamat siang Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Perkenalkan, nama saya Yohanes Dedi Ngau, mahasiswa tingkat akhir Jurusan Kehutanan, Fakultas Kehutanan Universitas Mulawarman, Samarinda. Saat ini saya sedang menyusun skripsi tentang ketergantungan ekonomi masyarakat pesisir terhadap ekosistem mangrove, dengan studi perbandingan antara Kabupaten Kutai Kartanegara dan Kabupaten Jembrana (Desa Perancak dan Desa Budeng).

        Sehubungan dengan itu, saya memohon bantuan data:
        1) jumlah penduduk dan rumah tangga Desa Perancak dan Desa Budeng, 2020-2025;
        2) jumlah rumah tangga yang mengusahakan subsektor perikanan per desa (ST2023);
        3) jumlah kunjungan wisatawan ke ekowisata mangrove, apabila BPS memiliki datanya.

        Surat keterangan penelitian dari fakultas sudah saya siapkan dan akan saya kirimkan bila diperlukan.

        Atas perhatian dan bantuannya saya ucapkan terima kasih.

        Salam hormat,
        Yohanes Dedi Ngau
        NIM 2005016077
        '''), name='Yohanes Dedi Ngau', inst='Universitas Mulawarman', **F)

    C('f28-req-unud-lecturer-agung-io-consultation', 'outlook', 'A.A. Ngurah Bagus Wirajaya', 'agungwirajaya@unud.ac.id',
      'Konsultasi penurunan Tabel I-O dan permohonan data PDRB', T('''
        Om Swastyastu,

        Yth. Tim PST BPS Kabupaten Jembrana,

        Bersama tim peneliti FEB, kami sedang menyusun kajian dampak pengembangan kawasan industri perikanan Pengambengan terhadap perekonomian Kabupaten Jembrana. Untuk itu kami ingin berkonsultasi mengenai kemungkinan menurunkan Tabel Input-Output Provinsi Bali 2016 menjadi tabel tingkat kabupaten (metode LQ atau RAS), sekaligus memohon data:
        - PDRB atas dasar harga berlaku dan harga konstan menurut 17 lapangan usaha, 2016-2025;
        - jumlah penduduk bekerja menurut lapangan usaha, 2016-2025.

        Apakah konsultasi dapat dilakukan secara daring pada minggu pertama Desember?

        Om Santih, Santih, Santih Om

        Dr. Anak Agung Ngurah Bagus Wirajaya, S.E., M.Si.
        Lektor Kepala – Program Studi Ekonomi Pembangunan
        Fakultas Ekonomi dan Bisnis, Universitas Udayana
        Kampus Bukit Jimbaran, Badung 80361
        Telp. (0361) 701xxx ext. 214
        '''), name='Dr. Anak Agung Ngurah Bagus Wirajaya', inst='Universitas Udayana', **F)

    C('f28-req-undiksha-chat-iphone-lowercase', 'iphone', 'komang dewi', 'kmdewipradnyani@icloud.com', 'minta data kak', T('''
        halo kak, sore 🙏
        sy komang dewi pradnyani mhs undiksha, prodi pendidikan geografi smt 7
        mau minta data jml wisatawan yg dtg ke pantai medewi thn 2022-2025, trs jml homestay/penginapan di kec pekutatan kak
        buat proposal skripsi hehe. klo gk ada yg per pantai, per kecamatan aja gpp kak
        makasihh

        Dikirim dari iPhone saya
        '''), name='komang dewi pradnyani', inst='undiksha', **F)

    C('f28-req-en-anu-phd-thunderbird-signature', 'thunderbird', 'Tom Whitfield', 'thomas.whitfield@anu.edu.au',
      'Data request: landholding and rice field conversion, Jembrana', T('''
        Dear colleagues at BPS Jembrana,

        I hope this message finds you well. I am a PhD candidate working on land fragmentation and the future of the subak irrigation system in western Bali, under the supervision of Professor Helen Caldwell. I will be based in Negara from February to July 2027.

        I would be very grateful for the following tables for Jembrana:

        1. number of agricultural households by size of land controlled, by kecamatan (Agricultural Census 2023, and 2013 for comparison);
        2. area of wetland rice fields (lahan sawah) by kecamatan, 2013-2025;
        3. number of farmers aged 55 and over, by kecamatan, if available.

        Excel files would be ideal, but PDFs are fine too.

        With many thanks,

        --
        Thomas J. Whitfield
        PhD Candidate, Crawford School of Public Policy
        Australian National University
        Canberra ACT 2600, Australia
        '''), name='Thomas J. Whitfield', inst='Australian National University', lang='en', wrap=72, **F)

    C('f28-req-en-vnua-lecturer-rice-prices', 'gmail', 'Thu Hang Nguyen', 'ntthang@vnua.edu.vn',
      'Request for rice price and NTP data (Jembrana)', T('''
        Dear Sir or Madam,

        My name is Nguyen Thi Thu Hang and I am a lecturer at the Faculty of Economics and Rural Development, Vietnam National University of Agriculture, Hanoi. Together with colleagues from Indonesia, we are comparing rice price transmission and farmers' terms of trade in the Red River Delta and in Bali.

        We would be grateful for:
        • monthly farm-gate prices of unhusked rice (GKP and GKG) in Jembrana, 2018-2025;
        • the Farmers' Terms of Trade (NTP) for food crops in Bali, monthly, 2018-2025;
        • rice harvested area and production in Jembrana, 2018-2025.

        Thank you very much for your help.

        Best regards,
        Dr. Nguyen Thi Thu Hang
        Vietnam National University of Agriculture
        Trau Quy, Gia Lam, Hanoi, Vietnam
        '''), name='Dr. Nguyen Thi Thu Hang', inst='Vietnam National University of Agriculture', lang='en', **F)

    C('f28-req-en-latin1-salamanca-makepung', 'latin1', 'José Ángel Ibáñez Ruiz', 'jaibanez@usal.es',
      'Data request - buffaloes and tourism in Jembrana', T('''
        Dear PST team,

        My name is José Ángel Ibáñez Ruiz. I am an associate professor of social anthropology at the Universidad de Salamanca (Spain) and I am preparing a fieldwork season in Jembrana in 2027 on the makepung buffalo races and rural tourism.

        Could you please send me:
        - the number of buffaloes (kerbau) in Jembrana by kecamatan, 2015-2025;
        - the number of foreign and domestic guests in hotels and other accommodation in Jembrana, 2019-2025.

        I read Indonesian reasonably well, so tables in Bahasa Indonesia are perfectly fine.

        Muchas gracias y saludos cordiales,
        José Á. Ibáñez
        '''), name='José Ángel Ibáñez Ruiz', inst='Universidad de Salamanca', lang='en',
      name_charset='ISO-8859-1', name_enc='Q', **F)

    C('f28-req-papuan-student-warmadewa-group-task', 'gmail', 'Yulius Kogoya', 'yulius.kogoya@gmail.com',
      'Mohon data perumahan Kabupaten Jembrana', T('''
        Selamat malam Bapak Ibu petugas BPS,

        Saya Yulius Kogoya, mahasiswa semester 6 Program Studi Ilmu Pemerintahan, Universitas Warmadewa. Saya asli dari Wamena tapi sekarang kuliah di Denpasar. Untuk tugas mata kuliah Kebijakan Publik, kelompok kami memilih topik program bedah rumah di Kabupaten Jembrana.

        Kami butuh data:
        - persentase rumah tangga menurut status kepemilikan rumah dan luas lantai, Jembrana 2023-2025;
        - jumlah rumah tidak layak huni per kecamatan, kalau BPS punya datanya.

        Terima kasih banyak Bapak Ibu. Wa wa wa.

        Yulius
        '''), name='Yulius Kogoya', inst='Universitas Warmadewa', **F)

    C('f28-req-pnb-batak-lecturer-sampling-consultation', 'gmail', 'Rosmaida Simanjuntak', 'rosmaida.smjt@pnb.ac.id',
      'Permohonan konsultasi metode sampling survei wisatawan', T('''
        Horas, salam sejahtera Bapak/Ibu,

        Saya Dr. Rosmaida br. Simanjuntak, S.ST., M.Stat., dosen Jurusan Akuntansi Politeknik Negeri Bali. Tim kami mendapat hibah penelitian terapan untuk melakukan survei kepuasan wisatawan di Kabupaten Jembrana, dan kami ingin berkonsultasi dengan statistisi BPS mengenai penentuan ukuran sampel serta teknik penarikan sampel untuk populasi wisatawan yang tidak memiliki kerangka sampel (misalnya apakah data tamu hotel per bulan cukup layak dipakai sebagai dasar stratifikasi).

        Apakah bisa dijadwalkan pertemuan di kantor BPS Jembrana sekitar tanggal 7-11 Desember?

        Terima kasih.

        Salam,
        Rosmaida
        '''), name='Dr. Rosmaida br. Simanjuntak', inst='Politeknik Negeri Bali', **F)

    C('f28-req-brin-population-centre-outlook', 'outlook', 'Lestari Wulandari', 'lest016@brin.go.id',
      'Permohonan data kependudukan dan migrasi Kabupaten Jembrana', T('''
        Yth. Bapak/Ibu,

        Saya Dr. Lestari Wulandari, peneliti ahli madya di Pusat Riset Kependudukan BRIN. Kami sedang meneliti migrasi kembali (return migration) pekerja kapal pesiar dan dampaknya pada struktur umur desa-desa di Bali bagian barat.

        Kami mohon data Kabupaten Jembrana berikut:
        1. penduduk menurut kelompok umur dan jenis kelamin per kecamatan, SP2010 dan SP2020;
        2. migrasi risen dan migrasi seumur hidup (SP2020 Long Form);
        3. rasio ketergantungan per kecamatan, 2020-2025.

        Jika memungkinkan, kami juga ingin berdiskusi dengan fungsi statistik sosial mengenai ketersediaan data Susenas tingkat kabupaten untuk topik migrasi.

        Salam hormat,
        Lestari Wulandari
        Pusat Riset Kependudukan – BRIN
        Gedung Widya Graha Lt. 10, Jl. Jend. Gatot Subroto 10, Jakarta
        '''), name='Dr. Lestari Wulandari', inst='Pusat Riset Kependudukan BRIN', **F)

    C('f28-req-en-mids-chennai-women-fisheries', 'gmail', 'Priya Raghunathan', 'priya.r@mids.ac.in',
      "Request: women's employment data for Jembrana", T('''
        Dear Sir/Madam,

        I am Dr. Priya Raghunathan, Assistant Professor at the Madras Institute of Development Studies, Chennai. I study women's work in small-scale fisheries and am building a comparison between coastal Tamil Nadu and Bali.

        Could you kindly share, for Jembrana:
        - labour force participation rate by sex, 2015-2025;
        - employed women by main industry and status in employment, latest year;
        - the number of fishing households, by kecamatan.

        If any of this is only available against a fee, please let me know the procedure.

        Warm regards,
        Priya
        '''), name='Dr. Priya Raghunathan', inst='Madras Institute of Development Studies', lang='en', **F)

    C('f28-req-umm-supervisor-writes-for-student', 'outlook', 'Siti Nurjanah', 'sitinurjanah@umm.ac.id',
      'Permohonan data untuk skripsi mahasiswa bimbingan', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh,

        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Saya Dr. Hj. Siti Nurjanah, M.Si., dosen Program Studi Ekonomi Pembangunan Universitas Muhammadiyah Malang. Saya menulis email ini selaku dosen pembimbing mahasiswa kami, Sdr. Muhammad Rafi Alfarizi (NIM 202110180311077), yang sedang menyelesaikan skripsi tentang peran sektor pariwisata dalam penyerapan tenaga kerja di kabupaten-kabupaten di Bali.

        Mahasiswa tersebut memerlukan data Kabupaten Jembrana:
        1. PDRB lapangan usaha penyediaan akomodasi dan makan minum, 2015-2025;
        2. jumlah penduduk bekerja di lapangan usaha tersebut, 2015-2025.

        Mohon data dapat dikirim ke email ini dengan tembusan kepada mahasiswa (rafialfarizi@webmail.umm.ac.id).

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Siti Nurjanah
        '''), name='Dr. Hj. Siti Nurjanah', inst='Universitas Muhammadiyah Malang', **F)

    C('f28-req-en-uplb-coconut-filipina', 'gmail', 'Tina Villanueva', 'mcdelacruzvillanueva@up.edu.ph',
      'Coconut statistics for MS thesis (Jembrana)', T('''
        Hello BPS Jembrana!

        I'm Maria Cristina Dela Cruz-Villanueva, a graduate student (MS Agricultural Economics) at the University of the Philippines Los Baños. My thesis looks at coconut smallholders in Quezon province, and my adviser suggested adding a Balinese case since Jembrana is one of Bali's coconut centres.

        May I request:
        - coconut area and production by kecamatan, 2015-2025;
        - the number of households growing coconut (ST2023);
        - farm-gate prices for copra, if available.

        Salamat po and thank you in advance!

        Tina
        '''), name='Maria Cristina Dela Cruz-Villanueva', inst='University of the Philippines Los Baños', lang='en', **F)

    # ================================================================================================
    # New requests: schools, government, villages
    # ================================================================================================
    C('f28-req-html-only-geography-teacher-sman2', 'html_only', 'Maria Lenan', 'marialenan.geo@gmail.com',
      'Permohonan data kependudukan untuk bahan ajar', T('''
        Selamat sore Bapak/Ibu,

        Nama saya Maria Goreti Nona Lenan, guru Geografi di SMA Negeri 2 Negara. Untuk materi kelas XI tentang dinamika kependudukan, saya ingin memakai data Jembrana sendiri supaya siswa lebih mudah memahami. Bolehkah saya meminta:

        1. jumlah penduduk, luas wilayah dan kepadatan penduduk per kecamatan tahun 2025;
        2. penduduk Kabupaten Jembrana menurut kelompok umur dan jenis kelamin tahun 2020 dan 2025 (untuk piramida penduduk).

        Terima kasih, Tuhan memberkati.

        Salam,
        Ibu Maria Lenan
        '''), name='Maria Goreti Nona Lenan', inst='SMA Negeri 2 Negara', **F)

    C('f28-req-smk-pupil-group-task-yahoo', 'yahoo', 'kadek dwi anggreni', 'dwianggreni07@yahoo.com',
      'Minta data UMKM untuk tugas sekolah', T('''
        Selamat siang Bapak/Ibu BPS.

        Perkenalkan saya Kadek Dwi Anggreni, siswi kelas XI Akuntansi di SMK PGRI 1 Negara. Kami mendapat tugas kelompok mata pelajaran Ekonomi Bisnis untuk membuat laporan tentang UMKM di Jembrana, dan guru kami menyarankan minta data ke BPS.

        Kami perlu data jumlah usaha mikro dan kecil di Kabupaten Jembrana per kecamatan dan menurut jenis usahanya, tahun yang paling baru.

        Terima kasih Bapak/Ibu 🙏

        Kadek Dwi Anggreni

        Dikirim dari Yahoo Mail di Android
        '''), name='Kadek Dwi Anggreni', inst='SMK PGRI 1 Negara', **F)

    C('f28-req-dinkes-numbered-letter-in-body', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dikes@jembranakab.go.id',
      'Permohonan Data Proyeksi Penduduk untuk Sasaran Program Kesehatan 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 1, Negara, Bali 82212 – Telp. (0365) 41xxx
        ==================================================================

        Negara, 19 November 2026

        Nomor    : 400.7.1/2214/Dikes/2026
        Sifat    : Biasa
        Lampiran : -
        Hal      : Permohonan Data Proyeksi Penduduk

        Kepada
        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
            Tempat

        Dengan hormat,

        Menindaklanjuti Surat Edaran Kepala Dinas Kesehatan Provinsi Bali Nomor 400.7/8841/Dinkes tanggal 3 November 2026 tentang Penetapan Sasaran Program Kesehatan Tahun 2027, bersama ini kami mohon bantuan data sebagai berikut:

        1. proyeksi jumlah penduduk tahun 2027 menurut kelompok umur lima tahunan dan jenis kelamin per kecamatan;
        2. proyeksi jumlah bayi (0 tahun) dan balita (0-4 tahun) per kecamatan tahun 2027;
        3. jumlah penduduk perempuan usia 15-49 tahun per desa/kelurahan tahun 2025.

        Data tersebut akan digunakan sebagai dasar penetapan sasaran program imunisasi, kesehatan ibu dan anak, serta gizi. Narahubung: Ni Putu Eka Suryantini, S.KM. (Sub Koordinator Data dan Informasi), HP 0813-3790-xxxx.

        Demikian kami sampaikan, atas kerja sama yang baik diucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        ttd.

        dr. I Gusti Bagus Oka Parwata, M.Kes.
        Pembina Utama Muda
        NIP 19700822 200003 1 006
        '''), name='dr. I Gusti Bagus Oka Parwata', inst='Dinas Kesehatan Kabupaten Jembrana', **F)

    C('f28-req-puskesmas-midwife-bdn-title', 'gmail', 'Made Ayu Sriasih', 'bdn.ayusriasih@gmail.com',
      'Mohon data sasaran KIA Kecamatan Melaya', T('''
        Selamat pagi Bapak/Ibu,

        Saya Bdn. Ni Made Ayu Sriasih, bidan koordinator di UPTD Puskesmas Melaya II. Kami sedang menyusun Pemantauan Wilayah Setempat KIA tahun 2027 dan ingin mencocokkan sasaran kami dengan data BPS. Mohon dibantu:

        - jumlah penduduk perempuan usia 15-49 tahun di Desa Blimbingsari, Desa Ekasari dan Desa Nusasari tahun 2025;
        - jumlah kelahiran per tahun di Kecamatan Melaya, 2021-2025, bila ada.

        Terima kasih banyak, sehat selalu.

        Salam,
        Bdn. Ni Made Ayu Sriasih, S.Tr.Keb.
        UPTD Puskesmas Melaya II
        '''), name='Bdn. Ni Made Ayu Sriasih', inst='UPTD Puskesmas Melaya II', **F)

    C('f28-req-sekdes-forwards-perbekel-letter', 'gmail', 'Desa Tukadaya', 'pemdes.tukadaya@gmail.com',
      'Fwd: Permohonan data untuk penyusunan RPJMDes', T('''
        Om Swastyastu Bapak/Ibu PST,

        Saya Kadek Sumerta, Sekretaris Desa pada Pemerintah Desa Tukadaya. Berikut saya teruskan surat Bapak Perbekel yang minggu lalu sudah dikirim ke alamat email kantor BPS tetapi belum ada balasan. Mohon kiranya dapat dibantu.

        Suksma,
        Kadek Sumerta

        ---------- Forwarded message ---------
        Dari: Perbekel Tukadaya <perbekel.tukadaya@gmail.com>
        Date: Kam, 19 Nov 2026 pukul 10.37
        Subject: Permohonan data untuk penyusunan RPJMDes
        To: <bps5101@bps.go.id>


        Om Swastyastu,

        Dengan hormat, dalam rangka penyusunan RPJM Desa Tukadaya tahun 2027-2032, kami mohon bantuan data:
        1. jumlah penduduk menurut kelompok umur dan jenis kelamin Desa Tukadaya, 2020-2025;
        2. jumlah rumah tangga usaha pertanian menurut subsektor di Desa Tukadaya (ST2023);
        3. data Podes 2024 untuk Desa Tukadaya.

        Om Santih, Santih, Santih Om

        Perbekel Tukadaya,
        I Putu Adi Suryawan
        '''), name='Kadek Sumerta', inst='Pemerintah Desa Tukadaya', **F)

    C('f28-req-kantor-camat-profile-outlook', 'outlook', 'Sri Astuti', 'sriastuti.kecpekutatan@gmail.com',
      'Permohonan data untuk Profil Kecamatan Pekutatan 2026', T('''
        Selamat pagi,

        Kami sedang memperbarui Profil Kecamatan Pekutatan tahun 2026. Mohon bantuan data:
        - jumlah penduduk, rumah tangga dan kepadatan per desa, 2025;
        - jumlah sekolah, fasilitas kesehatan dan tempat ibadah per desa (Podes 2024);
        - luas panen dan produksi padi, kelapa dan kakao di Kecamatan Pekutatan, 2025.

        Data dapat dikirim ke email ini.

        Terima kasih.

        Salam,
        Ni Wayan Sri Astuti, S.Sos.
        Kasi Pemerintahan
        Kantor Camat Pekutatan
        '''), name='Ni Wayan Sri Astuti', inst='Kantor Camat Pekutatan', **F)

    C('f28-req-dinsos-consultation-poverty-vs-dtsen', 'outlook', 'Kadek Yuliani', 'kadekyuliani.dinsos@jembranakab.go.id',
      'Mohon waktu konsultasi data kemiskinan', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Kadek Yuliani, Pekerja Sosial Ahli Pertama di Dinas Sosial Kabupaten Jembrana. Kami ingin berkonsultasi mengenai perbedaan antara angka kemiskinan BPS dan jumlah keluarga pada desil 1-4 DTSEN, karena anggota DPRD menanyakan mengapa jumlah penerima bantuan sosial jauh lebih besar daripada jumlah penduduk miskin. Selain itu mohon dijelaskan cara membaca garis kemiskinan per kapita Kabupaten Jembrana tahun 2025.

        Kami siap datang ke kantor BPS sesuai jadwal yang Bapak/Ibu tentukan.

        Terima kasih.

        Ni Kadek Yuliani, S.Tr.Sos.
        '''), name='Ni Kadek Yuliani', inst='Dinas Sosial Kabupaten Jembrana', **F)

    C('f28-req-rsud-planning-letter-signature', 'outlook', 'Perencanaan RSUD Negara', 'perencanaan.rsudnegara@gmail.com',
      'Permohonan data pendukung Renstra RSUD 2027-2031', T('''
        Yth. Pimpinan BPS Kabupaten Jembrana
        u.p. Pelayanan Statistik Terpadu

        Dengan hormat,

        Dalam rangka penyusunan Rencana Strategis tahun 2027-2031, bagian perencanaan rumah sakit kami memerlukan data pendukung berikut:

        1. proyeksi penduduk Kabupaten Jembrana menurut kelompok umur, 2026-2031;
        2. persentase penduduk yang memiliki jaminan kesehatan, 2021-2025;
        3. angka kesakitan (morbiditas) penduduk Kabupaten Jembrana, 2021-2025.

        Terima kasih atas perhatian dan kerja sama Bapak/Ibu.

        Hormat kami,

        dr. Ida Ayu Made Sri Wahyuni, MARS
        Kepala Bagian Perencanaan dan Evaluasi
        Rumah Sakit Umum Daerah Negara
        Jl. Wijaya Kusuma No. 17, Negara
        '''), name='dr. Ida Ayu Made Sri Wahyuni', inst='Rumah Sakit Umum Daerah Negara', **F)

    C('f28-req-dinas-perikanan-need-in-attached-letter', 'outlook', 'Luh Gede Ratna Komalasari', 'ratnakomalasari@jembranakab.go.id',
      'Surat Permohonan Data', T('''
        Selamat pagi,

        Bersama ini kami sampaikan surat permohonan data dari Dinas Perikanan Kabupaten Jembrana. Rincian data yang dimohon tercantum dalam surat terlampir. Mohon kiranya dapat ditindaklanjuti.

        Terima kasih.

        Salam,
        Luh Gede Ratna Komalasari
        Staf Bidang Perikanan Tangkap
        Dinas Perikanan Kabupaten Jembrana
        '''), name='Luh Gede Ratna Komalasari', inst='Dinas Perikanan Kabupaten Jembrana',
      attachments=[PDF('Surat Permohonan Data Produksi Perikanan Tangkap 2021-2025.pdf')], **F)

    C('f28-req-bendesa-adat-balinese-alus', 'gmail', 'Gusti Alit Arsana', 'gustialitarsana@gmail.com', 'Nunas data penduduk', T('''
        Om Swastyastu,

        Titiang I Gusti Ketut Alit Arsana, Bendesa Adat Desa Adat Lelateng. Titiang nunas bantuan data saking BPS: jumlah penduduk lan jumlah kepala keluarga ring Kelurahan Lelateng miwah Desa Baler Bale Agung tahun 2020-2025, pacang anggen nyusun pararem indik urunan krama tamiu.

        Yening wenten data penduduk pendatang ring wewidangan punika, titiang taler nunas.

        Matur suksma.

        Om Santih, Santih, Santih Om
        '''), name='I Gusti Ketut Alit Arsana', inst='Desa Adat Lelateng', **F)

    C('f28-req-kelompok-tani-yahoo-android-rainfall', 'yahoo', 'nyoman karyasa', 'nyomankaryasa64@yahoo.co.id',
      'Permohonan data curah hujan', T('''
        Om Swastyastu

        Dengan hormat, saya I Nyoman Gede Karyasa, ketua Kelompok Tani Tunas Mekar Desa Delod Berawah. Kelompok kami mau mengajukan proposal bantuan pompa air dan pembangunan embung ke Dinas Pertanian, dan diminta melampirkan data pendukung. Mohon bantuan data curah hujan dan hari hujan per bulan di Kecamatan Mendoyo tahun 2021-2025 serta luas panen padi dan palawija Desa Delod Berawah.

        Suksma Bapak/Ibu.

        I Nyoman Gede Karyasa
        Ketua Kelompok Tani Tunas Mekar
        HP. 0819-3366-xxxx

        Dikirim dari Yahoo Mail di Android
        '''), name='I Nyoman Gede Karyasa', inst='Kelompok Tani Tunas Mekar Desa Delod Berawah', **F)

    C('f28-req-bumdes-need-in-docx-form', 'gmail', 'BUMDes Mandala Giri', 'bumdes.mandalagiri@gmail.com',
      'Permohonan data - BUMDes Mandala Giri', T('''
        Om Swastyastu,

        Saya I Putu Wirawan, manajer BUMDes Mandala Giri Desa Yehembang Kangin. BUMDes kami sedang menyiapkan studi kelayakan unit usaha pengolahan kelapa. Rincian data yang kami butuhkan sudah kami isikan pada formulir permintaan data terlampir.

        Suksma atas bantuannya.

        I Putu Wirawan
        '''), name='I Putu Wirawan', inst='BUMDes Mandala Giri Desa Yehembang Kangin',
      attachments=[DOCX('Formulir Permintaan Data - BUMDes Mandala Giri.docx')], **F)

    # ================================================================================================
    # New requests: business, media, NGOs, abroad
    # ================================================================================================
    C('f28-req-baliterkini-journalist-iphone', 'iphone', 'Laksmi', 'laksmi.baliterkini@gmail.com', 'Permintaan data utk berita', T('''
        Selamat siang, Kak. Saya Dewa Ayu Laksmi Pradnyandari, jurnalis BaliTerkini.id. Untuk tulisan menyambut HUT Kota Negara, sy perlu angka kemiskinan Jembrana 2025, tingkat pengangguran terbuka Agustus 2025, dan pertumbuhan ekonomi 2025. Kalau bisa sekalian perbandingan dgn kabupaten lain di Bali. Deadline sy Jumat ini. Terima kasih banyak 🙏

        Laksmi

        Sent from my iPhone
        '''), name='Dewa Ayu Laksmi Pradnyandari', inst='BaliTerkini.id', **F)

    C('f28-req-en-tokyo-ngo-fish-processing', 'outlook', 'Aiko Takahashi', 'a.takahashi@aclnet.or.jp',
      'Request for statistics - women fish processors, Jembrana', T('''
        Dear BPS Jembrana,

        Greetings from Tokyo. I am Aiko Takahashi, Program Officer at the Asia Coastal Livelihood Network, a Japanese non-profit that supports women's fish-processing groups in Southeast Asia. We are planning a small pilot in Pengambengan and Loloan Timur in 2027.

        Could your office provide:
        (a) the number of household-scale fish processing businesses in Kecamatan Negara, latest available;
        (b) female labour force participation in Jembrana, 2019-2025;
        (c) the population of Desa Pengambengan and Kelurahan Loloan Timur by sex.

        We would of course acknowledge BPS Jembrana as the source in our reports.

        Sincerely,

        Aiko Takahashi (Ms.)
        Program Officer
        Asia Coastal Livelihood Network
        3-12-5 Kanda-Jimbocho, Chiyoda-ku, Tokyo 101-0051
        '''), name='Aiko Takahashi', inst='Asia Coastal Livelihood Network', lang='en', **F)

    C('f28-req-bpd-bali-branch-bilingual-disclaimer', 'outlook', 'Komang Arya Wiguna', 'arya.wiguna@bpdbali.co.id',
      'Permohonan data UMKM dan PDRB Kabupaten Jembrana', T('''
        Selamat siang Bapak/Ibu PST BPS Kabupaten Jembrana,

        Perkenalkan, saya Komang Arya Wiguna, Analis Kredit UMKM pada PT Bank Pembangunan Daerah Bali Cabang Negara. Dalam rangka penyusunan Rencana Bisnis Cabang 2027 dan pemetaan potensi kredit usaha rakyat (KUR), kami membutuhkan data:

        1. jumlah usaha mikro dan kecil menurut lapangan usaha per kecamatan, tahun terbaru;
        2. PDRB atas dasar harga berlaku menurut lapangan usaha Kabupaten Jembrana, 2021-2025;
        3. jumlah penduduk usia kerja per kecamatan, 2025.

        Terima kasih atas kerja sama Bapak/Ibu.

        Salam,
        Komang Arya W.
        Analis Kredit UMKM | Bank BPD Bali Cabang Negara
        Jl. Ngurah Rai No. 14, Negara

        ----------------------------------------------------------------------
        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Apabila Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. Bank BPD Bali tidak pernah meminta data pribadi, PIN, atau kode OTP melalui email.
        CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the named recipient. If you are not the intended recipient, please notify the sender and delete this email. Bank BPD Bali will never ask for personal data, PINs or OTP codes by email.
        '''), name='Komang Arya Wiguna', inst='PT Bank Pembangunan Daerah Bali Cabang Negara', **F)

    C('f28-req-cv-building-materials-code-switching', 'gmail', 'Hendra W. Liem', 'hendra.liem@sinarjayaabadi.com',
      'Data rumah tangga per kecamatan', T('''
        Halo Pak/Bu,

        Saya Hendra Wijaya Liem dari CV Sinar Jaya Abadi, distributor bahan bangunan di Negara. Kita lagi planning buka cabang kedua, antara di Melaya atau Pekutatan, so butuh sedikit data buat market sizing:

        - jumlah rumah tangga per kecamatan, 2020-2025;
        - laju pertumbuhan penduduk per kecamatan;
        - kalau ada, jumlah bangunan tempat tinggal baru per tahun.

        Format Excel lebih prefer ya. Thanks a lot Pak/Bu!

        Regards,
        Hendra W. Liem
        0812-3988-xxxx
        '''), name='Hendra Wijaya Liem', inst='CV Sinar Jaya Abadi', **F)

    C('f28-req-yayasan-anak-pesisir-ntt-name', 'gmail', 'Stefanus Bria Seran', 'stefanus.bria@anakpesisir.or.id',
      'Permohonan data situasi anak Kabupaten Jembrana', T('''
        Salam sejahtera,

        Saya Stefanus Bria Seran, koordinator program di Yayasan Anak Pesisir Lestari, lembaga yang mendampingi anak-anak keluarga nelayan di Kecamatan Negara dan Kecamatan Melaya. Kami sedang menyusun laporan situasi anak untuk mitra donor dan memerlukan data:

        - angka partisipasi sekolah (APS) usia 7-12, 13-15 dan 16-18 tahun Kabupaten Jembrana, 2019-2025;
        - persentase anak usia 10-17 tahun yang bekerja, bila tersedia di tingkat kabupaten;
        - jumlah anak usia 0-17 tahun per kecamatan.

        Terima kasih atas dukungan Bapak/Ibu.

        Hormat kami,
        Stefanus Bria Seran
        Koordinator Program
        Yayasan Anak Pesisir Lestari
        Jl. Udayana Gg. Mawar 3, Negara
        '''), name='Stefanus Bria Seran', inst='Yayasan Anak Pesisir Lestari', **F)

    C('f28-req-kud-fishermen-madurese-plain', 'plain', 'Syaiful Anwar', 'syaifulanwar.kud@gmail.com', 'mohon data ikan lemuru', T('''
        Assalamualaikum wr wb

        Selamat pagi bapak ibu BPS. Saya H. Moh. Syaiful Anwar, ketua KUD Mina Segara Pengambengan. Koperasi kami mau mengajukan pinjaman ke LPDB untuk cold storage jadi perlu data produksi ikan lemuru dan ikan layang yg didaratkan di Pengambengan per bulan thn 2024 dan 2025, sama harga rata2 per kg nya kalau ada.

        Matur nuwun. Wassalamualaikum

        Dikirim dari perangkat Android saya
        '''), name='H. Moh. Syaiful Anwar', inst='KUD Mina Segara Pengambengan', **F)

    C('f28-req-en-embassy-finland-trade-officer', 'gmail', 'Eeva Lindqvist', 'eeva.lindqvist@formin.fi',
      'Fisheries statistics for a market brief', T('''
        Dear Sir/Madam,

        I am a trade officer at the Embassy of Finland in Jakarta. We are preparing a market brief for Finnish companies interested in cold-chain and fish-processing technology in East Java and Bali, and the Pengambengan fishing port keeps coming up in our conversations with industry.

        Would you be able to share:
        1. annual fish landings at Pengambengan by main species, 2019-2025;
        2. the number of fish-processing establishments (large, medium and small) in Jembrana;
        3. exports of processed fish from Jembrana, if recorded at regency level.

        Kind regards,

        Eeva Lindqvist
        Trade Officer
        Embassy of Finland in Jakarta
        Menara Rajawali 9th floor, Kawasan Mega Kuningan, Jakarta 12950
        '''), name='Eeva Lindqvist', inst='Embassy of Finland in Jakarta', lang='en', **F)

    C('f28-req-agritech-startup-slang-codeswitch', 'gmail', 'Rizky Nasution', 'rizky@ruangtani.id', 'data petani jembrana', T('''
        Hi tim PST BPS Jembrana!

        Aku Rizky Pratama Nasution, data analyst di PT Ruang Tani Digital (startup agritech, kita punya app marketplace buat petani). Next quarter kita mau expand ke Bali barat dan Jembrana jadi first target.

        Boleh minta:
        1. jumlah rumah tangga usaha pertanian per kecamatan by subsektor (ST2023);
        2. persentase petani yang pakai internet/smartphone, kalau ada dari ST2023;
        3. harga produsen gabah monthly 2024-2025.

        Kalau ada biaya PNBP-nya, just let me know ya. Thank you!

        Best,
        Rizky
        '''), name='Rizky Pratama Nasution', inst='PT Ruang Tani Digital', **F)

    C('f28-req-latin1-surveyor-indonesian-km2', 'latin1', 'Agustinus K. Tjahjono', 'agus.tjahjono@geomandala.co.id',
      'Permohonan data luas wilayah dan kepadatan penduduk', T('''
        Selamat siang,

        Saya Agustinus Kurniawan Tjahjono, S.T., direktur CV Geo Mandala Survei di Denpasar. Kami mendapat pekerjaan pemetaan tata guna lahan untuk rencana detail tata ruang (RDTR) Kawasan Perkotaan Negara dan memerlukan data:

        - luas wilayah (km²) dan jumlah penduduk per desa/kelurahan di Kecamatan Negara dan Kecamatan Jembrana;
        - kepadatan penduduk (jiwa/km²) per desa/kelurahan, 2020-2025;
        - ketinggian wilayah (m dpl) per desa dari Podes.

        Terima kasih atas bantuannya.

        Hormat kami,
        Agustinus K. Tjahjono
        CV Geo Mandala Survei
        '''), name='Agustinus Kurniawan Tjahjono', inst='CV Geo Mandala Survei', **F)

    C('f28-req-phri-chair-letter-style', 'gmail', 'PHRI Jembrana', 'phri.jembrana@gmail.com', 'Permohonan Data Hunian Hotel', T('''
        Om Swastyastu,

        Yth. Kepala BPS Kabupaten Jembrana,

        Kami dari BPC PHRI Kabupaten Jembrana akan menyelenggarakan rapat kerja dengan Pemerintah Kabupaten membahas target kunjungan wisatawan tahun 2027. Untuk itu kami memerlukan data:

        1. tingkat penghunian kamar (TPK) hotel bintang dan nonbintang per bulan, 2023-2025;
        2. rata-rata lama menginap tamu asing dan domestik, 2023-2025;
        3. jumlah usaha penyediaan makan minum per kecamatan.

        Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Ketua BPC PHRI Kabupaten Jembrana,

        I Made Sudarsana Putra, S.E., M.Par.
        '''), name='I Made Sudarsana Putra', inst='BPC PHRI Kabupaten Jembrana', **F)

    C('f28-req-pharmacy-owner-apt-title', 'gmail', 'Yohana Tanuwijaya', 'yohana.apoteksehat@gmail.com', 'Tanya data penduduk per desa', T('''
        Selamat siang,

        Saya apt. Yohana Christina Tanuwijaya, S.Farm., pemilik Apotek Sehat Sentosa di Jalan Gatot Subroto, Negara. Saya berencana membuka apotek kedua dan sedang membandingkan lokasi di Kecamatan Mendoyo dan Kecamatan Melaya. Mohon dibantu data jumlah penduduk dan jumlah rumah tangga per desa di dua kecamatan itu tahun 2025, serta jumlah fasilitas kesehatan (puskesmas, klinik, apotek) per desa menurut Podes 2024.

        Terima kasih,
        Yohana
        '''), name='apt. Yohana Christina Tanuwijaya', inst='Apotek Sehat Sentosa', **F)

    # ================================================================================================
    # New requests lacking the name, the institution or a concrete need
    # ================================================================================================
    C('f28-req-retired-colonel-private-history-book', 'thunderbird', 'Ketut Widana', 'ketutwidana.purn@gmail.com',
      'Permohonan data sensus lama Kecamatan Melaya', T('''
        Dengan hormat,

        Saya Kolonel (Purn.) I Ketut Widana, pensiunan TNI AD, saat ini sedang menulis buku tentang perkembangan penduduk dan permukiman di Kecamatan Melaya sejak tahun 1960-an. Buku ini saya susun secara pribadi, tidak atas nama lembaga mana pun.

        Mohon bantuan data jumlah penduduk per desa di Kecamatan Melaya dari sensus-sensus penduduk terdahulu (1971, 1980, 1990, 2000, 2010 dan 2020), sejauh yang masih tersimpan di BPS.

        Atas bantuannya saya ucapkan terima kasih.

        Hormat saya,
        I Ketut Widana
        '''), name='Kolonel (Purn.) I Ketut Widana', wrap=72, **F)

    C('f28-req-pokdarwis-no-person-named', 'gmail', 'Pokdarwis Segara Kertih', 'pokdarwis.segarakertih@gmail.com',
      'Permohonan data untuk lomba desa wisata', T('''
        Selamat siang Bapak/Ibu.

        Kami dari Pokdarwis Segara Kertih Desa Banyubiru sedang menyiapkan pengajuan lomba desa wisata tingkat provinsi. Salah satu syaratnya adalah data kunjungan wisatawan dan data kependudukan desa. Mohon dibantu data jumlah penduduk Desa Banyubiru menurut mata pencaharian dan jumlah wisatawan yang menginap di Kecamatan Negara tahun 2024-2025.

        Terima kasih.

        Salam Pesona Indonesia,
        Pengurus Pokdarwis Segara Kertih
        '''), inst='Pokdarwis Segara Kertih Desa Banyubiru', **F)

    C('f28-req-iphone-no-name-no-institution', 'iphone', 'Ari', 'ari.yhb21@icloud.com', 'data penduduk', T('''
        permisi min, mau minta data jumlah penduduk desa yehembang per banjar/dusun thn 2025 ya. makasih min

        Sent from my iPhone
        '''), **F)

    C('f28-req-vague-undiknas-wants-consultation', 'gmail', 'Wahyu Pramartha', 'wahyupramartha02@gmail.com', 'Konsultasi', T('''
        Selamat pagi Bapak/Ibu,

        Saya Gede Wahyu Pramartha, mahasiswa Manajemen Universitas Pendidikan Nasional. Saya mau bertanya-tanya dulu soal data untuk skripsi saya nanti. Kira-kira kapan saya bisa datang untuk konsultasi? Apakah harus membuat janji terlebih dahulu?

        Terima kasih.

        Gede Wahyu
        '''), name='Gede Wahyu Pramartha', inst='Universitas Pendidikan Nasional', req=False, **F)

    C('f28-req-vague-en-melbourne-traveller', 'gmail', 'Sarah Whitlock', 'sarahwhitlock.mel@gmail.com', 'Hello from Melbourne', T('''
        Hi there,

        I'm Sarah, from Melbourne. My partner and I spent three weeks in Medewi last year and fell in love with the area. I'm curious to learn more about Jembrana - is there anything you could send me or point me to?

        Cheers,
        Sarah
        '''), name='Sarah', req=False, lang='en', **F)

    C('f28-req-dhyana-pura-student-never-named', 'gmail', 'Putri Amalia', 'putriamalia.hosp@gmail.com',
      'Izin bertanya data wisatawan', T('''
        Selamat siang, izin bertanya Bapak/Ibu. Saya mahasiswi Universitas Dhyana Pura jurusan Hospitality, sedang menyusun laporan magang. Apakah saya bisa mendapatkan data jumlah kunjungan wisatawan mancanegara dan domestik ke Kabupaten Jembrana tahun 2023-2025 per bulan? Terima kasih banyak.
        '''), inst='Universitas Dhyana Pura', **F)

    C('f28-req-housewife-catering-no-institution', 'plain', 'Siti Fatimah', 'sitifatimah.loloan@gmail.com', 'Minta data', T('''
        Assalamualaikum.

        Saya Siti Fatimah, ibu rumah tangga di Loloan Barat. Saya mau mulai usaha katering nasi kotak untuk acara kantor dan hajatan. Boleh saya minta data jumlah kantor pemerintah dan sekolah di Kecamatan Negara, dan jumlah penduduk Kecamatan Negara tahun 2025?

        Terima kasih. Wassalamualaikum.

        Dikirim dari perangkat Android saya
        '''), name='Siti Fatimah', **F)

    C('f28-req-unmas-intro-only-no-need', 'gmail', 'Rai Astiti', 'raiastiti.unmas@gmail.com', 'Mohon bantuan', T('''
        Selamat pagi Bapak/Ibu,

        Saya Ni Putu Rai Astiti, mahasiswi Fakultas Ekonomi Universitas Mahasaraswati Denpasar. Apakah saya bisa minta bantuan data dari BPS Jembrana? Terima kasih sebelumnya.

        Salam,
        Rai
        '''), name='Ni Putu Rai Astiti', inst='Universitas Mahasaraswati Denpasar', req=False, **F)

    C('f28-req-sd-dapodik-operator-no-name-yahoo', 'yahoo', 'sdn3tegalcangkring', 'sdn3tegalcangkring@yahoo.com',
      'Permohonan data anak usia sekolah', T('''
        Selamat siang Bapak/Ibu.

        Mohon bantuan data jumlah anak usia 6 tahun dan 7 tahun di Desa Tegalcangkring dan Desa Penyaringan tahun 2025, untuk perkiraan penerimaan murid baru tahun ajaran 2027/2028.

        Terima kasih.

        Operator Dapodik
        SD Negeri 3 Tegalcangkring
        '''), inst='SD Negeri 3 Tegalcangkring', **F)

    C('f28-req-vague-en-rabat-professor-cooperation', 'outlook', 'Fatima Zahra El Idrissi', 'f.elidrissi@um5.ac.ma',
      'Possible cooperation with BPS Jembrana', T('''
        Dear Director,

        I am Fatima Zahra El Idrissi, professor of economic geography at Mohammed V University in Rabat, Morocco. Our laboratory works with partners in several countries of the Global South, and a colleague who visited Bali last year recommended your office to me.

        I would be glad to know what forms of cooperation or support your office might be able to offer to foreign academic teams, and whom I should contact to discuss this further.

        With my best regards,

        Prof. Fatima Zahra El Idrissi
        Mohammed V University in Rabat
        '''), name='Prof. Fatima Zahra El Idrissi', inst='Mohammed V University in Rabat', req=False, lang='en', **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    ORIG_2801 = ('Pada Min, 22 Nov 2026 pukul 19.40 Dewa Surya <dewasurya.tani@gmail.com> menulis:\n\n'
                 '> min, mohon data luas panen dan produksi cabai rawit per kecamatan di jembrana 2023-2025. thx')
    C('f28-reply-identity-after-ask-nested-chain', 'gmail', 'Dewa Surya', 'dewasurya.tani@gmail.com',
      'Re: ' + SUBJ_ASK % 2801, T('''
        Selamat pagi, maaf min kemarin lupa perkenalan. Nama saya Dewa Gede Surya Pranata, penyuluh swadaya di Kelompok Tani Hortikultura Sari Bumi Desa Ekasari. Datanya untuk bahan rapat penentuan pola tanam cabai musim depan.

        Terima kasih.

        Dewa Surya
        '''), kind='reply', name='Dewa Gede Surya Pranata', inst='Kelompok Tani Hortikultura Sari Bumi Desa Ekasari',
      req=False, ticket='PST-2026-02801', quote=gq(ASK + '\n\n' + ORIG_2801, 'id'), **rp(2801), **F)

    C('f28-reply-iphone-oke-ditunggu-no-name', 'iphone', 'komang dewi', 'kmdewipradnyani@icloud.com',
      'Re: ' + SUBJ_ACK % 2802, T('''
        oke kak ditunggu yaa 🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-02802',
      quote=iq(ACK % (2802, 'Komang Dewi Pradnyani', 'Universitas Pendidikan Ganesha',
                      'Jumlah wisatawan Pantai Medewi 2022-2025; jumlah penginapan Kecamatan Pekutatan')),
      **rp(2802), **F)

    CHAIN_2803 = (DELIV_ID % 2803 + '\n\n' +
                  oq(ACK % (2803, 'dr. Ida Ayu Made Sri Wahyuni', 'Rumah Sakit Umum Daerah Negara',
                            'Proyeksi penduduk menurut umur 2026-2031; jaminan kesehatan; angka kesakitan'),
                     'Perencanaan RSUD Negara <perencanaan.rsudnegara@gmail.com>', SUBJ_ACK % 2803, 'id'))
    C('f28-reply-outlook-thanks-long-chain-hospital', 'outlook', 'Perencanaan RSUD Negara', 'perencanaan.rsudnegara@gmail.com',
      'RE: ' + SUBJ_DATA % 2803, T('''
        Selamat sore,

        Data sudah kami terima lengkap dan sudah kami teruskan ke tim penyusun Renstra. Terima kasih atas bantuannya yang cepat.

        Hormat kami,

        dr. Ida Ayu Made Sri Wahyuni, MARS
        Kepala Bagian Perencanaan dan Evaluasi
        Rumah Sakit Umum Daerah Negara
        '''), kind='reply', name='dr. Ida Ayu Made Sri Wahyuni', inst='Rumah Sakit Umum Daerah Negara', req=False,
      ticket='PST-2026-02803',
      quote=oq(CHAIN_2803, 'Perencanaan RSUD Negara <perencanaan.rsudnegara@gmail.com>', SUBJ_DATA % 2803, 'id'),
      **rp(2803), **F)

    C('f28-reply-thunderbird-bottom-asks-employment-table', 'thunderbird', 'A.A. Ngurah Bagus Wirajaya',
      'agungwirajaya@unud.ac.id', 'Re: ' + SUBJ_DATA % 2804, tq(DELIV_ID % 2804) + '\n\n' + T('''
        Terima kasih, data PDRB sudah kami terima.

        Menindaklanjuti konsultasi daring kemarin, mohon kami dapat dikirimi juga data jumlah penduduk bekerja menurut lapangan usaha per kecamatan dari ST2023 atau Sakernas, bila tersedia, untuk tahun 2023-2025.

        Salam,
        A.A. Ngurah Bagus Wirajaya
        '''), kind='reply', name='A.A. Ngurah Bagus Wirajaya', req=True, ticket='PST-2026-02804', **rp(2804), **F)

    C('f28-reply-new-mail-ticket-in-body-status', 'gmail', 'nyoman karyasa', 'nyomankaryasa64@gmail.com',
      'Menanyakan permohonan data kelompok tani', T('''
        Om Swastyastu, selamat siang Bapak/Ibu.

        Tiang ingin menanyakan perkembangan permohonan data curah hujan dan luas panen yang tiang kirim tanggal 16 November (nomor tiket PST-2026-02805). Proposal ke Dinas Pertanian harus masuk akhir bulan ini.

        Suksma.

        I Nyoman Gede Karyasa
        Kelompok Tani Tunas Mekar
        '''), kind='reply', name='I Nyoman Gede Karyasa', inst='Kelompok Tani Tunas Mekar', req=False,
      ticket='PST-2026-02805', **F)

    C('f28-reply-en-definition-question-processing', 'gmail', 'Aiko Takahashi', 'a.takahashi@aclnet.or.jp',
      'Re: ' + SUBJ_DATA % 2806, T('''
        Dear PST team,

        Thank you very much for the tables. One question about the figures on household-scale fish processing businesses: is each household counted only once even if it processes several products (pindang and dried fish, for example)? And are unregistered home businesses included in the count?

        Best regards,
        Aiko Takahashi
        '''), kind='reply', name='Aiko Takahashi', req=True, lang='en', ticket='PST-2026-02806',
      quote=gq(DELIV_EN % 2806), **rp(2806), **F)

    C('f28-reply-yahoo-sends-research-letter', 'yahoo', 'Yohanes Dedi', 'yohanesdedingau@yahoo.com',
      'Re: ' + SUBJ_LETTER % 2807, T('''
        Selamat siang Bapak/Ibu,

        Berikut saya lampirkan surat keterangan penelitian dari Fakultas Kehutanan. Mohon maaf baru sempat mengirim karena menunggu tanda tangan wakil dekan.

        Terima kasih.

        Yohanes Dedi Ngau
        '''), kind='reply', name='Yohanes Dedi Ngau', req=False, ticket='PST-2026-02807',
      quote=yq(LETTER_ID % 2807), attachments=[PDF('Surat Keterangan Penelitian Fahutan Unmul - Yohanes.pdf')],
      **rp(2807), **F)

    C('f28-reply-colleague-for-absent-officer-dinsos', 'outlook', 'Gede Arta Wijaya', 'artawijaya.dinsos@jembranakab.go.id',
      'RE: ' + SUBJ_ACK % 2808, T('''
        Selamat siang,

        Saya Gede Arta Wijaya, rekan kerja Ibu Ni Kadek Yuliani di Dinas Sosial Kabupaten Jembrana. Beliau sedang mengikuti diklat di Denpasar sampai 4 Desember, sehingga jadwal konsultasi mohon dapat dialihkan kepada saya. Saya bisa hadir hari Rabu atau Kamis pekan depan pukul 09.00.

        Terima kasih.

        Gede Arta Wijaya
        Penyuluh Sosial, Dinas Sosial Kabupaten Jembrana
        '''), kind='reply', name='Gede Arta Wijaya', inst='Dinas Sosial Kabupaten Jembrana', req=False,
      ticket='PST-2026-02808',
      quote=oq(ACK % (2808, 'Ni Kadek Yuliani', 'Dinas Sosial Kabupaten Jembrana',
                      'Konsultasi perbedaan angka kemiskinan dan DTSEN; garis kemiskinan 2025'),
               'Kadek Yuliani <kadekyuliani.dinsos@jembranakab.go.id>', SUBJ_ACK % 2808, 'id'), **rp(2808), **F)

    C('f28-reply-balinese-thanks-android', 'plain', 'Desa Tukadaya', 'pemdes.tukadaya@gmail.com', 'Re: ' + SUBJ_DATA % 2809, T('''
        Sampun katampi datane, matur suksma pisan Bapak/Ibu. Ngiring sareng-sareng ngwangun desa.

        Kadek Sumerta

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='Kadek Sumerta', req=False, ticket='PST-2026-02809',
      quote=aq(DELIV_ID % 2809), **rp(2809), **F)

    C('f28-reply-html-only-corrects-years', 'html_only', 'Maria Lenan', 'marialenan.geo@gmail.com', 'Re: ' + SUBJ_DATA % 2810, T('''
        Selamat pagi Bapak/Ibu,

        Terima kasih sudah dikirimkan. Mohon maaf, ternyata saya salah menulis di permohonan awal: untuk piramida penduduk yang saya perlukan tahun 2010 dan 2020 (hasil sensus), bukan 2020 dan 2025. Apakah data tahun 2010 bisa dikirimkan juga?

        Salam,
        Maria Goreti Nona Lenan
        SMA Negeri 2 Negara
        '''), kind='reply', name='Maria Goreti Nona Lenan', inst='SMA Negeri 2 Negara', req=True,
      ticket='PST-2026-02810', quote=gq(DELIV_ID % 2810, 'id'), **rp(2810), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f28-rating-bare-five-gmail', 'gmail', 'Putri Amalia', 'putriamalia.hosp@gmail.com', 'Re: ' + SUBJ_RATE % 2811, T('''
        5

        terima kasih banyak kak, cepat banget 🙏
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-02811', quote=gq(RATE_ID % 2811, 'id'),
      **rp(2811), **F)

    C('f28-rating-outlook-nilai-empat-signature', 'outlook', 'Sri Astuti', 'sriastuti.kecpekutatan@gmail.com',
      'RE: ' + SUBJ_RATE % 2812, T('''
        Selamat pagi,

        Nilai kami: 4 (puas). Data lengkap, hanya saja tabel Podes dikirim dalam bentuk PDF hasil pindaian sehingga harus kami ketik ulang.

        Salam,
        Ni Wayan Sri Astuti
        Kantor Camat Pekutatan
        '''), kind='rating', rating=4, name='Ni Wayan Sri Astuti', inst='Kantor Camat Pekutatan', req=False,
      ticket='PST-2026-02812',
      quote=oq(RATE_ID % 2812, 'Sri Astuti <sriastuti.kecpekutatan@gmail.com>', SUBJ_RATE % 2812, 'id'), **rp(2812), **F)

    C('f28-rating-en-three-with-other-numbers', 'gmail', 'Priya Raghunathan', 'priya.r@mids.ac.in', 'Re: ' + SUBJ_RATE % 2813, T('''
        Hello,

        I would rate the service 3. The 2 tables I received were exactly what I needed, but it took 8 working days and two reminders to get them.

        Thanks nonetheless,
        Priya
        '''), kind='rating', rating=3, name='Priya', req=False, lang='en', ticket='PST-2026-02813',
      quote=gq(RATE_EN % 2813), **rp(2813), **F)

    C('f28-rating-yahoo-lima-in-words', 'yahoo', 'siti fatimah', 'sitifatimah_lb@yahoo.com', 'Re: ' + SUBJ_RATE % 2814, T('''
        Saya kasih nilai sempurna, lima! Petugasnya sabar menjelaskan lewat telepon walaupun saya kurang paham soal tabel. Terima kasih BPS Jembrana.

        Siti Fatimah

        Dikirim dari Yahoo Mail di Android
        '''), kind='rating', rating=5, name='Siti Fatimah', req=False, ticket='PST-2026-02814',
      quote=yiq(RATE_ID % 2814), **rp(2814), **F)

    C('f28-rating-iphone-four-stars-no-name', 'iphone', 'Ari', 'ari.yhb21@icloud.com', 'Re: ' + SUBJ_RATE % 2815, T('''
        ⭐⭐⭐⭐ mantap kak, cuma agak lama aja 😁

        Sent from my iPhone
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-02815', quote=iq(RATE_ID % 2815), **rp(2815), **F)

    C('f28-rating-new-mail-ticket-in-subject-two', 'gmail', 'Stefanus Bria Seran', 'stefanus.bria@anakpesisir.or.id',
      'Penilaian layanan PST-2026-02816', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Menanggapi permintaan penilaian atas permohonan data kami tanggal 2 November 2026, kami memberi nilai 2. Dari 3 tabel yang kami minta hanya 1 yang dikirim, dan itu pun baru kami terima 12 hari kemudian.

        Hormat kami,
        Stefanus Bria Seran
        Yayasan Anak Pesisir Lestari
        '''), kind='rating', rating=2, name='Stefanus Bria Seran', inst='Yayasan Anak Pesisir Lestari', req=False,
      ticket='PST-2026-02816', **F)

    C('f28-rating-thunderbird-bottom-scale-then-five', 'thunderbird', 'Rosmaida Simanjuntak', 'rosmaida.smjt@pnb.ac.id',
      'Re: ' + SUBJ_RATE % 2817, tq(RATE_ID % 2817) + '\n\n' + T('''
        Skala 1 sampai 5? Tentu 5. Penjelasan soal ukuran sampel dan stratifikasi sangat membantu tim kami.

        Rosmaida br. Simanjuntak
        '''), kind='rating', rating=5, name='Rosmaida br. Simanjuntak', req=False, ticket='PST-2026-02817',
      **rp(2817), **F)

    C('f28-rating-plain-one-angry-wrong-year', 'plain', 'Hendra W. Liem', 'hendra.liem@sinarjayaabadi.com',
      'Re: ' + SUBJ_RATE % 2818, T('''
        Nilai 1. Sudah dua minggu menunggu, yang dikirim malah data tahun 2019. Tidak membantu sama sekali.

        Hendra
        '''), kind='rating', rating=1, name='Hendra', req=False, ticket='PST-2026-02818',
      quote=aq(RATE_ID % 2818), **rp(2818), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f28-complaint-no-answer-two-weeks-after-ack', 'gmail', 'Yulius Kogoya', 'yulius.kogoya@gmail.com',
      'Re: ' + SUBJ_ACK % 2821, T('''
        Selamat siang.

        Permohonan saya sudah diterima sejak 10 November dengan janji dijawab paling lambat 3 hari kerja, tapi sampai hari ini, sudah 2 minggu, belum ada kabar apa pun. Saya sudah telepon ke kantor dua kali dan hanya diminta menunggu. Tolong pelayanannya diperbaiki, ini menghambat tugas kelompok kami.

        Yulius Kogoya
        '''), kind='complaint', name='Yulius Kogoya', req=False, ticket='PST-2026-02821',
      quote=gq(ACK % (2821, 'Yulius Kogoya', 'Universitas Warmadewa',
                      'Status kepemilikan rumah dan luas lantai 2023-2025; rumah tidak layak huni'), 'id'),
      **rp(2821), **F)

    C('f28-suggestion-en-csv-and-api', 'gmail', 'Lars Eriksen', 'lars@nordicoceananalytics.no',
      'Suggestion: machine-readable tables', T('''
        Hello,

        A suggestion from a regular user of your website: most regency tables are only offered as PDF publications, which means anyone doing analysis has to copy numbers by hand, with all the errors that brings. It would help enormously if the same tables were also published as CSV files, or through the BPS web API with stable table IDs, so that updates can be pulled automatically.

        Thanks for considering it.

        Best,
        Lars Eriksen
        Data Engineer, Nordic Ocean Analytics
        '''), kind='complaint', name='Lars Eriksen', inst='Nordic Ocean Analytics', req=False, lang='en', **F)

    C('f28-complaint-enumerator-without-id-card-yahoo', 'yahoo', 'sekar arini', 'sekararini88@yahoo.co.id',
      'Petugas tanpa tanda pengenal', T('''
        Selamat malam.

        Saya Ni Luh Sekar Arini, warga Banjar Tengah, Desa Yehembang. Tadi sore ada orang yang mengaku petugas BPS datang mendata ke rumah, tetapi tidak memakai rompi dan tidak bisa menunjukkan kartu tanda pengenal, lalu meminta nomor KK dan memotret KTP suami saya. Saya jadi khawatir ini penipuan.

        Kalau memang benar petugas BPS, mohon ke depan petugas diwajibkan membawa dan menunjukkan tanda pengenal, supaya warga tidak was-was.

        Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Ni Luh Sekar Arini', req=False, **F)

    C('f28-complaint-anon-iphone-parking-hot-waiting-room', 'iphone', 'Ari', 'ari.yhb21@icloud.com', 'keluhan', T('''
        min parkiran kantor bps sempit bgt, td sy hrs parkir di pinggir jalan & kena tegur satpam toko sebelah. trs ruang tunggu PST panas, ac nya mati. tolong diperhatiin ya min 🙏

        Sent from my iPhone
        '''), kind='complaint', req=False, **F)

    C('f28-complaint-outlook-wrong-region-sent', 'outlook', 'PHRI Jembrana', 'phri.jembrana@gmail.com', 'RE: ' + SUBJ_DATA % 2825, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Data TPK yang dikirim ternyata untuk Provinsi Bali, bukan Kabupaten Jembrana, padahal dalam permohonan jelas kami sebutkan Kabupaten Jembrana. Rapat kerja dengan Pemerintah Kabupaten tinggal dua hari lagi; terus terang kami kecewa dengan ketelitian layanan ini.

        Hormat kami,
        I Made Sudarsana Putra
        Ketua BPC PHRI Kabupaten Jembrana
        '''), kind='complaint', name='I Made Sudarsana Putra', inst='BPC PHRI Kabupaten Jembrana', req=False,
      ticket='PST-2026-02825',
      quote=oq(DELIV_ID % 2825, 'PHRI Jembrana <phri.jembrana@gmail.com>', SUBJ_DATA % 2825, 'id'), **rp(2825), **F)

    C('f28-suggestion-html-only-camat-earlier-publication', 'html_only', 'Kecamatan Mendoyo', 'kec.mendoyo@jembranakab.go.id',
      'Saran jadwal terbit Kecamatan Dalam Angka', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Kami di Kantor Camat Mendoyo ingin menyampaikan saran. Publikasi Kecamatan Dalam Angka selama ini terbit sekitar bulan September, padahal musrenbang kecamatan sudah berlangsung pada bulan Februari-Maret. Akibatnya kami selalu memakai data dua tahun sebelumnya. Alangkah baiknya bila publikasi dapat terbit lebih awal, atau setidaknya tabel pokok kependudukan dapat dibagikan kepada kecamatan sebelum musrenbang.

        Atas perhatiannya kami ucapkan terima kasih.

        Camat Mendoyo,
        I Komang Budiarta, S.STP., M.AP.
        '''), kind='complaint', name='I Komang Budiarta', inst='Kantor Camat Mendoyo', req=False, **F)

    C('f28-complaint-thunderbird-rude-phone-officer', 'thunderbird', 'Ketut Astawa', 'ketutastawa@stiemahardhika.ac.id',
      'Keberatan atas pelayanan telepon', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Saya ingin menyampaikan keberatan atas sikap petugas yang menerima telepon saya pada hari Selasa, 17 November 2026, sekitar pukul 10.30 WITA. Ketika saya menanyakan prosedur permintaan data mikro Susenas untuk penelitian dosen, petugas menjawab dengan nada ketus dan menutup telepon sebelum saya selesai berbicara.

        Saya memahami petugas mungkin sedang sibuk, tetapi sebagai lembaga pelayanan publik, sikap seperti itu tidak pantas. Mohon menjadi perhatian untuk pembinaan petugas.

        Hormat saya,
        Drs. Ketut Astawa, M.Si.
        Dosen STIE Mahardhika Negara
        '''), kind='complaint', name='Drs. Ketut Astawa', inst='STIE Mahardhika Negara', req=False, wrap=72, **F)

    C('f28-complaint-en-download-link-expired', 'gmail', 'Eeva Lindqvist', 'eeva.lindqvist@formin.fi',
      'Re: ' + SUBJ_DATA % 2828, T('''
        Hello,

        The download link in your email had already expired by the time I opened it, as I was travelling for two days. A 24-hour limit is really too short for people who are abroad or on the road. Please consider sending the files as attachments, or keeping the links valid for at least a week.

        Best regards,
        Eeva Lindqvist
        Embassy of Finland in Jakarta
        '''), kind='complaint', name='Eeva Lindqvist', inst='Embassy of Finland in Jakarta', req=False, lang='en',
      ticket='PST-2026-02828', quote=gq(DELIV_LINK_EN % (2828, 2828)), **rp(2828), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f28-ooo-outlook-en-headers-tokyo', 'outlook', 'Aiko Takahashi', 'a.takahashi@aclnet.or.jp',
      'Automatic reply: ' + SUBJ_ACK % 2831, T('''
        Thank you for your email. I am out of the office until 2 December 2026 with limited access to email. For urgent matters, please contact our office at info@aclnet.or.jp.

        Aiko Takahashi
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02831',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2831), **F)

    C('f28-ooo-srikandi-receipt-auto-generated', 'gmail', 'SRIKANDI Dinkes Jembrana', 'noreply.srikandi@jembranakab.go.id',
      'Tanda terima otomatis: ' + SUBJ_DATA % 2832, T('''
        Terima kasih. Email Anda telah diterima oleh sistem persuratan elektronik Dinas Kesehatan Kabupaten Jembrana dan dicatat dengan nomor agenda 2026/11/4471.

        Email ini dikirim secara otomatis, mohon tidak membalas email ini.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02832',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')], **rp(2832), **F)

    C('f28-ooo-bank-contact-centre-own-case-number', 'outlook', 'Bank BPD Bali Contact Center', 'care@bpdbali.co.id',
      '[CS-2611-08832] Re: ' + SUBJ_ACK % 2833, T('''
        Nasabah Yth.,

        Terima kasih telah menghubungi Bank BPD Bali. Email Anda telah tercatat dengan nomor laporan CS-2611-08832 dan akan ditindaklanjuti oleh unit terkait paling lambat 2 (dua) hari kerja.

        Pesan ini dikirim secara otomatis. Mohon tidak membalas email ini.

        Salam,
        Contact Center Bank BPD Bali
        '''), kind='auto_reply', req=False, ticket='PST-2026-02833',
      extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')], **rp(2833), **F)

    C('f28-ooo-yahoo-fieldwork-body-only', 'yahoo', 'kadek dwi anggreni', 'dwianggreni07@yahoo.com', 'Re: ' + SUBJ_RATE % 2834, T('''
        [Balasan otomatis]

        Halo, terima kasih atas emailnya. Mulai 20 November sampai 5 Desember 2026 saya sedang mengikuti praktik kerja lapangan di luar kota dan jarang membuka email. Email akan saya balas setelah kembali.

        Terima kasih.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02834', **rp(2834), **F)

    C('f28-ooo-plain-university-mailbox-unmonitored', 'plain', 'Fakultas Kehutanan Unmul', 'akademik.fahutan@unmul.ac.id',
      'Balasan Otomatis: ' + SUBJ_LETTER % 2835, T('''
        Yth. Pengirim,

        Kotak surat ini tidak lagi dipantau sejak 1 November 2026. Untuk urusan akademik dan persuratan Fakultas Kehutanan, silakan menghubungi tata.usaha@fahutan.unmul.ac.id.

        Pesan ini dikirim otomatis oleh sistem.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02835',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(2835), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f28-dsn-postfix-user-unknown-gmail', dict(
        recipient='yulius.kogoyaa@gmail.com', original_message_id=OUR(2841, '7d2c58a0'),
        orig_subject=SUBJ_DATA % 2841, status='5.1.1'), 'PST-2026-02841', **F)

    D('f28-dsn-exchange-indonesian-mailbox-full', dict(
        recipient='raiastiti@unmas.ac.id', original_message_id=OUR(2842, '7d2c58a0'),
        orig_subject=SUBJ_ASK % 2842, status='5.2.2', mta='unmas.ac.id',
        **{'from': 'Microsoft Outlook <postmaster@unmas.ac.id>',
           'subject': 'Tidak dapat dikirim: ' + SUBJ_ASK % 2842,
           'text': ('Pesan Anda tidak dapat dikirim ke raiastiti@unmas.ac.id karena kotak surat penerima penuh.\n\n'
                    'Yang harus dilakukan\nCoba kirim ulang pesan Anda nanti, atau hubungi penerima melalui cara lain '
                    'dan minta agar ia mengosongkan sebagian kotak suratnya.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: SG2PR04MB9912.apcprd04.prod.outlook.com\n'
                    'raiastiti@unmas.ac.id\n'
                    "Server Jarak Jauh mengembalikan '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'")}),
      'PST-2026-02842', lang='id', **F)

    D('f28-dsn-googlemail-address-not-found', dict(
        recipient='stefanus.bria@anakpesisir.co.id', original_message_id=OUR(2843, '7d2c58a0'),
        orig_subject=SUBJ_RATE % 2843, status='5.1.2', mta='googlemail.com',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ('** Address not found **\n\n'
                    "Your message wasn't delivered to stefanus.bria@anakpesisir.co.id because the domain "
                    "anakpesisir.co.id couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
                    'Learn more here: https://support.google.com/mail/answer/6596\n\n'
                    'The response was:\n\n'
                    'DNS Error: DNS type \'mx\' lookup of anakpesisir.co.id responded with code NXDOMAIN')}),
      'PST-2026-02843', **F)

    D('f28-dsn-exim-delayed-warning', dict(
        recipient='ketutwidana.purn@gmail.com', original_message_id=OUR(2844, '7d2c58a0'),
        orig_subject=SUBJ_ACK % 2844, status='4.4.1', action='delayed',
        **{'from': 'Mail Delivery System <Mailer-Daemon@relay2.bps.go.id>',
           'subject': 'Warning: message 1wQx7e-0003Kp-2T delayed 24 hours',
           'text': ('This message was created automatically by mail delivery software.\n'
                    'A message that you sent has not yet been delivered to one or more of its\n'
                    'recipients after more than 24 hours on the queue on relay2.bps.go.id.\n\n'
                    'The message identifier is:     1wQx7e-0003Kp-2T\n'
                    'The subject of the message is: ' + SUBJ_ACK % 2844 + '\n\n'
                    'The address to which the message has not yet been delivered is:\n\n'
                    '  ketutwidana.purn@gmail.com\n'
                    '    Delay reason: SMTP error from remote mail server after RCPT TO:<ketutwidana.purn@gmail.com>:\n'
                    '    451 4.4.1 Temporary failure, please try again later\n\n'
                    'No action is required on your part. Delivery attempts will continue for\n'
                    'some time, and this warning may be repeated at intervals if the message\n'
                    'remains undelivered. Eventually the mail delivery software will give up,\n'
                    'and when that happens, the message will be returned to you.')}),
      'PST-2026-02844', **F)
