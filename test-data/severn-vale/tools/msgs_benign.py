"""Ordinary school mail and hard negatives: nothing in here should raise a flag."""
from registry import (add, text, html, alt, mixed, attachment, Rfc822, outlook_quote, gmail_quote, apple_quote,
                      gmail_fwd, apple_fwd, html_doc, p2html, alt_of, embedded, outlook_fwd_header)
from roster import S, CH, DOM, SDOM, PARENTS, PUPILS, parent_email
import attachments as att
import lib

STAFF_ALL = ("All Staff", f"allstaff@{DOM}")
TEACHERS = ("Teaching Staff", f"teachers@{DOM}")


def parents_bcc(n, start=0):
    return [r["email"] for r in PARENTS if not r["email"].endswith(DOM)][start:start + n]


H, GP, NA, JK, TK, LF = S["HMA"], S["GPR"], S["NAK"], S["JKI"], S["TKA"], S["LFO"]
DC, BL, SW, PH, CR, AN = S["DCH"], S["BLL"], S["SWH"], S["PHE"], S["CRE"], S["ANO"]
KA, OS, RM, CD, PR, JC = S["KAS"], S["OSH"], S["RMO"], S["CDU"], S["PRA"], S["JCO"]
SWI, FG, OM, EP, LB, AM = S["SWI"], S["FGA"], S["OMG"], S["EPR"], S["LBR"], S["AME"]
DH, RS, KB, PV, AF, DW = S["DHU"], S["RST"], S["KBA"], S["PVA"], S["AFE"], S["DWA"]
MG, YO, HB, GW, SP = S["MGR"], S["YOK"], S["HBE"], S["GWI"], S["SPA"]
OFFICE, EXAMS, FIN, ITS, SIX = S["MAI"], S["EXO"], S["FIN"], S["ITS"], S["SIX"]

NONE = dict(flags=(), findings=())

# 1 term dates and INSET - dates everywhere, none of them a birth date
add("benign/b01-term-dates-2026-27", H, [STAFF_ALL], subject="Term dates 2026-27 (draft for consultation)",
    body=f"""Dear colleagues,

Please find below the draft term dates for 2026-27, which go to the Local Governing Body on 3 February.

Autumn term: Thursday 3 September 2026 - Friday 18 December 2026 (half term 26-30 October)
Spring term: Monday 4 January 2027 - Friday 26 March 2027 (half term 15-19 February)
Summer term: Monday 12 April 2027 - Wednesday 21 July 2027 (half term 31 May - 4 June)

INSET days: 1 and 2 September 2026, 5 January 2027, 12 April 2027 and 22 July 2027.

Will staff please send any comments to Steph by 30/01/2026. The summer term is longer than usual because Easter is late.

{H.sig()}""", action="DELIVER", **NONE)

# 2 health and safety notice, fire drill
add("benign/b02-fire-drill", SWI, [STAFF_ALL], subject="Fire drill Thursday P2 + health and safety reminders",
    body=f"""Morning all

There will be a fire drill during period 2 on Thursday. Please take registers out to the field and hand the
red/green cards to your Head of Year as usual. Health and safety reminders while I have you:

- fire doors must not be wedged open (looking at the science corridor!)
- the Hope Street gate is locked from 8.45
- report any trip hazards to the site team on ext 204

Thanks
{SWI.sig()}""", action="DELIVER", **NONE)

# 3 safeguarding training invitation (topic only)
add("benign/b03-safeguarding-training", NA, [STAFF_ALL],
    subject="Safeguarding training - annual update, INSET 5 January",
    body=f"""Dear all,

Our annual safeguarding training will take place on the INSET day, Monday 5 January, 9:00-11:30 in the Main Hall.
It covers Keeping Children Safe in Education 2025, online safety, the Prevent duty, child-on-child abuse and how
to record a concern on CPOMS. Staff who join after January will complete the online module instead.

Anyone who cannot attend must let me know by 19 December. Supply staff will be briefed by Yemi.

If you are ever worried about a child outside school hours, call the South Gloucestershire Access and Response
Team on 01454 866000 or the NSPCC helpline 0808 800 5000. Childline for young people: 0800 1111.

Nasreen
{NA.sig()}""", action="DELIVER", **NONE)

# 4 safeguarding training booking sent outside (supply agency)
add("benign/b04-safeguarding-training-agency", YO, ["bookings@vale-supply.co.uk"],
    subject="Level 1 safeguarding training for your supply staff",
    body=f"""Hi Karen,

Thanks for your call. We're happy for your supply teachers who regularly work at Severn Vale to join our
safeguarding training on 5 January (9am, Main Hall). Could you send me the names of those attending by Friday
so reception can prepare visitor badges?

Our safeguarding policy and the staff code of conduct are on the website under Policies.

Best wishes
{YO.sig()}""", action="DELIVER", **NONE)

