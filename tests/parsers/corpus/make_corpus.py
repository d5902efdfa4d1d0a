#!/usr/bin/env python3
# make_corpus.py: writes the labelled corpus tests/parsers/corpus/*.eml and labels.json.
# Each case is a mail as a real client sends it (mailgen.py) with what an officer would read from it.
# Labels: kind, name, institution, missing (only for kind request), rating, language, ticket_ref,
# request (true = a concrete need is stated). "set": "tuned" mails were used while writing the rules;
# "heldback" mails were written afterwards and never tuned against (see corpus_test.cc); "fresh3"
# (corpus_fresh3.py) is a third batch in styles the others lack, measured before any tuning; "fresh4"
# (corpus_fresh4.py) a fourth, written blind by another author who never saw the rules or results;
# "fresh5" (corpus_fresh5.py) a fifth, blind, by a third author; "fresh6" (corpus_fresh6.py) a sixth,
# blind, by a fourth, written after the rules fresh5 prompted; "fresh7" (corpus_fresh7.py) a seventh,
# blind, by a fifth, written after the eighth session's rules; "fresh8" (corpus_fresh8.py) an eighth,
# blind, by a sixth, written during the ninth session; "fresh9" (corpus_fresh9.py) a ninth, blind, by a
# seventh author, written during the tenth session; "fresh10" (corpus_fresh10.py) a tenth, blind, by an
# eighth, written during the eleventh session; "fresh11" (corpus_fresh11.py) an eleventh, blind, by a ninth,
# measured at the end of the eleventh session and not tuned on; "fresh12" (corpus_fresh12.py) a twelfth, blind,
# by a tenth author, written during the twelfth session (measured at first sight, then tuned on); "fresh13"
# (corpus_fresh13.py) a thirteenth, blind, by an eleventh author, and "fresh14" (corpus_fresh14.py) a
# fourteenth, blind, by a twelfth: both measured without looking at their misses; "fresh15" (corpus_fresh15.py)
# a fifteenth, blind, by a thirteenth, measured once at the twelfth session's end (its author described nothing);
# "fresh16" (corpus_fresh16.py) and "fresh17" (corpus_fresh17.py), blind, by a fourteenth and a fifteenth author,
# written at the thirteenth session's start and measured without reading them (their authors described nothing);
# "fresh18" (corpus_fresh18.py), blind, by a sixteenth author, written during the thirteenth session;
# "fresh19" and "fresh20" (corpus_fresh19.py, corpus_fresh20.py), blind, by a seventeenth and an eighteenth
# author, written at the fourteenth session's start and measured without reading them; "fresh21" and "fresh22"
# (corpus_fresh21.py, corpus_fresh22.py), blind, by a nineteenth and a twentieth author, written at the fifteenth
# session's start and measured without reading them; "fresh23" and "fresh24" (corpus_fresh23.py, corpus_fresh24.py),
# blind, by a twenty-first and a twenty-second author, written at the sixteenth session's start and measured without
# reading them; "fresh25" and "fresh26" (corpus_fresh25.py, corpus_fresh26.py), blind, by a twenty-third and a
# twenty-fourth author, written at the seventeenth session's start and measured without reading them (fresh26 was
# ready first, so its mails are numbered before fresh25's); "fresh27" and "fresh28" (corpus_fresh27.py,
# corpus_fresh28.py), blind, by a twenty-fifth and a twenty-sixth author, written at the eighteenth session's start
# and measured without reading them; "fresh29" and "fresh30" (corpus_fresh29.py, corpus_fresh30.py), blind, by a
# twenty-seventh and a twenty-eighth author, written near the eighteenth session's end and measured with its end
# build without reading them; "fresh31" and "fresh32" (corpus_fresh31.py, corpus_fresh32.py), blind, by a
# twenty-ninth and a thirtieth author, written at the nineteenth session's start and measured without reading them;
# "fresh33" and "fresh34" (corpus_fresh33.py, corpus_fresh34.py), blind, by a thirty-first and a thirty-second author,
# written at the twentieth session's start and measured without reading them; "fresh35" and "fresh36"
# (corpus_fresh35.py, corpus_fresh36.py), blind, by a thirty-third and a thirty-fourth author, written in the middle
# of the twentieth session and measured with its later builds without reading them; "fresh37" and "fresh38"
# (corpus_fresh37.py, corpus_fresh38.py), blind, by a thirty-fifth and a thirty-sixth author, written at the
# twenty-first session's start and measured without reading them; "fresh39" and "fresh40" (corpus_fresh39.py,
# corpus_fresh40.py), blind, by a thirty-seventh and a thirty-eighth author, written in the middle of the
# twenty-first session and measured with its later builds without reading them; "fresh41" and "fresh42"
# (corpus_fresh41.py, corpus_fresh42.py), blind, by a thirty-ninth and a fortieth author, written near the
# twenty-first session's end and measured with its end build and its start build without reading them.
# Run: python3 tests/parsers/corpus/make_corpus.py  (deterministic; rewrites the files)
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailgen import build, dsn

