package dev.orrery.runtime.cluster;

import dev.orrery.runtime.registry.EurekaClient;
import dev.orrery.runtime.registry.RegistryWatcher;
import dev.orrery.runtime.supervisor.InstanceId;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Keeps the registry true to what the supervisor sees: an instance that dies is removed at once (instead of after
/// its lease runs out), and a program that does not register itself is registered while it is healthy.
final class RegistryBridge implements AutoCloseable {

    static final int LEASE_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(RegistryBridge.class);
    private static final Duration RENEW_INTERVAL = Duration.ofSeconds(1);

    private final EurekaClient client;
    private final RegistryWatcher watcher;
    private final Map<InstanceId, Thread> renewals = new ConcurrentHashMap<>();

    RegistryBridge(EurekaClient client, RegistryWatcher watcher) {
        this.client = client;
        this.watcher = watcher;
    }

    /// The instance is UP: register it if the runtime registers it for the program.
    void up(InstancePlan plan) {
        if (!plan.runtimeRegisters() || renewals.containsKey(plan.id())) {
            return;
        }
        var thread = Thread.ofVirtual().name("orrery-lease-" + plan.id()).unstarted(() -> keepLease(plan));
        if (renewals.putIfAbsent(plan.id(), thread) == null) {
            thread.start();
        }
    }

    /// The instance stopped serving (crashed, unhealthy or stopped): take it out of the registry now.
    void down(InstancePlan plan) {
        var renewal = renewals.remove(plan.id());
        if (renewal != null) {
            renewal.interrupt();
        }
        if (plan.registryApplication().isEmpty()) {
            return;
        }
        Thread.ofVirtual().name("orrery-deregister-" + plan.id()).start(() -> {
            if (client.deregister(plan.registryApplication(), plan.registryInstanceId())) {
                LOG.info("Removed {} from the registry", plan.registryInstanceId());
            }
            watcher.pollNow();
        });
    }

    private void keepLease(InstancePlan plan) {
        var app = plan.registryApplication();
        var id = plan.registryInstanceId();
        var registered = false;
        while (!Thread.currentThread().isInterrupted()) {
            if (!registered || !client.renew(app, id)) {
                registered = client.register(app, id, plan.port(), LEASE_SECONDS);
                if (registered) {
                    LOG.info("Registered {} in the registry as {}", plan.id(), id);
                    watcher.pollNow();
                }
            }
            try {
                Thread.sleep(RENEW_INTERVAL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        renewals.values().forEach(Thread::interrupt);
        renewals.clear();
    }
}
