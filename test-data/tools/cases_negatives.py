"""Ordinary benign school mail: DELIVER, no flags, no findings."""
from common import *  # noqa: F401,F403

BENIGN = [
    ("meetings/phase_meeting_moved.eml", "DEP", ["KW", "MN", "PE"], "KS2 phase meeting moved",
     "Hi all,\n\nKS2 phase meeting is moving to Wednesday 21 January at 3:45 in the library.\n\nDaniel"),
    ("meetings/governors_date.eml", "HEAD", ["CHAIR", "CLERK"], "Date for the summer FGB",
     "Dear Margaret, dear Clerk,\n\nCould we hold the summer full governing body meeting on 7 July at 6pm?\n\nHelen"),
    ("meetings/ep_planning.eml", "SENCO", ["EP"], "Planning meeting",
     "Dear Sarah,\n\nWould 3 March at 1:30 suit for our termly planning meeting?\n\nJames Fletcher\nSENCo"),
    ("meetings/la_briefing.eml", "HEAD", ["LAEDU"], "Headteacher briefing attendance",
     "Hello,\n\nI will attend the headteacher briefing on 5 February at Thorpe Park.\n\nDr Helen Marsh"),
    ("meetings/parents_evening_rota.eml", "OFFICE", ["STAFFLIST"], "Parents' evening rota",
     "All,\n\nParents' evening is 10 and 11 March, 3:30 to 6:30. Refreshments in the staffroom.\n\nOffice"),
    ("newsletters/weekly_newsletter.eml", "OFFICE", ["OFFICE"], "Hawthorn Lane weekly news",
     f"Dear families,\n\nThis week Year 3 visited the library and Year 5 launched their Viking topic. "
     f"Healthy Eating Week starts on 2 February. Please remember to name all uniform.\n\n"
     f"{SCHOOL_NAME}\n{SCHOOL_ADDRESS}\nTel {SCHOOL_PHONE}"),
    ("newsletters/club_timetable.eml", "OS", ["STAFFLIST"], "After-school clubs spring 1",
     "All,\n\nClubs: Monday football, Tuesday choir, Wednesday coding, Thursday netball. Sign-up on the app.\n\nOwen"),
    ("newsletters/pta_cake_sale.eml", "OFFICE", ["PTA"], "Cake sale Friday",
     "Hi PTA,\n\nThe cake sale is on Friday after school in the hall. Tables are booked.\n\nOffice"),
    ("trips/coach_quote.eml", "PE", ["COACH"], "Quote for 12 March",
     "Hello,\n\nPlease quote for a 57-seater from school to Halifax on 12 March, leaving 9:00 and returning 15:00.\n\nPeter Evans\nYear 4 Teacher"),
    ("trips/outdoor_centre_booking.eml", "KW", ["OUTDOOR"], "Y6 residential 2026",
     "Hello,\n\nWe'd like to confirm 32 pupils and 4 staff for 8-10 June. Dietary information will follow via your secure form.\n\nKatie Walker"),
    ("trips/museum_thanks.eml", "PE", [("Eureka! Schools", "schools@eureka.org.uk")], "Thank you",
     "Hello,\n\nThank you for a wonderful visit yesterday - the children loved the Living and Working gallery.\n\nPeter Evans"),
    ("suppliers/stationery_order.eml", "SBM", ["STATIONERY"], "Order PO-2026-0151",
     "Hi,\n\nPlease supply 10 packs of A4 exercise books and 40 glue sticks. Our PO is PO-2026-0151.\n\nSunita Patel\nSchool Business Manager"),
    ("suppliers/catering_menu_change.eml", "CATERING", ["SBM", "OFFICE"], "Spring menu",
     "Dear Sunita,\n\nThe spring menu starts on 9 February. Our helpline is 0800 496 0077 for any queries.\n\nDales Kitchen Catering\n3 Mill Yard, Otley LS21 1AB"),
    ("suppliers/it_ticket_update.eml", "ITSUPPORT", ["IM"], "Ticket 48213 resolved",
     "Hi Ian,\n\nTicket 48213 is resolved. Call us on 0113 496 0999 if it recurs.\n\nNorthern Schools IT Helpdesk"),
    ("suppliers/uniform_stock.eml", "UNIFORM", ["OFFICE"], "Uniform stock",
     "Hi,\n\nSweatshirts in ages 3-4 are back in stock. Shop: Unit 2, Moor Road Trading Estate, Leeds LS17 9QE.\n\nKirkby Moor Schoolwear"),
    ("suppliers/photographer_dates.eml", "PHOTO", ["OFFICE"], "Photo day",
     "Hello,\n\nWe have you booked for individual photos on 24 September 2026.\n\nBright Lens Photography"),
    ("staff/tea_rota.eml", "GL", ["NH", "BT"], "Tea rota",
     "It's my turn for milk this week - anyone want anything from the shop?"),
    ("staff/lost_keys.eml", "AB", ["STAFFLIST"], "Lost keys",
     "Has anyone seen a set of keys with a blue lanyard? Left in the hall after assembly."),
    ("staff/ppa_swap.eml", "LG", ["TH"], "PPA swap",
     "Tom, could we swap PPA this week - Tuesday for Thursday? Laura"),
    ("staff/displays.eml", "CR", ["AB"], "Corridor display",
     "Aisha, the corridor display boards are free from Monday if you want them for the Chinese New Year work. Claire"),
    ("staff/library_books.eml", "KW", ["MN"], "Class library swap",
     "Marta, shall we swap class library boxes at half term? Katie"),
    ("staff/inset_agenda.eml", "DEP", ["STAFFLIST"], "INSET day agenda",
     "All,\n\nINSET on 23 February: 9:00 safeguarding training, 11:00 maths mastery, 1:30 classroom time.\n\nDaniel"),
    ("staff/fire_drill.eml", "SBM", ["STAFFLIST"], "Fire drill",
     "All,\n\nThere will be an unannounced fire drill this half term. Please check your registers are up to date.\n\nSunita"),
    ("staff/well_done.eml", "HEAD", ["STAFFLIST"], "Thank you",
     "All,\n\nThank you for a brilliant Ofsted preparation week. Cakes in the staffroom!\n\nHelen"),
    ("staff/teams_channel.eml", "IM", ["STAFFLIST"], "New Teams channel",
     "All,\n\nThere's a new Teams channel for cover requests. Please use it instead of email.\n\nIan"),
    ("staff/music_assembly.eml", "HG", ["STAFFLIST"], "Music assembly",
     "All,\n\nFriday's assembly is the Y5 ukulele performance - 9:05 in the hall.\n\nHugo"),
    ("it/password_reset_instructions.eml", "IM", ["STAFFLIST"], "How to reset your password",
     "All,\n\nTo reset your password, go to the self-service portal, choose 'Forgotten password' and follow the steps. "
     "IT will never ask for your password by email.\n\nIan Murphy\nICT Technician"),
    ("it/mfa_rollout.eml", "IM", ["STAFFLIST"], "Multi-factor authentication",
     "All,\n\nMFA is being switched on for all staff accounts on 2 March. Install the Authenticator app before then.\n\nIan"),
    ("it/printer_toner.eml", "IM", ["ITSUPPORT"], "Toner order",
     "Hi,\n\nCould you send two black toners for the KS2 copier (model MX-3071)? Asset tag HL-0042.\n\nIan"),
    ("la/census_reminder.eml", "FC", ["LAADM"], "Spring census",
     "Hello,\n\nOur spring census return was submitted on 15 January. Confirmation reference CEN-26-0415.\n\nFiona Chen\nData Manager"),
    ("la/finance_return.eml", "SBM", ["LAFIN"], "Quarterly finance return",
     "Hi,\n\nThe Q3 finance return is uploaded. Variance notes are on tab 2.\n\nSunita"),
    ("la/admissions_numbers.eml", "ADM", ["LAADM"], "Reception intake 2026",
     "Hello,\n\nWe can confirm our PAN of 30 for September 2026 and have 4 in-year places in Year 3.\n\nAdmissions"),
    ("governors/visit_thanks.eml", "HEAD", ["GOV4"], "Thank you for your visit",
     "Dear Ifeoma,\n\nThank you for your reading monitoring visit on Tuesday. Your report will go to the next committee.\n\nHelen"),
    ("governors/training_link.eml", "CLERK", ["HEAD"], "Governor training",
     "Dear Helen,\n\nThe governor safeguarding training session is on 12 February online.\n\nClerk to Governors"),
    ("parents/approved_class_update.eml", "KW", [("Mrs Young", "rachel.young@live.co.uk")], "Y6 SATs information evening",
     "Dear parents,\n\nOur SATs information evening is on Tuesday 3 February at 5pm in the hall.\n\nMrs Walker"),
    ("parents/office_dinner_reminder.eml", "OFFICE", [("Mr and Mrs Roberts", "amy.roberts@gmail.com")], "School dinners",
     "Dear Mr and Mrs Roberts,\n\nDinner menus for spring are on the website.\n\nSchool Office"),
    ("parents/head_welcome.eml", "HEAD", [("Mrs Nguyen", "lauren.nguyen@gmail.com")], "Welcome",
     "Dear Mrs Nguyen,\n\nWelcome to Hawthorn Lane! We look forward to seeing you at the stay-and-play on Friday.\n\nDr Marsh"),
    ("parents/newsletter_bcc_all.eml", "OFFICE", ["OFFICE"], "Spring newsletter",
     f"Dear families,\n\nOur spring newsletter is on the website. Contact us on {SCHOOL_PHONE}.\n\n{SCHOOL_NAME}, {SCHOOL_ADDRESS}"),
    ("misc/calendar_dates.eml", "OFFICE", ["STAFFLIST"], "Key dates",
     "All,\n\nKey dates: 13 Feb half term, 23 Feb INSET, 2-6 March assessment week, 27 March Easter holidays begin.\n\nOffice"),
    ("misc/order_numbers.eml", "SBM", ["OFFICE"], "Deliveries this week",
     "Hi,\n\nExpecting deliveries for orders 4471-2209, 4471-2213 and PO-2026-0147.\n\nSunita"),
    ("misc/room_booking.eml", "EW", ["OFFICE"], "Room booking",
     "Hi, can I book the community room on Wednesday 10-12 for the parent coffee morning? Emma"),
    ("misc/careers_fair.eml", "SECONDARY", ["KW"], "Y6 transition day",
     "Dear Katie,\n\nOur Year 6 transition day is 2 July. Details and timings to follow.\n\nRoundhay Crest Academy"),
    ("misc/library_service.eml", "LIBRARY", ["OFFICE"], "Book box exchange",
     "Hello,\n\nYour next book box exchange is on 20 January.\n\nLeeds Libraries Schools Team, 0113 378 5005"),
    ("misc/dpo_newsletter.eml", "DPO", ["HEAD"], "DPO bulletin",
     "Dear Headteacher,\n\nThis term's bulletin covers retention schedules and subject access requests.\n\nSchools DPO Service"),
    ("misc/audit_visit.eml", "AUDIT", ["SBM"], "Audit visit",
     "Dear Sunita,\n\nWe will visit on 17 March to review purchasing controls.\n\nInternal Audit"),
    ("misc/police_assembly.eml", "POLICE", ["HEAD"], "Road safety assembly",
     "Dear Dr Marsh,\n\nI can deliver the road safety assembly on 4 February at 9:05.\n\nPCSO Dan Firth"),
    ("misc/supply_confirm.eml", "SUPPLY", ["DEP"], "Booking confirmed",
     "Hi Daniel,\n\nBooking confirmed for Monday 19 January, Year 4, 8:30 to 15:30.\n\nRed Kite Supply"),
    ("misc/music_service_invoice_portal.eml", "MUSIC", ["SBM"], "Spring instrumental tuition",
     "Dear Sunita,\n\nSpring term tuition: 3 groups, invoice via the usual portal.\n\nArtForms"),
]

