# corpus_fresh14.py: a fourteenth batch, written blind by a twelfth independent author who saw neither the
# parser nor its results, meant to look like an ordinary month of the office's mail: undergraduate and
# master's students of Unnes, Unsri (Magister Ilmu Ekonomi), UIN Sunan Kalijaga by nickname ("UIN Suka") in
# chat style, a Politani Kupang student on PKL at an extension office, a STIKES Buleleng lecturer with the
# nurse's "Ns." title, a STIE student in lower case, a STMIK student named only in the signature, a UT student
# who works at a puskesmas, a KKN group of Unmuh Jember placed in a village, Unila in mixed English, a UHO
# lecturer (Thunderbird, wrapped), Unisma with form lines, a Polinema student whose need is only in the DOCX
# form he attaches, Universitas PGRI Banyuwangi with a Javanese greeting, a Vietnamese student at Nagoya, a
# Tasmanian PhD named only in the signature, a Wisconsin Fulbright researcher hosted by Udayana, a UPN student
# asking only about procedure (vague); pupils and teachers (an SMA pupil writing "kak", an SMP maths teacher on
# Yahoo, a headmaster in capitals, an SMK pupil asking for an internship: vague); villages and districts (a
# village letter attached, a village secretary, a camat's section head in a form, a lurah); civil servants (the
# regency inspectorate asking a consultation on sampling, BKKBN, a fisheries training centre in Banyuwangi, the
# provincial trade office, a Bappeda officer forwarding her head's disposition, a puskesmas doctor whose need is
# only in the subject); the public (a farmer "masyarakat biasa", a cattle trader with no company, a German
# retiree in iso-8859-1, a vague mail in capitals, a vague elderly group); beritabali.com on an iPhone, IDN
# Times, Nikkei Asia; a bakery, a shrimp hatchery (institution only in the signature), a printer signing with a
# first name, an AMDAL consultant naming its client, a waste NGO in HTML only, LBH Bali; replies (identity after
# our ASK in chat and bottom-posted, thanks with a signature, an added need, a status question in a new mail,
# an English breakdown question, "siap", a colleague to copy, a broken file, Sundanese thanks); ratings (a bare
# digit, "empat", "3 dari 5", "4/5", stars, "sangat puas", "2 - kurang puas", numbers before the score in a new
# mail); complaints (a polite suggestion, a slow answer, repeated rating mails, an enumerator at night, two
# tables that disagree, a rude guard, a broken QR guest book); auto-replies (annual leave with headers, body-only
# "dinas luar", an English vacation responder, a newsroom responder with its own subject, an abandoned address)
# and bounces (Exim unrouteable domain, Indonesian Exchange mailbox full, Yahoo, a Postfix delay warning)
# (set "fresh14"; tickets PST-2026-014xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh14')

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

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        if lang == 'id':
            return 'Pada 23 Nov 2026, pukul 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + q
        return 'On 23 Nov 2026, at 09:14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + q

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
        return dict(in_reply_to=OUR(n, '4c7e19b2'), references=[OUR(n, '4c7e19b2')])

    # ------------------------------------------------------------------------------------------------
    # Students and lecturers in Indonesia
    # ------------------------------------------------------------------------------------------------
    C('f14-req-unnes-geography-skripsi-formal', 'gmail', 'Rizal Fahmi Maulana', 'rizalfahmi.m@students.unnes.ac.id',
      'Permohonan Data Penelitian Skripsi', T('''
        Kepada Yth.
        Bapak/Ibu Petugas Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana
        di tempat

        Dengan hormat,

        Saya yang bertanda tangan di bawah ini, Rizal Fahmi Maulana, mahasiswa Program Studi Geografi, Fakultas Ilmu Sosial dan Politik, Universitas Negeri Semarang, sedang menyusun skripsi berjudul "Analisis Perubahan Penggunaan Lahan Sawah dan Dampaknya terhadap Produksi Padi di Kabupaten Jembrana Tahun 2015-2025".

        Sehubungan dengan hal tersebut, saya memohon bantuan data sebagai berikut:
        1. luas lahan sawah menurut kecamatan tahun 2015-2025;
        2. luas panen, produksi dan produktivitas padi menurut kecamatan tahun 2015-2025;
        3. jumlah penduduk menurut kecamatan tahun 2015-2025.

        Surat pengantar dari fakultas dapat saya kirimkan apabila diperlukan.

        Demikian permohonan ini saya sampaikan. Atas perhatian dan bantuan Bapak/Ibu, saya ucapkan terima kasih.

        Hormat saya,

        Rizal Fahmi Maulana
        NIM 3211422xxx
        HP 0857-2901-xxxx
        '''), name='Rizal Fahmi Maulana', inst='Universitas Negeri Semarang', **F)

    C('f14-req-unsri-master-thesis-outlook', 'outlook', 'Yuliana Safitri', 'yuliana.safitri@student.unsri.ac.id',
      'Permohonan data PDRB dan ketenagakerjaan - penelitian tesis', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Perkenalkan, saya Yuliana Safitri, S.E., mahasiswa Magister Ilmu Ekonomi Universitas Sriwijaya, Palembang. Tesis saya membahas ketimpangan pendapatan antarkabupaten di provinsi-provinsi yang bergantung pada pariwisata, dengan Bali dan Nusa Tenggara Barat sebagai lokasi penelitian.

        Untuk Kabupaten Jembrana, saya memerlukan data tahun 2016-2025:
        a. PDRB per kapita atas dasar harga konstan 2010;
        b. indeks Gini dan persentase penduduk miskin;
        c. jumlah penduduk bekerja menurut lapangan usaha utama.

        Jika sebagian data sudah tersedia di website, mohon diinformasikan tautannya.

        Terima kasih atas bantuan Bapak/Ibu.

        Salam hormat,
        Yuliana Safitri
        Magister Ilmu Ekonomi FE Unsri
        '''), name='Yuliana Safitri', inst='Universitas Sriwijaya', **F)

    C('f14-req-uin-suka-chat-abbrev', 'iphone', 'Fauzan', 'fauzan.nurrohman21@gmail.com', 'minta data zakat & kemiskinan', T('''
        Assalamualaikum min, mhn maaf ganggu 🙏
        sy Ahmad Fauzan Nurrohman mhs Ekonomi Syariah UIN Suka smt 7. sy lg nyusun skripsi ttg potensi zakat pertanian di kab jembrana
        sy butuh data:
        - produksi padi & jagung per kec thn 2020-2025
        - jml penduduk muslim per kec (kl ada)
        - persentase penduduk miskin 2020-2025
        klo bisa dlm bentuk excel min. mksh bnyk sblmnya
        wassalam

        Dikirim dari iPhone saya
        '''), name='Ahmad Fauzan Nurrohman', inst='UIN Suka', **F)

    C('f14-req-politani-kupang-pkl-at-extension-office', 'gmail', 'Yohanes Nahak', 'yohanesnahak02@gmail.com',
      'Permohonan data untuk laporan PKL', T('''
        Selamat pagi Bapak/Ibu,

        Saya Yohanes Nahak, mahasiswa Program Studi Penyuluhan Pertanian Lahan Kering, Politeknik Pertanian Negeri Kupang. Saat ini saya sedang melaksanakan Praktik Kerja Lapangan (PKL) selama dua bulan di Balai Penyuluhan Pertanian Kecamatan Mendoyo, dan pembimbing lapangan saya, Bapak I Made Sudarma, menyarankan saya meminta data resmi ke BPS.

        Data yang saya perlukan untuk laporan PKL:
        1. jumlah rumah tangga usaha pertanian per desa di Kecamatan Mendoyo (ST2023);
        2. luas panen dan produksi padi sawah Kecamatan Mendoyo tahun 2021-2025;
        3. jumlah kelompok tani per desa, bila tersedia.

        Terima kasih banyak atas bantuannya, Tuhan memberkati.

        Hormat saya,
        Yohanes Nahak
        '''), name='Yohanes Nahak', inst='Politeknik Pertanian Negeri Kupang', **F)

    C('f14-req-stikes-buleleng-lecturer-ns-title', 'outlook', 'Kadek Ayu Widiantari', 'ayuwidiantari@stikesbuleleng.ac.id',
      'Permohonan data lansia dan penyakit tidak menular', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Kami dosen Program Studi Ilmu Keperawatan STIKES Buleleng akan melaksanakan pengabdian masyarakat berupa skrining hipertensi dan diabetes bagi lansia di Kecamatan Melaya pada Februari 2027. Untuk menyusun proposal hibah, kami memohon data:

        1. jumlah penduduk lansia (60 tahun ke atas) menurut jenis kelamin per desa di Kecamatan Melaya, 2025;
        2. persentase lansia yang mempunyai keluhan kesehatan dan yang memiliki jaminan kesehatan, Kabupaten Jembrana 2023-2025;
        3. angka harapan hidup Kabupaten Jembrana 2020-2025.

        Atas perhatian dan bantuannya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Ns. Kadek Ayu Widiantari, S.Kep., M.Kep.
        Dosen Keperawatan Gerontik
        STIKES Buleleng
        Jl. Raya Air Sanih Km 11, Bungkulan, Buleleng
        '''), name='Ns. Kadek Ayu Widiantari', inst='STIKES Buleleng', **F)

    C('f14-req-stie-student-all-lowercase', 'gmail', 'dimas ardiansyah', 'dimasardiansyah.akt@gmail.com', 'permohonan data', T('''
        selamat siang bapak ibu bps jembrana

        perkenalkan saya dimas ardiansyah mahasiswa akuntansi stie malangkucecwara. saya sedang menyusun skripsi tentang kinerja keuangan lembaga perkreditan desa (lpd) di bali dan salah satu sampelnya di kabupaten jembrana. untuk variabel kontrol saya butuh data pdrb per kapita, laju pertumbuhan ekonomi dan inflasi kabupaten jembrana tahun 2018 sampai 2025

        mohon maaf kalau bahasa saya kurang sopan, terima kasih atas bantuannya

        dimas
        '''), name='dimas ardiansyah', inst='stie malangkucecwara', **F)

    C('f14-req-stmik-name-only-in-signature', 'gmail', 'Ridho Pratama', 'ridho.pratama@wicida.ac.id',
      'Permintaan data penduduk per desa (format CSV)', T('''
        Selamat siang Bapak/Ibu,

        Saya mahasiswa tingkat akhir yang sedang membuat tugas akhir berupa aplikasi dasbor kependudukan berbasis web dengan studi kasus Kabupaten Jembrana (kampung halaman ibu saya). Untuk mengisi basis datanya, saya membutuhkan:

        - jumlah penduduk menurut jenis kelamin per desa/kelurahan, 2020-2025;
        - luas wilayah per desa/kelurahan;
        - jumlah rumah tangga per desa/kelurahan.

        Kalau memungkinkan dalam format CSV atau Excel agar mudah diimpor. Terima kasih sebelumnya.

        Salam,
        Muhammad Ridho Pratama
        Teknik Informatika
        STMIK Widya Cipta Dharma Samarinda
        '''), name='Muhammad Ridho Pratama', inst='STMIK Widya Cipta Dharma Samarinda', **F)

    C('f14-req-ut-student-works-at-puskesmas', 'yahoo', 'Sri Darmayanti', 'sridarmayanti.md@yahoo.co.id',
      'Mohon data untuk karya ilmiah', T('''
        Selamat malam Bapak/Ibu,

        Saya Ni Made Sri Darmayanti, mahasiswa Universitas Terbuka (UPBJJ Denpasar) program studi S1 Kesehatan Masyarakat. Sehari-hari saya bekerja sebagai tenaga administrasi di Puskesmas Pekutatan I, jadi kuliah saya ambil di UT supaya bisa sambil bekerja.

        Untuk tugas karya ilmiah akhir, saya mohon data:
        1. jumlah balita per desa di Kecamatan Pekutatan tahun 2024 dan 2025;
        2. persentase rumah tangga yang memiliki akses sanitasi layak di Kabupaten Jembrana 2021-2025.

        Mohon maaf baru bisa mengirim email malam hari. Terima kasih banyak.

        Salam,
        Sri Darmayanti

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Made Sri Darmayanti', inst='Universitas Terbuka', **F)

    C('f14-req-kkn-unmuh-jember-placed-in-village', 'gmail', 'KKN 12 UNMUH Jember', 'kkn12.pulukan@gmail.com',
      'Permohonan data profil Desa Pulukan - KKN Kelompok 12', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.
        Om Swastyastu.

        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Kami mahasiswa Kuliah Kerja Nyata (KKN) Kelompok 12 Universitas Muhammadiyah Jember yang sedang ditempatkan di Desa Pulukan, Kecamatan Pekutatan, sejak 16 November 2026. Salah satu program kerja kami adalah membantu pemerintah desa memperbarui profil desa dan papan data kependudukan di kantor desa.

        Mohon bantuan data Desa Pulukan berikut:
        1. jumlah penduduk menurut kelompok umur dan jenis kelamin, 2025;
        2. jumlah rumah tangga dan jumlah keluarga;
        3. jumlah penduduk menurut mata pencaharian utama (Podes atau ST2023).

        Atas bantuannya kami ucapkan terima kasih.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Hormat kami,
        Bagas Aditya Nugroho
        Koordinator Desa KKN Kelompok 12
        '''), name='Bagas Aditya Nugroho', inst='Universitas Muhammadiyah Jember', **F)

    C('f14-req-unila-master-code-switching', 'gmail', 'Dwi Kurniawan Saputra', 'dwikurniawan.s@gmail.com',
      'Request data pariwisata & UMKM Jembrana', T('''
        Halo, selamat siang Bapak/Ibu!

        Saya Dwi Kurniawan Saputra, currently mahasiswa Magister Manajemen Universitas Lampung. Thesis saya tentang resilience UMKM sektor pariwisata after pandemic, dan saya pakai Jembrana sebagai comparison case dengan Kabupaten Pesisir Barat di Lampung karena karakteristiknya mirip (surf tourism, coastal, agriculture-based).

        Data yang saya butuhkan, kalau available:
        1. jumlah kunjungan wisatawan domestik & mancanegara per bulan, 2019-2025;
        2. jumlah usaha mikro kecil di sektor akomodasi dan makan minum, latest year;
        3. PDRB sektor penyediaan akomodasi dan makan minum, 2019-2025.

        Format apa saja fine, Excel lebih preferred. Thank you so much in advance!

        Best,
        Dwi
        '''), name='Dwi Kurniawan Saputra', inst='Universitas Lampung', **F)

    C('f14-req-uho-lecturer-thunderbird-wrapped', 'thunderbird', 'Hasniah Tahir', 'hasniah.tahir@uho.ac.id',
      'Permohonan data kelapa dan kopra Kabupaten Jembrana', T('''
        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Salam sejahtera dari Kendari. Saya Dr. Hasniah Tahir, S.P., M.Si., dosen Jurusan Agribisnis, Fakultas Pertanian, Universitas Halu Oleo. Bersama dua kolega, saya sedang menyusun kajian hilirisasi kelapa rakyat di kawasan timur dan tengah Indonesia; Jembrana kami pilih sebagai pembanding karena memiliki sentra kelapa dan industri minyak kelapa rumahan yang masih bertahan.

        Kami mohon bantuan data:
        1. luas areal dan produksi kelapa per kecamatan, 2015-2025;
        2. jumlah industri mikro dan kecil pengolahan kelapa (minyak, VCO, kopra, arang tempurung) per kecamatan;
        3. harga kopra atau kelapa butir di tingkat petani, bila tersedia.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Salam,
        Hasniah Tahir
        Fakultas Pertanian Universitas Halu Oleo
        '''), name='Dr. Hasniah Tahir', inst='Universitas Halu Oleo', wrap=72, **F)

    C('f14-req-unisma-student-form-lines-yahoo', 'yahoo', 'siti nur khasanah', 'sitinurkhasanah99@yahoo.com',
      'Permohonan Data Penelitian', T('''
        Assalamualaikum wr.wb.

        Dengan hormat, bersama ini saya mengajukan permohonan data dengan keterangan sebagai berikut:

        Nama            : Siti Nur Khasanah
        NPM             : 22101021xxx
        Program Studi   : Agribisnis
        Perguruan Tinggi: Universitas Islam Malang
        Judul Penelitian: Analisis Daya Saing Ekspor Kakao Fermentasi Kabupaten Jembrana
        Data diperlukan : luas areal, produksi dan produktivitas kakao per kecamatan 2015-2025; jumlah petani kakao; volume dan nilai ekspor kakao asal Jembrana (bila ada)

        Demikian permohonan saya, atas bantuan Bapak/Ibu saya ucapkan terima kasih.

        Wassalamualaikum wr.wb.

        Dikirim dari Yahoo Mail di Android
        '''), name='Siti Nur Khasanah', inst='Universitas Islam Malang', **F)

    C('f14-req-polinema-need-only-in-docx-form', 'gmail', 'Arga Wicaksono', 'argawicaksono.polinema@gmail.com',
      'Formulir Permintaan Data dan Surat Pengantar Jurusan', T('''
        Selamat pagi Bapak/Ibu,

        Saya Arga Wicaksono, mahasiswa D4 Akuntansi Manajemen Politeknik Negeri Malang. Bersama email ini saya lampirkan formulir permintaan data yang sudah saya isi beserta surat pengantar dari jurusan. Rincian data yang saya perlukan ada di formulir tersebut.

        Mohon maaf apabila ada kekurangan. Terima kasih atas bantuannya.

        Salam,
        Arga Wicaksono
        '''), name='Arga Wicaksono', inst='Politeknik Negeri Malang',
      attachments=[DOCX('Formulir Permintaan Data - Arga Wicaksono.docx'),
                   PDF('Surat Pengantar Jurusan Akuntansi No 2187-PL2-2026.pdf')], **F)

    C('f14-req-unibabwi-javanese-greeting', 'gmail', 'Dian Puspitasari', 'dianpuspita.unibabwi@gmail.com',
      'Nyuwun data nelayan Selat Bali', T('''
        Sugeng enjang Bapak/Ibu,

        Nyuwun sewu ngganggu. Kula Dian Puspitasari, mahasiswi Program Studi Akuakultur Universitas PGRI Banyuwangi. Skripsi kula babagan perbandingan penghasilan nelayan Muncar (Banyuwangi) kaliyan nelayan Pengambengan (Jembrana), amargi kalih-kalihipun sami gumantung dhateng ikan lemuru Selat Bali.

        Mohon bantuan data Kabupaten Jembrana:
        - jumlah rumah tangga nelayan per kecamatan (ST2023);
        - produksi ikan lemuru per tahun, 2015-2025;
        - rata-rata upah buruh perikanan, kalau ada.

        Matur nuwun sanget atas bantuannya.

        Dian
        '''), name='Dian Puspitasari', inst='Universitas PGRI Banyuwangi', **F)

    C('f14-req-vague-upn-student-asks-procedure', 'gmail', 'Reva Anjani', 'revaanjani.upnjatim@gmail.com',
      'Tanya prosedur permintaan data', T('''
        Selamat siang Bapak/Ibu,

        Saya Reva Anjani, mahasiswi Ekonomi Pembangunan UPN "Veteran" Jawa Timur. Saya ingin bertanya, bagaimana prosedur permintaan data untuk skripsi di BPS Jembrana? Apakah harus membawa surat pengantar dari kampus dan datang langsung, atau cukup lewat email? Apakah ada biayanya?

        Terima kasih atas informasinya.

        Reva
        '''), name='Reva Anjani', inst='UPN "Veteran" Jawa Timur', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Abroad
    # ------------------------------------------------------------------------------------------------
    C('f14-req-en-vietnamese-student-nagoya', 'gmail', 'Nguyen Thi Thu Trang', 'nguyen.thi.thu.trang@f.mbox.nagoya-u.ac.jp',
      'Request for rice and irrigation statistics - Jembrana Regency', T('''
        Dear Sir or Madam,

        My name is Nguyen Thi Thu Trang and I am a second-year master's student at the Graduate School of Bioagricultural Sciences, Nagoya University, Japan. My thesis compares community-managed irrigation in the Mekong Delta with the subak system in Bali, and Jembrana is one of my two Balinese study areas.

        Could you kindly provide the following data for Jembrana Regency?
        1. harvested area and production of paddy by kecamatan, 2015-2025;
        2. irrigated paddy field area by type of irrigation, latest available year;
        3. number of agricultural households by kecamatan (Agricultural Census 2023).

        I would be very grateful for your help. Thank you very much.

        Best regards,
        Nguyen Thi Thu Trang
        '''), name='Nguyen Thi Thu Trang', inst='Nagoya University', lang='en', **F)

    C('f14-req-en-tasmania-phd-name-only-in-signature', 'outlook', 'B. Kavanagh', 'bridget.kavanagh@utas.edu.au',
      'Data request: seasonal tourism employment, Jembrana', T('''
        Dear colleagues at BPS Jembrana,

        I am writing to ask whether the following statistics are available for Jembrana Regency for my doctoral research on seasonal employment in small coastal tourism destinations:

        - employed persons by main industry and by sex, 2018-2025 (August Sakernas, if available at regency level);
        - monthly room occupancy rate of star and non-star hotels, 2018-2025;
        - the number of foreign and domestic guests staying in accommodation, by month.

        If regency-level labour figures are not published, provincial figures with a note would still be very useful. I am happy to cite BPS-Statistics of Jembrana Regency in my thesis and any publications.

        With thanks and best wishes,

        Bridget Kavanagh
        PhD Candidate | School of Social Sciences
        University of Tasmania
        Private Bag 22, Hobart TAS 7001, Australia
        '''), name='Bridget Kavanagh', inst='University of Tasmania', lang='en', **F)

    C('f14-req-en-fulbright-wisconsin-hosted-by-udayana', 'gmail', 'Emily Harrington', 'eharrington2@wisc.edu',
      'Request for village-level data (Fulbright research, Jembrana)', T('''
        Dear PST team,

        Om Swastyastu! My name is Emily Harrington. I am a PhD candidate in Geography at the University of Wisconsin-Madison, currently in Bali for ten months as a Fulbright researcher hosted by the Faculty of Agriculture at Universitas Udayana. My research looks at how cacao and coconut smallholders in Jembrana diversify their income.

        Could you help me with:
        1. the number of households by main source of income for each desa in Kecamatan Pekutatan and Kecamatan Mendoyo (Podes 2024);
        2. cacao and coconut area and production by kecamatan, 2019-2025;
        3. average monthly per capita expenditure for Jembrana, 2019-2025.

        I can come to the office in Negara if that is easier; I have a research permit (SKP) from BRIN, which I can send.

        Thank you so much - suksma!

        Emily Harrington
        '''), name='Emily Harrington', inst='University of Wisconsin-Madison', lang='en', **F)

    C('f14-req-en-german-retiree-no-institution-latin1', 'latin1', 'Klaus-Dieter Brenner', 'kd.brenner@t-online.de',
      'Population and water supply figures for Pekutatan', T('''
        Good morning,

        I am a German pensioner (formerly a civil engineer) and have been living in Desa Pengeragoan, Pekutatan, for six years with my Balinese wife. I am not writing for any organisation. Together with some neighbours I am thinking about helping the banjar to build a small rainwater storage for the dry season, and we want to make a rough calculation first.

        Could you tell me:
        - the population and number of households in Desa Pengeragoan and Desa Pekutatan (latest year);
        - the share of households whose main drinking water comes from wells, springs, or piped water, for Kecamatan Pekutatan or Jembrana;
        - monthly rainfall in Jembrana for the last five years, if BPS publishes this.

        Many thanks and viele Grüße aus Pekutatan,
        Klaus-Dieter Brenner
        '''), name='Klaus-Dieter Brenner', lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Schools
    # ------------------------------------------------------------------------------------------------
    C('f14-req-sma-pupil-chat-kak-iphone', 'iphone', 'intan', 'intanpermata.k@icloud.com', 'tugas geografi', T('''
        halo kak selamat sore 🙏🏻
        aku Ni Kadek Intan Permatasari dari SMAN 2 Mendoyo kelas XI IPS 1. aku dpt tugas geografi bikin piramida penduduk kecamatan tempat tinggal
        boleh minta data jumlah penduduk kecamatan mendoyo menurut umur (per 5 thn) & jenis kelamin thn 2025 ga kak?
        deadline nya jumat hehe. makasih bnyk kak 🙏🏻🙏🏻

        Dikirim dari iPhone saya
        '''), name='Ni Kadek Intan Permatasari', inst='SMAN 2 Mendoyo', **F)

    C('f14-req-smp-maths-teacher-yahoo', 'yahoo', 'Gede Ardana', 'gedeardana.mtk@yahoo.co.id',
      'Permohonan data untuk bahan ajar statistika', T('''
        Om Swastyastu,

        Selamat pagi Bapak/Ibu. Saya I Gede Ardana Putra, S.Pd., guru Matematika di SMP Negeri 4 Negara. Pada semester genap nanti siswa kelas VIII akan belajar materi statistika (penyajian data dan ukuran pemusatan), dan saya ingin memakai data nyata dari daerah kami sendiri supaya siswa lebih tertarik.

        Mohon bantuan data:
        1. jumlah penduduk per kecamatan di Kabupaten Jembrana, 2021-2025;
        2. curah hujan dan jumlah hari hujan per bulan tahun 2025;
        3. harga eceran beberapa bahan pokok (beras, telur, cabai) per bulan tahun 2025.

        Suksma atas bantuannya.

        Om Santih, Santih, Santih Om

        Gede Ardana

        Dikirim dari Yahoo Mail di Android
        '''), name='I Gede Ardana Putra', inst='SMP Negeri 4 Negara', **F)

    C('f14-req-sd-headmaster-all-capitals', 'plain', 'SDN 1 SANGKARAGUNG', 'sdn1sangkaragung@gmail.com',
      'PERMOHONAN DATA JUMLAH ANAK USIA SEKOLAH', T('''
        KEPADA YTH. BAPAK/IBU KEPALA BPS KABUPATEN JEMBRANA

        DENGAN HORMAT,
        SEHUBUNGAN DENGAN PENYUSUNAN RENCANA KERJA SEKOLAH (RKS) TAHUN 2027-2030, KAMI MOHON BANTUAN DATA JUMLAH ANAK USIA 6-12 TAHUN DI DESA SANGKARAGUNG DAN DESA BATUAGUNG TAHUN 2023-2025, SERTA ANGKA PARTISIPASI SEKOLAH USIA 7-12 TAHUN KABUPATEN JEMBRANA.

        DEMIKIAN PERMOHONAN KAMI, ATAS PERHATIANNYA DIUCAPKAN TERIMA KASIH.

        KEPALA SD NEGERI 1 SANGKARAGUNG

        DRS. I NYOMAN WIRATA
        NIP. 19670411 199003 1 012
        '''), name='Drs. I Nyoman Wirata', inst='SD NEGERI 1 SANGKARAGUNG', **F)

    C('f14-req-vague-smk-pupil-asks-internship', 'gmail', 'Cintya Dewi', 'cintyadewi.smkn1ngr@gmail.com',
      'Izin bertanya tentang PKL', T('''
        Selamat siang Bapak/Ibu,

        Saya Komang Ayu Cintya Dewi, siswi kelas XI jurusan Akuntansi dan Keuangan Lembaga di SMK Negeri 1 Negara. Saya ingin bertanya apakah BPS Kabupaten Jembrana menerima siswa PKL untuk periode Januari-Maret 2027? Kalau bisa, persyaratannya apa saja ya Bapak/Ibu?

        Terima kasih sebelumnya.

        Cintya
        '''), name='Komang Ayu Cintya Dewi', inst='SMK Negeri 1 Negara', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Villages and districts
    # ------------------------------------------------------------------------------------------------
    C('f14-req-village-letter-attached-pulukan', 'outlook', 'Pemdes Pulukan', 'pemdes.pulukan@gmail.com',
      'Surat Permohonan Data', T('''
        Om Swastyastu,

        Dengan hormat, bersama ini kami sampaikan surat Perbekel Pulukan Nomor 470/211/PLK/XI/2026 perihal Permohonan Data (terlampir). Data tersebut akan dipakai untuk penyusunan RKP Desa tahun 2027.

        Mohon kiranya dapat dibantu. Suksma.

        Om Santih, Santih, Santih Om

        Ni Putu Yuliantari
        Kaur Perencanaan
        Pemerintah Desa Pulukan
        '''), name='Ni Putu Yuliantari', inst='Pemerintah Desa Pulukan',
      attachments=[PDF('Surat Permohonan Data Desa Pulukan 470-211.pdf')], **F)

    C('f14-req-sekdes-asahduren-semi-formal', 'gmail', 'Komang Budiarsa', 'komangbudiarsa.asd@gmail.com',
      'Data penduduk miskin dan lansia Desa Asahduren', T('''
        Selamat pagi Pak/Bu,

        Saya I Komang Budiarsa, Sekretaris Desa Asahduren, Kecamatan Pekutatan. Kami sedang memverifikasi calon penerima BLT Dana Desa 2027 dan ingin membandingkan data desa dengan angka resmi. Mohon bantuan data:

        - jumlah penduduk dan rumah tangga Desa Asahduren tahun 2025;
        - jumlah penduduk lansia (60+) dan penyandang disabilitas di Desa Asahduren, kalau ada;
        - persentase penduduk miskin Kabupaten Jembrana 2023-2025.

        Data bisa dikirim ke email ini. Terima kasih Pak/Bu.

        Salam,
        Komang Budiarsa
        Sekdes Asahduren
        '''), name='I Komang Budiarsa', inst='Desa Asahduren', **F)

    C('f14-req-camat-section-head-form', 'outlook', 'Kecamatan Negara', 'kec.negara@jembranakab.go.id',
      'Permintaan data - Kecamatan Negara Dalam Angka', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Bersama ini kami sampaikan permintaan data dengan rincian berikut:

        Nama          : I Putu Gede Arimbawa, S.STP.
        Jabatan       : Kepala Seksi Pemerintahan
        Unit kerja    : Kantor Camat Negara
        Telepon       : 0365-41xxx
        Data          : jumlah penduduk, rumah tangga, luas wilayah dan kepadatan per desa/kelurahan se-Kecamatan Negara, 2024 dan 2025; jumlah sarana pendidikan dan kesehatan per desa/kelurahan (Podes 2024)
        Keperluan     : bahan Profil Kecamatan dan Musrenbang Kecamatan 2027
        Batas waktu   : 10 Desember 2026

        Atas kerja samanya kami ucapkan terima kasih.
        '''), name='I Putu Gede Arimbawa', inst='Kantor Camat Negara', **F)

    C('f14-req-lurah-baler-bale-agung', 'gmail', 'Kelurahan Baler Bale Agung', 'kel.balerbaleagung@gmail.com',
      'Mohon data kependudukan kelurahan', T('''
        Yth. Bapak/Ibu di BPS Kabupaten Jembrana,

        Dengan hormat, menjelang lomba kelurahan tingkat kabupaten tahun 2027, kami perlu melengkapi buku profil Kelurahan Baler Bale Agung. Kami mohon data jumlah penduduk menurut agama, pendidikan tertinggi yang ditamatkan dan lapangan pekerjaan di Kelurahan Baler Bale Agung (atau Kecamatan Negara bila tingkat kelurahan tidak tersedia), tahun terbaru.

        Terima kasih atas bantuannya.

        Hormat kami,
        Lurah Baler Bale Agung,

        I Wayan Darmika, S.Sos.
        '''), name='I Wayan Darmika', inst='Kelurahan Baler Bale Agung', **F)

    # ------------------------------------------------------------------------------------------------
    # Civil servants and public bodies
    # ------------------------------------------------------------------------------------------------
    C('f14-req-inspektorat-consultation-on-sampling', 'outlook', 'Ketut Ariasih', 'ariasih.inspektorat@jembranakab.go.id',
      'Konsultasi penentuan sampel Survei Kepuasan Masyarakat', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Saya Ni Luh Ketut Ariasih, Auditor Ahli Muda pada Inspektorat Kabupaten Jembrana. Tahun depan kami ditugasi mereviu pelaksanaan Survei Kepuasan Masyarakat (SKM) di 18 unit pelayanan publik, dan kami menemukan banyak unit menentukan jumlah responden tanpa dasar yang jelas.

        Kami mohon konsultasi dengan statistisi BPS mengenai:
        1. cara menentukan jumlah sampel minimal SKM bila jumlah pengunjung per tahun diketahui (apakah tabel Krejcie-Morgan dapat dipakai);
        2. cara menarik sampel responden yang wajar untuk loket dengan jumlah pengunjung kecil (di bawah 100 orang per bulan).

        Bila memungkinkan, kami bersedia datang ke kantor BPS pada minggu pertama Desember. Terima kasih.

        Salam,
        Ni Luh Ketut Ariasih, S.E., M.Ak., CGCAE
        Auditor Ahli Muda
        Inspektorat Kabupaten Jembrana
        '''), name='Ni Luh Ketut Ariasih', inst='Inspektorat Kabupaten Jembrana', **F)

    C('f14-req-bkkbn-provincial-office', 'outlook', 'Made Sri Adnyani', 'madesri.adnyani@bkkbn.go.id',
      'Permohonan data keluarga dan perkawinan - Kab. Jembrana', T('''
        Selamat siang,

        Dengan hormat, kami dari Bidang Pengendalian Penduduk BKKBN Perwakilan Provinsi Bali sedang menyusun Profil Kependudukan dan Keluarga Berencana kabupaten/kota se-Bali tahun 2026. Untuk Kabupaten Jembrana kami memerlukan:

        1. angka kelahiran total (TFR) dan angka kelahiran menurut umur ibu (ASFR) hasil Long Form SP2020;
        2. persentase perempuan pernah kawin usia 15-49 tahun yang menggunakan alat/cara KB, 2021-2025;
        3. rata-rata umur kawin pertama perempuan.

        Atas bantuannya kami ucapkan terima kasih.

        Hormat kami,

        Dra. Made Sri Adnyani, M.Si.
        Analis Kependudukan Ahli Madya
        BKKBN Perwakilan Provinsi Bali
        '''), name='Dra. Made Sri Adnyani', inst='BKKBN Perwakilan Provinsi Bali', **F)

    C('f14-req-fisheries-training-centre-banyuwangi', 'gmail', 'Agus Setiawan', 'agussetiawan.bppp@gmail.com',
      'Mohon data nelayan & pembudidaya untuk perencanaan pelatihan', T('''
        Selamat pagi Bapak/Ibu PST,

        Perkenalkan, saya Agus Setiawan, Penyuluh Perikanan di Balai Pelatihan dan Penyuluhan Perikanan Banyuwangi (BPPP Banyuwangi), yang wilayah kerjanya juga mencakup Bali bagian barat. Tahun 2027 kami akan mengadakan pelatihan pengolahan ikan dan budidaya udang vaname bagi masyarakat pesisir Jembrana.

        Mohon bantuan data:
        1. jumlah rumah tangga perikanan tangkap dan budidaya per kecamatan (ST2023);
        2. jumlah usaha pengolahan ikan skala mikro dan kecil per kecamatan;
        3. produksi udang budidaya 2021-2025.

        Terima kasih banyak.

        Salam,
        Agus Setiawan, S.St.Pi.
        BPPP Banyuwangi
        '''), name='Agus Setiawan', inst='Balai Pelatihan dan Penyuluhan Perikanan Banyuwangi', **F)

    C('f14-req-provincial-trade-office-ikm', 'outlook', 'Kadek Dwi Anggara', 'kadekdwi.anggara@baliprov.go.id',
      'Permohonan data IKM Kabupaten Jembrana', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        c.q. Pelayanan Statistik Terpadu

        Dengan hormat,

        Dalam rangka pemetaan sentra industri kecil dan menengah (IKM) di Provinsi Bali tahun 2026, Bidang Perindustrian Dinas Perindustrian dan Perdagangan Provinsi Bali memerlukan data Kabupaten Jembrana sebagai berikut:

        1. jumlah usaha dan tenaga kerja industri mikro dan kecil menurut KBLI 2 digit, 2022-2025;
        2. jumlah usaha industri mikro dan kecil per kecamatan, tahun terbaru.

        Data mohon dikirim ke alamat email ini. Atas kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        Kadek Dwi Anggara, S.T.
        Pengawas Industri Ahli Pertama
        Dinas Perindustrian dan Perdagangan Provinsi Bali
        Jl. Raya Puputan Niti Mandala, Renon, Denpasar
        '''), name='Kadek Dwi Anggara', inst='Dinas Perindustrian dan Perdagangan Provinsi Bali', **F)

    C('f14-req-bappeda-officer-forwards-head-disposition', 'outlook', 'Wiwik Suryani', 'wiwik.suryani@baliprov.go.id',
      'FW: Bahan Rakor Penanggulangan Kemiskinan', T('''
        Yth. Bapak/Ibu PST BPS Kab. Jembrana,

        Menindaklanjuti disposisi Kepala Bidang kami di bawah, mohon bantuan data untuk bahan Rapat Koordinasi Penanggulangan Kemiskinan Provinsi Bali. Saya yang ditugaskan mengumpulkan bahannya, jadi mohon data dikirim ke email saya ini.

        Terima kasih.

        Salam,
        Ni Luh Putu Wiwik Suryani
        Perencana Ahli Pertama
        Bappeda Provinsi Bali

        ________________________________
        From: I Gusti Ketut Astawa <igk.astawa@baliprov.go.id>
        Sent: Friday, November 20, 2026 4:12 PM
        To: Wiwik Suryani <wiwik.suryani@baliprov.go.id>
        Subject: Bahan Rakor Penanggulangan Kemiskinan

        Wiwik,

        Tolong minta ke BPS Kab. Jembrana: jumlah dan persentase penduduk miskin, indeks kedalaman (P1) dan keparahan (P2) kemiskinan 2019-2025, serta garis kemiskinan. Untuk bahan rakor tanggal 8 Desember.

        Tks.
        IGK Astawa
        Kabid Pemerintahan dan Pembangunan Manusia
        '''), name='Ni Luh Putu Wiwik Suryani', inst='Bappeda Provinsi Bali', **F)

    C('f14-req-puskesmas-doctor-need-only-in-subject', 'outlook', 'Puskesmas II Negara', 'pkm2negara@gmail.com',
      'Mohon data jumlah penduduk per desa menurut kelompok umur wilayah kerja Puskesmas II Negara tahun 2025', T('''
        Selamat siang,

        Mohon bantuannya sesuai judul email di atas, untuk penghitungan sasaran program tahun 2027. Terima kasih.

        Salam,
        dr. Ayu Indah
        Kepala UPTD Puskesmas II Negara

        Dapatkan Outlook untuk Android
        '''), name='dr. Ayu Indah', inst='UPTD Puskesmas II Negara', **F)

    # ------------------------------------------------------------------------------------------------
    # The public
    # ------------------------------------------------------------------------------------------------
    C('f14-req-farmer-masyarakat-biasa-android', 'plain', 'Ketut Wardana', 'ketutwardana1972@gmail.com', 'Tanya harga cabai', T('''
        Selamat siang bapak ibu

        Saya Ketut Wardana, petani cabai di Desa Berangbang, saya masyarakat biasa tidak dari kantor mana-mana. Saya mau tanya data harga cabai rawit dan cabai merah di Jembrana tiap bulan dari tahun 2023 sampai sekarang, supaya bisa mengira kapan waktu tanam yang bagus biar panennya pas harga tinggi. Kalau ada juga luas tanam cabai di Kecamatan Melaya.

        Terima kasih banyak

        Dikirim dari perangkat Android saya
        '''), name='Ketut Wardana', **F)

    C('f14-req-cattle-trader-no-company', 'plain', 'H. Mansyur', 'hajimansyur.sapi@gmail.com', 'data sapi', T('''
        Assalamualaikum. Selamat pagi.

        Saya H. Mansyur dari Loloan Barat, pedagang sapi antar pulau, usaha sendiri saja bukan perusahaan. Saya mau minta data jumlah populasi sapi bali per kecamatan di Jembrana tahun 2023 2024 2025 dan kalau ada jumlah sapi yang dipotong atau dikirim ke luar Bali. Buat hitung-hitungan stok menjelang Idul Adha.

        Terima kasih. Wassalamualaikum.
        '''), name='H. Mansyur', **F)

    C('f14-req-vague-capitals-bisa-dibantu', 'plain', 'SUPARMAN', 'suparman.gilimanuk@gmail.com', 'MOHON BANTUAN', T('''
        SELAMAT SIANG BAPAK IBU. SAYA SUPARMAN DARI GILIMANUK. SAYA MAU MINTA TOLONG SOAL DATA, APA BISA DIBANTU? TERIMA KASIH.
        '''), name='Suparman', req=False, **F)

    C('f14-req-vague-elderly-group-wants-cooperation', 'gmail', 'Made Suweca', 'madesuweca.werdha@gmail.com',
      'Mohon petunjuk', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu BPS Jembrana, tiang I Made Suweca, ketua Karang Werdha Sinar Abadi Desa Berangbang. Kami kelompok orang tua yang ingin kegiatan kami lebih berguna untuk desa. Kami dengar BPS punya banyak data, barangkali ada yang bisa kami bantu atau kami pelajari. Mohon petunjuk Bapak/Ibu bagaimana baiknya.

        Suksma.
        Om Santih, Santih, Santih Om

        Made Suweca
        '''), name='I Made Suweca', inst='Karang Werdha Sinar Abadi Desa Berangbang', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Media
    # ------------------------------------------------------------------------------------------------
    C('f14-req-beritabali-journalist-iphone', 'iphone', 'Yoga Pradipta', 'yogapradipta.bb@gmail.com', 'data NTP & inflasi', T('''
        Sore min, sy Gede Yoga Pradipta wartawan beritabali.com, liputan Jembrana. Mhn bantu data NTP Bali Okt 2026 & perkembangan harga beras di Jembrana 3 bln terakhir, utk berita bsk. Kl ada narasumber yg bisa dikonfirmasi via tlp jg boleh. Tks min 🙏

        Dikirim dari iPhone saya
        '''), name='Gede Yoga Pradipta', inst='beritabali.com', **F)

    C('f14-req-idn-times-reporter-asks-interview', 'gmail', 'Ayu Wulansari', 'ayu.wulansari@idntimes.com',
      'Permohonan data dan wawancara: kemiskinan ekstrem di Jembrana', T('''
        Halo Bapak/Ibu tim PST BPS Jembrana,

        Saya Ayu Wulansari, jurnalis IDN Times Bali. Saya sedang menulis liputan mendalam tentang kemiskinan ekstrem di Bali barat dan ingin memakai data resmi BPS.

        Yang saya butuhkan:
        1. persentase dan jumlah penduduk miskin Jembrana 2019-2025, serta garis kemiskinannya;
        2. perbandingan dengan kabupaten lain di Bali pada 2025;
        3. wawancara singkat (15-20 menit, boleh lewat telepon/Zoom) dengan statistisi tentang perbedaan "miskin" dan "miskin ekstrem".

        Tenggat tulisan saya 4 Desember. Terima kasih banyak!

        Salam,
        Ayu Wulansari
        Jurnalis - IDN Times Bali
        '''), name='Ayu Wulansari', inst='IDN Times Bali', **F)

    C('f14-req-en-nikkei-correspondent', 'gmail', 'Kenji Watanabe', 'kenji.watanabe@nex.nikkei.co.jp',
      'Data request from Nikkei Asia - sardine canning and fishing employment', T('''
        Dear Sir/Madam,

        I am Kenji Watanabe, Jakarta correspondent for Nikkei Asia. I am preparing a feature on Indonesia's sardine canning industry, which is concentrated in Muncar (East Java) and Pengambengan in Jembrana, and on how lower catches in the Bali Strait have affected fishing communities.

        Could your office provide:
        - lemuru (Bali sardinella) landings in Jembrana by year, 2010-2025;
        - employment in fisheries and in food manufacturing in Jembrana, latest years;
        - the number of large and medium manufacturing establishments in fish processing, if available.

        I would also welcome a short background conversation with a statistician, on or off the record.

        Best regards,
        Kenji Watanabe
        Jakarta Correspondent, Nikkei Asia
        '''), name='Kenji Watanabe', inst='Nikkei Asia', lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Firms, consultants, NGOs
    # ------------------------------------------------------------------------------------------------
    C('f14-req-bakery-owner-chat', 'gmail', 'Yuli Handayani', 'yulihandayani.rotisari@gmail.com', 'Tanya data', T('''
        Pagi pak bu 🙏 maaf ganggu ya

        Saya Yuli Handayani, punya usaha Toko Roti Sari Rasa di Jl. Ngurah Rai Negara. Rencana tahun depan mau buka cabang di Melaya atau Mendoyo, tapi bingung pilih yg mana 😅. Boleh minta data jumlah penduduk sama jumlah rumah tangga di Kec Melaya dan Kec Mendoyo, terus rata2 pengeluaran per kapita penduduk Jembrana? Kalau ada data jumlah sekolah per kecamatan juga boleh, soalnya roti kami banyak dibeli anak sekolah.

        Makasih banyak pak bu!
        Yuli
        '''), name='Yuli Handayani', inst='Toko Roti Sari Rasa', **F)

    C('f14-req-shrimp-hatchery-inst-only-in-signature', 'outlook', 'Hendra Gunawan', 'hendra@benurmas.co.id',
      'Data tambak udang dan produksi benur', T('''
        Selamat siang Bapak/Ibu,

        Kami berencana menambah kapasitas produksi benur udang vaname di Jembrana tahun 2027 dan sedang menghitung potensi permintaan dari tambak-tambak di Jembrana dan Banyuwangi. Mohon bantuan data:

        1. luas areal tambak udang per kecamatan di Kabupaten Jembrana, 2021-2025;
        2. produksi udang vaname budidaya per kecamatan, 2021-2025;
        3. jumlah rumah tangga/perusahaan budidaya udang (ST2023).

        Terima kasih atas bantuan dan kerja samanya.

        Regards,

        Ir. Hendra Gunawan
        Direktur Operasional
        CV Benur Mas Lestari
        Hatchery: Desa Candikusuma, Melaya - Jembrana
        '''), name='Ir. Hendra Gunawan', inst='CV Benur Mas Lestari', **F)

    C('f14-req-printer-signs-with-first-name', 'gmail', 'Cahaya Offset', 'cahayaoffset.negara@gmail.com',
      'Minta data jumlah sekolah', T('''
        Selamat siang,

        Kami dari Percetakan Cahaya Offset di Jl. Udayana, Negara, mau minta data jumlah sekolah (SD, SMP, SMA/SMK) dan jumlah murid per kecamatan di Jembrana tahun ajaran terakhir. Rencananya buat penawaran cetak buku rapor dan LKS ke sekolah-sekolah.

        Terima kasih.

        Yudi
        0812-3855-xxxx
        '''), name='Yudi', inst='Percetakan Cahaya Offset', **F)

    C('f14-req-amdal-consultant-names-client', 'gmail', 'Fajar Nugroho', 'fajar.nugroho@wanalestari.co.id',
      'Permohonan data sosial ekonomi - penyusunan ANDAL Pelabuhan Gilimanuk', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Perkenalkan, saya Fajar Nugroho, tenaga ahli sosial ekonomi di CV Wana Lestari Konsultan, Surabaya. Kami ditunjuk oleh PT ASDP Indonesia Ferry (Persero) untuk menyusun dokumen AMDAL rencana pengembangan dermaga Pelabuhan Gilimanuk. Untuk bagian rona awal lingkungan (komponen sosial ekonomi dan budaya), kami memerlukan data:

        1. jumlah penduduk, kepadatan dan rasio jenis kelamin per desa/kelurahan di Kecamatan Melaya, 2021-2025;
        2. jumlah penduduk menurut mata pencaharian di Kelurahan Gilimanuk dan Desa Melaya;
        3. jumlah sarana kesehatan, pendidikan dan ibadah per desa (Podes 2024).

        Surat permohonan resmi dari pemrakarsa dapat kami kirimkan bila diperlukan.

        Terima kasih.

        Salam,
        Fajar Nugroho, S.Sos., M.Si.
        Tenaga Ahli Sosekbud
        CV Wana Lestari Konsultan
        '''), name='Fajar Nugroho', inst='CV Wana Lestari Konsultan', **F)

    C('f14-req-waste-ngo-html-only', 'html_only', 'Bersih Segara', 'halo@bersihsegara.org',
      'Permohonan data pengelolaan sampah rumah tangga', T('''
        Om Swastyastu Bapak/Ibu,

        Kami dari Perkumpulan Bersih Segara, komunitas yang mengelola bank sampah dan aksi bersih pantai di pesisir Jembrana (Pantai Rambut Siwi, Medewi dan Perancak). Tahun 2027 kami akan membuka enam bank sampah baru bersama pemerintah desa.

        Kami mohon data:
        1. persentase rumah tangga menurut cara pembuangan sampah (diangkut, dibakar, dibuang ke sungai/laut, dll.), Kabupaten Jembrana 2021-2025;
        2. jumlah desa yang memiliki tempat pembuangan sampah sementara dan bank sampah (Podes 2024);
        3. jumlah rumah tangga per desa di Kecamatan Mendoyo dan Pekutatan.

        Suksma!

        Salam lestari,
        Made Sinta Paramitha
        Koordinator Program, Perkumpulan Bersih Segara
        '''), name='Made Sinta Paramitha', inst='Perkumpulan Bersih Segara', **F)

    C('f14-req-legal-aid-crime-statistics', 'gmail', 'Vany Primaliandari', 'vany.primaliandari@lbhbali.or.id',
      'Permohonan data kriminalitas dan kemiskinan Kab. Jembrana', T('''
        Salam keadilan,

        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Saya Kadek Vany Primaliandari, pengabdi bantuan hukum di Lembaga Bantuan Hukum (LBH) Bali. Kami sedang menyusun laporan tahunan tentang akses keadilan bagi masyarakat miskin di Bali, termasuk rencana membuka pos bantuan hukum di Jembrana.

        Kami memohon data:
        1. jumlah tindak pidana yang dilaporkan dan risiko penduduk terkena kejahatan, Kabupaten Jembrana 2020-2025 (Statistik Kriminal);
        2. persentase penduduk miskin dan jumlahnya per tahun, 2020-2025;
        3. persentase penduduk yang pernah menjadi korban kejahatan (Susenas), bila tersedia di tingkat kabupaten.

        Terima kasih atas perhatian dan kerja samanya.

        Salam,
        Vany
        LBH Bali
        '''), name='Kadek Vany Primaliandari', inst='Lembaga Bantuan Hukum (LBH) Bali', **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets
    # ------------------------------------------------------------------------------------------------
    C('f14-reply-iphone-identity-after-ask-chat', 'iphone', 'rina', 'rinaapriliani03@icloud.com', 'Re: ' + SUBJ_ASK % 1401, T('''
        oh iya kak maaf lupa 🙏 nama aku Rina Apriliani, mhs Universitas Pendidikan Mandalika prodi PGSD. datanya buat tugas akhir kak

        Dikirim dari iPhone saya
        '''), kind='reply', name='Rina Apriliani', inst='Universitas Pendidikan Mandalika', req=False,
      ticket='PST-2026-01401', quote=iq(ASK), **rp(1401), **F)

    C('f14-reply-thunderbird-bottom-identity-after-ask', 'thunderbird', 'Nyoman Sukadana', 'nyomansukadana.ijo@gmail.com',
      'Re: ' + SUBJ_ASK % 1402, tq(ASK) + '\n\n' + T('''
        Selamat siang,

        Nama lengkap saya I Nyoman Sukadana. Saya mengajukan permintaan ini sebagai ketua Paguyuban Pedagang Pasar Ijogading, untuk bahan rapat dengan UPTD Pasar soal penataan los pedagang.

        Terima kasih.
        Nyoman Sukadana
        '''), kind='reply', name='I Nyoman Sukadana', inst='Paguyuban Pedagang Pasar Ijogading', req=False,
      ticket='PST-2026-01402', **rp(1402), **F)

    C('f14-reply-yahoo-thanks-signature-institution', 'yahoo', 'siti nur khasanah', 'sitinurkhasanah99@yahoo.com',
      'Re: ' + SUBJ_DATA % 1403, T('''
        Waalaikumsalam wr.wb.

        Alhamdulillah data kakao sudah saya terima dan sudah saya konsultasikan ke dosen pembimbing. Terima kasih banyak Bapak/Ibu atas bantuannya, sangat membantu penelitian saya.

        Wassalamualaikum wr.wb.

        Siti Nur Khasanah
        Agribisnis - Universitas Islam Malang
        '''), kind='reply', name='Siti Nur Khasanah', inst='Universitas Islam Malang', req=False,
      ticket='PST-2026-01403', quote=yq(DELIV_ID % 1403), **rp(1403), **F)

    C('f14-reply-gmail-adds-need-earlier-years', 'gmail', 'Rizal Fahmi Maulana', 'rizalfahmi.m@students.unnes.ac.id',
      'Re: ' + SUBJ_DATA % 1404, T('''
        Selamat sore Bapak/Ibu,

        Terima kasih banyak, data luas sawah dan produksi padi 2015-2025 sudah saya terima. Setelah bimbingan kemarin, dosen pembimbing meminta saya menambahkan data luas lahan sawah irigasi dan tadah hujan per kecamatan tahun 2010-2014 sebagai pembanding. Apakah data tersebut bisa saya peroleh juga?

        Terima kasih.

        Hormat saya,
        Rizal Fahmi Maulana
        '''), kind='reply', name='Rizal Fahmi Maulana', req=True, ticket='PST-2026-01404',
      quote=gq(DELIV_ID % 1404, 'id'), **rp(1404), **F)

    C('f14-reply-status-question-new-mail-ticket-in-body', 'outlook', 'Made Sri Adnyani', 'madesri.adnyani@bkkbn.go.id',
      'Menanyakan perkembangan permintaan data BKKBN', T('''
        Selamat pagi Bapak/Ibu,

        Mohon izin menanyakan perkembangan permintaan data kami dengan nomor tiket PST-2026-01405 (TFR, ASFR dan pemakaian KB). Draf profil harus kami serahkan kepada pimpinan pada 7 Desember 2026.

        Terima kasih atas perhatiannya.

        Hormat kami,
        Made Sri Adnyani
        BKKBN Perwakilan Provinsi Bali
        '''), kind='reply', name='Made Sri Adnyani', inst='BKKBN Perwakilan Provinsi Bali', req=False,
      ticket='PST-2026-01405', **F)

    C('f14-reply-en-asks-breakdown-by-sex', 'gmail', 'Nguyen Thi Thu Trang', 'nguyen.thi.thu.trang@f.mbox.nagoya-u.ac.jp',
      'Re: ' + SUBJ_DATA % 1406, T('''
        Dear PST team,

        Thank you very much for the paddy tables, they are exactly what I needed. May I ask one more thing: is the number of agricultural households from the 2023 census also available by sex of the farm manager, for each kecamatan? My supervisor suggested adding a gender dimension.

        Best regards,
        Trang
        '''), kind='reply', name='Trang', req=True, lang='en', ticket='PST-2026-01406',
      quote=gq(DELIV_EN % 1406), **rp(1406), **F)

    C('f14-reply-iphone-siap-no-name', 'iphone', 'Yoga Pradipta', 'yogapradipta.bb@gmail.com', 'Re: ' + SUBJ_ACK % 1407, T('''
        Siap min, ditunggu. Tks 🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-01407',
      quote=iq(ACK % (1407, 'Gede Yoga Pradipta', 'beritabali.com', 'NTP Bali Oktober 2026, harga beras Jembrana')),
      **rp(1407), **F)

    C('f14-reply-outlook-copy-to-colleague', 'outlook', 'Kecamatan Negara', 'kec.negara@jembranakab.go.id',
      'RE: ' + SUBJ_ACK % 1408, T('''
        Selamat siang,

        Terima kasih atas tanda terimanya. Mohon nanti data juga ditembuskan ke rekan kami di Seksi Pemerintahan, Ibu Ni Kadek Sri Wahyuni (sriwahyuni.kecnegara@gmail.com), karena beliau yang menyusun Profil Kecamatan selama saya mengikuti diklat.

        Salam,
        I Putu Gede Arimbawa
        Kasi Pemerintahan - Kantor Camat Negara
        '''), kind='reply', name='I Putu Gede Arimbawa', inst='Kantor Camat Negara', req=False, ticket='PST-2026-01408',
      quote=oq(ACK % (1408, 'I Putu Gede Arimbawa', 'Kantor Camat Negara',
                      'Penduduk, rumah tangga, luas wilayah per desa; sarana pendidikan dan kesehatan (Podes 2024)'),
               'Kecamatan Negara <kec.negara@jembranakab.go.id>', SUBJ_ACK % 1408, 'id'), **rp(1408), **F)

    C('f14-reply-android-file-broken-asks-resend', 'gmail', 'Yuli Handayani', 'yulihandayani.rotisari@gmail.com',
      'Re: ' + SUBJ_DATA % 1409, T('''
        Pak bu maaf, filenya ga bisa dibuka di HP saya, muncul tulisan "format tidak didukung". Bisa dikirim ulang data penduduk & rumah tangga Melaya-Mendoyo dalam bentuk Excel atau PDF biasa? Makasih 🙏

        Yuli - Toko Roti Sari Rasa
        '''), kind='reply', name='Yuli', inst='Toko Roti Sari Rasa', req=True, ticket='PST-2026-01409',
      quote=aq(DELIV_ID % 1409), **rp(1409), **F)

    C('f14-reply-sundanese-thanks', 'gmail', 'Asep Saepul Rohman', 'asepsaepul.r@gmail.com', 'Re: ' + SUBJ_DATA % 1410, T('''
        Wilujeng siang,

        Hatur nuhun pisan Bapak/Ibu, datana parantos katampi kalayan sae. Mugia BPS Jembrana salawasna sehat tur lancar dina ngalayanan masarakat.

        Hatur nuhun,
        Asep Saepul Rohman
        '''), kind='reply', name='Asep Saepul Rohman', req=False, ticket='PST-2026-01410',
      quote=gq(DELIV_ID % 1410, 'id'), **rp(1410), **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f14-rating-bare-digit-five', 'gmail', 'Dwi Kurniawan Saputra', 'dwikurniawan.s@gmail.com', 'Re: ' + SUBJ_RATE % 1421, T('''
        5

        Makasih banyak, super helpful! Datanya lengkap dan cepat dikirim.

        Dwi K. Saputra
        '''), kind='rating', rating=5, name='Dwi K. Saputra', req=False, ticket='PST-2026-01421',
      quote=gq(RATE_ID % 1421, 'id'), **rp(1421), **F)

    C('f14-rating-empat-in-words-yahoo', 'yahoo', 'Gede Ardana', 'gedeardana.mtk@yahoo.co.id', 'Re: ' + SUBJ_RATE % 1422, T('''
        Om Swastyastu,

        Saya beri nilai empat. Data penduduk dan harga sudah lengkap, hanya data curah hujan ternyata harus diminta ke BMKG. Suksma.

        Gede Ardana
        SMP Negeri 4 Negara
        '''), kind='rating', rating=4, name='Gede Ardana', inst='SMP Negeri 4 Negara', req=False,
      ticket='PST-2026-01422', quote=yq(RATE_ID % 1422), **rp(1422), **F)

    C('f14-rating-outlook-three-of-five-signature', 'outlook', 'Made Sri Adnyani', 'madesri.adnyani@bkkbn.go.id',
      'RE: ' + SUBJ_RATE % 1423, T('''
        Selamat siang,

        Kami beri nilai 3 dari 5. Datanya sesuai, namun baru kami terima setelah kami menanyakan ulang dan melewati tenggat yang kami sampaikan.

        Hormat kami,
        Dra. Made Sri Adnyani, M.Si.
        BKKBN Perwakilan Provinsi Bali
        '''), kind='rating', rating=3, name='Dra. Made Sri Adnyani', inst='BKKBN Perwakilan Provinsi Bali', req=False,
      ticket='PST-2026-01423',
      quote=oq(RATE_ID % 1423, 'Made Sri Adnyani <madesri.adnyani@bkkbn.go.id>', SUBJ_RATE % 1423, 'id'),
      **rp(1423), **F)

    C('f14-rating-en-four-slash-five', 'outlook', 'B. Kavanagh', 'bridget.kavanagh@utas.edu.au', 'RE: ' + SUBJ_RATE % 1424, T('''
        Hello,

        4/5 from me. The occupancy tables were excellent; the labour force figures were only at province level, but your colleague explained why, which I appreciated.

        Cheers,
        Bridget
        '''), kind='rating', rating=4, name='Bridget', req=False, lang='en', ticket='PST-2026-01424',
      quote=oq(RATE_EN % 1424, 'B. Kavanagh <bridget.kavanagh@utas.edu.au>', SUBJ_RATE % 1424), **rp(1424), **F)

    C('f14-rating-iphone-stars-no-name', 'iphone', 'intan', 'intanpermata.k@icloud.com', 'Re: ' + SUBJ_RATE % 1425, T('''
        ⭐⭐⭐⭐⭐ mantap kak, tugasku dpt nilai bagus 😆🙏🏻

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-01425', quote=iq(RATE_ID % 1425), **rp(1425), **F)

    C('f14-rating-sangat-puas-words-only', 'plain', 'Ketut Wardana', 'ketutwardana1972@gmail.com', 'Re: ' + SUBJ_RATE % 1426, T('''
        Sangat puas pak bu. Penjelasannya gampang dimengerti orang seperti saya. Terima kasih

        Ketut Wardana

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=5, name='Ketut Wardana', req=False, ticket='PST-2026-01426',
      quote=aq(RATE_ID % 1426), **rp(1426), **F)

    C('f14-rating-two-kurang-puas-consultant', 'gmail', 'Fajar Nugroho', 'fajar.nugroho@wanalestari.co.id',
      'Re: ' + SUBJ_RATE % 1427, T('''
        Selamat sore,

        Penilaian kami: 2 (kurang puas). Data Podes yang kami terima hanya sebagian desa, dan data mata pencaharian Kelurahan Gilimanuk tidak dikirim tanpa penjelasan. Kami terpaksa memakai data monografi kelurahan untuk dokumen ANDAL.

        Salam,
        Fajar Nugroho
        CV Wana Lestari Konsultan
        '''), kind='rating', rating=2, name='Fajar Nugroho', inst='CV Wana Lestari Konsultan', req=False,
      ticket='PST-2026-01427', quote=gq(RATE_ID % 1427, 'id'), **rp(1427), **F)

    C('f14-rating-new-mail-numbers-before-score', 'gmail', 'Agus Setiawan', 'agussetiawan.bppp@gmail.com',
      'Penilaian layanan tiket PST-2026-01428', T('''
        Selamat pagi,

        Email permintaan penilaian dari PST sepertinya terhapus, jadi saya kirim lewat email baru. Permintaan 3 jenis data kami ajukan 17 November dan dikirim lengkap 19 November, 2 hari kerja. Nilai saya untuk layanan PST: 4. Semoga ke depan data ST2023 per desa bisa langsung diunduh.

        Salam,
        Agus Setiawan
        BPPP Banyuwangi
        '''), kind='rating', rating=4, name='Agus Setiawan', inst='BPPP Banyuwangi', req=False,
      ticket='PST-2026-01428', **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints
    # ------------------------------------------------------------------------------------------------
    C('f14-complaint-polite-suggestion-excel-on-website', 'gmail', 'Dian Puspitasari', 'dianpuspita.unibabwi@gmail.com',
      'Saran untuk website BPS Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Sebelumnya terima kasih atas bantuan data untuk skripsi saya bulan lalu. Sekadar saran saja, Bapak/Ibu: tabel-tabel di publikasi Kabupaten Jembrana Dalam Angka di website kebanyakan hanya tersedia dalam PDF, sehingga mahasiswa seperti saya harus mengetik ulang angkanya dan sering salah. Alangkah baiknya kalau tabel yang sering dipakai (penduduk, perikanan, pertanian) juga disediakan dalam format Excel.

        Mohon maaf bila kurang berkenan. Matur nuwun.

        Dian Puspitasari
        Universitas PGRI Banyuwangi
        '''), kind='complaint', name='Dian Puspitasari', inst='Universitas PGRI Banyuwangi', req=False, **F)

    C('f14-complaint-slow-answer-outlook-on-ack', 'outlook', 'Kadek Dwi Anggara', 'kadekdwi.anggara@baliprov.go.id',
      'RE: ' + SUBJ_ACK % 1432, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Tanda terima ini kami terima tanggal 9 November, dengan janji jawaban paling lambat 3 hari kerja. Sampai hari ini, dua minggu kemudian, belum ada data maupun kabar, dan telepon ke kantor juga tidak tersambung. Pemetaan IKM kami tertahan karena hanya data Jembrana yang belum masuk dari sembilan kabupaten/kota.

        Mohon perhatian dan kepastiannya.

        Hormat kami,
        Kadek Dwi Anggara
        Dinas Perindustrian dan Perdagangan Provinsi Bali
        '''), kind='complaint', name='Kadek Dwi Anggara', inst='Dinas Perindustrian dan Perdagangan Provinsi Bali',
      req=False, ticket='PST-2026-01432',
      quote=oq(ACK % (1432, 'Kadek Dwi Anggara', 'Dinas Perindustrian dan Perdagangan Provinsi Bali',
                      'Jumlah usaha dan tenaga kerja IMK menurut KBLI 2022-2025'),
               'Kadek Dwi Anggara <kadekdwi.anggara@baliprov.go.id>', SUBJ_ACK % 1432, 'id'), **rp(1432), **F)

    C('f14-complaint-rating-mail-sent-five-times', 'gmail', 'Yohanes Nahak', 'yohanesnahak02@gmail.com',
      'Re: ' + SUBJ_RATE % 1433, T('''
        Selamat pagi Bapak/Ibu,

        Mohon maaf, saya sudah 5 kali menerima email permintaan penilaian yang sama untuk tiket ini, padahal penilaian sudah saya kirim pada 18 November. Mohon sistemnya diperiksa supaya tidak terus mengirim ulang, karena email lain jadi tertumpuk.

        Terima kasih.
        Yohanes Nahak
        '''), kind='complaint', name='Yohanes Nahak', req=False, ticket='PST-2026-01433',
      quote=gq(RATE_ID % 1433, 'id'), **rp(1433), **F)

    C('f14-complaint-enumerator-came-at-night', 'plain', 'Wayan Sumiati', 'wayansumiati.dauhwaru@gmail.com',
      'Petugas survei datang malam hari', T('''
        Selamat siang Bapak/Ibu.

        Saya Ni Wayan Sumiati, warga Banjar Sawe, Desa Dauhwaru. Saya mau menyampaikan, kemarin petugas survei BPS datang ke rumah hampir jam setengah sepuluh malam, waktu anak-anak sudah tidur dan suami saya sedang kerja shift di pelabuhan. Saya jadi takut membukakan pintu. Petugasnya sopan dan membawa kartu tanda pengenal, tapi mohon kalau bisa pendataan dilakukan siang atau sore saja, atau janjian dulu lewat kelian banjar.

        Terima kasih atas perhatiannya.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Ni Wayan Sumiati', req=False, **F)

    C('f14-complaint-en-two-tables-disagree', 'gmail', 'Emily Harrington', 'eharrington2@wisc.edu',
      'Inconsistent population figures on your website', T('''
        Dear PST team,

        I hope you don't mind a critical note. The 2024 population of Kecamatan Pekutatan is given as 31,2xx in the table "Jumlah Penduduk menurut Kecamatan" on your website, but the same year in the Kecamatan Pekutatan Dalam Angka 2025 PDF shows a figure almost 900 lower. Neither table explains which projection or registration basis it uses, so I cannot tell which one to cite.

        Could the tables be labelled with their source and revision date, or the older one be corrected?

        Thank you,
        Emily Harrington
        University of Wisconsin-Madison
        '''), kind='complaint', name='Emily Harrington', inst='University of Wisconsin-Madison', req=False, lang='en', **F)

    C('f14-complaint-rude-guard-chat-iphone', 'iphone', 'Rangga', 'ranggaaa.p@icloud.com', 'pelayanan di depan', T('''
        siang min. mau ngasih tau aja, td pagi aku ke kantor bps mau konsultasi data, tp satpam nya jutek bgt, ditanya ruang PST dmn malah dijawab "baca aja tulisannya". tulisan nya jg ga ada min 😑 aku jd muter2 10 menit. tolong diperhatiin ya min

        Rangga

        Sent from my iPhone
        '''), kind='complaint', name='Rangga', req=False, **F)

    C('f14-complaint-qr-guest-book-broken', 'gmail', 'Bersih Segara', 'halo@bersihsegara.org', 'Masukan untuk layanan PST', T('''
        Om Swastyastu,

        Kami ingin memberi masukan. Hari Kamis kemarin kami datang ke ruang PST, tetapi kode QR buku tamu digital di meja depan ternyata mengarah ke halaman yang sudah tidak aktif ("page not found"). Petugas lalu meminta kami mengisi buku tamu kertas, lalu mengisi lagi formulir yang sama di komputer, sehingga kami menunggu hampir 30 menit sebelum dilayani.

        Semoga bisa diperbaiki supaya pengunjung berikutnya tidak mengalami hal yang sama. Suksma.

        Made Sinta Paramitha
        Perkumpulan Bersih Segara
        '''), kind='complaint', name='Made Sinta Paramitha', inst='Perkumpulan Bersih Segara', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f14-ooo-outlook-id-annual-leave-headers', 'outlook', 'Ni Luh Ketut Ariasih', 'ariasih.inspektorat@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 1441, T('''
        Terima kasih atas email Bapak/Ibu.

        Saya sedang cuti tahunan sampai dengan 4 Desember 2026. Email Bapak/Ibu akan saya baca setelah kembali bertugas. Untuk keperluan mendesak terkait reviu SKM, silakan menghubungi Sekretariat Inspektorat Kabupaten Jembrana di (0365) 41xxx.

        Salam,
        Ni Luh Ketut Ariasih
        '''), kind='auto_reply', req=False, ticket='PST-2026-01441',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1441), **F)

    C('f14-ooo-gmail-body-only-dinas-luar', 'gmail', 'Agus Setiawan', 'agussetiawan.bppp@gmail.com',
      'Re: ' + SUBJ_ACK % 1442, T('''
        [Balasan otomatis]

        Terima kasih, email Bapak/Ibu sudah saya terima. Saya sedang dinas luar mendampingi pelatihan di Kabupaten Sumbawa sampai 5 Desember 2026 dengan sinyal terbatas. Email akan saya balas setelah kembali ke kantor.

        Salam,
        Agus Setiawan
        '''), kind='auto_reply', req=False, ticket='PST-2026-01442', **rp(1442), **F)

    C('f14-ooo-en-vacation-responder-xautoreply', 'gmail', 'Nguyen Thi Thu Trang', 'nguyen.thi.thu.trang@f.mbox.nagoya-u.ac.jp',
      'Out of Office Re: ' + SUBJ_DATA % 1443, T('''
        Hello,

        I am away on fieldwork in Can Tho, Vietnam, from 20 November to 10 December 2026 and will have only occasional access to email. I will reply after I return to Nagoya.

        Thank you for your patience.
        Trang
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01443',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(1443), **F)

    C('f14-ooo-newsroom-yahoo-own-subject', 'yahoo', 'Redaksi beritabali.com', 'redaksi.beritabali@yahoo.com',
      'Terima kasih telah menghubungi Redaksi beritabali.com', T('''
        Terima kasih atas email Anda.

        Pesan ini dikirim secara otomatis. Email Anda telah diterima oleh meja redaksi beritabali.com dan akan diteruskan kepada jurnalis atau editor yang bersangkutan. Untuk hak jawab dan koreksi berita, mohon cantumkan judul dan tautan berita.

        Salam,
        Redaksi beritabali.com
        '''), kind='auto_reply', req=False, extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')],
      **rp(1444), **F)

    C('f14-ooo-plain-address-no-longer-used', 'plain', 'Kecamatan Negara', 'kec.negara@jembranakab.go.id',
      'Alamat email tidak aktif lagi', T('''
        Yth. Bapak/Ibu pengirim,

        Mulai 1 Desember 2026 alamat email ini tidak lagi digunakan. Seluruh korespondensi dinas untuk Kantor Camat Negara mohon dikirim ke camat.negara@jembranakab.go.id. Email ini dikirim secara otomatis dan tidak perlu dibalas.

        Terima kasih.
        '''), kind='auto_reply', req=False, extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')],
      **rp(1445), **F)

    # ------------------------------------------------------------------------------------------------
    # Bounces
    # ------------------------------------------------------------------------------------------------
    D('f14-dsn-exim-unrouteable-domain-typo', dict(
        recipient='yuliana.safitri@student.unsri.ac.di', original_message_id=OUR(1451, '4c7e19b2'),
        orig_subject=SUBJ_ACK % 1451, status='5.1.2',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mx.bps.go.id>',
           'subject': 'Mail delivery failed: returning message to sender',
           'text': ('This message was created automatically by mail delivery software.\n\n'
                    'A message that you sent could not be delivered to one or more of its\n'
                    'recipients. This is a permanent error. The following address(es) failed:\n\n'
                    '  yuliana.safitri@student.unsri.ac.di\n'
                    '    Unrouteable address')}), 'PST-2026-01451', **F)

    D('f14-dsn-exchange-indonesian-mailbox-full', dict(
        recipient='kadekdwi.anggara@baliprov.go.id', original_message_id=OUR(1452, '4c7e19b2'),
        orig_subject=SUBJ_DATA % 1452, status='5.2.2', mta='baliprov.go.id',
        **{'from': 'Microsoft Outlook <postmaster@baliprov.go.id>',
           'subject': 'Tidak dapat dikirim: ' + SUBJ_DATA % 1452,
           'text': ('Pesan Anda ke kadekdwi.anggara@baliprov.go.id tidak dapat dikirim.\n\n'
                    'Kotak surat penerima penuh dan tidak dapat menerima pesan saat ini.\n\n'
                    'Tindakan yang Diperlukan\n'
                    'Coba kirim ulang pesan nanti, atau hubungi penerima secara langsung.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: KL1PR03MB6120.apcprd03.prod.outlook.com\n'
                    'kadekdwi.anggara@baliprov.go.id\n'
                    "Server Jarak Jauh mengembalikan '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'")}),
      'PST-2026-01452', lang='id', **F)

    D('f14-dsn-yahoo-not-valid-recipient', dict(
        recipient='gedeardana.mtk@yahoo.co.id', original_message_id=OUR(1453, '4c7e19b2'),
        orig_subject=SUBJ_RATE % 1453, status='5.0.0',
        **{'from': 'Mail Delivery Subsystem <MAILER-DAEMON@yahoo.com>',
           'subject': 'Failure Notice',
           'text': ('Sorry, we were unable to deliver your message to the following address.\n\n'
                    '<gedeardana.mtk@yahoo.co.id>:\n'
                    '554: delivery error: dd Not a valid recipient - atlas112.free.mail.sg3.yahoo.com')}),
      'PST-2026-01453', **F)

    D('f14-dsn-postfix-delay-warning', dict(
        recipient='kd.brenner@t-online.de', original_message_id=OUR(1454, '4c7e19b2'),
        orig_subject=SUBJ_DATA % 1454, status='4.4.2', action='delayed',
        **{'subject': 'Delayed Mail (still being retried)',
           'text': ('This is the mail system at host mx.bps.go.id.\n\n'
                    '####################################################################\n'
                    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
                    '####################################################################\n\n'
                    'Your message could not be delivered for more than 4 hour(s).\n'
                    'It will be retried until it is 5 day(s) old.\n\n'
                    '<kd.brenner@t-online.de>: host mx00.t-online.de[194.25.134.8] said: 421\n'
                    '    4.4.2 Service temporarily unavailable, please try again later')}),
      'PST-2026-01454', **F)
