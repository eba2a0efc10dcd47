package org.spikeflow.izhikevich;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.spikeflow.izhikevich.internal.Arithmetic;
import org.spikeflow.izhikevich.internal.BlowUp;
import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.EulerKernel;
import org.spikeflow.izhikevich.internal.Grid;
import org.spikeflow.izhikevich.internal.Instability;
import org.spikeflow.izhikevich.internal.Integrators;
import org.spikeflow.izhikevich.internal.KernelWarmUp;
import org.spikeflow.izhikevich.internal.NeuronSink;
import org.spikeflow.izhikevich.internal.NeuronSpec;
import org.spikeflow.izhikevich.internal.ScalarEulerKernel;
import org.spikeflow.izhikevich.internal.SpikeEvents;
import org.spikeflow.izhikevich.internal.VectorSupport;
import org.spikeflow.izhikevich.protocol.CurrentSource;
import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * Population engine: integrates every neuron of a {@link Population} independently, multi-threaded over blocks of
 * neurons. Each neuron's arithmetic does not depend on the block or thread that computes it, so results are
 * bit-identical for any thread count and any {@link Kernel}. Memory is estimated before anything is allocated and the
 * run is refused with {@link InsufficientMemoryException} if it will not fit.
 *
 * <pre> PopulationResult r = PopulationSimulation.builder(population) .duration(1000).dt(0.1).threads(2)
 * .recording(RecordingOptions.builder().summary(true).build()) .build().run(); </pre>
 */
public final class PopulationSimulation {

    /**
     * Neurons per block of the fast kernels: a multiple of the vector kernel's group width (4 vectors of up to 16
     * floats), so that no block ends in a padded group, and small enough that a block's arrays stay in L2.
     */
    public static final int BLOCK = 512;
    private static final int GENERIC_BLOCK = 32;
    private static final long CHUNK_UPDATES = 1L << 20;
    /** {@code -Dspikeflow.kernel.warmup=false} turns the background warm-up off (to measure a cold run). */
    private static final boolean WARM_UP = !"false".equals(System.getProperty("spikeflow.kernel.warmup"));

    private final Population pop;
    private final double duration;
    private final double dt;
    private final Scheme scheme;
    private final Precision precision;
    private final int threads;
    private final Kernel kernel;
    private final RecordingOptions rec;
    private final SimulationMonitor monitor;
    private final long memoryLimit;
    private final Grid grid;
    /** The fast kernel: null for the general integrators, and while a vector kernel is pending (fastKernel). */
    private EulerKernel fast;
    /** Whether the vector kernel is chosen but not yet tested (see {@link #fastKernel()}); guarded by this. */
    private boolean vectorPending;
    private final int[] traceRows; // null: all neurons (when traces recorded)

    private PopulationSimulation(Builder b) {
        pop = b.pop;
        duration = b.duration;
        dt = b.dt;
        scheme = b.scheme;
        precision = b.precision;
        threads = b.threads;
        kernel = b.kernel;
        rec = b.recording;
        monitor = b.monitor;
        memoryLimit = b.memoryLimit;
        grid = new Grid(scheme, duration, dt);
        int[] tn = rec.traceNeurons();
        if (tn != null) {
            for (int i : tn) {
                if (i < 0 || i >= pop.size) {
                    throw new IllegalArgumentException(
                            "trace neuron " + i + " is not in the population of " + pop.size + " neurons");
                }
            }
        }
        traceRows = tn;
        boolean applicable = scheme == Scheme.EULER && pop.recovery == Recovery.STANDARD && !pop.hasProtocols()
                && !rec.traces();
        String why = "the fast kernels apply only to the euler scheme with standard recovery, constant inputs and no "
                + "traces";
        boolean floats = precision == Precision.FLOAT;
        switch (kernel) {
            case AUTO -> {
                // the vector kernel if it loads here; its self-test (or the wait for the warm-up that runs it) comes
                // inside the timed run, which falls back to the scalar kernel if the test fails
                if (!applicable) {
                    fast = null;
                } else if (VectorSupport.loads() && VectorSupport.vectorBits() >= 256) {
                    fast = null;
                    vectorPending = true;
                } else {
                    fast = ScalarEulerKernel.INSTANCE;
                }
            }
            case VECTOR -> {
                if (!applicable) {
                    throw new IllegalArgumentException("Kernel VECTOR cannot run this request: " + why);
                }
                fast = VectorSupport.kernel(floats);
                if (fast == null) {
                    throw new IllegalStateException(
                            "Vector kernel unavailable: " + VectorSupport.unavailableReason(floats));
                }
            }
            case BLOCKED -> {
                if (!applicable) {
                    throw new IllegalArgumentException("Kernel BLOCKED cannot run this request: " + why);
                }
                fast = ScalarEulerKernel.INSTANCE;
            }
            default -> fast = null;
        }
    }

