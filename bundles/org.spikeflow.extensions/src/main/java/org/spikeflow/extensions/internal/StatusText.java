package org.spikeflow.extensions.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;

/** p2's status trees as one readable text: the distinct messages of the status and its problems, depth first. */
final class StatusText {

    private static final int MAX_MESSAGES = 12;

    private StatusText() {
    }

    static String of(IStatus status) {
        Set<String> messages = new LinkedHashSet<>();
        collect(status, messages);
        if (messages.isEmpty()) {
            return "no reason given";
        }
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (String message : messages) {
            if (count++ == MAX_MESSAGES) {
                text.append("; ... (").append(messages.size() - MAX_MESSAGES).append(" more)");
                break;
            }
            text.append(text.length() == 0 ? "" : "; ").append(message);
        }
        return text.toString();
    }

    private static void collect(IStatus status, Set<String> messages) {
        if (status.isOK()) {
            return;
        }
        String message = status.getMessage();
        if (message != null && !message.isBlank()) {
            messages.add(message.strip().replaceAll("\\s*\\R\\s*", " "));
        }
        if (status.getException() != null && status.getException().getMessage() != null
                && !status.isMultiStatus()) {
            messages.add(status.getException().getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
        }
        for (IStatus child : status.getChildren()) {
            collect(child, messages);
        }
    }
}
