package org.spikeflow.izhikevich.analysis;

import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Recovery;

/**
 * Phase-plane geometry of the (v, u) system for a constant current I. <ul> <li>v-nullcline (v' = 0):
 * {@code u = k2·v² + k1·v + k0 + I};</li> <li>u-nullcline (u' = 0): {@code u = b·v} (standard recovery), or the
 * vertical line {@code v = −65} (accommodation: {@code u' = a·b·(v + 65)});</li> <li>fixed points: their
 * intersections.</li> </ul>
 */
public final class PhasePlane {

    private PhasePlane() {
    }

    /**
     * Nullclines sampled on a grid of v.
     *
     * @param v
     *            sample points (mV)
     * @param vNullcline
     *            u on the v-nullcline at each v
     * @param uNullcline
     *            u on the u-nullcline at each v (NaN for the accommodation form, whose u-nullcline is the vertical line
     *            v = −65)
     */
    public record Nullclines(double[] v, double[] vNullcline, double[] uNullcline) {
    }

    /**
     * @return v of the vertical u-nullcline of the accommodation form ({@code u' = a·b·(v + 65)} is zero at v = −65),
     *         or NaN for the standard form, whose u-nullcline is the line u = b·v
     */
    public static double verticalUNullcline(NeuronParameters p) {
        return p.recovery() == Recovery.ACCOMMODATION ? -65 : Double.NaN;
    }

    /** A fixed point (v*, u*) and whether it is stable (both eigenvalues with negative real part). */
    public record FixedPoint(double v, double u, boolean stable) {
    }

    /**
     * @param points
     *            number of samples (≥ 2) from vMin to vMax
     */
    public static Nullclines nullclines(NeuronParameters p, double current, double vMin, double vMax, int points) {
        if (points < 2 || !(vMax > vMin)) {
            throw new IllegalArgumentException("need points >= 2 and vMax > vMin");
        }
        double[] v = new double[points];
        double[] nv = new double[points];
        double[] nu = new double[points];
        boolean acc = p.recovery() == Recovery.ACCOMMODATION;
        for (int i = 0; i < points; i++) {
            double x = i == points - 1 ? vMax : vMin + (vMax - vMin) * i / (points - 1);
            v[i] = x;
            nv[i] = p.k2() * x * x + p.k1() * x + p.k0() + current;
            nu[i] = acc ? Double.NaN : p.b() * x;
        }
        return new Nullclines(v, nv, nu);
    }

    /** @return the fixed points for constant current I (0, 1 or 2), ordered by v */
    public static FixedPoint[] fixedPoints(NeuronParameters p, double current) {
        if (p.recovery() == Recovery.ACCOMMODATION) {
            double v = verticalUNullcline(p);
            double u = p.k2() * v * v + p.k1() * v + p.k0() + current;
            return new FixedPoint[] {new FixedPoint(v, u, stable(p, v))};
        }
        // k2 v² + (k1 − b) v + k0 + I = 0
        double qa = p.k2();
        double qb = p.k1() - p.b();
        double qc = p.k0() + current;
        if (qa == 0) {
            if (qb == 0) {
                return new FixedPoint[0];
            }
            double v = -qc / qb;
            return new FixedPoint[] {new FixedPoint(v, p.b() * v, stable(p, v))};
        }
        double disc = qb * qb - 4 * qa * qc;
        if (disc < 0) {
            return new FixedPoint[0];
        }
        double s = Math.sqrt(disc);
        double q = -0.5 * (qb + Math.copySign(s, qb));
        double v1 = q / qa;
        double v2 = q != 0 ? qc / q : v1;
        double lo = Math.min(v1, v2);
        double hi = Math.max(v1, v2);
        if (disc == 0) {
            return new FixedPoint[] {new FixedPoint(lo, p.b() * lo, stable(p, lo))};
        }
        return new FixedPoint[] {new FixedPoint(lo, p.b() * lo, stable(p, lo)),
                new FixedPoint(hi, p.b() * hi, stable(p, hi))};
    }

    /** Jacobian [[2k2 v + k1, −1], [a b, −a]] (accommodation: [[.., −1], [a b, 0]]). */
    private static boolean stable(NeuronParameters p, double v) {
        double j11 = 2 * p.k2() * v + p.k1();
        double j12 = -1;
        double j21 = p.a() * p.b();
        double j22 = p.recovery() == Recovery.ACCOMMODATION ? 0 : -p.a();
        double tr = j11 + j22;
        double det = j11 * j22 - j12 * j21;
        return tr < 0 && det > 0;
    }
}
