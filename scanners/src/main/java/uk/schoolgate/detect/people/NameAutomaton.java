package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aho-Corasick over words rather than characters: every distinct word of every name gets an id
 * (looked up by a 64-bit hash of its folded letters; the letters of a matched name are checked
 * one by one), and the
 * automaton runs over the ids of consecutive name words (an L1-sized bit filter turns most
 * ordinary words away before the table is probed). The text is read once, left to right,
 * without allocating per character or per word; the automaton's size grows with the roster
 * (20,000 pupils are a few hundred thousand states) but the time per character does not.
 *
 * <p>Why not org.ahocorasick: its trie keys characters through a HashMap of boxed Characters,
 * folds case only, not accents, and cannot see what stood between two words (a tab, a comma, a
 * line break), which decides whether "Khan, Amelia" or "Khan Amelia" is a name. Working on words
 * also gives whole-word matching for free: "Amelia Khanna" has the word "khanna", not "khan".
 */
final class NameAutomaton {
    /** Longest name variant, in words; longer MIS entries are ignored rather than truncated. */
    static final int MAX_TOKENS = 8;
    private static final int RING = 16;
    private static final int RING_MASK = RING - 1;
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /**
     * One bit per value of the top 16 bits of a word hash, set for the name words: an L1-sized
     * filter that turns away most words of ordinary text before the hash table is probed.
     */
    private final long[] filter;
    private final LongIntMap tokenIds;
    private final String[] tokens;
    private final LongIntMap gotos;
    private final int[] fail;
    private final int[][] outputs;
    private final NameVariant[] variants;
    private final List<PersonName> people;

    private NameAutomaton(long[] filter, LongIntMap tokenIds, String[] tokens, LongIntMap gotos, int[] fail,
                          int[][] outputs, NameVariant[] variants, List<PersonName> people) {
        this.filter = filter;
        this.tokenIds = tokenIds;
        this.tokens = tokens;
        this.gotos = gotos;
        this.fail = fail;
        this.outputs = outputs;
        this.variants = variants;
        this.people = people;
    }

    List<PersonName> people() {
        return people;
    }

    NameVariant variant(int index) {
        return variants[index];
    }

    int variantCount() {
        return variants.length;
    }

    /**
     * Builds the automaton for every forename/preferred name + surname of {@code people}, in both
     * orders, with spelling variants: accents dropped (by folding), German umlauts as ae/oe/ue,
     * and multi-word surnames also written as one word ("Ó Súilleabháin", "OSuilleabhain").
     *
     * @param ordinaryWords folded words that are also ordinary English words or places
     */
    static NameAutomaton build(List<PersonName> people, Set<String> ordinaryWords) {
        Builder b = new Builder();
        for (int p = 0; p < people.size(); p++) {
            PersonName person = people.get(p);
            List<List<String>> surnames = spellings(person.surname());
            boolean preferred = false;
            for (String forename : person.forenames()) {
                for (List<String> f : spellings(forename)) {
                    for (List<String> s : surnames) {
                        if (f.size() + s.size() > MAX_TOKENS) {
                            continue;
                        }
                        boolean fo = ordinaryWords.containsAll(f);
                        boolean so = ordinaryWords.containsAll(s);
                        b.add(concat(f, s), new NameVariant(p, false, preferred, f.size(), f.size() + s.size(), fo, so));
                        b.add(concat(s, f), new NameVariant(p, true, preferred, s.size(), f.size() + s.size(), fo, so));
                    }
                }
                preferred = true;
            }
        }
        return b.finish(List.copyOf(people));
    }

