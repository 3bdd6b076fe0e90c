/// Limits on what a request may carry, so that one careless or hostile client cannot fill an instance's memory.
@NullMarked
package dev.orrery.support.request;

import org.jspecify.annotations.NullMarked;
