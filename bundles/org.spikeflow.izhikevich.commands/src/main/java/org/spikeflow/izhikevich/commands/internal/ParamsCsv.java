package org.spikeflow.izhikevich.commands.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.spikeflow.core.io.CsvFormat;
import org.spikeflow.core.io.CsvRecords;
import org.spikeflow.core.io.CsvRow;
import org.spikeflow.core.util.DecimalParser;
import org.spikeflow.core.util.EchoedInput;

/**
 * Reads the neuron parameter table of {@code spikeflow simulate --params}: a comma-separated file whose header names
 * the columns a, b, c, d and I (case-sensitive, any order; optional v0 and u0; other columns such as {@code i} are
 * ignored), one neuron per row.
 *
 * <p>Made for millions of rows: a first pass over the bytes counts the lines, so that the value arrays are allocated
 * once at their final size, and cuts the file into parts at line breaks; the second reads the records with
 * {@link CsvRecords} (as the CSV Reader node) and parses only the needed fields with {@link DecimalParser}, each part
 * on its own thread straight into its rows of the arrays. A file with a quote character (a quoted field may hold a line
 * break) is read in one part. Fields may be quoted ({@code "0.02"}, {@code ""} for a quote). Blank lines are skipped.
 * Numbers are parsed exactly as {@link Double#parseDouble} does.
 */
final class ParamsCsv {

    /** Required columns, in the order of the value slots. */
    static final List<String> REQUIRED = List.of("a", "b", "c", "d", "I");
    /** Optional columns (initial state). */
    static final List<String> OPTIONAL = List.of("v0", "u0");
    /** The longest line accepted, in characters: far more than any row of numbers needs. */
    static final int MAX_LINE = 1 << 20;
    /** Parts smaller than this are not worth a thread of their own. */
    static final long MIN_PART_BYTES = 1 << 20;
    /** Comma-separated, optionally quoted, spaces around quoted fields ignored, empty lines skipped. */
    private static final CsvFormat QUOTED = new CsvFormat(",", '"', null, true);
    /**
     * The same for a file without quote characters, where there is nothing to ignore around quotes: the parser then
     * takes its faster path (spaces around numbers are ignored by the number parser, around names by trimming).
     */
    private static final CsvFormat UNQUOTED = CsvFormat.DEFAULT;

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int I = 4;
    private static final int V0 = 5;
    private static final int U0 = 6;

    /** Bad content: the message says what and where (file, line, column). */
    static final class ParamsException extends Exception {
        private static final long serialVersionUID = 1L;

        ParamsException(String message) {
            super(message);
        }
    }

    /** The parsed table: one value per neuron (row index from 0); v0 and u0 are null when the columns are absent. */
    record Table(int rows, double[] a, double[] b, double[] c, double[] d, double[] current, double[] v0,
            double[] u0) {
    }

    /**
     * Where the lines of the file are, from one pass over its bytes.
     *
     * @param lines
     *            the lines that are not blank (the header included)
     * @param quoted
     *            whether the file has a quote character (a record may then span lines: no parts)
     * @param partStarts
     *            byte offsets where a line starts, in order, with the file's first line at offset 0
     * @param linesBefore
     *            for each part start, the lines before it (as line readers count them)
     * @param contentBefore
     *            for each part start, the lines before it that are not blank
     */
    record Layout(long lines, boolean quoted, long[] partStarts, long[] linesBefore, long[] contentBefore) {
    }

    private final Path file;
    private final String[] header;
    /** Header field index -> value slot (A..U0), or -1 for an ignored column. */
    private final int[] slotOfField;
    private final boolean hasV0;
    private final boolean hasU0;
    private final long maxRows;
    private final Layout layout;

    private ParamsCsv(Path file, String[] header, int[] slotOfField, boolean hasV0, boolean hasU0, Layout layout) {
        this.file = file;
        this.header = header;
        this.slotOfField = slotOfField;
        this.hasV0 = hasV0;
        this.hasU0 = hasU0;
        this.maxRows = Math.max(0, layout.lines() - 1);
        this.layout = layout;
    }

