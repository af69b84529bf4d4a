package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceivedHeaderTest {
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 3, 2, 9, 15, 2, 0, ZoneOffset.UTC);

    @Test
    void recordsHeloAddressHostProtocolAndDate() throws Exception {
        String h = ReceivedHeader.of(new ReceivedHeader.Facts("laptop.local", InetAddress.getByName("192.0.2.7"),
                "gw.school.example", Optional.of("TLSv1.3 with cipher TLS_AES_128_GCM_SHA256"), true, "abc123", WHEN));
        assertThat(h).isEqualTo("Received: from laptop.local ([192.0.2.7])\r\n"
                + "\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256)\r\n"
                + "\tby gw.school.example (schoolgate) with ESMTPSA id abc123;\r\n"
                + "\tMon, 2 Mar 2026 09:15:02 +0000\r\n");
    }

    @Test
    void clientTextCannotBreakOrExtendTheHeader() throws Exception {
        String h = ReceivedHeader.of(new ReceivedHeader.Facts("evil\r\nBcc: x@y (comment)", InetAddress.getByName("::1"),
                "gw", Optional.empty(), false, "id", WHEN));
        assertThat(h).startsWith("Received: from evilBcc:xycomment ([IPv6:0:0:0:0:0:0:0:1])\r\n\tby gw (schoolgate) with ESMTP id");
        assertThat(h.split("\r\n")).hasSize(3);
    }

    @Test
    void anEmptyHeloIsUnknown() throws Exception {
        assertThat(ReceivedHeader.of(new ReceivedHeader.Facts("", InetAddress.getByName("127.0.0.1"), "gw", Optional.empty(),
                false, "id", WHEN))).startsWith("Received: from unknown ([127.0.0.1])");
    }
}
