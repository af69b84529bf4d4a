#!/usr/bin/env python3
"""Writes the Severn Vale Academy hold-out corpus: config/, messages/, labels.json.

    python3 holdout/tools/generate.py                 # regenerate everything (stdlib only)
    python3 holdout/tools/generate.py --attachments   # rebuild office/PDF attachments with LibreOffice first

Deterministic: running it twice gives identical bytes. The labels are written by
hand in the msgs_*.py modules; this script cross-checks them against everything
that can be computed (rule flags, action precedence, check-digit identifiers,
roster names) and refuses to write a corpus whose labels disagree.
"""
import csv
import io
import json
import os
import re
import sys
from email.header import decode_header, make_header
from email.utils import getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
import roster  # noqa: E402
import registry  # noqa: E402
from roster import SCHOOL, STAFF_OBJS, PUPILS, PARENTS, DOM  # noqa: E402

FLAGS = ["ATTACHMENT_TOO_LARGE", "EXECUTABLE_ATTACHMENT", "CREDENTIALS_OR_FINANCIAL", "RECIPIENTS_EXPOSED",
         "PARENT_CONTACT_UNAPPROVED", "PUPIL_CONTACT_UNAPPROVED", "BULK_PERSONAL_DATA", "PERSONAL_DATA",
         "SPECIAL_CATEGORY", "SENSITIVE_MARKING", "OFFENSIVE_LANGUAGE"]
FINDINGS = ["PUPIL_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER", "UK_UPN", "UK_ULN", "UK_NHS_NUMBER",
            "UK_NINO", "HEALTH", "SEN", "SAFEGUARDING", "CREDENTIAL", "BANK_ACCOUNT", "PAYMENT_CARD"]
FINDING_FLAG = {"DATE_OF_BIRTH": "PERSONAL_DATA", "POSTAL_ADDRESS": "PERSONAL_DATA", "PHONE_NUMBER": "PERSONAL_DATA",
                "UK_UPN": "PERSONAL_DATA", "UK_ULN": "PERSONAL_DATA", "UK_NHS_NUMBER": "PERSONAL_DATA",
                "UK_NINO": "PERSONAL_DATA", "HEALTH": "SPECIAL_CATEGORY", "SEN": "SPECIAL_CATEGORY",
                "SAFEGUARDING": "SPECIAL_CATEGORY", "CREDENTIAL": "CREDENTIALS_OR_FINANCIAL",
                "BANK_ACCOUNT": "CREDENTIALS_OR_FINANCIAL", "PAYMENT_CARD": "CREDENTIALS_OR_FINANCIAL"}
SEVERITY = {"DELIVER": 0, "ENCRYPT": 1, "QUARANTINE": 2, "REJECT": 3}

DISCLAIMER = (
    "This email and any files sent with it are confidential and intended solely for the person or "
    "organisation to whom it is addressed. If you have received it in error, please tell the sender and "
    "delete it. Severn Vale Academy is part of the Cotswold Edge Learning Trust, a charitable company "
    "limited by guarantee registered in England and Wales (company number 08123456). Emails may be monitored.\n")


# ------------------------------------------------------------------ config

def write_config():
    cfg = os.path.join(ROOT, "config")
    os.makedirs(os.path.join(cfg, "directory"), exist_ok=True)
    y = []
    y.append("# Severn Vale Academy (fictional) - minimal gateway configuration, every other setting default")
    y.append("school:")
    y.append(f"  name: {SCHOOL['name']}")
    y.append(f"  address: {SCHOOL['address']}")
    y.append(f"  phone: {SCHOOL['phone']}")
    y.append(f"  domains: [{', '.join(SCHOOL['domains'])}]")
    y.append("disclaimer: |")
    y.extend("  " + line for line in wrap(DISCLAIMER.strip(), 96))
    y.append("directory:")
    y.append("  staff: directory/staff.csv")
    y.append("  parents: directory/parents.csv")
    y.append("  pupils: directory/pupils.csv")
    write(os.path.join(cfg, "gateway.yaml"), ("\n".join(y) + "\n").encode())

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["staff_code", "name", "email", "job_title", "department", "pupil_contact", "parent_contact"])
    for s in STAFF_OBJS:
        w.writerow([s.code, s.name, s.csv_email, s.title, s.dept, s.pupil, s.parent])
    write(os.path.join(cfg, "directory", "staff.csv"), out.getvalue().encode("utf-8"))

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["admission_no", "surname", "forename", "preferred_name", "sex", "date_of_birth", "year_group",
                "tutor_group", "upn", "uln", "email"])
    for p in PUPILS:
        w.writerow([p.adm, p.surname, p.forename, p.preferred, p.sex, p.dob.isoformat(), p.year, p.tutor, p.upn,
                    p.uln, p.email])
    write(os.path.join(cfg, "directory", "pupils.csv"), out.getvalue().encode("utf-8"))

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["name", "relationship", "children", "email", "contact_priority"])
    for r in PARENTS:
        w.writerow([r["name"], r["relationship"], ";".join(k.upn for k in r["children"]), r["email"], r["priority"]])
    write(os.path.join(cfg, "directory", "parents.csv"), out.getvalue().encode("utf-8"))