# 5 SEN policy review to governors (external addresses), docx policy attached
add("benign/b05-sen-policy-review", JK, ["revcathashby@gmail.com", "i.qureshi@btinternet.com", ("Martin Oduya", "martin.oduya@oduya-consulting.co.uk")],
    cc=[FG], subject="SEN Information Report and SEND policy - for review before LGB",
    body=mixed(text(f"""Dear governors,

Attached is the updated SEN Information Report and SEND policy for 2025-26. The main changes are the section on
the graduated approach and the new paragraph on medical conditions, which now points to the separate policy.

As SENCo I am happy to talk through any of it before the meeting. Please note the EHCP section now reflects the
local authority's 20-week timescale.

Kind regards
Joanna Kiely
SENCo, Severn Vale Academy
"""), att.office("SEN_Information_Report_and_Policy_2025-26")), action="DELIVER", **NONE)

# 6 newsletter, Bcc parents, first names only
add("benign/b06-newsletter-first-names", H, [("Severn Vale Academy", f"office@{DOM}")], bcc=parents_bcc(40),
    subject="Severn Vale Weekly - Friday 26 September",
    body=alt_of(f"""Dear families,

What a start to the year! Our new Year 7s have settled brilliantly. Congratulations to Rose and Kacper, who won
the first round of the Bristol schools chess league, and to the Year 10 netball team (special mention to Grace
for her defending).

Healthy eating week starts on Monday: the canteen will be trialling new salad options.

Open evening for Year 6 families is on Thursday 2 October, 5.30-7.30pm. Please spread the word.

Dates for the diary
- 10 October: Year 11 parents' evening
- 24 October: last day of half term, school closes at 2pm
- 3 November: term restarts

Dr Helen Marsh
Principal
Severn Vale Academy, Gloucester Road North, Filton, Bristol, BS34 7BQ | 0117 496 0100
"""), action="DELIVER", **NONE)

# 7 supplier mail with company address and helpline
add("benign/b07-catering-quote", SW, [("Avon Catering Supplies", "sales@avoncatering.co.uk")],
    subject="RE: Quote AV-22817 - combi oven replacement",
    body=f"""Hi Darren,

Thanks for the revised quote. Can you confirm the installation date and that the old unit will be removed? Our
site manager will need the engineer's name for the visitor log.

Delivery to: Severn Vale Academy, Gloucester Road North, Filton, Bristol, BS34 7BQ (goods in via the rear gate).

Regards
{SW.sig()}""" + outlook_quote("Darren Pike <sales@avoncatering.co.uk>", "2025-09-29 11:02", "Sandra Whitlock <s.whitlock@severnvale.org.uk>",
                             "Quote AV-22817 - combi oven replacement", """Dear Sandra,

Please find our revised quotation below.

Rational iCombi Pro 10-1/1, electric, inc. installation and commissioning: £11,420.00 + VAT
Removal and disposal of existing unit: £180.00 + VAT

Quote valid 30 days. Our service helpline is 0345 600 2231 (24/7).

Kind regards
Darren Pike
Sales Manager
Avon Catering Supplies Ltd, Unit 4 Severnside Trading Estate, Avonmouth, Bristol BS11 8DW
Tel 0117 496 0590 | Registered in England 04412345
"""), action="DELIVER", **NONE)

# 8 password reset instructions (no password)
add("benign/b08-password-reset-portal", ITS, [STAFF_ALL], subject="Password expiry - how to reset",
    body=f"""Hi everyone

Staff passwords expire every 180 days. If you get the expiry warning, reset your password via the portal at
https://passwordreset.microsoftonline.com or press Ctrl+Alt+Del on a school PC and choose 'Change a password'.

Your new password must be at least 14 characters - we recommend three random words. Never share your password
with anyone, including IT. We will never ask you for it by email.

If you are locked out, call the helpdesk on ext 250.

IT Support
Severn Vale Academy""", action="DELIVER", **NONE)

# 9 cover
add("benign/b09-cover", GW, [CR, AN, OM], subject="Cover tomorrow",
    body="""Hi all

Cover for Wednesday:
P1 9X2 Maths (Rm M4) - Callum
P3 8Y1 English (E2) - Abigail, work is on Teams
P5 10H History - Oisin, please collect the textbooks from the office

Ta, Gwen""", action="DELIVER", client="thunderbird", **NONE)

