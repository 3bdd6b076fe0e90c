/// Which privileges threats-service's endpoints need when token checks are on.
@NullMarked
package dev.orrery.threats.access;

import org.jspecify.annotations.NullMarked;
