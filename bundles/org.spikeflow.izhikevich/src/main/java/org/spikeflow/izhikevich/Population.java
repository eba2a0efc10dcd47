package org.spikeflow.izhikevich;

import java.util.Arrays;

import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * N neurons as a structure of arrays: per neuron a, b, c, d, constant input I and optionally v0, u0 and an input
 * protocol (added to I); shared k2, k1, k0, vPeak and recovery form. Immutable; arrays are copied when given.
 */
public final class Population {

    final int size;
    final double[] a;
    final double[] b;
    final double[] c;
    final double[] d;
    final double[] current;
    final double[] v0; // null: defaultV0
    final double[] u0; // null, or a NaN entry: b*v0 (computed in the run's precision)
    final double defaultV0;
    final double k2;
    final double k1;
    final double k0;
    final double vPeak;
    final Recovery recovery;
    final Protocol protocol; // shared, may be null
    final Protocol[] protocols; // per neuron, may be null (entries may be null)

    private Population(Builder x) {
        size = x.size;
        a = filled(x.a, x.aValue, "a");
        b = filled(x.b, x.bValue, "b");
        c = filled(x.c, x.cValue, "c");
        d = filled(x.d, x.dValue, "d");
        current = filled(x.current, x.currentValue, "I");
        v0 = x.v0;
        u0 = x.u0;
        if (v0 != null) {
            checkFinite(v0, "v0");
        }
        if (u0 != null) {
            for (int i = 0; i < u0.length; i++) {
                if (Double.isInfinite(u0[i])) {
                    throw new IllegalArgumentException("Parameter u0 of neuron " + i
                            + " must be a finite number (or NaN for b·v0), got " + u0[i]);
                }
            }
        }
        defaultV0 = x.defaultV0;
        k2 = x.k2;
        k1 = x.k1;
        k0 = x.k0;
        vPeak = x.vPeak;
        recovery = x.recovery;
        protocol = x.protocol;
        protocols = x.protocols;
        NeuronParameters.finite("k2", k2);
        NeuronParameters.finite("k1", k1);
        NeuronParameters.finite("k0", k0);
        NeuronParameters.finite("vPeak", vPeak);
        NeuronParameters.finite("v0", defaultV0);
    }

    private double[] filled(double[] arr, double value, String name) {
        if (arr != null) {
            checkFinite(arr, name);
            return arr;
        }
        double[] r = new double[size];
        Arrays.fill(r, NeuronParameters.finite(name, value));
        return r;
    }

    private static void checkFinite(double[] arr, String name) {
        for (int i = 0; i < arr.length; i++) {
            if (!Double.isFinite(arr[i])) {
                throw new IllegalArgumentException(
                        "Parameter " + name + " of neuron " + i + " must be a finite number, got " + arr[i]);
            }
        }
    }

    /**
     * @param size
     *            number of neurons (≥ 1)
     */
    public static Builder builder(int size) {
        return new Builder(size);
    }

    /** @return {@code currents.length} neurons with the same parameters (v0, u0, k's) and the given constant inputs */
    public static Population of(NeuronParameters p, double... currents) {
        double[] v0 = new double[currents.length];
        double[] u0 = null; // default b·v0: computed in the run's precision
        if (p.hasExplicitU0()) {
            u0 = new double[currents.length];
            Arrays.fill(u0, p.u0());
        }
        Arrays.fill(v0, p.v0());
        return builder(currents.length).a(p.a()).b(p.b()).c(p.c()).d(p.d()).current(currents)
                .quadratic(p.k2(), p.k1(), p.k0()).vPeak(p.vPeak()).recovery(p.recovery()).v0(v0).u0(u0).build();
    }

    public int size() {
        return size;
    }

    public double a(int i) {
        return a[i];
    }

    public double b(int i) {
        return b[i];
    }

    public double c(int i) {
        return c[i];
    }

    public double d(int i) {
        return d[i];
    }

    /** @return the constant input of neuron i (a protocol, if any, is added to it) */
    public double current(int i) {
        return current[i];
    }

    public double v0(int i) {
        return v0 != null ? v0[i] : defaultV0;
    }

    /** @return the initial u of neuron i in double ({@code b·v0} unless given) */
    public double u0(int i) {
        return hasExplicitU0(i) ? u0[i] : b[i] * v0(i);
    }

    /** @return whether u0 was given per neuron (false: each neuron starts at {@code b·v0}) */
    public boolean hasExplicitU0() {
        return u0 != null;
    }

    /**
     * @return whether neuron i's u0 was given (false: it starts at {@code b·v0}, multiplied in the run's precision, so
     *         a float run multiplies b and v0 rounded to float)
     */
    public boolean hasExplicitU0(int i) {
        return u0 != null && !Double.isNaN(u0[i]);
    }

    public double k2() {
        return k2;
    }

    public double k1() {
        return k1;
    }

    public double k0() {
        return k0;
    }

    public double vPeak() {
        return vPeak;
    }

