"""Shared helpers for the Severn Vale Academy hold-out corpus (stdlib only).

Identifier arithmetic, the roster/directory, and a small MIME writer that
emits CRLF messages byte-for-byte deterministically.
"""
import base64
import datetime as dt
import quopri
import random
import re
import unicodedata
from email.header import Header
from email.utils import formataddr

# ---------------------------------------------------------------- identifiers

UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check(body12):
    return UPN_LETTERS[sum(int(c) * w for c, w in zip(body12, range(2, 14))) % 23]


def upn_valid(s):
    if not re.fullmatch(r"[A-Z]\d{12}", s):
        return False
    return s[0] == upn_check(s[1:])


def make_upn(la, estab, year, serial):
    body = f"{la:03d}{estab:04d}{year % 100:02d}{serial:03d}"
    return upn_check(body) + body


def uln_valid(s):
    if not re.fullmatch(r"[1-9]\d{9}", s):
        return False
    r = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    return r != 0 and int(s[9]) == 10 - r


def make_uln(rng):
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        r = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
        if r != 0:
            return s + str(10 - r)


def nhs_checksum_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 10:
        return False
    r = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    c = 11 - r
    if c == 11:
        c = 0
    return c != 10 and c == int(s[9])


def nhs_in_issued_range(s):
    s = re.sub(r"\D", "", s)
    p = int(s[:3])
    return 400 <= p <= 499 or 600 <= p <= 799 or 320 <= p <= 399 or 10 <= p <= 311


def make_nhs(prefix, rng):
    while True:
        s = f"{prefix:03d}" + "".join(str(rng.randint(0, 9)) for _ in range(6))
        r = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
        c = 11 - r
        if c == 11:
            c = 0
        if c != 10:
            return s + str(c)


def fmt_nhs(s):
    return f"{s[:3]} {s[3:6]} {s[6:]}"


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_valid(s):
    s = re.sub(r"\s", "", s.upper())
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX


def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def make_card(prefix, length, rng):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def iban_valid(s):
    s = re.sub(r"\s", "", s.upper())
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(country, bban):
    n = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(n) % 97:02d}{bban}"


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- text helpers

def fold_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_for_names(s):
    s = fold_accents(s).casefold()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s)


def ascii_slug(s):
    s = fold_accents(s).lower()
    return re.sub(r"[^a-z]", "", s)


def uk_date(d, style=0):
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return f"{d.day} {d.strftime('%B %Y')}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return d.strftime("%d.%m.%y")
    if style == 4:
        return f"{d.day} {d.strftime('%b %Y')}"
    raise ValueError(style)


# ---------------------------------------------------------------- MIME writer

CRLF = "\r\n"


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _encode_body(data, cte):
    if cte in ("7bit", "8bit", None):
        return crlf(data.decode("latin-1")).encode("latin-1")
    if cte == "quoted-printable":
        raw = data.replace(b"\r\n", b"\n")
        enc = quopri.encodestring(raw, quotetabs=False)
        return enc.replace(b"\n", b"\r\n")
    if cte == "base64":
        enc = base64.encodebytes(data)
        return enc.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def hdr_param(name, value):
    """A MIME parameter; RFC 2231 for non-ASCII file names."""
    try:
        value.encode("ascii")
        return f'{name}="{value}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        return f"{name}*=utf-8''{quote(value)}"


class Part:
    def __init__(self, ctype, data=b"", cte=None, headers=(), parts=None, boundary=None,
                 scan_text=None, kind=None):
        self.ctype = ctype            # full Content-Type value
        self.data = data              # decoded bytes (leaf)
        self.cte = cte
        self.headers = list(headers)  # extra (name, value)
        self.parts = parts            # list of Part for multipart / [raw bytes] for rfc822
        self.boundary = boundary
        self.scan_text = scan_text    # text used by the generator's own consistency checks
        self.kind = kind

    def render(self):
        out = [f"Content-Type: {self.ctype}"]
        if self.cte:
            out.append(f"Content-Transfer-Encoding: {self.cte}")
        for k, v in self.headers:
            out.append(f"{k}: {v}")
        head = (CRLF.join(out) + CRLF + CRLF).encode("utf-8")
        if getattr(self, "pre", None) is not None:
            return head + self.pre
        if self.parts is not None and self.ctype.startswith("multipart/"):
            chunks = [head, b"This is a multi-part message in MIME format.\r\n"]
            for p in self.parts:
                chunks.append(f"\r\n--{self.boundary}\r\n".encode())
                chunks.append(p.render())
            chunks.append(f"\r\n--{self.boundary}--\r\n".encode())
            return b"".join(chunks)
        return head + _encode_body(self.data, self.cte)

    def walk(self):
        yield self
        if self.parts is not None and self.ctype.startswith("multipart/"):
            for p in self.parts:
                yield from p.walk()


