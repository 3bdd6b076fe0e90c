/// Storage settings the services share: `orrery.storage` (`memory` or `mongo`), short MongoDB timeouts so that a dead
/// database answers 503 quickly, and id counters that stay unique across instances sharing one database.
@NullMarked
package dev.orrery.support.storage;

import org.jspecify.annotations.NullMarked;
