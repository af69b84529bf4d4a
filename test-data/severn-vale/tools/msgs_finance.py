"""CREDENTIALS_OR_FINANCIAL: passwords/PINs, bank details, card numbers - and the safe look-alikes."""
from registry import (add, text, html, alt, mixed, attachment, Rfc822, outlook_quote, gmail_quote, apple_quote,
                      gmail_fwd, apple_fwd, html_doc, p2html, alt_of, embedded, outlook_fwd_header)
from roster import S, CH, DOM, full, mail, parent_email, parent_name, parents_of
import attachments as att
import lib
from msgs_benign import (H, GP, NA, JK, TK, LF, DC, BL, SW, PH, CR, AN, KA, OS, RM, CD, PR, JC, SWI, FG, OM, EP,
                         LB, AM, DH, RS, KB, PV, AF, DW, MG, YO, HB, GW, SP, OFFICE, EXAMS, FIN, ITS, SIX, STAFF_ALL)

P = CH
PD, CF = "PERSONAL_DATA", "CREDENTIALS_OR_FINANCIAL"
VISA = "4945 8073 0215 7365"
MC = "5435623012383603"
AMEX = "3797 220033 22452"
IBAN_FR = lib.make_iban("FR", "3000401234000123456785" + "3")
IBAN_SVA = "GB48LOYD30962671203345"
IBAN_BAD = "GB84LOYD30962671203345"
assert lib.luhn_ok(VISA) and lib.luhn_ok(MC) and lib.luhn_ok(AMEX)
assert lib.iban_valid(IBAN_FR) and lib.iban_valid(IBAN_SVA) and not lib.iban_valid(IBAN_BAD)

# f01 invoice PDF to a parent: the academy's bank details + the parent's home address
add("finance/f01-invoice-pdf-parent", FIN, [parent_email("freddie", 1)], subject="Invoice SVA-2025-0412",
    body=mixed(text("""Dear Mr Bennett,

Please find attached invoice SVA-2025-0412. You can pay on ParentPay or by bank transfer using the details on
the invoice.

Kind regards
Finance Office
Severn Vale Academy"""), att.office("Invoice_SVA-2025-0412")),
    flags=[CF, PD], findings=["BANK_ACCOUNT", "POSTAL_ADDRESS"], action="QUARANTINE")

# f02 the academy's own bank details in the body, to a supplier for a refund
add("finance/f02-school-bank-details-refund", SW, [("Accounts - Coach Hire Bristol", "accounts@coachhire-bristol.co.uk")],
    subject="Refund for cancelled coach 14 November",
    body=f"""Hi Trish,

As agreed on the phone, please refund the £480 deposit for the cancelled coach to:

Severn Vale Academy
Lloyds Bank plc
Sort code: 30-96-26
Account number: 71203345

Reference SVA-REFUND-1411. Thank you.

{SW.sig()}""", flags=[CF], findings=["BANK_ACCOUNT"], action="QUARANTINE")

# f03 receptionist takes a card payment over the phone and emails it to finance (internal)
add("finance/f03-card-number-internal", JC, [FIN], subject="card payment for Y8 trip - can you process",
    body=f"""Hi finance,

Mrs Kowalczyk rang to pay the £95 balance for Rose's Wye Valley trip as ParentPay isn't working for her.
Card: {VISA}  exp 09/27  - she'll give the CVV when you ring back.

Janet""", flags=[CF], findings=["PAYMENT_CARD"], action="QUARANTINE")

# f04 valid IBAN for the French exchange partner school
add("finance/f04-iban-exchange", AF, [("Lycée Jean Moulin - intendance", "intendance@lycee-jeanmoulin-example.fr")],
    subject="Échange scolaire - paiement des familles d'accueil",
    body=text(f"""Bonjour Madame Lefèvre,

Merci pour votre message. Nous allons virer la participation aux frais (1 240 €) sur le compte suivant, comme
indiqué dans votre courrier :

IBAN : {lib.fmt_iban(IBAN_FR)}
BIC : BNPAFRPPXXX

Pourriez-vous confirmer le titulaire du compte ?

Cordialement,
Ana Ferreira
Teacher of Modern Foreign Languages, Severn Vale Academy""", charset="iso-8859-15"),
    flags=[CF], findings=["BANK_ACCOUNT"], action="QUARANTINE")

