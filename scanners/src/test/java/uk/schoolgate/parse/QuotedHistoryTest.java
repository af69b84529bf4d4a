package uk.schoolgate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedHistoryTest {
    @Test
    void noHistory() {
        String text = "Hi Jo,\nSee you at 3.\nAnn\n";
        assertThat(QuotedHistory.start(text)).isEqualTo(text.length());
    }

    @Test
    void gmailStyleIntroduction() {
        String text = "Thanks!\n\nOn Tue, 3 Mar 2026 at 09:12, Jo Bloggs <jo@example.com> wrote:\n> Can we meet?\n";
        assertThat(text.substring(QuotedHistory.start(text))).startsWith("On Tue");
    }

    @Test
    void introductionWrappedOverTwoLines() {
        String text = "Thanks!\n\nOn Tue, 3 Mar 2026 at 09:12, Jo Bloggs\n<jo@example.com> wrote:\n> Can we meet?\n";
        assertThat(text.substring(QuotedHistory.start(text))).startsWith("On Tue");
    }

    @Test
    void outlookHeaderBlock() {
        String text = "Fine by me.\n\nFrom: Jo Bloggs <jo@example.com>\nSent: 03 March 2026 09:12\nTo: Ann\nSubject: meet\n\nCan we meet?";
        assertThat(text.substring(QuotedHistory.start(text))).startsWith("From: Jo");
    }

    @Test
    void outlookOriginalMessageSeparator() {
        String text = "Fine.\n\n-----Original Message-----\nFrom: Jo\n";
        assertThat(text.substring(QuotedHistory.start(text))).startsWith("-----Original");
    }

    @Test
    void forwardedMessage() {
        String text = "FYI\n\n---------- Forwarded message ---------\nFrom: Jo\n";
        assertThat(text.substring(QuotedHistory.start(text))).startsWith("---------- Forwarded");
    }

    @Test
    void quotedLinesWithoutIntroduction() {
        String text = "Yes.\n> did you get it?\n> thanks\n";
        assertThat(text.substring(QuotedHistory.start(text))).startsWith("> did");
    }

    @Test
    void aFromLineInProseIsNotHistory() {
        String text = "From: the office, a reminder.\nBring coats.\n";
        assertThat(QuotedHistory.start(text)).isEqualTo(text.length());
    }
}
