package org.spikeflow.core.io;

/**
 * How the values of a CSV file are separated, quoted and commented, for {@link CsvRecords} and {@link CsvWriter}.
 * Quotes inside a quoted value are doubled; there is no escape character; empty lines are skipped when reading.
 *
 * @param delimiter
 *            the text between values: usually one character ({@code ,}, {@code ;}, a tab), but any text without a line
 *            break
 * @param quote
 *            the character around values that hold a delimiter, quote or line break; null for none
 * @param commentMarker
 *            a line that starts with this character is skipped when reading; null for none
 * @param spacesAroundQuotesIgnored
 *            whether spaces and tabs before an opening and after a closing quote are ignored when reading (otherwise a
 *            quote after a space is part of the value, and a space after a closing quote is an error)
 */
public record CsvFormat(String delimiter, Character quote, Character commentMarker,
        boolean spacesAroundQuotesIgnored) {

    /** Comma-separated, values quoted with {@code "}, no comments: RFC 4180. */
    public static final CsvFormat DEFAULT = new CsvFormat(",", '"', null, false);

    /**
     * @throws IllegalArgumentException
     *             if the delimiter is empty or holds a line break, the quote or comment character is a line break, or
     *             two of them are the same
     */
    public CsvFormat {
        if (delimiter == null || delimiter.isEmpty()) {
            throw new IllegalArgumentException("The delimiter cannot be empty");
        }
        if (delimiter.indexOf('\n') >= 0 || delimiter.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("The delimiter cannot be a line break");
        }
        if (quote != null && isLineBreak(quote)) {
            throw new IllegalArgumentException("The quoteCharacter cannot be a line break");
        }
        if (commentMarker != null && isLineBreak(commentMarker)) {
            throw new IllegalArgumentException("The comment start marker character cannot be a line break");
        }
        if (quote != null && delimiter.indexOf(quote) >= 0) {
            throw new IllegalArgumentException(
                    "The quoteChar character and the delimiter cannot be the same ('" + quote + "')");
        }
        if (commentMarker != null && delimiter.indexOf(commentMarker) >= 0) {
            throw new IllegalArgumentException(
                    "The comment start character and the delimiter cannot be the same ('" + commentMarker + "')");
        }
        if (commentMarker != null && commentMarker.equals(quote)) {
            throw new IllegalArgumentException(
                    "The comment start character and the quoteChar cannot be the same ('" + commentMarker + "')");
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
