package org.spikeflow.core.util;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for names the user typed: the candidate closest to the input by the optimal string alignment
 * distance (Levenshtein plus adjacent transpositions, so {@code cycels} is one edit from {@code cycles}; commons-text
 * has no such distance), compared case-insensitively, and only if it is close enough to be a plausible typo.
 */
public final class ClosestName {

    private ClosestName() {
    }

    /**
     * The candidate closest to {@code input}, if one is within a third of the shorter name's length (at least one
     * edit); ties go to the alphabetically first candidate, so suggestions do not depend on collection order.
     */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        if (input == null || input.isEmpty() || candidates == null) {
            return Optional.empty();
        }
        String in = input.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> c != null && !c.isEmpty() && !c.equals(input))
                .map(c -> new Scored(c, distance(in, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= Math.max(1, Math.min(in.length(), s.name.length()) / 3))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name);
    }

    /** {@code "; did you mean 'X'?"} for the closest candidate, else the empty string: appended to error messages. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /**
     * The optimal string alignment distance (restricted Damerau-Levenshtein): insertions, deletions, substitutions and
     * transpositions of adjacent characters each count one edit.
     */
    public static int distance(String x, String y) {
        int n = x.length();
        int m = y.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    private record Scored(String name, int distance) {
    }
}
