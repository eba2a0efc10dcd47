package org.spikeflow.core.io;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes CSV records in a {@link CsvFormat}, one per line ending in {@code \n}, quoting a value only where a reader
 * needs it: when it holds the delimiter, the quote or a line break, starts with a character up to {@code #} (space,
 * quote, comment marker...), ends with a space or control character, or is an empty first value (which would read as an
 * empty line). Quotes inside a value are doubled. These are the rules of Commons CSV's minimal quoting, which Spikeflow
 * used before, so files written before and after are byte for byte the same.
 *
 * <p>Written here rather than by FastCSV (which reads): its writer takes one-character delimiters only and quotes by
 * other rules.
 */
public final class CsvWriter implements Flushable {
    private final Writer out;
    private final String delimiter;
    private final char quote;
    private boolean firstInRecord = true;

    /**
     * Writes to {@code out}, which the caller closes.
     *
     * @throws IllegalArgumentException
     *             if the format has no quote character (values that need quotes could not be written)
     */
    public CsvWriter(Writer out, CsvFormat format) {
        if (format.quote() == null) {
            throw new IllegalArgumentException("writing CSV needs a quote character");
        }
        this.out = out;
        this.delimiter = format.delimiter();
        this.quote = format.quote();
    }

    /** Writes the next value of the current record; null is written as an empty value that is never quoted. */
    public CsvWriter value(String value) throws IOException {
        if (!firstInRecord) {
            out.write(delimiter);
        }
        if (value == null) {
            firstInRecord = false;
            return this;
        }
        if (needsQuotes(value, firstInRecord)) {
            out.write(quote);
            int start = 0;
            for (int i = value.indexOf(quote); i >= 0; i = value.indexOf(quote, i + 1)) {
                out.write(value, start, i + 1 - start); // up to and with the quote, which is then written again
                start = i;
            }
            out.write(value, start, value.length() - start);
            out.write(quote);
        } else {
            out.write(value);
        }
        firstInRecord = false;
        return this;
    }

    /** Ends the current record (a line break). */
    public CsvWriter endRecord() throws IOException {
        out.write('\n');
        firstInRecord = true;
        return this;
    }

    /** Writes {@code values} as one record. */
    public CsvWriter record(Iterable<String> values) throws IOException {
        for (String value : values) {
            value(value);
        }
        return endRecord();
    }

    private boolean needsQuotes(String value, boolean first) {
        if (value.isEmpty()) {
            return first;
        }
        if (value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ') {
            return true;
        }
        return value.indexOf(quote) >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || value.contains(delimiter);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
