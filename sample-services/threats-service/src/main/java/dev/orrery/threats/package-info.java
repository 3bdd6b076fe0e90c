/// threats-service: the threats of the story and the assignment of heroes to them, calling heroes-service.
@NullMarked
package dev.orrery.threats;

import org.jspecify.annotations.NullMarked;
