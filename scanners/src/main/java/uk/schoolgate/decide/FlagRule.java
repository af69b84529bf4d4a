package uk.schoolgate.decide;

import java.util.Optional;

/**
 * Decides whether one flag is raised for a message. Rules are immutable and thread-safe; each
 * lives in {@code uk.schoolgate.decide.rules} under the flag's name.
 */
public interface FlagRule {
    Optional<Trigger> evaluate(MessageFacts facts);
}
