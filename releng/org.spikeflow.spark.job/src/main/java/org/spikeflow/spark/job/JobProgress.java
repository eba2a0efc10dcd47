package org.spikeflow.spark.job;

import java.util.concurrent.atomic.AtomicLong;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Turns finished tasks into progress events (at most a few per second), counts the records written, and cancels every
 * job that starts after cancellation was requested (cancelling a job group only stops the running jobs).
 */
final class JobProgress extends SparkListener {
    private static final long INTERVAL_NANOS = 250_000_000L;
    private final Events events;
    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();
    private final AtomicLong recordsWritten = new AtomicLong();
    private volatile long lastReport;

    private final SparkContext context;
    private final AtomicBoolean cancelled;

    JobProgress(Events events, SparkContext context, AtomicBoolean cancelled) {
        this.events = events;
        this.context = context;
        this.cancelled = cancelled;
    }

    @Override
    public void onJobStart(SparkListenerJobStart job) {
        if (cancelled.get()) {
            context.cancelJob(job.jobId(), "cancelled by Spikeflow");
        }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted stage) {
        tasks.addAndGet(stage.stageInfo().numTasks());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd task) {
        long done = finished.incrementAndGet();
        if (task.taskMetrics() != null) {
            recordsWritten.addAndGet(task.taskMetrics().outputMetrics().recordsWritten());
        }
        long now = System.nanoTime();
        if (now - lastReport > INTERVAL_NANOS) {
            lastReport = now;
            long total = Math.max(done, tasks.get());
            events.progress((double) done / total, done + " of " + total + " tasks done");
        }
    }

    long recordsWritten() {
        return recordsWritten.get();
    }
}
