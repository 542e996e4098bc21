package retain.paper;

import retain.exam.Paper;

/** What every paper says first: the deck, which paper this is, and how to answer. */
final class PaperHeader {

  private PaperHeader() {}

  /** {@code Paper: student Jane Doe · 20 questions}. */
  static String identity(Paper paper) {
    int count = paper.items().size();
    return "Paper: "
        + paper.id().describe()
        + " · "
        + count
        + (count == 1 ? " question" : " questions");
  }

  /** How to answer, naming the keys the answers file needs for this paper. */
  static String howToAnswer(Paper paper) {
    return "Answer in an answers file (YAML): deck: "
        + paper.deck().id()
        + paper.id().seed().map(seed -> ", seed: " + seed).orElse("")
        + paper.id().student().map(student -> ", student: your name as printed above").orElse("")
        + ", then under answers: the question number and your answer, such as 3: b. Letters are"
        + " the ones on this paper; writing the text of a choice works too.";
  }
}
