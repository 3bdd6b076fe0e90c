package dev.orrery.heroes.power;

/// A power, as the series' `GET /powers` lists it: `{id, name}`.
public record Power(int id, String name) {}