HTML_BENIGN = [
    ("newsletters/html_only_newsletter.eml", "OFFICE", ["OFFICE"], "Hawthorn Lane News - January",
     "Dear families,\n\nHappy new year! Our Healthy Eating Week is 2-6 February.\n\nHawthorn Lane Primary School, "
     "14 Hawthorn Lane, Kirkby Moor, Leeds, LS17 9QT. Tel 0113 496 0123.", "only"),
    ("staff/html_alt_staff_bulletin.eml", "DEP", ["STAFFLIST"], "Staff bulletin week 3",
     "All,\n\nDuty rota attached to the noticeboard. Book the hall via the office.\n\nDaniel", True),
    ("governors/html_alt_agenda.eml", "CLERK", ["HEAD", "DEP"], "Agenda - resources committee",
     "Dear Helen, dear Daniel,\n\nThe agenda for the resources committee on 10 February is on GovernorHub.\n\nClerk", True),
]


def cases():
    C = []
    for path, frm, to, subj, text in BENIGN:
        kw = {}
        if path == "parents/newsletter_bcc_all.eml":
            kw["bcc"] = [(r["name"], r["email"]) for r in list(D.parents.values())[:45]
                         if r["email"].lower() not in D.staff]
        C.append(mk("negatives/" + path, frm, to, subj, text, action="DELIVER", **kw))
    for path, frm, to, subj, text, html in HTML_BENIGN:
        C.append(mk("negatives/" + path, frm, to, subj, text, html=html, action="DELIVER"))
    # benign attachments
    import docs
    C.append(mk("negatives/attachments/newsletter_pdf.eml", "OFFICE", ["OFFICE"], "Spring 1 newsletter",
                "Dear families,\n\nOur newsletter is attached.\n\nSchool Office", atts=[att_doc("newsletter_spring.pdf")],
                bcc=[(r["name"], r["email"]) for r in list(D.parents.values())[45:80] if r["email"].lower() not in D.staff],
                action="DELIVER"))
    C.append(mk("negatives/attachments/risk_assessment_docx.eml", "PE", ["HEAD"], "Risk assessment for sign-off",
                "Helen,\n\nRisk assessment for the Eureka trip attached for sign-off.\n\nPete",
                atts=[att_doc("risk_assessment_trip.docx")], action="DELIVER"))
    C.append(mk("negatives/attachments/minutes_odt.eml", "DEP", ["STAFFLIST"], "Minutes - staff meeting 14 January",
                "All,\n\nMinutes attached.\n\nDaniel", atts=[att_doc("minutes_staff_meeting.odt")], action="DELIVER"))
    C.append(mk("negatives/attachments/invoice_no_bank_pdf.eml", "STATIONERY", ["SBM"], "Invoice INV-20931",
                "Dear Sunita,\n\nPlease find our invoice attached.\n\nBrightspark Stationery Ltd",
                atts=[att_doc("invoice_INV-20931.pdf")], action="DELIVER"))
    C.append(mk("negatives/attachments/governors_presentation_pptx.eml", "HEAD", ["CHAIR", "GOV2", "CLERK"],
                "Slides for Tuesday", "Dear all,\n\nMy slides for Tuesday are attached.\n\nHelen",
                atts=[att_doc("governors_presentation.pptx")], action="DELIVER"))
    C.append(mk("negatives/attachments/governors_report_docx.eml", "HEAD", ["CLERK"], "Head's report",
                "Dear Clerk,\n\nMy report for the spring FGB is attached.\n\nHelen",
                atts=[att_doc("governors_report.docx")], action="DELIVER"))
    C.append(mk("negatives/attachments/trip_letter_rtf.eml", "PE", ["OFFICE"], "Trip letter to print",
                "Hi, could you print 30 copies of the attached? Pete",
                atts=[att_doc("trip_letter_y4.rtf")], action="DELIVER"))
    C.append(mk("negatives/attachments/lunch_menu_pdf.eml", "CATERING", ["OFFICE"], "Menu",
                "Hi,\n\nMenu attached.\n\nDales Kitchen", atts=[att_doc("lunch_menu.pdf")], action="DELIVER"))
    C.append(mk("negatives/attachments/cover_timetable_odt.eml", "DEP", ["SUPPLY"], "Cover timetable",
                "Hi,\n\nNext week's cover timetable is attached.\n\nDaniel",
                atts=[att_doc("cover_supervisor_timetable.odt")], action="DELIVER"))
    C.append(mk("negatives/attachments/ical_invite.eml", "DEP", ["KW", "MN"], "Invitation: moderation",
                "Moderation meeting, 4 March 15:45, library.", action="DELIVER",
                atts=[Part("text/calendar", crlf("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Hawthorn Lane//EN\nMETHOD:REQUEST\n"
                                                 "BEGIN:VEVENT\nUID:mod-20260304@hawthornlane.leeds.sch.uk\nDTSTAMP:20260105T090000Z\n"
                                                 "DTSTART:20260304T154500Z\nDTEND:20260304T163000Z\nSUMMARY:Writing moderation\n"
                                                 "LOCATION:Library\nEND:VEVENT\nEND:VCALENDAR\n").encode(),
                           charset="utf-8", params={"method": "REQUEST"}, disposition="attachment",
                           filename="invite.ics", cte="7bit", text="Writing moderation")]))
    return C
