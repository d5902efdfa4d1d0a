# corpus_fresh33.py: a thirty-third batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh33"; tickets PST-2026-033xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh33')

    # Our own mails, as they appear quoted in replies.
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    SUBJ_LETTER = '[PST-2026-%05d] Mohon surat pengantar'
    SUBJ_BILL = '[PST-2026-%05d] Informasi biaya tabulasi khusus'
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
    BILL_ID = ('Yth. Bapak/Ibu,\n\nData per desa yang Bapak/Ibu minta (tiket PST-2026-%05d) memerlukan tabulasi khusus '
               'dan dikenakan tarif PNBP sebesar Rp 1.250.000. Kode billing kami lampirkan; data akan dikirim setelah '
               'pembayaran terkonfirmasi.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        if lang == 'id':
            return 'Pada 24 Nov 2026, pukul 13.40, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 24 Nov 2026, at 13:40, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 24/11/26 13.40, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Sel, 24 Nov 2026 13.40, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def hq(text):
        """Quote as Yahoo Mail writes it in Indonesian: not prefixed, the original below a header line."""
        return ('Pada Selasa, 24 November 2026 pukul 13.40.05 WITA, PST BPS Kabupaten Jembrana '
                '<pst5101@bps.go.id> menulis:\n\n\n' + text)

    def rp(n):
        return dict(in_reply_to=OUR(n, 'c7d2a9e5'), references=[OUR(n, 'c7d2a9e5')])

    # ================================================================================================
    # New requests: students and academics
    # ================================================================================================
    C('f33-req-unud-agribisnis-subak-letter-attached', 'gmail', 'Sintya Dewi', 'sintyadewi.agb21@gmail.com',
      'Permohonan Data Skripsi - Alih Fungsi Lahan Sawah Kec. Mendoyo', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Perkenalkan, nama saya Ni Kadek Ayu Sintya Dewi (NIM 2107531088), mahasiswi semester tujuh Program Studi Agribisnis, Fakultas Pertanian, Universitas Udayana. Saat ini saya sedang menyusun proposal skripsi berjudul "Alih Fungsi Lahan Sawah dan Keberlanjutan Subak di Kecamatan Mendoyo".

        Sehubungan dengan hal tersebut, saya memohon bantuan data sebagai berikut:
        1. Luas lahan sawah menurut desa di Kecamatan Mendoyo tahun 2015-2025;
        2. Jumlah rumah tangga usaha pertanian subsektor tanaman pangan per desa (ST2023);
        3. Luas panen dan produksi padi sawah Kecamatan Mendoyo tahun 2015-2025.

        Surat pengantar dari fakultas saya lampirkan bersama email ini.

        Atas perhatian dan bantuannya saya ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Hormat saya,
        Sintya Dewi
        '''), name='Ni Kadek Ayu Sintya Dewi', inst='Universitas Udayana',
      attachments=[PDF('Surat Pengantar Fakultas Pertanian Unud - Sintya Dewi.pdf')], **F)

    C('f33-req-undip-thunderbird-wrapped-asks-which-agency', 'thunderbird', 'Dimas Aryo Nugroho', 'dimasaryo@students.undip.ac.id',
      'Data produksi perikanan tangkap bulanan Jembrana', T('''
        Yth. Bapak/Ibu,

        Saya Dimas Aryo Nugroho, mahasiswa Magister Ilmu Kelautan Universitas Diponegoro, Semarang. Penelitian tesis saya membahas hubungan antara suhu permukaan laut dan hasil tangkapan lemuru di Selat Bali. Untuk pembanding data satelit, saya membutuhkan data volume dan nilai produksi perikanan tangkap laut menurut jenis ikan di Kabupaten Jembrana per bulan, tahun 2016-2025, serta jumlah perahu/kapal motor menurut ukuran GT.

        Apakah data bulanan tersedia di BPS, atau saya perlu menghubungi Dinas Perikanan? Mohon arahannya.

        Terima kasih,

        --
        Dimas Aryo Nugroho
        Magister Ilmu Kelautan, FPIK Universitas Diponegoro
        HP 0857-4100-xxxx
        '''), name='Dimas Aryo Nugroho', inst='Universitas Diponegoro', wrap=72, **F)

    C('f33-req-iphone-slang-undiksha-geografi', 'iphone', 'Dewa Ayu', 'dewaayulestari03@icloud.com', 'minta data penduduk', T('''
        pagi kak, sy Dewa Ayu Lestari mhs Undiksha jurusan pend geografi. mau minta data jmlh penduduk per desa di kec pekutatan thn 2020 sm 2025 buat tugas matkul geografi penduduk. kalo bs yg excel ya kak, mksh byk 🙏

        Dikirim dari iPhone saya
        '''), name='Dewa Ayu Lestari', inst='Undiksha', **F)

    C('f33-req-en-anu-phd-signature-only-name', 'gmail', 'Tom Whitfield', 'thomas.whitfield@anu.edu.au',
      'Data request: paddy, rainfall and subak statistics for Jembrana', T('''
        Dear colleagues,

        I am a PhD researcher at the Crawford School of Public Policy, Australian National University, working on how smallholder rice systems in Bali respond to water scarcity during El Nino years. Jembrana is one of my two case-study regencies, together with Tabanan.

        Could you please help me with the following series for Jembrana:
        (a) monthly rainfall at the Negara station, 2010-2025;
        (b) harvested area and production of paddy by kecamatan and by season (MT I / MT II), 2010-2025;
        (c) number of subak and their irrigated area, if BPS publishes it.

        I have a letter of support from my supervisor and can send it on request.

        With thanks and kind regards,

        Thomas Whitfield
        PhD Candidate | Crawford School of Public Policy
        Australian National University
        Canberra ACT 2600
        '''), name='Thomas Whitfield', inst='Australian National University', lang='en', **F)

    C('f33-req-en-latin1-goettingen-partner-univ-mentioned', 'latin1', 'Jürgen Oßwald', 'juergen.osswald@uni-goettingen.de',
      'Estate crop statistics Jembrana', T('''
        Dear Sir or Madam,

        my name is Jürgen Oßwald and I teach agricultural economics at the Georg-August-Universität Göttingen. Together with colleagues from Universitas Udayana we are planning a small study on cocoa and coconut smallholders in western Bali.

        For the proposal, we would need the planted area and production of cocoa, coconut and clove by kecamatan in Jembrana for 2018-2025, and the number of estate-crop households from the Agricultural Census 2023.

        Thank you very much in advance.

        Best regards
        Jürgen Oßwald
        '''), name='Jürgen Oßwald', inst='Georg-August-Universität Göttingen', lang='en', **F)

    C('f33-req-nommensen-lecturer-consultation-method', 'outlook', 'Tiurma Hutagalung', 'tiurma.hutagalung@uhn.ac.id',
      'Permohonan konsultasi metode estimasi produksi kelapa', T('''
        Horas, Bapak/Ibu,

        Dengan hormat, saya Dr. Tiurma Hutagalung, dosen Statistika pada Fakultas Ekonomi Universitas HKBP Nommensen, Medan. Bersama dua rekan, saya sedang mengembangkan model peramalan produksi kelapa untuk kabupaten-kabupaten penghasil kelapa di luar Sumatera.

        Kami ingin berkonsultasi dengan fungsi statistik produksi BPS Kabupaten Jembrana mengenai metode estimasi produksi kelapa rakyat (apakah berbasis luas tanaman menghasilkan atau survei ubinan), serta kemungkinan memperoleh data produksi kelapa per kecamatan tahun 2010-2025.

        Kami siap bila konsultasi dilakukan daring melalui Zoom.

        Hormat kami,
        Dr. Tiurma Hutagalung, S.Si., M.Si.
        '''), name='Dr. Tiurma Hutagalung', inst='Universitas HKBP Nommensen', **F)

    C('f33-req-papuan-student-yahoo-android', 'yahoo', 'yulius kogoya', 'yuliuskogoya21@yahoo.com', 'Permohonan data IPM', T('''
        Selamat siang Bapak Ibu BPS Jembrana,

        Saya Yulius Kogoya, mahasiswa Program Studi Ekonomi Pembangunan di Universitas Dhyana Pura, Badung. Saya berasal dari Kabupaten Lanny Jaya, Papua Pegunungan. Untuk tugas akhir saya ingin membandingkan pembangunan manusia di daerah saya dengan salah satu kabupaten di Bali, dan dosen menyarankan Jembrana.

        Saya mohon data IPM Kabupaten Jembrana beserta komponennya (angka harapan hidup, harapan lama sekolah, rata-rata lama sekolah, pengeluaran per kapita) tahun 2015-2025.

        Terima kasih banyak. Tuhan Yesus memberkati.

        Salam,
        Yulius K.

        Dikirim dari Yahoo Mail di Android
        '''), name='Yulius Kogoya', inst='Universitas Dhyana Pura', **F)

    C('f33-req-pnb-intern-html-only', 'html_only', 'Komang Arya Wiguna', 'komangarya.wiguna@pnb.ac.id',
      'Permohonan data TPK hotel untuk laporan magang', T('''
        Selamat pagi Bapak/Ibu,

        Saya Komang Arya Wiguna, mahasiswa D4 Manajemen Bisnis Pariwisata, Politeknik Negeri Bali. Saat ini saya magang di sebuah resort di Pekutatan dan laporan magang saya membahas karakteristik wisatawan yang menginap di Jembrana.

        Saya memohon data tingkat penghunian kamar (TPK) hotel dan rata-rata lama menginap tamu di Kabupaten Jembrana per bulan, tahun 2023-2025.

        Terima kasih atas bantuannya.

        Hormat saya,
        Komang Arya Wiguna
        '''), name='Komang Arya Wiguna', inst='Politeknik Negeri Bali', **F)

    C('f33-req-en-nus-consultation-cpi-proxy', 'gmail', 'Priya R', 'priya.raghunathan@u.nus.edu',
      'Quick consultation on price and GRDP statistics', T('''
        Hi,

        I'm Priya Raghunathan, a master's student in Applied Economics at the National University of Singapore. For my capstone I am estimating the effect of the Gilimanuk-Ketapang ferry disruptions on local prices in Jembrana.

        Rather than raw data, I'd really appreciate a short consultation (online is fine) on two points:
        - whether BPS collects any consumer price data for Jembrana itself, or whether Denpasar CPI is the usual proxy;
        - how the quarterly GRDP for the regency is compiled, if it exists at all.

        Happy to adjust to your schedule. Thanks so much!

        Priya
        '''), name='Priya Raghunathan', inst='National University of Singapore', lang='en', **F)

    C('f33-req-unair-ktm-photo-attached', 'gmail', 'Siti Nurhaliza', 'sitinurhaliza.r@student.unair.ac.id',
      'Permohonan data sanitasi dan air minum', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan saya Siti Nurhaliza Rahmadani, mahasiswi S1 Kesehatan Masyarakat Universitas Airlangga. Sebagai bukti identitas saya lampirkan foto KTM.

        Untuk skripsi tentang akses sanitasi, saya memohon data persentase rumah tangga menurut fasilitas tempat buang air besar dan persentase rumah tangga dengan sumber air minum layak di Kabupaten Jembrana, 2019-2025 (Susenas).

        Terima kasih.

        Hormat saya,
        Siti Nurhaliza Rahmadani
        '''), name='Siti Nurhaliza Rahmadani', inst='Universitas Airlangga',
      attachments=[JPG('KTM Siti Nurhaliza Rahmadani.jpg')], **F)

    C('f33-req-unsrat-manado-abbrev', 'gmail', 'Jeane Wowor', 'jeanewowor.pwk@gmail.com', 'Mohon data permukiman pesisir', T('''
        Selamat sore Bapak/Ibu,

        Perkenalkan, sy Jeane Wowor, mahasiswi Magister Perencanaan Wilayah dan Kota Universitas Sam Ratulangi, Manado. Tesis sy ttg perbandingan pola permukiman di kawasan pesisir, dan Jembrana jadi salah satu lokasi studi.

        Mohon bantuan data jumlah bangunan tempat tinggal dan jumlah rumah tangga per desa di Kecamatan Negara dan Kecamatan Jembrana (hasil SP2020 atau Podes 2024).

        Makase banyak,
        Jeane
        '''), name='Jeane Wowor', inst='Universitas Sam Ratulangi', **F)

    C('f33-req-en-vietnam-policy-institute', 'gmail', 'Thu Ha Nguyen', 'ha.nguyenthu@mrpi.org.vn',
      'Request for agricultural statistics - comparative study on water user groups', T('''
        Dear BPS Jembrana,

        Greetings from Hanoi. I am Nguyen Thi Thu Ha, a researcher at the Mekong Rural Policy Institute. We are studying farmer organisations and water user associations in rice-growing areas of Viet Nam, Indonesia and the Philippines, and the Balinese subak is a key case for us.

        May I request:
        1. the number of agricultural households by main commodity in Jembrana (ST2023);
        2. paddy harvested area and yield by kecamatan, 2018-2025;
        3. any publication that describes subak at regency level.

        Many thanks for your time.

        Best regards,
        Thu Ha
        '''), name='Nguyen Thi Thu Ha', inst='Mekong Rural Policy Institute', lang='en', **F)

    # ================================================================================================
    # New requests: government, villages, schools, health
    # ================================================================================================
    C('f33-req-dinkes-official-letter-in-body', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dinkes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 3 Negara, Telp. (0365) 41xxx

        Negara, 19 November 2026

        Nomor     : 400.7.1/2214/Dinkes/2026
        Sifat     : Biasa
        Lampiran  : -
        Hal       : Permohonan Data Penduduk Sasaran Program Kesehatan 2027

        Kepada
        Yth. Kepala Badan Pusat Statistik
        Kabupaten Jembrana
        di -
        Negara

        Dalam rangka penetapan sasaran program kesehatan tahun 2027 (imunisasi, KIA dan gizi), bersama ini kami mohon bantuan data proyeksi penduduk Kabupaten Jembrana tahun 2027 menurut kecamatan, jenis kelamin dan umur tunggal 0-6 tahun serta kelompok umur lima tahunan.

        Data mohon dapat dikirim ke alamat email ini atau email program (kia.dinkesjembrana@gmail.com).

        Demikian kami sampaikan, atas kerja sama yang baik kami ucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. I Gusti Agung Putu Arimbawa, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP. 19700812 199903 1 006
        '''), name='dr. I Gusti Agung Putu Arimbawa', inst='Dinas Kesehatan Kabupaten Jembrana', **F)

    C('f33-req-puskesmas-html-only-nurse-title', 'html_only', 'Puskesmas Mendoyo II', 'pkm.mendoyo2@gmail.com',
      'Mohon data lansia per desa', T('''
        Selamat siang Bapak/Ibu,

        Kami dari UPTD Puskesmas Mendoyo II ingin memohon data jumlah penduduk lansia (60 tahun ke atas) per desa di wilayah kerja kami, yaitu Desa Yehembang, Yehembang Kauh, Yehembang Kangin dan Yeh Sumbul, tahun 2025. Data akan digunakan untuk perencanaan posyandu lansia tahun depan.

        Terima kasih atas bantuannya.

        Salam sehat,
        Ns. Luh Gede Sriasih, S.Kep.
        Pengelola Program Lansia
        UPTD Puskesmas Mendoyo II
        '''), name='Ns. Luh Gede Sriasih', inst='UPTD Puskesmas Mendoyo II', **F)

    C('f33-req-sekdes-tuwed-docx-form', 'gmail', 'Desa Tuwed', 'pemdes.tuwed@gmail.com', 'Permohonan data profil desa', T('''
        Om Swastyastu,

        Dengan hormat, saya I Nyoman Sudarsana, Sekretaris Desa pada Pemerintah Desa Tuwed. Bersama ini kami lampirkan formulir permohonan data yang sudah kami isi. Singkatnya, kami membutuhkan data jumlah penduduk menurut pekerjaan dan menurut tingkat pendidikan di Desa Tuwed hasil sensus terakhir, untuk penyusunan profil desa dan RPJMDes 2027-2032.

        Suksma atas bantuannya.

        I Nyoman Sudarsana
        Sekdes Tuwed
        '''), name='I Nyoman Sudarsana', inst='Pemerintah Desa Tuwed',
      attachments=[DOCX('Formulir Permohonan Data - Desa Tuwed.docx')], **F)

    C('f33-req-camat-staff-resends-attached-message', 'outlook', 'Kartika Sari', 'kecamatan.negara@jembranakab.go.id',
      'FW: Permohonan data untuk Musrenbang Kecamatan Negara', T('''
        Selamat pagi,

        Mohon maaf, permohonan data dari Bapak Camat (terlampir) minggu lalu ternyata terkirim ke alamat email BPS yang lama. Kami kirim ulang ke alamat ini.

        Yang kami perlukan: jumlah penduduk, jumlah KK dan luas wilayah per kelurahan/desa di Kecamatan Negara tahun 2025, untuk bahan Musrenbang Kecamatan.

        Terima kasih.

        Ni Putu Ayu Kartika Sari
        Kasi Pemerintahan
        Kantor Camat Negara
        '''), name='Ni Putu Ayu Kartika Sari', inst='Kantor Camat Negara',
      attach_message=dict(client='outlook', from_name='Camat Negara', from_addr='camat.negara@jembranakab.go.id',
                          to='BPS Jembrana <bps5101@bps.go.id>', subject='Permohonan data untuk Musrenbang',
                          body=T('''
                              Yth. Kepala BPS Kabupaten Jembrana,

                              Dalam rangka Musrenbang Kecamatan Negara tahun 2027, kami mohon bantuan data jumlah penduduk, jumlah kepala keluarga dan luas wilayah per desa/kelurahan se-Kecamatan Negara tahun 2025.

                              Atas kerja samanya kami ucapkan terima kasih.

                              Camat Negara,
                              Drs. I Made Gede Wirasuta, M.Si.
                              ''')), **F)

    C('f33-req-kemenag-section-head-letter', 'outlook', 'Penmad Kemenag Jembrana', 'penmad.kemenagjembrana@kemenag.go.id',
      'Permohonan data penduduk usia sekolah menurut agama', T('''
        Assalamu'alaikum Wr. Wb.
        Om Swastyastu,

        Yth. Kepala BPS Kabupaten Jembrana,

        Dalam rangka pemutakhiran peta kebutuhan madrasah di Kabupaten Jembrana, Seksi Pendidikan Madrasah Kantor Kementerian Agama Kabupaten Jembrana memohon data jumlah penduduk usia 7-12 tahun dan 13-15 tahun menurut kecamatan dan agama tahun 2025.

        Atas perhatiannya kami sampaikan terima kasih.

        Wassalamu'alaikum Wr. Wb.

        Kepala Seksi Pendidikan Madrasah,

        Drs. H. Muhammad Ikhsan Hasibuan
        '''), name='Drs. H. Muhammad Ikhsan Hasibuan', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)

    C('f33-req-sma-teacher-visit-and-data', 'gmail', 'Gus Oka', 'gusoka.geo@gmail.com', 'Permohonan data dan kunjungan siswa', T('''
        Selamat sore Bapak/Ibu,

        Nama saya Ida Bagus Made Oka Wiryawan, guru Geografi di SMA Negeri 3 Negara. Untuk proyek penguatan profil pelajar Pancasila kelas XI bertema "Gaya Hidup Berkelanjutan", siswa kami akan memetakan kepadatan penduduk dan penggunaan lahan di Kabupaten Jembrana.

        Mohon bantuan data:
        - jumlah penduduk dan luas wilayah per desa/kelurahan, tahun 2025;
        - penggunaan lahan (sawah, tegalan, perkebunan, hutan) per kecamatan.

        Bila memungkinkan, kami juga ingin membawa 30 siswa berkunjung ke kantor BPS untuk mengenal cara kerja statistik. Apakah ada prosedur khusus?

        Terima kasih.

        Gus Oka
        '''), name='Ida Bagus Made Oka Wiryawan', inst='SMA Negeri 3 Negara', **F)

    C('f33-req-hospital-internist-feasibility', 'outlook', 'Cok Ratih', 'komitemedik@rsukerthausada.co.id',
      'Permohonan data untuk studi kelayakan layanan hemodialisis', T('''
        Selamat pagi,

        Perkenalkan saya dr. Cokorda Istri Ratih Pramesti, Sp.PD, Ketua Komite Medik RSU Kertha Usada Jembrana. Rumah sakit kami sedang menyusun studi kelayakan layanan hemodialisis dan klinik penyakit dalam.

        Untuk itu kami membutuhkan:
        1. proyeksi penduduk usia 40 tahun ke atas per kecamatan, 2025-2030;
        2. persentase penduduk yang mempunyai jaminan kesehatan (Susenas), 2022-2025;
        3. persentase penduduk yang mengalami keluhan kesehatan, 2022-2025.

        Terima kasih atas perhatiannya.

        Salam,
        dr. Cok Ratih
        RSU Kertha Usada Jembrana
        '''), name='dr. Cokorda Istri Ratih Pramesti', inst='RSU Kertha Usada Jembrana', **F)

    C('f33-req-dprd-expert-staff', 'gmail', 'Yudha Pramana', 'yudhapramana.ta@gmail.com', 'Data kemiskinan per kecamatan', T('''
        Selamat siang,

        Perkenalkan saya Gede Yudha Pramana, tenaga ahli Komisi II DPRD Kabupaten Jembrana. Komisi sedang membahas rancangan perda tentang penanggulangan kemiskinan dan meminta kami menyiapkan bahan.

        Kami memerlukan:
        - garis kemiskinan, jumlah dan persentase penduduk miskin Kabupaten Jembrana, 2015-2025;
        - indeks kedalaman dan keparahan kemiskinan, 2015-2025;
        - bila ada, estimasi persentase penduduk miskin per kecamatan.

        Mohon dikirim ke email ini. Terima kasih banyak.

        Salam,
        Yudha
        '''), name='Gede Yudha Pramana', inst='DPRD Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: farmers, cooperatives, NGOs, religious bodies
    # ================================================================================================
    C('f33-req-farmer-group-plain-android-tiang', 'plain', 'ketut lanus', 'ketutlanus1968@gmail.com', 'data harga gabah', T('''
        Om swastyastu pak/bu

        Tiang I Ketut Lanus ketua Kelompok Tani Mekar Sari Desa Yehembang Kauh. Mau minta data harga gabah sama harga pupuk di jembrana 3 tahun terakhir, untuk rapat kelompok bulan depan soal rencana tanam. Kalau bisa dikirim lewat email ini saja karena tiang jauh ke kota.

        Suksma

        Dikirim dari perangkat Android saya
        '''), name='I Ketut Lanus', inst='Kelompok Tani Mekar Sari Desa Yehembang Kauh', **F)

    C('f33-req-kud-fishers-haji-plain', 'plain', 'KUD Mina Segara', 'kud.minasegara@yahoo.co.id', 'Permohonan data nelayan', T('''
        Assalamualaikum wr wb

        Dengan hormat, saya H. Abdul Rachman, ketua KUD Mina Segara Pengambengan. Koperasi kami akan mengajukan pinjaman modal untuk cold storage ke LPDB. Sebagai data pendukung kami butuh data jumlah nelayan, jumlah perahu, dan produksi ikan di Kecamatan Negara tahun 2021 sampai 2025.

        Mohon dibantu. Terima kasih.

        Wassalamualaikum wr wb
        '''), name='H. Abdul Rachman', inst='KUD Mina Segara Pengambengan', **F)

    C('f33-req-bumdes-coffee-yahoo', 'yahoo', 'BUMDes Amerta Sari', 'bumdes.amertasari@yahoo.com', 'Data kopi Kec. Mendoyo', T('''
        Selamat siang BPS Jembrana.

        Saya Kadek Dwi Antara, manajer BUMDes Amerta Sari Desa Pohsanten. Kami mau buka unit usaha pengolahan kopi robusta dan butuh data luas tanam & produksi kopi di Kecamatan Mendoyo 5 tahun terakhir, sama harga kopi di tingkat petani kalau ada.

        Suksma,
        Kadek Dwi Antara
        BUMDes Amerta Sari Desa Pohsanten
        '''), name='Kadek Dwi Antara', inst='BUMDes Amerta Sari Desa Pohsanten', **F)

    C('f33-req-ngo-forwards-director-letter-inline', 'gmail', 'Fitriani Lubis', 'fitriani@pesisirlestari.or.id',
      'Fwd: Surat permohonan data BPS Jembrana', T('''
        Selamat pagi Mas/Mbak PST,

        Saya Fitriani Lubis, staf program di Yayasan Pesisir Lestari Nusantara. Saya teruskan surat dari direktur kami di bawah ini. Intinya kami butuh data jumlah rumah tangga nelayan dan luas hutan mangrove di Kecamatan Jembrana dan Kecamatan Negara untuk proposal restorasi mangrove Perancak. Kalau ada yang kurang jelas silakan hubungi saya saja.

        Terima kasih,
        Fitri

        ---------- Forwarded message ---------
        From: Bonifasius Manurung <direktur@pesisirlestari.or.id>
        Date: Fri, Nov 20, 2026 at 4:51 PM
        Subject: Surat permohonan data BPS Jembrana
        To: Fitriani Lubis <fitriani@pesisirlestari.or.id>


        Fit, tolong kirimkan ke BPS Jembrana ya. Surat resmi terlampir.

        Nomor   : 047/YPLN/XI/2026
        Perihal : Permohonan Data

        Yth. Kepala BPS Kabupaten Jembrana,
        Yayasan Pesisir Lestari Nusantara memohon data jumlah rumah tangga perikanan tangkap dan luas kawasan mangrove per desa di Kecamatan Jembrana dan Kecamatan Negara tahun 2020-2025.

        Hormat kami,
        Ir. Bonifasius Manurung, M.Sc.
        Direktur Eksekutif
        '''), name='Fitriani Lubis', inst='Yayasan Pesisir Lestari Nusantara',
      attachments=[PDF('047-YPLN-XI-2026 Permohonan Data BPS Jembrana.pdf')], **F)

    C('f33-req-womens-ngo-child-marriage', 'gmail', 'Sumertini YPPB', 'sumertini.yppb@gmail.com',
      'Permohonan data perkawinan usia anak', T('''
        Salam sejahtera,

        Saya Ni Wayan Sumertini dari Yayasan Perempuan Pesisir Bali, lembaga pendamping perempuan dan anak di Jembrana dan Buleleng. Kami menyiapkan kertas kebijakan tentang perkawinan usia anak untuk diskusi dengan DPRD.

        Mohon bantuan data:
        - persentase perempuan usia 20-24 tahun yang menikah sebelum umur 18 tahun, Kabupaten Jembrana (tahun terbaru, atau Provinsi Bali bila kabupaten tidak tersedia);
        - angka partisipasi sekolah perempuan usia 16-18 tahun, 2019-2025.

        Terima kasih atas kerja samanya.

        Sumertini
        '''), name='Ni Wayan Sumertini', inst='Yayasan Perempuan Pesisir Bali', **F)

    C('f33-req-church-pastor-title-pdt', 'gmail', 'GKPB Pniel Blimbingsari', 'gkpb.pniel@gmail.com', 'Mohon data penduduk Kec. Melaya', T('''
        Salam sejahtera dalam kasih Kristus,

        Saya Pdt. Yohanes Ketut Wirawan, pendeta jemaat GKPB Jemaat Pniel Blimbingsari. Majelis jemaat sedang menyusun rencana pelayanan diakonia lima tahun ke depan.

        Kami memohon data jumlah penduduk menurut agama per desa di Kecamatan Melaya, dan jumlah penduduk lansia di Desa Blimbingsari.

        Terima kasih, Tuhan memberkati.

        Pdt. Yohanes Ketut Wirawan, S.Th.
        '''), name='Pdt. Yohanes Ketut Wirawan', inst='GKPB Jemaat Pniel Blimbingsari', **F)

    C('f33-req-phri-chapter-balinese-greeting', 'outlook', 'PHRI Jembrana', 'phri.jembrana@gmail.com',
      'Permohonan data akomodasi untuk raker', T('''
        Om Swastyastu,

        Yth. Kepala BPS Kabupaten Jembrana,

        Kami dari PHRI Kabupaten Jembrana akan menyelenggarakan rapat kerja cabang pada pertengahan Desember. Sebagai bahan evaluasi, kami memohon data jumlah hotel bintang dan non-bintang, jumlah kamar, serta tingkat penghunian kamar di Kabupaten Jembrana, tahun 2022-2025.

        Suksma atas kerja samanya.

        Om Santih, Santih, Santih Om

        I Gusti Putu Ngurah Sentana
        Ketua PHRI Kabupaten Jembrana
        '''), name='I Gusti Putu Ngurah Sentana', inst='PHRI Kabupaten Jembrana', **F)

    C('f33-req-en-intl-ngo-wash', 'gmail', 'Rebecca Hollister', 'rhollister@hopeharbor.org',
      'WASH programme scoping - statistics for Melaya and Pekutatan', T('''
        Dear BPS Jembrana team,

        My name is Rebecca Hollister and I coordinate the WASH (water, sanitation and hygiene) programme of Hope Harbor International in Bali. We are scoping a project with schools and puskesmas in Melaya and Pekutatan.

        Could you please share:
        - households with access to improved drinking water and sanitation, Jembrana, 2019-2025;
        - prevalence of stunting, if BPS publishes it at regency level (or point us to the right agency);
        - number of primary schools by kecamatan.

        Warm regards,
        Rebecca Hollister
        Program Coordinator, WASH
        Hope Harbor International
        Sanur, Bali
        '''), name='Rebecca Hollister', inst='Hope Harbor International', lang='en', **F)

    # ================================================================================================
    # New requests: firms, banks, media, embassies
    # ================================================================================================
    C('f33-req-bpr-planning-disclaimer', 'outlook', 'A.A. Ngurah Bagus Wiratama', 'bagus.wiratama@bprkertaarta.co.id',
      'Permohonan data makro untuk RBB 2027', T('''
        Yth. Tim Pelayanan Statistik Terpadu,

        Dengan hormat,
        Dalam rangka penyusunan Rencana Bisnis Bank tahun 2027, kami memerlukan data makro Kabupaten Jembrana sebagai berikut:

        1. Laju pertumbuhan PDRB menurut lapangan usaha, 2021-2025;
        2. Inflasi atau IHK terdekat yang dapat dipakai untuk Jembrana;
        3. Jumlah penduduk usia produktif per kecamatan, 2025.

        Mohon informasi juga apabila ada biaya yang perlu kami bayarkan.

        Hormat kami,

        Anak Agung Ngurah Bagus Wiratama
        Kepala Bagian Perencanaan dan Manajemen Risiko
        PT BPR Kerta Arta Jembrana
        Jl. Udayana No. 21, Negara 82212
        T: (0365) 4xxxxx

        -----
        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dituju. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahukan pengirim dan menghapus email ini. PT BPR Kerta Arta Jembrana berizin dan diawasi oleh Otoritas Jasa Keuangan.
        '''), name='Anak Agung Ngurah Bagus Wiratama', inst='PT BPR Kerta Arta Jembrana', **F)

    C('f33-req-chinese-indo-packaging-codeswitch', 'gmail', 'Hendra W. Gunawan', 'hendra@suryakemas.co.id',
      'Inquiry data IKM makanan minuman Jembrana', T('''
        Siang Pak/Bu,

        Saya Hendra Wijaya Gunawan dari CV Surya Kemas Abadi, distributor kemasan plastik & kardus di Denpasar. Kita lagi planning buka gudang cabang di Negara, jadi butuh gambaran market size-nya dulu.

        Data yang kami cari:
        1. jumlah usaha makanan minuman (IKM/UMKM) per kecamatan di Jembrana;
        2. jumlah industri pengolahan ikan (pengalengan, pindang, tepung ikan) yang masih aktif;
        3. PDRB sektor industri pengolahan 2020-2025.

        Kalau datanya berbayar no problem, tolong info saja prosedurnya.

        Thanks & regards,
        Hendra W. Gunawan
        Business Development
        CV Surya Kemas Abadi
        0812-3950-xxxx
        '''), name='Hendra Wijaya Gunawan', inst='CV Surya Kemas Abadi', **F)

    C('f33-req-news-portal-journalist', 'gmail', 'Rahmat H.', 'rahmat.redaksi@jembranaterkini.com',
      'Minta data TPT untuk liputan', T('''
        Halo tim PST,

        Saya Rahmat Hidayatullah, wartawan di portal berita JembranaTerkini.com. Saya sedang menyiapkan tulisan data soal pengangguran anak muda di Jembrana menjelang pembukaan kawasan industri di Melaya.

        Boleh saya minta:
        - TPT Kabupaten Jembrana 2019-2025, kalau bisa dipilah menurut kelompok umur;
        - jumlah angkatan kerja menurut pendidikan tertinggi;
        - sekalian, kapan rilis Sakernas Agustus 2026 tingkat kabupaten?

        Tulisan rencananya naik akhir bulan. Terima kasih banyak.

        Salam,
        Rahmat H.
        Redaksi JembranaTerkini.com
        Jl. Ngurah Rai No. 88, Negara
        '''), name='Rahmat Hidayatullah', inst='JembranaTerkini.com', **F)

    C('f33-req-en-embassy-trade-adviser', 'outlook', 'Virtanen Aino', 'aino.virtanen@formin.fi',
      'Request for basic economic statistics on Jembrana Regency', T('''
        Dear Sir/Madam,

        I work in the Trade and Economic Section of the Embassy of Finland in Jakarta. We are preparing a background note for a Finnish company exploring small-scale seaweed and fish processing in western Bali, and would be grateful for some basic statistics on Jembrana:

        - population by kecamatan, 2025;
        - number of micro and small manufacturing enterprises, by type (food processing in particular);
        - GRDP by industry at current prices, 2021-2025.

        English-language tables would be ideal, but Indonesian is perfectly fine.

        Yours sincerely,

        Aino Virtanen
        Trade Adviser
        Embassy of Finland in Jakarta
        '''), name='Aino Virtanen', inst='Embassy of Finland in Jakarta', lang='en', **F)

    C('f33-req-consultant-amdal-letter-attached', 'outlook', 'Bimo Satrio Adinegoro', 'bimo.adinegoro@wahanacipta.co.id',
      'Permohonan Data Rona Awal Sosial Ekonomi - AMDAL Pelabuhan Gilimanuk', T('''
        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Kami, PT Wahana Cipta Konsultan, sedang menyusun dokumen AMDAL rencana pengembangan Pelabuhan Penyeberangan Gilimanuk atas penugasan pemrakarsa. Untuk rona lingkungan awal komponen sosial-ekonomi, kami memohon data:

        a. jumlah penduduk, kepadatan, dan rasio jenis kelamin Kelurahan Gilimanuk dan Desa Melaya, 2021-2025;
        b. penduduk bekerja menurut lapangan usaha, Kecamatan Melaya;
        c. jumlah sarana pendidikan dan kesehatan di Kecamatan Melaya (Kecamatan Dalam Angka 2025).

        Surat permohonan resmi kami lampirkan.

        Hormat kami,

        Bimo Satrio Adinegoro, S.T., M.Eng.
        Team Leader Studi AMDAL
        PT Wahana Cipta Konsultan
        Graha Wahana Lt. 3, Jl. Pemuda No. 45, Surabaya
        '''), name='Bimo Satrio Adinegoro', inst='PT Wahana Cipta Konsultan',
      attachments=[PDF('WCK-112-XI-2026_Permohonan_Data_BPS.pdf')], **F)

    C('f33-req-startup-founder-bullets-emoji', 'gmail', 'Stefanie Tanoto', 'stef@jalanbarat.id', 'Data pariwisata Jembrana 🙏', T('''
        Hi kak PST 👋

        Aku Stefanie Tanoto, co-founder Jalan Barat, startup kecil yang bikin platform booking homestay & experience di Bali Barat. Kita lagi nyusun pitch deck buat investor dan butuh angka resmi, bukan cuma dari Google hehe.

        Yang dibutuhin:
        • jumlah kunjungan wisatawan (domestik & mancanegara) ke Jembrana 2019-2025
        • jumlah homestay/pondok wisata per kecamatan
        • rata-rata pengeluaran wisatawan kalau ada

        Thank you so much in advance!

        Best,
        Stefanie
        Jalan Barat | jalanbarat.id
        '''), name='Stefanie Tanoto', inst='Jalan Barat', **F)

    C('f33-req-pribadi-retired-teacher-history-book', 'yahoo', 'Raka Sudana', 'rakasudana1952@yahoo.co.id',
      'Mohon data penduduk dari sensus ke sensus', T('''
        Selamat pagi,

        Saya Gusti Made Raka Sudana, pensiunan guru di Banjar Tengah. Permohonan ini pribadi saja, bukan atas nama lembaga. Saya sedang menulis buku kecil tentang sejarah Kota Negara dan ingin memasukkan perkembangan jumlah penduduk Kecamatan Negara dari sensus ke sensus (1971 sampai 2020).

        Terima kasih atas bantuannya.

        Salam,
        Gusti Made Raka Sudana

        Dikirim dari Yahoo Mail di Android
        '''), name='Gusti Made Raka Sudana', **F)

    # ================================================================================================
    # New requests missing the name, the institution or a concrete need
    # ================================================================================================
    C('f33-req-noid-iphone-one-line', 'iphone', 'ayu.dwi', 'ayudwi.yhbkangin@icloud.com', 'data', T('''
        min minta data jumlah penduduk desa yehembang kangin thn 2025 dong, laki2 sm perempuan. mksh

        Sent from my iPhone
        '''), **F)

    C('f33-req-name-only-land-price-plain', 'plain', 'Made Wirawan', 'madewirawan.mly@gmail.com', 'Tanya harga tanah', T('''
        Selamat siang, saya Made Wirawan. Mau tanya apakah BPS punya data harga tanah per are di Kecamatan Melaya? Rencana mau beli tanah kebun untuk ditanami durian, biar tau kisaran harga wajarnya. Kalau tidak ada, data luas kebun durian dan produksinya per desa juga boleh. Terima kasih.

        Dikirim dari perangkat Android saya
        '''), name='Made Wirawan', **F)

    C('f33-req-vague-unmas-student-when-to-call', 'gmail', 'Putu Mahendra', 'putumahendra.akt@gmail.com', 'Mohon bantuan', T('''
        Selamat malam Bapak/Ibu,

        Saya Putu Gede Mahendra, mahasiswa Akuntansi Universitas Mahasaraswati Denpasar. Saya mau bertanya-tanya sedikit untuk persiapan skripsi, apakah bisa dibantu? Kapan sebaiknya saya menghubungi, atau apakah harus datang langsung ke kantor?

        Terima kasih.
        '''), name='Putu Gede Mahendra', inst='Universitas Mahasaraswati Denpasar', req=False, **F)

    C('f33-req-kindergarten-office-no-name', 'gmail', 'TK Negeri Pembina Pekutatan', 'tknpembina.pekutatan@gmail.com',
      'Permohonan data anak usia 4-6 tahun', T('''
        Selamat siang,

        Mohon dikirimkan data jumlah anak usia 4-6 tahun per desa di Kecamatan Pekutatan tahun 2025 untuk analisis calon peserta didik baru.

        Terima kasih.

        Tata Usaha
        TK Negeri Pembina Pekutatan
        '''), inst='TK Negeri Pembina Pekutatan', **F)

    C('f33-req-nothing-mau-tanya-empty-subject', 'gmail', 'Gede', 'gedeee.jbr@gmail.com', '', T('''
        halo bps, mau tanya dong boleh? dibales ya 🙏
        '''), req=False, **F)

    C('f33-req-en-traveller-vague', 'gmail', 'Sophie Laurent', 'sophie.laurent.travels@gmail.com', 'Hello from a traveller', T('''
        Hi there,

        My name is Sophie Laurent and I'm travelling around Bali for a few months. I'm curious about life in Jembrana and would love to learn more. Is there anything you could send me, or is there someone I could talk to?

        Thanks!
        Sophie
        '''), name='Sophie Laurent', req=False, lang='en', **F)

    C('f33-req-youth-group-name-only-in-from', 'gmail', 'Wayan Juliarta', 'karangtaruna.ekadharma@gmail.com',
      'Permohonan data pemuda', T('''
        Om Swastyastu,

        Kami dari Karang Taruna Eka Dharma Desa Pengeragoan ingin minta data jumlah pemuda usia 16-30 tahun di Desa Pengeragoan dan berapa yang sudah bekerja. Datanya untuk proposal pelatihan kewirausahaan pemuda ke Dispora.

        Suksma.
        '''), inst='Karang Taruna Eka Dharma Desa Pengeragoan', **F)

    C('f33-req-en-latin1-french-retiree-no-inst', 'latin1', 'René Lefèvre', 'rene.lefevre@orange.fr', 'Population of Medewi', T('''
        Hello,

        I am René Lefèvre, a retired engineer from Lyon. I have been visiting Medewi every year since 2009 and I would like to understand how the village has changed. Could you tell me the population of Desa Pulukan and Desa Medewi (Pekutatan) in 2010, 2020 and the latest year, and the number of hotels in Pekutatan?

        Merci beaucoup and best regards,
        René Lefèvre
        '''), name='René Lefèvre', lang='en', **F)

    C('f33-req-wa-style-poverty-no-intro', 'plain', 'ADI PRATAMA', 'adipratama.ngr@gmail.com', 'data kemiskinan', T('''
        data kemiskinan jembrana 2020-2025 ada? kirim ke email ini ya. tks
        '''), **F)

    C('f33-req-vague-dinas-asks-whatsapp-number', 'outlook', 'Luh Made Wahyuni', 'perencanaan.diskan@jembranakab.go.id',
      'Koordinasi dengan BPS', T('''
        Selamat pagi Bapak/Ibu,

        Saya Luh Made Wahyuni, staf Bidang Perencanaan di Dinas Perikanan Kabupaten Jembrana. Pimpinan kami meminta saya menanyakan kepada BPS, apakah bisa dibantu? Mohon nomor WhatsApp petugas yang dapat kami hubungi supaya lebih cepat berkoordinasi.

        Terima kasih.
        '''), name='Luh Made Wahyuni', inst='Dinas Perikanan Kabupaten Jembrana', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f33-reply-identity-after-ask-uinsa', 'gmail', 'Rizky F', 'rizkyfadillah.uinsa@gmail.com', 'Re: ' + SUBJ_ASK % 3301, T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf sebelumnya. Saya Muhammad Rizky Fadillah, mahasiswa Ilmu Ekonomi Universitas Islam Negeri Sunan Ampel Surabaya, angkatan 2022. Data yang saya minta kemarin untuk skripsi saya.

        Terima kasih.
        '''), kind='reply', name='Muhammad Rizky Fadillah', inst='Universitas Islam Negeri Sunan Ampel Surabaya',
      req=False, ticket='PST-2026-03301', quote=gq(ASK, 'id'), **rp(3301), **F)

    C('f33-reply-outlook-thanks-bapperida', 'outlook', 'Ni Komang Sri Widiastuti', 'sriwidiastuti@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 3302, T('''
        Selamat sore,

        Data sudah kami terima lengkap. Terima kasih atas respons yang cepat, sangat membantu penyusunan KUA-PPAS kami.

        Salam,
        Ni Komang Sri Widiastuti
        Sub Bidang Perencanaan Ekonomi
        Bapperida Kabupaten Jembrana
        '''), kind='reply', name='Ni Komang Sri Widiastuti', inst='Bapperida Kabupaten Jembrana', req=False,
      ticket='PST-2026-03302',
      quote=oq(DELIV_ID % 3302, 'Ni Komang Sri Widiastuti <sriwidiastuti@jembranakab.go.id>', SUBJ_DATA % 3302, 'id'),
      **rp(3302), **F)

    C('f33-reply-en-asks-secondary-crops', 'gmail', 'Tom Whitfield', 'thomas.whitfield@anu.edu.au', 'Re: ' + SUBJ_DATA % 3303, T('''
        Dear PST team,

        Many thanks for the paddy tables - they arrived safely. One more request, if I may: could you also send the same harvested area series for maize and soybean, 2010-2025? My committee asked me to include secondary crops.

        Best,
        Tom
        '''), kind='reply', name='Tom', req=True, lang='en', ticket='PST-2026-03303',
      quote=gq(DELIV_EN % 3303), **rp(3303), **F)

    C('f33-reply-new-mail-cites-ticket-sends-letter', 'gmail', 'Diah Anggreni', 'diahanggreni.mat@gmail.com',
      'Surat pengantar untuk permohonan data', T('''
        Selamat pagi Bapak/Ibu,

        Menindaklanjuti permohonan saya dengan nomor tiket PST-2026-03304, berikut saya lampirkan surat pengantar dari Ketua Program Studi. Mohon maaf baru bisa saya kirim sekarang karena menunggu tanda tangan.

        Terima kasih.

        Ni Putu Diah Anggreni
        Pendidikan Matematika, Universitas PGRI Mahadewa Indonesia
        '''), kind='reply', name='Ni Putu Diah Anggreni', inst='Universitas PGRI Mahadewa Indonesia', req=False,
      ticket='PST-2026-03304', attachments=[PDF('Surat Pengantar Kaprodi - Diah Anggreni.pdf')], **F)

    C('f33-reply-iphone-ok-ditunggu', 'iphone', 'Dewa Ayu', 'dewaayulestari03@icloud.com', 'Re: ' + SUBJ_ACK % 3305, T('''
        oke kak ditunggu yaa, makasih 🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-03305',
      quote=iq(ACK % (3305, 'Dewa Ayu Lestari', 'Undiksha', 'Penduduk per desa Kecamatan Pekutatan 2020 dan 2025')),
      **rp(3305), **F)

    C('f33-reply-thunderbird-bottom-status-unram', 'thunderbird', 'Agus Setiawan Prabowo', 'agus.prabowo@unram.ac.id',
      'Re: ' + SUBJ_ACK % 3306,
      tq(ACK % (3306, 'Agus Setiawan Prabowo', 'Universitas Mataram',
                'Luas tanam jagung dan kedelai per kecamatan; harga produsen jagung')) + '\n\n' + T('''
        Selamat pagi,

        Sudah seminggu sejak tanda terima di atas. Bagaimana perkembangan permohonan kami? Rapat koordinasi tim penyusun dijadwalkan Senin depan.

        Salam,
        --
        Dr. Ir. Agus Setiawan Prabowo
        Universitas Mataram
        '''), kind='reply', name='Dr. Ir. Agus Setiawan Prabowo', inst='Universitas Mataram', req=False,
      ticket='PST-2026-03306', **rp(3306), **F)

    C('f33-reply-long-chain-asks-earlier-years', 'gmail', 'Anisa Rahmawati', 'anisarahma.unej@gmail.com',
      'Re: ' + SUBJ_DATA % 3307, T('''
        Terima kasih kak datanya sudah masuk. Tapi ternyata dosen pembimbing minta datanya mulai tahun 2015, jadi boleh minta jumlah wisatawan yang 2015-2018 juga kak?

        Salam,
        Anisa
        '''), kind='reply', name='Anisa', req=True, ticket='PST-2026-03307',
      quote=gq(DELIV_ID % 3307 + '\n\n' + ACK % (3307, 'Anisa Rahmawati', 'Universitas Jember',
                                                 'Jumlah wisatawan ke Kabupaten Jembrana 2019-2025') + '\n\n'
               + 'Pada Jum, 20 Nov 2026 pukul 14.02 Anisa Rahmawati <anisarahma.unej@gmail.com> menulis:\n\n'
               + pre('Selamat siang kak, saya Anisa Rahmawati dari Universitas Jember, mau minta data jumlah '
                     'wisatawan ke Jembrana 2019-2025 untuk skripsi. Terima kasih.\n\nAnisa'), 'id'),
      **rp(3307), **F)

    C('f33-reply-yahoo-corrects-institution', 'yahoo', 'made dwi suartini', 'dwisuartini.pangan@yahoo.co.id',
      'Re: ' + SUBJ_ACK % 3308, T('''
        Selamat pagi. Mohon koreksi pada tanda terima: instansi saya bukan Dinas Pertanian tetapi Dinas Pangan Kabupaten Jembrana (sejak 2024 sudah dipisah). Nama sudah benar.

        Terima kasih,
        Made Dwi Suartini
        '''), kind='reply', name='Made Dwi Suartini', inst='Dinas Pangan Kabupaten Jembrana', req=False,
      ticket='PST-2026-03308',
      quote=hq(ACK % (3308, 'Made Dwi Suartini', 'Dinas Pertanian Kabupaten Jembrana',
                      'Harga eceran beras dan konsumsi beras per kapita')), **rp(3308), **F)

    C('f33-reply-html-only-asks-gender-indices', 'html_only', 'Ayu Manuhutu', 'ayu.manuhutu@gmail.com', 'Re: ' + SUBJ_DATA % 3309, T('''
        Selamat siang,

        Terima kasih, tabel IPM 2020-2025 sudah kami terima. Untuk melengkapi laporan, apakah kami bisa minta sekalian data Indeks Pembangunan Gender (IPG) dan Indeks Pemberdayaan Gender (IDG) Kabupaten Jembrana 2020-2025?

        Salam,
        Ayu Kristina Manuhutu
        '''), kind='reply', name='Ayu Kristina Manuhutu', req=True, ticket='PST-2026-03309',
      quote=gq(DELIV_ID % 3309, 'id'), **rp(3309), **F)

    C('f33-reply-android-letter-photo', 'gmail', 'Kevin Rumbiak', 'kevinrumbiak.unmus@gmail.com', 'Re: ' + SUBJ_LETTER % 3310, T('''
        Selamat sore Bapak/Ibu,

        Berikut saya kirimkan foto surat pengantar dari kampus. Aslinya bisa saya kirim lewat pos kalau diperlukan.

        Terima kasih,
        Kevin Matheos Rumbiak
        Universitas Musamus
        '''), kind='reply', name='Kevin Matheos Rumbiak', inst='Universitas Musamus', req=False,
      ticket='PST-2026-03310', quote=aq(LETTER_ID % 3310),
      attachments=[JPG('IMG_20261124_161522.jpg')], **rp(3310), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f33-rating-nilai-lima-gmail', 'gmail', 'Eka Juliantara', 'ekajuliantara@gmail.com', 'Re: ' + SUBJ_RATE % 3321, T('''
        Nilai 5, pelayanannya cepat dan ramah. Terima kasih banyak!

        Salam,
        I Putu Eka Juliantara
        '''), kind='rating', rating=5, name='I Putu Eka Juliantara', req=False, ticket='PST-2026-03321',
      quote=gq(RATE_ID % 3321, 'id'), **rp(3321), **F)

    C('f33-rating-outlook-empat-puas-hospital', 'outlook', 'Yohana Sri Mulyani', 'program@rsukerthausada.co.id',
      'RE: ' + SUBJ_RATE % 3322, T('''
        Selamat siang,

        Kami beri nilai 4 (puas). Data lengkap dan sesuai, hanya saja waktu tunggunya agak lama karena kami harus melengkapi surat lebih dulu.

        Hormat kami,
        Yohana Sri Mulyani
        Sub Bagian Program
        RSU Kertha Usada Jembrana
        '''), kind='rating', rating=4, name='Yohana Sri Mulyani', inst='RSU Kertha Usada Jembrana', req=False,
      ticket='PST-2026-03322',
      quote=oq(RATE_ID % 3322, 'Yohana Sri Mulyani <program@rsukerthausada.co.id>', SUBJ_RATE % 3322, 'id'),
      **rp(3322), **F)

    C('f33-rating-en-three-with-reason', 'gmail', 'Rebecca Hollister', 'rhollister@hopeharbor.org', 'Re: ' + SUBJ_RATE % 3323, T('''
        Hi,

        I'd rate it a 3. The staff were helpful over email, but the village-level tables I needed turned out not to exist and it took a week to find that out.

        Regards,
        Rebecca Hollister
        '''), kind='rating', rating=3, name='Rebecca Hollister', req=False, lang='en', ticket='PST-2026-03323',
      quote=gq(RATE_EN % 3323), **rp(3323), **F)

    C('f33-rating-iphone-bintang-empat-slang', 'iphone', 'nadhira', 'nadhira.k@icloud.com', 'Re: ' + SUBJ_RATE % 3324, T('''
        bintang 4 deh kak hehe, makasih yaa 🙏

        Dikirim dari iPhone saya
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-03324', quote=iq(RATE_ID % 3324), **rp(3324), **F)

    C('f33-rating-yahoo-lima-in-words', 'yahoo', 'Raka Sudana', 'rakasudana1952@yahoo.co.id', 'Re: ' + SUBJ_RATE % 3325, T('''
        Saya beri nilai lima. Petugasnya sabar sekali menjelaskan kepada orang tua seperti saya. Terima kasih.

        Gusti Made Raka Sudana

        Dikirim dari Yahoo Mail di Android
        '''), kind='rating', rating=5, name='Gusti Made Raka Sudana', req=False, ticket='PST-2026-03325',
      quote=hq(RATE_ID % 3325), **rp(3325), **F)

    C('f33-rating-javanese-two-women-farmers', 'plain', 'KWT Ngudi Rejeki', 'kwtngudirejeki.glm@gmail.com',
      'Re: ' + SUBJ_RATE % 3326, T('''
        Nyuwun sewu, kulo paringi nilai 2 mawon. Data ingkang dipun kirim namung tingkat kabupaten, mboten wonten per desa. Matur nuwun.

        Suparmi
        KWT Ngudi Rejeki Gilimanuk

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=2, name='Suparmi', inst='KWT Ngudi Rejeki Gilimanuk', req=False,
      ticket='PST-2026-03326', quote=aq(RATE_ID % 3326), **rp(3326), **F)

    C('f33-rating-new-mail-one-very-dissatisfied', 'outlook', 'Kartika Sari', 'kecamatan.negara@jembranakab.go.id',
      'Penilaian layanan - PST-2026-03327', T('''
        Yth. Pengelola PST,

        Menanggapi permintaan penilaian untuk tiket PST-2026-03327, kami memberikan nilai 1 (sangat tidak puas). Data yang kami minta untuk Musrenbang baru dikirim setelah rapat selesai, padahal permohonan sudah kami ajukan tiga minggu sebelumnya.

        Hormat kami,
        Ni Putu Ayu Kartika Sari
        Kantor Camat Negara
        '''), kind='rating', rating=1, name='Ni Putu Ayu Kartika Sari', inst='Kantor Camat Negara', req=False,
      ticket='PST-2026-03327', **F)

    C('f33-rating-html-only-tiga-word', 'html_only', 'Stefanie Tanoto', 'stef@jalanbarat.id', 'Re: ' + SUBJ_RATE % 3328, T('''
        Tiga. Datanya oke, tapi balasan pertama baru datang setelah 5 hari kerja.

        Stefanie
        '''), kind='rating', rating=3, name='Stefanie', req=False, ticket='PST-2026-03328',
      quote=gq(RATE_ID % 3328, 'id'), **rp(3328), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f33-complaint-no-reply-three-weeks-unair', 'gmail', 'Siti Nurhaliza', 'sitinurhaliza.r@student.unair.ac.id',
      'Belum ada balasan atas permohonan data', T('''
        Selamat siang,

        Saya Siti Nurhaliza Rahmadani, mahasiswi Universitas Airlangga. Saya sudah mengirim permohonan data ke alamat ini sejak 6 November, tapi sampai hari ini belum ada balasan sama sekali, bahkan tanda terima otomatis pun tidak. Telepon kantor juga tidak diangkat. Jadwal sidang saya sudah dekat. Mohon perhatiannya.

        Terima kasih.
        Siti Nurhaliza R.
        '''), kind='complaint', name='Siti Nurhaliza Rahmadani', inst='Universitas Airlangga', req=False, **F)

    C('f33-complaint-outlook-old-boundaries-on-ticket', 'outlook', 'Bimo Satrio Adinegoro', 'bimo.adinegoro@wahanacipta.co.id',
      'RE: ' + SUBJ_DATA % 3332, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Kami sampaikan keberatan atas data yang dikirimkan. Tabel jumlah penduduk per kelurahan/desa yang kami terima masih memakai kode wilayah lama, sehingga dua desa di Kecamatan Melaya tertukar angkanya. Data tersebut sudah terlanjur kami pakai dalam bahan paparan kepada pemrakarsa. Mohon ke depan dilakukan pengecekan sebelum dikirim.

        Hormat kami,
        Bimo Satrio Adinegoro
        PT Wahana Cipta Konsultan
        '''), kind='complaint', name='Bimo Satrio Adinegoro', inst='PT Wahana Cipta Konsultan', req=False,
      ticket='PST-2026-03332',
      quote=oq(DELIV_ID % 3332, 'Bimo Satrio Adinegoro <bimo.adinegoro@wahanacipta.co.id>', SUBJ_DATA % 3332, 'id'),
      **rp(3332), **F)

    C('f33-suggestion-en-excel-not-scanned-pdf', 'gmail', 'Tom Whitfield', 'thomas.whitfield@anu.edu.au',
      'A suggestion: machine-readable tables', T('''
        Hello,

        A small suggestion from a regular user: most of the tables on your website and in the data you send out are scanned PDFs. It would save researchers a lot of retyping (and errors) if you could provide them as Excel or CSV as well.

        Kind regards,
        Thomas Whitfield
        Australian National University
        '''), kind='complaint', name='Thomas Whitfield', inst='Australian National University', req=False, lang='en', **F)

    C('f33-complaint-caps-phone-never-answered', 'plain', 'KETUT SUWENTRA', 'ketutsuwentra61@gmail.com', 'TELEPON TIDAK DIANGKAT', T('''
        SELAMAT SORE. SAYA SUDAH 3 HARI MENELPON KANTOR BPS JEMBRANA DI NOMOR YANG ADA DI GOOGLE TAPI TIDAK PERNAH DIANGKAT. DATANG KE KANTOR JAM 2 SIANG KATANYA LAYANAN SUDAH TUTUP. BAGAIMANA MASYARAKAT MAU MINTA DATA? MOHON DIPERBAIKI.

        KETUT SUWENTRA
        '''), kind='complaint', name='KETUT SUWENTRA', req=False, **F)

    C('f33-complaint-yahoo-enumerator-without-id', 'yahoo', 'Nyoman Rusmini', 'nyomanrusmini@yahoo.com',
      'Petugas survei tanpa tanda pengenal', T('''
        Selamat siang Bapak/Ibu,

        Saya ingin menyampaikan keluhan. Tanggal 17 November ada petugas yang mengaku dari BPS datang ke warung saya di Desa Candikusuma untuk survei, tapi tidak memakai tanda pengenal dan memaksa meminta foto KTP dan KK saya. Saya jadi khawatir itu penipuan. Mohon dijelaskan apakah betul ada survei BPS di desa kami, dan petugas diingatkan untuk selalu membawa ID.

        Hormat saya,
        Ni Nyoman Rusmini

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Ni Nyoman Rusmini', req=False, **F)

    C('f33-suggestion-iphone-saturday-service', 'iphone', 'bayu', 'bayu.ardana@icloud.com', 'saran', T('''
        saran aja min, layanan PST bisa buka hari sabtu ga? sy kerja senin-jumat jd ga pernah bs dtg ke kantor. atau minimal ada layanan chat wa yg dibales lah 🙏

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, **F)

    C('f33-complaint-thunderbird-certificate-expired', 'thunderbird', 'I Wayan Gde Arta Jaya', 'artajaya@stikom-bali.ac.id',
      'Sertifikat SSL website BPS Jembrana kedaluwarsa', T('''
        Yth. Admin website BPS Kabupaten Jembrana,

        Sejak Senin kemarin, membuka situs jembranakab.bps.go.id di Firefox memunculkan peringatan "Koneksi Anda tidak aman" karena sertifikatnya kedaluwarsa. Banyak mahasiswa saya mengira situsnya diretas. Mohon segera diperbarui sertifikatnya.

        Salam,
        --
        Dr. I Wayan Gde Arta Jaya
        Program Studi Sistem Informasi
        Institut Teknologi dan Bisnis STIKOM Bali
        '''), kind='complaint', name='Dr. I Wayan Gde Arta Jaya', inst='Institut Teknologi dan Bisnis STIKOM Bali',
      req=False, **F)

    C('f33-complaint-latin1-unannounced-fee', 'latin1', 'Jeane Wowor', 'jeanewowor.pwk@gmail.com', 'Re: ' + SUBJ_BILL % 3338, T('''
        Selamat pagi,

        Saya keberatan dengan tagihan PNBP sebesar Rp 1.250.000 untuk tabulasi data per desa yang saya minta. Di awal petugas tidak menyampaikan bahwa data ini berbayar. Sebagai mahasiswa, saya merasa seharusnya ada informasi biaya sejak awal, sebelum data diproses. Mohon penjelasan dan peninjauan kembali.

        Terima kasih,
        Jeane Wowor
        Universitas Sam Ratulangi
        '''), kind='complaint', name='Jeane Wowor', inst='Universitas Sam Ratulangi', req=False, ticket='PST-2026-03338',
      quote=gq(BILL_ID % 3338, 'id'), **rp(3338), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f33-ooo-en-outlook-embassy-headers', 'outlook', 'Virtanen Aino', 'aino.virtanen@formin.fi',
      'Automatic reply: ' + SUBJ_ACK % 3341, T('''
        Thank you for your message. I am out of the office until 4 December 2026 with no access to email. For urgent matters, please contact the Trade and Economic Section at trade.jakarta@formin.fi.

        Kind regards,
        Aino Virtanen
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03341',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3341), **F)

    C('f33-ooo-gmail-long-leave-body-only', 'gmail', 'Sumertini YPPB', 'sumertini.yppb@gmail.com', 'Re: ' + SUBJ_DATA % 3342, T('''
        Terima kasih atas email Anda.

        Saat ini saya sedang cuti besar hingga 8 Januari 2027 dan tidak memeriksa email secara rutin. Untuk urusan program, silakan menghubungi sekretariat yayasan di sekretariat.yppb@gmail.com.

        Salam,
        Ni Wayan Sumertini
        '''), kind='auto_reply', req=False, ticket='PST-2026-03342', **rp(3342), **F)

    C('f33-ooo-bank-customer-service-own-ticket', 'gmail', 'Layanan Nasabah BPR Kerta Arta', 'cs@bprkertaarta.co.id',
      '[CS-88213] Pesan Anda telah kami terima - RE: ' + SUBJ_ACK % 3343, T('''
        Nasabah yang terhormat,

        Terima kasih telah menghubungi Layanan Nasabah PT BPR Kerta Arta Jembrana. Pesan Anda telah kami terima dan tercatat dengan nomor CS-88213. Petugas kami akan menindaklanjuti dalam 2 x 24 jam hari kerja.

        Email ini dikirim secara otomatis, mohon tidak membalas email ini.

        Salam,
        Layanan Nasabah
        PT BPR Kerta Arta Jembrana
        '''), kind='auto_reply', req=False, ticket='PST-2026-03343',
      extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')], **rp(3343), **F)

    C('f33-ooo-plain-noreply-mailbox-not-monitored', 'plain', 'Sistem Informasi Akademik', 'noreply-akademik@unmus.ac.id',
      'Auto: Re: ' + SUBJ_ASK % 3344, T('''
        PESAN OTOMATIS

        Alamat email ini hanya digunakan untuk mengirim notifikasi sistem dan tidak dipantau. Pesan yang Anda kirim ke alamat ini tidak akan dibaca. Untuk urusan akademik silakan menghubungi bagian akademik fakultas masing-masing.
        '''), kind='auto_reply', req=False, ticket='PST-2026-03344',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')], **rp(3344), **F)

    C('f33-ooo-yahoo-business-trip-body-only', 'yahoo', 'BUMDes Amerta Sari', 'bumdes.amertasari@yahoo.com',
      'Re: ' + SUBJ_RATE % 3345, T('''
        Ini adalah balasan otomatis.

        Mohon maaf, saya sedang dalam perjalanan dinas ke Jakarta tanggal 23-27 November 2026 dan akses email terbatas. Email Bapak/Ibu akan saya balas setelah kembali.

        Salam,
        Kadek Dwi Antara
        '''), kind='auto_reply', req=False, ticket='PST-2026-03345', **rp(3345), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f33-dsn-postfix-typo-address', dict(
        recipient='dewaayulestari03@gmial.com', original_message_id=OUR(3351, 'c7d2a9e5'),
        orig_subject=SUBJ_ACK % 3351, status='5.1.1'), 'PST-2026-03351', **F)

    D('f33-dsn-yahoo-mailbox-full', dict(
        recipient='kud.minasegara@yahoo.co.id', original_message_id=OUR(3352, 'c7d2a9e5'),
        orig_subject=SUBJ_DATA % 3352, status='5.2.2',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients. It\'s attached below.\n\n'
              '                   The mail system\n\n'
              '<kud.minasegara@yahoo.co.id>: host mta7.am0.yahoodns.net[67.195.204.72]\n'
              '    said: 552 1 Requested mail action aborted, mailbox full (in reply to\n'
              '    RCPT TO command)')), 'PST-2026-03352', **F)

    D('f33-dsn-o365-access-denied', dict(
        recipient='bimo.adinegoro@wahanacipta.co.id', original_message_id=OUR(3353, 'c7d2a9e5'),
        orig_subject=SUBJ_RATE % 3353, status='5.4.1', mta='wahanacipta.co.id',
        **{'from': 'Microsoft Outlook <postmaster@wahanacipta.co.id>',
           'subject': 'Undeliverable: ' + SUBJ_RATE % 3353,
           'text': ("Delivery has failed to these recipients or groups:\n\n"
                    'bimo.adinegoro@wahanacipta.co.id\n'
                    "Your message wasn't delivered because the recipient's email provider rejected it.\n\n"
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: SG2PR04MB9921.apcprd04.prod.outlook.com\n'
                    'bimo.adinegoro@wahanacipta.co.id\n'
                    "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'")}),
      'PST-2026-03353', **F)

    D('f33-dsn-exim-retry-timeout', dict(
        recipient='tu@smkn1melaya.sch.id', original_message_id=OUR(3354, 'c7d2a9e5'),
        orig_subject=SUBJ_ASK % 3354, status='4.4.7', no_auto_submitted=True,
        **{'from': 'Mail Delivery System <Mailer-Daemon@mx.bps.go.id>',
           'subject': 'Mail delivery failed: returning message to sender',
           'text': ('This message was created automatically by mail delivery software.\n\n'
                    'A message that you sent could not be delivered to one or more of its\n'
                    'recipients. This is a permanent error. The following address(es) failed:\n\n'
                    '  tu@smkn1melaya.sch.id\n'
                    '    retry timeout exceeded')}),
      'PST-2026-03354', **F)
