package uk.schoolgate.act.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.act.deliver.DeliveryResult;
import uk.schoolgate.act.deliver.OutboxUpstream;
import uk.schoolgate.act.deliver.SmtpUpstream;
import uk.schoolgate.act.deliver.Upstream;
import uk.schoolgate.act.quarantine.HeldMessage;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.RaisedFlag;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.server.NotificationSettings;
import uk.schoolgate.server.UpstreamSettings;

class EmailSenderNotifierTest {
    private static final NotificationSettings SETTINGS = new NotificationSettings(true, "postmaster@oakfield.sch.uk");
    private static final Envelope ENVELOPE = new Envelope("ann.teacher@oakfield.sch.uk",
            List.of("office@council.example", "parent.one@home.example"));
    private static final HeldMessage HELD = new HeldMessage("Qm9va2luZy1yZWYtMTIzNA", Instant.parse("2026-11-05T09:00:00Z"));
    private static final String PERSONAL_REASON = "The message contains personal data (a date of birth) in the body; "
            + "school policy says personal data leaves the school only encrypted. "
            + "It will be sent encrypted to recipients outside the school.";
    private static final Finding DOB = new Finding(FindingType.DATE_OF_BIRTH, Location.BODY, 10, 24, "DOB 1*/**/***5",
            0.95, "JB-2015", "dob-label", false);

    private GreenMail greenMail;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private SmtpUpstream upstream() {
        return new SmtpUpstream(new UpstreamSettings("127.0.0.1", greenMail.getSmtp().getPort(), UpstreamSettings.Tls.NONE,
                Optional.empty(), Optional.empty(), Duration.ofSeconds(5), 1));
    }

