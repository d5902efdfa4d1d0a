# corpus_fresh29.py: a twenty-ninth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh29"; tickets PST-2026-029xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh29')

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
            return 'Pada 25 Nov 2026, pukul 13.41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 13:41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text):
        """Quote as Thunderbird writes it (Indonesian locale)."""
        return 'Pada 25/11/26 13.41, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 13.41, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '29d4b7a1'), references=[OUR(n, '29d4b7a1')])

    # ================================================================================================
    # New requests: universities and research (Indonesia)
    # ================================================================================================
    C('f29-req-ub-student-formal-tpak-letter-attached', 'gmail', 'Dyah Ayu Kusumaningrum',
      'dyahayu.kusuma@student.ub.ac.id', 'Permohonan Data Ketenagakerjaan Perempuan untuk Skripsi', T('''
        Kepada Yth.
        Petugas Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana

        Dengan hormat,

        Perkenalkan, nama saya Dyah Ayu Kusumaningrum, mahasiswi semester tujuh Program Studi Ekonomi Pembangunan, Fakultas Ekonomi dan Bisnis, Universitas Brawijaya. Saat ini saya sedang menyusun skripsi berjudul "Determinan Partisipasi Angkatan Kerja Perempuan di Kabupaten Pesisir Bali".

        Sehubungan dengan hal tersebut, saya bermaksud memohon data Kabupaten Jembrana sebagai berikut:
        1. Tingkat Partisipasi Angkatan Kerja (TPAK) menurut jenis kelamin, 2017-2025;
        2. rata-rata upah/gaji bersih sebulan buruh/karyawan menurut jenis kelamin, 2017-2025;
        3. rata-rata lama sekolah penduduk perempuan usia 25 tahun ke atas, 2017-2025.

        Apabila memungkinkan, data dalam format Excel akan sangat membantu. Surat keterangan penelitian dari fakultas saya lampirkan bersama email ini.

        Atas perhatian dan bantuan Bapak/Ibu, saya ucapkan terima kasih.

        Hormat saya,
        Dyah Ayu Kusumaningrum
        NIM 225020101111043
        HP 0857-3311-xxxx
        '''), name='Dyah Ayu Kusumaningrum', inst='Universitas Brawijaya',
      attachments=[PDF('Surat Keterangan Penelitian FEB UB - Dyah Ayu K.pdf')], **F)

    C('f29-req-undiksha-slang-iphone-group-task', 'iphone', 'kadek wulan', 'kdkwulan.dwi@icloud.com', 'nanya data kak', T('''
        pagi kakk 🙏 sy kadek wulan dwiantari mhs undiksha prodi pend geografi smt 5. lg ada tugas matkul geografi penduduk, kelompok sy dpt kab jembrana 😭
        butuh data jml penduduk per kecamatan thn 2020 sm 2025, trs luas wilayah per kecamatan jg kak biar bs ngitung kepadatannya
        kl bs sblm jumat ya kak soalnya dikumpul jumat hehe. mksh bnyk kakk

        Dikirim dari iPhone saya
        '''), name='kadek wulan dwiantari', inst='undiksha', **F)

    C('f29-req-unpatti-lecturer-thunderbird-wrapped', 'thunderbird', 'Johanis Latuheru', 'j.latuheru@fpik.unpatti.ac.id',
      'Permohonan data perikanan tangkap untuk penelitian kolaboratif', T('''
        Selamat siang Bapak/Ibu,

        Bersama email ini saya ingin memohon bantuan data untuk penelitian kolaboratif antara kampus kami dan Politeknik Kelautan dan Perikanan Jembrana mengenai perbandingan produktivitas armada tonda dan pukat cincin di Laut Banda dan Selat Bali.

        Data yang kami perlukan untuk Kabupaten Jembrana adalah produksi perikanan tangkap menurut jenis ikan (terutama cakalang, tongkol dan lemuru), jumlah rumah tangga perikanan tangkap, serta jumlah armada perikanan menurut ukuran kapal, masing-masing untuk tahun 2016 sampai 2025. Apabila data tersebut tersedia per kecamatan, kami sangat berterima kasih bila dapat dikirim dalam bentuk rincian per kecamatan.

        Kami juga terbuka bila BPS Kabupaten Jembrana bersedia menjadi narasumber dalam seminar hasil penelitian pada pertengahan tahun depan.

        Salam hormat,

        Dr. Johanis Latuheru, S.Pi., M.Si.
        Lektor Kepala, Program Studi Pemanfaatan Sumberdaya Perikanan
        Fakultas Perikanan dan Ilmu Kelautan
        Universitas Pattimura
        Jl. Mr. Chr. Soplanit, Poka - Ambon
        '''), name='Dr. Johanis Latuheru', inst='Universitas Pattimura', wrap=72, **F)

    C('f29-req-rosmawati-nommensen-microdata-consultation', 'outlook', 'Rosmawati Simanjuntak',
      'rosmawati.simanjuntak@uhn.ac.id', 'Konsultasi pemanfaatan data mentah Susenas', T('''
        Horas, salam sejahtera Bapak/Ibu,

        Saya Dr. Rosmawati Simanjuntak, dosen Program Studi Ekonomi Pembangunan di Universitas HKBP Nommensen. Tahun ini saya mendapat hibah penelitian fundamental tentang pola konsumsi pangan rumah tangga petani di kawasan barat Indonesia, dan Kabupaten Jembrana termasuk salah satu wilayah kajian.

        Saya ingin berkonsultasi mengenai dua hal:
        1. apakah data mentah (raw data) Susenas Maret 2023-2025 modul konsumsi dapat diperoleh untuk keperluan penelitian, dan bagaimana prosedur serta biayanya;
        2. apakah penimbang (weight) Susenas masih valid bila analisis dilakukan hanya pada rumah tangga pertanian di satu kabupaten.

        Bila berkenan, saya mohon dapat dijadwalkan konsultasi daring melalui Zoom pada minggu pertama Desember.

        Terima kasih atas perhatian Bapak/Ibu.

        Salam hormat,
        Dr. Rosmawati Simanjuntak, S.E., M.Si.
        Universitas HKBP Nommensen
        '''), name='Dr. Rosmawati Simanjuntak', inst='Universitas HKBP Nommensen', **F)

    C('f29-req-papuan-student-sa-style-jpg-ktm', 'gmail', 'Marthen Rumbiak', 'marthenrumbiak21@gmail.com',
      'Mohon bantuan data untuk penelitian', T('''
        Shalom, selamat pagi Bapak Ibu di BPS Jembrana.

        Sa pu nama Marthen Rumbiak, mahasiswa Jurusan Sosial Ekonomi Pertanian, Universitas Papua. Sa sedang buat penelitian skripsi tentang usahatani kakao rakyat, dan dosen pembimbing minta sa bandingkan Manokwari dengan daerah lain yang kakaonya sudah maju, jadi sa pilih Jembrana.

        Sa minta tolong data luas areal dan produksi kakao per kecamatan di Kabupaten Jembrana tahun 2018 sampai 2025, dan harga biji kakao di tingkat petani kalau ada.

        Foto kartu mahasiswa sa lampirkan. Terima kasih banyak, Tuhan Yesus memberkati.

        Marthen
        '''), name='Marthen Rumbiak', inst='Universitas Papua', attachments=[JPG('KTM_Marthen_Rumbiak.jpg')], **F)

    C('f29-req-warmadewa-anak-agung-identity-in-subject-too', 'gmail', 'Gung Mas', 'gungmas.dewi@gmail.com',
      'Permohonan Data Skripsi - Anak Agung Ayu Mas Cahyani Dewi', T('''
        Om Swastyastu,

        Dengan hormat, saya Anak Agung Ayu Mas Cahyani Dewi, mahasiswi Fakultas Hukum Universitas Warmadewa. Skripsi saya membahas efektivitas batas usia perkawinan setelah perubahan Undang-Undang Perkawinan, dengan studi kasus di Kabupaten Jembrana.

        Untuk itu saya mohon bantuan data:
        - persentase perempuan umur 20-24 tahun yang berstatus kawin atau hidup bersama sebelum umur 18 tahun, Kabupaten Jembrana 2018-2025;
        - jumlah penduduk perempuan umur 15-19 tahun menurut status perkawinan, tahun terbaru.

        Suksma atas bantuannya.

        Om Santih, Santih, Santih Om

        Gung Mas
        '''), name='Anak Agung Ayu Mas Cahyani Dewi', inst='Universitas Warmadewa', **F)

    C('f29-req-pnb-ida-bagus-name-only-in-signature', 'gmail', 'IB Mahendra', 'ibmahendra@pnb.ac.id',
      'Data transportasi jalan nasional Denpasar-Gilimanuk', T('''
        Selamat siang Bapak/Ibu,

        Kami sedang menyusun kajian awal mengenai kemacetan dan kecelakaan di ruas jalan nasional Denpasar-Gilimanuk yang melintasi Kabupaten Jembrana. Mohon bantuan data berikut:

        - jumlah kendaraan bermotor menurut jenis, 2019-2025;
        - panjang jalan menurut kondisi dan status jalan, 2019-2025;
        - jumlah kecelakaan lalu lintas dan korban, 2019-2025.

        Terima kasih atas bantuannya.

        --
        Ida Bagus Putu Mahendra, S.T., M.T.
        Dosen Jurusan Teknik Sipil
        Politeknik Negeri Bali
        Kampus Bukit Jimbaran, Kuta Selatan, Badung
        '''), name='Ida Bagus Putu Mahendra', inst='Politeknik Negeri Bali', **F)

    C('f29-req-unm-bugis-tabe-shrimp-ponds', 'gmail', 'Andi Nurul Inayah', 'andinurulinayah@gmail.com',
      'Permohonan data budidaya udang', T('''
        Assalamu alaikum Wr. Wb.

        Tabe', Bapak/Ibu. Saya Andi Nurul Inayah, mahasiswi Program Magister Pendidikan Geografi di Universitas Negeri Makassar. Tesis saya mengkaji perubahan penggunaan lahan pesisir akibat perluasan tambak udang vaname, dengan membandingkan Kabupaten Pinrang dan Kabupaten Jembrana.

        Mohon kiranya dapat dibantu data:
        1. luas areal tambak dan produksi udang vaname per kecamatan, 2019-2025;
        2. jumlah rumah tangga usaha budidaya tambak (ST2023).

        Atas bantuan Bapak/Ibu saya ucapkan banyak terima kasih.

        Wassalamu alaikum Wr. Wb.

        Andi Nurul Inayah
        '''), name='Andi Nurul Inayah', inst='Universitas Negeri Makassar', **F)

    C('f29-req-brin-migration-researcher-outlook', 'outlook', 'Anak Agung Ngurah Bagus Kusuma', 'anak017@brin.go.id',
      'Permohonan data migrasi dan pekerja migran Kabupaten Jembrana', T('''
        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Saya Dr. Anak Agung Ngurah Bagus Kusuma, peneliti ahli madya di Pusat Riset Kependudukan BRIN. Tim kami sedang menyusun kajian tentang migrasi internasional tenaga kerja dari Bali, dengan fokus pada awak kapal pesiar dan pekerja sektor perhotelan di luar negeri.

        Kami memohon data Kabupaten Jembrana berikut:
        1. jumlah penduduk yang bekerja di luar negeri menurut jenis kelamin dan kecamatan asal (SP2020 Long Form);
        2. migran risen masuk dan keluar Kabupaten Jembrana (SP2020 Long Form);
        3. persentase rumah tangga penerima kiriman uang (remitansi), bila tersedia di tingkat kabupaten.

        Terima kasih atas kerja sama yang baik selama ini.

        Salam hormat,
        Dr. Anak Agung Ngurah Bagus Kusuma
        Pusat Riset Kependudukan BRIN
        Gedung Widya Graha Lt. 10, Jl. Gatot Subroto No. 10, Jakarta
        '''), name='Dr. Anak Agung Ngurah Bagus Kusuma', inst='Pusat Riset Kependudukan BRIN', **F)

    # ================================================================================================
    # New requests: abroad and in English
    # ================================================================================================
    C('f29-req-en-latin1-aarhus-subak-signature-only', 'latin1', 'Søren Kjærgaard', 'soren.kjaergaard@cas.au.dk',
      'Request for rice and irrigation (subak) statistics', T('''
        Dear colleagues,

        For the past six years I have been following three subak irrigation associations in Kecamatan Mendoyo and Kecamatan Pekutatan, and I am now writing a book chapter on the conversion of rice land in western Bali. For this I would need:

        - wetland (sawah) area by kecamatan, 2000-2025, or the longest series you hold;
        - the number of rice-farming households in 2013 and 2023 (Agricultural Census);
        - population density by kecamatan in 2000, 2010 and 2020.

        I am happy to cite BPS Jembrana in the publication in whichever form you prefer.

        Med venlig hilsen / Kind regards,

        Søren Kjærgaard
        Associate Professor, Department of Anthropology
        School of Culture and Society
        Aarhus University
        Moesgård Allé 20, 8270 Højbjerg, Denmark
        '''), name='Søren Kjærgaard', inst='Aarhus University', lang='en', **F)

    C('f29-req-en-nus-phd-surname-caps-signature', 'gmail', 'Wei Ling Lim', 'weiling.lim@u.nus.edu',
      'Data request - ferry passengers and Gilimanuk town', T('''
        Dear Sir/Madam,

        I'm a PhD student in the Department of Geography at the National University of Singapore, writing a thesis on ferry-dependent towns in the Indonesian archipelago. Gilimanuk is one of my three case studies, alongside Bakauheni and Kayangan.

        Could your office help me with the following?
        (a) monthly passengers, vehicles and goods crossing via the Gilimanuk-Ketapang ferry, 2015-2025;
        (b) population of Kelurahan Gilimanuk by sex, 2010-2025;
        (c) the number of food stalls, shops and lodging businesses in Kelurahan Gilimanuk (Podes or the Economic Census).

        Thank you very much for your help.

        Best,
        Wei Ling

        ---
        LIM Wei Ling
        PhD Candidate, Department of Geography
        National University of Singapore
        '''), name='LIM Wei Ling', inst='National University of Singapore', lang='en', **F)

    C('f29-req-en-consulate-economic-officer-disclaimer', 'outlook', 'Harris, Olivia', 'olivia.harris@dfat.gov.au',
      'Request for socio-economic indicators - Jembrana Regency', T('''
        Dear BPS Jembrana team,

        My name is Olivia Harris and I am the Economic and Trade Officer at the Australian Consulate-General in Bali. Ahead of a visit by an Australian agribusiness delegation to western Bali in February, we are compiling a short regency profile and would be grateful for:

        1. GRDP at current prices by industry, 2020-2025;
        2. population by kecamatan, 2025;
        3. cattle population and beef production, 2020-2025.

        Published tables or links to the relevant pages of your website would be perfectly fine.

        Kind regards,

        Olivia Harris
        Economic and Trade Officer
        Australian Consulate-General in Bali
        Jalan Tantular 32, Renon, Denpasar 80234

        UNOFFICIAL
        Important: This message may contain confidential or legally privileged information. If you think it was sent to you by mistake, please delete all copies and advise the sender. For the purposes of the Spam Act 2003, this email is authorised by the Department of Foreign Affairs and Trade.
        '''), name='Olivia Harris', inst='Australian Consulate-General in Bali', lang='en', **F)

    C('f29-req-en-jica-expert-aquaculture', 'outlook', 'Takeshi Morimoto', 'Morimoto.Takeshi@jica.go.jp',
      'Inquiry: aquaculture and fish processing statistics', T('''
        Dear Sir or Madam,

        I hope this email finds you well. I am Takeshi Morimoto and I work for the Japan International Cooperation Agency as a fisheries value chain expert, currently stationed in Denpasar. We are assessing possible support for small fish processors on the southern coast of Jembrana.

        We would appreciate it if you could provide:
        - production of whiteleg shrimp (vannamei) and milkfish from ponds, by kecamatan, 2018-2025;
        - the number of micro and small fish processing establishments, by kecamatan;
        - the number of workers in those establishments, if available.

        Thank you in advance for your kind support.

        Sincerely,

        Takeshi Morimoto
        JICA Expert (Fisheries Value Chain)
        Japan International Cooperation Agency
        '''), name='Takeshi Morimoto', inst='Japan International Cooperation Agency', lang='en', **F)

    C('f29-req-en-dive-lodge-owner-casual', 'gmail', 'Marco Bellini', 'marco@menjanganreefdivers.com',
      'tourism numbers for Jembrana?', T('''
        Hi there,

        I'm Marco, I co-own Menjangan Reef Divers & Lodge in Gilimanuk with my wife. We're thinking about adding six more rooms next year and our bank wants to see some proper numbers rather than my gut feeling :)

        Do you have the number of guests (foreign and domestic) staying in Jembrana per month for 2019-2025? By nationality would be amazing but I understand if that's not possible.

        Grazie mille,
        Marco Bellini
        '''), name='Marco Bellini', inst='Menjangan Reef Divers & Lodge', lang='en', **F)

    # ================================================================================================
    # New requests: government offices
    # ================================================================================================
    C('f29-req-dinkes-letter-kadis-dr-title-docx', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dinkes@jembranakab.go.id',
      'Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 1, Negara, Bali 82212, Telp. (0365) 41xxx

        Nomor     : 400.7/1432/Dinkes/2026
        Sifat     : Biasa
        Lampiran  : 1 (satu) berkas
        Hal       : Permohonan Data

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
             Negara

        Dalam rangka penetapan sasaran program kesehatan ibu, anak dan lanjut usia Tahun 2027, bersama ini kami mohon bantuan Saudara untuk dapat memberikan data sebagai berikut:
        a. proyeksi jumlah penduduk menurut kelompok umur lima tahunan dan jenis kelamin per kecamatan Tahun 2026 dan 2027;
        b. angka kelahiran kasar (CBR) Kabupaten Jembrana;
        c. jumlah penduduk usia 60 tahun ke atas per desa/kelurahan.

        Rincian format data sebagaimana terlampir. Data mohon dikirimkan melalui surel dinkes@jembranakab.go.id paling lambat tanggal 10 Desember 2026.

        Demikian, atas perhatian dan kerja sama Saudara kami sampaikan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. Anak Agung Istri Sri Wahyuni, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP 19740812 200312 2 005
        '''), name='dr. Anak Agung Istri Sri Wahyuni', inst='Dinas Kesehatan Kabupaten Jembrana',
      attachments=[DOCX('Lampiran format data sasaran 2027.docx')], **F)

    C('f29-req-perbekel-letter-capitals-signature', 'outlook', 'Pemdes Yehembang Kauh', 'desayehembangkauh@gmail.com',
      'Surat Permohonan Data untuk Penyusunan RPJMDes', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        KECAMATAN MENDOYO
        DESA YEHEMBANG KAUH

        Nomor   : 140/227/YK/XI/2026
        Perihal : Permohonan Data

        Kepada Yth.
        Kepala BPS Kabupaten Jembrana
        di Negara

        Om Swastyastu,

        Dalam rangka penyusunan Rencana Pembangunan Jangka Menengah Desa (RPJMDes) Tahun 2027-2032, Pemerintah Desa Yehembang Kauh memohon bantuan data sebagai berikut:
        1. jumlah penduduk menurut jenis kelamin dan kelompok umur Desa Yehembang Kauh, 2020-2025;
        2. jumlah rumah tangga usaha pertanian menurut subsektor di Desa Yehembang Kauh (ST2023);
        3. data potensi desa (Podes) 2024 untuk Desa Yehembang Kauh.

        Demikian permohonan ini kami sampaikan, atas kerja samanya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Perbekel Yehembang Kauh,


        I NENGAH SUJANA
        '''), name='I NENGAH SUJANA', inst='Pemerintah Desa Yehembang Kauh', **F)

    C('f29-req-puskesmas-nutrition-officer-short-signature', 'gmail', 'Gizi Puskesmas Pekutatan', 'gizi.pkmpekutatan@gmail.com',
      'mohon data balita & ibu hamil', T('''
        Selamat pagi Bapak/Ibu BPS,

        Saya Ni Putu Sri Handayani, tenaga pelaksana gizi di UPTD Puskesmas Pekutatan. Untuk menghitung sasaran program pemberian makanan tambahan (PMT) tahun 2027, kami perlu data perkiraan jumlah balita (0-59 bulan) dan jumlah ibu hamil per desa di Kecamatan Pekutatan. Kalau tidak ada per desa, per kecamatan juga tidak apa-apa.

        Mohon maaf kalau cara permintaannya kurang tepat.

        Terima kasih 🙏
        Sri Handayani, A.Md.Gz.
        '''), name='Ni Putu Sri Handayani', inst='UPTD Puskesmas Pekutatan', **F)

    C('f29-req-kemenag-gusti-religion-and-temples', 'outlook', 'I Gusti Putu Ngurah Darmawan', 'gpndarmawan@kemenag.go.id',
      'Permohonan Data Penduduk Menurut Agama dan Tempat Ibadah', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Saya I Gusti Putu Ngurah Darmawan, Penyusun Bahan Bimbingan Masyarakat Hindu pada Kantor Kementerian Agama Kabupaten Jembrana. Kami sedang memutakhirkan profil keagamaan kabupaten dan memerlukan data:

        1. jumlah penduduk menurut agama per kecamatan, tahun terbaru;
        2. jumlah tempat ibadah menurut jenis per desa/kelurahan (Podes 2024).

        Atas bantuannya kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        I Gusti Putu Ngurah Darmawan, S.Ag.
        '''), name='I Gusti Putu Ngurah Darmawan', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)

    C('f29-req-camat-staff-forwards-disposition', 'gmail', 'Kantor Camat Melaya', 'kec.melaya@jembranakab.go.id',
      'Fwd: Disposisi - data monografi kecamatan', T('''
        Selamat pagi Bapak/Ibu PST,

        Mohon izin, berikut kami teruskan disposisi Bapak Camat terkait kebutuhan data untuk pemutakhiran monografi Kecamatan Melaya. Data yang kami mohon: jumlah penduduk per desa menurut jenis kelamin tahun 2025, luas wilayah per desa, dan jumlah sekolah (SD, SMP, SMA/SMK) per desa.

        Terima kasih atas bantuannya.

        Salam,
        Ni Made Ayu Widiantari, S.Sos.
        Kasi Pemerintahan
        Kantor Camat Melaya

        ---------- Forwarded message ---------
        From: Camat Melaya <camat.melaya@gmail.com>
        Date: Sen, 23 Nov 2026 pukul 07.12
        Subject: Disposisi - data monografi kecamatan
        To: Kantor Camat Melaya <kec.melaya@jembranakab.go.id>


        Bu Kasi Pem, tolong mintakan data ke BPS: penduduk per desa 2025, luas wilayah, jumlah sekolah. Monografi harus selesai sebelum rapat minggu depan.

        I Ketut Arsana, S.STP., M.Si.
        Camat Melaya
        '''), name='Ni Made Ayu Widiantari', inst='Kantor Camat Melaya', **F)

    C('f29-req-distan-kabid-consultation-survey-design', 'gmail', 'Wayan Budiarta', 'budiarta.distan@gmail.com',
      'Konsultasi rancangan survei produktivitas jagung', T('''
        Selamat siang Bapak/Ibu statistisi,

        Saya I Wayan Budiarta, Kepala Bidang Tanaman Pangan pada Dinas Pertanian dan Pangan Kabupaten Jembrana. Tahun depan bidang kami berencana melaksanakan survei produktivitas jagung secara mandiri untuk mengevaluasi program bantuan benih hibrida. Kami ingin berkonsultasi mengenai:

        - cara menentukan jumlah sampel petak ubinan per kecamatan agar hasilnya cukup presisi;
        - apakah kerangka sampel dapat memakai hasil KSA jagung BPS;
        - bagaimana agar angka kami tidak dianggap bertentangan dengan angka resmi BPS.

        Kami bisa datang ke kantor BPS kapan saja sesuai jadwal Bapak/Ibu.

        Terima kasih.

        Salam,
        Wayan Budiarta
        '''), name='I Wayan Budiarta', inst='Dinas Pertanian dan Pangan Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: schools
    # ================================================================================================
    C('f29-req-sma-pupil-kir-coastal-villages', 'gmail', 'Aurelia Putri', 'aureliaptr07@gmail.com',
      'permohonan data tugas KIR', T('''
        Selamat siang kak, maaf mengganggu.

        Saya Aurelia Putri Maharani, siswi kelas XI di SMAN 2 Negara. Kelompok KIR kami lagi bikin penelitian tentang sampah plastik di pantai, terus guru pembimbing minta kami cari data jumlah penduduk dan jumlah rumah tangga di desa-desa pesisir Kecamatan Negara sama Kecamatan Jembrana. Datanya tahun 2024 atau 2025 kak.

        Kira-kira bisa dibantu ya kak? Makasih banyak 😊

        Aurelia
        '''), name='Aurelia Putri Maharani', inst='SMAN 2 Negara', **F)

    C('f29-req-smk-hospitality-teacher-yahoo', 'yahoo', 'wayan sukerni', 'wayansukerni.smk3@yahoo.co.id',
      'Permohonan data pariwisata untuk bahan ajar', T('''
        Selamat pagi Bapak/Ibu.

        Saya Ni Wayan Sukerni, guru produktif Perhotelan di SMK Negeri 3 Negara. Untuk bahan ajar mata pelajaran Dasar-Dasar Perhotelan kelas X, saya ingin menunjukkan kepada siswa perkembangan usaha akomodasi di daerah kita sendiri.

        Mohon bantuan data jumlah hotel, jumlah kamar, dan tingkat penghunian kamar (TPK) hotel di Kabupaten Jembrana tahun 2022 sampai 2025.

        Terima kasih atas bantuannya.

        Salam,
        Ni Wayan Sukerni, S.Pd.

        Dikirim dari Yahoo Mail di Android
        '''), name='Ni Wayan Sukerni', inst='SMK Negeri 3 Negara', **F)

    # ================================================================================================
    # New requests: villages, farmers, cooperatives, NGOs
    # ================================================================================================
    C('f29-req-cattle-farmer-group-android-tiang', 'plain', 'Nengah Sudirta', 'nengahsudirta72@gmail.com',
      'Permohonan data sapi', T('''
        Om swastyastu pak/bu

        Tiang Nengah Sudirta, ketua Kelompok Tani Ternak Sari Murni. Kelompok kami ada di Banjar Tuwed Kelod, Desa Tuwed. Kami mau mengajukan proposal bantuan bibit sapi bali ke dinas. Mohon dibantu data jumlah populasi sapi bali di Kecamatan Melaya tahun 2021 sampai 2025 dan jumlah rumah tangga peternak sapi di Desa Tuwed.

        Suksma pak/bu

        Dikirim dari perangkat Android saya
        '''), name='Nengah Sudirta', inst='Kelompok Tani Ternak Sari Murni', **F)

    C('f29-req-pekaseh-lowercase-subak', 'plain', 'made suardana', 'madesuardana.subak@gmail.com', 'data sawah', T('''
        om swastyastu. sy made suardana pekaseh subak yeh santang. subak kami mau rapat soal sawah yg banyak dijual jadi kavling. sy minta data luas sawah dan produksi padi kecamatan mendoyo 5 thn terakhir, buat bahan rapat. suksma

        Dikirim dari perangkat Android saya
        '''), name='made suardana', inst='subak yeh santang', **F)

    C('f29-req-fishers-cooperative-capitals-subject', 'gmail', 'KSU Segara Mina', 'ksusegaramina@gmail.com',
      'PERMOHONAN DATA NELAYAN', T('''
        Assalamualaikum Wr. Wb.

        Dengan hormat,

        Kami pengurus KSU Segara Mina, koperasi nelayan di Desa Pengambengan, akan menyelenggarakan Rapat Anggota Tahunan dan menyusun proposal kredit modal kerja ke bank. Untuk itu kami mohon bantuan data:

        1. jumlah nelayan dan jumlah perahu/kapal per desa di Kecamatan Negara;
        2. volume dan nilai produksi perikanan tangkap Kabupaten Jembrana, 2020-2025.

        Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Wassalamualaikum Wr. Wb.

        Ketua,
        H. Moh. Syukur
        '''), name='H. Moh. Syukur', inst='KSU Segara Mina', **F)

    C('f29-req-html-only-mangrove-ngo', 'html_only', 'Yayasan Bumi Lestari', 'info@bumilestari.or.id',
      'Permohonan data untuk program mangrove', T('''
        Salam lestari,

        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Saya Theresia Naibaho, koordinator program pesisir di Yayasan Bumi Lestari Nusantara, lembaga nirlaba yang bergerak di rehabilitasi mangrove di pantai selatan Jembrana sejak 2019. Dalam rangka penyusunan laporan dampak sosial ekonomi untuk donor, kami mohon bantuan data:

        1. jumlah penduduk dan rumah tangga di Desa Perancak, Desa Budeng dan Desa Yeh Kuning, 2020-2025;
        2. jumlah rumah tangga usaha budidaya tambak per desa (ST2023);
        3. persentase penduduk miskin Kabupaten Jembrana, 2020-2025.

        Terima kasih atas dukungannya.

        Salam hijau,
        Theresia Naibaho
        Koordinator Program Pesisir
        Yayasan Bumi Lestari Nusantara
        Jl. Tukad Badung No. 18, Renon, Denpasar
        '''), name='Theresia Naibaho', inst='Yayasan Bumi Lestari Nusantara', **F)

    C('f29-req-office-forward-unimor-student', 'gmail', 'BPS Kabupaten Jembrana', 'bps5101@bps.go.id',
      'Fwd: Permohonan Data Cengkeh', T('''
        Diteruskan ke PST ya, masuk ke email kantor.

        ---------- Forwarded message ---------
        Dari: Yohanes Bria Seran <yohanesbria.seran@gmail.com>
        Date: Jum, 20 Nov 2026 pukul 15.37
        Subject: Permohonan Data Cengkeh
        To: <bps5101@bps.go.id>


        Selamat sore Bapak/Ibu,

        Nama saya Yohanes Bria Seran, mahasiswa Program Studi Agribisnis Universitas Timor. Saya sedang meneliti perbandingan usahatani cengkeh di Kabupaten Timor Tengah Utara dan Kabupaten Jembrana. Mohon bantuan data luas areal, produksi dan jumlah petani cengkeh per kecamatan di Kabupaten Jembrana tahun 2018-2025.

        Terima kasih.

        Salam,
        Yohanes Bria Seran
        '''), name='Yohanes Bria Seran', inst='Universitas Timor', **F)

    # ================================================================================================
    # New requests: firms, banks, hospitals, media
    # ================================================================================================
    C('f29-req-agritech-startup-code-switching', 'gmail', 'Jessica Tanoto', 'jessica@panenpintar.id',
      'Data request: petani padi & harga gabah Jembrana', T('''
        Hi tim PST BPS Jembrana!

        Kenalin, aku Jessica Tanoto, Head of Growth di PT Panen Pintar Teknologi, startup agritech yang bikin aplikasi marketplace gabah buat petani. Kuartal pertama 2027 kami plan expand ke Bali barat, dan Jembrana jadi pilot market kami.

        Boleh minta data ini?
        • jumlah rumah tangga usaha tani padi per kecamatan (ST2023)
        • luas panen & produksi padi per kecamatan, 2022-2025
        • harga gabah kering panen di tingkat petani, bulanan kalau ada

        Kalau perlu surat resmi dari kantor, kabari aja ya, nanti aku siapin.

        Thanks a bunch!
        Jess

        --
        Jessica Tanoto | Head of Growth
        PT Panen Pintar Teknologi
        Jl. Wolter Monginsidi No. 88, Jakarta Selatan
        '''), name='Jessica Tanoto', inst='PT Panen Pintar Teknologi', **F)

    C('f29-req-rice-distributor-chinese-indonesian', 'gmail', 'Hendra Wijaya', 'hendra.sinarabadi@gmail.com',
      'Tanya data rumah tangga dan konsumsi beras', T('''
        Selamat siang.

        Saya Hendra Wijaya, pemilik CV Sinar Abadi Makmur, distributor beras dan minyak goreng di Negara sejak 1988 (dulu dipegang almarhum papa saya). Kami berencana membuka gudang cabang di Melaya, jadi ingin tahu berapa jumlah rumah tangga per kecamatan tahun 2025, dan berapa rata-rata konsumsi beras per kapita seminggu di Jembrana atau di Bali.

        Terima kasih.

        Hendra
        '''), name='Hendra Wijaya', inst='CV Sinar Abadi Makmur', **F)

    C('f29-req-bpd-bali-analyst-ojk-disclaimer', 'outlook', 'Ida Ayu Ratnadewi', 'dayu.ratnadewi@bpdbali.co.id',
      'Permohonan data PDRB dan UMKM Kabupaten Jembrana', T('''
        Selamat siang,

        Perkenalkan, saya Ida Ayu Made Ratnadewi dari Bank BPD Bali Kantor Cabang Negara, bagian analis kredit UMKM. Kami sedang menyusun peta potensi kredit produktif tahun 2027 dan membutuhkan data berikut:

        - PDRB atas dasar harga berlaku dan harga konstan menurut lapangan usaha, Kabupaten Jembrana 2020-2025;
        - jumlah usaha mikro dan kecil menurut kecamatan dan kategori lapangan usaha;
        - laju pertumbuhan ekonomi Kabupaten Jembrana per tahun.

        Terima kasih atas perhatiannya.

        Salam,
        Dayu Ratna
        Bank BPD Bali KC Negara

        ________________________________
        Disclaimer: Informasi dalam email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. PT Bank Pembangunan Daerah Bali berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan Lembaga Penjamin Simpanan.
        '''), name='Ida Ayu Made Ratnadewi', inst='Bank BPD Bali Kantor Cabang Negara', **F)

    C('f29-req-private-hospital-business-dev-disclaimer', 'outlook', 'dr. Stevanus Gunawan, MARS', 'stevanus.g@rsbundakasih.co.id',
      'Permohonan Data Kesehatan dan Kependudukan - Rencana Pengembangan Layanan', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Kami dari RSU Bunda Kasih Negara berencana membuka layanan hemodialisis dan poliklinik geriatri pada tahun 2027. Untuk keperluan studi kelayakan, kami memerlukan data:

        1) jumlah penduduk usia 45 tahun ke atas per kecamatan tahun 2025, beserta proyeksinya sampai 2030;
        2) persentase penduduk yang memiliki jaminan kesehatan (Susenas), 2022-2025;
        3) persentase penduduk yang mempunyai keluhan kesehatan selama sebulan terakhir, 2022-2025.

        Terima kasih atas bantuan dan kerja samanya.

        Salam sehat,

        dr. Stevanus Gunawan, MARS
        Manajer Pengembangan Bisnis
        RSU Bunda Kasih Negara
        Jl. Ngurah Rai No. 120, Negara, Jembrana

        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya untuk penerima yang dituju. Apabila Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini.
        '''), name='dr. Stevanus Gunawan', inst='RSU Bunda Kasih Negara', **F)

    C('f29-req-online-news-journalist-deadline', 'gmail', 'Putu Swastika', 'putuswastika@jembranaterkini.com',
      'Permintaan data untuk berita: pengangguran lulusan SMK', T('''
        Selamat siang, Bapak/Ibu PST.

        Saya Putu Swastika, wartawan media daring JembranaTerkini.com. Kami sedang menyiapkan tulisan soal lulusan SMK yang belum bekerja di Jembrana. Boleh saya minta data tingkat pengangguran terbuka Kabupaten Jembrana menurut pendidikan tertinggi yang ditamatkan, 2019-2025, serta jumlah angkatan kerjanya?

        Bila memungkinkan, saya juga ingin mengutip penjelasan dari statistisi mengenai tren tersebut. Tenggat kami Kamis sore.

        Terima kasih.

        Salam,
        I Putu Gede Swastika
        Redaksi JembranaTerkini.com
        WA 0819-1602-xxxx
        '''), name='I Putu Gede Swastika', inst='JembranaTerkini.com', **F)

    # ================================================================================================
    # New requests: something is missing (name, institution or a concrete need)
    # ================================================================================================
    C('f29-req-no-intro-inflation-only', 'gmail', 'Dwi Cahyo', 'dwicahyo.88@gmail.com', 'Inflasi', T('''
        Selamat siang,

        Apakah ada data inflasi bulanan Kabupaten Jembrana tahun 2024-2025? Kalau tidak ada, inflasi Provinsi Bali juga boleh. Mohon dikirim ke email ini.

        Terima kasih.
        '''), **F)

    C('f29-req-resident-no-institution-land-iphone', 'iphone', 'Ketut', 'ketutsadra.bali@gmail.com', 'data harga tanah?', T('''
        Selamat malam pak bu, saya Ketut Sadra, warga biasa di Desa Batuagung. Apa BPS punya data harga tanah per are di Kecamatan Jembrana? Kalau tdk ada, data luas lahan pertanian yg berubah jadi perumahan 10 thn terakhir jg gpp. Untuk bahan musyawarah keluarga soal pembagian warisan. Terima kasih.

        Dikirim dari iPhone saya
        '''), name='Ketut Sadra', **F)

    C('f29-req-vague-unej-mau-tanya-dong', 'gmail', 'Rizky Firmansyah', 'rizkyfirmansyah@mail.unej.ac.id', 'Tanya', T('''
        Permisi kak, sy Rizky Firmansyah mhs Universitas Jember. mau tanya dong kak, bisa dibantu gak? soalnya sy agak bingung hehe

        mksh kak
        '''), name='Rizky Firmansyah', inst='Universitas Jember', req=False, **F)

    C('f29-req-vague-en-monash-what-do-you-have', 'gmail', 'Chloe Nguyen', 'chloe.nguyen1@student.monash.edu',
      'Question about data availability', T('''
        Hi,

        I'm Chloe Nguyen, a second-year Master of Development Practice student at Monash University. I'm in the very early stages of planning a research project and Jembrana is one of the places I'm considering. What kind of statistics does your office hold, and is there a catalogue I could browse?

        Thanks so much,
        Chloe
        '''), name='Chloe Nguyen', inst='Monash University', req=False, lang='en', **F)

    C('f29-req-karang-taruna-no-person-name', 'gmail', 'Karang Taruna Candikusuma', 'kt.candikusuma@gmail.com',
      'Permohonan data pemuda', T('''
        Selamat sore Bapak/Ibu,

        Kami dari Karang Taruna Eka Dharma Desa Candikusuma. Kami mau mengadakan pelatihan kerja bagi pemuda desa dan perlu data jumlah penduduk usia 16-30 tahun di Desa Candikusuma, serta tingkat pengangguran terbuka penduduk usia muda di Kabupaten Jembrana.

        Mohon bantuannya. Terima kasih.

        Salam pemuda,
        Pengurus Karang Taruna Eka Dharma
        '''), inst='Karang Taruna Eka Dharma Desa Candikusuma', **F)

    C('f29-req-html-only-bare-request-no-intro', 'html_only', '', 'putrayasa.wyn@gmail.com', 'Permintaan data', T('''
        Mohon dikirimkan data jumlah tamu hotel yang menginap di Kabupaten Jembrana tahun 2023, 2024 dan 2025 per bulan.

        Terima kasih.
        '''), **F)

    C('f29-req-name-only-consultation-no-topic', 'plain', 'Putu Eka Arimbawa', 'ekaarimbawa@gmail.com', 'konsultasi', T('''
        Selamat pagi,

        Saya Putu Eka Arimbawa. Apakah bisa konsultasi statistik dengan petugas BPS? Kapan jadwalnya dan harus membawa apa saja ya?

        Terima kasih.
        '''), name='Putu Eka Arimbawa', req=False, **F)

    C('f29-req-school-admin-letter-only-attached', 'gmail', 'TU SMAN 1 Melaya', 'tu.sman1melaya@gmail.com',
      'Surat Permohonan Data', T('''
        Dengan hormat,

        Bersama ini kami sampaikan surat permohonan data dari sekolah kami sebagaimana terlampir. Atas perhatian dan bantuannya kami ucapkan terima kasih.

        Tata Usaha
        SMA Negeri 1 Melaya
        '''), inst='SMA Negeri 1 Melaya',
      attachments=[PDF('Surat Permohonan Data Penduduk Usia Sekolah - SMAN 1 Melaya.pdf')], **F)

    C('f29-req-vague-uin-malang-what-data-for-thesis', 'yahoo', 'siti khoirunnisa', 'sitikhoirunnisa01@yahoo.com',
      'mohon bantuan data skripsi', T('''
        Assalamualaikum wr wb.

        Saya Siti Khoirunnisa, mahasiswi UIN Maulana Malik Ibrahim Malang jurusan Ekonomi Syariah. Saya mau minta data untuk skripsi saya yang lokasinya di Jembrana, tapi masih bingung data apa yang cocok. Kira-kira data apa saja yang bisa saya minta ya?

        Terima kasih. Wassalamualaikum wr wb.

        Dikirim dari Yahoo Mail di Android
        '''), name='Siti Khoirunnisa', inst='UIN Maulana Malik Ibrahim Malang', req=False, **F)

    C('f29-req-en-freelance-writer-no-affiliation', 'gmail', 'Rachel Goldberg', 'rgoldberg.writes@gmail.com',
      'Rice statistics for Jembrana', T('''
        Hello,

        I'm Rachel Goldberg, a freelance writer working on a long-form piece about rice farming and climate change in Bali. I'm not affiliated with any institution or outlet yet.

        Could you tell me the rice harvested area and production for Jembrana for 2010-2025, and how many rice farmers there are?

        Many thanks,
        Rachel
        '''), name='Rachel Goldberg', lang='en', **F)

    C('f29-req-caps-coconut-farmer-no-institution', 'plain', 'KOMANG SARIASA', 'komangsariasa65@gmail.com',
      'MINTA DATA HARGA KELAPA', T('''
        SELAMAT SIANG PAK. SAYA KOMANG SARIASA PETANI KELAPA DARI DESA PANGYANGAN. SAYA MAU TAU HARGA KELAPA BUTIRAN DI TINGKAT PETANI DI JEMBRANA DARI TAHUN 2020 SAMPAI SEKARANG. HARGA SEKARANG TURUN TERUS. TERIMA KASIH PAK.

        Dikirim dari perangkat Android saya
        '''), name='KOMANG SARIASA', **F)

    C('f29-req-no-name-mhs-unud-slang-min', 'gmail', 'dewa angga', 'dewaangga.p@gmail.com', 'data kemiskinan', T('''
        halo min, sy mhs unud lg ngerjain paper ttg kemiskinan. minta data garis kemiskinan & jml penduduk miskin jembrana 2015-2025 dong. tq min
        '''), inst='unud', **F)

    C('f29-req-retired-teacher-pribadi-old-census', 'yahoo', 'Bambang Sutrisno', 'bambangsutrisno1956@yahoo.co.id',
      'mohon informasi data penduduk zaman dulu', T('''
        Selamat siang.

        Saya Bambang Sutrisno, pensiunan guru SMP asal Banyuwangi yang sekarang tinggal di Tegalbadeng. Permintaan ini untuk keperluan pribadi: saya sedang menulis buku kenangan tentang keluarga kami yang pindah dari Jawa ke Jembrana pada tahun 1960-an.

        Saya ingin tahu jumlah penduduk Kecamatan Negara menurut sensus 1961, 1971 dan 1980, kalau arsipnya masih ada, dan berapa penduduk kelahiran Jawa Timur yang tinggal di Jembrana menurut sensus terakhir.

        Terima kasih banyak atas bantuannya.

        Hormat saya,
        Bambang Sutrisno

        Dikirim dari Yahoo Mail di Android
        '''), name='Bambang Sutrisno', **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    ORIG_2901 = 'Selamat pagi, mau minta data luas panen padi per kecamatan di Jembrana tahun 2020-2025. Terima kasih.'
    CHAIN_2901 = ASK + '\n\nPada Sen, 23 Nov 2026 07.48, Made Arya <aryawiguna.made@gmail.com> menulis:\n\n' + pre(ORIG_2901)
    C('f29-reply-identity-after-ask-long-chain', 'gmail', 'Made Arya', 'aryawiguna.made@gmail.com',
      'Re: ' + SUBJ_ASK % 2901, T('''
        Selamat siang Bapak/Ibu,

        Mohon maaf sebelumnya tidak memperkenalkan diri. Saya I Made Arya Wiguna, mahasiswa Program Studi Agribisnis Universitas Dwijendra. Data luas panen padi tersebut untuk tugas akhir saya.

        Terima kasih.
        '''), kind='reply', name='I Made Arya Wiguna', inst='Universitas Dwijendra', req=False,
      ticket='PST-2026-02901', quote=gq(CHAIN_2901, 'id'), **rp(2901), **F)

    C('f29-reply-iphone-thanks-no-name', 'iphone', 'kadek wulan', 'kdkwulan.dwi@icloud.com', 'Re: ' + SUBJ_DATA % 2902, T('''
        Udh masuk kak filenya, makasih bnyk yaa 🙏🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-02902', quote=iq(DELIV_ID % 2902), **rp(2902), **F)

    C('f29-reply-outlook-bank-asks-earlier-years', 'outlook', 'Ida Ayu Ratnadewi', 'dayu.ratnadewi@bpdbali.co.id',
      'RE: ' + SUBJ_DATA % 2903, T('''
        Selamat sore,

        Terima kasih, data PDRB dan UMKM sudah kami terima. Apakah kami juga dapat memperoleh PDRB per kapita serta laju pertumbuhan PDRB menurut lapangan usaha untuk tahun 2015-2019? Kajian kami ternyata memerlukan rentang sepuluh tahun.

        Salam,
        Ida Ayu Made Ratnadewi
        Bank BPD Bali KC Negara

        ________________________________
        Disclaimer: Informasi dalam email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud.
        '''), kind='reply', name='Ida Ayu Made Ratnadewi', inst='Bank BPD Bali KC Negara', req=True,
      ticket='PST-2026-02903',
      quote=oq(DELIV_ID % 2903, 'Ida Ayu Ratnadewi <dayu.ratnadewi@bpdbali.co.id>', SUBJ_DATA % 2903, 'id'),
      **rp(2903), **F)

    C('f29-reply-yahoo-sends-cover-letter-undana', 'yahoo', 'Fransiska Mbeo', 'fransiskaym@yahoo.com',
      'Re: ' + SUBJ_LETTER % 2904, T('''
        Selamat pagi Bapak/Ibu,

        Berikut saya lampirkan surat pengantar dari program studi. Mohon maaf baru sempat saya kirim karena menunggu tanda tangan ketua program studi.

        Terima kasih.

        Salam,
        Fransiska Yuliana Mbeo
        Universitas Nusa Cendana
        '''), kind='reply', name='Fransiska Yuliana Mbeo', inst='Universitas Nusa Cendana', req=False,
      ticket='PST-2026-02904', quote=yq(LETTER_ID % 2904),
      attachments=[PDF('Surat Pengantar Prodi - Fransiska Y Mbeo.pdf')], **rp(2904), **F)

    C('f29-reply-thunderbird-bottom-double-counting-question', 'thunderbird', 'Johanis Latuheru', 'j.latuheru@fpik.unpatti.ac.id',
      'Re: ' + SUBJ_DATA % 2905, tq(DELIV_ID % 2905) + '\n\n' + T('''
        Terima kasih banyak atas datanya, Bapak/Ibu.

        Satu pertanyaan: pada tabel produksi perikanan tangkap, apakah angka tahun 2024 dan 2025 sudah mencakup ikan yang didaratkan di pelabuhan Pengambengan oleh kapal yang berpangkalan di luar Jembrana? Kami perlu memastikan agar tidak terjadi penghitungan ganda dengan data Kabupaten Banyuwangi.

        Salam,
        Johanis Latuheru
        '''), kind='reply', name='Johanis Latuheru', req=True, ticket='PST-2026-02905', wrap=72, **rp(2905), **F)

    C('f29-reply-en-asks-when-ferry-figures-available', 'gmail', 'Wei Ling Lim', 'weiling.lim@u.nus.edu',
      'Re: ' + SUBJ_DATA % 2906, T('''
        Dear PST team,

        Thank you so much for the tables, they are very helpful. One more question: the ferry table stops at 2023. Will the 2024 and 2025 passenger and vehicle figures for Gilimanuk be available from your office, and if so, roughly when?

        Best,
        Wei Ling

        ---
        LIM Wei Ling
        PhD Candidate, Department of Geography
        National University of Singapore
        '''), kind='reply', name='LIM Wei Ling', inst='National University of Singapore', req=True, lang='en',
      ticket='PST-2026-02906', quote=gq(DELIV_EN % 2906, when='Wed, Nov 25, 2026 at 1:41 PM'), **rp(2906), **F)

    C('f29-reply-new-mail-ticket-in-body-status', 'gmail', 'Gung Mas', 'gungmas.dewi@gmail.com',
      'Menanyakan permohonan data skripsi', T('''
        Om Swastyastu Bapak/Ibu,

        Mohon maaf mengganggu. Saya ingin menanyakan perkembangan permohonan data saya dengan nomor tiket PST-2026-02907 yang saya kirim tanggal 12 November. Kebetulan jadwal bimbingan saya minggu depan.

        Suksma.

        Anak Agung Ayu Mas Cahyani Dewi
        '''), kind='reply', name='Anak Agung Ayu Mas Cahyani Dewi', req=False, ticket='PST-2026-02907', **F)

    C('f29-reply-latin1-corrects-spelling-quote-has-wrong-inst', 'latin1', 'Søren Kjærgaard', 'soren.kjaergaard@cas.au.dk',
      'Re: ' + SUBJ_ACK % 2908, T('''
        Dear PST team,

        Thank you for the acknowledgement. A small correction: my surname is spelled Kjærgaard, not Kjaergaard, and my affiliation is Aarhus University, not Aalborg University. Could you please use this spelling on any letter or table you send?

        Best regards,
        Søren Kjærgaard
        '''), kind='reply', name='Søren Kjærgaard', inst='Aarhus University', req=False, lang='en',
      ticket='PST-2026-02908',
      quote=gq(ACK % (2908, 'Soren Kjaergaard', 'Aalborg University', 'Luas sawah dan rumah tangga petani padi')),
      name_charset='iso-8859-1', name_enc='Q', **rp(2908), **F)

    C('f29-reply-android-colleague-writes-for-kasi', 'plain', 'Komang Widi', 'komangwidi.kecmelaya@gmail.com',
      'Re: ' + SUBJ_ACK % 2909, T('''
        Selamat siang,

        Saya Komang Widiastuti, staf Seksi Pemerintahan Kantor Camat Melaya. Ibu Kasi kami (Ni Made Ayu Widiantari) sedang dinas luar ke Denpasar sampai Jumat, jadi mohon data yang diminta dikirim juga ke email saya ini.

        Terima kasih.

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='Komang Widiastuti', inst='Kantor Camat Melaya', req=False, ticket='PST-2026-02909',
      quote=aq(ACK % (2909, 'Ni Made Ayu Widiantari', 'Kantor Camat Melaya', 'Data monografi Kecamatan Melaya')),
      **rp(2909), **F)

    C('f29-reply-html-only-will-collect-printed-copy', 'html_only', 'I Gusti Putu Ngurah Darmawan', 'gpndarmawan@kemenag.go.id',
      'Re: ' + SUBJ_DATA % 2910, T('''
        Om Swastyastu,

        Terima kasih, data penduduk menurut agama sudah kami terima dengan baik. Untuk data tempat ibadah per desa, staf kami akan datang ke kantor BPS pada hari Kamis, 26 November, untuk mengambil salinan cetaknya sesuai arahan Bapak/Ibu.

        Suksma.

        I Gusti Putu Ngurah Darmawan
        Kantor Kementerian Agama Kabupaten Jembrana
        '''), kind='reply', name='I Gusti Putu Ngurah Darmawan', inst='Kantor Kementerian Agama Kabupaten Jembrana',
      req=False, ticket='PST-2026-02910', quote=gq(DELIV_ID % 2910, 'id'), **rp(2910), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f29-rating-bare-five-short-name', 'gmail', 'Dyah Ayu Kusumaningrum', 'dyahayu.kusuma@student.ub.ac.id',
      'Re: ' + SUBJ_RATE % 2921, T('''
        5

        Terima kasih banyak, datanya cepat sekali diterima.

        Dyah Ayu
        '''), kind='rating', rating=5, name='Dyah Ayu', req=False, ticket='PST-2026-02921',
      quote=gq(RATE_ID % 2921, 'id'), **rp(2921), **F)

    C('f29-rating-yahoo-kasih-nilai-empat-signature', 'yahoo', 'wayan sukerni', 'wayansukerni.smk3@yahoo.co.id',
      'Re: ' + SUBJ_RATE % 2922, T('''
        Saya kasih nilai 4 ya. Petugasnya ramah, cuma datanya baru dikirim setelah seminggu.

        Salam,
        Ni Wayan Sukerni
        SMK Negeri 3 Negara
        '''), kind='rating', rating=4, name='Ni Wayan Sukerni', inst='SMK Negeri 3 Negara', req=False,
      ticket='PST-2026-02922', quote=yq(RATE_ID % 2922), **rp(2922), **F)

    C('f29-rating-en-outlook-three-out-of-five', 'outlook', 'Harris, Olivia', 'olivia.harris@dfat.gov.au',
      'RE: ' + SUBJ_RATE % 2923, T('''
        Hi,

        I would rate the service 3 out of 5. The figures were accurate and well presented, but it took two follow-up emails before we received them, which made our briefing tight.

        Regards,
        Olivia Harris
        Economic and Trade Officer
        Australian Consulate-General in Bali

        UNOFFICIAL
        '''), kind='rating', rating=3, name='Olivia Harris', inst='Australian Consulate-General in Bali', req=False,
      lang='en', ticket='PST-2026-02923',
      quote=oq(RATE_EN % 2923, 'Harris, Olivia <olivia.harris@dfat.gov.au>', SUBJ_RATE % 2923), **rp(2923), **F)

    C('f29-rating-iphone-five-stars-only', 'iphone', 'Aurelia Putri', 'aureliaptr07@icloud.com', 'Re: ' + SUBJ_RATE % 2924, T('''
        ⭐⭐⭐⭐⭐ mantap kak, fast respon bgt 👍

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-02924', quote=iq(RATE_ID % 2924), **rp(2924), **F)

    C('f29-rating-html-only-one-angry', 'html_only', 'Hendra Wijaya', 'hendra.sinarabadi@gmail.com',
      'Re: ' + SUBJ_RATE % 2925, T('''
        Nilai: 1.

        Data yang saya minta sebagian besar tidak ada, dan itu baru saya ketahui setelah menunggu dua minggu. Kalau memang tidak ada, sebaiknya disampaikan sejak awal.

        Hendra Wijaya
        '''), kind='rating', rating=1, name='Hendra Wijaya', req=False, ticket='PST-2026-02925',
      quote=gq(RATE_ID % 2925, 'id'), **rp(2925), **F)

    C('f29-rating-thunderbird-bottom-empat-in-brackets', 'thunderbird', 'Rosmawati Simanjuntak', 'rosmawati.simanjuntak@uhn.ac.id',
      'Re: ' + SUBJ_RATE % 2926, tq(RATE_ID % 2926) + '\n\n' + T('''
        Nilai saya: 4 (empat).
        Konsultasinya sangat membantu, hanya jadwal Zoom sempat mundur satu kali.

        Salam,
        Dr. Rosmawati Simanjuntak
        Universitas HKBP Nommensen
        '''), kind='rating', rating=4, name='Dr. Rosmawati Simanjuntak', inst='Universitas HKBP Nommensen', req=False,
      ticket='PST-2026-02926', **rp(2926), **F)

    C('f29-rating-en-latin1-five-out-of-five-words', 'latin1', 'Søren Kjærgaard', 'soren.kjaergaard@cas.au.dk',
      'Re: ' + SUBJ_RATE % 2927, T('''
        Five out of five - thank you! The tables came in Excel and the long series on sawah area is exactly what I needed.

        Søren
        '''), kind='rating', rating=5, name='Søren', req=False, lang='en', ticket='PST-2026-02927',
      quote=gq(RATE_EN % 2927), **rp(2927), **F)

    C('f29-rating-balinese-android-telu', 'plain', 'Nengah Sudirta', 'nengahsudirta72@gmail.com', 'Re: ' + SUBJ_RATE % 2928, T('''
        Om swastyastu, tiang ngicen nilai telu (3) manten nggih. Datane sampun wenten, nanging nenten wenten per desa. Suksma.

        Nengah Sudirta

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=3, name='Nengah Sudirta', req=False, ticket='PST-2026-02928',
      quote=aq(RATE_ID % 2928), **rp(2928), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f29-complaint-suggestion-website-tables-outdated', 'gmail', 'Ngakan Putu Suarjaya', 'ngakansuarjaya@gmail.com',
      'Saran: pembaruan tabel di website BPS Jembrana', T('''
        Selamat pagi Bapak/Ibu,

        Sekadar saran. Beberapa tabel dinamis di website BPS Kabupaten Jembrana, misalnya jumlah akomodasi per kecamatan dan produksi perikanan, berhenti di tahun 2022, padahal di publikasi Kabupaten Jembrana Dalam Angka 2026 angkanya sudah sampai 2025. Kami yang sering memakai data untuk dokumen perencanaan jadi harus mengetik ulang dari PDF. Mohon kiranya tabel di website disinkronkan dengan publikasi terbaru.

        Terima kasih.

        Ngakan Putu Suarjaya
        Tenaga Ahli Perencanaan, CV Wahana Cipta Konsultan
        '''), kind='complaint', name='Ngakan Putu Suarjaya', inst='CV Wahana Cipta Konsultan', req=False, **F)

    C('f29-complaint-outlook-no-answer-two-weeks-on-ack', 'outlook', 'dr. Stevanus Gunawan, MARS', 'stevanus.g@rsbundakasih.co.id',
      'RE: ' + SUBJ_ACK % 2932, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Sudah dua minggu sejak tiket ini dibuat, belum ada data maupun kabar apa pun, padahal dalam email di bawah tertulis akan dijawab paling lambat 3 hari kerja. Staf kami sudah menelepon dua kali dan dijanjikan data dikirim hari itu juga, tetapi sampai sekarang tidak ada. Studi kelayakan kami tertahan karena hal ini. Mohon perhatiannya.

        Salam,
        dr. Stevanus Gunawan, MARS
        RSU Bunda Kasih Negara
        '''), kind='complaint', name='dr. Stevanus Gunawan', inst='RSU Bunda Kasih Negara', req=False,
      ticket='PST-2026-02932',
      quote=oq(ACK % (2932, 'dr. Stevanus Gunawan', 'RSU Bunda Kasih Negara', 'Data penduduk usia 45+ dan jaminan kesehatan'),
               '"dr. Stevanus Gunawan, MARS" <stevanus.g@rsbundakasih.co.id>', SUBJ_ACK % 2932, 'id'), **rp(2932), **F)

    C('f29-complaint-yahoo-enumerator-without-id-card', 'yahoo', 'Luh Sriasih', 'luhsriasih@yahoo.com',
      'Petugas survei tidak membawa tanda pengenal', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Luh Sriasih, ibu rumah tangga di Lingkungan Pertukangan, Kelurahan Loloan Timur. Hari Senin kemarin ada seorang laki-laki datang ke rumah mengaku petugas BPS, menanyakan penghasilan suami dan nomor KK kami. Waktu saya minta tanda pengenal, katanya ketinggalan di motor, tapi tidak diambil juga. Saya jadi was-was karena sekarang banyak penipuan.

        Mohon petugas diwajibkan selalu memakai kartu identitas, dan kalau bisa ada nomor yang bisa kami hubungi untuk memastikan petugas itu asli.

        Terima kasih.

        Dikirim dari Yahoo Mail di Android
        '''), kind='complaint', name='Ni Luh Sriasih', req=False, **F)

    C('f29-complaint-en-scanned-pdf-suggest-excel', 'gmail', 'Marco Bellini', 'marco@menjanganreefdivers.com',
      'Suggestion re: tourism tables', T('''
        Hi again,

        Just a friendly suggestion: the tourism tables you sent me, and the ones on your website, are scanned PDFs, so nothing can be copied and I had to type everything into a spreadsheet by hand (and my bank then found two typos of mine!). It would be so much easier for everyone if you could offer Excel or CSV files as well.

        Thanks for listening,
        Marco Bellini | Menjangan Reef Divers & Lodge
        '''), kind='complaint', name='Marco Bellini', inst='Menjangan Reef Divers & Lodge', req=False, lang='en', **F)

    C('f29-complaint-iphone-suggest-saturday-service', 'iphone', 'gede', 'gede.mahardika90@icloud.com', 'saran', T('''
        saran aja min, gmn kalo layanan PST buka hari sabtu jg? sy kerja senin-jumat, tdk bisa izin terus buat ke kantor BPS. tq

        Dikirim dari iPhone saya
        '''), kind='complaint', req=False, **F)

    C('f29-complaint-html-only-waiting-room', 'html_only', 'Gede Wirawan', 'gedewirawan.undiknas@gmail.com',
      'Keluhan ruang pelayanan PST', T('''
        Selamat sore,

        Kemarin siang saya datang ke ruang PST untuk konsultasi. AC di ruang tunggu mati, kursinya hanya tiga, dan saya harus menunggu hampir satu jam berdiri karena petugas yang melayani hanya satu orang. Beberapa pengunjung lain juga mengeluh hal yang sama. Mohon fasilitas ruang tunggu diperbaiki dan jumlah petugas saat jam ramai ditambah.

        Terima kasih.

        Gede Wirawan
        Mahasiswa Universitas Pendidikan Nasional
        '''), kind='complaint', name='Gede Wirawan', inst='Universitas Pendidikan Nasional', req=False, **F)

    C('f29-complaint-rating-request-but-no-data-received', 'gmail', 'Yohanes Bria Seran', 'yohanesbria.seran@gmail.com',
      'Re: ' + SUBJ_RATE % 2937, T('''
        Selamat siang,

        Mohon maaf, kenapa saya diminta memberi penilaian padahal data cengkeh yang saya minta belum saya terima sama sekali? Tiket ini ditutup begitu saja tanpa ada email pengiriman data. Mohon dicek kembali.

        Yohanes Bria Seran
        '''), kind='complaint', name='Yohanes Bria Seran', req=False, ticket='PST-2026-02937',
      quote=gq(RATE_ID % 2937, 'id'), **rp(2937), **F)

    C('f29-complaint-thunderbird-cover-letter-requirement', 'thunderbird', 'Anak Agung Ngurah Bagus Kusuma', 'anak017@brin.go.id',
      'Re: ' + SUBJ_LETTER % 2938, tq(LETTER_ID % 2938) + '\n\n' + T('''
        Yth. Bapak/Ibu,

        Mohon maaf, kami keberatan dengan persyaratan ini. Data yang kami minta adalah tabel agregat yang sebagian besar sudah diterbitkan, bukan mikrodata, sehingga kewajiban surat pengantar terasa berlebihan, apalagi antarlembaga pemerintah. Saran kami, persyaratan surat pengantar cukup diberlakukan untuk permintaan mikrodata saja.

        Salam hormat,
        Dr. Anak Agung Ngurah Bagus Kusuma
        Pusat Riset Kependudukan BRIN
        '''), kind='complaint', name='Dr. Anak Agung Ngurah Bagus Kusuma', inst='Pusat Riset Kependudukan BRIN',
      req=False, ticket='PST-2026-02938', wrap=72, **rp(2938), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f29-ooo-outlook-id-field-duty-headers', 'outlook', 'Ni Putu Sri Handayani', 'gizi.pkmpekutatan@gmail.com',
      'Balasan Otomatis: ' + SUBJ_DATA % 2941, T('''
        Terima kasih atas email Bapak/Ibu.

        Saat ini saya sedang bertugas di lapangan dalam kegiatan penimbangan balita hingga 30 November 2026 sehingga balasan email mungkin terlambat. Untuk keperluan mendesak silakan menghubungi UPTD Puskesmas Pekutatan di (0365) 42xxx.

        Salam,
        Sri Handayani
        '''), kind='auto_reply', req=False, ticket='PST-2026-02941',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(2941), **F)

    C('f29-ooo-en-gmail-fieldwork-xautoreply', 'gmail', 'Chloe Nguyen', 'chloe.nguyen1@student.monash.edu',
      'Re: ' + SUBJ_ASK % 2942, T('''
        Hi, thanks for your email!

        I'm currently doing fieldwork in the Mekong Delta with very limited internet access until 14 December. I'll get back to you as soon as I can after that.

        Chloe
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02942',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(2942), **F)

    C('f29-ooo-yahoo-shop-business-hours-body-only', 'yahoo', 'CV Sinar Abadi Makmur', 'cvsinarabadi.ngr@yahoo.com',
      'Re: ' + SUBJ_ACK % 2943, T('''
        [Balasan otomatis]

        Terima kasih, email Bapak/Ibu sudah masuk ke kotak surat CV Sinar Abadi Makmur dan akan kami balas pada jam kerja (Senin-Sabtu, 08.00-16.00 WITA). Untuk pemesanan cepat silakan hubungi WhatsApp 0812-3690-xxxx.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02943', **rp(2943), **F)

    C('f29-ooo-startup-helpdesk-own-ticket-en', 'gmail', 'Panen Pintar Support', 'support@panenpintar.id',
      '[Ticket #884213] Re: ' + SUBJ_DATA % 2944, T('''
        Hi there,

        Thanks for reaching out to Panen Pintar Support! Your message has been received and assigned ticket number #884213. One of our team members will get back to you within 1 business day.

        This is an automated response. Please do not reply to this email.

        Cheers,
        The Panen Pintar Team
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-02944',
      extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')], **rp(2944), **F)

    C('f29-ooo-plain-school-address-inactive', 'plain', 'SMK Negeri 3 Negara', 'info@smkn3negara.sch.id',
      'Otomatis: ' + SUBJ_RATE % 2945, T('''
        Yth. Pengirim,

        Alamat email ini sudah tidak aktif sejak 1 Oktober 2026. Untuk surat-menyurat dengan SMK Negeri 3 Negara, silakan kirim ke tatausaha@smkn3negara.sch.id.

        Pesan ini dikirim secara otomatis, mohon tidak dibalas.
        '''), kind='auto_reply', req=False, ticket='PST-2026-02945',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(2945), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f29-dsn-postfix-gmail-user-unknown', dict(
        recipient='aureliaputri07@gmail.com', original_message_id=OUR(2951, '29d4b7a1'),
        orig_subject=SUBJ_ACK % 2951, status='5.1.1'), 'PST-2026-02951', **F)

    D('f29-dsn-exchange-indonesian-mailbox-full', dict(
        recipient='stevanus.g@rsbundakasih.co.id', original_message_id=OUR(2952, '29d4b7a1'),
        orig_subject=SUBJ_DATA % 2952, status='5.2.2', mta='rsbundakasih.co.id',
        **{'from': 'Microsoft Outlook <postmaster@rsbundakasih.co.id>',
           'subject': 'Tidak dapat dikirim: ' + SUBJ_DATA % 2952,
           'text': ('Pesan Anda ke stevanus.g@rsbundakasih.co.id tidak dapat dikirim.\n\n'
                    'Kotak surat penerima penuh dan tidak dapat menerima pesan saat ini. Silakan coba kirim ulang '
                    'pesan Anda nanti, atau hubungi penerima secara langsung.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server yang menghasilkan: EXCH01.rsbundakasih.local\n'
                    'stevanus.g@rsbundakasih.co.id\n'
                    "Server Jarak Jauh mengembalikan '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'")}),
      'PST-2026-02952', lang='id', **F)

    D('f29-dsn-gmail-domain-typo-not-found', dict(
        recipient='nengahsudirta72@gmial.com', original_message_id=OUR(2953, '29d4b7a1'),
        orig_subject=SUBJ_RATE % 2953, status='5.1.2', mta='googlemail.com',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ("** Address not found **\n\n"
                    "Your message wasn't delivered to nengahsudirta72@gmial.com because the domain gmial.com "
                    "couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
                    "The response from the remote server was:\n"
                    "DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN")}),
      'PST-2026-02953', **F)

    D('f29-dsn-postfix-delayed-warning-timeout', dict(
        recipient='j.latuheru@fpik.unpatti.ac.id', original_message_id=OUR(2954, '29d4b7a1'),
        orig_subject=SUBJ_DATA % 2954, status='4.4.1', action='delayed',
        subject='Delayed Mail (still being retried)',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              '####################################################################\n'
              '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
              '####################################################################\n\n'
              'Your message could not be delivered for more than 4 hour(s).\n'
              'It will be retried until it is 5 day(s) old.\n\n'
              '<j.latuheru@fpik.unpatti.ac.id>: connect to mail.unpatti.ac.id[103.12.84.21]:25:\n'
              '    Connection timed out')), 'PST-2026-02954', **F)
