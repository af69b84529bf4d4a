package uk.schoolgate.cli.eval;

/** True/false positives and false negatives for one flag or finding type. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public Score add(boolean expected, boolean got) {
        return new Score(truePositives + (expected && got ? 1 : 0), falsePositives + (!expected && got ? 1 : 0),
                falseNegatives + (expected && !got ? 1 : 0));
    }

    /** Whether there is anything to score (a type never labelled and never found has no F1). */
    public boolean hasSupport() {
        return truePositives + falsePositives + falseNegatives > 0;
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int actual = truePositives + falseNegatives;
        return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
