package org.spikeflow.dl.internal;

import java.nio.FloatBuffer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

/**
 * Arrays in memory that PyTorch allocated itself.
 *
 * <p>Why: DJL's PyTorch engine wraps Java direct buffers without copying ({@code from_blob}) when it creates an array
 * from Java data ({@code NDManager.create(float[])}) and when it loads parameters. Such memory is only as aligned as
 * {@code malloc} makes it (16 bytes), and where it lies depends on what other threads allocated before, while PyTorch's
 * CPU matrix kernels may sum in an order that depends on the alignment of their operands. PyTorch's own allocator
 * aligns every array to 64 bytes, so the copies it makes are aligned the same way in every run.
 */
final class NativeArrays {

    private NativeArrays() {
    }

    /** A float array of {@code shape} holding the first {@code shape.size()} values of {@code data}. */
    static NDArray create(NDManager manager, float[] data, Shape shape) {
        try (NDArray wrapped = manager.create(FloatBuffer.wrap(data, 0, Math.toIntExact(shape.size())), shape)) {
            return wrapped.duplicate();
        }
    }

    /** Moves every parameter of {@code block} (e.g. just loaded) into PyTorch's memory, in place. */
    static void ownParameters(Block block) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().isInitialized()) {
                NDArray array = p.getValue().getArray();
                // The array object stays (blocks and trainers hold it); its native tensor becomes the copy, of the
                // same type and shape.
                array.intern(array.duplicate());
            }
        }
    }
}
