"""The fictional Severn Vale Academy: staff, pupils, parents (deterministic)."""
import datetime as dt
import random
import re

from lib import make_upn, make_uln, ascii_slug, upn_valid, uln_valid

SCHOOL = {
    "name": "Severn Vale Academy",
    "address": "Gloucester Road North, Filton, Bristol, BS34 7BQ",
    "phone": "0117 496 0100",
    "domains": ["severnvale.org.uk", "students.severnvale.org.uk"],
}
DOM = "severnvale.org.uk"
SDOM = "students.severnvale.org.uk"

# ------------------------------------------------------------------ staff
# (code, name, local part, job title, department, parent_contact, pupil_contact)
STAFF = [
    ("HMA", "Dr Helen Marsh", "h.marsh", "Principal", "Leadership", "yes", "yes"),
    ("GPR", "Gareth Pryce", "g.pryce", "Vice Principal", "Leadership", "yes", "yes"),
    ("NAK", "Nasreen Akhtar", "n.akhtar", "Assistant Principal and Designated Safeguarding Lead", "Leadership", "yes", "yes"),
    ("JKI", "Joanna Kiely", "j.kiely", "SENCo", "Learning Support", "yes", "no"),
    ("TKA", "Tomasz Kaczmarek", "t.kaczmarek", "Head of Sixth Form", "Sixth Form", "yes", "yes"),
    ("LFO", "Lorraine Fox", "l.fox", "Exams Officer", "Exams", "no", "no"),
    ("DCH", "Dev Chauhan", "d.chauhan", "Network Manager", "IT Services", "no", "yes"),
    ("BLL", "Becky Lloyd", "b.lloyd", "IT Technician", "IT Services", "no", "no"),
    ("SWH", "Sandra Whitlock", "s.whitlock", "Finance Manager", "Finance", "yes", "no"),
    ("PHE", "Pauline Hegarty", "p.hegarty", "HR and Payroll Officer", "HR", "no", "no"),
    ("CRE", "Callum Reid", "c.reid", "Teacher of Mathematics", "Mathematics", "no", "yes"),
    ("ANO", "Abigail Norris", "a.norris", "Teacher of English", "English", "no", "no"),
    ("KAS", "Kwame Asante", "k.asante", "Head of Year 9", "Pastoral", "yes", "yes"),
    ("OSH", "Olena Shevchenko", "o.shevchenko", "Teacher of Science", "Science", "no", "no"),
    ("RMO", "Rhys Morgan", "r.morgan", "Teacher of PE and Educational Visits Coordinator", "PE", "yes", "no"),
    ("CDU", "Claire Dunne", "c.dunne", "Attendance Officer", "Pastoral", "yes", "no"),
    ("PRA", "Priya Raman", "p.raman", "Data Manager", "Data", "no", "no"),
    ("JCO", "Janet Cole", "j.cole", "Receptionist", "Office", "yes", "no"),
    ("SWI", "Sam Whitaker", "s.whitaker", "Site Manager", "Site", "no", "no"),
    ("FGA", "Fiona Gallagher", "f.gallagher", "Clerk to the Governors", "Governance", "no", "no"),
    ("OMG", "Oisín Mac Giolla", "o.macgiolla", "Teacher of History", "Humanities", "no", "yes"),
    ("EPR", "Eleanor Price", "e.price", "Careers Adviser", "Sixth Form", "no", "yes"),
    ("LBR", "Luke Bramley", "l.bramley", "Teacher of Computer Science", "Computing", "no", "yes"),
    ("AME", "Aisha Mensah", "a.mensah", "Teaching Assistant", "Learning Support", "no", "no"),
    ("DHU", "Daniel Hughes", "d.hughes", "Head of Year 11", "Pastoral", "yes", "yes"),
    ("RST", "Rachel Stone", "r.stone", "School Nurse", "Pastoral", "yes", "no"),
    ("KBA", "Keeley Barnes", "k.barnes", "Trainee Teacher (English)", "English", "no", "no"),
    ("PVA", "Peter Vaughan", "p.vaughan", "Teacher of Music", "Performing Arts", "no", "no"),
    ("AFE", "Ana Ferreira", "a.ferreira", "Teacher of Modern Foreign Languages", "MFL", "no", "no"),
    ("DWA", "Deborah Walsh", "d.walsh", "Head of Year 7", "Pastoral", "yes", "yes"),
    ("MGR", "Marcus Greene", "m.greene", "Head of Year 10", "Pastoral", "yes", "no"),
    ("YOK", "Yemi Okoro", "y.okoro", "Deputy Designated Safeguarding Lead", "Pastoral", "yes", "yes"),
    ("HBE", "Hannah Bell", "h.bell", "Teacher of Geography", "Humanities", "no", "no"),
    ("GWI", "Gwen Williams", "g.williams", "Cover Manager", "Office", "no", "no"),
    ("SPA", "Steph Park", "s.park", "Principal's PA", "Office", "no", "no"),
    ("MAI", "Main Office", "office", "School Office", "Office", "yes", "no"),
    ("EXO", "Exams Office", "exams", "Exams Office", "Exams", "no", "no"),
    ("FIN", "Finance Office", "finance", "Finance Office", "Finance", "yes", "no"),
    ("ITS", "IT Support", "itsupport", "IT Helpdesk", "IT Services", "no", "yes"),
    ("SIX", "Sixth Form Office", "sixthform", "Sixth Form Office", "Sixth Form", "yes", "yes"),
]
# addresses that send mail but are not in staff.csv (no approvals)
UNLISTED_SENDERS = {
    "trips": ("Trips Mailbox", f"trips@{DOM}"),
    "ellison": ("Jamie Ellison", f"j.ellison@{DOM}"),      # new starter not yet in the MIS export
    "chair": ("Martin Oduya (Chair of Governors)", f"chair.governors@{DOM}"),
}
MIXED_CASE_STAFF = {"h.marsh", "c.reid", "k.asante", "office"}


