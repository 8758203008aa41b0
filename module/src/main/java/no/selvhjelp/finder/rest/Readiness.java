package no.selvhjelp.finder.rest;

import java.util.concurrent.atomic.AtomicReference;

/** Whether the repository and index are ready to serve, and what the host is doing meanwhile. */
public final class Readiness {
  private final AtomicReference<String> state = new AtomicReference<>("starting");

  public boolean isReady() {
    return "UP".equals(state.get());
  }

  public String state() {
    return state.get();
  }

  public void starting(String what) {
    state.set(what);
  }

  public void ready() {
    state.set("UP");
  }
}
