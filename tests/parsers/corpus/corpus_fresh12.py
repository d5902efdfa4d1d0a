# corpus_fresh12.py: a twelfth batch, written blind by a tenth independent author who saw neither the parser
# nor its results: a vocational training centre's instructor who introduces herself in the middle, a start-up
# incubator writing "we at ..." in English, a Balinese treasurer of a diaspora banjar in Vancouver with a
# double-barrelled married name, a Protestant school foundation's numbered letter signed in capitals, a mosque
# youth group typed like a chat ("ana"), a provincial statistics forum's secretariat writing for its chairman
# (HTML only), a physiotherapy clinic owner with both her Indonesian and Chinese names, a dance studio run by an
# Anak Agung Istri, a shuttle operator's Batak "br." name, a tourism village pasting a table, a woodcarvers'
# cooperative in lower case, a Papuan research centre (Uncen), KMFRI in Kenya, NMBU in Norway (name only in the
# signature), TISS in Mumbai, a Chilean with two surnames (iso-8859-1), a Bologna student who once studied at ISI
# Bali, an Al-Azhar student with "bin", a Makassar student asking data about a hospital, an SMK pupil's checkbox
# form, "aku" from Ubaya, an English opening to an Indonesian mail, an officer referred by someone at BPS Provinsi,
# a travel agency with no person, a Papuan worker writing "sa pu nama" with no institution, a civil servant
# writing privately ("tidak mewakili instansi"), a PLN power plant forwarding its manager's letter, a BTN trainee
# writing for her branch head, a Minang restaurant owner, the South Sulawesi family association ("Daeng"), the
# Lembaga Demografi UI (a university unit), a retired colonel for the veterans' legion, IWAPI (name only in the
# signature), the Gilimanuk museum, KONI, a Czech honorary consul, an Ambonese lecturer ("beta"), a shared class
# account with only a student number, a cocopeat start-up with a vCard signature, a memo-like BPJS Kesehatan
# block, Fiji (USP), a Loka POM letter pointed at, a need only in a subject in capitals; vague mails (what data
# exist, an audience with HIPMI, a Nigerian lecturer asking what support exists); replies (an institution after
# our ASK mail, thanks in a new mail with no ticket, an English definition question, a secretary passing data on,
# another delivery address, a need added as a table, "ok siap", Javanese thanks, a status question from Outlook
# for iOS, a narrowed request bottom-posted); ratings ("Sangat puas (5)", "nilai sempurna", "2/5" in English, a
# table with an overall row, "3 (cukup)", "Alhamdulillah ... 5", "1 (sangat tidak puas)", Papuan "sa kasih 4");
# complaints (a scanned PDF, an impostor asking for transfers, a letter with an NIK shared in a WhatsApp group,
# being told to come in person from Norway, a paid publication never sent, office facilities in "gue" slang, an
# archive attachment blocked by a firewall); auto-replies (Galungan leave, a German/English Abwesenheitsnotiz,
# KKN supervision without auto headers, a retirement notice with its own subject, a research vessel) and bounces
# (qmail, Yahoo, an Indonesian Exchange "message too large", a Postfix give-up after five days)
# (set "fresh12"; tickets PST-2026-012xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh12')

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
    EXPLAIN = ('Yth. Bapak,\n\nTerima kasih atas permintaan data tiket PST-2026-%05d. Data jumlah penduduk per '
               'kecamatan hasil SP1971, SP1980 dan SP1990 hanya tersedia dalam publikasi cetak di perpustakaan '
               'BPS Provinsi Bali, sedangkan data migrasi dari SP2010/SP2020 tersedia sampai tingkat kabupaten. '
               'Mohon konfirmasi data mana yang tetap Bapak perlukan.\n\nSalam,\nPelayanan Statistik Terpadu\n'
               'BPS Kabupaten Jembrana')
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
        return dict(in_reply_to=OUR(n, '9b3e6a21'), references=[OUR(n, '9b3e6a21')])

    # ------------------------------------------------------------------------------------------------
    # Public bodies, forums and associations
    # ------------------------------------------------------------------------------------------------
    C('f12-req-blk-instructor-intro-in-middle', 'outlook', 'UPTD BLK Jembrana', 'blk.jembrana@gmail.com',
      'Permohonan data pengangguran menurut pendidikan dan umur', T('''
        Selamat pagi Bapak/Ibu PST BPS Kabupaten Jembrana,

        Mohon bantuan data tingkat pengangguran terbuka Kabupaten Jembrana menurut pendidikan tertinggi yang ditamatkan dan menurut kelompok umur (15-24, 25-34, 35 tahun ke atas) tahun 2022-2025, serta jumlah penduduk bekerja menurut lapangan usaha pada periode yang sama.

        Sebagai informasi, saya Ni Luh Putu Eka Sriasih, S.Kom., instruktur kejuruan TIK pada UPTD Balai Latihan Kerja Kabupaten Jembrana. Data tersebut akan kami pakai untuk menentukan kejuruan pelatihan berbasis kompetensi tahun 2027. Saat ini kami membuka kejuruan menjahit, las, otomotif dan TIK, dan sedang menimbang apakah perlu menambah kejuruan pengolahan hasil perikanan atau tata boga.

        Apabila datanya sudah tersedia di website, cukup dikirimkan tautannya saja.

        Terima kasih.

        Salam,
        Eka Sriasih
        UPTD BLK Jembrana
        Jl. Gatot Subroto Barat, Negara
        '''), name='Ni Luh Putu Eka Sriasih', inst='UPTD Balai Latihan Kerja Kabupaten Jembrana', **F)

    C('f12-req-stat-forum-secretariat-for-chairman-html', 'html_only', 'Sekretariat FDSD Bali', 'sekretariat.fdsdbali@gmail.com',
      'Permohonan bahan paparan Rapat Pleno Forum Data dan Statistik Daerah', T('''
        Yth. Kepala BPS Kabupaten Jembrana
        c.q. Pelayanan Statistik Terpadu

        Dengan hormat,

        Atas arahan Ketua Forum Data dan Statistik Daerah Provinsi Bali, Prof. Dr. Ir. Anak Agung Ngurah Bagus Wiradarma, M.Si., kami sampaikan bahwa Rapat Pleno Forum akan diselenggarakan pada 10 Desember 2026 di Denpasar dengan tema "Kesenjangan Antarwilayah di Bali". Setiap kabupaten akan dibahas bergiliran, dan Beliau meminta bahan ringkas untuk Kabupaten Jembrana sebagai berikut:

        1. PDRB per kapita dan laju pertumbuhan ekonomi, 2021-2025;
        2. Indeks Pembangunan Manusia beserta komponennya, 2021-2025;
        3. persentase penduduk miskin dan rasio Gini, 2021-2025.

        Bahan mohon dikirim ke email sekretariat ini paling lambat 4 Desember 2026.

        Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Hormat kami,
        a.n. Ketua Forum,
        Luh Made Ayu Kusumaningrat
        Staf Sekretariat Forum Data dan Statistik Daerah Provinsi Bali
        '''), name='Luh Made Ayu Kusumaningrat', inst='Forum Data dan Statistik Daerah Provinsi Bali', **F)

    C('f12-req-loka-pom-need-only-in-attached-letter', 'outlook', 'Loka POM Buleleng', 'lokapom.buleleng@pom.go.id',
      'Surat Permohonan Data', T('''
        Selamat siang Bapak/Ibu,

        Terlampir kami sampaikan surat Kepala Loka POM di Kabupaten Buleleng Nomor T-PS.01.01.12A.11.26.0418 perihal Permohonan Data, dalam rangka penyusunan rencana sampling pangan olahan tahun 2027 di wilayah Kabupaten Jembrana. Rincian data yang kami perlukan tercantum dalam surat tersebut.

        Mohon kiranya dapat ditindaklanjuti. Terima kasih.

        Hormat kami,

        Dra. Ni Made Sukerti, Apt.
        Pengawas Farmasi dan Makanan Ahli Madya
        Loka Pengawas Obat dan Makanan di Kabupaten Buleleng
        Jl. Pahlawan No. 11, Singaraja

        Hindari obat dan pangan ilegal. Cek KLIK: Kemasan, Label, Izin Edar, Kedaluwarsa.
        '''), name='Dra. Ni Made Sukerti', inst='Loka Pengawas Obat dan Makanan di Kabupaten Buleleng',
      attachments=[PDF('T-PS.01.01.12A.11.26.0418 Permohonan Data BPS Jembrana.pdf')], **F)

    C('f12-req-bpjs-kesehatan-memo-block', 'outlook', 'Ayu Ratnaningsih', 'ayu.ratnaningsih@bpjs-kesehatan.go.id',
      'Nota permohonan data - target UHC Kabupaten Jembrana', T('''
        NOTA PERMOHONAN DATA
        Dari      : Ayu Ratnaningsih, Kepala Bagian Perluasan Peserta dan Kepatuhan
        Unit      : BPJS Kesehatan Kantor Cabang Singaraja
        Kepada    : PST BPS Kabupaten Jembrana
        Tanggal   : 23 November 2026
        Perihal   : Data penduduk dan pekerja untuk pemantauan Universal Health Coverage (UHC)

        Dengan hormat, dalam rangka evaluasi capaian UHC Kabupaten Jembrana tahun 2026 dan penyusunan target kepesertaan 2027, kami mohon data sebagai berikut:
        a. proyeksi jumlah penduduk Kabupaten Jembrana per kecamatan, 2026 dan 2027;
        b. jumlah penduduk bekerja menurut status pekerjaan utama (berusaha sendiri, buruh/karyawan, pekerja bebas, pekerja keluarga);
        c. persentase penduduk yang memiliki jaminan kesehatan menurut jenisnya (Susenas), 2023-2025.

        Demikian, atas bantuannya kami ucapkan terima kasih.
        '''), name='Ayu Ratnaningsih', inst='BPJS Kesehatan Kantor Cabang Singaraja', **F)

    C('f12-req-museum-gilimanuk-school-visits', 'outlook', 'Museum Manusia Purba Gilimanuk', 'museumgilimanuk@gmail.com',
      'Permohonan data jumlah murid dan sekolah per kecamatan', T('''
        Selamat pagi Bapak/Ibu,

        Kami dari UPTD Museum Manusia Purba Gilimanuk sedang menyusun program "Museum Masuk Sekolah" dan kunjungan pelajar tahun 2027. Saya Made Pasek Arsana, pamong budaya yang ditugaskan menyusun rencana kunjungan tersebut.

        Mohon bantuan data:
        1. jumlah sekolah SD, SMP dan SMA/SMK per kecamatan di Kabupaten Jembrana;
        2. jumlah murid per jenjang per kecamatan, tahun ajaran terakhir;
        3. jumlah kunjungan wisatawan ke daya tarik wisata budaya di Jembrana, bila BPS memilikinya.

        Terima kasih atas perhatiannya.

        Salam budaya,
        Made Pasek Arsana
        Pamong Budaya Ahli Pertama
        UPTD Museum Manusia Purba Gilimanuk
        Dinas Pariwisata dan Kebudayaan Kabupaten Jembrana
        '''), name='Made Pasek Arsana', inst='UPTD Museum Manusia Purba Gilimanuk', **F)

    C('f12-req-koni-name-only-in-signature', 'gmail', 'KONI Jembrana', 'konijembrana.official@gmail.com',
      'Data penduduk usia 10-18 tahun per kecamatan', T('''
        Salam olahraga!

        Dengan hormat, Bidang Pembinaan Prestasi KONI Kabupaten Jembrana akan melaksanakan program pencarian bakat atlet muda (talent scouting) di seluruh sekolah mulai Februari 2027. Untuk menentukan jumlah tim penguji dan jadwal per kecamatan, kami mohon data:

        - jumlah penduduk usia 10-18 tahun menurut jenis kelamin per kecamatan, 2025;
        - jumlah SD, SMP, dan SMA/SMK per kecamatan.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Ketut Adi Wiguna, S.Or., M.Pd.
        Wakil Ketua Bidang Pembinaan Prestasi
        KONI Kabupaten Jembrana
        '''), name='Ketut Adi Wiguna', inst='KONI Kabupaten Jembrana', **F)

    C('f12-req-veterans-legion-retired-colonel', 'yahoo', 'nyoman sutama', 'nyomansutama1951@yahoo.co.id',
      'Permohonan data penduduk lanjut usia', T('''
        Kepada Yth.
        Bapak Kepala BPS Kabupaten Jembrana
        di Negara

        Dengan hormat,

        Saya, Kolonel Inf (Purn) I Nyoman Sutama, Ketua Legiun Veteran Republik Indonesia Cabang Jembrana, bersama ini memohon bantuan data untuk bahan usulan kepada Pemerintah Kabupaten mengenai pelayanan kesehatan bagi para veteran dan warga lanjut usia, yaitu:

        1. jumlah penduduk usia 70 tahun ke atas menurut jenis kelamin per kecamatan, tahun 2025;
        2. persentase penduduk lanjut usia yang memiliki jaminan kesehatan, 2023-2025.

        Mohon maaf saya tidak dapat datang sendiri karena kondisi kesehatan. Data dapat dikirim ke alamat email ini, yang dikelola cucu saya.

        Atas perhatian Bapak saya ucapkan terima kasih.

        Hormat saya,
        Ketua LVRI Cabang Jembrana,

        Kolonel Inf (Purn) I Nyoman Sutama
        '''), name='Kolonel Inf (Purn) I Nyoman Sutama', inst='Legiun Veteran Republik Indonesia Cabang Jembrana', **F)

    C('f12-req-south-sulawesi-family-association-daeng', 'plain', 'Syamsuddin', 'syamsuddindg.ngalle@gmail.com',
      'Mohon data penduduk menurut suku bangsa', T('''
        Assalamu alaikum wr wb.

        Selamat siang Bapak/Ibu di BPS Jembrana. Saya Syamsuddin Daeng Ngalle, Ketua Kerukunan Keluarga Sulawesi Selatan Kabupaten Jembrana, tinggal di Kampung Bugis, Desa Air Kuning. Nenek moyang kami datang ke pesisir Jembrana dengan perahu dari Sulawesi sejak ratusan tahun lalu, dan sekarang kami sedang menyusun buku sejarah warga Bugis-Makassar di Jembrana.

        Kami mohon data:
        1. jumlah penduduk menurut suku bangsa (Bugis, Makassar, Mandar, Bali, Jawa, dll.) di Kabupaten Jembrana hasil Sensus Penduduk 2010;
        2. jumlah penduduk Desa Air Kuning, Desa Perancak dan Kelurahan Loloan Barat dari sensus ke sensus.

        Terima kasih banyak atas bantuannya.
        Wassalam.

        Syamsuddin Dg. Ngalle
        Ketua KKSS Jembrana
        '''), name='Syamsuddin Daeng Ngalle', inst='Kerukunan Keluarga Sulawesi Selatan Kabupaten Jembrana', **F)

    C('f12-req-iwapi-name-only-in-signature', 'gmail', 'Nurhayati Assegaf', 'nurhayati.assegaf@gmail.com',
      'Permohonan data pekerja perempuan Kab. Jembrana', T('''
        Assalamualaikum warahmatullahi wabarakatuh, Om Swastyastu,

        Yth. Bapak/Ibu Petugas PST,

        Kami pengurus IWAPI Cabang Jembrana sedang menyiapkan program pendampingan pemasaran digital bagi sekitar 150 pengusaha perempuan di lima kecamatan. Agar sasaran program tepat, kami memohon data berikut:

        1. jumlah pekerja perempuan menurut status pekerjaan utama (berusaha sendiri, berusaha dibantu buruh, pekerja keluarga), 2023-2025;
        2. persentase perempuan usia 15 tahun ke atas yang mengakses internet, Kabupaten Jembrana;
        3. jumlah usaha perdagangan dan penyediaan makan minum skala mikro per kecamatan, bila tersedia.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Wassalamualaikum warahmatullahi wabarakatuh.

        Hj. Nurhayati Assegaf, S.E.
        Ketua IWAPI Cabang Jembrana
        '''), name='Hj. Nurhayati Assegaf', inst='IWAPI Cabang Jembrana', **F)

    C('f12-req-mosque-youth-chat-ana', 'gmail', 'Fauzan Alhabsyi', 'fauzan.alhabsyi@gmail.com',
      'data utk seminar remaja masjid', T('''
        Assalamu'alaikum wr wb
        Afwan min mengganggu 🙏
        Ana Fauzan, ketua Remaja Masjid Baitul Qadim Loloan Timur
        Insya Allah tgl 12 Des kami ngadain seminar "Pemuda Loloan & Lapangan Kerja"
        Butuh data:
        - tingkat pengangguran usia muda (15-24) Jembrana 3 thn terakhir
        - jumlah penduduk Kel. Loloan Timur & Loloan Barat per kelompok umur
        Boleh dikirim ke email ini aja min
        Jazakallah khair
        Wassalam

        Muhammad Fauzan Alhabsyi
        '''), name='Muhammad Fauzan Alhabsyi', inst='Remaja Masjid Baitul Qadim Loloan Timur', **F)

    C('f12-req-protestant-school-foundation-letter-caps', 'outlook', 'YPK Dwi Wahana', 'ypk.dwiwahana@gmail.com',
      'Surat No. 047/YPK-DW/XI/2026 perihal Permohonan Data Penduduk Usia Sekolah', T('''
        YAYASAN PENDIDIKAN KRISTEN DWI WAHANA
        Sekretariat: Jl. Pendeta Made Rendha No. 2, Blimbingsari, Melaya, Jembrana

        Nomor    : 047/YPK-DW/XI/2026
        Lampiran : -
        Perihal  : Permohonan Data Penduduk Usia Sekolah

        Kepada Yth.
        Kepala Badan Pusat Statistik Kabupaten Jembrana
        di Negara

        Salam sejahtera dalam kasih Kristus,

        Yayasan Pendidikan Kristen Dwi Wahana, yang menaungi SD Kristen Dwi Wahana dan SMP Kristen Dwi Wahana di Blimbingsari, sedang menyusun Rencana Strategis Yayasan 2027-2031, termasuk kajian pembukaan SMK bidang perhotelan. Untuk itu kami memohon data:

        1. jumlah penduduk usia 13-15 dan 16-18 tahun di Kecamatan Melaya, per desa, tahun 2025;
        2. angka partisipasi sekolah (APS) usia 16-18 tahun Kabupaten Jembrana, 2021-2025;
        3. jumlah SMA/SMK negeri dan swasta di Kecamatan Melaya dan Kecamatan Negara.

        Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih. Tuhan memberkati.

        Blimbingsari, 20 November 2026
        Ketua Pengurus,

        ttd

        YAKOBUS NYOMAN WIRYA ATMAJA, S.Th., M.M.

        Tembusan:
        1. Majelis Sinode GKPB di Denpasar
        2. Arsip
        '''), name='Yakobus Nyoman Wirya Atmaja', inst='Yayasan Pendidikan Kristen Dwi Wahana', **F)

    C('f12-req-referred-by-bps-provinsi-other-regency', 'outlook', 'Yohanis Tandirerung', 'yohanis.tandirerung@gmail.com',
      'Studi tiru pengelolaan data perikanan tangkap', T('''
        Selamat siang Bapak/Ibu,

        Atas saran Ibu Ni Ketut Sari Widiastuti dari BPS Provinsi Bali, yang kami temui saat rapat koordinasi di Denpasar minggu lalu, kami menghubungi PST BPS Kabupaten Jembrana.

        Saya Yohanis Palinggi Tandirerung, Kepala Seksi Data dan Informasi pada Dinas Kelautan dan Perikanan Kabupaten Polewali Mandar, Sulawesi Barat. Rombongan kami berencana melakukan studi tiru ke Jembrana pada bulan Februari 2027, khususnya tentang pendataan nelayan dan produksi perikanan tangkap. Sebagai bahan awal, kami mohon data:

        1. produksi perikanan tangkap menurut jenis alat tangkap, Kabupaten Jembrana 2022-2025;
        2. jumlah nelayan menurut status (penuh, sambilan utama, sambilan tambahan) per kecamatan;
        3. jumlah perahu/kapal perikanan menurut ukuran per kecamatan.

        Terima kasih atas kerja samanya.

        Salam,
        Yohanis P. Tandirerung
        DKP Kab. Polewali Mandar
        '''), name='Yohanis Palinggi Tandirerung', inst='Dinas Kelautan dan Perikanan Kabupaten Polewali Mandar', **F)

    # ------------------------------------------------------------------------------------------------
    # Firms, start-ups, studios, cooperatives
    # ------------------------------------------------------------------------------------------------
    C('f12-req-incubator-we-at-english', 'gmail', 'Kriya Lab', 'hello@kriyalab.id',
      'Data request – craft & creative micro-enterprises in Jembrana', T('''
        Hi BPS Jembrana team,

        We at Kriya Lab, a start-up incubator for craft and creative businesses hosted at the INSTIKI campus in Denpasar, are opening a satellite cohort in West Bali next March. Around a third of our applicants so far come from Jembrana (bamboo, woodcarving, endek weaving), so we'd like to size the opportunity properly before committing mentors.

        Could you share, for Jembrana Regency:
        1. the number of micro and small manufacturing enterprises by type of industry (2-digit KBLI), latest year available;
        2. the number of workers in those enterprises;
        3. if the Economic Census 2026 preliminary results are out, the number of creative-economy businesses by kecamatan.

        Happy to send an official letter if that's needed. Thanks a lot!

        Cheers,
        Yoga
        —
        I Putu Yoga Mahendra
        Program Associate, Kriya Lab
        '''), name='I Putu Yoga Mahendra', inst='Kriya Lab', lang='en', **F)

    C('f12-req-physio-clinic-chinese-both-names-yahoo', 'yahoo', 'Meilani Tanuwijaya', 'meilani_tanuwijaya@yahoo.com',
      'Mohon info data lansia & penyandang disabilitas Jembrana', T('''
        Selamat siang,

        Perkenalkan, saya Meilani Tanuwijaya (Tan Mei Hwa), fisioterapis dan pemilik Klinik Fisioterapi Gerak Sehat di Jl. Udayana, Negara. Kami berencana membuka layanan fisioterapi kunjungan rumah (home care) untuk pasien pasca-stroke dan lansia.

        Apakah BPS memiliki data:
        1. jumlah penduduk lansia (60 tahun ke atas) per kecamatan, 2025;
        2. jumlah penyandang disabilitas menurut jenis kesulitan (terutama berjalan/naik tangga) di Kabupaten Jembrana?

        Kalau datanya harus diambil di kantor, saya bisa datang hari Rabu siang.

        Terima kasih banyak.

        Salam,
        Meilani T.

        Dikirim dari Yahoo Mail di Android
        '''), name='Meilani Tanuwijaya', inst='Klinik Fisioterapi Gerak Sehat', **F)

    C('f12-req-dance-studio-anak-agung-istri-iphone', 'iphone', 'Gung Is Laksmi', 'gungislaksmi@icloud.com',
      'Data kunjungan wisatawan & sanggar seni', T('''
        Om Swastyastu,
        Tiang Anak Agung Istri Mas Laksmi Dewi, pengelola Sanggar Tari Kembang Jepun di Puri Agung Negara. Sanggar kami mau mengajukan proposal pentas rutin untuk wisatawan ke Dinas Pariwisata, dan diminta melampirkan data:
        1. jumlah kunjungan wisatawan mancanegara & nusantara ke Jembrana 2023-2025
        2. jumlah kelompok kesenian/sanggar per kecamatan (kalau ada dari Podes)
        Suksma 🙏🏻

        Dikirim dari iPhone saya
        '''), name='Anak Agung Istri Mas Laksmi Dewi', inst='Sanggar Tari Kembang Jepun', **F)

    C('f12-req-shuttle-operator-batak-br', 'outlook', 'Marsaulina Pardede', 'marsaulina@suryabaharitrans.co.id',
      'Permohonan data mobilitas penduduk dan penumpang Gilimanuk', T('''
        Horas, selamat siang Bapak/Ibu.

        Saya Marsaulina br. Pardede, Kepala Bagian Pengembangan Usaha di PT Surya Bahari Trans, operator shuttle dan travel rute Gilimanuk–Negara–Denpasar. Kami sedang mengkaji penambahan jadwal keberangkatan pagi dan rute baru Gilimanuk–Pekutatan.

        Mohon bantuan data berikut:
        - jumlah penduduk Jembrana yang bekerja di luar kabupaten tempat tinggalnya (pekerja komuter), bila tersedia;
        - jumlah penumpang kapal penyeberangan Ketapang–Gilimanuk per bulan, 2024–2025;
        - jumlah kendaraan bermotor umum menurut jenis di Kabupaten Jembrana.

        Terima kasih atas bantuannya.

        Best regards,

        Marsaulina br. Pardede
        Head of Business Development
        PT Surya Bahari Trans
        Jl. Raya Denpasar–Gilimanuk Km 128, Melaya
        '''), name='Marsaulina br. Pardede', inst='PT Surya Bahari Trans', **F)

    C('f12-req-tourism-village-table-pasted', 'gmail', 'Desa Wisata Manggissari', 'dewimanggissari@gmail.com',
      'Permohonan data pendukung Anugerah Desa Wisata', T('''
        Om Swastyastu,

        Kami dari Kelompok Pengelola Desa Wisata Manggissari, Kecamatan Pekutatan, sedang melengkapi dokumen Anugerah Desa Wisata Indonesia 2027. Panitia meminta data pendukung dari sumber resmi. Berikut daftar yang kami perlukan (kami salin dari formulir panitia):

        | No | Data                                       | Wilayah              | Tahun     |
        |----|--------------------------------------------|----------------------|-----------|
        | 1  | Jumlah penduduk menurut jenis kelamin      | Desa Manggissari     | 2025      |
        | 2  | Jumlah rumah tangga menurut lapangan usaha | Desa Manggissari     | 2023      |
        | 3  | Jumlah kunjungan wisatawan                 | Kecamatan Pekutatan  | 2023-2025 |
        | 4  | Jumlah usaha akomodasi dan rumah makan     | Desa Manggissari     | terbaru   |

        Bila ada data yang tidak tersedia di BPS, mohon diberi tahu ke mana kami sebaiknya meminta.

        Suksma.

        Kadek Dwi Ariani
        Sekretaris Kelompok Pengelola Desa Wisata Manggissari
        HP 0857-3844-xxxx
        '''), name='Kadek Dwi Ariani', inst='Kelompok Pengelola Desa Wisata Manggissari', **F)

    C('f12-req-woodcarvers-coop-lowercase', 'plain', 'made sukarya', 'madesukarya.ukir@gmail.com', 'minta data', T('''
        om swastyastu bpk/ibu

        sy i made sukarya ketua koperasi pengrajin ukir kayu werdhi kriya desa kaliakah. anggota kami 38 orang pengrajin ukir dan patung kayu. kami mau ikut pameran kriya di jakarta dan mau ajukan bantuan mesin ke dinas perindustrian. butuh data jumlah usaha kerajinan kayu di jembrana dan jumlah pekerjanya, kalau bisa per kecamatan. juga nilai ekspor kerajinan kayu dari bali kalau ada

        suksma
        made sukarya

        Dikirim dari ponsel Samsung Galaxy saya.
        '''), name='i made sukarya', inst='koperasi pengrajin ukir kayu werdhi kriya desa kaliakah', **F)

    C('f12-req-pln-power-plant-forwards-manager-letter', 'gmail', 'Bagus Setyo Wibowo', 'bagus.setyo@plnnp.co.id',
      'Fwd: Permohonan Data Sosial Ekonomi Desa Ring 1 UP Gilimanuk', T('''
        Selamat pagi Bapak/Ibu PST,

        Bersama ini saya teruskan surat Manajer Unit kami di bawah. Saya Bagus Setyo Wibowo, Officer CSR & Stakeholder Relations PT PLN Nusantara Power UP Gilimanuk, yang ditunjuk sebagai narahubung. Data mohon dikirim ke email saya ini.

        Terima kasih.
        Bagus

        ---------- Forwarded message ---------
        From: Manajer UP Gilimanuk <manajer.upgilimanuk@plnnp.co.id>
        Date: Fri, Nov 20, 2026 at 3:12 PM
        Subject: Permohonan Data Sosial Ekonomi Desa Ring 1 UP Gilimanuk
        To: Bagus Setyo Wibowo <bagus.setyo@plnnp.co.id>


        Kepada Yth. Kepala BPS Kabupaten Jembrana

        Dalam rangka pemetaan sosial (social mapping) untuk program Tanggung Jawab Sosial dan Lingkungan (TJSL) tahun 2027, PT PLN Nusantara Power Unit Pembangkitan Gilimanuk memohon data berikut untuk Kelurahan Gilimanuk, Desa Melaya dan Desa Ekasari (desa ring 1):
        1. jumlah penduduk dan rumah tangga menurut jenis kelamin dan kelompok umur;
        2. jumlah penduduk bekerja menurut lapangan usaha;
        3. jumlah sarana pendidikan dan kesehatan (Podes 2024).

        Atas perhatiannya kami ucapkan terima kasih.

        Hendro Kusumo Adi
        Manajer Unit Pembangkitan Gilimanuk
        '''), name='Bagus Setyo Wibowo', inst='PT PLN Nusantara Power UP Gilimanuk', **F)

    C('f12-req-btn-trainee-for-branch-head-disclaimer', 'outlook', 'Clarissa Angelina Wijaya', 'clarissa.angelina@btn.co.id',
      'Permohonan Data Perumahan dan Ketenagakerjaan – Kab. Jembrana', T('''
        Yth. Bapak/Ibu Petugas PST,

        Selamat siang. Saya Clarissa Angelina Wijaya, Management Trainee yang saat ini diperbantukan sebagai asisten Kepala Cabang PT Bank Tabungan Negara (Persero) Tbk Kantor Cabang Denpasar. Atas arahan Bapak Kepala Cabang, Bapak Sutrisno Hadi Prayitno, kami sedang menyiapkan analisis potensi pasar KPR bersubsidi di Kabupaten Jembrana untuk tahun 2027.

        Data yang kami perlukan:
        1. persentase rumah tangga menurut status kepemilikan bangunan tempat tinggal, Kabupaten Jembrana 2021-2025;
        2. jumlah penduduk bekerja berstatus buruh/karyawan menurut lapangan usaha;
        3. rata-rata upah/gaji bersih sebulan buruh/karyawan, 2023-2025.

        Terima kasih atas kerja samanya.

        Hormat kami,

        Clarissa Angelina Wijaya
        Management Trainee – Office of the Branch Manager
        PT Bank Tabungan Negara (Persero) Tbk
        Kantor Cabang Denpasar

        DISCLAIMER: Informasi dalam email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. BTN tidak pernah meminta data pribadi, PIN, atau OTP melalui email.
        '''), name='Clarissa Angelina Wijaya', inst='PT Bank Tabungan Negara (Persero) Tbk Kantor Cabang Denpasar', **F)

    C('f12-req-minang-restaurant-owner', 'gmail', 'Yulnizar Chaniago', 'yulnizar.chaniago@gmail.com',
      'Tanya data untuk buka cabang rumah makan', T('''
        Assalamualaikum, selamat siang Bapak/Ibu.

        Saya Yulnizar Chaniago, urang awak asal Bukittinggi, sudah sembilan tahun membuka Rumah Makan Padang Bundo Kanduang di Jl. Ngurah Rai, Negara. Alhamdulillah pelanggan makin banyak dan kami berniat membuka cabang kedua, pilihannya di Melaya atau Mendoyo.

        Sebelum memutuskan, saya ingin tahu:
        - jumlah penduduk per kecamatan di Melaya dan Mendoyo tahun 2025, kalau bisa menurut agama;
        - jumlah rumah makan/warung makan yang sudah ada di kedua kecamatan itu.

        Terima kasih banyak, semoga BPS sukses selalu.

        Wassalamualaikum,
        Yulnizar Chaniago
        RM Padang Bundo Kanduang
        Negara – Jembrana
        '''), name='Yulnizar Chaniago', inst='Rumah Makan Padang Bundo Kanduang', **F)

    C('f12-req-cocopeat-startup-vcard-signature', 'gmail', 'Jembrana Bio Energi', 'hello@jembranabio.id',
      'Data produksi kelapa & sabut – rencana pabrik cocopeat', T('''
        Selamat siang Bapak/Ibu,

        Kami startup pengolahan limbah sabut kelapa menjadi cocopeat dan cocofiber yang sedang menyiapkan pabrik kecil di Kecamatan Mendoyo. Untuk studi kelayakan pasokan bahan baku, mohon data:

        1. luas tanaman dan produksi kelapa per kecamatan, 2018-2025;
        2. jumlah rumah tangga petani kelapa per kecamatan (ST2023);
        3. harga kopra atau kelapa butir di tingkat petani, kalau ada.

        Terima kasih banyak.

        --
        M. Rizal Fahlevi
        Founder & CEO
        PT Jembrana Bio Energi
        hello@jembranabio.id | +62 811-3955-xxxx
        www.jembranabio.id
        '''), name='M. Rizal Fahlevi', inst='PT Jembrana Bio Energi', **F)

    C('f12-req-travel-agency-no-person', 'outlook', 'Segara Wisata Tour & Travel', 'reservation@segarawisata.co.id',
      'Data kunjungan wisatawan Jembrana per bulan', T('''
        Dear Bapak/Ibu,

        Kami dari PT Segara Wisata Tour & Travel, biro perjalanan wisata yang berkantor di Gilimanuk. Untuk menyusun paket wisata 2027 (Taman Nasional Bali Barat, Pulau Menjangan dan atraksi makepung), kami memerlukan data jumlah kunjungan wisatawan mancanegara dan nusantara ke Kabupaten Jembrana per bulan tahun 2023-2025, serta tingkat penghunian kamar hotel per bulan pada periode yang sama.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Best regards,

        Customer Relations
        PT Segara Wisata Tour & Travel
        Jl. Raya Gilimanuk No. 17, Melaya, Jembrana
        Telp. (0365) 61xxx | WA 0812-4600-xxxx
        '''), inst='PT Segara Wisata Tour & Travel', **F)

    C('f12-req-need-only-in-subject-capitals-yahoo', 'yahoo', 'HJ SITI ROHANI', 'sitirohani_pengambengan@yahoo.com',
      'MOHON DATA JUMLAH USAHA PENGOLAHAN IKAN (PINDANG & IKAN ASIN) PER DESA KEC. NEGARA 2025', T('''
        ASSALAMUALAIKUM BPK/IBU. SAYA HJ. SITI ROHANI KETUA KELOMPOK PENGOLAH IKAN MINA SARI DESA PENGAMBENGAN. MOHON BANTUANNYA SESUAI JUDUL EMAIL. TERIMA KASIH. WASSALAM.

        Dikirim dari Yahoo Mail di Android
        '''), name='Hj. Siti Rohani', inst='Kelompok Pengolah Ikan Mina Sari Desa Pengambengan', **F)

    # ------------------------------------------------------------------------------------------------
    # Students and lecturers in Indonesia
    # ------------------------------------------------------------------------------------------------
    C('f12-req-uncen-papuan-research-centre', 'thunderbird', 'Marthen Rumbiak', 'marthen.rumbiak@uncen.ac.id',
      'Permohonan data penduduk dan migrasi Jembrana (penelitian transmigrasi)', T('''
        Yth. Bapak/Ibu Pengelola PST BPS Kabupaten Jembrana,

        Salam hangat dari Jayapura. Perkenalkan, saya Dr. Marthen Rumbiak, M.Si., peneliti pada Pusat Studi Kependudukan dan Pembangunan, Universitas Cenderawasih. Kami sedang meneliti lima puluh tahun transmigrasi asal Bali di Kabupaten Nabire dan Keerom; banyak keluarga transmigran generasi pertama di sana berasal dari Kabupaten Jembrana.

        Untuk membandingkan kondisi daerah asal, kami mohon data:
        (1) jumlah penduduk Kabupaten Jembrana menurut kecamatan hasil SP1971, SP1980, SP1990, SP2000, SP2010 dan SP2020;
        (2) migrasi risen dan migrasi seumur hidup keluar dari Kabupaten Jembrana (SP2010/SP2020);
        (3) luas lahan sawah per kecamatan dari masa ke masa, bila tersedia.

        Kami paham sebagian data lama mungkin hanya ada dalam publikasi cetak; kami bersedia menanggung biaya penggandaan.

        Terima kasih, Tuhan memberkati.

        --
        Dr. Marthen Rumbiak, M.Si.
        Pusat Studi Kependudukan dan Pembangunan
        Universitas Cenderawasih, Jayapura
        '''), name='Dr. Marthen Rumbiak', inst='Universitas Cenderawasih', wrap=72, **F)

    C('f12-req-lembaga-demografi-ui-unit', 'outlook', 'Rizky Amalia Harahap', 'rizky.amalia@ldfebui.org',
      'Permohonan Data – Kajian Pekerja Informal di Bali', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dengan hormat,

        Saya Rizky Amalia Harahap, peneliti di Lembaga Demografi Fakultas Ekonomi dan Bisnis Universitas Indonesia. Saat ini kami sedang melaksanakan kajian mengenai pekerja sektor informal dan perlindungan sosialnya di kabupaten-kabupaten di Bali, dan Jembrana merupakan salah satu lokasi studi kasus.

        Sehubungan dengan itu kami mohon data Kabupaten Jembrana sebagai berikut:
        1. proporsi pekerja informal menurut jenis kelamin, 2019-2025;
        2. jumlah penduduk bekerja menurut status pekerjaan utama dan lapangan usaha, 2023-2025;
        3. rata-rata jam kerja per minggu menurut status pekerjaan utama.

        Atas perhatian dan bantuan Bapak/Ibu kami ucapkan terima kasih.

        Hormat kami,

        Rizky Amalia Harahap, S.E., M.S.E.
        Peneliti
        Lembaga Demografi
        Fakultas Ekonomi dan Bisnis Universitas Indonesia
        Gedung Lembaga Demografi, Kampus UI Depok
        '''), name='Rizky Amalia Harahap', inst='Universitas Indonesia', **F)

    C('f12-req-student-asks-data-about-hospital', 'gmail', 'Nur Afni', 'nurafni.rahmadani@student.umi.ac.id',
      'Permohonan data tenaga kesehatan dan tempat tidur RSU Negara', T('''
        Assalamualaikum, selamat pagi Bapak/Ibu.

        Saya Nur Afni Rahmadani, mahasiswi Program Studi Administrasi Rumah Sakit, Fakultas Kesehatan Masyarakat, Universitas Muslim Indonesia (Makassar). Skripsi saya membahas kecukupan tenaga kesehatan di rumah sakit umum daerah di Bali, dengan lokasi RSU Negara dan Puskesmas Melaya I.

        Data yang saya butuhkan:
        1. jumlah tenaga kesehatan (dokter, perawat, bidan) di Kabupaten Jembrana menurut fasilitas kesehatan, 2022-2025;
        2. jumlah tempat tidur rumah sakit di Kabupaten Jembrana, terutama RSU Negara;
        3. jumlah penduduk Kabupaten Jembrana 2022-2025.

        Terima kasih atas bantuan Bapak/Ibu. Wassalamualaikum.

        Hormat saya,
        Nur Afni Rahmadani
        NIM 14120210xxx
        '''), name='Nur Afni Rahmadani', inst='Universitas Muslim Indonesia', **F)

    C('f12-req-smk-pupil-checkbox-form', 'gmail', 'Rian Saputra', 'riansaputra.smkn3@gmail.com', 'Form Permintaan Data', T('''
        Selamat siang Pak/Bu, berikut saya isi formulir permintaan data:

        FORMULIR PERMINTAAN DATA
        Nama lengkap       : Putu Rian Adi Saputra
        Jenis kelamin      : [X] Laki-laki   [ ] Perempuan
        Pekerjaan          : [X] Pelajar/Mahasiswa   [ ] PNS/TNI/Polri   [ ] Swasta   [ ] Lainnya
        Instansi/Sekolah   : SMK Negeri 3 Negara (jurusan Agribisnis Perikanan)
        Data yang diminta  : produksi ikan budidaya (lele, nila, udang) Kabupaten Jembrana per kecamatan tahun 2022-2025
        Tujuan penggunaan  : [ ] Penelitian   [X] Tugas sekolah   [ ] Bisnis   [ ] Lainnya
        Cara penyampaian   : [X] Email   [ ] Ambil di kantor

        Terima kasih Pak/Bu.
        '''), name='Putu Rian Adi Saputra', inst='SMK Negeri 3 Negara', **F)

    C('f12-req-aku-ubaya-lowercase-iphone', 'iphone', 'nadia kirana', 'nadiakirana.k@icloud.com', 'data umkm jembrana', T('''
        halo kak, aku nadia kirana mhs manajemen ubaya semester 5 🙏
        aku lg ngerjain paper mata kuliah kewirausahaan ttg umkm makanan olahan ikan di jembrana (pindang, abon, kerupuk ikan)
        boleh minta data jumlah usaha mikro kecil pengolahan ikan di jembrana per kecamatan ga kak? thn terbaru aja gpp
        makasih banyak kakk 🥹🙏

        Sent from my iPhone
        '''), name='nadia kirana', inst='ubaya', **F)

    C('f12-req-english-opening-indonesian-body-uph', 'gmail', 'Kezia Tanoto', 'kezia.tanoto@student.uph.edu',
      'Permintaan data pengeluaran rokok rumah tangga – Jembrana', T('''
        Hi, good afternoon! I'm Kezia Tanoto, a final-year Economics student at Universitas Pelita Harapan.

        Mohon maaf langsung ke intinya ya Pak/Bu. Untuk skripsi tentang beban pengeluaran rokok pada rumah tangga berpendapatan rendah, saya butuh data berikut untuk Kabupaten Jembrana:
        - rata-rata pengeluaran per kapita sebulan untuk rokok dan tembakau menurut kelompok pengeluaran (40% terbawah, 40% menengah, 20% teratas), 2019-2025;
        - persentase penduduk usia 15 tahun ke atas yang merokok, 2019-2025.

        Kalau datanya hanya tersedia sampai tingkat provinsi, tidak apa-apa, mohon diinformasikan saja.

        Terima kasih banyak, Pak/Bu!

        Kezia
        '''), name='Kezia Tanoto', inst='Universitas Pelita Harapan', **F)

    C('f12-req-shared-class-account-nim-only', 'gmail', 'ekonomi 2022', 'ekonomi.angkatan22@gmail.com',
      'Permohonan data PDRB untuk tugas Ekonometrika', T('''
        Selamat siang Bapak/Ibu,

        Saya mahasiswa Program Studi Ekonomi Pembangunan Universitas Udayana (NIM 2207511xxx). Email ini adalah email bersama angkatan kami. Untuk tugas mata kuliah Ekonometrika, saya memerlukan data PDRB atas dasar harga konstan 2010 menurut lapangan usaha Kabupaten Jembrana tahun 2010-2025, serta jumlah penduduk pada periode yang sama.

        Mohon data dikirim ke email ini. Terima kasih.
        '''), inst='Universitas Udayana', **F)

    C('f12-req-pattimura-beta-ambon', 'gmail', 'Johanis Latuheru', 'johanis.latuheru@faperta.unpatti.ac.id',
      'Minta tolong data cengkeh Jembrana', T('''
        Salam sejahtera Bapak/Ibu,

        Beta Johanis Latuheru, dosen di Fakultas Pertanian Universitas Pattimura, Ambon. Beta sedang bikin kajian perbandingan produktivitas dan harga cengkeh antara Maluku dan Bali, dan dengar-dengar Kecamatan Pekutatan termasuk sentra cengkeh di Bali.

        Beta mohon data:
        - luas tanaman dan produksi cengkeh per kecamatan di Jembrana, 2015-2025;
        - jumlah rumah tangga petani cengkeh (ST2023);
        - harga cengkeh kering di tingkat petani, kalau ada.

        Danke banyak (terima kasih banyak) sebelumnya.

        Salam,
        Johanis Latuheru
        '''), name='Johanis Latuheru', inst='Universitas Pattimura', **F)

    # ------------------------------------------------------------------------------------------------
    # Abroad
    # ------------------------------------------------------------------------------------------------
    C('f12-req-diaspora-vancouver-double-barrelled', 'gmail', 'Desi Arisandi-Thompson', 'desi.at@shaw.ca',
      'Permohonan data anak sekolah – dari Banjar Suka Duka Bali Vancouver', T('''
        Om Swastyastu Bapak/Ibu,

        Salam dari Vancouver, Kanada. Nama saya Ni Wayan Desi Arisandi-Thompson, asal Banjar Munduk, Desa Tukadaya; sudah 14 tahun tinggal di Kanada. Saya bendahara Banjar Suka Duka Bali Vancouver, perkumpulan warga Bali di British Columbia. Setiap Galungan kami mengumpulkan dana beasiswa, dan tahun ini anggota sepakat menyalurkannya untuk anak-anak di Jembrana.

        Supaya penyalurannya tepat sasaran, kami mohon data:
        - angka partisipasi sekolah SMP dan SMA per kecamatan di Jembrana (atau tingkat kabupaten kalau per kecamatan tidak ada);
        - persentase penduduk miskin Kabupaten Jembrana 2023-2025.

        Maaf kalau bahasa Indonesia saya sudah agak campur-campur, sehari-hari pakai English. Thank you so much and suksma!

        Om Santih, Santih, Santih Om
        Desi
        Treasurer, Banjar Suka Duka Bali Vancouver
        '''), name='Ni Wayan Desi Arisandi-Thompson', inst='Banjar Suka Duka Bali Vancouver', **F)

    C('f12-req-kenya-kmfri-seaweed', 'gmail', 'Esther Mwangi', 'emwangi@kmfri.go.ke',
      'Request for seaweed farming statistics – comparative study Kenya/Indonesia', T('''
        Dear Sir/Madam,

        Greetings from Mombasa. I am Dr. Esther Wanjiru Mwangi, a research scientist in the socio-economics section of the Kenya Marine and Fisheries Research Institute (KMFRI). We are preparing a comparative study of smallholder seaweed farming in Kibuyuni (Kwale County, Kenya) and in coastal Bali, and colleagues at the Indonesian Ministry of Marine Affairs and Fisheries suggested Jembrana as one of the sites.

        I would be grateful for the following for Jembrana Regency:
        1. annual production of seaweed (wet and dry weight) by kecamatan, 2015-2025;
        2. the number of seaweed farming households, from the Agricultural Census 2023 if available;
        3. the farm-gate price of dried seaweed, if collected.

        Asante sana, and thank you in advance for your help.

        Kind regards,
        Esther W. Mwangi, PhD
        Research Scientist, KMFRI
        '''), name='Dr. Esther Wanjiru Mwangi', inst='Kenya Marine and Fisheries Research Institute', lang='en', **F)

    C('f12-req-nmbu-norway-name-only-in-signature', 'outlook', 'Ingrid Solberg-Haugen', 'ingrid.solberg-haugen@nmbu.no',
      'Question re. rice field and subak statistics for Jembrana', T('''
        Dear colleagues at BPS Jembrana,

        I'm a PhD fellow working on the effects of land-use change on irrigated rice systems in Bali, with fieldwork planned in Jembrana and Tabanan in 2027. I have been able to download regency-level tables from your website, but I would need some finer detail:

        - wetland rice field area (lahan sawah) by kecamatan and, if possible, by desa, for every year from 2010 to 2025;
        - the number of subak by kecamatan;
        - harvested area of paddy by kecamatan, 2010-2025.

        If any of these are only available on request with a fee, please let me know the procedure.

        With best wishes,

        Ingrid Solberg-Haugen
        PhD Research Fellow
        Faculty of Landscape and Society
        Norwegian University of Life Sciences, Ås, Norway
        '''), name='Ingrid Solberg-Haugen', inst='Norwegian University of Life Sciences', lang='en', **F)

    C('f12-req-tiss-mumbai-english', 'gmail', 'Meenakshi Raghunathan', 'meenakshi.r@tiss.edu',
      'Data on early marriage and female labour in Jembrana', T('''
        Namaste and good afternoon,

        My name is Meenakshi Raghunathan and I am an Assistant Professor at the School of Development Studies, Tata Institute of Social Sciences, Mumbai. I am co-writing a book chapter on adolescent girls in South and Southeast Asia, with Bali as one of the Indonesian cases.

        Could you kindly help with these indicators for Jembrana Regency (or Bali Province if regency figures do not exist):
        a) percentage of women aged 20-24 who were first married before age 18, latest years;
        b) female labour force participation rate, 2018-2025;
        c) school participation rate of girls aged 16-18.

        I realise some of these come from Susenas and may only be reliable at province level. Any guidance would be most welcome.

        Warm regards,
        Meenakshi
        '''), name='Meenakshi Raghunathan', inst='Tata Institute of Social Sciences', lang='en', **F)

    C('f12-req-chile-two-surnames-latin1', 'latin1', 'Camila Rojas Valenzuela', 'cfrojas@uc.cl',
      'Request: coastal population data, Jembrana (tsunami preparedness study)', T('''
        Dear BPS Jembrana,

        ¡Hola! I am Camila Fernanda Rojas Valenzuela, a master's student in Urban and Regional Planning at the Pontificia Universidad Católica de Chile in Santiago. My thesis compares tsunami preparedness in small coastal towns of central Chile and southern Bali.

        I would like to request, for the coastal villages (desa) of Jembrana Regency:
        - population by age group and sex, 2020 and the latest year;
        - number of households and of buildings by main wall material, if available;
        - number of schools and health facilities per coastal desa (Podes).

        Thank you very much for your time. Muchas gracias.

        Camila Rojas V.
        '''), name='Camila Fernanda Rojas Valenzuela', inst='Pontificia Universidad Católica de Chile', lang='en', **F)

    C('f12-req-bologna-once-at-isi-bali', 'gmail', 'Giulia Bernardi', 'giulia.bernardi7@studio.unibo.it',
      'Permohonan data kerbau dan makepung', T('''
        Selamat siang Bapak dan Ibu,

        Nama saya Giulia Bernardi, dari Italia. Tahun 2024-2025 saya ikut program beasiswa Darmasiswa di Institut Seni Indonesia Bali dan belajar gamelan jegog di Jembrana. Sekarang saya mahasiswi S2 Antropologi Budaya di Università di Bologna dan menulis tesis tentang makepung (lomba kerbau) sebagai warisan budaya dan atraksi wisata.

        Saya mohon bantuan data:
        1. jumlah ternak kerbau per kecamatan di Kabupaten Jembrana, 2010-2025;
        2. jumlah rumah tangga yang memelihara kerbau (Sensus Pertanian 2013 dan 2023);
        3. kalau ada, jumlah wisatawan yang datang ke Jembrana pada bulan-bulan ada lomba makepung.

        Maaf kalau bahasa Indonesia saya tidak sempurna. Terima kasih banyak! Grazie mille.

        Salam,
        Giulia Bernardi
        '''), name='Giulia Bernardi', inst='Università di Bologna', **F)

    C('f12-req-al-azhar-student-bin', 'gmail', 'Ahmad Zaki Mubarak', 'zakimubarak.azhar@gmail.com',
      'Permohonan data untuk risalah S1 – mahasiswa Indonesia di Al-Azhar Kairo', T('''
        Bismillahirrahmanirrahim.
        Assalamu'alaikum warahmatullahi wabarakatuh.

        Yth. Bapak/Ibu di PST BPS Kabupaten Jembrana,

        Saya Ahmad Zaki Mubarak bin Hasan Basri, putra Kampung Loloan Barat, saat ini mahasiswa tingkat akhir Fakultas Syariah wal Qanun, Universitas Al-Azhar Kairo, Mesir. Risalah (tugas akhir) saya membahas sejarah dan perkembangan komunitas Melayu-Muslim Loloan di Jembrana.

        Dengan segala kerendahan hati saya memohon data:
        1. jumlah penduduk menurut agama di Kelurahan Loloan Barat dan Loloan Timur, SP2010 dan SP2020 (atau data terbaru);
        2. jumlah masjid, musala dan pondok pesantren di Kecamatan Negara (Podes);
        3. jumlah penduduk menurut bahasa yang digunakan sehari-hari di rumah, bila tersedia dari sensus.

        Karena saya berada di Kairo, mohon data dapat dikirim melalui email ini. Jazakumullahu khairan.

        Wassalamu'alaikum warahmatullahi wabarakatuh.

        Ahmad Zaki Mubarak
        '''), name='Ahmad Zaki Mubarak bin Hasan Basri', inst='Universitas Al-Azhar Kairo', **F)

    C('f12-req-czech-honorary-consul', 'gmail', 'Tomáš Novák', 'tomas.novak.bali@gmail.com',
      'Economic statistics for West Bali – Honorary Consulate of the Czech Republic', T('''
        Dear Sir or Madam,

        I am Tomáš Novák, Honorary Consul of the Czech Republic in Denpasar. A delegation of Czech small and medium-sized companies (agricultural machinery and food processing) will visit Bali in March 2027 and has asked us for a short economic profile of West Bali, including Jembrana.

        Could you please provide:
        1. GRDP by industry at current prices, Jembrana Regency, 2021-2025;
        2. the number of large and medium manufacturing establishments by industry;
        3. production of the main crops (paddy, coconut, cocoa, coffee), 2021-2025.

        Tables in Indonesian are perfectly fine. Thank you very much in advance.

        Yours faithfully,

        Tomáš Novák
        Honorary Consul
        Honorary Consulate of the Czech Republic in Denpasar
        '''), name='Tomáš Novák', inst='Honorary Consulate of the Czech Republic in Denpasar', lang='en', **F)

    C('f12-req-fiji-usp-customary-villages', 'outlook', 'Litia Tuilau', 'litia.tuilau@usp.ac.fj',
      'Request for data on customary villages (desa adat) in Jembrana', T('''
        Bula vinaka from Suva!

        My name is Litia Tuilau and I lecture in Pacific Land and Governance at the University of the South Pacific, Fiji. I am working on a comparative paper on how customary village institutions (our mataqali and vanua; your desa adat and banjar) coexist with the state village administration.

        For Jembrana Regency, I would like to ask for:
        - the number of desa adat and banjar adat by kecamatan;
        - the number of administrative desa/kelurahan and dusun/lingkungan by kecamatan;
        - population by kecamatan, 2025.

        Vinaka vakalevu (thank you very much) for your help.

        Litia Tuilau
        School of Law and Social Sciences
        The University of the South Pacific
        '''), name='Litia Tuilau', inst='University of the South Pacific', lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Private persons and vague mails
    # ------------------------------------------------------------------------------------------------
    C('f12-req-papuan-worker-sa-pu-nama-no-inst', 'gmail', 'Yakob Wanimbo', 'yakobwanimbo88@gmail.com',
      'Tanya data upah dan lapangan kerja', T('''
        Selamat sore Bapak Ibu di BPS.

        Sa pu nama Yakob Wanimbo, asal dari Wamena, sudah tinggal di Negara sejak 2019 dan kerja serabutan (bangunan, angkut barang di pasar). Sa tidak kerja di kantor atau perusahaan mana-mana. Sa ada rencana bawa adik-adik dari kampung untuk kerja di Jembrana, jadi sa mau tahu dulu:
        1. upah rata-rata buruh dan pekerja bebas di Jembrana berapa;
        2. lapangan usaha apa yang paling banyak serap tenaga kerja di Jembrana.

        Terima kasih banyak, Tuhan berkati.

        Yakob
        '''), name='Yakob Wanimbo', **F)

    C('f12-req-civil-servant-writes-privately', 'gmail', 'Ngurah Wiradharma', 'ngurahwiradharma@gmail.com',
      'Mohon data status kepemilikan rumah dan penduduk pendatang', T('''
        Selamat pagi Bapak/Ibu,

        Saya I Gusti Ngurah Bagus Wiradharma. Sehari-hari saya ASN di Sekretariat Daerah Kabupaten Jembrana, tetapi permohonan ini saya ajukan secara pribadi dan tidak mewakili instansi: saya sedang menimbang membangun rumah kos di sekitar Kota Negara.

        Mohon data:
        - persentase rumah tangga menurut status kepemilikan bangunan tempat tinggal (milik sendiri, kontrak/sewa, bebas sewa), per kecamatan atau tingkat kabupaten, 2022-2025;
        - jumlah penduduk migran risen di Kecamatan Negara dan Kecamatan Jembrana.

        Terima kasih.

        Salam,
        Ngurah Wiradharma
        '''), name='I Gusti Ngurah Bagus Wiradharma', **F)

    C('f12-req-vague-what-data-exist-teacher', 'yahoo', 'Sri Wahyuni', 'sriwahyuni.guru@yahoo.co.id',
      'Data apa saja yang ada?', T('''
        Selamat siang,

        Saya Sri Wahyuni, guru honorer di SD Negeri 2 Baluk. Saya ingin tahu data apa saja yang tersedia di BPS Jembrana dan bagaimana cara memintanya. Siapa tahu ada yang bisa saya pakai untuk mengajar.

        Terima kasih.

        Sri Wahyuni

        Dikirim dari Yahoo Mail di Android
        '''), name='Sri Wahyuni', inst='SD Negeri 2 Baluk', req=False, **F)

    C('f12-req-vague-hipmi-audience', 'outlook', 'Sekretariat HIPMI Jembrana', 'hipmi.jembrana@gmail.com',
      'Permohonan audiensi', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dengan hormat, kami pengurus HIPMI Kabupaten Jembrana masa bakti 2026-2029 yang baru dilantik bermaksud melakukan audiensi dan silaturahmi dengan Bapak/Ibu Kepala BPS Kabupaten Jembrana. Mohon informasi waktu yang berkenan.

        Hormat kami,

        Rizky Pratama Putra
        Sekretaris Umum
        HIPMI Kabupaten Jembrana
        '''), name='Rizky Pratama Putra', inst='HIPMI Kabupaten Jembrana', req=False, **F)

    C('f12-req-vague-en-nigeria-what-support', 'gmail', 'Chukwuemeka Okonkwo-Adeyemi', 'c.okonkwoadeyemi@unilag.edu.ng',
      'Possible research support', T('''
        Good day Sir/Ma,

        I am Chukwuemeka Okonkwo-Adeyemi, a lecturer in the Department of Geography, University of Lagos, Nigeria. I am developing a proposal on coastal livelihoods in the tropics and Bali is one of the places I am considering. Please, does your office support foreign researchers, and what kind of assistance can you offer?

        I look forward to hearing from you.

        Yours faithfully,
        Dr. C. Okonkwo-Adeyemi
        '''), name='Chukwuemeka Okonkwo-Adeyemi', inst='University of Lagos', req=False, lang='en', **F)

    # ------------------------------------------------------------------------------------------------
    # Replies on tickets
    # ------------------------------------------------------------------------------------------------
    C('f12-reply-android-gives-institution-after-ask', 'gmail', 'Siti Maemunah', 'sitimaemunah.melaya@gmail.com',
      'Re: ' + SUBJ_ASK % 1201, T('''
        Oh iya maaf bu/pak kelupaan. Saya dari Koperasi Wanita Srikandi Melaya, sebagai bendahara. Datanya untuk bahan laporan RAT koperasi bulan depan.

        Terima kasih 🙏
        Siti Maemunah
        '''), kind='reply', name='Siti Maemunah', inst='Koperasi Wanita Srikandi Melaya', req=False,
      ticket='PST-2026-01201', quote=aq(ASK), **rp(1201), **F)

    C('f12-reply-thanks-new-mail-no-ticket', 'outlook', 'Ni Komang Tri Utami', 'triutami.ekonomi@jembranakab.go.id',
      'Terima kasih atas datanya', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Kami sampaikan terima kasih atas data harga gabah, produksi padi dan jumlah penggilingan padi yang dikirimkan Jumat lalu. Data tersebut sudah kami gunakan dalam rapat Tim Pengendalian Inflasi Daerah hari ini dan sangat membantu. Semoga kerja sama yang baik ini terus berlanjut.

        Salam,
        Ni Komang Tri Utami
        Subbagian Perekonomian
        Bagian Perekonomian Sekretariat Daerah Kabupaten Jembrana
        '''), kind='reply', name='Ni Komang Tri Utami', inst='Bagian Perekonomian Sekretariat Daerah Kabupaten Jembrana',
      req=False, **F)

    C('f12-reply-en-definition-question-kmfri', 'gmail', 'Esther Mwangi', 'emwangi@kmfri.go.ke',
      'Re: ' + SUBJ_DATA % 1203, T('''
        Dear PST team,

        Thank you very much for the tables, which arrived quickly. Two small questions before we use them: is the seaweed production in the 2023-2025 table given in wet weight or dry weight, and are there figures by desa for Kecamatan Melaya and Kecamatan Jembrana? Our Kenyan sites are village-level, so desa figures would make the comparison much fairer.

        Kind regards,
        Esther W. Mwangi
        '''), kind='reply', name='Esther W. Mwangi', req=True, lang='en', ticket='PST-2026-01203',
      quote=gq(DELIV_EN % 1203), **rp(1203), **F)

    C('f12-reply-trainee-passed-data-to-branch-head', 'outlook', 'Clarissa Angelina Wijaya', 'clarissa.angelina@btn.co.id',
      'RE: ' + SUBJ_DATA % 1204, T('''
        Yth. Bapak/Ibu PST,

        Data sudah kami terima dengan baik dan sudah saya sampaikan kepada Bapak Kepala Cabang. Terima kasih atas bantuan dan respons yang cepat.

        Hormat kami,
        Clarissa Angelina Wijaya
        PT Bank Tabungan Negara (Persero) Tbk
        Kantor Cabang Denpasar
        '''), kind='reply', name='Clarissa Angelina Wijaya', inst='PT Bank Tabungan Negara (Persero) Tbk Kantor Cabang Denpasar',
      req=False, ticket='PST-2026-01204',
      quote=oq(DELIV_ID % 1204, 'Clarissa Angelina Wijaya <clarissa.angelina@btn.co.id>', SUBJ_DATA % 1204, 'id'),
      **rp(1204), **F)

    C('f12-reply-other-delivery-address', 'gmail', 'Rian Saputra', 'riansaputra.smkn3@gmail.com', 'Re: ' + SUBJ_ACK % 1205, T('''
        Selamat siang Pak/Bu,

        Mohon izin, nanti datanya dikirim ke email guru pembimbing saya saja ya, Ibu Ni Putu Sri Handayani (sri.handayani.smkn3ngr@gmail.com), karena kuota HP saya sering habis. Terima kasih Pak/Bu.

        Rian
        '''), kind='reply', name='Rian', req=False, ticket='PST-2026-01205',
      quote=aq(ACK % (1205, 'Putu Rian Adi Saputra', 'SMK Negeri 3 Negara',
                      'Produksi ikan budidaya per kecamatan 2022-2025')), **rp(1205), **F)

    C('f12-reply-yahoo-adds-need-as-table', 'yahoo', 'Meilani Tanuwijaya', 'meilani_tanuwijaya@yahoo.com',
      'Re: ' + SUBJ_DATA % 1206, T('''
        Selamat sore,

        Terima kasih, data lansia per kecamatan sudah saya terima. Kalau boleh, sekalian saya minta data berikut:

        Data                                   | Wilayah          | Tahun
        Jumlah rumah sakit dan puskesmas       | per kecamatan    | 2025
        Jumlah dokter dan perawat              | Kab. Jembrana    | 2023-2025

        Terima kasih banyak.

        Salam,
        Meilani T.
        '''), kind='reply', name='Meilani T.', req=True, ticket='PST-2026-01206', quote=yq(DELIV_ID % 1206),
      **rp(1206), **F)

    C('f12-reply-iphone-ok-siap', 'iphone', 'nadia kirana', 'nadiakirana.k@icloud.com', 'Re: ' + SUBJ_ACK % 1207, T('''
        ok siap kak, ditunggu yaa 🙏✨

        Sent from my iPhone
        '''), kind='reply', req=False, ticket='PST-2026-01207',
      quote=iq(ACK % (1207, 'nadia kirana', 'ubaya', 'Jumlah usaha mikro kecil pengolahan ikan per kecamatan')),
      **rp(1207), **F)

    C('f12-reply-javanese-thanks', 'gmail', 'Sri Sumarni', 'srisumarni.tegalbadeng@gmail.com', 'Re: ' + SUBJ_DATA % 1208, T('''
        Sugeng siang,

        Matur nuwun sanget, datanipun sampun kula tampi kanthi sae. Mugi-mugi BPS Jembrana tansah rahayu lan lancar anggenipun ngladosi masyarakat.

        Nuwun,
        Sri Sumarni
        '''), kind='reply', name='Sri Sumarni', req=False, ticket='PST-2026-01208', quote=gq(DELIV_ID % 1208, 'id'),
      **rp(1208), **F)

    C('f12-reply-outlook-ios-status-question', 'outlook', 'Sekretariat FDSD Bali', 'sekretariat.fdsdbali@gmail.com',
      'RE: ' + SUBJ_ACK % 1209, T('''
        Selamat pagi Bapak/Ibu,

        Izin menanyakan perkembangan permintaan bahan kami. Bahan tersebut akan dipakai Bapak Ketua Forum pada Rapat Pleno 10 Desember, sehingga kami perlu menerimanya paling lambat 4 Desember.

        Terima kasih.

        Luh Made Ayu Kusumaningrat
        Sekretariat Forum Data dan Statistik Daerah Provinsi Bali

        Dapatkan Outlook untuk iOS
        '''), kind='reply', name='Luh Made Ayu Kusumaningrat', inst='Forum Data dan Statistik Daerah Provinsi Bali',
      req=False, ticket='PST-2026-01209',
      quote=oq(ACK % (1209, 'Luh Made Ayu Kusumaningrat', 'Forum Data dan Statistik Daerah Provinsi Bali',
                      'PDRB per kapita, IPM, kemiskinan dan Gini 2021-2025'),
               'Sekretariat FDSD Bali <sekretariat.fdsdbali@gmail.com>', SUBJ_ACK % 1209, 'id'), **rp(1209), **F)

    C('f12-reply-thunderbird-bottom-narrows-request', 'thunderbird', 'Marthen Rumbiak', 'marthen.rumbiak@uncen.ac.id',
      'Re: [PST-2026-01210] Konfirmasi kebutuhan data',
      tq(EXPLAIN % 1210) + '\n\n' + T('''
        Terima kasih atas penjelasannya. Kalau begitu cukup data jumlah penduduk per kecamatan hasil SP2000, SP2010 dan SP2020 saja, dan data migrasi seumur hidup tingkat kabupaten. Data SP1971-SP1990 akan kami cari sendiri di perpustakaan BPS Provinsi saat ke Denpasar.

        Salam,
        Marthen Rumbiak
        '''), kind='reply', name='Marthen Rumbiak', req=True, ticket='PST-2026-01210', wrap=72, **rp(1210), **F)

    # ------------------------------------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------------------------------------
    C('f12-rating-sangat-puas-five-in-brackets', 'gmail', 'Desa Wisata Manggissari', 'dewimanggissari@gmail.com',
      'Re: ' + SUBJ_RATE % 1221, T('''
        Om Swastyastu,

        Sangat puas (5). Semua data di tabel kami terjawab, dan yang tidak ada di BPS pun diberi arahan harus minta ke mana. Suksma!

        Kadek Dwi Ariani
        Kelompok Pengelola Desa Wisata Manggissari
        '''), kind='rating', rating=5, name='Kadek Dwi Ariani', inst='Kelompok Pengelola Desa Wisata Manggissari',
      req=False, ticket='PST-2026-01221', quote=gq(RATE_ID % 1221, 'id'), **rp(1221), **F)

    C('f12-rating-nilai-sempurna-words', 'gmail', 'KONI Jembrana', 'konijembrana.official@gmail.com',
      'Re: ' + SUBJ_RATE % 1222, T('''
        Salam olahraga!

        Nilai sempurna untuk PST BPS Jembrana. Data dikirim sehari setelah diminta dan sudah dipilah per kecamatan persis seperti yang kami perlukan.

        Ketut Adi Wiguna
        KONI Kabupaten Jembrana
        '''), kind='rating', rating=5, name='Ketut Adi Wiguna', inst='KONI Kabupaten Jembrana', req=False,
      ticket='PST-2026-01222', quote=gq(RATE_ID % 1222, 'id'), **rp(1222), **F)

    C('f12-rating-en-two-of-five-chile', 'gmail', 'Camila Rojas Valenzuela', 'cfrojas@uc.cl', 'Re: ' + SUBJ_RATE % 1223, T('''
        Hello,

        Rating: 2/5. The population tables were helpful, but the building and Podes data were never sent, and my two follow-up emails (12 and 19 November) were not answered before the ticket was closed.

        Best,
        Camila Rojas V.
        '''), kind='rating', rating=2, name='Camila Rojas V.', req=False, lang='en', ticket='PST-2026-01223',
      quote=gq(RATE_EN % 1223), **rp(1223), **F)

    C('f12-rating-outlook-table-overall-row', 'outlook', 'Ayu Ratnaningsih', 'ayu.ratnaningsih@bpjs-kesehatan.go.id',
      'RE: ' + SUBJ_RATE % 1224, T('''
        Selamat siang,

        Berikut penilaian kami:

        | Aspek                 | Nilai |
        |-----------------------|-------|
        | Kecepatan respons     | 4     |
        | Kelengkapan data      | 5     |
        | Kejelasan penjelasan  | 5     |
        | Keseluruhan           | 5     |

        Terima kasih atas kerja samanya.

        Ayu Ratnaningsih
        BPJS Kesehatan Kantor Cabang Singaraja
        '''), kind='rating', rating=5, name='Ayu Ratnaningsih', inst='BPJS Kesehatan Kantor Cabang Singaraja', req=False,
      ticket='PST-2026-01224',
      quote=oq(RATE_ID % 1224, 'Ayu Ratnaningsih <ayu.ratnaningsih@bpjs-kesehatan.go.id>', SUBJ_RATE % 1224, 'id'),
      **rp(1224), **F)

    C('f12-rating-yahoo-three-cukup', 'yahoo', 'Meilani Tanuwijaya', 'meilani_tanuwijaya@yahoo.com',
      'Re: ' + SUBJ_RATE % 1225, T('''
        Nilai: 3 (cukup).

        Data lansia cepat dikirim, tapi data disabilitas ternyata tidak ada dan baru diberi tahu setelah saya tanya dua kali.

        Meilani T.
        '''), kind='rating', rating=3, name='Meilani T.', req=False, ticket='PST-2026-01225', quote=yq(RATE_ID % 1225),
      **rp(1225), **F)

    C('f12-rating-alhamdulillah-five-cairo', 'gmail', 'Ahmad Zaki Mubarak', 'zakimubarak.azhar@gmail.com',
      'Re: ' + SUBJ_RATE % 1226, T('''
        Assalamu'alaikum wr. wb.

        Alhamdulillah, data sudah saya terima di Kairo dan sangat membantu risalah saya. Nilai saya 5. Jazakumullahu khairan katsiran.

        Wassalamu'alaikum wr. wb.
        Ahmad Zaki Mubarak
        '''), kind='rating', rating=5, name='Ahmad Zaki Mubarak', req=False, ticket='PST-2026-01226',
      quote=gq(RATE_ID % 1226, 'id'), **rp(1226), **F)

    C('f12-rating-iphone-one-sangat-tidak-puas', 'iphone', 'Gede Wahyu', 'gedewahyu.k@icloud.com', 'Re: ' + SUBJ_RATE % 1227, T('''
        1 (sangat tidak puas). Data yg dikirim tahun 2019, saya minta 2025. Sudah sy jelaskan di email pertama.

        Dikirim dari iPhone saya
        '''), kind='rating', rating=1, req=False, ticket='PST-2026-01227', quote=iq(RATE_ID % 1227), **rp(1227), **F)

    C('f12-rating-papuan-sa-kasih-empat', 'gmail', 'Yakob Wanimbo', 'yakobwanimbo88@gmail.com', 'Re: ' + SUBJ_RATE % 1228, T('''
        Selamat sore.

        Sa kasih nilai 4. Petugas baik, sa dijelaskan pelan-pelan lewat email. Cuma data upah pekerja bebas belum ada yang per kabupaten.

        Terima kasih, Tuhan berkati.
        Yakob Wanimbo
        '''), kind='rating', rating=4, name='Yakob Wanimbo', req=False, ticket='PST-2026-01228',
      quote=aq(RATE_ID % 1228), **rp(1228), **F)

    # ------------------------------------------------------------------------------------------------
    # Complaints
    # ------------------------------------------------------------------------------------------------
    C('f12-complaint-scanned-pdf-not-machine-readable', 'outlook', 'Rizky Amalia Harahap', 'rizky.amalia@ldfebui.org',
      'RE: ' + SUBJ_DATA % 1231, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Terima kasih atas kirimannya, namun kami perlu menyampaikan keberatan. Ketiga tabel dikirim sebagai hasil pindaian (scan) dalam satu PDF berupa gambar, sebagian miring dan buram, sehingga angka-angkanya tidak dapat disalin dan harus kami ketik ulang satu per satu. Untuk lembaga penelitian, hal ini sangat menyulitkan dan berisiko salah ketik.

        Mohon ke depan data dikirim dalam format Excel atau CSV, dan mohon tabel yang sama dikirim ulang dalam format tersebut.

        Hormat kami,
        Rizky Amalia Harahap
        Lembaga Demografi FEB Universitas Indonesia
        '''), kind='complaint', name='Rizky Amalia Harahap', inst='Universitas Indonesia', req=False,
      ticket='PST-2026-01231',
      quote=oq(DELIV_ID % 1231, 'Rizky Amalia Harahap <rizky.amalia@ldfebui.org>', SUBJ_DATA % 1231, 'id'),
      **rp(1231), **F)

    C('f12-complaint-impostor-asks-transfer', 'gmail', 'Made Rai Suastini', 'raisuastini.warung@gmail.com',
      'Ada yang mengaku petugas BPS minta transfer', T('''
        Selamat siang Bapak/Ibu,

        Saya Ni Made Rai Suastini, pedagang di Pasar Umum Negara. Kemarin sore saya ditelepon lalu di-WA oleh nomor 0812-9xxx-xxxx yang mengaku petugas BPS Jembrana. Katanya warung saya terpilih untuk "pemutakhiran data bansos UMKM" dan saya harus transfer Rp350.000 untuk biaya verifikasi supaya dapat bantuan Rp5 juta. Untung anak saya curiga dan saya tidak jadi transfer.

        Tetangga saya katanya sudah transfer. Mohon BPS mengumumkan bahwa ini penipuan, dan kalau bisa dilaporkan ke polisi.

        Terima kasih.
        Made Rai Suastini
        '''), kind='complaint', name='Ni Made Rai Suastini', req=False, **F)

    C('f12-complaint-letter-with-nik-shared-in-whatsapp', 'gmail', 'Gede Wahyu Kurniawan', 'gedewahyu.k@icloud.com',
      'Keberatan: surat permohonan saya tersebar di grup WhatsApp', T('''
        Yth. Kepala BPS Kabupaten Jembrana,

        Dengan hormat, saya menyampaikan keberatan. Surat permohonan data yang saya serahkan di loket PST pada 16 November, yang memuat NIK, alamat rumah dan nomor HP saya, kemarin beredar di sebuah grup WhatsApp warga banjar kami dalam bentuk foto. Menurut yang mengirim, foto itu ia dapat dari "orang dalam BPS".

        Saya minta hal ini diperiksa, petugas yang menyebarkan diberi sanksi, dan ada jaminan bahwa dokumen pemohon tidak difoto atau dibagikan sembarangan.

        Hormat saya,
        Gede Wahyu Kurniawan
        '''), kind='complaint', name='Gede Wahyu Kurniawan', req=False, **F)

    C('f12-complaint-en-told-to-come-in-person', 'outlook', 'Ingrid Solberg-Haugen', 'ingrid.solberg-haugen@nmbu.no',
      'Complaint: asked to collect data in person', T('''
        Dear PST team,

        I am writing to express my frustration. After waiting ten days for an answer to my request for rice field and subak statistics, I was told by phone that the desa-level data "can only be collected at the office in Negara". I live in Norway and will not be in Bali until June. No alternative (a scanned table, a paid service, a letter) was offered, and my follow-up email has not been answered.

        Surely a public statistics office can send tables by email. I would appreciate a proper response.

        Best regards,
        Ingrid Solberg-Haugen
        Norwegian University of Life Sciences
        '''), kind='complaint', name='Ingrid Solberg-Haugen', inst='Norwegian University of Life Sciences', req=False,
      lang='en', **F)

    C('f12-complaint-paid-publication-never-sent', 'yahoo', 'Wayan Gede Suardana', 'wg.suardana@yahoo.co.id',
      'Buku yang sudah dibayar belum dikirim', T('''
        Selamat pagi,

        Pada tanggal 19 Oktober saya memesan dua buku cetak "Kabupaten Jembrana Dalam Angka 2026" untuk Perpustakaan Desa Yehembang dan sudah membayar melalui billing PNBP (bukti bayar sudah saya kirim, nomor tiket PST-2026-01235). Petugas menjanjikan buku dikirim melalui pos dalam dua minggu. Sudah lebih dari sebulan, bukunya belum datang dan email saya tidak dijawab.

        Mohon kejelasan: apakah buku sudah dikirim, dan jika belum, kapan?

        Terima kasih.
        I Wayan Gede Suardana
        Pengelola Perpustakaan Desa Yehembang
        '''), kind='complaint', name='I Wayan Gede Suardana', inst='Perpustakaan Desa Yehembang', req=False,
      ticket='PST-2026-01235', **F)

    C('f12-complaint-facilities-gue-slang', 'iphone', 'Rendy', 'rendyyy.ps@icloud.com', 'saran buat kantor bps', T('''
        sore min. gue Rendy, kemarin dtg ke kantor buat ambil data. jujur aja ya min: toilet pengunjung rusak (ga bisa di-flush), parkir motor sempit bgt sampe gue parkir di pinggir jalan, terus ruang tunggu panas, kipasnya mati. pelayanan petugasnya sih oke, tapi fasilitasnya tolong dibenerin ya min 🙏

        Sent from my iPhone
        '''), kind='complaint', name='Rendy', req=False, **F)

    C('f12-complaint-rar-attachment-blocked', 'gmail', 'Bagus Setyo Wibowo', 'bagus.setyo@plnnp.co.id',
      'Re: ' + SUBJ_DATA % 1237, T('''
        Selamat siang Bapak/Ibu PST,

        Mohon maaf, ini sudah ketiga kalinya data untuk kami dikirim dalam bentuk file .rar, dan setiap kali lampirannya diblokir oleh server email kantor kami (file arsip terkompresi tidak diizinkan demi keamanan). Saya sudah menyampaikannya di balasan sebelumnya, tetapi kiriman berikutnya tetap .rar. Laporan social mapping kami jadi tertunda.

        Mohon dikirim langsung dalam format Excel/PDF tanpa dikompres, atau melalui tautan Google Drive.

        Terima kasih.

        Bagus Setyo Wibowo
        Officer CSR & Stakeholder Relations
        PT PLN Nusantara Power UP Gilimanuk
        '''), kind='complaint', name='Bagus Setyo Wibowo', inst='PT PLN Nusantara Power UP Gilimanuk', req=False,
      ticket='PST-2026-01237', quote=gq(DELIV_ID % 1237, 'id'), **rp(1237), **F)

    # ------------------------------------------------------------------------------------------------
    # Auto-replies
    # ------------------------------------------------------------------------------------------------
    C('f12-ooo-outlook-id-galungan-leave-headers', 'outlook', 'Eka Sriasih', 'blk.jembrana@gmail.com',
      'Balasan Otomatis: ' + SUBJ_DATA % 1241, T('''
        Om Swastyastu,

        Terima kasih atas email Bapak/Ibu. Sehubungan dengan Hari Raya Galungan dan Kuningan, saya sedang cuti sampai dengan 2 Desember 2026. Email Bapak/Ibu akan saya tanggapi setelah saya kembali bertugas. Untuk keperluan mendesak, silakan menghubungi Tata Usaha UPTD BLK di (0365) 41xxx.

        Rahajeng nyanggra rahina Galungan lan Kuningan.

        Suksma.
        '''), kind='auto_reply', req=False, ticket='PST-2026-01241',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(1241), **F)

    C('f12-ooo-german-english-abwesenheitsnotiz', 'plain', 'Katharina Vogel', 'k.vogel@uni-hohenheim.de',
      'Abwesenheitsnotiz: ' + SUBJ_ACK % 1242, T('''
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember 2026 auf Dienstreise und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an das Sekretariat (sekretariat490a@uni-hohenheim.de).

        Thank you for your message. I am travelling on business until 4 December 2026 with limited access to email. For urgent matters, please contact the secretariat (sekretariat490a@uni-hohenheim.de).

        Dr. Katharina Vogel
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01242',
      extra=[('Auto-Submitted', 'auto-replied')], **rp(1242), **F)

    C('f12-ooo-yahoo-kkn-supervision-no-headers', 'yahoo', 'Johanis Latuheru', 'johanis.latuheru@yahoo.com',
      'Re: ' + SUBJ_ACK % 1243, T('''
        [Pesan otomatis]

        Terima kasih atas email Bapak/Ibu. Mulai 20 November s.d. 18 Desember 2026 saya sedang mendampingi mahasiswa KKN di Pulau Seram bagian timur yang sinyalnya terbatas, sehingga email belum bisa dibalas segera. Untuk urusan akademik silakan hubungi Program Studi Agribisnis Universitas Pattimura.

        Salam,
        Johanis Latuheru
        '''), kind='auto_reply', req=False, ticket='PST-2026-01243', **rp(1243), **F)

    C('f12-ooo-plain-retirement-own-subject', 'plain', 'I Made Wiratha', 'madewiratha.disperkimtan@jembranakab.go.id',
      'Pesan otomatis: purna tugas', T('''
        Om Swastyastu,

        Terhitung 1 November 2026 saya telah memasuki masa purna tugas dan alamat email ini tidak lagi dipantau. Untuk urusan kedinasan, mohon menghubungi Sekretariat Dinas melalui sekretariat.disperkimtan@jembranakab.go.id.

        Terima kasih atas kerja sama selama ini.

        Om Santih, Santih, Santih Om
        '''), kind='auto_reply', req=False, extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')],
      **rp(1244), **F)

    C('f12-ooo-gmail-en-research-vessel-xautoreply', 'gmail', 'Dr. Esther Mwangi', 'emwangi@kmfri.go.ke',
      'Re: ' + SUBJ_RATE % 1245, T('''
        Automatic reply: I am currently on board the RV Mtafiti on a research cruise off the Kenyan coast until 15 December 2026. Satellite email is limited to short text messages, so attachments will not reach me. I will respond after my return to Mombasa.

        Esther W. Mwangi
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-01245',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(1245), **F)

    # ------------------------------------------------------------------------------------------------
    # Bounces
    # ------------------------------------------------------------------------------------------------
    D('f12-dsn-qmail-no-mailbox', dict(
        recipient='hello@kriyalab.id', original_message_id=OUR(1251, '9b3e6a21'),
        orig_subject=SUBJ_ACK % 1251, status='5.1.1', mta='mail.kriyalab.id',
        **{'from': 'MAILER-DAEMON@mail.kriyalab.id',
           'subject': 'failure notice',
           'text': ('Hi. This is the qmail-send program at mail.kriyalab.id.\n'
                    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                    "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                    '<hello@kriyalab.id>:\n'
                    'Sorry, no mailbox here by that name. (#5.1.1)')}), 'PST-2026-01251', **F)

    D('f12-dsn-yahoo-no-account', dict(
        recipient='meilani_tanuwijaya@yahoo.co.id', original_message_id=OUR(1252, '9b3e6a21'),
        orig_subject=SUBJ_DATA % 1252, status='5.0.0',
        **{'from': 'Mail Delivery Subsystem <MAILER-DAEMON@yahoo.com>',
           'subject': 'Failure Notice',
           'text': ('Sorry, we were unable to deliver your message to the following address.\n\n'
                    '<meilani_tanuwijaya@yahoo.co.id>:\n'
                    "554: delivery error: dd This user doesn't have a yahoo.co.id account "
                    '(meilani_tanuwijaya@yahoo.co.id) [0] - mta4471.mail.gq1.yahoo.com')}), 'PST-2026-01252', **F)

    D('f12-dsn-exchange-indonesian-message-too-large', dict(
        recipient='clarissa.angelina@btn.co.id', original_message_id=OUR(1253, '9b3e6a21'),
        orig_subject=SUBJ_DATA % 1253, status='5.3.4', mta='btn.co.id',
        **{'from': 'Microsoft Outlook <postmaster@btn.co.id>',
           'subject': 'Tidak dapat dikirim: ' + SUBJ_DATA % 1253,
           'text': ('Pesan Anda ke clarissa.angelina@btn.co.id tidak dapat dikirim.\n\n'
                    'Pesan terlalu besar untuk diterima oleh sistem email penerima.\n\n'
                    'Tindakan yang Diperlukan\n'
                    'Kurangi ukuran pesan (misalnya dengan memperkecil lampiran), lalu kirim ulang.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: SI2PR01MB4432.apcprd01.prod.exchangelabs.com\n'
                    'clarissa.angelina@btn.co.id\n'
                    "Server Jarak Jauh mengembalikan '552 5.3.4 Message size exceeds fixed maximum message size'")}),
      'PST-2026-01253', lang='id', **F)

    D('f12-dsn-postfix-gave-up-after-five-days', dict(
        recipient='marthen.rumbiak@uncen.ac.id', original_message_id=OUR(1254, '9b3e6a21'),
        orig_subject=SUBJ_RATE % 1254, status='4.4.1', action='failed',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              'For further assistance, please send mail to postmaster.\n\n'
              '<marthen.rumbiak@uncen.ac.id>: delivery temporarily suspended: connect to\n'
              '    mail.uncen.ac.id[103.31.206.18]:25: Connection timed out\n\n'
              'Message could not be delivered for 5 days. Message will be deleted from queue.')),
      'PST-2026-01254', **F)
