# corpus_fresh38.py: a thirty-eighth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh38"; tickets PST-2026-038xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh38')

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

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 13.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 13:47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text, lang='id'):
        """Quote as Thunderbird writes it."""
        if lang == 'id':
            return 'Pada 25/11/2026 13.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)
        return 'On 25/11/2026 13:47, PST BPS Kabupaten Jembrana wrote:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 13.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def sq(text, subject):
        """Quote as the Samsung Email app writes it: a header block, the original not prefixed."""
        return ('\n-------- Pesan asli --------\nDari : PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Tanggal : 25/11/26 13.47 (GMT+08:00)\nKe : \nSubjek : %s\n\n%s' % (subject, text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '5d72c0e8'), references=[OUR(n, '5d72c0e8')])

    # ================================================================================================
    # New requests: students and academics, Indonesia
    # ================================================================================================
    C('f38-req-unram-sasak-shrimp-ponds-formal', 'gmail', 'Lalu Zulkarnaen', 'lalu.zulkarnaen21@gmail.com',
      'Permohonan Data Budidaya Tambak untuk Penyusunan Skripsi', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Kepada Yth.
        Bapak/Ibu Petugas Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana

        Dengan hormat,

        Perkenalkan, saya Lalu Muhammad Zulkarnaen Hadi, mahasiswa tingkat akhir Program Studi Agribisnis, Fakultas Pertanian, Universitas Mataram. Saat ini saya sedang menyusun skripsi berjudul "Analisis Kelayakan Usaha Tambak Udang Vaname Skala Kecil di Pesisir Selatan Bali".

        Sehubungan dengan hal tersebut, saya memohon bantuan data Kabupaten Jembrana sebagai berikut:
        1. luas areal tambak menurut kecamatan tahun 2019-2025;
        2. produksi udang budidaya tambak (ton) tahun 2019-2025;
        3. jumlah rumah tangga pembudidaya ikan/udang di tambak (ST2023).

        Demikian permohonan ini saya sampaikan. Atas perhatian dan bantuan Bapak/Ibu, saya ucapkan terima kasih.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Hormat saya,
        Lalu M. Zulkarnaen H.
        NIM C1G021077
        '''), name='Lalu Muhammad Zulkarnaen Hadi', inst='Universitas Mataram', **F)

    C('f38-req-undiksha-chat-iphone-abbrev', 'iphone', 'dwi', 'kdwipranata@icloud.com', 'tanya data', T('''
        pagi kak, sy Kadek Dwi Pranata mhs Undiksha smt 7 jurusan pendidikan geografi 🙏
        sy lg nyusun skripsi ttg alih fungsi lahan sawah di kec. mendoyo. boleh minta data luas lahan sawah per desa di kec mendoyo thn 2018-2025 ga kak? kalo tdk ada yg per desa, per kecamatan jg gpp
        makasih kak

        Dikirim dari iPhone saya
        '''), name='Kadek Dwi Pranata', inst='Undiksha', **F)

    C('f38-req-warmadewa-lecturer-signature-only-disclaimer', 'outlook', 'AA Ngurah Bagus Kesuma',
      'bagus.kesuma@warmadewa.ac.id', 'Permohonan data kelapa dan kakao rakyat', T('''
        Selamat siang Bapak/Ibu,

        Untuk bahan ajar mata kuliah Ekonomi Perkebunan sekaligus penelitian internal fakultas, kami membutuhkan data berikut untuk Kabupaten Jembrana:

        - luas areal, produksi dan jumlah petani kelapa dalam, kakao dan cengkeh per kecamatan, 2020-2025;
        - harga produsen kopra dan biji kakao kering per bulan, bila tersedia.

        Data dalam bentuk Excel akan sangat memudahkan kami. Terima kasih atas bantuan Bapak/Ibu.

        Salam hormat,

        Dr. Ir. Anak Agung Ngurah Bagus Kesuma, M.Si.
        Dosen Program Studi Agroteknologi
        Fakultas Pertanian
        Universitas Warmadewa
        Jl. Terompong No. 24, Tanjung Bungkak, Denpasar
        HP 0813-3800-xxxx

        --
        Email ini beserta lampirannya hanya ditujukan kepada penerima yang dimaksud dan dapat berisi informasi yang bersifat rahasia. Apabila Anda bukan penerima yang dimaksud, mohon segera memberi tahu pengirim dan menghapus email ini.
        '''), name='Dr. Ir. Anak Agung Ngurah Bagus Kesuma', inst='Universitas Warmadewa', **F)

    C('f38-req-ipb-batak-researcher-thunderbird-wrapped', 'thunderbird', 'Rotua Simanjuntak',
      'rotua.simanjuntak@apps.ipb.ac.id', 'Permohonan data perikanan tangkap Selat Bali', T('''
        Horas, salam sejahtera Bapak/Ibu,

        Saya Dr. Rotua Marlina Simanjuntak, peneliti pada Pusat Kajian Sumberdaya Pesisir dan Lautan, IPB University. Bersama tim, kami sedang menyusun kajian stok dan ketergantungan ekonomi nelayan terhadap ikan lemuru di Selat Bali, dengan lokasi utama Pengambengan (Jembrana) dan Muncar (Banyuwangi).

        Mohon kiranya kami dapat dibantu data jumlah rumah tangga perikanan tangkap per kecamatan hasil ST2023, jumlah perahu/kapal menurut ukuran GT, produksi perikanan tangkap menurut jenis ikan tahun 2015-2025, serta jumlah tenaga kerja industri pengolahan ikan di Kecamatan Negara.

        Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Salam,
        Rotua
        '''), name='Dr. Rotua Marlina Simanjuntak', inst='IPB University', wrap=72, **F)

    C('f38-req-ciputra-chinese-indonesian-codeswitch', 'gmail', 'Jessica Tanoto', 'jessica.tanoto@student.ciputra.ac.id',
      'Data for business plan - coffee shop di Negara', T('''
        Hai Kak/Bapak/Ibu BPS Jembrana!

        Aku Jessica Natalia Tanoto, mahasiswi International Business Management di Universitas Ciputra, Surabaya. Final project aku itu bikin business plan coffee shop di Kota Negara (my family is originally from Negara btw 😊), dan dosen minta market sizing pakai data resmi.

        Boleh minta data ini ga?
        - jumlah penduduk umur 15-39 tahun di Kecamatan Negara & Jembrana, 2025
        - rata-rata pengeluaran per kapita sebulan untuk makanan & minuman jadi, Kabupaten Jembrana
        - jumlah mahasiswa/pelajar SMA yang tinggal di Kecamatan Negara, kalau ada

        Thank you so much ya, sorry kalau bahasanya campur-campur hehe.

        Best,
        Jess
        '''), name='Jessica Natalia Tanoto', inst='Universitas Ciputra', **F)

    C('f38-req-vague-uinsa-student-asks-procedure', 'iphone', 'Rizky M', 'rizkymaulana.uinsa@gmail.com', 'mau tanya', T('''
        assalamualaikum kak, mau tanya dong 🙏
        sy Rizky Maulana mhs UIN Sunan Ampel Surabaya. kalo mau minta data buat skripsi gmn ya caranya kak? hrs pake surat dr kampus ga? trus bayar ga?
        makasih kak

        Dikirim dari iPhone saya
        '''), name='Rizky Maulana', inst='UIN Sunan Ampel Surabaya', req=False, **F)

    C('f38-req-unipa-papuan-master-religion', 'gmail', 'Yohanis Rumbiak', 'yohanisrumbiak.unipa@gmail.com',
      'Permohonan data penduduk menurut agama', T('''
        Shalom, salam sejahtera untuk kita semua.

        Bapak/Ibu yang saya hormati, saya Yohanis Rumbiak, mahasiswa Magister Sosiologi Universitas Papua di Manokwari, asli dari Biak. Tesis saya tentang kerukunan umat beragama di desa-desa multietnis, dan Kabupaten Jembrana saya pilih karena ada desa Hindu, Islam, Katolik dan Kristen yang hidup berdampingan sejak lama (Palasari, Blimbingsari, Loloan).

        Saya mohon bantuan data:
        1. jumlah penduduk menurut agama per kecamatan, tahun terbaru;
        2. jumlah tempat ibadah menurut jenis per desa (Podes 2024);
        3. jumlah penduduk menurut suku bangsa di Kabupaten Jembrana (SP2010), bila masih tersedia.

        Terima kasih banyak, Tuhan Yesus memberkati.

        Hormat saya,
        Yohanis R.
        '''), name='Yohanis Rumbiak', inst='Universitas Papua', **F)

    C('f38-req-unud-student-need-only-in-attached-letter', 'gmail', 'Surya Adnyana', 'suryaadnyana.feb@student.unud.ac.id',
      'Surat Permohonan Data Penelitian', T('''
        Om Swastyastu,

        Dengan hormat, saya Putu Gede Surya Adnyana, mahasiswa Program Studi Ekonomi Pembangunan, Fakultas Ekonomi dan Bisnis Universitas Udayana.

        Bersama email ini saya lampirkan surat permohonan data dari fakultas beserta foto kartu tanda mahasiswa saya. Rincian data yang saya butuhkan sudah tercantum pada lampiran surat tersebut. Mohon kiranya Bapak/Ibu berkenan membantu.

        Om Shanti, Shanti, Shanti Om

        Surya
        '''), name='Putu Gede Surya Adnyana', inst='Universitas Udayana',
      attachments=[PDF('Surat Permohonan Data FEB Unud - Rincian Kebutuhan Data.pdf'), JPG('KTM_Surya_Adnyana.jpg')], **F)

    C('f38-req-pnb-student-html-only-form', 'html_only', 'Ni Wayan Sintya Maharani', 'sintyamaharani02@gmail.com',
      'Permohonan data kunjungan wisatawan (tugas akhir)', T('''
        Selamat pagi Bapak/Ibu,

        Dengan hormat, berikut data diri dan permohonan saya:

        Nama                : Ni Wayan Sintya Maharani
        NIM                 : 2115834012
        Program Studi       : D4 Manajemen Bisnis Pariwisata
        Kampus              : Politeknik Negeri Bali
        No. WA              : 0857-3921-xxxx
        Data yang dimohon   : jumlah tamu hotel (mancanegara & domestik) per bulan dan tingkat penghunian kamar hotel di Kabupaten Jembrana tahun 2022-2025
        Keperluan           : tugas akhir tentang strategi promosi desa wisata di Jembrana

        Atas bantuannya saya ucapkan terima kasih.

        Salam,
        Sintya
        '''), name='Ni Wayan Sintya Maharani', inst='Politeknik Negeri Bali', **F)

    C('f38-req-unej-lowercase-no-name-iphone', 'iphone', 'a', 'ayyy.22@icloud.com', 'data ipm', T('''
        kak sy mhs unej mau minta data ipm kab jembrana thn 2015-2025 sama komponennya (umur harapan hidup, rata2 lama sekolah, pengeluaran) buat tugas akhir. mksh kak

        Dikirim dari iPhone saya
        '''), inst='unej', **F)

    # ================================================================================================
    # New requests: abroad
    # ================================================================================================
    C('f38-req-en-latin1-salamanca-accents', 'latin1', 'José Luis Fernández Ortega', 'jlfernandez@usal.es',
      'Request for tourism and employment statistics (Jembrana)', T('''
        Dear colleagues,

        I am José Luis Fernández Ortega, associate professor of Applied Economics at the Universidad de Salamanca, Spain. Together with a doctoral student I am studying how cruise-ship employment abroad shapes household spending in sending regions, comparing Galicia with western Bali.

        We would be very grateful for the following data for Jembrana:
        - population aged 15+ by main activity and by sex, 2015-2025 (Sakernas);
        - average monthly per capita expenditure, food and non-food, 2015-2025;
        - any figure on residents working overseas (SP2020 Long Form).

        Muchas gracias in advance, and kind regards,

        J. L. Fernández
        '''), name='José Luis Fernández Ortega', inst='Universidad de Salamanca', lang='en', **F)

    C('f38-req-en-monash-vietnamese-signature-only', 'gmail', 'Hang Nguyen', 'hang.nguyen@monash.edu',
      'Data request: internal migration and remittances, Jembrana Regency', T('''
        Dear Sir or Madam,

        I am a second-year PhD student working on internal migration between rural Bali and the tourist areas of Badung and Denpasar. My supervisor suggested that I contact your office directly.

        Could you kindly provide:
        1. recent in- and out-migration figures for Jembrana (SP2020 Long Form or SUPAS 2015);
        2. the number of households receiving transfers from members living elsewhere, if available;
        3. population by kecamatan, 2015-2025.

        Thank you very much for your time.

        Best regards,

        Nguyen Thi Thu Hang
        PhD Candidate | School of Social Sciences
        Monash University, Clayton VIC 3800, Australia
        '''), name='Nguyen Thi Thu Hang', inst='Monash University', lang='en', **F)

    C('f38-req-en-kobe-professor-outlook', 'outlook', 'Takeshi Moriyama', 'moriyama@people.kobe-u.ac.jp',
      'Request for agricultural census tables - Jembrana', T('''
        Dear BPS Jembrana,

        My name is Takeshi Moriyama, and I am a professor at the Graduate School of International Cooperation Studies, Kobe University, Japan. I have worked on Balinese subak irrigation since 2009 and am now preparing a follow-up survey in western Bali.

        I would like to request the following tables from the Agricultural Census 2023 for Jembrana:
        - number of farm households by size of land operated, by kecamatan;
        - number of farm households by age group of the main holder;
        - rice harvested area and production, 2013-2025.

        Thank you in advance for your kind help.

        Sincerely,
        Takeshi Moriyama
        Professor, Kobe University
        '''), name='Takeshi Moriyama', inst='Kobe University', lang='en', **F)

    C('f38-req-en-nz-embassy-development-officer', 'outlook', 'Hannah Whitcombe', 'hannah.whitcombe@mfat.govt.nz',
      'Jembrana - request for basic socio-economic indicators', T('''
        Dear PST team,

        I am writing from the New Zealand Embassy. Our development team is scoping a small grants round for coastal livelihoods in western Bali, and we would like to base our site selection on official figures.

        Could you please share, for Jembrana Regency:
        - poverty rate and number of poor people, 2019-2025;
        - open unemployment rate by sex, 2019-2025;
        - population and number of households by desa for the coastal kecamatan (Melaya, Negara, Jembrana, Mendoyo, Pekutatan).

        Many thanks for your help.

        Ngā mihi,
        Hannah Whitcombe
        Second Secretary (Development)
        New Zealand Embassy, Jakarta
        '''), name='Hannah Whitcombe', inst='New Zealand Embassy', lang='en', **F)

    C('f38-req-vague-en-retiree-what-is-available', 'gmail', 'Margaret Ellison', 'maggie.ellison52@gmail.com', 'Hello from Perth', T('''
        Hello there,

        My name is Margaret Ellison. My late husband and I used to visit Negara every year, and I am writing a little family memoir about those trips. I'm curious what sort of information your office keeps about the area and whether ordinary people like me can ask for it.

        Warm wishes,
        Maggie
        '''), name='Margaret Ellison', req=False, lang='en', **F)

    C('f38-req-latin1-austrian-winter-resident-no-inst', 'latin1', 'Günther Hofstätter', 'g.hofstaetter@aon.at',
      'Climate and population figures Jembrana', T('''
        Good morning,

        I am Günther Hofstätter, a retired engineer from Graz. For ten years I have spent the European winter near Medewi, and a few friends are asking me whether it is a good place to stay for longer periods.

        Could you tell me the average monthly rainfall and temperature in Jembrana over the last years, and how many foreign residents live in the regency?

        Thank you and greetings from Austria,
        G. Hofstätter
        '''), name='Günther Hofstätter', lang='en', **F)

    # ================================================================================================
    # New requests: schools
    # ================================================================================================
    C('f38-req-smk-teacher-android-plain', 'plain', 'made ayu kristina', 'madeayukristina85@gmail.com',
      'Mohon data tenaga kerja pariwisata', T('''
        Om Swastyastu Bapak/Ibu

        Saya Ni Made Ayu Kristina Dewi, guru produktif jurusan Perhotelan di SMK Negeri 3 Negara. Tahun depan kami mau memperluas tempat praktik kerja lapangan siswa, jadi kami perlu gambaran berapa banyak usaha akomodasi dan rumah makan di Jembrana per kecamatan, dan berapa tenaga kerjanya. Kalau ada data tahun 2024 atau 2025 sudah sangat membantu.

        Suksma

        Dikirim dari perangkat Android saya
        '''), name='Ni Made Ayu Kristina Dewi', inst='SMK Negeri 3 Negara', **F)

    C('f38-req-smp-school-paper-team-teacher-named', 'gmail', 'Kadek Ayu Lestari', 'kadekayu.lestari10@gmail.com',
      'Permohonan data untuk majalah sekolah', T('''
        Selamat siang Bapak/Ibu BPS,

        Kami dari tim jurnalistik SMP Negeri 2 Melaya. Nama saya Kadek Ayu Lestari, kelas IX B, pemimpin redaksi majalah dinding sekolah. Bulan depan kami membuat edisi khusus "Melaya dalam Angka" dengan bimbingan guru kami, Bapak Gede Widiada, S.Pd.

        Kami ingin meminta data:
        1. jumlah penduduk Kecamatan Melaya per desa tahun 2025;
        2. jumlah sekolah SD dan SMP di Kecamatan Melaya;
        3. hasil pertanian terbanyak di Kecamatan Melaya.

        Terima kasih banyak Bapak/Ibu 🙏

        Salam,
        Kadek Ayu
        '''), name='Kadek Ayu Lestari', inst='SMP Negeri 2 Melaya', **F)

    C('f38-req-sd-principal-html-only-letter', 'html_only', 'SDN 3 Batuagung', 'sdn3batuagung@gmail.com',
      'Permohonan data anak usia sekolah', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di -
             Negara

        Dengan hormat,

        Kami dari SD Negeri 3 Batuagung bermaksud menyusun proyeksi jumlah peserta didik baru untuk lima tahun ke depan. Sehubungan dengan itu kami mohon bantuan data jumlah penduduk usia 5-7 tahun di Desa Batuagung dan desa-desa sekitarnya (Dauhwaru, Sangkaragung) tahun 2022-2025.

        Demikian permohonan kami, atas perhatiannya kami ucapkan terima kasih.

        Batuagung, 23 November 2026
        Kepala SD Negeri 3 Batuagung,

        I Nengah Sudarsana, S.Pd.SD.
        NIP 19700812 199303 1 009
        '''), name='I Nengah Sudarsana', inst='SD Negeri 3 Batuagung', **F)

    # ================================================================================================
    # New requests: government, village, health
    # ================================================================================================
    C('f38-req-dinkes-staff-forwards-head-letter', 'outlook', 'Komang Ayu Widiastuti', 'komangayu.dinkes@jembranakab.go.id',
      'FW: Permohonan Data Dinas Kesehatan', T('''
        Selamat pagi Bapak/Ibu PST,

        Atas disposisi Kepala Dinas, bersama ini saya teruskan surat permohonan data di bawah. Saya Komang Ayu Widiastuti, staf Subbagian Perencanaan dan Pelaporan pada Dinas Kesehatan Kabupaten Jembrana; mohon data dikirimkan ke alamat email saya ini.

        Terima kasih.

        Salam,
        Komang Ayu

        ________________________________
        From: Kepala Dinas Kesehatan <dinkes@jembranakab.go.id>
        Sent: Friday, November 20, 2026 3:12 PM
        To: Komang Ayu Widiastuti <komangayu.dinkes@jembranakab.go.id>
        Subject: Permohonan Data Dinas Kesehatan

        Nomor    : 400.7/1123/Dinkes/2026
        Lampiran : -
        Perihal  : Permohonan Data

        Yth. Kepala BPS Kabupaten Jembrana
        di Negara

        Dalam rangka penyusunan Profil Kesehatan Kabupaten Jembrana Tahun 2026, kami mohon bantuan data:
        1. jumlah penduduk menurut kelompok umur dan jenis kelamin per kecamatan, 2025;
        2. persentase rumah tangga dengan akses sanitasi layak dan air minum layak, 2021-2025;
        3. persentase penduduk yang memiliki jaminan kesehatan, 2021-2025.

        Demikian disampaikan, atas kerja samanya diucapkan terima kasih.

        Kepala Dinas Kesehatan Kabupaten Jembrana,

        dr. I Gusti Agung Putu Arsana, M.Kes.
        '''), name='Komang Ayu Widiastuti', inst='Dinas Kesehatan Kabupaten Jembrana', **F)

    C('f38-req-perbekel-tuwed-numbered-letter-caps', 'gmail', 'Desa Tuwed', 'pemdes.tuwed@gmail.com',
      'Permohonan Data untuk Penyusunan RPJMDes', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        KECAMATAN MELAYA
        PERBEKEL TUWED

        Nomor    : 400.14/87/Ds.Twd/XI/2026
        Sifat    : Biasa
        Lampiran : -
        Perihal  : Permohonan Data

        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di Negara

        Om Swastyastu,

        Dalam rangka penyusunan Rencana Pembangunan Jangka Menengah Desa (RPJMDes) 2027-2032, Pemerintah Desa Tuwed memohon bantuan data sebagai berikut:
        1. jumlah penduduk Desa Tuwed menurut kelompok umur dan jenis kelamin, 2020-2025;
        2. jumlah rumah tangga usaha pertanian Desa Tuwed menurut subsektor (ST2023);
        3. data Potensi Desa (Podes) 2024 untuk Desa Tuwed.

        Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Tuwed, 19 November 2026
        Perbekel Tuwed,

        ttd

        I PUTU WARDANA
        '''), name='I PUTU WARDANA', inst='Pemerintah Desa Tuwed', **F)

    C('f38-req-bappeda-planner-consultation-targets', 'outlook', 'Ni Putu Ayu Sekarini', 'ayusekarini@jembranakab.go.id',
      'Konsultasi penetapan target indikator makro RPJMD', T('''
        Yth. Bapak/Ibu Statistisi BPS Kabupaten Jembrana,

        Saya Ni Putu Ayu Sekarini, Perencana Ahli Pertama pada Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana. Kami sedang melakukan reviu target indikator makro dalam dokumen RPJMD 2025-2029 dan ingin berkonsultasi mengenai:

        1. metode proyeksi pertumbuhan ekonomi dan tingkat kemiskinan yang wajar untuk target tahunan;
        2. penggunaan angka IPM metode baru dan perbedaannya dengan angka lama dalam dokumen perencanaan;
        3. sumber data resmi untuk indikator Gini Ratio tingkat kabupaten.

        Kami dapat hadir ke kantor BPS pada hari Selasa atau Kamis minggu depan, sekitar pukul 10.00 WITA.

        Atas perhatiannya kami ucapkan terima kasih.

        Hormat saya,
        Ni Putu Ayu Sekarini, S.E., M.Ec.Dev.
        NIP 19940502 201903 2 011
        '''), name='Ni Putu Ayu Sekarini', inst='Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana', **F)

    C('f38-req-puskesmas-midwife-bd-title-yahoo', 'yahoo', 'sri utami', 'sriutami.bidan@yahoo.co.id',
      'Permohonan data ibu hamil dan balita', T('''
        Selamat siang Bapak/Ibu.

        Perkenalkan saya Bd. Ni Luh Gede Sri Utami, S.Tr.Keb., bidan koordinator di UPTD Puskesmas Mendoyo I. Untuk perencanaan sasaran program KIA tahun 2027 kami memerlukan data jumlah perempuan usia 15-49 tahun dan jumlah balita per desa di wilayah Kecamatan Mendoyo, tahun 2025, serta angka kelahiran kasar Kabupaten Jembrana.

        Terima kasih atas bantuannya.

        Salam sehat,
        Sri Utami

        Dikirim dari Yahoo Mail di Android
        '''), name='Bd. Ni Luh Gede Sri Utami', inst='UPTD Puskesmas Mendoyo I', **F)

    C('f38-req-kodim-officer-rank-food-security', 'gmail', 'Sugeng Riyadi', 'pasiter1617@gmail.com',
      'Mohon data ketahanan pangan wilayah', T('''
        Selamat pagi, izin Bapak/Ibu.

        Izin memperkenalkan diri, saya Kapten Inf Sugeng Riyadi, Pasiter Kodim 1617/Jembrana. Dalam rangka mendukung program ketahanan pangan dan pendampingan lahan tidur bersama Babinsa, kami memohon data:

        1. luas panen, produksi dan produktivitas padi serta jagung per kecamatan, 2021-2025;
        2. luas lahan sawah dan lahan bukan sawah per kecamatan;
        3. jumlah rumah tangga petani gurem per kecamatan (ST2023).

        Demikian, atas bantuannya diucapkan terima kasih.

        Salam,
        Sugeng Riyadi
        Kapten Inf NRP 11080023xxxx
        '''), name='Kapten Inf Sugeng Riyadi', inst='Kodim 1617/Jembrana', **F)

    C('f38-req-ministry-data-analyst-nasution', 'outlook', 'Arief Budiman Nasution', 'arief.nasution@kemendesa.go.id',
      'Permohonan data desa untuk validasi indeks desa', T('''
        Yth. Pimpinan BPS Kabupaten Jembrana,

        Dengan hormat, saya Arief Budiman Nasution, analis data pada Kementerian Desa dan Pembangunan Daerah Tertinggal. Saat ini kami melakukan validasi lapangan Indeks Desa tahun 2026 untuk 12 desa sampel di Provinsi Bali, empat di antaranya berada di Kabupaten Jembrana (Desa Blimbingsari, Desa Ekasari, Desa Pohsanten, dan Desa Yehembang Kauh).

        Untuk keperluan tersebut kami mohon bantuan data Podes 2024 untuk keempat desa tersebut, khususnya variabel sarana pendidikan, sarana kesehatan, akses jalan, dan sumber penghasilan utama penduduk.

        Atas perhatian dan kerja sama Bapak/Ibu, kami sampaikan terima kasih.

        Salam,
        Arief Budiman Nasution
        Pusat Data dan Informasi
        Kementerian Desa dan Pembangunan Daerah Tertinggal
        Jl. TMP Kalibata No. 17, Jakarta Selatan
        '''), name='Arief Budiman Nasution', inst='Kementerian Desa dan Pembangunan Daerah Tertinggal', **F)

    C('f38-req-religious-court-clerk-hajjah', 'gmail', 'Nurul Hidayah', 'nurulhidayah.pangr@gmail.com',
      'Permohonan data status perkawinan penduduk', T('''
        Assalamualaikum warahmatullahi wabarakatuh.

        Yth. Bapak/Ibu Petugas PST,

        Saya Hj. Nurul Hidayah, S.H.I., panitera muda hukum di Pengadilan Agama Negara. Dalam rangka penyusunan laporan tahunan dan kajian tren perceraian di wilayah hukum kami, kami memerlukan data jumlah penduduk berumur 10 tahun ke atas menurut status perkawinan dan jenis kelamin per kecamatan di Kabupaten Jembrana, tahun 2020 dan 2025.

        Demikian, atas bantuannya kami ucapkan terima kasih.

        Wassalamualaikum warahmatullahi wabarakatuh.
        '''), name='Hj. Nurul Hidayah', inst='Pengadilan Agama Negara', **F)

    C('f38-req-private-hospital-marketing-doctor-disclaimer', 'outlook', 'dr. Ketut Ary Wibawa', 'ary.wibawa@rsukertahusada.co.id',
      'Permohonan data kependudukan untuk studi pengembangan layanan', T('''
        Selamat siang Bapak/Ibu,

        Saya dr. Ketut Ary Wibawa, Manajer Pemasaran dan Pengembangan Layanan di RSU Kerta Husada Negara. Manajemen kami berencana membuka poliklinik geriatri dan layanan hemodialisis pada tahun 2027 dan memerlukan data:

        a. jumlah penduduk usia 60 tahun ke atas per kecamatan, 2023-2025;
        b. proyeksi penduduk lansia Kabupaten Jembrana sampai 2035;
        c. persentase penduduk yang mempunyai keluhan kesehatan menurut kelompok umur (Susenas).

        Terima kasih atas kerja samanya.

        Salam sehat,
        dr. Ketut Ary Wibawa
        Manajer Pemasaran & Pengembangan Layanan
        RSU Kerta Husada Negara
        Jl. Ngurah Rai No. 88, Negara, Jembrana

        CONFIDENTIALITY NOTICE: The information contained in this e-mail is intended only for the named recipient and may be privileged. Any unauthorised use, disclosure or copying is strictly prohibited.
        '''), name='dr. Ketut Ary Wibawa', inst='RSU Kerta Husada Negara', **F)

    C('f38-req-office-forwards-mail-sent-to-other-address', 'gmail', 'BPS Kabupaten Jembrana', 'bps5101@bps.go.id',
      'Fwd: Mohon data pekerja migran untuk skripsi', T('''
        Diteruskan ke PST, mohon ditindaklanjuti.

        ---------- Forwarded message ---------
        From: Anak Agung Istri Mas Pramesti <gungistripramesti@gmail.com>
        Date: Sun, Nov 22, 2026 at 8:03 PM
        Subject: Mohon data pekerja migran untuk skripsi
        To: <bps5101@bps.go.id>


        Om Swastyastu Bapak/Ibu,

        Saya Anak Agung Istri Mas Pramesti, mahasiswi Program Studi Sosiologi Universitas Pendidikan Nasional, Denpasar. Skripsi saya membahas peran perempuan dalam keluarga pekerja kapal pesiar di Kecamatan Mendoyo. Mohon bantuan data jumlah penduduk menurut status pekerjaan dan jenis kelamin di Kecamatan Mendoyo, serta data pekerja migran asal Jembrana bila tersedia.

        Suksma.
        Gung Istri
        '''), name='Anak Agung Istri Mas Pramesti', inst='Universitas Pendidikan Nasional', **F)

    # ================================================================================================
    # New requests: companies and media
    # ================================================================================================
    C('f38-req-bpr-credit-analyst-english-mix-disclaimer', 'outlook', 'Yogi Pratama Halim', 'yogi.halim@bprartanadi.co.id',
      'Request data UMKM & PDRB untuk credit risk assessment', T('''
        Dear Bapak/Ibu PST BPS Jembrana,

        Perkenalkan, saya Yogi Pratama Halim, Credit Risk Analyst di PT BPR Arta Nadi Jembrana. Kami sedang melakukan annual review portofolio kredit UMKM dan butuh beberapa data makro sebagai benchmark:

        1. PDRB ADHK menurut lapangan usaha dan growth-nya, 2019-2025;
        2. jumlah usaha mikro dan kecil per kecamatan, latest available;
        3. inflasi atau IHK yang paling dekat dengan Jembrana (Denpasar/Singaraja), 2023-2025.

        Thank you in advance atas bantuannya.

        Best regards,
        Yogi Pratama Halim
        Credit Risk Analyst
        PT BPR Arta Nadi Jembrana
        Jl. Udayana No. 17, Negara

        PT BPR Arta Nadi Jembrana berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS. Email ini bersifat rahasia dan hanya ditujukan untuk penerima yang disebutkan di atas.
        '''), name='Yogi Pratama Halim', inst='PT BPR Arta Nadi Jembrana', **F)

    C('f38-req-agri-drone-startup-docx-profile', 'gmail', 'Kevin Aditya Wirawan', 'kevin@taniterbang.id',
      'Partnership inquiry + data request: sawah & petani Jembrana', T('''
        Halo tim PST BPS Jembrana,

        Saya Kevin Aditya Wirawan, Head of Partnerships di PT Tani Terbang Nusantara, startup penyedia jasa penyemprotan dan pemetaan lahan dengan drone. Kami sedang siapkan pilot project bareng beberapa subak di Jembrana untuk musim tanam 2027.

        Untuk sizing pilot-nya, kami butuh:
        - luas baku sawah per kecamatan, 2023-2025;
        - jumlah rumah tangga usaha tani padi per kecamatan (ST2023);
        - rata-rata luas lahan yang dikuasai per rumah tangga petani.

        Company profile kami saya lampirkan, sekadar untuk perkenalan. Thanks banyak!

        Cheers,
        Kevin
        --
        Kevin Aditya Wirawan | Head of Partnerships
        PT Tani Terbang Nusantara
        www.taniterbang.id | +62 811-3977-xxxx
        '''), name='Kevin Aditya Wirawan', inst='PT Tani Terbang Nusantara',
      attachments=[DOCX('Company Profile PT Tani Terbang Nusantara 2026.docx')], **F)

    C('f38-req-rice-mill-chinese-indonesian-yahoo', 'yahoo', 'Hendra Tjioe', 'hendratjioe.srj@yahoo.com',
      'minta data produksi gabah', T('''
        Selamat pagi Bpk/Ibu,

        Saya Hendra Gunawan Tjioe, pemilik UD Sumber Rejeki, penggilingan padi di Desa Pohsanten, Mendoyo. Kami berencana menambah mesin pengering gabah dan bank minta data pendukung. Mohon dibantu data produksi padi per kecamatan di Jembrana 5 tahun terakhir dan harga gabah kering panen di tingkat petani per bulan tahun 2025.

        Terima kasih banyak.

        Salam,
        Koh Hendra
        UD Sumber Rejeki
        '''), name='Hendra Gunawan Tjioe', inst='UD Sumber Rejeki', **F)

    C('f38-req-online-media-journalist-iphone', 'iphone', 'Dayu Wulan', 'dayuwulan.bkp@gmail.com',
      'Permintaan data untuk berita', T('''
        Selamat siang Bapak/Ibu PST,

        Saya Ida Ayu Komang Sri Wulandari, wartawan media daring Bali Kulon Post. Saya sedang menyiapkan laporan akhir tahun soal kemiskinan dan pengangguran di Jembrana. Boleh minta data persentase penduduk miskin dan tingkat pengangguran terbuka Jembrana 2020-2025, sekaligus perbandingannya dengan kabupaten lain di Bali?

        Kalau berkenan, saya juga ingin wawancara singkat dengan statistisi untuk kutipan berita.

        Terima kasih,
        Dayu Wulan

        Dikirim dari iPhone saya
        '''), name='Ida Ayu Komang Sri Wulandari', inst='Bali Kulon Post', **F)

    C('f38-req-amdal-consultant-ir-title-docx', 'gmail', 'Boni Sogen', 'bonisogen.cbl@gmail.com',
      'Permohonan data rona awal sosial ekonomi - rencana perluasan dermaga', T('''
        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Dengan hormat, saya Ir. Bonifasius Laka Sogen, M.T., tenaga ahli sosial ekonomi pada CV Cipta Bumi Lestari Konsultan. Kami ditunjuk menyusun dokumen AMDAL rencana perluasan dermaga perikanan di Pengambengan, dan memerlukan data rona lingkungan awal aspek sosial ekonomi, antara lain:

        1. jumlah dan kepadatan penduduk Desa Pengambengan, Desa Tegal Badeng Barat dan Desa Cupel, 2021-2025;
        2. mata pencaharian penduduk di ketiga desa tersebut;
        3. PDRB sektor perikanan Kabupaten Jembrana, 2019-2025.

        Rincian selengkapnya ada pada daftar kebutuhan data terlampir.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Salam hormat,
        Boni Sogen
        CV Cipta Bumi Lestari Konsultan
        Kupang - Denpasar
        '''), name='Ir. Bonifasius Laka Sogen', inst='CV Cipta Bumi Lestari Konsultan',
      attachments=[DOCX('Daftar Kebutuhan Data Rona Awal - Dermaga Pengambengan.docx')], **F)

    # ================================================================================================
    # New requests: NGOs, cooperatives, farmers, community
    # ================================================================================================
    C('f38-req-coastal-ngo-gusti-ayu-program-officer', 'gmail', 'Mirah Ratnadi', 'mirah@lestaripesisirbarat.org',
      'Permohonan data desa pesisir', T('''
        Om Swastyastu,

        Saya Gusti Ayu Putu Mirah Ratnadi, program officer di Yayasan Lestari Pesisir Barat, lembaga nirlaba yang mendampingi kelompok nelayan dan perempuan pengolah ikan di pesisir Jembrana. Kami sedang memperbarui data dasar wilayah dampingan dan memerlukan:

        - jumlah penduduk dan rumah tangga di Desa Perancak, Desa Budeng, Desa Air Kuning dan Desa Yeh Kuning, 2023-2025;
        - jumlah rumah tangga yang sumber penghasilan utamanya perikanan di desa-desa tersebut (Podes 2024);
        - persentase penduduk miskin Kabupaten Jembrana, 2020-2025.

        Suksma atas bantuannya.

        Salam lestari,
        Mirah
        Yayasan Lestari Pesisir Barat
        '''), name='Gusti Ayu Putu Mirah Ratnadi', inst='Yayasan Lestari Pesisir Barat', **F)

    C('f38-req-fishers-coop-haji-yahoo', 'yahoo', 'ksu minabahari', 'ksuminabahari@yahoo.co.id',
      'Mohon data produksi ikan', T('''
        Assalamualaikum Wr. Wb.

        Yth. Bapak/Ibu BPS Jembrana, saya H. Mohammad Rofiq, ketua Koperasi Serba Usaha Mina Bahari Sejahtera. Koperasi kami yang berkedudukan di Pengambengan mau mengajukan proposal pembangunan cold storage ke kementerian, dan diminta melampirkan data produksi ikan yang didaratkan di Pengambengan per bulan tahun 2023-2025 serta jumlah nelayan di Kecamatan Negara.

        Mohon dibantu, terima kasih.

        Wassalamualaikum Wr. Wb.

        Dikirim dari Yahoo Mail di Android
        '''), name='H. Mohammad Rofiq', inst='Koperasi Serba Usaha Mina Bahari Sejahtera', **F)

    C('f38-req-pekaseh-subak-plain-balinese-mix', 'plain', 'Nyoman Sutama', 'nyomansutama.tgs@gmail.com',
      'Nunas data subak', T('''
        Om Swastyastu,

        Tiang I Nyoman Sutama, pekaseh di Subak Tegal Sari Kelod. Subak tiang wenten ring Desa Batuagung. Tiang nunas data luas sawah lan produksi padi ring Kecamatan Jembrana tahun 2020 ngantos 2025, antuk bahan paruman subak lan usulan perbaikan saluran irigasi ke dinas.

        Suksma.

        Dikirim dari perangkat Android saya
        '''), name='I Nyoman Sutama', inst='Subak Tegal Sari Kelod', **F)

    C('f38-req-women-fishers-forum-html-only', 'html_only', 'Forum Perempuan Nelayan', 'fpnpjembrana@gmail.com',
      'Permohonan data perempuan pesisir', T('''
        Assalamualaikum, Om Swastyastu, salam sejahtera.

        Yth. Bapak/Ibu Pelayanan Statistik Terpadu,

        Saya Siti Khotijah, ketua Forum Perempuan Nelayan Pesisir Jembrana. Forum kami beranggotakan ibu-ibu istri nelayan, bakul ikan dan pengolah ikan dari lima desa. Untuk bahan audiensi dengan DPRD, kami mohon data:

        1. jumlah perempuan yang bekerja di sektor perikanan di Kabupaten Jembrana;
        2. jumlah rumah tangga yang dikepalai perempuan per kecamatan;
        3. rata-rata upah/pendapatan pekerja perempuan di Jembrana.

        Terima kasih atas bantuannya.

        Hormat kami,
        Siti Khotijah
        Ketua Forum Perempuan Nelayan Pesisir Jembrana
        '''), name='Siti Khotijah', inst='Forum Perempuan Nelayan Pesisir Jembrana', **F)

    # ================================================================================================
    # New requests: identity or need missing
    # ================================================================================================
    C('f38-req-no-intro-no-signature-tourists', 'gmail', 'Dewi Anggraeni', 'dewianggraeni.mdw@gmail.com',
      'Data wisatawan', T('''
        Permisi, mohon info jumlah wisatawan yang menginap di hotel di Kabupaten Jembrana per bulan tahun 2025, dipisah mancanegara dan domestik. Terima kasih.
        '''), **F)

    C('f38-req-farmer-name-only-plain', 'plain', 'made sukerta', 'madesukerta1968@gmail.com', 'harga gabah', T('''
        Selamat pagi pak bu

        Saya Made Sukerta, petani padi di Desa Yehembang Kangin. Saya mau tau harga gabah kering panen di tingkat petani di Jembrana per bulan tahun ini sama tahun lalu, biar saya tidak dibohongi tengkulak waktu panen nanti. Terima kasih

        Dikirim dari perangkat Android saya
        '''), name='Made Sukerta', **F)

    C('f38-req-vague-no-intro-asks-procedure', 'gmail', 'rahmat hidayat', 'rahmathdyt91@gmail.com', 'Permohonan data', T('''
        Selamat siang,

        Saya mau minta data untuk penelitian. Bagaimana prosedurnya dan apa saja syarat yang harus disiapkan?

        Terima kasih.
        '''), req=False, **F)

    C('f38-req-karang-taruna-no-person-name', 'gmail', 'Karang Taruna Eka Dharma', 'kt.ekadharma.kaliakah@gmail.com',
      'Mohon data pemuda Desa Kaliakah', T('''
        Om Swastyastu,

        Kami dari Karang Taruna Eka Dharma Desa Kaliakah akan menyelenggarakan pelatihan kewirausahaan untuk pemuda pada awal tahun 2027. Sebagai bahan proposal ke pemerintah kabupaten, kami mohon data jumlah penduduk usia 16-30 tahun menurut jenis kelamin di Desa Kaliakah, dan tingkat pengangguran terbuka usia muda di Kabupaten Jembrana.

        Suksma.

        Salam pemuda,
        Pengurus Karang Taruna Eka Dharma Desa Kaliakah
        '''), inst='Karang Taruna Eka Dharma Desa Kaliakah', **F)

    C('f38-req-form-instansi-pribadi-yahoo', 'yahoo', 'agus supriyadi', 'agussupri_ngr@yahoo.com', 'permintaan data', T('''
        Selamat sore,

        Nama      : Agus Supriyadi
        Instansi  : Pribadi
        Keperluan : rencana usaha toko bangunan
        Data      : jumlah rumah tangga dan jumlah bangunan tempat tinggal per desa di Kecamatan Melaya, tahun terbaru

        Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), name='Agus Supriyadi', **F)

    C('f38-req-freelance-writer-no-inst-iphone', 'iphone', 'Wayan Arta', 'wayanartawiguna@icloud.com', 'data buat artikel', T('''
        Halo Bapak/Ibu, selamat sore.

        Aku Wayan Arta Wiguna, penulis lepas, lagi nulis artikel panjang soal anak muda Jembrana yang merantau kerja ke kapal pesiar. Boleh minta data jumlah penduduk usia 20-34 tahun menurut jenis kelamin di Jembrana 2015-2025 dan persentase pengangguran usia muda? Makasih banyak!

        Sent from my iPhone
        '''), name='Wayan Arta Wiguna', **F)

    C('f38-req-need-only-in-subject-name-signature', 'gmail', 'Budi Hartono', 'budihartono.ngr@gmail.com',
      'Permohonan data jumlah penduduk menurut agama Kecamatan Negara 2025', T('''
        Selamat siang, mohon dibantu ya Pak/Bu. Terima kasih.

        Salam,
        Budi Hartono
        '''), name='Budi Hartono', **F)

    C('f38-req-vague-elderly-foundation-cooperation', 'gmail', 'Novi Antari', 'noviantari.ybl@gmail.com',
      'Mohon informasi', T('''
        Om Swastyastu Bapak/Ibu,

        Saya Ni Kadek Novi Antari dari Yayasan Bhakti Lansia Jembrana. Yayasan kami baru berdiri dan ingin menjajaki kerja sama dengan BPS. Apakah kira-kira BPS bisa membantu kami? Kalau bisa, kami ingin tahu harus menghubungi siapa.

        Suksma.
        Novi
        '''), name='Ni Kadek Novi Antari', inst='Yayasan Bhakti Lansia Jembrana', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f38-reply-identity-after-ask-hotel-staff', 'gmail', 'Dewi Anggraeni', 'dewianggraeni.mdw@gmail.com',
      'Re: ' + SUBJ_ASK % 3811, T('''
        Selamat siang,

        Mohon maaf sebelumnya. Nama saya Dewi Anggraeni, staf sales & marketing di Hotel Sunari Medewi. Data wisatawan tersebut untuk bahan rencana pemasaran hotel tahun depan.

        Terima kasih.
        '''), kind='reply', name='Dewi Anggraeni', inst='Hotel Sunari Medewi', req=False, ticket='PST-2026-03811',
      quote=gq(ASK, 'id'), **rp(3811), **F)

    C('f38-reply-iphone-thanks-no-name', 'iphone', 'dwi', 'kdwipranata@icloud.com', 'Re: ' + SUBJ_DATA % 3812, T('''
        udh masuk kak filenya, makasih bnyk ya kak 🙏🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-03812', quote=iq(DELIV_ID % 3812), **rp(3812), **F)

    C('f38-reply-outlook-thanks-asks-ipm-components', 'outlook', 'Ni Putu Ayu Sekarini', 'ayusekarini@jembranakab.go.id',
      'RE: ' + SUBJ_DATA % 3813, T('''
        Selamat siang Bapak/Ibu,

        Terima kasih atas data dan penjelasan pada sesi konsultasi kemarin. Sebagai tambahan, mohon kami dapat dikirimi data IPM Kabupaten Jembrana beserta komponennya (UHH, HLS, RLS, pengeluaran per kapita) tahun 2020-2025, untuk lampiran dokumen reviu RPJMD.

        Salam,
        Ayu Sekarini
        Bappeda Kabupaten Jembrana
        '''), kind='reply', name='Ayu Sekarini', inst='Bappeda Kabupaten Jembrana', req=True, ticket='PST-2026-03813',
      quote=oq(DELIV_ID % 3813, 'Ni Putu Ayu Sekarini <ayusekarini@jembranakab.go.id>', SUBJ_DATA % 3813, 'id'),
      **rp(3813), **F)

    C('f38-reply-yahoo-status-question-haji', 'yahoo', 'ksu minabahari', 'ksuminabahari@yahoo.co.id',
      'Re: ' + SUBJ_ACK % 3814, T('''
        Selamat siang Pak/Bu, mau menanyakan apakah data produksi ikan yang kami minta sudah bisa dikirim? Proposal harus masuk akhir bulan ini. Terima kasih.

        H. Mohammad Rofiq
        '''), kind='reply', name='H. Mohammad Rofiq', req=False, ticket='PST-2026-03814',
      quote=yq(ACK % (3814, 'H. Mohammad Rofiq', 'Koperasi Serba Usaha Mina Bahari Sejahtera',
                      'Produksi ikan didaratkan di Pengambengan per bulan 2023-2025; jumlah nelayan Kec. Negara')),
      **rp(3814), **F)

    C('f38-reply-thunderbird-bottom-completes-identity', 'thunderbird', 'Gregorius Bere Mau', 'gberemau@unwira.ac.id',
      'Re: ' + SUBJ_ASK % 3815, tq(ASK) + '\n\n' + T('''
        Selamat sore,

        Baik, berikut identitas saya. Nama saya Gregorius Bere Mau, dosen Program Studi Manajemen di Universitas Katolik Widya Mandira, Kupang. Data yang saya minta akan dipakai untuk penelitian perbandingan usaha tenun ikat di NTT dan Bali.

        Salam,
        Gregorius
        '''), kind='reply', name='Gregorius Bere Mau', inst='Universitas Katolik Widya Mandira', req=False,
      ticket='PST-2026-03815', **rp(3815), **F)

    C('f38-reply-new-mail-cover-letter-ticket-in-body', 'gmail', 'Yohanis Rumbiak', 'yohanisrumbiak.unipa@gmail.com',
      'Surat pengantar dari program studi', T('''
        Selamat pagi Bapak/Ibu,

        Sesuai permintaan petugas, bersama ini saya kirimkan surat pengantar dari Program Studi Magister Sosiologi untuk permohonan data saya dengan nomor tiket PST-2026-03816. Mohon maaf baru dapat saya kirim hari ini.

        Terima kasih.

        Salam hormat,
        Yohanis Rumbiak
        Universitas Papua
        '''), kind='reply', name='Yohanis Rumbiak', inst='Universitas Papua', req=False, ticket='PST-2026-03816',
      attachments=[PDF('Surat Pengantar Magister Sosiologi UNIPA - Yohanis Rumbiak.pdf')], **F)

    C('f38-reply-en-definition-question-and-earlier-year', 'gmail', 'Hang Nguyen', 'hang.nguyen@monash.edu',
      'Re: ' + SUBJ_DATA % 3817, T('''
        Dear PST team,

        Thank you very much for the tables. I have a follow-up question: in the migration table, does "recent migrant" refer to people whose residence five years ago was in another regency, or in another province? And would it be possible to receive the same table from SUPAS 2015, so that I can compare the two periods?

        With gratitude,
        Thu Hang
        '''), kind='reply', name='Thu Hang', req=True, lang='en', ticket='PST-2026-03817',
      quote=gq(DELIV_EN % 3817, when='Wed, Nov 25, 2026 at 1:47 PM'), **rp(3817), **F)

    C('f38-reply-android-balinese-thanks-pekaseh', 'plain', 'Nyoman Sutama', 'nyomansutama.tgs@gmail.com',
      'Re: ' + SUBJ_DATA % 3818, T('''
        Om Swastyastu. Suksma pisan, datane sampun katampi. Jagi anggen tiang ring paruman subak minggu ngajeng.

        Nyoman Sutama

        Dikirim dari perangkat Android saya
        ''') + '\n\n' + aq(DELIV_ID % 3818), kind='reply', name='Nyoman Sutama', req=False, ticket='PST-2026-03818',
      **rp(3818), **F)

    C('f38-reply-html-only-asks-more-data-ngo', 'html_only', 'Mirah Ratnadi', 'mirah@lestaripesisirbarat.org',
      'Re: ' + SUBJ_DATA % 3819, T('''
        Om Swastyastu,

        Suksma, datanya sudah kami terima dan sangat membantu. Kalau boleh, kami minta tambahan data jumlah perahu motor tempel dan perahu tanpa motor per desa di Kecamatan Negara dan Kecamatan Jembrana, tahun terbaru.

        Salam lestari,
        Mirah
        Yayasan Lestari Pesisir Barat
        '''), kind='reply', name='Mirah', inst='Yayasan Lestari Pesisir Barat', req=True, ticket='PST-2026-03819',
      quote=gq(DELIV_ID % 3819, 'id'), **rp(3819), **F)

    # A long chain: our delivery quotes the journalist's earlier reply, which quotes our acknowledgement.
    ACK_3820 = ACK % (3820, 'Ida Ayu Komang Sri Wulandari', 'Bali Kulon Post',
                      'Persentase penduduk miskin dan TPT Jembrana 2020-2025; wawancara statistisi')
    EARLIER_3820 = ('Baik, terima kasih. Mohon datanya dikirim dalam format Excel bila memungkinkan, dan untuk '
                    'wawancara saya bisa kapan saja minggu ini.\n\nDayu Wulan\n\n'
                    'Pada tanggal Sel, 17 Nov 2026 pukul 10.21 PST BPS Kabupaten Jembrana <\npst5101@bps.go.id> '
                    'menulis:\n\n' + pre(ACK_3820))
    DATA_3820 = ('Yth. Ibu Ida Ayu Komang Sri Wulandari,\n\nBersama ini kami kirimkan data yang Ibu minta (tiket '
                 'PST-2026-03820) dalam format Excel. Untuk wawancara, statistisi kami dapat ditemui pada hari Kamis '
                 'pukul 10.00 WITA.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana\n\n'
                 'Pada tanggal Sel, 17 Nov 2026 pukul 11.05 Dayu Wulan <dayuwulan.bkp@gmail.com> menulis:\n\n'
                 + pre(EARLIER_3820))
    C('f38-reply-gmail-long-chain-thanks-forwarded', 'gmail', 'Dayu Wulan', 'dayuwulan.bkp@gmail.com',
      'Re: ' + SUBJ_DATA % 3820, T('''
        Terima kasih banyak Bapak/Ibu, file Excel sudah saya terima dan sudah saya teruskan ke redaktur. Sampai jumpa hari Kamis untuk wawancaranya.

        Salam,
        Dayu Wulan
        Bali Kulon Post
        '''), kind='reply', name='Dayu Wulan', inst='Bali Kulon Post', req=False, ticket='PST-2026-03820',
      quote=('Pada tanggal Rab, 18 Nov 2026 pukul 14.32 PST BPS Kabupaten Jembrana <\npst5101@bps.go.id> '
             'menulis:\n\n' + pre(DATA_3820)), **rp(3820), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f38-rating-bare-digit-android-quote', 'gmail', 'Kadek Ayu Widnyani', 'kadekayuwidnyani@gmail.com',
      'Re: ' + SUBJ_RATE % 3821, T('''
        5

        Matur suksma, cepat sekali responnya.
        ''') + '\n\n' + aq(RATE_ID % 3821), kind='rating', rating=5, req=False, ticket='PST-2026-03821', **rp(3821), **F)

    C('f38-rating-outlook-nilai-empat-with-note-signature', 'outlook', 'Komang Ayu Widiastuti',
      'komangayu.dinkes@jembranakab.go.id', 'RE: ' + SUBJ_RATE % 3822, T('''
        Selamat pagi,

        Nilai: 4 (puas)
        Catatan: data jaminan kesehatan tahun 2021 belum tersedia, selebihnya lengkap dan sesuai permintaan surat kami.

        Terima kasih,
        Komang Ayu Widiastuti
        Dinas Kesehatan Kabupaten Jembrana
        '''), kind='rating', rating=4, name='Komang Ayu Widiastuti', inst='Dinas Kesehatan Kabupaten Jembrana',
      req=False, ticket='PST-2026-03822',
      quote=oq(RATE_ID % 3822, 'Komang Ayu Widiastuti <komangayu.dinkes@jembranakab.go.id>', SUBJ_RATE % 3822, 'id'),
      **rp(3822), **F)

    C('f38-rating-iphone-three-stars-slow', 'iphone', 'Rizky M', 'rizkymaulana.uinsa@gmail.com', 'Re: ' + SUBJ_RATE % 3823, T('''
        ⭐⭐⭐ kak. datanya oke tp nunggunya lama bgt hampir 2 minggu 😅

        Dikirim dari iPhone saya
        '''), kind='rating', rating=3, req=False, ticket='PST-2026-03823', quote=iq(RATE_ID % 3823), **rp(3823), **F)

    C('f38-rating-yahoo-empat-words-rice-mill', 'yahoo', 'Hendra Tjioe', 'hendratjioe.srj@yahoo.com',
      'Re: ' + SUBJ_RATE % 3824, T('''
        Saya beri nilai empat. Petugasnya ramah dan cepat, cuma datanya masih berupa PDF jadi harus diketik ulang.

        Hendra G. Tjioe
        UD Sumber Rejeki
        '''), kind='rating', rating=4, name='Hendra G. Tjioe', inst='UD Sumber Rejeki', req=False,
      ticket='PST-2026-03824', quote=yq(RATE_ID % 3824), **rp(3824), **F)

    C('f38-rating-en-thunderbird-bottom-five-of-five', 'thunderbird', 'José Luis Fernández Ortega', 'jlfernandez@usal.es',
      'Re: ' + SUBJ_RATE % 3825, tq(RATE_EN % 3825, 'en') + '\n\n' + T('''
        Dear colleagues,

        I would rate your service 5 out of 5. The tables arrived within two days and the notes on definitions were very clear.

        Best regards,
        José Luis
        '''), kind='rating', rating=5, name='José Luis', req=False, lang='en', ticket='PST-2026-03825',
      **rp(3825), **F)

    C('f38-rating-new-mail-two-of-five-ministry', 'gmail', 'Arief Budiman Nasution', 'ariefbnst@gmail.com',
      'Penilaian layanan tiket PST-2026-03826', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Terkait tiket PST-2026-03826 (permohonan data Podes 2024 untuk 4 desa, diajukan 9 November 2026), saya memberikan nilai 2 dari 5. Data baru kami terima setelah 12 hari kerja, sehingga validasi lapangan tim kami harus dijadwal ulang, dan variabel akses jalan tidak disertakan.

        Salam,
        Arief Budiman Nasution
        Kementerian Desa dan Pembangunan Daerah Tertinggal
        '''), kind='rating', rating=2, name='Arief Budiman Nasution',
      inst='Kementerian Desa dan Pembangunan Daerah Tertinggal', req=False, ticket='PST-2026-03826', **F)

    C('f38-rating-html-only-sangat-puas-five-pupil', 'html_only', 'Kadek Ayu Lestari', 'kadekayu.lestari10@gmail.com',
      'Re: ' + SUBJ_RATE % 3827, T('''
        Sangat puas, nilai 5! Majalah dinding kami jadi juara di lomba sekolah. Terima kasih Bapak/Ibu BPS 😊

        Kadek Ayu Lestari
        SMP Negeri 2 Melaya
        '''), kind='rating', rating=5, name='Kadek Ayu Lestari', inst='SMP Negeri 2 Melaya', req=False,
      ticket='PST-2026-03827', quote=gq(RATE_ID % 3827, 'id'), **rp(3827), **F)

    C('f38-rating-samsung-nilai-satu-farmer', 'plain', 'made sukerta', 'madesukerta1968@gmail.com',
      'Re: ' + SUBJ_RATE % 3828, T('''
        Saya kasih nilai 1. Saya minta harga gabah per bulan tapi yang dikirim cuma rata-rata setahun, waktu saya telpon kantor juga tidak ada yang angkat.

        Made Sukerta
        ''') + '\n' + sq(RATE_ID % 3828, SUBJ_RATE % 3828), kind='rating', rating=1, name='Made Sukerta', req=False,
      ticket='PST-2026-03828', **rp(3828), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f38-complaint-new-mail-no-answer-two-weeks-ciputra', 'gmail', 'Jessica Tanoto', 'jessica.tanoto@student.ciputra.ac.id',
      'Komplain: request data belum dibalas', T('''
        Halo Bapak/Ibu,

        Sorry to bother again. Aku udah kirim email permohonan data dua minggu lalu tapi sampai sekarang belum ada balasan sama sekali, bahkan email konfirmasi pun nggak ada. Di website tertulis permintaan dibalas maksimal 3 hari kerja. Honestly agak kecewa, karena deadline final project aku tinggal seminggu.

        Mohon dicek ya.

        Regards,
        Jessica Natalia Tanoto
        Universitas Ciputra
        '''), kind='complaint', name='Jessica Natalia Tanoto', inst='Universitas Ciputra', req=False, **F)

    C('f38-complaint-outlook-scanned-pdf-on-ticket', 'outlook', 'dr. Ketut Ary Wibawa', 'ary.wibawa@rsukertahusada.co.id',
      'RE: ' + SUBJ_DATA % 3832, T('''
        Selamat siang,

        Terima kasih, namun file yang dikirimkan berupa hasil pindaian (scan) PDF dengan resolusi rendah, sebagian angkanya tidak terbaca dan tidak bisa kami olah. Pada era Satu Data seperti sekarang, sangat disayangkan data resmi masih dikirim dalam bentuk gambar. Mohon ke depannya data dikirim dalam format yang dapat diolah.

        Salam,
        dr. Ketut Ary Wibawa
        RSU Kerta Husada Negara
        '''), kind='complaint', name='dr. Ketut Ary Wibawa', inst='RSU Kerta Husada Negara', req=False,
      ticket='PST-2026-03832',
      quote=oq(DELIV_ID % 3832, 'dr. Ketut Ary Wibawa <ary.wibawa@rsukertahusada.co.id>', SUBJ_DATA % 3832, 'id'),
      attachments=[JPG('tangkapan_layar_tabel_buram.jpg')], **rp(3832), **F)

    C('f38-complaint-iphone-angry-slang-on-ack', 'iphone', 'a', 'ayyy.22@icloud.com', 'Re: ' + SUBJ_ACK % 3833, T('''
        kak udh seminggu lebih blm ada kabar sama sekali. katanya max 3 hari kerja?? gmn sih pelayanannya, sy jd telat bimbingan. kecewa bgt jujur

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, ticket='PST-2026-03833',
      quote=iq(ACK % (3833, '-', 'unej', 'IPM Kabupaten Jembrana dan komponennya 2015-2025')), **rp(3833), **F)

    C('f38-complaint-en-suggestion-machine-readable-tables', 'gmail', 'Hannah Whitcombe', 'hannah.whitcombe@mfat.govt.nz',
      'A suggestion on data formats', T('''
        Dear PST team,

        Thank you again for your help last month. May I offer a suggestion: most of the tables on your website can only be downloaded as PDF, and the Excel versions we received by email had merged cells and footnotes inside the data area. For partners like us it would help enormously if tables were also offered as plain CSV, with English column labels where possible.

        Kind regards,
        Hannah Whitcombe
        New Zealand Embassy
        '''), kind='complaint', name='Hannah Whitcombe', inst='New Zealand Embassy', req=False, lang='en', **F)

    C('f38-complaint-caps-enumerator-no-id-card', 'plain', 'KETUT MERTA', 'ketutmerta.dauhwaru@gmail.com',
      'PENGADUAN PETUGAS SURVEI', T('''
        SELAMAT SIANG BAPAK IBU BPS

        SAYA I KETUT MERTA, WARGA BANJAR PASEKAN, DESA DAUHWARU. KEMARIN SORE ADA DUA ORANG YANG MENGAKU PETUGAS SURVEI BPS DATANG KE RUMAH, TAPI TIDAK MEMAKAI TANDA PENGENAL DAN TIDAK MAU MENUNJUKKAN SURAT TUGAS. MEREKA MINTA FOTO KK DAN KTP KELUARGA SAYA. SAYA JADI CURIGA. MOHON DIJELASKAN APAKAH BENAR PETUGAS BPS, DAN KE DEPAN PETUGAS WAJIB MEMAKAI IDENTITAS.

        TERIMA KASIH.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='I KETUT MERTA', req=False, **F)

    C('f38-complaint-yahoo-suggestion-waiting-room-parking', 'yahoo', 'luh sukarmini', 'luhsukarmini@yahoo.com',
      'Saran untuk kantor BPS', T('''
        Selamat pagi,

        Saya Ni Luh Sukarmini, kemarin datang ke kantor BPS untuk minta data. Saran saja: tempat parkir motor tidak ada peneduhnya dan ruang tunggu PST terlalu sempit, kami berdiri hampir 30 menit. Mungkin bisa disediakan kursi tambahan dan nomor antrean. Petugasnya sendiri sudah ramah.

        Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Ni Luh Sukarmini', req=False, **F)

    C('f38-complaint-html-only-anon-photocopy-fee', 'html_only', 'warga peduli', 'wargapeduli.jbr@gmail.com',
      'Pengaduan pungutan', T('''
        Selamat siang,

        Saya ingin melaporkan bahwa minggu lalu saat meminta data tercetak di kantor BPS Jembrana, saya dimintai uang Rp50.000 oleh seseorang yang mengaku petugas dengan alasan biaya fotokopi dan jilid, tanpa kuitansi. Setahu saya layanan data di PST gratis. Mohon ditindaklanjuti dan dijelaskan kepada masyarakat.

        Saya tidak mencantumkan nama karena khawatir.
        '''), kind='complaint', req=False, **F)

    C('f38-complaint-thunderbird-bottom-totals-disagree', 'thunderbird', 'Rotua Simanjuntak', 'rotua.simanjuntak@apps.ipb.ac.id',
      'Re: ' + SUBJ_DATA % 3838, tq(DELIV_ID % 3838) + '\n\n' + T('''
        Yth. Bapak/Ibu,

        Mohon maaf, kami menemukan bahwa jumlah total produksi perikanan tangkap pada tabel yang dikirimkan berbeda cukup jauh dengan angka pada publikasi Kabupaten Jembrana Dalam Angka 2025 untuk tahun yang sama, tanpa keterangan revisi. Ini kali kedua kami menerima tabel dengan total yang tidak konsisten. Mohon ke depan disertakan catatan bila ada perbedaan sumber atau revisi angka.

        Salam,
        Rotua M. Simanjuntak
        IPB University
        '''), kind='complaint', name='Rotua M. Simanjuntak', inst='IPB University', req=False, ticket='PST-2026-03838',
      **rp(3838), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f38-ooo-outlook-id-dinas-luar-headers', 'outlook', 'Ni Putu Ayu Sekarini', 'ayusekarini@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 3841, T('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. Saya sedang melaksanakan perjalanan dinas ke Jakarta sampai dengan 27 November 2026 dengan akses email terbatas. Untuk keperluan mendesak, silakan menghubungi Sekretariat Bappeda Kabupaten Jembrana di nomor (0365) 41xxx.

        Salam,
        Ni Putu Ayu Sekarini
        '''), kind='auto_reply', req=False, ticket='PST-2026-03841',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3841), **F)

    C('f38-ooo-en-gmail-fieldwork-xautoreply', 'gmail', 'Hang Nguyen', 'hang.nguyen@monash.edu',
      'Re: ' + SUBJ_ACK % 3842, T('''
        Hello,

        Thank you for your email. I am currently on fieldwork in the Mekong Delta until 10 December 2026 and will have only occasional internet access. I will reply as soon as I can.

        Best,
        Hang
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03842',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(3842), **F)

    C('f38-ooo-yahoo-shop-body-only-no-headers', 'yahoo', 'Hendra Tjioe', 'hendratjioe.srj@yahoo.com',
      'Re: ' + SUBJ_ACK % 3843, T('''
        Terima kasih telah menghubungi UD Sumber Rejeki.

        Pesan ini dibalas secara otomatis. Kami sedang tutup sementara untuk perawatan mesin sampai tanggal 30 November 2026. Pesanan beras dan jasa giling dapat disampaikan melalui WhatsApp 0812-3688-xxxx.

        Hormat kami,
        UD Sumber Rejeki
        '''), kind='auto_reply', req=False, ticket='PST-2026-03843', **rp(3843), **F)

    C('f38-ooo-plain-campus-helpdesk-own-ticket', 'plain', 'Helpdesk TIK Unwira', 'helpdesk@unwira.ac.id',
      '[Helpdesk #INC-58213] Re: ' + SUBJ_ACK % 3844, T('''
        Yth. Pengguna,

        Email Anda telah diterima oleh sistem Helpdesk TIK dan dicatat dengan nomor INC-58213. Alamat gberemau@unwira.ac.id sedang dalam proses migrasi ke sistem surel baru, sehingga pesan untuk alamat tersebut diteruskan ke antrean helpdesk. Petugas kami akan menindaklanjuti pada jam kerja.

        Pesan ini dibuat otomatis, mohon tidak membalas email ini.
        '''), kind='auto_reply', req=False, ticket='PST-2026-03844',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')], **rp(3844), **F)

    C('f38-ooo-html-only-embassy-closed-holiday', 'html_only', 'Hannah Whitcombe', 'hannah.whitcombe@mfat.govt.nz',
      'Out of Office: ' + SUBJ_RATE % 3845, T('''
        Kia ora, and thank you for your email.

        I am on leave until Monday 7 December 2026 and will not be checking messages. For urgent development matters, please write to the Development Cooperation team at jakarta.development@example.govt.nz.

        Ngā mihi,
        Hannah
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03845',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk'), ('X-Auto-Response-Suppress', 'All')],
      **rp(3845), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f38-dsn-postfix-gmail-user-unknown', dict(
        recipient='kdwipranata@gmial.com', original_message_id=OUR(3851, '5d72c0e8'),
        orig_subject=SUBJ_ACK % 3851, status='5.1.2',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients. It\'s attached below.\n\n'
              'For further assistance, please send mail to postmaster.\n\n'
              '                   The mail system\n\n'
              '<kdwipranata@gmial.com>: Host or domain name not found. Name service error\n'
              '    for name=gmial.com type=A: Host not found')), 'PST-2026-03851', **F)

    D('f38-dsn-exchange-online-recipient-not-found', dict(
        recipient='k.widiastuti@jembranakab.go.id', original_message_id=OUR(3852, '5d72c0e8'),
        orig_subject=SUBJ_DATA % 3852, status='5.1.10', mta='jembranakab.go.id',
        **{'from': 'Microsoft Outlook <postmaster@jembranakab.go.id>',
           'subject': 'Undeliverable: ' + SUBJ_DATA % 3852,
           'text': ("Delivery has failed to these recipients or groups:\n\n"
                    "k.widiastuti@jembranakab.go.id\n"
                    "The email address you entered couldn't be found. Please check the recipient's email address "
                    "and try to resend the message. If the problem continues, please contact your helpdesk.\n\n"
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: MAIL01.jembranakab.go.id\n\n'
                    'k.widiastuti@jembranakab.go.id\n'
                    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found'")}),
      'PST-2026-03852', **F)

    D('f38-dsn-campus-indonesian-mailbox-full', dict(
        recipient='yohanis.rumbiak@student.unipa.ac.id', original_message_id=OUR(3853, '5d72c0e8'),
        orig_subject=SUBJ_RATE % 3853, status='5.2.2', mta='mail.unipa.ac.id',
        **{'from': 'Sistem Pengiriman Surat <MAILER-DAEMON@mail.unipa.ac.id>',
           'subject': 'Pesan tidak terkirim: ' + SUBJ_RATE % 3853,
           'text': ('Ini adalah pesan otomatis dari server surel mail.unipa.ac.id.\n\n'
                    'Pesan Anda tidak dapat dikirimkan kepada penerima berikut karena kotak surat penerima '
                    'sudah penuh:\n\n'
                    '    yohanis.rumbiak@student.unipa.ac.id\n\n'
                    'Silakan hubungi penerima melalui cara lain atau coba kirim ulang beberapa hari lagi.\n\n'
                    'Kode kesalahan: 552 5.2.2 Kuota kotak surat terlampaui')}),
      'PST-2026-03853', lang='id', **F)

    D('f38-dsn-exim-delay-warning', dict(
        recipient='info@taniterbang.id', original_message_id=OUR(3854, '5d72c0e8'),
        orig_subject=SUBJ_ACK % 3854, status='4.4.1', action='delayed',
        **{'subject': 'Warning: message 1vXq2R-0007Hk-3a delayed 24 hours',
           'text': ('This message was created automatically by mail delivery software.\n'
                    'A message that you sent has not yet been delivered to one or more of its\n'
                    'recipients after more than 24 hours on the queue on mx.bps.go.id.\n\n'
                    'The message identifier is:     1vXq2R-0007Hk-3a\n'
                    'The subject of the message is: ' + SUBJ_ACK % 3854 + '\n\n'
                    'The address to which the message has not yet been delivered is:\n\n'
                    '  info@taniterbang.id\n'
                    '    Delay reason: SMTP error from remote mail server after initial connection:\n'
                    '    421 4.4.1 Connection timed out\n\n'
                    'No action is required on your part. Delivery attempts will continue for\n'
                    'some time, and this warning may be repeated at intervals if the message\n'
                    'remains undelivered. Eventually the mail delivery software will give up,\n'
                    'and when that happens, the message will be returned to you.')}),
      'PST-2026-03854', **F)
