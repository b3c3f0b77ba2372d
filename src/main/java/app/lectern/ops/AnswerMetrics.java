package app.lectern.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts and times every answer a learner sends, whichever way it went: {@code lectern_answers_total} (answers per
 * minute is {@code rate(...[5m]) * 60} in Prometheus) and {@code lectern_answer_seconds} (a histogram, for
 * percentiles), both by {@link Source} and {@link Outcome}.
 */
@Component
public class AnswerMetrics {

    /** Where the answer came from. */
    public enum Source {
        /** The library's self-study (with or without an account). */
        SELF_STUDY("self_study"),
        /** An assignment of a class. */
        ASSIGNMENT("assignment");

        private final String tag;

        Source(String tag) {
            this.tag = tag;
        }
    }

    /** What became of it. */
    public enum Outcome {
        /** Graded and stored; the learner sees the feedback. */
        SAVED("saved"),
        /** Refused (an invalid answer, tries used up, past due, too fast...) or failed; nothing stored. */
        REFUSED("refused");

        private final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }
    }

    private final Map<Source, Map<Outcome, Counter>> counters = new EnumMap<>(Source.class);
    private final Map<Source, Map<Outcome, Timer>> timers = new EnumMap<>(Source.class);

    AnswerMetrics(MeterRegistry registry) {
        for (Source source : Source.values()) {
            Map<Outcome, Counter> c = new EnumMap<>(Outcome.class);
            Map<Outcome, Timer> t = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                c.put(
                        outcome,
                        Counter.builder("lectern.answers")
                                .description("Answers sent by learners")
                                .tag("source", source.tag)
                                .tag("outcome", outcome.tag)
                                .register(registry));
                // 1 ms to 10 s keeps the histogram at about 60 buckets per series (the 4 series: about 250 lines a
                // scrape)
                t.put(
                        outcome,
                        Timer.builder("lectern.answer")
                                .description("Time from receiving an answer to its feedback, the commit included")
                                .tag("source", source.tag)
                                .tag("outcome", outcome.tag)
                                .publishPercentileHistogram()
                                .minimumExpectedValue(Duration.ofMillis(1))
                                .maximumExpectedValue(Duration.ofSeconds(10))
                                .register(registry));
            }
            counters.put(source, c);
            timers.put(source, t);
        }
    }

    /** Records one answer that took {@code nanos} to handle. */
    public void record(Source source, Outcome outcome, long nanos) {
        counters.get(source).get(outcome).increment();
        timers.get(source).get(outcome).record(Duration.ofNanos(nanos));
    }
}
