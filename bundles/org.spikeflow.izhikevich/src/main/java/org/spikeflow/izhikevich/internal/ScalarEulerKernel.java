package org.spikeflow.izhikevich.internal;

/** Plain Java blocked kernel (time loop outside the loop over the neurons of a block, which stays in L1). */
public final class ScalarEulerKernel implements EulerKernel {

    public static final ScalarEulerKernel INSTANCE = new ScalarEulerKernel();

    @Override
    public String name() {
        return "blocked scalar";
    }

    @Override
    public void runDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v, double[] u,
            int off, int len, int base, long from, long to, double dt, double k2, double k1, double k0, double vPeak,
            int[] counts, SpikeEvents events) {
        final int end = off + len;
        final int shift = base - off;
        for (long k = from; k < to; k++) {
            for (int j = off; j < end; j++) {
                double vj = v[j];
                double uj = u[j];
                double dv = k2 * vj * vj + k1 * vj + k0 - uj + cur[j];
                double du = a[j] * (b[j] * vj - uj);
                vj = vj + dt * dv;
                uj = uj + dt * du;
                if (vj >= vPeak) {
                    vj = c[j];
                    uj = uj + d[j];
                    counts[j + shift]++;
                    if (events != null) {
                        events.add(j + shift, (k + 1) * dt);
                    }
                }
                v[j] = vj;
                u[j] = uj;
            }
        }
    }

    @Override
    public void runFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u, int off,
            int len, int base, long from, long to, float dt, float k2, float k1, float k0, float vPeak, int[] counts,
            SpikeEvents events, double dtd) {
        final int end = off + len;
        final int shift = base - off;
        for (long k = from; k < to; k++) {
            for (int j = off; j < end; j++) {
                float vj = v[j];
                float uj = u[j];
                float dv = k2 * vj * vj + k1 * vj + k0 - uj + cur[j];
                float du = a[j] * (b[j] * vj - uj);
                vj = vj + dt * dv;
                uj = uj + dt * du;
                if (vj >= vPeak) {
                    vj = c[j];
                    uj = uj + d[j];
                    counts[j + shift]++;
                    if (events != null) {
                        events.add(j + shift, (k + 1) * dtd);
                    }
                }
                v[j] = vj;
                u[j] = uj;
            }
        }
    }
}
