"""SPECIAL_CATEGORY: health, SEN, safeguarding about identifiable people - and the topic-only near misses."""
from registry import (add, text, html, alt, mixed, attachment, Rfc822, outlook_quote, gmail_quote, apple_quote,
                      gmail_fwd, apple_fwd, html_doc, p2html, alt_of, embedded, outlook_fwd_header)
from roster import S, CH, DOM, full, mail, parent_email, parent_name, parents_of
import attachments as att
import lib
from lib import uk_date
from msgs_benign import (H, GP, NA, JK, TK, LF, DC, BL, SW, PH, CR, AN, KA, OS, RM, CD, PR, JC, SWI, FG, OM, EP,
                         LB, AM, DH, RS, KB, PV, AF, DW, MG, YO, HB, GW, SP, OFFICE, EXAMS, FIN, ITS, SIX, STAFF_ALL)

P = CH
PD, SC, SM = "PERSONAL_DATA", "SPECIAL_CATEGORY", "SENSITIVE_MARKING"
ART = ("Access and Response Team", "accessandresponse@southglos.gov.uk")

# s01 MASH referral form (docx) to the LA front door, marked HIGHLY SENSITIVE
add("special/s01-mash-referral-docx", NA, [ART], subject="HIGHLY SENSITIVE - multi-agency referral, Year 8 boy",
    body=mixed(text(f"""Dear duty team,

Please find attached a multi-agency referral following a disclosure this morning. I spoke to your duty social
worker, Sam, at 11:20 and was advised to send the form in writing. I am available all afternoon.

Nasreen Akhtar
Designated Safeguarding Lead
{NA.sig()}"""), att.office("MASH_referral_Ricketts")),
    flags=[PD, SC, SM], findings=["PUPIL_NAME", "DATE_OF_BIRTH", "UK_UPN", "POSTAL_ADDRESS", "PHONE_NUMBER",
                                 "SAFEGUARDING", "HEALTH"], action="ENCRYPT")

# s02 CP plan, preferred name, internal, SENSITIVE marking
add("special/s02-cp-plan-internal", NA, [KA, YO], subject="SENSITIVE: Seun Bakare - child protection plan",
    body="""Kwame, Yemi,

Following yesterday's initial child protection conference, Seun Bakare is now subject to a child protection plan
under the category of neglect. The core group meets on 2 December at 10am here; Kwame, please attend as his Head
of Year. Key worker is Tasha Reid at the ART.

Please do not share beyond the two of you; tutor will be told on a need-to-know basis.

Nasreen""", flags=[SC, SM], findings=["PUPIL_NAME", "SAFEGUARDING"], action="DELIVER")

# s03 looked-after child, PEP meeting with the virtual school
mo = P["maisie"]
add("special/s03-looked-after-pep", YO, [("Virtual School", "virtualschool@southglos.gov.uk")],
    subject="PEP meeting - Maisie O'Brien",
    body=f"""Hi Anita,

Just confirming the Personal Education Plan meeting for Maisie O'Brien (Y11, child looked after under section 20
since September) on Thursday at 2pm. Her foster carer will attend; social worker to confirm. I'll bring the
mock results and the pupil premium plus spending plan.

Yemi Okoro
Designated Teacher for Looked After Children""", flags=[SC], findings=["PUPIL_NAME", "SAFEGUARDING"],
    action="ENCRYPT")

# s04 LADO referral about a member of staff, pupil named
ch = P["chloe"]
add("special/s04-lado-referral", H, [("LADO - South Gloucestershire", "lado@southglos.gov.uk")],
    subject="LADO referral - allegation against a member of staff",
    body=f"""Dear LADO,

I am writing to refer an allegation made today by a Year 8 pupil, Chloe O'Connor, against a member of our
support staff. Chloe alleges that the adult sent her messages on Snapchat over half term. We have not spoken to
the member of staff. Chloe's mother is aware.

I can be reached on the school number today and would be grateful for advice before 4pm.

Dr Helen Marsh
Principal
{H.sig()}""", flags=[SC], findings=["PUPIL_NAME", "SAFEGUARDING"], action="ENCRYPT")

# s05 EHCP annual review (docx) to SEND caseworker
add("special/s05-ehcp-review-docx", JK, [("SEND Casework Team", "send.casework@southglos.gov.uk")],
    subject="Annual review paperwork - Year 9",
    body=mixed(text(f"""Hi Kerry,

Attached is the summary from Ffion's annual review on 21 January for the panel. Mum agrees with the amended
outcomes. The physio report will follow from Southmead.

Joanna Kiely
SENCo"""), att.office("EHCP_annual_review_Ffion_Pritchard")),
    flags=[PD, SC], findings=["PUPIL_NAME", "DATE_OF_BIRTH", "UK_UPN", "SEN", "HEALTH"], action="ENCRYPT")

