package io.jicha.rubric;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Suggestions for mistyped names and codes ("did you mean B2.3?"), by edit distance. */
public final class Codes {

    private Codes() {
    }

    /** The candidates nearest to {@code typo}, at most {@code maxDistance} edits away, nearest first. */
    public static List<String> closest(String typo, Collection<String> candidates, int maxDistance) {
        record Scored(String candidate, int distance) {
        }
        String t = typo.toLowerCase();
        List<Scored> scored = candidates.stream()
                .map(c -> new Scored(c, distance(t, c.toLowerCase())))
                .filter(s -> s.distance <= maxDistance)
                .sorted(Comparator.comparingInt(Scored::distance))
                .toList();
        if (scored.isEmpty()) {
            return List.of();
        }
        int best = scored.get(0).distance;
        return scored.stream().filter(s -> s.distance == best).map(Scored::candidate).toList();
    }

    /** The nearest candidates with a distance allowance suited to the typo's length. */
    public static List<String> closest(String typo, Collection<String> candidates) {
        return closest(typo, candidates, typo.length() <= 1 ? 0 : typo.length() <= 3 ? 1 : 2);
    }

    /** Levenshtein distance counting code points (so Chinese characters count as one each). */
    public static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitute = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
