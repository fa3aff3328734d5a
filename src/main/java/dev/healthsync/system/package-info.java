/** What every feature shares: server settings, the authenticated caller, and RFC 9457 problem documents for every error. */
package dev.healthsync.system;
