package dev.orrery.runtime.database;

import dev.orrery.runtime.cluster.DatabaseEngine;
import dev.orrery.runtime.cluster.DatabaseLauncher;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.DatabaseSpec;

/// The cluster's database plug-in: picks the engine for a topology's database and hands the supervisor its
/// command.
public final class EmbeddedDatabaseLauncher implements DatabaseLauncher {
    private final DatabaseEngineSelector selector;

    public EmbeddedDatabaseLauncher(DatabaseEngineSelector selector) {
        this.selector = selector;
    }

    public static EmbeddedDatabaseLauncher fromSystem() {
        return new EmbeddedDatabaseLauncher(DatabaseEngineSelector.fromSystem());
    }

    @Override
    public DatabaseEngine prepare(DatabaseSpec spec, DataFolder dataFolder, int port) {
        EnginePreference preference = switch (spec.engine()) {
            case AUTO -> EnginePreference.AUTO;
            case MONGOD -> EnginePreference.MONGOD;
            case JAVA -> EnginePreference.JAVA;
        };
        SelectedEngine engine = selector.select(dataFolder.root(), port, preference, spec.mongodBinary());
        return new DatabaseEngine(engine.displayName(), engine.reason(), engine.command(), engine.workDir(), port);
    }
}
