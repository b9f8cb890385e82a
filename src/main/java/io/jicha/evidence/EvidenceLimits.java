package io.jicha.evidence;

import io.jicha.common.UserError;

/**
 * How large an evidence file, and all of a session's evidence together, may be (bytes). Set by
 * {@code JICHA_EVIDENCE_MAX_FILE_MB} (default 50) and {@code JICHA_EVIDENCE_MAX_SESSION_MB}
 * (default 4096); see docs/evidence.md.
 */
public record EvidenceLimits(long maxFileBytes, long maxSessionBytes) {

    public static final long MB = 1024L * 1024L;
    public static final EvidenceLimits DEFAULT = new EvidenceLimits(50 * MB, 4096 * MB);

    public EvidenceLimits {
        if (maxFileBytes < 1 || maxSessionBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The limits the environment sets; a value that is not a whole number of MB above 0 is refused. */
    public static EvidenceLimits fromEnvironment() {
        return new EvidenceLimits(
                megabytes("JICHA_EVIDENCE_MAX_FILE_MB", System.getenv("JICHA_EVIDENCE_MAX_FILE_MB"), DEFAULT.maxFileBytes),
                megabytes("JICHA_EVIDENCE_MAX_SESSION_MB", System.getenv("JICHA_EVIDENCE_MAX_SESSION_MB"),
                        DEFAULT.maxSessionBytes));
    }

    static long megabytes(String variable, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long mb = Long.parseLong(value.strip());
            if (mb >= 1 && mb <= 1024L * 1024L) {
                return mb * MB;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw UserError.of("evidence.limit-bad", variable, value);
    }
}
