package org.spikeflow.izhikevich.internal;

/**
 * Plain Java blocked kernel (time loop outside the loop over the neurons of a block, which stays in L1). The loops are
 * {@code DoubleScalarEuler} and {@code FloatScalarEuler}, generated at build time from one template
 * ({@code src/template/java/.../X-ScalarEuler.java.template}).
 */
public final class ScalarEulerKernel extends PrecisionLoopKernel {

    public static final ScalarEulerKernel INSTANCE = new ScalarEulerKernel();

    private ScalarEulerKernel() {
        super("blocked scalar", DoubleScalarEuler::run, FloatScalarEuler::run);
    }
}