# 10 history dept minutes: Dick Turpin, Scunthorpe, assess, cocktail
add("benign/b10-history-dept-minutes", OM, [("Humanities", f"humanities@{DOM}")],
    subject="Humanities dept meeting notes 1/10",
    body=f"""Notes from Wednesday:

1. Y8 crime and punishment unit - new source pack on Dick Turpin and highwaymen is on the shared drive. Hannah
   will assess the first batch of essays so we can moderate.
2. Y12 trip: the Scunthorpe steelworks visit is off (they've stopped school tours), so we're looking at the SS
   Great Britain instead.
3. Molotov cocktail source in the Y9 Cold War booklet - agreed it's fine with context.
4. Assessment calendar: data drop 1 is 7 November.
5. Middlesex University outreach session for Y12 on 20 November.

Oisín
{OM.sig('short')}""", action="DELIVER", **NONE)

# 11 PE: shuttlecocks, bass, tit nest box, Sussex
add("benign/b11-pe-kit-order", RM, [("Sports Direct Education", "education@sportsdirect-edu.co.uk")],
    subject="Order: badminton shuttlecocks and kit",
    body=f"""Hello,

Please could you quote for:
- 20 tubes Yonex Mavis 350 shuttlecocks (medium speed)
- 12 Ashaway rackets
- 2 cricket bats, Gunn & Moore, Harrow size

Also do you still stock the Sussex-style rounders posts? Delivery to the school address below.

Cheers
{RM.sig()}""", action="DELIVER", **NONE)

# 12 science: blue tits, Cockcroft, analysis
add("benign/b12-science-technician-request", OS, [("Science Technicians", f"scitechs@{DOM}")],
    subject="Practical requests week 6",
    body="""Hi both

Y10 - titration (required practical 4): 0.1M sodium hydroxide, phenolphthalein, burettes x 16
Y12 - the blue tit nest box camera needs a new SD card please, the analysis lesson is Thursday
Y9 - Cockcroft-Walton demo model if we still have it?

Thanks, Olena""", action="DELIVER", client="apple", **NONE)

# 13 exam board correspondence: centre number and candidate numbers only
add("benign/b13-exam-board-missing-script", LF, [("AQA Customer Services", "eos@aqa.org.uk")],
    subject="Centre 56231 - missing script query, 8461/1H",
    body=f"""Dear AQA,

Centre number 56231. For GCSE Biology 8461/1H (June series) the script for candidate 4127 appears as absent on
the results, but the candidate sat the paper and the script was in envelope 3 of 4 dispatched by Parcelforce
tracking PB 4431 2087 6GB on 13 June.

Could you investigate? Our seating plan and attendance register are available if needed.

Yours faithfully
{LF.sig()}""", action="DELIVER", **NONE)

# 14 trip risk assessment to activity centre - organisation address/phone
add("benign/b14-activity-centre-booking", RM, [("Wye Valley Outdoor Centre", "bookings@wyevalleyoutdoor.co.uk")],
    subject="Booking confirmation - Severn Vale Y8, 4-6 March",
    body=f"""Hi Tom,

Confirming 48 pupils and 5 staff for 4-6 March. We'll arrive around 10:30. I've attached nothing yet - the
medical summary will come through your secure upload, not email, as agreed.

Your address for the coach company: Wye Valley Outdoor Centre, Symonds Yat West, Ross-on-Wye, HR9 6BL, and the
duty manager's number 01600 890 218, yes?

Thanks
Rhys
{RM.sig()}""", action="DELIVER", **NONE)

# 15 LA admissions office - organisation address
add("benign/b15-la-admissions", PR, [("SGC Admissions", "admissions@southglos.gov.uk")],
    subject="In-year admissions panel dates",
    body=f"""Hello

Could you let us know the in-year fair access panel dates for spring? We will post the paperwork to South
Gloucestershire Council, Department for Children, Adults and Health, Badminton Road, Yate, Bristol BS37 5AF
as usual unless you would prefer the secure portal.

Thanks
{PR.sig()}""", action="DELIVER", **NONE)

# 16 purchase order with 10-digit numbers that fail every check
add("benign/b16-purchase-order-numbers", SW, [("Office Depot Accounts", "accounts@viking-direct.co.uk")],
    subject="Invoice query 3810042271 / PO 4500123451",
    body=f"""Hi

Your invoice 3810042271 refers to our purchase order 4500123451 but the delivery note says 4500123541. Can you
check which PO it should be? Customer account 7712003451. Tracking number 1Z 999 AA1 0123 4567 84.

Thanks
{SW.sig()}""", action="DELIVER", **NONE)

# 17 10-digit numbers that pass the NHS check but have no health context
add("benign/b17-library-barcodes", S["HBE"], [("Library", f"library@{DOM}")],
    subject="Library barcodes not scanning",
    body="""Hi,

These returned books won't scan back in - the system says the barcode is unknown:
4853982590
6348601293
7125899137

Could you check when you have a minute? They were on the Y10 Geography trolley.

Hannah""", action="DELIVER", nhs_no_context=True, **NONE)

