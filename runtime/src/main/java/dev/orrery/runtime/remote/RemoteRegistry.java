package dev.orrery.runtime.remote;

import dev.orrery.runtime.registry.EurekaClient;
import dev.orrery.runtime.registry.RegistryChange;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.registry.RegistryWatcher;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A live, read-only view of a Eureka registry that Orrery did not start: it polls the registry's applications and
/// reports each change, and never registers, renews or removes anything there.
///
/// Polling is gentler than for a local cluster (every two seconds by default), since the registry may serve a real
/// system over a real network.
public final class RemoteRegistry implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(RemoteRegistry.class);

    private final RegistryAddress address;
    private final RegistryWatcher watcher;

    private RemoteRegistry(RegistryAddress address, RegistryWatcher watcher) {
        this.address = address;
        this.watcher = watcher;
    }

    /// Reads the registry once, so that a wrong URL fails here with a clear reason, then keeps watching it.
    ///
    /// @param listener called from a background thread with every changed snapshot, including the registry
    ///     becoming unreachable (an empty snapshot with `reachable` false) and reachable again
    /// @throws RemoteRegistryException when the registry cannot be reached or is not a Eureka server
    public static RemoteRegistry attach(
            RegistryAddress address,
            HttpClient http,
            Duration interval,
            BiConsumer<RegistrySnapshot, List<RegistryChange>> listener) {
        var first = new RegistryProbe(http).read(address);
        LOG.info(
                "Attached read-only to the registry at {} ({} applications)",
                address,
                first.applications().size());
        var watcher = new RegistryWatcher(new EurekaClient(http, address.base().toString()), interval, listener);
        watcher.start();
        return new RemoteRegistry(address, watcher);
    }

    /// Reads the registry once, without watching.
    ///
    /// @throws RemoteRegistryException when the registry cannot be reached or is not a Eureka server
    public static RegistrySnapshot readOnce(RegistryAddress address, HttpClient http) {
        return new RegistryProbe(http).read(address);
    }

    public RegistryAddress address() {
        return address;
    }

    /// The last snapshot read.
    public RegistrySnapshot latest() {
        return watcher.latest();
    }

    @Override
    public void close() {
        watcher.close();
        LOG.info("Detached from the registry at {}", address);
    }
}
