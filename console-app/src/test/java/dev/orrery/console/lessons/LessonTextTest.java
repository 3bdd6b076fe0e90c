package dev.orrery.console.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.runtime.lesson.LessonCheck;
import dev.orrery.runtime.topology.TopologyPresets;
import org.junit.jupiter.api.Test;

class LessonTextTest {

    @Test
    void everyLessonHasItsPresetParagraphsAndCheckedSteps() {
        var lessons = LessonText.loadAll();

        assertThat(lessons).extracting(Lesson::preset).containsExactlyElementsOf(TopologyPresets.NAMES);
        assertThat(lessons).allSatisfy(lesson -> {
            assertThat(lesson.paragraphs()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(lesson.steps()).isNotEmpty();
        });
        assertThat(lessons.getFirst().steps())
                .extracting(LessonStep::check)
                .containsExactly(LessonCheck.HERO_ASSIGNED, LessonCheck.ASSIGNMENT_FAILS_WITHOUT_HEROES);
    }

    @Test
    void anActionKeepsItsJsonBodyWhole() {
        var action =
                StepAction.parse("Add | POST gateway /heroes {\"displayName\": \"Zip Zap\", \"powers\": [1]}", "t");

        assertThat(action.label()).isEqualTo("Add");
        assertThat(action.verb()).isEqualTo("POST");
        assertThat(action.arguments())
                .containsExactly("gateway", "/heroes", "{\"displayName\": \"Zip Zap\", \"powers\": [1]}");
    }

    @Test
    void aStepWithAnUnknownCheckIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> LessonText.parse(
                        1, "x.md", "# T\npreset: 1-two-services.yaml\n\nText\n\n## Step\nDo\ncheck: NOPE\n"))
                .hasMessageContaining("x.md step 1")
                .hasMessageContaining("NOPE");
    }
}
