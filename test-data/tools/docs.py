"""Source documents for the LibreOffice-made attachments (docx, xlsx, pptx, odt, ods, pdf, rtf)
and the zip(1)-made password-protected archive. TEXT[name] is the text an extractor would
see; the case modules label from it."""
import html as _h
import subprocess
from pathlib import Path

from generate import D, doc, pname, dob_uk, make_upn, make_nhs, fmt_nhs, make_uln, \
    html_to_text, SCHOOL_NAME, SCHOOL_ADDRESS, SCHOOL_PHONE, nino_valid, upn_valid

TEXT = {}

STREETS = ["Moorland Crescent", "Kirkby Walk", "Harewood View", "Birch Grove", "Eccup Lane",
           "Alwoodley Gardens", "Sandmoor Drive", "Wigton Chase", "Primley Park Road",
           "Shadwell Lane", "Nursery Close", "Fir Tree Green", "Tarn Lane", "King Lane",
           "Stonegate Road", "Lingfield Approach", "Brackenwood Drive", "Cranmer Rise",
           "Wike Ridge Court", "Black Moor Road", "Carr Manor Mount", "Cookridge Street"]
POSTCODES = ["LS17 6DT", "LS17 7PF", "LS17 8RB", "LS17 5JQ", "LS17 6HN", "LS17 7ES",
             "LS17 8LA", "LS17 9AW", "LS16 7BU", "LS16 6NP", "LS17 6LG", "LS17 7NQ",
             "LS17 5DX", "LS17 8HE", "LS7 4QT", "LS17 6PZ", "LS16 8AF", "LS17 7RY",
             "LS17 9HB", "LS17 5LU", "LS6 4EW", "LS17 8BN"]


def home_address(i):
    return f"{(i * 7) % 93 + 2} {STREETS[i % len(STREETS)]}, Leeds {POSTCODES[i % len(POSTCODES)]}"


def home_phone(i):
    return f"07700 900{(i * 37 + 101) % 1000:03d}"


def year(y):
    return [p for p in D.pupils if p["year_group"] == y]


