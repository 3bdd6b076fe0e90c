/// Who answered: the instance id of this process, its defaults (also used as the Eureka instance id), and the
/// `X-Served-By` header on every response.
@NullMarked
package dev.orrery.support.instance;

import org.jspecify.annotations.NullMarked;
