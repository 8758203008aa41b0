package no.selvhjelp.finder.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.ProblemList;
import no.selvhjelp.finder.content.ContentTypeDefinition;
import no.selvhjelp.finder.content.PropertyDefinition;
import no.selvhjelp.finder.content.TextLimits;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * One content type as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read
 * æ, ø and å), driven by the content model like the JCR mapping:
 *
 * <ul>
 *   <li>columns: {@code id}, then every property in model order; a sub-model's fields are columns
 *       of their own ({@code contact.email}), a list of sub-models is numbered from 1 ({@code
 *       contacts.1.name}, {@code contacts.2.name}...); last the item's {@code version};
 *   <li>a list of values (themes, languages, kommuner, fylker) is one cell joined with {@value
 *       #LIST_SEPARATOR}: these are codes, which never contain it;
 *   <li>an empty cell is an absent value;
 *   <li>formula injection: a cell that starts with {@code = + - @}, tab, carriage return or an
 *       apostrophe is written with one more apostrophe in front, so a spreadsheet shows it as text
 *       instead of running it. Reading strips exactly one leading apostrophe from every cell, so a
 *       round trip gives back what was written. A hand-made file that needs a leading apostrophe in
 *       a value writes two.
 * </ul>
 */
public final class CsvCodec {
  public static final String LIST_SEPARATOR = "|";
  private static final String BOM = "\uFEFF";
  private static final Pattern NUMBERED =
      Pattern.compile("([A-Za-z]+)\\.([0-9]{1,3})\\.([A-Za-z]+)");
  private static final Pattern NESTED = Pattern.compile("([A-Za-z]+)\\.([A-Za-z]+)");

  /**
   * Last, after the content: the version the export wrote (see {@link BaseVersions}), which an
   * import of the edited file is checked against. Not content, so not in the content model.
   */
  private static final Column VERSION =
      new Column(
          BaseVersions.FIELD,
          new PropertyDefinition(BaseVersions.FIELD, "String", false, false),
          null,
          0);

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

  private final ObjectMapper json;

  public CsvCodec(ObjectMapper json) {
    this.json = json;
  }

  /** What Windows (and so Excel) means by Latin-1: ISO-8859-1 with letters in 0x80-0x9F. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The body as text. UTF-8 (with or without a byte-order mark) unless the request declares another
   * charset. Norwegian Excel saves "CSV (semikolonseparert)" in Windows-1252 and curl sends no
   * charset, so a body that is not valid UTF-8 and declares none is read as Windows-1252: every
   * byte is a character there, and æ, ø, å come out right. A body that declares UTF-8 and is not is
   * an error, not silently mangled text.
   *
   * @param declared the Content-Type's charset parameter, or null
   */
  static String text(byte[] body, String declared) {
    Charset charset = StandardCharsets.UTF_8;
    if (declared != null && !declared.isBlank()) {
      try {
        charset = Charset.forName(declared.strip());
      } catch (IllegalArgumentException e) {
        throw unreadable(
            "charset="
                + clip(declared.strip())
                + " is not a character set the import reads; send UTF-8 or windows-1252");
      }
    }
    if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
      charset = WINDOWS_1252;
    }
    if (!charset.equals(StandardCharsets.UTF_8)) {
      return new String(body, charset);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      if (declared != null && !declared.isBlank()) {
        throw unreadable(
            "the CSV is not UTF-8 text, though the request says charset="
                + declared.strip()
                + "; save it as \"CSV UTF-8\" or send charset=windows-1252");
      }
      return new String(body, WINDOWS_1252);
    }
  }

  /**
   * The delimiter the header line uses: Excel in a Norwegian locale saves with ';' (the comma is
   * the decimal sign there), everything else with ','. Whichever occurs more often outside quotes
   * in the header wins; a tie (a one-column file) is a comma.
   */
  static char delimiter(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static InvalidInputException unreadable(String message) {
    return new InvalidInputException(
        "Invalid import: nothing was stored", List.of(new Problem(null, null, null, message)));
  }

  /**
   * Writes the items (JSON trees of the type's records). {@code items} is called twice when the
   * type has a list of sub-models, first to find the longest list: the header must have room.
   */
  public void write(ContentTypeDefinition type, Consumer<Consumer<JsonNode>> items, Writer out)
      throws IOException {
    Map<String, Integer> longest = new TreeMap<>();
    boolean hasLists = type.properties().stream().anyMatch(p -> !p.isScalar() && p.multiple());
    if (hasLists) {
      items.accept(
          item -> {
            for (PropertyDefinition p : type.properties()) {
              if (!p.isScalar() && p.multiple() && item.has(p.name())) {
                longest.merge(p.name(), item.get(p.name()).size(), Math::max);
              }
            }
          });
    }
    List<Column> columns = columns(type, longest);
    out.write(BOM);
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    List<String> header = new ArrayList<>();
    columns.forEach(c -> header.add(c.name()));
    printer.printRecord(header);
    try {
      items.accept(
          item -> {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column c : columns) {
              cells.add(neutralise(c.cell(item)));
            }
            try {
              printer.printRecord(cells);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    printer.flush();
  }

  /** A parsed CSV: the import body it makes, and the line each item started on. */
  public record Parsed(ObjectNode body, String section, List<Long> lines) {
    /** The import's problems, each said with the CSV line of its item. */
    public List<Problem> withLines(List<Problem> problems) {
      List<Problem> result = new ArrayList<>();
      for (Problem p : problems) {
        if (section.equals(p.section()) && p.index() != null && p.index() < lines.size()) {
          result.add(
              new Problem(
                  p.section(),
                  p.index(),
                  p.field(),
                  "line " + lines.get(p.index()) + ": " + p.message()));
        } else {
          result.add(p);
        }
      }
      return result;
    }
  }

  /**
   * Reads a CSV of one type into an import body; the import then checks it like any other. Problems
   * with the file itself (unknown columns, cells that are not numbers...) are added to {@code
   * problems} with their line, and reading goes on, so that the import can check the rest too: the
   * cells of an unknown column are left out.
   */
  public Parsed read(ContentTypeDefinition type, String section, Reader in, ProblemList problems)
      throws IOException {
    StringWriter text = new StringWriter();
    in.transferTo(text);
    return read(type, section, text.toString(), problems);
  }

  /** Reads CSV text, comma- or semicolon-separated (see {@link #delimiter}). */
  public Parsed read(ContentTypeDefinition type, String section, String text, ProblemList problems)
      throws IOException {
    ObjectNode body = json.createObjectNode();
    ArrayNode items = body.putArray(section);
    List<Long> lines = new ArrayList<>();
    CSVFormat format = FORMAT.builder().setDelimiter(delimiter(text)).build();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new InvalidInputException(
            "Invalid import: nothing was stored",
            List.of(
                new Problem(
                    section, null, null, "the CSV is empty; the first line is the header")));
      }
      List<String> header = new ArrayList<>();
      records.next().forEach(header::add);
      if (!header.isEmpty() && header.get(0).startsWith(BOM)) {
        header.set(0, header.get(0).substring(1));
      }
      List<Column> columns = new ArrayList<>();
      Map<String, Integer> seen = new java.util.HashMap<>();
      for (String name : header) {
        Column c = column(type, name.strip());
        Integer first = seen.putIfAbsent(name.strip(), columns.size() + 1);
        if (first != null) {
          // Else the last of the two would win without a word.
          problems.add(
              new Problem(
                  section,
                  null,
                  name,
                  "line 1: the column appears twice (columns "
                      + first
                      + " and "
                      + (columns.size() + 1)
                      + "); keep one of them"));
          c = null;
        } else if (c == null) {
          problems.add(
              new Problem(
                  section,
                  null,
                  name,
                  "line 1: is not a column of " + type.name() + "; see docs/api.md"));
        }
        columns.add(c);
      }
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          problems.add(
              new Problem(section, null, null, "line " + line + ": " + syntax(e.getCause())));
          break;
        }
        if (record.stream().allMatch(String::isBlank)) {
          continue; // spreadsheets leave empty rows at the end
        }
        int index = items.size();
        if (record.size() != columns.size()) {
          problems.add(
              new Problem(
                  section,
                  index,
                  null,
                  "line "
                      + line
                      + ": has "
                      + record.size()
                      + " cells; the header has "
                      + columns.size()));
        }
        ObjectNode item = items.addObject();
        lines.add(line);
        for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
          String cell = unneutralise(record.get(i));
          if (!cell.isEmpty() && columns.get(i) != null) {
            String problem = columns.get(i).put(item, cell);
            if (problem != null) {
              problems.add(
                  new Problem(
                      section, index, columns.get(i).name(), "line " + line + ": " + problem));
            }
          }
        }
        compactLists(type, item);
      }
    } catch (UncheckedIOException e) {
      // Only the header line is read outside the loop above.
      throw unreadable("line 1: " + syntax(e.getCause()));
    }
    return new Parsed(body, section, lines);
  }

  /**
   * A line the CSV parser could not split into cells, said plainly: its own messages ("(startline
   * 2) EOF reached before encapsulated token finished") are written for programmers.
   */
  static String syntax(IOException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("EOF reached before encapsulated token finished")) {
      return "a quoted value is never closed (a \" is missing; a \" inside a value is written"
          + " \"\")";
    }
    if (m.contains("invalid char between encapsulated token and delimiter")) {
      return "a quoted value has more text after its closing \" (a \" inside a value is"
          + " written \"\")";
    }
    return "the line cannot be split into cells";
  }

  /** Prefixes cells a spreadsheet would run as a formula (and ones that start with the escape). */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + cell;
      default -> cell;
    };
  }

  static String unneutralise(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  private static List<Column> columns(ContentTypeDefinition type, Map<String, Integer> longest) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("id", new PropertyDefinition("id", "String", false, true), null, 0));
    for (PropertyDefinition p : type.properties()) {
      if (p.isScalar()) {
        columns.add(new Column(p.name(), p, null, 0));
      } else if (!p.multiple()) {
        for (PropertyDefinition sub : type.subModel(p)) {
          columns.add(new Column(p.name() + "." + sub.name(), sub, p.name(), 0));
        }
      } else {
        for (int n = 1; n <= longest.getOrDefault(p.name(), 0); n++) {
          for (PropertyDefinition sub : type.subModel(p)) {
            columns.add(new Column(p.name() + "." + n + "." + sub.name(), sub, p.name(), n));
          }
        }
      }
    }
    columns.add(VERSION);
    return columns;
  }

  /** The column a header names, or null if the type has no such field. */
  private static Column column(ContentTypeDefinition type, String name) {
    if (name.equals("id")) {
      return new Column("id", new PropertyDefinition("id", "String", false, true), null, 0);
    }
    if (name.equals(VERSION.name())) {
      return VERSION;
    }
    Matcher numbered = NUMBERED.matcher(name);
    Matcher nested = NESTED.matcher(name);
    String parent = null;
    String field = name;
    int n = 0;
    if (numbered.matches()) {
      parent = numbered.group(1);
      n = Integer.parseInt(numbered.group(2));
      field = numbered.group(3);
    } else if (nested.matches()) {
      parent = nested.group(1);
      field = nested.group(2);
    }
    if (parent == null) {
      return type.property(field)
          .filter(PropertyDefinition::isScalar)
          .map(p -> new Column(name, p, null, 0))
          .orElse(null);
    }
    PropertyDefinition owner = type.property(parent).filter(p -> !p.isScalar()).orElse(null);
    if (owner == null || owner.multiple() != (n > 0) || n > TextLimits.MAX_LIST_SIZE) {
      return null;
    }
    String wanted = field;
    int number = n;
    return type.subModel(owner).stream()
        .filter(sub -> sub.name().equals(wanted))
        .findFirst()
        .map(sub -> new Column(name, sub, owner.name(), number))
        .orElse(null);
  }

  /** Drops list entries whose cells were all empty, keeping the others in order. */
  private static void compactLists(ContentTypeDefinition type, ObjectNode item) {
    for (PropertyDefinition p : type.properties()) {
      if (!p.isScalar() && p.multiple() && item.get(p.name()) instanceof ArrayNode list) {
        ArrayNode compact = list.arrayNode();
        list.forEach(
            e -> {
              if (e.isObject() && !e.isEmpty()) {
                compact.add(e);
              }
            });
        item.set(p.name(), compact);
      }
    }
  }

  /** One CSV column: a scalar field of the item, of a sub-model, or of a numbered list entry. */
  private record Column(String name, PropertyDefinition property, String parent, int number) {
    String cell(JsonNode item) {
      JsonNode holder = item;
      if (parent != null) {
        holder = item.get(parent);
        if (holder != null && number > 0) {
          holder = holder.size() >= number ? holder.get(number - 1) : null;
        }
      }
      JsonNode value = holder == null ? null : holder.get(property.name());
      if (value == null || value.isNull()) {
        return "";
      }
      if (value.isArray()) {
        List<String> parts = new ArrayList<>();
        value.forEach(v -> parts.add(v.asText()));
        return String.join(LIST_SEPARATOR, parts);
      }
      return value.asText();
    }

    /** Puts the cell's value into the item; returns a problem, or null. */
    String put(ObjectNode item, String cell) {
      ObjectNode holder = item;
      if (parent != null) {
        if (number > 0) {
          ArrayNode list = item.get(parent) instanceof ArrayNode a ? a : item.putArray(parent);
          while (list.size() < number) {
            list.addObject();
          }
          holder = (ObjectNode) list.get(number - 1);
        } else {
          holder = item.get(parent) instanceof ObjectNode o ? o : item.putObject(parent);
        }
      }
      String field = property.name();
      if (property.multiple()) {
        ArrayNode values = holder.putArray(field);
        for (String part : cell.split(Pattern.quote(LIST_SEPARATOR), -1)) {
          if (!part.isBlank()) {
            values.add(part.strip());
          }
        }
        return null;
      }
      switch (property.type()) {
        case "Double" -> {
          try {
            // A spreadsheet in a Norwegian locale writes 59,91 for 59.91.
            String number = cell.strip();
            if (number.indexOf('.') < 0 && number.indexOf(',') == number.lastIndexOf(',')) {
              number = number.replace(',', '.');
            }
            holder.put(field, Double.parseDouble(number));
          } catch (NumberFormatException e) {
            return "'" + clip(cell) + "' is not a number";
          }
        }
        case "Long" -> {
          try {
            holder.put(field, Long.parseLong(cell.strip()));
          } catch (NumberFormatException e) {
            return "'" + clip(cell) + "' is not a whole number";
          }
        }
        case "Boolean" -> {
          String b = cell.strip();
          if (!b.equals("true") && !b.equals("false")) {
            return "'" + clip(cell) + "' is not true or false";
          }
          holder.put(field, Boolean.parseBoolean(b));
        }
        default -> holder.put(field, cell);
      }
      return null;
    }

    private static String clip(String s) {
      return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
  }
}
