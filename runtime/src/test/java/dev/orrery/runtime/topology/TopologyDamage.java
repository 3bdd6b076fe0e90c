package dev.orrery.runtime.topology;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/// Generators of damaged topologies: a lesson preset with one to four [YamlMutation]s applied.
public final class TopologyDamage {

    private TopologyDamage() {}

    /// A damaged preset: the preset's name (used as the source in problems) and the damaged text.
    public record Damaged(String preset, String text) {}

    public static Arbitrary<Damaged> damagedPresets() {
        return Combinators.combine(presets(), mutations()).as((preset, mutations) -> {
            var text = withoutComments(TopologyPresets.text(preset));
            for (var mutation : mutations) {
                text = mutation.apply(text);
            }
            return new Damaged(preset, text);
        });
    }

    public static Arbitrary<String> presets() {
        return Arbitraries.of(TopologyPresets.NAMES);
    }

    public static Arbitrary<List<YamlMutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(4);
    }

    /// Comment and blank lines dropped, so that the mutations land on lines that mean something.
    public static String withoutComments(String text) {
        return text.lines()
                .filter(line -> !line.isBlank() && !line.stripLeading().startsWith("#"))
                .collect(Collectors.joining("\n"));
    }

    private static Arbitrary<YamlMutation> mutation() {
        var line = Arbitraries.integers().between(0, 40);
        var fraction = Arbitraries.doubles().between(0.0, 1.0);
        return Arbitraries.oneOf(
                line.map(YamlMutation.DeleteLine::new),
                line.map(YamlMutation.DuplicateLine::new),
                Combinators.combine(line, keys()).as(YamlMutation.RetypeKey::new),
                Combinators.combine(line, oddValues()).as(YamlMutation.OddValue::new),
                Combinators.combine(line, Arbitraries.integers().between(-8, 8)).as(YamlMutation.Reindent::new),
                Combinators.combine(fraction, insertions()).as(YamlMutation.Insert::new),
                fraction.map(YamlMutation.Truncate::new));
    }

    static Arbitrary<String> keys() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "name",
                        "registry",
                        "gateway",
                        "database",
                        "security",
                        "services",
                        "port",
                        "instances",
                        "kind",
                        "storage",
                        "enabled",
                        "users",
                        "id",
                        "privileges",
                        "token-ttl",
                        "retries",
                        "command",
                        "restart",
                        "depends-on",
                        "properties",
                        "heroes-service",
                        "instance",
                        "Port",
                        "? complex",
                        "[a, b]",
                        "{a: 1}",
                        "&anchor key",
                        "*alias",
                        "\"quoted\"",
                        "héros-sérvice",
                        "服务",
                        "-",
                        "~"),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(12));
    }

    static Arbitrary<String> oddValues() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "~",
                        "null",
                        "[]",
                        "{}",
                        "[1, [2, [3]]]",
                        "-1",
                        "0",
                        "65536",
                        "2147483648",
                        "99999999999999999999999999",
                        "-99999999999999999999",
                        "1e309",
                        "0x1F",
                        "0o17",
                        ".inf",
                        "NaN",
                        "true",
                        "yes",
                        "'unterminated",
                        "\"unterminated",
                        "|",
                        ">",
                        "&a value",
                        "*a",
                        "!!binary AAAA",
                        "!!timestamp 2026-13-45",
                        "!custom x",
                        "{a: *b}",
                        "9223372036854775808s",
                        "99999999999999999999s",
                        "99999999999999h",
                        "0s",
                        "10 parsecs",
                        "\t",
                        "héros",
                        "🦸‍♀️",
                        "\u202Eevil",
                        "\u0000",
                        "\uFEFF",
                        "%YAML 1.1",
                        "--- ",
                        "... ",
                        "[heroes:read, *x]"),
                Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(BigInteger::toString),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars('x').ofLength(5000));
    }

    private static Arbitrary<String> insertions() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "\t",
                        "\n",
                        ":",
                        ": ",
                        "- ",
                        "#",
                        "'",
                        "\"",
                        "{",
                        "[",
                        "&x ",
                        "*x ",
                        "!!",
                        "%",
                        "@",
                        "`",
                        "\r",
                        "\u0085",
                        "\u2028",
                        "\uD800",
                        "\uFFFF",
                        "\n---\n",
                        "\n...\n",
                        "<<: *x\n"),
                Arbitraries.strings().all().ofMaxLength(8));
    }
}
