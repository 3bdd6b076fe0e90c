package dev.orrery.support.fault;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The fault this instance has now; set and cleared through the control endpoint, read on every request.
public final class FaultSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(FaultSwitch.class);

    private final AtomicReference<ServiceFault> current = new AtomicReference<>(ServiceFault.NONE);

    public ServiceFault current() {
        return current.get();
    }

    /// Replaces the fault; logged, so that the instance's own log says why its answers changed.
    public void set(ServiceFault fault) {
        var previous = current.getAndSet(fault);
        if (!previous.equals(fault)) {
            LOG.warn("Injected fault is now: {} (was: {})", fault.describe(), previous.describe());
        }
    }

    public void clear() {
        set(ServiceFault.NONE);
    }
}
