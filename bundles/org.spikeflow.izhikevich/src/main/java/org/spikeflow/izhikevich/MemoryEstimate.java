package org.spikeflow.izhikevich;

import java.util.List;
import java.util.Locale;

/**
 * Heap that a simulation request will allocate, by item, computed before anything is allocated.
 *
 * @param items
 *            what is allocated and how many bytes each needs
 */
public record MemoryEstimate(List<Item> items) {

    /** One allocation: a description (with its dimensions) and its size in bytes. */
    public record Item(String what, long bytes) {
    }

    public MemoryEstimate {
        items = List.copyOf(items);
    }

    /** @return the total in bytes */
    public long totalBytes() {
        long sum = 0;
        for (Item i : items) {
            sum = saturatedAdd(sum, i.bytes());
        }
        return sum;
    }

    /** @return the heap (bytes) free to allocate now: the maximum heap minus what is in use (garbage included) */
    public static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * @return {@link #freeHeap()}, measured again after one garbage collection if it is less than {@code needBytes}
     *         (garbage counts as in use until collected, so a request is refused only if it does not fit after one)
     */
    public static long freeHeap(long needBytes) {
        long free = freeHeap();
        if (needBytes > free) {
            System.gc();
            free = freeHeap();
        }
        return free;
    }

    static long saturatedAdd(long x, long y) {
        long r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    /** @return e.g. {@code "1.5 GB"} */
    public static String format(long bytes) {
        if (bytes == Long.MAX_VALUE) {
            return "more than 9 EB";
        }
        String[] units = {"bytes", "KB", "MB", "GB", "TB", "PB", "EB"};
        double x = bytes;
        int u = 0;
        while (x >= 1024 && u < units.length - 1) {
            x /= 1024;
            u++;
        }
        return u == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", x, units[u]);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(format(totalBytes()));
        sb.append(" (");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(items.get(i).what()).append(": ").append(format(items.get(i).bytes()));
        }
        return sb.append(')').toString();
    }
}
