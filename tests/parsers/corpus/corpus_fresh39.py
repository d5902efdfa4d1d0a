# corpus_fresh39.py: a thirty-ninth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh39"; tickets PST-2026-039xx).
import textwrap


def B(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh39')

    # ------------------------------------------------------------------------------------------------
    # Our own mails as the requesters' clients quote them
    # ------------------------------------------------------------------------------------------------
    S_ACK = '[PST-2026-%05d] Permintaan Anda sudah kami terima'
    S_ASK = '[PST-2026-%05d] Mohon lengkapi identitas'
    S_DATA = '[PST-2026-%05d] Data permintaan Anda'
    S_RATE = '[PST-2026-%05d] Mohon penilaian layanan'
    S_LETTER = '[PST-2026-%05d] Mohon kirimkan surat pengantar'
    S_VISIT = '[PST-2026-%05d] Jadwal konsultasi'
    DATA_ID = ('Yth. Bapak/Ibu,\n\nTerlampir kami sampaikan data sesuai permintaan pada tiket PST-2026-%05d. '
               'Mohon diperiksa kembali, dan silakan membalas email ini bila ada yang kurang.\n\nHormat kami,\n'
               'Petugas PST\nBPS Kabupaten Jembrana')
    DATA_EN = ('Dear Sir/Madam,\n\nAttached are the tables requested under ticket PST-2026-%05d. Please check '
               'them and reply to this email if anything is missing.\n\nBest regards,\nPST Officer\n'
               'BPS-Statistics of Jembrana Regency')
    RATE_ID = ('Yth. Bapak/Ibu,\n\nLayanan untuk tiket PST-2026-%05d telah selesai. Mohon berikan penilaian Anda '
               'dengan membalas email ini: angka 1 (sangat buruk) hingga 5 (sangat baik), boleh disertai saran.\n\n'
               'Terima kasih,\nPST BPS Kabupaten Jembrana')
    RATE_EN = ('Dear Sir/Madam,\n\nThe service for ticket PST-2026-%05d has been completed. Please rate it by '
               'replying with a number from 1 (very poor) to 5 (very good); comments are welcome.\n\n'
               'Thank you,\nPST BPS-Statistics of Jembrana Regency')
    LETTER_ID = ('Yth. Bapak/Ibu,\n\nUntuk memproses permintaan pada tiket PST-2026-%05d, mohon kirimkan surat '
                 'pengantar dari kampus/instansi dengan membalas email ini.\n\nSalam,\nPST BPS Kabupaten Jembrana')
    VISIT_ID = ('Yth. Bapak/Ibu,\n\nKonsultasi untuk tiket PST-2026-%05d dapat kami jadwalkan pada Kamis, '
                '26 November 2026 pukul 10.00 WITA di ruang PST. Mohon konfirmasi kehadiran.\n\nSalam,\n'
                'PST BPS Kabupaten Jembrana')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def sq(text, to, subject):
        """Quote as the Samsung mail app writes it (Indonesian locale)."""
        return ('-------- Pesan asli --------\nDari: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Tanggal: 23/11/26 09.14 (GMT+08:00)\nKe: %s\nSubjek: %s\n\n%s' % (to, subject, text))

    def tbe(text):
        """Quote as Thunderbird writes it in an English locale."""
        return 'On 23/11/2026 09:14, PST BPS Kabupaten Jembrana wrote:\n' + pre(text)

    def yid(text):
        """Quote as Yahoo Mail writes it in Indonesian."""
        return ('Pada Senin, 23 November 2026 09.14.22 WITA, PST BPS Kabupaten Jembrana '
                '<pst5101@bps.go.id> menulis:\n\n\n' + text)

    def apq(text, lang='id'):
        """Quote as Apple Mail on iOS writes it, header line inside the quote."""
        if lang == 'id':
            head = '> Pada 23 Nov 2026, pukul 09.14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n>\n'
        else:
            head = '> On Nov 23, 2026, at 9:14 AM, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n>\n'
        return head + pre(text)

    def frq(text):
        """Quote as Gmail writes it in a French locale."""
        return ('Le lun. 23 nov. 2026 à 09:14, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> a écrit :\n\n'
                + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, 'c39d7a05'), references=[OUR(n, 'c39d7a05')])

    # ================================================================================================
    # New requests: universities and research
    # ================================================================================================
    C('f39-req-unair-fkm-stunting-attachment', 'gmail', 'Dimas Aryo Wicaksono', 'dimas.aryo.w@gmail.com',
      'Permohonan Data Sekunder untuk Skripsi – FKM Unair', B('''
        Selamat pagi Bapak/Ibu petugas PST BPS Kabupaten Jembrana,

        Perkenalkan, nama saya Dimas Aryo Wicaksono (NIM 101911133087), mahasiswa tingkat akhir Fakultas Kesehatan Masyarakat Universitas Airlangga, Surabaya. Saat ini saya sedang menyusun skripsi berjudul "Determinan Sosial Ekonomi Kejadian Stunting pada Balita di Kabupaten Jembrana".

        Sehubungan dengan hal tersebut, saya bermaksud memohon data berikut:
        1) persentase rumah tangga dengan akses sanitasi layak per kecamatan, 2020–2025;
        2) persentase rumah tangga dengan akses air minum layak, 2020–2025;
        3) rata-rata lama sekolah perempuan usia 15 tahun ke atas.

        Data dalam format Excel akan sangat membantu. Surat pengantar dari fakultas saya lampirkan.

        Matur nuwun atas bantuannya.

        Salam hormat,
        Dimas Aryo Wicaksono
        FKM Universitas Airlangga
        HP 0857-3311-xxxx
        '''), name='Dimas Aryo Wicaksono', inst='Universitas Airlangga',
      attachments=[PDF('Surat Pengantar Penelitian FKM Unair - Dimas.pdf')], **F)

    C('f39-req-warmadewa-lecturer-consult-thunderbird', 'thunderbird', 'A.A. Ngurah Bagus Mahardika',
      'gungbagus@warmadewa.ac.id', 'Mohon waktu konsultasi: desain sampling survei petani kakao', B('''
        Yth. Tim Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Saya Dr. Ir. Anak Agung Ngurah Bagus Mahardika, M.P., dosen Program Studi Agribisnis Fakultas Pertanian Universitas Warmadewa. Tahun 2027 kami mendapat hibah penelitian untuk mengukur adopsi fermentasi biji kakao oleh petani di Kecamatan Pekutatan dan Kecamatan Mendoyo.

        Kami memohon kesempatan berkonsultasi (luring atau daring) dengan fungsional statistisi mengenai:
        a) penentuan kerangka sampel rumah tangga petani kakao dari hasil ST2023;
        b) stratifikasi menurut luas lahan dan metode alokasi sampel;
        c) penimbang (weight) agar estimasi dapat digeneralisasi ke tingkat kecamatan.

        Kami dapat menyesuaikan jadwal pada minggu pertama atau kedua Desember.

        Atas perhatian Bapak/Ibu kami sampaikan terima kasih.

        Salam,
        Gung Bagus
        --
        Dr. Ir. A.A. Ngurah Bagus Mahardika, M.P.
        Fakultas Pertanian, Universitas Warmadewa
        Jl. Terompong No. 24, Tanjung Bungkak, Denpasar
        '''), name='Dr. Ir. Anak Agung Ngurah Bagus Mahardika', inst='Universitas Warmadewa', wrap=72, **F)

    C('f39-req-undiksha-lowercase-slang-iphone', 'iphone', 'Komang Juli', 'juliantara.k@icloud.com',
      'data wisatawan', B('''
        halo min 🙏 sy komang juliantara, mhs undiksha smt 7 jurusan pariwisata. mau minta data jml kunjungan wisatawan ke jembrana 5 thn terakhir, klo bs yg per bulan jg. buat bab 4 skripsi sy. mksh bnyk min

        Dikirim dari iPhone saya
        '''), name='komang juliantara', inst='undiksha', **F)

    C('f39-req-en-monash-phd-after-name', 'gmail', 'Rebecca Thornton', 'rebecca.thornton@monash.edu',
      'Historical GRDP and employment series, Jembrana', B('''
        Dear colleagues,

        My name is Rebecca Thornton and I lecture in development studies at Monash University in Melbourne. Together with two Indonesian colleagues I am writing a book chapter on the transformation of Bali's west coast since the 1990s, looking at how fishing, plantation agriculture and small-scale tourism coexist.

        Could you help me with the following series for Jembrana Regency?
        • GRDP at constant prices by industry, 2010–2025;
        • employed population by main industry, 2010–2025 (Sakernas, August rounds);
        • population by kecamatan at the 2000, 2010 and 2020 censuses.

        If some of these are only available in printed publications, I'm happy to pay for scanning or to ask a research assistant in Denpasar to collect them.

        With thanks and best wishes,

        Rebecca Thornton, PhD
        Senior Lecturer, School of Social Sciences
        Monash University
        Clayton VIC 3800, Australia
        '''), name='Rebecca Thornton', inst='Monash University', lang='en', **F)

    C('f39-req-en-latin1-ird-demographer', 'latin1', 'Anaïs Dufresne', 'anais.dufresne@ird.fr',
      'Request for fertility and migration data, Jembrana', B('''
        Dear Madam, dear Sir,

        I am Anaïs Dufresne, a demographer at the Institut de Recherche pour le Développement, currently based in Denpasar for a two-year project on fertility decline and return migration in Bali.

        For Jembrana Regency I would be grateful for:
        1. the total fertility rate and age-specific fertility rates from the 2020 Population Census Long Form;
        2. the number of recent in-migrants and out-migrants by sex, SUPAS 2015 and SP2020;
        3. if possible, the number of births registered per year, 2015-2025.

        I read Indonesian reasonably well, so tables in Indonesian are perfectly fine.

        Merci beaucoup and kind regards,
        Anaïs Dufresne
        Institut de Recherche pour le Développement
        '''), name='Anaïs Dufresne', inst='Institut de Recherche pour le Développement', lang='en',
      name_charset='ISO-8859-1', name_enc='Q', **F)

    C('f39-req-pnb-lecturer-gini-consultation', 'thunderbird', 'Kadek Dwi Pradnyani', 'dwipradnyani@pnb.ac.id',
      'Konsultasi: menghitung indeks Gini per kecamatan dari Susenas', B('''
        Selamat siang Bapak/Ibu statistisi,

        Saya Kadek Dwi Pradnyani, S.E., M.Si., dosen Jurusan Akuntansi Politeknik Negeri Bali. Bersama mahasiswa bimbingan, saya sedang mengkaji ketimpangan pendapatan di Kabupaten Jembrana.

        Kami ingin berkonsultasi tentang apakah sampel Susenas Maret cukup untuk menghitung indeks Gini pada tingkat kecamatan, dan bagaimana cara menghitung standard error-nya bila memakai raw data yang dibeli melalui Silastik. Apakah memungkinkan dijadwalkan konsultasi daring selama kurang lebih satu jam?

        Terima kasih.

        Salam,
        Kadek Dwi Pradnyani
        '''), name='Kadek Dwi Pradnyani', inst='Politeknik Negeri Bali', wrap=72, **F)

    C('f39-req-papuan-student-dhyana-pura', 'gmail', 'Yohana Kogoya', 'yohanakogoya21@gmail.com',
      'Permohonan data untuk penelitian skripsi', B('''
        Selamat siang Bapak/Ibu,

        Saya Yohana Kogoya, mahasiswi asal Wamena yang sedang kuliah di Program Studi Sosiologi, Universitas Dhyana Pura. Skripsi saya membahas pekerja perempuan di sektor perikanan, dan dosen pembimbing menyarankan lokasi di Pengambengan, Jembrana.

        Saya mohon data:
        - jumlah penduduk perempuan usia kerja dan yang bekerja menurut lapangan usaha di Kecamatan Negara;
        - jumlah industri pengolahan ikan di Kabupaten Jembrana menurut skala usaha.

        Terima kasih banyak, Tuhan Yesus memberkati.

        Salam,
        Yohana
        '''), name='Yohana Kogoya', inst='Universitas Dhyana Pura', **F)

    C('f39-req-en-taiwan-master-chinese-indonesian', 'gmail', 'Jessica Liem', 'r13323045@ntu.edu.tw',
      "Data request for master's thesis (rice farming, Jembrana)", B('''
        Dear BPS Jembrana,

        My name is Jessica Liem. I'm originally from Singaraja and I'm now a master's student in agricultural economics at National Taiwan University. My thesis looks at how rice farmers in Bali respond to changes in fertilizer subsidies.

        I would really appreciate the following data for Jembrana:
        1) rice harvested area, production and productivity by kecamatan, 2015-2025;
        2) the Farmer's Terms of Trade (NTP) for food crops, Bali province, monthly 2018-2025;
        3) the number of rice farming households by land size (ST2023).

        Tables in Bahasa Indonesia are totally fine. Terima kasih banyak!

        Best regards,
        Jessica Liem
        '''), name='Jessica Liem', inst='National Taiwan University', lang='en', **F)

    C('f39-req-nommensen-batak-lecturer-horas', 'gmail', 'Maruli Simanjuntak', 'maruli.simanjuntak@uhn.ac.id',
      'Permohonan data untuk penelitian perbandingan kabupaten', B('''
        Horas, selamat siang Bapak/Ibu.

        Saya Maruli Tua Simanjuntak, dosen Program Studi Ekonomi Pembangunan Universitas HKBP Nommensen. Penelitian kami membandingkan kabupaten berbasis pertanian dan pariwisata di luar Jawa, yaitu Samosir, Toba dan Jembrana.

        Mohon dibantu data Kabupaten Jembrana:
        - PDRB ADHK menurut lapangan usaha, 2015-2025;
        - jumlah tenaga kerja sektor akomodasi dan makan minum;
        - jumlah penduduk miskin, 2015-2025.

        Mauliate godang.

        Maruli Tua Simanjuntak, S.E., M.Si.
        '''), name='Maruli Tua Simanjuntak', inst='Universitas HKBP Nommensen', **F)

    C('f39-req-brin-researcher-dr-title', 'gmail', 'Siti Nurjanah Hasibuan', 'siti.nurjanah.hasibuan@brin.go.id',
      'Permohonan data migrasi risen dan tenaga kerja pariwisata', B('''
        Yth. Bapak/Ibu Pengelola PST,

        Saya Dr. Siti Nurjanah Hasibuan, peneliti di Pusat Riset Kependudukan Badan Riset dan Inovasi Nasional. Kami sedang melaksanakan riset tentang migrasi pekerja sektor pariwisata pascapandemi di Bali, dengan lokasi Kabupaten Badung, Gianyar dan Jembrana.

        Kami memerlukan:
        1. jumlah migran risen menurut kabupaten asal dan jenis kelamin, Kabupaten Jembrana (SP2020 Long Form);
        2. penduduk bekerja di kategori I (penyediaan akomodasi dan makan minum) menurut status pekerjaan, 2019-2025.

        Jika diperlukan surat tugas, akan kami kirimkan segera.

        Salam,
        Siti Nurjanah Hasibuan
        Pusat Riset Kependudukan – BRIN
        '''), name='Dr. Siti Nurjanah Hasibuan',
      inst='Pusat Riset Kependudukan Badan Riset dan Inovasi Nasional', **F)

    C('f39-req-brawijaya-iphone-photo-of-letter', 'iphone', 'Dewi Kusumaningrum', 'dewikusuma.ub@gmail.com',
      'Permohonan data skripsi (surat terlampir)', B('''
        Selamat pagi Bapak/Ibu 🙏

        Saya Dewi Kusumaningrum, mahasiswi Fakultas Ilmu Administrasi Universitas Brawijaya. Untuk skripsi tentang pengembangan desa wisata, saya memohon data jumlah kunjungan wisatawan dan jumlah usaha akomodasi di Kabupaten Jembrana tahun 2020-2025. Foto surat pengantar dari fakultas saya lampirkan.

        Matur nuwun sanget.

        Dikirim dari iPhone saya
        '''), name='Dewi Kusumaningrum', inst='Universitas Brawijaya', attachments=[JPG('IMG_4821.JPG')], **F)

    C('f39-req-en-iim-bangalore-mentions-udayana', 'outlook', 'Priya Raghunathan', 'priya.r@iimb.ac.in',
      'Request: district-level data on women-led micro enterprises', B('''
        Dear Sir/Madam,

        Greetings from Bengaluru. I am Dr. Priya Raghunathan, Associate Professor of Public Policy at the Indian Institute of Management Bangalore. I am leading a comparative study of women-led micro enterprises in coastal districts of India and Indonesia, and colleagues at Universitas Udayana suggested Jembrana as a site.

        I would be most grateful for:
        1. the number of micro and small enterprises by sex of the owner and by industry, Jembrana (latest Economic Census or update);
        2. the female labour force participation rate, Jembrana, 2015-2025.

        Thank you for considering this request.

        Warm regards,
        Dr. Priya Raghunathan
        Associate Professor, Public Policy Area
        Indian Institute of Management Bangalore
        '''), name='Dr. Priya Raghunathan', inst='Indian Institute of Management Bangalore', lang='en', **F)

    C('f39-req-stikom-docx-questionnaire-consult', 'gmail', 'Gede Arya Pramana', 'aryapramana@stikom-bali.ac.id',
      'Konsultasi kuesioner survei kepuasan wisatawan (draf terlampir)', B('''
        Om Swastyastu Bapak/Ibu,

        Saya Gede Arya Pramana, mahasiswa Program Studi Sistem Informasi, Institut Teknologi dan Bisnis STIKOM Bali. Saya sedang menyiapkan survei kepuasan wisatawan di Bendungan Palasari dan Pantai Medewi, dan ingin berkonsultasi apakah rancangan kuesioner saya sudah sesuai kaidah statistik, terutama pertanyaan pengeluaran wisatawan dan skala penilaiannya. Draf kuesioner saya lampirkan dalam bentuk Word.

        Suksma.

        Gede Arya Pramana
        '''), name='Gede Arya Pramana', inst='Institut Teknologi dan Bisnis STIKOM Bali',
      attachments=[DOCX('Draft Kuesioner Kepuasan Wisatawan - Arya.docx')], **F)

    C('f39-req-undiknas-forward-own-mail', 'gmail', 'Wayan Ardika', 'wayan.ardika@undiknas.ac.id',
      'Fwd: Permohonan data ketenagakerjaan Jembrana', B('''
        Selamat siang, mohon maaf, email di bawah ini minggu lalu saya kirim ke alamat BPS Provinsi Bali, dan oleh petugas di sana saya disarankan meneruskannya ke sini. Mohon dibantu.

        Salam,
        Wayan Ardika

        ---------- Forwarded message ---------
        From: I Wayan Ardika <wayan.ardika@undiknas.ac.id>
        Date: Mon, Nov 16, 2026 at 10:21 AM
        Subject: Permohonan data ketenagakerjaan Jembrana
        To: <bps5100@bps.go.id>


        Yth. Bapak/Ibu,

        Saya I Wayan Ardika, dosen Fakultas Ekonomi dan Bisnis Universitas Pendidikan Nasional. Saya memerlukan data jumlah angkatan kerja, penduduk bekerja menurut lapangan usaha, dan tingkat pengangguran terbuka Kabupaten Jembrana tahun 2019-2025 untuk penelitian dosen pemula.

        Terima kasih.

        I Wayan Ardika
        '''), name='I Wayan Ardika', inst='Universitas Pendidikan Nasional', **F)

    # ================================================================================================
    # New requests: government offices, letters
    # ================================================================================================
    C('f39-req-dinkes-letter-kadis-signature', 'outlook', 'Sekretariat Dinas Kesehatan', 'dikes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', B('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 1 Negara, Bali 82212

        Negara, 19 November 2026

        Nomor     : 400.7/2317/Dinkes/2026
        Sifat     : Segera
        Lampiran  : 1 (satu) berkas
        Hal       : Permohonan Data

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
            Negara

        Menindaklanjuti penyusunan Profil Kesehatan dan perhitungan sasaran program tahun 2027, Dinas Kesehatan Kabupaten Jembrana memohon bantuan data sebagai berikut:
        1. jumlah penduduk menurut kelompok umur lima tahunan dan jenis kelamin per kecamatan, 2025;
        2. proyeksi jumlah bayi (0 tahun) dan ibu hamil per kecamatan, 2027;
        3. angka kelahiran kasar (CBR) Kabupaten Jembrana.

        Data dapat dikirimkan melalui surel ini atau diambil oleh staf kami, Sdri. Ni Putu Ayu Melinda (0819-3600-xxxx).

        Demikian kami sampaikan, atas kerja sama yang baik kami ucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. I Gusti Agung Ayu Putri Laksmi, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP 19750812 200501 2 009
        '''), name='dr. I Gusti Agung Ayu Putri Laksmi', inst='Dinas Kesehatan Kabupaten Jembrana',
      attachments=[PDF('Surat Dinkes 400.7-2317 Permohonan Data.pdf')], **F)

    C('f39-req-bpkad-letter-allcaps-signatory', 'thunderbird', 'Bidang Anggaran BPKAD', 'anggaran.bpkad@jembranakab.go.id',
      'Permohonan data untuk penyusunan KUA-PPAS 2027', B('''
        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,
        Dalam rangka penyusunan Kebijakan Umum APBD serta Prioritas dan Plafon Anggaran Sementara (KUA-PPAS) Tahun Anggaran 2027, Badan Pengelola Keuangan dan Aset Daerah Kabupaten Jembrana memohon data asumsi makro sebagai berikut:
        1. pertumbuhan ekonomi Kabupaten Jembrana terbaru;
        2. inflasi Provinsi Bali (year on year) terbaru;
        3. PDRB ADHB dan ADHK, 2021-2025.

        Demikian permohonan ini kami sampaikan. Atas kerja samanya kami ucapkan terima kasih.

        a.n. KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH
        KABUPATEN JEMBRANA
        Sekretaris,

        ANAK AGUNG GDE RAKA PUTRA, S.E., M.M.
        NIP. 19780214 200212 1 003
        '''), name='ANAK AGUNG GDE RAKA PUTRA', inst='Badan Pengelola Keuangan dan Aset Daerah Kabupaten Jembrana',
      **F)

    C('f39-req-djpk-kemenkeu-analyst-disclaimer', 'outlook', 'Yohanes B. Manurung', 'yohanes.manurung@kemenkeu.go.id',
      'Permintaan data indikator makro Kab. Jembrana untuk evaluasi TKD', B('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dengan hormat, dalam rangka evaluasi pelaksanaan Transfer ke Daerah tahun anggaran 2026, Direktorat Jenderal Perimbangan Keuangan Kementerian Keuangan memerlukan data indikator makro Kabupaten Jembrana sebagai berikut:

        1. Indeks Pembangunan Manusia, 2020–2025;
        2. Tingkat Pengangguran Terbuka, 2020–2025;
        3. persentase penduduk miskin dan Indeks Gini, 2020–2025;
        4. PDRB per kapita ADHB, 2020–2025.

        Mengingat tenggat penyusunan laporan, kami mohon data dapat disampaikan paling lambat 4 Desember 2026.

        Atas kerja sama yang baik kami ucapkan terima kasih.

        Salam,
        Yohanes Bosco Manurung
        Analis Kebijakan Ahli Muda
        Direktorat Evaluasi Pengelolaan dan Informasi Keuangan Daerah
        Direktorat Jenderal Perimbangan Keuangan
        Gedung Radius Prawiro Lt. 9, Jl. Dr. Wahidin Raya No. 1, Jakarta Pusat

        Kementerian Keuangan Republik Indonesia tidak pernah meminta imbalan dalam bentuk apa pun atas layanan yang diberikan. Laporkan gratifikasi melalui www.wise.kemenkeu.go.id
        '''), name='Yohanes Bosco Manurung',
      inst='Direktorat Jenderal Perimbangan Keuangan Kementerian Keuangan', **F)

    C('f39-req-perbekel-tuwed-android-tiang', 'plain', 'Desa Tuwed', 'desatuwed@gmail.com',
      'Mohon data untuk RPJMDes', B('''
        Om Swastyastu Bapak/Ibu.
        Tiang I Ketut Wiratama, Perbekel Desa Tuwed, Kecamatan Melaya. Pemerintah Desa Tuwed sedang menyusun RPJMDes 2027-2032 dan memerlukan data jumlah penduduk menurut kelompok umur, jumlah keluarga miskin, dan jumlah usaha di Desa Tuwed dari sensus terakhir. Mohon bantuannya, kalau harus ada surat resmi nanti tiang kirimkan.
        Suksma.

        Dikirim dari perangkat Android saya
        '''), name='I Ketut Wiratama', inst='Pemerintah Desa Tuwed', **F)

    C('f39-req-html-only-kantor-pertanahan', 'html_only', 'Rudy Sinaga', 'rudy.sinaga@atrbpn.go.id',
      'Permohonan data penggunaan lahan dan penduduk', B('''
        Selamat siang Bapak/Ibu,

        Saya Rudy Hartono Sinaga, Penata Kadastral pada Kantor Pertanahan Kabupaten Jembrana. Dalam rangka penyusunan neraca penatagunaan tanah, kami memerlukan data:
        1. luas lahan sawah dan bukan sawah per kecamatan, 2023-2025;
        2. jumlah penduduk dan kepadatan penduduk per desa, 2025.

        Atas bantuannya diucapkan terima kasih.

        Rudy Hartono Sinaga
        Kantor Pertanahan Kabupaten Jembrana
        '''), name='Rudy Hartono Sinaga', inst='Kantor Pertanahan Kabupaten Jembrana', **F)

    C('f39-req-puskesmas-bidan-yahoo', 'yahoo', 'Ni Wayan Sriasih', 'pkm.pekutatan@yahoo.com',
      'data sasaran bumil bayi balita', B('''
        Selamat siang,

        Kami dari UPTD Puskesmas Pekutatan. Mohon bantuan data jumlah penduduk per desa di wilayah Kecamatan Pekutatan menurut kelompok umur (0-11 bulan, 1-4 tahun, 5-6 tahun) dan jumlah perempuan usia subur tahun 2025, untuk perhitungan sasaran imunisasi dan KIA tahun 2027.

        Terima kasih.

        Salam,
        Ni Wayan Sriasih, A.Md.Keb.
        Bidan Koordinator
        UPTD Puskesmas Pekutatan

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Wayan Sriasih', inst='UPTD Puskesmas Pekutatan', **F)

    C('f39-req-rsud-negara-kasubag-signature', 'outlook', 'Perencanaan RSUD Negara', 'perencanaan.rsudnegara@gmail.com',
      'Permohonan data proyeksi penduduk untuk Renstra RSUD', B('''
        Selamat pagi,

        Dengan hormat, sehubungan dengan penyusunan Rencana Strategis RSUD Negara tahun 2027-2031, kami memohon data:
        1. proyeksi penduduk Kabupaten Jembrana menurut kelompok umur, 2025-2035;
        2. angka harapan hidup Kabupaten Jembrana, 2015-2025;
        3. persentase penduduk yang memiliki jaminan kesehatan (Susenas).

        Demikian, atas bantuannya kami ucapkan terima kasih.

        Hormat kami,
        Putu Eka Darmawan, S.K.M., M.P.H.
        Kepala Subbagian Perencanaan dan Evaluasi
        RSUD Negara
        '''), name='Putu Eka Darmawan', inst='RSUD Negara', **F)

    C('f39-req-sma-geography-teacher-pyramid', 'gmail', 'Sri Lestari', 'srilestari.geo@gmail.com',
      'Permohonan data kependudukan untuk bahan ajar Geografi', B('''
        Assalamualaikum wr. wb.
        Selamat pagi Bapak/Ibu,

        Saya Sri Lestari Handayani, guru Geografi di SMA Negeri 2 Negara. Bulan depan kelas XI akan mempelajari materi dinamika kependudukan, dan saya ingin siswa berlatih membuat piramida penduduk serta menghitung rasio ketergantungan memakai data daerah sendiri.

        Mohon bantuan data jumlah penduduk Kabupaten Jembrana menurut kelompok umur dan jenis kelamin hasil SP2010 dan SP2020, serta angka terbaru tahun 2025.

        Terima kasih, semoga menjadi amal baik.
        Wassalamualaikum wr. wb.

        Sri Lestari Handayani, S.Pd.
        '''), name='Sri Lestari Handayani', inst='SMA Negeri 2 Negara', **F)

    C('f39-req-smk-pupil-abbreviations', 'gmail', 'sinta maharani', 'sintamhrn06@gmail.com', 'minta data buat tugas', B('''
        selamat siang kak 🙏 sy Ni Kadek Sinta Maharani dr SMK Negeri 1 Negara kls XII AKL 2. sy dpt tugas dr guru buat bikin laporan ttg penduduk desa sy, desa Baler Bale Agung. mau minta data jml penduduk laki2 & perempuan sm jml KK di desa itu thn 2025 kak. mksh bnyk kak
        '''), name='Ni Kadek Sinta Maharani', inst='SMK Negeri 1 Negara', **F)

    # ================================================================================================
    # New requests: business, banks, media, NGOs, groups, foreigners
    # ================================================================================================
    C('f39-req-html-only-coconut-processor', 'html_only', 'Hendrik Wijaya', 'hendrik@nusakelapa.co.id',
      'Permintaan data produksi kelapa Jembrana', B('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Hendrik Wijaya Tanoto, Direktur Operasional PT Nusa Kelapa Lestari, produsen desiccated coconut dan minyak kelapa murni di Sidoarjo. Kami sedang menjajaki pembangunan unit pengolahan di Bali bagian barat dan ingin memastikan pasokan bahan baku.

        Mohon informasi data:
        - luas areal dan produksi kelapa dalam per kecamatan di Kabupaten Jembrana, 2020-2025;
        - jumlah rumah tangga usaha perkebunan kelapa;
        - harga kelapa butir di tingkat petani, bila tersedia.

        Terima kasih atas perhatian Bapak/Ibu.

        Hormat kami,
        Hendrik Wijaya Tanoto
        PT Nusa Kelapa Lestari
        www.nusakelapa.co.id
        '''), name='Hendrik Wijaya Tanoto', inst='PT Nusa Kelapa Lestari', **F)

    C('f39-req-bpd-bali-ida-bagus-disclaimer', 'outlook', 'Ida Bagus Oka Wiradharma', 'ib.oka@bpdbali.co.id',
      'Permohonan data PDRB dan UMKM Kabupaten Jembrana', B('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan, saya Ida Bagus Made Oka Wiradharma, Analis Bisnis pada Bank BPD Bali Kantor Cabang Negara. Dalam rangka penyusunan Rencana Bisnis Cabang tahun 2027, kami memerlukan data:
        1. PDRB atas dasar harga berlaku dan konstan menurut lapangan usaha, 2020-2025;
        2. laju pertumbuhan ekonomi Kabupaten Jembrana, 2020-2025;
        3. jumlah usaha mikro dan kecil menurut kecamatan (terbaru).

        Atas bantuan Bapak/Ibu, kami ucapkan terima kasih.

        Hormat kami,

        Ida Bagus Made Oka Wiradharma
        Analis Bisnis
        Bank BPD Bali Kantor Cabang Negara
        Jl. Ngurah Rai No. 111, Negara

        Perhatian: Email ini beserta lampirannya hanya ditujukan kepada penerima yang dimaksud dan dapat berisi informasi rahasia. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. Bank BPD Bali tidak pernah meminta data pribadi nasabah melalui email.
        '''), name='Ida Bagus Made Oka Wiradharma', inst='Bank BPD Bali Kantor Cabang Negara', **F)

    C('f39-req-agritech-startup-code-switching', 'gmail', 'Raditya Pramudya', 'radit@sawahku.id',
      'Data request: produksi padi & harga gabah Jembrana', B('''
        Hi tim BPS Jembrana!

        Saya Raditya Pramudya, Head of Data di Sawahku, startup agritech dari Bandung yang bantu petani dapet akses pembiayaan. Next quarter kita mau expand ke Bali, dan Jembrana jadi salah satu pilot area.

        Kita butuh beberapa data buat credit scoring model kita:
        - luas panen & produksi padi per kecamatan, monthly kalau ada (KSA), 2022-2025
        - harga gabah di tingkat petani, monthly, 2022-2025
        - jumlah rumah tangga usaha pertanian per kecamatan (ST2023)

        Format CSV/Excel preferred, tapi PDF juga gpp. Thanks a lot ya!

        Best,
        Radit

        --
        Raditya Pramudya | Head of Data | Sawahku
        Jl. Cihampelas No. 160, Bandung
        '''), name='Raditya Pramudya', inst='Sawahku', **F)

    C('f39-req-journalist-news-site-interview', 'gmail', 'Fransiska Kewa', 'fransiska.kewa@kabarjembrana.com',
      'Wawancara & data kemiskinan untuk liputan', B('''
        Halo Bapak/Ibu PST,

        Saya Fransiska Ina Kewa, reporter Kabar Jembrana Online. Saya sedang menulis laporan mendalam tentang kemiskinan di desa-desa pesisir Jembrana menjelang rilis angka kemiskinan tahun depan.

        Boleh saya minta:
        1. jumlah dan persentase penduduk miskin Jembrana 2015-2025, plus garis kemiskinannya;
        2. indeks kedalaman dan keparahan kemiskinan (P1, P2) pada periode yang sama.

        Kalau ada statistisi yang bersedia diwawancarai 15-20 menit via telepon untuk menjelaskan cara menghitung garis kemiskinan, saya akan sangat berterima kasih. Deadline saya Jumat ini.

        Salam,
        Siska
        Kabar Jembrana Online | redaksi@kabarjembrana.com | WA 0813-3790-xxxx
        '''), name='Fransiska Ina Kewa', inst='Kabar Jembrana Online', **F)

    C('f39-req-html-only-resort-marketing', 'html_only', 'Segara Madu Resort', 'sales@segaramaduresort.com',
      'Request data kunjungan wisatawan – Segara Madu Resort Medewi', B('''
        Dear Bapak/Ibu,

        Salam hangat dari Medewi. Saya Ni Putu Dewi Anggraeni, Sales & Marketing Manager di Segara Madu Resort Medewi. Untuk penyusunan marketing plan 2027 dan presentasi ke owner, kami ingin memperoleh data:

        1. jumlah wisatawan mancanegara dan nusantara yang menginap di Kabupaten Jembrana per bulan, 2023-2025;
        2. rata-rata lama menginap tamu;
        3. tingkat penghunian kamar hotel bintang dan non-bintang di Jembrana.

        Terima kasih banyak atas bantuannya.

        Warm regards,
        Dewi Anggraeni
        Sales & Marketing Manager
        Segara Madu Resort Medewi
        Jl. Pantai Medewi, Pekutatan, Jembrana – Bali
        '''), name='Ni Putu Dewi Anggraeni', inst='Segara Madu Resort Medewi', **F)

    C('f39-req-life-insurer-actuary-notice', 'outlook', 'Lukas Hendrawan', 'lukas.hendrawan@bumisentosa.co.id',
      'Permohonan data angka kematian dan struktur umur', B('''
        Selamat siang Bapak/Ibu,

        Saya Lukas Hendrawan, aktuaris di PT Asuransi Jiwa Bumi Sentosa. Kami sedang mengembangkan produk asuransi mikro untuk nelayan dan petani di Bali barat, dan memerlukan:
        - angka kematian bayi dan angka harapan hidup Kabupaten Jembrana, 2010-2025;
        - jumlah penduduk menurut kelompok umur dan jenis kelamin, 2025;
        - jumlah nelayan dan petani menurut kelompok umur, bila tersedia.

        Terima kasih atas kerja samanya.

        Salam hangat,
        Lukas Hendrawan, FSAI
        Actuarial Department
        PT Asuransi Jiwa Bumi Sentosa

        CONFIDENTIALITY NOTICE: The information contained in this email is confidential and may be legally privileged. If you are not the intended recipient, please delete this email and notify the sender immediately.
        '''), name='Lukas Hendrawan', inst='PT Asuransi Jiwa Bumi Sentosa', **F)

    C('f39-req-subak-pekaseh-yahoo', 'yahoo', 'Nengah Sudarsana', 'nengahsudarsana67@yahoo.co.id',
      'Mohon data padi untuk subak', B('''
        Om Swastyastu,

        Dengan hormat, saya I Nengah Sudarsana, pekaseh Subak Yeh Sumbul di Kecamatan Mendoyo. Dalam paruman subak bulan depan kami akan membahas rencana pola tanam tahun 2027, dan krama subak ingin tahu perkembangan hasil panen padi di Kecamatan Mendoyo dibanding kecamatan lain.

        Mohon dibantu data luas panen, produksi dan produktivitas padi sawah per kecamatan di Kabupaten Jembrana tahun 2021 sampai 2025.

        Suksma.

        Om Santih, Santih, Santih Om

        Dikirim dari Yahoo Mail di Android
        '''), name='I Nengah Sudarsana', inst='Subak Yeh Sumbul', **F)

    C('f39-req-ksu-cooperative-manager-yahoo', 'yahoo', 'KSU Mertha Sari', 'ksumerthasari@yahoo.co.id',
      'Permohonan Data Jumlah UMKM', B('''
        Om Swastyastu,

        Dengan hormat, kami dari Koperasi Serba Usaha Mertha Sari Jembrana bermaksud memohon data jumlah usaha mikro dan kecil per desa di Kecamatan Mendoyo dan Kecamatan Pekutatan, menurut jenis usaha, tahun terbaru. Data ini akan kami gunakan untuk merencanakan perluasan layanan pinjaman bagi anggota.

        Suksma.

        Om Santih, Santih, Santih Om

        Manajer,
        I Gede Putu Artawan

        Dikirim dari Yahoo Mail di Android
        '''), name='I Gede Putu Artawan', inst='Koperasi Serba Usaha Mertha Sari Jembrana', **F)

    C('f39-req-fisher-group-android-one-paragraph', 'plain', 'Moh Ridwan', 'ridwan.karyabahari@gmail.com',
      'mohon data ikan', B('''
        Assalamualaikum pak bu. Saya Moh. Ridwan ketua KUB Karya Bahari Pengambengan. Mau minta data produksi ikan yang didaratkan di PPN Pengambengan per bulan dari 2020 sampai 2025 sama jumlah kapal purse seine. Buat proposal bantuan alat tangkap ke dinas. Makasih pak bu wassalam

        Dikirim dari perangkat Android saya
        '''), name='Moh. Ridwan', inst='KUB Karya Bahari Pengambengan', **F)

    C('f39-req-ngo-mangrove-signature-only', 'plain', 'YSLN', 'ysln.bali@gmail.com',
      'Permohonan data nelayan dan pesisir', B('''
        Salam lestari,

        Bersama ini kami mohon bantuan data untuk penyusunan proposal program rehabilitasi mangrove berbasis masyarakat di pesisir Perancak dan Budeng:
        1. jumlah rumah tangga nelayan per desa di Kecamatan Jembrana dan Kecamatan Negara;
        2. jumlah penduduk miskin Kabupaten Jembrana 2020-2025;
        3. luas kawasan mangrove, bila BPS memiliki datanya.

        Terima kasih atas dukungannya.

        Hormat kami,
        Made Ayu Sekar Ningrat
        Koordinator Program
        Yayasan Segara Lestari Nusantara
        Jl. Gunung Agung No. 7, Negara
        '''), name='Made Ayu Sekar Ningrat', inst='Yayasan Segara Lestari Nusantara', **F)

    C('f39-req-en-iphone-searca-philippines', 'iphone', 'Maria Cristina Dela Cruz', 'mcdelacruz@searca.org',
      'Data request - Jembrana rice and cocoa', B('''
        Good day!

        I'm Maria Cristina Dela Cruz, a research associate at SEARCA in Los Baños, Philippines. We are doing a regional study on smallholder crop diversification and would like to include Jembrana as one of the Indonesian sites.

        May I request the area harvested and production of rice, cocoa and coconut for Jembrana, 2015 to 2025? Data by kecamatan would be ideal.

        Thank you so much and God bless.

        Sent from my iPhone
        '''), name='Maria Cristina Dela Cruz', inst='SEARCA', lang='en', **F)

    C('f39-req-en-iphone-consulate-economic-brief', 'iphone', "Sarah O'Brien", 'sarah.obrien@dfat.gov.au',
      'Economic indicators for Jembrana', B('''
        Dear BPS Jembrana team,

        I'm Sarah O'Brien from the Australian Consulate-General Bali. Ahead of a visit by our Consul-General to Jembrana in January, I'm preparing a short brief and would be grateful for the latest figures on:

        - regional GDP growth, 2021-2025
        - poverty rate and open unemployment rate, latest
        - foreign visitor numbers staying in Jembrana, 2023-2025

        Many thanks in advance.

        Kind regards,
        Sarah

        Sent from my iPhone
        '''), name="Sarah O'Brien", inst='Australian Consulate-General Bali', lang='en', **F)

    # ================================================================================================
    # New requests that lack the name, the institution or a concrete need
    # ================================================================================================
    C('f39-req-noid-min-ipm-one-line', 'gmail', 'Rizky Ananda', 'rizkyananda.p@gmail.com', 'ipm', B('''
        Permisi min, mau minta data IPM Jembrana 2020-2025 sama komponennya (UHH, HLS, RLS, pengeluaran) buat tugas kuliah. makasih min 🙏
        '''), **F)

    C('f39-req-unmas-mau-tanya-dong-only', 'gmail', 'Ayu Kartika', 'ayukartika.unmas@gmail.com', 'Tanya', B('''
        Selamat pagi kak, saya Ni Made Ayu Kartika dari Universitas Mahasaraswati Denpasar. Mau tanya dong kak, bisa dibantu? Terima kasih 🙏
        '''), name='Ni Made Ayu Kartika', inst='Universitas Mahasaraswati Denpasar', req=False, **F)

    C('f39-req-retired-teacher-drs-pribadi-history', 'outlook', 'I Nyoman Suarjana', 'nyomansuarjana1955@outlook.com',
      'Data penduduk Desa Yehembang zaman dulu', B('''
        Om Swastyastu,

        Saya Drs. I Nyoman Suarjana, pensiunan guru. Saat ini saya secara pribadi sedang menulis buku kecil tentang sejarah Desa Yehembang untuk anak cucu. Apakah BPS masih menyimpan data jumlah penduduk Desa Yehembang dari sensus 1971, 1980 dan 1990? Jika ada, saya mohon salinannya, dan saya bersedia datang ke kantor.

        Suksma.

        Drs. I Nyoman Suarjana
        '''), name='Drs. I Nyoman Suarjana', **F)

    C('f39-req-iphone-bisa-minta-tolong', 'iphone', 'Putu', 'putu.g88@icloud.com', 'Tanya', B('''
        Pak, bisa minta tolong?

        Dikirim dari iPhone saya
        '''), req=False, **F)

    C('f39-req-en-freelance-writer-no-inst', 'gmail', 'Emily Clarke', 'emilyclarke.writes@gmail.com',
      'Population figures for Gilimanuk and Melaya', B('''
        Hi there,

        I'm Emily Clarke, a freelance travel writer working on a guide to the quieter corners of Bali. Could you tell me the current population of Gilimanuk and of Melaya district, and roughly how many foreign visitors stay overnight in Jembrana each year?

        Many thanks,
        Emily
        '''), name='Emily Clarke', lang='en', **F)

    C('f39-req-undiksha-name-only-in-from', 'gmail', 'Kadek Wira Adnyana', 'kadekwira.a@gmail.com',
      'Data pengangguran', B('''
        Selamat sore Bapak/Ibu,

        Saya mahasiswa Universitas Pendidikan Ganesha yang sedang menyusun skripsi. Mohon dibantu data tingkat pengangguran terbuka dan tingkat partisipasi angkatan kerja Kabupaten Jembrana 2015-2025.

        Terima kasih.
        '''), inst='Universitas Pendidikan Ganesha', **F)

    C('f39-req-kwt-group-no-name-no-need', 'yahoo', 'KWT Mekar Sari', 'kwtmekarsari.mnt@yahoo.com', 'Mohon info', B('''
        Selamat pagi Bapak Ibu BPS,

        Kami dari Kelompok Wanita Tani Mekar Sari Desa Manistutu. Mohon informasinya, apakah kami bisa dibantu?

        Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), inst='Kelompok Wanita Tani Mekar Sari Desa Manistutu', req=False, **F)

    C('f39-req-html-only-en-some-data-about-bali', 'html_only', 'Tom Vandenberghe', 'tomvdb@hotmail.com',
      'Question', B('''
        Hi,

        I need some data about Bali for a project. Can you help?

        Thanks,
        Tom
        '''), name='Tom', req=False, lang='en', **F)

    C('f39-req-latin1-form-instansi-umum', 'latin1', 'Agus Salim', 'agussalim71@telkom.net', 'Permohonan data harga', B('''
        Selamat siang,

        Nama      : Agus Salim
        Instansi  : umum
        Keperluan : mohon data harga produsen gabah dan beras di Kabupaten Jembrana per bulan tahun 2025

        Terima kasih.
        '''), name='Agus Salim', **F)

    C('f39-req-android-need-only-in-subject', 'plain', 'wayan s', 'wyn.sutama@gmail.com',
      'Permintaan data luas lahan sawah per desa Kec. Melaya 2025', B('''
        Selamat pagi, mohon bantuannya. Terima kasih.

        Dikirim dari perangkat Android saya
        '''), **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f39-reply-identity-after-ask-umm', 'gmail', 'Rizky Ananda', 'rizkyananda.p@gmail.com', 'Re: ' + S_ASK % 3901, B('''
        Oh iya maaf min, lupa. Nama saya Rizky Ananda Putra, mahasiswa Teknik Informatika Universitas Muhammadiyah Malang semester 5. Datanya buat tugas mata kuliah Data Mining. Makasih min
        '''), kind='reply', name='Rizky Ananda Putra', inst='Universitas Muhammadiyah Malang', req=False,
      ticket='PST-2026-03901', quote=gq(ASK, 'id'), **rp(3901), **F)

    C('f39-reply-outlook-thanks-plus-per-kecamatan', 'outlook', 'Perencanaan RSUD Negara',
      'perencanaan.rsudnegara@gmail.com', 'RE: ' + S_DATA % 3902, B('''
        Selamat siang,

        Terima kasih, data proyeksi penduduk sudah kami terima dan sangat membantu. Apakah kami dapat memperoleh juga proyeksi penduduk menurut kelompok umur per kecamatan, khususnya Kecamatan Melaya dan Kecamatan Pekutatan? Rencananya akan dibangun dua puskesmas rawat inap baru di sana.

        Hormat kami,
        Putu Eka Darmawan
        RSUD Negara
        '''), kind='reply', name='Putu Eka Darmawan', inst='RSUD Negara', req=True, ticket='PST-2026-03902',
      quote=oq(DATA_ID % 3902, 'Perencanaan RSUD Negara <perencanaan.rsudnegara@gmail.com>', S_DATA % 3902, 'id'),
      **rp(3902), **F)

    C('f39-reply-iphone-udah-masuk', 'iphone', 'Komang Juli', 'juliantara.k@icloud.com', 'Re: ' + S_DATA % 3903, B('''
        Makasih banyak kak, datanya udah masuk 🙏🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-03903', quote=apq(DATA_ID % 3903), **rp(3903), **F)

    C('f39-reply-yahoo-sends-cover-letter-unud', 'yahoo', 'Sri Widiantari', 'widiantari.sri@yahoo.com',
      'Re: ' + S_LETTER % 3904, B('''
        Selamat sore Bapak/Ibu,

        Bersama ini saya kirimkan surat pengantar dari Program Studi Magister Ilmu Lingkungan Universitas Udayana sesuai permintaan. Mohon maaf baru bisa saya kirim sekarang karena menunggu tanda tangan Koordinator Program Studi.

        Hormat saya,
        Ni Luh Gede Sri Widiantari
        '''), kind='reply', name='Ni Luh Gede Sri Widiantari', inst='Universitas Udayana', req=False,
      ticket='PST-2026-03904', quote=yid(LETTER_ID % 3904),
      attachments=[PDF('Surat Pengantar Prodi MIL Unud_Widiantari.pdf')], **rp(3904), **F)

    C('f39-reply-en-asks-series-break', 'gmail', 'Rebecca Thornton', 'rebecca.thornton@monash.edu',
      'Re: ' + S_DATA % 3905, B('''
        Dear PST team,

        Many thanks for the GRDP and employment tables, they arrived safely. One question: the employment series shows a break between 2015 and 2016. Was there a change in the industry classification (KBLI 2009 to KBLI 2015) or in the Sakernas sample design that I should mention in a footnote?

        Best wishes,
        Rebecca
        '''), kind='reply', name='Rebecca', req=True, lang='en', ticket='PST-2026-03905',
      quote=gq(DATA_EN % 3905), **rp(3905), **F)

    C('f39-reply-thunderbird-bottom-status-query', 'thunderbird', 'Maruli Simanjuntak', 'maruli.simanjuntak@uhn.ac.id',
      'Re: ' + S_ACK % 3906,
      tbe(ACK % (3906, 'Maruli Tua Simanjuntak', 'Universitas HKBP Nommensen', 'PDRB, tenaga kerja, kemiskinan'))
      + '\n\n' + B('''
        Selamat siang,

        Mohon maaf, sudah lewat satu minggu sejak permintaan saya diterima. Kira-kira kapan data tersebut dapat dikirimkan? Laporan kemajuan penelitian kami harus diserahkan tanggal 30 November.

        Terima kasih.

        Maruli Tua Simanjuntak
        '''), kind='reply', name='Maruli Tua Simanjuntak', inst='Universitas HKBP Nommensen', req=False,
      ticket='PST-2026-03906', **rp(3906), **F)

    C('f39-reply-new-mail-ticket-in-body-adds-desa', 'gmail', 'Fransiska Kewa', 'fransiska.kewa@kabarjembrana.com',
      'Susulan permintaan data kemiskinan', B('''
        Halo Bapak/Ibu,

        Menindaklanjuti permintaan saya dengan nomor tiket PST-2026-03907, saya ingin menambahkan satu hal: apakah tersedia juga data persentase penduduk miskin per kecamatan atau per desa (misalnya dari Regsosek)? Kalau tidak ada, tidak apa-apa.

        Terima kasih,
        Fransiska Ina Kewa
        Kabar Jembrana Online
        '''), kind='reply', name='Fransiska Ina Kewa', inst='Kabar Jembrana Online', req=True,
      ticket='PST-2026-03907', **F)

    C('f39-reply-latin1-french-quote-asks-2010', 'latin1', 'Anaïs Dufresne', 'anais.dufresne@ird.fr',
      'Re: ' + S_DATA % 3908, B('''
        Dear colleagues,

        Thank you very much for the fertility tables, they are exactly what I needed. Would it also be possible to receive the same age-specific fertility rates from the 2010 census, so that I can compare the two decades?

        Best regards,
        Anaïs Dufresne
        '''), kind='reply', name='Anaïs Dufresne', req=True, lang='en', ticket='PST-2026-03908',
      quote=frq(DATA_EN % 3908), name_charset='ISO-8859-1', name_enc='Q', **rp(3908), **F)

    C('f39-reply-html-only-corrects-institution', 'html_only', 'Segara Madu Resort', 'sales@segaramaduresort.com',
      'Re: ' + S_ACK % 3909, B('''
        Selamat siang,

        Terima kasih atas konfirmasinya. Mohon koreksi sedikit: instansi saya tertulis Segara Madu Resort, yang benar PT Segara Madu Hospitality selaku pengelola resort. Mohon tanda terima nanti dibuat atas nama perusahaan tersebut.

        Salam,
        Dewi Anggraeni
        '''), kind='reply', name='Dewi Anggraeni', inst='PT Segara Madu Hospitality', req=False,
      ticket='PST-2026-03909',
      quote=gq(ACK % (3909, 'Ni Putu Dewi Anggraeni', 'Segara Madu Resort', 'Data kunjungan wisatawan 2023-2025'), 'id'),
      **rp(3909), **F)

    C('f39-reply-android-confirms-visit', 'plain', 'Gede Arya Pramana', 'aryapramana@stikom-bali.ac.id',
      'Re: ' + S_VISIT % 3910, B('''
        Baik Bu, saya konfirmasi hadir Kamis jam 10.00 bersama satu teman. Suksma.

        Arya

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='Arya', req=False, ticket='PST-2026-03910',
      quote=sq(VISIT_ID % 3910, 'Gede Arya Pramana <aryapramana@stikom-bali.ac.id>', S_VISIT % 3910),
      **rp(3910), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f39-rating-iphone-bare-five', 'iphone', 'Komang Juli', 'juliantara.k@icloud.com', 'Re: ' + S_RATE % 3921, B('''
        5

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-03921', quote=apq(RATE_ID % 3921),
      **rp(3921), **F)

    C('f39-rating-outlook-dinkes-staff-four', 'outlook', 'Sekretariat Dinas Kesehatan', 'dikes@jembranakab.go.id',
      'RE: ' + S_RATE % 3922, B('''
        Yth. PST BPS Kabupaten Jembrana,

        Kami memberikan nilai 4 (puas). Data lengkap dan sesuai permintaan, hanya saja proyeksi ibu hamil belum tersedia per kecamatan.

        Terima kasih atas kerja samanya.

        Ni Putu Ayu Melinda
        Staf Subbagian Perencanaan
        Dinas Kesehatan Kabupaten Jembrana
        '''), kind='rating', rating=4, name='Ni Putu Ayu Melinda', inst='Dinas Kesehatan Kabupaten Jembrana',
      req=False, ticket='PST-2026-03922',
      quote=oq(RATE_ID % 3922, 'Sekretariat Dinas Kesehatan <dikes@jembranakab.go.id>', S_RATE % 3922, 'id'),
      **rp(3922), **F)

    C('f39-rating-en-five-slash-five', 'gmail', 'Jessica Liem', 'r13323045@ntu.edu.tw', 'Re: ' + S_RATE % 3923, B('''
        5/5, very fast and the Excel files were clean. Thank you!

        Jessica
        '''), kind='rating', rating=5, name='Jessica', req=False, lang='en', ticket='PST-2026-03923',
      quote=gq(RATE_EN % 3923), **rp(3923), **F)

    C('f39-rating-yahoo-bintang-tiga-aja', 'yahoo', 'nengah s', 'nengahsudarsana67@yahoo.co.id', 'Re: ' + S_RATE % 3924, B('''
        bintang 3 aja ya pak, datanya kurang lengkap, yg per subak tidak ada. tapi petugasnya ramah.

        Dikirim dari Yahoo Mail di Android
        '''), kind='rating', rating=3, req=False, ticket='PST-2026-03924', quote=yid(RATE_ID % 3924),
      **rp(3924), **F)

    C('f39-rating-star-emoji-four', 'gmail', 'Desa Tuwed', 'desatuwed@gmail.com', 'Re: ' + S_RATE % 3925, B('''
        ⭐⭐⭐⭐
        Pelayanannya cepat, kurang satu bintang karena data usaha per banjar tidak ada. Suksma!

        Ketut Wiratama
        '''), kind='rating', rating=4, name='Ketut Wiratama', req=False, ticket='PST-2026-03925',
      quote=gq(RATE_ID % 3925, 'id'), **rp(3925), **F)

    C('f39-rating-android-one-late-wrong-year', 'plain', 'Moh Ridwan', 'ridwan.karyabahari@gmail.com',
      'Re: ' + S_RATE % 3926, B('''
        Nilai 1. Permintaan saya baru dibalas setelah 12 hari kerja, itupun datanya bukan tahun yang saya minta.

        Moh. Ridwan

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=1, name='Moh. Ridwan', req=False, ticket='PST-2026-03926',
      quote=sq(RATE_ID % 3926, 'Moh Ridwan <ridwan.karyabahari@gmail.com>', S_RATE % 3926), **rp(3926), **F)

    C('f39-rating-thunderbird-nilai-dua-words', 'thunderbird', 'Kadek Dwi Pradnyani', 'dwipradnyani@pnb.ac.id',
      'Re: ' + S_RATE % 3927, B('''
        Selamat sore,

        Saya beri nilai dua. Konsultasi daring sempat tertunda dua kali tanpa pemberitahuan, dan pertanyaan saya tentang standard error belum terjawab tuntas.

        Kadek Dwi Pradnyani
        Politeknik Negeri Bali
        ''') + '\n\n' + tbe(RATE_ID % 3927), kind='rating', rating=2, name='Kadek Dwi Pradnyani',
      inst='Politeknik Negeri Bali', req=False, ticket='PST-2026-03927', **rp(3927), **F)

    C('f39-rating-html-only-en-no-number', 'html_only', 'Priya Raghunathan', 'priya.r@iimb.ac.in',
      'Re: ' + S_RATE % 3928, B('''
        Excellent service, very responsive and helpful. Thank you!

        Priya
        '''), kind='rating', name='Priya', req=False, lang='en', ticket='PST-2026-03928',
      quote=gq(RATE_EN % 3928), **rp(3928), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f39-complaint-website-502-unesa', 'gmail', 'Bima Sakti Nugroho', 'bimasakti.n@mhs.unesa.ac.id',
      'Website BPS Jembrana tidak bisa diakses', B('''
        Selamat malam,

        Saya Bima Sakti Nugroho, mahasiswa Universitas Negeri Surabaya. Sejak Sabtu website jembranakab.bps.go.id tidak bisa dibuka sama sekali (muncul "502 Bad Gateway"), sehingga saya tidak bisa mengunduh publikasi Kabupaten Jembrana Dalam Angka. Mohon segera diperbaiki, karena banyak mahasiswa yang bergantung pada website tersebut.

        Terima kasih.
        '''), kind='complaint', name='Bima Sakti Nugroho', inst='Universitas Negeri Surabaya', req=False, **F)

    C('f39-complaint-outlook-wrong-regency-sent', 'outlook', 'Ida Bagus Oka Wiradharma', 'ib.oka@bpdbali.co.id',
      'RE: ' + S_DATA % 3931, B('''
        Selamat sore,

        Mohon maaf, data yang dikirimkan tidak sesuai. Kami meminta PDRB menurut lapangan usaha Kabupaten Jembrana, namun yang terlampir adalah PDRB Kabupaten Tabanan. Selain itu file Excel-nya terkunci sehingga tidak dapat diolah. Mohon lebih teliti, karena laporan kami harus diserahkan ke kantor pusat minggu ini.

        Hormat kami,
        Ida Bagus Made Oka Wiradharma
        Bank BPD Bali Kantor Cabang Negara
        '''), kind='complaint', name='Ida Bagus Made Oka Wiradharma', inst='Bank BPD Bali Kantor Cabang Negara',
      req=False, ticket='PST-2026-03931',
      quote=oq(DATA_ID % 3931, 'Ida Bagus Oka Wiradharma <ib.oka@bpdbali.co.id>', S_DATA % 3931, 'id'),
      **rp(3931), **F)

    C('f39-complaint-yahoo-suggest-excel-not-pdf', 'yahoo', 'Kadek Suartini', 'kadeksuartini.phs@yahoo.com',
      'Saran untuk publikasi BPS', B('''
        Selamat siang,

        Saran untuk BPS Jembrana: mohon publikasi di website disediakan juga dalam format Excel, jangan hanya PDF. Kami di desa harus mengetik ulang tabel satu per satu untuk bahan musyawarah desa. Terima kasih.

        Kadek Suartini
        Kaur Perencanaan
        Pemerintah Desa Pohsanten
        '''), kind='complaint', name='Kadek Suartini', inst='Pemerintah Desa Pohsanten', req=False, **F)

    C('f39-complaint-en-no-response-ticket-in-body', 'gmail', 'Daniel Hoffmann', 'd.hoffmann@uni-goettingen.de',
      'No response to my data request', B('''
        Dear BPS Jembrana,

        I submitted a data request on 5 November and received a confirmation with ticket number PST-2026-03932, but despite two reminders I have had no further response. Your service charter promises an answer within three working days. The delay is holding up our project report. Could someone please look into this?

        Regards,
        Daniel Hoffmann
        Department of Agricultural Economics and Rural Development
        University of Göttingen
        '''), kind='complaint', name='Daniel Hoffmann', inst='University of Göttingen', req=False, lang='en',
      ticket='PST-2026-03932', **F)

    C('f39-complaint-iphone-phone-not-answered', 'iphone', 'Gusti Made Wirawan', 'gm.wirawan@icloud.com',
      'Telepon kantor tidak diangkat', B('''
        Selamat siang. Saya sudah telepon ke kantor BPS Jembrana dari jam 9 sampai jam 11 tadi, tidak ada yang angkat. WA layanan juga cuma centang satu. Katanya jam layanan 08.00-15.30? Tolong diperhatikan.

        Gusti Made Wirawan

        Dikirim dari iPhone saya
        '''), kind='complaint', name='Gusti Made Wirawan', req=False, **F)

    C('f39-complaint-android-suggest-whatsapp', 'plain', 'pan darma', 'pandarma.tani@gmail.com', 'saran', B('''
        Saran pak: tolong dibuka layanan permintaan data lewat WhatsApp juga, karena banyak petani di desa kami tdk punya email dan tdk bisa ke Negara. Tks

        Dikirim dari perangkat Android saya
        '''), kind='complaint', req=False, **F)

    C('f39-complaint-html-only-officer-attitude', 'html_only', 'Putu Gede Swastika', 'swastika.sdn3melaya@gmail.com',
      'Pengalaman kurang menyenangkan di ruang PST', B('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Saya ingin menyampaikan pengalaman kurang menyenangkan saat berkunjung ke ruang PST pada Jumat, 20 November 2026 sekitar pukul 14.00. Petugas yang melayani terlihat sibuk dengan ponselnya, menjawab pertanyaan saya dengan nada ketus, lalu menyuruh saya mencari sendiri di website. Saya datang jauh dari Melaya. Semoga menjadi perhatian dan bahan evaluasi.

        Hormat saya,
        I Putu Gede Swastika
        Guru SD Negeri 3 Melaya
        '''), kind='complaint', name='I Putu Gede Swastika', inst='SD Negeri 3 Melaya', req=False, **F)

    C('f39-complaint-thunderbird-pnbp-fee-usu', 'thunderbird', 'Ahmad Fauzan Lubis', 'fauzanlubis@students.usu.ac.id',
      'Keberatan biaya data mentah Susenas', B('''
        Selamat pagi,

        Saya kecewa karena data mentah Susenas yang saya butuhkan untuk tesis ternyata harus dibayar melalui PNBP, sedangkan di website tertulis layanan data BPS gratis. Mohon informasi di website diperjelas agar tidak menyesatkan, dan kalau bisa ada keringanan biaya bagi mahasiswa.

        Terima kasih.

        Ahmad Fauzan Lubis
        Program Magister Ilmu Ekonomi
        Universitas Sumatera Utara
        '''), kind='complaint', name='Ahmad Fauzan Lubis', inst='Universitas Sumatera Utara', req=False,
      wrap=72, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f39-ooo-outlook-en-leave-headers', 'outlook', 'Priya Raghunathan', 'priya.r@iimb.ac.in',
      'Automatic reply: ' + S_DATA % 3941, B('''
        Thank you for your message. I am on leave until 4 January 2027 with limited access to email. For urgent matters, please contact the Public Policy office at pp-office@iimb.ac.in.

        Priya Raghunathan
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03941',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3941), **F)

    C('f39-ooo-gmail-office-acknowledgement', 'gmail', 'Kantor Pertanahan Kab. Jembrana', 'kantah.jembrana@atrbpn.go.id',
      'Re: ' + S_ACK % 3942, B('''
        Terima kasih telah menghubungi Kantor Pertanahan Kabupaten Jembrana.

        Email Anda telah kami terima dan akan diteruskan kepada seksi terkait. Email ini dikirim secara otomatis, mohon tidak membalas email ini.
        '''), kind='auto_reply', req=False, ticket='PST-2026-03942',
      extra=[('X-Autoreply', 'yes')], **rp(3942), **F)

    C('f39-ooo-yahoo-dinas-trip-body-only', 'yahoo', 'Yohanes B. Manurung', 'ybmanurung@yahoo.com',
      'Re: ' + S_DATA % 3943, B('''
        Terima kasih atas email Anda. Saya sedang dalam perjalanan dinas ke Kupang sampai 2 Desember 2026 dengan akses internet terbatas. Email Anda akan saya balas setelah saya kembali.

        Salam,
        Yohanes
        '''), kind='auto_reply', req=False, ticket='PST-2026-03943', **rp(3943), **F)

    C('f39-ooo-en-startup-helpdesk-own-ticket', 'gmail', 'Sawahku Support', 'support@sawahku.id',
      '[Sawahku Support] Re: ' + S_DATA % 3944, B('''
        Hi there,

        Thanks for reaching out to Sawahku! This is an automatic confirmation that we've received your email. Our team usually replies within 1x24 hours on working days.

        Your ticket number: #48213
        Subject: Re: [PST-2026-03944] Data permintaan Anda

        Cheers,
        Sawahku Support Team
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03944',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')], **rp(3944), **F)

    C('f39-ooo-html-only-maternity-leave', 'html_only', 'Ni Wayan Sriasih', 'wayansriasih.bidan@gmail.com',
      'Balasan otomatis: ' + S_RATE % 3945, B('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. Saat ini saya sedang cuti melahirkan hingga 15 Februari 2027. Untuk urusan kedinasan silakan menghubungi Tata Usaha UPTD Puskesmas Pekutatan.

        Pesan ini dikirim secara otomatis.
        '''), kind='auto_reply', req=False, ticket='PST-2026-03945',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(3945), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f39-dsn-postfix-gmail-no-such-user', dict(
        recipient='yohanakogoya12@gmail.com', original_message_id=OUR(3951, 'c39d7a05'),
        orig_subject=S_ACK % 3951, status='5.1.1'), 'PST-2026-03951', **F)

    D('f39-dsn-exim-company-unknown-user', dict(
        recipient='l.hendrawan@bumisentosa.co.id', original_message_id=OUR(3952, 'c39d7a05'),
        orig_subject=S_DATA % 3952, status='5.1.1', mta='mail.bumisentosa.co.id',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mail.bumisentosa.co.id>',
           'subject': 'Mail delivery failed: returning message to sender',
           'text': ('This message was created automatically by mail delivery software.\n\n'
                    'A message that you sent could not be delivered to one or more of its\n'
                    'recipients. This is a permanent error. The following address(es) failed:\n\n'
                    '  l.hendrawan@bumisentosa.co.id\n'
                    '    No Such User Here')}), 'PST-2026-03952', **F)

    D('f39-dsn-gmail-mailbox-full', dict(
        recipient='sintamhrn06@gmail.com', original_message_id=OUR(3953, 'c39d7a05'),
        orig_subject=S_RATE % 3953, status='5.2.2',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients.\n\n'
              '<sintamhrn06@gmail.com>: host gmail-smtp-in.l.google.com said:\n'
              '    552-5.2.2 The recipient\'s inbox is out of storage space. Please direct\n'
              '    the recipient to https://support.google.com/mail/?p=OverQuotaPerm')), 'PST-2026-03953', **F)

    D('f39-dsn-postfix-delayed-warning-yahoo', dict(
        recipient='kwtmekarsari.mnt@yahoo.com', original_message_id=OUR(3954, 'c39d7a05'),
        orig_subject=S_ASK % 3954, status='4.4.1', action='delayed',
        subject='Delayed Mail (still being retried)',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              '####################################################################\n'
              '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
              '####################################################################\n\n'
              'Your message could not be delivered for 4.0 hours.\n'
              'It will be retried until it is 5.0 days old.\n\n'
              '<kwtmekarsari.mnt@yahoo.com>: connect to mta7.am0.yahoodns.net[67.195.204.72]:25:\n'
              '    Connection timed out')), 'PST-2026-03954', **F)
