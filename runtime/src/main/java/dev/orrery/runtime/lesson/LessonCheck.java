package dev.orrery.runtime.lesson;

/// The checks a lesson's steps name in their text (`check: HERO_ASSIGNED`), each confirming one thing the learner
/// did to the live cluster.
public enum LessonCheck {
    /// Lesson 1: threats-service reached heroes-service at its configured address and marked a hero busy.
    HERO_ASSIGNED,
    /// Lesson 1: heroes-service is stopped and an assignment now fails with 502, since threats-service only knows
    /// that one address.
    ASSIGNMENT_FAILS_WITHOUT_HEROES,
    /// Lesson 2: the registry lists two heroes-service instances UP.
    TWO_HEROES_REGISTERED,
    /// Lesson 2: two heroes-service instances answer `GET /heroes` differently.
    INSTANCES_DISAGREE,
    /// Lesson 3: every heroes-service instance answers the same list, with a hero more than at the start.
    INSTANCES_AGREE_ON_NEW_HERO,
    /// Lesson 3: the shared database's `heroes` collection holds the new hero.
    HERO_IN_DATABASE,
    /// Lesson 4: the learner sent a request without a token and the cluster refused it with 401.
    REFUSED_WITHOUT_TOKEN,
    /// Lesson 4: the learner's token makes the same request succeed.
    ACCEPTED_WITH_TOKEN
}
