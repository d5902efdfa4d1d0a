# corpus_fresh35.py: a thirty-fifth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh35"; tickets PST-2026-035xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh35')

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
                 'yang diminta berupa tabulasi khusus, mohon kirimkan surat pengantar dari instansi atau kampus '
                 'dengan membalas email ini.\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')

    def pre(text):
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

    def iq(text, lang='id'):
        """Quote as Apple Mail on an iPhone writes it."""
        if lang == 'id':
            return 'Pada 25 Nov 2026, pukul 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n\n' + pre(text)
        return 'On 25 Nov 2026, at 08:47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> wrote:\n\n' + pre(text)

    def tq(text, lang='id'):
        """Quote as Thunderbird writes it."""
        if lang == 'id':
            return 'Pada 25/11/2026 08.47, PST BPS Kabupaten Jembrana menulis:\n' + pre(text)
        return 'On 25/11/2026 08:47, PST BPS Kabupaten Jembrana wrote:\n' + pre(text)

    def aq(text):
        """Quote as the Gmail app on Android writes it in Indonesian."""
        return ('Pada Rab, 25 Nov 2026 08.47, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> '
                'menulis:\n\n' + pre(text))

    def rp(n):
        return dict(in_reply_to=OUR(n, '7d2e35c1'), references=[OUR(n, '7d2e35c1')])

    # ================================================================================================
    # New requests: universities and research students (Indonesia)
    # ================================================================================================
    C('f35-req-unmas-student-formal-numbered', 'gmail', 'Dwi Pradnyani', 'dwipradnyani.kadek@gmail.com',
      'Permohonan Data Ketenagakerjaan Sektor Pariwisata untuk Skripsi', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Petugas Pelayanan Statistik Terpadu
        BPS Kabupaten Jembrana

        Perkenalkan, nama saya Ni Kadek Dwi Pradnyani, mahasiswi semester tujuh Program Studi Manajemen, Fakultas Ekonomi dan Bisnis, Universitas Mahasaraswati Denpasar (NIM 2202010123). Saat ini saya sedang menyusun skripsi berjudul "Pengaruh Kunjungan Wisatawan terhadap Penyerapan Tenaga Kerja Sektor Akomodasi dan Makan Minum di Kabupaten Jembrana".

        Sehubungan dengan itu, saya memohon bantuan data sebagai berikut:
        1. jumlah penduduk bekerja di lapangan usaha penyediaan akomodasi dan makan minum, 2018-2025;
        2. jumlah tamu yang menginap di hotel dan akomodasi lainnya per tahun, 2018-2025;
        3. PDRB kategori I atas dasar harga konstan 2010, 2018-2025.

        Besar harapan saya Bapak/Ibu berkenan membantu. Atas perhatiannya saya ucapkan terima kasih.

        Om Santih, Santih, Santih Om

        Hormat saya,
        Ni Kadek Dwi Pradnyani
        HP 0877-6123-xxxx
        '''), name='Ni Kadek Dwi Pradnyani', inst='Universitas Mahasaraswati Denpasar', **F)

    C('f35-req-unram-lecturer-signature-only-outlook', 'outlook', 'Lalu Ahmad Zulkarnaen', 'lalu.zulkarnaen@unram.ac.id',
      'Data produksi jagung dan sapi Jembrana (penelitian kolaboratif)', T('''
        Selamat pagi Bapak/Ibu,

        Bersama ini kami memohon bantuan data untuk penelitian kolaboratif mengenai integrasi jagung-sapi di lahan kering Bali dan NTB. Data yang kami perlukan untuk Kabupaten Jembrana:

        - luas panen, produksi dan produktivitas jagung per kecamatan, 2019-2025;
        - populasi sapi potong per kecamatan, 2019-2025;
        - jumlah rumah tangga usaha pertanian yang menanam jagung sekaligus memelihara sapi (ST2023), bila tabulasinya tersedia.

        Bila ada biaya untuk tabulasi khusus, mohon kami diberi informasinya.

        Terima kasih atas bantuannya.

        Salam hormat,

        Dr. Lalu Ahmad Zulkarnaen, S.P., M.Si.
        Lektor Kepala
        Program Studi Agribisnis, Fakultas Pertanian
        Universitas Mataram
        Jl. Majapahit No. 62, Mataram 83125
        '''), name='Dr. Lalu Ahmad Zulkarnaen', inst='Universitas Mataram', **F)

    C('f35-req-unsrat-student-iphone-abbrev', 'iphone', 'Grace', 'gracemamahit21@icloud.com', 'mnt data kk', T('''
        siang kk 🙏 sy grace natalia mamahit, mhs unsrat manado jurusan sosiologi. sy lg bikin tugas ttg jemaat kristen di bali, dpt info ada desa kristen di jembrana namanya blimbingsari
        bs minta data jml penduduk menurut agama per desa di kec melaya gk kk? thn brp aja yg ada. klo tdk ada yg per desa, per kecamatan jg gpp kk
        mksh bnyk kk, Tuhan berkati

        Dikirim dari iPhone saya
        '''), name='grace natalia mamahit', inst='unsrat', **F)

    C('f35-req-ipb-doctoral-code-switching', 'gmail', 'Togar Simanjuntak', 'togarsimanjuntak@apps.ipb.ac.id',
      'Request data: nelayan & kemiskinan pesisir Jembrana', T('''
        Halo Bapak/Ibu PST BPS Jembrana,

        Horas dan salam kenal! Saya Togar Maruli Simanjuntak, mahasiswa S3 Ekonomi Sumberdaya Kelautan Tropika di IPB University. Disertasi saya basically mencoba melihat apakah fluktuasi tangkapan lemuru di Selat Bali berdampak ke kemiskinan rumah tangga nelayan.

        Untuk itu saya butuh:
        1. jumlah rumah tangga perikanan tangkap per desa pesisir (ST2023);
        2. persentase penduduk miskin Kab. Jembrana 2010-2025 (annual series);
        3. kalau memungkinkan, raw data Susenas Kor untuk Jembrana. Saya paham ini harus lewat prosedur tersendiri, jadi mohon info step-nya.

        Thanks in advance, sangat appreciate bantuannya.

        Best,
        Togar
        '''), name='Togar Maruli Simanjuntak', inst='IPB University', **F)

    C('f35-req-unair-professor-thunderbird-consultation', 'thunderbird', 'Retno Wulandari', 'retno.wulandari@fkm.unair.ac.id',
      'Permohonan konsultasi dan data fertilitas', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        u.p. Pelayanan Statistik Terpadu

        Dengan hormat,

        Kami dari Pusat Penelitian dan Pengembangan Kependudukan Universitas Airlangga sedang melakukan kajian penurunan fertilitas di kabupaten-kabupaten dengan tradisi keluarga besar di Bali dan Nusa Tenggara. Untuk Kabupaten Jembrana kami memohon data angka kelahiran total (TFR) dan angka kelahiran menurut kelompok umur (ASFR) hasil SP2010 dan SP2020 Long Form, serta proporsi perempuan usia 15-49 tahun berstatus kawin menurut kecamatan.

        Selain itu kami ingin berkonsultasi mengenai cara membandingkan estimasi fertilitas dengan metode anak kandung (own-children method) dari data Susenas dengan estimasi resmi BPS.

        Atas perhatian dan kerja samanya kami sampaikan terima kasih.

        Hormat kami,

        Prof. Dr. Retno Wulandari, dr., M.Kes.
        Ketua Tim Peneliti
        '''), name='Prof. Dr. Retno Wulandari', inst='Universitas Airlangga', wrap=72, **F)

    C('f35-req-unipa-student-transmigrants', 'gmail', 'Yohanis Mandacan', 'yohanismandacan02@gmail.com',
      'Permohonan Data Penduduk dan Migrasi', T('''
        Syalom, selamat siang Bapak/Ibu.

        Perkenalkan, saya Yohanis Mandacan, mahasiswa Program Studi Ekonomi Pembangunan Universitas Papua di Manokwari. Saya sedang meneliti daerah asal para transmigran Bali di Papua Barat. Banyak keluarga transmigran di Kabupaten Manokwari yang berasal dari Jembrana dan berangkat pada tahun 1980-an.

        Saya mohon data:
        - jumlah penduduk Kabupaten Jembrana menurut kecamatan hasil sensus 1980, 1990 dan 2000;
        - jumlah migran keluar dari Jembrana menurut provinsi tujuan (SP2020 Long Form).

        Terima kasih, Tuhan Yesus memberkati.

        Salam,
        Yohanis M.
        '''), name='Yohanis Mandacan', inst='Universitas Papua', **F)

    C('f35-req-uinsu-forwards-own-unanswered-mail', 'gmail', 'Ahmad Fauzan', 'fauzanhsb@gmail.com',
      'Fwd: Permohonan data IPM dan kemiskinan Jembrana', T('''
        Yth. Bapak/Ibu PST,

        Mohon maaf, email di bawah ini minggu lalu saya kirim ke alamat bps5101@bps.go.id dan sampai sekarang belum ada balasan, jadi saya teruskan ke alamat ini. Terima kasih.

        Ahmad Fauzan

        ---------- Forwarded message ---------
        From: Ahmad Fauzan <fauzanhsb@gmail.com>
        Date: Mon, Nov 16, 2026 at 10:21 AM
        Subject: Permohonan data IPM dan kemiskinan Jembrana
        To: <bps5101@bps.go.id>


        Assalamualaikum wr. wb.

        Dengan hormat, saya Ahmad Fauzan Hasibuan, mahasiswa Program Studi Ekonomi Syariah Universitas Islam Negeri Sumatera Utara, Medan. Untuk skripsi saya tentang pengaruh zakat produktif terhadap kemiskinan, saya memerlukan data Indeks Pembangunan Manusia, persentase penduduk miskin, dan tingkat pengangguran terbuka Kabupaten Jembrana tahun 2015-2025.

        Terima kasih atas bantuannya.

        Wassalamualaikum wr. wb.
        Ahmad Fauzan Hasibuan
        '''), name='Ahmad Fauzan Hasibuan', inst='Universitas Islam Negeri Sumatera Utara', **F)

    C('f35-req-unm-need-only-in-docx-form', 'gmail', 'Rahmat Hidayat', 'rahmathidayat.unm@gmail.com',
      'Permohonan data penelitian', T('''
        Selamat siang Bapak/Ibu,

        Saya Rahmat Hidayat, mahasiswa Pendidikan Geografi Universitas Negeri Makassar. Rincian data yang saya perlukan sudah saya tuliskan pada formulir permintaan data yang saya unduh dari website BPS (terlampir). Mohon kiranya dapat diproses.

        Terima kasih.

        Rahmat Hidayat
        '''), name='Rahmat Hidayat', inst='Universitas Negeri Makassar',
      attachments=[DOCX('Formulir Permintaan Data_Rahmat Hidayat_UNM.docx')], **F)

    C('f35-req-unud-student-ktm-photo-yahoo', 'yahoo', 'Ayu Ratnaningsih', 'ayuratna.unud@yahoo.com',
      'Permohonan data kunjungan wisatawan', T('''
        Selamat pagi Bapak/Ibu,

        Saya Putu Ayu Ratnaningsih, mahasiswi Program Studi Destinasi Pariwisata Universitas Udayana. Untuk tugas akhir saya tentang pengembangan wisata bahari di Jembrana, saya membutuhkan data jumlah tamu asing dan domestik yang menginap di akomodasi Kabupaten Jembrana per bulan tahun 2022-2025, serta jumlah hotel dan homestay per kecamatan.

        Sebagai bukti identitas, foto KTM saya lampirkan.

        Terima kasih atas bantuannya.

        Salam,
        Ayu

        Dikirim dari Yahoo Mail di Android
        '''), name='Putu Ayu Ratnaningsih', inst='Universitas Udayana', attachments=[JPG('KTM Putu Ayu Ratnaningsih.jpg')],
      **F)

    C('f35-req-widya-mandala-need-only-in-subject', 'gmail', 'Fransiska Wulandari', 'fransiska.w@ukwms.ac.id',
      'Permohonan data rata-rata lama sekolah per kecamatan Jembrana 2020-2025', T('''
        Selamat siang Bapak/Ibu,

        Saya Fransiska Wulandari, dosen Universitas Katolik Widya Mandala Surabaya. Mohon bantuannya sesuai subjek email ini.

        Terima kasih banyak.

        Salam,
        Fransiska
        '''), name='Fransiska Wulandari', inst='Universitas Katolik Widya Mandala Surabaya', **F)

    # ================================================================================================
    # New requests: from abroad
    # ================================================================================================
    C('f35-req-en-anu-phd-subak', 'gmail', 'Tom Whitfield', 'thomas.whitfield@anu.edu.au',
      'Data request - rice land and irrigation, Jembrana', T('''
        Dear Sir or Madam,

        I'm a PhD candidate at the Crawford School of Public Policy, Australian National University, working on how subak irrigation associations in Bali are adapting to the conversion of rice land. Jembrana is one of my two case-study regencies, alongside Tabanan.

        Could you help me with the following?
        (a) wetland rice (sawah) area by kecamatan, 2010-2025;
        (b) rice harvested area and production by kecamatan for the same period;
        (c) the Podes variables on irrigation for each desa, if they can be shared.

        I'm happy to follow whatever procedure applies, and I will of course cite BPS Kabupaten Jembrana as the source.

        With thanks and best wishes,

        Thomas Whitfield
        PhD Candidate | Crawford School of Public Policy
        Australian National University
        Canberra ACT 2600
        '''), name='Thomas Whitfield', inst='Australian National University', lang='en', **F)

    C('f35-req-en-xiamen-master-outlook', 'outlook', 'CHEN Meiling', 'chenmeiling@stu.xmu.edu.cn',
      'Inquiry: fish processing statistics, Jembrana (master thesis)', T('''
        Dear BPS Jembrana,

        Good day. My name is Chen Meiling and I am a master's student at the School of Economics, Xiamen University, China. My thesis looks at the canned sardine supply chain between Indonesia and China, and the processing plants in Pengambengan are an important part of it.

        I would like to request:
        1. number of large and medium fish processing establishments in Jembrana and their workers, 2015-2025;
        2. sardine (lemuru) production landed in Jembrana, 2015-2025;
        3. if available, the export value of processed fish from Jembrana.

        I apologise for my limited Indonesian; a reply in English is very welcome. Thank you very much!

        Best regards,
        Chen Meiling
        '''), name='Chen Meiling', inst='Xiamen University', lang='en', **F)

    C('f35-req-en-latin1-lisbon-cocoa', 'latin1', 'João Sebastião Ferreira', 'jsferreira@isa.ulisboa.pt',
      'Data request: smallholder cocoa in Jembrana', T('''
        Dear colleagues,

        I am an agricultural economist at the Instituto Superior de Agronomia, Universidade de Lisboa, and I coordinate a small comparative project on smallholder cocoa in Timor-Leste, São Tomé and Indonesia. A colleague at Udayana told me that Jembrana has the largest cocoa area in Bali.

        Would it be possible to obtain the following for Jembrana:
        - cocoa planted area, harvested area and production by kecamatan, 2015-2025;
        - number of households growing cocoa (Agricultural Census 2023);
        - farm-gate prices of dry cocoa beans, if BPS records them?

        Com os melhores cumprimentos / with best regards,

        João Sebastião Ferreira
        Instituto Superior de Agronomia | Universidade de Lisboa
        Tapada da Ajuda, 1349-017 Lisboa, Portugal
        '''), name='João Sebastião Ferreira', inst='Universidade de Lisboa', lang='en', **F)

    C('f35-req-en-nz-embassy-maori-greeting', 'outlook', 'Aroha Ngata', 'aroha.ngata@mfat.govt.nz',
      'Request for regional statistics - Jembrana livestock sector', T('''
        Kia ora, and good morning,

        My name is Aroha Ngata and I am the Trade and Economic Adviser at the New Zealand Embassy Jakarta. We are scoping a small livestock-sector cooperation activity with the Bali provincial government, and Jembrana has been suggested as a possible site.

        We would be grateful for:
        1. cattle population by kecamatan, 2020-2025;
        2. number of households keeping cattle (Agricultural Census 2023);
        3. GRDP of the livestock sub-sector at constant prices, 2020-2025.

        Ngā mihi nui,

        Aroha Ngata
        Trade and Economic Adviser
        New Zealand Embassy Jakarta
        Sentral Senayan 2, Jl. Asia Afrika No. 8, Jakarta 10270
        '''), name='Aroha Ngata', inst='New Zealand Embassy Jakarta', lang='en', **F)

    C('f35-req-en-swedish-correspondent', 'gmail', 'Hannah Lindqvist', 'hannah.lindqvist@oceanreview.se',
      'Press inquiry: sardine catches and jobs in Pengambengan', T('''
        Hello,

        I'm a correspondent for Nordic Ocean Review, based in Stockholm, and I'm reporting on the sardine fishery in the Bali Strait. I'll be in Negara between 8 and 12 December.

        I'm looking for official figures on (1) sardine landings in Jembrana over the last ten years and (2) employment in fish processing. Would it also be possible to speak briefly with one of your statisticians while I'm there?

        Many thanks,
        Hannah Lindqvist
        '''), name='Hannah Lindqvist', inst='Nordic Ocean Review', lang='en', **F)

    C('f35-req-en-resort-gm-italian', 'outlook', 'Marco Bellini', 'gm@medewibayretreat.com',
      'Tourism statistics for West Bali - business plan', T('''
        Dear BPS team,

        I'm the General Manager of Medewi Bay Retreat, a 24-room surf resort in Pekutatan. We are preparing a business plan for an extension and our bank has asked for official figures.

        Could you kindly send:
        - foreign and domestic guest arrivals at accommodation establishments in Jembrana, monthly, 2019-2025;
        - average length of stay and room occupancy rate for Jembrana, same period.

        Grazie mille and best regards,

        Marco Bellini
        General Manager
        Medewi Bay Retreat
        Jl. Pantai Medewi, Pekutatan, Jembrana - Bali
        '''), name='Marco Bellini', inst='Medewi Bay Retreat', lang='en', **F)

    # ================================================================================================
    # New requests: government offices
    # ================================================================================================
    C('f35-req-dinkes-numbered-letter-in-body', 'outlook', 'Dinas Kesehatan Kab. Jembrana', 'dinkes@jembranakab.go.id',
      'Surat Permohonan Data Penduduk Sasaran Program Kesehatan Tahun 2027', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS KESEHATAN
        Jl. Surapati No. 1, Negara, Bali 82212
        ==============================================

        Negara, 19 November 2026

        Nomor    : 400.7/2317/Dinkes/2026
        Sifat    : Biasa
        Lampiran : 1 (satu) berkas
        Hal      : Permohonan Data

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
        Negara

        Dalam rangka penetapan sasaran program kesehatan tahun 2027, Dinas Kesehatan Kabupaten Jembrana memohon bantuan data sebagai berikut:
        1. proyeksi jumlah penduduk umur 0-6 tahun menurut umur tunggal per kecamatan, tahun 2027;
        2. proyeksi jumlah perempuan usia 15-49 tahun per kecamatan, tahun 2027;
        3. jumlah penduduk lanjut usia (60 tahun ke atas) per kecamatan, tahun 2025.

        Untuk koordinasi lebih lanjut dapat menghubungi Ni Made Sri Astiti, S.KM (Subkoordinator Data dan Informasi) pada nomor 0812-3845-xxxx.

        Demikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.

        Kepala Dinas Kesehatan
        Kabupaten Jembrana,

        dr. I Gusti Agung Putu Arsana, M.Kes.
        Pembina Utama Muda (IV/c)
        NIP. 19700812 199903 1 006
        '''), name='dr. I Gusti Agung Putu Arsana', inst='Dinas Kesehatan Kabupaten Jembrana',
      attachments=[PDF('Surat Dinkes 400.7-2317 Permohonan Data.pdf')], **F)

    C('f35-req-puskesmas-midwife-iphone', 'iphone', 'Wayan Sukarmini', 'sukarmini.bidan@gmail.com',
      'Data ibu hamil & balita Kec. Pekutatan', T('''
        Selamat siang Bapak/Ibu BPS. Saya Ni Wayan Sukarmini, A.Md.Keb., bidan koordinator di UPTD Puskesmas Pekutatan. Mohon bantuan data jumlah penduduk perempuan usia 15-49 th dan jumlah balita per desa di Kec. Pekutatan th 2025, utk perhitungan sasaran program KIA th depan. Kalau bisa dikirim dlm bentuk excel. Terima kasih banyak 🙏

        Dikirim dari iPhone saya
        '''), name='Ni Wayan Sukarmini', inst='UPTD Puskesmas Pekutatan', **F)

    C('f35-req-kkp-batak-analyst-outlook', 'outlook', 'Rotua Hutagalung', 'rotua.hutagalung@kkp.go.id',
      'Permohonan data untuk evaluasi program Kampung Nelayan Maju', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Rotua Hutagalung, analis kebijakan di Kementerian Kelautan dan Perikanan. Kami sedang mengevaluasi program Kampung Nelayan Maju di beberapa lokasi, salah satunya Desa Pengambengan.

        Mohon bantuan data:
        1. jumlah penduduk dan rumah tangga Desa Pengambengan, 2021-2025;
        2. persentase penduduk miskin Kabupaten Jembrana, 2021-2025;
        3. data Podes terkait sarana di Desa Pengambengan (air bersih, sanitasi, tempat pelelangan ikan).

        Data akan kami gunakan untuk laporan evaluasi internal.

        Terima kasih atas bantuannya.

        Salam,

        Rotua Hutagalung, S.E., M.P.P.
        Analis Kebijakan Ahli Muda
        Kementerian Kelautan dan Perikanan
        '''), name='Rotua Hutagalung', inst='Kementerian Kelautan dan Perikanan', **F)

    C('f35-req-brin-researcher-timorese-thunderbird', 'thunderbird', 'Fransiskus Xaverius Seran', 'fran.seran@brin.go.id',
      'Permohonan data ketenagakerjaan dan pekerja migran', T('''
        Selamat pagi Bapak/Ibu,

        Saya Dr. Fransiskus Xaverius Seran, peneliti ahli madya di Pusat Riset Kependudukan BRIN. Tahun ini kami meneliti pekerja sektor kapal pesiar dan kaitannya dengan pasar kerja lokal di Bali barat.

        Kami memohon data Kabupaten Jembrana berikut:
        - penduduk bekerja menurut status pekerjaan utama dan jenis kelamin (Sakernas), 2019-2025;
        - jumlah penduduk yang bekerja di luar negeri menurut kecamatan (SP2020 Long Form), bila tersedia;
        - tingkat pengangguran terbuka menurut kelompok umur, 2019-2025.

        Terima kasih atas kerja samanya.

        Salam,
        Frans Seran
        '''), name='Dr. Fransiskus Xaverius Seran', inst='Pusat Riset Kependudukan BRIN', **F)

    C('f35-req-camat-staff-forwards-disposition', 'outlook', 'Kecamatan Melaya', 'kec.melaya@jembranakab.go.id',
      'FW: Disposisi - data kependudukan untuk Musrenbang Kecamatan', T('''
        Selamat pagi Bapak/Ibu,

        Menindaklanjuti disposisi Bapak Camat di bawah, kami mohon bantuan data jumlah penduduk menurut jenis kelamin dan kelompok umur, jumlah rumah tangga, serta jumlah penduduk miskin per desa se-Kecamatan Melaya tahun 2025, untuk bahan Musrenbang Kecamatan bulan Januari.

        Terima kasih.

        Ni Putu Ayu Lestari
        Kasi Pemerintahan
        Kantor Camat Melaya

        ________________________________
        From: Camat Melaya <camat.melaya@jembranakab.go.id>
        Sent: Friday, November 20, 2026 3:12 PM
        To: Kecamatan Melaya <kec.melaya@jembranakab.go.id>
        Subject: Disposisi - data kependudukan untuk Musrenbang Kecamatan

        Kasi Pem: tolong mintakan data penduduk terbaru per desa ke BPS untuk bahan Musrenbang. Segera.

        I Made Suardana, S.Sos., M.Si.
        Camat Melaya
        '''), name='Ni Putu Ayu Lestari', inst='Kantor Camat Melaya', **F)

    C('f35-req-dinas-perikanan-consultation', 'outlook', 'Made Yoga Pratama', 'yoga.pratama@jembranakab.go.id',
      'Permohonan konsultasi metodologi survei nilai tukar nelayan', T('''
        Yth. Bapak/Ibu Statistisi BPS Kabupaten Jembrana,

        Saya Made Yoga Pratama, statistisi ahli pertama pada Dinas Perikanan Kabupaten Jembrana. Tahun 2027 dinas kami berencana melaksanakan survei nilai tukar nelayan tingkat kabupaten sebagai data sektoral. Kami memohon waktu untuk berkonsultasi mengenai:

        1. penentuan jumlah dan cara pemilihan sampel rumah tangga nelayan;
        2. paket komoditas untuk indeks harga yang dibayar nelayan;
        3. apakah survei ini memerlukan rekomendasi kegiatan statistik dari BPS.

        Bila berkenan, kami dapat datang ke kantor BPS pada Kamis, 3 Desember 2026 pukul 09.00 WITA.

        Terima kasih.

        Salam,
        Made Yoga Pratama, S.Stat.
        '''), name='Made Yoga Pratama', inst='Dinas Perikanan Kabupaten Jembrana', **F)

    C('f35-req-land-office-latin1-indonesian', 'latin1', 'Hendra Kurniawan', 'hendra.kurniawan@atrbpn.go.id',
      'Mohon data rumah tangga dan lahan sawah per desa', T('''
        Selamat siang Bapak/Ibu,

        Saya Hendra Kurniawan, penata kadastral pada Kantor Pertanahan Kabupaten Jembrana. Untuk penetapan target desa Pendaftaran Tanah Sistematis Lengkap (PTSL) tahun 2027, kami memerlukan data jumlah rumah tangga per desa serta luas lahan sawah per desa di Kabupaten Jembrana, tahun terbaru yang tersedia.

        Atas bantuannya kami ucapkan terima kasih.

        Hendra Kurniawan, S.T.
        Kantor Pertanahan Kabupaten Jembrana
        Jl. Mayor Sugianyar No. 7, Negara
        '''), name='Hendra Kurniawan', inst='Kantor Pertanahan Kabupaten Jembrana', **F)

    C('f35-req-setwan-dprd-budget-analyst', 'outlook', 'Setwan DPRD Jembrana', 'setwan.dprd@jembranakab.go.id',
      'Mohon data untuk pembahasan KUA-PPAS 2027', T('''
        Selamat pagi,

        Saya Putu Agus Wirawan, analis anggaran pada Sekretariat DPRD Kabupaten Jembrana. Atas permintaan Komisi II, kami mohon bantuan data berikut sebagai bahan pembahasan KUA-PPAS 2027:

        - laju pertumbuhan ekonomi Kabupaten Jembrana 2021-2025 dan perbandingannya dengan kabupaten lain di Bali;
        - inflasi atau indeks harga konsumen yang menjadi acuan untuk Jembrana, 2023-2025;
        - tingkat pengangguran terbuka dan persentase penduduk miskin, 2021-2025.

        Terima kasih atas bantuan Bapak/Ibu.

        Hormat kami,
        Putu Agus Wirawan
        Sekretariat DPRD Kabupaten Jembrana
        '''), name='Putu Agus Wirawan', inst='Sekretariat DPRD Kabupaten Jembrana', **F)

    C('f35-req-kemenag-hindu-counsellor-html-only', 'html_only', 'Ida Bagus Putu Suamba', 'ib.suamba.kemenag@gmail.com',
      'Permohonan data perkawinan dan penduduk menurut agama', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Saya Ida Bagus Putu Suamba, Penyuluh Agama Hindu pada Kantor Kementerian Agama Kabupaten Jembrana. Dalam rangka penyusunan program bimbingan pranikah tahun 2027, kami memohon bantuan data:

        1. jumlah penduduk menurut agama per kecamatan, tahun terbaru;
        2. jumlah penduduk berstatus kawin menurut kelompok umur, khususnya usia 15-24 tahun;
        3. rata-rata umur kawin pertama perempuan di Kabupaten Jembrana.

        Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.

        Om Santih, Santih, Santih Om
        '''), name='Ida Bagus Putu Suamba', inst='Kantor Kementerian Agama Kabupaten Jembrana', **F)

    # ================================================================================================
    # New requests: villages, schools, groups, NGOs
    # ================================================================================================
    C('f35-req-perbekel-letter-attached-and-summary', 'gmail', 'Pemdes Yehembang Kangin', 'desayehembangkangin@gmail.com',
      'Permohonan Data - Pemerintah Desa Yehembang Kangin', T('''
        Om Swastyastu,

        Bersama ini kami sampaikan surat permohonan data dari Pemerintah Desa Yehembang Kangin, Kecamatan Mendoyo (terlampir). Secara singkat, kami memerlukan data jumlah penduduk, rumah tangga, dan rumah tangga usaha pertanian Desa Yehembang Kangin hasil ST2023 serta Podes 2024, sebagai bahan penyusunan profil desa dan RPJMDes 2027-2032.

        Apabila data sudah siap, kami bersedia mengambil langsung ke kantor BPS.

        Om Santih, Santih, Santih Om

        Perbekel Yehembang Kangin,
        I Nengah Wartana
        '''), name='I Nengah Wartana', inst='Pemerintah Desa Yehembang Kangin',
      attachments=[PDF('Surat Permohonan Data Desa Yehembang Kangin.pdf')], **F)

    C('f35-req-subak-pekaseh-yahoo-rainfall', 'yahoo', 'ketut darmika', 'ketutdarmika67@yahoo.co.id', 'mohon data curah hujan', T('''
        Om Swastyastu Bapak Ibu,

        Tiang I Ketut Darmika, pekaseh di Subak Delod Bingin Desa Tukadaya. Musim tanam ini air di subak kami sangat kurang dan banyak petani terlambat tanam. Kami mau mengajukan bantuan pompa air ke dinas, dan diminta melampirkan data curah hujan dan hari hujan per bulan di Kecamatan Melaya tahun 2021 sampai 2025, juga luas sawah di Desa Tukadaya.

        Mohon dibantu nggih. Suksma.

        Dikirim dari Yahoo Mail di Android
        '''), name='I Ketut Darmika', inst='Subak Delod Bingin Desa Tukadaya', **F)

    C('f35-req-fishers-coop-haji-android', 'plain', 'Koperasi Mina Segara', 'kop.minasegara@gmail.com', 'Permohonan data produksi ikan', T('''
        Assalamualaikum wr wb

        Selamat pagi Bapak/Ibu. Kami pengurus Koperasi Nelayan Mina Segara Pengambengan. Saya H. Abdul Rachman, ketua koperasi. Koperasi kami mau mengajukan pinjaman modal untuk pembelian cold box ke LPDB, dan diminta data pendukung:
        1. produksi perikanan tangkap di Kabupaten Jembrana 5 tahun terakhir
        2. jumlah nelayan dan perahu di Desa Pengambengan
        3. harga ikan lemuru rata2 per tahun

        Mohon bantuannya. Terima kasih

        Wassalamualaikum wr wb

        Dikirim dari perangkat Android saya
        '''), name='H. Abdul Rachman', inst='Koperasi Nelayan Mina Segara Pengambengan', **F)

    C('f35-req-catholic-cattle-group-ekasari', 'gmail', 'Yohanes Sudiarta', 'yohanessudiarta.ekasari@gmail.com',
      'Mohon data populasi sapi Bali', T('''
        Salam sejahtera Bapak/Ibu,

        Saya Yohanes Ketut Sudiarta, ketua Kelompok Tani Ternak Bina Karya Desa Ekasari. Kelompok kami beranggotakan 27 peternak sapi Bali dan sedang menyusun proposal pengembangan pakan hijauan.

        Kami mohon data populasi sapi per desa di Kecamatan Melaya tahun 2022-2025, dan harga sapi hidup di tingkat peternak bila ada.

        Terima kasih, Tuhan memberkati.

        Hormat kami,
        Yohanes K. Sudiarta
        '''), name='Yohanes Ketut Sudiarta', inst='Kelompok Tani Ternak Bina Karya Desa Ekasari', **F)

    C('f35-req-mangrove-ngo-html-only', 'html_only', 'Yayasan Pesisir Lestari', 'info@pesisirlestari.or.id',
      'Permohonan Data Kependudukan Desa Perancak dan Budeng', T('''
        Salam lestari,

        Bapak/Ibu yang kami hormati, saya Maria Goretti Wea, koordinator program di Yayasan Pesisir Lestari Nusantara, lembaga nirlaba yang bergerak di bidang rehabilitasi mangrove dan penguatan ekonomi perempuan pesisir. Tahun depan kami memulai program di Desa Perancak dan Desa Budeng.

        Mohon bantuan data:
        • jumlah penduduk menurut jenis kelamin dan kelompok umur di kedua desa tersebut, 2025;
        • jumlah rumah tangga yang bekerja di sektor perikanan dan budidaya tambak;
        • luas hutan mangrove di Kabupaten Jembrana, bila BPS mempunyai datanya.

        Terima kasih atas kerja samanya.

        Salam hangat,
        Maria Goretti Wea
        Koordinator Program
        Yayasan Pesisir Lestari Nusantara
        www.pesisirlestari.or.id
        '''), name='Maria Goretti Wea', inst='Yayasan Pesisir Lestari Nusantara', **F)

    C('f35-req-sd-teacher-yahoo-ipas', 'yahoo', 'siti khotimah', 'sitikhotimah.sdn3gm@yahoo.com', 'Permohonan data untuk bahan ajar', T('''
        Assalamualaikum, selamat pagi Bapak/Ibu.

        Perkenalkan, saya Siti Khotimah, S.Pd., guru kelas IV di SD Negeri 3 Gilimanuk. Untuk pembelajaran IPAS bab "Daerahku", saya ingin menunjukkan data nyata kepada murid-murid, yaitu jumlah penduduk Kelurahan Gilimanuk menurut mata pencaharian dan jumlah penumpang kapal yang menyeberang melalui Pelabuhan Gilimanuk per tahun.

        Terima kasih banyak atas bantuannya.

        Wassalamualaikum.
        '''), name='Siti Khotimah', inst='SD Negeri 3 Gilimanuk', **F)

    C('f35-req-smk-pupil-chat-p5-project', 'gmail', 'Sintya Dewi', 'sintyadewi.smkn1ngr@gmail.com',
      'halo kak, mau minta data buat tugas', T('''
        halo kak selamat siang 😊
        aku Kadek Ayu Sintya Dewi kelas XII Akuntansi SMK Negeri 1 Negara. aku sama kelompok lagi bikin tugas projek P5 tentang kewirausahaan, disuruh guru cari data jumlah UMKM di jembrana per kecamatan sama jenis usahanya. kalo ada yg tahun 2024 atau 2025 kak
        makasih banyak kakk 🙏🙏
        '''), name='Kadek Ayu Sintya Dewi', inst='SMK Negeri 1 Negara', **F)

    # ================================================================================================
    # New requests: firms, media
    # ================================================================================================
    C('f35-req-bank-rm-outlook-disclaimer', 'outlook', 'A.A. Ngurah Bagus Mahendra', 'bagus.mahendra@banknusadewata.co.id',
      'Permohonan Data Ekonomi Regional - Kajian Ekspansi Kredit UMKM', T('''
        Yth. Tim Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Dengan hormat,

        Saya Anak Agung Ngurah Bagus Mahendra, Relationship Manager UMKM pada PT Bank Nusa Dewata Tbk Kantor Cabang Negara. Dalam rangka penyusunan rencana bisnis tahun 2027, kami memerlukan data sebagai berikut:

        1. laju pertumbuhan PDRB Kabupaten Jembrana menurut lapangan usaha, 2021-2025;
        2. jumlah usaha mikro dan kecil menurut kecamatan dan lapangan usaha;
        3. rata-rata upah/gaji buruh menurut lapangan usaha, Kabupaten Jembrana 2023-2025.

        Atas bantuan Bapak/Ibu, kami ucapkan terima kasih.

        Salam hormat,

        A.A. Ngurah Bagus Mahendra
        Relationship Manager UMKM
        Kantor Cabang Negara
        Jl. Ngurah Rai No. 88, Negara
        T. (0365) 41xxx

        ------------------------------------------------------------
        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. Bank tidak pernah meminta data pribadi, PIN atau OTP melalui email. Bank berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS.
        '''), name='Anak Agung Ngurah Bagus Mahendra', inst='PT Bank Nusa Dewata Tbk Kantor Cabang Negara', **F)

    C('f35-req-cold-storage-chinese-indonesian', 'gmail', 'Stefanus Liem', 'stefanus@sinarlautpratama.com',
      'Tanya data ikan & tenaga kerja', T('''
        Selamat siang,

        Saya Stefanus Liem dari PT Sinar Laut Pratama, usaha cold storage di Pengambengan. Kami berencana menambah kapasitas gudang pendingin tahun depan. Boleh minta data produksi ikan per bulan (terutama lemuru, tongkol, layang) di Jembrana 2022-2025 dan jumlah penduduk usia kerja di Kecamatan Negara?

        Thx.

        Stefanus Liem
        Direktur
        PT Sinar Laut Pratama
        WA 0811-385-xxxx
        '''), name='Stefanus Liem', inst='PT Sinar Laut Pratama', **F)

    C('f35-req-online-news-reporter-iphone', 'iphone', 'Komang Wiguna', 'komangwiguna@kabarbarat.id',
      'Konfirmasi data kemiskinan utk berita', T('''
        Selamat sore Pak/Bu, sy Komang Adi Wiguna, wartawan Kabarbarat.id. Sy sedang menulis berita ttg kenaikan harga beras & dampaknya ke warga miskin. Mohon data persentase & jumlah penduduk miskin Jembrana 2023-2025, serta garis kemiskinan terbaru. Kalau bisa hari ini krn tayang besok pagi. Terima kasih.

        Salam,
        Komang
        Kabarbarat.id | 0819-3600-xxxx

        Sent from my iPhone
        '''), name='Komang Adi Wiguna', inst='Kabarbarat.id', **F)

    # ================================================================================================
    # New requests lacking name, institution or a concrete need
    # ================================================================================================
    C('f35-req-housewife-catering-pribadi', 'gmail', 'Lina Marlina', 'linamarlina.catering@gmail.com',
      'Tanya jumlah sekolah dan murid di Negara', T('''
        Selamat pagi Bapak/Ibu,

        Saya Lina Marlina, ibu rumah tangga di Lingkungan Satria, Negara. Saya berencana membuka usaha katering makan siang untuk anak sekolah. Boleh saya minta data jumlah SD dan SMP beserta jumlah muridnya di Kecamatan Negara? Ini untuk keperluan pribadi saja.

        Terima kasih,
        Lina
        '''), name='Lina Marlina', **F)

    C('f35-req-min-umk-chat-no-identity', 'iphone', 'dhika', 'dhika.p99@icloud.com', 'tanya', T('''
        min mau tanya, data UMK jembrana 2026 brp ya? sama rata2 gaji pekerja di jembrana ada gk datanya? thx

        Dikirim dari iPhone saya
        '''), **F)

    C('f35-req-vague-um-student-only-consultation', 'gmail', 'Rizky Pratama', 'rizkypratama.um@gmail.com', 'Konsultasi', T('''
        Selamat siang Pak/Bu,

        Saya Rizky Pratama Lubis, mahasiswa Universitas Negeri Malang. Saya ingin berkonsultasi dengan petugas BPS, kira-kira bisa dibantu kapan ya? Apakah bisa lewat Zoom?

        Terima kasih.
        '''), name='Rizky Pratama Lubis', inst='Universitas Negeri Malang', req=False, **F)

    C('f35-req-vague-en-startup-partnership', 'gmail', 'Priya Raman', 'priya@terraloop.io', 'Partnership opportunity', T('''
        Hi there,

        I'm Priya, co-founder of Terraloop, a climate-data startup based in Singapore. We're big fans of the open-data work BPS is doing and would love to explore ways we might collaborate with your office in Jembrana. Would you be open to a quick call in the next couple of weeks?

        Cheers,
        Priya Raman
        Co-founder & CEO, Terraloop
        '''), name='Priya Raman', inst='Terraloop', req=False, lang='en', **F)

    C('f35-req-dinsos-office-no-person', 'outlook', 'Dinas Sosial Kab. Jembrana', 'dinsos@jembranakab.go.id',
      'Permohonan data penyandang disabilitas dan lansia', T('''
        Selamat siang,

        Dinas Sosial Kabupaten Jembrana memohon bantuan data jumlah penduduk lanjut usia yang tinggal sendiri dan jumlah penyandang disabilitas menurut kecamatan (Susenas atau SP2020 Long Form), untuk penyusunan rencana program rehabilitasi sosial tahun 2027. Data dapat dikirim ke alamat email ini.

        Terima kasih.

        Salam,
        Bidang Rehabilitasi Sosial
        Dinas Sosial Kabupaten Jembrana
        '''), inst='Dinas Sosial Kabupaten Jembrana', **F)

    C('f35-req-chili-farmer-no-institution-android', 'plain', 'Gede Arimbawa', 'gedearimbawa88@gmail.com', 'harga cabai', T('''
        Selamat siang pak/bu, saya Gede Arimbawa petani cabai di Batuagung. mau tanya data harga cabai rawit di tingkat petani per bulan di jembrana 2024-2025 ada tidak? untuk rencana tanam. trimakasih

        Dikirim dari perangkat Android saya
        '''), name='Gede Arimbawa', **F)

    C('f35-req-student-no-campus-named', 'gmail', 'Nabila Azzahra', 'nabilaazzahra.akt@gmail.com', 'Permohonan data PDRB', T('''
        Selamat malam Bapak/Ibu,

        Saya Nabila Azzahra, mahasiswi semester 5 jurusan Akuntansi. Saya sedang mengerjakan tugas mata kuliah Perekonomian Indonesia dan membutuhkan data PDRB Kabupaten Jembrana menurut lapangan usaha atas dasar harga berlaku tahun 2020-2025.

        Terima kasih banyak.

        Nabila
        '''), name='Nabila Azzahra', **F)

    C('f35-req-vague-caps-elderly-how-to-ask', 'yahoo', 'MADE SUMERTA', 'madesumerta1958@yahoo.com', 'MAU TANYA', T('''
        SELAMAT PAGI. SAYA I MADE SUMERTA, WARGA DESA BALUK. SAYA MAU TANYA KALAU MAU MINTA DATA KE BPS CARANYA BAGAIMANA, APAKAH HARUS DATANG KE KANTOR ATAU BISA LEWAT EMAIL SAJA. TERIMA KASIH.
        '''), name='I MADE SUMERTA', req=False, **F)

    C('f35-req-en-one-line-no-identity', 'gmail', 'J. Morales', 'jmorales.travel@gmail.com', 'Tourist numbers', T('''
        Hi, do you have the number of foreign tourists who stayed in Jembrana in 2024 and 2025, by month? Thanks.
        '''), lang='en', **F)

    C('f35-req-vague-lecturer-asks-phone-contact', 'outlook', 'Dewa Ayu Kade Sriwahyuni', 'dewaayu.sriwahyuni@undhirabali.ac.id',
      'Mohon bantuan', T('''
        Om Swastyastu,

        Perkenalkan, saya Dewa Ayu Kade Sriwahyuni, dosen Universitas Dhyana Pura. Saya ingin memohon bantuan Bapak/Ibu terkait penelitian saya. Apakah saya bisa menghubungi salah satu petugas melalui telepon atau WhatsApp?

        Terima kasih.

        Salam,
        Dewa Ayu Kade Sriwahyuni
        '''), name='Dewa Ayu Kade Sriwahyuni', inst='Universitas Dhyana Pura', req=False, **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f35-reply-identity-after-ask-brawijaya', 'gmail', 'Wira', 'wiraadnyana.ub@gmail.com', 'Re: ' + SUBJ_ASK % 3501, T('''
        Selamat siang, mohon maaf sebelumnya. Nama saya I Gede Wira Adnyana, mahasiswa Magister Ilmu Ekonomi Universitas Brawijaya. Terima kasih.
        '''), kind='reply', name='I Gede Wira Adnyana', inst='Universitas Brawijaya', req=False, ticket='PST-2026-03501',
      quote=gq(ASK, 'id'), **rp(3501), **F)

    C('f35-reply-iphone-oke-udh-masuk', 'iphone', 'Grace', 'gracemamahit21@icloud.com', 'Re: ' + SUBJ_DATA % 3502, T('''
        oke kak udh masuk, makasih yaa 🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-03502', quote=iq(DELIV_ID % 3502), **rp(3502), **F)

    C('f35-reply-outlook-long-chain-asks-boats', 'outlook', 'Rotua Hutagalung', 'rotua.hutagalung@kkp.go.id',
      'RE: ' + SUBJ_DATA % 3503, T('''
        Selamat siang,

        Terima kasih, data sudah kami terima dengan baik. Satu lagi, apakah tersedia data jumlah kapal perikanan menurut ukuran GT yang berpangkalan di Desa Pengambengan, 2023-2025? Bila ada, mohon dapat dikirim melalui email ini juga.

        Salam,
        Rotua Hutagalung
        Kementerian Kelautan dan Perikanan
        '''), kind='reply', name='Rotua Hutagalung', inst='Kementerian Kelautan dan Perikanan', req=True,
      ticket='PST-2026-03503',
      quote=oq(DELIV_ID % 3503 + '\n\n' + oq(ACK % (3503, 'Rotua Hutagalung', 'Kementerian Kelautan dan Perikanan',
                                                   'Penduduk dan rumah tangga Desa Pengambengan; kemiskinan; Podes'),
                                            'Rotua Hutagalung <rotua.hutagalung@kkp.go.id>', SUBJ_ACK % 3503, 'id'),
               'Rotua Hutagalung <rotua.hutagalung@kkp.go.id>', SUBJ_DATA % 3503, 'id'), **rp(3503), **F)

    C('f35-reply-thunderbird-bottom-cover-letter', 'thunderbird', 'Togar Simanjuntak', 'togarsimanjuntak@apps.ipb.ac.id',
      'Re: ' + SUBJ_LETTER % 3504, tq(LETTER_ID % 3504) + '\n\n' + T('''
        Selamat sore Bapak/Ibu,

        Terlampir surat pengantar dari Sekolah Pascasarjana sesuai permintaan. Mohon maaf baru sempat saya kirim.

        Salam,
        Togar Maruli Simanjuntak
        Mahasiswa S3, IPB University
        '''), kind='reply', name='Togar Maruli Simanjuntak', inst='IPB University', req=False, ticket='PST-2026-03504',
      attachments=[PDF('Surat Pengantar SPs IPB - Togar M Simanjuntak.pdf')], **rp(3504), **F)

    C('f35-reply-status-new-mail-ticket-in-body', 'yahoo', 'ketut darmika', 'ketutdarmika67@yahoo.co.id',
      'Menanyakan data curah hujan', T('''
        Om Swastyastu.

        Tiang mau menanyakan permohonan data curah hujan dengan nomor tiket PST-2026-03505 yang tiang kirim tanggal 16 November, apa sudah bisa diambil? Proposal harus dikumpul ke dinas tanggal 30. Suksma.

        Ketut Darmika

        Dikirim dari Yahoo Mail di Android
        '''), kind='reply', name='Ketut Darmika', req=False, ticket='PST-2026-03505', **F)

    C('f35-reply-en-asks-series-break', 'gmail', 'Tom Whitfield', 'thomas.whitfield@anu.edu.au', 'Re: ' + SUBJ_DATA % 3506, T('''
        Dear PST team,

        Many thanks for the rice tables. One question: the harvested-area series shows a sharp break between 2017 and 2018. Was there a change of method (the switch to the area sampling frame survey, I suppose)? If so, is there a back-cast series for the earlier years that I could use?

        Best,
        Tom
        '''), kind='reply', name='Tom', req=True, lang='en', ticket='PST-2026-03506', quote=gq(DELIV_EN % 3506),
      **rp(3506), **F)

    C('f35-reply-yahoo-gives-campus-after-ask', 'yahoo', 'nabila azzahra', 'nabilaazzahra.akt@yahoo.com', 'Re: ' + SUBJ_ASK % 3507, T('''
        Selamat pagi Bapak/Ibu, maaf kemarin lupa menuliskan. Saya kuliah di Universitas Pendidikan Nasional. Terima kasih.

        Nabila
        '''), kind='reply', name='Nabila', inst='Universitas Pendidikan Nasional', req=False, ticket='PST-2026-03507',
      quote=yq(ASK), **rp(3507), **F)

    C('f35-reply-colleague-answers-for-absent-rm', 'outlook', 'Ni Ketut Sri Wahyuni', 'sri.wahyuni@banknusadewata.co.id',
      'RE: ' + SUBJ_DATA % 3508, T('''
        Selamat siang Bapak/Ibu,

        Bapak Gung Bagus sedang cuti hingga 4 Desember, jadi email ini saya balas mewakili beliau. Data yang dikirim sudah kami terima dengan baik dan sudah kami teruskan ke tim perencanaan bisnis.

        Terima kasih atas bantuannya.

        Salam,
        Ni Ketut Sri Wahyuni
        Officer Pemasaran UMKM
        PT Bank Nusa Dewata Tbk Kantor Cabang Negara
        '''), kind='reply', name='Ni Ketut Sri Wahyuni', inst='PT Bank Nusa Dewata Tbk Kantor Cabang Negara', req=False,
      ticket='PST-2026-03508',
      quote=oq(DELIV_ID % 3508, 'A.A. Ngurah Bagus Mahendra <bagus.mahendra@banknusadewata.co.id>', SUBJ_DATA % 3508, 'id'),
      **rp(3508), **F)

    C('f35-reply-html-only-adds-female-heads', 'html_only', 'Yayasan Pesisir Lestari', 'info@pesisirlestari.or.id',
      'Re: ' + SUBJ_DATA % 3509, T('''
        Terima kasih banyak atas datanya, sangat membantu penyusunan baseline kami.

        Apakah kami juga bisa mendapatkan data jumlah rumah tangga yang dikepalai perempuan di Desa Perancak dan Desa Budeng? Bila tidak tersedia per desa, angka tingkat kecamatan juga sudah cukup.

        Salam hangat,
        Maria Goretti Wea
        Yayasan Pesisir Lestari Nusantara
        '''), kind='reply', name='Maria Goretti Wea', inst='Yayasan Pesisir Lestari Nusantara', req=True,
      ticket='PST-2026-03509', quote=gq(DELIV_ID % 3509, 'id'), **rp(3509), **F)

    C('f35-reply-android-balinese-sampun-katerima', 'plain', 'Pemdes Yehembang Kangin', 'desayehembangkangin@gmail.com',
      'Re: ' + SUBJ_DATA % 3510, T('''
        Om Swastyastu, data sampun katerima. Suksma pisan atas bantuannya.

        I Nengah Wartana
        Pemerintah Desa Yehembang Kangin

        Dikirim dari perangkat Android saya
        '''), kind='reply', name='I Nengah Wartana', inst='Pemerintah Desa Yehembang Kangin', req=False,
      ticket='PST-2026-03510', quote=aq(DELIV_ID % 3510), **rp(3510), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f35-rating-gmail-beri-nilai-lima', 'gmail', 'Dwi Pradnyani', 'dwipradnyani.kadek@gmail.com', 'Re: ' + SUBJ_RATE % 3521, T('''
        Saya beri nilai 5, Pak/Bu. Datanya lengkap dan petugasnya sangat membantu waktu saya telepon. Semoga skripsi saya lancar 😊

        Salam,
        Dwi Pradnyani
        '''), kind='rating', rating=5, name='Dwi Pradnyani', req=False, ticket='PST-2026-03521',
      quote=gq(RATE_ID % 3521, 'id'), **rp(3521), **F)

    C('f35-rating-outlook-penilaian-empat-signature', 'outlook', 'Made Yoga Pratama', 'yoga.pratama@jembranakab.go.id',
      'RE: ' + SUBJ_RATE % 3522, T('''
        Selamat pagi,

        Penilaian kami: 4 (puas).
        Konsultasinya sangat jelas, hanya jadwalnya sempat mundur dua kali.

        Terima kasih.

        Made Yoga Pratama, S.Stat.
        Dinas Perikanan Kabupaten Jembrana
        '''), kind='rating', rating=4, name='Made Yoga Pratama', inst='Dinas Perikanan Kabupaten Jembrana', req=False,
      ticket='PST-2026-03522',
      quote=oq(RATE_ID % 3522, 'Made Yoga Pratama <yoga.pratama@jembranakab.go.id>', SUBJ_RATE % 3522, 'id'),
      **rp(3522), **F)

    C('f35-rating-iphone-five-stars-no-name', 'iphone', 'Sintya Dewi', 'sintyadewi.smkn1ngr@icloud.com', 'Re: ' + SUBJ_RATE % 3523, T('''
        ⭐⭐⭐⭐⭐ mantap kak, cepet bgt dibalesnya

        Dikirim dari iPhone saya
        '''), kind='rating', rating=5, req=False, ticket='PST-2026-03523', quote=iq(RATE_ID % 3523), **rp(3523), **F)

    C('f35-rating-yahoo-tiga-words-slow', 'yahoo', 'ketut darmika', 'ketutdarmika67@yahoo.co.id', 'Re: ' + SUBJ_RATE % 3524, T('''
        Nilai tiga nggih. Datanya sudah dapat tapi lama, hampir dua minggu, sehingga proposal kami hampir terlambat. Suksma.

        Ketut Darmika

        Dikirim dari Yahoo Mail di Android
        '''), kind='rating', rating=3, name='Ketut Darmika', req=False, ticket='PST-2026-03524', quote=yq(RATE_ID % 3524),
      **rp(3524), **F)

    C('f35-rating-en-thunderbird-bottom-four', 'thunderbird', 'Tom Whitfield', 'thomas.whitfield@anu.edu.au',
      'Re: ' + SUBJ_RATE % 3525, tq(RATE_EN % 3525, 'en') + '\n\n' + T('''
        I'd rate it 4 out of 5. Very helpful data and a quick answer to my question about the series break; the only downside was that two tables came as images inside a PDF.

        Tom
        '''), kind='rating', rating=4, name='Tom', req=False, lang='en', ticket='PST-2026-03525', **rp(3525), **F)

    C('f35-rating-new-mail-numbers-before-score', 'gmail', 'Rahmat Hidayat', 'rahmathidayat.unm@gmail.com',
      'Penilaian layanan tiket PST-2026-03526', T('''
        Selamat siang.

        Terkait permintaan data saya tanggal 2 November 2026 (3 tabel, periode 2019-2025), saya berikan nilai 2 dari 5. Data baru saya terima 18 hari kemudian dan salah satu tabelnya kosong.

        Hormat saya,
        Rahmat Hidayat
        Universitas Negeri Makassar
        '''), kind='rating', rating=2, name='Rahmat Hidayat', inst='Universitas Negeri Makassar', req=False,
      ticket='PST-2026-03526', **F)

    C('f35-rating-android-empat-word-only', 'plain', 'Gede Arimbawa', 'gedearimbawa88@gmail.com', 'Re: ' + SUBJ_RATE % 3527, T('''
        Empat pak/bu. Terima kasih datanya.

        Gede Arimbawa

        Dikirim dari perangkat Android saya
        '''), kind='rating', rating=4, name='Gede Arimbawa', req=False, ticket='PST-2026-03527', quote=aq(RATE_ID % 3527),
      **rp(3527), **F)

    C('f35-rating-en-latin1-five-slash', 'latin1', 'João Sebastião Ferreira', 'jsferreira@isa.ulisboa.pt',
      'Re: ' + SUBJ_RATE % 3528, T('''
        Dear PST team,

        Score: 5/5. Excellent and fast service, and thank you for the explanation about the cocoa area series.

        Muito obrigado,
        João
        '''), kind='rating', rating=5, name='João', req=False, lang='en', ticket='PST-2026-03528',
      quote=gq(RATE_EN % 3528), **rp(3528), **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f35-complaint-slow-on-ack-quote-has-institution', 'gmail', 'Ahmad Fauzan', 'fauzanhsb@gmail.com', 'Re: ' + SUBJ_ACK % 3531, T('''
        Selamat siang,

        Sudah sepuluh hari kerja sejak tiket ini dibuat tetapi belum ada kabar sama sekali, padahal di email di bawah tertulis paling lambat 3 hari kerja. Saya sangat kecewa, sidang skripsi saya tinggal seminggu lagi. Mohon segera ditindaklanjuti.

        Ahmad Fauzan Hasibuan
        '''), kind='complaint', name='Ahmad Fauzan Hasibuan', req=False, ticket='PST-2026-03531',
      quote=gq(ACK % (3531, 'Ahmad Fauzan Hasibuan', 'Universitas Islam Negeri Sumatera Utara',
                      'IPM, kemiskinan dan TPT Kabupaten Jembrana 2015-2025'), 'id'), **rp(3531), **F)

    C('f35-complaint-anon-website-down', 'gmail', 'pengguna data', 'penggunadata.bali@gmail.com', 'Website BPS Jembrana tidak bisa diakses', T('''
        Selamat pagi. Website BPS Jembrana sejak kemarin sore tidak bisa dibuka, yang muncul hanya tulisan "503 Service Unavailable". Tolong segera diperbaiki, banyak mahasiswa yang sedang mengejar tenggat butuh datanya. Terima kasih.
        '''), kind='complaint', req=False, **F)

    C('f35-complaint-en-suggestion-machine-readable', 'gmail', 'Daniel Hartono', 'daniel@lumbungdata.org',
      'Suggestion: machine-readable downloads', T('''
        Dear BPS Jembrana team,

        A small suggestion from a regular user. Many of the regency tables on your website are only available as PDF, and several of them are scans. Publishing them as CSV or Excel (or through the BPS web API, as some other regencies already do) would save users a lot of retyping and reduce copying errors.

        Thanks for considering it.

        Best,
        Daniel Hartono
        Data Analyst, Lumbung Data Initiative
        '''), kind='complaint', name='Daniel Hartono', inst='Lumbung Data Initiative', req=False, lang='en', **F)

    C('f35-complaint-caps-market-trader-price-survey', 'plain', 'NYOMAN RASMINI', 'nyomanrasmini71@gmail.com', 'KELUHAN PETUGAS SURVEI HARGA', T('''
        SELAMAT SIANG BAPAK IBU.

        SAYA NI NYOMAN RASMINI, PEDAGANG SAYUR DI PASAR UMUM NEGARA. PETUGAS SURVEI HARGA DARI BPS SETIAP MINGGU DATANG PAS PASAR SEDANG RAMAI JAM 7 PAGI DAN BERTANYA LAMA SEKALI, SAMPAI PEMBELI SAYA PERGI. MOHON PETUGASNYA DATANG AGAK SIANG SAJA ATAU TANYANYA DISINGKAT.

        TERIMA KASIH.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='NI NYOMAN RASMINI', req=False, **F)

    C('f35-complaint-outlook-figures-differ', 'outlook', 'Setwan DPRD Jembrana', 'setwan.dprd@jembranakab.go.id',
      'Perbedaan angka jumlah penduduk pada dua publikasi BPS', T('''
        Yth. Pimpinan BPS Kabupaten Jembrana,

        Dengan hormat, kami menemukan bahwa jumlah penduduk Kabupaten Jembrana tahun 2025 dalam publikasi Kecamatan Dalam Angka (jika dijumlahkan seluruh kecamatan) berbeda 1.214 jiwa dengan angka dalam Kabupaten Jembrana Dalam Angka 2026. Perbedaan ini sempat dipersoalkan dalam rapat Komisi I dan membuat kami kesulitan menjelaskannya.

        Kami mohon ke depan angka antarpublikasi dibuat konsisten, atau setidaknya diberi catatan penjelasan bila memang berbeda.

        Hormat kami,
        Putu Agus Wirawan
        Sekretariat DPRD Kabupaten Jembrana
        '''), kind='complaint', name='Putu Agus Wirawan', inst='Sekretariat DPRD Kabupaten Jembrana', req=False, **F)

    C('f35-complaint-rude-phone-iphone-slang', 'iphone', 'dhika', 'dhika.p99@icloud.com', 'pelayanan telp', T('''
        sy td telp ke kantor bps jembrana, yg angkat jutek bgt, cm bilang "cari sendiri di website" trs ditutup. pelayanan publik kok gitu sih, tolong dibina petugasnya

        dhika

        Dikirim dari iPhone saya
        '''), kind='complaint', name='dhika', req=False, **F)

    C('f35-complaint-suggestion-saturday-teacher-yahoo', 'yahoo', 'siti khotimah', 'sitikhotimah.sdn3gm@yahoo.com',
      'Saran untuk layanan PST', T('''
        Assalamualaikum.

        Saran untuk PST BPS Jembrana: mohon layanan tatap muka juga dibuka hari Sabtu pagi, walaupun hanya beberapa jam. Guru-guru seperti kami baru bisa datang di luar jam mengajar, dan dari Gilimanuk ke Negara cukup jauh kalau harus izin sekolah.

        Terima kasih atas perhatiannya.

        Siti Khotimah
        SD Negeri 3 Gilimanuk
        '''), kind='complaint', name='Siti Khotimah', inst='SD Negeri 3 Gilimanuk', req=False, **F)

    C('f35-complaint-letter-demand-company', 'gmail', 'Stefanus Liem', 'stefanus@sinarlautpratama.com', 'Re: ' + SUBJ_LETTER % 3538, T('''
        Selamat sore,

        Mohon maaf, tapi kenapa untuk data produksi ikan saja kami harus membuat surat pengantar? Kami perusahaan, bukan mahasiswa, dan tidak ada "kampus" yang bisa memberi surat. Prosedurnya terlalu berbelit untuk pelaku usaha kecil seperti kami. Mohon aturan ini ditinjau ulang.

        Stefanus Liem
        PT Sinar Laut Pratama
        '''), kind='complaint', name='Stefanus Liem', inst='PT Sinar Laut Pratama', req=False, ticket='PST-2026-03538',
      quote=gq(LETTER_ID % 3538, 'id'), **rp(3538), **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f35-ooo-outlook-en-headers-embassy', 'outlook', 'Aroha Ngata', 'aroha.ngata@mfat.govt.nz',
      'Automatic reply: ' + SUBJ_DATA % 3541, T('''
        Kia ora,

        Thank you for your email. I am away from the office until Monday 7 December with limited access to email. For urgent matters please contact the Embassy's trade team on +62 21 2995 xxxx.

        Aroha
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03541',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3541), **F)

    C('f35-ooo-gmail-body-only-reporter', 'gmail', 'Komang Wiguna', 'komangwiguna@kabarbarat.id', 'Re: ' + SUBJ_ACK % 3542, T('''
        [Balasan otomatis]

        Terima kasih atas email Anda. Saya sedang liputan di luar daerah hingga 28 November 2026 dengan akses internet terbatas. Untuk keperluan redaksi silakan hubungi redaksi@kabarbarat.id.

        Komang
        '''), kind='auto_reply', req=False, ticket='PST-2026-03542', **rp(3542), **F)

    C('f35-ooo-yahoo-coop-office-hours', 'yahoo', 'Koperasi Mina Segara', 'kop.minasegara@yahoo.com', 'Re: ' + SUBJ_DATA % 3543, T('''
        Terima kasih telah menghubungi Koperasi Nelayan Mina Segara Pengambengan.

        Pesan Anda telah kami terima dan akan dibalas pada jam kerja (Senin-Jumat, 08.00-15.00 WITA). Pesan ini dikirim secara otomatis, mohon tidak membalas email ini.
        '''), kind='auto_reply', req=False, ticket='PST-2026-03543', **rp(3543), **F)

    C('f35-ooo-plain-galungan-leave-own-subject', 'plain', 'Made Yoga Pratama', 'yoga.pratama@jembranakab.go.id',
      'Otomatis: Cuti Hari Raya Galungan - ' + SUBJ_RATE % 3544, T('''
        Om Swastyastu.

        Saya sedang cuti Hari Raya Galungan dan Kuningan sampai dengan 2 Desember 2026. Email Bapak/Ibu akan saya balas setelah kembali bertugas. Untuk urusan mendesak silakan menghubungi Sekretariat Dinas Perikanan Kabupaten Jembrana.

        Suksma.
        (Pesan ini dikirim otomatis)
        '''), kind='auto_reply', req=False, ticket='PST-2026-03544',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(3544), **F)

    C('f35-ooo-html-only-service-desk-own-ticket', 'html_only', 'ANU Service Desk', 'servicedesk@anu.edu.au',
      '[Ticket#2026112310000417] Re: ' + SUBJ_DATA % 3545, T('''
        Hello,

        Thank you for contacting the ANU Service Desk. This is an automatic confirmation that your message has been received and logged as Ticket#2026112310000417. A member of our team will respond within two business days.

        Please do not reply to this message.

        ANU Service Desk
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03545',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')], **rp(3545), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f35-dsn-postfix-icloud-user-unknown', dict(
        recipient='grace.mamahit21@icloud.com', original_message_id=OUR(3551, '7d2e35c1'),
        orig_subject=SUBJ_DATA % 3551, status='5.1.1',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              'For further assistance, please send mail to postmaster.\n\n'
              '                   The mail system\n\n'
              '<grace.mamahit21@icloud.com>: host mx01.mail.icloud.com[17.57.154.6] said:\n'
              '    550 5.1.1 <grace.mamahit21@icloud.com>: user does not exist (in reply to\n'
              '    RCPT TO command)')), 'PST-2026-03551', **F)

    D('f35-dsn-exchange-indonesian-mailbox-full', dict(
        recipient='dinsos@jembranakab.go.id', original_message_id=OUR(3552, '7d2e35c1'),
        orig_subject=SUBJ_ACK % 3552, status='5.2.2', mta='jembranakab.go.id',
        **{'from': 'Microsoft Outlook <postmaster@jembranakab.go.id>',
           'subject': 'Tidak terkirim: ' + SUBJ_ACK % 3552,
           'text': ('Pesan Anda ke dinsos@jembranakab.go.id tidak dapat dikirim.\n\n'
                    'Kotak surat penerima sudah penuh dan tidak dapat menerima pesan saat ini. '
                    'Coba kirim ulang pesan Anda nanti, atau hubungi penerima secara langsung.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: MAIL01.jembranakab.go.id\n'
                    'dinsos@jembranakab.go.id\n'
                    "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'")}),
      'PST-2026-03552', lang='id', **F)

    D('f35-dsn-postfix-delayed-four-hours', dict(
        recipient='info@pesisirlestari.or.id', original_message_id=OUR(3553, '7d2e35c1'),
        orig_subject=SUBJ_RATE % 3553, status='4.4.1', action='delayed',
        subject='Delayed Mail (still being retried)',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              '####################################################################\n'
              '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
              '####################################################################\n\n'
              'Your message could not be delivered for more than 4 hour(s).\n'
              'It will be retried until it is 5 day(s) old.\n\n'
              '                   The mail system\n\n'
              '<info@pesisirlestari.or.id>: connect to mail.pesisirlestari.or.id[103.28.12.44]:25:\n'
              '    Connection timed out')), 'PST-2026-03553', **F)

    D('f35-dsn-qmail-mailbox-disabled', dict(
        recipient='fran.seran@brin.go.id', original_message_id=OUR(3554, '7d2e35c1'),
        orig_subject=SUBJ_DATA % 3554, status='5.2.1', mta='brin.go.id',
        **{'from': 'MAILER-DAEMON@mail.brin.go.id',
           'subject': 'failure notice',
           'text': ('Hi. This is the qmail-send program at mail.brin.go.id.\n'
                    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                    'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n'
                    '<fran.seran@brin.go.id>:\n'
                    'Remote host said: 550 5.2.1 Mailbox disabled, not accepting messages')}),
      'PST-2026-03554', **F)