    /**
     * Reads and checks the header and counts the lines, without parsing the rows.
     *
     * @throws ParamsException
     *             if the file is missing, empty or its header lacks a required column
     */
    static ParamsCsv open(Path file) throws ParamsException, IOException {
        if (Files.isDirectory(file)) {
            throw new ParamsException(file + " is a folder, not a CSV file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a device such as /dev/zero never ends, and a pipe cannot be read twice (rows are counted first)
            throw new ParamsException(file + " is not a regular file (a device or a pipe); give a CSV file");
        }
        CsvRow headerRecord;
        try (CsvRecords records = records(file)) {
            headerRecord = nextNonBlank(records);
        } catch (NoSuchFileException e) {
            throw new ParamsException(file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new ParamsException(file + ": permission denied");
        } catch (CsvRecords.MalformedCsvException e) {
            throw new ParamsException(e.getMessage());
        }
        if (headerRecord == null) {
            throw new ParamsException(file + " is empty: expected a header line naming the columns "
                    + String.join(", ", REQUIRED) + " (and optionally v0, u0), then one neuron per line");
        }
        String[] header = headerRecord.values().stream().map(String::trim).toArray(String[]::new);
        int[] slotOfField = new int[header.length];
        Arrays.fill(slotOfField, -1);
        List<String> all = new ArrayList<>(REQUIRED);
        all.addAll(OPTIONAL);
        int[] fieldOfSlot = new int[all.size()];
        Arrays.fill(fieldOfSlot, -1);
        for (int f = 0; f < header.length; f++) {
            int slot = all.indexOf(header[f]);
            if (slot < 0) {
                continue;
            }
            if (fieldOfSlot[slot] >= 0) {
                throw new ParamsException(file + " line 1: column '" + header[f] + "' appears twice (columns "
                        + (fieldOfSlot[slot] + 1) + " and " + (f + 1) + ")");
            }
            fieldOfSlot[slot] = f;
            slotOfField[f] = slot;
        }
        List<String> missing = new ArrayList<>();
        for (int s = 0; s < REQUIRED.size(); s++) {
            if (fieldOfSlot[s] < 0) {
                missing.add(REQUIRED.get(s));
            }
        }
        if (!missing.isEmpty()) {
            StringBuilder message = new StringBuilder(
                    file + " line 1: missing column" + (missing.size() > 1 ? "s " : " ")
                            + quoteAll(missing) + "; the header must name the columns a, b, c, d and I (any order), "
                            + "but it has " + quoteAll(Arrays.asList(header)));
            List<String> caseOnly = new ArrayList<>();
            for (String name : missing) {
                for (String h : header) {
                    if (h.equalsIgnoreCase(name)) {
                        caseOnly.add("'" + h + "' is not '" + name + "'");
                    }
                }
            }
            if (!caseOnly.isEmpty()) {
                message.append(". Column names are case-sensitive: ").append(String.join(", ", caseOnly))
                        .append(" (I is the input current; a column i, such as a row index, is ignored)");
            }
            throw new ParamsException(message.toString());
        }
        return new ParamsCsv(file, header, slotOfField, fieldOfSlot[V0] >= 0, fieldOfSlot[U0] >= 0, layout(file));
    }

    private static String quoteAll(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").reduce((x, y) -> x + ", " + y).orElse("(none)");
    }

    /** @return the number of data rows (non-blank lines after the header) */
    long maxRows() {
        return maxRows;
    }

    /** @return where the lines and parts of the file are */
    Layout layout() {
        return layout;
    }

    /** @return the number of value arrays the table will hold (5, 6 or 7) */
    int valueColumns() {
        return REQUIRED.size() + (hasV0 ? 1 : 0) + (hasU0 ? 1 : 0);
    }

    /** @return the column names found, for messages */
    List<String> header() {
        return List.of(header);
    }

    private static CsvRecords records(Path file) throws IOException {
        // lines are bounded, so a file without line breaks fails clearly instead of filling the heap
        return CsvRecords.open(file, QUOTED, 0, MAX_LINE, MAX_LINE);
    }

    /** @return the next record that is not a blank line, null at the end */
    private static CsvRow nextNonBlank(CsvRecords records) throws IOException {
        CsvRow record;
        do {
            record = records.next();
        } while (record != null && record.size() == 1 && record.get(0).isBlank());
        return record;
    }

    /** @return the number of lines that are not blank, as line readers split them (at LF, CR or CRLF) */
    static long countLines(Path file) throws IOException {
        return layout(file).lines();
    }

    /**
     * One pass over the bytes: counts the lines that are not blank, as line readers split them (at LF, CR or CRLF), so
     * that files with old Mac line endings are counted right and blank lines do not count as neurons, and notes where
     * parts of about {@link #MIN_PART_BYTES} start (after a line feed that follows the header line).
     */
    static Layout layout(Path file) throws IOException {
        long size = Files.size(file);
        int maxParts = (int) Math.max(1, Math.min(4096, size / MIN_PART_BYTES));
        long[] starts = new long[maxParts];
        long[] linesBefore = new long[maxParts];
        long[] contentBefore = new long[maxParts];
        int parts = 1; // part 0 starts at 0 with nothing before it
        long nextCut = MIN_PART_BYTES;
        long lines = 0; // lines with content, ended
        long breaks = 0; // line breaks: LF, CR not followed by LF
        boolean content = false; // the current line has a character other than space or tab
        boolean quoted = false;
        boolean afterCr = false;
        long position = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++, position++) {
                    byte b = buffer[i];
                    if (b > '"' || b < 0) {
                        // digits, separators, letters, any byte of a multi-byte character: content, nothing else
                        content = true;
                        afterCr = false;
                    } else if (b == '\n') {
                        if (content) {
                            lines++;
                        }
                        if (!afterCr) {
                            breaks++;
                        }
                        content = false;
                        afterCr = false;
                        if (position + 1 >= nextCut && lines > 0 && parts < maxParts) {
                            starts[parts] = position + 1;
                            linesBefore[parts] = breaks;
                            contentBefore[parts] = lines;
                            parts++;
                            nextCut = position + 1 + MIN_PART_BYTES;
                        }
                    } else if (b == '\r') {
                        if (content) {
                            lines++;
                        }
                        breaks++;
                        content = false;
                        afterCr = true;
                    } else {
                        afterCr = false;
                        if (b == '"') {
                            quoted = true;
                        }
                        if (b != ' ' && b != '\t') {
                            content = true;
                        }
                    }
                }
            }
        }
        return new Layout(content ? lines + 1 : lines, quoted, Arrays.copyOf(starts, parts),
                Arrays.copyOf(linesBefore, parts), Arrays.copyOf(contentBefore, parts));
    }

    /** Parses the rows on one thread. */
    Table read() throws ParamsException, IOException {
        return read(1);
    }

    /**
     * Parses the rows, in parts on up to {@code threads} threads when the file allows it (see the class comment); the
     * result does not depend on the number of threads.
     *
     * @throws ParamsException
     *             naming file, line and column of the first bad row
     */
    Table read(int threads) throws ParamsException, IOException {
        if (maxRows > Integer.MAX_VALUE - 8) {
            throw new ParamsException(file + " has " + maxRows + " lines; at most " + (Integer.MAX_VALUE - 8)
                    + " neurons fit into one run");
        }
        int capacity = (int) maxRows;
        double[][] values = new double[valueColumns()][];
        for (int s = 0; s < values.length; s++) {
            values[s] = new double[capacity];
        }
        // slots V0/U0 map to array indexes 5/6 or 5 when only one of them exists
        int[] arrayOfSlot = {0, 1, 2, 3, 4, hasV0 ? 5 : -1, hasU0 ? (hasV0 ? 6 : 5) : -1};
        int[] arrayOfField = new int[slotOfField.length];
        for (int f = 0; f < slotOfField.length; f++) {
            arrayOfField[f] = slotOfField[f] < 0 ? -1 : arrayOfSlot[slotOfField[f]];
        }
        int rows;
        if (threads <= 1 || layout.quoted() || layout.partStarts().length == 1) {
            rows = readPart(values, arrayOfField, 0, capacity, 0, Long.MAX_VALUE, 0, true);
        } else {
            rows = readParts(values, arrayOfField, capacity, threads);
        }
        if (rows == 0) {
            throw new ParamsException(file + " has a header but no rows: expected one neuron per line");
        }
        if (rows < capacity) {
            for (int s = 0; s < values.length; s++) {
                values[s] = Arrays.copyOf(values[s], rows);
            }
        }
        return new Table(rows, values[A], values[B], values[C], values[D], values[I], hasV0 ? values[5] : null,
                hasU0 ? values[hasV0 ? 6 : 5] : null);
    }

    /** Reads the parts of {@link #layout} in parallel; each fills its own rows. @return the rows read */
    private int readParts(double[][] values, int[] arrayOfField, int capacity, int threads)
            throws ParamsException, IOException {
        long[] starts = layout.partStarts();
        int parts = starts.length;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, parts), task -> {
            Thread thread = new Thread(task, "spikeflow-params-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Integer>> results = new ArrayList<>(parts);
            for (int p = 0; p < parts; p++) {
                int part = p;
                // data rows before the part: its lines with content before it, less the header
                int firstRow = (int) (part == 0 ? 0 : layout.contentBefore()[part] - 1);
                int lastRow = part + 1 < parts ? (int) (layout.contentBefore()[part + 1] - 1) : capacity;
                long to = part + 1 < parts ? starts[part + 1] : Long.MAX_VALUE;
                results.add(pool.submit(() -> readPart(values, arrayOfField, firstRow, lastRow, starts[part], to,
                        layout.linesBefore()[part], part == 0)));
            }
            int rows = 0;
            for (int p = 0; p < parts; p++) { // the first problem in the file is reported
                int read;
                try {
                    read = results.get(p).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while reading " + file);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof ParamsException params) {
                        throw new ParamsException(params.getMessage());
                    }
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
                int expected = (p + 1 < parts ? (int) (layout.contentBefore()[p + 1] - 1) : capacity)
                        - (p == 0 ? 0 : (int) (layout.contentBefore()[p] - 1));
                if (read != expected && p + 1 < parts) {
                    throw new ParamsException(file + " changed while it was being read");
                }
                rows += read;
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Parses the data rows of the bytes {@code [from, to)}, with {@code linesBefore} lines before them, into rows
     * {@code firstRow} to {@code lastRow} (exclusive) of {@code values}; the header is the first record when
     * {@code withHeader}. @return how many rows there were
     */
    private int readPart(double[][] values, int[] arrayOfField, int firstRow, int lastRow, long from, long to,
            long linesBefore, boolean withHeader) throws ParamsException, IOException {
        CsvFormat format = layout.quoted() ? QUOTED : UNQUOTED;
        try (CsvRecords records = from == 0 && to == Long.MAX_VALUE
                ? CsvRecords.open(file, format, 0, MAX_LINE, MAX_LINE)
                : CsvRecords.open(file, format, from, to, linesBefore, MAX_LINE)) {
            if (withHeader) {
                nextNonBlank(records);
            }
            int row = firstRow;
            CsvRow record;
            while ((record = nextNonBlank(records)) != null) {
                long lineNumber = records.line();
                if (row >= lastRow) { // the file grew since it was counted
                    throw new ParamsException(file + " changed while it was being read");
                }
                int fields = record.size();
                if (fields != header.length) {
                    throw new ParamsException(file + " line " + lineNumber + ": " + fields + " field"
                            + (fields == 1 ? "" : "s") + " but the header has " + header.length + " columns");
                }
                for (int field = 0; field < fields; field++) {
                    if (arrayOfField[field] >= 0) {
                        values[arrayOfField[field]][row] = number(record.get(field), field, lineNumber);
                    }
                }
                row++;
            }
            return row - firstRow;
        } catch (CsvRecords.MalformedCsvException e) {
            throw new ParamsException(e.getMessage());
        }
    }

    /** @return the line number (1 = header) of data row {@code row}, by reading the file again; -1 if not found */
    long lineOfRow(long row) {
        try (CsvRecords records = records(file)) {
            nextNonBlank(records);
            long r = -1;
            while (nextNonBlank(records) != null) {
                if (++r == row) {
                    return records.line();
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private double number(String cell, int field, long lineNumber) throws ParamsException {
        double value = DecimalParser.parse(cell);
        if (Double.isFinite(value)) {
            return value;
        }
        String text = cell.trim();
        String where = file + " line " + lineNumber + ", column '" + header[field] + "' (column " + (field + 1) + ")";
        if (text.isEmpty()) {
            throw new ParamsException(where + ": empty cell; every neuron needs a number here");
        }
        if (Double.isNaN(value)) {
            throw new ParamsException(where + ": '" + EchoedInput.shorten(text) + "' is not a number");
        }
        throw new ParamsException(where + ": '" + EchoedInput.shorten(text) + "' is not a finite number");
    }
}
