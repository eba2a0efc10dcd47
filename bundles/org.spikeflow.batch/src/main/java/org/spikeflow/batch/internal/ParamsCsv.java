package org.spikeflow.batch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spikeflow.core.io.LineLengthLimitReader;
import org.spikeflow.core.util.EchoedInput;

/**
 * Reads the neuron parameter table of {@code spikeflow simulate --params}: a comma-separated file whose header names
 * the columns a, b, c, d and I (case-sensitive, any order; optional v0 and u0; other columns such as {@code i} are
 * ignored), one neuron per row.
 *
 * <p>Made for millions of rows: a first pass counts the lines so that the value arrays are allocated once at their
 * final size, the second pass scans each line for field boundaries and parses only the needed fields, without
 * objects per cell. Fields may be quoted ({@code "0.02"}, {@code ""} for a quote); quoted fields may not span lines.
 * Blank lines are skipped. Numbers are parsed exactly as {@link Double#parseDouble} does (a fast path for up to
 * 2^53 with a power of ten up to 22 is exact, longer numbers go through {@code Double.parseDouble}).
 */
final class ParamsCsv {

    /** Required columns, in the order of the value slots. */
    static final List<String> REQUIRED = List.of("a", "b", "c", "d", "I");
    /** Optional columns (initial state). */
    static final List<String> OPTIONAL = List.of("v0", "u0");
    /** The longest line accepted, in characters: far more than any row of numbers needs. */
    static final int MAX_LINE = 1 << 20;

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

    private final Path file;
    private final String[] header;
    /** Header field index -> value slot (A..U0), or -1 for an ignored column. */
    private final int[] slotOfField;
    private final boolean hasV0;
    private final boolean hasU0;
    private final long maxRows;

    private ParamsCsv(Path file, String[] header, int[] slotOfField, boolean hasV0, boolean hasU0, long maxRows) {
        this.file = file;
        this.header = header;
        this.slotOfField = slotOfField;
        this.hasV0 = hasV0;
        this.hasU0 = hasU0;
        this.maxRows = maxRows;
    }