# 18 QQ123456A in HR guidance - invalid NINO prefix
add("benign/b18-hr-form-guidance", PH, [STAFF_ALL], subject="New HR forms - how to fill in",
    body=f"""Dear all,

The new personal details form is on the HR SharePoint. When you fill it in, write your National Insurance
number in the format shown on the example (QQ 12 34 56 A) - please don't email it to me, hand the paper
form in to the office in a sealed envelope marked HR.

Thanks
{PH.sig()}""", action="DELIVER", **NONE)

# 19 healthy eating, mental health awareness - topic only
add("benign/b19-wellbeing-week", YO, [STAFF_ALL], subject="Wellbeing week - mental health awareness",
    body=f"""Hi all,

Next week is our student wellbeing week. Tutor time activities focus on sleep, healthy eating and talking about
mental health. Kooth and the Samaritans (116 123) will have stands at lunch.

Please remind tutor groups that if they are worried about a friend they can speak to any member of staff or
use the Whisper button on the website.

Yemi
{YO.sig()}""", action="DELIVER", **NONE)

# 20 forename only welfare note, internal (no identifiable person)
add("benign/b20-forename-only-welfare", KA, [OM], subject="9W - Ben",
    body="""Hi Oisín,

Just a heads up, Ben in your P4 group has had a rough week at home and might be a bit flat. Nothing you need to
do, just go easy on him if homework is missing. Mum is aware.

Kwame""", action="DELIVER", client="iphone", **NONE)

# 21 governors minutes with aggregate safeguarding statistics (pdf)
add("benign/b21-lgb-minutes", FG, [("Local Governing Body", f"governors@{DOM}"), "revcathashby@gmail.com",
                                     "i.qureshi@btinternet.com"],
    subject="Draft minutes - LGB 18 November",
    body=mixed(text(f"""Dear all,

Please find attached the draft minutes of the meeting on 18 November for your comments by Friday.

Best wishes
{FG.sig()}"""), att.office("LGB_minutes_2025-11-18")), action="DELIVER", **NONE)

# 22 data protection reminder mentioning UPNs without any
add("benign/b22-dp-reminder", PR, [STAFF_ALL], subject="Data protection reminder - sending pupil data",
    body=f"""Hi all

A reminder after last week's near miss: please don't email spreadsheets with pupil UPNs, dates of birth or
addresses outside the school. Use the Egress button or share through SharePoint. A UPN looks like a letter
followed by 12 digits (e.g. A123456789013 on the training slides - that one is made up and not valid).

If you send something to the wrong person, tell me or the DPO straight away.

Priya
{PR.sig()}""", action="DELIVER", **NONE)

# 23 card ending, sort code alone, Luhn failing number
add("benign/b23-finance-card-ending", FIN, ["accounts@coachhire-bristol.co.uk"],
    subject="Payment made - booking 55120",
    body=f"""Good afternoon,

We paid your invoice 55120 today by the school's purchasing card ending 4821 (£1,240.00). Your remittance details
show sort code 40-11-62 only - please send the full remittance advice on headed paper for our records.

The reference on the statement will be SVA 55120.

Kind regards
Finance Office
Severn Vale Academy""", action="DELIVER", **NONE)

# 24 school's own phone in several formats + helplines, and an org's address
add("benign/b24-school-contact-details", OFFICE, [("Bristol Post newsdesk", "news@bristolpost.co.uk")],
    subject="Press release: Severn Vale students win national robotics award",
    body=f"""FOR IMMEDIATE RELEASE

A team of Year 12 students from Severn Vale Academy, Filton, has won the national final of the VEX Robotics
schools challenge at the NEC Birmingham.

Principal Dr Helen Marsh said: "We are incredibly proud of the team and of Mr Bramley, who has run the club for
six years."

Media enquiries: Steph Park, 0117 496 0100 (option 4), or +44 (0)117 4960100 from abroad.
Severn Vale Academy, Gloucester Road North, Filton, Bristol BS34 7BQ.

Photos available on request; parental consent has been obtained for all students pictured.
""", action="DELIVER", **NONE)

# 25 RFC 2047 subject, windows-1252 body with curly quotes (benign)
add("benign/b25-cafe-rota-cp1252", JC, [("Office team", f"officeteam@{DOM}")],
    subject="Caf\u00e9 rota \u2013 parents\u2019 evening",
    body=text("""Hi ladies,

Here\u2019s the caf\u00e9 rota for parents\u2019 evening on the 10th \u2013 tea, coffee and cakes \u00a31 each.

5.00\u20135.45 Janet & Steph
5.45\u20136.30 Gwen & Priya
6.30\u20137.15 volunteers from the PTA

\u2018Cake sale\u2019 money goes in the blue tin, not the till!

Janet""", charset="windows-1252"), action="DELIVER", **NONE)

