package dev.orrery.console.lessons;

import java.util.List;

/// What a step's button does, as its lesson text writes it after `action:` — `Label | COMMAND words…`:
///
/// - `GET gateway /heroes` or `POST threats-service /assignment {json}` — send a request through the gateway or
///   to the first running instance of a service; add `with-token` after the path to send the learner's token
/// - `STOP heroes-service-1`, `KILL heroes-service-1` — stop or kill an instance
/// - `LOGIN student` — log in through auth-service with the demo user's password; the token is kept
///
/// @param label the button's text
/// @param verb `GET`, `POST`, `STOP`, `KILL` or `LOGIN`
/// @param arguments the words after the verb; a JSON body is the last one, kept whole
public record StepAction(String label, String verb, List<String> arguments) {

    public StepAction {
        arguments = List.copyOf(arguments);
    }

    static StepAction parse(String text, String where) {
        int bar = text.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException(where + ": an action is 'Label | COMMAND …', not '" + text + "'");
        }
        var label = text.substring(0, bar).strip();
        var command = text.substring(bar + 1).strip();
        int brace = command.indexOf('{');
        var words = (brace < 0 ? command : command.substring(0, brace)).strip().split("\\s+");
        var arguments = new java.util.ArrayList<>(List.of(words).subList(1, words.length));
        if (brace >= 0) {
            arguments.add(command.substring(brace));
        }
        var verb = words[0];
        if (!List.of("GET", "POST", "STOP", "KILL", "LOGIN").contains(verb) || arguments.isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown action '" + command + "'");
        }
        return new StepAction(label, verb, arguments);
    }
}
