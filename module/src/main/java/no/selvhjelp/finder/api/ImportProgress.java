package no.selvhjelp.finder.api;

/**
 * Told how a long import is getting on. Called on the importing thread; implementations must be
 * cheap and thread-safe for readers on other threads.
 */
public interface ImportProgress {
  /** A new phase starts with this many steps (items to validate, write or version). */
  void phase(String name, int total);

  /** One more step of the current phase is done. */
  void step();

  ImportProgress NONE =
      new ImportProgress() {
        @Override
        public void phase(String name, int total) {}

        @Override
        public void step() {}
      };
}
