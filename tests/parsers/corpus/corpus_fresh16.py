# corpus_fresh16.py: a sixteenth batch, written blind by a fourteenth independent author who saw neither the
# parser nor its results (set "fresh16"; tickets PST-2026-016xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh16')

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
            return 'Pada 24 Nov 2026, pukul 10.02, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 24 Nov 2026, at 10:02, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 24/11/2026 10.02, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Sel, 24 Nov 2026 10.02, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def sq(text, subject):
        """Quote as the Samsung Email app writes it: the original below a header block, not prefixed."""
        return ('\n-------- Pesan asli --------\nDari : PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Tanggal : 24/11/26 10.02 (GMT+08:00)\nKe : \nSubjek : %s\n\n%s' % (subject, text))

    def rp(n):
        return dict(in_reply_to=OUR(n, 'b3e8d416'), references=[OUR(n, 'b3e8d416')])

    # ================================================================================================
    # New requests: students and academics
    # ================================================================================================
    C('f16-req-unhas-bugis-master-aquaculture', 'gmail', 'Andi Muh. Fadhil', 'andifadhil.pawellangi@gmail.com',
      'Permohonan Data Produksi Perikanan Budidaya Kabupaten Jembrana', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Perkenalkan, saya Andi Muhammad Fadhil Pawellangi, mahasiswa Program Magister Ilmu Perikanan, Sekolah Pascasarjana Universitas Hasanuddin, Makassar. Saat ini saya sedang menyusun proposal tesis mengenai daya saing komoditas perikanan budidaya di wilayah pesisir Bali dan Sulawesi Selatan.

        Untuk keperluan tersebut, saya memohon bantuan data Kabupaten Jembrana sebagai berikut:
        a. volume dan nilai produksi perikanan budidaya menurut jenis komoditas (udang vaname, bandeng, rumput laut), 2018-2025;
        b. jumlah rumah tangga usaha budidaya ikan menurut kecamatan hasil ST2023;
        c. luas areal tambak menurut kecamatan.

        Apabila data tersebut tersedia dalam format Excel, saya akan sangat berterima kasih. Surat pengantar dari kampus dapat saya kirimkan bila diperlukan.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Hormat saya,
        Andi Muh. Fadhil P.
        NIM P022xxxxxx
        '''), name='Andi Muhammad Fadhil Pawellangi', inst='Universitas Hasanuddin', **F)

    C('f16-req-unpad-sundanese-iphone-chat', 'iphone', 'sinta', 'sintanrfdl@icloud.com', 'punten, mau minta data', T('''
        punten kak 🙏 aku Sinta Nurfadillah, mahasiswi statistika unpad semester 5. ada tugas matkul demografi, disuruh bikin piramida penduduk kabupaten di luar jawa, aku kebagian jembrana hehe
        boleh minta data jumlah penduduk jembrana menurut kelompok umur 5 tahunan & jenis kelamin thn 2025 ga kak? kalo ada yg 2020 juga buat perbandingan
        hatur nuhun kak!!

        Sent from my iPhone
        '''), name='Sinta Nurfadillah', inst='unpad', **F)

    C('f16-req-usu-batak-lecturer-signature-only', 'outlook', 'Hotman P. Sitompul', 'hotman.sitompul@usu.ac.id',
      'Permohonan data komoditas kakao dan kelapa', T('''
        Yth. Bapak/Ibu Petugas Pelayanan Statistik Terpadu,

        Dengan hormat, bersama ini kami mohon bantuan data luas areal, produksi dan produktivitas tanaman kakao serta kelapa dalam menurut kecamatan di Kabupaten Jembrana tahun 2016-2025, beserta jumlah rumah tangga usaha perkebunan kakao hasil Sensus Pertanian 2023.

        Data ini akan digunakan dalam penelitian kolaborasi tentang rantai nilai kakao fermentasi di Sumatera Utara dan Bali.

        Terima kasih atas perhatian dan bantuannya.

        Horas,

        Dr. Hotman Parulian Sitompul, S.P., M.Si.
        Program Studi Agribisnis
        Fakultas Pertanian
        Universitas Sumatera Utara
        Jl. Prof. A. Sofyan No. 3, Kampus USU Padang Bulan, Medan 20155
        '''), name='Dr. Hotman Parulian Sitompul', inst='Universitas Sumatera Utara', **F)

    C('f16-req-en-wageningen-signature-only', 'gmail', 'Sanne de Vries', 'sanne.devries@wur.nl',
      'Request: irrigated rice area and farm households, Jembrana', T('''
        Dear BPS Jembrana,

        For my thesis fieldwork on water sharing in subak systems I will be in Jembrana from January to April 2027. Before I arrive I would like to prepare a sampling frame, and for that I need the following figures:

        - wetland (sawah) area by desa, most recent year;
        - number of farm households cultivating rice by kecamatan (ST2023);
        - monthly rainfall at the Negara station, 2015-2025, if BPS publishes it.

        I would also be glad to hear whether your office offers short consultations on sampling for student researchers.

        Thank you very much in advance!

        Sanne de Vries
        MSc student, International Land and Water Management
        Wageningen University & Research
        The Netherlands
        '''), name='Sanne de Vries', inst='Wageningen University & Research', lang='en', **F)

    C('f16-req-en-upm-malaysia-lecturer-udayana-partner', 'outlook', 'NUR AISYAH BINTI KAMARUDDIN', 'nuraisyah.k@upm.edu.my',
      'Data request on tourism and homestays, Jembrana Regency', T('''
        Dear Sir/Madam,

        Assalamualaikum and good day. I am Dr. Nur Aisyah Kamaruddin, senior lecturer at the School of Business and Economics, Universiti Putra Malaysia. Together with colleagues from Universitas Udayana, I am studying community-based tourism in villages in Malaysia and Bali, and Jembrana has been suggested to us as an interesting contrast to the south of the island.

        We would like to request:
        1) number of tourism villages (desa wisata) and homestays in Jembrana, latest available;
        2) number of domestic and foreign guests and nights spent in accommodation establishments, 2019-2025;
        3) employment in accommodation and food service activities, 2019-2025.

        Terima kasih banyak and best regards,

        Dr. Nur Aisyah Kamaruddin
        Senior Lecturer
        School of Business and Economics
        Universiti Putra Malaysia, 43400 UPM Serdang, Selangor

        "BERILMU BERBAKTI" - This e-mail and any attachment are confidential and may be privileged. If you are not the intended recipient, please delete it and notify the sender.
        '''), name='Dr. Nur Aisyah Kamaruddin', inst='Universiti Putra Malaysia', lang='en', **F)

    C('f16-req-student-no-campus-named', 'gmail', 'Iqbal Maulana', 'iqbalmaulana.1102@gmail.com', 'Data skripsi', T('''
        Assalamualaikum, selamat siang Bapak/Ibu.

        Saya Muhammad Iqbal Maulana, mahasiswa tingkat akhir jurusan ekonomi pembangunan. Saya sedang mengerjakan skripsi tentang pengaruh upah minimum dan pertumbuhan ekonomi terhadap pengangguran di kabupaten/kota se-Provinsi Bali.

        Untuk Kabupaten Jembrana saya butuh data TPT, laju pertumbuhan PDRB, dan UMK tahun 2015-2025. Mohon bantuannya, terima kasih banyak.

        Wassalamualaikum.
        '''), name='Muhammad Iqbal Maulana', **F)

    C('f16-req-lowercase-stie-chat', 'gmail', 'Dinda Aprilia', 'dindaaprl03@gmail.com', 'data', T('''
        malam kak, sy dinda dr stie satya dharma singaraja. mau minta data jumlah wisatawan yg berkunjung ke jembrana per bulan th 2023 2024 2025 buat tugas akhir. mksh kak 🙏
        '''), name='dinda', inst='stie satya dharma singaraja', **F)

    C('f16-req-unej-lecturer-javanese-krama', 'gmail', 'Sri Handayani Unej', 'srihandayani.fkm@unej.ac.id',
      'Nyuwun data sanitasi rumah tangga Jembrana', T('''
        Sugeng enjing Bapak/Ibu,

        Nyuwun pangapunten mengganggu. Saya Dr. Sri Handayani, S.KM., M.Kes., dosen Fakultas Kesehatan Masyarakat Universitas Jember. Tim kami akan melaksanakan pengabdian masyarakat tentang sanitasi rumah tangga nelayan di Pengambengan pada Maret 2027.

        Mohon bantuan data Kabupaten Jembrana:
        1. persentase rumah tangga dengan akses sanitasi layak dan air minum layak, 2021-2025;
        2. persentase rumah tangga yang memiliki fasilitas buang air besar sendiri per kecamatan, bila ada.

        Matur nuwun sanget atas bantuanipun.

        Salam,
        Sri Handayani
        '''), name='Dr. Sri Handayani', inst='Universitas Jember', **F)

    C('f16-req-en-cornell-name-mid-sentence', 'gmail', 'Daniel Okafor-Smith', 'do245@cornell.edu',
      'Quick question + data request (migration)', T('''
        Hi there,

        Hope this finds you well! Quick intro: this is Daniel Okafor-Smith, a second-year PhD student in Development Sociology at Cornell University. I spent last summer in Negara learning Indonesian and got curious about how many young people from Jembrana leave to work on cruise ships or in Denpasar.

        Would it be possible to get:
        (a) recent migrants (migran risen) in and out of Jembrana from SP2020 or SUPAS 2025;
        (b) population aged 15-29 by sex and kecamatan, 2025;
        (c) the number of residents working abroad, if BPS has it.

        Also, is there a fee for custom tabulations? Happy to fill in any form.

        Cheers,
        Dan
        '''), name='Daniel Okafor-Smith', inst='Cornell University', lang='en', **F)

    C('f16-req-undana-student-ntt-migrants', 'gmail', 'Maria Yasinta Bunga', 'mariayasinta.bunga@gmail.com',
      'Permohonan Data Migrasi', T('''
        Selamat sore Bapak/Ibu,

        Saya Maria Yasinta Bunga, mahasiswa S1 Sosiologi Universitas Nusa Cendana Kupang. Skripsi saya membahas perantau asal Nusa Tenggara Timur yang bekerja di Bali, termasuk di perkebunan dan pelabuhan di Jembrana.

        Saya mohon data jumlah penduduk Kabupaten Jembrana menurut provinsi tempat lahir atau provinsi tempat tinggal sebelumnya (hasil SP2020 atau SUPAS 2025), terutama yang berasal dari NTT.

        Terima kasih banyak, Tuhan memberkati.

        Salam hormat,
        Maria Yasinta Bunga
        '''), name='Maria Yasinta Bunga', inst='Universitas Nusa Cendana Kupang', **F)

    C('f16-req-its-professor-thunderbird-wrapped', 'thunderbird', 'Bambang Suryo Wibisono', 'bswibisono@its.ac.id',
      'Permohonan data untuk kajian pelabuhan perikanan', T('''
        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Dengan hormat,

        Tim dari Departemen Teknik Perkapalan, Institut Teknologi Sepuluh Nopember, sedang melakukan kajian pengembangan Pelabuhan Perikanan Nusantara Pengambengan bekerja sama dengan Kementerian Kelautan dan Perikanan. Kami memohon data:
        1. jumlah kapal perikanan menurut ukuran GT yang berpangkalan di Kabupaten Jembrana, 2019-2025;
        2. volume dan nilai produksi ikan yang didaratkan per bulan, 2019-2025;
        3. jumlah industri pengolahan ikan di Kecamatan Negara.

        Atas bantuan Bapak/Ibu kami sampaikan terima kasih.

        Hormat kami,

        Prof. Dr. Eng. Bambang Suryo Wibisono, S.T., M.T.
        Ketua Tim Kajian
        Departemen Teknik Perkapalan - FTK ITS
        '''), name='Prof. Dr. Eng. Bambang Suryo Wibisono', inst='Institut Teknologi Sepuluh Nopember', wrap=72, **F)

    C('f16-req-polije-intern-letter-attached', 'gmail', 'Fikri Ardiansyah', 'fikriardiansyah.polije@gmail.com',
      'Permohonan data laporan magang', T('''
        Selamat siang Bapak/Ibu,

        Saya Fikri Ardiansyah, mahasiswa D4 Manajemen Agribisnis Politeknik Negeri Jember. Saat ini saya sedang magang di Dinas Pertanian dan Pangan Kabupaten Jembrana sampai akhir Desember.

        Untuk laporan magang, pembimbing lapangan meminta saya melengkapi data luas tanam, luas panen dan produksi jagung serta kedelai per kecamatan di Jembrana tahun 2022-2025. Surat pengantar dari kampus saya lampirkan.

        Terima kasih atas bantuannya.

        Fikri Ardiansyah
        NIM D41231xxx
        '''), name='Fikri Ardiansyah', inst='Politeknik Negeri Jember',
      attachments=[PDF('Surat_Pengantar_Magang_Polije_Fikri.pdf')], **F)

    C('f16-req-intro-in-subject-uin-mataram', 'gmail', 'Rahmat Firdaus', 'rahmatfirdaus.uinmtr@gmail.com',
      'Permohonan Data a.n. Rahmat Firdaus - UIN Mataram', T('''
        Selamat siang Bapak/Ibu,

        Mohon izin, saya membutuhkan data jumlah penduduk menurut agama dan jumlah tempat ibadah per kecamatan di Kabupaten Jembrana tahun terbaru, untuk skripsi tentang kerukunan umat beragama di Bali barat (studi kasus Loloan).

        Terima kasih atas bantuannya.

        Wassalam.
        '''), name='Rahmat Firdaus', inst='UIN Mataram', **F)

    C('f16-req-vague-unimed-visit-only', 'gmail', 'Fitriani Lubis', 'fitrianilubis@unimed.ac.id',
      'Penjajakan kerja sama', T('''
        Selamat pagi Bapak/Ibu,

        Saya Dr. Fitriani Lubis, M.Si., dosen Jurusan Pendidikan Geografi Universitas Negeri Medan. Kami berencana mengadakan kuliah kerja lapangan mahasiswa ke Bali tahun depan dan ingin menjajaki kemungkinan kerja sama atau kunjungan ke BPS Kabupaten Jembrana. Mohon informasi kepada siapa kami dapat berkoordinasi.

        Terima kasih.

        Fitriani Lubis
        '''), name='Dr. Fitriani Lubis', inst='Universitas Negeri Medan', req=False, **F)

    C('f16-req-forward-from-office-address-isi', 'gmail', 'BPS Kabupaten Jembrana', 'bps5101@bps.go.id',
      'Fwd: permohonan data pengrajin', T('''
        Mohon dibantu, masuk ke email kantor.

        ---------- Forwarded message ---------
        From: Luh Made Ayu Sukmawati <sukmawati.luhmade@gmail.com>
        Date: Fri, Nov 20, 2026 at 4:52 PM
        Subject: permohonan data pengrajin
        To: <bps5101@bps.go.id>


        Om Swastyastu, selamat sore.

        Saya Luh Made Ayu Sukmawati, mahasiswi Program Studi Kriya Seni, Institut Seni Indonesia Denpasar. Saya sedang meneliti kerajinan tenun songket dan anyaman bambu di Jembrana. Mohon bantuan data jumlah usaha industri mikro dan kecil kerajinan (tenun, anyaman, ukiran) per kecamatan di Kabupaten Jembrana beserta jumlah tenaga kerjanya, tahun terbaru.

        Suksma.
        Luh Made Ayu Sukmawati
        '''), name='Luh Made Ayu Sukmawati', inst='Institut Seni Indonesia Denpasar', **F)

    # ================================================================================================
    # New requests: pupils and teachers
    # ================================================================================================
    C('f16-req-html-only-sd-teacher-ipas', 'html_only', 'Ni Kadek Ayu Wirastini', 'kadekwirastini@gmail.com',
      'Permohonan data untuk bahan ajar kelas V', T('''
        Om Swastyastu Bapak/Ibu,

        Saya Ni Kadek Ayu Wirastini, guru kelas V di SD Negeri 1 Pergung. Dalam pelajaran IPAS kami membahas "Daerahku", dan saya ingin anak-anak mengenal kecamatannya lewat angka.

        Mohon bantuan data sederhana untuk Kecamatan Mendoyo: jumlah penduduk, jumlah desa, luas wilayah, dan hasil pertanian utama (padi, kelapa, kakao) tahun terbaru. Kalau ada infografis yang cocok untuk anak SD, itu akan sangat membantu.

        Suksma,
        Bu Kadek
        '''), name='Ni Kadek Ayu Wirastini', inst='SD Negeri 1 Pergung', **F)

    C('f16-req-sma-pupil-karya-tulis', 'gmail', 'Cantika Dewi', 'cantikadewi.smansamendoyo@gmail.com',
      'Permohonan data untuk lomba karya tulis ilmiah', T('''
        Selamat siang Kak/Bapak/Ibu BPS,

        Perkenalkan saya Ni Putu Cantika Dewi, siswi kelas XI MIPA 2 SMA Negeri 1 Mendoyo. Tim saya (3 orang) sedang ikut lomba karya tulis ilmiah remaja tingkat provinsi dengan judul "Sampah Plastik di Pantai Yeh Kuning: Seberapa Besar Masalahnya?".

        Kami butuh data jumlah penduduk dan rumah tangga di Desa Yeh Kuning dan desa sekitarnya, dan kalau ada, data rumah tangga menurut cara pembuangan sampah di Kabupaten Jembrana.

        Terima kasih banyak Kak, semoga dibalas 😊

        Salam,
        Cantika
        '''), name='Ni Putu Cantika Dewi', inst='SMA Negeri 1 Mendoyo', **F)

    C('f16-req-man-pupil-chat-growth-rate', 'gmail', 'salsabila', 'salsabila.nurr@gmail.com', 'izin minta data kak', T('''
        Assalamualaikum kak, maaf ganggu 🙏🏻
        aku Salsabila Nur Rahmah dari MAN 1 Jembrana kelas XII. buat tugas projek geografi, kelompokku disuruh cari data jumlah penduduk per kecamatan di jembrana tahun 2020 sampe 2025 biar bisa hitung laju pertumbuhan penduduk. boleh minta datanya kak? makasiii
        wassalamualaikum
        '''), name='Salsabila Nur Rahmah', inst='MAN 1 Jembrana', **F)

    # ================================================================================================
    # New requests: government, villages, health, police
    # ================================================================================================
    C('f16-req-bappeda-merauke-study-visit', 'outlook', 'Bidang Ekonomi Bappeda Merauke', 'ekonomi.bappedamerauke@gmail.com',
      'Rencana Kunjungan Kerja dan Permohonan Data Padi Sawah', T('''
        Selamat siang Bapak/Ibu di BPS Kabupaten Jembrana,

        Kami dari Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Merauke, Papua Selatan, pada bulan Januari 2027 berencana melakukan kunjungan kerja ke Kabupaten Jembrana untuk mempelajari pengelolaan irigasi subak dan produktivitas padi sawah.

        Sebagai bahan persiapan, kami mohon dapat dikirimkan:
        1. luas panen, produksi dan produktivitas padi sawah per kecamatan Kabupaten Jembrana tahun 2020-2025;
        2. jumlah rumah tangga usaha tanaman padi (ST2023);
        3. NTP subsektor tanaman pangan Provinsi Bali 2023-2025.

        Kami juga berharap dapat berdiskusi langsung dengan statistisi BPS saat kunjungan nanti, apabila Bapak/Ibu berkenan.

        Terima kasih. Salam hangat dari ujung timur Indonesia, izakod bekai izakod kai.

        Hormat kami,
        Marthinus Y. Gebze, S.E., M.Si.
        Kepala Bidang Perekonomian dan Sumber Daya Alam
        Bappeda Kabupaten Merauke
        '''), name='Marthinus Y. Gebze', inst='Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Merauke', **F)

    C('f16-req-desa-manistutu-kaur-rkpdes', 'gmail', 'Desa Manistutu', 'pemdesmanistutu@gmail.com',
      'Mohon data desa utk RKPDes 2027', T('''
        Om Swastyastu,

        Dengan hormat, saya Ni Luh Putu Eka Cahyani, Kaur Perencanaan Pemerintah Desa Manistutu, Kecamatan Melaya. Dalam rangka penyusunan RKPDes tahun 2027 kami memerlukan data Desa Manistutu:
        1. jumlah penduduk menurut banjar dinas dan jenis kelamin;
        2. jumlah keluarga pertanian dan luas lahan kakao/kelapa hasil ST2023;
        3. data Podes 2024 untuk Desa Manistutu (sarana pendidikan, kesehatan, jalan).

        Mohon maaf bila permohonan ini kurang lengkap, kalau perlu surat resmi akan kami susulkan.

        Suksma,
        Eka Cahyani
        Kaur Perencanaan
        '''), name='Ni Luh Putu Eka Cahyani', inst='Pemerintah Desa Manistutu', **F)

    C('f16-req-dinas-pupr-letter-only-no-person', 'outlook', 'Dinas PUPRPKP Jembrana', 'puprpkp@jembranakab.go.id',
      'Surat Permohonan Data', T('''
        Dengan hormat,

        Terlampir kami sampaikan surat permohonan data untuk penyusunan dokumen RP3KP Kabupaten Jembrana. Rincian data yang dibutuhkan tercantum pada surat.

        Atas perhatiannya diucapkan terima kasih.

        Sekretariat
        Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman
        Kabupaten Jembrana
        '''), inst='Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman Kabupaten Jembrana',
      attachments=[PDF('Surat_Permohonan_Data_RP3KP_No_600.1.1-1234-PUPRPKP-2026.pdf')], **F)

    C('f16-req-puskesmas-team-no-person-yahoo', 'yahoo', 'PUSKESMAS II NEGARA', 'pkm2negara@yahoo.co.id',
      'permohonan data penduduk sasaran', T('''
        Selamat pagi Bapak/Ibu BPS

        Kami dari Puskesmas II Negara mohon bantuan data jumlah penduduk per desa/kelurahan di wilayah kerja kami (Kel. Banjar Tengah, Kel. Lelateng, Kel. Loloan Barat, Desa Baluk, Desa Banyubiru, Desa Kaliakah, Desa Berangbang) menurut kelompok umur dan jenis kelamin tahun 2025, untuk menghitung sasaran program PTM dan posbindu 2027.

        Terima kasih atas bantuannya.

        Salam sehat,
        Tim Promkes

        Dikirim dari Yahoo Mail di Android
        '''), inst='Puskesmas II Negara', **F)

    C('f16-req-polres-satlantas-form-rank', 'gmail', 'Komang Budiasa', 'kmgbudiasa.satlantas@gmail.com',
      'Permohonan data - Satlantas Polres Jembrana', T('''
        Selamat pagi Bapak/Ibu,

        Mohon izin, berikut permohonan data dari kami:

        Nama         : AIPTU Komang Budiasa
        Jabatan      : Banit Kamsel
        Satuan       : Sat Lantas
        Instansi     : Polres Jembrana
        Data         : jumlah penduduk usia 17 tahun ke atas per kecamatan 2025; panjang jalan kabupaten menurut kondisi 2024-2025
        Kegunaan     : pemetaan daerah rawan kecelakaan untuk kegiatan Operasi Keselamatan 2027

        Terima kasih, mohon maaf mengganggu waktunya.
        '''), name='AIPTU Komang Budiasa', inst='Polres Jembrana', **F)

    C('f16-req-diskominfo-satu-data-consultation', 'outlook', 'Ni Putu Sri Rahayu Dewi', 'srirahayu.kominfo@jembranakab.go.id',
      'Koordinasi metadata dan daftar data prioritas Satu Data Jembrana', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Kami dari Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana selaku Sekretariat Satu Data Indonesia tingkat kabupaten. Menindaklanjuti rapat Forum Satu Data bulan lalu, kami mohon pendampingan BPS selaku Pembina Data untuk:
        1. pengisian metadata statistik sektoral (MS-Kegiatan dan MS-Variabel) bagi 12 perangkat daerah;
        2. reviu daftar data prioritas tahun 2027.

        Kami usulkan pertemuan pada minggu kedua Desember. Mohon konfirmasi waktu yang memungkinkan.

        Terima kasih.

        Salam,
        Ni Putu Sri Rahayu Dewi, S.Kom.
        Pranata Komputer Ahli Muda
        Bidang Statistik dan Persandian
        Diskominfo Kabupaten Jembrana
        '''), name='Ni Putu Sri Rahayu Dewi', inst='Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana', **F)

    C('f16-req-dprd-member-reses-iphone', 'iphone', 'Ketut Suastika', 'ketutsuastika.dprd@gmail.com', 'Mohon data utk reses', T('''
        Selamat sore. Saya I Ketut Suastika, anggota DPRD Kabupaten Jembrana dari dapil Melaya. Minggu depan saya reses ke desa-desa. Mohon dibantu data ringkas Kecamatan Melaya: jumlah penduduk, jumlah rumah tangga miskin terbaru, dan jumlah pengangguran. Kalau bisa sebelum Jumat.

        Terima kasih.

        Dikirim dari iPhone saya
        '''), name='I Ketut Suastika', inst='DPRD Kabupaten Jembrana', **F)

    C('f16-req-quarantine-vet-gilimanuk', 'outlook', 'Rudi Hartanto', 'rudi.hartanto@karantinaindonesia.go.id',
      'Permohonan data populasi ternak', T('''
        Selamat siang,

        Saya drh. Rudi Hartanto, Pejabat Karantina Hewan pada Balai Karantina Hewan, Ikan, dan Tumbuhan Bali, bertugas di Satuan Pelayanan Pelabuhan Gilimanuk. Dalam rangka analisis risiko lalu lintas hewan antarpulau, kami memerlukan data populasi sapi, babi, kambing dan unggas per kecamatan di Kabupaten Jembrana tahun 2023-2025, serta jumlah rumah tangga usaha peternakan (ST2023).

        Terima kasih atas kerja samanya.

        Salam,
        drh. Rudi Hartanto
        '''), name='drh. Rudi Hartanto', inst='Balai Karantina Hewan, Ikan, dan Tumbuhan Bali', **F)

    C('f16-req-bank-indonesia-economist', 'outlook', 'Yudhistira Pramana Putra', 'yudhistira_pp@bi.go.id',
      'Permintaan data untuk asesmen ekonomi regional', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Perkenalkan, saya Yudhistira Pramana Putra, Ekonom Yunior pada Kantor Perwakilan Bank Indonesia Provinsi Bali. Dalam rangka penyusunan Kajian Ekonomi dan Keuangan Regional edisi Februari 2027 yang memuat boks khusus ekonomi Bali bagian barat, kami mohon data berikut untuk Kabupaten Jembrana:

        1. PDRB ADHB dan ADHK menurut lapangan usaha dan menurut pengeluaran, 2020-2025 (triwulanan bila tersedia);
        2. jumlah penduduk bekerja menurut lapangan usaha, Agustus 2023-2026.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Salam hormat,
        Yudhistira Pramana Putra
        Ekonom Yunior | Kantor Perwakilan Bank Indonesia Provinsi Bali
        Jl. Letda Tantular No. 4, Denpasar

        Bank Indonesia tidak pernah meminta data pribadi, PIN atau kata sandi melalui email. Informasi dalam email ini bersifat rahasia dan hanya untuk penerima yang dituju.
        '''), name='Yudhistira Pramana Putra', inst='Kantor Perwakilan Bank Indonesia Provinsi Bali', **F)

    # ================================================================================================
    # New requests: firms, banks, media
    # ================================================================================================
    C('f16-req-cannery-director-sidoarjo', 'gmail', 'Hendrik Tjandra', 'hendrik@samudrakaleng.co.id',
      'Data bahan baku ikan lemuru - PT Samudra Kaleng Abadi', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan saya Hendrik Gunawan Tjandra, direktur operasional PT Samudra Kaleng Abadi, pabrik pengalengan ikan di Sidoarjo. Kami sedang mengkaji rencana membuka unit pengolahan di kawasan Pengambengan karena pasokan lemuru dari Muncar makin tidak menentu.

        Kami memerlukan data:
        - produksi ikan lemuru yang didaratkan di Kabupaten Jembrana per bulan, 2021-2026;
        - jumlah perusahaan industri pengolahan ikan skala besar dan sedang beserta tenaga kerjanya;
        - upah rata-rata buruh industri pengolahan di Jembrana.

        Mohon info juga bila ada biaya untuk data tersebut, akan kami selesaikan.

        Terima kasih,
        Hendrik G. Tjandra
        PT Samudra Kaleng Abadi
        Jl. Raya Buduran No. 88, Sidoarjo
        '''), name='Hendrik Gunawan Tjandra', inst='PT Samudra Kaleng Abadi', **F)

    C('f16-req-bpr-credit-analyst-ojk-footer', 'outlook', 'Gusti Ayu Made Widyastuti', 'widyastuti@bprdanasegara.co.id',
      'Permohonan Data Ekonomi Makro Kabupaten Jembrana', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Salam sejahtera. Saya Gusti Ayu Made Widyastuti, Analis Kredit pada PT BPR Dana Segara Jembrana. Dalam rangka penyusunan rencana bisnis bank tahun 2027 yang wajib kami sampaikan ke OJK, kami memerlukan data berikut:

        1. Laju pertumbuhan ekonomi Kabupaten Jembrana 2021-2025
        2. PDRB per kapita Kabupaten Jembrana 2021-2025
        3. Inflasi tahunan (yoy) yang menjadi acuan untuk Jembrana, 2023-2026
        4. Jumlah usaha mikro dan kecil menurut kecamatan

        Data mohon dikirimkan dalam format Excel. Terima kasih atas kerja samanya.

        Hormat kami,

        Gusti Ayu Made Widyastuti
        Analis Kredit | Divisi Perencanaan & Risiko
        PT BPR Dana Segara Jembrana
        Jl. Ngurah Rai No. 57, Negara - Bali
        T: (0365) 4xxxxx

        --
        PERHATIAN: Email ini beserta lampirannya hanya ditujukan kepada penerima yang dimaksud dan dapat berisi informasi rahasia. PT BPR Dana Segara Jembrana terdaftar dan diawasi oleh Otoritas Jasa Keuangan (OJK) serta merupakan peserta penjaminan LPS.
        '''), name='Gusti Ayu Made Widyastuti', inst='PT BPR Dana Segara Jembrana', **F)

    C('f16-req-market-research-agency-english-mix', 'gmail', 'Aditya Nugroho', 'aditya.n@cakrawalariset.com',
      'Data request utk project FMCG - Bali Barat', T('''
        Hi tim PST,

        Aditya here dari PT Riset Cakrawala Indonesia (market research agency, Jakarta). Kita lagi handle project untuk salah satu client FMCG yang mau expand distribusi ke Bali bagian barat, and Jembrana is in scope.

        Yang kita butuhin:
        • jumlah rumah tangga per kecamatan (latest)
        • rata-rata pengeluaran per kapita per bulan, split makanan vs non-makanan, 2022-2025
        • distribusi penduduk by kelompok umur

        Kalau ada yang by desa juga, even better. Please let me know kalau ada form atau surat yang harus kita submit.

        Thanks a lot!

        Best,
        Aditya Nugroho
        Senior Research Executive
        PT Riset Cakrawala Indonesia
        '''), name='Aditya Nugroho', inst='PT Riset Cakrawala Indonesia', **F)

    C('f16-req-hotel-gilimanuk-fo-manager', 'outlook', 'Kadek Rio Saputra', 'fo@segarakencanahotel.com',
      'Request Data Kunjungan & Penyeberangan Gilimanuk', T('''
        Selamat pagi,

        Saya Kadek Rio Saputra, Front Office Manager Hotel Segara Kencana Gilimanuk. Owner kami sedang mempertimbangkan penambahan 20 kamar dan meminta data pendukung:

        - jumlah penumpang dan kendaraan yang menyeberang melalui Pelabuhan Gilimanuk per bulan, 2023-2026
        - tingkat penghunian kamar (TPK) hotel di Jembrana per bulan, 2023-2026
        - rata-rata lama menginap tamu

        Terima kasih atas bantuannya.

        Warm regards,
        Kadek Rio Saputra
        Front Office Manager
        Hotel Segara Kencana Gilimanuk
        '''), name='Kadek Rio Saputra', inst='Hotel Segara Kencana Gilimanuk', **F)

    C('f16-req-apindo-chair-wage-council', 'outlook', 'Apindo Jembrana', 'apindo.jembrana@gmail.com',
      'Permohonan data bahan pembahasan UMK 2027', T('''
        Yth. Bapak/Ibu,

        Menjelang pembahasan Upah Minimum Kabupaten (UMK) Jembrana tahun 2027 di Dewan Pengupahan, kami dari Apindo Kabupaten Jembrana memerlukan data resmi sebagai bahan masukan:

        1. inflasi yoy Provinsi Bali periode Oktober 2025-September 2026;
        2. pertumbuhan ekonomi Kabupaten Jembrana 2025;
        3. rata-rata konsumsi per kapita dan rata-rata jumlah anggota rumah tangga (Susenas) 2024-2025;
        4. rata-rata upah/gaji bersih buruh menurut lapangan usaha, Agustus 2025 dan 2026.

        Terima kasih atas bantuan dan kerja samanya.

        Salam,
        Ir. Budi Santosa Halim
        Ketua Apindo Kabupaten Jembrana
        '''), name='Ir. Budi Santosa Halim', inst='Apindo Kabupaten Jembrana', **F)

    C('f16-req-kompas-journalist-outlook-android', 'outlook', 'Theresia Sinaga', 'theresia.sinaga@kompas.id',
      'Data kakao Jembrana untuk liputan', T('''
        Halo Bapak/Ibu,

        Saya Theresia Margaretha Sinaga, jurnalis Harian Kompas yang bertugas di Bali. Saya sedang menulis laporan tentang kebangkitan kakao fermentasi Jembrana yang kini diekspor ke Eropa dan Jepang.

        Mohon bantuan data:
        - produksi dan luas areal kakao Kabupaten Jembrana 2010-2025;
        - nilai ekspor biji kakao asal Bali, bila ada;
        - jumlah rumah tangga petani kakao hasil ST2013 dan ST2023 untuk perbandingan.

        Tenggat tulisan saya Jumat, 4 Desember. Terima kasih banyak!

        Salam,
        Theresia

        Get Outlook for Android
        '''), name='Theresia Margaretha Sinaga', inst='Harian Kompas', **F)

    C('f16-req-subject-only-empty-body-iphone', 'iphone', 'Yosef R.', 'yosefriberu@gmail.com',
      'Minta data persentase penduduk miskin Jembrana 2020-2025 & garis kemiskinan', T('''
        Sent from my iPhone
        '''), **F)

    # ================================================================================================
    # New requests: religious bodies, NGOs, cooperatives, farmer groups
    # ================================================================================================
    C('f16-req-gkpb-pastor-blimbingsari', 'gmail', 'Pdt. Ketut Yosafat', 'yosafat.suwitra@gmail.com',
      'Permohonan data penduduk menurut agama - Kecamatan Melaya', T('''
        Salam damai sejahtera,

        Saya Pdt. Ketut Yosafat Suwitra, gembala jemaat GKPB Jemaat Pniel Blimbingsari. Majelis jemaat sedang menyiapkan program pelayanan diakonia 2027 bagi keluarga prasejahtera dan lansia di wilayah Kecamatan Melaya, tanpa membedakan agama.

        Kami mohon data:
        1. jumlah penduduk menurut agama per desa di Kecamatan Melaya, data terbaru;
        2. jumlah penduduk lanjut usia (60+) di Kecamatan Melaya;
        3. persentase penduduk miskin Kabupaten Jembrana 2023-2025.

        Tuhan memberkati pelayanan Bapak/Ibu. Terima kasih.

        Pdt. Ketut Yosafat Suwitra, M.Th.
        GKPB Jemaat Pniel Blimbingsari
        '''), name='Pdt. Ketut Yosafat Suwitra', inst='GKPB Jemaat Pniel Blimbingsari', **F)

    C('f16-req-baznas-staff-institution-first', 'outlook', 'BAZNAS Kab. Jembrana', 'baznas.jembrana@gmail.com',
      'Permohonan Data Kemiskinan untuk Pendistribusian Zakat', T('''
        Assalamu'alaikum wr. wb.

        Yth. Kepala BPS Kabupaten Jembrana

        Badan Amil Zakat Nasional (BAZNAS) Kabupaten Jembrana bermaksud memperbarui peta mustahik untuk pendistribusian zakat tahun 2027. Untuk itu kami mohon bantuan data:
        - jumlah dan persentase penduduk miskin Kabupaten Jembrana 2021-2025;
        - garis kemiskinan per kapita per bulan 2021-2025;
        - jumlah penduduk beragama Islam per kecamatan (bila tersedia).

        Demikian, atas perhatiannya kami sampaikan jazakumullahu khairan.

        Wassalamu'alaikum wr. wb.

        Nurul Hidayah, S.Sos.
        Staf Bidang Pendistribusian dan Pendayagunaan
        BAZNAS Kabupaten Jembrana
        '''), name='Nurul Hidayah', inst='Badan Amil Zakat Nasional (BAZNAS) Kabupaten Jembrana', **F)

    C('f16-req-phdi-letterhead-in-body', 'outlook', 'Sekretariat PHDI Jembrana', 'phdi.jembrana@gmail.com',
      'Surat Permohonan Data Umat Hindu dan Pura', T('''
        PARISADA HINDU DHARMA INDONESIA
        KABUPATEN JEMBRANA
        Sekretariat: Jl. Sudirman No. xx, Negara - Bali

        Nomor    : 112/PHDI-JBR/XI/2026
        Lampiran : -
        Perihal  : Permohonan data

        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di -
        Negara

        Om Swastyastu,

        Dalam rangka penyusunan program pembinaan umat dan persiapan Lokasabha PHDI Kabupaten Jembrana tahun 2027, kami memohon data:
        1. jumlah penduduk beragama Hindu per kecamatan, tahun terbaru;
        2. jumlah pura (tempat ibadah umat Hindu) per desa hasil Podes 2024.

        Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Sekretaris,

        I Made Dwija Sanjaya, S.Ag., M.Pd.H.
        '''), name='I Made Dwija Sanjaya', inst='PARISADA HINDU DHARMA INDONESIA KABUPATEN JEMBRANA', **F)

    C('f16-req-en-australian-ngo-signature-only', 'gmail', "Liam O'Connell", 'liam@bluestraitfoundation.org',
      'Fisheries households data - Bali Strait', T('''
        Hello PST team,

        We're a small marine conservation charity working with fishing communities on both sides of the Bali Strait. Next year we plan to run a savings-and-loans programme for fishers' wives in Pengambengan and Perancak, and our funder needs basic official statistics in the proposal.

        Could you share:
        - number of households and population of Desa Pengambengan and Desa Perancak (2025);
        - number of fishery households in Kecamatan Negara (ST2023);
        - the poverty rate for Jembrana, 2020-2025.

        Many thanks, and apologies that I can't write this in Bahasa Indonesia yet!

        Liam O'Connell
        Programme Lead, Indonesia
        Blue Strait Foundation | Fremantle, Western Australia
        '''), name="Liam O'Connell", inst='Blue Strait Foundation', lang='en', **F)

    C('f16-req-cocoa-cooperative-balinese-mix', 'gmail', 'Nengah Sukarda', 'nengahsukarda.kakao@gmail.com', 'nunas data kakao', T('''
        Om Swastyastu Bapak Ibu,

        Tiang I Nengah Sukarda, pengurus Koperasi Produsen Kakao Sari Bumi. Koperasi tiang ada di Desa Nusasari, Melaya. Tiang nunas bantuan data harga biji kakao di tingkat petani di Jembrana per bulan tahun 2024 sampai 2026, lan produksi kakao per kecamatan. Data niki anggen bahan rapat anggota tahunan (RAT) lan nego harga sareng pembeli.

        Suksma pisan.

        Dikirim dari perangkat Android saya
        '''), name='I Nengah Sukarda', inst='Koperasi Produsen Kakao Sari Bumi', **F)

    C('f16-req-bumdes-survey-consultation', 'gmail', 'BUMDes Giri Amerta', 'bumdesgiriamerta@gmail.com',
      'Konsultasi pembuatan survei kepuasan pelanggan air bersih', T('''
        Selamat siang Bapak/Ibu,

        Saya Gede Wira Kusuma, Direktur BUMDes Giri Amerta Desa Batuagung. BUMDes kami mengelola unit usaha air bersih dengan sekitar 640 pelanggan. Tahun depan kami ingin melakukan survei kepuasan pelanggan sendiri, tapi belum paham cara menentukan jumlah sampel dan menyusun kuesioner yang baik.

        Apakah kami bisa berkonsultasi dengan statistisi BPS, misalnya datang ke kantor atau lewat Zoom? Kami menyesuaikan jadwal Bapak/Ibu.

        Suksma.
        Gede Wira Kusuma
        0813-3789-xxxx
        '''), name='Gede Wira Kusuma', inst='BUMDes Giri Amerta Desa Batuagung', **F)

    C('f16-req-kwt-women-farmers-yahoo', 'yahoo', 'Made Sriani', 'madesriani.kwt@yahoo.com', 'Permohonan Data', T('''
        Selamat siang Bapak Ibu,
        Kami dari Kelompok Wanita Tani (KWT) Sekar Jagat Desa Pohsanten, Kecamatan Mendoyo. Kami ingin mengajukan proposal bantuan bibit sayur dan pelatihan olahan pangan ke dinas. Untuk latar belakang proposal kami perlu data jumlah petani perempuan di Kecamatan Mendoyo dan luas panen sayuran (cabai, tomat, kacang panjang) tahun 2024-2025.
        Terima kasih banyak.
        Ketua KWT Sekar Jagat
        Ni Made Sriani
        '''), name='Ni Made Sriani', inst='Kelompok Wanita Tani (KWT) Sekar Jagat Desa Pohsanten', **F)

    C('f16-req-gapoktan-yahoo-ttd-wrapped', 'yahoo', 'gapoktan sariboga', 'gapoktansariboga.tkd@yahoo.com', 'permohonan data padi', T('''
        Om swastyastu.
        Dengan hormat, kami dari Gapoktan Sari Boga Desa Tukadaya, Melaya. Mohon bantuan data luas panen dan produksi padi Kecamatan Melaya per subround tahun 2023-2025 serta harga gabah di tingkat petani. Data untuk bahan penyusunan RDKK dan usulan pembangunan lantai jemur.
        Matur suksma.
        Ttd
        Ketua Gapoktan Sari Boga
        I Wayan Gede Astawa
        '''), name='I Wayan Gede Astawa', inst='Gapoktan Sari Boga Desa Tukadaya', wrap=70, **F)

    # ================================================================================================
    # New requests: the public
    # ================================================================================================
    C('f16-req-caps-farmer-gabah-price', 'plain', 'I KETUT REDANA', 'ketutredana62@gmail.com', 'MOHON DATA HARGA GABAH', T('''
        OM SWASTYASTU

        SAYA I KETUT REDANA, PETANI DI BANJAR ANYAR DESA POHSANTEN. MOHON BANTUAN DATA HARGA GABAH KERING PANEN DI JEMBRANA SETIAP BULAN DARI TAHUN 2024 SAMPAI SEKARANG. SAYA MAU BANDINGKAN DENGAN HARGA YANG DIKASIH TENGKULAK DI DESA KAMI, RASANYA TERLALU MURAH.

        SUKSMA

        Dikirim dari perangkat Android saya
        '''), name='I KETUT REDANA', **F)

    C('f16-req-home-baker-pribadi', 'gmail', 'ratna dewi', 'ratnadewi.cake@gmail.com', 'tanya data penduduk negara', T('''
        Halo selamat siang, saya Ratna Dewi Lestari. Saya jualan kue & hampers online dari rumah, mau buka toko kecil di Kota Negara. Ini untuk pribadi ya, bukan dari instansi atau perusahaan. Boleh minta data jumlah penduduk & rumah tangga per kelurahan di Kecamatan Negara tahun 2025? Biar saya bisa kira2 lokasi yg ramai. Terima kasih banyak 😊
        '''), name='Ratna Dewi Lestari', **F)

    C('f16-req-en-german-retiree-latin1', 'latin1', 'Klaus Becker', 'k.becker@web.de',
      'Questions about Yeh Embang village statistics', T('''
        Hello,

        I am Klaus Becker, retired engineer from Münster, and I live half of the year in Yeh Embang with my Balinese wife. Our banjar wants to build a small water tank for the dry season and I help them with the planning.

        Could you tell me the population and number of households of Desa Yeh Embang and Desa Yeh Embang Kauh, and if possible the main source of drinking water of the households (from Podes or Susenas)?

        Thank you very much and greetings,
        Klaus Becker
        '''), name='Klaus Becker', lang='en', **F)

    C('f16-req-vague-how-to-ask-iphone', 'iphone', 'Gustu', 'gustuputu99@icloud.com', 'halo', T('''
        min mau tanya dong, kalo mau minta data ke bps jembrana caranya gmn ya? hrs dtg ke kantor kah?

        Sent from my iPhone
        '''), req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f16-reply-identity-after-ask-journalist', 'gmail', 'Yosef R.', 'yosefriberu@gmail.com', 'Re: ' + SUBJ_ASK % 1601, T('''
        Selamat siang, maaf kemarin saya kirim buru-buru dari HP. Nama saya Yosef Riberu, jurnalis Floresa.co, sedang menulis soal kemiskinan di kabupaten-kabupaten pesisir Bali dan NTT.

        Salam,
        Yosef
        '''), kind='reply', name='Yosef Riberu', inst='Floresa.co', req=False, ticket='PST-2026-01601',
      quote=gq(ASK, 'id'), **rp(1601), **F)

    C('f16-reply-outlook-thanks-bpr-signature', 'outlook', 'Gusti Ayu Made Widyastuti', 'widyastuti@bprdanasegara.co.id',
      'RE: ' + SUBJ_DATA % 1602, T('''
        Terima kasih Bapak/Ibu, data sudah kami terima dengan baik dan langsung kami masukkan ke draf RBB.

        Hormat kami,
        Gusti Ayu Made Widyastuti
        Analis Kredit | PT BPR Dana Segara Jembrana
        '''), kind='reply', name='Gusti Ayu Made Widyastuti', inst='PT BPR Dana Segara Jembrana', req=False,
      ticket='PST-2026-01602',
      quote=oq(DELIV_ID % 1602, 'Gusti Ayu Made Widyastuti <widyastuti@bprdanasegara.co.id>', SUBJ_DATA % 1602, 'id'),
      **rp(1602), **F)

    C('f16-reply-yahoo-adds-rainfall-need', 'yahoo', 'gapoktan sariboga', 'gapoktansariboga.tkd@yahoo.com',
      'Re: ' + SUBJ_DATA % 1603, T('''
        Om swastyastu. Data sudah kami terima, matur suksma. Kalau boleh kami minta tambahan data curah hujan bulanan di Kecamatan Melaya 2023-2025 untuk menyusun jadwal tanam.
        I Wayan Gede Astawa
        '''), kind='reply', name='I Wayan Gede Astawa', req=True, ticket='PST-2026-01603', quote=yq(DELIV_ID % 1603),
      **rp(1603), **F)

    C('f16-reply-en-missing-value-question', 'gmail', 'Sanne de Vries', 'sanne.devries@wur.nl', 'Re: ' + SUBJ_DATA % 1604, T('''
        Dear PST team,

        Thank you so much for the quick response and the tables! One follow-up: the sawah area table has no figure for Kecamatan Pekutatan in 2024. Is that a missing value or was the area recorded as zero that year? And is there a desa-level version of the same table for 2023?

        Kind regards,
        Sanne
        '''), kind='reply', name='Sanne', req=True, lang='en', ticket='PST-2026-01604',
      quote=gq(DELIV_EN % 1604), **rp(1604), **F)

    C('f16-reply-iphone-siap-kak-no-name', 'iphone', 'sinta', 'sintanrfdl@icloud.com', 'Re: ' + SUBJ_ACK % 1605, T('''
        siap kak ditunggu, makasih bgt 🙏🏻

        Sent from my iPhone
        '''), kind='reply', req=False, ticket='PST-2026-01605',
      quote=iq(ACK % (1605, 'Sinta Nurfadillah', 'Universitas Padjadjaran',
                      'Penduduk menurut kelompok umur dan jenis kelamin 2020, 2025')), **rp(1605), **F)

    C('f16-reply-thunderbird-bottom-status-its', 'thunderbird', 'Bambang Suryo Wibisono', 'bswibisono@its.ac.id',
      'Re: ' + SUBJ_ACK % 1606,
      tq(ACK % (1606, 'Bambang Suryo Wibisono', 'Institut Teknologi Sepuluh Nopember',
                'Kapal perikanan menurut GT; produksi ikan didaratkan; industri pengolahan ikan')) + '\n\n' + T('''
        Yth. Bapak/Ibu,

        Mohon maaf, kami ingin menanyakan perkembangan permohonan ini. Laporan antara kajian harus kami serahkan ke KKP pada 7 Desember. Apakah sebagian data dapat dikirim lebih dahulu?

        Terima kasih.
        Bambang S. Wibisono
        '''), kind='reply', name='Bambang S. Wibisono', req=False, ticket='PST-2026-01606', **rp(1606), **F)

    C('f16-reply-new-mail-letter-for-ticket-undana', 'gmail', 'Maria Yasinta Bunga', 'mariayasinta.bunga@gmail.com',
      'Kelengkapan berkas permohonan data - PST-2026-01607', T('''
        Selamat pagi Bapak/Ibu,

        Sesuai permintaan petugas lewat telepon kemarin, berikut saya lampirkan surat keterangan penelitian dari Program Studi Sosiologi untuk permohonan data saya (nomor tiket PST-2026-01607).

        Terima kasih.

        Maria Yasinta Bunga
        Universitas Nusa Cendana
        '''), kind='reply', name='Maria Yasinta Bunga', inst='Universitas Nusa Cendana', req=False,
      ticket='PST-2026-01607', attachments=[PDF('Surat Keterangan Penelitian - Maria Yasinta Bunga.pdf')], **F)

    C('f16-reply-corrects-name-spelling', 'gmail', 'Made Ardika', 'madeardika.putra@gmail.com', 'Re: ' + SUBJ_ACK % 1608, T('''
        Selamat siang, mohon maaf ada salah ketik di tanda terima. Nama saya yang benar Made Ardika Putra (tanpa h), dari Universitas Warmadewa. Nama ini nanti dipakai di surat balasan untuk lampiran skripsi.

        Terima kasih.
        '''), kind='reply', name='Made Ardika Putra', inst='Universitas Warmadewa', req=False, ticket='PST-2026-01608',
      quote=gq(ACK % (1608, 'Made Ardhika Putra', 'Universitas Warmadewa', 'Penduduk bekerja menurut lapangan usaha 2021-2025'),
               'id'), **rp(1608), **F)

    C('f16-reply-outlook-batak-thanks', 'outlook', 'Hotman P. Sitompul', 'hotman.sitompul@usu.ac.id', 'RE: ' + SUBJ_DATA % 1609, T('''
        Terima kasih banyak, Bapak/Ibu. Data kakao dan kelapa sudah kami terima lengkap. Mauliate godang!

        Salam,
        Hotman P. Sitompul
        '''), kind='reply', name='Hotman P. Sitompul', req=False, ticket='PST-2026-01609',
      quote=oq(DELIV_ID % 1609, 'Hotman P. Sitompul <hotman.sitompul@usu.ac.id>', SUBJ_DATA % 1609, 'id'),
      **rp(1609), **F)

    C('f16-reply-cc-colleague-diskominfo', 'outlook', 'Ni Putu Sri Rahayu Dewi', 'srirahayu.kominfo@jembranakab.go.id',
      'RE: ' + SUBJ_ACK % 1610, T('''
        Selamat siang,

        Terima kasih atas tanggapannya. Untuk koordinasi jadwal pendampingan, mohon email berikutnya juga ditembuskan ke Bapak I Gede Made Mertayasa (gedemertayasa@jembranakab.go.id), Kepala Bidang Statistik dan Persandian.

        Salam,
        Sri Rahayu
        Diskominfo Kabupaten Jembrana
        '''), kind='reply', name='Sri Rahayu', inst='Diskominfo Kabupaten Jembrana', req=False, ticket='PST-2026-01610',
      quote=oq(ACK % (1610, 'Ni Putu Sri Rahayu Dewi', 'Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana',
                      'Pendampingan metadata statistik sektoral; reviu data prioritas 2027'),
               'Ni Putu Sri Rahayu Dewi <srirahayu.kominfo@jembranakab.go.id>', SUBJ_ACK % 1610, 'id'),
      **rp(1610), **F)

    C('f16-reply-form-identity-after-ask-puskesmas', 'yahoo', 'PUSKESMAS II NEGARA', 'pkm2negara@yahoo.co.id',
      'Re: ' + SUBJ_ASK % 1611, T('''
        Selamat siang, berikut kami lengkapi:
        Nama     : dr. Ayu Paramitha Suryani
        Jabatan  : Dokter umum / pengelola program PTM
        Instansi : UPTD Puskesmas II Negara
        Terima kasih.
        '''), kind='reply', name='dr. Ayu Paramitha Suryani', inst='UPTD Puskesmas II Negara', req=False,
      ticket='PST-2026-01611', quote=yq(ASK), **rp(1611), **F)

    C('f16-reply-payment-proof-attached', 'gmail', 'Hendrik Tjandra', 'hendrik@samudrakaleng.co.id', 'Re: ' + SUBJ_ACK % 1612, T('''
        Selamat sore,

        Sesuai informasi dari petugas, biaya PNBP untuk tabulasi khusus sudah kami bayarkan melalui e-billing siang tadi. Bukti setor terlampir. Mohon data dapat segera diproses.

        Terima kasih,
        Hendrik G. Tjandra
        PT Samudra Kaleng Abadi
        '''), kind='reply', name='Hendrik G. Tjandra', inst='PT Samudra Kaleng Abadi', req=False, ticket='PST-2026-01612',
      quote=gq(ACK % (1612, 'Hendrik Gunawan Tjandra', 'PT Samudra Kaleng Abadi',
                      'Produksi lemuru per bulan; industri pengolahan ikan; upah buruh industri'), 'id'),
      attachments=[JPG('Bukti_Setor_PNBP_NTPN.jpg')], **rp(1612), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f16-rating-bare-digit-samsung-quote', 'gmail', 'Fikri Ardiansyah', 'fikriardiansyah.polije@gmail.com',
      'Re: ' + SUBJ_RATE % 1621, T('''
        5

        terima kasih banyak, laporan magang saya sudah di-ACC pembimbing 🙏
        ''') + '\n' + sq(RATE_ID % 1621, SUBJ_RATE % 1621), kind='rating', rating=5, req=False, ticket='PST-2026-01621',
      **rp(1621), **F)

    C('f16-rating-empat-bintang-words-yahoo', 'yahoo', 'Made Sriani', 'madesriani.kwt@yahoo.com', 'Re: ' + SUBJ_RATE % 1622, T('''
        Kami beri empat bintang. Datanya membantu, tapi data petani perempuan tidak ada yang per desa.
        Ni Made Sriani
        KWT Sekar Jagat
        '''), kind='rating', rating=4, name='Ni Made Sriani', inst='KWT Sekar Jagat', req=False, ticket='PST-2026-01622',
      quote=yq(RATE_ID % 1622), **rp(1622), **F)

    C('f16-rating-en-four-slash-five', 'gmail', 'Daniel Okafor-Smith', 'do245@cornell.edu', 'Re: ' + SUBJ_RATE % 1623, T('''
        4/5 - really helpful, though the SUPAS table took a while. Thanks again!

        Dan
        '''), kind='rating', rating=4, name='Dan', req=False, lang='en', ticket='PST-2026-01623',
      quote=gq(RATE_EN % 1623), **rp(1623), **F)

    C('f16-rating-two-kurang-puas-hotel', 'outlook', 'Kadek Rio Saputra', 'fo@segarakencanahotel.com',
      'RE: ' + SUBJ_RATE % 1624, T('''
        Selamat siang,

        Penilaian kami: 2 (kurang puas). Data penyeberangan tidak tersedia dan kami hanya diarahkan ke ASDP tanpa kontak yang jelas.

        Regards,
        Kadek Rio Saputra
        Hotel Segara Kencana Gilimanuk
        '''), kind='rating', rating=2, name='Kadek Rio Saputra', inst='Hotel Segara Kencana Gilimanuk', req=False,
      ticket='PST-2026-01624',
      quote=oq(RATE_ID % 1624, 'Kadek Rio Saputra <fo@segarakencanahotel.com>', SUBJ_RATE % 1624, 'id'), **rp(1624), **F)

    C('f16-rating-skor-lima-sangat-puas-bi', 'outlook', 'Yudhistira Pramana Putra', 'yudhistira_pp@bi.go.id',
      'RE: ' + SUBJ_RATE % 1625, T('''
        Skor: 5 - Sangat Puas. Respons cepat dan penjelasan metodologi PDRB triwulanan sangat membantu tim kami.

        Salam,
        Yudhistira P. Putra
        KPw BI Provinsi Bali
        '''), kind='rating', rating=5, name='Yudhistira P. Putra', inst='KPw BI Provinsi Bali', req=False,
      ticket='PST-2026-01625',
      quote=oq(RATE_ID % 1625, 'Yudhistira Pramana Putra <yudhistira_pp@bi.go.id>', SUBJ_RATE % 1625, 'id'), **rp(1625), **F)

    C('f16-rating-javanese-puas-sanget', 'gmail', 'Sri Handayani Unej', 'srihandayani.fkm@unej.ac.id',
      'Re: ' + SUBJ_RATE % 1626, T('''
        Matur nuwun, puas sanget. Kula paringi nilai 5 nggih.

        Sri Handayani
        '''), kind='rating', rating=5, name='Sri Handayani', req=False, ticket='PST-2026-01626',
      quote=aq(RATE_ID % 1626), **rp(1626), **F)

    C('f16-rating-new-mail-three-of-five-apindo', 'outlook', 'Apindo Jembrana', 'apindo.jembrana@gmail.com',
      'Penilaian layanan tiket PST-2026-01627', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Atas layanan data untuk bahan Dewan Pengupahan (4 tabel, diterima 26 November 2026), kami memberikan nilai 3 dari 5. Data inflasi tingkat kabupaten memang tidak tersedia, namun penjelasan petugas mengenai penggantinya kurang rinci.

        Salam,
        Budi Santosa Halim
        Apindo Kabupaten Jembrana
        '''), kind='rating', rating=3, name='Budi Santosa Halim', inst='Apindo Kabupaten Jembrana', req=False,
      ticket='PST-2026-01627', **F)

    C('f16-rating-five-star-emoji-iphone', 'iphone', 'salsabila', 'salsabila.nurr@gmail.com', 'Re: ' + SUBJ_RATE % 1628, T('''
        ⭐⭐⭐⭐⭐ makasih kak!! tugas kelompok kita dapet nilai A 😆

        Sent from my iPhone
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-01628', quote=iq(RATE_ID % 1628), **rp(1628), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f16-complaint-website-table-error-brawijaya', 'gmail', 'Rizky Ananda', 'rizkyananda.feb@student.ub.ac.id',
      'Tabel dinamis di website error terus', T('''
        Selamat siang Bapak/Ibu,

        Saya Rizky Ananda, mahasiswa Universitas Brawijaya. Sudah tiga hari ini halaman tabel dinamis di website BPS Kabupaten Jembrana selalu menampilkan "Data tidak ditemukan" untuk semua tabel kependudukan dan ketenagakerjaan, padahal minggu lalu masih bisa dibuka. Saya sudah coba di laptop dan HP, hasilnya sama.

        Mohon diperbaiki karena banyak mahasiswa bergantung pada tabel tersebut.

        Terima kasih.
        Rizky Ananda
        '''), kind='complaint', name='Rizky Ananda', inst='Universitas Brawijaya', req=False, **F)

    C('f16-suggestion-whatsapp-channel-subak', 'gmail', 'Made Suarnata', 'madesuarnata.subak@gmail.com',
      'Saran layanan lewat WA', T('''
        Om Swastyastu.

        Tiang Made Suarnata, Ketua Subak Abian Sari Mertha Desa Pangyangan. Sekadar saran untuk PST: sebaiknya ada layanan WhatsApp resmi untuk minta data atau bertanya, karena banyak petani dan pengurus subak di desa tidak biasa pakai email. Kemarin tiang harus minta tolong anak tiang untuk kirim email ini.

        Suksma.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Made Suarnata', inst='Subak Abian Sari Mertha Desa Pangyangan', req=False, **F)

    C('f16-suggestion-en-english-table-headings', 'gmail', "Liam O'Connell", 'liam@bluestraitfoundation.org',
      'A small suggestion for your website', T('''
        Hello again,

        Thanks for your help with our data request last month. A small suggestion, if I may: many of the tables on your website have Indonesian-only headings and footnotes, which makes them hard to use for foreign partners and funders. Even a short English glossary of the most common terms (rumah tangga, kecamatan, lapangan usaha, etc.) on the download page would help a lot.

        Best wishes,
        Liam O'Connell
        Blue Strait Foundation
        '''), kind='complaint', name="Liam O'Connell", inst='Blue Strait Foundation', req=False, lang='en', **F)

    C('f16-complaint-wrong-regency-sent-twice', 'gmail', 'Dinda Aprilia', 'dindaaprl03@gmail.com', 'Re: ' + SUBJ_DATA % 1631, T('''
        kak maaf, file yg dikirim isinya data kabupaten jember, bukan jembrana 😭 ini udh kedua kalinya salah kirim lho kak. sy jd telat kumpul draft ke dosen pembimbing. tolong lbh teliti ya kak, kecewa bgt sy
        '''), kind='complaint', req=False, ticket='PST-2026-01631', quote=aq(DELIV_ID % 1631), **rp(1631), **F)

    C('f16-complaint-respondent-burden-plain', 'plain', 'Siti Romlah', 'sitiromlah.loloan@gmail.com',
      'Terlalu sering didatangi petugas survei', T('''
        Assalamualaikum.

        Saya Hj. Siti Romlah, punya warung makan di Loloan Timur. Dalam bulan November ini saja rumah saya sudah didatangi tiga kali oleh petugas survei BPS yang berbeda-beda, dan setiap kali ditanya hampir hal yang sama: pengeluaran, pendapatan warung, anggota keluarga. Satu kali wawancaranya lebih dari satu jam waktu warung sedang ramai.

        Saya tidak keberatan membantu, tapi mohon diatur supaya tidak terus-terusan rumah yang sama. Apa tidak ada warga lain yang bisa didata?

        Wassalamualaikum.
        '''), kind='complaint', name='Hj. Siti Romlah', req=False, **F)

    C('f16-complaint-caps-bansos-removed-yahoo', 'yahoo', 'gede sudira', 'gedesudira77@yahoo.co.id', 'PROTES DATA BPS', T('''
        SELAMAT SIANG

        SAYA MAU PROTES. KELUARGA SAYA DICORET DARI PENERIMA BANTUAN SEMBAKO, KATA PERANGKAT DESA KARENA DATA DARI BPS SUDAH TIDAK MISKIN. PADAHAL SUAMI SAYA SUDAH 2 TAHUN TIDAK MELAUT KARENA SAKIT. PETUGAS BPS TIDAK PERNAH DATANG KE RUMAH KAMI. TOLONG DIPERIKSA LAGI DATANYA, INI TIDAK ADIL.

        NI KOMANG SUDIARNI
        BANJAR PENGAMBENGAN KELOD

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='NI KOMANG SUDIARNI', req=False, **F)

    C('f16-suggestion-ticket-tracking-lecturer', 'outlook', 'Ni Wayan Eka Mahendrawati', 'ekamahendrawati@undiknas.ac.id',
      'Masukan untuk layanan PST online', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Terima kasih atas layanan data yang selama ini sangat membantu mahasiswa bimbingan saya. Izinkan saya memberi masukan: mahasiswa sering bingung menanyakan status permohonan karena nomor tiket hanya dikirim lewat email dan mudah tertumpuk. Alangkah baiknya bila tersedia halaman pelacakan status tiket di website, atau notifikasi singkat ketika data sedang diproses.

        Semoga bermanfaat.

        Salam,
        Dr. Ni Wayan Eka Mahendrawati, S.E., M.M.
        Universitas Pendidikan Nasional
        '''), kind='complaint', name='Dr. Ni Wayan Eka Mahendrawati', inst='Universitas Pendidikan Nasional', req=False, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f16-ooo-en-outlook-training-headers', 'outlook', 'Yudhistira Pramana Putra', 'yudhistira_pp@bi.go.id',
      'Automatic reply: ' + SUBJ_DATA % 1641, T('''
        Thank you for your message.

        I am attending a regional economist training in Jakarta from 23 to 27 November 2026 with limited access to email. For urgent matters, please contact the Economic and Financial Assessment Unit at kpwbali_ekonomi@bi.go.id.

        Best regards,
        Yudhistira
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01641',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1641), **F)

    C('f16-ooo-gmail-maternity-leave', 'gmail', 'Gusti Ayu Made Widyastuti', 'widyastuti@bprdanasegara.co.id',
      'Re: ' + SUBJ_RATE % 1642, T('''
        Terima kasih atas email Bapak/Ibu.

        Saya sedang cuti melahirkan sampai dengan 15 Februari 2027. Untuk keperluan terkait perencanaan dan kredit, silakan menghubungi Bapak Komang Adi Wiranata di adiwiranata@bprdanasegara.co.id.

        Salam,
        Gusti Ayu Made Widyastuti
        '''), kind='auto_reply', req=False, ticket='PST-2026-01642',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(1642), **F)

    C('f16-ooo-agency-helpdesk-own-ticket', 'gmail', 'Cakrawala Riset Support', 'support@cakrawalariset.com',
      'Ticket Received #5521 - Re: ' + SUBJ_DATA % 1643, T('''
        Hi,

        Terima kasih telah menghubungi PT Riset Cakrawala Indonesia. Pesan Anda sudah kami terima dan tercatat dengan nomor tiket #5521. Tim kami akan merespons dalam 1x24 jam kerja.

        This is an automated message, please do not reply.

        Regards,
        Cakrawala Riset Support Team
        '''), kind='auto_reply', req=False, ticket='PST-2026-01643',
      extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')], **rp(1643), **F)

    C('f16-ooo-hotel-body-only-no-headers', 'yahoo', 'Hotel Segara Kencana', 'fo@segarakencanahotel.com',
      'Re: ' + SUBJ_ACK % 1644, T('''
        Terima kasih telah menghubungi Hotel Segara Kencana Gilimanuk.

        Ini adalah balasan otomatis. Email Anda akan kami balas dalam 1x24 jam. Untuk reservasi cepat silakan hubungi WhatsApp 0811-3850-xxxx.

        Salam hangat,
        Front Office
        '''), kind='auto_reply', req=False, ticket='PST-2026-01644', **rp(1644), **F)

    C('f16-ooo-plain-address-moved', 'plain', 'Diskominfo Jembrana', 'kominfo@jembranakab.go.id',
      'Alamat email telah berubah: ' + SUBJ_ACK % 1645, T('''
        Yth. Pengirim,

        Alamat email ini tidak digunakan lagi sejak 1 November 2026. Korespondensi dinas untuk Dinas Komunikasi, Informatika dan Persandian Kabupaten Jembrana mohon dikirim ke diskominfo@jembranakab.go.id.

        Pesan ini dikirim otomatis oleh sistem, mohon tidak dibalas.
        '''), kind='auto_reply', req=False, ticket='PST-2026-01645',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(1645), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f16-dsn-postfix-domain-not-found', dict(
        recipient='dindaaprl03@gmail.co', original_message_id=OUR(1651, 'b3e8d416'),
        orig_subject=SUBJ_ACK % 1651, status='5.4.4',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients. It\'s attached below.\n\n'
              'For further assistance, please send mail to postmaster.\n\n'
              '                   The mail system\n\n'
              '<dindaaprl03@gmail.co>: Host or domain name not found. Name service error\n'
              '    for name=gmail.co type=MX: Host not found, try again')), 'PST-2026-01651', **F)

    D('f16-dsn-o365-user-not-found', dict(
        recipient='hotman.sitompul@usu.ac.id', original_message_id=OUR(1652, 'b3e8d416'),
        orig_subject=SUBJ_RATE % 1652, status='5.1.10', mta='usu.ac.id',
        **{'from': 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@usu.ac.id>',
           'subject': 'Undeliverable: ' + SUBJ_RATE % 1652,
           'text': ("Your message to hotman.sitompul@usu.ac.id couldn't be delivered.\n\n"
                    "hotman.sitompul wasn't found at usu.ac.id.\n\n"
                    'Action Required\nUnknown To address\n\n'
                    'How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n'
                    '- Retype the recipient\'s address, then resend the message.\n\n'
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: SI2PR01MB4137.apcprd01.prod.exchangelabs.com\n'
                    'hotman.sitompul@usu.ac.id\n'
                    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'")}),
      'PST-2026-01652', **F)
