/**
 * Auto-matching: proposing checks for checklist items from their own words, in the languages golive
 * reads, with a confidence. {@link dev.golive.engine.match.Rules} is the one table of what words
 * point at which check; {@link dev.golive.engine.match.AutoBinder} turns its proposals into
 * bindings the catalog accepts.
 */
package dev.golive.engine.match;
