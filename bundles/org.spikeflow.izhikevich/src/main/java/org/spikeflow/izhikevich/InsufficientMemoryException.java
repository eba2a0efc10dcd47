package org.spikeflow.izhikevich;

/** Thrown before allocating when a simulation request would not fit into the Java heap. */
public class InsufficientMemoryException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient MemoryEstimate estimate;
    private final long availableBytes;

    public InsufficientMemoryException(String message, MemoryEstimate estimate, long availableBytes) {
        super(message);
        this.estimate = estimate;
        this.availableBytes = availableBytes;
    }

    /** @return what the request needs */
    public MemoryEstimate estimate() {
        return estimate;
    }

    /** @return the heap that was available when the request was checked */
    public long availableBytes() {
        return availableBytes;
    }
}
