package org.spikeflow.engine;

/** Structural checks of loops that configure can make before any node runs. */
final class LoopChecks {

    private LoopChecks() {
    }

    /**
     * Why a loop start cannot loop: there is no loop end downstream of it for it to pair with (without one it would run
     * its body once, silently). Every loop start downstream needs its own end, so the check counts: more ends than
     * other starts downstream. Null if the start is fine (or the node is no loop start).
     */
    static String unclosedLoopStart(WorkflowManager workflow, NodeContainer container) {
        if (!container.getNode().isLoopStart()) {
            return null;
        }
        int starts = 0;
        int ends = 0;
        for (String id : workflow.descendants(container.getId())) {
            NodeContainer node = workflow.nodeMap().get(id);
            if (node.getNode().isLoopStart()) {
                starts++;
            }
            if (node.getNode().isLoopEnd()) {
                ends++;
            }
        }
        if (ends > starts) {
            return null;
        }
        return "Loop start " + container + " has no loop end: connect its loop body to a loop end node (e.g. Loop End)"
                + ", otherwise the body would run only once";
    }
}