class Staff:
    def __init__(self, row):
        self.code, self.name, local, self.title, self.dept, self.parent, self.pupil = row
        self.email = f"{local}@{DOM}"
        self.csv_email = (local[0].upper() + local[1:3].upper() + local[3:] if "." in local
                          else local.capitalize()) + "@" + ("SevernVale.org.uk" if local in MIXED_CASE_STAFF else DOM)
        if local not in MIXED_CASE_STAFF:
            self.csv_email = self.email
        parts = self.name.replace("Dr ", "").split()
        self.first = parts[0]
        self.last = " ".join(parts[1:])

    @property
    def addr(self):
        return (self.name, self.email)

    def sig(self, style="plain"):
        if style == "plain":
            return (f"{self.name}\n{self.title}\nSevern Vale Academy\n"
                    f"Gloucester Road North, Filton, Bristol, BS34 7BQ\nTel: 0117 496 0100\n")
        if style == "short":
            return f"{self.first}\n"
        if style == "pipe":
            return (f"{self.name} | {self.title}\nSevern Vale Academy | Gloucester Road North | Filton | "
                    f"Bristol | BS34 7BQ\nT: 0117 4960100 | www.severnvale.org.uk\n")
        if style == "intl":
            return (f"Kind regards,\n{self.name}\n{self.title}, Severn Vale Academy\n"
                    f"Gloucester Rd North, Filton, Bristol BS34 7BQ, United Kingdom\n+44 117 496 0100\n")
        raise ValueError(style)


STAFF_OBJS = [Staff(r) for r in STAFF]
S = {s.code: s for s in STAFF_OBJS}

# ------------------------------------------------------------------ pupils

