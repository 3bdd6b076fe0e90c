/// Faults a user injects into a running cluster to watch it cope: kill, pause and resume any process, make a service
/// instance slow or flaky, and heal it. The values and the talk with an instance's control endpoint live here; the
/// cluster carries them out.
@NullMarked
package dev.orrery.runtime.fault;

import org.jspecify.annotations.NullMarked;
