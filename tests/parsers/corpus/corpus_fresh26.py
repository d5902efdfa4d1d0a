# corpus_fresh26.py: a twenty-sixth batch, written blind by another independent author who saw neither the parser nor its results (set "fresh26"; tickets PST-2026-026xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh26')

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

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/26 08.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '7c2d5e19'), references=[OUR(n, '7c2d5e19')])

    # ================================================================================================
    # New requests: students and academics in Indonesia
    # ================================================================================================
    C('f26-req-ub-acronym-chat-iphone', 'iphone', 'dimas', 'dimasaryo.w@icloud.com', 'data padi jembrana', T('''
        halo min 🙏
        aku Dimas Aryo Wicaksono mhs agribisnis UB smt 7, lg ngerjain skripsi soal alih fungsi lahan sawah di bali
        mau minta data luas panen, produksi sm produktivitas padi per kecamatan di jembrana thn 2018-2025 min. kalo ada luas lahan sawah per kecamatan jg boleh bgt
        dikirim lwt email ini aja ya min, makasih bnyk 🙏🙏

        Dikirim dari iPhone saya
        '''), name='Dimas Aryo Wicaksono', inst='UB', **F)

    C('f26-req-unand-master-name-only-in-signature', 'gmail', 'Rahmi Fadhilah', 'rahmifadhilah.mpp@gmail.com',
      'Permohonan Data PDRB Kabupaten Jembrana untuk Tesis', T('''
        Assalamualaikum wr. wb.

        Dengan hormat,

        Saya adalah mahasiswi program magister yang sedang menyusun tesis tentang ketimpangan antarwilayah di kabupaten-kabupaten pesisir. Kabupaten Jembrana menjadi salah satu daerah studi kasus karena struktur ekonominya yang masih bertumpu pada pertanian dan perikanan, berbeda dengan kabupaten lain di Bali yang didominasi pariwisata.

        Sehubungan dengan itu, saya memohon bantuan data berikut:
        1. PDRB atas dasar harga konstan 2010 menurut lapangan usaha, 2015-2025;
        2. PDRB per kapita atas dasar harga berlaku, 2015-2025;
        3. jumlah penduduk per kecamatan, 2015-2025.

        Apabila diperlukan surat pengantar dari program studi, akan saya kirimkan segera.

        Atas perhatian dan bantuannya saya ucapkan terima kasih.

        Wassalamualaikum wr. wb.

        Rahmi Fadhilah Putri
        Program Magister Perencanaan Pembangunan
        Fakultas Ekonomi dan Bisnis
        Universitas Andalas, Padang
        HP 0812-6630-xxxx
        '''), name='Rahmi Fadhilah Putri', inst='Universitas Andalas', **F)

    C('f26-req-ulm-lecturer-thunderbird-wrapped-hajj-title', 'thunderbird', 'Muhammad Rusdi Noor', 'mrusdinoor@ulm.ac.id',
      'Permohonan data tenaga kerja perikanan Kabupaten Jembrana', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        u.p. Petugas Pelayanan Statistik Terpadu

        Dengan hormat,

        Bersama ini kami sampaikan bahwa saya bersama dua orang kolega sedang melaksanakan penelitian dasar yang didanai LPPM tentang perbandingan struktur tenaga kerja perikanan tangkap di Kabupaten Kotabaru (Kalimantan Selatan) dan Kabupaten Jembrana (Bali). Kedua kabupaten kami pilih karena sama-sama memiliki pelabuhan perikanan dengan industri pengalengan dan penepungan ikan di sekitarnya.

        Kami mohon kiranya dapat diberikan data sebagai berikut:
        - jumlah penduduk bekerja di sektor perikanan menurut jenis kelamin dan kelompok umur, 2019-2025;
        - jumlah rumah tangga usaha perikanan tangkap menurut kecamatan (ST2023);
        - jumlah perusahaan industri pengolahan ikan skala besar dan sedang beserta jumlah tenaga kerjanya.

        Jika diperlukan surat resmi dari LPPM, akan kami kirimkan menyusul.

        Hormat kami,

        Dr. H. Muhammad Rusdi Noor, S.Pi., M.Si.
        Lektor Kepala, Program Studi Sosial Ekonomi Perikanan
        Fakultas Perikanan dan Kelautan
        Universitas Lambung Mangkurat
        Banjarbaru, Kalimantan Selatan
        '''), name='Muhammad Rusdi Noor', inst='Universitas Lambung Mangkurat', wrap=72, **F)

    C('f26-req-stie-form-block-outlook', 'outlook', 'FITRIA NUR AINI', '2022310098@students.perbanas.ac.id',
      'Permohonan data untuk penelitian skripsi', T('''
        Kepada Yth.
        Petugas PST BPS Kabupaten Jembrana

        Dengan hormat, bersama email ini saya mengajukan permohonan data dengan identitas sebagai berikut.

        Nama Lengkap      : Fitria Nur Aini
        NIM               : 2022310098
        Asal Kampus       : STIE Perbanas Surabaya
        Program Studi     : S1 Manajemen
        Judul Penelitian  : Pengaruh Akses Permodalan terhadap Pertumbuhan Usaha Mikro di Kabupaten Jembrana
        Data yang diminta : Jumlah usaha mikro dan kecil menurut kecamatan dan lapangan usaha (Sensus Ekonomi 2016 dan hasil terbaru yang tersedia)

        Demikian permohonan ini saya sampaikan, atas bantuannya saya ucapkan terima kasih.

        Hormat saya,
        Fitria
        '''), name='Fitria Nur Aini', inst='STIE Perbanas Surabaya', **F)

    C('f26-req-stikes-nursing-balinese-greeting-yahoo', 'yahoo', 'Ayu Sri Wahyuni', 'ayusriwahyuni21@yahoo.com',
      'Mohon Bantuan Data Lansia', T('''
        Om Swastyastu,

        Selamat pagi Bapak/Ibu petugas BPS. Perkenalkan nama saya Ni Putu Ayu Sri Wahyuni, mahasiswi semester 8 Program Studi S1 Keperawatan STIKES Bina Usada Bali. Saat ini saya sedang menyusun skripsi tentang kualitas hidup lansia yang tinggal sendiri di Kecamatan Mendoyo.

        Saya mohon bantuan data:
        1. jumlah penduduk lansia (60 tahun ke atas) menurut jenis kelamin per desa di Kecamatan Mendoyo;
        2. persentase lansia yang tinggal sendiri di Kabupaten Jembrana, bila tersedia.

        Om Shanti Shanti Shanti Om.

        Hormat saya,
        Ayu Sri
        '''), name='Ni Putu Ayu Sri Wahyuni', inst='STIKES Bina Usada Bali', **F)

    C('f26-req-stmik-all-lowercase-qris', 'gmail', 'kadek dwi', 'kadekdwi.pradnyana@gmail.com', 'permohonan data penggunaan internet', T('''
        selamat siang bapak/ibu

        sy kadek dwi pradnyana mahasiswa stmik primakara, lg bikin penelitian tugas akhir ttg adopsi pembayaran digital (qris) di warung2 kecil di kab jembrana. sy butuh data:
        - persentase penduduk usia 5 thn ke atas yg mengakses internet di jembrana 2020-2025
        - persentase rumah tangga yg punya hp / komputer
        - jumlah usaha perdagangan eceran per kecamatan

        mohon maaf klo bahasanya kurang formal, terima kasih bnyk pak/bu 🙏
        '''), name='Kadek Dwi Pradnyana', inst='STMIK Primakara', **F)

    C('f26-req-ut-student-cashier-android-night', 'plain', 'Siti Khotijah', 'sitikhotijah.ut@gmail.com', 'Permohonan data harga beras', T('''
        Selamat malam Bapak/Ibu,

        Saya Siti Khotijah, mahasiswi Universitas Terbuka jurusan Ekonomi Pembangunan (Pokjar Negara). Sehari-hari saya bekerja sebagai kasir di toko sembako di Loloan Timur, jadi kuliah saya ambil malam. Untuk tugas karya ilmiah mata kuliah Ekonomi Regional saya perlu data rata-rata harga eceran beras medium dan minyak goreng per bulan di Kabupaten Jembrana tahun 2023-2025.

        Mohon maaf kalau mengganggu malam-malam. Terima kasih.

        Dikirim dari perangkat Android saya
        '''), name='Siti Khotijah', inst='Universitas Terbuka', **F)

    C('f26-req-uinsa-javanese-krama-religion', 'gmail', 'Khoirul Anam', 'khoirulanam.saa@gmail.com', 'Nyuwun data penduduk menurut agama', T('''
        Sugeng enjang Bapak/Ibu,

        Nuwun sewu ngganggu wekdalipun. Kula Ahmad Khoirul Anam, mahasiswa S1 Studi Agama-Agama UIN Sunan Ampel Surabaya. Saya sedang meneliti kerukunan umat beragama di kampung-kampung Muslim pesisir Bali, khususnya Loloan Barat dan Loloan Timur.

        Saya nyuwun bantuan data:
        1. jumlah penduduk menurut agama per kelurahan/desa di Kecamatan Negara dan Kecamatan Jembrana;
        2. jumlah tempat ibadah menurut jenis per desa (Podes terbaru).

        Matur nuwun sanget atas bantuanipun.

        Wassalamu'alaikum,
        Anam
        '''), name='Ahmad Khoirul Anam', inst='UIN Sunan Ampel Surabaya', **F)

    C('f26-req-pnb-group-leader-named-late', 'gmail', 'Kelompok 3 MBP', 'kelompok3mbp5a@gmail.com',
      'Permohonan Data Hunian Hotel - Tugas Kelompok Statistik Pariwisata', T('''
        Selamat siang Bapak/Ibu,

        Kami mahasiswa semester 5 Program Studi D4 Manajemen Bisnis Pariwisata, Jurusan Pariwisata, Politeknik Negeri Bali. Dalam rangka tugas kelompok mata kuliah Statistik Pariwisata, kelompok kami (5 orang) ditugaskan menganalisis kinerja usaha akomodasi di Bali bagian barat.

        Data yang kami perlukan:
        - tingkat penghunian kamar (TPK) hotel bintang dan nonbintang di Kabupaten Jembrana per bulan, 2023-2025;
        - rata-rata lama menginap tamu asing dan domestik.

        Untuk korespondensi selanjutnya dapat menghubungi saya, Komang Arya Wiguna, selaku ketua kelompok (WA 0857-3711-xxxx).

        Terima kasih atas bantuannya.

        Salam,
        Kelompok 3 MBP 5A
        '''), name='Komang Arya Wiguna', inst='Politeknik Negeri Bali', **F)

    C('f26-req-warmadewa-lecturer-signature-only-agung', 'outlook', 'AA Ngurah Bagus Mahendra', 'gungbagus.mahendra@warmadewa.ac.id',
      'Permohonan data statistik kriminal', T('''
        Selamat pagi,

        Untuk keperluan penelitian kelompok dosen tentang pola tindak pidana pencurian ternak di wilayah perdesaan Bali, kami memerlukan data:
        1. jumlah tindak pidana yang dilaporkan menurut jenis kejahatan di Kabupaten Jembrana, 2018-2025;
        2. jumlah desa yang mengalami kejadian pencurian dalam setahun terakhir (Podes 2024).

        Mohon informasi apakah data tersebut dapat diperoleh dan apakah perlu surat dari kampus.

        Terima kasih.

        Dr. Anak Agung Ngurah Bagus Mahendra, S.H., M.H.
        Fakultas Hukum Universitas Warmadewa
        Jl. Terompong No. 24, Tanjung Bungkak, Denpasar
        '''), name='Anak Agung Ngurah Bagus Mahendra', inst='Universitas Warmadewa', **F)

    C('f26-req-unram-sasak-lalu-migration', 'gmail', 'Lalu Zainul Hakim', 'lalu.zainulhakim@gmail.com', 'Mohon data migrasi penduduk Jembrana', T('''
        Assalamualaikum Bapak/Ibu,

        Perkenalkan, saya Lalu Muhammad Zainul Hakim, mahasiswa Magister Kependudukan Universitas Mataram. Tesis saya membahas migrasi penduduk Lombok ke Bali bagian barat, termasuk komunitas Sasak yang sudah turun-temurun tinggal di Gilimanuk dan Melaya.

        Saya mohon data:
        - penduduk menurut provinsi tempat lahir per kecamatan di Kabupaten Jembrana (SP2020 Long Form);
        - migran risen menurut provinsi asal.

        Terima kasih atas bantuannya, semoga Bapak/Ibu sehat selalu.

        Wassalamualaikum wr. wb.
        Lalu Zainul
        '''), name='Lalu Muhammad Zainul Hakim', inst='Universitas Mataram', **F)

    C('f26-req-unm-bugis-name-mid-paragraph', 'gmail', 'Tenri Ajeng', 'tenriajeng.geo@gmail.com', 'Permohonan data produksi rumput laut', T('''
        Selamat siang Bapak/Ibu Petugas PST BPS Kabupaten Jembrana.

        Penelitian skripsi saya membandingkan usaha budidaya rumput laut di Kabupaten Takalar dan di pesisir Bali bagian barat. Dosen pembimbing saya menyarankan agar saya menghubungi BPS Jembrana langsung, karena data di website hanya tersedia sampai tingkat kabupaten. Oleh karena itu saya, Andi Tenri Ajeng, mahasiswi Program Studi Pendidikan Geografi Universitas Negeri Makassar, memohon data produksi rumput laut per kecamatan dan jumlah rumah tangga pembudidaya di Kabupaten Jembrana tahun 2019-2025.

        Atas perhatiannya saya ucapkan terima kasih.

        Hormat saya,
        Tenri
        '''), name='Andi Tenri Ajeng', inst='Universitas Negeri Makassar', **F)

    C('f26-req-ipb-identity-only-in-subject', 'gmail', 'Yohanes K', 'yohaneskristianto@apps.ipb.ac.id',
      'Permohonan Data_Yohanes Kristianto_IPB University_Skripsi Kelapa', T('''
        Selamat pagi Bapak/Ibu,

        Mohon izin meminta data luas areal, produksi, dan produktivitas tanaman kelapa dalam per kecamatan di Kabupaten Jembrana tahun 2015-2025, serta jumlah rumah tangga usaha perkebunan kelapa hasil ST2023. Data tersebut akan saya gunakan untuk skripsi mengenai hilirisasi produk kelapa rakyat.

        Terima kasih banyak atas bantuannya.

        Salam,
        Yohanes
        '''), name='Yohanes Kristianto', inst='IPB University', **F)

    C('f26-req-vague-unib-asks-procedure-and-fee', 'gmail', 'Dwi Septiani', 'dwiseptiani.unib@gmail.com', 'Tanya prosedur', T('''
        Selamat sore Bapak/Ibu,

        Saya Dwi Septiani dari Universitas Bengkulu. Saya ingin bertanya, bagaimana prosedur untuk mengajukan permintaan data di BPS Kabupaten Jembrana? Apakah harus datang langsung atau cukup lewat email? Lalu apakah ada biayanya?

        Terima kasih sebelumnya.

        Dwi
        '''), name='Dwi Septiani', inst='Universitas Bengkulu', req=False, **F)

    C('f26-req-statistics-student-no-campus-plain', 'plain', 'Rizky R', 'rizkyramadhan.stat@gmail.com', 'Minta data IPM dan pengangguran', T('''
        Pagi pak/bu, saya Rizky Ramadhan, mahasiswa tingkat akhir jurusan statistika. Boleh minta data IPM Jembrana 2010-2025 sama tingkat pengangguran terbuka per tahun 2010-2025? Buat latihan model regresi data panel untuk skripsi saya. Terima kasih banyak pak/bu.

        Rizky
        '''), name='Rizky Ramadhan', **F)

    C('f26-req-itb-researcher-sae-consultation', 'outlook', 'Hendra G. Sutanto', 'hendra.sutanto@itb.ac.id',
      'Konsultasi metode estimasi area kecil untuk kemiskinan tingkat desa', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Perkenalkan, saya Hendra Gunawan Sutanto, peneliti di Kelompok Keahlian Statistika, Institut Teknologi Bandung. Bersama Bappeda Provinsi Bali kami sedang menjajaki penyusunan peta kemiskinan tingkat desa dengan pendekatan small area estimation (SAE) yang menggabungkan Susenas dan data Regsosek.

        Kami ingin mengajukan sesi konsultasi (daring maupun luring) dengan statistisi BPS Jembrana untuk membahas:
        1. ketersediaan variabel pendukung tingkat desa dari Podes 2024;
        2. pengalaman BPS dalam penghitungan angka kemiskinan tingkat kecamatan;
        3. kemungkinan akses data mikro melalui mekanisme resmi.

        Kami fleksibel untuk waktu di minggu pertama atau kedua Desember.

        Salam hormat,
        Hendra G. Sutanto
        Kelompok Keahlian Statistika
        FMIPA - Institut Teknologi Bandung
        '''), name='Hendra Gunawan Sutanto', inst='Institut Teknologi Bandung', **F)

    C('f26-req-udayana-forwards-supervisor-chain', 'gmail', 'Ayu Maharani', 'ayumaharani.ep@gmail.com',
      'Fwd: Re: Bimbingan skripsi - data sekunder', T('''
        Selamat pagi Bapak/Ibu PST,

        Saya Ni Kadek Ayu Maharani, mahasiswi Program Studi Ekonomi Pembangunan Universitas Udayana. Di bawah ini saya teruskan percakapan dengan dosen pembimbing saya tentang data yang masih perlu saya lengkapi. Sesuai arahan beliau, saya mohon bantuan data:
        1. jumlah tenaga kerja industri pengolahan ikan menurut kecamatan, 2020-2025;
        2. rata-rata upah buruh industri pengolahan di Kabupaten Jembrana, 2020-2025.

        Terima kasih banyak.

        Salam,
        Maharani

        ---------- Forwarded message ---------
        Dari: I Nyoman Sudarma <nyomansudarma@unud.ac.id>
        Date: Jum, 20 Nov 2026 pukul 16.42
        Subject: Re: Bimbingan skripsi - data sekunder
        To: Ni Kadek Ayu Maharani <ayumaharani.ep@gmail.com>

        Rani, untuk bab 4 kamu masih kurang data tenaga kerja per kecamatan. Coba minta ke PST BPS Jembrana, biasanya mereka cepat. Sebutkan datanya dengan jelas, jangan cuma "data industri".

        Salam,
        Dr. I Nyoman Sudarma, S.E., M.Si.
        Koordinator Program Studi Ekonomi Pembangunan
        Fakultas Ekonomi dan Bisnis Universitas Udayana

        Pada Jum, 20 Nov 2026 pukul 10.15, Ni Kadek Ayu Maharani <ayumaharani.ep@gmail.com> menulis:

        > Selamat pagi Pak Nyoman,
        >
        > Mohon maaf mengganggu. Untuk bab 4 saya sudah punya data produksi ikan dari dinas, tapi data tenaga kerja belum ada. Mohon arahan Bapak harus minta ke mana.
        >
        > Terima kasih Pak.
        > Rani
        '''), name='Ni Kadek Ayu Maharani', inst='Universitas Udayana', **F)

    C('f26-req-poliwangi-need-only-in-attached-letter', 'outlook', 'Eko Prasetyo Nugroho', 'ekoprasetyo@poliwangi.ac.id',
      'Permohonan Data Penelitian Dosen', T('''
        Dengan hormat,

        Bersama ini kami sampaikan surat permohonan data untuk keperluan penelitian dosen Politeknik Negeri Banyuwangi Tahun Anggaran 2026. Rincian data yang kami butuhkan tercantum dalam surat terlampir.

        Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

        Hormat kami,
        Eko Prasetyo Nugroho
        Ketua Tim Peneliti
        Politeknik Negeri Banyuwangi
        '''), name='Eko Prasetyo Nugroho', inst='Politeknik Negeri Banyuwangi',
      attachments=[PDF('Surat Permohonan Data - Produksi Garam Rakyat Kab. Jembrana.pdf')], **F)

    # ================================================================================================
    # New requests: abroad
    # ================================================================================================
    C('f26-req-en-copenhagen-phd-name-at-end', 'gmail', 'Mette K. Holm', 'mkh@ifro.ku.dk',
      'Request for agricultural census data – Jembrana', T('''
        Dear PST team,

        I am a PhD fellow at the Department of Food and Resource Economics, University of Copenhagen. My project looks at how smallholder cacao and coconut farmers in Bali diversify their income, and I plan to run a household survey in Jembrana in 2027.

        To design my sampling frame I would be grateful for:
        1. the number of agricultural households by subsector and by kecamatan, Agricultural Census 2023;
        2. the number of households growing cacao and coconut by desa, if available;
        3. the Podes 2024 village list with the main source of income of most residents.

        Thank you very much in advance, and please let me know if a formal letter from my supervisor is needed.

        Best,
        Mette Kjærgaard Holm
        '''), name='Mette Kjærgaard Holm', inst='University of Copenhagen', lang='en', **F)

    C('f26-req-en-leiden-postdoc-mixed-greetings', 'gmail', 'Pieter van der Woude', 'p.van.der.woude@hum.leidenuniv.nl',
      'Historical population figures for Jembrana / data penduduk historis', T('''
        Dear Bapak/Ibu,

        Selamat siang! Apologies for writing mostly in English – my Indonesian is good enough for the pasar but not for formal letters.

        I am Pieter van der Woude, a postdoctoral researcher at the Leiden Institute for Area Studies, Leiden University. I work on the history of land settlement in western Bali in the twentieth century, and I am trying to reconstruct population growth in Jembrana from the late colonial period to today.

        Could you help me with:
        - population per kecamatan from the censuses of 1961, 1971, 1980, 1990, 2000, 2010 and 2020;
        - any older "Jembrana Dalam Angka" volumes (1970s-1990s) that you may hold as scans.

        Terima kasih banyak atas bantuannya!

        Met vriendelijke groet,
        Pieter
        '''), name='Pieter van der Woude', inst='Leiden University', lang='en', **F)

    C('f26-req-en-uplb-philippines-nickname-signoff', 'gmail', 'Tina Dela Cruz', 'mcdelacruz3@up.edu.ph',
      'Coconut statistics request – UPLB research team', T('''
        Good day!

        I am Maria Cristina Dela Cruz, an assistant professor at the Department of Agricultural and Applied Economics, University of the Philippines Los Baños. Our team is preparing a comparative paper on coconut smallholders in Quezon Province and in Bali under an ASEAN research grant.

        May we request the following for Jembrana Regency:
        1. coconut area (mature, immature, damaged) and production, 2015-2025;
        2. number of coconut-growing households;
        3. average farm-gate price of copra, if available.

        Maraming salamat po and best regards,
        Tina Dela Cruz
        '''), name='Maria Cristina Dela Cruz', inst='University of the Philippines Los Baños', lang='en', **F)

    C('f26-req-en-hokkaido-turtle-exchange', 'gmail', 'Kenji Sato', 'kenji.sato.h3@elms.hokudai.ac.jp',
      'Inquiry: fisheries and marine tourism statistics', T('''
        Dear Sir/Madam,

        My name is Kenji Sato, and I am a master's student at the Graduate School of Fisheries Sciences, Hokkaido University, Japan. I spent two weeks in Perancak last year as part of a sea turtle conservation exchange, and I am now writing my thesis on marine ecotourism and fishing livelihoods there.

        I would like to request:
        - the number of fishing households in Kecamatan Jembrana, 2018-2025;
        - the number of foreign and domestic visitors to Jembrana Regency, 2018-2025.

        I apologise for my English, and thank you for your kind help.

        Sincerely yours,
        Kenji Sato
        '''), name='Kenji Sato', inst='Hokkaido University', lang='en', **F)

    C('f26-req-vague-en-melbourne-wants-a-chat', 'gmail', 'Olivia Nguyen', 'olivia.nguyen@student.unimelb.edu.au',
      'Hello from Melbourne!', T('''
        Hi there,

        I'm Olivia Nguyen, a Master of Development Studies student at the University of Melbourne. I'm coming to Bali next semester for an internship and thought I might do my minor thesis on something in Jembrana, but honestly I haven't nailed down a topic yet. What kinds of statistics do you usually have? Would it be possible to have a chat sometime?

        Thanks heaps,
        Liv
        '''), name='Olivia Nguyen', inst='University of Melbourne', req=False, lang='en', **F)

    C('f26-req-en-ngo-latin1-mangrove', 'latin1', 'Tomás Herrera', 'tomas.herrera@bluecarbonalliance.org',
      'Mangrove area and coastal population data - Blue Carbon Alliance', T('''
        Dear colleagues,

        I am Tomás Herrera, Southeast Asia coordinator at the Blue Carbon Alliance, an international NGO working on mangrove restoration with coastal communities. We are assessing a restoration site in the Perancak estuary together with a local farmers' group.

        Could you kindly share:
        1. population and number of households of Desa Perancak and Desa Budeng, 2020-2025;
        2. the main occupations of residents in these villages;
        3. any statistics on mangrove or aquaculture pond area by kecamatan.

        Muchas gracias and kind regards,
        Tomás
        '''), name='Tomás Herrera', inst='Blue Carbon Alliance', lang='en', **F)

    C('f26-req-en-freelance-journalist-no-outlet', 'gmail', 'Hannah Whitcombe', 'hannahwhitcombe.writes@gmail.com',
      'Press inquiry – cruise ship workers from Jembrana', T('''
        Hello,

        I'm Hannah Whitcombe, a freelance journalist based in Ubud. I'm working on a feature about Balinese men and women who work on international cruise ships, many of whom, I'm told, come from Jembrana. I'm not writing for any particular outlet yet; I usually pitch pieces once they're ready.

        Do you have any figures on:
        - the number of Jembrana residents working abroad, by sex;
        - household spending per capita in Jembrana compared with the Bali average?

        Thanks so much,
        Hannah
        '''), name='Hannah Whitcombe', lang='en', **F)

    # ================================================================================================
    # New requests: business
    # ================================================================================================
    C('f26-req-cv-contractor-om-swastyastu', 'gmail', 'CV Bangun Karya Mandiri', 'cv.bangunkarya.mdy@gmail.com',
      'Permohonan data IKK dan perumahan', T('''
        Om Swastyastu,

        Dengan hormat, kami dari CV Bangun Karya Mandiri, kontraktor dan pemasok bahan bangunan di Kecamatan Mendoyo, bermaksud membuka cabang baru di Kecamatan Melaya. Untuk studi kelayakan sederhana kami membutuhkan data:
        1. Indeks Kemahalan Konstruksi (IKK) Kabupaten Jembrana 2020-2025;
        2. jumlah rumah tangga dan laju pertumbuhan penduduk per kecamatan;
        3. persentase rumah tangga menurut status kepemilikan bangunan tempat tinggal.

        Atas bantuannya kami ucapkan suksma.

        Om Shanti Shanti Shanti Om

        Hormat kami,
        I Made Sudarsana
        Direktur
        '''), name='I Made Sudarsana', inst='CV Bangun Karya Mandiri', **F)

    C('f26-req-pt-feed-mill-disclaimer-outlook', 'outlook', 'Yohanes Budi Santoso', 'yohanes.santoso@sinarpakan.co.id',
      'Data populasi ternak Kabupaten Jembrana', T('''
        Dear Bapak/Ibu,

        Kami dari tim Market Intelligence sedang memetakan potensi pasar pakan ternak di Bali bagian barat. Mohon bantuan data berikut:

        - populasi ayam ras pedaging, ayam ras petelur, dan babi per kecamatan di Kabupaten Jembrana, 2021-2025;
        - produksi daging dan telur, 2021-2025;
        - jumlah rumah tangga usaha peternakan menurut jenis ternak (ST2023).

        Jika ada biaya untuk data tersebut mohon diinformasikan.

        Best regards,

        Yohanes Budi Santoso
        Market Intelligence Analyst
        PT Sinar Pakan Nusantara
        Jl. Raya Rungkut Industri III No. 18, Surabaya
        T +62 31 843 xxxx | M +62 811 3288 xxxx

        DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender and delete it. PT Sinar Pakan Nusantara does not accept liability for any errors or omissions in the contents of this message.
        '''), name='Yohanes Budi Santoso', inst='PT Sinar Pakan Nusantara', **F)

    C('f26-req-ud-copra-trader-haji-android', 'plain', 'UD Sumber Rejeki', 'udsumberrejeki.ltm@gmail.com', 'tanya data kelapa', T('''
        Assalamualaikum, selamat siang bpk/ibu BPS.
        Saya pemilik UD Sumber Rejeki, usaha jual beli kopra dan kelapa butir di Loloan Timur. Mau tanya apakah ada data produksi kelapa per kecamatan di Jembrana 3 tahun terakhir? Kami mau tambah gudang tapi bingung di kecamatan mana yang paling banyak kelapanya.
        Terimakasih banyak.

        H. Abdul Rahman
        0819-3600-xxxx

        Dikirim dari perangkat Android saya
        '''), name='Abdul Rahman', inst='UD Sumber Rejeki', **F)

    C('f26-req-resort-revenue-manager-codeswitch', 'outlook', 'Eka Mahardika', 'revenue@segaragilimanukresort.com',
      'Request data wisatawan - Segara Gilimanuk Resort', T('''
        Dear Tim BPS Jembrana,

        Selamat pagi. Saya Putu Eka Mahardika, Revenue Manager di Segara Gilimanuk Resort. Kami sedang menyusun budget dan rencana pemasaran 2027, dan ingin membandingkan occupancy kami dengan angka kabupaten.

        Mohon bantuan data:
        1. TPK hotel bintang dan nonbintang Kabupaten Jembrana per bulan, 2024-2025;
        2. jumlah tamu mancanegara menurut kebangsaan, kalau ada;
        3. rata-rata lama menginap tamu.

        Terima kasih banyak, ditunggu kabarnya.

        Warm regards,
        Eka
        Revenue Manager
        Segara Gilimanuk Resort
        Jl. Raya Gilimanuk, Jembrana, Bali
        '''), name='Putu Eka Mahardika', inst='Segara Gilimanuk Resort', **F)

    C('f26-req-ksu-cooperative-html-only', 'html_only', 'KSU Mertha Sari', 'ksu.merthasari@gmail.com',
      'Permohonan Data Jumlah Koperasi dan UMKM', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana

        Kami pengurus Koperasi Serba Usaha Mertha Sari, Desa Yehembang Kangin, Kecamatan Mendoyo, bermaksud menyusun rencana strategis koperasi untuk lima tahun ke depan. Sehubungan dengan itu kami mohon data:
        1. jumlah koperasi aktif dan anggotanya per kecamatan;
        2. jumlah usaha mikro dan kecil per kecamatan;
        3. rata-rata pengeluaran per kapita penduduk Kabupaten Jembrana, 2020-2025.

        Atas bantuannya kami ucapkan terima kasih.

        Om Shanti Shanti Shanti Om

        Ni Wayan Sukerni
        Sekretaris KSU Mertha Sari
        '''), name='Ni Wayan Sukerni', inst='Koperasi Serba Usaha Mertha Sari', **F)

    C('f26-req-agri-fintech-startup-bullets-slang', 'gmail', 'Farrel Adhitama', 'farrel@dompettani.id',
      'Data request: rumah tangga petani & akses keuangan', T('''
        Hi kak tim PST!

        Aku Farrel Adhitama, Product Analyst di PT Dompet Tani Digital (TaniPay), startup fintech buat petani. Kita lagi planning ekspansi ke Bali barat Q2 2027 dan butuh beberapa data buat sizing market nih:

        • jumlah rumah tangga usaha pertanian per kecamatan (ST2023)
        • % rumah tangga petani yang punya rekening bank / pernah akses kredit, kalau ada
        • % penduduk yang pakai internet di Jembrana

        Kalau ada format Excel/CSV would be super helpful. Thanks a lot kak!

        Cheers,
        Farrel
        --
        Farrel Adhitama | Product Analyst
        PT Dompet Tani Digital
        Jakarta Selatan
        '''), name='Farrel Adhitama', inst='PT Dompet Tani Digital', **F)

    C('f26-req-amdal-consultant-team-no-person', 'outlook', 'Enviro Solusi Konsultan', 'amdal@envirosolusi.co.id',
      'Permohonan Data Sekunder untuk Penyusunan Dokumen AMDAL', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,

        Sehubungan dengan penyusunan dokumen AMDAL rencana kegiatan Pembangunan Pabrik Pengolahan Ikan di Desa Pengambengan, Kecamatan Negara, bersama ini kami memohon data sekunder sebagai berikut:
        1. jumlah penduduk menurut jenis kelamin dan kelompok umur di Desa Pengambengan, Desa Tegal Badeng Barat dan Desa Cupel;
        2. mata pencaharian utama penduduk desa-desa tersebut;
        3. jumlah fasilitas pendidikan dan kesehatan per desa (Podes 2024).

        Data akan dipergunakan untuk kajian komponen sosial-ekonomi-budaya.

        Demikian kami sampaikan, atas kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        Tim Penyusun AMDAL
        PT Enviro Solusi Konsultan
        Jl. Gatot Subroto Barat No. 88, Denpasar
        Telp. (0361) 42xxxx
        '''), inst='PT Enviro Solusi Konsultan', **F)

    C('f26-req-bpd-bank-branch-analyst', 'gmail', 'Gede Arya Wiranata', 'aryawiranata.bpd@gmail.com',
      'Permohonan Data Ekonomi Kabupaten Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Menindaklanjuti penyusunan Rencana Bisnis Cabang tahun 2027, kami memerlukan beberapa data makro Kabupaten Jembrana:
        - pertumbuhan ekonomi dan PDRB menurut lapangan usaha, 2020-2025;
        - jumlah penduduk bekerja menurut lapangan usaha utama, 2020-2025;
        - jumlah rumah tangga per kecamatan.

        Mohon arahan apakah data dapat dikirim melalui email.

        Salam,
        Gede Arya Wiranata
        Analis Bisnis
        Bank BPD Bali Kantor Cabang Negara
        '''), name='Gede Arya Wiranata', inst='Bank BPD Bali Kantor Cabang Negara', **F)

    C('f26-req-freelance-property-agent-no-inst', 'gmail', 'Steven Wijaya', 'stevenwijaya.property@gmail.com',
      'Tanya data penduduk per kecamatan', T('''
        Halo Bapak/Ibu,

        Saya Steven Wijaya, agen properti freelance yang banyak menangani jual beli tanah kavling di Bali barat. Banyak klien saya dari Jakarta dan Surabaya yang bertanya soal perkembangan wilayah Jembrana. Boleh saya minta data jumlah penduduk, kepadatan, dan laju pertumbuhan penduduk per kecamatan lima tahun terakhir?

        Terima kasih, sukses selalu untuk BPS Jembrana.

        Steven
        '''), name='Steven Wijaya', **F)

    C('f26-req-restaurant-cites-earlier-ticket', 'gmail', 'Warung Bebek Subak', 'warungbebeksubak@gmail.com',
      'Permintaan data lanjutan (tiket sebelumnya PST-2026-02636)', T('''
        Selamat siang,

        Bulan lalu kami sudah menerima data jumlah wisatawan dari BPS melalui tiket PST-2026-02636, terima kasih. Sekarang kami memerlukan data tambahan: jumlah usaha penyediaan makan minum (restoran, rumah makan, warung makan) per kecamatan di Kabupaten Jembrana, serta rata-rata pengeluaran per kapita sebulan untuk makanan dan minuman jadi, 2022-2025.

        Salam,
        Ketut Ardana Putra
        Pemilik, Warung Bebek Subak Melaya
        '''), name='Ketut Ardana Putra', inst='Warung Bebek Subak Melaya', ticket='PST-2026-02636', **F)

    # ================================================================================================
    # New requests: media
    # ================================================================================================
    C('f26-req-local-news-site-iphone-deadline', 'iphone', 'Wayan Sumerta', 'wayansumerta.jt@gmail.com', 'Konfirmasi data kemiskinan', T('''
        Selamat sore,
        Sy Wayan Sumerta wartawan JembranaTerkini.com. Mau minta data angka kemiskinan Jembrana terbaru (Maret 2025) beserta perbandingannya dgn 2024, garis kemiskinannya juga. Rencana tayang besok pagi. Kalau bisa sekalian pernyataan singkat dr pejabat BPS ttg penyebab naik/turunnya. Suwun.

        Dikirim dari iPhone saya
        '''), name='Wayan Sumerta', inst='JembranaTerkini.com', **F)

    C('f26-req-radio-dialogue-invites-speaker', 'gmail', 'Radio Swara Negara', 'swaranegarafm@gmail.com',
      'Undangan narasumber dialog interaktif', T('''
        Selamat pagi Bapak/Ibu,

        Dengan hormat, Radio Swara Negara 96,4 FM akan menyiarkan program dialog interaktif "Jembrana Membangun" pada hari Kamis, 10 Desember 2026 pukul 09.00-10.00 WITA. Tema edisi kali ini adalah "Membaca Angka Pengangguran dan Kemiskinan Jembrana".

        Kami bermaksud mengundang satu orang narasumber dari BPS Kabupaten Jembrana untuk menjelaskan hasil Sakernas dan Susenas terbaru kepada pendengar. Mohon kiranya dapat diinformasikan nama narasumber yang akan hadir, paling lambat Senin, 7 Desember.

        Terima kasih.

        Salam,
        Luh Gede Ratnasari
        Produser Program
        Radio Swara Negara
        '''), name='Luh Gede Ratnasari', inst='Radio Swara Negara', **F)

    C('f26-req-tv-producer-outlook-android', 'outlook', 'Rangga Aditya Pratama', 'rangga.pratama@kompas.tv',
      'Permohonan data untuk liputan khusus nelayan lemuru', T('''
        Yth. Humas / PST BPS Kabupaten Jembrana,

        Saya Rangga Aditya Pratama, produser di Kompas TV Bali. Kami sedang menyiapkan liputan khusus tentang turunnya hasil tangkapan ikan lemuru dan dampaknya pada buruh pabrik pengalengan di Pengambengan.

        Untuk melengkapi naskah, kami memerlukan:
        1. produksi perikanan tangkap Kabupaten Jembrana 2015-2025;
        2. jumlah tenaga kerja industri pengolahan ikan;
        3. bila memungkinkan, wawancara singkat (10-15 menit) dengan kepala BPS atau statistisi yang ditunjuk, minggu depan.

        Terima kasih atas kerja samanya.

        Salam,
        Rangga
        Kompas TV Bali | 0812-3800-xxxx

        Dapatkan Outlook untuk Android
        '''), name='Rangga Aditya Pratama', inst='Kompas TV Bali', **F)

    C('f26-req-data-journalist-signature-only', 'gmail', 'Aulia Rahmawati', 'aulia.rahmawati@tirto.id',
      'Permintaan data upah buruh untuk artikel', T('''
        Halo tim PST BPS Jembrana,

        Tim riset kami sedang menyiapkan artikel data tentang kesenjangan upah antara pekerja sektor pariwisata dan sektor pertanian di kabupaten-kabupaten di Bali. Kami membutuhkan data rata-rata upah/gaji bersih sebulan buruh/karyawan menurut lapangan usaha di Kabupaten Jembrana, 2019-2025 (Sakernas Agustus).

        Apakah data tersebut bisa kami peroleh dalam format Excel?

        Terima kasih,

        Aulia Rahmawati
        Jurnalis Data, Tirto.id
        '''), name='Aulia Rahmawati', inst='Tirto.id', **F)

    # ================================================================================================
    # New requests: NGOs, foundations, community bodies
    # ================================================================================================
    C('f26-req-foundation-disability-inst-first', 'gmail', 'Komang Sri Astiti', 'komangastiti.ypk@gmail.com',
      'Mohon Data Penyandang Disabilitas', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu,

        Yayasan Peduli Kasih Jembrana adalah yayasan yang mendampingi anak-anak dengan disabilitas di Kecamatan Negara dan Kecamatan Jembrana. Kami sedang menyusun proposal program pendidikan inklusif untuk diajukan kepada donatur. Untuk itu kami mohon data:
        - jumlah penduduk penyandang disabilitas menurut jenis kesulitan dan kelompok umur di Kabupaten Jembrana;
        - angka partisipasi sekolah anak penyandang disabilitas, bila ada.

        Terima kasih atas perhatiannya.

        Om Shanti Shanti Shanti Om

        Komang Sri Astiti
        Koordinator Program
        Yayasan Peduli Kasih Jembrana
        '''), name='Komang Sri Astiti', inst='Yayasan Peduli Kasih Jembrana', **F)

    C('f26-req-budget-ngo-sundanese-opening', 'gmail', 'Asep Saepuloh', 'asep.saepuloh@inisiatif.org',
      'Permohonan data belanja daerah dan indikator pelayanan dasar', T('''
        Wilujeng enjing Bapak/Ibu,

        Punten ngaganggu. Abdi Asep Saepuloh, staf riset di Perkumpulan Inisiatif, lembaga swadaya masyarakat di Bandung yang bergerak di bidang transparansi anggaran. Kami sedang melakukan kajian belanja pelayanan dasar di 10 kabupaten, salah satunya Kabupaten Jembrana.

        Data yang kami butuhkan:
        1. realisasi belanja daerah menurut fungsi (pendidikan, kesehatan), 2020-2025;
        2. angka partisipasi murni SD, SMP dan SMA, 2020-2025;
        3. persentase balita yang mendapat imunisasi lengkap.

        Hatur nuhun pisan kana bantosanana.

        Wilujeng,
        Asep
        '''), name='Asep Saepuloh', inst='Perkumpulan Inisiatif', **F)

    C('f26-req-pkk-secretariat-no-person', 'gmail', 'TP PKK Kec. Mendoyo', 'tppkk.mendoyo@gmail.com',
      'Permohonan data balita dan rumah tangga', T('''
        Om Swastyastu,

        Dalam rangka Bulan Gerakan Posyandu dan penyusunan profil TP PKK tingkat kecamatan tahun 2026, kami memohon bantuan data jumlah balita, jumlah ibu hamil (bila ada), dan jumlah rumah tangga per desa di Kecamatan Mendoyo.

        Data mohon dikirim ke email ini. Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Om Shanti Shanti Shanti Om

        Hormat kami,
        Sekretariat TP PKK Kecamatan Mendoyo
        '''), inst='TP PKK Kecamatan Mendoyo', **F)

    C('f26-req-child-ngo-me-officer-outlook', 'outlook', 'Elisabeth Naibaho', 'elisabeth_naibaho@wvi.or.id',
      'Permohonan data stunting dan kesejahteraan anak', T('''
        Selamat siang Bapak/Ibu,

        Saya Elisabeth Naibaho, Monitoring & Evaluation Officer di Wahana Visi Indonesia, Area Program Bali Barat. Kami sedang menyusun baseline program kesehatan ibu dan anak 2027-2031 di Kabupaten Jembrana.

        Mohon bantuan data:
        1. prevalensi balita stunting per kecamatan (bila tersedia);
        2. persentase rumah tangga dengan akses sanitasi layak dan air minum layak, 2020-2025;
        3. persentase penduduk miskin, 2020-2025.

        Terima kasih banyak.

        Salam,
        Elisabeth Naibaho
        M&E Officer – Area Program Bali Barat
        Wahana Visi Indonesia
        '''), name='Elisabeth Naibaho', inst='Wahana Visi Indonesia', **F)

    # ================================================================================================
    # New requests: vague or nameless
    # ================================================================================================
    C('f26-req-vague-min-mau-nanya-iphone', 'iphone', 'ʚ nanaa ɞ', 'nanaa.cute02@icloud.com', 'tanya', T('''
        min mau nanya dong 🙏 kalo mau minta data ke bps jembrana gmn caranya ya? harus bawa surat ga? mkasih min

        Dikirim dari iPhone saya
        '''), req=False, **F)

    C('f26-req-vague-gan-what-data-exists', 'plain', 'bayu', 'bayu.gaming77@gmail.com', 'data', T('''
        gan, gw bayu. mau tanya bps jembrana ada data apa aja ya buat tugas kuliah? bingung mau ambil apa hehe. thx gan
        '''), name='Bayu', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f26-reply-identity-after-ask-form-slang', 'gmail', 'Rendy K', 'rendykurniawan.agro@gmail.com',
      'Re: ' + SUBJ_ASK % 2601, T('''
        Siap min, maaf kemarin kelupaan.

        Nama: Rendy Kurniawan
        Instansi: CV Agro Mandiri Lestari (distributor pupuk di Melaya)

        Datanya buat perencanaan stok pupuk tahun depan. Makasih.
        '''), kind='reply', name='Rendy Kurniawan', inst='CV Agro Mandiri Lestari', req=False,
      ticket='PST-2026-02601', quote=gq(ASK, 'id'), **rp(2601), **F)

    C('f26-reply-iphone-udh-masuk-no-name', 'iphone', 'dimas', 'dimasaryo.w@icloud.com', 'Re: ' + SUBJ_DATA % 2602, T('''
        udh masuk min datanya, makasih bnyk yaa 🙏🙏 cepet bgt

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-02602', quote=iq(DELIV_ID % 2602), **rp(2602), **F)

    C('f26-reply-outlook-thanks-bank-signature', 'outlook', 'Gede Arya Wiranata', 'aryawiranata.bpd@gmail.com',
      'RE: ' + SUBJ_DATA % 2603, T('''
        Selamat siang,

        Data sudah kami terima dengan baik dan sangat membantu penyusunan RBC kami. Terima kasih atas respons yang cepat.

        Salam,
        Gede Arya Wiranata
        Analis Bisnis
        Bank BPD Bali Kantor Cabang Negara
        '''), kind='reply', name='Gede Arya Wiranata', inst='Bank BPD Bali Kantor Cabang Negara', req=False,
      ticket='PST-2026-02603',
      quote=oq(DELIV_ID % 2603, 'Gede Arya Wiranata <aryawiranata.bpd@gmail.com>', SUBJ_DATA % 2603, 'id'),
      **rp(2603), **F)

    C('f26-reply-status-new-mail-ticket-in-subject', 'outlook', 'FITRIA NUR AINI', '2022310098@students.perbanas.ac.id',
      'Menanyakan progres permohonan data PST-2026-02604', T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf mengganggu. Saya ingin menanyakan perkembangan permohonan data usaha mikro yang saya ajukan pada 16 November lalu. Apakah ada kekurangan berkas yang perlu saya lengkapi?

        Terima kasih.

        Fitria Nur Aini
        STIE Perbanas Surabaya
        '''), kind='reply', name='Fitria Nur Aini', inst='STIE Perbanas Surabaya', req=False,
      ticket='PST-2026-02604', **F)

    C('f26-reply-en-asks-desa-breakdown', 'gmail', 'Mette K. Holm', 'mkh@ifro.ku.dk', 'Re: ' + SUBJ_DATA % 2605, T('''
        Dear PST team,

        Thank you so much for the census tables, they arrived very quickly. One quick question: in the table on agricultural households by subsector, a household can appear in several subsectors – is that right, so the rows do not add up to the total? And is there a version of the same table by desa rather than by kecamatan? That would help me a lot with the sampling.

        Best,
        Mette
        '''), kind='reply', name='Mette', req=True, lang='en', ticket='PST-2026-02605',
      quote=gq(DELIV_EN % 2605, when='Wed, Nov 25, 2026 at 8:47 AM'), **rp(2605), **F)

    C('f26-reply-thunderbird-bottom-adds-ethnicity', 'thunderbird', 'Lalu Zainul Hakim', 'lalu.zainulhakim@gmail.com',
      'Re: ' + SUBJ_ACK % 2606, tq(ACK % (2606, 'Lalu Muhammad Zainul Hakim', 'Universitas Mataram',
                                           'Data migrasi penduduk Kabupaten Jembrana')) + '\n\n' + T('''
        Terima kasih Bapak/Ibu atas tanggapannya.

        Mohon izin menambahkan satu permintaan: selain data migrasi, saya juga memerlukan jumlah penduduk menurut suku bangsa per kecamatan hasil SP2010, bila masih tersedia.

        Salam,
        Lalu Zainul
        '''), kind='reply', name='Lalu Zainul', req=True, ticket='PST-2026-02606', **rp(2606), **F)

    chain_2607 = (
        DELIV_ID % 2607 + '\n\n'
        'Pada tanggal Sel, 17 Nov 2026 pukul 14.20 Komang Sri Astiti <\nkomangastiti.ypk@gmail.com> menulis:\n\n'
        + pre('Om Swastyastu,\n\nBaik, terima kasih. Apakah datanya bisa sekalian dirinci per kecamatan? '
              'Donatur kami meminta angka untuk Kecamatan Negara dan Kecamatan Jembrana saja.\n\nSuksma,\nKomang Sri Astiti\n\n'
              'Pada tanggal Sen, 16 Nov 2026 pukul 10.05 PST BPS Kabupaten Jembrana <\npst5101@bps.go.id> menulis:\n\n'
              + pre(ACK % (2607, 'Komang Sri Astiti', 'Yayasan Peduli Kasih Jembrana',
                           'Data penyandang disabilitas menurut jenis kesulitan dan kelompok umur'))))
    C('f26-reply-long-chain-forwarded-to-chair', 'gmail', 'Komang Sri Astiti', 'komangastiti.ypk@gmail.com',
      'Re: ' + SUBJ_DATA % 2607, T('''
        Om Swastyastu,

        Suksma, datanya sudah kami terima lengkap termasuk rincian per kecamatan. Sudah kami teruskan ke Ketua Yayasan sebagai bahan proposal yang akan kami ajukan minggu depan.

        Om Shanti Shanti Shanti Om

        Komang Sri Astiti
        Koordinator Program
        Yayasan Peduli Kasih Jembrana
        '''), kind='reply', name='Komang Sri Astiti', inst='Yayasan Peduli Kasih Jembrana', req=False,
      ticket='PST-2026-02607', quote=gq(chain_2607, 'id'), **rp(2607), **F)

    C('f26-reply-sundanese-thanks-signature', 'gmail', 'Asep Saepuloh', 'asep.saepuloh@inisiatif.org',
      'Re: ' + SUBJ_DATA % 2608, T('''
        Hatur nuhun pisan Bapak/Ibu, datana parantos katampi sadayana. Mugia BPS Jembrana sukses salawasna.

        Asep Saepuloh
        Perkumpulan Inisiatif
        '''), kind='reply', name='Asep Saepuloh', inst='Perkumpulan Inisiatif', req=False,
      ticket='PST-2026-02608', quote=gq(DELIV_ID % 2608, 'id'), **rp(2608), **F)

    C('f26-reply-sends-cover-letter-pdf', 'gmail', 'Rahmi Fadhilah', 'rahmifadhilah.mpp@gmail.com',
      'Re: ' + SUBJ_LETTER % 2609, T('''
        Selamat siang Bapak/Ibu,

        Bersama ini saya lampirkan surat pengantar dari Program Magister Perencanaan Pembangunan sebagaimana diminta. Mohon maaf baru sempat mengirimkan karena menunggu tanda tangan ketua program studi.

        Hormat saya,
        Rahmi Fadhilah Putri
        '''), kind='reply', name='Rahmi Fadhilah Putri', req=False, ticket='PST-2026-02609',
      quote=gq(LETTER_ID % 2609, 'id'), attachments=[PDF('Surat Pengantar MPP Unand - Rahmi Fadhilah Putri.pdf')],
      **rp(2609), **F)

    C('f26-reply-yahoo-identity-lines-teacher', 'yahoo', 'made wulan', 'madewulan_geo@yahoo.co.id',
      'Re: ' + SUBJ_ASK % 2610, T('''
        Selamat malam, berikut identitas saya:
        Nama lengkap : Ni Made Wulandari
        Asal instansi : SMA Negeri 2 Negara (guru Geografi)
        Data yang saya minta untuk bahan ajar kelas XI. Terima kasih.
        '''), kind='reply', name='Ni Made Wulandari', inst='SMA Negeri 2 Negara', req=False,
      ticket='PST-2026-02610', quote=yq(ASK), **rp(2610), **F)

    C('f26-reply-corrects-years-of-request', 'gmail', 'Steven Wijaya', 'stevenwijaya.property@gmail.com',
      'Re: ' + SUBJ_ACK % 2611, T('''
        Halo Bapak/Ibu,

        Mohon maaf, ada koreksi: yang saya butuhkan data tahun 2021-2025, bukan 2015-2020 seperti yang tertulis di email saya sebelumnya. Kalau bisa sekalian jumlah rumah tangga per kecamatan untuk tahun yang sama.

        Terima kasih,
        Steven
        '''), kind='reply', name='Steven', req=True, ticket='PST-2026-02611',
      quote=gq(ACK % (2611, 'Steven Wijaya', '-', 'Data penduduk per kecamatan 2015-2020'), 'id'), **rp(2611), **F)

    C('f26-reply-colleague-receives-for-absent-staff', 'outlook', 'Lidya Kusumawardani', 'lidya.k@sinarpakan.co.id',
      'RE: ' + SUBJ_DATA % 2612, T('''
        Dear PST BPS Jembrana,

        Pak Yohanes sedang dinas luar kota sampai akhir bulan. Email beserta lampiran data sudah saya terima dan akan saya sampaikan kepada beliau. Terima kasih.

        Regards,
        Lidya Kusumawardani
        Admin Market Intelligence
        PT Sinar Pakan Nusantara
        '''), kind='reply', name='Lidya Kusumawardani', inst='PT Sinar Pakan Nusantara', req=False,
      ticket='PST-2026-02612',
      quote=oq(DELIV_ID % 2612, 'Yohanes Budi Santoso <yohanes.santoso@sinarpakan.co.id>', SUBJ_DATA % 2612, 'id'),
      **rp(2612), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f26-rating-five-among-years-and-counts', 'gmail', 'Khoirul Anam', 'khoirulanam.saa@gmail.com',
      'Re: ' + SUBJ_RATE % 2613, T('''
        Sugeng siang. Data 2020-2025 untuk 5 kecamatan sudah lengkap semua, dikirim 2 hari setelah permintaan. Nilai saya: 5. Matur nuwun sanget.

        Anam
        '''), kind='rating', rating=5, name='Anam', req=False, ticket='PST-2026-02613',
      quote=gq(RATE_ID % 2613, 'id'), **rp(2613), **F)

    C('f26-rating-empat-dari-lima-words-tv', 'outlook', 'Rangga Aditya Pratama', 'rangga.pratama@kompas.tv',
      'RE: ' + SUBJ_RATE % 2614, T('''
        Halo,

        Untuk layanannya saya beri empat dari lima. Wawancaranya jadi dan narasumbernya enak diajak ngobrol, cuma tabelnya baru masuk sehari sebelum tayang.

        Salam,
        Rangga
        Kompas TV Bali
        '''), kind='rating', rating=4, name='Rangga', inst='Kompas TV Bali', req=False, ticket='PST-2026-02614',
      quote=oq(RATE_ID % 2614, 'Rangga Aditya Pratama <rangga.pratama@kompas.tv>', SUBJ_RATE % 2614, 'id'),
      **rp(2614), **F)

    C('f26-rating-en-three-slash-five-with-counts', 'gmail', 'Tina Dela Cruz', 'mcdelacruz3@up.edu.ph',
      'Re: ' + SUBJ_RATE % 2615, T('''
        Hello,

        It took 9 working days and 2 follow-ups to get the 3 tables we needed, so I'd say 3/5. The data themselves were excellent though, and the staff were very polite.

        Best,
        Tina
        '''), kind='rating', rating=3, name='Tina', req=False, lang='en', ticket='PST-2026-02615',
      quote=gq(RATE_EN % 2615, when='Wed, Nov 25, 2026 at 8:47 AM'), **rp(2615), **F)

    C('f26-rating-iphone-five-stars-no-name', 'iphone', 'Wayan Sumerta', 'wayansumerta.jt@gmail.com',
      'Re: ' + SUBJ_RATE % 2616, T('''
        ⭐⭐⭐⭐⭐ mantap, sangat membantu berita kami. Suksma

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-02616', quote=iq(RATE_ID % 2616), **rp(2616), **F)

    C('f26-rating-sangat-puas-words-yahoo', 'yahoo', 'Siti Khotijah', 'sitikhotijah_ut@yahoo.com',
      'Re: ' + SUBJ_RATE % 2617, T('''
        Sangat puas, Bu. Petugasnya ramah sekali waktu saya telepon menanyakan format tabel, dan datanya langsung dikirim.

        Salam,
        Siti Khotijah
        '''), kind='rating', rating=5, name='Siti Khotijah', req=False, ticket='PST-2026-02617',
      quote=yq(RATE_ID % 2617), **rp(2617), **F)

    C('f26-rating-two-kurang-puas-consultant-team', 'outlook', 'Enviro Solusi Konsultan', 'amdal@envirosolusi.co.id',
      'RE: ' + SUBJ_RATE % 2618, T('''
        Selamat pagi,

        Nilai: 2 (kurang puas).
        Data per desa yang kami butuhkan untuk kajian AMDAL ternyata tidak tersedia, dan hal itu baru diberitahukan kepada kami setelah 6 hari kerja.

        Hormat kami,
        Tim Penyusun AMDAL
        PT Enviro Solusi Konsultan
        '''), kind='rating', rating=2, inst='PT Enviro Solusi Konsultan', req=False, ticket='PST-2026-02618',
      quote=oq(RATE_ID % 2618, 'Enviro Solusi Konsultan <amdal@envirosolusi.co.id>', SUBJ_RATE % 2618, 'id'),
      **rp(2618), **F)

    C('f26-rating-new-mail-ticket-in-subject-cooperative', 'gmail', 'KSU Mertha Sari', 'ksu.merthasari@gmail.com',
      'Penilaian layanan tiket PST-2026-02619', T('''
        Om Swastyastu,

        Untuk permintaan data kami tanggal 12 November 2026 (tiket tercantum di subjek), kami memberi nilai 4 dari skala 5. Terima kasih atas bantuan petugas PST.

        Om Shanti Shanti Shanti Om

        Ni Wayan Sukerni
        Sekretaris KSU Mertha Sari
        '''), kind='rating', rating=4, name='Ni Wayan Sukerni', inst='KSU Mertha Sari', req=False,
      ticket='PST-2026-02619', **F)

    C('f26-rating-one-form-line-consultation-cancelled', 'outlook', 'Hendra G. Sutanto', 'hendra.sutanto@itb.ac.id',
      'RE: ' + SUBJ_RATE % 2620, T('''
        Penilaian (1-5): 1

        Konsultasi yang sudah dijadwalkan dibatalkan dua kali tanpa pemberitahuan sebelumnya, padahal tim kami sudah menyiapkan bahan diskusi.

        Hendra G. Sutanto
        Institut Teknologi Bandung
        '''), kind='rating', rating=1, name='Hendra G. Sutanto', inst='Institut Teknologi Bandung', req=False,
      ticket='PST-2026-02620',
      quote=oq(RATE_ID % 2620, 'Hendra G. Sutanto <hendra.sutanto@itb.ac.id>', SUBJ_RATE % 2620, 'id'),
      **rp(2620), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f26-complaint-polite-suggestion-excel-downloads', 'gmail', 'Yohanes K', 'yohaneskristianto@apps.ipb.ac.id',
      'Saran untuk website BPS Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Terima kasih sebelumnya atas data yang sudah dikirim minggu lalu. Izin menyampaikan saran: tabel-tabel tingkat kecamatan di website BPS Jembrana saat ini hanya bisa diunduh dalam bentuk PDF hasil pindai, sehingga kami harus mengetik ulang angka satu per satu. Akan sangat membantu mahasiswa dan peneliti bila tabel tersebut juga disediakan dalam format Excel.

        Salam hormat,
        Yohanes Kristianto
        IPB University
        '''), kind='complaint', name='Yohanes Kristianto', inst='IPB University', req=False, **F)

    C('f26-complaint-sarcastic-eleven-days-on-ack', 'gmail', 'Farrel Adhitama', 'farrel@dompettani.id',
      'Re: ' + SUBJ_ACK % 2622, T('''
        Halo kak,

        Katanya maksimal 3 hari kerja ya, ini udah hari ke-11 😅 Mungkin datanya lagi disensus ulang dulu kali ya. Roadmap ekspansi kita jadi mundur gara-gara nunggu ini. Tolong dicek lagi dong kak, masa email aja butuh dua minggu.

        Farrel Adhitama
        PT Dompet Tani Digital
        '''), kind='complaint', name='Farrel Adhitama', inst='PT Dompet Tani Digital', req=False,
      ticket='PST-2026-02622',
      quote=gq(ACK % (2622, 'Farrel Adhitama', 'PT Dompet Tani Digital',
                      'Rumah tangga usaha pertanian per kecamatan; akses keuangan; penggunaan internet'), 'id'),
      **rp(2622), **F)

    C('f26-complaint-en-figures-disagree-new-mail', 'latin1', 'Tomás Herrera', 'tomas.herrera@bluecarbonalliance.org',
      'Inconsistent population figures for Desa Perancak', T('''
        Dear PST team,

        I am afraid I have to raise a problem. The population of Desa Perancak in the table your office sent me last week differs from the figure in "Kecamatan Jembrana Dalam Angka 2025" on your website by more than 400 people, and neither source explains why. We have already used one of them in a report to our donor, and now we do not know which one to trust.

        I would appreciate more care with consistency between publications, or at least a note on the difference.

        Regards,
        Tomás Herrera
        Blue Carbon Alliance
        '''), kind='complaint', name='Tomás Herrera', inst='Blue Carbon Alliance', req=False, lang='en', **F)

    C('f26-complaint-anon-counter-closed-early', 'plain', 'warga melaya', 'wargamelaya2026@gmail.com', 'Jam pelayanan tidak ditepati', T('''
        Selamat sore.

        Kemarin saya datang ke kantor BPS Jembrana jam 14.00 untuk minta data, di papan depan tertulis pelayanan sampai jam 15.30 tapi ruang PST sudah tutup dan tidak ada petugas. Satpam cuma bilang petugasnya rapat. Saya datang dari Melaya pakai motor hampir satu jam. Tolong jam layanan ditepati, atau kalau ada rapat diumumkan dulu di media sosial.

        Terima kasih.
        '''), kind='complaint', req=False, **F)

    C('f26-complaint-yahoo-wrong-regency-attached', 'yahoo', 'made wulan', 'madewulan_geo@yahoo.co.id',
      'Re: ' + SUBJ_DATA % 2625, T('''
        Selamat pagi,

        Lampiran yang dikirim ternyata tabel Kabupaten Buleleng, bukan Kabupaten Jembrana. Saya sudah terlanjur membagikannya kepada siswa sebelum memeriksa judul tabelnya. Mohon ke depan lebih teliti sebelum mengirim, karena ini bahan ajar.

        Ni Made Wulandari
        SMA Negeri 2 Negara
        '''), kind='complaint', name='Ni Made Wulandari', inst='SMA Negeri 2 Negara', req=False,
      ticket='PST-2026-02625', quote=yq(DELIV_ID % 2625), **rp(2625), **F)

    C('f26-complaint-website-lemot-slang-iphone', 'iphone', 'gilang', 'gilangpratama.gp@icloud.com', 'website', T('''
        min websitenya lemot parah 😩 mau buka tabel dinamis aja loading 5 menit trs error. udh coba wifi kampus sm kuota sendiri sama aja. tolong diperbaiki lah min, jaman skrg masa web pemerintah kyk gini

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, **F)

    C('f26-complaint-balinese-enumerator-during-ceremony', 'gmail', 'Ketut Wirya', 'ketutwirya.tibubiu@gmail.com',
      'Keluhan petugas survei', T('''
        Om Swastyastu,

        Tiang I Ketut Wirya, warga Banjar Tibubiu, Desa Pendem. Tiang ingin menyampaikan keluhan dengan hormat. Hari Rabu lalu petugas survei BPS datang ke rumah tiang tepat saat keluarga kami sedang melaksanakan upacara piodalan di merajan. Walaupun sudah kami jelaskan, petugas tetap minta diwawancarai saat itu juga karena katanya dikejar target. Kami merasa kurang dihargai.

        Mohon petugas ke depan diberi pemahaman tentang hari-hari upacara di Bali, dan bisa datang di lain waktu.

        Suksma.
        Om Shanti Shanti Shanti Om
        '''), kind='complaint', name='I Ketut Wirya', req=False, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f26-ooo-outlook-id-fieldtrip-headers', 'outlook', 'Elisabeth Naibaho', 'elisabeth_naibaho@wvi.or.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 2628, T('''
        Terima kasih atas email Anda.

        Saya sedang melakukan kunjungan lapangan ke desa-desa dampingan hingga 4 Desember 2026 dengan akses internet terbatas. Untuk keperluan mendesak silakan hubungi kantor Area Program Bali Barat di nomor (0365) 4xxxxx.

        Salam,
        Elisabeth Naibaho
        '''), kind='auto_reply', req=False, ticket='PST-2026-02628',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2628), **F)

    C('f26-ooo-en-xautoreply-archive-trip', 'gmail', 'Pieter van der Woude', 'p.van.der.woude@hum.leidenuniv.nl',
      'Automatic reply: ' + SUBJ_ACK % 2629, T('''
        Thank you for your message.

        I am currently doing archival research in Jakarta and Singaraja and will only check my email occasionally until 15 December 2026. I will respond as soon as I can.

        Best wishes,
        Pieter van der Woude
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02629',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(2629), **F)

    C('f26-ooo-gmail-body-only-no-headers', 'gmail', 'Hannah Whitcombe', 'hannahwhitcombe.writes@gmail.com',
      'Re: ' + SUBJ_DATA % 2630, T('''
        [Auto-reply] Hi! I'm on a boat somewhere between Flores and Komodo until 2 December with no signal. I'll answer your email when I'm back on land. Terima kasih!

        Hannah
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02630', **rp(2630), **F)

    C('f26-ooo-company-customer-care-case-number', 'gmail', 'PT Sinar Pakan Nusantara Customer Care', 'care@sinarpakan.co.id',
      '[Case CS-20261125-0087] RE: ' + SUBJ_DATA % 2631, T('''
        Yth. Pelanggan,

        Terima kasih telah menghubungi PT Sinar Pakan Nusantara. Pesan Anda telah kami terima dan tercatat dengan nomor kasus CS-20261125-0087. Tim kami akan menanggapi dalam 2x24 jam hari kerja.

        Email ini dikirim secara otomatis, mohon tidak membalas email ini.

        Hormat kami,
        Customer Care
        PT Sinar Pakan Nusantara
        '''), kind='auto_reply', req=False, ticket='PST-2026-02631',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(2631), **F)

    C('f26-ooo-study-programme-mailbox-auto', 'plain', 'Sekretariat MPP Unand', 'mpp@feb.unand.ac.id',
      'Auto: ' + SUBJ_LETTER % 2632, T('''
        Terima kasih, email Anda telah diterima oleh Sekretariat Program Magister Perencanaan Pembangunan FEB Universitas Andalas.

        Layanan administrasi sedang libur semester sampai dengan 7 Desember 2026. Email akan diproses setelah layanan dibuka kembali.

        Pesan ini dikirim otomatis.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02632',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(2632), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f26-dsn-postfix-user-unknown-typo', dict(
        recipient='dimasaryo.w@iclod.com', original_message_id=OUR(2633, '7c2d5e19'),
        orig_subject=SUBJ_ACK % 2633, status='5.1.1',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              'For further assistance, please send mail to postmaster.\n\n'
              '                   The mail system\n\n'
              '<dimasaryo.w@iclod.com>: Host or domain name not found. Name service error\n'
              '    for name=iclod.com type=MX: Host not found, try again')), 'PST-2026-02633', **F)

    D('f26-dsn-exchange-indonesian-undeliverable', dict(
        recipient='gungbagus.mahendra@warmadewa.ac.id', original_message_id=OUR(2634, '7c2d5e19'),
        orig_subject=SUBJ_RATE % 2634, status='5.1.10', mta='warmadewa.ac.id',
        **{'from': 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@warmadewa.ac.id>',
           'subject': 'Tidak Dapat Dikirim: ' + SUBJ_RATE % 2634,
           'text': ('Pesan Anda ke gungbagus.mahendra@warmadewa.ac.id tidak dapat dikirim.\n\n'
                    'gungbagus.mahendra tidak ditemukan di warmadewa.ac.id.\n\n'
                    'Tindakan yang Diperlukan\nAlamat Kepada tidak dikenal\n\n'
                    'Cara Memperbaikinya\nAlamat mungkin salah eja atau tidak ada. Coba ketik ulang alamat penerima, '
                    'lalu kirim ulang pesan.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: SG2PR04MB3212.apcprd04.prod.outlook.com\n'
                    'gungbagus.mahendra@warmadewa.ac.id\n'
                    "Server Jarak Jauh mengembalikan '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'")}),
      'PST-2026-02634', lang='id', **F)

    D('f26-dsn-gmail-over-quota', dict(
        recipient='bayu.gaming77@gmail.com', original_message_id=OUR(2635, '7c2d5e19'),
        orig_subject=SUBJ_DATA % 2635, status='5.2.2', mta='mail-sor-f41.google.com',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ("** Message not delivered **\n\n"
                    "Your message wasn't delivered to bayu.gaming77@gmail.com because the recipient's inbox is full.\n\n"
                    'The response was:\n\n'
                    "552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to\n"
                    '552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm')}),
      'PST-2026-02635', **F)
