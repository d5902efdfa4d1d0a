# corpus_fresh41.py: a forty-first batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh41"; tickets PST-2026-041xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh41')

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
            return 'Pada 25 Nov 2026, pukul 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 14:37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/2026 14.37, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 14.37, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, 'c41d7a20'), references=[OUR(n, 'c41d7a20')])

    # ================================================================================================
    # New requests: students and academics
    # ================================================================================================
    C('f41-req-unmul-dayak-transmigration-thesis', 'gmail', 'Yohanes Ding', 'yohanes.dinglahang@gmail.com',
      'Permohonan data transmigrasi dan penduduk Kabupaten Jembrana', T('''
        Selamat pagi Bapak/Ibu petugas PST BPS Kabupaten Jembrana,

        Perkenalkan, nama saya Yohanes Ding Lahang, mahasiswa tingkat akhir Program Studi Sosiologi, Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Mulawarman, Samarinda. Skripsi saya membahas keluarga asal Bali yang bertransmigrasi ke Kalimantan Timur sejak tahun 1970-an dan hubungan mereka dengan daerah asal. Menurut data awal dari kantor desa kami di Kutai Kartanegara, cukup banyak keluarga yang berasal dari Kabupaten Jembrana.

        Oleh karena itu saya mohon bantuan data:
        1. jumlah penduduk Kabupaten Jembrana menurut kecamatan hasil SP1971, SP1980, SP1990, SP2000, SP2010 dan SP2020;
        2. data migrasi keluar (migran risen) dari Kabupaten Jembrana menurut provinsi tujuan, bila tersedia;
        3. laju pertumbuhan penduduk per kecamatan.

        Data dalam bentuk PDF maupun Excel sama-sama sangat membantu. Apabila diperlukan surat pengantar dari program studi, akan saya kirimkan segera.

        Terima kasih atas perhatian dan bantuannya.

        Salam hormat,
        Yohanes Ding Lahang
        NIM 2002016088
        '''), name='Yohanes Ding Lahang', inst='Universitas Mulawarman', **F)

    C('f41-req-warmadewa-slang-iphone', 'iphone', 'kadek dwi', 'kadekdwipradnyani@icloud.com', 'data umkm', T('''
        pagi kakk 🙏 maaf ganggu
        sy kadek dwi pradnyani, mhs manajemen universitas warmadewa smt 7. lg ngerjain skripsi ttg umkm kuliner di negara
        sy butuh data jml umkm per kecamatan di jembrana thn 2021-2025, trs kalo ada jml tenaga kerjanya jg kak. dosen sy blg hrs dr bps biar valid 😭
        kalo hrs pake surat bilang aja ya kak nanti sy urus ke fakultas
        mksh bnyk kak

        Dikirim dari iPhone saya
        '''), name='kadek dwi pradnyani', inst='universitas warmadewa', **F)

    C('f41-req-its-lecturer-consultation-podes', 'thunderbird', 'Bambang Sutrisno Hadi', 'bambang.sh@its.ac.id',
      'Konsultasi penggunaan data Podes untuk indeks aksesibilitas desa', T('''
        Yth. Bapak/Ibu Statistisi BPS Kabupaten Jembrana,

        Saya Dr. Ir. Bambang Sutrisno Hadi, M.T., dosen Departemen Perencanaan Wilayah dan Kota, Institut Teknologi Sepuluh Nopember (ITS) Surabaya. Tahun ini kelompok riset kami menyusun indeks aksesibilitas layanan dasar tingkat desa untuk kabupaten-kabupaten di koridor Gilimanuk-Denpasar.

        Kami ingin berkonsultasi mengenai beberapa hal:
        (a) variabel Podes 2024 mana saja yang sebaiknya dipakai untuk jarak ke fasilitas kesehatan dan pendidikan, dan bagaimana memperlakukan isian "tidak ada fasilitas";
        (b) apakah ada perubahan definisi variabel jarak antara Podes 2018, 2021 dan 2024 sehingga tidak dapat langsung dibandingkan;
        (c) kemungkinan memperoleh data Podes tingkat desa untuk 51 desa/kelurahan di Kabupaten Jembrana.

        Kami dapat berdiskusi secara daring pada waktu yang Bapak/Ibu tentukan.

        Terima kasih.

        Salam,
        Bambang S. Hadi

        --
        Dr. Ir. Bambang Sutrisno Hadi, M.T.
        Departemen Perencanaan Wilayah dan Kota
        Fakultas Teknik Sipil, Perencanaan, dan Kebumian
        Institut Teknologi Sepuluh Nopember
        Kampus ITS Sukolilo, Surabaya 60111
        '''), name='Dr. Ir. Bambang Sutrisno Hadi', inst='Institut Teknologi Sepuluh Nopember', **F)

    C('f41-req-nommensen-batak-pdf-letter', 'gmail', 'Ruth Natalia Simanjuntak', 'ruthnatalia.smjtk@gmail.com',
      'Permohonan Data Penelitian - Ruth Natalia Simanjuntak', T('''
        Horas, selamat siang Bapak/Ibu.

        Dengan hormat, saya Ruth Natalia Simanjuntak, mahasiswi Program Studi Agribisnis Fakultas Pertanian Universitas HKBP Nommensen Medan. Saya sedang menyusun skripsi berjudul "Analisis Daya Saing Kelapa Rakyat di Kabupaten Jembrana dan Kabupaten Simalungun".

        Sehubungan dengan itu, saya memohon data sebagai berikut:
        - luas areal dan produksi kelapa perkebunan rakyat per kecamatan, tahun 2015-2025;
        - harga kopra di tingkat produsen, tahun 2015-2025;
        - jumlah rumah tangga usaha perkebunan kelapa (hasil ST2023).

        Bersama email ini saya lampirkan surat permohonan data dari fakultas. Atas bantuan Bapak/Ibu saya ucapkan terima kasih. Tuhan memberkati.

        Hormat saya,
        Ruth Natalia Simanjuntak
        HP/WA 0813-7044-xxxx
        '''), name='Ruth Natalia Simanjuntak', inst='Universitas HKBP Nommensen',
      attachments=[PDF('Surat Izin Penelitian_Ruth Natalia Simanjuntak.pdf')], **F)

    C('f41-req-papuan-student-unud-iphone', 'iphone', 'Marthen Kogoya', 'marthenkogoya21@gmail.com', 'Minta data', T('''
        Selamat sore bapak ibu

        Sa Marthen Kogoya mahasiswa Universitas Udayana, prodi ekonomi pembangunan, asal dari Wamena. Sa ada kerja tugas mata kuliah ekonomi regional, bandingkan struktur ekonomi Jembrana dengan Jayawijaya.

        Sa minta data PDRB Jembrana menurut lapangan usaha harga berlaku dan harga konstan tahun 2019 sampai 2025. Kalau bisa dengan laju pertumbuhannya juga.

        Terima kasih banyak bapak ibu, Tuhan berkati

        Dikirim dari iPhone saya
        '''), name='Marthen Kogoya', inst='Universitas Udayana', **F)

    C('f41-req-pnb-lecturer-io-table-consult', 'gmail', 'Ketut Sudarsana', 'ketutsudarsana@pnb.ac.id',
      'Mohon waktu konsultasi: tabel input-output dan pengganda pariwisata', T('''
        Om Swastyastu,

        Bapak/Ibu yang kami hormati, saya I Ketut Sudarsana, S.E., M.Si., dosen Jurusan Pariwisata di Politeknik Negeri Bali. Kami sedang menyiapkan kajian dampak ekonomi belanja wisatawan di Bali bagian barat dan berencana memakai Tabel Input-Output Provinsi Bali.

        Yang ingin kami konsultasikan:
        - apakah sah menurunkan tabel provinsi ke tingkat kabupaten dengan metode location quotient untuk Kabupaten Jembrana, atau BPS punya rekomendasi lain;
        - bagaimana mengaitkan pengeluaran wisatawan hasil survei kami dengan sektor-sektor dalam tabel IO;
        - data PDRB Jembrana menurut 17 lapangan usaha yang paling sesuai sebagai kontrol.

        Kami bisa datang ke kantor BPS di Negara atau melalui Zoom, kapan pun Bapak/Ibu luang dalam dua minggu ke depan.

        Suksma,
        Ketut Sudarsana
        '''), name='I Ketut Sudarsana', inst='Politeknik Negeri Bali', **F)

    C('f41-req-forward-own-misaddressed-outlook', 'outlook', 'Rini Antari', 'rini.antari@undiknas.ac.id',
      'FW: Permohonan data kunjungan wisatawan Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf, email di bawah ini sebelumnya saya kirim ke alamat BPS Provinsi Bali dan saya diarahkan untuk mengirimkannya ke BPS Kabupaten Jembrana. Intinya saya memerlukan data jumlah kunjungan wisatawan dan tingkat penghunian kamar hotel di Kabupaten Jembrana per bulan tahun 2022-2025.

        Terima kasih atas bantuannya.

        Salam,
        Ni Luh Rini Antari
        Mahasiswa Magister Manajemen
        Universitas Pendidikan Nasional

        ________________________________
        From: Rini Antari <rini.antari@undiknas.ac.id>
        Sent: Thursday, November 19, 2026 10:05 AM
        To: bps5100@bps.go.id
        Subject: Permohonan data kunjungan wisatawan Jembrana

        Yth. Bapak/Ibu,

        Saya Ni Luh Rini Antari, mahasiswa Magister Manajemen Universitas Pendidikan Nasional Denpasar, ingin memohon data jumlah kunjungan wisatawan ke Kabupaten Jembrana per bulan dan tingkat penghunian kamar hotel tahun 2022-2025 untuk tesis saya.

        Terima kasih.

        Ni Luh Rini Antari
        '''), name='Ni Luh Rini Antari', inst='Universitas Pendidikan Nasional', **F)

    C('f41-req-unsoed-resend-attached-message', 'gmail', 'Fajar Nugroho', 'fajarnugroho.unsoed@gmail.com',
      'Kirim ulang: permohonan data nilai tukar nelayan', T('''
        Selamat pagi Bapak/Ibu,

        Saya Fajar Nugroho, mahasiswa Program Studi Sosial Ekonomi Perikanan, Universitas Jenderal Soedirman, Purwokerto. Saya kirim ulang permohonan saya tanggal 9 November (email aslinya saya lampirkan) karena khawatir belum sampai.

        Data yang saya perlukan adalah nilai tukar nelayan (NTN) Provinsi Bali per bulan tahun 2020-2025 dan produksi perikanan tangkap Kabupaten Jembrana menurut jenis ikan tahun 2020-2025.

        Matur nuwun sanget.

        Fajar Nugroho
        '''), name='Fajar Nugroho', inst='Universitas Jenderal Soedirman',
      attach_message=dict(client='gmail', from_name='Fajar Nugroho', from_addr='fajarnugroho.unsoed@gmail.com',
                          subject='Permohonan data nilai tukar nelayan', date='Mon, 9 Nov 2026 20:41:07 +0700',
                          body=T('''
                            Selamat malam Bapak/Ibu BPS Jembrana,

                            Saya Fajar Nugroho dari Universitas Jenderal Soedirman. Mohon bantuan data NTN Provinsi Bali 2020-2025 dan produksi perikanan tangkap Kabupaten Jembrana menurut jenis ikan 2020-2025 untuk skripsi saya.

                            Terima kasih.
                            Fajar
                            ''')), **F)

    C('f41-req-smk-pupil-html-only', 'html_only', 'Komang Ayu Sintya', 'komangsintya07@gmail.com',
      'Permohonan data untuk tugas projek P5', T('''
        Om Swastyastu, selamat siang Bapak/Ibu BPS.

        Nama saya Komang Ayu Sintya Dewi, siswi kelas XI Akuntansi di SMK Negeri 1 Negara. Kelompok kami mendapat tugas projek P5 tema "Kewirausahaan" dan kami ingin membuat poster tentang usaha kuliner di Jembrana.

        Kami mohon data jumlah usaha makanan dan minuman per kecamatan di Kabupaten Jembrana dan jumlah pekerjanya, tahun yang terbaru saja.

        Terima kasih banyak Bapak/Ibu. Suksma.

        Komang Ayu Sintya Dewi
        '''), name='Komang Ayu Sintya Dewi', inst='SMK Negeri 1 Negara', **F)

    # ================================================================================================
    # New requests: government offices
    # ================================================================================================
    C('f41-req-dinkes-official-letter', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dinkes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jalan Surapati No. 1 Negara, Telp. (0365) 41xxx
        ======================================================

        Negara, 23 November 2026

        Nomor    : 400.7/2871/Dinkes/2026
        Sifat    : Segera
        Lampiran : 1 (satu) berkas
        Hal      : Permohonan Data Penduduk Sasaran

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
        Negara

        Dengan hormat,

        Dalam rangka penyusunan Rencana Kerja Dinas Kesehatan Kabupaten Jembrana Tahun 2027 dan penetapan sasaran program kesehatan ibu dan anak, bersama ini kami mohon bantuan data sebagai berikut:

        1. Proyeksi jumlah penduduk menurut kelompok umur lima tahunan dan jenis kelamin per kecamatan, tahun 2026 dan 2027;
        2. Jumlah perempuan usia subur (15-49 tahun) per desa/kelurahan;
        3. Perkiraan jumlah bayi (0 tahun) dan balita (0-4 tahun) per desa/kelurahan.

        Data tersebut mohon dapat dikirimkan dalam format Excel ke alamat email ini. Untuk koordinasi teknis dapat menghubungi Sdr. Putu Eka Darmawan (Subbagian Perencanaan dan Keuangan), HP 0819-3633-xxxx.

        Demikian permohonan ini kami sampaikan. Atas kerja sama yang baik kami ucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        ttd

        dr. Ni Putu Ayu Laksmiwati, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP. 19750812 200501 2 009
        '''), name='dr. Ni Putu Ayu Laksmiwati', inst='Dinas Kesehatan Kabupaten Jembrana',
      attachments=[PDF('400.7-2871-Dinkes-2026 Permohonan Data BPS.pdf')], **F)

    C('f41-req-puskesmas-nutritionist-stunting', 'gmail', 'Wayan Sriasih', 'sriasih.gizi.pkmpekutatan@gmail.com',
      'Mohon data pendukung audit kasus stunting', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Wayan Sriasih, tenaga pelaksana gizi di UPTD Puskesmas Pekutatan. Bulan depan kami melaksanakan audit kasus stunting tingkat kecamatan bersama TPPS, dan kepala puskesmas meminta kami melengkapi gambaran sosial ekonomi wilayah.

        Mohon bantuan data untuk Kecamatan Pekutatan:
        - jumlah rumah tangga menurut sumber air minum dan fasilitas sanitasi (jamban sendiri/bersama/tidak ada);
        - persentase penduduk miskin atau jumlah rumah tangga desil 1-2 per desa, kalau ada;
        - rata-rata lama sekolah ibu atau perempuan usia 15-49 tahun.

        Kalau data per desa tidak tersedia, tingkat kecamatan atau kabupaten pun tidak apa-apa.

        Terima kasih banyak.

        Salam sehat,
        Ni Wayan Sriasih, A.Md.Gz.
        Tenaga Pelaksana Gizi
        UPTD Puskesmas Pekutatan
        '''), name='Ni Wayan Sriasih', inst='UPTD Puskesmas Pekutatan', **F)

    C('f41-req-perbekel-tukadaya-html', 'html_only', 'Pemdes Tukadaya', 'pemdes.tukadaya@gmail.com',
      'Permohonan data untuk penyusunan RPJMDes', T('''
        Om Swastyastu,

        Yth. Kepala BPS Kabupaten Jembrana,

        Kami dari Pemerintah Desa Tukadaya sedang menyusun Rencana Pembangunan Jangka Menengah Desa (RPJMDes) 2027-2032. Tim penyusun membutuhkan data pembanding yang resmi, yaitu:

        1. jumlah penduduk Desa Tukadaya menurut jenis kelamin dan kelompok umur, 2020-2025;
        2. jumlah keluarga pertanian dan luas lahan sawah/tegalan di Desa Tukadaya (ST2023);
        3. data Podes 2024 untuk Desa Tukadaya, khususnya sarana pendidikan, kesehatan dan ekonomi.

        Data dapat dikirim ke email ini atau kami ambil langsung di kantor BPS.

        Atas perhatiannya kami ucapkan suksma.

        Om Santih, Santih, Santih Om

        Perbekel Tukadaya,

        I Nyoman Arsa Wijaya
        '''), name='I Nyoman Arsa Wijaya', inst='Pemerintah Desa Tukadaya', **F)

    C('f41-req-bpkad-staff-gusti', 'gmail', 'Gusti Ayu Sri Wahyuni', 'gekwahyuni.bpkad@gmail.com',
      'Permintaan data inflasi dan PDRB untuk nota keuangan', T('''
        Selamat pagi Bapak/Ibu PST,

        Saya Gusti Ayu Putu Sri Wahyuni dari Bidang Anggaran, Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Jembrana. Kami sedang menyiapkan asumsi makro untuk nota keuangan RAPBD Perubahan dan memerlukan data berikut:

        1. pertumbuhan ekonomi Kabupaten Jembrana 2021-2025 dan angka sementara 2026 bila sudah ada;
        2. inflasi tahunan yang dipakai sebagai acuan untuk Jembrana (karena Jembrana bukan kota IHK, mohon saran kota mana yang tepat);
        3. PDRB per kapita atas dasar harga berlaku 2021-2025.

        Mohon maaf kalau mendesak, draf harus masuk ke TAPD hari Jumat.

        Terima kasih,
        Gek Wahyuni
        '''), name='Gusti Ayu Putu Sri Wahyuni',
      inst='Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Jembrana', **F)

    C('f41-req-kpu-voter-age', 'outlook', 'Kadek Agus Suryawan', 'kadekagus.s@kpu.go.id',
      'Data proyeksi penduduk usia pemilih per kecamatan', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Dengan hormat, saya Kadek Agus Suryawan, staf Subbagian Perencanaan, Data dan Informasi pada KPU Kabupaten Jembrana. Dalam rangka persiapan pemutakhiran data pemilih berkelanjutan, kami mohon data:

        - proyeksi jumlah penduduk usia 17 tahun ke atas per kecamatan, 2026-2029;
        - jumlah penduduk yang akan berusia 17 tahun pada tahun 2029 per kecamatan (atau penduduk usia 14-16 tahun saat ini).

        Atas kerja samanya kami sampaikan terima kasih.

        Hormat kami,

        Kadek Agus Suryawan
        Subbagian Perencanaan, Data dan Informasi
        KPU Kabupaten Jembrana
        Jl. Ngurah Rai No. 26, Negara

        Email ini dan lampirannya ditujukan hanya kepada penerima yang disebutkan. Jika Anda bukan penerima yang dimaksud, mohon segera menghapus email ini.
        '''), name='Kadek Agus Suryawan', inst='KPU Kabupaten Jembrana', **F)

    C('f41-req-forward-bappeda-staff-letter-from-head', 'gmail', 'Ari Permana', 'aripermana.bappeda@gmail.com',
      'Fwd: Surat permohonan data IPM dan kemiskinan', T('''
        Selamat pagi Bapak/Ibu,

        Saya Kadek Ari Permana Putra, staf Bidang Perencanaan Ekonomi Bappeda Kabupaten Jembrana. Saya teruskan surat permohonan data dari pimpinan kami di bawah ini, mohon dibantu diproses. Data yang diperlukan adalah IPM beserta komponennya dan persentase penduduk miskin Kabupaten Jembrana 2020-2025.

        Suksma.

        ---------- Forwarded message ---------
        Dari: Sekretariat Bappeda Jembrana <bappeda@jembranakab.go.id>
        Date: Sen, 23 Nov 2026 pukul 08.12
        Subject: Surat permohonan data IPM dan kemiskinan
        To: Ari Permana <aripermana.bappeda@gmail.com>


        Yth. Kepala BPS Kabupaten Jembrana,

        Dalam rangka penyusunan evaluasi RPJMD Kabupaten Jembrana, kami mohon bantuan data Indeks Pembangunan Manusia beserta komponennya serta persentase penduduk miskin tahun 2020-2025.

        Kepala Bappeda Kabupaten Jembrana,
        ttd
        I Made Sudarma Putra, S.T., M.T.
        '''), name='Kadek Ari Permana Putra', inst='Bappeda Kabupaten Jembrana', **F)

    C('f41-req-dinas-perikanan-survey-consult', 'outlook', 'Wayan Sukarsa', 'wsukarsa.diskan@jembranakab.go.id',
      'Permohonan pendampingan statistik sektoral: survei harga ikan', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Ir. I Wayan Sukarsa, Kepala Bidang Perikanan Tangkap pada Dinas Perikanan Kabupaten Jembrana. Mulai tahun 2027 kami akan melaksanakan survei harga ikan di tingkat nelayan dan pedagang di PPN Pengambengan dan di beberapa pasar ikan, sebagai bagian dari statistik sektoral daerah.

        Kami memohon pendampingan dari BPS untuk:
        1. penyusunan rancangan kuesioner dan metadata kegiatan statistik;
        2. penentuan komoditas dan jumlah responden per lokasi;
        3. tata cara rekomendasi kegiatan statistik.

        Bila berkenan, kami ingin menjadwalkan pertemuan di kantor BPS pada minggu pertama Desember.

        Salam,
        I Wayan Sukarsa
        Kabid Perikanan Tangkap
        Dinas Perikanan Kabupaten Jembrana
        '''), name='Ir. I Wayan Sukarsa', inst='Dinas Perikanan Kabupaten Jembrana', **F)

    C('f41-req-rsud-planning', 'outlook', 'Gede Yudiana', 'perencanaan.rsudnegara@gmail.com',
      'Permohonan data untuk renstra RSUD', T('''
        Selamat pagi,

        Kami dari Subbagian Perencanaan RSUD Negara sedang memperbarui Rencana Strategis 2027-2031 dan memerlukan data:

        - jumlah penduduk Kabupaten Jembrana dan proyeksinya sampai 2031 menurut kelompok umur;
        - persentase penduduk yang mempunyai keluhan kesehatan dan yang berobat jalan (Susenas), 2021-2025;
        - persentase penduduk yang memiliki jaminan kesehatan, 2021-2025.

        Terima kasih atas bantuannya.

        Salam,
        I Gede Yudiana, S.KM.
        Kepala Subbagian Perencanaan dan Evaluasi
        RSUD Negara
        '''), name='I Gede Yudiana', inst='RSUD Negara', **F)

    C('f41-req-sma-head-drs-title', 'outlook', 'SMA Negeri 3 Negara', 'sman3negara@yahoo.co.id',
      'Permohonan data penduduk usia 15-17 tahun', T('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di tempat

        Dengan hormat,

        Sehubungan dengan analisis daya tampung sekolah menjelang SPMB tahun ajaran 2027/2028, kami memohon bantuan data jumlah penduduk usia 15-17 tahun per desa/kelurahan di Kecamatan Negara dan Kecamatan Mendoyo, tahun 2024 dan 2025, serta angka partisipasi murni SMA/sederajat Kabupaten Jembrana 2020-2025.

        Demikian permohonan ini, atas perhatian dan bantuannya kami ucapkan terima kasih.

        Kepala SMA Negeri 3 Negara,

        Drs. Ida Bagus Made Oka, M.Pd.
        NIP. 19680424 199403 1 006
        '''), name='Drs. Ida Bagus Made Oka', inst='SMA Negeri 3 Negara', **F)

    C('f41-req-phri-hotel-association', 'outlook', 'PHRI Jembrana', 'phri.jembrana@gmail.com',
      'Permohonan data pariwisata untuk Rakercab', T('''
        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Menjelang Rapat Kerja Cabang akhir tahun, BPC PHRI Kabupaten Jembrana bermaksud memaparkan kondisi industri perhotelan di Jembrana kepada anggota dan pemerintah daerah. Untuk itu kami mohon data:

        1. tingkat penghunian kamar (TPK) hotel bintang dan nonbintang per bulan, 2023-2026;
        2. rata-rata lama menginap tamu asing dan domestik;
        3. jumlah usaha akomodasi per kecamatan.

        Terima kasih atas dukungan BPS selama ini.

        Salam hangat,

        I Komang Adi Wirawan
        Ketua BPC PHRI Kabupaten Jembrana
        '''), name='I Komang Adi Wirawan', inst='BPC PHRI Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: communities, cooperatives, NGOs, firms
    # ================================================================================================
    C('f41-req-kelompok-tani-android-plain', 'plain', 'putu astawa', 'putuastawa.manistutu@gmail.com',
      'mohon data harga gabah', T('''
        om swastyastu bpk/ibu

        tiang I Putu Gede Astawa, ketua Kelompok Tani Sari Merta Desa Manistutu. anggota kami 64 org. kami mau ngajuin bantuan pengering gabah ke dinas, diminta lampirin data harga gabah kering panen tingkat petani di jembrana per bulan thn 2024 dan 2025, sama luas panen padi kec melaya.

        klo bisa dikirim ke email ini nggih. suksma

        Dikirim dari perangkat Android saya
        '''), name='I Putu Gede Astawa', inst='Kelompok Tani Sari Merta Desa Manistutu', **F)

    C('f41-req-koperasi-nelayan-yahoo', 'yahoo', 'moh ridwan', 'ridwan.samudrajaya@yahoo.co.id',
      'Permohonan Data Produksi Ikan', T('''
        Assalamualaikum wr. wb.

        Dengan hormat, saya H. Moh. Ridwan, ketua Koperasi Produsen Nelayan Samudra Jaya di Pengambengan. Koperasi kami sedang mengajukan pembiayaan kapal dan cold storage ke LPDB, dan salah satu syaratnya melampirkan data resmi produksi perikanan.

        Mohon kiranya Bapak/Ibu dapat membantu data produksi dan nilai produksi perikanan laut Kabupaten Jembrana menurut jenis ikan tahun 2019-2025, dan jumlah perahu/kapal penangkap ikan menurut ukuran.

        Terima kasih atas bantuannya.
        Wassalamualaikum wr. wb.

        H. Moh. Ridwan
        Ketua Koperasi Produsen Nelayan Samudra Jaya

        Dikirim dari Yahoo Mail di Android
        '''), name='H. Moh. Ridwan', inst='Koperasi Produsen Nelayan Samudra Jaya', **F)

    C('f41-req-ngo-mangrove-perancak', 'gmail', 'Sekar Ayu Maharani', 'sekar@pesisirlestari.or.id',
      'Data request for mangrove restoration baseline (Perancak & Budeng)', T('''
        Halo Tim PST,

        Saya Sekar Ayu Maharani, koordinator program di Yayasan Pesisir Lestari Nusantara. Kami sedang menyusun baseline untuk program restorasi mangrove dan budidaya kepiting berbasis masyarakat di Desa Perancak dan Desa Budeng, yang akan berjalan 2027-2029 dengan dukungan donor.

        Data yang kami perlukan:
        - jumlah penduduk dan rumah tangga di kedua desa (2020-2025);
        - jumlah rumah tangga usaha perikanan budidaya dan tangkap per desa (ST2023);
        - luas tambak per desa, kalau tersedia di Podes.

        Kalau ada biaya atau prosedur khusus untuk data per desa, mohon informasinya ya.

        Terima kasih banyak!

        Warm regards,
        Sekar Ayu Maharani
        Program Coordinator
        Yayasan Pesisir Lestari Nusantara
        Jl. Tukad Badung No. 8, Renon, Denpasar
        www.pesisirlestari.or.id
        '''), name='Sekar Ayu Maharani', inst='Yayasan Pesisir Lestari Nusantara', **F)

    C('f41-req-bpr-credit-analyst-disclaimer', 'outlook', 'Made Dwi Kusumayanti', 'dwi.kusumayanti@bprsinarartha.co.id',
      'Permohonan data ekonomi wilayah untuk rencana bisnis bank', T('''
        Dengan hormat,

        Saya Made Dwi Kusumayanti dari Divisi Perencanaan dan Manajemen Risiko PT BPR Sinar Artha Mendoyo. Dalam rangka penyusunan Rencana Bisnis Bank tahun 2027 yang wajib disampaikan ke OJK, kami memerlukan data:

        1. PDRB Kabupaten Jembrana menurut lapangan usaha (ADHB dan ADHK), 2021-2025;
        2. jumlah penduduk bekerja menurut lapangan pekerjaan utama, 2021-2025;
        3. nilai tukar petani Provinsi Bali, 2021-2025.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,

        Made Dwi Kusumayanti
        Staf Perencanaan dan Manajemen Risiko
        PT BPR Sinar Artha Mendoyo
        Jl. Denpasar-Gilimanuk, Tegalcangkring, Mendoyo

        ---------------------------------------------------------------------
        PERHATIAN: Informasi dalam email ini bersifat rahasia dan hanya ditujukan untuk penerima yang dituju. PT BPR Sinar Artha Mendoyo terdaftar dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS. Waspada terhadap penipuan yang mengatasnamakan bank.
        '''), name='Made Dwi Kusumayanti', inst='PT BPR Sinar Artha Mendoyo', **F)

    C('f41-req-agritech-startup-codeswitch', 'gmail', 'Reza Pahlevi Hakim', 'reza@kebundigital.id',
      'Collab? data produksi hortikultura Jembrana', T('''
        Hi Bapak/Ibu BPS Jembrana!

        Kenalin, aku Reza Pahlevi Hakim, co-founder & Head of Data di PT Kebun Digital Nusantara. Kita lagi develop app marketplace buat petani cabai dan bawang merah, dan Q1 2027 mau pilot di Jembrana.

        Basically kita butuh:
        - produksi & luas panen cabai besar, cabai rawit, bawang merah per kecamatan, 2020-2025;
        - harga produsen cabai per bulan (kalau ada yang level kabupaten);
        - jumlah rumah tangga usaha hortikultura by kecamatan dari ST2023.

        Kalau memungkinkan, kita juga open banget buat kolaborasi / MoU soal data. Let me know ya.

        Thanks a lot!

        Best,
        Reza
        --
        Reza Pahlevi Hakim | Co-founder & Head of Data
        PT Kebun Digital Nusantara
        +62 811-3800-xxxx | kebundigital.id
        '''), name='Reza Pahlevi Hakim', inst='PT Kebun Digital Nusantara', **F)

    C('f41-req-chinese-indonesian-distributor-yahoo', 'yahoo', 'Hendrik Gunawan', 'hendrik.gunawan88@yahoo.com',
      'Tanya data jumlah toko kelontong dan penduduk', T('''
        Selamat siang Bapak/Ibu,

        Saya Hendrik Gunawan Tjandra, pemilik CV Sumber Makmur Sentosa, distributor sembako dan minyak goreng di Denpasar. Kami berencana membuka gudang cabang di Negara awal tahun depan.

        Mohon info dan data:
        - jumlah penduduk dan rumah tangga per kecamatan Jembrana 2025;
        - jumlah usaha perdagangan eceran (toko kelontong/warung) per kecamatan;
        - rata-rata pengeluaran per kapita sebulan untuk makanan.

        Kalau datanya berbayar tidak apa-apa, tolong diinformasikan caranya.

        Terima kasih.

        Hendrik G. T.
        CV Sumber Makmur Sentosa
        '''), name='Hendrik Gunawan Tjandra', inst='CV Sumber Makmur Sentosa', **F)

    C('f41-req-consultant-anak-agung-docx-tor', 'outlook', 'A.A. Ngurah Bagus Mahendra', 'gusmahendra@trihitakonsultan.com',
      'Permohonan Data Sekunder - Penyusunan KLHS RTRW Kabupaten Jembrana', T('''
        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Dengan hormat,

        Saya Anak Agung Ngurah Bagus Mahendra, team leader dari CV Tri Hita Karana Konsultan, penyedia jasa yang ditunjuk Dinas Lingkungan Hidup Kabupaten Jembrana untuk menyusun Kajian Lingkungan Hidup Strategis (KLHS) revisi RTRW Kabupaten Jembrana.

        Sesuai Kerangka Acuan Kerja (terlampir), kami memerlukan data sekunder sebagai berikut:
        1. jumlah, kepadatan dan laju pertumbuhan penduduk per desa, 2015-2025;
        2. penggunaan lahan pertanian menurut jenis (sawah, tegalan, perkebunan) per kecamatan;
        3. jumlah rumah tangga menurut sumber air minum dan cara pembuangan sampah;
        4. PDRB menurut lapangan usaha, 2015-2025.

        Surat pengantar dari Dinas Lingkungan Hidup akan menyusul. Atas bantuannya kami ucapkan terima kasih.

        Hormat kami,

        A.A. Ngurah Bagus Mahendra, S.T., M.Sc.
        Team Leader KLHS RTRW Jembrana
        CV Tri Hita Karana Konsultan
        '''), name='Anak Agung Ngurah Bagus Mahendra', inst='CV Tri Hita Karana Konsultan',
      attachments=[DOCX('KAK KLHS RTRW Jembrana 2026.docx')], **F)

    C('f41-req-pesantren-kh-title', 'gmail', 'PP Nurul Falah', 'ppnurulfalah.airkuning@gmail.com',
      'Mohon data anak usia sekolah', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Kami dari Pondok Pesantren Nurul Falah Air Kuning berencana membuka Madrasah Tsanawiyah pada tahun ajaran 2027/2028. Sebagai bahan kajian kelayakan yang diminta Kementerian Agama, kami mohon data jumlah penduduk usia 13-15 tahun di Kecamatan Jembrana dan Kecamatan Negara, serta angka partisipasi sekolah SMP/MTs Kabupaten Jembrana tiga tahun terakhir.

        Jazakumullah khairan katsiran.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Pengasuh,
        KH. Ahmad Zainuddin
        '''), name='KH. Ahmad Zainuddin', inst='Pondok Pesantren Nurul Falah Air Kuning', **F)

    C('f41-req-pkk-desa-yahoo', 'yahoo', 'Made Suartini', 'madesuartini71@yahoo.com', 'permohonan data lansia dan balita', T('''
        Om Swastyastu

        Bapak/Ibu yang terhormat, saya Ni Made Suartini, Ketua TP PKK Desa Yehembang Kangin. Kami akan membuat program Posyandu terintegrasi (balita dan lansia) dan perlu tahu berapa jumlah balita dan lansia (60 tahun ke atas) di desa kami, serta jumlah lansia yang tinggal sendiri kalau ada datanya.

        Suksma atas bantuannya.

        Ni Made Suartini

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Made Suartini', inst='TP PKK Desa Yehembang Kangin', **F)

    C('f41-req-brin-population-researcher', 'gmail', 'Wulan Sekarsari', 'wula006@brin.go.id',
      'Permohonan data fertilitas dan migrasi - riset BRIN', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Saya Dr. Wulan Sekarsari, peneliti ahli madya di Pusat Riset Kependudukan BRIN. Tim kami sedang meneliti penurunan fertilitas di Bali dan kaitannya dengan migrasi kerja ke luar negeri, dengan Jembrana sebagai salah satu studi kasus.

        Kami mohon data berikut untuk Kabupaten Jembrana:
        1. angka kelahiran total (TFR) dan ASFR hasil SP2010 dan SP2020 Long Form;
        2. rata-rata umur kawin pertama perempuan;
        3. jumlah penduduk yang bekerja di luar negeri atau tinggal di luar negeri 6 bulan terakhir, bila tersedia.

        Kami juga ingin berdiskusi singkat dengan fungsi statistik sosial mengenai kualitas data migrasi internasional di tingkat kabupaten.

        Terima kasih atas kerja samanya.

        Salam,
        Wulan Sekarsari
        Pusat Riset Kependudukan
        Badan Riset dan Inovasi Nasional
        '''), name='Dr. Wulan Sekarsari', inst='Pusat Riset Kependudukan BRIN', **F)

    # ================================================================================================
    # New requests: abroad, English and mixed
    # ================================================================================================
    C('f41-req-en-wageningen-phd', 'gmail', 'Sanne Verhoeven', 'sanne.verhoeven@wur.nl',
      'Request: rice and irrigation statistics for PhD research (Jembrana)', T('''
        Dear colleagues,

        I am Sanne Verhoeven, a PhD candidate in the Water Resources Management group at Wageningen University & Research in the Netherlands. My research looks at how subak irrigation societies in western Bali adapt to changing water availability, and I will be doing fieldwork in Jembrana from February to June 2027.

        I would be very grateful for the following data for Jembrana Regency:
        - rice harvested area, production and productivity by kecamatan, 2010-2025;
        - number of farming households by land size class (Agricultural Census 2013 and 2023);
        - monthly rainfall and number of rainy days, if BPS publishes them in the regency yearbook.

        If some of these tables are only available in Bahasa Indonesia, that is no problem at all.

        Thank you very much in advance.

        Kind regards,
        Sanne Verhoeven
        PhD candidate, Water Resources Management
        Wageningen University & Research
        '''), name='Sanne Verhoeven', inst='Wageningen University & Research', lang='en', **F)

    C('f41-req-en-latin1-complutense', 'latin1', 'José Ramírez Ortega', 'jramirez@ucm.es',
      'Request for labour statistics - Jembrana Regency', T('''
        Dear Sir or Madam,

        My name is José Ramírez Ortega and I am an associate professor of applied economics at the Universidad Complutense de Madrid. Together with colleagues in Yogyakarta I am studying the return migration of Indonesian seafarers and cruise-ship workers, many of whom come from Jembrana.

        Could you kindly provide:
        1. the labour force participation rate and open unemployment rate of Jembrana, by sex, 2015-2025;
        2. employed persons by main industry, 2015-2025;
        3. any figure on residents working abroad (SP2020 Long Form or Susenas).

        I apologise for not writing in Bahasa Indonesia; I am still learning it.

        Muchas gracias and best regards,
        José Ramírez Ortega
        Departamento de Economía Aplicada
        Universidad Complutense de Madrid
        '''), name='José Ramírez Ortega', inst='Universidad Complutense de Madrid', lang='en', **F)

    C('f41-req-en-kasetsart-lecturer-thunderbird', 'thunderbird', 'Siriporn Chaiyasit', 'siriporn.c@ku.th',
      'Cocoa and coconut smallholder data - comparative study Thailand/Indonesia', T('''
        Dear BPS Jembrana,

        Greetings from Bangkok. I am Dr. Siriporn Chaiyasit, a lecturer at the Faculty of Economics, Kasetsart University. Our team is comparing smallholder tree-crop farming in southern Thailand and in Bali, and Jembrana was suggested to us by colleagues at Udayana University.

        We would like to request:
        - planted area and production of cocoa, coconut and coffee by kecamatan, 2015-2025;
        - number of smallholder households for each crop (Agricultural Census 2023);
        - average farm-gate prices, if available.

        We would also appreciate a short explanation of how "tanaman menghasilkan" is defined.

        With thanks and best regards,

        Siriporn Chaiyasit, Ph.D.
        Faculty of Economics, Kasetsart University
        50 Ngamwongwan Rd, Chatuchak, Bangkok 10900
        '''), name='Dr. Siriporn Chaiyasit', inst='Kasetsart University', lang='en', **F)

    C('f41-req-en-nz-embassy-economic', 'outlook', 'Fiona McAllister', 'fiona.mcallister@mfat.govt.nz',
      'Economic indicators for Jembrana - geothermal and agriculture programme scoping', T('''
        Dear BPS Jembrana team,

        I am Second Secretary (Economic) at the New Zealand Embassy in Jakarta. We are scoping a possible agriculture and renewable energy cooperation programme with the Government of Bali, and western Bali is one of the areas under consideration.

        Would you be able to share, for Jembrana Regency:
        1. GRDP by industry and GRDP per capita, 2019-2025;
        2. the share of households with access to electricity from PLN, and those using other sources;
        3. the number of dairy and beef cattle, 2019-2025.

        Many thanks for your help.

        Ngā mihi,

        Fiona McAllister
        Second Secretary (Economic)
        New Zealand Embassy in Jakarta
        Sentral Senayan 2, Jl. Asia Afrika No. 8, Jakarta 10270
        '''), name='Fiona McAllister', inst='New Zealand Embassy in Jakarta', lang='en', **F)

    C('f41-req-en-homestay-australian-iphone', 'iphone', 'Bec Mills', 'becmills.medewi@gmail.com',
      'Tourist numbers Medewi', T('''
        Hi there,

        I'm Rebecca Mills, I run Medewi Point Homestay with my husband Wayan. We're putting together a small business plan for the bank to add 4 more rooms and they want some official numbers.

        Do you have the number of foreign and domestic guests staying in Jembrana each month for 2024 and 2025, and the hotel occupancy rate? Anything specific to Pekutatan would be amazing.

        Thanks heaps!
        Bec

        Sent from my iPhone
        '''), name='Rebecca Mills', inst='Medewi Point Homestay', lang='en', **F)

    C('f41-req-en-ait-vietnamese-student', 'gmail', 'Nguyen Thi Thu Trang', 'st124587@ait.asia',
      'Data request - seaweed and shrimp aquaculture, Jembrana', T('''
        Dear Sir/Madam,

        My name is Nguyen Thi Thu Trang. I am a master's student in Aquaculture and Aquatic Resources Management at the Asian Institute of Technology, Thailand. My thesis compares the economics of intensive shrimp ponds in Ca Mau (Viet Nam) and in Jembrana.

        May I request:
        - whiteleg shrimp (vaname) production and pond area in Jembrana, 2015-2025;
        - number of aquaculture households by kecamatan;
        - the wage of agricultural labourers in Bali, 2015-2025.

        Thank you very much for your kind help.

        Best regards,
        Trang
        '''), name='Nguyen Thi Thu Trang', inst='Asian Institute of Technology', lang='en', **F)

    # ================================================================================================
    # New requests missing a name, an institution or a concrete need
    # ================================================================================================
    C('f41-req-miss-all-admin-slang', 'plain', 'Ady', 'adyngr99@gmail.com', 'tanya', T('''
        min mau minta data kemiskinan jembrana thn 2025 dong, yg per kecamatan. ada ga min? klo ada kirim sini aja ya. tq

        Dikirim dari perangkat Android saya
        '''), **F)

    C('f41-req-miss-inst-chili-farmer', 'gmail', 'Putu Rai', 'putuRai.batuagung@gmail.com', 'Harga cabai', T('''
        Selamat siang,

        Saya Putu Rai Suastika, petani cabai di Desa Batuagung. Harga cabai rawit sekarang jatuh sekali, saya mau lihat perbandingan harga cabai rawit di tingkat produsen tiap bulan dari 2023 sampai sekarang, supaya bisa mengatur kapan tanam. Apakah BPS punya datanya?

        Terima kasih.
        Putu Rai Suastika
        '''), name='Putu Rai Suastika', **F)

    C('f41-req-miss-request-dhyana-pura-vague', 'gmail', 'Kadek Wulan Sari', 'wulansari.kdk@gmail.com',
      'Pertanyaan skripsi', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan, saya Ni Kadek Wulan Sari, mahasiswi semester 6 Universitas Dhyana Pura. Saya ingin bertanya terkait data untuk skripsi saya nanti. Apakah saya bisa dibantu? Kalau bisa, bagaimana caranya ya?

        Terima kasih sebelumnya.

        Wulan
        '''), name='Ni Kadek Wulan Sari', inst='Universitas Dhyana Pura', req=False, **F)

    C('f41-req-miss-en-name-only-vague', 'gmail', 'Tom Fletcher', 'tomfletcher.travels@gmail.com', 'Hello from Perth', T('''
        Hi,

        My name is Tom Fletcher. I'm writing a bit of a hobby blog about the less touristy parts of Bali and was wondering if you guys have any interesting statistics you could send me? Anything really.

        Cheers,
        Tom Fletcher
        '''), name='Tom Fletcher', req=False, lang='en', **F)

    C('f41-req-miss-nothing-html', 'html_only', '', 'nusa.kirana88@gmail.com', 'Halo', T('''
        Selamat siang, apakah email ini masih aktif? Saya mau konsultasi. Terima kasih.
        '''), req=False, **F)

    C('f41-req-miss-name-dprd-secretariat', 'outlook', 'Setwan Jembrana', 'setwan.jembrana@gmail.com',
      'Bahan reses anggota DPRD: data kemiskinan dan pengangguran', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Dalam rangka penyiapan bahan reses masa sidang III tahun 2026, kami mohon bantuan data Kabupaten Jembrana:
        1. persentase dan jumlah penduduk miskin, garis kemiskinan, 2021-2025;
        2. tingkat pengangguran terbuka menurut jenis kelamin dan pendidikan, 2021-2025;
        3. jumlah penduduk per kecamatan, 2025.

        Atas perhatiannya kami ucapkan terima kasih.

        Hormat kami,
        Bagian Persidangan dan Perundang-undangan
        Sekretariat DPRD Kabupaten Jembrana
        '''), inst='Sekretariat DPRD Kabupaten Jembrana', **F)

    C('f41-req-miss-subject-request-name-only', 'iphone', 'Dimas', 'dimasaditya.p@icloud.com',
      'Data IPM Jembrana 2020-2025 per komponen', T('''
        Pagi, saya Dimas Aditya. Mohon dibantu ya, terima kasih.

        Dikirim dari iPhone saya
        '''), name='Dimas Aditya', **F)

    C('f41-req-miss-name-kwt-no-signature', 'gmail', 'Wayan Murniasih', 'kwtmekarsari.pohsanten@gmail.com',
      'Permohonan data', T('''
        Om Swastyastu,

        Kami dari Kelompok Wanita Tani Mekar Sari Desa Pohsanten ingin mengajukan proposal kebun gizi pekarangan. Mohon bantuan data jumlah rumah tangga di Desa Pohsanten dan jumlah rumah tangga yang mengusahakan tanaman sayuran (hasil sensus pertanian), kalau ada.

        Suksma.
        '''), inst='Kelompok Wanita Tani Mekar Sari Desa Pohsanten', **F)

    C('f41-req-miss-retired-teacher-pribadi-latin1', 'latin1', 'Yusuf Efendi', 'yusufefendi52@plasa.com',
      'Data penduduk Loloan dari dulu sampai sekarang', T('''
        Assalamualaikum,

        Saya Drs. Yusuf Efendi, pensiunan guru sejarah. Saya menulis buku kecil tentang sejarah kampung Loloan, dan ini murni keperluan pribadi, bukan atas nama lembaga mana pun.

        Mohon kalau ada, data jumlah penduduk Kelurahan Loloan Barat dan Loloan Timur dari sensus-sensus terdahulu (1980, 1990, 2000, 2010, 2020). Sekadar angka totalnya pun sudah sangat membantu.

        Terima kasih. Wassalamualaikum.

        Yusuf Efendi
        '''), name='Drs. Yusuf Efendi', **F)

    C('f41-req-miss-inst-freelance-journalist', 'iphone', 'Rudi Hartawan', 'rudihartawan.jurnalis@gmail.com',
      'Permintaan data utk tulisan', T('''
        Siang Pak/Bu. Saya Rudi Hartawan, jurnalis lepas, lagi nulis soal anjloknya tangkapan lemuru di Selat Bali. Boleh minta data produksi ikan lemuru di Jembrana 10 tahun terakhir dan jumlah nelayan? Tulisan saya tayang Senin, jadi kalau bisa sebelum Jumat. Makasih banyak.

        Sent from my iPhone
        '''), name='Rudi Hartawan', **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f41-reply-identity-after-ask-gmail', 'gmail', 'Fransiska Dewi', 'fransiskadewi.l@gmail.com',
      'Re: ' + SUBJ_ASK % 4101, T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf saya lupa memperkenalkan diri. Saya Fransiska Dewi Lestari, mahasiswi Program Studi Pendidikan Geografi, Universitas Katolik Widya Mandira. Data yang saya minta untuk keperluan tugas akhir.

        Terima kasih.
        Fransiska
        '''), kind='reply', name='Fransiska Dewi Lestari', inst='Universitas Katolik Widya Mandira', req=False,
      ticket='PST-2026-04101', quote=gq(ASK, 'id'), **rp(4101), **F)

    C('f41-reply-iphone-thanks-short', 'iphone', 'Marthen Kogoya', 'marthenkogoya21@gmail.com',
      'Re: ' + SUBJ_DATA % 4102, T('''
        Sudah sa terima bapak ibu, terima kasih banyak 🙏🏾

        Marthen

        Dikirim dari iPhone saya
        '''), kind='reply', name='Marthen', req=False, ticket='PST-2026-04102', quote=iq(DELIV_ID % 4102),
      **rp(4102), **F)

    C('f41-reply-outlook-further-question-rsud', 'outlook', 'Gede Yudiana', 'perencanaan.rsudnegara@gmail.com',
      'RE: ' + SUBJ_ACK % 4103, T('''
        Selamat siang,

        Terima kasih atas konfirmasinya. Sekalian kami mohon ditambahkan data angka harapan hidup Kabupaten Jembrana 2015-2025 dan jumlah penduduk lansia per kecamatan, karena diminta oleh tim penyusun renstra.

        Salam,
        I Gede Yudiana
        RSUD Negara
        '''), kind='reply', name='I Gede Yudiana', inst='RSUD Negara', req=True, ticket='PST-2026-04103',
      quote=oq(ACK % (4103, 'I Gede Yudiana', 'RSUD Negara', 'Data penduduk, keluhan kesehatan, jaminan kesehatan'),
               '"Gede Yudiana" <perencanaan.rsudnegara@gmail.com>', SUBJ_ACK % 4103, 'id'), **rp(4103), **F)

    C('f41-reply-new-mail-cites-ticket-status', 'gmail', 'Ruth Natalia Simanjuntak', 'ruthnatalia.smjtk@gmail.com',
      'Menanyakan progres permintaan data', T('''
        Selamat pagi Bapak/Ibu,

        Saya ingin menanyakan perkembangan permintaan data saya dengan nomor tiket PST-2026-04104 yang saya ajukan dua minggu lalu. Apakah ada kekurangan berkas dari saya?

        Terima kasih.

        Hormat saya,
        Ruth Natalia Simanjuntak
        Universitas HKBP Nommensen
        '''), kind='reply', name='Ruth Natalia Simanjuntak', inst='Universitas HKBP Nommensen', req=False,
      ticket='PST-2026-04104', **F)

    C('f41-reply-en-definition-question', 'gmail', 'Sanne Verhoeven', 'sanne.verhoeven@wur.nl',
      'Re: ' + SUBJ_DATA % 4105, T('''
        Dear PST team,

        Thank you so much for the tables, they are very useful. One question: the 2018 rice production figure looks much lower than 2017. Is this because of the switch to the area sampling frame (KSA) method? If so, is there a back-cast series for 2010-2017 that is comparable?

        Best regards,
        Sanne Verhoeven
        Wageningen University & Research
        '''), kind='reply', name='Sanne Verhoeven', inst='Wageningen University & Research', req=True, lang='en',
      ticket='PST-2026-04105', quote=gq(DELIV_EN % 4105, when='Wed, Nov 25, 2026 at 2:37 PM'), **rp(4105), **F)

    C('f41-reply-thunderbird-cover-letter-attached', 'thunderbird', 'Yohanes Ding', 'yohanes.dinglahang@gmail.com',
      'Re: ' + SUBJ_LETTER % 4106, tq(LETTER_ID % 4106) + '\n\n' + T('''
        Selamat sore Bapak/Ibu,

        Terlampir surat pengantar dari Program Studi Sosiologi FISIP Universitas Mulawarman. Mohon maaf baru bisa saya kirim hari ini karena menunggu tanda tangan Koordinator Prodi.

        Salam hormat,
        Yohanes Ding Lahang
        '''), kind='reply', name='Yohanes Ding Lahang', inst='Universitas Mulawarman', req=False,
      ticket='PST-2026-04106', attachments=[PDF('Surat Pengantar Prodi Sosiologi Unmul.pdf')], **rp(4106), **F)

    C('f41-reply-yahoo-add-years', 'yahoo', 'moh ridwan', 'ridwan.samudrajaya@yahoo.co.id',
      'Re: ' + SUBJ_DATA % 4107, T('''
        Assalamualaikum,

        Terima kasih datanya sudah kami terima. Mohon maaf merepotkan, ternyata dari LPDB diminta data produksi sepuluh tahun, jadi kami mohon dikirimkan juga data produksi perikanan laut menurut jenis ikan untuk tahun 2015 sampai 2018.

        Wassalamualaikum.

        H. Moh. Ridwan
        Koperasi Produsen Nelayan Samudra Jaya
        '''), kind='reply', name='H. Moh. Ridwan', inst='Koperasi Produsen Nelayan Samudra Jaya', req=True,
      ticket='PST-2026-04107', quote=yq(DELIV_ID % 4107), **rp(4107), **F)

    ORIG_KADEK = ('pagi kakk, sy kadek dwi pradnyani mhs universitas warmadewa, butuh data jml umkm per desa di kec '
                  'negara thn 2021-2025. mksh kak')
    CHAIN = (LETTER_ID % 4108) + '\n\n' + gq(ORIG_KADEK, 'id').replace('Sen, 23 Nov 2026 pukul 09.14 PST BPS Kabupaten '
             'Jembrana <\npst5101@bps.go.id>', 'Sen, 23 Nov 2026 pukul 07.52 kadek dwi <\nkadekdwipradnyani@icloud.com>')
    C('f41-reply-long-chain-letter-pending', 'gmail', 'kadek dwi', 'kadekdwipradnyani@icloud.com',
      'Re: ' + SUBJ_LETTER % 4108, T('''
        Baik kak, suratnya lagi diproses di fakultas, paling lambat jumat sy kirim ya kak. Maaf lama 🙏

        Kadek Dwi Pradnyani
        '''), kind='reply', name='Kadek Dwi Pradnyani', req=False, ticket='PST-2026-04108',
      quote=gq(CHAIN, 'id'), **rp(4108), **F)

    C('f41-reply-latin1-en-thanks-cite', 'latin1', 'José Ramírez Ortega', 'jramirez@ucm.es',
      'Re: ' + SUBJ_DATA % 4109, T('''
        Dear colleagues,

        Many thanks for the data and for the very quick answer. We will cite BPS-Statistics of Jembrana Regency as the source in our paper and I will send you a copy once it is published.

        Saludos cordiales,
        José Ramírez Ortega
        Universidad Complutense de Madrid
        '''), kind='reply', name='José Ramírez Ortega', inst='Universidad Complutense de Madrid', req=False, lang='en',
      ticket='PST-2026-04109', quote=gq(DELIV_EN % 4109), **rp(4109), **F)

    C('f41-reply-html-only-extra-beach-data', 'html_only', 'Bec Mills', 'becmills.medewi@gmail.com',
      'Re: ' + SUBJ_DATA % 4110, T('''
        Hi again,

        Thanks so much for the spreadsheet, the bank officer was happy with it! One more thing: do you also have the number of visitors to Medewi beach or other tourist attractions in Pekutatan for 2025? The Dinas told me you might.

        Cheers,
        Rebecca Mills
        Medewi Point Homestay
        '''), kind='reply', name='Rebecca Mills', inst='Medewi Point Homestay', req=True, lang='en',
      ticket='PST-2026-04110', quote=gq(DELIV_EN % 4110), **rp(4110), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f41-rating-gmail-bare-five', 'gmail', 'Wayan Sriasih', 'sriasih.gizi.pkmpekutatan@gmail.com',
      'Re: ' + SUBJ_RATE % 4121, T('''
        5

        Pelayanannya cepat dan petugasnya ramah waktu kami telepon. Suksma.

        Ni Wayan Sriasih
        UPTD Puskesmas Pekutatan
        '''), kind='rating', rating=5, name='Ni Wayan Sriasih', inst='UPTD Puskesmas Pekutatan', req=False,
      ticket='PST-2026-04121', quote=gq(RATE_ID % 4121, 'id'), **rp(4121), **F)

    C('f41-rating-outlook-nilai-empat-puas', 'outlook', 'Kadek Agus Suryawan', 'kadekagus.s@kpu.go.id',
      'RE: ' + SUBJ_RATE % 4122, T('''
        Selamat sore,

        Kami memberikan nilai 4 (puas). Data sudah sesuai kebutuhan, hanya proyeksi usia 17 tahun belum tersedia per desa. Terima kasih atas kerja samanya.

        Hormat kami,
        Kadek Agus Suryawan
        KPU Kabupaten Jembrana
        '''), kind='rating', rating=4, name='Kadek Agus Suryawan', inst='KPU Kabupaten Jembrana', req=False,
      ticket='PST-2026-04122',
      quote=oq(RATE_ID % 4122, 'Kadek Agus Suryawan <kadekagus.s@kpu.go.id>', SUBJ_RATE % 4122, 'id'),
      **rp(4122), **F)

    C('f41-rating-iphone-en-five-of-five', 'iphone', 'Bec Mills', 'becmills.medewi@gmail.com',
      'Re: ' + SUBJ_RATE % 4123, T('''
        5/5, super helpful and fast. Terima kasih!

        Bec

        Sent from my iPhone
        '''), kind='rating', rating=5, name='Bec', req=False, lang='en', ticket='PST-2026-04123',
      quote=iq(RATE_EN % 4123, 'en'), **rp(4123), **F)

    C('f41-rating-yahoo-tiga-dari-lima', 'yahoo', 'Hendrik Gunawan', 'hendrik.gunawan88@yahoo.com',
      'Re: ' + SUBJ_RATE % 4124, T('''
        Sore. Saya kasih 3 dari 5 ya. Datanya lumayan lengkap, tapi saya tunggu lebih dari seminggu dan data jumlah toko per kecamatan ternyata tidak ada.

        Hendrik
        '''), kind='rating', rating=3, name='Hendrik', req=False, ticket='PST-2026-04124',
      quote=yq(RATE_ID % 4124), **rp(4124), **F)

    C('f41-rating-plain-stars-four', 'plain', 'putu astawa', 'putuastawa.manistutu@gmail.com',
      'Re: ' + SUBJ_RATE % 4125, T('''
        ⭐⭐⭐⭐ empat bintang nggih. suksma bpk/ibu

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-04125', quote=aq(RATE_ID % 4125), **rp(4125), **F)

    C('f41-rating-thunderbird-bottom-sangat-puas', 'thunderbird', 'Bambang Sutrisno Hadi', 'bambang.sh@its.ac.id',
      'Re: ' + SUBJ_RATE % 4126, tq(RATE_ID % 4126) + '\n\n' + T('''
        Sangat puas. Saya beri nilai 5, diskusi daringnya sangat mencerahkan dan tim kami mendapat banyak masukan soal variabel Podes.

        Salam,

        --
        Dr. Ir. Bambang Sutrisno Hadi, M.T.
        Institut Teknologi Sepuluh Nopember
        '''), kind='rating', rating=5, name='Dr. Ir. Bambang Sutrisno Hadi', inst='Institut Teknologi Sepuluh Nopember',
      req=False, ticket='PST-2026-04126', **rp(4126), **F)

    C('f41-rating-latin1-satu-kecewa', 'latin1', 'Putu Rai', 'putuRai.batuagung@gmail.com',
      'Re: ' + SUBJ_RATE % 4127, T('''
        Nilai 1.

        Saya tanya harga cabai rawit per bulan, yang dikirim malah tabel harga gabah. Setelah saya tanya lagi tidak dibalas, tahu-tahu tiket sudah ditutup.

        Putu Rai Suastika
        '''), kind='rating', rating=1, name='Putu Rai Suastika', req=False, ticket='PST-2026-04127',
      quote=gq(RATE_ID % 4127, 'id'), **rp(4127), **F)

    C('f41-rating-html-only-kasih-empat', 'html_only', 'Made Suartini', 'madesuartini71@yahoo.com',
      'Re: ' + SUBJ_RATE % 4128, T('''
        Om Swastyastu, saya kasih nilai empat ya. Datanya sudah kami pakai untuk rapat posyandu kemarin. Suksma.

        Ni Made Suartini
        TP PKK Desa Yehembang Kangin
        '''), kind='rating', rating=4, name='Ni Made Suartini', inst='TP PKK Desa Yehembang Kangin', req=False,
      ticket='PST-2026-04128', quote=yq(RATE_ID % 4128), **rp(4128), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f41-complaint-gmail-no-answer-week', 'gmail', 'Reza Pahlevi Hakim', 'reza@kebundigital.id',
      'Belum ada respon permintaan data (sudah 8 hari kerja)', T('''
        Halo Bapak/Ibu,

        Jujur agak kecewa nih. Saya kirim permintaan data hortikultura tanggal 10 November, sampai hari ini belum ada balasan sama sekali, bahkan email konfirmasi juga nggak ada. Di website tertulis respon maksimal 3 hari kerja. Saya coba telepon ke nomor kantor dua kali juga nggak diangkat.

        Mohon ditindaklanjuti ya, timeline pilot kami jadi mundur.

        Thanks,
        Reza Pahlevi Hakim
        PT Kebun Digital Nusantara
        '''), kind='complaint', name='Reza Pahlevi Hakim', inst='PT Kebun Digital Nusantara', req=False, **F)

    C('f41-complaint-en-broken-links-outlook', 'outlook', 'Fiona McAllister', 'fiona.mcallister@mfat.govt.nz',
      'Broken links on the Jembrana statistics website', T('''
        Dear BPS Jembrana team,

        I wanted to flag that most of the English-language publication links on your website lead to an empty page, and the "Jembrana Regency in Figures 2026" PDF cannot be downloaded at all (the download stops at 0%). I have tried from two different networks over three days.

        It would also help international users if the English version of the tables used the same indicator names as the Indonesian one; at the moment it is quite hard to match them.

        Kind regards,
        Fiona McAllister
        New Zealand Embassy in Jakarta
        '''), kind='complaint', name='Fiona McAllister', inst='New Zealand Embassy in Jakarta', req=False, lang='en', **F)

    C('f41-complaint-plain-counter-staff', 'plain', 'ketut arianta', 'ketutarianta.mdy@gmail.com',
      'keluhan pelayanan di kantor', T('''
        Selamat sore. Saya Ketut Arianta, kemarin jam 11 datang ke kantor BPS mau minta data untuk pengajuan KUR. Petugas di meja depan sibuk main HP dan bilang datanya cari sendiri saja di internet, padahal saya tidak paham caranya. Saya sudah jauh2 dari Mendoyo. Tolong petugasnya dibina supaya lebih ramah ke masyarakat kecil. Terima kasih.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Ketut Arianta', req=False, **F)

    C('f41-complaint-html-anon-saturday-suggestion', 'html_only', 'warga peduli', 'wargapeduli.jbr@gmail.com',
      'Saran untuk PST', T('''
        Selamat pagi BPS Jembrana,

        Sekadar saran: banyak dari kami yang bekerja Senin sampai Jumat sehingga sulit datang ke kantor untuk konsultasi. Alangkah baiknya kalau layanan PST dibuka juga hari Sabtu setengah hari, atau ada jadwal konsultasi video call yang bisa dipesan lewat WhatsApp.

        Terima kasih, semoga BPS Jembrana makin maju.
        '''), kind='complaint', req=False, **F)

    C('f41-complaint-outlook-wrong-data-on-ticket', 'outlook', 'Gusti Ayu Sri Wahyuni', 'gekwahyuni.bpkad@gmail.com',
      'RE: ' + SUBJ_DATA % 4131, T('''
        Selamat siang,

        Mohon maaf, data yang dikirimkan tampaknya tidak sesuai. Angka pertumbuhan ekonomi 2024 di lampiran (5,12 persen) berbeda dengan angka di publikasi Kabupaten Jembrana Dalam Angka 2026 (4,87 persen), dan tabel PDRB per kapita masih memakai tahun dasar lama. Karena angka ini masuk ke nota keuangan, kami sangat berharap ke depan data dicek dulu sebelum dikirim.

        Terima kasih,
        Gusti Ayu Putu Sri Wahyuni
        Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Jembrana
        '''), kind='complaint', name='Gusti Ayu Putu Sri Wahyuni',
      inst='Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Jembrana', req=False, ticket='PST-2026-04131',
      quote=oq(DELIV_ID % 4131, 'Gusti Ayu Sri Wahyuni <gekwahyuni.bpkad@gmail.com>', SUBJ_DATA % 4131, 'id'),
      **rp(4131), **F)

    C('f41-complaint-thunderbird-suggest-excel', 'thunderbird', 'Maria Goreti Bete', 'mariagoreti.bete@unimor.ac.id',
      'Saran: mohon data dikirim dalam format Excel', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Saya Dr. Maria Goreti Bete, dosen Universitas Timor di Kefamenanu. Sekadar masukan: sudah dua kali saya menerima data dari BPS Jembrana dalam bentuk PDF hasil pindaian, sehingga mahasiswa saya harus mengetik ulang ratusan angka dan rawan salah. Bila memungkinkan, mohon data tabel dikirim dalam format Excel atau CSV, atau setidaknya PDF yang teksnya bisa disalin.

        Terima kasih atas perhatiannya.

        Salam,
        Maria Goreti Bete
        '''), kind='complaint', name='Dr. Maria Goreti Bete', inst='Universitas Timor', req=False, **F)

    C('f41-complaint-iphone-asked-for-money', 'iphone', 'Rahmat Hidayat', 'rahmathidayat.ngr@gmail.com',
      'Pengaduan: dimintai uang untuk data', T('''
        Assalamualaikum. Saya Rahmat Hidayat mau mengadukan, tanggal 18 November saya minta data di kantor, lalu ada orang yang mengaku petugas bilang kalau mau cepat bayar "uang lelah" 100 ribu. Setahu saya layanan data BPS gratis. Apa benar ada biaya? Kalau tidak, mohon ditindak. Saya bisa tunjukkan orangnya kalau diperlukan. Terima kasih.

        Dikirim dari iPhone saya
        '''), kind='complaint', name='Rahmat Hidayat', req=False, **F)

    C('f41-complaint-yahoo-enumerator-privacy', 'yahoo', 'nengah sukarmini', 'nengahsukarmini@yahoo.com',
      'Keberatan atas cara pendataan', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Saya Ni Nengah Sukarmini, warga Banjar Kaleran, Desa Yehembang. Minggu lalu petugas pendataan datang dan memotret rumah serta dapur saya tanpa minta izin, lalu bilang fotonya untuk "data bansos". Saya keberatan, karena saya tidak tahu foto itu dipakai untuk apa dan disimpan di mana. Mohon penjelasan dan mohon foto tersebut dihapus.

        Terima kasih.

        Ni Nengah Sukarmini

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Ni Nengah Sukarmini', req=False, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f41-ooo-outlook-en-automatic-reply', 'outlook', 'Fiona McAllister', 'fiona.mcallister@mfat.govt.nz',
      'Automatic reply: ' + SUBJ_ACK % 4141, T('''
        Kia ora, thank you for your email.

        I am out of the office on home leave in New Zealand until Monday 14 December 2026 and will have limited access to email. For urgent economic matters please contact jakarta.economic@mfat.govt.nz.

        Ngā mihi,
        Fiona
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-04141',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(4141), **F)

    C('f41-ooo-gmail-id-balasan-otomatis-dinas-luar', 'gmail', 'Wayan Sukarsa', 'wsukarsa.diskan@jembranakab.go.id',
      'Balasan otomatis: ' + SUBJ_DATA % 4142, T('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. Saya sedang melaksanakan perjalanan dinas ke Jakarta tanggal 24-28 November 2026. Email akan saya balas sekembalinya ke kantor. Untuk keperluan mendesak dapat menghubungi Sekretariat Dinas Perikanan di (0365) 4xxxx.

        Suksma.
        '''), kind='auto_reply', req=False, ticket='PST-2026-04142',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(4142), **F)

    C('f41-ooo-plain-helpdesk-ack-body-only', 'plain', 'Layanan Informasi Bappeda', 'bappeda@jembranakab.go.id',
      'Tanda terima: ' + SUBJ_ACK % 4143, T('''
        Yth. Pengirim,

        Pesan Anda telah diterima oleh sistem Layanan Informasi Publik Bappeda Kabupaten Jembrana dengan nomor registrasi LIP-2026-1187. Pesan akan ditindaklanjuti oleh petugas pada jam kerja (Senin-Jumat 07.30-15.30 WITA).

        Email ini dikirim secara otomatis, mohon tidak membalas email ini.
        '''), kind='auto_reply', req=False, ticket='PST-2026-04143', **rp(4143), **F)

    C('f41-ooo-yahoo-cuti-body-only', 'yahoo', 'Made Dwi Kusumayanti', 'dwi.kusumayanti@bprsinarartha.co.id',
      'Re: ' + SUBJ_ACK % 4144, T('''
        [Pesan Otomatis] Terima kasih atas email Anda. Saat ini saya sedang cuti tahunan hingga 4 Desember 2026. Untuk urusan perencanaan bank silakan menghubungi Ibu Kadek Sri Utami di sriutami@bprsinarartha.co.id.

        Salam,
        Made Dwi Kusumayanti
        '''), kind='auto_reply', req=False, ticket='PST-2026-04144', **rp(4144), **F)

    C('f41-ooo-gmail-en-university-helpdesk-ticket', 'gmail', 'AIT Student Services', 'noreply-helpdesk@ait.asia',
      '[#SS-2026-11-0472] Re: ' + SUBJ_DATA % 4145, T('''
        Dear Sender,

        This is an automated response to confirm that your message has been received by AIT Student Services and logged as request #SS-2026-11-0472. Our staff will respond within two working days.

        Please do not reply to this message.

        AIT Student Services Helpdesk
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-04145',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')],
      **rp(4145), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f41-dsn-postfix-domain-not-found', dict(
        recipient='putuRai.batuagung@gmail.con', original_message_id=OUR(4151, 'c41d7a20'),
        orig_subject=SUBJ_ACK % 4151, status='5.4.4',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients. It\'s attached below.\n\n'
              'For further assistance, please send mail to postmaster.\n\n'
              '                   The mail system\n\n'
              '<putuRai.batuagung@gmail.con>: Host or domain name not found. Name service\n'
              '    error for name=gmail.con type=A: Host not found')), 'PST-2026-04151', **F)

    D('f41-dsn-o365-recipient-not-found', dict(
        recipient='komang.sintya@smkn1negara.sch.id', original_message_id=OUR(4152, 'c41d7a20'),
        orig_subject=SUBJ_DATA % 4152, status='5.1.10', mta='smkn1negara.sch.id',
        **{'from': 'Microsoft Outlook <postmaster@smkn1negara.sch.id>',
           'subject': 'Undeliverable: ' + SUBJ_DATA % 4152,
           'text': ("Your message to komang.sintya@smkn1negara.sch.id couldn't be delivered.\n\n"
                    "komang.sintya wasn't found at smkn1negara.sch.id.\n\n"
                    'Office 365\n\nAction Required\nUnknown To address\n\n'
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: SG2PR04MB3315.apcprd04.prod.outlook.com\n'
                    'komang.sintya@smkn1negara.sch.id\n'
                    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'")}),
      'PST-2026-04152', **F)

    D('f41-dsn-exim-mailbox-full', dict(
        recipient='madesuartini71@yahoo.com', original_message_id=OUR(4153, 'c41d7a20'),
        orig_subject=SUBJ_RATE % 4153, status='5.2.2',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mx.bps.go.id>',
           'subject': 'Mail delivery failed: returning message to sender',
           'text': ('This message was created automatically by mail delivery software.\n\n'
                    'A message that you sent could not be delivered to one or more of its\n'
                    'recipients. This is a permanent error. The following address(es) failed:\n\n'
                    '  madesuartini71@yahoo.com\n'
                    '    host mta7.am0.yahoodns.net [67.195.204.72]\n'
                    '    SMTP error from remote mail server after RCPT TO:<madesuartini71@yahoo.com>:\n'
                    '    552 1 Requested mail action aborted, mailbox not found or over quota')}),
      'PST-2026-04153', **F)

    D('f41-dsn-delayed-warning', dict(
        recipient='kwtmekarsari.pohsanten@gmail.com', original_message_id=OUR(4154, 'c41d7a20'),
        orig_subject=SUBJ_ASK % 4154, status='4.4.7', action='delayed',
        **{'subject': 'Delayed Mail (still being retried)',
           'text': ('This is the mail system at host mx.bps.go.id.\n\n'
                    '####################################################################\n'
                    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
                    '####################################################################\n\n'
                    'Your message could not be delivered for more than 4 hour(s).\n'
                    'It will be retried until it is 5 day(s) old.\n\n'
                    '<kwtmekarsari.pohsanten@gmail.com>: connect to\n'
                    '    gmail-smtp-in.l.google.com[142.250.4.27]:25: Connection timed out')}),
      'PST-2026-04154', **F)
