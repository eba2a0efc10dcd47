package org.spikeflow.core.data;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A binary, column-by-column table file that can be memory-mapped back: used to spill executed nodes' tables out of the
 * heap and to store tables inside model files. Layout: magic, version, row and column counts, column names and types,
 * then each column's data aligned to 8 bytes in little-endian order.
 */
public final class DataTableIO {
    private static final int MAGIC = 0x53465442; // "SFTB"
    private static final int VERSION = 1;

    private DataTableIO() {
    }

    public static void write(DataTable table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(table, out);
        }
    }

    public static void write(DataTable table, OutputStream target) throws IOException {
        CountingOutput out = new CountingOutput(new BufferedOutputStream(target, 1 << 16));
        out.data.writeInt(MAGIC);
        out.data.writeInt(VERSION);
        out.data.writeInt(table.getRowCount());
        out.data.writeInt(table.getColumnCount());
        for (DataColumnSpec column : table.getSpec().getColumns()) {
            byte[] name = column.name().getBytes(StandardCharsets.UTF_8);
            out.data.writeInt(name.length);
            out.data.write(name);
            out.data.writeByte(column.type().ordinal());
        }
        for (int c = 0; c < table.getColumnCount(); c++) {
            writeColumn(table.getColumn(c), out);
        }
        out.data.flush();
    }

    private static void writeColumn(Column column, CountingOutput out) throws IOException {
        out.align();
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        int n = column.size();
        if (column instanceof DoubleColumn doubles) {
            for (int i = 0; i < n; i++) {
                chunk = ensure(chunk, 8, out);
                chunk.putDouble(doubles.get(i));
            }
        } else if (column instanceof IntColumn ints) {
            for (int i = 0; i < n; i++) {
                chunk = ensure(chunk, 4, out);
                chunk.putInt(ints.get(i));
            }
        } else if (column instanceof LongColumn longs) {
            for (int i = 0; i < n; i++) {
                chunk = ensure(chunk, 8, out);
                chunk.putLong(longs.get(i));
            }
        } else if (column instanceof BooleanColumn booleans) {
            writeBits(booleans.valueBits(), out);
        } else {
            StringColumn strings = (StringColumn) column;
            List<byte[]> encoded = new ArrayList<>(n);
            long offset = 0;
            for (int i = 0; i < n; i++) {
                String value = strings.get(i);
                byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
                encoded.add(bytes);
                chunk = ensure(chunk, 8, out);
                chunk.putLong(bytes == null ? -1 : offset);
                offset += bytes == null ? 0 : bytes.length;
            }
            chunk = ensure(chunk, 8, out);
            chunk.putLong(offset);
            flush(chunk, out);
            out.data.writeLong(offset);
            for (byte[] bytes : encoded) {
                if (bytes != null) {
                    out.write(bytes);
                }
            }
        }
        flush(chunk, out);
        if (column instanceof MaskedColumn masked) {
            BitSet missing = masked.missingMask();
            out.align();
            writeBits(missing == null ? new BitSet() : missing, out);
        }
    }

    private static void writeBits(BitSet bits, CountingOutput out) throws IOException {
        long[] words = bits.toLongArray();
        out.data.writeInt(words.length);
        for (long word : words) {
            out.data.writeLong(word);
        }
    }

    private static ByteBuffer ensure(ByteBuffer chunk, int bytes, CountingOutput out) throws IOException {
        if (chunk.remaining() < bytes) {
            flush(chunk, out);
        }
        return chunk;
    }

    private static void flush(ByteBuffer chunk, CountingOutput out) throws IOException {
        out.write(chunk.array(), chunk.position());
        chunk.clear();
    }

    /**
     * Maps a table file: numeric and string columns stay in the file (off-heap); the file must not change while the
     * table is in use.
     */
    public static DataTable map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            if (channel.size() < 16 || in.readInt() != MAGIC) {
                throw new IOException(file + " is not a Spikeflow table file");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException(file + " has table format version " + version + ", expected " + VERSION);
            }
            int rows = in.readInt();
            int columnCount = in.readInt();
            long position = 16;
            List<DataColumnSpec> specs = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                byte[] name = new byte[in.readInt()];
                in.readFully(name);
                DataType type = DataType.values()[in.readByte()];
                specs.add(new DataColumnSpec(new String(name, StandardCharsets.UTF_8), type));
                position += 4 + name.length + 1;
            }
            List<Column> columns = new ArrayList<>();
            for (DataColumnSpec spec : specs) {
                position = align(position);
                switch (spec.type()) {
                    case DOUBLE -> {
                        columns.add(DoubleColumn.wrap(map(channel, position, 8L * rows).asDoubleBuffer()));
                        position += 8L * rows;
                    }
                    case INT -> {
                        var values = map(channel, position, 4L * rows).asIntBuffer();
                        BitSet missing = readBits(channel, align(position + 4L * rows));
                        position = align(position + 4L * rows) + bitsLength(missing);
                        columns.add(IntColumn.wrap(values, missing));
                    }
                    case LONG -> {
                        var values = map(channel, position, 8L * rows).asLongBuffer();
                        BitSet missing = readBits(channel, align(position + 8L * rows));
                        position = align(position + 8L * rows) + bitsLength(missing);
                        columns.add(LongColumn.wrap(values, missing));
                    }
                    case BOOLEAN -> {
                        BitSet values = readBits(channel, position);
                        position = align(position + bitsLength(values));
                        BitSet missing = readBits(channel, position);
                        position += bitsLength(missing);
                        columns.add(BooleanColumn.wrap(values, missing, rows));
                    }
                    case STRING -> {
                        var offsets = map(channel, position, 8L * (rows + 1)).asLongBuffer();
                        position += 8L * (rows + 1);
                        long bytes = map(channel, position, 8).order(ByteOrder.BIG_ENDIAN).getLong();
                        position += 8;
                        columns.add(StringColumn.wrap(offsets, map(channel, position, bytes)));
                        position += bytes;
                    }
                }
            }
            return new DataTable(new DataTableSpec(specs), columns);
        } catch (EOFException | BufferUnderflowException e) {
            throw new IOException(file + " is truncated: it ends before the table data it declares", e);
        }
    }

    /** Reads a table written by {@link #write(DataTable, OutputStream)} fully into the heap. */
    public static DataTable read(InputStream source) throws IOException {
        Path temp = Files.createTempFile("spikeflow-table", ".sft");
        try {
            Files.copy(source, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            DataTable mapped = map(temp);
            DataTableBuilder builder = new DataTableBuilder(mapped.getSpec(), mapped.getRowCount());
            builder.appendTable(mapped);
            return builder.build();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static MappedByteBuffer map(FileChannel channel, long position, long size) throws IOException {
        if (size > Integer.MAX_VALUE) {
            throw new IOException("A column of " + size + " bytes is too large to map");
        }
        if (position + size > channel.size()) {
            throw new EOFException("Bytes " + position + " to " + (position + size) + " lie past the end of the file");
        }
        MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, position, size);
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        return buffer;
    }

    private static BitSet readBits(FileChannel channel, long position) throws IOException {
        ByteBuffer count = ByteBuffer.allocate(4);
        channel.read(count, position);
        int words = count.flip().getInt();
        ByteBuffer data = ByteBuffer.allocate(8 * words);
        channel.read(data, position + 4);
        data.flip();
        long[] longs = new long[words];
        for (int i = 0; i < words; i++) {
            longs[i] = data.getLong();
        }
        return BitSet.valueOf(longs);
    }

    /** The bytes a bit set takes in the file: its word count, then its words. */
    private static long bitsLength(BitSet bits) {
        return 4 + 8L * bits.toLongArray().length;
    }

    private static long align(long position) {
        return (position + 7) & ~7L;
    }

    /** Tracks the byte position so columns can be aligned for mapping. */
    private static final class CountingOutput {
        final DataOutputStream data;
        private long written;

        CountingOutput(OutputStream out) {
            this.data = new DataOutputStream(new java.io.FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    written++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    written += len;
                }
            });
        }

        void write(byte[] bytes) throws IOException {
            data.write(bytes);
        }

        void write(byte[] bytes, int length) throws IOException {
            data.write(bytes, 0, length);
        }

        void align() throws IOException {
            while (written % 8 != 0) {
                data.writeByte(0);
            }
        }
    }
}
