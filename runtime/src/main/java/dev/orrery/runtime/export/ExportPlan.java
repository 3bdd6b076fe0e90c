package dev.orrery.runtime.export;

import java.util.List;
import java.util.Optional;

/// Everything an export writes, decided once from a topology: the workloads, the database, the secrets, and notes
/// for the person deploying.
///
/// @param name the topology's name, used as `app.kubernetes.io/part-of`
/// @param notes what the user must know or do (e.g. build an image for their own program)
public record ExportPlan(
        String name,
        List<Workload> workloads,
        Optional<DatabaseWorkload> database,
        Optional<ExportSecrets> secrets,
        List<String> notes) {

    public ExportPlan {
        workloads = List.copyOf(workloads);
        notes = List.copyOf(notes);
    }

    /// The gateway's workload, if the topology has a gateway.
    public Optional<Workload> gateway() {
        return workloads.stream().filter(w -> w.role() == WorkloadRole.GATEWAY).findFirst();
    }
}
