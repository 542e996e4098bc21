package retain.schedule;

/** The four FSRS grades, numbered as in the papers and the reference vectors. */
public enum Rating {
  AGAIN(1),
  HARD(2),
  GOOD(3),
  EASY(4);

  private final int grade;

  Rating(int grade) {
    this.grade = grade;
  }

  /** 1 for Again to 4 for Easy. */
  public int grade() {
    return grade;
  }

  /** The rating with this grade, 1 to 4. */
  public static Rating ofGrade(int grade) {
    if (grade < 1 || grade > 4) {
      throw new IllegalArgumentException("a rating is 1 to 4, got " + grade);
    }
    return values()[grade - 1];
  }
}
