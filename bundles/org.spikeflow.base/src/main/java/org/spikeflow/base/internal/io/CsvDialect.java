package org.spikeflow.base.internal.io;

import org.spikeflow.core.io.CsvFormat;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Turns the delimiter, quote and comment settings shared by the CSV nodes into a {@link CsvFormat}. */
public final class CsvDialect {
    private CsvDialect() {
    }

    /**
     * The delimiter a setting stands for: the text itself, or a tab for {@code \t} written out or "tab".
     *
     * @throws InvalidSettingsException
     *             if it is empty or a line break
     */
    public static String delimiter(String setting) throws InvalidSettingsException {
        if (setting == null || setting.isEmpty()) {
            throw new InvalidSettingsException("Setting 'delimiter' must not be empty; use , or ; or \\t");
        }
        String delimiter = setting.equals("\\t") || setting.equalsIgnoreCase("tab") ? "\t" : setting;
        if (delimiter.contains("\n") || delimiter.contains("\r")) {
            throw new InvalidSettingsException("Setting 'delimiter' must not contain a line break");
        }
        return delimiter;
    }

    /** The quote character, or null for none (empty setting). */
    public static Character quote(String setting) throws InvalidSettingsException {
        return optionalCharacter(setting, "quote", "usually \"");
    }

    /** The comment marker, or null for none (empty setting). */
    public static Character commentMarker(String setting) throws InvalidSettingsException {
        return optionalCharacter(setting, "commentPrefix", "e.g. #");
    }

    /** A one-character setting that may be empty (null: none); {@code example} ends up in the error message. */
    private static Character optionalCharacter(String setting, String key, String example)
            throws InvalidSettingsException {
        if (setting == null || setting.isEmpty()) {
            return null;
        }
        if (setting.length() != 1) {
            throw new InvalidSettingsException("Setting '" + key + "' must be a single character (" + example
                    + ") or empty for none, not '" + setting + "'");
        }
        return setting.charAt(0);
    }

    /** The format of these settings: quotes doubled inside quoted values, empty lines skipped when reading. */
    public static CsvFormat format(String delimiter, Character quote, Character commentMarker)
            throws InvalidSettingsException {
        if (quote != null && delimiter.indexOf(quote) >= 0) {
            throw new InvalidSettingsException("The quote character " + quote + " must differ from the delimiter");
        }
        if (commentMarker != null && (delimiter.indexOf(commentMarker) >= 0 || commentMarker.equals(quote))) {
            throw new InvalidSettingsException("The comment character " + commentMarker
                    + " must differ from the delimiter and the quote character");
        }
        try {
            return new CsvFormat(delimiter, quote, commentMarker, false);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid CSV format settings: " + e.getMessage());
        }
    }
}
