"""PERSONAL_DATA: dates of birth, home addresses, phone numbers, UPN/ULN/NHS/NINO - and near misses."""
from registry import (add, text, html, alt, mixed, attachment, Rfc822, outlook_quote, gmail_quote, apple_quote,
                      gmail_fwd, apple_fwd, html_doc, p2html, alt_of, embedded, outlook_fwd_header)
from roster import S, CH, DOM, full, mail, parent_email, parent_name, parents_of
import lib
from lib import uk_date
from msgs_benign import (H, GP, NA, JK, TK, LF, DC, BL, SW, PH, CR, AN, KA, OS, RM, CD, PR, JC, SWI, FG, OM, EP,
                         LB, AM, DH, RS, KB, PV, AF, DW, MG, YO, HB, GW, SP, OFFICE, EXAMS, FIN, ITS, SIX, STAFF_ALL)

P = CH
PD = "PERSONAL_DATA"

# p01 attendance officer passes on mum's mobile (internal)
add("personal/p01-mum-mobile", CD, [DW], subject="Summer Hayes - absence",
    body=f"""Hi Deborah,

Summer Hayes (7A) has been absent since Tuesday with no contact. Mum isn't answering the home phone; her mobile
is 07700 900461 if you want to try before I do the first-day call. Dad (separated) is on the system but has no
PR for contact purposes.

Claire
Attendance Officer""", flags=[PD], findings=["PUPIL_NAME", "PHONE_NUMBER"], action="DELIVER")

# p02 HR to trust HR: new starter DOB, NI number, home address
add("personal/p02-new-starter-to-trust-hr", PH, [("CELT HR", "hr@celt.org.uk")],
    subject="New starter - Jamie Ellison, Teacher of Science",
    body=f"""Hi Gemma,

New starter details for the contract and the SCR:

Name: Jamie Ellison
DOB: 30/11/1998
NI number: SN 77 46 62 D
Address: Flat 2, 18 Ashley Down Road, Bristol BS7 9JN
Start date: 5 January 2026, MPS2

DBS applied for on 17 November, references both back.

Thanks
{PH.sig()}""", flags=[PD], findings=["DATE_OF_BIRTH", "UK_NINO", "POSTAL_ADDRESS"], action="ENCRYPT")

