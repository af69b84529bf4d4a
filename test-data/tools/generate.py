#!/usr/bin/env python3
"""Generate the labelled test corpus for the school mail gateway.

Writes test-data/messages/**.eml and test-data/labels.json. Standard library only,
deterministic (fixed seed, fixed dates). Office/PDF attachments are read from
test-data/tools/attachments/ (committed); pass --rebuild-attachments to regenerate them
with LibreOffice (soffice) and zip(1).

    python3 test-data/tools/generate.py                 # rewrite messages + labels
    python3 test-data/tools/generate.py --rebuild-attachments
    python3 test-data/tools/generate.py --check         # build in memory, verify, write nothing

Labels follow the contract (shared/school-policy-contract.md); see test-data/README.md for
the labelling decisions on cases the contract leaves open.
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True

import argparse
import base64
import binascii
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import io
import json
import os
import random
import re
import shutil
import struct
import subprocess
import tempfile
import unicodedata
import zipfile
import zlib
from email.header import Header
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent                      # test-data/
REPO = ROOT.parent
CONFIG = REPO / "config"
ATTACH_DIR = TOOLS / "attachments"
MSG_DIR = ROOT / "messages"

SEED = 20260105
SCHOOL_DOMAINS = ["hawthornlane.leeds.sch.uk", "pupils.hawthornlane.leeds.sch.uk"]
SCHOOL_NAME = "Hawthorn Lane Primary School"
SCHOOL_ADDRESS = "14 Hawthorn Lane, Kirkby Moor, Leeds, LS17 9QT"
SCHOOL_PHONE = "0113 496 0123"
ATTACHMENT_LIMIT = 2_097_152

FINDINGS = ["PUPIL_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER", "UK_UPN",
            "UK_ULN", "UK_NHS_NUMBER", "UK_NINO", "HEALTH", "SEN", "SAFEGUARDING",
            "CREDENTIAL", "BANK_ACCOUNT", "PAYMENT_CARD"]
FLAGS = ["ATTACHMENT_TOO_LARGE", "EXECUTABLE_ATTACHMENT", "CREDENTIALS_OR_FINANCIAL",
         "RECIPIENTS_EXPOSED", "PARENT_CONTACT_UNAPPROVED", "PUPIL_CONTACT_UNAPPROVED",
         "BULK_PERSONAL_DATA", "PERSONAL_DATA", "SPECIAL_CATEGORY", "SENSITIVE_MARKING",
         "OFFENSIVE_LANGUAGE"]
PERSONAL = {"DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER", "UK_UPN", "UK_ULN",
            "UK_NHS_NUMBER", "UK_NINO"}
SPECIAL = {"HEALTH", "SEN", "SAFEGUARDING"}
CREDFIN = {"CREDENTIAL", "BANK_ACCOUNT", "PAYMENT_CARD"}
DEFAULT_ACTIONS = {
    "ATTACHMENT_TOO_LARGE": "REJECT",
    "EXECUTABLE_ATTACHMENT": "REJECT",
    "CREDENTIALS_OR_FINANCIAL": "QUARANTINE",
    "RECIPIENTS_EXPOSED": "REJECT",
    "PARENT_CONTACT_UNAPPROVED": "QUARANTINE",
    "PUPIL_CONTACT_UNAPPROVED": "QUARANTINE",
    "BULK_PERSONAL_DATA": {"internal": "DELIVER", "external": "QUARANTINE"},
    "PERSONAL_DATA": {"internal": "DELIVER", "external": "ENCRYPT"},
    "SPECIAL_CATEGORY": {"internal": "DELIVER", "external": "ENCRYPT"},
    "SENSITIVE_MARKING": {"internal": "DELIVER", "external": "ENCRYPT"},
    "OFFENSIVE_LANGUAGE": "DELIVER",
}
SEVERITY = {"DELIVER": 0, "ENCRYPT": 1, "QUARANTINE": 2, "REJECT": 3}


# ---------------------------------------------------------------------------------------
# Check-digit rules (kept here so that every identifier in the corpus is provably valid or
# provably invalid).
# ---------------------------------------------------------------------------------------
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # 23 letters: no I, O, S


def upn_check_letter(rest12: str) -> str:
    """DfE UPN: characters 2..13 weighted 2..13; sum mod 23 indexes UPN_LETTERS.
    A letter in position 13 (temporary UPN) takes its index in UPN_LETTERS as value."""
    assert len(rest12) == 12
    total = 0
    for i, ch in enumerate(rest12):
        v = int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)
        total += v * (i + 2)
    return UPN_LETTERS[total % 23]


def upn_valid(upn: str) -> bool:
    upn = upn.upper()
    if not re.fullmatch(r"[A-Z][0-9]{11}[0-9A-Z]", upn):
        return False
    return upn[0] == upn_check_letter(upn[1:])


def make_upn(digits12: str) -> str:
    return upn_check_letter(digits12) + digits12


def uln_check(first9: str):
    """ULN (ESFA ILR rule DD01): weights 10..2 on the first nine digits, r = sum mod 11;
    r == 0 is invalid, else check digit = 10 - r."""
    r = sum(int(d) * (10 - i) for i, d in enumerate(first9)) % 11
    return None if r == 0 else 10 - r


def uln_valid(uln: str) -> bool:
    if not re.fullmatch(r"[1-9][0-9]{9}", uln):
        return False
    c = uln_check(uln[:9])
    return c is not None and c == int(uln[9])


def make_uln(first9: str) -> str:
    c = uln_check(first9)
    assert c is not None, first9
    return first9 + str(c)


def nhs_check(first9: str):
    """NHS number: modulus 11, weights 10..2; check = 11 - (sum mod 11); 11 -> 0; 10 -> invalid."""
    s = sum(int(d) * (10 - i) for i, d in enumerate(first9))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def nhs_mod11_ok(n: str) -> bool:
    n = n.replace(" ", "")
    c = nhs_check(n[:9])
    return len(n) == 10 and c is not None and c == int(n[9])


def nhs_issued_range(n: str) -> bool:
    p = int(n.replace(" ", "")[:3])
    return 400 <= p <= 499 or 600 <= p <= 799 or 320 <= p <= 399 or 10 <= p <= 311


def make_nhs(first9: str) -> str:
    c = nhs_check(first9)
    assert c is not None, first9
    return first9 + str(c)


def fmt_nhs(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}"


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(nino: str) -> bool:
    n = nino.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", n):
        return False
    a, b = n[0], n[1]
    if a in "DFIQUV" or b in "DFIOQUV" or n[:2] in NINO_BAD_PREFIX:
        return False
    return True


def iban_check_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    r = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def fmt_iban(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", number)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# ---------------------------------------------------------------------------------------
# Directory
# ---------------------------------------------------------------------------------------
def fold(s: str) -> str:
    """lower case, accents dropped, typographic apostrophes normalised"""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("\u2019", "'").lower()


class Directory:
    def __init__(self):
        def rows(name):
            with open(CONFIG / "directory" / name, encoding="utf-8", newline="") as f:
                return list(csv.DictReader(f))
        self.staff = {r["email"].lower(): r for r in rows("staff.csv")}
        self.parents = {}
        for r in rows("parents.csv"):
            self.parents[r["email"].lower()] = r
        self.pupils = rows("pupils.csv")
        self.pupil_by_upn = {p["upn"]: p for p in self.pupils}
        self.pupil_emails = {p["email"].lower() for p in self.pupils if p["email"]}

    def pupil(self, name: str) -> dict:
        """look up a pupil by 'Forename Surname' (forename or preferred name)"""
        for p in self.pupils:
            for first in (p["forename"], p["preferred_name"]):
                if first and fold(f"{first} {p['surname']}") == fold(name):
                    return p
        raise KeyError(name)

    def parents_of(self, upn: str):
        return [r for r in self.parents.values() if upn in r["children"].split(";")]

    def is_parent(self, addr: str) -> bool:
        a = addr.lower()
        return a in self.parents and a not in self.staff

    def is_pupil(self, addr: str) -> bool:
        return addr.lower() in self.pupil_emails


D = Directory()


def is_internal(addr: str) -> bool:
    return addr.rsplit("@", 1)[-1].lower() in SCHOOL_DOMAINS


def pname(p: dict, preferred: bool = False) -> str:
    first = p["preferred_name"] if preferred and p["preferred_name"] else p["forename"]
    return f"{first} {p['surname']}"


def dob_uk(p: dict, style: str = "slash") -> str:
    d = dt.date.fromisoformat(p["date_of_birth"])
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return f"{d.day} {d.strftime('%B %Y')}"
    if style == "ordinal":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {d.strftime('%B %Y')}"
    if style == "iso":
        return d.isoformat()
    if style == "dots":
        return d.strftime("%d.%m.%y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "short":
        return f"{d.day} {d.strftime('%b %Y')}"
    raise ValueError(style)


def staff_sig(addr: str) -> str:
    s = D.staff[addr.lower()]
    return (f"{s['name']}\n{s['job_title']}\n{SCHOOL_NAME}\n{SCHOOL_ADDRESS}\n"
            f"Tel: {SCHOOL_PHONE}")


# ---------------------------------------------------------------------------------------
# Minimal MIME writer (full control over bytes: CRLF, encodings, charsets, boundaries)
# ---------------------------------------------------------------------------------------
def crlf(s: str) -> str:
    return s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def b64_lines(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def qp_encode(data: bytes) -> bytes:
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    out = [binascii.b2a_qp(line, quotetabs=False, istext=False, header=False)
           .replace(b"\n", b"\r\n") for line in lines]
    return b"\r\n".join(out)


def enc_word(text: str, charset: str = "utf-8", mode: str = "b") -> str:
    raw = text.encode(charset)
    if mode == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    q = binascii.b2a_qp(raw, header=True).decode().replace("=\n", "")
    q = q.replace("?", "=3F")
    return f"=?{charset}?Q?{q}?="


def hdr_text(text: str) -> str:
    """ASCII as is; otherwise an RFC 2047 encoded header value (UTF-8, B, folded)."""
    if all(ord(c) < 128 for c in text):
        return text
    return Header(text, "utf-8", maxlinelen=76).encode(linesep="\r\n")


def fmt_addr(a) -> str:
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r"[^\w \-]", name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{hdr_text(name)} <{addr}>"


def addr_of(a) -> str:
    return a if isinstance(a, str) else a[1]


class Part:
    _counter = 0

    def __init__(self, ctype, payload=b"", *, charset=None, cte=None, disposition=None,
                 filename=None, fn_style="plain", params=None, headers=None, parts=None,
                 text=None, description=None):
        self.ctype = ctype
        self.payload = payload
        self.charset = charset
        self.cte = cte
        self.disposition = disposition
        self.filename = filename
        self.fn_style = fn_style
        self.params = params or {}
        self.headers = headers or []
        self.parts = parts or []
        self.text = text             # plain text an extractor would see (for lint checks)
        self.description = description
        Part._counter += 1

    @property
    def maintype(self):
        return self.ctype.split("/")[0]

    def is_attachment(self) -> bool:
        if self.maintype == "multipart":
            return False
        if self.disposition == "attachment":
            return True
        return self.maintype != "text" and bool(self.filename)

    def decoded_size(self) -> int:
        return len(self.payload)

    def serialize(self, boundary_seed: str) -> bytes:
        h = []
        ct = self.ctype
        for k, v in self.params.items():
            ct += f'; {k}="{v}"' if re.search(r"[^\w.\-]", v) else f"; {k}={v}"
        if self.charset:
            ct += f"; charset={self.charset}" if self.charset.lower() != "utf-8" else '; charset="UTF-8"'
        boundary = None
        if self.maintype == "multipart":
            boundary = "----=_Part_" + hashlib.sha1(boundary_seed.encode()).hexdigest()[:24]
            ct += f'; boundary="{boundary}"'
        if self.filename and self.fn_style in ("plain", "both-2047") and self.maintype != "multipart":
            if self.fn_style == "both-2047":
                ct += f'; name="{enc_word(self.filename)}"'
            else:
                ct += f'; name="{self.filename}"'
        h.append(f"Content-Type: {ct}")
        if self.maintype != "multipart":
            cte = self.cte or ("base64" if self.maintype not in ("text", "message") else "7bit")
            self.cte = cte
            if self.maintype != "message" or cte != "7bit":
                h.append(f"Content-Transfer-Encoding: {cte}")
        if self.description:
            h.append(f"Content-Description: {self.description}")
        if self.disposition:
            d = self.disposition
            if self.filename:
                if self.fn_style == "rfc2231":
                    q = "".join(ch if re.match(r"[A-Za-z0-9.\-_]", ch) else "%%%02X" % b
                                for ch in self.filename for b in ch.encode("utf-8"))
                    # simple per-byte encoding of each character
                    q = ""
                    for b in self.filename.encode("utf-8"):
                        c = chr(b)
                        q += c if re.match(r"[A-Za-z0-9.\-_]", c) else "%%%02X" % b
                    d += f"; filename*=UTF-8''{q}"
                elif self.fn_style == "both-2047":
                    d += f'; filename="{enc_word(self.filename)}"'
                else:
                    d += f'; filename="{self.filename}"'
            h.append(f"Content-Disposition: {d}")
        for k, v in self.headers:
            h.append(f"{k}: {v}")
        head = ("\r\n".join(h) + "\r\n\r\n").encode("utf-8")
        if self.maintype == "multipart":
            body = b""
            for i, p in enumerate(self.parts):
                body += f"--{boundary}\r\n".encode() + p.serialize(f"{boundary_seed}.{i}") + b"\r\n"
            body += f"--{boundary}--\r\n".encode()
            preamble = b"This is a multi-part message in MIME format.\r\n\r\n"
            return head + preamble + body
        data = self.payload
        if getattr(self, "prebuilt", None) is not None:
            return head + self.prebuilt
        if self.cte == "base64":
            body = b64_lines(data)
        elif self.cte == "quoted-printable":
            body = qp_encode(data)
        else:
            body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
        return head + body


def text_part(text: str, subtype="plain", charset="utf-8", cte=None, **kw) -> Part:
    text = crlf(text)
    data = text.encode(charset)
    if cte is None:
        ascii_ok = all(b < 128 for b in data)
        long_line = any(len(l) > 900 for l in data.split(b"\r\n"))
        cte = "7bit" if ascii_ok and not long_line else "quoted-printable"
    plain = text if subtype == "plain" else html_to_text(text)
    return Part(f"text/{subtype}", data, charset=charset, cte=cte, text=plain, **kw)


def html_to_text(html: str) -> str:
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", html)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</td>|</th>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    import html as _h
    return _h.unescape(s)


def html_page(body_html: str, title="") -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title +
            "</title></head>\n<body style=\"font-family: Calibri, Arial, sans-serif; font-size: 11pt\">\n"
            + body_html + "\n</body></html>\n")


def paras_html(text: str) -> str:
    import html as _h
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + _h.escape(para).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def alt_part(text: str, html: str = None, **kw) -> Part:
    html = html or html_page(paras_html(text))
    return Part("multipart/alternative", parts=[text_part(text, **kw), text_part(html, "html", **kw)])


def attachment(filename, data: bytes, ctype="application/octet-stream", *, text=None,
               disposition="attachment", fn_style="plain", cte="base64", **kw) -> Part:
    return Part(ctype, data, disposition=disposition, filename=filename, fn_style=fn_style,
                cte=cte, text=text, **kw)


def mixed(*parts) -> Part:
    return Part("multipart/mixed", parts=list(parts))


# ---------------------------------------------------------------------------------------
# Cases and labels
# ---------------------------------------------------------------------------------------
BASE_DATE = dt.datetime(2026, 1, 5, 8, 12, tzinfo=dt.timezone.utc)
LONDON_WINTER = dt.timezone(dt.timedelta(0))
LONDON_SUMMER = dt.timezone(dt.timedelta(hours=1))


def has_sensitive_marking(subject: str) -> bool:
    """Decision documented in README: SENSITIVE counts when written in capitals as a whole
    word anywhere in the subject (SENSITIVE, HIGHLY SENSITIVE, [SENSITIVE], OFFICIAL-SENSITIVE),
    or in any case when it is used as a marking: at the start of the subject (after
    Re:/Fwd:/FW: prefixes) followed by ':' or '-', or alone inside brackets."""
    if re.search(r"(?<![A-Za-z])SENSITIVE(?![A-Za-z])", subject):
        return True
    s = subject.strip()
    while True:
        m = re.match(r"(?i)(re|fw|fwd|aw)\s*:\s*", s)
        if not m:
            break
        s = s[m.end():]
    if re.match(r"(?i)(highly\s+)?sensitive\s*[:\-\u2013]", s):
        return True
    if re.search(r"(?i)[\[(]\s*(highly\s+)?sensitive\s*[\])]", subject):
        return True
    return False


class Case:
    def __init__(self, path, *, frm, to=(), cc=(), bcc=(), subject, body: Part,
                 findings=(), flags=(), action=None, date=None, extra_headers=(),
                 raw_to=None, raw_cc=None, no_flags=(), note="", name_check=True,
                 lint_skip=(), message_id=None, mailer=None):
        self.path = path
        self.frm, self.to, self.cc, self.bcc = frm, list(to), list(cc), list(bcc)
        self.subject = subject
        self.body = body
        self.findings = sorted(set(findings))
        self.declared_flags = set(flags)
        self.expected_action = action
        self.date = date
        self.extra_headers = list(extra_headers)
        self.raw_to, self.raw_cc = raw_to, raw_cc
        self.no_flags = set(no_flags)
        self.note = note
        self.name_check = name_check
        self.lint_skip = set(lint_skip)
        self.message_id = message_id
        self.mailer = mailer

    def decoded_subject(self) -> str:
        if "=?" not in self.subject:
            return self.subject
        from email.header import decode_header, make_header
        return str(make_header(decode_header(self.subject)))

    # envelope -----------------------------------------------------------------------
    @property
    def sender(self):
        return addr_of(self.frm)

    @property
    def recipients(self):
        return [addr_of(a) for a in self.to + self.cc + self.bcc]

    def external(self) -> bool:
        return any(not is_internal(a) for a in self.recipients)

    # flags --------------------------------------------------------------------------
    def attachments(self):
        out = []

        def walk(p):
            if p.maintype == "multipart":
                for c in p.parts:
                    walk(c)
            elif p.is_attachment():
                out.append(p)
        walk(self.body)
        return out

    def computed_flags(self):
        f = set(self.declared_flags)
        fs = set(self.findings)
        if fs & PERSONAL:
            f.add("PERSONAL_DATA")
        if fs & SPECIAL:
            f.add("SPECIAL_CATEGORY")
        if fs & CREDFIN:
            f.add("CREDENTIALS_OR_FINANCIAL")
        if sum(p.decoded_size() for p in self.attachments()) > ATTACHMENT_LIMIT:
            f.add("ATTACHMENT_TOO_LARGE")
        visible = {addr_of(a).lower() for a in self.to + self.cc if not is_internal(addr_of(a))}
        if len(visible) > 5:
            f.add("RECIPIENTS_EXPOSED")
        staff = D.staff.get(self.sender.lower())
        if any(D.is_parent(a) for a in self.recipients):
            if not staff or staff["parent_contact"].strip().lower() != "yes":
                f.add("PARENT_CONTACT_UNAPPROVED")
        if any(D.is_pupil(a) for a in self.recipients):
            if not staff or staff["pupil_contact"].strip().lower() != "yes":
                f.add("PUPIL_CONTACT_UNAPPROVED")
        if has_sensitive_marking(self.decoded_subject()):
            f.add("SENSITIVE_MARKING")
        return sorted(f)


def action_for(flags, external: bool) -> str:
    best = "DELIVER"
    for fl in flags:
        a = DEFAULT_ACTIONS[fl]
        if isinstance(a, dict):
            a = a["external" if external else "internal"]
        if SEVERITY[a] > SEVERITY[best]:
            best = a
    return best


def render(case: Case, idx: int) -> bytes:
    date = case.date or (BASE_DATE + dt.timedelta(days=idx // 3, hours=(idx % 3) * 3, minutes=(idx * 37) % 47))
    h = []
    h.append(f"From: {fmt_addr(case.frm)}")
    if case.raw_to is not None:
        h.append(f"To: {case.raw_to}")
    elif case.to:
        h.append("To: " + ",\r\n ".join(fmt_addr(a) for a in case.to))
    if case.raw_cc is not None:
        h.append(f"Cc: {case.raw_cc}")
    elif case.cc:
        h.append("Cc: " + ",\r\n ".join(fmt_addr(a) for a in case.cc))
    if case.bcc:
        h.append("Bcc: " + ",\r\n ".join(fmt_addr(a) for a in case.bcc))
    h.append("Subject: " + hdr_text(case.subject) if not case.subject.startswith("=?")
             else "Subject: " + case.subject)
    h.append("Date: " + email.utils.format_datetime(date))
    mid = case.message_id or ("<" + hashlib.sha1(case.path.encode()).hexdigest()[:20] +
                              "@" + case.sender.rsplit("@", 1)[1] + ">")
    h.append(f"Message-ID: {mid}")
    for k, v in case.extra_headers:
        h.append(f"{k}: {v}")
    if case.mailer:
        h.append(f"X-Mailer: {case.mailer}")
    h.append("MIME-Version: 1.0")
    head = "\r\n".join(h).encode("utf-8") + b"\r\n"
    return head + case.body.serialize(case.path)


def rfc822_bytes(*, frm, to, subject, body: Part, date, cc=(), seed="inner", message_id=None):
    c = Case(message_id or f"{seed}:{subject}", frm=frm, to=to, cc=cc, subject=subject, body=body, date=date,
             message_id=message_id)
    return render(c, 0)


def attached_message(data: bytes, filename="message.eml", texts=None) -> Part:
    p = Part("message/rfc822", data, disposition="attachment", filename=filename, cte="7bit",
             text=texts)
    return p


# ---------------------------------------------------------------------------------------
# Lint: catch identifiers or roster names that slipped into a message unlabelled
# ---------------------------------------------------------------------------------------
def _name_patterns():
    pats = []
    for p in D.pupils:
        firsts = {p["forename"], p["preferred_name"]} - {""}
        for first in firsts:
            f, s = fold(first), fold(p["surname"])
            pats.append((re.compile(r"(?<![\w])" + re.escape(f) + r"\s+" + re.escape(s) + r"(?![\w])"), pname(p)))
            pats.append((re.compile(r"(?<![\w])" + re.escape(s) + r"(?:[ ]*,[ \t]*|\t)" + re.escape(f) + r"(?![\w])"), pname(p)))
    return pats


NAME_PATTERNS = None


def all_texts(case: Case):
    out = [case.decoded_subject()]

    def walk(p):
        if p.maintype == "multipart":
            for c in p.parts:
                walk(c)
            return
        if p.text:
            out.append(p.text if isinstance(p.text, str) else "\n".join(p.text))
    walk(case.body)
    return out


def lint(case: Case):
    global NAME_PATTERNS
    if NAME_PATTERNS is None:
        NAME_PATTERNS = _name_patterns()
    problems = []
    text = "\n".join(all_texts(case))
    ftext = fold(text)
    if case.name_check:
        hits = sorted({n for pat, n in NAME_PATTERNS if pat.search(ftext)})
        if hits and "PUPIL_NAME" not in case.findings:
            problems.append(f"pupil names present but PUPIL_NAME not labelled: {hits}")
        if not hits and "PUPIL_NAME" in case.findings:
            problems.append("PUPIL_NAME labelled but no roster name found by lint")
    if "upn" not in case.lint_skip:
        ups = {u for u in re.findall(r"(?<![A-Za-z0-9])([A-Za-z][0-9]{11}[0-9A-Za-z])(?![A-Za-z0-9])", text) if upn_valid(u)}
        if ups and "UK_UPN" not in case.findings:
            problems.append(f"valid UPN present but not labelled: {ups}")
        if not ups and "UK_UPN" in case.findings:
            problems.append("UK_UPN labelled but none found")
    if "card" not in case.lint_skip:
        cards = [c for c in re.findall(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)", text)
                 if luhn_ok(c) and re.sub(r"\D", "", c)[0] in "3456" and 13 <= len(re.sub(r"\D", "", c)) <= 19]
        if cards and "PAYMENT_CARD" not in case.findings:
            problems.append(f"Luhn-valid card-like number not labelled: {cards}")
    if "nino" not in case.lint_skip:
        ninos = [n for n in re.findall(r"(?<![A-Za-z0-9])([A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d])(?![A-Za-z0-9])", text) if nino_valid(n)]
        if ninos and "UK_NINO" not in case.findings:
            problems.append(f"valid NINO not labelled: {ninos}")
    if "iban" not in case.lint_skip:
        ibans = [i for i in re.findall(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)", text) if iban_check_ok(i)]
        if ibans and "BANK_ACCOUNT" not in case.findings:
            problems.append(f"valid IBAN not labelled: {ibans}")
    return problems


# ---------------------------------------------------------------------------------------
# Verification of the written bytes (parse back with the stdlib parser)
# ---------------------------------------------------------------------------------------
def verify_bytes(case: Case, data: bytes):
    assert b"\n" not in data.replace(b"\r\n", b""), f"{case.path}: bare LF"
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for k in ("From", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert msg[k] is not None, f"{case.path}: missing {k}"
    assert msg["To"] is not None or msg["Cc"] is not None or msg["Bcc"] is not None, case.path
    total = 0

    def walk(m):
        nonlocal total
        if m.get_content_type() == "message/rfc822":
            return
        if m.is_multipart():
            for c in m.iter_parts():
                walk(c)
            return
        ctype = m.get_content_type()
        disp = m.get_content_disposition()
        fn = m.get_filename()
        if disp == "attachment" or (not ctype.startswith("text/") and fn):
            if ctype == "message/rfc822":
                pass   # compared separately: the stdlib re-serialises attached messages
            else:
                total += len(m.get_payload(decode=True) or b"")
    walk(msg)
    mine = sum(p.decoded_size() for p in case.attachments() if p.ctype != "message/rfc822")
    # message/rfc822 re-serialisation by the stdlib can differ by a few bytes; only the
    # >2 MiB decision matters and the large cases carry no attached messages
    if abs(total - mine) > 64:
        raise AssertionError(f"{case.path}: attachment sizes differ {total} vs {mine}")
    return msg


# ---------------------------------------------------------------------------------------
# Attachment store (LibreOffice-made documents are committed under tools/attachments/)
# ---------------------------------------------------------------------------------------
class DocStore:
    """Documents are declared by the case modules with doc(name, source_ext, source, target).
    Normal runs read ATTACH_DIR/name; --rebuild-attachments writes the sources and converts."""

    def __init__(self):
        self.specs = {}

    def declare(self, name, src_ext, source, target, convert=None, post=None):
        self.specs[name] = (src_ext, source, target, convert, post)

    def get(self, name) -> bytes:
        p = ATTACH_DIR / name
        if not p.exists():
            raise SystemExit(f"missing {p}: run with --rebuild-attachments")
        return p.read_bytes()

    def rebuild(self):
        if not shutil.which("soffice"):
            raise SystemExit("soffice not found: apt-get install libreoffice-writer-nogui "
                             "libreoffice-calc-nogui libreoffice-impress-nogui")
        ATTACH_DIR.mkdir(parents=True, exist_ok=True)
        srcdir = ATTACH_DIR / "src"
        if srcdir.exists():
            shutil.rmtree(srcdir)
        srcdir.mkdir()
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            for name, (src_ext, source, target, convert, post) in sorted(self.specs.items()):
                stem = Path(name).stem
                work = tmp / ("w_" + name)
                work.mkdir()
                src = work / f"{stem}.{src_ext}"
                src.write_bytes(source.encode("utf-8") if isinstance(source, str) else source)
                (srcdir / f"{name}.src.{src_ext}").write_bytes(src.read_bytes())
                if target == src_ext and convert is None:
                    out = src
                else:
                    outdir = work / "out"
                    outdir.mkdir()
                    cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile"]
                    if src_ext == "html":
                        cmd += ["--infilter=HTML (StarWriter)"]
                    if src_ext == "csv":
                        # every column imported as text, so dates and numbers keep their written form
                        cmd += ["--infilter=CSV:44,34,76,1," + "/".join(f"{i}/2" for i in range(1, 11))]
                    cmd += ["--convert-to", convert or target, "--outdir", str(outdir), str(src)]
                    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
                    outs = list(outdir.iterdir())
                    assert len(outs) == 1, (name, outs)
                    out = outs[0]
                data = out.read_bytes()
                if post:
                    data = post(data, tmp)
                (ATTACH_DIR / name).write_bytes(data)
                print("built", name, len(data))


DOCS = DocStore()


def doc(name, src_ext, source, target=None, convert=None, post=None):
    DOCS.declare(name, src_ext, source, target or Path(name).suffix[1:], convert, post)
    return name


# ---------------------------------------------------------------------------------------
# Deterministic binary helpers
# ---------------------------------------------------------------------------------------
def png_exact(size: int, seed: int, w: int = 0) -> bytes:
    """A valid PNG (greyscale gradient photo stand-in, stored uncompressed) of exactly size bytes."""
    rng = random.Random(seed)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    w = w or 800
    sig = b"\x89PNG\r\n\x1a\n"
    overhead = len(sig) + 25 + 12 + 12 + 12 + 20  # IHDR, IDAT, tEXt, IEND headers + zlib slack
    rows = max(1, (size - overhead - 4096) // (w + 1) - 2)
    raw = bytearray()
    base = rng.randrange(40, 200)
    for y in range(rows):
        raw.append(0)
        raw.extend(bytes(((base + x // 4 + y // 3) & 0xff) for x in range(w)))
    idat = zlib.compress(bytes(raw), 0)
    ihdr = struct.pack(">IIBBBBB", w, rows, 8, 0, 0, 0, 0)
    body = sig + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)
    tail = chunk(b"IEND", b"")
    pad = size - len(body) - len(tail) - 12
    assert pad >= 8, (size, pad)
    kw = b"Comment\x00"
    filler = (b"Scanned at Hawthorn Lane office copier. " * (pad // 40 + 1))[:pad - len(kw)]
    out = body + chunk(b"tEXt", kw + filler) + tail
    assert len(out) == size, (len(out), size)
    return out


def tiny_png(seed: int = 1, w=16, h=16, colour=(200, 40, 40)) -> bytes:
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(colour) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pe() -> bytes:
    """A minimal hand-made PE32 image: MZ header, e_lfanew -> 'PE\\0\\0', COFF + optional header."""
    mz = bytearray(64)
    mz[0:2] = b"MZ"
    struct.pack_into("<H", mz, 2, 0x90)
    struct.pack_into("<I", mz, 0x3C, 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$\x00"
    dos = bytes(mz) + stub
    dos = dos + b"\x00" * (0x80 - len(dos))
    coff = struct.pack("<4sHHIIIHH", b"PE\x00\x00", 0x14C, 1, 0x5F5E1000, 0, 0, 0xE0, 0x0102)
    opt = bytearray(0xE0)
    struct.pack_into("<H", opt, 0, 0x10B)           # PE32 magic
    struct.pack_into("<I", opt, 16, 0x1000)         # entry point
    struct.pack_into("<I", opt, 28, 0x400000)       # image base
    struct.pack_into("<I", opt, 32, 0x1000)         # section alignment
    struct.pack_into("<I", opt, 36, 0x200)          # file alignment
    struct.pack_into("<H", opt, 68, 2)              # subsystem: GUI
    sect = struct.pack("<8sIIIIIIHHI", b".text\x00\x00\x00", 0x10, 0x1000, 0x200, 0x200, 0, 0, 0, 0, 0x60000020)
    head = dos + coff + bytes(opt) + sect
    head += b"\x00" * (0x200 - len(head))
    code = b"\x31\xc0\xc3" + b"\x00" * (0x200 - 3)   # xor eax,eax ; ret
    return head + code


def tiny_elf() -> bytes:
    """A minimal 64-bit ELF executable header + program header (exit(0))."""
    code = b"\x48\x31\xff\xb8\x3c\x00\x00\x00\x0f\x05"
    ehdr = struct.pack("<4sBBBBB7sHHIQQQIHHHHHH", b"\x7fELF", 2, 1, 1, 0, 0, b"\x00" * 7,
                       2, 0x3E, 1, 0x400078, 64, 0, 0, 64, 56, 1, 0, 0, 0)
    phdr = struct.pack("<IIQQQQQQ", 1, 5, 0, 0x400000, 0x400000, 120 + len(code), 120 + len(code), 0x1000)
    return ehdr + phdr + code


def make_zip(entries, *, nested_name=None) -> bytes:
    """entries: list of (name, bytes). Fixed timestamps for determinism."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------
