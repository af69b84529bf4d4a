"""MIME and encoding traps, plus extra positives for the rarer finding types."""
import base64
import quopri

from registry import (add, text, html, alt, mixed, related, attachment, Rfc822, outlook_quote, gmail_quote, apple_quote,
                      gmail_fwd, apple_fwd, html_doc, p2html, alt_of, embedded, outlook_fwd_header)
from roster import S, CH, DOM, full, parent_email, year_list
import attachments as att
import lib
from lib import uk_date, Part
from msgs_benign import (H, GP, NA, JK, TK, LF, DC, BL, SW, PH, CR, AN, KA, OS, RM, CD, PR, JC, SWI, FG, OM, EP,
                         LB, AM, DH, RS, KB, PV, AF, DW, MG, YO, HB, GW, SP, OFFICE, EXAMS, FIN, ITS, SIX, STAFF_ALL)
from msgs_rules import fake_pe, exe_att

P = CH
PD, SC, CF, OFF, SM = "PERSONAL_DATA", "SPECIAL_CATEGORY", "CREDENTIALS_OR_FINANCIAL", "OFFENSIVE_LANGUAGE", "SENSITIVE_MARKING"


def qp_with_break_inside(body, token, subtype="html"):
    """A quoted-printable part whose soft line break falls inside `token`."""
    data = lib.crlf(body).encode("utf-8")
    enc = quopri.encodestring(data.replace(b"\r\n", b"\n"), quotetabs=False).replace(b"\n", b"\r\n")
    t = token.encode()
    i = enc.index(t)
    cut = i + len(t) // 2
    enc = enc[:cut] + b"=\r\n" + enc[cut:]
    assert quopri.decodestring(enc.replace(b"\r\n", b"\n")) == data.replace(b"\r\n", b"\n")
    p = Part(f'text/{subtype}; charset="UTF-8"', data, "quoted-printable", scan_text=body, kind=subtype)
    p.pre = enc
    return p


# m01 UPN split by a quoted-printable soft line break (HTML)
ay = P["ayaan"]
_m01 = html_doc(f"""<p>Hi Priya,</p><p>The primary has sent the wrong CTF: please can you re-request it for Ayaan Patel,
UPN {ay.upn}, from Little Stoke Primary?</p><p>Deborah</p>""")
add("mime/m01-upn-across-qp-soft-break", DW, [PR], subject="CTF - Ayaan",
    body=qp_with_break_inside(_m01, ay.upn),
    flags=[PD], findings=["PUPIL_NAME", "UK_UPN"], action="DELIVER")

# m02 base64 text body with NINO and DOB, external
add("mime/m02-base64-body-nino", PH, [("Local Government Pension Scheme", "lgps.employers@avonpension-example.org")],
    subject="LGPS starter - Becky Lloyd",
    body=text("""Hello,

Starter notification: Becky Lloyd, IT Technician, 0.8 FTE from 1 September.
Date of birth 21/10/1996, NI number LE 30 58 17 C.

Regards
Pauline Hegarty
HR and Payroll Officer""", cte="base64"),
    flags=[PD], findings=["DATE_OF_BIRTH", "UK_NINO"], action="ENCRYPT")
assert lib.nino_valid("LE305817C")

# m03 phone number split by HTML tags (Outlook-style spans)
add("mime/m03-phone-split-by-tags", KA, [OS], subject="call back",
    body=html(html_doc("""<p class=MsoNormal>Olena, can you call Mr Popescu back about the science report? His mobile is
<span style='color:#1F497D'>07700</span>&nbsp;<span style='color:#1F497D'>900</span><span>&nbsp;254</span>.</p>
<p class=MsoNormal>Kwame</p>""")),
    flags=[PD], findings=["PHONE_NUMBER"], action="DELIVER")

# m04 multipart/related newsletter with an inline logo (small), nothing personal
_logo = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010000000100806000000") + bytes(range(64)) + \
    bytes.fromhex("0000000049454e44ae426082")
add("mime/m04-related-inline-logo", OFFICE, [("Severn Vale Academy", f"office@{DOM}")],
    bcc=[parent_email(k) for k in ("summer", "hope", "kacper", "ayaan", "ngozi")],
    subject="Christmas concert tickets",
    body=related(html(html_doc("""<p><img src="cid:logo01@sva" alt="Severn Vale Academy" width="120"></p>
<p>Dear families,</p><p>Tickets for the Christmas concert (Wednesday 17 December, 6.30pm) are now on sale through
ParentPay at £4 for adults and £2 for children.</p><p>Main Office</p>""")),
                 attachment("logo.png", "image/png", _logo, disposition="inline",
                            extra_headers=(("Content-ID", "<logo01@sva>"),))),
    flags=[], findings=[], action="DELIVER")

