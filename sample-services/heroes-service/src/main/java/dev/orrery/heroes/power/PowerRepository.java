package dev.orrery.heroes.power;

import java.util.List;

/// Where powers are kept: this instance's memory or the cluster's MongoDB.
public interface PowerRepository {

    /// Every power, by id.
    List<Power> findAll();

    /// Whether a power with this id exists.
    default boolean exists(int id) {
        return findAll().stream().anyMatch(power -> power.id() == id);
    }
}
