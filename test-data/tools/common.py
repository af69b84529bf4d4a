"""People, organisations and the mk() helper shared by the case modules."""
from generate import *  # noqa: F401,F403
import generate as G

STAFF_KEYS = {
    "HEAD": "head", "DEP": "d.okafor", "OFFICE": "office", "SBM": "s.patel",
    "SENCO": "j.fletcher", "DSL": "r.ahmed", "KW": "k.walker", "MN": "m.nowak",
    "PE": "p.evans", "LG": "l.green", "TH": "t.hughes", "AB": "a.begum", "CR": "c.roberts",
    "BT": "b.thompson", "GL": "g.lee", "NH": "n.hall", "IM": "i.murphy", "FC": "f.chen",
    "OS": "o.singh", "EW": "e.wood", "HG": "h.garcia", "ADM": "admissions",
}
DOM = "hawthornlane.leeds.sch.uk"
PEOPLE = {}
for k, local in STAFF_KEYS.items():
    row = D.staff[f"{local}@{DOM}"]
    PEOPLE[k] = (row["name"], row["email"])

EXT = {
    "EP": ("Dr Sarah Whitfield", "sarah.whitfield@leeds.gov.uk"),
    "FRONTDOOR": ("Children's Social Work Front Door", "cswfrontdoor@leeds.gov.uk"),
    "SW": ("Jo Pemberton", "jo.pemberton@leeds.gov.uk"),
    "LADO": ("Local Authority Designated Officer", "lado@leeds.gov.uk"),
    "NURSE": ("School Nursing Team (North)", "leeds.schoolnursing@nhs.net"),
    "GP": ("Moorside Medical Practice", "moorside.practice@nhs.net"),
    "CAMHS": ("CAMHS Leeds", "camhs.referrals@nhs.net"),
    "LAADM": ("Leeds Admissions", "school.admissions@leeds.gov.uk"),
    "LAEDU": ("Education Welfare Service", "ews@leeds.gov.uk"),
    "LAFIN": ("Schools Finance", "schools.finance@leeds.gov.uk"),
    "CHAIR": ("Margaret Ellison", "margaret.ellison@outlook.com"),
    "GOV2": ("Raj Mistry", "raj.mistry@btinternet.com"),
    "GOV3": ("Revd Andrew Dunn", "andrew.dunn@leedsanglican.org.uk"),
    "GOV4": ("Ifeoma Chukwu", "ifeoma.chukwu@gmail.com"),
    "GOV5": ("Phil Sutcliffe", "phil.sutcliffe@yahoo.co.uk"),
    "GOV6": ("Dr Eleanor Pryce", "e.pryce@leeds.ac.uk"),
    "GOV7": ("Tony Bramley", "tony.bramley@sky.com"),
    "CLERK": ("Clerk to Governors", "clerk.governors@leedsgovernorservices.org.uk"),
    "PAYROLL": ("Northgate Schools Payroll", "payroll@northgateschoolspayroll.co.uk"),
    "STATIONERY": ("Brightspark Stationery Ltd", "accounts@brightsparkstationery.co.uk"),
    "CATERING": ("Dales Kitchen Catering", "orders@daleskitchen.co.uk"),
    "ITSUPPORT": ("Northern Schools IT Helpdesk", "helpdesk@northernschoolsit.co.uk"),
    "OUTDOOR": ("Moorland Edge Outdoor Centre", "bookings@moorlandedgeoutdoor.co.uk"),
    "COACH": ("Aire Valley Coaches", "hire@airevalleycoaches.co.uk"),
    "SECONDARY": ("Year 7 Transition, Roundhay Crest Academy", "transition@roundhaycrest.leeds.sch.uk"),
    "POLICE": ("PCSO Dan Firth", "dan.firth@westyorkshire.police.uk"),
    "SALT": ("Speech and Language Therapy", "leedsslt@nhs.net"),
    "OT": ("Children's Occupational Therapy", "leeds.childrensot@nhs.net"),
    "PHOTO": ("Tempest-style School Photography", "schools@brightlensphotography.co.uk"),
    "MUSIC": ("ArtForms Music Service", "artforms.music@leeds.gov.uk"),
    "AUDIT": ("Internal Audit", "internal.audit@leeds.gov.uk"),
    "DPO": ("Schools DPO Service", "dpo.schools@leeds.gov.uk"),
    "SUPPLY": ("Red Kite Supply Teachers", "bookings@redkitesupply.co.uk"),
    "FRIEND": ("Jen", "jen.holroyd73@gmail.com"),
    "PERSONAL_PE": ("Peter Evans", "pete.evans.leeds@gmail.com"),
    "UNIFORM": ("Kirkby Moor Schoolwear", "sales@kirkbymoorschoolwear.co.uk"),
    "LIBRARY": ("Leeds Libraries Schools Team", "schools.library@leeds.gov.uk"),
}
INTERNAL_OTHER = {
    "PTA": ("Hawthorn Lane PTA", f"pta@{DOM}"),
    "GOVINT": ("Margaret Ellison (Chair of Governors)", f"chair.governors@{DOM}"),
    "STAFFLIST": ("All Staff", f"allstaff@{DOM}"),
    "Y4CLASS": ("Year 4 class account", f"year4@pupils.{DOM}"),
    "NOREPLY": ("Hawthorn Lane Arbor", f"no-reply@{DOM}"),
}


