package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.people.PeopleFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.detect.TextSegment;

class OffensiveLanguageDetectorTest {
    private final OffensiveLanguageDetector detector = new OffensiveLanguageDetector(settings(""), resources());

    private List<Finding> find(TextSegment segment) {
        return detector.detect(segment, List.of());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The fucking photocopier has jammed again.              | fucking
            Frankly your service is shit and we will look elsewhere. | shit
            The new marking policy is a load of bollocks.           | bollocks
            The dad who shouted at you is a complete twat.          | twat
            Some arsehole reversed into my car.                     | arsehole
            The bloke from the van company was an absolute wanker.  | wanker
            Some dickhead has parked across the minibus bay again.  | dickhead
            Sort your shit out.                                     | shit
            F*ck this printer.                                      | F*ck
            What the f*** is going on?                              | f***
            This is sh1t.                                           | sh1t
            FFS can someone fix the wifi                            | FFS
            FUCK OFF                                                | FUCK OFF
            Absolute piss-take.                                     | piss take
            What a crap meeting.                                    | crap
            He called him a paki.                                   | paki
            You spastic.                                            | spastic
            That's so retarded.                                     | retarded
            for fuck's sake                                         | fuck's
            """)
    void profanitySlursAndAbuse(String text, String expected) {
        TextSegment s = body(text);
        List<Finding> found = find(s);
        assertThat(covered(s, found)).containsExactly(expected.equals("piss take") ? "piss-take" : expected);
        assertThat(found).allMatch(f -> f.type() == FindingType.OFFENSIVE_LANGUAGE && f.subject() == null);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "We need a 53-seater to Scunthorpe for the cross-country final.",
        "Fixtures: Penistone, Clitheroe and Cockburn School. The Arsenal coaching visit is in May.",
        "Tickets for Dick Whittington are in pigeonholes. Cocktail sausages after!",
        "Our partner school in Essex and Sussex will help us assess Year 6 writing in each class.",
        "We are adding shiitake mushroom risotto and a cocktail of fruit juices. Hancock's Dairy supplies the milk.",
        "The occupational therapist suggested artificial grass. Bass drum ordered; grape juice too.",
        "Our reading dog Biscuit, a cocker spaniel, visits Year 2.",
        "Data analysis of the assessment scraps the old classification.",
        "The ox and the ass stood by the manger.",
        "We saw blue tits and a great tit on Offa's Dyke.",
        "Our Maine Coon cat is called Biscuit.",
        "The physio report mentions spastic diplegia.",
        "A chink of light came through the blinds.",
        "Shitake mushrooms are on the menu.",
        "Please assess the grass cuttings at Matlock Bath."
    })
    void scunthorpeProblemNegatives(String text) {
        assertThat(find(body(text))).isEmpty();
    }

    @Test
    void quotedHistoryDoesNotCount() {
        String text = "Dear Mr Kelham,\n\nI am sorry to hear about the wet clothes.\n\nOn Fri, Rob wrote:\n"
                + "> You lot are fucking useless.";
        TextSegment s = new TextSegment(Location.BODY, text, text.indexOf("On Fri"));
        assertThat(find(s)).isEmpty();
    }

    @Test
    void reportedSpeechCountsLessSurely() {
        TextSegment s = body("A Year 5 boy called another child a \"fat bastard\" and told him to fuck off.");
        List<Finding> found = find(s);
        assertThat(covered(s, found)).containsExactly("bastard", "fuck off");
        assertThat(found.get(0).confidence()).isLessThan(found.get(1).confidence());
        assertThat(found.get(0).rule()).contains("quotation marks");
    }

    @Test
    void subjectCountsButNotARepliedSubject() {
        assertThat(find(subject("Piss-poor response times"))).hasSize(1);
        assertThat(find(subject("Re: Piss-poor response times"))).isEmpty();
        assertThat(find(subject("RE: FW: Piss-poor response times"))).isEmpty();
        assertThat(find(subject("RE[2]: Piss-poor response times"))).isEmpty();
    }

    @Test
    void attachmentsOnlyWhenConfigured() {
        TextSegment doc = attachment("incident.docx", "He said fuck off to the TA.");
        assertThat(find(doc)).isEmpty();
        OffensiveLanguageDetector all = new OffensiveLanguageDetector(
                settings("locations: [subject, body, attachment]\n"), resources());
        assertThat(all.detect(doc, List.of())).hasSize(1);
    }

    @Test
    void ruleAndExcerptDoNotRepeatTheWord() {
        Finding f = find(body("This is shit.")).get(0);
        assertThat(f.rule()).doesNotContain("shit").contains("offensive.txt line");
        assertThat(f.excerpt()).isEqualTo("sh**");
    }

    @Test
    void everyOccurrenceIsReported() {
        assertThat(find(body("shit, shit, shit"))).hasSize(3);
    }
}
