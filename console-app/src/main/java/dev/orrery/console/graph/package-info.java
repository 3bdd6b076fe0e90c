/// Drawing of live graphs: nodes and edges as JavaFX nodes with smooth transitions, zoom and pan, legend, and
/// stable slot assignment so that a graph does not jump when one node comes or goes.
@NullMarked
package dev.orrery.console.graph;

import org.jspecify.annotations.NullMarked;
