"""Rule-based flags: size, executables, exposed recipients, contact approvals, SENSITIVE marking, domains."""
import io
import random
import struct
import zipfile

from registry import (add, text, html, alt, mixed, attachment, Rfc822, outlook_quote, gmail_quote, apple_quote,
                      gmail_fwd, apple_fwd, html_doc, p2html, alt_of, embedded, outlook_fwd_header)
from roster import S, CH, DOM, SDOM, PARENTS, UNLISTED_SENDERS, full, mail, parent_email, parent_name, parents_of, year_list
import attachments as att
import lib
from lib import uk_date
from msgs_benign import (H, GP, NA, JK, TK, LF, DC, BL, SW, PH, CR, AN, KA, OS, RM, CD, PR, JC, SWI, FG, OM, EP,
                         LB, AM, DH, RS, KB, PV, AF, DW, MG, YO, HB, GW, SP, OFFICE, EXAMS, FIN, ITS, SIX, STAFF_ALL)

P = CH
PD, SC, BK, CF = "PERSONAL_DATA", "SPECIAL_CATEGORY", "BULK_PERSONAL_DATA", "CREDENTIALS_OR_FINANCIAL"
BIG, EXE, EXP = "ATTACHMENT_TOO_LARGE", "EXECUTABLE_ATTACHMENT", "RECIPIENTS_EXPOSED"
PCU, UCU, SM = "PARENT_CONTACT_UNAPPROVED", "PUPIL_CONTACT_UNAPPROVED", "SENSITIVE_MARKING"
TRIPS = UNLISTED_SENDERS["trips"]
ELLISON = UNLISTED_SENDERS["ellison"]
CHAIR = UNLISTED_SENDERS["chair"]


# ------------------------------------------------------------------ binary payloads

