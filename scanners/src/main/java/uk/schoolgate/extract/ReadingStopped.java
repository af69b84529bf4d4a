package uk.schoolgate.extract;

import org.xml.sax.SAXException;

/**
 * Thrown into a Tika parse to end it when the message's time budget is spent. It carries no
 * message: the reason is read from the {@link MessageBudget}, because parsers often wrap or swallow
 * what a content handler throws.
 */
final class ReadingStopped extends SAXException {
    ReadingStopped() {
        super("time budget spent");
    }
}