HERE = os.path.dirname(os.path.abspath(__file__))
PST = 'PST BPS Kabupaten Jembrana <pst5101@bps.go.id>'
OUR = lambda n, h='3f9a1c2e': 'pstmail.PST-2026-%05d.%s@bps.go.id' % (n, h)
CASES = []

def C(slug, client, from_name, from_addr, subject, body, kind='request', name=None, inst=None, req=True,
      rating=None, lang='id', ticket=None, sset='tuned', **kw):
    m = dict(client=client, from_name=from_name, from_addr=from_addr, subject=subject, body=body, **kw)
    missing = []
    if kind == 'request':
        if name is None: missing.append('name')
        if inst is None: missing.append('institution')
        if not req: missing.append('request')
    CASES.append((slug, build(m), dict(kind=kind, name=name, institution=inst, missing=missing, rating=rating,
                                        language=lang, ticket_ref=ticket, request=bool(req), set=sset)))

def D(slug, m, ticket, lang='en', sset='tuned', **_):
    CASES.append((slug, dsn(m), dict(kind='bounce', name=None, institution=None, missing=[], rating=None,
                                     language=lang, ticket_ref=ticket, request=False, set=sset)))

def gq(text, lang='en', when='Mon, Nov 23, 2026 at 9:14 AM'):
    q = '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    if lang == 'id':
        return 'Pada tanggal Sen, 23 Nov 2026 pukul 09.14 PST BPS Kabupaten Jembrana <\npst5101@bps.go.id> menulis:\n\n' + q
    return 'On %s PST BPS Kabupaten Jembrana <\npst5101@bps.go.id> wrote:\n\n%s' % (when, q)

def oq(text, to, subject, lang='en'):
    if lang == 'id':
        return ('________________________________\nDari: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\n'
                'Dikirim: Senin, 23 November 2026 09.14\nKepada: %s\nPerihal: %s\n\n%s' % (to, subject, text))
    return ('From: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\nSent: Monday, November 23, 2026 9:14 AM\n'
            'To: %s\nSubject: %s\n\n%s' % (to, subject, text))

def yq(text):
    return ('On Monday, November 23, 2026 at 09:14:22 AM GMT+8, PST BPS Kabupaten Jembrana '
            '<pst5101@bps.go.id> wrote:\n\n\n' + text)