def fake_pe(size=6144, seed=1):
    rng = random.Random(seed)
    b = bytearray(size)
    b[0:2] = b"MZ"
    b[2:0x3C] = bytes([0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xB8] + [0] * (0x3C - 17))
    struct.pack_into("<I", b, 0x3C, 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    b[0x40:0x40 + len(stub)] = stub
    b[0x80:0x84] = b"PE\x00\x00"
    struct.pack_into("<HHIIIHH", b, 0x84, 0x8664, 3, 0x65A1B2C3, 0, 0, 0xF0, 0x22)
    struct.pack_into("<H", b, 0x98, 0x20B)
    for i in range(0x400, size):
        b[i] = rng.randrange(256)
    b[0x188:0x190] = b".text\x00\x00\x00"
    return bytes(b)


def fake_elf(size=4096, seed=2):
    rng = random.Random(seed)
    b = bytearray(size)
    b[0:16] = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8
    struct.pack_into("<HHIQQQIHHHHHH", b, 16, 2, 0x3E, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0)
    for i in range(256, size):
        b[i] = rng.randrange(256)
    return bytes(b)


def jpeg(n, seed):
    rng = random.Random(seed)
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
            b"\xff\xdb\x00C\x00" + bytes(range(1, 65)) + b"\xff\xc0\x00\x11\x08\x07\x80\x0a\x00\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
            b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00")
    body = bytearray(rng.randbytes(n - len(head) - 2))
    for i in range(len(body)):           # no markers inside entropy-coded data
        if body[i] == 0xFF:
            body[i] = 0xFE
    return head + bytes(body) + b"\xff\xd9"


def booking_csv(target):
    rng = random.Random(2026)
    rooms = ["Sports Hall", "Main Hall", "Drama Studio", "Library", "M4", "S2", "L2", "IT3", "Music 1", "Dance Studio"]
    uses = ["Badminton club", "Year assembly", "Rehearsal", "Revision session", "Parents' evening", "Exam",
            "Community hire - Filton Judo", "Staff training", "Chess club", "Lettings - Zumba"]
    codes = ["HMA", "GPR", "RMO", "PVA", "LFO", "OMG", "HBE", "CRE", "ANO", "LBR"]
    lines = ["Booking ref,Room,Date,Start,End,Purpose,Booked by"]
    n = 0
    while sum(len(x) + 2 for x in lines) < target:
        n += 1
        d = f"2025-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}"
        h = rng.randint(7, 20)
        lines.append(f"RB{n:06d},{rng.choice(rooms)},{d},{h:02d}:00,{h + 1:02d}:00,{rng.choice(uses)},{rng.choice(codes)}")
    return "\r\n".join(lines) + "\r\n"


def zipped(files, when=(2025, 10, 1, 12, 0, 0)):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.getvalue()


def exe_att(filename, ctype, data, scan_text=None):
    a = attachment(filename, ctype, data, scan_text=scan_text)
    a.executable = True
    return a


# ------------------------------------------------------------------ ATTACHMENT_TOO_LARGE

_csv_big = booking_csv(2 * 1024 * 1024 + 40_000)
assert len(_csv_big) > 2 * 1024 * 1024
add("rules/r01-too-large-single-csv", SP, [H, GP], subject="Room bookings export (full autumn term)",
    body=mixed(text("Helen, Gareth - the full lettings/room bookings export you asked for.\n\nSteph"),
               attachment("RoomBookings_Autumn2025.csv", "text/csv", _csv_big.encode(), cte="7bit", scan_text="")),
    flags=[BIG], findings=[], action="REJECT")

_csv_mid = booking_csv(1_960_000)
add("rules/r02-too-large-two-attachments", RM, [("Bristol Sport Partnership", "office@bristolsport-example.org.uk")],
    subject="Sports hall usage + photo for the grant bid",
    body=mixed(text(f"""Hi Jen,

For the Sport England bid: the hall usage export, and a photo of the hall (no pupils in it) is below.

Rhys
{RM.sig()}"""), attachment("SportsHall_usage.csv", "text/csv", _csv_mid.encode(), cte="7bit", scan_text=""),
        attachment("sports_hall.jpg", "image/jpeg", jpeg(160_000, 7), disposition="inline")),
    flags=[BIG], findings=[], action="REJECT")

# decoded 1.55 MiB: the base64 text is over 2 MiB but the attachment is not
add("rules/r03-large-encoded-small-decoded", HB, [("Geography Department", f"geography@{DOM}")],
    subject="Fieldwork photo for the display board",
    body=mixed(text("Photo of the Severn bore from the fieldwork recce - for the corridor display.\n\nHannah"),
               attachment("severn_bore.jpg", "image/jpeg", jpeg(1_625_000, 8))),
    flags=[], findings=[], action="DELIVER")

# ------------------------------------------------------------------ EXECUTABLE_ATTACHMENT

add("rules/r04-exe-named-pdf", DC, [("CELT IT", "itsupport@celt.org.uk")], subject="Suspicious 'timetable' - sample",
    body=mixed(text("""Hi,

One of our staff received the attached 'timetable'. It's a Windows program, not a PDF. Sending a sample for your
AV team to look at before we block the sender domain.

Dev"""), exe_att("Timetable_Spring2026.pdf", "application/pdf", fake_pe(seed=3))),
    flags=[EXE], findings=[], action="REJECT")

add("rules/r05-zip-with-exe", LB, [BL], subject="scratch offline installer",
    body=mixed(text("Becky - can you push this out to IT3 please? Installer is in the zip.\n\nLuke"),
               exe_att("Scratch_offline.zip", "application/zip",
                          zipped([("Scratch 3 Setup.exe", fake_pe(seed=4)), ("README.txt", b"Run setup as admin.\r\n")]),
                          scan_text="Run setup as admin.")),
    flags=[EXE], findings=[], action="REJECT")

_script = """#!/bin/bash
# nightly backup of the MIS export share
rsync -a /srv/mis/exports/ backup@10.41.8.5:/backups/mis/$(date +%F)/
find /srv/mis/exports -mtime +30 -delete
"""
add("rules/r06-shell-script-as-txt", DC, [BL], subject="backup script",
    body=mixed(text("Here's the script for the new NAS - rename and chmod it.\n\nDev"),
               exe_att("backup_notes.txt", "text/plain", _script.encode(), scan_text=_script)),
    flags=[EXE], findings=[], action="REJECT")

_inner = embedded(("Kyocera Support", "support@kyocera-example.com"), [DC], "Driver update", "2025-10-20 09:00",
                  mixed(text("Please install the attached driver update."),
                        attachment("KX_driver_8.3.exe", "application/octet-stream", fake_pe(seed=5))), path_hint="r07")
_r07 = Rfc822(_inner, scan_text="Please install the attached driver update.")
_r07.executable = True
add("rules/r07-exe-inside-attached-message", DC, [BL], subject="FW: Driver update",
    body=mixed(text("Is this legit? Came to the network manager mailbox.\n\nDev"), _r07),
    flags=[EXE], findings=[], action="REJECT")

add("rules/r08-elf-binary", LB, [DC], subject="pi image tool",
    body=mixed(text("Compiled the flashing tool for the Raspberry Pis (linux x64). Can you put it on the tech share?\n\nLuke"),
               exe_att("pi-flash.bin", "application/octet-stream", fake_elf())),
    flags=[EXE], findings=[], action="REJECT")

tz = P["tomasz"]
add("rules/r09-exe-plus-personal-external", DC, [("Capita SIMS support", "sims.support@capita-example.co.uk")],
    subject="Case 00481123 - report tool crash",
    body=mixed(text(f"""Hello,

The custom report tool you sent crashes when it runs the Year 11 report. Example record that breaks it:
{tz.forename} {tz.surname}, DOB {uk_date(tz.dob)}, UPN {tz.upn}. The tool is attached again for reference.

Dev Chauhan"""), exe_att("SIMSReportTool.exe", "application/x-msdownload", fake_pe(seed=6))),
    flags=[EXE, PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH", "UK_UPN"], action="REJECT")

# ------------------------------------------------------------------ RECIPIENTS_EXPOSED

y7_parents = [parent_email(k) for k in ("summer", "hope", "kacper", "siobhan", "amelia", "ayaan")]
add("rules/r10-six-parents-in-to", DW, y7_parents, subject="Year 7 homework club",
    body="""Dear parents,

Thank you for signing your child up for homework club. It runs Monday to Thursday, 3.15-4.30pm, in the library.
Pupils must sign out with the librarian.

Mrs D Walsh
Head of Year 7""", flags=[EXP], findings=[], action="REJECT")

add("rules/r11-four-to-three-cc-external", RM, ["coach.bristolcity@gmail.com", "u14@filtonfc-example.co.uk",
                                                "juniors@bristolrugby-example.com", "netball@severnsiders-example.org"],
    cc=["h.lawrence@sgsfa-example.org.uk", "ref.sec@bristolrefs-example.org", "clubmark@englandnetball-example.co.uk"],
    subject="Community clubs meeting 12 November",
    body=f"""Hi all,

Thanks for coming to last term's clubs meeting. The next one is 12 November at 6pm in the sports hall foyer.

Rhys
{RM.sig()}""", flags=[EXP], findings=[], action="REJECT")

add("rules/r12-exposed-and-unapproved", CR, [parent_email(k) for k in ("lukas", "precious", "aoife", "muhammad", "grace",
                                                                       "ellis", "kai", "bradley")],
    subject="Y10 maths set 2 - revision guides",
    body="""Dear parents,

Revision guides for Year 10 maths are available to buy for £3 on ParentPay. They're really useful for the
mocks.

Mr Reid""", flags=[EXP, PCU], findings=[], action="REJECT")

add("rules/r13-duplicate-addresses-five-distinct", LF, ["invigilator.pool@gmail.com", "pat.hunt54@btinternet.com",
                                                        "g.oconnell@outlook.com", "Pat.Hunt54@BTinternet.com",
                                                        "marion.keel@gmail.com", "d.rowntree@hotmail.co.uk"],
    subject="Mock invigilation rota - January",
    body="""Hi all

The January mock rota is on the invigilator portal. Please confirm your sessions by Friday.

Lorraine""", flags=[], findings=[], action="DELIVER")

add("rules/r14-five-visible-one-bcc", LF, ["invigilator.pool@gmail.com", "pat.hunt54@btinternet.com",
                                           "g.oconnell@outlook.com", "marion.keel@gmail.com", "d.rowntree@hotmail.co.uk"],
    bcc=["s.okafor.invig@gmail.com"], subject="Invigilator training 6 January",
    body="""Hi all

Invigilator training is on 6 January at 9.30am in the library. Lunch provided.

Lorraine""", flags=[], findings=[], action="DELIVER")

# ------------------------------------------------------------------ PARENT_CONTACT_UNAPPROVED

add("rules/r15-teacher-to-parent", CR, [parent_email("connor")], subject="Connor - maths",
    body="""Dear Mr McAllister,

Just a quick note to say Connor has worked really hard this half term and got his best test score of the year.
Well done to him!

Mr C Reid
Teacher of Mathematics""", flags=[PCU], findings=[], action="QUARANTINE")

add("rules/r16-parent-in-cc", AN, [KA], cc=[parent_email("bethany")], subject="Bethany-Jo's English coursework",
    body="""Hi Kwame (cc Mrs Harris),

As discussed, Bethany-Jo can have until Friday for the coursework draft. I'll check in with her on Wednesday.

Abigail Norris""", flags=[PCU], findings=[], action="QUARANTINE")

add("rules/r17-parent-in-bcc", OS, [OS], bcc=[parent_email("mateusz"), parent_email("rose")],
    subject="Science club - change of day",
    body="""Dear parents,

Science club is moving from Tuesday to Thursday after half term, same time (3.15-4.15pm, lab S2).

Mrs Shevchenko""", flags=[PCU], findings=[], action="QUARANTINE")

add("rules/r18-unlisted-sender-to-parents", TRIPS, [TRIPS], bcc=[parent_email(k) for k in ("tomasz", "maisie", "ravi", "jade")],
    subject="Y11 Berlin trip - passport deadline",
    body="""Dear parents,

Please bring a photocopy of your child's passport to the office by 28 November for the Berlin trip.

Trips Office, Severn Vale Academy""", flags=[PCU], findings=[], action="QUARANTINE")

add("rules/r19-parent-address-uppercase", HB, [parent_email("niamh").upper()], subject="Niamh - geography fieldwork",
    body="""Dear Mr D'Arcy,

Niamh has left her fieldwork booklet in my classroom - she can collect it tomorrow.

Mrs H Bell""", flags=[PCU], findings=[], action="QUARANTINE")

add("rules/r20-staff-parent-school-address", CR, [AM], subject="Kofi - maths set move",
    body="""Hi Aisha,

Just so you know before it's official - Kofi's moving up to set 2 after half term. He's earned it!

Callum""", flags=[], findings=[], action="DELIVER")

add("rules/r21-staff-parent-personal-address", AN, [("Pete Vaughan", "pete.vaughan@btinternet.com")],
    subject="Ellis - English", body="""Hi Pete,

Sorry to use your home email - Ellis asked if he could borrow my copy of Macbeth over the weekend. Fine by me!

Abi""", flags=[PCU], findings=[], action="QUARANTINE", client="gmail")

add("rules/r22-staff-parent-emails-other-parent", AM, [parent_email("kofi", 1)], subject="parents evening",
    body="""Kwaku - parents' evening for Kofi is Thursday 5pm, I've booked maths and science. Can you do 5.30?
A x""", flags=[PCU], findings=[], action="QUARANTINE", client="iphone")

add("rules/r23-unknown-parent-address", CR, ["mcallister.family.new@gmail.com"], subject="Re: Maths tutoring",
    body="""Hello,

Thanks for getting in touch. I'm afraid I can't recommend a private tutor, but the school runs a free maths
clinic on Wednesdays.

Mr Reid""", flags=[], findings=[], action="DELIVER")

# ------------------------------------------------------------------ PUPIL_CONTACT_UNAPPROVED

add("rules/r24-teacher-to-pupil", AN, [P["chloe"]], subject="Your story",
    body="""Hi,

Your short story was fantastic - I'd love to enter it for the Bristol Young Writers competition. Can you email
me a copy by Friday?

Miss Norris""", flags=[UCU], findings=[], action="QUARANTINE")

add("rules/r25-pupil-in-cc", LF, [TK], cc=[P["zoe"]], subject="Exam clash",
    body="""Tomasz (cc Zoe),

Zoe's Physics and Further Maths papers clash on 18 June morning. She'll sit Further Maths first under
supervision and Physics in the afternoon.

Lorraine""", flags=[UCU], findings=[], action="QUARANTINE")

add("rules/r26-unlisted-sender-to-pupils", ELLISON, [ELLISON], bcc=[P["lukas"], P["precious"], P["kai"]],
    subject="Y10 science homework", body="""Hi all,

Homework for this week is the Seneca assignment on cell division, due Monday.

Mr Ellison""", flags=[UCU], findings=[], action="QUARANTINE")

add("rules/r27-approved-teacher-to-pupils", CR, [CR], bcc=[P["alex"], P["imran"], P["sophie"], P["tendai"]],
    subject="Further maths - STEP prep", body="""Hi all,

STEP prep session moves to Thursday P6 this week, room M4.

Mr Reid""", flags=[], findings=[], action="DELIVER")

add("rules/r28-students-domain-not-a-pupil", AN, [f"studentcouncil@{SDOM}"], subject="Debate club",
    body="""Hi student council,

Could you advertise the debate club in your next bulletin? Tuesdays at lunch in E2.

Miss Norris""", flags=[], findings=[], action="DELIVER")

add("rules/r29-pupil-address-mixed-case", OS, [P["summer"].email.replace("students", "Students")],
    subject="Science club", body="""Hi,

You left your goggles in S2. They're on my desk.

Mrs Shevchenko""", flags=[UCU], findings=[], action="QUARANTINE")

# ------------------------------------------------------------------ SENSITIVE_MARKING

add("rules/r30-sensitive-internal-no-data", H, [GP, NA], subject="SENSITIVE: staffing proposal 2026-27",
    body="""Gareth, Nasreen,

Ahead of Monday, the draft staffing proposal is on the SLT SharePoint. Please don't discuss it with anyone else
until the consultation starts.

Helen""", flags=[SM], findings=[], action="DELIVER")

add("rules/r31-highly-sensitive-external", H, [("CELT CEO", "ceo@celt.org.uk")], subject="[HIGHLY SENSITIVE] Ofsted call",
    body="""Mark,

We had the call. Inspection starts Wednesday. I'll ring you at 5.

Helen""", flags=[SM], findings=[], action="ENCRYPT", client="iphone")

add("rules/r32-lowercase-sensitive-external", GP, [("Martin Oduya", "martin.oduya@oduya-consulting.co.uk")],
    subject="sensitive - complaint stage 2 panel",
    body="""Martin,

The stage 2 complaint panel is set for 9 December at 4pm. The papers will go to panel members through the
governor portal.

Gareth""", flags=[SM], findings=[], action="ENCRYPT")

add("rules/r33-rfc2047-sensitive-external", NA, [("Virtual School", "virtualschool@southglos.gov.uk")],
    subject="SENSITIVE \u2013 PEP paperwork", subject_raw="=?utf-8?q?SENSITIVE_=E2=80=93_PEP_paperwork?=",
    body="""Anita,

The PEP paperwork is in the Egress workspace. Nothing attached here.

Nasreen""", flags=[SM], findings=[], action="ENCRYPT")

lk = P["lukas"]
add("rules/r34-re-fw-highly-sensitive-internal", YO, [NA], subject="RE: FW: Highly Sensitive - Lukas",
    body=f"""Nasreen - his social worker confirmed the placement move; his new carers' address is 19 Larkspur Way,
Emersons Green, BS16 7AW. I've updated Arbor.

Yemi""" + outlook_quote("Nasreen Akhtar <n.akhtar@severnvale.org.uk>", "2026-01-14 09:20", "Yemi Okoro <y.okoro@severnvale.org.uk>",
                         "FW: Highly Sensitive - Lukas", "Yemi - can you confirm the new placement address for Lukas Petrauskas (looked after)?"),
    flags=[SM, PD, SC], findings=["PUPIL_NAME", "POSTAL_ADDRESS", "SAFEGUARDING"], action="DELIVER")

# ------------------------------------------------------------------ internal/external boundaries

sh = P["sophie"]
add("rules/r35-lookalike-domain", PR, [("Data", "data@severnvale.org.uk.secure-mailer.net")],
    subject="Census query", body=f"""Hi,

As requested: Sophie Ashworth, DOB {uk_date(sh.dob)}, Year 12.

Priya""", flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="ENCRYPT",
    note="lookalike domain is external")

ch = P["charlotte"]
add("rules/r36-old-domain-external", TK, ["c.greenaway@severnvaleacademy.org.uk"], subject="Charlotte - UCAS",
    body=f"""Hi,

Charlotte Greenaway's ULN is {ch.uln}, for the UCAS form you were asking about.

Tomasz""", flags=[PD], findings=["PUPIL_NAME", "UK_ULN"], action="ENCRYPT")

bj = P["ben"]
add("rules/r37-personal-data-to-pupil-internal", TK, [bj], subject="Your UCAS form",
    body=f"""Hi Ben,

Your ULN for the UCAS form is {bj.uln} - it's also on your exam certificates.

Mr Kaczmarek""", flags=[PD], findings=["UK_ULN"], action="DELIVER")

add("rules/r38-unlisted-internal-sender-internal-data", CHAIR, [H], subject="Exclusion review panel",
    body="""Helen,

For the governors' review panel on Thursday I'll need the exclusion paperwork for Jayden Ricketts, and the
home address for the letter: I have 27 Wordsworth Road, Horfield, Bristol BS7 0EB - is that still right?

Martin""", flags=[PD], findings=["PUPIL_NAME", "POSTAL_ADDRESS"], action="DELIVER")

# ------------------------------------------------------------------ combinations

_f, _m, _d, _s = att.get("Y8_WyeValley_trip_list_medical")
add("rules/r39-exposed-plus-bulk", RM, ["tom@wyevalleyoutdoor.co.uk", "instructors@wyevalleyoutdoor.co.uk",
                                       "kate.instructor@gmail.com", "sam.h.climbing@outlook.com",
                                       "canoe.lead@wyevalleyoutdoor.co.uk", "nurse.cover@wyevalleyoutdoor.co.uk"],
    subject="Group B list for your instructors",
    body=mixed(text("Hi all - group B list (same format as group A) so each instructor has it.\n\nRhys"),
               attachment(_f, _m, _d, scan_text=_s)),
    flags=[EXP, BK, PD, SC], findings=["PUPIL_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "HEALTH"], action="REJECT",
    bulk=22)

dt_ = P["declan"]
add("rules/r40-unapproved-parent-plus-personal", OM, [parent_email("declan")], subject="Declan - history trip form",
    body=f"""Dear Mr Doyle,

The trip form you returned has Declan's date of birth as {uk_date(dt_.dob)} but the passport copy differs - could
you check? Declan Doyle needs to be on the list by Friday.

Mr Mac Giolla""", flags=[PCU, PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="QUARANTINE")

add("rules/r41-unapproved-pupil-plus-credential", BL, [P["will"]], subject="Your new login",
    body="""Hi Will,

Your account has been unlocked. Username 24okaforw, temporary password Blue-Tiger-771. You'll need to change it
when you first log in.

IT Support""", flags=[UCU, CF], findings=["CREDENTIAL"], action="QUARANTINE")
