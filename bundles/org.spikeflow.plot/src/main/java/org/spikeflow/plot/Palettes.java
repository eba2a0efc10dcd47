package org.spikeflow.plot;

import java.awt.Color;

/**
 * The colour schemes of all Spikeflow plots: viridis for ordered series (perceptually uniform, readable in grey and by
 * colour-blind readers) and the Okabe–Ito palette for unordered categories (distinguishable with all common
 * colour-vision deficiencies).
 */
public final class Palettes {

    /** Viridis sampled at 0, 0.1, ..., 1 (matplotlib's colormap); values in between are interpolated linearly. */
    private static final int[] VIRIDIS_STOPS = {0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884,
            0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725};

    /**
     * Okabe & Ito (2008), ordered for lines on white: blue, vermillion, bluish green, reddish purple, orange, sky blue,
     * black, yellow (the yellow last, it is weakest on white).
     */
    private static final int[] OKABE_ITO = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000,
            0xF0E442};

    /** The bright yellow end of viridis is hard to see as a thin line on white; ordered series stop short of it. */
    private static final double VIRIDIS_LINE_END = 0.9;

    private Palettes() {
    }

    /** @return viridis at {@code t} in [0, 1] (clamped) */
    public static Color viridis(double t) {
        double x = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t)) * (VIRIDIS_STOPS.length - 1);
        int i = Math.min(VIRIDIS_STOPS.length - 2, (int) Math.floor(x));
        double f = x - i;
        int a = VIRIDIS_STOPS[i];
        int b = VIRIDIS_STOPS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
    }

    /** @return {@code n} viridis colours for ordered series, from dark purple to yellow-green */
    public static Color[] ordered(int n) {
        Color[] colors = new Color[n];
        for (int i = 0; i < n; i++) {
            colors[i] = viridis(n == 1 ? 0 : VIRIDIS_LINE_END * i / (n - 1));
        }
        return colors;
    }

    /** @return the viridis colour of {@code value} on the scale from {@code min} to {@code max} */
    public static Color ordered(double value, double min, double max) {
        return viridis(max > min ? VIRIDIS_LINE_END * (value - min) / (max - min) : 0);
    }

    /** @return the {@code index}-th qualitative colour (the palette repeats after 8) */
    public static Color qualitative(int index) {
        return new Color(OKABE_ITO[Math.floorMod(index, OKABE_ITO.length)]);
    }

    /** @return the colour with the given opacity in [0, 1] */
    public static Color withAlpha(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(255 * alpha));
    }
}