    public static Builder builder(Population population) {
        return new Builder(population);
    }

    /**
     * Starts compiling the fast vector kernel of this scheme and precision in a background thread (once per JVM) and
     * returns at once, so that a caller can hide the JIT's warm-up behind work it does anyway, such as reading the
     * parameters: cold, a run's first blocks execute in the interpreter. A run that uses the kernel waits for a started
     * warm-up to finish (bounded to a few seconds). Does nothing for schemes without a fast kernel.
     */
    public static void warmUpInBackground(Scheme scheme, Precision precision) {
        if (scheme == Scheme.EULER && WARM_UP) {
            KernelWarmUp.start(precision == Precision.FLOAT);
        }
    }

    /** @return the code path this request will use (waits for the vector kernel's self-test if it is pending) */
    public String kernelName() {
        EulerKernel k = fastKernel();
        return k == null ? "generic" : k.name();
    }

    /**
     * @return the fast kernel; a pending vector kernel is tested now (or the background warm-up that tests it is waited
     *         for) and replaced by the scalar kernel if it fails
     */
    private synchronized EulerKernel fastKernel() {
        if (vectorPending) {
            EulerKernel vector = VectorSupport.kernel(precision == Precision.FLOAT);
            fast = vector != null ? vector : ScalarEulerKernel.INSTANCE;
            vectorPending = false;
        }
        return fast;
    }

    private synchronized boolean usesFastKernel() {
        return fast != null || vectorPending;
    }

    /** @return integration updates per neuron */
    public long updatesPerNeuron() {
        return grid.updates;
    }

    private int traceRowCount() {
        return rec.traces() ? (traceRows == null ? pop.size : traceRows.length) : 0;
    }

    private long traceSamples() {
        return (grid.points - 1) / rec.decimation() + 1;
    }

    /** @return the heap this request will allocate (the population itself is already allocated and not counted) */
    public MemoryEstimate estimateMemory() {
        long n = pop.size;
        List<MemoryEstimate.Item> items = new ArrayList<>();
        items.add(new MemoryEstimate.Item("state (v, u) and spike counts of " + n + " neurons", n * 20));
        if (rec.spikeTimes()) {
            double expected = n * (duration / 1000.0) * rec.expectedRateHz();
            long bytes = expected >= Long.MAX_VALUE / 16.0 ? Long.MAX_VALUE : (long) (expected * 8) + (n + 1) * 4;
            items.add(new MemoryEstimate.Item(String.format(java.util.Locale.ROOT,
                    "spike times (about %.3g spikes at %s Hz)", expected, rec.expectedRateHz()), bytes));
        }
        if (rec.summary()) {
            items.add(new MemoryEstimate.Item("per-neuron summaries of " + n + " neurons", n * 36));
        }
        if (rec.traces()) {
            long rows = traceRowCount();
            long samples = traceSamples();
            int vars = rec.traceVariables().size();
            double bytes = (double) rows * vars * (samples * 8.0 + 16) + rows * 4.0;
            items.add(new MemoryEstimate.Item("traces of " + rec.traceVariables() + ": " + rows + " neurons × "
                    + samples + " samples × " + vars + " variables × 8 bytes",
                    bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes));
        }
        return new MemoryEstimate(items);
    }

    private long available() {
        return memoryLimit >= 0 ? memoryLimit : MemoryEstimate.freeHeap();
    }

    private void checkMemory() {
        MemoryEstimate e = estimateMemory();
        long need = e.totalBytes();
        long avail = memoryLimit >= 0 ? memoryLimit : MemoryEstimate.freeHeap(need);
        if (need > avail) {
            throw refusal(e, avail);
        }
    }

