# corpus_fresh40.py: a fortieth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh40"; tickets PST-2026-040xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh40')

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

    def pre(text, mark='> '):
        return '\n'.join(mark + l if l else mark.rstrip() for l in text.split('\n'))

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
        return dict(in_reply_to=OUR(n, '7d40e2b9'), references=[OUR(n, '7d40e2b9')])

    # ================================================================================================
    # New requests: students and academics
    # ================================================================================================
    C('f40-req-unud-statistika-nim-letter-attached', 'gmail', 'Sintya Pradnyani', 'sintyapradnyani22@gmail.com',
      'Permohonan Data untuk Skripsi - TPT, RLS/HLS dan PDRB', T('''
        Selamat pagi Bapak/Ibu petugas PST,

        Perkenalkan, nama saya Komang Ayu Sintya Pradnyani (NIM 2208541017), mahasiswi Program Studi Statistika, Fakultas Matematika dan Ilmu Pengetahuan Alam, Universitas Udayana. Saat ini saya sedang menyusun skripsi tentang pemodelan regresi spasial faktor-faktor yang memengaruhi tingkat pengangguran terbuka di kabupaten/kota se-Bali dan Nusa Tenggara.

        Untuk itu saya memohon bantuan data Kabupaten Jembrana tahun 2018-2025 berikut:
        1. Tingkat Pengangguran Terbuka (TPT) dan Tingkat Partisipasi Angkatan Kerja (TPAK);
        2. rata-rata lama sekolah dan harapan lama sekolah;
        3. PDRB atas dasar harga konstan 2010 menurut lapangan usaha.

        Data dalam format Excel akan sangat membantu. Surat permohonan dari program studi saya lampirkan bersama email ini.

        Atas perhatian dan bantuan Bapak/Ibu, saya ucapkan terima kasih.

        Salam hormat,
        Sintya
        0857-3811-xxxx
        '''), name='Komang Ayu Sintya Pradnyani', inst='Universitas Udayana',
      attachments=[PDF('Surat Permohonan Data - Prodi Statistika Unud.pdf')], **F)

    C('f40-req-unair-chat-abbrev-iphone', 'iphone', 'rizal', 'rizalfahmi.ei@gmail.com', 'data kemiskinan jembrana', T('''
        pagi kak, sy Rizal Fahmi mhs unair smt 5 prodi ekonomi islam. lg ngerjain tugas matkul ekonomi regional nih kak, kelompok sy dpt kab jembrana 😅
        butuh data inflasi, jml penduduk miskin sm garis kemiskinan jembrana 5 thn terakhir kak. ada yg format excel gk kak?
        mksh bnyk kak 🙏

        Dikirim dari iPhone saya
        '''), name='Rizal Fahmi', inst='unair', **F)

    C('f40-req-warmadewa-lecturer-consultation-signature-only', 'thunderbird', 'A.A. Gede Raka Suarbawa',
      'raka.suarbawa@warmadewa.ac.id', 'Permohonan konsultasi kerangka sampel survei petani subak', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Statistisi di BPS Kabupaten Jembrana,

        Bersama dua rekan dosen, kami akan melaksanakan survei tentang adopsi pupuk organik di kalangan petani padi anggota subak di Kecamatan Mendoyo dan Kecamatan Pekutatan pada Februari-April 2027. Sebelum turun ke lapangan kami ingin berkonsultasi mengenai:

        a. apakah daftar rumah tangga usaha pertanian hasil ST2023 per desa dapat kami gunakan sebagai kerangka sampel;
        b. penentuan jumlah sampel bila kami menginginkan estimasi per kecamatan dengan margin of error sekitar 5 persen;
        c. konsep dan definisi petani gurem yang dipakai BPS.

        Kami bersedia datang ke kantor pada hari dan jam yang Bapak/Ibu tentukan.

        Om Santih, Santih, Santih Om

        --
        Dr. Ir. Anak Agung Gede Raka Suarbawa, M.Si.
        Lektor Kepala, Program Studi Agroteknologi
        Fakultas Pertanian dan Bisnis
        Universitas Warmadewa
        Jl. Terompong No. 24, Tanjung Bungkak, Denpasar
        '''), name='Dr. Ir. Anak Agung Gede Raka Suarbawa', inst='Universitas Warmadewa', wrap=72, **F)

    C('f40-req-brawijaya-batak-br-thesis-outlook', 'outlook', 'Rosalina Tambunan', 'rosalinatambunan@student.ub.ac.id',
      'Permohonan Data Penelitian Tesis', T('''
        Dengan hormat,

        Saya Rosalina br. Tambunan, mahasiswa Program Magister Ilmu Ekonomi, Fakultas Ekonomi dan Bisnis Universitas Brawijaya, Malang. Dalam rangka penelitian tesis berjudul "Ketimpangan Pendapatan dan Struktur Ekonomi Kabupaten di Bali, 2010-2025", dengan ini saya memohon data sebagai berikut:

        - Gini Ratio Kabupaten Jembrana tahun 2010-2025;
        - distribusi pengeluaran menurut kelompok 40% terbawah, 40% menengah dan 20% teratas;
        - PDRB per kapita atas dasar harga berlaku dan harga konstan.

        Saya juga ingin menanyakan apakah Gini Ratio tingkat kabupaten dihitung setiap tahun atau hanya pada tahun-tahun tertentu.

        Horas, dan terima kasih atas bantuannya.

        Rosalina br. Tambunan
        NIM 236020100111034
        HP 0813-7012-xxxx
        '''), name='Rosalina br. Tambunan', inst='Universitas Brawijaya', **F)

    C('f40-req-en-queensland-phd-signature-block', 'gmail', 'Thomas Whitfield', 't.whitfield@uq.edu.au',
      'Data request - agricultural land and tourism, Jembrana Regency', T('''
        Dear BPS Jembrana team,

        I hope this email finds you well. My name is Thomas Whitfield and I am a PhD candidate in the School of Earth and Environmental Sciences at The University of Queensland, Brisbane. My thesis looks at how tourism growth along the western coast of Bali has changed agricultural land use since 2000.

        I would be very grateful for the following data for Jembrana Regency:
        1. wetland rice (sawah) area by kecamatan, 2000-2025, or the longest series available;
        2. number of hotels and other accommodation establishments by kecamatan, 2010-2025;
        3. population by kecamatan from the 2000, 2010 and 2020 censuses.

        I am happy to cite BPS appropriately and to share my thesis chapters once they are finished.

        Kind regards,
        Tom

        --
        Thomas Whitfield
        PhD Candidate | School of Earth and Environmental Sciences
        The University of Queensland | Brisbane QLD 4072 Australia
        '''), name='Thomas Whitfield', inst='The University of Queensland', lang='en', **F)

    C('f40-req-en-latin1-aarhus-anthropologist', 'latin1', 'Søren Kjærgaard', 'sk@cas.au.dk',
      'Request for rice and subak statistics', T('''
        Dear Sir or Madam,

        I am Søren Kjærgaard, associate professor at the Department of Anthropology, Aarhus University, Denmark. Since 2019 I have been following several subak in Jembrana, and I am now writing a monograph on irrigation, water temples and the economics of smallholder rice.

        Could you kindly provide:
        - the number of subak and their irrigated area per kecamatan, if BPS records this;
        - rice harvested area, production and yield for Jembrana, 2000-2025;
        - the average size of land holdings of rice farmers (Agricultural Census 2013 and 2023).

        Med venlig hilsen / With kind regards,
        Søren Kjærgaard
        '''), name='Søren Kjærgaard', inst='Aarhus University', lang='en', **F)

    C('f40-req-html-only-pnb-hotel-occupancy', 'html_only', 'Adi Wiguna', 'adiwiguna.pnb@gmail.com',
      'Permohonan data TPK hotel untuk tugas akhir', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Nama saya Gede Adi Wiguna Putra, mahasiswa semester 7 Jurusan Pariwisata, Politeknik Negeri Bali. Saya sedang menyusun tugas akhir tentang strategi pemasaran hotel non-bintang di Kabupaten Jembrana.

        Mohon kiranya saya dapat dibantu data:
        1. Tingkat Penghunian Kamar (TPK) hotel bintang dan non-bintang di Kabupaten Jembrana per bulan tahun 2023-2025;
        2. rata-rata lama menginap tamu asing dan domestik;
        3. jumlah hotel non-bintang per kecamatan.

        Suksma atas bantuan Bapak/Ibu.

        Om Santih, Santih, Santih Om

        Gede Adi Wiguna Putra
        NIM 2115834092
        '''), name='Gede Adi Wiguna Putra', inst='Politeknik Negeri Bali', **F)

    C('f40-req-ciputra-code-switching-coffee', 'gmail', 'Jessica Tanoto', 'jessica.tanoto@student.ciputra.ac.id',
      'Data kopi robusta Jembrana for business plan', T('''
        Hi Bapak/Ibu,

        I'm Jessica Tanoto, final year student di Universitas Ciputra, Surabaya, jurusan Entrepreneurship. Aku lagi develop business plan untuk coffee shop concept yang pakai robusta lokal dari Jembrana (katanya robusta Pekutatan enak banget hehe).

        Could I get these data please:
        - luas areal dan produksi kopi robusta per kecamatan di Jembrana, 2020-2025;
        - jumlah rumah tangga petani kopi;
        - jumlah penduduk usia 15-34 tahun di Kecamatan Negara (for my target market analysis).

        Thank you so much, have a great day!

        Best,
        Jess
        '''), name='Jessica Tanoto', inst='Universitas Ciputra', **F)

    C('f40-req-vague-undiksha-asks-procedure', 'gmail', 'Dwi Maharani', 'dwimaharani.undiksha@gmail.com',
      'Pertanyaan prosedur permohonan data', T('''
        Selamat sore Bapak/Ibu,

        Saya Ni Kadek Dwi Maharani, mahasiswi Pendidikan Ekonomi Universitas Pendidikan Ganesha. Saya ingin bertanya, bagaimana prosedur untuk mengajukan permohonan data ke BPS Kabupaten Jembrana? Apakah harus membawa surat dari kampus, dan apakah ada biayanya?

        Terima kasih.

        Dwi Maharani
        '''), name='Ni Kadek Dwi Maharani', inst='Universitas Pendidikan Ganesha', req=False, **F)

    C('f40-req-no-name-unmas-student-iphone', 'iphone', 'Ayu', 'ayuu.prtw@icloud.com', 'Minta data UMKM', T('''
        Selamat siang, sy mhs Universitas Mahasaraswati Denpasar, mau minta data jumlah UMKM per kecamatan di Jembrana thn 2023-2025 beserta jumlah tenaga kerjanya utk skripsi. Terima kasih

        Dikirim dari iPhone saya
        '''), inst='Universitas Mahasaraswati Denpasar', **F)

    C('f40-req-musamus-papuan-sa-pu-nama', 'gmail', 'Yakobus Tabuni', 'yakobustabuni21@gmail.com',
      'Minta data padi Jembrana', T('''
        Selamat siang Bapak Ibu di BPS Jembrana.

        Sa pu nama Yakobus Tabuni, mahasiswa Agribisnis di Universitas Musamus di Merauke. Sa ada bikin skripsi tentang program cetak sawah baru, dan dosen bilang sa harus bandingkan dengan daerah yang su lama tanam padi, jadi sa pilih Jembrana karena ada keluarga di Melaya.

        Sa minta tolong data luas sawah, luas panen dan produksi padi Kabupaten Jembrana dari tahun 2015 sampai 2025. Kalau bisa per kecamatan.

        Terima kasih banyak, Tuhan Yesus berkati.

        Yakobus Tabuni
        '''), name='Yakobus Tabuni', inst='Universitas Musamus', **F)

    C('f40-req-en-ide-jetro-fish-processing', 'gmail', 'Kenji Morimoto', 'kenji_morimoto@ide.go.jp',
      'Inquiry: fish processing statistics in Jembrana', T('''
        Dear Sir/Madam,

        My name is Kenji Morimoto, and I am a research fellow at the Institute of Developing Economies (IDE-JETRO) in Chiba, Japan. I am currently conducting a study on the role of fish processing clusters in regional economies in Indonesia, with the Pengambengan cluster in Jembrana as one of the case studies.

        I would like to ask whether the following statistics are available:
        (1) the number of establishments and workers in fish processing (KBLI 102) in Jembrana, by kecamatan;
        (2) the output of large and medium fish processing establishments, 2015-2025;
        (3) an inter-regional or provincial input-output table for Bali, if one exists.

        I plan to visit Negara in March 2027 and would be glad to come to your office.

        Sincerely yours,

        Kenji Morimoto
        Research Fellow, Development Studies Center
        Institute of Developing Economies (IDE-JETRO)
        '''), name='Kenji Morimoto', inst='Institute of Developing Economies (IDE-JETRO)', lang='en', **F)

    C('f40-req-atma-jaya-lecturer-forwards-student-mail-attached', 'gmail', 'FX Seda', 'fx.seda@uajy.ac.id',
      'Mohon bantuan data untuk mahasiswa bimbingan', T('''
        Selamat siang Bapak/Ibu PST,

        Saya Dr. Fransiskus Xaverius Seda, dosen pembimbing di Program Studi Ekonomi Pembangunan Universitas Atma Jaya Yogyakarta. Terlampir email mahasiswa bimbingan saya, Veronika Wulandari, yang minggu lalu terkirim ke alamat email lama. Mohon kiranya ia dapat dibantu data jumlah tenaga kerja sektor perikanan dan industri pengolahan ikan di Kabupaten Jembrana tahun 2019-2025.

        Terima kasih atas kerja samanya.

        Salam,
        F.X. Seda
        '''), name='Dr. Fransiskus Xaverius Seda', inst='Universitas Atma Jaya Yogyakarta',
      attach_message=dict(client='gmail', from_name='Veronika Wulandari', from_addr='veronikawulan02@gmail.com',
                          to='bpsjembrana@gmail.com', subject='Permohonan data skripsi', body=T('''
                              Selamat pagi Bapak/Ibu,

                              Saya Veronika Wulandari, mahasiswi Ekonomi Pembangunan Universitas Atma Jaya Yogyakarta. Saya memohon data tenaga kerja sektor perikanan di Kabupaten Jembrana untuk skripsi saya.

                              Terima kasih,
                              Veronika
                              ''')), **F)

    # ================================================================================================
    # New requests: schools
    # ================================================================================================
    C('f40-req-yahoo-sma-geography-teacher-drs', 'yahoo', 'wayan sudiarsa', 'sudiarsa_geo@yahoo.co.id',
      'mohon data piramida penduduk', T('''
        Selamat siang Bapak/Ibu,

        Mohon izin, saya guru Geografi di SMA Negeri 2 Negara. Untuk materi kelas XI tentang dinamika kependudukan, saya ingin menunjukkan kepada siswa piramida penduduk Kabupaten Jembrana yang sebenarnya, bukan contoh dari buku paket.

        Yang saya perlukan:
        - jumlah penduduk menurut kelompok umur lima tahunan dan jenis kelamin, Kabupaten Jembrana, hasil SP2020 dan proyeksi 2025;
        - angka kelahiran kasar dan angka kematian bila ada.

        Terima kasih, semoga BPS Jembrana selalu sukses.

        Salam,
        Drs. I Wayan Sudiarsa
        Guru Geografi SMA Negeri 2 Negara

        Dikirim dari Yahoo Mail di Android
        '''), name='Drs. I Wayan Sudiarsa', inst='SMA Negeri 2 Negara', **F)

    C('f40-req-vague-smk-pupil-mau-tanya-tugas', 'gmail', 'mirah kencana', 'mirahkencana07@gmail.com', 'tanya data', T('''
        Selamat siang bapak ibu, saya Putu Ayu Mirah Kencana siswi kelas XII SMK Negeri 1 Mendoyo jurusan akuntansi. Saya mau tanya2 soal data untuk tugas sekolah, apakah bisa dibantu? Terima kasih 🙏
        '''), name='Putu Ayu Mirah Kencana', inst='SMK Negeri 1 Mendoyo', req=False, **F)

    C('f40-req-sd-operator-need-only-in-subject', 'gmail', 'Operator SDN 3 Dangin Tukadaya', 'sdn3dangintukadaya@gmail.com',
      'Permohonan data jumlah anak usia 7-12 tahun per desa Kec. Jembrana tahun 2025', T('''
        Selamat pagi Bapak/Ibu,

        Saya I Gede Wirasana, operator Dapodik di SD Negeri 3 Dangin Tukadaya, atas perintah Bapak Kepala Sekolah. Mohon bantuannya sesuai judul email ini. Terima kasih.
        '''), name='I Gede Wirasana', inst='SD Negeri 3 Dangin Tukadaya', **F)

    C('f40-req-madrasah-teacher-student-project', 'gmail', 'Siti Khodijah', 'khodijah.madarululum@gmail.com',
      'Permohonan data UMKM kuliner Loloan', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh,

        Bapak/Ibu yang kami hormati, saya Siti Khodijah, guru Ekonomi di MA Darul Ulum Loloan Timur. Murid-murid kelas XI kami akan membuat proyek penelitian sederhana tentang UMKM kuliner di Kelurahan Loloan Timur dan Kelurahan Loloan Barat.

        Kami mohon data jumlah usaha mikro dan kecil di bidang makanan dan minuman per kelurahan di Kecamatan Negara, serta jumlah penduduk kedua kelurahan tersebut tahun 2025.

        Jazakumullah khairan katsiran.

        Wassalamu'alaikum warahmatullahi wabarakatuh.
        '''), name='Siti Khodijah', inst='MA Darul Ulum Loloan Timur', **F)

    # ================================================================================================
    # New requests: government offices
    # ================================================================================================
    C('f40-req-dinkes-numbered-letter-format-attached', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dinkes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jalan Surapati No. 1, Negara, Bali 82212

        Negara, 18 November 2026

        Nomor    : 400.7/2145/Dinkes
        Sifat    : Biasa
        Lampiran : 1 (satu) berkas
        Hal      : Permohonan Data Penduduk Sasaran

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
            Tempat

        Dalam rangka penetapan sasaran program kesehatan tahun 2027, Dinas Kesehatan Kabupaten Jembrana mohon bantuan data proyeksi penduduk tahun 2027 per desa/kelurahan menurut kelompok sasaran sebagai berikut:
        1. bayi (0 tahun) dan balita (0-4 tahun);
        2. perempuan usia subur (15-49 tahun);
        3. penduduk usia 60 tahun ke atas.

        Format tabel terlampir. Demikian kami sampaikan, atas kerja samanya diucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. I Gusti Ayu Putu Arisanti, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP. 19730812 200312 2 006
        '''), name='dr. I Gusti Ayu Putu Arisanti', inst='Dinas Kesehatan Kabupaten Jembrana',
      attachments=[DOCX('Format Tabel Sasaran Program 2027.docx')], **F)

    C('f40-req-puskesmas-nutritionist-stunting', 'gmail', 'Wayan Rusmini', 'rusmini.gizi@gmail.com',
      'Mohon data sanitasi dan balita per desa', T('''
        Selamat pagi Bapak/Ibu,

        Saya Ni Wayan Rusmini, tenaga pelaksana gizi di UPTD Puskesmas Pekutatan II. Kami sedang menyiapkan intervensi penurunan stunting tahun 2027 dan ingin memetakan faktor risikonya per desa di wilayah kerja kami (Desa Pangyangan, Gumbrih, Pengeragoan dan Medewi).

        Mohon bantuan data:
        - jumlah rumah tangga menurut sumber air minum dan fasilitas buang air besar per desa;
        - jumlah rumah tangga miskin per desa;
        - jumlah balita per desa, 2024-2025.

        Kalau data per desa tidak tersedia, data per kecamatan pun sudah sangat membantu.

        Terima kasih,

        Ni Wayan Rusmini, A.Md.Gz.
        Nutrisionis
        UPTD Puskesmas Pekutatan II
        '''), name='Ni Wayan Rusmini', inst='UPTD Puskesmas Pekutatan II', **F)

    C('f40-req-kaur-desa-letter-attached-android', 'plain', 'Eka Wirawan', 'desatukadaya.pemdes@gmail.com',
      'Surat permohonan data Desa Tukadaya', T('''
        Om Swastyastu Bapak/Ibu,

        Saya Putu Eka Wirawan, Kaur Perencanaan pada Pemerintah Desa Tukadaya. Bersama ini kami kirimkan surat permohonan data dari Perbekel Tukadaya untuk penyusunan RPJMDes 2027-2032. Rincian data yang kami mohon ada di dalam surat terlampir.

        Mohon dibantu nggih. Suksma.

        Dikirim dari perangkat Android saya
        '''), name='Putu Eka Wirawan', inst='Pemerintah Desa Tukadaya',
      attachments=[PDF('Surat Permohonan Data RPJMDes Tukadaya 2027.pdf')], **F)

    C('f40-req-disparbud-forwards-head-disposition', 'gmail', 'Sri Utami', 'sriutami.disparbud@gmail.com',
      'Fwd: Data RIPPDA', T('''
        Selamat siang Bapak/Ibu PST,

        Meneruskan disposisi Kepala Dinas di bawah ini. Kami dari Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana (Bidang Destinasi) mohon bantuan data jumlah wisatawan yang menginap, asing dan domestik, per bulan tahun 2024-2025 serta jumlah usaha akomodasi per kecamatan, untuk bahan penyusunan Rencana Induk Pembangunan Kepariwisataan Daerah.

        Terima kasih.

        Ni Luh Ketut Sri Utami, S.Par.
        Analis Kebijakan Ahli Muda

        ---------- Forwarded message ---------
        From: Kadis Parbud Jembrana <kadisparbud.jembrana@gmail.com>
        Date: Thu, Nov 19, 2026 at 7:41 PM
        Subject: Data RIPPDA
        To: Sri Utami <sriutami.disparbud@gmail.com>


        Bu Utami, tolong koordinasikan dengan BPS untuk data kunjungan wisatawan dan akomodasi. Sebelum rapat tanggal 2 Desember datanya sudah harus ada.

        Salam,
        I Putu Gede Mahendra Yasa
        Kepala Dinas Pariwisata dan Kebudayaan
        '''), name='Ni Luh Ketut Sri Utami', inst='Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana', **F)

    C('f40-req-camat-melaya-kasi-form-fields', 'outlook', 'Kecamatan Melaya', 'kec.melaya@jembranakab.go.id',
      'Permohonan data profil kecamatan', T('''
        Yth. PST BPS Kab. Jembrana

        Dengan hormat, berikut kami sampaikan permohonan data:

        Nama        : I Nengah Sukarya, S.Sos.
        Jabatan     : Kasi Pemerintahan
        Instansi    : Kantor Camat Melaya
        Telp/WA     : 0819-3660-xxxx
        Data        : jumlah penduduk, luas wilayah dan kepadatan per desa se-Kecamatan Melaya tahun 2025; jumlah banjar/dusun per desa
        Keperluan   : pemutakhiran profil kecamatan tahun 2026

        Atas perhatiannya kami ucapkan terima kasih.
        '''), name='I Nengah Sukarya', inst='Kantor Camat Melaya', **F)

    C('f40-req-kodim-pasiter-rank-title', 'gmail', 'Made Sumerta', 'pasiter.kodim1617@gmail.com',
      'Mohon data pertanian untuk program ketahanan pangan', T('''
        Selamat pagi, izin Bapak/Ibu.

        Mohon izin, saya Kapten Inf I Made Sumerta, Pasiter Kodim 1617/Jembrana. Dalam rangka mendukung program ketahanan pangan dan pendampingan Babinsa di desa-desa, kami mohon bantuan data:

        1. luas tanam, luas panen dan produksi padi serta jagung per kecamatan tahun 2023-2025;
        2. jumlah rumah tangga petani per desa (ST2023);
        3. luas lahan sawah per kecamatan.

        Demikian, atas bantuan dan kerja samanya kami ucapkan terima kasih.

        Salam Teritorial!
        '''), name='Kapten Inf I Made Sumerta', inst='Kodim 1617/Jembrana', **F)

    C('f40-req-dinsos-unit-no-person', 'outlook', 'Dinas Sosial Jembrana', 'dinsos@jembranakab.go.id',
      'Permohonan data lansia tinggal sendiri', T('''
        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Bersama ini Dinas Sosial Kabupaten Jembrana memohon data jumlah penduduk lanjut usia (60 tahun ke atas) yang tinggal sendiri menurut kecamatan, serta persentase rumah tangga lansia miskin, untuk verifikasi usulan penerima bantuan Asistensi Rehabilitasi Sosial (ATENSI) tahun 2027.

        Atas kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        Bidang Rehabilitasi Sosial
        Dinas Sosial Kabupaten Jembrana
        '''), inst='Dinas Sosial Kabupaten Jembrana', **F)

    C('f40-req-religious-court-registrar-latin1', 'latin1', 'PA Negara', 'pa.negara@gmail.com',
      'Permohonan data pembanding perkara dispensasi kawin', T('''
        Assalamu'alaikum Wr. Wb.

        Yth. Kepala BPS Kabupaten Jembrana,

        Saya H. Ahmad Mujib, Panitera Pengadilan Agama Negara. Dalam rangka penyusunan laporan tahunan dan kajian tentang perkara dispensasi kawin, kami memerlukan data pembanding sebagai berikut:
        1. jumlah penduduk perempuan usia 15-19 tahun menurut status perkawinan, Kabupaten Jembrana (SP2020 Long Form);
        2. persentase perempuan usia 20-24 tahun yang menikah sebelum umur 18 tahun, 2020-2025;
        3. jumlah penduduk beragama Islam per kecamatan.

        Demikian, atas perhatiannya kami ucapkan terima kasih.

        Wassalamu'alaikum Wr. Wb.

        Panitera,
        H. Ahmad Mujib, S.Ag., M.H.
        '''), name='H. Ahmad Mujib', inst='Pengadilan Agama Negara', **F)

    C('f40-req-brin-population-centre-collaboration', 'gmail', 'Yohana Lodo', 'yoha004@brin.go.id',
      'Permohonan data migrasi dan penduduk Gilimanuk', T('''
        Selamat siang Bapak/Ibu,

        Saya Dr. Yohana Maria Ratu Lodo, peneliti pada Pusat Riset Kependudukan BRIN. Tim kami sedang melakukan kajian mobilitas penduduk antarpulau di koridor Jawa-Bali, dengan fokus pada Kelurahan Gilimanuk dan sekitarnya sebagai simpul penyeberangan.

        Kami memohon bantuan data:
        1. migrasi risen dan migrasi seumur hidup Kabupaten Jembrana menurut provinsi asal (SP2020 Long Form);
        2. jumlah penduduk Kelurahan Gilimanuk menurut kelompok umur dan jenis kelamin, 2020-2025;
        3. jumlah penduduk komuter, bila tersedia.

        Kami juga ingin mendiskusikan kemungkinan kolaborasi analisis dengan BPS Kabupaten Jembrana.

        Salam hormat,
        Yohana Lodo
        '''), name='Dr. Yohana Maria Ratu Lodo', inst='Pusat Riset Kependudukan BRIN', **F)

    C('f40-req-office-address-forwards-nusa-cendana-student', 'gmail', 'BPS Kabupaten Jembrana', 'bps5101@bps.go.id',
      'Fwd: Permohonan data pendidikan', T('''
        Diteruskan ke PST ya, masuk ke email kantor.

        ---------- Forwarded message ---------
        From: Ignatius Bere Mali <ignatiusbere@gmail.com>
        Date: Fri, Nov 20, 2026 at 8:15 PM
        Subject: Permohonan data pendidikan
        To: <bps5101@bps.go.id>


        Selamat malam,

        Saya Ignatius Bere Mali, mahasiswa Program Studi Pendidikan Matematika Universitas Nusa Cendana, Kupang. Saat ini saya sedang PPL di Negara dan ingin menulis artikel tentang partisipasi sekolah. Mohon bantuan data APK dan APM jenjang SD, SMP dan SMA Kabupaten Jembrana tahun 2020-2025.

        Terima kasih.
        Ignatius
        '''), name='Ignatius Bere Mali', inst='Universitas Nusa Cendana', **F)

    # ================================================================================================
    # New requests: villages, farmers, fishers, cooperatives, NGOs
    # ================================================================================================
    C('f40-req-livestock-group-chair-yahoo', 'yahoo', 'nyoman parwata', 'nyomanparwata68@yahoo.com',
      'Permohonan data sapi', T('''
        Selamat pagi,

        Saya I Nyoman Parwata, ketua Kelompok Tani Ternak Sari Merta. Kelompok kami di Desa Pohsanten mau mengajukan bantuan bibit sapi bali ke Dinas Pertanian, dan disuruh melampirkan data populasi sapi dan jumlah peternak. Mohon dibantu data populasi sapi bali per desa di Kecamatan Mendoyo tahun 2024 dan 2025.

        Terima kasih pak/bu.

        Nyoman Parwata

        Dikirim dari Yahoo Mail di Android
        '''), name='I Nyoman Parwata', inst='Kelompok Tani Ternak Sari Merta', **F)

    C('f40-req-pekaseh-balinese-android', 'plain', 'ketut wartana', 'ketutwartana.subak@gmail.com', 'nunas data', T('''
        Om Swastyastu,

        Tiang I Ketut Wartana, Pekaseh Subak Yeh Sumbul. Nunas tulung Bapak/Ibu, tiang perlu data curah hujan bulanan lan produksi padi Kecamatan Mendoyo tahun 2020-2025. Subak kami jagi ngajuang perbaikan bendung ke Balai Wilayah Sungai, lan kaicen tugas ngelampirang data pendukung.

        Suksma pisan.

        Dikirim dari perangkat Android saya
        '''), name='I Ketut Wartana', inst='Subak Yeh Sumbul', **F)

    C('f40-req-fishermen-group-all-caps', 'plain', 'KETUT SUARDANA', 'segaramina.pgb@gmail.com', 'MOHON DATA NELAYAN', T('''
        SELAMAT SIANG BAPAK IBU BPS.

        KAMI DARI KELOMPOK NELAYAN SEGARA MINA DESA PENGAMBENGAN MOHON DATA JUMLAH NELAYAN DAN JUMLAH PERAHU DI KECAMATAN NEGARA TAHUN 2025. UNTUK PROPOSAL BANTUAN MESIN TEMPEL KE DINAS PERIKANAN.

        TERIMA KASIH.

        KETUA
        KETUT SUARDANA
        '''), name='KETUT SUARDANA', inst='KELOMPOK NELAYAN SEGARA MINA DESA PENGAMBENGAN', **F)

    C('f40-req-pokdarwis-secretary-anak-agung-istri', 'gmail', 'Gung Is Trisna', 'gungistrisna@gmail.com',
      'Data pendukung lomba desa wisata', T('''
        Om Swastyastu Bapak/Ibu,

        Titiang Anak Agung Istri Mas Trisnawati, sekretaris Pokdarwis Desa Wisata Budeng. Kami sedang menyiapkan dokumen untuk lomba Anugerah Desa Wisata Indonesia 2027 dan memerlukan data pendukung:
        - jumlah penduduk Desa Budeng menurut mata pencaharian;
        - jumlah kunjungan wisatawan ke Kabupaten Jembrana 2023-2025;
        - jumlah pondok wisata/homestay di Kecamatan Jembrana.

        Suksma Bapak/Ibu.

        Gung Is Trisna
        '''), name='Anak Agung Istri Mas Trisnawati', inst='Pokdarwis Desa Wisata Budeng', **F)

    C('f40-req-ngo-coastal-code-switching-signature', 'gmail', 'Marlina Sitanggang', 'marlina@pelitapesisir.or.id',
      'Data request untuk baseline program mangrove Perancak-Budeng', T('''
        Halo tim PST BPS Jembrana,

        Saya Marlina Sitanggang, Program Manager di Yayasan Pelita Pesisir Nusantara. Kami NGO yang fokus di marine conservation dan community-based fisheries management. Tahun depan kami mulai program di Desa Perancak dan Desa Budeng (mangrove restoration + alternative livelihoods).

        Untuk baseline assessment kami butuh:
        - jumlah penduduk dan rumah tangga per dusun/banjar di dua desa itu;
        - mata pencaharian utama penduduk (Podes 2024 kalau bisa);
        - produksi perikanan tangkap yang didaratkan di Pengambengan, 2020-2025.

        Kalau ada biaya untuk data tertentu, mohon info ya. Thanks a lot!

        Warm regards,
        Marlina Sitanggang
        Program Manager - Coastal Livelihoods
        Yayasan Pelita Pesisir Nusantara
        www.pelitapesisir.or.id
        '''), name='Marlina Sitanggang', inst='Yayasan Pelita Pesisir Nusantara', **F)

    C('f40-req-en-hamburg-foundation-outlook', 'outlook', 'Vogel, Katharina', 'k.vogel@kuestenwald-stiftung.de',
      'Statistical information for mangrove feasibility study - Jembrana', T('''
        Dear colleagues,

        On behalf of the Küstenwald Stiftung (Coastal Forest Foundation) in Hamburg, I would like to request statistical information for a feasibility study on community-based mangrove rehabilitation in Jembrana.

        We are particularly interested in:
        • the area of mangrove forest and aquaculture ponds (tambak) by kecamatan, if recorded;
        • the number of households engaged in aquaculture in Kecamatan Jembrana and Kecamatan Negara;
        • the poverty headcount in Jembrana, 2015-2025.

        Our local partner in Bali will be glad to collect the data in person if required.

        With best regards,

        Dr. Katharina Vogel
        Head of Programmes Asia
        Küstenwald Stiftung
        Große Elbstraße 145, 22767 Hamburg, Germany
        '''), name='Dr. Katharina Vogel', inst='Küstenwald Stiftung', lang='en', **F)

    # ================================================================================================
    # New requests: media, firms, hospitals, foreign missions, private persons
    # ================================================================================================
    C('f40-req-local-news-reporter-iphone-deadline', 'iphone', 'Dewa Ayu Kartika', 'dewaayukartika.jp@gmail.com',
      'Data kemiskinan & pengangguran 2025', T('''
        Pak/Bu slmt siang. Sy Dewa Ayu Kartika, wartawan Jembrana Pos. Mau minta data angka kemiskinan & pengangguran Jembrana 2025 yg terbaru, sm perbandingan dgn 2024. Utk berita besok pagi, kl bs hr ini ya pak/bu. Kl ada statistisi yg bs dikonfirmasi by phone jg boleh. Mksh

        Sent from my iPhone
        '''), name='Dewa Ayu Kartika', inst='Jembrana Pos', **F)

    C('f40-req-regional-bank-analyst-disclaimer', 'outlook', 'AA Ngurah Bagus Dharmayasa', 'bagus.dharmayasa@bpdbali.co.id',
      'Permohonan data PDRB dan pertanian untuk rencana bisnis 2027', T('''
        Yth. Bapak/Ibu Petugas PST,

        Perkenalkan, saya Anak Agung Ngurah Bagus Dharmayasa, analis kredit UMKM di Bank BPD Bali Kantor Cabang Negara. Dalam rangka penyusunan rencana bisnis tahun 2027 untuk segmen pertanian dan perikanan, kami memerlukan data:

        1. PDRB Kabupaten Jembrana menurut lapangan usaha atas dasar harga berlaku beserta laju pertumbuhannya, 2021-2025;
        2. jumlah rumah tangga usaha pertanian per kecamatan (ST2023);
        3. nilai produksi perikanan tangkap per tahun, 2021-2025.

        Terima kasih atas bantuan Bapak/Ibu.

        Salam,
        Gung Bagus Dharmayasa
        Analis Kredit UMKM
        Bank BPD Bali KC Negara

        ---
        PERHATIAN: Informasi dalam email ini dan lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. PT Bank Pembangunan Daerah Bali tidak bertanggung jawab atas kerugian yang timbul akibat virus atau perubahan isi email ini. Bank BPD Bali berizin dan diawasi oleh Otoritas Jasa Keuangan (OJK) serta merupakan peserta penjaminan LPS.
        '''), name='Anak Agung Ngurah Bagus Dharmayasa', inst='Bank BPD Bali Kantor Cabang Negara', **F)

    C('f40-req-hospital-secretary-for-director', 'gmail', 'Novi Antari', 'sekretariat.rsbhaktihusada@gmail.com',
      'Permohonan data untuk studi kelayakan layanan baru', T('''
        Selamat pagi,

        Saya Luh Gede Novi Antari, sekretaris direksi RS Bhakti Husada Jembrana. Atas arahan Direktur kami, dr. Made Oka Wiryawan, Sp.PD, rumah sakit berencana membuka layanan hemodialisis dan klinik geriatri pada 2027. Untuk studi kelayakan kami mohon bantuan data:

        1. jumlah penduduk usia 45 tahun ke atas per kecamatan, 2025 dan proyeksi 2030;
        2. persentase penduduk yang memiliki jaminan kesehatan, Kabupaten Jembrana;
        3. angka kesakitan penduduk, 2021-2025.

        Terima kasih atas kerja samanya.

        Hormat saya,
        Novi Antari
        Sekretaris Direksi
        RS Bhakti Husada Jembrana
        '''), name='Luh Gede Novi Antari', inst='RS Bhakti Husada Jembrana', **F)

    C('f40-req-en-consulate-japan-researcher', 'outlook', 'TANABE Hiroshi', 'hiroshi.tanabe@dp.mofa.go.jp',
      'Request for economic statistics of Jembrana Regency', T('''
        Dear Sir/Madam,

        My name is Hiroshi Tanabe and I work as a researcher at the Consulate-General of Japan in Denpasar. As part of our regular reporting on the regional economies within our jurisdiction, I would like to request the following data for Jembrana Regency:

        1. GRDP at current and constant prices by industry, 2021-2025;
        2. the number of foreign guests staying in accommodation, by nationality if available;
        3. the number of Japanese nationals residing in Jembrana, if BPS has this figure.

        Thank you very much for your kind assistance.

        Best regards,
        Hiroshi Tanabe
        Researcher
        Consulate-General of Japan in Denpasar
        '''), name='Hiroshi Tanabe', inst='Consulate-General of Japan in Denpasar', lang='en', **F)

    C('f40-req-en-homestay-owner-medewi', 'gmail', 'Emma K', 'emma.oceanbreeze@gmail.com', 'Tourism numbers for Jembrana?', T('''
        Hi there,

        I'm Emma Kowalski, I run Ocean Breeze Homestay in Medewi together with my husband. We're thinking of adding four more rooms and our bank in Denpasar asked for some numbers about tourism in the area. Would you have:
        - the number of foreign visitors staying in Jembrana per year, 2019-2025;
        - the occupancy rate of non-star accommodation in Jembrana?

        Thanks heaps!
        Emma
        '''), name='Emma Kowalski', inst='Ocean Breeze Homestay', lang='en', **F)

    C('f40-req-farmer-no-institution-gabah-price', 'gmail', 'Made Sudarsana', 'madesudarsana1971@gmail.com',
      'Harga gabah', T('''
        Selamat siang pak/bu,

        Nama saya Made Sudarsana, saya petani biasa di Desa Penyaringan, bukan dari instansi mana-mana. Saya mau tanya rata-rata harga gabah kering panen di tingkat petani di Jembrana bulan Oktober dan November 2026, karena tengkulak di desa kami menawar sangat murah. Kalau ada data harga gabah bulanan tahun 2025 juga boleh.

        Terima kasih banyak.
        '''), name='Made Sudarsana', **F)

    C('f40-req-civil-servant-writes-privately-history', 'gmail', 'Agus Salim Hasibuan', 'agussalimhsb@gmail.com',
      'Data penduduk Loloan dari sensus lama', T('''
        Selamat malam Bapak/Ibu,

        Saya Agus Salim Hasibuan. Sebelumnya mohon maaf, walaupun saya bekerja di salah satu kantor pemerintahan, permintaan ini saya ajukan secara pribadi untuk keperluan menulis buku sejarah kampung Loloan. Saya memerlukan data jumlah penduduk Kelurahan Loloan Barat dan Loloan Timur dari sensus 1971, 1980, 1990, 2000, 2010 dan 2020, kalau memang tersedia.

        Terima kasih atas waktunya.

        Agus Salim Hasibuan
        '''), name='Agus Salim Hasibuan', **F)

    C('f40-req-no-intro-mother-baby-shop-iphone', 'iphone', 'Yuyun', 'yuyun.lestari88@icloud.com', 'tanya data', T('''
        Permisi kak mau tanya, ada data jumlah bayi lahir per tahun di jembrana gak? dr 2020 sampe 2025. mau buka toko perlengkapan bayi di negara hehe. makasih kak

        Dikirim dari iPhone saya
        '''), **F)

    C('f40-req-en-no-name-population-by-age', 'gmail', 'J. Morales', 'jmorales.data@gmail.com', 'Population data', T('''
        Hi, could you send me the population of Jembrana by five-year age group and sex for 2025? An Excel file would be great. Thanks.
        '''), lang='en', **F)

    C('f40-req-vague-en-surfer-retiree', 'gmail', 'Graham Pickering', 'gpickering56@bigpond.com', 'General enquiry', T('''
        G'day,

        My name is Graham Pickering. I've been coming to Medewi for the surf for almost thirty years and I'm always curious about how the area is changing. Is there any general information about Jembrana that you could point me to? Just out of interest really.

        Cheers,
        Graham
        '''), name='Graham Pickering', req=False, lang='en', **F)

    C('f40-req-vague-min-mau-tanya-dong', 'plain', 'kadek', 'kadekk.ptr02@gmail.com', 'tanya', T('''
        min mau tanya dong, bisa dibantu gk?

        Dikirim dari perangkat Android saya
        '''), req=False, **F)

    C('f40-req-docx-form-pointed-at-dhyana-pura', 'html_only', 'Candra Dewi', 'candradewi.undhira@gmail.com',
      'Formulir permintaan data', T('''
        Selamat siang Bapak/Ibu,

        Bersama ini saya kirimkan formulir permintaan data yang sudah saya isi (terlampir), sesuai format yang ada di website BPS Kabupaten Jembrana. Saya Gusti Ayu Made Candra Dewi dari Universitas Dhyana Pura.

        Terima kasih atas bantuannya.

        Candra
        '''), name='Gusti Ayu Made Candra Dewi', inst='Universitas Dhyana Pura',
      attachments=[DOCX('Formulir_Permintaan_Data_Candra Dewi.docx')], **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f40-reply-gmail-identity-after-ask', 'gmail', 'Yuliana Lawa', 'yulianandapa@gmail.com',
      'Re: ' + SUBJ_ASK % 4001, T('''
        Selamat siang,

        Mohon maaf sebelumnya, saya lupa memperkenalkan diri. Saya Yuliana Ndapa Lawa, mahasiswi Program Studi Kesehatan Masyarakat di Universitas Airlangga, dan data balita per kecamatan itu untuk tugas akhir saya.

        Terima kasih, Bu/Pak.

        Yuliana
        '''), kind='reply', name='Yuliana Ndapa Lawa', inst='Universitas Airlangga', req=False,
      ticket='PST-2026-04001', quote=gq(ASK, 'id'), **rp(4001), **F)

    C('f40-reply-outlook-thanks-passed-to-team', 'outlook', 'Sri Utami', 'sriutami.disparbud@gmail.com',
      'RE: ' + SUBJ_DATA % 4002, T('''
        Selamat sore,

        Data sudah kami terima dengan baik dan sudah kami teruskan ke tim penyusun RIPPDA. Terima kasih atas responsnya yang cepat.

        Salam,
        Ni Luh Ketut Sri Utami
        Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana
        '''), kind='reply', name='Ni Luh Ketut Sri Utami', inst='Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana',
      req=False, ticket='PST-2026-04002',
      quote=oq(DELIV_ID % 4002, 'Sri Utami <sriutami.disparbud@gmail.com>', SUBJ_DATA % 4002, 'id'), **rp(4002), **F)

    C('f40-reply-iphone-udh-masuk-no-name', 'iphone', 'rizal', 'rizalfahmi.ei@gmail.com', 'Re: ' + SUBJ_DATA % 4003, T('''
        udh masuk kak filenya, makasih bnyk yaa 🙏🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-04003', quote=iq(DELIV_ID % 4003), **rp(4003), **F)

    C('f40-reply-yahoo-asks-earlier-years', 'yahoo', 'Rosalina Tambunan', 'rosalina.tbn@yahoo.com', 'Re: ' + SUBJ_DATA % 4004, T('''
        Selamat pagi Bapak/Ibu,

        Terima kasih, datanya sudah saya terima. Ternyata dosen penguji meminta seri yang lebih panjang, jadi apakah saya bisa dibantu juga data Gini Ratio dan PDRB per kapita Kabupaten Jembrana tahun 2005-2009?

        Terima kasih banyak.

        Rosalina br. Tambunan
        '''), kind='reply', name='Rosalina br. Tambunan', req=True, ticket='PST-2026-04004',
      quote=yq(DELIV_ID % 4004), **rp(4004), **F)

    C('f40-reply-thunderbird-bottom-cover-letter-pdf', 'thunderbird', 'A.A. Gede Raka Suarbawa', 'raka.suarbawa@warmadewa.ac.id',
      'Re: ' + SUBJ_LETTER % 4005, tq(LETTER_ID % 4005) + '\n\n' + T('''
        Selamat siang,

        Terlampir surat pengantar dari LPPM sesuai permintaan Bapak/Ibu. Mohon maaf agak terlambat karena menunggu tanda tangan Ketua LPPM.

        Salam,
        A.A. Gede Raka Suarbawa
        Universitas Warmadewa
        '''), kind='reply', name='A.A. Gede Raka Suarbawa', inst='Universitas Warmadewa', req=False,
      ticket='PST-2026-04005', attachments=[PDF('Surat Pengantar LPPM Warmadewa No 1187.pdf')], **rp(4005), **F)

    C('f40-reply-new-mail-status-ticket-in-body', 'gmail', 'Made Sumerta', 'pasiter.kodim1617@gmail.com',
      'Menanyakan permohonan data', T('''
        Selamat pagi, izin Bapak/Ibu.

        Mohon izin menanyakan perkembangan permohonan data kami dengan nomor tiket PST-2026-04006 yang kami kirim tanggal 16 November. Data tersebut akan kami paparkan dalam rapat koordinasi ketahanan pangan hari Senin depan.

        Terima kasih.

        Kapten Inf I Made Sumerta
        Pasiter Kodim 1617/Jembrana
        '''), kind='reply', name='Kapten Inf I Made Sumerta', inst='Kodim 1617/Jembrana', req=False,
      ticket='PST-2026-04006', **F)

    C('f40-reply-en-asks-definition-homestays', 'gmail', 'Thomas Whitfield', 't.whitfield@uq.edu.au', 'Re: ' + SUBJ_DATA % 4007, T('''
        Dear PST team,

        Many thanks for the tables, they are exactly what I needed. One question: in the accommodation table, does "pondok wisata" include the small family-run homestays near the rice fields, or only those registered with the tourism office? And are private villas counted separately?

        Best,
        Tom
        '''), kind='reply', name='Tom', req=True, lang='en', ticket='PST-2026-04007',
      quote=gq(DELIV_EN % 4007), **rp(4007), **F)

    C('f40-reply-html-only-corrects-name-spelling', 'html_only', 'Gung Is Trisna', 'gungistrisna@gmail.com',
      'Re: ' + SUBJ_ACK % 4008, T('''
        Om Swastyastu,

        Mohon izin koreksi, di email konfirmasi tertulis nama saya "Anak Agung Istri Mas Trisna Wati". Yang benar Anak Agung Istri Mas Trisnawati (tanpa spasi), karena nanti surat keterangan akan memakai nama tersebut.

        Suksma.
        '''), kind='reply', name='Anak Agung Istri Mas Trisnawati', req=False, ticket='PST-2026-04008',
      quote=gq(ACK % (4008, 'Anak Agung Istri Mas Trisna Wati', 'Pokdarwis Desa Wisata Budeng',
                      'Penduduk Desa Budeng menurut mata pencaharian; kunjungan wisatawan; pondok wisata'), 'id'),
      **rp(4008), **F)

    CHAIN = ('On Wed, Nov 25, 2026 at 8:47 AM PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n'
             + pre(DELIV_EN % 4009 + '\n\n'
                   + 'On Thu, Nov 19, 2026 at 3:02 PM Søren Kjærgaard <sk@cas.au.dk> wrote:\n\n'
                   + pre('Dear colleagues,\n\nThank you for the quick acknowledgement. For item 3, the '
                         'Agricultural Census 2023 figure alone would already be very helpful.\n\nBest,\nSøren\n\n'
                         'On Wed, Nov 18, 2026 at 10:15 AM PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n'
                         + pre(ACK % (4009, 'Søren Kjærgaard', 'Aarhus University',
                                      'Subak; rice production 2000-2025; average land holdings')))))
    C('f40-reply-latin1-en-thanks-long-chain', 'latin1', 'Søren Kjærgaard', 'sk@cas.au.dk', 'Re: ' + SUBJ_DATA % 4009, T('''
        Dear colleagues,

        Thank you, the census tables arrived safely. I have passed them on to my research assistant in Negara, who will only contact you if something is unclear.

        Tusind tak and best wishes,
        Søren
        '''), kind='reply', name='Søren', req=False, lang='en', ticket='PST-2026-04009', quote=CHAIN,
      **rp(4009), **F)

    C('f40-reply-android-adds-melaya-villages', 'plain', 'nyoman parwata', 'nyomanparwata68@gmail.com',
      'Re: ' + SUBJ_DATA % 4010, T('''
        Selamat sore Bapak/Ibu,

        Suksma datanya sudah kami terima. Kalau boleh, kami minta tambahan data populasi sapi per desa di Kecamatan Melaya tahun 2025 juga, karena sebagian anggota kelompok kami tinggal di Desa Blimbingsari dan Desa Ekasari.

        Nyoman Parwata
        Kelompok Tani Ternak Sari Merta

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='Nyoman Parwata', inst='Kelompok Tani Ternak Sari Merta', req=True,
      ticket='PST-2026-04010', quote=aq(DELIV_ID % 4010), **rp(4010), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f40-rating-gmail-beri-nilai-empat-signature', 'gmail', 'Wayan Rusmini', 'rusmini.gizi@gmail.com',
      'Re: ' + SUBJ_RATE % 4021, T('''
        Selamat siang,

        Saya beri nilai 4. Pelayanannya cepat dan petugasnya ramah, hanya saja data per desa belum tersedia sehingga kami memakai data kecamatan.

        Terima kasih,
        Ni Wayan Rusmini
        UPTD Puskesmas Pekutatan II
        '''), kind='rating', rating=4, name='Ni Wayan Rusmini', inst='UPTD Puskesmas Pekutatan II', req=False,
      ticket='PST-2026-04021', quote=gq(RATE_ID % 4021, 'id'), **rp(4021), **F)

    C('f40-rating-iphone-five-star-gercep', 'iphone', 'Ayu', 'ayuu.prtw@icloud.com', 'Re: ' + SUBJ_RATE % 4022, T('''
        5 ⭐ mantap kak, gercep bgt

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-04022', quote=iq(RATE_ID % 4022), **rp(4022), **F)

    C('f40-rating-en-outlook-three-of-five-reasons', 'outlook', 'TANABE Hiroshi', 'hiroshi.tanabe@dp.mofa.go.jp',
      'RE: ' + SUBJ_RATE % 4023, T('''
        Hello,

        I would rate the service 3 out of 5. The staff were friendly, but it took nine working days to receive the tables, and two of the three items I asked for were not available.

        Regards,
        Hiroshi Tanabe
        Consulate-General of Japan in Denpasar
        '''), kind='rating', rating=3, name='Hiroshi Tanabe', inst='Consulate-General of Japan in Denpasar', req=False,
      lang='en', ticket='PST-2026-04023',
      quote=oq(RATE_EN % 4023, 'TANABE Hiroshi <hiroshi.tanabe@dp.mofa.go.jp>', SUBJ_RATE % 4023), **rp(4023), **F)

    C('f40-rating-yahoo-empat-in-words', 'yahoo', 'wayan sudiarsa', 'sudiarsa_geo@yahoo.co.id', 'Re: ' + SUBJ_RATE % 4024, T('''
        Nilai saya empat ya Bu. Terima kasih sudah dibantu, anak-anak jadi semangat belajar pakai data asli.

        Wayan Sudiarsa

        Dikirim dari Yahoo Mail di Android
        '''), kind='rating', rating=4, name='Wayan Sudiarsa', req=False, ticket='PST-2026-04024',
      quote=yq(RATE_ID % 4024), **rp(4024), **F)

    C('f40-rating-android-one-tdk-ada-gmn', 'plain', 'Ketut Ardana', 'ketutardana.bpbd@gmail.com', 'Re: ' + SUBJ_RATE % 4025, T('''
        nilai 1. sy minta data per banjar tdk ada, per desa jg tdk ada, cuma dikasih link website. gmn mau bikin rencana kontinjensi kalau begini.

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=1, req=False, ticket='PST-2026-04025', quote=aq(RATE_ID % 4025), **rp(4025), **F)

    C('f40-rating-new-mail-numbers-before-score', 'outlook', 'Kecamatan Melaya', 'kec.melaya@jembranakab.go.id',
      'Penilaian layanan tiket PST-2026-04026', T('''
        Yth. PST BPS Kabupaten Jembrana,

        Menanggapi permintaan penilaian atas layanan data tanggal 16-20 November 2026 (3 tabel, 2 kali konsultasi melalui telepon), kami memberikan nilai 5 (sangat puas).

        Hormat kami,
        I Nengah Sukarya
        Kasi Pemerintahan
        Kantor Camat Melaya
        '''), kind='rating', rating=5, name='I Nengah Sukarya', inst='Kantor Camat Melaya', req=False,
      ticket='PST-2026-04026', **F)

    C('f40-rating-thunderbird-bottom-dua-kurang-puas', 'thunderbird', 'Yohana Lodo', 'yoha004@brin.go.id',
      'Re: ' + SUBJ_RATE % 4027, tq(RATE_ID % 4027) + '\n\n' + T('''
        Nilai: 2 (kurang puas).
        Surat pengantar sudah kami kirim tanggal 10 November, tetapi data baru dikirim tanggal 24 November, itu pun tanpa penjelasan mengenai data komuter yang tidak tersedia.

        Yohana Lodo
        Pusat Riset Kependudukan BRIN
        '''), kind='rating', rating=2, name='Yohana Lodo', inst='Pusat Riset Kependudukan BRIN', req=False,
      ticket='PST-2026-04027', **rp(4027), **F)

    C('f40-rating-html-only-lima-dari-lima-dinas', 'html_only', 'Dinas Kesehatan Kab. Jembrana', 'dinkes@jembranakab.go.id',
      'Re: ' + SUBJ_RATE % 4028, T('''
        Om Swastyastu,

        Kami sangat puas dengan pelayanan PST. Nilai 5 dari 5. Data proyeksi penduduk per desa sangat membantu penetapan sasaran program kesehatan tahun depan.

        Suksma,
        Subbagian Perencanaan
        Dinas Kesehatan Kabupaten Jembrana
        '''), kind='rating', rating=5, inst='Dinas Kesehatan Kabupaten Jembrana', req=False, ticket='PST-2026-04028',
      quote=gq(RATE_ID % 4028, 'id'), **rp(4028), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f40-complaint-no-answer-two-weeks-papuan', 'gmail', 'Yakobus Tabuni', 'yakobustabuni21@gmail.com',
      'Belum ada balasan permohonan data', T('''
        Selamat siang Bapak Ibu,

        Saya Yakobus Tabuni, mahasiswa Universitas Musamus. Sa su kirim email permohonan data padi tanggal 5 November, sampai hari ini belum ada balasan sama sekali. Sa juga su telepon ke nomor kantor dua kali tapi tidak diangkat. Padahal di website ditulis permintaan dibalas paling lambat 3 hari kerja. Mohon perhatiannya, karena sa pu jadwal ujian proposal tinggal dua minggu.

        Terima kasih.
        Yakobus
        '''), kind='complaint', name='Yakobus Tabuni', inst='Universitas Musamus', req=False, **F)

    C('f40-complaint-bappeda-figures-differ-formal', 'outlook', 'Komang Wiryadana', 'wiryadana.bappeda@jembranakab.go.id',
      'Perbedaan angka jumlah penduduk 2025 pada publikasi dan website', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dengan hormat, kami menyampaikan keberatan atas perbedaan angka jumlah penduduk Kabupaten Jembrana tahun 2025 antara publikasi "Kabupaten Jembrana Dalam Angka 2026" (halaman 47: 325.713 jiwa) dan tabel dinamis di website BPS Kabupaten Jembrana (323.990 jiwa). Perbedaan ini menimbulkan pertanyaan dari DPRD pada rapat pembahasan KUA-PPAS tanggal 12 November 2026 dan menyulitkan kami sebagai perencana.

        Kami mohon ke depan angka yang dipublikasikan di seluruh kanal BPS diseragamkan, atau setidaknya disertai catatan bila terdapat revisi.

        Hormat kami,

        Ir. I Komang Wiryadana, M.T.
        Kepala Bidang Perencanaan Pemerintahan dan Pembangunan Manusia
        Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana
        '''), kind='complaint', name='Ir. I Komang Wiryadana',
      inst='Badan Perencanaan Pembangunan Daerah Kabupaten Jembrana', req=False, **F)

    C('f40-complaint-iphone-anon-door-closed-early', 'iphone', 'Bagus', 'bagus.gmk@icloud.com', 'jam layanan', T('''
        Bapak2 ibu2 BPS, td sy dtg jam 2 siang ke kantor mau minta data, udh jauh2 dr gilimanuk, eh ruang PST udh ditutup, katanya petugasnya lg rapat. Di google jam layanan smp jam 3.30. Gmn sih, tolong jam layanan ditepati dong. Kecewa.

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, **F)

    C('f40-complaint-en-suggestion-csv-downloads', 'gmail', 'Thomas Whitfield', 't.whitfield@uq.edu.au',
      'Suggestion: machine-readable downloads', T('''
        Dear BPS Jembrana,

        A suggestion from a regular user of your website: most tables can only be downloaded as PDF, or as Excel files with merged cells and multi-row headers, which makes them hard to process automatically. It would help researchers a great deal if the dynamic tables could also be downloaded as plain CSV, or through the BPS Web API with the same table IDs as on the regency website.

        Kind regards,
        Thomas Whitfield
        The University of Queensland
        '''), kind='complaint', name='Thomas Whitfield', inst='The University of Queensland', req=False, lang='en', **F)

    C('f40-complaint-reply-wrong-villages-sent', 'gmail', 'Marlina Sitanggang', 'marlina@pelitapesisir.or.id',
      'Re: ' + SUBJ_DATA % 4031, T('''
        Halo tim PST,

        Mohon maaf, tapi file yang dikirim berisi data Desa Pengambengan dan Desa Tegal Badeng, bukan Desa Perancak dan Desa Budeng seperti yang kami minta. Kami sudah menunggu dua minggu dan sekarang harus menunggu lagi, padahal proposal ke donor harus masuk akhir bulan ini. Please lebih teliti membaca permintaan.

        Marlina Sitanggang
        Yayasan Pelita Pesisir Nusantara
        '''), kind='complaint', name='Marlina Sitanggang', inst='Yayasan Pelita Pesisir Nusantara', req=False,
      ticket='PST-2026-04031', quote=gq(DELIV_ID % 4031, 'id'), **rp(4031), **F)

    C('f40-complaint-yahoo-enumerator-no-id-card', 'yahoo', 'made suciati', 'madesuciati75@yahoo.com',
      'Keluhan petugas survei', T('''
        Selamat sore,

        Saya Ni Made Suciati, warga Banjar Dauh Pasar, Kelurahan Banjar Tengah. Saya ingin menyampaikan keluhan tentang petugas survei BPS yang datang ke rumah saya hari Sabtu kemarin. Petugas tersebut tidak memakai tanda pengenal, memaksa masuk ketika suami saya tidak di rumah, dan berbicara dengan nada tinggi ketika saya minta melihat surat tugasnya dulu. Saya bukan tidak mau didata, tapi tolong petugasnya dibina.

        Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Ni Made Suciati', req=False, **F)

    C('f40-complaint-html-only-wheelchair-access', 'html_only', 'PPDI Jembrana', 'ppdi.jembrana@gmail.com',
      'Saran aksesibilitas ruang layanan', T('''
        Salam inklusi,

        Kami dari Persatuan Penyandang Disabilitas Indonesia (PPDI) Kabupaten Jembrana ingin menyampaikan saran. Ruang Pelayanan Statistik Terpadu berada di lantai dua dan tidak ada lift maupun ramp, sehingga anggota kami yang memakai kursi roda tidak dapat datang langsung. Minggu lalu salah satu anggota kami terpaksa dilayani di tangga. Kami berharap ke depan ada meja layanan di lantai satu atau layanan jemput data untuk penyandang disabilitas.

        Terima kasih atas perhatiannya.

        I Putu Agus Swastika
        Ketua PPDI Kabupaten Jembrana
        '''), kind='complaint', name='I Putu Agus Swastika',
      inst='Persatuan Penyandang Disabilitas Indonesia (PPDI) Kabupaten Jembrana', req=False, **F)

    C('f40-complaint-fee-caller-new-mail-ticket-subject', 'plain', 'Hendra Wijaya', 'hendrawijaya.sinarjaya@gmail.com',
      'Keberatan: diminta biaya data (tiket PST-2026-04032)', T('''
        Selamat pagi,

        Saya Hendra Wijaya Liem. Terkait permintaan data saya dengan tiket PST-2026-04032, kemarin ada yang menelepon mengaku petugas BPS dan meminta saya transfer Rp350.000 sebagai "biaya pengolahan data" ke rekening pribadi. Setahu saya data BPS gratis. Kalau itu benar petugas BPS, saya keberatan. Kalau bukan, tolong diumumkan supaya orang lain tidak tertipu.

        Hendra
        '''), kind='complaint', name='Hendra Wijaya Liem', req=False, ticket='PST-2026-04032', **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f40-ooo-outlook-id-dinas-luar-headers', 'outlook', 'Komang Wiryadana', 'wiryadana.bappeda@jembranakab.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 4041, T('''
        Terima kasih atas email Bapak/Ibu.

        Saya sedang melaksanakan perjalanan dinas ke Jakarta tanggal 23-27 November 2026 dengan akses email terbatas. Untuk urusan yang mendesak, silakan menghubungi Sekretariat Bappeda Kabupaten Jembrana di (0365) 41xxx.

        Salam,
        I Komang Wiryadana
        '''), kind='auto_reply', req=False, ticket='PST-2026-04041',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(4041), **F)

    C('f40-ooo-gmail-en-fieldwork-xautoreply', 'gmail', 'Marlina Sitanggang', 'marlina@pelitapesisir.or.id',
      'Out of Office: ' + SUBJ_ACK % 4042, T('''
        Hi,

        Thanks for your message. I'm in the field in Karangasem and Bangli until 4 December with very limited signal, and will reply as soon as I'm back in Denpasar. For urgent matters about the Coastal Livelihoods programme, please write to info@pelitapesisir.or.id.

        Marlina
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-04042',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(4042), **F)

    C('f40-ooo-yahoo-body-only-group-mailbox', 'yahoo', 'KETUT SUARDANA', 'segaramina.pgb@yahoo.com',
      'Re: ' + SUBJ_RATE % 4043, T('''
        *** Pesan ini dibalas secara otomatis ***

        Terima kasih telah menghubungi Kelompok Nelayan Segara Mina. Email ini hanya dibuka seminggu sekali. Untuk keperluan cepat silakan hubungi Pak Ketut di 0813-3745-xxxx.
        '''), kind='auto_reply', req=False, ticket='PST-2026-04043', **rp(4043), **F)

    C('f40-ooo-bank-contact-centre-own-ticket', 'gmail', 'Contact Center Bank BPD Bali', 'noreply-cc@bpdbali.co.id',
      '[INC-2026-11873] Re: ' + SUBJ_DATA % 4044, T('''
        Nasabah/Mitra yang terhormat,

        Terima kasih telah menghubungi Bank BPD Bali. Email Anda telah kami terima dan tercatat dengan nomor tiket INC-2026-11873. Petugas kami akan menindaklanjuti dalam 2 x 24 jam kerja.

        Email ini dikirim secara otomatis. Mohon tidak membalas email ini.

        Contact Center Bank BPD Bali
        '''), kind='auto_reply', req=False, ticket='PST-2026-04044',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(4044), **F)

    C('f40-ooo-html-only-japanese-english-bilingual', 'html_only', 'TANABE Hiroshi', 'hiroshi.tanabe@dp.mofa.go.jp',
      'Automatic reply: ' + SUBJ_ACK % 4045, T('''
        いつもお世話になっております。
        11月23日から12月1日まで出張のため不在にしております。

        Thank you for your email. I am away on a business trip from 23 November to 1 December with limited access to email, and will respond upon my return.

        Hiroshi Tanabe
        Consulate-General of Japan in Denpasar
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-04045',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(4045), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f40-dsn-postfix-user-unknown', dict(
        recipient='rizalfahmi.ie@gmail.com', original_message_id=OUR(4051, '7d40e2b9'),
        orig_subject=SUBJ_DATA % 4051, status='5.1.1'), 'PST-2026-04051', **F)

    D('f40-dsn-exchange-indonesian-mailbox-full', dict(
        recipient='dinsos@jembranakab.go.id', original_message_id=OUR(4052, '7d40e2b9'),
        orig_subject=SUBJ_ACK % 4052, status='5.2.2', mta='jembranakab.go.id',
        **{'from': 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@jembranakab.go.id>',
           'subject': 'Tidak terkirim: ' + SUBJ_ACK % 4052,
           'text': ('Pesan Anda ke dinsos@jembranakab.go.id tidak dapat dikirim.\n\n'
                    'Kotak surat penerima sudah penuh dan tidak dapat menerima pesan saat ini.\n\n'
                    'Tindakan yang Diperlukan\nCoba kirim ulang pesan nanti, atau hubungi penerima melalui cara lain.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: MX01.jembranakab.go.id\n'
                    'dinsos@jembranakab.go.id\n'
                    "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'")}),
      'PST-2026-04052', lang='id', **F)

    D('f40-dsn-gmail-address-not-found', dict(
        recipient='yuyun.lestari88@icloud.co', original_message_id=OUR(4053, '7d40e2b9'),
        orig_subject=SUBJ_ASK % 4053, status='5.1.2', mta='googlemail.com',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ("** Address not found **\n\n"
                    "Your message wasn't delivered to yuyun.lestari88@icloud.co because the domain icloud.co "
                    "couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
                    'The response from the remote server was:\n'
                    'DNS Error: DNS type \'mx\' lookup of icloud.co responded with code NXDOMAIN\n'
                    'Domain name not found: icloud.co')}),
      'PST-2026-04053', **F)

    D('f40-dsn-exim-delayed-24-hours', dict(
        recipient='kadek.dwimaharani@undiksha.ac.id', original_message_id=OUR(4054, '7d40e2b9'),
        orig_subject=SUBJ_RATE % 4054, status='4.4.1', action='delayed', mta='mail.undiksha.ac.id',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mail.undiksha.ac.id>',
           'subject': 'Warning: message 1wKq7T-0003Hd-5R delayed 24 hours',
           'text': ('This message was created automatically by mail delivery software.\n'
                    'A message that you sent has not yet been delivered to one or more of its\n'
                    'recipients after more than 24 hours on the queue on mail.undiksha.ac.id.\n\n'
                    'The message identifier is:     1wKq7T-0003Hd-5R\n'
                    'The subject of the message is: ' + SUBJ_RATE % 4054 + '\n\n'
                    'The address to which the message has not yet been delivered is:\n\n'
                    '  kadek.dwimaharani@undiksha.ac.id\n'
                    '    Delay reason: SMTP error from remote mail server after initial connection:\n'
                    '    421 4.4.1 Connection timed out\n\n'
                    'No action is required on your part. Delivery attempts will continue for\n'
                    'some time, and this warning may be repeated at intervals if the message\n'
                    'remains undelivered. Eventually the mail delivery software will give up,\n'
                    'and when that happens, the message will be returned to you.')}),
      'PST-2026-04054', **F)
