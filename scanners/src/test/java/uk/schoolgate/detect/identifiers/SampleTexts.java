package uk.schoolgate.detect.identifiers;

import java.util.List;
import java.util.Random;

/** School e-mail texts, benign and personal, for whole-suite and throughput tests. */
final class SampleTexts {
    /** Messages a school sends every day that carry no personal data and no secrets. */
    static final List<String> BENIGN = List.of(
            """
            Dear Parents and Carers,

            Our Year 4 trip to the Thackray Museum of Medicine, Beckett Street, Leeds LS9 7LN takes place on
            Friday 14 March 2025. The coach leaves at 09:15 and returns at 15:30. The cost is £12.50 per child;
            please pay through ParentPay by 7 March 2025. Packed lunches are available for £3.20.

            If you have any questions please call the school office on 01234 567890 or email
            office@oakfield.sch.uk. For term dates see the website: term starts 01/09/2025 and ends 19/12/2025.

            Kind regards
            Ann Head
            Headteacher
            Oakfield Primary School, 1 Oak Lane, Exampletown, EX1 2AB
            Tel: 01234 567890
            """,
            """
            Hi all,

            Reminder: the staff meeting is on 12/03/2025 at 3.45pm in the hall. Agenda items by 10/03/2025 please.
            INSET day: Monday 06/01/2025. Reports deadline 20 June 2025.

            Please reset your password via the portal before Friday - your password must be at least 12
            characters and must not be the same as your last one. Forgot password? Use the self-service link.
            The new report template is a password-protected file; the password will be sent separately.

            Thanks, Tom
            """,
            """
            Microsoft Teams meeting
            Join on your computer, mobile app or room device
            Click here to join the meeting
            Meeting ID: 385 912 774 61
            Passcode: Xk4Rt9
            Or call in (audio only) +44 20 3321 5200,,58324177# United Kingdom, London
            Phone Conference ID: 583 241 77#
            """,
            """
            Invoice INV-20451 for order 45872231, 12 x exercise books at £1.20 = £14.40. VAT reg 123 4567 89.
            Acme Educational Supplies Ltd, Unit 4, Riverside Business Park, Leeds LS10 1AB. Tel 0113 496 0400.
            Registered in England no. 01234567. Payment due within 30 days of 01/03/2025.
            Tracking number 1Z999AA10123456784. Reference 2025-03-0042.
            """,
            """
            Dear colleagues, the Exampletown City Council admissions team (0113 496 0500) have confirmed the
            September 2025 intake numbers: 60 places, 58 offers, 2 on the waiting list. The DfE number for
            the school is 383/2147 and the URN is 107700. Health and safety training is on 3rd April 2025,
            healthy eating week begins 12 May 2025. The safeguarding policy was updated on 01/09/2024.
            """);

    /** A roster-free class list of {@code rows} pupils with DOB, address, phone, UPN. */
    static String classList(int rows, Random random) {
        StringBuilder sb = new StringBuilder("Class list\nName\tUPN\tDOB\tAddress\tPostcode\tParent mobile\n");
        for (int i = 0; i < rows; i++) {
            sb.append("Pupil ").append(i).append('\t')
                    .append("K383214725004").append('\t')
                    .append(String.format("%02d/%02d/2015", 1 + random.nextInt(28), 1 + random.nextInt(12))).append('\t')
                    .append(1 + random.nextInt(200)).append(" Acacia Avenue").append('\t')
                    .append("LS17 ").append(random.nextInt(10)).append("QT").append('\t')
                    .append(String.format("07700 900%03d", random.nextInt(1000))).append('\n');
        }
        return sb.toString();
    }

    /**
     * A few megabytes of mixed mail: mostly ordinary school messages (85% of the pieces), short
     * personal details (14%) and now and then a 30-row class list (1%).
     */
    static String mixed(int approximateChars, long seed) {
        Random random = new Random(seed);
        String[] personal = {
            "Amelia's mum (07700 900123) asked us to note her new address: 12 Acacia Avenue, Leeds LS17 9QT.\n",
            "DOB: 12/03/2015, NHS number 401 159 0835, UPN K383214725004.\n",
            "Your temporary password is Welcome1 - please change it when you log in.\n",
            "Sort code 20-00-00, account number 12345678 for the trip refund.\n",
        };
        StringBuilder sb = new StringBuilder(approximateChars + 4096);
        while (sb.length() < approximateChars) {
            int pick = random.nextInt(1000);
            if (pick < 850) {
                sb.append(BENIGN.get(random.nextInt(BENIGN.size())));
            } else if (pick < 990) {
                sb.append(personal[random.nextInt(personal.length)]);
            } else {
                sb.append(classList(30, random));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private SampleTexts() {
    }
}