    private InsufficientMemoryException refusal(MemoryEstimate e, long avail) {
        long max = memoryLimit >= 0 ? memoryLimit : Runtime.getRuntime().maxMemory();
        return new InsufficientMemoryException("Not enough memory for this simulation: it needs about " + e
                + " but only " + MemoryEstimate.format(Math.max(0, avail)) + " of the Java heap is available (maximum "
                + MemoryEstimate.format(max) + "). Record fewer neurons or variables, raise the trace decimation, "
                + "shorten the run, record spike counts instead of spike times, or give Java more memory (-Xmx).",
                e, avail);
    }

    /**
     * The refusal when the heap ran out during the run: spike times are the one allocation that grows with the firing
     * rate, so the need is recomputed from the spikes actually fired (extrapolated to the whole run), not taken from
     * the up-front estimate's assumed rate.
     */
    private InsufficientMemoryException outOfMemoryDuringRun(int[] counts, long updatesDone) {
        long spikes = 0;
        for (int c : counts) {
            spikes += c;
        }
        double total = (double) pop.size * grid.updates;
        double fraction = total > 0 ? Math.min(1, Math.max(updatesDone, 1) / total) : 1;
        double projected = spikes / fraction;
        double simulatedSeconds = duration / 1000.0 * fraction;
        double rateHz = pop.size > 0 && simulatedSeconds > 0 ? spikes / (pop.size * simulatedSeconds) : 0;
        List<MemoryEstimate.Item> items = new ArrayList<>();
        for (MemoryEstimate.Item item : estimateMemory().items()) {
            if (!item.what().startsWith("spike times")) {
                items.add(item);
            }
        }
        if (rec.spikeTimes() || rec.summary()) {
            // the times are held once while recorded and once more in the result array
            double bytes = projected * 16 + (pop.size + 1) * 4.0;
            items.add(new MemoryEstimate.Item(String.format(java.util.Locale.ROOT,
                    "spike times (about %.3g spikes: the neurons fired at %.3g Hz on average, %d spikes in the %.0f %%"
                            + " simulated)",
                    projected, rateHz, spikes, fraction * 100),
                    bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes));
        }
        MemoryEstimate actual = new MemoryEstimate(items);
        long avail = available();
        long max = memoryLimit >= 0 ? memoryLimit : Runtime.getRuntime().maxMemory();
        String assumedRate = new java.math.BigDecimal(Double.toString(rec.expectedRateHz())).stripTrailingZeros()
                .toPlainString();
        String assumed = rec.spikeTimes() && rateHz > rec.expectedRateHz()
                ? " (the check before the run assumed " + assumedRate + " Hz and "
                        + MemoryEstimate.format(estimateMemory().totalBytes()) + ")"
                : "";
        return new InsufficientMemoryException("Ran out of memory during the simulation: it needs about " + actual
                + assumed + ", but the Java heap has a maximum of " + MemoryEstimate.format(max) + ". Record spike "
                + "counts instead of spike times, simulate fewer neurons or a shorter time, or give Java more memory "
                + "(-Xmx).", actual, avail);
    }

    /**
     * Runs the simulation.
     *
     * @throws InsufficientMemoryException
     *             if the request does not fit into the heap (checked before allocating)
     * @throws NumericalBlowUpException
     *             if a neuron's state becomes NaN or infinite
     * @throws CancellationException
     *             if the monitor cancels the run
     */
    public PopulationResult run() {
        checkMemory();
        try {
            return execute();
        } catch (OutOfMemoryError oom) {
            throw refusal(estimateMemory(), available());
        }
    }

