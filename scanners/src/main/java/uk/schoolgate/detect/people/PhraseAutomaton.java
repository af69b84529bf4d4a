package uk.schoolgate.detect.people;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic Aho-Corasick automaton over folded characters, for lexicons: one table lookup
 * per character of text, no allocation unless a term is found. Text is folded on the fly (case,
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
    private static final int CLASSES = 2 + 26 + 10 + PUNCTUATION.length();
    private static final short SKIP = -1;
    private static final short SPACE = -2;
    private static final short EXPAND = -3;
    private static final short[] CLASS = new short[65536];
    /** Longest term, in folded characters. */
    static final int MAX_TERM = 120;

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            byte k = Fold.kind(ch);
            switch (k) {
                case Fold.WORD -> CLASS[c] = Fold.second(ch) != 0 ? EXPAND : (short) classOf(Fold.folded(ch));
                case Fold.MARK, Fold.APOSTROPHE -> CLASS[c] = SKIP;
                case Fold.SPACE, Fold.NEWLINE, Fold.HYPHEN, Fold.UNDERSCORE -> CLASS[c] = SPACE;
                case Fold.TAB, Fold.QUOTE -> CLASS[c] = BREAK;
                default -> CLASS[c] = (short) classOf(ch);
            }
        }
    }

    private final int[] delta;
    private final int[][] outputs;
    private final LexiconTerm[] terms;
    private final boolean[] starWord;

    /**
     * @param wordChars characters that count as part of a word for whole-word checks besides
     *                  letters and digits ("*" for the offensive lexicon, so "f***" does not match
     *                  inside "f****ing")
     */
    PhraseAutomaton(List<LexiconTerm> lexicon, String wordChars) {
        this.terms = lexicon.toArray(new LexiconTerm[0]);
        this.starWord = new boolean[128];
        for (char c : wordChars.toCharArray()) {
            if (c < 128) {
                starWord[c] = true;
            }
        }
        List<Map<Integer, Integer>> trie = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        trie.add(new HashMap<>());
        own.add(new ArrayList<>());
        for (int t = 0; t < terms.length; t++) {
            String folded = terms[t].folded();
            String problem = problemWith(folded);
            if (problem != null) {
                throw new IllegalArgumentException("lexicon line " + terms[t].line() + ": " + problem);
            }
            int state = 0;
            for (int i = 0; i < folded.length(); i++) {
                int cls = classOf(folded.charAt(i));
                Integer next = trie.get(state).get(cls);
                if (next == null) {
                    next = trie.size();
                    trie.add(new HashMap<>());
                    own.add(new ArrayList<>());
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
        this.delta = table;
        this.outputs = out;
    }

    int stateCount() {
        return outputs.length;
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
        boolean space = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int cls = CLASS[c];
            int next;
            if (cls >= 0) {
                space = false;
                next = delta[s + cls];
            } else if (cls == SKIP) {
                continue;
            } else if (cls == SPACE) {
                if (space) {
                    continue;
                }
                space = true;
                next = delta[s + SPACE_CLASS];
            } else {
                space = false;
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
        }
        return found == null ? List.of() : found;
    }

    /**
     * Terms with exclusions applied: every term overlapping an exclusion phrase is dropped, then
     * of overlapping terms the leftmost, then longest, is kept ("type 1 diabetes", not "diabetes").
     */
    List<PhraseMatch> find(String text, int from, int to) {
        List<PhraseMatch> raw = scan(text, from, to);
        if (raw.isEmpty()) {
            return raw;
        }
        List<PhraseMatch> exclusions = new ArrayList<>();
        List<PhraseMatch> candidates = new ArrayList<>();
        for (PhraseMatch m : raw) {
            (m.term().exclusion() ? exclusions : candidates).add(m);
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
            int start = startOf(text, from, end, term.folded().length());
            if (start < 0 || !wholeWord(text, start, end, to, from) || (term.caseSensitive() && !capitals(text, start, end))) {
                continue;
            }
            if (list == null) {
                list = new ArrayList<>();
            }
            list.add(new PhraseMatch(start, end, term));
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
            if (cls == SKIP) {
                continue;
            }
            if (cls == SPACE) {
                while (j > from && (CLASS[text.charAt(j - 1)] == SPACE || CLASS[text.charAt(j - 1)] == SKIP)) {
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