# 26 "INSENSITIVE" and "sensitivity" in subject
add("benign/b26-insensitive-subject", GP, [STAFF_ALL], subject="Insensitive comments in Y10 assembly - follow-up",
    body=f"""Colleagues,

Some of you will have heard that a visiting speaker made comments in Tuesday's Year 10 assembly that were
insensitive about disability. I have written to the organisation and they have apologised. Tutors: please use
the short discussion resource in the tutor folder on Friday.

Gareth
{GP.sig()}""", action="DELIVER", **NONE)

add("benign/b27-sensitivity-analysis", SW, [H, GP], subject="Budget sensitivity analysis 2026-27",
    body=f"""Helen, Gareth

Attached (on SharePoint - too big to email) is the sensitivity analysis for next year's budget: three pay award
scenarios (3%, 4%, 5.5%) and two roll scenarios (1,180 and 1,215). Worst case is a deficit of £212k.

Sandra""", action="DELIVER", **NONE)

# 28 body says SENSITIVE but subject does not
add("benign/b28-sensitive-in-body-only", PR, [STAFF_ALL], subject="How to mark emails",
    body=f"""Hi all

Under the new acceptable use policy, emails that contain sensitive or confidential information should have
SENSITIVE or HIGHLY SENSITIVE at the start of the subject line, and be sent with Egress. Please don't put
these words in the subject of everyday emails - it stops people noticing the ones that matter.

Priya
{PR.sig()}""", action="DELIVER", **NONE)

# 29 Bcc-only parents, nothing exposed (more than 5 external in Bcc)
add("benign/b29-snow-closure", H, [("Severn Vale Academy", f"office@{DOM}")], bcc=parents_bcc(60, 40),
    subject="School closed today - snow",
    body=alt_of(f"""Dear parents and carers,

Because of the snow and ice on the site and the bus companies cancelling routes, the academy will be closed to
all pupils today, Friday 9 January. Work will be set on Teams by 10am. Year 11 and 13 mock exams will be
rescheduled.

We expect to reopen on Monday; we will confirm by 6pm on Sunday.

Dr Helen Marsh
Principal
"""), action="DELIVER", **NONE)

# 30 To: 5 external + many internal (not more than 5 external visible)
add("benign/b30-five-external-visible", EP, ["careers@airbus-example.com", "schools@gkn-aerospace.com",
                                             "outreach@uwe.ac.uk", "apprenticeships@rolls-royce.com",
                                             "events@bristol.ac.uk", TK, H, GP],
    subject="Careers fair 5 February - stand confirmation",
    body=f"""Dear all,

Thank you for agreeing to take a stand at our Year 10-13 careers fair on Thursday 5 February, 1pm-4pm, in the
sports hall. Tables, power and WiFi are provided. Parking is on the Hope Road side.

Please send the names of your representatives by 23 January so we can prepare badges.

Best wishes
{EP.sig()}""", action="DELIVER", **NONE)

# 31 ten internal recipients visible
add("benign/b31-hoy-meeting", GP, [KA, DH, DW, MG, YO, NA, TK, JK, CD, RS],
    subject="Heads of Year meeting - agenda",
    body="""Agenda for Monday 3.15, room L2:

1. Attendance - persistent absence update (Claire)
2. Behaviour points - new categories
3. Year 7 residential
4. Mock results day plan
5. AOB

Gareth""", action="DELIVER", **NONE)

# 32 HTML-only newsletter with pupils' forenames and an image
add("benign/b32-html-only-sports", RM, [("Severn Vale Academy", f"office@{DOM}")], bcc=parents_bcc(25, 100),
    subject="Sports round-up - autumn half term 1",
    body=html(html_doc("""<h2 style="color:#1b4f72">Sports round-up</h2>
<p>Year 7 football: 4-1 win against Bradley Stoke, with a hat-trick from Ayaan.</p>
<p>Year 9 netball: runners-up at the South Glos tournament. Player of the match: Harpreet.</p>
<p>Cross country: 41 pupils ran at Ashton Court - well done everyone!</p>
<p>Fixtures are on the school app. Kit reminder: black shorts, green socks.</p>
<p>Mr R Morgan, PE Department<br>Severn Vale Academy &middot; 0117 496 0100</p>""")), action="DELIVER", **NONE)

# 33 Apple mail reply chain, benign
add("benign/b33-apple-reply-chain", AF, [PV], subject="Re: Spanish/Music collab for Y8?",
    body="""Love this idea - let's do Latin American rhythms in week 5. I'll sort the vocab list.

Ana

Sent from my iPad""" + apple_quote("Peter Vaughan <p.vaughan@severnvale.org.uk>", "2025-10-13 16:40", """Hi Ana,

Would you fancy a joint project with Y8 after half term? Samba percussion plus some Spanish songs. We could
perform at the spring concert (26 March).

Pete"""), client="iphone", action="DELIVER", **NONE)