# s06 CAMHS referral (PDF) to CAMHS
add("special/s06-camhs-referral-pdf", RS, [("Bristol CAMHS SPA", "camhs.spa@awp-example.nhs.uk")],
    subject="Referral - Year 9 student", body=mixed(text(f"""Dear colleagues,

Please find attached a referral for a Year 9 student with parental consent. GP is aware.

Rachel Stone
School Nurse, Severn Vale Academy"""), att.office("CAMHS_referral_Popescu")),
    flags=[PD, SC], findings=["PUPIL_NAME", "DATE_OF_BIRTH", "UK_NHS_NUMBER", "POSTAL_ADDRESS", "PHONE_NUMBER",
                              "HEALTH"], action="ENCRYPT")

# s07 asthma, internal
add("special/s07-asthma-internal", RS, [RM], subject="Rose K - inhaler",
    body="""Rhys,

Rose Kowalczyk (8A) has asthma and her spare blue inhaler is in the medical room. Please make sure she takes it to
the cross-country on Friday - her asthma has been worse since the cold weather started.

Rachel""", flags=[SC], findings=["PUPIL_NAME", "HEALTH"], action="DELIVER")

# s08 special consideration to exam board
add("special/s08-special-consideration", LF, [("OCR special consideration", "specialconsideration@ocr.org.uk")],
    subject="Centre 56231 - special consideration, candidate 1184",
    body=f"""Dear OCR,

Candidate 1184, Connor McAllister, fractured his right wrist (writing hand) playing rugby on 6 January and sat
the January modules with a scribe. Medical evidence from the fracture clinic is held at the centre.

Regards
{LF.sig()}""", flags=[SC], findings=["PUPIL_NAME", "HEALTH"], action="ENCRYPT")

# s09 dyslexia support to university disability service
ni = P["niamh"]
add("special/s09-university-disability", TK, [("Disability Service, University of Bristol", "disability-services@bristol-example.ac.uk")],
    subject="Student support - offer holder",
    body=f"""Dear colleagues,

Niamh D'Arcy, who holds an offer for Medicine with you, has asked me to share that she has dyslexia (assessed by
an educational psychologist in Year 10) and has had 25% extra time and a word processor in exams. She would like
to start the Disabled Students' Allowance application early.

Kind regards
{TK.sig()}""", flags=[SC], findings=["PUPIL_NAME", "SEN"], action="ENCRYPT")

# s10 UCAS reference draft (docx) internal
add("special/s10-ucas-reference-draft", TK, [EP, ("Tutor 12B", f"tutor12b@{DOM}")], subject="UCAS ref - Niamh (draft 2)",
    body=mixed(text("""Hi both - draft 2 attached, comments by Friday please. I've kept the dyslexia paragraph as she asked.

Tomasz"""), att.office("UCAS_reference_draft_DArcy")),
    flags=[SC], findings=["PUPIL_NAME", "SEN"], action="DELIVER")

# s11 hospital letter (PDF) forwarded internally by the nurse
add("special/s11-hospital-letter-fwd", RS, [TK], subject="FW: clinic letter - Imran",
    body=mixed(text("""Tomasz - Imran asked me to pass this on so he can be released from P5 on 15 January.

Rachel""" + outlook_fwd_header("Nadeem Chowdhury <n.chowdhury@gmail.com>", "2025-12-10 19:40",
                               "Rachel Stone <r.stone@severnvale.org.uk>", "clinic letter") +
                     "Hi Mrs Stone, letter attached. Thanks, Nadeem"), att.office("Hospital_letter_Chowdhury")),
    flags=[PD, SC], findings=["PUPIL_NAME", "UK_NHS_NUMBER", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "HEALTH"],
    action="DELIVER")

# s12 lower-case name, EHCP
add("special/s12-lowercase-ehcp", JK, [AM], subject="kacper tomorrow",
    body="""aisha - kacper nowak is in the ehcp review at 9 so won't be in period 1 maths. his 1:1 hours are moving to
the afternoon from next week as agreed with the LA. jo""", flags=[SC], findings=["PUPIL_NAME", "SEN"],
    action="DELIVER", client="iphone")

# s13 accents dropped, epilepsy, to the PE department (internal), ISO-8859-1 body
add("special/s13-accents-dropped-epilepsy", DW, [RM, ("PE Department", f"pe@{DOM}")], subject="Siobhan - swimming",
    body=text("""Hi PE,

Siobhan Ni Bhriain (7W) has epilepsy - she had a tonic-clonic seizure in Year 6. She can swim but must have a
member of staff watching her at all times in the pool and her buccal midazolam needs to go poolside. Care plan
is on Arbor.

Deborah""", charset="iso-8859-1"), flags=[SC], findings=["PUPIL_NAME", "HEALTH"], action="DELIVER")

