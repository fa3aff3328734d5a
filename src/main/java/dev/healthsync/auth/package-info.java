/** Users, passwords, login tokens and API keys, and the filter that turns a presented credential into the request's caller. */
package dev.healthsync.auth;
