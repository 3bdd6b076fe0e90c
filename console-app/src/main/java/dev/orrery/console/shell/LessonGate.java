package dev.orrery.console.shell;

import dev.orrery.console.lessons.LessonClusterGate;
import dev.orrery.console.lessons.StartImpact;
import dev.orrery.runtime.control.AttachedCluster;
import dev.orrery.runtime.event.ClusterState;
import java.util.concurrent.TimeUnit;

/// What a lesson start stops: the console's own cluster, or the one `orrery up` runs (after the learner agreed);
/// never a remote registry, which is read-only.
final class LessonGate implements LessonClusterGate {

    private static final long STOP_TIMEOUT_SECONDS = 120;

    private final ClusterSwitch clusters;
    private final ClusterAttachments attachments;
    private final ClusterOwnership ownership;

    LessonGate(ClusterSwitch clusters, ClusterAttachments attachments, ClusterOwnership ownership) {
        this.clusters = clusters;
        this.attachments = attachments;
        this.ownership = ownership;
    }

    @Override
    public StartImpact impact(int lesson) {
        var current = clusters.current();
        if (current instanceof AttachedCluster attached) {
            return new StartImpact.Confirm("Starting lesson " + lesson + " stops the cluster 'orrery up' runs (pid "
                    + attached.ownerPid() + ") and resets its data.");
        }
        if (!clusters.atHome()) {
            return new StartImpact.Refused("The console is attached read-only to a remote registry: a lesson cannot"
                    + " start there. Detach (menu → Cluster → Detach), then start the lesson.");
        }
        var snapshot = current.snapshot();
        if (snapshot.state() == ClusterState.STOPPED || snapshot.state() == ClusterState.FAILED) {
            return new StartImpact.Free();
        }
        var name = snapshot.topologyName().map(n -> " (" + n + ")").orElse("");
        return new StartImpact.Confirm(
                "Starting lesson " + lesson + " stops the cluster this console runs" + name + " and resets its data.");
    }

    @Override
    public void stopForLesson() throws Exception {
        if (clusters.current() instanceof AttachedCluster attached) {
            attachments.stopRequested();
            attached.stop().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            attachments.stoppedByConsole(attached);
            return;
        }
        if (!clusters.atHome()) {
            throw new IllegalStateException("a remote registry is read-only: detach first");
        }
        clusters.stop().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        ownership.release();
    }
}
