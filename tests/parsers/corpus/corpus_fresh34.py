# corpus_fresh34.py: a thirty-fourth batch, written blind by another independent author who saw neither the
# parser nor its results (set "fresh34"; tickets PST-2026-034xx).
import textwrap


def T(s):
    """A mail body written as an indented triple-quoted block."""
    return textwrap.dedent(s).strip('\n')


def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    F = dict(sset='fresh34')

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
        return dict(in_reply_to=OUR(n, '7d21c4a9'), references=[OUR(n, '7d21c4a9')])

    # ================================================================================================
    # New requests: universities and academics, Indonesia
    # ================================================================================================
    C('f34-req-ulm-banjar-shrimp-thesis-letter', 'gmail', 'Rizky Aulia', 'rizkyaulia.rahman@mhs.ulm.ac.id',
      'Permohonan Data Produksi Udang Vaname untuk Skripsi', T('''
        Assalamualaikum warahmatullahi wabarakatuh,

        Yth. Bapak/Ibu Petugas PST BPS Kabupaten Jembrana,

        Perkenalkan, nama saya Muhammad Rizky Aulia Rahman, mahasiswa tingkat akhir Program Studi Agribisnis Perikanan, Fakultas Perikanan dan Kelautan, Universitas Lambung Mangkurat, Banjarbaru. Skripsi saya membahas efisiensi usaha tambak udang vaname intensif di dua wilayah, yaitu Kabupaten Tanah Laut dan Kabupaten Jembrana.

        Sehubungan dengan itu, saya memohon data berikut:
        1. luas areal dan produksi budidaya tambak udang per kecamatan, 2020-2025;
        2. jumlah rumah tangga/perusahaan budidaya udang (ST2023);
        3. harga udang vaname di tingkat pembudidaya, bila ada.

        Surat pengantar dari fakultas saya lampirkan. Atas perhatian dan bantuannya saya ucapkan terima kasih.

        Wassalamualaikum warahmatullahi wabarakatuh.

        Hormat saya,
        M. Rizky Aulia Rahman
        NIM 2010714310021
        HP 0852-4811-xxxx
        '''), name='Muhammad Rizky Aulia Rahman', inst='Universitas Lambung Mangkurat',
      attachments=[PDF('Surat Pengantar Penelitian FPK ULM.pdf')], **F)

    C('f34-req-unair-chat-abbrev-iphone', 'iphone', 'Nadya', 'nadyakirana.pk@icloud.com', 'data kemiskinan jembrana', T('''
        haloo kak selamat siang 🙏
        sy Nadya Putri Kirana, mhs S1 ekonomi unair smt 7. mau minta tolong kak, sy lg ngerjain paper buat lomba ttg kemiskinan di bali bagian barat. butuh data garis kemiskinan, jml & persentase penduduk miskin kab jembrana 2018-2025 kak. kalo ada yg per kecamatan jg boleh bgt 😭
        makasih bnyk kak!!

        Dikirim dari iPhone saya
        '''), name='Nadya Putri Kirana', inst='unair', **F)

    C('f34-req-nommensen-lecturer-thunderbird-wrapped', 'thunderbird', 'Rumondang Sihombing',
      'rumondang.sihombing@uhn.ac.id', 'Permohonan data tenaga kerja perempuan sektor pariwisata', T('''
        Horas, salam sejahtera,

        Yth. Bapak/Ibu Pengelola Pelayanan Statistik Terpadu BPS Kabupaten Jembrana,

        Saya Dr. Rumondang Sihombing, dosen Program Studi Manajemen pada Fakultas Ekonomi dan Bisnis Universitas HKBP Nommensen di Medan. Bersama dua rekan, saya tengah menyiapkan penelitian terapan tentang pekerja perempuan di sektor akomodasi dan makan minum di daerah tujuan wisata sekunder, dengan membandingkan Kabupaten Samosir dan Kabupaten Jembrana.

        Untuk itu kami memerlukan data:
        a. penduduk bekerja menurut lapangan usaha dan jenis kelamin, 2019-2025;
        b. rata-rata upah/gaji bersih sebulan pekerja menurut lapangan usaha;
        c. jumlah usaha akomodasi dan restoran per kecamatan.

        Bila data tidak dapat dikirim melalui email, kami bersedia mengikuti prosedur permintaan melalui laman Silastik.

        Terima kasih atas perhatian Bapak/Ibu.

        Salam hormat,
        --
        Dr. Rumondang Sihombing, S.E., M.Si.
        FEB Universitas HKBP Nommensen
        Jl. Sutomo No. 4A, Medan
        '''), name='Dr. Rumondang Sihombing', inst='Universitas HKBP Nommensen', wrap=72, **F)

    C('f34-req-ui-master-codeswitch', 'gmail', 'Kezia Natalia', 'kezia.natalia@ui.ac.id',
      'Request data: UMKM digital & akses internet Jembrana', T('''
        Halo Bapak/Ibu tim PST 👋

        Perkenalkan, saya Kezia Natalia Gunawan, mahasiswi Magister Perencanaan dan Kebijakan Publik, Universitas Indonesia. Saat ini I'm working on my thesis tentang adopsi digital di UMKM kabupaten non-metropolitan, dan Jembrana jadi salah satu case study karena program desa digitalnya cukup menarik.

        Data yang saya butuhkan kurang lebih:
        1. persentase penduduk usia 5 tahun ke atas yang mengakses internet, 2019-2025 (by kecamatan kalau ada);
        2. jumlah UMK yang menggunakan internet untuk pemasaran (dari Sensus Ekonomi 2026 atau survei lain);
        3. persentase rumah tangga yang memiliki komputer/smartphone.

        Format Excel would be perfect, tapi PDF juga tidak masalah. Thank you so much in advance!

        Best,
        Kezia
        '''), name='Kezia Natalia Gunawan', inst='Universitas Indonesia', **F)

    C('f34-req-unram-sasak-form-yahoo', 'yahoo', 'lalu zul', 'lalu_zulkarnaen@yahoo.co.id', 'PERMOHONAN DATA', T('''
        Selamat pagi,

        Dengan hormat, saya yang bertanda tangan di bawah ini:
        Nama           : Lalu Muhammad Zulkarnaen
        NIM            : C1G021087
        Fakultas/Prodi : Pertanian / Agroekoteknologi
        Universitas    : Universitas Mataram
        No. WA         : 0819-0722-xxxx

        bermaksud memohon data luas panen, produksi dan produktivitas jagung per kecamatan di Kabupaten Jembrana tahun 2019-2025, untuk bahan skripsi mengenai perbandingan produktivitas jagung lahan kering di Lombok Utara dan Bali Barat.

        Demikian permohonan saya, atas bantuan Bapak/Ibu saya ucapkan terima kasih.

        Hormat saya,
        Lalu Muhammad Zulkarnaen

        Dikirim dari Yahoo Mail di Android
        '''), name='Lalu Muhammad Zulkarnaen', inst='Universitas Mataram', **F)

    C('f34-req-html-only-pnb-student-group', 'html_only', 'Kadek Dwi Pramesti', 'dwipramesti.pnb@gmail.com',
      'Permohonan data untuk tugas mata kuliah Statistik Pariwisata', T('''
        Om Swastyastu,

        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Kami kelompok 4 mata kuliah Statistik Pariwisata, Jurusan Pariwisata Politeknik Negeri Bali, mendapat tugas menganalisis perkembangan akomodasi di satu kabupaten di Bali dan kami memilih Jembrana. Mohon bantuan data jumlah hotel bintang dan nonbintang, jumlah kamar, serta tingkat penghunian kamar per bulan di Kabupaten Jembrana tahun 2022-2025.

        Suksma atas bantuannya.

        Hormat kami,
        Ni Kadek Dwi Pramesti (ketua kelompok)
        Politeknik Negeri Bali
        '''), name='Ni Kadek Dwi Pramesti', inst='Politeknik Negeri Bali', **F)

    C('f34-req-dhyana-pura-nutrition-letter-attached', 'gmail', 'Ayu Laksmi', 'ayulaksmi.dewi@undhirabali.ac.id',
      'Surat Permohonan Data Penelitian', T('''
        Om Swastyastu,

        Selamat siang Bapak/Ibu. Bersama email ini saya, Ni Putu Ayu Laksmi Dewi, mahasiswi Program Studi Gizi Universitas Dhyana Pura, melampirkan surat permohonan data dari kampus. Data yang saya perlukan adalah prevalensi balita stunting, jumlah balita, dan persentase rumah tangga dengan sanitasi layak per kecamatan di Kabupaten Jembrana tahun 2021-2025.

        Mohon maaf apabila ada kekurangan dalam penyampaian. Suksma.

        Om Santih, Santih, Santih Om

        Ayu Laksmi
        '''), name='Ni Putu Ayu Laksmi Dewi', inst='Universitas Dhyana Pura',
      attachments=[PDF('Surat Permohonan Data_Ni Putu Ayu Laksmi Dewi_Gizi Undhira.pdf')], **F)

    C('f34-req-unipa-papuan-sa-iphone', 'iphone', 'Yance Mofu', 'yancemofu21@gmail.com', 'Minta data kakao', T('''
        Selamat siang Bapak Ibu di BPS Jembrana. Sa Yance Mofu, mahasiswa Universitas Papua di Manokwari, jurusan agribisnis. Sa pu skripsi tentang kakao rakyat, sa bandingkan Manokwari deng Jembrana karena dosen bilang Jembrana punya kakao bagus. Sa minta tolong data luas lahan dan produksi kakao per kecamatan 2018 sampe 2025. Terima kasih banyak, Tuhan berkati.

        Dikirim dari iPhone saya
        '''), name='Yance Mofu', inst='Universitas Papua', **F)

    C('f34-req-student-forwards-supervisor-advice', 'gmail', 'Febriyanti Sinaga', 'febriyanti.sinaga@students.unimal.ac.id',
      'Fwd: Re: Bimbingan proposal - sumber data', T('''
        Selamat siang Bapak/Ibu,

        Saya Febriyanti Br Sinaga, mahasiswi Program Studi Ekonomi Pembangunan Universitas Malikussaleh, Lhokseumawe. Di bawah ini saya teruskan arahan dosen pembimbing saya. Sesuai arahan beliau, saya mohon data jumlah kunjungan wisatawan dan jumlah tenaga kerja di sektor penyediaan akomodasi dan makan minum Kabupaten Jembrana, 2015-2025.

        Terima kasih banyak.

        Febri

        ---------- Forwarded message ---------
        From: Dr. Zulfikar Ibrahim <zulfikar.ibrahim@unimal.ac.id>
        Date: Thu, Nov 19, 2026 at 10:05 AM
        Subject: Re: Bimbingan proposal - sumber data
        To: Febriyanti Sinaga <febriyanti.sinaga@students.unimal.ac.id>


        Febri, untuk data kabupaten pembanding di Bali, langsung saja email PST BPS Kabupaten Jembrana di pst5101@bps.go.id. Sebutkan nama, kampus dan data yang diminta secara jelas.

        Salam,
        Zulfikar Ibrahim
        Dosen Pembimbing I
        '''), name='Febriyanti Br Sinaga', inst='Universitas Malikussaleh', **F)

    C('f34-req-latin1-untl-timorese-writes-indonesian', 'latin1', 'Joaquim da Costa Ximenes', 'jcximenes@untl.edu.tl',
      'Pedido de dados / Permohonan data', T('''
        Bom dia / Selamat pagi,

        Saya Joaquim da Costa Ximenes, dosen di Faculdade de Agricultura, Universidade Nacional Timor Lorosa'e, Dili. Saya dulu kuliah S2 di Bali, jadi sedikit tahu tentang Jembrana. Sekarang saya meneliti harga kopi dan kakao petani di Timor-Leste dan ingin membandingkan dengan petani di Kabupaten Jembrana.

        Mohon bantuan data produksi kakao dan kopi robusta per kecamatan, 2018-2025, dan harga di tingkat petani bila ada.

        Obrigado barak / terima kasih banyak.

        Joaquim da Costa Ximenes
        '''), name='Joaquim da Costa Ximenes', inst="Universidade Nacional Timor Lorosa'e", **F)

    # ================================================================================================
    # New requests: foreign universities and institutions (English)
    # ================================================================================================
    C('f34-req-en-uq-phd-signature-disclaimer', 'outlook', 'Thomas Whitfield', 't.whitfield@uq.edu.au',
      'Request for labour force and migration statistics - Jembrana Regency', T('''
        Dear colleagues,

        I hope this message finds you well. I am in the second year of a doctoral project on labour migration from rural Bali to the cruise-ship industry and would be grateful for some assistance with official figures for Jembrana.

        The items I am looking for are:
        - working-age population by kecamatan and sex (latest year available);
        - labour force participation and open unemployment rates, 2015-2025;
        - any tabulation of residents working abroad from the 2020 Population Census long form.

        I am happy to cite BPS Kabupaten Jembrana appropriately in any publication, and I can provide a letter from my supervisor if required.

        Kind regards,

        Thomas Whitfield
        PhD Candidate | School of Social Science
        University of Queensland | Brisbane QLD 4072, Australia

        CRICOS code 00025B. This email (including any attached files) is intended only for the addressee and may contain confidential information of The University of Queensland. If you are not the addressee, you are notified that any transmission, distribution, printing or photocopying of this email is prohibited.
        '''), name='Thomas Whitfield', inst='University of Queensland', lang='en', **F)

    C('f34-req-en-latin1-complutense-spanish', 'latin1', 'José María Fernández Ortega', 'jmfernandez@ucm.es',
      'Statistical data request - rice fields and subak', T('''
        Dear Sir or Madam,

        My name is José María Fernández Ortega and I am an associate professor of Human Geography at the Universidad Complutense de Madrid. Together with a colleague from Udayana I am studying how the subak irrigation system has changed in the less touristic regencies of Bali.

        Could you kindly send me:
        1. wetland (sawah) area by kecamatan, 2010-2025;
        2. number of rice-farming households by kecamatan from the 2013 and 2023 Agricultural Censuses;
        3. rice production in Jembrana, 2010-2025.

        Muchas gracias and best regards,
        José Mª Fernández
        '''), name='José María Fernández Ortega', inst='Universidad Complutense de Madrid', lang='en', **F)

    C('f34-req-en-hiroshima-this-is-surname-caps-signature', 'gmail', 'Kenji Morimoto', 'morimoto.kenji.m3@hiroshima-u.ac.jp',
      'Data request for master thesis (fish processing industry)', T('''
        Dear Sir/Madam,

        Good afternoon. This is Kenji Morimoto writing from the Graduate School of Humanities and Social Sciences at Hiroshima University, Japan. I am a master's student and my thesis is about small fish-processing industries (pindang) along the Bali Strait.

        I would like to ask for:
        - the number of micro and small food-processing enterprises in Jembrana by kecamatan;
        - the number of workers in fish processing, if such a breakdown exists;
        - fish landings at Pengambengan port by month, 2022-2025.

        I apologise for my poor English and thank you very much for your help.

        Sincerely,
        MORIMOTO Kenji
        '''), name='Kenji Morimoto', inst='Hiroshima University', lang='en', **F)

    C('f34-req-en-kasetsart-thai-asst-prof', 'outlook', 'Nattapong Srisuk', 'nattapong.s@ku.th',
      'Inquiry: coconut and cocoa smallholder statistics', T('''
        Dear BPS Jembrana,

        I am Asst. Prof. Dr. Nattapong Srisuk from the Faculty of Economics, Kasetsart University, Bangkok. Our team is running an ASEAN comparative study on tree-crop smallholders (coconut and cocoa) and Jembrana has been suggested by colleagues at IPB as a good Indonesian site.

        We would be grateful for:
        1. planted area and production of coconut and cocoa by kecamatan, 2015-2025;
        2. number of smallholder households cultivating coconut or cocoa (ST2023);
        3. farm-gate prices of copra and cocoa beans, if available.

        With best regards,
        Nattapong Srisuk, Ph.D.
        Assistant Professor, Department of Agricultural and Resource Economics
        Kasetsart University
        '''), name='Asst. Prof. Dr. Nattapong Srisuk', inst='Kasetsart University', lang='en', **F)

    C('f34-req-en-dutch-embassy-van-der', 'outlook', 'Meulen, Femke van der', 'femke-vander.meulen@minbuza.nl',
      'Fisheries and seafood processing statistics for Jembrana', T('''
        Dear Sir or Madam,

        My name is Femke van der Meulen and I work as Policy Officer for Economic Affairs at the Embassy of the Kingdom of the Netherlands. We are preparing a short brief on the fisheries and seafood processing sector in Bali for Dutch companies interested in sourcing and technical cooperation, and Jembrana stands out because of its sardine canneries.

        Could your office provide:
        1. capture fisheries production in Jembrana by main species, 2019-2025;
        2. the number of large and medium manufacturing establishments in fish processing, with their workforce;
        3. exports of processed fish from Jembrana, if this is recorded at regency level.

        Thank you in advance; a link to the relevant publications would also be very helpful.

        Kind regards,
        Femke van der Meulen
        Policy Officer, Economic Affairs
        Embassy of the Kingdom of the Netherlands
        Jl. H.R. Rasuna Said Kav. S-3, Jakarta 12950
        '''), name='Femke van der Meulen', inst='Embassy of the Kingdom of the Netherlands', lang='en', **F)

    C('f34-req-en-surf-bungalow-owner-thunderbird', 'thunderbird', 'Martin Kowalski', 'martin@medewipoint.com',
      'Visitor numbers West Bali', T('''
        Hi there,

        I'm Martin Kowalski, I run Medewi Point Bungalows (12 rooms) near the surf break in Pekutatan together with my Balinese wife. We are thinking about adding a few rooms and I would like some numbers before I talk to the bank:

        - foreign and domestic guests staying in Jembrana per month, 2019 to 2025
        - room occupancy rate for non-star hotels in Jembrana
        - average length of stay

        Cheers,
        Martin

        --
        Medewi Point Bungalows
        Jl. Pantai Medewi, Pekutatan, Jembrana
        WA +62 813-3800-xxxx
        '''), name='Martin Kowalski', inst='Medewi Point Bungalows', lang='en', **F)

    # ================================================================================================
    # New requests: government offices, villages, police/military, health
    # ================================================================================================
    C('f34-req-distan-letter-caps-signatory', 'outlook', 'Dinas Pertanian dan Pangan Kab. Jembrana',
      'distanpangan@jembranakab.go.id', 'Permohonan Data Statistik Pertanian Tahun 2021-2025', T('''
        PEMERINTAH KABUPATEN JEMBRANA
        DINAS PERTANIAN DAN PANGAN
        Jl. Ngurah Rai No. 89, Negara 82212

        Nomor    : 500.7/1142/Distanpangan/XI/2026
        Sifat    : Biasa
        Lampiran : -
        Hal      : Permohonan Data

        Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana
        di -
            Negara

        Dalam rangka penyusunan Rencana Strategis Dinas Pertanian dan Pangan Kabupaten Jembrana Tahun 2027-2031, dengan hormat kami mohon bantuan data sebagai berikut:
        1. Luas panen, produksi dan produktivitas padi dan palawija per kecamatan tahun 2021-2025;
        2. Nilai Tukar Petani (NTP) Provinsi Bali menurut subsektor tahun 2021-2025;
        3. PDRB sektor pertanian, kehutanan dan perikanan Kabupaten Jembrana atas dasar harga konstan tahun 2021-2025.

        Data dapat dikirimkan melalui email ini atau diserahkan kepada staf kami, Sdr. Kadek Agus Wiranata (HP 0812-3611-xxxx).

        Demikian permohonan ini kami sampaikan, atas kerja samanya diucapkan terima kasih.

        Kepala Dinas Pertanian dan Pangan
        Kabupaten Jembrana,

        ttd

        Ir. I GUSTI NGURAH BAGUS MAHENDRA, M.Si.
        Pembina Utama Muda (IV/c)
        NIP. 19690812 199403 1 007
        '''), name='Ir. I GUSTI NGURAH BAGUS MAHENDRA', inst='Dinas Pertanian dan Pangan Kabupaten Jembrana', **F)

    C('f34-req-puskesmas-head-anak-agung-istri', 'gmail', 'Mirah Dewi', 'dr.mirahdewi@gmail.com',
      'Mohon data penduduk sasaran wilayah kerja Puskesmas', T('''
        Selamat pagi Bapak/Ibu,

        Perkenalkan saya dr. Anak Agung Istri Mirah Dewi, Kepala UPTD Puskesmas Mendoyo II. Kami sedang memutakhirkan data sasaran program gizi dan imunisasi untuk tahun 2027 dan merasa angka dari pendataan kader kurang konsisten.

        Mohon bantuan data proyeksi jumlah penduduk menurut kelompok umur lima tahunan dan jenis kelamin untuk desa-desa di wilayah kerja kami (Desa Yehembang, Yehembang Kangin, Yehembang Kauh, Yeh Sumbul dan Penyaringan) tahun 2025-2027, serta jumlah kelahiran hidup per desa bila tersedia.

        Terima kasih atas bantuannya.

        Salam sehat,
        dr. A.A. Istri Mirah Dewi
        UPTD Puskesmas Mendoyo II
        Dinas Kesehatan Kabupaten Jembrana
        '''), name='dr. Anak Agung Istri Mirah Dewi', inst='UPTD Puskesmas Mendoyo II', **F)

    C('f34-req-perbekel-tukadaya-android', 'plain', 'Komang Arsana', 'perbekel.tukadaya@gmail.com', 'Mohon data desa', T('''
        Om Swastyastu,

        Saya I Komang Arsana, Perbekel Desa Tukadaya, Kecamatan Melaya. Kami di Pemerintah Desa Tukadaya sedang menyiapkan perubahan RPJMDes dan butuh data yang resmi dari BPS: jumlah penduduk per banjar dinas kalau ada, jumlah KK miskin, dan jumlah penduduk menurut pekerjaan di Desa Tukadaya tahun 2023 sampai 2025. Kalau harus pakai surat resmi, nanti kami antar ke kantor.

        Suksma pak/bu.

        Dikirim dari perangkat Android saya
        '''), name='I Komang Arsana', inst='Pemerintah Desa Tukadaya', **F)

    C('f34-req-fw-camat-disposition-kasubbag', 'outlook', 'Kec Melaya', 'kec.melaya@jembranakab.go.id',
      'FW: Disposisi - data untuk Musrenbang Kecamatan', T('''
        Selamat siang Bapak/Ibu PST,

        Menindaklanjuti disposisi Bapak Camat di bawah, mohon bantuan data untuk bahan Musrenbang Kecamatan Melaya 2027: jumlah penduduk, kepadatan, dan jumlah rumah tangga per desa, serta persentase penduduk miskin Kabupaten Jembrana 2021-2025.

        Terima kasih.

        Ni Wayan Sriasih, S.AP.
        Kasubbag Perencanaan dan Keuangan
        Kantor Camat Melaya

        ________________________________
        From: Camat Melaya <camat.melaya@jembranakab.go.id>
        Sent: Friday, November 20, 2026 3:41 PM
        To: Kec Melaya <kec.melaya@jembranakab.go.id>
        Subject: Disposisi - data untuk Musrenbang Kecamatan

        Bu Sriasih, tolong mintakan data penduduk per desa dan kemiskinan ke BPS untuk bahan paparan Musrenbang. Paling lambat Kamis.

        I Putu Gede Adnyana Putra, S.STP., M.Si.
        Camat Melaya
        '''), name='Ni Wayan Sriasih', inst='Kantor Camat Melaya', **F)

    C('f34-req-babinsa-rank-iphone', 'iphone', 'Wayan Sudira', 'sudira.babinsa@gmail.com', 'Izin mohon data', T('''
        Selamat siang, izin Bapak/Ibu. Saya Serka I Wayan Sudira, Babinsa Koramil 1617-03/Mendoyo. Izin mohon bantuan data jumlah petani, luas sawah dan produksi padi di Desa Pergung dan Desa Delod Berawah thn 2024-2025 untuk laporan pendampingan ketahanan pangan. Terima kasih, mohon petunjuk.

        Dikirim dari iPhone saya
        '''), name='Serka I Wayan Sudira', inst='Koramil 1617-03/Mendoyo', **F)

    C('f34-req-html-only-national-park-sumbanese', 'html_only', 'Balai TNBB', 'tnbb.pkh@gmail.com',
      'Permohonan data penduduk desa penyangga', T('''
        Salam Lestari!

        Yth. Bapak/Ibu BPS Kabupaten Jembrana,

        Kami dari Balai Taman Nasional Bali Barat sedang menyusun dokumen Rencana Pengelolaan Jangka Panjang periode 2027-2036. Untuk bagian sosial ekonomi masyarakat desa penyangga, mohon dibantu data jumlah penduduk, mata pencaharian utama, dan jumlah ternak di Desa Melaya, Desa Blimbingsari, Desa Ekasari dan Kelurahan Gilimanuk tahun terbaru.

        Terima kasih atas kerja samanya.

        Salam,
        Yohanes Ratu Kaka, S.Hut.
        Pengendali Ekosistem Hutan Ahli Pertama
        Balai Taman Nasional Bali Barat
        '''), name='Yohanes Ratu Kaka', inst='Balai Taman Nasional Bali Barat', **F)

    C('f34-req-bws-engineer-signature-ministry', 'outlook', 'Kadek Surya Dharma', 'kadek.suryadharma@pu.go.id',
      'Permohonan data penduduk dan sawah DAS', T('''
        Selamat pagi,

        Mohon bantuan data untuk kegiatan penyusunan Pola Pengelolaan Sumber Daya Air Wilayah Sungai Bali-Penida:
        1. jumlah penduduk per desa yang dilalui Tukad Yeh Sumbul dan Tukad Daya, 2020-2025;
        2. luas lahan sawah beririgasi per kecamatan;
        3. jumlah rumah tangga menurut sumber air minum (PDAM, sumur bor, sumur gali) per kecamatan.

        Terima kasih.

        Salam,

        I Kadek Surya Dharma, S.T., M.Eng.
        Pengelola Sumber Daya Air Ahli Muda
        Balai Wilayah Sungai Bali-Penida
        Direktorat Jenderal Sumber Daya Air, Kementerian Pekerjaan Umum
        Jl. Raya Pemogan No. 66, Denpasar
        '''), name='I Kadek Surya Dharma', inst='Balai Wilayah Sungai Bali-Penida', **F)

    C('f34-req-brin-researcher-consultation', 'gmail', 'Rahmawati Hasibuan', 'rahm019@brin.go.id',
      'Konsultasi data migrasi risen dan komuter', T('''
        Yth. Tim PST BPS Kabupaten Jembrana,

        Salam hangat dari Jakarta. Saya Dr. Rahmawati Hasibuan, peneliti ahli madya di Pusat Riset Kependudukan, Badan Riset dan Inovasi Nasional. Kami sedang mengkaji pola mobilitas ulang-alik (komuter) lintas Selat Bali antara Banyuwangi dan Jembrana.

        Selain permintaan data jumlah penduduk komuter menurut kecamatan tempat tinggal dan tujuan (SP2020 Long Form, bila tersedia), kami juga ingin berkonsultasi mengenai kemungkinan memanfaatkan data penyeberangan Pelabuhan Gilimanuk sebagai proksi arus komuter harian.

        Kami dapat menyesuaikan jadwal untuk pertemuan daring.

        Terima kasih,
        Rahmawati
        '''), name='Dr. Rahmawati Hasibuan', inst='Pusat Riset Kependudukan, Badan Riset dan Inovasi Nasional', **F)

    C('f34-req-html-only-private-hospital-ns-title', 'html_only', 'RS Kertha Usada Medika', 'rskerthausada.negara@gmail.com',
      'Permohonan Data Kependudukan dan Kesehatan', T('''
        Dengan hormat,

        Kami dari bagian perencanaan RS Kertha Usada Medika Negara bermaksud membuka layanan hemodialisa dan poliklinik geriatri pada tahun 2027. Untuk studi kelayakan kami memerlukan data jumlah penduduk usia 45 tahun ke atas per kecamatan (2025), angka harapan hidup Kabupaten Jembrana 2015-2025, serta persentase penduduk yang memiliki jaminan kesehatan.

        Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

        Hormat kami,

        Ns. Gusti Ayu Putu Sintya Dewi, S.Kep.
        Staf Perencanaan dan Pengembangan
        RS Kertha Usada Medika Negara
        '''), name='Ns. Gusti Ayu Putu Sintya Dewi', inst='RS Kertha Usada Medika Negara', **F)

    C('f34-req-need-in-subject-smk-counsellor-iphone', 'iphone', 'Bu Gung Ayu', 'gungayu.smkn1melaya@gmail.com',
      'Mohon data jumlah lulusan SMA/SMK dan pengangguran muda Kab. Jembrana 2020-2025', T('''
        Selamat pagi Bpk/Ibu. Saya Gusti Ayu Made Sri Utami, guru BK di SMK Negeri 1 Melaya. Mohon bantuannya untuk data sesuai subjek di atas, untuk bahan sosialisasi karier ke siswa kelas XII. Terima kasih 🙏

        Dikirim dari iPhone saya
        '''), name='Gusti Ayu Made Sri Utami', inst='SMK Negeri 1 Melaya', **F)

    C('f34-req-sma-geography-teacher-p5', 'gmail', 'Ratna Wulandari', 'ratnawulandari.geo@gmail.com',
      'Permohonan data untuk projek P5', T('''
        Selamat siang Bapak/Ibu,

        Saya Ratna Wulandari, S.Pd., guru geografi SMA Negeri 1 Melaya. Siswa kelas XI kami sedang mengerjakan Projek Penguatan Profil Pelajar Pancasila bertema "Gaya Hidup Berkelanjutan" dan membutuhkan data:
        - jumlah penduduk dan kepadatan per desa di Kecamatan Melaya, 2025;
        - persentase rumah tangga menurut cara pembuangan sampah di Kabupaten Jembrana;
        - luas hutan dan lahan pertanian per kecamatan.

        Apakah siswa juga boleh datang berkunjung ke perpustakaan BPS? Terima kasih.

        Salam,
        Ratna W.
        '''), name='Ratna Wulandari', inst='SMA Negeri 1 Melaya', **F)

    # ================================================================================================
    # New requests: companies, media, cooperatives, groups, NGOs, foundations
    # ================================================================================================
    C('f34-req-bpd-bali-analyst-disclaimer', 'outlook', 'Putu Krisna Yudhistira', 'krisna.yudhistira@bpdbali.co.id',
      'Permohonan Data Ekonomi Makro Kabupaten Jembrana', T('''
        Yth. Bapak/Ibu Petugas PST,

        Saya Putu Krisna Yudhistira, Analis Bisnis Kredit pada PT Bank Pembangunan Daerah Bali Kantor Cabang Negara. Dalam rangka penyusunan rencana bisnis cabang tahun 2027, kami membutuhkan data:
        1. Laju pertumbuhan ekonomi dan PDRB ADHB menurut lapangan usaha Kabupaten Jembrana 2021-2025;
        2. Jumlah usaha mikro dan kecil menurut kecamatan;
        3. Tingkat inflasi atau IHK terdekat yang dapat dipakai untuk Jembrana.

        Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

        Hormat kami,
        Putu Krisna Yudhistira
        Bank BPD Bali Cabang Negara
        Jl. Sudirman No. 3, Negara

        -----
        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. PT Bank Pembangunan Daerah Bali tidak bertanggung jawab atas kerugian yang timbul akibat virus yang mungkin terdapat dalam email ini. Bank BPD Bali berizin dan diawasi oleh Otoritas Jasa Keuangan serta merupakan peserta penjaminan LPS.
        '''), name='Putu Krisna Yudhistira', inst='PT Bank Pembangunan Daerah Bali Kantor Cabang Negara', **F)

    C('f34-req-news-portal-journalist-prices', 'gmail', 'Dewa Ardana', 'redaksi.jembranaterkini@gmail.com',
      'Minta data harga & inflasi utk berita', T('''
        Selamat siang mas/mbak PST,

        Saya Dewa Gede Ardana, wartawan portal berita JembranaTerkini.com. Lagi siapkan tulisan soal harga beras dan cabai yang naik menjelang Galungan. Bisa minta data perkembangan harga eceran beras medium dan cabai rawit di Negara per minggu selama 3 bulan terakhir? Sama kalau ada, inflasi bulanan Bali Oktober-November 2026.

        Kalau memungkinkan juga saya mau kutip keterangan dari statistisi, bisa lewat telepon saja.

        Thx,
        Dewa Ardana
        JembranaTerkini.com | 0877-6143-xxxx
        '''), name='Dewa Gede Ardana', inst='JembranaTerkini.com', **F)

    C('f34-req-ida-bagus-newspaper-interview', 'gmail', 'Gus Oka', 'idabagusoka.rbb@gmail.com',
      'Wawancara dan data Sensus Ekonomi 2026', T('''
        Selamat pagi,

        Tiang Ida Bagus Made Oka Sudarsana, jurnalis Radar Bali Barat. Kami berencana menurunkan laporan khusus soal hasil awal Sensus Ekonomi 2026 di Jembrana. Mohon bantuan data jumlah usaha menurut kecamatan dan lapangan usaha (hasil sementara SE2026 bila sudah dirilis), serta kesediaan Kepala BPS atau statistisi untuk wawancara singkat minggu ini.

        Matur suksma.

        Gus Oka
        Radar Bali Barat
        WA 0813-5377-xxxx
        '''), name='Ida Bagus Made Oka Sudarsana', inst='Radar Bali Barat', **F)

    C('f34-req-livestock-group-balinese-yahoo', 'yahoo', 'ketut sukra', 'ketutsukra.pohsanten@yahoo.com', 'data sapi bali', T('''
        Om Swastyastu Bapak Ibu BPS

        Tiang I Ketut Sukra ketua Kelompok Tani Ternak Sari Mertha Desa Pohsanten. kami mau ngajukan proposal bantuan bibit sapi bali ke Dinas, diminta data jumlah populasi sapi potong di Kecamatan Mendoyo tahun 2021-2025 sama jumlah peternak sapi. Mohon dibantu.

        Suksma
        I Ketut Sukra

        Dikirim dari Yahoo Mail di Android
        '''), name='I Ketut Sukra', inst='Kelompok Tani Ternak Sari Mertha Desa Pohsanten', **F)

    C('f34-req-fishers-coop-haji-chair-plain', 'plain', 'Koperasi Mina Segara', 'kopminasegara@gmail.com',
      'Permohonan data perikanan tangkap', T('''
        Assalamualaikum Wr. Wb.

        Kepada Bapak/Ibu BPS Kabupaten Jembrana. Kami pengurus Koperasi Produsen Nelayan Mina Segara Pengambengan ingin mengajukan pinjaman modal kapal ke LPDB dan perlu data pendukung:
        - produksi ikan hasil tangkapan yang didaratkan di Pengambengan per tahun 2020-2025
        - jumlah nelayan dan jumlah perahu motor di Kecamatan Negara

        Mohon kiranya dapat dibantu.
        Wassalamualaikum Wr. Wb.

        Ketua,
        H. Abdul Rasyid Bafadal
        '''), name='H. Abdul Rasyid Bafadal', inst='Koperasi Produsen Nelayan Mina Segara Pengambengan', **F)

    C('f34-req-ngo-need-only-in-docx-form', 'gmail', 'Lentera Anak Bali Barat', 'lenteraanak.bb@gmail.com',
      'Permohonan data - formulir terlampir', T('''
        Selamat siang,

        Saya Maria Goreti Lewar, koordinator program di Yayasan Lentera Anak Bali Barat. Rincian data yang kami butuhkan untuk program pencegahan perkawinan anak sudah kami tuliskan dalam formulir permohonan data PST yang kami lampirkan (format Word). Mohon dapat diproses.

        Terima kasih banyak,
        Maria
        '''), name='Maria Goreti Lewar', inst='Yayasan Lentera Anak Bali Barat',
      attachments=[DOCX('Formulir Permintaan Data PST - Lentera Anak.docx')], **F)

    C('f34-req-coconut-company-codeswitch-outlook', 'outlook', 'Hendra W. Kusnadi', 'hendra.kusnadi@agrokelapa.co.id',
      'Data request - coconut supply Jembrana', T('''
        Dear PST BPS Jembrana,

        Perkenalkan, saya Hendra Wijaya Kusnadi dari PT Agro Kelapa Nusantara, bagian supply chain planning. We're planning to set up a desiccated coconut plant di Kabupaten Jembrana, jadi butuh data supply bahan baku:

        - luas tanaman menghasilkan (TM) dan produksi kelapa per kecamatan, 2019-2025
        - jumlah rumah tangga petani kelapa
        - harga kelapa butiran di tingkat petani, monthly if possible

        Mohon info juga apakah ada biaya (PNBP) untuk data tersebut.

        Thanks & regards,
        Hendra W. Kusnadi
        Supply Chain Planning Manager
        PT Agro Kelapa Nusantara
        Surabaya – Indonesia
        '''), name='Hendra Wijaya Kusnadi', inst='PT Agro Kelapa Nusantara', **F)

    C('f34-req-puri-foundation-anak-agung-yahoo', 'yahoo', 'AA Ngurah Wirawan', 'aangurahwirawan@yahoo.co.id',
      'data sejarah kependudukan', T('''
        Om Swastyastu,

        Dengan hormat, saya Anak Agung Ngurah Bagus Wirawan, sekretaris Yayasan Puri Agung Negara. Yayasan kami sedang menyusun buku sejarah Kota Negara dalam rangka peringatan hari jadi kota, dan kami membutuhkan data jumlah penduduk Kecamatan Negara dan Kabupaten Jembrana dari sensus-sensus terdahulu (sejak 1961 bila ada), serta salinan publikasi lama BPS tentang Jembrana.

        Atas perhatiannya kami ucapkan suksma.

        Om Santih, Santih, Santih Om

        A.A. Ngurah Bagus Wirawan
        '''), name='Anak Agung Ngurah Bagus Wirawan', inst='Yayasan Puri Agung Negara', **F)

    # ================================================================================================
    # New requests lacking name, institution and/or a concrete need
    # ================================================================================================
    C('f34-req-no-intro-ipm-min', 'gmail', 'kadek.ajus', 'kadekajus.99@gmail.com', 'IPM', T('''
        permisi min, mau minta data IPM jembrana 2020-2025 beserta komponennya (UHH, HLS, RLS, pengeluaran). buat tugas. makasih min
        '''), **F)

    C('f34-req-first-name-only-chili-iphone', 'iphone', 'Rara', 'raraaa.ayuu@icloud.com', 'harga cabe', T('''
        kak halo, aku Rara. mau tanya data harga cabe rawit di pasar negara selama 2025 per bulan ada ga ya? mau buat jualan sambel kemasan hehe. thank u kak 🌶️

        Dikirim dari iPhone saya
        '''), name='Rara', **F)

    C('f34-req-pribadi-retired-teacher-ambonese-yahoo', 'yahoo', 'Hendrik Wattimena', 'h.wattimena52@yahoo.com',
      'Permohonan data penduduk menurut agama', T('''
        Selamat siang Bapak/Ibu,

        Nama saya Hendrik Wattimena, pensiunan guru, tinggal di Kelurahan Banjar Tengah sejak 1985. Permintaan ini bersifat pribadi: saya sedang menulis buku kenangan tentang sejarah jemaat dan masyarakat pendatang di Negara, dan ingin mencantumkan jumlah penduduk Kabupaten Jembrana menurut agama dari sensus 1980, 1990, 2000, 2010 dan 2020.

        Terima kasih atas kesediaan Bapak/Ibu.

        Salam,
        Hendrik Wattimena
        '''), name='Hendrik Wattimena', **F)

    C('f34-req-child-protection-body-no-person', 'outlook', 'LPA Jembrana', 'lpa.jembrana@gmail.com', 'Permohonan data anak', T('''
        Yth. Bapak/Ibu PST BPS Kabupaten Jembrana,

        Kami dari Lembaga Perlindungan Anak Kabupaten Jembrana mohon bantuan data jumlah anak usia 0-17 tahun menurut jenis kelamin dan kecamatan, persentase perempuan umur 20-24 tahun yang menikah sebelum umur 18 tahun, serta angka partisipasi sekolah 7-18 tahun, tahun 2022-2025. Data tersebut akan kami gunakan untuk laporan tahunan dan advokasi Kabupaten Layak Anak.

        Terima kasih atas perhatiannya.

        Hormat kami,
        Sekretariat LPA Kabupaten Jembrana
        '''), inst='Lembaga Perlindungan Anak Kabupaten Jembrana', **F)

    C('f34-req-vague-women-farmers-want-meeting', 'gmail', 'KWT Srikandi', 'kwt.srikandi.batuagung@gmail.com', 'Mohon waktu', T('''
        Om Swastyastu,

        Saya Ni Nyoman Rasmini, ketua KWT Srikandi Desa Batuagung. Kami ibu-ibu tani ingin sekali datang ke BPS untuk bertemu dan bertanya-tanya. Kira-kira kapan Bapak/Ibu ada waktu? Kami bisa datang pagi hari.

        Suksma.
        '''), name='Ni Nyoman Rasmini', inst='KWT Srikandi Desa Batuagung', req=False, **F)

    C('f34-req-vague-ut-student-asks-procedure-fee', 'gmail', 'Wayan Sumerta', 'wayansumerta.ut@gmail.com', 'Tanya', T('''
        Selamat malam Bapak/Ibu,

        Saya Wayan Sumerta, mahasiswa Universitas Terbuka UPBJJ Denpasar jurusan Administrasi Negara. Sebentar lagi saya mulai menyusun karya ilmiah dan kemungkinan akan memerlukan data dari BPS. Apakah boleh saya tanya dulu bagaimana prosedurnya dan apakah ada biayanya?

        Terima kasih, mohon maaf mengganggu waktu istirahatnya.
        '''), name='Wayan Sumerta', inst='Universitas Terbuka', req=False, **F)

    C('f34-req-vague-en-travel-writer', 'gmail', 'Sophie Laurent', 'sophie@slowtravelbali.blog', 'Hello from a travel writer', T('''
        Hi!

        I'm Sophie, a freelance travel writer. I'm spending a few weeks in West Bali and I'd love to include some facts and figures about the area in my blog. What kind of statistics do you have that might interest travellers? Any pointers welcome!

        Thanks so much,
        Sophie
        '''), name='Sophie', req=False, lang='en', **F)

    C('f34-req-farmer-no-name-gabah-android', 'plain', '', 'tani.melaya88@gmail.com', 'harga gabah', T('''
        selamat pagi pak, sy petani di melaya. mau tanya harga gabah kering panen rata2 di jembrana bulan september sampai november 2026 berapa ya pak, soalnya tengkulak di tempat sy kasih harga murah sekali. terima kasih pak

        Dikirim dari perangkat Android saya
        '''), **F)

    C('f34-req-vague-html-only-undiksha-asks-requirements', 'html_only', 'Ketut Arya Wibawa', 'arya.wibawa@student.undiksha.ac.id',
      'Mohon informasi', T('''
        Selamat siang Bapak/Ibu,

        Saya Ketut Arya Wibawa dari Universitas Pendidikan Ganesha, Singaraja. Saya ingin meminta bantuan data untuk penelitian saya. Mohon informasinya apa saja syarat yang perlu saya siapkan dan ke mana saya harus mengajukannya.

        Terima kasih.
        '''), name='Ketut Arya Wibawa', inst='Universitas Pendidikan Ganesha', req=False, **F)

    C('f34-req-shop-plan-no-institution', 'gmail', 'Yohana Halim', 'yohanahalim.sby@gmail.com', 'Mohon info jumlah penduduk Negara', T('''
        Selamat sore,

        Saya Yohana Halim, tinggal di Surabaya. Saya dan suami berencana membuka toko bahan bangunan di Kota Negara, jadi kami ingin tahu jumlah penduduk dan jumlah rumah tangga per kelurahan di Kecamatan Negara, serta jumlah bangunan rumah baru per tahun bila datanya ada.

        Terima kasih atas bantuannya.

        Salam,
        Yohana
        '''), name='Yohana Halim', **F)

    # ================================================================================================
    # Replies on tickets
    # ================================================================================================
    C('f34-reply-identity-after-ask-warmadewa', 'gmail', 'kadek.ajus', 'kadekajus.99@gmail.com',
      'Re: ' + SUBJ_ASK % 3401, T('''
        Siap kak, maaf sebelumnya. Nama saya I Kadek Ajus Pranata, mahasiswa Prodi Ekonomi Universitas Warmadewa. Data IPM itu buat tugas mata kuliah Ekonomi Regional.

        Terima kasih kak.
        '''), kind='reply', name='I Kadek Ajus Pranata', inst='Universitas Warmadewa', req=False,
      ticket='PST-2026-03401', quote=gq(ASK, 'id'), **rp(3401), **F)

    C('f34-reply-iphone-okee-makasih-no-name', 'iphone', 'Rara', 'raraaa.ayuu@icloud.com', 'Re: ' + SUBJ_DATA % 3402, T('''
        okee kak udah masuk filenya, makasiii bgt 🥹🙏

        Dikirim dari iPhone saya
        '''), kind='reply', req=False, ticket='PST-2026-03402', quote=iq(DELIV_ID % 3402), **rp(3402), **F)

    C('f34-reply-outlook-thanks-asks-village-breakdown', 'outlook', 'Putu Krisna Yudhistira',
      'krisna.yudhistira@bpdbali.co.id', 'RE: ' + SUBJ_DATA % 3403, T('''
        Selamat siang Bapak/Ibu,

        Terima kasih, data PDRB dan jumlah UMK sudah kami terima dan sangat membantu. Apabila memungkinkan, kami juga memerlukan data jumlah UMK yang sama namun dirinci per desa untuk Kecamatan Melaya dan Kecamatan Pekutatan, karena kedua wilayah itu menjadi fokus pembukaan kantor kas baru.

        Hormat kami,
        Putu Krisna Yudhistira
        Bank BPD Bali Cabang Negara

        -----
        PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini.
        '''), kind='reply', name='Putu Krisna Yudhistira', inst='Bank BPD Bali Cabang Negara', req=True,
      ticket='PST-2026-03403',
      quote=oq(DELIV_ID % 3403, 'Putu Krisna Yudhistira <krisna.yudhistira@bpdbali.co.id>', SUBJ_DATA % 3403, 'id'),
      **rp(3403), **F)

    C('f34-reply-yahoo-balinese-thanks-group-chair', 'yahoo', 'ketut sukra', 'ketutsukra.pohsanten@yahoo.com',
      'Re: ' + SUBJ_DATA % 3404, T('''
        Suksma pak bu, datane sampun tiang terima. Proposal sampun bisa tiang ajukan ke Dinas.

        I Ketut Sukra
        Ketua Kelompok Tani Ternak Sari Mertha

        Dikirim dari Yahoo Mail di Android
        '''), kind='reply', name='I Ketut Sukra', inst='Kelompok Tani Ternak Sari Mertha', req=False,
      ticket='PST-2026-03404', quote=yq(DELIV_ID % 3404), **rp(3404), **F)

    C('f34-reply-thunderbird-bottom-wage-definition', 'thunderbird', 'Rumondang Sihombing', 'rumondang.sihombing@uhn.ac.id',
      'Re: ' + SUBJ_DATA % 3405, tq(DELIV_ID % 3405) + '\n\n' + T('''
        Terima kasih banyak atas kiriman datanya.

        Satu hal yang ingin kami tanyakan: pada tabel upah, apakah angka rata-rata upah/gaji bersih tersebut hanya mencakup buruh/karyawan/pegawai, atau juga pekerja bebas? Dan apakah tersedia rinciannya menurut jenis kelamin untuk lapangan usaha akomodasi dan makan minum?

        Salam,
        Rumondang Sihombing
        '''), kind='reply', name='Rumondang Sihombing', req=True, ticket='PST-2026-03405', **rp(3405), **F)

    C('f34-reply-status-new-mail-ticket-in-body', 'gmail', 'Rizky Aulia', 'rizkyaulia.rahman@mhs.ulm.ac.id',
      'Menanyakan permohonan data udang vaname', T('''
        Assalamualaikum Bapak/Ibu,

        Mohon maaf mengganggu. Saya ingin menanyakan perkembangan permohonan data saya dengan nomor tiket PST-2026-03406 yang saya kirim tanggal 12 November. Jadwal seminar hasil saya tanggal 8 Desember.

        Terima kasih.

        M. Rizky Aulia Rahman
        Universitas Lambung Mangkurat
        '''), kind='reply', name='M. Rizky Aulia Rahman', inst='Universitas Lambung Mangkurat', req=False,
      ticket='PST-2026-03406', **F)

    C('f34-reply-en-thanks-will-acknowledge', 'gmail', 'Kenji Morimoto', 'morimoto.kenji.m3@hiroshima-u.ac.jp',
      'Re: ' + SUBJ_DATA % 3407, T('''
        Dear PST team,

        Thank you very much for the tables and for the link to the publication. They are exactly what I needed, and I will acknowledge BPS Kabupaten Jembrana in my thesis.

        Best regards,
        Kenji Morimoto
        '''), kind='reply', name='Kenji Morimoto', req=False, lang='en', ticket='PST-2026-03407',
      quote=gq(DELIV_EN % 3407), **rp(3407), **F)

    C('f34-reply-html-only-sends-cover-letter-pdf', 'html_only', 'Putu Eka Darmawan', 'ekadarmawan.arsi@gmail.com',
      'Re: ' + SUBJ_LETTER % 3408, T('''
        Selamat sore Bapak/Ibu,

        Sesuai permintaan, berikut saya lampirkan surat pengantar dari Koordinator Program Studi Arsitektur Universitas Udayana untuk permohonan data per desa yang saya ajukan.

        Terima kasih.

        Putu Eka Darmawan
        '''), kind='reply', name='Putu Eka Darmawan', inst='Universitas Udayana', req=False, ticket='PST-2026-03408',
      quote=gq(LETTER_ID % 3408, 'id'), attachments=[PDF('Surat Pengantar Prodi Arsitektur Unud - Putu Eka Darmawan.pdf')],
      **rp(3408), **F)

    C('f34-reply-android-balinese-thanks-no-name', 'plain', 'Komang Arsana', 'perbekel.tukadaya@gmail.com',
      'Re: ' + SUBJ_DATA % 3409, T('''
        Suksma banget Pak/Bu, data sampun kami terima lengkap.

        Dikirim dari perangkat Android saya
        ''') + '\n\n' + aq(DELIV_ID % 3409), kind='reply', req=False, ticket='PST-2026-03409', **rp(3409), **F)

    C('f34-reply-colleague-asks-copy-to-other-address', 'outlook', 'Kec Melaya', 'kec.melaya@jembranakab.go.id',
      'RE: ' + SUBJ_ACK % 3410, T('''
        Selamat siang,

        Saya Made Dwi Antari, staf di Kantor Camat Melaya. Ibu Sriasih sedang cuti, jadi mohon data yang diminta pada tiket ini dikirim juga ke email saya madedwiantari.kcm@gmail.com agar bisa segera kami olah untuk paparan Musrenbang.

        Terima kasih.
        Made Dwi Antari
        '''), kind='reply', name='Made Dwi Antari', inst='Kantor Camat Melaya', req=False, ticket='PST-2026-03410',
      quote=oq(ACK % (3410, 'Ni Wayan Sriasih', 'Kantor Camat Melaya',
                      'Jumlah penduduk dan rumah tangga per desa; kemiskinan 2021-2025'),
               'Kec Melaya <kec.melaya@jembranakab.go.id>', SUBJ_ACK % 3410, 'id'), **rp(3410), **F)

    # ================================================================================================
    # Ratings
    # ================================================================================================
    C('f34-rating-gmail-lima-dari-saya-codeswitch', 'gmail', 'Kezia Natalia', 'kezia.natalia@ui.ac.id',
      'Re: ' + SUBJ_RATE % 3421, T('''
        5 dari saya! Super cepat dan datanya rapi. Thank you PST Jembrana 🙌

        Kezia
        '''), kind='rating', rating=5, name='Kezia', req=False, ticket='PST-2026-03421',
      quote=gq(RATE_ID % 3421, 'id'), **rp(3421), **F)

    C('f34-rating-outlook-nilai-empat-staff-signature', 'outlook', 'Dinas Pertanian dan Pangan Kab. Jembrana',
      'distanpangan@jembranakab.go.id', 'RE: ' + SUBJ_RATE % 3422, T('''
        Yth. PST BPS Kabupaten Jembrana,

        Atas layanan yang diberikan kami memberikan nilai 4 (puas). Data yang kami minta lengkap, hanya saja waktu penyelesaian melewati tiga hari kerja.

        Terima kasih.

        Kadek Agus Wiranata
        Staf Subbag Perencanaan
        Dinas Pertanian dan Pangan Kabupaten Jembrana
        '''), kind='rating', rating=4, name='Kadek Agus Wiranata', inst='Dinas Pertanian dan Pangan Kabupaten Jembrana',
      req=False, ticket='PST-2026-03422',
      quote=oq(RATE_ID % 3422, 'Dinas Pertanian dan Pangan Kab. Jembrana <distanpangan@jembranakab.go.id>',
               SUBJ_RATE % 3422, 'id'), **rp(3422), **F)

    C('f34-rating-iphone-four-stars-no-name', 'iphone', 'Nadya', 'nadyakirana.pk@icloud.com', 'Re: ' + SUBJ_RATE % 3423, T('''
        ⭐⭐⭐⭐ kak! cuma kurang yg per kecamatan aja hehe. makasih yaa

        Dikirim dari iPhone saya
        '''), kind='rating', rating=4, req=False, ticket='PST-2026-03423', quote=iq(RATE_ID % 3423), **rp(3423), **F)

    C('f34-rating-yahoo-tiga-in-words-census-years', 'yahoo', 'Hendrik Wattimena', 'h.wattimena52@yahoo.com',
      'Re: ' + SUBJ_RATE % 3424, T('''
        Selamat siang,

        Saya beri nilai tiga. Petugas sopan, tetapi data sensus 1980 dan 1990 yang saya perlukan ternyata tidak tersedia dan saya disarankan mencarinya di perpustakaan BPS Provinsi Bali.

        Salam,
        Hendrik Wattimena
        '''), kind='rating', rating=3, name='Hendrik Wattimena', req=False, ticket='PST-2026-03424',
      quote=yq(RATE_ID % 3424), **rp(3424), **F)

    C('f34-rating-en-four-slash-five-embassy', 'outlook', 'Meulen, Femke van der', 'femke-vander.meulen@minbuza.nl',
      'RE: ' + SUBJ_RATE % 3425, T('''
        Dear PST team,

        4/5 from me. The fisheries tables were very useful; the export figures were unfortunately not available at regency level, which we understand.

        Kind regards,
        Femke van der Meulen
        Embassy of the Kingdom of the Netherlands
        '''), kind='rating', rating=4, name='Femke van der Meulen', inst='Embassy of the Kingdom of the Netherlands',
      req=False, lang='en', ticket='PST-2026-03425',
      quote=oq(RATE_EN % 3425, 'Meulen, Femke van der <femke-vander.meulen@minbuza.nl>', SUBJ_RATE % 3425), **rp(3425), **F)

    C('f34-rating-android-dua-slow-no-name', 'plain', '', 'tani.melaya88@gmail.com', 'Re: ' + SUBJ_RATE % 3426, T('''
        nilai 2 pak. jawabannya lama, seminggu baru dibalas, harga gabahnya juga cuma sampai bulan oktober

        Dikirim dari perangkat Android saya
        ''') + '\n\n' + aq(RATE_ID % 3426), kind='rating', rating=2, req=False, ticket='PST-2026-03426', **rp(3426), **F)

    C('f34-rating-thunderbird-bottom-lima-brin', 'thunderbird', 'Rahmawati Hasibuan', 'rahm019@brin.go.id',
      'Re: ' + SUBJ_RATE % 3427, tq(RATE_ID % 3427) + '\n\n' + T('''
        Saya memberi nilai 5 (sangat puas). Diskusi daringnya sangat membantu tim kami.

        Salam,
        Rahmawati Hasibuan
        Pusat Riset Kependudukan BRIN
        '''), kind='rating', rating=5, name='Rahmawati Hasibuan', inst='Pusat Riset Kependudukan BRIN', req=False,
      ticket='PST-2026-03427', **rp(3427), **F)

    C('f34-rating-new-mail-ticket-subject-one-dates', 'gmail', 'Dewa Ardana', 'redaksi.jembranaterkini@gmail.com',
      'Penilaian layanan PST-2026-03428', T('''
        Selamat sore,

        Untuk permintaan tanggal 10 November 2026 (tiket PST-2026-03428), data harga baru saya terima 17 November, padahal berita sudah terbit tanggal 13. Nilai saya 1.

        Dewa Gede Ardana
        JembranaTerkini.com
        '''), kind='rating', rating=1, name='Dewa Gede Ardana', inst='JembranaTerkini.com', req=False,
      ticket='PST-2026-03428', **F)

    # ================================================================================================
    # Complaints and suggestions
    # ================================================================================================
    C('f34-complaint-no-answer-two-weeks-usu', 'gmail', 'Siti Nurjanah', 'sitinurjanah.hrp@students.usu.ac.id',
      'Keluhan: permohonan data belum dibalas', T('''
        Selamat pagi,

        Saya Siti Nurjanah Harahap, mahasiswi Universitas Sumatera Utara. Sudah dua minggu sejak saya mengirim permohonan data produksi kelapa ke alamat ini dan sampai sekarang tidak ada balasan sama sekali, bahkan balasan otomatis pun tidak. Telepon kantor juga tidak diangkat. Saya sangat kecewa karena di website tertulis layanan maksimal 3 hari kerja.

        Mohon perhatiannya.

        Siti Nurjanah Harahap
        '''), kind='complaint', name='Siti Nurjanah Harahap', inst='Universitas Sumatera Utara', req=False, **F)

    C('f34-complaint-reply-wrong-kecamatan-second-time', 'outlook', 'Kadek Surya Dharma', 'kadek.suryadharma@pu.go.id',
      'RE: ' + SUBJ_DATA % 3432, T('''
        Selamat siang,

        Mohon maaf, file yang dikirim berisi jumlah penduduk per desa Kecamatan Negara dan Kecamatan Jembrana, padahal yang kami minta desa-desa di DAS Yeh Sumbul dan Tukad Daya. Ini sudah kali kedua kami harus mengoreksi kiriman dari PST, sehingga jadwal laporan antara kami mundur. Mohon lebih cermat.

        Salam,
        I Kadek Surya Dharma
        Balai Wilayah Sungai Bali-Penida
        '''), kind='complaint', name='I Kadek Surya Dharma', inst='Balai Wilayah Sungai Bali-Penida', req=False,
      ticket='PST-2026-03432',
      quote=oq(DELIV_ID % 3432, 'Kadek Surya Dharma <kadek.suryadharma@pu.go.id>', SUBJ_DATA % 3432, 'id'),
      **rp(3432), **F)

    C('f34-complaint-anon-parking-waiting-chairs', 'gmail', 'Pengunjung', 'pengunjung.pst2026@gmail.com', 'Saran', T('''
        Saran untuk BPS Jembrana: tolong disediakan tempat parkir motor yang teduh dan kursi tunggu yang lebih banyak di ruang PST. Kemarin siang saya harus berdiri hampir 40 menit karena kursinya penuh oleh rombongan mahasiswa. Terima kasih.
        '''), kind='complaint', req=False, **F)

    C('f34-complaint-en-website-search-broken', 'gmail', 'Thomas Whitfield', 't.whitfield@uq.edu.au',
      'Website search not returning tables', T('''
        Dear BPS Jembrana,

        I would like to flag a problem with your website: the search function for statistical tables returns "no results" for every keyword I try ("penduduk", "population", "kemiskinan"), although the tables exist when I browse the menu manually. This has been the case for at least a week and makes the site very hard to use for outside researchers.

        Kind regards,
        Thomas Whitfield
        University of Queensland
        '''), kind='complaint', name='Thomas Whitfield', inst='University of Queensland', req=False, lang='en', **F)

    C('f34-complaint-caps-se2026-enumerator-warung', 'plain', 'MADE LASIA', 'made.lasia65@gmail.com', 'KELUHAN PETUGAS SENSUS', T('''
        SELAMAT SIANG BPS.
        SAYA NI MADE LASIA PEMILIK WARUNG MAKAN DI JALAN RAYA CEKIK. PETUGAS SENSUS EKONOMI DATANG WAKTU WARUNG SAYA LAGI RAMAI PEMBELI DAN MEMAKSA SAYA MENJAWAB PERTANYAAN SAMPAI SETENGAH JAM. PEMBELI SAYA BANYAK YANG PERGI. TOLONG PETUGASNYA DIAJARI SOPAN DAN DATANG DI WAKTU YANG TEPAT.
        TERIMA KASIH.

        Dikirim dari perangkat Android saya
        '''), kind='complaint', name='NI MADE LASIA', req=False, **F)

    C('f34-complaint-suggestion-excel-not-scans-lecturer', 'gmail', 'Gede Wirya Pratama', 'wiryapratama@undiknas.ac.id',
      'Saran: data dalam format Excel', T('''
        Yth. Pimpinan BPS Kabupaten Jembrana,

        Izinkan saya menyampaikan saran. Selama ini data yang kami terima dari PST hampir selalu berupa PDF hasil pindaian, sehingga mahasiswa kami harus mengetik ulang angka-angkanya dan sering terjadi salah ketik. Alangkah baiknya bila tabel dapat dikirim dalam format Excel atau CSV, sebagaimana sudah dilakukan beberapa BPS kabupaten lain di Bali.

        Terima kasih atas perhatiannya, dan sukses selalu.

        Salam hormat,
        Dr. I Gede Wirya Pratama, S.E., M.M.
        Dosen Program Studi Manajemen
        Universitas Pendidikan Nasional
        '''), kind='complaint', name='Dr. I Gede Wirya Pratama', inst='Universitas Pendidikan Nasional', req=False, **F)

    C('f34-complaint-iphone-whatsapp-centang-satu', 'iphone', 'Krisna', 'krisna.bgs@icloud.com', 'WA PST', T('''
        min tolong dong WA pst nya diaktifin, udah 3 hari chat ga dibales, centang 1 terus. gmn mau minta data kalo gini 😤

        Krisna

        Dikirim dari iPhone saya
        '''), kind='complaint', name='Krisna', req=False, **F)

    C('f34-complaint-village-objects-poverty-figure', 'outlook', 'Desa Blimbingsari', 'desablimbingsari@gmail.com',
      'Keberatan atas angka rumah tangga miskin Desa Blimbingsari', T('''
        Om Swastyastu,

        Dengan hormat,
        Kami Pemerintah Desa Blimbingsari menyampaikan keberatan atas angka jumlah rumah tangga miskin Desa Blimbingsari yang tercantum dalam publikasi Kecamatan Melaya Dalam Angka 2026, yaitu 412 rumah tangga. Menurut pendataan desa tahun 2025 jumlahnya hanya 187 rumah tangga. Angka tersebut sudah dikutip media dan membuat warga resah. Kami mohon BPS memberikan penjelasan dan, bila keliru, melakukan ralat.

        Demikian kami sampaikan.

        Perbekel Blimbingsari,
        I Made Sudiasa Yosafat
        '''), kind='complaint', name='I Made Sudiasa Yosafat', inst='Pemerintah Desa Blimbingsari', req=False, **F)

    # ================================================================================================
    # Auto-replies
    # ================================================================================================
    C('f34-ooo-outlook-en-fieldwork-headers', 'outlook', 'Thomas Whitfield', 't.whitfield@uq.edu.au',
      'Automatic reply: ' + SUBJ_DATA % 3441, T('''
        Thank you for your email. I am currently undertaking fieldwork in Indonesia with intermittent internet access and will reply when I can. For urgent matters please contact my principal advisor, A/Prof. Catherine Doyle (c.doyle@uq.edu.au).

        Thomas
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03441',
      extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], **rp(3441), **F)

    C('f34-ooo-gmail-body-only-dinas-luar', 'gmail', 'Putu Krisna Yudhistira', 'krisna.yudhistira@bpdbali.co.id',
      'Re: ' + SUBJ_ACK % 3442, T('''
        Ini adalah balasan otomatis.

        Terima kasih atas email Anda. Saya sedang menjalankan tugas dinas luar di Denpasar pada tanggal 23-27 November 2026. Email Anda akan saya balas setelah kembali ke kantor. Untuk keperluan mendesak silakan hubungi Kantor Cabang Negara di (0365) 4xxxx.

        Salam,
        Putu Krisna Yudhistira
        '''), kind='auto_reply', req=False, ticket='PST-2026-03442', **rp(3442), **F)

    C('f34-ooo-company-service-desk-own-number', 'gmail', 'AKN Service Desk', 'servicedesk@agrokelapa.co.id',
      '[AKN-HD #20817] Re: ' + SUBJ_DATA % 3443, T('''
        Dear Sender,

        Your message has been received by the PT Agro Kelapa Nusantara service desk and logged as request #20817. One of our staff will respond within two working days. Please keep the number above in the subject line of any further correspondence.

        This is an automatically generated message. Please do not reply to this email.
        '''), kind='auto_reply', req=False, lang='en', ticket='PST-2026-03443',
      extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')], **rp(3443), **F)

    C('f34-ooo-yahoo-kkn-xautoreply', 'yahoo', 'lalu zul', 'lalu_zulkarnaen@yahoo.co.id', 'Re: ' + SUBJ_RATE % 3444, T('''
        Balasan otomatis:

        Terima kasih atas pesannya. Saya sedang melaksanakan KKN di Kecamatan Sambelia, Lombok Timur sampai 15 Januari 2027 dan sinyal di lokasi terbatas. Pesan akan saya balas secepatnya.

        Lalu Muhammad Zulkarnaen
        '''), kind='auto_reply', req=False, ticket='PST-2026-03444',
      extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], **rp(3444), **F)

    C('f34-ooo-plain-address-inactive-foundation', 'plain', 'Yayasan Lentera Anak Bali Barat', 'sekretariat@lentera-anak.or.id',
      'Pemberitahuan otomatis: ' + SUBJ_ACK % 3445, T('''
        Yth. Bapak/Ibu,

        Alamat email ini sudah tidak aktif sejak 1 Oktober 2026. Mohon kirimkan surat dan email untuk Yayasan Lentera Anak Bali Barat ke lenteraanak.bb@gmail.com.

        Pesan ini dikirim secara otomatis.
        '''), kind='auto_reply', req=False, ticket='PST-2026-03445',
      extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], **rp(3445), **F)

    # ================================================================================================
    # Bounces
    # ================================================================================================
    D('f34-dsn-postfix-domain-typo-gmial', dict(
        recipient='yancemofu21@gmial.com', original_message_id=OUR(3451, '7d21c4a9'),
        orig_subject=SUBJ_ACK % 3451, status='5.4.4',
        text=('This is the mail system at host mx.bps.go.id.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              'For further assistance, please send mail to postmaster.\n\n'
              '                   The mail system\n\n'
              '<yancemofu21@gmial.com>: Host or domain name not found. Name service error\n'
              '    for name=gmial.com type=MX: Host not found, try again')), 'PST-2026-03451', **F)

    D('f34-dsn-exchange-indonesian-mailbox-full', dict(
        recipient='camat.melaya@jembranakab.go.id', original_message_id=OUR(3452, '7d21c4a9'),
        orig_subject=SUBJ_DATA % 3452, status='5.2.2', mta='jembranakab.go.id',
        **{'from': 'Microsoft Outlook <postmaster@jembranakab.go.id>',
           'subject': 'Tidak Terkirim: ' + SUBJ_DATA % 3452,
           'text': ('Pesan Anda ke camat.melaya@jembranakab.go.id tidak dapat dikirim.\n\n'
                    'Kotak surat penerima penuh dan tidak dapat menerima pesan saat ini. '
                    'Coba kirim ulang pesan nanti, atau hubungi penerima secara langsung.\n\n'
                    'Informasi diagnostik untuk administrator:\n\n'
                    'Server pembuat: MAIL01.jembranakab.go.id\n'
                    'camat.melaya@jembranakab.go.id\n'
                    "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'")}),
      'PST-2026-03452', lang='id', **F)

    D('f34-dsn-exim-unknown-user-japan', dict(
        recipient='k.morimoto@hiroshima-u.ac.jp', original_message_id=OUR(3453, '7d21c4a9'),
        orig_subject=SUBJ_RATE % 3453, status='5.1.1',
        **{'from': 'Mail Delivery System <Mailer-Daemon@mx.bps.go.id>',
           'subject': 'Mail delivery failed: returning message to sender',
           'text': ('This message was created automatically by mail delivery software.\n\n'
                    'A message that you sent could not be delivered to one or more of its\n'
                    'recipients. This is a permanent error. The following address(es) failed:\n\n'
                    '  k.morimoto@hiroshima-u.ac.jp\n'
                    '    host mx1.hiroshima-u.ac.jp [133.41.4.12]\n'
                    '    SMTP error from remote mail server after RCPT TO:<k.morimoto@hiroshima-u.ac.jp>:\n'
                    '    550 5.1.1 <k.morimoto@hiroshima-u.ac.jp>: Recipient address rejected: User unknown')}),
      'PST-2026-03453', **F)

    D('f34-dsn-postfix-delayed-four-hours', dict(
        recipient='martin@medewipoint.com', original_message_id=OUR(3454, '7d21c4a9'),
        orig_subject=SUBJ_ACK % 3454, status='4.4.1', action='delayed',
        **{'subject': 'Delayed Mail (still being retried)',
           'text': ('This is the mail system at host mx.bps.go.id.\n\n'
                    '####################################################################\n'
                    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
                    '####################################################################\n\n'
                    'Your message could not be delivered for more than 4 hour(s).\n'
                    'It will be retried until it is 5 day(s) old.\n\n'
                    '                   The mail system\n\n'
                    '<martin@medewipoint.com>: connect to mail.medewipoint.com[103.28.12.7]:25:\n'
                    '    Connection timed out')}),
      'PST-2026-03454', **F)
