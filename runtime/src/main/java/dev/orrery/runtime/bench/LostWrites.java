package dev.orrery.runtime.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/// The writes the cluster acknowledged (201) but no longer has: the soak test's measure of lost data.
final class LostWrites {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LostWrites() {}

    /// The acknowledged names that are not among the stored ones, sorted.
    static List<String> of(Collection<String> acknowledged, Collection<String> stored) {
        var present = new HashSet<>(stored);
        return acknowledged.stream()
                .filter(name -> !present.contains(name))
                .sorted()
                .toList();
    }

    /// The `displayName` of every hero in a `GET /heroes` answer; empty when the body is not such a list.
    static Optional<List<String>> heroNames(String body) {
        try {
            var tree = JSON.readTree(body);
            if (!tree.isArray()) {
                return Optional.empty();
            }
            var names = new java.util.ArrayList<String>();
            tree.forEach(hero -> names.add(hero.path("displayName").asText("")));
            return Optional.of(List.copyOf(names));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
