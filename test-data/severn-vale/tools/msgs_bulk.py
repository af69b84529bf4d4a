"""BULK_PERSONAL_DATA: lists about 10 or more people, the 9/10 boundary and name-only lists."""
import io
import random
import zipfile

from registry import (add, text, html, alt, mixed, attachment, Rfc822, outlook_quote, gmail_quote, apple_quote,
                      gmail_fwd, apple_fwd, html_doc, p2html, alt_of, embedded, outlook_fwd_header)
from roster import S, CH, DOM, PUPILS, PARENTS_BY_UPN, full, year_list, parents_of
import attachments as att
import lib
from lib import uk_date
from msgs_benign import (H, GP, NA, JK, TK, LF, DC, BL, SW, PH, CR, AN, KA, OS, RM, CD, PR, JC, SWI, FG, OM, EP,
                         LB, AM, DH, RS, KB, PV, AF, DW, MG, YO, HB, GW, SP, OFFICE, EXAMS, FIN, ITS, SIX, STAFF_ALL)

PD, SC, BK, CF = "PERSONAL_DATA", "SPECIAL_CATEGORY", "BULK_PERSONAL_DATA", "CREDENTIALS_OR_FINANCIAL"


def zipped(files, when=(2025, 11, 20, 8, 30, 0)):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.getvalue()


# k01 A-level entries with ULNs, internal
add("bulk/k01-entries-uln-internal", LF, [TK, ("Science Department", f"science@{DOM}")],
    subject="June 2026 A level Biology entries - please check",
    body=mixed(text("""Hi both,

Attached are the provisional Biology entries with ULNs and candidate numbers. Please check names against your
class lists by Friday - entries go to OCR on 21 February.

Lorraine"""), att.office("OCR_A-level_Biology_entries_June26")),
    flags=[BK, PD], findings=["PUPIL_NAME", "UK_ULN"], action="DELIVER", bulk=22)