# m05 non-ASCII display names, base64 UTF-8 body, SEN
ao = P["aoife"]
add("mime/m05-irish-names-base64-sen", OM, [JK, ("Máire Ní Chonaill (SENDIASS)", "maire.nichonaill@sendiass-example.org.uk")],
    subject="Aoife Ó Súilleabháin - needs assessment",
    body=text("""A Jo, a Mháire,

Just to confirm: Aoife Ó Súilleabháin's family have asked for an EHC needs assessment. She has been on SEN
support for SLCN since Year 7 and the educational psychologist's report supports the request.

Oisín""", cte="base64"),
    flags=[SC], findings=["PUPIL_NAME", "SEN"], action="ENCRYPT")

# m06 Apple Mail HTML reply, quoted parent address inside <blockquote type="cite">
add("mime/m06-apple-blockquote-address", TK, [SIX], subject="Re: Bursary - proof of address",
    body=html(html_doc("""<div>Can we accept this as proof of address for the bursary? Looks fine to me.</div><div>T</div>
<div><br><blockquote type="cite"><div>On 4 Dec 2025, at 19:02, Farai Moyo &lt;farai.moyo@gmail.com&gt; wrote:</div>
<div>Dear Sir, we now live at 38 Kelston Grove, Hanham, Bristol BS15 9ND. Tendai's bank statement is in his name
at this address. Regards, Farai Moyo</div></blockquote></div>""", style="font-family:Helvetica")),
    flags=[PD], findings=["POSTAL_ADDRESS"], action="DELIVER", client="apple")

# m07 base64 CSV with three ULNs (not bulk), external
_three = [P["arjun"], P["saoirse"], P["hannah"]]
_csv = "ULN,Surname,Forename,Centre\r\n" + "".join(f"{p.uln},{p.surname},{p.forename},56231\r\n" for p in _three)
add("mime/m07-csv-three-ulns", LF, [("Pearson Edexcel - private candidates", "privatecandidates@pearson-example.com")],
    subject="Resit entries - three candidates",
    body=mixed(text("Hello, the three resit entries are in the attached CSV. Lorraine Fox, Exams Officer"),
               attachment("resits.csv", "text/csv", _csv.encode(), scan_text=_csv)),
    flags=[PD], findings=["PUPIL_NAME", "UK_ULN"], action="ENCRYPT", bulk=3)

# m08 NHS number with hyphens, health context, HTML table, internal
hp = P["harpreet"]
add("mime/m08-nhs-hyphens-html", RS, [KA], subject="Discharge summary",
    body=alt_of(f"""Kwame,

Harpreet Sandhu was discharged from the BRHC on Sunday after an asthma attack. NHS No. 401-510-2738. She needs
her preventer inhaler twice daily and will be off PE for a week.

Rachel"""), flags=[PD, SC], findings=["PUPIL_NAME", "UK_NHS_NUMBER", "HEALTH"], action="DELIVER")
assert lib.nhs_checksum_ok("4015102738")

# m09 the textbook NHS example number (943...) is outside the issued ranges -> HEALTH only
zp = P["zoe"]
add("mime/m09-nhs-unissued-range", RS, [TK], subject="Zoe - medical form",
    body="""Tomasz,

Zoe Pennington's Year 13 medical form has NHS number 943 476 5919, which I think is the example number printed
on the form - could she check with her GP? She has coeliac disease so the residential kitchen needs to know.

Rachel""", flags=[SC], findings=["PUPIL_NAME", "HEALTH"], action="DELIVER")

# m10 a parent emailed card details; forwarded (Gmail) to finance
add("mime/m10-fwd-parent-card", OFFICE, [FIN], subject="Fwd: Payment for trip",
    body="""Finance - parent has emailed card details (!). Please process and delete, and I'll remind her not to.

Main Office""" + gmail_fwd("Sunita Patel <sunita.patel@outlook.com>", "2026-01-08 21:15", "Payment for trip",
                           "office@severnvale.org.uk", """Hi, ParentPay won't let me pay for the Y7 trip. Card number 4659 7776 7936 1732 exp 03/28.
Thanks, Sunita"""), flags=[CF], findings=["PAYMENT_CARD"], action="QUARANTINE", client="gmail")

# m11 card with dashes in a windows-1252 email
add("mime/m11-card-dashes-cp1252", JC, [SW], subject="Prom deposit \u2013 card",
    body=text("""Sandra \u2013 Mr Doyle\u2019s card for the prom deposit (he\u2019s asked us to take it): 5435-6230-1238-3603, exp 11/26.

Janet""", charset="windows-1252"), flags=[CF], findings=["PAYMENT_CARD"], action="QUARANTINE")

# m12 NINO from a P45, internal HR
add("mime/m12-p45-nino-internal", PH, [SW], subject="P45 - Hannah Bell",
    body="""Sandra

P45 received for the new Geography teacher: NI No: WM320464A, tax code 1257L, leaving date from previous employer
31/08/2025. I've keyed it.

Pauline""", flags=[PD], findings=["UK_NINO"], action="DELIVER")

# m13 RFC 2231 file name with accents, benign docx
_tf, _tm, _td, _ts = att.get("Trip_letter_Y10_Geography_fieldwork")
add("mime/m13-rfc2231-filename", HB, [AF], subject="Lettre aux parents - version française ?",
    body=mixed(text("Ana - could you translate the attached letter for the two French-speaking families?\n\nHannah"),
               attachment("Lettre_sortie_géographie.docx", _tm, _td, scan_text=_ts)),
    flags=[], findings=[], action="DELIVER")

