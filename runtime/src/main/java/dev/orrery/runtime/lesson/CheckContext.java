package dev.orrery.runtime.lesson;

import dev.orrery.runtime.cluster.ClusterSnapshot;
import java.util.List;
import java.util.Optional;

/// What a check may look at besides the probes it sends itself.
///
/// @param snapshot the cluster as the supervisor sees it now
/// @param token the learner's current token, if they have one
/// @param exchanges the requests the learner sent, oldest first
/// @param memory numbers the lesson remembered when it started, e.g. how many heroes there were
public record CheckContext(
        ClusterSnapshot snapshot, Optional<String> token, List<Exchange> exchanges, LessonMemory memory) {

    public CheckContext {
        exchanges = List.copyOf(exchanges);
    }
}