# 34 NHS number in reserved 5xx range, with health context
add("benign/b34-nhs-test-number-5xx", RS, [("School Nursing Team", "schoolnursing@sirona-example.nhs.uk")],
    subject="Immunisation system - test record",
    body=f"""Hi,

When we tried the new immunisation upload, the test patient your team set up (NHS number 556 990 6959, dummy
record for the HPV and flu vaccination programme) still shows on our list. Please could you remove it before
the Year 8 HPV session on 12 November?

Thanks
{RS.sig()}""", action="DELIVER", **NONE)

# 35 flu vaccination letter to parents (topic), Bcc
add("benign/b35-flu-vaccination-letter", RS, [("Severn Vale Academy", f"office@{DOM}")], bcc=parents_bcc(30, 160),
    subject="Flu vaccination - Years 7 to 11",
    body=f"""Dear parents and carers,

The school immunisation team from Sirona care & health will be in school on 20 October to offer the nasal flu
vaccine to pupils in Years 7 to 11. Please complete the online consent form by 13 October, whether or not you
want your child to have the vaccine. The nasal spray contains porcine gelatine; an injected alternative is
available on request.

Questions: Sirona Immunisation Team, 0300 124 5515.

Mrs Rachel Stone
School Nurse""", action="DELIVER", **NONE)

# 36 job advert with school address and phone
add("benign/b36-job-advert", SP, [("TES Jobs", "advertising@tes-example.com")], subject="Advert - Teacher of Mathematics (MPS/UPS)",
    body=f"""Please publish the following from Monday:

Teacher of Mathematics, full time, permanent, from April 2026. MPS/UPS + TLR available for the right candidate.

Severn Vale Academy is a thriving 11-18 academy in north Bristol, part of the Cotswold Edge Learning Trust.
Closing date: 12 noon, 16 January 2026. Interviews: w/c 26 January.

Contact: Steph Park, PA to the Principal, Severn Vale Academy, Gloucester Road North, Filton, Bristol BS34 7BQ.
Tel 0117 496 0100. Safer recruitment: enhanced DBS check required.

Invoice to finance@severnvale.org.uk please.""", action="DELIVER", **NONE)

# 37 English dept: Moby-Dick, Of Mice and Men, "assess"
add("benign/b37-english-texts", AN, [KB], subject="Y10 texts and marking",
    body="""Hi Keeley

For Y10 we're doing Of Mice and Men until half term, then An Inspector Calls. Can you assess the Curley's wife
paragraphs using the new mark scheme? There's an extract from Moby-Dick in the unseen prose booklet if you want
a stretch task for 10E1.

Abi""", action="DELIVER", **NONE)

# 38 pub name and cocktail in social
add("benign/b38-staff-social", KB, [STAFF_ALL], subject="End of term drinks!!",
    body="""Hi everyone!

Staff social on Friday 19th from 4pm at the Cock and Bottle on Gloucester Road - cocktail jugs are 2 for 1 until
7. Bring your secret santa present (£5 limit) and a name label.

Keeley x""", action="DELIVER", client="gmail", **NONE)

# 39 geography fieldwork letter (docx) to parents via Bcc
add("benign/b39-fieldwork-letter", OFFICE, [("Severn Vale Academy", f"office@{DOM}")], bcc=parents_bcc(12, 200),
    subject="Year 10 Geography fieldwork - letter", body=mixed(text("""Dear parent/carer,

Please see the attached letter about the Year 10 fieldwork day in March.

Mrs H Bell
Teacher of Geography"""), att.office("Trip_letter_Y10_Geography_fieldwork")), action="DELIVER", **NONE)

# 40 H&S policy PDF to the trust (external)
add("benign/b40-hs-policy-to-trust", SWI, [("CELT Estates", "estates@celt.org.uk")],
    subject="H&S policy 2025 for the trust audit", body=mixed(text(f"""Hi Paul,

As requested, our current health and safety policy for the estates audit on 2 December.

Sam
{SWI.sig()}"""), att.office("Health_and_Safety_Policy_2025")), action="DELIVER", **NONE)

# 41 ISO-8859-1, Irish fadas in a benign note (no pupil names)
add("benign/b41-latin1-irish-club", OM, [STAFF_ALL], subject="Ciorcal Gaeilge - Irish language club",
    body=text("""A chairde,

Irish language club (Ciorcal Gaeilge) starts again on Tuesday at lunchtime in H3. All welcome, staff too - cúpla
focal is plenty. Ceol agus craic guaranteed. Fáilte roimh chách!

Oisín""", charset="iso-8859-1"), action="DELIVER", **NONE)