_bcount = [0]


def _boundary(tag):
    _bcount[0] += 1
    return f"----=_{tag}_{_bcount[0]:05d}_SVA"


def text(body, charset="utf-8", cte=None, subtype="plain", headers=(), fmt_flowed=False):
    data = crlf(body).encode(charset)
    if cte is None:
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "quoted-printable"
    ct = f"text/{subtype}; charset={charset}" if charset.lower() != "us-ascii" else f"text/{subtype}"
    if charset.lower() == "utf-8":
        ct = f'text/{subtype}; charset="UTF-8"'
    if fmt_flowed:
        ct += "; format=flowed"
    return Part(ct, data, cte, headers, scan_text=body, kind=subtype)


def html(body, charset="utf-8", cte="quoted-printable", headers=()):
    return text(body, charset, cte, "html", headers)


def alt(plain, htm, tag="alt"):
    return Part(f'multipart/alternative; boundary="{(b := _boundary(tag))}"', parts=[plain, htm], boundary=b)


def mixed(*parts, tag="mix", subtype="mixed"):
    b = _boundary(tag)
    return Part(f'multipart/{subtype}; boundary="{b}"', parts=list(parts), boundary=b)


def related(*parts):
    b = _boundary("rel")
    return Part(f'multipart/related; type="text/html"; boundary="{b}"', parts=list(parts), boundary=b)


def attachment(filename, ctype, data, cte="base64", disposition="attachment", scan_text=None,
               extra_headers=(), name_param=True):
    ct = ctype + (f"; {hdr_param('name', filename)}" if name_param and filename else "")
    hd = []
    if disposition:
        hd.append(("Content-Disposition", f"{disposition}; {hdr_param('filename', filename)}" if filename else disposition))
    hd.extend(extra_headers)
    return Part(ct, data, cte, hd, scan_text=scan_text, kind="attachment")


class Rfc822(Part):
    def __init__(self, raw, filename=None, scan_text=None):
        hd = []
        if filename:
            hd.append(("Content-Disposition", f'attachment; filename="{filename}"'))
        super().__init__("message/rfc822", raw, None, hd, scan_text=scan_text, kind="rfc822")

    def render(self):
        out = [f"Content-Type: {self.ctype}"] + [f"{k}: {v}" for k, v in self.headers]
        return (CRLF.join(out) + CRLF + CRLF).encode() + self.data


def enc_subject(subject, charset="utf-8", force=False, method="b"):
    try:
        subject.encode("ascii")
        if not force:
            return subject
    except UnicodeEncodeError:
        pass
    if method == "q":
        from email import charset as cs
        c = cs.Charset(charset)
        c.header_encoding = cs.QP
        return Header(subject, c).encode().replace("\n", "\r\n")
    return Header(subject, charset).encode().replace("\n", "\r\n")


def fmt_addr(a):
    if isinstance(a, tuple):
        name, addr = a
        if not name:
            return addr
        return formataddr((name, addr), charset="utf-8")
    return a


def addr_list(lst):
    items = [fmt_addr(a) for a in lst]
    return ",\r\n ".join(items)


def addr_of(a):
    return a[1] if isinstance(a, tuple) else a


def london(d):
    """Format a naive local datetime with the UK offset of the day."""
    def last_sunday(y, m):
        d0 = dt.date(y, m, 31)
        return d0 - dt.timedelta(days=(d0.weekday() + 1) % 7)
    bst = last_sunday(d.year, 3) <= d.date() < last_sunday(d.year, 10)
    off = "+0100" if bst else "+0000"
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + off


def message(frm, to=(), cc=(), bcc=(), subject="", date=None, body=None, msgid=None,
            extra_headers=(), subject_raw=None, header_order=None):
    hd = []
    hd.append(("From", fmt_addr(frm)))
    if to:
        hd.append(("To", addr_list(to)))
    if cc:
        hd.append(("Cc", addr_list(cc)))
    if bcc:
        hd.append(("Bcc", addr_list(bcc)))
    hd.append(("Subject", subject_raw if subject_raw is not None else enc_subject(subject)))
    hd.append(("Date", london(date)))
    hd.append(("Message-ID", msgid))
    for k, v in extra_headers:
        hd.append((k, v))
    hd.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\r\n" for k, v in hd).encode("utf-8")
    return head + body.render()
