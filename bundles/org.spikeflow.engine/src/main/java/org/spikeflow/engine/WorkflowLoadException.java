package org.spikeflow.engine;

import java.nio.file.Path;

/** A workflow file could not be loaded; says which file, where in it (line and column) and what is wrong. */
public class WorkflowLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    public WorkflowLoadException(Path file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(Path file, int line, int column, String problem) {
        StringBuilder text = new StringBuilder(file == null ? "<workflow>" : file.toString());
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(problem).toString();
    }

    public Path getFile() {
        return file;
    }

    /** 1-based line, or 0 when not known. */
    public int getLine() {
        return line;
    }

    /** 1-based column, or 0 when not known. */
    public int getColumn() {
        return column;
    }

    /** The problem without the location. */
    public String getProblem() {
        return problem;
    }
}