ORIGIN_FORENAMES = {
    "brit": (["Olivia", "Amelia", "Isla", "Ava", "Freya", "Florence", "Evie", "Poppy", "Sophie", "Ella",
              "Harriet", "Megan", "Lauren", "Jessica", "Holly", "Katie", "Libby", "Millie", "Daisy",
              "Scarlett", "Phoebe", "Imogen", "Lucy", "Emily", "Jasmine", "Abbie", "Courtney", "Georgia"],
             ["Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Oscar", "Charlie", "Jacob",
              "Alfie", "Thomas", "Joshua", "James", "Ethan", "Alexander", "Max", "Archie", "Reuben", "Toby",
              "Ryan", "Dylan", "Lewis", "Owen", "Kieran", "Bradley", "Jake", "Nathan", "Liam", "Mason"]),
    "welsh": (["Cerys", "Seren", "Nia", "Ffion", "Carys", "Megan"], ["Rhys", "Ieuan", "Gethin", "Osian", "Dafydd", "Emyr"]),
    "sasian": (["Priya", "Ananya", "Aisha", "Fatima", "Maryam", "Zara", "Sana", "Ayesha", "Harleen",
                "Simran", "Manpreet", "Kiran", "Anika", "Noor", "Safa"],
               ["Aarav", "Arjun", "Ishaan", "Rohan", "Vihaan", "Hamza", "Ibrahim", "Yusuf", "Imran", "Gurpreet",
                "Rehan", "Zayn", "Aryan", "Bilal", "Kabir"]),
    "eeuro": (["Wiktoria", "Zuzanna", "Natalia", "Maja", "Elena", "Mihaela", "Gabija", "Emilija", "Petra",
               "Daria", "Yulia", "Alicja", "Julia"],
              ["Jakub", "Szymon", "Filip", "Dominik", "Bartosz", "Andrei", "Ionut", "Darius", "Jonas", "Viktor",
               "Bogdan", "Mykola", "Marek"]),
    "african": (["Adaeze", "Chiamaka", "Kemi", "Folake", "Ama", "Abena", "Tatenda", "Rutendo", "Amara",
                 "Zanele", "Wanjiru", "Fatou", "Hodan", "Ayan", "Efua", "Nneka"],
                ["Chidi", "Emeka", "Tunde", "Kwabena", "Yaw", "Tendai", "Themba", "Sipho", "Kamau", "Mamadou",
                 "Abdi", "Obinna", "Kelechi", "Femi"]),
    "irish": (["Aoife", "Niamh", "Caoimhe", "Órla", "Clodagh", "Éabha", "Róisín", "Sinéad"],
              ["Ciarán", "Seán", "Pádraig", "Cillian", "Darragh", "Tadhg", "Eoin"]),
}
ORIGIN_SURNAMES = {
    "brit": ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Davies", "Roberts", "Walker", "Wright",
             "Robinson", "White", "Edwards", "Green", "Hall", "Wood", "Harrison", "Lewis", "Martin", "Jackson",
             "Cooper", "Ward", "Morris", "Moore", "King", "Parker", "Griffiths", "Powell", "Jenkins", "Cox",
             "Marshall", "Dawson", "Fisher", "Webb", "Sutton", "Kerr", "Tilley", "Osborne", "Pearce", "Langford",
             "Hobbs", "Rowe", "Stevens", "Bishop", "Chapman", "Gough", "Fry", "Brimble"],
    "welsh": ["Pugh", "Prosser", "Llewellyn", "Rees", "Bowen"],
    "sasian": ["Khan", "Ahmed", "Ali", "Shah", "Sharma", "Gill", "Bains", "Dhillon", "Iqbal", "Mahmood",
               "Chaudhry", "Desai", "Nair", "Joshi", "Malik"],
    "eeuro": ["Kowalski", "Lewandowski", "Wójcik", "Kamiński", "Dumitru", "Petrović", "Kazlauskas", "Horvath",
              "Novak", "Kovalenko", "Bondarenko", "Dąbrowski", "Mazur", "Stan", "Radu"],
    "african": ["Okafor", "Boateng", "Owusu", "Nwosu", "Chukwu", "Dube", "Diallo", "Warsame", "Osei", "Banda",
                "Ncube", "Oyelaran", "Ogunleye", "Achieng", "Kamara"],
    "irish": ["O'Sullivan", "Murphy", "Kelly", "Byrne", "McCarthy", "Quinn", "Ó Ceallaigh", "Mac Carthaigh", "Donnelly"],
}
ADULT_FORENAMES = {
    "brit": (["Donna", "Kelly", "Sarah", "Nicola", "Emma", "Claire", "Lisa", "Joanne", "Rachel", "Gemma", "Vicky"],
             ["Paul", "Mark", "Darren", "Lee", "Craig", "Stuart", "Gavin", "Wayne", "Richard", "Neil"]),
    "welsh": (["Sian", "Bethan", "Rhian"], ["Huw", "Gareth", "Aled"]),
    "sasian": (["Nadia", "Shabana", "Sunita", "Rupinder", "Farzana", "Meera"], ["Tariq", "Sanjay", "Amrik", "Nadeem", "Rakesh", "Asif"]),
    "eeuro": (["Agnieszka", "Katarzyna", "Ioana", "Irina", "Monika", "Oksana"], ["Piotr", "Marcin", "Tomasz", "Mihai", "Andriy", "Rolandas"]),
    "african": (["Chioma", "Grace", "Abimbola", "Nkechi", "Esi", "Fadumo"], ["Kwaku", "Olusegun", "Chinedu", "Farai", "Ahmed", "Babajide"]),
    "irish": (["Siobhán", "Mairéad", "Bríd", "Deirdre"], ["Séamus", "Declan", "Brendan", "Colm"]),
}

