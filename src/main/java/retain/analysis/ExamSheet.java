package retain.analysis;

import java.util.List;
import java.util.Optional;

/**
 * One student's exam report as {@code retain exam --format json} wrote it (format 2).
 *
 * @param source the file it was read from, for messages
 * @param hash the deck's content hash: equal hashes mean the same questions and keys
 */
public record ExamSheet(
    String source, String deck, String hash, Optional<String> student, List<Answer> answers) {

  public ExamSheet {
    answers = List.copyOf(answers);
  }

  /** Who the report is about: the student's name, else the file it came from. */
  public String who() {
    return student.orElse(source);
  }
}
