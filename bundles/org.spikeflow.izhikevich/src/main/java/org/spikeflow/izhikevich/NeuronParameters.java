package org.spikeflow.izhikevich;

import java.util.Objects;

/**
 * Immutable parameter set of one Izhikevich neuron: {@code v' = k2·v² + k1·v + k0 − u + I}, {@code u' = a(b·v − u)}
 * ({@link Recovery#STANDARD}) or {@code u' = a·b·(v + 65)} ({@link Recovery#ACCOMMODATION}); spike when v reaches
 * {@code vPeak}: {@code v ← c, u ← u + d}. Initial state v0 (default −65 mV) and u0 (default {@code b·v0}).
 */
public final class NeuronParameters {

    public static final double DEFAULT_K2 = 0.04;
    public static final double DEFAULT_K1 = 5;
    public static final double DEFAULT_K0 = 140;
    public static final double DEFAULT_V_PEAK = 30;
    public static final double DEFAULT_V0 = -65;

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double k2;
    private final double k1;
    private final double k0;
    private final double vPeak;
    private final Recovery recovery;
    private final double v0;
    private final double u0; // NaN: default b·v0

    private NeuronParameters(Builder x) {
        this.a = finite("a", x.a);
        this.b = finite("b", x.b);
        this.c = finite("c", x.c);
        this.d = finite("d", x.d);
        this.k2 = finite("k2", x.k2);
        this.k1 = finite("k1", x.k1);
        this.k0 = finite("k0", x.k0);
        this.vPeak = finite("vPeak", x.vPeak);
        this.recovery = Objects.requireNonNull(x.recovery, "recovery");
        this.v0 = finite("v0", x.v0);
        if (!Double.isNaN(x.u0)) {
            finite("u0", x.u0);
        }
        this.u0 = x.u0;
    }

    /** @return the value of parameter {@code name}, if finite (the check {@link Population} shares) */
    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Parameter " + name + " must be a finite number, got " + value);
        }
        return value;
    }

    /** @return parameters a, b, c, d with all other values at their defaults */
    public static NeuronParameters of(double a, double b, double c, double d) {
        return builder().a(a).b(b).c(c).d(d).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder initialised with these values */
    public Builder toBuilder() {
        Builder x = new Builder();
        x.a = a;
        x.b = b;
        x.c = c;
        x.d = d;
        x.k2 = k2;
        x.k1 = k1;
        x.k0 = k0;
        x.vPeak = vPeak;
        x.recovery = recovery;
        x.v0 = v0;
        x.u0 = u0;
        return x;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    public double c() {
        return c;
    }

    public double d() {
        return d;
    }

    /** @return coefficient of v² (0.04) */
    public double k2() {
        return k2;
    }

    /** @return coefficient of v (5; 4.1 for the class-1 and integrator neurons of Izhikevich 2004) */
    public double k1() {
        return k1;
    }

    /** @return constant term (140; 108 for the class-1 and integrator neurons of Izhikevich 2004) */
    public double k0() {
        return k0;
    }

    /** @return spike cut-off (30 mV) */
    public double vPeak() {
        return vPeak;
    }

    public Recovery recovery() {
        return recovery;
    }

    /** @return initial membrane potential (mV) */
    public double v0() {
        return v0;
    }

    /** @return initial recovery variable: the explicit value, else {@code b·v0} */
    public double u0() {
        return Double.isNaN(u0) ? b * v0 : u0;
    }

    /** @return whether u0 was given explicitly (false: {@code b·v0}) */
    public boolean hasExplicitU0() {
        return !Double.isNaN(u0);
    }

    public NeuronParameters withV0(double value) {
        return toBuilder().v0(value).build();
    }

    public NeuronParameters withU0(double value) {
        return toBuilder().u0(value).build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NeuronParameters)) {
            return false;
        }
        NeuronParameters p = (NeuronParameters) o;
        return same(a, p.a) && same(b, p.b) && same(c, p.c) && same(d, p.d) && same(k2, p.k2) && same(k1, p.k1)
                && same(k0, p.k0) && same(vPeak, p.vPeak) && recovery == p.recovery && same(v0, p.v0)
                && same(u0, p.u0);
    }

    private static boolean same(double x, double y) {
        return Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(a, b, c, d, k2, k1, k0, vPeak, recovery, v0, u0);
    }

    @Override
    public String toString() {
        return "NeuronParameters[a=" + a + ", b=" + b + ", c=" + c + ", d=" + d + ", k2=" + k2 + ", k1=" + k1
                + ", k0=" + k0 + ", vPeak=" + vPeak + ", recovery=" + recovery + ", v0=" + v0 + ", u0="
                + (Double.isNaN(u0) ? "b*v0" : Double.toString(u0)) + "]";
    }

    /** Builder; a, b, c, d default to the regular-spiking values 0.02, 0.2, −65, 8. */
    public static final class Builder {
        private double a = 0.02;
        private double b = 0.2;
        private double c = -65;
        private double d = 8;
        private double k2 = DEFAULT_K2;
        private double k1 = DEFAULT_K1;
        private double k0 = DEFAULT_K0;
        private double vPeak = DEFAULT_V_PEAK;
        private Recovery recovery = Recovery.STANDARD;
        private double v0 = DEFAULT_V0;
        private double u0 = Double.NaN;

        private Builder() {
        }

        public Builder a(double value) {
            a = value;
            return this;
        }

        public Builder b(double value) {
            b = value;
            return this;
        }

        public Builder c(double value) {
            c = value;
            return this;
        }

        public Builder d(double value) {
            d = value;
            return this;
        }

        public Builder k2(double value) {
            k2 = value;
            return this;
        }

        public Builder k1(double value) {
            k1 = value;
            return this;
        }

        public Builder k0(double value) {
            k0 = value;
            return this;
        }

        /** Sets k2, k1, k0 (e.g. 0.04, 4.1, 108 for the class-1 and integrator neurons of Izhikevich 2004). */
        public Builder quadratic(double k2Value, double k1Value, double k0Value) {
            k2 = k2Value;
            k1 = k1Value;
            k0 = k0Value;
            return this;
        }

        public Builder vPeak(double value) {
            vPeak = value;
            return this;
        }

        public Builder recovery(Recovery value) {
            recovery = value;
            return this;
        }

        public Builder v0(double value) {
            v0 = value;
            return this;
        }

        /** Sets u0 explicitly; {@code Double.NaN} restores the default {@code b·v0}. */
        public Builder u0(double value) {
            u0 = value;
            return this;
        }

        public NeuronParameters build() {
            return new NeuronParameters(this);
        }
    }
}
