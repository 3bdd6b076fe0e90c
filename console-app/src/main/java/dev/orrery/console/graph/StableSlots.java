package dev.orrery.console.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Gives each key a slot number that it keeps as long as it is present, so that a layout computed from slots
/// never moves the others when one key comes or goes. A new key takes the lowest free slot.
public final class StableSlots {

    private final Map<String, Integer> slots = new HashMap<>();

    /// Assigns slots to the keys present now (in the given order for new ones) and frees the slots of absent keys.
    public void update(List<String> present) {
        var keep = Set.copyOf(present);
        slots.keySet().retainAll(keep);
        for (var key : present) {
            if (!slots.containsKey(key)) {
                slots.put(key, lowestFree());
            }
        }
    }

    private int lowestFree() {
        var taken = new ArrayList<>(slots.values());
        var slot = 0;
        while (taken.contains(slot)) {
            slot++;
        }
        return slot;
    }

    /// The key's slot; keys never seen get -1.
    public int slot(String key) {
        return slots.getOrDefault(key, -1);
    }

    /// One more than the highest slot in use: how many places a layout must leave room for.
    public int span() {
        return slots.values().stream().mapToInt(s -> s + 1).max().orElse(0);
    }
}
