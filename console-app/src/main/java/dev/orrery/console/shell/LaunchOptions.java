package dev.orrery.console.shell;

import dev.orrery.runtime.data.DataFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// The console's command-line options.
///
/// @param data `--data DIR`: the cluster's data folder (default: the user's data folder)
/// @param selfTest `--self-test DIR`: run the self-test and write its screenshots there
/// @param headless `--headless`: run the cluster without a window, like `orrery up`
public record LaunchOptions(Optional<Path> data, Optional<Path> selfTest, boolean headless, List<String> rest) {

    public LaunchOptions {
        rest = List.copyOf(rest);
    }

    public static LaunchOptions parse(List<String> args) {
        Optional<Path> data = Optional.empty();
        Optional<Path> selfTest = Optional.empty();
        var headless = false;
        var rest = new java.util.ArrayList<String>();
        for (var i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            var hasValue = i + 1 < args.size();
            switch (arg) {
                // Without its value an option is kept with the rest, to be named as not understood.
                case "--data" -> {
                    if (hasValue) {
                        data = Optional.of(Path.of(args.get(++i)));
                    } else {
                        rest.add(arg);
                    }
                }
                case "--self-test" -> {
                    if (hasValue) {
                        selfTest = Optional.of(Path.of(args.get(++i)));
                    } else {
                        rest.add(arg);
                    }
                }
                case "--headless" -> headless = true;
                default -> rest.add(arg);
            }
        }
        return new LaunchOptions(data, selfTest, headless, rest);
    }

    public DataFolder dataFolder() {
        return data.map(DataFolder::new).orElseGet(DataFolder::defaultLocation);
    }
}