# Named pupils used in the messages: key -> (forename, surname, preferred, year, sex, origin)
CHARACTERS = {
    "summer": ("Summer", "Hayes", "", 7, "F", "brit"),
    "hope": ("Hope", "Adeyemi", "", 7, "F", "african"),
    "kacper": ("Kacper", "Nowak", "", 7, "M", "eeuro"),
    "siobhan": ("Siobhán", "Ní Bhriain", "", 7, "F", "irish"),
    "amelia": ("Amelia-Rose", "Thompson", "", 7, "F", "brit"),
    "ayaan": ("Ayaan", "Patel", "", 7, "M", "sasian"),
    "freddie": ("Frederick", "Clarke-Bennett", "Freddie", 7, "M", "brit"),
    "ngozi": ("Ngozi", "Eze", "", 7, "F", "african"),
    "rose": ("Rose", "Kowalczyk", "", 8, "F", "eeuro"),
    "kofi": ("Kofi", "Mensah", "", 8, "M", "african"),
    "will": ("William", "Okafor", "Will", 8, "M", "african"),
    "chloe": ("Chloe", "O'Connor", "", 8, "F", "irish"),
    "mateusz": ("Mateusz", "Wiśniewski", "", 8, "M", "eeuro"),
    "eilidh": ("Eilidh", "MacLeod", "", 8, "F", "brit"),
    "jayden": ("Jayden", "Ricketts", "", 8, "M", "brit"),
    "seun": ("Oluwaseun", "Bakare", "Seun", 9, "M", "african"),
    "daithi": ("Dáithí", "Breathnach", "", 9, "M", "irish"),
    "harpreet": ("Harpreet", "Sandhu", "", 9, "F", "sasian"),
    "ioana": ("Ioana", "Popescu", "", 9, "F", "eeuro"),
    "kyle": ("Kyle", "D'Souza", "", 9, "M", "sasian"),
    "bethany": ("Bethany-Jo", "Harris", "", 9, "F", "brit"),
    "ffion": ("Ffion", "Pritchard", "", 9, "F", "welsh"),
    "lilymae": ("Lily-Mae", "Carter", "", 9, "F", "brit"),
    "lukas": ("Lukas", "Petrauskas", "", 10, "M", "eeuro"),
    "precious": ("Precious", "Nkemelu", "", 10, "F", "african"),
    "aoife": ("Aoife", "Ó Súilleabháin", "", 10, "F", "irish"),
    "muhammad": ("Muhammad", "Rahman", "", 10, "M", "sasian"),
    "grace": ("Grace", "Mwangi", "", 10, "F", "african"),
    "ellis": ("Ellis", "Vaughan-Jones", "", 10, "M", "brit"),
    "bradley": ("Bradley", "Hayes", "", 10, "M", "brit"),
    "kai": ("Kai", "Chen", "", 10, "M", "brit"),
    "tomasz": ("Tomasz", "Zieliński", "", 11, "M", "eeuro"),
    "maisie": ("Maisie", "O'Brien", "", 11, "F", "irish"),
    "ravi": ("Ravi", "Mistry", "", 11, "M", "sasian"),
    "jade": ("Jade", "Okonkwo-Smith", "", 11, "F", "african"),
    "connor": ("Connor", "McAllister", "", 11, "M", "brit"),
    "fatima": ("Fatima", "Begum", "", 11, "F", "sasian"),
    "declan": ("Declan", "Doyle", "", 11, "M", "irish"),
    "alex": ("Alexandru", "Ionescu", "Alex", 12, "M", "eeuro"),
    "niamh": ("Niamh", "D'Arcy", "", 12, "F", "irish"),
    "imran": ("Imran", "Chowdhury", "", 12, "M", "sasian"),
    "sophie": ("Sophie", "Ashworth", "", 12, "F", "brit"),
    "tendai": ("Tendai", "Moyo", "", 12, "M", "african"),
    "elodie": ("Élodie", "Marchand", "", 12, "F", "brit"),
    "charlotte": ("Charlotte", "Greenaway", "", 12, "F", "brit"),
    "saoirse": ("Saoirse", "Kennedy", "", 13, "F", "irish"),
    "arjun": ("Arjun", "Sharma", "", 13, "M", "sasian"),
    "oliwia": ("Oliwia", "Kamińska", "", 13, "F", "eeuro"),
    "ben": ("Benjamin", "Adebayo-Wright", "Ben", 13, "M", "african"),
    "hannah": ("Hannah", "Lindqvist", "", 13, "F", "brit"),
    "yusuf": ("Yusuf", "Abdullahi", "", 13, "M", "african"),
    "zoe": ("Zoe", "Pennington", "", 13, "F", "brit"),
}
# pupils without a school email account (the rest of Years 7-9 get one at random)
NO_EMAIL = {"hope", "ngozi", "kofi", "jayden"}
WITH_EMAIL = {"summer", "kacper", "siobhan", "rose", "will", "chloe", "seun", "daithi", "ioana", "bethany", "lilymae"}

