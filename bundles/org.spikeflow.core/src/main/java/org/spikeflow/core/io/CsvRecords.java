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
import java.util.Arrays;
import java.util.Iterator;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * The one way Spikeflow reads CSV files (the CSV Reader node, {@code spikeflow simulate --params}): UTF-8 text in a
 * {@link CsvFormat}, a leading byte order mark skipped, empty lines skipped, lines bounded by
 * {@link LineLengthLimitReader} (a file without line breaks fails clearly instead of filling the heap), optional lines
 * skipped before the first record, and every problem reported as an {@link IOException} naming the file and the line:
 * content that is not CSV as a {@link MalformedCsvException}. Records may differ in their number of values; callers
 * check that with the line at hand.
 *
 * <p>Large files can be read in parts by several threads ({@link #open(Path, CsvFormat, long, long, long, long)}): when
 * no record spans a line break (no quoted value holds one), each part starting at a line start is CSV of its own, read
 * by its own parser with the file's line numbers.
 *
 * <p>The parser is FastCSV's; this class is the only one that knows it.
 */
public final class CsvRecords implements Closeable {
    private static final int BUFFER = 1 << 16;
    /** FastCSV always has a quote character: "none" is U+FFFF, a noncharacter that Unicode keeps out of text. */
    private static final char NO_QUOTE = '\uFFFF';
    /** FastCSV wants a comment character distinct from delimiter and quote even when comments are off. */
    private static final char NO_COMMENT = '\uFFFE';
    /** How FastCSV's message starts when the input ends inside a quoted value. */
    private static final String UNCLOSED_QUOTE = "Unclosed quoted field";
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
    private final RowHandler handler;
    private final CsvReader<CsvRow> parser;
    private final Iterator<CsvRow> rows;
    private long line;

    private CsvRecords(Path file, CsvFormat format, int skipLines, long headerLimit, long lineLimit, long from,
            long to, long linesBefore) throws IOException {
        this.file = file;
        this.linesBefore = skipLines + linesBefore;
        this.line = this.linesBefore;
        InputStream in = Files.newInputStream(file);
        try {
            skipBytes(in, from);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        this.counting = new CountingStream(in, to - from);
        try {
            BufferedReader reader = new BufferedReader(new LineLengthLimitReader(new InputStreamReader(counting,
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
            this.handler = new RowHandler(this.linesBefore);
            this.parser = builder(format).build(handler, reader);
            this.rows = parser.iterator();
        } catch (LineLengthLimitReader.LineTooLongException e) {
            counting.close();
            throw new MalformedCsvException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            counting.close();
            throw e;
        }
    }

    private static CsvReader.CsvReaderBuilder builder(CsvFormat format) {
        char quote = format.quote() != null ? format.quote() : NO_QUOTE;
        return CsvReader.builder()
                .fieldSeparator(format.delimiter())
                .quoteCharacter(quote)
                .commentStrategy(format.commentMarker() != null ? CommentStrategy.SKIP : CommentStrategy.NONE)
                .commentCharacter(format.commentMarker() != null ? format.commentMarker() : NO_COMMENT)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .trimWhitespacesAroundQuotes(format.spacesAroundQuotesIgnored())
                // values are bounded by the line limits, not by the parser's buffer
                .maxBufferSize(Integer.MAX_VALUE - 8);
    }

    /** Opens {@code file} with the default line limits of {@link LineLengthLimitReader}. */
    public static CsvRecords open(Path file, CsvFormat format, int skipLines) throws IOException {
        return open(file, format, skipLines, LineLengthLimitReader.DEFAULT_HEADER_LIMIT,
                LineLengthLimitReader.DEFAULT_LINE_LIMIT);
    }

    /** Opens {@code file}; the first line may have {@code headerLimit} characters, any other {@code lineLimit}. */
    public static CsvRecords open(Path file, CsvFormat format, int skipLines, long headerLimit, long lineLimit)
            throws IOException {
        return new CsvRecords(file, format, skipLines, headerLimit, lineLimit, 0, Long.MAX_VALUE, 0);
    }

    /**
     * Opens the bytes {@code [from, to)} of {@code file}, a part that starts at the start of a line and ends after a
     * line break (or at the end of the file), with {@code linesBefore} lines before it: {@link #line()} then counts as
     * in the whole file. Only for files in which no record spans a line break.
     */
    public static CsvRecords open(Path file, CsvFormat format, long from, long to, long linesBefore, long lineLimit)
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
    public CsvRow next() throws IOException {
        CsvRow row;
        try {
            row = rows.hasNext() ? rows.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LineLengthLimitReader.LineTooLongException tooLong) {
                throw new MalformedCsvException("Cannot read " + file + ": " + tooLong.getMessage(), tooLong);
            }
            throw e.getCause(); // the disk, not the content
        } catch (CsvParseException e) {
            String problem = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            if (problem != null && problem.startsWith(UNCLOSED_QUOTE)) {
                // FastCSV's message counts lines from where it started reading: skipped lines and parts not included
                problem = "a quoted value of the record that starts on this line is not closed before the end of the"
                        + " file";
            }
            throw new MalformedCsvException(
                    "Cannot parse " + file + " near line " + handler.firstLine + ": " + problem, e);
        }
        if (row == null) {
            return null;
        }
        line = row.lastLine();
        return row;
    }

    /** @return the 1-based line in the file where the last record returned ends (skipped lines included) */
    public long line() {
        return line;
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

    /** Collects the values of each record into a {@link CsvRow}, with the lines it spans in the file. */
    private static final class RowHandler extends CsvCallbackHandler<CsvRow> {
        private final long linesBefore;
        private String[] values = new String[16];
        private int count;
        private long firstLine;
        /** Line breaks inside the quoted values of the record: the lines it spans after its first. */
        private long breaks;
        private RecordType type = RecordType.DATA;

        RowHandler(long linesBefore) {
            this.linesBefore = linesBefore;
        }

        @Override
        protected RecordType getRecordType() {
            return type;
        }

        @Override
        protected int getFieldCount() {
            return count;
        }

        @Override
        protected void beginRecord(long startingLineNumber) {
            firstLine = startingLineNumber + linesBefore;
            count = 0;
            breaks = 0;
            type = RecordType.DATA;
        }

        @Override
        protected void addField(char[] buffer, int offset, int length, boolean quoted) {
            if (count == values.length) {
                values = Arrays.copyOf(values, 2 * count);
            }
            if (quoted) {
                breaks += lineBreaks(buffer, offset, offset + length);
            }
            values[count++] = new String(buffer, offset, length);
        }

        /** @return the line breaks in {@code buffer[from, to)}: LF, CR, or CR LF as one */
        private static int lineBreaks(char[] buffer, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (buffer[i] == '\r' || buffer[i] == '\n' && (i == from || buffer[i - 1] != '\r')) {
                    n++;
                }
            }
            return n;
        }

        @Override
        protected void setComment(char[] buffer, int offset, int length) {
            type = RecordType.COMMENT;
        }

        @Override
        protected void setEmpty() {
            type = RecordType.EMPTY;
        }

        @Override
        protected CsvRow buildRecord() {
            return type == RecordType.DATA
                    ? new CsvRow(Arrays.copyOf(values, count), firstLine, firstLine + breaks)
                    : null;
        }
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
