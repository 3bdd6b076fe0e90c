package dev.orrery.runtime.lesson;

import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.database.CollectionContents;
import dev.orrery.runtime.database.DatabaseBrowser;
import dev.orrery.runtime.database.DatabaseUnavailableException;
import dev.orrery.runtime.supervisor.InstanceState;
import java.util.Optional;

/// Runs [LessonCheck]s against the live cluster. Each call probes the cluster anew and blocks for up to a few
/// seconds: call it off the JavaFX thread. Thread-safe for one caller at a time.
public final class LessonChecker implements AutoCloseable {
    private static final String THREATS_SERVICE = "threats-service";

    private final ClusterProbe probe = new ClusterProbe();
    private Optional<DatabaseBrowser> browser = Optional.empty();
    private String browserUri = "";

    public CheckResult check(LessonCheck check, CheckContext context) {
        return switch (check) {
            case HERO_ASSIGNED -> heroAssigned(context);
            case ASSIGNMENT_FAILS_WITHOUT_HEROES -> assignmentFails(context.snapshot());
            case TWO_HEROES_REGISTERED -> twoRegistered(context.snapshot());
            case INSTANCES_DISAGREE -> instancesDisagree(context);
            case INSTANCES_AGREE_ON_NEW_HERO -> instancesAgree(context);
            case HERO_IN_DATABASE -> heroInDatabase(context);
            case REFUSED_WITHOUT_TOKEN -> new TokenChecks(probe).refusedWithoutToken(context);
            case ACCEPTED_WITH_TOKEN -> new TokenChecks(probe).acceptedWithToken(context);
        };
    }

    private CheckResult heroAssigned(CheckContext context) {
        var answers = HeroAnswers.ask(context.snapshot(), probe, context.token());
        if (answers.instancesAnswering() == 0) {
            return CheckResult.notYet("heroes-service does not answer; is it running?");
        }
        return answers.anyBusy()
                ? CheckResult.passed("a hero is busy now: threats-service reached heroes-service at its address")
                : CheckResult.notYet("no hero is busy yet: no assignment has reached heroes-service");
    }

    private CheckResult assignmentFails(ClusterSnapshot snapshot) {
        boolean heroesRunning = snapshot.component(HeroAnswers.HEROES_SERVICE).stream()
                .flatMap(c -> c.instances().stream())
                .anyMatch(i -> i.state().isRunning());
        if (heroesRunning) {
            return CheckResult.notYet("heroes-service still runs; stop its instance");
        }
        var threats = HeroAnswers.upInstances(snapshot, THREATS_SERVICE);
        if (threats.isEmpty()) {
            return CheckResult.notYet("threats-service is not running; start it again to try an assignment");
        }

        var answer = probe.postJson(threats.getFirst().url() + "/assignment", "{\"heroId\": 3, \"threatId\": 2}");
        int status = answer.map(ClusterProbe.Answer::status).orElse(0);
        return status == 502
                ? CheckResult.passed("POST /assignment answers 502: threats-service cannot reach heroes-service")
                : CheckResult.notYet("POST /assignment answered " + (status == 0 ? "nothing" : status));
    }

    private CheckResult twoRegistered(ClusterSnapshot snapshot) {
        long up = snapshot.registry().application(HeroAnswers.HEROES_SERVICE).stream()
                .flatMap(a -> a.instances().stream())
                .filter(i -> "UP".equals(i.status()))
                .count();
        String seen = "the registry lists " + up + " heroes-service instance" + (up == 1 ? "" : "s") + " UP";
        return up >= 2 ? CheckResult.passed(seen) : CheckResult.notYet(seen);
    }

    private CheckResult instancesDisagree(CheckContext context) {
        var answers = HeroAnswers.ask(context.snapshot(), probe, context.token());
        if (answers.instancesAnswering() < 2) {
            return CheckResult.notYet("two heroes-service instances must answer; " + answers.describe());
        }
        return answers.allAgree()
                ? CheckResult.notYet("they still agree: " + answers.describe())
                : CheckResult.passed("they disagree: " + answers.describe());
    }

    private CheckResult instancesAgree(CheckContext context) {
        var answers = HeroAnswers.ask(context.snapshot(), probe, context.token());
        if (answers.instancesAnswering() < 2) {
            return CheckResult.notYet("two heroes-service instances must answer; " + answers.describe());
        }
        long atStart = context.memory().firstSeen("heroes", answers.largestCount());
        if (!answers.allAgree()) {
            return CheckResult.notYet("they disagree: " + answers.describe());
        }
        return answers.largestCount() > atStart
                ? CheckResult.passed("they agree, with the new hero: " + answers.describe())
                : CheckResult.notYet("they agree, but no hero was added yet: " + answers.describe());
    }

    private CheckResult heroInDatabase(CheckContext context) {
        var uri = context.snapshot().addresses().database();
        if (uri.isEmpty()
                || context.snapshot().instances().stream()
                        .noneMatch(i -> i.id().componentId().equals("database") && i.state() == InstanceState.UP)) {
            return CheckResult.notYet("the database is not running");
        }
        try {
            long count =
                    heroesCollection(uri.get()).map(CollectionContents::count).orElse(0L);
            long atStart = context.memory().firstSeen("heroes", count);
            String seen = "the heroes collection holds " + count + " documents (" + atStart + " at the start)";
            return count > atStart ? CheckResult.passed(seen) : CheckResult.notYet(seen);
        } catch (DatabaseUnavailableException e) {
            return CheckResult.notYet(e.getMessage());
        }
    }

    private Optional<CollectionContents> heroesCollection(String uri) {
        if (!uri.equals(browserUri)) {
            browser.ifPresent(DatabaseBrowser::close);
            browser = Optional.of(DatabaseBrowser.connect(uri));
            browserUri = uri;
        }
        return browser.orElseThrow().read(0).stream()
                .flatMap(d -> d.collections().stream())
                .filter(c -> c.name().equals("heroes"))
                .findFirst();
    }

    @Override
    public void close() {
        browser.ifPresent(DatabaseBrowser::close);
    }
}