# explicit families for characters: key -> [(name, relationship, email)]
CHAR_PARENTS = {
    "summer": [("Donna Hayes", "Mother", "donna.hayes84@gmail.com"), ("Lee Hayes", "Father", "leehayes@hotmail.co.uk")],
    "bradley": "summer",
    "hope": [("Abimbola Adeyemi", "Mother", "abimbola.adeyemi@yahoo.co.uk")],
    "kacper": [("Agnieszka Nowak", "Mother", "a.nowak1986@wp.pl"), ("Piotr Nowak", "Father", "piotr.nowak.bristol@gmail.com")],
    "siobhan": [("Mairéad Ní Bhriain", "Mother", "mairead.nibhriain@eircom.net")],
    "amelia": [("Gemma Thompson", "Mother", "gemthompson@icloud.com"), ("Janice Thompson", "Grandparent", "janice.thompson@btinternet.com")],
    "ayaan": [("Sunita Patel", "Mother", "sunita.patel@outlook.com"), ("Rakesh Patel", "Father", "rakeshpatel@gmail.com")],
    "freddie": [("Emma Clarke", "Mother", "emma.clarke-bennett@gmail.com"), ("Richard Bennett", "Father", "rbennett.home@outlook.com")],
    "ngozi": [("Nkechi Eze", "Mother", "nkechi.eze@gmail.com")],
    "rose": [("Katarzyna Kowalczyk", "Mother", "kasia.kowalczyk@gmail.com")],
    "kofi": [("Aisha Mensah", "Mother", f"a.mensah@{DOM}"), ("Kwaku Mensah", "Father", "kwaku.mensah@gmail.com")],
    "will": [("Chioma Okafor", "Mother", "chioma.okafor@hotmail.com")],
    "chloe": [("Deirdre O'Connor", "Mother", "deirdre.oconnor@gmail.com")],
    "mateusz": [("Marcin Wiśniewski", "Father", "marcin.wisniewski@gmail.com")],
    "eilidh": [("Fiona MacLeod", "Mother", "fiona.macleod@btinternet.com")],
    "jayden": [("Kelly Ricketts", "Mother", "kellyricketts1990@hotmail.co.uk"), ("Craig Dyer", "Stepfather", "craigdyer77@gmail.com")],
    "seun": [("Olusegun Bakare", "Father", "segun.bakare@outlook.com")],
    "daithi": [("Bríd Breathnach", "Mother", "brid.breathnach@gmail.com")],
    "harpreet": [("Rupinder Sandhu", "Mother", "rupinder.sandhu@gmail.com")],
    "ioana": [("Elena Popescu", "Mother", "elena.popescu@yahoo.com"), ("Mihai Popescu", "Father", "mihai.popescu@yahoo.com")],
    "kyle": [("Meera D'Souza", "Mother", "meeradsouza@gmail.com")],
    "bethany": [("Vicky Harris", "Mother", "vickyharris_x@hotmail.co.uk")],
    "ffion": [("Rhian Pritchard", "Mother", "rhian.pritchard@gmail.com")],
    "lilymae": [("Joanne Carter", "Mother", "jo.carter@outlook.com")],
    "lukas": [("Rolandas Petrauskas", "Father", "r.petrauskas@gmail.com")],
    "precious": [("Grace Nkemelu", "Mother", "grace.nkemelu@gmail.com")],
    "aoife": [("Siobhán Ó Súilleabháin", "Mother", "siobhan.osullivan@gmail.com")],
    "muhammad": [("Farzana Rahman", "Mother", "farzana.rahman@hotmail.co.uk")],
    "grace": [("Esi Mwangi", "Mother", "esi.mwangi@gmail.com")],
    "ellis": [("Peter Vaughan", "Father", "pete.vaughan@btinternet.com"), ("Sian Jones", "Mother", "sianjones.home@gmail.com")],
    "kai": [("Lisa Chen", "Mother", "lisa.chen@gmail.com")],
    "tomasz": [("Monika Zielińska", "Mother", "monika.zielinska@gmail.com")],
    "maisie": [("Nicola O'Brien", "Mother", "nicola.obrien@gmail.com")],
    "ravi": [("Sanjay Mistry", "Father", "sanjay.mistry@outlook.com")],
    "jade": [("Abimbola Okonkwo", "Mother", "abi.okonkwo@gmail.com")],
    "connor": [("Stuart McAllister", "Father", "stuart.mcallister@gmail.com")],
    "fatima": [("Shabana Begum", "Mother", "shabana.begum@hotmail.co.uk")],
    "declan": [("Colm Doyle", "Father", "colm.doyle@gmail.com")],
    "alex": [("Irina Ionescu", "Mother", "irina.ionescu@gmail.com")],
    "niamh": [("Declan D'Arcy", "Father", "declan.darcy@gmail.com")],
    "imran": [("Nadeem Chowdhury", "Father", "n.chowdhury@gmail.com")],
    "sophie": [("Claire Ashworth", "Mother", "claire.ashworth@gmail.com")],
    "tendai": [("Farai Moyo", "Father", "farai.moyo@gmail.com")],
    "elodie": [("Sarah Marchand", "Mother", "sarah.marchand@orange.fr")],
    "charlotte": [("Rachel Greenaway", "Mother", "rgreenaway@btinternet.com")],
    "saoirse": [("Séamus Kennedy", "Father", "seamus.kennedy@gmail.com")],
    "arjun": [("Meera Sharma", "Mother", "meera.sharma@gmail.com")],
    "oliwia": [("Katarzyna Kamińska", "Mother", "k.kaminska@gmail.com")],
    "ben": [("Babajide Adebayo", "Father", "babajide.adebayo@gmail.com"), ("Nicola Wright", "Mother", "nicola.wright@outlook.com")],
    "hannah": [("Neil Lindqvist", "Father", "neil.lindqvist@gmail.com")],
    "yusuf": [("Fadumo Abdullahi", "Mother", "fadumo.abdullahi@gmail.com")],
    "zoe": [("Joanne Pennington", "Mother", "jo.pennington@gmail.com")],
}