# f05 IBAN with a wrong check number -> no finding
add("finance/f05-iban-invalid", SW, [AF], subject="Re: French exchange IBAN",
    body=f"""Ana - I tried our own IBAN in the bank's checker for the form and it's rejected: {lib.fmt_iban(IBAN_BAD)}. I think the
check digits on the letterhead template are transposed. I'll get the right one from the bank statement, no need
to send it on.

Sandra""", flags=[], findings=[], action="DELIVER")

# f06 temporary password sent to a pupil by IT (pupil contact approved)
al = P["alex"]
add("finance/f06-temp-password-pupil", DC, [al], subject="Your account",
    body="""Hi Alex,

I've reset your school account as you asked at the helpdesk. Your temporary password is Kestrel-Moon-42 and
you'll be asked to change it when you log in. Don't share it with anyone.

Dev Chauhan
Network Manager""", flags=[CF], findings=["CREDENTIAL"], action="QUARANTINE")

# f07 guest WiFi password to a visiting speaker
add("finance/f07-wifi-password-visitor", EP, [("Dr Amrita Sen", "amrita.sen@nhs-example.net")],
    subject="Thursday's talk - arrival details",
    body="""Dear Dr Sen,

Thank you again for agreeing to speak to our Year 12 medics on Thursday. Please sign in at main reception; parking
is in the visitors' bays. The guest WiFi is SVA-Guest and the password is Severn!Visitor2025.

Kind regards
Eleanor Price
Careers Adviser""", flags=[CF], findings=["CREDENTIAL"], action="QUARANTINE")

# f08 photocopier PIN to a new member of staff (internal)
add("finance/f08-photocopier-pin", BL, [KB], subject="Printing",
    body="""Hi Keeley,

Your photocopier PIN is 4817 - type it on the keypad then press the ID button. Your staff login works on the
Follow-Me printers too.

Becky, IT""", flags=[CF], findings=["CREDENTIAL"], action="QUARANTINE")

# f09 a member of staff's new bank details to payroll (external), with NI number
add("finance/f09-staff-bank-change", PH, [("Payroll - Strategic HR", "payroll@strategichr-example.co.uk")],
    subject="Bank change - Steph Park",
    body="""Hi Dawn,

Please change Steph Park's bank details from December's pay:
Sort code 20-45-77, account 43819012 (Barclays)
NI number PR 10 17 46 B for matching.

Pauline""", flags=[CF, PD], findings=["BANK_ACCOUNT", "UK_NINO"], action="QUARANTINE")

# f10 password only in the quoted history of a reply
add("finance/f10-password-in-quote", GW, [BL], subject="RE: SIMS login",
    body="""That worked, thank you!!

Gwen""" + outlook_quote("Becky Lloyd <b.lloyd@severnvale.org.uk>", "2025-09-08 08:12", "Gwen Williams <g.williams@severnvale.org.uk>",
                        "SIMS login", """Hi Gwen,

Username: gwilliams
Password: Cover#Team2025

Change it at first login please.

Becky"""), flags=[CF], findings=["CREDENTIAL"], action="QUARANTINE")

# f11 password sent separately - no secret written out
add("finance/f11-password-separately", PR, [("CELT Data Team", "data@celt.org.uk")], subject="Census file",
    body="""Hi,

The autumn census file is in the secure folder. I'll text you the password for the zip separately - it isn't in
this email.

Priya""", flags=[], findings=[], action="DELIVER")

# f12 card number that fails Luhn (mistyped) -> no finding
add("finance/f12-card-fails-luhn", JC, [FIN], subject="card number doesn't work",
    body="""Hi,

The card number Mr Doyle gave me earlier doesn't go through - 4945 8073 0215 7356 - I think I wrote it down wrong.
I've asked him to pay on ParentPay instead, so please ignore.

Janet""", flags=[], findings=[], action="DELIVER")

# f13 parent's own bank details for a refund, internal
add("finance/f13-parent-bank-refund", SW, [FIN], subject="refund - Y10 ski trip withdrawal",
    body="""Please refund £350 to the parent (Mr S McAllister):
acc no 61029384  s/c 09-01-28
ref SKI26-CMCA

Sandra""", flags=[CF], findings=["BANK_ACCOUNT"], action="QUARANTINE", client="iphone")

# f14 exam board portal login shared with a colleague
add("finance/f14-exam-portal-login", LF, [EXAMS], subject="login for the AQA portal while I'm off",
    body="""For Friday while I'm at the course:

Centre Services login: lfox56231
password: Marmalade*Otter9

Please don't change it, I'll reset it Monday.

Lorraine""", flags=[CF], findings=["CREDENTIAL"], action="QUARANTINE")

