# corpus_fresh13.py: a thirteenth batch, written blind by an eleventh independent author who saw neither the
# parser nor its results, with the weight on WHO writes and WHERE they belong: a provincial breeding station's
# UPTD whose name runs to twenty words, a veterinary centre named only two lines under a vet's "drh." name, a
# Butonese "La Ode" at a marine engineering Loka signing on one pipe line, a Satker's form block, the regional
# treasury office naming its KPPN partner, a KUA penghulu (Hadhrami name), a provincial research agency named
# only in the subject, a kelian banjar in lower case, a private hospital's director naming the public hospital
# he refers to, a Danamon officer (pipe signature), a seed distributor CV, a rice-mill UD ("Sugiyono - UD ..."),
# a KUD signed in capitals by a Bugis "Daeng", an old Chinese-Indonesian "Fa." trading house, a tower company
# "Tbk" in corporate Jakarta jargon, a BMT (Syarifah), an NGO whose name is an ordinary word ("Jaring") and one
# with an English name, the Catholic diocese's PSE commission ("Rm."), a Confucian council ("Ws."), Fatayat NU
# forwarding its chairwoman's letter, karang taruna named after the request, a sekaa teruna in Balinese, a
# pokdarwis whose From name differs (HTML only), a posyandu lansia cadre (vague), TK Kartika, an MTs teacher
# (Sasak "Lale"), an MA science club writing jointly, an SLB letter attached, a pesantren asking for a speaker
# (vague), an SMK pupil interning at a hotel, UMY by acronym only, Tadulako, a lab at UNP, a gender studies
# centre at Trunojoyo, a programme without a university, an Unsoed student with a co-supervisor at IPB,
# Makerere, GIZ ("Hoffmann, Annegret"), Ateneo de Manila, an unaffiliated former World Bank staffer, a YouTube
# news channel, RRI, ANTARA, a housewife, a retired teacher naming her old school, a form with "Instansi:
# Umum", a vague "mau nanya dong" from Untar; replies (identity after our ASK from a pekaseh, as form lines
# from a BUMDes, "pribadi", a follow-up need, an English definition question, a forward to partners, a status
# question in a new mail, Balinese thanks, a bottom-posted correction, a quoted ACK whose institution the
# writer never repeats); ratings (chat "4 ya kak", English "5 out of 5", Minang "ampek", "5 (sangat puas)" in
# Outlook, a date before the score, "satu" in words, a new English mail, Balinese "lima"); complaints (someone
# else's NIK in our file, a fee, a passport copy demanded, a Tbk with a disclaimer, a broken website in chat
# style, a resident in capitals); auto-replies (training leave, fieldwork in Karamoja, a corporate helpdesk
# that opens its own ticket, a newsroom autoresponder with its own subject) and bounces (Gmail "Address not
# found", Lotus Domino, Office 365, a content-policy rejection) (set "fresh13"; tickets PST-2026-013xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh13')

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
    XLSX = lambda name: dict(name=name, type='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                             data=b'PK\x03\x04' + name.encode() * 30)

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
        return dict(in_reply_to=OUR(n, 'e58a0c3d'), references=[OUR(n, 'e58a0c3d')])

    # ------------------------------------------------------------------------------------------------
    # Technical units, regional offices, villages, hospitals, banks
    # ------------------------------------------------------------------------------------------------
    C('f13-req-upt-breeding-station-long-provincial-name', 'outlook', 'UPTD BPT-HMT Bali', 'uptd.bpthmt@baliprov.go.id',
      'Permohonan data populasi ternak Kabupaten Jembrana', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        c.q. Pelayanan Statistik Terpadu

        Dengan hormat,

        Kami dari UPTD Balai Pembibitan Ternak dan Hijauan Makanan Ternak Dinas Pertanian dan Ketahanan Pangan Provinsi Bali bermaksud menyusun rencana distribusi bibit sapi bali dan bibit rumput odot tahun anggaran 2027 kepada kelompok-kelompok ternak di Bali bagian barat. Sehubungan dengan itu kami mohon bantuan data Kabupaten Jembrana sebagai berikut:

        1. populasi sapi potong, kambing dan babi per kecamatan, 2021-2025;
        2. jumlah rumah tangga usaha peternakan menurut jenis ternak utama (ST2023);
        3. luas lahan yang ditanami hijauan pakan ternak, bila tersedia.

        Data dalam format Excel akan sangat membantu kami.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,

        Ir. Cokorda Gde Rai Widnyana, M.P.
        Kepala Seksi Pembibitan dan Distribusi
        UPTD BPT-HMT Provinsi Bali
        Jl. Raya Sobangan, Mengwi, Badung
        Telp. (0361) 84xxxx
        '''), name='Ir. Cokorda Gde Rai Widnyana',
      inst='UPTD Balai Pembibitan Ternak dan Hijauan Makanan Ternak Dinas Pertanian dan Ketahanan Pangan Provinsi Bali',
      **F)

    C('f13-req-bbvet-drh-inst-two-lines-under-name', 'gmail', 'Ratna Kumalasari', 'ratnakumalasari.vet@gmail.com',
      'Data kepadatan penduduk per desa (kajian risiko rabies)', T('''
        Selamat siang Bapak/Ibu,

        Kami sedang memperbarui pemetaan risiko rabies di Bali bagian barat bersama Dinas Pertanian dan Pangan Kabupaten Jembrana. Kasus gigitan hewan penular rabies di Kecamatan Melaya dan Mendoyo meningkat sejak pertengahan tahun, sehingga model kepadatan populasi kami perlu diperbarui.

        Mohon bantuan data:
        - jumlah penduduk dan luas wilayah per desa/kelurahan, 2025;
        - jumlah rumah tangga per desa/kelurahan;
        - jumlah rumah tangga yang memelihara anjing, bila ada dari survei atau sensus.

        Terima kasih banyak atas bantuannya.

        Salam,

        drh. Luh Gede Ratna Kumalasari, M.Si.
        Medik Veteriner Ahli Muda
        Laboratorium Epidemiologi
        Balai Besar Veteriner Denpasar
        '''), name='drh. Luh Gede Ratna Kumalasari', inst='Balai Besar Veteriner Denpasar', **F)

    C('f13-req-loka-butonese-la-ode-pipe-signature', 'thunderbird', 'La Ode M. Syarifuddin', 'laode.syarifuddin@kkp.go.id',
      'Permohonan data rumah tangga perikanan pesisir Jembrana', T('''
        Yth. Petugas PST BPS Kabupaten Jembrana,

        Mohon izin, kami sedang menyusun kajian perbandingan kerentanan ekonomi rumah tangga perikanan di pulau-pulau kecil (Wakatobi) dan di pesisir pulau besar (Jembrana dan Banyuwangi). Untuk Jembrana kami memerlukan:

        (a) jumlah rumah tangga perikanan tangkap dan budidaya per kecamatan (ST2023);
        (b) persentase penduduk miskin dan garis kemiskinan, 2020-2025;
        (c) produksi perikanan tangkap per kecamatan, 2020-2025.

        Apabila ada biaya atau surat pengantar yang diperlukan, mohon diinformasikan.

        Terima kasih.

        --
        La Ode Muhammad Syarifuddin, S.Pi., M.Si. | Perekayasa Ahli Muda | Loka Perekayasaan Teknologi Kelautan Wakatobi
        Jl. Poros Wanci-Liya, Wangi-Wangi Selatan, Sulawesi Tenggara
        '''), name='La Ode Muhammad Syarifuddin', inst='Loka Perekayasaan Teknologi Kelautan Wakatobi', **F)

    C('f13-req-satker-form-block-ppk', 'outlook', 'PPK Sanitasi Satker PPP Bali', 'ppk.sanitasi.ppwbali@gmail.com',
      'Formulir Permintaan Data', T('''
        Selamat pagi,

        Mohon bantuan data sesuai isian berikut.

        Nama Pemohon   : Arief Budiman Tanjung, S.T.
        NIP            : 19880612 201402 1 003
        Jabatan        : Pejabat Pembuat Komitmen Sanitasi
        Instansi       : Satuan Kerja Pelaksanaan Prasarana Permukiman Wilayah Provinsi Bali
        Alamat Kantor  : Jl. Danau Tamblingan No. 49, Sanur, Denpasar
        Data diminta   : (1) persentase rumah tangga menurut akses air minum layak dan sanitasi layak, Kab. Jembrana 2021-2025; (2) jumlah rumah tangga per desa di Kecamatan Melaya dan Kecamatan Negara, 2025
        Kegunaan       : Penyusunan usulan program SPALD-T tahun anggaran 2027
        Format         : Excel

        Terima kasih.
        '''), name='Arief Budiman Tanjung', inst='Satuan Kerja Pelaksanaan Prasarana Permukiman Wilayah Provinsi Bali', **F)

    C('f13-req-treasury-kanwil-names-kppn-partner', 'outlook', 'Rahmat Hidayat Nasution', 'rahmat.nasution@kemenkeu.go.id',
      'Data request: indikator ekonomi regional Kab. Jembrana untuk Kajian Fiskal Regional', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Rahmat Hidayat Nasution, analis pada Bidang Pembinaan Pelaksanaan Anggaran II, Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Bali. Bersama rekan-rekan di KPPN Singaraja, yang wilayah kerjanya mencakup Kabupaten Jembrana, kami sedang menyusun Kajian Fiskal Regional triwulan IV 2026.

        Mohon bantuan data:
        1. PDRB ADHB dan ADHK menurut lapangan usaha, 2022-2025 (dan triwulanan bila ada);
        2. inflasi yang relevan untuk Jembrana (atau kota IHK terdekat sebagai proksi);
        3. tingkat pengangguran terbuka dan persentase penduduk miskin, 2022-2025.

        Terima kasih atas kerja samanya.

        Salam hangat,
        Rahmat H. Nasution
        Kanwil DJPb Provinsi Bali
        '''), name='Rahmat Hidayat Nasution', inst='Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Bali', **F)

    C('f13-req-kua-penghulu-hadhrami-name', 'gmail', 'KUA Kec. Negara', 'kuanegara.jembrana@gmail.com',
      'Mohon data penduduk usia nikah', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh,

        Yth. Bapak/Ibu Petugas PST,

        Dalam rangka penyusunan program Bimbingan Perkawinan (Bimwin) bagi calon pengantin dan pencegahan perkawinan anak tahun 2027, kami dari Kantor Urusan Agama Kecamatan Negara memohon data:

        1. jumlah penduduk usia 16-24 tahun menurut jenis kelamin per desa/kelurahan di Kecamatan Negara, 2025;
        2. persentase perempuan usia 20-24 tahun yang menikah sebelum umur 18 tahun, Kabupaten Jembrana;
        3. jumlah penduduk menurut agama per kecamatan, bila tersedia.

        Demikian, atas bantuannya kami sampaikan jazakumullah khairan.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        H. Muhammad Said Bafadhal, S.H.I.
        Penghulu Ahli Muda
        '''), name='H. Muhammad Said Bafadhal', inst='Kantor Urusan Agama Kecamatan Negara', **F)

    C('f13-req-brida-inst-only-in-subject', 'gmail', 'Desak Wulandari', 'desak.wulandari88@gmail.com',
      'Permohonan Data - BRIDA Provinsi Bali (Kajian Ekonomi Biru Bali Barat)', T('''
        Om Swastyastu,

        Selamat pagi Bapak/Ibu. Sehubungan dengan kajian ekonomi biru di pesisir Bali bagian barat yang sedang kami kerjakan, mohon bantuan data Kabupaten Jembrana berikut:

        • PDRB lapangan usaha perikanan serta penyediaan akomodasi dan makan minum, 2019-2025;
        • jumlah penduduk bekerja di sektor perikanan dan pariwisata;
        • jumlah desa pesisir dan jumlah penduduknya (Podes 2024).

        Bila diperlukan surat resmi, akan kami susulkan melalui persuratan dinas. Sementara ini saya memakai email pribadi karena email kantor sedang bermasalah.

        Suksma.

        Desak Putu Ayu Wulandari
        Peneliti Ahli Pertama
        '''), name='Desak Putu Ayu Wulandari', inst='BRIDA Provinsi Bali', **F)

    C('f13-req-kelian-banjar-lowercase-android', 'plain', 'ketut sadia', 'ketutsadia.pyk@gmail.com', 'data banjar', T('''
        om swastyastu pak bu

        tiang ketut sadia kelian banjar dinas pangyangan kauh desa pangyangan. mohon bantu data jumlah kk dan jumlah penduduk banjar kami kalau ada sampai tingkat banjar, sama jumlah penduduk lansia diatas 60 th. mau dipakai untuk usulan bedah rumah ke kabupaten. kalau datanya cuma sampai desa gpp

        suksma pak bu

        Dikirim dari perangkat Android saya
        '''), name='ketut sadia', inst='banjar dinas pangyangan kauh desa pangyangan', **F)

    C('f13-req-private-hospital-director-names-rsud', 'outlook', 'dr. Stefanus Gukguk', 'stefanus.gukguk@rskasihabdi.co.id',
      'Permohonan data kelahiran dan perempuan usia subur', T('''
        Yth. Bapak/Ibu PST BPS Jembrana,

        Salam sehat. Rumah sakit kami berencana membuka layanan NICU (perawatan intensif bayi baru lahir) pada 2027. Selama ini bayi dengan kondisi berat dari wilayah Jembrana harus dirujuk ke RSUD Negara atau ke Denpasar, dan ruang perinatologi RSUD Negara sering penuh. Untuk studi kelayakan, kami membutuhkan data:

        1. jumlah kelahiran hidup per kecamatan, 2021-2025 (atau angka kelahiran total/TFR);
        2. jumlah perempuan usia 15-49 tahun per kecamatan, 2025;
        3. proyeksi penduduk Kabupaten Jembrana 2026-2030.

        Terima kasih atas kerja samanya.

        Hormat saya,

        dr. Stefanus Raja Gukguk, Sp.OG
        Direktur Pelayanan Medik
        RSU Kasih Abdi Husada
        Jl. Ngurah Rai No. 88, Negara
        Telp. (0365) 42xxx | www.rskasihabdi.co.id
        '''), name='dr. Stefanus Raja Gukguk', inst='RSU Kasih Abdi Husada', **F)

    C('f13-req-danamon-officer-pipe-signature-only', 'outlook', 'Yosef Simbolon', 'yosef.simbolon@danamon.co.id',
      'Permohonan data usaha mikro dan tenaga kerja Kab. Jembrana', T('''
        Yth. Tim PST,

        Mohon bantuan data berikut untuk analisis potensi penyaluran kredit usaha mikro di Kabupaten Jembrana tahun 2027:
        - jumlah usaha mikro dan kecil menurut lapangan usaha per kecamatan (data terbaru, termasuk hasil SE2026 bila sudah rilis);
        - jumlah penduduk bekerja dengan status berusaha sendiri dan berusaha dibantu buruh tidak tetap, 2023-2025;
        - jumlah pasar rakyat per kecamatan.

        Terima kasih atas bantuannya.

        Salam,
        Yosef Parlindungan Simbolon | Account Officer Mikro | PT Bank Danamon Indonesia Tbk
        Danamon Unit Negara - Jl. Jend. Sudirman No. 21, Negara

        Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. This e-mail and any attachments are confidential. PT Bank Danamon Indonesia Tbk berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS.
        '''), name='Yosef Parlindungan Simbolon', inst='PT Bank Danamon Indonesia Tbk', **F)

    # ------------------------------------------------------------------------------------------------
    # Firms of every legal form
    # ------------------------------------------------------------------------------------------------
    C('f13-req-cv-seed-distributor-chinese-indonesian', 'gmail', 'Stevanus Halim', 'stevanus.halim@agrobenih.co.id',
      'Data luas tanam jagung & padi per kecamatan', T('''
        Selamat sore Pak/Bu,

        Saya Stevanus Halim, marketing area Bali di CV Agro Benih Nusantara (distributor benih jagung hibrida dan padi, kantor pusat di Jember). Kami mau menyusun target penjualan musim tanam 2027 untuk Jembrana. Boleh minta data:

        1) luas tanam/luas panen jagung dan padi per kecamatan 2022-2025
        2) jumlah rumah tangga petani jagung (ST2023)
        3) kalau ada, jumlah kios saprodi per kecamatan

        Thanks Pak/Bu, ditunggu kabarnya.

        Stevanus
        HP/WA 0813-3622-xxxx
        '''), name='Stevanus Halim', inst='CV Agro Benih Nusantara', **F)

    C('f13-req-ud-rice-mill-dash-signature-javanese', 'yahoo', 'sugiyono', 'sugiyono_yhb@yahoo.co.id',
      'Mohon data produksi gabah', T('''
        Selamat siang Bapak/Ibu BPS.

        Mohon maaf mengganggu. Saya mau minta data produksi padi (gabah kering giling) per subround atau per musim di Kecamatan Pekutatan dan Mendoyo tahun 2024 dan 2025, sama harga gabah di tingkat petani. Saya mau menambah mesin pengering, jadi perlu tahu kapan panen raya dan kira-kira berapa banyak gabahnya.

        Matur nuwun.

        Sugiyono - UD Sumber Beras Makmur, Yehembang

        Dikirim dari Yahoo Mail di Android
        '''), name='Sugiyono', inst='UD Sumber Beras Makmur', **F)

    C('f13-req-kud-bugis-daeng-signature-capitals', 'plain', 'KUD Tunas Harapan', 'kudtunasharapan.cks@gmail.com',
      'PERMOHONAN DATA', T('''
        Dengan hormat,

        Bersama ini kami pengurus koperasi mohon bantuan data jumlah rumah tangga nelayan dan pembudidaya rumput laut, serta produksi ikan di Desa Candikusuma, Desa Tuwed dan Desa Melaya tahun 2023-2025. Data akan kami gunakan untuk bahan Rapat Anggota Tahunan dan usulan pengadaan cold storage ke Dinas Koperasi Provinsi.

        Atas bantuannya kami ucapkan terima kasih.

        Hormat kami,

        H. ABDUL RAHMAN DAENG MATTAWANG
        KETUA
        KOPERASI UNIT DESA (KUD) TUNAS HARAPAN CANDIKUSUMA
        '''), name='H. Abdul Rahman Daeng Mattawang', inst='KOPERASI UNIT DESA (KUD) TUNAS HARAPAN CANDIKUSUMA', **F)

    C('f13-req-firma-old-trading-house-latin1', 'latin1', 'Fa. Sinar Terang', 'fa.sinarterang.ngr@gmail.com',
      'Permintaan data harga bahan pokok', T('''
        Kepada Yth. Kantor BPS Jembrana,

        Dengan hormat. Saya Lie Kok Hwa, pemilik Fa. Sinar Terang, toko bahan pokok di Jl. Diponegoro, Negara, yang berdiri sejak tahun 1968 (didirikan mendiang ayah saya). Sekarang usaha dibantu anak saya, yang juga mengetikkan surat ini.

        Kami ingin mengetahui perkembangan harga beras, gula pasir, minyak goreng dan telur ayam di Kabupaten Jembrana per bulan selama tahun 2024 sampai 2026, sebagai bahan pertimbangan stok akhir tahun. Kalau datanya hanya ada untuk Bali atau Denpasar, itu juga boleh.

        Terima kasih atas perhatiannya.

        Hormat kami,
        Lie Kok Hwa
        Fa. Sinar Terang
        '''), name='Lie Kok Hwa', inst='Fa. Sinar Terang', **F)

    C('f13-req-tower-company-tbk-corporate-jargon', 'outlook', 'Jeane C. Mandagi', 'jeane.mandagi@menaranusa.co.id',
      'Request data demografi & rumah tangga untuk site planning Jembrana', T('''
        Dear Bapak/Ibu,

        Saya Jeane Christy Mandagi dari tim Network Planning & Site Acquisition PT Menara Nusa Telematika Tbk. Saat ini kami sedang running feasibility study untuk pembangunan ±12 menara BTS baru di area blank spot Jembrana (terutama Pekutatan dan Melaya bagian utara), as part of program perluasan coverage 4G bersama salah satu operator seluler nasional.

        Untuk input demand model, kami butuh:
        1. jumlah penduduk & rumah tangga per desa, latest year;
        2. persentase penduduk usia 5 tahun ke atas yang mengakses internet (Susenas), Kab. Jembrana 2021-2025;
        3. jumlah desa menurut status sinyal telepon seluler (Podes 2024).

        Kalau ada charge atau perlu surat resmi, please let us know. Thanks a lot!

        Best regards,
        Jeane C. Mandagi
        Network Planning Analyst
        PT Menara Nusa Telematika Tbk
        Menara Nusa Building Lt. 9, Jl. H.R. Rasuna Said Kav. B-7, Jakarta 12920
        T +62 21 5290 xxxx | M +62 812 4455 xxxx
        '''), name='Jeane Christy Mandagi', inst='PT Menara Nusa Telematika Tbk', **F)

    C('f13-req-bmt-syarifah-inst-in-middle', 'gmail', 'Nurul Aini Alaydrus', 'nurulaini.alaydrus@gmail.com',
      'Permohonan data usaha mikro perdagangan', T('''
        Assalamu'alaikum wr. wb.

        Bapak/Ibu yang kami hormati, mohon bantuan data jumlah usaha mikro perdagangan eceran di Kecamatan Negara dan Kecamatan Jembrana, serta rata-rata pengeluaran per kapita sebulan penduduk Kabupaten Jembrana tahun 2023-2025. Data ini akan kami gunakan untuk menyusun rencana pembiayaan murabahah bagi pedagang kecil di BMT Al-Hikmah Loloan, tempat saya bertugas sebagai manajer pembiayaan, sekaligus untuk laporan kepada Dewan Pengawas Syariah kami.

        Syukran katsiran atas bantuannya.

        Wassalamu'alaikum wr. wb.
        Syarifah Nurul Aini Alaydrus
        '''), name='Syarifah Nurul Aini Alaydrus', inst='BMT Al-Hikmah Loloan', **F)

    # ------------------------------------------------------------------------------------------------
    # NGOs, foundations, religious bodies
    # ------------------------------------------------------------------------------------------------
    C('f13-req-ngo-ordinary-word-name-names-partners', 'gmail', 'Jaring', 'halo.jaring@gmail.com',
      'Minta data pemuda pesisir & sekolah', T('''
        Halo Bapak/Ibu di BPS Jembrana!

        Kami dari Jaring, perkumpulan anak muda pesisir yang bikin kelas literasi dan keuangan untuk anak-anak nelayan di Pengambengan, Perancak dan Air Kuning. Tahun depan kami menjalankan program bersama Fakultas Kelautan dan Perikanan Universitas Udayana dan Dinas Perikanan Kabupaten Jembrana, dan mitra kami meminta baseline data dari sumber resmi.

        Data yang kami perlukan:
        - jumlah penduduk usia 15-24 tahun di tiga desa tersebut;
        - angka partisipasi sekolah usia 16-18 tahun Kabupaten Jembrana, 2021-2025;
        - jumlah rumah tangga nelayan per desa (ST2023).

        Makasih banyak ya! 🐟

        Salam pesisir,
        Gita Maharani Putri
        Koordinator Program - Jaring
        '''), name='Gita Maharani Putri', inst='Jaring', **F)

    C('f13-req-en-foundation-english-name-donor-named', 'gmail', 'Open Hands', 'hello@openhands.or.id',
      'Request for disability and school participation data - Jembrana', T('''
        Dear PST team,

        I'm writing on behalf of Open Hands, a small foundation that runs inclusive play groups for children with disabilities in West Bali. We are applying for a three-year grant from the Australian Department of Foreign Affairs and Trade (DFAT), and the application asks for official figures on:

        1. the number of persons with disabilities by age group in Jembrana Regency (latest available);
        2. school participation rates for ages 7-12 and 13-15, 2021-2025;
        3. the number of special-needs schools (SLB) and inclusive schools, if BPS holds these.

        Many thanks in advance - terima kasih banyak!

        Warm regards,
        Hannah Lindqvist
        Programme Lead
        Open Hands
        '''), name='Hannah Lindqvist', inst='Open Hands', lang='en', **F)

    C('f13-req-catholic-diocese-pse-romo', 'thunderbird', 'Komisi PSE Keuskupan Denpasar', 'pse.keuskupandps@gmail.com',
      'Permohonan data kemiskinan untuk program APP 2027', T('''
        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Salam damai Kristus. Saya Rm. Fransiskus Xaverius Bria, Pr, Ketua Komisi Pengembangan Sosial Ekonomi Keuskupan Denpasar. Setiap tahun umat Katolik mengumpulkan dana Aksi Puasa Pembangunan (APP), dan untuk tahun 2027 kami ingin memusatkan penyalurannya pada keluarga miskin di wilayah paroki-paroki di Jembrana (Palasari, Negara dan Gilimanuk).

        Kami mohon data:
        1. jumlah dan persentase penduduk miskin Kabupaten Jembrana, 2020-2025;
        2. indeks kedalaman dan keparahan kemiskinan pada periode yang sama;
        3. jumlah penduduk menurut agama per kecamatan, bila ada.

        Berkah Dalem.

        Rm. F.X. Bria, Pr
        Komisi PSE Keuskupan Denpasar
        '''), name='Rm. Fransiskus Xaverius Bria', inst='Komisi Pengembangan Sosial Ekonomi Keuskupan Denpasar', **F)

    C('f13-req-confucian-council-ws-title', 'gmail', 'Liem Tjoe Hwa', 'makin.negara@gmail.com',
      'Mohon data penduduk beragama Khonghucu', T('''
        Salam kebajikan, Wei De Dong Tian.

        Kepada Yth. Bapak/Ibu Petugas PST BPS Jembrana,

        Perkenalkan, saya Ws. Liem Tjoe Hwa, rohaniwan di Majelis Agama Khonghucu Indonesia (MAKIN) Negara, yang berkegiatan di Kelenteng Hoo Ting Bio. Kami sedang mendata umat untuk pembinaan dan pendidikan agama Khonghucu bagi pelajar, karena sampai sekarang belum ada guru agama Khonghucu di sekolah-sekolah di Jembrana.

        Mohon bantuan data:
        - jumlah penduduk beragama Khonghucu per kecamatan di Kabupaten Jembrana (SP2020 atau data terbaru);
        - jumlah penduduk usia sekolah (7-18 tahun) beragama Khonghucu, bila ada.

        Xie xie, terima kasih banyak.

        Salam kebajikan,
        Ws. Liem Tjoe Hwa
        '''), name='Ws. Liem Tjoe Hwa', inst='Majelis Agama Khonghucu Indonesia (MAKIN) Negara', **F)

    C('f13-req-fatayat-secretary-forwards-chair-letter', 'gmail', 'Siti Khodijah', 'sitikhodijah.fatayat@gmail.com',
      'Fwd: Permohonan data perempuan dan anak', T('''
        Assalamualaikum wr wb,

        Bapak/Ibu PST yang kami hormati, saya teruskan surat dari Ketua kami di bawah ini. Saya sekretaris yang ditugasi mengurus permohonan data ini, jadi mohon datanya dikirim ke email saya ini. Jazakumullah khoiron.

        Wassalamualaikum wr wb
        Siti Khodijah, S.Pd.I

        ---------- Forwarded message ---------
        From: Umi Kulsum <umikulsum.ngr@gmail.com>
        Date: Sat, Nov 21, 2026 at 8:02 PM
        Subject: Permohonan data perempuan dan anak
        To: Siti Khodijah <sitikhodijah.fatayat@gmail.com>


        Yth. Kepala BPS Kabupaten Jembrana

        Pimpinan Cabang Fatayat Nahdlatul Ulama Kabupaten Jembrana akan mengadakan sekolah pra-nikah dan kelas pengasuhan untuk ibu muda di lima kecamatan pada tahun 2027. Untuk itu kami mohon data:
        1. jumlah perempuan usia 15-29 tahun per kecamatan, 2025;
        2. persentase perempuan yang menikah di bawah umur 19 tahun, Kabupaten Jembrana;
        3. jumlah balita per kecamatan.

        Atas perhatiannya kami ucapkan terima kasih.

        Hj. Umi Kulsum, S.Ag.
        Ketua PC Fatayat NU Kabupaten Jembrana
        '''), name='Siti Khodijah', inst='Pimpinan Cabang Fatayat Nahdlatul Ulama Kabupaten Jembrana', **F)

    # ------------------------------------------------------------------------------------------------
    # Community groups
    # ------------------------------------------------------------------------------------------------
    C('f13-req-karang-taruna-named-after-request-chat', 'iphone', 'Dek Arya', 'dekarya.wp@gmail.com', 'data pemuda', T('''
        Selamat malam kak min 🙏
        mau minta data jumlah pemuda (umur 16-30) sama jumlah pengangguran muda di desa Dangin Tukadaya, atau kec Jembrana aja kalo per desa ga ada
        buat proker Karang Taruna Wira Bhakti desa Dangin Tukadaya, kami mau bikin pelatihan barista & konten kreator thn depan
        oh iya nama saya Komang Arya Wiguna, sekretaris
        suksma kak 🙏🙏

        Dikirim dari iPhone saya
        '''), name='Komang Arya Wiguna', inst='Karang Taruna Wira Bhakti desa Dangin Tukadaya', **F)

    C('f13-req-sekaa-teruna-balinese-mixed', 'gmail', 'ST Yowana Dharma', 'styowanadharma.pendem@gmail.com',
      'Nunas data penduduk muda Desa Pendem', T('''
        Om Swastyastu,

        Ampura nggih Bapak/Ibu, tiang Putu Agus Yoga Pramana, ketua Sekaa Teruna Teruni Yowana Dharma Banjar Pancardawa Desa Pendem. Sekaa iraga jagi ngaryanin program "Teruna Melek Data", pelatihan singkat membaca data desa untuk anggota sekaa teruna se-Desa Pendem.

        Tiang nunas data:
        1. jumlah penduduk Desa Pendem menurut kelompok umur lan jenis kelamin, 2025;
        2. jumlah penduduk menurut pendidikan tertinggi yang ditamatkan di Kecamatan Jembrana.

        Ampura yening basa tiang kirang becik. Suksma pisan.

        Om Santih, Santih, Santih Om
        Agus Yoga
        '''), name='Putu Agus Yoga Pramana', inst='Sekaa Teruna Teruni Yowana Dharma Banjar Pancardawa Desa Pendem', **F)

    C('f13-req-pokdarwis-from-name-differs-html-only', 'html_only', 'Pokdarwis Pantai Rening', 'pokdarwis.rening@gmail.com',
      'Permohonan Data Pendukung Proposal Homestay', T('''
        Om Swastyastu,

        Dengan hormat, Kelompok Sadar Wisata Segara Rening Desa Baluk sedang menyusun proposal bantuan pengembangan homestay dan jalur tracking mangrove kepada Kementerian Pariwisata. Dalam proposal diminta data dari sumber resmi, sehingga kami mohon:

        1. jumlah penduduk Desa Baluk menurut jenis kelamin dan kelompok umur, 2025;
        2. jumlah kunjungan wisatawan ke Kabupaten Jembrana per bulan, 2024-2025;
        3. jumlah usaha akomodasi (hotel, villa, homestay) di Kecamatan Negara, bila tersedia.

        Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Ketua Pokdarwis Segara Rening,

        I Made Darma Yasa
        '''), name='I Made Darma Yasa', inst='Kelompok Sadar Wisata Segara Rening Desa Baluk', **F)

    C('f13-req-posyandu-lansia-cadre-vague', 'gmail', 'Wayan Murniasih', 'wayanmurniasih76@gmail.com', 'mohon bantuan', T('''
        Selamat siang bapak ibu,

        saya Ni Wayan Murniasih kader Posyandu Lansia Werdha Kencana Banjar Tegal Lantang. kami diminta puskesmas membuat laporan akhir tahun, apa bisa dibantu dari BPS? terima kasih banyak sebelumnya.

        Murniasih
        '''), name='Ni Wayan Murniasih', inst='Posyandu Lansia Werdha Kencana Banjar Tegal Lantang', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Schools
    # ------------------------------------------------------------------------------------------------
    C('f13-req-tk-kartika-parent-body-named', 'gmail', 'TK Kartika IX-21', 'tkkartika921.negara@gmail.com',
      'Mohon data jumlah anak usia dini', T('''
        Selamat pagi Bapak/Ibu,

        Kami guru-guru di TK Kartika IX-21 Negara, taman kanak-kanak yang dikelola Persit Kartika Chandra Kirana Cabang Kodim 1617/Jembrana. Jumlah murid kami turun dua tahun terakhir dan yayasan meminta kami menganalisis apakah memang jumlah anak usia dini di sekitar sekolah berkurang.

        Kami memerlukan data:
        - jumlah anak usia 4-6 tahun per kelurahan/desa di Kecamatan Negara, 2021-2025;
        - angka partisipasi PAUD Kabupaten Jembrana, 2021-2025.

        Terima kasih atas bantuan Bapak/Ibu.

        Hormat kami,
        Ni Komang Sri Astiti, S.Pd.AUD
        Kepala TK Kartika IX-21
        '''), name='Ni Komang Sri Astiti', inst='TK Kartika IX-21 Negara', **F)

    C('f13-req-mts-teacher-sasak-lale', 'gmail', 'Lale Sri Wahyuningsih', 'lalesriwahyu@gmail.com',
      'Permohonan data untuk pembelajaran IPS kelas VIII', T('''
        Assalamu'alaikum. Selamat pagi Bapak/Ibu.

        Saya Lale Sri Wahyuningsih, guru IPS di MTs Nurul Falah Tegalbadeng Timur. Aslinya saya dari Lombok Timur, sudah enam tahun mengajar di Jembrana. Siswa kelas VIII kami sedang mengerjakan proyek "Mengenal Kabupatenku" dan akan membuat infografis kependudukan Jembrana.

        Mohon bantuan data:
        1. jumlah penduduk per kecamatan, 2020-2025;
        2. kepadatan penduduk per kecamatan, 2025;
        3. penduduk bekerja menurut lapangan usaha utama, 2025.

        Kalau ada publikasi "Jembrana Dalam Angka" versi PDF, tautannya saja juga sudah sangat membantu.

        Terima kasih. Wassalamu'alaikum.

        Lale Sri Wahyuningsih, S.Pd.
        '''), name='Lale Sri Wahyuningsih', inst='MTs Nurul Falah Tegalbadeng Timur', **F)

    C('f13-req-ma-science-club-joint-names-advisor', 'gmail', "KIR MA Al-Ma'arif", 'kir.maalmaarif.cks@gmail.com',
      'Permohonan Data Penelitian KIR', T('''
        Assalamualaikum Wr. Wb.

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Kami siswa kelompok Karya Ilmiah Remaja (KIR) Madrasah Aliyah Al-Ma'arif Candikusuma:
        1. Muhammad Rizki Ramadhan (XI IPA 1)
        2. Nabila Putri Azzahra (XI IPA 1)
        3. Faris Hidayatullah (XI IPS 2)

        Kami sedang meneliti "Dampak Abrasi terhadap Permukiman Nelayan di Pesisir Kecamatan Melaya" untuk Lomba Karya Tulis Ilmiah tingkat provinsi, dengan pembimbing Bapak Ahmad Fauzi, S.Pd. Data yang kami perlukan:
        - jumlah penduduk dan rumah tangga di desa-desa pesisir Kecamatan Melaya, 2015-2025;
        - jumlah rumah tangga nelayan per desa.

        Terima kasih atas bantuannya.

        Wassalamualaikum Wr. Wb.

        Hormat kami,
        Muhammad Rizki Ramadhan
        (Ketua Kelompok)
        '''), name='Muhammad Rizki Ramadhan', inst="Madrasah Aliyah Al-Ma'arif Candikusuma", **F)

    C('f13-req-slb-letter-attached-brahmin-name', 'outlook', 'SLB Bhakti Pertiwi', 'slbbhaktipertiwi.mdy@gmail.com',
      'Surat Permohonan Data Anak Berkebutuhan Khusus', T('''
        Om Swastyastu,

        Bersama email ini kami lampirkan surat permohonan data dari Sekolah Luar Biasa Bhakti Pertiwi Mendoyo. Secara singkat, kami memerlukan data jumlah penduduk usia 5-18 tahun penyandang disabilitas menurut jenis kesulitan (melihat, mendengar, berjalan, mengingat/berkonsentrasi) per kecamatan di Kabupaten Jembrana. Data ini akan dipakai untuk rencana penerimaan murid dan penambahan guru pendamping.

        Atas perhatiannya kami ucapkan suksma.

        Om Santih, Santih, Santih Om

        Drs. Ida Bagus Ketut Oka Suarjana, M.Pd.
        Kepala Sekolah
        '''), name='Drs. Ida Bagus Ketut Oka Suarjana', inst='Sekolah Luar Biasa Bhakti Pertiwi Mendoyo',
      attachments=[PDF('Surat Permohonan Data SLB Bhakti Pertiwi No 112-XI-2026.pdf')], **F)

    C('f13-req-pesantren-asks-speaker-vague', 'gmail', 'PP Darussalam Banyubiru', 'ppdarussalam.banyubiru@gmail.com',
      'Permohonan narasumber', T('''
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Yth. Bapak/Ibu Kepala BPS Kabupaten Jembrana,

        Kami dari Pondok Pesantren Darussalam Banyubiru akan mengadakan kegiatan "Santri Mengenal Profesi" pada pertengahan Januari 2027. Kami berharap ada pegawai BPS yang berkenan hadir sebagai narasumber untuk bercerita tentang pekerjaan di BPS. Mohon informasi bagaimana prosedurnya.

        Jazakumullah khairan.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Ahmad Zainul Mubarok, Lc.
        Bagian Pendidikan
        '''), name='Ahmad Zainul Mubarok', inst='Pondok Pesantren Darussalam Banyubiru', req=False, **F)

    C('f13-req-smk-pupil-interning-at-hotel', 'gmail', 'Ayu Srimaharani', 'ayusrimaharani07@gmail.com',
      'data untuk laporan pkl', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Putu Ayu Srimaharani, siswi kelas XII Perhotelan SMK Pariwisata Bali Barat. Saat ini saya sedang PKL di bagian front office Hotel Pantai Medewi dan harus menulis laporan PKL tentang tingkat hunian hotel di Jembrana.

        Boleh saya minta data tingkat penghunian kamar (TPK) hotel di Kabupaten Jembrana per bulan tahun 2024-2025 dan rata-rata lama menginap tamu? Kalau data per hotel tidak boleh, data kabupaten saja sudah cukup.

        Terima kasih banyak Bapak/Ibu 🙏

        Ayu
        '''), name='Ni Putu Ayu Srimaharani', inst='SMK Pariwisata Bali Barat', **F)

    # ------------------------------------------------------------------------------------------------
    # Universities at home
    # ------------------------------------------------------------------------------------------------
    C('f13-req-umy-acronym-only', 'gmail', 'Fikri Haikal', 'fikrihaikal.r22@gmail.com', 'Permohonan data untuk skripsi', T('''
        Selamat siang Bapak/Ibu,

        Saya Fikri Haikal Ramadhan, mahasiswa Ilmu Ekonomi UMY angkatan 2022. Skripsi saya membahas pengaruh pariwisata terhadap penyerapan tenaga kerja di kabupaten-kabupaten di Bali, dan Jembrana termasuk sampel saya.

        Mohon bantuan data Kabupaten Jembrana tahun 2015-2025:
        1. jumlah penduduk bekerja menurut lapangan usaha;
        2. PDRB lapangan usaha penyediaan akomodasi dan makan minum (ADHK);
        3. jumlah kunjungan wisatawan.

        Terima kasih banyak.

        Wassalamualaikum,
        Fikri
        '''), name='Fikri Haikal Ramadhan', inst='UMY', **F)

    C('f13-req-tadulako-lecturer-full-name-thunderbird', 'thunderbird', 'Nirwana Lamasitudju', 'nirwana.lamasitudju@untad.ac.id',
      'Permohonan data kakao Kabupaten Jembrana', T('''
        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Salam dari Palu. Saya Dr. Nirwana Lamasitudju, S.P., M.Si., dosen pada Program Studi Agribisnis, Fakultas Pertanian, Universitas Tadulako. Kami sedang menulis artikel perbandingan kinerja perkebunan kakao rakyat di Sulawesi Tengah dan Bali, karena Jembrana dikenal dengan kakao fermentasinya yang sudah diekspor.

        Mohon bantuan data:
        1. luas tanaman dan produksi kakao per kecamatan, 2015-2025;
        2. jumlah rumah tangga usaha perkebunan kakao (ST2013 dan ST2023);
        3. harga biji kakao kering di tingkat petani, bila ada.

        Atas bantuannya saya ucapkan terima kasih.

        Salam,
        Nirwana Lamasitudju
        Fakultas Pertanian Universitas Tadulako
        '''), name='Dr. Nirwana Lamasitudju', inst='Universitas Tadulako', wrap=72, **F)

    C('f13-req-lab-at-unp-minang-outlook', 'outlook', 'Rahmi Yulianti Piliang', 'rahmi.piliang@fis.unp.ac.id',
      'Permohonan data migrasi dan penduduk menurut suku bangsa', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Dengan hormat, saya Rahmi Yulianti Piliang, asisten peneliti di Laboratorium Geografi Manusia. Kami sedang meneliti pola merantau orang Minangkabau ke kota-kota kecil di luar Sumatra, termasuk Negara di Jembrana, yang banyak dihuni perantau Minang pedagang dan pemilik rumah makan.

        Data yang kami perlukan:
        1. jumlah penduduk menurut suku bangsa di Kabupaten Jembrana (SP2010);
        2. jumlah penduduk migran seumur hidup menurut provinsi asal, Kabupaten Jembrana (SP2010 dan SP2020);
        3. jumlah usaha penyediaan makan minum per kecamatan.

        Terima kasih atas bantuan Bapak/Ibu.

        Hormat saya,
        Rahmi Yulianti Piliang, S.Pd.
        Asisten Peneliti
        Laboratorium Geografi Manusia
        Departemen Geografi, Fakultas Ilmu Sosial
        Universitas Negeri Padang
        '''), name='Rahmi Yulianti Piliang', inst='Universitas Negeri Padang', **F)

    C('f13-req-research-centre-trunojoyo-madurese', 'gmail', 'PKGA UTM', 'pkga.lppm.utm@gmail.com',
      'Permohonan data pekerja migran perempuan', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Kami dari Pusat Kajian Gender dan Anak, LPPM Universitas Trunojoyo Madura, sedang melaksanakan penelitian tentang perempuan Madura yang bekerja di sektor perikanan dan perdagangan di luar Madura, termasuk di Pengambengan dan Gilimanuk.

        Kami memohon data:
        1. jumlah penduduk perempuan bekerja menurut lapangan usaha, Kabupaten Jembrana 2021-2025;
        2. jumlah penduduk migran asal Jawa Timur di Kabupaten Jembrana (SP2020);
        3. jumlah rumah tangga perikanan per desa di Kecamatan Negara dan Melaya.

        Terima kasih atas perhatian dan bantuannya.

        Hormat kami,
        Dr. Nurul Qomariyah, M.Si.
        Kepala Pusat Kajian Gender dan Anak
        LPPM Universitas Trunojoyo Madura
        '''), name='Dr. Nurul Qomariyah', inst='Universitas Trunojoyo Madura', **F)

    C('f13-req-programme-only-no-university', 'gmail', 'Ardhi Nugraha', 'ardhi.nugraha.pwk@gmail.com',
      'Permohonan data tata guna lahan dan penduduk Kecamatan Negara', T('''
        Selamat pagi Bapak/Ibu,

        Saya Ardhi Nugraha, mahasiswa Magister Perencanaan Wilayah dan Kota yang sedang menyusun tesis tentang perkembangan kawasan perkotaan Negara-Jembrana. Untuk analisis, saya memerlukan:

        - jumlah penduduk dan kepadatan per desa/kelurahan di Kecamatan Negara dan Kecamatan Jembrana, 2010, 2015, 2020 dan 2025;
        - jumlah rumah tangga menurut sumber penghasilan utama per desa (Podes);
        - luas lahan sawah per desa, 2015-2025.

        Terima kasih atas bantuannya.

        Salam,
        Ardhi Nugraha
        '''), name='Ardhi Nugraha', inst='Magister Perencanaan Wilayah dan Kota', **F)

    C('f13-req-unsoed-student-co-supervisor-at-ipb', 'gmail', 'Wahyu Aji Pamungkas', 'wahyu.pamungkas@mhs.unsoed.ac.id',
      'Permohonan data perikanan tangkap dan lemuru', T('''
        Selamat siang Bapak/Ibu,

        Perkenalkan, saya Wahyu Aji Pamungkas, mahasiswa S1 Manajemen Sumberdaya Perairan, Universitas Jenderal Soedirman, Purwokerto. Skripsi saya tentang dinamika hasil tangkapan ikan lemuru di Selat Bali, dibimbing oleh Ibu Dr. Endang Hilmi dari kampus kami dan Bapak Prof. Dr. Ir. Mulyono S. Baskoro dari IPB University sebagai pembimbing pendamping.

        Mohon bantuan data:
        1. produksi perikanan tangkap menurut jenis ikan (terutama lemuru) di Kabupaten Jembrana, 2010-2025;
        2. jumlah armada purse seine menurut ukuran kapal, bila ada;
        3. jumlah nelayan di Kecamatan Negara.

        Terima kasih atas perhatiannya.

        Hormat saya,
        Wahyu Aji Pamungkas
        NIM L1B022xxx
        '''), name='Wahyu Aji Pamungkas', inst='Universitas Jenderal Soedirman', **F)

    # ------------------------------------------------------------------------------------------------
    # Abroad and international
    # ------------------------------------------------------------------------------------------------
    C('f13-req-en-makerere-uganda', 'gmail', 'Ruth Nakato', 'rnakato@chuss.mak.ac.ug',
      'Request for statistics on women in fish processing - Jembrana', T('''
        Dear Sir/Madam,

        Warm greetings from Kampala. I am Ruth Nakato Ssempijja, a PhD candidate at the School of Women and Gender Studies, Makerere University, Uganda. My thesis compares women's work in small-scale fish processing around Lake Victoria with coastal communities in Indonesia, and my Indonesian co-supervisor at Universitas Brawijaya pointed me to the sardine-processing villages of Jembrana.

        I would be grateful for the following for Jembrana Regency:
        1. employed women by industry, 2019-2025;
        2. the number of micro and small fish-processing enterprises by kecamatan;
        3. the number of fishery households by sex of the household head, if available.

        Webale nnyo (thank you very much) for your help.

        Kind regards,
        Ruth Nakato Ssempijja
        PhD Candidate, Makerere University
        '''), name='Ruth Nakato Ssempijja', inst='Makerere University', lang='en', **F)

    C('f13-req-en-giz-outlook-surname-first', 'outlook', 'Hoffmann, Annegret', 'annegret.hoffmann@giz.de',
      'Data request - coastal livelihoods baseline, Jembrana Regency', T('''
        Dear colleagues,

        My name is Dr. Annegret Hoffmann and I work as a senior adviser in the "Green Coastal Economies" project, which GIZ implements on behalf of the German Federal Ministry for Economic Cooperation and Development together with the Indonesian Ministry of Marine Affairs and Fisheries. Jembrana is one of three pilot regencies for 2027-2029.

        For our baseline report we would need, for Jembrana Regency:
        - population and households in coastal desa (by desa, latest year);
        - poverty rate and poverty line, 2019-2025;
        - employment in fisheries and aquaculture by sex, 2021-2025.

        We are of course happy to credit BPS Kabupaten Jembrana as the source in all publications.

        Mit freundlichen Grüßen / Kind regards

        Dr. Annegret Hoffmann
        Senior Adviser, Green Coastal Economies
        Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH
        Menara BCA, Jl. M.H. Thamrin No. 1, Jakarta 10310
        '''), name='Dr. Annegret Hoffmann', inst='Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH',
      lang='en', **F)

    C('f13-req-en-ateneo-filipino-remittances', 'gmail', 'Maria Cristina Dela Cruz-Reyes', 'mcdelacruzreyes@ateneo.edu',
      'Request: migrant workers and remittance data, Jembrana', T('''
        Good day!

        I am Maria Cristina Dela Cruz-Reyes, Assistant Professor at the Department of Economics, Ateneo de Manila University. I am preparing a comparative paper on overseas work and household welfare in the Philippines and Indonesia; Jembrana came up in my reading because many of its young people work on cruise ships, much like our seafarers.

        May I request, for Jembrana Regency:
        1. the number of migrant workers abroad (PMI) or households receiving remittances, latest available;
        2. average monthly per capita expenditure, 2019-2025;
        3. unemployment rate by age group, 2019-2025.

        Salamat po and thank you very much.

        Best regards,
        Tina Dela Cruz-Reyes
        '''), name='Maria Cristina Dela Cruz-Reyes', inst='Ateneo de Manila University', lang='en', **F)

    C('f13-req-en-not-affiliated-former-world-bank', 'gmail', 'Jonathan Whitfield', 'jwhitfield.writes@gmail.com',
      'Historical population and rice data for a book on rural Bali', T('''
        Dear BPS Jembrana,

        I'm an independent writer, not affiliated with any institution. Until 2022 I worked in the World Bank's Jakarta office, but this request is purely personal: I'm writing a general-audience book on how rural Bali has changed since the 1970s, with a chapter on Jembrana.

        Would it be possible to obtain:
        - total population of Jembrana by kecamatan for each census from 1971 to 2020;
        - rice harvested area and production, 1990-2025 (or whatever years exist);
        - the share of agriculture in employment, 2000-2025.

        I'm happy to pay any fees. Many thanks for considering this.

        Best wishes,
        Jonathan Whitfield
        '''), name='Jonathan Whitfield', lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Media
    # ------------------------------------------------------------------------------------------------
    C('f13-req-youtube-news-channel-producer', 'gmail', 'Warta Barat TV', 'redaksi.wartabarattv@gmail.com',
      'Permintaan data untuk segmen "Jembrana Bicara Data"', T('''
        Selamat pagi tim PST BPS Jembrana,

        Saya Dimas Arya Saputra, produser di Warta Barat TV, kanal berita YouTube seputar Jembrana dan Bali barat (87 ribu pelanggan). Kami sedang menyiapkan segmen bulanan "Jembrana Bicara Data" dan episode pertama membahas pengangguran anak muda.

        Kami butuh:
        1. tingkat pengangguran terbuka Jembrana menurut kelompok umur, 2019-2025;
        2. jumlah penduduk usia 15-24 tahun;
        3. kalau memungkinkan, wawancara singkat (10 menit) dengan statistisi tentang cara membaca angka pengangguran.

        Terima kasih, ditunggu kabar baiknya!

        Dimas Arya Saputra
        Produser - Warta Barat TV
        youtube.com/@wartabarattv
        '''), name='Dimas Arya Saputra', inst='Warta Barat TV', **F)

    C('f13-req-rri-reporter-dialog-program', 'outlook', 'Ni Luh Gede Yuniartini', 'yuniartini.rri@gmail.com',
      'Permohonan data & narasumber dialog interaktif', T('''
        Selamat siang Bapak/Ibu,

        Kami dari LPP RRI Singaraja berencana menyiarkan dialog interaktif "Jembrana Menyapa" di Programa 1 pada Kamis, 3 Desember 2026 pukul 09.00 WITA, dengan tema inflasi menjelang Natal dan Tahun Baru serta Nilai Tukar Petani.

        Sebagai bahan, mohon data:
        - inflasi bulanan dan tahunan yang paling relevan untuk Jembrana, Januari-Oktober 2026;
        - NTP Provinsi Bali per subsektor, Januari-Oktober 2026.

        Kami juga mengundang satu orang statistisi sebagai narasumber (dapat melalui telepon).

        Terima kasih.

        Salam,
        Ni Luh Gede Yuniartini
        Reporter | LPP RRI Singaraja
        '''), name='Ni Luh Gede Yuniartini', inst='LPP RRI Singaraja', **F)

    C('f13-req-antara-journalist-iphone-abbrev', 'iphone', 'Made Adi Sudharma', 'madeadisudharma@gmail.com',
      'data wisman & tpk jembrana okt 2026', T('''
        Slmt siang min, sy Made Adi Sudharma wartawan LKBN ANTARA Biro Bali. Utk berita besok pagi, boleh minta angka TPK hotel Jembrana Oktober 2026 & jumlah tamu asing/domestik yg menginap? Kalau blm rilis, kapan jadwal rilisnya ya? Tks 🙏

        Dikirim dari iPhone saya
        '''), name='Made Adi Sudharma', inst='LKBN ANTARA Biro Bali', **F)

    # ------------------------------------------------------------------------------------------------
    # Private persons and vague mails
    # ------------------------------------------------------------------------------------------------
    C('f13-req-housewife-catering-landmark-hospital', 'yahoo', 'Rina Marlina', 'rinamarlina.ngr@yahoo.com',
      'Tanya data pegawai kantor di Negara', T('''
        Selamat siang Bapak/Ibu,

        Saya Rina Marlina, ibu rumah tangga, tidak bekerja di instansi mana pun. Rumah saya di Jl. Gatot Subroto, dekat RSU Negara. Saya berencana membuka usaha katering makan siang untuk pegawai kantor dan karyawan di sekitar Kota Negara.

        Apakah ada data jumlah pegawai/pekerja kantoran (pegawai negeri, karyawan bank, karyawan toko) di Kecamatan Negara? Kalau tidak ada, data jumlah penduduk bekerja menurut lapangan usaha di Kecamatan Negara saja juga tidak apa-apa.

        Terima kasih banyak.
        Rina

        Dikirim dari Yahoo Mail di Android
        '''), name='Rina Marlina', **F)

    C('f13-req-retired-teacher-names-old-school', 'plain', 'Dayu Rai Sudarmi', 'dayuraisudarmi@gmail.com',
      'Mohon data angka melek huruf', T('''
        Om Swastyastu,

        Saya Ida Ayu Made Rai Sudarmi, pensiunan guru Bahasa Indonesia di SMP Negeri 2 Mendoyo (purna tugas 2019). Sekarang saya mengisi waktu dengan menulis buku kecil tentang perjalanan pendidikan di Jembrana sejak saya mulai mengajar tahun 1982.

        Untuk bahan buku itu, saya mohon data angka melek huruf dan rata-rata lama sekolah penduduk Kabupaten Jembrana dari tahun ke tahun, sejauh yang tersedia (misalnya 1980, 1990, 2000, 2010, 2020 dan 2025).

        Terima kasih atas bantuannya. Om Santih, Santih, Santih Om.

        Dayu Rai
        '''), name='Ida Ayu Made Rai Sudarmi', **F)

    C('f13-req-form-instansi-umum', 'gmail', 'Yogi Adi Pratama', 'yogiadipratama.jbr@gmail.com', 'Permintaan Data', T('''
        Selamat pagi, berikut data diri dan permintaan saya:

        Nama          : Yogi Adi Pratama
        No. HP        : 0878-6112-xxxx
        Pekerjaan     : Wiraswasta (bengkel motor)
        Instansi      : Umum
        Data diminta  : jumlah sepeda motor / kendaraan bermotor per kecamatan di Jembrana, 2023-2025
        Keperluan     : rencana buka cabang bengkel

        Terima kasih.
        '''), name='Yogi Adi Pratama', **F)

    C('f13-req-vague-mau-nanya-untar-iphone', 'iphone', 'tasya', 'natasyawijaya02@icloud.com', 'halo min', T('''
        halo min 👋 aku Natasya Wijaya mhs akuntansi untar, mau nanya dong, kalo mau minta data buat skripsi bisa dibantu ga ya? 🥺🙏

        Sent from my iPhone
        '''), name='Natasya Wijaya', inst='untar', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets
    # ------------------------------------------------------------------------------------------------
    C('f13-reply-pekaseh-identity-after-ask-android', 'gmail', 'Wayan Sukarta', 'wayansukarta.subak@gmail.com',
      'Re: ' + SUBJ_ASK % 1301, T('''
        Om Swastyastu,

        Ampura pak/bu, tiang I Wayan Sukarta, pekaseh Subak Yeh Lebah Desa Yehembang Kauh. Data luas sawah dan produksi padi itu untuk bahan paruman subak bulan depan, membahas jadwal tanam 2027.

        Suksma.
        '''), kind='reply', name='I Wayan Sukarta', inst='Subak Yeh Lebah Desa Yehembang Kauh', req=False,
      ticket='PST-2026-01301', quote=aq(ASK), **rp(1301), **F)

    C('f13-reply-identity-as-form-lines-bumdes', 'outlook', 'BUMDes Mertha Sari', 'bumdesmerthasari.nusasari@gmail.com',
      'RE: ' + SUBJ_ASK % 1302, T('''
        Selamat siang,

        Berikut kami lengkapi:
        Nama lengkap   : Kadek Yuda Prasetya
        Asal instansi  : BUMDes Mertha Sari Desa Nusasari
        Jabatan        : Direktur

        Terima kasih.
        '''), kind='reply', name='Kadek Yuda Prasetya', inst='BUMDes Mertha Sari Desa Nusasari', req=False,
      ticket='PST-2026-01302',
      quote=oq(ASK, 'BUMDes Mertha Sari <bumdesmerthasari.nusasari@gmail.com>', SUBJ_ASK % 1302, 'id'),
      **rp(1302), **F)

    C('f13-reply-yahoo-says-pribadi-after-ask', 'yahoo', 'Sutrisno Wibowo', 'sutrisnowibowo56@yahoo.co.id',
      'Re: ' + SUBJ_ASK % 1303, T('''
        Selamat pagi,

        Nama saya Sutrisno Wibowo. Saya tidak mewakili instansi apa pun, permintaan ini untuk pribadi (saya pensiunan, ingin tahu perkembangan harga di Jembrana).

        Terima kasih.
        Sutrisno
        '''), kind='reply', name='Sutrisno Wibowo', req=False, ticket='PST-2026-01303', quote=yq(ASK), **rp(1303), **F)

    C('f13-reply-adds-need-goat-farmers-group', 'gmail', 'Nengah Suardika', 'nengahsuardika.etawa@gmail.com',
      'Re: ' + SUBJ_DATA % 1304, T('''
        Selamat sore Bapak/Ibu,

        Terima kasih, data populasi kambing per kecamatan sudah kami terima. Kalau boleh kami minta tambahan data harga kambing hidup dan harga susu kambing di tingkat peternak Kabupaten Jembrana tahun 2024-2025, untuk menghitung usulan harga jual bersama anggota.

        Suksma.

        Nengah Suardika
        Ketua Kelompok Ternak Kambing Etawa Sari Amerta
        '''), kind='reply', name='Nengah Suardika', inst='Kelompok Ternak Kambing Etawa Sari Amerta', req=True,
      ticket='PST-2026-01304', quote=gq(DELIV_ID % 1304, 'id'), **rp(1304), **F)

    C('f13-reply-en-definition-question-giz', 'outlook', 'Hoffmann, Annegret', 'annegret.hoffmann@giz.de',
      'RE: ' + SUBJ_DATA % 1305, T('''
        Dear PST team,

        Many thanks for the tables. A quick question before we finalise the baseline: which desa are counted as "coastal" in the Podes table - those whose territory touches the sea, or those with a coastal settlement? And is the poverty line given per capita per month?

        Best regards,
        Annegret Hoffmann | GIZ
        '''), kind='reply', name='Annegret Hoffmann', inst='GIZ', req=True, lang='en', ticket='PST-2026-01305',
      quote=oq(DELIV_EN % 1305, 'Hoffmann, Annegret <annegret.hoffmann@giz.de>', SUBJ_DATA % 1305), **rp(1305), **F)

    C('f13-reply-forwards-to-partners-ngo', 'gmail', 'Jaring', 'halo.jaring@gmail.com', 'Re: ' + SUBJ_DATA % 1306, T('''
        Halo tim PST!

        Datanya sudah kami terima, makasih banyak ya. Tabelnya juga sudah kami teruskan ke mitra program kami di FKP Universitas Udayana dan di Dinas Perikanan supaya semua pakai angka yang sama.

        Salam pesisir,
        Gita - Jaring
        '''), kind='reply', name='Gita', inst='Jaring', req=False, ticket='PST-2026-01306',
      quote=gq(DELIV_ID % 1306, 'id'), **rp(1306), **F)

    C('f13-reply-status-new-mail-ticket-in-body-kua', 'gmail', 'KUA Kec. Negara', 'kuanegara.jembrana@gmail.com',
      'Menanyakan permohonan data KUA Negara', T('''
        Assalamu'alaikum wr. wb.

        Yth. Bapak/Ibu PST, kami ingin menanyakan perkembangan permohonan data kami dengan nomor tiket PST-2026-01307 yang kami kirim dua minggu lalu. Data tersebut akan dipakai pada rapat koordinasi Bimwin tanggal 2 Desember.

        Terima kasih.
        Wassalamu'alaikum wr. wb.

        H. Muhammad Said Bafadhal
        KUA Kecamatan Negara
        '''), kind='reply', name='H. Muhammad Said Bafadhal', inst='KUA Kecamatan Negara', req=False,
      ticket='PST-2026-01307', **F)

    C('f13-reply-iphone-balinese-thanks-no-name', 'iphone', 'Gung Ari', 'gungari.sedana@icloud.com', 'Re: ' + SUBJ_DATA % 1308, T('''
        Sampun katerima datane, suksma pisan 🙏🏻

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-01308', quote=iq(DELIV_ID % 1308), **rp(1308), **F)

    C('f13-reply-thunderbird-bottom-corrects-years-lab', 'thunderbird', 'Rahmi Yulianti Piliang', 'rahmi.piliang@fis.unp.ac.id',
      'Re: ' + SUBJ_DATA % 1309, tq(DELIV_ID % 1309) + '\n\n' + T('''
        Terima kasih, Bapak/Ibu. Mohon maaf, ada kekeliruan di permintaan saya: data migran seumur hidup yang kami perlukan adalah hasil SP2000 dan SP2010, bukan SP2020. Mohon dikirimkan tabel yang sama untuk SP2000 bila tersedia.

        Salam,
        Rahmi
        Lab Geografi Manusia UNP
        '''), kind='reply', name='Rahmi', inst='UNP', req=True, ticket='PST-2026-01309', **rp(1309), **F)

    C('f13-reply-quoted-ack-has-institution-writer-not', 'gmail', 'Stevanus Halim', 'stevanus.halim@agrobenih.co.id',
      'Re: ' + SUBJ_ACK % 1310, T('''
        Baik Pak/Bu, terima kasih. Ditunggu ya datanya.

        Stevanus
        '''), kind='reply', name='Stevanus', req=False, ticket='PST-2026-01310',
      quote=gq(ACK % (1310, 'Stevanus Halim', 'CV Agro Benih Nusantara',
                      'Luas tanam/panen jagung dan padi per kecamatan 2022-2025'), 'id'), **rp(1310), **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f13-rating-chat-4-ya-kak-iphone', 'iphone', 'Dek Arya', 'dekarya.wp@gmail.com', 'Re: ' + SUBJ_RATE % 1321, T('''
        4 ya kak 👍 cepet bgt balesnya, cuma datanya pdf semua jd hrs ngetik ulang hehe

        Dikirim dari iPhone saya
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-01321', quote=iq(RATE_ID % 1321), **rp(1321), **F)

    C('f13-rating-en-five-out-of-five-makerere', 'gmail', 'Ruth Nakato', 'rnakato@chuss.mak.ac.ug', 'Re: ' + SUBJ_RATE % 1322, T('''
        Dear PST team,

        I would rate the service 5 out of 5. The tables came within three days and your colleague even explained which figures are only reliable at province level.

        With gratitude,
        Ruth Nakato
        Makerere University
        '''), kind='rating', rating=5, name='Ruth Nakato', inst='Makerere University', req=False, lang='en',
      ticket='PST-2026-01322', quote=gq(RATE_EN % 1322), **rp(1322), **F)

    C('f13-rating-minang-ampek', 'outlook', 'Rahmi Yulianti Piliang', 'rahmi.piliang@fis.unp.ac.id', 'RE: ' + SUBJ_RATE % 1323, T('''
        Assalamualaikum,

        Ambo agiah nilai ampek (4). Datanyo lengkap, tapi tabel SP2000 baru dikirim sasudah ambo tanyo duo kali. Tarimo kasih banyak.

        Rahmi Y. Piliang
        '''), kind='rating', rating=4, name='Rahmi Y. Piliang', req=False, ticket='PST-2026-01323',
      quote=oq(RATE_ID % 1323, 'Rahmi Yulianti Piliang <rahmi.piliang@fis.unp.ac.id>', SUBJ_RATE % 1323, 'id'),
      **rp(1323), **F)

    C('f13-rating-outlook-sangat-puas-signature-inst', 'outlook', 'Rahmat Hidayat Nasution', 'rahmat.nasution@kemenkeu.go.id',
      'RE: ' + SUBJ_RATE % 1324, T('''
        Selamat siang,

        Nilai kepuasan kami: 5 (sangat puas). Data lengkap, rapi dalam Excel, dan dikirim sebelum tenggat KFR.

        Salam,
        Rahmat H. Nasution
        Kanwil DJPb Provinsi Bali
        '''), kind='rating', rating=5, name='Rahmat H. Nasution', inst='Kanwil DJPb Provinsi Bali', req=False,
      ticket='PST-2026-01324',
      quote=oq(RATE_ID % 1324, 'Rahmat Hidayat Nasution <rahmat.nasution@kemenkeu.go.id>', SUBJ_RATE % 1324, 'id'),
      **rp(1324), **F)

    C('f13-rating-date-and-time-before-score', 'gmail', 'TK Kartika IX-21', 'tkkartika921.negara@gmail.com',
      'Re: ' + SUBJ_RATE % 1325, T('''
        Selamat pagi,

        Data kami terima pada 24/11/2026 pukul 10.15, dua hari setelah permintaan. Untuk penilaian, kami beri nilai 3: datanya sesuai, tetapi angka partisipasi PAUD hanya ada untuk tingkat provinsi.

        Hormat kami,
        Ni Komang Sri Astiti
        TK Kartika IX-21 Negara
        '''), kind='rating', rating=3, name='Ni Komang Sri Astiti', inst='TK Kartika IX-21 Negara', req=False,
      ticket='PST-2026-01325', quote=gq(RATE_ID % 1325, 'id'), **rp(1325), **F)

    C('f13-rating-satu-in-words-angry', 'yahoo', 'sugiyono', 'sugiyono_yhb@yahoo.co.id', 'Re: ' + SUBJ_RATE % 1326, T('''
        Saya kasih nilai satu. Yang saya minta produksi gabah per musim di Pekutatan dan Mendoyo, yang dikirim malah produksi padi Bali setahun. Tiket langsung ditutup tanpa tanya.

        Sugiyono
        '''), kind='rating', rating=1, name='Sugiyono', req=False, ticket='PST-2026-01326', quote=yq(RATE_ID % 1326),
      **rp(1326), **F)

    C('f13-rating-en-new-mail-ticket-in-subject', 'gmail', 'Jonathan Whitfield', 'jwhitfield.writes@gmail.com',
      'Feedback on ticket PST-2026-01327', T('''
        Dear PST team,

        Your closing email went to my spam folder, so I'm writing separately. Score: 4. Very helpful on the census series; the pre-1990 rice figures were missing, but you told me honestly that they don't exist in digital form.

        Best wishes,
        Jonathan Whitfield
        '''), kind='rating', rating=4, name='Jonathan Whitfield', req=False, lang='en', ticket='PST-2026-01327', **F)

    C('f13-rating-balinese-lima-kelian', 'plain', 'ketut sadia', 'ketutsadia.pyk@gmail.com', 'Re: ' + SUBJ_RATE % 1328, T('''
        om swastyastu

        tiang ngicen nilai lima. becik pisan, datane sampun wenten kantos per banjar. suksma

        ketut sadia
        kelian banjar dinas pangyangan kauh
        '''), kind='rating', rating=5, name='ketut sadia', inst='banjar dinas pangyangan kauh', req=False,
      ticket='PST-2026-01328', quote=gq(RATE_ID % 1328, 'id'), **rp(1328), **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints
    # ------------------------------------------------------------------------------------------------
    C('f13-complaint-someone-elses-nik-in-file', 'gmail', 'Yogi Adi Pratama', 'yogiadipratama.jbr@gmail.com',
      'Re: ' + SUBJ_DATA % 1331, T('''
        Selamat siang,

        Saya mau menyampaikan keberatan. File yang dikirim ke saya ternyata berisi dua lembar: lembar pertama data kendaraan yang saya minta, lembar kedua formulir permintaan orang lain lengkap dengan nama, NIK, alamat dan nomor HP-nya. Ini data pribadi orang lain dan seharusnya tidak terkirim ke saya.

        Lembar itu sudah saya hapus. Mohon diperiksa supaya tidak terjadi lagi, dan mohon orang yang bersangkutan diberi tahu.

        Yogi Adi Pratama
        '''), kind='complaint', name='Yogi Adi Pratama', req=False, ticket='PST-2026-01331',
      quote=gq(DELIV_ID % 1331, 'id'), **rp(1331), **F)

    C('f13-complaint-fee-new-mail-pokdarwis', 'gmail', 'Pokdarwis Pantai Rening', 'pokdarwis.rening@gmail.com',
      'Keberatan biaya permintaan data', T('''
        Om Swastyastu,

        Kami keberatan. Untuk data jumlah penduduk Desa Baluk per kelompok umur, petugas meminta kami membayar PNBP karena disebut "tabulasi khusus". Padahal tahun lalu data yang sama diberikan gratis, dan kami kelompok swadaya yang tidak punya anggaran. Mohon penjelasan dasar aturannya, dan kalau memungkinkan dibebaskan.

        Suksma.

        I Made Darma Yasa
        Ketua Pokdarwis Segara Rening Desa Baluk
        '''), kind='complaint', name='I Made Darma Yasa', inst='Pokdarwis Segara Rening Desa Baluk', req=False, **F)

    C('f13-complaint-en-passport-copy-demanded', 'gmail', 'Maria Cristina Dela Cruz-Reyes', 'mcdelacruzreyes@ateneo.edu',
      'Concern about request for passport copy', T('''
        Dear PST team,

        Regarding my data request (ticket PST-2026-01333), an officer wrote from a personal Gmail address asking me to send a scan of my passport and my residential address before any data could be released. The tables I asked for are published aggregates, and I am uncomfortable sending identity documents to a private account.

        Could you please confirm whether this is really your procedure, and if not, look into it?

        Sincerely,
        Maria Cristina Dela Cruz-Reyes
        Ateneo de Manila University
        '''), kind='complaint', name='Maria Cristina Dela Cruz-Reyes', inst='Ateneo de Manila University', req=False,
      lang='en', ticket='PST-2026-01333', **F)

    C('f13-complaint-tbk-deadline-missed-disclaimer', 'outlook', 'Jeane C. Mandagi', 'jeane.mandagi@menaranusa.co.id',
      'RE: ' + SUBJ_ACK % 1334, T('''
        Dear Bapak/Ibu,

        Kami sudah menerima tanda terima ini sejak 10 hari kerja lalu, tetapi sampai sekarang belum ada data maupun update. Padahal di email ini tertulis paling lambat 3 hari kerja. Karena keterlambatan ini, review feasibility dengan management terpaksa kami reschedule dua kali.

        Mohon kepastian kapan data bisa dikirim.

        Best regards,
        Jeane C. Mandagi
        Network Planning Analyst
        PT Menara Nusa Telematika Tbk

        CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. PT Menara Nusa Telematika Tbk does not accept liability for any errors or omissions in this message.
        '''), kind='complaint', name='Jeane C. Mandagi', inst='PT Menara Nusa Telematika Tbk', req=False,
      ticket='PST-2026-01334',
      quote=oq(ACK % (1334, 'Jeane Christy Mandagi', 'PT Menara Nusa Telematika Tbk',
                      'Penduduk & rumah tangga per desa, akses internet, status sinyal (Podes)'),
               'Jeane C. Mandagi <jeane.mandagi@menaranusa.co.id>', SUBJ_ACK % 1334, 'id'), **rp(1334), **F)

    C('f13-complaint-website-error-chat-umy', 'gmail', 'Fikri Haikal', 'fikrihaikal.r22@gmail.com', 'web bps jembrana error', T('''
        min, web bps jembrana kok error terus ya dari kemarin 🙏 tiap mau download tabel pengangguran muncul "404 not found", padahal linknya dari halaman statistik sendiri. udah coba di laptop & hp, pake chrome & firefox tetep sama. tolong dibenerin min soalnya bimbingan skripsi minggu depan

        Fikri - UMY
        '''), kind='complaint', name='Fikri', inst='UMY', req=False, **F)

    C('f13-complaint-resident-capitals-official-car', 'plain', 'I GEDE SUPARTHA', 'gedesupartha.bjt@gmail.com',
      'KELUHAN PETUGAS', T('''
        SELAMAT SORE. SAYA WARGA LINGKUNGAN BILUKPOH, KELURAHAN TEGALCANGKRING. TADI SIANG ADA MOBIL DINAS BPS PARKIR DI MULUT GANG KAMI HAMPIR 2 JAM WAKTU PETUGAS MENDATA, SAMPAI MOBIL AMBULANS DESA TIDAK BISA LEWAT DAN HARUS MEMUTAR. MOHON PETUGAS DIBERI ARAHAN SUPAYA PARKIR DI TEMPAT YANG TIDAK MENGHALANGI JALAN. TERIMA KASIH.

        I GEDE SUPARTHA
        '''), kind='complaint', name='I Gede Supartha', req=False, **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f13-ooo-outlook-id-training-leave-headers', 'outlook', 'Rahmat Hidayat Nasution', 'rahmat.nasution@kemenkeu.go.id',
      'Balasan Otomatis: ' + SUBJ_DATA % 1341, T('''
        Terima kasih atas email Bapak/Ibu.

        Saya sedang mengikuti Pelatihan Kepemimpinan Pengawas di Balai Diklat Keuangan Denpasar sampai dengan 11 Desember 2026 dan akses email saya terbatas. Untuk keperluan mendesak terkait Kajian Fiskal Regional, silakan menghubungi Bidang PPA II melalui kanwildjpbbali.ppa2@kemenkeu.go.id.

        Salam,
        Rahmat H. Nasution
        '''), kind='auto_reply', req=False, ticket='PST-2026-01341',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1341), **F)

    C('f13-ooo-en-fieldwork-karamoja', 'gmail', 'Ruth Nakato', 'rnakato@chuss.mak.ac.ug', 'Automatic reply: ' + SUBJ_DATA % 1342, T('''
        Thank you for your email. I am on fieldwork in Karamoja and around Lake Victoria until 18 December 2026 with very limited connectivity. I will reply as soon as I can. For urgent matters, please contact the School of Women and Gender Studies office at swgs@chuss.mak.ac.ug.

        Ruth Nakato
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01342',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(1342), **F)

    C('f13-ooo-corporate-helpdesk-opens-own-ticket', 'plain', 'Service Desk Menara Nusa', 'servicedesk@menaranusa.co.id',
      '[INC-0088213] Re: ' + SUBJ_DATA % 1343, T('''
        Terima kasih telah menghubungi Service Desk PT Menara Nusa Telematika Tbk.

        Email Anda telah kami terima dan dicatat dengan nomor tiket INC-0088213. Mohon tidak mengubah subjek email ini apabila Anda mengirimkan informasi tambahan. Tim kami akan merespons dalam 1x24 jam kerja.

        Alamat email ini tidak dipantau secara langsung.

        Salam,
        Service Desk
        PT Menara Nusa Telematika Tbk
        '''), kind='auto_reply', req=False, ticket='PST-2026-01343',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(1343), **F)

    C('f13-ooo-newsroom-autoresponder-own-subject', 'gmail', 'Warta Barat TV', 'redaksi.wartabarattv@gmail.com',
      'Terima kasih telah menghubungi Redaksi Warta Barat TV', T('''
        Halo! 👋

        Terima kasih sudah mengirim email ke Redaksi Warta Barat TV. Pesan ini dikirim otomatis. Email Anda akan dibaca oleh tim redaksi dan dibalas paling lambat 2x24 jam.

        Punya info atau video kejadian di sekitar Anda? Kirim juga lewat WhatsApp Redaksi.

        Salam,
        Redaksi Warta Barat TV
        '''), kind='auto_reply', req=False, extra=[('Auto-Submitted', 'auto-replied')], **rp(1344), **F)

    # ------------------------------------------------------------------------------------------------
    # Bounces
    # ------------------------------------------------------------------------------------------------
    D('f13-dsn-gmail-address-not-found', dict(
        recipient='ayusrimaharani07@gmail.com', original_message_id=OUR(1351, 'e58a0c3d'),
        orig_subject=SUBJ_DATA % 1351, status='5.1.1', mta='mail-sor-f41.google.com',
        **{'from': 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
           'subject': 'Delivery Status Notification (Failure)',
           'text': ('** Address not found **\n\n'
                    "Your message wasn't delivered to ayusrimaharani07@gmail.com because the address couldn't be "
                    'found, or is unable to receive mail.\n\n'
                    'Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n'
                    'The response was:\n\n'
                    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
                    "the recipient's email address for typos or unnecessary spaces.")}), 'PST-2026-01351', **F)

    D('f13-dsn-lotus-domino-not-listed', dict(
        recipient='yosef.simbolon@danamon.co.id', original_message_id=OUR(1352, 'e58a0c3d'),
        orig_subject=SUBJ_ACK % 1352, status='5.1.1', mta='notes.danamon.co.id',
        **{'from': 'Postmaster <postmaster@danamon.co.id>',
           'subject': 'DELIVERY FAILURE: User yosef.simbolon (yosef.simbolon@danamon.co.id) not listed in Domino Directory',
           'text': ('Your message\n\n'
                    '  Subject: ' + SUBJ_ACK % 1352 + '\n\n'
                    'was not delivered to:\n\n'
                    '  yosef.simbolon@danamon.co.id\n\n'
                    'because:\n\n'
                    '  User yosef.simbolon (yosef.simbolon@danamon.co.id) not listed in Domino Directory')}),
      'PST-2026-01352', **F)

    D('f13-dsn-office365-recipient-not-found', dict(
        recipient='stefanus.gukguk@rskasihabdi.co.id', original_message_id=OUR(1353, 'e58a0c3d'),
        orig_subject=SUBJ_DATA % 1353, status='5.1.10', mta='rskasihabdi.co.id',
        **{'from': 'Microsoft Outlook <postmaster@rskasihabdi.onmicrosoft.com>',
           'subject': 'Undeliverable: ' + SUBJ_DATA % 1353,
           'text': ("Your message to stefanus.gukguk@rskasihabdi.co.id couldn't be delivered.\n\n"
                    "stefanus.gukguk wasn't found at rskasihabdi.co.id.\n\n"
                    'pst5101    Office 365    stefanus.gukguk\n'
                    'Action Required                    Recipient\n\n'
                    'Unknown To address\n\n'
                    'How to Fix It\n'
                    "The address may be misspelled or may not exist. Try one or more of the following:\n"
                    '- Retype the recipient\'s address, then resend the message.\n\n'
                    'Diagnostic information for administrators:\n\n'
                    'Generating server: SG2PR04MB3218.apcprd04.prod.outlook.com\n'
                    'stefanus.gukguk@rskasihabdi.co.id\n'
                    'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'')}),
      'PST-2026-01353', **F)

    D('f13-dsn-postfix-content-policy-rejected', dict(
        recipient='annegret.hoffmann@giz.de', original_message_id=OUR(1354, 'e58a0c3d'),
        orig_subject=SUBJ_DATA % 1354, status='5.7.1',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              'For further assistance, please send mail to postmaster.\n\n'
              '<annegret.hoffmann@giz.de>: host mx01.giz.de[195.145.42.17] said: 550 5.7.1\n'
              '    Message rejected due to content policy: attachment type not allowed\n'
              '    (.xlsm) (in reply to end of DATA command)')), 'PST-2026-01354', **F)
