"""Rule flags: size, executables, exposed recipients, parent/pupil contact, SENSITIVE marking,
offensive language."""
from common import *  # noqa: F401,F403
import docs


def parents_list(n, start=0, skip_staff=True):
    out = []
    for r in list(D.parents.values())[start:]:
        if r["email"].lower() in D.staff:
            continue
        out.append((r["name"], r["email"]))
        if len(out) == n:
            break
    return out


def cases():
    C = []
    R = "rules/"

    # ------------------------------------------------------------------ size -------------
    C.append(mk(R + "size/single_photo_just_over_limit.eml", "OFFICE", ["PHOTO"],
                "Class photo proofs - Year 3 (high resolution)",
                "Hello,\n\nPlease find attached the high resolution scan of the Year 3 group photo for "
                "retouching, as discussed on the phone.\n\nMany thanks,\n\n" + sig("OFFICE"),
                atts=[attachment("Y3_group_scan.png", png_exact(2_097_153, 1), "image/png")],
                flags=(), action="REJECT"))
    C.append(mk(R + "size/single_photo_exactly_2MiB.eml", "OFFICE", ["PHOTO"],
                "Class photo proofs - Year 2 (high resolution)",
                "Hello,\n\nAttached is the Year 2 group photo scan (exactly 2 MiB - our copier's maximum).\n\n"
                "Thanks,\n\n" + sig("OFFICE"),
                atts=[attachment("Y2_group_scan.png", png_exact(2_097_152, 2), "image/png")],
                action="DELIVER", no_flags={"ATTACHMENT_TOO_LARGE"}))
    C.append(mk(R + "size/one_point_nine_MiB_base64_over_limit_encoded.eml", "HEAD", ["CHAIR"],
                "Scanned site plan for the premises committee",
                "Dear Margaret,\n\nThe architect's site plan for the new canopy is attached (1.9 MB scan). "
                "We can discuss it at the premises committee on Tuesday.\n\nBest wishes,\nHelen\n\n" + sig("HEAD"),
                atts=[attachment("canopy_site_plan.png", png_exact(1_992_295, 3), "image/png")],
                action="DELIVER", no_flags={"ATTACHMENT_TOO_LARGE"}))
    three = [attachment(f"sports_day_{i}.png", png_exact(699_051 + (1 if i == 0 else 0), 10 + i), "image/png")
             for i in range(3)]
    C.append(mk(R + "size/three_photos_add_up_over_limit.eml", "OS", ["KW", "MN", "PE"],
                "Sports day photos for the newsletter",
                "Hi all,\n\nThree of the sports day photos for the newsletter - each one is under a megabyte "
                "so hopefully they go through.\n\nOwen", atts=three, action="REJECT"))
    # inline images (non-text parts with file names are attachments) + one PDF: just under
    html = html_page("<p>Dear governors,</p><p>Our new library opened this week.</p>"
                     "<img src=\"cid:lib1@hawthornlane\" alt=\"library\"><img src=\"cid:lib2@hawthornlane\" alt=\"reading corner\">"
                     "<p>Best wishes,<br>Helen Marsh</p>")
    menu = DOCS.get("lunch_menu.pdf")
    rest = ATTACHMENT_LIMIT - len(menu)
    img1 = Part("image/png", png_exact(rest // 2, 20), disposition="inline", filename="library1.png",
                headers=[("Content-ID", "<lib1@hawthornlane>")])
    img2 = Part("image/png", png_exact(rest - rest // 2, 21), disposition="inline", filename="library2.png",
                headers=[("Content-ID", "<lib2@hawthornlane>")])
    body = mixed(Part("multipart/related", parts=[
        Part("multipart/alternative", parts=[
            text_part("Dear governors,\n\nOur new library opened this week.\n\nBest wishes,\nHelen Marsh"),
            text_part(html, "html")]), img1, img2]),
        attachment("lunch_menu.pdf", menu, "application/pdf", text=docs.TEXT["lunch_menu.pdf"]))
    C.append(mk(R + "size/inline_images_plus_pdf_exactly_at_limit.eml", "HEAD", ["CHAIR", "GOV2"],
                "Library opening - photos", "", body=body, action="DELIVER",
                no_flags={"ATTACHMENT_TOO_LARGE"}))
    # zip whose contents are large but the attachment itself is small: decoded size counts
    big_csv = ("date,room,reading\n" + "".join(f"2026-01-{d:02d},KS2 corridor,{19 + (d * h) % 4}.{h % 10}\n"
                                                for d in range(1, 29) for h in range(4200)))[:3_200_000]
    C.append(mk(R + "size/zip_small_but_expands_beyond_limit.eml", "IM", ["ITSUPPORT"],
                "Heating sensor export (zipped)",
                "Hi,\n\nThe temperature logger export for January is attached as a zip (the raw CSV is about 3 MB). "
                "Ticket 48213.\n\nIan Murphy\nICT Technician", action="DELIVER",
                atts=[attachment("sensor_export_jan.zip", make_zip([("sensor_export_jan.csv", big_csv.encode())]),
                                 "application/zip")],
                no_flags={"ATTACHMENT_TOO_LARGE"}))

    # ------------------------------------------------------------------ executables ------
    pe = tiny_pe()
    elf = tiny_elf()
    C.append(mk(R + "exe/pe_named_invoice_pdf.eml", "SBM", ["LAFIN"], "Invoice 20931 for payment",
                "Hi,\n\nInvoice attached for processing.\n\nSunita\n\n" + sig("SBM"),
                atts=[attachment("invoice.pdf", pe, "application/pdf")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    C.append(mk(R + "exe/pe_named_docx_internal.eml", "BT", ["KW"], "Phonics game for Friday",
                "Katie,\n\nHere's the phonics game my brother made - just double click the document.\n\nBen",
                atts=[attachment("phonics_game.docx", pe,
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    C.append(mk(R + "exe/elf_binary_no_extension.eml", "IM", ["ITSUPPORT"], "Re: Ticket 48190 - NAS tool",
                "Hi,\n\nAttached is the binary from the NAS that keeps crashing, as requested.\n\nIan",
                atts=[attachment("nas_backupd", elf, "application/octet-stream")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    C.append(mk(R + "exe/shell_script_named_txt.eml", "IM", ["FC"], "Script for the MIS export",
                "Fiona,\n\nSave the attached and run it on the server - I renamed it to .txt so it gets through.\n\nIan",
                atts=[att_text("mis_export.txt", "#!/bin/bash\nset -e\ncd /srv/mis\nfor f in exports/*.csv; do\n"
                               "  gzip -9 \"$f\"\ndone\nrsync -a exports/ backup@nas:/volume1/mis/\n")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT", lint_skip={"card"}))
    C.append(mk(R + "exe/python_script_named_csv.eml", "FC", ["HEAD"], "Attendance tidy-up script",
                "Helen,\n\nThe attached turns the Arbor download into the governors' table.\n\nFiona",
                atts=[att_text("attendance.csv", "#!/usr/bin/env python3\nimport csv, sys\n"
                               "rows = list(csv.reader(open(sys.argv[1])))\nprint(len(rows))\n", "text/csv")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    C.append(mk(R + "exe/batch_file.eml", "IM", ["STAFFLIST"], "Printer fix for KS1 laptops",
                "All,\n\nIf the KS1 laptops won't print, run the attached.\n\nIan",
                atts=[att_text("printer_fix.bat", "@echo off\r\nnet stop spooler\r\ndel /q %systemroot%\\System32\\spool\\PRINTERS\\*\r\n"
                               "net start spooler\r\necho Done\r\npause\r\n", "application/x-msdos-program")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    C.append(mk(R + "exe/exe_inside_zip.eml", "HG", ["MUSIC"], "Notation software for the Y5 keyboards",
                "Hi,\n\nThe installer you asked for is zipped up below.\n\nHugo",
                atts=[attachment("notation_setup.zip",
                                 make_zip([("readme.txt", b"Run setup.exe as administrator.\r\n"),
                                           ("setup.exe", pe)]), "application/zip")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    inner = make_zip([("photo_001.jpg", pe)])
    C.append(mk(R + "exe/exe_renamed_jpg_in_nested_zip.eml", "TH", ["CR"], "Photos from the farm trip",
                "Claire,\n\nZip of the farm trip photos, the inner zip is Group B.\n\nTom",
                atts=[attachment("farm_trip.zip", make_zip([("group_a/notes.txt", b"Group A photos to follow.\r\n"),
                                                             ("group_b.zip", inner)]), "application/zip")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    fwd = rfc822_bytes(frm=("Accounts", "accounts@brightsparkstationery.co.uk"), to=[PEOPLE["SBM"]],
                       subject="Overdue invoice", date=BASE_DATE,
                       body=mixed(text_part("Please see the attached overdue invoice.\n"),
                                  attachment("Invoice_88213.pdf.exe", pe, "application/octet-stream")))
    C.append(mk(R + "exe/exe_inside_attached_message.eml", "SBM", ["IM"], "FW: Overdue invoice - is this genuine?",
                "Ian,\n\nThis came in this morning - is it a scam? Original attached.\n\nSunita",
                atts=[attached_message(fwd, "Overdue invoice.eml", texts="Please see the attached overdue invoice.")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    y = D.pupil("Jack Taylor")
    C.append(mk(R + "exe/pe_with_personal_data_external.eml", "KW", [parent_of("Jack Taylor")],
                "Jack's maths game",
                f"Dear Mrs Taylor,\n\nHere is the maths game we use in class for Jack Taylor (DOB {dob_uk(y)}).\n\n"
                "Katie Walker", atts=[attachment("times_tables.exe", pe, "application/x-msdownload")],
                findings={"PUPIL_NAME", "DATE_OF_BIRTH"}, flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    # negatives: content is not a program
    C.append(mk(R + "exe/neg_text_file_named_exe.eml", "IM", ["NH"], "readme for the visualiser",
                "Nadia,\n\nThe supplier's readme is attached (they named it readme.exe for some reason - it's just text).\n\nIan",
                atts=[attachment("readme.exe", crlf("Visualiser quick start\n1. Plug in the USB cable.\n"
                                                    "2. Open the Camera app.\n").encode(), "application/octet-stream",
                                 text="Visualiser quick start")],
                action="DELIVER", no_flags={"EXECUTABLE_ATTACHMENT"}))
    C.append(mk(R + "exe/neg_pdf_named_setup_exe_pdf.eml", "IM", ["STAFFLIST"], "Copier setup guide",
                "All,\n\nThe setup guide for the new copier is attached.\n\nIan",
                atts=[att_doc("setup.exe.pdf")], action="DELIVER", no_flags={"EXECUTABLE_ATTACHMENT"}))
    C.append(mk(R + "exe/neg_text_starting_MZ.eml", "MN", ["GL"], "MZ notes",
                "Grace,\n\nMy notes (MZ = maths zone) for Thursday's group are attached.\n\nMarta",
                atts=[att_text("MZ_notes.txt", "MZ notes for Thursday\nGroup 1: number bonds to 100\nGroup 2: column addition\n")],
                action="DELIVER", no_flags={"EXECUTABLE_ATTACHMENT"}))
    C.append(mk(R + "exe/neg_shell_commands_in_body.eml", "IM", ["ITSUPPORT"], "Ticket 48255 - commands I ran",
                "Hi,\n\nAs requested, these are the commands I ran on the NAS before it failed:\n\n"
                "#!/bin/bash\nsudo systemctl restart smbd\ndf -h /volume1\n\nNo attachment this time.\n\nIan Murphy",
                action="DELIVER", no_flags={"EXECUTABLE_ATTACHMENT"}))
    C.append(mk(R + "exe/neg_zip_of_documents.eml", "PE", ["KW"], "Trip paperwork",
                "Katie,\n\nRisk assessment and letter zipped together.\n\nPete",
                atts=[attachment("trip_paperwork.zip", make_zip([
                    ("risk_assessment_trip.docx", DOCS.get("risk_assessment_trip.docx")),
                    ("trip_letter_y4.docx", DOCS.get("trip_letter_y4.docx"))]), "application/zip",
                    text=docs.TEXT["risk_assessment_trip.docx"] + docs.TEXT["trip_letter_y4.docx"])],
                action="DELIVER", no_flags={"EXECUTABLE_ATTACHMENT"}))
    C.append(mk(R + "exe/neg_docx_named_form_exe.eml", "OFFICE", ["SUPPLY"], "Supply booking form",
                "Hello,\n\nOur booking form is attached - our old system saved it with an odd name.\n\nSchool Office",
                atts=[attachment("booking_form.exe", DOCS.get("cover_supervisor_timetable.odt"), "application/octet-stream",
                                 text=docs.TEXT["cover_supervisor_timetable.odt"])],
                action="DELIVER", no_flags={"EXECUTABLE_ATTACHMENT"}))
    C.append(mk(R + "exe/neg_it_notes_shebang_not_first_line.eml", "IM", ["FC"], "How the backup works",
                "Fiona,\n\nNotes attached.\n\nIan",
                atts=[att_text("backup_notes.txt", "How the nightly backup works\n\nThe NAS runs a script that starts with the line\n"
                               "#!/bin/sh\nand copies the MIS exports. Nothing for you to do.\n")],
                action="DELIVER", no_flags={"EXECUTABLE_ATTACHMENT"}))

    # ------------------------------------------------------------------ recipients -------
    six = parents_list(6)
    C.append(mk(R + "recipients/six_parents_in_to.eml", "OFFICE", six, "Lost property - named jumpers",
                "Dear parents,\n\nWe have named jumpers in lost property belonging to your children. Please collect them "
                "from the office this week.\n\nSchool Office", flags=(), action="REJECT"))
    C.append(mk(R + "recipients/three_to_three_cc.eml", "KW", parents_list(3, 10), "Y6 residential meeting",
                "Dear parents,\n\nA reminder that the residential meeting is on Tuesday at 3:30.\n\nMrs Walker",
                cc=parents_list(3, 20), action="REJECT"))
    grp = parents_list(7, 30)
    C.append(mk(R + "recipients/group_syntax_seven_visible.eml", "KW", grp, "Football team - Saturday",
                "Dear parents,\n\nThe match on Saturday kicks off at 10:00 at Kirkby Moor playing fields.\n\nMrs Walker",
                raw_to="Football team parents: " + ",\r\n ".join(fmt_addr(a) for a in grp) + ";",
                action="REJECT"))
    govs = [EXT[k] for k in ("CHAIR", "GOV2", "GOV3", "GOV4", "GOV5", "GOV6")]
    C.append(mk(R + "recipients/six_governors_external.eml", "HEAD", govs, "Full governing body papers - 3 February",
                "Dear governors,\n\nThe papers for the full governing body meeting on 3 February are on GovernorHub.\n\n"
                "Helen", action="REJECT"))
    C.append(mk(R + "recipients/teacher_six_parents_unapproved.eml", "PE", parents_list(6, 50),
                "Y4 homework club", "Dear parents,\n\nHomework club restarts on Wednesday.\n\nMr Evans",
                cc=["KW", "HEAD"], action="REJECT"))
    C.append(mk(R + "recipients/seven_mixed_orgs.eml", "SENCO", [EXT[k] for k in ("EP", "SALT", "OT", "CAMHS", "NURSE", "LAEDU", "SW")],
                "Multi-agency meeting - room change",
                "Dear colleagues,\n\nTuesday's multi-agency meeting will now be in the community room.\n\nJames Fletcher\nSENCo",
                action="REJECT"))
    # negatives
    C.append(mk(R + "recipients/neg_exactly_five_external.eml", "OFFICE", parents_list(5, 60),
                "Swimming kit reminder", "Dear parents,\n\nPlease send swimming kit on Thursday.\n\nSchool Office",
                action="DELIVER", no_flags={"RECIPIENTS_EXPOSED"}))
    C.append(mk(R + "recipients/neg_five_visible_many_bcc.eml", "OFFICE", ["OFFICE"], "Parents' evening booking is open",
                "Dear parents and carers,\n\nBooking for parents' evening (10 and 11 March) is now open on the school app.\n\nSchool Office",
                cc=[EXT["CHAIR"], EXT["GOV2"], EXT["GOV3"], EXT["GOV4"], EXT["GOV5"]], bcc=parents_list(25, 70),
                action="DELIVER", no_flags={"RECIPIENTS_EXPOSED"}))
    p5 = parents_list(5, 100)
    dup = (p5[0][0], p5[0][1].upper())
    C.append(mk(R + "recipients/neg_six_listed_five_distinct.eml", "KW", p5 + [dup], "Choir uniform",
                "Dear parents,\n\nChoir members need a white shirt on Friday.\n\nMrs Walker",
                action="DELIVER", no_flags={"RECIPIENTS_EXPOSED"}))
    C.append(mk(R + "recipients/neg_four_external_many_internal.eml", "HEAD",
                [PEOPLE[k] for k in ("DEP", "SBM", "SENCO", "DSL", "KW", "MN", "PE", "LG")],
                "Budget setting meeting", "All,\n\nBudget setting is on 24 February at 4pm.\n\nHelen",
                cc=[EXT["CHAIR"], EXT["GOV2"], EXT["LAFIN"], EXT["CLERK"]],
                action="DELIVER", no_flags={"RECIPIENTS_EXPOSED"}))
    C.append(mk(R + "recipients/neg_undisclosed_recipients_bcc.eml", "OFFICE", [], "Snow closure - Tuesday",
                "Dear parents and carers,\n\nThe school will be closed on Tuesday because of snow. Please check the website for updates.\n\nSchool Office",
                raw_to="undisclosed-recipients:;", bcc=parents_list(40, 30), action="DELIVER",
                no_flags={"RECIPIENTS_EXPOSED"}))

    # ------------------------------------------------------------------ parent contact ---
    fam = parent_of("Kacper Hall")
    C.append(mk(R + "parent/teacher_unapproved_to_parent.eml", "PE", [fam], "Kacper's homework",
                "Dear Mrs Hall,\n\nKacper has not handed in his spelling homework for two weeks. Could you check his book bag?\n\nMr Evans",
                action="QUARANTINE"))
    C.append(mk(R + "parent/ta_unapproved_parent_in_cc.eml", "TH", ["CR"], "Reading book swap",
                "Claire, Mrs Moore asked about swapping Zoë's reading book - copying mum in.\n\nTom",
                cc=[parent_of("Zoë Moore")], action="QUARANTINE"))
    C.append(mk(R + "parent/ta_unapproved_parent_in_bcc.eml", "BT", ["KW"], "Spare PE kit",
                "Katie, spare PE kit is in the cupboard. I've bcc'd Mrs Baker so she knows.\n\nBen",
                bcc=[parent_of("Jack Baker")], action="QUARANTINE"))
    C.append(mk(R + "parent/sender_not_in_staff_csv.eml", "PTA", [parent_of("Poppy Brown")], "PTA disco volunteers",
                "Hi Kirsty,\n\nThanks for offering to help at the disco on Friday 6 February!\n\nHawthorn Lane PTA",
                action="QUARANTINE"))
    C.append(mk(R + "parent/pupil_approved_but_parent_not.eml", "OS", [parent_of("Tommy Hussain", 1)], "Football boots",
                "Dear Mr Hussain,\n\nTommy will need football boots for the match on Saturday.\n\nMr Singh\nPE Coordinator",
                action="QUARANTINE"))
    C.append(mk(R + "parent/mixed_case_parent_address.eml", "IM", [("Gemma Khan", "Gemma.Khan@Gmail.com")],
                "Laptop loan", "Dear Mrs Khan,\n\nThe loan laptop is ready to collect from the office.\n\nIan Murphy\nICT Technician",
                action="QUARANTINE"))
    C.append(mk(R + "parent/non_ascii_parent_address.eml", "HG", [("Hannah Ó Súilleabháin", "hannah.osúilleabhain@icloud.com")],
                "Violin lessons", "Dear Mrs Ó Súilleabháin,\n\nThere is a space in the Tuesday violin group if Kai would like it next year.\n\nHugo García\nMusic",
                action="QUARANTINE", note="RFC 6532 UTF-8 address"))
    C.append(mk(R + "parent/external_sender_to_parent.eml", "PERSONAL_PE", [parent_of("Leo Davies")], "Football club",
                "Hi Lauren,\n\nSending from my own email as school one isn't working - football club is on tonight.\n\nPete Evans",
                action="QUARANTINE"))
    C.append(mk(R + "parent/unapproved_second_gemma_khan.eml", "TH", [("Gemma Khan", "gemma.khan2@btinternet.com")],
                "Thomas's reading", "Dear Mrs Khan,\n\nThomas read beautifully to me today.\n\nMr Hughes",
                action="QUARANTINE"))
    C.append(mk(R + "parent/neg_laura_green_colleague.eml", "PE", [("Laura Green", "L.Green@hawthornlane.leeds.sch.uk")],
                "Swap playground duty?", "Laura,\n\nCould we swap duty on Thursday? I have a course in the afternoon.\n\nPete",
                action="DELIVER", no_flags={"PARENT_CONTACT_UNAPPROVED"}))
    C.append(mk(R + "parent/neg_laura_green_lowercase.eml", "TH", ["LG"], "Y2/Y3 phonics resources",
                "Hi Laura, the phonics cards are back in your room.\n\nTom",
                action="DELIVER", no_flags={"PARENT_CONTACT_UNAPPROVED"}))
    C.append(mk(R + "parent/neg_approved_teacher_to_parent.eml", "KW", [parent_of("Holly White")], "Holly's SATs booster",
                "Dear Mrs White,\n\nHolly is welcome at the booster session on Tuesdays.\n\nMrs Walker",
                action="DELIVER", no_flags={"PARENT_CONTACT_UNAPPROVED"}))
    C.append(mk(R + "parent/neg_office_to_parent.eml", "OFFICE", [parent_of("Amira García")], "Dinner money",
                "Dear Mrs García,\n\nJust a reminder that there is a dinner money balance to clear on the app.\n\nSchool Office",
                action="DELIVER", no_flags={"PARENT_CONTACT_UNAPPROVED"}))
    C.append(mk(R + "parent/neg_unapproved_asks_office.eml", "PE", ["OFFICE"], "Message for Mrs Hall",
                "Hi, could you let Mrs Hall (Kacper's mum) know that his coat is in the Y4 cloakroom? Thanks, Pete",
                action="DELIVER", no_flags={"PARENT_CONTACT_UNAPPROVED"}))
    C.append(mk(R + "parent/neg_lookalike_address_not_in_list.eml", "TH", [("Amy Roberts", "amy.roberts@gmail.co.uk")],
                "Book fair volunteers", "Hi Amy,\n\nThanks for offering to help with the book fair - see you Thursday.\n\nTom",
                action="DELIVER", no_flags={"PARENT_CONTACT_UNAPPROVED"}))

    # ------------------------------------------------------------------ pupil contact ----
    C.append(mk(R + "pupil/unapproved_teacher_to_pupil.eml", "PE", ["tom.wright15@pupils.hawthornlane.leeds.sch.uk"],
                "Your quiz answers", "Hi Tom,\n\nWell done on the science quiz.\n\nMr Evans",
                action="QUARANTINE"))
    C.append(mk(R + "pupil/y5_teacher_unapproved_to_y5_pupil.eml", "MN", ["isla.kaur16@pupils.hawthornlane.leeds.sch.uk",
                                                                         "oscar.nguyen16@pupils.hawthornlane.leeds.sch.uk"],
                "Book review homework", "Hi both,\n\nPlease upload your book reviews by Friday.\n\nMrs Nowak",
                action="QUARANTINE"))
    C.append(mk(R + "pupil/music_teacher_pupil_in_cc.eml", "HG", ["KW"], "Y6 production rehearsal",
                "Katie, rehearsal moved to Wednesday. Copying Sophie as she is stage manager.\n\nHugo",
                cc=["sophie.hill14@pupils.hawthornlane.leeds.sch.uk"], action="QUARANTINE"))
    C.append(mk(R + "pupil/it_password_to_pupil_bcc.eml", "IM", ["IM"], "Your new login",
                "Hi,\n\nYour new Purple Mash password is: Tiger-Lamp-58\n\nMr Murphy",
                bcc=["george.smith16@pupils.hawthornlane.leeds.sch.uk"], findings={"CREDENTIAL"},
                action="QUARANTINE"))
    C.append(mk(R + "pupil/neg_approved_teacher_to_pupils.eml", "KW", ["noah.young15@pupils.hawthornlane.leeds.sch.uk",
                                                                       "joy.walker15@pupils.hawthornlane.leeds.sch.uk"],
                "Newspaper club", "Hi both,\n\nNewspaper club is in Y6 at lunch tomorrow.\n\nMrs Walker",
                action="DELIVER", no_flags={"PUPIL_CONTACT_UNAPPROVED"}))
    C.append(mk(R + "pupil/neg_pe_coordinator_to_pupil.eml", "OS", ["ruby.clark15@pupils.hawthornlane.leeds.sch.uk"],
                "Netball team", "Hi Ruby,\n\nYou're in the netball team for Thursday.\n\nMr Singh",
                action="DELIVER", no_flags={"PUPIL_CONTACT_UNAPPROVED"}))
    C.append(mk(R + "pupil/neg_head_to_pupil_mixed_case.eml", "HEAD", ["Holly.White14@Pupils.HawthornLane.Leeds.sch.uk"],
                "School council", "Dear Holly,\n\nThank you for the school council's letter about the playground.\n\nDr Marsh",
                action="DELIVER", no_flags={"PUPIL_CONTACT_UNAPPROVED"}))
    C.append(mk(R + "pupil/neg_class_account_not_a_pupil.eml", "PE", ["Y4CLASS"], "Class blog post",
                "Class blog: please publish the Vikings post.\n\nMr Evans",
                action="DELIVER", no_flags={"PUPIL_CONTACT_UNAPPROVED"}))

    # ------------------------------------------------------------------ SENSITIVE --------
    sens = [
        ("sensitive/upper_prefix_internal.eml", "HEAD", ["DEP"], "SENSITIVE: staffing restructure proposal",
         "Daniel,\n\nThe first draft of the restructure proposal is ready for us to look at on Friday.\n\nHelen", "DELIVER"),
        ("sensitive/bracket_upper_external.eml", "HEAD", ["CHAIR"], "[SENSITIVE] Complaint stage 2 - timetable",
         "Margaret,\n\nThe stage 2 panel can meet on 9 February. I will send the pack by secure link.\n\nHelen", "ENCRYPT"),
        ("sensitive/highly_sensitive_external.eml", "SBM", ["AUDIT"], "HIGHLY SENSITIVE - procurement concern",
         "Dear colleague,\n\nI would like to arrange a call about a procurement concern. Please let me know a time.\n\nSunita Patel", "ENCRYPT"),
        ("sensitive/reply_prefix_upper.eml", "DEP", ["HEAD"], "RE: SENSITIVE: staffing restructure proposal",
         "Helen, Friday is fine.\n\nDaniel", "DELIVER"),
        ("sensitive/mixed_case_colon_external.eml", "DSL", ["LADO"], "Sensitive: request for consultation",
         "Dear LADO,\n\nI would like a consultation call this week about an allegation process question.\n\nRukhsana Ahmed\nDSL", "ENCRYPT"),
        ("sensitive/mixed_case_brackets.eml", "HEAD", ["GOV2"], "[Sensitive] Personnel committee agenda",
         "Raj,\n\nAgenda for Thursday attached to GovernorHub.\n\nHelen", "ENCRYPT"),
        ("sensitive/suffix_parenthesis_upper.eml", "SBM", ["HEAD", "DEP"], "Budget recovery options (SENSITIVE)",
         "Helen, Daniel,\n\nThree options for the recovery plan are in the shared finance folder.\n\nSunita", "DELIVER"),
        ("sensitive/fw_highly_sensitive.eml", "HEAD", ["DPO"], "FW: HIGHLY SENSITIVE - data incident 14/01",
         "Hello,\n\nForwarding as discussed - our incident log number is DI-2026-03.\n\nHelen Marsh", "ENCRYPT"),
        ("sensitive/official_sensitive_external.eml", "DSL", ["POLICE"], "OFFICIAL-SENSITIVE meeting request",
         "Dan,\n\nCould you come into school on Monday at 10?\n\nRukhsana", "ENCRYPT"),
    ]
    for path, f, to, subj, text, act in sens:
        C.append(mk(R + path, f, to, subj, text, action=act, flags={"SENSITIVE_MARKING"}))
    C.append(mk(R + "sensitive/rfc2047_encoded_subject.eml", "HEAD", ["CLERK"],
                "=?UTF-8?Q?SENSITIVE_=E2=80=93_Headteacher=E2=80=99s_appraisal?=",
                "Dear Clerk,\n\nPlease add the appraisal panel to the agenda.\n\nHelen", action="ENCRYPT",
                flags={"SENSITIVE_MARKING"}))
    negs = [
        ("sensitive/neg_prose_sensitive_conversations.eml", "DEP", ["STAFFLIST"], "Tips for sensitive conversations with parents",
         "All,\n\nThe slides from Monday's twilight on handling difficult conversations are on SharePoint.\n\nDaniel"),
        ("sensitive/neg_insensitive_parking.eml", "HEAD", [parents_list(1, 5)[0]], "Insensitive parking on Hawthorn Lane",
         "Dear parent,\n\nPlease do not park across residents' drives at pick-up.\n\nDr Marsh"),
        ("sensitive/neg_time_sensitive_prose.eml", "OFFICE", ["STAFFLIST"], "Time-sensitive: trip forms due Friday",
         "All, trip forms to the office by Friday please.\n\nOffice"),
        ("sensitive/neg_sensitive_skin.eml", "OFFICE", ["STAFFLIST"], "Sensitive skin sun cream for sports day",
         "All, we have bought sensitive skin sun cream for sports day; it is in the office.\n\nOffice"),
        ("sensitive/neg_marking_in_body_only.eml", "DEP", ["CHAIR"], "Notes for Thursday",
         "SENSITIVE\n\nMargaret, I'll bring the notes for Thursday in person.\n\nDaniel"),
        ("sensitive/neg_sensitivity_word.eml", "SENCO", ["STAFFLIST"], "Sensory sensitivity training",
         "All,\n\nThe OT service is running sensory sensitivity training on 4 March.\n\nJames"),
    ]
    for path, f, to, subj, text in negs:
        C.append(mk(R + path, f, to, subj, text, action="DELIVER", no_flags={"SENSITIVE_MARKING"}))

    # ------------------------------------------------------------------ offensive --------
    off = [
        ("offensive/photocopier_internal.eml", "PE", ["IM"], "Copier again",
         "Ian,\n\nThe fucking photocopier has jammed again and I've got 30 tests to print. Can you come up?\n\nPete", "DELIVER"),
        ("offensive/supplier_external.eml", "SBM", ["CATERING"], "Missing delivery - again",
         "Hi,\n\nThis is the third week running the fruit delivery hasn't turned up. Frankly your service is shit and "
         "we will be looking at other suppliers.\n\nSunita Patel\nSchool Business Manager", "DELIVER"),
        ("offensive/bollocks_internal.eml", "TH", ["BT"], "Re: new marking policy",
         "Ben, the new marking policy is a load of bollocks if you ask me. Anyway, see you at 3.\n\nTom", "DELIVER"),
        ("offensive/subject_profanity.eml", "IM", ["ITSUPPORT"], "Piss-poor response times",
         "Hi,\n\nTicket 48190 has been open for nine days. Please escalate.\n\nIan Murphy", "DELIVER"),
        ("offensive/insult_about_parent.eml", "TH", ["PE"], "That dad at pick-up",
         "Pete, the dad who shouted at you at pick-up is a complete twat. Are you ok?\n\nTom", "DELIVER"),
        ("offensive/arsehole_external_friend.eml", "GL", ["FRIEND"], "tonight",
         "Jen, can't make tonight, some arsehole reversed into my car in the staff car park. Rain check? G x", "DELIVER"),
        ("offensive/wanker_internal.eml", "NH", ["GL"], "ugh",
         "The bloke from the van company was an absolute wanker on the phone. Tea at break?", "DELIVER"),
        ("offensive/dickhead_internal.eml", "BT", ["TH"], "parking",
         "Some dickhead has parked across the minibus bay again.", "DELIVER"),
    ]
    for path, f, to, subj, text, act in off:
        C.append(mk(R + path, f, to, subj, text, action=act, flags={"OFFENSIVE_LANGUAGE"}))
    C.append(mk(R + "offensive/with_personal_data_external.eml", "SBM", ["UNIFORM"], "Wrong order AGAIN",
                "This is bloody ridiculous - you've sent the wrong sizes for the third time. Send the replacements to "
                "our caretaker's home, 12 Nursery Close, Leeds LS17 6LG, as he's in on Saturday, and sort your shit out.\n\nSunita",
                findings={"POSTAL_ADDRESS"}, flags={"OFFENSIVE_LANGUAGE"}, action="ENCRYPT"))
    # reported speech in an incident log written by the sender: counts (documented)
    C.append(mk(R + "offensive/incident_report_reported_speech.eml", "MN", ["DSL"], "Playground incident",
                "Rukhsana,\n\nAt lunch a Year 5 boy called another child a \"fat bastard\" and told him to fuck off. "
                "I've logged it on CPOMS; no names in email.\n\nMarta", flags={"OFFENSIVE_LANGUAGE"}, action="DELIVER"))
    # negatives: Scunthorpe problem and quoted history
    benign_words = [
        ("offensive/neg_scunthorpe_trip.eml", "OS", ["COACH"], "Coach to Scunthorpe",
         "Hi,\n\nWe need a 53-seater to Scunthorpe for the cross-country final on 14 March, leaving 8:30.\n\nOwen Singh"),
        ("offensive/neg_dick_whittington_panto.eml", "OFFICE", ["STAFFLIST"], "Panto: Dick Whittington",
         "All,\n\nTickets for Dick Whittington at the City Varieties are in pigeonholes. Cocktail sausages and mince pies after!\n\nOffice"),
        ("offensive/neg_essex_assess_class.eml", "DEP", ["STAFFLIST"], "Moderation with Essex colleagues",
         "All,\n\nOur partner school in Essex will help us assess Year 6 writing. Each class teacher should bring three books.\n\nDaniel"),
        ("offensive/neg_place_names.eml", "OS", ["KW"], "Cross-country venues",
         "Katie,\n\nThis year's fixtures: Penistone, Clitheroe and Cockburn School. The Arsenal coaching visit is in May.\n\nOwen"),
        ("offensive/neg_food_words.eml", "CATERING", ["SBM"], "Menu changes",
         "Hi Sunita,\n\nWe are adding shiitake mushroom risotto and a cocktail of fruit juices to the spring menu. Hancock's Dairy "
         "will supply the milk.\n\nDales Kitchen"),
        ("offensive/neg_therapist_grass.eml", "SENCO", ["STAFFLIST"], "Sensory garden",
         "All,\n\nThe occupational therapist suggested artificial grass for the sensory garden. Bass drum for music therapy also ordered.\n\nJames"),
        ("offensive/neg_cocker_spaniel.eml", "HEAD", ["STAFFLIST"], "Reading dog",
         "All,\n\nOur reading dog Biscuit, a cocker spaniel, visits Year 2 on Tuesdays from next week.\n\nHelen"),
    ]
    for path, f, to, subj, text in benign_words:
        C.append(mk(R + path, f, to, subj, text, action="DELIVER", no_flags={"OFFENSIVE_LANGUAGE"}))
    abusive = ("You lot are fucking useless. My son came home soaked AGAIN. Sort it out or I'll come in "
               "and sort it myself.")
    C.append(mk(R + "offensive/neg_quoted_parent_abuse_in_reply.eml", "HEAD", [("Mr R", "rob.kelham@gmail.com")],
                "Re: wet clothes",
                "Dear Mr Kelham,\n\nI am sorry to hear about the wet clothes. I would be happy to meet you on Monday "
                "at 8:30 to talk it through.\n\nDr Helen Marsh\nHeadteacher" +
                gmail_quote("Fri, 16 Jan 2026 at 15:42", "Rob Kelham", "rob.kelham@gmail.com", abusive),
                action="DELIVER", no_flags={"OFFENSIVE_LANGUAGE"}))
    C.append(mk(R + "offensive/neg_forwarded_abuse_to_dsl.eml", "OFFICE", ["DSL", "HEAD"], "FW: complaint",
                "Rukhsana, Helen - forwarding the email below which came in to the office this morning.\n\nOffice" +
                outlook_quote("Rob Kelham <rob.kelham@gmail.com>", "19 January 2026 07:58", "office@hawthornlane.leeds.sch.uk",
                              "complaint", abusive + " This school is a shithole."),
                action="DELIVER", no_flags={"OFFENSIVE_LANGUAGE"}))

    # ------------------------------------------------------------------ combinations -----
    Q = "combined/"
    pages = [attachment(f"scan_page_{i + 1}.png", png_exact(524_289, 40 + i), "image/png") for i in range(4)]
    C.append(mk(R + Q + "size_and_dob_external_reject_wins.eml", "ADM", ["LAADM"], "Scanned admission pack",
                f"Hello,\n\nScanned pages of the admission pack for Amelia Khan (DOB {dob_uk(D.pupil('Amelia Khan'))}).\n\nAdmissions",
                atts=pages, findings={"PUPIL_NAME", "DATE_OF_BIRTH"}, action="REJECT"))
    C.append(mk(R + Q + "credential_and_dob_external_quarantine_wins.eml", "FC", ["SECONDARY"], "S2S upload",
                f"Hi,\n\nThe CTF for Noah Young (born {dob_uk(D.pupil('Noah Young'), 'long')}) is on S2S. Our S2S login if you "
                "need to check it: user hawthorn.fc, password Otley!Bridge22\n\nFiona",
                findings={"PUPIL_NAME", "DATE_OF_BIRTH", "CREDENTIAL"}, action="QUARANTINE"))
    C.append(mk(R + Q + "parent_unapproved_and_health.eml", "TH", [parent_of("Mason Brown")], "Mason's inhaler",
                "Dear Mrs Brown,\n\nMason Brown's asthma inhaler has run out - please send a new one with his care plan.\n\nMr Hughes",
                findings={"PUPIL_NAME", "HEALTH"}, action="QUARANTINE"))
    C.append(mk(R + Q + "exe_and_recipients_exposed.eml", "IM", parents_list(6, 120), "Home learning app",
                "Dear parents,\n\nInstall the attached app for home learning.\n\nMr Murphy",
                atts=[attachment("HomeLearning.exe", pe, "application/x-msdownload")],
                flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    C.append(mk(R + Q + "sensitive_and_bulk_internal.eml", "FC", ["HEAD"], "SENSITIVE - Y5 data check",
                "Helen,\n\nThe Y5 list for the census check.\n\nFiona", atts=[att_doc("y5_class_list.xlsx")],
                findings={"PUPIL_NAME", "UK_UPN", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER"},
                flags={"BULK_PERSONAL_DATA"}, action="DELIVER"))
    C.append(mk(R + Q + "offensive_and_pupil_unapproved.eml", "TH", ["poppy.young15@pupils.hawthornlane.leeds.sch.uk"],
                "your homework", "Poppy, this homework is a pile of shit, do it again.",
                flags={"OFFENSIVE_LANGUAGE"}, action="QUARANTINE"))
    C.append(mk(R + Q + "pupil_unapproved_and_sen_internal.eml", "NH", ["finley.khan15@pupils.hawthornlane.leeds.sch.uk"],
                "Your reading overlay", "Hi Finley,\n\nAs Finley Khan is now on the SEN register for dyslexia, your new "
                "blue overlay is in your tray.\n\nMrs Hall", findings={"PUPIL_NAME", "SEN"}, action="QUARANTINE"))
    C.append(mk(R + Q + "sensitive_and_personal_internal.eml", "DSL", ["HEAD"], "SENSITIVE: home visit",
                "Helen,\n\nHome visit done at 19 Tarn Lane, Leeds LS17 7ES. All fine.\n\nRukhsana",
                findings={"POSTAL_ADDRESS"}, flags={"SENSITIVE_MARKING"}, action="DELIVER"))
    C.append(mk(R + Q + "all_soft_flags_external_encrypt.eml", "SENCO", ["EP"], "[SENSITIVE] Ezra Johnson",
                f"Dear Sarah,\n\nEzra Johnson (DOB {dob_uk(D.pupil('Ezra Johnson'))}) has an EHCP; his speech and language "
                "needs are the priority for your visit.\n\nJames", findings={"PUPIL_NAME", "DATE_OF_BIRTH", "SEN"},
                flags={"SENSITIVE_MARKING"}, action="ENCRYPT"))
    C.append(mk(R + "pupil/it_teacher_unapproved_two_pupils_to.eml", "IM", ["archie.davies14@pupils.hawthornlane.leeds.sch.uk",
                "ivy.field15@pupils.hawthornlane.leeds.sch.uk"], "Digital leaders", "Hi both,\n\nDigital leaders meet at lunch on Monday.\n\nMr Murphy",
                action="QUARANTINE"))
    C.append(mk(R + "pupil/sender_not_in_staff_to_pupil.eml", "PTA", ["theodore.obrien14@pupils.hawthornlane.leeds.sch.uk"],
                "Disco DJ", "Hi Theodore,\n\nThanks for offering to help the DJ at the disco!\n\nPTA", action="QUARANTINE"))
    C.append(mk(R + "exe/macho_binary_named_pdf.eml", "IM", ["ITSUPPORT"], "Mac app from the supplier",
                "Hi,\n\nThe supplier sent this for the office Mac - can you check it?\n\nIan",
                atts=[attachment("brochure.pdf", struct.pack("<IiiIIII", 0xfeedfacf, 0x01000007, 3, 2, 0, 0, 0) + b"\x00" * 200,
                                 "application/pdf")], flags={"EXECUTABLE_ATTACHMENT"}, action="REJECT"))
    return C
