package dev.orrery.runtime.lesson;

/// A request the learner sent from the console and the status the cluster answered.
///
/// @param path the path asked for, e.g. `/heroes`
/// @param withToken whether a bearer token went with it
public record Exchange(String method, String path, boolean withToken, int status) {}
