package org.spikeflow.base.internal.io.csvreader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spikeflow.base.internal.CellValues;
import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.io.CsvFormat;
import org.spikeflow.core.io.CsvRecords;
import org.spikeflow.core.io.CsvRow;
import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionMonitor;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * Reads a CSV file into a table in two passes: the first infers each column's type from all its values, the second
 * parses the values straight into primitive column builders, so that millions of rows cost no boxed cells.
 */
final class CsvTableReader {
    private static final int CANCEL_CHECK_INTERVAL = 4096;

    private final Path file;
    private final CsvReadOptions options;
    private final CsvFormat format;

    CsvTableReader(Path file, CsvReadOptions options) throws InvalidSettingsException {
        this.file = file;
        this.options = options;
        this.format = options.format();
    }

    /** Receives the records of one pass; {@code line} is the record's last line, 1-based, counted in the file. */
    @FunctionalInterface
    private interface RecordHandler {
        void handle(CsvRow record, long line) throws IOException;
    }

    /** Infers the column names and types (first pass). */
    DataTableSpec inferSpec(ExecutionMonitor monitor, double progressFrom, double progressTo)
            throws IOException, CanceledExecutionException, InvalidSettingsException {
        String[][] header = new String[1][];
        List<TypeGuess> guesses = new ArrayList<>();
        pass(monitor, progressFrom, progressTo, (record, line) -> {
            if (header[0] == null) {
                header[0] = columnNames(record, line);
                for (int i = 0; i < header[0].length; i++) {
                    guesses.add(new TypeGuess());
                }
                if (options.hasHeader()) {
                    return;
                }
            }
            checkWidth(record, header[0].length, line);
            for (int c = 0; c < guesses.size(); c++) {
                guesses.get(c).observe(record.get(c));
            }
        });
        if (header[0] == null) {
            throw new IOException(
                    "File " + file + " is empty" + (options.hasHeader() ? "; expected a header line" : ""));
        }
        Map<String, DataType> forced = new HashMap<>(options.forcedTypes());
        List<DataColumnSpec> columns = new ArrayList<>();
        for (int c = 0; c < header[0].length; c++) {
            DataType type = forced.remove(header[0][c]);
            columns.add(new DataColumnSpec(header[0][c], type != null ? type : guesses.get(c).type()));
        }
        if (!forced.isEmpty()) {
            throw new InvalidSettingsException("Setting 'columnTypes' names column" + (forced.size() > 1 ? "s " : " ")
                    + forced.keySet() + ", which " + (forced.size() > 1 ? "are" : "is") + " not in " + file
                    + "; its columns are " + String.join(", ", header[0]));
        }
        return new DataTableSpec(columns);
    }

