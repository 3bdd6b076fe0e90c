/// Smoke tests of the built Debian package: unpacked without root, started under a virtual display.
@NullMarked
package dev.orrery.installer;

import org.jspecify.annotations.NullMarked;
