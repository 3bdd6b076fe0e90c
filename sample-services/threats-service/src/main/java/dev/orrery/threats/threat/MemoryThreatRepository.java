package dev.orrery.threats.threat;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/// Threats held by this instance alone, seeded at start.
public final class MemoryThreatRepository implements ThreatRepository {

    private final TreeMap<Integer, Threat> threats = new TreeMap<>();

    public MemoryThreatRepository() {
        ThreatSeed.THREATS.forEach(threat -> threats.put(threat.id(), threat));
    }

    @Override
    public synchronized List<Threat> findAll() {
        return List.copyOf(threats.values());
    }

    @Override
    public synchronized Optional<Threat> findById(int id) {
        return Optional.ofNullable(threats.get(id));
    }

    @Override
    public synchronized Threat create(Threat threat) {
        Threat created = threat.withId(threats.isEmpty() ? 1 : threats.lastKey() + 1);
        threats.put(created.id(), created);
        return created;
    }

    @Override
    public synchronized Optional<Threat> assign(int threatId, int heroId) {
        return Optional.ofNullable(threats.computeIfPresent(threatId, (id, threat) -> threat.assignedTo(heroId)));
    }
}
