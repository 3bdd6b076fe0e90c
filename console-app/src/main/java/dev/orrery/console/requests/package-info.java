/// The Requests view: compose a request, send it through the gateway or straight to one instance, with or without
/// the learner's token, and see status, time, headers (with `X-Served-By`) and body; history, `curl`, repeats.
@NullMarked
package dev.orrery.console.requests;

import org.jspecify.annotations.NullMarked;