def collect_cases():
    import cases_rules, cases_personal, cases_special, cases_credentials, cases_negatives, \
        cases_mime, cases_attachments
    cases = []
    for mod in (cases_rules, cases_personal, cases_special, cases_credentials, cases_negatives,
                cases_mime, cases_attachments):
        cases.extend(mod.cases())
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rebuild-attachments", action="store_true")
    ap.add_argument("--check", action="store_true", help="build and verify, write nothing")
    args = ap.parse_args()
    sys.path.insert(0, str(TOOLS))
    sys.modules.setdefault("generate", sys.modules[__name__])
    random.seed(SEED)
    import docs  # declares the LibreOffice documents
    if args.rebuild_attachments:
        DOCS.rebuild()
    cases = collect_cases()
    paths = [c.path for c in cases]
    dupes = {p for p in paths if paths.count(p) > 1}
    assert not dupes, f"duplicate paths: {dupes}"
    labels, problems, outputs = [], [], []
    for i, c in enumerate(cases):
        flags = c.computed_flags()
        for nf in c.no_flags:
            if nf in flags:
                problems.append(f"{c.path}: flag {nf} raised but case says it must not be")
        act = action_for(flags, c.external())
        if c.expected_action and c.expected_action != act:
            problems.append(f"{c.path}: expected {c.expected_action} but flags {flags} give {act}")
        for p in lint(c):
            problems.append(f"{c.path}: {p}")
        data = render(c, i)
        try:
            verify_bytes(c, data)
        except AssertionError as e:
            problems.append(str(e))
        rel = "messages/" + c.path
        labels.append({"file": rel, "action": act, "flags": flags, "findings": c.findings})
        outputs.append((rel, data))
    problems += consistency_check(labels, {("messages/" + c.path): c for c in cases})
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(f"{len(problems)} problem(s)")
    if args.check:
        print(f"{len(labels)} cases OK (nothing written)")
        return
    if MSG_DIR.exists():
        shutil.rmtree(MSG_DIR)
    for rel, data in outputs:
        p = ROOT / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    labels.sort(key=lambda l: l["file"])
    (ROOT / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    summary(labels)


def consistency_check(labels, by_file):
    """Every label: action = most severe default action of its flags (internal/external rule);
    every finding implies its flag and every data flag has a finding behind it; sorted,
    unique, known names; benign folders carry no flags."""
    problems = []
    for l in labels:
        f, fl, fi = l["file"], l["flags"], l["findings"]
        c = by_file[f]
        if fl != sorted(set(fl)) or fi != sorted(set(fi)):
            problems.append(f"{f}: flags/findings not sorted+unique")
        if not set(fl) <= set(FLAGS) or not set(fi) <= set(FINDINGS):
            problems.append(f"{f}: unknown flag/finding")
        if "OFFENSIVE_LANGUAGE" in fi:
            problems.append(f"{f}: OFFENSIVE_LANGUAGE is a flag, not a finding")
        ext = c.external()
        if l["action"] != action_for(fl, ext):
            problems.append(f"{f}: action {l['action']} inconsistent with flags")
        if bool(set(fi) & PERSONAL) != ("PERSONAL_DATA" in fl):
            problems.append(f"{f}: PERSONAL_DATA flag/finding mismatch")
        if bool(set(fi) & SPECIAL) != ("SPECIAL_CATEGORY" in fl):
            problems.append(f"{f}: SPECIAL_CATEGORY flag/finding mismatch")
        if bool(set(fi) & CREDFIN) != ("CREDENTIALS_OR_FINANCIAL" in fl):
            problems.append(f"{f}: CREDENTIALS_OR_FINANCIAL flag/finding mismatch")
        if "BULK_PERSONAL_DATA" in fl and "PERSONAL_DATA" not in fl and "SPECIAL_CATEGORY" not in fl:
            problems.append(f"{f}: BULK_PERSONAL_DATA without PERSONAL_DATA or SPECIAL_CATEGORY")
        if f.startswith("messages/negatives/") and (fl or fi or l["action"] != "DELIVER"):
            problems.append(f"{f}: benign message must be DELIVER with no flags")
    return problems


def summary(labels):
    from collections import Counter
    fl = Counter(x for l in labels for x in l["flags"])
    fi = Counter(x for l in labels for x in l["findings"])
    ac = Counter(l["action"] for l in labels)
    print(f"{len(labels)} messages")
    print("actions:", dict(sorted(ac.items())))
    print("flags:", dict(sorted(fl.items())))
    print("findings:", dict(sorted(fi.items())))


if __name__ == "__main__":
    main()
