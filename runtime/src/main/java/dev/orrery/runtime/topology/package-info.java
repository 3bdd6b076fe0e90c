/// The topology: a YAML description of a cluster, parsed into immutable records and validated as a whole, with
/// every problem located by file, line and column. Start with [dev.orrery.runtime.topology.TopologyParser] and the
/// lesson presets in [dev.orrery.runtime.topology.TopologyPresets].
@NullMarked
package dev.orrery.runtime.topology;

import org.jspecify.annotations.NullMarked;
