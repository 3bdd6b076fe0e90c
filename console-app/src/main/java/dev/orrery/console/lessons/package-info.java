/// The Lessons view: the story's four steps as guided walk-throughs that load their preset, explain, ask the learner
/// to act and check the live cluster until the step really happened. Progress is kept across restarts.
@NullMarked
package dev.orrery.console.lessons;

import org.jspecify.annotations.NullMarked;
