"""Office and PDF attachments.

Each document is defined here as HTML (-> docx/pdf) or CSV (-> xlsx). With --attachments,
generate.py writes the sources to attachments/src/ and converts them with LibreOffice
(soffice --headless --convert-to); the binaries are committed, so a normal run needs no
LibreOffice. A normal run regenerates the sources in memory and refuses to go on if they
differ from the committed ones (the binaries would be stale).
"""
import csv
import html as H
import io
import os
import random
import re
import shutil
import subprocess
import tempfile

import lib
import roster
from roster import CH, PUPILS, S, full, year_list, parents_of

HERE = os.path.dirname(os.path.abspath(__file__))
ADIR = os.path.join(HERE, "attachments")
SRC = os.path.join(ADIR, "src")

DOCS = {}   # name -> (target ext, source ext, function returning source text)


def doc(name, target, source):
    def deco(fn):
        DOCS[name] = (target, source, fn)
        return fn
    return deco


def table(headers, rows, border=1):
    h = "".join(f"<th>{H.escape(str(x))}</th>" for x in headers)
    body = "".join("<tr>" + "".join(f"<td>{H.escape(str(c))}</td>" for c in r) + "</tr>\n" for r in rows)
    return f"<table border=\"{border}\" cellpadding=\"3\" cellspacing=\"0\">\n<tr>{h}</tr>\n{body}</table>\n"


def page(title, inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + H.escape(title) +
            "</title><style>body{font-family:Arial,sans-serif;font-size:10pt} td,th{font-size:9pt}</style>"
            "</head><body>\n" + inner + "</body></html>\n")


