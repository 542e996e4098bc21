package retain.deck;

/** A topic a deck declares, with the sentence that describes it. */
public record Topic(String id, String description) {}
