package dev.orrery.threats.threat;

import java.util.List;
import java.util.Optional;

/// Where threats are kept: this instance's memory or the cluster's MongoDB.
public interface ThreatRepository {

    /// Every threat, by id.
    List<Threat> findAll();

    /// The threat with this id, if any.
    Optional<Threat> findById(int id);

    /// Stores a new threat under a new id (its own id is ignored), unique across every instance sharing the storage.
    Threat create(Threat threat);

    /// Records the hero assigned to a threat; empty if no threat has the id.
    Optional<Threat> assign(int threatId, int heroId);
}
