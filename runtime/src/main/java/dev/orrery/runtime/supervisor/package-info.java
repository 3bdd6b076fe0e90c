/// The supervisor: runs each component as a child process with a small lifecycle
/// ([dev.orrery.runtime.supervisor.InstanceState]), pluggable readiness checks, restart with backoff, log capture
/// and pid files so that no child outlives the runtime.
@NullMarked
package dev.orrery.runtime.supervisor;

import org.jspecify.annotations.NullMarked;
