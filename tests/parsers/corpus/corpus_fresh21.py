# corpus_fresh21.py: a twenty-first batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh21"; tickets PST-2026-021xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh21')

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
            return 'Pada 25 Nov 2026, pukul 08.41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 08:41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/2026 08.41, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 08.41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def mq(text, subject):
        """Quote as Outlook for Android writes it: a header block, the original not prefixed."""
        return ('________________________________\nFrom: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Sent: Wednesday, November 25, 2026 8:41:07 AM\nTo: \nSubject: %s\n\n%s' % (subject, text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '7d21c0e5'), references=[OUR(n, '7d21c0e5')])

    # ================================================================================================
    # Villages, adat bodies, village enterprises, community groups
    # ================================================================================================
    C('f21-req-perbekel-tukadaya-rpjmdes', 'outlook', 'Desa Tukadaya', 'pemdes.tukadaya@gmail.com',
      'Permohonan data untuk penyusunan RPJMDes', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Kami dari Pemerintah Desa Tukadaya, Kecamatan Melaya, saat ini sedang menyusun Rencana Pembangunan Jangka Menengah Desa (RPJMDes) 2027-2032. Tim penyusun meminta agar data yang dipakai bersumber dari data resmi, oleh karena itu kami mohon bantuan data Desa Tukadaya sebagai berikut:

        1. jumlah penduduk menurut kelompok umur dan jenis kelamin, 2020 dan 2025;
        2. jumlah rumah tangga usaha pertanian menurut subsektor (ST2023);
        3. data Podes 2024: sarana pendidikan, sarana kesehatan dan kondisi jalan desa.

        Atas bantuan Bapak/Ibu kami ucapkan suksma.

        Om Santih, Santih, Santih Om

        Perbekel Tukadaya,

        I Ketut Sugiarta Wibawa, S.E.
        '''), name='I Ketut Sugiarta Wibawa', inst='Pemerintah Desa Tukadaya', **F)

    C('f21-req-bumdes-form-long-name', 'gmail', 'bumdes tunjung mekar', 'bumdes.tunjungmekar@gmail.com',
      'Formulir permintaan data BUMDes', T('''
        Selamat pagi Bapak/Ibu petugas PST,

        Dengan ini kami mengajukan permintaan data dengan rincian:

        Nama            : Komang Adi Putrawan
        Jabatan         : Manajer Unit Wisata
        Lembaga         : Badan Usaha Milik Desa (BUMDes) Tunjung Mekar Desa Yehembang Kangin
        No. WA          : 0857-3901-xxxx
        Data yang diminta:
          - jumlah wisatawan yang menginap di Kecamatan Mendoyo per bulan, 2023-2025
          - jumlah usaha akomodasi (hotel, villa, homestay) per kecamatan
        Keperluan       : studi kelayakan pengembangan homestay dan paket wisata sungai

        Terima kasih atas perhatiannya.
        '''), name='Komang Adi Putrawan',
      inst='Badan Usaha Milik Desa (BUMDes) Tunjung Mekar Desa Yehembang Kangin', **F)

    C('f21-req-kub-fishers-lowercase-android', 'plain', 'Wayan Sudarma', 'sudarmawayan1975@gmail.com',
      'minta data nelayan', T('''
        om swastyastu pak bu. sy wayan sudarma dr kub segara amerta desa air kuning. mau minta data jumlah nelayan sama produksi ikan di kec. jembrana thn 2023 sampai 2025, buat proposal bantuan mesin tempel ke dinas. kalau ada data jumlah perahu juga boleh pak. suksma

        Dikirim dari perangkat Android saya
        '''), name='wayan sudarma', inst='kub segara amerta desa air kuning', **F)

    C('f21-req-fisher-coop-inst-in-parentheses', 'gmail', 'Abdul Rozak', 'abdulrozak.perancak@gmail.com',
      'Permohonan data harga ikan', T('''
        Assalamualaikum warahmatullahi wabarakatuh,

        Selamat siang Bapak/Ibu. Nama saya Abdul Rozak (Koperasi Nelayan Mina Bahari Perancak), bendahara koperasi. Anggota kami sering mengeluh harga ikan tongkol dan lemuru jatuh saat musim panen ikan, dan kami ingin membuat usulan gudang pendingin bersama ke pemerintah daerah.

        Untuk itu kami minta bantuan data:
        - produksi ikan laut yang didaratkan di Kabupaten Jembrana per bulan menurut jenis ikan, 2022-2025;
        - harga ikan tongkol dan lemuru di tingkat produsen, bila ada.

        Jazakallah khair atas bantuannya.

        Wassalamualaikum warahmatullahi wabarakatuh.
        '''), name='Abdul Rozak', inst='Koperasi Nelayan Mina Bahari Perancak', **F)

    C('f21-req-subak-pekaseh-iphone', 'iphone', 'Ketut Widnyana', 'ketutwidnyana.dlbrw@icloud.com',
      'Nunas data sawah', T('''
        Om Swastyastu Bapak Ibu,

        Tiang I Ketut Widnyana, pekaseh Subak Delod Berawah, Kecamatan Mendoyo. Krama subak tiang sedang merencanakan perbaikan saluran irigasi dan perlu data pendukung untuk proposal ke Balai Wilayah Sungai.

        Tiang nunas data luas lahan sawah di Desa Delod Berawah dan luas panen serta produksi padi di Kecamatan Mendoyo dari tahun 2020 sampai 2025.

        Suksma pisan.

        Dikirim dari iPhone saya
        '''), name='I Ketut Widnyana', inst='Subak Delod Berawah', **F)

    C('f21-req-desa-adat-bendesa-html', 'html_only', 'Desa Adat Perancak', 'desaadat.perancak@gmail.com',
      'Mohon data krama desa adat', T('''
        Om Swastyastu,

        Dengan hormat, kami dari Desa Adat Perancak, Kecamatan Jembrana, sedang merevisi awig-awig dan pararem tentang iuran krama tamiu (pendatang). Agar keputusan paruman tidak hanya berdasarkan perkiraan, kami mohon bantuan data:

        1. jumlah penduduk dan jumlah rumah tangga di Desa Perancak, 2025;
        2. jumlah penduduk menurut agama di Desa Perancak;
        3. jumlah penduduk pendatang atau migran di Kecamatan Jembrana, bila tersedia.

        Suksma atas perhatiannya.

        Om Santih, Santih, Santih Om

        Bendesa Adat Perancak,
        I Made Sudarsana
        '''), name='I Made Sudarsana', inst='Desa Adat Perancak', **F)

    C('f21-req-karang-taruna-youth-unemployment', 'gmail', 'Kadek Dwi Ariawan', 'kadekdwiariawan@gmail.com',
      'Data pengangguran muda untuk program karang taruna', T('''
        Selamat malam Bapak/Ibu,

        Perkenalkan saya Kadek Dwi Ariawan, ketua Karang Taruna Bhakti Pertiwi Desa Yehembang. Kami akan mengajukan program pelatihan barista dan bahasa Inggris untuk pemuda yang belum bekerja, dan pihak kecamatan meminta angka pendukung.

        Yang kami perlukan:
        - tingkat pengangguran terbuka usia 15-24 tahun Kabupaten Jembrana, 2021-2025;
        - jumlah penduduk usia 15-29 tahun di Kecamatan Mendoyo.

        Terima kasih banyak, semoga sehat selalu.

        Kadek Dwi
        '''), name='Kadek Dwi Ariawan', inst='Karang Taruna Bhakti Pertiwi Desa Yehembang', **F)

    C('f21-req-pkk-stunting-secretary', 'outlook', 'Ni Nyoman Suarningsih', 'pkkmendoyo@gmail.com',
      'Permohonan data balita dan keluarga', T('''
        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Salam sejahtera. Dalam rangka kegiatan percepatan penurunan stunting tahun 2027, Tim Penggerak PKK Kecamatan Mendoyo memerlukan data sebagai berikut:

        1. jumlah balita per desa di Kecamatan Mendoyo, tahun terbaru;
        2. persentase rumah tangga dengan sanitasi layak dan air minum layak, Kabupaten Jembrana 2022-2025;
        3. jumlah ibu hamil, bila BPS memiliki datanya.

        Terima kasih atas kerja samanya.

        Hormat kami,
        Ni Nyoman Suarningsih
        Sekretaris Tim Penggerak PKK Kecamatan Mendoyo
        '''), name='Ni Nyoman Suarningsih', inst='Tim Penggerak PKK Kecamatan Mendoyo', **F)

    # ================================================================================================
    # Schools, madrasahs, pesantren
    # ================================================================================================
    C('f21-req-sd-teacher-signature-abbrev', 'gmail', 'Luh Sumariani', 'luhsumariani88@gmail.com',
      'Mohon data sederhana untuk murid kelas VI', T('''
        Selamat siang Bapak/Ibu,

        Murid kelas VI kami sedang belajar membaca tabel dan diagram batang. Saya ingin memakai data nyata dari desa mereka sendiri supaya lebih menarik. Mohon bantuan data jumlah penduduk Desa Tegalcangkring menurut jenis kelamin, serta jumlah penduduk per dusun/banjar bila ada, tahun terbaru.

        Terima kasih, Bapak/Ibu.

        Salam hormat,
        Ni Luh Gede Sumariani, S.Pd.
        Guru Kelas VI SDN 3 Tegalcangkring
        '''), name='Ni Luh Gede Sumariani', inst='SDN 3 Tegalcangkring', **F)

    C('f21-req-smk-student-form', 'gmail', 'cintya maharani', 'cintyamaharani07@gmail.com', 'Permohonan Data Tugas Sekolah', T('''
        Selamat pagi Bapak/Ibu,

        Nama    : Dewa Ayu Putu Cintya Maharani
        Kelas   : XII Akuntansi 1
        Sekolah : SMK Negeri 1 Negara
        Tugas   : Projek Kewirausahaan

        Saya ingin meminta data jumlah usaha mikro dan kecil di Kabupaten Jembrana menurut jenis usaha (makanan, kerajinan, jasa) untuk tahun terbaru. Data ini akan dipakai untuk menentukan peluang usaha kelompok kami.

        Terima kasih banyak 🙏
        '''), name='Dewa Ayu Putu Cintya Maharani', inst='SMK Negeri 1 Negara', **F)

    C('f21-req-ma-teacher-arab-name', 'yahoo', 'Syarifah Aminah', 'syarifah.aminah@yahoo.co.id',
      'Permohonan data untuk pembelajaran geografi', T('''
        Assalamu'alaikum wr. wb.

        Perkenalkan, saya Syarifah Aminah Al-Habsyi, guru Geografi di MA Darul Ulum Loloan Timur. Siswa kelas XI akan membuat proyek tentang dinamika kependudukan di kampung-kampung pesisir Negara.

        Mohon bantuan data:
        1. jumlah penduduk Kelurahan Loloan Timur, Kelurahan Loloan Barat dan Desa Pengambengan, 2015-2025;
        2. jumlah kelahiran dan kematian di Kecamatan Negara, bila tersedia.

        Jazakumullah khairan katsiran.

        Wassalamu'alaikum wr. wb.

        Dikirim dari Yahoo Mail di Android
        '''), name='Syarifah Aminah Al-Habsyi', inst='MA Darul Ulum Loloan Timur', **F)

    C('f21-req-pesantren-kh-signature', 'gmail', 'PP Nurul Falah', 'ppnurulfalah.pgb@gmail.com',
      'Mohon data anak usia sekolah Kecamatan Negara', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Yth. Bapak/Ibu petugas BPS Kabupaten Jembrana, semoga Allah SWT senantiasa memberi kesehatan.

        Pondok kami berencana membuka program kejar paket B dan C bagi anak-anak nelayan yang putus sekolah. Untuk menyusun proposal ke Kementerian Agama, kami mohon bantuan data:
        - jumlah penduduk usia 7-18 tahun di Kecamatan Negara;
        - angka partisipasi sekolah dan angka putus sekolah Kabupaten Jembrana, 2021-2025.

        Atas bantuannya kami ucapkan jazakumullahu khairan.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        KH. Muhammad Zainuddin Syafi'i
        Pengasuh Pondok Pesantren Nurul Falah Pengambengan
        '''), name="KH. Muhammad Zainuddin Syafi'i", inst='Pondok Pesantren Nurul Falah Pengambengan', **F)

    C('f21-req-vague-smp-pupil-opening-hours', 'iphone', 'bagas', 'bagas.prsty10@icloud.com', 'tanya kak', T('''
        halo kak, aku Bagas dari SMPN 2 Mendoyo. mau nanya, layanan PST hari sabtu buka ga ya kak? rencana mau dateng sama guru

        Dikirim dari iPhone saya
        '''), name='Bagas', inst='SMPN 2 Mendoyo', req=False, **F)

    # ================================================================================================
    # Health
    # ================================================================================================
    C('f21-req-rsud-medical-records-signature', 'outlook', 'Kadek Agus Wiryawan', 'rekammedis.rsudnegara@gmail.com',
      'Permohonan data proyeksi penduduk untuk perencanaan tempat tidur', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Dengan hormat, dalam rangka penyusunan Rencana Strategis Bisnis 2027-2031, kami memerlukan data untuk menghitung kebutuhan tempat tidur rawat inap:

        1. proyeksi penduduk Kabupaten Jembrana menurut kelompok umur dan jenis kelamin, 2025-2035;
        2. jumlah penduduk per kecamatan, 2025;
        3. persentase penduduk yang memiliki jaminan kesehatan (Susenas), 2022-2025.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Salam sehat,

        dr. Kadek Agus Wiryawan, MARS
        Kepala Instalasi Rekam Medis
        RSUD Negara
        Jl. Wijaya Kusuma No. 17, Negara
        '''), name='dr. Kadek Agus Wiryawan', inst='RSUD Negara', **F)

    C('f21-req-clinic-chinese-name-after-comma', 'gmail', 'Mei Ling', 'meiling.yap@gmail.com', 'Data penduduk Kecamatan Melaya', T('''
        Selamat siang,

        Kami berencana menambah layanan gigi dan laboratorium sederhana tahun depan. Mohon bantuan data jumlah penduduk per desa di Kecamatan Melaya menurut kelompok umur, dan jumlah penduduk lansia 60 tahun ke atas, tahun 2025.

        Terima kasih sebelumnya.

        Hormat saya,
        Yap Mei Ling, Klinik Pratama Kasih Ibu Melaya
        0812-4677-xxxx
        '''), name='Yap Mei Ling', inst='Klinik Pratama Kasih Ibu Melaya', **F)

    # ================================================================================================
    # Religious bodies
    # ================================================================================================
    C('f21-req-catholic-parish-council', 'gmail', 'FX Made Suwela', 'fxsuwela.palasari@gmail.com',
      'Permohonan data penduduk Desa Ekasari dan sekitarnya', T('''
        Salam damai dalam Kristus,

        Bapak/Ibu yang kami hormati, saya Fransiskus Xaverius Made Suwela, sekretaris Dewan Pastoral Paroki Hati Kudus Yesus Palasari. Paroki kami sedang menyiapkan program beasiswa dan bantuan usaha kecil untuk keluarga kurang mampu di Desa Ekasari dan desa-desa sekitarnya, tanpa memandang agama.

        Kami memohon data jumlah penduduk, jumlah rumah tangga dan persentase penduduk miskin untuk Kecamatan Melaya, serta jumlah penduduk Desa Ekasari tahun terbaru.

        Berkah Dalem, terima kasih.

        FX Made Suwela
        '''), name='Fransiskus Xaverius Made Suwela', inst='Dewan Pastoral Paroki Hati Kudus Yesus Palasari', **F)

    C('f21-req-kemenag-drs-haji-lalu', 'outlook', 'Kankemenag Jembrana', 'kemenag.jembrana@kemenag.go.id',
      'Permohonan Data Penduduk Menurut Agama', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,

        Sehubungan dengan penyusunan Peta Kerukunan Umat Beragama dan perencanaan penyuluh agama non-PNS tahun 2027, Kantor Kementerian Agama Kabupaten Jembrana memohon bantuan data:

        1. jumlah penduduk menurut agama per desa/kelurahan, tahun terbaru;
        2. jumlah tempat ibadah per desa (Podes 2024);
        3. jumlah pernikahan per kecamatan, bila tersedia.

        Demikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Kepala Seksi Bimbingan Masyarakat Islam,

        Drs. H. Lalu Muhammad Zaini, M.Pd.I.
        NIP 19700812 199803 1 003
        '''), name='Drs. H. Lalu Muhammad Zaini', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)

    # ================================================================================================
    # Banks and firms
    # ================================================================================================
    C('f21-req-bpd-bali-branch-signature', 'outlook', 'Hendra Wijaya Tanuwidjaja', 'hendra.tanuwidjaja@bpdbali.co.id',
      'Permohonan data ekonomi Kabupaten Jembrana', T('''
        Selamat pagi Bapak/Ibu,

        Mohon bantuan data berikut untuk penyusunan analisis potensi kredit sektor produktif di wilayah kerja kami:

        1. PDRB ADHB menurut lapangan usaha Kabupaten Jembrana, 2020-2025;
        2. jumlah usaha perdagangan besar dan eceran per kecamatan;
        3. nilai tukar petani dan nilai tukar nelayan Provinsi Bali, 2023-2025.

        Terima kasih atas bantuannya.

        Best regards,

        Hendra Wijaya Tanuwidjaja
        Relationship Manager, Commercial Banking
        PT Bank Pembangunan Daerah Bali Kantor Cabang Negara
        Jl. Ngurah Rai No. 12, Negara 82212

        CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient. If you are not the intended recipient, please delete it and notify the sender immediately.
        '''), name='Hendra Wijaya Tanuwidjaja', inst='PT Bank Pembangunan Daerah Bali Kantor Cabang Negara', **F)

    C('f21-req-shrimp-farm-batak-manager', 'gmail', 'Tumpal Siahaan', 'tumpal.siahaan82@gmail.com', 'Data budidaya udang', T('''
        Horas, selamat siang Bapak/Ibu.

        Saya Tumpal Hasudungan Siahaan, manajer tambak di CV Windu Karya Lestari, Desa Candikusuma. Perusahaan kami berencana menambah 12 petak tambak intensif dan perlu gambaran produksi budidaya udang di sekitar kami.

        Mohon bantuan data produksi perikanan budidaya (udang vaname dan udang windu) Kabupaten Jembrana per kecamatan tahun 2019-2025, serta jumlah rumah tangga atau perusahaan budidaya tambak.

        Terima kasih, Tuhan memberkati.

        Tumpal H. Siahaan
        '''), name='Tumpal Hasudungan Siahaan', inst='CV Windu Karya Lestari', **F)

    C('f21-req-name-not-in-body-no-inst', 'gmail', 'Hendra Gunawan', 'hendragunawan.bangunan@gmail.com', 'Tanya data', T('''
        Selamat siang, mohon info data jumlah rumah tangga dan jumlah bangunan tempat tinggal di Kecamatan Melaya tahun 2025, untuk rencana usaha. Terima kasih.
        '''), **F)

    # ================================================================================================
    # Government offices
    # ================================================================================================
    C('f21-req-disdukcapil-inst-in-subject-only', 'outlook', 'Luh Putu Ariani', 'ariani.capil@jembranakab.go.id',
      'Permohonan Data - Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jembrana', T('''
        Selamat siang,

        Saya Luh Putu Ariani, analis data kependudukan. Untuk bahan rapat konsolidasi data penduduk semester II, kami mohon data jumlah penduduk hasil proyeksi BPS per kecamatan menurut jenis kelamin tahun 2024, 2025 dan 2026, agar dapat dibandingkan dengan data administrasi kependudukan.

        Terima kasih.
        '''), name='Luh Putu Ariani', inst='Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jembrana', **F)

    C('f21-req-national-park-forest-ranger', 'gmail', 'Yohanes Sinaga', 'yohanes.sinaga.tnbb@gmail.com',
      'Data desa penyangga Taman Nasional', T('''
        Selamat pagi Bapak/Ibu,

        Saya Yohanes Bernadus Sinaga, Polisi Kehutanan di Balai Taman Nasional Bali Barat. Kami sedang memperbarui dokumen zonasi dan rencana pemberdayaan masyarakat di desa-desa penyangga kawasan, yaitu Desa Melaya, Desa Blimbingsari, Desa Ekasari dan Kelurahan Gilimanuk.

        Kami memerlukan data jumlah penduduk, jumlah rumah tangga, dan mata pencaharian utama penduduk di desa-desa tersebut (Podes 2024), serta jumlah ternak sapi dan kambing per desa bila tersedia.

        Terima kasih atas kerja samanya.

        Salam lestari,
        Yohanes B. Sinaga
        '''), name='Yohanes Bernadus Sinaga', inst='Balai Taman Nasional Bali Barat', **F)

    C('f21-req-bpbd-abbreviation-only', 'plain', 'Gede Arimbawa', 'gedearimbawa.bpbd@gmail.com',
      'Data penduduk desa rawan banjir', T('''
        Selamat sore pak/bu,

        Saya Gede Arimbawa dari BPBD Jembrana, bidang pencegahan dan kesiapsiagaan. Menjelang musim hujan kami memperbarui rencana kontinjensi banjir. Mohon data jumlah penduduk, jumlah rumah tangga, jumlah balita dan jumlah lansia untuk Kelurahan Banjar Tengah, Kelurahan Lelateng, Desa Batuagung dan Desa Dauhwaru, tahun 2025.

        Kalau bisa dalam excel ya pak/bu. Terima kasih.

        Dikirim dari perangkat Android saya
        '''), name='Gede Arimbawa', inst='BPBD Jembrana', **F)

    C('f21-req-river-basin-office-ir-anak-agung', 'thunderbird', 'A.A. Gede Rai Wirawan', 'raiwirawan@pu.go.id',
      'Permohonan data curah hujan dan irigasi', T('''
        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Dengan hormat, kami dari Balai Besar Wilayah Sungai Bali-Penida sedang menyusun kajian rehabilitasi Daerah Irigasi Benel dan Daerah Irigasi Palasari. Sehubungan dengan itu kami memohon data:

        1. jumlah hari hujan dan curah hujan bulanan di stasiun-stasiun di Kabupaten Jembrana, 2010-2025;
        2. luas lahan sawah irigasi per kecamatan, 2020-2025;
        3. luas panen dan produksi padi per kecamatan, 2020-2025.

        Atas perhatian Bapak/Ibu kami sampaikan terima kasih.

        Hormat kami,

        Ir. Anak Agung Gede Rai Wirawan, M.T.
        Kepala Satuan Kerja Operasi dan Pemeliharaan SDA
        '''), name='Ir. Anak Agung Gede Rai Wirawan', inst='Balai Besar Wilayah Sungai Bali-Penida', wrap=72, **F)

    C('f21-req-letter-only-docx-no-person', 'outlook', 'BPKAD Jembrana', 'bpkad@jembranakab.go.id',
      'Surat permohonan data', T('''
        Selamat pagi,

        Bersama ini kami sampaikan surat permohonan data sebagaimana terlampir (format Word). Mohon dapat ditindaklanjuti.

        Terima kasih.

        Sekretariat
        Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Jembrana
        '''), inst='Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Jembrana',
      attachments=[DOCX('Surat Permohonan Data PDRB dan Inflasi - BPKAD 900.1-2211.docx')], **F)

    C('f21-req-forward-from-office-outlook-dinas-pariwisata', 'outlook', 'BPS Kabupaten Jembrana', 'bps5101@bps.go.id',
      'FW: Permohonan data kunjungan wisatawan', T('''
        Mohon ditindaklanjuti, salah kirim ke alamat kantor.

        -----Original Message-----
        From: Desak Made Wulandari <desakwulan.disparbud@gmail.com>
        Sent: Tuesday, November 24, 2026 2:15 PM
        To: bps5101@bps.go.id
        Subject: Permohonan data kunjungan wisatawan

        Selamat siang Bapak/Ibu,

        Saya Desak Made Wulandari, Kepala Seksi Data dan Informasi pada Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana. Untuk penyusunan Rencana Induk Pembangunan Kepariwisataan Kabupaten, kami memerlukan data tingkat penghunian kamar hotel, rata-rata lama menginap, dan jumlah tamu mancanegara dan domestik per bulan di Kabupaten Jembrana tahun 2019-2025.

        Terima kasih.

        Salam,
        Desak Made Wulandari, S.E.
        '''), name='Desak Made Wulandari', inst='Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana', **F)

    # ================================================================================================
    # NGOs, foundations, student organisations
    # ================================================================================================
    C('f21-req-foundation-batak-program-officer', 'gmail', 'Rotua Hutabarat', 'rotua.hutabarat@bumilestari.or.id',
      'Permohonan data untuk baseline program perempuan petani kakao', T('''
        Selamat siang Bapak/Ibu,

        Kami sedang menyusun baseline program penguatan ekonomi perempuan petani kakao di Kecamatan Pekutatan dan Kecamatan Mendoyo yang akan dimulai Februari 2027. Mohon bantuan data:

        1. jumlah petani kakao menurut jenis kelamin per kecamatan (ST2023);
        2. luas areal dan produksi kakao per kecamatan, 2020-2025;
        3. rata-rata upah buruh perkebunan, bila tersedia.

        Terima kasih banyak atas dukungannya.

        Salam hangat,

        Rotua Hutabarat
        Program Officer
        Yayasan Bumi Lestari Nusantara
        Jl. Tukad Badung No. 8, Renon, Denpasar
        '''), name='Rotua Hutabarat', inst='Yayasan Bumi Lestari Nusantara', **F)

    C('f21-req-student-org-yogyakarta', 'gmail', 'Dimas Arya Pratama', 'dimasarya.ipmj@gmail.com',
      'Permohonan data untuk seminar mahasiswa perantau', T('''
        Om Swastyastu, selamat sore Bapak/Ibu.

        Saya Dimas Arya Pratama, Ketua Umum Ikatan Pelajar Mahasiswa Jembrana di Yogyakarta. Bulan Januari kami akan mengadakan seminar "Pulang Membangun Jembrana" bersama alumni, dan kami ingin menampilkan gambaran singkat kondisi daerah.

        Mohon bantuan data:
        - laju pertumbuhan ekonomi dan PDRB per kapita Kabupaten Jembrana, 2019-2025;
        - tingkat pengangguran terbuka menurut pendidikan, 2023-2025;
        - IPM Kabupaten Jembrana dibandingkan kabupaten lain di Bali.

        Suksma, Bapak/Ibu.

        Dimas
        '''), name='Dimas Arya Pratama', inst='Ikatan Pelajar Mahasiswa Jembrana di Yogyakarta', **F)

    C('f21-req-en-ngo-french-signature-only', 'gmail', 'Marie-Claire Dubois', 'mc.dubois@coraltrianglewatch.org',
      'Coastal population figures for a reef restoration project', T('''
        Dear Sir or Madam,

        We are planning a community-led reef restoration project off the coast of Perancak and Pengambengan, and our grant application asks for basic official figures on the communities involved. Could you kindly provide:

        - population and number of households of Desa Perancak and Desa Pengambengan (most recent year);
        - the number of households whose main income comes from marine capture fisheries, by desa or kecamatan;
        - the number of fishing boats by size class in Jembrana.

        Thank you very much for your help.

        Best regards,

        Marie-Claire Dubois
        Project Coordinator, Bali
        Coral Triangle Watch
        '''), name='Marie-Claire Dubois', inst='Coral Triangle Watch', lang='en', **F)

    C('f21-req-vague-cooperative-what-data', 'gmail', 'KSU Tri Amerta', 'ksutriamerta@gmail.com', 'Tanya-tanya', T('''
        Selamat siang Bapak/Ibu,

        Saya Nengah Sumerta, pengurus Koperasi Serba Usaha Tri Amerta di Desa Pergung. Kami baru pertama kali berhubungan dengan BPS. Kira-kira data apa saja dari BPS yang biasanya berguna untuk koperasi seperti kami? Kami belum tahu harus minta apa.

        Terima kasih.
        '''), name='Nengah Sumerta', inst='Koperasi Serba Usaha Tri Amerta', req=False, **F)

    # ================================================================================================
    # Universities (Indonesia)
    # ================================================================================================
    C('f21-req-unud-faculty-first-anak-agung-istri', 'gmail', 'Gung Is Ratna', 'gungisratna02@gmail.com',
      'Permohonan data skripsi: ekonomi rumput laut', T('''
        Om Swastyastu Bapak/Ibu,

        Saya Anak Agung Istri Ratna Kencana Dewi, mahasiswi Program Studi Manajemen Sumberdaya Perairan, Fakultas Kelautan dan Perikanan, Universitas Udayana. Skripsi saya meneliti kelayakan usaha budidaya rumput laut di pesisir Jembrana.

        Saya memohon data:
        1. produksi rumput laut menurut kecamatan, 2018-2025;
        2. jumlah rumah tangga budidaya rumput laut (ST2023);
        3. harga rumput laut kering di tingkat pembudidaya, bila ada.

        Surat pengantar dari fakultas akan saya kirimkan bila diperlukan. Suksma.

        Hormat saya,
        Gung Is Ratna
        '''), name='Anak Agung Istri Ratna Kencana Dewi', inst='Universitas Udayana', **F)

    C('f21-req-unmas-lowercase-iphone', 'iphone', 'komang ayu', 'komangayu.sri@icloud.com', 'data', T('''
        kak sy komang ayu dr unmas denpasar jurusan akuntansi.. mau minta data realisasi pendapatan asli daerah kab jembrana th 2018-2025 buat skripsi kak. mksh yaa 🙏

        Dikirim dari iPhone saya
        '''), name='komang ayu', inst='unmas denpasar', **F)

    C('f21-req-forwarded-own-mail-wrong-address', 'gmail', 'Rizky Hidayatullah', 'rizkyhidayat.uinsa@gmail.com',
      'Fwd: Permohonan data kemiskinan dan zakat', T('''
        Mohon maaf Bapak/Ibu, kemarin email ini saya kirim ke alamat yang salah. Saya teruskan kembali ke sini.

        ---------- Forwarded message ---------
        From: Rizky Hidayatullah <rizkyhidayat.uinsa@gmail.com>
        Date: Mon, Nov 23, 2026 at 8:03 PM
        Subject: Permohonan data kemiskinan dan zakat
        To: <pst5101@bps.go.id.com>


        Assalamualaikum wr. wb.

        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Saya Muhammad Rizky Hidayatullah, mahasiswa Program Studi Ekonomi Syariah, Universitas Islam Negeri Sunan Ampel Surabaya. Saya sedang menulis skripsi tentang peran zakat produktif bagi rumah tangga nelayan muslim di Jembrana.

        Mohon bantuan data jumlah dan persentase penduduk miskin Kabupaten Jembrana tahun 2018-2025, garis kemiskinan, dan jumlah penduduk beragama Islam per kecamatan.

        Terima kasih.

        Wassalamualaikum wr. wb.
        Rizky
        '''), name='Muhammad Rizky Hidayatullah', inst='Universitas Islam Negeri Sunan Ampel Surabaya', **F)

    C('f21-req-politeknik-lecturer-signature-only', 'outlook', 'Putu Eka Yudiastra', 'ekayudiastra@pnb.ac.id',
      'Permohonan data industri kreatif untuk penelitian dosen', T('''
        Yth. Bapak/Ibu Pengelola PST,

        Kami tim peneliti dosen sedang menjalankan penelitian terapan tentang digitalisasi pemasaran usaha tenun dan anyaman di Bali barat. Mohon bantuan data jumlah usaha industri mikro dan kecil menurut subgolongan KBLI (tekstil, anyaman bambu, kerajinan kayu) per kecamatan di Kabupaten Jembrana, beserta jumlah tenaga kerjanya, tahun terbaru.

        Atas bantuannya kami ucapkan terima kasih.

        Salam,

        I Putu Eka Yudiastra, S.Kom., M.T.
        Dosen Jurusan Teknik Elektro
        Politeknik Negeri Bali
        '''), name='I Putu Eka Yudiastra', inst='Politeknik Negeri Bali', **F)

    # ================================================================================================
    # Abroad and international agencies
    # ================================================================================================
    C('f21-req-en-leiden-phd-name-mid-text', 'gmail', 'P.J. Hoekstra', 'p.j.hoekstra@hum.leidenuniv.nl',
      'Historical population data for Jembrana (PhD research)', T('''
        Dear colleagues,

        I hope this message finds you well. This is Pieter-Jan Hoekstra writing, a PhD candidate at Leiden University, where I work on the social history of the Loloan community and Bugis-Malay settlement in western Bali.

        I am looking for population figures for the kecamatan of Negara and Jembrana at each census since 1961, and, if they exist, tabulations of the population by religion or ethnicity for Kelurahan Loloan Timur and Loloan Barat.

        Thank you very much for considering this request.

        With kind regards,
        P.J. Hoekstra
        '''), name='Pieter-Jan Hoekstra', inst='Leiden University', lang='en', **F)

    C('f21-req-en-anu-lecturer-signature', 'outlook', 'Emily Hargreaves', 'emily.hargreaves@anu.edu.au',
      'Request for labour force tables, Jembrana Regency', T('''
        Dear BPS Jembrana team,

        I am preparing a paper on the return of cruise-ship workers to Bali after the pandemic and would be grateful for the following Jembrana tables:

        1. employed population by main industry and sex, August 2019-2026;
        2. open unemployment rate by age group, 2019-2026;
        3. any estimate of residents working abroad.

        I would also welcome a short online conversation with one of your statisticians about how overseas workers are treated in Sakernas.

        With thanks and best wishes,

        Dr Emily Hargreaves
        Senior Lecturer, Crawford School of Public Policy
        Australian National University
        Canberra ACT 2600
        '''), name='Dr Emily Hargreaves', inst='Australian National University', lang='en', **F)

    C('f21-req-en-fao-indonesian-staff', 'outlook', 'Kusumawardhani, Ratih (FAOID)', 'ratih.kusumawardhani@fao.org',
      'Data request: rice and fisheries statistics, Jembrana', T('''
        Dear Sir/Madam,

        My name is Ratih Kusumawardhani and I work for the FAO Representation in Indonesia as a national food systems consultant. We are mapping local food systems in three Bali regencies, including Jembrana, as part of a programme with the Ministry of Agriculture.

        We would appreciate:
        - rice harvested area, production and productivity by kecamatan, 2018-2025;
        - capture fisheries production by main species, 2018-2025;
        - the prevalence of food insecurity (FIES) or similar indicators for Jembrana, if available.

        Thank you in advance.

        Best regards,
        Ratih
        '''), name='Ratih Kusumawardhani', inst='FAO Representation in Indonesia', lang='en', **F)

    C('f21-req-japanese-jica-expert-indonesian', 'gmail', 'Takeshi Morimoto', 'morimoto.takeshi.jica@gmail.com',
      'Permohonan data perikanan', T('''
        Selamat siang Bapak dan Ibu,

        Saya Takeshi Morimoto, tenaga ahli JICA untuk proyek peningkatan mutu hasil perikanan di Pelabuhan Perikanan Pengambengan. Bahasa Indonesia saya masih belajar, mohon maaf kalau ada kesalahan.

        Saya ingin minta data:
        1. jumlah produksi ikan lemuru per tahun, 2010-2025;
        2. jumlah unit pengolahan ikan (pengalengan, penepungan, pemindangan) di Kecamatan Negara.

        Terima kasih banyak atas kerja samanya.

        Morimoto
        '''), name='Takeshi Morimoto', inst='JICA', **F)

    C('f21-req-en-latin1-hamburg-umlaut', 'latin1', 'Jürgen Weißmüller', 'juergen.weissmueller@uni-hamburg.de',
      'Request: agricultural census tables for Jembrana', T('''
        Dear Madam or Sir,

        I am Jürgen Weißmüller, research associate at the Institute of Geography, Universität Hamburg. For a study on land-use change in the coconut and cocoa belt of western Bali, I would like to request:

        - number of agricultural households by kecamatan from the Agricultural Censuses 2003, 2013 and 2023;
        - area of coconut and cocoa plantations by kecamatan, 2013-2025.

        Many thanks and kind regards,
        J. Weißmüller
        '''), name='Jürgen Weißmüller', inst='Universität Hamburg', lang='en', **F)

    C('f21-req-en-unfpa-consultation-only', 'gmail', 'Arjun Mehta', 'mehta@unfpa.org',
      'Consultation on subnational population projections', T('''
        Dear colleagues,

        I am Dr. Arjun Mehta, population data specialist with UNFPA Indonesia. We are supporting several regencies in Bali to use population projections in their medium-term plans, and we would like to consult with your statisticians on two points:

        1. how the regency-level projection for Jembrana was distributed to kecamatan, and whether that method can be used by the planning office for 2030-2045;
        2. how in- and out-migration assumptions were set for Jembrana.

        Would a one-hour video call in the second week of December be possible?

        Kind regards,
        Arjun
        '''), name='Dr. Arjun Mehta', inst='UNFPA Indonesia', lang='en', **F)

    # ================================================================================================
    # Media
    # ================================================================================================
    C('f21-req-bali-post-reporter', 'gmail', 'Putu Mahendra', 'putumahendra.bp@gmail.com', 'Minta data inflasi & kemiskinan', T('''
        Selamat pagi, Bapak/Ibu PST.

        Saya I Putu Mahendra, wartawan Bali Post yang bertugas di Jembrana. Untuk tulisan akhir tahun, saya butuh data persentase penduduk miskin Jembrana 2020-2025, garis kemiskinan, dan tingkat pengangguran terbuka 2020-2025. Kalau bisa juga komentar singkat dari kepala kantor.

        Tenggat saya Kamis sore. Terima kasih banyak.

        Mahendra
        '''), name='I Putu Mahendra', inst='Bali Post', **F)

    C('f21-req-mongabay-comma-signature', 'gmail', 'Anggita Rahmawati', 'anggita.r@mongabay.co.id',
      'Data mangrove dan tambak di pesisir Jembrana', T('''
        Halo Bapak/Ibu,

        Saya sedang menulis liputan tentang alih fungsi mangrove menjadi tambak di pesisir Perancak dan Budeng. Apakah BPS memiliki data luas tambak per desa atau per kecamatan, produksi budidaya air payau 2015-2025, dan jumlah rumah tangga budidaya tambak hasil ST2013 dan ST2023?

        Terima kasih atas bantuannya.

        Salam,
        Anggita Rahmawati, Mongabay Indonesia
        '''), name='Anggita Rahmawati', inst='Mongabay Indonesia', **F)

    # ================================================================================================
    # Private persons
    # ================================================================================================
    C('f21-req-caps-retired-teacher-pribadi', 'plain', 'NYOMAN SUKADANA', 'nyomansukadana1958@gmail.com',
      'PERMOHONAN DATA', T('''
        OM SWASTYASTU

        SAYA I NYOMAN SUKADANA, PENSIUNAN GURU, TINGGAL DI BANJAR PASATAN, DESA PENGEJ. PERMOHONAN INI UNTUK KEPERLUAN PRIBADI, SAYA SEDANG MENULIS BUKU KECIL TENTANG SEJARAH DESA KAMI. MOHON DATA JUMLAH PENDUDUK DESA PENGEJ DARI SENSUS 1980 SAMPAI SENSUS 2020.

        SUKSMA

        Dikirim dari perangkat Android saya
        '''), name='I NYOMAN SUKADANA', **F)

    C('f21-req-form-instansi-umum-single-name', 'gmail', 'Sutrisno', 'sutrisno.gilimanuk@gmail.com', 'Permintaan data', T('''
        Selamat siang.

        Nama      : Sutrisno
        Instansi  : Umum
        Alamat    : Lingkungan Asri, Gilimanuk
        Data      : jumlah penduduk Kelurahan Gilimanuk menurut kelompok umur, 2025
        Keperluan : rencana membuka bimbingan belajar

        Terima kasih.
        '''), name='Sutrisno', **F)

    C('f21-req-housewife-javanese-single-name', 'yahoo', 'Suparmi', 'suparmi.loloan@yahoo.com', 'mohon info harga sembako', T('''
        Selamat pagi Pak, Bu.

        Nama saya Suparmi, ibu rumah tangga di Loloan Barat. Saya mau tahu perkembangan harga beras, minyak goreng dan telur di Jembrana dari bulan Januari sampai November 2026, karena rasanya belanja dapur tiap bulan makin berat. Ini untuk pengetahuan saya sendiri saja.

        Matur nuwun.

        Dikirim dari Yahoo Mail di Android
        '''), name='Suparmi', **F)

    C('f21-req-en-private-traveller', 'gmail', 'Tom Whitfield', 'tom.whitfield62@outlook.com', 'A few questions about Negara', T('''
        Hello,

        I'm Thomas Whitfield, writing in a personal capacity (I'm not with any organisation). My partner and I are considering renting a house in Negara for a year, and I'd like to get a feel for the town. Could you tell me the current population of Kecamatan Negara and the average monthly household expenditure in Jembrana?

        Many thanks,
        Tom
        '''), name='Thomas Whitfield', lang='en', **F)

    C('f21-req-subject-only-outlook-mobile', 'outlook', 'Ni Wayan Sukertini', 'wysukertini@outlook.com',
      'Mohon data jumlah penduduk Desa Pohsanten per banjar 2025', T('''
        Get Outlook for Android
        '''), **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f21-reply-identity-form-pribadi', 'gmail', 'Dayu Arniti', 'dayuarniti@gmail.com', 'Re: ' + SUBJ_ASK % 2101, T('''
        Selamat siang, berikut saya lengkapi:

        Nama lengkap  : Ida Ayu Made Sri Arniti
        Asal instansi : pribadi (tidak mewakili instansi)

        Terima kasih.
        '''), kind='reply', name='Ida Ayu Made Sri Arniti', req=False, ticket='PST-2026-02101',
      quote=gq(ASK, 'id'), **rp(2101), **F)

    C('f21-reply-identity-one-line-comma-outlook', 'outlook', 'M Faisal Akbar', 'mfaisalakbar@student.unram.ac.id',
      'RE: ' + SUBJ_ASK % 2102, T('''
        Muhammad Faisal Akbar, Universitas Mataram.
        Mohon maaf tadi lupa dicantumkan.
        '''), kind='reply', name='Muhammad Faisal Akbar', inst='Universitas Mataram', req=False,
      ticket='PST-2026-02102',
      quote=oq(ASK, 'M Faisal Akbar <mfaisalakbar@student.unram.ac.id>', SUBJ_ASK % 2102, 'id'), **rp(2102), **F)

    C('f21-reply-thanks-only-yahoo-single-name', 'yahoo', 'Suparmi', 'suparmi.loloan@yahoo.com', 'Re: ' + SUBJ_DATA % 2103, T('''
        Sudah saya terima, terima kasih banyak Pak, Bu. Semoga sehat selalu.

        Suparmi
        '''), kind='reply', name='Suparmi', req=False, ticket='PST-2026-02103', quote=yq(DELIV_ID % 2103),
      **rp(2103), **F)

    C('f21-reply-en-thanks-signature-org', 'gmail', 'Marie-Claire Dubois', 'mc.dubois@coraltrianglewatch.org',
      'Re: ' + SUBJ_DATA % 2104, T('''
        Dear PST team,

        Received, with many thanks. This is exactly what our application needed.

        Warmly,
        Marie-Claire
        Coral Triangle Watch
        '''), kind='reply', name='Marie-Claire', inst='Coral Triangle Watch', req=False, lang='en',
      ticket='PST-2026-02104', quote=gq(DELIV_EN % 2104), **rp(2104), **F)

    C('f21-reply-thunderbird-bottom-asks-more-years', 'thunderbird', 'A.A. Gede Rai Wirawan', 'raiwirawan@pu.go.id',
      'Re: ' + SUBJ_DATA % 2105, tq(DELIV_ID % 2105) + '\n\n' + T('''
        Yth. Bapak/Ibu,

        Terima kasih, data sudah kami terima. Apakah data curah hujan bulanan yang sama dapat kami peroleh juga untuk tahun 2000-2009? Kajian kami memerlukan seri minimal 25 tahun.

        Hormat kami,
        A.A. Gede Rai Wirawan
        '''), kind='reply', name='A.A. Gede Rai Wirawan', req=True, ticket='PST-2026-02105', **rp(2105), **F)

    C('f21-reply-followup-lowercase-ticket-no-tag', 'iphone', 'komang ayu', 'komangayu.sri@icloud.com', 'tanya status permohonan', T('''
        siang kak, mau nanya permohonan data PAD sy udh sampai mana ya? nomor tiketnya pst-2026-02106. makasih kak

        komang ayu

        Dikirim dari iPhone saya
        '''), kind='reply', name='komang ayu', req=False, ticket='PST-2026-02106', **F)

    C('f21-reply-followup-ticket-in-body-outlook', 'outlook', 'Hendra Wijaya Tanuwidjaja', 'hendra.tanuwidjaja@bpdbali.co.id',
      'Tindak lanjut permohonan data PDRB', T('''
        Selamat pagi Bapak/Ibu,

        Menindaklanjuti permohonan data kami dengan nomor tiket PST-2026-02107 tertanggal 16 November, mohon informasi perkiraan waktu penyelesaiannya. Analisis kami dijadwalkan dipresentasikan ke pimpinan wilayah pada 4 Desember.

        Terima kasih.

        Best regards,
        Hendra Wijaya Tanuwidjaja
        PT Bank Pembangunan Daerah Bali Kantor Cabang Negara
        '''), kind='reply', name='Hendra Wijaya Tanuwidjaja', inst='PT Bank Pembangunan Daerah Bali Kantor Cabang Negara',
      req=False, ticket='PST-2026-02107', **F)

    C('f21-reply-iphone-sends-letter', 'iphone', 'Gung Is Ratna', 'gungisratna02@gmail.com', 'Re: ' + SUBJ_LETTER % 2108, T('''
        Selamat sore Bapak/Ibu, berikut saya lampirkan surat pengantar dari fakultas. Suksma 🙏

        Gung Is Ratna

        Dikirim dari iPhone saya
        ''') + '\n\n' + iq(LETTER_ID % 2108), kind='reply', name='Gung Is Ratna', req=False, ticket='PST-2026-02108',
      attachments=[JPG('IMG_20261125_162233.jpg')], **rp(2108), **F)

    C('f21-reply-android-ok-no-name', 'plain', 'Wayan Sudarma', 'sudarmawayan1975@gmail.com', 'Re: ' + SUBJ_ACK % 2109, T('''
        nggih pak, ditunggu. suksma
        ''') + '\n\n' + aq(ACK % (2109, 'wayan sudarma', 'KUB Segara Amerta Desa Air Kuning',
                                 'Jumlah nelayan; produksi ikan Kec. Jembrana 2023-2025')),
      kind='reply', req=False, ticket='PST-2026-02109', **rp(2109), **F)

    C('f21-reply-en-asks-meaning-of-adhk', 'outlook', 'Emily Hargreaves', 'emily.hargreaves@anu.edu.au', 'RE: ' + SUBJ_DATA % 2110, T('''
        Dear colleagues,

        Thank you for the tables. One question before I cite them: the GDP sheet has two columns, "ADHB" and "ADHK". Am I right that ADHK is at constant 2010 prices, and which year should I use as the base if I compare growth rates with national figures?

        Best wishes,
        Emily
        '''), kind='reply', name='Emily', req=True, lang='en', ticket='PST-2026-02110',
      quote=oq(DELIV_EN % 2110, 'Emily Hargreaves <emily.hargreaves@anu.edu.au>', SUBJ_DATA % 2110), **rp(2110), **F)

    C('f21-reply-corrects-institution-on-ack', 'gmail', 'Putu Eka Yudiastra', 'ekayudiastra@pnb.ac.id', 'Re: ' + SUBJ_ACK % 2111, T('''
        Selamat siang,

        Terima kasih atas tanda terimanya. Mohon koreksi, instansi saya tertulis Universitas Pendidikan Ganesha, padahal yang benar Politeknik Negeri Bali. Nama ini akan dipakai di surat jawaban untuk laporan penelitian kami.

        Salam,
        I Putu Eka Yudiastra
        '''), kind='reply', name='I Putu Eka Yudiastra', inst='Politeknik Negeri Bali', req=False, ticket='PST-2026-02111',
      quote=gq(ACK % (2111, 'I Putu Eka Yudiastra', 'Universitas Pendidikan Ganesha',
                      'Industri mikro dan kecil menurut KBLI per kecamatan'), 'id'), **rp(2111), **F)

    C('f21-reply-cancels-request-outlook-mobile', 'outlook', 'Kadek Dwi Ariawan', 'kadekdwiariawan@gmail.com',
      'RE: ' + SUBJ_ACK % 2112, T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf, permohonan data kami dibatalkan saja karena datanya sudah kami dapat dari kantor camat. Terima kasih atas tanggapannya.

        Kadek Dwi Ariawan
        Karang Taruna Bhakti Pertiwi

        Get Outlook for Android
        ''') + '\n\n' + mq(ACK % (2112, 'Kadek Dwi Ariawan', 'Karang Taruna Bhakti Pertiwi Desa Yehembang',
                                  'TPT usia 15-24; penduduk 15-29 Kec. Mendoyo'), SUBJ_ACK % 2112),
      kind='reply', name='Kadek Dwi Ariawan', inst='Karang Taruna Bhakti Pertiwi', req=False, ticket='PST-2026-02112',
      **rp(2112), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f21-rating-words-empat-dari-lima', 'outlook', 'Ni Nyoman Suarningsih', 'pkkmendoyo@gmail.com', 'RE: ' + SUBJ_RATE % 2121, T('''
        Selamat pagi,

        Kami beri nilai empat dari lima. Pelayanannya ramah, hanya data ibu hamil ternyata tidak tersedia di BPS.

        Hormat kami,
        Ni Nyoman Suarningsih
        TP PKK Kecamatan Mendoyo
        '''), kind='rating', rating=4, name='Ni Nyoman Suarningsih', inst='TP PKK Kecamatan Mendoyo', req=False,
      ticket='PST-2026-02121',
      quote=oq(RATE_ID % 2121, 'Ni Nyoman Suarningsih <pkkmendoyo@gmail.com>', SUBJ_RATE % 2121, 'id'), **rp(2121), **F)

    C('f21-rating-sangat-puas-words-only', 'gmail', 'Abdul Rozak', 'abdulrozak.perancak@gmail.com', 'Re: ' + SUBJ_RATE % 2122, T('''
        Sangat puas, Pak/Bu. Datanya lengkap dan dijelaskan dengan sabar. Terima kasih.

        Abdul Rozak
        '''), kind='rating', rating=5, name='Abdul Rozak', req=False, ticket='PST-2026-02122',
      quote=gq(RATE_ID % 2122, 'id'), **rp(2122), **F)

    C('f21-rating-en-three-stars-words', 'gmail', 'P.J. Hoekstra', 'p.j.hoekstra@hum.leidenuniv.nl', 'Re: ' + SUBJ_RATE % 2123, T('''
        Dear PST team,

        Three stars from me, I'm afraid. The staff were very kind, but the 1961 and 1971 figures could not be found, and it took two weeks to learn that.

        Best,
        Pieter-Jan
        '''), kind='rating', rating=3, name='Pieter-Jan', req=False, lang='en', ticket='PST-2026-02123',
      quote=gq(RATE_EN % 2123), **rp(2123), **F)

    C('f21-rating-one-angry', 'gmail', 'Gede Arimbawa', 'gedearimbawa.bpbd@gmail.com', 'Re: ' + SUBJ_RATE % 2124, T('''
        1.

        Data kami minta sebelum musim hujan, baru dikirim setelah banjir pertama. Itu pun balita dan lansianya tidak ada. Tidak ada gunanya lagi untuk rencana kontinjensi kami.

        Gede Arimbawa
        BPBD Jembrana
        ''') + '\n\n' + aq(RATE_ID % 2124), kind='rating', rating=1, name='Gede Arimbawa', inst='BPBD Jembrana', req=False,
      ticket='PST-2026-02124', **rp(2124), **F)

    C('f21-rating-new-mail-ticket-no-tag', 'gmail', 'Dimas Arya Pratama', 'dimasarya.ipmj@gmail.com', 'Penilaian layanan', T('''
        Selamat malam Bapak/Ibu,

        Untuk permohonan data kami (tiket PST-2026-02125), saya memberi nilai 4. Seminar kami berjalan lancar berkat data dari BPS. Suksma.

        Dimas Arya Pratama
        Ikatan Pelajar Mahasiswa Jembrana di Yogyakarta
        '''), kind='rating', rating=4, name='Dimas Arya Pratama', inst='Ikatan Pelajar Mahasiswa Jembrana di Yogyakarta',
      req=False, ticket='PST-2026-02125', **F)

    C('f21-rating-balinese-nilai-lima-android', 'plain', 'Ketut Widnyana', 'ketutwidnyana.dlbrw@gmail.com', 'Re: ' + SUBJ_RATE % 2126, T('''
        Om Swastyastu. Nilai 5 nggih, sampun tiang terima datane, suksma pisan.

        Ketut Widnyana
        Pekaseh Subak Delod Berawah

        Dikirim dari perangkat Android saya
        ''') + '\n\n' + aq(RATE_ID % 2126), kind='rating', rating=5, name='Ketut Widnyana', inst='Subak Delod Berawah',
      req=False, ticket='PST-2026-02126', **rp(2126), **F)

    C('f21-rating-four-star-emoji-iphone', 'iphone', 'komang ayu', 'komangayu.sri@icloud.com', 'Re: ' + SUBJ_RATE % 2127, T('''
        ⭐⭐⭐⭐ kak, cepet bgt dibales 😊

        Dikirim dari iPhone saya
        ''') + '\n\n' + iq(RATE_ID % 2127), kind='rating', rating=4, req=False, ticket='PST-2026-02127', **rp(2127), **F)

    C('f21-rating-thunderbird-bottom-cukup', 'thunderbird', 'Jürgen Weißmüller', 'juergen.weissmueller@uni-hamburg.de',
      'Re: ' + SUBJ_RATE % 2128, tq(RATE_EN % 2128) + '\n\n' + T('''
        Rating: 3 (average). The 2003 census tables were only available on paper.

        J. Weißmüller
        Universität Hamburg
        '''), kind='rating', rating=3, name='J. Weißmüller', inst='Universität Hamburg', req=False, lang='en',
      ticket='PST-2026-02128', **rp(2128), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f21-complaint-polite-outdated-website', 'gmail', 'Anak Agung Istri Ratna', 'gungisratna02@gmail.com',
      'Masukan: tabel di website belum diperbarui', T('''
        Om Swastyastu Bapak/Ibu,

        Izin menyampaikan masukan. Tabel produksi perikanan di website BPS Kabupaten Jembrana masih berhenti di tahun 2022, padahal publikasi Jembrana Dalam Angka 2026 sudah memuat angka 2025. Mungkin tabel di website bisa diperbarui agar mahasiswa tidak bingung memilih sumber.

        Terima kasih atas perhatiannya.

        Anak Agung Istri Ratna Kencana Dewi
        Universitas Udayana
        '''), kind='complaint', name='Anak Agung Istri Ratna Kencana Dewi', inst='Universitas Udayana', req=False, **F)

    C('f21-complaint-caps-no-answer-attached-original', 'gmail', 'MADE SUASTIKA', 'madesuastika.melaya@gmail.com',
      'SUDAH 2 MINGGU TIDAK ADA JAWABAN', T('''
        SELAMAT SIANG. SAYA MADE SUASTIKA. SUDAH DUA MINGGU EMAIL SAYA TIDAK DIJAWAB SAMA SEKALI, TELEPON KANTOR JUGA TIDAK DIANGKAT. INI EMAIL SAYA YANG DULU SAYA LAMPIRKAN LAGI. PELAYANAN SEPERTI INI SANGAT MENGECEWAKAN.
        '''), kind='complaint', name='MADE SUASTIKA', req=False,
      attach_message=dict(client='gmail', from_name='MADE SUASTIKA', from_addr='madesuastika.melaya@gmail.com',
                          subject='minta data', date='Mon, 9 Nov 2026 10:12:44 +0800',
                          body='Selamat pagi, mohon data jumlah penduduk Desa Melaya per banjar tahun 2025. Terima kasih.'),
      **F)

    C('f21-complaint-scanned-pdf-on-ticket', 'outlook', 'Kankemenag Jembrana', 'kemenag.jembrana@kemenag.go.id',
      'RE: ' + SUBJ_DATA % 2133, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Data yang dikirimkan berupa hasil pindaian (scan) yang miring dan sebagian angkanya tidak terbaca, sehingga kami harus mengetik ulang lebih dari 60 desa. Kami sudah menyebutkan dalam permohonan bahwa kami membutuhkan format Excel. Mohon ke depan hal ini diperhatikan.

        Hormat kami,
        Lalu Muhammad Zaini
        Kantor Kementerian Agama Kabupaten Jembrana
        '''), kind='complaint', name='Lalu Muhammad Zaini', inst='Kantor Kementerian Agama Kabupaten Jembrana', req=False,
      ticket='PST-2026-02133',
      quote=oq(DELIV_ID % 2133, 'Kankemenag Jembrana <kemenag.jembrana@kemenag.go.id>', SUBJ_DATA % 2133, 'id'),
      **rp(2133), **F)

    C('f21-complaint-phone-staff-private-person', 'yahoo', 'Ni Wayan Sukertini', 'wysukertini@yahoo.com',
      'Keluhan pelayanan telepon', T('''
        Selamat sore Bapak/Ibu,

        Saya Ni Wayan Sukertini, warga Desa Pohsanten, bukan dari instansi mana pun. Kemarin siang saya menelepon kantor BPS untuk menanyakan cara meminta data penduduk banjar. Petugas yang mengangkat menjawab dengan nada ketus dan langsung menutup telepon sebelum saya selesai bertanya.

        Mungkin petugasnya sedang sibuk, tetapi mohon diingatkan bahwa tidak semua warga paham cara meminta data. Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Ni Wayan Sukertini', req=False, **F)

    C('f21-complaint-en-unexpected-fee', 'gmail', 'Marie-Claire Dubois', 'mc.dubois@coraltrianglewatch.org',
      'Concern about charges for data', T('''
        Dear PST team,

        I was surprised to be told by phone that the boat-size table would cost a fee, while a colleague from another NGO received a similar table free of charge last month. I do not object to paying if the rules require it, but I would appreciate a written explanation of which data are charged and how the amount is calculated. The inconsistency is frustrating for a small organisation like ours.

        Regards,
        Marie-Claire Dubois
        Coral Triangle Watch
        '''), kind='complaint', name='Marie-Claire Dubois', inst='Coral Triangle Watch', req=False, lang='en', **F)

    C('f21-complaint-perbekel-poverty-figures', 'outlook', 'Desa Tukadaya', 'pemdes.tukadaya@gmail.com',
      'Keberatan atas angka penduduk miskin', T('''
        Om Swastyastu,

        Kami dari Pemerintah Desa Tukadaya menyampaikan keberatan atas angka rumah tangga miskin desa kami yang beredar dan disebut bersumber dari BPS. Angka tersebut jauh lebih tinggi dari hasil pendataan desa kami sendiri dan telah membuat desa kami disebut sebagai "desa termiskin di Melaya" di media sosial. Kami mohon penjelasan sumber dan metode angka tersebut, dan bila keliru, mohon diluruskan.

        Om Santih, Santih, Santih Om

        Perbekel Tukadaya,
        I Ketut Sugiarta Wibawa
        '''), kind='complaint', name='I Ketut Sugiarta Wibawa', inst='Pemerintah Desa Tukadaya', req=False, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f21-ooo-body-only-dinas-luar', 'gmail', 'Luh Putu Ariani', 'ariani.capil@jembranakab.go.id', 'Re: ' + SUBJ_ACK % 2141, T('''
        Balasan otomatis:

        Terima kasih, email Anda sudah saya terima. Saya sedang melaksanakan perjalanan dinas ke Jakarta sampai 2 Desember 2026 dengan akses email terbatas. Untuk urusan mendesak silakan menghubungi Sekretariat Disdukcapil di nomor (0365) 41xxx.

        Luh Putu Ariani
        '''), kind='auto_reply', req=False, ticket='PST-2026-02141', **rp(2141), **F)

    C('f21-ooo-en-body-only-outlook', 'outlook', 'Emily Hargreaves', 'emily.hargreaves@anu.edu.au', 'RE: ' + SUBJ_ACK % 2142, T('''
        Hello,

        I am on annual leave and will return on Monday 11 January 2027. I will not be checking email during this time. For matters relating to the Crawford School, please contact crawford.admin@anu.edu.au.

        Kind regards,
        Emily Hargreaves
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02142', **rp(2142), **F)

    C('f21-ooo-headers-cuti-bersama', 'outlook', 'Hendra Wijaya Tanuwidjaja', 'hendra.tanuwidjaja@bpdbali.co.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 2143, T('''
        Terima kasih atas email Bapak/Ibu.

        Saya sedang cuti sampai dengan 28 Desember 2026. Untuk keperluan layanan perbankan, silakan menghubungi kantor cabang kami di (0365) 41xxx.

        Salam,
        Hendra
        '''), kind='auto_reply', req=False, ticket='PST-2026-02143',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2143), **F)

    C('f21-ooo-school-holiday-body-only', 'yahoo', 'Syarifah Aminah', 'syarifah.aminah@yahoo.co.id', 'Re: ' + SUBJ_RATE % 2144, T('''
        Assalamu'alaikum. Ini adalah pesan otomatis. Selama libur semester (21 Desember 2026 - 3 Januari 2027) email tidak dipantau. Mohon maaf atas keterlambatan balasan.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02144', **rp(2144), **F)

    C('f21-ooo-en-university-helpdesk-own-number', 'gmail', 'Leiden University Service Desk', 'servicedesk@leidenuniv.nl',
      'Re: ' + SUBJ_DATA % 2145 + ' [Ticket#LU-2026112541]', T('''
        Dear sender,

        Thank you for your message. It has been registered under number LU-2026112541. The mailbox you wrote to is no longer monitored by the recipient; your message has been forwarded to the Service Desk, which will respond within three working days.

        This message was generated automatically.

        Leiden University Service Desk
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02145',
      extra=[('Auto-Submitted', 'auto-generated')], **rp(2145), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f21-dsn-mailbox-full', dict(
        recipient='ketutwidnyana.dlbrw@icloud.com', original_message_id=OUR(2151, '7d21c0e5'),
        orig_subject=SUBJ_DATA % 2151, status='5.2.2',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients.\n\n'
              '<ketutwidnyana.dlbrw@icloud.com>: host mx01.mail.icloud.com said: 552 5.2.2\n'
              '    <ketutwidnyana.dlbrw@icloud.com>: user is over quota')), 'PST-2026-02151', **F)

    D('f21-dsn-exim-style', dict(
        recipient='boniwolo.riset@gmial.com', original_message_id=OUR(2152, '7d21c0e5'),
        orig_subject=SUBJ_ACK % 2152, status='5.1.2', mta='mx.bps.go.id',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mx.bps.go.id>',
           'subject': 'Mail delivery failed: returning message to sender',
           'text': ('This message was created automatically by mail delivery software.\n\n'
                    'A message that you sent could not be delivered to one or more of its\n'
                    'recipients. This is a permanent error. The following address(es) failed:\n\n'
                    '  boniwolo.riset@gmial.com\n'
                    '    Unrouteable address')}), 'PST-2026-02152', **F)
