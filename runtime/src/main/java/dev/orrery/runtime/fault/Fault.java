package dev.orrery.runtime.fault;

import dev.orrery.runtime.supervisor.InstanceId;

/// One fault to inject into one process of a running cluster: an instance, the registry, the gateway or the
/// database. [Slow] and [Flaky] need a built-in service (one with the control endpoint); the others work on any
/// process.
public sealed interface Fault {

    /// The process the fault is aimed at.
    InstanceId target();

    /// For logs, events and the console, e.g. `paused (SIGSTOP)` or `slow 800 ms`.
    String describe();

    /// Ends the process at once (SIGKILL), as a crash would; its restart policy applies.
    record Kill(InstanceId target) implements Fault {
        @Override
        public String describe() {
            return "killed (SIGKILL)";
        }
    }

    /// Freezes the process (SIGSTOP): it keeps its port and connections but answers nothing until resumed.
    record Pause(InstanceId target) implements Fault {
        @Override
        public String describe() {
            return "paused (SIGSTOP)";
        }
    }

    /// Lets a paused process run again (SIGCONT).
    record Resume(InstanceId target) implements Fault {
        @Override
        public String describe() {
            return "resumed (SIGCONT)";
        }
    }

    /// Adds latency to every answer of the instance's normal endpoints.
    ///
    /// @param latencyMs from 1 to 60000
    record Slow(InstanceId target, long latencyMs) implements Fault {
        public Slow {
            if (latencyMs < 1 || latencyMs > 60_000) {
                throw new IllegalArgumentException("latency must be from 1 to 60000 ms, was " + latencyMs);
            }
        }

        @Override
        public String describe() {
            return "slow " + latencyMs + " ms";
        }
    }

    /// Answers a share of the instance's requests with a 500 problem.
    ///
    /// @param share from 0 (exclusive) to 1 (every request fails)
    record Flaky(InstanceId target, double share) implements Fault {
        public Flaky {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException(
                        "the share of failing requests must be above 0 and at most 1, was " + share);
            }
        }

        @Override
        public String describe() {
            return "flaky " + Math.round(share * 100) + " %";
        }
    }
}
