package dev.orrery.runtime.cluster;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.SecuritySpec;

/// Plug-in that provides the token key pair and the users file of a cluster (created on first use, kept in
/// [DataFolder#keys()] with owner-only permissions). Called before any service starts, off the caller's thread.
/// To refuse, throw an unchecked exception whose message says what is wrong and what to do.
@FunctionalInterface
public interface SecurityProvisioner {

    SecurityFiles provision(SecuritySpec spec, DataFolder dataFolder);
}
