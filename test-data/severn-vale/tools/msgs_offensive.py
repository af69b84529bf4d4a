"""OFFENSIVE_LANGUAGE: only in text the sender wrote; place names and quoted abuse are not flagged."""
from registry import (add, text, html, alt, mixed, attachment, Rfc822, outlook_quote, gmail_quote, apple_quote,
                      gmail_fwd, apple_fwd, html_doc, p2html, alt_of, embedded, outlook_fwd_header)
from roster import S, CH, DOM, full, parent_email
import lib
from lib import uk_date
from msgs_benign import (H, GP, NA, JK, TK, LF, DC, BL, SW, PH, CR, AN, KA, OS, RM, CD, PR, JC, SWI, FG, OM, EP,
                         LB, AM, DH, RS, KB, PV, AF, DW, MG, YO, HB, GW, SP, OFFICE, EXAMS, FIN, ITS, SIX, STAFF_ALL)

P = CH
OFF, PD = "OFFENSIVE_LANGUAGE", "PERSONAL_DATA"

add("offensive/o01-printer-rage", CR, [BL], subject="printer in M4",
    body="""Becky, the fucking printer in M4 has jammed again and I've got Y11 in ten minutes. Can someone come and look
at it please?

Callum""", flags=[OFF], findings=[], action="DELIVER", client="iphone")

add("offensive/o02-shit-day-reply", KB, [AN], subject="Re: how did the observation go?",
    body="""Honestly? Shit. 9X3 were awful and the laptop died halfway through. Can we debrief tomorrow?

K""" + gmail_quote("Abigail Norris <a.norris@severnvale.org.uk>", "2025-11-19 15:02", "How did the observation go?? x"),
    flags=[OFF], findings=[], action="DELIVER", client="gmail")

add("offensive/o03-abuse-to-supplier", SWI, [("Service desk - Avon Boilers", "service@avonboilers-example.co.uk")],
    subject="Boiler STILL not fixed",
    body="""Third visit this month and the sports hall is still freezing. Your engineer is a useless twat who didn't
even bring the right part. I want a manager to call me today.

Sam Whitaker
Site Manager, Severn Vale Academy""", flags=[OFF], findings=[], action="DELIVER")

add("offensive/o04-about-a-pupil-forename", DH, [MG], subject="Jayden again",
    body="""That little shit Jayden has set the fire alarm off again. I'm done with him for today, can you take the
follow-up with mum?

Dan""", flags=[OFF], findings=[], action="DELIVER")

add("offensive/o05-forwarded-parent-abuse", JC, [H, SP], subject="FW: complaint",
    body="""Helen, Steph - this came in to the office account overnight. I haven't replied. Forwarding for your
information; should we log it with the police?

Janet""" + outlook_quote("Angry Parent <angry.dad1979@hotmail.co.uk>", "2025-12-03 23:47", "office@severnvale.org.uk",
                          "complaint", """you lot are a fucking disgrace. my son got a detention for NOTHING and that prick of a teacher
laughed at him. sort it out or i'll come up there myself."""),
    flags=[], findings=[], action="DELIVER")

_inner_text = """I am sick of this school. Your head of year is a lying bitch and you can all go to hell.
Don't bother replying."""
_inner = embedded(("K Dyer", "kdyer.home@gmail.com"), [("Severn Vale office", f"office@{DOM}")], "year 8",
                  "2026-01-20 22:10", _inner_text, path_hint="o06")
add("offensive/o06-abuse-in-attached-message", GP, [NA], subject="FW: year 8 - abusive email to the office",
    body=mixed(text("""Nasreen,

Attached as received. I'd like to send the standard letter about abusive communication. Could you check whether
there's anything safeguarding-related I should know first?

Gareth"""), Rfc822(_inner, filename="year 8.eml", scan_text=_inner_text)),
    flags=[], findings=[], action="DELIVER")

add("offensive/o07-incident-report-quoting-slur", KA, [YO], subject="Incident - 9W changing rooms",
    body="""Yemi,

At the end of P3 in the changing rooms Tyler called Amara a "slag" and a "slut" in front of the group, then told
Mr Morgan to "fuck off" when challenged. Both statements are on CPOMS. Amara was upset but OK.

Kwame""", flags=[OFF], findings=[], action="DELIVER")

add("offensive/o08-place-names", HB, [("Humanities", f"humanities@{DOM}")], subject="Y13 geography - fieldwork venues",
    body="""Hi all,

Shortlist for next year's Y13 independent investigation trip:
- Scunthorpe and the Humber estuary (industrial change)
- Penistone and the Pennine uplands
- Clitheroe and the Ribble valley (flood management)
- Cockermouth (2009 flood recovery)
- Sussex coast: Seaford and Cuckmere Haven
- Middlesex: Heathrow expansion case study

Thoughts by Friday? Hannah""", flags=[], findings=[], action="DELIVER")