def who(x):
    """staff key, external key, ('Name', 'addr') or a bare address"""
    if isinstance(x, tuple):
        return x
    if x in PEOPLE:
        return PEOPLE[x]
    if x in EXT:
        return EXT[x]
    if x in INTERNAL_OTHER:
        return INTERNAL_OTHER[x]
    if "@" in x:
        r = D.parents.get(x.lower())
        if r:
            return (r["name"], r["email"])
        for p in D.pupils:
            if p["email"].lower() == x.lower():
                return p["email"]
        return x
    raise KeyError(x)


def parent_of(pupil_name, i=0):
    p = D.pupil(pupil_name)
    ps = D.parents_of(p["upn"])
    r = ps[i]
    return (r["name"], r["email"])


def sig(key):
    return staff_sig(who(key)[1])


def mk(path, frm, to, subject, text, *, cc=(), bcc=(), html=None, atts=(), findings=(),
       flags=(), action=None, body=None, charset="utf-8", cte=None, **kw):
    """Build a Case. text: plain body (signature not added automatically). html: True for
    multipart/alternative built from the text, 'only' for an HTML-only body, or an HTML string."""
    if body is None:
        if html is True:
            b = alt_part(text, charset=charset, cte=cte)
        elif html == "only":
            b = text_part(html_page(paras_html(text)), "html", charset=charset, cte=cte)
        elif isinstance(html, str):
            b = alt_part(text, html, charset=charset, cte=cte)
        else:
            b = text_part(text, charset=charset, cte=cte)
        if atts:
            b = mixed(b, *atts)
    else:
        b = body
    return Case(path, frm=who(frm), to=[who(t) for t in to], cc=[who(t) for t in cc],
                bcc=[who(t) for t in bcc], subject=subject, body=b, findings=findings,
                flags=flags, action=action, **kw)


def gmail_quote(when, name, addr, text):
    q = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return f"\nOn {when}, {name} <{addr}> wrote:\n{q}\n"


def outlook_quote(frm, sent, to, subject, text):
    return (f"\n________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text.strip()}\n")


def gmail_forward(frm, date, subject, to, text):
    return (f"\n---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")


def apple_forward(frm, subject, date, to, text):
    return (f"\nBegin forwarded message:\n\nFrom: {frm}\nSubject: {subject}\nDate: {date}\n"
            f"To: {to}\n\n{text.strip()}\n")


def att_doc(name, ctype=None, filename=None, text=None, **kw):
    ct = ctype or {
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "pdf": "application/pdf", "rtf": "application/rtf", "csv": "text/csv",
        "txt": "text/plain", "zip": "application/zip",
    }[name.rsplit(".", 1)[1]]
    import docs
    src_text = text if text is not None else docs.TEXT.get(name)
    return attachment(filename or name, DOCS.get(name), ct, text=src_text, **kw)


def att_text(filename, content, ctype="text/plain", charset="utf-8", **kw):
    data = crlf(content).encode(charset)
    return Part(ctype, data, charset=charset, cte=kw.pop("cte", "base64"), disposition="attachment",
                filename=filename, text=content, **kw)
