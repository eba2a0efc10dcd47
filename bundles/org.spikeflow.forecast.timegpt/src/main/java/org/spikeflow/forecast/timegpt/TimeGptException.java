package org.spikeflow.forecast.timegpt;

/** A failed TimeGPT call: HTTP error status, network error after the retries, or an unreadable response. */
public class TimeGptException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int attempts;

    public TimeGptException(String message, int status, int attempts, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.attempts = attempts;
    }

    /** @return the HTTP status of the last response, or -1 when there was none (network error) */
    public int status() {
        return status;
    }

    /** @return number of HTTP attempts made */
    public int attempts() {
        return attempts;
    }
}
