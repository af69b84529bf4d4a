package uk.schoolgate.detect.people;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic Aho-Corasick automaton over folded characters, for lexicons: at most one table
 * lookup per character of text (none for the rest of a word that cannot start a term), no
 * allocation unless a term is found. Text is folded on the fly (case,
 * accents), apostrophes are skipped ("children's" reads as "childrens"), and every run of white
 * space, hyphens or underscores reads as one space, so "self-harm", "self harm" and "self\nharm"
 * are one term; a tab (a table cell boundary) breaks a phrase. Matches must be whole words; terms
 * written in capitals must appear in capitals. Exclusion phrases cancel the terms they overlap.
 * Immutable after construction.
 */
final class PhraseAutomaton {
    /** The characters terms may contain besides letters, digits and spaces. */
    private static final String PUNCTUATION = ":*$!@&+/.,#%";
    private static final int BREAK = 0;
    private static final int SPACE_CLASS = 1;
    private static final int FIRST_WORD_CLASS = 2;
    private static final int LAST_WORD_CLASS = 2 + 26 + 10 - 1;
    /** Apostrophes and combining accents: every state stays where it is. */
    private static final int SKIP_CLASS = 2 + 26 + 10 + PUNCTUATION.length();
    /**
     * A virtual symbol fed before a character that starts a word (or a piece of punctuation that
     * follows white space). Every term starts with it, so the automaton cannot follow a partial
     * match that began inside a word (whole-word matching), and at the root the rest of a word
     * can be skipped without table lookups.
     */
    private static final int BOUNDARY = SKIP_CLASS + 1;
    private static final int CLASSES = BOUNDARY + 1;
    /** Letters that fold to two characters (ß, æ): the one class handled outside the table. */
    private static final short EXPAND = -1;
    private static final short[] CLASS = new short[65536];
    /** Longest term, in folded characters. */
    static final int MAX_TERM = 120;

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            byte k = Fold.kind(ch);
            switch (k) {
                case Fold.WORD -> CLASS[c] = Fold.second(ch) != 0 ? EXPAND : (short) classOf(Fold.folded(ch));
                case Fold.MARK, Fold.APOSTROPHE -> CLASS[c] = (short) SKIP_CLASS;
                case Fold.SPACE, Fold.NEWLINE, Fold.HYPHEN, Fold.UNDERSCORE -> CLASS[c] = (short) SPACE_CLASS;
                case Fold.TAB, Fold.QUOTE -> CLASS[c] = BREAK;
                default -> CLASS[c] = (short) classOf(ch);
            }
        }
    }

    private final int[] delta;
    private final int[][] outputs;
    private final LexiconTerm[] terms;
    private final int[] sources;
    private final boolean[] starWord;

    /**
     * @param wordChars characters that count as part of a word for whole-word checks besides
     *                  letters and digits ("*" for the offensive lexicon, so "f***" does not match
     *                  inside "f****ing")
     */
    PhraseAutomaton(List<LexiconTerm> lexicon, String wordChars) {
        this(lexicon.toArray(new LexiconTerm[0]), new int[lexicon.size()], wordChars);
    }

    /** One automaton for several lexicons; each match says which lexicon ({@link PhraseMatch#source()}). */
    static PhraseAutomaton combined(List<List<LexiconTerm>> lexicons, String wordChars) {
        List<LexiconTerm> all = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        for (int l = 0; l < lexicons.size(); l++) {
            for (LexiconTerm t : lexicons.get(l)) {
                all.add(t);
                from.add(l);
            }
        }
        return new PhraseAutomaton(all.toArray(new LexiconTerm[0]), from.stream().mapToInt(Integer::intValue).toArray(),
                wordChars);
    }

    private PhraseAutomaton(LexiconTerm[] terms, int[] sources, String wordChars) {
        this.terms = terms;
        this.sources = sources;
        this.starWord = new boolean[128];
        for (char c : wordChars.toCharArray()) {
            if (c < 128) {
                starWord[c] = true;
            }
        }
        List<Map<Integer, Integer>> trie = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        List<Boolean> viaSpace = new ArrayList<>();
        trie.add(new HashMap<>());
        own.add(new ArrayList<>());
        viaSpace.add(true);
        for (int t = 0; t < terms.length; t++) {
            String folded = terms[t].folded();
            String problem = problemWith(folded);
            if (problem != null) {
                throw new IllegalArgumentException("lexicon line " + terms[t].line() + ": " + problem);
            }
            int state = 0;
            for (int cls : symbols(folded)) {
                Integer next = trie.get(state).get(cls);
                if (next == null) {
                    next = trie.size();
                    trie.add(new HashMap<>());
                    own.add(new ArrayList<>());
                    viaSpace.add(cls == SPACE_CLASS);
                    trie.get(state).put(cls, next);
                }
                state = next;
            }
            own.get(state).add(t);
        }
        int states = trie.size();
        int[] fail = new int[states];
        int[] table = new int[states * CLASSES];
        int[][] out = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a = 0; a < CLASSES; a++) {
            Integer next = trie.get(0).get(a);
            table[a] = next == null ? 0 : next;
            if (next != null) {
                queue.add(next);
            }
        }
        out[0] = null;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> mine = new ArrayList<>(own.get(s));
            int[] inherited = out[fail[s]];
            if (inherited != null) {
                for (int t : inherited) {
                    mine.add(t);
                }
            }
            out[s] = mine.isEmpty() ? null : mine.stream().mapToInt(Integer::intValue).toArray();
            for (int a = 0; a < CLASSES; a++) {
                Integer next = trie.get(s).get(a);
                if (next == null) {
                    table[s * CLASSES + a] = table[fail[s] * CLASSES + a];
                } else {
                    fail[next] = table[fail[s] * CLASSES + a];
                    table[s * CLASSES + a] = next;
                    queue.add(next);
                }
            }
        }
        // Store premultiplied targets, negated when the target reports terms: the scan loop then
        // needs one lookup and one sign test per character.
        for (int i = 0; i < table.length; i++) {
            int target = table[i];
            table[i] = out[target] != null ? ~(target * CLASSES) : target * CLASSES;
        }
        // Apostrophes and accents leave every state as it is; after a space, more white space
        // does too (a run of spaces reads as one). These stays never report a term again.
        for (int st = 0; st < states; st++) {
            table[st * CLASSES + SKIP_CLASS] = st * CLASSES;
            if (viaSpace.get(st)) {
                table[st * CLASSES + SPACE_CLASS] = st * CLASSES;
            }
        }
        this.delta = table;
        this.outputs = out;
    }

    int stateCount() {
        return outputs.length;
    }

    /** A folded term as the symbols the scan feeds for it: its classes, with BOUNDARY before each word start. */
    private static int[] symbols(String folded) {
        int[] out = new int[folded.length() * 2];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < folded.length(); i++) {
            int cls = classOf(folded.charAt(i));
            if (!inWord && cls != SPACE_CLASS && cls != BREAK) {
                out[n++] = BOUNDARY;
            }
            out[n++] = cls;
            inWord = isWordClass(cls);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean isWordClass(int cls) {
        return (cls >= FIRST_WORD_CLASS && cls <= LAST_WORD_CLASS) || cls == EXPAND;
    }

    /** Why a folded term cannot be matched, or null when it can. */
    static String problemWith(String folded) {
        if (folded.isEmpty()) {
            return "empty term";
        }
        if (folded.length() > MAX_TERM) {
            return "term longer than " + MAX_TERM + " characters";
        }
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != ' ' && classOf(c) == BREAK) {
                return "character '" + c + "' cannot be matched (letters, digits, spaces, hyphens and "
                        + PUNCTUATION + " only)";
            }
        }
        return null;
    }

    private static int classOf(char folded) {
        if (folded == ' ') {
            return SPACE_CLASS;
        }
        if (folded >= 'a' && folded <= 'z') {
            return 2 + folded - 'a';
        }
        if (folded >= '0' && folded <= '9') {
            return 28 + folded - '0';
        }
        int p = PUNCTUATION.indexOf(folded);
        return p >= 0 ? 38 + p : BREAK;
    }

    /** Every whole-word term occurrence in text[from, to), exclusions included, in text order. */
    List<PhraseMatch> scan(String text, int from, int to) {
        List<PhraseMatch> found = null;
        int s = 0;
        boolean inWord = false;
        int i = from;
        while (i < to) {
            if (s == 0) {
                // At the root nothing can start before the next word start: skip the rest of the
                // word, spaces and breaks with independent loads, no automaton step.
                while (i < to) {
                    int cls = CLASS[text.charAt(i)];
                    if (cls != SKIP_CLASS) {
                        if (!inWord && cls != SPACE_CLASS && cls != BREAK) {
                            break;
                        }
                        inWord = isWordClass(cls);
                    }
                    i++;
                }
                if (i >= to) {
                    break;
                }
            }
            char c = text.charAt(i);
            int cls = CLASS[c];
            if (cls == SKIP_CLASS) {
                i++;
                continue;
            }
            if (!inWord && cls != SPACE_CLASS && cls != BREAK) {
                int b = delta[s + BOUNDARY];
                s = b < 0 ? ~b : b;
            }
            inWord = isWordClass(cls);
            int next;
            if (cls >= 0) {
                next = delta[s + cls];
            } else {
                next = delta[s + classOf(Fold.folded(c))];
                if (next < 0) {
                    found = report(text, from, to, ~next, i, found);
                    next = ~next;
                }
                next = delta[next + classOf(Fold.second(c))];
            }
            if (next < 0) {
                s = ~next;
                found = report(text, from, to, s, i + 1, found);
            } else {
                s = next;
            }
            i++;
        }
        return found == null ? List.of() : found;
    }

    /**
     * Terms with exclusions applied: every term overlapping an exclusion phrase is dropped, then
     * of overlapping terms the leftmost, then longest, is kept ("type 1 diabetes", not "diabetes").
     */
    List<PhraseMatch> find(String text, int from, int to) {
        return resolve(scan(text, from, to), 0);
    }

    /** The terms of lexicon {@code source} among raw matches, with its exclusions applied (see find). */
    static List<PhraseMatch> resolve(List<PhraseMatch> raw, int source) {
        if (raw.isEmpty()) {
            return raw;
        }
        List<PhraseMatch> exclusions = new ArrayList<>();
        List<PhraseMatch> candidates = new ArrayList<>();
        for (PhraseMatch m : raw) {
            if (m.source() == source) {
                (m.term().exclusion() ? exclusions : candidates).add(m);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt(PhraseMatch::start)
                .thenComparing(Comparator.comparingInt((PhraseMatch m) -> m.end() - m.start()).reversed()));
        List<PhraseMatch> out = new ArrayList<>();
        for (PhraseMatch m : candidates) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() > m.start()) {
                continue;
            }
            boolean excluded = false;
            for (PhraseMatch x : exclusions) {
                if (x.overlaps(m)) {
                    excluded = true;
                    break;
                }
            }
            if (!excluded) {
                out.add(m);
            }
        }
        return out;
    }

    List<PhraseMatch> find(String text) {
        return find(text, 0, text.length());
    }

    private List<PhraseMatch> report(String text, int from, int to, int state, int end, List<PhraseMatch> found) {
        int[] out = outputs[state / CLASSES];
        List<PhraseMatch> list = found;
        for (int t : out) {
            LexiconTerm term = terms[t];
            if (term.caseSensitive() && Character.isLowerCase(text.charAt(end - 1))) {
                continue;
            }
            int start = startOf(text, from, end, term.folded().length());
            if (start < 0 || !wholeWord(text, start, end, to, from) || (term.caseSensitive() && !capitals(text, start, end))
                    || (term.caseSensitive() && partOfACode(text, start, end, from, to))) {
                continue;
            }
            if (list == null) {
                list = new ArrayList<>();
            }
            list.add(new PhraseMatch(start, end, term, sources[t]));
        }
        return list;
    }

    /** Walks back over {@code length} folded characters from {@code end}, the way scan fed them. */
    private static int startOf(String text, int from, int end, int length) {
        int n = length;
        int j = end;
        while (n > 0) {
            if (j <= from) {
                return -1;
            }
            j--;
            int cls = CLASS[text.charAt(j)];
            if (cls == SKIP_CLASS) {
                continue;
            }
            if (cls == SPACE_CLASS) {
                while (j > from && (CLASS[text.charAt(j - 1)] == SPACE_CLASS || CLASS[text.charAt(j - 1)] == SKIP_CLASS)) {
                    j--;
                }
                n--;
            } else {
                n -= cls == EXPAND ? 2 : 1;
            }
        }
        return j;
    }

    private boolean wholeWord(String text, int start, int end, int to, int from) {
        if (start > from && isWordChar(text.charAt(start - 1))) {
            return false;
        }
        return end >= to || !isWordChar(text.charAt(end));
    }

    private boolean isWordChar(char c) {
        return Fold.isWordOrMark(c) || (c < 128 && starWord[c]);
    }

    /**
     * An acronym joined by '-' or '_' to letters or digits is part of a reference, not the word:
     * "CLA-7M-0093" is an account reference, not a child looked after ("CP/CIN" still counts).
     */
    private static boolean partOfACode(String text, int start, int end, int from, int to) {
        boolean before = start - 2 >= from && isJoiner(text.charAt(start - 1))
                && Character.isLetterOrDigit(text.charAt(start - 2));
        boolean after = end + 1 < to && isJoiner(text.charAt(end)) && Character.isLetterOrDigit(text.charAt(end + 1));
        return before || after;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '_';
    }

    private static boolean capitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "PhraseAutomaton[" + terms.length + " terms, " + outputs.length + " states]";
    }
}
