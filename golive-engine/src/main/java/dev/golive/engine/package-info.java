/** Binding checklist items to checks, running them under deadlines, and judging the items. */
package dev.golive.engine;
