package org.spikeflow.batch.internal;

import org.osgi.service.component.annotations.Component;

/**
 * What the launcher's SIGINT/SIGTERM handler calls: cancels the running command. Registered as {@link Runnable}
 * with {@code spikeflow.application=cancel}, so the launcher, which sees only JDK classes, can call it.
 */
@Component(service = Runnable.class, property = "spikeflow.application=cancel", immediate = true)
public final class CancelService implements Runnable {
    @Override
    public void run() {
        Cancellation.request();
    }
}