# k02 photo list with DOBs to the school photographer
add("bulk/k02-photo-list-photographer", DH, [("Tempest Photography - schools", "schools@tempest-example.co.uk")],
    subject="Individual photos - Year 9 list",
    body=mixed(text(f"""Hi Carl,

Here is the Year 9 list (9S and 9T) for Tuesday's individual photos, with dates of birth so your system can
match the MIS export. The other two forms will follow.

Dan Hughes
Head of Year 11 (covering Year 9 photos)"""), att.office("Y9_photo_list_9S_9T")),
    flags=[BK, PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="QUARANTINE", bulk=24)

# k03 trip list with medical information and emergency contacts to the activity centre
add("bulk/k03-trip-medical-list", RM, [("Wye Valley Outdoor Centre", "bookings@wyevalleyoutdoor.co.uk")],
    subject="Severn Vale Y8 - medical and emergency contacts",
    body=mixed(text(f"""Hi Tom,

As requested, the medical and dietary information and emergency contacts for group A. Group B to follow.

Rhys
{RM.sig()}"""), att.office("Y8_WyeValley_trip_list_medical")),
    flags=[BK, PD, SC], findings=["PUPIL_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "HEALTH"], action="QUARANTINE",
    bulk=22)

# k04 SEN register, internal
add("bulk/k04-sen-register-internal", JK, [("Learning Support Team", f"learningsupport@{DOM}")],
    subject="SEN register - autumn update",
    body=mixed(text("""Hi team

Updated register attached. Please use this version for the provision maps, and delete the September copy.

Jo"""), att.office("SEN_register_autumn_2025")),
    flags=[BK, PD, SC], findings=["PUPIL_NAME", "UK_UPN", "SEN"], action="DELIVER", bulk=33)

# k05 access arrangements to the exam board (external)
add("bulk/k05-access-arrangements-external", LF, [("JCQ access arrangements - AQA", "accessarrangements@aqa.org.uk")],
    subject="Centre 56231 - access arrangements query (Y11)",
    body=mixed(text(f"""Dear AQA,

Our AAO application was rejected for several candidates. The spreadsheet attached lists the candidates,
arrangements and evidence held. Could you advise which ones need a new Form 8?

{LF.sig()}"""), att.office("Y11_access_arrangements_2026")),
    flags=[BK, SC], findings=["PUPIL_NAME", "SEN", "HEALTH"], action="QUARANTINE", bulk=12)

# k06 payroll changes with NI numbers and bank details to the payroll bureau
add("bulk/k06-payroll-extract", PH, [("Payroll - Strategic HR", "payroll@strategichr-example.co.uk")],
    subject="SVA payroll changes November",
    body=mixed(text("""Hi Dawn,

November changes for Severn Vale attached (12 employees). Two new starters, three bank detail changes.

Pauline"""), att.office("Payroll_changes_Nov25")),
    flags=[BK, PD, CF], findings=["DATE_OF_BIRTH", "UK_NINO", "BANK_ACCOUNT"], action="QUARANTINE", bulk=12)

# k07 staff emergency contacts, internal
add("bulk/k07-staff-emergency-contacts", SP, [H, GP], subject="SLT/HoY emergency contact sheet",
    body=mixed(text("""Helen, Gareth - updated emergency contact sheet for the critical incident plan. Keep it off shared drives.

Steph"""), att.office("Staff_emergency_contacts_SLT")),
    flags=[BK, PD], findings=["PHONE_NUMBER"], action="DELIVER", bulk=12)

# k08 / k09 - the 9/10 boundary, DOBs in the body, external
y7 = [p for p in year_list(7) if p.key is None]
team9 = y7[:9]
team10 = y7[9:19]


def _team(ps):
    return "\n".join(f"{i + 1}. {p.forename} {p.surname} - DOB {uk_date(p.dob)}" for i, p in enumerate(ps))


add("bulk/k08-nine-pupils-dob", RM, [("South Glos Schools FA", "registrations@sgsfa-example.org.uk")],
    subject="Y7 boys/girls mixed futsal - registrations",
    body=f"""Hi Gary,

Registrations for the Y7 futsal squad:

{_team(team9)}

Thanks
{RM.sig()}""", flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="ENCRYPT", bulk=9)

add("bulk/k09-ten-pupils-dob", RM, [("South Glos Schools FA", "registrations@sgsfa-example.org.uk")],
    subject="Y7 football - county cup registrations",
    body=f"""Hi Gary,

County cup registrations (10 players):

{_team(team10)}

Thanks
{RM.sig()}""", flags=[BK, PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="QUARANTINE", bulk=10)

# k10 names only, 30 pupils, to a theatre company (external): not bulk personal data
y10 = year_list(10)[:30]
add("bulk/k10-names-only-theatre", PV, [("Box office - Tobacco Factory Theatres", "groups@tobaccofactory-example.com")],
    subject="Group booking 12 March - names for tickets",
    body="Hi,\n\nNames for the group booking (Year 10 drama, 30 students + 3 staff):\n\n" +
         "\n".join(f"{p.forename} {p.surname}" for p in y10) + "\n\nStaff: P Vaughan, A Ferreira, K Barnes\n\nThanks\nPete Vaughan",
    flags=[], findings=["PUPIL_NAME"], action="DELIVER", bulk=0)

# k11 CSV attachment of parent contacts, internal
y12 = year_list(12)[:14]
rng = random.Random(1212)
rows = ["Student,Parent/carer,Mobile"]
for p in y12:
    par = PARENTS_BY_UPN[p.upn][0]
    rows.append(f"{p.forename} {p.surname},{par['name']},07700 900{rng.randint(100, 999)}")
csv_data = "\r\n".join(rows) + "\r\n"
add("bulk/k11-parent-contacts-csv", SIX, [TK, EP], subject="Y12 Oxford trip - parent contacts",
    body=mixed(text("Contact list for the Oxford open day trip attached, as requested.\n\nSixth Form Office"),
               attachment("Y12_Oxford_parent_contacts.csv", "text/csv", csv_data.encode(), cte="7bit", scan_text=csv_data)),
    flags=[BK, PD], findings=["PUPIL_NAME", "PHONE_NUMBER"], action="DELIVER", bulk=14)

# k12 SEN register inside a zip, to an external educational psychology service
_fname, _mime, _data, _src = att.get("SEN_register_autumn_2025")
add("bulk/k12-zip-sen-register", JK, [("Educational Psychology Service", "eps@southglos.gov.uk")],
    subject="Planning meeting - consultation list",
    body=mixed(text("""Hi Dr Hale,

Ahead of our planning meeting, our SEN register is in the zip (password protection didn't work on the school
laptop, sorry).

Joanna Kiely, SENCo"""), attachment("SVA_planning.zip", "application/zip", zipped([(_fname, _data)]), scan_text=_src)),
    flags=[BK, PD, SC], findings=["PUPIL_NAME", "UK_UPN", "SEN"], action="QUARANTINE", bulk=33)

# k13 bulk only in the quoted history of a reply, external
pick = [p for p in year_list(8) if p.key is None][:12]
streets = ["14 Pear Tree Close, Bradley Stoke, BS32 8AW", "27 Cheltenham Road, BS6 5RW", "5 Mill Lane, Frampton Cotterell, BS36 2AD",
           "9 Meadowsweet Drive, BS32 0DA", "41 Juniper Way, BS34 8PF", "2 Larch Road, Patchway, BS34 5QJ",
           "63 Filton Avenue, Horfield, BS7 0AQ", "11 Station Road, Filton, BS34 7JT", "8 Oak Close, Little Stoke, BS34 6RN",
           "120 Gloucester Road, Patchway, BS34 6ND", "17 Sundridge Park, Yate, BS37 4EX", "3 Hambrook Lane, Stoke Gifford, BS34 8QB"]
quoted = "Pickup list for the Y8 bus trial:\n\n" + "\n".join(
    f"{p.forename} {p.surname} - {streets[i]}" for i, p in enumerate(pick))
add("bulk/k13-bulk-in-quoted-reply", CD, [("Stagecoach West - school services", "schoolservices@stagecoach-example.com")],
    subject="RE: Y8 bus trial pickups",
    body="""Hi Mike,

Yes - the times look fine. One change: the Station Road stop should be 07:52 not 07:45.

Claire""" + outlook_quote("Claire Dunne <c.dunne@severnvale.org.uk>", "2025-09-18 10:02", "Mike Trent <schoolservices@stagecoach-example.com>",
                          "Y8 bus trial pickups", quoted + "\n\nClaire"),
    flags=[BK, PD], findings=["PUPIL_NAME", "POSTAL_ADDRESS"], action="QUARANTINE", bulk=12)

# k14 mock grades for 25 pupils, internal - names and grades only (not counted as bulk; see README)
y11 = year_list(11)[:25]
grades = random.Random(11)
add("bulk/k14-mock-grades-names-only", CR, [DH], subject="Y11 maths mocks - set 2 and 3",
    body="Dan,\n\nMock grades for the two middle sets:\n\n" + "\n".join(
        f"{p.forename} {p.surname}\t{grades.choice(['4', '5', '5', '6', '4', '3', '6', '7'])}" for p in y11) +
    "\n\nWorth a look at the 3s before parents' evening.\n\nCallum",
    flags=[], findings=["PUPIL_NAME"], action="DELIVER", bulk=0)

# k15 HTML table: persistent absence with parent phones, to the trust EWS (external)
pa = [p for p in year_list(9) + year_list(10) if p.key is None][:11]
ph = random.Random(915)
trs = "".join(f"<tr><td>{p.forename} {p.surname}</td><td>{p.tutor}</td><td>{ph.randint(55, 89)}.{ph.randint(0, 9)}%</td>"
              f"<td>{PARENTS_BY_UPN[p.upn][0]['name']}</td><td>07700 900{ph.randint(100, 999)}</td></tr>\n" for p in pa)
add("bulk/k15-absence-table-html", CD, [("Education Welfare Service", "ews@celt.org.uk")],
    subject="Persistent absence list - Y9/10 for Tuesday",
    body=alt(text("Mark, list for Tuesday's meeting is in the table (HTML version).\n\nClaire"),
             html(html_doc(f"""<p>Mark, list for Tuesday's meeting:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Pupil</th><th>Reg</th><th>Attendance</th><th>Parent</th><th>Mobile</th></tr>
{trs}</table><p>Claire</p>"""))),
    flags=[BK, PD], findings=["PUPIL_NAME", "PHONE_NUMBER"], action="QUARANTINE", bulk=11)

# k16 medical list inside an attached message, internal
med = [p for p in year_list(7) if p.key is None][:14]
conds = ["asthma (salbutamol inhaler)", "nut allergy - EpiPen", "eczema", "type 1 diabetes", "epilepsy - buccal midazolam",
         "asthma", "coeliac disease", "hay fever (cetirizine)", "anaphylaxis (wasps) - EpiPen", "asthma",
         "severe dairy allergy", "migraines", "asthma (brown and blue inhalers)", "juvenile arthritis - naproxen"]
inner_text = "Year 7 medical summary for form tutors:\n\n" + "\n".join(
    f"{p.forename} {p.surname} ({p.tutor}): {conds[i]}" for i, p in enumerate(med)) + "\n\nRachel"
inner = embedded(RS, [DW], "Y7 medical summary", "2025-09-10 13:05", inner_text, client="outlook", path_hint="k16")
add("bulk/k16-medical-list-attached-eml", DW, [("Year 7 tutors", f"y7tutors@{DOM}")], subject="FW: Y7 medical summary",
    body=mixed(text("Tutors - please read the attached and keep it in your planner, not on the wall.\n\nDeborah"),
               Rfc822(inner, scan_text=inner_text)),
    flags=[BK, SC], findings=["PUPIL_NAME", "HEALTH"], action="DELIVER", bulk=14)

# k17 twelve rows but only six distinct pupils (two sessions each), DOBs, external -> not bulk
six = [p for p in year_list(12) if p.key is None][:6]
rows17 = []
for sess in ("Tue 4 Nov", "Tue 11 Nov"):
    rows17 += [f"{sess}  {p.forename} {p.surname}  DOB {uk_date(p.dob)}" for p in six]
add("bulk/k17-twelve-rows-six-people", EP, [("Bristol Uni outreach", "widening.participation@bristol-example.ac.uk")],
    subject="Medics mentoring - attendees",
    body="Hi Jess,\n\nAttendees for both sessions (same six students each week):\n\n" + "\n".join(rows17) +
         "\n\nThanks\nEleanor",
    flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="ENCRYPT", bulk=6)

# k18 SEN register to a pupil-facing address? no: SEN register to the trust SEND lead marked SENSITIVE
_f2, _m2, _d2, _s2 = att.get("SEN_register_autumn_2025")
add("bulk/k18-sen-register-sensitive-trust", JK, [("CELT SEND Lead", "send@celt.org.uk")],
    subject="HIGHLY SENSITIVE: SVA SEN register for the census check",
    body=mixed(text("Hi Lou, as requested for the census cross-check. Jo"),
               attachment(_f2, _m2, _d2, scan_text=_s2)),
    flags=[BK, PD, SC, "SENSITIVE_MARKING"], findings=["PUPIL_NAME", "UK_UPN", "SEN"], action="QUARANTINE", bulk=33)
