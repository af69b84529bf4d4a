"""Office/PDF attachments made by LibreOffice, csv/txt, zip and nested zip, attached messages,
bulk personal data, password-protected and corrupt files."""
from common import *  # noqa: F401,F403
import docs

A = "attachments/"


def cases():
    C = []

    def add(path, frm, to, subject, text, atts, findings=(), flags=(), action=None, **kw):
        C.append(mk(A + path, frm, to, subject, text, atts=atts, findings=findings, flags=flags, action=action, **kw))

    BULK = {"BULK_PERSONAL_DATA"}
    CL = {"PUPIL_NAME", "UK_UPN", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER"}

    # ---------------------------------------------------------------- bulk class lists ---
    add("bulk/class_list_xlsx_internal.eml", "FC", ["MN"], "Y5 class list for your planning file",
        "Marta,\n\nUpdated class list attached.\n\nFiona", [att_doc("y5_class_list.xlsx")], CL, BULK, "DELIVER")
    add("bulk/class_list_xlsx_external.eml", "FC", ["OUTDOOR"], "Y5 class list for the booking",
        "Hello,\n\nAs requested, our Year 5 list for the booking.\n\nFiona Chen", [att_doc("y5_class_list.xlsx")], CL, BULK,
        "QUARANTINE")
    add("bulk/class_list_csv_external.eml", "FC", ["LAADM"], "Y5 data",
        "Hello,\n\nCSV export attached.\n\nFiona", [att_doc("y5_class_list.csv")], CL, BULK, "QUARANTINE")
    add("bulk/transition_ods_external.eml", "KW", ["SECONDARY"], "Y6 transition data",
        "Hi,\n\nOur Year 6 data for transition is attached.\n\nKatie Walker",
        [att_doc("y6_transition_data.ods")], {"PUPIL_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"}, BULK, "QUARANTINE")
    add("bulk/ten_dobs_csv_external_exactly_threshold.eml", "TH", [("Leeds Swimming", "schools.swimming@leeds.gov.uk")],
        "Y2 swimming names", "Hi,\n\nThe first ten swimmers with dates of birth.\n\nTom Hughes",
        [att_doc("y2_ten_dobs.csv")], {"PUPIL_NAME", "DATE_OF_BIRTH"}, BULK, "QUARANTINE")
    add("bulk/medical_register_docx_internal.eml", "SENCO", ["PE"], "Y4 medical register",
        "Pete,\n\nMedical register for the red folder attached.\n\nJames", [att_doc("medical_register.docx")],
        {"PUPIL_NAME", "DATE_OF_BIRTH", "HEALTH"}, BULK, "DELIVER")
    add("bulk/medical_register_docx_external.eml", "SENCO", ["NURSE"], "Y4 medical register",
        "Hello,\n\nOur Year 4 medical register attached ahead of the care plan reviews.\n\nJames",
        [att_doc("medical_register.docx")], {"PUPIL_NAME", "DATE_OF_BIRTH", "HEALTH"}, BULK, "QUARANTINE")
    add("bulk/payroll_xlsx_external.eml", "SBM", ["PAYROLL"], "January payroll changes",
        "Hello,\n\nJanuary changes attached.\n\nSunita", [att_doc("payroll_january.xlsx")],
        {"UK_NINO", "BANK_ACCOUNT"}, BULK, "QUARANTINE")
    add("bulk/payroll_csv_internal.eml", "SBM", ["HEAD"], "Payroll check",
        "Helen,\n\nPlease check and sign off.\n\nSunita", [att_doc("payroll_january.csv")],
        {"UK_NINO", "BANK_ACCOUNT"}, BULK, "QUARANTINE")
    zipped = make_zip([("Y5/y5_class_list.csv", DOCS.get("y5_class_list.csv"))])
    add("bulk/class_list_in_zip_external.eml", "FC", ["MUSIC"], "Y5 list (zipped)",
        "Hi,\n\nZipped list attached.\n\nFiona",
        [attachment("y5_list.zip", zipped, "application/zip", text=docs.TEXT["y5_class_list.csv"])], CL, BULK, "QUARANTINE")
    inner_msg = rfc822_bytes(frm=PEOPLE["FC"], to=[PEOPLE["KW"]], subject="Y6 data",
                             body=mixed(text_part("Katie, data attached.\n"), att_doc("y6_transition_data.ods")),
                             date=BASE_DATE, message_id="<bulkinner@hawthornlane.leeds.sch.uk>")
    add("bulk/class_list_in_attached_message.eml", "KW", ["SECONDARY"], "FW: Y6 data",
        "Hi, forwarding Fiona's email with the data.\n\nKatie",
        [attached_message(inner_msg, "Y6 data.eml", texts=docs.TEXT["y6_transition_data.ods"])],
        {"PUPIL_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"}, BULK, "QUARANTINE")
    # not bulk
    add("bulk/neg_nine_dobs_csv_external.eml", "TH", [("Leeds Swimming", "schools.swimming@leeds.gov.uk")],
        "Y2 swimming names", "Hi,\n\nNine swimmers with dates of birth.\n\nTom Hughes",
        [att_doc("y2_nine_dobs.csv")], {"PUPIL_NAME", "DATE_OF_BIRTH"}, (), "ENCRYPT", no_flags={"BULK_PERSONAL_DATA"})
    add("bulk/neg_eleven_rows_nine_people.eml", "LG", [("Leeds Swimming", "schools.swimming@leeds.gov.uk")],
        "Y3 swimming sessions", "Hi,\n\nSession list attached (two children swim twice).\n\nLaura",
        [att_doc("y3_swimming_rows_dupes.csv")], {"PUPIL_NAME", "DATE_OF_BIRTH"}, (), "ENCRYPT",
        no_flags={"BULK_PERSONAL_DATA"})
    add("bulk/neg_names_only_reading_groups.eml", "KW", ["LIBRARY"], "Reading groups",
        "Hello,\n\nOur reading groups for the library visit.\n\nKatie", [att_doc("y6_reading_groups.xlsx")],
        {"PUPIL_NAME"}, (), "DELIVER", no_flags={"BULK_PERSONAL_DATA"})
    add("bulk/sen_register_no_identifiers.eml", "SENCO", ["EP"], "Y3 SEN register",
        "Dear Sarah,\n\nThe Year 3 register for our planning meeting.\n\nJames", [att_doc("sen_register_y3.xlsx")],
        {"PUPIL_NAME", "SEN"}, ("BULK_PERSONAL_DATA",), "QUARANTINE",
        note="12 named pupils with their SEN needs: special-category data about 12 people is bulk (README)")

    # ---------------------------------------------------------------- single documents ---
    add("docs/ehcp_review_docx_to_ep.eml", "SENCO", ["EP"], "EHCP annual review - paperwork",
        "Dear Sarah,\n\nThe annual review paperwork is attached.\n\nJames", [att_doc("ehcp_review_archie.docx")],
        {"PUPIL_NAME", "DATE_OF_BIRTH", "UK_UPN", "SEN"}, (), "ENCRYPT")
    add("docs/ehcp_review_odt_internal.eml", "SENCO", ["KW"], "EHCP review - for the file",
        "Katie,\n\nFor the class file.\n\nJames", [att_doc("ehcp_review_archie.odt")],
        {"PUPIL_NAME", "DATE_OF_BIRTH", "UK_UPN", "SEN"}, (), "DELIVER")
    add("docs/referral_pdf_front_door.eml", "DSL", ["FRONTDOOR"], "Referral form",
        "Hello,\n\nReferral form attached following my call.\n\nRukhsana Ahmed\nDSL", [att_doc("referral_zoe.pdf")],
        {"PUPIL_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "SAFEGUARDING"}, (), "ENCRYPT")
    add("docs/nurse_letter_pdf_forwarded_internal.eml", "SENCO", ["KW", "OFFICE"], "FW: care plan",
        "Katie, Office - letter from the school nurse attached.\n\nJames", [att_doc("school_nurse_letter.pdf")],
        {"PUPIL_NAME", "DATE_OF_BIRTH", "UK_NHS_NUMBER", "HEALTH"}, (), "DELIVER")
    add("docs/admission_form_odt_to_la.eml", "ADM", ["LAADM"], "In-year admission",
        "Hello,\n\nCompleted in-year admission form attached.\n\nAdmissions", [att_doc("admission_form_hope.odt")],
        {"PUPIL_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER"}, (), "ENCRYPT")
    add("docs/apprentice_record_docx.eml", "SBM", [("Leeds City College Apprenticeships", "apprenticeships@leedscitycollege.ac.uk")],
        "Apprenticeship record", "Hello,\n\nBen's record attached.\n\nSunita", [att_doc("apprentice_record.docx")],
        {"UK_ULN"}, (), "ENCRYPT")
    add("docs/job_application_docx_to_governor.eml", "HEAD", ["GOV2"], "Shortlisting",
        "Raj,\n\nOne application for shortlisting attached.\n\nHelen", [att_doc("job_application_form.docx")],
        {"POSTAL_ADDRESS", "PHONE_NUMBER", "UK_NINO"}, (), "ENCRYPT")
    add("docs/provision_map_pptx_internal.eml", "SENCO", ["KW"], "Provision map",
        "Katie,\n\nY6 provision map attached.\n\nJames", [att_doc("provision_map_y6.pptx")],
        {"PUPIL_NAME", "SEN"}, (), "DELIVER")
    add("docs/provision_map_pptx_external.eml", "SENCO", ["SECONDARY"], "Provision map for transition",
        "Hi,\n\nOur Y6 provision map attached.\n\nJames", [att_doc("provision_map_y6.pptx")],
        {"PUPIL_NAME", "SEN"}, (), "ENCRYPT")
    add("docs/report_comments_rtf.eml", "MN", ["HEAD"], "Draft report comments",
        "Helen,\n\nDraft comments for Year 5 attached.\n\nMarta", [att_doc("report_comments_y5.rtf")],
        {"PUPIL_NAME"}, (), "DELIVER")
    add("docs/trip_medical_odt_external.eml", "PE", [("Eureka! Schools", "schools@eureka.org.uk")], "Medical info for 12 March",
        "Hello,\n\nMedical and contact information for our visit attached.\n\nPeter Evans", [att_doc("trip_medical_y4.odt")],
        {"PUPIL_NAME", "HEALTH", "PHONE_NUMBER"}, (), "ENCRYPT")
    add("docs/supplier_invoice_with_bank_pdf.eml", "SBM", ["LAFIN"], "Invoice INV-20988 for payment",
        "Hi,\n\nPlease pay the attached invoice.\n\nSunita", [att_doc("invoice_INV-20988_bank.pdf")],
        {"BANK_ACCOUNT"}, (), "QUARANTINE")
    add("docs/trip_letter_docx_to_parents_bcc.eml", "PE", ["PE"], "Eureka! trip letter",
        "Dear parents,\n\nPlease see the attached letter.\n\nMr Evans", [att_doc("trip_letter_y4.docx")],
        (), (), "QUARANTINE", bcc=[parent_of("Dylan Jackson"), parent_of("Rory García")])

    # ---------------------------------------------------------------- csv / txt ----------
    add("text/csv_parent_phones.eml", "OFFICE", ["COACH"], "Emergency contacts for the trip",
        "Hi,\n\nEmergency contacts for the driver.\n\nOffice",
        [att_text("contacts.csv", "Contact,Phone\nMr Jackson,07700 900231\nMrs García,07700 900846\nGran (Hall),0113 496 0552\n",
                  "text/csv")], {"PHONE_NUMBER"}, (), "ENCRYPT")
    add("text/txt_nino_attachment.eml", "SUPPLY", ["SBM"], "Teacher details",
        "Hi Sunita,\n\nDetails attached.\n\nRed Kite Supply",
        [att_text("teacher_details.txt", "Name: Katherine Lowe\nNI number: JL654012C\nDBS: on update service\n")],
        {"UK_NINO"}, (), "DELIVER")
    add("text/txt_latin1_attachment_benign.eml", "HG", ["STAFFLIST"], "Song words",
        "All, song words for Friday attached.\n\nHugo",
        [att_text("chanson.txt", "Frère Jacques, dormez-vous ? Sonnez les matines.\n", charset="iso-8859-1")],
        (), (), "DELIVER")
    add("text/csv_order_list_benign.eml", "SBM", ["STATIONERY"], "Order list",
        "Hi,\n\nOrder list attached.\n\nSunita",
        [att_text("order.csv", "Item,Qty,Code\nGlue sticks,40,GS-22\nExercise books A4,10,EB-4A\n", "text/csv")],
        (), (), "DELIVER")

    # ---------------------------------------------------------------- zip ----------------
    nested = make_zip([("referral/referral_zoe.pdf", DOCS.get("referral_zoe.pdf"))])
    outer = make_zip([("README.txt", b"Papers for the strategy meeting.\r\n"), ("papers.zip", nested)])
    add("zip/nested_zip_referral.eml", "DSL", ["SW"], "Strategy meeting papers",
        "Jo,\n\nPapers zipped as discussed.\n\nRukhsana",
        [attachment("strategy_papers.zip", outer, "application/zip", text=docs.TEXT["referral_zoe.pdf"])],
        {"PUPIL_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "SAFEGUARDING"}, (), "ENCRYPT")
    z = make_zip([("minutes.odt", DOCS.get("minutes_staff_meeting.odt")), ("menu.pdf", DOCS.get("lunch_menu.pdf"))])
    add("zip/zip_benign_documents.eml", "DEP", ["STAFFLIST"], "Papers for Monday",
        "All,\n\nPapers for Monday zipped.\n\nDaniel",
        [attachment("monday.zip", z, "application/zip",
                    text=docs.TEXT["minutes_staff_meeting.odt"] + docs.TEXT["lunch_menu.pdf"])], (), (), "DELIVER")
    z = make_zip([("nurse_letter.pdf", DOCS.get("school_nurse_letter.pdf"))])
    add("zip/zip_with_health_pdf_external.eml", "OFFICE", ["OUTDOOR"], "Care plan for the residential",
        "Hello,\n\nCare plan attached (zipped).\n\nOffice",
        [attachment("care_plan.zip", z, "application/zip", text=docs.TEXT["school_nurse_letter.pdf"])],
        {"PUPIL_NAME", "DATE_OF_BIRTH", "UK_NHS_NUMBER", "HEALTH"}, (), "ENCRYPT")

    # ---------------------------------------------------------------- unreadable ---------
    add("unreadable/encrypted_zip_benign_body.eml", "SENCO", ["SECONDARY"], "SATs access arrangements",
        "Hi,\n\nThe access arrangements file is attached as a password-protected zip; password to follow separately.\n\nJames",
        [attachment("y6_sats_access.zip", DOCS.get("y6_sats_access.zip"), "application/zip")], (), (), "DELIVER",
        note="contents unreadable: labelled by the rest of the message")
    add("unreadable/encrypted_zip_with_dob_in_body.eml", "SENCO", ["SECONDARY"], "Access arrangements - one more",
        f"Hi,\n\nOne more to add to the encrypted file: Poppy Brown, DOB {dob_uk(D.pupil('Poppy Brown'))}.\n\nJames",
        [attachment("y6_sats_access.zip", DOCS.get("y6_sats_access.zip"), "application/zip")],
        {"PUPIL_NAME", "DATE_OF_BIRTH"}, (), "ENCRYPT")
    add("unreadable/encrypted_pdf_benign_body.eml", "KW", ["OUTDOOR"], "One-page profile",
        "Hello,\n\nA one-page profile for the residential is attached; it is password protected (password by phone).\n\nKatie Walker",
        [att_doc("pupil_passport_theo.pdf")], (), (), "DELIVER")
    add("unreadable/corrupt_pdf_menu.eml", "CATERING", ["OFFICE"], "Summer menu",
        "Hi,\n\nSummer menu attached.\n\nDales Kitchen", [att_doc("menu_corrupt.pdf")], (), (), "DELIVER")
    add("unreadable/corrupt_pdf_with_phone_in_body.eml", "OFFICE", ["CATERING"], "Re: Summer menu",
        "Hi,\n\nThe PDF won't open - could you resend? Or call me on my mobile 07700 900455.\n\nOffice" +
        gmail_quote("Fri, 16 Jan 2026 at 09:00", "Dales Kitchen", "orders@daleskitchen.co.uk", "Summer menu attached."),
        [att_doc("menu_corrupt.pdf")], {"PHONE_NUMBER"}, (), "ENCRYPT")
    return C
