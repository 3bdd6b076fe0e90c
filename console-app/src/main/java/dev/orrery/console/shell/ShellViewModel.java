package dev.orrery.console.shell;

import dev.orrery.console.ui.Tone;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// What the header and status bar show about the cluster as a whole, and why a button cannot act now.
///
/// All properties are changed on the JavaFX thread only: the session that talks to the runtime posts its
/// updates through the UI pulse.
public final class ShellViewModel {

    private final ObjectProperty<ClusterPhase> phase = new SimpleObjectProperty<>(ClusterPhase.STOPPED);
    private final StringProperty clusterName = new SimpleStringProperty("No cluster");
    private final ObservableList<TopologyChoice> topologies = FXCollections.observableArrayList();
    private final ObjectProperty<TopologyChoice> topology = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty health = new SimpleStringProperty("");
    private final ObjectProperty<Tone> healthTone = new SimpleObjectProperty<>(Tone.IDLE);
    private final IntegerProperty crashed = new SimpleIntegerProperty();
    private final BooleanProperty degraded = new SimpleBooleanProperty();
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty registryAddress = new SimpleStringProperty("");
    private final StringProperty gatewayAddress = new SimpleStringProperty("");
    private final StringProperty memory = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Optional<ProblemFix>> problemFix = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty unavailable = new SimpleStringProperty("");
    private final StringProperty attachment = new SimpleStringProperty("");
    private final StringProperty attachedStartReason = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final StringBinding startBlockedReason;
    private final StringBinding stopBlockedReason;

    public ShellViewModel() {
        startBlockedReason = Bindings.createStringBinding(
                this::whyNoStart, phase, topology, topologies, unavailable, attachedStartReason);
        stopBlockedReason = Bindings.createStringBinding(this::whyNoStop, phase, readOnly);
        // A fix belongs to the problem it was offered with.
        problem.subscribe(text -> problemFix.set(Optional.empty()));
    }

    private String whyNoStart() {
        if (!unavailable.get().isEmpty()) {
            return unavailable.get();
        }
        if (!attachedStartReason.get().isEmpty()) {
            return attachedStartReason.get();
        }
        return switch (phase.get()) {
            case STARTING -> "The cluster is starting";
            case RUNNING -> "The cluster is already running: stop it first";
            case STOPPING -> "The cluster is stopping";
            case STOPPED -> topology.get() == null ? noTopologyReason() : "";
        };
    }

    private String noTopologyReason() {
        return topologies.isEmpty()
                ? "No topology found: open a topology file (Ctrl+O)"
                : "Choose a topology in the picker first";
    }

    private String whyNoStop() {
        if (readOnly.get()) {
            return "A remote registry is read-only: Orrery supervises none of its instances";
        }
        return switch (phase.get()) {
            case STOPPED -> "No cluster is running";
            case STOPPING -> "The cluster is already stopping";
            case STARTING, RUNNING -> "";
        };
    }

    /// Empty when Start can act now, else the reason for its tooltip.
    public StringBinding startBlockedReasonProperty() {
        return startBlockedReason;
    }

    /// Empty when Stop can act now, else the reason for its tooltip.
    public StringBinding stopBlockedReasonProperty() {
        return stopBlockedReason;
    }

    public BooleanBinding canStartProperty() {
        return startBlockedReason.isEmpty();
    }

    public BooleanBinding canStopProperty() {
        return stopBlockedReason.isEmpty();
    }

    public ObjectProperty<ClusterPhase> phaseProperty() {
        return phase;
    }

    public StringProperty clusterNameProperty() {
        return clusterName;
    }

    public ObservableList<TopologyChoice> topologies() {
        return topologies;
    }

    public ObjectProperty<TopologyChoice> topologyProperty() {
        return topology;
    }

    /// What a start is doing right now, e.g. "waiting for gateway · 12 s"; empty when nothing starts.
    public StringProperty progressProperty() {
        return progress;
    }

    /// e.g. "9 of 10 UP"; empty without a cluster.
    public StringProperty healthProperty() {
        return health;
    }

    public ObjectProperty<Tone> healthToneProperty() {
        return healthTone;
    }

    /// Whether the cluster runs with some instance not UP (crashed, unhealthy, restarting, paused or stopped).
    public BooleanProperty degradedProperty() {
        return degraded;
    }

    public IntegerProperty crashedProperty() {
        return crashed;
    }

    /// Which database engine runs and why, e.g. "database: Java engine (no mongod found)".
    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty registryAddressProperty() {
        return registryAddress;
    }

    public StringProperty gatewayAddressProperty() {
        return gatewayAddress;
    }

    public StringProperty memoryProperty() {
        return memory;
    }

    /// Why this console cannot run a cluster at all (e.g. the service jars are missing); empty when it can.
    public StringProperty unavailableProperty() {
        return unavailable;
    }

    /// What the console is attached to, for the header's badge, e.g. "Attached to 'orrery up' (pid 4242)" or
    /// "Remote registry (read-only): http://127.0.0.1:8761"; empty while it shows its own cluster.
    public StringProperty attachmentProperty() {
        return attachment;
    }

    /// Why Start cannot act while attached; empty when not attached.
    public StringProperty attachedStartReasonProperty() {
        return attachedStartReason;
    }

    /// Whether the console shows a remote registry, where nothing can be started, stopped or read from processes.
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /// The last thing that went wrong at cluster level, said for a user; empty when all is well.
    public StringProperty problemProperty() {
        return problem;
    }

    /// What the user can do about the problem with one click, if anything; cleared whenever the problem changes.
    public ReadOnlyObjectProperty<Optional<ProblemFix>> problemFixProperty() {
        return problemFix;
    }

    /// Shows `text` as the problem, with `fix` offered next to it.
    public void problem(String text, ProblemFix fix) {
        problem.set(text);
        problemFix.set(Optional.of(fix));
    }
}
