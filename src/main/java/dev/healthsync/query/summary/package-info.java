/**
 * One day at a glance, read through the series, sleep and workout reads so that it never disagrees with them, beside
 * the export's own Activity rings; and how far our merged rings are from Apple's ({@link
 * dev.healthsync.query.summary.ActivityAgreement}).
 */
package dev.healthsync.query.summary;