def table_html(headers, rows):
    h = "".join(f"<th>{_h.escape(x)}</th>" for x in headers)
    r = "".join("<tr>" + "".join(f"<td>{_h.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table border=\"1\" cellpadding=\"3\"><tr>{h}</tr>{r}</table>"


def page(title, body):
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{_h.escape(title)}</title></head>"
            f"<body><h1>{_h.escape(title)}</h1>{body}</body></html>")


def html_doc(name, title, body, convert=None, post=None):
    src = page(title, body)
    doc(name, "html", src, convert=convert, post=post)
    TEXT[name] = html_to_text(src)
    return name


def csv_text(headers, rows):
    def q(c):
        c = str(c)
        return '"' + c.replace('"', '""') + '"' if any(ch in c for ch in ',"\n') else c
    return "\n".join(",".join(q(c) for c in r) for r in [headers] + rows) + "\n"


def csv_doc(name, headers, rows):
    src = csv_text(headers, rows)
    doc(name, "csv", src)
    TEXT[name] = src
    return name


def fodp(slides):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"')
    pages = []
    for i, (title, lines) in enumerate(slides, 1):
        body = "".join(f"<text:p>{_h.escape(l)}</text:p>" for l in lines)
        pages.append(
            f'<draw:page draw:name="Slide{i}">'
            f'<draw:frame svg:x="1cm" svg:y="1cm" svg:width="24cm" svg:height="3cm"><draw:text-box>'
            f'<text:p>{_h.escape(title)}</text:p></draw:text-box></draw:frame>'
            f'<draw:frame svg:x="1cm" svg:y="5cm" svg:width="24cm" svg:height="12cm"><draw:text-box>'
            f'{body}</draw:text-box></draw:frame></draw:page>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.2" '
            f'office:mimetype="application/vnd.oasis.opendocument.presentation"><office:body>'
            f'<office:presentation>{"".join(pages)}</office:presentation></office:body></office:document>\n')


def pptx_doc(name, slides):
    doc(name, "fodp", fodp(slides))
    TEXT[name] = "\n".join(t + "\n" + "\n".join(ls) for t, ls in slides)
    return name


def encrypt_zip_post(inner_name, password):
    def post(data, tmp):
        tmp = Path(tmp)
        inner = tmp / "encz"
        inner.mkdir(exist_ok=True)
        (inner / inner_name).write_bytes(data)
        out = tmp / "enc.zip"
        if out.exists():
            out.unlink()
        subprocess.run(["zip", "-q", "-X", "-e", "-P", password, str(out), inner_name],
                       cwd=inner, check=True)
        return out.read_bytes()
    return post


# ----------------------------------------------------------------------------------------
# Class lists and registers
# ----------------------------------------------------------------------------------------
Y5 = year("5")
Y6 = year("6")
Y4 = year("4")
Y2 = year("2")
Y3 = year("3")

BULK_HEAD = ["UPN", "Surname", "Forename", "Date of birth", "Home address", "Contact number"]
Y5_ROWS = [[p["upn"], p["surname"], p["forename"], dob_uk(p), home_address(i), home_phone(i)]
           for i, p in enumerate(Y5)]
csv_doc("y5_class_list.csv", BULK_HEAD, Y5_ROWS)
doc("y5_class_list.xlsx", "csv", TEXT["y5_class_list.csv"])
TEXT["y5_class_list.xlsx"] = TEXT["y5_class_list.csv"]

Y6_ROWS = [[pname(p, True), p["date_of_birth"], home_address(i + 40)] for i, p in enumerate(Y6)]
csv_doc("y6_transition_data.csv", ["Name", "DOB", "Address"], Y6_ROWS)
doc("y6_transition_data.ods", "csv", TEXT["y6_transition_data.csv"])
TEXT["y6_transition_data.ods"] = TEXT["y6_transition_data.csv"]

# names and reading groups only: no personal identifiers
Y6_GROUPS = [[pname(p, True), ["Kingfishers", "Otters", "Badgers"][i % 3]] for i, p in enumerate(Y6)]
csv_doc("y6_reading_groups.csv", ["Pupil", "Reading group"], Y6_GROUPS)
doc("y6_reading_groups.xlsx", "csv", TEXT["y6_reading_groups.csv"])
TEXT["y6_reading_groups.xlsx"] = TEXT["y6_reading_groups.csv"]

# exactly nine / exactly ten pupils with DOBs (bulk threshold 10)
csv_doc("y2_nine_dobs.csv", ["Name", "Date of birth"], [[pname(p), dob_uk(p)] for p in Y2[:9]])
csv_doc("y2_ten_dobs.csv", ["Name", "Date of birth"], [[pname(p), dob_uk(p)] for p in Y2[:10]])
# eleven rows, but two pupils listed twice: nine distinct people
_dup = Y3[:9] + [Y3[0], Y3[4]]
csv_doc("y3_swimming_rows_dupes.csv", ["Name", "Date of birth", "Session"],
        [[pname(p), dob_uk(p), f"Session {i % 3 + 1}"] for i, p in enumerate(_dup)])

# medical register: 12 pupils, conditions + DOB
CONDITIONS = ["asthma (blue inhaler in class)", "severe peanut allergy - adrenaline pen",
              "type 1 diabetes - insulin pump", "epilepsy - buccal midazolam", "eczema - emollient cream",
              "asthma (inhaler)", "coeliac disease", "ADHD - methylphenidate at lunch",
              "sickle cell disease", "hay fever - antihistamine", "egg allergy", "migraines"]
MED_ROWS = [[pname(p), dob_uk(p), p["year_group"], CONDITIONS[i]] for i, p in enumerate(Y4[:12])]
html_doc("medical_register.docx", "Medical conditions register (Year 4)",
         "<p>For staff only. Keep in the class red folder.</p>" +
         table_html(["Pupil", "DOB", "Year", "Condition / medication"], MED_ROWS))

# SEN register without identifiers (names + need): special category, no bulk identifiers
SEN_NEEDS = ["SEN support - speech and language", "EHCP - autism", "SEN support - dyslexia",
             "SEN support - SEMH", "EHCP - hearing impairment", "SEN support - dyspraxia",
             "SEN support - moderate learning difficulty", "EHCP - physical disability",
             "SEN support - speech and language", "SEN support - dyslexia", "SEN support - attention and concentration",
             "SEN support - SEMH"]
SEN_ROWS = [[pname(p), p["year_group"], SEN_NEEDS[i]] for i, p in enumerate(Y3[:12])]
csv_doc("sen_register_y3.csv", ["Pupil", "Year", "Need"], SEN_ROWS)
doc("sen_register_y3.xlsx", "csv", TEXT["sen_register_y3.csv"])
TEXT["sen_register_y3.xlsx"] = TEXT["sen_register_y3.csv"]

# ----------------------------------------------------------------------------------------
# Single-person documents
# ----------------------------------------------------------------------------------------
_ar = D.pupil("Archie Davies")
_ehcp_body = (f"<p><b>Pupil:</b> {pname(_ar)}<br><b>Date of birth:</b> {dob_uk(_ar)}<br><b>UPN:</b> {_ar['upn']}<br>"
              f"<b>Year group:</b> 6</p><p>Archie has an Education, Health and Care Plan for communication "
              f"and interaction needs and speech, language and communication needs. Outcomes reviewed: he now uses his "
              f"visual timetable independently; his 1:1 support is reduced to mornings.</p>"
              f"<p>Next review: Spring term 2027. Attendees: parent, SENCo, class teacher, educational psychologist.</p>")
html_doc("ehcp_review_archie.docx", "EHCP annual review", _ehcp_body)
html_doc("ehcp_review_archie.odt", "EHCP annual review", _ehcp_body)

_zo = D.pupil("Zoë Clarke")
html_doc("referral_zoe.pdf", "Request for support - Children's Social Work Front Door",
         f"<p><b>Child:</b> {pname(_zo)} <b>DOB:</b> {dob_uk(_zo)}<br><b>Home address:</b> 31 Birch Grove, Leeds LS17 6HN</p>"
         f"<p><b>Reason for referral:</b> On 12 January 2026 Zoë disclosed to her class teacher that her "
         f"mother's partner hits her when he has been drinking. "
         f"This is a child protection referral; parents not informed as this may place the child at risk.</p>"
         f"<p>Referrer: Rukhsana Ahmed, Designated Safeguarding Lead, {SCHOOL_NAME}, {SCHOOL_PHONE}</p>")

html_doc("newsletter_spring.pdf", "Hawthorn Lane News - Spring 1",
         f"<p>Dear families,</p><p>Welcome back! Our Healthy Eating Week runs from 2 February. "
         f"Year 4 visit Eureka! on 12 March; letters will follow. Our SEN policy review is now on the website, "
         f"and all staff completed their annual safeguarding training on the INSET day.</p>"
         f"<p>Parents' evenings: 10 and 11 March 2026. Book via the school app.</p>"
         f"<p>{SCHOOL_NAME}, {SCHOOL_ADDRESS}. Tel {SCHOOL_PHONE}.</p>")

html_doc("setup.exe.pdf", "Printer setup guide",
         "<p>To add the office copier: open Settings, Printers, Add printer, and pick HL-OFFICE-MFD. "
         "Ask Ian in ICT if it does not appear.</p>")

html_doc("lunch_menu.pdf", "Spring menu (weeks 1-3)",
         "<p>Monday: pasta bake or jacket potato. Tuesday: roast chicken. Wednesday: fish fingers. "
         "Thursday: vegetable curry. Friday: pizza.</p><p>Allergen information is available from the office.</p>")

html_doc("risk_assessment_trip.docx", "Risk assessment - Year 4 visit to Eureka!",
         "<p>Activity: coach travel and museum visit, 12 March 2026. Ratio 1:6.</p>"
         + table_html(["Hazard", "Control"], [["Road crossing", "Staff at front and back of line"],
                                               ["Lost child", "Meeting point at entrance; headcounts"],
                                               ["Allergies", "Medical bag carried by trip leader"]])
         + "<p>Approved under the school health and safety policy. Group leader: Peter Evans.</p>")

html_doc("minutes_staff_meeting.odt", "Staff meeting minutes - 14 January 2026",
         "<p>Present: all teaching staff. 1. Assessment week dates agreed (2-6 March). "
         "2. Safeguarding training refresher on 23 February. 3. SEN policy review: comments to James by Friday. "
         "4. Health and safety walk-round: fire doors in KS2 corridor to be kept clear.</p>")

html_doc("invoice_INV-20931.pdf", "Brightspark Stationery Ltd - Invoice INV-20931",
         "<p>Brightspark Stationery Ltd, Unit 7 Ring Road Business Park, Leeds LS12 6AN. Tel 0113 496 0788.</p>"
         "<p>Invoice to: Hawthorn Lane Primary School. Order PO-2026-0147. Date 8 January 2026.</p>"
         + table_html(["Item", "Qty", "Price"], [["A4 exercise books (pack of 50)", "12", "£186.00"],
                                                  ["Whiteboard pens", "20", "£31.60"]])
         + "<p>Total £217.60. Please pay via the Leeds schools purchasing portal within 30 days.</p>")

html_doc("invoice_INV-20988_bank.pdf", "Dales Kitchen Catering - Invoice INV-20988",
         "<p>Dales Kitchen Catering, 3 Mill Yard, Otley LS21 1AB.</p>"
         "<p>Christmas lunch supplement, December 2025: £412.50.</p>"
         "<p>Payment by BACS to Dales Kitchen Catering Ltd, sort code 40-47-84, account number 61538207.</p>")

_ul = make_uln("752083146")
html_doc("apprentice_record.docx", "Apprenticeship record - Teaching Assistant Level 3",
         f"<p>Apprentice: Ben Thompson<br>ULN: {_ul}<br>Employer: {SCHOOL_NAME}</p>"
         "<p>Off-the-job training log for January attached. End-point assessment planned for July 2026.</p>")
ULN_BEN = _ul

_pay = []
NINOS = ["JT482916B", "PK736210A", "SW193847C", "AB520183D", "HE627391A", "NZ304982C",
         "YL849216B", "RC715028D", "MA260493A", "TE918374C", "WK403758B", "GH687120A"]
for i, (k, s) in enumerate(list(D.staff.items())[6:18]):
    _pay.append([s["name"], s["staff_id"], NINOS[i], f"{20 + i % 6}-{40 + i:02d}-{17 + i:02d}",
                 f"{31827450 + i * 1379:08d}"])
for n in NINOS:
    assert nino_valid(n), n
csv_doc("payroll_january.csv", ["Name", "Staff ID", "NI number", "Sort code", "Account number"], _pay)
doc("payroll_january.xlsx", "csv", TEXT["payroll_january.csv"])
TEXT["payroll_january.xlsx"] = TEXT["payroll_january.csv"]

# report comments: names only, no identifiers, nothing special
_rc = [(pname(p, True), c) for p, c in zip(Y5[:8], [
    "has worked hard on fractions and now explains her methods clearly.",
    "is a kind member of the class and a confident reader.",
    "has made good progress in writing; next step is paragraphing.",
    "shows real curiosity in science and asks thoughtful questions.",
    "should keep practising times tables at home.",
    "has been a reliable school council representative.",
    "produced an excellent Viking longship model.",
    "is growing in confidence when speaking to the class."])]
html_doc("report_comments_y5.rtf", "Year 5 report comments - draft",
         "".join(f"<p><b>{_h.escape(n)}</b> {_h.escape(c)}</p>" for n, c in _rc))

html_doc("governors_report.docx", "Headteacher's report to governors - Spring 2026",
         "<p>Number on roll: 126. Attendance 95.8%. 4 pupils have an EHCP and 19 receive SEN support. "
         "Two child protection plans are open (no names in this report). Safeguarding training compliance 100%.</p>"
         "<p>Health and safety: legionella check passed. Budget: see the finance committee papers.</p>")

pptx_doc("governors_presentation.pptx", [
    ("Headteacher's report - Spring 2026", ["Number on roll: 126", "Attendance: 95.8%",
                                            "SEN: 4 EHCPs, 19 SEN support (anonymised)"]),
    ("Priorities", ["Reading for pleasure", "Maths mastery in KS2", "Safeguarding training: 100% complete"]),
])

_sen6 = [D.pupil(n) for n in ("Tom Wright", "Joy Walker", "Teddy García")]
pptx_doc("provision_map_y6.pptx", [
    ("Year 6 provision map - Spring", ["Interventions for pupils on the SEN register"]),
    ("Pupils", [f"{pname(_sen6[0], True)} - EHCP, dyslexia; reader and scribe for SATs",
                f"{pname(_sen6[1], True)} - SEN support, speech and language; SALT programme 3x weekly",
                f"{pname(_sen6[2], True)} - SEN support, SEMH; daily check-in with Mrs Wood"]),
])

_ad = D.pupil("Hope Young")
html_doc("admission_form_hope.odt", "In-year admission form",
         f"<p>Child's legal name: Hope Young<br>Date of birth: {dob_uk(_ad, 'long')}<br>"
         f"Home address: 9 Fir Tree Green, Leeds LS17 7NQ<br>Parent/carer: Mary Young, mobile 07700 900614</p>"
         "<p>Previous school: Moortown Primary. Start date: 19 January 2026.</p>")

_rep = D.pupil("Ivy Field")
html_doc("school_nurse_letter.pdf", "School Nursing Service - care plan",
         f"<p>Re: {pname(_rep)}, NHS number {fmt_nhs(make_nhs('485777330'))}, DOB {dob_uk(_rep)}</p>"
         "<p>Ivy has type 1 diabetes. Her individual healthcare plan is attached; the team will train two "
         "members of staff on her insulin pump on 20 January.</p><p>Leeds Community Healthcare NHS Trust</p>")
NHS_IVY = make_nhs("485777330")

# a document containing personal data, encrypted inside a zip with zip -e (ZipCrypto)
_enc_rows = [[p["upn"], pname(p), dob_uk(p)] for p in Y6[:12]]
doc("y6_sats_access.zip", "csv", csv_text(["UPN", "Name", "DOB"], _enc_rows),
    target="csv", post=encrypt_zip_post("y6_sats_access_arrangements.csv", "Kestrel-Moor-19"))
TEXT["y6_sats_access.zip"] = None   # unreadable without the password

# a PDF encrypted with a document-open password by LibreOffice
_pf = D.pupil("Theodore O'Brien")
html_doc("pupil_passport_theo.pdf", "One-page profile",
         f"<p>{pname(_pf)}, DOB {dob_uk(_pf)}. Theodore has a diagnosis of ADHD and takes medication at lunchtime.</p>",
         convert='pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                 '"DocumentOpenPassword":{"type":"string","value":"Otter-Lane-27"}}')
TEXT["pupil_passport_theo.pdf"] = None


def _truncate(data, tmp):
    return data[: len(data) * 2 // 5]


html_doc("menu_corrupt.pdf", "Summer menu", "<p>Monday: pasta bake. Tuesday: roast dinner. "
         "Wednesday: fish and chips.</p>", post=_truncate)
TEXT["menu_corrupt.pdf"] = None

html_doc("trip_letter_y4.docx", "Year 4 visit to Eureka! - consent letter",
         "<p>Dear parents and carers,</p><p>Year 4 will visit Eureka! The National Children's Museum in Halifax "
         "on Thursday 12 March 2026. The coach leaves at 9:00 and returns by 3:15. The cost is £14.50; "
         "please pay on the school app by 27 February. Please return the consent slip by 27 February.</p>"
         f"<p>Mr P Evans, Year 4 Teacher, {SCHOOL_NAME}, {SCHOOL_ADDRESS}, {SCHOOL_PHONE}</p>")

html_doc("trip_letter_y4.rtf", "Year 4 visit to Eureka! - consent letter",
         "<p>Dear parents and carers,</p><p>Year 4 will visit Eureka! on Thursday 12 March 2026. "
         "Please return the consent slip by 27 February.</p>")

_y4med = [D.pupil(n) for n in ("Dylan Jackson", "Rory García", "Freya Hall")]
html_doc("trip_medical_y4.odt", "Year 4 trip - medical and contact information",
         table_html(["Pupil", "Medical", "Emergency contact"],
                    [[pname(_y4med[0]), "Asthma - inhaler in trip bag", "Mum 07700 900231"],
                     [pname(_y4med[1]), "Nut allergy - EpiPen x2", "Dad 07700 900846"],
                     [pname(_y4med[2]), "None", "Gran 0113 496 0552"]]))

html_doc("job_application_form.docx", "Application form - Teaching Assistant",
         "<p>Name: Katherine Lowe<br>Address: 58 Harewood View, Leeds LS17 8LA<br>Telephone: 07700 900377<br>"
         "National Insurance number: JL 65 40 12 C</p><p>Employment history: 2019-2025 Lunchtime supervisor.</p>")

html_doc("cover_supervisor_timetable.odt", "Cover timetable - w/c 19 January",
         "<p>Monday P1-2: Y4 (Mr Evans on course). Tuesday P3: Y2. Thursday PM: Y6 PPA.</p>")
