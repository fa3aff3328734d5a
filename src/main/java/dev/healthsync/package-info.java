/**
 * HealthSync Server: a self-hosted backend for Apple Health data. The application class starts the server; every
 * feature lives in a package of its own (see docs/architecture.md), with arrows one way, kept so by ModularityTests.
 */
package dev.healthsync;
