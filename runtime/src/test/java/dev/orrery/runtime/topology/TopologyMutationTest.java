package dev.orrery.runtime.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/// Damages the four lesson presets at random: every result must be accepted, or rejected with problems that each
/// name `file:line:column` — never another exception, never a hang.
public class TopologyMutationTest {

    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final Pattern LOCATED = Pattern.compile("(?s)(.+):([0-9]+):([0-9]+): .+");

    private final TopologyParser parser = new TopologyParser();

    @Property(tries = 600)
    void everyDamagedPresetIsAcceptedOrRejectedWithALocation(@ForAll("damaged") TopologyDamage.Damaged damaged) {
        var outcome = assertTimeoutPreemptively(BOUND, () -> parse(damaged.text(), damaged.preset()));

        Statistics.label("outcome").collect(outcome.isPresent() ? "rejected" : "accepted");
        outcome.ifPresent(rejection -> assertLocated(rejection, damaged.preset(), damaged.text()));
    }

    @Property(tries = 300)
    void everyValueOfAPresetCanBeReplacedByAnOddOne(
            @ForAll("presets") String preset,
            @ForAll @IntRange(min = 0, max = 40) int line,
            @ForAll("oddValues") String value) {
        var text = TopologyDamage.withoutComments(TopologyPresets.text(preset));
        var damaged = new YamlMutation.OddValue(line, value).apply(text);

        var outcome = assertTimeoutPreemptively(BOUND, () -> parse(damaged, preset));

        outcome.ifPresent(rejection -> assertLocated(rejection, preset, damaged));
    }

    @Example
    void durationsThatDoNotFitAreRejectedWithTheirPlace() {
        var text = TopologyDamage.withoutComments(TopologyPresets.text("4"));

        assertThat(parse(text.replace("token-ttl: 10m", "token-ttl: 99999999999999999999s"), "4-tokens.yaml"))
                .hasValueSatisfying(e -> assertThat(e.getMessage()).contains("4-tokens.yaml:", "token-ttl"));
        assertThat(parse(text.replace("token-ttl: 10m", "token-ttl: 9999999999999999h"), "t"))
                .isPresent();
        assertThat(parse(text.replace("token-ttl: 10m", "token-ttl: 0s"), "t")).isPresent();
        assertThat(parse(text.replace("token-ttl: 10m", "token-ttl: 8761h"), "t"))
                .isPresent();
        assertThat(parse(text.replace("token-ttl: 10m", "token-ttl: 8760h"), "t"))
                .isEmpty();
    }

    private Optional<TopologyException> parse(String text, String source) {
        try {
            parser.parse(text, source);
            return Optional.empty();
        } catch (TopologyException e) {
            return Optional.of(e);
        }
    }

    /// Every problem starts with `source:line:column: ` inside the text (or one past its last line) and says what.
    public static void assertLocated(TopologyException rejection, String source, String text) {
        var lineCount = text.lines().count() + 1;
        assertThat(rejection.problems()).isNotEmpty().allSatisfy(problem -> {
            var matcher = LOCATED.matcher(problem.toString());
            assertThat(matcher.matches()).as("located: %s", problem).isTrue();
            assertThat(matcher.group(1)).isEqualTo(source);
            assertThat(Long.parseLong(matcher.group(2))).isBetween(1L, lineCount);
            assertThat(Integer.parseInt(matcher.group(3))).isPositive();
            assertThat(problem.message()).isNotBlank();
        });
    }

    @Provide
    Arbitrary<TopologyDamage.Damaged> damaged() {
        return TopologyDamage.damagedPresets();
    }

    @Provide
    Arbitrary<String> presets() {
        return TopologyDamage.presets();
    }

    @Provide
    Arbitrary<String> oddValues() {
        return TopologyDamage.oddValues();
    }
}
