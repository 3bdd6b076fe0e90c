package dev.orrery.runtime.control;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.fault.Fault;
import dev.orrery.runtime.registry.RegistryChange;
import dev.orrery.runtime.supervisor.LogLine;
import java.util.Arrays;
import java.util.List;

/// The JSON form of the typed cluster model that the control API streams and serves: [ClusterEvent]s (each with a
/// `type` naming its record, e.g. `InstanceStateChanged`), [ClusterSnapshot]s and [LogLine]s.
///
/// Readers ignore fields they do not know, so an older console can follow a newer `orrery up`.
public final class ClusterJson {

    private final ObjectMapper mapper;

    public ClusterJson() {
        mapper = new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(ClusterEvent.class, Typed.class)
                .addMixIn(RegistryChange.class, Typed.class)
                .addMixIn(Fault.class, Typed.class);
        register(ClusterEvent.class);
        register(Fault.class);
        register(RegistryChange.class);
    }

    private void register(Class<?> sealed) {
        Arrays.stream(sealed.getPermittedSubclasses())
                .map(type -> new NamedType(type, type.getSimpleName()))
                .forEach(mapper::registerSubtypes);
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public ClusterEvent event(String json) {
        return read(json, ClusterEvent.class);
    }

    public ClusterSnapshot snapshot(String json) {
        return read(json, ClusterSnapshot.class);
    }

    public List<LogLine> logLines(String json) {
        try {
            return List.copyOf(Arrays.asList(mapper.readValue(json, LogLine[].class)));
        } catch (JsonProcessingException e) {
            throw unreadable("log lines", e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw unreadable(type.getSimpleName(), e);
        }
    }

    private static ControlException unreadable(String what, JsonProcessingException e) {
        return new ControlException(
                "The cluster's control API sent " + what + " this console cannot read (" + e.getOriginalMessage()
                        + "); are the console and 'orrery up' the same version?",
                e);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface Typed {}
}
