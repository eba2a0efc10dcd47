package org.spikeflow.nodes.spark.internal.common;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.spark.SparkResult;

/**
 * Tables to and from the CSV dialect of Spark's CSV source and sink: a header row, strings in double quotes with
 * backslash escapes (Spark's default escape character), missing cells empty, doubles as Double.toString.
 */
public final class SparkCsv {
    private SparkCsv() {
    }

    public static void write(DataTable table, Path file) throws IOException {
        AtomicFiles.write(file, stream -> {
            BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
            List<String> names = table.getSpec().columnNames();
            for (int c = 0; c < names.size(); c++) {
                out.write((c > 0 ? "," : "") + quote(names.get(c)));
            }
            out.write('\n');
            for (int row = 0; row < table.getRowCount(); row++) {
                for (int c = 0; c < table.getColumnCount(); c++) {
                    Column column = table.getColumn(c);
                    if (c > 0) {
                        out.write(',');
                    }
                    if (!column.isMissing(row)) {
                        out.write(column.type() == DataType.STRING ? quote(column.format(row)) : column.format(row));
                    }
                }
                out.write('\n');
            }
            out.flush();
        });
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Reads the CSV file a job wrote, typed by the columns the driver reported. */
    public static DataTable read(Path file, List<SparkResult.SparkColumn> columns) throws IOException {
        List<DataColumnSpec> specs = new ArrayList<>();
        List<ColumnBuilder> builders = new ArrayList<>();
        for (SparkResult.SparkColumn column : columns) {
            DataType type = switch (column.type()) {
                case "integer", "short", "byte" -> DataType.INT;
                case "long" -> DataType.LONG;
                case "double", "float" -> DataType.DOUBLE;
                case "boolean" -> DataType.BOOLEAN;
                default -> DataType.STRING;
            };
            specs.add(new DataColumnSpec(column.name(), type));
            builders.add(Column.builder(type, 1024));
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine(); // header
            long lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                List<String> cells = split(line);
                if (cells.size() != builders.size()) {
                    throw new IOException(file + " line " + lineNumber + ": " + cells.size() + " cells, expected "
                            + builders.size());
                }
                for (int c = 0; c < cells.size(); c++) {
                    String cell = cells.get(c);
                    ColumnBuilder builder = builders.get(c);
                    if (cell == null) {
                        builder.appendMissing();
                        continue;
                    }
                    switch (builder.type()) {
                        case INT -> builder.appendObject(Integer.parseInt(cell));
                        case LONG -> builder.appendObject(Long.parseLong(cell));
                        case DOUBLE -> builder.appendObject(Double.parseDouble(cell));
                        case BOOLEAN -> builder.appendObject(Boolean.parseBoolean(cell));
                        default -> builder.appendObject(cell);
                    }
                }
            }
        }
        List<Column> built = new ArrayList<>();
        for (ColumnBuilder b : builders) {
            built.add(b.build());
        }
        return new DataTable(new DataTableSpec(specs), built);
    }

    /** @return the cells of one line; null for an empty unquoted cell (Spark's null) */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int k = 0; k < line.length(); k++) {
            char ch = line.charAt(k);
            if (quoted) {
                if (ch == '\\' && k + 1 < line.length()) {
                    cell.append(line.charAt(++k));
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                cells.add(cell.length() == 0 && !wasQuoted ? null : cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.length() == 0 && !wasQuoted ? null : cell.toString());
        return cells;
    }
}