    /** The folded word lists a name part may be written as. */
    static List<List<String>> spellings(String part) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (String raw : umlautVariants(part)) {
            List<String> words = words(raw);
            if (words.isEmpty()) {
                continue;
            }
            out.add(words);
            if (words.size() > 1) {
                out.add(List.of(String.join("", words)));
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> umlautVariants(String part) {
        String expanded = part.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        return expanded.equals(part) ? List.of(part) : List.of(part, expanded);
    }

    /** Splits a name part into folded words the way the text scanner does (apostrophes dropped). */
    static List<String> words(String part) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            byte k = Fold.kind(c);
            if (k == Fold.WORD) {
                word.append(Fold.folded(c));
                if (Fold.second(c) != 0) {
                    word.append(Fold.second(c));
                }
            } else if (k == Fold.MARK || k == Fold.APOSTROPHE) {
                continue;
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static long hashWord(String word) {
        long h = SEED;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * PRIME;
        }
        return h;
    }

    /**
     * Reports every occurrence of a known name variant in text[from, to) whose words are joined
     * only by name separators. Hits may overlap; the caller applies the plausibility rules.
     */
    void scan(String text, int from, int to, List<NameHit> hits) {
        int[] starts = new int[RING];
        int[] ends = new int[RING];
        int[] rawEnds = new int[RING];
        int[] ids = new int[RING];
        Separator[] seps = new Separator[RING];
        int count = 0;
        int state = 0;
        int spaces = 0;
        int newlines = 0;
        int tabs = 0;
        int commas = 0;
        int hyphens = 0;
        int quotes = 0;
        int others = 0;
        int i = from;
        while (i < to) {
            int info = Fold.info(text.charAt(i));
            int k = info & Fold.INFO_KIND;
            if (k != Fold.WORD) {
                switch (k) {
                    case Fold.SPACE, Fold.UNDERSCORE -> spaces++;
                    case Fold.NEWLINE -> newlines++;
                    case Fold.TAB -> tabs++;
                    case Fold.COMMA -> commas++;
                    case Fold.HYPHEN -> hyphens++;
                    case Fold.QUOTE, Fold.APOSTROPHE -> quotes++;
                    default -> others++;
                }
                i++;
                continue;
            }
            int start = i;
            long h = SEED;
            long atApostrophe = 0;
            int apostrophe = -1;
            while (true) {
                if (k == Fold.WORD) {
                    h = (h ^ (info >>> 16)) * PRIME;
                    if ((info & Fold.INFO_SECOND) != 0) {
                        h = (h ^ Fold.second(text.charAt(i))) * PRIME;
                    }
                } else if (k == Fold.APOSTROPHE && i + 1 < to && Fold.isWord(text.charAt(i + 1))) {
                    atApostrophe = h;
                    apostrophe = i;
                } else if (k != Fold.MARK) {
                    break;
                }
                if (++i >= to) {
                    break;
                }
                info = Fold.info(text.charAt(i));
                k = info & Fold.INFO_KIND;
            }
            int end = i;
            Separator sep = separator(spaces, newlines, tabs, commas, hyphens, quotes, others);
            spaces = newlines = tabs = commas = hyphens = quotes = others = 0;
            int nameEnd = end;
            int id = lookup(h);
            if (id < 0 && apostrophe >= 0 && end == apostrophe + 2 && (text.charAt(apostrophe + 1) | 0x20) == 's') {
                id = lookup(atApostrophe);
                nameEnd = apostrophe;
            }
            if (id < 0) {
                state = 0;
                continue;
            }
            if (sep == Separator.BREAK) {
                state = 0;
            }
            int slot = count & RING_MASK;
            starts[slot] = start;
            ends[slot] = nameEnd;
            rawEnds[slot] = end;
            ids[slot] = id;
            seps[slot] = sep;
            count++;
            state = step(state, id);
            int[] out = outputs[state];
            if (out != null) {
                for (int v : out) {
                    NameHit hit = hit(text, to, v, count, starts, ends, rawEnds, ids, seps);
                    if (hit != null) {
                        hits.add(hit);
                    }
                }
            }
        }
    }

    private int step(int state, int id) {
        int s = state;
        while (true) {
            int next = gotos.get(((long) s << 32) | id);
            if (next >= 0) {
                return next;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    /** Checks the separators of one candidate and turns it into a hit, or null. */
    private NameHit hit(String text, int to, int v, int count, int[] starts, int[] ends, int[] rawEnds, int[] ids,
                        Separator[] seps) {
        NameVariant variant = variants[v];
        int n = variant.tokens();
        int first = count - n;
        int boundaryIndex = first + variant.firstPartTokens();
        for (int t = first; t < count; t++) {
            int slot = t & RING_MASK;
            if (t < count - 1 && ends[slot] != rawEnds[slot]) {
                return null;
            }
            Separator sep = seps[slot];
            if (t == first) {
                if (sep == Separator.HYPHEN) {
                    return null;
                }
            } else if (t == boundaryIndex) {
                if (sep == Separator.HYPHEN || sep == Separator.BREAK) {
                    return null;
                }
            } else if (sep != Separator.SPACE && sep != Separator.HYPHEN) {
                return null;
            }
        }
        int last = (count - 1) & RING_MASK;
        int after = rawEnds[last];
        if (after + 1 < to && Fold.kind(text.charAt(after)) == Fold.HYPHEN && Fold.isWord(text.charAt(after + 1))) {
            return null;
        }
        if (after < to && text.charAt(after) == '@') {
            return null;
        }
        for (int t = first; t < count; t++) {
            int slot = t & RING_MASK;
            if (!sameWord(text, starts[slot], ends[slot], tokens[ids[slot]])) {
                return null;
            }
        }
        int firstStart = starts[first & RING_MASK];
        int firstEnd = ends[(boundaryIndex - 1) & RING_MASK];
        int secondStart = starts[boundaryIndex & RING_MASK];
        int secondEnd = ends[last];
        Separator boundary = seps[boundaryIndex & RING_MASK];
        return variant.surnameFirst()
                ? new NameHit(firstStart, secondEnd, v, secondStart, secondEnd, firstStart, firstEnd, boundary)
                : new NameHit(firstStart, secondEnd, v, firstStart, firstEnd, secondStart, secondEnd, boundary);
    }

    private static Separator separator(int spaces, int newlines, int tabs, int commas, int hyphens, int quotes,
                                       int others) {
        if (others > 0) {
            return Separator.BREAK;
        }
        if (hyphens > 0) {
            return hyphens == 1 && spaces + newlines + tabs + commas + quotes == 0 ? Separator.HYPHEN : Separator.BREAK;
        }
        if (tabs == 1 && commas == 0 && newlines == 0) {
            return Separator.TAB;
        }
        if (commas == 1 && tabs == 0 && newlines == 0) {
            return Separator.COMMA;
        }
        if (tabs > 0 || commas > 0 || quotes > 0) {
            return Separator.BREAK;
        }
        if (newlines == 1) {
            return Separator.LINE_BREAK;
        }
        return newlines == 0 && spaces > 0 ? Separator.SPACE : Separator.BREAK;
    }

    /**
     * The id of the word with this hash, or -1. The word's letters are compared with the name
     * word only when a whole name has matched (in {@link #hit}), which is far rarer than a
     * matching word ("Will", "Grace"): a 64-bit hash collision between two real words is
     * vanishingly unlikely, and would at worst cost one name, never invent one.
     */
    private int lookup(long hash) {
        int bit = (int) (hash >>> 48);
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return -1;
        }
        return tokenIds.get(hash);
    }

    private static boolean sameWord(String text, int start, int end, String folded) {
        int j = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Fold.isWord(c)) {
                continue;
            }
            if (j >= folded.length() || folded.charAt(j++) != Fold.folded(c)) {
                return false;
            }
            char second = Fold.second(c);
            if (second != 0 && (j >= folded.length() || folded.charAt(j++) != second)) {
                return false;
            }
        }
        return j == folded.length();
    }

    /** Collects the trie, then computes failure links breadth first. */
    private static final class Builder {
        private final Map<String, Integer> tokenIndex = new HashMap<>();
        private final List<String> tokenList = new ArrayList<>();
        private final LongIntMap tokenIds = new LongIntMap(1024);
        private final LongIntMap gotos = new LongIntMap(4096);
        private final IntList edgeParent = new IntList();
        private final IntList edgeToken = new IntList();
        private final IntList edgeChild = new IntList();
        private final IntList depth = new IntList();
        private final Map<Integer, List<Integer>> own = new HashMap<>();
        private final List<NameVariant> variants = new ArrayList<>();
        private final Map<String, Integer> variantIndex = new HashMap<>();

        Builder() {
            depth.add(0);
        }

        void add(List<String> words, NameVariant variant) {
            String key = String.join(" ", words) + "|" + variant;
            if (variantIndex.containsKey(key)) {
                return;
            }
            int state = 0;
            for (String word : words) {
                int id = tokenId(word);
                long edge = ((long) state << 32) | id;
                int next = gotos.get(edge);
                if (next < 0) {
                    next = depth.size();
                    depth.add(depth.get(state) + 1);
                    gotos.put(edge, next);
                    edgeParent.add(state);
                    edgeToken.add(id);
                    edgeChild.add(next);
                }
                state = next;
            }
            variantIndex.put(key, variants.size());
            own.computeIfAbsent(state, s -> new ArrayList<>()).add(variants.size());
            variants.add(variant);
        }

        private int tokenId(String word) {
            Integer id = tokenIndex.get(word);
            if (id != null) {
                return id;
            }
            int next = tokenList.size();
            long hash = hashWord(word);
            if (tokenIds.get(hash) >= 0) {
                // Two different words with one 64-bit hash: keep the first; the letter-by-letter
                // check stops the second from matching, so a name is missed, never mismatched.
                tokenIndex.put(word, next);
                tokenList.add(word);
                return next;
            }
            tokenIndex.put(word, next);
            tokenList.add(word);
            tokenIds.put(hash, next);
            return next;
        }

        NameAutomaton finish(List<PersonName> people) {
            int states = depth.size();
            int[] fail = new int[states];
            int[][] outputs = new int[states][];
            for (Map.Entry<Integer, List<Integer>> e : own.entrySet()) {
                outputs[e.getKey()] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            }
            Integer[] order = new Integer[edgeChild.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(depth.get(edgeChild.get(a)), depth.get(edgeChild.get(b))));
            for (int e : order) {
                int parent = edgeParent.get(e);
                int token = edgeToken.get(e);
                int child = edgeChild.get(e);
                if (parent == 0) {
                    fail[child] = 0;
                } else {
                    int f = fail[parent];
                    int target;
                    while (true) {
                        target = gotos.get(((long) f << 32) | token);
                        if (target >= 0 || f == 0) {
                            break;
                        }
                        f = fail[f];
                    }
                    fail[child] = target >= 0 && target != child ? target : 0;
                }
                int[] inherited = outputs[fail[child]];
                if (inherited != null) {
                    int[] mine = outputs[child];
                    if (mine == null) {
                        outputs[child] = inherited;
                    } else {
                        int[] merged = Arrays.copyOf(mine, mine.length + inherited.length);
                        System.arraycopy(inherited, 0, merged, mine.length, inherited.length);
                        outputs[child] = merged;
                    }
                }
            }
            long[] filter = new long[1024];
            for (String word : tokenList) {
                int bit = (int) (hashWord(word) >>> 48);
                filter[bit >>> 6] |= 1L << bit;
            }
            return new NameAutomaton(filter, tokenIds, tokenList.toArray(new String[0]), gotos, fail, outputs,
                    variants.toArray(new NameVariant[0]), people);
        }
    }

    /** A growable int array for the builder's edge lists. */
    private static final class IntList {
        private int[] data = new int[64];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int get(int i) {
            return data[i];
        }

        int size() {
            return size;
        }
    }
}