    private PopulationResult execute() {
        final int n = pop.size;
        final int[] counts = new int[n];
        final double[] fv = new double[n];
        final double[] fu = new double[n];
        final NeuronSpec init = new NeuronSpec();
        final Arithmetic arithmetic = Arithmetic.of(precision);
        for (int i = 0; i < n; i++) {
            fv[i] = pop.v0(i);
            fu[i] = spec(i, init).u0(arithmetic);
        }
        final int rows = traceRowCount();
        final int samples = rec.traces() ? (int) traceSamples() : 0;
        final Map<TraceVariable, double[][]> traces = new EnumMap<>(TraceVariable.class);
        for (TraceVariable tv : rec.traceVariables()) {
            double[][] x = new double[rows][];
            for (int r = 0; r < rows; r++) {
                x[r] = new double[samples];
            }
            traces.put(tv, x);
        }
        final double[][] summary = rec.summary()
                ? new double[][] {new double[n], new double[n], new double[n],
                        new double[n]}
                : null;
        final int[] bursts = rec.summary() ? new int[n] : null;
        final int blockSize = usesFastKernel() ? BLOCK : GENERIC_BLOCK;
        final int blocks = (n + blockSize - 1) / blockSize;
        final SpikeEvents.Grouped[] grouped = rec.spikeTimes() ? new SpikeEvents.Grouped[blocks] : null;
        final boolean needEvents = rec.spikeTimes() || rec.summary();

        final Control ctl = new Control();
        final AtomicLong done = new AtomicLong();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final BlowUpRecord blowUp = new BlowUpRecord();
        final SpikeBudget budget = new SpikeBudget();
        final int nThreads = Math.max(1, Math.min(threads, blocks));
        final CountDownLatch finished = new CountDownLatch(nThreads);
        final double total = (double) n * grid.updates;

        // Each thread integrates one contiguous range of blocks: handing blocks out one at a time made the threads
        // write neighbouring blocks of the shared arrays every step (false sharing, ~1.1x instead of ~2x on two cores).
        final int[] firstBlock = contiguousRanges(blocks, nThreads);
        java.util.function.IntFunction<Runnable> work = t -> () -> {
            try {
                Worker w = new Worker(counts, fv, fu, traces, summary, bursts, grouped, needEvents, ctl, done,
                        blowUp);
                w.budget = budget;
                for (int blk = firstBlock[t]; blk < firstBlock[t + 1] && !ctl.cancelled(); blk++) {
                    int off = blk * blockSize;
                    if (off > blowUp.minNeuron()) {
                        break; // a lower neuron already blew up: its report wins
                    }
                    w.block(blk, off, Math.min(blockSize, n - off));
                }
            } catch (CancellationException e) {
                // ctl cancelled
            } catch (Throwable t2) {
                failure.compareAndSet(null, t2);
                ctl.cancel();
            } finally {
                finished.countDown();
            }
        };

        long t0 = System.nanoTime();
        final String kernelName = kernelName(); // inside the timed run: a wait for the warm-up is not hidden
        Thread[] ts = new Thread[nThreads];
        for (int i = 0; i < nThreads; i++) {
            ts[i] = new Thread(work.apply(i), "spikeflow-izhikevich-" + i);
            ts[i].setDaemon(true);
            ts[i].start();
        }
        boolean cancelled = false;
        try {
            while (!finished.await(100, TimeUnit.MILLISECONDS)) {
                monitor.progress(total > 0 ? Math.min(1, done.get() / total) : 0);
                if (!cancelled && monitor.isCancelled()) {
                    cancelled = true;
                    ctl.cancel();
                }
            }
        } catch (InterruptedException e) {
            ctl.cancel();
            Thread.currentThread().interrupt();
            awaitQuietly(finished);
            throw new CancellationException("simulation interrupted");
        }
        long nanos = System.nanoTime() - t0;
        Throwable f = failure.get();
        if (f instanceof OutOfMemoryError) {
            throw outOfMemoryDuringRun(counts, done.get());
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error er) {
            throw er;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
        if (budget.over) {
            throw outOfMemoryDuringRun(counts, done.get());
        }
        if (cancelled || monitor.isCancelled()) {
            throw new CancellationException("simulation cancelled");
        }
        if (blowUp.minNeuron() < Long.MAX_VALUE) {
            throw blowUpException(blowUp);
        }
        monitor.progress(1);

        int[] offsets = null;
        double[] times = null;
        if (grouped != null) {
            long sum = 0;
            for (int x : counts) {
                sum += x;
            }
            if (sum > Integer.MAX_VALUE - 8) {
                throw outOfMemoryDuringRun(counts, done.get());
            }
            try {
                offsets = new int[n + 1];
                for (int i = 0; i < n; i++) {
                    offsets[i + 1] = offsets[i] + counts[i];
                }
                times = new double[(int) sum];
            } catch (OutOfMemoryError e) {
                throw outOfMemoryDuringRun(counts, done.get());
            }
            for (SpikeEvents.Grouped g : grouped) {
                System.arraycopy(g.times(), 0, times, offsets[g.base()], g.times().length);
            }
        }
        TraceData td = null;
        if (rec.traces()) {
            int[] neurons = traceRows != null ? traceRows : java.util.stream.IntStream.range(0, n).toArray();
            double[] st = new double[samples];
            for (int s = 0; s < samples; s++) {
                st[s] = grid.pointTime((long) s * rec.decimation());
            }
            td = new TraceData(neurons, st, traces);
        }
        return new PopulationResult(n, scheme, precision, duration, dt, grid.updates, nThreads, kernelName, nanos,
                counts, offsets, times, summary, bursts, td, fv, fu);
    }

    /**
     * @return {@code parts + 1} boundaries splitting {@code blocks} blocks into contiguous ranges whose sizes differ by
     *         at most one: range t is [result[t], result[t + 1])
     */
    static int[] contiguousRanges(int blocks, int parts) {
        int[] first = new int[parts + 1];
        for (int t = 0; t <= parts; t++) {
            first[t] = (int) ((long) blocks * t / parts);
        }
        return first;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CurrentSource source(int i) {
        double base = pop.current[i];
        Protocol p = pop.protocol(i);
        if (p == null) {
            return (step, t) -> base;
        }
        CurrentSource s = p.open(i, dt);
        if (base == 0) {
            return s;
        }
        return (step, t) -> base + s.current(step, t);
    }

    private NeuronSpec spec(int i, NeuronSpec s) {
        s.a = pop.a[i];
        s.b = pop.b[i];
        s.c = pop.c[i];
        s.d = pop.d[i];
        s.k2 = pop.k2;
        s.k1 = pop.k1;
        s.k0 = pop.k0;
        s.vPeak = pop.vPeak;
        s.accommodation = pop.recovery == Recovery.ACCOMMODATION;
        s.v0 = pop.v0(i);
        s.u0 = pop.u0(i);
        s.defaultU0 = !pop.hasExplicitU0(i);
        return s;
    }

    private NumericalBlowUpException blowUpException(BlowUpRecord r) {
        int i = (int) r.minNeuron();
        BlowUp b = r.detail();
        if (b == null) { // found by a fast kernel: replay the neuron in the general integrator to locate it
            try {
                Integrators.run(scheme, precision, spec(i, new NeuronSpec()), source(i), grid,
                        new NeuronSink.SpikesOnly() {
                            @Override
                            public void spike(double t) {
                            }
                        }, new Control(), new double[2]);
            } catch (BlowUp x) {
                b = x;
            }
            if (b == null) {
                b = new BlowUp(duration, Double.NaN, Double.NaN, pop.current[i]);
            }
        }
        double current = Double.isNaN(b.current) ? pop.current[i] : b.current; // a spike run knows no current
        return new NumericalBlowUpException(b.kind, i, b.time, b.v, b.u, current, pop.parameters(i), dt, scheme,
                precision);
    }

    /** Spike times recorded so far in a run with a memory cap (held twice: while recorded and in the result). */
    private static final class SpikeBudget {
        final AtomicLong recorded = new AtomicLong();
        volatile boolean over;
    }

    /** Lowest neuron index that blew up, and its details when known. */
    private static final class BlowUpRecord {
        private long min = Long.MAX_VALUE;
        private BlowUp detail;

        synchronized long minNeuron() {
            return min;
        }

        synchronized BlowUp detail() {
            return detail;
        }

        synchronized void report(long neuron, BlowUp b) {
            if (neuron < min) {
                min = neuron;
                detail = b;
            }
        }
    }

    /** Per-thread working state. */
    private final class Worker {
        final int[] counts;
        final double[] fv;
        final double[] fu;
        final Map<TraceVariable, double[][]> traces;
        final double[][] summary;
        final int[] bursts;
        final SpikeEvents.Grouped[] grouped;
        final SpikeEvents events;
        final Control ctl;
        final AtomicLong done;
        final BlowUpRecord blowUp;
        final NeuronSpec spec = new NeuronSpec();
        final double[] out = new double[2];
        /** Spike counts of the block's neurons before the current chunk. */
        final int[] countsBefore = new int[BLOCK];
        SpikeBudget budget;
        float[] fa;
        float[] fb;
        float[] fc;
        float[] fd;
        float[] fi;
        float[] fvv;
        float[] fuu;

        Worker(int[] counts, double[] fv, double[] fu, Map<TraceVariable, double[][]> traces, double[][] summary,
                int[] bursts, SpikeEvents.Grouped[] grouped, boolean needEvents, Control ctl, AtomicLong done,
                BlowUpRecord blowUp) {
            this.counts = counts;
            this.fv = fv;
            this.fu = fu;
            this.traces = traces;
            this.summary = summary;
            this.bursts = bursts;
            this.grouped = grouped;
            this.events = needEvents ? new SpikeEvents() : null;
            this.ctl = ctl;
            this.done = done;
            this.blowUp = blowUp;
            if (fast != null && precision == Precision.FLOAT) {
                fa = new float[BLOCK];
                fb = new float[BLOCK];
                fc = new float[BLOCK];
                fd = new float[BLOCK];
                fi = new float[BLOCK];
                fvv = new float[BLOCK];
                fuu = new float[BLOCK];
            }
        }

        void block(int blk, int off, int len) {
            if (events != null) {
                events.clear();
            }
            if (fast != null) {
                if (!fastBlock(off, len)) {
                    return;
                }
                for (int j = off; j < off + len; j++) {
                    if (!(Double.isFinite(fv[j]) && Double.isFinite(fu[j]))) {
                        blowUp.report(j, null);
                        return;
                    }
                }
            } else {
                for (int j = off; j < off + len; j++) {
                    if (ctl.cancelled()) {
                        return;
                    }
                    try {
                        Integrators.run(scheme, precision, spec(j, spec), source(j), grid, sink(j), ctl, out);
                    } catch (BlowUp b) {
                        blowUp.report(j, b);
                        return;
                    }
                    fv[j] = out[0];
                    fu[j] = out[1];
                    done.addAndGet(grid.updates);
                }
            }
            if (events != null) {
                SpikeEvents.Grouped g = events.group(off, len);
                if (grouped != null) {
                    grouped[blk] = g;
                    // a capped run stops once the spike times recorded so far exceed the cap
                    if (memoryLimit >= 0 && budget.recorded.addAndGet(g.times().length) * 16 > memoryLimit) {
                        budget.over = true;
                        ctl.cancel();
                    }
                }
                if (summary != null) {
                    int[] o = g.offsets();
                    for (int j = 0; j < len; j++) {
                        NeuronSummary s = NeuronSummary.of(g.times(), o[j], o[j + 1], duration, rec.burstIsi(),
                                rec.minBurstSpikes());
                        summary[0][off + j] = s.rateHz();
                        summary[1][off + j] = s.firstSpikeLatency();
                        summary[2][off + j] = s.isiMean();
                        summary[3][off + j] = s.isiCv();
                        bursts[off + j] = s.bursts();
                    }
                }
            }
        }

        /** @return false if cancelled */
        private boolean fastBlock(int off, int len) {
            final long steps = grid.steps;
            final long chunk = Math.max(1, CHUNK_UPDATES / len);
            if (precision == Precision.DOUBLE) {
                for (long k = 0; k < steps; k += chunk) {
                    long to = Math.min(steps, k + chunk);
                    System.arraycopy(counts, off, countsBefore, 0, len);
                    fast.runDouble(pop.a, pop.b, pop.c, pop.d, pop.current, fv, fu, off, len, off, k, to, dt, pop.k2,
                            pop.k1, pop.k0, pop.vPeak, counts, events);
                    done.addAndGet((to - k) * len);
                    if (ctl.cancelled() || unstable(fv, fu, off, off, len, to - k)) {
                        return false;
                    }
                }
                return true;
            }
            for (int j = 0; j < len; j++) {
                fa[j] = (float) pop.a[off + j];
                fb[j] = (float) pop.b[off + j];
                fc[j] = (float) pop.c[off + j];
                fd[j] = (float) pop.d[off + j];
                fi[j] = (float) pop.current[off + j];
                fvv[j] = (float) fv[off + j];
                fuu[j] = (float) fu[off + j];
            }
            for (long k = 0; k < steps; k += chunk) {
                long to = Math.min(steps, k + chunk);
                System.arraycopy(counts, off, countsBefore, 0, len);
                fast.runFloat(fa, fb, fc, fd, fi, fvv, fuu, 0, len, off, k, to, (float) dt, (float) pop.k2,
                        (float) pop.k1, (float) pop.k0, (float) pop.vPeak, counts, events, dt);
                done.addAndGet((to - k) * len);
                if (ctl.cancelled() || unstableFloat(off, len, to - k)) {
                    return false;
                }
            }
            for (int j = 0; j < len; j++) {
                fv[off + j] = fvv[j];
                fu[off + j] = fuu[j];
            }
            return true;
        }

        /**
         * Checks a block after a chunk of {@code steps} steps of a fast kernel (v, u at index {@code from + j} for
         * neuron {@code off + j}); reports the first unstable neuron, which the general integrator then replays to say
         * when and how. Once per chunk, so the kernels' inner loops stay untouched.
         */
        private boolean unstable(double[] v, double[] u, int from, int off, int len, long steps) {
            for (int j = 0; j < len; j++) {
                if (Instability.chunkUnstable(v[from + j], u[from + j], counts[off + j] - countsBefore[j], steps)) {
                    blowUp.report(off + j, null);
                    return true;
                }
            }
            return false;
        }

        private boolean unstableFloat(int off, int len, long steps) {
            for (int j = 0; j < len; j++) {
                if (Instability.chunkUnstable(fvv[j], fuu[j], counts[off + j] - countsBefore[j], steps)) {
                    blowUp.report(off + j, null);
                    return true;
                }
            }
            return false;
        }

        private NeuronSink sink(int neuron) {
            int row = -1;
            if (!traces.isEmpty()) {
                row = traceRows == null ? neuron : java.util.Arrays.binarySearch(traceRows, neuron);
            }
            final double[] rv = row >= 0 && traces.containsKey(TraceVariable.V)
                    ? traces.get(TraceVariable.V)[row]
                    : null;
            final double[] ru = row >= 0 && traces.containsKey(TraceVariable.U)
                    ? traces.get(TraceVariable.U)[row]
                    : null;
            final double[] ri = row >= 0 && traces.containsKey(TraceVariable.I)
                    ? traces.get(TraceVariable.I)[row]
                    : null;
            final boolean pts = row >= 0;
            final int dec = rec.decimation();
            final SpikeEvents ev = events;
            final int[] cnt = counts;
            return new NeuronSink() {
                @Override
                public boolean wantsPoints() {
                    return pts;
                }

                @Override
                public boolean wantsCurrent() {
                    return ri != null;
                }

                @Override
                public void point(long k, double v, double u, double current) {
                    if (k % dec == 0) {
                        int s = (int) (k / dec);
                        if (rv != null) {
                            rv[s] = v;
                        }
                        if (ru != null) {
                            ru[s] = u;
                        }
                        if (ri != null) {
                            ri[s] = current;
                        }
                    }
                }

                @Override
                public void spike(double t) {
                    cnt[neuron]++;
                    if (ev != null) {
                        ev.add(neuron, t);
                    }
                }
            };
        }
    }

    /** Builder; defaults: euler, double, dt 0.1 ms, duration 1000 ms, all processors, AUTO kernel, counts only. */
    public static final class Builder extends RunBuilder<Builder> {
        private final Population pop;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Kernel kernel = Kernel.AUTO;
        private RecordingOptions recording = RecordingOptions.counts();

        private Builder(Population pop) {
            if (pop == null) {
                throw new IllegalArgumentException("population is null");
            }
            this.pop = pop;
        }

        /**
         * @param n
         *            worker threads (≥ 1); results do not depend on it
         */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + n);
            }
            threads = n;
            return this;
        }

        public Builder kernel(Kernel value) {
            kernel = java.util.Objects.requireNonNull(value);
            return this;
        }

        public Builder recording(RecordingOptions value) {
            recording = java.util.Objects.requireNonNull(value);
            return this;
        }

        /**
         * @throws IllegalArgumentException
         *             for a bad dt, duration, trace neuron, or a kernel that cannot run the request
         */
        public PopulationSimulation build() {
            return new PopulationSimulation(this);
        }
    }
}
