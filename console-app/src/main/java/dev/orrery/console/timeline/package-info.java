/// The timeline view: what was broken in the cluster and when it recovered, as spans and markers per instance on a
/// live time axis, with the same events as text below.
@NullMarked
package dev.orrery.console.timeline;

import org.jspecify.annotations.NullMarked;
