"""Special category: HEALTH, SEN, SAFEGUARDING about an identifiable person, and the topics
that do not count."""
from common import *  # noqa: F401,F403


def cases():
    C = []
    S = "special/"

    def add(path, frm, to, subject, text, findings=(), action=None, **kw):
        C.append(mk(S + path, frm, to, subject, text, findings=findings, action=action, **kw))

    # ---------------------------------------------------------------- HEALTH -------------
    add("health/asthma_named_internal.eml", "KW", ["OS"], "PE on Thursday",
        "Owen,\n\nJack Taylor has asthma and must have his blue inhaler pitch-side on Thursday.\n\nKatie",
        {"PUPIL_NAME", "HEALTH"}, "DELIVER")
    add("health/epilepsy_named_external.eml", "SENCO", ["NURSE"], "Care plan review",
        "Hello,\n\nCan we review the care plan for Elsie Murphy? Her epilepsy medication changed to lamotrigine "
        "and she had a seizure in class last week.\n\nJames Fletcher\nSENCo",
        {"PUPIL_NAME", "HEALTH"}, "ENCRYPT")
    add("health/diabetes_with_dob.eml", "OFFICE", ["CATERING"], "Carbohydrate counts",
        f"Hi,\n\nFor our pupil with type 1 diabetes (DOB {dob_uk(D.pupil('Ivy Field'))}) we need the carb counts for each meal.\n\nSchool Office",
        {"HEALTH", "DATE_OF_BIRTH"}, "ENCRYPT",
        note="identifiable through the attributed date of birth")
    add("health/adhd_medication_named.eml", "KW", ["OFFICE"], "Lunchtime medication",
        "Hi,\n\nTheodore O'Brien's methylphenidate dose is going up to 10mg from Monday - new bottle in the medical cabinet.\n\nKatie",
        {"PUPIL_NAME", "HEALTH"}, "DELIVER")
    add("health/allergy_upper_case_name.eml", "CATERING", ["OFFICE"], "Allergy list query",
        "Hi,\n\nPlease confirm MASON HALL's allergy: is it all tree nuts or just peanuts?\n\nDales Kitchen",
        {"PUPIL_NAME", "HEALTH"}, "DELIVER")
    add("health/broken_arm_treatment_gp.eml", "EW", ["GP"], "Follow-up",
        "Hello,\n\nFreya Hall returned to school today after treatment for a fractured wrist at LGI; the cast stays on "
        "for six weeks. Her mum asked us to let you know she is still in pain.\n\nEmma Wood",
        {"PUPIL_NAME", "HEALTH"}, "ENCRYPT")
    add("health/mental_health_camhs.eml", "DSL", ["CAMHS"], "CAMHS referral follow-up",
        "Hello,\n\nFollowing our referral for Poppy Young: she has been self-harming and was seen by her GP for "
        "anxiety and low mood. Is there an estimated wait?\n\nRukhsana Ahmed\nDSL",
        {"PUPIL_NAME", "HEALTH"}, "ENCRYPT")
    add("health/parent_health_with_phone.eml", "EW", ["SW"], "Mum's health",
        "Jo,\n\nMum (mobile 07700 900187) told me she has started chemotherapy for breast cancer, so grandma is doing pick-ups.\n\nEmma",
        {"PHONE_NUMBER", "HEALTH"}, "ENCRYPT", note="identifiable through the attributed phone number")
    # ---------------------------------------------------------------- SEN ----------------
    add("sen/ehcp_named_ep.eml", "SENCO", ["EP"], "EHCP needs assessment",
        "Dear Sarah,\n\nWe are requesting an EHC needs assessment for Henry Adeyemi (Y3). He is on SEN support for "
        "speech, language and communication and is making little progress.\n\nJames",
        {"PUPIL_NAME", "SEN"}, "ENCRYPT")
    add("sen/sen_support_plan_internal.eml", "SENCO", ["LG"], "SEN support plan",
        "Laura,\n\nI've updated the SEN support plan for Bobby Lee - dyslexia screening showed a significant difficulty. "
        "Coloured overlays and extra time from now on.\n\nJames",
        {"PUPIL_NAME", "SEN"}, "DELIVER")
    add("sen/autism_ehcp_secondary.eml", "SENCO", ["SECONDARY"], "Transition - EHCP pupils",
        "Hi,\n\nArchie Davies has an EHCP for autism; he will need a transition visit with his TA before July.\n\nJames",
        {"PUPIL_NAME", "SEN"}, "ENCRYPT")
    add("sen/disability_wheelchair.eml", "HEAD", ["OUTDOOR"], "Accessibility",
        "Hello,\n\nOne of our Year 4 pupils, Rory García, uses a wheelchair (cerebral palsy). Are all activities accessible?\n\nDr Marsh",
        {"PUPIL_NAME", "SEN", "HEALTH"}, "ENCRYPT")
    add("sen/split_name_sen.eml", "NH", ["SENCO"], "Intervention notes",
        "James,\n\nIntervention notes: Dara\nJones is now on the SEN register for speech and language.\n\nNadia",
        {"PUPIL_NAME", "SEN"}, "DELIVER")
    add("sen/salt_report_with_upn.eml", "SENCO", ["SALT"], "SALT report",
        f"Hello,\n\nThank you for the report for UPN {D.pupil('Ezra Johnson')['upn']}. We will add the targets to his SEN support plan.\n\nJames",
        {"UK_UPN", "SEN"}, "ENCRYPT")
    # ---------------------------------------------------------------- SAFEGUARDING -------
    add("safeguarding/referral_front_door.eml", "DSL", ["FRONTDOOR"], "Referral - Lily Brown",
        "Hello,\n\nI am making a referral to children's social care for Lily Brown (Y2). This morning she disclosed that "
        "her uncle touched her inappropriately. Referral form to follow by phone.\n\nRukhsana Ahmed\nDSL",
        {"PUPIL_NAME", "SAFEGUARDING"}, "ENCRYPT")
    add("safeguarding/cp_plan_internal.eml", "DSL", ["KW"], "Child protection plan",
        "Katie,\n\nGeorge Rivers is now on a child protection plan under the category of neglect. Please record any "
        "concerns on CPOMS straight away.\n\nRukhsana", {"PUPIL_NAME", "SAFEGUARDING"}, "DELIVER")
    add("safeguarding/lado_allegation.eml", "HEAD", ["LADO"], "LADO referral",
        "Dear LADO,\n\nI need to refer an allegation against a member of staff: a parent reports that Mr Hughes grabbed "
        "her son Lucas Brown by the arm. The child has a red mark.\n\nDr Helen Marsh\nHeadteacher",
        {"PUPIL_NAME", "SAFEGUARDING"}, "ENCRYPT")
    add("safeguarding/looked_after_child.eml", "DSL", ["SECONDARY"], "Transition - looked-after child",
        "Hi,\n\nPrecious Brook is a looked-after child (in foster care since 2024) and has a PEP in March.\n\nRukhsana",
        {"PUPIL_NAME", "SAFEGUARDING"}, "ENCRYPT")
    add("safeguarding/disclosure_with_address.eml", "DSL", ["SW"], "Strategy meeting",
        "Jo,\n\nFor the strategy meeting: the family now live at 19 Tarn Lane, Leeds LS17 7ES. The child's disclosure "
        "about domestic abuse at home has been logged.\n\nRukhsana",
        {"POSTAL_ADDRESS", "SAFEGUARDING"}, "ENCRYPT", note="identifiable through the attributed home address")
    add("safeguarding/sensitive_marked_referral.eml", "DSL", ["SW"], "HIGHLY SENSITIVE - Ivy Young",
        "Jo,\n\nIvy Young has been referred to social care today after a disclosure of neglect. Section 47 enquiry expected.\n\nRukhsana",
        {"PUPIL_NAME", "SAFEGUARDING"}, "ENCRYPT")
    add("safeguarding/police_share.eml", "DSL", ["POLICE"], "Operation Encompass",
        "Dan,\n\nThanks for the Operation Encompass notification about Mason Mensah; we will provide support in school. "
        "His mum's number is 07700 900933.\n\nRukhsana",
        {"PUPIL_NAME", "SAFEGUARDING", "PHONE_NUMBER"}, "ENCRYPT")
    # ---------------------------------------------------------------- not about an identifiable person
    add("not_identifiable/forename_only_health.eml", "CR", ["AB"], "Seizure today",
        "Aisha, Zofia had a seizure at lunch; mum collected her. Claire", (), "DELIVER",
        note="forename alone: not an identifiable person by the contract")
    add("not_identifiable/anonymous_child_allergy.eml", "OFFICE", ["CATERING"], "New allergy",
        "Hi,\n\nA child in Reception has a sesame allergy; please make sure the bread is sesame-free.\n\nOffice",
        (), "DELIVER")
    add("not_identifiable/named_staff_sickness.eml", "HEAD", ["DEP"], "Absence",
        "Daniel,\n\nPeter Evans is off with a chest infection for the rest of the week; please arrange cover.\n\nHelen",
        (), "DELIVER", note="staff named by name only: not an identifiable person by the contract's definition")
    add("not_identifiable/aggregate_sen_numbers.eml", "SENCO", ["CHAIR"], "SEN report",
        "Margaret,\n\nFor the governors' report: 4 pupils with EHCPs, 19 on SEN support, 2 awaiting autism assessment.\n\nJames",
        (), "DELIVER")
    add("not_identifiable/surname_only_cp.eml", "DSL", ["HEAD"], "Core group",
        "Helen, the core group for the Rivers family is on Tuesday. Rukhsana", (), "DELIVER")
    # ---------------------------------------------------------------- topics -------------
    add("topics/health_and_safety.eml", "SBM", ["STAFFLIST"], "Health and safety walk",
        "All,\n\nThe termly health and safety walk is on Thursday; please keep fire exits clear.\n\nSunita", (), "DELIVER")
    add("topics/healthy_eating_week.eml", "OFFICE", ["CATERING"], "Healthy eating week",
        "Hi,\n\nFor healthy eating week could you add a fruit option every day?\n\nOffice", (), "DELIVER")
    add("topics/sen_policy_review.eml", "SENCO", ["CHAIR"], "SEN policy review",
        "Margaret,\n\nThe SEN policy review draft is on GovernorHub; comments by 20 February please.\n\nJames Fletcher\nSENCo",
        (), "DELIVER")
    add("topics/safeguarding_training.eml", "DSL", ["STAFFLIST"], "Safeguarding training",
        "All,\n\nAnnual safeguarding training is on the INSET day, 23 February. The safeguarding policy has been updated.\n\nRukhsana",
        (), "DELIVER")
    add("topics/senco_job_title.eml", "SENCO", ["EP"], "Termly planning",
        "Dear Sarah,\n\nAs SENCo I'd like to book our termly planning meeting for 3 March.\n\nJames Fletcher\nSENCo",
        (), "DELIVER")
    add("topics/mental_health_week.eml", "DEP", ["STAFFLIST"], "Children's Mental Health Week",
        "All,\n\nChildren's Mental Health Week starts 2 February; assembly resources are on SharePoint.\n\nDaniel", (), "DELIVER")
    add("topics/first_aid_course.eml", "SBM", ["STAFFLIST"], "Paediatric first aid",
        "All,\n\nPaediatric first aid course on 10 March covers asthma, allergies and epilepsy awareness.\n\nSunita", (), "DELIVER")
    add("topics/named_pupil_no_special.eml", "KW", ["SENCO"], "Reading",
        "James,\n\nNoah Young has moved up two reading levels - brilliant progress!\n\nKatie", {"PUPIL_NAME"}, "DELIVER")
    return C
