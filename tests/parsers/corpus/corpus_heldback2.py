# corpus_heldback2.py: a second batch written after more tuning, never tuned against (set "heldback").
def define(g):
    C, D, gq, oq, yq, ACK, ASK, OUR, PDF, DOCX, JPG = (g[k] for k in
        ('C', 'D', 'gq', 'oq', 'yq', 'ACK', 'ASK', 'OUR', 'PDF', 'DOCX', 'JPG'))
    H = dict(sset='heldback')

    C('hb2-gmail-sig-dashes', 'gmail', 'Reza Mahendra', 'reza.mahendra@gmail.com', 'Data kemiskinan per kecamatan',
      'Selamat pagi,\n\nApakah tersedia data persentase penduduk miskin per kecamatan di Kabupaten Jembrana '
      'tahun 2024? Data ini untuk bahan tugas akhir saya.\n\nTerima kasih.\n\n--\nReza Mahendra\n'
      'Program Studi Ilmu Ekonomi\nUniversitas Airlangga', name='Reza Mahendra', inst='Universitas Airlangga', **H)
    C('hb2-yahoo-no-inst', 'yahoo', 'made sutama', 'madesutama@yahoo.com', 'minta data',
      'Selamat sore. Nama saya Made Sutama. Saya perlu data jumlah penduduk Desa Baluk tahun 2025. Terima kasih.',
      name='Made Sutama', inst=None, **H)
    C('hb2-outlook-latin1-form', 'outlook', 'Kantor Pertanahan', 'kantah.jembrana@atrbpn.go.id',
      'Permohonan Data Statistik',
      'Dengan hormat,\n\nNama : Ir. Gede Suparta\nInstansi : Kantor Pertanahan Kabupaten Jembrana\n'
      'Data yang diperlukan : luas wilayah dan jumlah desa per kecamatan\n\nDemikian, terima kasih.',
      name='Ir. Gede Suparta', inst='Kantor Pertanahan Kabupaten Jembrana', **H)
    C('hb2-english-ngo', 'gmail', 'Daniel Okafor', 'daniel@oxfam.org', 'Data on poverty and gender',
      'Hello,\n\nMy name is Daniel Okafor and I work for Oxfam Indonesia as a programme officer. We are looking '
      'for poverty rates by sex of household head for Jembrana, ideally 2020-2025.\n\nThanks a lot,\nDaniel',
      name='Daniel Okafor', inst='Oxfam Indonesia', lang='en', **H)
    C('hb2-iphone-casual-no-name', 'iphone', '', 'ayu.mhs22@gmail.com', 'data IPM',
      'kak mau minta data IPM jembrana 2020 sampe 2024, aku mhs unud. makasih kak\n\nDikirim dari iPhone saya',
      name=None, inst='unud', **H)
    C('hb2-html-only-bank', 'html_only', 'Bank Indonesia Bali', 'kpw.bali@bi.go.id', 'Permintaan data',
      'Selamat siang,\n\nKami dari Kantor Perwakilan Bank Indonesia Provinsi Bali memohon data inflasi dan '
      'perkembangan harga bahan pokok di Kabupaten Jembrana bulan Oktober 2026.\n\nHormat kami,\n'
      'Ni Luh Gede Astiti\nEkonom', name='Ni Luh Gede Astiti', inst='Kantor Perwakilan Bank Indonesia Provinsi Bali', **H)
    C('hb2-request-missing-en', 'gmail', 'Hiro Tanaka', 'hiro.tanaka@gmail.com', 'Hello',
      'Hello, I am Hiro Tanaka from Kyoto University. I would like to ask something.\n\nRegards,\nHiro',
      name='Hiro Tanaka', inst='Kyoto University', req=False, lang='en', **H)
    C('hb2-attachment-2047-name', 'gmail', 'Ni Kadek Ayu', 'kadekayu@gmail.com', 'Surat Permohonan Data Penelitian',
      'Selamat siang,\n\nSaya Ni Kadek Ayu Pratiwi, mahasiswi Universitas Udayana. Bersama ini saya lampirkan '
      'surat permohonan data penelitian.\n\nTerima kasih.',
      name='Ni Kadek Ayu Pratiwi', inst='Universitas Udayana',
      attachments=[dict(PDF('Surat Permohonan – Ni Kadek Ayu.pdf'), style='2047')], **H)
    C('hb2-reply-references-outlook', 'outlook', 'Gede Suparta', 'kantah.jembrana@atrbpn.go.id',
      'RE: Permohonan Data Statistik',
      'Terima kasih, sudah kami terima dengan baik.\n\nGede Suparta',
      quote=oq(ACK % (140, 'Gede Suparta', 'Kantor Pertanahan', 'luas wilayah'), 'Gede Suparta',
               '[PST-2026-00140] Permohonan Data Statistik'),
      kind='reply', name='Gede Suparta', inst=None, req=False, ticket='PST-2026-00140',
      in_reply_to=OUR(140, '9a9a'), references=[OUR(140, '9a9a')], **H)
    C('hb2-reply-completes-inst', 'yahoo', 'made sutama', 'madesutama@yahoo.com', 'Re: [PST-2026-00141] minta data',
      'Saya dari Kantor Desa Baluk, sebagai staf.', quote=yq(ASK), kind='reply', name=None,
      inst='Kantor Desa Baluk', req=False, ticket='PST-2026-00141', **H)
    C('hb2-rating-out-of', 'gmail', 'Daniel Okafor', 'daniel@oxfam.org', 'Re: [PST-2026-00142] Your feedback',
      'I would give you 4 out of 5 - quick and clear.\n\nDaniel', kind='rating', rating=4, name='Daniel',
      ticket='PST-2026-00142', req=False, lang='en', in_reply_to=OUR(142, '8b8b'), **H)
    C('hb2-rating-word', 'yahoo', 'Komang Sriasih', 'komang_sriasih@yahoo.co.id',
      'Re: [PST-2026-00143] Penilaian', 'Rating: 3. Datanya agak lama dikirim.', kind='rating', rating=3,
      ticket='PST-2026-00143', req=False, **H)
    C('hb2-complaint-kecewa', 'gmail', 'Bayu Saputra', 'bayusaputra@gmail.com', 'Pelayanan PST',
      'Saya sangat kecewa, datang ke kantor jam 10 tapi petugas PST tidak ada di tempat. Mohon perbaikan '
      'pelayanan.\n\nBayu Saputra', kind='complaint', name='Bayu Saputra', req=False, **H)
    C('hb2-complaint-english-ticket', 'gmail', 'Priya Natarajan', 'pnatarajan@worldbank.org',
      'Complaint regarding ticket PST-2026-00144',
      'I wish to file a complaint: the table you sent for ticket PST-2026-00144 has the wrong year.\n\nPriya',
      kind='complaint', name='Priya', req=False, ticket='PST-2026-00144', lang='en', **H)
    C('hb2-ooo-indonesian-headers', 'outlook', 'I Ketut Widana', 'ekonomi@jembranakab.go.id',
      'Balasan Otomatis: Permintaan data inflasi dan harga',
      'Saya sedang tidak berada di kantor sampai dengan 30 November 2026.', kind='auto_reply', req=False,
      extra=[('Auto-Submitted', 'auto-generated'), ('X-MS-Exchange-Generated-Message-Source', 'Mailbox Rules Agent')],
      **H)
    C('hb2-ooo-autoresponder-header', 'gmail', 'Info Unmas', 'info@unmas.ac.id', 'Re: Pertanyaan',
      'Terima kasih telah menghubungi kami. Pesan Anda akan dibalas dalam 2x24 jam.', kind='auto_reply', req=False,
      extra=[('X-Autoresponder', 'yes')], **H)
    D('hb2-dsn-yahoo', dict(recipient='komang_sriasihh@yahoo.co.id', original_message_id=OUR(145, '7c7c'),
                            **{'from': 'MAILER-DAEMON@yahoo.com', 'subject': 'Failure Notice',
                               'orig_subject': '[PST-2026-00145] Mohon lengkapi permintaan Anda'}), 'PST-2026-00145',
      sset='heldback')
    D('hb2-dsn-mailbox-full', dict(recipient='fitri.h@bps.go.id', original_message_id=OUR(146, '6d6d'),
                                   status='5.2.2', **{'subject': 'Undeliverable: [PST-2026-00146] Permintaan data',
                                                      'from': 'Microsoft Outlook <postmaster@bps.go.id>',
                                                      'orig_subject': '[PST-2026-00146] Permintaan data'}),
      'PST-2026-00146', sset='heldback')
    C('hb2-forward-gmail-en', 'gmail', 'Front Desk BPS', 'bps5101@bps.go.id', 'Fwd: Request for census data',
      'Forwarding to PST.\n\n---------- Forwarded message ---------\nFrom: Olivia Brown <olivia.brown@ucl.ac.uk>\n'
      'Date: Fri, 20 Nov 2026 at 16:40\nSubject: Request for census data\nTo: <bps5101@bps.go.id>\n\n\n'
      'Dear BPS,\n\nI am Olivia Brown, a doctoral researcher at University College London. Could you send me the '
      '2020 population census tables for Jembrana by village?\n\nBest regards,\nOlivia Brown',
      name='Olivia Brown', inst='University College London', lang='en', **H)
    C('hb2-signature-only-dinas', 'outlook', 'Dinas Perikanan', 'diskan@jembranakab.go.id', 'data',
      'Selamat pagi,\n\nMohon kiranya dapat dikirimkan data produksi perikanan budidaya Kabupaten Jembrana tahun '
      '2025.\n\nTerima kasih.\n\nSalam,\nKomang Adi Saputra\nDinas Perikanan Kabupaten Jembrana',
      name='Komang Adi Saputra', inst='Dinas Perikanan Kabupaten Jembrana', **H)
    C('hb2-casual-nama-gw', 'gmail', 'Dimas', 'dimas.ok@gmail.com', 'tanya',
      'halo min, gw dimas dari binus, boleh minta data jumlah hotel di jembrana 2025? thanks',
      name='Dimas', inst='binus', **H)
    C('hb2-english-question-only', 'gmail', 'Anonymous', 'tourist123@gmail.com', 'Question',
      'Hi, what was the population of Jembrana in 2025?', name=None, inst=None, lang='en', **H)
    C('hb2-nothing-at-all', 'iphone', '', 'user88@gmail.com', '(no subject)',
      'Halo\n\nSent from my iPhone', name=None, inst=None, req=False, **H)
    C('hb2-saya-adalah', 'gmail', 'Ni Putu Sinta', 'sinta.dewi@gmail.com', 'Permohonan data',
      'Selamat siang. Saya adalah Ni Putu Sinta Dewi, guru di SMP Negeri 3 Mendoyo. Saya ingin meminta data '
      'angka partisipasi sekolah Kabupaten Jembrana 2024. Terima kasih.',
      name='Ni Putu Sinta Dewi', inst='SMP Negeri 3 Mendoyo', **H)
    C('hb2-greeting-intro-english-mixed', 'outlook', 'Wayan Gunawan', 'wgunawan@balihotels.com',
      'Data hunian hotel', 'Om Swastiastu,\n\nI am Wayan Gunawan, General Manager of Jembrana Beach Resort. We need '
      'hotel occupancy rates in Jembrana for 2025 for our business plan.\n\nThank you,\nWayan Gunawan',
      name='Wayan Gunawan', inst='Jembrana Beach Resort', lang='en', **H)
    C('hb2-pemkab-kabag', 'outlook', 'Bagian Umum Setda', 'umum@jembranakab.go.id', 'Permohonan data',
      'Yth. PST BPS Kabupaten Jembrana,\n\nSaya I Made Dwi Antara dari Bagian Organisasi Sekretariat Daerah '
      'Kabupaten Jembrana memohon data jumlah ASN menurut pendidikan tahun 2025.\n\nTerima kasih.',
      name='I Made Dwi Antara', inst='Bagian Organisasi Sekretariat Daerah Kabupaten Jembrana', **H)
    C('hb2-student-nim-form', 'gmail', 'Luh Ayu', 'luhayu@student.undiksha.ac.id', 'Permohonan data skripsi',
      'Om Swastiastu,\n\nNama: Luh Ayu Kartini\nNIM: 2017021045\nProdi: Pendidikan Geografi\nKampus: Universitas '
      'Pendidikan Ganesha\n\nMohon data kepadatan penduduk per kecamatan Kabupaten Jembrana tahun 2025.\n\n'
      'Om Shanti Shanti Shanti Om', name='Luh Ayu Kartini', inst='Universitas Pendidikan Ganesha', **H)
    C('hb2-thanks-reply-id', 'iphone', 'Gek Ayu', 'gekayu02@gmail.com', 'Re: [PST-2026-00147] data',
      'Oke kak udh aku terima, makasih bnyk ya\n\nDikirim dari iPhone saya',
      quote='> Pada 24 Nov 2026, pukul 10.02, PST BPS Kabupaten Jembrana <pst5101@bps.go.id> menulis:\n>\n> '
            'Terlampir data yang Anda minta.', kind='reply', name=None, inst=None, req=False,
      ticket='PST-2026-00147', **H)
    C('hb2-complaint-saran-subject', 'gmail', 'Warga Negara', 'warga.negara@gmail.com', 'Saran untuk PST',
      'Sebaiknya PST juga buka di hari Sabtu agar mahasiswa yang kuliah bisa datang.', kind='complaint', req=False,
      **H)
    C('hb2-institution-stie', 'gmail', 'Eka Wahyuni', 'eka.wahyuni@gmail.com', 'Data ekonomi',
      'Selamat pagi. Saya Eka Wahyuni dari STIE Satya Dharma Singaraja. Saya membutuhkan data laju pertumbuhan '
      'ekonomi Kabupaten Jembrana 2020-2025. Terima kasih.', name='Eka Wahyuni', inst='STIE Satya Dharma Singaraja',
      **H)