# f15 payment confirmation without card data
add("finance/f15-parentpay-confirmation", FIN, [parent_email("ravi")], subject="Payment received - thank you",
    body="""Dear Mr Mistry,

Thank you - we have received your payment of £45.00 for the Year 11 prom deposit (ParentPay ref 88213). Your
card ending 0417 was charged on 2 December.

Finance Office
Severn Vale Academy""", flags=[], findings=[], action="DELIVER")

# f16 Amex and Mastercard numbers in an HTML table (trip deposits), internal
add("finance/f16-cards-html-table", FIN, [SW], subject="Phone payments to process",
    body=html(html_doc(f"""<p>Sandra, two phone payments taken while the terminal was down:</p>
<table border="1"><tr><th>Payer</th><th>Card</th><th>Expiry</th><th>Amount</th></tr>
<tr><td>Mrs N O'Brien</td><td>{AMEX}</td><td>04/28</td><td>£60.00</td></tr>
<tr><td>Mr C Doyle</td><td>{MC}</td><td>11/26</td><td>£60.00</td></tr></table>""")),
    flags=[CF], findings=["PAYMENT_CARD"], action="QUARANTINE")

# f17 door keypad code (a PIN) to supply staff
add("finance/f17-door-code", GW, [("Vale Supply - bookings", "bookings@vale-supply.co.uk")], subject="Supply cover Monday - arrival",
    body="""Hi Karen,

For your teacher on Monday: please arrive by 8.15. The staff entrance keypad code is 2580# and the staffroom code
is 1379. Sign in at reception first.

Gwen Williams
Cover Manager""", flags=[CF], findings=["CREDENTIAL"], action="QUARANTINE")

# f18 password expiry notice - no secret
add("finance/f18-password-expiry-notice", ITS, [CR], subject="Your password expires in 5 days",
    body="""Hi Callum,

Your network password expires in 5 days. Change it at any time from a school PC (Ctrl+Alt+Del > Change a
password) or through the self-service password portal. Passwords must be 14+ characters.

IT Support""", flags=[], findings=[], action="DELIVER")

# f19 bank details + SENSITIVE marking, internal: quarantine beats deliver
add("finance/f19-sensitive-salary-sacrifice", PH, [SW], subject="SENSITIVE - salary advance",
    body="""Sandra,

The Principal has approved a salary advance of £600 for a member of staff (hardship). Please pay it by BACS today
to sort code 40-47-84, account 70872490, and recover it over three months.

Pauline""", flags=[CF, "SENSITIVE_MARKING"], findings=["BANK_ACCOUNT"], action="QUARANTINE")

# f20 trip payment email to parents: 'pay online', no bank details - approved sender, Bcc
add("finance/f20-trip-payment-reminder", FIN, [("Severn Vale Academy", f"finance@{DOM}")],
    bcc=[parent_email(k) for k in ("rose", "will", "chloe", "mateusz", "eilidh", "jayden", "kofi")],
    subject="Y8 Wye Valley residential - final payment due",
    body="""Dear parents and carers,

The final instalment of £95 for the Wye Valley residential is due by 6 February. Please pay through ParentPay.
If you are having difficulty paying, please contact Mrs Whitlock in confidence - we never want cost to stop a
child going.

Finance Office
Severn Vale Academy, Gloucester Road North, Filton, Bristol, BS34 7BQ - 0117 496 0100""",
    flags=[], findings=[], action="DELIVER")

# f21 sort code on its own, no account number
add("finance/f21-sort-code-only", SW, [("CELT Finance", "finance@celt.org.uk")], subject="Which branch?",
    body="""Liz - the new catering supplier's invoice shows a sort code of 30-96-26, same branch as ours. Is that right
or is it a typo? I haven't got an account number for them yet so I haven't set them up.

Sandra""", flags=[], findings=[], action="DELIVER")

# f22 PIN for the exam papers safe, forwarded Gmail-style, internal
add("finance/f22-safe-code-forward", LF, [("Exams invigilation lead", f"invigilation@{DOM}")],
    subject="Fwd: safe", body="""See below - for emergencies only.

Lorraine""" + gmail_fwd("Sam Whitaker <s.whitaker@severnvale.org.uk>", "2026-01-05 07:31", "safe",
                        "Lorraine Fox <l.fox@severnvale.org.uk>", """Lorraine, new code for the exam papers safe is 0-7-4-4-1-9. Old one no longer works.

Sam"""), flags=[CF], findings=["CREDENTIAL"], action="QUARANTINE", client="gmail")
