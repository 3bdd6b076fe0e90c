package dev.orrery.runtime.token;

import dev.orrery.runtime.cluster.SecurityFiles;
import dev.orrery.runtime.cluster.SecurityProvisioner;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.SecuritySpec;

/// The cluster's security plug-in: makes sure the key pair and the topology's demo users exist before the services
/// start, and tells the cluster where their files are.
public final class TokenSecurityProvisioner implements SecurityProvisioner {

    @Override
    public SecurityFiles provision(SecuritySpec spec, DataFolder dataFolder) {
        var keyStore = new ClusterKeyStore(dataFolder.keys());
        keyStore.loadOrCreate();
        var accounts = new DemoAccountStore(dataFolder.keys());
        accounts.loadOrCreate(spec.users().isEmpty() ? DemoAccountStore.DEFAULT_USERS : spec.users());
        return new SecurityFiles(keyStore.publicKeyFile(), keyStore.privateKeyFile(), accounts.authUsersFile());
    }
}