def wrap(s, n):
    words, lines, cur = s.split(), [], ""
    for w_ in words:
        if len(cur) + len(w_) + 1 > n:
            lines.append(cur)
            cur = w_
        else:
            cur = (cur + " " + w_).strip()
    if cur:
        lines.append(cur)
    return lines


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


# ------------------------------------------------------------------ checks

STAFF_BY_EMAIL = {s.email.lower(): s for s in STAFF_OBJS}
PUPIL_EMAILS = {p.email.lower() for p in PUPILS if p.email}
PARENT_EMAILS = {r["email"].lower() for r in PARENTS} - set(STAFF_BY_EMAIL)
INTERNAL = {d.lower() for d in SCHOOL["domains"]}


def is_internal(a):
    return a.rsplit("@", 1)[-1].lower() in INTERNAL


def envelope(raw):
    head = raw.split(b"\r\n\r\n", 1)[0].decode("utf-8")
    head = re.sub(r"\r\n[ \t]+", " ", head)
    fields = {}
    for line in head.split("\r\n"):
        k, v = line.split(":", 1)
        fields.setdefault(k.strip().lower(), []).append(v.strip())
    def addrs(k):
        return [a for _, a in getaddresses(fields.get(k, [])) if a]
    return fields, addrs("from")[0], addrs("to"), addrs("cc"), addrs("bcc")


def rule_flags(m, raw):
    fields, frm, to, cc, bcc = envelope(raw)
    rcpts = to + cc + bcc
    got = set()
    visible_ext = {a.lower() for a in to + cc if not is_internal(a)}
    if len(visible_ext) > 5:
        got.add("RECIPIENTS_EXPOSED")
    st = STAFF_BY_EMAIL.get(frm.lower())
    if any(a.lower() in PARENT_EMAILS for a in rcpts) and not (st and st.parent == "yes"):
        got.add("PARENT_CONTACT_UNAPPROVED")
    if any(a.lower() in PUPIL_EMAILS for a in rcpts) and not (st and st.pupil == "yes"):
        got.add("PUPIL_CONTACT_UNAPPROVED")
    subj = str(make_header(decode_header(fields["subject"][0])))
    if re.search(r"\bSENSITIVE\b", subj, re.I):
        got.add("SENSITIVE_MARKING")
    total = 0
    exe = False
    for p in m["body"].walk():
        if p.kind in ("attachment", "rfc822"):
            total += len(p.data)
        if getattr(p, "executable", False):
            exe = True
    if total > 2 * 1024 * 1024:
        got.add("ATTACHMENT_TOO_LARGE")
    if exe:
        got.add("EXECUTABLE_ATTACHMENT")
    external = any(not is_internal(a) for a in rcpts)
    return got, external, subj, rcpts


RULE_FLAGS = {"RECIPIENTS_EXPOSED", "PARENT_CONTACT_UNAPPROVED", "PUPIL_CONTACT_UNAPPROVED", "SENSITIVE_MARKING",
              "ATTACHMENT_TOO_LARGE", "EXECUTABLE_ATTACHMENT"}