add("offensive/o09-panto-and-words", PV, [STAFF_ALL], subject="Staff panto - Dick Whittington!",
    body="""Hi everyone!

This year's staff panto is Dick Whittington. Rehearsals Wednesdays after school in the drama studio. We need a
cat, a King Rat, a Fairy Bowbells and someone to play the Sultan of Morocco. Cocktail sticks and sausages
provided at the first read-through; Mr Hancock from the PTA is doing the set. We'll also do a short Dickens
skit and a badminton shuttlecock relay in the interval. Please don't assess my singing.

Pete""", flags=[], findings=[], action="DELIVER")

jy = P["jayden"]
add("offensive/o10-offensive-plus-personal-external", DH, [("Bristol Alternative Provision - admissions", "admissions@bristol-ap-example.org.uk")],
    subject="Placement referral - Year 8", body=f"""Hi Marcia,

Referral for a 6-week placement: Jayden Ricketts, DOB {uk_date(jy.dob)}. Honestly he's been a bloody nightmare this
week - told two staff to piss off and walked out of every lesson. Paperwork to follow.

Dan Hughes""", flags=[OFF, PD], findings=["PUPIL_NAME", "DATE_OF_BIRTH"], action="ENCRYPT")

add("offensive/o11-html-bollocks", MG, [GP], subject="the new behaviour system",
    body=html(html_doc("""<p>Gareth,</p><p>With respect, the new points system is <b>bollocks</b>. Tutors are spending
20 minutes a day logging stuff nobody reads. Can we talk at HoY meeting?</p><p>Marcus</p>""")),
    flags=[OFF], findings=[], action="DELIVER")

add("offensive/o12-profanity-in-subject-only", GW, [GP], subject="piss-poor cover situation AGAIN",
    body="""Gareth,

Six staff off today and two supply cancellations. I've had to collapse Y9 PE into the hall. Can SLT pick up P5?

Gwen""", flags=[OFF], findings=[], action="DELIVER")

_essay = """The Storm - by a Year 10 student (draft)

The sky cracked open. "Shit," Dad muttered as the car skidded, "hold on." I held on. The wipers could not keep up
and the river was already over the road by the time we reached the bridge...
"""
add("offensive/o13-pupil-essay-attachment", AN, [("English Department", f"english@{DOM}")], subject="moderation sample - creative writing",
    body=mixed(text("""Hi all,

One of the samples for Thursday's moderation is attached - a strong 6 in my view. Ignore the swearing in the
dialogue, it's in character and within the mark scheme.

Abi"""), attachment("creative_writing_sample_B.txt", "text/plain", _essay.encode(), cte="7bit", scan_text=_essay)),
    flags=[], findings=[], action="DELIVER")

add("offensive/o14-profanity-only-in-quote", AN, [KB], subject="RE: how did the observation go?",
    body="""Don't worry, everyone has one of those. Let's talk tomorrow at break - I'll bring biscuits.

Abi""" + outlook_quote("Keeley Barnes <k.barnes@severnvale.org.uk>", "2025-11-19 15:40", "Abigail Norris <a.norris@severnvale.org.uk>",
                        "Re: how did the observation go?", "Honestly? Shit. 9X3 were awful and the laptop died halfway through."),
    flags=[], findings=[], action="DELIVER")

add("offensive/o15-wanker", DC, [BL], subject="Re: that phishing email",
    body="""Whoever sent it is a right wanker - it even had our logo. Block the domain at the firewall please.

Dev""" + gmail_quote("Becky Lloyd <b.lloyd@severnvale.org.uk>", "2025-10-09 10:02", "Dev, have you seen the fake payroll email? 30 staff got it."),
    flags=[OFF], findings=[], action="DELIVER", client="gmail")

add("offensive/o16-history-bastard", OM, [HB], subject="Turpin lesson",
    body="""Hannah, for your cover lesson: the kids love the Dick Turpin myth, but the reality is he was a violent bastard who
tortured an old woman over a fire - the source pack has the details. Enjoy!

Oisín""", flags=[OFF], findings=[], action="DELIVER")

add("offensive/o17-ableist-slur", MG, [DH], subject="timetable",
    body="""Dan - have you seen the new Y10 option blocks? Whoever built this timetable is retarded. Geography and
History in the same block again.

M""", flags=[OFF], findings=[], action="DELIVER", client="iphone")

add("offensive/o18-censored-not-swearing", JK, [STAFF_ALL], subject="Language used in the SEN room",
    body="""Dear colleagues,

A reminder that the language staff use in front of pupils, including words like 'stupid' or 'lazy', shapes how
pupils with SEN see themselves. Please use the phrases in the behaviour policy appendix.

Joanna""", flags=[], findings=[], action="DELIVER")