ACK = ('Yth. Bapak/Ibu,\n\nPermintaan Anda telah kami terima dengan nomor tiket PST-2026-%05d.\n'
       'Nama: %s\nInstansi: %s\nKebutuhan: %s\n\nPetugas kami akan menjawab paling lambat 3 hari kerja.\n\n'
       'Salam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
ASK = ('Yth. Bapak/Ibu,\n\nTerima kasih telah menghubungi PST BPS Kabupaten Jembrana. Agar dapat kami proses, '
       'mohon lengkapi:\n- nama lengkap\n- asal instansi\n\nSalam,\nPelayanan Statistik Terpadu\nBPS Kabupaten Jembrana')
PDF = lambda name: dict(name=name, type='application/pdf', data=b'%PDF-1.4\n' + name.encode() * 40 + b'\n%%EOF\n')
DOCX = lambda name: dict(name=name, type='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         data=b'PK\x03\x04' + name.encode() * 30)
JPG = lambda name: dict(name=name, type='image/jpeg', data=b'\xff\xd8\xff\xe0' + name.encode() * 50 + b'\xff\xd9')

import corpus_cases  # noqa: E402  (the cases themselves, kept apart from the machinery)
import corpus_heldback  # noqa: E402
import corpus_heldback2  # noqa: E402
import corpus_fresh3  # noqa: E402
import corpus_fresh4  # noqa: E402
import corpus_fresh5  # noqa: E402
import corpus_fresh6  # noqa: E402
import corpus_fresh7  # noqa: E402
import corpus_fresh8  # noqa: E402
import corpus_fresh9  # noqa: E402
import corpus_fresh10  # noqa: E402
import corpus_fresh11  # noqa: E402
import corpus_fresh12  # noqa: E402
import corpus_fresh13  # noqa: E402
import corpus_fresh14  # noqa: E402
import corpus_fresh15  # noqa: E402
import corpus_fresh16  # noqa: E402
import corpus_fresh17  # noqa: E402
import corpus_fresh18  # noqa: E402
import corpus_fresh19  # noqa: E402
import corpus_fresh20  # noqa: E402
import corpus_fresh21  # noqa: E402
import corpus_fresh22  # noqa: E402
import corpus_fresh23  # noqa: E402
import corpus_fresh24  # noqa: E402
import corpus_fresh26  # noqa: E402
import corpus_fresh25  # noqa: E402
import corpus_fresh27  # noqa: E402
import corpus_fresh28  # noqa: E402
import corpus_fresh29  # noqa: E402
import corpus_fresh30  # noqa: E402
import corpus_fresh31  # noqa: E402
import corpus_fresh32  # noqa: E402
import corpus_fresh33  # noqa: E402
import corpus_fresh34  # noqa: E402
import corpus_fresh35  # noqa: E402
import corpus_fresh36  # noqa: E402
import corpus_fresh37  # noqa: E402
import corpus_fresh38  # noqa: E402
import corpus_fresh39  # noqa: E402
import corpus_fresh40  # noqa: E402
import corpus_fresh41  # noqa: E402
import corpus_fresh42  # noqa: E402
corpus_cases.define(globals())
corpus_heldback.define(globals())
corpus_heldback2.define(globals())
corpus_fresh3.define(globals())
corpus_fresh4.define(globals())
corpus_fresh5.define(globals())
corpus_fresh6.define(globals())
corpus_fresh7.define(globals())
corpus_fresh8.define(globals())
corpus_fresh9.define(globals())
corpus_fresh10.define(globals())
corpus_fresh11.define(globals())
corpus_fresh12.define(globals())
corpus_fresh13.define(globals())
corpus_fresh14.define(globals())
corpus_fresh15.define(globals())
corpus_fresh16.define(globals())
corpus_fresh17.define(globals())
corpus_fresh18.define(globals())
corpus_fresh19.define(globals())
corpus_fresh20.define(globals())
corpus_fresh21.define(globals())
corpus_fresh22.define(globals())
corpus_fresh23.define(globals())
corpus_fresh24.define(globals())
corpus_fresh26.define(globals())
corpus_fresh25.define(globals())
corpus_fresh27.define(globals())
corpus_fresh28.define(globals())
corpus_fresh29.define(globals())
corpus_fresh30.define(globals())
corpus_fresh31.define(globals())
corpus_fresh32.define(globals())
corpus_fresh33.define(globals())
corpus_fresh34.define(globals())
corpus_fresh35.define(globals())
corpus_fresh36.define(globals())
corpus_fresh37.define(globals())
corpus_fresh38.define(globals())
corpus_fresh39.define(globals())
corpus_fresh40.define(globals())
corpus_fresh41.define(globals())
corpus_fresh42.define(globals())

def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, (slug, raw, lab) in enumerate(CASES, 1):
        fn = '%03d-%s.eml' % (i, slug)
        with open(os.path.join(HERE, fn), 'w', newline='') as fh:
            fh.write(raw)
        labels[fn] = lab
    with open(os.path.join(HERE, 'labels.json'), 'w') as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
        fh.write('\n')
    print('%d mails' % len(CASES))

if __name__ == '__main__':
    main()
