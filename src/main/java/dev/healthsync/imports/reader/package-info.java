/**
 * Streams Apple Health exports (export.zip, export.xml, export.xml.gz, with the GPX routes, FHIR resources and ECG
 * CSVs beside them) into a record sink, one element at a time; {@link dev.healthsync.imports.reader.ExportReader} is
 * the entry point.
 */
package dev.healthsync.imports.reader;