def action_for(flags, external):
    acts = ["DELIVER"]
    for f in flags:
        if f in ("ATTACHMENT_TOO_LARGE", "EXECUTABLE_ATTACHMENT", "RECIPIENTS_EXPOSED"):
            acts.append("REJECT")
        elif f in ("CREDENTIALS_OR_FINANCIAL", "PARENT_CONTACT_UNAPPROVED", "PUPIL_CONTACT_UNAPPROVED"):
            acts.append("QUARANTINE")
        elif f == "BULK_PERSONAL_DATA":
            acts.append("QUARANTINE" if external else "DELIVER")
        elif f in ("PERSONAL_DATA", "SPECIAL_CATEGORY", "SENSITIVE_MARKING"):
            acts.append("ENCRYPT" if external else "DELIVER")
        elif f == "OFFENSIVE_LANGUAGE":
            acts.append("DELIVER")
    return max(acts, key=SEVERITY.get)


def scan_texts(m, subj):
    out = [subj]
    for p in m["body"].walk():
        if p.scan_text:
            out.append(p.scan_text)
    out.extend(m.get("scan_extra", []))
    t = "\n".join(out)
    t = re.sub(r"<[^>]+>", " ", t)
    t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&#39;", "'")
    return t


UPN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]\d{12}(?![A-Za-z0-9])")
ULN_RE = re.compile(r"(?<![\d\-/.])\d{10}(?![\d\-/])")
NHS_RE = re.compile(r"(?<![\d])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])")
NINO_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![A-Za-z0-9])")
CARD_RE = re.compile(r"(?<![\d])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}|\d{16}|\d{4}[ -]\d{6}[ -]\d{5}|\d{15})(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")


def id_scan(t):
    found = {}
    for s in UPN_RE.findall(t):
        if lib.upn_valid(s):
            found.setdefault("UK_UPN", []).append(s)
    for s in ULN_RE.findall(t):
        if lib.uln_valid(s):
            found.setdefault("UK_ULN", []).append(s)
    for s in NHS_RE.findall(t):
        if lib.nhs_checksum_ok(s) and lib.nhs_in_issued_range(s):
            found.setdefault("NHS", []).append(s)
    for s in NINO_RE.findall(t):
        if lib.nino_valid(s):
            found.setdefault("UK_NINO", []).append(s)
    for s in CARD_RE.findall(t):
        if lib.luhn_ok(s):
            found.setdefault("PAYMENT_CARD", []).append(s)
    for s in IBAN_RE.findall(t):
        if lib.iban_valid(s):
            found.setdefault("IBAN", []).append(s)
    return found


NAME_INDEX = []
for _p in PUPILS:
    for _fn in {_p.forename, _p.preferred} - {""}:
        NAME_INDEX.append((lib.norm_for_names(f"{_fn} {_p.surname}"), r"\s+", _p))
        # spreadsheet rows and registers: "Surname, Forename" / separate cells on one line
        NAME_INDEX.append((lib.norm_for_names(f"{_p.surname} {_fn}"), r"[ ]+", _p))


def name_scan(t):
    n = fold_lines(t)
    hits = []
    for key, sep, p in NAME_INDEX:
        pat = sep.join(re.escape(w) for w in key.split(" "))
        if re.search(r"(?<![\w'])" + pat + r"(?!\w)", n):
            hits.append(key)
    return hits


def fold_lines(t):
    t = re.sub(r'[,\t|;"]+', " ", t)
    t = lib.fold_accents(t).casefold().replace("\u2019", "'")
    return re.sub(r"[ \r]+", " ", t)