# m14 format=flowed plain text with a DOB, internal
bt = P["bethany"]
add("mime/m14-format-flowed-dob", KA, [CD], subject="Bethany-Jo - attendance",
    body=text(f"""Claire, the absence note for Bethany-Jo Harris says she was at the passport office on the 3rd - \r
the appointment letter gives her date of birth as {uk_date(bt.dob)} so it's definitely hers. Can you authorise it?\r
\r
Kwame""".replace("\r\n", "\n"), fmt_flowed=True),
    flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="DELIVER")

# m15 offensive language in a base64 body
add("mime/m15-offensive-base64", SWI, [GP], subject="car park",
    body=text("""Gareth, some prick has parked across the fire lane again. Reg number is on the CCTV. Can you put out a
reminder to staff?

Sam""", cte="base64"), flags=[OFF], findings=[], action="DELIVER", client="iphone")

# m16 SENSITIVE split across two RFC 2047 encoded words, external
_s1 = base64.b64encode("HIGHLY SENSI".encode()).decode()
_s2 = base64.b64encode("TIVE: referral outcome".encode()).decode()
add("mime/m16-sensitive-split-encoded-words", NA, [ART := ("Access and Response Team", "accessandresponse@southglos.gov.uk")],
    subject="HIGHLY SENSITIVE: referral outcome", subject_raw=f"=?utf-8?B?{_s1}?=\r\n =?utf-8?B?{_s2}?=",
    body="""Thank you for letting us know the outcome. We will continue to monitor in school.

Nasreen Akhtar, DSL""", flags=[SM], findings=[], action="ENCRYPT")

# m17 a program disguised as an inline PNG
add("mime/m17-exe-as-inline-image", BL, [DC], subject="signature logo",
    body=mixed(html(html_doc("<p>Dev, new logo for the email signature below.</p><p>Becky</p>")),
               (lambda a: (setattr(a, "executable", True), a)[1])(
                   attachment("sva_logo.png", "image/png", fake_pe(seed=11), disposition="inline"))),
    flags=["EXECUTABLE_ATTACHMENT"], findings=[], action="REJECT")

# m18 Operation Encompass notification (domestic abuse at home) - safeguarding
add("mime/m18-operation-encompass", YO, [KA], subject="OE notification - 9W",
    body="""Kwame,

Operation Encompass notification this morning: police attended a domestic abuse incident at the home of Harpreet
Sandhu last night; she was present. Please make sure her tutor knows to be available and let me know how she
seems today. Logged on CPOMS.

Yemi""", flags=[SC], findings=["PUPIL_NAME", "SAFEGUARDING"], action="DELIVER")

# m19 'Rose Thompson' is a PTA parent, not the pupil Amelia-Rose Thompson; initial + surname only
add("mime/m19-not-full-names", S["SPA"], [STAFF_ALL], subject="PTA quiz night",
    body="""Hi all,

Rose Thompson from the PTA is organising the quiz night on 6 March. Teams of six, £5 a head.
Last year's winners: S Hayes (7A) and family, K. Nowak's team, and "The Patels".

Steph""", flags=[], findings=[], action="DELIVER")

# m20 personal data only in the HTML alternative
y7b = [p for p in year_list(7) if p.key is None][:4]
rows = "".join(f"<tr><td>{p.forename} {p.surname}</td><td>{uk_date(p.dob)}</td></tr>" for p in y7b)
add("mime/m20-data-only-in-html-part", RM, [DW], subject="Y7 swimming - birthdays for the pool",
    body=alt(text("This message is best viewed in HTML.\n"),
             html(html_doc(f"<p>Deborah, the pool needs the ages of the non-swimmers:</p><table border=1>{rows}</table><p>Rhys</p>"))),
    flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="DELIVER", bulk=4)

# m21 credential inside an attached text file, internal
_creds = "Exam board portals - 2025-26\r\nAQA Centre Services: user lfox56231 / pass Marmalade*Otter9\r\nOCR Interchange: user 56231admin / pass Wren!Harbour-26\r\n"
add("mime/m21-credentials-in-txt-attachment", LF, [EXAMS], subject="logins file",
    body=mixed(text("Saving this here for the exams office account. Lorraine"),
               attachment("logins.txt", "text/plain", _creds.encode(), cte="quoted-printable", scan_text=_creds)),
    flags=[CF], findings=["CREDENTIAL"], action="QUARANTINE")

# m22 Bcc-only pupil recipient from an unapproved sender, nothing else
add("mime/m22-bcc-pupil-unapproved", HB, [HB], bcc=[P["lilymae"]], subject="fieldwork photo competition",
    body="""Hi,

Your photo made the shortlist for the fieldwork photography competition - well done! Winners announced Friday.

Mrs Bell""", flags=["PUPIL_CONTACT_UNAPPROVED"], findings=[], action="QUARANTINE")
