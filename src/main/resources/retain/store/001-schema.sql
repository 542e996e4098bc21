-- retain schema version 1 (design §5; issue 5). Applied in one transaction by Migrations.
--
-- Times are UTC ISO-8601 text with exactly three fraction digits, 'YYYY-MM-DDTHH:MM:SS.SSSZ':
-- fixed width, so text order is time order, and SQLite's date functions read them.
-- FSRS states are spelled 'new', 'learning', 'review', 'relearning' (retain.schedule.State).

-- One study, quiz or exam run. The totals are recomputed from its reviews on every write,
-- so an undo leaves no rounding residue.
CREATE TABLE sessions (
  id       INTEGER PRIMARY KEY,
  deck     TEXT NOT NULL,
  mode     TEXT NOT NULL CHECK (mode IN ('study', 'quiz', 'exam')),
  student  TEXT,
  started  TEXT NOT NULL,
  ended    TEXT,
  answered INTEGER NOT NULL DEFAULT 0,  -- reviews with a response
  correct  INTEGER NOT NULL DEFAULT 0,
  score    REAL NOT NULL DEFAULT 0,     -- sum of the reviews' scores, each 0 to 1
  max      REAL NOT NULL DEFAULT 0,     -- one point per review, unanswered exam items included
  percent  REAL GENERATED ALWAYS AS (CASE WHEN max > 0 THEN 100.0 * score / max ELSE 0.0 END) VIRTUAL
) STRICT;

-- Every graded answer, oldest first by id. Card states are derivable from these (doctor --rebuild).
CREATE TABLE reviews (
  id                  INTEGER PRIMARY KEY,
  session_id          INTEGER NOT NULL REFERENCES sessions (id),
  at                  TEXT NOT NULL,
  deck                TEXT NOT NULL,
  item                TEXT NOT NULL,
  content_hash        TEXT NOT NULL,
  mode                TEXT NOT NULL CHECK (mode IN ('study', 'quiz', 'exam')),
  response            TEXT,             -- NULL: an exam item left unanswered
  correct             INTEGER NOT NULL CHECK (correct IN (0, 1)),
  score               REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
  rating              INTEGER CHECK (rating BETWEEN 1 AND 4),  -- NULL: an exam answer, which schedules nothing
  duration_ms         INTEGER NOT NULL CHECK (duration_ms >= 0),
  -- the FSRS state after this review; NULL exactly when rating is NULL
  state               TEXT CHECK (state IN ('new', 'learning', 'review', 'relearning')),
  stability           REAL,
  difficulty          REAL,
  due                 TEXT,
  last_review         TEXT,
  scheduled_days      INTEGER,
  step                INTEGER,
  reps                INTEGER,
  lapses              INTEGER,
  -- the card_states row this review replaced, so :undo restores it exactly; NULL when there was none
  prev_content_hash   TEXT,
  prev_state          TEXT CHECK (prev_state IN ('new', 'learning', 'review', 'relearning')),
  prev_stability      REAL,
  prev_difficulty     REAL,
  prev_due            TEXT,
  prev_last_review    TEXT,
  prev_scheduled_days INTEGER,
  prev_step           INTEGER,
  prev_reps           INTEGER,
  prev_lapses         INTEGER,
  CHECK ((rating IS NULL) = (state IS NULL)),
  CHECK (rating IS NOT NULL OR mode = 'exam')
) STRICT;

CREATE INDEX reviews_by_item ON reviews (deck, item, at);
CREATE INDEX reviews_by_time ON reviews (at);
CREATE INDEX reviews_by_session ON reviews (session_id);

-- The current FSRS state of every card reviewed at least once, keyed on deck id and item id.
CREATE TABLE card_states (
  deck           TEXT NOT NULL,
  item           TEXT NOT NULL,
  content_hash   TEXT NOT NULL,  -- of the item as last reviewed: "this card changed" notices
  state          TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
  stability      REAL NOT NULL,
  difficulty     REAL NOT NULL,
  due            TEXT NOT NULL,
  last_review    TEXT,
  scheduled_days INTEGER NOT NULL,
  step           INTEGER NOT NULL,
  reps           INTEGER NOT NULL,
  lapses         INTEGER NOT NULL,
  PRIMARY KEY (deck, item)
) STRICT, WITHOUT ROWID;

CREATE INDEX card_states_by_due ON card_states (deck, due);
