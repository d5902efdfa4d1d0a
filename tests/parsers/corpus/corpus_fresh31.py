# corpus_fresh31.py: a thirty-first batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh31"; tickets PST-2026-031xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh31')

    # ------------------------------------------------------------------------------------------------
    # What our office sends, as it comes back quoted in the requesters' replies.
    # ------------------------------------------------------------------------------------------------
    SUBJ_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    SUBJ_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    SUBJ_DATA = '[PST-2026-%05d] Data yang Anda minta'
    SUBJ_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    SUBJ_LETTER = '[PST-2026-%05d] Mohon surat pengantar'
    DATA_ID = ('Yth. Bapak/Ibu,\n\nTerlampir kami sampaikan data sesuai permintaan Bapak/Ibu pada tiket '
               'PST-2026-%05d. Bila ada yang kurang jelas, silakan balas email ini.\n\nSalam,\n'
               'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    DATA_EN = ('Dear Sir/Madam,\n\nAttached are the tables you asked for under ticket PST-2026-%05d. If anything '
               'is unclear, just reply to this message.\n\nBest regards,\nIntegrated Statistical Services\n'
               'BPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nLayanan untuk tiket PST-2026-%05d telah selesai. Mohon berikan penilaian '
               'Bapak/Ibu atas layanan kami dengan angka 1 (sangat tidak puas) hingga 5 (sangat puas) dengan '
               'membalas email ini.\n\nTerima kasih,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nYour request PST-2026-%05d is now complete. Please rate our service from 1 (very '
               'dissatisfied) to 5 (very satisfied) by replying to this email.\n\nThank you,\n'
               'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    LETTER_ID = ('Yth. Bapak/Ibu,\n\nUntuk melanjutkan permohonan pada tiket PST-2026-%05d, kami memerlukan surat '
                 'pengantar dari instansi/kampus Bapak/Ibu. Mohon dikirim sebagai lampiran balasan email ini.\n\n'
                 'Salam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def pre(text, mark='> '):
        return '\n'.join(mark + l if l else mark.rstrip() for l in text.split('\n'))

    def iq(text, lang='id'):
        """Apple Mail on an iPhone."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 08:47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Thunderbird, Indonesian locale."""
        return 'Pada 25/11/2026 08.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """The Gmail app on Android, Indonesian."""
        return ('Pada Rab, 25 Nov 2026 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '5c07e1d9'), references=[OUR(n, '5c07e1d9')])

    # ================================================================================================
    # New requests: campuses at home and abroad
    # ================================================================================================
    C('f31-req-warmadewa-kopra-letter-attached', 'gmail', 'Sekar Arumsari', 'sekararumsari21@gmail.com',
      'Permohonan Data Produksi Kelapa untuk Penelitian Skripsi', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Perkenankan saya memperkenalkan diri. Nama saya Ni Wayan Sekar Arumsari, mahasiswi semester tujuh Program Studi Agribisnis, Fakultas Pertanian dan Bisnis, Universitas Warmadewa, Denpasar.

        Saat ini saya sedang menyusun skripsi berjudul "Analisis Daya Saing Kopra Rakyat di Kabupaten Jembrana". Sehubungan dengan itu, saya memohon bantuan data sebagai berikut:
        1. luas tanaman menghasilkan dan produksi kelapa menurut kecamatan, 2018-2025;
        2. harga kopra di tingkat produsen per bulan, 2022-2025 (bila tersedia);
        3. jumlah rumah tangga usaha perkebunan kelapa hasil Sensus Pertanian 2023.

        Surat pengantar dari fakultas saya lampirkan bersama email ini.

        Atas perhatian dan bantuan Bapak/Ibu, saya haturkan terima kasih.

        Om Santih, Santih, Santih Om

        Hormat saya,
        Ni Wayan Sekar Arumsari
        NPM 2215181042
        '''), name='Ni Wayan Sekar Arumsari', inst='Universitas Warmadewa',
      attachments=[PDF('Surat Pengantar Penelitian - Sekar Arumsari.pdf')], **F)

    C('f31-req-undiksha-slang-iphone', 'iphone', 'Dita', 'ditaaa.prmsr@icloud.com', 'data kemiskinan 🙏', T('''
        halo kak, sy dita mhs undiksha jurusan pend. ekonomi 🙏 mau minta data persentase penduduk miskin per kecamatan di jembrana thn 2020-2025 kak, buat tugas seminar. klo per kecamatan tdk ada, yg kabupaten aja gpp kak. makasih kakk

        Dikirim dari iPhone saya
        '''), name='dita', inst='undiksha', **F)

    C('f31-req-unram-lecturer-thunderbird-sigdash', 'thunderbird', 'Lalu Ahmad Zainuri', 'lazainuri@unram.ac.id',
      'Permintaan data luas tanam padi dan curah hujan', T('''
        Selamat siang Bapak/Ibu,

        Saya Dr. Lalu Ahmad Zainuri, dosen Program Studi Agroekoteknologi, Fakultas Pertanian Universitas Mataram. Bersama mahasiswa bimbingan, kami sedang membandingkan dampak El Nino 2023 terhadap pola tanam padi di Lombok Barat dan di Jembrana.

        Data yang kami perlukan untuk Kabupaten Jembrana:
        - luas tanam, luas panen dan produksi padi sawah per bulan, 2021-2025;
        - jumlah hari hujan dan curah hujan bulanan per stasiun pengamatan, 2021-2025 (bila BPS menerbitkannya dalam Kabupaten Jembrana Dalam Angka).

        Terima kasih atas bantuannya.

        Wassalam,
        Lalu Ahmad Zainuri

        --
        Dr. Lalu Ahmad Zainuri, S.P., M.Sc.
        Fakultas Pertanian, Universitas Mataram
        Jl. Majapahit 62, Mataram 83125
        '''), name='Dr. Lalu Ahmad Zainuri', inst='Universitas Mataram', wrap=72, **F)

    C('f31-req-en-latin1-goettingen-partner-named', 'latin1', 'Jürgen Höfler', 'jhoefler@uni-goettingen.de',
      'Request for data on cocoa smallholders and land use in Jembrana', T('''
        Dear colleagues,

        I am Dr. Jürgen Höfler, a senior researcher at the Department of Agricultural Economics and Rural Development, Georg-August-Universität Göttingen, Germany. Together with partners at Universitas Udayana we are preparing a study on the diversification of cocoa smallholders in western Bali.

        We would be very grateful for the following statistics for Kabupaten Jembrana:
        (a) harvested area and production of cocoa, coconut and clove by kecamatan, 2015-2025;
        (b) number of agricultural households by main crop (Sensus Pertanian 2023);
        (c) land use by type (sawah, tegalan, perkebunan) by kecamatan, latest available year.

        English or Indonesian tables are both fine.

        With kind regards,
        Jürgen Höfler
        '''), name='Dr. Jürgen Höfler', inst='Georg-August-Universität Göttingen', lang='en',
      name_charset='ISO-8859-1', name_enc='Q', **F)

    C('f31-req-musamus-papuan-transmigration', 'gmail', 'Yulianus Kogoya', 'yulianuskogoya@gmail.com',
      'Mohon Bantuan Data Perpindahan Penduduk', T('''
        Shalom, selamat pagi Bapak/Ibu di BPS Jembrana.

        Saya Yulianus Kogoya, mahasiswa Program Studi Sosiologi di Universitas Musamus, Merauke, asal Kabupaten Lanny Jaya. Skripsi saya membahas perbandingan kehidupan ekonomi transmigran asal Bali di Merauke dengan keluarga mereka yang tetap tinggal di daerah asal. Banyak transmigran di kampung penelitian saya berasal dari Jembrana.

        Saya mohon bantuan data:
        1. jumlah penduduk yang pindah keluar dari Kabupaten Jembrana menurut provinsi tujuan (Sensus Penduduk 2010 dan 2020);
        2. rata-rata luas lahan pertanian yang dikuasai rumah tangga petani di Jembrana.

        Terima kasih banyak, Tuhan Yesus memberkati.

        Hormat saya,
        Yulianus Kogoya
        '''), name='Yulianus Kogoya', inst='Universitas Musamus', **F)

    C('f31-req-nommensen-batak-consultation-susenas', 'gmail', 'Rosmawati Sembiring', 'rosmawati.sembiring@uhn.ac.id',
      'Konsultasi: akses dan penggunaan data Susenas', T('''
        Horas, salam sejahtera Bapak/Ibu,

        Saya Dr. Rosmawati br Sembiring, dosen Fakultas Ekonomi dan Bisnis Universitas HKBP Nommensen, Medan. Tahun ini saya mendapat hibah penelitian tentang ketahanan pangan rumah tangga nelayan di Bali dan Sumatera Utara.

        Saya ingin berkonsultasi mengenai:
        1. apakah data mentah Susenas Maret untuk Kabupaten Jembrana dapat diakses, dan bagaimana prosedurnya;
        2. variabel apa yang paling tepat untuk mengukur pengeluaran pangan rumah tangga nelayan;
        3. apakah jumlah sampel Susenas di Jembrana cukup untuk estimasi menurut lapangan usaha kepala rumah tangga.

        Saya bisa mengikuti konsultasi daring pada hari kerja mana pun.

        Mauliate godang,
        Rosmawati br Sembiring
        '''), name='Dr. Rosmawati br Sembiring', inst='Universitas HKBP Nommensen', **F)

    C('f31-req-en-cdu-postdoc-aquaculture', 'gmail', 'Megan Fitzgerald', 'megan.fitzgerald@cdu.edu.au',
      'Seaweed and aquaculture statistics - Jembrana Regency', T('''
        Hi there,

        I hope this finds you well. I'm Megan Fitzgerald, a postdoctoral research fellow with the Research Institute for the Environment and Livelihoods at Charles Darwin University in Darwin, Australia. Our team is looking at seaweed and small-scale aquaculture across eastern Indonesia and Bali.

        Would your office be able to provide:
        - aquaculture production by commodity (seaweed, shrimp, milkfish) for Jembrana, 2018-2025;
        - the number of aquaculture households by kecamatan (ST2023);
        - area used for brackish-water ponds, if published.

        Happy to cite BPS Jembrana in our outputs, of course.

        Cheers,
        Megan

        Dr Megan Fitzgerald
        Research Institute for the Environment and Livelihoods
        Charles Darwin University | Darwin NT 0909
        '''), name='Dr Megan Fitzgerald', inst='Charles Darwin University', lang='en', **F)

    C('f31-req-untl-timorese-portuguese-greeting', 'gmail', 'Joaquim Belo', 'joaquimdcbelo@gmail.com',
      'Pedido / permohonan data pertanian', T('''
        Boa tarde, selamat siang Bapak/Ibu.

        Nama saya Joaquim da Costa Belo, mahasiswa S2 Agronomi di Universidade Nacional Timor Lorosa'e, Dili, Timor-Leste. Saya sedang menulis tesis tentang sistem irigasi tradisional dan produktivitas padi, dan saya ingin membandingkan subak di Jembrana dengan sistem irigasi di Maliana.

        Mohon bantuan data:
        1. luas sawah beririgasi dan produktivitas padi per kecamatan di Jembrana, 2019-2025;
        2. jumlah subak per kecamatan, kalau ada.

        Maaf kalau bahasa Indonesia saya kurang baik. Obrigado barak, terima kasih banyak.

        Joaquim da Costa Belo
        '''), name='Joaquim da Costa Belo', inst="Universidade Nacional Timor Lorosa'e", **F)

    C('f31-req-ums-self-forward-resend', 'gmail', 'Aditya Pratama', 'adityapratama.ums@gmail.com',
      'Fwd: Permohonan data UMKM Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf, email di bawah ini minggu lalu ternyata saya kirim ke alamat lama dan belum ada balasan, jadi saya teruskan ke alamat PST. Terima kasih.

        Aditya

        ---------- Forwarded message ---------
        From: Aditya Pratama <adityapratama.ums@gmail.com>
        Date: Mon, Nov 16, 2026 at 10:21 AM
        Subject: Permohonan data UMKM Jembrana
        To: <bps5101@bps.go.id>


        Selamat pagi,

        Saya Aditya Pratama, mahasiswa Program Studi Manajemen Universitas Muhammadiyah Surakarta. Untuk skripsi tentang digitalisasi UMKM di daerah wisata, saya mohon data jumlah usaha mikro dan kecil menurut lapangan usaha dan kecamatan di Kabupaten Jembrana, serta jumlah tenaga kerjanya, tahun terbaru.

        Terima kasih.

        Aditya Pratama
        '''), name='Aditya Pratama', inst='Universitas Muhammadiyah Surakarta', **F)

    C('f31-req-poltekkes-gizi-sampling-consultation', 'gmail', 'Dwi Lestari', 'dwilestari@poltekkes-denpasar.ac.id',
      'Permohonan konsultasi penentuan sampel survei gizi balita', T('''
        Om Swastyastu,

        Saya Ni Made Dwi Lestari, dosen Jurusan Gizi Poltekkes Kemenkes Denpasar. Kami berencana melakukan survei status gizi balita di Kecamatan Melaya dan Kecamatan Negara pada Februari 2027 dan ingin berkonsultasi dengan statistisi BPS mengenai teknik penarikan sampel dua tahap (desa lalu rumah tangga) serta penghitungan bobot sampelnya.

        Apakah konsultasi dapat dilakukan tatap muka di kantor BPS? Kami juga membutuhkan jumlah rumah tangga per banjar/dusun di kedua kecamatan tersebut sebagai kerangka sampel, bila boleh dibagikan.

        Suksma,
        Ni Made Dwi Lestari, S.ST., M.Gz.
        '''), name='Ni Made Dwi Lestari', inst='Poltekkes Kemenkes Denpasar', **F)

    C('f31-req-petra-hospitality-excel', 'gmail', 'Felicia Tanoto', 'felicia.tanoto@john.petra.ac.id',
      'Permohonan Data Penelitian - Felicia Tanoto', T('''
        Dear Bapak/Ibu,

        Perkenalkan, saya Felicia Angelina Tanoto, mahasiswi Program Studi Hospitality Management, Universitas Kristen Petra, Surabaya. Saya sedang mengerjakan tugas akhir mengenai potensi wisata bahari di Bali Barat.

        Saya memerlukan data:
        - jumlah wisatawan nusantara dan mancanegara yang menginap di Kabupaten Jembrana per bulan, 2022-2025;
        - jumlah hotel dan kamar per kecamatan;
        - rata-rata lama menginap tamu.

        Apakah data tersebut dapat dikirimkan dalam format Excel? Terima kasih atas bantuannya.

        Regards,
        Felicia
        '''), name='Felicia Angelina Tanoto', inst='Universitas Kristen Petra', **F)

    C('f31-req-sma-mendoyo-child-marriage-essay', 'gmail', 'Putu Ayu Laksmi', 'ayulaksmi.smansa@gmail.com',
      'Permohonan data untuk karya tulis ilmiah', T('''
        Selamat sore Bapak/Ibu,

        Perkenalkan, saya Putu Ayu Laksmi Dewi, siswi kelas XII IPS 1 SMA Negeri 1 Mendoyo. Saya dan kelompok sedang membuat karya tulis ilmiah tentang perkawinan usia anak di Jembrana untuk lomba tingkat kabupaten.

        Kami mohon bantuan data:
        - persentase perempuan umur 20-24 tahun yang menikah sebelum umur 18 tahun di Jembrana, 2020-2025;
        - angka partisipasi sekolah perempuan umur 16-18 tahun.

        Terima kasih banyak 🙏

        Salam,
        Ayu Laksmi
        '''), name='Putu Ayu Laksmi Dewi', inst='SMA Negeri 1 Mendoyo', **F)

    # ================================================================================================
    # New requests: government offices, letter style and otherwise
    # ================================================================================================
    C('f31-req-dinkes-official-letter-tembusan', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dinkes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 1, Negara, Bali 82218 | Telp. (0365) 41xxx
        ============================================================

        Nomor     : 400.7.1/2143/Dinkes/2026
        Sifat     : Biasa
        Lampiran  : 1 (satu) berkas
        Hal       : Permohonan Data

        Negara, 19 November 2026

        Kepada
        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
             Negara

        Menindaklanjuti Surat Edaran Kementerian Kesehatan tentang penetapan sasaran program kesehatan, dengan ini kami mohon bantuan data proyeksi penduduk Kabupaten Jembrana tahun 2027 per desa/kelurahan menurut kelompok umur lima tahunan dan jenis kelamin, termasuk perkiraan jumlah bayi (0 tahun), ibu hamil dan ibu bersalin. Format tabel sebagaimana terlampir.

        Data tersebut akan digunakan sebagai dasar perhitungan sasaran imunisasi, pelayanan KIA dan Standar Pelayanan Minimal bidang kesehatan tahun 2027.

        Demikian kami sampaikan, atas kerja sama yang baik diucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. I Gusti Agung Putu Arimbawa, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP 19700812 199903 1 005

        Tembusan:
        1. Bupati Jembrana (sebagai laporan);
        2. Arsip.
        '''), name='dr. I Gusti Agung Putu Arimbawa', inst='Dinas Kesehatan Kabupaten Jembrana',
      attachments=[DOCX('Lampiran format tabel sasaran 2027.docx')], **F)

    C('f31-req-rsu-negara-renstra-ns-title', 'outlook', 'Perencanaan RSU Negara', 'perencanaan.rsunegara@jembranakab.go.id',
      'Permohonan data untuk Renstra 2027-2031', T('''
        Selamat pagi Bapak/Ibu,

        Kami dari RSU Negara sedang menyusun Rencana Strategis 2027-2031. Mohon bantuan data Kabupaten Jembrana:
        a. proyeksi penduduk menurut kelompok umur dan jenis kelamin, 2025-2035;
        b. angka kesakitan dan persentase penduduk yang memiliki jaminan kesehatan (Susenas), 2021-2025;
        c. jumlah penduduk lansia per kecamatan.

        Demikian, terima kasih atas bantuannya.

        Salam,
        Ns. Kadek Yuda Pranata, S.Kep.
        Kasubbag Perencanaan dan Evaluasi
        RSU Negara
        '''), name='Ns. Kadek Yuda Pranata', inst='RSU Negara', **F)

    C('f31-req-desa-tuwed-rpjmdes-sekdes', 'gmail', 'Pemdes Tuwed', 'pemdes.tuwed@gmail.com',
      'Permohonan data untuk penyusunan RPJMDes', T('''
        Om Swastyastu,

        Dengan hormat, kami dari Pemerintah Desa Tuwed sedang menyusun Rencana Pembangunan Jangka Menengah Desa (RPJMDes) 2027-2032. Bersama ini kami mohon bantuan data hasil Pendataan Potensi Desa (Podes) terakhir untuk Desa Tuwed, khususnya sarana pendidikan, sarana kesehatan, sumber penghasilan utama penduduk dan kondisi jalan desa, serta jumlah penduduk Desa Tuwed menurut kelompok umur tahun 2025.

        Surat resmi dari Perbekel kami lampirkan.

        Om Santih, Santih, Santih Om

        Sekretaris Desa Tuwed,
        I Putu Gede Mahardika
        '''), name='I Putu Gede Mahardika', inst='Pemerintah Desa Tuwed',
      attachments=[PDF('Surat Permohonan Data Desa Tuwed.pdf')], **F)

    C('f31-req-kemenag-two-greetings-an-kepala', 'outlook', 'Ahmad Fauzan Hakim', 'fauzanhakim@kemenag.go.id',
      'Permohonan data penduduk menurut agama dan rumah ibadah', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh,
        Om Swastyastu,

        Yth. Kepala BPS Kabupaten Jembrana
        c.q. Pelayanan Statistik Terpadu

        Sehubungan dengan penyusunan profil kerukunan umat beragama tahun 2026, Kantor Kementerian Agama Kabupaten Jembrana memohon data:
        1. jumlah penduduk menurut agama per kecamatan (hasil SP2020 atau data terbaru);
        2. jumlah rumah ibadah per kecamatan menurut jenis (Podes 2024).

        Atas perhatiannya kami ucapkan terima kasih.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        a.n. Kepala Kantor
        Kepala Subbagian Tata Usaha,

        Ahmad Fauzan Hakim, S.Ag., M.Pd.I.
        '''), name='Ahmad Fauzan Hakim', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)

    C('f31-req-brin-researcher-thunderbird', 'thunderbird', 'Siti Nurjanah', 'siti.nurjanah@brin.go.id',
      'Permohonan data migrasi dan ketenagakerjaan', T('''
        Yth. Bapak/Ibu Petugas PST,

        Saya Dr. Siti Nurjanah, peneliti ahli madya di Pusat Riset Kependudukan BRIN, Jakarta. Kami sedang melaksanakan penelitian tentang migrasi tenaga kerja ke luar negeri dari pedesaan Bali, dengan Kabupaten Jembrana sebagai salah satu lokasi studi.

        Kami mohon bantuan data berikut:
        1. jumlah penduduk umur 15 tahun ke atas menurut status migrasi risen, Kabupaten Jembrana (SP2020 Long Form);
        2. jumlah penduduk bekerja menurut lapangan usaha dan jenis kelamin, 2019-2025;
        3. rata-rata upah buruh menurut pendidikan, 2023-2025.

        Terima kasih atas kerja samanya.

        Salam,
        Siti Nurjanah

        --
        Dr. Siti Nurjanah
        Pusat Riset Kependudukan BRIN
        Gedung Widya Graha Lt. 10, Jl. Gatot Subroto 10, Jakarta
        '''), name='Dr. Siti Nurjanah', inst='Pusat Riset Kependudukan BRIN', wrap=72, **F)

    C('f31-req-dprd-drs-haji-pansus', 'gmail', 'Mukhlis Hasan', 'mukhlishasan.dprd@gmail.com',
      'Mohon data untuk bahan rapat Pansus', T('''
        Assalamualaikum.

        Dengan hormat, saya Drs. H. Mukhlis Hasan, anggota DPRD Kabupaten Jembrana dari Komisi II. Dalam rangka pembahasan Ranperda tentang perlindungan nelayan kecil, Pansus memerlukan data:
        1. jumlah nelayan menurut kecamatan, 2020-2025;
        2. nilai tukar nelayan Provinsi Bali, 2020-2025;
        3. persentase rumah tangga nelayan yang tergolong miskin, bila tersedia.

        Mohon dapat dikirimkan sebelum rapat Pansus tanggal 2 Desember.

        Wassalamualaikum.

        Mukhlis Hasan
        '''), name='Drs. H. Mukhlis Hasan', inst='DPRD Kabupaten Jembrana', **F)

    C('f31-req-dinsos-provinsi-with-forwarded-eml', 'outlook', 'Kadek Ariawan', 'kadek.ariawan@baliprov.go.id',
      'FW: Permohonan data kemiskinan dan lansia Kabupaten Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Saya Kadek Ariawan, staf pada Dinas Sosial Provinsi Bali. Atas arahan Kepala Bidang kami (email beliau terlampir), kami mohon bantuan data Kabupaten Jembrana berikut:
        1. jumlah dan persentase penduduk miskin, 2021-2025;
        2. jumlah penduduk lanjut usia yang tinggal sendiri, per kecamatan bila ada.

        Data ini untuk verifikasi usulan penerima bantuan sosial lansia tahun 2027.

        Terima kasih.
        Kadek Ariawan
        '''), name='Kadek Ariawan', inst='Dinas Sosial Provinsi Bali',
      attach_message=dict(client='outlook', from_name='I Wayan Sudharma', from_addr='wayan.sudharma@baliprov.go.id',
                          to='Kadek Ariawan <kadek.ariawan@baliprov.go.id>',
                          subject='Permohonan data kemiskinan dan lansia Kabupaten Jembrana', body=T('''
                              Dek Ariawan,

                              Tolong mintakan ke BPS Jembrana data penduduk miskin lima tahun terakhir dan lansia yang tinggal sendiri per kecamatan. Perlu untuk rapat verifikasi minggu depan.

                              Tks,
                              Wayan Sudharma
                              Kabid Perlindungan dan Jaminan Sosial
                              ''')), **F)

    C('f31-req-tnbb-forest-officer-batak', 'outlook', 'Yohanes P. Lumban Tobing', 'yohanes.tobing@menlhk.go.id',
      'Permohonan Data Desa Penyangga TNBB', T('''
        Selamat pagi,

        Bersama ini saya, Yohanes Parulian Lumban Tobing, Pengendali Ekosistem Hutan pada Balai Taman Nasional Bali Barat, memohon bantuan data untuk penyusunan Rencana Pengelolaan Jangka Panjang TNBB 2027-2036:

        1. jumlah penduduk, rumah tangga dan kepadatan penduduk di desa-desa penyangga (Kelurahan Gilimanuk, Desa Melaya, Desa Blimbingsari, Desa Ekasari);
        2. mata pencaharian utama penduduk desa-desa tersebut (Podes);
        3. populasi sapi dan kambing per desa.

        Untuk desa penyangga yang masuk Kabupaten Buleleng kami akan menghubungi BPS Kabupaten Buleleng.

        Terima kasih.

        Salam lestari,
        Yohanes P. Lumban Tobing, S.Hut., M.Si.
        Balai Taman Nasional Bali Barat
        Jl. Raya Cekik, Gilimanuk, Jembrana
        '''), name='Yohanes Parulian Lumban Tobing', inst='Balai Taman Nasional Bali Barat', **F)

    C('f31-req-puskesmas-bidan-iphone', 'iphone', 'Komang Astiti', 'komangastiti.bidan@gmail.com',
      'Mohon data penduduk wilayah Puskesmas', T('''
        Selamat siang Bapak/Ibu.
        Sy Ni Komang Sri Astiti, bidan koordinator di UPTD Puskesmas Pekutatan. Mohon bantuan data jumlah penduduk perempuan usia 15-49 thn dan jumlah balita per desa di Kec. Pekutatan thn 2025 utk penyusunan PWS KIA. Trima kasih 🙏

        Ni Komang Sri Astiti, A.Md.Keb

        Dikirim dari iPhone saya
        '''), name='Ni Komang Sri Astiti', inst='UPTD Puskesmas Pekutatan', **F)

    C('f31-req-lpa-secretary-yahoo', 'yahoo', 'lpa jembrana', 'lpa.jembrana@yahoo.com', 'Permohonan data anak', T('''
        Selamat siang Bapak/Ibu petugas BPS,

        Saya Luh Gede Sri Mahayani, sekretaris Lembaga Perlindungan Anak Kabupaten Jembrana. Kami sedang menyiapkan laporan tahunan dan kampanye pencegahan perkawinan anak. Mohon dibantu data jumlah penduduk umur 0-17 tahun menurut jenis kelamin per kecamatan tahun 2025, dan persentase anak yang memiliki akta kelahiran (Susenas).

        Terima kasih atas bantuannya.

        Salam perlindungan anak,
        Sri Mahayani

        Dikirim dari Yahoo Mail di Android
        '''), name='Luh Gede Sri Mahayani', inst='Lembaga Perlindungan Anak Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: business, media, civil society, villages, foreigners
    # ================================================================================================
    C('f31-req-kelompok-tani-yahoo-harga-gabah', 'yahoo', 'sukerta nyoman', 'nyomansukerta.tani@yahoo.co.id',
      'mohon data harga gabah', T('''
        Om swastyastu bapak ibu BPS

        Saya I Nyoman Sukerta, ketua Kelompok Tani Tunas Mekar Desa Yehembang Kauh kecamatan mendoyo. Kelompok kami mau mengajukan proposal bantuan lantai jemur dan mesin pengering gabah ke dinas pertanian. Untuk proposal itu kami perlu data harga gabah kering panen di tingkat petani jembrana tiap bulan 2 tahun terakhir dan produksi padi kecamatan mendoyo.

        Kalau datanya harus diambil ke kantor, tolong dikabari.

        Suksma
        Nyoman Sukerta
        Hp 0819 3645 xxxx

        Dikirim dari Yahoo Mail di Android
        '''), name='I Nyoman Sukerta', inst='Kelompok Tani Tunas Mekar Desa Yehembang Kauh', **F)

    C('f31-req-yayasan-html-only-bank-sampah', 'html_only', 'Yayasan Bumi Lestari Bali', 'info@bumilestaribali.org',
      'Permohonan data rumah tangga pesisir', T('''
        Salam lestari,

        Kami dari Yayasan Bumi Lestari Bali, lembaga nirlaba yang bergerak di bidang pengelolaan sampah berbasis masyarakat. Tahun depan kami akan memulai program bank sampah di enam desa pesisir Jembrana.

        Untuk menyusun baseline, kami mohon data:
        • jumlah rumah tangga per desa di Kecamatan Negara, Jembrana dan Melaya, 2025;
        • persentase rumah tangga menurut cara pembuangan sampah (Susenas/Podes), tingkat kabupaten atau kecamatan.

        Terima kasih atas dukungannya.

        Salam,
        Anak Agung Istri Mas Wulandari
        Koordinator Program
        Yayasan Bumi Lestari Bali
        www.bumilestaribali.org
        '''), name='Anak Agung Istri Mas Wulandari', inst='Yayasan Bumi Lestari Bali', **F)

    C('f31-req-distributor-surabaya-chinese-indonesian', 'gmail', 'Hendra Wijaya', 'hendra.wijaya@mitrapangan.co.id',
      'Permintaan data produksi beras & konsumsi - Jembrana', T('''
        Selamat siang tim PST,

        Perkenalkan, nama saya Hendra Wijaya Kusuma, Business Development Manager di PT Mitra Pangan Nusantara, distributor beras dan minyak goreng yang berbasis di Surabaya. Kami sedang mengkaji rencana pembukaan depo distribusi di Negara.

        Data yang kami butuhkan:
        1) produksi padi dan perkiraan produksi beras Kabupaten Jembrana, 2020-2025;
        2) rata-rata konsumsi beras per kapita seminggu (Susenas), Kabupaten Jembrana atau Provinsi Bali;
        3) jumlah penduduk dan rumah tangga per kecamatan, 2025.

        Apabila ada biaya untuk data tertentu, mohon diinformasikan.

        Terima kasih,
        Hendra
        '''), name='Hendra Wijaya Kusuma', inst='PT Mitra Pangan Nusantara', **F)

    C('f31-req-bpd-bali-branch-disclaimer', 'outlook', 'Made Dwipayana', 'made.dwipayana@bpdbali.co.id',
      'Permohonan Data PDRB dan Ketenagakerjaan', T('''
        Yth. Bapak/Ibu,

        Dengan hormat, kami dari Bank BPD Bali Cabang Negara bermaksud menyusun analisis potensi penyaluran Kredit Usaha Rakyat (KUR) tahun 2027 di wilayah Kabupaten Jembrana. Untuk itu kami mohon kiranya dapat diberikan data:

        1. PDRB atas dasar harga konstan menurut lapangan usaha, 2020-2025;
        2. jumlah penduduk bekerja menurut lapangan pekerjaan utama, 2023-2025;
        3. jumlah usaha mikro dan kecil menurut kecamatan (tahun terakhir yang tersedia).

        Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

        Hormat kami,

        I Made Dwipayana Putra
        Analis Kredit Senior
        Bank BPD Bali Cabang Negara
        Jl. Ngurah Rai No. 45, Negara
        Telp. (0365) 41xxx

        --------------------------------------------------------------------------
        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk penerima yang dituju. Apabila Anda bukan penerima yang dimaksud, mohon segera memberitahukan pengirim dan menghapus email ini. PT Bank Pembangunan Daerah Bali tidak bertanggung jawab atas kerugian yang timbul akibat virus atau perubahan isi email ini.
        '''), name='I Made Dwipayana Putra', inst='Bank BPD Bali Cabang Negara', **F)

    C('f31-req-news-site-reporter-deadline', 'gmail', 'Rizal Mahendra', 'rizal@wartadewata.com',
      'Permintaan data untuk liputan harga beras', T('''
        Halo, selamat sore.

        Saya Rizal Mahendra, wartawan wartadewata.com (media daring di Bali). Besok saya menulis soal naiknya harga beras di Jembrana menjelang Galungan. Boleh minta data:
        - rata-rata harga beras eceran di Kabupaten Jembrana per bulan sepanjang 2026,
        - inflasi Provinsi Bali untuk kelompok makanan bulan Oktober 2026?

        Kalau ada statistisi yang bisa saya kutip pendapatnya, saya juga mau wawancara singkat via telepon.

        Makasih banyak,
        Rizal
        WA 0813 3799 xxxx
        '''), name='Rizal Mahendra', inst='wartadewata.com', **F)

    C('f31-req-roastery-code-switching', 'gmail', 'Kevin Gunawan', 'kevin@sagarakopi.id',
      'Data kopi robusta Jembrana buat sourcing plan', T('''
        Halo tim BPS Jembrana!

        Aku Kevin Gunawan, co-founder Sagara Kopi, roastery kopi spesialti di Canggu. Kami lagi planning untuk ambil robusta langsung dari petani di Pekutatan dan Mendoyo mulai panen berikutnya, jadi butuh gambaran supply-nya dulu.

        Boleh minta:
        - luas areal dan produksi kopi robusta per kecamatan, 2020-2025
        - jumlah rumah tangga petani kopi (ST2023), kalau ada
        - harga kopi di tingkat petani, if you have it

        Thanks banget ya, ini sangat membantu buat kami!

        Best,
        Kevin
        Sagara Kopi | Roastery & Café
        '''), name='Kevin Gunawan', inst='Sagara Kopi', **F)

    C('f31-req-ksu-nelayan-haji-chair', 'gmail', 'KSU Mina Sejahtera', 'ksuminasejahtera.pgb@gmail.com',
      'Permohonan Data Perikanan Tangkap', T('''
        Assalamualaikum wr. wb.

        Dengan hormat,
        Saya H. Abdul Rahman Assegaf, Ketua Koperasi Serba Usaha Mina Sejahtera Pengambengan. Koperasi kami beranggotakan 230 nelayan dan sedang mengajukan pembiayaan kapal dan cold storage. Salah satu syaratnya adalah data pendukung kondisi perikanan setempat, maka kami mohon:

        1. produksi perikanan tangkap Kabupaten Jembrana menurut jenis ikan, 2019-2025;
        2. jumlah rumah tangga perikanan tangkap di Kecamatan Negara;
        3. jumlah kapal/perahu menurut ukuran di Kabupaten Jembrana.

        Terima kasih atas bantuannya.

        Wassalamualaikum wr. wb.

        H. Abdul Rahman Assegaf
        '''), name='H. Abdul Rahman Assegaf', inst='Koperasi Serba Usaha Mina Sejahtera Pengambengan', **F)

    C('f31-req-phri-branch-chair', 'outlook', 'PHRI Jembrana', 'sekretariat.phri.jembrana@gmail.com',
      'Permohonan data tingkat penghunian kamar', T('''
        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Kami dari BPC PHRI Kabupaten Jembrana akan menyelenggarakan rapat kerja awal Desember. Sebagai bahan, kami mohon data:
        - tingkat penghunian kamar hotel bintang dan nonbintang di Jembrana per bulan, 2024-2026;
        - rata-rata lama menginap tamu asing dan domestik;
        - jumlah usaha penyediaan makan minum per kecamatan.

        Terima kasih.

        Salam,
        Anak Agung Ngurah Bagus Suryawan
        Ketua BPC PHRI Kabupaten Jembrana
        '''), name='Anak Agung Ngurah Bagus Suryawan', inst='BPC PHRI Kabupaten Jembrana', **F)

    C('f31-req-kelian-banjar-plain-android', 'plain', 'Gede Arsana', 'gedearsana.kelian@gmail.com', 'Data banjar', T('''
        Om swastyastu pak/bu

        Tiang I Gede Arsana, Kelian Banjar Dinas Munduk Anggrek Desa Manistutu. Tiang perlu data jumlah KK dan jumlah penduduk banjar kami untuk pengajuan bantuan air bersih. Apa BPS punya data sampai tingkat banjar? Kalau tidak ada, data Desa Manistutu saja tahun 2025.

        Suksma pak/bu

        Dikirim dari perangkat Android saya
        '''), name='I Gede Arsana', inst='Banjar Dinas Munduk Anggrek Desa Manistutu', **F)

    C('f31-req-en-consulate-economic-brief', 'outlook', 'Natalie Brooks', 'natalie.brooks@dfat.gov.au',
      'Statistical information request - Jembrana Regency', T('''
        Dear PST Team,

        I work in the political and economic section at the Australian Consulate-General Bali. Ahead of a visit by the Consul-General to Negara in December, I am preparing a short economic brief on Jembrana Regency.

        Could you please provide, or direct me to, the latest figures on:
        1. GRDP and GRDP growth, 2021-2025;
        2. the poverty rate and the open unemployment rate, 2021-2025;
        3. the number of foreign guests staying in Jembrana accommodation, 2023-2025.

        Many thanks for your assistance.

        Kind regards,

        Natalie Brooks
        Political and Economic Officer
        Australian Consulate-General Bali
        Jalan Tantular 32, Renon, Denpasar 80234

        UNCLASSIFIED
        '''), name='Natalie Brooks', inst='Australian Consulate-General Bali', lang='en', **F)

    C('f31-req-en-html-only-jica-expert', 'html_only', 'Takeshi Moriyama', 'moriyama.takeshi@jica.go.jp',
      'Data request - coastal disaster risk reduction, Jembrana', T('''
        Dear Sir/Madam,

        My name is Takeshi Moriyama, and I am an expert dispatched to the JICA Indonesia Office, working on a coastal disaster risk reduction project with the Bali Provincial Government. We are preparing evacuation plans for villages along the coast of Jembrana.

        I would like to request:
        1. population by village and by sex for the coastal villages of Jembrana, 2025;
        2. number of persons with disabilities and elderly persons by kecamatan;
        3. number of buildings or houses by village, if available from Podes.

        Thank you very much for your kind cooperation.

        Best regards,
        Takeshi Moriyama
        JICA Expert (Disaster Risk Reduction)
        JICA Indonesia Office
        '''), name='Takeshi Moriyama', inst='JICA Indonesia Office', lang='en', **F)

    # ================================================================================================
    # New requests that lack the name, the institution or a concrete need
    # ================================================================================================
    C('f31-req-no-inst-gilimanuk-trader-javanese', 'plain', 'Slamet Riyadi', 'slametriyadi.gilimanuk@gmail.com',
      'Mohon data penumpang Gilimanuk', T('''
        Selamat pagi Bapak Ibu.
        Nyuwun sewu, saya Slamet Riyadi, pedagang oleh-oleh di terminal Gilimanuk, asli Banyuwangi tapi sudah 15 tahun di sini. Saya mau buka warung makan di dekat pelabuhan, jadi saya ingin tahu jumlah penumpang dan kendaraan yang menyeberang lewat pelabuhan Gilimanuk per bulan tahun 2024 sampai 2026. Kalau ada data per hari waktu libur lebaran lebih bagus lagi.

        Matur nuwun.

        Dikirim dari perangkat Android saya
        '''), name='Slamet Riyadi', **F)

    C('f31-req-no-inst-retired-teacher-drs', 'yahoo', 'Ketut Widiasa', 'ketutwidiasa1957@yahoo.com',
      'Tanya data penduduk zaman dulu', T('''
        Selamat pagi,

        Saya Drs. I Ketut Widiasa, pensiunan guru sejarah. Sekarang saya menulis buku kecil tentang sejarah Desa Baluk untuk anak cucu, tidak untuk dijual dan tidak atas nama lembaga mana pun. Apakah BPS masih menyimpan angka jumlah penduduk Kecamatan Negara dari sensus tahun 1961, 1971 dan 1980? Kalau ada per desa tentu lebih baik.

        Terima kasih sebelumnya.

        Hormat saya,
        Ketut Widiasa

        Dikirim dari Yahoo Mail di Android
        '''), name='Drs. I Ketut Widiasa', **F)

    C('f31-req-no-name-bumdes-signature-role', 'gmail', 'BUMDes Amerta Sari', 'bumdes.amertasari@gmail.com',
      'minta data wisata', T('''
        Selamat siang,

        Kami dari BUMDes Amerta Sari Desa Pohsanten sedang merencanakan pengembangan wisata air terjun dan agrowisata durian. Mohon dibantu data jumlah kunjungan wisatawan ke Kabupaten Jembrana per bulan tahun 2023-2025 dan jumlah homestay/penginapan di Kecamatan Mendoyo.

        Terima kasih.

        Pengurus BUMDes Amerta Sari
        '''), inst='BUMDes Amerta Sari Desa Pohsanten', **F)

    C('f31-req-en-no-inst-freelance-writer-iphone', 'iphone', 'Sophie Laurent', 'sophie.laurent.writes@gmail.com',
      'Quick question about Jembrana numbers', T('''
        Hi! I'm Sophie Laurent, a freelance travel writer currently based in Pemuteran. I'm writing a feature on West Bali's quieter side and would love a couple of official figures: the population of Jembrana in 2025 and how many foreign visitors stayed overnight in the regency last year. Thank you so much!

        Sophie

        Sent from my iPhone
        '''), name='Sophie Laurent', lang='en', **F)

    C('f31-req-nothing-but-need-min-inflasi', 'iphone', 'bayu', 'bayupramana.jbr@icloud.com', 'inflasi', T('''
        permisi min, inflasi jembrana bulan oktober 2026 brp ya? sm harga beras naik brp persen? thx

        Dikirim dari iPhone saya
        '''), **F)

    C('f31-req-unej-name-inst-but-only-asks-if-helped', 'gmail', 'Rahmat Hidayat', 'rahmat.hidayat19@gmail.com',
      'Tanya-tanya soal data', T('''
        Assalamualaikum, selamat siang Pak/Bu.

        Saya Rahmat Hidayat, mahasiswa Universitas Jember. Saya mau tanya-tanya soal data untuk skripsi saya nanti, kira-kira bisa dibantu tidak ya? Kalau bisa, saya harus menghubungi siapa atau datang ke mana?

        Terima kasih, wassalamualaikum.
        '''), name='Rahmat Hidayat', inst='Universitas Jember', req=False, **F)

    C('f31-req-empty-mau-tanya-dong', 'iphone', 'Gek Mirah', 'gekmirahh@icloud.com', 'halo', T('''
        kak mau tanya dongg 🙏

        Dikirim dari iPhone saya
        '''), req=False, **F)

    C('f31-req-en-first-name-only-vague', 'gmail', 'Tom Baker', 'tombaker.travels@gmail.com', 'Hello', T('''
        Hi there,

        My name is Tom. Could you help me with some information about the area? I'd appreciate any help.

        Thanks,
        Tom
        '''), name='Tom', req=False, lang='en', **F)

    C('f31-req-need-only-in-subject-first-name', 'gmail', 'Rudi Setiawan', 'rudisetiawan.88@gmail.com',
      'Data IPM Kabupaten Jembrana 2015-2025 beserta komponennya', T('''
        Selamat malam, mohon bantuannya untuk data sesuai subjek email. Terima kasih.

        Rudi
        '''), name='Rudi', **F)

    C('f31-req-no-name-dinas-letter-in-attachment', 'outlook', 'Dinas Perikanan Jembrana', 'diskan@jembranakab.go.id',
      'Surat Permohonan Data', T('''
        Selamat siang,

        Bersama ini kami sampaikan surat permohonan data dari Dinas Perikanan Kabupaten Jembrana sebagaimana terlampir. Mohon kiranya dapat ditindaklanjuti.

        Terima kasih.

        Subbagian Umum dan Kepegawaian
        Dinas Perikanan Kabupaten Jembrana
        '''), inst='Dinas Perikanan Kabupaten Jembrana',
      attachments=[PDF('Surat Permohonan Data Produksi Perikanan 2026.pdf')], **F)

    C('f31-req-html-only-unair-mohon-informasinya', 'html_only', 'Wulandari S.', 'wulandarisaputri.fkm@gmail.com',
      'Informasi', T('''
        Selamat siang Bapak/Ibu,

        Saya Wulandari Saputri dari Universitas Airlangga. Mohon informasinya ya Pak/Bu.

        Terima kasih.
        '''), name='Wulandari Saputri', inst='Universitas Airlangga', req=False, **F)

    C('f31-req-en-latin1-salamanca-no-name', 'latin1', 'María José Fernández', 'mjfernandez@usal.es',
      'Population data by village, Jembrana', T('''
        Good morning,

        We are a small research group in human geography at the Universidad de Salamanca, Spain, working on rural depopulation and return migration in island regions. We would like to request the population of each desa in Jembrana at the 2010 and 2020 censuses, and the number of recent in-migrants by kecamatan, if available.

        Thank you very much in advance.

        Best regards,
        Departamento de Geografía
        Universidad de Salamanca
        '''), inst='Universidad de Salamanca', lang='en', name_charset='ISO-8859-1', name_enc='Q', **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    ORIG_3101 = ('On Mon, Nov 23, 2026 at 7:58 AM Komang Budi <komangbudi.art@gmail.com> wrote:\n\n' + pre(T('''
        selamat pagi, mau minta data jumlah usaha kerajinan di jembrana per kecamatan thn 2025. makasih
        ''')))
    C('f31-reply-identity-after-ask-nested-chain', 'gmail', 'Komang Budi', 'komangbudi.art@gmail.com',
      'Re: ' + SUBJ_ASK % 3101, T('''
        Selamat siang,

        Baik Pak/Bu, mohon maaf sebelumnya. Nama lengkap saya Komang Budi Artawan, mahasiswa Fakultas Ekonomi dan Bisnis Universitas Pendidikan Nasional, Denpasar. Datanya untuk tugas mata kuliah ekonomi regional.

        Terima kasih.
        '''), kind='reply', name='Komang Budi Artawan', inst='Universitas Pendidikan Nasional', req=False,
      ticket='PST-2026-03101', quote=gq(ASK + '\n\n' + ORIG_3101, 'id'), **rp(3101), **F)

    CHAIN_3102 = (oq(DATA_ID % 3102, 'Made Dwipayana <made.dwipayana@bpdbali.co.id>', SUBJ_DATA % 3102, 'id')
                  + '\n\n' + oq(ACK % (3102, 'I Made Dwipayana Putra', 'Bank BPD Bali Cabang Negara',
                                       'PDRB, penduduk bekerja, usaha mikro dan kecil'),
                                'Made Dwipayana <made.dwipayana@bpdbali.co.id>', SUBJ_ACK % 3102, 'id'))
    C('f31-reply-outlook-thanks-long-chain-disclaimer', 'outlook', 'Made Dwipayana', 'made.dwipayana@bpdbali.co.id',
      'RE: ' + SUBJ_DATA % 3102, T('''
        Selamat sore,

        Data sudah kami terima dengan lengkap. Terima kasih banyak atas bantuan dan kecepatan layanannya.

        Hormat kami,
        I Made Dwipayana Putra
        Analis Kredit Senior
        Bank BPD Bali Cabang Negara

        --------------------------------------------------------------------------
        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk penerima yang dituju.
        '''), kind='reply', name='I Made Dwipayana Putra', inst='Bank BPD Bali Cabang Negara', req=False,
      ticket='PST-2026-03102', quote=CHAIN_3102, **rp(3102), **F)

    C('f31-reply-iphone-asks-other-kecamatan', 'iphone', 'Dita', 'ditaaa.prmsr@icloud.com', 'Re: ' + SUBJ_DATA % 3103, T('''
        Makasih kak udh dikirim 🙏 kak sekalian boleh minta data yg sama tp utk kec. melaya jg? kemarin sy cuma minta kec negara

        Dikirim dari iPhone saya
        '''), kind='reply', req=True, ticket='PST-2026-03103', quote=iq(DATA_ID % 3103), **rp(3103), **F)

    C('f31-reply-yahoo-sends-cover-letter-unhas', 'yahoo', 'Andi Nurul Magfirah', 'andinurulmagfirah@yahoo.com',
      'Re: ' + SUBJ_LETTER % 3104, T('''
        Selamat pagi Bapak/Ibu,

        Berikut saya lampirkan surat pengantar dari program studi sesuai permintaan. Mohon maaf baru bisa saya kirim hari ini karena menunggu tanda tangan Ketua Program Studi.

        Hormat saya,
        Andi Nurul Magfirah
        Universitas Hasanuddin
        '''), kind='reply', name='Andi Nurul Magfirah', inst='Universitas Hasanuddin', req=False,
      ticket='PST-2026-03104', quote=yq(LETTER_ID % 3104),
      attachments=[PDF('Surat Pengantar Prodi - Andi Nurul Magfirah.pdf')], **rp(3104), **F)

    C('f31-reply-thunderbird-bottom-asks-discrepancy', 'thunderbird', 'Lalu Ahmad Zainuri', 'lazainuri@unram.ac.id',
      'Re: ' + SUBJ_DATA % 3105, tq(DATA_ID % 3105) + '\n\n' + T('''
        Terima kasih atas datanya. Satu pertanyaan: pada tabel luas panen padi tahun 2023, angka Kecamatan Melaya berbeda cukup jauh dengan yang tercantum di publikasi Kecamatan Melaya Dalam Angka 2024. Angka mana yang sebaiknya kami pakai, dan apa penyebab perbedaannya?

        Salam,
        Lalu Ahmad Zainuri
        '''), kind='reply', name='Lalu Ahmad Zainuri', req=True, ticket='PST-2026-03105', **rp(3105), **F)

    C('f31-reply-new-mail-ticket-in-body-status', 'gmail', 'Wayan Darmayasa', 'darmayasa.wyn@gmail.com',
      'Menanyakan status permohonan data', T('''
        Selamat siang Bapak/Ibu,

        Saya ingin menanyakan perkembangan permohonan data saya dengan nomor tiket PST-2026-03106 yang saya kirim tanggal 12 November. Sampai hari ini saya belum menerima kabar. Mohon informasinya.

        Terima kasih,
        I Wayan Darmayasa
        ITB STIKOM Bali
        '''), kind='reply', name='I Wayan Darmayasa', inst='ITB STIKOM Bali', req=False, ticket='PST-2026-03106', **F)

    C('f31-reply-en-thanks-and-village-question', 'gmail', 'Megan Fitzgerald', 'megan.fitzgerald@cdu.edu.au',
      'Re: ' + SUBJ_DATA % 3107, T('''
        Dear PST team,

        Thank you so much for the aquaculture tables, they are exactly what we needed. One follow-up: is seaweed production also available by village for Kecamatan Melaya, or only at kecamatan level?

        Best,
        Megan
        '''), kind='reply', name='Megan', req=True, lang='en', ticket='PST-2026-03107',
      quote=gq(DATA_EN % 3107), **rp(3107), **F)

    C('f31-reply-plain-android-siap-tunggu', 'plain', 'gede arsana', 'gedearsana.kelian@gmail.com', 'Re: ' + SUBJ_ACK % 3108, T('''
        ok siap pak, sy tunggu kabarnya. mksh

        Dikirim dari perangkat Android saya
        ''') + '\n\n' + aq(ACK % (3108, 'I Gede Arsana', 'Banjar Dinas Munduk Anggrek Desa Manistutu',
                                  'Jumlah KK dan penduduk banjar')),
      kind='reply', req=False, ticket='PST-2026-03108', **rp(3108), **F)

    C('f31-reply-html-only-adds-fishery-households', 'html_only', 'Yayasan Bumi Lestari Bali', 'info@bumilestaribali.org',
      'Re: ' + SUBJ_ACK % 3109, T('''
        Selamat siang,

        Terima kasih, permohonan kami sudah diterima. Apabila memungkinkan, kami juga memerlukan data jumlah rumah tangga yang bekerja di sektor perikanan per desa di Kecamatan Negara, sebagai tambahan dari permintaan sebelumnya.

        Salam,
        Anak Agung Istri Mas Wulandari
        Yayasan Bumi Lestari Bali
        '''), kind='reply', name='Anak Agung Istri Mas Wulandari', inst='Yayasan Bumi Lestari Bali', req=True,
      ticket='PST-2026-03109',
      quote=gq(ACK % (3109, 'Anak Agung Istri Mas Wulandari', 'Yayasan Bumi Lestari Bali',
                      'Jumlah rumah tangga per desa pesisir; cara pembuangan sampah'), 'id'), **rp(3109), **F)

    C('f31-reply-en-latin1-receipt-will-cite', 'latin1', 'Jürgen Höfler', 'jhoefler@uni-goettingen.de',
      'Re: ' + SUBJ_DATA % 3110, T('''
        Dear colleagues,

        Many thanks for the tables, which arrived safely. We will of course cite BPS Kabupaten Jembrana as the source in our report.

        With best regards,
        Jürgen Höfler
        Georg-August-Universität Göttingen
        '''), kind='reply', name='Jürgen Höfler', inst='Georg-August-Universität Göttingen', req=False, lang='en',
      ticket='PST-2026-03110', quote=gq(DATA_EN % 3110), name_charset='ISO-8859-1', name_enc='Q', **rp(3110), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f31-rating-bare-five-gmail', 'gmail', 'Putu Ayu Laksmi', 'ayulaksmi.smansa@gmail.com', 'Re: ' + SUBJ_RATE % 3121, T('''
        5

        Terima kasih banyak Pak/Bu, datanya lengkap dan cepat sekali dikirim.
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-03121', quote=gq(RATE_ID % 3121, 'id'),
      **rp(3121), **F)

    C('f31-rating-outlook-empat-pdf-retyped', 'outlook', 'Perencanaan RSU Negara', 'perencanaan.rsunegara@jembranakab.go.id',
      'RE: ' + SUBJ_RATE % 3122, T('''
        Selamat siang,

        Nilai dari kami 4 (puas). Datanya lengkap, hanya saja tabel proyeksi penduduk dikirim dalam format PDF sehingga kami harus mengetik ulang.

        Salam,
        Ns. Kadek Yuda Pranata
        RSU Negara
        '''), kind='rating', rating=4, name='Ns. Kadek Yuda Pranata', inst='RSU Negara', req=False,
      ticket='PST-2026-03122',
      quote=oq(RATE_ID % 3122, 'Perencanaan RSU Negara <perencanaan.rsunegara@jembranakab.go.id>', SUBJ_RATE % 3122, 'id'),
      **rp(3122), **F)

    C('f31-rating-en-iphone-five-slash-five', 'iphone', 'Sophie Laurent', 'sophie.laurent.writes@gmail.com',
      'Re: ' + SUBJ_RATE % 3123, T('''
        5/5 from me! Super quick and friendly. Terima kasih!

        Sophie

        Sent from my iPhone
        '''), kind='rating', rating=5, name='Sophie', req=False, lang='en', ticket='PST-2026-03123',
      quote=iq(RATE_EN % 3123, 'en'), **rp(3123), **F)

    C('f31-rating-three-slang-android-quote', 'gmail', 'bayu', 'bayupramana.jbr@gmail.com', 'Re: ' + SUBJ_RATE % 3124, T('''
        3 aja ya kak, datanya lama bgt nyampenya hampir seminggu 🙏
        ''') + '\n\n' + aq(RATE_ID % 3124), kind='rating', rating=3, req=False, ticket='PST-2026-03124',
      **rp(3124), **F)

    C('f31-rating-yahoo-empat-dari-lima-words', 'yahoo', 'gede arsana', 'gedearsana.kelian@yahoo.com', 'Re: ' + SUBJ_RATE % 3125, T('''
        Empat dari lima. Petugasnya sabar menjelaskan lewat telepon, tapi data tingkat banjar memang tidak ada.

        Gede Arsana
        '''), kind='rating', rating=4, name='Gede Arsana', req=False, ticket='PST-2026-03125',
      quote=yq(RATE_ID % 3125), **rp(3125), **F)

    C('f31-rating-thunderbird-one-with-grievance', 'thunderbird', 'Wayan Darmayasa', 'darmayasa.wyn@gmail.com',
      'Re: ' + SUBJ_RATE % 3126, T('''
        Dengan berat hati saya beri nilai 1. Permohonan saya baru dijawab setelah 9 hari kerja, dan data yang dikirim bukan tahun yang saya minta.

        I Wayan Darmayasa
        ''') + '\n\n' + tq(RATE_ID % 3126), kind='rating', rating=1, name='I Wayan Darmayasa', req=False,
      ticket='PST-2026-03126', **rp(3126), **F)

    C('f31-rating-new-mail-ticket-in-subject-village', 'outlook', 'Pemdes Tuwed', 'pemdes.tuwed@gmail.com',
      'Penilaian layanan - PST-2026-03127', T('''
        Yth. Tim PST,

        Menanggapi permintaan penilaian atas tiket PST-2026-03127, kami memberikan nilai 5 (sangat puas). Data Podes yang dikirim sangat membantu penyusunan RPJMDes kami.

        Hormat kami,
        I Putu Gede Mahardika
        Pemerintah Desa Tuwed
        '''), kind='rating', rating=5, name='I Putu Gede Mahardika', inst='Pemerintah Desa Tuwed', req=False,
      ticket='PST-2026-03127', **F)

    C('f31-rating-html-only-words-no-number', 'html_only', 'Komang Astiti', 'komangastiti.bidan@gmail.com',
      'Re: ' + SUBJ_RATE % 3128, T('''
        Sangat puas dengan pelayanannya, terima kasih banyak! Sukses selalu untuk BPS Jembrana.

        Salam,
        Ni Komang Sri Astiti
        UPTD Puskesmas Pekutatan
        '''), kind='rating', name='Ni Komang Sri Astiti', inst='UPTD Puskesmas Pekutatan', req=False,
      ticket='PST-2026-03128', quote=gq(RATE_ID % 3128, 'id'), **rp(3128), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f31-complaint-publication-download-forbidden', 'gmail', 'Andi Nurul Magfirah', 'andinurulmagfirah@gmail.com',
      'Publikasi di website tidak bisa diunduh', T('''
        Selamat pagi Bapak/Ibu,

        Saya Andi Nurul Magfirah, mahasiswi Universitas Hasanuddin. Saya ingin menyampaikan keluhan: sejak kemarin semua publikasi di website BPS Kabupaten Jembrana tidak bisa diunduh, setiap kali diklik muncul tulisan "403 Forbidden". Sudah saya coba dari dua perangkat dan dua jaringan berbeda.

        Mohon segera diperbaiki. Terima kasih.

        Andi Nurul Magfirah
        '''), kind='complaint', name='Andi Nurul Magfirah', inst='Universitas Hasanuddin', req=False, **F)

    C('f31-complaint-outlook-ten-days-no-answer', 'outlook', 'PHRI Jembrana', 'sekretariat.phri.jembrana@gmail.com',
      'RE: ' + SUBJ_ACK % 3132, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Sudah sepuluh hari kerja sejak email konfirmasi di bawah ini kami terima, namun belum ada data maupun kabar apa pun, padahal dijanjikan paling lambat 3 hari kerja. Rapat kerja kami terpaksa berjalan tanpa data pendukung. Kami sangat menyesalkan hal ini dan berharap ada perbaikan.

        Salam,
        Anak Agung Ngurah Bagus Suryawan
        Ketua BPC PHRI Kabupaten Jembrana
        '''), kind='complaint', name='Anak Agung Ngurah Bagus Suryawan', inst='BPC PHRI Kabupaten Jembrana', req=False,
      ticket='PST-2026-03132',
      quote=oq(ACK % (3132, 'Anak Agung Ngurah Bagus Suryawan', 'BPC PHRI Kabupaten Jembrana',
                      'Tingkat penghunian kamar, lama menginap, usaha makan minum'),
               'PHRI Jembrana <sekretariat.phri.jembrana@gmail.com>', SUBJ_ACK % 3132, 'id'), **rp(3132), **F)

    C('f31-complaint-plain-front-desk-attitude', 'plain', 'Ketut Suardana', 'ketutsuardana71@gmail.com',
      'Keluhan pelayanan di kantor', T('''
        Selamat siang.

        Saya Ketut Suardana, mau menyampaikan keluhan. Tanggal 20 November saya datang ke kantor BPS Jembrana untuk minta data, tetapi petugas di meja depan sibuk main HP dan menjawab dengan ketus, lalu menyuruh saya kirim email saja tanpa penjelasan. Saya sudah jauh-jauh datang dari Pekutatan. Mohon petugasnya dibina supaya lebih ramah kepada masyarakat.

        Terima kasih.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Ketut Suardana', req=False, **F)

    C('f31-suggestion-en-excel-csv-tables', 'gmail', 'Megan Fitzgerald', 'megan.fitzgerald@cdu.edu.au',
      'Suggestion: machine-readable tables', T('''
        Dear BPS Jembrana,

        A suggestion from a regular user of your data: could the tables you send and publish be provided as Excel or CSV files in addition to PDF? Retyping figures from PDFs takes our team hours and inevitably introduces errors. Many other regencies already offer this.

        Kind regards,
        Dr Megan Fitzgerald
        Charles Darwin University
        '''), kind='complaint', name='Dr Megan Fitzgerald', inst='Charles Darwin University', req=False, lang='en', **F)

    C('f31-complaint-yahoo-population-differs-from-village', 'yahoo', 'nengah suartika', 'nengahsuartika@yahoo.co.id',
      'Data penduduk BPS tidak sesuai', T('''
        Selamat siang Bapak/Ibu,

        Saya Nengah Suartika, warga Desa Pohsanten. Saya kecewa karena jumlah penduduk Desa Pohsanten yang diumumkan BPS berbeda hampir 800 jiwa dengan catatan di kantor desa. Akibatnya di rapat banjar kemarin warga jadi ribut dan menyalahkan aparat desa. Mohon BPS lebih berkoordinasi dengan desa sebelum mengumumkan angka, supaya tidak membingungkan masyarakat.

        Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Nengah Suartika', req=False, **F)

    C('f31-suggestion-html-only-deaf-access', 'html_only', 'Yayasan Tuli Mandiri Bali', 'yayasantulimandiri@gmail.com',
      'Masukan: layanan PST untuk teman Tuli', T('''
        Om Swastyastu,

        Kami dari Yayasan Tuli Mandiri Bali ingin memberi masukan. Beberapa anggota kami yang Tuli kesulitan memakai layanan PST karena konsultasi hanya bisa lewat telepon atau datang langsung tanpa juru bahasa isyarat. Kami menyarankan agar disediakan layanan chat atau video call dengan juru bahasa isyarat (BISINDO) setidaknya satu hari dalam seminggu.

        Kami siap membantu bila BPS ingin bekerja sama.

        Salam inklusi,
        Ni Luh Putu Ratna Sari
        Ketua Yayasan Tuli Mandiri Bali
        '''), kind='complaint', name='Ni Luh Putu Ratna Sari', inst='Yayasan Tuli Mandiri Bali', req=False, **F)

    C('f31-complaint-iphone-enumerator-at-night', 'iphone', 'made oka', 'madeoka.jbr@icloud.com', 'komplain petugas survei', T('''
        selamat malam, sy mau komplain. barusan jam 9 malam ada petugas survei bps dtg ke rumah, anak sy lg tidur. apa ga bs dtg siang atau sore? mohon diatur lg jam kerjanya. trims

        Made Oka

        Dikirim dari iPhone saya
        '''), kind='complaint', name='Made Oka', req=False, **F)

    C('f31-complaint-thunderbird-wrong-regency-file', 'thunderbird', 'Siti Nurjanah', 'siti.nurjanah@brin.go.id',
      'Re: ' + SUBJ_DATA % 3138, T('''
        Yth. PST,

        File yang dikirim ternyata berisi data Kabupaten Tabanan, bukan Jembrana. Untuk layanan yang kami andalkan, kesalahan seperti ini cukup mengecewakan karena jadwal analisis kami jadi mundur. Mohon diperiksa kembali sebelum dikirim.

        Salam,
        Dr. Siti Nurjanah
        Pusat Riset Kependudukan BRIN
        ''') + '\n\n' + tq(DATA_ID % 3138), kind='complaint', name='Dr. Siti Nurjanah',
      inst='Pusat Riset Kependudukan BRIN', req=False, ticket='PST-2026-03138', wrap=72, **rp(3138), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f31-ooo-en-outlook-consulate-headers', 'outlook', 'Natalie Brooks', 'natalie.brooks@dfat.gov.au',
      'Automatic reply: ' + SUBJ_ACK % 3141, T('''
        Thank you for your email. I am out of the office until Monday 30 November 2026 with no access to email. For urgent matters please contact the political and economic section on +62 361 2000 xxx.

        Natalie
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03141',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3141), **F)

    C('f31-ooo-gmail-cuti-body-only', 'gmail', 'Rosmawati Sembiring', 'rosmawati.sembiring@uhn.ac.id',
      'Re: ' + SUBJ_DATA % 3142, T('''
        Ini adalah balasan otomatis.

        Terima kasih atas email Anda. Saya sedang cuti akhir tahun sampai dengan 4 Januari 2027 dan akan membalas setelah kembali. Untuk urusan akademik yang mendesak silakan menghubungi sekretariat fakultas.

        Salam,
        Rosmawati br Sembiring
        '''), kind='auto_reply', req=False, ticket='PST-2026-03142', **rp(3142), **F)

    C('f31-ooo-yahoo-campus-helpdesk-ack', 'yahoo', 'Helpdesk Universitas Musamus', 'helpdesk.unmus@yahoo.com',
      'Re: ' + SUBJ_ACK % 3143 + ' [#HD-20481]', T('''
        Terima kasih, pesan Anda telah diterima oleh sistem helpdesk kami dengan nomor #HD-20481.

        Petugas akan menindaklanjuti pada jam kerja (Senin-Jumat, 08.00-16.00 WIT). Email ini dikirim secara otomatis, mohon tidak membalas.
        '''), kind='auto_reply', req=False, ticket='PST-2026-03143',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(3143), **F)

    C('f31-ooo-en-html-only-roastery-autoresponder', 'html_only', 'Sagara Kopi', 'hello@sagarakopi.id',
      'Re: ' + SUBJ_ACK % 3144, T('''
        Hi there!

        Thanks for reaching out to Sagara Kopi. This is an automatic reply to let you know we've got your message. Our small team usually answers within two working days.

        Have a good one,
        The Sagara Kopi team
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03144',
      extra=[('X-Autoreply', 'yes')], **rp(3144), **F)

    C('f31-ooo-plain-dinas-luar-xautoreply', 'plain', 'Ahmad Fauzan Hakim', 'fauzanhakim@kemenag.go.id',
      'Pesan otomatis: ' + SUBJ_DATA % 3145, T('''
        Pesan otomatis.

        Saya sedang dinas luar ke Jakarta sampai 27 November 2026 dan belum dapat membalas email. Surat-menyurat kedinasan harap ditujukan ke Subbagian Tata Usaha Kantor Kementerian Agama Kabupaten Jembrana.

        Ahmad Fauzan Hakim
        '''), kind='auto_reply', req=False, ticket='PST-2026-03145',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(3145), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f31-dsn-postfix-user-unknown', dict(
        recipient='ditaa.prmsr@icloud.com', original_message_id=OUR(3151, '5c07e1d9'),
        orig_subject=SUBJ_DATA % 3151, status='5.1.1'), 'PST-2026-03151', **F)

    D('f31-dsn-o365-undeliverable', dict(
        recipient='k.ariawan@baliprov.go.id', original_message_id=OUR(3152, '5c07e1d9'),
        orig_subject=SUBJ_ACK % 3152, status='5.1.10', mta='baliprov.go.id',
        **{'from': 'Microsoft Outlook <postmaster@baliprov.go.id>',
           'subject': 'Undeliverable: ' + SUBJ_ACK % 3152,
           'text': ("Delivery has failed to these recipients or groups:\n\n"
                    "k.ariawan@baliprov.go.id\n"
                    "The email address you entered couldn't be found. Please check the recipient's email address "
                    "and try to resend the message.\n\n"
                    "Diagnostic information for administrators:\n\n"
                    "Generating server: MAIL01.baliprov.go.id\n\n"
                    "k.ariawan@baliprov.go.id\n"
                    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found'")}),
      'PST-2026-03152', **F)

    D('f31-dsn-gmail-address-not-found', dict(
        recipient='yulianus.kogoya@gmail.com', original_message_id=OUR(3153, '5c07e1d9'),
        orig_subject=SUBJ_RATE % 3153, status='5.1.1', mta='googlemail.com',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ("** Address not found **\n\n"
                    "Your message wasn't delivered to yulianus.kogoya@gmail.com because the address couldn't be "
                    "found, or is unable to receive mail.\n\n"
                    "The response from the remote server was:\n"
                    "550 5.1.1 The email account that you tried to reach does not exist.")}),
      'PST-2026-03153', **F)

    D('f31-dsn-yahoo-delayed-mailbox-full', dict(
        recipient='nyomansukerta.tani@yahoo.co.id', original_message_id=OUR(3154, '5c07e1d9'),
        orig_subject=SUBJ_DATA % 3154, status='4.2.2', action='delayed',
        **{'subject': 'Delivery Status Notification (Delay)',
           'text': ("This is an automatically generated Delivery Status Notification.\n\n"
                    "THIS IS A WARNING MESSAGE ONLY.\n\n"
                    "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
                    "Delivery to the following recipients has been delayed:\n\n"
                    "     nyomansukerta.tani@yahoo.co.id\n\n"
                    "Reason: 452 4.2.2 Mailbox full. Message will be retried for 4 more day(s).")}),
      'PST-2026-03154', **F)
