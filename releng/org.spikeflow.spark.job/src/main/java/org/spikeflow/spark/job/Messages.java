package org.spikeflow.spark.job;

/** One-line failure messages: the innermost cause that says something, without Spark's stack dumps. */
final class Messages {
    private Messages() {
    }

    static String of(Throwable t) {
        Throwable deepest = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                deepest = c;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        if (!(deepest instanceof IllegalArgumentException || deepest instanceof IllegalStateException)) {
            message = deepest.getClass().getSimpleName() + ": " + message;
        }
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
