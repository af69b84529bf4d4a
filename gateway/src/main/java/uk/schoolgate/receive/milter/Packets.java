package uk.schoolgate.receive.milter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nightcode.milter.ResponseCode;
import org.nightcode.milter.codec.MilterPacket;

/**
 * The milter responses the door sends, encoded here rather than through jmilter's modification
 * service: that one adds a second space to values that already carry theirs (values here keep
 * their leading space, see {@link Negotiation#STEPS}), sends nothing for an empty body, and throws
 * on long replies.
 */
final class Packets {
    /** Body replacements go in chunks no bigger than the MTA's buffer (libmilter's MILTER_CHUNK_SIZE). */
    static final int CHUNK = 65535;

    static final MilterPacket ACCEPT = new MilterPacket(ResponseCode.SMFIR_ACCEPT);
    static final MilterPacket DISCARD = new MilterPacket(ResponseCode.SMFIR_DISCARD);
    static final MilterPacket TEMPFAIL = new MilterPacket(ResponseCode.SMFIR_TEMPFAIL);
    static final MilterPacket PROGRESS = new MilterPacket(ResponseCode.SMFIR_PROGRESS);

    private Packets() {
    }

    /**
     * @param leadingSpace whether the MTA agreed to take values with their leading space; if not,
     *                     it adds one itself and the value's own is dropped
     */
    static MilterPacket header(HeaderEdit edit, boolean leadingSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name;
        String value;
        ResponseCode code;
        if (edit instanceof HeaderEdit.Change change) {
            int index = change.index();
            out.write(index >>> 24);
            out.write(index >>> 16);
            out.write(index >>> 8);
            out.write(index);
            name = change.name();
            value = change.value();
            code = ResponseCode.SMFIR_CHGHEADER;
        } else {
            HeaderEdit.Add add = (HeaderEdit.Add) edit;
            name = add.name();
            value = add.value();
            code = ResponseCode.SMFIR_ADDHEADER;
        }
        if (!leadingSpace && value.startsWith(" ")) {
            value = value.substring(1);
        }
        zeroTerminated(out, name);
        zeroTerminated(out, HeaderField.lf(value));
        return new MilterPacket(code, out.toByteArray());
    }

    /** The new body in chunks; an empty body is one empty chunk, so that it still replaces the old one. */
    static List<MilterPacket> body(byte[] body) {
        List<MilterPacket> packets = new ArrayList<>();
        int offset = 0;
        do {
            int length = Math.min(CHUNK, body.length - offset);
            packets.add(MilterPacket.builder().command(ResponseCode.SMFIR_REPLBODY).payload(body, offset, length).build());
            offset += length;
        } while (offset < body.length);
        return packets;
    }

    /** A complete SMTP reply line such as "550 5.7.1 reason" (see {@link ReplyLine}). */
    static MilterPacket reply(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        zeroTerminated(out, line);
        return new MilterPacket(ResponseCode.SMFIR_REPLYCODE, out.toByteArray());
    }

    private static void zeroTerminated(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }
}