# p03 data manager to LA: CTF missing, UPN + DOB
k = P["kacper"]
add("personal/p03-ctf-missing-upn", PR, [("SGC Pupil Data", "pupildata@southglos.gov.uk")],
    subject="Missing CTF - Year 7 transfer",
    body=f"""Hello,

We still haven't received the common transfer file for a Year 7 pupil who joined us in September:

{k.forename} {k.surname}, DOB {uk_date(k.dob)}, UPN {k.upn}, previous school Bishop Road Primary.

The S2S site shows the file as 'not yet uploaded'. Could you chase the primary?

Many thanks
{PR.sig()}""", flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH", "UK_UPN"], action="ENCRYPT")

# p04 sixth form to a university admissions office: ULN
a = P["alex"]
add("personal/p04-uln-to-university", TK, [("Admissions, University of Bath", "admissions@bath-example.ac.uk")],
    subject="Applicant query - predicted grades",
    body=f"""Dear Admissions team,

Further to your query about our applicant {a.preferred} {a.surname} (UCAS Personal ID 148-702-2231), his ULN is
{a.uln} and his predicted grades are A*AA in Maths, Further Maths and Physics. The STEP result will follow.

Kind regards
{TK.sig()}""", flags=[PD], findings=["PUPIL_NAME", "UK_ULN"], action="ENCRYPT")

# p05 transport: home address to LA transport contractor
add("personal/p05-taxi-address", CD, [("Streamline Taxis - school contracts", "schools@streamlinetaxis.co.uk")],
    subject="Change of pickup address from Monday",
    body=f"""Hi Bev,

From Monday 10 November the pickup for Hope Adeyemi (Y7) changes to 41 Wordsworth Road, Horfield, Bristol
BS7 0EB. Drop-off stays at the school's main gate. Pickup 8:05.

Thanks
{CD.sig()}""", flags=[PD], findings=["PUPIL_NAME", "POSTAL_ADDRESS"], action="ENCRYPT")

# p06 home visit note, internal, address with postcode
add("personal/p06-home-visit", CD, [KA, YO], subject="Home visit today",
    body="""Kwame, Yemi,

Did the home visit for Daithi Breathnach at 3 Orchard Close, Frampton Cotterell, BS36 2AD this afternoon.
Mum answered, said he's had a chest infection and will be back Monday. Nothing of concern in the house.

Claire""", flags=[PD, "SPECIAL_CATEGORY"], findings=["PUPIL_NAME", "POSTAL_ADDRESS", "HEALTH"], action="DELIVER",
    client="iphone")

# p07 landline attributed to a family
add("personal/p07-family-landline", DH, [MG], subject="Contact for the Mistry family",
    body="""Marcus,

For Ravi Mistry's family the best number is the home landline, 01632 960417 - dad works nights so try after 2pm.

Dan""", flags=[PD], findings=["PUPIL_NAME", "PHONE_NUMBER"], action="DELIVER")

# p08 mixed internal + external recipients with a DOB
z = P["zoe"]
add("personal/p08-mixed-recipients-dob", EP, [TK, ("Prospects careers", "advisers@prospects-careers.co.uk")],
    subject="Careers guidance referral",
    body=f"""Hi both,

Referral for an independent careers interview: {z.forename} {z.surname}, Year 13, date of birth
{uk_date(z.dob, 1)}. She is thinking about degree apprenticeships in engineering instead of university.

Eleanor""", flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="ENCRYPT")

# p09 staff DBS renewal to umbrella body: DOB and address
add("personal/p09-dbs-umbrella", PH, [("CELT DBS checks", "dbs@celt-hr-services.co.uk")],
    subject="DBS renewal - Sam Whitaker",
    body=f"""Hi,

Please start a renewal for Sam Whitaker (Site Manager), d.o.b. 05/12/1972, current address 22 Juniper Way,
Quedgeley, Gloucester GL2 4WD (at this address 6 years). Enhanced with barred list.

Pauline""", flags=[PD], findings=["DATE_OF_BIRTH", "POSTAL_ADDRESS"], action="ENCRYPT")

# p10 reply chain, parent's mobile only in the quoted history (internal)
add("personal/p10-quoted-parent-mobile", KA, [OS], subject="RE: Kyle - science homework",
    body=f"""Olena - see below from Kyle's mum, can you give her a ring? No rush.

Kwame""" + outlook_quote("Meera D'Souza <meeradsouza@gmail.com>", "2025-10-08 21:14", "Kwame Asante <k.asante@severnvale.org.uk>",
                         "Kyle - science homework", """Dear Mr Asante,

Kyle says he has had three detentions for science homework but he tells me he has never been set any on
Satchel. Could somebody please call me? I'm on 07700 900 735 after 5pm.

Many thanks,
Meera D'Souza"""), flags=[PD], findings=["PHONE_NUMBER"], action="DELIVER")

# p11 Apple Mail forward of a parent's change-of-address email
c = P["chloe"]
add("personal/p11-fwd-change-of-address", JC, [PR], subject="Fwd: New address",
    body=f"""Priya, can you update SIMS please?

Janet""" + apple_fwd("Deirdre O'Connor <deirdre.oconnor@gmail.com>", "2025-11-03 18:22", "New address",
                     "office@severnvale.org.uk", f"""Hi,

We have moved. Our new address is 7 Kestrel Way, Emersons Green, Bristol BS16 7FE. Please update the records for
Chloe O'Connor in Year 8. Phone numbers are the same.

Thanks, Deirdre"""), flags=[PD], findings=["PUPIL_NAME", "POSTAL_ADDRESS"], action="DELIVER", client="apple")

# p12 ULN in the subject line, to the Learning Records Service
m = P["maisie"]
add("personal/p12-uln-in-subject", LF, [("LRS Service Desk", "lrs.servicedesk@education-example.gov.uk")],
    subject=f"ULN {m.uln} - duplicate learner record",
    body=f"""Hello,

We think this learner has two records on the LRS - the other one was created by her previous school. Please
could you merge them? Surname O'Brien, Year 11, our centre number 56231.

Lorraine Fox
Exams Officer""", flags=[PD], findings=["UK_ULN"], action="ENCRYPT")

# p13 'born on' phrasing
kf = P["kofi"]
add("personal/p13-born-on", AM, [JK], subject="Kofi's birthday / reading age test",
    body=f"""Hi Jo,

For the reading test norms you need the exact age - Kofi Mensah was born on {kf.dob.day} March {kf.dob.year} (he's
my son so I know that one!). He did the test on Tuesday.

Aisha""", flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="DELIVER", client="gmail")

# p14 DOBs next to names with no 'DOB' label (team sheet), external, 5 pupils
team = [P["summer"], P["hope"], P["ngozi"], P["siobhan"], P["amelia"]]
add("personal/p14-team-sheet-dob-unlabelled", RM, [("South Glos Schools Athletics", "entries@sgsaa-example.org.uk")],
    subject="Y7 girls relay team - county schools",
    body="Hi Pam,\n\nOur Year 7 girls' relay team for Saturday:\n\n" +
         "\n".join(f"{p.forename} {p.surname.upper()}  {uk_date(p.dob, 3)}" for p in team) +
         f"\n\nReserve to follow. Thanks\n\n{RM.sig()}",
    flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="ENCRYPT")

# p15 member of staff's own mobile given to colleagues
add("personal/p15-staff-mobile", RM, [RS, KA], subject="Y8 residential - contact while away",
    body="""Hi both,

While we're at Wye Valley 4-6 March, ring me on my mobile 07700 900 555 rather than the centre if anything
comes up at home for any of the kids. Signal is poor after 9pm.

Rhys""", flags=[PD], findings=["PHONE_NUMBER"], action="DELIVER")

# p16 UPN to a receiving school (external)
j = P["jade"]
add("personal/p16-upn-to-new-school", PR, [("Admissions, Downend School", "admissions@downend-example.org.uk")],
    subject="Pupil transfer - records",
    body=f"""Dear colleague,

Jade Okonkwo-Smith (Y11) leaves us on Friday to join you. Her UPN is {j.upn}; the CTF will be on S2S
tonight and her reports will follow by post.

Regards
Priya Raman""", flags=[PD], findings=["PUPIL_NAME", "UK_UPN"], action="ENCRYPT")

# p17 HTML-only with a parent's mobile in international format
add("personal/p17-html-intl-mobile", OFFICE, [GP], subject="Message from reception",
    body=html(html_doc(f"""<p>Hi Gareth,</p>
<p>Mr Nadeem Chowdhury rang about the Year 12 parking letter. He is abroad until Friday; call him on
<b>+44 7700 900 318</b>.</p><p>Janet, Reception</p>""")),
    flags=[PD], findings=["PHONE_NUMBER"], action="DELIVER")

# p18 postcode in a short address
add("personal/p18-short-address", SIX, [TK], subject="bursary form",
    body="""Tomasz, Tendai Moyo's 16-19 bursary form came back but the address doesn't match SIMS - form says
38 Kelston Grove, BS15 9ND. Can you check with him?""", flags=[PD],
    findings=["PUPIL_NAME", "POSTAL_ADDRESS"], action="DELIVER")

# p19 NINO with no spaces to pension provider
add("personal/p19-nino-pension", PH, [("Teachers' Pensions", "employer.services@tpensions-example.co.uk")],
    subject="Missing service - Keeley Barnes",
    body="""Hello,

Our monthly return shows an error for employee Keeley Barnes, NINO AB249527D, trainee teacher from September.
Could you confirm whether she should be on the scheme from 1 September?

Pauline Hegarty
HR and Payroll Officer""", flags=[PD], findings=["UK_NINO"], action="ENCRYPT")

# p20 offer letter to personal address
add("personal/p20-offer-letter", SP, [("Jamie Ellison", "jamie.ellison98@gmail.com")],
    subject="Offer of employment - Severn Vale Academy",
    body=f"""Dear Jamie,

Further to your interview, I am delighted to offer you the post of Teacher of Science from 5 January 2026. A
formal letter will follow by post to Flat 2, 18 Ashley Down Road, Bristol BS7 9JN.

Please confirm acceptance by replying to this email.

Yours sincerely
{SP.sig()}""", flags=[PD], findings=["POSTAL_ADDRESS"], action="ENCRYPT")

# p21 pupil's own mobile to a work-experience employer
s = P["sophie"]
add("personal/p21-pupil-mobile-to-employer", EP, [("Burges Salmon work experience", "earlycareers@burges-salmon-example.com")],
    subject="Work experience - student details",
    body=f"""Dear Rebecca,

Our student for the week of 23 February is {s.forename} {s.surname} (Y12). Her mobile is 07700 900 812 in case she
is lost on the first morning. She will bring her own lunch.

Eleanor Price
Careers Adviser, Severn Vale Academy""", flags=[PD], findings=["PUPIL_NAME", "PHONE_NUMBER"], action="ENCRYPT")

# p22 ---- near misses: date next to a name that is not a DOB
su = P["summer"]
add("personal/p22-detention-date-not-dob", DW, [KA], subject="Detentions this week",
    body=f"""Kwame,

Summer Hayes - detention 14/10/2025 (missed), rescheduled to Thursday 16/10/2025.
Ayaan Patel - detention 15/10/2025.

Both are in 7A; can their tutor remind them at registration?

Deborah""", flags=[], findings=["PUPIL_NAME"], action="DELIVER")

# p23 pupil full name + candidate number to exam board (not a personal identifier)
cn = P["connor"]
add("personal/p23-name-candidate-number", LF, [("Pearson Edexcel", "examsofficers@pearson-example.com")],
    subject="Centre 56231 - name correction",
    body=f"""Hello,

Please correct the name for candidate 1184: it should read Connor McAllister (we entered McAlister). Centre
56231, GCSE Mathematics 1MA1.

Thank you
{LF.sig()}""", flags=[], findings=["PUPIL_NAME"], action="DELIVER")

# p24 UPN with a wrong check letter (typo) - not a valid UPN
bad = ("A" if P["seun"].upn[0] != "A" else "B") + P["seun"].upn[1:]
add("personal/p24-upn-bad-check-letter", PR, [KA], subject="UPN typo?",
    body=f"""Kwame - the exam board form for Seun Bakare has UPN {bad} but that doesn't match SIMS. I think the first
letter is wrong. I'll fix it on our side; no need to do anything.

Priya""", flags=[], findings=["PUPIL_NAME"], action="DELIVER")

# p25 ULN failing the check digit
bad_uln = P["tendai"].uln[:9] + str((int(P["tendai"].uln[9]) + 3) % 10)
assert not lib.uln_valid(bad_uln)
add("personal/p25-uln-bad-check", SIX, [LF], subject="ULN won't validate",
    body=f"""Lorraine - the ULN on the Y12 enrolment form, {bad_uln}, is rejected by the portal.
Probably a typo on the enrolment form. Can you look it up on the LRS?""", flags=[], findings=[], action="DELIVER")

# p26 organisation address next to a pupil name (not a home address)
kc = P["kai"]
add("personal/p26-org-address-with-name", EP, [MG], subject="Kai Chen - interview",
    body="""Marcus,

Kai Chen has his apprenticeship interview at Airbus, Pegasus House, Aerospace Avenue, Filton, Bristol BS34 7PA on
Wednesday at 10am. He'll miss P2 and P3. Could you let his teachers know?

Eleanor""", flags=[], findings=["PUPIL_NAME"], action="DELIVER")

# p27 blank template with DOB/address headings only
add("personal/p27-blank-template", OFFICE, [STAFF_ALL], subject="New visitor sign-in form",
    body="""Hi all

The new visitor form (paper) has these fields: Name / Organisation / Date of birth (contractors only) / Address /
Car registration / Time in / Time out. Please make sure visitors fill in every box.

Thanks, Main Office""", flags=[], findings=[], action="DELIVER")

# p28 windows-1252 body with DOB and phone of a parent, external (parent support charity)
add("personal/p28-cp1252-parent-referral", YO, [("Family Support, Southern Brooks", "referrals@southernbrooks-example.org.uk")],
    subject="Parent support referral",
    body=text(f"""Hello,

With her consent, I\u2019m referring Ms Kelly Ricketts (d.o.b. 11/04/1990) for your parenting support programme.
She\u2019d prefer a call on 07700 900 417 after 10am. She has two children at primary and secondary school.

Yemi Okoro \u2013 Deputy DSL""", charset="windows-1252"),
    flags=[PD], findings=["DATE_OF_BIRTH", "PHONE_NUMBER"], action="ENCRYPT")

# p29 GP-style: NHS number with context but no condition named, external
w = P["will"]
add("personal/p29-nhs-number-immunisation", RS, [("School Immunisation Team", "immunisations@sirona-example.nhs.uk")],
    subject="Missing consent - Year 8 HPV",
    body=f"""Hi,

Will Okafor in Year 8 was absent on the HPV vaccination day. Mum has now consented. His NHS number is
{lib.fmt_nhs('4016669723')} - could he be added to the catch-up clinic? Please note he is under the cardiology
team at the Children's Hospital for a heart murmur, so the nurse should see his care plan first.

Rachel Stone, School Nurse""", flags=[PD, "SPECIAL_CATEGORY"], findings=["PUPIL_NAME", "UK_NHS_NUMBER", "HEALTH"],
    action="ENCRYPT")

# p30 a date of birth in a thank-you letter to a parent that is not a DOB (a birthday party mention)
add("personal/p30-birthday-not-dob", DW, [parent_email("amelia")], subject="Thank you",
    body="""Dear Ms Thompson,

Thank you so much for the cake for the form on Friday - Amelia-Rose's birthday treat went down very well! The
form is still talking about it.

Best wishes
Mrs Walsh""", flags=[], findings=[], action="DELIVER")

# p31 gmail style thread, staff DOB for trip insurance (external)
add("personal/p31-staff-dob-insurance", RM, [("Endsleigh school travel", "schooltravel@endsleigh-example.co.uk")],
    subject="Re: Ski trip insurance - staff names",
    body=f"""Hi Naomi,

Staff travelling (names as on passports):
Rhys Morgan - DOB 14/07/1988
Hannah Bell - DOB 01/06/1990
Callum Reid - DOB 23/02/1984

Thanks
Rhys""" + gmail_quote("Naomi <schooltravel@endsleigh-example.co.uk>", "2026-01-12 11:05",
                      "Please send the names and dates of birth of accompanying staff for the policy schedule."),
    flags=[PD], findings=["DATE_OF_BIRTH"], action="ENCRYPT", client="gmail")

# p32 NHS number of a roster pupil with health context, internal
im = P["imran"]
add("personal/p32-nhs-internal", RS, [TK], subject="Imran - care plan",
    body=f"""Tomasz,

I've updated the individual healthcare plan for Imran Chowdhury (type 1 diabetes, insulin pump). NHS no.
{lib.fmt_nhs('6346802178')} for the hospital letters. Hypo kit is in the medical room and his bag.

Rachel""", flags=[PD, "SPECIAL_CATEGORY"], findings=["PUPIL_NAME", "UK_NHS_NUMBER", "HEALTH"], action="DELIVER")

# p33 lower-case full name, lower-case address
add("personal/p33-lowercase", CD, [JC], subject="re: late book",
    body="""janet - arjun sharma signed in late again, says he moved to 12 ferndale avenue, patchway bs34 5dn. can you get
him to fill in a data collection sheet? ta claire""", flags=[PD], findings=["PUPIL_NAME", "POSTAL_ADDRESS"],
    action="DELIVER", client="iphone")

# p34 parent name + phone in Cc'd correspondence to the trust's EWS (external), no pupil name
add("personal/p34-ews-referral", CD, [("Education Welfare Service", "ews@celt.org.uk")], cc=[KA],
    subject="Attendance referral - Y9 boy",
    body=f"""Hi Mark,

Attendance referral for a Year 9 pupil (62.5% this term). Father Olusegun Bakare can be contacted on
07700 900 662; mother does not have contact. Previous letters were sent 3 and 17 November.

Claire""", flags=[PD], findings=["PHONE_NUMBER"], action="ENCRYPT")

# p35 a staff member's next of kin address for HR (internal)
add("personal/p35-next-of-kin", DH, [PH], subject="Next of kin change",
    body="""Hi Pauline

Please change my next of kin to my partner, Laura Whitfield, 88 Cheltenham Road, Bristol BS6 5RW, mobile
07700 900 904.

Thanks Dan""", flags=[PD], findings=["POSTAL_ADDRESS", "PHONE_NUMBER"], action="DELIVER")

# p36 sixth former applying for a job: reference with DOB, to employer (external)
sa = P["saoirse"]
add("personal/p36-reference-saturday-job", TK, [("Cribbs Causeway Boots HR", "recruitment.store6140@boots-example.com")],
    subject="Reference - Saoirse Kennedy",
    body=f"""Dear Sir/Madam,

I am happy to provide a reference for Saoirse Kennedy, date of birth {uk_date(sa.dob, 4)}, who has been a student at
Severn Vale Academy since 2019. Her attendance is 97% and she is reliable, polite and hard working.

Yours faithfully
{TK.sig()}""", flags=[PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="ENCRYPT")
