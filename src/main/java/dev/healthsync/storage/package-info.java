/** The only package that writes SQL: the SQLite and PostgreSQL dialects, batched record writes, the stores of users, keys, receipts and the raw archive, and blob storage. */
package dev.healthsync.storage;