TUTOR = {7: "SAWT", 8: "SAWT", 9: "SAWT", 10: "SAWT", 11: "SAWT", 12: "AB", 13: "AB"}
LA_CODES = [803, 803, 803, 803, 803, 916, 916, 801, 801, 884, 885, 926, 213, 330]


class Pupil:
    pass


def _dob(rng, year):
    start = dt.date(2020 - year, 9, 1)
    end = dt.date(2021 - year, 8, 31)
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def build_roster():
    rng = random.Random(20250901)
    pupils = []
    used_names = set()
    used_upn = set()

    def add(forename, surname, preferred, year, sex, origin, key=None):
        p = Pupil()
        p.key, p.forename, p.surname, p.preferred, p.year, p.sex = key, forename, surname, preferred, year, sex
        p.origin = origin
        p.dob = _dob(rng, year)
        recep = (p.dob.year if p.dob.month >= 9 else p.dob.year - 1) + 5
        while True:
            la = rng.choice(LA_CODES)
            estab = rng.randint(2000, 3999) if rng.random() < 0.9 else rng.randint(5200, 5299)
            u = make_upn(la, estab, recep, rng.randint(1, 999))
            if u not in used_upn:
                used_upn.add(u)
                break
        p.upn = u
        p.uln = make_uln(rng) if year >= 10 else ""
        p.tutor = f"{year}{rng.choice(TUTOR[year])}"
        p.adm = ""
        p.email = ""
        pupils.append(p)
        used_names.add((forename, surname))
        return p

    chars = {}
    for key, (f, s, pref, y, sex, origin) in CHARACTERS.items():
        chars[key] = add(f, s, pref, y, sex, origin, key)

    # fillers: ~36 per year
    origins = ["brit"] * 9 + ["welsh", "sasian", "sasian", "sasian", "eeuro", "eeuro", "african", "african", "irish"]
    avoid_forenames = {"Summer", "Hope", "Will", "Rose", "Grace"}
    siblings = []
    for year in range(7, 14):
        have = sum(1 for p in pupils if p.year == year)
        while have < 36:
            o = rng.choice(origins)
            sex = rng.choice("MF")
            fn = rng.choice(ORIGIN_FORENAMES[o][0 if sex == "F" else 1])
            # a few sibling pairs: reuse a filler surname from an older year
            if siblings and rng.random() < 0.08:
                prev = siblings.pop(rng.randrange(len(siblings)))
                sn, o2 = prev.surname, prev.origin
                fn = rng.choice(ORIGIN_FORENAMES[o2][0 if sex == "F" else 1])
                o = o2
                sib = prev
            else:
                sn = rng.choice(ORIGIN_SURNAMES[o])
                sib = None
            if sex == "F" and o == "eeuro":
                sn = re.sub(r"(sk|ck)i$", r"\1a", sn)
            if (fn, sn) in used_names or fn in avoid_forenames:
                continue
            p = add(fn, sn, "", year, sex, o)
            p.sibling_of = sib
            if sib is None and rng.random() < 0.3:
                siblings.append(p)
            have += 1
    pupils.sort(key=lambda p: (p.year, p.surname, p.forename))
    for i, p in enumerate(pupils):
        p.adm = f"SV{(2025 - (p.year - 7)) % 100:02d}{i + 1:04d}"
        wants = (p.year >= 10) or (p.key in WITH_EMAIL) or (p.key is None and rng.random() < 0.5)
        if p.key in NO_EMAIL:
            wants = False
        if wants:
            entry = (2025 - (p.year - 7)) % 100
            local = f"{entry:02d}{ascii_slug(p.surname).capitalize()}{ascii_slug(p.forename)[0].upper()}"
            p.email = f"{local}@{SDOM}"
    # e-mail addresses must be unique
    seen = {}
    for p in pupils:
        if p.email:
            k = p.email.lower()
            if k in seen:
                p.email = p.email.replace("@", "2@")
            seen[p.email.lower()] = p
    for p in pupils:
        assert upn_valid(p.upn), p.upn
        assert not p.uln or uln_valid(p.uln)
    return pupils, chars


