package th.ita.insight.text;

import java.util.Objects;

/** A value read from a cell, or the problem that kept it from being read. */
public record Parsed<T>(T value, ValueProblem problem) {

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null);
    }

    public static <T> Parsed<T> fail(ValueProblem problem) {
        return new Parsed<>(null, Objects.requireNonNull(problem));
    }

    public boolean isOk() {
        return problem == null;
    }
}
