/// Sending HTTP requests to the cluster (through the gateway or to one instance), with or without a token, and
/// showing them as `curl` commands.
@NullMarked
package dev.orrery.runtime.request;

import org.jspecify.annotations.NullMarked;
