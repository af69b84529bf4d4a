"""Message registry: the msgs_*.py modules call add(); generate.py renders and checks."""
import datetime as dt
import hashlib
import importlib
import random

import lib
from lib import text, html, alt, mixed, related, attachment, Rfc822, message
import roster
from roster import S, CH, Staff, Pupil

MESSAGES = []
_clock = [dt.datetime(2025, 9, 2, 7, 40)]
_rng = random.Random(99)
MODULES = ["msgs_benign", "msgs_personal", "msgs_special", "msgs_bulk", "msgs_finance", "msgs_rules",
           "msgs_offensive", "msgs_mime"]


def A(x):
    """Address for a header: Staff, Pupil, parent row, tuple or bare string."""
    if isinstance(x, Staff):
        return x.addr
    if isinstance(x, Pupil):
        return x.email.lower()
    if isinstance(x, dict):
        return x["email"]
    return x


def next_date():
    d = _clock[0] + dt.timedelta(hours=_rng.randint(5, 17), minutes=_rng.randint(0, 59))
    if d.weekday() >= 5:
        d += dt.timedelta(days=7 - d.weekday())
    if d.hour < 7:
        d = d.replace(hour=7 + _rng.randint(0, 2))
    if d.hour > 21:
        d = d.replace(hour=16 + _rng.randint(0, 3))
    # no mail dated inside the school holidays gaps we skip over
    _clock[0] = d
    return d


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def _msgid(path, client, frm):
    h = hashlib.sha1(path.encode()).hexdigest().upper()
    if client == "outlook":
        return f"<LO2P265MB{h[:4]}{h[4:16]}@LO2P265MB{h[16:20]}.GBRP265.PROD.OUTLOOK.COM>"
    if client == "gmail":
        b = hashlib.sha256(path.encode()).hexdigest()
        return f"<CAG{b[:30]}+{b[30:44]}@mail.gmail.com>"
    if client == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@severnvale.org.uk>"
    if client == "iphone":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@severnvale.org.uk>"
    return f"<{h[:16].lower()}.{h[16:24].lower()}@severnvale.org.uk>"


def _client_headers(client, subject):
    if client == "outlook":
        return [("Thread-Topic", lib.enc_subject(subject.replace("RE: ", "").replace("FW: ", ""))),
                ("Content-Language", "en-GB"), ("X-Originating-IP", "[10.41.8.23]")]
    if client == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    if client == "iphone":
        return [("X-Mailer", "iPhone Mail (22B91)")]
    if client == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird")]
    return []


def add(path, frm, to=(), cc=(), bcc=(), subject="", body=None, flags=(), findings=(), action=None, date=None,
        client="outlook", headers=(), subject_raw=None, bulk=None, nhs_no_context=False, scan_extra=(), note="",
        in_reply_to=None):
    assert action in ("DELIVER", "ENCRYPT", "QUARANTINE", "REJECT"), (path, action)
    if isinstance(body, str):
        body = text(body)
    d = parse_date(date) if date else next_date()
    frm_a = A(frm)
    extra = [h for h in _client_headers(client, subject) if not (subject_raw and h[0] == "Thread-Topic")] + list(headers)
    if in_reply_to:
        extra.append(("In-Reply-To", in_reply_to))
        extra.append(("References", in_reply_to))
    MESSAGES.append({
        "path": "messages/" + path + ".eml",
        "frm": frm_a, "to": [A(x) for x in to], "cc": [A(x) for x in cc], "bcc": [A(x) for x in bcc],
        "subject": subject, "subject_raw": subject_raw, "date": d, "body": body,
        "msgid": _msgid(path, client, frm_a), "headers": extra,
        "label": {"action": action, "flags": sorted(set(flags)), "findings": sorted(set(findings))},
        "bulk_people": bulk, "nhs_no_context": nhs_no_context, "scan_extra": list(scan_extra), "note": note,
    })


def render(m):
    return message(m["frm"], m["to"], m["cc"], m["bcc"], m["subject"], m["date"], m["body"], m["msgid"],
                   m["headers"], m["subject_raw"])


def load_all():
    for name in MODULES:
        importlib.import_module(name)
    return MESSAGES


# ------------------------------------------------------------------ quoting styles

def _dlong(d):
    return f"{d.strftime('%A')}, {d.day} {d.strftime('%B %Y %H:%M')}"


def outlook_quote(frm, sent, to, subject, body, cc=None):
    d = parse_date(sent)
    out = ("\n\n________________________________\n"
           f"From: {frm}\nSent: {_dlong(d)}\nTo: {to}\n")
    if cc:
        out += f"Cc: {cc}\n"
    out += f"Subject: {subject}\n\n{body}"
    return out


def outlook_fwd_header(frm, sent, to, subject, cc=None):
    d = parse_date(sent)
    out = (f"\n\n-----Original Message-----\nFrom: {frm}\nSent: {_dlong(d)}\nTo: {to}\n")
    if cc:
        out += f"Cc: {cc}\n"
    return out + f"Subject: {subject}\n\n"


def gmail_quote(frm, sent, body):
    d = parse_date(sent)
    head = f"On {d.strftime('%a')}, {d.day} {d.strftime('%b %Y')} at {d.strftime('%H:%M')}, {frm} wrote:\n"
    return "\n\n" + head + "\n".join(("> " + l) if l else ">" for l in body.rstrip("\n").split("\n")) + "\n"


def gmail_fwd(frm, sent, subject, to, body):
    d = parse_date(sent)
    return (f"\n\n---------- Forwarded message ---------\nFrom: {frm}\n"
            f"Date: {d.strftime('%a')}, {d.day} {d.strftime('%b %Y')} at {d.strftime('%H:%M')}\n"
            f"Subject: {subject}\nTo: {to}\n\n{body}")


def apple_quote(frm, sent, body):
    d = parse_date(sent)
    head = f"> On {d.day} {d.strftime('%b %Y')}, at {d.strftime('%H:%M')}, {frm} wrote:\n>\n"
    return "\n\n" + head + "\n".join(("> " + l) if l else ">" for l in body.rstrip("\n").split("\n")) + "\n"


def apple_fwd(frm, sent, subject, to, body):
    d = parse_date(sent)
    return (f"\n\nBegin forwarded message:\n\nFrom: {frm}\nSubject: {subject}\n"
            f"Date: {d.day} {d.strftime('%B %Y')} at {d.strftime('%H:%M:%S')} GMT\nTo: {to}\n\n{body}")


def embedded(frm, to, subject, date, body, cc=(), client="gmail", path_hint="x"):
    """Raw bytes of a message to attach as message/rfc822."""
    if isinstance(body, str):
        body = text(body)
    frm_a = A(frm)
    return message(frm_a, [A(x) for x in to], [A(x) for x in cc], [], subject, parse_date(date), body,
                   _msgid("embedded/" + path_hint, client, frm_a), _client_headers(client, subject))


def html_doc(inner, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"{style}\">\n{inner}\n</div></body></html>\n")


def p2html(t):
    """Plain paragraphs to simple HTML."""
    import html as H
    paras = t.strip("\n").split("\n\n")
    return "\n".join("<p>" + H.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)


def alt_of(t, extra_html=""):
    return alt(text(t), html(html_doc(p2html(t) + extra_html)))
