/**
 * Editing a checklist in place without changing anything else, byte for byte: {@link
 * dev.golive.engine.edit.LineEditor} inserts binding comments and ticks boxes on items' lines in
 * the file's own encoding and line endings; {@link dev.golive.engine.edit.AtomicFile} puts the
 * result in place at once.
 */
package dev.golive.engine.edit;
