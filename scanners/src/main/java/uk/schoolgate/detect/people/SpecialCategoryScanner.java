package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.Location;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.detect.TextWindow;

/**
 * The engine behind HEALTH, SEN and SAFEGUARDING: finds lexicon terms and values in
 * special-category table columns, drops negated ones, and keeps those it can tie to an
 * identifiable person. Where the person is looked for, in order:
 * <ol>
 *   <li>a table row: the same row only (other rows are other people);</li>
 *   <li>prose: the same sentence (pupils, identifiers, staff and parents), then the same
 *       paragraph (pupils and identifiers) when the term's sentence refers back (he, she, his,
 *       her, or the pupil's forename): "Reminder: children with asthma..." after a sentence
 *       about a pupil is not about her;</li>
 *   <li>the whole segment, when it names exactly one roster pupil: always in an attachment (a
 *       one-page profile, an EHCP); in the subject or body only when the term's sentence refers
 *       back to the pupil (he, she, his, her, or the pupil's forename).</li>
 * </ol>
 * Of several people in the window a pupil is preferred to an identifier, an identifier to a
 * staff or parent name, and the nearest one before the term to one after it.
 */
final class SpecialCategoryScanner {
    private final CategorySettings settings;

    SpecialCategoryScanner(CategorySettings settings) {
        this.settings = settings;
    }

