package dev.orrery.runtime.supervisor;

/// Told about everything that happens to a supervised process. Called on the supervisor's threads: implementations
/// must return quickly (hand work to another executor).
public interface InstanceObserver {

    void stateChanged(InstanceTransition transition);

    void logged(InstanceId id, LogLine line);
}
