/// The checks that confirm a lesson's step really happened, made against the live cluster: its instances' states,
/// answers probed from each instance, its database and the requests the learner sent.
@NullMarked
package dev.orrery.runtime.lesson;

import org.jspecify.annotations.NullMarked;
