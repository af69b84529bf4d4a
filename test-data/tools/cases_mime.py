"""MIME shapes, charsets, transfer encodings, replies and forwards."""
from common import *  # noqa: F401,F403


def cases():
    C = []
    M = "mime/"
    zc = D.pupil("Zoë Clarke")
    sm = D.pupil("Siobhán Murphy")

    # ---- HTML only with a DOB in a table
    html = html_page("<p>Dear Sarah,</p><p>Details for Tuesday's observation:</p><table border=1>"
                     f"<tr><td>Name</td><td>Zo&euml; Clarke</td></tr><tr><td>Date of birth</td><td>{dob_uk(zc)}</td></tr>"
                     "</table><p>James</p>")
    C.append(mk(M + "html_only_dob_table.eml", "SENCO", ["EP"], "Observation details", "",
                body=text_part(html, "html"), findings={"PUPIL_NAME", "DATE_OF_BIRTH"}, action="ENCRYPT"))
    # ---- HTML only, name split by markup / line break
    html = html_page("<p>Claire,</p><p>Lovely work from <b>Summer</b><br>\nCook today.</p><p>Aisha</p>")
    C.append(mk(M + "html_only_name_split_by_br.eml", "AB", ["CR"], "Star of the day", "",
                body=text_part(html, "html"), findings={"PUPIL_NAME"}, action="DELIVER"))
    # ---- multipart/alternative, phone in both parts
    t = "Katie,\n\nPlease call Poppy Brown's dad on 07700 900356 about the residential.\n\nOffice"
    C.append(mk(M + "alternative_phone.eml", "OFFICE", ["KW"], "Call back", t, html=True,
                findings={"PUPIL_NAME", "PHONE_NUMBER"}, action="DELIVER"))
    # ---- multipart/related: inline logo + personal data in HTML
    html = html_page("<img src=\"cid:logo@hawthornlane\" alt=\"Hawthorn Lane\"><p>Dear colleague,</p>"
                     "<p>Our new pupil's previous address was 61 Lingfield Approach, Leeds LS17 7PF.</p><p>Admissions</p>")
    rel = Part("multipart/related", parts=[
        Part("multipart/alternative", parts=[
            text_part("Dear colleague,\n\nOur new pupil's previous address was 61 Lingfield Approach, Leeds LS17 7PF.\n\nAdmissions"),
            text_part(html, "html")]),
        Part("image/png", tiny_png(3), disposition="inline", filename="logo.png",
             headers=[("Content-ID", "<logo@hawthornlane>")])])
    C.append(mk(M + "related_inline_logo_address.eml", "ADM", ["LAADM"], "Previous address", "", body=rel,
                findings={"POSTAL_ADDRESS"}, action="ENCRYPT"))
    # ---- related benign signature logo
    html = html_page("<p>Hi Sunita,</p><p>Invoice paid, thanks.</p><img src=\"cid:sig@x\">")
    rel = Part("multipart/related", parts=[text_part(html, "html"),
                                           Part("image/png", tiny_png(4, colour=(30, 90, 40)), disposition="inline",
                                                filename="signature.png", headers=[("Content-ID", "<sig@x>")])])
    C.append(mk(M + "related_signature_logo_benign.eml", "CATERING", ["SBM"], "Payment received", "", body=rel,
                action="DELIVER"))
    # ---- nested: mixed(related(alternative), attachment)
    html = html_page("<p>Katie,</p><p>Residential list attached; the map is below.</p><img src=\"cid:map@x\">")
    nested = mixed(Part("multipart/related", parts=[
        Part("multipart/alternative", parts=[text_part("Katie,\n\nResidential list attached; the map is below.\n"),
                                             text_part(html, "html")]),
        Part("image/png", tiny_png(5, 32, 32, (10, 120, 200)), disposition="inline", filename="map.png",
             headers=[("Content-ID", "<map@x>")])]),
        att_doc("y6_reading_groups.xlsx"))
    C.append(mk(M + "nested_mixed_related_alternative.eml", "DEP", ["KW"], "Residential groups", "", body=nested,
                findings={"PUPIL_NAME"}, action="DELIVER"))
    # ---- attached message/rfc822 containing a DOB
    inner = rfc822_bytes(frm=PEOPLE["ADM"], to=[PEOPLE["FC"]], subject="New starter",
                         body=text_part(f"Fiona, new starter Siobhán Murphy, DOB {dob_uk(sm)}.\n"),
                         date=BASE_DATE, message_id="<inner1@hawthornlane.leeds.sch.uk>")
    C.append(mk(M + "attached_message_with_dob.eml", "FC", ["SECONDARY"], "FW: New starter",
                "Hi, see the attached email for the details you asked for.\n\nFiona",
                atts=[attached_message(inner, "New starter.eml", texts=f"Siobhán Murphy, DOB {dob_uk(sm)}")],
                findings={"PUPIL_NAME", "DATE_OF_BIRTH"}, action="ENCRYPT"))
    # ---- attached message inside attached message, safeguarding
    inner2 = rfc822_bytes(frm=PEOPLE["KW"], to=[PEOPLE["DSL"]], subject="Concern",
                          body=text_part("Rukhsana, Joy Walker told me this morning that she is scared to go home "
                                         "because of her stepdad. Logged on CPOMS.\n"),
                          date=BASE_DATE, message_id="<inner2@hawthornlane.leeds.sch.uk>")
    outer = rfc822_bytes(frm=PEOPLE["DSL"], to=[PEOPLE["HEAD"]], subject="FW: Concern",
                         body=mixed(text_part("Helen - FYI, see below.\n"), attached_message(inner2, "Concern.eml")),
                         date=BASE_DATE, message_id="<inner3@hawthornlane.leeds.sch.uk>")
    C.append(mk(M + "nested_attached_messages_safeguarding.eml", "HEAD", ["SW"], "FW: FW: Concern",
                "Jo, forwarding the thread as discussed.\n\nHelen",
                atts=[attached_message(outer, "FW Concern.eml",
                                       texts="Joy Walker told me this morning that she is scared to go home because of her stepdad.")],
                findings={"PUPIL_NAME", "SAFEGUARDING"}, action="ENCRYPT"))
    # ---- charsets
    C.append(mk(M + "latin1_qp_name_and_phone.eml", "LG", ["SENCO"], "Zoë",
                "James,\n\nZoë Clarke's mum asked for a call on 07700 900642 about the reading plan.\n\nLaura",
                charset="iso-8859-1", cte="quoted-printable", findings={"PUPIL_NAME", "PHONE_NUMBER"}, action="DELIVER"))
    C.append(mk(M + "windows1252_smart_quotes.eml", "OFFICE", ["EW"], "Message \u2013 Mrs Murphy",
                "Emma,\n\nMrs Murphy rang about Siobh\u00e1n Murphy\u2019s attendance \u2013 she\u2019s asked for a call back "
                "on her mobile, 07700 900128. \u201cAny time after 4\u201d.\n\nOffice",
                charset="windows-1252", cte="quoted-printable", findings={"PUPIL_NAME", "PHONE_NUMBER"}, action="DELIVER"))
    C.append(mk(M + "windows1252_8bit_benign.eml", "SBM", ["HEAD"], "Budget \u2013 \u00a3 figures",
                "Helen,\n\nThe \u201cbest case\u201d budget shows a \u00a312,400 surplus \u2013 figures on SharePoint.\n\nSunita",
                charset="windows-1252", cte="8bit", action="DELIVER"))
    C.append(mk(M + "utf8_base64_body_nhs.eml", "SENCO", ["NURSE"], "Hearing test",
                f"Hello,\n\nRe: Isla Nguyen, NHS number {fmt_nhs(make_nhs('472839100'))}: please send the audiology results.\n\nJames",
                cte="base64", findings={"PUPIL_NAME", "UK_NHS_NUMBER"}, action="ENCRYPT"))
    C.append(mk(M + "utf8_8bit_accents_benign.eml", "HG", ["STAFFLIST"], "Chorale française",
                "All,\n\nThe Y5 choir will sing « Frère Jacques » and a piece by Dvořák at the café concert.\n\nHugo",
                cte="8bit", action="DELIVER"))
    # ---- RFC 2047 subjects
    C.append(mk(M + "rfc2047_b_subject_name.eml", "LG", ["KW"], "=?UTF-8?B?" + base64.b64encode("Zoë Clarke – reading".encode()).decode() + "?=",
                "Katie, see subject - she's moved up a level.\n\nLaura", findings={"PUPIL_NAME"}, action="DELIVER"))
    C.append(mk(M + "rfc2047_q_latin1_subject.eml", "OFFICE", ["HG"], "=?ISO-8859-1?Q?Caf=E9_concert_=96_tickets?=",
                "Hugo, 40 tickets sold so far.\n\nOffice", action="DELIVER"))
    C.append(mk(M + "rfc2047_split_words_sensitive.eml", "DSL", ["LADO"],
                "=?UTF-8?Q?HIGHLY_SENSITIVE?= =?UTF-8?Q?_=E2=80=93_consultation?=",
                "Dear LADO,\n\nPlease call me about a consultation.\n\nRukhsana", flags={"SENSITIVE_MARKING"}, action="ENCRYPT"))
    # ---- RFC 2231 / 2047 attachment file names
    C.append(mk(M + "rfc2231_filename.eml", "CATERING", ["OFFICE"], "Menu",
                "Hi, menu attached.\n\nDales Kitchen",
                atts=[att_doc("lunch_menu.pdf", filename="Menü_printemps_€.pdf", fn_style="rfc2231")], action="DELIVER"))
    C.append(mk(M + "rfc2047_filename_with_dob_doc.eml", "ADM", ["LAADM"], "Admission form",
                "Hello,\n\nCompleted form attached.\n\nAdmissions",
                atts=[att_doc("admission_form_hope.odt", filename="Anmeldung_für_Hope.odt", fn_style="both-2047")],
                findings={"PUPIL_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER"}, action="ENCRYPT"))
    # ---- QP soft line break in the middle of a name and a phone number
    raw = ("Katie,\r\n\r\nMessage from the office: please ring Siobh=C3=A1n Mur=\r\nphy's grandad on 07700 9=\r\n"
           "00771 after school.\r\n\r\nOffice\r\n").encode()
    p = Part("text/plain", b"", charset="utf-8", cte="quoted-printable",
             text="please ring Siobhán Murphy's grandad on 07700 900771 after school.")
    p.prebuilt = raw
    C.append(mk(M + "qp_soft_break_inside_name_and_phone.eml", "OFFICE", ["KW"], "Phone message", "", body=p,
                findings={"PUPIL_NAME", "PHONE_NUMBER"}, action="DELIVER"))
    # ---- replies and forwards
    q = outlook_quote("Helen Marsh <head@hawthornlane.leeds.sch.uk>", "Monday, January 12, 2026 4:02 PM",
                      "Sarah Whitfield <sarah.whitfield@leeds.gov.uk>", "Observation",
                      f"Sarah, the pupil is Ruby Clark, date of birth {dob_uk(D.pupil('Ruby Clark'))}. Helen")
    C.append(mk(M + "reply_outlook_dob_in_history.eml", "HEAD", ["EP"], "RE: Observation",
                "Thanks Sarah - Thursday works.\n\nHelen" + q, findings={"PUPIL_NAME", "DATE_OF_BIRTH"},
                action="ENCRYPT", note="personal data in quoted history still leaves"))
    ohtml = html_page("<div>Thanks Sarah - Thursday works.<br>Helen</div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;"
                      "padding:3.0pt 0cm 0cm 0cm\"><p><b>From:</b> Sarah Whitfield<br><b>Sent:</b> 13 January 2026 09:14<br>"
                      "<b>Subject:</b> RE: Observation</p></div><p>Which pupil? Could I have the home address for the visit letter?</p>"
                      "<p>Reply: 42 Shadwell Lane, Leeds LS17 8HE.</p>")
    C.append(mk(M + "reply_outlook_html_address.eml", "HEAD", ["EP"], "RE: RE: Observation",
                "Thanks Sarah - Thursday works.\nHelen\n\nFrom: Sarah Whitfield\nSent: 13 January 2026 09:14\nSubject: RE: Observation\n\n"
                "Which pupil? Could I have the home address for the visit letter?\n\nReply: 42 Shadwell Lane, Leeds LS17 8HE.",
                html=ohtml, findings={"POSTAL_ADDRESS"}, action="ENCRYPT"))
    C.append(mk(M + "reply_gmail_phone_in_quote.eml", "EW", ["SW"], "Re: contact number",
                "Thanks Jo, I'll call her tomorrow.\n\nEmma" +
                gmail_quote("Tue, 13 Jan 2026 at 11:20", "Jo Pemberton", "jo.pemberton@leeds.gov.uk",
                            "Emma, mum's new mobile is 07700 900911. Jo"),
                findings={"PHONE_NUMBER"}, action="ENCRYPT"))
    C.append(mk(M + "forward_apple_mail_address.eml", "ADM", ["FC"], "Fwd: change of address",
                "Fiona - for Arbor.\n\nSent from my iPad" +
                apple_forward("Gemma Hill <gemma.hill@icloud.com>", "change of address", "14 January 2026 at 20:41:09 GMT",
                              "admissions@hawthornlane.leeds.sch.uk",
                              "Hi, we've moved to 3 Wigton Chase, Leeds LS17 8RB. Grace Hill is in Year 2. Gemma"),
                findings={"POSTAL_ADDRESS", "PUPIL_NAME"}, action="DELIVER", mailer="iPad Mail (22C152)"))
    C.append(mk(M + "forward_gmail_benign.eml", "DEP", ["STAFFLIST"], "Fwd: Road closure",
                "FYI all.\n\nDaniel" +
                gmail_forward("Leeds Highways <highways@leeds.gov.uk>", "Thu, 15 Jan 2026 at 10:02", "Road closure",
                              "head@hawthornlane.leeds.sch.uk", "Hawthorn Lane will be closed on 3 February for resurfacing."),
                action="DELIVER"))
    C.append(mk(M + "reply_chain_benign_deep.eml", "KW", ["MN", "PE"], "Re: Re: Re: moderation",
                "Fine by me.\n\nKatie" + gmail_quote("Wed, 14 Jan 2026 at 16:01", "Marta Nowak", "m.nowak@hawthornlane.leeds.sch.uk",
                                                      "Wednesday then?\n" + gmail_quote("Wed, 14 Jan 2026 at 15:30", "Peter Evans",
                                                                                        "p.evans@hawthornlane.leeds.sch.uk",
                                                                                        "Tuesday or Wednesday for moderation?")),
                action="DELIVER", extra_headers=[("In-Reply-To", "<mod-thread-2@hawthornlane.leeds.sch.uk>"),
                                                 ("References", "<mod-thread-1@hawthornlane.leeds.sch.uk> <mod-thread-2@hawthornlane.leeds.sch.uk>")]))
    # ---- multipart/signed (dummy S/MIME signature)
    signed = Part("multipart/signed", params={"protocol": "application/pkcs7-signature", "micalg": "sha-256"}, parts=[
        text_part("Dear Jo,\n\nConfirming that Ivy Young's child protection plan review is on 4 February.\n\nRukhsana Ahmed\nDSL"),
        Part("application/pkcs7-signature", hashlib.sha256(b"dummy signature").digest() * 8,
             disposition="attachment", filename="smime.p7s", description="S/MIME Cryptographic Signature")])
    C.append(mk(M + "signed_smime_safeguarding.eml", "DSL", ["SW"], "CP review date", "", body=signed,
                findings={"PUPIL_NAME", "SAFEGUARDING"}, action="ENCRYPT"))
    signed2 = Part("multipart/signed", params={"protocol": "application/pkcs7-signature", "micalg": "sha-256"}, parts=[
        text_part("Hi Ian,\n\nThe firewall update is scheduled for Saturday night.\n\nHelpdesk"),
        Part("application/pkcs7-signature", hashlib.sha256(b"dummy signature 2").digest() * 8,
             disposition="attachment", filename="smime.p7s")])
    C.append(mk(M + "signed_smime_benign.eml", "ITSUPPORT", ["IM"], "Firewall update", "", body=signed2, action="DELIVER"))
    # ---- attachment only, empty text
    C.append(mk(M + "attachment_only_no_text.eml", "KW", ["MN"], "report comments", "",
                body=mixed(att_doc("report_comments_y5.rtf")), findings={"PUPIL_NAME"}, action="DELIVER"))
    # ---- text/plain with format=flowed
    p = text_part("Katie, the Year 6 \nresidential money for Jack Baker \nhas been paid.\n\nOffice")
    p.params["format"] = "flowed"
    C.append(mk(M + "format_flowed_name.eml", "OFFICE", ["KW"], "Residential", "", body=p,
                findings={"PUPIL_NAME"}, action="DELIVER"))
    # ---- long base64 encoded html with card number
    html = html_page("<p>Hi,</p><p>Card for the deposit: <b>4111 1111 1111 1111</b>, exp 09/28.</p><p>Sunita</p>")
    C.append(mk(M + "html_base64_card.eml", "SBM", ["COACH"], "Deposit", "", body=text_part(html, "html", cte="base64"),
                findings={"PAYMENT_CARD"}, action="QUARANTINE"))
    return C
