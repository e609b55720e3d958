package dev.golive.engine.match;

import dev.golive.core.model.Item;
import dev.golive.engine.Binding;

/**
 * A binding golive proposes for an item, with the words that led to it.
 *
 * @param binding made at the item's file and line, {@link Binding.Source#AUTO}, confidence below 1
 * @param cue the item's words that matched
 */
public record Suggestion(Item item, Binding binding, String cue) {}
