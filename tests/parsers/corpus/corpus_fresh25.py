# corpus_fresh25.py: a twenty-fifth batch, written blind by another independent author who saw neither the parser nor its results (set "fresh25"; tickets PST-2026-025xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh25')

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

    def tq(text, lang='id'):
        """Quote as Thunderbird writes it."""
        if lang == 'id':
            return 'Pada 25/11/26 08.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)
        return 'On 11/25/26 8:47 AM, PST BPS Kabupaten Jembrana wrote:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '5c27d0ab'), references=[OUR(n, '5c27d0ab')])

    # ================================================================================================
    # Government letters typed into the body; regional agencies of ministries
    # ================================================================================================
    C('f25-req-bappeda-letterhead-nomor-sifat-hal', 'outlook', 'Bappeda Jembrana', 'bappeda@jembranakab.go.id',
      'Permohonan Data Penyusunan RKPD Tahun 2028', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        BADAN PERENCANAAN PEMBANGUNAN DAERAH
        Jalan Surapati Nomor 1, Negara, Bali 82212 | Telepon (0365) 41xxx | Laman bappeda.jembranakab.go.id
        ==========================================================================

                                                              Negara, 19 November 2026
        Nomor    : 000.5.2/1187/Bappeda
        Sifat    : Segera
        Lampiran : 1 (satu) berkas
        Hal      : Permohonan Data

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
              Negara

        Dalam rangka penyusunan Rancangan Awal Rencana Kerja Pemerintah Daerah (RKPD) Kabupaten Jembrana Tahun 2028 serta evaluasi capaian Indikator Kinerja Utama RPJMD 2025-2029, Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana memohon bantuan data sebagai berikut:

        1. laju pertumbuhan ekonomi dan PDRB per kapita atas dasar harga berlaku dan harga konstan 2010, tahun 2020-2025;
        2. Indeks Pembangunan Manusia beserta komponennya, tahun 2020-2025;
        3. persentase penduduk miskin, indeks kedalaman dan indeks keparahan kemiskinan, tahun 2020-2025;
        4. tingkat pengangguran terbuka dan tingkat partisipasi angkatan kerja, tahun 2020-2025;
        5. rasio Gini, tahun 2020-2025.

        Format tabel yang kami harapkan terdapat pada lampiran. Data mohon dikirimkan dalam format Excel ke alamat email ini paling lambat tanggal 4 Desember 2026. Narahubung teknis: Sdri. Ni Wayan Sri Utami, S.E. (0819-3650-xxxx).

        Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH
        KABUPATEN JEMBRANA,

        ttd.

        Dr. I Komang Wiasa Adnyana, S.T., M.T.
        Pembina Utama Muda (IV/c)
        NIP 19740812 200003 1 005

        Tembusan:
        1. Bupati Jembrana (sebagai laporan);
        2. Arsip.
        '''), name='I Komang Wiasa Adnyana', inst='Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana',
      attachments=[DOCX('Lampiran Format Tabel RKPD 2028.docx')], **F)

    C('f25-req-kemenag-kabupaten-an-kepala-kasubbag', 'outlook', 'Kankemenag Jembrana', 'kab.jembrana@kemenag.go.id',
      'Surat Permohonan Data Penduduk Menurut Agama dan Usia Perkawinan', T('''
        KEMENTERIAN AGAMA REPUBLIK INDONESIA
        KANTOR KEMENTERIAN AGAMA KABUPATEN JEMBRANA
        Jalan Ngurah Rai No. 28 Negara 82211, Telepon (0365) 40xxx
        Email: kab.jembrana@kemenag.go.id
        ------------------------------------------------------------------------

        Nomor    : B-2214/Kk.17.01/1/PP.00/11/2026          20 November 2026
        Lampiran : -
        Hal      : Permohonan Data

        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Assalamu'alaikum warahmatullahi wabarakatuh, Om Swastyastu.

        Sehubungan dengan penyusunan Peta Kerukunan Umat Beragama dan perencanaan layanan Bimbingan Perkawinan Pranikah tahun 2027, Kantor Kementerian Agama Kabupaten Jembrana memohon bantuan data sebagai berikut:

        1. jumlah penduduk menurut agama per kecamatan (SP2020 atau data terbaru yang tersedia);
        2. jumlah penduduk usia 19-24 tahun menurut jenis kelamin per kecamatan, tahun 2025;
        3. proporsi perempuan umur 20-24 tahun yang berstatus kawin atau hidup bersama sebelum umur 18 tahun, Kabupaten Jembrana tahun 2020-2025.

        Demikian, atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        a.n. Kepala
        Kepala Subbagian Tata Usaha,

        H. Ahmad Fauzi Rahman, S.Ag., M.Pd.I.
        NIP 197805142005011003
        '''), name='Ahmad Fauzi Rahman', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)

    C('f25-req-atr-bpn-pipe-signature-nickname-closing', 'gmail', 'Gung Bagus', 'gungbagus.kadastral@gmail.com',
      'Mohon data jumlah KK per desa utk target PTSL 2027', T('''
        Selamat siang Bapak/Ibu PST,

        Izin, kami sedang menyusun usulan lokasi dan target Pendaftaran Tanah Sistematis Lengkap (PTSL) tahun 2027. Mohon bantuan data jumlah rumah tangga dan jumlah penduduk per desa/kelurahan se-Kabupaten Jembrana tahun 2025, serta luas wilayah per desa kalau tersedia di publikasi Kecamatan Dalam Angka.

        Kalau bisa dalam bentuk excel ya. Terima kasih banyak atas bantuannya 🙏

        Salam,
        Gung Bagus

        --
        Anak Agung Ngurah Bagus Dharmayasa, S.T. | Penata Kadastral Ahli Pertama | Seksi Survei dan Pemetaan | Kantor Pertanahan Kabupaten Jembrana | Jl. Udayana No. 9, Negara | WA 0813-3791-xxxx
        '''), name='Anak Agung Ngurah Bagus Dharmayasa', inst='Kantor Pertanahan Kabupaten Jembrana', **F)

    C('f25-req-taman-nasional-buffer-villages-yahoo', 'yahoo', 'nengah sudarsana', 'nengahsudarsana.peh@yahoo.co.id',
      'Data desa penyangga TNBB', T('''
        Om Swastyastu,

        Perkenalkan, saya I Nengah Sudarsana, Pengendali Ekosistem Hutan pada Balai Taman Nasional Bali Barat, ditugaskan di Resort Penyangga Melaya. Tahun depan kami akan memperbarui dokumen Rencana Pengelolaan Jangka Panjang dan memerlukan gambaran sosial ekonomi desa-desa penyangga kawasan.

        Kami mohon bantuan data:
        - jumlah penduduk, jumlah rumah tangga dan kepadatan penduduk di Kelurahan Gilimanuk, Desa Melaya, Desa Blimbingsari dan Desa Ekasari, 2020-2025;
        - jumlah rumah tangga menurut sumber penghasilan utama di desa-desa tersebut (Podes 2024);
        - populasi ternak sapi dan kambing per desa, bila ada, karena penggembalaan liar masih menjadi masalah di batas kawasan.

        Suksma atas bantuannya.

        Om Santih, Santih, Santih Om

        Nengah

        Dikirim dari Yahoo Mail di Android
        '''), name='I Nengah Sudarsana', inst='Balai Taman Nasional Bali Barat', **F)

    C('f25-req-ksop-bugis-signature-only-dashes', 'gmail', 'Andi Baso', 'andibaso.ksopgilimanuk@gmail.com',
      'Permohonan data nelayan dan perahu desa pesisir', T('''
        Tabe' Bapak/Ibu, selamat pagi.

        Dalam rangka sosialisasi keselamatan pelayaran bagi nelayan kecil menjelang musim angin barat, kami memerlukan data pendukung untuk menentukan lokasi dan jumlah peserta:

        1. jumlah rumah tangga nelayan per desa pesisir di Kecamatan Melaya dan Kecamatan Negara;
        2. jumlah perahu tanpa motor, perahu motor tempel dan kapal motor menurut desa (Podes 2024 atau ST2023);
        3. jumlah penduduk Kelurahan Gilimanuk tahun 2025.

        Mohon kiranya dapat dibantu. Terima kasih atas kerja samanya.

        Wassalam.

        --
        Andi Baso Tenriajeng
        Seksi Keselamatan Berlayar, Penjagaan dan Patroli
        KSOP Kelas IV Gilimanuk
        Direktorat Jenderal Perhubungan Laut
        '''), name='Andi Baso Tenriajeng', inst='KSOP Kelas IV Gilimanuk', **F)

    C('f25-req-fishing-port-caps-signature-kkp', 'outlook', 'Subbag Umum PPN Pengambengan', 'tu.ppnpengambengan@kkp.go.id',
      'Permohonan Data untuk Laporan Tahunan dan Kajian Dampak Ekonomi Pelabuhan', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dengan hormat,

        Pelabuhan Perikanan Nusantara Pengambengan sedang menyusun Laporan Tahunan 2026 sekaligus kajian sederhana mengenai dampak ekonomi kegiatan pelabuhan terhadap wilayah sekitarnya. Untuk itu kami memohon bantuan data Kabupaten Jembrana sebagai berikut:

        a. PDRB lapangan usaha perikanan atas dasar harga berlaku dan konstan, 2020-2025;
        b. jumlah penduduk bekerja di sektor perikanan, Kecamatan Negara dan Kabupaten Jembrana;
        c. jumlah industri mikro dan kecil pengolahan ikan menurut kecamatan, tahun terbaru.

        Atas perhatian dan bantuannya kami ucapkan terima kasih.

        Hormat kami,

        SRI WAHYUNINGSIH, S.Pi., M.Si.
        KEPALA SUBBAGIAN UMUM
        PELABUHAN PERIKANAN NUSANTARA PENGAMBENGAN
        DIREKTORAT JENDERAL PERIKANAN TANGKAP - KEMENTERIAN KELAUTAN DAN PERIKANAN
        '''), name='Sri Wahyuningsih', inst='Pelabuhan Perikanan Nusantara Pengambengan', **F)

    C('f25-req-rutan-javanese-intro-parenthesis', 'gmail', 'Ilham Prasetyo', 'ilhamprasetyo.rutanngr@gmail.com',
      'Mohon data pemuda dan pengangguran per kecamatan', T('''
        Mohon izin Bapak/Ibu,

        Saya Moch. Ilham Prasetyo, Kepala Subseksi Bimbingan Kegiatan pada Rumah Tahanan Negara Kelas IIB Negara (Rutan Negara). Kami sedang merancang program pelatihan kemandirian dan reintegrasi sosial bagi warga binaan yang akan bebas pada 2027, bekerja sama dengan beberapa balai latihan kerja.

        Untuk menyesuaikan jenis pelatihan dengan kondisi pasar kerja di Jembrana, kami mohon data:
        1. tingkat pengangguran terbuka menurut kelompok umur dan pendidikan, 2022-2025;
        2. penduduk bekerja menurut lapangan pekerjaan utama, 2025;
        3. jumlah penduduk usia 15-29 tahun per kecamatan.

        Terima kasih atas bantuan Bapak/Ibu.

        Salam hormat,
        Ilham
        '''), name='Moch. Ilham Prasetyo', inst='Rumah Tahanan Negara Kelas IIB Negara', **F)

    C('f25-req-staff-forwards-head-letter-gmail-fwd', 'gmail', 'Candra Dewi', 'ayucandra.diskoperindag@gmail.com',
      'Fwd: Permohonan Data UMKM dan Industri Kecil', T('''
        Selamat pagi Bapak/Ibu,

        Meneruskan surat dari Kepala Dinas kami di bawah ini terkait permohonan data UMKM dan industri kecil menengah. Surat aslinya minggu lalu terkirim ke alamat email BPS yang lama dan sampai sekarang belum ada balasan. Mohon dibantu nggih 🙏

        Salam,
        Ni Putu Ayu Candra Dewi
        Staf Bidang Koperasi dan UKM
        Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Jembrana

        ---------- Forwarded message ---------
        Dari: Diskoperindag Jembrana <diskoperindag@jembranakab.go.id>
        Date: Kam, 19 Nov 2026 pukul 14.02
        Subject: Permohonan Data UMKM dan Industri Kecil
        To: <bps5101@bps.go.id>

        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,
        Dalam rangka pemutakhiran basis data tunggal koperasi dan UMKM serta penyusunan rencana strategis dinas, kami mohon bantuan data:
        1. jumlah usaha mikro dan kecil menurut kategori KBLI per kecamatan, hasil pendataan terakhir;
        2. jumlah industri mikro dan kecil beserta tenaga kerjanya, 2021-2025.

        Atas kerja samanya kami ucapkan terima kasih.

        Kepala Dinas,
        ttd
        I Gede Made Sudarsa, S.E., M.M.
        '''), name='Ni Putu Ayu Candra Dewi',
      inst='Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Jembrana', **F)

    C('f25-req-kecamatan-attached-message-letter', 'gmail', 'Kasi Pem Kec. Mendoyo', 'pemerintahan.kecmendoyo@gmail.com',
      'Fw: Surat Camat Mendoyo - Permohonan Data Musrenbang 2027', T('''
        Dengan hormat,

        Terlampir kami teruskan surat Camat Mendoyo Nomor 400.14/217/Kec.Mdy/XI/2026 perihal permohonan data kependudukan dan pertanian per desa untuk bahan Musrenbang Kecamatan Mendoyo Tahun 2027. Mohon kiranya dapat dibantu.

        Atas perhatiannya kami ucapkan terima kasih.

        I Putu Eka Sastrawan
        Kasi Pemerintahan
        Kantor Camat Mendoyo
        '''), name='I Putu Eka Sastrawan', inst='Kantor Camat Mendoyo',
      attach_message=dict(client='outlook', from_name='Kecamatan Mendoyo', from_addr='kecmendoyo@jembranakab.go.id',
                          to='Kasi Pemerintahan <pemerintahan.kecmendoyo@gmail.com>',
                          subject='Permohonan Data Musrenbang Kecamatan Mendoyo 2027', body=T('''
        PEMERINTAH KABUPATEN JEMBRANA
        KECAMATAN MENDOYO

        Nomor : 400.14/217/Kec.Mdy/XI/2026
        Hal   : Permohonan Data

        Yth. Kepala BPS Kabupaten Jembrana

        Dalam rangka persiapan Musrenbang Kecamatan Mendoyo Tahun 2027, kami mohon data per desa di Kecamatan Mendoyo: jumlah penduduk menurut jenis kelamin, jumlah rumah tangga, luas panen dan produksi padi, serta populasi ternak, tahun 2023-2025.

        Camat Mendoyo,
        I Wayan Sudana, S.Sos., M.Si.
        ''')), **F)

    C('f25-req-kodim-rank-stripped-territorial', 'gmail', 'Pasiter Kodim 1617', 'pasiter.kodim1617@gmail.com',
      'Permohonan data geografi dan demografi wilayah', T('''
        Selamat siang Bapak/Ibu.

        Izin, saya Kapten Inf I Made Ariasa, Pasiter Kodim 1617/Jembrana. Dalam rangka penyusunan data Geografi, Demografi dan Kondisi Sosial (Geodemkonsos) untuk Rencana Kerja Teritorial tahun 2027, kami mohon bantuan data Kabupaten Jembrana:

        1. luas wilayah, jumlah desa/kelurahan dan jumlah banjar per kecamatan;
        2. jumlah penduduk menurut kecamatan, jenis kelamin dan kelompok umur, 2025;
        3. jumlah penduduk miskin dan tingkat pengangguran terbuka, 2023-2025;
        4. luas lahan sawah dan produksi padi per kecamatan, 2023-2025.

        Demikian, atas bantuan dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        Pasiter Kodim 1617/Jembrana
        '''), name='I Made Ariasa', inst='Kodim 1617/Jembrana', **F)

    # ================================================================================================
    # Village, customary and community bodies
    # ================================================================================================
    C('f25-req-desa-adat-bendesa-balinese-alus', 'gmail', 'Desa Adat Pohsanten', 'desaadat.pohsanten@gmail.com',
      'Nunas data penduduk Desa Pohsanten', T('''
        Om Swastyastu,

        Ratu Bapak/Ibu sane wangiang titiang ring BPS Kabupaten Jembrana. Titiang Jero Bendesa Adat Pohsanten, I Ketut Widiarsa. Desa Adat Pohsanten mangkin sedang menyusun perarem indik iuran krama tamiu lan kewajiban krama desa, sahananing prajuru nunas data sane resmi mangda nenten salah.

        Titiang nunas data:
        1. jumlah penduduk lan jumlah rumah tangga Desa Pohsanten tahun 2020 sampai 2025;
        2. jumlah penduduk menurut agama di Desa Pohsanten, yen wenten;
        3. jumlah penduduk lansia (60 tahun ke atas) di Kecamatan Mendoyo.

        Yening wenten kekirangan ring tata cara titiang memohon, titiang nunas geng rena sinampura.

        Om Santih, Santih, Santih Om

        Bendesa Adat Pohsanten
        '''), name='I Ketut Widiarsa', inst='Desa Adat Pohsanten', **F)

    C('f25-req-subak-pekaseh-grandchild-types-plain', 'plain', 'Kadek Yogi', 'kadekyogi.tkd@gmail.com', 'data sawah subak', T('''
        om swastyastu pak bu. email niki diketik cucu tiang, tiang kurang paham email.

        tiang I Nyoman Darta, pekaseh Subak Dangin Yeh Desa Tukadaya. tiang mau minta data luas sawah dan produksi padi di Desa Tukadaya tahun 2020 sampai 2025, sama harga gabah di petani. ini buat bahan rapat subak sama usulan perbaikan saluran irigasi ke dinas PU, karena air dari bendungan sudah tidak sampai ke sawah yang di hilir.

        kalau datanya sudah ada, boleh dikirim ke email ini saja. suksma pak bu.

        Dikirim dari perangkat Android saya
        '''), name='I Nyoman Darta', inst='Subak Dangin Yeh Desa Tukadaya', **F)

    C('f25-req-lpd-desa-adat-outlook-signature', 'outlook', 'LPD Delod Berawah', 'lpd.delodberawah@gmail.com',
      'Permohonan data ekonomi untuk Rencana Kerja LPD 2027', T('''
        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Om Swastyastu. Kami dari LPD Desa Adat Delod Berawah sedang menyusun Rencana Kerja dan Anggaran Pendapatan dan Belanja LPD tahun buku 2027, yang wajib dilaporkan kepada paruman desa adat dan LPLPD Kabupaten. Agar asumsi yang kami gunakan sesuai kondisi riil, kami mohon data:

        - laju pertumbuhan ekonomi Kabupaten Jembrana dan inflasi Provinsi Bali, 2022-2025;
        - rata-rata pengeluaran per kapita sebulan penduduk Kabupaten Jembrana, 2022-2025;
        - jumlah penduduk dan rumah tangga Desa Delod Berawah, 2025;
        - nilai tukar petani Provinsi Bali, 2024-2025.

        Suksma atas bantuan Bapak/Ibu.

        Om Santih, Santih, Santih Om

        Ni Kadek Sri Widiantari, S.E.
        Kepala LPD Desa Adat Delod Berawah
        Kec. Mendoyo - Kab. Jembrana
        Telp. 0852-3741-xxxx
        '''), name='Ni Kadek Sri Widiantari', inst='LPD Desa Adat Delod Berawah', **F)

    C('f25-req-pkk-desa-ketua-signature-title-line', 'gmail', 'PKK Batuagung', 'tppkk.batuagung@gmail.com',
      'Permohonan data penduduk untuk program PKK', T('''
        Selamat siang Bapak/Ibu petugas BPS,

        Tim Penggerak PKK Desa Batuagung pada bulan Januari 2027 akan melaksanakan pendataan ulang Dasa Wisma dan menyusun program kerja Pokja IV (kesehatan dan lingkungan). Sebagai pembanding hasil pendataan kader, kami mohon bantuan data:

        1. jumlah penduduk Desa Batuagung menurut kelompok umur dan jenis kelamin, tahun 2025;
        2. jumlah rumah tangga di Desa Batuagung;
        3. persentase rumah tangga yang memiliki akses sanitasi layak dan air minum layak di Kecamatan Jembrana atau Kabupaten Jembrana.

        Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Ketua,

        Ni Made Suartini
        '''), name='Ni Made Suartini', inst='Tim Penggerak PKK Desa Batuagung', **F)

    C('f25-req-karang-taruna-slang-iphone', 'iphone', 'gede arya', 'gedearya.pradnyana@icloud.com', 'minta data kak 🙏', T('''
        halo kak min 🙏 maaf ganggu

        kita lg bikin proposal turnamen voli antar banjar + bazar umkm buat akhir taun, trus calon sponsor minta data pendukung gt kak. butuh jumlah penduduk usia 15-30 thn di desa pengeragoan sm kec pekutatan, sm jumlah umkm kalo ada. dikirim via email ini aja ya kak, ga usah diambil ke kantor kan? 😅

        tq bgt kak!!

        Gede Arya Pradnyana
        Sekretaris Karang Taruna Eka Dharma Desa Pengeragoan

        Dikirim dari iPhone saya
        '''), name='Gede Arya Pradnyana', inst='Karang Taruna Eka Dharma Desa Pengeragoan', **F)

    C('f25-req-bumdes-director-dashed-box-signature', 'gmail', 'BUMDes Amerta Giri', 'bumdes.amertagiri@gmail.com',
      'Permohonan data untuk pengembangan agrowisata', T('''
        Selamat pagi Bapak/Ibu,

        Kami sedang menyiapkan rencana usaha agrowisata durian dan kopi robusta di Desa Manistutu untuk diajukan pada program penguatan BUMDes tahun 2027. Mohon kiranya dapat dibantu data berikut:

        * luas tanam dan produksi durian serta kopi di Kecamatan Melaya, 2020-2025;
        * jumlah wisatawan yang menginap di Kabupaten Jembrana per bulan, 2023-2025;
        * jumlah penduduk dan rumah tangga Desa Manistutu, 2025.

        Terima kasih sebelumnya.

        ---------------------------------------------
        Komang Juliantara
        Direktur BUMDes Amerta Giri Desa Manistutu
        Kec. Melaya - Kab. Jembrana
        HP/WA 0877-6123-xxxx
        ---------------------------------------------
        '''), name='Komang Juliantara', inst='BUMDes Amerta Giri Desa Manistutu', **F)

    C('f25-req-koperasi-nelayan-bugis-daeng-yahoo', 'yahoo', 'Arsyad Mattiro', 'arsyad.minabahari@yahoo.com',
      'Mohon data produksi ikan dan nelayan', T('''
        Assalamu'alaikum wr. wb.

        Dengan hormat, saya Muhammad Arsyad Daeng Mattiro, ketua Koperasi Nelayan Mina Bahari Pengambengan. Anggota kami 186 orang, kebanyakan nelayan purse seine dan buruh angkut ikan. Koperasi kami sedang mengajukan pinjaman dana bergulir ke LPDB untuk pengadaan cold storage mini, dan pihak LPDB meminta data pendukung dari sumber resmi.

        Yang kami perlukan:
        - produksi perikanan tangkap Kabupaten Jembrana menurut jenis ikan, 2019-2025;
        - jumlah rumah tangga perikanan tangkap di Kecamatan Negara (ST2023);
        - nilai tukar nelayan Provinsi Bali, 2022-2025.

        Terima kasih atas bantuannya. Wassalamu'alaikum wr. wb.

        Dikirim dari Yahoo Mail di Android
        '''), name='Muhammad Arsyad Daeng Mattiro', inst='Koperasi Nelayan Mina Bahari Pengambengan', **F)

    C('f25-req-perbekel-letterhead-caps-rpjmdes', 'gmail', 'Kantor Perbekel Warnasari', 'desawarnasari.melaya@gmail.com',
      'Permohonan Data Profil Desa dan RPJMDes', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        KECAMATAN MELAYA
        PERBEKEL WARNASARI
        Alamat: Jalan Raya Warnasari No. 3, Kecamatan Melaya, Kabupaten Jembrana 82252
        ________________________________________________________________________

        Nomor     : 400.10/92/WNS/XI/2026
        Lampiran  : -
        Perihal   : Permohonan Data

        Kepada
        Yth. Kepala Badan Pusat Statistik
        Kabupaten Jembrana
        di -
           Negara

        Om Swastyastu,

        Dalam rangka pemutakhiran Profil Desa dan penyusunan Rencana Pembangunan Jangka Menengah Desa (RPJMDes) periode 2027-2032, Pemerintah Desa Warnasari memohon bantuan data sebagai berikut:

        1. jumlah penduduk menurut jenis kelamin dan kelompok umur Desa Warnasari, 2021-2025;
        2. jumlah rumah tangga menurut lapangan usaha kepala rumah tangga (ST2023);
        3. data Potensi Desa 2024 untuk Desa Warnasari (sarana pendidikan, kesehatan, ekonomi);
        4. Indeks Desa atau status perkembangan desa menurut data BPS, bila tersedia.

        Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Warnasari, 18 November 2026
        PERBEKEL WARNASARI,

        ttd/cap

        I GUSTI NGURAH PUTU SUARDANA, S.Sos.
        '''), name='I Gusti Ngurah Putu Suardana', inst='Pemerintah Desa Warnasari', **F)

    C('f25-req-kelian-banjar-adat-yahoo', 'yahoo', 'Made Sukra', 'madesukra.tuwed@yahoo.com', 'Tanya data KK Desa Tuwed', T('''
        Selamat sore Bapak Ibu.

        Saya I Made Sukra, kelian Banjar Adat Sarikuning Desa Tuwed. Banjar kami sedang membuat usulan bantuan perbaikan bale banjar yang sudah rusak kena angin bulan lalu, dan di formulir usulan diminta mencantumkan data jumlah KK dan jumlah penduduk desa serta jumlah rumah tangga miskin.

        Mohon dibantu data tersebut untuk Desa Tuwed tahun 2025, atau tahun terakhir yang ada.

        Terima kasih banyak.
        '''), name='I Made Sukra', inst='Banjar Adat Sarikuning Desa Tuwed', **F)

    # ================================================================================================
    # Students and academics
    # ================================================================================================
    C('f25-req-unram-sasak-lalu-intro-middle', 'gmail', 'Lalu Zul', 'lalu.zulkarnaen22@gmail.com',
      'Permohonan data pariwisata dan PAD', T('''
        Assalamualaikum Bapak/Ibu,

        Mohon maaf sebelumnya mengganggu waktu Bapak/Ibu. Untuk penelitian skripsi yang membahas pengaruh kunjungan wisatawan terhadap pendapatan asli daerah di kabupaten yang bukan tujuan wisata utama, saya memerlukan data Kabupaten Jembrana sebagai pembanding Kabupaten Lombok Utara dan Lombok Timur.

        Saya sendiri Lalu Muhammad Zulkarnaen, mahasiswa Jurusan Ekonomi Pembangunan Fakultas Ekonomi dan Bisnis Universitas Mataram, angkatan 2022. Data yang saya perlukan:

        1. jumlah tamu menginap di hotel bintang dan nonbintang (mancanegara dan domestik), 2015-2025;
        2. tingkat penghunian kamar hotel, 2015-2025;
        3. realisasi pendapatan asli daerah menurut jenis, 2015-2025.

        Atas bantuan Bapak/Ibu saya ucapkan terima kasih banyak.

        Wassalam,
        Lalu Zul
        '''), name='Lalu Muhammad Zulkarnaen', inst='Universitas Mataram', **F)

    C('f25-req-undiksha-identity-block-after-request', 'gmail', 'Dwi Pradnyani', 'dwipradnyani03@gmail.com',
      'Permohonan data penelitian', T('''
        Selamat siang Bapak/Ibu,

        Mohon izin, saya ingin meminta data untuk penelitian skripsi tentang alih fungsi lahan sawah dan pendapatan petani di Kabupaten Jembrana, yaitu:
        - luas lahan sawah per kecamatan, 2015-2025;
        - luas panen, produksi dan produktivitas padi per kecamatan, 2015-2025;
        - jumlah rumah tangga usaha pertanian padi, ST2013 dan ST2023.

        Identitas pemohon:
        Nama lengkap      : Kadek Dwi Pradnyani
        NIM               : 2217041023
        Program studi     : S1 Pendidikan Ekonomi
        Universitas       : Universitas Pendidikan Ganesha
        Dosen pembimbing  : Dr. Gede Putu Agus Jana Susila, S.E., M.M.
        No. WA            : 0896-3852-xxxx

        Terima kasih atas bantuannya.
        '''), name='Kadek Dwi Pradnyani', inst='Universitas Pendidikan Ganesha', **F)

    C('f25-req-unair-chinese-indonesian-pipe-signature', 'outlook', 'Felicia Tjandrawinata', 'felicia.tjandrawinata-2024@fkm.unair.ac.id',
      'Permohonan data jaminan kesehatan dan morbiditas Kabupaten Jembrana', T('''
        Yth. Bapak/Ibu Tim Pelayanan Statistik Terpadu,

        Saya adalah mahasiswa program magister yang sedang menyusun tesis tentang kesenjangan akses layanan kesehatan antara kabupaten di wilayah Bali. Kabupaten Jembrana saya pilih karena jaraknya yang relatif jauh dari rumah sakit rujukan provinsi.

        Apabila berkenan, saya mohon bantuan data berikut (Susenas, 2019-2025):
        1. persentase penduduk yang memiliki jaminan kesehatan menurut jenis jaminan;
        2. persentase penduduk yang mempunyai keluhan kesehatan dan angka kesakitan;
        3. persentase penduduk yang berobat jalan menurut tempat berobat.

        Terima kasih atas perhatian dan bantuan Bapak/Ibu.

        Hormat saya,

        Felicia Tjandrawinata | Mahasiswa Magister Kesehatan Masyarakat | Fakultas Kesehatan Masyarakat | Universitas Airlangga | Surabaya
        '''), name='Felicia Tjandrawinata', inst='Universitas Airlangga', **F)

    C('f25-req-unmas-lecturer-thunderbird-wrapped', 'thunderbird', 'IGA Mas Triwahyuni', 'mastriwahyuni@unmas.ac.id',
      'Permohonan data perkebunan rakyat untuk penelitian hibah', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Saya, I Gusti Agung Ayu Mas Triwahyuni, dosen Program Studi Agribisnis Fakultas Pertanian Universitas Mahasaraswati Denpasar, saat ini menjadi ketua tim penelitian hibah Kementerian tentang daya saing perkebunan rakyat kelapa dalam dan cengkeh di Bali bagian barat. Kabupaten Jembrana kami pilih karena merupakan sentra kelapa rakyat terbesar di Provinsi Bali dan memiliki kebun cengkeh yang luas di wilayah perbukitan Kecamatan Pekutatan dan Mendoyo.

        Sehubungan dengan itu kami memohon bantuan data luas areal, produksi dan produktivitas kelapa dalam dan cengkeh menurut kecamatan tahun 2015-2025, jumlah rumah tangga usaha perkebunan menurut komoditas hasil ST2023, serta harga produsen kopra dan cengkeh kering di tingkat petani bila tercatat.

        Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Dr. Ir. I Gusti Agung Ayu Mas Triwahyuni, M.P.
        '''), name='I Gusti Agung Ayu Mas Triwahyuni', inst='Universitas Mahasaraswati Denpasar', wrap=72, **F)

    C('f25-req-en-anu-phd-subak-irrigation', 'gmail', 'Thomas Whitfield', 'thomas.whitfield@anu.edu.au',
      'Request for agricultural and village statistics, Jembrana', T('''
        Dear colleagues,

        I'm Thomas Whitfield, a PhD candidate in anthropology at the Australian National University in Canberra. My thesis looks at how subak irrigation associations in western Bali have adapted to land conversion and to younger people leaving farming, and I will be based in Mendoyo from February to August next year.

        I would be very grateful for the following, at the finest level available:

        1. wetland (sawah) area by kecamatan, 2000-2025;
        2. rice harvested area and production by kecamatan, 2010-2025;
        3. number of agricultural households by age group of the farm operator, Agricultural Census 2013 and 2023;
        4. Podes variables on irrigation and the number of subak per desa, if they are recorded.

        I'm happy to fill in any form or come to the office in person once I arrive.

        With thanks and best wishes,
        Tom
        '''), name='Thomas Whitfield', inst='Australian National University', lang='en', **F)

    C('f25-req-en-wageningen-dutch-particle', 'outlook', 'Berg, Maaike van den', 'maaike.vandenberg@wur.nl',
      'Data request - smallholder coconut and clove households, Jembrana', T('''
        Dear Sir or Madam,

        I am an MSc student in Development and Rural Innovation at Wageningen University & Research in the Netherlands, and I am preparing my thesis fieldwork on income diversification among coconut and clove smallholders in Jembrana.

        Could you kindly provide:
        - the number of households cultivating coconut and clove, by kecamatan (Agricultural Census 2023);
        - the share of agricultural households with a non-farm income source, if this is published;
        - average monthly per capita expenditure for Jembrana, 2019-2025.

        Many thanks in advance. Hartelijk dank!

        Kind regards,

        Maaike van den Berg
        MSc student Development and Rural Innovation
        Wageningen University & Research
        '''), name='Maaike van den Berg', inst='Wageningen University & Research', lang='en', **F)

    C('f25-req-ipb-identity-only-in-subject', 'gmail', 'Rizky A.', 'rizkyaditya.ipb@gmail.com',
      'Permohonan Data Skripsi - Rizky Aditya Nugroho - IPB University', T('''
        Selamat pagi Bapak/Ibu,

        Mohon izin meminta data produksi ikan lemuru yang didaratkan di Pengambengan per bulan tahun 2016-2025, beserta harga rata-rata lemuru di tingkat nelayan bila ada. Data akan saya gunakan untuk model peramalan produksi dalam skripsi saya.

        Surat pengantar dari departemen saya lampirkan.

        Terima kasih,
        Rizky
        '''), name='Rizky Aditya Nugroho', inst='IPB University',
      attachments=[PDF('Surat Pengantar Departemen MSP - Rizky Aditya Nugroho.pdf')], **F)

    C('f25-req-student-association-study-visit', 'gmail', 'Devi Anggreni', 'deviianggreni.stat@gmail.com',
      'Permohonan Kunjungan Studi Ekskursi Himpunan Mahasiswa Statistika', T('''
        Om Swastyastu, Salam Statistika!

        Perkenalkan, saya Putu Devi Anggreni, Ketua Panitia Studi Ekskursi Himpunan Mahasiswa Statistika FMIPA Universitas Udayana. Kami berencana melakukan kunjungan ke BPS Kabupaten Jembrana pada hari Jumat, 11 Desember 2026 pukul 09.00-12.00 WITA, diikuti 35 mahasiswa dan 2 dosen pendamping.

        Dalam kunjungan tersebut kami berharap dapat:
        1. mendapatkan paparan mengenai alur Pelayanan Statistik Terpadu;
        2. berdiskusi dengan statistisi tentang pengolahan data Regsosek dan ST2023 di tingkat kabupaten;
        3. melihat langsung ruang layanan dan perpustakaan BPS.

        Surat permohonan resmi dari himpunan kami lampirkan. Mohon informasi apakah tanggal tersebut memungkinkan bagi Bapak/Ibu.

        Om Santih, Santih, Santih Om

        Hormat kami,
        Putu Devi Anggreni
        CP: 0819-9926-xxxx
        '''), name='Putu Devi Anggreni', inst='Universitas Udayana',
      attachments=[PDF('Surat Permohonan Kunjungan HIMASTA Unud 2026.pdf')], **F)

    # ================================================================================================
    # Business, media, NGOs, health, schools
    # ================================================================================================
    C('f25-req-regional-bank-branch-pipes', 'outlook', 'Hendra Gunawan Wijaya', 'hendra.wijaya@bpdbali.co.id',
      'Permohonan data ekonomi sektoral Kabupaten Jembrana', T('''
        Selamat pagi Bapak/Ibu,

        Dalam rangka penyusunan Rencana Bisnis kantor cabang tahun 2027, khususnya penyaluran kredit sektor pertanian dan perikanan, kami memohon bantuan data Kabupaten Jembrana:

        1. PDRB atas dasar harga berlaku menurut lapangan usaha, 2021-2025;
        2. nilai tukar petani dan nilai tukar nelayan Provinsi Bali, 2023-2025;
        3. jumlah usaha mikro dan kecil menurut kecamatan, tahun terbaru.

        Terima kasih atas bantuan dan kerja samanya.

        Best regards,

        Hendra Gunawan Wijaya | Analis Kredit Senior
        Bank BPD Bali Kantor Cabang Negara
        Jl. Ngurah Rai No. 37, Negara | T (0365) 41xxx | M 0811-398-xxxx
        '''), name='Hendra Gunawan Wijaya', inst='Bank BPD Bali Kantor Cabang Negara', **F)

    C('f25-req-en-surf-lodge-australian-manager', 'gmail', "Matt O'Brien", 'matt@medewibaysurflodge.com',
      'Tourism numbers for West Bali', T('''
        G'day,

        I'm Matthew O'Brien, general manager of Medewi Bay Surf Lodge in Pekutatan. We're putting together a pitch for an investor who wants to add twelve bungalows, and he has asked for official figures rather than my guesses.

        Would you have:
        - monthly foreign and domestic guest numbers staying in Jembrana accommodation, 2019-2025;
        - room occupancy rates for Jembrana, same period;
        - the number of hotels and other accommodation by kecamatan?

        Excel would be ideal but PDF is fine too.

        Cheers,
        Matt
        '''), name="Matthew O'Brien", inst='Medewi Bay Surf Lodge', lang='en', **F)

    C('f25-req-property-developer-chinese-indonesian', 'gmail', 'Susanti Tjoa', 'susanti.tjoa@griyakencana.co.id',
      'Data kebutuhan perumahan Negara & Jembrana', T('''
        Dengan hormat,

        Saya Susanti Tjoa, Marketing Manager PT Griya Kencana Jembrana, pengembang perumahan subsidi di Kecamatan Negara. Tahun depan kami berencana membuka cluster baru dan perlu melakukan market study yang lebih proper.

        Mohon bantuan datanya:
        1. jumlah rumah tangga per kecamatan, 2020-2025;
        2. persentase rumah tangga menurut status kepemilikan rumah (milik sendiri, kontrak/sewa, bebas sewa), Kabupaten Jembrana;
        3. proyeksi jumlah penduduk Kecamatan Negara dan Kecamatan Jembrana, 2025-2035.

        Thank you so much atas bantuannya.

        Regards,
        Susanti
        '''), name='Susanti Tjoa', inst='PT Griya Kencana Jembrana', **F)

    C('f25-req-local-news-portal-interview', 'html_only', 'Bagus Setyo Nugroho', 'redaksi.kabarjembrana@gmail.com',
      'Permintaan data kemiskinan & wawancara', T('''
        Selamat siang Bapak/Ibu humas BPS Jembrana,

        Menjelang akhir tahun, redaksi kami menyiapkan tulisan panjang mengenai kondisi ekonomi warga Jembrana lima tahun setelah pandemi. Untuk itu kami memohon:

        1. angka kemiskinan (jumlah dan persentase) Kabupaten Jembrana 2019-2025;
        2. tingkat pengangguran terbuka 2019-2025;
        3. kesempatan wawancara singkat (sekitar 20 menit) dengan Kepala BPS atau statistisi yang ditunjuk, minggu depan.

        Perkenalkan, saya Bagus Setyo Nugroho, wartawan Kabar Jembrana, media daring yang terdaftar di Dewan Pers sejak 2021.

        Matur nuwun,
        Bagus
        '''), name='Bagus Setyo Nugroho', inst='Kabar Jembrana', **F)

    C('f25-req-en-norwegian-ngo-coordinator', 'gmail', 'Ingrid Solberg', 'ingrid@segarahijau.org',
      'Baseline statistics for Desa Perancak', T('''
        Hello BPS Jembrana,

        My name is Ingrid Solberg and I coordinate projects at Yayasan Segara Hijau, a small foundation in Perancak working on sea turtle conservation and alternative incomes for coastal families. We are applying to a Norwegian fund and need baseline figures from an official source.

        Could you help us with:
        1. population and number of households in Desa Perancak, 2020-2025;
        2. number of fishing households in Desa Perancak or Kecamatan Jembrana;
        3. the poverty rate of Jembrana, 2020-2025.

        Tusen takk, and terima kasih!

        Ingrid
        '''), name='Ingrid Solberg', inst='Yayasan Segara Hijau', lang='en', **F)

    C('f25-req-puskesmas-head-dr-signature-only', 'gmail', 'Puskesmas Pekutatan', 'uptdpkm.pekutatan@gmail.com',
      'Permohonan data sasaran program kesehatan 2027', T('''
        Selamat pagi Bapak/Ibu,

        Kami dari UPTD Puskesmas Pekutatan sedang menyusun Rencana Usulan Kegiatan tahun 2027 dan perlu menetapkan sasaran program secara lebih akurat. Mohon bantuan data:

        1. jumlah penduduk per desa di Kecamatan Pekutatan menurut kelompok umur lima tahunan dan jenis kelamin, 2025;
        2. proyeksi jumlah penduduk Kecamatan Pekutatan tahun 2027;
        3. persentase rumah tangga dengan akses air minum layak dan sanitasi layak, Kabupaten Jembrana 2023-2025.

        Terima kasih atas kerja samanya.

        Salam sehat,

        dr. Ni Luh Made Ayu Kusumadewi
        Kepala UPTD Puskesmas Pekutatan
        '''), name='Ni Luh Made Ayu Kusumadewi', inst='UPTD Puskesmas Pekutatan', **F)

    C('f25-req-madrasah-teacher-sasak-baiq', 'yahoo', 'Baiq Nurul', 'baiqnurul.h@yahoo.co.id', 'Mohon data untuk proyek siswa', T('''
        Assalamualaikum wr. wb.

        Bapak/Ibu yang saya hormati, saya Baiq Nurul Hidayati, guru IPS di MTs Negeri 1 Jembrana. Siswa kelas VIII kami sedang mengerjakan proyek "Mengenal Potensi Ekonomi Daerahku" dan saya ingin mereka belajar memakai data resmi, bukan hanya dari internet.

        Mohon bantuan data:
        - jumlah penduduk menurut lapangan pekerjaan utama di Kabupaten Jembrana, tahun terbaru;
        - luas panen dan produksi padi, jagung dan kelapa per kecamatan, 2024-2025;
        - produksi perikanan tangkap Kabupaten Jembrana, 2024-2025.

        Terima kasih banyak, semoga menjadi amal jariyah.

        Wassalamualaikum wr. wb.
        '''), name='Baiq Nurul Hidayati', inst='MTs Negeri 1 Jembrana', **F)

    C('f25-req-environmental-consultant-multiline-signature', 'outlook', 'Wahyu Hidayat', 'wahyu.hidayat@tirtabuana-konsultan.co.id',
      'Permohonan data sosial ekonomi untuk dokumen AMDAL', T('''
        Yth. Bapak/Ibu,

        Kami sedang menyusun dokumen AMDAL rencana pembangunan embung dan jaringan irigasi di wilayah Kecamatan Mendoyo atas penugasan Balai Wilayah Sungai Bali-Penida. Untuk bab rona lingkungan hidup awal komponen sosial ekonomi, kami memerlukan data:

        1. jumlah dan kepadatan penduduk per desa di Kecamatan Mendoyo, 2021-2025;
        2. jumlah penduduk menurut mata pencaharian per desa (Podes atau ST2023);
        3. jumlah sarana pendidikan, kesehatan dan ibadah per desa;
        4. laju pertumbuhan penduduk Kecamatan Mendoyo, 2010-2020 dan 2020-2025.

        Terima kasih atas bantuan Bapak/Ibu.

        Hormat kami,

        Wahyu Hidayat, S.T., M.Eng.
        Tenaga Ahli Sosial Ekonomi dan Budaya
        CV Tirta Buana Konsultan
        Jl. Tukad Yeh Aya No. 114, Renon, Denpasar
        Telp. (0361) 22xxxx
        '''), name='Wahyu Hidayat', inst='CV Tirta Buana Konsultan', **F)

    C('f25-req-vocational-school-study-visit-outlook', 'outlook', 'SMK Negeri 1 Negara', 'smkn1negara@gmail.com',
      'Permohonan Kunjungan Siswa ke PST BPS Kabupaten Jembrana', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dengan hormat, kami dari SMK Negeri 1 Negara, Program Keahlian Akuntansi dan Keuangan Lembaga, bermaksud mengajak 40 siswa kelas XI berkunjung ke Pelayanan Statistik Terpadu BPS Kabupaten Jembrana pada Rabu, 9 Desember 2026, pukul 08.30-11.00 WITA. Tujuan kunjungan adalah mengenalkan siswa pada cara memperoleh dan membaca data statistik resmi, terutama data harga dan inflasi.

        Kami mohon kesediaan Bapak/Ibu menerima kunjungan tersebut serta menunjuk narasumber. Surat resmi akan kami antarkan langsung ke kantor.

        Atas perhatiannya kami ucapkan terima kasih.

        Hormat kami,
        Koordinator Hubungan Industri,

        Ni Komang Sri Astiti, S.Pd.
        '''), name='Ni Komang Sri Astiti', inst='SMK Negeri 1 Negara', **F)

    # ================================================================================================
    # Vague requests; missing name or institution
    # ================================================================================================
    C('f25-req-vague-slang-iphone-no-identity', 'iphone', 'dek ayu 🌺', 'dekayu.wm@icloud.com', 'tanya', T('''
        kak mau nanya dong 🙏 klo mau minta data ke bps caranya gmn ya? hrs dtg langsung ato bs lwt email aja? makasih kak

        Dikirim dari iPhone saya
        '''), req=False, **F)

    C('f25-req-vague-procedure-student-named', 'gmail', 'Ayu Lestari', 'kadekayulestari.undiknas@gmail.com',
      'Prosedur permohonan data', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Kadek Ayu Lestari, mahasiswi Universitas Pendidikan Nasional. Saya ingin menanyakan prosedur permohonan data di BPS Kabupaten Jembrana untuk keperluan penelitian: apa saja persyaratannya, apakah harus ada surat pengantar dari kampus, dan kira-kira berapa lama prosesnya?

        Terima kasih.
        '''), name='Ni Kadek Ayu Lestari', inst='Universitas Pendidikan Nasional', req=False, **F)

    C('f25-req-no-name-office-team-signature', 'outlook', 'Disparbud Jembrana', 'disparbud@jembranakab.go.id',
      'Permintaan data kunjungan wisatawan 2025', T('''
        Selamat siang,

        Mohon bantuan data jumlah tamu mancanegara dan domestik yang menginap di akomodasi Kabupaten Jembrana per bulan tahun 2025 serta rata-rata lama menginap, untuk bahan Laporan Penyelenggaraan Pemerintahan Daerah. Data kami perlukan sebelum 10 Desember 2026.

        Terima kasih.

        Salam,
        Tim Data dan Informasi
        Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana
        '''), inst='Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana', **F)

    C('f25-req-retired-javanese-blogger-pribadi', 'yahoo', 'Sutrisno', 'sutrisno.bt1955@yahoo.com', 'Data penduduk Banjar Tengah dari sensus ke sensus', T('''
        Selamat pagi.

        Nama saya Sutrisno, pensiunan pegawai pelabuhan, tinggal di Kelurahan Banjar Tengah sejak tahun 1970-an. Saya bukan dari instansi mana-mana, cuma sedang menulis di blog pribadi tentang sejarah kampung-kampung Jawa dan Madura di Negara.

        Kalau ada, saya ingin minta data jumlah penduduk Kelurahan Banjar Tengah (atau Kecamatan Negara kalau kelurahan tidak ada) dari hasil sensus 1980, 1990, 2000, 2010 dan 2020.

        Matur nuwun sanget.

        Sutrisno
        '''), name='Sutrisno', **F)

    C('f25-req-prodi-only-no-university', 'gmail', 'Sintya Maharani', 'sintyamaharani.ak@gmail.com', 'Permohonan data APBD', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan nama saya Dewa Ayu Putu Sintya Maharani, mahasiswi Prodi Akuntansi semester 5. Untuk tugas mata kuliah Akuntansi Sektor Publik, kelompok kami diminta menganalisis kemandirian keuangan daerah. Mohon bantuan data realisasi pendapatan daerah (PAD, dana perimbangan, lain-lain pendapatan yang sah) dan belanja daerah Kabupaten Jembrana tahun 2021-2025.

        Terima kasih banyak.

        Sintya
        '''), name='Dewa Ayu Putu Sintya Maharani', **F)

    C('f25-req-bare-request-from-header-only', 'plain', 'Yoga Pratama', 'yogapratama.ngr@gmail.com', 'data penduduk', T('''
        Permisi, minta tabel jumlah penduduk per kecamatan di Jembrana tahun 2020-2025 sama laju pertumbuhannya. Kalau bisa format excel. Makasih.
        '''), **F)

    C('f25-req-vague-en-travel-blogger', 'gmail', 'Claire Dubois', 'claire.wanders@gmail.com', 'Hello from a traveller', T('''
        Hi there,

        My name is Claire Dubois and I write a small travel blog about the quieter corners of Indonesia. I'm planning a few weeks in West Bali early next year. What kind of information could you share with someone like me?

        Thanks a lot,
        Claire
        '''), name='Claire Dubois', req=False, lang='en', **F)

    C('f25-req-vague-cooperative-partnership', 'gmail', 'KSU Bina Sejahtera', 'ksubinasejahtera.jbr@gmail.com',
      'Kerja sama', T('''
        Om Swastyastu,

        Kami dari Koperasi Serba Usaha Bina Sejahtera Jembrana ingin menjalin kerja sama dengan BPS Kabupaten Jembrana. Mohon informasi bagaimana caranya dan dengan siapa kami bisa berkoordinasi.

        Suksma.

        I Wayan Sumerta
        Ketua
        '''), name='I Wayan Sumerta', inst='Koperasi Serba Usaha Bina Sejahtera Jembrana', req=False, **F)

    C('f25-req-form-instansi-umum', 'gmail', 'Rahmat H.', 'rahmathidayatullah.loloan@gmail.com', 'Permohonan Data', T('''
        Selamat sore Bapak/Ibu.

        Nama          : Rahmat Hidayatullah
        Instansi      : Umum
        Alamat        : Loloan Timur, Negara
        Keperluan     : referensi rencana membuka usaha rumah kos
        Data diminta  : jumlah penduduk usia 19-30 tahun per kelurahan di Kecamatan Negara, 2025

        Terima kasih.
        '''), name='Rahmat Hidayatullah', **F)

    # ================================================================================================
    # Replies on our tickets
    # ================================================================================================
    C('f25-reply-identity-after-ask-subak-abian', 'gmail', 'Wayan Sekarini', 'wayansekarini77@gmail.com',
      'Re: ' + SUBJ_ASK % 2501, T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf belum melengkapi. Saya Ni Wayan Sekarini, bendahara Subak Abian Tunas Mekar Desa Ekasari. Data kakao yang saya minta untuk laporan tahunan subak abian ke dinas.

        Terima kasih.
        '''), kind='reply', name='Ni Wayan Sekarini', inst='Subak Abian Tunas Mekar Desa Ekasari', req=False,
      ticket='PST-2026-02501', quote=gq(ASK, 'id'), **rp(2501), **F)

    C('f25-reply-iphone-thanks-no-signature', 'iphone', 'Komang', 'komangtrisna02@icloud.com', 'Re: ' + SUBJ_DATA % 2502, T('''
        Udah masuk filenya kak, makasih banyak 🙏🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-02502', quote=iq(DELIV_ID % 2502), **rp(2502), **F)

    C('f25-reply-outlook-adds-new-table-request', 'outlook', 'Hendra Gunawan Wijaya', 'hendra.wijaya@bpdbali.co.id',
      'RE: ' + SUBJ_DATA % 2503, T('''
        Selamat siang,

        Terima kasih, data sudah kami terima dengan baik. Sebagai tambahan, pimpinan meminta kami melampirkan juga data jumlah rumah tangga menurut sumber penerangan utama dan bahan bakar memasak per kecamatan, tahun 2025. Mohon kiranya dapat dibantu.

        Best regards,

        Hendra Gunawan Wijaya | Analis Kredit Senior
        Bank BPD Bali Kantor Cabang Negara
        '''), kind='reply', name='Hendra Gunawan Wijaya', inst='Bank BPD Bali Kantor Cabang Negara', req=True,
      ticket='PST-2026-02503',
      quote=oq(DELIV_ID % 2503, 'Hendra Gunawan Wijaya <hendra.wijaya@bpdbali.co.id>', SUBJ_DATA % 2503, 'id'),
      **rp(2503), **F)

    C('f25-reply-yahoo-status-question', 'yahoo', 'Sutrisno', 'sutrisno.bt1955@yahoo.com', 'Re: ' + SUBJ_ACK % 2504, T('''
        Selamat siang,

        Mau tanya, permintaan data saya kira-kira kapan bisa dikirim ya? Sudah seminggu lebih. Tidak buru-buru, hanya ingin tahu saja.

        Terima kasih.
        Sutrisno
        '''), kind='reply', name='Sutrisno', req=False, ticket='PST-2026-02504',
      quote=yq(ACK % (2504, 'Sutrisno', '-', 'Jumlah penduduk Kelurahan Banjar Tengah 1980-2020')), **rp(2504), **F)

    C('f25-reply-thunderbird-bottom-cover-letter', 'thunderbird', 'Lalu Zul', 'lalu.zulkarnaen22@gmail.com',
      'Re: ' + SUBJ_LETTER % 2505, tq(LETTER_ID % 2505) + '\n\n' + T('''
        Selamat pagi Bapak/Ibu,

        Berikut saya lampirkan surat pengantar penelitian dari Fakultas Ekonomi dan Bisnis. Mohon maaf agak lama karena menunggu tanda tangan wakil dekan.

        Wassalam,
        Lalu M. Zulkarnaen
        '''), kind='reply', name='Lalu M. Zulkarnaen', req=False, ticket='PST-2026-02505',
      attachments=[PDF('Surat Pengantar Penelitian FEB Unram - Lalu M Zulkarnaen.pdf')], **rp(2505), **F)

    C('f25-reply-en-thanks-nickname', 'gmail', "Matt O'Brien", 'matt@medewibaysurflodge.com', 'Re: ' + SUBJ_DATA % 2506, T('''
        Thanks heaps, that's exactly what the investor was after. Much appreciated!

        Cheers,
        Matt
        '''), kind='reply', name='Matt', req=False, lang='en', ticket='PST-2026-02506',
      quote=gq(DELIV_EN % 2506), **rp(2506), **F)

    C('f25-reply-gmail-id-identity-form-lines', 'gmail', 'Ketut Arnawa', 'ketutarnawa.nusasari@gmail.com',
      'Re: ' + SUBJ_ASK % 2507, T('''
        Om Swastyastu,

        Berikut kami lengkapi:
        Nama      : I Ketut Arnawa
        Instansi  : Kelompok Tani Ternak Sari Merta Desa Nusasari
        Jabatan   : Ketua

        Keperluan sama seperti email sebelumnya. Suksma.
        '''), kind='reply', name='I Ketut Arnawa', inst='Kelompok Tani Ternak Sari Merta Desa Nusasari', req=False,
      ticket='PST-2026-02507', quote=gq(ASK, 'id'), **rp(2507), **F)

    C('f25-reply-new-mail-ticket-in-subject', 'gmail', 'BUMDes Amerta Giri', 'bumdes.amertagiri@gmail.com',
      'Tanya progres tiket PST-2026-02508', T('''
        Selamat pagi Bapak/Ibu,

        Permintaan data kami dengan nomor tiket di atas apakah sudah diproses? Proposal kami harus masuk ke dinas hari Jumat ini.

        Terima kasih,
        Komang Juliantara
        BUMDes Amerta Giri
        '''), kind='reply', name='Komang Juliantara', inst='BUMDes Amerta Giri', req=False,
      ticket='PST-2026-02508', **F)

    C('f25-reply-en-outlook-will-collect-printed', 'outlook', 'Berg, Maaike van den', 'maaike.vandenberg@wur.nl',
      'RE: ' + SUBJ_ACK % 2509, T('''
        Dear PST team,

        Thank you for the quick acknowledgement. As I will be in Negara anyway, I will come to your office on Tuesday 1 December around 10 am to collect the printed Kecamatan Dalam Angka volumes you mentioned on the phone.

        Best,
        Maaike van den Berg
        '''), kind='reply', name='Maaike van den Berg', req=False, lang='en', ticket='PST-2026-02509',
      quote=oq(ACK % (2509, 'Maaike van den Berg', 'Wageningen University & Research',
                      'Smallholder coconut and clove households'),
               'Berg, Maaike van den <maaike.vandenberg@wur.nl>', SUBJ_ACK % 2509), **rp(2509), **F)

    C('f25-reply-village-clerk-on-behalf-of-perbekel', 'gmail', 'Kantor Perbekel Warnasari', 'desawarnasari.melaya@gmail.com',
      'Re: ' + SUBJ_LETTER % 2510, T('''
        Selamat siang Bapak/Ibu,

        Menindaklanjuti email ini, Bapak Perbekel sedang dinas ke Denpasar sampai Kamis. Surat pengantar yang sudah ditandatangani akan kami kirim Jumat pagi.

        Terima kasih.

        Putu Suwarjana
        Kaur Perencanaan, Pemerintah Desa Warnasari
        '''), kind='reply', name='Putu Suwarjana', inst='Pemerintah Desa Warnasari', req=False,
      ticket='PST-2026-02510', quote=gq(LETTER_ID % 2510, 'id'), **rp(2510), **F)

    C('f25-reply-en-iphone-got-it', 'iphone', 'Ingrid Solberg', 'ingrid@segarahijau.org', 'Re: ' + SUBJ_DATA % 2511, T('''
        Got it, thank you so much! This will help a lot with the application.

        Ingrid

        Sent from my iPhone
        '''), kind='reply', name='Ingrid', req=False, lang='en', ticket='PST-2026-02511',
      quote=iq(DELIV_EN % 2511, 'en'), **rp(2511), **F)

    C('f25-reply-thunderbird-identity-signature-only', 'thunderbird', 'Made Wirawan', 'madewirawan.ksutj@gmail.com',
      'Re: ' + SUBJ_ASK % 2512, tq(ASK) + '\n\n' + T('''
        Maaf terlambat membalas, Pak/Bu. Datanya untuk bahan laporan pada rapat anggota tahunan bulan Januari.

        Made Wirawan
        Ketua Koperasi Serba Usaha Tunas Jaya Yehembang
        '''), kind='reply', name='Made Wirawan', inst='Koperasi Serba Usaha Tunas Jaya Yehembang', req=False,
      ticket='PST-2026-02512', **rp(2512), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f25-rating-bare-digit-gmail', 'gmail', 'gede arya', 'gedearya.pradnyana@gmail.com', 'Re: ' + SUBJ_RATE % 2521, T('''
        5

        Makasih banyak kak, datanya lengkap 👍

        Gede Arya
        '''), kind='rating', rating=5, name='Gede Arya', req=False, ticket='PST-2026-02521',
      quote=gq(RATE_ID % 2521, 'id'), **rp(2521), **F)

    C('f25-rating-outlook-nilai-empat-saran', 'outlook', 'Subbag Umum PPN Pengambengan', 'tu.ppnpengambengan@kkp.go.id',
      'RE: ' + SUBJ_RATE % 2522, T('''
        Selamat siang,

        Nilai: 4 (puas)
        Saran: kalau bisa tabel dikirim sekalian dalam format Excel, tidak hanya PDF.

        Salam,
        Sri Wahyuningsih
        PPN Pengambengan
        '''), kind='rating', rating=4, name='Sri Wahyuningsih', inst='PPN Pengambengan', req=False,
      ticket='PST-2026-02522',
      quote=oq(RATE_ID % 2522, 'Subbag Umum PPN Pengambengan <tu.ppnpengambengan@kkp.go.id>', SUBJ_RATE % 2522, 'id'),
      **rp(2522), **F)

    C('f25-rating-yahoo-three-stars-symbols', 'yahoo', 'Susanti Tjoa', 'susanti.tjoa@yahoo.com', 'Re: ' + SUBJ_RATE % 2523, T('''
        ★★★☆☆

        Tiga bintang dulu ya. Datanya sesuai, tapi balasannya baru datang setelah 6 hari kerja.

        Susanti
        '''), kind='rating', rating=3, name='Susanti', req=False, ticket='PST-2026-02523',
      quote=yq(RATE_ID % 2523), **rp(2523), **F)

    C('f25-rating-en-iphone-five-of-five', 'iphone', 'Thomas Whitfield', 'thomas.whitfield@anu.edu.au', 'Re: ' + SUBJ_RATE % 2524, T('''
        5/5 - super helpful and fast. Terima kasih!

        Tom

        Sent from my iPhone
        '''), kind='rating', rating=5, name='Tom', req=False, lang='en', ticket='PST-2026-02524',
      quote=iq(RATE_EN % 2524, 'en'), **rp(2524), **F)

    C('f25-rating-thunderbird-bottom-two-with-reason', 'thunderbird', 'Kasi Pem Kec. Mendoyo', 'pemerintahan.kecmendoyo@gmail.com',
      'Re: ' + SUBJ_RATE % 2525, tq(RATE_ID % 2525) + '\n\n' + T('''
        Saya beri nilai 2. Data per desa yang kami minta tidak ada, hanya dikirim data per kecamatan, dan tidak dijelaskan alasannya.

        I Putu Eka Sastrawan
        Kantor Camat Mendoyo
        '''), kind='rating', rating=2, name='I Putu Eka Sastrawan', inst='Kantor Camat Mendoyo', req=False,
      ticket='PST-2026-02525', **rp(2525), **F)

    C('f25-rating-javanese-krama-four', 'gmail', 'Sutrisno', 'sutrisno.bt1955@gmail.com', 'Re: ' + SUBJ_RATE % 2526, T('''
        Nuwun sewu, kulo paringi nilai 4 nggih. Matur nuwun sanget sampun dipun bantu, datanipun lengkap saking sensus 1980.

        Sutrisno
        '''), kind='rating', rating=4, name='Sutrisno', req=False, ticket='PST-2026-02526',
      quote=gq(RATE_ID % 2526, 'id'), **rp(2526), **F)

    C('f25-rating-en-outlook-one-unhappy', 'outlook', 'Ingrid Solberg', 'ingrid@segarahijau.org', 'RE: ' + SUBJ_RATE % 2527, T('''
        Hello,

        I would rate it 1. I waited three weeks and in the end received only a link to the website I had already checked before writing to you.

        Regards,
        Ingrid Solberg
        Yayasan Segara Hijau
        '''), kind='rating', rating=1, name='Ingrid Solberg', inst='Yayasan Segara Hijau', req=False, lang='en',
      ticket='PST-2026-02527', quote=oq(RATE_EN % 2527, 'Ingrid Solberg <ingrid@segarahijau.org>', SUBJ_RATE % 2527),
      **rp(2527), **F)

    C('f25-rating-android-plain-lima-in-words', 'plain', 'Kadek Yogi', 'kadekyogi.tkd@gmail.com', 'Re: ' + SUBJ_RATE % 2528, T('''
        Nilai lima untuk pelayanannya pak, petugasnya sabar sekali waktu tiang telpon. Suksma.

        Nyoman Darta

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=5, name='Nyoman Darta', req=False, ticket='PST-2026-02528',
      quote=aq(RATE_ID % 2528), **rp(2528), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f25-complaint-wrong-years-second-time-reply', 'gmail', 'Dwi Pradnyani', 'dwipradnyani03@gmail.com',
      'Re: ' + SUBJ_DATA % 2531, T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf, data yang dikirim keliru lagi. Tabel produksi padi yang saya terima untuk tahun 2018-2020, padahal saya minta 2015-2025, dan angka Kecamatan Melaya dan Pekutatan sama persis di semua tahun. Ini sudah kedua kalinya lampirannya tidak sesuai, padahal jadwal seminar proposal saya sudah dekat. Tolong lebih teliti sebelum mengirim.

        Kadek Dwi Pradnyani
        '''), kind='complaint', name='Kadek Dwi Pradnyani', req=False, ticket='PST-2026-02531',
      quote=gq(DELIV_ID % 2531, 'id'), **rp(2531), **F)

    C('f25-complaint-office-closed-early-anonymous', 'plain', 'warga melaya', 'wargamelaya88@gmail.com', 'Jam layanan tidak sesuai', T('''
        Selamat sore.

        Hari Kamis kemarin saya datang ke kantor BPS Jembrana jam 14.10. Di papan depan tertulis layanan PST buka sampai jam 15.30, tapi ruang layanan sudah tutup dan kata satpam petugasnya sudah pulang. Saya datang jauh-jauh dari Melaya, izin kerja setengah hari. Tolong jam layanan yang ditulis itu ditepati, atau papannya diganti kalau memang berubah.

        Terima kasih.
        '''), kind='complaint', req=False, **F)

    C('f25-complaint-suggestion-excel-lecturer-ntt', 'gmail', 'Yohanes B. Lado', 'yohanes.lado@undhirabali.ac.id',
      'Masukan untuk publikasi Kecamatan Dalam Angka', T('''
        Selamat pagi Bapak/Ibu,

        Izin memberi masukan. Publikasi Kecamatan Dalam Angka Jembrana sangat membantu penelitian kami, tetapi hanya tersedia dalam PDF, dan sebagian tabelnya berupa gambar hasil pindaian sehingga tidak bisa disalin. Akibatnya mahasiswa kami harus mengetik ulang ratusan angka dan sering salah ketik. Alangkah baiknya bila tabel-tabel tersebut juga disediakan dalam format Excel atau CSV di website, seperti yang sudah dilakukan beberapa BPS kabupaten lain.

        Terima kasih atas perhatiannya.

        Salam,
        Yohanes Berchmans Lado
        Dosen Program Studi Manajemen
        Universitas Dhyana Pura
        '''), kind='complaint', name='Yohanes Berchmans Lado', inst='Universitas Dhyana Pura', req=False, **F)

    C('f25-complaint-en-no-answer-ticket-in-words', 'gmail', 'Thomas Whitfield', 'thomas.whitfield@anu.edu.au',
      'Still waiting - data request from early November', T('''
        Dear BPS Jembrana,

        I submitted a data request 16 days ago (your ticket PST-2026-02534) and have received nothing since the automatic acknowledgement. Two follow-up phone calls went unanswered and the WhatsApp number on your website says it is not registered. I understand you are busy, but some sign of progress would be appreciated, as my ethics application depends on these figures.

        Regards,
        Thomas Whitfield
        Australian National University
        '''), kind='complaint', name='Thomas Whitfield', inst='Australian National University', req=False, lang='en',
      ticket='PST-2026-02534', **F)

    C('f25-complaint-perbekel-letter-enumerator-no-notice', 'outlook', 'Desa Yehembang Kangin', 'desayehembangkangin@gmail.com',
      'Keberatan atas pelaksanaan pendataan di Desa Yehembang Kangin', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Om Swastyastu,

        Dengan hormat, Pemerintah Desa Yehembang Kangin menyampaikan keberatan atas pelaksanaan pendataan oleh petugas BPS di wilayah kami pada tanggal 16-18 November 2026. Petugas datang ke rumah-rumah warga tanpa koordinasi terlebih dahulu dengan kantor desa maupun kelian banjar, dan sebagian tidak dapat menunjukkan surat tugas. Akibatnya warga resah dan beberapa melapor kepada kami karena mengira ada penipuan berkedok survei.

        Kami mohon ke depan setiap kegiatan lapangan diinformasikan lebih dahulu kepada pemerintah desa, dan petugas selalu membawa surat tugas serta tanda pengenal.

        Demikian kami sampaikan, atas perhatiannya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Perbekel Yehembang Kangin,

        I Ketut Suardika
        '''), kind='complaint', name='I Ketut Suardika', inst='Pemerintah Desa Yehembang Kangin', req=False, **F)

    C('f25-complaint-slang-whatsapp-ignored', 'iphone', 'r', 'rendyy.kusuma@icloud.com', 'wa pst', T('''
        min, wa pst nya ga pernah dibales ya? udh 3 hari chat cuma centang 2 doang. tlg lah diperhatiin, katanya pelayanan prima 😤

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, **F)

    C('f25-complaint-refuses-rating-ticket-closed-early', 'outlook', 'Gung Bagus', 'gungbagus.kadastral@gmail.com',
      'RE: ' + SUBJ_RATE % 2537, T('''
        Selamat siang,

        Mohon maaf, kami belum dapat memberikan penilaian karena tiket ini sudah ditutup padahal data jumlah rumah tangga per desa yang kami minta belum pernah dikirim. Yang kami terima hanya tautan ke tabel tingkat kecamatan. Kami minta tiket ini dibuka kembali dan permintaan kami diselesaikan.

        Salam,

        --
        Anak Agung Ngurah Bagus Dharmayasa, S.T. | Penata Kadastral Ahli Pertama | Kantor Pertanahan Kabupaten Jembrana
        '''), kind='complaint', name='Anak Agung Ngurah Bagus Dharmayasa', inst='Kantor Pertanahan Kabupaten Jembrana',
      req=False, ticket='PST-2026-02537',
      quote=oq(RATE_ID % 2537, 'Gung Bagus <gungbagus.kadastral@gmail.com>', SUBJ_RATE % 2537, 'id'), **rp(2537), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f25-ooo-outlook-balasan-otomatis-cuti', 'outlook', 'Ni Wayan Sri Utami', 'sriutami.bappeda@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 2541, T('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. Saya sedang cuti tahunan sampai dengan 4 Desember 2026. Untuk keperluan data perencanaan yang mendesak, silakan menghubungi Bidang Perencanaan, Pengendalian dan Evaluasi Bappeda Kabupaten Jembrana melalui bappeda@jembranakab.go.id.

        Suksma,
        Sri Utami
        '''), kind='auto_reply', req=False, ticket='PST-2026-02541',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2541), **F)

    C('f25-ooo-en-gmail-vacation-fieldwork', 'gmail', 'Thomas Whitfield', 'thomas.whitfield@anu.edu.au',
      'Re: ' + SUBJ_ACK % 2542, T('''
        Hi,

        Thanks for your message. I'm in the field in Nusa Penida until 12 December with very limited reception and will reply when I'm back in Denpasar. For anything related to my candidature please contact my supervisor's office at asia.pacific.hdr@anu.edu.au.

        Tom
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02542',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(2542), **F)

    C('f25-ooo-office-mailbox-body-only-no-headers', 'plain', 'Sekretariat Kankemenag Jembrana', 'kab.jembrana@kemenag.go.id',
      'Re: ' + SUBJ_ACK % 2543, T('''
        Terima kasih, email Anda telah diterima oleh Sekretariat Kantor Kementerian Agama Kabupaten Jembrana dan akan diteruskan kepada unit terkait pada jam kerja (Senin-Jumat, 07.30-16.00 WITA).

        Email ini dikirim secara otomatis. Mohon tidak membalas email ini.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02543', **rp(2543), **F)

    C('f25-ooo-yahoo-galungan-leave-headers', 'yahoo', 'Ni Kadek Sri Widiantari', 'lpd.delodberawah@yahoo.com',
      'Re: ' + SUBJ_DATA % 2544, T('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. LPD Desa Adat Delod Berawah libur Hari Raya Galungan dan Kuningan mulai 25 November sampai 6 Desember 2026. Email akan kami balas setelah kantor buka kembali.

        Suksma.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02544',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')], **rp(2544), **F)

    C('f25-ooo-bank-helpdesk-bilingual-ticket', 'gmail', 'BPD Bali Contact Center', 'halo@bpdbali.co.id',
      '[#CC-88213] Re: ' + SUBJ_DATA % 2545, T('''
        Yth. Nasabah / Dear Customer,

        Terima kasih telah menghubungi Contact Center Bank BPD Bali. Pesan Anda telah kami terima dengan nomor laporan #CC-88213 dan akan ditindaklanjuti dalam 2x24 jam kerja.

        Thank you for contacting Bank BPD Bali Contact Center. Your message has been logged under reference #CC-88213.

        Ini adalah pesan otomatis, mohon tidak membalas. / This is an automated message, please do not reply.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02545',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply'), ('X-Auto-Response-Suppress', 'All')],
      **rp(2545), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f25-dsn-postfix-user-unknown-typo', dict(
        recipient='lalu.zulkarnaen2@gmail.com', original_message_id=OUR(2551, '5c27d0ab'),
        orig_subject=SUBJ_ACK % 2551, status='5.1.1'), 'PST-2026-02551', **F)

    D('f25-dsn-exchange-recipient-not-found', dict(
        recipient='hendra.wijaya@bpdbali.co.id', original_message_id=OUR(2552, '5c27d0ab'),
        orig_subject=SUBJ_RATE % 2552, status='5.1.10', mta='bpdbali.co.id',
        **{'from': 'Microsoft Outlook <postmaster@bpdbali.co.id>',
           'subject': 'Undeliverable: ' + SUBJ_RATE % 2552,
           'text': ("Your message to hendra.wijaya@bpdbali.co.id couldn't be delivered.\n\n"
                    "hendra.wijaya wasn't found at bpdbali.co.id.\n\n"
                    'Action Required\nUnknown To address\n\n'
                    'How to Fix It\nThe address may be misspelled or may not exist, or the person may have left '
                    'the organisation.\n\n'
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: SG2PR03MB6217.apcprd03.prod.outlook.com\n'
                    'hendra.wijaya@bpdbali.co.id\n'
                    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'")}),
      'PST-2026-02552', **F)

    D('f25-dsn-gmail-mailbox-full-no-auto-header', dict(
        recipient='dekayu.wm@gmail.com', original_message_id=OUR(2553, '5c27d0ab'),
        orig_subject=SUBJ_DATA % 2553, status='5.2.2', mta='googlemail.com', no_auto_submitted=True,
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ("** Message not delivered **\n\n"
                    "Your message couldn't be delivered to dekayu.wm@gmail.com because the recipient's inbox is full "
                    "and it can't accept any more messages right now.\n\n"
                    'The response from the remote server was:\n'
                    '552 5.2.2 The recipient\'s inbox is out of storage space. Please direct the recipient to\n'
                    '5.2.2 https://support.google.com/mail/?p=OverQuotaPerm')}),
      'PST-2026-02553', **F)