# s14 preferred name, nut allergy, to external caterer
add("special/s14-allergy-caterer", DW, [("Chartwells catering manager", "sva.kitchen@chartwells-example.co.uk")],
    subject="Allergy - Year 8",
    body="""Hi Jo,

Please add to the allergen list at the till: Will Okafor (Year 8) - severe peanut and tree nut allergy, carries an
EpiPen. His photo is on the cashless system.

Deborah Walsh
Head of Year 7""", flags=[SC], findings=["PUPIL_NAME", "HEALTH"], action="ENCRYPT")

# s15 disclosure in the quoted history (reply, internal)
add("special/s15-disclosure-in-quote", YO, [NA], subject="RE: concern logged - Precious",
    body="""Thanks Nasreen, I'll check in with her at lunch and update CPOMS.

Yemi""" + outlook_quote("Nasreen Akhtar <n.akhtar@severnvale.org.uk>", "2025-11-26 08:41", "Yemi Okoro <y.okoro@severnvale.org.uk>",
                        "concern logged - Precious", """Yemi,

Precious Nkemelu disclosed to Miss Norris yesterday that an older boy at her bus stop has been pressuring her to
send photos. She has not sent any. I have made a referral to the Access and Response Team and informed the
police (ref 5225112235). Could you be her check-in person this week?

N"""), flags=[SC], findings=["PUPIL_NAME", "SAFEGUARDING"], action="DELIVER")

# s16 staff health to occupational health with DOB
add("special/s16-occupational-health", PH, [("Occupational Health - Medigold", "referrals@medigold-example.co.uk")],
    subject="Management referral",
    body=f"""Dear OH team,

Management referral for Gwen Williams, Cover Manager, date of birth 19/05/1975. Gwen has been absent since 3
November with work-related stress and anxiety and has been prescribed sertraline by her GP. We would like
advice on a phased return and any adjustments.

Pauline Hegarty
HR and Payroll Officer""", flags=[PD, SC], findings=["DATE_OF_BIRTH", "HEALTH"], action="ENCRYPT")

# s17 forename only, external school nursing - no identifiable person
add("special/s17-anonymous-self-harm-advice", RS, [("School Nursing Team", "schoolnursing@sirona-example.nhs.uk")],
    subject="Advice please - Y9 girl",
    body="""Hi,

Looking for some advice: a Year 9 girl came to me today with superficial cuts on her arm and said she's been
feeling low since her grandad died. No names yet as she hasn't consented to me sharing. What's the current
pathway for a same-week appointment?

Rachel Stone
School Nurse""", flags=[], findings=[], action="DELIVER")

# s18 SENCo as a job title, to a parent, from the SENCo (approved)
add("special/s18-senco-title-to-parent", JK, [parent_email("ayaan")], subject="Meeting request",
    body="""Dear Mrs Patel,

Thank you for your email. I'm the SENCo at Severn Vale and I'd be happy to meet to talk about how Year 7 is going
and about our SEN policy in general. Would Tuesday 18 November at 3.30pm suit?

Kind regards
Joanna Kiely
SENCo""", flags=[], findings=[], action="DELIVER")

# s19 HTML: CP conference invite
add("special/s19-cp-conference-html", NA, [H], subject="Initial child protection conference - Thursday",
    body=alt_of("""Helen,

The initial child protection conference for Jayden Ricketts is on Thursday at 1.30pm at Kingswood Civic Centre.
I will attend with his tutor. The school report is on CPOMS if you want to read it beforehand.

Nasreen"""), flags=[SC], findings=["PUPIL_NAME", "SAFEGUARDING"], action="DELIVER")

# s20 sickle cell, internal, Apple Mail
add("special/s20-sickle-cell", DW, [RM], subject="Hope - PE and cold weather",
    body="""Hi Rhys,

Hope Adeyemi has sickle cell disease. She must be allowed to wear extra layers in PE, drink water whenever she
needs and should not do the cross country in cold rain. Mum has asked us to ring straight away if she complains
of pain.

Deb

Sent from my iPhone""", flags=[SC], findings=["PUPIL_NAME", "HEALTH"], action="DELIVER", client="iphone")

# s21 counselling / anxiety in a Gmail-style reply (internal)
add("special/s21-counselling", TK, [YO], subject="Re: Tendai",
    body="""Yemi - yes please refer him. He told me on Friday he'd been having panic attacks before lessons.

T""" + gmail_quote("Yemi Okoro <y.okoro@severnvale.org.uk>", "2025-12-01 12:30",
                   "Tomasz, would Tendai Moyo benefit from school counselling? His anxiety seems to be getting worse since the mocks."),
    flags=[SC], findings=["PUPIL_NAME", "HEALTH"], action="DELIVER", client="gmail")

