# corpus_fresh24.py: a twenty-fourth batch, written blind by another independent author who saw neither the parser nor its results (set "fresh24"; tickets PST-2026-024xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh24')

    # What our service sends, as it comes back quoted.
    S_ACK = '[PST-2026-%05d] Permintaan data Anda telah kami terima'
    S_ASK = '[PST-2026-%05d] Mohon lengkapi identitas pemohon'
    S_DATA = '[PST-2026-%05d] Data yang Anda minta'
    S_RATE = '[PST-2026-%05d] Layanan selesai - mohon penilaian Anda'
    S_LETTER = '[PST-2026-%05d] Mohon surat pengantar'
    DATA_ID = ('Yth. Bapak/Ibu,\n\nBersama ini kami kirimkan data yang Bapak/Ibu minta (tiket PST-2026-%05d) '
               'dalam lampiran. Apabila ada pertanyaan, silakan membalas email ini.\n\nSalam,\n'
               'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    DATA_EN = ('Dear Sir/Madam,\n\nPlease find attached the data you requested (ticket PST-2026-%05d). '
               'Should you have further questions, simply reply to this email.\n\nKind regards,\n'
               'Integrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nTiket PST-2026-%05d telah kami tutup. Kami mohon kesediaan Bapak/Ibu menilai '
               'layanan kami dengan skala 1 (sangat tidak puas) sampai 5 (sangat puas), cukup dengan membalas '
               'email ini.\n\nTerima kasih,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nTicket PST-2026-%05d has been closed. We would appreciate it if you rated our '
               'service on a scale from 1 (very dissatisfied) to 5 (very satisfied) by replying to this email.\n\n'
               'Thank you,\nIntegrated Statistical Services\nBPS-Statistics of Jembrana Regency')
    LETTER_ID = ('Yth. Bapak/Ibu,\n\nPermintaan data Bapak/Ibu (tiket PST-2026-%05d) sedang kami proses. Mohon '
                 'kirimkan surat pengantar dari kampus atau instansi dengan membalas email ini.\n\nSalam,\n'
                 'Pelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def arrows(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iphone_q(text, lang='id'):
        if lang == 'id':
            return ('Pada 24 Nov 2026, pukul 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n'
                    + arrows(text))
        return 'On Nov 24, 2026, at 8:47 AM, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + arrows(text)

    def android_q(text):
        return ('Pada Sel, 24 Nov 2026 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n'
                + arrows(text))

    def yahoo_id_q(text):
        return ('Pada Senin, 23 November 2026 pukul 09.14.22 WITA, PST BPS Kabupaten Jembrana '
                '<pst5101@bps.go.id> menulis:\n\n\n' + text)

    def tbird_q(text, lang='id'):
        if lang == 'id':
            return 'Pada 24/11/2026 08.47, PST BPS Kabupaten Jembrana menulis:\n' + arrows(text)
        return 'On 24/11/2026 08:47, PST BPS Kabupaten Jembrana wrote:\n' + arrows(text)

    def orig_q(text, to, subject):
        """Classic Outlook 'Original Message' separator."""
        return ('-----Original Message-----\nFrom: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Sent: Tuesday, 24 November 2026 8:47\nTo: %s\nSubject: %s\n\n%s' % (to, subject, text))

    def rp(n):
        return dict(in_reply_to=OUR(n, 'e52c7a90'), references=[OUR(n, 'e52c7a90')])

    # ==================== requests: villages, kelurahan, local government ====================

    C('f24-req-sekdes-tuwed-phone-abbrev', 'plain', 'kadek darmawan', 'kdkdarmawan88@gmail.com', 'data pddk', T('''
        slmt siang pak/bu
        sy kadek darmawan sekdes desa tuwed kec melaya. mohon dibantu data jml penduduk desa tuwed per banjar dinas sm jml KK miskin thn 2025 utk bahan musdes minggu dpn. kl ada yg per jenis kelamin jg boleh
        mksh bnyk 🙏

        Dikirim dari perangkat Android saya
        '''), name='kadek darmawan', inst='desa tuwed', **F)

    C('f24-req-kelurahan-letter-attached-only', 'gmail', 'Kelurahan Loloan Barat', 'kel.loloanbarat@gmail.com',
      'Surat Permohonan Data', T('''
        Assalamualaikum wr. wb. / Om Swastyastu,

        Bersama email ini kami kirimkan surat permohonan data dari Kelurahan Loloan Barat. Rincian data yang kami perlukan tercantum dalam surat terlampir.

        Atas perhatian dan bantuannya kami ucapkan terima kasih.

        Hormat kami,
        Siti Aisyah Baraqbah
        Kasi Pemerintahan
        Kelurahan Loloan Barat, Kecamatan Negara
        '''), name='Siti Aisyah Baraqbah', inst='Kelurahan Loloan Barat',
      attachments=[PDF('Surat Lurah Loloan Barat No 400.10-217-LB-2026.pdf')], **F)

    C('f24-req-dkp-formal-letter-in-body', 'outlook', 'Sekretariat DKP Jembrana', 'dkp@jembranakab.go.id',
      'Permohonan Data Statistik Perikanan', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KELAUTAN DAN PERIKANAN
        Jalan Ngurah Rai No. 9, Negara 82212, Telepon (0365) 41xxx

        Negara, 19 November 2026

        Nomor     : 500.5.5/612/DKP/2026
        Sifat     : Biasa
        Lampiran  : 1 (satu) berkas
        Perihal   : Permohonan Data

        Yth. Kepala Badan Pusat Statistik
        Kabupaten Jembrana
        di -
            Negara

        Dengan hormat,

        Dalam rangka penyusunan Rencana Strategis Dinas Kelautan dan Perikanan Kabupaten Jembrana Tahun 2027-2031, Dinas Kelautan dan Perikanan Kabupaten Jembrana memohon bantuan data sebagai berikut:

        1. Jumlah rumah tangga usaha perikanan tangkap dan budidaya per kecamatan hasil Sensus Pertanian 2023;
        2. PDRB subkategori perikanan atas dasar harga berlaku dan konstan tahun 2019-2025;
        3. Nilai Tukar Nelayan (NTN) dan Nilai Tukar Pembudi Daya Ikan (NTPi) Provinsi Bali tahun 2021-2025.

        Format tabel yang kami harapkan kami sertakan dalam lampiran. Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.

        Kepala Dinas Kelautan dan Perikanan
        Kabupaten Jembrana,

        ttd

        Ir. I Gusti Ngurah Bagus Adnyana, M.Si.
        Pembina Utama Muda
        NIP. 19690812 199503 1 006
        '''), name='Ir. I Gusti Ngurah Bagus Adnyana', inst='Dinas Kelautan dan Perikanan Kabupaten Jembrana',
      attachments=[DOCX('Format Tabel Data Renstra DKP.docx')], **F)

    C('f24-req-bapperida-staff-forwards-head-disposition', 'gmail', 'Kadek Sari Pratiwi', 'sari.pratiwi.bapperida@gmail.com',
      'Fwd: Disposisi - bahan rancangan awal RKPD 2028', T('''
        Selamat pagi Bapak/Ibu PST,

        Menindaklanjuti disposisi Kepala Badan di bawah ini, kami mohon bantuan data Kabupaten Jembrana untuk bahan rancangan awal RKPD 2028:
        1. laju pertumbuhan ekonomi, PDRB per kapita, TPT, persentase penduduk miskin dan Gini ratio, 2021-2025;
        2. IPM beserta komponennya (UHH, HLS, RLS, pengeluaran per kapita disesuaikan), 2021-2025.

        Mohon maaf waktunya mepet, kalau bisa sebelum hari Jumat.

        Salam,
        Ni Kadek Sari Pratiwi, S.E.
        Perencana Ahli Pertama
        Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan
        Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Jembrana

        ---------- Pesan terusan ---------
        Dari: Kepala Bapperida Jembrana <kaban.bapperida@jembranakab.go.id>
        Tanggal: Sen, 23 Nov 2026 pukul 07.41
        Subjek: Disposisi - bahan rancangan awal RKPD 2028
        Ke: Kadek Sari Pratiwi <sari.pratiwi.bapperida@gmail.com>


        Sari, tolong mintakan data makro terbaru ke BPS utk bahan ranwal RKPD 2028. Paling lambat Jumat sdh di meja saya.
        Trims.

        Dikirim dari ponsel
        '''), name='Ni Kadek Sari Pratiwi',
      inst='Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Jembrana', **F)

    C('f24-req-bpbd-no-person', 'outlook', 'Pusdalops BPBD Jembrana', 'pusdalops.bpbdjembrana@gmail.com',
      'Permohonan data kependudukan untuk kajian risiko bencana', T('''
        Selamat siang Bapak/Ibu,

        Kami dari Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Jembrana sedang memperbarui Kajian Risiko Bencana 2027-2031. Untuk menghitung komponen kerentanan sosial kami memerlukan data per desa/kelurahan se-Kabupaten Jembrana:

        - jumlah penduduk menurut jenis kelamin;
        - jumlah penduduk balita dan lansia (65+);
        - jumlah penyandang disabilitas, bila tersedia;
        - rasio jenis kelamin dan kepadatan penduduk.

        Data tahun 2025 atau yang paling mutakhir. Terima kasih atas kerja samanya.

        Salam tangguh,
        Pusdalops PB
        BPBD Kab. Jembrana
        '''), inst='Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Jembrana', **F)

    C('f24-req-puskesmas-midwife-yahoo', 'yahoo', 'sri utami', 'sriutami.bidan@yahoo.co.id', 'mohon data sasaran ibu hamil', T('''
        Selamat pagi Bapak/Ibu BPS,

        Saya Ni Luh Gede Sri Utami, Amd.Keb., bidan koordinator di UPTD Puskesmas Melaya I. Kami sedang menghitung sasaran program KIA tahun 2027. Mohon bantuan data jumlah penduduk perempuan usia 15-49 tahun dan jumlah bayi (0 tahun) per desa di wilayah Kecamatan Melaya, serta angka kelahiran kasar (CBR) Kabupaten Jembrana terbaru.

        Terima kasih, salam sehat.

        Bd. Sri Utami
        HP 0857-3821-xxxx

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Luh Gede Sri Utami', inst='UPTD Puskesmas Melaya I', **F)

    C('f24-req-hospital-batak-internist', 'outlook', 'dr. Rudolf H. Simanjuntak, Sp.PD', 'rudolf.simanjuntak@rsudharmahusada.co.id',
      'Permohonan data penduduk lansia dan pola penyakit', T('''
        Yth. Bapak/Ibu Petugas PST,

        Horas dan salam sejahtera. Perkenalkan, saya dr. Rudolf Hamonangan Simanjuntak, Sp.PD, Kepala Instalasi Rawat Inap di Rumah Sakit Umum Dharma Husada Negara. Manajemen kami sedang menyiapkan rencana pembukaan poliklinik geriatri dan ruang hemodialisis tambahan pada 2027.

        Sebagai dasar perhitungan kebutuhan, kami mohon data:
        1. jumlah penduduk usia 60 tahun ke atas per kecamatan, 2021-2025, beserta proyeksi 2030;
        2. persentase penduduk yang mempunyai keluhan kesehatan dan yang berobat jalan (Susenas), 2023-2025;
        3. persentase penduduk yang memiliki jaminan kesehatan, 2023-2025.

        Atas bantuan Bapak/Ibu saya ucapkan terima kasih.

        Hormat saya,
        dr. Rudolf H. Simanjuntak, Sp.PD
        Rumah Sakit Umum Dharma Husada Negara
        Jl. Udayana No. 31, Negara

        Email ini dan lampirannya bersifat rahasia. Jika Anda bukan penerima yang dimaksud, mohon segera menghapus email ini.
        '''), name='dr. Rudolf Hamonangan Simanjuntak', inst='Rumah Sakit Umum Dharma Husada Negara', **F)

    C('f24-req-party-office-secretary', 'gmail', 'DPC PGRN Jembrana', 'dpc.pgrn.jembrana@gmail.com',
      'Mohon data kemiskinan dan pengangguran per kecamatan', T('''
        Om Swastyastu, salam sejahtera.

        Dengan hormat, saya Drs. I Nyoman Sukadana, Sekretaris DPC Partai Gotong Royong Nusantara Kabupaten Jembrana. Kami sedang menyusun bahan kajian program kerakyatan yang akan kami usulkan melalui fraksi di DPRD. Agar usulan kami berdasar data resmi, mohon bantuan:

        a. jumlah dan persentase penduduk miskin Kabupaten Jembrana 2020-2025;
        b. tingkat pengangguran terbuka menurut jenis kelamin 2020-2025;
        c. jumlah penduduk per kecamatan 2025.

        Kami mengerti BPS bersifat independen; data ini semata-mata untuk bahan kajian internal.

        Om Santih, Santih, Santih Om.

        Hormat kami,
        Sekretaris,
        Drs. I Nyoman Sukadana
        '''), name='Drs. I Nyoman Sukadana', inst='DPC Partai Gotong Royong Nusantara Kabupaten Jembrana', **F)

    C('f24-req-pkk-village-chair', 'gmail', 'Made Ariasih', 'madeariasih.pkk@gmail.com', 'Permohonan Data untuk Lomba PKK', T('''
        Om Swastyastu,

        Selamat siang Bapak/Ibu. Saya Ni Made Ariasih, Ketua Tim Penggerak PKK Desa Yehembang Kangin. Desa kami ditunjuk mewakili Kecamatan Mendoyo dalam lomba desa tingkat kabupaten, dan tim penilai meminta data pendukung kondisi keluarga di desa kami.

        Mohon dibantu data:
        - jumlah keluarga dan jumlah penduduk Desa Yehembang Kangin menurut jenis kelamin;
        - jumlah balita dan lansia;
        - persentase rumah tangga yang memiliki jamban sendiri (kalau ada per desa).

        Mohon maaf kalau permintaannya kurang jelas, tiang baru pertama kali minta data ke BPS.

        Suksma.
        Ni Made Ariasih
        '''), name='Ni Made Ariasih', inst='Tim Penggerak PKK Desa Yehembang Kangin', **F)

    # ==================== requests: students, lecturers, researchers ====================

    C('f24-req-undiksha-student-overexplains', 'gmail', 'Diah Lestari', 'diahlestari.undiksha@gmail.com',
      'Permohonan Data Penelitian Skripsi (mohon maaf panjang)', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Sebelumnya saya mohon maaf apabila email ini agak panjang dan mungkin ada kata-kata yang kurang berkenan. Perkenalkan, nama saya Putu Ayu Diah Lestari Dewi, mahasiswi semester 8 Program Studi Pendidikan Ekonomi, Fakultas Ekonomi, Universitas Pendidikan Ganesha (Singaraja).

        Jadi begini Bapak/Ibu, awalnya judul skripsi saya tentang UMKM di Buleleng, tetapi setelah bimbingan ketiga dosen pembimbing saya menyarankan agar saya mengambil lokasi di kabupaten asal saya, yaitu Jembrana, karena datanya lebih mudah saya akses dan saya juga bisa turun ke lapangan saat pulang kampung. Judul saya sekarang kurang lebih "Analisis Pengaruh Nilai Tukar Petani dan Harga Gabah terhadap Kesejahteraan Rumah Tangga Petani Padi di Kabupaten Jembrana". Judul ini masih bisa berubah sedikit, tetapi variabelnya sudah disetujui.

        Oleh karena itu, saya memohon bantuan data sebagai berikut:
        1. Nilai Tukar Petani (NTP) subsektor tanaman pangan Provinsi Bali per bulan, Januari 2019 - Oktober 2026;
        2. harga gabah kering panen di tingkat petani di Kabupaten Jembrana per bulan, periode yang sama (kalau ada di tingkat kabupaten; kalau tidak ada, tingkat provinsi juga tidak apa-apa);
        3. jumlah rumah tangga usaha tanaman padi per kecamatan hasil ST2023.

        Saya sudah mencoba mencari di website, tetapi untuk harga gabah saya hanya menemukan yang tingkat nasional, dan saya kurang paham apakah itu boleh dipakai. Kalau ternyata data nomor 2 memang tidak tersedia, mohon saran Bapak/Ibu data pengganti apa yang sebaiknya saya gunakan.

        Surat pengantar dari fakultas sedang saya urus dan akan saya kirimkan menyusul begitu sudah ditandatangani Wakil Dekan.

        Sekali lagi mohon maaf atas panjangnya email ini, dan terima kasih banyak atas waktu dan bantuannya.

        Om Santih, Santih, Santih Om.

        Hormat saya,
        Diah
        NIM 2013021xxx
        WA 0819-3622-xxxx
        '''), name='Putu Ayu Diah Lestari Dewi', inst='Universitas Pendidikan Ganesha', **F)

    C('f24-req-itb-stikom-trailing-acronym', 'gmail', 'Arya Wiguna', 'aryawiguna.dev@gmail.com', 'Request data untuk dashboard TA', T('''
        Selamat siang Bapak/Ibu,

        Saya I Komang Arya Wiguna, mahasiswa Program Studi Sistem Informasi, Institut Teknologi dan Bisnis STIKOM Bali (ITB STIKOM Bali). Tugas akhir saya membuat dashboard interaktif indikator pembangunan untuk kabupaten-kabupaten di Bali, dan Jembrana jadi studi kasus pertama.

        Data yang saya butuhkan (kalau bisa format xlsx/csv):
        - jumlah penduduk per kecamatan 2015-2025
        - IPM 2015-2025
        - TPT dan TPAK 2015-2025
        - persentase penduduk miskin 2015-2025

        Terima kasih Bapak/Ibu.

        Salam,
        Arya
        '''), name='I Komang Arya Wiguna', inst='Institut Teknologi dan Bisnis STIKOM Bali', **F)

    C('f24-req-programme-only-no-university', 'gmail', 'Rina Oktaviani', 'rinaoktaviani.agb@gmail.com', 'Permohonan data kelapa', T('''
        Selamat sore Bapak/Ibu,

        Saya Rina Oktaviani, mahasiswi Prodi Agribisnis Fakultas Pertanian semester 7. Saat ini saya sedang menyusun proposal penelitian tentang pemasaran kopra dan minyak kelapa tradisional.

        Saya mohon data luas areal dan produksi kelapa dalam per kecamatan di Kabupaten Jembrana tahun 2020-2025, serta jumlah industri kecil pengolahan kelapa bila ada.

        Terima kasih banyak atas bantuannya.

        Salam hormat,
        Rina Oktaviani
        '''), name='Rina Oktaviani', **F)

    C('f24-req-unair-lab-researcher', 'outlook', 'Retno Wulandari', 'retno.wulandari@fisip.unair.ac.id',
      'Permohonan data: penelitian nelayan andon dan migrasi musiman', T('''
        Dengan hormat,

        Saya Dr. Retno Wulandari, M.A., peneliti pada Laboratorium Ekologi Manusia, Departemen Antropologi, Fakultas Ilmu Sosial dan Ilmu Politik Universitas Airlangga. Laboratorium kami sedang melakukan penelitian tentang nelayan andon asal Madura dan Jawa Timur yang musiman mendarat di Pengambengan dan Gilimanuk.

        Kami mohon bantuan data:
        1. jumlah penduduk Kecamatan Negara dan Kecamatan Melaya menurut suku bangsa atau provinsi kelahiran (SP2010 dan SP2020 bila ada);
        2. jumlah rumah tangga perikanan tangkap per desa pesisir (ST2023);
        3. produksi ikan lemuru per bulan, 2020-2025.

        Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

        Salam,
        Dr. Retno Wulandari, M.A.
        Lab. Ekologi Manusia - Dept. Antropologi FISIP UNAIR
        Kampus B, Jl. Dharmawangsa Dalam, Surabaya
        '''), name='Dr. Retno Wulandari', inst='Universitas Airlangga', **F)

    C('f24-req-need-only-in-subject-unram', 'gmail', 'Lalu Fajar', 'lalufajar.h@gmail.com',
      'Permohonan data IPM dan rata-rata lama sekolah Kab. Jembrana 2015-2025', T('''
        Selamat siang Bapak/Ibu, saya Lalu Fajar Hidayatullah, mahasiswa Universitas Mataram. Mohon bantuannya sesuai subjek email ini ya Pak/Bu. Terima kasih.
        '''), name='Lalu Fajar Hidayatullah', inst='Universitas Mataram', **F)

    C('f24-req-unsil-sundanese-iphone', 'iphone', 'Rizal Gumilar', 'rizalgumilar.unsil@icloud.com', 'Punten, nyuhunkeun data', T('''
        Sampurasun Bapak/Ibu, punten ngaganggu 🙏

        Abdi Rizal Gumilar, mahasiswa Universitas Siliwangi Tasikmalaya, jurusan Pendidikan Geografi. Abdi nuju nyusun skripsi ngeunaan alih fungsi lahan sawah di daerah pesisir, sareng Jembrana janten salah sahiji lokasi pembanding.

        Nyuhunkeun data luas lahan sawah per kecamatan di Kabupaten Jembrana taun 2015-2025 sareng jumlah rumah tangga petani padi. Upami aya data alih fungsi lahan oge, hatur nuhun pisan.

        Hatur nuhun kana bantosanana.

        Dikirim dari iPhone saya
        '''), name='Rizal Gumilar', inst='Universitas Siliwangi Tasikmalaya', **F)

    C('f24-req-umm-lecturer-javanese-greeting', 'gmail', 'Dwi Astuti Rahayuningsih', 'dwiastuti@umm.ac.id',
      'Nyuwun pirsa: data pengeluaran rumah tangga Jembrana', T('''
        Nuwun sewu, sugeng siang Bapak/Ibu,

        Kula Dwi Astuti Rahayuningsih, S.E., M.Si., dosen Program Studi Ekonomi Pembangunan Universitas Muhammadiyah Malang. Tim kami sedang meneliti pola konsumsi rumah tangga di kabupaten dengan basis pertanian dan perikanan di Jawa Timur dan Bali, dan Jembrana kami jadikan pembanding karena kedekatannya dengan Banyuwangi.

        Mohon bantuan data Kabupaten Jembrana:
        1. rata-rata pengeluaran per kapita sebulan menurut kelompok komoditas makanan dan bukan makanan, 2019-2025;
        2. distribusi penduduk menurut golongan pengeluaran per kapita, 2023-2025.

        Matur nuwun sanget atas bantuanipun. Monggo bila perlu surat resmi, segera kami kirimkan.

        Salam,
        Dwi Astuti R.
        '''), name='Dwi Astuti Rahayuningsih', inst='Universitas Muhammadiyah Malang', **F)

    C('f24-req-udayana-professor-signature-only', 'thunderbird', 'A.A. Gde Oka Suryawan', 'okasuryawan@unud.ac.id',
      'Permohonan data populasi sapi bali dan rumah tangga peternak', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Kami dari Fakultas Kedokteran Hewan sedang menyiapkan program pengabdian masyarakat tentang pencegahan penyakit jembrana dan peningkatan reproduksi sapi bali di Kecamatan Melaya dan Pekutatan pada tahun 2027. Untuk menentukan desa sasaran kami memohon data:

        1. populasi sapi bali per desa atau per kecamatan, 2021-2025;
        2. jumlah rumah tangga usaha peternakan sapi per kecamatan (ST2023);
        3. jumlah pemotongan ternak sapi per tahun, 2021-2025.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Prof. Dr. drh. Anak Agung Gde Oka Suryawan, M.Sc.
        Laboratorium Reproduksi Veteriner
        Fakultas Kedokteran Hewan Universitas Udayana
        Kampus Sudirman, Denpasar
        '''), name='Prof. Dr. drh. Anak Agung Gde Oka Suryawan', inst='Universitas Udayana', wrap=72, **F)

    C('f24-req-warmadewa-research-grant-team', 'outlook', 'Dayu Sri Widiastuti', 'srwidiastuti@warmadewa.ac.id',
      'Permohonan Data untuk Penelitian Hibah LPPM', T('''
        Selamat pagi Bapak/Ibu,

        Saya Ida Ayu Made Sri Widiastuti, ketua tim peneliti hibah internal LPPM Universitas Warmadewa tahun 2026/2027. Penelitian kami berjudul "Ketahanan Ekonomi Rumah Tangga Pekerja Pariwisata di Bali Barat Pascapandemi".

        Data yang kami mohon:
        - jumlah penduduk bekerja menurut lapangan usaha dan jenis kelamin, Kabupaten Jembrana, Agustus 2019-2026;
        - rata-rata upah/gaji bersih pekerja sektor penyediaan akomodasi dan makan minum, 2019-2026;
        - tingkat penghunian kamar hotel per bulan, 2019-2026.

        Terima kasih atas kerja samanya.

        Salam,
        Dayu Sri
        '''), name='Ida Ayu Made Sri Widiastuti', inst='Universitas Warmadewa', **F)

    C('f24-req-en-leiden-phd-signature', 'gmail', 'Joost van Rijswijk', 'j.van.rijswijk@hum.leidenuniv.nl',
      'Request for village-level statistics (PhD fieldwork)', T('''
        Dear PST colleagues,

        I'm writing to ask for some statistics ahead of my fieldwork in Jembrana, which starts in February. My dissertation looks at how Muslim and Hindu communities in Loloan and the surrounding villages share land, water and market space, and I'd like to anchor the ethnography in some basic numbers.

        Would it be possible to receive:
        1. population by religion for each desa/kelurahan in Kecamatan Negara and Kecamatan Jembrana (latest available);
        2. number of markets, mosques and temples per desa (Podes 2024);
        3. the main source of livelihood of the majority of residents per desa (Podes).

        I'm happy to fill in any form or send a letter from my supervisor.

        With many thanks and kind regards,

        Joost van Rijswijk
        PhD Candidate
        Leiden Institute for Area Studies (LIAS)
        Leiden University, the Netherlands
        '''), name='Joost van Rijswijk', inst='Leiden University', lang='en', **F)

    C('f24-req-french-phd-broken-indonesian', 'latin1', 'Camille Lefèvre', 'camille.lefevre@univ-lyon2.fr',
      'Permintaan data tentang nelayan perempuan', T('''
        Selamat pagi Bapak dan Ibu,

        Nama saya Camille Lefèvre. Saya mahasiswi S3 (doktor) di Université Lumière Lyon 2, di Prancis. Maaf, bahasa Indonesia saya belum bagus, saya belajar sendiri dan di Yogya tiga bulan.

        Saya mau meneliti tentang perempuan yang bekerja di ikan, misalnya jual ikan atau membuat pindang, di Jembrana. Saya mau minta data:
        - berapa orang perempuan yang kerja di perikanan di Kabupaten Jembrana, kalau bisa tahun 2015 sampai 2025;
        - berapa usaha pindang atau ikan asin di setiap kecamatan.

        Kalau ada biaya, tolong kasih tahu saya. Terima kasih banyak atas bantuannya!

        Salam hangat,
        Camille
        '''), name='Camille Lefèvre', inst='Université Lumière Lyon 2', **F)

    C('f24-req-en-nus-trailing-acronym', 'gmail', 'Clara Tan', 'clara.tan.ml@u.nus.edu', 'Data request - ferry crossings and tourism, Gilimanuk', T('''
        Dear Sir or Madam,

        My name is Clara Tan Mei Ling, a PhD student in the Department of Geography, National University of Singapore (NUS). My research is on how the Ketapang-Gilimanuk ferry corridor shapes the economy of the towns at either end.

        I would be grateful for the following data for Jembrana Regency:
        - monthly passengers and vehicles crossing via Gilimanuk port, 2018-2025;
        - number of accommodation establishments and rooms in Kecamatan Melaya, 2018-2025;
        - GRDP by industry for transportation and storage, 2018-2025.

        Thank you for your kind help.

        Best regards,
        Clara
        '''), name='Clara Tan Mei Ling', inst='National University of Singapore', lang='en', **F)

    C('f24-req-poltekkes-student-lowercase-chat', 'gmail', 'nabila zahra', 'nabilazhr07@gmail.com', 'minta data stunting', T('''
        halo kak selamat malam, maaf ganggu
        aku Nabila Zahra dr poltekkes kemenkes denpasar jurusan gizi, lg nyusun KTI ttg stunting. mau minta data prevalensi balita stunting sm persentase rumah tangga yg punya akses air minum layak di kab jembrana 2021-2025 kak
        kalo data stunting bukan di bps, kira2 aku harus minta kemana ya kak? makasih bnyk kak 🙏😊
        '''), name='Nabila Zahra', inst='poltekkes kemenkes denpasar', **F)

    C('f24-req-resends-own-mail-as-attachment', 'gmail', 'Yohanes Kelen', 'yohaneskelen21@gmail.com', 'Fwd: Permohonan data untuk skripsi', T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf, email terlampir sebelumnya saya kirim ke BPS Provinsi Bali, lalu saya diarahkan untuk menghubungi BPS Kabupaten Jembrana. Isi permohonan saya ada di email terlampir. Mohon dibantu.

        Salam,
        Yohanes
        '''), name='Yohanes Bosco Kelen', inst='Universitas Katolik Widya Mandira',
      attach_message=dict(
          client='gmail', from_name='Yohanes Kelen', from_addr='yohaneskelen21@gmail.com',
          to='BPS Provinsi Bali <bps5100@bps.go.id>', subject='Permohonan data untuk skripsi',
          date='Thu, 19 Nov 2026 14:03:11 +0800', body=T('''
            Selamat siang Bapak/Ibu,

            Saya Yohanes Bosco Kelen, mahasiswa Program Studi Manajemen, Universitas Katolik Widya Mandira Kupang. Skripsi saya tentang pekerja asal NTT di industri pengolahan ikan di Bali. Saya mohon data jumlah tenaga kerja industri pengolahan ikan di Kabupaten Jembrana 2020-2025 dan jumlah penduduk Jembrana yang lahir di NTT (SP2020).

            Terima kasih, Tuhan memberkati.

            Yohanes Bosco Kelen
            ''')), **F)

    # ==================== requests: schools, pupils, parents ====================

    C('f24-req-smp-social-studies-teacher-yahoo', 'yahoo', 'wayan sukerti', 'wynsukerti74@yahoo.co.id', 'Mohon data utk projek P5', T('''
        Om Swastyastu.
        Selamat pagi Bapak/Ibu. Saya Ni Wayan Sukerti, S.Pd., guru IPS di SMP Negeri 3 Mendoyo. Kelas VIII kami sedang menjalankan projek P5 bertema "Kearifan Lokal dan Ekonomi Desaku". Saya mohon data sederhana yang mudah dipahami anak-anak: jumlah penduduk per desa di Kecamatan Mendoyo, mata pencaharian utama penduduk, dan jumlah pasar/toko di tiap desa. Kalau ada infografis atau poster dari BPS yang bisa kami cetak, itu lebih baik lagi.
        Suksma.
        Bu Sukerti

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Wayan Sukerti', inst='SMP Negeri 3 Mendoyo', **F)

    C('f24-req-mother-child-homework-pribadi', 'iphone', 'Ratih', 'ratihpuspita.mama@icloud.com', 'Tanya data utk PR anak', T('''
        Selamat malam Bapak/Ibu, maaf mengganggu malam2.

        Saya Ratih Puspitasari, mamanya Kayla yang kelas 6 SD. Anak saya dapat PR disuruh cari data jumlah penduduk Kabupaten Jembrana 5 tahun terakhir dan jumlah penduduk Kecamatan Negara, nanti dibuat grafik batang. Sudah cari di internet tapi angkanya beda2, saya bingung mana yang benar.

        Saya bukan dari instansi apa2 ya Pak/Bu, cuma orang tua murid 🙏 Terima kasih banyak sebelumnya.

        Dikirim dari iPhone saya
        '''), name='Ratih Puspitasari', **F)

    C('f24-req-smk-pupil-balinese-greeting', 'gmail', 'komang budi', 'komangbudi.tkj@gmail.com', 'permohonan data tugas', T('''
        Om swastyastu kak,
        tiang Komang Budi Artawan, siswa kelas XII TKJ SMK Negeri 1 Negara. Tiang ada tugas mata pelajaran PKK (produk kreatif dan kewirausahaan) disuruh bikin analisis peluang usaha warnet/jasa servis HP di Jembrana.
        Tiang nunas data persentase penduduk yang menggunakan internet dan yang memiliki HP di Kabupaten Jembrana tahun 2022-2025 kak.
        Suksma kak 🙏
        '''), name='Komang Budi Artawan', inst='SMK Negeri 1 Negara', **F)

    C('f24-req-mts-head-all-capitals', 'plain', 'MTSN 2 JEMBRANA', 'mtsn2jembrana@gmail.com', 'PERMOHONAN DATA', T('''
        ASSALAMUALAIKUM WR. WB.

        YTH. BAPAK/IBU KEPALA BPS KABUPATEN JEMBRANA

        KAMI DARI MTs NEGERI 2 JEMBRANA MOHON BANTUAN DATA JUMLAH PENDUDUK USIA 13-15 TAHUN PER DESA DI KECAMATAN MELAYA DAN JUMLAH PENDUDUK BERAGAMA ISLAM PER DESA DI KECAMATAN MELAYA TAHUN 2025. DATA AKAN DIGUNAKAN UNTUK ANALISIS PENERIMAAN PESERTA DIDIK BARU TAHUN PELAJARAN 2027/2028.

        ATAS BANTUANNYA KAMI UCAPKAN TERIMA KASIH.

        WASSALAMUALAIKUM WR. WB.

        KEPALA MADRASAH
        H. ABDUL KADIR JAELANI, S.Ag., M.Pd.I.
        '''), name='H. ABDUL KADIR JAELANI', inst='MTs NEGERI 2 JEMBRANA', **F)

    # ==================== requests: media ====================

    C('f24-req-tribun-journalist-deadline-iphone', 'iphone', 'Dewa Ayu Ratna', 'dewaayuratna.tribun@gmail.com', 'URGENT data utk berita', T('''
        Pak/Bu selamat pagi, sy Dewa Ayu Ratna Sari wartawan Tribun Bali. Mohon bantuan data pertumbuhan ekonomi Jembrana 2025 dan angka kemiskinan terbaru (Maret 2026) + jumlah penduduk miskin. Deadline sy jam 4 sore ini, mohon bgt dibantu cepat ya 🙏 bisa juga via WA 0812-4677-xxxx

        Tks

        Dikirim dari iPhone saya
        '''), name='Dewa Ayu Ratna Sari', inst='Tribun Bali', **F)

    C('f24-req-en-scmp-reporter', 'gmail', 'Kathy Wong', 'kathy.wong@scmp.com', 'Press inquiry: cruise-ship workers from Jembrana', T('''
        Hello,

        My name is Kathy Wong and I'm a reporter with the South China Morning Post in Hong Kong. I'm working on a feature about Balinese workers on international cruise lines, many of whom, I'm told, come from Jembrana.

        Could your office help with:
        - the number of Jembrana residents working abroad, by sex, from the 2020 census long form (or any more recent source);
        - the regency's poverty rate and unemployment rate, 2019-2025.

        My deadline is next Wednesday. If a statistician is available for a short phone call, I'd appreciate that too.

        Thanks very much,
        Kathy Wong
        South China Morning Post
        +852 2680 xxxx
        '''), name='Kathy Wong', inst='South China Morning Post', lang='en', **F)

    C('f24-req-online-newsroom-no-person', 'gmail', 'Redaksi JembranaNews', 'redaksi.jembrananews@gmail.com',
      'Permintaan data untuk rubrik Jembrana Dalam Angka', T('''
        Selamat siang,

        Redaksi JembranaNews.id berencana membuat rubrik bulanan "Jembrana Dalam Angka" yang menyajikan data resmi secara ringan untuk pembaca. Untuk edisi perdana kami mohon data:
        - jumlah penduduk per kecamatan 2025;
        - jumlah kunjungan tamu hotel per bulan 2025;
        - harga rata-rata gabah di tingkat petani 2025.

        Kami akan mencantumkan BPS Kabupaten Jembrana sebagai sumber.

        Salam redaksi,
        JembranaNews.id
        '''), inst='JembranaNews.id', **F)

    # ==================== requests: companies and banks ====================

    C('f24-req-securities-analyst-disclaimer', 'outlook', 'Jessica Tanoto Wijaya', 'jessica.wijaya@mandalasekuritas.co.id',
      'Data request: Jembrana macro & fisheries indicators', T('''
        Dear PST team,

        Perkenalkan, saya Jessica Tanoto Wijaya, equity research analyst di PT Mandala Sekuritas Nusantara, coverage consumer & fisheries. Kami sedang menyiapkan initiation report untuk salah satu emiten pengalengan ikan yang punya plant di Pengambengan, jadi butuh konteks makro regional.

        Data yang kami perlukan:
        1. PDRB ADHB & ADHK by lapangan usaha, Kab. Jembrana 2018-2025;
        2. produksi perikanan tangkap (volume & nilai), 2018-2025;
        3. jumlah tenaga kerja industri pengolahan, 2018-2025.

        Kalau ada fee/PNBP, mohon info nomor billing-nya. Thank you in advance!

        Best regards,

        Jessica Tanoto Wijaya, CFA
        Equity Research Analyst
        PT Mandala Sekuritas Nusantara
        Sudirman Plaza Tower B Lt. 21, Jakarta 12190

        DISCLAIMER: This communication is confidential and intended only for the named recipient(s). It does not constitute an offer or solicitation to buy or sell any securities. PT Mandala Sekuritas Nusantara is licensed and supervised by the Financial Services Authority (OJK).
        '''), name='Jessica Tanoto Wijaya', inst='PT Mandala Sekuritas Nusantara', **F)

    C('f24-req-chinese-indonesian-guesthouse-owner', 'gmail', 'Hengky Liem', 'hengky.pondoksegara@gmail.com', 'tanya data wisatawan', T('''
        Selamat sore Pak/Bu,

        Saya Liem Hok Tjiang, biasa dipanggil Pak Hengky, pemilik Pondok Segara Medewi (penginapan 12 kamar di Pantai Medewi). Saya mau ajukan kredit ke bank untuk tambah kamar dan kolam, dan analis bank minta data pendukung soal kunjungan wisatawan.

        Mohon dibantu data jumlah tamu hotel/penginapan di Kabupaten Jembrana per bulan tahun 2022-2025, dibedakan tamu asing dan domestik, dan rata-rata lama menginap. Kalau ada yang khusus Kecamatan Pekutatan lebih bagus.

        Terima kasih banyak.

        Hengky
        0878-6100-xxxx
        '''), name='Liem Hok Tjiang', inst='Pondok Segara Medewi', **F)

    C('f24-req-post-office-persero-branch', 'outlook', 'Rahmat Hidayat Nasution', 'rahmat.nasution@posindonesia.co.id',
      'Permohonan data rumah tangga dan usaha untuk analisis pasar kurir', T('''
        Yth. Bapak/Ibu Pengelola PST,

        Dengan hormat, saya Rahmat Hidayat Nasution, Manajer Bisnis pada PT Pos Indonesia (Persero) Kantor Cabang Negara. Dalam rangka penyusunan rencana pengembangan layanan kurir dan agenpos tahun 2027, kami memohon data:

        1. jumlah rumah tangga per desa/kelurahan, 2025;
        2. jumlah usaha mikro dan kecil menurut kecamatan;
        3. persentase penduduk yang berbelanja daring (bila tersedia untuk tingkat kabupaten).

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        Rahmat Hidayat Nasution
        Manajer Bisnis
        KC Negara 82200
        '''), name='Rahmat Hidayat Nasution', inst='PT Pos Indonesia (Persero) Kantor Cabang Negara', **F)

    C('f24-req-startup-inst-only-in-signature', 'gmail', 'Dayu Mas', 'dayu@desadigital.id', 'Data desa untuk pilot dasbor', T('''
        Halo tim PST BPS Jembrana,

        Kami sedang menyiapkan pilot dasbor data desa untuk tiga desa di Kecamatan Mendoyo (Pergung, Delod Berawah, Yehembang) bekerja sama dengan pemerintah desanya. Supaya angka di dasbor konsisten dengan data resmi, kami ingin minta:

        - jumlah penduduk per desa menurut jenis kelamin dan kelompok umur, 2023-2025;
        - data Podes 2024 untuk ketiga desa (sarana pendidikan, kesehatan, ekonomi).

        Kalau ada ketentuan lisensi atau cara sitasi yang harus kami ikuti, mohon diinfokan juga.

        Terima kasih!

        Ida Ayu Putu Mas Wulandari
        Product & Data Lead
        Desa Digital Labs
        www.desadigital.id
        '''), name='Ida Ayu Putu Mas Wulandari', inst='Desa Digital Labs', **F)

    C('f24-req-tour-operator-english-mix', 'gmail', 'Made Dwi Wirawan', 'dwi@balibaratadventure.com', 'Data wisata Bali Barat utk business plan', T('''
        Halo BPS Jembrana,

        Saya I Made Dwi Wirawan, managing director PT Bali Barat Petualang Wisata. Kita lagi develop paket trekking & birdwatching di sekitar Taman Nasional Bali Barat dan butuh some numbers buat business plan yang mau kita pitch ke investor.

        Yang kami perlukan:
        • jumlah wisman & wisnus yang menginap di Jembrana per bulan, 2019-2025
        • rata-rata lama menginap
        • jumlah usaha penyedia akomodasi dan restoran per kecamatan

        Kalau datanya ada yang berbayar, no problem, just let me know prosedurnya.

        Cheers,
        Dwi
        PT Bali Barat Petualang Wisata | +62 811-3960-xxxx
        '''), name='I Made Dwi Wirawan', inst='PT Bali Barat Petualang Wisata', **F)

    # ==================== requests: farmers, cooperatives, associations ====================

    C('f24-req-livestock-farmer-group-capitals', 'plain', 'ketut suarjana', 'ketutsuarjana.ktt@gmail.com', 'MOHON DATA SAPI', T('''
        OM SWASTYASTU BAPAK IBU

        TIANG I KETUT SUARJANA, KETUA KELOMPOK TANI TERNAK SARI AMERTA DESA EKASARI KEC MELAYA. KELOMPOK KAMI MAU BUAT PROPOSAL BANTUAN BIBIT SAPI DAN KANDANG KOLEKTIF KE DINAS. MOHON DIBANTU DATA JUMLAH SAPI DI KECAMATAN MELAYA DAN JUMLAH PETERNAK SAPI TAHUN 2023 SAMPAI 2025.

        SUKSMA

        Dikirim dari perangkat Android saya
        '''), name='I KETUT SUARJANA', inst='KELOMPOK TANI TERNAK SARI AMERTA DESA EKASARI', **F)

    C('f24-req-savings-coop-balinese-mix', 'gmail', 'KSP Mertha Sedana', 'ksp.merthasedana@gmail.com', 'nunas data UMKM', T('''
        Om Swastyastu Bapak/Ibu sane kasinahang,

        Tiang I Wayan Suparta, manajer Koperasi Simpan Pinjam Mertha Sedana ring Desa Batuagung. Koperasi tiang jagi ngembangang kredit usaha anggen pedagang lan pengerajin. Tiang nunas data:
        - jumlah usaha mikro lan kecil per kecamatan ring Jembrana, data pinih anyar;
        - rata-rata pengeluaran per kapita Kabupaten Jembrana 2023-2025.

        Data puniki jagi kaanggen ring rapat pengurus lan laporan ka Dinas Koperasi.

        Suksma pisan.

        I Wayan Suparta
        '''), name='I Wayan Suparta', inst='Koperasi Simpan Pinjam Mertha Sedana', **F)

    C('f24-req-market-traders-association-yahoo', 'yahoo', 'ahmad zainuri', 'zainuri.pasarnegara@yahoo.com', 'Permohonan data harga', T('''
        Assalamualaikum wr wb
        Yth Bapak/Ibu BPS
        Saya H. Ahmad Zainuri, ketua Paguyuban Pedagang Pasar Umum Negara. Para pedagang mengeluh harga beras, minyak goreng dan cabai naik turun terus dan pembeli makin sepi. Kami mau minta data perkembangan harga eceran beras, minyak goreng, cabai rawit dan bawang merah di Jembrana atau Bali per bulan tahun 2024 sampai 2026 untuk bahan audiensi dengan bupati.
        Terima kasih
        Wassalam
        '''), name='H. Ahmad Zainuri', inst='Paguyuban Pedagang Pasar Umum Negara', **F)

    C('f24-req-environmental-ngo-html-only', 'html_only', 'Sekar Ayu Larasati', 'sekar@bumilestarinusa.or.id',
      'Permohonan data untuk program restorasi mangrove Perancak', T('''
        Selamat siang Bapak/Ibu PST BPS Kabupaten Jembrana,

        Saya Sekar Ayu Larasati, Program Officer di Yayasan Bumi Lestari Nusa. Bersama kelompok masyarakat pesisir kami akan memulai program restorasi mangrove dan budidaya kepiting di Desa Perancak dan Desa Budeng pada tahun 2027.

        Untuk dokumen baseline, kami membutuhkan:
        1. jumlah penduduk dan rumah tangga Desa Perancak dan Desa Budeng, 2020-2025;
        2. jumlah rumah tangga budidaya perikanan di kedua desa (ST2023);
        3. persentase penduduk miskin Kabupaten Jembrana, 2020-2025.

        Terima kasih atas bantuannya. Salam lestari!

        Sekar Ayu Larasati
        Program Officer - Pesisir Bali
        Yayasan Bumi Lestari Nusa
        '''), name='Sekar Ayu Larasati', inst='Yayasan Bumi Lestari Nusa', **F)

    C('f24-req-pesantren-foundation-arabic-name', 'gmail', 'Rizki Assegaf', 'rizki.assegaf@gmail.com', 'Permohonan data anak usia sekolah', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh,

        Yth. Bapak/Ibu pimpinan BPS Kabupaten Jembrana,

        Saya Muhammad Rizki Assegaf, sekretaris Yayasan Pondok Pesantren Nurul Falah Loloan. Yayasan kami berencana membuka Madrasah Aliyah pada tahun pelajaran 2027/2028 dan perlu melampirkan analisis kebutuhan dalam pengajuan izin operasional ke Kementerian Agama.

        Mohon bantuan data:
        1. jumlah penduduk usia 16-18 tahun per kecamatan di Kabupaten Jembrana, 2023-2025;
        2. angka partisipasi sekolah usia 16-18 tahun, 2021-2025.

        Jazakumullahu khairan katsiran.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        M. Rizki Assegaf
        '''), name='Muhammad Rizki Assegaf', inst='Yayasan Pondok Pesantren Nurul Falah Loloan', **F)

    # ==================== requests: international ====================

    C('f24-req-wfp-inner-acronym-indonesian', 'outlook', 'Theodorus Bria', 'theodorus.bria@wfp.org',
      'Permohonan data ketahanan pangan tingkat kabupaten', T('''
        Selamat pagi Bapak/Ibu,

        Saya Theodorus Bria, Programme Associate di World Food Programme (WFP) Indonesia, kantor Jakarta. Kami sedang memperbarui Peta Ketahanan dan Kerentanan Pangan bersama Badan Pangan Nasional, dan untuk Kabupaten Jembrana kami memerlukan:

        - prevalensi ketidakcukupan konsumsi pangan (PoU), 2021-2025;
        - prevalensi penduduk dengan kerawanan pangan sedang atau berat (FIES), 2021-2025;
        - pangsa pengeluaran pangan rumah tangga, 2021-2025.

        Bila angka tingkat kabupaten tidak dirilis, mohon informasi apakah tersedia estimasi yang dapat dibagikan beserta catatan metodologinya.

        Terima kasih atas kerja samanya.

        Salam,
        Theo Bria
        '''), name='Theodorus Bria', inst='World Food Programme (WFP) Indonesia', **F)

    C('f24-req-en-consulate-signature-only', 'outlook', 'THORNTON, Rebecca', 'rebecca.thornton@dfat.gov.au',
      'Request for economic indicators - Jembrana', T('''
        Good morning,

        Ahead of a visit by our Consul-General to Jembrana in January, we are preparing a short briefing on the regency's economy. Could you kindly share the following, or point us to the relevant publications?

        - GRDP growth and GRDP per capita, 2019-2025;
        - poverty rate and open unemployment rate, 2019-2025;
        - number of foreign guests staying in accommodation establishments, 2019-2025.

        Many thanks for your assistance.

        Kind regards,

        Rebecca Thornton
        Political and Economic Officer
        Australian Consulate-General Bali
        Jl. Tantular No. 32, Renon, Denpasar

        UNCLASSIFIED
        '''), name='Rebecca Thornton', inst='Australian Consulate-General Bali', lang='en', **F)

    # ==================== requests: missing a part ====================

    C('f24-req-vague-rotary-audience', 'gmail', 'Gede Artha Wibawa', 'gedeartha.rotary@gmail.com', 'Audiensi Rotary Club Jembrana', T('''
        Selamat siang Bapak/Ibu,

        Saya Gede Artha Wibawa, Presiden Rotary Club Jembrana periode 2026-2027. Kami ingin bersilaturahmi dan beraudiensi dengan Kepala BPS Kabupaten Jembrana untuk menjajaki kemungkinan kolaborasi ke depan. Mohon informasi kapan kami dapat diterima.

        Terima kasih.

        Salam,
        Gede Artha Wibawa
        '''), name='Gede Artha Wibawa', inst='Rotary Club Jembrana', req=False, **F)

    C('f24-req-retired-javanese-man-no-institution', 'yahoo', 'Soetarno', 'soetarno1952@yahoo.com', 'Sejarah penduduk Melaya', T('''
        Kepada Yth Bapak/Ibu BPS Jembrana,

        Nama saya Soetarno, umur 74 tahun, pensiunan, tinggal di Melaya sejak ikut transmigrasi lokal tahun 1968. Saya sedang menulis buku kenang-kenangan untuk cucu-cucu tentang sejarah kampung kami. Saya ingin tahu jumlah penduduk Kecamatan Melaya dari sensus ke sensus (1971, 1980, 1990, 2000, 2010, 2020), kalau bisa menurut agama.

        Terima kasih atas bantuannya. Semoga Bapak/Ibu sehat selalu.

        Hormat saya,
        Soetarno
        '''), name='Soetarno', **F)

    C('f24-req-form-instansi-umum', 'gmail', 'Agus Salim Harahap', 'agussalimhrp@gmail.com', 'Form Permintaan Data', T('''
        Selamat pagi,

        Nama      : Agus Salim Harahap
        Instansi  : Umum
        Pekerjaan : karyawan swasta
        Keperluan : pribadi (rencana pindah dan buka usaha di Negara)
        Data      : rata-rata pengeluaran per kapita dan harga sewa rumah di Kabupaten Jembrana, terbaru

        Terima kasih.
        '''), name='Agus Salim Harahap', **F)

    C('f24-req-nothing-asks-wa-number', 'iphone', 'ardi', 'ardi.pratama02@icloud.com', 'tanya', T('''
        min nomor wa pst jembrana brp ya? mau tanya2 soal data

        Dikirim dari iPhone saya
        '''), req=False, **F)

    # ==================== replies on tickets ====================

    C('f24-reply-identity-after-ask-gmail-id', 'gmail', 'sintya', 'sintyadewi.kmg@gmail.com', 'Re: ' + S_ASK % 2401, T('''
        Selamat siang, maaf sebelumnya lupa memperkenalkan diri. Saya Komang Ayu Sintya Dewi, mahasiswi Universitas Dhyana Pura, data yang saya minta untuk skripsi.

        Terima kasih Pak/Bu.
        '''), kind='reply', name='Komang Ayu Sintya Dewi', inst='Universitas Dhyana Pura', req=False,
      ticket='PST-2026-02401', quote=gq(ASK, 'id'), **rp(2401), **F)

    C('f24-reply-iphone-thanks-no-signature', 'iphone', 'Ratih', 'ratihpuspita.mama@icloud.com', 'Re: ' + S_DATA % 2402, T('''
        Sudah masuk datanya bu, makasih banyak ya 🙏 Kayla senang sekali grafiknya jadi

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-02402', quote=iphone_q(DATA_ID % 2402), **rp(2402), **F)

    C('f24-reply-en-outlook-asks-more-years', 'outlook', 'Joost van Rijswijk', 'j.van.rijswijk@hum.leidenuniv.nl',
      'RE: ' + S_DATA % 2403, T('''
        Dear PST team,

        Thank you so much, the Podes tables are exactly what I needed. Would it also be possible to get the population by religion per desa from the 2010 census, so that I can compare the two points in time?

        Best,
        Joost
        '''), kind='reply', name='Joost', req=True, lang='en', ticket='PST-2026-02403',
      quote=oq(DATA_EN % 2403, 'Joost van Rijswijk <j.van.rijswijk@hum.leidenuniv.nl>', S_DATA % 2403), **rp(2403), **F)

    C('f24-reply-outlook-id-adds-need-securities', 'outlook', 'Jessica Tanoto Wijaya', 'jessica.wijaya@mandalasekuritas.co.id',
      'RE: ' + S_DATA % 2404, T('''
        Terima kasih banyak, datanya sudah kami terima.

        Satu lagi kalau boleh: kami butuh juga data ekspor hasil perikanan Provinsi Bali menurut negara tujuan 2020-2025, kalau tersedia di BPS.

        Best regards,
        Jessica T. Wijaya
        PT Mandala Sekuritas Nusantara
        '''), kind='reply', name='Jessica T. Wijaya', inst='PT Mandala Sekuritas Nusantara', req=True,
      ticket='PST-2026-02404',
      quote=oq(DATA_ID % 2404, 'Jessica Tanoto Wijaya <jessica.wijaya@mandalasekuritas.co.id>', S_DATA % 2404, 'id'),
      **rp(2404), **F)

    C('f24-reply-thunderbird-bottom-thanks-professor', 'thunderbird', 'A.A. Gde Oka Suryawan', 'okasuryawan@unud.ac.id',
      'Re: ' + S_DATA % 2405, tbird_q(DATA_ID % 2405) + '\n\n' + T('''
        Terima kasih, data populasi dan pemotongan sapi sudah kami terima dan akan kami gunakan untuk menentukan desa sasaran.

        Salam,
        A.A. Gde Oka Suryawan
        FKH Universitas Udayana
        '''), kind='reply', name='A.A. Gde Oka Suryawan', inst='Universitas Udayana', req=False,
      ticket='PST-2026-02405', **rp(2405), **F)

    C('f24-reply-new-mail-sends-cover-letter', 'gmail', 'Diah Lestari', 'diahlestari.undiksha@gmail.com',
      'Surat pengantar untuk tiket PST-2026-02406', T('''
        Om Swastyastu Bapak/Ibu,

        Menindaklanjuti permohonan data saya dengan nomor tiket PST-2026-02406, berikut saya lampirkan surat pengantar dari Fakultas Ekonomi yang sudah ditandatangani. Mohon maaf baru bisa saya kirim sekarang.

        Suksma,
        Putu Ayu Diah Lestari Dewi
        Universitas Pendidikan Ganesha
        '''), kind='reply', name='Putu Ayu Diah Lestari Dewi', inst='Universitas Pendidikan Ganesha', req=False,
      ticket='PST-2026-02406', attachments=[PDF('Surat_Pengantar_FE_Undiksha_Diah.pdf')], **F)

    C('f24-reply-colleague-receives-for-absent-staff', 'outlook', 'Gede Oka Antara', 'okaantara.bapperida@gmail.com',
      'RE: ' + S_DATA % 2407, T('''
        Selamat siang,

        Bu Sari sedang cuti sampai minggu depan, jadi data ini saya yang terima dan sudah saya teruskan ke Kepala Badan. Terima kasih atas bantuan cepatnya.

        Salam,
        Gede Oka Antara
        Bapperida Kab. Jembrana
        '''), kind='reply', name='Gede Oka Antara', inst='Bapperida Kab. Jembrana', req=False, ticket='PST-2026-02407',
      quote=orig_q(DATA_ID % 2407, 'Kadek Sari Pratiwi <sari.pratiwi.bapperida@gmail.com>', S_DATA % 2407),
      **rp(2407), **F)

    C('f24-reply-yahoo-balinese-thanks', 'yahoo', 'KSP Mertha Sedana', 'ksp.merthasedana@yahoo.com', 'Re: ' + S_DATA % 2408, T('''
        Om Swastyastu. Data sampun katerima, suksma pisan bapak ibu. Rahajeng rahina.
        Wayan Suparta
        '''), kind='reply', name='Wayan Suparta', req=False, ticket='PST-2026-02408',
      quote=yahoo_id_q(DATA_ID % 2408), **rp(2408), **F)

    C('f24-reply-android-status-question-journalist', 'gmail', 'Dewa Ayu Ratna', 'dewaayuratna.tribun@gmail.com',
      'Re: ' + S_ACK % 2409, T('''
        Pak/Bu mohon maaf, data yg sy minta td pagi gmn ya? sy tunggu sampai jam 4 🙏

        Ratna - Tribun Bali
        '''), kind='reply', name='Ratna', inst='Tribun Bali', req=False, ticket='PST-2026-02409',
      quote=android_q(ACK % (2409, 'Dewa Ayu Ratna Sari', 'Tribun Bali',
                             'Pertumbuhan ekonomi 2025; persentase dan jumlah penduduk miskin Maret 2026')),
      **rp(2409), **F)

    C('f24-reply-corrects-institution-polytechnic', 'gmail', 'Tri Handayani', 'trihandayani.pnb@gmail.com', 'Re: ' + S_ACK % 2410, T('''
        Selamat siang Bapak/Ibu,

        Mohon izin koreksi, instansi saya Politeknik Negeri Bali, bukan Universitas Udayana seperti tertulis di tanda terima. Surat balasan nantinya akan saya lampirkan di laporan tugas akhir sehingga nama kampus perlu benar.

        Terima kasih.
        Ni Komang Tri Handayani
        '''), kind='reply', name='Ni Komang Tri Handayani', inst='Politeknik Negeri Bali', req=False,
      ticket='PST-2026-02410',
      quote=gq(ACK % (2410, 'Ni Komang Tri Handayani', 'Universitas Udayana',
                      'Jumlah usaha penyediaan akomodasi per kecamatan 2022-2025'), 'id'), **rp(2410), **F)

    C('f24-reply-en-consulate-asks-preliminary', 'outlook', 'THORNTON, Rebecca', 'rebecca.thornton@dfat.gov.au',
      'RE: ' + S_DATA % 2411, T('''
        Thank you very much for the quick turnaround.

        One question: the 2025 GRDP figures in the table are marked with an asterisk. Does that mean they are preliminary, and when would final figures be released?

        Kind regards,
        Rebecca Thornton
        Australian Consulate-General Bali
        '''), kind='reply', name='Rebecca Thornton', inst='Australian Consulate-General Bali', req=True, lang='en',
      ticket='PST-2026-02411',
      quote=oq(DATA_EN % 2411, 'THORNTON, Rebecca <rebecca.thornton@dfat.gov.au>', S_DATA % 2411), **rp(2411), **F)

    C('f24-reply-thunderbird-bottom-sends-letter-french', 'thunderbird', 'Camille Lefèvre', 'camille.lefevre@univ-lyon2.fr',
      'Re: ' + S_LETTER % 2412, tbird_q(LETTER_ID % 2412) + '\n\n' + T('''
        Selamat siang,

        Terima kasih. Ini surat dari profesor pembimbing saya, dalam bahasa Inggris dan bahasa Prancis. Maaf belum ada bahasa Indonesia.

        Salam,
        Camille Lefèvre
        '''), kind='reply', name='Camille Lefèvre', req=False, ticket='PST-2026-02412',
      attachments=[PDF('Lettre_directeur_these_Lefevre.pdf')], **rp(2412), **F)

    # ==================== ratings ====================

    C('f24-rating-bare-four-gmail', 'gmail', 'Rina Oktaviani', 'rinaoktaviani.agb@gmail.com', 'Re: ' + S_RATE % 2421, T('''
        4
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-02421', quote=gq(RATE_ID % 2421, 'id'),
      **rp(2421), **F)

    C('f24-rating-balinese-lima-capitals', 'plain', 'ketut suarjana', 'ketutsuarjana.ktt@gmail.com', 'Re: ' + S_RATE % 2422, T('''
        TIANG NGATURANG NILAI LIMA. PETUGASNYA SABAR NGAJAHIN TIANG BACA TABEL. SUKSMA

        I KETUT SUARJANA

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=5, name='I KETUT SUARJANA', req=False, ticket='PST-2026-02422',
      quote=android_q(RATE_ID % 2422), **rp(2422), **F)

    C('f24-rating-en-three-slash-five-reporter', 'gmail', 'Kathy Wong', 'kathy.wong@scmp.com', 'Re: ' + S_RATE % 2423, T('''
        3/5. The figures were fine, but they arrived six working days later, after my piece had already run.

        Kathy Wong
        South China Morning Post
        '''), kind='rating', rating=3, name='Kathy Wong', inst='South China Morning Post', req=False, lang='en',
      ticket='PST-2026-02423', quote=gq(RATE_EN % 2423), **rp(2423), **F)

    C('f24-rating-sangat-puas-words-yahoo', 'yahoo', 'wayan sukerti', 'wynsukerti74@yahoo.co.id', 'Re: ' + S_RATE % 2424, T('''
        Sangat puas! Posternya sudah kami tempel di kelas. Suksma Bapak/Ibu.
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-02424', quote=yahoo_id_q(RATE_ID % 2424),
      **rp(2424), **F)

    C('f24-rating-outlook-dua-kurang-puas', 'outlook', 'Rahmat Hidayat Nasution', 'rahmat.nasution@posindonesia.co.id',
      'RE: ' + S_RATE % 2425, T('''
        Selamat sore,

        Nilai kami 2 (kurang puas). Permohonan kami baru dijawab setelah sembilan hari kerja dan data belanja daring ternyata tidak tersedia sama sekali tanpa ada penjelasan alternatifnya.

        Hormat kami,
        Rahmat Hidayat Nasution
        PT Pos Indonesia (Persero) Kantor Cabang Negara
        '''), kind='rating', rating=2, name='Rahmat Hidayat Nasution',
      inst='PT Pos Indonesia (Persero) Kantor Cabang Negara', req=False, ticket='PST-2026-02425',
      quote=oq(RATE_ID % 2425, 'Rahmat Hidayat Nasution <rahmat.nasution@posindonesia.co.id>', S_RATE % 2425, 'id'),
      **rp(2425), **F)

    C('f24-rating-iphone-stars-four', 'iphone', 'nabila zahra', 'nabilazhr07@icloud.com', 'Re: ' + S_RATE % 2426, T('''
        ★★★★☆ makasih kak, cuma data stuntingnya ga ada hehe

        Dikirim dari iPhone saya
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-02426', quote=iphone_q(RATE_ID % 2426),
      **rp(2426), **F)

    C('f24-rating-new-mail-ticket-and-dates', 'gmail', 'Lalu Fajar', 'lalufajar.h@gmail.com', 'Penilaian layanan', T('''
        Selamat pagi,

        Untuk tiket PST-2026-02427 (data IPM dan RLS 2015-2025, dikirim 25/11/2026), saya beri nilai 5. Cepat dan lengkap.

        Terima kasih,
        Lalu Fajar Hidayatullah
        Universitas Mataram
        '''), kind='rating', rating=5, name='Lalu Fajar Hidayatullah', inst='Universitas Mataram', req=False,
      ticket='PST-2026-02427', **F)

    C('f24-rating-one-angry-android', 'gmail', 'kadek darmawan', 'kdkdarmawan88@gmail.com', 'Re: ' + S_RATE % 2428, T('''
        nilai 1. data per banjar yg sy minta tdk dikasih, cuma disuruh ke kantor desa. padahal sy sendiri dr kantor desa. percuma
        '''), kind='rating', rating=1, req=False, ticket='PST-2026-02428', quote=android_q(RATE_ID % 2428),
      **rp(2428), **F)

    # ==================== complaints ====================

    C('f24-complaint-no-answer-two-weeks', 'gmail', 'Rizal Gumilar', 'rizalgumilar.unsil@gmail.com', 'Belum ada balasan sama sekali', T('''
        Selamat siang Bapak/Ibu,

        Saya Rizal Gumilar dari Universitas Siliwangi. Dua minggu lalu saya mengirim permohonan data luas sawah per kecamatan ke alamat ini, tapi sampai hari ini belum ada balasan apa pun, bahkan tanda terima otomatis pun tidak. Saya juga sudah mencoba menelepon kantor dua kali, tidak diangkat.

        Jadwal sidang proposal saya tinggal seminggu lagi. Mohon perhatiannya.

        Terima kasih.
        Rizal Gumilar
        '''), kind='complaint', name='Rizal Gumilar', inst='Universitas Siliwangi', req=False, **F)

    C('f24-complaint-figures-differ-from-publication', 'outlook', 'Kadek Sari Pratiwi', 'sari.pratiwi.bapperida@gmail.com',
      'RE: ' + S_DATA % 2432, T('''
        Selamat pagi,

        Mohon maaf, kami menemukan bahwa angka persentase penduduk miskin 2024 pada tabel yang dikirim (6,12 persen) berbeda dengan angka dalam publikasi Kabupaten Jembrana Dalam Angka 2026 (5,91 persen). Angka ini sudah terlanjur kami masukkan ke draf ranwal RKPD dan dibahas dalam rapat pimpinan.

        Mohon klarifikasi mana yang benar, dan ke depan mohon data dicek ulang sebelum dikirim.

        Salam,
        Ni Kadek Sari Pratiwi
        Bapperida Kabupaten Jembrana
        '''), kind='complaint', name='Ni Kadek Sari Pratiwi', inst='Bapperida Kabupaten Jembrana', req=False,
      ticket='PST-2026-02432',
      quote=oq(DATA_ID % 2432, 'Kadek Sari Pratiwi <sari.pratiwi.bapperida@gmail.com>', S_DATA % 2432, 'id'),
      **rp(2432), **F)

    C('f24-complaint-en-phone-and-chat-dead', 'gmail', 'Marcus Feldman', 'marcus.feldman.consult@gmail.com',
      'Unable to reach your office', T('''
        To whom it may concern,

        Over the past week I have called the number listed on your website four times during office hours and nobody picked up. The live chat shows "offline" every time I open it. I am an independent consultant and I only need to know whether village-level Podes data can be purchased, but there seems to be no way to reach anyone.

        I would appreciate a reply, or at least a working phone number.

        Regards,
        Marcus Feldman
        '''), kind='complaint', name='Marcus Feldman', req=False, lang='en', **F)

    C('f24-complaint-counter-staff-on-phone', 'plain', 'Nyoman Sudarsana', 'nyomansudarsana67@gmail.com', 'Pelayanan di kantor kurang ramah', T('''
        Selamat sore,

        Saya Nyoman Sudarsana, warga Dauhwaru. Tadi siang sekitar jam 11 saya datang langsung ke ruang PST untuk minta data harga gabah. Petugas di meja sibuk main HP dan baru melayani saya setelah saya menunggu hampir 20 menit, padahal tidak ada tamu lain. Waktu saya bertanya, jawabannya singkat sekali dan saya disuruh cari sendiri di website, padahal saya tidak paham internet.

        Mohon jadi perhatian pimpinan. Warga desa seperti saya datang jauh-jauh untuk dilayani.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='Nyoman Sudarsana', req=False, **F)

    C('f24-complaint-scanned-pdf-unusable', 'gmail', 'Arya Wiguna', 'aryawiguna.dev@gmail.com', 'Re: ' + S_DATA % 2435, T('''
        Selamat siang Bapak/Ibu,

        Terima kasih datanya, tapi mohon maaf filenya berupa PDF hasil scan sehingga tidak bisa diolah untuk dashboard. Sebelumnya di email pertama saya sudah minta dalam format xlsx/csv. Kalau harus diketik ulang, ratusan baris, dan rawan salah.

        Mohon lain kali format yang diminta diperhatikan.

        Arya
        '''), kind='complaint', name='Arya', req=False, ticket='PST-2026-02435', quote=gq(DATA_ID % 2435, 'id'),
      **rp(2435), **F)

    C('f24-complaint-fee-charged-yahoo', 'yahoo', 'ahmad zainuri', 'zainuri.pasarnegara@yahoo.com', 'Kenapa data harus bayar', T('''
        Assalamualaikum
        Saya mau tanya sekaligus protes. Kemarin saya diberi tahu petugas bahwa tabel harga per bulan yang kami minta harus dibayar lewat PNBP. Setahu saya data BPS itu gratis untuk masyarakat, apalagi kami paguyuban pedagang kecil, bukan perusahaan. Tolong dijelaskan dasar aturannya, jangan sampai masyarakat kecil dipersulit.
        H. Ahmad Zainuri
        Paguyuban Pedagang Pasar Umum Negara
        '''), kind='complaint', name='H. Ahmad Zainuri', inst='Paguyuban Pedagang Pasar Umum Negara', req=False, **F)

    # ==================== auto-replies ====================

    C('f24-ooo-outlook-id-galungan-leave', 'outlook', 'Ni Kadek Sari Pratiwi', 'sari.pratiwi@jembranakab.go.id',
      'Balasan Otomatis: ' + S_DATA % 2441, T('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. Saya sedang cuti Hari Raya Galungan dan Kuningan sampai dengan 4 Desember 2026. Untuk keperluan mendesak dapat menghubungi Sdr. Gede Oka Antara (okaantara.bapperida@gmail.com).

        Suksma.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02441',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2441), **F)

    C('f24-ooo-en-conference-xautoreply', 'gmail', 'Joost van Rijswijk', 'j.van.rijswijk@hum.leidenuniv.nl',
      'Out of office: ' + S_ACK % 2442, T('''
        Thank you for your message. I am at the EuroSEAS conference until 29 November and will reply after my return. For urgent matters regarding LIAS please write to lias@hum.leidenuniv.nl.

        Joost van Rijswijk
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02442',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(2442), **F)

    C('f24-ooo-gmail-body-only-fieldwork', 'gmail', 'Retno Wulandari', 'retno.wulandari@fisip.unair.ac.id',
      'Re: ' + S_DATA % 2443, T('''
        [Balasan otomatis]

        Terima kasih atas email Anda. Saya sedang penelitian lapangan di Pulau Sapeken sampai 10 Desember dengan sinyal terbatas. Email akan saya balas sesudah kembali ke Surabaya.

        Salam,
        Retno
        '''), kind='auto_reply', req=False, ticket='PST-2026-02443', **rp(2443), **F)

    C('f24-ooo-securities-helpdesk-own-ticket', 'gmail', 'Mandala Sekuritas Research Desk', 'research@mandalasekuritas.co.id',
      '[MSN-REQ-118204] Re: ' + S_DATA % 2444, T('''
        Dear Sender,

        Thank you for contacting PT Mandala Sekuritas Nusantara Research Desk. Your email has been logged with reference number MSN-REQ-118204 and will be handled within two business days.

        This mailbox is not monitored for replies. Please do not respond to this message.

        PT Mandala Sekuritas Nusantara
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02444',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(2444), **F)

    C('f24-ooo-plain-address-inactive', 'plain', 'Puskesmas Melaya I', 'sriutami.bidan@yahoo.co.id',
      'Pemberitahuan: ' + S_ACK % 2445, T('''
        PESAN OTOMATIS

        Alamat email ini sudah tidak aktif digunakan. Mohon kirimkan korespondensi ke alamat resmi UPTD Puskesmas Melaya I: pkm.melaya1@jembranakab.go.id.

        Mohon tidak membalas pesan ini.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02445',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(2445), **F)

    # ==================== bounces ====================

    D('f24-dsn-exim-university-unknown-user', dict(
        recipient='lalu.fajar@student.unram.ac.id', original_message_id=OUR(2451, 'e52c7a90'),
        orig_subject=S_ACK % 2451, status='5.1.1', mta='mail.unram.ac.id',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mail.unram.ac.id>',
           'subject': 'Mail delivery failed: returning message to sender',
           'text': ('This message was created automatically by mail delivery software.\n\n'
                    'A message that you sent could not be delivered to one or more of its\n'
                    'recipients. This is a permanent error. The following address(es) failed:\n\n'
                    '  lalu.fajar@student.unram.ac.id\n'
                    '    Unrouteable address')}), 'PST-2026-02451', **F)

    D('f24-dsn-postfix-mailbox-full', dict(
        recipient='wynsukerti74@yahoo.co.id', original_message_id=OUR(2452, 'e52c7a90'),
        orig_subject=S_DATA % 2452, status='5.2.2',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients. It\'s attached below.\n\n'
              '                   The mail system\n\n'
              '<wynsukerti74@yahoo.co.id>: host mx-eu.mail.am0.yahoodns.net said:\n'
              '    552 1 Requested mail action aborted, mailbox full (in reply to RCPT TO command)')),
      'PST-2026-02452', **F)

    D('f24-dsn-exchange-indonesian-not-found', dict(
        recipient='diah.lestari@undiksha.ac.id', original_message_id=OUR(2453, 'e52c7a90'),
        orig_subject=S_RATE % 2453, status='5.1.10', mta='undiksha.ac.id',
        **{'from': 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@undiksha.ac.id>',
           'subject': 'Tidak Terkirim: ' + S_RATE % 2453,
           'text': ('Pesan Anda ke diah.lestari@undiksha.ac.id tidak dapat dikirim.\n\n'
                    'diah.lestari tidak ditemukan di undiksha.ac.id.\n\n'
                    'Tindakan yang Diperlukan\nAlamat Kepada tidak dikenal\n\n'
                    'Cara Memperbaikinya\nAlamat mungkin salah eja atau tidak ada. Cobalah satu atau beberapa hal berikut:\n'
                    '- Ketik ulang alamat penerima, lalu kirim ulang pesan.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: SG2PR03MB5817.apcprd03.prod.outlook.com\n'
                    'diah.lestari@undiksha.ac.id\n'
                    "Server Jarak Jauh mengembalikan '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'")}),
      'PST-2026-02453', lang='id', **F)
