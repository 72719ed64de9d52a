package th.ita.insight.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes item scores (in hundredths, so sums are exact) whose mean is a given indicator score, the way
 * the sample needs them: around a level with a spread, flat, or with named items below the mean.
 */
final class ScoreSynthesis {
    static final int FULL = 10_000;

    private ScoreSynthesis() {
    }

    /** n survey scores with mean exactly {@code target} (hundredths); items in {@code weak} fall below it. */
    static int[] surveyItems(List<String> codes, int target, Set<String> weak, boolean flat, Random random) {
        int n = codes.size();
        int total = target * n;
        int[] out = new int[n];
        if (target >= FULL || flat) {
            java.util.Arrays.fill(out, target);
            return out;
        }
        List<Integer> weakIdx = new ArrayList<>();
        List<Integer> strongIdx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (weak.contains(codes.get(i)) ? weakIdx : strongIdx).add(i);
        }
        if (weakIdx.isEmpty() || strongIdx.isEmpty()) {
            spread(out, target, Math.min(300, FULL - target), random);
        } else {
            int strongSum = 0;
            for (int i : strongIdx) {
                out[i] = Math.min(FULL, target + 30 + random.nextInt(150));
                strongSum += out[i];
            }
            int weakTotal = total - strongSum;
            int base = weakTotal / weakIdx.size();
            int rest = weakTotal - base * weakIdx.size();
            for (int k = 0; k < weakIdx.size(); k++) {
                out[weakIdx.get(k)] = base + (k < rest ? 1 : 0);
            }
        }
        fixSum(out, total);
        return out;
    }

    /** Disclosure items: whole items at 100 or 0, and at most one partial item, summing exactly. */
    static int[] disclosureItems(int n, int target, Random random) {
        int total = target * n;
        int full = total / FULL;
        int partial = total - full * FULL;
        int[] out = new int[n];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        for (int k = 0; k < full; k++) {
            out[order.get(k)] = FULL;
        }
        if (partial > 0) {
            out[order.get(full)] = partial;
        }
        return out;
    }

    private static void spread(int[] out, int target, int width, Random random) {
        for (int i = 0; i < out.length; i++) {
            int jitter = width == 0 ? 0 : random.nextInt(2 * width + 1) - width;
            out[i] = Math.max(0, Math.min(FULL, target + jitter));
        }
    }

    /** Moves hundredths between items, within 0–100, until the sum is exact. */
    private static void fixSum(int[] out, int total) {
        int diff = total;
        for (int v : out) {
            diff -= v;
        }
        for (int i = 0; diff != 0; i = (i + 1) % out.length) {
            if (diff > 0 && out[i] < FULL) {
                int step = Math.min(diff, FULL - out[i]);
                out[i] += step;
                diff -= step;
            } else if (diff < 0 && out[i] > 0) {
                int step = Math.min(-diff, out[i]);
                out[i] -= step;
                diff += step;
            }
        }
    }
}