    /**
     * Reads and checks the header and counts the lines, without parsing the rows.
     *
     * @throws ParamsException if the file is missing, empty or its header lacks a required column
     */
    static ParamsCsv open(Path file) throws ParamsException, IOException {
        if (Files.isDirectory(file)) {
            throw new ParamsException(file + " is a folder, not a CSV file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a device such as /dev/zero never ends, and a pipe cannot be read twice (rows are counted first)
            throw new ParamsException(file + " is not a regular file (a device or a pipe); give a CSV file");
        }
        String headerLine;
        try (BufferedReader reader = reader(file)) {
            headerLine = reader.readLine();
        } catch (NoSuchFileException e) {
            throw new ParamsException(file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new ParamsException(file + ": permission denied");
        } catch (LineLengthLimitReader.LineTooLongException e) {
            throw new ParamsException(file + " " + e.getMessage());
        }
        if (headerLine != null && headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        if (headerLine == null || headerLine.isBlank()) {
            throw new ParamsException(file + " is empty: expected a header line naming the columns "
                    + String.join(", ", REQUIRED) + " (and optionally v0, u0), then one neuron per line");
        }
        String[] header = splitHeader(headerLine, file);
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
            StringBuilder message = new StringBuilder(file + " line 1: missing column" + (missing.size() > 1 ? "s " : " ")
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
        long lines = countLines(file);
        return new ParamsCsv(file, header, slotOfField, fieldOfSlot[V0] >= 0, fieldOfSlot[U0] >= 0,
                Math.max(0, lines - 1));
    }

    private static String quoteAll(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").reduce((x, y) -> x + ", " + y).orElse("(none)");
    }

    /** @return the number of data rows (non-blank lines after the header) */
    long maxRows() {
        return maxRows;
    }

    /** @return the number of value arrays the table will hold (5, 6 or 7) */
    int valueColumns() {
        return REQUIRED.size() + (hasV0 ? 1 : 0) + (hasU0 ? 1 : 0);
    }

    /** @return the column names found, for messages */
    List<String> header() {
        return List.of(header);
    }

    private static BufferedReader reader(Path file) throws IOException {
        // InputStreamReader replaces malformed bytes (they can only be in ignored columns or fail the number check);
        // lines are bounded, so a file without line breaks fails clearly instead of filling the heap
        return new BufferedReader(new LineLengthLimitReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8), MAX_LINE, MAX_LINE), 1 << 16);
    }

    /**
     * Counts the lines that are not blank, as {@link BufferedReader#readLine} splits them (at LF, CR or CRLF), so
     * that files with old Mac line endings are counted right and blank lines do not count as neurons.
     */
    static long countLines(Path file) throws IOException {
        long lines = 0;
        boolean content = false; // the current line has a character other than space or tab
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n' || b == '\r') {
                        if (content) {
                            lines++;
                        }
                        content = false;
                    } else if (b != ' ' && b != '\t') {
                        content = true;
                    }
                }
            }
        }
        return content ? lines + 1 : lines;
    }

    private static String[] splitHeader(String line, Path file) throws ParamsException {
        List<String> names = new ArrayList<>();
        FieldScanner scanner = new FieldScanner(line, 1, file);
        while (scanner.next()) {
            names.add(scanner.text().trim());
        }
        return names.toArray(new String[0]);
    }

    /**
     * Parses the rows.
     *
     * @throws ParamsException naming file, line and column of the first bad row
     */
    Table read() throws ParamsException, IOException {
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
        try (BufferedReader reader = reader(file)) {
            rows = readRows(reader, values, arrayOfField, capacity);
        } catch (LineLengthLimitReader.LineTooLongException e) {
            throw new ParamsException(file + " " + e.getMessage());
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

    /** Parses the data rows into {@code values}; @return how many rows there were */
    private int readRows(BufferedReader reader, double[][] values, int[] arrayOfField, int capacity)
            throws ParamsException, IOException {
        reader.readLine(); // header
        int rows = 0;
        String line;
        long lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (isBlank(line)) {
                continue;
            }
            if (rows >= capacity) { // the file grew since it was counted
                throw new ParamsException(file + " changed while it was being read");
            }
            FieldScanner scanner = new FieldScanner(line, lineNumber, file);
            int field = 0;
            while (scanner.next()) {
                if (field < arrayOfField.length && arrayOfField[field] >= 0) {
                    values[arrayOfField[field]][rows] = number(scanner, field, lineNumber);
                }
                field++;
            }
            if (field != header.length) {
                throw new ParamsException(file + " line " + lineNumber + ": " + field + " field"
                        + (field == 1 ? "" : "s") + " but the header has " + header.length + " columns");
            }
            rows++;
        }
        return rows;
    }

    /** @return the line number (1 = header) of data row {@code row}, by reading the file again; -1 if not found */
    long lineOfRow(long row) {
        try (BufferedReader reader = reader(file)) {
            reader.readLine();
            String line;
            long lineNumber = 1;
            long r = -1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!isBlank(line) && ++r == row) {
                    return lineNumber;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch != ' ' && ch != '\t' && ch != '\r') {
                return false;
            }
        }
        return true;
    }

    private double number(FieldScanner scanner, int field, long lineNumber) throws ParamsException {
        double value = parseDouble(scanner.line, scanner.start, scanner.end);
        if (Double.isFinite(value)) {
            return value;
        }
        String text = scanner.text().trim();
        String where = file + " line " + lineNumber + ", column '" + header[field] + "' (column " + (field + 1) + ")";
        if (text.isEmpty()) {
            throw new ParamsException(where + ": empty cell; every neuron needs a number here");
        }
        if (Double.isNaN(value)) {
            throw new ParamsException(where + ": '" + EchoedInput.shorten(text) + "' is not a number");
        }
        throw new ParamsException(where + ": '" + EchoedInput.shorten(text) + "' is not a finite number");
    }

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /**
     * Parses {@code [+-]digits[.digits][(e|E)[+-]digits]} (surrounding white space allowed) in {@code s[from, to)} to the
     * double that {@link Double#parseDouble} gives. Returns NaN if the text does not have that form (NaN, Infinity,
     * hexadecimal and type suffixes are rejected); ±Infinity if it overflows.
     */
    static double parseDouble(String s, int from, int to) {
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        int i = from;
        if (i == to) {
            return Double.NaN;
        }
        boolean negative = false;
        char ch = s.charAt(i);
        if (ch == '+' || ch == '-') {
            negative = ch == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0; // digits accumulated into mantissa (after leading zeros)
        int digits = 0; // all digits seen
        int scale = 0; // decimal exponent adjustment from the fraction
        boolean exact = true; // whether the mantissa holds all significant digits
        for (; i < to && (ch = s.charAt(i)) >= '0' && ch <= '9'; i++, digits++) {
            if (mantissa == 0 && ch == '0') {
                continue;
            }
            if (significant < 18) {
                mantissa = mantissa * 10 + (ch - '0');
                significant++;
            } else {
                exact = false;
                scale++;
            }
        }
        if (i < to && s.charAt(i) == '.') {
            i++;
            for (; i < to && (ch = s.charAt(i)) >= '0' && ch <= '9'; i++, digits++) {
                if (mantissa == 0 && ch == '0') {
                    scale--;
                    continue;
                }
                if (significant < 18) {
                    mantissa = mantissa * 10 + (ch - '0');
                    significant++;
                    scale--;
                } else {
                    exact = false;
                }
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < to && ((ch = s.charAt(i)) == 'e' || ch == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && ((ch = s.charAt(i)) == '+' || ch == '-')) {
                negativeExponent = ch == '-';
                i++;
            }
            int exponent = 0;
            int exponentDigits = 0;
            for (; i < to && (ch = s.charAt(i)) >= '0' && ch <= '9'; i++, exponentDigits++) {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (ch - '0');
                }
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (exact && mantissa <= (1L << 53) && scale >= -22 && scale <= 22) {
            // Clinger's fast path: both operands are exact doubles, so the one rounding is the correct one
            double value = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
            return negative ? -value : value;
        }
        return Double.parseDouble(s.substring(from, to));
    }

    /** Steps through the fields of one line: plain ({@code 0.02}) or quoted ({@code "0.02"}). */
    static final class FieldScanner {
        final String line;
        private final long lineNumber;
        private final Path file;
        private int pos;
        private boolean done;
        int start;
        int end;
        private boolean escapedQuotes;

        FieldScanner(String line, long lineNumber, Path file) {
            int length = line.length();
            this.line = length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line;
            this.lineNumber = lineNumber;
            this.file = file;
        }

        /** @return whether there is another field; its text is {@code line[start, end)} */
        boolean next() throws ParamsException {
            if (done) {
                return false;
            }
            int n = line.length();
            int p = pos;
            while (p < n && line.charAt(p) == ' ') {
                p++;
            }
            int after;
            escapedQuotes = false;
            if (p < n && line.charAt(p) == '"') {
                int q = p + 1;
                start = q;
                while (true) {
                    int close = line.indexOf('"', q);
                    if (close < 0) {
                        throw new ParamsException(file + " line " + lineNumber + ": a quoted field that starts at "
                                + "character " + (p + 1) + " has no closing quote (quoted fields cannot span lines)");
                    }
                    if (close + 1 < n && line.charAt(close + 1) == '"') {
                        escapedQuotes = true;
                        q = close + 2;
                        continue;
                    }
                    end = close;
                    q = close + 1;
                    break;
                }
                while (q < n && line.charAt(q) == ' ') {
                    q++;
                }
                if (q < n && line.charAt(q) != ',') {
                    throw new ParamsException(file + " line " + lineNumber + ": unexpected text after the quoted "
                            + "field at character " + (p + 1));
                }
                after = q;
            } else {
                int comma = line.indexOf(',', pos);
                start = pos;
                end = comma < 0 ? n : comma;
                after = end;
            }
            if (after >= n) {
                done = true;
            } else {
                pos = after + 1;
            }
            return true;
        }

        /** @return the current field's text (quotes removed) */
        String text() {
            String text = line.substring(start, end);
            return escapedQuotes ? text.replace("\"\"", "\"") : text;
        }
    }
}
