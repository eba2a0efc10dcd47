package org.spikeflow.core.util;

/**
 * User input quoted back in a message (a value, a line, an expression) is cut to a readable length: a 3000-term
 * expression or a megabyte-long CSV line must not turn one error line into a screenful.
 */
public final class EchoedInput {

    /** The most characters of user input a message repeats. */
    public static final int MAX_ECHOED_CHARS = 200;

    private EchoedInput() {
    }

    /** {@code text} itself if short, else its first {@link #MAX_ECHOED_CHARS} characters, "...", and its length. */
    public static String shorten(String text) {
        if (text == null || text.length() <= MAX_ECHOED_CHARS) {
            return text;
        }
        int end = MAX_ECHOED_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return text.substring(0, end) + "... (" + text.length() + " characters)";
    }
}
