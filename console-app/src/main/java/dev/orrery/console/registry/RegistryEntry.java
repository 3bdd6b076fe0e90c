package dev.orrery.console.registry;

import dev.orrery.console.ui.Tone;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.registry.RegisteredInstance;
import dev.orrery.runtime.supervisor.InstanceState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// One instance node of the registry graph: what the registry says about it, next to what the supervisor knows.
///
/// @param key the supervisor's instance id when it runs the instance, else the registry's instance id
/// @param app the application name as the registry spells it (upper case)
/// @param listed whether the registry lists it
/// @param stale listed by the registry although its process is gone
record RegistryEntry(
        String key,
        String app,
        String title,
        String detail,
        Tone tone,
        boolean listed,
        boolean stale,
        List<Detail> details) {

    static RegistryEntry listed(RegisteredInstance listed, Optional<InstanceSnapshot> process, Instant now) {
        var stale = process.map(p -> !p.state().isRunning() || p.state() == InstanceState.STOPPING)
                .orElse(false);
        var key = process.map(p -> p.id().toString()).orElse(listed.instanceId());
        var title = ":" + listed.port() + " · " + listed.status();
        var renewed = "renewed " + RegistryPictureBuilder.ago(listed.lastRenewal(), now);
        var detail = stale
                ? "process " + process.get().state().name().toLowerCase(Locale.ROOT) + " · lease "
                        + RegistryPictureBuilder.leaseLeft(listed, now)
                : process.map(p -> p.id() + " · ").orElse("") + renewed;
        var tone = stale ? Tone.BAD : tone(listed.status());
        var details = new ArrayList<Detail>();
        details.add(new Detail("instance id", listed.instanceId()));
        details.add(new Detail("application", listed.application()));
        details.add(new Detail("status", listed.status()));
        details.add(new Detail("address", listed.url()));
        details.add(new Detail("registered", RegistryPictureBuilder.ago(listed.registered(), now)));
        details.add(new Detail("last renewal", RegistryPictureBuilder.ago(listed.lastRenewal(), now)));
        details.add(new Detail("lease duration", listed.leaseDurationSeconds() + " s"));
        details.add(new Detail("lease", RegistryPictureBuilder.leaseLeft(listed, now)));
        details.add(new Detail(
                "supervisor says", process.map(RegistryEntry::supervisor).orElse("not run by Orrery")));
        return new RegistryEntry(key, listed.application(), title, detail, tone, true, stale, List.copyOf(details));
    }

    static RegistryEntry unlisted(InstanceSnapshot process, Instant now) {
        var app = process.id().componentId().toUpperCase(Locale.ROOT);
        var details = List.of(
                new Detail("instance", process.id().toString()),
                new Detail("registry", "does not list it (yet)"),
                new Detail("supervisor says", supervisor(process)));
        return new RegistryEntry(
                process.id().toString(),
                app,
                ":" + process.port() + " · not listed",
                process.id() + " · registering…",
                Tone.BUSY,
                false,
                false,
                details);
    }

    private static String supervisor(InstanceSnapshot process) {
        var pid = process.pid().isPresent() ? ", pid " + process.pid().getAsLong() : "";
        return process.id() + " is " + process.state() + pid;
    }

    static Tone tone(String status) {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "UP" -> Tone.GOOD;
            case "STARTING" -> Tone.BUSY;
            case "DOWN", "OUT_OF_SERVICE" -> Tone.WARN;
            default -> Tone.IDLE;
        };
    }
}