def check(m, raw, problems):
    lab = m["label"]
    fl, fi = set(lab["flags"]), set(lab["findings"])
    where = m["path"]
    for f in fl:
        if f not in FLAGS:
            problems.append(f"{where}: unknown flag {f}")
    for f in fi:
        if f not in FINDINGS:
            problems.append(f"{where}: unknown finding {f}")
    got, external, subj, rcpts = rule_flags(m, raw)
    if got != fl & RULE_FLAGS:
        problems.append(f"{where}: rule flags computed {sorted(got)} labelled {sorted(fl & RULE_FLAGS)}")
    for f in fi:
        if f in FINDING_FLAG and FINDING_FLAG[f] not in fl:
            problems.append(f"{where}: finding {f} without flag {FINDING_FLAG[f]}")
    for flag in ("PERSONAL_DATA", "SPECIAL_CATEGORY", "CREDENTIALS_OR_FINANCIAL"):
        if flag in fl and not any(FINDING_FLAG.get(x) == flag for x in fi):
            problems.append(f"{where}: {flag} without a finding")
    if "BULK_PERSONAL_DATA" in fl and not (fl & {"PERSONAL_DATA", "SPECIAL_CATEGORY", "CREDENTIALS_OR_FINANCIAL"}):
        problems.append(f"{where}: bulk without data flag")
    if "BULK_PERSONAL_DATA" in fl and not m.get("bulk_people"):
        problems.append(f"{where}: bulk without a counted list")
    if m.get("bulk_people") is not None:
        n = m["bulk_people"]
        if (n >= 10) != ("BULK_PERSONAL_DATA" in fl):
            problems.append(f"{where}: bulk_people={n} vs flags")
    want = action_for(fl, external)
    if lab["action"] != want:
        problems.append(f"{where}: action {lab['action']} but flags say {want}")
    if m.get("expect_action") and m["expect_action"] != lab["action"]:
        problems.append(f"{where}: expected action {m['expect_action']} computed {lab['action']}")
    t = scan_texts(m, subj)
    ids = id_scan(t)
    for typ, key in (("UK_UPN", "UK_UPN"), ("UK_ULN", "UK_ULN"), ("UK_NINO", "UK_NINO"), ("PAYMENT_CARD", "PAYMENT_CARD")):
        if (key in ids) != (typ in fi):
            problems.append(f"{where}: {typ} labelled={typ in fi} scan={ids.get(key)}")
    if "UK_NHS_NUMBER" in fi and "NHS" not in ids:
        problems.append(f"{where}: UK_NHS_NUMBER labelled but no valid issued NHS number")
    if "NHS" in ids and "UK_NHS_NUMBER" not in fi and not m.get("nhs_no_context"):
        problems.append(f"{where}: valid NHS number {ids['NHS']} but not labelled (set nhs_no_context)")
    if "IBAN" in ids and "BANK_ACCOUNT" not in fi:
        problems.append(f"{where}: valid IBAN but no BANK_ACCOUNT")
    names = name_scan(t)
    if bool(names) != ("PUPIL_NAME" in fi):
        problems.append(f"{where}: PUPIL_NAME labelled={'PUPIL_NAME' in fi} scan={names[:5]}")


# ------------------------------------------------------------------ main

def main():
    if "--attachments" in sys.argv:
        import attachments
        attachments.build_all()
    write_config()
    msgs = registry.load_all()
    problems = []
    labels = []
    seen = set()
    total = 0
    for m in msgs:
        raw = registry.render(m)
        if m["path"] in seen:
            problems.append(f"duplicate {m['path']}")
        seen.add(m["path"])
        assert b"\n" not in raw.replace(b"\r\n", b""), m["path"]
        check(m, raw, problems)
        write(os.path.join(ROOT, m["path"]), raw)
        total += len(raw)
        labels.append({"file": m["path"], "action": m["label"]["action"], "flags": sorted(m["label"]["flags"]),
                       "findings": sorted(m["label"]["findings"])})
    # no stale messages
    on_disk = set()
    for d, _, files in os.walk(os.path.join(ROOT, "messages")):
        for f in files:
            on_disk.add(os.path.relpath(os.path.join(d, f), ROOT))
    for stale in sorted(on_disk - seen):
        os.remove(os.path.join(ROOT, stale))
    write(os.path.join(ROOT, "labels.json"), (json.dumps(labels, indent=1, ensure_ascii=False) + "\n").encode())
    # sanity of the directory itself
    pupil_names = {lib.norm_for_names(f"{p.forename} {p.surname}") for p in PUPILS}
    for s in STAFF_OBJS:
        if lib.norm_for_names(f"{s.first} {s.last}") in pupil_names:
            problems.append(f"staff name equals a pupil name: {s.name}")
    for r in PARENTS:
        if lib.norm_for_names(r["name"]) in pupil_names:
            problems.append(f"parent name equals a pupil name: {r['name']}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    from collections import Counter
    fc, tc, ac = Counter(), Counter(), Counter()
    for lab in labels:
        fc.update(lab["flags"])
        tc.update(lab["findings"])
        ac[lab["action"]] += 1
    print(f"{len(labels)} messages, {total / 1e6:.1f} MB")
    print("actions:", dict(ac))
    print("flags:", dict(sorted(fc.items())))
    print("findings:", dict(sorted(tc.items())))


if __name__ == "__main__":
    main()
