package dev.orrery.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.cli.OrreryCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SoakCommandTest {

    @Test
    void helpNamesTheOptions() {
        var out = new StringWriter();

        var code = OrreryCli.run(
                new String[] {"soak", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--minutes", "--rate", "--seed", "--json", "--topology", "--data");
    }

    @Test
    void aLengthOfZeroMinutesIsRefusedBeforeAnythingStarts() {
        var err = new StringWriter();

        var code = OrreryCli.run(
                new String[] {"soak", "--minutes", "0"}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--minutes");
    }
}