    @Test
    void tellsTheSenderWhyInPlainEnglishWithoutQuotingTheMessage() throws Exception {
        Verdict verdict = verdict(Action.ENCRYPT, new RaisedFlag(Flag.PERSONAL_DATA, Action.ENCRYPT, PERSONAL_REASON));
        try (SmtpUpstream upstream = upstream()) {
            new EmailSenderNotifier(SETTINGS, upstream, "Oakfield Primary School", "the school office on 01234 567890")
                    .held(ENVELOPE, "Jo's report — Year 5", verdict, HELD);
        }

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage notice = received[0];
        assertThat(notice.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("ann.teacher@oakfield.sch.uk");
        assertThat(notice.getFrom()[0].toString()).isEqualTo("Oakfield Primary School email gateway <postmaster@oakfield.sch.uk>");
        assertThat(notice.getSubject()).isEqualTo("Your email is held for review: Jo's report — Year 5");
        assertThat(notice.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(notice.getHeader("X-Auto-Response-Suppress")).containsExactly("All");
        assertThat(notice.getHeader("Return-Path")[0]).isEqualTo("<postmaster@oakfield.sch.uk>");

        String body = ((String) notice.getContent()).replace("\r\n", "\n");
        assertThat(body)
                .contains("Your email \"Jo's report — Year 5\" (to 2 recipients) has not been sent yet.")
                .contains("held until the data protection officer has checked it")
                .contains("The gateway cannot send encrypted email yet")
                .contains("- The message contains personal data (a date of birth) in the body; school policy says "
                        + "personal data leaves the school only encrypted.\n")
                .contains("SharePoint or Teams")
                .contains("remove it and send a new message")
                .contains("contact the school office on 01234 567890 and give this reference: " + HELD.id())
                .doesNotContain("It will be sent encrypted")
                .doesNotContain("DOB 1*/**/***5", "12/03/2015", "Bloggs", "office@council.example",
                        "parent.one@home.example");
    }

    @Test
    void contactApprovalsGoToASeniorLeader() throws Exception {
        Verdict verdict = verdict(Action.QUARANTINE, new RaisedFlag(Flag.PARENT_CONTACT_UNAPPROVED, Action.QUARANTINE,
                "One recipient is a parent, and you are not approved to email parents. It is held until a senior "
                        + "leader has checked it. You can also ask the school office to send it for you."),
                new RaisedFlag(Flag.OFFENSIVE_LANGUAGE, Action.DELIVER, "The message contains language that may be offensive."));
        try (SmtpUpstream upstream = upstream()) {
            new EmailSenderNotifier(SETTINGS, upstream, "Oakfield Primary School").held(ENVELOPE, "Trip", verdict, HELD);
        }
        String body = ((String) greenMail.getReceivedMessages()[0].getContent()).replace("\r\n", "\n");
        assertThat(body).contains("held until a senior leader has checked it")
                .contains("A senior leader approves email to parents and pupils")
                .contains("ask a senior leader to approve it, or ask the school office to send it")
                .contains("contact the school office and give this reference")
                .doesNotContain("data protection officer")
                .doesNotContain("offensive");
    }

    @Test
    void theOutboxGetsTheNoticeWhenNoUpstreamIsConfigured() throws Exception {
        Path outbox = dir.resolve("outbox");
        new EmailSenderNotifier(SETTINGS, new OutboxUpstream(outbox), "Oakfield Primary School")
                .held(ENVELOPE, "Outbox", verdict(Action.QUARANTINE, new RaisedFlag(Flag.CREDENTIALS_OR_FINANCIAL,
                        Action.QUARANTINE, "The message contains a password.")), HELD);
        try (Stream<Path> files = Files.list(outbox)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            String text = Files.readString(all.get(0));
            assertThat(text).startsWith("Return-Path: <postmaster@oakfield.sch.uk>\r\nX-Envelope-To: ann.teacher@oakfield.sch.uk\r\n")
                    .contains("Auto-Submitted: auto-generated").contains("Subject: Your email is held for review: Outbox");
        }
    }

    @Test
    void neverNotifiesTheNullSenderOrItself() {
        List<String> sentTo = new ArrayList<>();
        Upstream recording = (sender, recipients, message) -> {
            sentTo.addAll(recipients);
            return DeliveryResult.accepted("ok");
        };
        EmailSenderNotifier notifier = new EmailSenderNotifier(SETTINGS, recording, "Oakfield");
        Verdict verdict = verdict(Action.QUARANTINE);
        notifier.held(new Envelope("", List.of("a@b.example")), "Bounce", verdict, HELD);
        notifier.held(new Envelope("Postmaster@Oakfield.sch.uk", List.of("a@b.example")), "Loop", verdict, HELD);
        new EmailSenderNotifier(new NotificationSettings(false, "postmaster@oakfield.sch.uk"), recording, "Oakfield")
                .held(ENVELOPE, "Disabled", verdict, HELD);
        assertThat(sentTo).isEmpty();
    }

    @Test
    void aFailedNoticeNeverThrowsIntoTheCaller() {
        Upstream broken = (sender, recipients, message) -> {
            throw new IllegalStateException("upstream exploded");
        };
        Upstream refusing = (sender, recipients, message) -> DeliveryResult.permanentFailure(550, "5.1.1", "no such user");
        Verdict verdict = verdict(Action.QUARANTINE);
        assertThatCode(() -> new EmailSenderNotifier(SETTINGS, broken, "Oakfield").held(ENVELOPE, "x", verdict, HELD))
                .doesNotThrowAnyException();
        assertThatCode(() -> new EmailSenderNotifier(SETTINGS, refusing, "Oakfield").held(ENVELOPE, "x", verdict, HELD))
                .doesNotThrowAnyException();
        assertThatCode(() -> new EmailSenderNotifier(SETTINGS, refusing, "Oakfield")
                .held(new Envelope("not an address", List.of("a@b.example")), "x", verdict, HELD))
                .doesNotThrowAnyException();
    }

    @Test
    void aSubjectCannotInjectHeadersIntoTheNotice() throws Exception {
        try (SmtpUpstream upstream = upstream()) {
            new EmailSenderNotifier(SETTINGS, upstream, "Oakfield")
                    .held(ENVELOPE, "Hello\r\nBcc: victim@evil.example", verdict(Action.QUARANTINE), HELD);
        }
        MimeMessage notice = greenMail.getReceivedMessages()[0];
        assertThat(notice.getHeader("Bcc")).isNull();
        assertThat(notice.getSubject()).isEqualTo("Your email is held for review: Hello Bcc: victim@evil.example");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    private static Verdict verdict(Action action, RaisedFlag... flags) {
        List<String> reasons = Stream.of(flags).map(RaisedFlag::reason).toList();
        return new Verdict(action, List.of(flags), List.of(DOB), reasons, List.of(),
                Map.of("office@council.example", action), List.of());
    }
}
