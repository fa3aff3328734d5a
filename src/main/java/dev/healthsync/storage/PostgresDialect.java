package dev.healthsync.storage;

/** PostgreSQL: for users who outgrow the file, and for several server nodes sharing one database. */
final class PostgresDialect implements SqlDialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public boolean supportsConcurrentNodes() {
        return true;
    }
}