def csv_text(headers, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(headers)
    w.writerows(rows)
    return out.getvalue()


LETTERHEAD = ("<p><b>Severn Vale Academy</b><br>Gloucester Road North, Filton, Bristol, BS34 7BQ<br>"
              "Tel: 0117 496 0100 &middot; www.severnvale.org.uk</p>\n")

# ------------------------------------------------------------------ documents


@doc("Y9_photo_list_9S_9T", "xlsx", "csv")
def _class_list():
    rows = []
    for p in [p for p in year_list(9) if p.tutor in ("9S", "9T")]:
        rows.append([p.adm, p.surname, p.preferred or p.forename, p.dob.strftime("%d/%m/%Y"), p.tutor])
    return csv_text(["Adno", "Legal Surname", "Preferred Forename", "DOB", "Reg"], rows)


TRIP_KEYS = ["rose", "kofi", "will", "chloe", "mateusz", "eilidh", "jayden"]
TRIP_MED = {
    "rose": ("Asthma - blue inhaler (salbutamol), carries own", ),
    "will": ("Nut allergy - anaphylaxis, 2x EpiPen (one with staff)", ),
    "eilidh": ("Type 1 diabetes - insulin pump, checks BG before meals", ),
    "jayden": ("Epilepsy - buccal midazolam (Buccolam 10mg) with trip leader", ),
}


def trip_rows():
    rng = random.Random(8)
    y8 = year_list(8)
    chosen = [CH[k] for k in TRIP_KEYS] + [p for p in y8 if p.key is None][:15]
    out = []
    extra_med = ["Hay fever - cetirizine", "Eczema - emollient cream", "", "", "", "", "Migraines - paracetamol as needed",
                 "", "", "Coeliac disease - gluten free diet", "", "", "", "", ""]
    for i, p in enumerate(chosen):
        par = parents_of(p.key)[0] if p.key else roster.PARENTS_BY_UPN[p.upn][0]
        med = TRIP_MED.get(p.key, ("",))[0] if p.key else extra_med[i - len(TRIP_KEYS)]
        phone = f"07700 900{rng.randint(100, 999)}"
        out.append([p.forename, p.surname, p.dob.strftime("%d/%m/%Y"), p.tutor, med or "None known",
                    f"{par['name']} ({par['relationship'].lower()})", phone])
    return out


@doc("Y8_WyeValley_trip_list_medical", "xlsx", "csv")
def _trip():
    return csv_text(["First name", "Surname", "Date of birth", "Tutor", "Medical / dietary", "Emergency contact",
                     "Emergency phone"], trip_rows())


SEN_NEEDS = ["SEN Support - SpLD (dyslexia)", "SEN Support - SLCN", "EHCP - ASC", "SEN Support - SEMH",
             "EHCP - MLD", "SEN Support - SpLD (dyscalculia)", "SEN Support - HI", "EHCP - SEMH",
             "SEN Support - VI", "SEN Support - MLD"]


def sen_rows():
    rng = random.Random(31)
    pool = [p for p in PUPILS if p.key is None]
    chosen = sorted(rng.sample(pool, 30), key=lambda p: (p.year, p.surname))
    chosen = [CH["kacper"], CH["seun"], CH["ffion"]] + chosen
    out = []
    for p in chosen:
        need = {"kacper": "EHCP - ASC", "seun": "SEN Support - SpLD (dyslexia)", "ffion": "EHCP - PD"}.get(p.key) or rng.choice(SEN_NEEDS)
        code = "E" if need.startswith("EHCP") else "K"
        out.append([p.upn, p.surname, p.forename, p.year, p.tutor, code, need[need.index('-') + 2:],
                    "Y" if rng.random() < 0.3 else "N"])
    return out


@doc("SEN_register_autumn_2025", "xlsx", "csv")
def _sen():
    return csv_text(["UPN", "Surname", "Forename", "NCY", "Reg", "SEN status (E/K)", "Primary need", "Pupil premium"],
                    sen_rows())


AA_KEYS = ["tomasz", "maisie", "ravi", "jade", "connor", "fatima", "declan"]


def aa_rows():
    rng = random.Random(41)
    y11 = [p for p in year_list(11) if p.key is None][:5]
    arr = ["25% extra time", "25% extra time, reader", "Word processor", "Separate invigilation, rest breaks",
           "25% extra time, scribe", "Modified paper (enlarged A3)", "Prompter"]
    evidence = ["Form 8 - dyslexia (below average processing speed)", "EHCP - ASC", "SEN support - SpLD",
                "Medical - type 1 diabetes", "SEN support - visual impairment", "EHCP - SLCN", "Form 8 - dyspraxia"]
    out = []
    for i, p in enumerate([CH[k] for k in AA_KEYS] + y11):
        cand = f"{rng.randint(1000, 1999):04d}"
        out.append([cand, p.surname, p.forename, arr[i % len(arr)], evidence[i % len(evidence)]])
    return out


@doc("Y11_access_arrangements_2026", "xlsx", "csv")
def _aa():
    return csv_text(["Candidate no", "Surname", "Forename", "Arrangement", "Evidence / need"], aa_rows())


def mash_child():
    return CH["jayden"]


@doc("MASH_referral_Ricketts", "docx", "html")
def _mash():
    p = CH["jayden"]
    par = parents_of("jayden")
    inner = (LETTERHEAD +
             "<h2>South Gloucestershire Access and Response Team - Multi-agency referral form</h2>\n" +
             table(["Field", "Details"], [
                 ["Child's name", f"{p.forename} {p.surname}"],
                 ["Date of birth", p.dob.strftime("%d/%m/%Y")],
                 ["UPN", p.upn],
                 ["Home address", "27 Wordsworth Road, Horfield, Bristol BS7 0EB"],
                 ["Parent / carer", f"{par[0]['name']} (mother) - 07700 900417"],
                 ["Other adult in household", f"{par[1]['name']} (mother's partner)"],
                 ["School", "Severn Vale Academy, Year 8"],
             ]) +
             "<h3>Reason for referral</h3>\n<p>On 12/11/2025 Jayden disclosed to his tutor that his stepfather "
             "had hit him with a belt on Sunday night after an argument about his phone. He showed a bruise to the "
             "back of his left thigh approx. 8cm long. He said he did not want to go home. This is the second "
             "disclosure this term (see chronology). Jayden has epilepsy and says he has not been given his "
             "medication (sodium valproate) at home since Friday.</p>\n<h3>Action taken by school</h3>\n<p>DSL spoke to Jayden at 10:40. Photographs "
             "were not taken. Mother has not been informed, on advice of the duty social worker.</p>\n"
             "<p>Referrer: Nasreen Akhtar, Designated Safeguarding Lead, 0117 496 0100</p>\n")
    return page("Multi-agency referral", inner)


@doc("EHCP_annual_review_Ffion_Pritchard", "docx", "html")
def _ehcp():
    p = CH["ffion"]
    inner = (LETTERHEAD + "<h2>EHCP Annual Review - Section A/B summary</h2>\n" +
             table(["", ""], [["Name", f"{p.forename} {p.surname}"], ["DOB", p.dob.strftime("%d %B %Y")],
                              ["UPN", p.upn], ["Year group", "9"], ["Date of review", "21 January 2026"]]) +
             "<p>Ffion has an Education, Health and Care Plan for physical disability (cerebral palsy, right-sided "
             "hemiplegia). She uses a walking frame between lessons and has a lift pass. She takes baclofen twice a "
             "day for muscle spasms and has physiotherapy at Southmead Hospital every six weeks.</p>\n"
             "<p>Outcomes: independent travel within school by end of Year 9; touch-typing at 30 wpm.</p>\n"
             "<p>Attendees: Joanna Kiely (SENCo), Rhian Pritchard (mother), Kerry Watts (SGC SEND caseworker), "
             "Aled Rees (physiotherapist, North Bristol NHS Trust).</p>\n")
    return page("EHCP annual review", inner)


@doc("CAMHS_referral_Popescu", "pdf", "html")
def _camhs():
    p = CH["ioana"]
    nhs = "4857919079"
    inner = (LETTERHEAD + "<h2>Referral to Bristol CAMHS (Single Point of Access)</h2>\n" +
             table(["", ""], [["Young person", f"{p.forename} {p.surname}"],
                              ["Date of birth", p.dob.strftime("%d/%m/%Y")],
                              ["NHS number", lib.fmt_nhs(nhs)],
                              ["GP", "Dr A Whitfield, Filton Hill Surgery"],
                              ["Address", "Flat 4, 112 Station Road, Filton, Bristol BS34 7JW"],
                              ["Parent", "Mihai Popescu, 07700 900254"]]) +
             "<h3>Presenting concerns</h3><p>Low mood since September, self-harm (superficial cuts to forearms, "
             "seen by the school nurse on 3 November), reduced eating and poor sleep. Ioana says she has had "
             "thoughts of not wanting to be here but no plan. GP has prescribed sertraline 50mg since October.</p>\n"
             "<p>Referred by: Rachel Stone, School Nurse, Severn Vale Academy.</p>\n")
    return page("CAMHS referral", inner)


@doc("SEN_Information_Report_and_Policy_2025-26", "docx", "html")
def _senpolicy():
    inner = (LETTERHEAD + "<h1>SEN Information Report and SEND Policy 2025-26</h1>\n"
             "<p>Our SENCo is Mrs Joanna Kiely (NASENCo). She can be contacted through the school office on "
             "0117 496 0100 or senco@severnvale.org.uk.</p>\n"
             "<h2>1. Aims</h2><p>We aim to identify special educational needs early and provide a graduated approach "
             "(assess, plan, do, review) for every pupil with SEN. Pupils may be placed on SEN Support or, where "
             "needs are complex, the local authority may issue an Education, Health and Care Plan (EHCP).</p>\n"
             "<h2>2. Areas of need</h2><ul><li>Communication and interaction</li><li>Cognition and learning</li>"
             "<li>Social, emotional and mental health</li><li>Sensory and/or physical needs</li></ul>\n"
             "<h2>3. Medical conditions</h2><p>Pupils with medical conditions such as asthma, diabetes or epilepsy "
             "have an individual healthcare plan; see our Supporting Pupils with Medical Conditions policy.</p>\n"
             "<h2>4. Local offer</h2><p>South Gloucestershire Council's Local Offer is published online. SENDIASS "
             "can be contacted on 01454 868 559.</p>\n"
             "<h2>5. Complaints</h2><p>Complaints should be made to the Principal in the first instance.</p>\n"
             "<p>Approved by the Local Governing Body, 14 October 2025. Next review: October 2026.</p>\n")
    return page("SEN policy", inner)


@doc("LGB_minutes_2025-11-18", "pdf", "html")
def _minutes():
    inner = ("<h1>Severn Vale Academy Local Governing Body</h1><p>Minutes of the meeting held on Tuesday 18 "
             "November 2025 at 6pm in the library.</p>\n"
             "<p>Present: Martin Oduya (Chair), Dr Helen Marsh (Principal), Rev. Catherine Ashby, Imtiaz Qureshi, "
             "Jo Bannister (staff governor), Philip Draycott. In attendance: Fiona Gallagher (Clerk).</p>\n"
             "<h2>1. Apologies</h2><p>Apologies were received and accepted from Lynne Porter.</p>\n"
             "<h2>4. Safeguarding report</h2><p>The DSL's termly report was received. There were 14 referrals to the "
             "Access and Response Team this term (11 last year), 6 pupils are subject to child protection plans and "
             "9 children are looked after. No LADO referrals. All staff have completed safeguarding training; the "
             "single central record was checked by the safeguarding governor on 4 November.</p>\n"
             "<h2>5. SEND</h2><p>12.4% of pupils are on SEN Support and 2.8% have an EHCP. Governors asked how the new "
             "SEN policy is shared with parents; the SENCo will present at the February meeting.</p>\n"
             "<h2>6. Health and safety</h2><p>The fire risk assessment is up to date. Two RIDDOR reports this term.</p>\n"
             "<h2>7. Finance</h2><p>The budget monitoring report shows a forecast deficit of GBP 48,000.</p>\n"
             "<p>Date of next meeting: Tuesday 3 February 2026.</p>\n")
    return page("LGB minutes", inner)


@doc("Payroll_changes_Nov25", "xlsx", "csv")
def _payroll():
    return csv_text(["Employee no", "Name", "DOB", "NI number", "Sort code", "Account no", "Change", "Effective"],
                    payroll_rows())


PAYROLL_PEOPLE = [
    ("Hegarty, Pauline", "1979-03-22", "new bank"), ("Barnes, Keeley", "2001-07-09", "new starter"),
    ("Ellison, Jamie", "1998-11-30", "new starter"), ("Okoro, Yemi", "1985-02-14", "TLR2b"),
    ("Bell, Hannah", "1990-06-01", "unpaid leave 2 days"), ("Ferreira, Ana", "1987-09-17", "increment"),
    ("Whitaker, Sam", "1972-12-05", "overtime 12.5h"), ("Park, Steph", "1993-04-26", "new bank"),
    ("Cole, Janet", "1966-08-13", "hours change 0.8"), ("Lloyd, Becky", "1996-10-21", "increment"),
    ("Greene, Marcus", "1983-01-08", "TLR2a"), ("Williams, Gwen", "1975-05-19", "new bank"),
]


def payroll_rows():
    rng = random.Random(12)
    out = []
    prefixes = ["JK", "AB", "SN", "PR", "WM", "HT", "LE", "NP", "CE", "KA", "RY", "ZB"]
    for i, (n, dob, ch) in enumerate(PAYROLL_PEOPLE):
        nino = f"{prefixes[i]}{rng.randint(100000, 999999)}{'ABCD'[rng.randint(0, 3)]}"
        assert lib.nino_valid(nino), nino
        sc = f"{rng.choice([20, 30, 40, 60, 77, 83, 9]):02d}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        acct = f"{rng.randint(10000000, 99999999)}"
        out.append([f"E{4100 + i * 7}", n, dob, nino[:2] + " " + nino[2:4] + " " + nino[4:6] + " " + nino[6:8] + " " + nino[8],
                    sc, acct, ch, "01/12/2025"])
    return out


@doc("Invoice_SVA-2025-0412", "pdf", "html")
def _invoice():
    inner = (LETTERHEAD + "<h2>INVOICE SVA-2025-0412</h2>\n"
             "<p>To: Mr R Bennett<br>9 Meadowsweet Drive<br>Bradley Stoke<br>Bristol BS32 0DA</p>\n"
             "<p>Date: 24/11/2025 &nbsp; Account ref: CLA-7M-0093</p>\n" +
             table(["Description", "Qty", "Amount"], [["Y7 Bristol Zoo education visit - Freddie", "1", "£18.50"],
                                                      ["Lost library book replacement", "1", "£7.99"],
                                                      ["Total due", "", "£26.49"]]) +
             "<p>Please pay within 14 days by ParentPay, or by bank transfer to: Severn Vale Academy, Lloyds Bank, "
             "sort code 30-96-26, account number 71203345, quoting the invoice number.</p>\n")
    return page("Invoice", inner)


@doc("UCAS_reference_draft_DArcy", "docx", "html")
def _ucas():
    p = CH["niamh"]
    inner = ("<p><b>UCAS reference - draft v2 (TK)</b></p>\n"
             f"<p>{p.forename} {p.surname} joined our sixth form in September 2024 and is studying Biology, "
             "Chemistry and Psychology. She is predicted A*AA.</p>\n"
             "<p>Niamh was diagnosed with dyslexia in Year 10 and has 25% extra time in examinations; her written "
             "work shows how well she has learned to manage this. She is a committed member of the Medical Society "
             "and volunteers weekly at a care home in Horfield.</p>\n"
             "<p>We recommend her without reservation for Medicine.</p>\n")
    return page("UCAS reference", inner)


def entries_rows():
    rng = random.Random(5)
    y13 = year_list(13)
    out = []
    for p in y13[:22]:
        out.append([f"{rng.randint(2000, 2999):04d}", p.uln, p.surname, p.forename, "H420", "Biology A Level"])
    return out


@doc("OCR_A-level_Biology_entries_June26", "xlsx", "csv")
def _entries():
    return csv_text(["Cand No", "ULN", "Surname", "Forename", "Option", "Title"], entries_rows())


@doc("Health_and_Safety_Policy_2025", "pdf", "html")
def _hs():
    inner = (LETTERHEAD + "<h1>Health and Safety Policy 2025-26</h1>\n"
             "<p>The Principal has day-to-day responsibility for health and safety. The Site Manager, Sam Whitaker, "
             "is the competent person for fire safety, legionella and asbestos management.</p>\n"
             "<h2>First aid</h2><p>First aiders are listed in the staffroom. Accidents are recorded on the online "
             "accident book; RIDDOR-reportable incidents are reported to the HSE by the Site Manager.</p>\n"
             "<h2>Medicines</h2><p>Medicines are stored in the medical room and administered in line with the "
             "Supporting Pupils with Medical Conditions policy. Healthy eating is promoted through our catering "
             "contract.</p>\n<h2>Contacts</h2><p>Health and Safety Executive: 0300 003 1747. Trust H&amp;S adviser: "
             "Cotswold Edge Learning Trust, 3 Kingsway Business Park, Quedgeley, Gloucester GL2 2AF.</p>\n")
    return page("H&S policy", inner)


@doc("Hospital_letter_Chowdhury", "pdf", "html")
def _hosp():
    p = CH["imran"]
    nhs = "6346802178"
    inner = ("<p><b>North Bristol NHS Trust</b><br>Southmead Hospital, Southmead Road, Westbury-on-Trym, Bristol "
             "BS10 5NB<br>Paediatric Diabetes Service &middot; 0117 496 0733</p>\n"
             f"<p>Mr Imran Chowdhury<br>45 Cranleigh Gardens<br>Stoke Gifford<br>Bristol BS34 8QF</p>\n"
             f"<p>NHS No: {lib.fmt_nhs(nhs)} &nbsp; DOB: {p.dob.strftime('%d/%m/%Y')} &nbsp; Hosp No: S1048823</p>\n"
             "<p>Dear Imran,</p><p>Your next appointment in the Young Adult Diabetes Clinic is on Thursday 15 January "
             "2026 at 14:20. Please bring your glucose meter and a list of your current insulin doses "
             "(NovoRapid and Tresiba). If you need to change the appointment please call 0117 496 0733.</p>\n"
             "<p>Yours sincerely,<br>Outpatient Booking Team</p>\n")
    return page("Hospital appointment", inner)


@doc("Staff_emergency_contacts_SLT", "xlsx", "csv")
def _staffcontacts():
    return csv_text(["Name", "Role", "Mobile", "Home phone", "Next of kin"], staff_contact_rows())


def staff_contact_rows():
    rng = random.Random(77)
    codes = ["HMA", "GPR", "NAK", "JKI", "TKA", "SWH", "DHU", "KAS", "DWA", "MGR", "YOK", "SWI"]
    kin = ["Tom (husband)", "Ceri (wife)", "Imran (husband)", "Mick (partner)", "Kasia (wife)", "Dave (husband)",
           "Laura (wife)", "Efua (wife)", "Pat (mother)", "Shana (partner)", "Tunde (husband)", "Julie (wife)"]
    out = []
    for i, c in enumerate(codes):
        s = S[c]
        out.append([s.name, s.title, f"07700 900{rng.randint(100, 999)}", f"01632 960{rng.randint(100, 999)}", kin[i]])
    return out


@doc("Trip_letter_Y10_Geography_fieldwork", "docx", "html")
def _triplet():
    inner = (LETTERHEAD + "<p>October 2025</p><p>Dear Parent/Carer,</p>\n"
             "<p><b>Year 10 GCSE Geography fieldwork - Slimbridge and Severn Estuary</b></p>\n"
             "<p>As part of the GCSE course, all Year 10 geographers will take part in a day of river and coastal "
             "fieldwork on Wednesday 11 March 2026. Coaches leave at 8:30am and return by 4:00pm. The cost is £12, "
             "payable through ParentPay by Friday 13 February 2026.</p>\n"
             "<p>Pupils need waterproofs, wellies and a packed lunch. If your child has a medical condition we do "
             "not already know about, please update the consent form on the app.</p>\n"
             "<p>WWT Slimbridge Wetland Centre, Bowditch, Slimbridge, Gloucestershire GL2 7BT (01453 891900).</p>\n"
             "<p>Yours faithfully,<br>Hannah Bell<br>Teacher of Geography</p>\n")
    return page("Trip letter", inner)


# ------------------------------------------------------------------ build / load

def build_all():
    os.makedirs(SRC, exist_ok=True)
    tmp = tempfile.mkdtemp()
    for name, (target, source, fn) in DOCS.items():
        src_text = fn()
        src_path = os.path.join(SRC, f"{name}.{source}")
        with open(src_path, "w", encoding="utf-8", newline="\n") as f:
            f.write(src_text)
        if target == "xlsx":
            cmd = ["soffice", "--headless", "--infilter=CSV:44,34,76,1,,2057,false,false,false", "--convert-to",
                   "xlsx:Calc Office Open XML", src_path, "--outdir", tmp]
        elif target == "docx":
            cmd = ["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", src_path, "--outdir", tmp]
        else:
            cmd = ["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", src_path, "--outdir", tmp]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(tmp, f"{name}.{target}"), os.path.join(ADIR, f"{name}.{target}"))
    shutil.rmtree(tmp)


MIME = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pdf": "application/pdf"}


def get(name):
    """(file name, mime type, bytes, source text) of a committed document."""
    target, source, fn = DOCS[name]
    src_text = fn()
    with open(os.path.join(SRC, f"{name}.{source}"), encoding="utf-8", newline="\n") as f:
        if f.read() != src_text:
            raise SystemExit(f"attachment {name} is stale: run generate.py --attachments")
    with open(os.path.join(ADIR, f"{name}.{target}"), "rb") as f:
        data = f.read()
    return f"{name}.{target}", MIME[target], data, src_text


def office(name, filename=None, disposition="attachment"):
    fname, mime, data, src = get(name)
    return lib.attachment(filename or fname, mime, data, scan_text=src, disposition=disposition)
