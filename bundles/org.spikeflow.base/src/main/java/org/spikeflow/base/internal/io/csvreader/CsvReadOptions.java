package org.spikeflow.base.internal.io.csvreader;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spikeflow.base.internal.io.CsvDialect;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.io.CsvFormat;
import org.spikeflow.core.settings.InvalidSettingsException;

/** The validated reading options (the path aside). A record, so it can key the configure-time spec cache. */
record CsvReadOptions(String delimiter, Character quote, Character commentMarker, boolean hasHeader, int skipLines,
        Map<String, DataType> forcedTypes) {

    static CsvReadOptions of(CsvReaderNodeSettings s) throws InvalidSettingsException {
        Map<String, DataType> forced = new LinkedHashMap<>();
        if (s.columnTypes != null) {
            for (Map.Entry<String, String> entry : s.columnTypes.entrySet()) {
                try {
                    forced.put(entry.getKey(), DataType.fromLabel(entry.getValue() == null ? "" : entry.getValue()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidSettingsException("Setting 'columnTypes', column '" + entry.getKey() + "': "
                            + e.getMessage());
                }
            }
        }
        return new CsvReadOptions(CsvDialect.delimiter(s.delimiter), CsvDialect.quote(s.quote),
                CsvDialect.commentMarker(s.commentPrefix), s.hasHeader, s.skipLines, Map.copyOf(forced));
    }

    CsvFormat format() throws InvalidSettingsException {
        return CsvDialect.format(delimiter, quote, commentMarker);
    }
}
