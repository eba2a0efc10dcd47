package org.spikeflow.core.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one way Spikeflow reads CSV files (the CSV Reader node, {@code spikeflow simulate --params}): Commons CSV over
 * UTF-8 text, a leading byte order mark skipped, lines bounded by {@link LineLengthLimitReader} (a file without line
 * breaks fails clearly instead of filling the heap), optional lines skipped before the first record, and every problem
 * reported as an {@link IOException} naming the file and the line: content that is not CSV as a
 * {@link MalformedCsvException}.
 *
 * <p>Large files can be read in parts by several threads ({@link #open(Path, CSVFormat, long, long, long, long)}): when
 * no record spans a line break (no quoted field holds one), each part starting at a line start is CSV of its own, read
 * by its own parser with the file's line numbers.
 */
public final class CsvRecords implements Closeable {
    private static final int BUFFER = 1 << 16;

    /** The file's content is not valid CSV (e.g. an unclosed quote, a line over the limit); the message says where. */
    public static final class MalformedCsvException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedCsvException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path file;
    /** Lines before the first record the parser sees: skipped lines, or the lines before a part of the file. */
    private final long linesBefore;
    private final CountingStream counting;
    private final BufferedReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvRecords(Path file, CSVFormat format, int skipLines, long headerLimit, long lineLimit, long from,
            long to, long linesBefore) throws IOException {
        this.file = file;
        this.linesBefore = skipLines + linesBefore;
        InputStream in = Files.newInputStream(file);
        try {
            skipBytes(in, from);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        this.counting = new CountingStream(in, to - from);
        try {
            this.reader = new BufferedReader(new LineLengthLimitReader(new InputStreamReader(counting,
                    StandardCharsets.UTF_8), headerLimit, lineLimit, linesBefore + 1), BUFFER);
            if (from == 0) {
                reader.mark(1);
                if (reader.read() != '\uFEFF') {
                    reader.reset();
                }
            }
            for (int i = 0; i < skipLines; i++) {
                if (reader.readLine() == null) {
                    break;
                }
            }
            this.parser = format.parse(reader);
            this.records = parser.iterator();
        } catch (LineLengthLimitReader.LineTooLongException e) {
            counting.close();
            throw new MalformedCsvException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            counting.close();
            throw e;
        }
    }

    /** Opens {@code file} with the default line limits of {@link LineLengthLimitReader}. */
    public static CsvRecords open(Path file, CSVFormat format, int skipLines) throws IOException {
        return open(file, format, skipLines, LineLengthLimitReader.DEFAULT_HEADER_LIMIT,
                LineLengthLimitReader.DEFAULT_LINE_LIMIT);
    }

    /** Opens {@code file}; the first line may have {@code headerLimit} characters, any other {@code lineLimit}. */
    public static CsvRecords open(Path file, CSVFormat format, int skipLines, long headerLimit, long lineLimit)
            throws IOException {
        return new CsvRecords(file, format, skipLines, headerLimit, lineLimit, 0, Long.MAX_VALUE, 0);
    }

    /**
     * Opens the bytes {@code [from, to)} of {@code file}, a part that starts at the start of a line and ends after a
     * line break (or at the end of the file), with {@code linesBefore} lines before it: {@link #line()} then counts as
     * in the whole file. Only for files in which no record spans a line break.
     */
    public static CsvRecords open(Path file, CSVFormat format, long from, long to, long linesBefore, long lineLimit)
            throws IOException {
        if (from < 0 || to < from || linesBefore < 0) {
            throw new IllegalArgumentException("part " + from + ".." + to + " after " + linesBefore + " lines");
        }
        return new CsvRecords(file, format, 0, from == 0 ? LineLengthLimitReader.DEFAULT_HEADER_LIMIT : lineLimit,
                lineLimit, from, to, linesBefore);
    }

    private static void skipBytes(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("the file is shorter than " + n + " bytes");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** @return the next record, or null at the end of the file */
    public CSVRecord next() throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LineLengthLimitReader.LineTooLongException tooLong) {
                throw new MalformedCsvException("Cannot read " + file + ": " + tooLong.getMessage(), tooLong);
            }
            if (!(e.getCause() instanceof CSVException)) {
                throw e.getCause(); // the disk, not the content
            }
            throw new MalformedCsvException(
                    "Cannot parse " + file + " near line " + line() + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (IllegalStateException e) { // thrown by some versions for malformed input
            throw new MalformedCsvException("Cannot parse " + file + " near line " + line() + ": " + e.getMessage(),
                    e);
        }
    }

    /** @return the 1-based line in the file where the last record returned ends (skipped lines included) */
    public long line() {
        return parser.getCurrentLineNumber() + linesBefore;
    }

    /** @return the bytes read from the file (or the part) so far, for progress */
    public long bytesRead() {
        return counting.count;
    }

    /** @return the file being read */
    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts the bytes read, for progress reports, and ends after {@code limit} bytes (a part of a file). */
    private static final class CountingStream extends FilterInputStream {
        private long count;
        private long left;

        CountingStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                count++;
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return length == 0 ? 0 : -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                count += n;
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
