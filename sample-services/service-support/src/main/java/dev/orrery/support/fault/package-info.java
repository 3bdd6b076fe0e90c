/// Injected faults for teaching: a control endpoint only the runtime can use (it knows the cluster's secret) makes
/// this instance slow or flaky on its normal endpoints, and heals it again.
@NullMarked
package dev.orrery.support.fault;

import org.jspecify.annotations.NullMarked;
