/// Threats: listing, creating, and recording which hero was assigned to one.
@NullMarked
package dev.orrery.threats.threat;

import org.jspecify.annotations.NullMarked;