PUPILS, CH = build_roster()


def full(p, preferred=False):
    return f"{p.preferred if preferred and p.preferred else p.forename} {p.surname}"


def mail(p):
    return p.email.lower()


# ------------------------------------------------------------------ parents

PROVIDERS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "live.co.uk"]


def build_parents():
    rng = random.Random(777)
    rows = []          # dicts: name, relationship, email, children(list of pupils), priority
    by_pupil = {}
    # characters first
    for key, fam in CHAR_PARENTS.items():
        if isinstance(fam, str):
            continue
        kids = [CH[key]] + [CH[k] for k, v in CHAR_PARENTS.items() if v == key]
        for i, (name, rel, email) in enumerate(fam):
            r = {"name": name, "relationship": rel, "email": email, "children": kids, "priority": i + 1}
            rows.append(r)
            for k in kids:
                by_pupil.setdefault(k.upn, []).append(r)
    used = {r["email"] for r in rows}
    for p in PUPILS:
        if p.key is not None or p.upn in by_pupil:
            continue
        kids = [p]
        sib = getattr(p, "sibling_of", None)
        if sib is not None and sib.upn in by_pupil:
            for r in by_pupil[sib.upn]:
                r["children"].append(p)
            by_pupil[p.upn] = by_pupil[sib.upn]
            continue
        n = 1 if rng.random() < 0.45 else 2
        fam = []
        sur = p.surname
        for i in range(n):
            sex = "F" if i == 0 else "M"
            if rng.random() < 0.1:
                sex = "M" if sex == "F" else "F"
            fn = rng.choice(ADULT_FORENAMES[p.origin][0 if sex == "F" else 1])
            sn = sur if rng.random() < 0.85 else rng.choice(ORIGIN_SURNAMES[p.origin])
            rel = {"F": "Mother", "M": "Father"}[sex] if rng.random() < 0.93 else rng.choice(["Carer", "Grandparent", "Foster carer"])
            while True:
                style = rng.randint(0, 3)
                a, b = ascii_slug(fn), ascii_slug(sn)
                local = [f"{a}.{b}", f"{a}{b}{rng.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}{rng.randint(60, 95)}"][style]
                email = f"{local}@{rng.choice(PROVIDERS)}"
                if email not in used:
                    used.add(email)
                    break
            r = {"name": f"{fn} {sn}", "relationship": rel, "email": email, "children": kids, "priority": i + 1}
            fam.append(r)
            rows.append(r)
        by_pupil[p.upn] = fam
    return rows, by_pupil


PARENTS, PARENTS_BY_UPN = build_parents()


def parents_of(key):
    return PARENTS_BY_UPN[CH[key].upn]


def parent_email(key, i=0):
    return parents_of(key)[i]["email"]


def parent_name(key, i=0):
    return parents_of(key)[i]["name"]


def year_list(year):
    return [p for p in PUPILS if p.year == year]
