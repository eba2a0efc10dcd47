package org.spikeflow.ui.internal;

/**
 * One reversible edit of a workflow, made of engine operations. Undo reverts the changes of a command in reverse order;
 * redo applies them again; nodes an edit does not touch keep their execution state.
 */
interface Change {
    void apply() throws Exception;

    void revert() throws Exception;
}
