package org.spikeflow.core.settings;

/** Settings (or input specs) do not allow the node to be configured or executed; the message says what and where. */
public class InvalidSettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(String message) {
        super(message);
    }

    public InvalidSettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