    /** Reads the values into a table of the given spec (second pass). */
    DataTable read(DataTableSpec spec, ExecutionMonitor monitor, double progressFrom, double progressTo)
            throws IOException, CanceledExecutionException {
        int width = spec.getNumColumns();
        long size = Files.size(file);
        // A rough row estimate (about 16 bytes a value) avoids most array regrowth without over-allocating much.
        int expectedRows = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, size / Math.max(1, 16L * width)));
        ColumnBuilder[] builders = new ColumnBuilder[width];
        CellAppender[] appenders = new CellAppender[width];
        for (int c = 0; c < width; c++) {
            builders[c] = Column.builder(spec.getColumnSpec(c).type(), expectedRows);
            appenders[c] = appender(builders[c]);
        }
        boolean[] headerSeen = {!options.hasHeader()};
        pass(monitor, progressFrom, progressTo, (record, line) -> {
            if (!headerSeen[0]) {
                headerSeen[0] = true;
                return;
            }
            checkWidth(record, width, line);
            for (int c = 0; c < width; c++) {
                String text = record.get(c);
                try {
                    appenders[c].append(text);
                } catch (IllegalArgumentException e) {
                    throw new IOException("Line " + line + " of " + file + ", column '" + spec.getColumnSpec(c).name()
                            + "': '" + org.spikeflow.core.util.EchoedInput.shorten(text) + "' is not "
                            + CellValues.article(spec.getColumnSpec(c).type())
                            + (options.forcedTypes().containsKey(spec.getColumnSpec(c).name())
                                    ? " (type forced by setting 'columnTypes')"
                                    : ""));
                }
            }
        });
        List<Column> columns = new ArrayList<>(width);
        for (ColumnBuilder builder : builders) {
            columns.add(builder.build());
        }
        return new DataTable(spec, columns);
    }

    /** Parses one cell into one column builder; empty (or, for numbers, blank) text is a missing value. */
    @FunctionalInterface
    private interface CellAppender {
        void append(String text);
    }

    private static CellAppender appender(ColumnBuilder builder) {
        return switch (builder.type()) {
            case DOUBLE -> {
                DoubleColumn.Builder b = (DoubleColumn.Builder) builder;
                yield blankIsMissing(b, text -> b.append(CellValues.parseDouble(text)));
            }
            case INT -> {
                IntColumn.Builder b = (IntColumn.Builder) builder;
                yield blankIsMissing(b, text -> b.append(CellValues.parseInt(text)));
            }
            case LONG -> {
                LongColumn.Builder b = (LongColumn.Builder) builder;
                yield blankIsMissing(b, text -> b.append(CellValues.parseLong(text)));
            }
            case BOOLEAN -> {
                BooleanColumn.Builder b = (BooleanColumn.Builder) builder;
                yield blankIsMissing(b, text -> b.append(CellValues.parseBoolean(text)));
            }
            case STRING -> {
                StringColumn.Builder b = (StringColumn.Builder) builder;
                yield text -> b.append(text.isEmpty() ? null : text);
            }
        };
    }

    /** A blank cell is a missing value; any other goes to {@code present}. */
    private static CellAppender blankIsMissing(ColumnBuilder builder, CellAppender present) {
        return text -> {
            if (text.isBlank()) {
                builder.appendMissing();
            } else {
                present.append(text);
            }
        };
    }

    private String[] columnNames(CsvRow first, long line) throws IOException {
        String[] names = new String[first.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < names.length; c++) {
            String name = options.hasHeader() ? first.get(c) : "";
            if (name.isEmpty()) {
                name = "Column " + (c + 1);
            }
            Integer previous = seen.put(name, c);
            if (previous != null) {
                throw new IOException("Column name '" + name + "' appears twice in the header (line " + line + ") of "
                        + file + ": columns " + (previous + 1) + " and " + (c + 1));
            }
            names[c] = name;
        }
        return names;
    }

    private void checkWidth(CsvRow record, int width, long line) throws IOException {
        if (record.size() != width) {
            throw new IOException("Line " + line + " of " + file + " has " + record.size() + " value"
                    + (record.size() == 1 ? "" : "s") + " but the " + (options.hasHeader() ? "header" : "first line")
                    + " has " + width + " columns");
        }
    }

    /** Runs through the file's records, reporting progress by bytes read and checking for cancel. */
    private void pass(ExecutionMonitor monitor, double progressFrom, double progressTo, RecordHandler handler)
            throws IOException, CanceledExecutionException {
        long size = Math.max(1, Files.size(file));
        try (CsvRecords records = CsvRecords.open(file, format, options.skipLines())) {
            long count = 0;
            CsvRow record;
            while ((record = records.next()) != null) {
                handler.handle(record, records.line());
                if (++count % CANCEL_CHECK_INTERVAL == 0 && monitor != null) {
                    monitor.checkCanceled();
                    monitor.setProgress(progressFrom + (progressTo - progressFrom)
                            * Math.min(1.0, (double) records.bytesRead() / size),
                            "Reading " + file.getFileName() + ": " + count + " rows");
                }
            }
        }
    }

    /** The most specific type all non-empty values of a column fit: int, long, double, boolean, else string. */
    private static final class TypeGuess {
        private boolean seenValue;
        private boolean canInt = true;
        private boolean canLong = true;
        private boolean canDouble = true;
        private boolean canBoolean = true;

        void observe(String text) {
            if (text.isBlank()) {
                return; // missing: says nothing about the type
            }
            seenValue = true;
            // Each failed parse rules a type out for good, so a column throws at most a few exceptions.
            if (canLong) {
                try {
                    long value = CellValues.parseLong(text);
                    canInt &= value == (int) value;
                } catch (NumberFormatException e) {
                    canInt = false;
                    canLong = false;
                }
            }
            if (!canLong && canDouble) {
                try {
                    CellValues.parseDouble(text);
                } catch (NumberFormatException e) {
                    canDouble = false;
                }
            }
            if (canBoolean && !CellValues.isBoolean(text)) {
                canBoolean = false;
            }
        }

        DataType type() {
            if (!seenValue) {
                return DataType.STRING;
            }
            if (canInt) {
                return DataType.INT;
            }
            if (canLong) {
                return DataType.LONG;
            }
            if (canDouble) {
                return DataType.DOUBLE;
            }
            return canBoolean ? DataType.BOOLEAN : DataType.STRING;
        }
    }
}