# s22 SEN summary inside an attached message (message/rfc822), forwarded to a tutor (internal)
_inner_text = """Kwame,

Updates for Year 9 SEN support:
- Seun Bakare: dyslexia screening came back high; he is now on SEN support with a reader in tests.
- Harpreet Sandhu: SLCN, now on SEN support with small-group language sessions on Wednesdays.

Jo"""
_inner = embedded(JK, [KA], "SEN support - Year 9 updates", "2025-10-15 16:20", _inner_text, path_hint="s22")
add("special/s22-attached-message-sen", KA, [("Tutor 9S", f"tutor9s@{DOM}")], subject="FW: SEN support - Year 9 updates",
    body=mixed(text("See attached from Jo - for your tutor group info.\n\nKwame"),
               Rfc822(_inner, scan_text=_inner_text)),
    flags=[SC], findings=["PUPIL_NAME", "SEN"], action="DELIVER")

# s23 forename only with health, internal
add("special/s23-forename-only-asthma", OS, [("Science Technicians", f"scitechs@{DOM}")], subject="8B practical",
    body="""Hi,

For Thursday's 8B practical could we avoid the ammonia demo? Jack has bad asthma and I'd rather not risk it.

Thanks Olena""", flags=[], findings=[], action="DELIVER")

# s24 safeguarding to police (external), with DOB
pr = P["precious"]
add("special/s24-police-disclosure", NA, [("Avon and Somerset Police - Child Sexual Exploitation team", "cse.referrals@avonandsomerset-example.police.uk")],
    subject="Crime ref 5225112235 - school information",
    body=f"""Dear DC Harper,

As discussed, information for your enquiry: the young person is Precious Nkemelu, born {uk_date(pr.dob, 1)}, Year 10 at
Severn Vale Academy. She disclosed on 25 November that a male aged about 18 had repeatedly asked her for indecent
images at the bus stop on Station Road. A referral was made to children's social care the same day.

Nasreen Akhtar
Designated Safeguarding Lead""", flags=[PD, SC], findings=["PUPIL_NAME", "DATE_OF_BIRTH", "SAFEGUARDING"],
    action="ENCRYPT")

# s25 safeguarding policy as a topic to governors (external) - no person
add("special/s25-safeguarding-policy-topic", NA, ["revcathashby@gmail.com"], subject="Safeguarding policy review",
    body="""Dear Catherine,

As safeguarding governor, could you look through the revised child protection and safeguarding policy before the
February meeting? The main changes are about child-on-child abuse, filtering and monitoring, and when we refer to
the LADO. There are no individual cases in it.

Nasreen""", flags=[], findings=[], action="DELIVER")

# s26 young person with medication in a trip email to parents? -> to a parent (approved), about their own child
add("special/s26-medication-to-parent", RS, [parent_email("eilidh")], subject="Eilidh - insulin on the trip",
    body="""Dear Mrs MacLeod,

For the Wye Valley residential we need a signed insulin plan for Eilidh MacLeod: her pump settings, the correction
dose and what to do if her blood glucose is above 14. Could you send it by 20 February?

Rachel Stone
School Nurse""", flags=[SC], findings=["PUPIL_NAME", "HEALTH"], action="ENCRYPT")

# s27 SEN support for a pupil named with hyphenated surname, windows-1252, external tutor agency
fr = P["freddie"]
add("special/s27-tutoring-sen", JK, [("National Tutoring - Bristol", "bristol@tutorsfirst-example.co.uk")],
    subject="Tutoring match - Year 7",
    body=text("""Hi Leanne,

For the tutoring programme please could you match Freddie Clarke-Bennett (Year 7) with a tutor experienced in
dyscalculia \u2013 he\u2019s on SEN support for maths and finds number work very stressful.

Joanna""", charset="windows-1252"), flags=[SC], findings=["PUPIL_NAME", "SEN"], action="ENCRYPT")

# s28 social care: looked-after status in an HTML table to the trust (external)
add("special/s28-lac-table-trust", YO, [("CELT Safeguarding Lead", "safeguarding@celt.org.uk")],
    subject="Termly LAC / PLAC return",
    body=html(html_doc("""<p>Hi Rob, our termly return:</p>
<table border="1" cellpadding="3"><tr><th>Pupil</th><th>Year</th><th>Status</th><th>LA</th></tr>
<tr><td>Maisie O'Brien</td><td>11</td><td>Looked after (s20)</td><td>South Glos</td></tr>
<tr><td>Lukas Petrauskas</td><td>10</td><td>Looked after (care order)</td><td>Bristol</td></tr>
<tr><td>Kyle D'Souza</td><td>9</td><td>Previously looked after (SGO)</td><td>Bristol</td></tr>
</table><p>Yemi</p>""")), flags=[SC], findings=["PUPIL_NAME", "SAFEGUARDING"], action="ENCRYPT")
