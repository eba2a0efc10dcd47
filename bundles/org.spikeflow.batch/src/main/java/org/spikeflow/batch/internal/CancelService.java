package org.spikeflow.batch.internal;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.batch.Cancellation;

/**
 * What the launcher's SIGINT/SIGTERM handler calls: cancels the running command. Registered as {@link Runnable} with
 * {@code spikeflow.application=cancel}, so the launcher, which sees only JDK classes, can call it. Throws
 * {@link IllegalStateException} when the running command does not handle cancellation (e.g. {@code nodes}): the
 * launcher then exits at once.
 */
@Component(service = Runnable.class, property = "spikeflow.application=cancel", immediate = true)
public final class CancelService implements Runnable {
    @Override
    public void run() {
        if (!Cancellation.request()) {
            throw new IllegalStateException("the running command has nothing to cancel");
        }
    }
}
