# corpus_fresh37.py: a thirty-seventh batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh37"; tickets PST-2026-037xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh37')

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
            return 'Pada 25 Nov 2026, pukul 13.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 13:47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/26 13.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 13.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '7c41d0a9'), references=[OUR(n, '7c41d0a9')])

    # ================================================================================================
    # New requests: students and academics
    # ================================================================================================
    C('f37-req-unmul-forestry-buffer-villages', 'gmail', 'Rizky Aditya', 'rizkyaditya.unmul@gmail.com',
      'Permohonan data desa penyangga Taman Nasional Bali Barat', T('''
        Selamat pagi Bapak/Ibu petugas PST,

        Perkenalkan, nama saya Rizky Aditya Nugraha, mahasiswa tingkat akhir Fakultas Kehutanan Universitas Mulawarman, Samarinda. Skripsi saya membahas ketergantungan masyarakat desa penyangga terhadap kawasan konservasi, dengan studi kasus Taman Nasional Bali Barat.

        Untuk itu saya membutuhkan data:
        1. jumlah penduduk dan rumah tangga Desa Blimbingsari, Desa Ekasari dan Kelurahan Gilimanuk tahun 2020-2025;
        2. jumlah keluarga menurut sumber penghasilan utama di desa-desa tersebut (Podes 2024);
        3. luas wilayah desa dan kepadatan penduduknya.

        Data dalam bentuk Excel akan sangat membantu. Terima kasih atas perhatian Bapak/Ibu.

        Salam hormat,
        Rizky Aditya Nugraha
        NIM 2005016112
        '''), name='Rizky Aditya Nugraha', inst='Universitas Mulawarman', **F)

    C('f37-req-undiksha-slang-min-iphone', 'iphone', 'dwi ariani', 'dwiariani.kdk@icloud.com', 'min mau nanya data ipm', T('''
        halo min, maaf ganggu malem2 🙏
        sy kadek dwi ariani, mhs undiksha semester 7 prodi pend. ekonomi. lg ngerjain skripsi ttg IPM, butuh data IPM jembrana + komponennya (UHH, HLS, RLS, pengeluaran) thn 2015-2025. klo per kecamatan tdk ada gpp min, kabupaten aja.
        trs gmn caranya biar dpt file excelnya ya? di web cuma nemu yg pdf
        makasih banyak min

        Dikirim dari iPhone saya
        '''), name='kadek dwi ariani', inst='undiksha', **F)

    C('f37-req-en-anu-subak-rainfall', 'gmail', "Tom O'Connell", 'thomas.oconnell@anu.edu.au',
      'Request: rice and irrigation statistics for Jembrana (PhD research)', T('''
        Dear Sir or Madam,

        I am a PhD candidate in the Crawford School of Public Policy at the Australian National University, Canberra, working on water governance in Balinese subak systems under changing rainfall. My supervisor suggested I contact your office directly.

        Could you kindly provide, for Jembrana Regency:
        - wetland rice harvested area, production and yield by kecamatan, 2010-2025;
        - monthly rainfall and number of rain days at the Negara station, 2010-2025;
        - the number of subak and their irrigated area, if BPS records this.

        I read Indonesian reasonably well, so tables in Bahasa Indonesia are perfectly fine.

        Many thanks in advance,
        Tom

        Thomas O'Connell
        PhD Candidate | Crawford School of Public Policy
        Australian National University
        '''), name="Thomas O'Connell", inst='Australian National University', lang='en', **F)

    C('f37-req-ui-lecturer-letter-gini', 'outlook', 'Maruli Tua Simanjuntak', 'maruli.simanjuntak@ui.ac.id',
      'Permohonan data ketimpangan dan PDRB untuk penelitian dosen', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        u.p. Pelayanan Statistik Terpadu

        Dengan hormat,

        Bersama ini saya, dosen Departemen Ilmu Ekonomi, Fakultas Ekonomi dan Bisnis Universitas Indonesia, memohon bantuan data untuk penelitian hibah PUTI 2026 mengenai konvergensi pendapatan antarkabupaten di Bali dan Nusa Tenggara:

        1. PDRB atas dasar harga konstan 2010 menurut lapangan usaha, 2010-2025;
        2. Gini ratio Kabupaten Jembrana, 2010-2025;
        3. jumlah penduduk pertengahan tahun, 2010-2025.

        Seluruh data hanya digunakan untuk kepentingan akademik dan sumbernya akan dicantumkan sebagaimana mestinya.

        Atas perhatian dan bantuan Bapak/Ibu, saya ucapkan terima kasih.

        Hormat saya,

        Dr. Maruli Tua Simanjuntak, S.E., M.E.
        Lektor Kepala
        Departemen Ilmu Ekonomi FEB UI
        Kampus UI Depok 16424
        '''), name='Dr. Maruli Tua Simanjuntak', inst='Universitas Indonesia', **F)

    C('f37-req-unud-anak-agung-thunderbird-wrapped', 'thunderbird', 'A.A. Ngurah Bagus Mahendra',
      'gungbagus.mahendra@student.unud.ac.id', 'Mohon data tenaga kerja sektor akomodasi', T('''
        Om Swastyastu,

        Dengan hormat, saya Anak Agung Ngurah Bagus Mahendra, mahasiswa Program Studi Magister Kajian Pariwisata Universitas Udayana. Tesis saya mengkaji penyerapan tenaga kerja lokal oleh usaha akomodasi di Bali barat, sehingga saya memerlukan data jumlah tenaga kerja pada usaha akomodasi menurut jenis kelamin di Kabupaten Jembrana, jumlah usaha akomodasi menurut klasifikasi, serta tingkat penghunian kamar hotel per bulan tahun 2022 sampai 2025.

        Apabila diperlukan surat pengantar dari program studi, akan segera saya kirimkan.

        Om Santih, Santih, Santih Om

        Gung Bagus
        '''), name='Anak Agung Ngurah Bagus Mahendra', inst='Universitas Udayana', wrap=72, **F)

    C('f37-req-en-latin1-goettingen-coconut', 'latin1', 'Jörg Häberle', 'joerg.haeberle@stud.uni-goettingen.de',
      'Coconut smallholder data request', T('''
        Dear colleagues,

        my name is Jörg Häberle and I am a master's student in Agricultural Economics at the Universität Göttingen, Germany. For my thesis I am comparing coconut smallholders in North Sulawesi and Bali, and Jembrana has the largest coconut area in Bali.

        I would like to ask for:
        - coconut planted area and production by kecamatan, 2015-2025,
        - number of households cultivating coconut (ST2023),
        - farm-gate prices for copra, if available.

        Thank you very much and kind regards from Göttingen,
        Jörg Häberle
        '''), name='Jörg Häberle', inst='Universität Göttingen', lang='en', **F)

    C('f37-req-html-only-unair-sanitation-intern', 'html_only', 'Nabila Putri Maharani', 'nabilaputrim@gmail.com',
      'Permohonan Data Sanitasi dan Air Minum Kabupaten Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Saya Nabila Putri Maharani, mahasiswi S1 Kesehatan Masyarakat Universitas Airlangga, Surabaya, yang sedang magang di salah satu puskesmas di Jembrana. Untuk laporan magang, saya ingin meminta data persentase rumah tangga yang memiliki akses sanitasi layak dan air minum layak di Kabupaten Jembrana tahun 2019-2025, serta per kecamatan apabila tersedia.

        Terima kasih atas bantuan Bapak/Ibu.

        Hormat saya,
        Nabila Putri Maharani
        '''), name='Nabila Putri Maharani', inst='Universitas Airlangga', **F)

    C('f37-req-binus-code-switching-cocoa', 'gmail', 'Jessica Wijaya', 'jessica.wijaya003@binus.ac.id',
      'Data request for thesis - kakao Jembrana', T('''
        Halo Bapak/Ibu PST,

        Perkenalkan, saya Jessica Wijaya, final year student di BINUS University jurusan International Business. Thesis aku tentang export potential kakao fermentasi dari Bali, dan Jembrana kan salah satu sentra kakao ya.

        Aku butuh data ini kalau ada:
        1. produksi kakao per kecamatan 2018-2025
        2. jumlah petani kakao (ST2023)
        3. nilai ekspor kakao dari Bali, kalau BPS Jembrana punya

        Sorry kalau ada yang kurang jelas, feel free to reply ya. Thank you so much!

        Best,
        Jess
        '''), name='Jessica Wijaya', inst='BINUS University', **F)

    C('f37-req-ipb-needs-listed-in-docx', 'gmail', 'Siti Khadijah Harahap', 'khadijah_harahap@apps.ipb.ac.id',
      'Permohonan data perikanan tangkap untuk penelitian tesis', T('''
        Assalamualaikum warahmatullahi wabarakatuh,

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Saya Siti Khadijah Harahap, mahasiswi Program Magister Ekonomi Sumberdaya Kelautan Tropika, Sekolah Pascasarjana IPB University. Saya bermaksud memohon data perikanan tangkap Kabupaten Jembrana untuk penelitian tesis saya tentang efisiensi armada purse seine di Selat Bali. Rincian data yang saya perlukan saya susun dalam tabel pada lampiran (Daftar Kebutuhan Data.docx), bersama surat pengantar dari sekolah pascasarjana.

        Terima kasih atas perhatian dan bantuannya.

        Wassalamualaikum warahmatullahi wabarakatuh,
        Siti Khadijah Harahap
        '''), name='Siti Khadijah Harahap', inst='IPB University',
      attachments=[DOCX('Daftar Kebutuhan Data.docx'), PDF('Surat Pengantar SPs IPB - Siti Khadijah Harahap.pdf')], **F)

    C('f37-req-fwd-own-mail-sent-to-province', 'gmail', 'Ni Made Oktaviani', 'oktaviani.made@gmail.com',
      'Fwd: Permohonan data industri kecil', T('''
        Selamat siang, mohon maaf, email di bawah sebelumnya saya kirim ke alamat BPS provinsi dan saya disarankan mengirim langsung ke BPS Kabupaten Jembrana. Mohon bantuannya. Terima kasih.

        ---------- Forwarded message ---------
        From: Ni Made Oktaviani <oktaviani.made@gmail.com>
        Date: Tue, Nov 17, 2026 at 10:21 AM
        Subject: Permohonan data industri kecil
        To: <bps5100@bps.go.id>


        Om Swastyastu,

        Saya Ni Made Oktaviani, mahasiswi Program Studi Manajemen Universitas Pendidikan Nasional, Denpasar. Untuk skripsi, saya memerlukan data jumlah industri mikro dan kecil menurut jenis industri (KBLI 2 digit) di Kabupaten Jembrana tahun 2020-2025 beserta jumlah tenaga kerjanya.

        Suksma,
        Ni Made Oktaviani
        '''), name='Ni Made Oktaviani', inst='Universitas Pendidikan Nasional', **F)

    C('f37-req-unipa-papuan-old-censuses', 'gmail', 'Elisabeth Mandacan', 'elisamandacan@gmail.com',
      'Permohonan data penduduk hasil sensus lama', T('''
        Shalom Bapak/Ibu,

        Saya Elisabeth Mandacan, mahasiswi semester akhir Program Studi Sosiologi, Universitas Papua di Manokwari. Dalam skripsi saya, saya membandingkan daerah asal transmigran di Bali dengan daerah tujuan di Papua Barat. Jembrana dan beberapa kabupaten lain di Bali tercatat sebagai daerah asal transmigran pada tahun 1970-1990-an.

        Saya mohon data jumlah penduduk Jembrana per kecamatan hasil sensus 1971, 1980 dan 1990, serta data migrasi keluar Jembrana hasil SP2020 Long Form apabila tersedia.

        Terima kasih banyak, Tuhan Yesus memberkati.

        Salam,
        Elisabeth
        '''), name='Elisabeth Mandacan', inst='Universitas Papua', **F)

    C('f37-req-smp-pupil-ips-homework-iphone', 'iphone', 'Putu Gede', 'putugede.wira@icloud.com', 'tugas ips', T('''
        Selamat siang Pak/Bu. Saya Putu Gede Wiradarma kelas 8C SMP Negeri 3 Negara. Saya ada tugas IPS dari guru, disuruh cari data jumlah penduduk Kabupaten Jembrana per kecamatan tahun 2025 sama luas wilayahnya. Mohon bantuannya Pak/Bu, terima kasih 🙏

        Dikirim dari iPhone saya
        '''), name='Putu Gede Wiradarma', inst='SMP Negeri 3 Negara', **F)

    # ================================================================================================
    # New requests: government offices, villages, security forces
    # ================================================================================================
    C('f37-req-dinkes-official-letter-contact-person', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dinkes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jalan Surapati No. 1, Negara, Bali 82212

        Negara, 19 November 2026

        Nomor    : 400.7/2314/Dinkes
        Sifat    : Biasa
        Lampiran : 1 (satu) berkas
        Hal      : Permohonan Data Penduduk Sasaran

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
        Negara

        Dalam rangka penetapan sasaran program kesehatan ibu dan anak, imunisasi, dan pelayanan kesehatan usia produktif tahun 2027, dengan hormat kami mohon bantuan data proyeksi penduduk Kabupaten Jembrana tahun 2027 menurut umur tunggal 0-5 tahun, kelompok umur lima tahunan dan jenis kelamin, per kecamatan dan per desa/kelurahan.

        Data tersebut mohon dapat dikirimkan ke alamat email ini atau diserahkan kepada Sdr. Komang Juliarta (Seksi Surveilans, HP 0819-3612-xxxx).

        Demikian kami sampaikan, atas kerja sama yang baik kami ucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. I Gusti Ngurah Putra Wijaya, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP 19700822 199903 1 005
        '''), name='dr. I Gusti Ngurah Putra Wijaya', inst='Dinas Kesehatan Kabupaten Jembrana',
      attachments=[PDF('400.7-2314-Dinkes Permohonan Data Penduduk Sasaran.pdf')], **F)

    C('f37-req-puskesmas-midwife-coordinator', 'gmail', 'Sri Astuti', 'sriastuti.bidan@gmail.com',
      'Mohon data jumlah ibu hamil & balita per desa', T('''
        Om Swastyastu Bapak/Ibu,

        Saya Ni Wayan Sri Astuti, bidan koordinator di UPTD Puskesmas Mendoyo II. Untuk menyusun rencana usulan kegiatan tahun 2027, kami memerlukan perkiraan jumlah ibu hamil, bayi dan balita per desa di wilayah kerja kami (Desa Yehembang, Yehembang Kangin, Yehembang Kauh dan Yeh Sumbul).

        Kalau angka tersebut tidak tersedia, jumlah penduduk perempuan usia 15-49 tahun dan penduduk usia 0-4 tahun per desa juga sudah sangat membantu.

        Suksma,
        Ni Wayan Sri Astuti, S.Tr.Keb.
        '''), name='Ni Wayan Sri Astuti', inst='UPTD Puskesmas Mendoyo II', **F)

    C('f37-req-lurah-drs-title-yahoo', 'yahoo', 'ketut budiarsa', 'kelurahan.dauhwaru@yahoo.co.id',
      'Permohonan data Kelurahan Dauhwaru', T('''
        Om Swastyastu,

        Dengan hormat, kami dari Kelurahan Dauhwaru, Kecamatan Jembrana, sedang menyiapkan bahan Musrenbang Kelurahan tahun 2027. Mohon bantuan data jumlah penduduk menurut kelompok umur dan jenis kelamin, jumlah rumah tangga, serta jumlah usaha mikro dan kecil di Kelurahan Dauhwaru hasil pendataan terakhir BPS.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Lurah Dauhwaru,
        Drs. I Ketut Budiarsa

        Dikirim dari Yahoo Mail di Android
        '''), name='Drs. I Ketut Budiarsa', inst='Kelurahan Dauhwaru', **F)

    C('f37-req-perbekel-rpjmdes-letter-attached', 'outlook', 'Pemdes Tukadaya', 'pemdes.tukadaya@gmail.com',
      'Permohonan Data untuk Penyusunan RPJMDes', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Bersama email ini kami sampaikan surat permohonan data dari Pemerintah Desa Tukadaya untuk keperluan penyusunan RPJMDes 2027-2032. Secara singkat, kami memerlukan data jumlah penduduk menurut kelompok umur, tingkat pendidikan dan mata pencaharian di Desa Tukadaya hasil pendataan terakhir. Surat resmi terlampir.

        Suksma.

        Perbekel Tukadaya,
        I Putu Suwardana
        '''), name='I Putu Suwardana', inst='Pemerintah Desa Tukadaya',
      attachments=[PDF('Surat Permohonan Data RPJMDes Tukadaya.pdf')], **F)

    C('f37-req-manggarai-barat-planning-agency', 'outlook', 'Fransiskus X. Jehadu', 'fransjehadu@manggaraibaratkab.go.id',
      'Permohonan data pembanding kabupaten pariwisata', T('''
        Selamat siang Bapak/Ibu,

        Saya Fransiskus Xaverius Jehadu, analis perencanaan pada Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan Kabupaten Manggarai Barat, NTT. Kami sedang menyusun kajian perbandingan kabupaten yang mengembangkan pariwisata berbasis alam dan taman nasional, dan Kabupaten Jembrana (dengan Taman Nasional Bali Barat) menjadi salah satu pembanding kami, selain Kabupaten Lombok Utara.

        Data yang kami perlukan:
        a. kontribusi kategori penyediaan akomodasi dan makan minum terhadap PDRB, 2015-2025;
        b. jumlah tamu menginap mancanegara dan domestik, 2015-2025;
        c. tingkat pengangguran terbuka, 2015-2025.

        Terima kasih atas bantuan dan kerja samanya. Salam dari Labuan Bajo.

        Hormat saya,
        Frans Jehadu
        '''), name='Fransiskus Xaverius Jehadu',
      inst='Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan Kabupaten Manggarai Barat', **F)

    C('f37-req-kodim-captain-food-security', 'gmail', 'Pasiter Kodim Jembrana', 'pasiter.kodim1617@gmail.com',
      'Mohon data wilayah untuk program ketahanan pangan', T('''
        Selamat pagi, izin Bapak/Ibu.

        Mohon izin, saya Kapten Inf Marthen Rumbiak, Pasiter Kodim 1617/Jembrana. Dalam rangka mendukung program ketahanan pangan di wilayah teritorial, kami memohon data:
        1. luas lahan sawah dan lahan kering per kecamatan;
        2. jumlah rumah tangga usaha pertanian per desa (ST2023);
        3. produksi padi dan jagung per kecamatan tahun 2023-2025.

        Demikian, atas bantuan dan kerja samanya kami ucapkan terima kasih.

        Salam Teritorial.
        '''), name='Kapten Inf Marthen Rumbiak', inst='Kodim 1617/Jembrana', **F)

    C('f37-req-diskop-umkm-consultation', 'outlook', 'Gung Istri Candrawati', 'candrawati@jembranakab.go.id',
      'Permohonan konsultasi pendataan UMKM', T('''
        Yth. Bapak/Ibu Statistisi BPS Kabupaten Jembrana,

        Saya Anak Agung Istri Mas Candrawati, Kepala Bidang Usaha Mikro pada Dinas Koperasi, UKM dan Perdagangan Kabupaten Jembrana. Tahun 2027 kami berencana melaksanakan pendataan lengkap UMKM secara mandiri, dan ingin berkonsultasi terlebih dahulu mengenai:

        1. desain kuesioner dan konsep/definisi usaha mikro yang selaras dengan BPS;
        2. apakah dapat memakai daftar usaha hasil Sensus Ekonomi sebagai kerangka awal;
        3. tahapan rekomendasi kegiatan statistik sektoral yang harus ditempuh.

        Kami mohon dapat dijadwalkan pertemuan di kantor BPS pada awal Desember.

        Terima kasih.

        Hormat kami,
        A.A. Istri Mas Candrawati, S.E., M.M.
        '''), name='Anak Agung Istri Mas Candrawati', inst='Dinas Koperasi, UKM dan Perdagangan Kabupaten Jembrana', **F)

    C('f37-req-brin-ageing-research', 'gmail', 'Yuliana Kristanti', 'yuliana.kristanti@brin.go.id',
      'Permintaan data penuaan penduduk Kabupaten Jembrana', T('''
        Selamat pagi,

        Saya Dr. Yuliana Kristanti, peneliti di Pusat Riset Kependudukan BRIN. Bali termasuk provinsi dengan struktur penduduk paling tua di Indonesia, dan kami sedang meneliti kesiapan kabupaten menghadapi penuaan penduduk. Kami mohon data Kabupaten Jembrana:
        - jumlah lansia (60+) menurut status tinggal (sendiri/bersama keluarga) dan jenis kelamin;
        - rasio ketergantungan lansia 2010, 2020, dan proyeksi 2035;
        - persentase lansia yang masih bekerja.

        Bila data tersebut harus diminta ke BPS Provinsi Bali, mohon arahannya.

        Salam,
        Yuliana
        '''), name='Dr. Yuliana Kristanti', inst='Pusat Riset Kependudukan BRIN', **F)

    C('f37-req-bumdes-javanese-director', 'gmail', 'Slamet Riyadi', 'bumdes.amertasari@gmail.com',
      'Mohon data usaha Desa Pengeragoan', T('''
        Assalamualaikum wr. wb.

        Selamat siang Bapak/Ibu. Nyuwun sewu, saya Slamet Riyadi, direktur BUMDes Amerta Sari Desa Pengeragoan. Kami sedang menyusun rencana unit usaha baru (pengolahan kelapa dan toko desa), dan butuh data jumlah penduduk serta jumlah usaha menurut jenis usaha di Desa Pengeragoan, dari Podes 2024 atau hasil Sensus Ekonomi terbaru.

        Matur nuwun atas bantuannya.

        Wassalamualaikum wr. wb.
        Slamet Riyadi
        '''), name='Slamet Riyadi', inst='BUMDes Amerta Sari Desa Pengeragoan', **F)

    # ================================================================================================
    # New requests: companies, banks, media, NGOs, religious bodies, law firms
    # ================================================================================================
    C('f37-req-bpd-bali-branch-disclaimer', 'outlook', 'Ratna Kumala Dewi', 'ratna.kumala@bpdbali.co.id',
      'Permohonan data ekonomi untuk kajian penyaluran KUR', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan, saya Luh Gede Ratna Kumala Dewi dari bagian analisis kredit PT Bank Pembangunan Daerah Bali Kantor Cabang Negara. Kami sedang menyusun kajian potensi penyaluran Kredit Usaha Rakyat tahun 2027 dan memerlukan data:

        - jumlah usaha mikro dan kecil menurut lapangan usaha per kecamatan;
        - PDRB Kabupaten Jembrana menurut lapangan usaha, 2021-2025;
        - jumlah penduduk bekerja menurut status pekerjaan utama.

        Mohon informasinya apabila ada biaya atau prosedur tertentu.

        Terima kasih.

        Salam,
        Ratna Kumala

        PT Bank Pembangunan Daerah Bali
        Kantor Cabang Negara
        Jl. Ngurah Rai No. 28, Negara

        PERHATIAN: Informasi dalam email ini bersifat rahasia dan hanya ditujukan untuk penerima yang disebutkan di atas. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. Bank tidak bertanggung jawab atas kerugian yang timbul dari penggunaan informasi dalam email ini tanpa izin.
        '''), name='Luh Gede Ratna Kumala Dewi', inst='PT Bank Pembangunan Daerah Bali Kantor Cabang Negara', **F)

    C('f37-req-news-site-poverty-quote', 'gmail', 'Fajar Setiawan', 'fajar@balibaratnews.id',
      'Konfirmasi data kemiskinan untuk berita', T('''
        Selamat sore,

        Saya Fajar Setiawan, wartawan BaliBaratNews.id. Kami sedang menyiapkan tulisan tentang kemiskinan di Jembrana menjelang pembahasan APBD 2027. Ada dua hal yang ingin saya mintakan:

        1. angka persentase dan jumlah penduduk miskin Jembrana 2020-2025 beserta garis kemiskinannya;
        2. penjelasan singkat mengapa angka kemiskinan BPS berbeda dengan jumlah penerima bansos yang disebut dinas sosial.

        Kalau memungkinkan, saya ingin mengutip pernyataan dari pejabat BPS Jembrana. Berita direncanakan tayang Kamis.

        Terima kasih,
        Fajar
        --
        BaliBaratNews.id | Jl. Udayana No. 7, Negara
        '''), name='Fajar Setiawan', inst='BaliBaratNews.id', **F)

    C('f37-req-mangrove-foundation-ntt-coordinator', 'gmail', 'Agustinus Bere', 'agus.bere@lestarimangrove.or.id',
      'Data penduduk desa pesisir untuk program rehabilitasi mangrove', T('''
        Salam lestari,

        Saya Agustinus Bere Mau, koordinator lapangan Yayasan Lestari Mangrove Bali. Kami akan memulai program rehabilitasi mangrove berbasis masyarakat di pesisir Perancak dan Budeng tahun depan. Untuk dokumen baseline, kami mohon data:
        - jumlah penduduk, rumah tangga dan kepadatan Desa Perancak dan Desa Budeng, 2025;
        - jumlah rumah tangga perikanan budidaya (tambak) di Kecamatan Jembrana;
        - persentase penduduk miskin Kabupaten Jembrana, 2020-2025.

        Terima kasih banyak.

        Salam,
        Agus Bere Mau
        Yayasan Lestari Mangrove Bali
        www.lestarimangrove.or.id
        '''), name='Agustinus Bere Mau', inst='Yayasan Lestari Mangrove Bali', **F)

    C('f37-req-cold-storage-feasibility', 'gmail', 'Yohanes Tanuwidjaja', 'yohanes.t@sinarlautmakmur.co.id',
      'Inquiry data produksi ikan & tenaga kerja - Pengambengan', T('''
        Selamat pagi Bapak/Ibu,

        Saya Yohanes Liem Tanuwidjaja, direktur operasional PT Sinar Laut Makmur, perusahaan cold storage di Surabaya. Kami berencana membuka unit pembekuan ikan di kawasan PPN Pengambengan dan sedang menyiapkan studi kelayakan.

        Mohon bantuan data:
        1. volume produksi perikanan tangkap Kabupaten Jembrana per jenis ikan, 2018-2025;
        2. jumlah penduduk usia kerja dan angkatan kerja di Kecamatan Negara;
        3. upah rata-rata buruh/karyawan di sektor industri pengolahan.

        Bila ada tarif untuk data tersebut, mohon diinformasikan.

        Terima kasih,

        Yohanes L. Tanuwidjaja
        Direktur Operasional
        PT Sinar Laut Makmur
        Jl. Kalimas Baru No. 51, Surabaya
        '''), name='Yohanes Liem Tanuwidjaja', inst='PT Sinar Laut Makmur', **F)

    C('f37-req-ksu-manager-balinese-yahoo', 'yahoo', 'Nyoman Rai Sudiartini', 'raisudiartini@yahoo.com',
      'mohon bantuan data usaha warung dan pedagang', T('''
        Om Swastyastu bapak ibu,

        Tiang Ni Nyoman Rai Sudiartini, manajer KSU Dharma Sentosa Mendoyo. Koperasi kami mau membuat produk simpan pinjam khusus pedagang pasar dan warung. Mohon dibantu data jumlah usaha perdagangan eceran skala mikro di Kecamatan Mendoyo, dan jumlah pedagang di Pasar Umum Mendoyo bila ada.

        Suksma bapak ibu.

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Nyoman Rai Sudiartini', inst='KSU Dharma Sentosa Mendoyo', **F)

    C('f37-req-subak-pekaseh-android-plain', 'plain', 'nengah tamba', 'nengahtamba67@gmail.com', 'data subak', T('''
        Om swastyastu. Tiang I Nengah Tamba, pekaseh Subak Yeh Sumbul. Tiang mohon data curah hujan bulanan di wilayah Mendoyo dan Pekutatan lima tahun terakhir, sama luas panen padi Desa Yeh Sumbul. Datanya untuk rapat krama subak soal jadwal tanam. Suksma.

        Dikirim dari perangkat Android saya
        '''), name='I Nengah Tamba', inst='Subak Yeh Sumbul', **F)

    C('f37-req-smk-counsellor-labour-market', 'outlook', 'Ayu Laksmi', 'ayulaksmi.bk@gmail.com',
      'Data pasar kerja untuk bimbingan karier siswa', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Putu Ayu Laksmi Dewi, guru Bimbingan Konseling di SMK Negeri 1 Mendoyo. Setiap tahun kami mengadakan kegiatan bimbingan karier untuk siswa kelas XII, dan tahun ini saya ingin menyajikan data yang lebih akurat kepada anak-anak.

        Mohon bantuan data:
        1. penduduk bekerja menurut lapangan usaha dan pendidikan, Kabupaten Jembrana 2025;
        2. tingkat pengangguran terbuka lulusan SMK dibanding SMA, Provinsi Bali dan Kabupaten Jembrana;
        3. rata-rata upah/gaji buruh menurut pendidikan.

        Terima kasih banyak.

        Salam,
        Ayu Laksmi
        '''), name='Ni Putu Ayu Laksmi Dewi', inst='SMK Negeri 1 Mendoyo', **F)

    C('f37-req-phdi-religion-by-kecamatan', 'gmail', 'PHDI Jembrana', 'phdi.jembrana@gmail.com',
      'Mohon data penduduk menurut agama', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Dengan hormat, Pengurus Parisada Hindu Dharma Indonesia Kabupaten Jembrana sedang menyusun buku profil umat Hindu di Kabupaten Jembrana. Sehubungan dengan itu kami mohon data jumlah penduduk menurut agama dan jenis kelamin per kecamatan, dan bila tersedia per desa, berdasarkan hasil sensus atau pendataan terakhir.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Ketua,
        Ida Bagus Made Suardana
        '''), name='Ida Bagus Made Suardana', inst='Parisada Hindu Dharma Indonesia Kabupaten Jembrana', **F)

    C('f37-req-hospital-medical-records-unit', 'gmail', 'Rekam Medis RS Bhakti Husada', 'rekammedis.rsbh@gmail.com',
      'Permohonan data penduduk untuk perhitungan indikator rumah sakit', T('''
        Selamat siang Bapak/Ibu,

        Kami dari RS Bhakti Husada Jembrana, bagian rekam medis. Untuk menghitung indikator kunjungan dan cakupan layanan tahun 2026 yang dilaporkan ke Dinas Kesehatan, kami membutuhkan data jumlah penduduk Kabupaten Jembrana tahun 2026 menurut kelompok umur lima tahunan dan jenis kelamin, serta jumlah penduduk per kecamatan.

        Terima kasih atas bantuannya.

        Hormat kami,
        Made Dwi Kusumayanti, A.Md.RMIK
        Kepala Instalasi Rekam Medis
        '''), name='Made Dwi Kusumayanti', inst='RS Bhakti Husada Jembrana', **F)

    C('f37-req-law-firm-crop-failure-case', 'gmail', 'Berlian Hutapea', 'berlian@sitompulrekan.law',
      'Permohonan data statistik untuk keperluan perkara', T('''
        Dengan hormat,

        Saya Berlian Hutapea, S.H., advokat pada Kantor Hukum Sitompul & Rekan, Denpasar. Kami mewakili sekelompok petani dalam perkara perdata terkait gagal panen, dan memerlukan data resmi sebagai bukti pendukung:

        1. luas panen, produksi dan produktivitas padi di Kecamatan Melaya, per subround, 2024-2025;
        2. curah hujan bulanan di Kecamatan Melaya, 2024-2025.

        Mohon diinformasikan juga apakah BPS dapat menerbitkan surat keterangan atau legalisasi atas data tersebut.

        Hormat kami,
        Berlian Hutapea, S.H.
        '''), name='Berlian Hutapea', inst='Kantor Hukum Sitompul & Rekan', **F)

    # ================================================================================================
    # New requests: abroad and in English
    # ================================================================================================
    C('f37-req-en-embassy-japan-economic-section', 'outlook', 'NAKAMURA Takeshi', 'takeshi.nakamura@mofa.go.jp',
      'Request for regional economic statistics - Jembrana Regency', T('''
        Dear Sir/Madam,

        I am Takeshi Nakamura, Second Secretary at the Economic Section of the Embassy of Japan in Indonesia. Ahead of a planned visit by a Japanese business delegation interested in fish processing in western Bali, we would be grateful for the following statistics on Jembrana Regency:

        1. GRDP by industry at current prices, 2020-2025;
        2. fish landings and the number of fish processing establishments;
        3. the regency minimum wage (UMK) for 2024-2026, if BPS keeps these figures.

        An English version would be appreciated if available, but Indonesian tables are also fine.

        With best regards,

        Takeshi Nakamura
        Second Secretary, Economic Section
        Embassy of Japan in Indonesia
        Jl. M.H. Thamrin No. 24, Jakarta 10350
        '''), name='Takeshi Nakamura', inst='Embassy of Japan in Indonesia', lang='en', **F)

    C('f37-req-en-vietnam-policy-institute', 'gmail', 'Nguyen Thi Thu Trang', 'trang.ntt@ipsard.gov.vn',
      'Data request: rice farm household statistics', T('''
        Dear BPS Jembrana,

        My name is Dr. Nguyen Thi Thu Trang, a researcher at the Institute of Policy and Strategy for Agriculture and Rural Development in Hanoi, Viet Nam. We are preparing a regional study with partners in Thailand and Indonesia on the income diversification of rice farming households.

        We would appreciate receiving:
        - number of rice farming households by land size class (Agricultural Census 2023);
        - share of household income from non-farm activities, if available at regency level;
        - rice yield by kecamatan, 2018-2025.

        Thank you very much for your kind support.

        Best regards,
        Trang
        '''), name='Dr. Nguyen Thi Thu Trang', inst='Institute of Policy and Strategy for Agriculture and Rural Development',
      lang='en', **F)

    C('f37-req-en-property-consultancy-canggu', 'outlook', 'Sophie Laurent', 'sophie@baliwestproperty.com',
      'Population growth & tourism figures for West Bali', T('''
        Hi there,

        I'm Sophie Laurent, managing partner at Bali West Property Advisors, a small consultancy based in Canggu that advises clients on villa and eco-lodge projects. We're seeing growing interest in the Medewi and Pekutatan coastline and I'd like to back our market report with official numbers rather than guesswork:

        - population and population growth rate by kecamatan, 2015-2025;
        - foreign and domestic guests staying in Jembrana accommodation, 2019-2025;
        - number of hotels and non-star accommodation by kecamatan.

        Happy to credit BPS Jembrana as the source, of course.

        Cheers,
        Sophie

        Sophie Laurent | Managing Partner
        Bali West Property Advisors
        +62 811-3960-xxxx
        '''), name='Sophie Laurent', inst='Bali West Property Advisors', lang='en', **F)

    # ================================================================================================
    # New requests lacking a name, an institution or a concrete need
    # ================================================================================================
    C('f37-req-missing-name-inst-dusun-population', 'gmail', 'Made Yoga', 'madeyoga.pratama21@gmail.com',
      'data penduduk candikusuma', T('''
        Selamat siang, minta data jumlah penduduk Desa Candikusuma per banjar/dusun tahun 2025 ya, kalau bisa sama jenis kelaminnya. Makasih.
        '''), **F)

    C('f37-req-missing-inst-farmer-gabah-price', 'iphone', 'Made Kertiasa', 'kertiasa.made@icloud.com', 'harga gabah', T('''
        Om swastyastu pak. Sy Made Kertiasa, petani di Desa Manistutu. Mau tanya harga gabah kering panen di jembrana bulan oktober-november 2026 brp ya? sy mau jual gabah tp takut dimainin tengkulak. suksma

        Dikirim dari iPhone saya
        '''), name='Made Kertiasa', **F)

    C('f37-req-missing-request-lecturer-vague', 'outlook', 'Hadi Purnomo', 'hadipurnomo@unej.ac.id', 'Perkenalan', T('''
        Selamat siang Bapak/Ibu,

        Saya Dr. Hadi Purnomo, dosen di Universitas Jember. Saya ingin bertanya-tanya seputar data yang ada di BPS Jembrana. Kapan kira-kira saya bisa berbicara dengan petugas? Mohon info nomor yang bisa dihubungi.

        Salam,
        Hadi Purnomo
        '''), name='Dr. Hadi Purnomo', inst='Universitas Jember', req=False, **F)

    C('f37-req-missing-name-youth-group-admin', 'gmail', 'Karang Taruna Banyubiru', 'kt.tunasmuda.banyubiru@gmail.com',
      'Permohonan data pemuda', T('''
        Selamat sore Bapak/Ibu,

        Kami dari Karang Taruna Tunas Muda Desa Banyubiru ingin meminta data jumlah pemuda usia 16-30 tahun di Desa Banyubiru menurut pendidikan terakhir dan status bekerja, untuk program pelatihan kerja yang akan kami ajukan ke desa.

        Terima kasih.

        Salam,
        Admin Karang Taruna Tunas Muda
        '''), inst='Karang Taruna Tunas Muda Desa Banyubiru', **F)

    C('f37-req-missing-en-vague-writer-utrecht', 'gmail', 'Pieter van Dijk', 'pvandijk.utrecht@gmail.com', 'Hello from the Netherlands', T('''
        Hi,

        I'm Pieter van Dijk from Utrecht. I'm thinking of writing something about West Bali, not sure yet what exactly. Do you have anything that could help me?

        Thanks,
        Pieter
        '''), name='Pieter van Dijk', req=False, lang='en', **F)

    C('f37-req-missing-inst-student-no-campus', 'gmail', 'Dewa Ayu Larasati', 'dewaayularas@gmail.com',
      'Permohonan data angka harapan hidup', T('''
        Selamat pagi Bapak/Ibu,

        Saya Dewa Ayu Putri Larasati, mahasiswi semester 5 yang sedang menulis makalah untuk mata kuliah Demografi. Saya mohon data angka harapan hidup Kabupaten Jembrana menurut jenis kelamin tahun 2015-2025.

        Terima kasih atas bantuannya.

        Dewa Ayu Putri Larasati
        '''), name='Dewa Ayu Putri Larasati', **F)

    C('f37-req-missing-name-cv-from-header-only', 'outlook', 'Bambang Sutrisno', 'marketing@sumberrejekiabadi.co.id',
      'Mohon data rumah tangga dan bangunan tempat tinggal', T('''
        Selamat siang,

        Kami dari CV Sumber Rejeki Abadi, distributor bahan bangunan di Negara. Mohon informasi data jumlah rumah tangga per kecamatan dan jumlah bangunan tempat tinggal menurut jenis atap/dinding di Kabupaten Jembrana, tahun 2023-2025, untuk perencanaan pemasaran kami.

        Terima kasih.

        Hormat kami,
        Bagian Pemasaran
        CV Sumber Rejeki Abadi
        '''), inst='CV Sumber Rejeki Abadi', **F)

    C('f37-req-missing-all-html-only-bisa-dibantu', 'html_only', 'user8832', 'user8832.bali@outlook.com', 'Pertanyaan', T('''
        Selamat siang, saya mau tanya, bisa dibantu? Terima kasih

        Dikirim dari Email untuk Windows
        '''), req=False, **F)

    C('f37-req-missing-inst-villager-child-scholarship', 'yahoo', 'sumiati', 'sumiati.dlb@yahoo.co.id',
      'minta data pengeluaran penduduk', T('''
        Selamat pagi bapak ibu,

        Saya Sumiati, warga Desa Delod Berawah. Anak saya mau daftar beasiswa kuliah dan di formulirnya diminta melampirkan data rata-rata pengeluaran per kapita penduduk Kabupaten Jembrana tahun 2025. Mohon dibantu ya bapak ibu, saya tidak mengerti cara mencarinya di internet.

        Terima kasih banyak.

        Dikirim dari Yahoo Mail di Android
        '''), name='Sumiati', **F)

    C('f37-req-missing-name-school-admin-attachment', 'gmail', 'TU SMAN 2 Negara', 'tu.sman2negara@gmail.com',
      'Daftar kebutuhan data profil sekolah', T('''
        Selamat pagi,

        Bersama ini kami kirimkan daftar data yang kami butuhkan untuk penyusunan profil sekolah tahun 2027 (terlampir). Mohon kiranya dapat dibantu.

        Terima kasih.

        Tata Usaha
        SMA Negeri 2 Negara
        '''), inst='SMA Negeri 2 Negara', attachments=[DOCX('Daftar Kebutuhan Data Profil Sekolah 2027.docx')], **F)

    C('f37-req-missing-request-umm-student-no-topic', 'gmail', 'Rahmat Hidayat', 'rahmathidayat.umm@gmail.com', 'minta data', T('''
        Assalamualaikum,

        Saya Rahmat Hidayat, mahasiswa Universitas Muhammadiyah Malang. Saya mau minta data untuk skripsi saya. Mohon bantuannya Bapak/Ibu.

        Wassalamualaikum.
        '''), name='Rahmat Hidayat', inst='Universitas Muhammadiyah Malang', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f37-reply-identity-after-ask-warmadewa', 'gmail', 'Made Yoga', 'madeyoga.pratama21@gmail.com',
      'Re: ' + SUBJ_ASK % 3701, T('''
        Maaf kak, kemarin lupa. Saya I Made Yoga Pratama, mahasiswa prodi agribisnis dari Universitas Warmadewa. Datanya untuk skripsi.

        Makasih kak.
        '''), kind='reply', name='I Made Yoga Pratama', inst='Universitas Warmadewa', req=False,
      ticket='PST-2026-03701', quote=gq(ASK, 'id'), **rp(3701), **F)

    C('f37-reply-iphone-sdh-masuk-no-name', 'iphone', 'dwi ariani', 'dwiariani.kdk@icloud.com', 'Re: ' + SUBJ_DATA % 3702, T('''
        sdh masuk datanya min, makasih bnyk 🙏🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-03702', quote=iq(DELIV_ID % 3702), **rp(3702), **F)

    C('f37-reply-outlook-adds-restaurant-data', 'outlook', 'Fransiskus X. Jehadu', 'fransjehadu@manggaraibaratkab.go.id',
      'RE: ' + SUBJ_DATA % 3703, T('''
        Selamat siang,

        Terima kasih atas data yang telah dikirimkan, sangat membantu kajian kami. Bila memungkinkan, kami ingin menambahkan satu permintaan: jumlah usaha penyediaan makan minum (restoran/rumah makan) per kecamatan di Kabupaten Jembrana, 2020-2025.

        Hormat saya,
        Frans Jehadu
        Bappelitbangda Kabupaten Manggarai Barat
        '''), kind='reply', name='Frans Jehadu', inst='Bappelitbangda Kabupaten Manggarai Barat', req=True,
      ticket='PST-2026-03703',
      quote=oq(DELIV_ID % 3703, 'Fransiskus X. Jehadu <fransjehadu@manggaraibaratkab.go.id>', SUBJ_DATA % 3703, 'id'),
      **rp(3703), **F)

    C('f37-reply-new-mail-cites-ticket-status', 'gmail', 'Jessica Wijaya', 'jessica.wijaya003@binus.ac.id',
      'Tanya progres permohonan data', T('''
        Selamat siang Bapak/Ibu,

        Saya ingin menanyakan perkembangan permohonan data saya dengan nomor tiket PST-2026-03704 yang saya kirim tanggal 16 November. Apakah ada dokumen yang masih perlu saya lengkapi?

        Terima kasih banyak.
        Jessica Wijaya
        '''), kind='reply', name='Jessica Wijaya', req=False, ticket='PST-2026-03704', **F)

    C('f37-reply-en-asks-palawija-too', 'gmail', "Tom O'Connell", 'thomas.oconnell@anu.edu.au', 'Re: ' + SUBJ_DATA % 3705, T('''
        Dear PST team,

        Thanks so much for the tables, they are exactly what I needed. One follow-up: could you also share the harvested area of secondary crops (maize, soybean, cassava) by kecamatan for the same years?

        Best,
        Tom
        '''), kind='reply', name='Tom', req=True, lang='en', ticket='PST-2026-03705',
      quote=gq(DELIV_EN % 3705), **rp(3705), **F)

    C('f37-reply-yahoo-cover-letter-attached', 'yahoo', 'Elisabeth Mandacan', 'elisamandacan@yahoo.com',
      'Re: ' + SUBJ_LETTER % 3706, T('''
        Selamat siang Bapak/Ibu,

        Terlampir surat pengantar dari Program Studi Sosiologi sesuai permintaan. Mohon maaf baru sempat mengirim karena menunggu tanda tangan ketua prodi.

        Terima kasih,
        Elisabeth Mandacan
        '''), kind='reply', name='Elisabeth Mandacan', req=False, ticket='PST-2026-03706',
      quote=yq(LETTER_ID % 3706), attachments=[PDF('Surat Pengantar Prodi Sosiologi UNIPA.pdf')], **rp(3706), **F)

    C('f37-reply-thunderbird-bottom-post-extra-need', 'thunderbird', 'Komang Adi Saputra', 'komangadi.s@gmail.com',
      'Re: ' + SUBJ_DATA % 3707, tq(DELIV_ID % 3707) + '\n\n' + T('''
        Terima kasih, data luas panen sudah saya terima.

        Kalau boleh sekalian, saya juga memerlukan data jumlah rumah tangga usaha pertanian di Kecamatan Melaya menurut subsektor (ST2023).

        Salam,
        Komang Adi Saputra
        '''), kind='reply', name='Komang Adi Saputra', req=True, ticket='PST-2026-03707', **rp(3707), **F)

    ORIG_3708 = T('''
        Om Swastyastu,

        Saya Ni Made Oktaviani, mahasiswi Program Studi Manajemen Universitas Pendidikan Nasional, Denpasar. Untuk skripsi, saya memerlukan data jumlah industri mikro dan kecil menurut jenis industri (KBLI 2 digit) di Kabupaten Jembrana tahun 2020-2025 beserta jumlah tenaga kerjanya.

        Suksma,
        Ni Made Oktaviani
        ''')
    CHAIN_3708 = (ACK % (3708, 'Ni Made Oktaviani', 'Universitas Pendidikan Nasional',
                         'Industri mikro dan kecil menurut KBLI 2 digit dan tenaga kerja, 2020-2025')
                  + '\n\nPada Sel, 24 Nov 2026 10.21, Ni Made Oktaviani <oktaviani.made@gmail.com> menulis:\n\n'
                  + pre(ORIG_3708))
    C('f37-reply-long-chain-no-own-signature', 'gmail', 'Ni Made Oktaviani', 'oktaviani.made@gmail.com',
      'Re: ' + SUBJ_ACK % 3708, T('''
        Baik Pak/Bu, saya tunggu. Terima kasih banyak.
        '''), kind='reply', req=False, ticket='PST-2026-03708', quote=gq(CHAIN_3708, 'id'), **rp(3708), **F)

    C('f37-reply-latin1-en-thanks-montpellier', 'latin1', 'Amélie Durand', 'amelie.durand@umontpellier.fr',
      'Re: ' + SUBJ_DATA % 3709, T('''
        Dear PST team,

        Thank you, the files arrived and open without any problem. I will of course cite BPS Jembrana in our report on coastal livelihoods.

        Best regards,
        Amélie Durand
        Université de Montpellier
        '''), kind='reply', name='Amélie Durand', inst='Université de Montpellier', req=False, lang='en',
      ticket='PST-2026-03709', quote=gq(DELIV_EN % 3709), **rp(3709), **F)

    C('f37-reply-html-only-asks-about-discrepancy', 'html_only', 'Rizky Aditya', 'rizkyaditya.unmul@gmail.com',
      'Re: ' + SUBJ_DATA % 3710, T('''
        Selamat sore, terima kasih datanya.

        Mau tanya, jumlah penduduk Kelurahan Gilimanuk tahun 2025 di tabel yang dikirim 8.612 jiwa, sedangkan di publikasi Kecamatan Melaya Dalam Angka 8.547 jiwa. Yang mana sebaiknya saya pakai, dan apa penyebab perbedaannya?

        Salam,
        Rizky
        '''), kind='reply', name='Rizky', req=True, ticket='PST-2026-03710', quote=gq(DELIV_ID % 3710, 'id'),
      **rp(3710), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f37-rating-bare-five-then-thanks', 'gmail', 'Rizky Aditya', 'rizkyaditya.unmul@gmail.com', 'Re: ' + SUBJ_RATE % 3721, T('''
        5

        Terima kasih banyak, sangat membantu skripsi saya.

        Rizky Aditya Nugraha
        '''), kind='rating', rating=5, name='Rizky Aditya Nugraha', req=False, ticket='PST-2026-03721',
      quote=gq(RATE_ID % 3721, 'id'), **rp(3721), **F)

    C('f37-rating-outlook-nilai-four-days-note', 'outlook', 'Pemdes Tukadaya', 'pemdes.tukadaya@gmail.com',
      'RE: ' + SUBJ_RATE % 3722, T('''
        Selamat pagi,

        Nilai: 4
        Catatan: data sudah sesuai kebutuhan, hanya waktunya agak lama (6 hari kerja).

        Suksma,
        I Putu Suwardana
        Pemerintah Desa Tukadaya
        '''), kind='rating', rating=4, name='I Putu Suwardana', inst='Pemerintah Desa Tukadaya', req=False,
      ticket='PST-2026-03722',
      quote=oq(RATE_ID % 3722, 'Pemdes Tukadaya <pemdes.tukadaya@gmail.com>', SUBJ_RATE % 3722, 'id'), **rp(3722), **F)

    C('f37-rating-latin1-en-five-french-touch', 'latin1', 'François Lemaire', 'francois.lemaire@ird.fr',
      'Re: ' + SUBJ_RATE % 3723, T('''
        Dear team,

        I would rate your service 5 out of 5. Très efficace, and the explanations on the Podes variables were very clear.

        Best regards,
        François Lemaire
        '''), kind='rating', rating=5, name='François Lemaire', req=False, lang='en', ticket='PST-2026-03723',
      quote=gq(RATE_EN % 3723), **rp(3723), **F)

    C('f37-rating-yahoo-three-waited-two-weeks', 'yahoo', 'sumiati', 'sumiati.dlb@yahoo.co.id', 'Re: ' + SUBJ_RATE % 3724, T('''
        sy kasih nilai 3 aja ya, soalnya nunggu hampir 2 minggu baru dibalas. tp datanya lengkap. makasih

        Dikirim dari Yahoo Mail di Android
        '''), kind='rating', rating=3, req=False, ticket='PST-2026-03724', quote=yq(RATE_ID % 3724), **rp(3724), **F)

    C('f37-rating-iphone-stars-mantap', 'iphone', 'Putu Gede', 'putugede.wira@icloud.com', 'Re: ' + SUBJ_RATE % 3725, T('''
        mantap pak!! ⭐⭐⭐⭐⭐ 5 pokoknya. tugas sy dpt nilai bagus hehe. suksma

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-03725', quote=iq(RATE_ID % 3725), **rp(3725), **F)

    C('f37-rating-plain-one-only-link', 'plain', 'Ketut Sudana', 'ketutsudana.mdy@gmail.com', 'Re: ' + SUBJ_RATE % 3726, T('''
        Nilai 1. Data yang saya minta tidak dikirim sama sekali, hanya diberi link website yang isinya tabel kabupaten, padahal saya minta per desa.

        Ketut Sudana

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=1, name='Ketut Sudana', req=False, ticket='PST-2026-03726',
      quote=aq(RATE_ID % 3726), **rp(3726), **F)

    C('f37-rating-thunderbird-bottom-four-puas', 'thunderbird', 'Maruli Tua Simanjuntak', 'maruli.simanjuntak@ui.ac.id',
      'Re: ' + SUBJ_RATE % 3727, tq(RATE_ID % 3727) + '\n\n' + T('''
        Penilaian saya: 4 (puas).
        Terima kasih atas bantuannya.

        Salam,
        Dr. Maruli Tua Simanjuntak
        '''), kind='rating', rating=4, name='Dr. Maruli Tua Simanjuntak', req=False, ticket='PST-2026-03727',
      **rp(3727), **F)

    C('f37-rating-en-four-in-words', 'gmail', 'Sophie Laurent', 'sophie@baliwestproperty.com', 'Re: ' + SUBJ_RATE % 3728, T('''
        Hi,

        Four out of five from me - friendly and quick, but the tables came as PDFs, which were a pain to reuse.

        Cheers,
        Sophie
        '''), kind='rating', rating=4, name='Sophie', req=False, lang='en', ticket='PST-2026-03728',
      quote=gq(RATE_EN % 3728), **rp(3728), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f37-complaint-outlook-ten-days-no-data', 'outlook', 'Yohanes Tanuwidjaja', 'yohanes.t@sinarlautmakmur.co.id',
      'RE: ' + SUBJ_ACK % 3731, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Sudah sepuluh hari kerja sejak permohonan kami diterima, namun sampai hari ini belum ada data maupun kabar apa pun. Di website tertulis standar layanan tiga hari kerja. Kami sangat kecewa karena jadwal studi kelayakan kami menjadi mundur. Kami berharap hal ini menjadi bahan evaluasi.

        Hormat kami,
        Yohanes L. Tanuwidjaja
        Direktur Operasional
        PT Sinar Laut Makmur
        '''), kind='complaint', name='Yohanes L. Tanuwidjaja', inst='PT Sinar Laut Makmur', req=False,
      ticket='PST-2026-03731',
      quote=oq(ACK % (3731, 'Yohanes Liem Tanuwidjaja', 'PT Sinar Laut Makmur',
                      'Produksi perikanan tangkap per jenis ikan; angkatan kerja Kec. Negara; upah buruh industri'),
               'Yohanes Tanuwidjaja <yohanes.t@sinarlautmakmur.co.id>', SUBJ_ACK % 3731, 'id'), **rp(3731), **F)

    C('f37-complaint-website-tables-outdated', 'gmail', 'Yohanes Kristianto', 'yoh.kristianto@gmail.com',
      'Saran: tabel di website belum diperbarui', T('''
        Selamat siang Bapak/Ibu,

        Sekadar saran. Banyak tabel di website BPS Jembrana yang belum diperbarui, misalnya tabel jumlah sekolah dan tabel tenaga kesehatan yang masih berhenti di 2021, padahal publikasi Dalam Angka sudah terbit sampai 2026. Selain itu, beberapa tautan ke publikasi lama mengarah ke halaman kosong. Mohon ditindaklanjuti agar masyarakat tidak perlu repot meminta lewat email.

        Terima kasih.

        Salam,
        Yohanes Kristianto
        '''), kind='complaint', name='Yohanes Kristianto', req=False, **F)

    C('f37-complaint-yahoo-rude-phone-officer', 'yahoo', 'luh sukerti', 'luhsukerti72@yahoo.com', 'keluhan pelayanan telepon', T('''
        Selamat sore,

        Saya Ni Luh Sukerti. Kemarin siang saya menelepon kantor BPS Jembrana untuk menanyakan cara meminta data, tetapi petugas yang mengangkat menjawab dengan nada ketus dan menutup telepon sebelum saya selesai bicara. Saya ini orang awam, wajar kalau tidak tahu istilah-istilah statistik. Mohon petugasnya diingatkan untuk lebih sabar melayani masyarakat.

        Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Ni Luh Sukerti', req=False, **F)

    C('f37-complaint-html-only-suggest-banjar-level', 'html_only', 'Wahyu Pranata', 'wahyupranata.kt@gmail.com',
      'Usulan untuk BPS Jembrana', T('''
        Om Swastyastu,

        Kami ingin menyampaikan usulan. Selama ini data yang tersedia paling rinci hanya sampai tingkat desa, padahal banyak program di Jembrana berbasis banjar. Kalau memungkinkan, BPS bisa bekerja sama dengan desa untuk menyajikan data penduduk dan rumah tangga per banjar, minimal untuk indikator dasar. Ini akan sangat membantu karang taruna dan kelian banjar menyusun kegiatan.

        Suksma.

        I Gede Wahyu Pranata
        Ketua Karang Taruna Eka Bhakti Desa Pohsanten
        '''), kind='complaint', name='I Gede Wahyu Pranata', inst='Karang Taruna Eka Bhakti Desa Pohsanten', req=False, **F)

    C('f37-complaint-en-unexpected-invoice', 'gmail', "Tom O'Connell", 'thomas.oconnell@anu.edu.au', 'Re: ' + SUBJ_DATA % 3735, T('''
        Dear PST team,

        I was surprised to receive an invoice of Rp 350.000 together with the tables, since as far as I can see most of them are free to download from your website. Nobody told me beforehand that there would be a fee. I am unhappy with how this was handled and would like an explanation of what the charge covers.

        Regards,
        Tom
        '''), kind='complaint', name='Tom', req=False, lang='en', ticket='PST-2026-03735',
      quote=gq(DELIV_EN % 3735), **rp(3735), **F)

    C('f37-complaint-plain-office-closed-friday', 'plain', 'Wayan Sudarsana', 'wysudarsana@gmail.com', 'PST tutup', T('''
        Selamat pagi. Hari Jumat kemarin jam 14.00 saya datang ke kantor BPS Jembrana untuk konsultasi, tapi ruang PST tutup dan satpam bilang petugasnya sudah pulang. Padahal di website tertulis layanan sampai jam 15.30. Saya datang dari Melaya, jauh-jauh, jadi sia-sia. Mohon jam layanan ditepati atau informasinya diperbaiki.

        Wayan Sudarsana

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Wayan Sudarsana', req=False, **F)

    C('f37-complaint-iphone-slang-wa-channel', 'iphone', 'gus', 'gusrama.bali@icloud.com', 'saran min', T('''
        min saran aja, mending ada layanan lewat WA deh, email lama bgt balesnya. sy udh 3 hari nunggu blm ada jawaban 😅

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, **F)

    C('f37-complaint-thunderbird-wrong-village-again', 'thunderbird', 'nengah tamba', 'nengahtamba67@gmail.com',
      'Re: ' + SUBJ_DATA % 3738, T('''
        Om Swastyastu,

        Mohon maaf, data yang dikirim lagi-lagi bukan untuk Desa Yeh Sumbul, tapi Desa Yehembang. Ini sudah kedua kalinya salah. Tiang sudah tulis jelas nama desanya. Rapat subak tinggal tiga hari lagi. Mohon lebih teliti.

        I Nengah Tamba
        ''') + '\n\n' + tq(DELIV_ID % 3738), kind='complaint', name='I Nengah Tamba', req=False,
      ticket='PST-2026-03738', **rp(3738), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f37-ooo-outlook-en-headers-conference', 'outlook', 'Sophie Laurent', 'sophie@baliwestproperty.com',
      'Automatic reply: ' + SUBJ_DATA % 3741, T('''
        Thanks for your email. I'm at a conference in Singapore until 2 December with limited access to email. For anything urgent please contact our office at hello@baliwestproperty.com.

        Sophie
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03741',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3741), **F)

    C('f37-ooo-gmail-body-only-dinas-luar', 'gmail', 'Yuliana Kristanti', 'yuliana.kristanti@brin.go.id',
      'Re: ' + SUBJ_ACK % 3742, T('''
        Terima kasih atas email Anda.

        Saat ini saya sedang dinas luar (pengumpulan data lapangan di Maluku) sampai dengan 5 Desember 2026 dengan akses internet terbatas. Email Anda akan saya balas sepulang dari lapangan.

        Pesan ini dikirim secara otomatis.

        Salam,
        Yuliana
        '''), kind='auto_reply', req=False, ticket='PST-2026-03742', **rp(3742), **F)

    C('f37-ooo-plain-university-helpdesk-ticket', 'plain', 'Helpdesk UNUD', 'helpdesk@unud.ac.id',
      '[Helpdesk UNUD #48213] Re: ' + SUBJ_ASK % 3743, T('''
        Yth. Pengguna,

        Permintaan Anda telah diterima oleh Helpdesk Universitas Udayana dengan nomor #48213. Petugas kami akan menindaklanjuti pada jam kerja (Senin-Jumat, 08.00-16.00 WITA).

        Email ini dibuat secara otomatis, mohon tidak membalas email ini.

        Helpdesk Universitas Udayana
        '''), kind='auto_reply', req=False, ticket='PST-2026-03743',
      extra=[('Auto-Submitted', 'auto-generated')], **rp(3743), **F)

    C('f37-ooo-yahoo-cuti-balasan-otomatis', 'yahoo', 'Nyoman Rai Sudiartini', 'raisudiartini@yahoo.com',
      'Balasan otomatis: ' + SUBJ_RATE % 3744, T('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. Saya sedang cuti sampai 30 November 2026. Untuk urusan koperasi silakan menghubungi kantor KSU Dharma Sentosa di nomor (0365) 4xxxxx.

        Suksma,
        Rai Sudiartini
        '''), kind='auto_reply', req=False, ticket='PST-2026-03744',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(3744), **F)

    C('f37-ooo-gmail-en-unmonitored-mailbox', 'gmail', 'Embassy of Japan - Economic Section', 'economic-noreply@mofa.go.jp',
      'Re: ' + SUBJ_DATA % 3745, T('''
        This is an automated message.

        This mailbox is not monitored. Your message has not been read. Please resend your message to the officer in charge or to economic@ja.mofa.go.jp.

        Economic Section
        Embassy of Japan in Indonesia
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03745',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(3745), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f37-dsn-postfix-user-unknown-typo', dict(
        recipient='dwiarini.kdk@icloud.com', original_message_id=OUR(3751, '7c41d0a9'),
        orig_subject=SUBJ_ACK % 3751, status='5.1.1'), 'PST-2026-03751', **F)

    D('f37-dsn-yahoo-mailbox-full', dict(
        recipient='raisudiartini@yahoo.com', original_message_id=OUR(3752, '7c41d0a9'),
        orig_subject=SUBJ_DATA % 3752, status='5.2.2',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients. It\'s attached below.\n\n'
              '                   The mail system\n\n'
              '<raisudiartini@yahoo.com>: host mta7.am0.yahoodns.net said: 552 1 Requested\n'
              '    mail action aborted, mailbox is full (in reply to end of DATA command)')), 'PST-2026-03752', **F)

    D('f37-dsn-exchange-gov-recipient-not-found', dict(
        recipient='candrawati@jembranakab.go.id', original_message_id=OUR(3753, '7c41d0a9'),
        orig_subject=SUBJ_RATE % 3753, status='5.1.10', mta='jembranakab.go.id',
        **{'from': 'Microsoft Outlook <postmaster@jembranakab.go.id>',
           'subject': 'Undeliverable: ' + SUBJ_RATE % 3753,
           'text': ("Your message to candrawati@jembranakab.go.id couldn't be delivered.\n\n"
                    "candrawati wasn't found at jembranakab.go.id.\n\n"
                    'Action Required\nUnknown To address\n\n'
                    'How to Fix It\nThe address may be misspelled or may not exist.\n\n'
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: mail.jembranakab.go.id\n'
                    'candrawati@jembranakab.go.id\n'
                    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'")}),
      'PST-2026-03753', **F)

    D('f37-dsn-delayed-warning-four-hours', dict(
        recipient='fajar@balibaratnews.id', original_message_id=OUR(3754, '7c41d0a9'),
        orig_subject=SUBJ_ACK % 3754, status='4.4.1', action='delayed',
        subject='Delayed Mail (still being retried)',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              '####################################################################\n'
              '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
              '####################################################################\n\n'
              'Your message could not be delivered for more than 4 hour(s).\n'
              'It will be retried until it is 5 day(s) old.\n\n'
              '<fajar@balibaratnews.id>: connect to mail.balibaratnews.id[103.28.12.40]:25:\n'
              '    Connection timed out')), 'PST-2026-03754', **F)
