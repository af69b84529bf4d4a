"""CREDENTIAL, BANK_ACCOUNT, PAYMENT_CARD and their look-alikes."""
from common import *  # noqa: F401,F403


def cases():
    C = []
    K = "credentials/"

    def add(path, frm, to, subject, text, findings=(), action=None, **kw):
        C.append(mk(K + path, frm, to, subject, text, findings=findings, action=action, **kw))

    # ---------------------------------------------------------------- CREDENTIAL ---------
    add("password/temp_password_internal.eml", "IM", ["GL"], "Your network account",
        "Hi Grace,\n\nYour account is set up. Username: g.lee  Temporary password: Hawthorn#2026 - you'll be asked to "
        "change it at first login.\n\nIan Murphy\nICT Technician", {"CREDENTIAL"}, "QUARANTINE")
    add("password/wifi_guest_external.eml", "OFFICE", ["EP"], "Visitor wifi",
        "Dear Sarah,\n\nFor your visit on Tuesday the guest wifi is HLPS-Guest, password Bluebell-Meadow-47.\n\nSchool Office",
        {"CREDENTIAL"}, "QUARANTINE")
    add("password/mis_login_shared.eml", "FC", ["SUPPLY"], "Arbor login for your supply teacher",
        "Hi,\n\nYour supply teacher can use the shared login: user supply1@hawthornlane, pw: Spring2026!\n\nFiona",
        {"CREDENTIAL"}, "QUARANTINE")
    add("password/alarm_pin.eml", "SBM", ["CATERING"], "Early delivery access",
        "Hi,\n\nFor Monday's 6am delivery the kitchen door alarm PIN is 4719 - please reset it when you leave.\n\nSunita",
        {"CREDENTIAL"}, "QUARANTINE")
    add("password/zip_password_separate_email.eml", "SENCO", ["EP"], "Password for the file",
        "Dear Sarah,\n\nThe password for the zip file I sent earlier is: Kestrel-Moor-19\n\nJames",
        {"CREDENTIAL"}, "QUARANTINE")
    add("password/password_in_html_table.eml", "IM", ["KW", "MN"], "iPad logins",
        "iPad logins\n\nDevice\tPasscode\nY6-iPad-01\t482913\nY6-iPad-02\t771204\n\nIan", {"CREDENTIAL"}, "QUARANTINE",
        html=html_page("<p>iPad logins</p><table border=1><tr><th>Device</th><th>Passcode</th></tr>"
                       "<tr><td>Y6-iPad-01</td><td>482913</td></tr><tr><td>Y6-iPad-02</td><td>771204</td></tr></table><p>Ian</p>"))
    add("password/quoted_history_password.eml", "KW", ["IM"], "Re: Your network account",
        "Thanks Ian, all working now.\n\nKatie" +
        gmail_quote("Mon, 5 Jan 2026 at 08:10", "Ian Murphy", "i.murphy@hawthornlane.leeds.sch.uk",
                    "Hi Katie,\n\nYour new password is Moorland!Oak9\n\nIan"),
        {"CREDENTIAL"}, "QUARANTINE", note="password in quoted history still leaves")
    add("password/parent_app_pin_to_parent.eml", "OFFICE", [parent_of("Holly White")], "School app account",
        "Dear Mrs White,\n\nYour school app account is ready. Your activation code/PIN is 905517.\n\nSchool Office",
        {"CREDENTIAL"}, "QUARANTINE")
    # negatives
    add("password/neg_reset_via_portal.eml", "IM", ["STAFFLIST"], "Password reset instructions",
        "All,\n\nPasswords expire on Friday. Please reset your password via the portal at https://portal.hawthornlane.leeds.sch.uk "
        "- never share your password with anyone, including IT.\n\nIan", (), "DELIVER")
    add("password/neg_password_rules.eml", "IM", ["STAFFLIST"], "New password rules",
        "All,\n\nFrom February passwords must be at least 14 characters. Three random words works well.\n\nIan", (), "DELIVER")
    add("password/neg_forgotten_password.eml", "KW", ["IM"], "Forgotten password",
        "Ian, I've forgotten my Purple Mash password again, can you reset it? Katie", (), "DELIVER")
    add("password/neg_password_sent_separately.eml", "SENCO", ["EP"], "Annual review papers",
        "Dear Sarah,\n\nThe review papers are in a password-protected zip; I'll send the password in a separate email.\n\nJames",
        (), "DELIVER")
    add("password/neg_masked_password.eml", "ITSUPPORT", ["IM"], "Ticket 48190 update",
        "Hi Ian,\n\nWe have reset the NAS admin account. Password: ******** (sent by text message).\n\nHelpdesk",
        (), "DELIVER")
    add("password/neg_pin_as_word.eml", "HEAD", ["STAFFLIST"], "Pinned post",
        "All,\n\nI've pinned the cover rota to the Teams channel. Door codes are changing - see Sunita in person.\n\nHelen",
        (), "DELIVER")

    # ---------------------------------------------------------------- BANK_ACCOUNT -------
    add("bank/parent_refund_details.eml", "SBM", ["LAFIN"], "Refund to parent",
        "Hi,\n\nPlease refund £14.50 to Mrs Hall: sort code 20-45-77, account number 73841926.\n\nSunita",
        {"BANK_ACCOUNT"}, "QUARANTINE")
    add("bank/supplier_bank_change_internal.eml", "OFFICE", ["SBM"], "Catering bank details change",
        "Sunita,\n\nDales Kitchen phoned: new bank details are sort code 40 47 84 account 61538207.\n\nOffice",
        {"BANK_ACCOUNT"}, "QUARANTINE")
    iban = make_iban("GB", "NWBK60161331926819")
    add("bank/iban_overseas_trip.eml", "SBM", [("Château de Vert Bois", "reservations@chateauvertbois.fr")],
        "Deposit for the Y6 trip",
        f"Bonjour,\n\nWe will pay the deposit to the IBAN you gave us, {fmt_iban(iban)}; please confirm.\n\nSunita Patel",
        {"BANK_ACCOUNT"}, "QUARANTINE")
    add("bank/iban_compact_de.eml", "HG", ["SBM"], "Orff instruments supplier",
        f"Sunita, the German supplier's IBAN is {make_iban('DE', '370400440532013000')}. Hugo",
        {"BANK_ACCOUNT"}, "QUARANTINE")
    add("bank/staff_salary_account.eml", "SBM", ["PAYROLL"], "Salary account change",
        "Hello,\n\nOwen Singh's salary should now go to sort code 30-96-26, account no. 02847561.\n\nSunita",
        {"BANK_ACCOUNT"}, "QUARANTINE")
    add("bank/school_fund_account_to_parent.eml", "OFFICE", [parent_of("Kacper Hall")], "Paying for the trip",
        "Dear Mrs Hall,\n\nYou can pay by bank transfer to the School Fund: sort code 05-01-25, account 41928376, reference KHALL.\n\nSchool Office",
        {"BANK_ACCOUNT"}, "QUARANTINE", note="the school's own account: the contract has no exception")
    # negatives
    bad_iban = iban[:2] + "30" + iban[4:]
    assert not iban_check_ok(bad_iban)
    add("bank/neg_invalid_iban.eml", "SBM", [("Château de Vert Bois", "reservations@chateauvertbois.fr")], "IBAN problem",
        f"Bonjour,\n\nOur bank rejected {fmt_iban(bad_iban)} - could you check it?\n\nSunita", (), "DELIVER", lint_skip={"iban"})
    add("bank/neg_sort_code_only.eml", "SBM", ["LAFIN"], "Which branch?",
        "Hi,\n\nIs the schools' account still at sort code 20-45-77? Just checking the branch.\n\nSunita", (), "DELIVER")
    add("bank/neg_pay_via_portal.eml", "STATIONERY", ["SBM"], "Invoice INV-20931",
        "Dear Sunita,\n\nInvoice INV-20931 (£217.60) is due on 7 February. Please pay via the purchasing portal.\n\nBrightspark Accounts",
        (), "DELIVER")
    add("bank/neg_budget_codes.eml", "SBM", ["HEAD"], "Budget codes",
        "Helen,\n\nCost centre 20-45 and account code 4410 for the library books.\n\nSunita", (), "DELIVER")

    # ---------------------------------------------------------------- PAYMENT_CARD -------
    add("card/visa_test_number_external.eml", "SBM", ["OUTDOOR"], "Booking deposit",
        "Hi,\n\nPlease take the deposit on the school card: 4111 1111 1111 1111, expiry 09/28, in the name of Hawthorn Lane PS.\n\nSunita",
        {"PAYMENT_CARD"}, "QUARANTINE")
    add("card/mastercard_internal.eml", "SBM", ["OFFICE"], "Card for Amazon order",
        "Hi, use the procurement card 5555 5555 5555 4444 for the book order please. Sunita",
        {"PAYMENT_CARD"}, "QUARANTINE")
    add("card/amex_dashes.eml", "HEAD", ["COACH"], "Coach payment",
        "Hello,\n\nPayment card: 3782-822463-10005 (American Express).\n\nDr Marsh", {"PAYMENT_CARD"}, "QUARANTINE")
    add("card/card_in_forward.eml", "SBM", ["OFFICE"], "FW: Trip payment",
        "Can you process this one?\n\nSunita" +
        outlook_quote("Mark Baker <mark.baker@sky.com>", "20 January 2026 19:02", "s.patel@hawthornlane.leeds.sch.uk",
                      "Trip payment", "Please take the trip money from my card 4012 8888 8888 1881. Thanks, Mark"),
        {"PAYMENT_CARD"}, "QUARANTINE")
    # negatives
    add("card/neg_luhn_invalid.eml", "SBM", ["OFFICE"], "Card declined",
        "The card number on the form, 4111 1111 1111 1112, was declined - it must be a typo. Sunita",
        (), "DELIVER")
    add("card/neg_last_four.eml", "SBM", ["STATIONERY"], "Payment made",
        "Hi,\n\nPaid today with the card ending 4444. Order PO-2026-0147.\n\nSunita", (), "DELIVER")
    add("card/neg_order_number_16_digits.eml", "STATIONERY", ["SBM"], "Order confirmation",
        "Dear Sunita,\n\nYour order number is 1234 5678 9012 3456.\n\nBrightspark", (), "DELIVER")
    return C
