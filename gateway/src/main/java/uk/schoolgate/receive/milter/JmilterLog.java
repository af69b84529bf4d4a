package uk.schoolgate.receive.milter;

import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.nightcode.milter.util.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Sends jmilter's own log lines (which go to stdout and stderr by default, stdout being the
 * command's output) to SLF4J under the jmilter class's name, so logback.xml sets their level.
 * jmilter prints whole protocol packets in some lines; their payload (headers, body, addresses)
 * is replaced by its length, and exceptions are reduced to their class: personal data never
 * reaches the log.
 */
final class JmilterLog implements Log.LoggingHandler {
    private static final Pattern PAYLOAD = Pattern.compile("payload=[0-9A-Fa-f]+");

    private final Level level;

    private JmilterLog(Level level) {
        this.level = level;
    }

    /** Installs the adapter; jmilter's logging is global, so this is for the whole process. */
    static void install() {
        Log.setLoggingHandler(new JmilterLog(Level.DEBUG), new JmilterLog(Level.INFO), new JmilterLog(Level.WARN),
                new JmilterLog(Level.ERROR), new JmilterLog(Level.ERROR));
    }

    @Override
    public void log(Class<?> clazz, String message) {
        log(clazz, () -> message, null);
    }

    @Override
    public void log(Class<?> clazz, String message, Object... params) {
        log(clazz, () -> message, null);
    }

    @Override
    public void log(Class<?> clazz, String message, Throwable thrown) {
        log(clazz, () -> message, thrown);
    }

    @Override
    public void log(Class<?> clazz, Supplier<String> supplier, Throwable thrown) {
        Logger logger = LoggerFactory.getLogger(clazz);
        if (!logger.isEnabledForLevel(level)) {
            return;
        }
        String text = clean(supplier.get());
        if (thrown != null) {
            text = text + " (" + thrown.getClass().getSimpleName() + ")";
        }
        logger.atLevel(level).log(text);
    }

    static String clean(String message) {
        if (message == null) {
            return "";
        }
        var m = PAYLOAD.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "payload=<" + (m.group().length() - "payload=".length()) / 2 + " bytes>");
        }
        m.appendTail(out);
        return out.toString();
    }
}