    List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<PhraseMatch> terms = settings.scan().find(segment, settings.source());
        List<ColumnValue> cells = settings.columns() != null && mayHoldTable(segment)
                ? settings.columns().values(text, segment.location().kind() == Location.Kind.ATTACHMENT) : List.of();
        if (terms.isEmpty() && cells.isEmpty()) {
            return List.of();
        }
        Segment context = new Segment(segment, new Mentions(segment, earlier, settings.identifierTypes(),
                settings.directory(), settings.greetings()));
        List<Finding> out = new ArrayList<>();
        for (PhraseMatch m : terms) {
            if (out.size() >= settings.maxFindings()) {
                return out;
            }
            if (settings.negation().negated(text, m.start(), m.end()) || shouted(text, m)) {
                continue;
            }
            Attribution a = context.attribute(m.start());
            if (a != null) {
                String rule = settings.type().name() + " term (" + settings.lexicon().name() + " line "
                        + m.term().line() + "); " + a.how();
                out.add(Finding.of(settings.type(), segment, m.start(), m.end(), a.confidence(), a.subject(), rule));
            }
        }
        for (ColumnValue v : cells) {
            if (out.size() >= settings.maxFindings()) {
                return out;
            }
            if (overlapsTerm(terms, v)) {
                continue;
            }
            Attribution a = context.attribute(v.start());
            if (a != null) {
                double confidence = Math.min(a.confidence(), settings.confidences().column());
                String rule = settings.type().name() + " value in a '" + v.header() + "' column; " + a.how();
                out.add(Finding.of(settings.type(), segment, v.start(), v.end(), confidence, a.subject(), rule));
            }
        }
        return out;
    }

    /** Tables come with tabs; CSV attachments with commas. A body without a tab has no table worth reading. */
    private static boolean mayHoldTable(TextSegment segment) {
        String text = segment.text();
        return text.indexOf('\t') >= 0
                || (segment.location().kind() == Location.Kind.ATTACHMENT && text.indexOf(',') >= 0);
    }

    private static boolean overlapsTerm(List<PhraseMatch> terms, ColumnValue v) {
        for (PhraseMatch m : terms) {
            if (m.start() < v.end() && v.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** An acronym that is also a word ("SEND") in a line typed in capitals is just the word. */
    private boolean shouted(String text, PhraseMatch m) {
        if (!m.term().caseSensitive() || !settings.shoutingAcronyms().contains(m.term().folded())) {
            return false;
        }
        TextWindow line = TextWindow.line(text, m.start());
        int upper = 0;
        int lower = 0;
        for (int i = line.start(); i < line.end(); i++) {
            if (i >= m.start() && i < m.end()) {
                continue;
            }
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 6 && upper > 2 * lower;
    }

    /** Per-call state: the mentions and the last windows computed (many terms share a sentence). */
    private final class Segment {
        private final TextSegment segment;
        private final String text;
        private final Mentions mentions;
        private final LineCache lines;
        private TextWindow sentence;
        private TextWindow paragraph;

        Segment(TextSegment segment, Mentions mentions) {
            this.segment = segment;
            this.text = segment.text();
            this.mentions = mentions;
            this.lines = new LineCache(text);
        }

        Attribution attribute(int offset) {
            Set<Scope> scopes = settings.scopes();
            CategorySettings.Confidences conf = settings.confidences();
            TextWindow line = lines.line(offset);
            if (lines.isRow(offset)) {
                if (scopes.contains(Scope.ROW)) {
                    Mention m = mentions.nearest(line.start(), line.end(), offset, true);
                    if (m != null) {
                        String subject = m.kind() == Mention.Kind.IDENTIFIER
                                ? TableRows.rowKey(segment.location(), line.start()) : m.subject();
                        return new Attribution(subject, conf.row(), describe(m) + " in the same table row");
                    }
                }
            } else {
                if (scopes.contains(Scope.SENTENCE)) {
                    TextWindow w = sentence(offset);
                    Mention m = mentions.nearest(w.start(), w.end(), offset, true);
                    if (m != null) {
                        return new Attribution(m.subject(), conf.sentence(), describe(m) + " in the same sentence");
                    }
                }
                if (scopes.contains(Scope.PARAGRAPH)) {
                    TextWindow w = paragraph(offset);
                    Mention m = mentions.nearest(w.start(), w.end(), offset, false);
                    if (m != null && (!settings.paragraphAnaphora() || refersBack(sentence(offset), m))) {
                        return new Attribution(m.subject(), conf.paragraph(),
                                describe(m) + " in the same paragraph, referred to in the sentence");
                    }
                }
            }
            if (scopes.contains(Scope.DOCUMENT)) {
                String upn = mentions.onlyPupil();
                if (upn != null) {
                    boolean attachment = segment.location().kind() == Location.Kind.ATTACHMENT;
                    if (attachment) {
                        return new Attribution(upn, conf.document(), "the only roster pupil named in the attachment");
                    }
                    if (!settings.documentAnaphora() || refersBack(sentence(offset), upn)) {
                        return new Attribution(upn, conf.document(),
                                "the only roster pupil named in the message, referred to in the sentence");
                    }
                }
            }
            return null;
        }

        private TextWindow sentence(int offset) {
            if (sentence == null || !sentence.contains(offset)) {
                sentence = TextWindow.sentence(text, offset);
            }
            return sentence;
        }

        private TextWindow paragraph(int offset) {
            if (paragraph == null || !paragraph.contains(offset)) {
                paragraph = TextWindow.paragraph(text, offset);
            }
            return paragraph;
        }

        /** A pronoun, or (for a pupil) the pupil's forename with a capital, in the window. */
        private boolean refersBack(TextWindow window, Mention m) {
            return m.kind() == Mention.Kind.PUPIL ? refersBack(window, m.subject())
                    : Words.containsWord(text, window.start(), window.end(), settings.anaphoraWords());
        }

        /** A pronoun, or the pupil's forename with a capital, in the window. */
        private boolean refersBack(TextWindow window, String upn) {
            if (Words.containsWord(text, window.start(), window.end(), settings.anaphoraWords())) {
                return true;
            }
            Set<String> names = settings.forenames().get(upn);
            if (names == null) {
                return false;
            }
            int i = window.start();
            while (i < window.end()) {
                while (i < window.end() && !Fold.isWord(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < window.end() && Fold.isWordOrMark(text.charAt(i))) {
                    i++;
                }
                if (i > start && Character.isUpperCase(text.charAt(start)) && i - start <= 30
                        && names.contains(Fold.foldString(text.substring(start, i)))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String describe(Mention m) {
        return switch (m.kind()) {
            case PUPIL -> "roster pupil named";
            case IDENTIFIER -> m.what() + " of a person";
            case DIRECTORY -> m.what() + " named";
        };
    }
}
