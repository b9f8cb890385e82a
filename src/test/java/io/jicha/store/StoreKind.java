package io.jicha.store;

/**
 * The two places jicha keeps sessions, for the behaviour tests that run against both ("one suite, two
 * stores"): the workspace folder (no JICHA_STORE), and a PostgreSQL database (JICHA_STORE set).
 */
enum StoreKind {
    FILE,
    POSTGRESQL
}
