package dev.orrery.runtime.supervisor;

import java.util.regex.Pattern;

/// Names one supervised process: `registry`, `gateway`, `database` for the single components, and
/// `heroes-service-2` (service id, dash, number from 1) for service instances.
///
/// @param componentId `registry`, `gateway`, `database` or a service id
/// @param ordinal 0 for a single component, else the instance number from 1
public record InstanceId(String componentId, int ordinal) implements Comparable<InstanceId> {

    private static final Pattern NUMBERED = Pattern.compile("(.+)-([1-9][0-9]{0,3})");

    public InstanceId {
        if (ordinal < 0) {
            throw new IllegalArgumentException("instance number must be 0 or more, was " + ordinal);
        }
    }

    public static InstanceId single(String componentId) {
        return new InstanceId(componentId, 0);
    }

    public static InstanceId of(String serviceId, int ordinal) {
        return new InstanceId(serviceId, ordinal);
    }

    /// Reads the text form written by [#toString()], e.g. `heroes-service-2` or `gateway`.
    public static InstanceId parse(String text) {
        var matcher = NUMBERED.matcher(text.strip());
        if (matcher.matches()) {
            return new InstanceId(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return single(text.strip());
    }

    @Override
    public int compareTo(InstanceId other) {
        var byComponent = componentId.compareTo(other.componentId);
        return byComponent != 0 ? byComponent : Integer.compare(ordinal, other.ordinal);
    }

    @Override
    public String toString() {
        return ordinal == 0 ? componentId : componentId + "-" + ordinal;
    }
}
