package io.jicha.rubric;

import java.math.BigDecimal;
import java.util.Objects;

/** A grade band: a score of at least {@code min} earns {@code name} (e.g. 优秀 from 90). */
public record Grade(String name, BigDecimal min) {

    public Grade {
        Objects.requireNonNull(name, "name");
        Points.requireHalfStep(min, "grade " + name + " min");
    }
}
