"""Personal identifiers: DOB, address, phone, UPN, ULN, NHS number, NINO, pupil names."""
from common import *  # noqa: F401,F403


def cases():
    C = []
    P = "personal/"

    def add(path, frm, to, subject, text, findings=(), action=None, **kw):
        C.append(mk(P + path, frm, to, subject, text, findings=findings, action=action, **kw))

    # ---------------------------------------------------------------- DATE_OF_BIRTH ------
    ak = D.pupil("Amelia Khan")
    ev = D.pupil("Evie Wilson")
    add("dob/dob_slash_to_la_external.eml", "ADM", ["LAADM"], "In-year transfer - Amelia Khan",
        f"Hello,\n\nAmelia Khan, DOB: {dob_uk(ak)}, is transferring to us from Moortown Primary.\n\nAdmissions\n{SCHOOL_NAME}",
        {"PUPIL_NAME", "DATE_OF_BIRTH"}, "ENCRYPT")
    add("dob/born_on_ordinal_internal.eml", "ADM", ["CR"], "New starter in Reception",
        "Claire,\n\nA new starter for you: a little girl called Martha, born on 3rd March 2021, joining after half term.\n\nAdmissions",
        {"DATE_OF_BIRTH"}, "DELIVER")
    add("dob/date_of_birth_iso_external.eml", "FC", ["SECONDARY"], "CTF query",
        f"Hi,\n\nThe CTF for Tom Wright shows date of birth {D.pupil('Tom Wright')['date_of_birth']}. Can you confirm you have the same?\n\nFiona Chen\nData Manager",
        {"PUPIL_NAME", "DATE_OF_BIRTH"}, "ENCRYPT")
    add("dob/dob_dots_two_digit_year.eml", "NH", ["SENCO"], "Assessment form",
        "James,\n\nForm filled in for the new boy - d.o.b. 14.05.16 - he starts in Y5 on Monday.\n\nNadia",
        {"DATE_OF_BIRTH"}, "DELIVER")
    add("dob/roster_dob_next_to_name_no_keyword.eml", "KW", ["SECONDARY"], "Y6 transfer list - late addition",
        f"Hi,\n\nOne late addition to our list:\nGeorge Rivers  {dob_uk(D.pupil('George Rivers'))}\n\nKatie Walker",
        {"PUPIL_NAME", "DATE_OF_BIRTH"}, "ENCRYPT")
    add("dob/long_form_born.eml", "OFFICE", ["MUSIC"], "Instrument hire form",
        f"Hello,\n\nThe hire form for Evie Wilson: born {dob_uk(ev, 'long')}, Year 1. Parent will pay termly.\n\nSchool Office",
        {"PUPIL_NAME", "DATE_OF_BIRTH"}, "ENCRYPT")
    add("dob/dob_dash_format.eml", "EW", ["LAEDU"], "Attendance referral paperwork",
        "Hi,\n\nFor the family we discussed: eldest child DOB 21-06-2014, currently at Roundhay Crest.\n\nEmma Wood\nFamily Support Worker",
        {"DATE_OF_BIRTH"}, "ENCRYPT")
    add("dob/staff_dob_hr.eml", "SBM", ["PAYROLL"], "New starter - Grace Lee",
        "Hello,\n\nNew starter details for our TA Grace Lee: date of birth 7 August 1994, start date 5 January 2026.\n\nSunita Patel",
        {"DATE_OF_BIRTH"}, "ENCRYPT")
    add("dob/short_month.eml", "OFFICE", ["PHOTO"], "Sibling photo booking",
        "Hi,\n\nBooking for a sibling photo: younger child is not at school yet (DOB 4 Sep 2023).\n\nOffice",
        {"DATE_OF_BIRTH"}, "ENCRYPT")
    add("dob/us_style_birthdate_label.eml", "FC", ["HEAD"], "Data check",
        f"Helen,\n\nArbor has Archie Davies's birthdate as {dob_uk(D.pupil('Archie Davies'), 'ordinal')}. That's right.\n\nFiona",
        {"PUPIL_NAME", "DATE_OF_BIRTH"}, "DELIVER")
    # negatives
    add("dob/neg_meeting_date.eml", "SENCO", ["EP"], "Planning meeting 14/05/2026",
        "Dear Sarah,\n\nCan we meet on 14/05/2026 at 1:30 to plan the summer term visits?\n\nJames Fletcher\nSENCo",
        (), "DELIVER")
    add("dob/neg_deadline_and_term_dates.eml", "OFFICE", ["STAFFLIST"], "Term dates 2026-27",
        "All,\n\nAutumn term starts 2 September 2026 and ends 18 December 2026. Reports deadline is 3 July 2026.\n\nOffice",
        (), "DELIVER")
    add("dob/neg_birthday_cake_no_date.eml", "CR", ["AB"], "Birthday cakes",
        "Aisha, reminder that we don't allow birthday cakes in class any more - stickers instead!\n\nClaire",
        (), "DELIVER")
    add("dob/neg_school_founded.eml", "HEAD", ["CHAIR"], "Anniversary",
        "Margaret,\n\nThe school was opened on 14 September 1976, so we turn 50 this year. Ideas welcome!\n\nHelen",
        (), "DELIVER")
    add("dob/neg_roster_name_with_event_date.eml", "OS", ["KW"], "Cross-country",
        "Katie,\n\nHolly White ran brilliantly at the cross-country on 17/01/2026.\n\nOwen",
        {"PUPIL_NAME"}, "DELIVER")

    # ---------------------------------------------------------------- POSTAL_ADDRESS -----
    add("address/home_address_to_taxi_external.eml", "SENCO", [("Leeds Passenger Transport", "passenger.transport@leeds.gov.uk")],
        "Home to school transport",
        "Hello,\n\nPlease collect Kacper from his home at 27 Moorland Crescent, Leeds LS17 6DT from Monday.\n\nJames Fletcher\nSENCo",
        {"POSTAL_ADDRESS"}, "ENCRYPT")
    add("address/new_address_internal.eml", "OFFICE", ["FC"], "Change of address",
        f"Fiona,\n\nRosie Lee's family have moved: new address 5 Birch Grove, Leeds LS17 5JQ. Please update Arbor.\n\nOffice",
        {"PUPIL_NAME", "POSTAL_ADDRESS"}, "DELIVER")
    add("address/multiline_address.eml", "EW", ["SW"], "Home visit",
        "Jo,\n\nHome visit confirmed for Thursday at:\n\nFlat 3\n41 Stonegate Road\nLeeds\nLS6 4EW\n\nEmma",
        {"POSTAL_ADDRESS"}, "ENCRYPT")
    add("address/postcode_lowercase.eml", "OFFICE", ["COACH"], "Pick-up point for a pupil",
        "Hi,\n\nOne family has asked for a stop outside their house, 88 king lane, leeds ls17 5du, if possible.\n\nOffice",
        {"POSTAL_ADDRESS"}, "ENCRYPT")
    add("address/staff_home_address.eml", "SBM", ["PAYROLL"], "Change of address - Ben Thompson",
        "Hello,\n\nBen Thompson has moved to 14 Cranmer Rise, Leeds LS17 5LU with effect from 1 February.\n\nSunita",
        {"POSTAL_ADDRESS"}, "ENCRYPT")
    # negatives
    add("address/neg_school_address_letter.eml", "OFFICE", ["LIBRARY"], "Book box return",
        f"Hello,\n\nPlease collect the book boxes from {SCHOOL_NAME}, {SCHOOL_ADDRESS}.\n\nSchool Office",
        (), "DELIVER")
    add("address/neg_organisation_addresses.eml", "DEP", ["STAFFLIST"], "Course venues",
        "All,\n\nSpring courses are at Leeds City Council, Merrion House, 110 Merrion Centre, Leeds LS2 8BB, and the "
        "Thorpe Park Hotel, Century Way, Leeds LS15 8ZB.\n\nDaniel", (), "DELIVER")
    add("address/neg_supplier_address_signature.eml", "UNIFORM", ["SBM"], "Uniform order confirmed",
        "Dear Sunita,\n\nYour order SO-88412 has been dispatched.\n\nKirkby Moor Schoolwear\nUnit 2, Moor Road Trading Estate, Leeds LS17 9QE\nTel 0113 496 0870",
        (), "DELIVER")
    add("address/neg_trip_venue.eml", "PE", ["KW"], "Eureka address",
        "Katie,\n\nFor the coach company: Eureka! The National Children's Museum, Discovery Road, Halifax HX1 2NE.\n\nPete",
        (), "DELIVER")

    # ---------------------------------------------------------------- PHONE_NUMBER -------
    add("phone/mum_mobile_internal.eml", "OFFICE", ["KW"], "Message for Katie",
        "Katie,\n\nJack Baker's mum called - can you ring her back on her mobile 07700 900418 before 5?\n\nOffice",
        {"PUPIL_NAME", "PHONE_NUMBER"}, "DELIVER")
    add("phone/intl_format_external.eml", "EW", ["SW"], "Contact for the family",
        "Jo,\n\nThe best number for dad is +44 7700 900275 (mornings).\n\nEmma Wood",
        {"PHONE_NUMBER"}, "ENCRYPT")
    add("phone/family_landline.eml", "ADM", ["LAADM"], "Contact details",
        "Hello,\n\nThe family's home landline is 0113 496 0458; they have no mobile.\n\nAdmissions",
        {"PHONE_NUMBER"}, "ENCRYPT")
    add("phone/manchester_landline_gran.eml", "OFFICE", ["HEAD"], "Emergency contact update",
        "Helen,\n\nNew emergency contact for the Rivers family: grandma in Manchester, 0161 496 0732.\n\nOffice",
        {"PHONE_NUMBER"}, "DELIVER")
    add("phone/london_number_dad.eml", "DSL", ["SW"], "Father's contact",
        "Jo,\n\nDad is working in London; his number is 020 7946 0381.\n\nRukhsana",
        {"PHONE_NUMBER"}, "ENCRYPT")
    add("phone/no_spaces_mobile.eml", "TH", ["BT"], "cover tomorrow",
        "Ben, if you're not in tomorrow text me on 07700900562 so I can sort cover. Tom",
        {"PHONE_NUMBER"}, "DELIVER")
    add("phone/drama_01632.eml", "SBM", ["SUPPLY"], "Supply teacher contact",
        "Hello,\n\nThe supply teacher asked us to use her personal number, 01632 960 214, for bookings.\n\nSunita",
        {"PHONE_NUMBER"}, "ENCRYPT")
    # negatives
    add("phone/neg_school_number.eml", "OFFICE", ["CATERING"], "Delivery access",
        f"Hi,\n\nPlease ring the office on {SCHOOL_PHONE} when you arrive and we'll open the gate.\n\nSchool Office",
        (), "DELIVER")
    add("phone/neg_helplines.eml", "DSL", ["STAFFLIST"], "Half-term wellbeing",
        "All,\n\nIf you need support over half term: Education Support helpline 08000 562 561, Samaritans 116 123.\n\nRukhsana",
        (), "DELIVER")
    add("phone/neg_org_number.eml", "SENCO", ["KW"], "SALT service",
        "Katie,\n\nThe speech and language therapy service's admin line is 0113 496 0900 - they'll book the assessment.\n\nJames",
        (), "DELIVER")
    add("phone/neg_order_and_dates.eml", "SBM", ["STATIONERY"], "Order 0113 4960 / invoice",
        "Hi,\n\nOur order number is 01134960 and the invoice date is 12/01/2026. Account ref 7700900.\n\nSunita",
        (), "DELIVER")

    # ---------------------------------------------------------------- UK_UPN -------------
    tw = D.pupil("Tom Wright")
    add("upn/upn_in_ctf_email.eml", "FC", ["SECONDARY"], "CTF sent",
        f"Hi,\n\nThe CTF for UPN {tw['upn']} has been uploaded to S2S.\n\nFiona Chen",
        {"UK_UPN"}, "ENCRYPT")
    add("upn/upn_with_name_internal.eml", "FC", ["HEAD"], "Duplicate record",
        f"Helen,\n\nThere's a duplicate record for Siobhán Murphy (UPN {D.pupil('Siobhán Murphy')['upn']}). I'll merge it.\n\nFiona",
        {"PUPIL_NAME", "UK_UPN"}, "DELIVER")
    add("upn/upn_lowercase.eml", "FC", ["LAADM"], "UPN check",
        f"Hello,\n\nCan you check upn {D.pupil('Mia Baker')['upn'].lower()} on Key to Success? It doesn't match.\n\nFiona",
        {"UK_UPN"}, "ENCRYPT")
    new_upn = make_upn("383214726127")
    add("upn/generated_new_upn.eml", "FC", ["ADM"], "New UPN issued",
        f"Hi,\n\nThe new starter's UPN is {new_upn}.\n\nFiona", {"UK_UPN"}, "DELIVER")
    bad = new_upn[0]
    bad = UPN_LETTERS[(UPN_LETTERS.index(bad) + 1) % 23] + new_upn[1:]
    assert not upn_valid(bad)
    add("upn/neg_upn_bad_check_letter.eml", "FC", ["LAADM"], "Rejected record",
        f"Hello,\n\nKey to Success rejected the reference {bad} - probably a typo in the check letter.\n\nFiona",
        (), "DELIVER")
    ref = "B202601150731"
    assert not upn_valid(ref)
    add("upn/neg_booking_reference.eml", "OFFICE", ["OUTDOOR"], "Booking ref",
        f"Hi,\n\nOur booking reference is {ref}.\n\nOffice", (), "DELIVER")
    add("upn/neg_13_digit_barcode.eml", "SBM", ["STATIONERY"], "Barcode",
        "Hi,\n\nThe barcode on the box is 5012345678900 - wrong product.\n\nSunita", (), "DELIVER")

    # ---------------------------------------------------------------- UK_ULN -------------
    uln1 = make_uln("401823957")
    add("uln/apprentice_uln_external.eml", "SBM", [("Leeds City College Apprenticeships", "apprenticeships@leedscitycollege.ac.uk")],
        "Apprentice registration", f"Hello,\n\nBen Thompson's ULN is {uln1}.\n\nSunita Patel", {"UK_ULN"}, "ENCRYPT")
    uln2 = make_uln("628104736")
    add("uln/uln_internal.eml", "FC", ["SBM"], "ULN for Nadia's HLTA course",
        f"Sunita,\n\nNadia's Unique Learner Number: {uln2}.\n\nFiona", {"UK_ULN"}, "DELIVER")
    uln3 = make_uln("513902847")
    add("uln/uln_spaced_label.eml", "FC", ["SECONDARY"], "Learner record",
        f"Hi,\n\nFor the learner record service: ULN {uln3}.\n\nFiona", {"UK_ULN"}, "ENCRYPT")
    badu = uln1[:9] + str((int(uln1[9]) + 3) % 10)
    assert not uln_valid(badu)
    add("uln/neg_bad_check_digit.eml", "FC", ["SBM"], "ULN typo?",
        f"Sunita,\n\nThe college says ULN {badu} is not valid - can you recheck Ben's letter?\n\nFiona", (), "DELIVER")
    add("uln/neg_ten_digit_invoice.eml", "SBM", ["CATERING"], "Payment",
        "Hi,\n\nPaid today, our payment reference 4018239570.\n\nSunita", (), "DELIVER")

    # ---------------------------------------------------------------- UK_NHS_NUMBER ------
    n1 = make_nhs("461739250")
    add("nhs/nhs_number_with_context_external.eml", "SENCO", ["NURSE"], "Referral",
        f"Hello,\n\nReferral for Ivy Wright, NHS number {fmt_nhs(n1)}, for a hearing test.\n\nJames Fletcher",
        {"PUPIL_NAME", "UK_NHS_NUMBER"}, "ENCRYPT")
    n2 = make_nhs("702819340")
    add("nhs/nhs_no_unspaced_internal.eml", "OFFICE", ["SENCO"], "GP letter",
        f"James,\n\nThe GP letter gives the NHS no. {n2}. Copy on file.\n\nOffice", {"UK_NHS_NUMBER"}, "DELIVER")
    n3 = make_nhs("329418570")
    add("nhs/northern_ireland_range.eml", "ADM", ["NURSE"], "New arrival from Belfast",
        f"Hello,\n\nOur new pupil's health record from Northern Ireland: health and care number {fmt_nhs(n3)}.\n\nAdmissions",
        {"UK_NHS_NUMBER"}, "ENCRYPT")
    n4 = make_nhs("120578390")
    add("nhs/scotland_chi.eml", "ADM", ["NURSE"], "Transfer from Edinburgh",
        f"Hello,\n\nShe has moved from Edinburgh; her CHI number (NHS Scotland) is {n4}.\n\nAdmissions",
        {"UK_NHS_NUMBER"}, "ENCRYPT")
    n5 = make_nhs("604172390")
    add("nhs/nhs_dashes_medical_form.eml", "EW", ["GP"], "Medical form",
        f"Hello,\n\nFor the medical form, NHS number {n5[:3]}-{n5[3:6]}-{n5[6:]}.\n\nEmma Wood", {"UK_NHS_NUMBER"}, "ENCRYPT")
    # negatives
    add("nhs/neg_no_context.eml", "SBM", ["STATIONERY"], "Reference",
        f"Hi,\n\nOur customer reference is {fmt_nhs(n5)}.\n\nSunita", (), "DELIVER")
    bad_nhs = "4617392506"
    assert not nhs_mod11_ok(bad_nhs)
    add("nhs/neg_fails_mod11.eml", "OFFICE", ["NURSE"], "NHS number query",
        f"Hello,\n\nThe NHS number on the form, {fmt_nhs(bad_nhs)}, is rejected by your system - we'll ask the parent again.\n\nOffice",
        (), "DELIVER")
    r5 = make_nhs("555123450")
    assert nhs_mod11_ok(r5) and not nhs_issued_range(r5)
    add("nhs/neg_reserved_500_range.eml", "SENCO", ["NURSE"], "Training system",
        f"Hello,\n\nFor the training session we'll use the dummy NHS number {fmt_nhs(r5)} from your slides.\n\nJames",
        (), "DELIVER")
    add("nhs/neg_famous_test_number_9xx.eml", "IM", ["ITSUPPORT"], "Test patient record",
        "Hi,\n\nThe health app demo uses NHS number 943 476 5919 for its test patient.\n\nIan", (), "DELIVER")

    # ---------------------------------------------------------------- UK_NINO ------------
    add("nino/nino_to_payroll.eml", "SBM", ["PAYROLL"], "New starter - NI number",
        "Hello,\n\nNadia Hall's National Insurance number is JT 48 29 16 B.\n\nSunita", {"UK_NINO"}, "ENCRYPT")
    add("nino/nino_compact_internal.eml", "SBM", ["HEAD"], "Pension form",
        "Helen,\n\nYour pension form needs your NI number - I have SW193847C on file, is that still right?\n\nSunita",
        {"UK_NINO"}, "DELIVER")
    add("nino/nino_lower_case.eml", "SUPPLY", ["SBM"], "Supply teacher details",
        "Hi Sunita,\n\nNI no. for Mrs Lowe is hk 62 73 91 a.\n\nRed Kite Supply", {"UK_NINO"}, "DELIVER")
    add("nino/neg_hmrc_example.eml", "SBM", ["STAFFLIST"], "P60 guidance",
        "All,\n\nYour NI number looks like QQ 12 34 56 A (that's HMRC's example, not a real one).\n\nSunita", (), "DELIVER")
    add("nino/neg_invalid_prefixes.eml", "SBM", ["PAYROLL"], "Rejected NI numbers",
        "Hello,\n\nThe import rejected TN 31 12 58 M (temporary), GB 12 34 56 A and DA 12 34 56 B.\n\nSunita",
        (), "DELIVER")

    # ---------------------------------------------------------------- PUPIL_NAME ---------
    add("names/accented_full_name.eml", "LG", ["KW"], "Zoë Clarke's book",
        "Katie,\n\nZoë Clarke left her reading book in my room.\n\nLaura", {"PUPIL_NAME"}, "DELIVER")
    add("names/accent_dropped.eml", "MN", ["EP"], "Observation",
        "Dear Sarah,\n\nThank you for observing Siobhan Murphy's group on Tuesday - notes to follow.\n\nMarta",
        {"PUPIL_NAME"}, "DELIVER")
    add("names/possessive.eml", "CR", ["OFFICE"], "Coat",
        "Summer Clarke's coat is in the Reception cloakroom.\n\nClaire", {"PUPIL_NAME"}, "DELIVER")
    add("names/upper_case.eml", "OS", ["KW"], "TEAM SHEET",
        "Katie,\n\nTEAM: HOLLY WHITE, JACK TAYLOR, NOAH YOUNG.\n\nOwen", {"PUPIL_NAME"}, "DELIVER")
    add("names/surname_comma_forename_table.eml", "FC", ["KW"], "Y6 groups",
        "Katie,\n\nSurname, Forename\tGroup\nYoung, Noah\tA\nHill, Sophia\tB\n\nFiona", {"PUPIL_NAME"}, "DELIVER")
    add("names/split_across_line.eml", "GL", ["CR"], "Lunch today",
        "Claire, at lunch today Precious\nBrook shared her crisps with everyone.\nGrace", {"PUPIL_NAME"}, "DELIVER")
    add("names/preferred_name.eml", "NH", ["KW"], "Teddy",
        "Katie,\n\nTeddy García did brilliantly in the spelling test.\n\nNadia", {"PUPIL_NAME"}, "DELIVER")
    add("names/ordinary_word_forename_full.eml", "AB", ["CR"], "Sports day teams",
        "Claire,\n\nI've put Will Brook and Hope Lee in the red team.\n\nAisha", {"PUPIL_NAME"}, "DELIVER")
    add("names/irish_surname_accents.eml", "CR", ["OFFICE"], "Kai's jumper",
        "Kai Ó Súilleabháin has gone home in the wrong jumper.\n\nClaire", {"PUPIL_NAME"}, "DELIVER")
    add("names/hyphenated_surname.eml", "KW", ["MN"], "Buddy reading",
        "Marta,\n\nChloé Fitzgerald-Hughes will buddy read with Will Fitzgerald-Hughes on Friday.\n\nKatie",
        {"PUPIL_NAME"}, "DELIVER")
    add("names/name_in_subject_only.eml", "OFFICE", ["MN"], "Amber Khan - collected early", "See subject. Office",
        {"PUPIL_NAME"}, "DELIVER")
    # negatives
    add("names/neg_ordinary_words_alone.eml", "OFFICE", ["STAFFLIST"], "Summer term fair",
        "All,\n\nWill you help at the summer term fair? We hope for sunshine; Grace in the office has the rota. "
        "Joy all round!\n\nOffice", (), "DELIVER")
    add("names/neg_surnames_only.eml", "HEAD", ["DEP"], "Families to call",
        "Daniel,\n\nCould you call the Clarkes and Mrs Khan about the trip?\n\nHelen", (), "DELIVER")
    add("names/neg_staff_share_surnames.eml", "DEP", ["STAFFLIST"], "Cover",
        "All,\n\nGrace Lee will cover Year 1 on Tuesday; Aisha Begum is on a course; Laura Green has Y3 PPA.\n\nDaniel",
        (), "DELIVER")
    add("names/neg_forename_only.eml", "CR", ["AB"], "Zoë",
        "Aisha, Zoë was brilliant in assembly. Claire", (), "DELIVER")
    add("names/neg_parent_names.eml", "OFFICE", ["HEAD"], "PTA chairs",
        "Helen,\n\nThe new PTA chairs are Amy Roberts and Mark Roberts.\n\nOffice", (), "DELIVER")
    return C
