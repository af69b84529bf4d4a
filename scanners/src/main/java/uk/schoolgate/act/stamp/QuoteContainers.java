package uk.schoolgate.act.stamp;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import org.jsoup.nodes.Element;
import uk.schoolgate.parse.HtmlText;

/**
 * The HTML elements that hold quoted reply history (Gmail's {@code div.gmail_quote}, Apple Mail's
 * {@code blockquote type=cite}, Thunderbird's {@code moz-cite-prefix}, Outlook web's
 * {@code divRplyFwdMsg} / {@code appendonsend}...). There is one definition of these, in
 * {@code uk.schoolgate.parse.HtmlText.isQuoteContainer}, shared with the detectors so that the
 * signature goes where offensive-language scanning stops. That method is package-private, so it is
 * reached here through a method handle until it is made public (then this becomes a plain call).
 * If the handle cannot be had, only the text markers ("On ... wrote:", "From: ... Sent:") place the
 * signature; {@link #available()} tells, and a unit test checks it.
 */
final class QuoteContainers {
    private static final MethodHandle IS_QUOTE_CONTAINER = find();

    private QuoteContainers() {
    }

    private static MethodHandle find() {
        try {
            Method m = HtmlText.class.getDeclaredMethod("isQuoteContainer", Element.class);
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static boolean available() {
        return IS_QUOTE_CONTAINER != null;
    }

    static boolean test(Element e) {
        if (IS_QUOTE_CONTAINER == null) {
            return false;
        }
        try {
            return (boolean) IS_QUOTE_CONTAINER.invokeExact(e);
        } catch (RuntimeException | Error ex) {
            throw ex;
        } catch (Throwable t) {
            return false;
        }
    }
}
