package no.selvhjelp.finder.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Hands the one configured ObjectMapper to whichever Jackson JSON provider the host uses. */
@Provider
public final class JsonConfig implements ContextResolver<ObjectMapper> {
  private final ObjectMapper mapper;

  public JsonConfig(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