    public Recovery recovery() {
        return recovery;
    }

    /** @return whether any neuron has an input protocol on top of its constant current */
    public boolean hasProtocols() {
        if (protocol != null) {
            return true;
        }
        if (protocols != null) {
            for (Protocol p : protocols) {
                if (p != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the protocol added to neuron i's constant current, or null */
    public Protocol protocol(int i) {
        Protocol own = protocols != null ? protocols[i] : null;
        if (protocol == null) {
            return own;
        }
        return own == null ? protocol : protocol.plus(own);
    }

    /** @return the parameters of neuron i as a {@link NeuronParameters} (its constant current is {@link #current}) */
    public NeuronParameters parameters(int i) {
        return NeuronParameters.builder().a(a[i]).b(b[i]).c(c[i]).d(d[i]).quadratic(k2, k1, k0).vPeak(vPeak)
                .recovery(recovery).v0(v0(i)).u0(u0 != null ? u0[i] : Double.NaN).build();
    }

    /** @return a copy with another initial state (e.g. the final state of a previous run, to continue it) */
    public Population withInitialState(double[] v, double[] u) {
        Builder x = toBuilder();
        x.v0(v);
        x.u0(u);
        return x.build();
    }

    private Builder toBuilder() {
        Builder x = new Builder(size);
        x.a = a;
        x.b = b;
        x.c = c;
        x.d = d;
        x.current = current;
        x.v0 = v0;
        x.u0 = u0;
        x.defaultV0 = defaultV0;
        x.k2 = k2;
        x.k1 = k1;
        x.k0 = k0;
        x.vPeak = vPeak;
        x.recovery = recovery;
        x.protocol = protocol;
        x.protocols = protocols;
        return x;
    }

    /** Builder. Unset a, b, c, d default to 0.02, 0.2, −65, 8; I to 0; v0 to −65; u0 to b·v0. */
    public static final class Builder {
        private final int size;
        private double[] a;
        private double[] b;
        private double[] c;
        private double[] d;
        private double[] current;
        private double aValue = 0.02;
        private double bValue = 0.2;
        private double cValue = -65;
        private double dValue = 8;
        private double currentValue = 0;
        private double[] v0;
        private double[] u0;
        private double defaultV0 = NeuronParameters.DEFAULT_V0;
        private double k2 = NeuronParameters.DEFAULT_K2;
        private double k1 = NeuronParameters.DEFAULT_K1;
        private double k0 = NeuronParameters.DEFAULT_K0;
        private double vPeak = NeuronParameters.DEFAULT_V_PEAK;
        private Recovery recovery = Recovery.STANDARD;
        private Protocol protocol;
        private Protocol[] protocols;

        private Builder(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("a population needs at least one neuron, got " + size);
            }
            this.size = size;
        }

        private double[] copy(double[] values, String name) {
            if (values == null) {
                return null;
            }
            if (values.length != size) {
                throw new IllegalArgumentException(
                        "Parameter " + name + " has " + values.length + " values for " + size + " neurons");
            }
            return values.clone();
        }

        public Builder a(double[] values) {
            a = copy(values, "a");
            return this;
        }

        public Builder b(double[] values) {
            b = copy(values, "b");
            return this;
        }

        public Builder c(double[] values) {
            c = copy(values, "c");
            return this;
        }

        public Builder d(double[] values) {
            d = copy(values, "d");
            return this;
        }

        /** Constant input current per neuron (pA). */
        public Builder current(double[] values) {
            current = copy(values, "I");
            return this;
        }

        public Builder a(double value) {
            a = null;
            aValue = value;
            return this;
        }

        public Builder b(double value) {
            b = null;
            bValue = value;
            return this;
        }

        public Builder c(double value) {
            c = null;
            cValue = value;
            return this;
        }

        public Builder d(double value) {
            d = null;
            dValue = value;
            return this;
        }

        public Builder current(double value) {
            current = null;
            currentValue = value;
            return this;
        }

        /** Initial v per neuron (null: the common v0). */
        public Builder v0(double[] values) {
            v0 = copy(values, "v0");
            return this;
        }

        /** Common initial v (default −65). */
        public Builder v0(double value) {
            v0 = null;
            defaultV0 = value;
            return this;
        }

        /** Initial u per neuron (null, or NaN for a neuron: b·v0 in the run's precision). */
        public Builder u0(double[] values) {
            u0 = copy(values, "u0");
            return this;
        }

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

        /** A protocol added to every neuron's constant current (noise streams differ per neuron). */
        public Builder protocol(Protocol value) {
            protocol = value;
            return this;
        }

        /** Per-neuron protocols added to the constant currents (entries may be null). */
        public Builder protocols(Protocol[] values) {
            if (values != null && values.length != size) {
                throw new IllegalArgumentException("protocols has " + values.length + " entries for " + size
                        + " neurons");
            }
            protocols = values == null ? null : values.clone();
            return this;
        }

        public Population build() {
            return new Population(this);
        }
    }
}
