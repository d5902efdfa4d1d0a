# mailgen.py: helpers that wrap a body the way real clients send it (Gmail, Outlook, Yahoo, iPhone,
# Thunderbird, HTML-only webmail, iso-8859-1 agents, DSN reports, out-of-office replies).
# Used by make_corpus.py to write tests/parsers/corpus/*.eml. Output is deterministic.
import base64, hashlib, html, quopri, textwrap
from email.header import Header

def _h(s):
    return hashlib.sha1(s.encode()).hexdigest()

def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    s = base64.b64encode(data).decode()
    return '\r\n'.join(s[i:i+76] for i in range(0, len(s), 76))

def fits_latin1(text):
    try:
        text.encode('latin-1')
        return True
    except UnicodeEncodeError:
        return False

def qp(text, charset='utf-8'):
    data = text.replace('\n', '\r\n').encode(charset, errors='replace')
    return quopri.encodestring(data).decode('ascii')

def ew(s, charset='UTF-8', enc='B'):
    """RFC 2047 encoded word when needed."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        if enc == 'B':
            return '=?%s?B?%s?=' % (charset, base64.b64encode(s.encode(charset)).decode())
        return Header(s, charset).encode()

def addr(name, address, quote=False, charset='UTF-8', enc='B'):
    if not name:
        return address
    n = ew(name, charset, enc)
    if n == name and (quote or any(c in name for c in ',.()')):
        n = '"%s"' % name
    return '%s <%s>' % (n, address)

def to_html(text, style='gmail'):
    paras = text.split('\n')
    out = []
    for line in paras:
        esc = html.escape(line)
        if style == 'outlook':
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc if esc else '&nbsp;'))
        else:
            out.append('<div>%s</div>' % (esc if esc else '<br>'))
    body = '\n'.join(out)
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal '
                '{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
                '<body lang="EN-US"><div class="WordSection1">\n%s\n</div></body></html>' % body)
    if style == 'yahoo':
        return ('<html><head></head><body><div class="ydp1 yahoo-style-wrap" style="font-family:Helvetica '
                'Neue, Helvetica, Arial, sans-serif;font-size:13px;">\n%s\n</div></body></html>' % body)
    return '<div dir="ltr">\n%s\n</div>\n' % body

def headers(h):
    return ''.join('%s: %s\r\n' % (k, v) for k, v in h)

def attachment_part(att):
    name, ctype, data = att['name'], att['type'], att['data']
    style = att.get('style', '2231')
    try:
        name.encode('ascii')
        ascii_name = ' ' not in name
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        disp = 'attachment; filename="%s"' % name
        ct = '%s; name="%s"' % (ctype, name)
    elif style == '2231':
        from urllib.parse import quote
        enc = quote(name.encode('utf-8'), safe='')
        disp = "attachment;\r\n filename*=UTF-8''%s" % enc
        ct = "%s;\r\n name*=UTF-8''%s" % (ctype, enc)
    else:  # Outlook/Gmail style: RFC 2047 in quotes
        disp = 'attachment; filename="%s"' % ew(name)
        ct = '%s; name="%s"' % (ctype, ew(name))
    return ('Content-Type: %s\r\nContent-Disposition: %s\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n'
            % (ct, disp, b64(data)))

def _wrap(text, width):
    if not width:
        return text
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return '\n'.join(out)

def build(m):
    """m: dict with client, from_name, from_addr, subject, body, optional quote, html_quote, attachments,
    extra (list of header pairs), date, to, in_reply_to, references, charset."""
    client = m.get('client', 'gmail')
    key = _h(m['subject'] + m['body'] + m.get('from_addr', ''))
    date = m.get('date', 'Mon, 23 Nov 2026 09:%02d:%02d +0800' % (int(key[:2], 16) % 60, int(key[2:4], 16) % 60))
    to = m.get('to', 'PST BPS Kabupaten Jembrana <pst5101@bps.go.id>')
    body = m['body']
    quote = m.get('quote', '')
    charset = m.get('charset', 'UTF-8')
    enc = m.get('subject_enc', 'B')
    h = []
    if 'return_path' in m:
        h.append(('Return-Path', m['return_path']))
    h += [('MIME-Version', '1.0 (1.0)' if client == 'iphone' else '1.0'), ('Date', date)]
    mid = m.get('message_id') or {
        'gmail': 'CA+%s@mail.gmail.com' % key[:28],
        'outlook': '%s@SG2PR06MB%s.apcprd06.prod.outlook.com' % (key[:20].upper(), key[20:24]),
        'yahoo': '%s.%s@mail.yahoo.com' % (int(key[:8], 16), int(key[8:16], 16)),
        'iphone': '%s-%s@gmail.com' % (key[:8].upper(), key[8:12].upper()),
        'thunderbird': '%s-%s@unud.ac.id' % (key[:8], key[8:12]),
    }.get(client, '%s@mail.example.id' % key[:24])
    h.append(('Message-ID', '<%s>' % mid))
    if m.get('in_reply_to'):
        h.append(('In-Reply-To', '<%s>' % m['in_reply_to']))
    if m.get('references'):
        h.append(('References', ' '.join('<%s>' % r for r in m['references'])))
    h.append(('Subject', ew(m['subject'], 'UTF-8', enc)))
    h.append(('From', addr(m.get('from_name', ''), m['from_addr'], client == 'outlook',
                           m.get('name_charset', 'UTF-8'), m.get('name_enc', 'B'))))
    h.append(('To', to))
    if client == 'outlook':
        h += [('Thread-Topic', ew(m['subject'])), ('Thread-Index', 'AQHZ' + key[:24]),
              ('Accept-Language', 'id-ID, en-US'), ('Content-Language', 'id-ID'),
              ('X-MS-Has-Attach', 'yes' if m.get('attachments') else ''),
              ('X-MS-TNEF-Correlator', '')]
    if client == 'iphone':
        h.append(('X-Mailer', 'iPhone Mail (21F90)'))
    if client == 'thunderbird':
        h.append(('User-Agent', 'Mozilla Thunderbird'))
    if client == 'yahoo':
        h.append(('X-Mailer', 'WebService/1.1.21797 YMailNorrin'))
    h += m.get('extra', [])

    plain_text = body + (('\n\n' + quote) if quote else '')
    plain_text = _wrap(plain_text, m.get('wrap', 0))
    html_body = body + (('\n\n' + m.get('html_quote', quote)) if quote else '')

    if client in ('iphone', 'thunderbird', 'latin1', 'plain'):
        cs = 'iso-8859-1' if client == 'latin1' else charset
        ct = 'text/plain; charset=%s' % cs
        if client == 'thunderbird':
            ct += '; format=flowed'
        part = 'Content-Type: %s\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n' % (
            ct, qp(plain_text, 'latin-1' if client == 'latin1' else 'utf-8'))
    elif client == 'html_only':
        part = 'Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n' % b64(
            '<html><body>' + to_html(html_body) + '</body></html>')
    else:
        bnd = {'gmail': '000000000000%s' % key[:16], 'outlook': '_000_%s_' % key[:30].upper(),
               'yahoo': '----=_Part_%d_%d.%d' % (int(key[:4], 16), int(key[4:8], 16), int(key[8:12], 16))}.get(
                   client, 'b1_' + key[:20])
        style = {'outlook': 'outlook', 'yahoo': 'yahoo'}.get(client, 'gmail')
        if client == 'outlook':
            # Outlook writes iso-8859-1 only when the text fits it (stars or emoji go out as UTF-8).
            pcs = m.get('charset', 'iso-8859-1') if fits_latin1(html_body + plain_text) else 'utf-8'
            tp = 'Content-Type: text/plain; charset="%s"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n' % (
                pcs, qp(plain_text, 'latin-1' if pcs == 'iso-8859-1' else 'utf-8'))
            th = 'Content-Type: text/html; charset="%s"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n' % (
                pcs, qp(to_html(html_body, style), 'latin-1' if pcs == 'iso-8859-1' else 'utf-8'))
        elif client == 'yahoo':
            tp = 'Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n' % b64(plain_text)
            th = 'Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n' % b64(
                to_html(html_body, style))
        else:
            try:
                plain_text.encode('ascii')
                tp = 'Content-Type: text/plain; charset="UTF-8"\r\n\r\n%s\r\n' % plain_text.replace('\n', '\r\n')
            except UnicodeEncodeError:
                tp = 'Content-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n' % qp(plain_text)
            th = 'Content-Type: text/html; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n' % qp(
                to_html(html_body, style))
        part = ('Content-Type: multipart/alternative; boundary="%s"\r\n\r\n--%s\r\n%s\r\n--%s\r\n%s\r\n--%s--\r\n'
                % (bnd, bnd, tp, bnd, th, bnd))
    atts = m.get('attachments', [])
    fwd = m.get('attach_message')
    if atts or fwd:
        mb = 'mixed_' + key[:18]
        inner = part
        parts = ['--%s\r\n%s' % (mb, inner)]
        for a in atts:
            parts.append('--%s\r\n%s' % (mb, attachment_part(a)))
        if fwd:
            parts.append('--%s\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="%s.eml"\r\n\r\n%s\r\n'
                         % (mb, 'forwarded', build(fwd).rstrip('\r\n')))
        part = 'Content-Type: multipart/mixed; boundary="%s"\r\n\r\n%s--%s--\r\n' % (mb, ''.join(parts), mb)
    return headers(h) + part

def dsn(m):
    """A delivery-status report for one of our mails."""
    key = _h(m['recipient'] + m.get('status', ''))
    bnd = 'report_' + key[:16]
    orig_id = m['original_message_id']
    h = [('Return-Path', '<>'), ('MIME-Version', '1.0'), ('Date', 'Tue, 24 Nov 2026 08:12:01 +0800'),
         ('Message-ID', '<%s@%s>' % (key[:20], m.get('mta', 'mx.bps.go.id'))),
         ('From', m.get('from', 'Mail Delivery System <MAILER-DAEMON@mx.bps.go.id>')),
         ('To', '<pst5101@bps.go.id>'), ('Subject', m.get('subject', 'Undelivered Mail Returned to Sender')),
         ('Auto-Submitted', 'auto-replied')]
    if m.get('no_auto_submitted'):
        h = [x for x in h if x[0] != 'Auto-Submitted']
    h.append(('Content-Type', 'multipart/report; report-type=delivery-status;\r\n\tboundary="%s"' % bnd))
    text = m.get('text', 'This is the mail system at host mx.bps.go.id.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<%s>: host gmail-smtp-in.l.google.com said: 550-5.1.1 The email account\n    that you tried to reach does not exist.' % m['recipient'])
    status = ('Reporting-MTA: dns; mx.bps.go.id\r\nArrival-Date: Tue, 24 Nov 2026 08:11:58 +0800\r\n\r\n'
              'Final-Recipient: rfc822; %s\r\nOriginal-Recipient: rfc822;%s\r\nAction: %s\r\nStatus: %s\r\n'
              'Remote-MTA: dns; gmail-smtp-in.l.google.com\r\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you\r\n'
              '    tried to reach does not exist.\r\n' % (m['recipient'], m['recipient'], m.get('action', 'failed'),
                                                         m.get('status', '5.1.1')))
    orig = ('Return-Path: <pst5101@bps.go.id>\r\nMessage-ID: <%s>\r\nDate: Tue, 24 Nov 2026 08:11:50 +0800\r\n'
            'From: PST BPS Kabupaten Jembrana <pst5101@bps.go.id>\r\nTo: %s\r\nSubject: %s\r\n'
            % (orig_id, m['recipient'], m.get('orig_subject', '[PST-2026-00042] Permintaan data Anda telah kami terima')))
    # The blank line ends the header (issue 20: without it Cyrus refused to store these files).
    body = ('\r\nThis is a MIME-encapsulated message.\r\n\r\n--%s\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n%s\r\n\r\n'
            '--%s\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n%s\r\n'
            '--%s\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n%s\r\n--%s--\r\n'
            % (bnd, text.replace('\n', '\r\n'), bnd, status, bnd, orig, bnd))
    return headers(h) + body