# 42 a name that is NOT a full roster name: forename + other surname, 'Rose garden', 'Summer fair'
add("benign/b42-ordinary-words", S["SPA"], [STAFF_ALL], subject="Summer fair and the rose garden",
    body=f"""Hi all,

Planning is starting for the summer fair (Saturday 27 June). We need volunteers for the plant stall in the rose
garden and someone brave for the soak-the-teacher stall. Will anyone who can help please reply to me by half
term? There's hope we can beat last year's £3,400.

Steph""", action="DELIVER", **NONE)

# 43 forwarded newsletter from LA (organisation details only)
add("benign/b43-la-bulletin-forward", YO, [NA, KA, DH], subject="FW: South Glos Safeguarding Bulletin - November",
    body=text("""FYI - useful bit on the new early help form.

Yemi""" + outlook_quote("SGC Safeguarding in Education <sie@southglos.gov.uk>", "2025-11-14 09:02",
                        "DSLs - secondary", "South Glos Safeguarding Bulletin - November", """Dear DSLs,

1. New Early Help assessment form live from 1 December.
2. Operation Encompass notifications now come through the secure portal.
3. DSL network meeting: 9 December, 1.30pm, Kingswood Civic Centre, High Street, Kingswood, Bristol BS15 9TR.
4. Training: Level 3 DSL refresher dates for spring are on the Learning Zone.

Safeguarding in Education Team
South Gloucestershire Council
Tel: 01454 863 380""")), action="DELIVER", **NONE)

