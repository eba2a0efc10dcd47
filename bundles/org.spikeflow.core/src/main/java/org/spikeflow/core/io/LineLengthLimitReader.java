package org.spikeflow.core.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails cleanly when a line is longer than a limit, instead of letting a line reader or CSV parser
 * collect an endless line (a file without line breaks, {@code /dev/zero}) until the heap is exhausted. The first line,
 * a header, has its own, usually smaller, limit. Lines end at {@code \n}, {@code \r} or {@code \r\n}.
 */
public final class LineLengthLimitReader extends FilterReader {
    /** The default limit of a header line: 1 Mi characters (tens of thousands of column names). */
    public static final int DEFAULT_HEADER_LIMIT = 1 << 20;
    /** The default limit of any other line: 16 Mi characters. */
    public static final int DEFAULT_LINE_LIMIT = 1 << 24;

    /** A line was longer than the limit; the message names the line (1-based) and the limit. */
    public static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        LineTooLongException(long line, long limit) {
            super("line " + line + " is longer than " + limit + " characters"
                    + (line == 1 ? " (is it a text file with line breaks?)" : ""));
            this.line = line;
        }

        /** The 1-based number of the line that is too long. */
        public long line() {
            return line;
        }
    }

    private final long headerLimit;
    private final long lineLimit;
    private long line;
    private long lineLength;
    private boolean afterCr;

    /** Limits the first line to {@code headerLimit} characters and every other line to {@code lineLimit}. */
    public LineLengthLimitReader(Reader in, long headerLimit, long lineLimit) {
        this(in, headerLimit, lineLimit, 1);
    }

    /**
     * Reads a part of a file that starts at line {@code firstLine} (1-based, as messages name it); line 1 has the
     * header limit.
     */
    public LineLengthLimitReader(Reader in, long headerLimit, long lineLimit, long firstLine) {
        super(in);
        this.headerLimit = headerLimit;
        this.lineLimit = lineLimit;
        this.line = firstLine;
    }

    /** With the default limits. */
    public LineLengthLimitReader(Reader in) {
        this(in, DEFAULT_HEADER_LIMIT, DEFAULT_LINE_LIMIT);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        int end = offset + n;
        int i = offset;
        while (i < end) {
            // Runs of characters above CR (nearly all text) are counted at once: this reader sees every character of
            // million-row files.
            int run = i;
            while (i < end && buffer[i] > '\r') {
                i++;
            }
            if (i > run) {
                afterCr = false;
                lineLength += i - run;
                long limit = line == 1 ? headerLimit : lineLimit;
                if (lineLength > limit) {
                    throw new LineTooLongException(line, limit);
                }
            }
            if (i < end) {
                count(buffer[i++]);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] buffer = new char[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would count characters twice
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark() is not supported");
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("reset() is not supported");
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            lineLength = 0;
            afterCr = false;
            return;
        }
        if (c == '\r') {
            line++;
            lineLength = 0;
            afterCr = true;
            return;
        }
        afterCr = false;
        long limit = line == 1 ? headerLimit : lineLimit;
        if (++lineLength > limit) {
            throw new LineTooLongException(line, limit);
        }
    }
}