# 44 meeting invite as text/calendar (alternative), benign
add("benign/b44-calendar-invite", GP, [DH, KA], subject="Invitation: Y11 mock results planning @ Thu 8 Jan 14:00",
    body=alt(text("""Gareth Pryce has invited you to: Y11 mock results planning
Thu 8 Jan 2026 14:00 - 15:00, Room L2"""),
             lib.Part('text/calendar; charset="UTF-8"; method=REQUEST', lib.crlf("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260108T140000Z
DTEND:20260108T150000Z
SUMMARY:Y11 mock results planning
LOCATION:Room L2
UID:040000008200E00074C5B7101A82E00800000000SVA0001
END:VEVENT
END:VCALENDAR
""").encode(), "7bit", scan_text="Y11 mock results planning")), action="DELIVER", **NONE)

# 45 careers: employer addresses and phones (organisations)
add("benign/b45-work-experience-placements", EP, [TK], subject="Y12 work experience providers - list",
    body="""Tomasz - confirmed providers so far (all have the placement agreement):

Airbus UK, Pegasus House, Aerospace Avenue, Filton, Bristol BS34 7PA - 0117 496 0881
North Bristol NHS Trust (volunteering office), Southmead Hospital, Southmead Road, Bristol BS10 5NB
Burges Salmon LLP, One Glass Wharf, Bristol BS2 0ZX - 0117 939 2000
Bristol Aerospace Museum, Hayes Way, Patchway, Bristol BS34 5BZ

Still waiting on the Met Office and Rolls-Royce.

Eleanor""", action="DELIVER", **NONE)

# 46 "PIN badge", "Pinterest", "password" as a topic
add("benign/b46-pin-badges", LB, [("Computing", f"computing@{DOM}")], subject="Digital leaders PIN badges + passwords lesson",
    body="""Hi team

The digital leaders' enamel PIN badges have arrived - they're in my drawer.

Y7 lesson 4 is on strong passwords: pupils make up a passphrase and test it on the strength checker - remind them
NOT to type a real password in. The Pinterest board of posters is linked in the scheme of work.

Luke""", action="DELIVER", **NONE)

# 47 Gmail-style forward of a supplier helpline notice
add("benign/b47-broadband-outage", DC, [STAFF_ALL], subject="Fwd: Planned maintenance - broadband",
    body="""Heads up - internet will be down on Saturday morning. Nothing for you to do.

Dev""" + gmail_fwd("SWGfL Service Desk <servicedesk@swgfl-example.org.uk>", "2025-11-20 15:44",
                   "Planned maintenance - Filton exchange", "network.manager@severnvale.org.uk", """Dear customer,

Planned maintenance will take place on Saturday 29 November between 06:00 and 10:00. Services may be
interrupted. Our 24-hour service desk is on 0345 601 3203.

SWGfL, Belvedere House, Pynes Hill, Exeter EX2 5WS"""), client="gmail", action="DELIVER", **NONE)

# 48 Outlook RE: from exams officer to exam board, candidate numbers list (no names)
add("benign/b48-candidate-numbers-only", LF, [("OCR Customer Contact", "support@ocr.org.uk")],
    subject="RE: Centre 56231 - late entries",
    body=f"""Hello,

Thanks. The candidates to add to H420 Biology are 2107, 2144 and 2188; centre number 56231. They were missed
off the original file.

Regards
{LF.sig()}""" + outlook_quote("OCR Customer Contact <support@ocr.org.uk>", "2026-02-20 10:15",
                             "Lorraine Fox <l.fox@severnvale.org.uk>", "Centre 56231 - late entries",
                             """Dear Lorraine, please confirm the candidate numbers and qualification codes. Late fees apply after 21 February."""),
    action="DELIVER", **NONE)

# 49 reference request - no personal identifiers, external
add("benign/b49-reference-request", SP, [("HR, Patchway Community School", "hr@patchway-cs.org.uk")],
    subject="Reference request - Mr Jamie Ellison",
    body=f"""Dear colleague,

Jamie Ellison has applied for the post of Teacher of Science at Severn Vale Academy and has named you as a
referee. Please could you complete the attached reference form (on our portal - link below) by 5 December?
We are obliged under Keeping Children Safe in Education to ask whether there have been any safeguarding
concerns about the applicant.

https://severnvale.org.uk/references/8812

Thank you
{SP.sig()}""", action="DELIVER", **NONE)

# 50 trust finance - monthly return, no personal data
add("benign/b50-trust-month-end", SW, [("CELT Finance", "finance@celt.org.uk")], subject="Month end October - SVA",
    body="""Hi Liz,

October month end done. Journals posted, bank reconciled. Two queries:
1. The catering income is £2,311.60 short because ParentPay settled late (3 November).
2. Can you confirm the cost centre for the robotics grant (4410)?

Sandra""", action="DELIVER", **NONE)

# 51 assessment words
add("benign/b51-maths-assessment", CR, [("Maths Department", f"maths@{DOM}")], subject="Y9 assessment - analysis",
    body="""Hi all

Y9 end of unit assessment results are in the tracker. Analysis of the class averages shows sets 3 and 4 struggled
with compound interest; I've put a reteach lesson in week 9. Please assess the Q14 responses together at Tuesday's
dept meeting so we're consistent.

Callum""", action="DELIVER", **NONE)

# 52 zip of PDFs (not executables), to exam invigilators (external gmail)
def _zip(files):
    import io
    import zipfile
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.getvalue()


_pdf_hs = att.get("Health_and_Safety_Policy_2025")[2]
_pdf_min = att.get("LGB_minutes_2025-11-18")[2]
add("benign/b52-zip-of-pdfs", LF, ["invigilator.pool@gmail.com"], subject="Invigilator pack for the mocks",
    body=mixed(text("""Hi all,

Attached is the invigilator pack (zipped) - H&S policy and the last meeting notes. Please read before 5 January.

Lorraine"""), attachment("invigilator_pack.zip", "application/zip",
                          _zip([("Health_and_Safety_Policy_2025.pdf", _pdf_hs), ("Minutes.pdf", _pdf_min)]),
                          scan_text=att.get("Health_and_Safety_Policy_2025")[3] + att.get("LGB_minutes_2025-11-18")[3])),
    action="DELIVER", **NONE)

# 53 docx disguised name "install.exe"? No: a PDF named .exe - not a program by content
add("benign/b53-pdf-named-exe", DC, [BL], subject="weird file from the printer vendor",
    body=mixed(text("""Becky - the Kyocera rep sent this 'driver' but it's actually just the PDF manual renamed. Can you save it
in the docs folder with the right extension?

Dev"""), attachment("KM_Setup.exe", "application/octet-stream", _pdf_hs, scan_text=att.get("Health_and_Safety_Policy_2025")[3])),
    action="DELIVER", **NONE)

# 54 text talking about .exe files
add("benign/b54-exe-talk", DC, [STAFF_ALL], subject="Please don't run setup.exe from emails",
    body=f"""Hi all,

We've had a phishing email today with an attachment called 'Invoice_0931.pdf.exe'. If you opened it, unplug your
network cable and ring ext 250. Programs (.exe, .msi, .bat, .ps1 files) are blocked on staff laptops anyway.

Dev
{DC.sig()}""", action="DELIVER", **NONE)

# 55 Gmail reply from parent-facing office with only the office's and school's details
add("benign/b55-office-reply-lost-property", OFFICE, [parent_email("eilidh")], subject="Re: Lost PE bag",
    body="""Dear Mrs MacLeod,

Good news - the PE bag has been handed in to the office and can be collected any time before 4.30pm.

Kind regards
Main Office
Severn Vale Academy, Gloucester Road North, Filton, Bristol, BS34 7BQ
Tel: 0117 496 0100""" + gmail_quote("Fiona MacLeod <fiona.macleod@btinternet.com>", "2025-10-02 07:58",
                                    "Hello, Eilidh has lost her PE bag (navy, with her initials) - has anyone handed it in?\nThanks, Fiona"),
    action="DELIVER", **NONE)
